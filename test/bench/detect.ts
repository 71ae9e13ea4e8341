// Detector benchmark: accuracy on labelled synthetic and public corpora, throughput against openredaction, linear
// time on hostile input, bundle cost. Prints ONE JSON object. Run: npm run bench:detect
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scan, type Finding, type FindingType } from '../../utils/detect';
import { generateCorpus, type Doc, type GoldSpan } from '../corpus/generate';
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

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const corpora = path.resolve(repoRoot, '..', 'shared', 'corpora');
const HIGH = 0.8;
const notes: string[] = [];

// ---------------------------------------------------------------------------------------------------------------
// Scoring: entity-level span overlap (a gold span is found when a prediction of the same type overlaps it; a
// prediction is correct when it overlaps a gold span of its type), as presidio-research reports per entity.

interface Tally {
  tp: number;
  fn: number;
  fp: number;
  pTp: number;
}
function tallyAdd(m: Map<string, Tally>, type: string): Tally {
  let t = m.get(type);
  if (!t) m.set(type, (t = { tp: 0, fn: 0, fp: 0, pTp: 0 }));
  return t;
}
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function score(m: Map<string, Tally>, gold: GoldSpan[], pred: { type: string; start: number; end: number }[], types?: Set<string>) {
  for (const g of gold) {
    const t = tallyAdd(m, g.type);
    if (pred.some((p) => p.type === g.type && overlap(p, g))) t.tp++;
    else t.fn++;
  }
  for (const p of pred) {
    if (types && !types.has(p.type)) continue;
    const t = tallyAdd(m, p.type);
    if (gold.some((g) => g.type === p.type && overlap(p, g))) t.pTp++;
    else t.fp++;
  }
}
function metrics(m: Map<string, Tally>) {
  const out: Record<string, { n: number; precision: number; recall: number; f1: number; f2: number; fp: number; fn: number }> = {};
  for (const [type, t] of [...m].sort()) {
    const p = t.pTp + t.fp ? t.pTp / (t.pTp + t.fp) : t.tp + t.fn ? 1 : 0;
    const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    const f = (b: number) => (p + r ? ((1 + b * b) * p * r) / (b * b * p + r) : 0);
    out[type] = { n: t.tp + t.fn, precision: rd(p), recall: rd(r), f1: rd(f(1)), f2: rd(f(2)), fp: t.fp, fn: t.fn };
  }
  return out;
}
const rd = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function ours(text: string): Finding[] {
  return scan(text, { maxChars: Infinity }).findings.filter((f) => f.confidence >= HIGH);
}

