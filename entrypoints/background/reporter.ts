// Reporter: ships logged events to the policy's collector in batches; the log itself is the persistent queue.
import { browser } from 'wxt/browser';
import type { EventInput } from '@/utils/events/event';
import { formatBatch } from '@/utils/events/formats';
import { backoffMs, parseAuthHeader, planQueue, type ReporterStatus } from '@/utils/events/reporting';
import type { EffectivePolicy } from '@/utils/storage-keys';
import { isWatchlisted } from '@/utils/exceptions/watchlist';
import { firstSeq, openEventDb, readHead, readQueueState, readRange, writeQueueState } from './event-db';

export const REPORT_ALARM = 'report.retry';
export const HEARTBEAT_ALARM = 'report.heartbeat';
/** Retention and delivery catch-up, a few times a day even when heartbeats are off. */
export const UPKEEP_ALARM = 'log.upkeep';

export interface Reporter {
  /** New events are in the log: send soon (batched by interval or size). */
  kick(newEvents: number): void;
  /** Sends now; `force` ignores the backoff (the options page's "retry now", the retry alarm). */
  flush(force?: boolean): Promise<void>;
  status(): Promise<ReporterStatus>;
  /** Re-arms the heartbeat alarm for the current policy. */
  schedule(): Promise<void>;
  heartbeat(): Promise<void>;
}

/** `onGrants` hears grant codes a collector sends back (`{"grants": ["<code>", …]}` in its JSON answer). */
export function createReporter(policy: () => EffectivePolicy, record: (e: EventInput) => Promise<unknown>, drainLog: () => Promise<void>, onGrants?: (codes: string[]) => void): Reporter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsent = 0;
  let running: Promise<void> | null = null;
  const version = browser.runtime.getManifest().version;

  async function sendOnce(force: boolean): Promise<'done' | 'more' | 'wait'> {
    const r = policy().policy.reporting;
    const db = await openEventDb();
    const st = await readQueueState(db);
    const head = await readHead(db);
    if (!head) return 'done';
    if (!r.url) {
      // Nothing is queued without a collector, so naming one later does not flood it with history.
      if (st.sentThrough !== head.seq) await writeQueueState(db, { ...st, sentThrough: head.seq, failures: 0, nextAttempt: 0 });
      return 'done';
    }
    if (!force && st.nextAttempt > Date.now()) return 'wait';
    const plan = planQueue(st.sentThrough, await firstSeq(db), head.seq);
    if (plan.dropped > 0) {
      await writeQueueState(db, { ...st, sentThrough: plan.from - 1 });
      await record({ kind: 'dropped', reason: 'reporting queue full or events pruned before delivery', detail: { count: plan.dropped } });
      return 'more';
    }
    if (plan.from > head.seq) return 'done';
    const batch = await readRange(db, plan.from, Math.max(1, r.batchSize));
    if (!batch.length) return 'done';
    const { body, contentType } = formatBatch(r.format, batch, { version });
    const headers: Record<string, string> = { 'Content-Type': contentType };
    const auth = r.authHeader ? parseAuthHeader(r.authHeader) : null;
    if (auth) headers[auth[0]] = auth[1];
    let error: string | undefined;
    try {
      const res = await fetch(r.url, { method: 'POST', headers, body, credentials: 'omit', cache: 'no-store' });
      if (!res.ok) error = `HTTP ${res.status}`;
      else if (onGrants && /json/i.test(res.headers.get('content-type') ?? '')) {
        // A collector may answer requests with grants; they are verified like any other before use.
        const j = (await res.json().catch(() => null)) as { grants?: unknown } | null;
        const codes = Array.isArray(j?.grants) ? j.grants.filter((c): c is string => typeof c === 'string' && c.length < 16_384).slice(0, 100) : [];
        if (codes.length) onGrants(codes);
      }
    } catch (e) {
      error = String((e as Error)?.message ?? e);
    }
    const now = Date.now();
    if (error) {
      const failures = st.failures + 1;
      const nextAttempt = now + backoffMs(failures);
      await writeQueueState(db, { ...st, url: r.url, failures, nextAttempt, lastError: `${new Date(now).toISOString()} ${error}` });
      // The alarm wakes a sleeping worker; the timer is quicker while it is awake.
      void browser.alarms.create(REPORT_ALARM, { when: Math.max(nextAttempt, now + 1000) });
      clearTimeout(timer);
      timer = setTimeout(() => void flushLoop(false), nextAttempt - now);
      return 'wait';
    }
    const last = batch[batch.length - 1].seq;
    await writeQueueState(db, { sentThrough: last, failures: 0, nextAttempt: 0, url: r.url, lastSuccess: new Date(now).toISOString(), lastError: st.lastError });
    return last < head.seq ? 'more' : 'done';
  }

  async function flushLoop(force: boolean) {
    if (running) return running;
    clearTimeout(timer);
    timer = undefined;
    running = (async () => {
      try {
        await drainLog();
        unsent = 0;
        for (let i = 0; i < 1000; i++) {
          const r = await sendOnce(force && i === 0);
          if (r !== 'more') break;
        }
      } catch {
        // IndexedDB unavailable: the log reports that; the next kick or alarm tries again.
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    kick(n) {
      const r = policy().policy.reporting;
      unsent += n;
      if (unsent >= r.batchSize) {
        void flushLoop(false);
      } else if (!timer) {
        timer = setTimeout(() => {
          timer = undefined;
          void flushLoop(false);
        }, Math.max(1, r.intervalSeconds) * 1000);
      }
    },
    flush: (force = false) => flushLoop(force),
    async status() {
      const db = await openEventDb();
      const st = await readQueueState(db);
      const head = await readHead(db);
      const r = policy().policy.reporting;
      return { url: r.url, format: r.format, sentThrough: st.sentThrough, waiting: r.url ? Math.max(0, (head?.seq ?? 0) - st.sentThrough) : 0, failures: st.failures, nextAttempt: st.nextAttempt, lastError: st.lastError, lastSuccess: st.lastSuccess };
    },
    async schedule() {
      if (!(await browser.alarms.get(UPKEEP_ALARM))) await browser.alarms.create(UPKEEP_ALARM, { periodInMinutes: 360, delayInMinutes: 360 });
      const minutes = policy().policy.reporting.heartbeatMinutes;
      const a = await browser.alarms.get(HEARTBEAT_ALARM);
      if (minutes <= 0) {
        if (a) await browser.alarms.clear(HEARTBEAT_ALARM);
        return;
      }
      if (!a || a.periodInMinutes !== minutes) await browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
    },
    async heartbeat() {
      const p = policy();
      if (!p.policy.reporting.url || p.policy.reporting.heartbeatMinutes <= 0) return;
      const incognito = await browser.extension.isAllowedIncognitoAccess().catch(() => null);
      // The mode is for the collector; the user-facing pages do not show it.
      const mode = isWatchlisted(p.policy, Date.now()) ? 'watchlist' : 'normal';
      await record({ kind: 'heartbeat', detail: { version, policyHash: p.hash, policyName: p.policy.name, managed: p.managed, incognitoAllowed: incognito, mode } });
    },
  };
}
