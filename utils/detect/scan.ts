// The detector core: one pass over folded text collects digit runs, context words and candidates; small passes validate them.
import { firstStartAtOrAfter, inSpanPairs, lowerBound } from './sorted';
import { cardBrand, isCorporateNumber, isIban, isMyNumber, isSsn, luhn } from './checksums';
import { K, KEYWORDS, LABEL_KINDS, PREFECTURES } from './keywords';
import { givenKind, notNameWord, ordinaryPhrase, scanEnglish } from './en';
import { ordinaryWord } from './en-word';
import { mask, maskSpan } from './mask';
import { FAMILY_NAMES } from './names-data';
import { buildJaNames, JA_CANDIDATE, JA_KIN_LAST, jaCandidateAt, jaFirstChars, jaFamilyInside, jaFamilyPairs, jaGiven23, jaSpeakerGiven, jaHiraGiven, jaIsFamily, jaKataOne, jaKataPair, jaKataRoleFirstChars, jaUnlikeName, scanJaNames } from './names-ja';
import { fold, isDigitDash, isJsSpace } from './normalize';
import type { SummaryBuilder } from './people';
import type { Finding, FindingType, SensitiveCategory } from './types';
import { SENSITIVE_CATEGORIES } from './types';

/** Findings below this are dropped, not returned: they are noise for every consumer. */
export const FLOOR = 0.3;

// ---------------------------------------------------------------------------------------------------------------
// Growable int list (typed array), to avoid per-item objects in the hot loop.
class IntList {
  a: Int32Array;
  n = 0;
  constructor(cap = 256) {
    this.a = new Int32Array(cap);
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  /** Empties the list for the next scan; one grown huge by a big scan is given back. */
  reset(cap: number): IntList {
    this.n = 0;
    if (this.a.length > 1 << 16) this.a = new Int32Array(cap);
    return this;
  }
}

// The lists every scan fills, reused (a scan never runs inside another and keeps none of them): allocating ~15 typed
// arrays per call cost more than scanning a short text (a 5-char scan took ~25 µs, 3/4 of it in new Int32Array).
let POOL: IntList[] | null = null;
function pooled(k: number, cap: number): IntList {
  if (!POOL) POOL = [];
  const l = POOL[k];
  if (l) return l.reset(cap);
  return (POOL[k] = new IntList(cap));
}

// ---------------------------------------------------------------------------------------------------------------
// Keyword table: entries grouped by their first two chars (longest first). ASCII words are matched case-insensitively.
// Built on the first scan, not at import: a content script that never scans pays nothing, and no 64K-long loop runs
// in a cold page (typed arrays come zeroed; only the chars that start something are written).
interface Entry {
  w: string;
  kind: number;
  cat: number; // index into SENSITIVE_CATEGORIES + 1, or 0
  ascii: boolean;
  /** pairHash of the first two chars (-1 for a one-char word): the bucket */
  h: number;
}
let FIRST = new Uint8Array(0);
const ENTRIES: Entry[] = [];
/**
 * Keywords of two or more chars by a hash of their first two: ENTRIES[KS[h] .. KE[h]), longest first (flat tables: no
 * Map lookup per char; an empty range is the filter that turns most chars away). Entries whose pairs collide share a
 * range, so a match compares the first char too.
 */
let KS = new Uint16Array(0);
let KE = new Uint16Array(0);
/**
 * Per entry, its length and its third char (0xffff when it has none): a candidate whose third char differs is turned
 * away without reading the entry (most English words share their first two letters with some keyword).
 */
let E_LEN = new Uint16Array(0);
let E_C2 = new Uint16Array(0);
/** The one-char keyword that is c, as its ENTRIES index + 1 (0: none). */
let KW1 = new Uint16Array(0);
const pairHash = (a: number, b: number) => ((a << 6) ^ b) & 0xffff;
/**
 * Non-zero for chars that may start something: digits, ASCII letters, '@', keyword and family-name first chars. Above
 * ASCII, bits say what: C_KW starts a keyword, C_KW1 is one, C_FAM starts a family name, C_FAM1 is one.
 */
let CLS = new Uint8Array(0);
const C_ANY = 1;
const C_KW = 2;
const C_KW1 = 4;
const C_FAM = 8;
const C_FAM1 = 16;
/** ends a kinship word (父 妻 長女): names-ja.ts looks for a given name after it */
const C_KIN = 32;
/** shows nothing (a zero-width space, a soft hyphen) or stands for an ASCII char (𝟎, 𝐭): the text is read again
 *  without them (index.ts) */
const C_INV = 64;
/** By pairHash of a char and the next (upper-case ASCII lowered): P_KW a keyword, P_FAM a family name may start so. */
let PAIRS = new Uint8Array(0);
const P_KW = 1;
const P_FAM = 2;
// Family names: 1-char names in a flag table; 2- and 3-char names by numeric key (no substring allocation).
let FAM1 = new Uint8Array(0);
let FAM_FIRST = new Uint8Array(0);
const FAM3 = new Set<string>();
/**
 * 2-char names (FP_2) and the first two chars of 3-char names (FP_3) by pairKey, in an open-addressing table of int32
 * (slot: key + 1, 0 empty) with the bits beside it: pass 1 asks at every kanji-run start that may begin a family name,
 * and two Set look-ups there cost more than the rest of the test.
 */
const FP_LOG = 12; // 4,096 slots: > 4 × the pairs, short probes
let FP_KEY = new Int32Array(0);
let FP_BITS = new Uint8Array(0);
const FP_2 = 1;
const FP_3 = 2;
function fpSlot(k: number): number {
  const mask = FP_KEY.length - 1;
  let i = Math.imul(k, 0x9e3779b1) >>> (32 - FP_LOG);
  while (FP_KEY[i] !== 0 && FP_KEY[i] !== k + 1) i = (i + 1) & mask;
  return i;
}
/** FP_ bits of the pair key k (≥ 0). */
function fpBits(k: number): number {
  const i = fpSlot(k);
  return FP_KEY[i] === k + 1 ? FP_BITS[i] : 0;
}
function fpAdd(k: number, bits: number): void {
  if (k < 0) return; // (never asked: callers test k ≥ 0 first)
  const i = fpSlot(k);
  FP_KEY[i] = k + 1;
  FP_BITS[i] |= bits;
}
/** Two CJK chars as one small integer (stays a V8 Smi: no heap numbers in the hot loop); -1 when not CJK-ish. */
function pairKey(a: number, b: number): number {
  const pa = pairCode(a);
  const pb = pairCode(b);
  return (pa | pb) < 0 ? -1 : (pa << 15) | pb;
}
/** 0x3000–0x9fff to 0–0x6fff, the compatibility ideographs (﨑) 0xf900–0xfaff to 0x7000–0x71ff, else -1. */
function pairCode(c: number): number {
  if (c >= 0x3000 && c <= 0x9fff) return c - 0x3000;
  if (c >= 0xf900 && c <= 0xfaff) return c - 0xf900 + 0x7000;
  return -1;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
let built = false;
function buildTables(): void {
  built = true;
  FIRST = new Uint8Array(0x10000);
  // Uint16: a few hundred entries; half the pages of Int32 to fault in on the first scan of a page
  KS = new Uint16Array(0x10000);
  KE = new Uint16Array(0x10000);
  KW1 = new Uint16Array(0x10000);
  CLS = new Uint8Array(0x10000);
  PAIRS = new Uint8Array(0x10000);
  FAM1 = new Uint8Array(0x10000);
  FAM_FIRST = new Uint8Array(0x10000);
  FP_KEY = new Int32Array(1 << FP_LOG);
  FP_BITS = new Uint8Array(1 << FP_LOG);
  const byWord = new Map<string, Entry>();
  for (const k of KEYWORDS) {
    const word = fold(k.word).toLowerCase();
    const prev = byWord.get(word);
    const cat = k.cat ? SENSITIVE_CATEGORIES.indexOf(k.cat) + 1 : 0;
    if (prev) {
      prev.kind |= k.kind;
      if (cat) prev.cat = cat;
    } else {
      const h = word.length > 1 ? pairHash(word.charCodeAt(0), word.charCodeAt(1)) : -1;
      byWord.set(word, { w: word, kind: k.kind, cat, ascii: PRINTABLE_ASCII.test(word), h });
    }
  }
  const all = [...byWord.values()].sort((x, y) => x.h - y.h || y.w.length - x.w.length);
  if (all.length >= 0xffff) throw new Error('keyword tables hold at most 65,534 entries');
  E_LEN = new Uint16Array(all.length);
  E_C2 = new Uint16Array(all.length);
  for (let j = 0; j < all.length; j++) {
    const e = all[j];
    const c = e.w.charCodeAt(0);
    FIRST[c] = 1;
    CLS[c] |= C_ANY | C_KW;
    ENTRIES.push(e);
    E_LEN[j] = e.w.length;
    E_C2[j] = e.w.length > 2 ? e.w.charCodeAt(2) : 0xffff;
    if (e.w.length === 1) {
      KW1[c] = j + 1;
      CLS[c] |= C_KW1;
    } else {
      const h = e.h;
      if (KS[h] === KE[h]) KS[h] = j;
      KE[h] = j + 1;
      PAIRS[h] |= P_KW;
    }
  }
  for (const nm of withVariants(FAMILY_NAMES.split('|'))) {
    const a = nm.charCodeAt(0);
    FAM_FIRST[a] = 1;
    CLS[a] |= C_ANY | C_FAM;
    if (nm.length === 1) CLS[a] |= C_FAM1;
    else PAIRS[pairHash(a, nm.charCodeAt(1))] |= P_FAM;
    if (nm.length === 1) FAM1[a] = 1;
    else if (nm.length === 2) fpAdd(pairKey(a, nm.charCodeAt(1)), FP_2);
    else if (nm.length === 3) {
      fpAdd(pairKey(a, nm.charCodeAt(1)), FP_3);
      FAM3.add(nm);
    }
  }
  // the IPADIC family names and 李-style names of names-ja.ts start at these chars too (its candidates: familyAt);
  // C_FAM1: familyAt is asked whatever the next char (names-ja.ts has no pair table)
  buildJaNames();
  const jf = jaFirstChars();
  for (let k = 0; k < jf.length; k++) {
    const ch = jf.charCodeAt(k);
    FAM_FIRST[ch] = 1;
    CLS[ch] |= C_ANY | C_FAM | C_FAM1;
  }
  // names-ja.ts's JA_FAMILY_MORE: their first chars stop the pass already; their pairs ask familyAt
  jaFamilyPairs(true, (a, b) => {
    if (!(CLS[a] & C_FAM)) return;
    FAM_FIRST[a] = 1;
    PAIRS[pairHash(a, b)] |= P_FAM;
  });
  // JA_FAMILY's pairs too: its first chars ask familyAt whatever the next char at a run start (C_FAM1); inside a run
  // (参謀寺岡真三) the pass asks names-ja.ts only where the pair may start one
  jaFamilyPairs(false, (a, b) => {
    PAIRS[pairHash(a, b)] |= P_FAM;
  });
  // roles after a katakana name (ギゾー首相): the pass notes kanji right after katakana where it stops
  const kr = jaKataRoleFirstChars();
  for (let k = 0; k < kr.length; k++) CLS[kr.charCodeAt(k)] |= C_ANY;
  for (let k = 0; k < JA_KIN_LAST.length; k++) CLS[JA_KIN_LAST.charCodeAt(k)] |= C_ANY | C_KIN;
  for (let c = 48; c <= 57; c++) CLS[c] = C_ANY;
  for (let c = 0xc0; c <= 0x24f; c++) CLS[c] |= C_ANY; // Latin letters beyond ASCII: noted once (Pass1.latin)
  for (let c = 65; c <= 90; c++) CLS[c] = CLS[c + 32] = C_ANY;
  CLS[64] = C_ANY;
  CLS[0x3000] |= C_ANY; // noted in Pass1.wide
  for (const c of [0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0xd835]) CLS[c] |= C_ANY | C_INV;
}

/**
 * Old and variant forms that family names are registered in and customer records keep (髙橋, 山﨑, 渡邊, 齋藤, 濱田):
 * each name also in every form with one char replaced.
 */
const VARIANT_FORMS: Record<string, string> = { 高: '髙', 崎: '﨑', 辺: '邊邉', 斎: '齋齊', 浜: '濱濵', 沢: '澤', 桜: '櫻', 広: '廣', 島: '嶋', 徳: '德', 曽: '曾', 条: '條', 国: '國', 関: '關', 竜: '龍', 恵: '惠', 黒: '黑' };
function withVariants(names: string[]): string[] {
  const out = names.slice();
  for (const nm of names)
    for (let i = 0; i < nm.length; i++) {
      const vs = VARIANT_FORMS[nm[i]];
      if (vs) for (const v of vs) out.push(nm.slice(0, i) + v + nm.slice(i + 1));
    }
  return out;
}

/** Is a 2–3 char gimei family name at i? */
function gimeiAt(t: string, i: number): boolean {
  const k2 = pairKey(t.charCodeAt(i), t.charCodeAt(i + 1));
  if (k2 < 0) return false;
  const b = fpBits(k2);
  return (b & FP_2) !== 0 || ((b & FP_3) !== 0 && FAM3.has(t.substr(i, 3)));
}
/** Length of the gimei family name starting at i (longest); else JA_CANDIDATE for a names-ja.ts candidate, or 0. */
function familyAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (FAM_FIRST[c] !== 1) return 0;
  const k2 = pairKey(c, t.charCodeAt(i + 1));
  if (k2 >= 0) {
    const b = fpBits(k2);
    if (b & FP_3 && FAM3.has(t.substr(i, 3))) return 3;
    if (b & FP_2) return 2;
  }
  return FAM1[c] === 1 ? 1 : jaCandidateAt(t, i);
}
// Kanji that end given names often; a family name + 1–2 kanji ending so is probably a person.
const GIVEN_END = new Set(
  '郎男夫雄彦介助輔太一二三司治士也哉人樹斗翔平吾蔵造之真希子美香恵江代枝奈菜那乃花華理里沙紗織絵衣依佳加愛未実羅良亮涼輝明光晃紀記規典則徳博弘浩宏寛裕隆孝貴敬啓健賢謙憲誠成正昌政勝克和元文章彰秀英栄伸信進仁忠直尚将翼悟聡智武剛豪蓮陽葵結優悠遥陸海歩凛凜康泰保茂敏勇功清幸昭晴朗洋良穂咲彩萌瞳舞'.split(
    '',
  ).map((c) => c.charCodeAt(0)),
);
// After a family name, these kanji make it a place, an institution or a thing, not a person.
const NOT_GIVEN_START = new Set(
  '病症炎県市区町村郡都府道駅線川寺橋島家党社店園館城港通院所署局部課係科室屋湾岬沢池丘台原野谷浜崎坂峠宮神殿門口内外前後上下東西南北町学校会議庁省軍隊団組連協派系族氏様殿君選邸側方面region'.split('').map((c) =>
    c.charCodeAt(0),
  ),
);
/** Two or three kanji after a family name that make it an office or a business, not a given name (梅田支店, 清水工場). */
const NOT_GIVEN_WORD = new Set(
  '支店|本店|支社|本社|支部|本部|支所|分室|工場|病院|医院|銀行|会館|商店|書店|薬局|営業所|出張所|事務所|事業所|研究所|製作所|販売所|分院|霊園|公園|倉庫|店舗'.split('|'),
);

// ---------------------------------------------------------------------------------------------------------------
// (with the compatibility ideographs that name people: 﨑 U+FA11, 德 U+FA26 … no normalisation folds them)
const isKanji = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005 || (c >= 0x3400 && c <= 0x4dbf) || c === 0x30f6 || (c >= 0xf900 && c <= 0xfaff);
const isKata = (c: number) => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x309b || c === 0x309c;
const isHira = (c: number) => c >= 0x3041 && c <= 0x3096;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isAsciiLetter = (c: number) => isUpper(c) || isLower(c);
const isAlnum = (c: number) => isDigit(c) || isAsciiLetter(c);
const isLatinLower = (c: number) => isLower(c) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0x27 || c === 0x2d;
/** Punctuation that may end a name's word: 、。,.:：()（）「」/ */
const isPunct = (c: number) =>
  c === 0x3001 || c === 0x3002 || c === 0x2c || c === 0x2e || c === 0x3a || c === 0xff1a || c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09 || c === 0x300c || c === 0x300d || c === 0x2f;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;

// ---------------------------------------------------------------------------------------------------------------
export interface CoreOptions {
  /** Only findings starting in [acceptFrom, acceptTo) are returned (streaming windows). */
  acceptFrom?: number;
  acceptTo?: number;
  /** A table header carried over from the previous streaming window. */
  carryHeader?: TableHeader | null;
  /** Gets every returned finding, in order, once it is masked: the summary is built in the same pass. */
  summary?: SummaryBuilder;
  /** Return null, having reported nothing, when the text holds a char that shows nothing (the caller reads it again
   *  without them): pass 1 notices, so the usual text pays no search of its own. */
  nullIfInvisible?: boolean;
}
export interface TableHeader {
  delim: string;
  kinds: number[];
}
export interface CoreResult {
  findings: Finding[];
  /** The table header whose rows continue at acceptTo, for the next window. */
  openHeader: TableHeader | null;
}

interface Ctx {
  text: string;
  t: string;
  n: number;
  hPos: Int32Array;
  hEnd: Int32Array;
  hKind: Int32Array;
  hCat: Int32Array;
  hN: number;
  cS: IntList;
  cE: IntList;
  cK: IntList;
  headerLines: IntList; // start,end pairs of header rows (their words are labels, not values)
  out: Finding[];
  /** Starts of confident names that fill a tab-separated cell, in the order added (for inferNameColumns). */
  cellNames: IntList;
  /** the same for comma-separated cells (a CSV export without a header) */
  csvNames: IntList;
  /** The running-text name passes are on: names they find outside labels and cells are marked `prose`. */
  prose: boolean;
  nextTab: NextChar;
  nextComma: NextChar;
}

function add(ctx: Ctx, type: FindingType, start: number, end: number, confidence: number, key?: string, category?: SensitiveCategory): void {
  if (confidence < FLOOR || end <= start) return;
  const c = Math.round(confidence * 100) / 100;
  // One literal per shape: properties added after a literal go to a separate backing store, one more object for
  // every finding to copy when it survives a scavenge. Same properties in the same order as before.
  let f: Finding;
  let cell = false;
  if (type === 'person_name') {
    // every finding comes through here (the English and running-text passes too): names in cells are noted now, so
    // inferNameColumns need not read every finding again (on a large table, one more pass of cache misses)
    const t = ctx.t;
    const before = start > 0 ? t.charCodeAt(start - 1) : 10;
    const after = end < ctx.n ? t.charCodeAt(end) : 10;
    cell = (before === 9 && (after === 9 || after === 10 || after === 13)) || (before === 10 && after === 9);
    if (cell && c >= 0.8) ctx.cellNames.push(start);
    else if (c >= 0.8 && ((before === 0x2c && (after === 0x2c || after === 10 || after === 13)) || (before === 10 && after === 0x2c))) ctx.csvNames.push(start);
    // A name the running-text passes found outside any label, column or cell: a page about people, not a record.
    if (ctx.prose && !cell && !listedName(ctx, start, end) && cellKind(ctx, start) === 0 && !(labelBefore(ctx, start) & (K.NAME | K.READING))) {
      ctx.out.push(key === undefined ? { type, start, end, confidence: c, masked: '', prose: true } : { type, start, end, confidence: c, masked: '', key, prose: true });
      return;
    }
  }
  if (key === undefined) f = category ? { type, start, end, confidence: c, masked: '', category } : { type, start, end, confidence: c, masked: '' };
  else f = category ? { type, start, end, confidence: c, masked: '', key, category } : { type, start, end, confidence: c, masked: '', key };
  ctx.out.push(f);
}

/**
 * A name that reads as part of a record even in running text: alone on its line (a list of names), or addressed
 * as a customer is (山田太郎様, 佐藤 花子 殿).
 */
function listedName(ctx: Ctx, start: number, end: number): boolean {
  const t = ctx.t;
  const last = t.charCodeAt(end - 1); // (a running-text pass may report the honorific with the name: resolve trims it)
  if (last === 0x69d8 || last === 0x6bbf || (last === 0x307e && t.charCodeAt(end - 2) === 0x3055)) return true;
  let e = end;
  if (t.charCodeAt(e) === 0x20 || t.charCodeAt(e) === 0x3000) e++;
  const h = e < ctx.n ? t.charCodeAt(e) : 10;
  if (h === 0x69d8 || h === 0x6bbf || (h === 0x3055 && t.charCodeAt(e + 1) === 0x307e)) return true; // 様 殿 さま
  const before = start > 0 ? t.charCodeAt(start - 1) : 10;
  if (before !== 10 && before !== 13) return false;
  while (e < ctx.n && (t.charCodeAt(e) === 0x20 || t.charCodeAt(e) === 0x3000)) e++;
  return e >= ctx.n || t.charCodeAt(e) === 10 || t.charCodeAt(e) === 13;
}

/** Index of the last hit starting before `pos`, or -1. */
function lastHitBefore(ctx: Ctx, pos: number): number {
  return lowerBound(ctx.hPos, ctx.hN, pos) - 1;
}

/** Kind bits of the column header when `pos` lies in a table cell, else 0. */
function cellKind(ctx: Ctx, pos: number): number {
  const cS = ctx.cS.a;
  let lo = 0;
  let hi = ctx.cS.n;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (cS[m] <= pos) lo = m + 1;
    else hi = m;
  }
  const i = lo - 1;
  return i >= 0 && pos < ctx.cE.a[i] ? ctx.cK.a[i] : 0;
}

/** Kind bits of the nearest label ending before `pos` within `win` chars (a table column header wins). */
function labelBefore(ctx: Ctx, pos: number, win = 40): number {
  const ck = cellKind(ctx, pos);
  if (ck) return ck;
  for (let i = lastHitBefore(ctx, pos), seen = 0; i >= 0 && seen < 12; i--, seen++) {
    if (ctx.hPos[i] < pos - win) break;
    const k = ctx.hKind[i];
    if (k & LABEL_KINDS && ctx.hEnd[i] <= pos) return labelReaches(ctx.t, ctx.hEnd[i], pos, ctx.hPos[i]) ? (k & K.PHONE && phoneTaken(ctx.t, ctx.hEnd[i], pos) ? k & ~K.PHONE : k) : 0;
  }
  return 0;
}

/** A phone label's own number stands between it and pos, seven digits or more: tel=08083746649&branch=793 HTTP/1.1" 200 7149. */
function phoneTaken(t: string, from: number, to: number): boolean {
  for (let i = from, run = 0; i < to; i++) {
    if (!isDigit(t.charCodeAt(i))) run = 0;
    else if (++run >= 7) return true;
  }
  return false;
}

/** A label reaches a value on its own line, or on the next line when nothing follows the label on its line (and it
 * is a label, not a unit after an amount: 年収：420万円 ⏎ 連帯保証人 … 090-…). */
function labelReaches(t: string, from: number, to: number, at = -1): boolean {
  // (nor past the end of its sentence: 年金手帳をお持ちください。お問い合わせ 03-1234-5678)
  if (indexIn(t, 0x3002, from, to) >= 0) return false;
  const nl = indexIn(t, 10, from, to);
  if (nl < 0) return true;
  if (at > 0) {
    const b = t.charCodeAt(at - 1);
    if (isDigit(b) || b === 0x4e07 || b === 0x5343 || b === 0x5104 || b === 0x767e) return false; // 0–9 万 千 億 百
  }
  for (let i = from; i < nl; i++) {
    const c = t.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 13 || c === 0x3a || c === 0xff1a || c === 0x3000 || c === 0x3d)) return false;
  }
  return indexIn(t, 10, nl + 1, to) < 0;
}

/** The kinds (of `kinds`) of the nearest such keyword in the 300 chars before pos; a nearer NEG label gives 0 (or NEG,
 *  `withNeg`); with `negStops` false, NEG labels are passed over. */
function headingKind(ctx: Ctx, pos: number, kinds: number, withNeg = false, negStops = true): number {
  const from = Math.max(0, pos - 300);
  for (let i = lastHitBefore(ctx, pos); i >= 0 && ctx.hPos[i] >= from; i--) {
    const k = ctx.hKind[i];
    if (k & K.NEG && negStops) return withNeg ? K.NEG : 0;
    if (k & kinds) return k & kinds;
  }
  return 0;
}

/** [s, e) is all its line holds, but spaces. */
function aloneOnLine(t: string, s: number, e: number): boolean {
  let a = s;
  while (a > 0 && (t.charCodeAt(a - 1) === 0x20 || t.charCodeAt(a - 1) === 9 || t.charCodeAt(a - 1) === 0x3000)) a--;
  let b = e;
  while (b < t.length && (t.charCodeAt(b) === 0x20 || t.charCodeAt(b) === 9 || t.charCodeAt(b) === 0x3000 || t.charCodeAt(b) === 13)) b++;
  return (a === 0 || t.charCodeAt(a - 1) === 10) && (b === t.length || t.charCodeAt(b) === 10);
}
/** A prefecture on the line right before the line of pos (pos starts its line). */
function prefOnLineBefore(ctx: Ctx, pos: number): boolean {
  const ls = ctx.t.lastIndexOf('\n', pos - 1);
  if (ls <= 0) return false;
  const ps = ctx.t.lastIndexOf('\n', ls - 1) + 1;
  for (let i = lastHitBefore(ctx, ls); i >= 0 && ctx.hPos[i] >= ps; i--) if (ctx.hKind[i] & K.PREF) return true;
  return false;
}

/** A prefecture on the line before pos, within win chars. */
function prefBefore(ctx: Ctx, pos: number, win: number): boolean {
  const from = Math.max(0, pos - win);
  for (let i = lastHitBefore(ctx, pos); i >= 0 && ctx.hPos[i] >= from; i--)
    if (ctx.hKind[i] & K.PREF) return indexIn(ctx.t, 10, ctx.hPos[i], pos) < 0;
  return false;
}

/** A hit of `kinds` ending within `win` chars before pos. */
function hitWithin(ctx: Ctx, pos: number, win: number, kinds: number): boolean {
  for (let i = lastHitBefore(ctx, pos); i >= 0 && ctx.hPos[i] >= pos - win; i--) if (ctx.hKind[i] & kinds) return true;
  return false;
}
/** Any hit of `kinds` within [from, to). */
function hitIn(ctx: Ctx, from: number, to: number, kinds: number): boolean {
  for (let i = lastHitBefore(ctx, from) + 1; i < ctx.hN && ctx.hPos[i] < to; i++) if (ctx.hKind[i] & kinds) return true;
  return false;
}

interface Pass1 {
  rS: IntList;
  rE: IntList;
  hP: IntList;
  hE: IntList;
  hK: IntList;
  hC: IntList;
  ats: IntList;
  alnumStarts: IntList;
  famS: IntList;
  famL: IntList;
  /** listed family names inside a kanji run (参謀吉岡忠一): names-ja.ts's only */
  famIn: IntList;
  /** kanji right after katakana, where the pass stopped (a role after a name: ギゾー首相): names-ja.ts's only */
  kataEnds: IntList;
  /** kinship words' last chars (父, 長女): names-ja.ts's only */
  kin: IntList;
  capStarts: IntList;
  /** Latin letters beyond ASCII (À–ɏ), ascending: the English pass finds the words opening with one (Ávalos) here */
  rare: IntList;
  /** ideographic spaces (U+3000), ascending: scanNameForms's letter-spaced names. (t.indexOf('\u3000') is slow on
   *  Japanese text: V8's search looks for its byte 0x30, the high byte of every kana, and stops at each.) */
  wide: IntList;
  /** Bit 1: a Latin letter beyond ASCII (À–ɏ) was seen (only then does the English pass look for names like Ávalos);
   * bit 2: an ASCII word was seen. */
  latin: number;
}

/**
 * Pass 1: digit runs, keyword hits, '@', letter-digit starts, family-name starts, in one loop over char codes.
 * Its own small function, so V8 optimises (and on-stack-replaces) just this loop quickly in a cold page, and the
 * optimised code never runs into the later, not yet executed phases (which would deoptimise it).
 */
function pass1(t: string): Pass1 {
  const n = t.length;
  const rS = pooled(0, 1024);
  const rE = pooled(1, 1024);
  const hP = pooled(2, 256);
  const hE = pooled(3, 256);
  const hK = pooled(4, 256);
  const hC = pooled(5, 256);
  const ats = pooled(6, 64);
  const alnumStarts = pooled(7, 64);
  const famS = pooled(8, 64);
  const famL = pooled(9, 64);
  const capStarts = pooled(10, 64);
  const famIn = pooled(16, 64);
  const kataEnds = pooled(17, 64);
  const kin = pooled(18, 64);
  const rare = pooled(19, 64);
  const wide = pooled(20, 64);
  const p: Pass1 = { rS, rE, hP, hE, hK, hC, ats, alnumStarts, famS, famL, famIn, kataEnds, kin, capStarts, rare, wide, latin: 0 };
  const cls = CLS;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    // One table lookup decides whether a char can start anything. Most cannot: they are skipped in a loop with no
    // calls in it, which compiles to a few instructions a char.
    if (cls[t.charCodeAt(i)] === 0) {
      do i++;
      while (i < n && cls[t.charCodeAt(i)] === 0);
      if (i === n) break;
    }
    let c = t.charCodeAt(i);
    const prev = i > 0 ? t.charCodeAt(i - 1) : 0;
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n) {
        const d = t.charCodeAt(j);
        if (d < 48 || d > 57) break;
        j++;
      }
      rS.push(i);
      rE.push(j);
      i = j - 1;
      continue;
    }
    if (c < 128) {
      if (c === 64) ats.push(i);
      else if (isAsciiLetter(c) && !isAlnum(prev)) {
        if (i + 2 < n && isAsciiLetter(t.charCodeAt(i + 1)) && isDigit(t.charCodeAt(i + 2))) alnumStarts.push(i);
        if (isUpper(c) && i + 1 < n && isLower(t.charCodeAt(i + 1))) capStarts.push(i);
      }
      if (isUpper(c)) c |= 32;
      if (FIRST[c] === 1 && !isAlnum(prev) && (pairAt(t, i, c) & P_KW || KW1[c] !== 0)) keywordAt(p, t, i, c, prev);
      if (c >= 97) {
        latin |= 2; // an ASCII word (so the English pass may look for a lower-cased message)
        // the rest of an ASCII word starts nothing: skip it in a tight loop (digits after it are still runs)
        let j = i + 1;
        while (j < n) {
          const d = t.charCodeAt(j) | 32;
          if (d < 97 || d > 122) break;
          j++;
        }
        i = j - 1;
      }
      continue;
    }
    if (c === 0x3000) wide.push(i);
    if (cls[c] & C_INV) latin |= 4;
    if (c <= 0x24f) {
      latin |= 1;
      if (c >= 0xc0) rare.push(i); // (every char À–ɏ comes here: its class is not 0, and no skip loop passes it)
    }
    // two small tables (the char's class bits, the pair's) turn most of these away before any call
    const cl = cls[c];
    const pair = pairAt(t, i, c);
    if (prev >= 0x30a1 && prev <= 0x30fc && prev !== 0x30fb && c >= 0x4e00) kataEnds.push(i);
    if (cl & C_KIN) kin.push(i);
    if (cl & C_FAM && (cl & C_FAM1 || pair & P_FAM)) {
      if (!isKanji(prev)) {
        // family name at the start of a kanji run
        const len = familyAt(t, i);
        if (len) {
          famS.push(i);
          famL.push(len);
        }
      } else if (pair & P_FAM && isKanji(t.charCodeAt(i + 2)) && isKanji(t.charCodeAt(i + 3)) && (gimeiAt(t, i) || jaFamilyInside(t, i))) famIn.push(i); // 参謀吉岡忠一
    }
    if (cl & C_KW && (cl & C_KW1 || pair & P_KW)) keywordAt(p, t, i, c, prev);
  }
  p.latin = latin;
  return p;
}

/** PAIRS bits of the char at i (c, lower-cased) and the next. */
function pairAt(t: string, i: number, c: number): number {
  let c1 = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
  if (c1 >= 65 && c1 <= 90) c1 |= 32;
  return PAIRS[((c << 6) ^ c1) & 0xffff]; // pairHash, written out: no call per char in a cold page
}

/**
 * Records the longest keyword starting at i (c: its folded, lower-cased first char): the entries of the bucket of c and
 * the next char, longest first, then the one-char keyword c. Rare: kept out of the loop; one function with no calls per
 * entry, as a cold page runs it interpreted.
 */
