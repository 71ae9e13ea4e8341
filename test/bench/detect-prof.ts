// Profiling driver: scans the mixed corpus repeatedly. Run:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/detect-prof.ts [seconds] [mixed|dense|wiki|presidio]
// (FILE=path scans that file instead; FLAT=1 flattens the text first)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scan } from '../../utils/detect';
import { generateCorpus } from '../corpus/generate';

const corpora = process.env.CORPORA ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const docs = generateCorpus().map((d) => d.text);
const parts = docs.slice();
const kind = process.argv[3] ?? 'mixed';
if (kind === 'wiki' || kind === 'presidio') parts.length = 0;
if (kind === 'dense') { const d = parts.join(''); parts.length = 0; parts.push(d, d, d); }
if (kind === 'mixed' || kind === 'wiki') {
  const sm = path.join(corpora, 'stockmark-ner-wikipedia.json');
  if (existsSync(sm)) for (const x of JSON.parse(readFileSync(sm, 'utf8')) as { text: string }[]) parts.push(x.text + '\n');
}
if (kind === 'mixed' || kind === 'presidio') {
  const pr = path.join(corpora, 'presidio-synth_dataset_v2.json');
  if (existsSync(pr)) for (const x of JSON.parse(readFileSync(pr, 'utf8')) as { full_text: string }[]) parts.push(x.full_text + '\n');
}
const text0 = process.env.FILE ? readFileSync(process.env.FILE, 'utf8') : parts.join('').repeat(2);
const text = process.env.FLAT ? Buffer.from(text0, 'utf16le').toString('utf16le') : text0;
const secs = Number(process.argv[2] ?? 10);
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < secs * 1000) {
  scan(text, { maxChars: Infinity });
  n++;
}
console.log(JSON.stringify({ chars: text.length, scans: n, MBs: (n * text.length * 2) / (1 << 20) / ((performance.now() - t0) / 1000) }));
