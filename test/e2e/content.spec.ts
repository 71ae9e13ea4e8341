// Content classification with no admin at all: what a page shows makes it confidential.
import { test, expect, expectLabel, demoPolicy } from './fixtures';

test('a page listing customers is labelled by its content; an article is not', async ({ ext, sites }) => {
  const page = await ext.page();
  await page.goto(sites.url('crm.test', '/customers'));
  await expectLabel(page, 'confidential', { reload: false });
  const host = page.locator('maruhi-banner');
  await expect(host).toHaveAttribute('aria-label', /秘/);
  await page.goto(sites.url('news.test', '/'));
  await expectLabel(page, null);
  await page.goto(sites.url('crm.test', '/public-info'));
  await expectLabel(page, null);
});

test('a news report naming fourteen players is not labelled; a policy that counts names in running text labels it', async ({ ext, sites }) => {
  // First with the names counted: the page is scanned and labelled, and that shows how long a scan takes here.
  const p = demoPolicy();
  p.classification.content = { enabled: true, minPeople: 10, proseNames: true, label: 'confidential', sensitiveLabel: 'confidential' };
  await ext.importPolicy(p);
  const page = await ext.page();
  const t0 = Date.now();
  await page.goto(sites.url('news.test', '/sports'));
  await expectLabel(page, 'confidential', { reload: false });
  const took = Date.now() - t0;
  // Then as shipped: the same page stays unlabelled for three times as long as the label took to appear.
  p.classification.content.proseNames = false;
  await ext.importPolicy(p);
  await page.goto(sites.url('news.test', '/sports'));
  await expect(page.locator('h1')).toContainText('日本代表');
  await page.waitForTimeout(Math.max(2000, 3 * took));
  await expectLabel(page, null);
});

test('rows added by script after load are scanned (late table, SPA views)', async ({ ext, sites }) => {
  const page = await ext.page();
  await page.goto(sites.url('crm.test', '/customers?late=1'));
  await expect(page.locator('body[data-rows-loaded=true]')).toHaveCount(1, { timeout: 10_000 });
  await expectLabel(page, 'confidential', { reload: false });

  await page.goto(sites.url('crm.test', '/spa/settings'));
  await expectLabel(page, null);
  await page.locator('#spa-nav a[href="/spa/customers"]').click();
  await expectLabel(page, 'confidential', { reload: false });
  // Back to a view without customers: the content label goes with it.
  await page.locator('#spa-nav a[href="/spa/settings"]').click();
  await expect(page).toHaveURL(/settings/);
  await expectLabel(page, null);
});

test('sensitive personal information alone makes a page confidential', async ({ ext, sites }) => {
  const page = await ext.page();
  // One customer's detail page: one person, but the 備考 holds medical history (要配慮個人情報).
  await page.goto(sites.url('crm.test', '/customers/1'));
  await expectLabel(page, 'confidential', { reload: false });
});

test('pages the policy excludes are never scanned or labelled by content', async ({ ext, sites }) => {
  // Exactly the first page of the list is excluded; the second page, with the same kind of data, is not.
  await ext.importPolicy({ classification: { exclude: ['*://crm.test/customers'] } });
  const page = await ext.page();
  await page.goto(sites.url('crm.test', '/customers'));
  await page.waitForTimeout(1500);
  await expectLabel(page, null);
  await page.goto(sites.url('crm.test', '/customers?page=2'));
  await expectLabel(page, 'confidential', { reload: false });
});
