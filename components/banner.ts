// The classification banner: a small mark at the top of the page, in a closed shadow root,
// that lets clicks through so it never covers the page's own controls.
import type { Lang, LabelDef } from '@/utils/policy/types';
import { t, txt } from '@/utils/i18n-page';
import { shadowHost } from './overlay';

export const BANNER_TAG = 'maruhi-banner';

const CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 50% !important;
  transform: translateX(-50%) !important; z-index: 2147483646 !important; pointer-events: none !important;
  display: block !important; }
.b { font: 600 12px/1.2 system-ui, "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif;
  color: #fff; padding: 3px 14px 4px; border-radius: 0 0 8px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.35);
  white-space: nowrap; letter-spacing: .04em; opacity: .95; transition: opacity .15s; }
.b .m { font-size: 13px; margin-right: 8px; }
.b.near { opacity: .12; }
.b .r { font-weight: 400; opacity: .9; }
@media print { :host { display: none !important; } }
`;

export interface Banner {
  show(label: LabelDef, lang: Lang, reason: string): void;
  hide(): void;
}

export function createBanner(doc: Document): Banner {
  let host: HTMLElement | null = null;
  let box: HTMLDivElement | null = null;
  let keeper: MutationObserver | null = null;

  // The banner lets clicks through; when the pointer comes near it also fades away, so the
  // page's own controls underneath stay visible as well as usable.
  let frame = 0;
  const onMove = (e: MouseEvent) => {
    if (frame || !box) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!box) return;
      const r = box.getBoundingClientRect();
      const near = e.clientY < r.bottom + 24 && e.clientX > r.left - 24 && e.clientX < r.right + 24;
      box.classList.toggle('near', near);
    });
  };

  const attach = () => {
    if (host && !host.isConnected) (doc.body ?? doc.documentElement).appendChild(host);
  };

  return {
    show(label, lang, reason) {
      if (!host) {
        let root: ShadowRoot;
        ({ host, root } = shadowHost(BANNER_TAG, doc));
        const style = doc.createElement('style');
        style.textContent = CSS;
        box = doc.createElement('div');
        box.className = 'b';
        box.setAttribute('role', 'note');
        root.append(style, box);
        // Pages that wipe the body (SPA frameworks, hostile scripts) get the banner back.
        keeper = new MutationObserver(attach);
        keeper.observe(doc.documentElement, { childList: true, subtree: false });
        doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
      }
      const mark = txt(lang, label.mark);
      host.dataset.maruhiLabel = label.id;
      host.setAttribute('aria-label', t(lang, 'bannerTitle', { label: txt(lang, label.name) }));
      box!.style.background = label.color;
      box!.replaceChildren();
      const m = doc.createElement('span');
      m.className = 'm';
      m.textContent = mark;
      const r = doc.createElement('span');
      r.className = 'r';
      r.textContent = reason;
      box!.append(m, r);
      if (doc.body && host.parentNode !== doc.body) {
        keeper?.observe(doc.body, { childList: true });
      }
      attach();
    },
    hide() {
      doc.removeEventListener('mousemove', onMove, { capture: true });
      keeper?.disconnect();
      keeper = null;
      host?.remove();
      host = null;
    },
  };
}
