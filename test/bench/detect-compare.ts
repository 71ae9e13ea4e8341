// Guards detector speed work: findings (and summaries, and streamed findings) of the working detector must equal a
// frozen reference copy on every corpus. Make the reference first:
//   rm -rf /tmp/detect-ref && mkdir -p /tmp/detect-ref && git archive HEAD utils/detect | tar -x -C /tmp/detect-ref
// Run: npx tsx test/bench/detect-compare.ts [refDir]   (prints JSON; exit code 1 on any difference)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cur from '../../utils/detect';
import { isDigitDash } from '../../utils/detect/normalize';
import { hashKey } from '../../utils/detect/people';
import { generateCorpus, rng } from '../corpus/generate';
import { INDEPENDENT } from '../corpus/independent';
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

type Det = typeof cur;
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const corpora = path.resolve(repoRoot, '..', 'shared', 'corpora');

function texts(): [string, string[]][] {
  const out: [string, string[]][] = [];
  const docs = generateCorpus();
  out.push(['synthetic', docs.map((d) => d.text)]);
  const all = docs.map((d) => d.text).join('');
  out.push(['syntheticJoined', [all]]);
  // the independent labelled set: written apart from the detector, so it has shapes our own corpus lacks
  out.push(['independent', INDEPENDENT.map((d) => d.text)]);
  out.push(['independent2', INDEPENDENT2.map((d) => d.text)]);
  out.push(['independent3', INDEPENDENT3.map((d) => d.text)]);
  out.push(['independent4', INDEPENDENT4.map((d) => d.text)]);
  out.push(['independent5', INDEPENDENT5.map((d) => d.text)]);
  out.push(['independent6', INDEPENDENT6.map((d) => d.text)]);
  out.push(['independent7', INDEPENDENT7.map((d) => d.text)]);
  out.push(['independent8', INDEPENDENT8.map((d) => d.text)]);
  out.push(['independent9', INDEPENDENT9.map((d) => d.text)]);
  out.push(['independent10', INDEPENDENT10.map((d) => d.text)]);
  out.push(['independent11', INDEPENDENT11.map((d) => d.text)]);
  out.push(['independent12', INDEPENDENT12.map((d) => d.text)]);
  out.push(['independent13', INDEPENDENT13.map((d) => d.text)]);
  const pr = path.join(corpora, 'presidio-synth_dataset_v2.json');
  if (existsSync(pr)) out.push(['presidio', (JSON.parse(readFileSync(pr, 'utf8')) as { full_text: string }[]).map((x) => x.full_text)]);
  const sm = path.join(corpora, 'stockmark-ner-wikipedia.json');
  if (existsSync(sm)) out.push(['stockmark', (JSON.parse(readFileSync(sm, 'utf8')) as { text: string }[]).map((x) => x.text)]);
  const ge = path.join(corpora, 'geolonia-addresses.csv');
  if (existsSync(ge)) {
    const lines = readFileSync(ge, 'utf8').split('\n').slice(1).filter(Boolean);
    out.push(['geoloniaLines', lines]);
    out.push(['geoloniaAddr', lines.flatMap((l) => [l.split(',')[0], `住所: ${l.split(',')[0]}`])]);
  }
  const prose = [
    '本日は晴天なり。新しい製品の発表会が東京で開かれ、多くの人が集まりました。価格は未定ですが、来月から販売される予定です。詳しくはウェブサイトをご覧ください。',
    'The quick brown fox jumps over the lazy dog. Our new product launches next month; see the website for details and pricing. ',
    '価格 1,200円 送料 500円 ',
    '2024年3月4日 ',
    'バージョン 1.2.3 ',
  ];
  out.push(['prose', prose.map((u) => u.repeat(Math.ceil(50_000 / u.length)))]);
  const hostile = ['1', ' ', 'a', '@', '山', '1 ', '1-', 'A1', 'a@a.', '電話', '\t'];
  out.push(['hostile', hostile.map((u) => u.repeat(Math.ceil(60_000 / u.length)))]);
  // Random mixtures of the characters the detector cares about: catches edge cases the corpora miss.
  const r = rng(7);
  const alphabet = [
    ...'0123456789 -.()+@_%/,:\t\n\r\u3000０１２－ー−abcXYZ',
    '電話', 'TEL', '住所', '氏名', '様', 'さん', '東京都', '港区', '山田', '太郎', '〒', '病歴', 'Name: ', 'John ', 'Smith',
    'Street', '生年月日', '1985年4月1日', '090-1234-5678', 'x@example.com', '4111 1111 1111 1111', 'カード番号', '口座番号',
    '\t氏名\t電話\n', ',', '"', 'Mr. ', 'a1b2', '佐藤花子', '番地', '丁目', '1-2-3', 'DOB ', 'born ',
  ];
  const fuzz: string[] = [];
  for (let k = 0; k < 3000; k++) {
    let s = '';
    const L = r.int(1, 120);
    for (let i = 0; i < L; i++) s += r.pick(alphabet);
    fuzz.push(s);
  }
  out.push(['fuzz', fuzz]);
  // Page-sized texts (≤ 200,000 chars: the size below which the echo passes of scanNameForms run) cut from the mixed
  // corpus: the one-shot corpora above are short, and the joined ones too long, for those passes to see many names
  const mixed = [...docs.map((d) => d.text), ...out.filter(([k]) => k === 'stockmark' || k === 'presidio').flatMap(([, v]) => v.map((x) => x + '\n'))].join('');
  const pages: string[] = [];
  for (let i = 0; i < mixed.length; i += 150_000) pages.push(mixed.slice(i, i + 150_000));
  out.push(['pages', pages]);
  return out;
}

