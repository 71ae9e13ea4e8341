// Playwright fixtures: the local sites, and Chromium with the built extension, configured as an admin would.
import { test as base, expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain ESM helper without types
import { EXTENSION_ID, ROOT, launchWithExtension, removeManagedPolicy, writeManagedPolicy } from '../browser.mjs';
// @ts-expect-error plain ESM helper without types
import { startSites } from '../sites/server.mjs';

export interface Sites {
  port: number;
  url(host: string, path?: string): string;
  requests: { host: string; method: string; path: string; bodyBytes: number; /** The first bytes of the body, as the site logged them. */ body: Buffer }[];
  clearRequests(): void;
  /** Body bytes (HTTP and WebSocket) a host received: a blocked upload must leave it at zero. */
  bytesReceived(host: string): number;
  close(): Promise<void>;
}

export interface Ext {
  context: BrowserContext;
  worker: Worker;
  id: string;
  userDataDir: string;
  page(): Promise<Page>;
  options(): Promise<Page>;
  /** Imports a policy on the options page the way a user does. */
  importPolicy(policy: unknown): Promise<Page>;
  relaunch(): Promise<void>;
}

export const demoPolicy = () => JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/demo-policy.json'), 'utf8'));

export const test = base.extend<{ ext: Ext; extArgs: string[]; managedPolicy: (p: unknown | null) => void }, { sites: Sites }>({
  /** Extra Chromium flags for a spec: `test.use({ extArgs: [...] })`, or a fixture function of `sites`. */
  extArgs: [[], { option: true }],
  sites: [
    async ({}, use) => {
      const s = await startSites({ port: 0 });
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  // Written before the browser starts (declare it first in the test's arguments); removed afterwards.
  managedPolicy: async ({}, use) => {
    let wrote = false;
    await use((p) => {
      if (p === null) removeManagedPolicy();
      else writeManagedPolicy(p);
      wrote = true;
    });
    if (wrote) removeManagedPolicy();
  },
  ext: async ({ extArgs }, use) => {
    let launched = await launchWithExtension({ args: extArgs });
    const ext: Ext = {
      get context() {
        return launched.context;
      },
      get worker() {
        return launched.worker;
      },
      id: EXTENSION_ID,
      get userDataDir() {
        return launched.userDataDir;
      },
      page: () => launched.context.newPage(),
      async options() {
        const p = await launched.context.newPage();
        await p.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
        await expect(p.getByTestId('sources')).toBeVisible();
        return p;
      },
      async importPolicy(policy) {
        const p = await ext.options();
        await p.locator('details:has([data-testid=policy-text]) > summary').click();
        await p.getByTestId('policy-text').fill(JSON.stringify(policy, null, 2));
        await p.getByTestId('import-text').click();
        await expect(p.getByTestId('import-result')).toBeVisible();
        return p;
      },
      async relaunch() {
        await launched.context.close();
        launched = await launchWithExtension({ userDataDir: launched.userDataDir, args: extArgs });
      },
    };
    await use(ext);
    await launched.context.close();
  },
});

/** The label shown by the banner in a page or frame, or null when none is shown. */
export async function bannerLabel(target: Page | Frame): Promise<string | null> {
  const b = target.locator('maruhi-banner');
  if ((await b.count()) === 0) return null;
  return b.first().getAttribute('data-maruhi-label');
}

/**
 * Waits until the banner shows `label`, reloading now and then (managed storage can take seconds
 * on a fresh start). For `null`, gives the content script a moment and checks that none is shown.
 */
export async function expectLabel(page: Page | Frame, label: string | null, { reload = true, timeout = 25_000 } = {}) {
  const p = 'reload' in page ? page : null;
  if (label === null) {
    await page.waitForLoadState('domcontentloaded');
    await page.waitForTimeout(800);
    expect(await bannerLabel(page)).toBeNull();
    return;
  }
  const deadline = Date.now() + timeout;
  let lastReload = Date.now();
  for (;;) {
    const l = await bannerLabel(page).catch(() => null);
    if (l === label) return;
    if (Date.now() > deadline) expect(l, 'banner label').toBe(label);
    if (reload && p && Date.now() - lastReload > 3000) {
      await p.reload({ waitUntil: 'domcontentloaded' }).catch(() => {});
      lastReload = Date.now();
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The same fixtures with the sites served over HTTPS (a secure context: the clipboard API works). */
export const httpsTest = test.extend<object, { sites: Sites & { customers: { name: string; phone: string; email: string; address: string }[] } }>({
  sites: [
    async ({}, use) => {
      const s = await startSites({ port: 0, https: true });
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };
