// MAIN world: routes window.print(), getDisplayMedia and the async Clipboard API through the guard before the page
// gets them.
import type { PageAnswer, PageRequest } from '@/components/page-bridge';

export function installPrintHooks(ask: (req: PageRequest) => Promise<PageAnswer | null>) {
  const nativePrint = window.print;
  const apply = Reflect.apply;
  const DOMEx = DOMException;

  // The guard prints itself (from its own world) once the policy allows it, so the page's call returns at once.
  const print = function print(this: Window) {
    void ask({ op: 'print' }).then((a) => {
      if (a === null) apply(nativePrint, window, []); // no guard in this frame: nothing to enforce
    });
  };
  Object.defineProperty(window, 'print', { value: print, writable: true, configurable: true, enumerable: true });

  const md = (globalThis as { MediaDevices?: { prototype: MediaDevices } }).MediaDevices?.prototype;
  const nativeShare = md?.getDisplayMedia;
  if (md && nativeShare) {
    const getDisplayMedia = function getDisplayMedia(this: MediaDevices, ...args: unknown[]): Promise<MediaStream> {
      return ask({ op: 'screen_share' }).then((a) => {
        if (a && !a.allow) throw new DOMEx(a.reason ?? 'Permission denied', 'NotAllowedError');
        return apply(nativeShare, this, args) as Promise<MediaStream>;
      }) as Promise<MediaStream>;
    };
    Object.defineProperty(md, 'getDisplayMedia', { value: getDisplayMedia, writable: true, configurable: true, enumerable: true });
  }

  // navigator.clipboard.writeText / write fire no copy event: a CRM's own "copy" button would pass unguarded.
  const cp = (globalThis as { Clipboard?: { prototype: Clipboard } }).Clipboard?.prototype;
  const nativeWriteText = cp?.writeText;
  const nativeWrite = cp?.write;
  const Item = (globalThis as { ClipboardItem?: { prototype: ClipboardItem } }).ClipboardItem?.prototype;
  const getType = Item?.getType;
  const typesOf = Item && Object.getOwnPropertyDescriptor(Item, 'types')?.get;
  const blobText = Blob.prototype.text;
  const P = Promise;
  const S = String;
  const refuse = (a: PageAnswer | null) => {
    if (a && !a.allow) throw new DOMEx(a.reason ?? 'Write permission denied.', 'NotAllowedError');
  };
  if (cp && nativeWriteText) {
    const writeText = function writeText(this: Clipboard, data: string): Promise<void> {
      const text = S(data);
      return ask({ op: 'clipboard', text, via: 'writeText' }).then((a) => {
        refuse(a);
        return apply(nativeWriteText, this, [text]) as Promise<void>;
      });
    };
    Object.defineProperty(cp, 'writeText', { value: writeText, writable: true, configurable: true, enumerable: true });
  }
  if (cp && nativeWrite && getType && typesOf) {
    const write = function write(this: Clipboard, items: ClipboardItem[]): Promise<void> {
      const list = [...(items ?? [])];
      const texts: Promise<string>[] = [];
      for (const item of list)
        for (const type of apply(typesOf, item, []) as readonly string[])
          if (type === 'text/plain' || type === 'text/html')
            texts.push((apply(getType, item, [type]) as Promise<Blob>).then((b) => apply(blobText, b, []) as Promise<string>).then((t) => (type === 'text/html' ? t.replace(/<[^>]*>/g, ' ') : t)));
      return P.all(texts)
        .then((ts) => (ts.length ? ask({ op: 'clipboard', text: ts.join('\n'), via: 'write' }) : null))
        .then((a) => {
          refuse(a);
          return apply(nativeWrite, this, [list]) as Promise<void>;
        });
    };
    Object.defineProperty(cp, 'write', { value: write, writable: true, configurable: true, enumerable: true });
  }
}
