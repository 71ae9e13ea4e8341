// The event log's IndexedDB: the background writes it; the options page reads it directly for bulk views.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ChainHead } from '@/utils/events/chain';
import type { LoggedEvent } from '@/utils/events/event';
import type { QueueState } from '@/utils/events/reporting';
import type { LogStore } from '@/utils/events/writer';

export const EVENT_DB = 'maruhi-events';

interface Schema extends DBSchema {
  events: { key: number; value: LoggedEvent; indexes: { id: string; time: string } };
  meta: { key: string; value: unknown };
}
export type EventDb = IDBPDatabase<Schema>;

let opened: Promise<EventDb> | null = null;

export function openEventDb(): Promise<EventDb> {
  return (opened ??= openDB<Schema>(EVENT_DB, 1, {
    upgrade(db) {
      const s = db.createObjectStore('events', { keyPath: 'seq' });
      s.createIndex('id', 'id', { unique: true });
      s.createIndex('time', 'time');
      db.createObjectStore('meta');
    },
    terminated() {
      opened = null;
    },
  }).catch((e) => {
    opened = null;
    throw e;
  }));
}

export async function readHead(db: EventDb): Promise<ChainHead | null> {
  return ((await db.get('meta', 'head')) as ChainHead | undefined) ?? null;
}

export async function readQueueState(db: EventDb): Promise<QueueState & { url?: string; lastError?: string; lastSuccess?: string }> {
  return ((await db.get('meta', 'reporter')) as QueueState | undefined) ?? { sentThrough: 0, failures: 0, nextAttempt: 0 };
}

export async function writeQueueState(db: EventDb, s: QueueState & { url?: string; lastError?: string; lastSuccess?: string }) {
  await db.put('meta', s, 'reporter');
}

export async function readAll(db: EventDb): Promise<LoggedEvent[]> {
  return db.getAll('events');
}

export async function readRange(db: EventDb, fromSeq: number, count: number): Promise<LoggedEvent[]> {
  return db.getAll('events', IDBKeyRange.lowerBound(fromSeq), count);
}

export async function firstSeq(db: EventDb): Promise<number | null> {
  const c = await db.transaction('events').store.openKeyCursor();
  return c ? (c.key as number) : null;
}

/** Newest events first, scanning back at most `scan` events. */
export async function readRecent(db: EventDb, scan: number, keep: (e: LoggedEvent) => boolean, limit: number): Promise<LoggedEvent[]> {
  const out: LoggedEvent[] = [];
  let c = await db.transaction('events').store.openCursor(null, 'prev');
  for (let n = 0; c && n < scan && out.length < limit; n++, c = await c.continue()) if (keep(c.value)) out.push(c.value);
  return out;
}

/** Seq of the newest event logged before `iso`, for retention by age. */
export async function lastSeqBefore(db: EventDb, iso: string): Promise<number | null> {
  const c = await db.transaction('events').store.index('time').openCursor(IDBKeyRange.upperBound(iso, true), 'prev');
  return c ? c.value.seq : null;
}

export function idbLogStore(db: EventDb): LogStore {
  return {
    head: () => readHead(db),
    async hasIds(ids) {
      const tx = db.transaction('events');
      const found = await Promise.all(ids.map((id) => tx.store.index('id').getKey(id)));
      return new Set(ids.filter((_, i) => found[i] !== undefined));
    },
    async firstAfter(seq) {
      const c = await db.transaction('events').store.openCursor(IDBKeyRange.lowerBound(seq, true));
      return c ? { seq: c.value.seq, prevHash: c.value.prevHash } : null;
    },
    countThrough: (seq) => db.count('events', IDBKeyRange.upperBound(seq)),
    async append(events, head, deleteThrough) {
      // One transaction: the events and the head they lead to commit together or not at all.
      const tx = db.transaction(['events', 'meta'], 'readwrite', { durability: 'strict' });
      const ev = tx.objectStore('events');
      const ops: Promise<unknown>[] = [];
      if (deleteThrough !== undefined) ops.push(ev.delete(IDBKeyRange.upperBound(deleteThrough)));
      for (const e of events) ops.push(ev.add(e));
      ops.push(tx.objectStore('meta').put(head, 'head'));
      await Promise.all([...ops, tx.done]);
    },
  };
}
