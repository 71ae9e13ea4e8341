// Options page: the event log table with filters, search, paging, exports, chain verification and log health.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LoggedEvent } from '@/utils/events/event';
import { facets, filterEvents, toCsv, toJsonl, type EventFilter } from '@/utils/events/filter';
import { t } from '@/utils/i18n';
import type { LogStatus, ResponseOf } from '@/utils/messages';
import type { Lang } from '@/utils/policy/types';
import { localInput, saveFile, useEventData } from './event-data';
import { decisionText, eventTitle, timeText, tr } from './event-text';
import { send } from './runtime';

const PAGE = 50;

export function EventLog({ lang }: { lang: Lang }) {
  const data = useEventData();
  const [f, setF] = useState<EventFilter>({});
  const [page, setPage] = useState(0);
  const ix = data.ix;

  const { rows, ms } = useMemo(() => {
    if (!ix) return { rows: [] as number[], ms: 0 };
    const t0 = performance.now();
    const rows = filterEvents(ix, f);
    return { rows, ms: performance.now() - t0 };
  }, [ix, f]);
  const fc = useMemo(() => (ix ? facets(ix.events) : null), [ix]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const cur = Math.min(page, pages - 1);
  const shown = rows.slice(cur * PAGE, cur * PAGE + PAGE).map((i) => ix!.events[i]);
  const set = (patch: Partial<EventFilter>) => {
    setF({ ...f, ...patch });
    setPage(0);
  };
  const stamp = () => new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

  const select = (key: keyof EventFilter, label: string, values: string[], word: (v: string) => string) => (
    <label>
      {label}
      <select data-testid={`filter-${key}`} value={(f[key] as string) ?? ''} onChange={(e) => set({ [key]: (e.currentTarget as HTMLSelectElement).value || undefined })}>
        <option value="">{t(lang, 'filter_any')}</option>
        {values.map((v) => (
          <option value={v}>{word(v)}</option>
        ))}
      </select>
    </label>
  );

  return (
    <section aria-labelledby="events-h">
      <h2 id="events-h">{t(lang, 'tab_events')}</h2>
      <LogHealth lang={lang} />
      <Verify lang={lang} />
      {data.error && <p class="error">{data.error}</p>}
      {!ix ? (
        <p class="muted">{t(lang, 'events_loading')}</p>
      ) : (
        <>
          <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t(lang, 'filter_from')}
              <input type="datetime-local" data-testid="filter-from" value={f.from ? localInput(f.from) : ''} onChange={(e) => set({ from: dateValue(e) })} />
            </label>
            <label>
              {t(lang, 'filter_to')}
              <input type="datetime-local" data-testid="filter-to" value={f.to ? localInput(f.to) : ''} onChange={(e) => set({ to: dateValue(e) })} />
            </label>
            {select('kind', t(lang, 'ev_kind'), fc!.kinds, (v) => tr(lang, `kind_${v}`, v))}
            {select('channel', t(lang, 'ev_channel'), fc!.channels, (v) => tr(lang, `channel_${v}`, v))}
            {select('decision', t(lang, 'ev_decision'), fc!.decisions, (v) => decisionText(lang, v))}
            {select('label', t(lang, 'label'), fc!.labels, (v) => v)}
            {select('user', t(lang, 'ev_user'), fc!.users, (v) => v)}
            <label>
              {t(lang, 'ev_host')}
              <input type="search" size={14} data-testid="filter-host" value={f.host ?? ''} onInput={(e) => set({ host: (e.currentTarget as HTMLInputElement).value || undefined })} />
            </label>
            <label>
              {t(lang, 'filter_search')}
              <input type="search" size={18} data-testid="filter-text" value={f.text ?? ''} onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value || undefined })} />
            </label>
            <button type="button" onClick={() => set({ from: undefined, to: undefined, kind: undefined, channel: undefined, decision: undefined, label: undefined, user: undefined, host: undefined, text: undefined })}>
              {t(lang, 'filter_clear')}
            </button>
          </form>
          <div class="actions">
            <span data-testid="events-count" aria-live="polite">
              {t(lang, 'events_count', { shown: rows.length, total: ix.events.length })}
            </span>
            <span class="muted small" data-testid="filter-ms">
              {t(lang, 'events_filterMs', { ms: ms.toFixed(1) })}
            </span>
            <button type="button" onClick={() => void data.reload()}>{t(lang, 'events_reload')}</button>
            <button type="button" data-testid="export-jsonl" onClick={() => saveFile(`maruhi-events-${stamp()}.jsonl`, toJsonl(ix.events), 'application/x-ndjson')}>
              {t(lang, 'export_jsonl')}
            </button>
            <button type="button" data-testid="export-csv" onClick={() => saveFile(`maruhi-events-${stamp()}.csv`, toCsv(rows.map((i) => ix.events[i])), 'text/csv')}>
              {t(lang, 'export_csv')}
            </button>
          </div>
          <EventTable lang={lang} events={shown} />
          <nav class="actions" aria-label="pages">
            <button type="button" disabled={cur === 0} onClick={() => setPage(cur - 1)}>{t(lang, 'page_prev')}</button>
            <span data-testid="events-page">{t(lang, 'page_of', { page: cur + 1, pages })}</span>
            <button type="button" disabled={cur >= pages - 1} onClick={() => setPage(cur + 1)}>{t(lang, 'page_next')}</button>
          </nav>
        </>
      )}
    </section>
  );
}

