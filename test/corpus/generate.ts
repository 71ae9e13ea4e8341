// Labelled synthetic corpus for the detector benchmark: Japanese and English customer data in the ways people write
// it (tables, CSV, label/value, prose; full-width digits, dash variants, spaces, dots, line breaks), plus hard
// negatives. Fixed seed → the same corpus every run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FindingType } from '../../utils/detect/types';

export interface GoldSpan {
  type: FindingType;
  start: number;
  end: number;
}
export interface Doc {
  text: string;
  spans: GoldSpan[];
  /** Hard negatives: nothing here may be reported at high confidence. */
  negatives: { start: number; end: number; what: string }[];
  layout: string;
}

// ---------------------------------------------------------------------------------------------------------------
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const digits = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(int(0, 9));
    return s;
  };
  return { next, int, pick, digits, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Data: gimei names and addresses when the shared corpora are present, a small built-in set otherwise.

interface Person {
  fam: string;
  given: string;
  famKana: string;
  givenKana: string;
}
interface Data {
  fam: [string, string][];
  given: [string, string][];
  pref: string[];
  city: [string, string][]; // [prefecture, city]
  town: string[];
}

const RARE_FAMILY: [string, string][] = [
  ['勅使河原', 'テシガワラ'],
  ['東海林', 'ショウジ'],
  ['我妻', 'ワガツマ'],
  ['小鳥遊', 'タカナシ'],
  ['五月女', 'ソウトメ'],
  ['一ノ瀬', 'イチノセ'],
  ['百目鬼', 'ドウメキ'],
  ['薬師寺', 'ヤクシジ'],
  ['京極', 'キョウゴク'],
  ['神宮寺', 'ジングウジ'],
];

export function loadData(corporaDir?: string): Data {
  const dir = corporaDir ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
  try {
    const names = readFileSync(path.join(dir, 'gimei-names.yml'), 'utf8');
    const [firstPart, lastPart] = names.split('\nlast_name:');
    const rows = (s: string) => [...s.matchAll(/- \['([^']+)', '([^']+)', '([^']+)'/g)].map((m) => [m[1], m[3]] as [string, string]);
    const addr = readFileSync(path.join(dir, 'gimei-addresses.yml'), 'utf8');
    const prefSec = addr.slice(addr.indexOf('prefecture:'), addr.indexOf('\n  city:'));
    const citySec = addr.slice(addr.indexOf('\n  city:'), addr.indexOf('\n  town:'));
    const townSec = addr.slice(addr.indexOf('\n  town:'));
    const first = (s: string) => [...s.matchAll(/- \['([^']+)'/g)].map((m) => m[1]);
    const pref = first(prefSec);
    const cities = first(citySec);
    return {
      fam: rows(lastPart),
      given: rows(firstPart),
      pref,
      city: cities.map((c) => [pref[Math.abs(hash(c)) % pref.length], c]),
      town: first(townSec),
    };
  } catch {
    return {
      fam: [
        ['佐藤', 'サトウ'],
        ['鈴木', 'スズキ'],
        ['高橋', 'タカハシ'],
        ['田中', 'タナカ'],
        ['山田', 'ヤマダ'],
      ],
      given: [
        ['太郎', 'タロウ'],
        ['花子', 'ハナコ'],
        ['一郎', 'イチロウ'],
        ['美咲', 'ミサキ'],
      ],
      pref: ['東京都', '大阪府', '神奈川県', '北海道'],
      city: [
        ['東京都', '千代田区'],
        ['大阪府', '吹田市'],
        ['神奈川県', '横浜市中区'],
      ],
      town: ['千代田', '寿町', '山下町', '本町'],
    };
  }
}
function hash(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

// ---------------------------------------------------------------------------------------------------------------
// Values.

export function myNumber(r: Rng): string {
  const d = r.digits(11);
  let s = 0;
  for (let i = 0; i < 11; i++) s += +d[i] * (i < 5 ? 6 - i : 12 - i);
  const m = s % 11;
  return d + (m <= 1 ? 0 : 11 - m);
}
export function corporate(r: Rng): string {
  const d = r.digits(12);
  let s = 0;
  for (let k = 1; k <= 12; k++) s += +d[12 - k] * (k % 2 ? 1 : 2);
  return 9 - (s % 9) + d;
}
export function luhnComplete(prefix: string, len: number, r: Rng): string {
  let d = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) {
    const x = d + c;
    let s = 0;
    let dbl = false;
    for (let i = x.length - 1; i >= 0; i--) {
      let v = +x[i];
      if (dbl) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      s += v;
      dbl = !dbl;
    }
    if (s % 10 === 0) return x;
  }
  return d;
}
function card(r: Rng): string {
  const b = r.pick([
    ['4', 16],
    ['51', 16],
    ['55', 16],
    ['2221', 16],
    ['2720', 16],
    ['34', 15],
    ['37', 15],
    ['3528', 16],
    ['3589', 16],
    ['2131', 15],
    ['1800', 15],
    ['6011', 16],
    ['36', 14],
    ['4', 19],
  ] as [string, number][]);
  return luhnComplete(b[0], b[1], r);
}
function group(d: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(d.slice(i, i + s));
    i += s;
  }
  if (i < d.length) out.push(d.slice(i));
  return out.filter(Boolean).join(sep);
}
function iban(r: Rng): string {
  const bank = String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25), 65 + r.int(0, 25), 65 + r.int(0, 25));
  const bban = bank + r.digits(14);
  const num = (bban + 'GB00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of num) m = (m * 10 + +ch) % 97;
  const check = String(98 - m).padStart(2, '0');
  return 'GB' + check + bban;
}

const HALF = '｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
const FULL = '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
/** Half-width katakana as legacy systems print it: ガ → ｶﾞ (two units, so offsets shift under NFKC). */
function halfKana(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u3099\u309a]|[\u30a1-\u30fc。「」、・]/g, (c) => (c === '\u3099' ? 'ﾞ' : c === '\u309a' ? 'ﾟ' : FULL.includes(c) ? HALF[FULL.indexOf(c)] : c))
    .replace(/　/g, ' ');
}

