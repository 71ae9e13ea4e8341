// Real upload widgets from npm (Uppy, FilePond, Dropzone) in a real Chromium: a customer CSV sends zero bytes to the
// blocked share site whether the user chooses it or the page hands it to the widget, and the widget reports an
// ordinary error instead of hanging; the approved partner gets it; harmless files still go to the blocked site.
import type { Page } from '@playwright/test';
import { test, expect, demoPolicy, type Ext, type Sites } from './fixtures';
// @ts-expect-error plain ESM helper without types
import { customersCsv, generateCustomers } from '../sites/customers.mjs';
import { makeXlsx } from '../tools/zip-writer';

const CSV: string = customersCsv(generateCustomers(7, 80));
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(50_000, 7)]);
const MEMO = Buffer.from('会議は15時からです。資料は共有フォルダにあります。');

/** Each widget's own hidden file input (Uppy's Dashboard also has a folder input: not that one). */
const WIDGETS = [
  { id: 'uppy', input: 'input.uppy-Dashboard-input:not([webkitdirectory])', files: 'uppy.getFiles().length', multiple: true, retries: [1, 2, 3] },
  { id: 'filepond', input: 'input.filepond--browser', files: 'pond.getFiles().length', multiple: false, retries: [] },
  { id: 'dropzone', input: 'input.dz-hidden-input', files: 'dz.files.length', multiple: true, retries: [] },
] as const;


async function open(ext: Ext, sites: Sites, host: string, widget: string): Promise<Page> {
  await ext.importPolicy(demoPolicy());
  const page = await ext.page();
  await page.goto(sites.url(host, `/widgets/${widget}`));
  await expect(page.locator('#status')).toHaveText('ready');
  sites.clearRequests();
  return page;
}

async function guardEvents(ext: Ext): Promise<any[]> {
  const p = await ext.page();
  await p.goto(`chrome-extension://${ext.id}/options.html`);
  const r = await p.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 200 }));
  await p.close();
  return r.events.filter((e: any) => e.kind === 'guard' && e.channel === 'upload');
}

for (const w of WIDGETS) {
  test.describe(`${w.id} widget`, () => {
    test(`${w.id}: a customer CSV sends zero bytes to the blocked site, chosen by the user or handed over by the page, and the widget fails normally`, async ({ ext, sites }) => {
      const page = await open(ext, sites, 'share.test', w.id);
      const status = page.locator('#status');

      // Chosen in the widget's own file input: refused before the widget sees the file.
      await page.locator(w.input).setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      await expect(page.locator('maruhi-notice')).toBeAttached();
      expect(await page.evaluate(w.files)).toBe(0);
      await expect(status).toHaveText('ready');

      // Handed to the widget by the page itself: the widget's own request is refused, and it says so like any network error.
      await page.locator('maruhi-notice').evaluate((n) => n.remove());
      await page.evaluate((csv) => (window as any).widgetAdd('customers.csv', csv), CSV);
      await expect(status).toHaveText(/^error: customers\.csv/);
      await expect(page.locator('maruhi-notice')).toBeAttached();

      expect(sites.bytesReceived('share.test')).toBe(0);
      expect(sites.requests.filter((r) => r.host === 'share.test' && r.path === '/upload')).toEqual([]);
      // Every attempt is refused and recorded; a widget's own retries (Uppy retries three times) are marked as such.
      const blocked = (await guardEvents(ext)).filter((e) => e.decision === 'block' && e.file?.name === 'customers.csv');
      expect(blocked.filter((e) => e.detail?.via === 'file-input')).toHaveLength(1);
      const sends = blocked.filter((e) => e.detail?.via !== 'file-input');
      expect(sends.filter((e) => e.detail?.retry === undefined)).toHaveLength(1);
      expect(sends.filter((e) => e.detail?.retry !== undefined).map((e) => e.detail.retry).sort()).toEqual(w.retries);
      expect(new Set(blocked.map((e) => e.detail?.via))).toEqual(new Set(['file-input', 'xhr']));
      expect(blocked.every((e) => e.destinationHost === 'share.test' && e.detection.people > 0)).toBe(true);
    });

    test(`${w.id}: a harmless image and a harmless text file still upload to the blocked site`, async ({ ext, sites }) => {
      const page = await open(ext, sites, 'share.test', w.id);
      const log = page.locator('#log');
      const photo = { name: 'photo.png', mimeType: 'image/png', buffer: PNG };
      const memo = { name: 'memo.txt', mimeType: 'text/plain', buffer: MEMO };
      // Uppy's Dashboard shows no input once an upload completes; FilePond takes one file at a time.
      if (w.multiple) await page.locator(w.input).setInputFiles([photo, memo]);
      else {
        await page.locator(w.input).setInputFiles(photo);
        await expect(log).toContainText('uploaded photo.png');
        await page.locator(w.input).setInputFiles(memo);
      }
      await expect(log).toContainText(/uploaded photo\.png: \d+ bytes/);
      await expect(log).toContainText(/uploaded memo\.txt: \d+ bytes/);
      expect(sites.bytesReceived('share.test')).toBeGreaterThan(PNG.length + MEMO.length);
      await expect(page.locator('maruhi-notice')).toHaveCount(0);
    });

    test(`${w.id}: the approved partner gets the customer CSV`, async ({ ext, sites }) => {
      const page = await open(ext, sites, 'partner.test', w.id);
      await page.locator(w.input).setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      await expect(page.locator('#status')).toHaveText(/^uploaded customers\.csv: \d+ bytes$/);
      expect(sites.bytesReceived('partner.test')).toBeGreaterThan(Buffer.byteLength(CSV));
      await expect(page.locator('maruhi-notice')).toHaveCount(0);
    });
  });
}

