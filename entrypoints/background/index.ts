// Background service worker: wires the policy store, tab labels and event log to the message protocol.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { EXTENSION_PAGE_ONLY, parseRequest, type Request, type Responses } from '@/utils/messages';
import type { EventInput } from '@/utils/events/event';
import { createEventLog, RETRY_ALARM } from './event-log';
import { createReporter, HEARTBEAT_ALARM, REPORT_ALARM, UPKEEP_ALARM } from './reporter';
import { createLineageStore } from './lineage';
import { createPolicyStore } from './policy-store';
import { createTabLabels } from './tabs';
import { createContentScans } from './content-scan';
import { createIdleWatch } from './idle';
import { createDownloads } from './downloads';
import { blockedDomains, clearUpload, loadPasses, passOpen, syncBackstop } from './backstop';
import { createNetworkAudit } from './network-audit';
import { hostOf, pageOf } from './url-parts';
import { createExceptions } from './exceptions';
import { isWatchlisted } from '@/utils/exceptions/watchlist';

export default defineBackground(() => {
  const log = createEventLog((written) => reporter.kick(written.length));
  const lineage = createLineageStore();
  const record = (e: EventInput, tabId?: number) => {
    const p = policy.current().policy;
    const user = p.user.id || undefined;
    const watch = isWatchlisted(p, Date.now());
    return log.record(e, { tabId, user, watchlist: watch || undefined, includeContent: p.reporting.includeContent });
  };
  const policy = createPolicyStore((e) => void record(e));
  const tabs = createTabLabels(policy.current());
  const contentScans = createContentScans();
  const exceptions = createExceptions(() => policy.current(), (e, tabId) => record(e, tabId));
  const reporter = createReporter(() => policy.current(), (e) => record(e), () => log.drain(), (codes) => void exceptions.add(codes, 'collector'));
  // Grants follow the policy: a removed admin key, a revocation or a new user drops them at once.
  policy.onChange(() => void exceptions.sync());
  void policy.ready.then(() => exceptions.sync());
  const upkeep = async () => {
    await policy.ready;
    await reporter.schedule();
    await log.applyRetention(policy.current().policy.retention);
    await reporter.flush();
  };
  void upkeep();
  let reportUrl = policy.current().policy.reporting.url;
  policy.onChange((p) => {
    void reporter.schedule();
    // A newly named collector hears at once that protection is on.
    if (p.policy.reporting.url !== reportUrl) void reporter.heartbeat();
    reportUrl = p.policy.reporting.url;
  });
  void policy.ready.then(() => (reportUrl = policy.current().policy.reporting.url));
  policy.onChange((p) => tabs.policyChanged(p));
  void policy.ready.then(() => tabs.policyChanged(policy.current()));
  const idle = createIdleWatch(tabs, () => policy.current().policy);
  policy.onChange((p) => idle.policyChanged(p.policy));
  void policy.ready.then(() => idle.policyChanged(policy.current().policy));
  /** Records a guard's event; a decision a grant lowered is logged as the grant's use too, whichever guard made it. */
  const recordGuard = async (e: EventInput, tabId?: number) => {
    await record(e, tabId);
    const g = e.detail?.grant;
    if (typeof g === 'string' && e.kind === 'guard')
      await record({ kind: 'grant_used', rule: g, channel: e.channel, decision: e.decision, page: e.page, pageHost: e.pageHost, label: e.label, destinationHost: e.destinationHost, detail: { grant: g, stage: 'used', wouldBe: e.detail?.wouldBe ?? null } }, tabId);
  };
  const downloads = createDownloads(() => policy.current(), (e) => void recordGuard(e), () => exceptions.active());
  // The network backstop follows the effective policy; a failure is logged, never silent.
  const backstop = () => syncBackstop(policy.current().policy).catch((e: Error) => void record({ kind: 'log_error', reason: `backstop rules: ${e.message}` }));
  policy.onChange(() => void backstop());
  void policy.ready.then(backstop);
  void loadPasses().catch((e: Error) => void record({ kind: 'log_error', reason: `backstop passes: ${e.message}` }));

  // Bodies no hook judged (workers, frames without scripts) are read as they leave and recorded.
  const networkAudit = createNetworkAudit({
    policy: () => policy.current(),
    labelOf: (tabId) => tabs.get(tabId),
    grants: () => exceptions.active(),
    record: (e, tabId) => recordGuard(e, tabId),
    passOpen,
  });

  // Every listener is registered synchronously so a woken service worker sees the event that woke it.
  networkAudit.listen();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void policy.refreshManaged();
  });
  /** The page each tab last recorded an access for: a page asks for its label more than once per load. */
  const lastPage = new Map<number, string>();
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0) lastPage.delete(d.tabId);
    if (d.frameId === 0) {
      tabs.forget(d.tabId);
      contentScans.forgetTab(d.tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forget(tabId);
    lastPage.delete(tabId);
  });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === RETRY_ALARM) void log.retry();
    else if (a.name === REPORT_ALARM) void reporter.flush(true);
    else if (a.name === HEARTBEAT_ALARM) void policy.ready.then(() => reporter.heartbeat());
    else if (a.name === UPKEEP_ALARM) void upkeep();
  });
  browser.runtime.onStartup.addListener(() => void policy.ready.then(() => reporter.heartbeat()));

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
        const url = sender.url ?? msg.url;
        const showBanner = tabs.setFrame(tabId, sender.frameId ?? 0, { label: msg.label, reasons: msg.reasons, url });
        // An access record for every labelled page a person opens (the frame that shows the banner).
        const key = `${sender.frameId ?? 0}|${url}|${msg.label}`;
        if (showBanner && lastPage.get(tabId) !== key && lastPage.set(tabId, key)) void record({ kind: 'page', label: msg.label, page: pageOf(url), pageHost: hostOf(url), reason: msg.reasons.map((r) => r.ref).join(', ').slice(0, 500) }, tabId);
        return { showBanner };
      }
      case 'guards.load': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false };
        await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/content-scripts/guards.js'], injectImmediately: true });
        return { ok: true };
      }
      case 'text.scan':
        return { summary: contentScans.once(msg.text, policy.current().policy.detection.minConfidence) };
      case 'content.scan': {
        const tabId = sender.tab?.id ?? -1;
        return contentScans.add(tabId, sender.frameId ?? 0, msg.text, msg.reset, policy.current().policy.detection.minConfidence);
      }
      case 'event.record':
        await recordGuard({ ...msg.event, pageHost: hostOf(sender.url) ?? msg.event.pageHost }, sender.tab?.id);
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
        await tabs.ready;
        const f = tabs.get(msg.tabId);
        return { label: f?.label ?? null, reasons: f?.reasons ?? [], url: f?.url ?? '', events: await log.list({ tabId: msg.tabId, limit: 20 }) };
      }
      case 'events.list':
        return { events: await log.list({ tabId: msg.tabId, limit: msg.limit }) };
      case 'log.status':
        await log.head().catch(() => null);
        return { writer: log.status(), reporter: await reporter.status() };
      case 'log.retry':
        await log.retry();
        await reporter.flush(true);
        return { ok: true };
      case 'events.verify':
        return log.verify();
      case 'download.lookup':
        await policy.ready;
        return { labels: await downloads.lookup(msg.files) };
      case 'upload.cleared': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false };
        await policy.ready;
        networkAudit.judged(tabId, msg.url);
        const host = hostOf(msg.url);
        const blocked = !!host && blockedDomains(policy.current().policy).some((d) => host === d || host.endsWith('.' + d));
        return { ok: !blocked || (await clearUpload(tabId, msg.url)) };
      }
      case 'tabs.maxLabel':
        await policy.ready;
        await tabs.ready;
        return { label: tabs.maxLabel() };
      case 'exception.request':
        await policy.ready;
        return exceptions.request(msg);
      case 'exception.withdraw':
        return { ok: await exceptions.withdraw(msg.id) };
      case 'exception.state':
        await policy.ready;
        return exceptions.state();
      case 'grant.add': {
        await policy.ready;
        const [r] = await exceptions.add([msg.code], 'pasted');
        return r.ok ? { ok: true, grant: r.grant } : { ok: false, problem: r.problem, grant: r.grant };
      }
      case 'pledge.answer': {
        await policy.ready;
        const host = hostOf(sender.url);
        return { ok: !!host && (await exceptions.pledge(host, msg.label, msg.hash, msg.accepted, sender.tab?.id)) };
      }
    }
  }
});
