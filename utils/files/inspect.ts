// Judges what an upload carries: every part (file or text) goes through the one detector, by content, not by name.
import { Gunzip } from 'fflate';
import { Scanner, type DetectionSummary } from '../detect';
import { readableFields, type TextField } from './form';
import { officeKind, officeText } from './ooxml';
import { isPdf, pdfText } from './pdf';
import { Uninspectable, type ByteSource, type UninspectableReason } from './source';
import { printableRuns, sniffEncoding, textLikeness } from './text';
import { isZip, ZIP_LIMITS, ZipReader, type ZipLimits } from './zip';

export type FileKind = 'text' | 'xlsx' | 'docx' | 'pptx' | 'zip' | 'pdf' | 'gzip' | 'media' | 'binary' | 'empty';

export interface PartResult {
  name?: string;
  size: number;
  kind: FileKind;
  uninspectable?: UninspectableReason;
  detail?: string;
}

export interface InspectLimits {
  /**
   * Most bytes of one text file streamed through the detector, and most characters of text the detector reads from one
   * file of any kind (sheets, slides, PDF text, archive members, printable runs); beyond it the file is over the limit.
   */
  maxTextBytes: number;
  /** Largest PDF read into memory. */
  maxPdfBytes: number;
  zip: ZipLimits;
  minConfidence: number;
}

// The same cap as the policy default (detection.maxFileBytes).
export const INSPECT_LIMITS: InspectLimits = { maxTextBytes: 32 << 20, maxPdfBytes: 32 << 20, zip: ZIP_LIMITS, minConfidence: 0.8 };

/** The limits a policy asks for: its byte cap bounds text, unknown binary and PDF alike. */
export function inspectLimits(detection: { maxFileBytes: number; minConfidence: number }): InspectLimits {
  const cap = Math.max(1, detection.maxFileBytes);
  return { ...INSPECT_LIMITS, maxTextBytes: cap, maxPdfBytes: cap, minConfidence: detection.minConfidence };
}

export interface Inspection {
  summary: DetectionSummary;
  parts: PartResult[];
  /** The first reason a part could not be (fully) inspected. */
  uninspectable?: UninspectableReason;
}

// Inspection runs on the page's own thread: read in 1 MiB slices and scan in 256 Ki-char windows, so the longest stretch
// without a turn for the page is one window's scan, not one file's.
const SLICE = 1 << 20;
const WINDOW_CHARS = 256 << 10;

const MEDIA_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
  [0x1a, 0x45, 0xdf, 0xa3], // Matroska / WebM
  [0x49, 0x44, 0x33], // MP3 with ID3
];
// Archives and containers we cannot open: a customer list could hide in them.
const OPAQUE_MAGIC: [number[], UninspectableReason][] = [
  [[0x37, 0x7a, 0xbc, 0xaf], 'unsupported_archive'], // 7z
  [[0x52, 0x61, 0x72, 0x21], 'unsupported_archive'], // RAR
  [[0xd0, 0xcf, 0x11, 0xe0], 'encrypted'], // OLE2: legacy .xls/.doc, or a password-protected XLSX/DOCX
];
const starts = (h: Uint8Array, m: number[]) => m.every((b, i) => h[i] === b);
const isMp4 = (h: Uint8Array) => h[4] === 0x66 && h[5] === 0x74 && h[6] === 0x79 && h[7] === 0x70; // ....ftyp

export class ContentInspector {
  private readonly scanner: Scanner;
  readonly parts: PartResult[] = [];
  /** Characters of text the current file may still feed the detector. */
  private textLeft = Infinity;

  constructor(private readonly limits: InspectLimits = INSPECT_LIMITS) {
    this.scanner = new Scanner({ minConfidence: limits.minConfidence, windowChars: WINDOW_CHARS });
  }

  /**
   * The text fields of one body, in order (FormData entries, or one string body): read as a person would read the
   * form (URL-encoded and escaped JSON decoded, field names as labels, numbers split over boxes joined).
   */
  fields(run: TextField[]): PartResult {
    return this.text(readableFields(run), run.length === 1 ? run[0].name : undefined);
  }

  /** Text, scanned as written. */
  text(s: string, name?: string): PartResult {
    const over = s.length > this.limits.maxTextBytes;
    this.textLeft = Infinity; // already cut to the limit here
    this.push(over ? s.slice(0, this.limits.maxTextBytes) : s);
    const r: PartResult = { name, size: s.length, kind: 'text', ...(over ? { uninspectable: 'too_large' as const } : {}) };
    this.parts.push(r);
    return r;
  }

  /** A file or binary body, read in slices. Never throws: failures become an uninspectable part. */
  async file(src: ByteSource, name?: string): Promise<PartResult> {
    const r: PartResult = { name, size: src.size, kind: 'binary' };
    this.parts.push(r);
    this.textLeft = this.limits.maxTextBytes;
    try {
      await this.read(src, r, 0);
    } catch (e) {
      r.uninspectable = e instanceof Uninspectable ? e.reason : 'unreadable';
      r.detail = (e as Error).message;
    }
    return r;
  }

