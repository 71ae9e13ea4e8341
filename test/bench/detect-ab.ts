// A/B timing in SEPARATE processes, alternating (ref, cur, cur, ref, …): each child loads one detector, warms up and
// reports the median of a few scans. (Both copies in one process slowed the reference by itself, ~16 vs ~25 MB/s
// alone, and so overstated gains.) Make the reference as test/bench/detect-compare.ts says, then:
//   npx tsx test/bench/detect-ab.ts <refDir> [--rounds=N] [--only=mixed,dense,prose,presidio,stockmark,page] [--warm=N] [--cur=dir]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../corpus/generate';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const corpora = path.resolve(repoRoot, '..', 'shared', 'corpora');
const MB = 1 << 20;
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** mixedCorpus() of detect.ts: synthetic docs + stockmark + presidio, repeated to ≥ 5 Mi chars. */
function mixed(docs: string[]): string {
  const parts = docs.slice();
  const sm = path.join(corpora, 'stockmark-ner-wikipedia.json');
  if (existsSync(sm)) for (const x of JSON.parse(readFileSync(sm, 'utf8')) as { text: string }[]) parts.push(x.text + '\n');
  const pr = path.join(corpora, 'presidio-synth_dataset_v2.json');
  if (existsSync(pr)) for (const x of JSON.parse(readFileSync(pr, 'utf8')) as { full_text: string }[]) parts.push(x.full_text + '\n');
  return parts.join('');
}

/** The Presidio texts alone, one a line (as mixed() joins them). */
function presidio(): string {
  const pr = path.join(corpora, 'presidio-synth_dataset_v2.json');
  if (!existsSync(pr)) return '';
  return (JSON.parse(readFileSync(pr, 'utf8')) as { full_text: string }[]).map((x) => x.full_text + '\n').join('');
}

/** The stockmark sentences alone, one a line. */
function stockmarkText(): string {
  const sm = path.join(corpora, 'stockmark-ner-wikipedia.json');
  return existsSync(sm) ? (JSON.parse(readFileSync(sm, 'utf8')) as { text: string }[]).map((x) => x.text + '\n').join('') : '';
}

async function main() {
  const args = process.argv.slice(2);
  const refDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/detect-ref');
  const curDir = path.resolve(args.find((a) => a.startsWith('--cur='))?.slice(6) ?? repoRoot);
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 6);
  const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  // warm-up scans before the timed ones: 2 measures a detector still being compiled (on a loaded machine the JIT's
  // threads count too); more measures the steady state
  const warm = Number(args.find((a) => a.startsWith('--warm='))?.slice(7) ?? 2);
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(path.join(tmpdir(), 'detect-ab-'));
  const docs = generateCorpus().map((d) => d.text);
  const P =
    '本日は晴天なり。新しい製品の発表会が東京で開かれ、多くの人が集まりました。価格は未定ですが、来月から販売される予定です。詳しくはウェブサイトをご覧ください。\nThe quick brown fox jumps over the lazy dog. Our new product launches next month; see the website for details and pricing. \n';
  // texts are written once; children rebuild them the way detect.ts does (a block concatenated until ≥ 5 Mi chars)
  const cases: Record<string, { block: string; min: number; warm?: number }> = {
    mixed: { block: mixed(docs), min: (10 * MB) / 2 + 1000 },
    dense: { block: docs.join(''), min: 2_000_000 },
    prose: { block: P, min: MB / 2 },
    // the English part of the mixed corpus alone (Presidio prose): what utils/detect/en.ts costs
    presidio: { block: presidio(), min: MB },
    // the Japanese prose part of mixed alone: stockmark sentences (names-ja.ts work)
    stockmark: { block: stockmarkText(), min: MB },
    // one page-sized text (192,000 chars, below the 200,000 of scanNameForms's echo passes, which the cases above skip):
    // a third each of the synthetic documents, stockmark and Presidio
    // (scanned 20 times at least before the timed scans: two scans of it leave much of the detector still being compiled)
    page: { block: docs.join('').slice(0, 64_000) + stockmarkText().slice(0, 64_000) + presidio().slice(0, 64_000), min: 1, warm: 20 },
  };
  const bundles: Record<string, string> = {};
  for (const [who, d] of [['ref', refDir], ['cur', curDir]]) {
    bundles[who] = path.join(dir, who + '.mjs');
    await esbuild.build({ entryPoints: [path.join(d, 'utils/detect/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundles[who], logLevel: 'error' });
  }
  const out: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(cases)) {
    if (only && !only.includes(name)) continue;
    if (!c.block) continue;
    const file = path.join(dir, name + '.txt');
    writeFileSync(file, c.block);
    const res: Record<string, number[]> = { ref: [], cur: [] };
    const cpu: Record<string, number[]> = { ref: [], cur: [] };
    const minCpu: Record<string, number> = { ref: Infinity, cur: Infinity };
    const meanCpu: Record<string, number[]> = { ref: [], cur: [] };
    for (let r = 0; r < rounds; r++) {
      for (const who of r % 2 ? ['cur', 'ref'] : ['ref', 'cur']) {
        const script = `const block = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
          let s = ''; while (s.length < ${c.min}) s += block;
          import(${JSON.stringify('file://' + bundles[who])}).then((m) => {
            for (let i = 0; i < ${Math.max(c.warm ?? 0, warm)}; i++) m.scan(s, { maxChars: Infinity });
            const ts = [], cs = [];
            const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
            for (let i = 0; i < 5; i++) { const c0 = cpu(), t0 = performance.now(); m.scan(s, { maxChars: Infinity }); ts.push(performance.now() - t0); cs.push(cpu() - c0); }
            ts.sort((a, b) => a - b);
            cs.sort((a, b) => a - b);
            console.log(JSON.stringify({ ms: ts[2], cpuMs: cs[2], minCpuMs: cs[0], meanCpuMs: cs.reduce((a, b) => a + b, 0) / cs.length, chars: s.length }));
          });`;
        const p = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
        const j = JSON.parse(p.stdout) as { ms: number; cpuMs: number; minCpuMs: number; meanCpuMs: number; chars: number };
        minCpu[who] = Math.min(minCpu[who], j.minCpuMs);
        meanCpu[who].push(j.meanCpuMs);
        res[who].push(((j.chars * 2) / MB) / (j.ms / 1000));
        cpu[who].push(((j.chars * 2) / MB) / (j.cpuMs / 1000));
      }
    }
    const r1 = (x: number) => Math.round(x * 10) / 10;
    out[name] = {
      refMBs: r1(median(res.ref)),
      curMBs: r1(median(res.cur)),
      speedup: Math.round((median(res.cur) / median(res.ref)) * 1000) / 1000,
      bestRef: r1(Math.max(...res.ref)),
      bestCur: r1(Math.max(...res.cur)),
      // per CPU second of the whole process (GC threads included): less moved by other processes on a busy machine
      cpuSpeedup: Math.round((median(cpu.cur) / median(cpu.ref)) * 1000) / 1000,
      // the fastest scan of all rounds, in CPU time: interference only adds time, so the minimum is the steadiest
      bestCpuSpeedup: Math.round((minCpu.ref / minCpu.cur) * 1000) / 1000,
      // mean CPU per scan over all rounds: GC pauses land in some scans and not others, so it can differ from the median
      meanCpuSpeedup: Math.round((mean(meanCpu.ref) / mean(meanCpu.cur)) * 1000) / 1000,
      rounds,
      warm: Math.max(c.warm ?? 0, warm),
    };
  }
  console.log(JSON.stringify(out, null, 1));
}
await main();
