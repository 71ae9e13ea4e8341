// The pledge (誓約書) interstitial: covers the whole page until the user accepts the admin's handling rules.
import { t } from '@/utils/i18n-page';
import type { Lang } from '@/utils/policy/types';
import { keepElement } from './keeper';
import { mountOverlay } from './overlay';

export const PLEDGE_TAG = 'maruhi-pledge';

export interface PledgeOptions {
  lang: Lang;
  /** The label's name, e.g. 秘 / Confidential. */
  label: string;
  /** The admin's text in the UI language; paragraphs split on blank lines. */
  text: string;
  color?: string;
  doc?: Document;
  onAccept(): void;
  onDecline(): void;
  /** The page removed or altered the cover (it is put back at once). */
  onTamper?(what: string): void;
}

const CSS = `.bg { position: absolute; inset: 0; background: #f3f4f6; pointer-events: auto; }
.box { position: absolute; left: 50%; top: 8vh; transform: translateX(-50%); width: min(640px, calc(100vw - 32px)); max-height: 84vh;
  display: flex; flex-direction: column; padding: 20px 24px; }
.rules { overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 14px; margin: 8px 0; white-space: pre-wrap; flex: 1 1 auto; }
.rules:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.note { font-size: 12.5px; color: #57606a; } .declined { color: #b71c1c; font-weight: 600; }
.row { display: flex; justify-content: flex-end; gap: 10px; margin-top: 12px; }`;

export interface PledgeHandle {
  remove(): void;
}

/**
 * Mounts the cover over everything. The page underneath is inert (no focus, no clicks, no keys) until accepted.
 * Decline keeps the cover and says why; the user can still accept later. Keyboard: focus starts on the rules,
 * Tab moves between rules, accept and decline and stays inside.
 */
export function showPledge(o: PledgeOptions): PledgeHandle {
  const doc = o.doc ?? document;
  const ov = mountOverlay(PLEDGE_TAG, CSS, doc);
  let removed = false;
  const attrs = { 'data-maruhi-pledge': 'open', role: 'presentation' };
  const kept = keepElement(ov.host, doc.documentElement, attrs, (w) => {
    // Put back by the keeper: focus went with the removed node, so bring it back to the rules.
    rules.focus();
    o.onTamper?.(w);
  });
  const box = ov.el('div', undefined, 'box');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'true');
  if (o.color) box.style.setProperty('--c', o.color);
  const title = ov.el('h2', t(o.lang, 'pledge_title'));
  title.id = 'maruhi-pledge-title';
  box.setAttribute('aria-labelledby', title.id);
  const intro = ov.el('p', t(o.lang, 'pledge_intro', { label: o.label }));
  const rules = ov.el('div', o.text, 'rules');
  rules.tabIndex = 0;
  rules.setAttribute('role', 'document');
  rules.setAttribute('aria-label', t(o.lang, 'pledge_title'));
  const note = ov.el('p', t(o.lang, 'pledge_recorded'), 'note');
  const status = ov.el('p', '', 'declined');
  status.setAttribute('role', 'status');
  const accept = ov.el('button', t(o.lang, 'pledge_accept'), 'primary');
  const decline = ov.el('button', t(o.lang, 'pledge_decline'));
  accept.type = decline.type = 'button';
  accept.dataset.action = 'accept';
  decline.dataset.action = 'decline';
  const row = ov.el('div', undefined, 'row');
  row.append(decline, accept);
  box.append(title, intro, rules, note, status, row);
  ov.root.append(ov.el('div', undefined, 'bg'), box);

  // The page must be unusable underneath: inert takes focus, clicks and find-in-page away from it.
  // At document_start there may be no body yet, and a page may swap it or clear `inert`: each time, it is set again.
  let watched: HTMLElement | null = null;
  const inert = () => {
    const b = doc.body;
    if (!b) return;
    if (!b.inert) b.inert = true;
    if (watched !== b) {
      watched = b;
      bodyWatch.observe(b, { attributes: true, attributeFilter: ['inert'] });
    }
  };
  const bodyWatch = new MutationObserver(() => !removed && inert());
  bodyWatch.observe(doc.documentElement, { childList: true });
  inert();

  const remove = () => {
    if (removed) return;
    removed = true;
    kept.stop();
    bodyWatch.disconnect();
    ov.remove();
    if (doc.body) doc.body.inert = false;
  };
  accept.addEventListener('click', () => {
    remove();
    o.onAccept();
  });
  decline.addEventListener('click', () => {
    status.textContent = t(o.lang, 'pledge_declined');
    o.onDecline();
    accept.focus();
  });
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const order: HTMLElement[] = [rules, accept, decline];
    const i = order.indexOf(ov.root.activeElement as HTMLElement);
    e.preventDefault();
    order[(i + (e.shiftKey ? order.length - 1 : 1)) % order.length].focus();
  });
  // Keys meant for the cover never reach the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) box.addEventListener(type, (e) => e.stopPropagation());
  rules.focus();
  // Shown at document_start the page may not take focus yet; once it can, focus starts on the rules.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => !removed && !ov.root.activeElement && rules.focus(), { once: true });
  return { remove };
}
