// Asks the one decision function about a channel that concerns the page as a whole (print, capture, screen share).
import { decide, type Decision } from '@/utils/decide';
import { EMPTY_SUMMARY } from '@/utils/detect/types';
import type { Channel } from '@/utils/policy/types';
import { txt } from '@/utils/i18n-page';
import type { GuardContext } from './context';
import { docUrl } from '@/components/doc-url';

export function decidePage(gc: GuardContext, channel: Channel, label: string | null = gc.label.label): Decision {
  return decide(gc.policy, { channel, sourceLabel: label, sourceHost: docUrl().hostname, summary: EMPTY_SUMMARY, watchlisted: gc.watchlisted, grants: gc.grants, now: Date.now() });
}

/** The label's mark (㊙ 秘) in the UI language, or the id when the policy has no such label. */
export function labelMark(gc: GuardContext, label: string): string {
  const def = gc.classifier.label(label);
  return def ? txt(gc.lang, def.mark) : label;
}

/** Whether this page's label is at or above `minLabel` (a missing label counts as the lowest). */
export function atLeast(gc: GuardContext, minLabel: string): boolean {
  return gc.classified && gc.classifier.rank(gc.label.label) >= Math.max(1, gc.classifier.rank(minLabel));
}

/** Who is looking, for watermarks and printed pages. */
export function userLine(gc: GuardContext, unknown: string): string {
  const u = gc.policy.user;
  return [u.name, u.id].filter(Boolean).join(' ') || unknown;
}

export function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
