// Event log in a real Chromium: events reach the popup, the options page and the collector (through an outage and a
// browser restart, none lost or duplicated); tampering is caught on the options page and by the CLI on an export.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, expectLabel, demoPolicy, type Sites } from './fixtures';
import { idOf } from '../../utils/events/formats';
import type { ReportFormat } from '../../utils/policy/types';

interface CollectorState {
  events: Record<string, any>[];
  deliveries: { path: string; authorization: string; status: number; count: number }[];
  clear(): void;
}
const collector = (sites: Sites) => (sites as unknown as { collector: CollectorState }).collector;

function reportingPolicy(sites: Sites, format: ReportFormat, extra: Record<string, unknown> = {}) {
  const p = demoPolicy();
  const url = format === 'splunk_hec' ? sites.url('collector.test', '/services/collector/event') : sites.url('collector.test', '/events');
  p.reporting = { url, format, intervalSeconds: 5, batchSize: 20, authHeader: 'Authorization: Splunk test-token', ...extra };
  return p;
}

/** ids the collector received, and how many arrived more than once. */
function received(sites: Sites, format: ReportFormat) {
  const ids = collector(sites).events.map((r) => idOf(format, r)!);
  return { ids: new Set(ids), duplicates: ids.length - new Set(ids).size, all: ids };
}

const RUN = (cmd: string) => path.join(process.cwd(), 'node_modules', '.bin', cmd);

