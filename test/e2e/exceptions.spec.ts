// Exceptions, the pledge and the watch list in a real Chromium: a request from the popup, signed by the admin CLI,
// pasted back, lets one blocked upload through for one host until it expires; the pledge covers classified pages until
// accepted; a watch-listed user gets the stricter rule.
import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, demoPolicy, expectLabel, type Ext, type Sites } from './fixtures';
// @ts-expect-error plain ESM helper without types
import { ROOT } from '../browser.mjs';
// @ts-expect-error plain ESM helper without types
import { customersCsv, generateCustomers } from '../sites/customers.mjs';

const USER = 'taro.yamada@sakura.example';
const CSV: string = customersCsv(generateCustomers(7, 80));
const bytes = (sites: Sites, host: string) => sites.requests.filter((r) => r.host === host && r.method !== 'GET' && r.method !== 'OPTIONS').reduce((n, r) => n + r.bodyBytes, 0);

/** The admin CLI, as an admin runs it. */
const grantCli = (args: string[]) => execFileSync('npx', ['tsx', 'test/tools/grant.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

async function events(ext: Ext): Promise<any[]> {
  const p = await ext.page();
  await p.goto(`chrome-extension://${ext.id}/options.html`);
  const r = await p.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 300 }));
  await p.close();
  return r.events;
}

async function tabIdOf(ext: Ext, page: Page): Promise<number> {
  return ext.worker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0]?.id, page.url());
}

/** Tries the share page's fetch upload of the customer list; returns the status line. */
async function tryUpload(page: Page): Promise<string> {
  await page.locator('#status').evaluate((e) => (e.textContent = ''));
  await page.locator('#paste-text').fill(CSV);
  await page.locator('#btn-fetch').click();
  await expect(page.locator('#status')).not.toHaveText('');
  return (await page.locator('#status').textContent()) ?? '';
}

