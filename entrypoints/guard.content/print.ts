// Print guard: window.print(), Ctrl+P / ⌘P and the browser menu on classified pages. What reaches paper
// is decided by a print style sheet, so even a print the page cannot see carries no customer data
// unless the policy allowed it; allowed prints carry the label and a watermark on every page.
import { askJustification } from '@/components/JustifyDialog';
import { offFirst, onFirst } from '@/components/first-listeners';
import { showNotice } from '@/components/Notice';
import { keepElement, type Kept } from '@/components/keeper';
import { shadowHost } from '@/components/overlay';
import { overlayStyle, watermarkTile } from '@/components/watermark';
import { t, txt } from '@/utils/i18n-page';
import type { Decision } from '@/utils/decide';
import type { Guard, GuardContext } from './context';
import { decidePage, labelMark, stamp, userLine } from './page-decision';
import { onPageHook } from './page-hooks';

export const PRINT_TAG = 'maruhi-print';

// Specificity (2,0,2): a page's own `@media print { body { display: block !important } }` cannot undo it.
const HIDE_PAGE = `@media print { html:not(#maruhi-a):not(#maruhi-b) > :not(${PRINT_TAG}) { display: none !important; } }`;

const SHADOW_CSS = `
:host { display: none !important; }
@media print {
  :host { display: block !important; }
  .notice { font: 16px/1.7 system-ui, "Noto Sans CJK JP", sans-serif; color: #000; margin: 48px; padding: 24px;
    border: 3px solid #c62828; }
  .notice b { display: block; font-size: 22px; margin-bottom: 8px; }
  .head { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647; text-align: center; color: #fff;
    font: 600 11px/1.4 system-ui, "Noto Sans CJK JP", sans-serif; padding: 2px 0;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

type Mode = 'off' | 'notice' | 'allowed';

export const printGuard: Guard = {
  name: 'print',
  init(gc) {
    let host: HTMLElement | null = null;
    let root: ShadowRoot | null = null;
    let sheet: HTMLStyleElement | null = null;
    const kept: Kept[] = [];
    let mode: Mode = 'off';
    /** Set while a print the user justified is on its way to the printer. */
    let unlocked = false;

    const tamper = (what: string) => gc.record({ kind: 'tamper', channel: 'print', reason: `print sheet ${what}` });

    const buildNotice = (d: Decision) => {
      const label = labelMark(gc, gc.label.label);
      const box = document.createElement('div');
      box.className = 'notice';
      const b = document.createElement('b');
      const p = document.createElement('div');
      if (d.action === 'warn') {
        b.textContent = t(gc.lang, 'printWarnTitle');
        p.textContent = t(gc.lang, 'printMenuNotice', { label });
      } else {
        b.textContent = t(gc.lang, 'printBlockedTitle');
        p.textContent = d.message ? txt(gc.lang, d.message) : t(gc.lang, 'printBlockedBody', { label });
      }
      box.append(b, p);
      return box;
    };

    const buildAllowed = () => {
      const def = gc.classifier.label(gc.label.label);
      const head = document.createElement('div');
      head.className = 'head';
      head.style.background = def?.color ?? '#c62828';
      head.textContent = `${labelMark(gc, gc.label.label)} — ${t(gc.lang, 'printedBy', { user: userLine(gc, t(gc.lang, 'watermarkNoUser')), time: stamp() })}`;
      const wm = document.createElement('div');
      wm.setAttribute('style', overlayStyle(watermarkTile([userLine(gc, t(gc.lang, 'watermarkNoUser')), `${stamp()} · ${labelMark(gc, gc.label.label)}`]), Math.max(0.12, gc.policy.watermark.opacity)));
      return [wm, head];
    };

    /** Puts the print sheet in the state the policy calls for now. */
    const render = () => {
      const d = gc.classified ? decidePage(gc, 'print') : null;
      const next: Mode = !d ? 'off' : d.action === 'block' || (d.action === 'warn' && !unlocked) ? 'notice' : 'allowed';
      mode = next;
      for (const k of kept.splice(0)) k.stop();
      if (next === 'off') {
        host?.remove();
        sheet?.remove();
        return;
      }
      if (!host) {
        ({ host, root } = shadowHost(PRINT_TAG));
        sheet = document.createElement('style');
      }
      const css = document.createElement('style');
      css.textContent = SHADOW_CSS;
      root!.replaceChildren(css, ...(next === 'notice' ? [buildNotice(d!)] : buildAllowed()));
      const html = document.documentElement;
      kept.push(keepElement(host, html, { 'data-maruhi': 'print' }, tamper));
      if (next === 'notice') kept.push(keepElement(sheet!, html, { 'data-maruhi': 'print-sheet' }, tamper, undefined, HIDE_PAGE));
      else sheet!.remove();
    };

    const record = (d: Decision, via: string, extra: { justification?: string; outcome?: string } = {}) =>
      gc.record({
        kind: 'guard',
        channel: 'print',
        decision: d.action,
        rule: d.rule,
        justification: extra.justification,
        detail: { via, outcome: extra.outcome ?? (d.action === 'block' ? 'blocked' : 'printed') },
      });

    const printNow = () => {
      unlocked = true;
      render();
      try {
        window.print(); // the isolated world's print is the browser's own, not the page's wrapper
      } finally {
        // print() returns when the print dialog closes; relock even if no afterprint came, so the menu cannot reuse the unlock.
        onAfter();
      }
    };

    /** A print the page or the user asked for where we can step in first (print(), Ctrl+P). */
    const requestPrint = async (via: string): Promise<void> => {
      if (!gc.classified) return void window.print();
      const d = decidePage(gc, 'print');
      const label = labelMark(gc, gc.label.label);
      if (d.action === 'block') {
        record(d, via);
        showNotice({ lang: gc.lang, rule: d.rule, title: t(gc.lang, 'printBlockedTitle'), body: d.message ? txt(gc.lang, d.message) : t(gc.lang, 'printBlockedBody', { label }) });
        return;
      }
      if (d.action === 'warn') {
        const reason = await askJustification({ lang: gc.lang, rule: d.rule, title: t(gc.lang, 'printWarnTitle'), body: d.message ? txt(gc.lang, d.message) : t(gc.lang, 'printWarnBody', { label }) });
        if (reason === null) return record(d, via, { outcome: 'cancelled' });
        record(d, via, { justification: reason });
        return printNow();
      }
      if (d.action === 'audit') record(d, via);
      printNow();
    };

    onPageHook('print', async () => {
      await requestPrint('print()');
      return { allow: true };
    });

    // Only classified pages pay for the listeners and the sheet.
    let listening = false;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'p' || mode !== 'notice') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      void requestPrint('shortcut');
    };
    const onBefore = () => {
      if (unlocked || mode === 'off') return;
      // The browser menu: nobody could ask first, so the sheet decides what prints; the log says it happened.
      const d = decidePage(gc, 'print');
      if (d.action === 'allow') return;
      if (mode === 'allowed') return record(d, 'menu');
      record({ ...d, action: 'block' }, 'menu', { outcome: d.action === 'warn' ? 'notice printed: no reason given' : 'notice printed' });
    };
    const onAfter = () => {
      if (!unlocked) return;
      unlocked = false;
      render();
    };
    const sync = () => {
      render();
      const want = mode !== 'off';
      if (want === listening) return;
      listening = want;
      const m = want ? addEventListener : removeEventListener;
      (want ? onFirst : offFirst)('keydown', onKey);
      m('beforeprint', onBefore);
      m('afterprint', onAfter);
    };
    gc.onChange(sync);
    sync();
  },
};
