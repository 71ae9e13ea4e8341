// The one event type: everything maruhi records, from a blocked paste to a policy error.
import type { DetectionSummary } from '../detect/types';
import type { Action, Channel } from '../policy/types';

export const EVENT_KINDS = [
  'guard', // a channel decision (copy, paste, upload, …)
  'page', // a page was classified
  'policy_applied',
  'policy_error',
  'pledge',
  'exception_request',
  'grant_used',
  'tamper',
  'heartbeat',
  'dropped',
  'log_error',
  'checkpoint',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What a component reports; the log adds id, time, sequence and hash. */
export interface EventInput {
  kind: EventKind;
  channel?: Channel;
  decision?: Action;
  /** Guard rule id that decided. */
  rule?: string;
  reason?: string;
  /** Page the data came from (host + path, no query). */
  page?: string;
  pageHost?: string;
  label?: string;
  destinationHost?: string;
  destinationCategory?: string;
  detection?: DetectionSummary;
  justification?: string;
  /** File name, size and type for uploads and downloads. */
  file?: { name: string; size: number; type?: string };
  detail?: Record<string, string | number | boolean | null>;
}

export interface MaruhiEvent extends EventInput {
  /** Unique and stable across retries: collectors dedupe on it. */
  id: string;
  time: string;
  user?: string;
  watchlist?: boolean;
  tabId?: number;
}

export interface LoggedEvent extends MaruhiEvent {
  seq: number;
  prevHash: string;
  hash: string;
}