const DASHES = ['-', '－', '﹣', '−', '‐', '⁃', '‑', '‒', '–', '—', '﹘', '―', '⎯', '⏤', 'ー', 'ｰ', '─', '━'];
const FW = (s: string) => s.replace(/[0-9A-Za-z@.\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Writes a number the way people do: plain, full width, odd dashes, spaces, dots. */
function styleNumber(r: Rng, s: string): string {
  const p = r.next();
  if (p < 0.5) return s;
  if (p < 0.7) return FW(s);
  if (p < 0.85) {
    const d = r.pick(DASHES);
    return s.replace(/-/g, d);
  }
  if (p < 0.93) return s.replace(/-/g, ' ');
  return FW(s.replace(/-/g, r.pick(DASHES)));
}

// ---------------------------------------------------------------------------------------------------------------
class Builder {
  text = '';
  spans: GoldSpan[] = [];
  negatives: { start: number; end: number; what: string }[] = [];
  put(s: string): this {
    this.text += s;
    return this;
  }
  pii(type: FindingType, s: string): this {
    const start = this.text.length;
    this.text += s;
    this.spans.push({ type, start, end: this.text.length });
    return this;
  }
  neg(s: string, what: string): this {
    const start = this.text.length;
    this.text += s;
    this.negatives.push({ start, end: this.text.length, what });
    return this;
  }
}

interface Rec {
  name: string;
  kana: string;
  email: string;
  phone: string;
  postal: string;
  address: string;
  dob: string;
  myNumber: string;
  card: string;
}

const ROMAJI = ['taro', 'hanako', 'ichiro', 'misaki', 'kenji', 'yuki', 'sato', 'suzuki', 'tanaka', 'yamada', 'ito', 'kato'];
const DOMAINS = ['example.co.jp', 'example.jp', 'mail.example.com', 'corp.example.ne.jp', 'example.org'];

function person(r: Rng, d: Data): Person {
  const [fam, famKana] = r.chance(0.1) ? r.pick(RARE_FAMILY) : r.pick(d.fam);
  const [given, givenKana] = r.pick(d.given);
  return { fam, given, famKana, givenKana };
}
function jpPhone(r: Rng): string {
  const k = r.int(0, 5);
  if (k <= 1) return `0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`;
  if (k === 2) return `03-${r.digits(4)}-${r.digits(4)}`;
  if (k === 3) return `06-${r.digits(4)}-${r.digits(4)}`;
  if (k === 4) return `0${r.int(11, 99)}${r.int(1, 9)}-${r.digits(2)}-${r.digits(4)}`;
  return r.chance(0.5) ? `050-${r.digits(4)}-${r.digits(4)}` : `0120-${r.digits(3)}-${r.digits(3)}`;
}
function jpAddress(r: Rng, d: Data): string {
  const [pref, city] = r.pick(d.city);
  const town = r.pick(d.town);
  const block = r.pick([
    () => `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`,
    () => `${r.int(1, 9)}丁目${r.int(1, 30)}番${r.int(1, 20)}号`,
    () => `${r.int(1, 9)}丁目${r.int(1, 30)}-${r.int(1, 20)}`,
    () => `${r.int(1, 2000)}-${r.int(1, 99)}`,
  ])();
  const styled = r.chance(0.3) ? FW(block).replace(/－/g, r.pick(['－', 'ー', '−', '‐'])) : block;
  const bld = r.chance(0.2) ? ` ${r.pick(['サンハイツ', 'グランドメゾン', 'コーポ', 'パレス'])}${r.int(1, 9)}0${r.int(1, 9)}` : '';
  return (r.chance(0.85) ? pref : '') + city + town + styled + bld;
}
const ERAS: [string, string, number][] = [
  ['昭和', 'S', 1925],
  ['平成', 'H', 1988],
];
function dob(r: Rng): string {
  const y = r.int(1940, 2005);
  const m = r.int(1, 12);
  const dd = r.int(1, 28);
  const k = r.int(0, 4);
  if (k === 0) return `${y}年${m}月${dd}日`;
  if (k === 1) return `${y}/${String(m).padStart(2, '0')}/${String(dd).padStart(2, '0')}`;
  if (k === 2) return `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  const era = y >= 1989 ? ERAS[1] : ERAS[0];
  const ey = y - era[2];
  return k === 3 ? `${era[0]}${ey}年${m}月${dd}日` : `${era[1]}${ey}.${m}.${dd}`;
}
function record(r: Rng, d: Data): Rec {
  const p = person(r, d);
  const sp = r.chance(0.6) ? r.pick([' ', '　']) : '';
  const kanaName = p.famKana + r.pick([' ', '　']) + p.givenKana;
  return {
    name: p.fam + sp + p.given,
    kana: r.chance(0.1) ? halfKana(kanaName) : kanaName,
    email: `${r.pick(ROMAJI)}${r.chance(0.5) ? '.' + r.pick(ROMAJI) : ''}${r.int(1, 999)}@${r.pick(DOMAINS)}`,
    phone: styleNumber(r, jpPhone(r)),
    postal: `${r.digits(3)}-${r.digits(4)}`,
    address: jpAddress(r, d),
    dob: dob(r),
    myNumber: styleNumber(r, group(myNumber(r), [4, 4, 4], r.pick(['-', ' ', '']))),
    card: styleNumber(r, group(card(r), [4, 4, 4, 4], r.pick(['-', ' ', '']))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Layouts.

type Col = { h: string[]; type: FindingType | null; get: (x: Rec) => string };
const COLS: Col[] = [
  { h: ['氏名', 'お名前', '名前', '顧客名', '担当者'], type: 'person_name', get: (x) => x.name },
  { h: ['フリガナ', 'ふりがな', 'カナ'], type: 'person_name', get: (x) => x.kana },
  { h: ['電話番号', '電話', 'TEL', '携帯'], type: 'phone', get: (x) => x.phone },
  { h: ['メール', 'メールアドレス', 'Email'], type: 'email', get: (x) => x.email },
  { h: ['住所', '所在地'], type: 'jp_address', get: (x) => x.address },
  { h: ['生年月日', '誕生日'], type: 'date_of_birth', get: (x) => x.dob },
  { h: ['マイナンバー', '個人番号'], type: 'my_number', get: (x) => x.myNumber },
  { h: ['カード番号'], type: 'credit_card', get: (x) => x.card },
  { h: ['会社名', '部署'], type: null, get: () => '株式会社サンプル' },
  { h: ['No.', '備考'], type: null, get: () => '' },
];

function table(b: Builder, r: Rng, d: Data, delim: string) {
  const cols = [COLS[0], ...COLS.slice(1).filter(() => r.chance(0.5))];
  b.put(cols.map((c) => r.pick(c.h)).join(delim) + '\n');
  const rows = r.int(3, 20);
  for (let i = 0; i < rows; i++) {
    const rec = record(r, d);
    cols.forEach((c, j) => {
      if (j) b.put(delim);
      let v = c.get(rec);
      if (c.h[0] === 'No.') v = String(i + 1);
      const q = delim === ',' && r.chance(0.3) ? '"' : '';
      b.put(q);
      if (c.type && v) b.pii(c.type, v);
      else b.put(v);
      b.put(q);
    });
    b.put('\n');
  }
}

function labelValue(b: Builder, r: Rng, d: Data) {
  const rec = record(r, d);
  const sep = r.pick([': ', '：', ' ', '\t', '\n']);
  b.put(r.pick(['氏名', 'お名前', '契約者名']) + sep).pii('person_name', rec.name).put('\n');
  if (r.chance(0.6)) b.put('フリガナ' + sep).pii('person_name', rec.kana).put('\n');
  if (r.chance(0.7)) b.put('生年月日' + sep).pii('date_of_birth', rec.dob).put('\n');
  b.put('住所' + sep);
  if (r.chance(0.7)) b.put('〒').pii('jp_postal_code', styleNumber(r, rec.postal)).put(' ');
  b.pii('jp_address', rec.address).put('\n');
  b.put(r.pick(['電話番号', 'TEL', '携帯電話', '連絡先']) + sep).pii('phone', rec.phone).put('\n');
  if (r.chance(0.7)) b.put('メール' + sep).pii('email', rec.email).put('\n');
  if (r.chance(0.4)) b.put(r.pick(['マイナンバー', '個人番号']) + sep).pii('my_number', rec.myNumber).put('\n');
  if (r.chance(0.3)) {
    const c = card(r);
    const split = r.chance(0.3);
    b.put('カード番号' + sep).pii('credit_card', split ? `${c.slice(0, 4)} ${c.slice(4, 8)}\n${c.slice(8, 12)} ${c.slice(12)}` : styleNumber(r, group(c, [4, 4, 4, 4], '-'))).put('\n');
  }
  if (r.chance(0.25)) b.put('振込先 ' + r.pick(['三井住友銀行', 'みずほ銀行', 'ゆうちょ銀行']) + ' ' + r.pick(['本店', '新宿支店']) + ' 普通 ').pii('jp_bank_account', r.digits(7)).put('\n');
  if (r.chance(0.2)) b.put('運転免許証番号' + sep).pii('jp_drivers_license', styleNumber(r, r.digits(12))).put('\n');
  if (r.chance(0.15)) b.put('旅券番号' + sep).pii('jp_passport', r.pick(['TK', 'TR', 'MZ']) + r.digits(7)).put('\n');
  if (r.chance(0.15)) b.put('在留カード番号' + sep).pii('jp_residence_card', r.pick(['AB', 'UD', 'EH']) + r.digits(8) + r.pick(['CD', 'JA', 'FB'])).put('\n');
  if (r.chance(0.15)) b.put('基礎年金番号' + sep).pii('jp_pension_number', styleNumber(r, `${r.digits(4)}-${r.digits(6)}`)).put('\n');
  if (r.chance(0.1)) b.put('雇用保険被保険者番号' + sep).pii('jp_insurance_number', `${r.digits(4)}-${r.digits(6)}-${r.digits(1)}`).put('\n');
  if (r.chance(0.1)) b.put('法人番号' + sep).pii('corporate_number', corporate(r)).put('\n');
  if (r.chance(0.25)) {
    const [cat, word] = r.pick([
      ['medical', '病歴'],
      ['medical', '既往歴'],
      ['disability', '障害者手帳'],
      ['criminal_record', '前科'],
      ['family_origin', '本籍'],
      ['creed', '宗教'],
    ]);
    b.pii('sensitive', word).put(sep + (cat === 'medical' ? r.pick(['あり', '記載なし', '別紙参照']) : r.pick(['あり', '記載なし', '別紙参照'])) + '\n');
  }
  b.put('\n');
}

function prose(b: Builder, r: Rng, d: Data) {
  const rec = record(r, d);
  const k = r.int(0, 4);
  if (k === 0) b.pii('person_name', rec.name).put('様のご連絡先は').pii('phone', rec.phone).put('です。\n');
  else if (k === 1) b.put('担当の').pii('person_name', rec.name).put('さんにメール（').pii('email', rec.email).put('）で送付しました。\n');
  else if (k === 2) b.pii('person_name', rec.name).put('様 〒').pii('jp_postal_code', rec.postal).put(' ').pii('jp_address', rec.address).put(' までお届けします。\n');
  else if (k === 3) b.put('お客様（').pii('person_name', rec.name).put('）の携帯番号 ').pii('phone', rec.phone).put(' に折り返してください。\n');
  else b.put('申込者 ').pii('person_name', rec.name).put('、生年月日 ').pii('date_of_birth', rec.dob).put('、住所 ').pii('jp_address', rec.address).put('。\n');
}

const EN_FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Sarah', 'Emma', 'Daniel'];
const EN_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis'];
const STREETS = ['Main Street', 'Oak Avenue', 'Maple Drive', 'Cedar Lane', 'Park Road', 'Elm Street', 'Sunset Blvd'];
const CITIES = ['Springfield, IL 62704', 'Austin, TX 78701', 'Portland, OR 97205', 'Denver, CO 80202'];

function english(b: Builder, r: Rng) {
  const name = `${r.pick(EN_FIRST)} ${r.pick(EN_LAST)}`;
  const email = `${name.toLowerCase().replace(' ', '.')}${r.int(1, 99)}@${r.pick(['example.com', 'mail.example.org'])}`;
  const ph = r.pick([`(${r.int(201, 989)}) ${r.int(200, 999)}-${r.digits(4)}`, `${r.int(201, 989)}-${r.int(200, 999)}-${r.digits(4)}`, `+1 ${r.int(201, 989)} ${r.int(200, 999)} ${r.digits(4)}`, `+44 20 ${r.digits(4)} ${r.digits(4)}`]);
  const ssn = `${r.int(100, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`;
  const k = r.int(0, 4);
  if (k === 0) b.put('Customer: ').pii('person_name', name).put(', email ').pii('email', email).put(', phone ').pii('phone', ph).put('.\n');
  else if (k === 1) b.put('Please ship to ').pii('person_name', name).put(' at ').pii('jp_address', `${r.int(1, 9999)} ${r.pick(STREETS)}, ${r.pick(CITIES)}`).put('.\n');
  else if (k === 2) b.put('SSN: ').pii('us_ssn', ssn).put(' Card: ').pii('credit_card', group(card(r), [4, 4, 4, 4], r.pick([' ', '-', '']))).put('\n');
  else if (k === 3) b.put('Wire to IBAN ').pii('iban', group(iban(r), [4, 4, 4, 4, 4], r.pick([' ', '']))).put(' for ').pii('person_name', name).put('.\n');
  else b.put('Name\tEmail\tPhone\n').pii('person_name', name).put('\t').pii('email', email).put('\t').pii('phone', ph).put('\n');
}

function negatives(b: Builder, r: Rng) {
  const mk: [string, () => [string, string]][] = [
    ['order number passing My Number check', () => ['注文番号: ', myNumber(r)]],
    ['order number passing Luhn (Visa prefix)', () => ['ご注文番号 ', luhnComplete('4', 16, r)]],
    ['invoice passing corporate check', () => ['請求書番号 ', corporate(r)]],
    ['tracking number', () => ['追跡番号 ', `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`]],
    ['tracking number plain', () => ['お問い合わせ番号 ', r.digits(12)]],
    ['price', () => ['価格 ', `¥${r.int(1, 999)},${r.digits(3)},${r.digits(3)}`]],
    ['price yen', () => ['合計 ', `${r.int(10000, 99999999)}円`]],
    ['date', () => ['発送日 ', `${r.int(2000, 2030)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`]],
    ['date jp', () => ['納期 ', `${r.int(2000, 2030)}年${r.int(1, 12)}月${r.int(1, 28)}日`]],
    ['version', () => ['version ', `${r.int(1, 20)}.${r.int(0, 9)}.${r.int(10000, 99999)}.${r.int(100, 9999)}`]],
    ['uuid', () => ['id: ', '550e8400-e29b-41d4-a716-' + r.digits(12)]],
    ['isbn', () => ['ISBN', `978-4-${r.digits(2)}-${r.digits(6)}-${r.digits(1)}`]],
    ['isbn13', () => ['ISBN ', '978' + r.digits(10)]],
    ['part number', () => ['品番 ', `ABC-${r.digits(4)}-${r.digits(4)}`]],
    ['invoice id', () => ['', `INV-${r.int(2015, 2030)}-${r.digits(6)}`]],
    ['url id', () => ['', `https://shop.example.com/orders/${myNumber(r)}?ref=${luhnComplete('4', 16, r)}`]],
    ['JAN code', () => ['JANコード ', '49' + r.digits(11)]],
    ['IP address', () => ['IP ', `192.168.${r.int(0, 255)}.${r.int(0, 255)}`]],
    ['phone-shaped serial', () => ['シリアル番号 ', `090-${r.digits(4)}-${r.digits(4)}`]],
    ['postal-shaped part', () => ['型番 ', `${r.digits(3)}-${r.digits(4)}`]],
    ['sensitive word in general text', () => ['', r.pick(['糖尿病の予防には運動が大切です', '宗教と文化の関係について', '逮捕された容疑者の報道', '人種差別に反対する声明'])]],
    ['prefecture in general text', () => ['', r.pick(['東京都の人口は増えている', '大阪府の天気は晴れ', '北海道新幹線の延伸'])]],
    ['company name', () => ['', r.pick(['株式会社山田製作所', '田中工業株式会社', '鈴木商店'])]],
  ];
  const n = r.int(3, 8);
  for (let i = 0; i < n; i++) {
    const [what, f] = r.pick(mk);
    const [label, value] = f();
    b.put(label).neg(value, what).put(r.pick(['\n', '。\n', ' です。\n']));
  }
}

/** The labelled corpus: `docs` documents, fixed seed. */
export function generateCorpus(seed = 20240601, docs = 600, data: Data = loadData()): Doc[] {
  const r = rng(seed);
  const out: Doc[] = [];
  for (let i = 0; i < docs; i++) {
    const b = new Builder();
    const k = r.int(0, 9);
    let layout: string;
    if (k <= 1) {
      layout = 'tsv';
      table(b, r, data, '\t');
    } else if (k === 2) {
      layout = 'csv';
      table(b, r, data, ',');
    } else if (k <= 4) {
      layout = 'label-value';
      labelValue(b, r, data);
    } else if (k <= 6) {
      layout = 'prose';
      for (let j = r.int(2, 6); j > 0; j--) prose(b, r, data);
    } else if (k === 7) {
      layout = 'english';
      for (let j = r.int(2, 6); j > 0; j--) english(b, r);
    } else {
      layout = 'negatives';
      negatives(b, r);
    }
    if (layout !== 'negatives' && r.chance(0.3)) negatives(b, r);
    out.push({ text: b.text, spans: b.spans, negatives: b.negatives, layout });
  }
  return out;
}