function dateValue(e: Event): number | undefined {
  const v = (e.currentTarget as HTMLInputElement).value;
  const ms = v ? new Date(v).getTime() : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

export function EventTable({ lang, events }: { lang: Lang; events: LoggedEvent[] }) {
  if (!events.length) return <p class="muted">{t(lang, 'noEvents')}</p>;
  return (
    <div style="overflow-x:auto">
      <table class="events" data-testid="events-table">
        <thead>
          <tr>
            <th scope="col">seq</th>
            <th scope="col">{t(lang, 'ev_time')}</th>
            <th scope="col">{t(lang, 'ev_kind')}</th>
            <th scope="col">{t(lang, 'ev_decision')}</th>
            <th scope="col">{t(lang, 'label')}</th>
            <th scope="col">{t(lang, 'ev_host')}</th>
            <th scope="col">{t(lang, 'ev_user')}</th>
            <th scope="col">{t(lang, 'ev_people')}</th>
            <th scope="col">{t(lang, 'ev_detail')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq} data-seq={e.seq} data-kind={e.kind}>
              <td>{e.seq}</td>
              <td>
                <time dateTime={e.time}>{timeText(lang, e.time)}</time>
              </td>
              <td>{eventTitle(lang, e)}</td>
              <td>{e.decision && <span class={`chip chip-${e.decision}`}>{decisionText(lang, e.decision)}</span>}</td>
              <td>{e.label ?? ''}</td>
              <td>
                {e.pageHost ?? ''}
                {e.destinationHost ? ` → ${e.destinationHost}` : ''}
              </td>
              <td>{e.user ?? ''}</td>
              <td>{e.detection?.people || ''}</td>
              <td class="wrap">{[e.rule, e.reason, e.detection ? Object.entries(e.detection.counts).map(([k, n]) => `${k}×${n}`).join(' ') : '', e.detection?.samples.map((s) => s.masked).join(' ')].filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Disk full, database errors and SIEM delivery, refreshed while the page is open. */
function LogHealth({ lang }: { lang: Lang }) {
  const [st, setSt] = useState<LogStatus | null>(null);
  const load = () => send({ type: 'log.status' }).then(setSt, () => undefined);
  useEffect(() => {
    void load();
    const id = setInterval(load, 5000);
    return () => clearInterval(id);
  }, []);
  if (!st) return null;
  const w = st.writer;
  const r = st.reporter;
  const err = w.error ?? (w.dbError ? { name: 'Error', message: w.dbError, quota: false } : undefined);
  return (
    <div data-testid="log-health">
      {err && (
        <div class="error" role="alert" data-testid="log-error">
          {err.quota ? t(lang, 'log_error_quota', { n: w.pending }) : t(lang, 'log_error_other', { msg: `${err.name}: ${err.message}`, n: w.pending })}{' '}
          <button type="button" onClick={() => void send({ type: 'log.retry' }).then(load)}>{t(lang, 'log_retry')}</button>
        </div>
      )}
      {r.url ? (
        <p class={r.failures ? 'error' : 'muted'} data-testid="report-status">
          {t(lang, 'report_status', { url: r.url, format: r.format, waiting: r.waiting })}
          {r.lastSuccess && <> · {t(lang, 'report_last', { time: timeText(lang, r.lastSuccess) })}</>}
          {r.failures > 0 && (
            <>
              <br />
              {t(lang, 'report_failing', { n: r.failures, err: r.lastError ?? '', next: timeText(lang, new Date(r.nextAttempt).toISOString()) })}{' '}
              <button type="button" onClick={() => void send({ type: 'log.retry' }).then(load)}>{t(lang, 'log_retry')}</button>
            </>
          )}
        </p>
      ) : (
        <p class="muted" data-testid="report-status">{t(lang, 'report_none')}</p>
      )}
    </div>
  );
}

function Verify({ lang }: { lang: Lang }) {
  const [res, setRes] = useState<ResponseOf<'events.verify'> | 'running' | null>(null);
  return (
    <div class="actions" style="align-items:center">
      <button type="button" data-testid="verify" onClick={() => (setRes('running'), void send({ type: 'events.verify' }).then(setRes))}>
        {t(lang, 'verify_run')}
      </button>
      <span class="muted small">{t(lang, 'verify_cli')}</span>
      {res && (
        <div role="status" data-testid="verify-result" class={res === 'running' ? 'muted' : res.ok ? 'ok' : 'error'} style="flex-basis:100%" data-ok={res !== 'running' ? String(res.ok) : ''}>
          {res === 'running'
            ? t(lang, 'verify_running')
            : res.ok
              ? t(lang, 'verify_ok', { n: res.checked })
              : t(lang, 'verify_broken', { seq: res.firstBroken?.seq ?? '?', message: res.message ?? res.reason ?? '' })}
        </div>
      )}
    </div>
  );
}
