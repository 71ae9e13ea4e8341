// Upload guard benchmark: inspection throughput (50 MB CSV, 20 MB XLSX) and the delay a harmless 1 MB image
// upload gets in Chromium with the extension. Prints JSON. UPLOAD_BENCH_SCALE=0.1 runs a tenth of the sizes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inspectFile, inspectLimits, INSPECT_LIMITS } from '../../utils/files/inspect';
import { DEFAULT_POLICY } from '../../utils/policy/defaults';
import { bytesSource } from '../../utils/files/source';
import { makeXlsx } from '../tools/zip-writer';
// @ts-expect-error plain ESM helper without types
import { customersCsv, generateCustomers } from '../sites/customers.mjs';
// @ts-expect-error plain ESM helper without types
import { chromiumArgs, EXTENSION_DIR, EXTENSION_ID, findChromium, launchWithExtension } from '../browser.mjs';
// @ts-expect-error plain ESM helper without types
import { startSites } from '../sites/server.mjs';

const MB = 1 << 20;
const scale = Number(process.env.UPLOAD_BENCH_SCALE ?? 1);

function csvOf(bytes: number): Uint8Array {
  const enc = new TextEncoder();
  const block = enc.encode(customersCsv(generateCustomers(11, 2000)));
  const out = new Uint8Array(bytes);
  for (let o = 0; o < bytes; o += block.length) out.set(block.subarray(0, Math.min(block.length, bytes - o)), o);
  return out;
}

async function xlsxOf(bytes: number): Promise<Uint8Array> {
  const people = generateCustomers(12, 2000).map((c: Record<string, unknown>) => [String(c.id), String(c.name), String(c.email), String(c.phone), String(c.postalCode), String(c.address)]);
  // Grow the sheet until the compressed file reaches the target (distinct suffixes keep shared strings realistic).
  let rows: string[][] = [];
  let x: Uint8Array = new Uint8Array(0);
  for (let round = 0; x.length < bytes && round < 400; round++) {
    rows = rows.concat(people.map((r: string[], i: number) => [r[0] + '-' + round, r[1], r[2].replace('@', `${round}@`), r[3], r[4], `${r[5]} ${round}-${i}`]));
    if (round % 8 === 7 || round < 2) x = await makeXlsx(rows);
  }
  return makeXlsx(rows);
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

export async function uploadDelay(): Promise<Record<string, unknown>> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return { skipped: `extension not built at ${EXTENSION_DIR}` };
  const sites = await startSites({ port: 0 });
  const N = 15;
  // A harmless image to the blocked site (hooks + backstop clearance), and a big harmless binary to the approved
  // partner (no judgement, but the browser still hands the body to the network audit).
  const cases = [
    { name: 'image1MBToBlocked', host: 'share.test', bytes: 1 << 20, n: N },
    { name: 'binary20MBToApproved', host: 'partner.test', bytes: 20 << 20, n: 5 },
  ];
  const measure = async (page: import('@playwright/test').Page) => {
    const out: Record<string, { medianMs: number; p90Ms: number }> = {};
    for (const c of cases) {
      await page.goto(sites.url(c.host, '/'));
      out[c.name] = await page.evaluate(async ({ n, bytes }) => {
        const img = new Uint8Array(bytes);
        img.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        for (let i = 8; i < img.length; i++) img[i] = (i * 31) & 0xff;
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const fd = new FormData();
          fd.append('file', new File([img], 'photo.png', { type: 'image/png' }));
          const t = performance.now();
          const r = await fetch('/upload', { method: 'POST', body: fd });
          await r.json();
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        return { medianMs: times[n >> 1], p90Ms: times[Math.floor(n * 0.9)] };
      }, c);
    }
    return out;
  };
  try {
    const { chromium } = await import('@playwright/test');
    const plain = await chromium.launch({ executablePath: await findChromium(), headless: true, args: chromiumArgs() });
    const without = await measure(await plain.newPage());
    await plain.close();
    const ext = await launchWithExtension();
    // The demo policy: share.test is a blocked destination, the strictest path (hooks + backstop clearance).
    const opts = await ext.context.newPage();
    await opts.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await opts.evaluate(async (doc: unknown) => (globalThis as any).chrome.runtime.sendMessage({ type: 'policy.import', doc }), JSON.parse((await import('node:fs')).readFileSync(path.resolve(import.meta.dirname, '../fixtures/demo-policy.json'), 'utf8')));
    const page = await ext.context.newPage();
    await measure(page); // warm-up: first content-script start and policy read
    const withExt = await measure(page);
    await ext.context.close();
    const added = Object.fromEntries(cases.map((c) => [c.name, Math.round((withExt[c.name].medianMs - without[c.name].medianMs) * 10) / 10]));
    return { samples: Object.fromEntries(cases.map((c) => [c.name, c.n])), withoutExtension: without, withExtension: withExt, addedMedianMs: added };
  } finally {
    await sites.close();
  }
}

export async function bench(): Promise<Record<string, unknown>> {
  // What a page does under the default policy (reads up to detection.maxFileBytes), and the detector's raw rate over all of it.
  const policyLimits = inspectLimits(DEFAULT_POLICY.detection);
  const csv = csvOf(Math.round(50 * MB * scale));
  const [c, csvMs] = await time(() => inspectFile(bytesSource(csv), 'customers.csv', policyLimits));
  const [cf, csvFullMs] = await time(() => inspectFile(bytesSource(csv), 'customers.csv', { ...INSPECT_LIMITS, maxTextBytes: csv.length, maxPdfBytes: csv.length }));
  const read = Math.min(csv.length, policyLimits.maxTextBytes);
  const xlsx = await xlsxOf(Math.round(20 * MB * scale));
  const [x, xlsxMs] = await time(() => inspectFile(bytesSource(xlsx), 'customers.xlsx', policyLimits));
  const rate = (bytes: number, ms: number) => +(bytes / MB / (ms / 1000)).toFixed(2);
  return {
    scale,
    maxFileBytes: policyLimits.maxTextBytes,
    csv: {
      bytes: csv.length,
      defaultPolicy: { bytesInspected: read, ms: Math.round(csvMs), mbPerSec: rate(read, csvMs), people: c.summary.people, uninspectable: c.uninspectable ?? null },
      wholeFile: { ms: Math.round(csvFullMs), mbPerSec: rate(csv.length, csvFullMs), people: cf.summary.people, uninspectable: cf.uninspectable ?? null },
    },
    xlsx: { bytes: xlsx.length, ms: Math.round(xlsxMs), mbPerSec: rate(xlsx.length, xlsxMs), people: x.summary.people, uninspectable: x.uninspectable ?? null },
    uploadDelay: await uploadDelay(),
  };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) bench().then((r) => console.log(JSON.stringify(r, null, 2)));
