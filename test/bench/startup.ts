// Content-script cost: main-thread scripting time with vs without the extension on an unclassified
// and a classified page (Chromium's own Performance metrics), and the built content scripts' sizes.
import { chromium, type Browser, type BrowserContext, type CDPSession } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error plain ESM helper without types
import { EXTENSION_DIR, EXTENSION_ID, chromiumArgs, findChromium, launchWithExtension } from '../browser.mjs';
// @ts-expect-error plain ESM helper without types
import { startSites } from '../sites/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Scripting and total task time (ms) of one page load, measured after the page settled (idle scans included). */
async function measure(context: BrowserContext, url: string): Promise<{ script: number; task: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500); // idle-time scanning finishes
  const m = await metrics(cdp);
  await page.close();
  return { script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000 };
}

async function series(context: BrowserContext, url: string) {
  await measure(context, url); // warm-up: code caches, fonts
  const script: number[] = [];
  const task: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(context, url);
    script.push(r.script);
    task.push(r.task);
  }
  return { script, task };
}

/** Long tasks (> 50 ms) after the load event while the page is left alone for 6 s. */
async function longTasks(context: BrowserContext, url: string) {
  const longest: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const r = await page.evaluate(
      () =>
        new Promise<{ longest: number; count: number }>((resolve) => {
          const seen: number[] = [];
          new PerformanceObserver((l) => l.getEntries().forEach((e) => seen.push(e.duration))).observe({ type: 'longtask' });
          setTimeout(() => resolve({ longest: Math.max(0, ...seen), count: seen.length }), 6000);
        }),
    );
    longest.push(r.longest);
    counts.push(r.count);
    await page.close();
  }
  return { longest: round(median(longest), 1), count: median(counts) };
}

async function importPolicy(context: BrowserContext, policy: unknown) {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await p.locator('details:has([data-testid=policy-text]) > summary').click();
  await p.getByTestId('policy-text').fill(JSON.stringify(policy));
  await p.getByTestId('import-text').click();
  await p.getByTestId('import-result').waitFor();
  await p.close();
}

export async function bench(): Promise<Record<string, unknown>> {
  const sites = await startSites({ port: 0 });
  const pages = {
    unclassified_article: sites.url('news.test', '/'),
    classified_customer_list: sites.url('crm.test', '/customers'),
  };
  const out: Record<string, unknown> = { runs: RUNS };
  try {
    const plainDir = mkdtempSync(path.join(tmpdir(), 'maruhi-bench-plain-'));
    const plain = await chromium.launchPersistentContext(plainDir, {
      executablePath: await findChromium(),
      headless: true,
      args: chromiumArgs().filter((a: string) => !a.includes('extension')),
    });
    const { context: withExt } = await launchWithExtension({});
    // The same extension with content classification off isolates the start cost from the idle-time page reading.
    const { context: noScan } = await launchWithExtension({});
    await importPolicy(noScan, { classification: { content: { enabled: false } } });
    for (const [name, url] of Object.entries(pages)) {
      const a = await series(plain, url);
      const b = await series(withExt, url);
      const c = await series(noScan, url);
      out[name] = {
        scripting_ms_without: round(median(a.script)),
        scripting_ms_with: round(median(b.script)),
        added_scripting_ms_median: round(median(b.script) - median(a.script)),
        added_scripting_ms_p95: round(p95(b.script) - median(a.script)),
        added_main_thread_task_ms_median: round(median(b.task) - median(a.task)),
        start_only_added_scripting_ms_median: round(median(c.script) - median(a.script)),
        start_only_added_scripting_ms_p95: round(p95(c.script) - median(a.script)),
      };
    }
    // Content classification reads a 3.7 MB page in idle slices: the longest main-thread task it adds.
    const longPage = sites.url('news.test', '/long');
    const a = await longTasks(plain, longPage);
    const b = await longTasks(withExt, longPage);
    out.long_page_3_7MB = {
      longest_task_ms_without: a.longest,
      longest_task_ms_with: b.longest,
      tasks_over_50ms_without: a.count,
      tasks_over_50ms_with: b.count,
      note: 'longest task after load (PerformanceObserver longtask, 6 s), median of 3 loads',
    };
    await plain.close();
    await withExt.close();
    await noScan.close();
  } finally {
    await sites.close();
  }
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  out.content_scripts = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => {
        const buf = readFileSync(path.join(dir, f));
        // guards.js is injected on demand (classified pages, or when something is about to leave a page).
        return [f, { bytes: buf.length, gzip_bytes: gzipSync(buf, { level: 9 }).length, loaded: f === 'guards.js' ? 'on demand' : 'every page' }];
      }),
  );
  out.goal = 'unclassified page: < 1 ms added main-thread work; content scripts < 30 KB gzip';
  return out;
}

export type { Browser };