function keywordAt(p: Pass1, t: string, i: number, c: number, prev: number): void {
  const n = t.length;
  const hE = p.hE;
  let c1 = i + 1 < n ? t.charCodeAt(i + 1) : 0;
  if (c1 >= 65 && c1 <= 90) c1 |= 32;
  const h = ((c << 6) ^ c1) & 0xffff; // pairHash
  const end = KE[h];
  const one = KW1[c];
  for (let k = KS[h]; k <= end; k++) {
    // past the bucket: the one-char keyword, if any
    const e = k < end ? k : one - 1;
    if (e < 0) return;
    const L = E_LEN[e];
    if (i + L > n) continue;
    if (L > 2) {
      let d = t.charCodeAt(i + 2);
      if (d >= 65 && d <= 90) d |= 32;
      if (d !== E_C2[e]) continue;
    }
    const en = ENTRIES[e];
    const w = en.w;
    if (w.charCodeAt(0) !== c) continue;
    let j = 1;
    for (; j < L; j++) {
      let d = t.charCodeAt(i + j);
      if (d >= 65 && d <= 90) d |= 32;
      if (d !== w.charCodeAt(j)) break;
    }
    if (j !== L) continue;
    if (en.ascii) {
      if (isAlnum(prev)) continue;
      const nx = i + L < n ? t.charCodeAt(i + L) : 0;
      if (isAsciiLetter(nx) && isAsciiLetter(w.charCodeAt(L - 1))) continue;
    }
    // a word inside a longer label just matched (カード番号 in 在留カード番号) is part of that label
    if (hE.n > 0 && i + L <= hE.a[hE.n - 1]) return;
    p.hP.push(i);
    hE.push(i + L);
    p.hK.push(en.kind);
    p.hC.push(en.cat);
    return;
  }
}

// ---------------------------------------------------------------------------------------------------------------
/** Scans `text` (already length-limited) and returns raw findings with original offsets. */
export function scanCore(text: string, opts: CoreOptions & { nullIfInvisible: true }): CoreResult | null;
export function scanCore(text: string, opts?: CoreOptions): CoreResult;
export function scanCore(text: string, opts: CoreOptions = {}): CoreResult | null {
  if (!built) buildTables();
  const t = fold(text);
  const n = t.length;
  NL_ENDS = null; // (the last scan's line ends)
  const { rS, rE, hP, hE, hK, hC, ats, alnumStarts, famS, famL, famIn, kataEnds, kin, capStarts, rare, wide, latin } = pass1(t);
  if (latin & 4 && opts.nullIfInvisible) return null;

  const ctx: Ctx = {
    text,
    t,
    n,
    hPos: hP.a,
    hEnd: hE.a,
    hKind: hK.a,
    hCat: hC.a,
    hN: hP.n,
    cS: pooled(11, 64),
    cE: pooled(12, 64),
    cK: pooled(13, 64),
    headerLines: pooled(14, 16),
    out: [],
    cellNames: pooled(15, 64),
    csvNames: pooled(21, 64),
    prose: false,
    nextTab: new NextChar('\t'),
    nextComma: new NextChar(','),
  };

  const openHeader = findTables(ctx, opts.carryHeader ?? null, opts.acceptTo ?? n);
  scanNumbers(ctx, rS, rE);
  scanEmails(ctx, ats);
  scanAlnumIds(ctx, alnumStarts);
  scanSpacedIds(ctx);
  scanAddresses(ctx, rS, rE);
  scanNames(ctx, famS, famL, famIn, kataEnds, kin, capStarts);
  scanDob(ctx);
  ctx.prose = true; // (the English pass finds labelled names too: add() tells them apart)
  scanEnglish({ t, n, capStarts, rS, rE, rare, latin: (latin & 1) !== 0, ascii: (latin & 2) !== 0, out: ctx.out, add: (ty, s, e, c, k) => add(ctx, ty, s, e, c, k), label: (p, w) => labelBefore(ctx, p, w) });
  ctx.prose = false;
  inferNameColumns(ctx, 9, ctx.cellNames);
  inferNameColumns(ctx, 0x2c, ctx.csvNames);
  scanNameForms(ctx, famS, famL, wide);
  // after every name pass: a record's sensitive terms are tied to the people it names, in either language
  scanSensitive(ctx);
  scanLabelledAddresses(ctx);
  scanInsuranceCard(ctx);
  scanSpokenNumbers(ctx, rS, rE);
  NL_ENDS = null;

  let out = resolve(ctx.out, t);
  const from = opts.acceptFrom ?? 0;
  const to = opts.acceptTo ?? n;
  if (from > 0 || to < n) out = out.filter((f) => f.start >= from && f.start < to);
  // The folded text is at hand: a span is folded again only where folding depends on chars outside it, around a dash
  // between digits. (t === text is asked once: on two different strings of equal length it compares contents.)
  const dashes = t === text ? [] : dashesBetweenDigits(text, rS, rE);
  const summary = opts.summary;
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    const s = f.start;
    const e = f.end;
    const inPlace = dashes.length === 0 || !anyIn(dashes, s, e);
    f.masked = inPlace ? maskSpan(f.type, t, s, e) : mask(f.type, text.slice(s, e));
    if (summary) summary.add(f);
  }
  return { findings: out, openHeader };
}

/**
 * Positions of ー ｰ ─ ━ with a digit on each side in the original text (see isDigitDash): in the folded text, digits
 * are exactly the digit runs, so these are the one-char gaps between two runs that hold such a dash.
 */
function dashesBetweenDigits(text: string, rS: IntList, rE: IntList): number[] {
  const out: number[] = [];
  for (let r = 0; r + 1 < rS.n; r++) {
    const gap = rE.a[r];
    if (rS.a[r + 1] === gap + 1 && isDigitDash(text.charCodeAt(gap))) out.push(gap);
  }
  return out;
}

/** Is any of the ascending positions `xs` in [s, e)? */
function anyIn(xs: number[], s: number, e: number): boolean {
  const lo = lowerBound(xs, xs.length, s);
  return lo < xs.length && xs[lo] < e;
}

/** What /[\s,、:：\-]/ matches, without a one-char string per test. */
function isTrailJunk(c: number): boolean {
  return isJsSpace(c) || c === 0x2c || c === 0x3001 || c === 0x3a || c === 0xff1a || c === 0x2d;
}

/** Sort, drop same-type overlaps (keep the more confident, then the longer), trim addresses before other findings. */
/**
 * fs.sort((a, b) => a.start - b.start || b.end - a.end), stable, without a comparator call on two heap objects at every
 * step: the keys go to typed arrays, and the runs already in order (each scanner appends in text order) are merged
 * bottom-up, equal keys taken from the left run first.
 */
function sortFindings(fs: Finding[]): void {
  const m = fs.length;
  const S = new Int32Array(m);
  const E = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    S[i] = fs[i].start;
    E[i] = fs[i].end;
  }
  // "x goes strictly before y" is written out below (S[x] < S[y] || (S[x] === S[y] && E[x] > E[y])): no call per
  // step, which a cold page runs interpreted
  let src = new Int32Array(m);
  let dst = new Int32Array(m);
  let runs: number[] = [0];
  for (let i = 0; i < m; i++) {
    src[i] = i;
    if (i > 0 && (S[i] < S[i - 1] || (S[i] === S[i - 1] && E[i] > E[i - 1]))) runs.push(i);
  }
  if (runs.length === 1) return; // already in order
  runs.push(m);
  while (runs.length > 2) {
    const next = [0];
    for (let k = 0; k + 1 < runs.length; k += 2) {
      const a = runs[k];
      const b = runs[k + 1];
      const c = k + 2 < runs.length ? runs[k + 2] : b;
      let i = a;
      let j = b;
      let o = a;
      while (i < b && j < c) {
        const x = src[i];
        const y = src[j];
        if (S[y] < S[x] || (S[y] === S[x] && E[y] > E[x])) {
          dst[o++] = y;
          j++;
        } else {
          dst[o++] = x;
          i++;
        }
      }
      while (i < b) dst[o++] = src[i++];
      while (j < c) dst[o++] = src[j++];
      next.push(c);
    }
    const merged = dst;
    dst = src;
    src = merged;
    runs = next;
  }
  const was = fs.slice();
  for (let i = 0; i < m; i++) fs[i] = was[src[i]];
}

function resolve(fs: Finding[], t: string): Finding[] {
  sortFindings(fs);
  // both sweeps compact the array in place (no new arrays of every finding)
  const out = fs;
  let w = 0;
  // the last kept finding of each type, the types in the order first seen: a linear search of a few interned strings
  // costs less than a Map look-up and store per finding
  const lastType: FindingType[] = [];
  const lastOf: Finding[] = [];
  // indexed loops, not for…of: this runs once a scan, partly before V8 optimises it, and there for…of allocates
  // (each field of a finding is read into a local once: findings come in several shapes (with or without key,
  // category, prose), so every property load here is a megamorphic one, a call V8 does not merge with the next)
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i];
    const type = f.type;
    let k = 0;
    while (k < lastType.length && lastType[k] !== type) k++;
    const p = k < lastType.length ? lastOf[k] : undefined;
    if (p) {
      const pe = p.end;
      const fs0 = f.start;
      if (fs0 < pe) {
        const fc = f.confidence;
        const pc = p.confidence;
        if (fc > pc || (fc === pc && f.end - fs0 > pe - p.start)) {
          Object.assign(p, f);
        }
        continue;
      }
    }
    out[w++] = f;
    if (k === lastType.length) lastType.push(type);
    lastOf[k] = f;
  }
  out.length = w;
  // One more sweep does two things (each finding is read once: on a large table every pass over them is cache misses).
  // An address or a name never swallows a phone, e-mail, postal code or date written right after it: its end moves,
  // looking ahead only (the compaction below writes at or before i). And numbers inside an IBAN or an e-mail address
  // are part of it (`out` is sorted by start).
  let hostEnd = -1;
  let addrStart = -1;
  let addrEnd = -1;
  let famStart = -1;
  let famEnd = -1;
  w = 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    const type = f.type;
    const s = f.start;
    let e = f.end;
    // a "name" inside an address is a place or a building (藤沢ハイム, 石川町)
    if (type === 'person_name' && s > addrStart && e <= addrEnd) continue;
    // the address of a 本籍 is the sensitive fact's value, reported as that (family origin), not as where one lives
    if (type === 'jp_address' && s > famStart && e <= famEnd) continue;
    if (type === 'sensitive' && f.category === 'family_origin' && f.confidence >= 0.8) {
      famStart = s;
      famEnd = e;
    }
    if (type === 'jp_address' || type === 'person_name') {
      const e0 = e;
      for (let j = i + 1; j < out.length; j++) {
        const o = out[j];
        const os = o.start;
        if (os >= e) break;
        if (os > s) {
          const ot = o.type;
          if (ot === 'phone' || ot === 'email' || ot === 'jp_postal_code' || ot === 'date_of_birth') {
            e = os;
            break;
          }
        }
      }
      while (e > s && isTrailJunk(t.charCodeAt(e - 1))) e--;
      if (e !== e0) f.end = e;
    }
    if (e <= s) continue;
    if (type === 'jp_address' && e > addrEnd && f.confidence >= 0.85) {
      addrStart = s;
      addrEnd = e;
    }
    if (type === 'iban' || type === 'email') {
      hostEnd = Math.max(hostEnd, e);
      out[w++] = f;
    } else if (e > hostEnd) out[w++] = f;
  }
  out.length = w;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables: a row whose cells are mostly labels is a header; the cells under it inherit the label's kind.

/**
 * Native indexOf for one char, remembered: header checks ask for the next tab or comma line after line, and a page
 * that is one long line would otherwise be walked in JavaScript once per label. Queries move forward, so each stretch
 * of text is searched about once; the answer is only used when it falls before `to`.
 */
class NextChar {
  private from = 0x7fffffff; // nothing searched yet
  private pos = -1;
  constructor(private readonly ch: string) {}
  find(t: string, from: number, to: number): number {
    if (!(from >= this.from && (this.pos < 0 || from <= this.pos))) {
      this.from = from;
      this.pos = t.indexOf(this.ch, from);
    }
    return this.pos >= 0 && this.pos < to ? this.pos : -1;
  }
}

/** Like indexOf for one char code, but never looks at or beyond `to` (keeps every lookup local: linear time). */
function indexIn(t: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (t.charCodeAt(i) === code) return i;
  return -1;
}

/** Cell bounds of one line: at most 201 cells (splitCells stops there), in fixed scratch arrays. */
interface Cells {
  s: Int32Array;
  e: Int32Array;
  n: number;
}
const newCells = (): Cells => ({ s: new Int32Array(201), e: new Int32Array(201), n: 0 });

function splitCells(t: string, s: number, e: number, delim: string, cells: Cells): void {
  const dc = delim.charCodeAt(0);
  cells.n = 0;
  let i = s;
  while (i <= e) {
    let cs = i;
    let ce: number;
    if (delim === ',' && t.charCodeAt(i) === 34) {
      // quoted CSV cell
      let j = i + 1;
      while (j < e) {
        if (t.charCodeAt(j) === 34) {
          if (t.charCodeAt(j + 1) === 34) j += 2;
          else break;
        } else j++;
      }
      cs = i + 1;
      ce = Math.min(j, e);
      const nd = indexIn(t, dc, ce, e);
      i = nd < 0 ? e + 1 : nd + 1;
    } else {
      const nd = indexIn(t, dc, i, e);
      ce = nd < 0 ? e : nd;
      i = ce + 1;
    }
    cells.s[cells.n] = cs;
    cells.e[cells.n] = ce;
    if (++cells.n > 200) break;
  }
}

/**
 * The first newline at or after i (n when there is none after it). The text's newlines are found once a scan, the
 * first time a line's end is asked for, and looked up: t.indexOf read on to the text's end for every label of a text
 * with no newline (住所 x 住所 x …, one line of a megabyte, was quadratic).
 */
function lineEnd(t: string, i: number, n: number): number {
  if (!NL_ENDS) NL_ENDS = newlinesOf(t);
  const k = lowerBound(NL_ENDS, NL_ENDS.length, i);
  return k < NL_ENDS.length ? NL_ENDS[k] : n;
}
/** The newlines of the text being scanned, ascending (null until lineEnd first asks; scanCore clears it). */
let NL_ENDS: Int32Array | null = null;
function newlinesOf(t: string): Int32Array {
  let c = 0;
  for (let j = t.indexOf('\n'); j >= 0; j = t.indexOf('\n', j + 1)) c++;
  const a = new Int32Array(c);
  c = 0;
  for (let j = t.indexOf('\n'); j >= 0; j = t.indexOf('\n', j + 1)) a[c++] = j;
  return a;
}

// scratch kept between calls (a scan never runs inside another)
const HEAD_CELLS = newCells();
const ROW_CELLS = newCells();

/** Name labels that are also ordinary words (利用者アンケート, 患者数): a field only with a separator after them. */
const NAME_LABEL_NEEDS_SEP = new Set(
  '利用者|患者|保護者|代表者|対応者|作成者|確認者|承認者|申請者|依頼者|記入者|差出人|送信者|振込人|名義人|名義|姓名|名字|苗字|ご担当者|先方|当方|社員|従業員|職員|会員|組合員|加入者|生徒|児童|受講者|学生'.split('|'),
);

/** People by their role in a record: a name label only with a colon or a tab after it. */
const ROLE_LABELS = new Set('被災労働者|応募者|点検者|報告者|支弁者|経費支弁者|保証人|連帯保証人|依頼人|代理人|入居者|被扶養者|扶養親族|世帯主|実習生|技能実習生|留学生|研修生|緊急連絡先|対象者'.split('|'));

const SPLIT_NAME_HEADERS = new Map<string, number>([
  ...'姓名|名字|苗字'.split('|').map((w) => [w, K.NAME] as [string, number]),
  // (the two halves of one name: a row's 名 is keyed as its 姓, one person)
  ...'姓|名|姓(漢字)|名(漢字)|姓（漢字）|名（漢字）'.split('|').map((w) => [w, K.NAME | K.SPLIT] as [string, number]),
  ...'セイ|メイ|せい|めい|ミョウジ|姓カナ|名カナ|姓(カナ)|名(カナ)|姓（カナ）|名（カナ）|姓ふりがな|名ふりがな|ｾｲ|ﾒｲ'.split('|').map((w) => [w, K.READING] as [string, number]),
]);

/** A line that is a name in Latin letters, family or given name in capitals: FURUKAWA Yohei, Yohei FURUKAWA. */
const ROMAN_NAME_LINE = /^(?:[A-Z]{2,} [A-Z][a-z]+|[A-Z][a-z]+ [A-Z]{2,})\s*$/;
/** A chat handle that is an account or a role, not a person: アオバ光 サポート, 幹事, 事務局, Support Bot. */
const NOT_PERSON_HANDLE = /サポート|公式|センター|事務局|運営|窓口|カスタマー|ショップ|お知らせ|通知|グループ|雑貨|ストア|ラボ|工房|サロン|クリニック|不動産|ホテル|旅館|商店|本舗|通販|カフェ|薬局|医院|歯科|整骨院|美容室|教室|スクール|[店堂屋舗]$|^(?:幹事|担当|管理者|係|スタッフ|店長|受付)$|support|team|bot|official|notice|info/i;
/** A JSON key and the start of its value: "key":"…, "key": 12, "key":{ */
const JSON_PAIR = /"\s*:\s*["\d[{tfn-]/;
/** Suffixes of a column's name that say how its value is written, not what it is (name_kanji, address_en). */
const SNAKE_QUALIFIER = /^(?:kanji|roman|romaji|latin|en|ja|jp|full|jis|local|raw)$/i;

function headerOf(ctx: Ctx, s: number, e: number): TableHeader | null {
  const t = ctx.t;
  let delim = '';
  if (ctx.nextTab.find(t, s, e) >= 0) delim = '\t';
  else if (ctx.nextComma.find(t, s, e) >= 0) delim = ',';
  if (!delim) return null;
  // a header has two cells that hold labels, so two label hits on the line: most lines (table rows) have fewer
  // (姓 | 名: the given name's column is no keyword; the cells below decide)
  let hits = 0;
  for (let h = lastHitBefore(ctx, s) + 1; h < ctx.hN && ctx.hPos[h] < e && hits < 2; h++) if (ctx.hKind[h] & (LABEL_KINDS | K.SPLIT)) hits += ctx.hKind[h] & K.SPLIT ? 2 : 1;
  if (hits < 2) return null;
  // (a line of JSON is no table's header: "birth_date":"1971-09-10","email":"…" holds its own values)
  if (delim === ',' && JSON_PAIR.test(t.slice(s, Math.min(e, s + 200)))) return null;
  // cell bounds go to scratch arrays kept between calls: this runs for every line that holds a label
  const cells = HEAD_CELLS;
  splitCells(t, s, e, delim, cells);
  if (cells.n < 2) return null;
  const kinds: number[] = [];
  let labels = 0;
  for (let c = 0; c < cells.n; c++) {
    let a = cells.s[c];
    let b = cells.e[c];
    while (a < b && isSpace(t.charCodeAt(a))) a++;
    while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
    let k = 0;
    // split name columns (姓 | 名 | セイ | メイ): words too short and common to be keywords anywhere else
    if (b - a > 0 && b - a <= 7) k = SPLIT_NAME_HEADERS.get(t.slice(a, b)) ?? 0;
    if (!k && b - a > 0 && b - a <= 20) {
      // (a qualifier in brackets at the cell's end does not count: 氏名(英字), 入居者名（カナ）)
      let bq = b;
      const cl = t.charCodeAt(b - 1);
      if (cl === 0x29 || cl === 0xff09) {
        let o = b - 2;
        const oc = cl === 0x29 ? 0x28 : 0xff08;
        while (o > a && t.charCodeAt(o) !== oc) o--;
        if (o > a) bq = o;
      } else {
        // (nor a script's or a language's suffix: name_kanji, name_roman, address_ja)
        // (looked for inside the cell only: lastIndexOf would read back to the text's start for every cell)
        let u = b - 1;
        while (u > a + 1 && b - u <= 8 && t.charCodeAt(u) !== 0x5f) u--;
        if (u > a + 1 && t.charCodeAt(u) === 0x5f && SNAKE_QUALIFIER.test(t.slice(u + 1, b))) bq = u;
      }
      // a Japanese compound is what its last word says: お届け先電話番号 is a phone, 送付先郵便番号 a postal code,
      // 送付先氏名 a name, whatever お届け先 or 送付先 alone would head
      if (t.charCodeAt(a) >= 0x3000)
        for (let h = lastHitBefore(ctx, a) + 1; h < ctx.hN && ctx.hPos[h] < bq; h++)
          if (ctx.hPos[h] > a && ctx.hEnd[h] === bq && ctx.hEnd[h] - ctx.hPos[h] >= 2 && ctx.hKind[h] & (K.PHONE | K.POSTAL | K.EMAIL | K.DOB | K.ADDRESS | K.NAME) && !WEAK_NAME_LABELS.has(t.slice(ctx.hPos[h], bq)))
            k = ctx.hKind[h] & LABEL_KINDS;
      // the longest label starting near the cell start and covering most of it, or a name label that ends the cell
      // after a word or two (カタカナ氏名, 学生氏名)
      for (let h = lastHitBefore(ctx, a) + 1; !k && h < ctx.hN && ctx.hPos[h] < bq; h++) {
        const kk = ctx.hKind[h] & LABEL_KINDS;
        if (ctx.hPos[h] > a + 2) {
          if (kk & K.NAME && ctx.hEnd[h] === bq && ctx.hPos[h] - a <= 6 && !WEAK_NAME_LABELS.has(t.slice(ctx.hPos[h], bq))) k = K.NAME;
          continue;
        }
        if (kk && (ctx.hEnd[h] - ctx.hPos[h]) * 2 >= bq - a) {
          // (a 担当 column holds teams as often as people: the cells' own rules decide)
          k = kk & K.NAME && WEAK_NAME_LABELS.has(t.slice(a, bq).toLowerCase()) ? 0 : kk;
          // (a place's 名 is whom it names: お届け先名, 送付先名 hold the recipient)
          if (kk & K.ADDRESS && ctx.hEnd[h] === bq - 1 && t.charCodeAt(bq - 1) === 0x540d) k = K.NAME;
          break;
        }
      }
    }
    // "Name (Kana)", "お名前（フリガナ）": a reading qualifier decides the column
    if (!k && b - a > 0 && b - a <= 24)
      for (let h = lastHitBefore(ctx, a) + 1; h < ctx.hN && ctx.hPos[h] < b; h++) if (ctx.hPos[h] >= a && ctx.hKind[h] & K.READING) k = K.READING;
    if (k) labels++;
    kinds.push(k);
  }
  // most cells are labels we know; or three at least, in a line of short words without a digit (a CRM export's
  // header: "Contact ID","First Name",…,"Mailing City","Contact Owner")
  if (labels < 2 || (labels * 2 < cells.n && !(labels >= 3 && wordsOnly(t, cells)))) return null;
  return { delim, kinds };
}

/** Every cell is a few words of letters (no digit, at most 40 chars): what a header row holds. */
function wordsOnly(t: string, cells: Cells): boolean {
  for (let c = 0; c < cells.n; c++) {
    if (cells.e[c] - cells.s[c] > 40) return false;
    for (let i = cells.s[c]; i < cells.e[c]; i++) if (isDigit(t.charCodeAt(i))) return false;
  }
  return true;
}

function addRows(ctx: Ctx, h: TableHeader, from: number): number {
  const t = ctx.t;
  const n = ctx.n;
  const cells = ROW_CELLS; // not HEAD_CELLS: headerOf() runs on each row while these hold the row's cells
  let i = from;
  while (i < n) {
    const e = lineEnd(t, i, n);
    let le = e;
    if (le > i && t.charCodeAt(le - 1) === 13) le--;
    if (le === i) return i; // blank line ends the table
    if (indexIn(t, h.delim.charCodeAt(0), i, le) < 0) return i;
    if (headerOf(ctx, i, le)) return i;
    splitCells(t, i, le, h.delim, cells);
    for (let c = 0; c < cells.n && c < h.kinds.length; c++) {
      if (!h.kinds[c]) continue;
      ctx.cS.push(cells.s[c]);
      ctx.cE.push(Math.max(cells.e[c], cells.s[c] + 1));
      ctx.cK.push(h.kinds[c]);
    }
    i = e + 1;
  }
  return n;
}

function findTables(ctx: Ctx, carry: TableHeader | null, acceptTo: number): TableHeader | null {
  const t = ctx.t;
  const n = ctx.n;
  let open: TableHeader | null = null;
  let pos = 0;
  if (carry) {
    const end = addRows(ctx, carry, 0);
    if (end >= acceptTo) open = carry;
    pos = end;
  }
  for (let h = 0; h < ctx.hN; h++) {
    const p = ctx.hPos[h];
    if (p < pos || !(ctx.hKind[h] & (LABEL_KINDS | K.SPLIT))) continue;
    const s = t.lastIndexOf('\n', p - 1) + 1;
    const e0 = lineEnd(t, p, n);
    const e = e0 > s && t.charCodeAt(e0 - 1) === 13 ? e0 - 1 : e0;
    pos = e0 + 1;
    const hd = headerOf(ctx, s, e);
    if (!hd) continue;
    ctx.headerLines.push(s);
    ctx.headerLines.push(e);
    const end = addRows(ctx, hd, e0 + 1);
    if (s < acceptTo && end >= acceptTo) open = hd;
    pos = end;
  }
  return open;
}

/**
 * Tab- or comma-separated rows without a header: a column whose cells are mostly names the rules above found is a
 * name column, and its other short kana/kanji cells are names too (rare names no dictionary holds: 吉田 連, 佐藤 いく子,
 * 神 康弘). `delim` is the separator's char code, `names` the names add() noted in such cells.
 */
function inferNameColumns(ctx: Ctx, delim: number, names: IntList): void {
  const t = ctx.t;
  const n = ctx.n;
  // Names that fill a tab-separated cell (noted by add()), as (line start, column, name start): found from the names,
  // not by walking every line, so text without such tables pays nothing. Indexed loops and no arrays per row: this
  // runs once a scan, partly before V8 optimises it, and there for…of and spread allocate (was ~1.6 MB per dense
  // 200k-char scan).
  const hits: number[] = [];
  // (noted by add(); nameCell() below adds more, which are not read). In text order, read once from the start: each
  // name's line and column follow from the last one's (looking back from every name read a line of a megabyte of
  // names once per name)
  if (names.n < 3) return;
  const sorted = names.a.slice(0, names.n).sort();
  let ls = 0;
  let col = 0;
  let pos = 0;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    for (; pos < start; pos++) {
      const c = t.charCodeAt(pos);
      if (c === 10) {
        ls = pos + 1;
        col = 0;
      } else if (c === delim) col++;
    }
    hits.push(ls, col, start);
  }
  if (hits.length < 9) return; // fewer than 3 names in cells
  const byCol = new Map<number, number[]>(); // column → sorted line starts that have a name there
  for (let i = 0; i < hits.length; i += 3) {
    const list = byCol.get(hits[i + 1]);
    if (list) list.push(hits[i]);
    else byCol.set(hits[i + 1], [hits[i]]);
  }
  // (each line's end looked for once: the rows of long lines are asked for by every column)
  const after = new Map<number, number>();
  const lineAfter = (ls: number) => {
    let r = after.get(ls);
    if (r === undefined) {
      const nl = t.indexOf('\n', ls);
      r = nl < 0 ? n + 1 : nl + 1;
      after.set(ls, r);
    }
    return r;
  };
  // (and each row's separators found once: a row of a thousand cells is asked for by every column)
  const seps = new Map<number, number[]>();
  const nameAt = (ls: number, col: number) => {
    let d = seps.get(ls);
    if (!d) {
      d = [];
      const le = lineAfter(ls) - 1;
      for (let i = ls; i < le && i < n; i++) if (t.charCodeAt(i) === delim) d.push(i);
      seps.set(ls, d);
    }
    if (col > d.length || d.length === 0) return; // not a row of the table, or not that wide
    nameCell(ctx, col === 0 ? ls : d[col - 1] + 1, col < d.length ? d[col] : Math.min(lineAfter(ls) - 1, n));
  };
  // (the row before a line, read once per line: -1 at the text's start, or when it holds no digit)
  const before = new Map<number, number>();
  const rowBefore = (ls: number) => {
    let r = before.get(ls);
    if (r === undefined) {
      r = -1;
      if (ls > 0) {
        let h = ls - 1;
        let digit = false;
        while (h > 0 && t.charCodeAt(h - 1) !== 10) if (isDigit(t.charCodeAt(--h))) digit = true;
        if (digit || isDigit(t.charCodeAt(ls - 1))) r = h;
      }
      before.set(ls, r);
    }
    return r;
  };
  byCol.forEach((starts, col) => {
    if (starts.length < 3) return; // three named rows at least make a column
    starts.sort((x, y) => x - y);
    // runs of rows: named lines with at most two unnamed lines between them
    let runLen = 1;
    let runFirst = starts[0];
    let runLast = starts[0];
    let gaps: number[] = [];
    const settle = () => {
      // (and the row before the first named one, a table may open with a rare name too, when it holds data: a digit,
      // which a header row of labels has none of)
      const head = rowBefore(runFirst);
      // the two rows after the last named one belong to the run too (a table may end in a rare name)
      let tail0 = -1;
      let tail1 = -1;
      let tails = 0;
      for (let ls = lineAfter(runLast); ls < n && tails < 2; ls = lineAfter(ls)) {
        if (tails++ === 0) tail0 = ls;
        else tail1 = ls;
      }
      const rows = runLen + gaps.length + tails + (head >= 0 ? 1 : 0);
      // five rows, three in five named; or four, three named
      if ((rows >= 5 && runLen >= rows * 0.6) || (rows >= 4 && runLen >= 3 && runLen >= rows * 0.75)) {
        if (head >= 0) nameAt(head, col);
        for (let g = 0; g < gaps.length; g++) nameAt(gaps[g], col);
        if (tails > 0) nameAt(tail0, col);
        if (tails > 1) nameAt(tail1, col);
      }
    };
    for (let k = 1; k < starts.length; k++) {
      // up to three unnamed lines between this named line and the last
      let b0 = -1;
      let b1 = -1;
      let b2 = -1;
      let nb = 0;
      let ls = lineAfter(runLast);
      while (ls < starts[k] && nb <= 2) {
        if (nb === 0) b0 = ls;
        else if (nb === 1) b1 = ls;
        else b2 = ls;
        nb++;
        ls = lineAfter(ls);
      }
      if (ls !== starts[k]) {
        settle();
        runLen = 1;
        runFirst = starts[k];
        runLast = starts[k];
        gaps = [];
        continue;
      }
      if (nb > 0) gaps.push(b0);
      if (nb > 1) gaps.push(b1);
      if (nb > 2) gaps.push(b2);
      runLen++;
      runLast = starts[k];
    }
    settle();
  });
}

/** The cell [s, e) as a name when it has a name's shape and no label in it. */
function nameCell(ctx: Ctx, s: number, e: number): void {
  const t = ctx.t;
  if (e > s && t.charCodeAt(e - 1) === 13) e--;
  while (s < e && isSpace(t.charCodeAt(s))) s++;
  while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
  if (!looksLikeJaName(t, s, e) || inHeader(ctx, s)) return;
  add(ctx, 'person_name', s, e, 0.8, t.slice(s, e).replace(SPACES, ''));
}

/** 2–10 kanji or kana with at most one space: the shape of a Japanese name in a cell. */
function looksLikeJaName(t: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 10) return false;
  let spaces = 0;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) {
      if (++spaces > 1 || i === s) return false;
    } else if (!isKanji(c) && !isKata(c) && !isHira(c)) return false;
  }
  return true;
}

