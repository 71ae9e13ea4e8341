// Print, screen sharing, screenshot keys, watermark and idle blur on classified pages, in a real Chromium.
import type { Frame, Page } from '@playwright/test';
import { test, expect, expectLabel, demoPolicy, type Ext } from './fixtures';
import { pdfPages } from './pdf-text';

type Rule = { id: string; channels: string[]; minLabel?: string; action: string };
const policyWith = (guards: Rule[], extra: Record<string, unknown> = {}) => ({ ...demoPolicy(), guards, ...extra });
const USER_ID = demoPolicy().user.id as string;
const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** E-mails, phones and names the page shows: none of them may reach a blocked printout. */
async function shownCustomerData(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const text = document.body.innerText;
    const names = [...document.querySelectorAll('#customers tr[data-id] td:nth-child(2) a, h1')].map((a) => (a.textContent ?? '').trim());
    return [...new Set([...(text.match(/[\w.+-]+@[\w.-]+\.[a-z]+/g) ?? []), ...(text.match(/\b\d{2,4}-\d{2,4}-\d{4}\b/g) ?? []), ...names.filter(Boolean)])];
  });
}

async function events(ext: Ext, channel: string) {
  const p = await ext.page();
  await p.goto(`chrome-extension://${ext.id}/options.html`);
  const r = await p.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 200 }));
  await p.close();
  return (r.events as { kind: string; channel?: string; decision?: string; reason?: string; justification?: string; detail?: Record<string, unknown> }[]).filter(
    (e) => e.channel === channel || (channel === 'tamper' && e.kind === 'tamper'),
  );
}

test.describe('print', () => {
  test('blocked print: print(), Ctrl+P and the PDF show only the notice, never customer data', async ({ ext, sites }) => {
    await ext.importPolicy(policyWith([{ id: 'print-block', channels: ['print'], minLabel: 'confidential', action: 'block' }]));
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    const data = await shownCustomerData(page);
    expect(data.length).toBeGreaterThan(100);

    const text = flat(pdfPages(await page.pdf()).join('\n'));
    expect(text).toContain(flat('印刷は禁止されています'));
    for (const d of data) expect(text, `printout must not contain ${d}`).not.toContain(flat(d));

    // A page's own print button: the call returns, nothing prints, the user is told why.
    await page.evaluate(() => window.print());
    await expect(page.locator('maruhi-notice')).toHaveCount(1);
    await page.keyboard.press('Control+P');
    await expect.poll(async () => (await events(ext, 'print')).filter((e) => e.decision === 'block').length).toBeGreaterThanOrEqual(2);
    const via = (await events(ext, 'print')).map((e) => e.detail?.via);
    expect(via).toEqual(expect.arrayContaining(['print()', 'shortcut']));
  });

  test('the same pages print normally when the policy allows it', async ({ ext, sites }) => {
    await ext.importPolicy(policyWith([{ id: 'print-audit', channels: ['print'], minLabel: 'confidential', action: 'audit' }]));
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    const data = await shownCustomerData(page);
    const pages = pdfPages(await page.pdf());
    expect(pages.length).toBeGreaterThan(1);
    // Proves the PDF reader sees customer data when it is there, so the blocked test's "absent" means something.
    expect(flat(pages.join('\n'))).toContain(flat(data[0]));
    for (const [i, p] of pages.entries()) {
      expect(flat(p), `page ${i + 1} carries the label`).toContain(flat('㊙ 秘'));
      expect(flat(p), `page ${i + 1} names who printed`).toContain(flat(USER_ID));
    }
  });

  test('warn: the browser-menu print gets a notice; Ctrl+P asks for a reason and records it', async ({ ext, sites }) => {
    await ext.importPolicy(policyWith([{ id: 'print-warn', channels: ['print'], minLabel: 'confidential', action: 'warn' }]));
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    const data = await shownCustomerData(page);
    // page.pdf() is what the menu's print does: no chance to ask, so only the notice prints.
    const text = flat(pdfPages(await page.pdf()).join('\n'));
    expect(text).toContain(flat('理由の入力が必要です'));
    for (const d of data.slice(0, 40)) expect(text).not.toContain(flat(d));

    await page.keyboard.press('Control+P');
    const dialog = page.locator('maruhi-dialog');
    await expect(dialog).toHaveCount(1);
    // The dialog lives in a closed shadow root: drive it the way a keyboard user does (focus starts in the reason).
    await page.keyboard.type('顧客訪問用の資料として印刷');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await events(ext, 'print')).find((e) => e.justification)?.justification).toBe('顧客訪問用の資料として印刷');
  });

  test('pages printed from iframes: a classified frame prints only the notice', async ({ ext, sites }) => {
    await ext.importPolicy(policyWith([{ id: 'print-block', channels: ['print'], minLabel: 'confidential', action: 'block' }]));
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/frame-host'));
    const frame = page.frames().find((f) => f.url().includes('/customers/1'))!;
    await expect(page.frameLocator('iframe').first().locator('maruhi-banner')).toHaveAttribute('data-maruhi-label', 'confidential');
    const data = await shownCustomerData(frame);
    expect(data.length).toBeGreaterThan(2);
    const text = flat(pdfPages(await page.pdf()).join('\n'));
    expect(text).toContain(flat('印刷は禁止されています'));
    for (const d of data) expect(text).not.toContain(flat(d));
    await frame.evaluate(() => window.print());
    await expect(page.frameLocator('iframe').first().locator('maruhi-notice')).toHaveCount(1);
  });
});

