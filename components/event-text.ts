// How one event reads in the popup, the event table and the incident report: the same words everywhere.
import { t, type MessageKey } from '@/utils/i18n';
import type { MaruhiEvent } from '@/utils/events/event';
import type { Lang } from '@/utils/policy/types';

/** "コピー" for a guard event, otherwise the kind ("ページの閲覧"). */
export function eventTitle(lang: Lang, e: MaruhiEvent): string {
  if (e.channel) return tr(lang, `channel_${e.channel}`, e.channel);
  return tr(lang, `kind_${e.kind}`, e.kind);
}

export function decisionText(lang: Lang, d: string | undefined): string {
  return d ? tr(lang, `decision_${d}`, d) : '';
}

export function tr(lang: Lang, key: string, fallback: string): string {
  const s = t(lang, key as MessageKey);
  return s === key ? fallback : s;
}

export function timeText(lang: Lang, iso: string, withDate = true): string {
  const d = new Date(iso);
  return withDate ? d.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB') : d.toLocaleTimeString(lang === 'ja' ? 'ja-JP' : 'en-GB');
}