function inHeader(ctx: Ctx, pos: number): boolean {
  // header rows are pushed in text order, as start, end pairs
  return inSpanPairs(ctx.headerLines.a, ctx.headerLines.n >> 1, pos);
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers: digit runs joined into groups by separators, dispatched by length.

const GAP_NONE = 0;
const GAP_TIGHT = 1; // '-' '.' '(' ')': part of one written number
const GAP_LOOSE = 2; // spaces: may or may not join
const GAP_WEAK = 3; // tab or line break: joins only checksum-validated numbers

function gapKind(t: string, a: number, b: number): number {
  const L = b - a;
  if (L === 1) {
    const c = t.charCodeAt(a);
    if (c === 45 || c === 46 || c === 41 || c === 40) return GAP_TIGHT;
    if (c === 32) return GAP_LOOSE;
    if (c === 9 || c === 10) return GAP_WEAK;
    return GAP_NONE;
  }
  if (L === 2) {
    // by char code: this runs for every pair of digit runs, a two-char string each time adds up
    const x = t.charCodeAt(a);
    const y = t.charCodeAt(a + 1);
    if ((x === 41 && (y === 32 || y === 45)) || (x === 32 && (y === 40 || y === 45)) || (x === 45 && y === 32)) return GAP_LOOSE; // ") " ")-" " (" " -" "- "
    if ((x === 13 && y === 10) || (x === 32 && y === 10) || (x === 10 && y === 32) || (x === 9 && y === 32)) return GAP_WEAK; // \r\n " \n" "\n " "\t "
    if (x === 45 && y === 10) return GAP_TIGHT; // "03-\n1234-5678": a hyphen at the end of a line says the number goes on
    return GAP_NONE;
  }
  if (L === 3) {
    const x = t.charCodeAt(a);
    if (x === 32 && t.charCodeAt(a + 1) === 45 && t.charCodeAt(a + 2) === 32) return GAP_LOOSE;
    if (x === 45 && t.charCodeAt(a + 1) === 13 && t.charCodeAt(a + 2) === 10) return GAP_TIGHT; // "-\r\n"
  }
  return GAP_NONE;
}

/** A digit run glued to letters or to URL/price/decimal punctuation is part of some other token. */
function runTainted(ctx: Ctx, s: number, e: number, first: boolean): boolean {
  const t = ctx.t;
  const p = s > 0 ? t.charCodeAt(s - 1) : 0;
  const q = e < ctx.n ? t.charCodeAt(e) : 0;
  if (isAsciiLetter(q) && !((q === 120 || q === 88) && extLen(t, e) > 0)) return true; // 555-1234x89: an extension
  // / _ % + (but a booking's contact element ends "/P1": the passenger it belongs to)
  if ((q === 0x2f && !(t.charCodeAt(e + 1) === 0x50 && isDigit(t.charCodeAt(e + 2)) && !isAlnum(t.charCodeAt(e + 3)))) || q === 0x5f || q === 0x25 || q === 0x2b) return true;
  if (q === 0x2c && e - s <= 3 && isThousands(t, e + 1) && !datePart(t, s)) return true; // 1,234 (not 2024-08-12,464-…)
  if (q === 0x2d && isAsciiLetter(t.charCodeAt(e + 1))) return true; // 1234-X
  if (!first) return false; // the char before an inner run is the separator that joined it
  // T + a corporate number: a qualified invoice issuer's registration number (T1234567890123)
  if (p === 0x54 && e - s === 13 && !isAlnum(t.charCodeAt(s - 2))) return false;
  if (isAsciiLetter(p)) {
    // "TEL090…" is fine when a keyword ends here; a hex or part-number fragment is not
    const h = lastHitBefore(ctx, s);
    if (!(h >= 0 && ctx.hEnd[h] === s)) return true;
  }
  if (p === 0x3d) {
    // a query's or a form body's field: tel=090…, zip=1500001 (a label right before =), not id=123456
    const h = lastHitBefore(ctx, s - 1);
    return !(h >= 0 && ctx.hEnd[h] === s - 1 && ctx.hKind[h] & LABEL_KINDS);
  }
  if (p === 0x2f || p === 0x3f || p === 0x26 || p === 0x5f || p === 0x23 || p === 0x24 || p === 0xa5 || p === 0x5c || p === 0x2a)
    return true; // / ? & _ # $ ¥ \ *
  // 1,234 (not a CSV cell): the group before the comma has 1–3 digits ("1646,090-6410-7197" is two cells) and is no
  // part of a date or a time ("1976/04/05,092-620-9242": a date cell, then a phone)
  // (nor is a group a dash and more digits follow: 405,070-9646-2952 is a room number's cell, then a phone's)
  if (p === 0x2c && isDigit(t.charCodeAt(s - 2)) && e - s === 3 && !(isDigit(t.charCodeAt(s - 3)) && isDigit(t.charCodeAt(s - 4)) && isDigit(t.charCodeAt(s - 5))) && !(t.charCodeAt(e) === 45 && isDigit(t.charCodeAt(e + 1)))) {
    let g = s - 2;
    while (g > 0 && isDigit(t.charCodeAt(g - 1))) g--;
    if (!datePart(t, g)) return true;
  }
  if (p === 0x2d && (isAsciiLetter(t.charCodeAt(s - 2)) || (s >= 2 && t.charCodeAt(s - 2) === 0x2d))) return true; // ABC-1234
  if (p === 0x2e && isAlnum(t.charCodeAt(s - 2))) {
    // v1.2 / a.123, but not TEL.03-… / FAX.03-… (a phone label, then a dot)
    const h = lastHitBefore(ctx, s - 1);
    if (!(h >= 0 && ctx.hEnd[h] === s - 1 && ctx.hKind[h] & K.PHONE)) return true;
  }
  return false;
}

/** Does the digit group starting at g follow a date or time separator after a digit (the 12 of 2024-08-12, 05 of 04/05)? */
function datePart(t: string, g: number): boolean {
  const c = g > 0 ? t.charCodeAt(g - 1) : 0;
  return (c === 0x2f || c === 0x2d || c === 0x2e || c === 0x3a) && isDigit(t.charCodeAt(g - 2));
}

/** Length of a phone extension written right at e ("x459", "x 12"), or 0. */
function extLen(t: string, e: number): number {
  const c = t.charCodeAt(e);
  if (c !== 120 && c !== 88) return 0;
  let j = e + 1;
  if (t.charCodeAt(j) === 32) j++;
  const d = j;
  while (isDigit(t.charCodeAt(j)) && j - d < 6) j++;
  if (j === d || j - d > 5 || isAlnum(t.charCodeAt(j))) return 0;
  return j - e;
}

/**
 * What classifyNumber() found, in one scratch object (a scan never runs inside another): an object per candidate
 * reading, and an array of group lengths per candidate start, were most of what the number pass allocated.
 */
/** The card networks' and payment providers' published test numbers (Stripe, Adyen, Braintree, Visa, JCB docs). */
const TEST_PANS = new Set(
  '4242424242424242|4000056655665556|4111111111111111|4012888888881881|4000000000000002|4000000000009995|5555555555554444|5200828282828210|5105105105105100|2223003122003222|378282246310005|371449635398431|6011111111111117|6011000990139424|3566002020360505|3530111333300000|30569309025904|38520000023237|6200000000000005'.split('|'),
);
/** Words that say a text is about tests: a sandbox, test mode, sample or dummy data. */
const TEST_CUE = /test|sandbox|sample|dummy|example|fixture|テスト|サンドボックス|サンプル|ダミー|検証用/i;
const NUM = { type: 'phone' as FindingType, conf: 0, key: '' };
function num(type: FindingType, conf: number, key: string): true {
  NUM.type = type;
  NUM.conf = conf;
  NUM.key = key;
  return true;
}
/** Lengths of the digit groups of the candidate being read (at most 7). */
const GROUPS = new Int32Array(8);

/** Is every one of the first gl group lengths within [lo, hi]? */
export function groupsWithin(g: Int32Array, gl: number, lo: number, hi: number): boolean {
  for (let i = 0; i < gl; i++) if (g[i] < lo || g[i] > hi) return false;
  return true;
}

/** Exactly three digits at i, then no digit, nor a dash and more digits (a CSV's next cell: 405,070-9646-2952): a thousands group. */
function isThousands(t: string, i: number): boolean {
  return isDigit(t.charCodeAt(i)) && isDigit(t.charCodeAt(i + 1)) && isDigit(t.charCodeAt(i + 2)) && !isDigit(t.charCodeAt(i + 3)) && !(t.charCodeAt(i + 3) === 45 && isDigit(t.charCodeAt(i + 4)));
}

function scanNumbers(ctx: Ctx, rS: IntList, rE: IntList): void {
  const t = ctx.t;
  const R = rS.n;
  const S = rS.a;
  const E = rE.a;
  let a = 0;
  while (a < R) {
    // a candidate starts at a chain start: not glued by '-' or '.' to the run before
    if (a > 0 && gapKind(t, E[a - 1], S[a]) === GAP_TIGHT) {
      a++;
      continue;
    }
    // Fast exit without allocation: every reported number has at least 7 digits.
    let total = 0;
    for (let b = a, ones = 0; b < R && total < 7; b++) {
      if (E[b] - S[b] === 1 && ++ones > 1 && !(t.charCodeAt(S[b] - 1) === 0x29 || t.charCodeAt(S[b]) === 48)) break; // "(0)8": the trunk zero
      total += E[b] - S[b];
      if (b + 1 >= R || gapKind(t, E[b], S[b + 1]) === GAP_NONE) break;
    }
    if (total < 7) {
      a++;
      continue;
    }
    let digits = '';
    const groups = GROUPS;
    let gl = 0;
    let weak = false;
    let tainted = false;
    let best = false;
    let bestType: FindingType = 'phone';
    let bestConf = 0;
    let bestKey = '';
    let bestEnd = -1;
    let bestB = -1;
    let singles = 0;
    for (let b = a; b < R; b++) {
      const len = E[b] - S[b];
      if (digits.length + len > 19 || gl >= 7) break;
      // nobody writes a number as 1 2 3 4 5 6 7: at most one one-digit group (+1 555…, 1-800-…)
      // "+46 (0)8 …": the trunk zero in brackets after a country code is not a group of its own
      const trunk = len === 1 && t.charCodeAt(S[b]) === 48 && t.charCodeAt(S[b] - 1) === 0x28 && t.charCodeAt(E[b]) === 0x29;
      if (len === 1 && !trunk && ++singles > 1) break;
      if (runTainted(ctx, S[b], E[b], b === a)) tainted = true;
      digits += t.slice(S[b], E[b]);
      groups[gl++] = len;
      const g = b + 1 < R ? gapKind(t, E[b], S[b + 1]) : GAP_NONE;
      if (g !== GAP_TIGHT && !tainted && digits.length >= 7) {
        const cand = classifyNumber(ctx, digits, groups, gl, S[a], E[b], weak, b > a ? t.charCodeAt(E[a]) : 0);
        if (cand && (!best || NUM.conf > bestConf || (NUM.conf === bestConf && E[b] > bestEnd))) {
          best = true;
          bestType = NUM.type;
          bestConf = NUM.conf;
          bestKey = NUM.key;
          bestEnd = E[b];
          bestB = b;
        }
      }
      if (g === GAP_NONE) break;
      if (g === GAP_WEAK) {
        // Across a tab or line break only a number written in groups of four continues (1234 5678\n9018), or a
        // Japanese phone written one group per cell or line (03 | 1234 | 5678); classifyNumber wants a phone label then.
        const phoneCells = gl <= 2 && t.charCodeAt(S[a]) === 48 && groups[0] >= 2 && groups[0] <= 5 && len <= 4 && !hasTightSep(t, S[a], E[b]);
        if (!phoneCells && (len !== 4 || !groupsWithin(groups, gl, 4, 4) || hasTightSep(t, S[a], E[b]))) break;
        weak = true;
      }
    }
    if (best) {
      let start = S[a];
      if (start > 0 && t.charCodeAt(start - 1) === 0x28) start--; // "(03) 1234-5678"
      if (bestType === 'phone' && start > 0 && t.charCodeAt(start - 1) === 0x2b) start--;
      if (bestType === 'phone') bestEnd += extLen(t, bestEnd);
      add(ctx, bestType, start, bestEnd, bestConf, bestKey);
      // a weak guess does not consume the runs: a better reading may start inside it
      a = bestConf >= 0.8 ? bestB + 1 : a + 1;
    } else a++;
  }
}

function hasTightSep(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === 45 || c === 46) return true;
  }
  return false;
}

function isDateShape(d: string, g: Int32Array, gl: number): boolean {
  if (gl !== 3) return false;
  const x = g[0];
  const y = g[1];
  const z = g[2];
  if (x === 4 && y <= 2 && z <= 2) {
    const m = +d.slice(4, 4 + y);
    return m >= 1 && m <= 12;
  }
  if (x <= 2 && y <= 2 && z === 4) return true;
  return false;
}

const WEAK_PHONE_CUE = new Set(['desk', 'landline', 'extension', 'ext']);
/** A phone cue word ("messages to", "answering at", "Desk:", "office") on the line just before, or right after. */
function phoneCue(ctx: Ctx, start: number, end: number): boolean {
  for (let i = lastHitBefore(ctx, start), seen = 0; i >= 0 && seen < 4; i--, seen++) {
    if (ctx.hPos[i] < start - 30) break;
    if (!(ctx.hKind[i] & K.PHONE_CUE) || !labelReaches(ctx.t, ctx.hEnd[i], start)) continue;
    // "desk", "landline", "ext" only as a label ("Desk: …")
    if (WEAK_PHONE_CUE.has(ctx.t.slice(ctx.hPos[i], ctx.hEnd[i]).toLowerCase()) && ctx.t.charCodeAt(ctx.hEnd[i]) !== 0x3a) continue;
    return true;
  }
  return hitIn(ctx, end, end + 12, K.PHONE_CUE | K.PHONE) && indexIn(ctx.t, 10, end, end + 12) < 0;
}

/** The groupings of British national numbers: 07xxx xxxxxx, 020 xxxx xxxx, 01xxx xxxxxx, 01xx xxx xxxx. */
function ukShape(d: string, g: Int32Array, gl: number): boolean {
  if (d[1] === '7') return gl === 2 && g[0] === 5;
  if (d[1] === '2') return gl === 3 && g[0] === 3 && g[1] === 4;
  if (d[1] === '1') return (gl === 2 && g[0] === 5) || (gl === 3 && g[0] === 4 && g[1] === 3);
  return false;
}

/** JP phone number validity for a digit string starting with 0 (national form). */
function jpPhoneKind(d: string): number {
  const L = d.length;
  if (d[0] !== '0' || d[1] === '0') return 0;
  if (L === 11) {
    if (/^0(?:[79]0\d|80[1-9])/.test(d)) return 2; // mobile
    if (d.startsWith('050') || d.startsWith('0800')) return 2;
    return 0;
  }
  if (L === 10) {
    if (/^0[5789]0/.test(d) && !d.startsWith('0570')) return 0;
    return 1; // fixed, 0120, 0570
  }
  return 0;
}

function classifyNumber(
  ctx: Ctx,
  d: string,
  g: Int32Array,
  gl: number,
  start: number,
  end: number,
  weak: boolean,
  firstSep: number,
): boolean {
  const t = ctx.t;
  const L = d.length;
  // one digit repeated ("00 00 00 00 00", "1111111111") is a placeholder or a filler, never anyone's number
  let same = 1;
  while (same < L && d.charCodeAt(same) === d.charCodeAt(0)) same++;
  if (same === L) return false;
  const lab = labelBefore(ctx, start);
  const neg = lab & K.NEG || (lab === 0 && hitIn(ctx, end, end + 3, K.NEG)) ? true : false;
  const grouped = gl > 1;
  const plus = start > 0 && t.charCodeAt(start - 1) === 0x2b;
  const capTo = neg ? 0.4 : 1;
  // Tab/line-break joins only for numbers a checksum confirms, or a Japanese phone in three cells under a phone label.
  if (weak && !(L === 12 || L === 13 || L >= 14)) {
    if (gl !== 3 || g[2] !== 4 || neg || !(lab & K.PHONE) || !jpPhoneKind(d)) return false;
    return num('phone', 0.9, d);
  }

  if (plus) {
    if (L < 8 || L > 15) return false;
    if (d.startsWith('81')) {
      // +81 3-…, and +81 (0)3-… / +81 03-… with the trunk zero written as well
      const nat = d[2] === '0' ? d.slice(2) : '0' + d.slice(2);
      if (jpPhoneKind(nat)) return num('phone', Math.min(capTo, lab & K.PHONE ? 0.97 : 0.92), nat);
      return false;
    }
    if (d[0] === '1' && L !== 11) return false;
    return num('phone', Math.min(capTo, lab & K.PHONE ? 0.95 : grouped ? 0.88 : 0.8), d);
  }
  const prevC = start > 0 ? t.charCodeAt(start - 1) : 0;
  const postalMark = prevC === 0x3012 || (start > 1 && t.charCodeAt(start - 2) === 0x3012);
  // 00 + country code: the international prefix written as digits ("001-518-640-0854", "0044 20 …")
  if (d.startsWith('00') && d[2] !== '0' && L >= 11 && L <= 15 && gl >= 3 && !groupsWithin(g, gl, 4, 4) && !(lab & ~K.PHONE) && !isDateShape(d, g, gl)) {
    return num('phone', Math.min(capTo, lab & K.PHONE ? 0.95 : 0.85), d.slice(2));
  }
  // a card number where a card is named (カード, card, cc): any 12–19 digits that pass Luhn, brand or not (Maestro 12)
  if (lab & K.CARD && !neg && L >= 12 && L <= 19 && luhn(d) && !(lab & (K.MYNUM | K.CORP | K.BANK)) && !(L === 13 && d.startsWith('978'))) {
    let groupsOk = true;
    for (let i = 0; i < gl - 1; i++) if (g[i] < 3) groupsOk = false;
    // a store's own card (no scheme's prefix, or only Maestro's broad 5x/6x) said after it to be a gift card or an
    // order's: カード番号：6035 2200 1234 5674（ギフトカード・残高照会用）
    const brand = cardBrand(d);
    if (groupsOk && (brand === '' || brand === 'maestro') && hitIn(ctx, end, lineEnd(t, end, Math.min(t.length, end + 24)), K.NEG)) return false;
    if (groupsOk) return num('credit_card', TEST_PANS.has(d) && TEST_CUE.test(t.slice(Math.max(0, start - 200), Math.min(ctx.n, end + 100))) ? 0.5 : 0.95, d);
  }
  // a phone where a phone is named: a label before it ("Phone:", "Fax", "Mobile") or a cue word around it ("messages to",
  // "(office)"); 7–15 digits in any usual grouping
  // (a 3-4 number before a prefecture or after 〒 is the postal code of an address under 連絡先, not a phone)
  const postalShape = L === 7 && gl === 2 && g[0] === 3 && (postalMark || hitIn(ctx, end, end + 4, K.PREF));
  if (L >= 7 && L <= 15 && !postalShape && !isDateShape(d, g, gl) && !neg && (lab & K.PHONE || (lab === 0 && phoneCue(ctx, start, end)))) {
    let ok = gl <= 5;
    for (let i = 0; i < gl && ok; i++) if (g[i] < 2 && !(i === 0 && gl > 2)) ok = false;
    if (ok && !(firstSep === 46 && gl === 2)) return num('phone', lab & K.PHONE ? 0.9 : 0.85, d);
  }

  if (L === 7) {
    if (gl === 2 && g[0] === 3 && (firstSep === 45 || (firstSep === 32 && (postalMark || lab & K.POSTAL)))) {
      let c = 0.4;
      if (postalMark || lab & K.POSTAL) c = 0.95;
      else if (lab & K.ADDRESS) c = 0.9;
      else if (hitIn(ctx, end, end + 4, K.PREF)) c = 0.9;
      // after an address on its line (vCard ADR "…花畑町4番1号;;;860-0806", "…, Tokyo 150-0001" style)
      else if (prefBefore(ctx, start, 60)) c = 0.85;
      // alone on the line after an address (a CRM screen's address block: 住所 / 長野県… / 389-0111 / 日本)
      else if (aloneOnLine(t, start, end) && prefOnLineBefore(ctx, start)) c = 0.85;
      return num('jp_postal_code', Math.min(capTo, c), d);
    }
    if (!grouped) {
      if (postalMark || lab & K.POSTAL) return num('jp_postal_code', Math.min(capTo, 0.9), d);
      if (lab & K.BANK) return num('jp_bank_account', Math.min(capTo, 0.9), d);
    }
    return false;
  }
  if (L === 8 && !grouped && lab & K.BANK) return num('jp_bank_account', Math.min(capTo, 0.85), d);
  // (not a number grouped as Japanese phones are, 03-1234-5678, after 健康保険証 03-1234-5678)
  if (lab & K.INSURANCE && L >= 4 && L <= 11 && !(lab & K.PHONE) && !(gl === 3 && g[2] === 4 && jpPhoneKind(d))) return num('jp_insurance_number', Math.min(capTo, 0.88), d);
  if (lab & K.PENSION && L === 10) return num('jp_pension_number', Math.min(capTo, 0.92), d);
  // a list under a heading that names them: 基礎年金番号が2つ見つかった件：・4821-073319 (4-6, as the notebook writes it)
  if (L === 10 && lab === 0 && !neg && gl === 2 && g[0] === 4 && headingKind(ctx, start, K.PENSION)) return num('jp_pension_number', 0.85, d);
  // ゆうちょ銀行's 記号番号: 5 digits, then 8 (10180-43718291)
  if (L === 13 && lab & K.BANK && gl === 2 && g[0] === 5) return num('jp_bank_account', Math.min(capTo, 0.9), d);
  if (L === 9) {
    const dashed = gl === 3 && g[0] === 3 && g[1] === 2;
    if (isSsn(d) && (dashed || lab & K.SSN)) {
      if (isDateShape(d, g, gl)) return false;
      return num('us_ssn', Math.min(capTo, lab & K.SSN ? 0.95 : dashed && firstSep === 45 ? 0.85 : 0.6), d);
    }
  }
  if (L === 12) {
    if (lab & K.LICENCE) return num('jp_drivers_license', Math.min(capTo, 0.9), d);
    // no label at hand: a heading above may name what the list holds (マイナンバー収集リスト, 運転免許証)
    // (written as such numbers are: unbroken, or 4-4-4 with hyphens or spaces; not 192.168.197.188)
    const plain = gl === 1 || (gl === 3 && g[0] === 4 && g[1] === 4 && (firstSep === 45 || firstSep === 32));
    const head = lab === 0 && !neg && plain ? headingKind(ctx, start, K.MYNUM | K.LICENCE) : 0;
    if (head & K.LICENCE && !(head & K.MYNUM)) return num('jp_drivers_license', 0.85, d);
    if (isMyNumber(d)) {
      if (lab & K.MYNUM) return num('my_number', Math.min(capTo, 0.97), d);
      if (head & K.MYNUM) return num('my_number', 0.85, d);
      // ~1 in 10 random 12-digit strings pass: without a label this stays below the reporting threshold
      return num('my_number', Math.min(capTo, gl === 3 && g[0] === 4 && g[1] === 4 ? 0.6 : 0.45), d);
    }
    if (lab & K.MYNUM && !weak) return num('my_number', Math.min(capTo, 0.5), d);
  }
  if (L === 13 && isCorporateNumber(d)) {
    if (lab & K.CORP) return num('corporate_number', Math.min(capTo, 0.97), d);
    // T + the number, as invoices write it (on an invoice: an order or invoice label nearby takes nothing from it)
    if (prevC === 0x54) return num('corporate_number', 0.85, d);
    if (!(d.startsWith('978') || d.startsWith('979') || d.startsWith('45') || d.startsWith('49')))
      return num('corporate_number', Math.min(capTo, 0.5), d);
  }
  if (L >= 13 && L <= 19) {
    const brand = cardBrand(d);
    if (brand && luhn(d)) {
      let groupsOk = true;
      for (let i = 0; i < gl - 1; i++) if (g[i] < 3) groupsOk = false;
      if (groupsOk && !(L === 13 && d.startsWith('978'))) {
        let c = lab & K.CARD ? 0.98 : 0.9;
        if (weak && !(lab & K.CARD)) c = 0.75;
        // a list headed as orders or references, with no card named since: ids that happen to pass Luhn
        else if (!(lab & K.CARD) && headingKind(ctx, start, K.CARD | K.NEG, true) & K.NEG) c = 0.6;
        // a card network's published test number where tests are spoken of (a sandbox's docs): nobody's card
        if (TEST_PANS.has(d) && TEST_CUE.test(t.slice(Math.max(0, start - 200), Math.min(ctx.n, end + 100)))) c = 0.5;
        return num('credit_card', Math.min(capTo, c), d);
      }
    }
  }
  if (L === 10 || L === 11) {
    const jp = jpPhoneKind(d);
    if (jp && !isDateShape(d, g, gl)) {
      // (written in groups, a Japanese number ends with 4 digits, or 3 after 0120 / 0800 / 0570: 0364-0621-74 is a code)
      const lastOk = g[gl - 1] === 4 || (g[gl - 1] === 3 && (d.startsWith('0120') || d.startsWith('0800') || d.startsWith('0570')));
      const sepOk = !grouped || (gl >= 2 && gl <= 4 && g[0] <= 5 && lastOk && groupsWithin(g, gl, 1, 0x7fffffff));
      if (sepOk) {
        // (a landline written in one run: a phone spoken of just before it, on its line or the one above, as a chat
        // answers 電話番号わかる？ with 0338457515 だよ)
        let c = lab & K.PHONE ? 0.97 : grouped ? 0.9 : jp === 2 ? 0.85 : hitWithin(ctx, start, 60, K.PHONE) ? 0.85 : 0.65;
        if (firstSep === 46 && !(lab & K.PHONE)) c = Math.min(c, 0.7);
        return num('phone', Math.min(capTo, c), d);
      }
    }
  }
  // British numbers written nationally: mobiles 07xxx xxxxxx, London 020 xxxx xxxx, others 01xxx xxxxxx / 01xx xxx xxxx
  // (11 digits with a trunk 0, which no Japanese number of this shape has)
  if (L === 11 && grouped && d[0] === '0' && !isDateShape(d, g, gl) && ukShape(d, g, gl)) return num('phone', Math.min(capTo, lab & K.PHONE ? 0.95 : 0.85), d);
  // North American and other international formats written without a country code.
  if (L === 10 && gl >= 2 && /^[2-9]\d\d[2-9]/.test(d) && g[0] === 3 && !isDateShape(d, g, gl)) {
    const c = lab & K.PHONE ? 0.95 : gl === 3 && g[1] === 3 ? 0.85 : 0.6;
    return num('phone', Math.min(capTo, c), '1' + d);
  }
  if (L === 11 && d[0] === '1' && g[0] === 1 && gl >= 3 && /^1[2-9]\d\d[2-9]/.test(d)) {
    return num('phone', Math.min(capTo, lab & K.PHONE ? 0.95 : 0.85), d);
  }
  // (six groups or more is a row of numbers, a lottery draw's 03 12 18 27 35 41, not a phone)
  if (L >= 8 && L <= 12 && gl >= 3 && gl <= 5 && !isDateShape(d, g, gl) && groupsWithin(g, gl, 2, 4) && !(t.charCodeAt(end) === 0x20 && isDigit(t.charCodeAt(end + 1)))) {
    // grouped digits with no phone label and no trunk prefix are too weak to report at all
    if (!(lab & K.PHONE) && (d[0] !== '0' || d[1] === '0')) return false; // (a trunk 0, then an area code: never 00…)
    // (the last groups of a longer number, a gift card's 8397 0550 5313 7749: a group of digits just before it)
    if (!(lab & K.PHONE) && prevC === 0x20 && isDigit(t.charCodeAt(start - 2))) return false;
    // a short last group after longer ones (0364-0621-74) is a code; pairs all through (01 23 45 67 89) are French
    if (!(lab & K.PHONE) && g[gl - 1] < 3 && !groupsWithin(g, gl, 2, 2)) return false;
    const c = lab & K.PHONE ? 0.9 : 0.8;
    return num('phone', Math.min(capTo, c), d);
  }
  // ((2016–2021) is a span of years)
  const years = gl === 2 && g[0] === 4 && g[1] === 4 && /^(?:19|20)\d\d(?:19|20)\d\d$/.test(d);
  if (L >= 8 && L <= 11 && !years && (gl === 2 || (gl === 3 && t.charCodeAt(start + g[0]) === 0x29)) && prevC === 0x28 && g[0] <= 4) {
    return num('phone', Math.min(capTo, lab & K.PHONE ? 0.9 : 0.8), d);
  }
  if (L >= 10 && L <= 11 && lab & K.PHONE && !grouped) return num('phone', Math.min(capTo, 0.8), d);
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
const isLocal = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number) => isAlnum(c) || c === 46 || c === 45;

function scanEmails(ctx: Ctx, ats: IntList): void {
  const t = ctx.t;
  let lastEnd = -1;
  for (let k = 0; k < ats.n; k++) {
    const at = ats.a[k];
    if (at < lastEnd) continue;
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(t.charCodeAt(s - 1))) s--;
    while (s < at && (t.charCodeAt(s) === 46 || t.charCodeAt(s) === 45)) s++;
    if (s === at) continue;
    // a URL's user part (https://key@o123.ingest.sentry.io/…, ftp://user@host) is no mailbox
    if (t.charCodeAt(s - 1) === 0x2f && t.charCodeAt(s - 2) === 0x2f && t.charCodeAt(s - 3) === 0x3a) continue;
    let e = at + 1;
    while (e < ctx.n && e - at < 254 && isDomain(t.charCodeAt(e))) e++;
    while (e > at + 1 && (t.charCodeAt(e - 1) === 46 || t.charCodeAt(e - 1) === 45)) e--;
    // the domain needs a dot (not first) and a top-level part of 2+ letters after the last one
    let dot = e - 1;
    while (dot > at && t.charCodeAt(dot) !== 46) dot--;
    if (dot <= at + 1 || e - dot - 1 < 2 || !allLetters(t, dot + 1, e)) continue;
    add(ctx, 'email', s, e, 0.97, t.slice(s, e).toLowerCase());
    lastEnd = e;
  }
  // percent-encoded, as URLs, form bodies and logs carry it: name%40example.com (one key with the plain address)
  for (let at = t.indexOf('%40'); at > 0; at = t.indexOf('%40', at + 3)) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(t.charCodeAt(s - 1)) && t.charCodeAt(s - 1) !== 0x3d) s--;
    while (s < at && (t.charCodeAt(s) === 46 || t.charCodeAt(s) === 45)) s++;
    if (s === at) continue;
    let e = at + 3;
    while (e < ctx.n && e - at < 256 && isDomain(t.charCodeAt(e))) e++;
    while (e > at + 3 && (t.charCodeAt(e - 1) === 46 || t.charCodeAt(e - 1) === 45)) e--;
    let dot = e - 1;
    while (dot > at + 2 && t.charCodeAt(dot) !== 46) dot--;
    if (dot <= at + 3 || e - dot - 1 < 2 || !allLetters(t, dot + 1, e)) continue;
    add(ctx, 'email', s, e, 0.95, (t.slice(s, at) + '@' + t.slice(at + 3, e)).toLowerCase());
  }
  // written so a harvester misses it, as web pages and signatures do: taro(at)example.co.jp, info★example.jp,
  // taro [at] example [dot] com (one key with the plain address)
  for (const mark of AT_MARKS) {
    for (let at = t.indexOf(mark); at > 0; at = t.indexOf(mark, at + mark.length)) {
      const q = t.charCodeAt(at - 1) === 0x20 && mark.length > 1 ? at - 1 : at;
      let s = q;
      while (s > 0 && q - s < 64 && isLocal(t.charCodeAt(s - 1))) s--;
      while (s < q && (t.charCodeAt(s) === 46 || t.charCodeAt(s) === 45)) s++;
      if (s === q) continue;
      let i = at + mark.length;
      if (t.charCodeAt(i) === 0x20 && mark.length > 1) i++;
      let domain = '';
      let e = -1;
      let labels = 0;
      for (let guard = 0; guard < 10; guard++) {
        const ls = i;
        while (i < ctx.n && i - ls < 63 && (isAlnum(t.charCodeAt(i)) || t.charCodeAt(i) === 45)) i++;
        if (i === ls) break;
        domain += t.slice(ls, i);
        labels++;
        e = i;
        const dot = t.charCodeAt(i) === 46 && isAlnum(t.charCodeAt(i + 1)) ? 1 : DOT_WORD.exec(t.slice(i, i + 8))?.[0].length ?? 0;
        if (!dot) break;
        domain += '.';
        i += dot;
      }
      if (labels < 2 || !allLetters(domain, domain.lastIndexOf('.') + 1, domain.length) || domain.length - domain.lastIndexOf('.') - 1 < 2) continue;
      add(ctx, 'email', s, e, 0.9, (t.slice(s, q) + '@' + domain).toLowerCase());
    }
  }
}
/** What stands for @ where a page hides an address from harvesters. */
const AT_MARKS = ['(at)', '[at]', '(AT)', '[AT]', '★', '☆', '◎', '(アットマーク)', '（アットマーク）'];
/** What stands for a dot in such an address: (dot), [dot], a space-padded " dot ". */
const DOT_WORD = /^ ?(?:\(dot\)|\[dot\]|\(DOT\)|\[DOT\]) ?/;

/** Every char of t[s, e) passes `is` (isAsciiLetter, isKanji, isHira …). */
function allOf(t: string, s: number, e: number, is: (c: number) => boolean): boolean {
  for (let i = s; i < e; i++) if (!is(t.charCodeAt(i))) return false;
  return true;
}
const allLetters = (t: string, s: number, e: number) => allOf(t, s, e, isAsciiLetter);

