// Keeps one of our elements in the page: a page script that removes it or rewrites its attributes
// gets it back before the next frame is painted (MutationObserver callbacks run as microtasks).
export interface Kept {
  stop(): void;
}

/**
 * `el` lives under `parent` with exactly the attributes in `attrs`. `onTamper` hears what was undone.
 * `hiddenCheck` runs when the page adds or removes style sheets; it returns true when `el` no longer shows.
 */
export function keepElement(
  el: HTMLElement,
  parent: Node,
  attrs: Record<string, string>,
  onTamper: (what: string) => void,
  hiddenCheck?: () => boolean,
  /** For a <style>: the text it must keep. */
  text?: string,
): Kept {
  const apply = () => {
    if (text !== undefined && el.textContent !== text) el.textContent = text;
    for (const a of Array.from(el.attributes)) if (!(a.name in attrs)) el.removeAttribute(a.name);
    for (const [k, v] of Object.entries(attrs)) if (el.getAttribute(k) !== v) el.setAttribute(k, v);
  };
  apply();
  if (el.parentNode !== parent) parent.appendChild(el);
  let restoring = false;
  const mo = new MutationObserver((records) => {
    if (restoring) return;
    restoring = true;
    try {
      let what = '';
      if (!el.isConnected || el.parentNode !== parent) {
        parent.appendChild(el);
        what = 'removed';
      }
      if (records.some((r) => r.target === el || (text !== undefined && el.contains(r.target) && r.target !== parent))) {
        apply();
        what ||= 'changed';
      }
      if (!what && hiddenCheck && records.some((r) => r.type === 'childList' && r.target !== parent && touchesStyles(r)) && hiddenCheck()) what = 'hidden by style';
      if (what) onTamper(what);
    } finally {
      // Our own fixes queue records too; drop them so they are not taken for tampering.
      mo.takeRecords();
      restoring = false;
    }
  });
  mo.observe(parent, { childList: true });
  mo.observe(el, { attributes: true, ...(text !== undefined ? { childList: true, characterData: true, subtree: true } : {}) });
  if (hiddenCheck) mo.observe(document.head ?? document.documentElement, { childList: true, subtree: true });
  return { stop: () => mo.disconnect() };
}

function touchesStyles(r: MutationRecord): boolean {
  const isSheet = (n: Node) => n.nodeName === 'STYLE' || n.nodeName === 'LINK';
  return Array.from(r.addedNodes).some(isSheet) || Array.from(r.removedNodes).some(isSheet) || r.target.nodeName === 'STYLE';
}
