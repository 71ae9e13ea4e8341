// The options page's event table and charts over up to hundreds of thousands of events: filters, facets, aggregates, exports.
import type { LoggedEvent } from './event';

export interface EventFilter {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  kind?: string;
  channel?: string;
  decision?: string;
  label?: string;
  /** Substring of the page host or the destination host. */
  host?: string;
  user?: string;
  /** Free text over the whole event, case-insensitive. */
  text?: string;
}

/** Built once per load so each filter run is a plain scan over flat arrays. */
export interface EventIndex {
  events: LoggedEvent[];
  times: Float64Array;
  hosts: string[];
  /** Lower-cased text of each event, built lazily on the first free-text search. */
  search: string[] | null;
}

export function buildIndex(events: LoggedEvent[]): EventIndex {
  const times = new Float64Array(events.length);
  const hosts: string[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    times[i] = Date.parse(e.time);
    hosts[i] = ((e.pageHost ?? '') + ' ' + (e.destinationHost ?? '')).toLowerCase();
  }
  return { events, times, hosts, search: null };
}

/** The words a person searches for: what happened, where, who, why, and the masked samples. Not hashes. */
export function searchText(e: LoggedEvent): string {
  const parts: unknown[] = [e.kind, e.channel, e.decision, e.rule, e.reason, e.label, e.page, e.pageHost, e.destinationHost, e.destinationCategory, e.user, e.justification, e.file?.name, e.id, e.seq];
  if (e.detection) for (const s of e.detection.samples) parts.push(s.type, s.masked);
  if (e.detail) for (const v of Object.values(e.detail)) parts.push(v);
  return parts.filter((p) => p !== undefined && p !== null && p !== '').join('\u0001').toLowerCase();
}

/** Indices of matching events, newest first (the log is in seq order, so that is reverse order). */
export function filterEvents(ix: EventIndex, f: EventFilter): number[] {
  const { events, times, hosts } = ix;
  const host = f.host?.trim().toLowerCase() || undefined;
  const text = f.text?.trim().toLowerCase() || undefined;
  if (text && !ix.search) ix.search = events.map(searchText);
  const search = ix.search;
  const out: number[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const t = times[i];
    if (f.from !== undefined && t < f.from) continue;
    if (f.to !== undefined && t >= f.to) continue;
    const e = events[i];
    if (f.kind && e.kind !== f.kind) continue;
    if (f.channel && e.channel !== f.channel) continue;
    if (f.decision && e.decision !== f.decision) continue;
    if (f.label && e.label !== f.label) continue;
    if (f.user && e.user !== f.user) continue;
    if (host && !hosts[i].includes(host)) continue;
    if (text && !search![i].includes(text)) continue;
    out.push(i);
  }
  return out;
}

export interface Facets {
  kinds: string[];
  channels: string[];
  decisions: string[];
  labels: string[];
  users: string[];
}

export function facets(events: LoggedEvent[]): Facets {
  const s = { kinds: new Set<string>(), channels: new Set<string>(), decisions: new Set<string>(), labels: new Set<string>(), users: new Set<string>() };
  for (const e of events) {
    s.kinds.add(e.kind);
    if (e.channel) s.channels.add(e.channel);
    if (e.decision) s.decisions.add(e.decision);
    if (e.label) s.labels.add(e.label);
    if (e.user) s.users.add(e.user);
  }
  const sorted = (x: Set<string>) => [...x].sort();
  return { kinds: sorted(s.kinds), channels: sorted(s.channels), decisions: sorted(s.decisions), labels: sorted(s.labels), users: sorted(s.users) };
}

export interface DayBucket {
  day: string;
  total: number;
  byChannel: Record<string, number>;
  byDecision: Record<string, number>;
  people: number;
}

/** Local calendar day (YYYY-MM-DD) of an epoch ms, in the given UTC offset (minutes east). */
export function dayOf(t: number, offsetMin = -new Date(t).getTimezoneOffset()): string {
  return new Date(t + offsetMin * 60_000).toISOString().slice(0, 10);
}

export interface Aggregates {
  days: DayBucket[];
  destinations: { host: string; count: number; blocked: number }[];
  people: { total: number; max: number; events: number };
}

/** Everything the charts show, in one pass over the matching events. */
export function aggregate(ix: EventIndex, indices: number[], topN = 10, offsetMin?: number): Aggregates {
  const days = new Map<number, DayBucket>();
  // One offset for the whole run: per-event Date objects made this the slowest part of the charts.
  const off = (offsetMin ?? -new Date().getTimezoneOffset()) * 60_000;
  const dest = new Map<string, { host: string; count: number; blocked: number }>();
  const people = { total: 0, max: 0, events: 0 };
  for (const i of indices) {
    const e = ix.events[i];
    const dn = Math.floor((ix.times[i] + off) / 86_400_000);
    let b = days.get(dn);
    if (!b) days.set(dn, (b = { day: new Date(dn * 86_400_000).toISOString().slice(0, 10), total: 0, byChannel: {}, byDecision: {}, people: 0 }));
    b.total++;
    if (e.channel) b.byChannel[e.channel] = (b.byChannel[e.channel] ?? 0) + 1;
    if (e.decision) b.byDecision[e.decision] = (b.byDecision[e.decision] ?? 0) + 1;
    const p = e.detection?.people ?? 0;
    if (p > 0) {
      b.people += p;
      people.total += p;
      people.events++;
      if (p > people.max) people.max = p;
    }
    if (e.destinationHost) {
      let d = dest.get(e.destinationHost);
      if (!d) dest.set(e.destinationHost, (d = { host: e.destinationHost, count: 0, blocked: 0 }));
      d.count++;
      if (e.decision === 'block') d.blocked++;
    }
  }
  return {
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    destinations: [...dest.values()].sort((a, b) => b.count - a.count || a.host.localeCompare(b.host)).slice(0, topN),
    people,
  };
}

export function toJsonl(events: LoggedEvent[]): string {
  let out = '';
  for (const e of events) out += JSON.stringify(e) + '\n';
  return out;
}

const CSV_COLUMNS = ['seq', 'time', 'kind', 'channel', 'decision', 'rule', 'label', 'pageHost', 'page', 'destinationHost', 'destinationCategory', 'user', 'people', 'types', 'sensitive', 'payment', 'reason', 'justification', 'id', 'hash'] as const;

function csvCell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  // A cell starting with = + - @ is a formula in Excel: neutralise it (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** CSV with a BOM so Excel in Japanese Windows opens it as UTF-8. */
export function toCsv(events: LoggedEvent[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const d = e.detection;
    const vals: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      seq: e.seq,
      time: e.time,
      kind: e.kind,
      channel: e.channel,
      decision: e.decision,
      rule: e.rule,
      label: e.label,
      pageHost: e.pageHost,
      page: e.page,
      destinationHost: e.destinationHost,
      destinationCategory: e.destinationCategory,
      user: e.user,
      people: d?.people,
      types: d ? Object.entries(d.counts).map(([k, n]) => `${k}:${n}`).join(' ') : '',
      sensitive: d?.sensitive,
      payment: d?.payment,
      reason: e.reason,
      justification: e.justification,
      id: e.id,
      hash: e.hash,
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(vals[c])).join(','));
  }
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}