// Regexes at module level: a regex literal inside a function is a new RegExp object every time it is evaluated.
const IBAN_SHAPE = /^[A-Z]{2}\d\d[A-Z0-9]+$/;
/** After a residence card or passport label: the number written with spaces or hyphens between its parts. */
// (grouped as a scan or a form groups it: AX 2098 5450 NM, EJ1056 9971XK; maybe after 番号 / No.)
const SPACED_RESIDENCE = /^[\s:：]{0,4}(?:番号|等の番号|No\.?|number)?[\s:：]{0,4}([A-Z]{2}[ -]?\d{4}[ -]?\d{4}[ -]?[A-Z]{2})(?![A-Za-z0-9])/;
const SPACED_PASSPORT = /^[\s:：]{0,4}([A-Z]{2}[ -]\d{7})(?![A-Za-z0-9])/;
function scanSpacedIds(ctx: Ctx): void {
  for (let h = 0; h < ctx.hN; h++) {
    // digits set one by one under a number's label, as OCR and PDF forms give them (口座番号　７ ７ ３ ２ ２ ２ ８)
    if (ctx.hKind[h] & (K.BANK | K.MYNUM | K.PHONE)) {
      const from = ctx.hEnd[h];
      const m = SPACED_DIGITS.exec(ctx.t.slice(from, from + 48));
      if (m) {
        const d = m[1].replace(SPACES, '');
        const s = from + m[0].length - m[1].length;
        const kk = ctx.hKind[h];
        const type: FindingType | null =
          kk & K.MYNUM && d.length === 12 && isMyNumber(d) ? 'my_number' :
          kk & K.BANK && d.length === 7 ? 'jp_bank_account' :
          kk & K.PHONE && d[0] === '0' && d[1] !== '0' && (d.length === 10 || d.length === 11) ? 'phone' :
          null;
        if (type) add(ctx, type, s, s + m[1].length, 0.9, d);
      }
    }
    const k = ctx.hKind[h] & (K.RESIDENCE | K.PASSPORT);
    if (!k) continue;
    const from = ctx.hEnd[h];
    const m = (k & K.RESIDENCE ? SPACED_RESIDENCE : SPACED_PASSPORT).exec(ctx.t.slice(from, from + 24));
    if (!m) continue;
    const s = from + m[0].length - m[1].length;
    add(ctx, k & K.RESIDENCE ? 'jp_residence_card' : 'jp_passport', s, s + m[1].length, 0.95, m[1].replace(/[ -]/g, ''));
  }
}

/** After a label: a separator, then seven to twelve digits each set apart by one space (and nothing digit-like after). */
const SPACED_DIGITS = /^[\s:：]{0,4}((?:\d[ \u3000]){6,11}\d)(?![\d]| \d)/;
const PASSPORT_SHAPE = /^[A-Z]{2}\d{7}$/;
const RESIDENCE_SHAPE = /^[A-Z]{2}\d{8}[A-Z]{2}$/;
const SPACES = /\s+/g;
const SPACE = /\s/g;
const NL_OR_DIGIT = /[\n\d]/;
const LEADING_SPACE_LINE = /^\s*\n?/;

/** Passport (AA1234567), residence card (AB12345678CD) and IBAN, all starting with two letters. */
function scanAlnumIds(ctx: Ctx, starts: IntList): void {
  const t = ctx.t;
  const n = ctx.n;
  for (let k = 0; k < starts.n; k++) {
    const s = starts.a[k];
    // letters + digits, allowing single spaces (IBAN groups of four)
    let e = s;
    let raw = '';
    while (e < n && raw.length < 34) {
      const c = t.charCodeAt(e);
      if (isAlnum(c)) {
        raw += String.fromCharCode(isLower(c) ? c - 32 : c);
        e++;
      } else if (c === 32 && e + 1 < n && isAlnum(t.charCodeAt(e + 1)) && raw.length >= 4) e++;
      else break;
    }
    if (raw.length < 15 && e < n && isAlnum(t.charCodeAt(e))) continue;
    const upper = isUpper(t.charCodeAt(s)) && isUpper(t.charCodeAt(s + 1));
    const lab = labelBefore(ctx, s);
    if (raw.length >= 15 && IBAN_SHAPE.test(raw)) {
      // find the shortest prefix that is a valid IBAN, ending at a group boundary
      for (let L = 15, i = s, got = 0; L <= raw.length; L++) {
        if (isIban(raw.slice(0, L))) {
          // map L alnum chars back to an end offset
          i = s;
          got = 0;
          while (got < L) {
            if (isAlnum(t.charCodeAt(i))) got++;
            i++;
          }
          if (i < n && isAlnum(t.charCodeAt(i))) continue;
          add(ctx, 'iban', s, i, lab & K.IBAN ? 0.99 : 0.95, raw.slice(0, L));
          break;
        }
      }
      continue;
    }
    if (!upper) continue;
    if (PASSPORT_SHAPE.test(raw) && !(t.charCodeAt(s + 9) === 32 && isAlnum(t.charCodeAt(s + 10)))) {
      add(ctx, 'jp_passport', s, s + 9, lab & K.PASSPORT ? 0.95 : lab & K.NEG ? 0.3 : 0.5, raw);
    } else if (RESIDENCE_SHAPE.test(raw) && e === s + 12) {
      add(ctx, 'jp_residence_card', s, e, lab & K.RESIDENCE ? 0.97 : lab & K.NEG ? 0.3 : 0.75, raw);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Addresses: a prefecture, or a municipality (…市/区/町/村/郡) followed by block numbers.

// char tests by comparison, not Set.has (a hash lookup per digit run and per address char)
const isMuni = (c: number) => c === 0x5e02 || c === 0x533a || c === 0x753a || c === 0x6751 || c === 0x90e1; // 市 区 町 村 郡
const isBlockAfter = (c: number) => c === 0x4e01 || c === 0x756a || c === 0x53f7 || c === 0x2d || c === 0x306e; // 丁 番 号 - の
const isDirection = (c: number) => c === 0x6771 || c === 0x897f || c === 0x5357 || c === 0x5317; // 東 西 南 北
/** Hokkaido's grid blocks: 北1条西2丁目, 4条通8 — N条 after or before a direction (not 第1条 of a law). */
const isJouBlock = (t: string, ds: number, de: number) =>
  t.charCodeAt(de) === 0x6761 && (isDirection(t.charCodeAt(ds - 1)) || isDirection(t.charCodeAt(de + 1)) || t.charCodeAt(de + 1) === 0x901a);
/** Cities written in hiragana: the run before their 市 is the name, not a particle (さいたま市, つくば市). */
const HIRA_CITIES = ['さいたま', 'つくばみらい', 'つくば', 'ひたちなか', 'いわき', 'かすみがうら', 'みどり', 'あきる', 'いすみ', 'うきは', 'えびの', 'みやま', 'たつの', 'さくら', 'つがる', 'ふじみ', 'みよし', 'いなべ', 'かほく', 'むつ', 'あま'];
// 一 二 三 四 五 六 七 八 九 十
const isKanjiNum = (c: number) =>
  c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;

/** walkAddress() results (one scratch object, not an array per call). */
const WALK = { end: 0, muni: false, block: false };

/** Walks an address from `s` (after any prefecture of length `prefLen`); returns WALK: end, has a municipality, has a block. */
function walkAddress(ctx: Ctx, s: number, prefLen: number, stopAt: number): typeof WALK {
  const t = ctx.t;
  let lim = Math.min(ctx.n, s + 60, stopAt);
  let i = s + prefLen;
  let hasMuni = false;
  let hasBlock = false;
  let lastGood = i;
  let usedSpace = false;
  // the parts may stand apart, in cells or spaced (東京都 渋谷区 神南1-12-16, 東京都\t渋谷区\t神南1-12-16): then the
  // block must read as one (1-12-16, 1丁目, 12番), not a count in a statistics row (東京都\t渋谷区\t会員数12)
  let seps = 0;
  let strong = false;
  let atSep = -1;
  let muniAtSep = false;
  while (i < lim) {
    const c = t.charCodeAt(i);
    if (!hasBlock && seps < 3 && (i === s + prefLen ? prefLen > 0 : hasMuni && isMuni(t.charCodeAt(i - 1)))) {
      const k = addrSepLen(t, i);
      if (k && (isKanji(t.charCodeAt(i + k)) || isKata(t.charCodeAt(i + k)))) {
        if (!seps) {
          atSep = lastGood;
          muniAtSep = hasMuni;
        }
        seps++;
        i += k;
        lim = Math.min(ctx.n, i + 60, stopAt);
        continue;
      }
    }
    if (isKanji(c) || isKata(c)) {
      if (!hasMuni && isMuni(c) && i > s + prefLen) hasMuni = true;
      if (hasBlock && c === 0x53f7) {
        // 号, 号室
        i++;
        if (t.charCodeAt(i) === 0x5ba4) i++;
        lastGood = i;
        continue;
      }
      if (isKanjiNum(c) && t.charCodeAt(i + 1) === 0x4e01) hasBlock = strong = true;
      i++;
      if (!hasBlock || isKata(c) || c === 0x4e01 || c === 0x76ee || c === 0x756a || c === 0x5730 || c === 0x968e) lastGood = i;
      else lastGood = i;
      continue;
    }
    if (isDigit(c)) {
      if (hasMuni || prefLen > 0) hasBlock = true;
      const nx = t.charCodeAt(i + 1);
      if (nx === 0x4e01 || nx === 0x756a || nx === 0x53f7) strong = true;
      i++;
      lastGood = i;
      continue;
    }
    if (c === 0x2d && i > s && (isDigit(t.charCodeAt(i - 1)) || isKanjiNum(t.charCodeAt(i - 1))) && isDigit(t.charCodeAt(i + 1))) {
      strong = true;
      i++;
      continue;
    }
    if (isHira(c)) {
      // hiragana inside a place name (丸の内, つつじケ丘, さいたま市), not a particle after it
      let j = i;
      while (j < lim && isHira(t.charCodeAt(j))) j++;
      const run = j - i;
      const nx = t.charCodeAt(j);
      const okRun = run === 1 ? (c === 0x306e || c === 0x304c || c === 0x30b1) && (isKanji(nx) || isKata(nx)) : run <= 6 && !hasBlock && (isKanji(nx) || isKata(nx));
      if (!okRun) break;
      i = j;
      continue;
    }
    if ((c === 0x20 || c === 0x3000) && !usedSpace && hasBlock) {
      // one space before a building name
      const nx = t.charCodeAt(i + 1);
      if (isKata(nx) || isUpper(nx) || isKanji(nx)) {
        usedSpace = true;
        i++;
        continue;
      }
      break;
    }
    if (isAsciiLetter(c) && hasBlock) {
      i++;
      lastGood = i;
      continue;
    }
    break;
  }
  if (seps && !(hasMuni && hasBlock && strong)) {
    // apart but no full address: what stood before the first gap
    WALK.end = atSep;
    WALK.muni = muniAtSep;
    WALK.block = false;
    return WALK;
  }
  WALK.end = lastGood;
  WALK.muni = hasMuni;
  WALK.block = hasBlock;
  return WALK;
}

/** The gap between two parts of an address at i: a space or two, a tab, a comma, a CSV's "," or "\t"; else 0. */
function addrSepLen(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === 0x20 || c === 0x3000) return t.charCodeAt(i + 1) === c ? 2 : 1;
  if (c === 9 || c === 0x2c) return 1;
  if (c === 0x22 && (t.charCodeAt(i + 1) === 0x2c || t.charCodeAt(i + 1) === 9) && t.charCodeAt(i + 2) === 0x22) return 3;
  return 0;
}

function scanAddresses(ctx: Ctx, rS: IntList, rE: IntList): void {
  const t = ctx.t;
  let covered = -1;
  const prefSpans: number[] = [];
  const nextLabelAfter = (p: number): number => {
    for (let h = lastHitBefore(ctx, p + 1) + 1; h < ctx.hN && ctx.hPos[h] < p + 70; h++) {
      if (ctx.hKind[h] & (LABEL_KINDS & ~K.BANK & ~K.NEG & ~K.OTHER & ~K.NAME) && ctx.hKind[h] & (K.PHONE | K.EMAIL | K.DOB | K.POSTAL | K.MYNUM | K.CARD)) return ctx.hPos[h];
    }
    return ctx.n;
  };
  // prefecture anchors
  for (let h = 0; h < ctx.hN; h++) {
    if (!(ctx.hKind[h] & K.PREF)) continue;
    const s = ctx.hPos[h];
    if (s < covered) continue;
    const prefLen = ctx.hEnd[h] - s;
    const { end: e, muni, block } = walkAddress(ctx, s, prefLen, nextLabelAfter(s));
    const lab = labelBefore(ctx, s, 25);
    const labelled = (lab & (K.ADDRESS | K.POSTAL)) !== 0 || hitIn(ctx, s - 3, s, K.POSTAL);
    let c = 0;
    if (muni && block) c = 0.95;
    else if (muni) c = labelled ? 0.9 : 0.6;
    else if (labelled && e > s + prefLen) c = 0.8;
    if (c) {
      add(ctx, 'jp_address', s, e, c, addrKey(t, s, e));
      covered = e;
      prefSpans.push(s, e);
    }
  }
  let ps = 0;
  covered = -1;
  // municipality anchors: digits preceded (within a few chars) by …市/区/町/村
  for (let r = 0; r < rS.n; r++) {
    const ds = rS.a[r];
    while (ps < prefSpans.length && prefSpans[ps + 1] <= ds) ps += 2;
    if (ps < prefSpans.length && prefSpans[ps] <= ds) continue; // inside a prefecture-anchored address
    if (ds < covered) continue;
    const nx = t.charCodeAt(rE.a[r]);
    if (!isBlockAfter(nx) && !(rE.a[r] - ds <= 4 && isAddrEndBoundary(nx)) && !isJouBlock(t, ds, rE.a[r])) continue;
    let m = ds - 1;
    let seenMuni = -1;
    while (m >= 0 && ds - m <= 14) {
      const c = t.charCodeAt(m);
      if (!(isKanji(c) || isKata(c) || isHira(c))) break;
      if (isMuni(c) && seenMuni < 0) seenMuni = m;
      m--;
    }
    let s = m + 1;
    while (s < ds && isHira(t.charCodeAt(s)) && s < seenMuni && !startsHiraCity(t, s)) s++; // a particle before the place name
    // a particle inside the run ends what came before it (住所は横浜市…, 本社のある大阪市…), unless it is a hiragana city
    for (let j = seenMuni - 1; j > s; j--) {
      if (!isHira(t.charCodeAt(j))) continue;
      let a = j;
      while (a > s && isHira(t.charCodeAt(a - 1))) a--;
      const city = hiraCityEndingAt(t, a, j + 1);
      if (city === a) {
        j = a;
        continue;
      }
      s = city >= 0 ? city : j + 1;
      break;
    }
    if (seenMuni < 0 || seenMuni - s < 1 || s >= ds) continue;
    const { end: e, block } = walkAddress(ctx, s, 0, nextLabelAfter(s));
    if (!block) continue;
    covered = e;
    const lab = labelBefore(ctx, s, 25);
    const c = lab & K.ADDRESS ? 0.95 : 0.85;
    add(ctx, 'jp_address', s, e, c, addrKey(t, s, e));
    covered = e;
  }
  // 住所 column cells and "住所: …" values that the anchors above did not cover
  for (let i = 0; i < ctx.cS.n; i++) {
    if (!(ctx.cK.a[i] & K.ADDRESS)) continue;
    let s = ctx.cS.a[i];
    let e = ctx.cE.a[i];
    while (s < e && isSpace(t.charCodeAt(s))) s++;
    while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
    if (e - s < 4 || e - s > 120) continue;
    if (!hasKanjiOrDigit(t, s, e)) continue;
    add(ctx, 'jp_address', s, e, 0.9, addrKey(t, s, e));
  }
}

/** Where a hiragana city name ending at e starts within [a, e) (はさいたま → さいたま), or -1. */
function hiraCityEndingAt(t: string, a: number, e: number): number {
  for (const w of HIRA_CITIES) if (e - w.length >= a && t.startsWith(w, e - w.length)) return e - w.length;
  return -1;
}

/** A hiragana city name starts at s and runs up to the kanji after it (さいたま市, not はさいたま市). */
function startsHiraCity(t: string, s: number): boolean {
  for (const w of HIRA_CITIES) if (t.startsWith(w, s) && !isHira(t.charCodeAt(s + w.length))) return true;
  return false;
}

/** What /[\u4e00-\u9fff]/ or /\d/ finds in t.slice(s, e), without the slice. */
function hasKanjiOrDigit(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || isDigit(c)) return true;
  }
  return false;
}

function isAddrEndBoundary(c: number): boolean {
  return c === 0 || isSpace(c) || c === 0x3001 || c === 0x3002 || c === 0x2c || c === 0x28 || c === 0x29 || Number.isNaN(c);
}

function addrKey(t: string, s: number, e: number): string {
  if (!hasSpaceIn(t, s, e, false)) return t.slice(s, e);
  return t.slice(s, e).replace(SPACES, '');
}

/** Any \s (as regexes define it) in [s, e), or ・ too with `dot`: most keys have none and skip the regex. */
function hasSpaceIn(t: string, s: number, e: number, dot: boolean): boolean {
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (isJsSpace(c) || (dot && c === 0x30fb)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Names.

/** A Japanese name token starting at `s`: kanji/kana with at most one inner space; returns end or -1. */
const CORP_IN_VALUE = /会社|法人|組合|協会|機構|財団|社団|事務所|センター/;
function jpNameToken(t: string, s: number, lim: number): number {
  let i = s;
  let spaces = 0;
  let chars = 0;
  while (i < lim) {
    const c = t.charCodeAt(i);
    if (isKanji(c) || isKata(c) || isHira(c) || c === 0x30fb) {
      if (c !== 0x30fb) chars++;
      i++;
    } else if ((c === 0x20 || c === 0x3000) && (spaces === 0 || (spaces < 3 && isKata(t.charCodeAt(i - 1)) && isKata(t.charCodeAt(i + 1)))) && chars > 0 && i + 1 < lim) {
      // (katakana names of three or four words: タマン ラジ クマル, ダシルバ マリア アパレシーダ)
      const nx = t.charCodeAt(i + 1);
      if (!(isKanji(nx) || isKata(nx) || isHira(nx))) break;
      spaces++;
      i++;
    } else break;
    if (chars > (spaces > 1 ? 18 : 12)) return -1;
  }
  // (a one-kanji family name, alone: 確認者：堀; the caller decides)
  if (chars === 1 && i === s + 1 && familyAt(t, s) === 1 && (i >= t.length || isSpace(t.charCodeAt(i)))) return i;
  if (chars < 2 || t.charCodeAt(s) === 0x30fb) return -1; // (氏名・生年月日: a list of labels)
  // a company or a body, not a person (保証人：株式会社ジェイリース)
  if (CORP_IN_VALUE.test(t.slice(s, i))) return -1;
  // a company as bank accounts write it: トウワブッサン(カ, ヤマダシヨウジ(ユ) — 株式会社, 有限会社 …
  if ((t.charCodeAt(i) === 0x28 || t.charCodeAt(i) === 0xff08) && CORP_MARK.test(t.slice(i + 1, i + 4))) return -1;
  // two single kanji, and more after another space: letter-spaced text (本 日 休 業), not a family and a given name
  if (chars === 2 && spaces === 1 && t.charCodeAt(i) === 0x20 && isKanji(t.charCodeAt(i + 1)) && t.charCodeAt(i + 2) === 0x20) return -1;
  // what a name field holds when it holds no name: a total, a header, a department (担当者：営業部), unless the whole
  // is a family name (阿部, 服部)
  if (i - s <= 6 && NOT_NAME_VALUE.has(t.slice(s, i))) return -1;
  if (NOT_NAME_END.has(t.charCodeAt(i - 1)) && familyAt(t, s) !== i - s) return -1;
  // an instruction or a sentence, not a name (氏名：全角で入力してください)
  for (let k = s; k < i; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x3092) return -1; // を
    if (c === 0x304f && t.charCodeAt(k + 1) === 0x3060) return -1; // くだ(さい)
    // です ます ending a sentence (not ますだ, a family name read in kana)
    if ((c === 0x3067 || c === 0x307e) && t.charCodeAt(k + 1) === 0x3059 && !(isHira(t.charCodeAt(k + 2)) && t.charCodeAt(k + 2) !== 0x306e)) return -1;
  }
  return i;
}

/** The abbreviations of 株式会社 (カ), 有限会社 (ユ), 合同会社 (ド), 医療法人 (イ), 社団/財団法人 (シヤ, ザイ) … after a kana
 * name in a bank account's holder: a company. */
const CORP_MARK = /^(?:カ|ユ|ド|イ|シヤ|シャ|ザイ|ガク|シユウ|フク)(?:[)）\s]|$)/;
const JSON_ONLY_LABELS = new Set(['family', 'given']);
/** [s, e) is 1–3 kanji, a space, and a given name of 2–3 kanji that ends it. */
function apartGiven(t: string, s: number, e: number): boolean {
  let g = s;
  while (g < e && g - s < 4 && isKanji(t.charCodeAt(g))) g++;
  if (g === s || g - s > 3 || !(t.charCodeAt(g) === 0x20 || t.charCodeAt(g) === 0x3000)) return false;
  return allOf(t, g + 1, e, isKanji) && jaGiven23(t, g + 1, e);
}
/** A title written before a name, with a space: 課長 宮崎, 部長　松尾. */
const TITLE_BEFORE = /^(?:課長|部長|係長|主任|社長|専務|常務|次長|室長|店長|所長|支店長|院長|理事長|副部長|課長代理)[ 　]/;
/** Chars that, right after a name label, make it part of a longer word (名義 + 人, 申込者 + 数, 契約者 + 様). */
const LABEL_RUNS_ON = new Set('人者様数欄名'.split('').map((c) => c.charCodeAt(0)));
/** A month and a day or a year after it: a date, not a name (Jun 17 1977, May 2025). */
const MONTH_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d/;
/** A column's type in SQL or a schema language, after a column called name. */
const SQL_TYPE = /^(?:n?varchar2?|n?char|text|string|int(?:eger)?|bigint|smallint|numeric|decimal|bool(?:ean)?|date|datetime|timestamp(?:tz)?|uuid|jsonb?|serial|float|double|real|blob|clob)$/i;
/** English labels that name without a colon after them ("under my partner's name Kevin Vajda", "assignee Kim Lee"). */
const NAME_ENDING_LABEL = /(?:name|assignee|payee)$/i;
/** English labels whose value is a team or a task as often as a person. */
const TEAM_OR_PERSON_LABEL = /owner|assign|handled|customer|request|operator|prepared|submitted|approved|reported|attn|attention/i;
/** Labels of one part of a name (a surname alone under them may look like a word). */
const PART_LABEL = /last|sur|family|first|given|middle/i;
/** Particles that end a name's sentence part: は が を に の と も へ で. */
const PARTICLE_AFTER_NAME = new Set('はがをにのともへで'.split('').map((c) => c.charCodeAt(0)));
/** Name labels that head teams and tasks too: their value is a person when a listed family name starts it. */
const WEAK_NAME_LABELS = new Set(['担当', 'ご担当', '担当医', '主治医', '営業担当', 'オペレーター', '担当オペレーター', '受付者', '受付担当', '受付者印', '上長確認', '確認', '承認欄', '承認', '検印', 'operator', '緊急連絡先', '対象者', '報告者', '点検者', '入居者', '受付', '起案', '起票', '照合済', '照合者', '決裁', '応対者', '入力者', '社員', '従業員', '職員', '会員', '組合員', '加入者', '生徒', '児童', '受講者', '学生']);
/** A listed (gimei or IPADIC) family name of 2–3 kanji starts at s. */
function listedFamilyAt(t: string, s: number): boolean {
  const fl = familyAt(t, s);
  return (fl > 0 && fl !== JA_CANDIDATE) || (fl === JA_CANDIDATE && (jaIsFamily(t, s, 2) || jaIsFamily(t, s, 3)));
}
/** Latin words that read as a person's name: one a listed given name, or all in capitals as passports write them. */
function latinPersonish(t: string, s: number, e: number): boolean {
  let caps = true;
  for (let i = s; i < e; ) {
    let j = i;
    while (j < e && isAsciiLetter(t.charCodeAt(j))) j++;
    if (j > i && givenKind(t, i, j) !== 0) return true;
    for (let k = i; k < j; k++) if (isLower(t.charCodeAt(k))) caps = false;
    i = j + 1;
  }
  return caps;
}
/** Two words or more in [s, e): a space, a wide space or a ・ between letters. */
function twoWords(t: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0x30fb) return true;
  }
  return false;
}
/**
 * What follows the listed family name at s up to e may be a given name: nothing, or 1–3 chars that start no place or
 * office and are no such word (担当：中野倉庫, 確認：山田 次回連絡 are no names).
 */
function givenRestOk(t: string, s: number, e: number): boolean {
  let fl = familyAt(t, s);
  if (fl === JA_CANDIDATE) fl = jaIsFamily(t, s, 3) ? 3 : 2;
  let g = s + fl;
  if (t.charCodeAt(g) === 0x20 || t.charCodeAt(g) === 0x3000) g++;
  if (g >= e) return true;
  if (!isKanji(t.charCodeAt(g))) return true; // kana given names: judged elsewhere
  return e - g <= 3 && !NOT_GIVEN_START.has(t.charCodeAt(g)) && !NOT_GIVEN_WORD.has(t.slice(g, e));
}
/**
 * 3–7 kanji with one space between each, and nothing but a line end, a space or punctuation after, that start with a
 * listed family name once the spaces are dropped (佐 久 間 翔 太): where the name ends, else -1.
 */
function spacedKanjiName(t: string, s: number, n: number): number {
  let e = s + 1;
  let k = 1;
  while (k < 7 && t.charCodeAt(e) === 0x20 && isKanji(t.charCodeAt(e + 1))) {
    e += 2;
    k++;
  }
  if (k < 3 || (e < n && !isSpace(t.charCodeAt(e)) && !isPunct(t.charCodeAt(e)))) return -1;
  let w = '';
  for (let i = s; i < e; i += 2) w += t[i];
  return listedFamilyAt(w, 0) ? e : -1;
}
/** What a name label's brackets may say about the field: フリガナ（姓）, 氏名（ローマ字）. */
const LABEL_QUALIFIERS = new Set('姓|名|セイ|メイ|せい|めい|カナ|かな|フリガナ|ふりがな|漢字|全角|半角|ローマ字|英字|姓名|任意|必須|Last|First|last|first'.split('|'));
/** Values of a name field or column that are no name: totals, headers, placeholders, UI words. */
const NOT_NAME_VALUE = new Set(
  '合計|小計|総計|所属|部署|役職|未定|未設定|不明|なし|該当なし|全員|各位|担当|本人|同上|空欄|未入力|未割当|削除|編集|保存|詳細|一覧|検索|設定|ステータス|フォロワー|タグ|メモ|備考|優先度|期限|件名|添付|センター|チーム|グループ|任意|必須|リスト|変更|変更届'.split('|'),
);
/** Last kanji of departments, offices and organisations: 営業部, 総務課, 本社, 新宿店, 法務省. */
const NOT_NAME_END = new Set('部課室係局署所社店省庁会団校院科届書票簿欄表'.split('').map((c) => c.charCodeAt(0)));

/** All kana (a reading): katakana, hiragana, ・ and spaces. */
function allKana(t: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k);
    if (!(isKata(c) || isHira(c) || c === 0x30fb || c === 0x20 || c === 0x3000)) return false;
  }
  return true;
}

/** Words in capitals a name field holds when it holds no name. */
const NOT_A_NAME_CAPS = new Set(['TBD', 'TBA', 'NONE', 'NULL', 'NA', 'UNKNOWN', 'TEST', 'SAMPLE', 'DUMMY', 'ADMIN', 'USER', 'GUEST', 'ID', 'NO', 'YES', 'OK', 'VIP']);

/** An English name starting at `s`: 1–4 capitalised words or initials, or words in capitals. */
function enNameToken(t: string, s: number, lim: number, minWords: number): number {
  let i = s;
  let words = 0;
  let end = -1;
  while (i < lim && words < 4) {
    const c = t.charCodeAt(i);
    if (!(isUpper(c) || (c >= 0xc0 && c <= 0xde))) break;
    let j = i + 1;
    // (lower case beyond ASCII too: Dvořák, Kivelä; a capital inside: DeShawn, McDonald)
    for (let c = t.charCodeAt(j); j < lim && (isLatinLower(c) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || (j > i + 1 && isUpper(c) && isLatinLower(t.charCodeAt(j + 1)))); c = t.charCodeAt(++j));
    // a name in capitals, as passports, cards and forms write it (NGUYEN VAN AN, OHIRA YUMI)
    if (j === i + 1 && isUpper(t.charCodeAt(j))) {
      while (j < lim && (isUpper(t.charCodeAt(j)) || ((t.charCodeAt(j) === 0x27 || t.charCodeAt(j) === 0x2d) && isUpper(t.charCodeAt(j + 1))))) j++;
      // (not an acronym in a phrase: "NASA project")
      // (nor a constant in code: TIMEOUT_MS, MAX2)
      if (isLower(t.charCodeAt(j)) || t.charCodeAt(j) === 0x5f || isDigit(t.charCodeAt(j)) || (t.charCodeAt(j) === 32 && isLower(t.charCodeAt(j + 1))) || NOT_A_NAME_CAPS.has(t.slice(i, j))) break;
    }
    if (j === i + 1) {
      // an initial: "J." or "J"
      if (t.charCodeAt(j) === 46) j++;
      else if (t.charCodeAt(j) !== 32) break;
    }
    words++;
    end = j;
    // (a + between words is a URL-encoded space: name=Misaki+Azuma)
    if (t.charCodeAt(j) !== 32 && !(t.charCodeAt(j) === 0x2b && isUpper(t.charCodeAt(j + 1)))) break;
    i = j + 1;
  }
  return words >= minWords ? end : -1;
}

const ROLE_AFTER_NAME = /(?:部長|課長|係長|社長|専務|常務|主任|次長|室長|店長|所長|会長|院長|理事長|先生|教授)$/;
function stripHonorific(t: string, s: number, e: number): number {
  const tail = t.slice(Math.max(s, e - 2), e);
  if (tail.endsWith('さん') || tail.endsWith('さま')) return e - 2;
  if (e - s >= 4) {
    const r = ROLE_AFTER_NAME.exec(t.slice(Math.max(s, e - 3), e));
    if (r) return e - r[0].length;
  }
  const c = t.charCodeAt(e - 1);
  if (c === 0x69d8 || c === 0x6bbf) return e - 1; // 様 殿
  return e;
}

/** A label word with no separator before what follows is part of running text: 名前を挙げ…, カナダ. */
function labelGlued(t: string, s: number): boolean {
  const c = t.charCodeAt(s);
  return isHira(c) || (isKata(c) && isKata(t.charCodeAt(s - 1)));
}

function startsWithLabel(ctx: Ctx, p: number): boolean {
  const h = lastHitBefore(ctx, p + 1);
  return h >= 0 && ctx.hPos[h] === p && (ctx.hKind[h] & LABEL_KINDS) !== 0;
}

const NAME_SEPS = /[\s・]+/g;

// ---------------------------------------------------------------------------------------------------------------
// Names in the forms business text puts them in, found after every other name pass: a reading or a romanisation
// right after a name (原 義春（ハラ ヨシハル）, 松永 大輔⏎まつなが だいすけ, 西川芳郎 / NISHIKAWA Yoshiro), a
// self-introduction (アオバ技研の松永です), chat speakers (大野：…), and a vCard's N: and FN: fields.

