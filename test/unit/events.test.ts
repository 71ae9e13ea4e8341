// Event log core: hash chain tamper evidence, write-ahead writer, reporter queue, formats, filters.
import { describe, expect, it } from 'vitest';
import { chainAppend, GENESIS, parseJsonl, verifyChain } from '@/utils/events/chain';
import type { LoggedEvent, MaruhiEvent } from '@/utils/events/event';
import { buildIndex, aggregate, facets, filterEvents, toCsv, toJsonl } from '@/utils/events/filter';
import { formatBatch, idOf, toEcs, toOcsf, toSplunkHec } from '@/utils/events/formats';
import { applyPrivacy, backoffMs, parseAuthHeader, planQueue } from '@/utils/events/reporting';
import { createWriter, pruneThrough, type LogStore, type WriteAheadLog } from '@/utils/events/writer';
import type { ChainHead } from '@/utils/events/chain';

let n = 0;
const ev = (over: Partial<MaruhiEvent> = {}): MaruhiEvent => ({ id: `id-${++n}`, time: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), kind: 'guard', channel: 'copy', decision: 'audit', ...over });

async function chainOf(count: number): Promise<LoggedEvent[]> {
  const { logged } = await chainAppend(null, Array.from({ length: count }, () => ev()));
  return logged;
}

describe('hash chain', () => {
  it('links events from the genesis hash and verifies', async () => {
    const log = await chainOf(5);
    expect(log[0].seq).toBe(1);
    expect(log[0].prevHash).toBe(GENESIS);
    expect(log[1].prevHash).toBe(log[0].hash);
    expect(await verifyChain(log)).toEqual({ ok: true, checked: 5 });
  });

  it('still verifies after a JSON Lines round trip', async () => {
    const log = await chainOf(3);
    const back = parseJsonl(toJsonl(log));
    expect((await verifyChain(back)).ok).toBe(true);
  });

  it('names the first broken event when one is edited', async () => {
    const log = await chainOf(6);
    log[3] = { ...log[3], decision: 'allow' };
    const r = await verifyChain(log);
    expect(r).toMatchObject({ ok: false, reason: 'hash_mismatch', firstBroken: { index: 3, seq: 4, id: log[3].id } });
  });

  it('detects a deleted event in the middle', async () => {
    const log = await chainOf(6);
    log.splice(2, 1);
    expect(await verifyChain(log)).toMatchObject({ ok: false, reason: 'seq_gap', firstBroken: { seq: 4 } });
  });

  it('detects a deleted event even when later seqs are renumbered', async () => {
    const log = await chainOf(5);
    log.splice(1, 1);
    for (let i = 1; i < log.length; i++) log[i] = { ...log[i], seq: i + 1 };
    expect(await verifyChain(log)).toMatchObject({ ok: false, firstBroken: { index: 1 } });
  });

  it('detects reordered events', async () => {
    const log = await chainOf(5);
    [log[1], log[2]] = [log[2], log[1]];
    expect(await verifyChain(log)).toMatchObject({ ok: false, reason: 'seq_gap', firstBroken: { index: 1, seq: 3 } });
  });

  it('detects removed first events and a cut-off tail against the known head', async () => {
    const log = await chainOf(5);
    expect(await verifyChain(log.slice(2))).toMatchObject({ ok: false, reason: 'start_missing', firstBroken: { seq: 3 } });
    const head: ChainHead = { seq: 5, hash: log[4].hash };
    expect(await verifyChain(log.slice(0, 4), head)).toMatchObject({ ok: false, reason: 'head_mismatch' });
    expect((await verifyChain(log, head)).ok).toBe(true);
  });

  it('reports a line that is not an event as malformed', async () => {
    const log = await chainOf(3);
    const text = toJsonl(log).replace(/\n[^\n]*\n$/, '\nnot json\n');
    expect(await verifyChain(parseJsonl(text))).toMatchObject({ ok: false, reason: 'malformed', firstBroken: { index: 2 } });
  });
});

