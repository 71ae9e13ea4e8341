// Scans what the page shows for customer data: a first pass over the body, then only what changes,
// in idle-time slices of a few milliseconds so the page never waits for us.
import { scan, SummaryBuilder } from '@/utils/detect';
import type { DetectionSummary } from '@/utils/detect/types';

const SLICE_MS = 4;
/** Text handed to the detector at once: small enough to scan in about a millisecond. */
const CHUNK_CHARS = 32_768;
/** Pages larger than this are judged on their first part; a label only ever goes up. */
const MAX_CHARS_PER_PAGE = 4_000_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'MARUHI-BANNER']);
const CELL = new Set(['TD', 'TH']);
const BLOCK = new Set(['TR', 'P', 'DIV', 'LI', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'SECTION', 'ARTICLE', 'TABLE', 'THEAD', 'TBODY', 'UL', 'OL', 'DL', 'FORM', 'LABEL', 'HEADER', 'FOOTER', 'PRE', 'BLOCKQUOTE']);

type Idle = (cb: (d: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;
const idle: Idle =
  (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback?.bind(globalThis) ??
  ((cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS }), 16) as unknown as number);

export interface PageScanner {
  /** Forget what was seen (SPA navigation) and scan the whole page again. */
  restart(): void;
  stop(): void;
}

export function startPageScan(root: Document, minConfidence: number, onSummary: (s: DetectionSummary) => void): PageScanner {
  let builder = new SummaryBuilder(minConfidence);
  let scanned = 0;
  let truncated = false;
  let queue: Node[] = [];
  let walker: Walk | null = null;
  let text = '';
  let scheduled = false;
  let stopped = false;
  let generation = 0;

  const flush = (final: boolean) => {
    // Cut at a line end so a table row is never split between two detector calls.
    while (text.length >= CHUNK_CHARS || (final && text.length)) {
      let cut = text.length;
      if (text.length > CHUNK_CHARS) {
        const nl = text.lastIndexOf('\n', CHUNK_CHARS);
        cut = nl > CHUNK_CHARS >> 2 ? nl + 1 : CHUNK_CHARS;
      }
      const piece = text.slice(0, cut);
      text = text.slice(cut);
      for (const f of scan(piece, { minConfidence }).findings) builder.add(f);
      scanned += piece.length;
      if (!final) break; // one detector call per check of the clock
    }
  };

  const step = (deadline: { timeRemaining(): number }) => {
    scheduled = false;
    if (stopped) return;
    const gen = generation;
    const until = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    while (performance.now() < until) {
      if (scanned + text.length >= MAX_CHARS_PER_PAGE) {
        truncated = true;
        queue = [];
        walker = null;
      }
      if (text.length >= CHUNK_CHARS) {
        flush(false);
        continue;
      }
      if (!walker) {
        const next = queue.shift();
        if (!next) break;
        if (!next.isConnected) continue;
        walker = new Walk(next);
      }
      const piece = walker.read(512);
      if (piece === null) walker = null;
      else text += piece;
    }
    if (gen !== generation) return;
    if (walker || queue.length || text.length >= CHUNK_CHARS) return schedule();
    flush(true);
    onSummary(builder.build(scanned, truncated));
  };

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    idle(step, { timeout: 1000 });
  };

  // Only what changes is scanned again; a node inside one already queued is skipped.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode) queue.push(r.target.parentNode);
        continue;
      }
      for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) queue.push(n);
    }
    schedule();
  });

  const begin = () => {
    const body = root.body ?? root.documentElement;
    queue = [body];
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    schedule();
  };
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();

  return {
    restart() {
      generation++;
      builder = new SummaryBuilder(minConfidence);
      scanned = 0;
      truncated = false;
      text = '';
      walker = null;
      queue = [root.body ?? root.documentElement];
      schedule();
    },
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}

/** Walks a subtree depth-first, producing text with tabs between cells and newlines between blocks. */
class Walk {
  private stack: Node[];
  constructor(root: Node) {
    this.stack = [root];
  }
  /** Up to `budget` nodes of text; null when done. */
  read(budget: number): string | null {
    if (!this.stack.length) return null;
    let out = '';
    while (budget-- > 0 && this.stack.length) {
      const n = this.stack.pop()!;
      if (typeof n === 'string') {
        out += n;
        continue;
      }
      if (n.nodeType === 3) {
        out += (n as Text).data;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const tag = el.tagName;
      if (SKIP.has(tag)) continue;
      if (tag === 'INPUT' || tag === 'TEXTAREA') {
        const v = (el as HTMLInputElement).value;
        if (v && (el as HTMLInputElement).type !== 'password') out += ' ' + v + '\t';
        continue;
      }
      // Separators go on the stack as strings, after the children (popped last).
      if (CELL.has(tag)) this.stack.push('\t' as unknown as Node);
      else if (BLOCK.has(tag)) this.stack.push('\n' as unknown as Node);
      const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) this.stack.push(kids[i]);
    }
    return out;
  }
}
