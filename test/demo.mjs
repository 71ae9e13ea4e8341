// The main job: build the extension, serve the demo CRM, and open Chromium with maruhi on it.
// With no display it runs headless, takes screenshots and prints where they are.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_ID, ROOT, launchWithExtension } from './browser.mjs';
import { startSites } from './sites/server.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const port = Number(args[args.indexOf('--port') + 1]) || 0;

if (!args.includes('--no-build')) {
  console.log('Building the extension (wxt build)…');
  const r = spawnSync('npx', ['--no-install', 'wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const sites = await startSites({ port });
const { context } = await launchWithExtension({ headless });

// Configure it as a user without an admin would: import the demo policy on the options page.
const options = await context.newPage();
await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
await options.locator('details:has([data-testid=policy-text]) > summary').click();
await options.getByTestId('policy-text').fill(readFileSync(path.join(ROOT, 'test/fixtures/demo-policy.json'), 'utf8'));
await options.getByTestId('import-text').click();
await options.getByTestId('import-result').waitFor();
console.log(`Demo policy: ${(await options.getByTestId('import-result').textContent())?.trim()}`);

const crm = await context.newPage();
await crm.goto(sites.url('crm.test', '/customers'));
await crm.locator('maruhi-banner').waitFor({ state: 'attached', timeout: 15_000 });
console.log(`Demo CRM:        ${sites.url('crm.test', '/customers')}  → label ${await crm.locator('maruhi-banner').getAttribute('data-maruhi-label')}`);
console.log(`Unapproved site: ${sites.url('share.test', '/')}`);

if (headless) {
  const out = path.join(ROOT, 'test', 'out');
  mkdirSync(out, { recursive: true });
  const shot = path.join(out, 'demo-crm.png');
  await crm.screenshot({ path: shot });
  const share = await context.newPage();
  await share.goto(sites.url('share.test', '/'));
  await share.waitForTimeout(800);
  const shot2 = path.join(out, 'demo-share.png');
  await share.screenshot({ path: shot2 });
  await options.reload();
  await options.getByTestId('sources').waitFor();
  const shot3 = path.join(out, 'demo-options.png');
  await options.screenshot({ path: shot3, fullPage: true });
  console.log(`\nNo display, so Chromium ran headless. Screenshots:\n  ${shot}\n  ${shot2}\n  ${shot3}`);
  await context.close();
  await sites.close();
} else {
  await crm.bringToFront();
  console.log('\nChromium is open with maruhi on the demo CRM. Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await context.close().catch(() => {});
    await sites.close();
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', stop);
}
