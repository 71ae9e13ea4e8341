// Reporter decisions without I/O: backoff with jitter, the bounded queue, privacy and the auth header.
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 15 * 60_000;
/** Unsent events kept through an outage; beyond this the oldest are dropped and counted. */
export const MAX_QUEUE = 100_000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so many browsers
 * coming back after a collector outage do not all retry in the same second.
 */
export function backoffMs(failures: number, random: () => number = Math.random, base = BACKOFF_BASE_MS, max = BACKOFF_MAX_MS): number {
  if (failures <= 0) return 0;
  const d = Math.min(max, base * 2 ** Math.min(failures - 1, 30));
  return Math.round(d / 2 + (d / 2) * random());
}

/** What the options page shows about delivery. */
export interface ReporterStatus {
  url: string;
  format: string;
  sentThrough: number;
  waiting: number;
  failures: number;
  nextAttempt: number;
  lastError?: string;
  lastSuccess?: string;
}

export interface QueueState {
  /** Last seq the collector accepted. */
  sentThrough: number;
  /** Consecutive failed deliveries. */
  failures: number;
  /** Epoch ms before which no delivery is tried. */
  nextAttempt: number;
}

/**
 * Which seq to send from, and how many unsent events are gone: pruned from the log before they
 * were delivered, or beyond the queue bound (oldest first).
 */
export function planQueue(sentThrough: number, firstSeq: number | null, headSeq: number, maxQueue = MAX_QUEUE): { from: number; dropped: number } {
  let from = sentThrough + 1;
  let dropped = 0;
  if (firstSeq !== null && firstSeq > from) {
    dropped += firstSeq - from;
    from = firstSeq;
  }
  const waiting = headSeq - from + 1;
  if (waiting > maxQueue) {
    dropped += waiting - maxQueue;
    from = headSeq - maxQueue + 1;
  }
  return { from, dropped };
}

/** `Name: value` → a header pair; null when the text is not a valid header. */
export function parseAuthHeader(text: string): [string, string] | null {
  const m = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*:\s*(.*?)\s*$/.exec(text);
  if (!m || !m[2] || /[\r\n]/.test(m[2])) return null;
  return [m[1], m[2]];
}

/** `detail` keys that may hold raw content; kept only when the policy sets `reporting.includeContent`. */
export const CONTENT_KEYS = ['content', 'text', 'value', 'raw'] as const;

/**
 * Privacy by default, applied before an event enters the log (so the chain, the export and the SIEM
 * copy all hold the same thing): types, counts and masked samples stay; raw content a component put
 * in `detail` stays only when the policy explicitly asks for it.
 */
export function applyPrivacy<E extends { detail?: Record<string, string | number | boolean | null> }>(e: E, includeContent: boolean): E {
  if (includeContent || !e.detail) return e;
  const keys = Object.keys(e.detail).filter((k) => (CONTENT_KEYS as readonly string[]).includes(k));
  if (!keys.length) return e;
  const detail = { ...e.detail };
  for (const k of keys) delete detail[k];
  return { ...e, detail: { ...detail, contentOmitted: true } };
}
