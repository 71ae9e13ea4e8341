// Network backstop: uploads (POST/PUT/PATCH) to blocked destinations are refused by declarativeNetRequest, so a
// worker or any path the page hooks cannot see still sends nothing. Uploads the guard cleared pass briefly per tab.
// Data can also leave in a URL that no hook sees (an image's src, a navigation, a frame's address): any request to a
// blocked destination whose URL holds two e-mail addresses or two phone numbers is refused too.
import { browser, type Browser } from 'wxt/browser';
import { BUILTIN_CATEGORIES } from '@/utils/destinations';
import type { Policy } from '@/utils/policy/types';

const RULE_ID = 1;
/** Two e-mail addresses, or two phone numbers (hyphens raw or %2D, or none), after a URL's `?`. RE2, matched
 * case-insensitively; a rule each, because one alternation of them exceeds RE2's memory limit for declarativeNetRequest. */
const EMAIL = '[a-z0-9._%+-](@|%40)[a-z0-9-]+\\.';
const PHONE = '[0-9]{2,4}(-|%2d)[0-9]{2,4}(-|%2d)[0-9]{4}';
/** A phone written without hyphens: 0 and 9–10 more digits, between non-digits. */
const PLAIN_PHONE = '0[0-9]{9,10}';
export const URL_DATA_RULES: { id: number; regex: string }[] = [
  { id: 2, regex: `\\?.*${EMAIL}.*${EMAIL}` },
  { id: 3, regex: `\\?.*${PHONE}.*${PHONE}` },
  { id: 4, regex: `\\?(.*[^0-9])?${PLAIN_PHONE}[^0-9](.*[^0-9])?${PLAIN_PHONE}([^0-9]|$)` },
];
/** Every kind of request, top-level navigations included (a rule that names no types leaves out main_frame). */
const ALL_TYPES = [
  'main_frame', 'sub_frame', 'stylesheet', 'script', 'image', 'font', 'object', 'xmlhttprequest', 'ping', 'csp_report', 'media', 'websocket', 'other',
  ...(import.meta.env.FIREFOX ? [] : ['webtransport', 'webbundle']),
] as Browser.declarativeNetRequest.ResourceType[];
const CLEAR_MS = 30_000;
/** Session-rule ids of passes start here. */
const PASS_BASE = 1000;
let nextAllow = PASS_BASE;

/** Host globs and match patterns → registrable hosts for `requestDomains` (which also covers subdomains). */
export function blockedDomains(p: Policy): string[] {
  const raw = [...p.destinations.blocked];
  for (const c of p.destinations.blockedCategories) raw.push(...BUILTIN_CATEGORIES[c], ...(p.destinations.categories[c] ?? []));
  const out = new Set<string>();
  for (const g of raw) {
    const host = (g.includes('://') ? g.split('://')[1].split('/')[0] : g.split('/')[0]).replace(/^\*\./, '').replace(/:\d+$/, '').toLowerCase();
    if (host && !host.includes('*')) out.add(host);
  }
  return [...out].sort();
}

export async function syncBackstop(p: Policy): Promise<void> {
  const domains = blockedDomains(p);
  const ids = [RULE_ID, ...URL_DATA_RULES.map((r) => r.id)];
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: ids,
    addRules: domains.length ? [{ id: RULE_ID, priority: 1, action: { type: 'block' }, condition: { requestDomains: domains, requestMethods: ['post', 'put', 'patch'], resourceTypes: ALL_TYPES } }] : [],
  });
  // Each added on its own: a rule the browser refused must not take the upload rule, or another, with it.
  if (!domains.length) return;
  const added = await Promise.allSettled(
    URL_DATA_RULES.map((r) =>
      browser.declarativeNetRequest.updateDynamicRules({
        addRules: [{ id: r.id, priority: 1, action: { type: 'block' }, condition: { requestDomains: domains, regexFilter: r.regex, resourceTypes: ALL_TYPES } }],
      }),
    ),
  );
  const refused = added.flatMap((a, i) => (a.status === 'rejected' ? [`URL rule ${URL_DATA_RULES[i].id}: ${(a.reason as Error)?.message ?? a.reason}`] : []));
  if (refused.length) throw new Error(refused.join('; '));
}

