// Folds text to one comparable form WITHOUT changing its length, so offsets in the folded text are the original offsets.
//
// NFKC would merge half-width ｶﾞ into ガ and shift every later offset; we only need the folds detection relies on
// (full-width ASCII, ideographic space, dash variants, half-width katakana), and each of those is one UTF-16 unit in
// and one out. The identity offset map is the cheapest map there is, and `text.slice(f.start, f.end)` is always the
// original matched text.

/** Dashes that always mean "-" (DETECTORS.md list minus the ones that are also letters or box drawing). */
const ALWAYS_DASH = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x23af, 0x23e4, 0xfe58, 0xfe63];
/** Dashes that are also a katakana prolonged sound mark or a box line: only a dash between digits. */
const DIGIT_DASH = [0x30fc, 0xff70, 0x2500, 0x2501];

// Half-width katakana U+FF61..U+FF9F → full-width, one unit each (voicing marks become ゛ ゜ instead of merging).
const HALF_KANA =
  '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜';

const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
FOLD[0x3000] = 0x20;
for (const c of ALWAYS_DASH) FOLD[c] = 0x2d;
for (let i = 0; i < HALF_KANA.length; i++) FOLD[0xff61 + i] = HALF_KANA.charCodeAt(i);
const IS_DIGIT_DASH = new Uint8Array(0x10000);
for (const c of DIGIT_DASH) IS_DIGIT_DASH[c] = 1;

const NEEDS_FOLD = /[\u3000\u2010-\u2015\u2043\u2212\u23af\u23e4\u2500\u2501\u30fc\ufe58\ufe63\uff01-\uff9f]/;

let decoder: TextDecoder | undefined;

function isDigitAt(s: string, i: number): boolean {
  const c = FOLD[s.charCodeAt(i)];
  return c >= 0x30 && c <= 0x39;
}

/** Same-length fold: full-width → ASCII, dash variants → '-', ideographic space → ' ', half-width kana → full-width. */
export function fold(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  const n = text.length;
  const out = new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = FOLD[c];
    if (IS_DIGIT_DASH[c] === 1) {
      f = i > 0 && i + 1 < n && isDigitAt(text, i - 1) && isDigitAt(text, i + 1) ? 0x2d : c === 0xff70 ? 0x30fc : c;
    }
    if (f !== c) changed = true;
    out[i] = f;
  }
  if (!changed) return text;
  decoder ??= new TextDecoder('utf-16le', { ignoreBOM: true });
  // TextDecoder turns a lone surrogate into U+FFFD: still one unit, so the length (and every offset) is kept.
  return decoder.decode(out);
}
