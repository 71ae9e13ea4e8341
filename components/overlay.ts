// A closed shadow root on top of the page for maruhi's in-page notices and dialogs: the page can neither style nor read it.

export const OVERLAY_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;
  display: block !important; pointer-events: none !important; }
.box { pointer-events: auto; box-sizing: border-box; font: 14px/1.55 system-ui, "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif;
  color: #1f2328; background: #fff; border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.35); border-top: 6px solid var(--c, #c62828); }
h2 { font-size: 16px; margin: 0 0 8px; }
p { margin: 6px 0; } .law { font-size: 12.5px; color: #57606a; } .rule { font-size: 12px; color: #57606a; font-family: ui-monospace, monospace; }
button { font: inherit; padding: 5px 16px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; }
button.primary { background: var(--c, #c62828); border-color: var(--c, #c62828); color: #fff; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
`;

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K];
  remove(): void;
}

const inertDocs = new WeakMap<Document, Document>();

/**
 * One of our elements with its closed shadow root, safe from the page's custom element registry. A page may
 * `customElements.define('maruhi-notice', …)` first: an element created in the page's document would then run the
 * page's constructor at once, which can attach its own shadow root and so make ours throw (no notice, no dialog).
 * Created in a document without a window, the element is plain; its shadow root is ours before the page's registry
 * ever sees it, and a later upgrade attempt cannot replace it.
 */
export function shadowHost(tag: string, doc: Document = document): { host: HTMLElement; root: ShadowRoot } {
  let inert = inertDocs.get(doc);
  if (!inert) inertDocs.set(doc, (inert = doc.implementation.createHTMLDocument('')));
  const host = inert.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  return { host: doc.adoptNode(host), root };
}

/** Mounts an overlay host under <html> (pages that replace <body> do not take it with them). */
export function mountOverlay(tag: string, css: string, doc: Document = document): Overlay {
  const { host, root } = shadowHost(tag, doc);
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS + css;
  root.append(style);
  doc.documentElement.appendChild(host);
  return {
    host,
    root,
    el(t, text, cls) {
      const e = doc.createElement(t);
      if (text) e.textContent = text;
      if (cls) e.className = cls;
      return e;
    },
    remove: () => host.remove(),
  };
}
