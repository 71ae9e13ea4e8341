// Reads what the page shows for content classification: the whole page once, then only what changes,
// in idle-time slices. The text goes to the background, whose warm detector scans it off this thread.
import type { DetectionSummary } from '@/utils/detect/types';
import { CONTENT_SCAN_MAX } from '@/utils/messages';
import { send } from '@/components/runtime';

const SLICE_MS = 3;
const BATCH_CHARS = 65_536;
/** Pages larger than this are judged on their first part; a label only ever goes up. */
const MAX_CHARS_PER_PAGE = 4_000_000;
/** An element with more children than this is read child by child, so one read stays short. */
const SPLIT_CHILDREN = 64;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'MARUHI-BANNER', 'HEAD']);

type Idle = (cb: (d: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;
const idle: Idle =
  (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback?.bind(globalThis) ??
  ((cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS }), 16) as unknown as number);

export interface PageScanner {
  /** Forget what was seen (SPA navigation) and read the whole page again. */
  restart(): void;
  stop(): void;
}

export function startPageScan(doc: Document, onSummary: (s: DetectionSummary) => void): PageScanner {
  let queue: Node[] = [];
  let text = '';
  let total = 0;
  let reset = true;
  let scheduled = false;
  let stopped = false;
  let generation = 0;
  let inflight = Promise.resolve();

  const add = (t: string) => {
    if (!t) return;
    text += t + '\n';
    total += t.length + 1;
  };

  const ship = () => {
    if (!text) return;
    const batch = text.slice(0, CONTENT_SCAN_MAX);
    text = '';
    const gen = generation;
    const first = reset;
    reset = false;
    // Batches go one after another so the background sees a reset before the rest.
    inflight = inflight.then(async () => {
      try {
        const { summary, restart } = await send({ type: 'content.scan', text: batch, reset: first });
        if (gen !== generation || stopped) return;
        if (restart) api.restart();
        else onSummary(summary);
      } catch {
        /* background restarting: the next change scans again */
      }
    });
  };

  const step = (deadline: { timeRemaining(): number }) => {
    scheduled = false;
    if (stopped) return;
    const until = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    while (queue.length && performance.now() < until) {
      const n = queue.shift()!;
      if (!n.isConnected) continue;
      if (n.nodeType === 3) {
        add((n as Text).data);
      } else if (n.nodeType === 1) {
        const el = n as HTMLElement;
        if (SKIP.has(el.tagName)) continue;
        if (el.childElementCount > SPLIT_CHILDREN || el.shadowRoot) {
          // Big containers (tables of thousands of rows) are read row by row.
          queue.unshift(...Array.from((el.shadowRoot ?? el).childNodes));
          continue;
        }
        // innerText is the browser's own rendering of the text: tabs between cells, newlines between rows.
        add(el.innerText ?? el.textContent ?? '');
      }
      if (text.length >= BATCH_CHARS) ship();
      if (total > MAX_CHARS_PER_PAGE) {
        queue = [];
        break;
      }
    }
    if (queue.length) schedule();
    else ship();
  };

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    idle(step, { timeout: 1000 });
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode) queue.push(r.target.parentNode);
        continue;
      }
      for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) queue.push(n);
    }
    if (total < MAX_CHARS_PER_PAGE) schedule();
  });

  const begin = () => {
    const body = doc.body ?? doc.documentElement;
    queue = [body];
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    schedule();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();

  const api: PageScanner = {
    restart() {
      generation++;
      reset = true;
      text = '';
      total = 0;
      queue = [doc.body ?? doc.documentElement];
      schedule();
    },
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
  return api;
}
