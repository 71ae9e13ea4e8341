// Screen capture guard: getDisplayMedia while any classified tab is open, and the screenshot keys a page can see.
// A browser cannot stop OS screenshots or cameras; it can record the attempt and hide the page for a moment.
import { askJustification } from '@/components/JustifyDialog';
import { showNotice } from '@/components/Notice';
import type { PageAnswer } from '@/components/page-bridge';
import { offFirst, onFirst } from '@/components/first-listeners';
import { send } from '@/components/runtime';
import { t, txt } from '@/utils/i18n-page';
import { screenshotKey } from '@/utils/screenshot-keys';
import type { Guard, GuardContext } from './context';
import { decidePage, labelMark } from './page-decision';
import { onPageHook } from './page-hooks';

const SHIELD_MS = 1500;

export const captureGuard: Guard = {
  name: 'capture',
  init(gc) {
    // Screen sharing shows every open window, so the strictest label of any tab decides, not just this page's.
    onPageHook('screen_share', async (): Promise<PageAnswer> => {
      let label: string | null = gc.classified ? gc.label.label : null;
      try {
        const r = await send({ type: 'tabs.maxLabel' });
        if (r.label && (label === null || gc.classifier.rank(r.label) > gc.classifier.rank(label))) label = r.label;
      } catch {
        /* background restarting: this page's own label still counts */
      }
      if (label === null || gc.classifier.rank(label) === 0) return { allow: true };
      const d = decidePage(gc, 'screen_share', label);
      const mark = labelMark(gc, label);
      const ev = { kind: 'guard', channel: 'screen_share', decision: d.action, rule: d.rule, label } as const;
      if (d.action === 'allow') return { allow: true };
      if (d.action === 'audit') {
        gc.record(ev);
        return { allow: true };
      }
      if (d.action === 'block') {
        gc.record({ ...ev, detail: { outcome: 'blocked' } });
        showNotice({ lang: gc.lang, rule: d.rule, title: t(gc.lang, 'shareBlockedTitle'), body: d.message ? txt(gc.lang, d.message) : t(gc.lang, 'shareBlockedBody', { label: mark }) });
        return { allow: false, reason: t(gc.lang, 'shareBlockedTitle') };
      }
      const reason = await askJustification({ lang: gc.lang, rule: d.rule, title: t(gc.lang, 'shareWarnTitle'), body: d.message ? txt(gc.lang, d.message) : t(gc.lang, 'shareWarnBody', { label: mark }) });
      gc.record({ ...ev, justification: reason ?? undefined, detail: { outcome: reason === null ? 'cancelled' : 'shared' } });
      return reason === null ? { allow: false, reason: t(gc.lang, 'shareWarnTitle') } : { allow: true };
    });

    let listening = false;
    const onKey = (e: KeyboardEvent) => {
      const key = screenshotKey(e);
      if (!key || !gc.classified) return;
      const d = decidePage(gc, 'capture');
      if (d.action === 'allow') return;
      gc.record({ kind: 'guard', channel: 'capture', decision: d.action, rule: d.rule, detail: { key } });
      if (d.action === 'audit') return;
      shield(gc);
      showNotice({ lang: gc.lang, rule: d.rule, title: t(gc.lang, 'captureTitle'), body: d.message ? txt(gc.lang, d.message) : t(gc.lang, 'captureBody', { label: labelMark(gc, gc.label.label) }) });
    };
    const sync = () => {
      if (gc.classified === listening) return;
      listening = gc.classified;
      const m = listening ? onFirst : offFirst;
      m('keydown', onKey);
      m('keyup', onKey);
    };
    gc.onChange(sync);
    sync();
  },
};

/** Covers the page with an opaque sheet for a moment, so a screenshot taken right after the key shows nothing. */
function shield(gc: GuardContext) {
  const s = document.createElement('maruhi-shield');
  s.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: block !important; background: #fff !important;',
  );
  s.dataset.maruhi = 'shield';
  s.attachShadow({ mode: 'closed' }).textContent = t(gc.lang, 'captureHidden');
  document.documentElement.appendChild(s);
  setTimeout(() => s.remove(), SHIELD_MS);
}
