// Copy and cut guard: what leaves a classified page through the clipboard is decided by policy, and remembered (as fingerprints) for paste lineage.
import { onFirst } from '@/components/first-listeners';
import type { PageAnswer, RequestOf } from '@/components/page-bridge';
import { onPageHook } from './page-hooks';
import { send } from '@/components/runtime';
import { scan } from '@/utils/detect';
import { fingerprint } from '@/utils/lineage';
import type { Guard, GuardContext } from './context';
import { askToContinue, baseContext, blockedClipboardText, ceiling, deepActive, isTextControl, judge, judgement, notifyBlocked, record, saveSelection, strictest, type Base, type Judgement } from './judge';
import { docUrl } from '@/components/doc-url';

/** What would go to the clipboard. */
export interface ClipContent {
  text: string;
  /** Extra formats the page itself put there (text/html, custom types). */
  items?: [string, string][];
  /** Builds the selection's HTML when the content must be written again later (warn → Continue). */
  html?: () => string;
}

/**
 * Beyond this, a copy is judged by the background's warm detector, not in the page: detector code in a
 * fresh page runs cold (~30 ms per MB of prose), which would hold the user's Ctrl+C for several frames.
 */
export const IN_PAGE_CHARS = 65_536;

/** Characters fingerprinted per copy; beyond it the start stands for the whole (fingerprints are capped anyway). */
const LINEAGE_CHARS = 1_000_000;

let gc: GuardContext | null = null;
/** Set while we write the clipboard ourselves, so our own copy event carries it. */
let writing: ClipContent | null = null;

// In the core's first listener (registered at document_start, before any page script): the page's own copy
// handlers run inside ours (see below), so none can swap what goes to the clipboard behind the guard's back.
onFirst('copy', timed);
onFirst('cut', timed);

/** A user-timing entry per guarded copy: DevTools shows it, and test/bench/copy.ts reads it from the page. */
function timed(e: ClipboardEvent) {
  const start = performance.now();
  try {
    onCopy(e);
  } finally {
    if (gc?.classified) performance.measure('maruhi.copy', { start });
  }
}

export const copyGuard: Guard = {
  name: 'copy',
  init(ctx) {
    gc = ctx;
    onPageHook('clipboard', (req) => onApiWrite(ctx, req));
    // The first Ctrl+C on a classified page would otherwise also pay for the detector's tables and its first,
    // interpreted run: do that once while the page is idle.
    if (ctx.classified) whenIdle(() => void scan(WARM_UP));
  },
};

const WARM_UP = '氏名\t電話\tメール\n山田 太郎\t090-1234-5678\tt.yamada@example.co.jp\t東京都千代田区丸の内1-1-1\nJohn Smith, 10 Downing Street, London';
const whenIdle = (fn: () => void) => ((globalThis as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50)))(fn, { timeout: 2000 });

/** navigator.clipboard.writeText / write (held by the MAIN-world hook): the same rules as a copy of that text. */
async function onApiWrite(g: GuardContext, req: RequestOf<'clipboard'>): Promise<PageAnswer> {
  const text = req.text;
  const via = `clipboard-${req.via === 'write' ? 'write' : 'writeText'}`;
  const base = baseContext(g, 'copy', { sourceLabel: g.label.label, sourceHost: docUrl().hostname });
  if (!text.trim() || (!g.classified && ceiling(g.policy, base) === 'allow')) return { allow: true };
  const j =
    text.length > IN_PAGE_CHARS
      ? await send({ type: 'text.scan', text: text.slice(0, g.policy.detection.maxChars) })
          .then((r) => judgement(g.policy, base, r.summary))
          .catch(() => strictest(g.policy, base))
      : judge(g.policy, base, text);
  const action = j.decision.action;
  if (action === 'allow' || action === 'audit') {
    if (action === 'audit') record(g, base, j, { via });
    remember(g, text);
    return { allow: true };
  }
  if (action === 'block') {
    record(g, base, j, { via });
    notifyBlocked(g, base, j);
    return { allow: false, reason: blockedClipboardText(g, base, j.decision.rule) };
  }
  const reason = await askToContinue(g, base, j);
  record(g, base, j, { via, justification: reason ?? undefined, outcome: reason === null ? 'cancelled' : 'continued' });
  if (reason === null) return { allow: false, reason: 'cancelled' };
  remember(g, text);
  return { allow: true };
}

function onCopy(e: ClipboardEvent) {
  if (writing) return writeInto(e, writing);
  // Events a page dispatches itself never reach the clipboard.
  if (!gc || !e.isTrusted || !e.clipboardData) return;
  const base = baseContext(gc, e.type === 'cut' ? 'cut' : 'copy', { sourceLabel: gc.label.label, sourceHost: docUrl().hostname });
  const guarded = ceiling(gc.policy, base) !== 'allow';
  if (!guarded && !gc.classified) return;
  const content = resolveContent(e);
  if (!content.text.trim() && !content.items?.length) return;
  let j: Judgement;
  if (content.text.length > IN_PAGE_CHARS) {
    // The first part alone may already reach the strictest outcome (a bulk list of customers); rules only
    // ask for "at least", so more text could not change it. Otherwise the background reads the rest.
    const head = judge(gc.policy, base, content.text.slice(0, IN_PAGE_CHARS));
    if (head.decision.action !== ceiling(gc.policy, base)) return deferCopy(e, gc, base, content);
    j = { ...head, partial: true };
  } else j = judge(gc.policy, base, content.text);
  const action = j.decision.action;
  if (action === 'allow' || action === 'audit') {
    if (content.items) writeInto(e, content);
    if (action === 'audit') record(gc, base, j);
    remember(gc, content.text);
    return;
  }
  e.preventDefault();
  e.stopImmediatePropagation();
  if (action === 'block') {
    e.clipboardData.setData('text/plain', blockedClipboardText(gc, base, j.decision.rule));
    record(gc, base, j);
    notifyBlocked(gc, base, j);
    return;
  }
  // warn: nothing reaches the clipboard until the user gives a reason.
  e.clipboardData.setData('text/plain', '');
  const g = gc;
  const html = content.items ? undefined : content.html?.();
  const keep: ClipContent = content.items ? content : { text: content.text, items: html ? [['text/html', html]] : undefined };
  const restore = saveSelection();
  void askToContinue(g, base, j, {
    onContinue: () => {
      restore();
      writeClipboard(keep);
      if (base.channel === 'cut') document.execCommand('delete');
      remember(g, content.text);
    },
  }).then((reason) => record(g, base, j, { justification: reason ?? undefined, outcome: reason === null ? 'cancelled' : 'continued' }));
}

