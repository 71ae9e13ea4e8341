// A private request/answer channel between a MAIN-world hook and the isolated content script.
//
// Both worlds share the DOM, so any event name the page knows it can listen to or forge. The two
// sides agree on a random event name in a handshake at document_start, before any page script
// runs, and never say it again; the MAIN side keeps pristine copies of every built-in it uses so
// a page that patches `dispatchEvent` or `CustomEvent` later cannot read or fake the traffic.
// Whichever world's script runs first, the other one's hello completes the handshake.

export interface BridgeRequest {
  op: string;
  [k: string]: string | number | boolean | null;
}
export type BridgeAnswer = Record<string, string | number | boolean | null>;

const hello = (ns: string, side: 'iso' | 'main') => `maruhi:${ns}:${side}-hello`;

/** Isolated world: answers the MAIN-world hook of `ns`. Call synchronously at document_start. */
export function serveBridge(ns: string, handle: (req: BridgeRequest) => Promise<BridgeAnswer>): void {
  // getRandomValues, not randomUUID: plain-http pages are not secure contexts and lack randomUUID.
  const rnd = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  const secret = `maruhi:${ns}:${rnd}`;
  const sayHello = () => document.dispatchEvent(new CustomEvent(hello(ns, 'iso'), { detail: secret }));
  // Only the first MAIN hello is answered: a later one can only come from a page script fishing for the name.
  const onMainHello = () => {
    document.removeEventListener(hello(ns, 'main'), onMainHello);
    sayHello();
  };
  document.addEventListener(hello(ns, 'main'), onMainHello);
  sayHello();
  document.addEventListener(`${secret}:req`, (e) => {
    const raw = (e as CustomEvent).detail;
    let msg: { id: number; req: BridgeRequest };
    try {
      msg = JSON.parse(String(raw));
      if (typeof msg.id !== 'number' || typeof msg.req?.op !== 'string') return;
    } catch {
      return;
    }
    const reply = (a: BridgeAnswer) => document.dispatchEvent(new CustomEvent(`${secret}:res`, { detail: JSON.stringify({ id: msg.id, a }) }));
    handle(msg.req).then(reply, (err: Error) => reply({ error: String(err?.message ?? err) }));
  });
}

/** MAIN world: asks the isolated content script. Resolves null when no guard answers the handshake. */
export function connectBridge(ns: string): (req: BridgeRequest) => Promise<BridgeAnswer | null> {
  const doc = document;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const listen = EventTarget.prototype.addEventListener;
  const unlisten = EventTarget.prototype.removeEventListener;
  const CE = CustomEvent;
  const detailOf = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const P = Promise;
  const pending = new Map<number, (a: BridgeAnswer) => void>();
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  let secret: string | null = null;
  let seq = 0;

  const onIsoHello = (e: Event) => {
    const s = apply(detailOf, e, []);
    if (secret !== null || typeof s !== 'string') return;
    secret = s;
    apply(unlisten, doc, [hello(ns, 'iso'), onIsoHello]);
    apply(listen, doc, [
      `${s}:res`,
      (ev: Event) => {
        try {
          const m = parse(String(apply(detailOf, ev, [])));
          const done = apply(mapGet, pending, [m.id]) as ((a: BridgeAnswer) => void) | undefined;
          if (!done) return;
          apply(mapDelete, pending, [m.id]);
          done(m.a);
        } catch {
          /* not ours */
        }
      },
    ]);
    // Seals the other side too, in case it ran second and heard no hello from us.
    apply(dispatch, doc, [new CE(hello(ns, 'main'))]);
  };
  apply(listen, doc, [hello(ns, 'iso'), onIsoHello]);
  apply(dispatch, doc, [new CE(hello(ns, 'main'))]);

  return (req) =>
    new P((resolve) => {
      if (secret === null) return resolve(null);
      const id = ++seq;
      apply(mapSet, pending, [id, resolve]);
      apply(dispatch, doc, [new CE(`${secret}:req`, { detail: stringify({ id, req }) })]);
    });
}
