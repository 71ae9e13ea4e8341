// Large copies (beyond what the page scans itself) are judged by the background, and still decided on all of it.
import type { Page } from '@playwright/test';
import { httpsTest, expect, expectLabel, demoPolicy, type Sites } from './fixtures';

type Customer = { name: string; phone: string; email: string; address: string };
const test = httpsTest;

const PROSE = 'The quarterly review covers product milestones, hiring plans and the office move next spring. ';
const esc = (s: string) => s.replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!);

async function open(ext: any, sites: Sites & { customers: Customer[] }, tail: string): Promise<Page> {
  await ext.importPolicy(demoPolicy());
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // ~1 MB of prose, then whatever the test puts at the very end: far beyond what the page scans itself.
  const body = PROSE.repeat(Math.ceil(1_000_000 / PROSE.length)) + tail;
  await ext.context.route(/\/\/crm\.test:\d+\/customers-big/, (r: any) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><pre id="all">${esc(body)}</pre>` }));
  const page = await ext.page();
  await page.goto(sites.url('crm.test', '/customers-big'));
  await expectLabel(page, 'confidential');
  await page.locator('#all').selectText();
  return page;
}

const clip = (p: Page) => p.evaluate(() => navigator.clipboard.readText());

test('1 MB of prose on a classified page copies whole (judged in the background)', async ({ ext, sites }) => {
  const page = await open(ext, sites, 'END-OF-REPORT');
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.keyboard.press('Control+C');
  await expect.poll(() => clip(page), { timeout: 10_000 }).toContain('END-OF-REPORT');
  expect((await clip(page)).length).toBeGreaterThan(1_000_000);
});

test('customers hidden after 1 MB of prose are still found: the copy is blocked', async ({ ext, sites }) => {
  const rows = sites.customers.slice(0, 60).map((c) => `${c.name}\t${c.phone}\t${c.email}\t${c.address}`).join('\n');
  const page = await open(ext, sites, '\n' + rows);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.keyboard.press('Control+C');
  await expect.poll(() => clip(page), { timeout: 10_000 }).toContain('[maruhi]');
  expect(await clip(page)).not.toContain(sites.customers[59].email);
  await expect(page.locator('maruhi-notice')).toHaveCount(1);
});

test('one customer after 1 MB of prose asks for a reason; Continue copies everything', async ({ ext, sites }) => {
  const c = sites.customers[0];
  const page = await open(ext, sites, `\n${c.name}\t${c.phone}\t${c.email}`);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.keyboard.press('Control+C');
  const dialog = page.locator('maruhi-dialog[data-maruhi-dialog=justify]');
  await expect(dialog).toHaveCount(1, { timeout: 10_000 });
  expect(await clip(page)).not.toContain(c.email);
  await page.keyboard.type('顧客への四半期報告の準備のため');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => clip(page), { timeout: 10_000 }).toContain(c.email);
});
