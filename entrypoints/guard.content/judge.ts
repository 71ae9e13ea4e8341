// Shared by the copy, paste and drag guards: scan what moves within a frame's budget, decide, explain, record.
import { showNotice } from '@/components/Notice';
import { askJustification } from '@/components/JustifyDialog';
import { decide, type Decision, type DecisionContext } from '@/utils/decide';
import { EMPTY_SUMMARY, FINDING_TYPES, SENSITIVE_CATEGORIES, scan, type DetectionSummary } from '@/utils/detect';
import { t, txt, type PageMessageKey as MessageKey } from '@/utils/i18n-page';
import type { Channel, Policy } from '@/utils/policy/types';
import type { GuardContext } from './context';

/** Content that would satisfy every rule: what decide() says for it is the strictest this context can get. */
const MAX_SUMMARY: DetectionSummary = {
  counts: Object.fromEntries(FINDING_TYPES.map((f) => [f, Number.MAX_SAFE_INTEGER])),
  people: Number.MAX_SAFE_INTEGER,
  sensitive: true,
  sensitiveCategories: [...SENSITIVE_CATEGORIES],
  payment: true,
  reportable: true,
  samples: [],
  scanned: 0,
  truncated: false,
};

export type Base = Omit<DecisionContext, 'summary'>;

export function baseContext(gc: GuardContext, channel: Channel, extra: Partial<Base> = {}): Base {
  return { channel, sourceLabel: null, watchlisted: gc.watchlisted, grants: gc.grants, now: Date.now(), ...extra };
}

/** The strictest action any content could get here; 'allow' means the guard has nothing to do. */
export const ceiling = (p: Policy, base: Base) => decide(p, { ...base, summary: MAX_SUMMARY }).action;

export interface Judgement {
  decision: Decision;
  summary: DetectionSummary;
  /** The scan stopped early: the decision could not get stricter, so the rest was not read. */
  partial: boolean;
}

const FIRST = 16_384;

/**
 * Scans growing prefixes (16 K, 64 K, 256 K … chars) and stops as soon as the decision reaches the ceiling.
 * Rules only ever ask for "at least", so more text can never lower a decision: stopping early is exact, and
 * a megabyte of customer rows is blocked after its first few kilobytes. Plain text is scanned in full (it is fast).
 */
export function judge(p: Policy, base: Base, text: string): Judgement {
  const top = ceiling(p, base);
  if (top === 'allow' || !text) return { decision: decide(p, { ...base, summary: EMPTY_SUMMARY }), summary: EMPTY_SUMMARY, partial: false };
  const opts = { minConfidence: p.detection.minConfidence, maxChars: p.detection.maxChars };
  for (let n = FIRST; ; n *= 4) {
    let end = Math.min(n, text.length);
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    const { summary } = scan(end === text.length ? text : text.slice(0, end), opts);
    const decision = decide(p, { ...base, summary });
    const partial = end < text.length && !summary.truncated;
    if (!partial || decision.action === top) return { decision, summary, partial };
  }
}

/** The judgement for a summary someone else computed (the background's detector). */
export const judgement = (p: Policy, base: Base, summary: DetectionSummary): Judgement => ({ decision: decide(p, { ...base, summary }), summary, partial: false });

/** The strictest judgement possible here, for when the content could not be read. */
export const strictest = (p: Policy, base: Base): Judgement => ({ decision: decide(p, { ...base, summary: MAX_SUMMARY }), summary: EMPTY_SUMMARY, partial: true });

