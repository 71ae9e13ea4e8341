// Exception requests: what a user asks an admin for, and the short code that carries it.
import { CHANNELS, type Channel } from '../policy/types';
import { decodeCode, encodeCode, isHost } from './codes';

export interface ExceptionRequest {
  /** Random id; a grant names it so the popup can tell which request it answers. */
  id: string;
  user: string;
  channels: Channel[];
  hosts: string[];
  hours: number;
  reason: string;
  /** ms since epoch. */
  time: number;
}

export const REQUEST_REASON_MIN = 8;
export const REQUEST_REASON_MAX = 1000;

export type RequestProblem = 'channels' | 'hosts' | 'hours' | 'reason' | 'not_allowed' | 'malformed';

/** Checks a request against the policy's limits; null when it may be sent. */
export function checkRequest(r: Pick<ExceptionRequest, 'channels' | 'hosts' | 'hours' | 'reason'>, maxHours: number): RequestProblem | null {
  if (!Array.isArray(r.channels) || r.channels.length === 0 || !r.channels.every((c) => (CHANNELS as readonly string[]).includes(c))) return 'channels';
  if (!Array.isArray(r.hosts) || r.hosts.length === 0 || r.hosts.length > 10 || !r.hosts.every(isHost)) return 'hosts';
  if (!Number.isFinite(r.hours) || r.hours <= 0 || r.hours > maxHours) return 'hours';
  const reason = typeof r.reason === 'string' ? r.reason.trim() : '';
  if (reason.length < REQUEST_REASON_MIN || reason.length > REQUEST_REASON_MAX) return 'reason';
  return null;
}

/** Durations the popup offers: the usual ones up to the policy's maximum, and the maximum itself. */
export function hourChoices(maxHours: number): number[] {
  const out = [1, 2, 4, 8, 24, 72, 168, 720].filter((h) => h <= maxHours);
  if (!out.includes(maxHours) && maxHours > 0) out.push(maxHours);
  return out;
}

export function requestCode(r: ExceptionRequest): string {
  return encodeCode({ t: 'maruhi.request', v: 1, id: r.id, user: r.user, channels: r.channels, hosts: r.hosts, hours: r.hours, reason: r.reason, time: r.time });
}

/** The request inside a code, or null when it is not one (or is damaged). */
export function parseRequestCode(code: string): ExceptionRequest | null {
  const v = decodeCode(code) as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || v.t !== 'maruhi.request' || v.v !== 1) return null;
  if (typeof v.id !== 'string' || !/^[A-Za-z0-9_-]{6,64}$/.test(v.id) || typeof v.user !== 'string' || v.user.length > 256) return null;
  if (typeof v.time !== 'number' || typeof v.hours !== 'number' || typeof v.reason !== 'string') return null;
  const r = { id: v.id, user: v.user, channels: v.channels as Channel[], hosts: v.hosts as string[], hours: v.hours, reason: v.reason, time: v.time };
  return checkRequest(r, Number.MAX_SAFE_INTEGER) === null ? r : null;
}