test.describe('exceptions', () => {
  let dir: string;
  let pem: string;
  let publicJwk: string;
  test.beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'maruhi-admin-'));
    pem = path.join(dir, 'admin.pem');
    publicJwk = grantCli(['--keygen', '--out', pem]);
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const policy = (extra: Record<string, unknown> = {}) => {
    const p = demoPolicy();
    // partner.test is blocked too here, to show that a grant for share.test opens nothing else.
    p.destinations = { approved: ['crm.test'], blocked: ['share.test', 'partner.test'] };
    p.exceptions = { allowRequests: true, maxHours: 8, adminKeys: [publicJwk], grants: [], revoked: [] };
    return { ...p, ...extra };
  };

  test('request in the popup → signed by the CLI → pasted → the blocked upload passes for that host only, until the grant expires', async ({ ext, sites }) => {
    await ext.importPolicy(policy());
    const page = await ext.page();
    await page.goto(sites.url('share.test', '/'));
    await expect(page.locator('#status')).toHaveText('ready');
    sites.clearRequests();
    expect(await tryUpload(page)).toMatch(/^error: fetch/);
    expect(bytes(sites, 'share.test')).toBe(0);

    // The user asks from the popup opened on this tab: upload, this site, 1 hour, a reason.
    const popup = await ext.page();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${await tabIdOf(ext, page)}`);
    await popup.locator('[data-testid=popup-request] > summary').click();
    await popup.getByTestId('req-channel-upload').check();
    await expect(popup.getByTestId('req-where-site')).toBeChecked();
    await popup.getByTestId('req-submit').click();
    await expect(popup.getByTestId('req-problem')).toContainText('理由'); // a reason is required
    await popup.getByTestId('req-reason').fill('取引先へ見積用の顧客一覧を共有するため');
    await popup.getByTestId('req-submit').click();
    const pending = popup.getByTestId('pending-request');
    await expect(pending).toHaveCount(1);
    await expect(pending).toContainText('share.test');
    const requestCode = await popup.getByTestId('request-code').inputValue();
    expect(requestCode).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    // The admin signs it with the CLI: a short grant.
    const grant = grantCli(['--request', requestCode, '--key', pem, '--seconds', '25']);
    const expiresAt: number = JSON.parse(Buffer.from(grant, 'base64url').toString()).p.expiresAt;

    // A tampered code is refused with a clear message; the real one is applied.
    const parsed = JSON.parse(Buffer.from(grant, 'base64url').toString());
    parsed.p.hosts = ['share.test', 'partner.test'];
    await popup.getByTestId('grant-code').fill(Buffer.from(JSON.stringify(parsed)).toString('base64url'));
    await popup.getByTestId('grant-apply').click();
    await expect(popup.getByTestId('grant-result')).toHaveAttribute('data-ok', 'false');
    await expect(popup.getByTestId('grant-result')).toContainText('署名が正しくありません');
    await popup.getByTestId('grant-code').fill(grant);
    await popup.getByTestId('grant-apply').click();
    await expect(popup.getByTestId('grant-result')).toHaveAttribute('data-ok', 'true');
    await expect(popup.getByTestId('active-grant')).toContainText('share.test');
    await expect(popup.getByTestId('pending-request'), 'the answered request is no longer pending').toHaveCount(0);

    // Now the same upload goes through to share.test …
    expect(await tryUpload(page)).toMatch(/^uploaded \d+ bytes via fetch/);
    expect(bytes(sites, 'share.test')).toBeGreaterThan(CSV.length);
    // … and nowhere else.
    const partner = await ext.page();
    await partner.goto(sites.url('partner.test', '/'));
    await expect(partner.locator('#status')).toHaveText('ready');
    expect(await tryUpload(partner)).toMatch(/^error: fetch/);
    expect(bytes(sites, 'partner.test')).toBe(0);

    // The use is on record: the guard event names the grant, and a grant_used event follows.
    const ev = await events(ext);
    const grantId: string = parsed.p.id;
    expect(ev.some((e) => e.kind === 'guard' && e.channel === 'upload' && e.decision === 'audit' && e.detail?.grant === grantId && e.detail?.wouldBe === 'block')).toBe(true);
    expect(ev.some((e) => e.kind === 'grant_used' && e.detail?.grant === grantId && e.detail?.stage === 'used')).toBe(true);
    expect(ev.some((e) => e.kind === 'exception_request' && e.justification?.includes('見積') && e.detail?.hosts === 'share.test')).toBe(true);

    // After expiry (no network needed: the content script checks the time at each decision) it is blocked again.
    await page.waitForTimeout(Math.max(0, expiresAt - Date.now() + 500));
    sites.clearRequests();
    expect(await tryUpload(page)).toMatch(/^error: fetch/);
    expect(bytes(sites, 'share.test')).toBe(0);
  });

  test('a grant for another user, or a revoked one, is refused with the reason', async ({ ext }) => {
    await ext.importPolicy(policy());
    const other = grantCli(['--user', 'hanako@sakura.example', '--channels', 'upload', '--hosts', 'share.test', '--key', pem, '--hours', '1']);
    const mine = grantCli(['--user', USER, '--channels', 'upload', '--hosts', 'share.test', '--key', pem, '--hours', '1']);
    const id: string = JSON.parse(Buffer.from(mine, 'base64url').toString()).p.id;
    const popup = await ext.page();
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    await popup.getByTestId('grant-code').fill(other);
    await popup.getByTestId('grant-apply').click();
    await expect(popup.getByTestId('grant-result')).toContainText('別の利用者宛て');
    await popup.getByTestId('grant-code').fill(mine);
    await popup.getByTestId('grant-apply').click();
    await expect(popup.getByTestId('grant-result')).toHaveAttribute('data-ok', 'true');
    // The admin revokes it by policy: it leaves the active list and cannot be pasted again.
    await ext.importPolicy(policy({ exceptions: { allowRequests: true, maxHours: 8, adminKeys: [publicJwk], grants: [], revoked: [id] } }));
    await popup.reload();
    await expect(popup.getByTestId('popup-grants')).toContainText('有効な例外はありません');
    await popup.getByTestId('grant-code').fill(mine);
    await popup.getByTestId('grant-apply').click();
    await expect(popup.getByTestId('grant-result')).toContainText('取り消されています');
  });

  test('a grant the collector sends back with its answer is verified and applied', async ({ ext, sites }) => {
    const collector = (sites as unknown as { collector: { grants: string[]; events: any[] } }).collector;
    const grant = grantCli(['--user', USER, '--channels', 'upload', '--hosts', 'share.test', '--key', pem, '--hours', '1']);
    const id: string = JSON.parse(Buffer.from(grant, 'base64url').toString()).p.id;
    collector.grants = [grant];
    try {
      await ext.importPolicy(policy({ reporting: { url: sites.url('collector.test', '/events'), format: 'maruhi', intervalSeconds: 5, batchSize: 1, heartbeatMinutes: 60 } }));
      await expect.poll(async () => (await events(ext)).some((e) => e.kind === 'grant_used' && e.detail?.grant === id && e.detail?.source === 'collector' && e.reason === 'received'), { timeout: 30_000 }).toBe(true);
      const popup = await ext.page();
      await popup.goto(`chrome-extension://${ext.id}/popup.html`);
      await expect(popup.getByTestId('active-grant')).toContainText('share.test');
      // The collector repeats the grant in every answer; it is taken in once, not once per delivery.
      await popup.goto(sites.url('crm.test', '/customers'));
      await expect.poll(() => collector.events.some((e) => e.kind === 'page')).toBe(true);
      expect((await events(ext)).filter((e) => e.kind === 'grant_used' && e.detail?.grant === id)).toHaveLength(1);
    } finally {
      collector.grants = [];
    }
  });

  test('the admin signs in the options page with a key kept in memory only', async ({ ext }) => {
    await ext.importPolicy(policy());
    const opts = await ext.options();
    await opts.goto(`chrome-extension://${ext.id}/options.html#exceptions`);
    await opts.locator('[data-testid=exceptions-view] details > summary').click();
    await opts.getByTestId('req-channel-print').check();
    await opts.getByTestId('req-host').fill('crm.test');
    await opts.getByTestId('req-reason').fill('監査資料として印刷するため');
    await opts.getByTestId('req-submit').click();
    const code = await opts.getByTestId('request-code').inputValue();
    await opts.getByTestId('admin-key').fill(readFileSync(pem, 'utf8'));
    await opts.getByTestId('admin-load').click();
    await expect(opts.getByTestId('admin-key-status')).toHaveClass(/ok/);
    await expect(opts.getByTestId('admin-key')).toHaveValue('');
    await opts.getByTestId('admin-request').fill(code);
    await expect(opts.getByTestId('admin-request-summary')).toContainText('監査資料');
    await opts.getByTestId('admin-sign-btn').click();
    const grant = await opts.getByTestId('admin-grant').inputValue();
    await opts.getByTestId('grant-code').fill(grant);
    await opts.getByTestId('grant-apply').click();
    await expect(opts.getByTestId('grant-result')).toHaveAttribute('data-ok', 'true');
    await expect(opts.getByTestId('active-grant')).toContainText('crm.test');
    // Nothing of the key reached storage.
    const stored = await opts.evaluate(async () => JSON.stringify(await (globalThis as any).chrome.storage.local.get(null)));
    const d = createPrivateKey(readFileSync(pem, 'utf8')).export({ format: 'jwk' }).d!;
    expect(stored).not.toContain(d);
  });
});

