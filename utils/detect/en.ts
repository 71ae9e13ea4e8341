// Latin-script person names and street addresses (English text, and the European names and addresses it carries).
//
// Everything here is anchored: a house number (a short digit run) for addresses, a capitalised word for names, a few
// cue words. Each anchor looks at a bounded number of words around it, so the work stays linear in the text; the only
// whole-text pass is a native char-class search for Latin letters beyond ASCII (names like Ávalos that pass 1 does not
// list), run only when pass 1 saw one. Data tables (given-name hash table, word lists) are built on first use.
//
// Addresses: a street is a house number with a name and a street type ("12 Main St", "Via Roma 131", "Koskikatu 25",
// "Árpád fejedelem útja 3."), or number-name-number ("20789 Allika 46"); evidence points add up from the type word,
// the numbers, what follows (units, post boxes, locality / region / postal code / country lines) and what precedes (an
// "Address:" label, "lives on", "ship to"); military (PSC/Unit … APO/FPO/DPO) and "the corner of X and Y" have rules
// of their own. Names: a run of capitalised words judged by a given-name list, a middle initial, cue words before and
// after, a name alone atop a record with contact data, a matching e-mail, and the same name found elsewhere in the
// text; street, organisation, country and determiner words veto it. Precision first: every rule was also run over
// ordinary English prose (package docs) as a negative corpus.
import { firstStartAtOrAfter, inSpanPairs, lowerBound } from './sorted';
import { K } from './keywords';
import { EN_GIVEN, EN_GIVEN_AMBIGUOUS } from './names-en-data';
import { enWordScore, ordinaryWord } from './en-word';
import { EN_WORD_MIN } from './en-word-model-data';
import type { Finding, FindingType } from './types';

/** What the core scanner lends this module. */
export interface EnHost {
  t: string;
  n: number;
  /** Starts of ASCII capitalised words (pass 1), ascending. */
  capStarts: { a: Int32Array; n: number };
  /** Digit runs (pass 1), ascending. */
  rS: { a: Int32Array; n: number };
  rE: { a: Int32Array; n: number };
  /** Positions of the Latin letters beyond ASCII (À–ɏ) (pass 1), ascending. */
  rare: { a: Int32Array; n: number };
  /** Pass 1 saw a Latin letter beyond ASCII (À–ɏ). */
  latin: boolean;
  /** Pass 1 saw an ASCII word. */
  ascii: boolean;
  /** Findings so far (numbers, e-mails, Japanese names/addresses). */
  out: Finding[];
  add(type: FindingType, s: number, e: number, c: number, key?: string): void;
  /** Kind bits of the label that governs `pos` (a label before it on its line, or a table column). */
  label(pos: number, win: number): number;
}

// ---------------------------------------------------------------------------------------------------------------
// Letters. ASCII by comparison; Latin-1, Latin Extended, Greek and Cyrillic by a small table built on first use.
const UP = 1;
const LO = 2;
// Case of Latin-1, Latin Extended, Greek and Cyrillic letters, worked out per char the first time it is seen
// (0 not yet known, 3 not a cased letter): a page pays only for the chars it holds.
const CASE = new Uint8Array(0x530);
function caseOf(c: number): number {
  const s = String.fromCharCode(c);
  const lo = s.toLowerCase();
  const up = s.toUpperCase();
  return (CASE[c] = lo === up ? 3 : s === up ? UP : s === lo ? LO : 3);
}
/** 1 upper-case letter, 2 lower-case letter, 0 anything else. */
function letter(c: number): number {
  if (c < 0x80) return c >= 97 && c <= 122 ? LO : c >= 65 && c <= 90 ? UP : 0;
  if (c < 0xc0 || c >= 0x530) return 0;
  const v = CASE[c] || caseOf(c);
  return v === 3 ? 0 : v;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isBullet = (c: number) => c === 0x3f || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x3e || c === 0x2d || c === 0x2013 || c === 0x7c || c === 0x25aa;

/** End of the word starting at i (letters, inner ' ’ - between letters; a final 's possessive is left out), or i. */
function wordEnd(t: string, i: number, n: number): number {
  let j = i;
  const lim = Math.min(n, i + 40);
  while (j < lim) {
    const c = t.charCodeAt(j);
    if (letter(c)) {
      j++;
      continue;
    }
    if ((c === 0x27 || c === 0x2019 || c === 0x2d) && j > i && letter(t.charCodeAt(j + 1))) {
      // possessive 's / ’s ends the word
      if (c !== 0x2d && (t.charCodeAt(j + 1) | 32) === 115 && !letter(t.charCodeAt(j + 2))) break;
      j += 2;
      continue;
    }
    break;
  }
  return j;
}
/** Start of the word ending at e (exclusive), or e. */
function wordStart(t: string, e: number, floor: number): number {
  let j = e;
  while (j > floor) {
    const c = t.charCodeAt(j - 1);
    if (letter(c)) j--;
    else if ((c === 0x27 || c === 0x2019 || c === 0x2d) && j - 1 > floor && j < e && letter(t.charCodeAt(j - 2))) j--;
    else break;
    if (e - j > 40) break;
  }
  return j;
}
/**
 * t.slice(s, e).toLowerCase(), interned: an ASCII word seen before comes back as the same string, without a slice or
 * a new string (most words a scan lowers are list words or repeats), and its hash is kept for the Set lookups after.
 */
const LOW_SLOTS = 4096;
const LOW: string[] = new Array<string>(LOW_SLOTS).fill('');
function low(t: string, s: number, e: number): string {
  const L = e - s;
  if (L <= 0) return '';
  if (L > 24) return t.slice(s, e).toLowerCase();
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    let c = t.charCodeAt(i);
    if (c >= 128) return t.slice(s, e).toLowerCase();
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const k = (h ^ (h >>> 14)) & (LOW_SLOTS - 1);
  const w = LOW[k];
  if (w.length === L) {
    let i = 0;
    while (i < L) {
      let c = t.charCodeAt(s + i);
      if (c >= 65 && c <= 90) c |= 32;
      if (c !== w.charCodeAt(i)) break;
      i++;
    }
    if (i === L) return w;
  }
  return (LOW[k] = t.slice(s, e).toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists (lower case). Short strings split on first use.
const set = (s: string) => new Set(s.split(' '));
let W: ReturnType<typeof buildWords> | null = null;
function buildWords() {
  return {
    /** Street types written after the street name (English, and European ones written as a word of their own). */
    postStrong: set(
      'street st str strasse straße road rd avenue ave av drive dr lane ln boulevard blvd bvd court ct crescent cres close terrace tce terrasse parkway pkwy highway hwy freeway expressway turnpike tpke way place pl circle cir square sq trail trl alley aly plaza mews grove gardens row walk path pike causeway bypass crossing crossroad motorway wynd utca u út útja tér körút köz fasor tee tn mnt pst vej gade allé gata gatan vägen väg gränd veien vei vegen straat laan weg plein gracht kade singel gasse platz allee damm ufer katu tie kuja polku ulica cesta náměstí třída nábřeží sokak sk cadde cad caddesi bulvar',
    ),
    /** Street types that are also ordinary words (USPS suffixes): they need more evidence. */
    postWeak: set(
      'bridge brook brooks burg camp canyon cape center centre cliff cliffs club common corner corners course cove coves creek crest curve dale dam divide estate estates extension fall falls ferry field fields flat flats ford fords forest forge forges fork forks fort garden gateway glen glens green greens harbor harbour haven heights hill hills hollow inlet island islands isle junction key keys knoll knolls lake lakes land landing light lights loaf lock locks lodge loop mall manor manors meadow meadows mill mills mission mount mountain mountains neck orchard oval overpass park parks pass passage pine pines plain plains point points port ports prairie radial ramp ranch rapid rapids rest ridge ridges river route run shoal shoals shore shores skyway spring springs spur spurs station stravenue stream summit trace track trafficway tunnel underpass union unions valley valleys viaduct view views village villages ville vista wall well wells ways streets roads drives courts squares',
    ),
    /** Street types written before the street name. */
    pre: set(
      'via viale vicolo piazza piazzale piazzetta corso largo strada contrada borgo lungomare rua avenida avda travessa praça praca estrada rodovia alameda calle paseo plaza camino carretera ronda travesía travesia glorieta cuesta pasaje rambla carrer passeig avinguda rue avenue boulevard bd allée chemin impasse quai cours ul ulica al aleja pl plac os osiedle trg ulice nám náměstí bulevardul calea οδός λεωφόρος πλατεία odos jalan jl rúa',
    ),
    unit: set('apt apartment suite ste unit flat room rm floor fl bldg building'),
    /** Lower-case words that end a street name or a locality (English function words). */
    stop: set(
      'the a an in on at to for from with by after before is was are were be been and or but then where when which that this it i you he she we they please if as so not no yes my your our their his her its me us them there here who what how why',
    ),
    countries: set(
      'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece greenland grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe usa uk deutschland españa sverige suomi norge danmark nederland österreich schweiz suisse italia polska česko magyarország ελλάδα κύπρος brasil méxico',
    ),
    /** Organisation words: a capitalised run holding one is not a person. */
    org: set(
      'lines inc incorporated llc ltd limited corp corporation company co group bank university college institute school academy hospital clinic foundation association society agency partners investments holdings capital technologies technology systems solutions services media studios studio records airlines airways motors hotel hotels restaurant cafe church museum library club team council committee department ministry office center centre international global enterprises industries labs networks software consulting associates brothers gmbh ag sa plc llp bv nv oy ab as srl spa kg trust fund insurance securities financial bancorp sarl sas pty pte kk accounts county parish borough township pharmaceuticals pharma health healthcare care energy foods products logistics communications telecom design designs digital ventures project projects weekly daily times news magazine journal press post review tales songs band orchestra records film films pictures games entertainment',
    ),
    /** Capitalised words that start sentences or titles and are never names. */
    notName: set(
      'the a an this that unassigned unknown nobody these those my your our their his her its we i you he she it they in on at to from for with by of and but or if when where what why how who which while after before please thanks thank dear hi hello hey yes no not all any some each every new old north south east west monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms miss dr prof sir madam is are was were be do does did can could would should will shall may might must have has had there here then now today tomorrow yesterday also just so as one two three four five six seven eight nine ten first second third last next street road avenue lane drive apt suite unit box po p o note notes subject date time phone email e-mail mail fax tel mobile desk address name website web url info personal account card number order invoice total price amount customer user bot agent admin system answer question re fwd sent cc bcc title company department position role status summary description comment comments message messages about contact details id ok okay oh well maybe sure sorry great good nice cool wow world everyone everybody team folks guys there all san santa santo são saint sainte los las fort port mount lake cape upper lower greater royal national federal state central visa mastercard amex jcb discover diners unionpay maestro paypal backup primary secondary see per via off out up',
    ),
    /** Lower-case particles inside names: "Willemine ten Pas", "Dyan van Gijn", "Ludwig van Beethoven". */
    particle: set('van von de der den ter ten da di del della dos das du le la bin ibn al el y'),
  };
}
function words() {
  return W ?? (W = buildWords());
}

const COUNTRY2 = [
  'united states',
  'united kingdom',
  'new zealand',
  'south africa',
  'czech republic',
  'south korea',
  'north korea',
  'costa rica',
  'puerto rico',
  'sri lanka',
  'saudi arabia',
  'el salvador',
  'sierra leone',
  'hong kong',
  'ivory coast',
  'north macedonia',
  'san marino',
  'dominican republic',
  'great britain',
  'faroe islands',
  'united arab emirates',
  'bosnia and herzegovina',
  'papua new guinea',
  'trinidad and tobago',
];

const COUNTRY_FIRST = new Set(COUNTRY2.map((c) => c.split(' ')[0]));
const COUNTRY2_SET = new Set(COUNTRY2);

// Street-name endings of compound words: Koskikatu, Søndergade, Strickstrasse, Magasinsgatan, Nybyvägen.
const SUFFIX_STRONG = ['strasse', 'straße', 'gasse', 'straat', 'gatan', 'vägen', 'veien', 'vegen', 'vegur', 'stræti', 'platz', 'allee', 'katu', 'kuja', 'polku', 'gade', 'stræde', 'gata', 'braut', 'laan', 'plein', 'gracht', 'dijk', 'singel', 'steeg'];
const SUFFIX_WEAK = ['weg', 'vej', 'tie', 'str', 'kade', 'torget', 'tori', 'väg', 'vei', 'veg', 'damm', 'ufer', 'ring', 'hove'];
function suffixKind(w: string): number {
  if (w.length < 6) return 0;
  for (const s of SUFFIX_STRONG) if (w.length >= s.length + 3 && w.endsWith(s)) return 2;
  for (const s of SUFFIX_WEAK) if (w.length >= s.length + 4 && w.endsWith(s)) return 1;
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Given names: a Map built on first use from the front-coded lists, and a 64K-bit filter on a hash of the word so
// that most capitalised words are rejected without building a string.
// Given names live in an open-addressing table of 32-bit hashes (no strings at all), filled on first use by walking
// the front-coded list once with a stack of prefix hashes. A word outside the list matches a hash by chance about
// about once in 600,000 lookups (7.3k names / 2^32), which is far below every other error here.
const SLOTS = 32768; // > 4 × the names: short probes
let GH: Int32Array | null = null; // hash per slot, 0 = empty (hashes are made odd)
let GV: Uint8Array;
/** First three letters (a–z) of the given names: bit 1 a three-letter name, bit 2 a longer one. */
const GIVEN3 = new Uint8Array(26 * 26 * 26);
function slotOf(h: number): number {
  const T = GH!;
  let i = (h ^ (h >>> 15)) & (SLOTS - 1);
  while (T[i] !== 0 && T[i] !== h) i = (i + 1) & (SLOTS - 1);
  return i;
}
function fill(fc: string, v: number): void {
  const H = new Int32Array(40);
  const C = new Int32Array(3);
  H[0] = 0x811c9dc5;
  let len = 0;
  const n = fc.length;
  for (let i = 0; i < n; ) {
    const d = fc.charCodeAt(i++);
    len -= d <= 57 ? d - 48 : d - 55; // '0'–'9', then 'A'–'Z' for 10–35
    let c = fc.charCodeAt(i);
    while (i < n && (c < 48 || c > 57) && (c < 65 || c > 90)) {
      if (len < 3) C[len] = c - 97;
      H[len + 1] = Math.imul(H[len] ^ c, 0x01000193);
      len++;
      c = fc.charCodeAt(++i);
    }
    const h = H[len] ^ (len << 24) | 1;
    const k = slotOf(h);
    GH![k] = h;
    GV[k] = v;
    if (v === 1 && C[0] >= 0 && C[0] < 26 && C[1] >= 0 && C[1] < 26 && C[2] >= 0 && C[2] < 26) GIVEN3[(C[0] * 26 + C[1]) * 26 + C[2]] |= len === 3 ? 1 : 2;
  }
}
function buildGiven(): void {
  GH = new Int32Array(SLOTS);
  GV = new Uint8Array(SLOTS);
  fill(EN_GIVEN, 1);
  fill(EN_GIVEN_AMBIGUOUS, 2);
}
/** Base letter (a–z) of the Latin Extended letters U+0100–U+024F, worked out per char on first use (1: none). */
const FOLD = new Uint8Array(0x150);
const FOLD_SPECIAL: Record<number, number> = { 0x141: 108, 0x142: 108, 0x110: 100, 0x111: 100, 0x131: 105, 0x126: 104, 0x127: 104, 0x166: 116, 0x167: 116 }; // ł đ ı ħ ŧ
function foldOf(c: number): number {
  const b = FOLD_SPECIAL[c] ?? (String.fromCharCode(c).normalize('NFD').toLowerCase().charCodeAt(0) | 0);
  return (FOLD[c - 0x100] = b >= 97 && b <= 122 ? b : 1);
}
/** 0 not a listed given name, 1 a given name, 2 a given name that is as often a common word or a place. */
/** A word that is never a name (the, on, total, customer …): words().notName. */
/** A company (Harborline Logistics Ltd), or every word of [s, e) an ordinary English word and none a given name: "Sales Team", "Unassigned"
 * after a field label are a team or a state, not a person ("Wendy Ford" has a given name; "Yasuhiro Chiba" no
 * ordinary word). */
export function ordinaryPhrase(t: string, s: number, e: number): boolean {
  if (orgIn(t, s, e)) return true;
  for (let i = s; i < e; ) {
    let j = i;
    while (j < e && letter(t.charCodeAt(j))) j++;
    if (j === i || givenKind(t, i, j) !== 0 || !ordinaryWord(t, i, j)) return false;
    while (j < e && !letter(t.charCodeAt(j))) j++;
    i = j;
  }
  return true;
}

/** A word of [s, e) says company (Ltd, Inc, GmbH, Holdings …). */
function orgIn(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; ) {
    let j = i;
    while (j < e && letter(t.charCodeAt(j))) j++;
    if (j > i && wordFlags(t, i, j) & F_ORG) return true;
    while (j < e && !letter(t.charCodeAt(j))) j++;
    i = j;
  }
  return false;
}

export function notNameWord(t: string, s: number, e: number): boolean {
  return (wordFlags(t, s, e) & F_NOT) !== 0;
}
export function givenKind(t: string, s: number, e: number): number {
  if (!GH) buildGiven();
  const L = e - s;
  if (L < 3 || L > 14 || !mayStartGiven(t.charCodeAt(s), t.charCodeAt(s + 1), t.charCodeAt(s + 2), L)) return 0;
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    const c = listChar(t.charCodeAt(i));
    if (c === 1) return 0;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return givenAt(h, L);
}
/**
 * givenKind(w, 0, w.length) for a word string (a lower-cased word kept from a name): its own loop, so that givenKind's
 * charCodeAt sees only the scanned texts, not also the words' several string representations, which had made it a
 * megamorphic call there instead of an inlined load. The steps are shared.
 */
function givenKindOfWord(w: string): number {
  if (!GH) buildGiven();
  const L = w.length;
  if (L < 3 || L > 14 || !mayStartGiven(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), L)) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < L; i++) {
    const c = listChar(w.charCodeAt(i));
    if (c === 1) return 0;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return givenAt(h, L);
}
/** First three letters (a–z) that no listed given name of length L starts with: most words stop here unhashed. */
function mayStartGiven(c0: number, c1: number, c2: number, L: number): boolean {
  const a = (c0 | 32) - 97;
  const b = (c1 | 32) - 97;
  const d = (c2 | 32) - 97;
  return !(a >= 0 && a < 26 && b >= 0 && b < 26 && d >= 0 && d < 26 && !(GIVEN3[(a * 26 + b) * 26 + d] & (L === 3 ? 1 : 2)));
}
/**
 * A char as the given-name list holds it: a–z, Latin-1 letters and '-' lower-cased, Latin Extended letters by their
 * base letter ("michał" as "michal", "ștefan" as "stefan"); 1 for a char no listed name has.
 */
function listChar(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c > 0xff) return c < 0x250 ? FOLD[c - 0x100] || foldOf(c) : 1;
  return c;
}
/** The kind of the listed given name whose hash is h, or 0. */
function givenAt(h: number, L: number): number {
  const k = slotOf((h ^ (L << 24)) | 1);
  return GH![k] === 0 ? 0 : GV[k];
}
/** hashWord of a list word's chars (for the table wordFlags reads; hashWord itself reads only scanned texts). */
function hashCodes(w: Uint16Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    let c = w[i];
    if (c >= 65 && c <= 90) c |= 32;
    else if (c >= 0xc0 && letter(c) === UP) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 16)) & 0xffff;
}
function hashWord(t: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    let c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c >= 0xc0 && letter(c) === UP) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 16)) & 0xffff;
}

