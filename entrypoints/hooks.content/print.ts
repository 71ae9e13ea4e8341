// MAIN world: routes window.print(), getDisplayMedia and the async Clipboard API through the guard before the page
// gets them.
//
// Everything here runs among the page's own scripts, which may have replaced any built-in by the time a hook runs.
// So the hooks call only pristine copies taken at document_start, never resolve a promise with something the page
// could intercept before the guard has answered (a page-defined `then` on a prototype would see it), and hand
// clipboard text to the page only once the guard allowed it.
import type { PageAnswer, PageRequest } from '@/components/page-bridge';

type Ask = (req: PageRequest, answer: (a: PageAnswer | null) => void) => void;

export function installPrintHooks(ask: Ask) {
  const nativePrint = window.print;
  const apply = Reflect.apply;
  const define = Object.defineProperty;
  const DOMEx = DOMException;
  const P = Promise;
  const then = Promise.prototype.then;
  const S = String;
  const trim = String.prototype.trim;
  const replace = String.prototype.replace;
  const blobText = Blob.prototype.text;
  const hook = (o: object, name: string, value: unknown) => define(o, name, { value, writable: true, configurable: true, enumerable: true });
  const refusal = (a: PageAnswer | null, fallback: string) => (a && !a.allow ? new DOMEx(a.reason ?? fallback, 'NotAllowedError') : null);
  const blank = (s: string) => apply(trim, s, []) === '';
  /** Asks the guard; `go` runs when allowed (or when no guard is in this frame), `reject` gets the browser-like refusal. */
  const whenAllowed = (req: PageRequest, refused: string, go: () => void, reject: (e: unknown) => void) =>
    ask(req, (a) => {
      const no = refusal(a, refused);
      if (no) reject(no);
      else go();
    });

  // The guard prints itself (from its own world) once the policy allows it, so the page's call returns at once.
  hook(window, 'print', function print(this: Window) {
    ask({ op: 'print' }, (a) => {
      if (a === null) apply(nativePrint, window, []); // no guard in this frame: nothing to enforce
    });
  });

  const md = (globalThis as { MediaDevices?: { prototype: MediaDevices } }).MediaDevices?.prototype;
  const nativeShare = md?.getDisplayMedia;
  if (md && nativeShare)
    hook(md, 'getDisplayMedia', function getDisplayMedia(this: MediaDevices, ...args: unknown[]): Promise<MediaStream> {
      return new P((resolve, reject) => whenAllowed({ op: 'screen_share' }, 'Permission denied', () => resolve(apply(nativeShare, this, args) as Promise<MediaStream>), reject));
    });

  const cp = (globalThis as { Clipboard?: { prototype: Clipboard } }).Clipboard?.prototype;
  const Item = (globalThis as { ClipboardItem?: { prototype: ClipboardItem } }).ClipboardItem?.prototype;
  const getType = Item?.getType;
  const typesOf = Item && Object.getOwnPropertyDescriptor(Item, 'types')?.get;
  if (!cp) return;

  /**
   * The text of clipboard items (plain, and HTML without its tags). No arrays of ours and no destructuring: a page could
   * have put setters or an iterator on Array.prototype that would see the items before the guard has answered.
   */
  const itemsText = (items: readonly ClipboardItem[], html: boolean, done: (text: string) => void, fail: (e: unknown) => void) => {
    let out = '';
    const item = (i: number): void => {
      if (i >= items.length) return done(out);
      const types = apply(typesOf!, items[i], []) as readonly string[];
      const type = (k: number): void => {
        if (k >= types.length) return item(i + 1);
        const ty = types[k];
        if (ty !== 'text/plain' && !(html && ty === 'text/html')) return type(k + 1);
        apply(then, apply(getType!, items[i], [ty]), [
          (b: Blob) =>
            void apply(then, apply(blobText, b, []), [
              (t: string) => {
                out += (out ? '\n' : '') + (ty === 'text/html' ? apply(replace, t, [/<[^>]*>/g, ' ']) : t);
                type(k + 1);
              },
              fail,
            ]),
          fail,
        ]);
      };
      type(0);
    };
    item(0);
  };

  // Writes (navigator.clipboard.writeText / write) fire no copy event: a CRM's own "copy" button would pass unguarded.
  const nativeWriteText = cp.writeText;
  const nativeWrite = cp.write;
  if (nativeWriteText)
    hook(cp, 'writeText', function writeText(this: Clipboard, data: string): Promise<void> {
      const text = S(data);
      return new P((resolve, reject) =>
        whenAllowed({ op: 'clipboard', text, via: 'writeText' }, 'Write permission denied.', () => resolve(apply(nativeWriteText, this, [text]) as Promise<void>), reject),
      );
    });
  if (nativeWrite && getType && typesOf)
    hook(cp, 'write', function write(this: Clipboard, items: ClipboardItem[]): Promise<void> {
      const list = [...(items ?? [])];
      return new P((resolve, reject) =>
        itemsText(
          list,
          true,
          (text) => {
            const go = () => resolve(apply(nativeWrite, this, [list]) as Promise<void>);
            if (blank(text)) return go();
            whenAllowed({ op: 'clipboard', text, via: 'write' }, 'Write permission denied.', go, reject);
          },
          reject,
        ),
      );
    });

  // Reads (readText / read): a page holding the clipboard-read permission could take what was copied from the CRM
  // without any paste event. The text is judged as a paste to this page and handed over only if that is allowed.
  const nativeReadText = cp.readText;
  const nativeRead = cp.read;
  if (nativeReadText)
    hook(cp, 'readText', function readText(this: Clipboard): Promise<string> {
      return new P((resolve, reject) =>
        apply(then, apply(nativeReadText, this, []), [
          (text: string) => {
            if (blank(text)) return resolve(text);
            whenAllowed({ op: 'clipboard_read', text, via: 'readText' }, 'Read permission denied.', () => resolve(text), reject);
          },
          reject,
        ]),
      );
    });
  if (nativeRead && getType && typesOf)
    hook(cp, 'read', function read(this: Clipboard, ...args: unknown[]): Promise<ClipboardItems> {
      return new P((resolve, reject) =>
        apply(then, apply(nativeRead, this, args), [
          (items: ClipboardItems) =>
            itemsText(
              items,
              false,
              (text) => {
                if (blank(text)) return resolve(items);
                whenAllowed({ op: 'clipboard_read', text, via: 'read' }, 'Read permission denied.', () => resolve(items), reject);
              },
              reject,
            ),
          reject,
        ]),
      );
    });
}
