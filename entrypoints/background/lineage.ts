// Lineage store: fingerprints of what was copied from classified pages, for this browser session only.
import { browser } from 'wxt/browser';
import { addRecord, matchLineage, type Fingerprints, type LineageMatch, type LineageRecord } from '@/utils/lineage';
import { KEYS } from '@/utils/storage-keys';

const SESSION_KEY = 'lineage.records';

export interface LineageStore {
  add(r: LineageRecord): Promise<void>;
  match(fp: Fingerprints): Promise<LineageMatch | null>;
}

export function createLineageStore(): LineageStore {
  // storage.session survives a sleeping service worker but not the browser session, which is the lifetime we want.
  let records: Promise<LineageRecord[]> = browser.storage.session
    .get(SESSION_KEY)
    .then((r) => (r[SESSION_KEY] as LineageRecord[] | undefined) ?? [])
    .catch(() => []);
  // Content scripts read only the count (to skip the lineage round trip when nothing was copied yet).
  void records.then((rs) => browser.storage.local.set({ [KEYS.lineageCount]: rs.length })).catch(() => {});
  let chain = Promise.resolve();
  return {
    add(r) {
      chain = chain.then(async () => {
        const next = addRecord(await records, r);
        records = Promise.resolve(next);
        await browser.storage.session.set({ [SESSION_KEY]: next }).catch(() => {});
        await browser.storage.local.set({ [KEYS.lineageCount]: next.length }).catch(() => {});
      });
      return chain;
    },
    async match(fp) {
      return matchLineage(fp, await records);
    },
  };
}
