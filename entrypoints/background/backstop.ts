// Network backstop: uploads (POST/PUT/PATCH) to blocked destinations are refused by declarativeNetRequest, so a
// worker or any path the page hooks cannot see still sends nothing. Uploads the guard cleared pass briefly per tab.
import { browser } from 'wxt/browser';
import { BUILTIN_CATEGORIES } from '@/utils/destinations';
import type { Policy } from '@/utils/policy/types';

const RULE_ID = 1;
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
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [RULE_ID],
    addRules: domains.length
      ? [{ id: RULE_ID, priority: 1, action: { type: 'block' }, condition: { requestDomains: domains, requestMethods: ['post', 'put', 'patch'] } }]
      : [],
  });
}

/** Lets one tab's uploads to this host through for a short while, after the guard judged one. */
export async function clearUpload(tabId: number, url: string): Promise<boolean> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  const id = nextAllow++;
  await browser.declarativeNetRequest.updateSessionRules({
    addRules: [{ id, priority: 2, action: { type: 'allow' }, condition: { requestDomains: [host], tabIds: [tabId], requestMethods: ['post', 'put', 'patch'] } }],
  });
  setTimeout(() => void browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [id] }).catch(() => {}), CLEAR_MS);
  return true;
}
