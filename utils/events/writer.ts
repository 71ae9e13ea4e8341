// Write-ahead event writer: nothing accepted is lost when the worker stops, the browser dies or the disk is full.
// Storage is injected, so the same logic runs against IndexedDB in the browser and against fakes in unit tests.
import { chainAppend, type ChainHead } from './chain';
import type { LoggedEvent, MaruhiEvent } from './event';

export interface LogStore {
  head(): Promise<ChainHead | null>;
  /** Which of these ids are already in the log. */
  hasIds(ids: string[]): Promise<Set<string>>;
  /** First event after `seq` (the new start of the log once everything up to `seq` is pruned). */
  firstAfter(seq: number): Promise<{ seq: number; prevHash: string } | null>;
  countThrough(seq: number): Promise<number>;
  /** Atomically: delete events with seq ≤ deleteThrough (if given), add `events`, store `head`. */
  append(events: LoggedEvent[], head: ChainHead, deleteThrough?: number): Promise<void>;
}

/** Survives a stopped worker (storage.session) — the copy an event has before it is in the log. */
export interface WriteAheadLog {
  put(e: MaruhiEvent): Promise<void>;
  remove(ids: string[]): Promise<void>;
  all(): Promise<MaruhiEvent[]>;
}

export interface WriterStatus {
  /** Accepted but not yet in the log (in memory and the write-ahead copy). */
  pending: number;
  written: number;
  error?: { name: string; message: string; since: string; quota: boolean };
}

export interface WriterOptions {
  store: LogStore;
  wal: WriteAheadLog;
  /** Called after events are durably in the log (e.g. to wake the reporter). */
  onWritten?: (events: LoggedEvent[]) => void;
  /** Called when a write fails; the host schedules `retry()` (an alarm survives a sleeping worker). */
  onError?: (status: WriterStatus) => void;
  newId?: () => string;
  now?: () => Date;
  maxBatch?: number;
}

export interface Writer {
  /** Recovers events a stopped worker left in the write-ahead log; call once at start. */
  start(): Promise<void>;
  /** Accepts an event: it is in memory and in the write-ahead log when this resolves. */
  submit(e: MaruhiEvent): Promise<void>;
  /** Resolves when everything submitted so far is in the log (or the current attempt failed). */
  drain(): Promise<void>;
  retry(): Promise<void>;
  /** Prunes everything up to `throughSeq` and records a checkpoint, in one write. */
  prune(throughSeq: number, why: Record<string, string | number>): Promise<number>;
  status(): WriterStatus;
  head(): Promise<ChainHead | null>;
}

export function createWriter(o: WriterOptions): Writer {
  const newId = o.newId ?? (() => globalThis.crypto.randomUUID());
  const now = o.now ?? (() => new Date());
  const maxBatch = o.maxBatch ?? 500;
  const pending: MaruhiEvent[] = [];
  let head: ChainHead | null | undefined; // undefined: not read yet
  let written = 0;
  let error: WriterStatus['error'];
  let lock: Promise<unknown> = Promise.resolve();
  let started: Promise<void> | null = null;

  /** Every log write goes through here, one at a time, so sequence numbers never collide. */
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn, fn);
    lock = run.catch(() => undefined);
    return run;
  };

  const currentHead = async () => (head === undefined ? (head = await o.store.head()) : head);

  const fail = (err: unknown) => {
    head = undefined; // re-read: the failed transaction may or may not have committed
    const e = err as { name?: string; message?: string };
    const name = e?.name ?? 'Error';
    error = { name, message: e?.message ?? String(err), since: error?.since ?? now().toISOString(), quota: name === 'QuotaExceededError' || /quota|disk|space/i.test(e?.message ?? '') };
    o.onError?.(status());
  };

  async function writeSome(): Promise<boolean> {
    if (!pending.length) return false;
    const batch = pending.slice(0, maxBatch);
    try {
      // A write that committed just before the worker stopped must not be written twice.
      const already = await o.store.hasIds(batch.map((e) => e.id));
      const fresh = batch.filter((e) => !already.has(e.id));
      const { logged, head: next } = await chainAppend(await currentHead(), fresh);
      if (logged.length) await o.store.append(logged, next);
      head = next;
      pending.splice(0, batch.length);
      written += logged.length;
      error = undefined;
      await o.wal.remove(batch.map((e) => e.id)).catch(() => undefined);
      if (logged.length) o.onWritten?.(logged);
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  }

  const drainLocked = () =>
    exclusive(async () => {
      while (await writeSome());
    });

  const status = (): WriterStatus => ({ pending: pending.length, written, error });

  return {
    start() {
      return (started ??= exclusive(async () => {
        const left = await o.wal.all().catch(() => [] as MaruhiEvent[]);
        left.sort((a, b) => a.time.localeCompare(b.time));
        const known = new Set(pending.map((e) => e.id));
        pending.unshift(...left.filter((e) => !known.has(e.id)));
      }).then(drainLocked));
    },
    async submit(e) {
      pending.push(e);
      // If the write-ahead copy fails too, the event still waits in memory for the log.
      await o.wal.put(e).catch(() => undefined);
      if (started) void drainLocked();
    },
    async drain() {
      await (started ?? this.start());
      await drainLocked();
    },
    retry() {
      return drainLocked();
    },
    prune(throughSeq, why) {
      return exclusive(async () => {
        try {
          const h = await currentHead();
          if (!h || throughSeq < 1) return 0;
          const pruned = await o.store.countThrough(throughSeq);
          if (!pruned) return 0;
          const first = await o.store.firstAfter(throughSeq);
          const cp: MaruhiEvent = {
            id: newId(),
            time: now().toISOString(),
            kind: 'checkpoint',
            reason: 'retention',
            detail: { ...why, firstSeq: first?.seq ?? h.seq + 1, firstPrevHash: first?.prevHash ?? h.hash, pruned, prunedThrough: throughSeq },
          };
          const { logged, head: next } = await chainAppend(h, [cp]);
          await o.store.append(logged, next, throughSeq);
          head = next;
          o.onWritten?.(logged);
          return pruned;
        } catch (err) {
          fail(err);
          return 0;
        }
      });
    },
    status,
    head: () => exclusive(currentHead),
  };
}

/** Last seq to prune so at most `maxEvents` remain (checkpoint included) and none older than the cutoff. */
export function pruneThrough(headSeq: number, maxEvents: number, lastSeqOlderThanCutoff: number | null): number {
  const byCount = maxEvents > 0 ? headSeq - (maxEvents - 1) : 0;
  return Math.max(0, byCount, lastSeqOlderThanCutoff ?? 0);
}