test('a widget on the approved partner that posts to the blocked site: the user\'s choice passes, the widget\'s request does not', async ({ ext, sites }) => {
  const host = new URL(sites.url('share.test')).host;
  await ext.importPolicy(demoPolicy());
  const page = await ext.page();
  await page.goto(sites.url('partner.test', `/widgets/dropzone?to=${host}`));
  await expect(page.locator('#status')).toHaveText('ready');
  sites.clearRequests();
  await page.locator('input.dz-hidden-input').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.locator('#status')).toHaveText(/^error: customers\.csv/);
  await expect(page.locator('maruhi-notice')).toBeAttached();
  expect(sites.bytesReceived('share.test')).toBe(0);
});

// Big-file widgets send pieces (file.slice()). Each piece is judged as the file it was cut from, once per file and
// destination: a piece of a spreadsheet is unreadable alone, and every piece of a CSV would ask the user again.
test.describe('chunked uploads (Dropzone, 2 KB pieces)', () => {
  const sheet = async (rows: string[][]) => Buffer.from(await makeXlsx(rows));
  const customersXlsx = () => sheet([['ID', '氏名', 'メールアドレス', '電話番号'], ...(generateCustomers(21, 300) as any[]).map((c) => [c.id, c.name, c.email, c.phone])]);
  const pricesXlsx = () => sheet([['品番', '品名', '単価'], ...Array.from({ length: 1500 }, (_, i) => [`P-${10000 + i}`, `部品 ${i} 型 ${(i * 7919) % 1000}`, String(100 + ((i * 37) % 9000))])]);

  test('a harmless spreadsheet in pieces still uploads to the blocked site; a customer spreadsheet or CSV sends zero bytes', async ({ ext, sites }) => {
    const page = await open(ext, sites, 'share.test', 'dropzone-chunked');
    const log = page.locator('#log');
    const prices = await pricesXlsx();
    expect(prices.length).toBeGreaterThan(3 * 2048);
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      (window as any).dz.addFile(new File([bytes], 'prices.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    }, prices.toString('base64'));
    await expect(log).toContainText(/uploaded prices\.xlsx in \d+ pieces/);
    expect(sites.bytesReceived('share.test')).toBeGreaterThan(prices.length);
    await expect(page.locator('maruhi-notice')).toHaveCount(0);

    sites.clearRequests();
    const customers = await customersXlsx();
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      (window as any).dz.addFile(new File([bytes], 'customers.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    }, customers.toString('base64'));
    await expect(log).toContainText(/error: customers\.xlsx/);
    await page.evaluate((csv) => (window as any).widgetAdd('customers.csv', csv), CSV);
    await expect(log).toContainText(/error: customers\.csv/);
    expect(sites.bytesReceived('share.test')).toBe(0);
    const blocked = (await guardEvents(ext)).filter((e) => e.decision === 'block');
    // One refusal per file, judged whole (its real name, size and people), not one per piece.
    expect(blocked.map((e) => `${e.file?.name} ${e.file?.size}`).sort()).toEqual([`customers.csv ${Buffer.byteLength(CSV)}`, `customers.xlsx ${customers.length}`]);
    expect(blocked.every((e) => e.detection.people >= 80)).toBe(true);
  });

  test('warn (an unapproved site): a customer CSV sent in pieces asks once; Continue sends every piece', async ({ ext, sites }) => {
    const policy = demoPolicy();
    policy.destinations.blocked = [];
    await ext.importPolicy(policy);
    const page = await ext.page();
    await page.goto(sites.url('share.test', '/widgets/dropzone-chunked'));
    await expect(page.locator('#status')).toHaveText('ready');
    sites.clearRequests();
    const few = '氏名,メールアドレス,電話番号,住所\n' + (generateCustomers(5, 40) as any[]).map((c) => `${c.name},${c.email},${c.phone},${c.address}`).join('\n');
    expect(Buffer.byteLength(few)).toBeGreaterThan(2 * 2048);
    await page.locator('input.dz-hidden-input').setInputFiles({ name: 'few.csv', mimeType: 'text/csv', buffer: Buffer.from(few) });
    const dialog = page.locator('maruhi-dialog[data-maruhi-dialog=justify]');
    await expect(dialog).toBeAttached();
    await expect(dialog).toHaveAttribute('data-rule', 'upload-unapproved');
    await page.keyboard.type('取引先への送付のため必要');
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('#status')).toHaveText(/^uploaded few\.csv in \d+ pieces$/);
    await expect(dialog).toHaveCount(0);
    expect(sites.bytesReceived('share.test')).toBeGreaterThan(Buffer.byteLength(few));
    const ev = (await guardEvents(ext)).filter((e) => e.file?.name === 'few.csv');
    expect(ev.every((e) => e.decision === 'warn' && e.justification === '取引先への送付のため必要')).toBe(true);
    expect(ev.length).toBeLessThanOrEqual(2); // the choice, and the first piece sent (recorded as justified)
  });
});
