// Downloads from classified pages: recorded with their label, renamed with the label mark (Chrome), blocked
// when the policy says so, and remembered so an upload of the same file later keeps the label.
import { isWatchlisted } from '@/utils/exceptions/watchlist';
import { browser, type Browser } from 'wxt/browser';
import { compileClassifier } from '@/utils/classify';
import { decide } from '@/utils/decide';
import { EMPTY_SUMMARY } from '@/utils/detect/types';
import type { EventInput } from '@/utils/events/event';
import { labelledName } from '@/utils/download-name';
import { pickLang } from '@/utils/i18n';
import type { EffectivePolicy } from '@/utils/storage-keys';

interface Remembered {
  id: number;
  name: string;
  /** The name before the label prefix. */
  original: string;
  size: number;
  label: string;
  page: string;
}

const STORE = 'downloads.recent';
const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

export interface Downloads {
  lookup(files: { name: string; size: number }[]): Promise<string[]>;
}

export function createDownloads(current: () => EffectivePolicy, record: (e: EventInput) => unknown): Downloads {
  const labelOf = (item: Browser.downloads.DownloadItem): { label: string; page: string } | null => {
    const p = current().policy;
    const cl = compileClassifier(p);
    let best: { label: string; page: string } | null = null;
    for (const u of [item.referrer, item.url]) {
      if (!u) continue;
      try {
        const url = new URL(u);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        const l = cl.byUrl(url).label;
        if (cl.rank(l) > 0 && (!best || cl.rank(l) > cl.rank(best.label))) best = { label: l, page: url.host + url.pathname };
      } catch {
        /* not a URL */
      }
    }
    return best;
  };
  const pending = new Map<number, { label: string; page: string; name?: string }>();
  const recent: Remembered[] = [];
  const loaded = browser.storage.session
    ?.get(STORE)
    .then((r) => recent.push(...((r[STORE] as Remembered[] | undefined) ?? [])))
    .catch(() => {});
  const remember = (r: Remembered) => {
    recent.push(r);
    if (recent.length > 500) recent.splice(0, recent.length - 500);
    void browser.storage.session?.set({ [STORE]: recent }).catch(() => {});
  };

  browser.downloads.onCreated.addListener((item) => {
    const src = labelOf(item);
    if (!src) return;
    pending.set(item.id, src);
    const p = current().policy;
    const d = decide(p, { channel: 'download', sourceLabel: src.label, sourceHost: src.page.split('/')[0], summary: EMPTY_SUMMARY, watchlisted: isWatchlisted(p, Date.now()), grants: [], now: Date.now() });
    if (d.action === 'block') {
      pending.delete(item.id);
      void browser.downloads.cancel(item.id).catch(() => {});
      record({ kind: 'guard', channel: 'download', decision: 'block', rule: d.rule, page: src.page, label: src.label, file: { name: baseName(item.filename || item.url), size: Math.max(0, item.fileSize ?? 0) } });
    }
  });

  // Chrome only: the label travels with the file in its name.
  const chromeDl = (globalThis as { chrome?: { downloads?: { onDeterminingFilename?: { addListener(fn: (item: Browser.downloads.DownloadItem, suggest: (s?: { filename: string; conflictAction?: string }) => void) => void): void } } } }).chrome?.downloads;
  chromeDl?.onDeterminingFilename?.addListener((item, suggest) => {
    const p = current().policy;
    const src = labelOf(item);
    const next = src && labelledName(item.filename, src.label, p, pickLang(p.language, browser.i18n?.getUILanguage?.()));
    if (!src || !next) return suggest();
    pending.set(item.id, { ...src, name: baseName(item.filename) });
    suggest({ filename: next, conflictAction: 'uniquify' });
  });

  browser.downloads.onChanged.addListener(async (delta) => {
    if (delta.state?.current !== 'complete' && delta.state?.current !== 'interrupted') return;
    const src = pending.get(delta.id);
    if (!src) return;
    pending.delete(delta.id);
    const [item] = await browser.downloads.search({ id: delta.id });
    if (!item) return;
    const p = current().policy;
    const d = decide(p, { channel: 'download', sourceLabel: src.label, sourceHost: src.page.split('/')[0], summary: EMPTY_SUMMARY, watchlisted: isWatchlisted(p, Date.now()), grants: [], now: Date.now() });
    const name = baseName(item.filename);
    record({
      kind: 'guard',
      channel: 'download',
      decision: d.action === 'block' ? 'audit' : d.action,
      rule: d.rule,
      page: src.page,
      label: src.label,
      file: { name, size: item.fileSize, type: item.mime || undefined },
      detail: { state: delta.state.current, path: item.filename, original: src.name ?? name },
    });
    if (delta.state.current === 'complete') remember({ id: item.id, name, original: src.name ?? name, size: item.fileSize, label: src.label, page: src.page });
  });

  return {
    async lookup(files) {
      await loaded;
      const out: string[] = [];
      for (const f of files) {
        const hit = [...recent].reverse().find((r) => r.size === f.size && (r.name === f.name || r.original === f.name || f.name.endsWith(r.original)));
        if (hit) out.push(hit.label);
      }
      return out;
    },
  };
}