const strip = (fs: cur.Finding[]) => JSON.stringify(fs);

async function main() {
  const refDir = process.argv[2] ?? '/tmp/detect-ref';
  if (!existsSync(path.join(refDir, 'utils/detect/index.ts'))) {
    console.error(`no reference detector in ${refDir}: make one with git archive (see the top of this file)`);
    process.exit(2);
  }
  const ref = (await import(pathToFileURL(path.join(refDir, 'utils/detect/index.ts')).href)) as Det;
  const report: Record<string, { texts: number; findings: number; diffs: number }> = {};
  let bad = 0;
  const examples: unknown[] = [];
  for (const [name, list] of texts()) {
    let findings = 0;
    let diffs = 0;
    for (const t of list) {
      const a = ref.scan(t, { maxChars: Infinity });
      const b = cur.scan(t, { maxChars: Infinity });
      findings += a.findings.length;
      const fa = strip(a.findings);
      const fb = strip(b.findings);
      if (fa !== fb || JSON.stringify(a.summary) !== JSON.stringify(b.summary)) {
        diffs++;
        if (examples.length < 3) examples.push({ name, text: t.slice(0, 300), ref: fa.slice(0, 600), cur: fb.slice(0, 600) });
      }
    }
    // streaming with small windows on a sample: window edges exercise acceptFrom/acceptTo and carried headers
    if (name === 'syntheticJoined' || name === 'fuzz') {
      const text = list.join('\n').slice(0, 400_000);
      const run = (d: Det) => {
        const sc = new d.Scanner({ windowChars: 4096 });
        const fs: cur.Finding[] = [];
        sc.onFinding = (f) => fs.push(f);
        for (let i = 0; i < text.length; i += 3001) sc.push(text.slice(i, i + 3001));
        return JSON.stringify([fs, sc.end()]);
      };
      if (run(ref) !== run(cur)) {
        diffs++;
        examples.push({ name: name + ' (Scanner)' });
      }
    }
    bad += diffs;
    report[name] = { texts: list.length, findings, diffs };
  }
  // mask() on its own, every type, random strings of the chars its rules look at
  {
    const r = rng(11);
    const alphabet = [
      ...'0123456789０１２ー－-.@ \t\n\r\u3000\u2028・元都道府県市区町村郡東京千代田abcXYZ()+',
      '山田', '太郎', 'John', ' Smith', 'example.co.jp', '\u2010', '\uff70', '\u00a0', '年', '月', '日',
    ];
    let diffs = 0;
    let n = 0;
    for (const type of cur.FINDING_TYPES) {
      for (let k = 0; k < 4000; k++) {
        let s = '';
        const L = r.int(0, 24);
        for (let i = 0; i < L; i++) s += r.pick(alphabet);
        n++;
        if (ref.mask(type, s) !== cur.mask(type, s)) {
          diffs++;
          if (examples.length < 6) examples.push({ name: 'mask', type, text: s, ref: ref.mask(type, s), cur: cur.mask(type, s) });
        }
      }
    }
    bad += diffs;
    report.mask = { texts: n, findings: 0, diffs };
  }
  // fold() against the reference on random runs of what it folds (digits of both widths, dashes, kana, letters)
  {
    const r = rng(19);
    // (（ ： … → ※ ！ ｀: chars near the folded ones that stay as they are)
    const alphabet = [...'0123456789０１２３４５６７８９ーｰ─━－-—‐−.．＋＿ａｚＡＺ＠ｶﾞﾟｱ 　\n山1a（：…→※！｀', '12', '１２', '1ー2', '１ー２', 'Ａ１'];
    let diffs = 0;
    let n = 0;
    for (let k = 0; k < 30000; k++) {
      let text = '';
      const L = r.int(1, 40);
      for (let i = 0; i < L; i++) text += r.pick(alphabet);
      n++;
      if (ref.fold(text) !== cur.fold(text)) {
        diffs++;
        if (examples.length < 6) examples.push({ name: 'fold', text, ref: ref.fold(text), cur: cur.fold(text) });
      }
    }
    bad += diffs;
    report.fold = { texts: n, findings: 0, diffs };
  }
  // the scanner masks fold(text).slice(s, e) instead of fold(text.slice(s, e)) when no dash between digits is in it
  {
    const r = rng(13);
    const alphabet = [...'0123456789０１２３ーｰ─━－-—.．ａＡ＠ｶﾞﾟ 　\n山市1a'];
    let diffs = 0;
    let n = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const L = r.int(1, 30);
      for (let i = 0; i < L; i++) text += r.pick(alphabet);
      const t = cur.fold(text);
      const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
      const dashes: number[] = [];
      for (let i = 1; i + 1 < text.length; i++)
        if (isDigitDash(text.charCodeAt(i)) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) dashes.push(i);
      for (let j = 0; j < 5; j++) {
        const a = r.int(0, L - 1);
        const b = r.int(a + 1, L);
        if (dashes.some((x) => x >= a && x < b)) continue;
        n++;
        if (cur.fold(text.slice(a, b)) !== t.slice(a, b)) {
          diffs++;
          if (examples.length < 6) examples.push({ name: 'dashSpans', text, a, b });
        }
      }
    }
    bad += diffs;
    report.dashSpans = { texts: n, findings: 0, diffs };
  }
  // DistinctCounter: exact phase, the switch to the bitmap, and the estimate, on hashes with repeats and 0
  {
    const r = rng(17);
    let diffs = 0;
    let n = 0;
    for (const cap of [0, 1, 7, 1000, 100_000]) {
      for (let k = 0; k < (cap > 1000 ? 2 : 20); k++) {
        const a = new ref.DistinctCounter(cap);
        const b = new cur.DistinctCounter(cap);
        const pool = r.int(1, 3 * cap + 10);
        const adds = r.int(0, 4 * cap + 20);
        for (let i = 0; i < adds; i++) {
          const h = r.chance(0.02) ? 0 : hashKey(String(r.int(0, pool)));
          a.add(h);
          b.add(h);
          n++;
          if ((i & 1023) === 0 && a.size !== b.size) diffs++;
        }
        if (a.size !== b.size) {
          diffs++;
          if (examples.length < 6) examples.push({ name: 'DistinctCounter', cap, adds, ref: a.size, cur: b.size });
        }
      }
    }
    bad += diffs;
    report.distinct = { texts: n, findings: 0, diffs };
  }
  // isJsSpace on every UTF-16 unit (what \s matches)
  {
    type NZ = typeof import('../../utils/detect/normalize');
    const refNz = (await import(pathToFileURL(path.join(refDir, 'utils/detect/normalize.ts')).href)) as NZ;
    const curNz = (await import('../../utils/detect/normalize')) as NZ;
    let diffs = 0;
    for (let c = 0; c < 0x10000; c++) if (refNz.isJsSpace(c) !== curNz.isJsSpace(c)) diffs++;
    bad += diffs;
    report.isJsSpace = { texts: 0x10000, findings: 0, diffs };
  }
  // checksums: cardBrand on every 4-digit prefix at every card length (and a few non-digit inputs)
  {
    type CS = typeof import('../../utils/detect/checksums');
    const refCs = (await import(pathToFileURL(path.join(refDir, 'utils/detect/checksums.ts')).href)) as CS;
    const curCs = (await import('../../utils/detect/checksums')) as CS;
    let diffs = 0;
    let n = 0;
    const extra = ['', '4', '41', '411', 'a111111111111', '4a11111111111111', '-4111111111111111'];
    for (let p = 0; p < 10000; p++)
      for (let L = 12; L <= 19; L++) {
        const d = String(p).padStart(4, '0') + '5'.repeat(L - 4);
        n++;
        if (refCs.cardBrand(d) !== curCs.cardBrand(d)) diffs++;
      }
    for (const d of extra) if ((n++, refCs.cardBrand(d) !== curCs.cardBrand(d))) diffs++;
    bad += diffs;
    report.cardBrand = { texts: n, findings: 0, diffs };
  }
  console.log(JSON.stringify({ identical: bad === 0, report, examples }, null, 1));
  process.exit(bad ? 1 : 0);
}
await main();