/** An in-memory LogStore that can be told to fail like a full disk. */
interface MemStore {
  rows: Map<number, LoggedEvent>;
  head: ChainHead | null;
  full: boolean;
  failAfterCommit: boolean;
  store: LogStore;
  list(): LoggedEvent[];
}
function memStore(): MemStore {
  const rows = new Map<number, LoggedEvent>();
  const s: MemStore = {
    rows,
    head: null as ChainHead | null,
    full: false,
    failAfterCommit: false,
    store: {
      head: async () => s.head,
      hasIds: async (ids: string[]) => new Set([...rows.values()].filter((e) => ids.includes(e.id)).map((e) => e.id)),
      firstAfter: async (seq: number) => {
        const e = [...rows.values()].filter((x) => x.seq > seq).sort((a, b) => a.seq - b.seq)[0];
        return e ? { seq: e.seq, prevHash: e.prevHash } : null;
      },
      countThrough: async (seq: number) => [...rows.values()].filter((x) => x.seq <= seq).length,
      append: async (events: LoggedEvent[], head: ChainHead, deleteThrough?: number) => {
        if (s.full) throw Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' });
        if (deleteThrough !== undefined) for (const k of [...rows.keys()]) if (k <= deleteThrough) rows.delete(k);
        for (const e of events) rows.set(e.seq, e);
        s.head = head;
        if (s.failAfterCommit) throw new Error('worker stopped');
      },
    },
    list: () => [...rows.values()].sort((a, b) => a.seq - b.seq),
  };
  return s;
}

function memWal() {
  const m = new Map<string, MaruhiEvent>();
  const wal: WriteAheadLog = { put: async (e) => void m.set(e.id, e), remove: async (ids) => ids.forEach((i) => m.delete(i)), all: async () => [...m.values()] };
  return { m, wal };
}