test.describe('screen sharing', () => {
  // getDisplayMedia needs a secure context; the fake UI picks the screen without a prompt.
  test.use({
    extArgs: async ({ sites }, use) =>
      use([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        '--auto-select-desktop-capture-source=Entire screen',
        `--unsafely-treat-insecure-origin-as-secure=${sites.url('crm.test')},${sites.url('share.test')}`,
      ]),
  });

  const share = (p: Page) =>
    p.evaluate(() =>
      navigator.mediaDevices.getDisplayMedia({ video: true }).then(
        (s) => {
          s.getTracks().forEach((t) => t.stop());
          return 'shared';
        },
        (e: DOMException) => `${e.constructor.name}:${e.name}`,
      ),
    );

  test('rejected with NotAllowedError while a classified page is open, allowed elsewhere', async ({ ext, sites }) => {
    await ext.importPolicy(policyWith([{ id: 'share-block', channels: ['screen_share'], minLabel: 'confidential', action: 'block' }]));
    const other = await ext.page();
    await other.goto(sites.url('share.test', '/'));
    expect(await share(other)).toBe('shared');

    const crm = await ext.page();
    await crm.goto(sites.url('crm.test', '/customers'));
    await expectLabel(crm, 'confidential');
    expect(await share(crm)).toBe('DOMException:NotAllowedError');
    await expect(crm.locator('maruhi-notice')).toHaveCount(1);
    // Any classified tab counts: the whole screen would show it.
    expect(await share(other)).toBe('DOMException:NotAllowedError');
    await crm.close();
    await expect.poll(() => share(other)).toBe('shared');
    expect((await events(ext, 'screen_share')).filter((e) => e.decision === 'block').length).toBeGreaterThanOrEqual(2);
  });

  test('a stopped and woken service worker still knows the classified tab: sharing stays refused, the popup still shows the label', async ({ ext, sites }) => {
    await ext.importPolicy(policyWith([{ id: 'share-block', channels: ['screen_share'], minLabel: 'confidential', action: 'block' }]));
    const crm = await ext.page();
    await crm.goto(sites.url('crm.test', '/customers'));
    await expectLabel(crm, 'confidential');
    const other = await ext.page();
    await other.goto(sites.url('share.test', '/'));
    const crmTab: number = await ext.worker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0].id, crm.url());
    // The page reports again only when its label or reasons change: wait until content classification has reported too.
    const state = await ext.page();
    await state.goto(`chrome-extension://${ext.id}/options.html`);
    const tabReasons = () => state.evaluate(async (tabId) => (await (globalThis as any).chrome.runtime.sendMessage({ type: 'tab.state', tabId })).reasons.map((r: any) => r.kind), crmTab);
    await expect.poll(tabReasons).toContain('content');
    const pageEvents = () => state.evaluate(async () => (await (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 200 })).events.filter((e: any) => e.kind === 'page' && e.pageHost === 'crm.test').length);
    await expect.poll(pageEvents).toBe(1);
    const pagesBefore = await pageEvents();
    // Chrome stops an idle extension worker after 30 s; DevTools stops it now. Its memory is gone.
    const mark = () => ext.worker.evaluate(() => ((globalThis as any).__maruhiTestMark ??= Math.random()));
    const before = await mark();
    const cdp = await ext.context.newCDPSession(other);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The page's request wakes it.
    expect(await share(other)).toBe('DOMException:NotAllowedError');
    expect(await mark()).not.toBe(before);
    const popup = await ext.page();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${crmTab}`);
    await expect(popup.getByTestId('popup-label')).toContainText('秘');
    // A woken worker does not make every open page report again: one access record per visit.
    expect(await pageEvents()).toBe(pagesBefore);
  });
});

test.describe('watermark, screenshot keys and idle blur', () => {
  const policy = () =>
    policyWith([{ id: 'capture-warn', channels: ['capture'], minLabel: 'confidential', action: 'warn' }], {
      watermark: { enabled: true, minLabel: 'confidential', opacity: 0.1 },
      privacy: { idleBlurSeconds: 30, blurOnFocusLoss: false, minLabel: 'confidential' },
    });

  test('the watermark names the user, comes back when a page script removes or hides it, and lets clicks through', async ({ ext, sites }) => {
    await ext.importPolicy(policy());
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    const wm = page.locator('maruhi-watermark');
    await expect(wm).toHaveCount(1);
    expect(decodeURIComponent((await wm.getAttribute('style')) ?? '')).toContain(USER_ID);
    expect(await wm.evaluate((e) => getComputedStyle(e).pointerEvents)).toBe('none');

    // Removed or hidden by a page script: back before the next frame is painted.
    const survived = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      document.querySelector('maruhi-watermark')!.remove();
      await frame();
      const afterRemove = !!document.querySelector('maruhi-watermark');
      document.querySelector('maruhi-watermark')!.setAttribute('style', 'display:none');
      await frame();
      const shown = getComputedStyle(document.querySelector('maruhi-watermark')!).display !== 'none';
      const sheet = document.createElement('style');
      sheet.textContent = 'maruhi-watermark { display: none !important; opacity: 0 !important }';
      document.head.append(sheet);
      await frame();
      const cs = getComputedStyle(document.querySelector('maruhi-watermark')!);
      return { afterRemove, shown, styled: cs.display !== 'none' && cs.opacity !== '0' };
    });
    expect(survived).toEqual({ afterRemove: true, shown: true, styled: true });
    await expect.poll(async () => (await events(ext, 'tamper')).length).toBeGreaterThan(0);

    // Clicks and selection reach the page under the overlay.
    const link = page.locator('#customers tr[data-id] a').first();
    const box = (await link.boundingBox())!;
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [box.x + 4, box.y + box.height / 2])).toBe('A');
    await link.click();
    await expect(page).toHaveURL(/\/customers\/\d+$/);
    await page.locator('h1').first().selectText();
    expect(await page.evaluate(() => getSelection()?.toString().length)).toBeGreaterThan(0);

    // Unclassified pages get nothing.
    await page.goto(sites.url('share.test', '/'));
    await expectLabel(page, null);
    await expect(page.locator('maruhi-watermark, maruhi-print')).toHaveCount(0);
  });

  test('PrintScreen on a classified page is recorded and hides the page for a moment', async ({ ext, sites }) => {
    await ext.importPolicy(policy());
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    await page.keyboard.press('PrintScreen');
    await expect(page.locator('maruhi-shield')).toHaveCount(1);
    await expect(page.locator('maruhi-notice')).toHaveCount(1);
    await expect.poll(async () => (await events(ext, 'capture')).map((e) => e.detail?.key)).toContain('PrintScreen');
    await expect(page.locator('maruhi-shield')).toHaveCount(0);
  });

  test('idle blur: the idle API blurs classified pages; a click or a key restores them', async ({ ext, sites }) => {
    await ext.importPolicy(policy());
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    const other = await ext.page();
    await other.goto(sites.url('share.test', '/'));
    await expectLabel(other, null);
    const goIdle = () => ext.worker.evaluate(() => (globalThis as any).chrome.idle.onStateChanged.dispatch('idle'));

    await goIdle();
    const shield = page.locator('maruhi-privacy');
    await expect(shield).toHaveCount(1);
    expect(await shield.evaluate((e) => getComputedStyle(e).backdropFilter)).toContain('blur');
    await expect(other.locator('maruhi-privacy')).toHaveCount(0);
    await page.mouse.click(300, 300);
    await expect(shield).toHaveCount(0);
    expect(page.url(), 'the restoring click does not reach the page').toMatch(/\/customers$/);

    await goIdle();
    await expect(shield).toHaveCount(1);
    await page.keyboard.press('Space');
    await expect(shield).toHaveCount(0);
  });

  test('focus-loss blur: when the policy asks, a classified page blurs as its window loses focus to another window', async ({ ext, sites }) => {
    await ext.importPolicy(
      policyWith([], { privacy: { idleBlurSeconds: 0, blurOnFocusLoss: true, minLabel: 'confidential' } }),
    );
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    // Playwright tells every page it has focus; let this one have real focus, as a window on a desktop does.
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
    const shield = page.locator('maruhi-privacy');
    await expect(shield).toHaveCount(0);
    // Another window comes to the front.
    const other = await ext.context.newPage();
    await other.goto(sites.url('share.test', '/'));
    await other.bringToFront();
    await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(false);
    await expect(shield).toHaveCount(1);
    await expect(other.locator('maruhi-privacy')).toHaveCount(0);
    await page.bringToFront();
    await page.mouse.click(300, 300);
    await expect(shield).toHaveCount(0);
  });
});
