import { describe, expect, it } from 'vitest';
import { decide, type DecisionContext } from '@/utils/decide';
import { compileDestinations, siteOf } from '@/utils/destinations';
import { EMPTY_SUMMARY } from '@/utils/detect/types';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { Policy } from '@/utils/policy/types';

const P: Policy = { ...DEFAULT_POLICY, destinations: { ...DEFAULT_POLICY.destinations, approved: ['partner.test'], blocked: ['share.test'] } };
const dest = compileDestinations(P.destinations);
const people = (n: number, extra = {}) => ({ ...EMPTY_SUMMARY, people: n, counts: n ? { email: n } : {}, ...extra });
const ctx = (over: Partial<DecisionContext>): DecisionContext => ({
  channel: 'copy',
  sourceLabel: 'confidential',
  summary: people(0),
  watchlisted: false,
  grants: [],
  now: 1_000,
  ...over,
});

describe('destinations', () => {
  it('blocked beats approved beats categories; classified pages count as approved', () => {
    expect(dest(new URL('https://share.test/')).kind).toBe('blocked');
    expect(dest(new URL('https://partner.test/')).kind).toBe('approved');
    expect(dest(new URL('https://chatgpt.com/')).kind).toBe('blocked');
    expect(dest(new URL('https://chatgpt.com/')).category).toBe('generative_ai');
    expect(dest(new URL('https://example.org/')).kind).toBe('unapproved');
    expect(dest(new URL('https://example.org/'), { classified: true }).kind).toBe('approved');
    expect(dest(new URL('https://a.example.co.jp/'), { sourceHost: 'b.example.co.jp' }).kind).toBe('same_site');
  });
  it('siteOf approximates registrable domains', () => {
    expect(siteOf('a.b.example.co.jp')).toBe('example.co.jp');
    expect(siteOf('x.salesforce.com')).toBe('salesforce.com');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('decide', () => {
  it('copy: audit on internal, warn from 1 person on confidential, block from 50', () => {
    expect(decide(P, ctx({ sourceLabel: 'internal', summary: people(3) })).action).toBe('audit');
    expect(decide(P, ctx({ sourceLabel: 'public', summary: people(300) })).action).toBe('allow');
    expect(decide(P, ctx({ summary: people(0) })).action).toBe('audit');
    const w = decide(P, ctx({ summary: people(1) }));
    expect([w.action, w.rule]).toEqual(['warn', 'copy-people-warn']);
    const b = decide(P, ctx({ summary: people(50) }));
    expect([b.action, b.rule]).toEqual(['block', 'copy-bulk-block']);
    expect(b.matched).toEqual(['copy-bulk-block', 'copy-people-warn', 'copy-audit']);
  });

  it('paste: judged by content or lineage at unapproved destinations only', () => {
    const unapproved = dest(new URL('https://example.org/'));
    expect(decide(P, ctx({ channel: 'paste', sourceLabel: null, destination: unapproved, summary: people(0) })).action).toBe('allow');
    expect(decide(P, ctx({ channel: 'paste', sourceLabel: null, destination: unapproved, summary: people(2) })).action).toBe('warn');
    expect(decide(P, ctx({ channel: 'paste', sourceLabel: null, destination: unapproved, lineage: { label: 'confidential' } })).rule).toBe('paste-lineage');
    expect(decide(P, ctx({ channel: 'paste', sourceLabel: null, destination: dest(new URL('https://partner.test/')), summary: people(200) })).action).toBe('allow');
    expect(decide(P, ctx({ channel: 'paste', sourceLabel: null, destination: dest(new URL('https://share.test/')), summary: people(1) })).action).toBe('block');
    expect(decide(P, ctx({ channel: 'upload', sourceLabel: null, destination: unapproved, summary: people(1, { sensitive: true }) })).rule).toBe('sensitive-out');
  });

  it('uninspectable content gets the policy choice at unapproved destinations', () => {
    const unapproved = dest(new URL('https://example.org/'));
    const d = decide(P, ctx({ channel: 'upload', sourceLabel: null, destination: unapproved, uninspectable: true }));
    expect([d.action, d.rule]).toEqual(['warn', 'uninspectable']);
    expect(decide(P, ctx({ channel: 'upload', sourceLabel: null, destination: dest(new URL('https://partner.test/')), uninspectable: true })).action).toBe('allow');
  });

  it('watch-list rules apply only to watch-listed users', () => {
    const W: Policy = { ...P, guards: [...P.guards, { id: 'watch-copy', channels: ['copy'], minLabel: 'internal', minPeople: 1, watchlistOnly: true, action: 'block' }] };
    expect(decide(W, ctx({ sourceLabel: 'internal', summary: people(1) })).action).toBe('audit');
    // The defaults carry watch-list rules of their own, so the added one is among the matches, not necessarily first.
    const d = decide(W, ctx({ sourceLabel: 'internal', summary: people(1), watchlisted: true }));
    expect([d.action, d.matched.includes('watch-copy')]).toEqual(['block', true]);
  });

  it('a grant lowers warn/block to audit for exactly its channel, host and time', () => {
    const unapproved = dest(new URL('https://example.org/'));
    const g = { id: 'g1', channels: ['upload' as const], hosts: ['example.org'], expiresAt: 2_000 };
    const base = ctx({ channel: 'upload', sourceLabel: null, destination: unapproved, summary: people(60), grants: [g] });
    const d = decide(P, base);
    expect([d.action, d.grant, d.wouldBe]).toEqual(['audit', 'g1', 'block']);
    expect(decide(P, { ...base, now: 2_000 }).action).toBe('block');
    expect(decide(P, { ...base, channel: 'paste' }).action).toBe('warn'); // paste rules, no grant for paste
    expect(decide(P, { ...base, destination: dest(new URL('https://other.example/')) }).action).toBe('block');
  });

  it('types and payment conditions', () => {
    const T: Policy = { ...P, guards: [{ id: 'cards', channels: ['copy'], types: ['credit_card'], action: 'block' }, { id: 'pay', channels: ['cut'], payment: true, action: 'warn' }] };
    expect(decide(T, ctx({ summary: { ...EMPTY_SUMMARY, counts: { credit_card: 1 } } })).action).toBe('block');
    expect(decide(T, ctx({ summary: { ...EMPTY_SUMMARY, counts: { email: 1 } } })).action).toBe('allow');
    expect(decide(T, ctx({ channel: 'cut', summary: { ...EMPTY_SUMMARY, payment: true } })).action).toBe('warn');
  });
});
