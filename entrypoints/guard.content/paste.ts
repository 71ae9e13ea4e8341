// Paste and drop guard: text arriving on a page that is not an approved destination is judged by what it holds
// (detector findings) and where it came from (lineage: fingerprints of copies from classified pages).
import { browser } from 'wxt/browser';
import { onFirst } from '@/components/first-listeners';
import { send } from '@/components/runtime';
import { decide } from '@/utils/decide';
import { fingerprint, type LineageMatch } from '@/utils/lineage';
import type { Destination } from '@/utils/destinations';
import { KEYS } from '@/utils/storage-keys';
import type { Guard, GuardContext } from './context';
import { shared } from '@/components/shared';

const replayedByCore = () => shared('replayed', () => new WeakSet<Event>());
import { askToContinue, baseContext, ceiling, isTextControl, judge, notifyBlocked, record, saveSelection, type Base, type Judgement } from './judge';
import { docUrl } from '@/components/doc-url';
import { onPageHook } from './page-hooks';

let gc: GuardContext | null = null;
/** Fingerprints the background holds this session; null until known (then lineage is always asked). */
let lineageCount: number | null = null;
let replaying = false;

// In the core's first listener (registered at document_start, before any page script), so the page never sees a
// paste the guard holds back, whatever listeners it added and whatever they stop.
onFirst('paste', onPaste);
onFirst('drop', onDrop);

export const pasteGuard: Guard = {
  name: 'paste',
  init(ctx) {
    gc = ctx;
    // navigator.clipboard.readText / read (held by the MAIN-world hook): a page reading the clipboard is a paste.
    onPageHook('clipboard_read', async (req) => ({ allow: await arrive(null, 'paste', req.text, '', () => {}, `clipboard-${req.via}`) }));
    // Learn lazily, on the first focus, whether anything classified was copied yet: most pages are never pasted into.
    addEventListener('focusin', () => void browser.storage.local.get(KEYS.lineageCount).then((r) => (lineageCount = (r[KEYS.lineageCount] as number | undefined) ?? null)), {
      once: true,
      capture: true,
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && KEYS.lineageCount in changes) lineageCount = (changes[KEYS.lineageCount].newValue as number | undefined) ?? null;
    });
  },
};

interface Arrival {
  base: Base;
  destination: Destination;
  text: string;
  html: string;
  /** Puts the text where the user meant it, when the guard let it through after holding it. */
  deliver(): void;
  /** How it arrived, when not by a plain paste or drop event (clipboard-readText …). */
  via?: string;
}

function onPaste(e: ClipboardEvent) {
  // Trusted pastes, and those the core held while the guards loaded (it replays them as they were).
  if (!gc || !(e.isTrusted || replayedByCore().has(e)) || replaying || !e.clipboardData) return;
  const dt = e.clipboardData;
  // Files are the upload guard's; only text is judged here.
  if (dt.files.length) return;
  const text = dt.getData('text/plain');
  if (!text.trim()) return;
  const html = dt.getData('text/html');
  const target = (e.composedPath()[0] ?? e.target) as Element;
  const restore = saveSelection();
  void arrive(e, 'paste', text, html, () => {
    restore();
    replay(target, 'paste', text, html, () => insert(text));
  });
}

function onDrop(e: DragEvent) {
  // Untrusted drops are judged too: automation (and some assistive tools) deliver drops that way, and a page
  // faking one only shows the user a notice about data it already holds.
  if (!gc || replaying || !e.dataTransfer) return;
  const dt = e.dataTransfer;
  if (dt.files.length) return;
  const text = dt.getData('text/plain');
  if (!text.trim()) return;
  const html = dt.getData('text/html');
  const target = (e.composedPath()[0] ?? e.target) as Element;
  const [x, y] = [e.clientX, e.clientY];
  void arrive(e, 'drop', text, html, () => {
    replay(target, 'drop', text, html, () => {
      if (isTextControl(target)) target.focus();
      else {
        // Insert where the text was dropped, as the browser would have.
        const pos = document.caretRangeFromPoint?.(x, y);
        if (pos) getSelection()?.removeAllRanges(), getSelection()?.addRange(pos);
      }
      insert(text);
    });
  });
}

