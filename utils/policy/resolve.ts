// Checks untrusted policy documents and layers them: managed > local > default.
import { canonicalJson } from '../canonical-json';
import { DEFAULT_POLICY } from './defaults';
import { compilePattern } from './match';
import { POLICY_SCHEMA, validateAgainst, type SchemaError } from './schema';
import type { Policy, PolicyInput, PolicySection, PolicySource } from './types';

export type PolicyError = SchemaError;

/** Every error in a policy document: schema (types, ranges, unknown keys) and meaning (labels, patterns). */
export function checkPolicy(input: unknown): PolicyError[] {
  const errors = validateAgainst(POLICY_SCHEMA, input);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return errors;
  // Meaning is checked even when some types are wrong, so the admin sees every error at once;
  // parts with the wrong shape were reported above and are skipped here.
  try {
    checkMeaning(input as PolicyInput, errors);
  } catch {
    /* a shape the schema already reported */
  }
  return errors;
}

const arr = <T>(v: T[] | undefined): T[] | undefined => (Array.isArray(v) ? v : undefined);

function checkMeaning(doc: PolicyInput, errors: PolicyError[]) {
  const labels = (arr(doc.labels) ?? DEFAULT_POLICY.labels).filter((l) => typeof l?.id === 'string');
  if (doc.labels && doc.labels.length === 0) errors.push({ path: '/labels', message: 'needs at least one label' });
  const ids = new Set<string>();
  labels.forEach((l, i) => {
    if (ids.has(l.id)) errors.push({ path: `/labels/${i}/id`, message: `label "${l.id}" is defined twice` });
    ids.add(l.id);
  });
  const ref = (path: string, id: string | undefined) => {
    if (typeof id === 'string' && !ids.has(id)) errors.push({ path, message: `unknown label "${id}" (labels: ${[...ids].join(', ')})` });
  };
  const patterns = (path: string, list: string[] | undefined) =>
    arr(list)?.forEach((p, i) => {
      if (typeof p !== 'string') return;
      try {
        compilePattern(p);
      } catch (e) {
        errors.push({ path: `${path}/${i}`, message: (e as Error).message });
      }
    });
  const c = doc.classification;
  arr(c?.rules)?.forEach((r, i) => {
    ref(`/classification/rules/${i}/label`, r.label);
    patterns(`/classification/rules/${i}/urls`, r.urls);
    if (!arr(r.urls)?.length && !arr(r.selectors)?.length) errors.push({ path: `/classification/rules/${i}`, message: 'needs urls or selectors' });
  });
  ref('/classification/defaultLabel', c?.defaultLabel);
  ref('/classification/content/label', c?.content?.label);
  ref('/classification/content/sensitiveLabel', c?.content?.sensitiveLabel);
  patterns('/classification/exclude', c?.exclude);
  patterns('/destinations/approved', doc.destinations?.approved);
  patterns('/destinations/blocked', doc.destinations?.blocked);
  for (const [cat, list] of Object.entries(doc.destinations?.categories ?? {})) patterns(`/destinations/categories/${cat}`, list);
  arr(doc.guards)?.forEach((g, i) => {
    ref(`/guards/${i}/minLabel`, g.minLabel);
    if (arr(g.channels)?.length === 0) errors.push({ path: `/guards/${i}/channels`, message: 'needs at least one channel' });
  });
  ref('/pledge/minLabel', doc.pledge?.minLabel);
  ref('/watermark/minLabel', doc.watermark?.minLabel);
  ref('/privacy/minLabel', doc.privacy?.minLabel);
  const url = doc.reporting?.url;
  if (typeof url === 'string' && url) {
    try {
      const u = new URL(url);
      const local = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname) || u.hostname.endsWith('.test');
      if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local))
        errors.push({ path: '/reporting/url', message: 'must be https (plain http only for localhost)' });
    } catch {
      errors.push({ path: '/reporting/url', message: `"${url}" is not a URL` });
    }
  }
  arr(doc.watchlist)?.forEach((w, i) => {
    if (typeof w.until === 'string' && Number.isNaN(Date.parse(w.until))) errors.push({ path: `/watchlist/${i}/until`, message: `"${w.until}" is not a date` });
  });
}

export interface Layers {
  managed?: PolicyInput | null;
  local?: PolicyInput | null;
}

export interface Resolved {
  policy: Policy;
  sources: Record<PolicySection, PolicySource>;
}

const SECTIONS = Object.keys(DEFAULT_POLICY) as PolicySection[];

/**
 * Layers valid documents section by section. While a managed policy exists the local one is
 * ignored entirely: a user must not be able to widen what the admin left unsaid.
 * Sections are filled from the defaults where a document gives only some keys.
 */
export function resolvePolicy(layers: Layers): Resolved {
  const top = layers.managed && Object.keys(layers.managed).length ? { doc: layers.managed, source: 'managed' as const } : layers.local ? { doc: layers.local, source: 'local' as const } : null;
  const policy = structuredClone(DEFAULT_POLICY) as Policy;
  const sources = Object.fromEntries(SECTIONS.map((s) => [s, 'default'])) as Record<PolicySection, PolicySource>;
  if (top) {
    for (const s of SECTIONS) {
      const v = top.doc[s];
      if (v === undefined) continue;
      const base = DEFAULT_POLICY[s];
      (policy as unknown as Record<string, unknown>)[s] = isPlainObject(base) && isPlainObject(v) ? { ...(structuredClone(base) as object), ...structuredClone(v as object) } : structuredClone(v);
      sources[s] = top.source;
    }
    // Classification sub-objects are merged one level deeper so an admin can set only `content.minPeople`.
    if (top.doc.classification?.content) policy.classification.content = { ...DEFAULT_POLICY.classification.content, ...top.doc.classification.content };
  }
  return { policy, sources };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Stable short hash of a policy (FNV-1a over canonical JSON), for heartbeats and events. */
export function policyHash(p: unknown): string {
  const s = canonicalJson(p);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export { canonicalJson };
