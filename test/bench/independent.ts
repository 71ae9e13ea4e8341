// Scores the detector on the independent labelled set (test/corpus/independent.ts).
// A finding counts when confidence >= 0.8. Span overlap: a gold span is found when a same-type finding overlaps it;
// a finding is correct when it overlaps a gold span of its type. Findings in hard-negative docs (no gold) are FPs.
// Run: npx tsx test/bench/independent.ts [--set 2…13] [--misses] [--fps] [--type person_name] [--style csv_ja_headers]
// Halves: even-indexed docs are the tuning half (--misses / --fps list only those), odd ones are held out.
import { scan, type Finding } from '../../utils/detect';
import { INDEPENDENT as SET1 } from '../corpus/independent';
import { INDEPENDENT2 } from '../corpus/independent2';
import { INDEPENDENT3 } from '../corpus/independent3';
import { INDEPENDENT4 } from '../corpus/independent4';
import { INDEPENDENT5 } from '../corpus/independent5';
import { INDEPENDENT6 } from '../corpus/independent6';
import { INDEPENDENT7 } from '../corpus/independent7';
import { INDEPENDENT8 } from '../corpus/independent8';
import { INDEPENDENT9 } from '../corpus/independent9';
import { INDEPENDENT10 } from '../corpus/independent10';
import { INDEPENDENT11 } from '../corpus/independent11';
import { INDEPENDENT12 } from '../corpus/independent12';
import { INDEPENDENT13 } from '../corpus/independent13';

const args = process.argv.slice(2);
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
/** --set 2 … 13 score the second … thirteenth independent set (test/corpus/independent2.ts … independent13.ts); set 1 by default. */
const setNo = opt('--set') ?? '1';
const SETS: Record<string, typeof SET1> = { '1': SET1, '2': INDEPENDENT2, '3': INDEPENDENT3, '4': INDEPENDENT4, '5': INDEPENDENT5, '6': INDEPENDENT6, '7': INDEPENDENT7, '8': INDEPENDENT8, '9': INDEPENDENT9, '10': INDEPENDENT10, '11': INDEPENDENT11, '12': INDEPENDENT12, '13': INDEPENDENT13 };
const INDEPENDENT = SETS[setNo];
if (!INDEPENDENT) throw new Error(`--set ${setNo}: no such set (1–${Object.keys(SETS).length})`);
const showMiss = args.includes('--misses');
const showFp = args.includes('--fps');
const onlyType = opt('--type');
const onlyStyle = opt('--style');
const MIN = 0.8;

type Tally = { n: number; found: number; pred: number; correct: number };
const z = (): Tally => ({ n: 0, found: 0, pred: 0, correct: 0 });
const byType: Record<string, Tally> = {};
const byStyle: Record<string, Tally> = {};
const all = z();
const halves = [z(), z()];
let hardNegFp = 0;
/** Gold spans missed at the threshold but found by a same-type finding below it. */
const belowMin: Record<string, number> = {};
const hardNegByType: Record<string, number> = {};
const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const excerpt = (t: string, s: number, e: number) =>
  (t.slice(Math.max(0, s - 25), s) + '⟦' + t.slice(s, e) + '⟧' + t.slice(e, e + 25)).replace(/\n/g, '⏎');
const misses: string[] = [];
const fps: string[] = [];

for (const [di, d] of INDEPENDENT.entries()) {
  const half = halves[di % 2];
  const listing = di % 2 === 0;
  const allFindings: Finding[] = scan(d.text, { maxChars: Infinity }).findings;
  const preds = allFindings.filter((f) => f.confidence >= MIN);
  const st = (byStyle[d.style] ??= z());
  for (const g of d.gold) {
    const t = (byType[g.type] ??= z());
    const hit = preds.some((p) => p.type === g.type && ov(p, g));
    t.n++;
    st.n++;
    all.n++;
    half.n++;
    if (hit) {
      t.found++;
      st.found++;
      all.found++;
      half.found++;
    } else if (allFindings.some((p) => p.type === g.type && ov(p, g))) {
      belowMin[g.type] = (belowMin[g.type] ?? 0) + 1;
      if (listing && showMiss && (!onlyType || onlyType === g.type) && (!onlyStyle || onlyStyle === d.style))
        misses.push(`MISS ${g.type.padEnd(18)} ${d.id.padEnd(14)} (found below ${MIN}) ${excerpt(d.text, g.start, g.end)}`);
    } else if (listing && showMiss && (!onlyType || onlyType === g.type) && (!onlyStyle || onlyStyle === d.style))
      misses.push(`MISS ${g.type.padEnd(18)} ${d.id.padEnd(14)} ${excerpt(d.text, g.start, g.end)}`);
  }
  for (const p of preds) {
    const t = (byType[p.type] ??= z());
    const ok = d.gold.some((g) => g.type === p.type && ov(p, g));
    t.pred++;
    st.pred++;
    all.pred++;
    half.pred++;
    if (ok) {
      t.correct++;
      st.correct++;
      all.correct++;
      half.correct++;
    } else {
      if (d.gold.length === 0) {
        hardNegFp++;
        hardNegByType[p.type] = (hardNegByType[p.type] ?? 0) + 1;
      }
      if (listing && showFp && (!onlyType || onlyType === p.type) && (!onlyStyle || onlyStyle === d.style)) {
        const other = d.gold.find((g) => ov(p, g));
        fps.push(`FP   ${p.type.padEnd(18)} ${d.id.padEnd(14)} ${p.confidence.toFixed(2)} ${excerpt(d.text, p.start, p.end)}${other ? `  (gold there: ${other.type})` : ''}`);
      }
    }
  }
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const score = (t: Tally) => {
  const P = t.pred ? t.correct / t.pred : t.n ? 0 : 1;
  const R = t.n ? t.found / t.n : 1;
  const F1 = P + R ? (2 * P * R) / (P + R) : 0;
  return { n: t.n, pred: t.pred, P: r3(P), R: r3(R), F1: r3(F1) };
};
const out = {
  set: setNo,
  docs: INDEPENDENT.length,
  overall: score(all),
  tuning: { note: 'even-indexed docs (misses and false positives are listed from these only)', ...score(halves[0]) },
  heldOut: { note: 'odd-indexed docs (not looked at while fixing)', ...score(halves[1]) },
  perType: Object.fromEntries(Object.entries(byType).sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, score(v)])),
  missedButFoundBelowThreshold: belowMin,
  hardNegatives: { docs: INDEPENDENT.filter((d) => d.gold.length === 0).length, falsePositives: hardNegFp, byType: hardNegByType },
  perStyle: Object.fromEntries(
    Object.entries(byStyle)
      .map(([k, v]) => [k, score(v)] as const)
      .sort((a, b) => a[1].F1 - b[1].F1),
  ),
};
console.log(JSON.stringify(out, null, 1));
if (showMiss) console.log(misses.join('\n'));
if (showFp) console.log(fps.join('\n'));