// Surname endings across Europe: -ová, -ski, -sson, -dóttir, -vić, -enko, -poulos, -inen …
const SURNAME_END = /(?:ová|ská|ski|ska|sky|cki|cka|wicz|czyk|ić|vič|vić|ovic|ović|ov|ova|ev|eva|yev|yeva|enko|chuk|yan|dze|shvili|son|sen|ssen|sson|dóttir|dottir|ez|escu|poulos|akis|idis|oglu|oğlu|mann|berg|ström|strom|qvist|lund|gren|stein|feld|hardt|inen|ainen|nen|lä|aho|oja|salo|maa|ini|elli|etti|ucci|ardi|ano|ino|ato|eira|eiro|ães|ier|ault|eau|elle|oux|ijn|uis|sma|stra|[^e]ek|czak)$/;
/** Japanese names written in Latin letters: Fukunaga, Hamaguchi, Shintarou. */
const ROMAJI = /^(?:(?:[kgsztdnhbpmrwfj]|sh|ch|ts|[kgnhbpmr]y)?[aiueo][uo]?|n(?![aiueoy]))+$/;

// ---------------------------------------------------------------------------------------------------------------
/**
 * Spans already taken by numbers and e-mails (≥ 0.8): an address or a name never starts inside one. The same read of
 * the findings collects for scanPersons the starts of contact data (≥ 0.8 e-mail, phone, address, card: `pii`) and of
 * every e-mail (`emailAt`, in order): one pass over them, not three.
 */
function takenSpans(out: Finding[], pii: number[], emailAt: number[]): Int32Array {
  const fs: Finding[] = [];
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    const type = f.type;
    if (type === 'email') emailAt.push(f.start);
    if (f.confidence < 0.8) continue;
    if (type !== 'person_name' && type !== 'jp_address') fs.push(f);
    if (type === 'email' || type === 'phone' || type === 'jp_address' || type === 'credit_card') pii.push(f.start);
  }
  const k = fs.length;
  const a = new Int32Array(k * 2);
  // by start, ties in their order in `out` (a stable sort): the keys start · 2^22 + rank are exact doubles, sorted
  // natively with no comparator call per step
  if (k < 1 << 22) {
    const keys = new Float64Array(k);
    for (let r = 0; r < k; r++) keys[r] = fs[r].start * 4194304 + r;
    keys.sort();
    for (let j = 0; j < k; j++) {
      const f = fs[keys[j] % 4194304];
      a[2 * j] = f.start;
      a[2 * j + 1] = f.end;
    }
    return a;
  }
  fs.sort((x, y) => x.start - y.start);
  for (let j = 0; j < k; j++) {
    a[2 * j] = fs[j].start;
    a[2 * j + 1] = fs[j].end;
  }
  return a;
}
const inSpans = (sp: Int32Array, p: number) => inSpanPairs(sp, sp.length >> 1, p);

/** English and European street addresses, then person names. */
export function scanEnglish(h: EnHost): void {
  // per-scan caches are keyed by this number, never by comparing texts (equal texts compare char by char)
  SCAN++;
  const pii: number[] = [];
  const emailAt: number[] = [];
  const taken = takenSpans(h.out, pii, emailAt);
  // the words that open with a non-ASCII capital (Ávalos, Ján), from the letters À–ɏ pass 1 noted (no scan of the text)
  const extra: number[] = [];
  const corners: number[] = [];
  if (h.latin) {
    const t = h.t;
    let last = -1;
    let j = 0; // the end of the word last looked at: letters inside it are skipped
    for (let r = 0; r < h.rare.n; r++) {
      const m = h.rare.a[r];
      if (m < j) continue;
      // the word holding this letter: its start, when that is a capital followed by a lower-case letter
      let i = m;
      while (i > 0 && i - m < 30 && letter(t.charCodeAt(i - 1))) i--;
      if (i !== last && letter(t.charCodeAt(i)) === UP && letter(t.charCodeAt(i + 1)) === LO) extra.push((last = i));
      // skip the rest of the word
      j = m + 1;
      while (j < t.length && letter(t.charCodeAt(j))) j++;
    }
  }
  // "corner of X and Y": X is a capitalised word or a number, so only those starts are looked behind
  const cornerAt = (p: number) => {
    if (p >= 10 && h.t.charCodeAt(p - 1) === 32 && h.t.charCodeAt(p - 2) === 102 && h.t.charCodeAt(p - 3) === 111 && h.t.startsWith('orner of ', p - 9) && (h.t.charCodeAt(p - 10) | 32) === 99)
      corners.push(p - 10);
  };
  // no ASCII word and no Latin letter at all (Japanese prose, dates, prices): no English address or name to look for
  if (!h.ascii && !h.latin) return;
  for (let k = 0; k < h.capStarts.n; k++) cornerAt(h.capStarts.a[k]);
  for (let k = 0; k < h.rS.n; k++) cornerAt(h.rS.a[k]);
  corners.sort((a, b) => a - b);
  // a lower-cased message: no capitalised word at all, but Latin words (only then is the text searched for them)
  const lowerText = h.capStarts.n === 0 && h.ascii && textIsLower(h.t);
  const before = h.out.length; // (scanStreets adds addresses only)
  const addr = scanStreets(h, taken, corners, lowerText);
  scanPersons(h, taken, addr, extra, lowerText, pii, emailAt, before);
  capsNamesAbove(h);
  if (h.ascii) lowerNamesAfterCues(h);
}

/**
 * A given name in lower case after the words sales notes put before people (mtg w camille + javier, catch-up w giulia,
 * call with ana beatriz, lvm for tyler): an unambiguous listed given name only (never a word such as grace or may),
 * and a second one after it or after "+" / "and".
 */
function lowerNamesAfterCues(h: EnHost): void {
  const t = h.t;
  const n = h.n;
  // (one regex over the text, not an indexOf per cue: those cost a fifth of a scan of plain prose)
  LOWER_NAME_CUE.lastIndex = 0;
  for (let cue = LOWER_NAME_CUE.exec(t); cue; cue = LOWER_NAME_CUE.exec(t)) {
    let s = cue.index + cue[0].length;
    for (let k = 0; k < 2; k++) {
      if (letter(t.charCodeAt(s)) !== LO) break;
      const e = wordEnd(t, s, n);
      if (e - s < 3 || givenKind(t, s, e) !== 1) break;
      let end = e;
      // (a second given name is part of it: ana beatriz)
      if (t.charCodeAt(e) === 32 && letter(t.charCodeAt(e + 1)) === LO) {
        const e2 = wordEnd(t, e + 1, n);
        if (e2 - e > 3 && givenKind(t, e + 1, e2) === 1) end = e2;
      }
      h.add('person_name', s, end, 0.8, low(t, s, end));
      // (and the next person of the list: camille + javier, rafael and ximena)
      const next = /^ ?(?:\+|&|and) /.exec(t.slice(end, end + 6));
      if (!next) break;
      s = end + next[0].length;
    }
  }
}
const LOWER_NAME_CUE = /(?:\bw\/?|\bwith|\blvm for|\bvm for|\bmtg|\bmet|\bspoke to|\bcalled|\bemailed|\bpinged) (?=[a-z])/g;

/**
 * A name in capitals alone on the line that opens a block, right above its contact data, as CVs, letterheads and
 * shipping labels set it (MATTEO FERRARI ⏎ Via del Corso 104, …): 2–4 words, one a given name, not all ordinary words
 * (SHIPPING ADDRESS).
 */
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
/** The start of a romanised Japanese family name in capitals right before s ("YAMADA Hanako", "SATO Kenichi"), or -1. */
function capsFamilyBefore(t: string, s: number): number {
  if (t.charCodeAt(s - 1) !== 32) return -1;
  let a = s - 1;
  while (a > 0 && s - 1 - a < 12 && isUpperAscii(t.charCodeAt(a - 1))) a--;
  const L = s - 1 - a;
  if (L < 3 || L > 11 || letter(t.charCodeAt(a - 1)) || isDigit(t.charCodeAt(a - 1))) return -1;
  const w = t.slice(a, s - 1).toLowerCase();
  return ROMAJI.test(w) ? a : -1;
}
/** The start of the line holding p (after its '\n', or 0), when it is at most `max` chars back; else -1. */
function lineStartNear(t: string, p: number, max: number): number {
  for (let i = p - 1; i >= 0 && p - i <= max; i--) if (t.charCodeAt(i) === 10) return i + 1;
  return p <= max ? 0 : -1;
}

function capsNamesAbove(h: EnHost): void {
  const { t } = h;
  const m = h.out.length;
  let last = -1;
  for (let i = 0; i < m; i++) {
    const f = h.out[i];
    if (f.confidence < 0.8 || !(f.type === 'jp_address' || f.type === 'phone' || f.type === 'email')) continue;
    // (contact data near its line's start only ("Tel: …", "Am Markt 18, 10117 Berlin · +49 …"): long rows are passed over)
    const ls = lineStartNear(t, f.start, 40);
    if (ls < 2 || ls === last) continue;
    last = ls;
    // the line above, read back only while it holds what such a line may (capitals, spaces, the \r before its break):
    // lineStartNear read all of it, up to 60 chars, above every phone or address of a record in any language
    let q = ls - 2;
    for (; q >= 0 && ls - 1 - q <= 60; q--) {
      const c = t.charCodeAt(q);
      if (c === 10) break;
      if (c !== 32 && c !== 13 && letter(c) !== UP) break;
    }
    const inLine = q >= 0 && ls - 1 - q <= 60; // (stopped in the window: on the line break, or on a char no such line holds)
    if (inLine && t.charCodeAt(q) !== 10) continue;
    let a = inLine ? q + 1 : ls - 1 <= 60 ? 0 : -1;
    if (a < 0) continue;
    let b = ls - 1;
    if (t.charCodeAt(b - 1) === 13) b--;
    while (a < b && t.charCodeAt(a) === 32) a++;
    // (two capitals open it: most lines above contact data are no such line, and are passed over here)
    if (!(isUpperAscii(t.charCodeAt(a)) && isUpperAscii(t.charCodeAt(a + 1)))) continue;
    while (b > a && t.charCodeAt(b - 1) === 32) b--;
    if (b - a < 5 || b - a > 40 || (a >= 2 && !/\n[ \t\r]*\n$|^\s*$/.test(t.slice(Math.max(0, a - 40), a)))) continue;
    let words = 0;
    let given = 0; // 2: a given name that is no word (MATTEO); 1: one that is also a word (POPPY, MAY)
    let rare = false; // a word that is neither a given name nor an ordinary word (LLEWELLYN)
    let ok = true;
    for (let j = a; j < b && ok; ) {
      let k = j;
      while (k < b && letter(t.charCodeAt(k)) === UP) k++;
      if (k - j < 2 || (k < b && t.charCodeAt(k) !== 32)) ok = false;
      else {
        words++;
        const g = givenKind(t, j, k);
        if (g === 1) given = 2;
        else if (g === 2) given = Math.max(given, 1);
        else if (!ordinaryWord(t, j, k)) rare = true;
        else ok = false; // an ordinary word that is no given name: a heading or a banner (MAY SALE, GRACE HILL CAFE)
      }
      j = k + 1;
    }
    if (!ok || words < 2 || words > 4 || !(given === 2 || (given === 1 && rare)) || ordinaryPhrase(t, a, b)) continue;
    h.add('person_name', a, b, 0.85, low(t, a, b));
  }
}
let SCAN = 0;
/** Latin letters beyond ASCII: the words holding them may be names that pass 1 did not list (Ávalos, Ján). */

// ---------------------------------------------------------------------------------------------------------------
// Addresses.