test.describe('event log', () => {
  test('a broken policy import and a labelled page appear in the options log and the popup', async ({ ext, sites }) => {
    const opts = await ext.importPolicy(demoPolicy());
    await expect(opts.getByTestId('import-result')).toHaveClass(/ok/);
    await ext.importPolicy({ labels: 'not a list' });
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');

    const tabId = await ext.worker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({ url: url + '*' }))[0]?.id, sites.url('crm.test', '/customers'));
    const popup = await ext.page();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
    const item = popup.getByTestId('popup-events').locator('li[data-kind=page]').first();
    await expect(item).toContainText('ページの閲覧');
    await expect(popup.getByTestId('popup-pending')).toContainText('申請中の例外はありません');
    await expect(popup.getByRole('button', { name: '設定とログを開く' })).toBeVisible();

    const log = await ext.page();
    await log.goto(`chrome-extension://${ext.id}/options.html#events`);
    await expect(log.getByTestId('events-table').locator('tr[data-kind=policy_error]')).toContainText('/labels');
    await expect(log.getByTestId('events-table').locator('tr[data-kind=page]').first()).toContainText('crm.test');
    // Filters: only the policy error, then a free-text search for the CRM page.
    await log.getByTestId('filter-kind').selectOption('policy_error');
    await expect(log.getByTestId('events-table').locator('tbody tr')).toHaveCount(1);
    await log.getByTestId('filter-kind').selectOption('');
    await log.getByTestId('filter-text').fill('/customers');
    await expect(log.getByTestId('events-table').locator('tbody tr[data-kind=page]')).not.toHaveCount(0);
    await expect(log.getByTestId('events-table').locator('tbody tr[data-kind=policy_error]')).toHaveCount(0);
    // Charts and incident report render from the same log.
    await log.getByTestId('tab-charts').click();
    await expect(log.getByTestId('charts')).toContainText('日別イベント数');
    await log.getByTestId('tab-incident').click();
    await expect(log.getByTestId('incident-summary')).toContainText('該当イベント数');
    const dl = log.waitForEvent('download');
    await log.getByTestId('incident-make').click();
    const html = readFileSync((await (await dl).path())!, 'utf8');
    expect(html).toContain('個人データの漏えい等 報告用資料');
    expect(html).toContain('速報');
  });

  test('the collector receives every event in Splunk HEC format through an outage and a browser restart, none twice', async ({ ext, sites }) => {
    const c = collector(sites);
    c.clear();
    const opts = await ext.importPolicy(reportingPolicy(sites, 'splunk_hec'));
    await expect(opts.getByTestId('import-result')).toHaveClass(/ok/);
    const page = await ext.page();
    await page.goto(sites.url('crm.test', '/customers'));
    await expectLabel(page, 'confidential');
    await expect.poll(() => received(sites, 'splunk_hec').ids.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const first = c.events.find((r) => r.event.kind === 'heartbeat');
    expect(first?.event.detail).toMatchObject({ incognitoAllowed: false });
    expect(typeof first?.event.detail.policyHash).toBe('string');
    expect(c.deliveries.every((d) => d.path === '/services/collector/event' && d.authorization === 'Splunk test-token')).toBe(true);

    // The collector goes down mid-stream; events keep coming.
    (c as unknown as { down: boolean }).down = true;
    for (const p of ['/customers?page=2', '/customers?page=3', '/notes']) {
      await page.goto(sites.url('crm.test', p));
      await expectLabel(page, 'confidential', { reload: false });
    }
    await expect.poll(() => c.deliveries.some((d) => d.status >= 500), { timeout: 30_000 }).toBe(true);
    const log = await ext.page();
    await log.goto(`chrome-extension://${ext.id}/options.html#events`);
    await expect(log.getByTestId('report-status')).toContainText('送信に失敗しています', { timeout: 20_000 });

    // The browser is closed during the outage and started again; the queue is in IndexedDB.
    await ext.relaunch();
    const page2 = await ext.page();
    await page2.goto(sites.url('crm.test', '/customers/1'));
    await expectLabel(page2, 'confidential');
    (c as unknown as { down: boolean }).down = false;
    // Whatever is in the log must arrive exactly once.
    const inLog = async (): Promise<string[]> => {
      const p = await ext.page();
      await p.goto(`chrome-extension://${ext.id}/options.html#events`);
      const ids = await p.evaluate(async () => {
        const req = indexedDB.open('maruhi-events');
        const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
        const all: any[] = await new Promise((r) => {
          const g = db.transaction('events').objectStore('events').getAll();
          g.onsuccess = () => r(g.result);
        });
        db.close();
        return all.map((e) => e.id as string);
      });
      await p.close();
      return ids;
    };
    const retry = await ext.page();
    await retry.goto(`chrome-extension://${ext.id}/options.html#events`);
    await retry.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'log.retry' }));
    await expect
      .poll(async () => {
        const want = await inLog();
        const got = received(sites, 'splunk_hec').ids;
        return want.filter((id) => !got.has(id)).length;
      }, { timeout: 60_000, intervals: [1000, 2000, 3000] })
      .toBe(0);
    expect(received(sites, 'splunk_hec').duplicates).toBe(0);
    const kinds = c.events.map((r) => r.event.kind);
    expect(kinds.filter((k) => k === 'page').length).toBeGreaterThanOrEqual(5);
    // Events arrive in log order, chained: the SIEM copy is itself verifiable.
    const seqs = c.events.map((r) => r.event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  test('tampering with the stored log is caught on the options page; an export verifies with the CLI until edited', async ({ ext, sites }) => {
    await ext.importPolicy(demoPolicy());
    const page = await ext.page();
    for (const p of ['/customers', '/notes', '/customers?page=2']) {
      await page.goto(sites.url('crm.test', p));
      await expectLabel(page, 'confidential', { reload: p === '/customers' });
    }
    const opts = await ext.page();
    await opts.goto(`chrome-extension://${ext.id}/options.html#events`);
    await opts.getByTestId('verify').click();
    await expect(opts.getByTestId('verify-result')).toHaveAttribute('data-ok', 'true');
    await expect(opts.getByTestId('verify-result')).toContainText('改ざんは検出されませんでした');

    // Export, then verify with the CLI anyone can run.
    const dl = opts.waitForEvent('download');
    await opts.getByTestId('export-jsonl').click();
    const file = path.join(tmpdir(), `maruhi-events-${Date.now()}.jsonl`);
    writeFileSync(file, readFileSync((await (await dl).path())!, 'utf8'));
    const ok = execFileSync(RUN('tsx'), ['test/tools/verify-log.ts', file], { encoding: 'utf8' });
    expect(ok).toMatch(/^OK: \d+ events/);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const target = JSON.parse(lines[1]);
    target.decision = 'allow';
    lines[1] = JSON.stringify(target);
    writeFileSync(file, lines.join('\n') + '\n');
    let out = '';
    let code = 0;
    try {
      execFileSync(RUN('tsx'), ['test/tools/verify-log.ts', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
      out = String((e as { stderr: string }).stderr);
    }
    expect(code).toBe(1);
    expect(out).toContain(`BROKEN at line 2 (seq ${target.seq}`);

    // Someone edits the stored log directly (as devtools would): the options page names the first broken event.
    const seq = await opts.evaluate(async () => {
      const req = indexedDB.open('maruhi-events');
      const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
      const store = db.transaction('events', 'readwrite').objectStore('events');
      const all: any[] = await new Promise((r) => {
        const g = store.getAll();
        g.onsuccess = () => r(g.result);
      });
      const victim = all.find((e) => e.kind === 'page');
      victim.page = 'crm.test/harmless';
      await new Promise((r) => (store.put(victim).onsuccess = r));
      db.close();
      return victim.seq as number;
    });
    await opts.getByTestId('verify').click();
    await expect(opts.getByTestId('verify-result')).toHaveAttribute('data-ok', 'false');
    await expect(opts.getByTestId('verify-result')).toContainText(`seq ${seq} から`);
  });
});
