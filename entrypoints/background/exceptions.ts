// Exceptions in the background: keeps verified grants and this user's requests, records pledges.
import { browser } from 'wxt/browser';
import type { EventInput } from '@/utils/events/event';
import type { ActiveGrant } from '@/utils/decide';
import { activeGrant, newId, verifyGrant, type GrantCheck, type GrantPayload } from '@/utils/exceptions/grant';
import { pledgeHash, type PledgeRecords } from '@/utils/exceptions/pledge';
import { checkRequest, requestCode, type RequestProblem } from '@/utils/exceptions/request';
import type { ExceptionState } from '@/utils/messages';
import type { Channel } from '@/utils/policy/types';
import { KEYS, type EffectivePolicy, type GrantSource, type StoredGrant, type StoredRequest } from '@/utils/storage-keys';

/** Answered or withdrawn requests leave the list; unanswered ones after a week. */
const REQUEST_TTL_MS = 7 * 86_400_000;

export interface Exceptions {
  /** Re-checks every stored grant (and the policy's own) against the policy now in force. */
  sync(): Promise<void>;
  add(codes: string[], source: GrantSource): Promise<GrantCheck[]>;
  request(r: { channels: Channel[]; hosts: string[]; hours: number; reason: string }): Promise<{ ok: true; request: StoredRequest } | { ok: false; problem: RequestProblem }>;
  withdraw(id: string): Promise<boolean>;
  state(): Promise<ExceptionState>;
  pledge(host: string, label: string, hash: string, accepted: boolean, tabId?: number): Promise<boolean>;
  /** Verified grants for this user now (decide() checks their times): for decisions the background makes itself. */
  active(): ActiveGrant[];
}