/** Paragraphs that say what moves and why it matters. */
export function explain(gc: GuardContext, j: Judgement, opts: { lineage?: string | null; destination?: string } = {}): { body: string[]; law: string[] } {
  const { lang } = gc;
  const s = j.summary;
  const what: string[] = [];
  if (s.people > 0) what.push(t(lang, 'guardWhatPeople', { n: j.partial ? `${s.people}+` : s.people }));
  if (s.sensitive) what.push(t(lang, 'guardWhatSensitive'));
  if (s.payment) what.push(t(lang, 'guardWhatPayment'));
  const labelName = (id: string) => txt(lang, gc.classifier.label(id)?.name) || id;
  if (opts.lineage) what.push(t(lang, 'guardWhatLineage', { label: labelName(opts.lineage) }));
  const body: string[] = [];
  if (j.decision.message) body.push(txt(lang, j.decision.message));
  const where = [gc.classified ? t(lang, 'guardFrom', { label: labelName(gc.label.label) }) : '', opts.destination ? t(lang, 'guardTo', { host: opts.destination }) : '']
    .filter(Boolean)
    .join(' ');
  if (what.length || where) body.push([where, what.join(lang === 'ja' ? '、' : ', ')].filter(Boolean).join(lang === 'ja' ? '：' : ': '));
  const law: string[] = [];
  if (gc.classified || opts.lineage) law.push(t(lang, 'lawUcpa'));
  if (s.people > 0) law.push(t(lang, 'lawAppi'));
  return { body, law };
}

const channelName = (gc: GuardContext, c: Channel) => t(gc.lang, `channel_${c}` as MessageKey);

export function record(gc: GuardContext, base: Base, j: Judgement, extra: { justification?: string; outcome?: string; via?: string; destination?: { host: string; category?: string }; lineage?: { label: string; host: string; similarity: number } | null } = {}) {
  const d = j.decision;
  gc.record({
    kind: 'guard',
    channel: base.channel,
    decision: d.action,
    rule: d.rule,
    label: gc.classified ? gc.label.label : (extra.lineage?.label ?? gc.label.label),
    destinationHost: extra.destination?.host,
    destinationCategory: extra.destination?.category,
    detection: j.summary,
    justification: extra.justification,
    detail: {
      people: j.summary.people,
      partial: j.partial,
      ...(extra.outcome ? { outcome: extra.outcome } : {}),
      ...(extra.via ? { via: extra.via } : {}),
      ...(d.grant ? { grant: d.grant, wouldBe: d.wouldBe ?? null } : {}),
      ...(extra.lineage ? { lineageHost: extra.lineage.host, lineageSimilarity: Math.round(extra.lineage.similarity * 100) / 100 } : {}),
    },
  });
}

export function notifyBlocked(gc: GuardContext, base: Base, j: Judgement, opts: { lineage?: string | null; destination?: string } = {}) {
  const { body, law } = explain(gc, j, opts);
  showNotice({ lang: gc.lang, title: t(gc.lang, 'guardBlockedTitle', { channel: channelName(gc, base.channel) }), body, law, rule: j.decision.rule });
}

/** The warn dialog; `onContinue` runs inside the user's click, where clipboard writes are allowed. */
export function askToContinue(gc: GuardContext, base: Base, j: Judgement, opts: { lineage?: string | null; destination?: string; onContinue?: (reason: string) => void } = {}) {
  const { body, law } = explain(gc, j, opts);
  return askJustification({ lang: gc.lang, title: t(gc.lang, 'guardWarnTitle', { channel: channelName(gc, base.channel) }), body, law, rule: j.decision.rule, onContinue: opts.onContinue });
}

export const blockedClipboardText = (gc: GuardContext, base: Base, rule: string) => t(gc.lang, 'clipboardBlocked', { channel: channelName(gc, base.channel), rule });

/** The element that really has focus, looking into open shadow roots. */
export function deepActive(doc: Document = document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export function isTextControl(el: unknown): el is HTMLInputElement | HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.selectionStart !== null);
}

/** The user's selection or caret as it was, to put back after a dialog took focus. */
export function saveSelection(): () => void {
  const a = deepActive();
  if (isTextControl(a)) {
    const [s, e] = [a.selectionStart, a.selectionEnd];
    return () => {
      a.focus({ preventScroll: true });
      a.setSelectionRange(s, e);
    };
  }
  const sel = getSelection();
  const ranges = sel ? Array.from({ length: sel.rangeCount }, (_, i) => sel.getRangeAt(i).cloneRange()) : [];
  return () => {
    (a as HTMLElement | null)?.focus?.({ preventScroll: true });
    sel?.removeAllRanges();
    for (const r of ranges) sel?.addRange(r);
  };
}