/** Indian states and the cities that write their own name before a PIN (lower case). */
const IN_PLACES = new Set(
  ('andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|' +
    'madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|orissa|punjab|rajasthan|sikkim|tamil nadu|telangana|' +
    'tripura|uttar pradesh|uttarakhand|west bengal|delhi|new delhi|chandigarh|puducherry|pondicherry|jammu|kashmir|ladakh|' +
    'mumbai|navi mumbai|bengaluru|bangalore|hyderabad|secunderabad|chennai|kolkata|calcutta|pune|ahmedabad|jaipur|surat|' +
    'lucknow|kanpur|nagpur|indore|thane|bhopal|visakhapatnam|patna|vadodara|ghaziabad|ludhiana|agra|nashik|faridabad|' +
    'meerut|rajkot|varanasi|srinagar|amritsar|noida|greater noida|gurugram|gurgaon|coimbatore|kochi|cochin|ernakulam|' +
    'mysuru|mysore|thiruvananthapuram|trivandrum|mangaluru|mangalore|madurai|bhubaneswar|guwahati|dehradun|ranchi|raipur|' +
    'vijayawada|jodhpur|udaipur|kozhikode|calicut|howrah|tiruchirappalli|salem|hubli|belgaum|jamshedpur|allahabad|prayagraj')
    .split('|'),
);
/** An Eircode: a routing key (a letter and two digits, or D6W) and four letters or digits. */
const EIRCODE = /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[A-Z]{0,3}\d)[0-9A-Z]{4}(?![A-Za-z0-9])/;
/** What ends an address part read backwards: a comma, a line break, a tab, a colon, a quote or a bracket. */
const PART_STOP = new Set([44, 10, 13, 9, 58, 0xff1a, 34, 0x201c, 40, 91, 123, 0xff08]);
/** Words of a sentence before an address ("The parcel should go to Flat 108, …"): the address starts after them. */
const ADDR_PART = /^(?:[A-Z0-9#][\w'./#-]*|No\.?|of|and|&|-)$/;

/**
 * Addresses found from their end: a 6-digit Indian PIN (560066, 560 066, "- 560066") after a listed state or city, or
 * an Eircode (T12 AB34) after a capitalised place; read back over comma-separated parts that hold only capitalised
 * words and numbers, to a line start, a colon or the first lower-case word of a sentence.
 */
function postcodeAddresses(h: EnHost, found: number[], taken: Int32Array): void {
  const { t } = h;
  const rS = h.rS.a;
  const rE = h.rE.a;
  let prior: Finding[] | undefined; // the addresses found before, by start (made at the first postcode address)
  for (let r = 0; r < h.rS.n; r++) {
    const ds = rS[r];
    let de = rE[r];
    let tail = -1; // where the place before the code ends
    if (de - ds === 6 && '12345678'.includes(t[ds])) {
      tail = ds;
    } else if (de - ds === 3 && t.charCodeAt(de) === 32 && r + 1 < h.rS.n && rS[r + 1] === de + 1 && rE[r + 1] - rS[r + 1] === 3 && '12345678'.includes(t[ds])) {
      tail = ds;
      de = rE[r + 1];
    } else if (de - ds === 2 && ds > 0 && letter(t.charCodeAt(ds - 1)) === UP && !letter(t.charCodeAt(ds - 2))) {
      const m = EIRCODE.exec(t.slice(ds - 1, ds + 8));
      if (m) {
        tail = ds - 1;
        de = ds - 1 + m[0].length;
      }
    }
    if (tail < 0 || isDigit(t.charCodeAt(de)) || letter(t.charCodeAt(de))) continue;
    const eir = !isDigit(t.charCodeAt(tail));
    // the place right before the code: "Bengaluru 560066", "Bengaluru - 560066", "Uttar Pradesh 201309", "Cork T12 AB34"
    // (an Eircode may stand as a part of its own: "Dublin 1, D01 F5P2")
    let q = tail;
    while (q > 0 && (t.charCodeAt(q - 1) === 32 || t.charCodeAt(q - 1) === 45 || t.charCodeAt(q - 1) === 0x2013)) q--;
    const own = eir && t.charCodeAt(q - 1) === 44;
    if (!own && (q === tail || q < 2 || !letter(t.charCodeAt(q - 1)))) continue;
    const placeEnd = q;
    // one word, or two for a listed place ("Uttar Pradesh", "Tamil Nadu"): capitalised; a listed one before a PIN
    let a1 = placeEnd;
    while (a1 > 0 && letter(t.charCodeAt(a1 - 1))) a1--;
    if (!own && letter(t.charCodeAt(a1)) !== UP) continue;
    let a2 = a1 - 1;
    while (a2 > 0 && letter(t.charCodeAt(a2 - 1))) a2--;
    const two = t.charCodeAt(a1 - 1) === 32 && a2 < a1 - 1 && IN_PLACES.has(t.slice(a2, placeEnd).toLowerCase());
    const ps = own ? tail : two ? a2 : a1;
    if (!eir && !two && !IN_PLACES.has(t.slice(a1, placeEnd).toLowerCase())) continue;
    // read back over the parts before the place, each after a comma
    let s = ps;
    for (let parts = 0; parts < 8; parts++) {
      let c = s - 1;
      while (c >= 0 && t.charCodeAt(c) === 32) c--;
      if (c < 0 || t.charCodeAt(c) !== 44) break;
      // the part before this comma: back to the previous comma, a line start or a colon
      let a = c;
      while (a > 0 && a > c - 80 && !PART_STOP.has(t.charCodeAt(a - 1))) a--;
      // only its trailing run of address words (capitalised words, numbers, No., #12): a sentence before stays out
      const toks = t.slice(a, c).split(' ');
      let keep = toks.length;
      while (keep > 0 && (toks[keep - 1] === '' || ADDR_PART.test(toks[keep - 1]))) keep--;
      const lead = toks.slice(0, keep).join(' ').length + (keep > 0 ? 1 : 0);
      const from = a + lead;
      let f = from;
      while (f < c && t.charCodeAt(f) === 32) f++;
      if (f >= c) break;
      s = f;
      if (keep > 0) break; // a sentence ended the run
    }
    // a city and a code alone are no street address; a house, flat or plot number is in one
    let num = false;
    for (let i = s; i < ps && !num; i++) num = isDigit(t.charCodeAt(i));
    if (!num) continue;
    if (inSpans(taken, s)) continue;
    // as sure as the street found inside it (14 O'Connell Street …, Dublin 1, D01 F5P2 is one address, not three)
    let c = h.label(s, 30) & K.ADDRESS ? 0.95 : 0.88;
    prior ??= h.out.filter((f) => f.type === 'jp_address').sort((x, y) => x.start - y.start);
    for (let k = firstStartAtOrAfter(prior, s); k < prior.length && prior[k].start < de; k++) if (prior[k].end <= de && prior[k].confidence > c) c = prior[k].confidence;
    h.add('jp_address', s, de, c, low(t, s, de));
    found.push(s, de);
  }
}

interface Tok {
  s: number;
  e: number;
  /** 1 word, 2 number */
  k: number;
  /** wordAt() of the token, once asked (null before) */
  w: string | null;
}

/**
 * Appends a token to `out`, reusing the token object that stood at that index before (each list keeps its objects in
 * a pool): the readers refill TOKS and BACK for every house number and address segment, and no caller keeps a token
 * past the next refill.
 */
const TOKS_POOL: Tok[] = [];
const BACK_POOL: Tok[] = [];
function put(out: Tok[], s: number, e: number, k: number): void {
  const pool = out === BACK ? BACK_POOL : TOKS_POOL;
  const i = out.length;
  let o = pool[i];
  if (!o) pool.push((o = { s, e, k, w: null }));
  else {
    o.s = s;
    o.e = e;
    o.k = k;
    o.w = null;
  }
  out.push(o);
}

/** A house number token at i: digits (1–6), optionally one letter (12A) or a range/fraction (12-14, 12/3). */
function numberEnd(t: string, i: number, n: number): number {
  let j = i;
  while (j < n && isDigit(t.charCodeAt(j))) j++;
  if (j - i > 6 || j === i) return -1;
  const c = t.charCodeAt(j);
  if (letter(c) === UP && !letter(t.charCodeAt(j + 1))) j++;
  else if (j - i === 1 && letter(c) === UP && letter(t.charCodeAt(j + 1)) === UP && !letter(t.charCodeAt(j + 2))) j += 2; // "2AA" (UK)
  else if ((c === 0x2d || c === 0x2f) && isDigit(t.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < n && isDigit(t.charCodeAt(k))) k++;
    if (k - j <= 5) j = k;
  }
  if (t.charCodeAt(j) === 46 && !isDigit(t.charCodeAt(j + 1))) j++; // "út 13."
  return j;
}

/** Tokens after `p` on the same line: words (with a trailing abbreviation dot) and numbers, at most `max`. */
function tokensAfter(t: string, p: number, n: number, max: number, out: Tok[], atToken = false): void {
  out.length = 0;
  let i = p;
  while (out.length < max && i < n) {
    if (!(atToken && i === p)) {
      if (!isHSpace(t.charCodeAt(i))) break;
      while (i < n && isHSpace(t.charCodeAt(i))) i++;
    }
    const c = t.charCodeAt(i);
    if (letter(c)) {
      let e = wordEnd(t, i, n);
      if (e - i >= 40) break;
      if (isDigit(t.charCodeAt(e)) && e - i <= 2) {
        // "SW1A", "K1A": a postal code part
        let k = e;
        while (k < n && k - i < 8 && (isDigit(t.charCodeAt(k)) || letter(t.charCodeAt(k)) === UP)) k++;
        put(out, i, k, 3);
        i = k;
        continue;
      }
      if (t.charCodeAt(e) === 46 && e - i <= 5 && !letter(t.charCodeAt(e + 1))) e++; // St. Apt. u. Avda.
      else if (t.charCodeAt(e) === 46 && e - i === 1 && letter(t.charCodeAt(e + 1))) {
        // P.O. / U.S.
        let k = e + 1;
        while (letter(t.charCodeAt(k)) && t.charCodeAt(k + 1) === 46) k += 2;
        e = k;
      }
      put(out, i, e, 1);
      i = e;
    } else if (isDigit(c)) {
      const e = numberEnd(t, i, n);
      if (e < 0) break;
      // an ordinal names a street: "W 42nd Street", "5th Ave"
      const o = ordinalEnd(t, i, n);
      if (o > 0) {
        put(out, i, o, 1);
        i = o;
        continue;
      }
      put(out, i, e, 2);
      i = e;
    } else if (c === 0x28) {
      // "(Greek)", "(ΑΓΛΑΓΓΙΑ)": a short parenthesis on the same line reads as one word
      let e = i + 1;
      while (e < n && e - i < 30 && t.charCodeAt(e) !== 0x29 && t.charCodeAt(e) !== 10) e++;
      if (t.charCodeAt(e) !== 0x29 || !letter(t.charCodeAt(i + 1))) break;
      put(out, i, e + 1, 1);
      i = e + 1;
    } else if (c === 0x23 && isDigit(t.charCodeAt(i + 1))) {
      const e = numberEnd(t, i + 1, n);
      if (e < 0) break;
      put(out, i, e, 2);
      i = e;
    } else break;
  }
}

/** Tokens before `q` on the same line (nearest first): words and numbers, at most `max`. */
function tokensBefore(t: string, q: number, max: number, out: Tok[]): void {
  out.length = 0;
  let i = q;
  while (out.length < max && i > 0) {
    if (!isHSpace(t.charCodeAt(i - 1))) break;
    while (i > 0 && isHSpace(t.charCodeAt(i - 1))) i--;
    let e = i;
    if (t.charCodeAt(e - 1) === 46 && letter(t.charCodeAt(e - 2))) e--;
    const c = t.charCodeAt(e - 1);
    if (letter(c)) {
      const s = wordStart(t, e, Math.max(0, e - 40));
      if (s > 0 && (letter(t.charCodeAt(s - 1)) || isDigit(t.charCodeAt(s - 1)))) break;
      put(out, s, i, 1);
      i = s;
    } else if (isDigit(c)) {
      let s = e;
      while (s > 0 && isDigit(t.charCodeAt(s - 1))) s--;
      if (e - s > 6 || (s > 0 && !isHSpace(t.charCodeAt(s - 1)) && t.charCodeAt(s - 1) !== 10)) break;
      put(out, s, i, 2);
      i = s;
    } else break;
  }
}

function wordAt(t: string, tk: Tok): string {
  if (tk.w !== null) return tk.w;
  let e = tk.e;
  if (t.charCodeAt(e - 1) === 46) e--;
  return (tk.w = low(t, tk.s, e));
}

/** A word that can be part of a street or place name: capitalised, or any word when the line is not mixed case. */
/** The end of an ordinal at i (1st, 2nd, 42nd, 103rd, 5th: at most 3 digits), or -1. */
function ordinalEnd(t: string, i: number, n: number): number {
  let d = i;
  while (d < n && d - i < 4 && isDigit(t.charCodeAt(d))) d++;
  if (d - i > 3 || d + 2 > n) return -1;
  const sfx = t.slice(d, d + 2);
  if (sfx !== 'st' && sfx !== 'nd' && sfx !== 'rd' && sfx !== 'th') return -1;
  return letter(t.charCodeAt(d + 2)) || isDigit(t.charCodeAt(d + 2)) ? -1 : d + 2;
}

function nameWord(t: string, tk: Tok, w: string, lowerOk: boolean): boolean {
  if (tk.k !== 1) return false;
  if (isDigit(t.charCodeAt(tk.s))) return true; // an ordinal (tokensAfter)
  const wd = words();
  if (wd.stop.has(w)) return false;
  if (letter(t.charCodeAt(tk.s)) === UP) return true;
  return lowerOk || wd.particle.has(w) || w === 'e' || w === 'do' || w === 'dei' || w === 'delle' || w === 'des' || w === 'd';
}

/** Street-word flags: PRE written before the name, POST2 strong / POST1 weak type after it, SUF2 / SUF1 compound endings. */
const PRE = 1;
const POST2 = 2;
const POST1 = 4;
const SUF2 = 8;
const SUF1 = 16;
const SW = new Map<string, number>();
/** streetWord, remembered per word (the lists and compound endings are fixed): most tokens are words seen before. */
function streetWord(w: string): number {
  let f = SW.get(w);
  if (f === undefined) {
    if (SW.size > 8192) SW.clear();
    SW.set(w, (f = streetWordOf(w)));
  }
  return f;
}
function streetWordOf(w: string): number {
  const wd = words();
  let f = 0;
  if (wd.pre.has(w)) f |= PRE;
  if (wd.postStrong.has(w)) f |= POST2;
  else if (wd.postWeak.has(w)) f |= POST1;
  if (!f) {
    const sk = suffixKind(w);
    f = sk === 2 ? SUF2 : sk === 1 ? SUF1 : 0;
  }
  return f;
}

/** Words before a street type that make it something else: Google Drive, Hard Drive, Supreme Court, Milky Way. */
const NOT_BEFORE_TYPE = new Set('google hard flash usb disk disc ssd thumb test network shared external one no milky supreme high food inner death skid memory fast first second third last market critical up'.split(' '));

const EURO_POST = new Set('terrasse tee gata gatan vägen veien vej gade allé straat laan weg plein gasse platz allee katu tie kuja utca tér út ulica cesta strasse straße'.split(' '));
/** Units of measure and currencies: a number before one is a quantity, not a house number. */
const UNITS = new Set('gb mb kb tb gib mib mhz ghz hz kg mg lb lbs oz km cm mm mi ft px pt ms sec min hrs hours days weeks months years usd eur gbp jpy yen chf kw kwh mah fps dpi rpm bit bits bytes cores percent pcs units items times x'.split(' '));
const TOKS: Tok[] = [];
const BACK: Tok[] = [];

/** No upper-case letter on the line of p (a lower-cased text): then lower-case words may be names. Cached per line. */
let LC_T = -1;
let LC_S = -1;
let LC_E = -1;
let LC_V = false;
function lineIsLower(t: string, p: number, n: number): boolean {
  if (SCAN === LC_T && p >= LC_S && p < LC_E) return LC_V;
  const a = t.lastIndexOf('\n', p - 1) + 1;
  let b = t.indexOf('\n', p);
  if (b < 0) b = n;
  LC_T = SCAN;
  LC_S = a;
  LC_E = b + 1;
  let v = true;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) {
      v = false;
      break;
    }
  }
  LC_V = v;
  return LC_V;
}

/** A lower-case word follows at p that is neither a unit nor a street type ("… 3 times", not "… 130 st.", "… 210 apt."). */
function runsIntoSentence(t: string, p: number, n: number): boolean {
  if (t.charCodeAt(p) !== 32 || letter(t.charCodeAt(p + 1)) !== LO) return false;
  const w = low(t, p + 1, wordEnd(t, p + 1, n));
  return !words().unit.has(w) && !streetWord(w);
}

interface Street {
  s: number;
  e: number;
  score: number;
}

/** The street written around the digit run [ds, de): "12 Main St", "Hauptstraße 5", "Via Roma 131", "20789 Allika 46". */
function streetAround(t: string, n: number, ds: number, de: number): Street | null {
  let he = numberEnd(t, ds, n);
  if (he < 0) return null;
  // "May 3. Tesla …": a dot after a house number that opens a street ends a sentence ("út 13." is only after the name)
  const dotted = t.charCodeAt(he - 1) === 46;
  const lowerOk = lineIsLower(t, ds, n);
  let best: Street | null = null;
  // (a) the number is the house number, the name follows
  tokensAfter(t, dotted ? n : he, n, 9, TOKS);
  if (TOKS.length && TOKS[0].k === 1 && UNITS.has(wordAt(t, TOKS[0]))) TOKS.length = 0; // "16 GB", "5 km"
  let i = 0;
  if (TOKS.length && TOKS[0].k === 2) i = 1; // "370 3911 Fourth Avenue": two numbers before the name
  let words0 = 0;
  let type = 0;
  let end = -1;
  let h2 = false;
  let post = false;
  for (let k = i; k < TOKS.length; k++) {
    const tk = TOKS[k];
    if (tk.k === 2) {
      if (words0 > 0) {
        h2 = true;
        end = tk.e;
      }
      break;
    }
    const w = wordAt(t, tk);
    const sw = streetWord(w);
    // (capitalised, "45 Bd Haussmann", not "1 Feb 2026 via website" or "3 bd | 2 ba"; French writes "18 rue de Rivoli")
    if (sw & PRE && words0 === 0 && (letter(t.charCodeAt(tk.s)) === UP || LOWER_PRE.has(w))) {
      type = Math.max(type, 3);
      words0++;
      end = tk.e;
      continue;
    }
    if (sw & (POST2 | POST1) && words0 > 0 && !(sw & POST2 && NOT_BEFORE_TYPE.has(wordAt(t, TOKS[k - 1])))) {
      type = Math.max(type, sw & POST2 ? 3 : 1);
      post = true;
      end = tk.e;
      words0++;
      continue;
    }
    if (sw & (SUF2 | SUF1)) {
      type = Math.max(type, sw & SUF2 ? 3 : 1);
      end = tk.e;
      words0++;
      continue;
    }
    if (!nameWord(t, tk, w, lowerOk) || words0 >= 6) break;
    words0++;
    if (type === 0) end = -1; // a name word after the type word still belongs to the street only before a number
  }
  if (type > 0 && end < 0) {
    // the type word was followed by name words and no number: the street ends after them ("69 Av Sidi Lakhmi")
    let e = -1;
    for (let k = i; k < TOKS.length; k++) {
      const tk = TOKS[k];
      if (tk.k === 2) break;
      const w = wordAt(t, tk);
      if (!nameWord(t, tk, w, lowerOk) && !streetWord(w)) break;
      e = tk.e;
    }
    end = e;
  }
  // a number after an English type word ("Drive 15") is something else: it counts only after Via …, …straße, or a bare name
  // a bare "number name number" must end like an address does, not run on into a sentence ("at 2017 Polish 3 times")
  const runsOn = type === 0 && runsIntoSentence(t, end, n);
  if (end > 0 && (type > 0 || h2) && !runsOn) best = { s: ds, e: end, score: 1 + (h2 && !post ? 1 : 0) + type };
  // (b) the number follows the name: "Via Roma 131", "Koskikatu 25", "Luite tee 87"
  tokensBefore(t, ds, 7, BACK);
  if (BACK.length && BACK[0].k === 1 && !UNITS.has(wordAt(t, BACK[0])) && !(BACK[1] && BACK[1].k === 1 && UNITS.has(wordAt(t, BACK[1])))) {
    let start = -1;
    let ty = 0;
    let nw = 0;
    let hNum = false;
    let engPost = false;
    for (let k = 0; k < BACK.length; k++) {
      const tk = BACK[k];
      if (tk.k === 2) {
        if (nw > 0 && start >= 0) {
          hNum = true;
          start = tk.s;
        }
        break;
      }
      const w = wordAt(t, tk);
      const sw = streetWord(w);
      if (sw & PRE && nw > 0) {
        ty = Math.max(ty, 3);
        start = tk.s;
        nw++;
        continue;
      }
      if (k === 0 && sw & (POST2 | POST1)) {
        // "Koepenicker Str. 74": a post type right before the number; English types without a house number are weak
        const european = w.length <= 3 || /[^a-z]/.test(w) || EURO_POST.has(w);
        ty = Math.max(ty, sw & POST2 && european ? 3 : 1);
        if (!european) engPost = true;
        nw++;
        continue;
      }
      if (sw & (SUF2 | SUF1)) {
        ty = Math.max(ty, sw & SUF2 ? 3 : 1);
        start = tk.s;
        nw++;
        continue;
      }
      if (!nameWord(t, tk, w, lowerOk) || nw >= 6) {
        // "Árpád fejedelem útja 3.": lower-case words inside a name that has its type, up to a capitalised one
        if (ty > 0 && tk.k === 1 && !words().stop.has(w) && nw < 5) {
          nw++;
          continue;
        }
        break;
      }
      nw++;
      if (ty > 0 && ty !== 3) start = tk.s;
      else if (ty === 3 && (k === 0 || start < 0)) start = tk.s;
      else if (ty === 0 && k === 0) start = tk.s; // "Allika 46": a name alone before the number, only after "lives on"
      else if (ty === 3 && letter(t.charCodeAt(tk.s)) === UP && !words().pre.has(wordAt(t, BACK[k - 1]))) start = tk.s; // "Brucker Bundesstrasse"
    }
    if (start >= 0) {
      // "2 Google Drive 15": an English type word with a number after it is not a street, whatever stands before
      const sc = engPost || (ty === 0 && runsIntoSentence(t, he, n)) ? 0 : ty > 0 || hNum ? 1 + (hNum ? 1 : 0) + ty : 0;
      if (!best || sc > best.score) best = { s: start, e: he, score: sc };
    }
  }
  return best;
}

/** The index of the token after the unit unitFrom read (a module variable: no tuple per call). */
let UNIT_K = 0;
/** Reads a unit ("Apt. 864", "Suite 245", "P.O. Box 242", "Box 9168", "PSC 3294") from the tokens; returns end or -1, and the next token index in UNIT_K. */
function unitFrom(t: string, toks: Tok[], k: number): number {
  const tk = toks[k];
  UNIT_K = k;
  if (!tk || tk.k !== 1) return -1;
  const w = wordAt(t, tk);
  if (words().unit.has(w) || w === 'box' || w === 'postbox' || w === 'psc' || w === 'p.o' || w === 'po') {
    let j = k + 1;
    if ((w === 'p.o' || w === 'po') && toks[j] && toks[j].k === 1 && wordAt(t, toks[j]) === 'box') j++;
    if (toks[j] && toks[j].k === 2) {
      UNIT_K = j + 1;
      return toks[j].e;
    }
  }
  return -1;
}

/** A postal code token: 3–7 digits, "1234 AB", "SW1A 1AA", "12-345" (checked loosely: letters and digits ≤ 8). */
function isPostal(t: string, tk: Tok): boolean {
  if (tk.k === 3) return true;
  if (tk.k !== 2) return false;
  const L = tk.e - tk.s;
  return L >= 3 && L <= 10 && isDigit(t.charCodeAt(tk.s));
}

function isCountryAt(t: string, toks: Tok[], k: number): number {
  const w = wordAt(t, toks[k]);
  const wd = words();
  if (toks[k + 1] && toks[k + 1].k === 1 && COUNTRY_FIRST.has(w)) {
    const two = w + ' ' + wordAt(t, toks[k + 1]);
    for (const c of COUNTRY2) if (c === two || (c.startsWith(two + ' ') && toks[k + 2] && c === two + ' ' + wordAt(t, toks[k + 2]))) return c.split(' ').length;
  }
  return wd.countries.has(w) ? 1 : 0;
}

/** The evidence tailAfter found (a module variable: no tuple per call). */
let TAIL_EV = 0;
/**
 * The rest of an address after its street: units, localities, regions, postal codes and countries on the same line
 * (after a comma or a space) or on the next lines. Returns the end of the last segment that is
 * clearly part of an address (a unit, a postal code, a region code, a country), and sets TAIL_EV to 2 per such segment (max 4).
 */