/**
 * A pass: after the guard judged an upload, one tab may send to that address until `until` — the URL the upload went
 * to and any URL that starts with it (a GET form's fields follow as a query). Not the whole host: a worker of the
 * same page posting elsewhere on a blocked site is still refused.
 */
interface Pass {
  tabId: number;
  prefix: string;
  until: number;
}
/** A URL this long passes by its address without the query (a rule's filter is kept small). */
const MAX_FILTER = 2000;
/** The address a pass opens for a judged upload to `url` (no fragment, which never reaches the network). */
export function passPrefix(url: URL): string {
  const href = url.href.split('#')[0];
  return href.length <= MAX_FILTER ? href : href.split('?')[0].slice(0, MAX_FILTER);
}
const PASSES_KEY = 'backstopPasses';
const passes = new Map<number, Pass>();
let passesReady: Promise<void> | null = null;

const savePasses = () => browser.storage.session.set({ [PASSES_KEY]: Object.fromEntries(passes) }).catch(() => {});
function expire(id: number, at: number): void {
  setTimeout(() => {
    passes.delete(id);
    void savePasses();
    void browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [id] }).catch(() => {});
  }, Math.max(0, at - Date.now()));
}

/**
 * Passes outlive a stopped service worker as session rules, and their removal timers do not: a pass whose timer was
 * lost would let the tab send to that address for the rest of the browser session, and a new pass reusing its id would
 * be refused (so the judged upload it was for would be blocked). At start-up, passes still due are timed again, and
 * rules with no record, or past their time, are removed.
 */
export function loadPasses(): Promise<void> {
  passesReady ??= (async () => {
    const [rules, stored] = await Promise.all([
      browser.declarativeNetRequest.getSessionRules(),
      browser.storage.session.get(PASSES_KEY).then((r) => (r[PASSES_KEY] ?? {}) as Record<string, Pass>, () => ({}) as Record<string, Pass>),
    ]);
    const now = Date.now();
    const stale: number[] = [];
    for (const r of rules) {
      if (r.id < PASS_BASE) continue;
      nextAllow = Math.max(nextAllow, r.id + 1);
      const p = stored[String(r.id)];
      if (p && typeof p.prefix === 'string' && p.until > now && p.until <= now + CLEAR_MS) {
        passes.set(r.id, p);
        expire(r.id, p.until);
      } else stale.push(r.id);
    }
    if (stale.length) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: stale });
    await savePasses();
  })().catch((e) => {
    passesReady = null;
    throw e;
  });
  return passesReady;
}

/** Lets one tab's uploads (bodies and URLs) to this address through for a short while, after the guard judged one. */
export async function clearUpload(tabId: number, url: string): Promise<boolean> {
  let prefix: string;
  try {
    prefix = passPrefix(new URL(url));
  } catch {
    return false;
  }
  await loadPasses();
  const id = nextAllow++;
  const until = Date.now() + CLEAR_MS;
  // '|' anchors the filter at the start of the URL; a '*' or '^' in it only widens the match a little.
  await browser.declarativeNetRequest.updateSessionRules({
    addRules: [{ id, priority: 2, action: { type: 'allow' }, condition: { urlFilter: '|' + prefix, tabIds: [tabId], resourceTypes: ALL_TYPES } }],
  });
  passes.set(id, { tabId, prefix, until });
  void savePasses();
  expire(id, until);
  return true;
}

/** Does a pass let this tab's request to `url` through the backstop now? */
export function passOpen(tabId: number, url: string): boolean {
  const now = Date.now();
  const u = url.toLowerCase(); // (filters match without regard to case)
  for (const p of passes.values()) if (p.tabId === tabId && p.until > now && u.startsWith(p.prefix.toLowerCase())) return true;
  return false;
}
