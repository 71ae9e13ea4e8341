// The pledge (誓約書): which text version was accepted, and when it must be accepted again.
import { canonicalJson } from '../canonical-json';
import type { Pledge } from '../policy/types';
import { sha256Hex } from './sha256';

export interface PledgeAcceptance {
  user: string;
  /** ms since epoch. */
  time: number;
  /** pledgeHash of the text accepted. */
  hash: string;
}

/** Accepted pledges, keyed by site (host): a pledge is about the system a person is about to use. */
export type PledgeRecords = Record<string, PledgeAcceptance>;

/** SHA-256 (hex) of the pledge text in both languages: a changed text asks again. */
export function pledgeHash(text: Pledge['text']): string {
  return sha256Hex(canonicalJson({ ja: text.ja, en: text.en }));
}

/** True when this user must (again) accept the current text on this site. */
export function pledgeDue(p: Pledge, rec: PledgeAcceptance | undefined, hash: string, user: string, now: number): boolean {
  if (!p.enabled) return false;
  if (!rec || rec.hash !== hash || rec.user !== user) return true;
  return p.renewDays > 0 && now - rec.time >= p.renewDays * 86_400_000;
}