function tailAfter(t: string, n: number, p: number): number {
  let end = p;
  let ev = 0;
  let i = p;
  let blank = 0;
  for (let seg = 0; seg < 8; seg++) {
    // separator
    let j = i;
    let sawComma = false;
    let sawNl = false;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (isHSpace(c)) j++;
      else if (c === 44 && !sawComma) {
        sawComma = true;
        j++;
      } else if (c === 10 || c === 13) {
        if (c === 10) {
          if (sawNl) {
            if (blank >= 1) break;
            blank++;
          }
          sawNl = true;
          j++;
          // a bullet or quote mark that opens the line: "• ", "> ", "??? "
          let b = j;
          while (b < n && b - j < 4 && isBullet(t.charCodeAt(b))) b++;
          if (b > j && isHSpace(t.charCodeAt(b))) j = b;
          continue;
        }
        j++;
      } else break;
    }
    if (j >= n || j === i) break;
    // a segment: tokens up to the end of the line
    const lineTokS = j;
    TOKS.length = 0;
    {
      // read tokens from j (tokensAfter wants a leading space: start one char back when there is one)
      tokensAfter(t, j, n, 8, TOKS, true);
      if (!TOKS.length || TOKS[0].s !== lineTokS) break;
    }
    let k = 0;
    let strong = false;
    let segEnd = -1;
    // units and boxes, possibly two ("Suite 620 Apt. 581")
    for (let u = 0; u < 2; u++) {
      const ue = unitFrom(t, TOKS, k);
      const nk = UNIT_K;
      if (ue < 0) break;
      segEnd = ue;
      strong = true;
      k = nk;
    }
    // locality words, maybe a parenthesis, a region code, a postal code, a country
    let words0 = 0;
    while (k < TOKS.length) {
      const tk = TOKS[k];
      if (tk.k !== 1) {
        if (isPostal(t, tk)) {
          segEnd = tk.e;
          strong = true;
          k++;
          // "1234 AB"
          if (TOKS[k] && ((TOKS[k].k === 1 && TOKS[k].e - TOKS[k].s === 2 && letter(t.charCodeAt(TOKS[k].s)) === UP && letter(t.charCodeAt(TOKS[k].s + 1)) === UP) || TOKS[k].k === 3)) {
            segEnd = TOKS[k].e;
            k++;
          }
          continue;
        }
        break;
      }
      const w = wordAt(t, tk);
      const cn = isCountryAt(t, TOKS, k);
      if (cn) {
        segEnd = TOKS[k + cn - 1].e;
        strong = true;
        k += cn;
        words0++;
        continue;
      }
      const c0 = t.charCodeAt(tk.s);
      const L = tk.e - tk.s;
      // a region code: CO, QC, VIC (or Faker's "nan"), right before a postal code or at the segment end
      if (L >= 2 && L <= 3 && (k > 0 || sawComma) && (letter(t.charCodeAt(tk.s + 1)) === UP || w === 'nan') && letter(c0) === UP || (w === 'nan' && TOKS[k + 1] && TOKS[k + 1].k === 2)) {
        segEnd = tk.e;
        if (words0 > 0 || sawComma) strong = true;
        k++;
        words0++;
        continue;
      }
      if (words().stop.has(w) && letter(c0) !== UP) break;
      if (letter(c0) !== UP && !sawNl && !words().particle.has(w)) break;
      if (words0 >= 5) break;
      segEnd = tk.e;
      words0++;
      k++;
    }
    if (segEnd < 0) break;
    if (t.charCodeAt(segEnd - 1) === 46 && (isDigit(t.charCodeAt(segEnd - 2)) || letter(t.charCodeAt(segEnd - 2)) === UP)) segEnd--; // "… 62488." ends a sentence
    // a segment joined by a bare space must be a unit or end in a postal code or a country
    if (!sawComma && !sawNl && !strong) break;
    i = segEnd;
    if (strong) {
      end = segEnd;
      ev = Math.min(4, ev + 2);
    }
  }
  TAIL_EV = ev;
  return end;
}

const CUE_RE = /(?:address|lives?|living|located|situated|ship|send|sent|deliver|return|mail|moved?|moving|resid\w*|office is|drops? you off|meet (?:me|you)|pick (?:me|you) up|come to|visit)\W{0,3}(?:\w+\W{1,3}){0,3}$|\b(?:at|on)\W{1,3}(?:\w+\W{1,3})?$/i;

const MIL_RE = /[ADFadf][Pp][Oo] (?:AA|AE|AP|aa|ae|ap) \d{5}/g;
const STRONG_CUE_RE = /(?:\b(?:lives?|living|resides?|residing|located|moved|moving)\s+(?:on|at|to|in)|\baddress(?:\s+is)?\s*:?)\s*$/i;

/** k.replace(/\s+/g, ' '), without a new string when every space in it is already a single ' '. */
function spaced(k: string): string {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c > 32 && c < 0xa0) continue;
    if (c === 32 ? i + 1 < k.length && isSpaceLike(k.charCodeAt(i + 1)) : isSpaceLike(c)) return k.replace(/\s+/g, ' ');
  }
  return k;
}
/** The chars of \s (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceLike(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Returns sorted [start, end] pairs of the addresses found (any confidence), for the name pass to avoid. */
/** A day, its month and its year: "10 Feb 2026", "3rd February, 2026", "1 Sept. 2025". */
const DAY_MONTH_YEAR = /^\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})\.?,? (?:19|20)\d\d(?!\d)/;

function scanStreets(h: EnHost, taken: Int32Array, corners: number[], lowerText: boolean): Int32Array {
  const { t, n } = h;
  const found: number[] = [];
  let covered = -1;
  const rS = h.rS.a;
  const rE = h.rE.a;
  const emit = (s: number, e: number, score: number) => {
    const lab = h.label(s, 30) & K.ADDRESS ? 3 : 0;
    let sc = score + lab;
    if (sc < 3) return false;
    const c = lab ? 0.95 : sc >= 5 ? 0.9 : 0.85;
    h.add('jp_address', s, e, c, spaced(low(t, s, e)));
    found.push(s, e);
    covered = e;
    return true;
  };
  for (let r = 0; r < h.rS.n; r++) {
    const ds = rS[r];
    const de = rE[r];
    if (ds < covered || de - ds > 6) continue;
    const pc = ds > 0 ? t.charCodeAt(ds - 1) : 10;
    // a house number stands alone: not inside a word, price, time, decimal or another number
    if (letter(pc) || pc === 0x24 || pc === 0x2e || pc === 0x2c || pc === 0x3a || pc === 0x2f || pc === 0x2d || pc === 0x2b || pc === 0xa3 || pc === 0x20ac) continue;
    const nc = t.charCodeAt(de);
    if (!(isHSpace(nc) || nc === 44 || nc === 46 || nc === 10 || nc === 13 || Number.isNaN(nc) || letter(nc) === UP || nc === 0x2d || nc === 0x2f)) continue;
    // cheap shape test before any token work: a letter within two chars after, or a word right before
    const he0 = numberEnd(t, ds, n); // "12", "12A", "12-14", "13."
    // (a number alone in a tab-separated cell is a row number or a quantity, not a house number: "1\tHasegawa\tTomoe")
    if (t.charCodeAt(he0) === 9) continue;
    const after = he0 > 0 && isHSpace(t.charCodeAt(he0)) && (letter(t.charCodeAt(he0 + 1)) !== 0 || isDigit(t.charCodeAt(he0 + 1)));
    const before = ds >= 2 && isHSpace(pc) && pc !== 9 && (letter(t.charCodeAt(ds - 2)) || t.charCodeAt(ds - 2) === 46);
    if (!after && !before) continue;
    if (inSpans(taken, ds)) continue;
    const st = streetAround(t, n, ds, de);
    if (!st) continue;
    if (st.s < covered) continue;
    // (a date is no street: "On Tue, 10 Feb 2026", "week ending 13 Feb 2026")
    if (DAY_MONTH_YEAR.test(t.slice(st.s, st.s + 22))) continue;
    let e = st.e;
    let ev = 0;
    if (st.score) {
      e = tailAfter(t, n, st.e);
      ev = TAIL_EV;
    }
    let score = st.score + ev;
    if (score < 3) {
      // an address cue before it lends a point ("ship to", "meet me at"), a residence verb two ("lives on", "address is")
      const pre = t.slice(Math.max(0, st.s - 40), st.s);
      if (STRONG_CUE_RE.test(pre)) score += st.score ? 2 : 3;
      else if (st.score && CUE_RE.test(pre) && !/[.!?]\s[^.!?]*$/.test(pre.slice(-25))) score++;
    }
    if (e < st.e) e = st.e;
    if (emit(st.s, e, score)) r = Math.max(r, upperRun(rS, h.rS.n, e) - 1);
  }
  // military and post-office boxes: "PSC 3294, Box 9168\nAPO AA 61487", "USNS Bergman\nFPO AP 93757"
  if (h.rS.n > 0 && (h.capStarts.n > 0 || lowerText)) {
    MIL_RE.lastIndex = 0;
    for (let m = MIL_RE.exec(t); m; m = MIL_RE.exec(t)) militaryAt(m.index + 1);
  }
  function militaryAt(i: number) {
    const a = t.charCodeAt(i - 1) | 32;
    if (!(a === 97 || a === 102 || a === 100) || letter(t.charCodeAt(i - 2))) return; // APO FPO DPO
    const m = /^ (?:AA|AE|AP|aa|ae|ap) \d{5}/.exec(t.slice(i + 2, i + 11));
    if (!m) return;
    const e = i + 2 + m[0].length;
    let s = i - 1;
    // the line before: "PSC 0413, Box 8144", "Unit 4719 Box 7394", "USNS Bergman"
    // (the code opens its line, a space at most before it: only the two chars before are looked at, where
    // t.lastIndexOf read back to the text's start for every code on one long line)
    const ls = t.charCodeAt(s - 1) === 10 ? s - 1 : t.charCodeAt(s - 2) === 10 ? s - 2 : -1;
    if (ls >= 0) {
      const pl = t.lastIndexOf('\n', ls - 1) + 1;
      const prev = t.slice(pl, ls);
      const mm = /(?:psc \d+,? box \d+|unit \d+,? box \d+|us[a-z]{1,3} [\p{L}'-]+(?: [\p{L}'-]+)?)\s*$/iu.exec(prev);
      if (mm) s = pl + mm.index;
    }
    if (s < covered) return;
    h.add('jp_address', s, e, 0.9, low(t, s, e));
    found.push(s, e);
  }
  // "the corner of Kuusiku 7 and Alexander Flat"
  for (const i of corners) {
    const s = i + 10;
    tokensAfter(t, s - 1, n, 14, TOKS);
    let and = -1;
    let last = -1;
    let caps = 0;
    for (let k = 0; k < TOKS.length; k++) {
      const tk = TOKS[k];
      const w = wordAt(t, tk);
      if (w === 'and' && and < 0 && k > 0) {
        and = k;
        continue;
      }
      if (tk.k === 1 && words().stop.has(w)) break;
      if (tk.k === 1 && letter(t.charCodeAt(tk.s)) === UP) caps++;
      if (and >= 0) last = tk.e;
    }
    if (and < 0 || last < 0 || caps < 2) continue;
    h.add('jp_address', s, last, 0.85, low(t, s, last));
    found.push(s, last);
  }
  // addresses read back from their postcode: an Indian PIN after a city or state, an Irish Eircode
  postcodeAddresses(h, found, taken);
  // pairs sorted by start
  const idx = [];
  for (let k = 0; k < found.length; k += 2) idx.push(k);
  idx.sort((x, y) => found[x] - found[y]);
  const a = new Int32Array(found.length);
  idx.forEach((k, j) => {
    a[2 * j] = found[k];
    a[2 * j + 1] = found[k + 1];
  });
  return a;
}

/** Index of the first digit run starting at or after p. */
const upperRun = (rS: Int32Array, n: number, p: number) => lowerBound(rS, n, p);

// ---------------------------------------------------------------------------------------------------------------
// Names: a run of capitalised words (initials and particles allowed), judged by a given-name dictionary, a middle
// initial, cue words around it, its place in a record (alone on the first line of a block with contact data), a
// matching e-mail address, and names already found in the same text.

const T_WORD = 1;
const T_INIT = 2;
const T_PART = 3;
interface NTok {
  s: number;
  e: number;
  k: number;
}

/** Capitalised word at i ("Smith", "McDowell", "O'Neil", "Jean-Luc", "Ávalos"): its end, or -1. */
function capWordAt(t: string, i: number, n: number): number {
  const c0 = t.charCodeAt(i);
  const c1 = t.charCodeAt(i + 1);
  if (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122) {
    // the common case, an ASCII word: a tight loop, and the full reader only when it goes on past ASCII letters
    let j = i + 2;
    let c = t.charCodeAt(j);
    while (c >= 97 && c <= 122) c = t.charCodeAt(++j);
    if (!(c >= 0xc0 || c === 0x27 || c === 0x2019 || c === 0x2d || (c >= 65 && c <= 90))) return j - i < 30 ? j : -1;
    // a capital inside after three lower-case letters is a product or code name (FilePond, JavaScript), not a person;
    // McDowell, DeShawn, MacArthur, LeBron keep theirs after one or two (or "Mac")
    if (c >= 65 && c <= 90 && j - i >= 4 && !(j - i === 3 && t.startsWith('Mac', i))) return -1;
    // and the part after an inner capital is a word of its own (DeShawn), not more capitals (DeNA, McDONALD)
    if (c >= 65 && c <= 90 && !(t.charCodeAt(j + 1) >= 97 && t.charCodeAt(j + 1) <= 122)) return -1;
  }
  if (letter(c0) !== UP) return -1;
  // second letter lower case, or O'Neil / D'Angelo
  if (letter(c1) !== LO && !((c1 === 0x27 || c1 === 0x2019) && letter(t.charCodeAt(i + 2)) === UP && letter(t.charCodeAt(i + 3)) === LO)) return -1;
  const e = wordEnd(t, i, n);
  return e - i >= 2 && e - i < 30 ? e : -1;
}

const CHAIN: NTok[] = [];
/** The chain's token objects, reused for every chain (nothing keeps one past the next chainAt). */
const CHAIN_POOL: NTok[] = [];
function chainPush(s: number, e: number, k: number): void {
  const i = CHAIN.length;
  let o = CHAIN_POOL[i];
  if (!o) CHAIN_POOL.push((o = { s, e, k }));
  else {
    o.s = s;
    o.e = e;
    o.k = k;
  }
  CHAIN.push(o);
}
const hasInit = () => CHAIN.some((x) => x.k === T_INIT);
/** "Dyan van Gijn", "Ludwig von Mises": a van/von/ten/ter/der particle inside the run (de, da, del name places too). */
let CHAIN_T = '';
const germanicParticle = () => CHAIN.some((x) => x.k === T_PART && /^(?:van|von|ten|ter|der|den)$/i.test(CHAIN_T.slice(x.s, x.e)));
/** The run of name tokens starting at the capitalised word s (≤ 5 tokens, single spaces), into CHAIN. */
function chainAt(t: string, n: number, s: number, lowerOk: boolean): number {
  CHAIN.length = 0;
  let e = lowerOk ? wordEnd(t, s, n) : capWordAt(t, s, n);
  if (e < 0 || e === s) return -1;
  chainPush(s, e, T_WORD);
  while (CHAIN.length < 5) {
    const sp = t.charCodeAt(e);
    if (sp !== 32 && sp !== 0xa0) break;
    const j = e + 1;
    const c = t.charCodeAt(j);
    const l = letter(c);
    if (l === UP || (lowerOk && l === LO)) {
      const c1 = t.charCodeAt(j + 1);
      if (c1 === 46 && t.charCodeAt(j + 2) === 32 && letter(t.charCodeAt(j + 3))) {
        chainPush(j, j + 2, T_INIT); // "D."
        e = j + 2;
        continue;
      }
      if (c1 === 32 && letter(t.charCodeAt(j + 2)) === (lowerOk ? letter(t.charCodeAt(j + 2)) || 9 : UP) && letter(t.charCodeAt(j + 3)) === LO) {
        chainPush(j, j + 1, T_INIT); // "G" in "Ravil G Yefimov"
        e = j + 1;
        continue;
      }
      const we = lowerOk ? wordEnd(t, j, n) : capWordAt(t, j, n);
      if (we < 0 || we - j < 2) break;
      chainPush(j, we, T_WORD);
      e = we;
      continue;
    }
    if (l === LO) {
      const we = wordEnd(t, j, n);
      const nx = t.charCodeAt(we + 1);
      if (we - j <= 4 && words().particle.has(low(t, j, we)) && t.charCodeAt(we) === 32 && (letter(nx) === UP || (letter(nx) === LO && words().particle.has(low(t, we + 1, wordEnd(t, we + 1, n)))))) {
        chainPush(j, we, T_PART);
        e = we;
        continue;
      }
    }
    break;
  }
  // a chain never ends on an initial or a particle
  while (CHAIN.length > 1 && CHAIN[CHAIN.length - 1].k !== T_WORD) CHAIN.pop();
  return CHAIN[CHAIN.length - 1].e;
}

/** Street types written before the name that French and Polish write in lower case after the number (18 rue de Rivoli, 772 ul. Narewska). */
const LOWER_PRE = new Set('rue avenue boulevard allée chemin impasse quai cours place ul al pl os ulica aleja plac osiedle'.split(' '));
// Cue words right before a name (lower case; a trailing ':' or ',' is kept on the word), and right after it.
/** Honorifics of other languages and ranks, before a name as Mr is ("Herr Müller", "Mme Dubois", "Sgt. Okafor"). */
const HONOR2 = 'mister mme mlle madame monsieur herr frau sra srta señor señora signor signora sig dott rev capt sgt lt col hon ofc det officer judge'.split(' ');
const HONOR2_SET = new Set(HONOR2);
/** Plural person nouns before a list of names: "our 3 founders: Kónya, Becker and Vasquez". */
const LIST_CUE = new Set('founders: co-founders: cofounders: children: kids: parents: siblings: sons: daughters: grandchildren: friends: colleagues: coworkers: co-workers: authors: attendees: guests: speakers: witnesses: heirs: nominees: finalists:'.split(' '));
const CUE1 = new Set(
  'named called née nee dear hi hello hey mr mrs ms miss mx dr prof mr. mrs. ms. mx. dr. prof. sir madam signed attn attn: regards, sincerely, thanks, cheers, best, from: to: cc: author: contact: name: name? i\'m im said told asked thanked owner: holder: recipient: beneficiary: applicant: patient: employee: guardian: spouse: sender: payee: tenant: member: rep: representative: assignee: requester: reporter: signatory: analyst: ordering: officer: investigator: caseworker: physician: prescriber: pharmacist: attending: therapist: counselor: nurse: technician: defendant: plaintiff: petitioner: respondent: suspect: offender: complainant: decedent:'
    .split(' ')
    .concat([...LIST_CUE], HONOR2, HONOR2.map((w) => w + '.')),
);
const CUE2 = new Set(
  'name is|name was|i am|this is|call me|spoke with|spoke to|speak to|speak with|talk to|talked to|assistant to|ask for|care of|it\'s|was named|is named|known as|maiden name|named him|named her|calls me|call him|call her|calls him|calls her|name?|contact person|account holder|next of'.split('|'),
);
/** Two-word cues by their last word: has2(CUE2_BY, p1, p2) is CUE2.has(p2 + ' ' + p1) without building the string. */
function byLast(set: Set<string>): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const x of set) {
    const sp = x.indexOf(' ');
    if (sp < 0 || x.indexOf(' ', sp + 1) >= 0) continue; // one-word entries never equal "p2 p1"
    const last = x.slice(sp + 1);
    const l = m.get(last) ?? new Set<string>();
    l.add(x.slice(0, sp));
    m.set(last, l);
  }
  return m;
}
const has2 = (m: Map<string, Set<string>>, p1: string, p2: string) => m.get(p1)?.has(p2) === true;
const CUE2_BY = byLast(CUE2);
/** Cues that name someone outright: even a given name that is also a word is a name after them ("named him Frank"). */
const NAMING = new Set('named|called|name is|name was|named him|named her|calls me|call me|call him|call her|calls him|calls her|maiden name|known as|name:|name?'.split('|'));
const NAMING_BY = byLast(NAMING);
const WEAK1 = new Set(
  'by with to and under for said asked told tell ask met meet heard add contact call thank thanks via per about of me is as like from visit visited invited hired married congratulate follow leave'.split(' '),
);
const AFTER1 = new Set('said says wrote writes told tells asked asks replied is was has had lives lived works worked joined spent listed will would can could did does went got gave called emailed sent thinks thought just who'.split(' '));