/** A large copy: nothing reaches the clipboard until the background has judged all of it, then it is written for the user. */
function deferCopy(e: ClipboardEvent, g: GuardContext, base: Base, content: ClipContent) {
  e.preventDefault();
  e.stopImmediatePropagation();
  e.clipboardData!.setData('text/plain', '');
  const html = content.items ? undefined : content.html?.();
  const keep: ClipContent = content.items ? content : { text: content.text, items: html ? [['text/html', html]] : undefined };
  const restore = saveSelection();
  const deliver = () => {
    restore();
    writeClipboard(keep);
    if (base.channel === 'cut') document.execCommand('delete');
    remember(g, content.text);
  };
  void send({ type: 'text.scan', text: content.text.slice(0, g.policy.detection.maxChars) })
    .then((r) => judgement(g.policy, base, r.summary))
    // No answer from the background: the strictest outcome this copy could get, never a silent pass.
    .catch(() => strictest(g.policy, base))
    .then((jj) => {
      const action = jj.decision.action;
      if (action === 'allow' || action === 'audit') {
        deliver();
        if (action === 'audit') record(g, base, jj);
      } else if (action === 'block') {
        writeClipboard({ text: blockedClipboardText(g, base, jj.decision.rule) });
        record(g, base, jj);
        notifyBlocked(g, base, jj);
      } else {
        void askToContinue(g, base, jj, { onContinue: deliver }).then((reason) =>
          record(g, base, jj, { justification: reason ?? undefined, outcome: reason === null ? 'cancelled' : 'continued' }),
        );
      }
    });
}

/**
 * The page's handlers get a copy of the event with a fresh DataTransfer: if one of them sets its own data,
 * that data is what gets judged (and written, when allowed) — never the selection it replaced.
 */
function resolveContent(e: ClipboardEvent): ClipContent {
  if (e.defaultPrevented) return fromTransfer(e.clipboardData!); // a handler registered before ours already chose
  e.stopImmediatePropagation();
  const dt = new DataTransfer();
  const copy = new ClipboardEvent(e.type, { bubbles: true, cancelable: true, composed: true, clipboardData: dt });
  (e.composedPath()[0] ?? e.target ?? document).dispatchEvent(copy);
  if (copy.defaultPrevented) return fromTransfer(dt);
  return selectionContent();
}

function fromTransfer(dt: DataTransfer): ClipContent {
  const items: [string, string][] = [];
  for (const type of dt.types) if (type !== 'Files') items.push([type, dt.getData(type)]);
  const text = dt.getData('text/plain') || htmlText(dt.getData('text/html'));
  return { text, items };
}

function htmlText(html: string): string {
  if (!html) return '';
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** The selected text, in a text field, a shadow root or the document. */
export function selectionContent(): ClipContent {
  const a = deepActive();
  if (isTextControl(a)) return { text: a.value.slice(a.selectionStart ?? 0, a.selectionEnd ?? 0) };
  const root = a?.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | undefined;
  const sel = (root instanceof ShadowRoot && root.getSelection?.()) || getSelection();
  if (!sel || sel.isCollapsed) return { text: '' };
  return {
    text: sel.toString(),
    html: () => {
      const div = document.createElement('div');
      for (let i = 0; i < sel.rangeCount; i++) div.append(sel.getRangeAt(i).cloneContents());
      return div.innerHTML;
    },
  };
}

function writeInto(e: ClipboardEvent, c: ClipContent) {
  e.preventDefault();
  e.stopImmediatePropagation();
  const dt = e.clipboardData!;
  dt.setData('text/plain', c.text);
  for (const [type, value] of c.items ?? []) if (type !== 'text/plain') dt.setData(type, value);
}

/** Writes the clipboard from a user gesture (the dialog's Continue): a copy command our own listener fills. */
export function writeClipboard(c: ClipContent) {
  writing = c;
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } finally {
    writing = null;
  }
  if (!ok) void navigator.clipboard?.writeText(c.text).catch(() => {});
}


/** Fingerprints what left a classified page, after the event (the handler stays fast). */
function remember(g: GuardContext, text: string) {
  if (!g.classified || !text) return;
  const label = g.label.label;
  setTimeout(() => {
    const fp = fingerprint(text.length > LINEAGE_CHARS ? text.slice(0, LINEAGE_CHARS) : text);
    if (fp.hashes.length) void send({ type: 'lineage.add', label, hashes: fp.hashes, mod: fp.mod }).catch(() => {});
  }, 0);
}

