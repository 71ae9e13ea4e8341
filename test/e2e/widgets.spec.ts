// Real upload widgets from npm (Uppy, FilePond, Dropzone) in a real Chromium: a customer CSV sends zero bytes to the
// blocked share site whether the user chooses it or the page hands it to the widget, and the widget reports an
// ordinary error instead of hanging; the approved partner gets it; harmless files still go to the blocked site.
import type { Page } from '@playwright/test';
import { test, expect, demoPolicy, type Ext, type Sites } from './fixtures';
// @ts-expect-error plain ESM helper without types
import { customersCsv, generateCustomers } from '../sites/customers.mjs';

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