// ---------------------------------------------------------------------------------------------------------------
// Addresses the address passes have no pattern for, after an address label: romanised Japanese ("3-12-8 Jingumae,
// Shibuya-ku, Tokyo 150-0001"), British ("42 Kingsway, London WC2B 6EX"), and a second address line ("address2: 1-1-1
// 藤沢ハイム203"). The label says what it is; the value must still look like one.
const ADDR_ROMAN = /\d.*,.*(?:-(?:ku|shi|cho|machi|gun)\b|\b(?:Tokyo|Osaka|Kyoto|Hokkaido|[A-Z][a-z]+-(?:ken|to|fu))\b)/;
const ADDR_UK = /\d.*,.*\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/;
const ADDR_LINE2 = /^\d{1,4}(?:[-－]\d{1,4}){1,3}\s*\S/;
/** The part after the municipality in its own field (番地：神南1-12-16, line1: 本町2丁目15番1号), or the building's (建物名：和光ビル 5F). */
const ADDR_TOWN = /^[\u4e00-\u9fff\u30a1-\u30faヶケノの々]{1,10}\s?(?:[0-9０-９]{1,4}(?:[-－−‐ー][0-9０-９]{1,4}){1,3}(?![0-9０-９])|[0-9０-９一二三四五六七八九十]{1,3}丁目)/;
const ADDR_BUILDING = /^[^\s,"]{1,24}(?:ビル|マンション|ハイツ|コーポ|レジデンス|タワー|荘|アパート|ハウス)\s?(?:[0-9０-９]{1,4}(?:[FＦ階]|号室)?|[A-Z]棟)?(?:\s?[0-9０-９]{1,4}号室)?$/;
const CAPITALISED = /(?:^|[\s,(])[A-Z\u00c0-\u00de\u0110][a-z\u00df-\u024f\u1e00-\u1eff]/g;
const ADDR_ABROAD = /^(?=[^\n]*\d)(?=(?:[^,\n]*,){2})[^\n]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff]{3}/;
/** The word before an address label that makes it no postal address: e-mail, IP, MAC, web. */
const MAIL_OR_NET = /(?:mail|ip|mac|web|url|メール|ウェブ)[\s_-]*$/i;
const COUNTRY_AFTER = /(?:,\s*|\s*[（(])(?:Viet ?Nam|Nepal|Brasil|Brazil|Philippines|Indonesia|China|PRC|(?:South )?Korea|Thailand|Myanmar|India|Sri Lanka|Bangladesh|Mongolia|Peru|Cambodia|Taiwan|Malaysia|Singapore|USA|U\.S\.A\.|United States|UK|United Kingdom|Japan|Australia|Canada|France|Germany|Italy|Spain|Ireland|Pakistan|Uzbekistan)[)）]?\s*$/i;
function scanLabelledAddresses(ctx: Ctx): void {
  const t = ctx.t;
  const n = ctx.n;
  let spans: Overlaps | null = null;
  // (a value's end trimmed once for all the labels that share it: one long line of labels, then a long run of spaces,
  // was walked back over the spaces for every label. From an earlier s, e trimmed to trimTo; a later s trims to as far)
  let trimE = -1;
  let trimS = 0;
  let trimTo = 0;
  for (let h = 0; h < ctx.hN; h++) {
    if (!(ctx.hKind[h] & K.ADDRESS) || ctx.hKind[h] & ~(K.ADDRESS | K.OTHER)) continue;
    let s = ctx.hEnd[h];
    if (isDigit(t.charCodeAt(s))) s++; // address1:, address2:
    let sep = false;
    // (a JSON key's quotes: "line1":"神南1-12-16")
    const json = (t.charCodeAt(s) === 0x22 && t.charCodeAt(s + 1) === 0x3a) || (t.charCodeAt(s - 1) === 0x22 && t.charCodeAt(s) === 0x3a);
    if (t.charCodeAt(s) === 0x22) s++;
    while (s < n && (t.charCodeAt(s) === 0x3a || t.charCodeAt(s) === 0xff1a || t.charCodeAt(s) === 0x20 || t.charCodeAt(s) === 9 || t.charCodeAt(s) === 0x3000)) {
      sep = true;
      s++;
    }
    if (json && t.charCodeAt(s) === 0x22) s++;
    else if (json) continue;
    if (!sep) continue;
    let e = json ? Math.min(lineEnd(t, s, n), indexIn(t, 0x22, s, Math.min(n, s + 121)) >>> 0) : lineEnd(t, s, n);
    if (e === trimE && s >= trimS) e = Math.max(s, trimTo);
    else {
      trimE = e;
      trimS = s;
      while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
      trimTo = e;
    }
    if (e - s < 6 || e - s > 120) continue;
    let v = t.slice(s, e);
    if (MAIL_OR_NET.test(t.slice(Math.max(0, ctx.hPos[h] - 8), ctx.hPos[h]))) continue;
    if (!(ADDR_ROMAN.test(v) || ADDR_UK.test(v) || ADDR_LINE2.test(v) || ADDR_TOWN.test(v) || ADDR_BUILDING.test(v))) {
      // an address abroad, as its country writes it: a number, two commas or more, letters; the country after it is
      // not part of it (…, Quận 3, TP. Hồ Chí Minh, Vietnam; House No. 214, Budhanilkantha-3, Kathmandu 44600, Nepal)
      if (!ADDR_ABROAD.test(v) || startsWithLabel(ctx, s)) continue;
      // (the label said twice, in two languages: 本国住所 Home address: …; the second one's value)
      if (h + 1 < ctx.hN && ctx.hKind[h + 1] & K.ADDRESS && ctx.hPos[h + 1] < s + 16) continue;
      // (places are proper names: two capitalised words at least)
      if ((v.match(CAPITALISED) ?? []).length < 2) continue;
      const wide = v.search(/[\u3000\t]/);
      if (wide > 0) v = v.slice(0, wide);
      const c = COUNTRY_AFTER.exec(v);
      if (c) v = v.slice(0, c.index);
      v = v.replace(/[\s,]+$/, '');
      if (v.length < 6 || (v.match(/,/g)?.length ?? 0) < 2 || !/\d/.test(v)) continue;
      e = s + v.length;
    }
    if (!spans) {
      const pairs: number[] = [];
      for (const f of ctx.out) if (f.type === 'jp_address' && f.confidence >= 0.8) pairs.push(f.start, f.end);
      spans = overlaps(pairs);
    }
    // (one binary search: a walk of every address found, for every labelled one, was quadratic on a long record file)
    if (!overlapsAny(spans, s, e)) add(ctx, 'jp_address', s, e, 0.85, addrKey(t, s, e));
  }
}

/** [start, end) pairs by start, each with the largest end among it and those before it: does any meet [s, e)? */
interface Overlaps {
  starts: Int32Array;
  maxEnd: Int32Array;
}
function overlaps(pairs: number[]): Overlaps {
  const k = pairs.length >> 1;
  const starts = new Int32Array(k);
  const maxEnd = new Int32Array(k);
  // pair indices by start: the keys start · 2^22 + index are exact doubles, sorted natively with no comparator call
  const big = k >= 4194304;
  const order = big ? Array.from({ length: k }, (_, j) => j).sort((x, y) => pairs[2 * x] - pairs[2 * y]) : new Float64Array(k);
  if (!big) {
    for (let j = 0; j < k; j++) order[j] = pairs[2 * j] * 4194304 + j;
    (order as Float64Array).sort();
  }
  let m = -1;
  for (let j = 0; j < k; j++) {
    const r = big ? order[j] : order[j] % 4194304;
    starts[j] = pairs[2 * r];
    m = Math.max(m, pairs[2 * r + 1]);
    maxEnd[j] = m;
  }
  return { starts, maxEnd };
}
/** Does a pair start before e and end after s? */
function overlapsAny(o: Overlaps, s: number, e: number): boolean {
  const j = lowerBound(o.starts, o.starts.length, e);
  return j > 0 && o.maxEnd[j - 1] > s;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers read out on a call, as speech-to-text writes them: digits in groups joined by の or a filler (090の1403の
// 4541, 080 えー 3074 の 7811, 3533 um 5586 6864 2579), or digits said in katakana (ゼロハチゼロの7476の0512).

/** Digits said in katakana, longest first: [word, digit]. */
const KANA_DIGITS: [string, string][] = [
  ['キュウ', '9'], ['キュー', '9'], ['ゼロ', '0'], ['レイ', '0'], ['マル', '0'], ['イチ', '1'], ['ニー', '2'], ['サン', '3'], ['ヨン', '4'],
  ['ゴー', '5'], ['ロク', '6'], ['ナナ', '7'], ['シチ', '7'], ['ハチ', '8'], ['ニ', '2'], ['ゴ', '5'], ['シ', '4'], ['ク', '9'],
];
const KANA_DIGIT_FIRST = new Set(KANA_DIGITS.map(([w]) => w.charCodeAt(0)));
/** What joins the groups: の, a Japanese or English filler. (Spaces and 、 too: read around these.) */
const FILLERS = ['えーと', 'えっと', 'えーっと', 'えー', 'えと', 'あの', 'あー', 'の', 'um', 'uh', 'er'];

/** The kana digit word at i: its length and digit, or null. */
function kanaDigitAt(t: string, i: number): [number, string] | null {
  if (!KANA_DIGIT_FIRST.has(t.charCodeAt(i))) return null;
  for (let k = 0; k < KANA_DIGITS.length; k++) if (t.startsWith(KANA_DIGITS[k][0], i)) return [KANA_DIGITS[k][0].length, KANA_DIGITS[k][1]];
  return null;
}
/** The filler at i (its length), or 0; Latin ones as whole words only. */
function fillerAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c !== 0x3048 && c !== 0x3042 && c !== 0x306e && c !== 0x75 && c !== 0x65) return 0; // え あ の u e
  for (let k = 0; k < FILLERS.length; k++) {
    const f = FILLERS[k];
    if (!t.startsWith(f, i)) continue;
    if (f.charCodeAt(0) < 0x80 && (isAsciiLetter(t.charCodeAt(i - 1)) || isAsciiLetter(t.charCodeAt(i + f.length)))) continue;
    return f.length;
  }
  return 0;
}

/**
 * A number read out from i (a digit or a katakana digit): [end, digits, spoken] where spoken says a filler or a
 * katakana digit was in it (without one, the number scanners read it already). Reads 48 chars at most.
 */
function spokenAt(t: string, i: number): [number, string, boolean] {
  let digits = '';
  let spoken = false;
  let end = i;
  let p = i;
  while (p < t.length && p - i < 48) {
    const c = t.charCodeAt(p);
    if (isDigit(c)) {
      digits += t[p++];
      end = p;
      continue;
    }
    const kd = kanaDigitAt(t, p);
    if (kd && (isDigit(t.charCodeAt(p - 1)) || end === p || p === i || !isKata(t.charCodeAt(p - 1)))) {
      digits += kd[1];
      p += kd[0];
      end = p;
      spoken = true;
      continue;
    }
    if (c === 0x20 || c === 0x3000 || c === 0x3001) {
      p++;
      continue;
    }
    const f = fillerAt(t, p);
    if (f && end > i) {
      p += f;
      spoken = true;
      continue;
    }
    break;
  }
  return [end, digits, spoken];
}

function scanSpokenNumbers(ctx: Ctx, rS: IntList, rE: IntList): void {
  const t = ctx.t;
  const n = ctx.n;
  let done = 0;
  // anchored on the digit runs (pass 1's): a filler or の right after one (090の…, 080 えー …), or の right before one
  // after a katakana digit (ゼロハチゼロの7476…). Text without digits pays nothing.
  for (let k = 0; k < rS.n; k++) {
    let q = -1;
    let p = rE.a[k];
    while (p < n && p - rE.a[k] < 2 && (t.charCodeAt(p) === 0x20 || t.charCodeAt(p) === 0x3000)) p++;
    if (fillerAt(t, p)) q = p;
    else {
      let b = rS.a[k] - 1;
      while (b > 0 && rS.a[k] - b < 3 && (t.charCodeAt(b) === 0x20 || t.charCodeAt(b) === 0x3000)) b--;
      const c = t.charCodeAt(b - 1);
      if (b > 0 && t.charCodeAt(b) === 0x306e && (c === 0x30ed || c === 0x30c1 || c === 0x30a6 || c === 0x30fc || c === 0x30af || c === 0x30f3 || c === 0x30ca || c === 0x30b4 || c === 0x30cb || c === 0x30a4)) q = b; // …ロ チ ウ ー ク ン ナ ゴ ニ イ + の
    }
    if (q < 0 || q < done) continue;
    // back to the number's start: 40 chars at most, not into the number read before
    let s = q;
    while (s > done && q - s < 40) {
      const c = t.charCodeAt(s - 1);
      if (isDigit(c) || c === 0x20 || c === 0x3000 || isKata(c) || c === 0x306e || c === 0x3048 || c === 0x30fc || c === 0x3068 || c === 0x3063) s--;
      else break;
    }
    // (the first digit or katakana digit from there, not inside a katakana word)
    while (s < q && !isDigit(t.charCodeAt(s)) && !(kanaDigitAt(t, s) && !isKata(t.charCodeAt(s - 1)))) s++;
    const [e, digits, spoken] = spokenAt(t, s);
    done = Math.max(e, q + 1);
    if (!spoken || e <= q) continue;
    // (what was asked for: the label, or the question a line or two above: 免許証の番号を…⏎Cu: はい 2161 …)
    let lab = labelBefore(ctx, s, 60);
    for (let h = lastHitBefore(ctx, s); h >= 0 && ctx.hPos[h] >= s - 80; h--) lab |= ctx.hKind[h] & (K.CARD | K.LICENCE | K.BANK | K.PHONE);
    if (/^0[1-9]\d{8,9}$/.test(digits) && !(lab & (K.CARD | K.LICENCE | K.BANK))) add(ctx, 'phone', s, e, lab & K.PHONE ? 0.9 : 0.85, digits);
    else if (digits.length >= 13 && digits.length <= 19 && luhn(digits) && cardBrand(digits)) add(ctx, 'credit_card', s, e, lab & K.CARD ? 0.95 : 0.88, digits);
    else if (digits.length === 12 && lab & K.LICENCE) add(ctx, 'jp_drivers_license', s, e, 0.88, digits);
  }
}

// A health-insurance card's 記号 and 番号 name the insured person together: 記号 79396・194, 記号 1180 番号 37 (one
// span, first digit to last), under a heading that names the card (健康保険証, 被保険者証) within 300 chars.
// (a card issued since 2021 adds a two-digit 枝番 for each insured person of a family: it is part of the number)
const INSURANCE_SIGN = /^(?:[・･]番号)?[ \u3000:：]*(\d{1,8})(?:[ \u3000]*[・･\-‐－][ \u3000]*\d{1,8}|[ \u3000]*番号[ \u3000:：]*\d{1,8}|[ \u3000]\d{1,8})?(?:[ \u3000]*枝番[ \u3000:：]*\d{2})?/;
function scanInsuranceCard(ctx: Ctx): void {
  const t = ctx.t;
  for (let p = t.indexOf('記号'); p >= 0; p = t.indexOf('記号', p + 2)) {
    if (isKanji(t.charCodeAt(p - 1))) continue; // 事業所整理記号: the employer's code
    const m = INSURANCE_SIGN.exec(t.slice(p + 2, p + 40));
    // (the insurer's 保険者番号, a label of what is no one's, may stand between the heading and 記号)
    // (or the card named right before it: 保険証：記号 1172 番号 887)
    if (!m || !(headingKind(ctx, p, K.INSURANCE, false, false) || CARD_BEFORE.test(t.slice(Math.max(0, p - 20), p)))) continue;
    const s = p + 2 + m[0].indexOf(m[1]);
    const e = p + 2 + m[0].length;
    if (isDigit(t.charCodeAt(e))) continue;
    add(ctx, 'jp_insurance_number', s, e, 0.88, t.slice(s, e).replace(/\D+/g, '-'));
  }
}

// (a card's field before it: 保険証：記号 …, a prescription's 保険⇥記号 …, a claim's 保険者番号 06784518　記号 …)
const CARD_BEFORE = /(?:保険証|保険|保険者番号[\s　:：]*[0-9０-９]{6,8})[\s　:：]*$/;
/** A person's key from a name: separators (spaces, ・) dropped, Latin letters lower-cased. */
function nameKeyOf(t: string, s: number, e: number): string {
  return lowerKey(hasSpaceIn(t, s, e, true) ? t.slice(s, e).replace(NAME_SEPS, '') : t.slice(s, e));
}

/** A Latin name filling [s, e) exactly (Mizue MATSUNAGA, NISHIKAWA Yoshiro): two to four words. */
function latinNameSpan(t: string, s: number, e: number): boolean {
  return enNameToken(t, s, e, 2) === e;
}

/** A kana line [a, b) under the name [s, e) reads it: a space in both or in neither, and no ー (readings write ウ). */
function nextLineReading(t: string, s: number, e: number, a: number, b: number): boolean {
  if (hasSpaceIn(t, s, e, true) !== hasSpaceIn(t, a, b, true)) return false;
  for (let k = a; k < b; k++) if (t.charCodeAt(k) === 0x30fc) return false;
  return true;
}

/** Kana only, two to twenty chars, with at most one space: a reading. */
function readingSpan(t: string, s: number, e: number): boolean {
  return e - s >= 2 && e - s <= 20 && allKana(t, s, e) && jpNameToken(t, s, e) === e;
}

const SELF_INTRO = ['です', 'と申します', 'でございます'];
/** A SELF_INTRO word at p. (A loop, not .some with an arrow: that allocated a closure for every family name.) */
function selfIntroAt(t: string, p: number): boolean {
  for (let k = 0; k < SELF_INTRO.length; k++) if (t.startsWith(SELF_INTRO[k], p)) return true;
  return false;
}
/** Where a caller is answered: …センター / デスク / 窓口 / サポート, then the family name (松尾でございます). */
const DESK_BEFORE = /(?:センター|デスク|窓口|サポート|受付|係|担当)$/;
/**
 * A chat export's message header whose time has its colon at q: the line is a name (1–6 kanji or kana), maybe a team
 * in brackets, and the time (麻衣(営業部) 15:10, 安藤 22:49, 勝 (ヤノ) 10:23). Pushes the name's span.
 */
function chatHeaderAt(t: string, ls: number, q: number, out: number[]): void {
  if (!isDigit(t.charCodeAt(q + 1)) || !isDigit(t.charCodeAt(q + 2)) || isDigit(t.charCodeAt(q + 3))) return;
  const after = t.charCodeAt(q + 3);
  if (!(after === 10 || after === 13 || Number.isNaN(after))) return;
  let ts = q - 1;
  if (!isDigit(t.charCodeAt(ts))) return;
  if (isDigit(t.charCodeAt(ts - 1))) ts--;
  let e = ls;
  while (e < ts && e - ls < 6 && (isKanji(t.charCodeAt(e)) || isKata(t.charCodeAt(e)) || isHira(t.charCodeAt(e)))) e++;
  if (e === ls) return;
  let i = e;
  let sp = false;
  for (; t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x3000; i++) sp = true;
  if (t.charCodeAt(i) === 0x28 || t.charCodeAt(i) === 0xff08) {
    const close = indexIn(t, t.charCodeAt(i) === 0x28 ? 0x29 : 0xff09, i + 1, Math.min(ts, i + 14));
    if (close < 0) return;
    sp = false;
    for (i = close + 1; t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x3000; i++) sp = true;
  }
  if (!sp || i !== ts || NOT_NAME_VALUE.has(t.slice(ls, e))) return;
  // a name: kanji that start with a listed family name or end as given names do (安藤, 麻衣, 勝), or a hiragana handle
  const kanji = allOf(t, ls, e, isKanji);
  if (kanji ? !(listedFamilyAt(t, ls) || GIVEN_END.has(t.charCodeAt(e - 1))) : !(e - ls >= 2 && e - ls <= 4 && allOf(t, ls, e, isHira) && !HIRA_LABELS.has(t.slice(ls, e)))) return;
  // a message follows on the next line, not another time (開始 10:00 ⏎ 終了 11:00 is a schedule)
  const ns = q + (after === 13 ? 5 : 4);
  const ne = lineEnd(t, ns, t.length);
  if (ne - ns < 1 || /\d:\d\d\s*$/.test(t.slice(ns, ne))) return;
  out.push(ls, e);
}

/** Past a time stamp that opens a chat line ([10:02] , 10:02:45 , [2025/11/14 10:02] ), or ls when there is none. */
function afterTimeStamp(t: string, ls: number, q: number): number {
  let i = ls;
  const open = t.charCodeAt(i) === 0x5b;
  if (open) i++;
  const d0 = i;
  while (i < q && (isDigit(t.charCodeAt(i)) || t.charCodeAt(i) === 0x3a || t.charCodeAt(i) === 0x2f || t.charCodeAt(i) === 0x2d || (t.charCodeAt(i) === 0x20 && isDigit(t.charCodeAt(i + 1))))) i++;
  if (i - d0 < 4 || t.charCodeAt(i - 3) !== 0x3a) return ls;
  if (open) {
    if (t.charCodeAt(i) !== 0x5d) return ls;
    i++;
  }
  if (t.charCodeAt(i) !== 0x20 && t.charCodeAt(i) !== 0x3000) return ls;
  while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x3000) i++;
  return i;
}

/** Last chars of a company's, a shop's or an office's name (山田商店, 青葉会, 総務部, 中央病院): no addressee. */
const ORG_LAST = new Set('店社会部課係所院局館園室屋堂署庁舎場団組協校寮宅'.split('').map((c) => c.charCodeAt(0)));
/** The fields of a family register that hold a person's name. */
const KOSEKI_NAME_FIELDS = new Set(['名', '氏名', '父', '母', '養父', '養母', '筆頭者', '配偶者', '夫', '妻', '世帯主']);
const PNR_DATE = /^\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}$/;
/**
 * The passport element of a booking (PNR) from i, after "SSR DOCS" / "3DOCS": carrier and status, then
 * P/issuer/number/nationality/birth date/sex/expiry/SURNAME/GIVEN[/MIDDLE][/Pn]. The birth date and the name are
 * the traveller's, by the format's field order (no label says so).
 */
