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
// fold() gives exactly what this global replace gives, each matched char c at i becoming foldAt(text, i, c) (a unit
// test holds it to it):
//   /(?<![0-9])[0-9\uff10-\uff19]+(?:[\u30fc\uff70\u2500\u2501][0-9\uff10-\uff19]+)+|[\u2010-\u2015\u2043\u2212\u23af
//    \u23e4\ufe58\ufe63\uff0b\uff0d\uff0e\uff10-\uff19\uff20-\uff3a\uff3f\uff41-\uff5a\uff61-\uff9f]+/g
// i.e. left to right, a "digit run" match (digits of either width, then dash + digits one or more times, not starting
// right after an ASCII digit) or else a run of foldable chars. The replace called back for every match with a new
// string; here a native search (no match object, nextStart) finds where the next match may start, and the rest is
// char codes.
// Where a match may start: a foldable char, or an ASCII digit right before a dash between digits, i.e.
//   /[<the foldable class>]|[0-9](?=[\u30fc\uff70\u2500\u2501][0-9\uff10-\uff19])/g
// The native search looks for a superset that is cheaper to test at every char (two ranges, no lookahead: ~30 % less
// time on mixed text), and nextStart() drops the few chars of those ranges that do not fold (（ ： → …).
const NEXT_RE = /[\u2010-\u23e4\ufe58-\uff9f]|[0-9][\u30fc\uff70\u2500\u2501][0-9\uff10-\uff19]/g;

/** Where the next match of the regex above starts at or after i, or -1. */
function nextStart(text: string, i: number): number {
  const re = NEXT_RE;
  for (;;) {
    re.lastIndex = i;
    if (!re.test(text)) return -1;
    const e = re.lastIndex;
    // the digit-dash-digit branch (a one-char match ending there would have been found from e - 3 first: leftmost)
    if (e - 3 >= i && isAsciiDigit(text.charCodeAt(e - 3)) && isDigitDash(text.charCodeAt(e - 2)) && isAnyDigit(text.charCodeAt(e - 1))) return e - 3;
    if (isFoldable(text.charCodeAt(e - 1))) return e - 1;
    i = e; // a char of the ranges that does not fold
  }
}

/** A char of the foldable-run branch (the class of NEXT_RE's first branch). */
function isFoldable(c: number): boolean {
  if (c >= 0xff0b) {
    if (c >= 0xff61) return c <= 0xff9f;
    if (c >= 0xff41) return c <= 0xff5a;
    if (c >= 0xff20) return c <= 0xff3a || c === 0xff3f;
    return c >= 0xff10 ? c <= 0xff19 : c === 0xff0b || c === 0xff0d || c === 0xff0e;
  }
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2043 || c === 0x2212 || c === 0x23af || c === 0x23e4 || c === 0xfe58 || c === 0xfe63;
}
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAnyDigit = (c: number) => isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19);

/** End of the digits (either width) from i. */
function digitsEnd(s: string, i: number, n: number): number {
  while (i < n && isAnyDigit(s.charCodeAt(i))) i++;
  return i;
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

/** s[a, b) with every char folded by foldAt. */
function foldSpan(s: string, a: number, b: number): string {
  if (b - a <= 32) {
    // short spans (most): no array, no apply
    let r = '';
    for (let i = a; i < b; i++) r += String.fromCharCode(foldAt(s, i, s.charCodeAt(i)));
    return r;
  }
  // a long one (a megabyte of "1ー1ー…"): char codes in chunks, not one string per char
  let r = '';
  const codes: number[] = new Array(Math.min(8192, b - a));
  for (let i = a; i < b; i += 8192) {
    const m = Math.min(8192, b - i);
    if (m < codes.length) codes.length = m;
    for (let k = 0; k < m; k++) codes[k] = foldAt(s, i + k, s.charCodeAt(i + k));
    r += String.fromCharCode.apply(null, codes);
  }
  return r;
}

/** Same-length fold: full-width → ASCII, dash variants → '-', half-width kana → full-width. */
export function fold(text: string): string {
  const n = text.length;
  // The pieces are joined once at the end, not added up with +=: that made a rope of thousands of strings, which the
  // first charCodeAt flattened (a copy), and every later charCodeAt of every pass still went through the rope's head
  // (~30 % slower per char than on the flat string join gives).
  const out: string[] = [];
  let from = 0; // text[from, i) is not folded
  let i = 0;
  while (i < n) {
    const q = nextStart(text, i);
    if (q < 0) break;
    // Before q nothing folds and no match starts (a digit-run match needs a dash between digits, a foldable run a
    // foldable char). ASCII digits just before q belong to q's digit run: the match starts with them.
    let r = q;
    if (isAnyDigit(text.charCodeAt(q))) while (r > i && isAsciiDigit(text.charCodeAt(r - 1))) r--;
    const c = text.charCodeAt(r);
    let b = -1;
    if (isAnyDigit(c) && !(r > 0 && isAsciiDigit(text.charCodeAt(r - 1)))) {
      const run = digitsEnd(text, r, n);
      let j = run;
      while (j + 1 < n && isDigitDash(text.charCodeAt(j)) && isAnyDigit(text.charCodeAt(j + 1))) j = digitsEnd(text, j + 2, n);
      if (j > run) b = j;
      else {
        // No match here, nor at any later digit of this run (same end, same char after it): its full-width digits
        // fall to the foldable branch, its ASCII digits stay (as foldSpan leaves them: one piece for the run, not
        // two for each full-width digit), and the search goes on after the run.
        let k = r;
        while (k < run && text.charCodeAt(k) < 128) k++;
        if (k < run) {
          out.push(text.slice(from, k), foldSpan(text, k, run));
          from = run;
        }
        i = run;
        continue;
      }
    } else {
      // a foldable run (r === q here: q is foldable, since a digit at q would have been a digit run's)
      b = r + 1;
      while (b < n && isFoldable(text.charCodeAt(b))) b++;
    }
    // leading ASCII digits of a digit-run match stay as they are
    let a = r;
    while (a < b && isAsciiDigit(text.charCodeAt(a))) a++;
    out.push(text.slice(from, a), foldSpan(text, a, b));
    from = i = b;
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Exactly the chars a regex \s matches (for checks that run too often to build a one-char string each time). */
export function isJsSpace(c: number): boolean {
  // most chars asked about are letters, digits, kana or kanji: two compares say no to them (was up to 13)
  if (c <= 0x20) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
