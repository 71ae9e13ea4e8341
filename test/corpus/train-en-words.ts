// Trains the word model of utils/detect/en-word.ts (ordinary English word or name?) and writes
// utils/detect/en-word-model-data.ts. Run: npx tsx test/corpus/train-en-words.ts
//
// Data, and nothing from a detector corpus:
//  - words (label 1): SCOWL english-words and american-words, levels 10–50, lower-case entries (Debian package
//    `scowl`: apt-get install scowl → /usr/share/dict/scowl). Levels 10 and 20, the most common words, count 10×.
//  - names (label 0): the human-names given names (all six locales, node_modules/human-names) and SCOWL's capitalised
//    entries (english-upper, english-proper-names: people, places, brands) — a name that is also a lower-case word
//    ("bill", "grant") is left out of both sides.
// Logistic regression over the hashed features of enWordFeatures (AdaGrad, L2, a fixed shuffle seed, a fixed number of
// epochs: deterministic), weights quantised to 2·LEVELS+1 levels, one char each. One word in ten (by a hash of the
// word) is held out to report the accuracy and to place MIN, the score from which en.ts takes a word for an ordinary
// one: the lowest score at which ≥ WORD_P of the held-out words at or above it are words.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BITS = Number(process.env.BITS ?? 12);
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const LR = Number(process.env.LR ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-5);
const LEVELS = 12; // chars 'C'…'[' : no quote, no backslash
const PRUNE = Number(process.env.PRUNE ?? 1); // weights within PRUNE quanta of 0 become 0
const WORD_P = Number(process.env.WORD_P ?? 0.97);
const COMMON = Number(process.env.COMMON ?? 10); // weight of a level 10 or 20 word

const repo = path.resolve(import.meta.dirname, '..', '..');
const scowl = '/usr/share/dict/scowl';
if (!existsSync(scowl)) throw new Error('needs SCOWL: apt-get install scowl');
const dataFile = path.join(repo, 'utils', 'detect', 'en-word-model-data.ts');
// en-word.ts imports the data file: a stub of the right size until the weights are written
if (!existsSync(dataFile) || !readFileSync(dataFile, 'utf8').includes(`EN_WORD_BITS = ${BITS};`))
  writeFileSync(dataFile, `export const EN_WORD_BITS = ${BITS};\nexport const EN_WORD_BIAS = 0;\nexport const EN_WORD_MIN = 0;\nexport const EN_WORD_W = '${'O'.repeat(1 << BITS)}';\n`);
const { enWordFeatures } = await import('../../utils/detect/en-word');

const lines = (f: string) => readFileSync(path.join(scowl, f), 'latin1').split('\n').map((l) => l.trim());
const LEVEL = /\.(10|20|35|40|50)$/;
const words = new Map<string, number>(); // word → weight
for (const f of readdirSync(scowl).sort()) {
  if (!/^(english|american)-words\./.test(f) || !LEVEL.test(f)) continue;
  const wt = /\.(10|20)$/.test(f) ? COMMON : 1;
  for (const w of lines(f)) if (/^[a-z]{2,}$/.test(w)) words.set(w, Math.max(words.get(w) ?? 0, wt));
}
const names = new Set<string>();
const hn = path.join(repo, 'node_modules', 'human-names', 'data');
for (const f of readdirSync(hn).sort()) for (const n of JSON.parse(readFileSync(path.join(hn, f), 'utf8')) as string[]) names.add(n.trim().toLowerCase());
for (const f of readdirSync(scowl).sort()) {
  if (!/^english-(upper|proper-names)\./.test(f) || !LEVEL.test(f)) continue;
  for (const w of lines(f)) if (/^[A-Z][a-z\u00e0-\u00ff]+$/.test(w)) names.add(w.toLowerCase());
}
for (const n of [...names]) {
  if (!/^[a-z\u00e0-\u00ff]{2,}$/.test(n)) names.delete(n);
  else if (words.has(n)) {
    names.delete(n);
    words.delete(n);
  }
}

type Ex = { w: string; y: number; wt: number; held: boolean };
const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
const ex: Ex[] = [];
for (const [w, wt] of [...words].sort()) ex.push({ w, y: 1, wt, held: fnv(w) % 10 === 0 });
// names weighted so that both sides weigh the same
let wsum = 0;
for (const x of ex) wsum += x.wt;
const nw = wsum / names.size;
for (const n of [...names].sort()) ex.push({ w: n, y: 0, wt: nw, held: fnv(n) % 10 === 0 });
console.log('words', words.size, 'names', names.size);

