// Decides a page's label from policy: URL rules, page signals and the customer data found on it.
import type { DetectionSummary } from './detect/types';
import { compileList, type UrlMatcher } from './policy/match';
import type { LabelDef, Policy, Text } from './policy/types';

export interface LabelReason {
  kind: 'url' | 'selector' | 'meta' | 'content' | 'default';
  /** Rule id, selector or short description. */
  ref: string;
  text?: Text;
}

export interface PageLabel {
  label: string;
  reasons: LabelReason[];
}

/** Policy compiled once per policy change: matchers built, labels ranked. */
export interface Classifier {
  policy: Policy;
  rank(labelId: string): number;
  label(labelId: string): LabelDef | undefined;
  excluded(url: URL): boolean;
  /** Rules whose URL part matches (or that have no URL part) — with their selectors still to check. */
  byUrl(url: URL): PageLabel & { selectors: { rule: string; label: string; selector: string; text?: Text }[] };
  byContent(summary: DetectionSummary): PageLabel | null;
  max(a: PageLabel, b: PageLabel | null): PageLabel;
}

export function compileClassifier(policy: Policy): Classifier {
  const order = new Map(policy.labels.map((l, i) => [l.id, i]));
  const rank = (id: string) => order.get(id) ?? 0;
  const c = policy.classification;
  const excluded = compileList(c.exclude);
  const rules = c.rules.map((r) => ({ r, urls: r.urls?.length ? compileList(r.urls) : null as UrlMatcher | null }));
  const defaultLabel = order.has(c.defaultLabel) ? c.defaultLabel : policy.labels[0].id;

  const max = (a: PageLabel, b: PageLabel | null): PageLabel => {
    if (!b) return a;
    const ra = rank(a.label);
    const rb = rank(b.label);
    if (rb > ra) return b;
    if (rb < ra) return a;
    return { label: a.label, reasons: [...a.reasons, ...b.reasons.filter((x) => !a.reasons.some((y) => y.ref === x.ref))] };
  };

  return {
    policy,
    rank,
    label: (id) => policy.labels.find((l) => l.id === id),
    excluded,
    byUrl(url) {
      let best: PageLabel = { label: defaultLabel, reasons: [{ kind: 'default', ref: 'default' }] };
      const selectors: { rule: string; label: string; selector: string; text?: Text }[] = [];
      if (excluded(url)) return { ...best, selectors };
      for (const { r, urls } of rules) {
        if (urls && !urls(url)) continue;
        if (r.selectors?.length) {
          // With selectors, the rule needs the page signal too.
          for (const s of r.selectors) selectors.push({ rule: r.id, label: r.label, selector: s, text: r.reason });
          continue;
        }
        best = max(best, { label: r.label, reasons: [{ kind: 'url', ref: r.id, text: r.reason }] });
      }
      // A higher label replaces the default reason; keep "default" only when nothing matched.
      if (best.reasons.length > 1) best = { ...best, reasons: best.reasons.filter((x) => x.kind !== 'default') };
      return { ...best, selectors };
    },
    byContent(summary) {
      if (!c.content.enabled) return null;
      if (summary.sensitive)
        return {
          label: c.content.sensitiveLabel,
          reasons: [{ kind: 'content', ref: 'sensitive', text: { ja: '要配慮個人情報を含む', en: 'Contains sensitive personal information' } }],
        };
      const people = c.content.proseNames ? summary.people : (summary.peopleListed ?? summary.people);
      if (people >= c.content.minPeople)
        return {
          label: c.content.label,
          reasons: [
            {
              kind: 'content',
              ref: 'people',
              text: { ja: `${people}人分の顧客情報を表示`, en: `Shows customer data of ${people} people` },
            },
          ],
        };
      return null;
    },
    max,
  };
}

/** The label a site declares itself with <meta name="maruhi-label" content="...">, if the policy honours it. */
export function labelFromMeta(cl: Classifier, content: string | null | undefined): PageLabel | null {
  if (!cl.policy.classification.honorMeta || !content) return null;
  const id = content.trim().toLowerCase();
  if (!cl.label(id)) return null;
  return { label: id, reasons: [{ kind: 'meta', ref: 'maruhi-label' }] };
}
