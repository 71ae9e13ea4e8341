// URL matching for policy lists: host globs (`*.example.com`) and match patterns (`https://*.x.com/app/*`).

export type UrlMatcher = (url: URL) => boolean;

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Throws with a readable message when the pattern cannot be understood. */
export function compilePattern(pattern: string): UrlMatcher {
  const p = pattern.trim();
  if (!p) throw new Error('empty pattern');
  if (p === '<all_urls>') return (u) => /^(https?|wss?|file|ftp):$/.test(u.protocol);
  const m = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)?$/.exec(p);
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

/** One matcher for a list; invalid entries are skipped here (validation reports them). */
export function compileList(patterns: readonly string[]): UrlMatcher {
  const ms: UrlMatcher[] = [];
  for (const p of patterns) {
    try {
      ms.push(compilePattern(p));
    } catch {
      /* reported by checkPolicy */
    }
  }
  if (ms.length === 0) return () => false;
  return (u) => {
    for (const m of ms) if (m(u)) return true;
    return false;
  };
}

export function toUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