/** Verbs whose object is a person ("met X Y") and whose subject is one ("X Y said"): enough for an unlisted two-word name. */
const PERSON_OBJ = new Set('met hired interviewed thanked told asked invited married contacted emailed phoned texted introduced congratulated visited helped paid greeted'.split(' '));
const PERSON_SUBJ = new Set('said says told asked wrote replied explained added noted stated confirmed insisted laughed smiled shouted whispered answered'.split(' '));
/** Verbs whose object is a person and hardly ever a firm or a place (not hired, paid, visited, contacted). */
const PERSON_ONLY_OBJ = new Set('married kissed hugged greeted texted phoned congratulated interviewed befriended dated divorced'.split(' '));
/** "assigned to", "prepared by" …: a two-word name after them is a person (a single word may be a company: "created by Mozilla"). */
const PERSON_BY = new Set('assigned created approved signed requested submitted reported prepared handled referred reviewed owned managed'.split(' '));
/** Roles and relations written right before a full name: "tennis player Hülya Bouwmeester", "my colleague Petr Kloz". */
const ROLE_BEFORE = new Set(
  'player singer actor actress author writer poet novelist artist painter musician composer rapper comedian dancer athlete footballer journalist reporter photographer director producer designer engineer scientist professor teacher doctor nurse lawyer attorney judge senator governor mayor minister president chairman chairwoman ceo founder co-founder entrepreneur businessman businesswoman colleague coworker friend neighbor neighbour boss brother sister mother father son daughter wife husband uncle aunt cousin nephew niece grandson granddaughter grandmother grandfather girlfriend boyfriend fiancé fiancée client customer patient tenant student coach captain chef detective inspector officer agent candidate suspect victim witness caseworker driver courier technician consultant advisor adviser manager supervisor recruiter landlord landlady dentist surgeon therapist pharmacist accountant solicitor notary broker realtor contractor plumber electrician nanny tutor mentor intern secretary assistant receptionist cashier pilot pastor priest rabbi imam reverend'.split(' '),
);
/** Family and people one knows, after a possessive: "my friend Jouni", "her brother Mark" (a lone word is a name there). */
const RELATION = new Set(
  'friend wife husband son daughter brother sister mother father mom dad mum uncle aunt cousin nephew niece grandson granddaughter grandmother grandfather grandma grandpa girlfriend boyfriend fiancé fiancée colleague coworker neighbor neighbour boss roommate stepson stepdaughter'.split(' '),
);
const POSSESSIVE = new Set('my our his her their your whose'.split(' '));
const SPEECH = new Set('said says wrote writes told tells asked asks replied lives lived works worked joined spent listed went got gave called emailed sent thinks thought'.split(' '));
/** First letters of the words that may follow a name and make it one (lives, married, is from, said …). */
const AFTER_FIRST = new Uint8Array(128);
for (const c of 'lmihjswtrgcedba') AFTER_FIRST[c.charCodeAt(0)] = 1;
function isParticleAt(t: string, i: number, n: number): boolean {
  const c0 = t.charCodeAt(i);
  if (!(c0 === 118 || c0 === 100 || c0 === 116 || c0 === 108 || c0 === 98 || c0 === 105 || c0 === 97 || c0 === 101 || c0 === 121)) return false; // v d t l b i a e y
  let e = i;
  while (e < n && e - i < 5 && letter(t.charCodeAt(e))) e++;
  if (e - i > 4 || e - i === 0 || letter(t.charCodeAt(e))) return false;
  const c = t.charCodeAt(i) | 32;
  if (!(c === 118 || c === 100 || c === 116 || c === 108 || c === 98 || c === 105 || c === 97 || c === 101 || c === 121)) return false; // v d t l b i a e y
  return words().particle.has(low(t, i, e));
}
const TITLE_AFTER =
  /^,? (?:\(|, )?(?:the |our |a )?(?:[A-Za-z]+ ){0,2}(?:ceo|cto|cfo|coo|president|founder|co-founder|director|manager|engineer|developer|designer|consultant|analyst|officer|assistant|secretary|lawyer|attorney|doctor|nurse|teacher|professor|writer|editor|representative|specialist|coordinator|administrator|accountant|partner|head|lead|chief|clerk|advisor|adviser)\b/i;
/** SIGN_OFF ends the 30 chars before s; tested only when the line before ends like one (… s|y|t, a mark, spaces). */
function signOffBefore(t: string, s: number): boolean {
  let i = s;
  while (i > 0 && (t.charCodeAt(i - 1) === 32 || t.charCodeAt(i - 1) === 9)) i--;
  if (i === 0 || t.charCodeAt(i - 1) !== 10) return false;
  i--;
  if (i > 0 && t.charCodeAt(i - 1) === 13) i--;
  while (i > 0 && (t.charCodeAt(i - 1) === 32 || t.charCodeAt(i - 1) === 9)) i--;
  let c = t.charCodeAt(i - 1);
  if (c === 44 || c === 46 || c === 33) c = t.charCodeAt(i - 2);
  c |= 32;
  if (c !== 115 && c !== 121 && c !== 116) return false; // regardS sincerelY thankS cheerS besT wisheS yourS
  return SIGN_OFF.test(t.slice(Math.max(0, s - 30), s));
}
/** A sign-off line right before: "Best regards,\n" then the name. */
const SIGN_OFF = /(?:regards|sincerely|thanks|cheers|best|wishes|yours)[,.!]?[ \t]*\r?\n[ \t]*$/i;
const VOCATIVE = /^, (?:can|could|would|will|please|do|are|have|did|is)\b/;
const PERSON_AFTER = /^ (?:lives (?:on|at|in)|lived (?:on|at|in)|is from|was born|married|had given|just has)\b/;
/** PERSON_AFTER at e, tested only after a space and one of the first letters of its words (l i w m h j). */
function personAfter(t: string, e: number): boolean {
  if (t.charCodeAt(e) !== 32) return false;
  const c = t.charCodeAt(e + 1);
  if (!(c === 108 || c === 105 || c === 119 || c === 109 || c === 104 || c === 106)) return false;
  return PERSON_AFTER.test(t.slice(e, e + 16));
}
/** Words that open a greeting or thanks: "Thanks, Apple!" addresses a firm as often as a person. */
const GREETING = new Set('hi hello hey dear thanks thank thx cheers congrats congratulations welcome bye goodbye sorry please ok okay yes no go'.split(' '));
/** ", " right before s, after an ordinary word: a name set off at the end of a sentence ("Remember me, Chelsea?"). */
function vocativeAfter(t: string, s: number): boolean {
  if (s < 3 || t.charCodeAt(s - 1) !== 32 || t.charCodeAt(s - 2) !== 44 || !letter(t.charCodeAt(s - 3))) return false;
  const ws = wordStart(t, s - 2, Math.max(0, s - 32));
  return !GREETING.has(low(t, ws, s - 2)) && !(t.charCodeAt(ws - 1) === 32 && GREETING.has(low(t, wordStart(t, ws - 1, Math.max(0, ws - 31)), ws - 1)));
}
/**
 * What a person has and a firm or a thing rarely does, after a possessive: "Ann's wife", "Meza's song" (1); and what
 * anyone may have, a name only when the word is a given name or the run a full name: "Matej's address" (2).
 */
const POSSESSED = new Map<string, number>();
for (const w of 'wife husband son daughter mother father brother sister mom dad mum parents kids children girlfriend boyfriend fiancé fiancée widow grandmother grandfather birthday funeral childhood memoir biography song songs poem poems'.split(' ')) POSSESSED.set(w, 1);
// the rest of a life, as general as the above: kin, and what only a person is born to, marries, dies of or leaves behind
for (const w of 'sons daughters brothers sisters grandson granddaughter grandchildren grandparents nephew niece cousin uncle aunt twin stepfather stepmother stepson stepdaughter ex-wife ex-husband wedding divorce pregnancy murder murderer killer killers assassination assassin grave obituary autobiography diary'.split(' ')) POSSESSED.set(w, 1);
for (const w of 'address phone family voice signature passport'.split(' ')) POSSESSED.set(w, 2);
// what a customer has on file (3): a name only when its words read as names ("Clemency Pargeter's application")
for (const w of 'application account order appointment file record details request case claim payment card number letter complaint visa licence license salary contract mortgage loan booking reservation ticket policy'.split(' ')) POSSESSED.set(w, 3);
/** A possessive 's (or ’s) at e followed by a POSSESSED word: its kind (1, 2), or 0. */
function possessedAfter(t: string, e: number, n: number): number {
  const a = t.charCodeAt(e);
  if (!(a === 39 || a === 0x2019) || t.charCodeAt(e + 1) !== 115 || t.charCodeAt(e + 2) !== 32) return 0;
  const we = wordEnd(t, e + 3, n);
  return we > e + 3 && letter(t.charCodeAt(e + 3)) === LO ? (POSSESSED.get(low(t, e + 3, we)) ?? 0) : 0;
}
/** "his" / "her" / "he" / "she" within the next four words of the sentence. */
function pronounAfter(t: string, e: number, n: number): boolean {
  let i = e;
  for (let k = 0; k < 4 && i < n; k++) {
    while (i < n && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 44)) i++;
    const we = wordEnd(t, i, n);
    if (we === i) return false;
    const w = low(t, i, we);
    if (w === 'his' || w === 'her' || w === 'he' || w === 'she' || w === 'him' || w === 'himself' || w === 'herself') return true;
    i = we;
  }
  return false;
}

/**
 * Verbs whose subject is a person far more often than a firm, a place or a program (lives, married, smiled, retired …;
 * not said, wants, thinks, loves: firms and programs do those too), all starting with a letter of AFTER_FIRST (the fast
 * path looks at that letter first); an adverb may stand between.
 */
const HUMAN_VERB = new Set(
  'lives lived married smiled smiles laughed laughs cried sighed nodded shrugged whispered shouted remembered wondered hoped graduated retired died'.split(' '),
);
const ADVERB = new Set('just also still never always really then finally once later already'.split(' '));
/** After e: a single space and a HUMAN_VERB, or an ADVERB and then one ("Akifumi just decided"). */
function humanVerbAfter(t: string, e: number, n: number): boolean {
  if (t.charCodeAt(e) !== 32) return false;
  const c = t.charCodeAt(e + 1);
  if (!(c < 128 && AFTER_FIRST[c] === 1)) return false;
  const we = wordEnd(t, e + 1, n);
  const w = low(t, e + 1, we);
  if (HUMAN_VERB.has(w)) return true;
  return ADVERB.has(w) && t.charCodeAt(we) === 32 && HUMAN_VERB.has(low(t, we + 1, wordEnd(t, we + 1, n)));
}
/**
 * What a named person does, read after a full name whose words all read as names: "Evander Mbeki has not replied",
 * "Ignatius Oyelaran joined the board". An auxiliary and adverbs may stand between (has, will, did; not, just, never).
 * Verbs that firms and places do as often (announced, signed, reported, is, has) are not here.
 */
const PERSON_VERB = new Set(
  'replied reply asked ask told tell wrote write emailed email phoned phone called call texted text joined join apologised apologized apologise apologize complained complain insisted resigned resign retired retire married marry smiled laughed died graduated promised promise wants wanted needs needed said say says thinks thought'.split(' '),
);
const AUX = new Set('has had have will would did does could can should may might'.split(' '));
const NEG_ADV = new Set('not never also just already still really finally always often'.split(' '));
function personVerbPhrase(t: string, e: number, n: number): boolean {
  let i = e;
  for (let k = 0; k < 4; k++) {
    if (t.charCodeAt(i) !== 32 || letter(t.charCodeAt(i + 1)) !== LO) return false;
    const we = wordEnd(t, i + 1, n);
    const w = low(t, i + 1, we);
    // a bare "call", "tell", "want" after the name is a verb only after an auxiliary ("Did X call?" is not read here)
    if (PERSON_VERB.has(w)) {
      const L = w.length;
      return k > 0 || w.charCodeAt(L - 1) === 115 || (w.charCodeAt(L - 1) === 100 && w.charCodeAt(L - 2) === 101) || w === 'told' || w === 'wrote' || w === 'thought' || w === 'said';
    }
    if (!(AUX.has(w) && k === 0) && !NEG_ADV.has(w)) return false;
    i = we;
  }
  return false;
}
/** Greetings and thanks that a name set off by a comma or a mark follows: "Sorry Zadie,", "Thanks, Oriel!" */
const VOC_GREET = new Set('sorry thanks thanks, congrats congratulations welcome bye goodbye morning evening night'.split(' '));

