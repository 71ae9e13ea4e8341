// Event log: gives events ids and times, writes them ahead to session storage, then hash-chained into IndexedDB.
import { browser } from 'wxt/browser';
import { verifyChain, type ChainHead, type VerifyResult } from '@/utils/events/chain';
import type { EventInput, LoggedEvent, MaruhiEvent } from '@/utils/events/event';
import { applyPrivacy } from '@/utils/events/reporting';
import { createWriter, pruneThrough, type WriteAheadLog, type WriterStatus } from '@/utils/events/writer';
import type { Retention } from '@/utils/policy/types';
import { idbLogStore, lastSeqBefore, openEventDb, readAll, readHead, readRecent, type EventDb } from './event-db';

export interface EventContext {
  tabId?: number;
  user?: string;
  watchlist?: boolean;
  includeContent?: boolean;
}

export interface EventLog {
  record(e: EventInput, ctx?: EventContext): Promise<MaruhiEvent>;
  list(q: { tabId?: number; limit?: number }): Promise<MaruhiEvent[]>;
  status(): WriterStatus & { head: ChainHead | null; dbError?: string };
  head(): Promise<ChainHead | null>;
  verify(): Promise<VerifyResult & { head: ChainHead | null }>;
  retry(): Promise<void>;
  applyRetention(r: Retention): Promise<number>;
  /** Resolves when everything recorded so far is in IndexedDB (or the attempt failed). */
  drain(): Promise<void>;
}

const WAL_PREFIX = 'wal:';
export const RETRY_ALARM = 'log.retry';

/** storage.session outlives a stopped service worker (not the browser): the write-ahead copy. */
const sessionWal: WriteAheadLog = {
  put: (e) => browser.storage.session.set({ [WAL_PREFIX + e.id]: e }),
  remove: (ids) => browser.storage.session.remove(ids.map((id) => WAL_PREFIX + id)),
  async all() {
    const all = await browser.storage.session.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(WAL_PREFIX))
      .map(([, v]) => v as MaruhiEvent);
  },
};

export function createEventLog(onWritten: (events: LoggedEvent[]) => void = () => {}): EventLog {
  let dbError: string | undefined;
  let lastHead: ChainHead | null = null;
  let reportedError = false;
  const db = (): Promise<EventDb> =>
    openEventDb().catch((e) => {
      dbError = String(e?.message ?? e);
      throw e;
    });
  const lazyStore = {
    head: async () => idbLogStore(await db()).head(),
    hasIds: async (ids: string[]) => idbLogStore(await db()).hasIds(ids),
    firstAfter: async (s: number) => idbLogStore(await db()).firstAfter(s),
    countThrough: async (s: number) => idbLogStore(await db()).countThrough(s),
    append: async (ev: LoggedEvent[], h: ChainHead, d?: number) => {
      await idbLogStore(await db()).append(ev, h, d);
      lastHead = h;
      dbError = undefined;
    },
  };
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const writer = createWriter({
    store: lazyStore,
    wal: sessionWal,
    onWritten: (events) => {
      reportedError = false;
      onWritten(events);
    },
    onError: (st) => {
      // Retry soon while the worker is awake; the alarm brings it back if it sleeps meanwhile.
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void writer.retry(), 5_000);
      void browser.alarms.create(RETRY_ALARM, { delayInMinutes: 0.5 });
      if (!reportedError) {
        reportedError = true;
        // The failure itself becomes an event, written once the disk has room again.
        const e: MaruhiEvent = { id: crypto.randomUUID(), time: new Date().toISOString(), kind: 'log_error', reason: `${st.error?.name}: ${st.error?.message}`, detail: { pending: st.pending, quota: !!st.error?.quota } };
        void writer.submit(e);
      }
    },
  });
  void writer.start();

  return {
    async record(e, ctx = {}) {
      const { includeContent = false, ...who } = ctx;
      const ev: MaruhiEvent = { ...applyPrivacy(e, includeContent), id: crypto.randomUUID(), time: new Date().toISOString(), ...who };
      await writer.submit(ev);
      return ev;
    },
    async list({ tabId, limit = 50 }) {
      const keep = (e: MaruhiEvent) => tabId === undefined || e.tabId === tabId;
      await writer.drain();
      return readRecent(await db(), 5_000, keep, limit);
    },
    status: () => ({ ...writer.status(), head: lastHead, dbError }),
    head: async () => (lastHead = await writer.head()),
    async verify() {
      await writer.drain();
      const d = await db();
      const head = await readHead(d);
      return { ...(await verifyChain(await readAll(d), head)), head };
    },
    retry: () => writer.retry(),
    async applyRetention(r) {
      await writer.drain();
      const d = await db();
      const head = await readHead(d);
      if (!head) return 0;
      const older = r.days > 0 ? await lastSeqBefore(d, new Date(Date.now() - r.days * 86_400_000).toISOString()) : null;
      const through = pruneThrough(head.seq, r.maxEvents, older);
      return through > 0 ? writer.prune(through, { days: r.days, maxEvents: r.maxEvents }) : 0;
    },
    drain: () => writer.drain(),
  };
}
