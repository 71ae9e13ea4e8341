// Drag guard: selected text, links and images dragged out of a classified page follow the copy rules (channel 'drag').
import { onFirst, onLast } from '@/components/first-listeners';
import { send } from '@/components/runtime';
import { fingerprint } from '@/utils/lineage';
import type { Guard, GuardContext } from './context';
import { askToContinue, baseContext, ceiling, judge, notifyBlocked, record } from './judge';
import { docUrl } from '@/components/doc-url';

let gc: GuardContext | null = null;
/** Content the user justified: a drag cannot wait for a dialog, so the next drag of the same text goes through. */
let passed: { text: string; reason: string; until: number } | null = null;
const PASS_MS = 60_000;

onFirst('dragstart', onDragStart);
onLast('dragstart', onPageDragData);

export const dragGuard: Guard = {
  name: 'drag',
  init(ctx) {
    gc = ctx;
  },
};

/** What each drag carried when the guard judged it: the page's handlers may add more afterwards. */
const judged = new WeakMap<DragEvent, string>();

function onDragStart(e: DragEvent) {
  if (!gc || !e.isTrusted || !e.dataTransfer) return;
  const dt = e.dataTransfer;
  // The browser has already filled the drag data: selected text, or a link's / image's URL and title.
  const text = dt.getData('text/plain') || dt.getData('text/uri-list') || (e.target instanceof HTMLImageElement ? `${e.target.alt} ${e.target.src}` : '');
  judged.set(e, dragText(dt));
  judgeDrag(e, text);
}

/**
 * After the page's own dragstart handlers: a CRM's draggable card puts the customer's details on the drag itself
 * (setData), which the browser's selection never showed. Judged here, the drag is cancelled before anything leaves.
 */
function onPageDragData(e: DragEvent) {
  if (!gc || !e.isTrusted || !e.dataTransfer || e.defaultPrevented) return;
  const now = dragText(e.dataTransfer);
  if (now === judged.get(e)) return;
  judgeDrag(e, now);
}

/** Every kind of text on a drag (plain, HTML as text, URLs, the page's own types): what a drop target could read. */
function dragText(dt: DataTransfer): string {
  const parts: string[] = [];
  for (const type of dt.types) {
    if (type === 'Files') continue;
    const v = dt.getData(type);
    parts.push(type === 'text/html' ? v.replace(/<[^>]*>/g, ' ') : v);
  }
  return parts.join('\n');
}

function judgeDrag(e: DragEvent, text: string) {
  if (!gc || !text.trim()) return;
  const base = baseContext(gc, 'drag', { sourceLabel: gc.label.label, sourceHost: docUrl().hostname });
  if (ceiling(gc.policy, base) === 'allow' && !gc.classified) return;
  const j = judge(gc.policy, base, text);
  const action = j.decision.action;
  const g = gc;
  if (passed && passed.text === text && passed.until > Date.now()) {
    record(g, base, { ...j, decision: { ...j.decision, action: 'audit' } }, { justification: passed.reason, outcome: 'justified' });
    passed = null;
    return remember(g, text);
  }
  if (action === 'allow' || action === 'audit') {
    if (action === 'audit') record(g, base, j);
    return remember(g, text);
  }
  e.preventDefault();
  e.stopImmediatePropagation();
  if (action === 'block') {
    record(g, base, j);
    return notifyBlocked(g, base, j);
  }
  void askToContinue(g, base, j).then((reason) => {
    record(g, base, j, { justification: reason ?? undefined, outcome: reason === null ? 'cancelled' : 'continued' });
    if (reason !== null) passed = { text, reason, until: Date.now() + PASS_MS };
  });
}

function remember(g: GuardContext, text: string) {
  if (!g.classified) return;
  const label = g.label.label;
  setTimeout(() => {
    const fp = fingerprint(text);
    if (fp.hashes.length) void send({ type: 'lineage.add', label, hashes: fp.hashes, mod: fp.mod }).catch(() => {});
  }, 0);
}
