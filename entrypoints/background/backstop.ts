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
let nextAllow = 1000;

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

/** Lets one tab's uploads (bodies and URLs) to this host through for a short while, after the guard judged one. */
export async function clearUpload(tabId: number, url: string): Promise<boolean> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  const id = nextAllow++;
  await browser.declarativeNetRequest.updateSessionRules({
    addRules: [{ id, priority: 2, action: { type: 'allow' }, condition: { requestDomains: [host], tabIds: [tabId], resourceTypes: ALL_TYPES } }],
  });
  setTimeout(() => void browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [id] }).catch(() => {}), CLEAR_MS);
  return true;
}
