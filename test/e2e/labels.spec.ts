// Page labels in a real Chromium: demo CRM labelled, unapproved site not; SPA navigation; iframes; popup.
import { test, expect, expectLabel, demoPolicy } from './fixtures';
// @ts-expect-error plain ESM helper without types
import { startSites } from '../sites/server.mjs';

test.describe('labels with an imported policy', () => {
  test('demo CRM pages are labelled, the unapproved site is not', async ({ ext, sites }) => {
    const opts = await ext.importPolicy(demoPolicy());
    await expect(opts.getByTestId('import-result')).toHaveClass(/ok/);
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    await page.goto(sites.url('crm.test', '/public-info'));
    await expectLabel(page, 'internal', { reload: false });
    await page.goto(sites.url('share.test', '/'));
    await expectLabel(page, null);
    // The banner never takes the page's clicks: a click on it reaches the page underneath.
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential', { reload: false });
    const box = (await page.locator('maruhi-banner').boundingBox())!;
    expect(box.height).toBeGreaterThan(10);
    await page.evaluate(() => document.addEventListener('click', (e) => { e.preventDefault(); (window as any).__clicked = (e.target as Element).tagName; }, true));
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await page.evaluate(() => (window as any).__clicked)).not.toMatch(/MARUHI-BANNER|undefined/i);
    // The site's own meta tag raises the label.
    await page.goto(sites.url('crm.test', '/meta-classified'));
    await expectLabel(page, 'strictly_confidential', { reload: false });
  });

  test('the label follows SPA navigation without reload', async ({ ext, sites }) => {
    await ext.importPolicy(demoPolicy());
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/spa/settings'));
    await expectLabel(page, 'internal');
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.locator('#spa-nav a[href="/spa/customers"]').click();
    await expect(page).toHaveURL(/\/spa\/customers$/);
    await expectLabel(page, 'confidential', { reload: false });
    await page.goBack();
    await expect(page).toHaveURL(/\/spa\/settings$/);
    await expectLabel(page, 'internal', { reload: false });
    await page.goForward();
    await expectLabel(page, 'confidential', { reload: false });
    expect(loads, 'no full page load happened').toEqual([]);
  });

  test('a confidential iframe shows its label once; same-label frames do not stack', async ({ ext, sites }) => {
    await ext.importPolicy(demoPolicy());
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/frame-host'));
    await expectLabel(page, 'internal');
    const frame = page.frameLocator('iframe').first();
    await expect(frame.locator('maruhi-banner')).toHaveAttribute('data-maruhi-label', 'confidential');
    // The customer page itself, with the same label as its frames, shows one banner in total.
    await page.goto(sites.url('crm.test', '/customers/1'));
    await expectLabel(page, 'confidential', { reload: false });
    expect(await page.locator('maruhi-banner').count()).toBe(1);
  });

  test('the popup shows the page label and why', async ({ ext, sites }) => {
    await ext.importPolicy(demoPolicy());
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    const tabId = await ext.worker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url: url + '*' }))[0]?.id, sites.url('crm.test', '/customers'));
    // The toolbar badge carries the mark in the label's colour.
    const badge = await ext.worker.evaluate(async (id) => {
      const c = (globalThis as any).chrome;
      return { text: await c.action.getBadgeText({ tabId: id }), color: await c.action.getBadgeBackgroundColor({ tabId: id }) };
    }, tabId);
    expect(badge.text).toBe('㊙秘');
    expect(badge.color).toEqual([198, 40, 40, 255]); // #c62828
    const popup = await ext.page();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
    await expect(popup.getByTestId('popup-label')).toContainText('秘');
    await expect(popup.getByTestId('popup-label')).toContainText('顧客の個人情報を表示するページ');
  });
});

test('built-in defaults label well-known CRM hosts with no admin at all', async ({ ext }) => {
  // No policy anywhere. salesforce.com is HSTS-preloaded, so serve it over HTTPS (self-signed,
  // accepted by --ignore-certificate-errors) on a host name mapped to the local server.
  const tls = await startSites({ port: 0, https: true });
  try {
    const page = await ext.page();
    await page.goto(tls.url('acme.my.salesforce.com', '/'), { waitUntil: 'domcontentloaded' });
    await expectLabel(page, 'confidential');
    await page.goto(tls.url('news.test', '/'));
    await expectLabel(page, null);
  } finally {
    await tls.close();
  }
});
