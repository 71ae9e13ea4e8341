// A/B timing of the working detector against a frozen reference copy, in ONE process, runs interleaved
// (ref, cur, ref, cur, …) so that load from other processes hits both alike. Reports medians and the ratio.
// CAUTION: two detector copies in one process are not independent (they share V8 state: heap, object-literal maps,
// stub caches); the 449d9e6 copy ran ~16 MB/s here against ~25 MB/s alone, so ratios against an old copy come out
// too high. Fine for quick checks between neighbouring versions; quote numbers from detect-ab-proc.ts (separate
// processes, alternating).
// Keep the reference inside the repo (test/out is git-ignored): the same code in /tmp ran ~15 % slower under tsx
// (probably compiled without the project's tsconfig).
//   mkdir -p test/out/detect-ref && git archive <commit> utils/detect | tar -x -C test/out/detect-ref
//   node --expose-gc --import tsx test/bench/detect-ab.ts test/out/detect-ref [--runs=N] [--only=mixed,dense,prose]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as working from '../../utils/detect';
import { generateCorpus } from '../corpus/generate';

type Det = typeof working;
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const corpora = path.resolve(repoRoot, '..', 'shared', 'corpora');
const MB = 1 << 20;
// times below are CPU ms (see go()); MB/s are per CPU second

/** The same text as mixedCorpus() in detect.ts: synthetic docs + stockmark + presidio, repeated to ≥ 5 Mi chars. */
function mixed(docs: string[]): string {
  const parts = docs.slice();
  const sm = path.join(corpora, 'stockmark-ner-wikipedia.json');
  if (existsSync(sm)) for (const x of JSON.parse(readFileSync(sm, 'utf8')) as { text: string }[]) parts.push(x.text + '\n');
  const pr = path.join(corpora, 'presidio-synth_dataset_v2.json');
  if (existsSync(pr)) for (const x of JSON.parse(readFileSync(pr, 'utf8')) as { full_text: string }[]) parts.push(x.full_text + '\n');
  let s = '';
  const block = parts.join('');
  while (s.length < (10 * MB) / 2 + 1000) s += block;
  return s;
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const args = process.argv.slice(2);
  const refDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/detect-ref';
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15);
  const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const load = async (dir: string) => (await import(pathToFileURL(path.join(path.resolve(dir), 'utils/detect/index.ts')).href)) as Det;
  const ref = await load(refDir);
  // --cur=dir times another copy instead of the working one (ref against a copy of itself shows the noise floor)
  const curDir = args.find((a) => a.startsWith('--cur='))?.slice(6);
  const cur = curDir ? await load(curDir) : working;
  const docs = generateCorpus().map((d) => d.text);
  const cases: [string, string][] = [
    ['mixed', mixed(docs)],
    ['dense', docs.join('').repeat(10)],
    ['prose', '本日は晴天なり。新しい製品の発表会が東京で開かれ、多くの人が集まりました。価格は未定ですが、来月から販売される予定です。詳しくはウェブサイトをご覧ください。\nThe quick brown fox jumps over the lazy dog. Our new product launches next month; see the website for details and pricing. \n'.repeat(2500)],
  ];
  // --file=path times that text alone
  const file = args.find((a) => a.startsWith('--file='))?.slice(7);
  if (file) cases.splice(0, cases.length, [path.basename(file), readFileSync(file, 'utf8')]);
  const out: Record<string, unknown> = {};
  for (const [name, text] of cases) {
    if (only && !only.includes(name)) continue;
    // CPU time of this process (user + system, GC helper threads included): waits for the other processes on the
    // machine do not count, which makes it steadier than wall time when the cores are shared
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const gc = (globalThis as { gc?: () => void }).gc;
    const wa: number[] = [];
    const wb: number[] = [];
    const go = (d: Det) => {
      gc?.(); // each run starts with an empty young generation: neither pays for the other's garbage
      const w0 = performance.now();
      const t0 = cpu();
      d.scan(text, { maxChars: Infinity });
      const c = cpu() - t0;
      (d === ref ? wa : wb).push(performance.now() - w0);
      return c;
    };
    for (let i = 0; i < 2; i++) {
      go(ref);
      go(cur);
    }
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      // alternate which goes first, so neither always follows the other's garbage
      if (i % 2) {
        a.push(go(ref));
        b.push(go(cur));
      } else {
        b.push(go(cur));
        a.push(go(ref));
      }
    }
    const mbs = (ms: number) => Math.round(((text.length * 2) / MB / (ms / 1000)) * 10) / 10;
    const ratios = a.map((x, i) => x / b[i]);
    out[name] = {
      MB: Math.round(((text.length * 2) / MB) * 100) / 100,
      refMBs: mbs(median(a)),
      curMBs: mbs(median(b)),
      speedup: Math.round((median(a) / median(b)) * 1000) / 1000,
      pairedMedianSpeedup: Math.round(median(ratios) * 1000) / 1000,
      // interference from other processes only ever adds time: the fastest run of each is the steadiest estimate
      minSpeedup: Math.round((Math.min(...a) / Math.min(...b)) * 1000) / 1000,
      wallMinSpeedup: Math.round((Math.min(...wa) / Math.min(...wb)) * 1000) / 1000,
      wallMinMBs: [mbs(Math.min(...wa)), mbs(Math.min(...wb))],
    };
  }
  console.log(JSON.stringify(out, null, 1));
}
await main();
