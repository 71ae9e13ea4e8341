// URL matching for policy lists: host globs (`*.example.com`) and match patterns (`https://*.x.com/app/*`).

export type UrlMatcher = (url: URL) => boolean;

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const MATCH_PATTERN = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)?$/;

/** Throws with a readable message when the pattern cannot be understood. */
export function compilePattern(pattern: string): UrlMatcher {
  const p = pattern.trim();
  if (!p) throw new Error('empty pattern');
  if (p === '<all_urls>') return (u) => /^(https?|wss?|file|ftp):$/.test(u.protocol);
  const m = MATCH_PATTERN.exec(p);
  if (m) {
    const [, scheme, host, path = '/*'] = m;
    const hostOk = hostMatcher(host);
    const pathRe = new RegExp('^' + path.split('*').map(escape).join('.*') + '$');
    return (u) =>
      (scheme === '*' ? u.protocol === 'http:' || u.protocol === 'https:' : u.protocol === scheme + ':') &&
      hostOk(u.hostname) &&
      pathRe.test(u.pathname + u.search);
  }
  if (p.includes('/') || p.includes(':')) throw new Error(`"${p}" is neither a host (example.com, *.example.com) nor a match pattern (https://example.com/*)`);
  const hostOk = hostMatcher(p);
  return (u) => hostOk(u.hostname);
}

function hostMatcher(host: string): (h: string) => boolean {
  const h = host.toLowerCase();
  if (h === '*') return () => true;
  if (h.startsWith('*.')) {
    const base = h.slice(2);
    if (!base || base.includes('*')) throw new Error(`bad host "${host}"`);
    const dotted = '.' + base;
    return (x) => x === base || x.endsWith(dotted);
  }
  if (h.includes('*')) throw new Error(`"*" is only allowed at the start of a host ("*.example.com"): "${host}"`);
  if (!/^[a-z0-9.\-[\]:]+$/.test(h)) throw new Error(`bad host "${host}"`);
  return (x) => x === h;
}

/**
 * One matcher for a list. Plain hosts and host globs — nearly every entry — go into two sets
 * looked up by the URL's host and its parent domains, so building the matcher costs no regex
 * and matching costs a few set lookups, however long the list. Match patterns compile on
 * first use. Invalid entries are skipped here (checkPolicy reports them).
 */
export function compileList(patterns: readonly string[]): UrlMatcher {
  const exact = new Set<string>();
  const suffix = new Set<string>();
  const other: string[] = [];
  let any = false;
  for (const raw of patterns) {
    const p = raw.trim().toLowerCase();
    if (!p) continue;
    if (p === '*') any = true;
    else if (p.includes('/') || p.includes(':') || p === '<all_urls>') other.push(raw);
    else if (p.startsWith('*.') && !p.slice(2).includes('*')) suffix.add(p.slice(2));
    else if (!p.includes('*')) exact.add(p);
  }
  let compiled: UrlMatcher[] | null = null;
  const rest = (u: URL) => {
    if (!compiled) {
      compiled = [];
      for (const p of other) {
        try {
          compiled.push(compilePattern(p));
        } catch {
          /* reported by checkPolicy */
        }
      }
    }
    for (const m of compiled) if (m(u)) return true;
    return false;
  };
  if (!any && exact.size === 0 && suffix.size === 0 && other.length === 0) return () => false;
  return (u) => {
    if (any) return true;
    const host = u.hostname;
    if (exact.has(host)) return true;
    if (suffix.size) {
      // *.example.com matches example.com and every subdomain.
      for (let d = host; ; ) {
        if (suffix.has(d)) return true;
        const i = d.indexOf('.');
        if (i === -1) break;
        d = d.slice(i + 1);
      }
    }
    return other.length > 0 && rest(u);
  };
}

export function toUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
