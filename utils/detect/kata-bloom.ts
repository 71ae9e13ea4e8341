// A Bloom filter of katakana words (names-ja-model-data.ts JA_LOAN: common IPADIC loanwords, places and companies),
// shared by names-ja.ts and its trainer. Its bits are packed 6 to a char in the base64 alphabet and read in place.

/** Bits set per word. */
export const LOAN_K = 3;

/** The j-th bit (0 ≤ j < LOAN_K) of the word t[s, e) in a filter of m bits. */
export function loanBit(t: string, s: number, e: number, j: number, m: number): number {
  let h = 0x811c9dc5 ^ Math.imul(j + 1, 0x9e3779b1);
  for (let i = s; i < e; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return ((h ^ (h >>> 13)) >>> 0) % m;
}

/** The base64 value of the char code c. */
const b64 = (c: number) => (c >= 97 ? c - 71 : c >= 65 ? c - 65 : c >= 48 ? c + 4 : c === 43 ? 62 : 63);
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Is the word t[s, e) (probably) in the filter p? */
export function inLoan(p: string, t: string, s: number, e: number): boolean {
  const m = p.length * 6;
  if (m === 0) return false;
  for (let j = 0; j < LOAN_K; j++) {
    const b = loanBit(t, s, e, j, m);
    if (!((b64(p.charCodeAt((b / 6) | 0)) >> b % 6) & 1)) return false;
  }
  return true;
}
