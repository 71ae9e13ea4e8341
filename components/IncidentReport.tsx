// Options page: builds the APPI incident report (速報/確報) for a period and user, opens it for printing or saves it.
import { useMemo, useState } from 'preact/hooks';
import { facets } from '@/utils/events/filter';
import { buildIncident, renderIncidentHtml, type IncidentQuery } from '@/utils/events/incident';
import { t } from '@/utils/i18n';
import type { Lang } from '@/utils/policy/types';
import { localInput, saveFile, useEventData } from './event-data';
import { tr } from './event-text';

export function IncidentReport({ lang }: { lang: Lang }) {
  const { ix } = useEventData();
  const [q, setQ] = useState<IncidentQuery>(() => ({ from: Date.now() - 7 * 86_400_000, to: Date.now() + 60_000, kind: 'preliminary' }));
  const users = useMemo(() => (ix ? facets(ix.events).users : []), [ix]);
  const report = useMemo(() => (ix ? buildIncident(ix.events, q) : null), [ix, q]);
  const html = () => renderIncidentHtml(report!, lang, (k, p) => t(lang, k, p), (k, f) => tr(lang, k, f));
  const date = (e: Event) => new Date((e.currentTarget as HTMLInputElement).value).getTime();
  if (!report) return <p class="muted">{t(lang, 'events_loading')}</p>;
  return (
    <section aria-labelledby="incident-h">
      <h2 id="incident-h">{t(lang, 'tab_incident')}</h2>
      <p class="muted">{t(lang, 'incident_intro')}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t(lang, 'incident_reportType')}
          <select data-testid="incident-kind" value={q.kind} onChange={(e) => setQ({ ...q, kind: (e.currentTarget as HTMLSelectElement).value as IncidentQuery['kind'] })}>
            <option value="preliminary">{t(lang, 'incident_kindPrelim')}</option>
            <option value="final">{t(lang, 'incident_kindFinal')}</option>
          </select>
        </label>
        <label>
          {t(lang, 'filter_from')}
          <input type="datetime-local" data-testid="incident-from" value={localInput(q.from)} onChange={(e) => Number.isFinite(date(e)) && setQ({ ...q, from: date(e) })} />
        </label>
        <label>
          {t(lang, 'filter_to')}
          <input type="datetime-local" data-testid="incident-to" value={localInput(q.to)} onChange={(e) => Number.isFinite(date(e)) && setQ({ ...q, to: date(e) })} />
        </label>
        <label>
          {t(lang, 'incident_user')}
          <select data-testid="incident-user" value={q.user ?? ''} onChange={(e) => setQ({ ...q, user: (e.currentTarget as HTMLSelectElement).value || undefined })}>
            <option value="">{t(lang, 'incident_allUsers')}</option>
            {users.map((u) => (
              <option value={u}>{u}</option>
            ))}
          </select>
        </label>
      </form>
      <table data-testid="incident-summary">
        <tbody>
          <tr><th>{t(lang, 'incident_events')}</th><td>{report.events}</td></tr>
          <tr><th>{t(lang, 'incident_people')}</th><td>{t(lang, 'incident_peopleText', { max: report.peopleMax, sum: report.peopleSum })}</td></tr>
          <tr><th>{t(lang, 'incident_sensitive')}</th><td>{t(lang, report.sensitive ? 'incident_yes' : 'incident_no')}</td></tr>
          <tr><th>{t(lang, 'incident_payment')}</th><td>{t(lang, report.payment ? 'incident_yes' : 'incident_no')}</td></tr>
          <tr><th>{t(lang, 'incident_reportable')}</th><td>{t(lang, report.reportable ? 'incident_reportableYes' : 'incident_reportableNo')}</td></tr>
        </tbody>
      </table>
      <div class="actions">
        <button type="button" data-testid="incident-make" onClick={() => saveFile(`maruhi-incident-${q.kind}-${new Date().toISOString().slice(0, 10)}.html`, html(), 'text/html')}>
          {t(lang, 'incident_make')}
        </button>
      </div>
    </section>
  );
}
