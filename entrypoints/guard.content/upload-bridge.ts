// Isolated side of the MAIN-world upload hooks: agrees the private channel at document_start and passes
// each held request to the upload guard, loading the guards first when they are not there yet.
import { shared } from '@/components/shared';

import type { HookRequest } from '../hooks.content';

export type { HookRequest };
export type UploadHandler = (req: HookRequest) => Promise<boolean>;

interface State {
  handler: Promise<UploadHandler>;
  setHandler(h: UploadHandler): void;
}

/** The guard (in the on-demand bundle) registers here; the bridge (in the core) waits for it. */
export const uploadBridge = (): State =>
  shared('upload', () => {
    let set!: (h: UploadHandler) => void;
    const handler = new Promise<UploadHandler>((r) => (set = r));
    return { handler, setHandler: (h: UploadHandler) => set(h) };
  });

/** Must run synchronously at document_start: the hooks' private channel is agreed before page scripts exist. */
export function openUploadHooks(load: () => Promise<void>, onError: (e: Error, req: HookRequest) => void): void {
  // getRandomValues, not randomUUID: plain-http pages are not secure contexts and lack the latter.
  const secret = `maruhi:upload:${Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('')}`;
  const sayHello = () => document.dispatchEvent(new CustomEvent('maruhi:upload:iso-hello', { detail: secret }));
  const onMainHello = () => {
    document.removeEventListener('maruhi:upload:main-hello', onMainHello);
    sayHello();
  };
  document.addEventListener('maruhi:upload:main-hello', onMainHello);
  sayHello();
  document.addEventListener(`${secret}:req`, (e) => {
    const req = parseHookRequest((e as CustomEvent).detail);
    if (!req) return;
    const answer = (allow: boolean) => document.dispatchEvent(new CustomEvent(`${secret}:res`, { detail: { id: req.id, allow } }));
    load()
      .then(() => uploadBridge().handler)
      .then((judge) => judge(req))
      .then(answer, (err: Error) => {
        // A failure in the guard itself must not open the door: the upload is held back and the error logged.
        onError(err, req);
        answer(false);
      });
  });
}

function parseHookRequest(d: unknown): HookRequest | null {
  if (typeof d !== 'object' || d === null) return null;
  const r = d as Record<string, unknown>;
  if (typeof r.id !== 'number' || (r.channel !== 'upload' && r.channel !== 'submit') || typeof r.url !== 'string' || !Array.isArray(r.parts)) return null;
  const parts: HookRequest['parts'] = [];
  for (const p of r.parts as unknown[]) {
    if (typeof p !== 'object' || p === null) continue;
    const q = p as Record<string, unknown>;
    parts.push({
      name: typeof q.name === 'string' ? q.name.slice(0, 512) : undefined,
      text: typeof q.text === 'string' ? q.text : undefined,
      blob: q.blob instanceof Blob ? q.blob : undefined,
      stream: q.stream === true ? true : undefined,
    });
  }
  return { id: r.id, channel: r.channel, via: String(r.via).slice(0, 32), url: r.url, method: String(r.method).slice(0, 16), parts };
}
