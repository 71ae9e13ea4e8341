// The justification dialog every guard shows for a "warn" decision: explains the rule and asks for a business reason.
import { t } from '@/utils/i18n-page';
import type { Lang } from '@/utils/policy/types';
import { mountOverlay } from './overlay';

export const DIALOG_TAG = 'maruhi-dialog';

export interface JustifyOptions {
  lang: Lang;
  title: string;
  /** One paragraph per entry. */
  body: string | string[];
  rule?: string;
  law?: string[];
  /** Shortest reason accepted, in characters after trimming (default 8). */
  minLength?: number;
  color?: string;
  doc?: Document;
  /**
   * Runs inside the click (or key) handler of "Continue", while the user activation is fresh:
   * the place for work the browser allows only then, such as writing the clipboard.
   */
  onContinue?(reason: string): void;
}

const CSS = `.bg { position: absolute; inset: 0; background: rgba(0,0,0,.45); pointer-events: auto; }
.box { position: absolute; left: 50%; top: 14vh; transform: translateX(-50%); width: min(520px, calc(100vw - 32px)); padding: 18px 22px; }
label { display: block; font-weight: 600; margin-top: 12px; }
textarea { box-sizing: border-box; width: 100%; min-height: 72px; margin: 6px 0 2px; font: inherit; padding: 6px 8px; }
.hint { font-size: 12px; color: #57606a; } .row { display: flex; justify-content: flex-end; gap: 10px; margin-top: 12px; }`;

let open = false;

/**
 * Asks why the user needs to go ahead. Resolves with the reason on "Continue", null on "Cancel" or Esc.
 * Keyboard only works: focus starts in the reason field and stays inside the dialog; Enter on Continue continues.
 * A second request while one is open is refused (null): one decision at a time.
 */
export function askJustification(o: JustifyOptions): Promise<string | null> {
  if (open) return Promise.resolve(null);
  open = true;
  const min = Math.max(1, o.minLength ?? 8);
  const ov = mountOverlay(DIALOG_TAG, CSS, o.doc ?? document);
  ov.host.dataset.maruhiDialog = 'justify';
  if (o.rule) ov.host.dataset.rule = o.rule;
  ov.host.setAttribute('aria-label', o.title);
  const box = ov.el('div', undefined, 'box');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'true');
  if (o.color) box.style.setProperty('--c', o.color);
  const title = ov.el('h2', o.title);
  title.id = 'maruhi-justify-title';
  box.setAttribute('aria-labelledby', title.id);
  box.append(title);
  for (const p of Array.isArray(o.body) ? o.body : [o.body]) if (p) box.append(ov.el('p', p));
  for (const p of o.law ?? []) box.append(ov.el('p', p, 'law'));
  if (o.rule) box.append(ov.el('p', t(o.lang, 'guardRule', { rule: o.rule }), 'rule'));
  const label = ov.el('label', t(o.lang, 'justifyPrompt'));
  label.htmlFor = 'maruhi-reason';
  const reason = ov.el('textarea');
  reason.id = 'maruhi-reason';
  reason.required = true;
  reason.placeholder = t(o.lang, 'justifyPlaceholder');
  const hint = ov.el('div', `${t(o.lang, 'justifyMin', { n: min })} ${t(o.lang, 'justifyRecorded')}`, 'hint');
  hint.id = 'maruhi-reason-hint';
  reason.setAttribute('aria-describedby', hint.id);
  const cancel = ov.el('button', t(o.lang, 'justifyCancel'));
  const ok = ov.el('button', t(o.lang, 'justifyContinue'), 'primary');
  cancel.type = ok.type = 'button';
  ok.disabled = true;
  const row = ov.el('div', undefined, 'row');
  row.append(cancel, ok);
  box.append(label, reason, hint, row);
  ov.root.append(ov.el('div', undefined, 'bg'), box);

  const valid = () => reason.value.trim().length >= min;
  reason.addEventListener('input', () => (ok.disabled = !valid()));
  const before = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const done = (v: string | null) => {
      if (!open) return;
      open = false;
      ov.remove();
      // Give focus back where the user was, so typing continues there.
      before?.focus?.({ preventScroll: true });
      resolve(v);
    };
    const proceed = () => {
      if (!valid()) return reason.focus();
      const v = reason.value.trim();
      try {
        o.onContinue?.(v);
      } finally {
        done(v);
      }
    };
    ok.addEventListener('click', proceed);
    cancel.addEventListener('click', () => done(null));
    box.addEventListener('keydown', (e) => {
      // Keys typed here stay here: the page's shortcuts must not fire underneath.
      e.stopPropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        done(null);
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target === reason) {
        e.preventDefault();
        proceed();
      } else if (e.key === 'Tab') {
        // Focus trap: the closed root's own activeElement tells where focus is.
        const order = [reason, cancel, ...(ok.disabled ? [] : [ok])];
        const i = order.indexOf(ov.root.activeElement as HTMLTextAreaElement | HTMLButtonElement);
        e.preventDefault();
        order[(i + (e.shiftKey ? order.length - 1 : 1)) % order.length].focus();
      }
    });
    // The page must not see keystrokes meant for the dialog, even at window level.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) box.addEventListener(type, (e) => e.stopPropagation());
    reason.focus();
  });
}
