// Network audit: a body (or a URL query) that leaves by a path no hook judged — a worker's fetch, a frame sandboxed
// without scripts (no content script runs there), built-ins taken from a frame before its hooks arrived, an image's
// src or a navigation — is read here as the browser sends it, with the one inspector and the one decision function, and recorded when the policy would not
// have allowed it. Manifest V3's webRequest cannot hold a request, so such an upload to an unapproved site is
// recorded as sent ('audit', with what the policy would have done); one to a blocked destination was refused by
// the network backstop and is recorded as blocked. Uploads the guard judged and let through are announced first
// (`judged`) and skipped here, so nothing is recorded twice.
import { browser } from 'wxt/browser';
import { compileDestinations, sameSite, type DestinationClassifier } from '@/utils/destinations';
import { decide } from '@/utils/decide';
import type { EventInput } from '@/utils/events/event';
import type { ActiveGrant } from '@/utils/decide';
import { ContentInspector, inspectLimits } from '@/utils/files/inspect';
import { bytesSource } from '@/utils/files/source';
import { isWatchlisted } from '@/utils/exceptions/watchlist';
import type { EffectivePolicy } from '@/utils/storage-keys';
import { URL_DATA_RULES } from './backstop';
import { hostOf, pageOf } from './url-parts';

const JUDGED_MS = 30_000;
/** An @, non-ASCII text, a hyphenated phone or two plain ones, raw or percent-encoded: the test the MAIN-world hooks make with
 *  pristine built-ins before holding a request, written here as a regular expression. */
const MAY_CARRY_DATA = /@|%40|%[c-f][0-9a-f]|[^\x00-\x7f]|\d{2,4}(?:-|%2d)\d{2,4}(?:-|%2d)\d{3,4}|(?:^|\D)0\d{9,10}(?!\d)[^]*\D0\d{9,10}(?!\d)/i;
/** Bytes of one request body read at most (the browser hands them over whole; bigger bodies are read in part). */
const MAX_BODY = 8 << 20;

export interface NetworkAuditDeps {
  policy: () => EffectivePolicy;
  /** The label of the page in a tab (its strictest frame), null when none. */
  labelOf: (tabId: number) => { label: string; url: string } | null;
  grants: () => ActiveGrant[];
  record: (e: EventInput, tabId?: number) => unknown;
  /** Whether a pass (after a judged upload) lets this tab's request to `url` through the backstop now. */
  passOpen: (tabId: number, url: string) => boolean;
}

type Body = { formData?: Record<string, string[]>; raw?: { bytes?: ArrayBuffer; file?: string }[]; error?: string };

