// Content script in every frame: classifies the page, shows its label, and starts the guards it needs.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createBanner } from '@/components/banner';
import { send } from '@/components/runtime';
import { compileClassifier, labelFromMeta, type Classifier, type PageLabel } from '@/utils/classify';
import { pickLang, t, txt } from '@/utils/i18n-page';
import { parsePush } from '@/utils/messages';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import { KEYS, type EffectivePolicy, type StoredGrant } from '@/utils/storage-keys';
import { activeGrant } from '@/utils/exceptions/grant';
import { isWatchlisted } from '@/utils/exceptions/watchlist';
import { compileDestinations, type DestinationClassifier } from '@/utils/destinations';
import type { EventInput } from '@/utils/events/event';
import type { GuardContext } from './context';
import { hookChannel, openPageHooks, pageHooksReady } from './page-hooks';
import { shared } from '@/components/shared';
import { installFirstListeners } from '@/components/first-listeners';
import type { Guard } from './context';
import { watchNavigation } from './navigation';
import { startPageScan, type PageScanner } from './page-scan';
import { docUrl } from '@/components/doc-url';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // data:, blob: and filesystem: frames a page makes (a paste box in a data: iframe) get the guard of the page that made them.
  matchOriginAsFallback: true,
  main() {
    // Before any page script runs: the MAIN-world hooks' private channel is agreed now or never.
    try {
      openPageHooks(ensureGuards, (reason, req) =>
        void contextReady.then((gc) => gc.record({ kind: 'log_error', channel: hookChannel(req.op), reason })),
      );
    } catch (e) {
      console.warn('maruhi: page hooks unavailable', e); // labels and the other guards still start
    }
    // First, so the guards' handlers run before any listener a page script adds.
    installFirstListeners();
    holdUntilGuarded();
    void start();
  },
});

// --- the guards, loaded on demand -------------------------------------------------------------------
// This script runs on every page, so it holds only what every page needs: the label, the banner and the
// hooks' channels. The guards (and the detector they judge with) are a second script the background
// injects into this frame when the page is classified or something is about to leave it.

let provideContext!: (gc: GuardContext) => void;
const contextReady = new Promise<GuardContext>((r) => (provideContext = r));
let markAttached!: () => void;
const attached = new Promise<void>((r) => (markAttached = r));
let guardsLoaded = false;
let loading: Promise<void> | null = null;

shared<{ attach?: (g: Guard[]) => void }>('core', () => ({})).attach = (guards) => {
  void contextReady.then((gc) => {
    for (const g of guards) {
      try {
        g.init(gc);
      } catch (e) {
        // One broken guard must not take the others down; the background hears about it.
        gc.record({ kind: 'log_error', reason: `guard ${g.name} failed to start: ${(e as Error).message}` });
      }
    }
    pageHooksReady();
    guardsLoaded = true;
    markAttached();
  });
};

/** Resolves once the guards run in this frame. */
function ensureGuards(): Promise<void> {
  if (guardsLoaded) return Promise.resolve();
  loading ??= send({ type: 'guards.load' })
    .then(() => attached)
    .catch((e) => {
      loading = null; // the background was restarting: the next trigger asks again
      throw e;
    });
  return loading;
}

/** Events other pages' scripts mark as replayed by maruhi after holding them (see paste.ts). */
export const coreReplayed = () => shared('replayed', () => new WeakSet<Event>());

/**
 * Until the guards run, anything that would leave the page waits for them: focus in a field, a drag or a
 * click on a file input loads them early; a paste, drop or file choice that comes first is held, then
 * handed to them as it was.
 */
