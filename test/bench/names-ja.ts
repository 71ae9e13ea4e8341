// Fast loop for Japanese person names: stockmark 人名 (even = tuning half, odd = held out) and the synthetic
// corpus's person_name + hard negatives. Run: npx tsx test/bench/names-ja.ts [--dump file]
// The full picture stays in `npm run bench:detect`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scan } from '../../utils/detect';
import { generateCorpus } from '../corpus/generate';

const HIGH = 0.8;
const corpora = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const rd = (x: number) => Math.round(x * 1000) / 1000;
type Span = { start: number; end: number };
function prf(tp: number, fn: number, pTp: number, fp: number) {
  const p = pTp + fp ? pTp / (pTp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { n: tp + fn, precision: rd(p), recall: rd(r), f1: rd(p + r ? (2 * p * r) / (p + r) : 0), fp, fn };
}

const dumpAt = process.argv.indexOf('--dump');
const dump: string[] = [];
const f = path.join(corpora, 'stockmark-ner-wikipedia.json');
const data = existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as { text: string; entities: { span: [number, number]; type: string }[] }[]) : [];
const halves = [0, 1].map(() => ({ tp: 0, fn: 0, pTp: 0, fp: 0 }));
const t0 = performance.now();
data.forEach((x, idx) => {
  const h = halves[idx % 2];
  const gold: Span[] = x.entities.filter((e) => e.type === '人名').map((e) => ({ start: e.span[0], end: e.span[1] }));
  const pred = scan(x.text, { maxChars: Infinity }).findings.filter((q) => q.confidence >= HIGH && q.type === 'person_name');
  for (const g of gold) {
    if (pred.some((p) => ov(p, g))) h.tp++;
    else {
      h.fn++;
      if (idx % 2 === 0) dump.push(`FN\t${x.text.slice(g.start, g.end)}\t${x.text}`);
    }
  }
  for (const p of pred) {
    if (gold.some((g) => ov(p, g))) h.pTp++;
    else {
      h.fp++;
      if (idx % 2 === 0) {
        const other = x.entities.find((e) => ov(p, { start: e.span[0], end: e.span[1] }));
        dump.push(`FP\t${x.text.slice(p.start, p.end)}\t${p.confidence}\t${other ? other.type : '-'}\t${x.text}`);
      }
    }
  }
});
const ms = performance.now() - t0;
const sum = { tp: halves[0].tp + halves[1].tp, fn: halves[0].fn + halves[1].fn, pTp: halves[0].pTp + halves[1].pTp, fp: halves[0].fp + halves[1].fp };
const pick = (t: typeof sum) => prf(t.tp, t.fn, t.pTp, t.fp);

const docs = generateCorpus();
let tp = 0, fn = 0, pTp = 0, fp = 0, hard = 0;
const other = new Map<string, number[]>();
for (const d of docs) {
  const fs = scan(d.text, { maxChars: Infinity }).findings.filter((q) => q.confidence >= HIGH);
  for (const g of d.spans) {
    const hit = fs.some((p) => p.type === g.type && ov(p, g));
    const o = other.get(g.type) ?? other.set(g.type, [0, 0, 0, 0]).get(g.type)!;
    if (hit) o[0]++;
    else {
      o[1]++;
      if (g.type === 'person_name') dump.push(`SYN-FN\t${d.text.slice(g.start, g.end)}\t${d.text.slice(Math.max(0, g.start - 20), g.end + 20).replace(/\n/g, '⏎')}`);
    }
  }
  for (const p of fs) {
    const o = other.get(p.type) ?? other.set(p.type, [0, 0, 0, 0]).get(p.type)!;
    if (d.spans.some((g) => g.type === p.type && ov(p, g))) o[2]++;
    else {
      o[3]++;
      if (p.type === 'person_name') dump.push(`SYN-FP\t${d.text.slice(p.start, p.end)}\t${d.text.slice(Math.max(0, p.start - 20), p.end + 20).replace(/\n/g, '⏎')}`);
    }
  }
  for (const n of d.negatives) if (fs.some((q) => ov(q, n) && !d.spans.some((g) => ov(g, q)))) hard++;
}
const pn = other.get('person_name')!;
[tp, fn, pTp, fp] = pn;
const worst = [...other].map(([k, o]) => [k, prf(o[0], o[1], o[2], o[3]).f1] as const).sort((a, b) => a[1] - b[1])[0];
console.log(
  JSON.stringify({
    stockmark: { all: pick(sum), even: pick(halves[0]), odd: pick(halves[1]), ms: Math.round(ms) },
    synthetic: { person_name: prf(tp, fn, pTp, fp), worstType: worst, hardNegativesHigh: hard },
  }),
);
if (dumpAt > 0) writeFileSync(process.argv[dumpAt + 1], dump.join('\n') + '\n');
