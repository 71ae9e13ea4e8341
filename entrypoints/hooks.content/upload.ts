// MAIN world: holds every way a page can send a body (fetch, XHR, beacon, WebSocket, forms) until the
// isolated guard has judged it. Keeps pristine built-ins taken before any page script runs.
import type { HookPart, PageAnswer, PageRequest } from '@/components/page-bridge';

export function installUploadHooks(bridge: (req: PageRequest) => Promise<PageAnswer | null>) {
  const W = window;
  const doc = document;
  const apply = Reflect.apply;
  const listen = EventTarget.prototype.addEventListener;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const P = Promise;
  const TE = TypeError;
  const PE = ProgressEvent;
  const Ev = Event;
  const B = Blob;
  const FD = FormData;
  const US = URLSearchParams;
  const RS = W.ReadableStream;
  const AB = ArrayBuffer;
  const isView = ArrayBuffer.isView;
  const fdEntries = FormData.prototype.entries;
  const usToString = URLSearchParams.prototype.toString;
  const blobSize = Object.getOwnPropertyDescriptor(Blob.prototype, 'size')!.get!;
  const fileName = Object.getOwnPropertyDescriptor(File.prototype, 'name')!.get!;
  const isFile = (v: unknown): v is File => v instanceof File;
  const ReqC = Request;
  const reqClone = Request.prototype.clone;
  const reqBlob = Request.prototype.blob;
  const reqMethod = Object.getOwnPropertyDescriptor(Request.prototype, 'method')!.get!;
  const reqUrl = Object.getOwnPropertyDescriptor(Request.prototype, 'url')!.get!;
  const reqBody = Object.getOwnPropertyDescriptor(Request.prototype, 'body')!.get!;
  const fetch0 = W.fetch;
  const XHR = XMLHttpRequest.prototype;
  const xhrOpen = XHR.open;
  const xhrSend = XHR.send;
  const beacon0 = Navigator.prototype.sendBeacon;
  const wsSend = WebSocket.prototype.send;
  const wsUrl = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'url')!.get!;
  const formSubmit = HTMLFormElement.prototype.submit;
  const formAction = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'action')!.get!;
  const formMethod = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'method')!.get!;
  const createEl = Document.prototype.createElement;
  const append = Element.prototype.append;
  const remove = Element.prototype.remove;
  const setAttr = Element.prototype.setAttribute;
  const WM = WeakMap;
  const wmGet = WeakMap.prototype.get;
  const wmSet = WeakMap.prototype.set;
  const then = Promise.prototype.then;
  const define = Object.defineProperty;
  const loc = location;

    /** Resolves true when the upload may go. No guard in this frame (no handshake): the network backstop still applies. */
  const ask = (op: 'upload' | 'submit', via: string, url: string, method: string, parts: HookPart[]): Promise<boolean> =>
    apply(then, bridge({ op, via, url: String(url), method, parts }), [(a: PageAnswer | null) => a === null || a.allow === true]) as Promise<boolean>;

  /** Body → parts without reading it; null when there is nothing to judge. */
  const partsOf = (body: unknown): HookPart[] | null => {
    if (body == null) return null;
    if (typeof body === 'string') return body.length ? [{ text: body }] : null;
    if (body instanceof B) return [{ blob: body, name: isFile(body) ? apply(fileName, body, []) : undefined }];
    if (body instanceof AB || isView(body)) return [{ blob: new B([body as ArrayBuffer]) }];
    if (body instanceof US) return [{ text: apply(usToString, body, []) }];
    if (body instanceof FD) {
      const out: HookPart[] = [];
      const it = apply(fdEntries, body, []) as IterableIterator<[string, FormDataEntryValue]>;
      for (let r = it.next(); !r.done; r = it.next()) {
        const [k, v] = r.value;
        out.push(typeof v === 'string' ? { name: k, text: v } : { name: apply(fileName, v, []), blob: v });
      }
      return out.length ? out : null;
    }
    if (RS && body instanceof RS) return [{ stream: true }];
    if (body instanceof Document) return [{ text: body.documentElement?.outerHTML ?? '' }];
    return [{ text: String(body) }];
  };
  const failed = () => new TE('Failed to fetch');

  // --- fetch ---
  const fetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const args = arguments;
    const isReq = input instanceof ReqC;
    const method = String(init?.method ?? (isReq ? apply(reqMethod, input, []) : 'GET')).toUpperCase();
    const url = isReq ? apply(reqUrl, input, []) : String(input);
    let parts: HookPart[] | null | Promise<HookPart[] | null> = init && 'body' in init ? partsOf(init.body) : null;
    if (!parts && isReq && apply(reqBody, input, []) !== null)
      parts = apply(then, apply(reqBlob, apply(reqClone, input, []), []), [(b: Blob) => (apply(blobSize, b, []) ? [{ blob: b }] : null)]) as Promise<HookPart[] | null>;
    if (!parts || method === 'GET' || method === 'HEAD') return apply(fetch0, this, args) as Promise<Response>;
    return apply(then, P.resolve(parts), [
      (ps: HookPart[] | null) =>
        ps
          ? apply(then, ask('upload', 'fetch', url, method, ps), [(ok: boolean) => (ok ? apply(fetch0, W, args) : P.reject(failed()))])
          : apply(fetch0, W, args),
    ]) as Promise<Response>;
  };
  define(W, 'fetch', { value: fetch, writable: true, configurable: true, enumerable: true });

  // --- XMLHttpRequest ---
  const opened = new WM<XMLHttpRequest, { method: string; url: string }>();
  define(XHR, 'open', {
    value: function open(this: XMLHttpRequest, method: string, url: string | URL) {
      apply(wmSet, opened, [this, { method: String(method).toUpperCase(), url: String(url) }]);
      return apply(xhrOpen, this, arguments);
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
  define(XHR, 'send', {
    value: function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const o = apply(wmGet, opened, [this]) as { method: string; url: string } | undefined;
      const parts = partsOf(body);
      if (!o || !parts || o.method === 'GET' || o.method === 'HEAD') return apply(xhrSend, this, arguments);
      const x = this;
      const args = arguments;
      // Held: sent later with the pristine send, or failed like a network error so the widget does not hang.
      apply(then, ask('upload', 'xhr', o.url, o.method, parts), [
        (ok: boolean) => {
          if (ok) return apply(xhrSend, x, args);
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
      const parts = partsOf(data);
      if (!parts) return apply(beacon0, this, arguments);
      const nav = this;
      const args = arguments;
      apply(then, ask('upload', 'beacon', String(url), 'POST', parts), [(ok: boolean) => ok && apply(beacon0, nav, args)]);
      return true;
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });

  // --- WebSocket.send: messages are judged in order and sent in order ---
  const queues = new WM<WebSocket, Promise<unknown>>();
  define(WebSocket.prototype, 'send', {
    value: function send(this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      const parts = partsOf(data);
      const ws = this;
      const args = arguments;
      const queued = apply(wmGet, queues, [ws]) as Promise<unknown> | undefined;
      if (!parts && !queued) return apply(wsSend, ws, args);
      const prev = queued ?? P.resolve();
      const url = apply(wsUrl, ws, []);
      const next = apply(then, prev, [
        () => (parts ? ask('upload', 'websocket', url, 'WS', parts) : true),
      ]);
      apply(wmSet, queues, [
        ws,
        apply(then, next, [
          (ok: boolean) => {
            if (ok) return apply(wsSend, ws, args);
            apply(dispatch, ws, [new Ev('error')]);
          },
        ]),
      ]);
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });

  // --- forms: submit events (requestSubmit, buttons) and form.submit() ---
  const formParts = (f: HTMLFormElement, submitter?: HTMLElement | null): HookPart[] => {
    let fd: FormData;
    try {
      fd = submitter ? new FD(f, submitter) : new FD(f);
    } catch {
      fd = new FD(f);
    }
    return partsOf(fd) ?? [];
  };
  const resubmit = (f: HTMLFormElement, submitter?: HTMLElement | null) => {
    const s = submitter as HTMLButtonElement | null | undefined;
    let extra: HTMLInputElement | null = null;
    // The pristine submit() drops the button's name=value: carry it in a hidden field for this one submission.
    if (s && s.name) {
      extra = apply(createEl, doc, ['input']) as HTMLInputElement;
      apply(setAttr, extra, ['type', 'hidden']);
      apply(setAttr, extra, ['name', s.name]);
      apply(setAttr, extra, ['value', s.value ?? '']);
      apply(append, f, [extra]);
    }
    apply(formSubmit, f, []);
    if (extra) apply(remove, extra, []);
  };
  const judgeForm = (f: HTMLFormElement, submitter: HTMLElement | null | undefined, via: string) => {
    const method = String(apply(formMethod, f, [])).toUpperCase();
    const parts = formParts(f, submitter);
    apply(then, ask('submit', via, apply(formAction, f, []) || loc.href, method, parts), [(ok: boolean) => ok && resubmit(f, submitter)]);
  };
  // Bubble phase on window: the page's own handlers have run; only a submission that would really happen is held.
  apply(listen, W, [
    'submit',
    (e: SubmitEvent) => {
      const f = e.target;
      if (!(f instanceof HTMLFormElement) || e.defaultPrevented) return;
      if (String(apply(formMethod, f, [])).toUpperCase() === 'GET' && !hasFiles(f)) return;
      e.preventDefault();
      judgeForm(f, e.submitter, 'form');
    },
  ]);
  const hasFiles = (f: HTMLFormElement) => !!f.querySelector('input[type=file]');
  define(HTMLFormElement.prototype, 'submit', {
    value: function submit(this: HTMLFormElement) {
      if (String(apply(formMethod, this, [])).toUpperCase() === 'GET' && !hasFiles(this)) return apply(formSubmit, this, []);
      judgeForm(this, null, 'form.submit');
    },
    writable: true,
    configurable: true,
    enumerable: true,
  });
}
