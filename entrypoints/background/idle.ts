// Idle detection for the shoulder-surfing guard: tells every labelled tab when the machine goes idle or locks.
import { browser } from 'wxt/browser';
import type { IdleState, Push } from '@/utils/messages';
import type { Policy } from '@/utils/policy/types';
import type { TabLabels } from './tabs';

/** Chrome's floor for idle detection. */
const MIN_INTERVAL_S = 15;

export interface IdleWatch {
  /** Applies the policy's idle time. */
  policyChanged(p: Policy): void;
  /** What the idle listener calls (exposed so tests can drive it without waiting a real minute). */
  stateChanged(state: IdleState): void;
}

export function createIdleWatch(tabs: TabLabels, current: () => Policy): IdleWatch {
  const watch: IdleWatch = {
    policyChanged(p) {
      if (p.privacy.idleBlurSeconds > 0) browser.idle.setDetectionInterval(Math.max(MIN_INTERVAL_S, Math.round(p.privacy.idleBlurSeconds)));
    },
    stateChanged(state) {
      if (current().privacy.idleBlurSeconds <= 0) return;
      // Only tabs that reported a label run the guard; the content script decides whether its page is covered.
      const push: Push = { type: 'idle.state', state };
      // An idle event may be what woke the worker: the tabs it knew come back from session storage first.
      void tabs.ready.then(() => {
        for (const tabId of tabs.tabIds()) void browser.tabs.sendMessage(tabId, push).catch(() => {});
      });
    },
  };
  // Registered synchronously: an idle event may be what wakes the service worker.
  browser.idle.onStateChanged.addListener((s) => watch.stateChanged(s as IdleState));
  return watch;
}
