// MAIN world: routes window.print() and getDisplayMedia through the guard before the page gets them.
import { connectBridge } from '@/components/page-bridge';

export function installPrintHooks() {
  const ask = connectBridge('print');
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
        if (a && a.allow !== true) throw new DOMEx(typeof a.reason === 'string' ? a.reason : 'Permission denied', 'NotAllowedError');
        return apply(nativeShare, this, args) as Promise<MediaStream>;
      }) as Promise<MediaStream>;
    };
    Object.defineProperty(md, 'getDisplayMedia', { value: getDisplayMedia, writable: true, configurable: true, enumerable: true });
  }
}