/** Words that open a sentence before anything, a name included ("But", "Yesterday", "When"): never part of a phrase. */
const OPENER = new Set('but and or so then when if while after before because although though however yesterday today tomorrow later meanwhile since until unless once also still now'.split(' '));
/** s opens a sentence: the text or a line starts there, or '.', '!', '?' or an opening quote is before it. */
function sentenceOpens(t: string, s: number): boolean {
  let i = s;
  while (i > 0 && (t.charCodeAt(i - 1) === 32 || t.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return true;
  const c = t.charCodeAt(i - 1);
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 0x22 || c === 0x201c;
}
/** Lower-case words that a place, a firm, a work or an event follows more often than a person. */
const THING_BEFORE = new Set('in at from to into onto on near of off across through throughout around toward towards via within outside inside beyond along between for visit visited visiting serving'.split(' '));
/** Verbs before "to" that a person follows, not a place: "wrote to", "married to", "reports to". */
const TO_PERSON = new Set('talk talked talking speak spoke speaking write wrote writes written reply replied replies married engaged belongs belonged addressed introduced listen listened report reports reported apologized apologised lied explained waved'.split(' '));
/** Words before "from" / "for" that a person follows, not a place: "a complaint from", "heard from", "a reminder for". */
const FROM_PERSON = new Set('email e-mail message letter call note reply response feedback complaint request update heard voicemail text'.split(' '));
const FOR_PERSON = new Set('reminder message note gift present appointment letter'.split(' '));
/** s follows a single space and a lower-case word p1 (letters only, not THING_BEFORE): s is inside a sentence. */
function inRunningText(t: string, s: number, p1: string, p2: string): boolean {
  if (!p1 || t.charCodeAt(s - 1) !== 32 || (THING_BEFORE.has(p1) && !(p1 === 'to' && TO_PERSON.has(p2)) && !(p1 === 'from' && FROM_PERSON.has(p2)) && !(p1 === 'for' && FOR_PERSON.has(p2))) || p1.charCodeAt(0) === 126) return false;
  // … or a comma after it: "Before signing, X Y read", "According to his file, X Y moved"
  const c = t.charCodeAt(s - 2) === 44 ? t.charCodeAt(s - 3) : t.charCodeAt(s - 2);
  if (!(letter(c) === LO)) return false;
  // the word before is lower case, or opens the sentence ("But", "Ask" before the name)
  const ws = s - 1 - p1.length;
  if (letter(t.charCodeAt(ws)) !== LO && !sentenceOpens(t, ws)) return false;
  for (const tk of CHAIN) if (tk.k === T_WORD && ordinaryWord(t, tk.s, tk.e)) return false;
  // after a comma the words must read clearly as names (a margin below the word model's cut): product names follow
  // clauses too ("… option, Vite Node forwards")
  if (t.charCodeAt(s - 2) === 44) for (const tk of CHAIN) if (tk.k === T_WORD && enWordScore(t, tk.s, tk.e) > EN_WORD_MIN - 6) return false;
  return true;
}

/** The text being scanned is all lower case (set by scanPersons): honorifics are lower case there too. */
let LOWER_TEXT = false;
const HONOR = new Set('mr mrs ms miss mx dr prof sir madam'.split(' '));
/** The lower-cased word after a single space at e, or ''. */
function nextWordAt(t: string, e: number, n: number): string {
  return t.charCodeAt(e) === 32 ? low(t, e + 1, wordEnd(t, e + 1, n)) : '';
}

/**
 * The one or two words before s on its line, lower-cased, with a ':' or ',' right after the word kept: into PW1, PW2.
 * Interned strings (no slice, no concatenation for a word seen before); asked several times per name, read once.
 */
let PW1 = '';
let PW2 = '';
let PW_SCAN = -1;
let PW_AT = -1;
/** Where the second word is read from (-1: there is none), and whether PW2 has been read. */
let PW_NEXT = -1;
let PW_HAS2 = false;
/** PW1 only (the second word is read by prevWords when asked). */
function prevWord1(t: string, s: number): void {
  if (PW_SCAN === SCAN && PW_AT === s) return;
  PW_SCAN = SCAN;
  PW_AT = s;
  PW1 = PW2 = '';
  PW_HAS2 = false;
  PW_NEXT = -1;
  let j = s;
  while (j > 0 && (t.charCodeAt(j - 1) === 32 || t.charCodeAt(j - 1) === 9)) j--;
  if (j === s && j > 0 && t.charCodeAt(j - 1) !== 10) return;
  const ws = prevWordAt(t, j);
  if (ws < 0) return;
  PW1 = PW_X;
  if (!PW_PUNCT) PW_NEXT = ws;
}
function prevWords(t: string, s: number): void {
  prevWord1(t, s);
  if (PW_HAS2) return;
  PW_HAS2 = true;
  if (PW_NEXT < 0) return;
  let j = PW_NEXT;
  while (j > 0 && (t.charCodeAt(j - 1) === 32 || t.charCodeAt(j - 1) === 9)) j--;
  if (prevWordAt(t, j) >= 0) PW2 = PW_X;
}
/** An honorific (Mr, ms, Dr …: 2–4 letters) ends at p. */
function honorBefore(t: string, p: number): boolean {
  // most periods end an ordinary word: an honorific ends in r, s, x or f (Mr Mrs Ms Miss Mx Dr Prof Sir) …
  const c = t.charCodeAt(p - 1) | 32;
  if (c === 114 || c === 115 || c === 120 || c === 102) {
    const ws = wordStart(t, p, Math.max(0, p - 5));
    return p - ws >= 2 && p - ws <= 4 && HONOR.has(low(t, ws, p));
  }
  // … or, capitalised and short, in a, t, v, l or g (Sra. Capt. Sgt. Lt. Col. Rev. Sig. Dott.): a capital is looked at
  // before any word is read, as sentences end in these letters all the time
  if (!(c === 97 || c === 116 || c === 118 || c === 108 || c === 103)) return false;
  const ws = wordStart(t, p, Math.max(0, p - 5));
  return p - ws >= 2 && p - ws <= 4 && letter(t.charCodeAt(ws)) === UP && HONOR2_SET.has(low(t, ws, p));
}
/** The lower-case honorific [ws, p) is written as one: '.', one space, a capital; a word (not "in") before it. */
function lowerHonor(t: string, ws: number, p: number): boolean {
  if (t.charCodeAt(p) !== 46 || t.charCodeAt(p + 1) !== 32 || letter(t.charCodeAt(p + 2)) !== UP) return false;
  if (ws < 2 || t.charCodeAt(ws - 1) !== 32 || !letter(t.charCodeAt(ws - 2))) return false;
  const pw = wordStart(t, ws - 1, Math.max(0, ws - 31));
  return !(ws - 1 - pw === 2 && low(t, pw, ws - 1) === 'in');
}
let PW_X = '';
let PW_PUNCT = false;
/** The word ending at j (spaces skipped), with a ':' ',' '?' '.' right after it kept, into PW_X: its start, or -1. */
function prevWordAt(t: string, j: number): number {
  let p = j;
  const pc = t.charCodeAt(p - 1);
  // ':' ',' '?' '.' right after the word are kept on it: "name:", "regards,", "name?", "Mr." (but "miss." is not "Miss")
  const punct = pc === 58 || pc === 44 || pc === 63 || pc === 46;
  if (punct) p--;
  const ws = wordStart(t, p, Math.max(0, p - 30));
  if (ws === p) return -1;
  const w = low(t, ws, p);
  const wp = punct ? low(t, ws, p + 1) : w;
  // honorifics count capitalised only: "Ms. Lee", not "in ms. Items …"
  // … but a lower-case one with its period, one space and a capital after it, after a word, is one ("with ms. Lee";
  // not "in ms. Items", "30 ms. Then")
  // … and the other honorifics count capitalised only ("Col. Sanders", not "see col. Total")
  PW_X = (HONOR.has(w) && letter(t.charCodeAt(ws)) !== UP && !LOWER_TEXT && !lowerHonor(t, ws, p)) || (HONOR2_SET.has(w) && letter(t.charCodeAt(ws)) !== UP && !LOWER_TEXT) ? '~' + wp : wp;
  PW_PUNCT = punct;
  return ws;
}

/** Latin words, none of them capitalised: a lower-cased message. Native scans only (no loop over Japanese text). */
function textIsLower(t: string): boolean {
  return /[a-z\u00df-\u00ff]{2}/.test(t) && !/[A-Z\u00c0-\u00d6\u00d8-\u00de]/.test(t);
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** pii, emailAt: what takenSpans collected from h.out[0, before); the findings added since are read here. */
function scanPersons(h: EnHost, taken: Int32Array, addr: Int32Array, extra: number[], lowerText: boolean, pii: number[], emailAt: number[], before: number): void {
  const { t, n } = h;
  const wd = words();
  // candidate starts: ASCII capitalised words from pass 1, plus words opening with a non-ASCII capital (Ávalos, Łukasz)
  let starts: Int32Array = h.capStarts.a.subarray(0, h.capStarts.n);
  LOWER_TEXT = lowerText;
  if (lowerText) {
    // a lower-cased message ("follow up with patricia desrosiers"): every word may start a name
    const st: number[] = [];
    const re = /[a-z\u00df-\u024f]+/g;
    for (let m = re.exec(t); m; m = re.exec(t)) if (!letter(t.charCodeAt(m.index - 1)) && t.charCodeAt(m.index - 1) !== 39) st.push(m.index);
    starts = Int32Array.from(st);
  } else {
    if (extra.length) {
      // both ascending: merged in one pass, equal starts once
      const all = new Int32Array(starts.length + extra.length);
      let k = 0;
      let a = 0;
      let b = 0;
      while (a < starts.length || b < extra.length) {
        const x = b >= extra.length || (a < starts.length && starts[a] <= extra[b]) ? starts[a++] : extra[b++];
        if (k === 0 || all[k - 1] !== x) all[k++] = x;
      }
      starts = all.subarray(0, k);
    }
  }
  if (!starts.length) return;

  // contact data, for records and signatures: a name alone on a line right above it is that person's
  for (let i = before; i < h.out.length; i++) {
    const f = h.out[i];
    if (f.confidence >= 0.8 && (f.type === 'email' || f.type === 'phone' || f.type === 'jp_address' || f.type === 'credit_card')) pii.push(f.start);
  }
  for (let k = 0; k < addr.length; k += 2) pii.push(addr[k]);
  const piiSorted = Int32Array.from(pii).sort(); // (a typed array sorts numerically, no comparator calls)
  // e-mail local parts (folded) by position: a name is compared only with the addresses near it
  // each folded on first use, and only those a name is compared with (those near it), not every address of the text
  const emailLocals: (string | undefined)[] = new Array(emailAt.length);
  const locals = (k: number) => (emailLocals[k] ??= fold(t.slice(emailAt[k], t.indexOf('@', emailAt[k]))).replace(/[^a-z]/g, ''));

  const found: { s: number; e: number; c: number; words: string[]; key?: string }[] = [];
  let lastEnd = -1;
  // inSpans(addr, s) / inSpans(taken, s) with cursors: the starts ascend, so the pairs opened so far only grow
  let ca = 0;
  let ct = 0;
  const na = addr.length >> 1;
  const nt = taken.length >> 1;
  for (let si = 0; si < starts.length; si++) {
    const s = starts[si];
    if (s < lastEnd) continue;
    while (ca < na && addr[2 * ca] <= s) ca++;
    if (ca > 0 && s < addr[2 * ca - 1]) continue;
    while (ct < nt && taken[2 * ct] <= s) ct++;
    if (ct > 0 && s < taken[2 * ct - 1]) continue;
    // leading words that are never names ("The", "Dear", "Monday") are skipped: the next start takes over
    const e0 = lowerText ? wordEnd(t, s, n) : capWordAt(t, s, n);
    if (e0 < 0) continue;
    if (!lowerText) {
      // fast path for the common case, a lone capitalised word that is not a given name ("The quick", "Our new"):
      // only a cue word right before it, or ':' ',' or a verb like "lives" right after it, can make it a name
      const c1 = t.charCodeAt(e0);
      const c2 = t.charCodeAt(e0 + 1);
      // a particle after the word ("Dyan van Gijn"), read once for both tests below
      const part = c1 === 32 && letter(c2) === LO && isParticleAt(t, e0 + 1, n);
      if (!(c1 === 32 && letter(c2) === UP) && !(part && t.charCodeAt(e0 + 2) !== 32)) {
        const pc = s >= 2 && t.charCodeAt(s - 1) === 32 ? t.charCodeAt(s - 2) : 46;
        const cueMaybe = letter(pc) !== 0 || pc === 58 || pc === 44 || pc === 63 || (pc === 46 && honorBefore(t, s - 2));
        const nextMaybe = c1 === 58 || c1 === 44 || c1 === 39 || c1 === 0x2019 || (c1 === 32 && c2 < 128 && AFTER_FIRST[c2] === 1);
        // the given-name lookup, once (-1: not made yet)
        let gk = -1;
        if (!cueMaybe && !nextMaybe && (gk = givenKind(t, s, e0)) === 0) {
          lastEnd = e0;
          continue;
        }
        // the same for any other lone word that is not a given name ("Persint is", ". The company"): it is a name only
        // after a cue word (CUE1, or the last word of a CUE2 pair, or a sign-off line), or as "Word:" / "Word, can …"
        // opening a line, or before a PERSON_AFTER verb; the chain stays one word when no no-break space or particle follows
        if (c1 !== 0xa0 && !part && (gk < 0 ? givenKind(t, s, e0) : gk) === 0) {
          prevWord1(t, s);
          const p1 = PW1;
          const cue = CUE1.has(p1) || CUE2_BY.has(p1) || RELATION.has(p1) || PERSON_ONLY_OBJ.has(p1) || (p1 === '' && signOffBefore(t, s));
          if (!cue && !(p1 === '' && (c1 === 58 || c1 === 44)) && !personAfter(t, e0) && possessedAfter(t, e0, n) === 0 && !humanVerbAfter(t, e0, n) && !emailNear(emailAt, e0) && !roleAfter(t, e0, n) && !loneCueMaybe(t, e0, n, p1)) {
            lastEnd = e0;
            continue;
          }
        }
      }
    }
    const wf0 = wordFlags(t, s, e0);
    if (wf0 & F_NOT) continue;
    // a sentence opening with an ordinary word, or any unlisted word before a given name ("Ask Dorota Zielonka", "Call
    // Ingrid"): the word is capitalised for the sentence, not as part of the name, and the next word starts the run
    if (!lowerText && t.charCodeAt(e0) === 32 && letter(t.charCodeAt(e0 + 1)) === UP && sentenceOpens(t, s) && givenKind(t, s, e0) === 0 && (givenKind(t, e0 + 1, capWordAt(t, e0 + 1, n)) === 1 || OPENER.has(low(t, s, e0)) || ordinaryWord(t, s, e0))) continue;
    // … and anywhere, a role before a given name: "Summary: Employee Daniel Whitfield was", "· Owner Ashley Kowalski"
    if (!lowerText && t.charCodeAt(e0) === 32 && letter(t.charCodeAt(e0 + 1)) === UP && PERSON_NOUN.has(low(t, s, e0)) && givenKind(t, e0 + 1, capWordAt(t, e0 + 1, n)) === 1) continue;
    const end = chainAt(t, n, s, lowerText);
    if (end < 0) continue;
    CHAIN_T = t;
    lastEnd = end;
    // cut the chain before a word that is never a name, a country, or an organisation/street word (and veto on those)
    let veto = false;
    let cut = CHAIN.length;
    for (let k = 1; k < CHAIN.length; k++) {
      if (CHAIN[k].k !== T_WORD) continue;
      const wf = wordFlags(t, CHAIN[k].s, CHAIN[k].e);
      if (wf & (F_ORG | F_POST2 | F_COUNTRY) || (wf & F_POST1 && !hasInit())) {
        veto = true;
        break;
      }
      if (wf & F_NOT) {
        cut = k;
        break;
      }
    }
    if (veto) continue;
    while (cut > 1 && CHAIN[cut - 1].k !== T_WORD) cut--;
    CHAIN.length = cut;
    let e = CHAIN[cut - 1].e;
    lastEnd = e;
    // what follows: a street or organisation word makes the run a place or a company ("Philip Bypass", "Russell Investments")
    const nx = e + 1 < n && t.charCodeAt(e) === 32 ? wordEnd(t, e + 1, n) : e + 1;
    if (nx > e + 1) {
      if (wordFlags(t, e + 1, nx) & (F_POST2 | F_POST1 | F_ORG) && letter(t.charCodeAt(e + 1)) === UP) continue;
    }
    if (jaOrgAfter(t, e, n)) continue;
    if (wf0 & (F_ORG | F_COUNTRY | F_PRE)) continue; // CHAIN[0] is [s, e0)
    // a country of two words whose first may be a given name ("Sierra Leone", "Costa Rica", "San Marino")
    if (CHAIN.length === 2 && COUNTRY_FIRST.has(low(t, s, e0)) && COUNTRY2_SET.has(low(t, s, e))) continue;
    // what precedes: a house number or a street-type word ("1317 Kimberly Way", "Avenida Pedro Ulisses")
    if (s >= 2 && t.charCodeAt(s - 1) === 32 && isDigit(t.charCodeAt(s - 2))) continue;
    const pw0 = s >= 2 && t.charCodeAt(s - 1) === 32 ? wordStart(t, s - 1 - (t.charCodeAt(s - 2) === 46 ? 1 : 0), Math.max(0, s - 30)) : s;
    if (pw0 < s - 1 && wordFlags(t, pw0, t.charCodeAt(s - 2) === 46 ? s - 2 : s - 1) & F_PRE) continue;

    // "the Davis … Orchestra", "The Princess Royal": a determiner before a capitalised run makes it a thing or a title
    {
      prevWord1(t, s);
      const p1 = PW1;
      if (p1 === 'the' || p1 === 'a' || p1 === 'an' || p1 === 'this' || p1 === 'our' || p1 === 'their' || p1 === 'its') continue;
      // the rest of a capitalised phrase that opened with a non-name word: "National Van Lines", "Southern Poland"
      // (but a sentence may open with a word like "But" or "Yesterday" before a name: "But Dorota Zielonka left")
      if (p1 && wd.notName.has(p1) && !CUE1.has(p1) && !WEAK1.has(p1) && !VOC_GREET.has(p1) && !(PERSON_NOUN.has(p1) && givenKind(t, s, e0) === 1) && letter(t.charCodeAt(wordStart(t, s - 1, Math.max(0, s - 31)))) === UP && !((OPENER.has(p1) || AUX.has(p1)) && sentenceOpens(t, wordStart(t, s - 1, Math.max(0, s - 31))))) continue;
    }
    let nW = 0;
    let init = false;
    for (const tk of CHAIN) {
      if (tk.k === T_WORD) nW++;
      else if (tk.k === T_INIT) init = true;
    }
    const g = givenKind(t, CHAIN[0].s, CHAIN[0].e);
    let c = 0;
    if (lowerText) {
      // lower-cased text: only a listed given name followed by a surname-like word, or a name after a strong cue
      prevWords(t, s);
      const p1 = PW1;
      const p2 = PW2;
      const strong = CUE1.has(p1) || has2(CUE2_BY, p1, p2);
      if (strong) c = 0.85;
      else if (g === 1 && nW >= 2 && !AFTER1.has(low(t, CHAIN[1].s, CHAIN[1].e))) c = 0.8;
      else if (g === 1 && (personAfter(t, e) || (e - s >= 4 && (WEAK1.has(p1) || SPEECH.has(low(t, e + 1, wordEnd(t, e + 1, n))))))) c = 0.85;
      else if (nW >= 2 && p1 === '' && lineOpens(t, s) && blockOpens(t, s) && /^[ \t]*\r?\n/.test(t.slice(e, e + 4)) && blockHasPii(t, piiSorted, e)) c = 0.85;
    } else if (nW >= 2 && (init || g === 1)) c = 0.85;
    else if (nW === 1 && g === 1 && !init && !(t.charCodeAt(e) === 32 && isDigit(t.charCodeAt(e + 1)))) c = 0.8;
    else {
      prevWords(t, s);
      const p1 = PW1;
      const p2 = PW2;
      const kin = RELATION.has(p1) && POSSESSIVE.has(p2);
      // a role or relation noun as a label or set off before the name: "Caseworker: X Y", "Our driver, X Y, will"
      const role = roleCue(p1) && (p1.charCodeAt(p1.length - 1) === 58 || endsClause(t, e, n)) && !(nW === 1 && (g === 2 || ordinaryWord(t, s, e)));
      const strong = CUE1.has(p1) || has2(CUE2_BY, p1, p2) || (p1 === '' && signOffBefore(t, s)) || kin || role;
      // a greeting names someone only when the word is set off like a name: "Hi Ubul," but not "Hello World"
      const greetOnly = (p1 === 'hi' || p1 === 'hello' || p1 === 'hey') && nW === 1 && g === 0 && t.charCodeAt(e) !== 44;
      // (a team or a state after a field label or Dear, or any words all ordinary, is no one: "Owner: Marketing Ops",
      // "Dear Customer Service"; one word after a title is a surname: "Dr. Wells")
      // (a given name that is also a word is a name when greeted and set off: "Hi Grace,", "Hi Mark,")
      const greeted = (p1 === 'hi' || p1 === 'hello' || p1 === 'hey' || p1 === 'dear') && nW === 1 && t.charCodeAt(e) === 44;
      if (strong && !greetOnly && (kin || greeted || !(nW === 1 && g === 2 && !NAMING.has(p1) && !has2(NAMING_BY, p1, p2))) && !((p1 === 'dear' || p1.charCodeAt(p1.length - 1) === 58 || nW >= 2) && ordinaryPhrase(t, s, e))) c = nW >= 2 ? 0.9 : 0.85;
      else if (nW >= 2) {
        const lastW = CHAIN[CHAIN.length - 1];
        const lw = low(t, lastW.s, lastW.e);
        const suffix = SURNAME_END.test(lw) || (lw.length >= 5 && ROMAJI.test(lw) && ROMAJI.test(low(t, CHAIN[0].s, CHAIN[0].e)));
        if (germanicParticle()) c = 0.85;
        let nonAscii = false;
        for (let i = s; i < e && !nonAscii; i++) if (t.charCodeAt(i) >= 0xc0) nonAscii = true;
        // a given name that is also a word ("Bob", "Grace", "Dev") needs a surname-like second word or a cue word
        if (g === 2 && (suffix || WEAK1.has(p1) || AFTER1.has(nextWordAt(t, e, n)))) c = 0.8;
        const lineStart = p1 === '' && (s === 0 || lineOpens(t, s));
        const lineEnd = e >= n || t.charCodeAt(e) === 10 || t.charCodeAt(e) === 13 || ((t.charCodeAt(e) === 32 || t.charCodeAt(e) === 9) && /^[ \t]*(?:\r?\n|$)/.test(t.slice(e, e + 8)));
        if (c < 0.8 && lineStart && lineEnd && blockOpens(t, s) && blockHasPii(t, piiSorted, e)) c = 0.85;
        if (c < 0.8 && emailAt.length && matchesEmail(t, emailAt, locals, s)) c = 0.9;
        if (c < 0.8 && (suffix || nonAscii)) {
          const nw = e + 1 < n && t.charCodeAt(e) === 32 ? low(t, e + 1, wordEnd(t, e + 1, n)) : '';
          const afterCue = ((t.charCodeAt(e) === 39 || t.charCodeAt(e) === 0x2019) && (t.charCodeAt(e + 1) | 32) === 115) || AFTER1.has(nw);
          if (WEAK1.has(p1) || afterCue || (suffix && nonAscii)) c = 0.85;
        }
        // verbs that take or make a person: "we hired Kaito Mori", "Tuula Hakala said"
        if (c < 0.8 && (PERSON_OBJ.has(p1) || ROLE_BEFORE.has(p1) || (p1 === 'with' && (p2 === 'spoke' || p2 === 'met' || p2 === 'up')) || ((p1 === 'by' || p1 === 'to') && PERSON_BY.has(p2)) || PERSON_SUBJ.has(nextWordAt(t, e, n)))) c = 0.85;
        // a pronoun right after: "Ubul Csonka listed his top 20"; a job title: "Jane Roe, CEO", "X, the technical writer"
        const pk = possessedAfter(t, e, n);
        if (c < 0.8 && (pronounAfter(t, e, n) || pk === 1 || pk === 2 || (pk === 3 && !CHAIN.some((tk) => tk.k === T_WORD && ordinaryWord(t, tk.s, tk.e))) || ((t.charCodeAt(e) === 44 || t.charCodeAt(e) === 32) && TITLE_AFTER.test(t.slice(e, e + 40))))) c = 0.85;
        // a full name in running text: two or three capitalised words right after a lower-case word that is not one a
        // place, a firm or a title follows ("heard Petr Kloz speak", but not "in New Zealand", "for Entertainment Weekly")
        if (c < 0.8 && nW <= 3 && g === 0 && inRunningText(t, s, p1, p2)) c = 0.8;
        // an age set off after it, as news writes people: "Ksawery Wnukowski, 34, was …"
        if (c < 0.8 && nW <= 3 && ageAfter(t, e) && !CHAIN.some((tk) => tk.k === T_WORD && ordinaryWord(t, tk.s, tk.e))) c = 0.85;
        // … or followed by what people do: "Radomir Wnukowski smiled", "Dorota Zielonka just retired"
        if (c < 0.8 && nW <= 3 && humanVerbAfter(t, e, n) && !CHAIN.some((tk) => tk.k === T_WORD && ordinaryWord(t, tk.s, tk.e))) c = 0.85;
        // … or by the cues of fullNameMore (family name first, contact data, ", who", a person's verb phrase)
        if (c < 0.8 && nW <= 3) c = fullNameMore(t, n, s, e, p1, g, lastW, piiSorted);
      } else if (t.charCodeAt(e) === 58 && p1 === '' && lineOpens(t, s) && saysSomething(t, e + 1, n) && speakerLines(t, n) >= 2) c = 0.85; // "Nicole: …"
      else if (g !== 2 && p1 === '' && lineOpens(t, s) && t.charCodeAt(e) === 44 && t.charCodeAt(e + 1) === 32 && VOCATIVE.test(t.slice(e, e + 12)) && !(t.charCodeAt(e - 1) === 121 && t.charCodeAt(e - 2) === 108)) c = 0.85; // "Leif, can I …"
      else if (g !== 2 && personAfter(t, e)) c = 0.85; // "Trivo lives on …"
      else if (g === 0 && humanVerbAfter(t, e, n) && !ordinaryWord(t, s, e)) c = 0.8; // "Ksawery smiled"
      else if (g === 0 && PERSON_ONLY_OBJ.has(p1) && !ordinaryWord(t, s, e)) c = 0.8; // "she married Ksawery"
      else if (g !== 2 && roleAfter(t, e, n) && !ordinaryWord(t, s, e)) c = 0.85; // "Ksawery, our designer, …"
      else if (g !== 2 && e - s >= 4 && emailNear(emailAt, e) && localHas(t, emailAt, locals, e, s, e) && !ordinaryWord(t, s, e)) c = 0.85; // "contact Ksawery at ksawery@…"
      else if (possessedAfter(t, e, n) === 1 || (g !== 0 && possessedAfter(t, e, n) === 2)) c = 0.85; // "Meza's song", "Ann's address"
      else if (g !== 0 && (t.charCodeAt(e) === 33 || t.charCodeAt(e) === 63) && vocativeAfter(t, s)) c = 0.85; // "Don't go to town, Mark!"
      else if (g !== 2 && (c = loneNameMore(t, n, s, e, p1)) > 0 && LONE_E !== e) e = lastEnd = LONE_E; // "Nowak, Agnieszka" ends at the given name
    }
    // a single word must stand alone like a name: not glued into code, paths or compounds ("3rd-Eden", "VS_Code", "Node.js")
    if (c >= 0.8 && nW === 1 && !standsAlone(t, s, e)) c = 0;
    // a model named in quotes before what it is ("Elena" linen sofa, "Margaret" pendant light), not a person ("Bob" said)
    if (c >= 0.8 && quotedModel(t, s, e)) c = 0;
    // a product on an order line: a quantity or a count after it (Casper Original Pillow × 1, Graham crackers 400g)
    if (c >= 0.8 && PRODUCT_AFTER.test(t.slice(e, e + 24))) c = 0;
    // a company or a make named after its founder (Morgan Stanley, Ford Ranger), unless a title says person (Mr. Ford)
    if (c >= 0.8 && brandChain(t) && !(nW === 1 && honorBefore(t, s - 2))) c = 0;
    if (c >= 0.8) {
      const ws: string[] = [];
      // what may be spread to other mentions: the words of a full name, or a single name met in running text; not a
      // single word after a field label ("name: Install packages" in a YAML file)
      const label = t.charCodeAt(s - 1) === 32 && t.charCodeAt(s - 2) === 58;
      if (nW >= 2 || !label) for (const tk of CHAIN) if (tk.k === T_WORD) ws.push(low(t, tk.s, tk.e));
      // a family name in capitals before a given name, as Japanese business English writes it (YAMADA Hanako)
      const fam = nW === 1 && g === 1 ? capsFamilyBefore(t, s) : -1;
      found.push({ s: fam >= 0 ? fam : s, e, c, words: ws });
    }
  }
  // names in a list with a name found above: "founders: Kónya, Becker and Vasquez" (a list holds one kind of thing)
  if (found.length) coordinate(t, n, found, addr);
  if (found.length) pairNames(t, n, found, addr);
  if (found.length) fullNameList(t, n, found, addr);
  // the same person again by one of their names: "Faina D. Yefremova … early Yefremova" (only when names were found)
  if (found.length) {
    // each word → the key of the full name it came from: the person seen again is the same person, not one more
    const known = new Map<string, string>();
    for (const f of found) if (f.c >= 0.85) for (const w of f.words) if (w.length >= 3 && !known.has(w) && givenKindOfWord(w) !== 2 && !wd.notName.has(w)) known.set(w, low(t, f.s, f.e));
    if (known.size) {
      found.sort((a, b) => a.s - b.s);
      let fi = 0;
      let ca2 = 0;
      for (let si = 0; si < starts.length; si++) {
        const s = starts[si];
        while (fi < found.length && found[fi].e <= s) fi++;
        if (fi < found.length && found[fi].s <= s) continue; // inside a name already found
        const e = lowerText ? wordEnd(t, s, n) : capWordAt(t, s, n);
        if (e - s < 3 || e - s > 20) continue;
        while (ca2 < na && addr[2 * ca2] <= s) ca2++; // inSpans(addr, s), the starts ascending
        if (ca2 > 0 && s < addr[2 * ca2 - 1]) continue;
        // a name repeated alone stands alone: not inside a capitalised phrase ("VS Code", "Chrome Dev Tools")
        const pb = s >= 2 && t.charCodeAt(s - 1) === 32 ? wordStart(t, s - 1, Math.max(0, s - 31)) : s;
        if (pb < s - 1 && letter(t.charCodeAt(pb)) === UP) continue;
        if (t.charCodeAt(e) === 32 && (letter(t.charCodeAt(e + 1)) === UP || isDigit(t.charCodeAt(e + 1)))) continue;
        if (!standsAlone(t, s, e)) continue;
        const key = known.get(low(t, s, e));
        if (key !== undefined) found.push({ s, e, c: 0.85, words: [], key });
      }
    }
  }
  for (const f of found) h.add('person_name', f.s, f.e, f.c, f.key ?? low(t, f.s, f.e));
}

const PRODUCT_AFTER = /^(?: [a-z]+)? ?(?:[×x] ?\d|\d+(?:\.\d+)? ?(?:g|kg|mg|ml|l|oz|lb|lbs|pcs|pc|ct|pack|cm|mm)\b)/;
/** End of a list separator at p (", and " ", " " and " " & " " or "), or -1. */
function listSepAt(t: string, p: number): number {
  if (t.charCodeAt(p) === 44) {
    if (t.charCodeAt(p + 1) !== 32) return -1;
    return t.startsWith('and ', p + 2) || t.startsWith('or ', p + 2) ? listSepAt(t, p + 1) : p + 2;
  }
  if (t.charCodeAt(p) !== 32) return -1;
  if (t.startsWith('and ', p + 1)) return p + 5;
  if (t.startsWith('or ', p + 1)) return p + 4;
  if (t.startsWith('& ', p + 1)) return p + 3;
  return -1;
}
/** Start of a list separator ending at p, or -1. */
function listSepBefore(t: string, p: number): number {
  if (t.charCodeAt(p - 1) !== 32) return -1;
  if (t.charCodeAt(p - 2) === 44) return p - 2;
  for (const w of [' and ', ' or ', ' & ']) if (p >= w.length && t.startsWith(w, p - w.length)) return t.charCodeAt(p - w.length - 1) === 44 ? p - w.length - 1 : p - w.length;
  return -1;
}
/** A lone capitalised word at [s, e) that may be a list item next to a name: no list word, street, firm or country. */
function listItem(t: string, n: number, s: number, e: number, addr: Int32Array): boolean {
  if (e < 0 || e - s < 2) return false;
  if (t.charCodeAt(e) === 32 && letter(t.charCodeAt(e + 1)) === UP) return false; // a longer capitalised run
  if (wordFlags(t, s, e) & (F_NOT | F_ORG | F_COUNTRY | F_POST2 | F_POST1 | F_PRE)) return false;
  if (inSpans(addr, s) || !standsAlone(t, s, e)) return false;
  return true;
}
/**
 * Single-word names found at ≥ 0.85 lend their rank to the single capitalised words listed with them ("our 3 founders:
 * Kónya, Becker and Vasquez"): every item must be a lone capitalised word, and the list must end like one (a mark, the
 * end of the line), so that "Smith, Google announced" stays a name and a firm.
 */
function coordinate(t: string, n: number, found: { s: number; e: number; c: number; words: string[] }[], addr: Int32Array): void {
  // one-word names found at ≥ 0.85 (in running text, or after a plural person cue: "founders: Kónya, …") that a list
  // separator follows (no item either side without one)
  const seeds = found.filter((f) => {
    if (f.c < 0.85 || listSepAt(t, f.e) < 0) return false;
    const sp = t.indexOf(' ', f.s);
    if (sp >= 0 && sp < f.e) return false;
    if (f.words.length === 1) return true;
    prevWord1(t, f.s);
    return LIST_CUE.has(PW1);
  });
  if (!seeds.length) return;
  const have = new Set<number>();
  for (const f of found) have.add(f.s);
  for (const f of seeds) {
    // the items to the right, up to the one that ends the list
    const items: number[] = [];
    let p = f.e;
    let ended = false;
    for (let k = 0; k < 8; k++) {
      const a = listSepAt(t, p);
      if (a < 0) break;
      const e = capWordAt(t, a, n);
      if (!listItem(t, n, a, e, addr)) break;
      items.push(a, e);
      p = e;
      const q = t.charCodeAt(e);
      if (q !== 44 && q !== 32) {
        ended = q !== q || q === 46 || q === 33 || q === 63 || q === 59 || q === 41 || q === 10 || q === 13;
        break;
      }
      if (listSepAt(t, e) < 0) break;
    }
    if (!ended) items.length = 0;
    // the items to the left, when the seed itself is followed by more of the list or ends it
    p = f.s;
    for (let k = 0; k < 8 && (items.length || listSepAt(t, f.e) >= 0); k++) {
      const b = listSepBefore(t, p);
      if (b < 0) break;
      const s = wordStart(t, b, Math.max(0, b - 30));
      if (s >= b || capWordAt(t, s, n) !== b || !listItem(t, n, s, b, addr)) break;
      if (s >= 2 && t.charCodeAt(s - 1) === 32 && letter(t.charCodeAt(s - 2)) === UP) break;
      items.push(s, b);
      p = s;
    }
    for (let k = 0; k < items.length; k += 2) {
      if (have.has(items[k])) continue;
      have.add(items[k]);
      found.push({ s: items[k], e: items[k + 1], c: 0.85, words: [low(t, items[k], items[k + 1])] });
    }
  }
}

/**
 * A listed given name found alone and a lone capitalised word joined by "and", either side ("Anna and Ksawery", "Ksawery
 * and Anna"): the other word is a name too when it reads as one (the word model) and is no firm, place or list word.
 */
function pairNames(t: string, n: number, found: { s: number; e: number; c: number; words: string[] }[], addr: Int32Array): void {
  const have = new Set<number>();
  for (const f of found) have.add(f.s);
  const m = found.length;
  for (let i = 0; i < m; i++) {
    const f = found[i];
    if (f.c < 0.8 || f.words.length !== 1 || givenKind(t, f.s, f.e) !== 1) continue;
    // a pair, not a longer list ("Jones, Mitchell and Williams" is a firm; lists are coordinate's)
    if (f.s >= 2 && t.charCodeAt(f.s - 2) === 44) continue;
    if (t.startsWith(' and ', f.e)) {
      const a = f.e + 5;
      const e = capWordAt(t, a, n);
      // … and no house number after it ("Leon and Eyrarodda 66")
      if (!have.has(a) && listItem(t, n, a, e, addr) && t.charCodeAt(e) !== 44 && !(t.charCodeAt(e) === 32 && isDigit(t.charCodeAt(e + 1))) && givenKind(t, a, e) !== 2 && !ordinaryWord(t, a, e)) {
        have.add(a);
        found.push({ s: a, e, c: 0.8, words: [low(t, a, e)] });
      }
    }
    if (f.s >= 7 && t.startsWith(' and ', f.s - 5)) {
      const b = f.s - 5;
      const s = wordStart(t, b, Math.max(0, b - 30));
      if (s < b && !have.has(s) && !(s >= 2 && t.charCodeAt(s - 2) === 44) && capWordAt(t, s, n) === b && listItem(t, n, s, b, addr) && !(s >= 2 && t.charCodeAt(s - 1) === 32 && letter(t.charCodeAt(s - 2)) === UP) && givenKind(t, s, b) !== 2 && !ordinaryWord(t, s, b)) {
        have.add(s);
        found.push({ s, e: b, c: 0.8, words: [low(t, s, b)] });
      }
    }
  }
}
/**
 * More cues for a full name of 2–3 words with no cue so far (kept out of scanPersons, whose hot fast path V8 inlines
 * best when the function stays small): family name first, contact data right after it, ", who" / "and I", and a
 * person's verb phrase. Its confidence, or 0.
 */
function fullNameMore(t: string, n: number, s: number, e: number, p1: string, g: number, lastW: NTok, pii: Int32Array): number {
  let ord = -1; // some word of the chain reads as an ordinary word (1), or not (0); worked out once, when asked
  const ordinary = () => (ord < 0 ? (ord = CHAIN.some((tk) => tk.k === T_WORD && ordinaryWord(t, tk.s, tk.e)) ? 1 : 0) : ord) === 1;
  // family name first (Zhang Wei, Nagy Zoltán, Tran Van Minh): a listed given name last, after words that read as
  // names (a lone listed given name is found at 0.8 anywhere; this keeps the family name with it); not glued to
  // Japanese or Chinese text, where a romanised run is a firm or a brand ("このマンションはYe Guang地所…")
  if (g === 0 && t.charCodeAt(e) < 0x3000 && !(s > 0 && t.charCodeAt(s - 1) >= 0x3000) && givenKind(t, lastW.s, lastW.e) === 1 && !CHAIN.some((tk) => tk.k === T_WORD && tk !== lastW && ordinaryWord(t, tk.s, tk.e))) return 0.8;
  // … or by contact data right after it on its line: "Hamish Lowther - 07700 900123", "X Y <x@…>"
  if (pii.length && contactAfter(t, pii, e) && !ordinary()) return 0.85;
  // … or by what is said only of people: ", who …", "… and I"
  if (onlyPeopleAfter(t, e, n) && !ordinary()) return 0.85;
  // … or by a person's verb phrase, not after a word that places follow: "Evander Mbeki has not replied"
  if (!THING_BEFORE.has(p1) && personVerbPhrase(t, e, n) && !ordinary()) return 0.8;
  return 0;
}
/** The end of the name loneNameMore took, when it is not the word's own ("Nowak, Agnieszka"). */
let LONE_E = -1;
/**
 * More cues for a lone capitalised word that is not an ambiguous given name (kept out of scanPersons, see
 * fullNameMore): ", who" / "and I" after it, an age set off after it, a greeting before it, each when the word reads as
 * a name; and a family name written first in a record ("Nowak, Agnieszka", the end in LONE_E). Its confidence, or 0.
 */
function loneNameMore(t: string, n: number, s: number, e: number, p1: string): number {
  LONE_E = e;
  const c = t.charCodeAt(e);
  if (c === 44 && fieldOpens(t, s)) {
    const ge = surnameFirst(t, e, n);
    // the shape is the evidence here: "Nowak" alone reads as a word to the model
    if (ge > 0) {
      LONE_E = ge;
      return 0.85;
    }
  }
  const greet = VOC_GREET.has(p1) && (c === 44 || c === 33 || (c === 32 && t.charCodeAt(e + 1) === 0x2014)); // "Sorry Zadie,"
  if (!greet && !onlyPeopleAfter(t, e, n) && !ageAfter(t, e)) return 0; // "Katrine, who …", "Katrine and I", "Katrine, 34,"
  return ordinaryWord(t, s, e) ? 0 : 0.85;
}
/** The fast path's share of loneNameMore and the role cues: a lone unlisted word may be a name here. */
function loneCueMaybe(t: string, e0: number, n: number, p1: string): boolean {
  return VOC_GREET.has(p1) || roleCue(p1) || onlyPeopleAfter(t, e0, n) || ageAfter(t, e0);
}
/** The clause ends at e: a comma, a full stop, ';', '!', '?', or the line or text ends. */
function endsClause(t: string, e: number, n: number): boolean {
  if (e >= n) return true;
  const c = t.charCodeAt(e);
  return c === 44 || c === 46 || c === 59 || c === 33 || c === 63 || c === 10 || c === 13;
}
/** A role or relation noun kept with its ':' or ',' ("caseworker:", "driver,"): the word before a labelled or set-off name. */
function roleCue(p1: string): boolean {
  const L = p1.length;
  if (L < 4) return false;
  const c = p1.charCodeAt(L - 1);
  if (c !== 58 && c !== 44) return false;
  const w = p1.slice(0, L - 1);
  return ROLE_BEFORE.has(w) || RELATION.has(w) || PERSON_NOUN.has(w);
}
const QUOTES = new Set([0x22, 0x201c, 0x201d, 0x27, 0x2018, 0x2019]);
/** [s, e) stands in quotes, and a lower-case word that is no verb of people follows: a product's model name. */
function quotedModel(t: string, s: number, e: number): boolean {
  // (the quote may open before a title: "Lord Nelson" armchair)
  let q = s - 1;
  if (t.charCodeAt(q) === 32 && letter(t.charCodeAt(q - 1))) {
    q--;
    while (q > 0 && s - q < 12 && letter(t.charCodeAt(q))) q--;
  }
  if (!QUOTES.has(t.charCodeAt(q)) || !QUOTES.has(t.charCodeAt(e)) || t.charCodeAt(e + 1) !== 32) return false;
  const we = wordEnd(t, e + 2, t.length);
  if (we <= e + 2 || letter(t.charCodeAt(e + 2)) !== LO) return false;
  return !SPEECH.has(t.slice(e + 2, we)) && !personAfter(t, e + 1) && !humanVerbAfter(t, e + 1, t.length);
}

/** Companies and makes named after people: the whole chain (morgan stanley), or a make as its first word (ford ranger). */
const BRANDS = new Set(
  ('morgan stanley|goldman sachs|merrill lynch|charles schwab|dow jones|wells fargo|jp morgan|lehman brothers|ernst young|' +
    'procter gamble|johnson johnson|marks spencer|dolce gabbana|louis vuitton|estée lauder|estee lauder|calvin klein|' +
    'ralph lauren|tommy hilfiger|hugo boss|christian dior|yves saint laurent|walt disney|harley davidson|aston martin|' +
    'rolls royce|mercedes benz|jack daniel|johnnie walker|hewlett packard|baker mckenzie|kellogg|mcdonald|wendy')
    .split('|'),
);
const MAKES = new Set('ford|ferrari|porsche|lamborghini|maserati|bugatti|toyota|nissan|mazda|subaru|lexus|tesla|boeing|disney|dell|bosch|siemens|heineken|guinness|cadbury|gucci|prada|chanel|versace|armani|cartier'.split('|'));
/** The chain just read (CHAIN) is a company or a make: see BRANDS and MAKES. */
function brandChain(t: string): boolean {
  let key = '';
  let first = '';
  for (const tk of CHAIN) {
    if (tk.k !== T_WORD) continue;
    let w = low(t, tk.s, tk.e);
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    if (!first) first = w;
    key = key ? key + ' ' + w : w;
  }
  if (BRANDS.has(key) || MAKES.has(first)) return true;
  // "Johnson & Johnson", "Procter & Gamble": the words around an ampersand
  const amp = t.slice(CHAIN[CHAIN.length - 1].e, CHAIN[CHAIN.length - 1].e + 3) === ' & ' ? low(t, CHAIN[CHAIN.length - 1].e + 3, wordEnd(t, CHAIN[CHAIN.length - 1].e + 3, t.length)) : '';
  return amp !== '' && BRANDS.has(key + ' ' + amp);
}

/** People by what they are to a business or a case, as a label or set off before a name: "The caller, X Y,". */
const PERSON_NOUN = new Set(
  'customer client patient agent operator supervisor tenant candidate caller sender recipient buyer seller owner applicant claimant borrower lender guarantor policyholder cardholder passenger traveller traveler guest visitor member subscriber employee volunteer resident occupant homeowner debtor creditor heir executor trustee beneficiary defendant plaintiff appellant respondent deceased child baby boy girl man woman lady gentleman winner'.split(' '),
);
/** A run of 2–3 capitalised words at a (single spaces), each reading as a name (no list word, not an ordinary word): its end, or -1. */
function nameRunAt(t: string, n: number, a: number, addr: Int32Array): number {
  let e = a;
  let k = 0;
  for (; k < 3; k++) {
    const we = capWordAt(t, e, n);
    if (we < 0 || we - e < 2 || givenKind(t, e, we) === 2) return -1;
    if (wordFlags(t, e, we) & (F_NOT | F_ORG | F_COUNTRY | F_POST2 | F_POST1 | F_PRE) || ordinaryWord(t, e, we)) return -1;
    e = we;
    if (!(t.charCodeAt(e) === 32 && letter(t.charCodeAt(e + 1)) === UP)) break;
    e++;
  }
  if (k === 3 || k < 1) return -1; // a longer capitalised run, or one word
  if (inSpans(addr, a) || !standsAlone(t, a, e)) return -1;
  return e;
}
/**
 * Full names listed with a full name found: "Rosalind Ferreday, Hollis Penhaligon, Tamsin Crowder", "Tobiah Greenhalgh
 * and Corisande Pellow". An item is 2–3 capitalised words that each read as a name; the list runs both ways from a
 * two-word name found at ≥ 0.8.
 */
function fullNameList(t: string, n: number, found: { s: number; e: number; c: number; words: string[] }[], addr: Int32Array): void {
  const m = found.length;
  // the chars of the names found, marked (a walk of every name for every item was quadratic on a long list), and any
  // empty span apart; taken from `found` when first asked, then kept with it
  let mark: Uint8Array | null = null;
  const odd: number[] = [];
  const cover = (a: number, b: number) => {
    if (a < b) mark!.fill(1, a, b);
    else odd.push(a, b);
  };
  const free = (s: number, e: number) => {
    if (!mark) {
      mark = new Uint8Array(n + 1);
      for (const f of found) cover(f.s, f.e);
    }
    for (let q = s; q < e; q++) if (mark[q]) return false;
    for (let k = 0; k < odd.length; k += 2) if (s < odd[k + 1] && odd[k] < e) return false;
    return true;
  };
  for (let i = 0; i < m; i++) {
    const f = found[i];
    if (f.c < 0.8 || f.words.length < 2 || (listSepAt(t, f.e) < 0 && listSepBefore(t, f.s) < 0)) continue;
    // to the right
    let p = f.e;
    for (let k = 0; k < 6; k++) {
      const a = listSepAt(t, p);
      if (a < 0) break;
      const e = nameRunAt(t, n, a, addr);
      if (e < 0 || !free(a, e)) break;
      found.push({ s: a, e, c: 0.8, words: [] });
      cover(a, e);
      p = e;
    }
    // to the left: the run before a separator, whole (no capitalised word right before it)
    p = f.s;
    for (let k = 0; k < 6; k++) {
      const b = listSepBefore(t, p);
      if (b < 0) break;
      let a = wordStart(t, b, Math.max(0, b - 30));
      if (a >= b) break;
      // back over up to two more capitalised words
      for (let j = 0; j < 2 && a >= 2 && t.charCodeAt(a - 1) === 32 && letter(t.charCodeAt(a - 2)) === UP; j++) a = wordStart(t, a - 1, Math.max(0, a - 31));
      if (a >= 2 && t.charCodeAt(a - 1) === 32 && letter(t.charCodeAt(wordStart(t, a - 1, Math.max(0, a - 31)))) === UP) break;
      const e = nameRunAt(t, n, a, addr);
      if (e !== b || !free(a, e)) break;
      found.push({ s: a, e, c: 0.8, words: [] });
      cover(a, e);
      p = a;
    }
  }
}
/** ", our designer" / ", my cousin" right after e: a possessive and a person's role or relation (not a client or a
 * customer, which firms are too). */
function roleAfter(t: string, e: number, n: number): boolean {
  if (t.charCodeAt(e) !== 44 || t.charCodeAt(e + 1) !== 32) return false;
  const a = e + 2;
  const ae = wordEnd(t, a, n);
  if (ae === a || !POSSESSIVE.has(low(t, a, ae)) || t.charCodeAt(ae) !== 32) return false;
  const r = low(t, ae + 1, wordEnd(t, ae + 1, n));
  return (RELATION.has(r) || ROLE_BEFORE.has(r)) && r !== 'client' && r !== 'customer' && r !== 'tenant' && r !== 'agent' && r !== 'candidate';
}
/** What follows only a person: ", who " (a firm or a place takes "which"), " and I " / " and me" (one's company). */
function onlyPeopleAfter(t: string, e: number, n: number): boolean {
  const c = t.charCodeAt(e);
  if (c === 44) return t.startsWith(' who ', e + 1);
  if (c !== 32 || t.charCodeAt(e + 1) !== 97 || !t.startsWith('and ', e + 1)) return false;
  const a = t.charCodeAt(e + 5);
  if (a === 73) return !letter(t.charCodeAt(e + 6)) && t.charCodeAt(e + 6) !== 39; // "and I" (not "and I'd", "and I'm")
  return a === 109 && t.charCodeAt(e + 6) === 101 && !letter(t.charCodeAt(e + 7)); // "and me"
}
/** ", 34," (an age of one or two digits set off by commas) right after e. */
function ageAfter(t: string, e: number): boolean {
  if (t.charCodeAt(e + 1) === 40 && t.charCodeAt(e) === 32) return ageInParens(t, e + 2);
  if (t.charCodeAt(e) !== 44 || t.charCodeAt(e + 1) !== 32) return false;
  let a = e + 2;
  if (t.startsWith('aged ', a)) a += 5;
  if (!isDigit(t.charCodeAt(a))) return false;
  const k = isDigit(t.charCodeAt(a + 1)) ? a + 2 : a + 1;
  const q = t.charCodeAt(k);
  return q === 44 || (a > e + 2 && (q === 46 || q === 32 || q !== q));
}
/** s opens a field of a record: the line starts there (after spaces or a bullet), or a tab, ';' or '|' is before it. */
function fieldOpens(t: string, s: number): boolean {
  let i = s;
  while (i > 0 && t.charCodeAt(i - 1) === 32) i--;
  const c = i > 0 ? t.charCodeAt(i - 1) : 10;
  return c === 10 || c === 13 || c === 9 || c === 59 || c === 124 || lineOpens(t, s);
}
/**
 * ", " and a listed given name that ends the field after e, the family name first as records list people ("Nowak,
 * Agnieszka", "Nowak, Agnieszka M."): the end of the given name (or initial), or -1.
 */
function surnameFirst(t: string, e: number, n: number): number {
  if (t.charCodeAt(e + 1) !== 32) return -1;
  const ge = capWordAt(t, e + 2, n);
  if (ge < 0 || givenKind(t, e + 2, ge) !== 1) return -1;
  let end = ge;
  if (t.charCodeAt(end) === 32 && letter(t.charCodeAt(end + 1)) === UP && t.charCodeAt(end + 2) === 46) end += 3;
  let k = end;
  while (t.charCodeAt(k) === 32) k++;
  const c = t.charCodeAt(k);
  return k >= n || c === 10 || c === 13 || c === 9 || c === 59 || c === 124 || c === 41 ? end : -1;
}
/** Contact data (an e-mail, a phone, a card, an address) starts within 4 chars after e, only separators between. */
function contactAfter(t: string, pii: Int32Array, e: number): boolean {
  const k = lowerBound(pii, pii.length, e);
  if (k >= pii.length || pii[k] - e > 4) return false;
  for (let i = e; i < pii[k]; i++) {
    const c = t.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 44 || c === 45 || c === 58 || c === 40 || c === 60 || c === 124 || c === 0x2013 || c === 0x2014)) return false;
  }
  return true;
}
/** "(34)" / "(age 7)" / "(aged 7)" from a (after the '('): an age in parentheses. */
function ageInParens(t: string, a: number): boolean {
  if (t.startsWith('age ', a)) a += 4;
  else if (t.startsWith('aged ', a)) a += 5;
  if (!isDigit(t.charCodeAt(a))) return false;
  const k = isDigit(t.charCodeAt(a + 1)) ? a + 2 : a + 1;
  return t.charCodeAt(k) === 41;
}
/** An e-mail address starts within 60 chars after e, as in "Ksawery <ksawery@…>" or "Ksawery at ksawery@…" (`at` ascending). */
function emailNear(at: number[], e: number): boolean {
  if (!at.length) return false;
  const lo = lowerBound(at, at.length, e);
  return lo < at.length && at[lo] <= e + 60;
}
/** The folded word [s, e) is part of the local part of an address within 60 chars after p. */
function localHas(t: string, at: number[], local: (k: number) => string, p: number, s: number, e: number): boolean {
  const w = foldLetters(t, s, e);
  if (w.length < 4) return false;
  for (let k = lowerBound(at, at.length, p); k < at.length && at[k] <= p + 60; k++) if (local(k).includes(w)) return true;
  return false;
}
/** The word [s, e) is set off by spaces or punctuation, not glued to code, paths, compounds or numbers. */
function standsAlone(t: string, s: number, e: number): boolean {
  const p = s > 0 ? t.charCodeAt(s - 1) : 32;
  if (!(p === 32 || p === 9 || p === 10 || p === 13 || p === 0x28 || p === 0x22 || p === 0x27 || p === 0x201c || p === 0x2018 || p === 0x3a || p === 0x2c || p === 0xa0 || p >= 0x3000)) return false;
  const q = t.charCodeAt(e);
  if (q === 0x2d || q === 0x5f || q === 0x2f || q === 0x40 || q === 0x3d || isDigit(q)) return false;
  if (q === 46 && letter(t.charCodeAt(e + 1))) return false;
  return true;
}

/** s opens its line (after spaces or a bullet). */
function lineOpens(t: string, s: number): boolean {
  let i = s;
  while (i > 0 && s - i < 6) {
    const c = t.charCodeAt(i - 1);
    if (c === 10) return true;
    if (!(isHSpace(c) || isBullet(c))) return false;
    i--;
  }
  return i === 0;
}


/** Word-list membership by hash, without building a string: the lists a capitalised word is checked against. */
/** Japanese words that end a company's name: "Morgan Stanley MUFG証券", "Goldman Sachs証券", "Johnson株式会社". */
const JA_ORG_WORDS = ['証券', '銀行', '株式会社', '有限会社', '合同会社', '商事', '物産', '生命', '損保', '損害保険', '信託', '法律事務所', '監査法人', 'グループ', 'ホールディングス'];
/** A Japanese company word right after e, maybe after a space and an acronym in capitals (MUFG, UBS). */
function jaOrgAfter(t: string, e: number, n: number): boolean {
  let i = e;
  if (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 0x3000) i++;
  const a = i;
  while (i < n && i - a < 6 && t.charCodeAt(i) >= 65 && t.charCodeAt(i) <= 90) i++;
  if (i > a && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 0x3000)) i++;
  const c = t.charCodeAt(i);
  if (!(c >= 0x3040 && c <= 0x9fff)) return false;
  for (const w of JA_ORG_WORDS) if (t.startsWith(w, i)) return true;
  return false;
}
const F_ORG = 1;
const F_POST2 = 2;
const F_POST1 = 4;
const F_COUNTRY = 8;
const F_PRE = 16;
const F_NOT = 32;
let WF: Map<number, { w: string; f: number; c: Uint16Array }[]> | null = null;
function wordFlags(t: string, s: number, e: number): number {
  if (e - s > 20 || e <= s) return 0;
  if (!WF) {
    WF = new Map();
    const wd = words();
    const put = (list: Iterable<string>, f: number) => {
      for (const w of list) {
        const c = Uint16Array.from({ length: w.length }, (_, i) => w.charCodeAt(i));
        const k = hashCodes(c);
        const l = WF!.get(k) ?? [];
        const x = l.find((y) => y.w === w);
        if (x) x.f |= f;
        else l.push({ w, f, c });
        WF!.set(k, l);
      }
    };
    put(wd.org, F_ORG);
    put(wd.postStrong, F_POST2);
    put(wd.postWeak, F_POST1);
    put(wd.countries, F_COUNTRY);
    put(wd.pre, F_PRE);
    put(wd.notName, F_NOT);
    put(HONOR2, F_NOT);
    put(wd.stop, F_NOT);
  }
  const l = WF.get(hashWord(t, s, e));
  if (!l) return 0;
  for (const x of l) {
    // the word's chars from a typed array, not from the list's strings: those come in several representations (split
    // slices, two-byte Greek), and a charCodeAt that has seen them all is a megamorphic call, not an inlined load
    const w = x.c;
    if (w.length !== e - s) continue;
    let k = 0;
    while (k < w.length) {
      let c = t.charCodeAt(s + k);
      if (c >= 65 && c <= 90) c |= 32;
      else if (c >= 0xc0 && letter(c) === UP) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
      if (c !== w[k]) break;
      k++;
    }
    if (k === w.length) return x.f;
  }
  return 0;
}
const notNameAt = (t: string, s: number, e: number) => (wordFlags(t, s, e) & F_NOT) !== 0;

