// MAIN world: holds every way a page can send a body (fetch, XHR, beacon, WebSocket, forms) until the
// isolated guard has judged it — and the query of a URL those send, which carries data as well as a body does
// (a GET form, `fetch('/x?d=' + rows)`).
//
// The page's scripts share this world and may have replaced any built-in by the time a hook runs, so the hooks
// use only pristine copies taken at document_start and follow three rules:
// - types are told by brand checks (a native getter that throws on anything else), never by `instanceof`, which a
//   page can answer itself through Symbol.hasInstance;
// - every value the page hands over is read once, and what is sent is exactly what was judged: mutable bodies
//   (FormData, URLSearchParams, buffers) are copied, URLs converted once, and fetch's init read member by member
//   once, so no getter or later mutation can show the guard one body and the network another;
// - no promise is resolved with an object before the guard has answered (a page-defined `then` would see it).
import type { HookPart, PageAnswer, PageRequest } from '@/components/page-bridge';

export function installUploadHooks(bridge: (req: PageRequest, answer: (a: PageAnswer | null) => void) => void) {
  const W = window;
  const doc = document;
  const apply = Reflect.apply;
  const getProto = Object.getPrototypeOf;
  const desc = Object.getOwnPropertyDescriptor;
  const getter = (proto: object, name: string) => desc(proto, name)!.get!;
  const define = Object.defineProperty;
  const create = Object.create;
  const listen = EventTarget.prototype.addEventListener;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const P = Promise;
  const then = Promise.prototype.then;
  const S = String;
  const upper = String.prototype.toUpperCase;
  const TE = TypeError;
  const PE = ProgressEvent;
  const Ev = Event;
  const B = Blob;
  const FD = FormData;
  const US = URLSearchParams;
  const ReqC = Request;
  const isView = ArrayBuffer.isView;
  const blobSize = getter(Blob.prototype, 'size');
  const fileName = getter(File.prototype, 'name');
  const abLength = getter(ArrayBuffer.prototype, 'byteLength');
  const rsLocked = W.ReadableStream ? getter(W.ReadableStream.prototype, 'locked') : null;
  const docElement = getter(Document.prototype, 'documentElement');
  const outerHTML = getter(Element.prototype, 'outerHTML');
  const fdEntries = FormData.prototype.entries;
  const fdAppend = FormData.prototype.append;
  const fdSet = FormData.prototype.set;
  const fdGetAll = FormData.prototype.getAll;
  const blobSlice = Blob.prototype.slice;
  const fdNext = getProto(apply(fdEntries, new FD(), [])).next as () => IteratorResult<[string, FormDataEntryValue]>;
  const usToString = URLSearchParams.prototype.toString;
  const usEntries = URLSearchParams.prototype.entries;
  const usNext = getProto(apply(usEntries, new URLSearchParams(), [])).next as () => IteratorResult<[string, string]>;
  const URLC = URL;
  const urlSearch = getter(URL.prototype, 'search');
  const baseURI = getter(Node.prototype, 'baseURI');
  const charCode = String.prototype.charCodeAt;
  const reqClone = Request.prototype.clone;
  const reqBlob = Request.prototype.blob;
  const reqMethod = getter(Request.prototype, 'method');
  const reqUrl = getter(Request.prototype, 'url');
  const reqBody = getter(Request.prototype, 'body');
  const reqHeaders = getter(Request.prototype, 'headers');
  const hdrEntries = Headers.prototype.entries;
  const hdrNext = getProto(apply(hdrEntries, new Headers(), [])).next as () => IteratorResult<[string, string]>;
  const decodeURIC = decodeURIComponent;
  const xhrSetHeader = XMLHttpRequest.prototype.setRequestHeader;
  const fetch0 = W.fetch;
  const XHR = XMLHttpRequest.prototype;
  const xhrOpen = XHR.open;
  const xhrSend = XHR.send;
  const beacon0 = Navigator.prototype.sendBeacon;
  const wsSend = WebSocket.prototype.send;
  const wsUrl = getter(WebSocket.prototype, 'url');
  const formSubmit = HTMLFormElement.prototype.submit;
  const formAction = getter(HTMLFormElement.prototype, 'action');
  const formMethod = getter(HTMLFormElement.prototype, 'method');
  const querySelector = Element.prototype.querySelector;
  const submitterOf = desc(SubmitEvent.prototype, 'submitter')?.get;
  const eventTarget = getter(Event.prototype, 'target');
  const prevented = getter(Event.prototype, 'defaultPrevented');
  const preventDefault = Event.prototype.preventDefault;
  const createEl = Document.prototype.createElement;
  const append = Element.prototype.append;
  const remove = Element.prototype.remove;
  const setAttr = Element.prototype.setAttribute;
  const nameOf = getter(HTMLButtonElement.prototype, 'name');
  const valueOf = getter(HTMLButtonElement.prototype, 'value');
  const inputName = getter(HTMLInputElement.prototype, 'name');
  const inputValue = getter(HTMLInputElement.prototype, 'value');
  const WM = WeakMap;
  const WS = WeakSet;
  const wsAdd = WeakSet.prototype.add;
  const wsHas = WeakSet.prototype.has;
  const wsDelete = WeakSet.prototype.delete;
  const wmGet = WeakMap.prototype.get;
  const wmSet = WeakMap.prototype.set;
  const loc = location;
  const hrefOf = desc(loc, 'href')!.get!; // an own, unforgeable property of location, not of its prototype

  const is = (brand: ((this: never) => unknown) | null, v: unknown): boolean => {
    if (!brand || v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    try {
      apply(brand, v, []);
      return true;
    } catch {
      return false;
    }
  };
  // Methods brand-check too: FormData.prototype.entries and URLSearchParams.prototype.toString throw on anything else.
  const isFD = (v: unknown) => is(fdEntries as (this: never) => unknown, v);
  const isUS = (v: unknown) => is(usToString as (this: never) => unknown, v);
  /** Appends without Array.prototype.push or an index setter a page could have put on Array.prototype. */
  const put = <T>(list: T[], v: T) => define(list, list.length, { value: v, writable: true, enumerable: true, configurable: true });
  const up = (s: unknown) => apply(upper, S(s), []) as string;

  /**
   * The query a URL sends, as fields, when it could carry customer data: an @, non-ASCII text (names, addresses),
   * digit groups joined by hyphens (a phone), or two phones written without them, raw or percent-encoded. Other queries (ids, paging, analytics
   * counters) go without a round trip to the guard. Fields: the guard decodes and labels them as it does a form's.
   */
  const queryParts = (url: string): HookPart[] | null => {
    let q: string;
    try {
      q = apply(urlSearch, new URLC(url, apply(baseURI, doc, []) as string), []) as string;
    } catch {
      return null;
    }
    if (q.length < 12 || !mayCarryData(q)) return null;
    const parts: HookPart[] = [];
    const it = apply(usEntries, new US(q), []);
    for (let r = apply(usNext, it, []); !r.done; r = apply(usNext, it, [])) put(parts, { name: r.value[0], text: r.value[1] });
    return parts.length ? parts : null;
  };
  const mayCarryData = (q: string): boolean => {
    let run = 0; // digits in the current group
    let first = 0; // its first digit
    let groups = 0; // hyphen-joined groups of ≥ 2 digits so far
    let plain = 0; // phones written without hyphens (0 and 9–10 more digits) so far
    const endRun = (): boolean => {
      if (groups >= 2 && run >= 3) return true; // 090-1234-5678
      if (groups === 0 && first === 48 && (run === 10 || run === 11) && ++plain >= 2) return true; // 09012345678, twice
      groups = 0;
      run = 0;
      return false;
    };
    for (let i = 0; i < q.length; i++) {
      let c = apply(charCode, q, [i]) as number;
      if (c === 37 && i + 2 < q.length) {
        // %40 is @, %2D a hyphen, %C2–%F4 start a non-ASCII character
        const h = (apply(charCode, q, [i + 1]) as number) | 0x20; // lower case
        const l = (apply(charCode, q, [i + 2]) as number) | 0x20;
        if (h >= 0x63 && h <= 0x66) return true; // c–f
        if (h === 0x34 && l === 0x30) return true;
        if (h === 0x32 && l === 0x64) {
          c = 45;
          i += 2;
        }
      }
      if (c === 64 || c > 127) return true;
      if (c >= 48 && c <= 57) {
        if (run++ === 0) first = c;
      } else if (c === 45 && run >= 2) {
        groups++;
        run = 0;
      } else if (endRun()) return true;
    }
    return endRun();
  };
  /**
   * Request header values that could carry customer data (the same test as a query's), as fields named after their
   * header, percent-decoded when they were encoded: a header is a way out too (fetch(url, {headers: {'x-data': …}})).
   * Most requests set none, or set tokens and types the test lets go at once.
   */
  const headerPart = (name: string, value: string): HookPart | null => {
    if (value.length < 12 || !mayCarryData(value)) return null;
    let text = value;
    try {
      text = decodeURIC(value);
    } catch {
      // not percent-encoded after all: judged as written
    }
    return { name: 'header ' + name, text };
  };
  const headerParts = (h: Headers): HookPart[] | null => {
    let parts: HookPart[] | null = null;
    const it = apply(hdrEntries, h, []);
    for (let r = apply(hdrNext, it, []); !r.done; r = apply(hdrNext, it, [])) {
      const part = headerPart(r.value[0], r.value[1]);
      if (part) put((parts ??= []), part);
    }
    return parts;
  };
  const join = (a: HookPart[] | null, b: HookPart[] | null): HookPart[] | null => {
    if (!a || !b) return a ?? b;
    for (let i = 0; i < b.length; i++) put(a, b[i]);
    return a;
  };

  // --- chunked uploads: a piece of a file is judged as the whole file, once per file and destination ---
  // Upload widgets (Dropzone, FilePond, tus, resumable.js …) send big files as file.slice() pieces, alone or in a
  // FormData. A piece of a spreadsheet is no spreadsheet (unreadable), and each piece of a CSV would ask the user
  // again. So a slice remembers the blob it was cut from, the guard judges that, and the answer serves every piece
  // sent to the same origin.
  const roots = new WM<Blob, Blob>();
  const rootOf = (b: Blob): Blob => (apply(wmGet, roots, [b]) as Blob | undefined) ?? b;
  define(Blob.prototype, 'slice', {
    value: function slice(this: Blob, start?: number, end?: number, contentType?: string) {
      const piece = apply(blobSlice, this, [start, end, contentType]) as Blob;
      apply(wmSet, roots, [piece, rootOf(this)]);
      return piece;
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
  // FormData wraps an appended Blob in a new File: that File is a piece too.
  for (const [name, native] of [['append', fdAppend], ['set', fdSet]] as const) {
    define(FormData.prototype, name, {
      value: {
        [name](this: FormData, key: string, value: string | Blob, filename?: string) {
          const r = apply(native, this, filename === undefined ? [key, value] : [key, value, filename]);
          const root = is(blobSize, value) ? (apply(wmGet, roots, [value]) as Blob | undefined) : undefined;
          if (root) {
            const all = apply(fdGetAll, this, [key]) as FormDataEntryValue[];
            apply(wmSet, roots, [all[all.length - 1], root]);
          }
          return r;
        },
      }[name],
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  /** Parts that stand for the whole file a smaller piece was cut from (a whole-range slice is the file itself: its
   *  retries are judged and recorded each time, like the file's). */
  const pieces = new WS<HookPart>();
  /** Answers already given for whole files, by destination origin. */
  const answered = new WM<Blob, Map<string, Promise<boolean>>>();
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const urlOrigin = getter(URL.prototype, 'origin');
  const originOf = (url: string) => {
    try {
      return apply(urlOrigin, new URLC(url, apply(baseURI, doc, []) as string), []) as string;
    } catch {
      return '';
    }
  };

  /**
   * A body as the guard judges it and as it will be sent: one read, and a copy of anything the page could change
   * afterwards. `parts` is null when there is nothing to judge.
   */
  type Snap = { parts: HookPart[] | null; send: unknown };
  const snapshot = (body: unknown): Snap => {
    if (body === null || body === undefined) return { parts: null, send: body };
    if (typeof body === 'string') return { parts: body.length ? [{ text: body }] : null, send: body };
    if (is(blobSize, body)) {
      const root = rootOf(body as Blob);
      const part: HookPart = { blob: root, name: is(fileName, root) ? (apply(fileName, root, []) as string) : is(fileName, body) ? (apply(fileName, body, []) as string) : undefined };
      if (root !== body && apply(blobSize, body, []) !== apply(blobSize, root, [])) apply(wsAdd, pieces, [part]);
      return { parts: [part], send: body };
    }
    if (is(abLength, body) || isView(body)) {
      const copy = new B([body as ArrayBuffer]); // copies the bytes now
      return { parts: [{ blob: copy }], send: copy };
    }
    if (isUS(body)) {
      const text = apply(usToString, body, []) as string;
      return { parts: text.length ? [{ text }] : null, send: new US(text) };
    }
    if (isFD(body)) {
      const parts: HookPart[] = [];
      const copy = new FD();
      const it = apply(fdEntries, body, []);
      for (let r = apply(fdNext, it, []); !r.done; r = apply(fdNext, it, [])) {
        const k = r.value[0];
        const v = r.value[1];
        if (typeof v === 'string') {
          put(parts, { name: k, text: v });
          apply(fdAppend, copy, [k, v]);
        } else {
          const name = apply(fileName, v, []) as string;
          const part: HookPart = { name, blob: rootOf(v) };
          if (part.blob !== v && apply(blobSize, v, []) !== apply(blobSize, part.blob, [])) apply(wsAdd, pieces, [part]);
          put(parts, part);
          apply(fdAppend, copy, [k, v, name]);
        }
      }
      return { parts: parts.length ? parts : null, send: copy };
    }
    if (is(rsLocked, body)) return { parts: [{ stream: true }], send: body };
    if (is(docElement, body)) {
      const root = apply(docElement, body, []) as Element | null;
      return { parts: [{ text: root ? (apply(outerHTML, root, []) as string) : '' }], send: body };
    }
    // Anything else is sent as its string: convert it once, so a toString that changes its answer cannot differ.
    const text = S(body);
    return { parts: text.length ? [{ text }] : null, send: text };
  };

  /**
   * Resolves true when the upload may go. No guard in this frame (no handshake): the network backstop still applies.
   * Resolved with a boolean, never an object: a page-defined `then` on a prototype must not stand in for the answer.
   */
  const ask0 = (op: 'upload' | 'submit', via: string, url: string, method: string, parts: HookPart[]): Promise<boolean> =>
    new P((resolve) => bridge({ op, via, url, method, parts }, (a) => resolve(a === null || a.allow === true)));
  const ask = (op: 'upload' | 'submit', via: string, url: string, method: string, parts: HookPart[]): Promise<boolean> => {
    // A piece of a file already judged for this origin (alone, or with short text fields such as a chunk index)
    // takes the answer the whole file got.
    let whole: Blob | null = null;
    for (let i = 0; i < parts.length; i++) {
      const b = parts[i].blob;
      if (b) {
        if (whole || !apply(wsHas, pieces, [parts[i]])) return ask0(op, via, url, method, parts);
        whole = b;
      } else if ((parts[i].text ?? '').length > 64) return ask0(op, via, url, method, parts);
    }
    if (!whole) return ask0(op, via, url, method, parts);
    const origin = originOf(url);
    let byOrigin = apply(wmGet, answered, [whole]) as Map<string, Promise<boolean>> | undefined;
    const earlier = byOrigin ? (apply(mapGet, byOrigin, [origin]) as Promise<boolean> | undefined) : undefined;
    if (earlier) return earlier;
    const answer = ask0(op, via, url, method, parts);
    if (!byOrigin) apply(wmSet, answered, [whole, (byOrigin = new Map())]);
    apply(mapSet, byOrigin, [origin, answer]);
    return answer;
  };
  const failed = () => new TE('Failed to fetch');

  // --- fetch ---
  // Every RequestInit member, standard and Chromium's own (an unknown one is ignored; a missing one would be lost).
  const INIT = ['method', 'headers', 'body', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'signal', 'duplex', 'priority', 'window', 'attributionReporting', 'browsingTopics', 'sharedStorageWritable', 'adAuctionHeaders', 'privateToken', 'targetAddressSpace'];
  const fetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // The init the browser will use, read once member by member; the request is built from it and from nothing else.
    let own: Record<string, unknown> | undefined;
    let snap: Snap = { parts: null, send: undefined };
    try {
      if (init !== undefined && init !== null) {
        own = create(null) as Record<string, unknown>;
        for (let i = 0; i < INIT.length; i++) {
          const v = (init as Record<string, unknown>)[INIT[i]];
          if (v !== undefined) own[INIT[i]] = v;
        }
        if ('body' in own) {
          snap = snapshot(own.body);
          own.body = snap.send;
        }
      }
      // The copied FormData gets its own multipart boundary from the browser, as the original would have.
      const req = new ReqC(input, own as RequestInit | undefined);
      const method = up(apply(reqMethod, req, []));
      const url = apply(reqUrl, req, []) as string;
      const query = join(queryParts(url), headerParts(apply(reqHeaders, req, []) as Headers));
      const go = (parts: HookPart[]) =>
        apply(then, ask('upload', 'fetch', url, method, parts), [(ok: boolean) => (ok ? (apply(fetch0, W, [req]) as Promise<Response>) : P.reject(failed()))]) as Promise<Response>;
      if (method === 'GET' || method === 'HEAD' || apply(reqBody, req, []) === null) return query ? go(query) : (apply(fetch0, W, [req]) as Promise<Response>);
      if (snap.parts) return go(join(snap.parts, query)!);
      // The body came with a Request: judge its bytes (a clone; the request itself is sent untouched).
      return new P<Response>((resolve, reject) =>
        apply(then, apply(reqBlob, apply(reqClone, req, []), []), [
          (b: Blob) =>
            apply(blobSize, b, []) || query
              ? apply(then, go(join(apply(blobSize, b, []) ? [{ blob: b }] : null, query)!), [resolve, reject])
              : resolve(apply(fetch0, W, [req]) as Promise<Response>),
          reject,
        ]),
      );
    } catch (e) {
      return P.reject(e); // what fetch itself would have thrown (a bad URL, a used body …)
    }
  };
  define(W, 'fetch', { value: fetch, writable: true, configurable: true, enumerable: true });

  // --- XMLHttpRequest ---
  const opened = new WM<XMLHttpRequest, { method: string; url: string; headers?: HookPart[] }>();
  define(XHR, 'setRequestHeader', {
    value: function setRequestHeader(this: XMLHttpRequest, name: string, value: string) {
      const n = S(name);
      const v = S(value);
      apply(xhrSetHeader, this, [n, v]); // (throws, as the browser's does, on a bad name or before open)
      const o = apply(wmGet, opened, [this]) as { headers?: HookPart[] } | undefined;
      const part = o ? headerPart(n, v) : null;
      if (o && part) put((o.headers ??= []), part);
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
  define(XHR, 'open', {
    value: function open(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      // Converted once, and the browser gets the same strings the guard will judge.
      const m = S(method);
      const u = S(url);
      apply(wmSet, opened, [this, { method: up(m), url: u }]);
      return apply(xhrOpen, this, [m, u, ...rest]);
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
  define(XHR, 'send', {
    value: function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const o = apply(wmGet, opened, [this]) as { method: string; url: string; headers?: HookPart[] } | undefined;
      const snap = snapshot(body);
      // (A GET or HEAD sends no body whatever send() is given: only its query, and its headers.)
      const parts = o ? join(join(o.method === 'GET' || o.method === 'HEAD' ? null : snap.parts, queryParts(o.url)), o.headers ?? null) : null;
      if (!o || !parts) return apply(xhrSend, this, [snap.send]);
      const x = this;
      // Held: sent later with the pristine send, or failed like a network error so the widget does not hang.
      apply(then, ask('upload', 'xhr', o.url, o.method, parts), [
        (ok: boolean) => {
          if (ok) return apply(xhrSend, x, [snap.send]);
          apply(dispatch, x, [new PE('error')]);
          apply(dispatch, x, [new PE('loadend')]);
        },
      ]);
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });

  // --- sendBeacon: answers "queued" at once, sends later if allowed ---
  define(Navigator.prototype, 'sendBeacon', {
    value: function sendBeacon(this: Navigator, url: string | URL, data?: BodyInit | null) {
      const u = S(url);
      const snap = snapshot(data);
      const parts = join(snap.parts, queryParts(u));
      if (!parts) return apply(beacon0, this, snap.send === undefined ? [u] : [u, snap.send]);
      const nav = this;
      apply(then, ask('upload', 'beacon', u, 'POST', parts), [(ok: boolean) => ok && apply(beacon0, nav, [u, snap.send])]);
      return true;
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });

  // --- WebSocket.send: messages are judged in order and sent in order ---
  // Each socket's queue is a chain of callbacks on pristine promises resolved with booleans only.
  const queues = new WM<WebSocket, Promise<boolean>>();
  define(WebSocket.prototype, 'send', {
    value: function send(this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      const snap = snapshot(data);
      const ws = this;
      const queued = apply(wmGet, queues, [ws]) as Promise<boolean> | undefined;
      if (!snap.parts && !queued) return apply(wsSend, ws, [snap.send]);
      const url = apply(wsUrl, ws, []) as string;
      const parts = snap.parts;
      const judged = new P<boolean>((resolve) => {
        const judge = () => (parts ? apply(then, ask('upload', 'websocket', url, 'WS', parts), [resolve]) : resolve(true));
        if (queued) apply(then, queued, [judge, judge]);
        else judge();
      });
      const sent = new P<boolean>((resolve) =>
        apply(then, judged, [
          (ok: boolean) => {
            if (ok) apply(wsSend, ws, [snap.send]);
            else apply(dispatch, ws, [new Ev('error')]);
            resolve(ok);
          },
        ]),
      );
      apply(wmSet, queues, [ws, sent]);
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });

  // --- forms: submit events (requestSubmit, buttons) and form.submit() ---
  const formData = (f: HTMLFormElement, submitter?: HTMLElement | null): FormData => {
    try {
      return submitter ? new FD(f, submitter) : new FD(f);
    } catch {
      return new FD(f);
    }
  };
  /** What a form sends now, as the guard compares it: text fields by value, files by name and size. */
  const sameParts = (a: HookPart[], b: HookPart[]) => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (x.name !== y.name || x.text !== y.text || !x.blob !== !y.blob) return false;
      if (x.blob && y.blob && x.blob !== y.blob && apply(blobSize, x.blob, []) !== apply(blobSize, y.blob, [])) return false;
    }
    return true;
  };
  const resubmit = (f: HTMLFormElement, submitter?: HTMLElement | null) => {
    let extra: HTMLInputElement | null = null;
    // The pristine submit() drops the button's name=value: carry it in a hidden field for this one submission.
    const name = submitter && is(nameOf, submitter) ? (apply(nameOf, submitter, []) as string) : submitter && is(inputName, submitter) ? (apply(inputName, submitter, []) as string) : '';
    if (submitter && name) {
      const value = is(valueOf, submitter) ? apply(valueOf, submitter, []) : apply(inputValue, submitter, []);
      extra = apply(createEl, doc, ['input']) as HTMLInputElement;
      apply(setAttr, extra, ['type', 'hidden']);
      apply(setAttr, extra, ['name', name]);
      apply(setAttr, extra, ['value', S(value ?? '')]);
      apply(append, f, [extra]);
    }
    apply(formSubmit, f, []);
    if (extra) apply(remove, extra, []);
  };
  const judgeForm = (f: HTMLFormElement, submitter: HTMLElement | null | undefined, via: string, round = 0, wanted = () => true) => {
    const method = up(apply(formMethod, f, []));
    const parts = snapshot(formData(f, submitter)).parts ?? [];
    apply(then, ask('submit', via, S(apply(formAction, f, [])) || (apply(hrefOf, loc, []) as string), method, parts), [
      (ok: boolean) => {
        // Not sent when refused, or when the page itself cancelled the submission it stopped.
        if (!ok || !wanted()) return;
        // The page may have changed the form while the guard judged it: what was judged is what goes, or it is judged again.
        if (sameParts(parts, snapshot(formData(f, submitter)).parts ?? [])) resubmit(f, submitter);
        else if (round < 3) judgeForm(f, submitter, via, round + 1, wanted); // a form that keeps changing is not sent at all
      },
    ]);
  };
  const hasFiles = (f: HTMLFormElement) => !!apply(querySelector, f, ['input[type=file]']);
  /** A GET form puts its fields in the URL: it is judged like a query, so a search box goes at once. */
  const plainGet = (f: HTMLFormElement, submitter?: HTMLElement | null) => {
    if (up(apply(formMethod, f, [])) !== 'GET' || hasFiles(f)) return false;
    const parts = snapshot(formData(f, submitter)).parts;
    if (parts) for (let i = 0; i < parts.length; i++) if (mayCarryData(parts[i].text ?? '')) return false;
    return true;
  };
  // A submit event is judged once the page's own handlers have run, at the window in the bubble phase: only a
  // submission that would really happen is held. A page that stops the event's propagation keeps it from reaching
  // the window, so stopping a submit event in flight hands it to the guard there and then: the submission is held,
  // and judged after the dispatch unless the page itself cancels it (preventDefault, returnValue).
  const inFlight = new WS<Event>();
  const pageCanceled = new WS<Event>();
  const hold = (e: SubmitEvent) => {
    apply(wsDelete, inFlight, [e]);
    const f = apply(eventTarget, e, []);
    if (!is(formMethod, f) || apply(prevented, e, [])) return;
    const form = f as HTMLFormElement;
    const submitter = submitterOf ? (apply(submitterOf, e, []) as HTMLElement | null) : null;
    if (plainGet(form, submitter)) return;
    apply(preventDefault, e, []);
    judgeForm(form, submitter, 'form', 0, () => !apply(wsHas, pageCanceled, [e]));
  };
  // Only trusted events submit: a page's own dispatchEvent(new SubmitEvent('submit')) sends nothing, and neither do we.
  apply(listen, W, ['submit', (e: SubmitEvent) => e.isTrusted && apply(wsAdd, inFlight, [e]), true]);
  apply(listen, W, ['submit', (e: SubmitEvent) => apply(wsHas, inFlight, [e]) && hold(e)]);
  const EP = Event.prototype;
  for (const name of ['stopPropagation', 'stopImmediatePropagation'] as const) {
    const native = EP[name];
    define(EP, name, {
      value: {
        [name](this: Event) {
          apply(native, this, []);
          if (apply(wsHas, inFlight, [this])) hold(this as SubmitEvent);
        },
      }[name],
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  const nativePrevent = preventDefault; // (a function named preventDefault below would shadow it)
  define(EP, 'preventDefault', {
    value: function preventDefault(this: Event) {
      apply(wsAdd, pageCanceled, [this]);
      apply(nativePrevent, this, []);
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
  // e.cancelBubble = true stops propagation; e.returnValue = false cancels: the same notes as the methods above.
  const onSet = (name: 'cancelBubble' | 'returnValue', note: (e: Event, v: boolean) => void) => {
    const d = desc(EP, name)!;
    define(EP, name, {
      ...d,
      set(this: Event, v: boolean) {
        apply(d.set!, this, [v]);
        note(this, v);
      },
    });
  };
  onSet('cancelBubble', (e, v) => v && apply(wsHas, inFlight, [e]) && hold(e as SubmitEvent));
  onSet('returnValue', (e, v) => !v && apply(wsAdd, pageCanceled, [e]));
  define(HTMLFormElement.prototype, 'submit', {
    value: function submit(this: HTMLFormElement) {
      if (plainGet(this)) return apply(formSubmit, this, []);
      judgeForm(this, null, 'form.submit');
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
}
