// The one private request/answer channel between the MAIN-world hooks and the isolated content script.
//
// Both worlds share the DOM, so any event name the page knows it can listen to or forge. The two
// sides agree on a random event name in a handshake at document_start, before any page script
// runs, and never say it again; the MAIN side keeps pristine copies of every built-in it uses so
// a page that patches `dispatchEvent` or `CustomEvent` later cannot read or fake the traffic.
// Whichever world's script runs first, the other one's hello completes the handshake.
//
// Requests travel as objects (uploads carry Blobs, which only structured cloning keeps lazy); answers
// travel as JSON strings, which every browser passes between worlds without wrappers.

/** One piece of a body as the guard sees it (Files stay lazy: the guard reads what it needs). */
export type HookPart = { name?: string; text?: string; blob?: Blob; stream?: true };

/** A body leaving the page (fetch, XHR, beacon, WebSocket: upload; a form post: submit). */
export type UploadRequest = { op: 'upload' | 'submit'; via: string; url: string; method: string; parts: HookPart[] };
/** Everything a MAIN-world hook may ask the guard. */
export type PageRequest =
  | UploadRequest
  | { op: 'print' }
  | { op: 'screen_share' }
  | { op: 'clipboard'; via: string; text: string }
  | { op: 'clipboard_read'; via: string; text: string };
export type PageOp = PageRequest['op'];
/** The request a hook of `op` sends. */
export type RequestOf<O extends PageOp> = O extends UploadRequest['op'] ? UploadRequest : Extract<PageRequest, { op: O }>;

export interface PageAnswer {
  allow: boolean;
  reason?: string;
}

const HELLO_ISO = 'maruhi:hooks:iso-hello';
const HELLO_MAIN = 'maruhi:hooks:main-hello';

/** Reads a request the page's world sent; null for anything malformed. Strings are bounded where they are labels. */
export function parsePageRequest(d: unknown): PageRequest | null {
  if (typeof d !== 'object' || d === null) return null;
  const r = d as Record<string, unknown>;
  const str = (v: unknown, max: number) => String(v ?? '').slice(0, max);
  switch (r.op) {
    case 'print':
    case 'screen_share':
      return { op: r.op };
    case 'clipboard':
    case 'clipboard_read':
      return typeof r.text === 'string' ? { op: r.op, via: str(r.via, 32), text: r.text } : null;
    case 'upload':
    case 'submit': {
      if (typeof r.url !== 'string' || !Array.isArray(r.parts)) return null;
      const parts: HookPart[] = [];
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
      return { op: r.op, via: str(r.via, 32), url: r.url, method: str(r.method, 16), parts };
    }
    default:
      return null;
  }
}

/** Isolated world: answers the MAIN-world hooks. Call synchronously at document_start. */
export function serveBridge(handle: (req: PageRequest) => Promise<PageAnswer>): void {
  // getRandomValues, not randomUUID: plain-http pages are not secure contexts and lack randomUUID.
  const rnd = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  const secret = `maruhi:hooks:${rnd}`;
  const sayHello = () => document.dispatchEvent(new CustomEvent(HELLO_ISO, { detail: secret }));
  // Only the first MAIN hello is answered: a later one can only come from a page script fishing for the name.
  const onMainHello = () => {
    document.removeEventListener(HELLO_MAIN, onMainHello);
    sayHello();
  };
  document.addEventListener(HELLO_MAIN, onMainHello);
  sayHello();
  document.addEventListener(`${secret}:req`, (e) => {
    const d = (e as CustomEvent).detail as { id?: unknown; req?: unknown } | null;
    const id = d?.id;
    if (typeof id !== 'number') return;
    const reply = (a: PageAnswer) => document.dispatchEvent(new CustomEvent(`${secret}:res`, { detail: JSON.stringify({ id, a }) }));
    const req = parsePageRequest(d?.req);
    if (!req) return reply({ allow: false, reason: 'malformed request' });
    // A failure in a guard must not open the door: the caller gets a refusal (the handler logs what broke).
    handle(req).then(reply, (err: Error) => reply({ allow: false, reason: String(err?.message ?? err) }));
  });
}

/**
 * MAIN world: asks the isolated content script; `answer` gets null when no guard answered the handshake.
 *
 * A callback, not a promise: resolving a promise with an object looks up its `then`, and a page that defines
 * `Object.prototype.then` could then put its own answer in place of the guard's. Callers that need a promise resolve
 * it with a primitive they derive from the answer.
 */
export function connectBridge(): (req: PageRequest, answer: (a: PageAnswer | null) => void) => void {
  const doc = document;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const listen = EventTarget.prototype.addEventListener;
  const unlisten = EventTarget.prototype.removeEventListener;
  const CE = CustomEvent;
  const detailOf = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
  const apply = Reflect.apply;
  const parse = JSON.parse;
  const S = String;
  const hasOwn = Object.prototype.hasOwnProperty;
  const create = Object.create;
  const own = (o: unknown, k: string): unknown => (o !== null && typeof o === 'object' && apply(hasOwn, o, [k]) ? (o as Record<string, unknown>)[k] : undefined);
  const pending = new Map<number, (a: PageAnswer) => void>();
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  let secret: string | null = null;
  let seq = 0;

  const onIsoHello = (e: Event) => {
    const s = apply(detailOf, e, []);
    if (secret !== null || typeof s !== 'string') return;
    secret = s;
    apply(unlisten, doc, [HELLO_ISO, onIsoHello]);
    apply(listen, doc, [
      `${s}:res`,
      (ev: Event) => {
        let m: unknown;
        try {
          m = parse(S(apply(detailOf, ev, [])));
        } catch {
          return; // not ours
        }
        const id = own(m, 'id');
        const done = apply(mapGet, pending, [id]) as ((a: PageAnswer) => void) | undefined;
        if (!done) return;
        apply(mapDelete, pending, [id]);
        // Own properties only: a page's Object.prototype.allow must not read as the guard's "allow".
        const a = own(m, 'a');
        const reason = own(a, 'reason');
        done({ allow: own(a, 'allow') === true, reason: typeof reason === 'string' ? reason : undefined });
      },
    ]);
    // Seals the other side too, in case it ran second and heard no hello from us.
    apply(dispatch, doc, [new CE(HELLO_MAIN)]);
  };
  apply(listen, doc, [HELLO_ISO, onIsoHello]);
  apply(dispatch, doc, [new CE(HELLO_MAIN)]);

  return (req, answer) => {
    if (secret === null) return answer(null);
    const id = ++seq;
    apply(mapSet, pending, [id, answer]);
    // A prototype-less init: reading its bubbles/cancelable/composed must not run a getter the page put on Object.prototype
    // (it would see `this.detail`, the request, before the guard does).
    const init = create(null) as CustomEventInit;
    init.detail = { id, req };
    apply(dispatch, doc, [new CE(`${secret}:req`, init)]);
  };
}
