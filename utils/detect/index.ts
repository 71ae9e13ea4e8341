// The one detector: finds customer data in text and summarises it (types, counts, distinct people, sensitive, payment).
import { SummaryBuilder } from './people';
import { scanCore, type CoreOptions, type CoreResult, type TableHeader } from './scan';
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
  const { findings } = scanReadable(input, { summary: builder });
  return { findings, summary: builder.build(input.length, truncated) };
}

/**
 * scanCore on the text as a reader sees it: JSON's \\uXXXX escapes of non-ASCII chars decoded (Python's json.dumps
 * writes every Japanese char so: "\\u5409\\u5ddd \\u681e" is 吉川 栞) and invisible chars dropped (a zero-width space or
 * a soft hyphen inside 090\u200b1234\u200b5678 hides nothing); findings carry offsets in the text as given.
 */
function scanReadable(text: string, opts: CoreOptions): CoreResult {
  // (pass 1 tells whether invisible chars are there; escapes are looked for here, one indexOf)
  if (text.indexOf('\\u') < 0) {
    const r = scanCore(text, { ...opts, nullIfInvisible: true });
    if (r) return r;
  }
  const u = readable(text);
  if (!u) return scanCore(text, opts);
  const at = u.at;
  const o = { ...opts };
  if (o.acceptFrom !== undefined) o.acceptFrom = decodedAt(at, o.acceptFrom);
  if (o.acceptTo !== undefined) o.acceptTo = decodedAt(at, o.acceptTo);
  const res = scanCore(u.text, o);
  for (const f of res.findings) {
    f.start = at[f.start];
    f.end = at[f.end];
  }
  return res;
}

/** Chars that show nothing: soft hyphen, zero-width space / non-joiner / joiner, word joiner, invisible operators, BOM.
 *  And the look-alikes "fancy text" tools write, the mathematical letters and digits (𝟎𝟗𝟎, 𝐭𝐚𝐫𝐨), whose high surrogate
 *  is U+D835. (Not circled digits: ① opens list items before dates and numbers, and would join them.) */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\ud835]/;
const isInvisible = (c: number) => c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200d) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
/** The ASCII letter or digit a mathematical one (a surrogate pair at i, high half U+D835) stands for, or 0. */
function lookAlike(t: string, i: number): number {
  const cp = 0x10000 + ((t.charCodeAt(i) - 0xd800) << 10) + (t.charCodeAt(i + 1) - 0xdc00);
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return 48 + ((cp - 0x1d7ce) % 10); // 𝟎–𝟿 in five styles
  if (cp >= 0x1d400 && cp <= 0x1d6a3) {
    const k = (cp - 0x1d400) % 52; // bold, italic, script … A–Z then a–z
    return k < 26 ? 65 + k : 97 + k - 26;
  }
  return 0;
}

/**
 * The text with \\uXXXX escapes of chars ≥ U+0080 decoded and invisible chars dropped; `at[i]` is the offset in t of
 * char i of the result (and at[length] = t.length). Null when there is nothing to change (the usual case: one indexOf
 * and one regex test).
 */
function readable(t: string): { text: string; at: Int32Array } | null {
  const esc = t.indexOf('\\u') >= 0;
  const inv = INVISIBLE.test(t);
  if (!esc && !inv) return null;
  const n = t.length;
  const at = new Int32Array(n + 1);
  const parts: string[] = [];
  let out = 0;
  let from = 0;
  let changed = false;
  const flush = (to: number) => {
    for (let j = from; j < to; j++) at[out++] = j;
    if (to > from) parts.push(t.slice(from, to));
  };
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (inv && isInvisible(c)) {
      flush(i);
      from = i + 1;
      changed = true;
      continue;
    }
    if (inv && c === 0xd835) {
      const a = lookAlike(t, i);
      if (a) {
        flush(i);
        parts.push(String.fromCharCode(a));
        at[out++] = i;
        i += 1;
        from = i + 1;
        changed = true;
        continue;
      }
    }
    if (esc && c === 0x5c && t.charCodeAt(i + 1) === 0x75 && i + 6 <= n) {
      const v = hex4(t, i + 2);
      if (v < 0x80) continue;
      // (an escaped backslash before the u is a backslash and a u: "\\\\u5409")
      let bs = 0;
      while (i - bs - 1 >= from && t.charCodeAt(i - bs - 1) === 0x5c) bs++;
      if (bs & 1) continue;
      flush(i);
      parts.push(String.fromCharCode(v));
      at[out++] = i;
      i += 5;
      from = i + 1;
      changed = true;
    }
  }
  if (!changed) return null;
  flush(n);
  at[out] = n;
  return { text: parts.join(''), at: at.subarray(0, out + 1) };
}

/** The value of 4 hex digits at i, or -1. */
function hex4(t: string, i: number): number {
  let v = 0;
  for (let k = i; k < i + 4; k++) {
    const c = t.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

/** The first decoded index whose original offset is ≥ orig. */
function decodedAt(at: Int32Array, orig: number): number {
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (at[m] < orig) lo = m + 1;
    else hi = m;
  }
  return lo;
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
    const res = scanReadable(slice, { acceptFrom: this.ctxLen, acceptTo: cut, carryHeader: this.header, summary: this.builder });
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
