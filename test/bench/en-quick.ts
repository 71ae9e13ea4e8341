// Quick accuracy loop for the English detectors: presidio (all / even template_id = tuning / odd = held out) and the
// synthetic corpus with its hard negatives, in a few seconds. Lists misses and false positives on the TUNING half only.
// Run: npx tsx test/bench/en-quick.ts [--miss person_name] [--fp jp_address] [--limit 40]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scan, type Finding } from '../../utils/detect';
import { generateCorpus } from '../corpus/generate';

const args = process.argv.slice(2);
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const missType = opt('--miss');
const fpType = opt('--fp');
const limit = +(opt('--limit') ?? 60);
const half = opt('--half') ?? 'even';

const root = path.resolve(import.meta.dirname, '..', '..');
const data = JSON.parse(readFileSync(path.resolve(root, '..', 'shared', 'corpora', 'presidio-synth_dataset_v2.json'), 'utf8')) as {
  full_text: string;
  template_id: number;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}[];
const MAP: Record<string, string> = { PERSON: 'person_name', STREET_ADDRESS: 'jp_address', CREDIT_CARD: 'credit_card', PHONE_NUMBER: 'phone', EMAIL_ADDRESS: 'email', IBAN_CODE: 'iban', US_SSN: 'us_ssn' };
const types = new Set(Object.values(MAP));
const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
type T = { tp: number; fn: number; fp: number; pTp: number };
const tallies: Record<string, Record<string, T>> = { all: {}, even: {}, odd: {} };
const get = (m: Record<string, T>, k: string) => (m[k] ??= { tp: 0, fn: 0, fp: 0, pTp: 0 });
const misses: string[] = [];
const fps: string[] = [];
const t0 = performance.now();
for (const x of data) {
  const fs = scan(x.full_text, { maxChars: Infinity }).findings.filter((f) => f.confidence >= 0.8 && types.has(f.type));
  const gold = x.spans.filter((s) => MAP[s.entity_type]).map((s) => ({ type: MAP[s.entity_type], start: s.start_position, end: s.end_position }));
  const h = x.template_id % 2 ? 'odd' : 'even';
  for (const k of ['all', h]) {
    for (const g of gold) {
      const ok = fs.some((p) => p.type === g.type && ov(p, g));
      get(tallies[k], g.type)[ok ? 'tp' : 'fn']++;
      if (!ok && k === half && g.type === missType) misses.push(`${x.template_id}: ${JSON.stringify(x.full_text.slice(g.start, g.end))}  ‖ ${JSON.stringify(x.full_text)}`);
    }
    for (const p of fs) {
      const ok = gold.some((g) => g.type === p.type && ov(p, g));
      get(tallies[k], p.type)[ok ? 'pTp' : 'fp']++;
      if (!ok && k === half && p.type === fpType)
        fps.push(`${x.template_id}: ${JSON.stringify(x.full_text.slice(p.start, p.end))} ${p.confidence} ‖ ${JSON.stringify(x.full_text)}`);
    }
  }
}
const ms = performance.now() - t0;
const f1 = (t: T) => {
  const p = t.pTp + t.fp ? t.pTp / (t.pTp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3), fp: t.fp, fn: t.fn };
};
for (const k of ['all', 'even', 'odd']) {
  const row: string[] = [];
  for (const ty of ['person_name', 'jp_address', 'phone', 'credit_card', 'email', 'iban', 'us_ssn']) {
    const t = tallies[k][ty];
    if (!t) continue;
    const m = f1(t);
    row.push(`${ty} P${m.p} R${m.r} F${m.f1} (fp${m.fp} fn${m.fn})`);
  }
  console.log(k.padEnd(4), row.join(' | '));
}
console.log(`presidio scan ${ms.toFixed(0)} ms`);

// synthetic
const docs = generateCorpus();
const syn: Record<string, T> = {};
let hardNeg = 0;
const synBad: string[] = [];
for (const d of docs) {
  const fs: Finding[] = scan(d.text, { maxChars: Infinity }).findings.filter((f) => f.confidence >= 0.8);
  for (const g of d.spans) {
    const ok = fs.some((p) => p.type === g.type && ov(p, g));
    get(syn, g.type)[ok ? 'tp' : 'fn']++;
  }
  for (const p of fs) {
    const ok = d.spans.some((g) => g.type === p.type && ov(p, g));
    get(syn, p.type)[ok ? 'pTp' : 'fp']++;
    if (!ok && synBad.length < 10) synBad.push(`${p.type} ${JSON.stringify(d.text.slice(p.start, p.end))}`);
  }
  for (const n of d.negatives) if (fs.some((f) => ov(f, n) && !d.spans.some((g) => ov(g, f)))) hardNeg++;
}
const worst = Object.entries(syn)
  .map(([k, t]) => [k, f1(t)] as const)
  .filter(([, m]) => m.f1 < 0.999);
console.log('synthetic below 0.999:', JSON.stringify(worst), 'hardNegatives high:', hardNeg);
if (synBad.length) console.log('synthetic FPs:', synBad);
if (missType) console.log(`\nMISSES ${missType} (${misses.length}):\n` + misses.slice(0, limit).join('\n'));
if (fpType) console.log(`\nFPs ${fpType} (${fps.length}):\n` + fps.slice(0, limit).join('\n'));
