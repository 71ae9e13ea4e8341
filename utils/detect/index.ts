// The one detector: finds customer data in text and summarises it (types, counts, distinct people, sensitive, payment).
import { SummaryBuilder } from './people';
import { scanCore, type TableHeader } from './scan';
import type { DetectionSummary, Finding } from './types';

export * from './types';
export { mask } from './mask';
export { summarize, SummaryBuilder, DistinctCounter } from './people';
export { fold } from './normalize';

export interface ScanOptions {
  /** Reporting threshold for summary counts, people and flags (default 0.8). Findings below it are still returned. */
  minConfidence?: number;
  /** Inspect at most this many UTF-16 units (default 2,000,000); beyond it summary.truncated is set. */
  maxChars?: number;
  /** A running summary (several batches of one page) that this text's findings are added to, in the same pass. */
  into?: SummaryBuilder;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

/** Scans text in one go. Findings carry ORIGINAL offsets: `text.slice(f.start, f.end)` is what was matched. */
export function scan(text: string, options: ScanOptions = {}): { findings: Finding[]; summary: DetectionSummary } {
  const s = typeof text === 'string' ? text : String(text ?? '');
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const truncated = s.length > max;
  let input = truncated ? s.slice(0, max) : s;
  // never cut a surrogate pair in half
  if (truncated && input.length > 0 && (input.charCodeAt(input.length - 1) & 0xfc00) === 0xd800) input = input.slice(0, -1);
  // the summary is built as the findings are masked (what summarize(findings, …) gives, without another pass over them)
  const builder = options.into ?? new SummaryBuilder(options.minConfidence ?? 0.8);
  const { findings } = scanCore(input, { summary: builder });
  return { findings, summary: builder.build(input.length, truncated) };
}

/**
 * Scans a table given as rows of cells (e.g. parsed CSV, or a DOM table). Headers, when given, become the first row;
 * column headers such as 氏名 / 電話 / 住所 / Email then label every cell below them. Offsets refer to the
 * tab-separated text `rows.map(r => r.join('\t')).join('\n')` (with the header row first when given).
 */
export function scanTable(rows: string[][], headers?: string[], options: ScanOptions = {}) {
  const clean = (c: string) => String(c ?? '').replace(/[\t\r\n]+/g, ' ');
  const lines = (headers ? [headers, ...rows] : rows).map((r) => r.map(clean).join('\t'));
  return scan(lines.join('\n'), options);
}

const SEGMENT = 1 << 20; // chars scanned per window (default)
const LOOKAHEAD = 1024; // chars beyond the window so numbers/names crossing its end are seen whole
const CONTEXT = 512; // chars kept before the next window so labels just before it still count

/**
 * Streaming scanner for large inputs (e.g. a 500 MB file read chunk by chunk). Memory stays bounded: one window of
 * text plus the distinct-key counters (exact up to 100k keys per family, then estimated). Windows overlap so a number
 * split across chunks is found exactly once; a table header carries over to the rows in the next windows.
 */
export class Scanner {
  private pending = '';
  /** chars at the head of `pending` that are context only (already reported) */
  private ctxLen = 0;
  private scanned = 0;
  private truncated = false;
  private header: TableHeader | null = null;
  private readonly builder: SummaryBuilder;
  private readonly max: number;
  private done: DetectionSummary | null = null;
  /** Optional sink for findings (offsets are global). */
  onFinding?: (f: Finding) => void;
  private base = 0;

  private readonly seg: number;

  /** `windowChars` (default 1 Mi) only matters for tests and memory tuning; maxChars defaults to no limit here. */
  constructor(options: ScanOptions & { windowChars?: number } = {}) {
    this.builder = new SummaryBuilder(options.minConfidence ?? 0.8);
    this.max = options.maxChars ?? Infinity;
    this.seg = Math.max(LOOKAHEAD, options.windowChars ?? SEGMENT);
  }

  push(chunk: string): void {
    if (this.done) throw new Error('Scanner: push after end');
    if (!chunk) return;
    let c = String(chunk);
    const room = this.max - this.scanned - (this.pending.length - this.ctxLen);
    if (c.length > room) {
      this.truncated = true;
      c = c.slice(0, Math.max(0, room));
    }
    this.pending += c;
    while (this.pending.length - this.ctxLen >= this.seg + LOOKAHEAD) this.window(false);
  }

  end(): DetectionSummary {
    if (!this.done) {
      while (this.pending.length > this.ctxLen) this.window(true);
      this.done = this.builder.build(this.scanned, this.truncated);
    }
    return this.done;
  }

  private window(final: boolean): void {
    const p = this.pending;
    let cut = Math.min(p.length, this.ctxLen + this.seg);
    if (!(final && p.length - this.ctxLen <= this.seg + LOOKAHEAD)) {
      // end the window on a line break when there is one in its last quarter
      const nl = p.lastIndexOf('\n', cut - 1);
      if (nl > this.ctxLen + (this.seg >> 2)) cut = nl + 1;
      if ((p.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    } else cut = p.length;
    const slice = p.slice(0, Math.min(p.length, cut + LOOKAHEAD));
    const res = scanCore(slice, { acceptFrom: this.ctxLen, acceptTo: cut, carryHeader: this.header, summary: this.builder });
    if (this.onFinding) for (const f of res.findings) this.onFinding({ ...f, start: f.start + this.base, end: f.end + this.base });
    this.header = res.openHeader;
    this.scanned += cut - this.ctxLen;
    // keep the context from a line start, so carried table rows stay aligned with their header
    let keep = Math.max(0, cut - CONTEXT);
    const ls = p.lastIndexOf('\n', keep) + 1;
    if (ls > 0 && cut - ls <= 4 * CONTEXT) keep = ls;
    this.base += keep;
    this.pending = p.slice(keep);
    this.ctxLen = cut - keep;
  }
}
