import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import { compilePattern } from '@/utils/policy/match';
import { checkPolicy, policyHash, resolvePolicy } from '@/utils/policy/resolve';
import { managedSchemaJson, POLICY_SCHEMA, validateAgainst, type SchemaNode } from '@/utils/policy/schema';

const demo = JSON.parse(readFileSync(new URL('../fixtures/demo-policy.json', import.meta.url), 'utf8'));

describe('policy schema', () => {
  it('public/managed_schema.json is generated from the one schema (run npm run schema)', () => {
    expect(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')).toBe(managedSchemaJson());
  });

  it('the managed schema only uses what Chrome accepts (min/max only on integers)', () => {
    const walk = (n: SchemaNode, path: string) => {
      if (n.type !== 'integer') expect({ path, min: n.minimum, max: n.maximum }).toEqual({ path, min: undefined, max: undefined });
      Object.entries(n.properties ?? {}).forEach(([k, v]) => walk(v, `${path}/${k}`));
      if (n.items) walk(n.items, `${path}/[]`);
    };
    walk(JSON.parse(managedSchemaJson()), '');
  });

  it('documents every section of the policy', () => {
    expect(Object.keys(POLICY_SCHEMA.properties!).sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
  });

  it('the defaults and the demo policy are valid', () => {
    expect(checkPolicy(DEFAULT_POLICY)).toEqual([]);
    expect(checkPolicy(demo)).toEqual([]);
  });

  it('reports type errors with exact paths', () => {
    const errors = checkPolicy({ retention: { days: 'long', maxEvents: 5 }, labels: [{ id: 'x' }], foo: 1 });
    const paths = errors.map((e) => e.path);
    expect(paths).toContain('/retention/days');
    expect(paths).toContain('/retention/maxEvents'); // below minimum
    expect(paths).toContain('/labels/0/name');
    expect(paths).toContain('/foo');
    expect(errors.find((e) => e.path === '/foo')!.message).toMatch(/not a known setting/);
  });

  it('reports meaning errors together with type errors', () => {
    const errors = checkPolicy({
      retention: { days: 'x' },
      classification: { rules: [{ id: 'a', label: 'top_secret', urls: ['https://exa*mple.com/*'] }, { id: 'b', label: 'internal' }] },
      reporting: { url: 'http://siem.example.com/in' },
      watchlist: [{ user: 'u', until: 'next week' }],
    });
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath['/retention/days']).toMatch(/number/);
    expect(byPath['/classification/rules/0/label']).toMatch(/unknown label "top_secret"/);
    expect(byPath['/classification/rules/0/urls/0']).toMatch(/only allowed at the start/);
    expect(byPath['/classification/rules/1']).toMatch(/needs urls or selectors/);
    expect(byPath['/reporting/url']).toMatch(/https/);
    expect(byPath['/watchlist/0/until']).toMatch(/not a date/);
  });

  it('rejects non-objects and duplicate labels', () => {
    expect(checkPolicy([])[0].message).toMatch(/object/);
    expect(checkPolicy('x')[0].message).toMatch(/object/);
    const dup = DEFAULT_POLICY.labels[1];
    expect(checkPolicy({ labels: [dup, dup] }).map((e) => e.message)).toContain('label "internal" is defined twice');
  });

  it('validates enums and integers', () => {
    expect(validateAgainst(POLICY_SCHEMA, { language: 'fr' })[0].message).toMatch(/one of auto, ja, en/);
    expect(validateAgainst(POLICY_SCHEMA, { retention: { days: 1.5 } })[0].message).toMatch(/whole number/);
  });
});

describe('layering', () => {
  it('managed wins and local is ignored while managed exists', () => {
    const r = resolvePolicy({ managed: { name: 'M', retention: { days: 30, maxEvents: 5000 } }, local: { name: 'L', destinations: { approved: ['x.com'], blocked: [], blockedCategories: [], categories: {} } } });
    expect(r.policy.name).toBe('M');
    expect(r.sources.name).toBe('managed');
    expect(r.sources.destinations).toBe('default');
    expect(r.policy.destinations.approved).toEqual([]);
  });

  it('local applies when unmanaged; partial sections keep defaults', () => {
    const r = resolvePolicy({ local: { classification: { content: { minPeople: 3 } } as never } });
    expect(r.sources.classification).toBe('local');
    expect(r.policy.classification.content).toEqual({ ...DEFAULT_POLICY.classification.content, minPeople: 3 });
    expect(r.policy.classification.rules).toEqual(DEFAULT_POLICY.classification.rules);
    expect(r.sources.labels).toBe('default');
  });

  it('an empty managed object counts as no managed policy', () => {
    expect(resolvePolicy({ managed: {}, local: { name: 'L' } }).sources.name).toBe('local');
  });

  it('policy hash is stable across key order and changes with content', () => {
    expect(policyHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(policyHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(policyHash({ a: 1 })).not.toBe(policyHash({ a: 2 }));
  });
});

describe('URL patterns', () => {
  const m = (p: string, u: string) => compilePattern(p)(new URL(u));
  it('host globs match the host and its subdomains', () => {
    expect(m('*.salesforce.com', 'https://acme.my.salesforce.com/lightning')).toBe(true);
    expect(m('*.salesforce.com', 'https://salesforce.com/')).toBe(true);
    expect(m('*.salesforce.com', 'https://salesforce.com.evil.test/')).toBe(false);
    expect(m('*.salesforce.com', 'https://notsalesforce.com/')).toBe(false);
    expect(m('crm.test', 'http://crm.test:8080/x')).toBe(true);
    expect(m('crm.test', 'http://www.crm.test/x')).toBe(false);
  });
  it('match patterns check scheme, host and path', () => {
    expect(m('*://crm.test/customers*', 'http://crm.test/customers?page=2')).toBe(true);
    expect(m('*://crm.test/customers*', 'http://crm.test/notes')).toBe(false);
    expect(m('https://*.example.com/app/*', 'http://a.example.com/app/1')).toBe(false);
    expect(m('<all_urls>', 'https://x.y/')).toBe(true);
  });
  it('explains bad patterns', () => {
    expect(() => compilePattern('exa*mple.com')).toThrow(/only allowed at the start/);
    expect(() => compilePattern('')).toThrow(/empty/);
    expect(() => compilePattern('example.com/path')).toThrow(/neither a host/);
  });
});

describe('README', () => {
  it('every example policy in the README is valid', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(checkPolicy(b)).toEqual([]);
  });
});

describe('URL lists', () => {
  it('a compiled list agrees with each pattern on its own', async () => {
    const { compileList } = await import('@/utils/policy/match');
    const list = ['*.salesforce.com', 'crm.test', 'https://a.example.com/app/*', '*://b.example.com/x*', 'bad*host', 'HubSpot.com'];
    const m = compileList(list);
    const urls = ['https://acme.my.salesforce.com/', 'https://salesforce.com/', 'https://evil-salesforce.com/', 'http://crm.test:8080/', 'http://x.crm.test/', 'https://a.example.com/app/1', 'https://a.example.com/other', 'http://b.example.com/xyz', 'https://hubspot.com/', 'https://bad.host/'];
    for (const u of urls) {
      const one = list.some((p) => {
        try {
          return compilePattern(p)(new URL(u));
        } catch {
          return false;
        }
      });
      expect([u, m(new URL(u))]).toEqual([u, one]);
    }
    expect(compileList([])(new URL('https://x.test/'))).toBe(false);
    expect(compileList(['*'])(new URL('https://x.test/'))).toBe(true);
  });
});