export function createExceptions(current: () => EffectivePolicy, record: (e: EventInput, tabId?: number) => unknown): Exceptions {
  // One writer at a time: codes from the collector, the popup and a policy change can arrive together.
  let queue: Promise<unknown> = Promise.resolve();
  const seenFromCollector = new Set<string>();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };

  const opts = () => {
    const p = current().policy;
    return { adminKeys: p.exceptions.adminKeys, user: p.user.id, revoked: p.exceptions.revoked, now: Date.now() };
  };
  const readGrants = async () => ((await browser.storage.local.get(KEYS.grants))[KEYS.grants] as StoredGrant[] | undefined) ?? [];
  // The stored list, mirrored for synchronous decisions (a download's name must be suggested without waiting).
  let mirror: StoredGrant[] = [];
  void readGrants().then((g) => (mirror = g), () => {});
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[KEYS.grants]) mirror = (changes[KEYS.grants].newValue as StoredGrant[] | undefined) ?? [];
  });
  const readRequests = async () => ((await browser.storage.local.get(KEYS.requests))[KEYS.requests] as StoredRequest[] | undefined) ?? [];

  /** Verifies `incoming` plus what is stored; keeps only grants that pass now. */
  async function rebuild(incoming: { code: string; source: GrantSource }[]): Promise<GrantCheck[]> {
    const o = opts();
    const stored = await readGrants();
    const kept: StoredGrant[] = [];
    const seen = new Set<string>();
    const keep = (code: string, source: GrantSource, grant: GrantPayload, addedAt: number) => {
      if (seen.has(grant.id)) return;
      seen.add(grant.id);
      kept.push({ code, source, grant, addedAt });
    };
    // Policy grants come and go with the policy; the others stay until they expire or are revoked.
    for (const s of stored) if (s.source !== 'policy') {
      const r = await verifyGrant(s.code, o);
      if (r.ok) keep(s.code, s.source, r.grant, s.addedAt);
    }
    for (const code of current().policy.exceptions.grants) {
      const r = await verifyGrant(code, o);
      if (r.ok) keep(code, 'policy', r.grant, stored.find((s) => s.code === code)?.addedAt ?? o.now);
    }
    const results: GrantCheck[] = [];
    for (const { code, source } of incoming) {
      const r = await verifyGrant(code, o);
      results.push(r);
      if (r.ok) keep(code.replace(/\s+/g, ''), source, r.grant, o.now);
    }
    const before = JSON.stringify(stored.map((s) => s.grant.id));
    if (before !== JSON.stringify(kept.map((s) => s.grant.id)) || incoming.length) await browser.storage.local.set({ [KEYS.grants]: kept });
    // Answered requests leave the pending list.
    const answered = new Set(kept.map((k) => k.grant.requestId).filter(Boolean));
    const reqs = await readRequests();
    const left = reqs.filter((r) => !answered.has(r.id) && o.now - r.time < REQUEST_TTL_MS);
    if (left.length !== reqs.length) await browser.storage.local.set({ [KEYS.requests]: left });
    return results;
  }

  return {
    sync: () => serial(() => rebuild([])).then(() => undefined),
    async add(codes, source) {
      // A collector repeats its grants in every answer; each answer follows a delivery of our own events, so
      // recording each again would feed the loop. Codes it sent once are handled once per worker life.
      if (source === 'collector') {
        const stored = new Set((await readGrants()).map((g) => g.code));
        codes = codes.map((c) => c.replace(/\s+/g, '')).filter((c) => !stored.has(c) && !seenFromCollector.has(c));
        for (const c of codes) seenFromCollector.add(c);
        if (!codes.length) return [];
      }
      const results = await serial(() => rebuild(codes.map((code) => ({ code, source }))));
      results.forEach((r, i) => {
        const g = r.grant;
        record({
          kind: 'grant_used',
          reason: r.ok ? 'received' : `refused: ${r.problem}`,
          rule: g?.id,
          decision: r.ok ? 'allow' : 'block',
          detail: { source, stage: 'received', ...(g ? { grant: g.id, channels: g.channels.join(','), hosts: g.hosts.join(','), expiresAt: new Date(g.expiresAt).toISOString(), user: g.user } : { code: codes[i].slice(0, 40) }) },
        });
      });
      return results;
    },
    async request(input) {
      const p = current().policy;
      if (!p.exceptions.allowRequests) return { ok: false, problem: 'not_allowed' };
      const hosts = [...new Set(input.hosts.map((h) => h.trim().toLowerCase()).filter(Boolean))];
      const channels = [...new Set(input.channels)];
      const problem = checkRequest({ ...input, hosts, channels }, p.exceptions.maxHours);
      if (problem) return { ok: false, problem };
      const base = { id: newId('r-'), user: p.user.id, channels, hosts, hours: input.hours, reason: input.reason.trim(), time: Date.now() };
      const req: StoredRequest = { ...base, code: requestCode(base), sent: !!p.reporting.url };
      await serial(async () => browser.storage.local.set({ [KEYS.requests]: [...(await readRequests()), req] }));
      // The reporter ships this to the collector; the code lets an admin sign it as it is.
      await record({
        kind: 'exception_request',
        justification: req.reason,
        rule: req.id,
        detail: { requestId: req.id, channels: channels.join(','), hosts: hosts.join(','), hours: req.hours, code: req.code },
      });
      return { ok: true, request: req };
    },
    async withdraw(id) {
      return serial(async () => {
        const reqs = await readRequests();
        const left = reqs.filter((r) => r.id !== id);
        await browser.storage.local.set({ [KEYS.requests]: left });
        return left.length !== reqs.length;
      });
    },
    async state() {
      const p = current().policy;
      const now = Date.now();
      return {
        allowRequests: p.exceptions.allowRequests,
        maxHours: p.exceptions.maxHours,
        user: p.user.id,
        collector: !!p.reporting.url,
        requests: await readRequests(),
        grants: (await readGrants()).filter((g) => g.grant.expiresAt > now && !p.exceptions.revoked.includes(g.grant.id)),
      };
    },
    active() {
      const p = current().policy;
      return mirror.filter((g) => g.grant.user === p.user.id && !p.exceptions.revoked.includes(g.grant.id)).map((g) => activeGrant(g.grant));
    },
    async pledge(host, label, hash, accepted, tabId) {
      const p = current().policy;
      // The page's script cannot speak for the user: only the text in force now can be accepted.
      if (!p.pledge.enabled || hash !== pledgeHash(p.pledge.text)) return false;
      if (accepted) {
        await serial(async () => {
          const recs = ((await browser.storage.local.get(KEYS.pledges))[KEYS.pledges] as PledgeRecords | undefined) ?? {};
          recs[host] = { user: p.user.id, time: Date.now(), hash };
          await browser.storage.local.set({ [KEYS.pledges]: recs });
        });
      }
      await record({ kind: 'pledge', label, decision: accepted ? 'allow' : 'block', reason: accepted ? 'accepted' : 'declined', detail: { accepted, textHash: hash, site: host } }, tabId);
      return true;
    },
  };
}
