// Downloads through Chrome's own download path (not Playwright's, under which Chrome skips onDeterminingFilename):
// a profile whose preferences save into a temp folder without asking, so the name on disk is what the extension chose.
// The label mark travels in the file name; policy "warn" asks for a reason in the CRM tab before the file is saved.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, demoPolicy } from './fixtures';
// @ts-expect-error plain ESM helper without types
import { EXTENSION_ID, ROOT, launchWithExtension } from '../browser.mjs';

interface Browser {
  context: BrowserContext;
  worker: Worker;
  dir: string;
  close(): Promise<void>;
}

/** Chromium with the extension, Japanese UI, downloads saved to a fresh folder by the browser itself. */
async function launchForDownloads(policy: unknown): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'maruhi-dlprofile-'));
  const dir = mkdtempSync(path.join(tmpdir(), 'maruhi-downloads-'));
  mkdirSync(path.join(profile, 'Default'));
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: dir, prompt_for_download: false, directory_upgrade: true } }));
  const { context, worker } = (await launchWithExtension({ userDataDir: profile })) as { context: BrowserContext; worker: Worker };
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  expect(await options.evaluate((doc) => (globalThis as any).chrome.runtime.sendMessage({ type: 'policy.import', doc }), policy)).toMatchObject({ ok: true });
  // Playwright takes over downloads when it starts a browser; hand them back to Chrome (its folder, its naming, the extension's say).
  await (await context.newCDPSession(options)).send('Browser.setDownloadBehavior', { behavior: 'default' });
  return {
    context,
    worker,
    dir,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo CRM's dashboard, whose export link starts a real download. */
const EXPORT_LINK = 'main a[href="/export.csv"]';

async function crmWithExportLink(b: Browser, url: (host: string, p?: string) => string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url('crm.test', '/'));
  return page;
}

const saved = (dir: string) => readdirSync(dir).filter((f) => !f.endsWith('.crdownload')).sort();

async function downloadEvents(b: Browser): Promise<any[]> {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const r = await p.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 200 }));
  await p.close();
  return r.events.filter((e: any) => e.kind === 'guard' && e.channel === 'download');
}

const dialog = (p: Page) => p.locator('maruhi-dialog[data-maruhi-dialog=justify]');