describe('write-ahead writer', () => {
  it('writes submitted events in order and clears the write-ahead copy', async () => {
    const s = memStore();
    const w = memWal();
    const writer = createWriter({ store: s.store, wal: w.wal });
    await writer.start();
    for (let i = 0; i < 3; i++) await writer.submit(ev());
    await writer.drain();
    expect(s.list().map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(w.m.size).toBe(0);
    expect((await verifyChain(s.list())).ok).toBe(true);
  });

  it('keeps events in memory while the disk is full, reports the error, and writes them on retry', async () => {
    const s = memStore();
    const w = memWal();
    const errors: string[] = [];
    const writer = createWriter({ store: s.store, wal: w.wal, onError: (st) => errors.push(st.error!.name) });
    await writer.start();
    s.full = true;
    await writer.submit(ev());
    await writer.submit(ev());
    await writer.drain();
    expect(writer.status()).toMatchObject({ pending: 2, error: { quota: true } });
    expect(errors[0]).toBe('QuotaExceededError');
    s.full = false;
    await writer.retry();
    expect(writer.status()).toMatchObject({ pending: 0, written: 2 });
    expect(writer.status().error).toBeUndefined();
    expect(s.list()).toHaveLength(2);
  });

  it('recovers what a stopped worker left in the write-ahead log, without writing twice what had committed', async () => {
    const s = memStore();
    const w = memWal();
    const first = createWriter({ store: s.store, wal: w.wal });
    await first.start();
    s.failAfterCommit = true; // committed, then the worker stopped before clearing the write-ahead copy
    const a = ev();
    await first.submit(a);
    await first.drain();
    s.failAfterCommit = false;
    const b = ev(); // accepted into the write-ahead log, never written
    await w.wal.put(b);
    const second = createWriter({ store: s.store, wal: w.wal });
    await second.start();
    expect(s.list().map((e) => e.id)).toEqual([a.id, b.id]);
    expect(w.m.size).toBe(0);
    expect((await verifyChain(s.list())).ok).toBe(true);
  });

  it('prunes with a checkpoint so the rest of the chain still verifies', async () => {
    const s = memStore();
    const w = memWal();
    const writer = createWriter({ store: s.store, wal: w.wal });
    await writer.start();
    for (let i = 0; i < 10; i++) await writer.submit(ev());
    await writer.drain();
    expect(await writer.prune(pruneThrough(10, 5, null), { maxEvents: 5 })).toBe(6);
    const left = s.list();
    expect(left.map((e) => e.seq)).toEqual([7, 8, 9, 10, 11]);
    expect(left[4]).toMatchObject({ kind: 'checkpoint', detail: { firstSeq: 7, pruned: 6 } });
    expect((await verifyChain(left)).ok).toBe(true);
    // Deleting more after the prune is still caught.
    expect(await verifyChain(left.slice(1))).toMatchObject({ ok: false, reason: 'start_missing' });
    // A second prune that removes the first checkpoint too.
    expect(await writer.prune(10, { maxEvents: 2 })).toBe(4);
    expect((await verifyChain(s.list())).ok).toBe(true);
  });

  it('plans pruning by count and by age', () => {
    expect(pruneThrough(100, 50, null)).toBe(51);
    expect(pruneThrough(100, 200, 30)).toBe(30);
    expect(pruneThrough(10, 200, null)).toBe(0);
  });
});

describe('reporter queue', () => {
  it('backs off exponentially with jitter, capped', () => {
    expect(backoffMs(0)).toBe(0);
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 1)).toBe(1000);
    expect(backoffMs(4, () => 0)).toBe(4000);
    expect(backoffMs(4, () => 1)).toBe(8000);
    expect(backoffMs(50, () => 1)).toBe(15 * 60_000);
    const seen = new Set(Array.from({ length: 20 }, () => backoffMs(6)));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('drops the oldest beyond the bound and counts events pruned before delivery', () => {
    expect(planQueue(10, 1, 20, 100)).toEqual({ from: 11, dropped: 0 });
    expect(planQueue(10, 16, 20, 100)).toEqual({ from: 16, dropped: 5 });
    expect(planQueue(0, 1, 1000, 100)).toEqual({ from: 901, dropped: 900 });
  });

  it('parses an auth header and refuses header injection', () => {
    expect(parseAuthHeader('Authorization: Splunk abc-123')).toEqual(['Authorization', 'Splunk abc-123']);
    expect(parseAuthHeader('X-Api-Key:k')).toEqual(['X-Api-Key', 'k']);
    expect(parseAuthHeader('no colon')).toBeNull();
    expect(parseAuthHeader('A: b\r\nX: y')).toBeNull();
  });

  it('keeps raw content out of events unless the policy asks for it', () => {
    const e = ev({ detail: { content: '山田太郎 090-1234-5678', count: 2 } });
    expect(applyPrivacy(e, false).detail).toEqual({ count: 2, contentOmitted: true });
    expect(applyPrivacy(e, true).detail).toEqual(e.detail);
  });
});

describe('formats', () => {
  const detection = { counts: { phone: 3, email: 2 }, people: 3, sensitive: false, sensitiveCategories: [], payment: false, reportable: false, samples: [{ type: 'phone' as const, masked: '090-****-5678' }], scanned: 100, truncated: false };
  const meta = { version: '1.2.3', host: 'pc-1' };
  it('wraps events for Splunk HEC with time in seconds', async () => {
    const [e] = (await chainAppend(null, [ev({ decision: 'block', detection })])).logged;
    const h = toSplunkHec(e, meta);
    expect(h).toMatchObject({ time: Date.parse(e.time) / 1000, host: 'pc-1', source: 'maruhi', sourcetype: 'maruhi:event', event: { id: e.id, hash: e.hash } });
    const b = formatBatch('splunk_hec', [e, e], meta);
    expect(b.body.split('\n').map((l) => idOf('splunk_hec', JSON.parse(l)))).toEqual([e.id, e.id]);
  });

  it('maps a block to an OCSF Data Security Finding, denied', async () => {
    const [e] = (await chainAppend(null, [ev({ decision: 'block', channel: 'upload', destinationHost: 'share.test', user: 'u1', detection })])).logged;
    const o = toOcsf(e, meta);
    expect(o).toMatchObject({ class_uid: 2006, category_uid: 2, type_uid: 200601, action_id: 2, disposition: 'Blocked', severity_id: 4, metadata: { uid: e.id, product: { version: '1.2.3' } }, dst_endpoint: { hostname: 'share.test' }, actor: { user: { uid: 'u1' } } });
    expect(o.data_security?.pattern_match).toBe('phone,email');
    expect(idOf('ocsf', o)).toBe(e.id);
  });

  it('maps events to ECS', async () => {
    const [e] = (await chainAppend(null, [ev({ decision: 'warn', channel: 'paste', rule: 'r1' })])).logged;
    const x = toEcs(e, meta);
    expect(x).toMatchObject({ '@timestamp': e.time, event: { id: e.id, kind: 'alert', action: 'paste', outcome: 'success', sequence: 1 }, rule: { id: 'r1' }, observer: { version: '1.2.3' } });
    expect(formatBatch('ecs', [e], meta).body).toBe(JSON.stringify(x) + '\n');
  });
});

describe('filters and exports', () => {
  const mk = async () =>
    (
      await chainAppend(null, [
        ev({ time: '2026-01-01T01:00:00Z', channel: 'copy', decision: 'audit', pageHost: 'crm.test', user: 'a', label: 'confidential' }),
        ev({ time: '2026-01-01T02:00:00Z', channel: 'upload', decision: 'block', destinationHost: 'share.test', user: 'b', detection: { counts: { email: 5 }, people: 5, sensitive: false, sensitiveCategories: [], payment: false, reportable: false, samples: [], scanned: 9, truncated: false } }),
        ev({ time: '2026-01-02T03:00:00Z', kind: 'policy_error', channel: undefined, decision: undefined, reason: '=cmd|bad' }),
      ])
    ).logged;

  it('filters by time, channel, decision, host, user and text, newest first', async () => {
    const ix = buildIndex(await mk());
    expect(filterEvents(ix, {})).toEqual([2, 1, 0]);
    expect(filterEvents(ix, { channel: 'upload' })).toEqual([1]);
    expect(filterEvents(ix, { decision: 'audit', user: 'a' })).toEqual([0]);
    expect(filterEvents(ix, { host: 'SHARE' })).toEqual([1]);
    expect(filterEvents(ix, { from: Date.parse('2026-01-01T01:30:00Z'), to: Date.parse('2026-01-02T00:00:00Z') })).toEqual([1]);
    expect(filterEvents(ix, { text: 'CMD|bad' })).toEqual([2]);
    expect(filterEvents(ix, { label: 'confidential' })).toEqual([0]);
    expect(facets(ix.events).channels).toEqual(['copy', 'upload']);
  });

  it('aggregates per day, destinations and people', async () => {
    const ix = buildIndex(await mk());
    const a = aggregate(ix, filterEvents(ix, {}), 10, 0);
    expect(a.days.map((d) => [d.day, d.total])).toEqual([['2026-01-01', 2], ['2026-01-02', 1]]);
    expect(a.days[0].byDecision).toEqual({ audit: 1, block: 1 });
    expect(a.destinations).toEqual([{ host: 'share.test', count: 1, blocked: 1 }]);
    expect(a.people).toEqual({ total: 5, max: 5, events: 1 });
  });

  it('writes CSV that Excel opens safely', async () => {
    const csv = toCsv(await mk());
    expect(csv.startsWith('\ufeffseq,time,kind')).toBe(true);
    expect(csv).toContain(",'=cmd|bad,");
    expect(csv).toContain('email:5');
  });
});

describe('incident report', () => {
  it('gathers people, types, sensitive and payment data, channels and actions for a period and user', async () => {
    const { buildIncident, renderIncidentHtml } = await import('@/utils/events/incident');
    const det = (people: number, extra: object = {}) => ({ counts: { email: people }, people, sensitive: false, sensitiveCategories: [], payment: false, reportable: false, samples: [], scanned: 1, truncated: false, ...extra });
    const { logged } = await chainAppend(null, [
      ev({ time: '2026-03-01T00:00:00Z', user: 'a', channel: 'upload', decision: 'block', destinationHost: 'share.test', detection: det(1200) }),
      ev({ time: '2026-03-02T00:00:00Z', user: 'a', channel: 'copy', decision: 'audit', detection: det(3, { sensitive: true, sensitiveCategories: ['medical'] }) }),
      ev({ time: '2026-03-02T00:00:00Z', user: 'b', channel: 'paste', decision: 'warn', detection: det(5, { payment: true }) }),
      ev({ time: '2026-04-01T00:00:00Z', user: 'a', channel: 'print', decision: 'block', detection: det(9) }),
    ]);
    const r = buildIncident(logged, { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-03-31T00:00:00Z'), user: 'a', kind: 'preliminary' });
    expect(r).toMatchObject({ events: 2, peopleMax: 1200, peopleSum: 1203, sensitive: true, sensitiveCategories: ['medical'], payment: false, reportable: true, channels: { upload: 1, copy: 1 }, actions: { block: 1, audit: 1 }, destinations: { 'share.test': 1 }, firstSeq: 1, lastSeq: 2 });
    expect(r.types).toEqual({ email: 1203 });
    const { t } = await import('@/utils/i18n');
    const html = renderIncidentHtml({ ...r, destinations: { '<script>': 1 } }, 'ja', (k, p) => t('ja', k, p), (_k, f) => f);
    expect(html).toContain('速報');
    expect(html).toContain('最大 1200 人');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
