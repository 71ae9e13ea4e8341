// Finds a Chromium for tests and the demo, launches it with the built extension, and writes
// enterprise policy the way an admin does. Shared by the e2e fixtures, the demo and the benchmark.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.resolve(ROOT, process.env.MARUHI_OUT ?? '.output');
export const EXTENSION_DIR = path.join(OUT_DIR, 'chrome-mv3');
export const EXTENSION_ID = 'ikjhkbdehljnofbcklpklgjemjkhfplo';
export const POLICY_DIR = process.env.MARUHI_POLICY_DIR ?? '/etc/chromium/policies/managed';
export const POLICY_FILE = path.join(POLICY_DIR, 'maruhi-test.json');

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own browser if installed. */
export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    /* not installed */
  }
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH, or install Debian\'s chromium (apt-get install chromium), ' +
      'or let Playwright download its browser where the network allows (npx playwright install chromium).',
  );
}

export function chromiumArgs(extra = []) {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    // Local sites under *.test, plus one well-known CRM host name to prove the built-in defaults.
    '--host-resolver-rules=MAP *.test 127.0.0.1, MAP acme.my.salesforce.com 127.0.0.1',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=ja',
    // The local sites' HTTPS mode uses a self-signed certificate made at start.
    '--ignore-certificate-errors',
    ...extra,
  ];
}

/** Launches Chromium with the built extension; returns the context and the extension's service worker. */
export async function launchWithExtension({ headless = true, userDataDir, args = [], viewport = { width: 1280, height: 860 } } = {}) {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`Extension not built: run "npm run build" first (${EXTENSION_DIR} missing)`);
  const { chromium } = await import('@playwright/test');
  const dir = userDataDir ?? mkdtempSync(path.join(tmpdir(), 'maruhi-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: await findChromium(),
    headless,
    args: chromiumArgs(args),
    viewport,
    locale: 'ja-JP',
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, userDataDir: dir };
}

/** Writes the managed policy file Chromium reads at start: 3rdparty.extensions.<id>. */
export function writeManagedPolicy(policy) {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
  } catch (e) {
    throw new Error(`Cannot write enterprise policy to ${POLICY_DIR} (${e.code ?? e.message}). Run the tests as root, or set MARUHI_POLICY_DIR to a directory Chromium reads.`);
  }
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
}

export function removeManagedPolicy() {
  rmSync(POLICY_FILE, { force: true });
}
