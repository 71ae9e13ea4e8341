// The one decision function: every channel asks it, with what moves, from where, to where.
import type { DetectionSummary } from './detect/types';
import { destinationMatches, type Destination } from './destinations';
import type { Action, Channel, GuardRule, Policy, Text } from './policy/types';

export interface ActiveGrant {
  id: string;
  channels: Channel[];
  /** Hosts the grant covers (destination or source page); empty: any. */
  hosts: string[];
  /** Not used before this time (ms); omitted: at once. */
  notBefore?: number;
  expiresAt: number;
}

export interface DecisionContext {
  channel: Channel;
  /** Label of the page the data comes from; null when unknown (e.g. a paste from outside the browser). */
  sourceLabel: string | null;
  /** Host of the page the data comes from (copy, download) — grants may name it. */
  sourceHost?: string;
  destination?: Destination;
  summary: DetectionSummary;
  /** The moved text matches what was copied from a classified page. */
  lineage?: { label: string } | null;
  /** Content could not be inspected (encrypted, corrupt, over the limit). */
  uninspectable?: boolean;
  watchlisted: boolean;
  grants: ActiveGrant[];
  now: number;
}

export interface Decision {
  action: Action;
  /** The rule that decided ('default' when none matched). */
  rule: string;
  message?: Text;
  /** Every rule that matched, strictest first. */
  matched: string[];
  /** A grant lowered the action to audit. */
  grant?: string;
  /** What the action would have been without the grant. */
  wouldBe?: Action;
}

const SEVERITY: Record<Action, number> = { allow: 0, audit: 1, warn: 2, block: 3 };
export const stricter = (a: Action, b: Action): Action => (SEVERITY[b] > SEVERITY[a] ? b : a);

export function decide(policy: Policy, ctx: DecisionContext): Decision {
  const rank = (id: string | null | undefined) => (id == null ? -1 : policy.labels.findIndex((l) => l.id === id));
  // Text traced back to a classified page carries that page's label with it.
  const sourceRank = Math.max(rank(ctx.sourceLabel), rank(ctx.lineage?.label));
  const hits: GuardRule[] = [];
  for (const r of policy.guards) if (ruleMatches(r, ctx, sourceRank, rank)) hits.push(r);
  hits.sort((a, b) => SEVERITY[b.action] - SEVERITY[a.action]);

  let action: Action = hits[0]?.action ?? 'allow';
  let rule = hits[0]?.id ?? 'default';
  let message = hits[0]?.message;
  if (ctx.uninspectable && destinationMatches('unapproved', ctx.destination) && SEVERITY[policy.detection.uninspectable] > SEVERITY[action]) {
    action = policy.detection.uninspectable;
    rule = 'uninspectable';
    message = undefined;
  }
  const decision: Decision = { action, rule, message, matched: hits.map((h) => h.id) };
  if (SEVERITY[action] >= SEVERITY.warn) {
    const g = ctx.grants.find(
      (g) =>
        g.expiresAt > ctx.now && (g.notBefore === undefined || g.notBefore <= ctx.now) && g.channels.includes(ctx.channel) && (g.hosts.length === 0 || (!!ctx.destination && g.hosts.includes(ctx.destination.host)) || (!!ctx.sourceHost && g.hosts.includes(ctx.sourceHost))),
    );
    if (g) return { ...decision, action: 'audit', grant: g.id, wouldBe: action };
  }
  return decision;
}

function ruleMatches(r: GuardRule, ctx: DecisionContext, sourceRank: number, rank: (id: string) => number): boolean {
  const s: DetectionSummary = ctx.summary;
  if (!r.channels.includes(ctx.channel)) return false;
  if (r.watchlistOnly && !ctx.watchlisted) return false;
  if (r.minLabel !== undefined && sourceRank < rank(r.minLabel)) return false;
  if (!destinationMatches(r.destination, ctx.destination)) return false;
  if (r.lineage && !ctx.lineage) return false;
  if (r.sensitive && !s.sensitive) return false;
  if (r.payment && !s.payment) return false;
  if (r.types?.length && !r.types.some((t) => (s.counts[t] ?? 0) > 0)) return false;
  if (r.minPeople !== undefined && r.minPeople > 0 && s.people < r.minPeople) return false;
  return true;
}
