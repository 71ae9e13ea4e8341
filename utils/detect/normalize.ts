// Folds text to one comparable form WITHOUT changing its length, so offsets in the folded text are the original offsets.
//
// NFKC would merge half-width ｶﾞ into ガ and shift every later offset; we only need the folds detection relies on
// (full-width digits/letters, dash variants, half-width katakana), and each of those is one UTF-16 unit in
// and one out. The identity offset map is the cheapest map there is, and `text.slice(f.start, f.end)` is always the
// original matched text.

/** Dashes that always mean "-" (DETECTORS.md list minus the ones that are also letters or box drawing). */
const ALWAYS_DASH = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x23af, 0x23e4, 0xfe58, 0xfe63];
/** Dashes that are also a katakana prolonged sound mark or a box line: only a dash between digits. */
const DIGIT_DASH = [0x30fc, 0xff70, 0x2500, 0x2501];

// Half-width katakana U+FF61..U+FF9F → full-width, one unit each (voicing marks become ゛ ゜ instead of merging).
const HALF_KANA =
  '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜';

const IS_ALWAYS_DASH = new Set(ALWAYS_DASH);

/** The folded code of one UTF-16 unit (ranges, not a 64K table: nothing to build at import time). */
function foldCode(c: number): number {
  if (c < 0x2010) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c >= 0xff61 && c <= 0xff9f) return HALF_KANA.charCodeAt(c - 0xff61);
  return IS_ALWAYS_DASH.has(c) ? 0x2d : c;
}
/**
 * Dashes that are also a katakana prolonged sound mark or a box line (ー ｰ ─ ━): folded to '-' only between digits.
 * They are the only chars whose fold depends on their neighbours, and only when there is a digit on each side: a span
 * of text with no such dash-between-digits folds the same on its own as inside the whole text.
 */
export const isDigitDash = (c: number) => c === 0x30fc || c === 0xff70 || c === 0x2500 || c === 0x2501;

// Only what detection reads is folded: full-width digits, letters and @ . - + _, dash variants, half-width kana.
// Full-width punctuation such as （ ） 、 and the ideographic space are left alone (the detector accepts both forms),
// which keeps ordinary Japanese text on the fast path.
// (?<![0-9]): a digit run that is not followed by dash-digit fails at its first digit, and would fail again at each
// later one (each attempt re-reads the rest of the run: quadratic in its length); no match can start after an ASCII
// digit that did not start one, since a match that takes that digit takes the whole run.
const FOLD_RE =
  /(?<![0-9])[0-9\uff10-\uff19]+(?:[\u30fc\uff70\u2500\u2501][0-9\uff10-\uff19]+)+|[\u2010-\u2015\u2043\u2212\u23af\u23e4\ufe58\ufe63\uff0b\uff0d\uff0e\uff10-\uff19\uff20-\uff3a\uff3f\uff41-\uff5a\uff61-\uff9f]+/g;

/** Is there anything to fold? One native scan; a digit only costs a look at the next char. */
const NEED_RE =
  /[\u2010-\u2015\u2043\u2212\u23af\u23e4\ufe58\ufe63\uff0b\uff0d\uff0e\uff10-\uff19\uff20-\uff3a\uff3f\uff41-\uff5a\uff61-\uff9f]|[0-9][\u30fc\uff70\u2500\u2501][0-9\uff10-\uff19]/;

function foldRun(m: string, offset: number, whole: string): string {
  if (m.length === 1) return String.fromCharCode(foldAt(whole, offset, m.charCodeAt(0)));
  if (m.length <= 32) {
    // short runs (most): no array, no apply
    let r = '';
    for (let i = 0; i < m.length; i++) r += String.fromCharCode(foldAt(whole, offset + i, m.charCodeAt(i)));
    return r;
  }
  const out: number[] = new Array(m.length);
  for (let i = 0; i < m.length; i++) out[i] = foldAt(whole, offset + i, m.charCodeAt(i));
  if (out.length <= 8192) return String.fromCharCode.apply(null, out);
  let r = '';
  for (let i = 0; i < out.length; i += 8192) r += String.fromCharCode.apply(null, out.slice(i, i + 8192));
  return r;
}
/** The folded code of c, found at i in s. */
function foldAt(s: string, i: number, c: number): number {
  if (!isDigitDash(c)) return foldCode(c);
  const between = i > 0 && i + 1 < s.length && isDigitAt(s, i - 1) && isDigitAt(s, i + 1);
  return between ? 0x2d : c === 0xff70 ? 0x30fc : c;
}

function isDigitAt(s: string, i: number): boolean {
  const c = foldCode(s.charCodeAt(i));
  return c >= 0x30 && c <= 0x39;
}

/** Same-length fold: full-width → ASCII, dash variants → '-', half-width kana → full-width. */
export function fold(text: string): string {
  if (!NEED_RE.test(text)) return text;
  FOLD_RE.lastIndex = 0;
  return text.replace(FOLD_RE, foldRun as (m: string, ...rest: unknown[]) => string);
}

/** Exactly the chars a regex \s matches (for checks that run too often to build a one-char string each time). */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
