// Data lineage: fingerprints (winnowed hashes of character shingles, never the text) of what was copied from
// classified pages, and the match that tells a later paste came from there even after light edits.

/** Shingle length in normalised characters. Japanese text is dense, so 8 characters already say a lot. */
export const K = 8;
/** Winnowing window: any shared run of at least K + W − 1 normalised characters shares a fingerprint. */
export const W = 8;
/** Shorter texts (normalised) carry no lineage: too little to tell a copy from a coincidence. */
export const MIN_CHARS = 24;
/** Most fingerprints kept per text; beyond it a power-of-two modulus samples them evenly. */
export const MAX_HASHES = 8192;
/** Share of the pasted text's fingerprints that must be found in one copied text. */
export const THRESHOLD = 0.5;

/** A fingerprint set: sorted unique 32-bit hashes, every one of which is ≡ 0 (mod `mod`). */
export interface Fingerprints {
  hashes: number[];
  mod: number;
}

export interface LineageRecord extends Fingerprints {
  /** Label of the page the text was copied from. */
  label: string;
  /** Host it was copied from (for the event, not the match). */
  host: string;
  time: number;
}

export interface LineageMatch {
  label: string;
  host: string;
  similarity: number;
}

/** Case, width, spacing and punctuation do not survive retyping, so they do not count. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Winnowed shingle hashes of `text` (Schleimer, Wilkerson & Aiken 2003), capped at `max` by modulus sampling. */
export function fingerprint(text: string, max = MAX_HASHES): Fingerprints {
  const s = normalize(text);
  if (s.length < MIN_CHARS) return { hashes: [], mod: 1 };
  const n = s.length - K + 1;
  const h = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // FNV-1a over the shingle; K is small, so recomputing beats a rolling hash's bookkeeping.
    let x = 0x811c9dc5;
    for (let j = 0; j < K; j++) x = Math.imul(x ^ s.charCodeAt(i + j), 0x01000193);
    h[i] = x >>> 0;
  }
  const picked = new Set<number>();
  if (n <= W) picked.add(Math.min(...h));
  else {
    let last = -1;
    for (let i = 0; i + W <= n; i++) {
      // rightmost minimum of the window, so a window sliding over a run of equal hashes keeps one pick
      let m = i;
      for (let j = i + 1; j < i + W; j++) if (h[j] <= h[m]) m = j;
      if (m !== last) picked.add(h[m]);
      last = m;
    }
  }
  return sample({ hashes: [...picked].sort((a, b) => a - b), mod: 1 }, max);
}

/** Keeps only hashes ≡ 0 mod a power of two large enough to fit `max`: the same rule on both sides keeps them comparable. */
export function sample(fp: Fingerprints, max = MAX_HASHES): Fingerprints {
  let { hashes, mod } = fp;
  while (hashes.length > max) {
    mod *= 2;
    hashes = hashes.filter((x) => x % mod === 0);
  }
  return { hashes, mod };
}

/** Share of the pasted fingerprints found in the copied ones, compared at the coarser of the two samplings. */
export function containment(pasted: Fingerprints, copied: Fingerprints): { similarity: number; compared: number } {
  const mod = Math.max(pasted.mod, copied.mod);
  const p = mod === pasted.mod ? pasted.hashes : pasted.hashes.filter((x) => x % mod === 0);
  if (p.length === 0) return { similarity: 0, compared: 0 };
  const c = new Set(mod === copied.mod ? copied.hashes : copied.hashes.filter((x) => x % mod === 0));
  let hit = 0;
  for (const x of p) if (c.has(x)) hit++;
  return { similarity: hit / p.length, compared: p.length };
}

/**
 * The copied text the pasted text most resembles, when at least `threshold` of it is found there.
 * At least two fingerprints must be compared, so one chance collision never decides.
 */
export function matchLineage(pasted: Fingerprints, records: readonly LineageRecord[], threshold = THRESHOLD): LineageMatch | null {
  let best: LineageMatch | null = null;
  for (const r of records) {
    const { similarity, compared } = containment(pasted, r);
    if (compared < 2 || similarity < threshold) continue;
    if (!best || similarity > best.similarity) best = { label: r.label, host: r.host, similarity };
  }
  return best;
}

/** Adds a record and drops the oldest beyond the caps (records and total hashes), newest kept. */
export function addRecord(records: readonly LineageRecord[], r: LineageRecord, maxRecords = 200, maxTotal = 400_000): LineageRecord[] {
  if (r.hashes.length === 0) return [...records];
  const out = [...records, r];
  let total = out.reduce((a, x) => a + x.hashes.length, 0);
  while (out.length > 1 && (out.length > maxRecords || total > maxTotal)) total -= out.shift()!.hashes.length;
  return out;
}
