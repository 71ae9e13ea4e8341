import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileClassifier, labelFromMeta } from '@/utils/classify';
import { EMPTY_SUMMARY } from '@/utils/detect/types';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import { resolvePolicy } from '@/utils/policy/resolve';

const demo = resolvePolicy({ local: JSON.parse(readFileSync(new URL('../fixtures/demo-policy.json', import.meta.url), 'utf8')) }).policy;

describe('page classification', () => {
  it('defaults label well-known CRM hosts confidential and others public', () => {
    const cl = compileClassifier(DEFAULT_POLICY);
    expect(cl.byUrl(new URL('https://acme.lightning.force.com/lightning/o/Account/list')).label).toBe('confidential');
    expect(cl.byUrl(new URL('https://example.cybozu.com/k/12/')).label).toBe('confidential');
    expect(cl.byUrl(new URL('https://app.hubspot.com/contacts/1')).reasons[0].ref).toBe('known-crm');
    const news = cl.byUrl(new URL('https://news.example.com/'));
    expect(news.label).toBe('public');
    expect(news.reasons[0].kind).toBe('default');
  });

  it('the highest matching label wins and keeps its reason', () => {
    const cl = compileClassifier(demo);
    const l = cl.byUrl(new URL('http://crm.test/customers/3'));
    expect(l.label).toBe('confidential');
    expect(l.reasons.map((r) => r.ref)).toEqual(['crm-customer-data']);
    expect(cl.byUrl(new URL('http://crm.test/spa/settings')).label).toBe('internal');
  });

  it('excluded pages are never labelled above the default', () => {
    const cl = compileClassifier({ ...demo, classification: { ...demo.classification, exclude: ['crm.test'] } });
    expect(cl.excluded(new URL('http://crm.test/customers'))).toBe(true);
    expect(cl.byUrl(new URL('http://crm.test/customers')).label).toBe('public');
  });

  it('selector rules are returned for the page to check, not applied by URL alone', () => {
    const cl = compileClassifier({
      ...demo,
      classification: { ...demo.classification, rules: [{ id: 'sig', label: 'strictly_confidential', urls: ['crm.test'], selectors: ['#secret'] }] },
    });
    const l = cl.byUrl(new URL('http://crm.test/x'));
    expect(l.label).toBe('public');
    expect(l.selectors).toEqual([{ rule: 'sig', label: 'strictly_confidential', selector: '#secret', text: undefined }]);
  });

  it('meta labels count only when honoured and known', () => {
    const cl = compileClassifier(demo);
    expect(labelFromMeta(cl, 'Strictly_Confidential')?.label).toBe('strictly_confidential');
    expect(labelFromMeta(cl, 'bogus')).toBeNull();
    expect(labelFromMeta(compileClassifier({ ...demo, classification: { ...demo.classification, honorMeta: false } }), 'internal')).toBeNull();
  });

  it('content: N distinct people or any sensitive data makes a page confidential', () => {
    const cl = compileClassifier(DEFAULT_POLICY);
    expect(cl.byContent({ ...EMPTY_SUMMARY, people: 9, peopleListed: 9 })).toBeNull();
    expect(cl.byContent({ ...EMPTY_SUMMARY, people: 10, peopleListed: 10 })?.label).toBe('confidential');
    // People named only in running text (an article) do not count by default; a policy can count them.
    expect(cl.byContent({ ...EMPTY_SUMMARY, people: 25, peopleListed: 3 })).toBeNull();
    const prose = compileClassifier({ ...DEFAULT_POLICY, classification: { ...DEFAULT_POLICY.classification, content: { ...DEFAULT_POLICY.classification.content, proseNames: true } } });
    expect(prose.byContent({ ...EMPTY_SUMMARY, people: 25, peopleListed: 3 })?.reasons[0].text?.en).toBe('Shows customer data of 25 people');
    // A summary without peopleListed (an older one) counts every person.
    expect(cl.byContent({ ...EMPTY_SUMMARY, people: 12, peopleListed: undefined })?.label).toBe('confidential');
    expect(cl.byContent({ ...EMPTY_SUMMARY, people: 1, sensitive: true })?.reasons[0].ref).toBe('sensitive');
    const off = compileClassifier({ ...DEFAULT_POLICY, classification: { ...DEFAULT_POLICY.classification, content: { ...DEFAULT_POLICY.classification.content, enabled: false } } });
    expect(off.byContent({ ...EMPTY_SUMMARY, people: 500 })).toBeNull();
  });

  it('max keeps the higher label, merging reasons on a tie', () => {
    const cl = compileClassifier(DEFAULT_POLICY);
    const a = { label: 'internal', reasons: [{ kind: 'url' as const, ref: 'a' }] };
    const b = { label: 'confidential', reasons: [{ kind: 'content' as const, ref: 'b' }] };
    expect(cl.max(a, b)).toBe(b);
    expect(cl.max(b, a)).toBe(b);
    expect(cl.max(a, { label: 'internal', reasons: [{ kind: 'url', ref: 'c' }] }).reasons.map((r) => r.ref)).toEqual(['a', 'c']);
  });
});