/**
 * Judges text arriving on this page. Resolves true when it may reach the page: at once (an event then goes on as it
 * is) or after the guard held it and `deliver` ran; false when it was refused or the user cancelled.
 */
function arrive(e: Event | null, channel: 'paste' | 'drop', text: string, html: string, deliver: () => void, via?: string): Promise<boolean> {
  const g = gc!;
  const destination = g.destinations(docUrl(), { classified: g.classified });
  const base = baseContext(g, channel, { destination });
  const anyLineage = { label: g.policy.labels[g.policy.labels.length - 1].id };
  if (ceiling(g.policy, { ...base, lineage: anyLineage }) === 'allow') return Promise.resolve(true); // e.g. an approved destination
  const j = judge(g.policy, base, text);
  const a: Arrival = { base, destination, text, html, deliver, via };
  // Lineage can only matter when the text is long enough to trace, something was copied, and it would raise the action.
  const lineageMatters =
    lineageCount !== 0 &&
    fingerprint(text.slice(0, 4096), 64).hashes.length > 0 &&
    severity(decide(g.policy, { ...base, lineage: anyLineage, summary: j.summary }).action) > severity(j.decision.action);
  if (!lineageMatters) {
    if (j.decision.action === 'allow') return Promise.resolve(true);
    if (j.decision.action === 'audit') {
      record(g, base, j, { destination, via });
      return Promise.resolve(true);
    }
    if (e) hold(e);
    return act(g, a, j, null);
  }
  // Hold the text while the background looks for its lineage; deliver it ourselves if it may go.
  if (e) hold(e);
  const fp = fingerprint(text);
  return send({ type: 'lineage.match', hashes: fp.hashes, mod: fp.mod })
    .then((r) => r.match)
    .catch(() => null)
    .then((match) => {
      const decision = match ? decide(g.policy, { ...base, lineage: { label: match.label }, summary: j.summary }) : j.decision;
      return act(g, a, { ...j, decision }, match);
    });
}

async function act(g: GuardContext, a: Arrival, j: Judgement, match: LineageMatch | null): Promise<boolean> {
  const { base, destination, via } = a;
  const opts = { lineage: match?.label, destination: destination.host };
  switch (j.decision.action) {
    case 'allow':
      a.deliver();
      return true;
    case 'audit':
      record(g, base, j, { destination, lineage: match, via });
      a.deliver();
      return true;
    case 'block':
      record(g, base, j, { destination, lineage: match, via });
      notifyBlocked(g, base, j, opts);
      return false;
    case 'warn': {
      const reason = await askToContinue(g, base, j, opts);
      record(g, base, j, { destination, lineage: match, via, justification: reason ?? undefined, outcome: reason === null ? 'cancelled' : 'continued' });
      if (reason === null) return false;
      a.deliver();
      return true;
    }
  }
}

const SEVERITY = { allow: 0, audit: 1, warn: 2, block: 3 } as const;
const severity = (a: keyof typeof SEVERITY) => SEVERITY[a];

function hold(e: Event) {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/** The page's own handlers get the event again (editors handle paste themselves); if none takes it, we insert. */
function replay(target: Element, type: 'paste' | 'drop', text: string, html: string, fallback: () => void) {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  if (html) dt.setData('text/html', html);
  const ev = type === 'paste' ? new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: dt }) : new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer: dt });
  replaying = true;
  try {
    target.dispatchEvent(ev);
  } finally {
    replaying = false;
  }
  if (!ev.defaultPrevented) fallback();
}

/** Inserts as typing would (undoable, fires input events). Plain text: pasted HTML could carry scripts or trackers. */
function insert(text: string) {
  document.execCommand('insertText', false, text);
}