function ssrDocs(ctx: Ctx, i: number, emit: (s: number, e: number, c: number) => void): void {
  const t = ctx.t;
  // (the line from i, read 120 chars at most: a line of "DOCS DOCS …" must not be read to its end for each)
  let line = t.slice(i, i + 120);
  const nl = line.indexOf('\n');
  if (nl >= 0) line = line.slice(0, nl);
  const m = /(?:^|[ /])P\/([A-Z]{3})\/([A-Z0-9]{5,12})\/[A-Z]{3}\/(\d{2}[A-Z]{3}\d{2})\/(?:M|F|MI|FI|U)\/(?:\d{2}[A-Z]{3}\d{2})?\/([A-Z][A-Z' -]*)\/([A-Z][A-Z'-]*(?: (?!(?:MR|MRS|MS|MISS|MSTR|DR)\b)[A-Z][A-Z'-]*)*)/.exec(line);
  if (!m || !PNR_DATE.test(m[3])) return;
  const at = i + m.index + m[0].indexOf('P/') + 2; // the issuer
  // (a Japanese passport's number, by its issuer: the element says what it is)
  if (m[1] === 'JPN' && /^[A-Z]{2}\d{7}$/.test(m[2])) add(ctx, 'jp_passport', at + 4, at + 13, 0.9, m[2]);
  const dob = at + 4 + m[2].length + 5;
  add(ctx, 'date_of_birth', dob, dob + 7, 0.9, m[3]);
  const e = i + m.index + m[0].length;
  emit(e - m[4].length - 1 - m[5].length, e, 0.9);
}

/** The rest of a labelled value that is a sentence's: a particle, then a verb's polite ending (が承りました). */
const SENTENCE_ON = /^.[^\n]*(?:ます|ました|です|でした|ません|ください|ます。|ました。)$/;
/** What a labelled value says when it is an answer spoken, not a name: a sentence's ending, or digits read out. */
const SPOKEN_VALUE = /(?:ました|ます|です|でした|ません|ください|てる|ている|だよ|だね|けど|ので)$|^(?:ゼロ|イチ|ニ|サン|ヨン|ゴ|ロク|ナナ|ハチ|キュウ|キュー|レイ|マル){2,}の?$/;

/** Where a speaker's label [ls, q) ends without a bracketed role after the name (吉岡（サポート）, 千夏 (お客様)): the
 * bracket's start, trimmed; q when the label has none. */
function roleBracketAt(t: string, ls: number, q: number): number {
  const c = t.charCodeAt(q - 1);
  if (c !== 0x29 && c !== 0xff09) return q;
  let o = q - 2;
  while (o > ls && t.charCodeAt(o) !== 0x28 && t.charCodeAt(o) !== 0xff08) o--;
  if (o <= ls || q - 1 - o > 8) return q;
  while (o > ls && (t.charCodeAt(o - 1) === 0x20 || t.charCodeAt(o - 1) === 0x3000)) o--;
  return o;
}

/** Two hiragana within the first 24 chars of the line from i: a message in Japanese, not a form's value. */
function hiraSoon(t: string, i: number): boolean {
  let h = 0;
  for (let k = i; k < t.length && k < i + 24; k++) {
    const c = t.charCodeAt(k);
    if (c === 10) break;
    if (isHira(c) && ++h >= 2) return true;
  }
  return false;
}

/** [s, q) is a speaker's name before a colon: a listed family name alone, or with a given name of 1–3 kanji after it
 * (安藤奈々, 小島 健太郎). */
function speakerName(t: string, s: number, q: number): boolean {
  const fl = familyAt(t, s);
  if (fl === 0 || fl === JA_CANDIDATE) return false;
  if (fl === q - s) return true;
  let g = s + fl;
  if (t.charCodeAt(g) === 0x20 || t.charCodeAt(g) === 0x3000) g++;
  return q - g >= 1 && q - g <= 3 && allOf(t, g, q, isKanji) && !NOT_NAME_END.has(t.charCodeAt(q - 1));
}

/** The letter-spaced name around the wide gap [g0, g1), if one is there (rule (f) of scanNameForms). */
function spacedNameAt(t: string, g0: number, g1: number, emit: (s: number, e: number, c: number) => void): void {
  const n = t.length;
  if (!isKanji(t.charCodeAt(g0 - 1)) || t.charCodeAt(g0 - 2) !== 0x20 || !isKanji(t.charCodeAt(g1))) return;
  let a = g0 - 1;
  let fam = t[a];
  while (a >= 2 && fam.length < 4 && t.charCodeAt(a - 1) === 0x20 && isKanji(t.charCodeAt(a - 2))) {
    a -= 2;
    fam = t[a] + fam;
  }
  if (a > 0 && !isSpace(t.charCodeAt(a - 1)) && !isPunct(t.charCodeAt(a - 1))) return;
  let b = g1 + 1;
  let given = 1;
  while (given < 3 && t.charCodeAt(b) === 0x20 && isKanji(t.charCodeAt(b + 1))) {
    b += 2;
    given++;
  }
  if (b < n && !isSpace(t.charCodeAt(b)) && !isPunct(t.charCodeAt(b))) return;
  const fl = familyAt(fam, 0);
  if (fam.length >= 2 && fl === fam.length && fl !== JA_CANDIDATE) emit(a, b, 0.85);
}
function latinEchoes(t: string, out: Finding[], m: number, echo: (s: number, e: number, c: number) => void): void {
  let words: Set<string> | null = null;
  for (let i = 0; i < m; i++) {
    const f = out[i];
    if (f.type !== 'person_name' || f.confidence < 0.8 || !isUpper(t.charCodeAt(f.start)) || indexIn(t, 0x20, f.start, f.end) < 0) continue;
    const parts = t.slice(f.start, f.end).split(' ');
    if (parts.length > 3) continue;
    words ??= new Set();
    for (const w of [parts[0], parts[parts.length - 1]]) if (w.length >= 3 && LATIN_WORD.test(w)) words.add(w);
  }
  if (!words || words.size === 0 || words.size > 100) return;
  const inName = coveredBy(t.length, personSpans(out, m));
  for (const w of words)
    for (let p = t.indexOf(w); p >= 0; p = t.indexOf(w, p + w.length)) {
      const e = p + w.length;
      if (isAsciiLetter(t.charCodeAt(p - 1)) || isLatinLower(t.charCodeAt(e)) || isUpper(t.charCodeAt(e)) || inName(p)) continue;
      const nx = t.charCodeAt(e);
      if (nx === 0x20 && isUpper(t.charCodeAt(e + 1))) continue; // part of another name or place: Sierra Leone
      let b = p - 1;
      while (b >= 0 && t.charCodeAt(b) === 0x20) b--;
      const pc = b >= 0 ? t.charCodeAt(b) : 10;
      const midSentence = isLower(pc) || pc === 0x2c;
      if (nx === 0x3a || nx === 0x2c || midSentence || GREETING_BEFORE.test(t.slice(Math.max(0, p - 10), p))) echo(p, e, 0.8);
    }
}
function mailboxNames(t: string, out: Finding[], m: number, emit: (s: number, e: number, c: number) => void): void {
  let spans: ((p: number) => boolean) | null = null;
  for (let i = 0; i < m; i++) {
    const f = out[i];
    if (f.type !== 'email' || f.confidence < 0.8) continue;
    const at = indexIn(t, 0x40, f.start, f.end);
    if (at < 0) continue;
    const parts = t.slice(f.start, at).toLowerCase().split(/[._+-]/);
    if (parts.length !== 2 || parts[0].length < 3 || parts[1].length < 3 || !/^[a-z]+$/.test(parts[0] + parts[1])) continue;
    const from = Math.max(0, f.start - 300);
    const win = t.slice(from, Math.min(t.length, f.start + 300)).toLowerCase();
    for (const [a, b] of [parts, [parts[1], parts[0]]]) {
      const needle = a + ' ' + b;
      for (let k = win.indexOf(needle); k >= 0; k = win.indexOf(needle, k + 1)) {
        const s = from + k;
        const e = s + needle.length;
        if (s === f.start || isAsciiLetter(t.charCodeAt(s - 1)) || isAsciiLetter(t.charCodeAt(e)) || t.charCodeAt(s - 1) === 0x40) continue;
        if (!isUpper(t.charCodeAt(s)) || !isUpper(t.charCodeAt(s + a.length + 1))) continue; // written as a name
        // one of the words a given name (not Grand Hotel, Sales Team)
        if (givenKind(t, s, s + a.length) !== 1 && givenKind(t, s + a.length + 1, e) !== 1) continue;
        spans ??= coveredBy(t.length, personSpans(out, m));
        if (!spans(s) && !spans(e - 1)) emit(s, e, 0.85);
      }
    }
  }
}
function personSpans(out: Finding[], m: number): number[] {
  const spans: number[] = [];
  for (let i = 0; i < m; i++) if (out[i].type === 'person_name') spans.push(out[i].start, out[i].end);
  return spans;
}
function familyEchoes(t: string, out: Finding[], m: number, echo: (s: number, e: number, c: number) => void): void {
  const fams = new Map<string, number>(); // family name -> where its full name starts
  for (let i = 0; i < m; i++) {
    const f = out[i];
    if (f.type !== 'person_name' || f.confidence < 0.8 || !isKanji(t.charCodeAt(f.start))) continue;
    let fl = 0;
    const sp = indexIn(t, 0x20, f.start, f.end);
    const wsp = sp < 0 ? indexIn(t, 0x3000, f.start, f.end) : sp;
    if (wsp > 0) fl = wsp - f.start;
    else {
      const g = familyAt(t, f.start);
      if (g > 0 && g !== JA_CANDIDATE && g < f.end - f.start) fl = g;
    }
    if (fl >= 2 && fl <= 3 && allOf(t, f.start, f.start + fl, isKanji) && !PREF_STEMS.has(t.slice(f.start, f.start + fl))) fams.set(t.slice(f.start, f.start + fl), f.start);
  }
  if (fams.size === 0 || fams.size > 100) return;
  const spans: number[] = [];
  for (let i = 0; i < m; i++) spans.push(out[i].start, out[i].end);
  const inSpan = coveredBy(t.length, spans);
  for (const [w, at] of fams)
    // (read from 2000 chars before its full name, and no further than 2000 after it: the echoes farther are turned away.
    // A search from there finds what one from the text's start finds, unless the name can overlap itself (野々野))
    for (let p = t.indexOf(w, selfOverlaps(w) ? 0 : at - 2000); p >= 0 && p <= at + 2000; p = t.indexOf(w, p + w.length)) {
      const e = p + w.length;
      if (p === at || Math.abs(p - at) > 2000 || isKanji(t.charCodeAt(p - 1)) || isKata(t.charCodeAt(p - 1)) || isKanji(t.charCodeAt(e)) || isKata(t.charCodeAt(e)) || inSpan(p)) continue;
      echo(p, e, 0.8);
    }
}
/** Does a proper prefix of w equal its suffix (two occurrences of w may overlap)? */
function selfOverlaps(w: string): boolean {
  for (let k = 1; k < w.length; k++) if (w.startsWith(w.slice(w.length - k))) return true;
  return false;
}
/** Is p inside one of the [start, end) pairs? (a mark per char: one pass over the spans, then O(1) a question) */
function coveredBy(n: number, spans: number[]): (p: number) => boolean {
  const mark = new Uint8Array(n + 1);
  for (let k = 0; k < spans.length; k += 2) mark.fill(1, spans[k], spans[k + 1]);
  return (p: number) => mark[p] === 1;
}
const LATIN_WORD = /^[A-Z][a-z'\-]+$/;
const GREETING_BEFORE = /(?:^|[^A-Za-z])(?:Hi|Hello|Dear|Hey|Thanks|Thank you),? $/;

/** Hiragana words that head a line as a label, not as a chat handle (しつもん: …, こたえ: …). */
const HIRA_LABELS = new Set('しつもん|こたえ|ふりがな|よみがな|よみ|おなまえ|なまえ|じゅうしょ|でんわ|めも|れい|ひづけ|ねんれい|せいべつ|ばんごう|ないよう|ばしょ|じかん|にちじ|ちゅうい|おしらせ|もちもの|とき|ところ|ひと|こと|もの|ほか|まとめ|こたえあわせ|もんだい|かいとう|ひんと|あて|あてさき|ごようけん|ようけん|おといあわせ|といあわせ|はい|いいえ|あと|いま|つぎ'.split('|'));
/** The title after an airline-style name: SATO/KENICHI MR, SATO/YUMIKO MRS. */
/** Around a signature 〇〇より: a line or a sentence ends after it, and starts before it. */
const SIGN_END = new Set([10, 13, 0x3002, 0xff01, 0x21, 0x20, 0x3000]);
const SIGN_BEFORE = new Set([10, 13, 0x3002, 0xff01, 0x21, 0x20, 0x3000, 0x3001]);
/** What separates the names of a list: 、 , ， ・ × / ／ */
const LIST_SEP = new Set([0x3001, 0x2c, 0xff0c, 0x30fb, 0xd7, 0x2f, 0xff0f]);
/** What may follow a given name written in hiragana: a particle, the copula, an honorific. */
const HIRA_AFTER_NAME = /^(?:です|でした|さん|さま|ちゃん|くん|は|が|の|と|に|へ|も|を|や|から|より|まで)/;
const PNR_TITLE = /^ ?(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b/;
/** 石川 of 石川県: also a family name, but a list of them is a list of places. */
const PREF_STEMS = new Set(PREFECTURES.split('|').map((p) => (p === '北海道' ? p : p.slice(0, -1))));

function scanNameForms(ctx: Ctx, famS: IntList, famL: IntList, wide: IntList): void {
  const t = ctx.t;
  const n = ctx.n;
  const out = ctx.out;
  const emit = (s: number, e: number, c: number) => add(ctx, 'person_name', s, e, c, nameKeyOf(t, s, e));
  // a reading or romanisation of a name already found: no key of its own (that name counts the person)
  const echo = (s: number, e: number, c: number) => add(ctx, 'person_name', s, e, c);
  // (0) a LINE chat export's first line names the other person: [LINE] 隆ちゃん🌸とのトーク履歴 (a group's is 「…のトーク履歴」)
  for (let q = t.indexOf('とのトーク履歴'); q > 7; q = t.indexOf('とのトーク履歴', q + 1)) {
    // (looked for in the 40 chars before only: indexOf would read on to the text's end for every phrase)
    let ls = q - 8;
    while (ls >= 0 && q - ls <= 40 && !t.startsWith('[LINE] ', ls)) ls--;
    if (ls < 0 || q - ls > 40 || indexIn(t, 10, ls, q) >= 0) continue;
    let s = ls + 7;
    let e = q;
    while (e > s && !(isKanji(t.charCodeAt(e - 1)) || isKata(t.charCodeAt(e - 1)) || isHira(t.charCodeAt(e - 1)) || isAsciiLetter(t.charCodeAt(e - 1)))) e--; // an emoji
    e = stripHonorific(t, s, e);
    if (t.startsWith('ちゃん', e - 3) && e - 3 > s) e -= 3;
    else if (t.startsWith('くん', e - 2) && e - 2 > s) e -= 2;
    while (s < e && t.charCodeAt(s) === 0x20) s++;
    if (e - s >= 1 && e - s <= 20 && !NOT_PERSON_HANDLE.test(t.slice(s, e))) emit(s, e, 0.85);
  }
  // … and its lines, "10:02⇥隆⇥message", each name who wrote (in an export: its header says [LINE] or 保存日時)
  const head = t.slice(0, 300);
  if (head.includes('[LINE]') || head.includes('保存日時')) {
    for (let q = t.indexOf('\t'); q >= 0; q = t.indexOf('\t', q + 1)) {
      // (the time at the line's start, then the speaker up to the next tab)
      if (q < 4 || !(t.charCodeAt(q - 3) === 0x3a && isDigit(t.charCodeAt(q - 1)) && isDigit(t.charCodeAt(q - 2)))) continue;
      const ls = q - (isDigit(t.charCodeAt(q - 5)) ? 5 : 4);
      if (!isDigit(t.charCodeAt(ls)) || (ls > 0 && t.charCodeAt(ls - 1) !== 10)) continue;
      const e = indexIn(t, 9, q + 1, Math.min(n, q + 26));
      if (e < 0 || e - q - 1 < 1 || indexIn(t, 10, q + 1, e) >= 0) continue;
      let digit = false;
      for (let i = q + 1; i < e && !digit; i++) digit = isDigit(t.charCodeAt(i)) || t.charCodeAt(i) === 0x40;
      if (!digit && !NOT_PERSON_HANDLE.test(t.slice(q + 1, e))) emit(q + 1, stripHonorific(t, q + 1, e), 0.85);
      q = e;
    }
  }
  // … and a name set letter by letter alone on its line, as business-card OCR and PDF forms give it (古 賀 賢 治): a
  // listed family name, then a given name of the dictionary
  for (let ls = 0; ls < n; ) {
    const le = lineEnd(t, ls, n);
    if (le - ls >= 5 && le - ls <= 13 && isKanji(t.charCodeAt(ls)) && t.charCodeAt(ls + 1) === 0x20) {
      const e = spacedKanjiName(t, ls, n);
      if (e === le || (e > 0 && isSpace(t.charCodeAt(e)) && e + 1 >= le)) {
        let w = '';
        for (let i = ls; i < e; i += 2) w += t[i];
        const fl = familyAt(w, 0);
        const gl = w.length - fl;
        // (or any given name when its romanisation follows on the next line, as on a card: 古 川 洋 平⏎FURUKAWA Yohei)
        if (fl > 0 && fl !== JA_CANDIDATE && gl >= 1 && gl <= 3 && (jaGiven23(w, fl, w.length) || ROMAN_NAME_LINE.test(t.slice(le + 1, lineEnd(t, le + 1, n))))) emit(ls, e, 0.85);
      }
    }
    ls = le + 1;
  }
  // (a) what follows a name: a reading or romanisation in brackets, after a slash, or alone on the next line
  const m = out.length;
  let trimE = -1;
  let trimS = 0;
  let trimTo = 0;
  for (let i = 0; i < m; i++) {
    const f = out[i];
    if (f.type !== 'person_name' || f.confidence < 0.8) continue;
    // (a Latin name's own writing in kanji in brackets after it: Wagatsuma Yoshie (我妻 由英))
    if (t.charCodeAt(f.start) < 0x3000) {
      const b = t.charCodeAt(f.end) === 0x20 ? f.end + 1 : f.end;
      const c = t.charCodeAt(b);
      if (c !== 0x28 && c !== 0xff08) continue;
      const close = indexIn(t, c === 0x28 ? 0x29 : 0xff09, b + 1, Math.min(n, b + 12));
      if (close > b + 2 && isKanji(t.charCodeAt(b + 1)) && jpNameToken(t, b + 1, close) === close && allOf(t, b + 1, close, (x) => isKanji(x) || x === 0x20 || x === 0x3000)) echo(b + 1, close, 0.88);
      // (a reading or a romanisation is of a name in kanji or kana, not of a Latin one)
      continue;
    }
    let j = f.end;
    while (j < n && (t.charCodeAt(j) === 0x20 || t.charCodeAt(j) === 0x3000)) j++;
    // (an honorific may stand between: 矢野 典子 様（ヤノ ノリコ）)
    if (t.charCodeAt(j) === 0x69d8 || t.charCodeAt(j) === 0x6bbf) j++;
    else if (t.startsWith('さん', j) || t.startsWith('さま', j)) j += 2;
    const c = t.charCodeAt(j);
    if (c === 0x28 || c === 0xff08) {
      const close = indexIn(t, c === 0x28 ? 0x29 : 0xff09, j + 1, Math.min(n, j + 32));
      // (a name in katakana has no reading in katakana: グエン・ヴァン・アンさん（ベトナム）)
      if (close > j + 2 && ((!isKata(t.charCodeAt(f.start)) && readingSpan(t, j + 1, close)) || latinNameSpan(t, j + 1, close))) echo(j + 1, close, 0.9);
    } else if (c === 0x2f && t.charCodeAt(j + 1) === 0x20) {
      let e = lineEnd(t, j, n);
      // (trimmed once for the names of a line: see trimE in scanLabelledAddresses)
      if (e === trimE && j >= trimS) e = Math.max(j, trimTo);
      else {
        trimE = e;
        trimS = j;
        while (e > j && isSpace(t.charCodeAt(e - 1))) e--;
        trimTo = e;
      }
      if (latinNameSpan(t, j + 2, e)) echo(j + 2, e, 0.9);
    } else if ((c === 10 || c === 13) && !f.prose) {
      // the name ends its line and the next line is only a reading or a romanisation
      const ls = c === 13 && t.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
      let le = lineEnd(t, ls, n);
      if (le > ls && t.charCodeAt(le - 1) === 13) le--;
      let a = ls;
      while (a < le && isSpace(t.charCodeAt(a))) a++;
      let b = le;
      while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
      // (a reading mirrors the name's space and writes no ー: フォロワー or ステータス on the next line is a UI label)
      if (b - a >= 2 && !startsWithLabel(ctx, a) && ((readingSpan(t, a, b) && nextLineReading(t, f.start, f.end, a, b)) || latinNameSpan(t, a, b))) echo(a, b, 0.88);
    }
  }
  // (b) a self-introduction: 〇〇株式会社の松永です / 店長の三浦と申します — from the family names the first pass
  // found at the start of kanji runs (no pass over the text of its own)
  for (let k = 0; k < famS.n; k++) {
    const s = famS.a[k];
    const len = famL.a[k];
    if (len === JA_CANDIDATE) continue;
    let p = s + len;
    while (p < n && p - s < 4 && isKanji(t.charCodeAt(p))) p++;
    if (p > s + len && (p - s - len > 2 || !GIVEN_END.has(t.charCodeAt(p - 1)))) continue;
    if (!selfIntroAt(t, p)) continue;
    // の before it, or a desk that answers the phone (カスタマーセンター松尾でございます): tested last, the desk's slice
    // and regex are the dearest test, and most family names are no self-introduction
    if (t.charCodeAt(s - 1) === 0x306e || DESK_BEFORE.test(t.slice(Math.max(0, s - 6), s))) emit(s, p, 0.85);
  }
  // (i) a message signed with a family name alone on its last line, a blank line and a finished sentence above it
  // (…追ってお送りします。⏎⏎大野)
  {
    let e = n;
    while (e > 0 && isSpace(t.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > 0 && e - s <= 3 && isKanji(t.charCodeAt(s - 1))) s--;
    if (e - s >= 2 && e - s <= 3 && t.charCodeAt(s - 1) === 10 && familyAt(t, s) === e - s && !PREF_STEMS.has(t.slice(s, e))) {
      let k = s - 2;
      while (k > 0 && isBlank(t.charCodeAt(k))) k--;
      if (t.charCodeAt(k) === 10) {
        while (k > 0 && isSpace(t.charCodeAt(k))) k--;
        const c = t.charCodeAt(k);
        if (c === 0x3002 || c === 0xff01 || c === 0x3059 || c === 0x305f) emit(s, e, 0.85); // 。 ！ す た
      }
    }
  }
  // (h) a family name and a given name written in hiragana (宮本 さくら, 松本さくら): the hiragana run is a listed given
  // name, and what follows it is no more hiragana, or a particle or an honorific (宮本さくらです, 宮本 さくらさん)
  for (let k = 0; k < famS.n; k++) {
    const s = famS.a[k];
    const len = famL.a[k];
    if (len === JA_CANDIDATE) continue;
    let p = s + len;
    // (a message signed with a family name: …4471です。上田より ⏎)
    if (len >= 2 && t.charCodeAt(p) === 0x3088 && t.charCodeAt(p + 1) === 0x308a && SIGN_END.has(t.charCodeAt(p + 2) || 10) && SIGN_BEFORE.has(t.charCodeAt(s - 1) || 10) && !PREF_STEMS.has(t.slice(s, p))) {
      emit(s, p, 0.85);
      continue;
    }
    const sp = t.charCodeAt(p) === 0x20 || t.charCodeAt(p) === 0x3000;
    if (sp) p++;
    else if (len < 2 || isKanji(t.charCodeAt(s - 1))) continue; // (glued: a two-kanji family at a run's start only)
    if (!isHira(t.charCodeAt(p))) continue;
    let q = p;
    while (q < n && q - p < 8 && isHira(t.charCodeAt(q))) q++;
    for (let e = Math.min(q, p + 5); e >= p + 2; e--) {
      if ((e === q || HIRA_AFTER_NAME.test(t.slice(e, e + 3))) && jaHiraGiven(t, p, e)) {
        emit(s, e, 0.85);
        break;
      }
    }
  }
  // (c) chat or meeting transcripts: lines opening with a family name and a colon, at least two of them (found from
  // the colons: most lines have none)
  const speakers: number[] = [];
  const hiraSpeakers: number[] = [];
  const givenSpeakers: number[] = []; // a family chat's 翔子: / 茂: (no family name)
  const headers: number[] = []; // chat exports' message headers: 麻衣(営業部) 15:10, 安藤 22:49
  for (const colonChar of [':', '：']) {
    for (let q = t.indexOf(colonChar, 2); q >= 0; q = t.indexOf(colonChar, q + 1)) {
      // (a speaker stands within a few chars of the line's start: looked for that far back only, or one line of a
      // megabyte with a colon every few chars would be read back to its start for each)
      let ls0 = q;
      while (ls0 > 0 && q - ls0 < 32 && t.charCodeAt(ls0 - 1) !== 10) ls0--;
      if (ls0 > 0 && t.charCodeAt(ls0 - 1) !== 10) continue;
      // (after the time a chat log stamps on each line: [10:02] 西川: …)
      const ls = afterTimeStamp(t, ls0, q);
      // (a speaker's role in brackets after the name is not the name: 吉岡（サポート）：)
      const qn = roleBracketAt(t, ls, q);
      // (a one-kanji family name only on a stamped line: 西：曇り is a weather list)
      if (qn - ls >= (ls > ls0 ? 1 : 2) && qn - ls <= 8 && isKanji(t.charCodeAt(ls)) && speakerName(t, ls, qn)) speakers.push(ls, qn);
      else if (qn - ls <= 3 && allOf(t, ls, qn, isKanji) && jaSpeakerGiven(t, ls, qn)) givenSpeakers.push(ls, qn);
      else if (q - ls >= 2 && q - ls <= 5 && allOf(t, ls, q, isHira) && !HIRA_LABELS.has(t.slice(ls, q))) hiraSpeakers.push(ls, q);
      else if (colonChar === ':') chatHeaderAt(t, ls, q, headers);
    }
  }
  // (a list by prefecture, 石川：晴れ, is no transcript)
  if (speakers.length >= 4) for (let k = 0; k < speakers.length; k += 2) if (!PREF_STEMS.has(t.slice(speakers[k], speakers[k + 1]))) emit(speakers[k], speakers[k + 1], 0.85);
  // given names alone as speakers (a family's LINE group, a chat widget's customer: 翔子: …, 茂: …, 14:02 千夏：…): a
  // transcript of four speaker lines at least, and only the names that speak twice or more, two of them (or one beside
  // family-name speakers), since one label that passes for a given name (理由：) is no transcript
  if (givenSpeakers.length >= 4 && givenSpeakers.length + speakers.length + hiraSpeakers.length >= 8) {
    const times = new Map<string, number>();
    for (let k = 0; k < givenSpeakers.length; k += 2) {
      const w = t.slice(givenSpeakers[k], givenSpeakers[k + 1]);
      times.set(w, (times.get(w) ?? 0) + 1);
    }
    let twice = 0;
    for (const c of times.values()) if (c >= 2) twice++;
    // (and they chat: half the speakers' lines at least say something in hiragana, where a form's 理由：遅延 gives a value)
    let talk = 0;
    for (const list of [givenSpeakers, speakers]) for (let k = 0; k < list.length; k += 2) if (hiraSoon(t, list[k + 1] + 1)) talk++;
    if (talk * 4 >= givenSpeakers.length + speakers.length && (twice >= 2 || (twice === 1 && speakers.length >= 4)))
      for (let k = 0; k < givenSpeakers.length; k += 2) if (times.get(t.slice(givenSpeakers[k], givenSpeakers[k + 1]))! >= 2) emit(givenSpeakers[k], givenSpeakers[k + 1], 0.85);
  }
  // a chat export's message headers, a name and the time alone on a line: two of them at least
  if (headers.length >= 4) for (let k = 0; k < headers.length; k += 2) emit(headers[k], headers[k + 1], 0.85);
  // handles in hiragana (さとみ: …, ゆうき: …): two of them at least, three lines at least, none a word used as a label
  if (hiraSpeakers.length >= 6) {
    const handles = new Set<string>();
    for (let k = 0; k < hiraSpeakers.length; k += 2) handles.add(t.slice(hiraSpeakers[k], hiraSpeakers[k + 1]));
    if (handles.size >= 2) for (let k = 0; k < hiraSpeakers.length; k += 2) emit(hiraSpeakers[k], hiraSpeakers[k + 1], 0.85);
  }
  // (g) the given or family name of a Latin full name found above, alone elsewhere in the text: a chat's "Mason: …"
  // with Mason Lindqvist, "Hi Grace," to Grace Fernandes, "Lindqvist said". An echo: no second person. Mid-sentence,
  // or before a colon or a comma (a sentence may open with Will or Grace as a word).
  if (n <= 200_000) latinEchoes(t, out, m, echo);
  // a name whose words make the local part of an e-mail address just below or beside it (CHIARA FERRARI …
  // chiara.ferrari@example.it, a signature's Rohan Menon … rohan.menon@…): the mailbox says it is a person
  if (n <= 200_000) mailboxNames(t, out, m, emit);
  // and the family name of a kanji name found in a field or a list, alone later (出席：松本 義春 … ToDo：松本 →)
  if (n <= 200_000) familyEchoes(t, out, m, echo);
  // (i) a listed family name alone next in a list after a Japanese name found (出席：上野 愛、飯田 / 上野 愛 × 飯田)
  for (let i = 0; i < m; i++) {
    const f = out[i];
    if (f.type !== 'person_name' || f.confidence < 0.8 || !f.key || !isKanji(t.charCodeAt(f.start))) continue;
    let p = f.end;
    while (t.charCodeAt(p) === 0x20 || t.charCodeAt(p) === 0x3000) p++;
    if (!LIST_SEP.has(t.charCodeAt(p))) continue;
    p++;
    while (t.charCodeAt(p) === 0x20 || t.charCodeAt(p) === 0x3000) p++;
    const fl = familyAt(t, p);
    if (fl < 2 || fl === JA_CANDIDATE || isKanji(t.charCodeAt(p + fl)) || isHira(t.charCodeAt(p + fl)) || isKata(t.charCodeAt(p + fl))) continue;
    emit(p, p + fl, 0.85);
  }
  // (e) a passenger list's SURNAME/GIVEN MR (an airline's way of writing names), or under a name label
  for (let p = t.indexOf('/'); p >= 0; p = t.indexOf('/', p + 1)) {
    if (!isUpper(t.charCodeAt(p - 1)) || !isUpper(t.charCodeAt(p + 1))) continue;
    let a = p - 1;
    while (a > 0 && p - a < 20 && isUpper(t.charCodeAt(a - 1))) a--;
    let b = p + 1;
    while (b < n && b - p < 20 && isUpper(t.charCodeAt(b))) b++;
    if (p - a < 2 || b - p - 1 < 2 || (a > 0 && !isSpace(t.charCodeAt(a - 1)) && t.charCodeAt(a - 1) !== 0x2e)) continue;
    const title = PNR_TITLE.exec(t.slice(b, b + 6));
    if (title) emit(a, b, 0.9);
    else if ((b === n || isSpace(t.charCodeAt(b))) && labelBefore(ctx, a) & K.NAME) emit(a, b, 0.95);
  }
  // the line above an address block's postal code or address, alone, with a name's shape: the addressee (配送先⏎鰐淵香織⏎
  // 569-0803⏎大阪府…), however rare the name; not a company's or an office's line, nor a label
  for (let i = 0, m = out.length; i < m; i++) {
    const f = out[i];
    if ((f.type !== 'jp_postal_code' && f.type !== 'jp_address') || f.confidence < 0.8) continue;
    let ls = f.start;
    if (ls > 0 && t.charCodeAt(ls - 1) === 0x3012) ls--; // 〒
    if (ls < 2 || t.charCodeAt(ls - 1) !== 10) continue;
    const pe0 = ls - 1;
    let ps = pe0;
    while (ps > 0 && pe0 - ps < 16 && t.charCodeAt(ps - 1) !== 10) ps--;
    if (ps > 0 && t.charCodeAt(ps - 1) !== 10) continue;
    let a = ps;
    let e = pe0;
    if (e > a && t.charCodeAt(e - 1) === 13) e--;
    while (a < e && isSpace(t.charCodeAt(a))) a++;
    while (e > a && isSpace(t.charCodeAt(e - 1))) e--;
    e = stripHonorific(t, a, e);
    while (e > a && isSpace(t.charCodeAt(e - 1))) e--;
    if (!looksLikeJaName(t, a, e) || !isKanji(t.charCodeAt(a)) || ORG_LAST.has(t.charCodeAt(e - 1))) continue;
    const h = lastHitBefore(ctx, e);
    if (h >= 0 && ctx.hEnd[h] > a) continue; // a label or a keyword on the line
    emit(a, e, 0.85);
  }
  // a family register's bracketed fields (戸籍の全部事項証明: 【名】航, 【父】越智正雄　【母】越智キヨ, 【筆頭者】…)
  for (let p = t.indexOf('【'); p >= 0; p = t.indexOf('【', p + 1)) {
    const q = indexIn(t, 0x3011, p + 1, Math.min(n, p + 6));
    if (q < 0 || !KOSEKI_NAME_FIELDS.has(t.slice(p + 1, q))) continue;
    let s = q + 1;
    while (s < n && (t.charCodeAt(s) === 0x20 || t.charCodeAt(s) === 0x3000)) s++;
    let e = s;
    while (e < n && e - s < 10 && (isKanji(t.charCodeAt(e)) || isKata(t.charCodeAt(e)) || isHira(t.charCodeAt(e)))) e++;
    const z = e < n ? t.charCodeAt(e) : 10;
    if (e > s && (z === 0x20 || z === 0x3000 || z === 10 || z === 13 || z === 0x3010)) emit(s, e, 0.9);
  }
  // and an airline booking's passport line, SSR DOCS … P/GBR/672981782/GBR/04MAR97/M/20AUG30/HALE/VICTOR/P1
  for (let p = t.indexOf('DOCS '); p >= 0; p = t.indexOf('DOCS ', p + 5)) ssrDocs(ctx, p + 5, emit);
  // (f) a name set letter by letter, as OCR reads a business card: 五 十 嵐　建 次 郎, 及 川  由 成 (a family name
  // from the dictionary, then a wide gap, then one to three kanji)
  for (let k = 0; k < wide.n; k++) spacedNameAt(t, wide.a[k], wide.a[k] + 1, emit);
  for (let p = t.indexOf('  '); p >= 0; p = t.indexOf('  ', p + 2)) spacedNameAt(t, p, p + 2, emit);
  // (d) vCard: N:family;given;… and FN:full name
  if (t.indexOf('BEGIN:VCARD') >= 0) {
    for (let p = t.indexOf('N:'); p >= 0; p = t.indexOf('N:', p + 2)) {
      const ls = p > 0 ? t.charCodeAt(p - 1) : 10;
      const fn = ls === 0x46 && (p < 2 || t.charCodeAt(p - 2) === 10); // FN:
      if (!(ls === 10 || fn)) continue;
      const le = lineEnd(t, p, n);
      let a = p + 2;
      const fields = fn ? 1 : 2;
      for (let k = 0; k < fields && a < le; k++) {
        let b = a;
        while (b < le && t.charCodeAt(b) !== 0x3b && t.charCodeAt(b) !== 13) b++;
        if (b - a >= 1 && b - a <= 40) emit(a, b, 0.9);
        a = b + 1;
      }
    }
  }
}

/**
 * k.toLowerCase(), without the call (and the new string) for the keys most names give: kana, kanji and ASCII with no
 * capital have no lower case of their own.
 */
export function lowerKey(k: string): string {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 0x80 ? c >= 65 && c <= 90 : c < 0x3000 || c >= 0xa000) return k.toLowerCase();
  }
  return k;
}

/**
 * A name split over two fields on a form: 姓 (or セイ) and its value, then 名 (メイ) and its value, on the same line or
 * the next. Each half is reported, the given name keyed as its family name so that the pair counts one person. 姓 must
 * stand alone (not 百姓, 旧姓, 姓名) and be followed by a separator: a colon, a space, a tab, or a qualifier in
 * brackets (姓（漢字）).
 */
function splitNameFields(ctx: Ctx, emit: (s: number, e: number, c: number, ks?: number, ke?: number) => void): void {
  const t = ctx.t;
  for (let h = 0; h < ctx.hN; h++) {
    if (!(ctx.hKind[h] & K.SPLIT)) continue;
    const p = ctx.hPos[h];
    const reading = t.charCodeAt(p) !== 0x59d3; // セイ
    const b = p > 0 ? t.charCodeAt(p - 1) : 10;
    if (isKanji(b) || isKata(b) || isHira(b) || isAsciiLetter(b)) continue;
    const fam = fieldValueAfter(t, ctx.hEnd[h], reading);
    if (!fam) continue;
    const [fs, fe] = fam;
    // the given half: 名 / メイ after the family value, on its line or at the next line's start
    let g = fe;
    let nl = 0;
    while (g < ctx.n && g - fe < 12 && (isSpace(t.charCodeAt(g)) || t.charCodeAt(g) === 0x7c || t.charCodeAt(g) === 0x2c)) if (t.charCodeAt(g++) === 10) nl++;
    // (氏名（名）: the label's head repeated)
    if (t.startsWith('氏名', g) && (t.charCodeAt(g + 2) === 0xff08 || t.charCodeAt(g + 2) === 0x28)) g += 3;
    const gw = reading ? (t.startsWith('メイ', g) ? 2 : 0) : t.charCodeAt(g) === 0x540d ? 1 : 0;
    const given = nl <= 1 && gw ? fieldValueAfter(t, g + gw, reading) : null;
    const ok = (a: number, z: number) => (reading || !(z - a === 1 && isKana(t.charCodeAt(a)))) && !NO_NAME_VALUE.test(t.slice(a, z));
    if (given && ok(fs, fe) && ok(given[0], given[1])) {
      // (the pair is one person: the given name keys both halves, the family name has no key of its own)
      add(ctx, 'person_name', fs, fe, 0.9);
      emit(given[0], given[1], 0.9, fs, given[1]);
    } else if (!reading && fe - fs >= 2 && ok(fs, fe) && (isAsciiLetter(t.charCodeAt(fs)) || listedFamilyAt(t, fs))) emit(fs, fe, 0.85);
  }
}
/** What a form's name field holds when it holds no name. */
const NO_NAME_VALUE = /^(?:未記入|未入力|記入なし|不明|なし|無し|空欄|省略|同上|null|none|n\/a|test|テスト)$/i;
const isKana = (c: number) => isKata(c) || isHira(c);
/**
 * The value of a split name field whose label ends at i: a qualifier in brackets may follow the label (姓（漢字）), then
 * a separator (a colon, spaces, a tab, or the bracket's close), then 1–12 letters of one script (kanji with kana,
 * katakana, or Latin). [start, end), or null.
 */
function fieldValueAfter(t: string, i: number, reading: boolean): [number, number] | null {
  const n = t.length;
  let sep = false;
  const o = t.charCodeAt(i);
  if (o === 0xff08 || o === 0x28) {
    // (looked for within the 7 chars a qualifier may hold: t.indexOf read to the text's end when no bracket closed)
    const close = indexIn(t, o === 0x28 ? 0x29 : 0xff09, i, Math.min(n, i + 8));
    if (close < 0) return null;
    i = close + 1;
    sep = true;
  } else if (o === 0xff09 || o === 0x29) {
    i++;
    sep = true;
  }
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x20 || c === 0x3000 || c === 9 || c === 0x3d) {
      sep = true;
      i++;
    } else break;
  }
  if (!sep) return null;
  const s = i;
  const c0 = t.charCodeAt(s);
  const latin = isAsciiLetter(c0);
  while (i < n && i - s < 13) {
    const c = t.charCodeAt(i);
    if (latin ? isAsciiLetter(c) || c === 0x2d || c === 0x27 : reading ? isKana(c) : isKanji(c) || isKana(c)) i++;
    else break;
  }
  if (i === s || i - s > 12) return null;
  if (reading && latin) return null;
  // the value ends the field: a space, a line end, a separator or a bracket follows
  const z = i < n ? t.charCodeAt(i) : 10;
  if (!(isSpace(z) || z === 0x7c || z === 0x2c || z === 0xff08 || z === 0x28 || z === 0x3001 || z === 0x3002 || z === 0x2f)) return null;
  return [s, i];
}

function capsNames(ctx: Ctx, emit: (s: number, e: number, c: number, ks?: number, ke?: number) => void): void {
  const t = ctx.t;
  const n = ctx.n;
  // NAME（カナ） and カナ（NAME）, maybe with さん/様 between
  for (let p = t.indexOf('（'); p >= 0; p = t.indexOf('（', p + 1)) {
    const close = indexIn(t, 0xff09, p + 1, Math.min(n, p + 40));
    if (close < 0) continue;
    const capsIn = capsRunFrom(t, p + 1) === close;
    const kataIn = !capsIn && kataWordsFrom(t, p + 1) === close;
    if (!capsIn && !kataIn) continue;
    let e = p;
    while (e > 0 && isBlank(t.charCodeAt(e - 1))) e--;
    if (t.charCodeAt(e - 1) === 0x69d8) e--; // 様
    else if (t.charCodeAt(e - 1) === 0x3093 && t.charCodeAt(e - 2) === 0x3055) e -= 2; // さん
    const s0 = capsIn ? kataWordsBefore(t, e) : capsRunBefore(t, e);
    // (a name in capitals has no English word that is not a given name: JR EAST（ジェイアール イースト）)
    if (s0 < 0 || (capsIn ? englishWordIn(t, p + 1, close) || ordinaryPhrase(t, p + 1, close) : englishWordIn(t, s0, e) || ordinaryPhrase(t, s0, e))) continue;
    emit(s0, e, 0.88);
    emit(p + 1, close, 0.88, s0, e);
  }
  // a shipping label's sender and addressee: FROM: TRAN THI HOA⏎…, TO: NGUYEN THI BINH⏎…
  // (from the first pass's hits, not a search of the text per word: FROM:, TO: and 続柄 are CAPS_CUE keywords)
  const fields: number[] = [];
  for (let h = 0; h < ctx.hN; h++) {
    const k = ctx.hKind[h];
    if (k & K.DOB) fields.push(ctx.hPos[h]);
    if (!(k & K.CAPS_CUE)) continue;
    const p = ctx.hPos[h];
    if (t.charCodeAt(p) === 0x7d9a) {
      fields.push(p); // 続柄
      continue;
    }
    // capitals only, at a line's start
    if (!isUpper(t.charCodeAt(p)) || !isUpper(t.charCodeAt(p + 1)) || (p > 0 && t.charCodeAt(p - 1) !== 10)) continue;
    let a = ctx.hEnd[h];
    while (isBlank(t.charCodeAt(a))) a++;
    const e = capsRunFrom(t, a);
    if (e < 0) continue;
    let z = e;
    while (isBlank(t.charCodeAt(z))) z++;
    if ((z >= n || t.charCodeAt(z) === 10) && !englishWordIn(t, a, e) && !ordinaryPhrase(t, a, e) && !notNameWord(t, a, capsWordEnd(t, a))) emit(a, e, 0.85);
  }
  // a list of people in capitals, each with a field of a person after it: 1. NGUYEN THI BINH　続柄：母
  for (const p of fields) {
    let e = p;
    while (e > 0 && isBlank(t.charCodeAt(e - 1))) e--;
    if (e === p) continue;
    const s0 = capsRunBefore(t, e);
    if (s0 < 0) continue;
    // only a list marker or a number before it on its line
    let b = s0;
    while (b > 0 && t.charCodeAt(b - 1) !== 10 && (isBlank(t.charCodeAt(b - 1)) || BULLET(t.charCodeAt(b - 1)) || isDigit(t.charCodeAt(b - 1)) || t.charCodeAt(b - 1) === 0x2e || t.charCodeAt(b - 1) === 0x30fb)) b--;
    if (b === 0 || t.charCodeAt(b - 1) === 10) emit(s0, e, 0.85);
  }
}
/** Most words of 3+ letters in [s, e) (apart by spaces) are ordinary English words and no given names (PARK JIHOON
 * has one of two; JR EAST, SUNRISE HOTEL all). */
function englishWordIn(t: string, s: number, e: number): boolean {
  let words = 0;
  let plain = 0;
  for (let i = s; i < e; ) {
    let j = i;
    while (j < e && isAsciiLetter(t.charCodeAt(j))) j++;
    if (j - i >= 3) {
      words++;
      if (givenKind(t, i, j) === 0 && ordinaryWord(t, i, j)) plain++;
    }
    i = j + 1;
  }
  return plain * 2 > words;
}
/** The end of the word of capitals at i. */
function capsWordEnd(t: string, i: number): number {
  while (isUpper(t.charCodeAt(i))) i++;
  return i;
}
/** Where 2–4 words of 2–14 capitals, one space apart, that start at i end (a letter may not follow), or -1. */
function capsRunFrom(t: string, i: number): number {
  let words = 0;
  for (;;) {
    let j = i;
    while (isUpper(t.charCodeAt(j))) j++;
    if (j - i < 2 || j - i > 14) return -1;
    words++;
    if (t.charCodeAt(j) === 0x20 && isUpper(t.charCodeAt(j + 1)) && words < 4) i = j + 1;
    else return words >= 2 && !isAsciiLetter(t.charCodeAt(j)) ? j : -1;
  }
}
/** Where 2–4 words of capitals that end at e start (nothing of a word before them), or -1. */
function capsRunBefore(t: string, e: number): number {
  let words = 0;
  let i = e;
  for (;;) {
    let j = i;
    while (j > 0 && isUpper(t.charCodeAt(j - 1))) j--;
    if (i - j < 2 || i - j > 14) return -1;
    words++;
    if (t.charCodeAt(j - 1) === 0x20 && isUpper(t.charCodeAt(j - 2)) && words < 4) i = j - 1;
    else return words >= 2 && !isAsciiLetter(t.charCodeAt(j - 1)) && !isDigit(t.charCodeAt(j - 1)) ? j : -1;
  }
}
/** Where 2–4 katakana words (apart by a space, a wide space or ・) that start at i end, or -1. */
function kataWordsFrom(t: string, i: number): number {
  let words = 0;
  for (;;) {
    let j = i;
    while (j - i < 16 && isKata(t.charCodeAt(j))) j++;
    if (j === i) return -1;
    words++;
    const c = t.charCodeAt(j);
    if ((c === 0x20 || c === 0x3000 || c === 0x30fb) && isKata(t.charCodeAt(j + 1)) && words < 4) i = j + 1;
    else return words >= 2 ? j : -1;
  }
}
/** Where 2–4 katakana words that end at e start, or -1. */
function kataWordsBefore(t: string, e: number): number {
  let words = 0;
  let i = e;
  for (;;) {
    let j = i;
    while (j > 0 && i - j < 16 && isKata(t.charCodeAt(j - 1))) j--;
    if (j === i || isKata(t.charCodeAt(j - 1))) return -1;
    words++;
    const c = t.charCodeAt(j - 1);
    if ((c === 0x20 || c === 0x3000 || c === 0x30fb) && isKata(t.charCodeAt(j - 2)) && words < 4) i = j - 1;
    else return words >= 2 ? j : -1;
  }
}

/** 様, 殿, 氏: honorifics written in kanji, which end a name. */
const LEGAL_PARTY = new Set(['原告', '被告', '控訴', '上告', '債権', '債務', '申立', '相手']);
/** A station (「南千里」駅, 梅田駅) or a word that names a role, not a person (オーナー様, ご注文者様). */
function stationOrRole(t: string, s: number, e: number): boolean {
  const nx = t.charCodeAt(e);
  if (nx === 0x99c5 || (nx === 0x300d && t.charCodeAt(e + 1) === 0x99c5)) return true; // 駅, 」駅
  // (a party's role, set letter-spaced as pleadings do: 原　告, 被　告)
  return e - s <= 5 && (NOT_NAME_BEFORE_HONORIFIC.has(t.slice(s, e)) || (e - s === 3 && LEGAL_PARTY.has(t[s] + t[s + 2])));
}

const HONOR_KANJI = (c: number) => c === 0x69d8 || c === 0x6bbf || c === 0x6c0f;

function scanNames(ctx: Ctx, famS: IntList, famL: IntList, famIn: IntList, kataEnds: IntList, kin: IntList, capStarts: IntList): void {
  const t = ctx.t;
  const n = ctx.n;
  // the key is only built for a finding add() keeps
  const emit = (s: number, e: number, c: number, ks = s, ke = e) => {
    if (c >= FLOOR && e > s && !stationOrRole(t, s, e)) add(ctx, 'person_name', s, e, c, nameKeyOf(t, ks, ke));
  };

  // 0. A name split over two fields: 姓：山田　名：太郎, セイ ヤマダ メイ タロウ, 氏名（姓）山田 氏名（名）太郎
  splitNameFields(ctx, emit);
  // 0b. A name in capitals, as a passport or a residence card spells it, beside its katakana reading or before a
  // person's field on its line: NGUYEN VAN AN（グエン・ヴァン・アン）, ・KIM MINJUN　生年月日 1996/09/07
  capsNames(ctx, emit);

  // 1. "氏名: 山田 太郎", "Name: John Smith", and cells under a name / reading column.
  for (let h = 0; h < ctx.hN; h++) {
    const k = ctx.hKind[h];
    if (!(k & (K.NAME | K.READING))) continue;
    const p = ctx.hPos[h];
    if (ctx.cS.n && inHeader(ctx, p)) continue;
    let s = ctx.hEnd[h];
    // a qualifier in brackets after the label: フリガナ（姓）, 氏名(漢字), 名前（ローマ字）
    const ob = t.charCodeAt(s);
    if (ob === 0x28 || ob === 0xff08) {
      const close = indexIn(t, ob === 0x28 ? 0x29 : 0xff09, s + 1, Math.min(n, s + 8));
      if (close > s + 1 && LABEL_QUALIFIERS.has(t.slice(s + 1, close))) s = close + 1;
      else {
        // any qualifier a colon follows: お名前（在留カード記載のとおり）：, 緊急連絡先（母国）：
        const far = indexIn(t, ob === 0x28 ? 0x29 : 0xff09, s + 1, Math.min(n, s + 24));
        if (far > s + 1 && indexIn(t, 10, s, far) < 0 && (t.charCodeAt(far + 1) === 0xff1a || t.charCodeAt(far + 1) === 0x3a)) s = far + 1;
      }
    } else if (ob === 0x20 && isLower(t.charCodeAt(s + 1)) && isUpper(t.charCodeAt(p)) && (p === 0 || t.charCodeAt(p - 1) === 10)) {
      // words that qualify an English label before its colon: Full name as on residence card: …
      let q = s + 1;
      while (q < n && q - s < 32 && (isAsciiLetter(t.charCodeAt(q)) || t.charCodeAt(q) === 0x20 || t.charCodeAt(q) === 0x27)) q++;
      if (t.charCodeAt(q) === 0x3a && q - s < 32) {
        // (Beneficiary address: …, Name of bank: … label another thing)
        if (hitIn(ctx, s, q, K.ADDRESS | K.PHONE | K.EMAIL | K.BANK | K.DOB | K.POSTAL) || /\b(?:of|bank|company|account|number|address|date)\b/i.test(t.slice(s, q))) continue;
        s = q;
      }
    }
    let nl = 0;
    let quote = false;
    let colon = false;
    for (let j = 0; s < n && j < 6; j++, s++) {
      const c = t.charCodeAt(s);
      if (c === 10) nl++;
      if (c === 0x22) quote = true;
      else if (c === 0x3a || c === 0x3d || c === 0xff1a) colon = true;
      // ' ' : = ( ) ] 】, and the quotes of a JSON field ("lastName": "大平")
      if (!(isSpace(c) || c === 0x3a || c === 0xff1a || c === 0x3d || c === 0x28 || c === 0xff08 || c === 0x29 || c === 0xff09 || c === 0x5d || c === 0x3011 || c === 0x22)) break;
    }
    if (nl > 1 || s >= n || (quote && !colon) || startsWithLabel(ctx, s)) continue;
    if (s === ctx.hEnd[h] && (labelGlued(t, s) || NAME_LABEL_NEEDS_SEP.has(t.slice(p, s)))) continue;
    // a role that is also a subject of text (技能実習生 入国後講習, 入居者 募集中) labels a name only with a colon or a tab
    if (ROLE_LABELS.has(t.slice(p, ctx.hEnd[h])) && !colon && !/[\t：]/.test(t.slice(ctx.hEnd[h], s))) continue;
    const isAsciiLabel = t.charCodeAt(p) < 128;
    // a title before the name, as approval boxes write it (承認欄：課長 宮崎)
    const tl = TITLE_BEFORE.exec(t.slice(s, s + 6));
    if (tl) s += tl[0].length;
    // the value decides how a name is read, not the label (氏名: NGUYEN VAN AN, Name: 山田太郎)
    // (a label that runs on into a longer word is none: 口座名義人様, 申込者数)
    if (s === ctx.hEnd[h] && LABEL_RUNS_ON.has(t.charCodeAt(s))) continue;
    let e = t.charCodeAt(s) < 0x250 ? enNameToken(t, s, Math.min(n, s + 60), 1) : jpNameToken(t, s, Math.min(n, s + 20));
    // a name set letter by letter, as text from a PDF form comes out (氏 名 佐 久 間 翔 太)
    if (t.charCodeAt(s + 1) === 0x20 && isKanji(t.charCodeAt(s))) {
      const se = spacedKanjiName(t, s, n);
      if (se > 0) e = se;
    }
    if (e < 0) continue;
    let ee = stripHonorific(t, s, e);
    // (a sentence that goes on after a kanji name: 担当松尾が承りました)
    if (isKanji(t.charCodeAt(s)))
      for (let i = s + 2; i < ee; i++) {
        if (!isHira(t.charCodeAt(i))) continue;
        if (PARTICLE_AFTER_NAME.has(t.charCodeAt(i)) && SENTENCE_ON.test(t.slice(i, ee))) ee = i;
        break;
      }
    // (a family name, a comma and the given name, as dockets and passenger lists write them: LLEWELLYN, GARETH)
    if (isUpper(t.charCodeAt(s)) && t.charCodeAt(ee) === 0x2c && t.charCodeAt(ee + 1) === 0x20 && isUpper(t.charCodeAt(ee + 2)) && indexIn(t, 0x20, s, ee) < 0) {
      let j = ee + 2;
      while (j < n && j - ee < 30 && (isAsciiLetter(t.charCodeAt(j)) || t.charCodeAt(j) === 0x2d)) j++;
      const z = j < n ? t.charCodeAt(j) : 10;
      if (j - ee - 2 >= 2 && (z === 9 || z === 10 || z === 13)) ee = j;
    }
    // (a particle after a name written in kanji, as a sentence goes on: 相続人河合 武は…)
    if (ee - s >= 3 && PARTICLE_AFTER_NAME.has(t.charCodeAt(ee - 1)) && isKanji(t.charCodeAt(ee - 2)) && !isHira(t.charCodeAt(ee))) ee--;
    // (a one-kanji family name alone in its field: 確認者：堀　2025/11/14)
    if (ee - s < 2 && !(ee - s === 1 && k & K.NAME && isKanji(t.charCodeAt(s)) && familyAt(t, s) === 1 && !WEAK_NAME_LABELS.has(t.slice(p, ctx.hEnd[h])) && (ee >= n || isSpace(t.charCodeAt(ee)) || t.charCodeAt(ee) === 0x7c))) continue;
    if (NOT_NAME_BEFORE_HONORIFIC.has(t.slice(s, ee))) continue;
    // a caller's answer in kana, not a name: a sentence (お客様：もう落ち着きました) or digits read out (ゼロハチゼロの…)
    if ((isHira(t.charCodeAt(s)) || isKata(t.charCodeAt(s))) && SPOKEN_VALUE.test(t.slice(s, ee))) continue;
    // a label glued to kanji after it is a compound word (契約者貸付, 共同相続人全員で…) unless a listed family name
    // follows (氏名山田太郎, as OCR drops the gap)
    if (s === ctx.hEnd[h] && isKanji(t.charCodeAt(s)) && !listedFamilyAt(t, s)) continue;
    // 担当 heads a team or a task as often as a person (担当：営業, 担当：経理): a person only from a listed family name
    // (or a family name no list holds, written apart from a given name of the dictionary: 担当 小鳥遊 瑞穂)
    // Katakana or Latin letters after such a label: a name of two words or more (緊急連絡先：NGUYEN THI BINH, 対象：ブイ ティ)
    if (WEAK_NAME_LABELS.has(t.slice(p, ctx.hEnd[h]).toLowerCase()) && !(isKata(t.charCodeAt(s)) ? twoWords(t, s, ee) : t.charCodeAt(s) < 0x250 ? twoWords(t, s, ee) && latinPersonish(t, s, ee) : listedFamilyAt(t, s) && givenRestOk(t, s, ee)) && !apartGiven(t, s, ee)) continue;
    // family / given label a name only as a JSON key ("family": "西田"; not "PPO Family\nOn file")
    if (JSON_ONLY_LABELS.has(t.slice(p, ctx.hEnd[h]).toLowerCase()) && !(t.charCodeAt(ctx.hEnd[h]) === 0x22 && quote)) continue;
    // a short word of a sentence is no name (On file, In progress), nor one English word of the lists (Unassigned)
    if ((ee - s <= 3 || (t.charCodeAt(s) < 0x250 && indexIn(t, 0x20, s, ee) < 0)) && notNameWord(t, s, ee)) continue;
    // (nor a column's type in a schema: name VARCHAR(100), full_name text NOT NULL; nor a date: CUSTOMER: Jun 17 1977)
    if (t.charCodeAt(s) < 0x250 && (SQL_TYPE.test(t.slice(s, ee)) || MONTH_DAY.test(t.slice(s, s + 14)))) continue;
    // nor a company or a team in English (Beneficiary: Harborline Logistics Ltd, Owner: Sales Team); one word after a
    // label is judged by the lists only (a surname may look like a word: "lastname": "Nicholls")
    // … nor, after a tab, an English word that heads the next column (Opportunity Name⇥Stage, Assignee⇥Support)
    // (a surname under its own label may look like a word: Last name⇥Nicholls)
    if (t.charCodeAt(s) < 0x250 && (indexIn(t, 0x20, s, ee) > 0 || (t.charCodeAt(s - 1) === 9 && !PART_LABEL.test(t.slice(p, ctx.hEnd[h])))) && ordinaryPhrase(t, s, ee)) continue;
    // … and one English word that is an ordinary one and no listed given name is a team or a task after a label that
    // heads either (Owner: Sales, Assignee: Support; not Name: Smith)
    if (isAsciiLabel && isUpper(t.charCodeAt(s)) && indexIn(t, 0x20, s, ee) < 0 && TEAM_OR_PERSON_LABEL.test(t.slice(p, ctx.hEnd[h])) && ordinaryWord(t, s, ee) && givenKind(t, s, ee) === 0) continue;
    // お客様 is a label only in "お客様（山田太郎）" or "お客様: …", not in お客様各位
    if (t.charCodeAt(p) === 0x304a && t.startsWith('お客様', p) && !/[(（:：]/.test(t.slice(ctx.hEnd[h], s))) continue;
    const honor = isAsciiLabel && (k & K.NAME) && /^(mr|mrs|ms|dr|miss|dear)/i.test(t.slice(p, p + 4));
    // an honorific is written capitalised ("Ms. Lee"); "in ms. Items …" is milliseconds, and "SATO/KENICHI MR  Seat"
    // (a passenger list) ends with it
    if (honor && !(isUpper(t.charCodeAt(p)) && isLower(t.charCodeAt(p + 1)))) continue;
    // any other English label is a field only with a colon, a tab or a line break after it ("Customer Care" is not
    // one), or when it says name ("under my partner's name Kevin Vajda")
    // (or two spaces or more, a record's fields set out in columns at the line's start: "Contact owner  Jennifer Goldberg")
    if (isAsciiLabel && !honor && !colon && !/[\t\n]/.test(t.slice(ctx.hEnd[h], s)) && !NAME_ENDING_LABEL.test(t.slice(p, ctx.hEnd[h])) && !/ by$/i.test(t.slice(p, ctx.hEnd[h])) && !((p === 0 || t.charCodeAt(p - 1) === 10) && s - ctx.hEnd[h] >= 2 && t.charCodeAt(ctx.hEnd[h]) === 0x20 && t.charCodeAt(ctx.hEnd[h] + 1) === 0x20)) continue;
    if (!(k & K.NAME)) {
      // a reading: the name beside it counts the person; it is written in kana or Latin letters (not 全角カタカナ)
      if (t.charCodeAt(s) >= 0x250 && !allKana(t, s, ee)) continue;
      add(ctx, 'person_name', s, ee, 0.9);
    }
    else emit(s, ee, honor ? 0.85 : 0.95);
  }
  let splitS = -1;
  let splitE = -1;
  for (let i = 0; i < ctx.cS.n; i++) {
    const k = ctx.cK.a[i];
    if (!(k & (K.NAME | K.READING))) continue;
    let s = ctx.cS.a[i];
    let e = ctx.cE.a[i];
    while (s < e && isSpace(t.charCodeAt(s))) s++;
    while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
    // (one kanji is a whole name part under 姓 or 名: 航, 林)
    if ((e - s < 2 && !(e - s === 1 && k & K.SPLIT && isKanji(t.charCodeAt(s)))) || e - s > 40) continue;
    const c0 = t.charCodeAt(s);
    if (c0 < 128 && startsWithLabel(ctx, s)) continue; // a label in a name column (TEL, EMAIL): the table ended
    const te = c0 < 128 ? enNameToken(t, s, e, 1) : e - s === 1 ? e : jpNameToken(t, s, e);
    if (te !== e) continue;
    if (k & K.NAME) {
      const ee = stripHonorific(t, s, e);
      if (!(k & K.SPLIT)) {
        emit(s, ee, 0.93);
        continue;
      }
      // a name split over 姓 and 名 columns: the given name's cell, in the family name's row, keys the pair as one
      // person (the family name alone is reported without a key of its own)
      if (splitE > 0 && indexIn(t, 10, splitE, s) < 0) {
        add(ctx, 'person_name', splitS, splitE, 0.93);
        emit(s, ee, 0.93, splitS, ee);
        splitE = -1;
        continue;
      }
      if (splitE > 0) emit(splitS, splitE, 0.93);
      splitS = s;
      splitE = ee;
    } else add(ctx, 'person_name', s, e, 0.9); // a reading: no key, the name beside it already counts the person
  }
  if (splitE > 0) emit(splitS, splitE, 0.93);

  // 2. Honorifics: 山田太郎様, 田中さん, 佐藤 花子 殿.
  for (let h = 0; h < ctx.hN; h++) {
    if (!(ctx.hKind[h] & K.HONORIFIC)) continue;
    const p = ctx.hPos[h];
    const hc = t.charCodeAt(p);
    if (hc === 0x6c0f && isKanji(t.charCodeAt(p + 1))) continue; // 氏名, 氏族
    if (hc === 0x69d8 && isKanji(t.charCodeAt(p + 1)) && !(t.charCodeAt(p + 1) === 0x5b85 || t.charCodeAt(p + 1) === 0x65b9)) continue; // 様子, 様式 (not 様宅, 様方)
    if (hc === 0x69d8 && AFTER_NOT_NAME_SAMA.has(t.charCodeAt(p - 1))) continue; // 同様, 仕様, 模様 end words
    if (hc === 0x6bbf && isKanji(t.charCodeAt(p + 1))) continue; // 殿城, 殿堂: 殿 starts a word, it is no title
    if (PLACE_END.has(t.charCodeAt(p - 1))) continue; // 那覇市殿…, 横浜市様: an office or a place, not a person
    // one space may stand before the honorific (我妻 蓮 さん); a given name in hiragana after a family name
    // written apart is part of the name (桜井 みどりさま)
    let q = p;
    if ((t.charCodeAt(p - 1) === 0x20 || t.charCodeAt(p - 1) === 0x3000) && isKanji(t.charCodeAt(p - 2)) && hc !== 0x6c0f) q = p - 1;
    let s = q;
    let sp = false;
    let broken = false;
    let hira = 0;
    while (s > 0 && q - s < 4 && isHira(t.charCodeAt(s - 1))) s--;
    if (s < q) {
      const b = t.charCodeAt(s - 1);
      if ((b === 0x20 || b === 0x3000) && isKanji(t.charCodeAt(s - 2)) && q - s >= 2) {
        hira = q - s;
        sp = true;
        s--;
      } else s = q;
    }
    while (s > 0 && q - s < 10) {
      const c = t.charCodeAt(s - 1);
      if (isKanji(c)) s--;
      else if ((c === 0x30ce || c === 0x30b1) && isKanji(t.charCodeAt(s - 2))) s--; // 一ノ瀬, 三ケ島
      else if ((c === 0x20 || c === 0x3000) && !sp && s < q && isKanji(t.charCodeAt(s - 2))) {
        sp = true;
        s--;
      } else if ((c === 0x20 || c === 10) && !sp && s < q) {
        // a line broken inside the name, as PDF text breaks it (村田⏎ 達也 様): a listed family name must end the line
        let j = s - 1;
        while (j > 0 && t.charCodeAt(j) === 0x20) j--;
        if (t.charCodeAt(j) === 13) j--;
        if (t.charCodeAt(j) !== 10 || !isKanji(t.charCodeAt(j - 1))) break;
        let f = j;
        while (f > 0 && j - f < 3 && isKanji(t.charCodeAt(f - 1))) f--;
        if (familyAt(t, f) !== j - f || (f > 0 && t.charCodeAt(f - 1) !== 10)) break;
        sp = true;
        broken = true;
        s = f;
        break;
      } else break;
    }
    if (hira && s === q - hira - 1) continue; // hiragana alone before the honorific: no family name before it
    if (s === q && hc !== 0x6c0f) {
      // katakana name: ジョン様, and two words apart, no loanwords (スミス ジョン様, ｵｵﾉ ｺｳｼﾞ 様)
      let e = p;
      if ((t.charCodeAt(p - 1) === 0x20 || t.charCodeAt(p - 1) === 0x3000) && isKata(t.charCodeAt(p - 2))) e = p - 1;
      s = e;
      while (s > 0 && e - s < 12 && isKata(t.charCodeAt(s - 1))) s--;
      // (up to three words: グエン ヴァン アン様)
      let first = s;
      let firstEnd = e;
      for (let w = 0; w < 2 && e - s >= 2; w++) {
        const b = t.charCodeAt(first - 1);
        if (!((b === 0x20 || b === 0x3000 || b === 0x30fb) && isKata(t.charCodeAt(first - 2)))) break;
        let s2 = first - 1;
        while (s2 > 0 && first - s2 < 12 && isKata(t.charCodeAt(s2 - 1))) s2--;
        if (first - 1 - s2 < 2) break;
        firstEnd = first - 1;
        first = s2;
      }
      if (NOT_NAME_BEFORE_HONORIFIC.has(t.slice(first, e))) continue; // オーナー様
      const pb = first > 0 ? t.charCodeAt(first - 1) : 10;
      const c = first < s && !isKata(pb) && !isKanji(pb) ? jaKataPair(t, first, firstEnd, s, e) : 0;
      if (c) {
        emit(first, e, c);
        continue;
      }
      // (not the katakana given name after a family name in kanji: 金城 ヨシさん)
      const one = first === s && e - s >= 2 && !isKanji(pb) && !((pb === 0x20 || pb === 0x3000) && isKanji(t.charCodeAt(first - 2))) ? jaKataOne(t, s, e) : 0;
      if (one) emit(s, e, one);
      else if (e - s >= 3) emit(s, e, 0.7);
      continue;
    }
    if (t.charCodeAt(s) === 0x20 || t.charCodeAt(s) === 0x3000) s++;
    // a department or a title before the name, apart from it, is no part of it (人事 武田さん, 課長 宮崎様)
    if (sp && !hira && !broken) {
      let g = s;
      while (g < q && t.charCodeAt(g) !== 0x20 && t.charCodeAt(g) !== 0x3000) g++;
      // (阿部, 岡部, 服部: family names that end as a department does)
      if (g < q && DEPT_WORD.test(t.slice(s, g)) && familyAt(t, s) !== g - s && !jaIsFamily(t, s, g - s)) {
        s = g + 1;
        sp = false;
      }
    }
    const len = q - s;
    if (len < 2 || len > 7) continue;
    const fl = familyAt(t, s);
    // a gimei family name starts it, or the whole is one of IPADIC's (鬼頭さん)
    const fam = (fl > 0 && fl !== JA_CANDIDATE) || (fl === JA_CANDIDATE && !hira && !sp && len <= 3 && jaIsFamily(t, s, len));
    if (hira && !fam) continue;
    if (NOT_NAME_BEFORE_HONORIFIC.has(t.slice(s, q))) continue;
    // a shop called by its name (松坂屋さん, 高島屋様, 三省堂さん), unless the whole is a family name (土屋さん)
    if ((t.charCodeAt(q - 1) === 0x5c4b || t.charCodeAt(q - 1) === 0x5802) && fl !== len && !jaIsFamily(t, s, len)) continue;
    // family + given written apart, or 3+ kanji, before an honorific is a name even without the dictionary
    // 氏 after 2–3 kanji no dictionary lists: a clan or a person all the same (京極氏, 里見氏)
    emit(s, q, fam ? 0.92 : hc === 0x6c0f ? (!sp && len <= 3 ? 0.8 : 0.6) : sp || len >= 3 ? 0.82 : 0.75);
  }

  // 3. Dictionary family name + given name in running text: 山田太郎は…, 佐藤 花子、…
  ctx.prose = true;
  const jaStarts: number[] = []; // runs of 2+ kanji for names-ja.ts
  const found: number[] = []; // kanji names found here next to a list separator, for names-ja.ts (山田太郎、佐竹晴雄、…)
  const isListSep = (c: number) => c === 0x3001 || c === 0x30fb || c === 0x2c || c === 0xff0c;
  for (let k = 0; k < famS.n; k++) {
    const s = famS.a[k];
    if (famL.a[k] === JA_CANDIDATE || isKanji(t.charCodeAt(s + 1))) jaStarts.push(s);
    if (famL.a[k] === JA_CANDIDATE) continue; // names-ja.ts's only
    let i = s + famL.a[k];
    const sp = t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x3000;
    if (sp) i++;
    const g0 = i;
    // (an honorific is no part of a given name: 大久保 勝様)
    while (i < n && i - g0 < 4 && isKanji(t.charCodeAt(i)) && !(i > g0 && HONOR_KANJI(t.charCodeAt(i)))) i++;
    const gl = i - g0;
    // a family name alone after a department, as a mail or a notice signs (人事部 町田（06-…）, 営業部 田中より)
    if (gl === 0 && !isKanji(t.charCodeAt(s + famL.a[k])) && deptBefore(t, s)) {
      emit(s, s + famL.a[k], 0.85);
      continue;
    }
    if (gl === 0 || gl > 3) continue;
    if (NOT_GIVEN_START.has(t.charCodeAt(g0)) || (gl >= 2 && NOT_GIVEN_WORD.has(t.slice(g0, i)))) continue;
    // (名 alone after a space is the given name's field label: 姓 山田　名 太郎)
    if (sp && gl === 1 && t.charCodeAt(g0) === 0x540d) continue;
    const nx = i < n ? t.charCodeAt(i) : 0;
    if (isKanji(nx)) continue;
    let c: number;
    const honor = nx === 0x69d8 || nx === 0x6bbf || t.startsWith('さん', i) || nx === 0xff08 || nx === 0x28;
    if (sp) c = 0.88;
    else if (gl === 1) c = GIVEN_END.has(t.charCodeAt(g0)) ? 0.7 : 0.5;
    else c = GIVEN_END.has(t.charCodeAt(i - 1)) ? 0.85 : 0.65;
    if (honor) c = Math.max(c, 0.9);
    if (isKata(nx) && !sp) c -= 0.2;
    if (c >= 0.8 && !sp && !honor && i - s === 3 && jaUnlikeName(t, s, i)) c = 0.6; // 南氷洋, 東洋一 (names-ja.ts)
    emit(s, i, c);
    if (c >= 0.8 && !sp && (isListSep(nx) || isListSep(t.charCodeAt(s - 1)))) found.push(s, i);
  }

  // 3b. Running text beyond the CRM forms above: IPADIC family + given names, roles, katakana names (names-ja.ts).
  const kataHonor: number[] = [];
  for (let h = 0; h < ctx.hN; h++) if (ctx.hKind[h] & K.HONORIFIC && isKata(t.charCodeAt(ctx.hPos[h] - 1))) kataHonor.push(ctx.hPos[h]);
  scanJaNames(t, emit, jaStarts, kataHonor, famIn.a, famIn.n, kataEnds.a, kataEnds.n, kin.a, kin.n, found);
  ctx.prose = false;
}

/** A department's name and a space end right before s: 人事部 , 総務課　, 経営企画室 */
function deptBefore(t: string, s: number): boolean {
  const b = t.charCodeAt(s - 1);
  if (b !== 0x20 && b !== 0x3000) return false;
  const d = t.charCodeAt(s - 2);
  if ((d === 0x90e8 || d === 0x8ab2 || d === 0x5ba4 || d === 0x4fc2) && isKanji(t.charCodeAt(s - 3))) return true; // 部 課 室 係
  // the word before: an office or a title (人事 藤原, 上長 三浦), or a company (株式会社アオバ精工 吉岡: its contact)
  let a = s - 1;
  while (a > 0 && s - 1 - a < 24 && !isSpace(t.charCodeAt(a - 1)) && !isPunct(t.charCodeAt(a - 1))) a--;
  const word = t.slice(a, s - 1);
  return DEPT_WORD.test(word) || COMPANY_WORD.test(word);
}

/** A company's name with its legal form: 株式会社アオバ精工, アオバ精工株式会社, (株)アオバ精工. */
const COMPANY_WORD = /^(?:株式会社|有限会社|合同会社|[(（]株[)）]|[(（]有[)）]).{2,}|.{2,}(?:株式会社|有限会社|合同会社|[(（]株[)）])$/;

/** A department, an office or a title, written before a name apart from it. */
const DEPT_WORD = /^(?:.+[部課室係班]|上長|産業医|人事|営業|経理|総務|法務|広報|企画|開発|技術|購買|物流|財務|管理|製造|品質|秘書|受付|窓口|事務|事務局|業務|本社|支店|店舗|工場|現場|担当|担当者|情シス|情報システム|課長|部長|係長|主任|社長|専務|常務|次長|室長|店長|所長|支店長|院長|理事長|副部長|課長代理|主治医|看護師|保健師|薬剤師|弁護士|税理士|司法書士|行政書士|社労士)$/;

/** Last chars of places and offices (県 市 区 町 村 都 府 郡 庁 局 課 部 署): what ends so before 様/殿 is no person. */
const PLACE_END = new Set('県市区町村都府郡庁局課部署'.split('').map((c) => c.charCodeAt(0)));
/** Words ending in 様 that are not a name + 様: 同様, 仕様, 異様, 模様, 多様, 両様, 各様, 左様, 斯様. */
const AFTER_NOT_NAME_SAMA = new Set('同仕異模多両各左斯態'.split('').map((c) => c.charCodeAt(0)));

const NOT_NAME_BEFORE_HONORIFIC = new Set(
  '皆|皆様|お客|客|各位|御中|各位殿|一同|利用者|会員|顧客|担当者|関係者|取引先|御中|同|仕|模|異|王|神|仏|殿|貴|奥|旦那|父|母|姉|兄|弟|妹|娘|息子|皆々|神々|上|天|お父|お母|彼|彼女|当社|弊社|御社|貴社|ご主人|主人|奥方|奥|先方|患者|受講者|参加者|応募者|出席者|お子|名義人|口座名義人|契約者|被保険者|受取人|相続人|申込者|ご本人|本人|ご家族|家族|保護者|ご遺族|遺族|注文者|注文主|購入者|依頼主|送り主|差出人|オーナー|加入者|入居者|申請者|相談者|投稿者|出品者|落札者|予約者|宿泊者|来店者|ご依頼主|ご注文者|ご購入者|ご契約者|ご予約者'.split('|'),
);

// ---------------------------------------------------------------------------------------------------------------
// Dates of birth: only a date next to 生年月日 / DOB / born, or in a 生年月日 column.

const DATE_RE =
  /(?:明治|大正|昭和|平成|令和|[MTSHR])\s?(?:\d{1,2}|元)\s?[年./\-／]\s?\d{1,2}\s?[月./\-／]\s?\d{1,2}\s?日?|\d{4}\s?[年./\-／]\s?\d{1,2}\s?[月./\-／]\s?\d{1,2}\s?日?|\d{1,2}[/.\-／]\d{1,2}[/.\-／]\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*\.?,? \d{4}|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)/;

const DATE_BEFORE_RE = new RegExp('(?:' + DATE_RE.source + ')$');

const DOB_QUALIFIER = /^\s*[(（][^)）\n]{1,20}[)）]\s*[:：]?\s*$/;
function scanDob(ctx: Ctx): void {
  const t = ctx.t;
  const tryAt = (s: number, lim: number, c: number) => {
    const win = t.slice(s, Math.min(lim, s + 40));
    const m = DATE_RE.exec(win);
    if (!m) return;
    const pre = win.slice(0, m.index);
    // (a format or a qualifier in brackets may stand between label and date: Date of birth (DD/MM/YYYY): …)
    if (m.index > 14 && !DOB_QUALIFIER.test(pre)) return;
    if (NL_OR_DIGIT.test(pre.replace(LEADING_SPACE_LINE, ''))) return;
    let e = s + m.index + m[0].length;
    while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
    add(ctx, 'date_of_birth', s + m.index, e, c, m[0].replace(SPACE, ''));
  };
  for (let h = 0; h < ctx.hN; h++) {
    if (!(ctx.hKind[h] & K.DOB)) continue;
    if (ctx.cS.n && inHeader(ctx, ctx.hPos[h])) continue;
    tryAt(ctx.hEnd[h], ctx.n, 0.92);
    // asked, and answered on the next line, after the speaker's name (AGENT: … date of birth?⏎CUSTOMER: 5 Aug 2001.)
    const nl = indexIn(t, 10, ctx.hEnd[h], Math.min(ctx.n, ctx.hEnd[h] + 24));
    if (nl < 0) continue;
    let q = nl;
    while (q > ctx.hEnd[h] && isSpace(t.charCodeAt(q - 1))) q--;
    if (!(t.charCodeAt(q - 1) === 0x3f || t.charCodeAt(q - 1) === 0xff1f)) continue;
    const m = SPEAKER_AT.exec(t.slice(nl + 1, nl + 25));
    if (m) tryAt(nl + 1 + m[0].length, lineEnd(t, nl + 1, ctx.n), 0.88);
  }
  for (let i = 0; i < ctx.cS.n; i++) if (ctx.cK.a[i] & K.DOB) tryAt(ctx.cS.a[i], ctx.cE.a[i], 0.92);
  // a date written with 生 / 生まれ after it: 昭和58年9月2日生, （H3/7/22生）, 1990年4月1日生まれ
  for (let p = t.indexOf('生'); p > 0; p = t.indexOf('生', p + 1)) {
    const b = t.charCodeAt(p - 1);
    if (!(b === 0x65e5 || isDigit(b))) continue;
    const a = t.charCodeAt(p + 1);
    if (isKanji(a) && a !== 0x307e) continue; // 日生命 (an insurer), 生活
    const m = DATE_BEFORE_RE.exec(t.slice(Math.max(0, p - 24), p));
    if (!m) continue;
    add(ctx, 'date_of_birth', p - m[0].length, p, 0.9, m[0].replace(SPACE, ''));
  }
}

/** A speaker's name and a colon at a line's start, as transcripts and chats write them (CUSTOMER: , [13:22] Rafael: , 顧客：). */
const SPEAKER_AT = /^(?:\[[0-9:]{4,8}\] ?)?[^\s:：\d][^\n:：]{0,18}[:：] ?/;

// ---------------------------------------------------------------------------------------------------------------
// 要配慮個人情報: a category word is reported; it counts (≥ 0.8) when personal data is close by or in a record table.

const PERSONAL: Set<FindingType> = new Set([
  'person_name',
  'phone',
  'email',
  'my_number',
  'jp_address',
  'date_of_birth',
  'jp_drivers_license',
  'jp_passport',
  'jp_insurance_number',
  'jp_pension_number',
]);

const IDENTIFYING: Set<FindingType> = new Set(['person_name', 'date_of_birth', 'my_number', 'jp_drivers_license', 'jp_passport', 'jp_insurance_number', 'jp_pension_number', 'jp_residence_card']);

/** An honorific keyword (様, さん, 殿, 氏 …) right after a name, a space maybe between: the person a note is about. */
function honorificAfter(ctx: Ctx, e: number): boolean {
  if (ctx.t.charCodeAt(e) === 0x20 || ctx.t.charCodeAt(e) === 0x3000) e++;
  for (let i = lastHitBefore(ctx, e) + 1; i < ctx.hN && ctx.hPos[i] === e; i++) if (ctx.hKind[i] & K.HONORIFIC) return true;
  return false;
}
/** How far below its subject's line a record's sensitive line may be (問診票: name, birth date, 既往歴, 服用中の薬). */
const RECORD_LINES = 3;
/** Line breaks in [a, b). */
function linesBetween(t: string, a: number, b: number): number {
  let k = 0;
  for (let i = indexIn(t, 10, a, b); i >= 0; i = indexIn(t, 10, i + 1, b)) k++;
  return k;
}

/** What follows a word that heads a document, not a field: 障害者雇用 状況報告, 保健指導 実施報告, 健康診断 のお知らせ. */
const TITLE_AFTER = /^[\s　]*(?:状況報告|実施報告|報告|一覧|名簿|リスト|合理的配慮|面談記録|記録|について|のお知らせ|お知らせ|制度|研修|説明会|計画|規程|方針|マニュアル|ガイド|案内|結果通知表|結果通知|通知表|経過表|問診票|申込書|計画書|同意書|説明書|\(check|\(please)/;
/** Checks everyone attends: their date, place or time is no one's result (明日の健康診断 8:30集合です). */
const ROUTINE_CHECK = /^(?:健康診断|健診|人間ドック)$/;
const SCHEDULE_AFTER = /^[\s　]*(?:\d{1,2}[:：時]|[0-9０-９]{1,2}月|の?(?:日程|日時|案内|予約|受診日|会場|集合|実施|受付|時間))/;
/** Words a sensitive word makes a compound with that names a product or a procedure, not a fact: 入院給付金, 通院保険. */
/** The last char of a sensitive word that names a field: 手術名, 既往歴, 健康状態. */
const FIELD_NAME_END = new Set('名歴態況'.split('').map((c) => c.charCodeAt(0)));
/** Medical words a list of medicines may follow in brackets. */
const MEDICINE_WORD = /^(?:服薬|服用|処方|投薬|内服)/;
const SENSITIVE_COMPOUND = /^(?:給付|保険|費用|特約|手続|案内|施設|設備|日額|証明書の発行|薬局)/;

/** A blank line (two line breaks with only spaces between) within [a, b). */
function blankLineIn(t: string, a: number, b: number): boolean {
  for (let i = indexIn(t, 10, a, b); i >= 0; i = indexIn(t, 10, i + 1, b)) {
    let j = i + 1;
    while (j < b && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 13 || t.charCodeAt(j) === 9 || t.charCodeAt(j) === 0x3000)) j++;
    if (j < b && t.charCodeAt(j) === 10) return true;
  }
  return false;
}

const PERSON_WORDS = /本人|私|わたし|僕|様|さん|氏|夫|妻|主人|家族|息子|娘|長男|長女|次男|次女|父|母|子ども|子供|患者|利用者|対象者|社員|従業員|応募者|候補者|被保険者|彼|\b(?:I|my|he|she|his|her|him|patient|employee|applicant|client|man|woman|insured|passenger|claimant|member|son|daughter|wife|husband|mother|father)\b/i;
/** The line around p (80 chars each way at most) speaks of a person. */
function personOnLine(t: string, p: number): boolean {
  const a = lineStartWithin(t, p, 80);
  let b = indexIn(t, 10, p, Math.min(t.length, p + 81));
  if (b < 0) b = Math.min(t.length, p + 80);
  return PERSON_WORDS.test(t.slice(a, b));
}

/** A clause that states a person's condition (a referral letter's "a woman who has a history of …"): its subject may be
 * named a paragraph above (Re: Brodie Nicholls, DOB …), not only in the same block. */
const STATES_CONDITION = /history of|diagnosed with|diagnosis of|suffers from|suffering from|treated for|と診断|を患|の診断を受け|診断され|を発症|に罹患|で通院|で入院|の治療中|の治療を受け/i;
/** Where p's line starts, or p - win when it starts farther back (no search of a long line back to its start). */
function lineStartWithin(t: string, p: number, win: number): number {
  let i = p;
  while (i > 0 && p - i < win && t.charCodeAt(i - 1) !== 10) i--;
  return i;
}
function statesCondition(t: string, p: number): boolean {
  const a = lineStartWithin(t, p, 80);
  return STATES_CONDITION.test(t.slice(a, Math.min(t.length, p + 40)));
}

/** p is in the value of a field (a short label and a colon start its line: 障害者区分：特別障害者（身体障害者手帳1級）). */
function inFieldValue(t: string, p: number): boolean {
  // (the colon within 16 chars of the line's start and 80 of p: a line that starts farther back holds no such field)
  const ls = lineStartWithin(t, p, 100);
  if (ls > 0 && t.charCodeAt(ls - 1) !== 10) return false;
  for (let i = ls; i < p && i - ls <= 16; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return i > ls && p - i <= 80;
    if (c === 9) return false;
  }
  return false;
}

/**
 * The word at p opens the line under a section's heading (■配慮事項⏎療育手帳あり, 【既往歴】⏎喘息): the section's value,
 * as a field's after its colon. A heading is a short line marked as one (■ 【 ◆ # …) or ending in a colon.
 */
function underHeading(t: string, p: number): boolean {
  // (bounded: only bullets and spaces may stand before the word on its line)
  let ls = p;
  while (ls > 0 && p - ls < 8 && t.charCodeAt(ls - 1) !== 10) ls--;
  if (ls < 2 || t.charCodeAt(ls - 1) !== 10) return false;
  for (let i = ls; i < p; i++) if (!isBlank(t.charCodeAt(i)) && !BULLET(t.charCodeAt(i))) return false;
  let s0 = ls - 1;
  while (s0 > 0 && ls - s0 < 40 && t.charCodeAt(s0 - 1) !== 10) s0--;
  if (s0 > 0 && t.charCodeAt(s0 - 1) !== 10) return false;
  let e = ls - 1;
  while (e > s0 && isBlank(t.charCodeAt(e - 1))) e--;
  let s = s0;
  while (s < e && isBlank(t.charCodeAt(s))) s++;
  if (e - s < 2 || e - s > 24) return false;
  const a = t.charCodeAt(s);
  const z = t.charCodeAt(e - 1);
  return HEADING_MARK(a) || z === 0x3a || z === 0xff1a;
}
const HEADING_MARK = (c: number) => (c >= 0x25a0 && c <= 0x25cf) || c === 0x3010 || c === 0x3016 || c === 0x5b || c === 0x23 || c === 0xff3b || c === 0x2605 || c === 0x2606;
/** A space within a line. */
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000;
const BULLET = (c: number) => c === 0x30fb || c === 0x2d || c === 0x2022 || c === 0x2a || c === 0xff0d || c === 0x2010;

/** Only spaces and line breaks before p: the start of the text. */
function onlySpaceBefore(t: string, p: number): boolean {
  for (let i = 0; i < p; i++) if (!isSpace(t.charCodeAt(i))) return false;
  return true;
}

/** A field's label goes on after the word and ends with a colon, a tab or a wide space (妊娠の可能性　あり, 手術歴（直近）: …). */
function labelGoesOn(t: string, e: number): boolean {
  for (let j = e; j < t.length && j - e <= 10; j++) {
    const c = t.charCodeAt(j);
    if (c === 0x3a || c === 0xff1a || c === 9 || c === 0x3000) return j > e;
    if (c === 10 || c === 13 || c === 0x3002 || c === 0x3001 || c === 0x20 || c === 0x2c || c === 0x2e) return false;
  }
  return false;
}

/** The word at p is what a field on its line holds: a colon before it, with at most a few spaces between. */
function valueOfField(t: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && p - i <= 4 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 0x3000)) i--;
  const c = i >= 0 ? t.charCodeAt(i) : 0;
  return c === 0x3a || c === 0xff1a;
}

