// Keeps the effective policy: reads managed and local documents, refuses broken ones, keeps the last good.
import { browser } from 'wxt/browser';
import { checkPolicy, policyHash, resolvePolicy, type PolicyError } from '@/utils/policy/resolve';
import type { PolicyInput, PolicySection } from '@/utils/policy/types';
import { KEYS, type EffectivePolicy, type PolicyStatus } from '@/utils/storage-keys';
import type { EventInput } from '@/utils/events/event';

type Record_ = (e: EventInput) => void;

export interface PolicyStore {
  ready: Promise<void>;
  current(): EffectivePolicy;
  status(): PolicyStatus;
  managedDoc(): PolicyInput | null;
  localDoc(): PolicyInput | null;
  importLocal(doc: unknown): Promise<{ ok: true } | { ok: false; reason: 'managed' | 'invalid'; errors: PolicyError[] }>;
  clearLocal(): Promise<{ ok: true } | { ok: false; reason: 'managed' }>;
  onChange(fn: (p: EffectivePolicy) => void): void;
  /** Re-reads managed storage (storage.onChanged for 'managed'). */
  refreshManaged(): Promise<void>;
}

export function createPolicyStore(record: Record_): PolicyStore {
  let effective: EffectivePolicy = build(null, null);
  let status: PolicyStatus = { errors: [] };
  let managed: PolicyInput | null = null;
  let local: PolicyInput | null = null;
  const listeners: ((p: EffectivePolicy) => void)[] = [];

  function build(m: PolicyInput | null, l: PolicyInput | null): EffectivePolicy {
    const r = resolvePolicy({ managed: m, local: l });
    return { ...r, hash: policyHash(r.policy), managed: !!m && Object.keys(m).length > 0, updatedAt: new Date().toISOString() };
  }

  /** The effective policy in storage is `effective` (read at start or written since). */
  let inStorage = false;
  async function commit(next: EffectivePolicy) {
    const changed = next.hash !== effective.hash || next.managed !== effective.managed;
    // (storage hands objects back with their keys sorted: compare section by section)
    const same = !changed && Object.keys(next.sources).every((k) => next.sources[k as PolicySection] === effective.sources[k as PolicySection]);
    // Every content script re-classifies when the stored policy changes: a woken worker re-applying the same
    // policy must not rewrite it (all tabs would report again on every wake).
    if (same && inStorage) {
      await browser.storage.local.set({ [KEYS.status]: status });
      return;
    }
    effective = next;
    inStorage = true;
    await browser.storage.local.set({ [KEYS.effective]: effective, [KEYS.status]: status });
    if (changed) {
      record({ kind: 'policy_applied', detail: { hash: next.hash, managed: next.managed, name: next.policy.name } });
      for (const fn of listeners) fn(effective);
    }
  }

  async function readManaged(): Promise<{ doc: PolicyInput | null; unavailable: boolean }> {
    try {
      const doc = (await browser.storage.managed.get()) as PolicyInput;
      return { doc: Object.keys(doc).length ? doc : null, unavailable: false };
    } catch {
      // Firefox without policies.json, or a browser without managed storage.
      return { doc: null, unavailable: true };
    }
  }

  /** Accepts a managed document only when it is valid; otherwise keeps the last good one. */
  async function applyManaged(doc: PolicyInput | null, unavailable: boolean) {
    status = { ...status, managedUnavailable: unavailable };
    if (doc) {
      const errors = checkPolicy(doc);
      if (errors.length) {
        status = { ...status, errors, errorSource: 'managed', errorAt: new Date().toISOString() };
        record({ kind: 'policy_error', reason: errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; '), detail: { source: 'managed', count: errors.length } });
        await browser.storage.local.set({ [KEYS.status]: status });
        return; // managed stays whatever was last good (possibly still the previous managed doc)
      }
      managed = doc;
    } else {
      managed = null;
    }
    if (status.errorSource === 'managed') status = { ...status, errors: [], errorSource: undefined, errorAt: undefined };
    await commit(build(managed, local));
  }

  const ready = (async () => {
    const stored = await browser.storage.local.get([KEYS.effective, KEYS.local, KEYS.status]);
    const prev = stored[KEYS.effective] as EffectivePolicy | undefined;
    local = (stored[KEYS.local] as PolicyInput | undefined) ?? null;
    status = (stored[KEYS.status] as PolicyStatus | undefined) ?? { errors: [] };
    // The last effective policy stays in force until managed storage answers (it can take seconds).
    if (prev?.policy) {
      effective = prev;
      inStorage = true;
      if (prev.managed) managed = lastManaged(prev);
    } else {
      await commit(build(null, local));
    }
    const { doc, unavailable } = await readManaged();
    await applyManaged(doc, unavailable);
  })();

  return {
    ready,
    current: () => effective,
    status: () => status,
    managedDoc: () => managed,
    localDoc: () => local,
    async importLocal(doc) {
      await ready;
      if (effective.managed) return { ok: false, reason: 'managed', errors: [] };
      const errors = checkPolicy(doc);
      if (errors.length) {
        record({ kind: 'policy_error', reason: errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; '), detail: { source: 'local', count: errors.length } });
        return { ok: false, reason: 'invalid', errors };
      }
      local = doc as PolicyInput;
      status = { ...status, errors: status.errorSource === 'local' ? [] : status.errors };
      await browser.storage.local.set({ [KEYS.local]: local });
      await commit(build(managed, local));
      return { ok: true };
    },
    async clearLocal() {
      await ready;
      if (effective.managed) return { ok: false, reason: 'managed' };
      local = null;
      await browser.storage.local.remove(KEYS.local);
      await commit(build(managed, null));
      return { ok: true };
    },
    onChange: (fn) => void listeners.push(fn),
    async refreshManaged() {
      await ready;
      const { doc, unavailable } = await readManaged();
      await applyManaged(doc, unavailable);
    },
  };
}

/** Rebuilds the managed document from a stored effective policy (its managed sections). */
function lastManaged(prev: EffectivePolicy): PolicyInput {
  const doc: Record<string, unknown> = {};
  for (const [k, src] of Object.entries(prev.sources)) if (src === 'managed') doc[k] = (prev.policy as unknown as Record<string, unknown>)[k];
  return doc as PolicyInput;
}
