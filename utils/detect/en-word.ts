// Is a capitalised word an ordinary English word ("Guilty", "Pleasures", "Explorer") or a name ("Kloz", "Horký",
// "Musliyevich")? A logistic model over hashed character n-grams of the lower-cased word, trained by
// test/corpus/train-en-words.ts on dictionary words against given names and proper nouns (SCOWL, human-names): it never
// saw a detector corpus, and it reads the letters of a word, not the sentence around it. Used by en.ts only for a run
// of capitalised words that nothing else marks as a name; pure, no allocation per call.
import { EN_WORD_BIAS, EN_WORD_BITS, EN_WORD_MIN, EN_WORD_W } from './en-word-model-data';

const MASK = (1 << EN_WORD_BITS) - 1;
/** Character code, lower-cased (ASCII and Latin-1 / Latin Extended-A capitals), for hashing. */
function lc(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x100 && c <= 0x17f && (c & 1) === 0) return c + 1;
  return c;
}
const mix = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/**
 * The feature buckets of the word [s, e) of t, into out (up to 3·len + 12 of them): its n-grams (2, 3, 4 chars, with
 * '^' and '$' at the ends), its 1–4-char suffixes and 2–3-char prefixes, and its length. Returns how many.
 */
export function enWordFeatures(t: string, s: number, e: number, out: Int32Array): number {
  const L = e - s;
  let k = 0;
  // n-grams over ^ w $: position p from -1 (^) to L (the $), char at p
  const at = (p: number) => (p < 0 ? 94 : p >= L ? 36 : lc(t.charCodeAt(s + p)));
  for (let p = -1; p <= L; p++) {
    let h = mix(0x811c9dc5, at(p));
    for (let n = 2; n <= 4 && p + n - 1 <= L; n++) {
      h = mix(h, at(p + n - 1));
      out[k++] = (mix(h, n) >>> 0) & MASK;
    }
  }
  // suffixes and prefixes (kind-tagged so they differ from the n-grams)
  let h = 0x2545f491;
  for (let j = 1; j <= 4 && j <= L; j++) {
    h = mix(h, at(L - j));
    out[k++] = (mix(h, 7) >>> 0) & MASK;
  }
  h = 0x3c6ef372;
  for (let j = 0; j < 3 && j < L; j++) {
    h = mix(h, at(j));
    if (j >= 1) out[k++] = (mix(h, 11) >>> 0) & MASK;
  }
  out[k++] = (mix(0x6a09e667, L > 12 ? 12 : L) >>> 0) & MASK;
  return k;
}

let W: Int8Array | null = null;
const FEATS = new Int32Array(3 * 32 + 16);
/** The model's score of [s, e) (≤ 30 chars): > 0 leans to an ordinary English word, < 0 to a name. In weight units. */
export function enWordScore(t: string, s: number, e: number): number {
  if (!W) {
    W = new Int8Array(EN_WORD_W.length);
    for (let i = 0; i < EN_WORD_W.length; i++) W[i] = EN_WORD_W.charCodeAt(i) - 79; // 'O' = 0
  }
  if (e - s > 30) e = s + 30;
  const k = enWordFeatures(t, s, e, FEATS);
  let z = EN_WORD_BIAS;
  for (let i = 0; i < k; i++) z += W[FEATS[i]];
  return z;
}

/** [s, e) reads as an ordinary English word, not a name: ASCII letters only (Horký, Østrem are names) and a score ≥ MIN. */
export function ordinaryWord(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (t.charCodeAt(i) >= 0xc0) return false;
  return enWordScore(t, s, e) >= EN_WORD_MIN;
}