export function createNetworkAudit(deps: NetworkAuditDeps) {
  const judged = new Map<string, { until: number; n: number }>();
  let destFor: { p: EffectivePolicy; d: DestinationClassifier } | null = null;
  const destinations = () => {
    const p = deps.policy();
    if (destFor?.p !== p) destFor = { p, d: compileDestinations(p.policy.destinations) };
    return destFor.d;
  };
  const key = (tabId: number, url: string) => `${tabId}|${url.split('#')[0]}`;

  async function inspect(body: Body): Promise<ReturnType<ContentInspector['end']> | null> {
    const ins = new ContentInspector(inspectLimits(deps.policy().policy.detection));
    let any = false;
    if (body.formData) {
      const fields: { name: string; text: string }[] = [];
      for (const [name, values] of Object.entries(body.formData)) for (const text of values) fields.push({ name, text });
      if (fields.length) {
        ins.fields(fields);
        any = true;
      }
    }
    if (body.raw) {
      const parts = body.raw.filter((r) => r.bytes && r.bytes.byteLength);
      let total = 0;
      for (const r of parts) total += r.bytes!.byteLength;
      if (total) {
        const all = new Uint8Array(Math.min(total, MAX_BODY));
        let at = 0;
        for (const r of parts) {
          if (at >= all.length) break;
          const b = new Uint8Array(r.bytes!, 0, Math.min(r.bytes!.byteLength, all.length - at));
          all.set(b, at);
          at += b.length;
        }
        // A body is read as a file would be: text in any encoding, URL-encoded or JSON, or a zip, PDF, spreadsheet.
        await ins.file(bytesSource(all));
        any = true;
      }
    }
    return any ? ins.end() : null;
  }

  /** A URL's query as form fields, when it could carry personal data at all (most queries are ids and paging). */
  function inspectQuery(url: URL): ReturnType<ContentInspector['end']> | null {
    if (url.search.length < 12 || !MAY_CARRY_DATA.test(url.search)) return null;
    const fields = [...url.searchParams].map(([name, text]) => ({ name, text }));
    if (!fields.length) return null;
    const ins = new ContentInspector(inspectLimits(deps.policy().policy.detection));
    ins.fields(fields);
    return ins.end();
  }

  async function onRequest(d: { requestId: string; url: string; method: string; tabId: number; frameId: number; type: string; initiator?: string; requestBody?: Body | null }) {
    const p = deps.policy().policy;
    let url: URL;
    try {
      url = new URL(d.url);
    } catch {
      return;
    }
    const inUrl = d.method === 'GET' || d.method === 'HEAD';
    // One judged upload excuses one request (a widget's retry is judged again by the hooks, and announced again).
    // A GET form is announced by its action: the browser adds the fields as the query.
    for (const k of inUrl ? [key(d.tabId, d.url), key(d.tabId, d.url.split('?')[0])] : [key(d.tabId, d.url)]) {
      const j = judged.get(k);
      if (!j) continue;
      if (--j.n <= 0) judged.delete(k);
      if (j.until > Date.now()) return;
    }
    const page = d.tabId >= 0 ? deps.labelOf(d.tabId) : null;
    const sourceHost = hostOf(d.initiator) ?? hostOf(page?.url);
    const rank = (id: string | undefined) => (id === undefined ? -1 : p.labels.findIndex((l) => l.id === id));
    const classified = rank(page?.label) > 0;
    // As the guard sees it: the page's own site is approved only when the policy classifies the page.
    const pageHost = hostOf(page?.url);
    const dest = destinations()(url, { classified: classified && !!pageHost && sameSite(url.hostname, pageHost) });
    if (dest.kind === 'approved' || dest.kind === 'same_site') return;
    const ins = inUrl ? inspectQuery(url) : d.requestBody ? await inspect(d.requestBody) : null;
    if (!ins) return;
    const decision = decide(p, {
      channel: 'upload',
      sourceLabel: page?.label ?? null,
      sourceHost,
      destination: dest,
      summary: ins.summary,
      uninspectable: false, // a body the browser would not show us in full is no reason to report harmless traffic
      watchlisted: isWatchlisted(p, Date.now()),
      grants: deps.grants(),
      now: Date.now(),
    });
    if (decision.action === 'allow') return;
    // What the network backstop refuses at a blocked destination: every body, and URLs its rules match — unless a
    // judged upload opened a pass for this tab and address, which lets an unjudged one to it through as well.
    const caught = dest.kind === 'blocked' && (inUrl ? URL_DATA_RULES.some((r) => new RegExp(r.regex, 'i').test(d.url)) : /^(post|put|patch)$/i.test(d.method));
    const passed = caught && d.tabId >= 0 && deps.passOpen(d.tabId, d.url);
    const refused = caught && !passed;
    await deps.record(
      {
        kind: 'guard',
        channel: 'upload',
        decision: refused ? 'block' : 'audit',
        rule: decision.rule,
        page: page ? pageOf(page.url) : undefined,
        pageHost: pageHost ?? sourceHost, // (an unlabelled tab: the origin that sent the request)
        label: page?.label,
        destinationHost: dest.host,
        destinationCategory: dest.category,
        detection: ins.summary,
        detail: { via: 'network', unjudged: true, wouldBe: decision.action, request: d.type, frameId: d.frameId, ...(inUrl ? { inUrl: true } : {}), ...(refused ? { backstop: true } : {}), ...(passed ? { backstopPass: true } : {}) },
      },
      d.tabId >= 0 ? d.tabId : undefined,
    );
  }

  return {
    /** Must be called synchronously when the service worker starts: a request may be what woke it. */
    listen() {
      browser.webRequest.onBeforeRequest.addListener(
        (d) => {
          if (d.method === 'OPTIONS') return undefined;
          if (d.method === 'GET' || d.method === 'HEAD' ? !MAY_CARRY_DATA.test(d.url.slice(d.url.indexOf('?') + 1 || d.url.length)) : !d.requestBody) return undefined;
          // The extension's own traffic (the collector) is not an upload from a page: by its origin (Chrome's
          // initiator, Firefox's originUrl) and, whatever the browser says, by its address.
          const self = browser.runtime.getURL('/').replace(/\/$/, '');
          const from = d.initiator ?? (d as { originUrl?: string }).originUrl;
          if (from?.startsWith(self)) return undefined;
          const collector = deps.policy().policy.reporting.url;
          if (collector && d.url.startsWith(collector)) return undefined;
          void onRequest(d as Parameters<typeof onRequest>[0]).catch((e: Error) => void deps.record({ kind: 'log_error', reason: `network audit: ${e?.message ?? e}` }));
          return undefined;
        },
        { urls: ['<all_urls>'] },
        ['requestBody'],
      );
    },
    /** The guard judged this upload and let it go: the request that follows is not an unjudged one. */
    judged(tabId: number, url: string) {
      const now = Date.now();
      for (const [k, j] of judged) if (j.until <= now) judged.delete(k);
      const k = key(tabId, url);
      const j = judged.get(k);
      judged.set(k, { until: now + JUDGED_MS, n: (j?.n ?? 0) + 1 });
    },
  };
}
