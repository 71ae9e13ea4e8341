// The APPI incident report (速報/確報 to the PPC): the facts for a period and user, gathered from the log, as printable HTML.
import type { FindingType, SensitiveCategory } from '../detect/types';
import type { MessageKey } from '../i18n';
import type { Lang } from '../policy/types';
import type { LoggedEvent } from './event';

export interface IncidentQuery {
  from: number;
  to: number;
  user?: string;
  kind: 'preliminary' | 'final';
}

export interface Incident {
  query: IncidentQuery;
  events: number;
  /** Largest count of distinct people in one event: a lower bound for distinct people overall. */
  peopleMax: number;
  /** Sum of per-event counts: an upper bound (the same person can appear in several events). */
  peopleSum: number;
  types: Partial<Record<FindingType, number>>;
  sensitive: boolean;
  sensitiveCategories: SensitiveCategory[];
  payment: boolean;
  /** ≥1,000 people, sensitive data or payment data: the APPI's reporting thresholds. */
  reportable: boolean;
  channels: Record<string, number>;
  destinations: Record<string, number>;
  actions: Record<string, number>;
  timeline: LoggedEvent[];
  firstSeq: number | null;
  lastSeq: number | null;
  lastHash: string | null;
}

const bump = (m: Record<string, number>, k: string | undefined, n = 1) => {
  if (k) m[k] = (m[k] ?? 0) + n;
};

export function buildIncident(events: LoggedEvent[], q: IncidentQuery, timelineMax = 500): Incident {
  const r: Incident = { query: q, events: 0, peopleMax: 0, peopleSum: 0, types: {}, sensitive: false, sensitiveCategories: [], payment: false, reportable: false, channels: {}, destinations: {}, actions: {}, timeline: [], firstSeq: null, lastSeq: null, lastHash: null };
  const cats = new Set<SensitiveCategory>();
  for (const e of events) {
    const t = Date.parse(e.time);
    if (t < q.from || t >= q.to || (q.user && e.user !== q.user)) continue;
    r.events++;
    r.firstSeq ??= e.seq;
    r.lastSeq = e.seq;
    r.lastHash = e.hash;
    const d = e.detection;
    if (d) {
      r.peopleSum += d.people;
      r.peopleMax = Math.max(r.peopleMax, d.people);
      for (const [k, n] of Object.entries(d.counts)) bump(r.types as Record<string, number>, k, n ?? 0);
      if (d.sensitive) r.sensitive = true;
      d.sensitiveCategories.forEach((c) => cats.add(c));
      if (d.payment) r.payment = true;
    }
    bump(r.channels, e.channel);
    bump(r.destinations, e.destinationHost);
    bump(r.actions, e.decision);
    const notable = (d && (d.people > 0 || d.sensitive || d.payment)) || e.decision === 'block' || e.decision === 'warn';
    if (notable && r.timeline.length < timelineMax) r.timeline.push(e);
  }
  r.sensitiveCategories = [...cats].sort();
  r.reportable = r.peopleMax >= 1000 || r.sensitive || r.payment;
  return r;
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
/** Words for values (channels, decisions, kinds); falls back to the value itself. */
export type Word = (key: string, fallback: string) => string;

export function renderIncidentHtml(r: Incident, lang: Lang, t: Translate, word: Word, generatedAt = new Date()): string {
  const fmt = (ms: number | string) => new Date(ms).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZoneName: 'short' });
  const counts = (m: Record<string, number>, prefix?: string) => {
    const rows = Object.entries(m).sort((a, b) => b[1] - a[1]);
    return rows.length ? `<ul>${rows.map(([k, n]) => `<li>${esc(prefix ? word(prefix + k, k) : k)}: ${n}</li>`).join('')}</ul>` : `<p>${esc(t('incident_none'))}</p>`;
  };
  const yes = (b: boolean) => esc(b ? t('incident_yes') : t('incident_no'));
  const row = (k: MessageKey, v: string) => `<tr><th>${esc(t(k))}</th><td>${v}</td></tr>`;
  const timeline = r.timeline
    .map((e) => {
      const d = e.detection;
      const types = d ? Object.entries(d.counts).map(([k, n]) => `${k}×${n}`).join(', ') : '';
      return `<tr><td>${esc(fmt(e.time))}</td><td>${esc(e.seq)}</td><td>${esc(e.channel ? word('channel_' + e.channel, e.channel) : word('kind_' + e.kind, e.kind))}</td><td>${esc(e.decision ? word('decision_' + e.decision, e.decision) : '')}</td><td>${esc(e.pageHost ?? '')}${e.destinationHost ? ' → ' + esc(e.destinationHost) : ''}</td><td>${esc(d?.people ?? '')}</td><td>${esc(types)}${d?.sensitive ? ' ⚠' : ''}</td><td>${esc(e.user ?? '')}</td></tr>`;
    })
    .join('');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t('incident_title'))}</title>