const feats = new Int32Array(200);
const featsOf = (w: string) => enWordFeatures(w, 0, w.length, feats);
const D = 1 << BITS;
const w = new Float64Array(D);
const g2 = new Float64Array(D).fill(1e-8);
let b = 0;
let gb = 1e-8;
// a fixed shuffle (xorshift, seed 1)
let seed = 1;
const rnd = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const train = ex.filter((x) => !x.held);
for (let ep = 0; ep < EPOCHS; ep++) {
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [train[i], train[j]] = [train[j], train[i]];
  }
  for (const x of train) {
    const k = featsOf(x.w);
    let z = b;
    for (let i = 0; i < k; i++) z += w[feats[i]];
    const p = 1 / (1 + Math.exp(-z));
    const gr = (p - x.y) * x.wt;
    for (let i = 0; i < k; i++) {
      const f = feats[i];
      const gi = gr + L2 * w[f];
      g2[f] += gi * gi;
      w[f] -= (LR * gi) / Math.sqrt(g2[f]);
    }
    gb += gr * gr;
    b -= (LR * gr) / Math.sqrt(gb);
  }
}

// quantise: the quantum is the 99.9th percentile of |w| over LEVELS
const abs = Array.from(w, Math.abs).sort((a, c) => a - c);
const q = abs[Math.floor(abs.length * 0.999)] / LEVELS;
const W = new Int8Array(D);
let zeros = 0;
for (let i = 0; i < D; i++) {
  let v = Math.round(w[i] / q);
  if (Math.abs(v) < PRUNE) v = 0;
  v = Math.max(-LEVELS, Math.min(LEVELS, v));
  W[i] = v;
  if (v === 0) zeros++;
}
const bias = Math.round(b / q);
const score = (x: Ex) => {
  const k = featsOf(x.w);
  let z = bias;
  for (let i = 0; i < k; i++) z += W[feats[i]];
  return z;
};
const held = ex.filter((x) => x.held).map((x) => ({ x, z: score(x) }));
let acc = 0;
let hw = 0;
for (const { x, z } of held) {
  hw += x.wt;
  if (z > 0 === (x.y === 1)) acc += x.wt;
}
// MIN: scanning from the top score down, the lowest score with precision (words among those at or above) ≥ WORD_P
const sorted = held.slice().sort((a, c) => c.z - a.z);
let tp = 0;
let all = 0;
let MIN = sorted[0].z;
for (let i = 0; i < sorted.length; i++) {
  all++;
  if (sorted[i].x.y === 1) tp++;
  if ((i + 1 === sorted.length || sorted[i + 1].z !== sorted[i].z) && tp / all >= WORD_P) MIN = sorted[i].z;
}
const wordsAbove = held.filter((h) => h.x.y === 1 && h.z >= MIN).length / held.filter((h) => h.x.y === 1).length;
const namesBelow = held.filter((h) => h.x.y === 0 && h.z < MIN).length / held.filter((h) => h.x.y === 0).length;
console.log(
  `held out: weighted accuracy ${(acc / hw).toFixed(3)}; MIN ${MIN}: words at or above ${wordsAbove.toFixed(3)}, names below ${namesBelow.toFixed(3)}; zero weights ${zeros}/${D}; quantum ${q.toExponential(3)}`,
);

let s = '';
for (let i = 0; i < D; i++) s += String.fromCharCode(79 + W[i]);
writeFileSync(
  dataFile,
  `// GENERATED by test/corpus/train-en-words.ts — do not edit. Rebuild: npx tsx test/corpus/train-en-words.ts
// The word model of en-word.ts, from SCOWL word lists (Kevin Atkinson, see NAMES-LICENSE.md) and the human-names given
// names (MIT): ${D} hashed feature weights, one char each ('O' = 0, 'C'…'[' = −${LEVELS}…${LEVELS}) in units of the weight
// quantum. Held out (1 word in 10): weighted accuracy ${(acc / hw).toFixed(3)}; at EN_WORD_MIN, ${(100 * wordsAbove).toFixed(1)} % of the words score at or
// above it and ${(100 * namesBelow).toFixed(1)} % of the names below.
export const EN_WORD_BITS = ${BITS};
export const EN_WORD_BIAS = ${bias};
export const EN_WORD_MIN = ${MIN};
export const EN_WORD_W =
  '${s}';
`,
);