/** The text inside a closed shadow root, read through the DevTools protocol (page scripts cannot). */
async function shadowText(ext: Ext, page: Page, tag: string): Promise<string> {
  const cdp = await ext.context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type N = { nodeName: string; nodeValue?: string; children?: N[]; shadowRoots?: N[] };
  const text = (n: N): string => (n.nodeName === '#text' ? (n.nodeValue ?? '') : '') + [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join(' ');
  const find = (n: N): N | null => (n.nodeName.toLowerCase() === tag ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
  const host = find(root as N);
  await cdp.detach();
  return host ? (host.shadowRoots ?? []).map(text).join(' ') : '';
}

const PLEDGE = { ja: '顧客情報は業務目的以外に利用しません。\n\n持ち出しは不正競争防止法違反となり得ます。', en: 'I use customer data for work only.' };

test('pledge: a classified page stays covered until the user accepts; declining keeps it covered; both answers are recorded', async ({ ext, sites }) => {
  await ext.importPolicy({ ...demoPolicy(), language: 'ja', pledge: { enabled: true, minLabel: 'confidential', text: PLEDGE, renewDays: 30 } });
  const page = await ext.page();
  // An internal page (below the pledge's label) is not covered.
  await page.goto(sites.url('crm.test', '/'));
  await expectLabel(page, 'internal');
  await expect(page.locator('maruhi-pledge')).toHaveCount(0);

  await page.goto(sites.url('crm.test', '/customers'));
  const cover = page.locator('maruhi-pledge[data-maruhi-pledge=open]');
  await expect(cover).toBeAttached();
  expect(await shadowText(ext, page, 'maruhi-pledge')).toContain('不正競争防止法違反となり得ます');
  // The page underneath cannot be used: it is inert, and whatever is clicked is the cover.
  expect(await page.evaluate(() => document.body.inert)).toBe(true);
  expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.tagName.toLowerCase())).toBe('maruhi-pledge');
  // A page script that removes the cover gets it back.
  await page.evaluate(() => document.querySelector('maruhi-pledge')?.remove());
  await expect(cover).toBeAttached();

  // Keyboard only: focus starts on the rules; Tab → accept, Tab → decline.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await events(ext)).filter((e) => e.kind === 'pledge' && e.detail?.accepted === false).length).toBe(1);
  await expect(cover).toBeAttached();
  expect(await page.evaluate(() => document.body.inert)).toBe(true);

  // Accept (focus moved to accept after declining).
  await page.keyboard.press('Enter');
  await expect(page.locator('maruhi-pledge')).toHaveCount(0);
  expect(await page.evaluate(() => document.body.inert)).toBe(false);
  const accepted = await expect
    .poll(async () => (await events(ext)).filter((e) => e.kind === 'pledge' && e.detail?.accepted === true))
    .toHaveLength(1)
    .then(async () => (await events(ext)).find((e) => e.kind === 'pledge' && e.detail?.accepted === true));
  expect(accepted.user).toBe(USER);
  expect(accepted.detail.textHash).toMatch(/^[0-9a-f]{64}$/);
  expect(accepted.label).toBe('confidential');

  // Accepted once for this site: the next visit is not covered …
  await page.goto(sites.url('crm.test', '/customers?page=2'));
  await expectLabel(page, 'confidential');
  await expect(page.locator('maruhi-pledge')).toHaveCount(0);
  // … until the admin changes the text.
  await ext.importPolicy({ ...demoPolicy(), language: 'ja', pledge: { enabled: true, minLabel: 'confidential', text: { ...PLEDGE, ja: PLEDGE.ja + '\n\n（改訂）' }, renewDays: 30 } });
  await page.reload();
  await expect(cover).toBeAttached();
});

