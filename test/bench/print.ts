// Watermark cost: scroll frame times (requestAnimationFrame deltas) on a 10,000-row classified table,
// with and without the watermark overlay. Exports bench() for test/bench/run.ts; run alone with
// `npx tsx test/bench/print.ts`. Prints JSON.
import type { BrowserContext, Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain ESM helper without types
import { EXTENSION_ID, ROOT, launchWithExtension } from '../browser.mjs';

const ROWS = 10_000;
const FRAMES = Number(process.env.BENCH_FRAMES ?? 240);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const URL_ = 'http://crm.test/customers-bench';

function table(): string {
  const rows: string[] = [];
  for (let i = 1; i <= ROWS; i++)
    rows.push(`<tr data-id="${i}"><td>${i}</td><td>顧客 ${i}</td><td>user${i}@example.jp</td><td>090-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i % 10000).padStart(4, '0')}</td><td>東京都千代田区${i}丁目</td></tr>`);
  return `<!doctype html><meta charset="utf-8"><title>bench</title><table id="customers">${rows.join('')}</table>`;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(s.length * p))] * 100) / 100;
};

async function setPolicy(context: BrowserContext, watermark: boolean) {
  const doc = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/demo-policy.json'), 'utf8'));
  doc.watermark = { enabled: watermark, minLabel: 'confidential', opacity: 0.1 };
  const p = await context.newPage();
  await p.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const r = await p.evaluate((d) => (globalThis as any).chrome.runtime.sendMessage({ type: 'policy.import', doc: d }), doc);
  await p.close();
  if (!r?.ok) throw new Error(`policy import failed: ${JSON.stringify(r)}`);
}

/** Scrolls one step per frame and returns the frame-to-frame times (ms). */
async function scrollFrames(page: Page): Promise<number[]> {
  // A string, not a function: tsx adds helpers (__name) that do not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    scrollTo(0, 0);
    const deltas = [];
    let last = 0, n = 0;
    const step = (t) => {
      if (last) deltas.push(t - last);
      last = t;
      scrollBy(0, 97);
      if (++n <= ${FRAMES}) requestAnimationFrame(step);
      else resolve(deltas);
    };
    requestAnimationFrame(step);
  })`) as Promise<number[]>;
}

export async function bench(): Promise<Record<string, unknown>> {
  const { context } = (await launchWithExtension()) as { context: BrowserContext };
  const html = table();
  const out: Record<string, unknown> = { rows: ROWS, frames_per_run: FRAMES, runs: RUNS };
  try {
    for (const watermark of [false, true]) {
      await setPolicy(context, watermark);
      const page = await context.newPage();
      await page.route(URL_, (r: Route) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      const deltas: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.goto(URL_);
        await page.locator('maruhi-banner').waitFor({ state: 'attached', timeout: 20_000 });
        if (watermark) await page.locator('maruhi-watermark').waitFor({ state: 'attached' });
        else if (await page.locator('maruhi-watermark').count()) throw new Error('watermark present with watermark off');
        await page.waitForTimeout(1500); // content scan and layout settle
        deltas.push(...(await scrollFrames(page)));
      }
      const key = watermark ? 'with_watermark' : 'without_watermark';
      out[key] = { frame_ms_p50: pct(deltas, 0.5), frame_ms_p95: pct(deltas, 0.95), frame_ms_max: pct(deltas, 1), frames: deltas.length, overlay_nodes: watermark ? 1 : 0 };
      await page.close();
    }
  } finally {
    await context.close();
  }
  out.note = 'Headless Chromium, software compositing, 2 shared cores: compare the two rows, not the absolute numbers. One fixed overlay with an SVG tile background; no nodes per row.';
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await bench(), null, 2));
