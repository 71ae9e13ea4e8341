// Drag guard: selected text, links and images dragged out of a classified page follow the copy rules (channel 'drag').
import { onFirst } from '@/components/first-listeners';
import { send } from '@/components/runtime';
import { fingerprint } from '@/utils/lineage';
import type { Guard, GuardContext } from './context';
import { askToContinue, baseContext, ceiling, judge, notifyBlocked, record } from './judge';

let gc: GuardContext | null = null;
/** Content the user justified: a drag cannot wait for a dialog, so the next drag of the same text goes through. */
let passed: { text: string; reason: string; until: number } | null = null;
const PASS_MS = 60_000;

onFirst('dragstart', onDragStart);

export const dragGuard: Guard = {
  name: 'drag',
  init(ctx) {
    gc = ctx;
  },
};

function onDragStart(e: DragEvent) {
  if (!gc || !e.isTrusted || !e.dataTransfer) return;
  const base = baseContext(gc, 'drag', { sourceLabel: gc.label.label, sourceHost: location.hostname });
  if (ceiling(gc.policy, base) === 'allow' && !gc.classified) return;
  const dt = e.dataTransfer;
  // The browser has already filled the drag data: selected text, or a link's / image's URL and title.
  const text = dt.getData('text/plain') || dt.getData('text/uri-list') || (e.target instanceof HTMLImageElement ? `${e.target.alt} ${e.target.src}` : '');
  if (!text.trim()) return;
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