function scanSensitive(ctx: Ctx): void {
  const t = ctx.t;
  let any = false;
  for (let h = 0; h < ctx.hN && !any; h++) if (ctx.hKind[h] & K.SENSITIVE) any = true;
  const ds = diseaseWords(t);
  dosageLines(t, ds);
  clinicalNotes(t, ds);
  if (!any && !ds.length) return;
  // Where personal findings start, as a bitset over the text: marking is one OR per finding, where a sorted list of
  // starts cost a sort of every personal finding (a few hundred bits are read per query).
  const starts = new Uint32Array((ctx.n >>> 5) + 1);
  // the data that names one person (not a phone, an e-mail or an address, which may be an office's)
  const ids = new Uint32Array((ctx.n >>> 5) + 1);
  // the names, by start: the subject of a record is one of them (subjectAbove)
  const names: Finding[] = [];
  for (let i = 0; i < ctx.out.length; i++) {
    const f = ctx.out[i];
    if (f.confidence >= 0.8 && PERSONAL.has(f.type)) {
      starts[f.start >>> 5] |= 1 << (f.start & 31);
      if (IDENTIFYING.has(f.type)) ids[f.start >>> 5] |= 1 << (f.start & 31);
      if (f.type === 'person_name' && f.key) names.push(f);
    }
  }
  names.sort((a, b) => a.start - b.start);
  /** Data of `bits` within `win` chars of p; with `sameLine`, no line break in between; with `sameBlock`, no blank line. */
  const near = (p: number, win: number, sameLine: boolean, bits = starts, sameBlock = false): boolean => {
    const from = Math.max(0, p - win);
    const to = Math.min(ctx.n - 1, p + win);
    for (let w = from >>> 5; w <= to >>> 5; w++) {
      for (let x = bits[w]; x !== 0; x &= x - 1) {
        const q = (w << 5) + 31 - Math.clz32(x & -x);
        if (q < from || q > to) continue;
        if (sameBlock) {
          if (!blankLineIn(t, Math.min(p, q), Math.max(p, q))) return true;
          continue;
        }
        if (!sameLine) return true;
        if (indexIn(t, 10, Math.min(p, q), Math.max(p, q)) < 0) return true;
      }
    }
    return false;
  };
  // The record of one person: above p in the same block (no blank line), within 300 chars, one person is named, after
  // a name label (利用者：, 患者：, お名前) and not in a table's cell. A list of applicants, or a customer table, is no
  // record of one person: a sentence below it is about no one of them.
  const subjectAbove = (p: number): boolean => {
    const lo = firstStartAtOrAfter(names, p);
    let key: string | undefined;
    let labelled = false;
    let prev = -1;
    for (let k = lo - 1; k >= 0 && names[k].start >= p - 300; k--) {
      const f = names[k];
      if (blankLineIn(t, f.start, p)) break;
      // (one name found by two passes, keyed apart, is still one person)
      if (f.end > prev && prev >= 0) continue;
      prev = f.start;
      if (key !== undefined && f.key !== key) return false;
      key = f.key;
      // (a record introduces its subject by a label, an honorific, or the name's reading in brackets: BUI THI THU TRANG（ブイ…）)
      if (!labelled && linesBetween(t, f.start, p) <= RECORD_LINES && !(ctx.cS.n > 0 && cellKind(ctx, f.start)) && (labelBefore(ctx, f.start) & K.NAME || honorificAfter(ctx, f.end) || t.charCodeAt(f.end) === 0xff08))
        labelled = true;
    }
    return labelled;
  };
  let lastSensitive: Finding | null = null;
  for (let h = 0; h < ctx.hN; h++) {
    if (!(ctx.hKind[h] & K.SENSITIVE)) continue;
    const cat = SENSITIVE_CATEGORIES[ctx.hCat[h] - 1];
    if (cat) judge(h, ctx.hPos[h], ctx.hEnd[h], cat);
  }
  lastSensitive = null;
  // a disease named by its kind of word, beyond the listed ones (変形性膝関節症, 骨粗鬆症, 虫垂炎): the same tests
  // (not a place's name inside an address: …一乗寺病ダレ1-15-11)
  if (ds.length) {
    // the chars of addresses as a bitset (each word asked against every address was words × addresses)
    const inAddr = new Uint32Array((ctx.n >>> 5) + 1);
    for (let i = 0; i < ctx.out.length; i++) {
      const f = ctx.out[i];
      if (f.type === 'jp_address') for (let q = f.start; q < f.end; q++) inAddr[q >>> 5] |= 1 << (q & 31);
    }
    for (let k = 0; k < ds.length; k += 2) {
      let q = ds[k];
      while (q < ds[k + 1] && !(inAddr[q >>> 5] & (1 << (q & 31)))) q++;
      if (q === ds[k + 1]) judge(lastHitBefore(ctx, ds[k]), ds[k], ds[k + 1], 'medical');
    }
  }

  function judge(h: number, p: number, he: number, cat: SensitiveCategory): void {
    const nx = t.charCodeAt(he);
    // a field label ("病歴: …") in a record, the word on the same line as personal data, or in a record table
    const lineStart = p === 0 || t.charCodeAt(p - 1) === 10;
    // a field label ("病歴: …"), or a field's value ("配慮事項：身体障害者手帳4級")
    // a document's or a section's title (障害者雇用 状況報告, MEDICAL HISTORY (check all that apply)) states no fact
    // (or the document's first line, the word alone on it: 処方箋⏎患者：…)
    const title = ((nx === 0x3000 || nx === 0x20) && lineStart && TITLE_AFTER.test(t.slice(he + 1, he + 8))) || ((nx === 10 || nx === 13) && onlySpaceBefore(t, p));
    const labelForm = nx === 0x3a || nx === 0xff1a || nx === 9 || nx === 10 || ((nx === 0x3000 || nx === 0x20) && lineStart && !title) || valueOfField(t, p) || underHeading(t, p) || (lineStart && labelGoesOn(t, he));
    // or in a note about someone: its line speaks of a person (本人, 奥様, 患者, she …) and a name, a birth date or an
    // identity number is in the same block of lines (a clinic's hours with its phone number, or a sentence on diabetes
    // next to a customer list, are no one's medical history)
    let c =
      title || SENSITIVE_COMPOUND.test(t.slice(he, he + 6)) || (ROUTINE_CHECK.test(t.slice(p, he)) && SCHEDULE_AFTER.test(t.slice(he, he + 8))) ? 0.6 :
      (labelForm && near(p, 300, false)) ||
      near(p, 100, true) ||
      (ctx.cS.n > 0 && cellKind(ctx, p)) ||
      (near(p, 300, false, ids, true) && (personOnLine(t, p) || inFieldValue(t, p))) ||
      (statesCondition(t, p) && personOnLine(t, p) && near(p, 300, false, ids)) ||
      // or in the record of one person: its subject named above it in the same block (問診票, ケース会議メモ)
      subjectAbove(p)
        ? 0.88
        : 0.6;
    // a field label with its value after a colon is one finding, label and value (既往歴：高血圧（治療中）): the
    // value is the sensitive fact
    let e = he;
    // (本籍 is followed by its value after a space as often as after a colon: 本籍　鹿児島県…, 最後の本籍 富山県…)
    // (so is a field's name at a line's start, a form's 手術名 経皮的冠動脈形成術, 病名　高血圧症)
    const spaced = (nx === 0x3000 || nx === 0x20) && isKanji(t.charCodeAt(he + 1)) && (cat === 'family_origin' || (lineStart && FIELD_NAME_END.has(t.charCodeAt(he - 1))));
    // (a medicine's names in brackets after the word: 服薬確認済（ドネペジル、アムロジピン）)
    if (cat === 'medical' && MEDICINE_WORD.test(t.slice(p, he))) {
      const ob = indexIn(t, 0xff08, he, Math.min(ctx.n, he + 5));
      const cb = ob > 0 ? indexIn(t, 0xff09, ob, Math.min(ctx.n, ob + 40)) : -1;
      if (cb > 0 && indexIn(t, 10, he, cb) < 0) e = cb + 1;
    }
    if (nx === 0x3a || nx === 0xff1a || spaced) {
      let v = e + 1;
      while (v < ctx.n && v - e < 60 && !SENSITIVE_VALUE_END.has(t.charCodeAt(v))) v++;
      // (up to the next field on the line, after a space: 病歴: 糖尿病 前科あり 本籍: 大阪府 is three findings)
      for (let k = h + 1; k < ctx.hN && ctx.hPos[k] < v; k++) {
        const at = ctx.hPos[k];
        const colonAfter = t.charCodeAt(ctx.hEnd[k]) === 0x3a || t.charCodeAt(ctx.hEnd[k]) === 0xff1a;
        // a label (a colon after it), or a Japanese word after a space (English words all stand after spaces)
        if (at > e + 1 && ctx.hKind[k] & (LABEL_KINDS | K.SENSITIVE) && (colonAfter || (isSpace(t.charCodeAt(at - 1)) && t.charCodeAt(at - 2) >= 0x3000))) {
          v = at;
          break;
        }
      }
      while (v > e + 1 && isSpace(t.charCodeAt(v - 1))) v--;
      if (v > e + 1) e = v;
      // a field answered no (通院：なし, Allergies: none) states no condition
      if (NO_VALUE.test(t.slice(he + 1, e + 1))) c = 0.5;
    }
    // one fact told in one stretch of a sentence is one finding (ひったくりの被害に遭い、財布を盗まれた)
    const last = lastSensitive;
    if (last && last.category === cat && c >= 0.8 && last.confidence >= 0.8 && p >= last.end && p - last.end <= 12 && !SENTENCE_BREAK.test(t.slice(last.end, p))) {
      if (e > last.end) last.end = e;
      return;
    }
    const k = ctx.out.length;
    add(ctx, 'sensitive', p, e, c, undefined, cat);
    lastSensitive = ctx.out.length > k ? ctx.out[k] : null;
  }
}
/** What ends a stretch of one sentence: a full stop, a line break, a tab, a bar. */
const SENTENCE_BREAK = /[。.\n\t|]/;
/**
 * Diseases by the way their names are made, [start, end) pairs: a run of kanji (and katakana) that ends in 症, 病 or
 * 炎 (変形性膝関節症, 骨粗鬆症, 心臓病, 虫垂炎, アルツハイマー病), not a word that only looks so (症状, 病院, 臆病, 炎上).
 */