test('watch list: one customer copied gets a warning normally, and is blocked for a watch-listed user; events and heartbeat carry the mode', async ({ ext, sites }) => {
  const one = customersCsv(generateCustomers(3, 1)).trim();
  await ext.context.route(/\/\/crm\.test:\d+\/customers-watch/, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><pre id="one">${one.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>` }));
  const copyOne = async (page: Page) => {
    await page.locator('#one').selectText();
    await page.keyboard.press('Control+C');
  };
  await ext.importPolicy(demoPolicy());
  const page = await ext.page();
  await page.goto(sites.url('crm.test', '/customers-watch'));
  await expectLabel(page, 'confidential');
  await copyOne(page);
  await expect(page.locator('maruhi-dialog[data-maruhi-dialog=justify]')).toHaveAttribute('data-rule', 'copy-people-warn');
  await page.keyboard.press('Escape');

  const reporting = { url: sites.url('collector.test', '/events'), format: 'maruhi', intervalSeconds: 5, batchSize: 1, heartbeatMinutes: 60 };
  await ext.importPolicy({ ...demoPolicy(), reporting, watchlist: [{ user: USER, until: '2099-12-31', note: '退職予定' }] });
  await page.reload();
  await expectLabel(page, 'confidential');
  await copyOne(page);
  await expect(page.locator('maruhi-notice')).toHaveAttribute('data-maruhi-notice', 'customer-data-strict');
  // Nothing on the page names the watch list.
  expect(await shadowText(ext, page, 'maruhi-notice')).not.toMatch(/watch|監視|退職/i);
  const collector = (sites as unknown as { collector: { events: any[] } }).collector;
  await expect.poll(() => collector.events.some((e) => e.kind === 'guard' && e.rule === 'customer-data-strict' && e.watchlist === true)).toBe(true);
  await expect.poll(() => collector.events.some((e) => e.kind === 'heartbeat' && e.detail?.mode === 'watchlist')).toBe(true);
});
