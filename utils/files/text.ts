// Bytes → text for detection: UTF-8, UTF-16 (BOM) or Shift_JIS, chosen by the content, not the file name.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** Picks the encoding of a text sample (BOM first, then strict UTF-8, then Shift_JIS). */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // A sample may end mid-character: drop up to 3 trailing bytes before the strict check.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return 'utf-8';
    } catch {
      /* try a shorter sample */
    }
  }
  return 'shift_jis';
}

/**
 * Share of bytes that look like text (printable ASCII, whitespace, or bytes ≥ 0x80 that multi-byte encodings use).
 * NUL and other control bytes mark binary data.
 */
export function textLikeness(b: Uint8Array): number {
  if (b.length === 0) return 1;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return 1;
  let ok = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c >= 0x20 ? c !== 0x7f : c === 9 || c === 10 || c === 13 || c === 12) ok++;
  }
  return ok / b.length;
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(sniffEncoding(bytes.subarray(0, 64 * 1024))).decode(bytes);
}

/** Printable runs (≥ 4 chars) of a binary blob, like `strings`: a renamed CSV inside unknown binary is still seen. */
export function printableRuns(b: Uint8Array, min = 4): string {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= b.length; i++) {
    const c = i < b.length ? b[i] : 0;
    const ok = c >= 0x20 ? c < 0x7f : c === 9 || c === 10 || c === 13;
    if (ok) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= min) out.push(String.fromCharCode(...b.subarray(start, Math.min(i, start + 4096))));
      start = -1;
    }
  }
  return out.join('\n');
}