/** The line holding s is the first of its block: the text starts there, or a blank line or a sign-off is before it. */
function blockOpens(t: string, s: number): boolean {
  const ls = t.lastIndexOf('\n', s - 1);
  if (ls < 0) return true;
  const ps = t.lastIndexOf('\n', ls - 1) + 1;
  const prev = t.slice(ps, ls);
  return /^[\s?*•·>\-|]*$/.test(prev) || /(?:regards|sincerely|thanks|cheers|best|wishes|yours)[,.!]?\s*$/i.test(prev);
}

/** Contact data (e-mail, phone, address) within the next few lines after p. */
function blockHasPii(t: string, pii: Int32Array, p: number): boolean {
  const lo = lowerBound(pii, pii.length, p);
  if (lo >= pii.length || pii[lo] - p > 400) return false;
  let lines = 0;
  for (let i = p; i < pii[lo]; i++) if (t.charCodeAt(i) === 10 && ++lines > 8) return false;
  return true;
}

/** fold(word).replace(/[^a-z]/g, ''): a word of ASCII letters only is just lower-cased (interned). */
function foldLetters(t: string, s: number, e: number): string {
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return fold(t.slice(s, e)).replace(/[^a-z]/g, '');
  }
  return low(t, s, e);
}
let CHAIN_FOLD: string[] = [];
function matchesEmail(t: string, at: number[], local: (k: number) => string, s: number): boolean {
  // `at` is ascending: binary search for the first address within 600 chars before s
  const lo = lowerBound(at, at.length, s - 600);
  if (lo >= at.length || at[lo] > s + 600) return false;
  const from = lo;
  CHAIN_FOLD = [];
  for (const tk of CHAIN) if (tk.k === T_WORD && tk.e - tk.s >= 3) CHAIN_FOLD.push(foldLetters(t, tk.s, tk.e));
  if (CHAIN_FOLD.length < 2) return false;
  for (let k = from; k < at.length && at[k] <= s + 600; k++) {
    const l = local(k);
    if (l.includes(CHAIN_FOLD[0]) && l.includes(CHAIN_FOLD[CHAIN_FOLD.length - 1])) return true;
  }
  return false;
}