<style>
body{font:14px/1.6 system-ui,"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,sans-serif;margin:24px auto;max-width:960px;color:#111;padding:0 16px}
h1{font-size:20px;border-bottom:2px solid #c62828;padding-bottom:6px}h2{font-size:16px;margin-top:24px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3;width:28%}.tl th{width:auto}.tl td{font-size:12px}.warn{color:#b71c1c;font-weight:600}
@media print{body{margin:0}a{color:inherit}}
</style></head><body>
<h1>${esc(t('incident_title'))}</h1>
<p>${esc(t('incident_intro'))}</p>
<table>
${row('incident_reportType', esc(t(r.query.kind === 'final' ? 'incident_kindFinal' : 'incident_kindPrelim')))}
${row('incident_range', `${esc(fmt(r.query.from))} – ${esc(fmt(r.query.to))}`)}
${row('incident_user', esc(r.query.user || t('incident_allUsers')))}
${row('incident_generated', esc(fmt(generatedAt.getTime())))}
</table>
<h2>${esc(t('incident_summary'))}</h2>
<table>
${row('incident_events', String(r.events))}
${row('incident_people', esc(t('incident_peopleText', { max: r.peopleMax, sum: r.peopleSum })))}
${row('incident_sensitive', `${yes(r.sensitive)}${r.sensitiveCategories.length ? ' (' + esc(r.sensitiveCategories.join(', ')) + ')' : ''}`)}
${row('incident_payment', yes(r.payment))}
${row('incident_reportable', `<span class="${r.reportable ? 'warn' : ''}">${esc(t(r.reportable ? 'incident_reportableYes' : 'incident_reportableNo'))}</span>`)}
</table>
<h2>${esc(t('incident_types'))}</h2>${counts(r.types as Record<string, number>)}
<h2>${esc(t('incident_channels'))}</h2>${counts(r.channels, 'channel_')}
<h2>${esc(t('incident_destinations'))}</h2>${counts(r.destinations)}
<h2>${esc(t('incident_actions'))}</h2>${counts(r.actions, 'decision_')}
<h2>${esc(t('incident_timeline'))}</h2><p>${esc(t('incident_timelineNote'))}</p>
${r.timeline.length ? `<table class="tl"><tr><th>${esc(t('ev_time'))}</th><th>seq</th><th>${esc(t('ev_channel'))}</th><th>${esc(t('ev_decision'))}</th><th>${esc(t('ev_host'))}</th><th>${esc(t('ev_people'))}</th><th>${esc(t('incident_types'))}</th><th>${esc(t('ev_user'))}</th></tr>${timeline}</table>` : `<p>${esc(t('incident_none'))}</p>`}
<h2>${esc(t('incident_chain'))}</h2>
<p>${esc(t('incident_chainText', { first: r.firstSeq ?? '-', last: r.lastSeq ?? '-', hash: r.lastHash ?? '-' }))}</p>
</body></html>`;
}
