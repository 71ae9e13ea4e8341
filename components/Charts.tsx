// Options page: events per day by channel or decision, top destinations and people counts, as plain SVG.
import { useMemo, useState } from 'preact/hooks';
import { aggregate, filterEvents, type DayBucket } from '@/utils/events/filter';
import { t } from '@/utils/i18n';
import type { Lang } from '@/utils/policy/types';
import { useEventData } from './event-data';
import { decisionText, tr } from './event-text';

const DECISION_COLORS: Record<string, string> = { allow: '#66bb6a', audit: '#42a5f5', warn: '#ffa726', block: '#e53935' };
const PALETTE = ['#5c6bc0', '#26a69a', '#ab47bc', '#ef5350', '#ffa726', '#8d6e63', '#29b6f6', '#9ccc65', '#ec407a', '#78909c', '#d4e157'];

export function Charts({ lang }: { lang: Lang }) {
  const { ix } = useEventData();
  const [days, setDays] = useState(30);
  const [by, setBy] = useState<'decision' | 'channel'>('decision');
  const agg = useMemo(() => {
    if (!ix) return null;
    const from = days ? Date.now() - days * 86_400_000 : undefined;
    return aggregate(ix, filterEvents(ix, { from }).reverse(), 10);
  }, [ix, days]);
  if (!agg) return <p class="muted">{t(lang, 'events_loading')}</p>;
  const keys = [...new Set(agg.days.flatMap((d) => Object.keys(by === 'decision' ? d.byDecision : d.byChannel)))].sort();
  const color = (k: string, i: number) => (by === 'decision' ? (DECISION_COLORS[k] ?? '#999') : PALETTE[i % PALETTE.length]);
  const word = (k: string) => (by === 'decision' ? decisionText(lang, k) : tr(lang, `channel_${k}`, k));
  return (
    <section class="charts" aria-labelledby="charts-h" data-testid="charts">
      <h2 id="charts-h">{t(lang, 'tab_charts')}</h2>
      <div class="filters">
        <label>
          {t(lang, 'incident_range')}
          <select value={String(days)} onChange={(e) => setDays(Number((e.currentTarget as HTMLSelectElement).value))}>
            {[7, 30, 90, 365, 0].map((d) => (
              <option value={String(d)}>{d ? (lang === 'ja' ? `直近 ${d} 日` : `Last ${d} days`) : t(lang, 'filter_any')}</option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'chart_perDay')}
          <select value={by} onChange={(e) => setBy((e.currentTarget as HTMLSelectElement).value as 'decision' | 'channel')}>
            <option value="decision">{t(lang, 'chart_byDecision')}</option>
            <option value="channel">{t(lang, 'chart_byChannel')}</option>
          </select>
        </label>
      </div>
      <h3>
        {t(lang, 'chart_perDay')} — {by === 'decision' ? t(lang, 'chart_byDecision') : t(lang, 'chart_byChannel')}
      </h3>
      {agg.days.length ? <DayBars days={agg.days} keys={keys} by={by} color={color} word={word} /> : <p class="muted">{t(lang, 'no_data')}</p>}
      <h3>{t(lang, 'chart_topDest', { n: 10 })}</h3>
      {agg.destinations.length ? <TopBars rows={agg.destinations} blockedWord={t(lang, 'chart_blocked')} /> : <p class="muted">{t(lang, 'no_data')}</p>}
      <h3>{t(lang, 'chart_people')}</h3>
      <p data-testid="people-summary">{t(lang, 'chart_peopleNote', agg.people)}</p>
      {agg.people.events > 0 && <PeopleBars days={agg.days} />}
    </section>
  );
}

function DayBars({ days, keys, by, color, word }: { days: DayBucket[]; keys: string[]; by: 'decision' | 'channel'; color: (k: string, i: number) => string; word: (k: string) => string }) {
  const W = 900, H = 220, L = 40, B = 36;
  const max = Math.max(1, ...days.map((d) => Object.values(by === 'decision' ? d.byDecision : d.byChannel).reduce((a, b) => a + b, 0)));
  const bw = Math.max(2, Math.min(40, (W - L) / days.length - 2));
  const y = (v: number) => ((H - B) * v) / max;
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={days.map((d) => `${d.day}: ${d.total}`).join(', ')}>
        <line x1={L} y1={H - B} x2={W} y2={H - B} stroke="#999" />
        <text x={L - 4} y={10} text-anchor="end">{max}</text>
        <text x={L - 4} y={H - B} text-anchor="end">0</text>
        {days.map((d, i) => {
          const x = L + 2 + i * ((W - L) / days.length);
          let acc = 0;
          const m = by === 'decision' ? d.byDecision : d.byChannel;
          return (
            <g key={d.day}>
              {keys.map((k, ki) => {
                const v = m[k] ?? 0;
                if (!v) return null;
                acc += v;
                return (
                  <rect x={x} y={H - B - y(acc)} width={bw} height={y(v)} fill={color(k, ki)}>
                    <title>{`${d.day} ${word(k)}: ${v}`}</title>
                  </rect>
                );
              })}
              {(days.length <= 16 || i % Math.ceil(days.length / 16) === 0) && (
                <text x={x + bw / 2} y={H - B + 14} text-anchor="middle">{d.day.slice(5)}</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {keys.map((k, i) => (
          <span>
            <i style={`background:${color(k, i)}`} />
            {word(k)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function TopBars({ rows, blockedWord }: { rows: { host: string; count: number; blocked: number }[]; blockedWord: string }) {
  const W = 900, row = 22, L = 220;
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <svg viewBox={`0 0 ${W} ${rows.length * row + 4}`} role="img" aria-label={rows.map((r) => `${r.host}: ${r.count}`).join(', ')} data-testid="top-destinations">
      {rows.map((r, i) => {
        const w = ((W - L - 120) * r.count) / max;
        const wb = ((W - L - 120) * r.blocked) / max;
        return (
          <g key={r.host} transform={`translate(0 ${i * row})`}>
            <text x={L - 6} y={15} text-anchor="end">{r.host}</text>
            <rect x={L} y={4} width={w} height={14} fill="#90a4ae" />
            <rect x={L} y={4} width={wb} height={14} fill="#e53935" />
            <text x={L + w + 6} y={15}>{`${r.count}${r.blocked ? ` (${blockedWord} ${r.blocked})` : ''}`}</text>
          </g>
        );
      })}
    </svg>
  );
}

function PeopleBars({ days }: { days: DayBucket[] }) {
  const W = 900, H = 120, L = 40;
  const max = Math.max(1, ...days.map((d) => d.people));
  const bw = Math.max(2, Math.min(40, (W - L) / days.length - 2));
  return (
    <svg viewBox={`0 0 ${W} ${H + 16}`} role="img" aria-label={days.map((d) => `${d.day}: ${d.people}`).join(', ')}>
      <text x={L - 4} y={10} text-anchor="end">{max}</text>
      {days.map((d, i) => {
        const h = (H * d.people) / max;
        const x = L + 2 + i * ((W - L) / days.length);
        return (
          <rect key={d.day} x={x} y={H - h} width={bw} height={h} fill="#7e57c2">
            <title>{`${d.day}: ${d.people}`}</title>
          </rect>
        );
      })}
      <line x1={L} y1={H} x2={W} y2={H} stroke="#999" />
    </svg>
  );
}