/** After "Word:" comes a sentence (three words or more), as in a transcript; not a field value ("Stage: Won"). */
function saysSomething(t: string, i: number, n: number): boolean {
  let words = 0;
  let cjk = 0;
  for (let j = i; j < n && j - i < 200; j++) {
    const c = t.charCodeAt(j);
    if (c === 10) break;
    if (c === 32 && letter(t.charCodeAt(j + 1))) words++;
    // (or Japanese: a mixed chat's "Bikash: あと私の電話かわりました")
    else if (c >= 0x3041 && c <= 0x9fff && !(c >= 0x3100 && c < 0x4e00)) cjk++;
  }
  return words >= 3 || cjk >= 4;
}

/** Does the line from i hold a question mark or Japanese? */
function asksOrJapanese(t: string, i: number, n: number): boolean {
  for (let j = i; j < n && j - i < 200; j++) {
    const c = t.charCodeAt(j);
    if (c === 10) return false;
    if (c === 0x3f || c === 0xff1f || (c >= 0x3041 && c <= 0x9fff && !(c >= 0x3100 && c < 0x4e00))) return true;
  }
  return false;
}

/**
 * Lines that open with "Word: <a sentence>" (a chat transcript), counted once per scan; 0 unless one of the speakers
 * is a listed given name (so the field labels of a record, "Status: …", "Owner: …", never make a transcript).
 */
let SPEAKER_SCAN = -1;
let SPEAKER_N = 0;
function speakerLines(t: string, n: number): number {
  if (SPEAKER_SCAN === SCAN) return SPEAKER_N;
  let k = 0;
  let named = false;
  // …or two handles that are no English words, one of them on two lines (Bikash: …, Sunita: …, Bikash: …)
  let h1 = -1;
  let h1e = -1;
  let h2 = -1;
  let twice = false;
  // (and talk: a question, or Japanese, in one of their lines; a changelog's "Android: …, Windows: …" has neither)
  let asks = false;
  for (let i = 0; i < n && !(k >= 3 && named); ) {
    const e = capWordAt(t, i, n);
    if (e > 0 && t.charCodeAt(e) === 58 && !notNameAt(t, i, e)) {
      const says = saysSomething(t, e + 1, n);
      if (says) k++;
      if (says && givenKind(t, i, e) !== 0) named = true;
      else if (t.charCodeAt(e + 1) === 32 && !ordinaryWord(t, i, e)) {
        if (h1 < 0) [h1, h1e] = [i, e];
        else if (e - i === h1e - h1 && t.startsWith(t.slice(i, e), h1)) twice = true;
        else h2 = i;
        if (!asks) asks = asksOrJapanese(t, e + 1, n);
        if (twice && h2 >= 0 && asks) named = true;
      }
    }
    if (k > 40) break;
    const nl = t.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  SPEAKER_SCAN = SCAN;
  SPEAKER_N = named ? k : 0;
  return SPEAKER_N;
}
