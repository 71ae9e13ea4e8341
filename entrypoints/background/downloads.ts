// Downloads from classified pages: recorded with their label, renamed with the label mark (Chrome), blocked
// when the policy says so, and remembered so an upload of the same file later keeps the label.
import { isWatchlisted } from '@/utils/exceptions/watchlist';
import { browser, type Browser } from 'wxt/browser';
import { compileClassifier } from '@/utils/classify';
import { decide, type ActiveGrant, type Decision } from '@/utils/decide';
import { EMPTY_SUMMARY } from '@/utils/detect/types';
import type { EventInput } from '@/utils/events/event';
import { labelledName } from '@/utils/download-name';
import { pickLang, txt } from '@/utils/i18n';
import type { DownloadAnswer, Push } from '@/utils/messages';
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
const hostOf = (u?: string) => {
  try {
    return u ? new URL(u).host : '';
  } catch {
    return '';
  }
};

/** The tab a download came from (Chrome's DownloadItem names none): the referrer's tab, else the active tab on its host. */
async function sourceTab(item: Browser.downloads.DownloadItem): Promise<number | undefined> {
  const host = hostOf(item.referrer) || hostOf(item.url);
  const tabs = await browser.tabs.query({}).catch(() => []);
  const score = (t: Browser.tabs.Tab) => (item.referrer && t.url === item.referrer ? 4 : hostOf(t.url) === host ? (t.active ? 2 : 1) : 0) + (t.active ? 0.5 : 0);
  const best = tabs.filter((t) => t.id !== undefined && score(t) >= 1).sort((a, b) => score(b) - score(a) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return best?.id;
}

export interface Downloads {
  lookup(files: { name: string; size: number }[]): Promise<string[]>;
}

export function createDownloads(current: () => EffectivePolicy, record: (e: EventInput) => unknown, grants: () => ActiveGrant[]): Downloads {
  /** The page a download comes from: its label, its path for the record, its host name for grants. */
  const labelOf = (item: Browser.downloads.DownloadItem): { label: string; page: string; host: string } | null => {
    const p = current().policy;
    const cl = compileClassifier(p);
    let best: { label: string; page: string; host: string } | null = null;
    for (const u of [item.referrer, item.url]) {
      if (!u) continue;
      try {
        const url = new URL(u);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        const l = cl.byUrl(url).label;
        if (cl.rank(l) > 0 && (!best || cl.rank(l) > cl.rank(best.label))) best = { label: l, page: url.host + url.pathname, host: url.hostname };
      } catch {
        /* not a URL */
      }
    }
    return best;
  };
  interface Pending {
    label: string;
    page: string;
    host: string;
    decision: Decision;
    /** The name before the label prefix. */
    name?: string;
    /** A "warn" download's answer from its tab: the reason, or null when the user declined. */
    answer?: Promise<string | null>;
    justification?: string;
  }
  const pending = new Map<number, Pending>();
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
  const decideFor = (src: { label: string; host: string }): Decision => {
    const p = current().policy;
    return decide(p, { channel: 'download', sourceLabel: src.label, sourceHost: src.host, summary: EMPTY_SUMMARY, watchlisted: isWatchlisted(p, Date.now()), grants: grants(), now: Date.now() });
  };
  const lang = () => pickLang(current().policy.language, browser.i18n?.getUILanguage?.());
  /** The download's own entry, made once whichever of onCreated / onDeterminingFilename comes first. */
  const entry = (item: Browser.downloads.DownloadItem): Pending | null => {
    const had = pending.get(item.id);
    if (had) return had;
    const src = labelOf(item);
    if (!src) return null;
    const e: Pending = { ...src, decision: decideFor(src) };
    pending.set(item.id, e);
    if (e.decision.action === 'block') {
      void browser.downloads.cancel(item.id).catch(() => {});
      record({ kind: 'guard', channel: 'download', decision: 'block', rule: e.decision.rule, page: src.page, label: src.label, file: { name: baseName(item.filename || item.url), size: Math.max(0, item.fileSize ?? 0) } });
    }
    if (e.decision.action === 'warn') e.answer = askTab(item, e);
    return e;
  };
  /** Asks the tab the download came from; no tab to ask, or no answer, counts as "no" — a warn never passes unasked. */
  const askTab = async (item: Browser.downloads.DownloadItem, e: Pending): Promise<string | null> => {
    const tabId = await sourceTab(item);
    if (tabId === undefined) return null;
    const push: Push = { type: 'download.ask', name: baseName(item.filename || new URL(item.url).pathname) || 'download', label: e.label, rule: e.decision.rule, ...(e.decision.message ? { message: txt(lang(), e.decision.message) } : {}) };
    try {
      const r = (await browser.tabs.sendMessage(tabId, push, { frameId: 0 })) as Partial<DownloadAnswer> | undefined;
      return typeof r?.reason === 'string' && r.reason.trim() ? r.reason.slice(0, 2000) : null;
    } catch {
      return null;
    }
  };
  /** Settles a held "warn" download: carries on with the reason, or cancels and records the refusal. */
  const settle = async (item: Browser.downloads.DownloadItem, e: Pending): Promise<boolean> => {
    const reason = await e.answer!;
    if (reason !== null) {
      e.justification = reason;
      return true;
    }
    if (!pending.delete(item.id)) return false;
    await browser.downloads.cancel(item.id).catch(() => {});
    record({ kind: 'guard', channel: 'download', decision: 'block', rule: e.decision.rule, page: e.page, label: e.label, file: { name: baseName(item.filename || item.url), size: Math.max(0, item.fileSize ?? 0) }, detail: { cancelled: true } });
    return false;
  };

  // Chrome only: the label travels with the file in its name, and a held name holds the download (it cannot finish
  // before a name is suggested), so a "warn" waits here for the user's reason.
  const chromeDl = (globalThis as { chrome?: { downloads?: { onDeterminingFilename?: { addListener(fn: (item: Browser.downloads.DownloadItem, suggest: (s?: { filename: string; conflictAction?: string }) => void) => boolean | void): void } } } }).chrome?.downloads;
  const holdsNames = !!chromeDl?.onDeterminingFilename;

  browser.downloads.onCreated.addListener((item) => {
    const e = entry(item);
    // Elsewhere the download itself is paused while the tab asks.
    if (e?.answer && !holdsNames) {
      void browser.downloads.pause(item.id).catch(() => {});
      void settle(item, e).then((go) => {
        if (go) void browser.downloads.resume(item.id).catch(() => {});
      });
    }
  });

  chromeDl?.onDeterminingFilename?.addListener((item, suggest) => {
    const e = entry(item);
    if (!e || e.decision.action === 'block') return suggest();
    const next = labelledName(item.filename, e.label, current().policy, lang());
    e.name = baseName(item.filename);
    const go = () => {
      try {
        if (next) suggest({ filename: next, conflictAction: 'uniquify' });
        else suggest();
      } catch {
        /* cancelled meanwhile: nothing left to name */
      }
    };
    if (!e.answer) return go();
    void settle(item, e).then(go, go);
    return true;
  });

  browser.downloads.onChanged.addListener(async (delta) => {
    if (delta.state?.current !== 'complete' && delta.state?.current !== 'interrupted') return;
    const e = pending.get(delta.id);
    if (!e) return;
    pending.delete(delta.id);
    // A blocked download was recorded when it was cancelled: its interruption is not a second event.
    if (e.decision.action === 'block') return;
    const [item] = await browser.downloads.search({ id: delta.id });
    if (!item) return;
    const d = e.decision;
    const name = baseName(item.filename);
    record({
      kind: 'guard',
      channel: 'download',
      decision: d.action,
      rule: d.rule,
      page: e.page,
      label: e.label,
      file: { name, size: item.fileSize, type: item.mime || undefined },
      justification: e.justification,
      detail: { state: delta.state.current, path: item.filename, original: e.name ?? name, ...(d.grant ? { grant: d.grant, wouldBe: d.wouldBe ?? null } : {}) },
    });
    if (delta.state.current === 'complete') remember({ id: item.id, name, original: e.name ?? name, size: item.fileSize, label: e.label, page: e.page });
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