test.describe('downloads in Chrome', () => {
  test('an export from the CRM is saved as 【㊙ 秘】customers.csv (the label\'s Japanese mark), and its event names file, size, page and label', async ({ sites }) => {
    const b = await launchForDownloads(demoPolicy());
    try {
      const page = await crmWithExportLink(b, sites.url);
      await page.locator(EXPORT_LINK).click();
      await expect.poll(() => saved(b.dir)).toEqual(['【㊙ 秘】customers.csv']);
      const onDisk = path.join(b.dir, '【㊙ 秘】customers.csv');
      const items = await b.worker.evaluate(() => (globalThis as any).chrome.downloads.search({}));
      expect(items.map((i: any) => [i.filename, i.state])).toEqual([[onDisk, 'complete']]);

      await expect.poll(async () => (await downloadEvents(b)).length).toBe(1);
      const [e] = await downloadEvents(b);
      expect(e.file.name).toBe('【㊙ 秘】customers.csv');
      expect(e.file.size).toBe(statSync(onDisk).size);
      expect(e.page).toMatch(/^crm\.test:\d+\/export\.csv$/);
      expect(e.label).toBe('confidential');
      expect(e.detail.original).toBe('customers.csv');
      // The file really is the CRM's export, mark and all.
      expect(readFileSync(onDisk, 'utf8')).toContain('氏名');
    } finally {
      await b.close();
    }
  });

  test('policy "warn" for downloads: the CRM tab asks for a reason; Continue saves the labelled file with the reason on record, Esc saves nothing', async ({ sites }) => {
    const policy = { ...demoPolicy(), guards: [{ id: 'export-reason', channels: ['download'], minLabel: 'confidential', action: 'warn', message: { ja: '顧客リストの持ち出しには理由が必要です。', en: 'Exporting the customer list needs a reason.' } }] };
    const b = await launchForDownloads(policy);
    try {
      const page = await crmWithExportLink(b, sites.url);
      await page.locator(EXPORT_LINK).click();
      await expect(dialog(page)).toHaveAttribute('data-rule', 'export-reason');
      // Held while the user decides: nothing is saved under any name.
      expect(saved(b.dir)).toEqual([]);
      await page.keyboard.type('月次の請求書発行に使うため');
      await page.keyboard.press('Tab'); // Cancel
      await page.keyboard.press('Tab'); // Continue
      await page.keyboard.press('Enter');
      await expect(dialog(page)).toHaveCount(0);
      await expect.poll(() => saved(b.dir)).toEqual(['【㊙ 秘】customers.csv']);
      await expect.poll(async () => (await downloadEvents(b)).length).toBe(1);
      const [ok] = await downloadEvents(b);
      expect(ok).toMatchObject({ decision: 'warn', rule: 'export-reason', justification: '月次の請求書発行に使うため', label: 'confidential', file: { name: '【㊙ 秘】customers.csv' } });

      await page.locator(EXPORT_LINK).click();
      await expect(dialog(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await downloadEvents(b)).length).toBe(2);
      const cancelled = (await downloadEvents(b)).find((e) => e.decision === 'block');
      expect(cancelled).toMatchObject({ rule: 'export-reason', label: 'confidential', detail: { cancelled: true } });
      await expect.poll(async () => (await b.worker.evaluate(() => (globalThis as any).chrome.downloads.search({}))).map((i: any) => i.state).sort()).toEqual(['complete', 'interrupted']);
      expect(saved(b.dir)).toEqual(['【㊙ 秘】customers.csv']);
    } finally {
      await b.close();
    }
  });

  test('policy "block" for downloads cancels the export; an admin\'s grant for downloads from crm.test lets the next one through, on record as the grant\'s use', async ({ sites }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'maruhi-admin-'));
    try {
      const pem = path.join(dir, 'admin.pem');
      const grantCli = (args: string[]) => execFileSync('npx', ['tsx', 'test/tools/grant.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
      const publicJwk = grantCli(['--keygen', '--out', pem]);
      const base = demoPolicy();
      // Japanese marks whatever the worker's UI language (a restarted worker loses Playwright's locale emulation).
      const policy = {
        ...base,
        language: 'ja',
        guards: [{ id: 'no-exports', channels: ['download'], minLabel: 'confidential', action: 'block' }],
        exceptions: { allowRequests: true, maxHours: 8, adminKeys: [publicJwk], grants: [], revoked: [] },
      };
      const b = await launchForDownloads(policy);
      try {
        const page = await crmWithExportLink(b, sites.url);
        await page.locator(EXPORT_LINK).click();
        await expect.poll(async () => (await downloadEvents(b)).map((e) => [e.decision, e.rule])).toEqual([['block', 'no-exports']]);
        expect(saved(b.dir)).toEqual([]);

        // A grant for another host opens nothing; one for crm.test's downloads does.
        const grantFor = (host: string) => grantCli(['--user', base.user.id, '--channels', 'download', '--hosts', host, '--key', pem, '--hours', '1']);
        const options = await b.context.newPage();
        await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
        const add = (code: string) => options.evaluate((code) => (globalThis as any).chrome.runtime.sendMessage({ type: 'grant.add', code }), code);
        expect(await add(grantFor('partner.test'))).toMatchObject({ ok: true });
        await page.locator(EXPORT_LINK).click();
        await expect.poll(async () => (await downloadEvents(b)).length).toBe(2);
        expect(saved(b.dir)).toEqual([]);

        const granted = await add(grantFor('crm.test'));
        expect(granted).toMatchObject({ ok: true });
        await page.locator(EXPORT_LINK).click();
        await expect.poll(() => saved(b.dir)).toEqual(['【㊙ 秘】customers.csv']);
        await expect.poll(async () => (await downloadEvents(b)).length).toBe(3);
        const used = (await downloadEvents(b)).find((e) => e.decision === 'audit');
        expect(used).toMatchObject({ rule: 'no-exports', label: 'confidential', detail: { grant: granted.grant.id, wouldBe: 'block' } });
        const all = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 200 }));
        expect(all.events.filter((e: any) => e.kind === 'grant_used' && e.detail.stage === 'used').map((e: any) => [e.channel, e.detail.grant])).toEqual([['download', granted.grant.id]]);
      } finally {
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