function holdUntilGuarded() {
  const preload = () => void ensureGuards().catch(() => {});
  addEventListener('focusin', (e) => !guardsLoaded && isEditable(e.target) && preload(), true);
  addEventListener('dragstart', () => !guardsLoaded && preload(), true);
  addEventListener('dragenter', () => !guardsLoaded && preload(), true);
  addEventListener('click', (e) => !guardsLoaded && e.target instanceof HTMLInputElement && e.target.type === 'file' && preload(), true);
  const hold = (e: Event, copy: () => Event) => {
    if (guardsLoaded || coreReplayed().has(e)) return;
    const again = copy();
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = (e.composedPath()[0] ?? e.target) as EventTarget;
    coreReplayed().add(again);
    void ensureGuards().then(
      () => target.dispatchEvent(again),
      () => {},
    );
  };
  const transfer = (src: DataTransfer | null) => {
    const dt = new DataTransfer();
    if (!src) return dt;
    for (const type of src.types) if (type !== 'Files') dt.setData(type, src.getData(type));
    for (const f of Array.from(src.files)) dt.items.add(f);
    return dt;
  };
  addEventListener('paste', (e) => hold(e, () => new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: transfer(e.clipboardData) })), true);
  addEventListener(
    'drop',
    (e) =>
      hold(e, () => new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer(e.dataTransfer), clientX: e.clientX, clientY: e.clientY })),
    true,
  );
  addEventListener(
    'change',
    (e) => {
      const input = e.target;
      if (guardsLoaded || coreReplayed().has(e) || !(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      e.stopImmediatePropagation();
      const again = new Event('change', { bubbles: true });
      coreReplayed().add(again);
      void ensureGuards().then(() => input.dispatchEvent(again), () => {});
    },
    true,
  );
}

function isEditable(t: EventTarget | null): boolean {
  if (!(t instanceof Element)) return false;
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || (t as HTMLElement).isContentEditable;
}

async function start() {
  const got = await browser.storage.local.get([KEYS.effective, KEYS.grants]);
  const stored = got[KEYS.effective] as EffectivePolicy | undefined;
  let grants = (got[KEYS.grants] as StoredGrant[] | undefined) ?? [];
  let cl = compileClassifier(stored?.policy ?? DEFAULT_POLICY);
  let dest: DestinationClassifier = compileDestinations(cl.policy.destinations);
  const banner = createBanner(document);
  let lang = pickLang(cl.policy.language, navigator.language);
  let current: PageLabel | null = null;
  let byContent: PageLabel | null = null;
  let scanner: PageScanner | null = null;
  const changeListeners: (() => void)[] = [];
  const gc: GuardContext = {
    get policy() {
      return cl.policy;
    },
    get classifier() {
      return cl;
    },
    get destinations() {
      return dest;
    },
    get lang() {
      return lang;
    },
    get label() {
      return current ?? classify();
    },
    get classified() {
      return cl.rank(gc.label.label) > 0;
    },
    isTop: window === window.top,
    get grants() {
      // The background verified them; the policy in force here still decides who and what is revoked.
      const p = cl.policy;
      return grants.filter((g) => g.grant.user === p.user.id && !p.exceptions.revoked.includes(g.grant.id)).map((g) => activeGrant(g.grant));
    },
    get watchlisted() {
      return isWatchlisted(cl.policy, Date.now());
    },
    onChange: (fn) => void changeListeners.push(fn),
    record: (event: EventInput) => {
      void send({ type: 'event.record', event: { ...event, page: event.page ?? pagePath(), label: event.label ?? current?.label } }).catch(() => {});
    },
  };
  let showBanner = false;
  let domReady = document.readyState !== 'loading';

  const classify = (): PageLabel => {
    const url = docUrl();
    const byUrl = cl.byUrl(url);
    let label: PageLabel = byUrl;
    if (domReady && !cl.excluded(url)) {
      label = cl.max(label, byContent);
      label = cl.max(label, labelFromMeta(cl, document.querySelector('meta[name="maruhi-label"]')?.getAttribute('content')));
      for (const s of byUrl.selectors) {
        if (safeQuery(s.selector)) label = cl.max(label, { label: s.label, reasons: [{ kind: 'selector', ref: s.rule, text: s.text }] });
      }
    }
    return label;
  };

  const render = () => {
    const def = current && cl.label(current.label);
    if (!current || !def || !def.banner || !showBanner) return banner.hide();
    banner.show(def, lang, reasonText(cl, current, lang));
  };

  const update = async () => {
    const next = classify();
    if (current && next.label === current.label && sameReasons(next, current)) return;
    current = next;
    for (const fn of changeListeners) fn();
    // Only pages the policy labels, or frames that already reported, talk to the background.
    const def = cl.label(next.label);
    if (!def?.banner && !reported) return render();
    reported = true;
    try {
      const r = await send({ type: 'frame.label', url: location.href, label: next.label, reasons: next.reasons });
      showBanner = r.showBanner;
    } catch {
      showBanner = window === window.top && !!def?.banner; // background asleep or restarting: show locally
    }
    render();
  };
  let reported = false;

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const push = parsePush(raw);
    if (push?.type === 'banner.update') {
      showBanner = push.show;
      render();
    }
    return undefined;
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[KEYS.grants]) grants = (changes[KEYS.grants].newValue as StoredGrant[] | undefined) ?? [];
    const next = area === 'local' ? (changes[KEYS.effective]?.newValue as EffectivePolicy | undefined) : undefined;
    if (!next?.policy) return;
    cl = compileClassifier(next.policy);
    dest = compileDestinations(cl.policy.destinations);
    lang = pickLang(cl.policy.language, navigator.language);
    current = null;
    void update();
  });

  void update();
  provideContext(gc);
  // Classified pages get their guards at once (copy, print, watermark, pledge …); other pages when needed.
  if (gc.classified) void ensureGuards().catch(() => {});
  changeListeners.push(() => void (gc.classified && ensureGuards().catch(() => {})));
  if (!domReady)
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        domReady = true;
        void update();
      },
      { once: true },
    );
  // Content classification: what the page shows can make it confidential, wherever it is.
  const startScan = () => {
    scanner?.stop();
    scanner = null;
    byContent = null;
    const url = docUrl();
    if (!cl.policy.classification.content.enabled || cl.excluded(url) || !/^https?:$/.test(url.protocol)) return;
    scanner = startPageScan(document, (summary) => {
      const next = cl.byContent(summary);
      if (next?.label === byContent?.label && next?.reasons[0]?.text?.en === byContent?.reasons[0]?.text?.en) return;
      byContent = next;
      void update();
    });
  };
  startScan();
  let scannedWith = cl;
  changeListeners.push(() => {
    // A new policy may switch scanning on or off, or change its thresholds.
    if (scannedWith !== cl) {
      scannedWith = cl;
      startScan();
    }
  });
  watchNavigation(() => {
    byContent = null;
    scanner?.restart();
    void update();
  });
}

/** Host and path without the query string (queries often carry ids and tokens). */
function pagePath(): string {
  const u = docUrl();
  return u.host + u.pathname;
}

function safeQuery(selector: string): boolean {
  try {
    return document.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

function sameReasons(a: PageLabel, b: PageLabel) {
  return a.reasons.map((r) => r.ref).join() === b.reasons.map((r) => r.ref).join();
}

function reasonText(cl: Classifier, l: PageLabel, lang: 'ja' | 'en'): string {
  const r = l.reasons[0];
  if (!r) return '';
  if (r.text) return txt(lang, r.text);
  if (r.kind === 'meta') return t(lang, 'rule_meta');
  if (r.kind === 'default') return t(lang, 'rule_default');
  return r.ref;
}