// ---------------------------------------------------------------------------------------------------------------
// openredaction, mapped to our types.
type OR = { detect(text: string): Promise<{ detections: { type: string; value: string; position: [number, number] }[] }> };
let orInstance: OR | null = null;
async function openredaction(): Promise<OR | null> {
  if (orInstance) return orInstance;
  try {
    const mod = (await import('openredaction')) as unknown as { OpenRedaction: new (o?: object) => OR };
    orInstance = new mod.OpenRedaction();
    return orInstance;
  } catch (e) {
    notes.push('openredaction not available: ' + String(e));
    return null;
  }
}
function mapOr(type: string): FindingType | null {
  const t = type.toUpperCase();
  if (t.includes('EMAIL')) return 'email';
  if (t.includes('IBAN')) return 'iban';
  if (t.includes('CREDIT') || t === 'CARD_NUMBER') return 'credit_card';
  if (t.includes('SSN') && !t.includes('NHS')) return 'us_ssn';
  if (t.includes('PHONE') || t.includes('MOBILE') || t.includes('TELEPHONE')) return 'phone';
  if (t === 'NAME' || t.includes('PERSON') || t.endsWith('_NAME')) return 'person_name';
  if (t.includes('ADDRESS') && !t.includes('IP') && !t.includes('MAC') && !t.includes('EMAIL')) return 'jp_address';
  if (t.includes('PASSPORT')) return 'jp_passport';
  if (t.includes('DATE_OF_BIRTH') || t === 'DOB') return 'date_of_birth';
  if (t.includes('POSTCODE') || t.includes('ZIP') || t.includes('POSTAL')) return 'jp_postal_code';
  if (t.includes('MY_NUMBER') || t.includes('MYNUMBER') || t.includes('INDIVIDUAL_NUMBER')) return 'my_number';
  if (t.includes('DRIVING') || t.includes('DRIVER')) return 'jp_drivers_license';
  if (t.includes('BANK_ACCOUNT')) return 'jp_bank_account';
  return null;
}
async function theirs(text: string): Promise<{ type: FindingType; start: number; end: number }[]> {
  const or = await openredaction();
  if (!or) return [];
  const r = await or.detect(text);
  const out: { type: FindingType; start: number; end: number }[] = [];
  for (const d of r.detections) {
    const type = mapOr(d.type);
    if (!type) continue;
    let [s, e] = d.position ?? [-1, -1];
    if (!(s >= 0 && text.slice(s, e) === d.value)) {
      s = text.indexOf(d.value);
      e = s + d.value.length;
    }
    if (s >= 0) out.push({ type, start: s, end: e });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
async function synthetic(docs: Doc[]) {
  const m = new Map<string, Tally>();
  const mo = new Map<string, Tally>();
  const hardNeg: Record<string, number> = {};
  let hardNegTotal = 0;
  const negWhat: Record<string, number> = {};
  const orTypes = new Set<string>();
  for (const d of docs) {
    const fs = ours(d.text);
    score(m, d.spans, fs);
    for (const n of d.negatives) {
      negWhat[n.what] = (negWhat[n.what] ?? 0) + 1;
      const bad = fs.filter((f) => overlap(f, n) && !d.spans.some((g) => overlap(g, f)));
      if (bad.length) {
        hardNeg[n.what + ' → ' + bad.map((b) => b.type).join(',')] = (hardNeg[n.what + ' → ' + bad[0].type] ?? 0) + 1;
        hardNegTotal++;
      }
    }
    const or = await theirs(d.text);
    for (const o of or) orTypes.add(o.type);
    score(mo, d.spans, or);
  }
  return {
    docs: docs.length,
    chars: docs.reduce((a, d) => a + d.text.length, 0),
    goldSpans: docs.reduce((a, d) => a + d.spans.length, 0),
    hardNegatives: docs.reduce((a, d) => a + d.negatives.length, 0),
    perType: metrics(m),
    hardNegativesReportedHigh: hardNegTotal,
    hardNegativeFailures: hardNeg,
    openredaction: metrics(mo),
  };
}

async function presidio() {
  const f = path.join(corpora, 'presidio-synth_dataset_v2.json');
  if (!existsSync(f)) return { note: `absent: ${f}` };
  const data = JSON.parse(readFileSync(f, 'utf8')) as {
    full_text: string;
    template_id: number;
    spans: { entity_type: string; start_position: number; end_position: number }[];
  }[];
  const MAP: Record<string, FindingType> = {
    PERSON: 'person_name',
    STREET_ADDRESS: 'jp_address',
    CREDIT_CARD: 'credit_card',
    PHONE_NUMBER: 'phone',
    EMAIL_ADDRESS: 'email',
    IBAN_CODE: 'iban',
    US_SSN: 'us_ssn',
  };
  const types = new Set(Object.values(MAP));
  const m = new Map<string, Tally>();
  const mo = new Map<string, Tally>();
  // English rules were tuned on sentences whose template_id is even; odd templates are held out
  const half = [new Map<string, Tally>(), new Map<string, Tally>()];
  for (const x of data) {
    const gold = x.spans.filter((s) => MAP[s.entity_type]).map((s) => ({ type: MAP[s.entity_type], start: s.start_position, end: s.end_position }));
    const fs = ours(x.full_text);
    score(m, gold, fs, types);
    score(half[x.template_id % 2], gold, fs, types);
    score(mo, gold, await theirs(x.full_text), types);
  }
  const brief = (h: Map<string, Tally>) =>
    Object.fromEntries(Object.entries(metrics(h)).map(([k, v]) => [k, { n: v.n, precision: v.precision, recall: v.recall, f1: v.f1 }]));
  return {
    source: 'microsoft/presidio-research synth_dataset_v2 (MIT); STREET_ADDRESS scored as jp_address (our one address type)',
    sentences: data.length,
    ours: metrics(m),
    tuning: { note: 'template_id even: the half the English rules were tuned on', ...brief(half[0]) },
    heldOut: { note: 'template_id odd: never looked at while tuning', ...brief(half[1]) },
    openredaction: metrics(mo),
  };
}

function geolonia() {
  const f = path.join(corpora, 'geolonia-addresses.csv');
  if (!existsSync(f)) return { note: `absent: ${f}` };
  const lines = readFileSync(f, 'utf8').split('\n').slice(1).filter(Boolean);
  let found = 0;
  let labelled = 0;
  let coverSum = 0;
  const misses: string[] = [];
  for (const line of lines) {
    const addr = line.split(',')[0];
    const fs = ours(addr).filter((x) => x.type === 'jp_address');
    if (fs.length) {
      found++;
      coverSum += Math.min(1, fs.reduce((a, x) => a + (x.end - x.start), 0) / addr.length);
    } else if (misses.length < 8) misses.push(addr);
    const t2 = `住所: ${addr}`;
    if (ours(t2).some((x) => x.type === 'jp_address')) labelled++;
  }
  return {
    source: 'geolonia/normalize-japanese-addresses test/addresses/addresses.csv (MIT)',
    addresses: lines.length,
    recall: rd(found / lines.length),
    recallWithLabel: rd(labelled / lines.length),
    meanCoverage: rd(coverSum / Math.max(1, found)),
    sampleMisses: misses,
  };
}

/** The independent set (test/corpus/independent.ts): written by a helper who never read the detector, as a stand-in
 *  for a labelled corpus we cannot see. Even documents are the half gaps were fixed from; odd ones are held out. */
function independent() {
  return independentSet(INDEPENDENT, 'test/corpus/independent.ts: 324 documents (CSV/TSV/JSON/vCard exports, CRM detail pages, mail, notes, chat, forms), written without reading the detector');
}
/** The second independent set (test/corpus/independent2.ts), by another helper who never read the detector: CRM
 *  screens as innerText, request bodies, PDF text, spreadsheets, business forms, English CRM exports. */
function independent2() {
  return independentSet(INDEPENDENT2, 'test/corpus/independent2.ts: 307 documents (page innerText, request bodies, PDF text, spreadsheet pastes, business forms, English exports), written without reading the detector');
}
/** The third (test/corpus/independent3.ts), by a third helper: half English (support threads, chat exports, HR,
 *  clinic and insurance letters, many countries), Japanese chat, call-centre records and forms, code and brand noise. */
function independent3() {
  return independentSet(INDEPENDENT3, 'test/corpus/independent3.ts: 301 documents (English support threads, chat exports, HR, clinic and insurance letters; Japanese chat, call-centre records, forms; code, brands and tables as hard negatives), written without reading the detector');
}
/** The fourth (test/corpus/independent4.ts), written after every fix of session 6 and never used for one then: a week
 *  of a CRM user's documents, 60 % Japanese. Session 7 tuned on its even half; the odd half stays held out. */
function independent4() {
  return independentSet(INDEPENDENT4, 'test/corpus/independent4.ts: 202 documents (a week of a CRM user: exports, records, mail, tickets, chat, notes, HR, forms, papers, orders; 44 hard negatives), written without reading the detector; even half used for fixes from session 7');
}
/** The fifth (test/corpus/independent5.ts), written during session 7 by a helper who never read the detector and never
 *  used for a fix (its misses were never listed): a Japanese company with overseas subsidiaries. Both halves held out. */
function independent5() {
  return independentSet(INDEPENDENT5, 'test/corpus/independent5.ts: 200 documents (JA contracts, school, clinic, insurance, HR, résumés, orders, OCR, chat; India, Ireland, EU, Australia, Singapore, US exports, tickets, invoices, JSON, logs; 42 hard negatives), written without reading the detector and never used to change it');
}
/** The sixth (test/corpus/independent6.ts), written in session 8 by a helper who never read the detector: people with
 *  foreign roots living and working in Japan (staffing, residence cards, language schools, rentals, health checks,
 *  payroll), mixed-language chat and mail, OCR. Session 8 tunes on its even half; the odd half stays held out. */
function independent6() {
  return independentSet(INDEPENDENT6, 'test/corpus/independent6.ts: 201 documents (foreign residents in Japan: staffing and 技能実習 records, residence cards, language schools, rentals, health checks, 労災, payroll, police and immigration, interpreter notes; mixed JA/EN chat and mail, OCR, CSV/TSV; 43 hard negatives), written without reading the detector; even half used for fixes from session 8');
}
/** The seventh (test/corpus/independent7.ts), written in session 9 by a helper who never read the detector: family and
 *  money life events at a Japanese bank, securities house, insurer and care company (loans, 口座開設, 相続, 成年後見,
 *  claims, 告知書, 介護, schools) plus developer text (JSON, logs, SQL, CSV, YAML) and US / UK / Australian records.
 *  Session 9 tunes on its even half; the odd half stays held out. */
function independent7() {
  return independentSet(INDEPENDENT7, 'test/corpus/independent7.ts: 236 documents (bank branch CRM: loans, account opening, 相続 and 戸籍, 成年後見, 反社 checks, 督促; securities, insurance claims and 告知書; 介護 and 生活保護; schools; JSON / logs / SQL / CSV / YAML; US / UK / AU KYC, mortgages, claims, elder care; OCR, PDF, mail, chat, TSV; 52 hard negatives), written without reading the detector; even half used for fixes from session 9');
}
/** The eighth (test/corpus/independent8.ts), written in session 9 by a helper who never read the detector: a Japanese
 *  company's people and its customers on the move (HR and recruiting, travel and hotels, telecom and utilities) in PDF,
 *  CSV / TSV, mail, chat, form, JSON and GDS text. Session 9 tunes on its even half; the odd half stays held out. */
function independent8() {
  return independentSet(INDEPENDENT8, 'test/corpus/independent8.ts: 231 documents (HR and recruiting: 履歴書, 扶養控除等申告書, 源泉徴収票, 健康診断, 休職・復職, ATS JSON; travel: 宿泊者名簿, PNR / e-tickets, 旅行申込書, insurance claims, レンタカー; telecom and utilities: MNP, 光回線, 督促, 電気・ガス開始; PDF, CSV / TSV, mail, chat, OCR; 46 hard negatives), written without reading the detector; even half used for fixes from session 9');
}
/** The ninth (test/corpus/independent9.ts), written in session 9 by a helper who never read the detector: what the
 *  global SaaS tools of a Japanese company's overseas offices show and export (CRM records and exports, tickets and
 *  chats, Slack / Teams, mail threads, calendar invites, Stripe / Shopify / PayPal, Workday / BambooHR, DocuSign,
 *  webhooks and API logs, call transcripts) across 16 countries, plus the Tokyo office's use of the same tools.
 *  Session 9 tunes on its even half; the odd half stays held out. */
function independent9() {
  return independentSet(INDEPENDENT9, 'test/corpus/independent9.ts: 224 documents (overseas-office SaaS: Salesforce / HubSpot / Pipedrive, Zendesk / Freshdesk / Intercom, Jira / Linear, Slack / Teams, mail, calendar, Stripe / Shopify / PayPal, Workday / BambooHR, DocuSign, webhooks, API logs, CSV, call transcripts; US / UK / IE / CA / AU / NZ / SG / IN / PH / DE / FR / ES / IT / NL / BR / MX; Japanese head-office views; 53 hard negatives), written without reading the detector; even half used for fixes from session 9');
}
/** The tenth (test/corpus/independent10.ts), written in session 10 by a helper who never read the detector: retail,
 *  e-commerce, real estate and car dealers and the call centres behind them (order screens and exports, gifts and
 *  convenience-store pickup, rental applications and tenant ledgers, dealer notes, speech-to-text calls with spoken
 *  digits, web-form mails, quoted threads, vCard / contacts CSV, broken PDF text, LINE / Chatwork). First scored at
 *  the session's fifth detector commit; session 10 tunes on its even half; the odd half stays held out. */
function independent10() {
  return independentSet(INDEPENDENT10, 'test/corpus/independent10.ts: 218 documents (retail, e-commerce, real estate, car dealers, call-centre transcripts with spoken digits, web-form mails, contacts exports, broken PDF text; 46 hard negatives), written without reading the detector; even half used for fixes from session 10');
}
/** The eleventh (test/corpus/independent11.ts), written in session 10 by a helper who never read the detector: where
 *  要配慮個人情報 lives (clinics, pharmacies, law offices, courts and police, local government and welfare, schools,
 *  religious and party rolls; US / UK clinics, courts and background checks). First scored at the session's sixth
 *  detector commit; session 10 tunes on its even half; the odd half stays held out. */
function independent11() {
  return independentSet(INDEPENDENT11, 'test/corpus/independent11.ts: 211 documents (clinics, pharmacies, law, courts and police, local government and welfare, schools, religious and party rolls; US / UK clinic notes, EOBs, dockets, background checks; 384 sensitive spans; 52 hard negatives), written without reading the detector; even half used for fixes from session 10');
}
/** The twelfth and thirteenth (test/corpus/independent12.ts, independent13.ts), written late in session 10 by helpers
 *  who never read the detector, and never used to change it: IT, marketing and events (tickets, directory and LDIF
 *  exports, logs with payloads, Git logs, registration and business-card exports, surveys); and small businesses and
 *  local communities as paper and fax become text (FAX orders, 顧客台帳, salon and 整骨院 cards, 町内会 rolls,
 *  年賀状 lists, 檀家名簿, OCR noise). Both halves are held out, as set #5's. */
function independent12() {
  return independentSet(INDEPENDENT12, 'test/corpus/independent12.ts: 229 documents (IT helpdesk, AD/LDIF exports, logs with payloads, Git logs, event registrations, business-card exports, surveys, MA exports; 57 % Japanese; 50 hard negatives), written without reading the detector; never used to change it');
}
function independent13() {
  return independentSet(INDEPENDENT13, 'test/corpus/independent13.ts: 236 documents (small businesses and local communities: FAX orders, invoices, 顧客台帳, salon and 整骨院 cards, 塾 forms, 町内会 rolls, 年賀状 lists, 檀家名簿, 本人確認記録, OCR noise; 55 hard negatives), written without reading the detector; never used to change it');
}
function independentSet(set: typeof INDEPENDENT, source: string) {
  const m = new Map<string, Tally>();
  const halves = [new Map<string, Tally>(), new Map<string, Tally>()];
  let hardNegFp = 0;
  set.forEach((d, i) => {
    const gold = d.gold.map((g) => ({ type: g.type as FindingType, start: g.start, end: g.end }));
    const pred = ours(d.text);
    score(m, gold, pred);
    score(halves[i % 2], gold, pred);
    if (!gold.length) hardNegFp += pred.length;
  });
  const all = (x: Map<string, Tally>) => {
    const t = { tp: 0, fn: 0, fp: 0, pTp: 0 };
    for (const v of x.values()) for (const k of ['tp', 'fn', 'fp', 'pTp'] as const) t[k] += v[k];
    return metrics(new Map([['all', t]])).all;
  };
  return {
    source,
    docs: set.length,
    overall: all(m),
    hardNegativeDocs: set.filter((d) => !d.gold.length).length,
    hardNegativeFindings: hardNegFp,
    tuning: { note: 'even-indexed documents (gaps were fixed from these)', ...all(halves[0]) },
    heldOut: { note: 'odd-indexed documents (not looked at while fixing)', ...all(halves[1]) },
    perType: metrics(m),
  };
}

function stockmark() {
  const f = path.join(corpora, 'stockmark-ner-wikipedia.json');
  if (!existsSync(f)) return { note: `absent: ${f}` };
  const data = JSON.parse(readFileSync(f, 'utf8')) as { text: string; entities: { span: [number, number]; type: string }[] }[];
  const m = new Map<string, Tally>();
  // even-indexed sentences are the half rules may be tuned on; odd ones are held out
  const halves = [new Map<string, Tally>(), new Map<string, Tally>()];
  const types = new Set(['person_name']);
  data.forEach((x, i) => {
    const gold = x.entities.filter((e) => e.type === '人名').map((e) => ({ type: 'person_name' as FindingType, start: e.span[0], end: e.span[1] }));
    const pred = ours(x.text);
    score(m, gold, pred, types);
    score(halves[i % 2], gold, pred, types);
  });
  return {
    source: 'stockmarkteam/ner-wikipedia-dataset (CC BY-SA 3.0), 人名 → person_name, running text without labels',
    sentences: data.length,
    ...metrics(m),
    tuning: { note: 'even-indexed sentences (rules may be tuned on these)', ...metrics(halves[0]) },
    heldOut: { note: 'odd-indexed sentences (never looked at while tuning)', ...metrics(halves[1]) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
function mixedCorpus(docs: Doc[], minChars: number): string {
  const parts: string[] = docs.map((d) => d.text);
  const sm = path.join(corpora, 'stockmark-ner-wikipedia.json');
  if (existsSync(sm)) for (const x of JSON.parse(readFileSync(sm, 'utf8')) as { text: string }[]) parts.push(x.text + '\n');
  const pr = path.join(corpora, 'presidio-synth_dataset_v2.json');
  if (existsSync(pr)) for (const x of JSON.parse(readFileSync(pr, 'utf8')) as { full_text: string }[]) parts.push(x.full_text + '\n');
  let s = '';
  const block = parts.join('');
  while (s.length < minChars) s += block;
  return s;
}

function timeIt(fn: () => void, runs = 5, warm = 2): number {
  for (let i = 0; i < warm; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

async function throughput(docs: Doc[]) {
  const MB = 1 << 20;
  const text = mixedCorpus(docs, (10 * MB) / 2 + 1000);
  const bytes = text.length * 2;
  const ms = timeIt(() => void scan(text, { maxChars: Infinity }));
  const ourMBs = bytes / MB / (ms / 1000);
  // openredaction on a 1 MB (UTF-16) slice: it is far too slow for 10 MB
  let orMBs: number | null = null;
  let orNote = '';
  const or = await openredaction();
  if (or) {
    const slice = text.slice(0, MB / 2);
    await or.detect(slice.slice(0, 20000));
    const ts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await or.detect(slice);
      ts.push(performance.now() - t0);
    }
    orMBs = 1 / (median(ts) / 1000);
    orNote = 'openredaction measured on a 1 MB slice of the same corpus (median of 3 after warm-up); ours on the full corpus';
    const oursSliceMs = timeIt(() => void scan(slice));
    return {
      corpusMB: rd(bytes / MB, 2),
      oursMBs: rd(ourMBs, 1),
      oursMsMedian: rd(ms, 1),
      oursOnSameSliceMBs: rd(1 / (oursSliceMs / 1000), 1),
      openredactionMBs: rd(orMBs, 3),
      ratio: rd(ourMBs / orMBs, 1),
      note: orNote,
    };
  }
  return { corpusMB: rd(bytes / MB, 2), oursMBs: rd(ourMBs, 1), oursMsMedian: rd(ms, 1), openredactionMBs: null };
}

// ---------------------------------------------------------------------------------------------------------------
// Ordinary page text (no customer data) is what every page the content script sees looks like: it must be the
// fastest case. Units repeated to 1 MB of UTF-16; warm (after 3 runs), median of 7.
const PROSE: Record<string, string> = {
  proseJa: '本日は晴天なり。新しい製品の発表会が東京で開かれ、多くの人が集まりました。価格は未定ですが、来月から販売される予定です。詳しくはウェブサイトをご覧ください。',
  proseEn: 'The quick brown fox jumps over the lazy dog. Our new product launches next month; see the website for details and pricing. ',
  pricesJa: '価格 1,200円 送料 500円 ',
  datesJa: '2024年3月4日 ',
  versions: 'バージョン 1.2.3 ',
};
function prose() {
  const MB = 1 << 20;
  const out: Record<string, { mbs: number; findings: number }> = {};
  for (const [name, unit] of Object.entries(PROSE)) {
    const text = unit.repeat(Math.ceil(MB / 2 / unit.length));
    const findings = scan(text, { maxChars: Infinity }).findings.filter((f) => f.confidence >= HIGH).length;
    const ms = timeIt(() => void scan(text, { maxChars: Infinity }), 7, 3);
    out[name] = { mbs: rd((text.length * 2) / MB / (ms / 1000), 1), findings };
  }
  return out;
}

/** A 50 KB page: navigation, Japanese and English prose, prices, dates; `crm` adds a 30-row customer table. */
function pageText(crm: boolean): string {
  const parts: string[] = [];
  let i = 0;
  while (parts.join('').length < 25_000) {
    i++;
    parts.push(`ホーム | 製品情報 | サポート | お問い合わせ\n第${i}章 新サービスのご案内\n`);
    parts.push(PROSE.proseJa + '\n' + PROSE.proseEn + '\n');
    parts.push(`更新日 2024年${(i % 12) + 1}月${(i % 28) + 1}日 価格 ${i},${String(i * 7).padStart(3, '0')}円（税込） v${i}.0.${i % 10}\n`);
    if (crm && i % 4 === 0)
      parts.push(`氏名\t電話番号\tメール\n山田 太郎\t090-1234-${String(5600 + i).padStart(4, '0')}\tyamada${i}@example.co.jp\n`);
  }
  return parts.join('').slice(0, 25_000);
}

/**
 * First call in a fresh process: what a content script pays in a page that just loaded. The detector is bundled
 * by esbuild (as the extension ships it) and loaded by plain node: import time, first scan, second scan.
 */
async function cold() {
  try {
    const esbuild = await import('esbuild');
    const dir = mkdtempSync(path.join(tmpdir(), 'maruhi-cold-'));
    const bundle = path.join(dir, 'detect.mjs');
    await esbuild.build({ entryPoints: [path.resolve(repoRoot, 'utils/detect/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error' });
    const out: Record<string, unknown> = {};
    for (const crm of [false, true]) {
      const textFile = path.join(dir, 'page.txt');
      writeFileSync(textFile, pageText(crm));
      const script = `
        const text = require('fs').readFileSync(${JSON.stringify(textFile)}, 'utf8');
        const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
        const t0 = performance.now(), c0 = cpu();
        import(${JSON.stringify('file://' + bundle)}).then((m) => {
          const t1 = performance.now(), c1 = cpu();
          const r = m.scan(text);
          const t2 = performance.now(), c2 = cpu();
          m.scan(text);
          const t3 = performance.now(), c3 = cpu();
          console.log(JSON.stringify({ importMs: t1 - t0, importCpuMs: c1 - c0, firstMs: t2 - t1, firstCpuMs: c2 - c1, secondMs: t3 - t2, secondCpuMs: c3 - c2, findings: r.findings.filter((f) => f.confidence >= 0.8).length }));
        });`;
      const runs: Record<string, number>[] = [];
      for (let k = 0; k < 5; k++) {
        const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
        if (r.status === 0) runs.push(JSON.parse(r.stdout));
        else return { error: r.stderr.slice(-500) };
      }
      const med = (key: string) => rd(median(runs.map((r) => r[key])), 1);
      out[crm ? 'page50KBWithCrmTable' : 'page50KB'] = {
        chars: 25_000,
        findings: runs[0].findings,
        importMs: med('importMs'),
        firstScanMs: med('firstMs'),
        firstScanCpuMs: med('firstCpuMs'),
        secondScanMs: med('secondMs'),
        firstScanMBs: rd(0.05 / (med('firstMs') / 1000) / 1.048576, 1),
      };
    }
    rmSync(dir, { recursive: true, force: true });
    return { ...out, note: 'fresh node process per run (median of 5); CPU ms include V8 background compilation' };
  } catch (e) {
    return { note: 'cold run unavailable: ' + String(e) };
  }
}

function hostile() {
  const MB = 1 << 20;
  const rows: Record<string, { mb: number; ms: number; msPerMB: number }[]> = {};
  const kinds: Record<string, string> = {
    digits: '1',
    whitespace: ' ',
    repeatedChar: 'a',
    at: '@',
    kanji: '山',
    digitSpace: '1 ',
    dashDigits: '1-',
    alnum: 'A1',
    emailish: 'a@a.',
    keyword: '電話',
    tabs: '\t',
    // one digit run of alternating widths (the old fold regex retried the rest of the run at every ASCII digit: quadratic)
    mixedWidthDigits: '1２',
    // names over and over: every repeat is a candidate for the name scorers
    kataNames: 'アイ・ウエは',
    kataWord: 'ペトリーニは',
    enNames: 'Anna Smith smiled. ',
    kanjiNames: '山田太郎は',
    // one line of label: name fields (each colon looked back to its line's start once: quadratic until session 8)
    labelledNames: '：山田　',
    splitNames: '姓：山田　名：太郎　',
    sensitiveWords: '患者 糖尿病 ',
    // (session 9) header rows one after another: a header cell's suffix was looked for back to the text's start
    headerRows: 'name_kanji,dob,氏名(漢字)\n',
    jsonEscapes: '"\\u5409\\u5ddd",',
    diseaseWords: '骨粗鬆症、',
    // (session 10) each disease word was asked against every address: quadratic
    addressDiseases: '東京都千代田区丸の内1-1-1 胃炎\n',
    spacedAddress: '東京都 渋谷区 ',
    lineExport: '10:02\t隆\tとのトーク履歴\n',
    invisibleInDigits: '\u200b1',
    mathDigits: '\u{1d7ce}',
    // (session 10) booking passport elements on one line; given-name chat speakers, a bracketed role after each
    pnrDocs: 'SSR DOCS ',
    givenSpeakers: '翔子（お客様）: そうだね\n',
    doses: 'アムロジピン錠5mg 1日1回 ',
    // every line a clinical note's section, and every line a candidate's first char
    clinicalLines: 'S: x\nO: y\n',
    lineStarts: 'p\n',
    // one line of names in cells (each name's column was counted back to the line's start: quadratic until session 10)
    tabNames: '山田太郎\t',
    csvNames: '山田太郎,',
    // numbers read out: every の beside a digit, every katakana zero
    spokenDigits: '1の',
    kanaZeros: 'ゼロ',
    // (session 10) a split name field's bracket never closed: its close was looked for to the text's end (quadratic)
    unclosedFieldBracket: '姓（',
    // (session 10) one line of address labels: each label's line end was looked for to the text's end (quadratic)
    addressLabels: '番地 ',
    // (session 10) a person per line, the family name alone and in the full name: the family name's starts were sorted
    // again every 64 that the model remembered (quadratic)
    familyAgain: '山田;太郎\n山田太郎\n',
    // (session 10) one long list of full names: each item was asked against every name found (quadratic)
    nameList: 'Tamsin Crowder, Tobiah Greenhalgh, ',
    // (session 10) military post codes on one line: each looked back to its line's start for the line before
    militaryCodes: 'apo aa 12345 ',
  };
  // one digit run as long as the input, after one char that needs folding (the fold regex was quadratic here)
  kinds.digitRunAfterFullwidth = 'Ａ';
  // (session 10) one line of labels, then as many spaces: each label's value was trimmed back over all of them
  kinds.addressLabelsThenSpaces = '住所：x';
  kinds.nameSlashThenSpaces = '氏名：山田太郎/ ';
  for (const [name, unit] of Object.entries(kinds)) {
    rows[name] = [];
    for (const mb of [1, 2, 4]) {
      const text =
        name === 'digitRunAfterFullwidth'
          ? unit + '1'.repeat((mb * MB) / 2 - 1)
          : name.endsWith('ThenSpaces')
            ? unit.repeat(Math.ceil((mb * MB) / 4 / unit.length)) + ' '.repeat((mb * MB) / 4)
            : unit.repeat(Math.ceil((mb * MB) / 2 / unit.length));
      const ms = timeIt(() => void scan(text, { maxChars: Infinity }), 3, 1);
      rows[name].push({ mb, ms: rd(ms, 1), msPerMB: rd(ms / mb, 2) });
    }
  }
  const worst = Math.max(...Object.values(rows).map((r) => r[2].msPerMB / Math.max(0.01, r[0].msPerMB)));
  return { rows, worstGrowthOfMsPerMBFrom1to4MB: rd(worst, 2) };
}

async function bundle() {
  try {
    const esbuild = await import('esbuild');
    const size = async (entry: string) => {
      const r = await esbuild.build({ entryPoints: [path.resolve(repoRoot, entry)], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
      const code = r.outputFiles[0].contents;
      return { minified: code.length, gzip: gzipSync(code).length };
    };
    const all = await size('utils/detect/index.ts');
    const names = await size('utils/detect/names-data.ts');
    const kw = await size('utils/detect/keywords.ts');
    return { detector: all, familyNameList: names, keywordTables: kw };
  } catch (e) {
    return { note: 'esbuild unavailable: ' + String(e) };
  }
}

/** `npm run bench:detect [-- section …]` runs only the named sections (e.g. prose cold hostile). */
async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const want = (k: string) => only.length === 0 || only.includes(k);
  const docs = generateCorpus();
  const sections: [string, () => unknown][] = [
    ['synthetic', () => synthetic(docs)],
    ['presidio', presidio],
    ['geolonia', geolonia],
    ['stockmark', stockmark],
    ['independent', independent],
    ['independent2', independent2],
    ['independent3', independent3],
    ['independent4', independent4],
    ['independent5', independent5],
    ['independent6', independent6],
    ['independent7', independent7],
    ['independent8', independent8],
    ['independent9', independent9],
    ['independent10', independent10],
    ['independent11', independent11],
    ['independent12', independent12],
    ['independent13', independent13],
    ['throughput', () => throughput(docs)],
    ['prose', prose],
    ['cold', cold],
    ['hostile', hostile],
    ['bundle', bundle],
  ];
  const result: Record<string, unknown> = {};
  for (const [k, f] of sections) if (want(k)) result[k] = await f();
  result.threshold = HIGH;
  result.notes = notes;
  console.log(JSON.stringify(result, null, 1));
}
await main();
