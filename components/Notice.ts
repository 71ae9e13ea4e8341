// The in-page notice every guard shows when it blocks: which rule, why (the law), and how to ask for an exception.
import { t } from '@/utils/i18n-page';
import type { Lang } from '@/utils/policy/types';
import { mountOverlay, type Overlay } from './overlay';

export const NOTICE_TAG = 'maruhi-notice';

export interface NoticeOptions {
  lang: Lang;
  title: string;
  /** One paragraph per entry. */
  body: string | string[];
  /** The guard rule that decided, shown so the user can name it when asking for an exception. */
  rule?: string;
  /** Paragraphs on the law that applies (e.g. t(lang, 'lawUcpa')). */
  law?: string[];
  /** Says how to ask for an exception (default true). */
  exception?: boolean;
  color?: string;
  /** Milliseconds before the notice goes away on its own (default 15 s; 0: stays until closed). */
  timeoutMs?: number;
  doc?: Document;
}

const CSS = `.box { position: absolute; right: 16px; bottom: 16px; width: min(440px, calc(100vw - 32px)); padding: 14px 18px; }
.x { float: right; margin: -4px -6px 0 8px; padding: 0 8px; border: 0; background: transparent; font-size: 18px; }`;

let current: Overlay | null = null;

/** Shows one notice (a newer one replaces it); never blocks the page. */
export function showNotice(o: NoticeOptions): void {
  current?.remove();
  const ov = mountOverlay(NOTICE_TAG, CSS, o.doc ?? document);
  current = ov;
  const box = ov.el('div', undefined, 'box');
  box.setAttribute('role', 'alert');
  if (o.color) box.style.setProperty('--c', o.color);
  const close = ov.el('button', '×', 'x');
  close.setAttribute('aria-label', t(o.lang, 'noticeClose'));
  close.addEventListener('click', () => ov.remove());
  box.append(close, ov.el('h2', o.title));
  for (const p of Array.isArray(o.body) ? o.body : [o.body]) if (p) box.append(ov.el('p', p));
  for (const p of o.law ?? []) box.append(ov.el('p', p, 'law'));
  if (o.exception !== false) box.append(ov.el('p', t(o.lang, 'guardException')));
  if (o.rule) box.append(ov.el('p', t(o.lang, 'guardRule', { rule: o.rule }), 'rule'));
  ov.root.append(box);
  ov.host.dataset.maruhiNotice = o.rule ?? o.title;
  ov.host.setAttribute('aria-label', o.title);
  const ms = o.timeoutMs ?? 15_000;
  if (ms > 0) setTimeout(() => ov.remove(), ms);
}
