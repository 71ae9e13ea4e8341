// Per-tab labels: which frame shows a banner, what the toolbar badge says, what the popup shows.
import { browser } from 'wxt/browser';
import { compileClassifier, type Classifier, type LabelReason } from '@/utils/classify';
import { pickLang, txt } from '@/utils/i18n';
import type { Push } from '@/utils/messages';
import type { EffectivePolicy } from '@/utils/storage-keys';

interface FrameLabel {
  label: string;
  reasons: LabelReason[];
  url: string;
}

export interface TabLabels {
  /** Records a frame's label; returns whether that frame should show its own banner. */
  setFrame(tabId: number, frameId: number, f: FrameLabel): boolean;
  get(tabId: number): (FrameLabel & { frameId: number }) | null;
  forget(tabId: number): void;
  /** The strictest label over every open tab and frame (null when none reported one). */
  maxLabel(): string | null;
  tabIds(): number[];
  policyChanged(p: EffectivePolicy): void;
  /** Labels reported before the service worker last stopped are back (storage.session). */
  ready: Promise<void>;
}

/** storage.session outlives a stopped service worker, not the browser: a woken worker still knows what tabs hold. */
const SESSION_KEY = 'tabs.labels';
type Saved = [tabId: number, frames: [frameId: number, f: FrameLabel][]][];

export function createTabLabels(initial: EffectivePolicy): TabLabels {
  let cl: Classifier = compileClassifier(initial.policy);
  const tabs = new Map<number, Map<number, FrameLabel>>();
  const lang = () => pickLang(cl.policy.language, browser.i18n?.getUILanguage?.());

  // A frame shows its own banner only when its label outranks the page around it,
  // so a CRM page with same-label iframes shows one banner, not one per frame.
  const shows = (frames: Map<number, FrameLabel>, frameId: number) => {
    const f = frames.get(frameId);
    if (!f || !cl.label(f.label)?.banner) return false;
    if (frameId === 0) return true;
    const top = frames.get(0);
    return !top || cl.rank(f.label) > cl.rank(top.label);
  };

  function top(frames: Map<number, FrameLabel>): (FrameLabel & { frameId: number }) | null {
    let best: (FrameLabel & { frameId: number }) | null = null;
    for (const [frameId, f] of frames) if (!best || cl.rank(f.label) > cl.rank(best.label)) best = { ...f, frameId };
    return best;
  }

  function badge(tabId: number) {
    const best = tabs.get(tabId) && top(tabs.get(tabId)!);
    const def = best ? cl.label(best.label) : undefined;
    const text = def && def.banner ? txt(lang(), def.mark).replace(/^㊙\s*/, '㊙').slice(0, 4) : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => {});
    if (def) void browser.action.setBadgeBackgroundColor({ tabId, color: def.color }).catch(() => {});
    void browser.action.setTitle({ tabId, title: def && def.banner ? `maruhi: ${txt(lang(), def.name)}` : 'maruhi' }).catch(() => {});
  }

  let saving = false;
  const save = () => {
    if (saving) return;
    saving = true;
    queueMicrotask(() => {
      saving = false;
      const all: Saved = [...tabs].map(([id, frames]) => [id, [...frames]]);
      void browser.storage.session?.set({ [SESSION_KEY]: all }).catch(() => {});
    });
  };
  const ready = (async () => {
    try {
      const saved = ((await browser.storage.session?.get(SESSION_KEY))?.[SESSION_KEY] as Saved | undefined) ?? [];
      const open = new Set((await browser.tabs.query({})).map((t) => t.id));
      for (const [tabId, frames] of saved) {
        // Reports that arrived since the worker woke are newer than the saved ones; closed tabs are gone.
        if (!open.has(tabId)) continue;
        let now = tabs.get(tabId);
        if (!now) tabs.set(tabId, (now = new Map()));
        for (const [frameId, f] of frames) if (!now.has(frameId)) now.set(frameId, f);
      }
    } catch {
      /* nothing saved, or no session storage: pages report again as they load */
    }
  })();

  return {
    ready,
    setFrame(tabId, frameId, f) {
      let frames = tabs.get(tabId);
      if (!frames) tabs.set(tabId, (frames = new Map()));
      const prev = frames.get(0)?.label;
      frames.set(frameId, f);
      if (frameId === 0 && prev !== f.label) {
        // Subframes decide again against the new top label.
        for (const [id, sub] of frames) {
          if (id === 0) continue;
          const push: Push = { type: 'banner.update', show: shows(frames, id), label: sub.label };
          void browser.tabs.sendMessage(tabId, push, { frameId: id }).catch(() => {});
        }
      }
      badge(tabId);
      save();
      return shows(frames, frameId);
    },
    get: (tabId) => (tabs.get(tabId) ? top(tabs.get(tabId)!) : null),
    forget: (tabId) => {
      if (tabs.delete(tabId)) save();
    },
    maxLabel() {
      let best: string | null = null;
      for (const frames of tabs.values()) for (const f of frames.values()) if (best === null || cl.rank(f.label) > cl.rank(best)) best = f.label;
      return best;
    },
    tabIds: () => [...tabs.keys()],
    policyChanged(p) {
      cl = compileClassifier(p.policy);
      for (const tabId of tabs.keys()) badge(tabId);
    },
  };
}
