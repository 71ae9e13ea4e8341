// Background service worker: wires the policy store, tab labels and event log to the message protocol.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { EXTENSION_PAGE_ONLY, parseRequest, type Request, type Responses } from '@/utils/messages';
import type { EventInput } from '@/utils/events/event';
import { createEventLog } from './event-log';
import { createLineageStore } from './lineage';
import { createPolicyStore } from './policy-store';
import { createTabLabels } from './tabs';

export default defineBackground(() => {
  const log = createEventLog();
  const lineage = createLineageStore();
  const record = (e: EventInput, tabId?: number) => {
    const p = policy.current().policy;
    const user = p.user.id || undefined;
    const watch = !!user && p.watchlist.some((w) => w.user === user && (!w.until || Date.parse(w.until) > Date.now()));
    return log.record(e, { tabId, user, watchlist: watch || undefined });
  };
  const policy = createPolicyStore((e) => void record(e));
  const tabs = createTabLabels(policy.current());
  policy.onChange((p) => tabs.policyChanged(p));
  void policy.ready.then(() => tabs.policyChanged(policy.current()));

  // Every listener is registered synchronously so a woken service worker sees the event that woke it.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void policy.refreshManaged();
  });
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0) tabs.forget(d.tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseRequest(raw);
    if (!msg) return Promise.resolve({ error: 'bad message' });
    const fromExtensionPage = !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (EXTENSION_PAGE_ONLY.has(msg.type) && !fromExtensionPage) return Promise.resolve({ error: 'not allowed' });
    return handle(msg, sender);
  });

  async function handle(msg: Request, sender: Browser.runtime.MessageSender): Promise<Responses[Request['type']]> {
    switch (msg.type) {
      case 'frame.label': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { showBanner: false };
        await policy.ready;
        return { showBanner: tabs.setFrame(tabId, sender.frameId ?? 0, { label: msg.label, reasons: msg.reasons, url: sender.url ?? msg.url }) };
      }
      case 'event.record':
        await record({ ...msg.event, pageHost: hostOf(sender.url) ?? msg.event.pageHost }, sender.tab?.id);
        return { ok: true };
      case 'lineage.add':
        await lineage.add({ label: msg.label, hashes: msg.hashes, mod: msg.mod, host: hostOf(sender.url) ?? '', time: Date.now() });
        return { ok: true };
      case 'lineage.match':
        return { match: await lineage.match({ hashes: msg.hashes, mod: msg.mod }) };
      case 'policy.get':
        await policy.ready;
        return { effective: policy.current(), status: policy.status(), managedDoc: policy.managedDoc(), localDoc: policy.localDoc() };
      case 'policy.import':
        return policy.importLocal(msg.doc);
      case 'policy.clearLocal':
        return policy.clearLocal();
      case 'tab.state': {
        const f = tabs.get(msg.tabId);
        return { label: f?.label ?? null, reasons: f?.reasons ?? [], url: f?.url ?? '', events: await log.list({ tabId: msg.tabId, limit: 20 }) };
      }
      case 'events.list':
        return { events: await log.list({ tabId: msg.tabId, limit: msg.limit }) };
    }
  }
});

function hostOf(u: string | undefined): string | undefined {
  try {
    return u ? new URL(u).hostname : undefined;
  } catch {
    return undefined;
  }
}
