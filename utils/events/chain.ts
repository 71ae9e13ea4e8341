// Hash chain over logged events: append, and verify that nothing was deleted, edited or reordered.
import { canonicalJson } from '../canonical-json';
import type { LoggedEvent, MaruhiEvent } from './event';

/** prevHash of the very first event of a log. */
export const GENESIS = '0'.repeat(64);

export interface ChainHead {
  seq: number;
  hash: string;
}

/** What a checkpoint event records in `detail` so the chain that remains after pruning still verifies. */
export interface CheckpointDetail {
  firstSeq: number;
  firstPrevHash: string;
  pruned: number;
  [k: string]: string | number | boolean | null;
}

const enc = new TextEncoder();

async function sha256Hex(s: string): Promise<string> {
  const buf = await globalThis.crypto.subtle.digest('SHA-256', enc.encode(s));
  const b = new Uint8Array(buf);
  let out = '';
  for (let i = 0; i < b.length; i++) out += b[i].toString(16).padStart(2, '0');
  return out;
}

/** The hash covers every field but `hash` itself, seq and prevHash included. */
export function hashEvent(e: Omit<LoggedEvent, 'hash'> & { hash?: string }): Promise<string> {
  const { hash: _ignored, ...body } = e;
  return sha256Hex(body.prevHash + '\n' + canonicalJson(body));
}

/** Links events onto the head, in order. Returns the logged events and the new head. */
export async function chainAppend(head: ChainHead | null, events: MaruhiEvent[]): Promise<{ logged: LoggedEvent[]; head: ChainHead }> {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS;
  const logged: LoggedEvent[] = [];
  for (const e of events) {
    const body = { ...stripChain(e), seq: ++seq, prevHash: prev };
    const hash = await hashEvent(body);
    logged.push({ ...body, hash });
    prev = hash;
  }
  return { logged, head: { seq, hash: prev } };
}

function stripChain(e: MaruhiEvent): MaruhiEvent {
  const { seq: _s, prevHash: _p, hash: _h, ...rest } = e as Partial<LoggedEvent> & MaruhiEvent;
  // JSON round trip drops undefined members so the hash is the same after storage or export.
  return JSON.parse(JSON.stringify(rest)) as MaruhiEvent;
}

export interface VerifyResult {
  ok: boolean;
  /** Events checked before the first break (all of them when ok). */
  checked: number;
  firstBroken?: { index: number; seq: number | null; id: string | null };
  reason?: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'start_missing' | 'malformed' | 'head_mismatch';
  message?: string;
}

/**
 * Verifies events in log order. The log starts at seq 1 from GENESIS, or where a checkpoint written by
 * pruning says it starts. `expectedHead`, when known (the browser keeps it), also catches a cut-off tail.
 */
export async function verifyChain(events: LoggedEvent[], expectedHead?: ChainHead | null): Promise<VerifyResult> {
  const broken = (index: number, reason: NonNullable<VerifyResult['reason']>, message: string): VerifyResult => {
    const e = events[index] as Partial<LoggedEvent> | undefined;
    return { ok: false, checked: index, firstBroken: { index, seq: typeof e?.seq === 'number' ? e.seq : null, id: typeof e?.id === 'string' ? e.id : null }, reason, message };
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e || typeof e.seq !== 'number' || typeof e.hash !== 'string' || typeof e.prevHash !== 'string') return broken(i, 'malformed', 'not a logged event (seq, prevHash or hash missing)');
    if (i === 0) {
      const fromGenesis = e.seq === 1 && e.prevHash === GENESIS;
      const fromCheckpoint = events.some((c) => c?.kind === 'checkpoint' && c.detail?.firstSeq === e.seq && c.detail?.firstPrevHash === e.prevHash);
      if (!fromGenesis && !fromCheckpoint) return broken(0, 'start_missing', `the log starts at seq ${e.seq}, but no checkpoint records that start: earlier events were removed`);
    } else {
      const p = events[i - 1];
      if (e.seq !== p.seq + 1) return broken(i, 'seq_gap', `seq ${e.seq} follows seq ${p.seq}: events are missing or out of order`);
      if (e.prevHash !== p.hash) return broken(i, 'prev_hash_mismatch', `seq ${e.seq} does not link to seq ${p.seq}`);
    }
    if ((await hashEvent(e)) !== e.hash) return broken(i, 'hash_mismatch', `seq ${e.seq} was changed after it was logged`);
  }
  if (expectedHead && expectedHead.seq > 0) {
    const last = events[events.length - 1];
    if (!last || last.seq !== expectedHead.seq || last.hash !== expectedHead.hash)
      return { ok: false, checked: events.length, firstBroken: { index: events.length, seq: (last?.seq ?? 0) + 1, id: null }, reason: 'head_mismatch', message: `the log should end at seq ${expectedHead.seq} but ends at seq ${last?.seq ?? 0}: events at the end were removed` };
  }
  return { ok: true, checked: events.length };
}

/** Parses a JSON Lines export; a line that is not JSON becomes a malformed entry so verify names it. */
export function parseJsonl(text: string): LoggedEvent[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      try {
        return JSON.parse(l) as LoggedEvent;
      } catch {
        return {} as LoggedEvent;
      }
    });
}