  end(): Inspection {
    const bad = this.parts.find((p) => p.uninspectable);
    return { summary: this.scanner.end(), parts: this.parts, ...(bad ? { uninspectable: bad.uninspectable } : {}) };
  }

  private push(s: string) {
    this.feed(s);
    this.scanner.push('\n\n');
  }

  /** The detector reads at most `maxTextBytes` characters of one file, whatever container the text came out of. */
  private feed(s: string) {
    if (s.length <= this.textLeft) {
      this.textLeft -= s.length;
      return this.scanner.push(s);
    }
    let end = this.textLeft;
    if (end > 0 && (s.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    this.scanner.push(s.slice(0, end));
    this.textLeft = 0;
    throw new Uninspectable('too_large', `more than ${this.limits.maxTextBytes} characters of text`);
  }

  private async read(src: ByteSource, r: PartResult, depth: number): Promise<void> {
    if (src.size === 0) return void (r.kind = 'empty');
    const head = await src.read(0, Math.min(src.size, 64 * 1024));
    if (isZip(head)) return this.zip(src, r, depth);
    if (isPdf(head)) {
      r.kind = 'pdf';
      if (src.size > this.limits.maxPdfBytes) throw new Uninspectable('too_large', `${src.size} bytes`);
      return this.push(pdfText(await src.read(0, src.size)));
    }
    if (head[0] === 0x1f && head[1] === 0x8b) {
      r.kind = 'gzip';
      return this.gzip(src, r, depth);
    }
    for (const [m, reason] of OPAQUE_MAGIC) if (starts(head, m)) throw new Uninspectable(reason, 'container');
    if (MEDIA_MAGIC.some((m) => starts(head, m)) || isMp4(head)) return void (r.kind = 'media');
    if (textLikeness(head) >= 0.95) {
      r.kind = 'text';
      return this.stream(src, sniffEncoding(head));
    }
    // Unknown binary: its printable runs still reveal a list hidden under another name.
    r.kind = 'binary';
    const end = Math.min(src.size, this.limits.maxTextBytes);
    for (let s = 0; s < end; s += SLICE) this.feed(printableRuns(await src.read(s, Math.min(end, s + SLICE))) + '\n');
    if (src.size > end) throw new Uninspectable('too_large', `${src.size} bytes`);
  }

  private async stream(src: ByteSource, encoding: string) {
    const dec = new TextDecoder(encoding);
    const end = Math.min(src.size, this.limits.maxTextBytes);
    for (let s = 0; s < end; s += SLICE) this.feed(dec.decode(await src.read(s, Math.min(end, s + SLICE)), { stream: true }));
    this.push(dec.decode());
    if (src.size > end) throw new Uninspectable('too_large', `${src.size} bytes`);
  }

  private async zip(src: ByteSource, r: PartResult, depth: number) {
    const zip = await ZipReader.open(src, this.limits.zip);
    const office = officeKind(zip);
    if (office) {
      r.kind = office;
      if (zip.entries.some((e) => e.encrypted)) throw new Uninspectable('encrypted', office);
      return officeText(zip, office, (t) => this.feed(t));
    }
    r.kind = 'zip';
    if (depth >= 2) throw new Uninspectable('unsupported_archive', 'nested archives');
    // Every member is judged like a file of its own, within the archive's shared caps.
    for (const e of zip.entries) {
      if (e.name.endsWith('/')) continue;
      const data = await zip.read(e);
      const inner: PartResult = { name: e.name, size: data.length, kind: 'binary' };
      await this.read({ size: data.length, read: async (s, t) => data.subarray(s, t) }, inner, depth + 1);
    }
  }

  private async gzip(src: ByteSource, r: PartResult, depth: number) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const cap = Math.min(this.limits.zip.maxEntryBytes, Math.max(1 << 20, src.size * this.limits.zip.maxRatio));
    const g = new Gunzip((c) => {
      total += c.length;
      if (total > cap) throw new Uninspectable('zip_bomb', `gzip ${total} bytes`);
      chunks.push(c);
    });
    try {
      for (let s = 0; s < src.size; s += SLICE) g.push(await src.read(s, Math.min(src.size, s + SLICE)), s + SLICE >= src.size);
    } catch (e) {
      if (e instanceof Uninspectable) throw e;
      throw new Uninspectable('corrupt', `gzip: ${(e as Error).message}`);
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) out.set(c, o), (o += c.length);
    await this.read({ size: total, read: async (s, t) => out.subarray(s, t) }, r, depth + 1);
    r.kind = 'gzip';
  }
}

/** Inspects one file on its own. */
export async function inspectFile(src: ByteSource, name?: string, limits?: InspectLimits): Promise<Inspection> {
  const ins = new ContentInspector(limits);
  await ins.file(src, name);
  return ins.end();
}
