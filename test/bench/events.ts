// Event log benchmark: hash-chain append and verify rates, and the options page's filter on 100,000 events.
// Exports bench() for test/bench/run.ts; run alone with `npx tsx test/bench/events.ts`. Prints JSON.
import { chainAppend, verifyChain } from '../../utils/events/chain';
import type { LoggedEvent, MaruhiEvent } from '../../utils/events/event';
import { aggregate, buildIndex, filterEvents } from '../../utils/events/filter';
import { CHANNELS, ACTIONS } from '../../utils/policy/types';

function synth(n: number): MaruhiEvent[] {
  const out: MaruhiEvent[] = [];
  const t0 = Date.UTC(2026, 0, 1);
  let r = 12345;
  const rnd = () => ((r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < n; i++) {
    out.push({
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      time: new Date(t0 + i * 60_000).toISOString(),
      kind: 'guard',
      channel: CHANNELS[Math.floor(rnd() * CHANNELS.length)],
      decision: ACTIONS[Math.floor(rnd() * ACTIONS.length)],
      rule: 'rule-' + Math.floor(rnd() * 20),
      label: rnd() < 0.5 ? 'confidential' : 'internal',
      pageHost: 'crm.test',
      page: 'crm.test/customers',
      destinationHost: `host${Math.floor(rnd() * 300)}.example`,
      user: `user${Math.floor(rnd() * 50)}@sakura.example`,
      detection: { counts: { phone: 3, email: 2 }, people: Math.floor(rnd() * 40), sensitive: rnd() < 0.05, sensitiveCategories: [], payment: rnd() < 0.1, reportable: false, samples: [{ type: 'phone', masked: '090-****-5678' }], scanned: 2000, truncated: false },
    });
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function bench(): Promise<Record<string, unknown>> {
  const N = 100_000;
  const raw = synth(N);
  let t = performance.now();
  // Appended in batches as the writer does (up to 500 per IndexedDB transaction).
  let head = null;
  const log: LoggedEvent[] = [];
  for (let i = 0; i < N; i += 500) {
    const r = await chainAppend(head, raw.slice(i, i + 500));
    head = r.head;
    log.push(...r.logged);
  }
  const appendMs = performance.now() - t;
  t = performance.now();
  const v = await verifyChain(log);
  const verifyMs = performance.now() - t;
  if (!v.ok) throw new Error('benchmark chain did not verify');

  t = performance.now();
  const ix = buildIndex(log);
  const indexMs = performance.now() - t;
  const filters = {
    none: {},
    channel_decision: { channel: 'upload', decision: 'block' },
    time_range_user: { from: Date.UTC(2026, 0, 20), to: Date.UTC(2026, 1, 10), user: 'user7@sakura.example' },
    host_substring: { host: 'host12' },
    free_text: { text: '090-****' },
  } as const;
  const filterMs: Record<string, number> = {};
  for (const [name, f] of Object.entries(filters)) {
    const runs: number[] = [];
    for (let k = 0; k < 7; k++) {
      const s = performance.now();
      filterEvents(ix, f);
      runs.push(performance.now() - s);
    }
    filterMs[name] = Number(median(runs).toFixed(2));
  }
  t = performance.now();
  aggregate(ix, filterEvents(ix, {}));
  const aggregateMs = performance.now() - t;
  return {
    events: N,
    chain_append_events_per_s: Math.round(N / (appendMs / 1000)),
    verify_events_per_s: Math.round(N / (verifyMs / 1000)),
    options_index_build_ms: Number(indexMs.toFixed(1)),
    options_filter_ms_median: filterMs,
    options_filter_goal_ms: 100,
    charts_aggregate_ms: Number(aggregateMs.toFixed(1)),
    note: 'Pure parts in Node (same code as the options page and the writer). IndexedDB append rate in Chromium is measured by test/e2e/events.spec.ts only as a correctness run, not timed.',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await bench(), null, 2));