// A clinical note's sections, at a line's start: the SOAP letters (S: / S） / 【S】 / (S)), or a heading word. Kind 0–3
// are S O A P; 4+ the headings, 10+ those no other document has (主訴, chief complaint, vitals …).
const CLINICAL_HEADS: [string, number][] = [
  ['subjective', 0], ['objective', 1], ['assessment', 2], ['plan', 3], ['chief complaint', 10], ['hpi', 11],
  ['history of present illness', 11], ['vitals', 12], ['vital signs', 12], ['pmh', 13], ['past medical history', 13],
  ['medications', 5], ['current medication', 5], ['current medications', 5], ['allergies', 6], ['diagnosis', 14],
  ['dx', 14], ['impression', 7], ['physical exam', 15], ['exam', 8],
  ['主訴', 10], ['現病歴', 11], ['バイタル', 12], ['既往歴', 13], ['身体所見', 15], ['所見', 8], ['診断', 7], ['診断名', 14],
  ['傷病名', 14], ['病名', 14], ['処方', 5], ['治療方針', 3], ['治療計画', 3], ['経過', 9], ['症状', 16], ['症状経過', 11],
  ['検査結果', 17], ['アセスメント', 2], ['看護計画', 3],
];
/** The heads by their first char (lower-cased): a line is looked at only when it opens with one. */
const CLINICAL_BY_FIRST = new Map<number, [string, number][]>();
for (const hd of CLINICAL_HEADS) CLINICAL_BY_FIRST.set(hd[0].charCodeAt(0), [...(CLINICAL_BY_FIRST.get(hd[0].charCodeAt(0)) ?? []), hd]);
/** … and the SOAP markers' first chars: S O A P, or a bracket. */
const SOAP_FIRST = new Set([0x53, 0x4f, 0x41, 0x50, 0x3010, 0x28, 0xff08]);

/** t at i spells the lower-case ASCII word w, in either case (no string made: this runs for every line). */
function startsLower(t: string, i: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = t.charCodeAt(i + k);
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** The section kind of the line from ls and where its text starts, as [kind, start], or null. */
function clinicalHead(t: string, ls: number, le: number): [number, number] | null {
  let i = ls;
  while (i < le && (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 9 || t.charCodeAt(i) === 0x3000)) i++;
  const open = t.charCodeAt(i);
  const heads = CLINICAL_BY_FIRST.get(open >= 0x41 && open <= 0x5a ? open | 0x20 : open);
  if (!heads && !SOAP_FIRST.has(open)) return null;
  // the SOAP letters: 【S】, (S), （S）, or S: S： S） S)
  const br = open === 0x3010 || open === 0x28 || open === 0xff08;
  const x = t.charCodeAt(br ? i + 1 : i);
  const soap = x === 0x53 ? 0 : x === 0x4f ? 1 : x === 0x41 ? 2 : x === 0x50 ? 3 : -1;
  if (soap >= 0) {
    const after = t.charCodeAt(br ? i + 2 : i + 1);
    const closes = br ? after === 0x3011 || after === 0x29 || after === 0xff09 : after === 0x3a || after === 0xff1a || after === 0x29 || after === 0xff09;
    if (closes) return [soap, br ? i + 3 : i + 2];
  }
  // a heading word, then a colon (or a space or a tab after a Japanese one)
  if (heads) {
    for (const [w, k] of heads) {
      if (i + w.length >= le) continue;
      if (!(w.charCodeAt(0) < 0x80 ? startsLower(t, i, w) : t.startsWith(w, i))) continue;
      let a = i + w.length;
      // (a qualifier in brackets after a Japanese head: 病名（他に考え得る病名）⇥…)
      if (t.charCodeAt(a) === 0xff08 && w.charCodeAt(0) >= 0x3000) {
        const cb = indexIn(t, 0xff09, a, Math.min(le, a + 16));
        if (cb > 0) a = cb + 1;
      }
      const nx = t.charCodeAt(a);
      if (nx === 0x3a || nx === 0xff1a || (w.charCodeAt(0) >= 0x3000 && (nx === 0x20 || nx === 0x3000 || nx === 9))) return [k, a + 1];
    }
  }
  return null;
}

/**
 * A clinical note's lines (カルテの SOAP, a clinic's visit note: Chief complaint / Vitals / Assessment / Plan, 主訴 /
 * 現病歴 / 所見): every line of its sections states the patient's health. A note is three section kinds at least
 * within a few lines, three SOAP letters with S and O, or one heading only clinical notes have; each section's text goes to `out`
 * as a [start, end) pair for judge().
 */
function clinicalNotes(t: string, out: number[]): void {
  const n = t.length;
  let block: number[] = []; // [kind, start, end] of the current run of sections
  let kinds = 0;
  let gap = 0;
  const flush = () => {
    let soap = 0;
    for (let b = 0; b < 4; b++) if (kinds & (1 << b)) soap++;
    let all = 0;
    for (let b = 0; b < 20; b++) if (kinds & (1 << b)) all++;
    // (S and O both: a Q&A's A: and P: lines are no note)
    if ((soap >= 3 && (kinds & 3) === 3) || (all >= 3 && kinds >= 1 << 10)) for (let k = 0; k < block.length; k += 3) if (block[k + 2] > block[k + 1]) out.push(block[k + 1], block[k + 2]);
    block = [];
    kinds = 0;
  };
  for (let ls = 0; ls < n; ) {
    let le = t.indexOf('\n', ls);
    if (le < 0) le = n;
    const h = le - ls <= 400 ? clinicalHead(t, ls, le) : null;
    if (h) {
      let s = h[1];
      while (s < le && isSpace(t.charCodeAt(s))) s++;
      let e = le;
      while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
      // (a section answered no, Allergies: none known, 既往歴：なし, states nothing)
      if (!NO_VALUE.test(t.slice(s, e + 1))) block.push(h[0], s, e);
      kinds |= 1 << h[0];
      gap = 0;
    } else if (block.length && ++gap > 2) flush();
    ls = le + 1;
  }
  if (block.length) flush();
}

/** A dose: digits and a unit (5mg, 0.2 mg, 50μg, 0.5mL), after a medicine's name. */
const DOSE_AT = /^(?:mg|μg|mcg|mL)\b/;
/** How often it is taken: what makes a dose a prescription for someone, not a catalogue's or a leaflet's. */
const DOSING = /1日\d回|\d回\d錠|[朝昼夕]食[前後]|毎食[前後]|就寝前|頓用|不眠時|疼痛時|\d+日分|\d+回分|\b(?:PO|BID|TID|QID|PRN|daily|once|twice|q\d+-?\d*h|nightly|at bedtime|ON|OM)\b/;
/**
 * Prescribed medicines, one line each (アムロジピン錠5mg 1回1錠 1日1回 朝食後, metformin 500 mg PO BID): a medicine
 * says what the patient is treated for. Pushed to `out` as [start, end) pairs for judge(): the line from the
 * medicine's name (katakana, or a Latin word) to its end, when a dose and how often it is taken are both on it.
 */
function dosageLines(t: string, out: number[]): void {
  for (const unit of ['mg', 'μg', 'mcg', 'mL']) {
    let lastLine = -1;
    for (let i = t.indexOf(unit, 1); i >= 0; i = t.indexOf(unit, i + unit.length)) {
      let d = i;
      if (t.charCodeAt(d - 1) === 0x20) d--;
      if (!isDigit(t.charCodeAt(d - 1)) || !DOSE_AT.test(t.slice(i, i + 4))) continue;
      let ls = i;
      while (ls > 0 && i - ls < 60 && t.charCodeAt(ls - 1) !== 10) ls--;
      if (ls === lastLine) continue; // one finding per line
      let le = i;
      while (le < t.length && le - i < 80 && t.charCodeAt(le) !== 10 && t.charCodeAt(le) !== 13) le++;
      if (!DOSING.test(t.slice(i, le))) continue;
      // the medicine's name: the nearest katakana run of 3+ or Latin word of 4+ letters within 24 chars before the
      // dose (アムロジピン錠5mg, タムスロシン塩酸塩OD錠0.2mg, metformin 500 mg)
      let j = d;
      while (j > ls && isDigit(t.charCodeAt(j - 1))) j--;
      let s = -1;
      while (j > ls && d - j < 24 && s < 0) {
        const c = t.charCodeAt(j - 1);
        let k = j - 1;
        if (isKata(c)) while (k > ls && isKata(t.charCodeAt(k - 1))) k--;
        else if (isAsciiLetter(c)) while (k > ls && isAsciiLetter(t.charCodeAt(k - 1))) k--;
        if (j - k >= (isKata(c) ? 3 : isAsciiLetter(c) ? 4 : 99)) s = k;
        j = k;
      }
      if (s < 0) continue;
      while (le > i && (isSpace(t.charCodeAt(le - 1)) || t.charCodeAt(le - 1) === 0x3b)) le--;
      out.push(s, le);
      lastLine = ls;
    }
  }
}

function diseaseWords(t: string): number[] {
  const out: number[] = [];
  for (const ch of DISEASE_ENDS) {
    for (let i = t.indexOf(ch, 1); i >= 0; i = t.indexOf(ch, i + 1)) {
      const nx = t.charCodeAt(i + 1);
      if (NOT_DISEASE_NEXT.has(nx) || isKata(nx)) continue;
      let s = i;
      while (s > 0 && i - s < 12 && (isKanji(t.charCodeAt(s - 1)) || isKata(t.charCodeAt(s - 1)))) s--;
      if (s === i) continue;
      // (a word whose head is the disease's own: 病気, 難病 are listed; 仮病, 看病, 臆病 are no illness)
      const w = t.slice(Math.max(s, i - 2), i + 1);
      if (NOT_DISEASE.has(w)) continue;
      out.push(s, i + 1);
    }
  }
  out.length > 2 && sortPairs(out);
  return out;
}
const DISEASE_ENDS = ['症', '病', '炎'];
/** After 症, 病 or 炎, a char that makes another word: 症状 症例 症候 病院 病棟 病室 病床 病理 病名 病歴 病気 炎上. */
const NOT_DISEASE_NEXT = new Set('状例候院棟室床理名歴気上'.split('').map((c) => c.charCodeAt(0)));
const NOT_DISEASE = new Set('仮病|看病|臆病|火炎|疫病|傷病|発病|疾病|罹病|発症'.split('|').flatMap((w) => [w, w.slice(-2)]));
/** Sorts [start, end) pairs by start (a few, from three scans). */
function sortPairs(a: number[]): void {
  const idx: number[] = [];
  for (let k = 0; k < a.length; k += 2) idx.push(k);
  idx.sort((x, y) => a[x] - a[y]);
  const b = idx.flatMap((k) => [a[k], a[k + 1]]);
  for (let k = 0; k < b.length; k++) a[k] = b[k];
}

/** A field's value that says there is nothing: なし, 無し, 特になし, 該当なし, none, no, n/a (up to the field's end). */
const NO_VALUE = /^[\s　]*(?:なし|無し|無|ない|特になし|特に無し|該当なし|非該当|異常なし|いいえ|良好|健康|特に問題なし|問題なし|none(?: known| reported)?|no(?: known \w+)?|n\/a|nil|nkda|nka|negative)[\s　。.、)）]*$/i;
/** Where a sensitive field's value ends: a line end, a tab, a full stop, a cell bar. */
const SENSITIVE_VALUE_END = new Set([10, 13, 9, 0x3002, 0x7c]);
