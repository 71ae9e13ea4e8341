// Independent labelled test set for the detector: a stand-in for a hidden labelled corpus.
//
// Written WITHOUT reading the detector (utils/detect/*.ts) or our own synthetic generator (test/corpus/generate.ts),
// so that it is not shaped by what the detector already handles. Documents are hand-written or come from small
// seeded templates (deterministic: the same array every run). Values are invented; check digits are computed.
//
// How gold spans are made: a labelled value is written in the document source as L(type, value) (or an alias such as
// PN(...)), which wraps it in control characters; `doc()` strips them and records the exact UTF-16 offsets of the
// value in the final text, and then asserts text.slice(start, end) === value. Offsets are therefore exact.
//
// CONVENTIONS (what is labelled, and where a span starts and ends)
// - person_name: the name only, without honorifics (様, 殿, さん, 氏, 君, 先生, Mr., Ms., Dr.) and without titles.
//   Labelled where a human reviewer would: customers, contacts, patients, employees, signatories, people in meeting
//   notes and tickets. Family-name-only references (「佐藤様」「田中さん」) ARE labelled when they refer to a person.
//   Readings (フリガナ / ふりがな / half-width ｶﾅ / romaji) of a person's name ARE person_name.
//   NOT labelled: organisations even when they contain a family name (株式会社山田製作所, 鈴木商店, 本田技研工業,
//   Johnson & Johnson, Morgan Stanley), place names (八王子, 松本市, 山田町), product and brand names.
//   A name is one span even when written with a space (山田 太郎 / Taro Yamada / YAMADA Taro).
// - phone: every phone or fax number (mobile, fixed, 0120/0800 free dial, 050, +81, US, UK), including company
//   switchboards in signatures: a phone shape in contact position is a phone. The span is the number including its
//   +81 / brackets, not the label (TEL:). A number broken by a line break is one span including the break.
// - email: every address, including role addresses (info@…).
// - jp_postal_code: the 7 digits with their dash, without 〒 (〒 is outside the span). Labelled wherever it is a postal
//   code (with 〒, under a 郵便番号 header, or before an address).
// - jp_address: from the prefecture (or from the city when the prefecture is omitted) through the block numbers and
//   any building name / floor / room on the same line. Postal code excluded. US and UK street addresses are also
//   labelled jp_address (the type set has one address type; our own bench maps STREET_ADDRESS to it too).
//   A bare prefecture or city in running text (「大阪の工場」) is NOT an address.
// - date_of_birth: the date itself (not 生年月日 nor 生 nor the age). Only birth dates: contract dates, order dates,
//   delivery dates, expiry dates, timestamps are NOT labelled.
// - sensitive (要配慮個人情報): the phrase stating the sensitive fact about a person, including its field label when
//   written as label: value (「既往歴：高血圧」), else the shortest phrase (「うつ病で通院中」「前科あり」). NOT labelled:
//   system faults (システム障害, 障害対応), company health-check schedules, crime-prevention notices, drug product
//   catalogues; anything not about an identified or identifiable person.
// - my_number, corporate_number, jp_bank_account, jp_drivers_license, jp_passport, jp_residence_card,
//   jp_pension_number, jp_insurance_number, credit_card, iban, us_ssn: the number itself, with its internal spaces /
//   dashes, without the label. Bank account: the account number only (not the bank, branch or branch code).
//   Health-insurance cards: 記号 and 番号 are one span when written together (「記号 1234 番号 567」 → the span from
//   the first digit to the last). Corporate numbers are labelled (they are in the type set) although not personal.
// - HARD NEGATIVES (docs with id prefix neg-): no gold at all. Order / invoice / tracking / ticket numbers (some are
//   made to pass Luhn or the My Number check digit on purpose), prices, non-birth dates, versions, UUIDs, ISBNs, JAN
//   codes, part numbers, product codes shaped like passports, timestamps, company names, place names, katakana
//   loanwords, IT 障害 (outage) reports. Mixed docs also contain such negatives next to real data.
import { rng } from './generate';

export interface GoldSpan {
  type: string;
  start: number;
  end: number;
}
export interface IndependentDoc {
  id: string;
  style: string;
  text: string;
  gold: GoldSpan[];
}

// ---------------------------------------------------------------------------------------------------------------
// Markup and span computation

const S = '\u0001';
const M = '\u0002';
const E = '\u0003';
export const L = (type: string, value: string) => `${S}${type}${M}${value}${E}`;
export const PN = (v: string) => L('person_name', v);
export const PH = (v: string) => L('phone', v);
export const EM = (v: string) => L('email', v);
export const ZIP = (v: string) => L('jp_postal_code', v);
export const AD = (v: string) => L('jp_address', v);
export const DOB = (v: string) => L('date_of_birth', v);
export const SEN = (v: string) => L('sensitive', v);
export const MN = (v: string) => L('my_number', v);
export const CORP = (v: string) => L('corporate_number', v);
export const BA = (v: string) => L('jp_bank_account', v);
export const DL = (v: string) => L('jp_drivers_license', v);
export const PP = (v: string) => L('jp_passport', v);
export const RC = (v: string) => L('jp_residence_card', v);
export const PEN = (v: string) => L('jp_pension_number', v);
export const INS = (v: string) => L('jp_insurance_number', v);
export const CC = (v: string) => L('credit_card', v);
export const IB = (v: string) => L('iban', v);
export const SSN = (v: string) => L('us_ssn', v);

export function doc(id: string, style: string, marked: string): IndependentDoc {
  let text = '';
  const gold: GoldSpan[] = [];
  const values: string[] = [];
  let i = 0;
  while (i < marked.length) {
    const c = marked[i];
    if (c === S) {
      const m = marked.indexOf(M, i);
      const e = marked.indexOf(E, m);
      if (m < 0 || e < 0) throw new Error(`bad markup in ${id}`);
      const type = marked.slice(i + 1, m);
      const value = marked.slice(m + 1, e);
      if (value.includes(S)) throw new Error(`nested markup in ${id}`);
      gold.push({ type, start: text.length, end: text.length + value.length });
      values.push(value);
      text += value;
      i = e + 1;
    } else {
      text += c;
      i++;
    }
  }
  // The helper's own check: every gold span is found at its offset in the final text.
  gold.forEach((g, k) => {
    if (text.slice(g.start, g.end) !== values[k]) throw new Error(`offset mismatch in ${id}`);
  });
  return { id, style, text, gold };
}

// ---------------------------------------------------------------------------------------------------------------
// Check digits and formatting

const FW_MAP: Record<string, string> = { '-': '－', ' ': '　', '@': '＠', '.': '．', '+': '＋', '(': '（', ')': '）', '/': '／', ':': '：' };
/** Full-width digits, ASCII letters and common punctuation (markup characters are left alone). */
export function fw(s: string): string {
  return s.replace(/[0-9A-Za-z\-@.+()/: ]/g, (ch) => FW_MAP[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const digitsOf = (s: string) => toAsciiDigits(s).replace(/\D/g, '');
const isFwDigit = (s: string) => /[０-９]/.test(s);
const digitLike = (d: number, like: string) => (isFwDigit(like) ? fw(String(d)) : String(d));

/** My Number: 11 digits (any separators) → the same with its check digit appended. */
export function mn(first11: string): string {
  const d = digitsOf(first11);
  if (d.length !== 11) throw new Error('mn needs 11 digits');
  const w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let s = 0;
  for (let k = 0; k < 11; k++) s += +d[k] * w[k];
  const r = s % 11;
  return first11 + digitLike(r <= 1 ? 0 : 11 - r, first11);
}
export function mnValid(x: string): boolean {
  const d = digitsOf(x);
  return d.length === 12 && mn(d.slice(0, 11)) === d;
}
/** Corporate number: 12 digits → check digit prepended. */
export function corp(last12: string): string {
  const d = digitsOf(last12);
  if (d.length !== 12) throw new Error('corp needs 12 digits');
  let s = 0;
  for (let k = 0; k < 12; k++) {
    const fromRight = 12 - k; // 1-based position from the right
    s += +d[k] * (fromRight % 2 === 1 ? 1 : 2);
  }
  return digitLike(9 - (s % 9), last12) + last12;
}
/** Luhn: digits (any separators) → check digit appended. */
export function luhn(body: string): string {
  const d = digitsOf(body);
  let s = 0;
  for (let k = 0; k < d.length; k++) {
    let x = +d[d.length - 1 - k];
    if (k % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    s += x;
  }
  return body + digitLike((10 - (s % 10)) % 10, body);
}
export function luhnValid(x: string): boolean {
  const d = digitsOf(x);
  return luhn(d.slice(0, -1)) === d;
}
/** IBAN with computed check digits; grouped in fours when `grouped`. */
export function iban(country: string, bban: string, grouped = true): string {
  const conv = (s: string) => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  const num = conv(bban + country + '00');
  let r = 0;
  for (const ch of num) r = (r * 10 + +ch) % 97;
  const cd = String(98 - r).padStart(2, '0');
  const raw = country + cd + bban;
  return grouped ? raw.replace(/(.{4})/g, '$1 ').trim() : raw;
}

const HW: Record<string, string> = {};
{
  const full = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー　';
  const half = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ ';
  for (let k = 0; k < full.length; k++) HW[full[k]] = half[k];
  const dak = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボ';
  const dakBase = 'カキクケコサシスセソタチツテトハヒフヘホ';
  for (let k = 0; k < dak.length; k++) HW[dak[k]] = HW[dakBase[k]] + 'ﾞ';
  const han = 'パピプペポ';
  const hanBase = 'ハヒフヘホ';
  for (let k = 0; k < han.length; k++) HW[han[k]] = HW[hanBase[k]] + 'ﾟ';
  HW['ヴ'] = 'ｳﾞ';
}
/** Half-width katakana (ﾔﾏﾀﾞ ﾀﾛｳ). */
export const hwKana = (s: string) => Array.from(s).map((c) => HW[c] ?? c).join('');
export const hira = (s: string) => s.replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

// Seeded PRNG: the synthetic corpus's (same draws)
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file; readings from common usage)

export interface Person {
  sei: string;
  mei: string;
  seiK: string;
  meiK: string;
  seiR: string;
  meiR: string;
  f: boolean;
}
const FAMILY = `尾崎:オザキ:Ozaki 田上:タノウエ:Tanoue 今井:イマイ:Imai 松永:マツナガ:Matsunaga 山川:ヤマカワ:Yamakawa 近藤:コンドウ:Kondo
大平:オオヒラ:Ohira 森山:モリヤマ:Moriyama 石橋:イシバシ:Ishibashi 滝沢:タキザワ:Takizawa 浜野:ハマノ:Hamano 水野:ミズノ:Mizuno
白石:シライシ:Shiraishi 飯田:イイダ:Iida 及川:オイカワ:Oikawa 長岡:ナガオカ:Nagaoka 岸本:キシモト:Kishimoto 原:ハラ:Hara
菊池:キクチ:Kikuchi 町田:マチダ:Machida 片岡:カタオカ:Kataoka 秋田:アキタ:Akita 西川:ニシカワ:Nishikawa 佐藤:サトウ:Sato
高橋:タカハシ:Takahashi 渡辺:ワタナベ:Watanabe 伊藤:イトウ:Ito 中村:ナカムラ:Nakamura 小林:コバヤシ:Kobayashi 斎藤:サイトウ:Saito
吉田:ヨシダ:Yoshida 山口:ヤマグチ:Yamaguchi 松本:マツモト:Matsumoto 井上:イノウエ:Inoue 清水:シミズ:Shimizu 森:モリ:Mori
長谷川:ハセガワ:Hasegawa 五十嵐:イガラシ:Igarashi 小野寺:オノデラ:Onodera 東海林:ショウジ:Shoji 勅使河原:テシガハラ:Teshigahara
一ノ瀬:イチノセ:Ichinose 比嘉:ヒガ:Higa 金城:キンジョウ:Kinjo 宇佐美:ウサミ:Usami 鬼頭:キトウ:Kito 我妻:ワガツマ:Wagatsuma`
  .split(/\s+/)
  .map((x) => x.split(':'));
const GIVEN_M = `由成:ヨシナリ:Yoshinari 孝治:コウジ:Koji 恒生:ツネオ:Tsuneo 浩伸:ヒロノブ:Hironobu 煌太:コウタ:Kota 幸宏:ユキヒロ:Yukihiro
建次郎:ケンジロウ:Kenjiro 芳郎:ヨシロウ:Yoshiro 義春:ヨシハル:Yoshiharu 翔貴:ショウキ:Shoki 将平:ショウヘイ:Shohei 陽向:ハルキ:Haruki
和治:カズハル:Kazuharu 大輔:ダイスケ:Daisuke 健一:ケンイチ:Kenichi 誠:マコト:Makoto 隆之:タカユキ:Takayuki 拓海:タクミ:Takumi
悠真:ユウマ:Yuma 蓮:レン:Ren 正和:マサカズ:Masakazu 亮介:リョウスケ:Ryosuke`
  .split(/\s+/)
  .map((x) => x.split(':'));
const GIVEN_F = `彰音:アヤネ:Ayane 律枝:リツエ:Ritsue 早恵:サナエ:Sanae 真由:マユ:Mayu 水恵:ミズエ:Mizue 由英:ヨシエ:Yoshie 未喜:ミキ:Miki
朋枝:トモエ:Tomoe 彩未:アヤミ:Ayami 結海:ユミ:Yumi 美由起:ミユキ:Miyuki 陽子:ヨウコ:Yoko 恵美:エミ:Emi 千尋:チヒロ:Chihiro
さくら:サクラ:Sakura 結衣:ユイ:Yui 奈々:ナナ:Nana 智子:トモコ:Tomoko 由美子:ユミコ:Yumiko 葵:アオイ:Aoi 凛:リン:Rin 麻衣:マイ:Mai`
  .split(/\s+/)
  .map((x) => x.split(':'));
function person(r: Rng): Person {
  const fam = r.pick(FAMILY);
  const f = r.next() < 0.5;
  const g = r.pick(f ? GIVEN_F : GIVEN_M);
  return { sei: fam[0], seiK: fam[1], seiR: fam[2], mei: g[0], meiK: g[1], meiR: g[2], f };
}

interface Addr {
  zip: string;
  addr: string;
}
const ADDRS: Addr[] = [
  { zip: '150-0002', addr: '東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F' },
  { zip: '530-0001', addr: '大阪府大阪市北区梅田3丁目1番3号' },
  { zip: '460-0008', addr: '愛知県名古屋市中区栄三丁目5番12号 栄第一ビル4階' },
  { zip: '812-0011', addr: '福岡県福岡市博多区博多駅前2-1-1 朝日ビル505号' },
  { zip: '060-0001', addr: '北海道札幌市中央区北一条西四丁目2番地' },
  { zip: '980-0021', addr: '宮城県仙台市青葉区中央1丁目3-1' },
  { zip: '220-0012', addr: '神奈川県横浜市西区みなとみらい二丁目3番5号 クイーンズタワーC 20階' },
  { zip: '330-0063', addr: '埼玉県さいたま市浦和区高砂3-15-1' },
  { zip: '260-0013', addr: '千葉県千葉市中央区中央4丁目5番1号' },
  { zip: '604-8005', addr: '京都府京都市中京区河原町通三条上る恵比須町427番地' },
  { zip: '650-0044', addr: '兵庫県神戸市中央区東川崎町1-7-2 ハーバーランドマンション302' },
  { zip: '730-0011', addr: '広島県広島市中区基町6番78号' },
  { zip: '900-0006', addr: '沖縄県那覇市おもろまち4丁目3番7号' },
  { zip: '370-0841', addr: '群馬県高崎市栄町１６－１１' },
  { zip: '400-0031', addr: '山梨県甲府市丸の内１－１－８' },
  { zip: '399-4511', addr: '長野県上伊那郡南箕輪村1234番地5' },
  { zip: '181-0013', addr: '東京都三鷹市下連雀三丁目三十八番四号' },
  { zip: '192-0083', addr: '東京都八王子市旭町9−1' },
  { zip: '273-0005', addr: '千葉県船橋市本町7‐11‐5 コーポ本町201' },
  { zip: '224-0001', addr: '神奈川県横浜市都筑区中川1ー2ー3' },
  { zip: '761-0301', addr: '香川県高松市林町2217番地15' },
  { zip: '020-0045', addr: '岩手県盛岡市盛岡駅西通2丁目9-1 マリオス17F' },
  { zip: '700-0024', addr: '岡山県岡山市北区駅元町1−6' },
  { zip: '156-0043', addr: '東京都世田谷区松原5丁目42−3 パークハイツ松原 103号室' },
  { zip: '860-0806', addr: '熊本県熊本市中央区花畑町4番1号' },
  { zip: '950-0088', addr: '新潟県新潟市中央区万代1丁目6番1号' },
  { zip: '514-0004', addr: '三重県津市栄町1丁目891番地' },
  { zip: '090-0024', addr: '北海道北見市北四条東3丁目' },
  { zip: '135-0064', addr: '東京都江東区青海一丁目1番10号 ダイバーシティ東京 オフィスタワー 5階' },
  { zip: '464-0850', addr: '愛知県名古屋市千種区今池５丁目２４番３２号 今池ゼネラルビル７Ｆ' },
  { zip: '877-0012', addr: '大分県日田市淡窓1丁目' },
  { zip: '321-0953', addr: '栃木県宇都宮市東宿郷2-4-3 宇都宮大塚ビル 6F' },
  { zip: '790-0003', addr: '愛媛県松山市三番町4丁目9-6' },
  { zip: '630-8115', addr: '奈良県奈良市大宮町1丁目1−25 ＮＫビル3階' },
  { zip: '003-0022', addr: '北海道札幌市白石区南郷通１丁目南８－１０' },
];

const MOBILE = ['090', '080', '070'];
/** A phone number in one of many written forms. */
function phoneIn(r: Rng, form?: number, mobile?: boolean): string {
  const coin = r.next() < 0.55;
  const mob = mobile ?? coin;
  const a = mob ? r.pick(MOBILE) : r.pick(['03', '06', '045', '052', '011', '092', '0422', '0466']);
  const restLen = 10 - a.length + (mob ? 1 : 0);
  // subscriber numbers never start with 0 (nor 1 on fixed lines)
  const rest = String(r.int(mob ? 1 : 2, 9)) + r.digits(restLen - 1);
  const mid = mob ? rest.slice(0, 4) : rest.slice(0, restLen - 4);
  const last = rest.slice(-4);
  const f = form ?? r.int(0, 11);
  switch (f) {
    case 0:
      return `${a}-${mid}-${last}`;
    case 1:
      return `${a}${mid}${last}`;
    case 2:
      return `${a}(${mid})${last}`;
    case 3:
      return fw(`${a}-${mid}-${last}`);
    case 4:
      return `${a}−${mid}−${last}`; // U+2212
    case 5:
      return `${a}ー${mid}ー${last}`; // chōon
    case 6:
      return `+81-${a.slice(1)}-${mid}-${last}`;
    case 7:
      return `${a} ${mid} ${last}`;
    case 8:
      return `(${a})${mid}-${last}`;
    case 9:
      return `${a}‐${mid}‐${last}`; // U+2010
    case 10:
      return `${a}.${mid}.${last}`;
    default:
      return `${a}─${mid}─${last}`; // box drawing
  }
}
const ERA = [
  { name: '昭和', start: 1926, abbr: 'S' },
  { name: '平成', start: 1989, abbr: 'H' },
];
function dobIn(r: Rng, form?: number): string {
  const y = r.int(1948, 2003);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const era = y >= 1989 ? ERA[1] : ERA[0];
  const ey = y - era.start + 1;
  const f = form ?? r.int(0, 7);
  switch (f) {
    case 0:
      return `${y}/${p2(m)}/${p2(d)}`;
    case 1:
      return `${y}年${m}月${d}日`;
    case 2:
      return `${era.name}${ey === 1 ? '元' : ey}年${m}月${d}日`;
    case 3:
      return `${y}-${p2(m)}-${p2(d)}`;
    case 4:
      return `${era.abbr}${ey}.${m}.${d}`;
    case 5:
      return fw(`${y}/${m}/${d}`);
    case 6:
      return `${y}.${p2(m)}.${p2(d)}`;
    default:
      return `${y}/${m}/${d}`;
  }
}
function emailOf(r: Rng, p: Person): string {
  const dom = r.pick(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'i.softbank.jp', 'outlook.jp', 'icloud.com', 'nifty.com', 'example.co.jp']);
  const local = r.pick([
    `${p.meiR}.${p.seiR}`.toLowerCase(),
    `${p.seiR[0]}${p.meiR}`.toLowerCase() + r.int(1, 99),
    `${p.meiR}_${p.seiR}${r.int(60, 99)}`.toLowerCase(),
    `${p.seiR}-${p.meiR[0]}`.toLowerCase(),
  ]);
  return `${local}@${dom}`;
}
const nameJa = (p: Person, sep = ' ') => `${p.sei}${sep}${p.mei}`;
const kanaJa = (p: Person, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;

// ---------------------------------------------------------------------------------------------------------------
// Templated documents

function csvJa(n: number, seed: number): IndependentDoc {
  const r = rng(seed);
  const variant = seed % 4;
  const rows: string[] = [];
  const headers = [
    '顧客ID,氏名,フリガナ,性別,生年月日,電話番号,メールアドレス,郵便番号,住所,登録日',
    '会員番号,お名前,ふりがな,生年月日,携帯電話,E-mail,〒,ご住所,最終購入日,購入金額',
    'No,姓,名,セイ,メイ,TEL,メール,郵便番号,都道府県・住所,誕生日,備考',
    '"顧客コード","顧客名","カナ","電話","FAX","郵便番号","住所","生年月日","ランク"',
  ];
  rows.push(headers[variant]);
  for (let k = 0; k < n; k++) {
    const p = person(r);
    const a = r.pick(ADDRS);
    const id = `C${r.digits(6)}`;
    const reg = `2024/${r.int(1, 12)}/${r.int(1, 28)}`;
    if (variant === 0)
      rows.push(
        [id, PN(nameJa(p, r.next() < 0.5 ? ' ' : '　')), PN(kanaJa(p)), p.f ? '女' : '男', DOB(dobIn(r, r.pick([0, 1, 3, 7]))), PH(phoneIn(r, r.pick([0, 1, 2]))), EM(emailOf(r, p)), ZIP(a.zip), AD(a.addr), reg].join(','),
      );
    else if (variant === 1)
      rows.push(
        [`M-${r.digits(8)}`, PN(nameJa(p, '')), PN(hira(kanaJa(p, '　'))), DOB(dobIn(r, r.pick([1, 2, 0]))), PH(phoneIn(r, r.pick([0, 1, 3]))), EM(emailOf(r, p)), ZIP(a.zip), AD(a.addr), reg, `¥${r.int(1, 99)},${r.digits(3)}`].join(','),
      );
    else if (variant === 2)
      rows.push(
        [String(k + 1), PN(p.sei), PN(p.mei), PN(p.seiK), PN(p.meiK), PH(phoneIn(r, r.pick([0, 1, 4, 9]))), EM(emailOf(r, p)), ZIP(a.zip), AD(a.addr), DOB(dobIn(r, r.pick([0, 4, 6]))), r.pick(['', 'DM不要', '法人', '要折返し'])].join(','),
      );
    else
      rows.push(
        [`K${r.digits(5)}`, PN(nameJa(p, ' ')), PN(hwKana(kanaJa(p))), PH(phoneIn(r, 0)), r.next() < 0.5 ? PH(phoneIn(r, 0)) : '', ZIP(a.zip), AD(a.addr), DOB(dobIn(r, 0)), r.pick(['A', 'B', 'C'])]
          .map((v) => `"${v}"`)
          .join(','),
      );
  }
  return doc(`csv-ja-${seed}`, 'csv_ja_headers', rows.join('\n'));
}

function csvEn(n: number, seed: number): IndependentDoc {
  const r = rng(seed);
  const variant = seed % 3;
  const rows: string[] = [];
  rows.push(
    ['customer_id,full_name,email,phone,date_of_birth,zip,address', 'Name,Name (Kana),Mobile,Email,Birthday,Postal Code,Address,Plan', 'ID\tLast Name\tFirst Name\tPhone\tE-mail\tDOB\tCity'][variant],
  );
  for (let k = 0; k < n; k++) {
    const p = person(r);
    const a = r.pick(ADDRS);
    if (variant === 0)
      rows.push([String(10000 + k * 7), PN(`${p.meiR} ${p.seiR}`), EM(emailOf(r, p)), PH(phoneIn(r, r.pick([0, 1, 6]))), DOB(dobIn(r, 3)), ZIP(a.zip), `"${AD(a.addr)}"`].join(','));
    else if (variant === 1)
      rows.push([PN(`${p.seiR.toUpperCase()} ${p.meiR}`), PN(kanaJa(p)), PH(phoneIn(r, r.pick([0, 1]))), EM(emailOf(r, p)), DOB(dobIn(r, 0)), ZIP(a.zip), AD(a.addr), r.pick(['Basic', 'Pro', 'Enterprise'])].join(','));
    else rows.push([String(k + 1), PN(p.seiR), PN(p.meiR), PH(phoneIn(r, 0)), EM(emailOf(r, p)), DOB(dobIn(r, 3)), r.pick(['Tokyo', 'Osaka', 'Nagoya', 'Sapporo'])].join('\t'));
  }
  return doc(`csv-en-${seed}`, variant === 2 ? 'tsv_en_headers' : 'csv_en_headers', rows.join('\n'));
}

function htmlTable(n: number, seed: number): IndependentDoc {
  // 顧客一覧 copied from a web page: tab-separated, sometimes with 様, empty cells, header row
  const r = rng(seed);
  const lines = ['顧客一覧（2025年3月末時点）', '', r.next() < 0.5 ? '№\t顧客名\t担当\t連絡先\t所在地\t最終接触日' : '氏名\t年齢\t電話番号\tメールアドレス\t住所\tステータス'];
  const reps = ['営業1課', '営業2課', 'CS'];
  for (let k = 0; k < n; k++) {
    const p = person(r);
    const a = r.pick(ADDRS);
    if (lines[2].startsWith('№'))
      lines.push([String(k + 1), `${PN(nameJa(p, ''))} 様`, r.pick(reps), PH(phoneIn(r)), AD(a.addr), `2025/0${r.int(1, 3)}/${r.int(10, 28)}`].join('\t'));
    else lines.push([PN(nameJa(p, r.pick([' ', '　', '']))), `${r.int(22, 78)}歳`, PH(phoneIn(r)), EM(emailOf(r, p)), AD(a.addr), r.pick(['商談中', '契約済', '失注', '休眠'])].join('\t'));
  }
  lines.push('', `表示件数 ${n} / 全 ${n + r.int(20, 400)} 件`);
  return doc(`table-${seed}`, 'html_table_tsv', lines.join('\n'));
}

function detailPage(seed: number): IndependentDoc {
  // Salesforce / kintone-like detail page: label on one line, value on the next (as copied), or label: value
  const r = rng(seed);
  const p = person(r);
  const a = r.pick(ADDRS);
  const stacked = seed % 2 === 0;
  const fields: [string, string][] = [
    ['取引先責任者名', PN(nameJa(p, ' '))],
    ['フリガナ', PN(kanaJa(p, ' '))],
    ['役職', r.pick(['部長', '課長', '主任', '代表取締役', '担当'])],
    ['取引先名', r.pick(['株式会社山田製作所', '有限会社佐藤商店', '田中建設株式会社', '株式会社ミドリ電機', '合同会社ヤマト企画'])],
    ['電話', PH(phoneIn(r, r.pick([0, 1, 8]), false))],
    ['携帯', PH(phoneIn(r, r.pick([0, 1, 3]), true))],
    ['メール', EM(emailOf(r, p))],
    ['郵便番号', ZIP(a.zip)],
    ['住所', AD(a.addr)],
    ['誕生日', DOB(dobIn(r))],
    ['最終活動日', `2025/${r.int(1, 12)}/${r.int(1, 28)}`],
    ['レコード番号', String(r.int(1000, 99999))],
    ['作成者', `${PN(r.pick(['中島', '小松']))} 2024/11/02 10:${r.int(10, 59)}`],
  ];
  const header = r.pick(['取引先責任者\n', 'レコードの詳細\n', '顧客カード ▼ 編集  削除\n']);
  const body = stacked ? fields.map(([k, v]) => `${k}\n${v}`).join('\n') : fields.map(([k, v]) => `${k}: ${v}`).join('\n');
  return doc(`detail-${seed}`, 'crm_detail_page', header + body);
}

function hrRecord(seed: number): IndependentDoc {
  // 入社手続き / 人事台帳
  const r = rng(seed);
  const p = person(r);
  const a = r.pick(ADDRS);
  const myn = mn(r.digits(11));
  const sep = r.pick(['', ' ', '-']);
  const mynF = sep ? myn.replace(/(\d{4})(\d{4})(\d{4})/, `$1${sep}$2${sep}$3`) : myn;
  const pension = `${r.digits(4)}-${r.digits(6)}`;
  const koyo = `${r.digits(4)}-${r.digits(6)}-${r.int(0, 9)}`;
  const acct = r.digits(7);
  const bank = r.pick(['三菱UFJ銀行 渋谷支店', 'みずほ銀行 新宿支店', '三井住友銀行 梅田支店', 'ゆうちょ銀行 〇一八店', '横浜銀行 関内支店', '楽天銀行 第一営業支店']);
  const text = [
    `【入社手続き書類】社員番号 E${r.digits(5)}`,
    `氏名：${PN(nameJa(p, '　'))}（${PN(kanaJa(p, '　'))}）`,
    `生年月日：${DOB(dobIn(r, r.pick([1, 2])))}　性別：${p.f ? '女' : '男'}`,
    `現住所：〒${ZIP(a.zip)} ${AD(a.addr)}`,
    `携帯電話：${PH(phoneIn(r, r.pick([0, 3, 5]), true))}`,
    `個人番号（マイナンバー）：${L('my_number', mynF)}`,
    `基礎年金番号：${L('jp_pension_number', pension)}`,
    `雇用保険被保険者番号：${L('jp_insurance_number', koyo)}`,
    `給与振込口座：${bank}（店番${r.digits(3)}） 普通 ${L('jp_bank_account', acct)}`,
    `入社日：2025年4月1日　配属：${r.pick(['経理部', '営業本部', '開発部'])}`,
    r.next() < 0.4 ? `配慮事項：${SEN(r.pick(['身体障害者手帳4級（下肢）', '持病のてんかんあり、服薬中', '精神障害者保健福祉手帳2級']))}` : '通勤経路：JR中央線 国分寺駅〜東京駅',
  ].join('\n');
  return doc(`hr-${seed}`, 'hr_record', text);
}

function signatureEmail(seed: number): IndependentDoc {
  const r = rng(seed);
  const to = person(r);
  const me = person(r);
  const a = r.pick(ADDRS);
  const company = r.pick(['株式会社ノースブリッジ', '東和システム株式会社', 'みなと商事株式会社', '株式会社アオバ技研', '有限会社キタムラ']);
  const dept = r.pick(['営業部', 'カスタマーサクセス部', '経営企画室', '購買課']);
  const hon = r.pick(['様', '様', '殿', 'さん']);
  const body = r.pick([
    `先日はお打ち合わせのお時間をいただき、ありがとうございました。\nお見積書（見積番号 Q-2025-${r.digits(4)}、合計 ¥${r.int(100, 900)},000 税別）を添付いたしますので、ご確認ください。`,
    `ご依頼の件、契約書の製本版を本日発送いたしました。\n追跡番号は ${r.digits(4)}-${r.digits(4)}-${r.digits(4)} です（ヤマト運輸）。到着は3月14日の予定です。`,
    `来週火曜日14時からのオンライン会議のURLをお送りします。\nhttps://meet.example.com/abc-defg-hij\nご不明点がございましたらご連絡ください。`,
  ]);
  const sigStyle = seed % 3;
  let sig: string;
  if (sigStyle === 0)
    sig = `━━━━━━━━━━━━━━━━\n${company}\n${dept}　${PN(nameJa(me, ' '))}（${PN(me.meiR + ' ' + me.seiR.toUpperCase())}）\n〒${ZIP(a.zip)}\n${AD(a.addr)}\nTEL：${PH(phoneIn(r, 0, false))}　FAX：${PH(phoneIn(r, 0, false))}\n携帯：${PH(phoneIn(r, r.pick([0, 1]), true))}\nMail：${EM(emailOf(r, me))}\n━━━━━━━━━━━━━━━━`;
  else if (sigStyle === 1)
    sig = `--\n${PN(nameJa(me, ''))} / ${PN(`${me.seiR.toUpperCase()} ${me.meiR}`)}\n${company} ${dept}\nT ${PH(phoneIn(r, 6, false))} | M ${PH(phoneIn(r, 6, true))}\nE ${EM(emailOf(r, me))}\n〒${ZIP(a.zip)} ${AD(a.addr)}`;
  else
    sig = `*************************\n${company}\n${dept}\n${PN(nameJa(me, '　'))}\n${PN(hira(kanaJa(me, ' ')))}\n電話 ${PH(phoneIn(r, r.pick([3, 4, 5])))}（直通）\n${EM(emailOf(r, me))}\n*************************`;
  const text = `件名：${r.pick(['お見積書送付の件', '契約書送付のご案内', 'オンライン会議のご案内'])}\n\n${r.pick(['株式会社サンライズ', 'ひかり物産株式会社', '医療法人社団あおば会'])}\n${r.pick(['総務部', '情報システム部', '事務長'])}\n${PN(nameJa(to, ' '))} ${hon}\n\nいつもお世話になっております。${company}の${PN(me.sei)}です。\n\n${body}\n\n何卒よろしくお願い申し上げます。\n\n${sig}`;
  return doc(`mail-${seed}`, 'business_email_signature', text);
}

function ticket(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = person(r);
  const a = r.pick(ADDRS);
  const kinds = [
    () =>
      `問い合わせ内容：\n${PN(nameJa(p, ''))}様より電話。注文番号 ${r.digits(3)}-${r.digits(7)}-${r.digits(7)} の商品が届かないとのこと。\n登録住所は${AD(a.addr)}、配送業者の伝票番号 ${r.digits(12)} を案内済み。\n折返し先：${PH(phoneIn(r))}（日中のみ）\n対応者：${PN(r.pick(['小池', '大野', '青木']))}`,
    () =>
      `お客様の声 #${r.int(10000, 99999)}\n名前：${PN(hwKana(kanaJa(p)))}\nメール：${EM(emailOf(r, p))}\n本文：パスワード再設定のメールが届きません。登録した電話番号は${PH(phoneIn(r, 1))}です。誕生日は${DOB(dobIn(r, 1))}で登録したと思います。\nブラウザ：Chrome 131.0.6778.86 / Windows 11 23H2`,
    () =>
      `[CS-${r.digits(5)}] 返金依頼\n依頼者：${PN(`${p.seiR.toUpperCase()} ${p.meiR}`)}（${PN(nameJa(p, ' '))}）\n返金先：${r.pick(['りそな銀行', '千葉銀行', '京都中央信用金庫'])} ${r.pick(['本店営業部', '駅前支店', '西支店'])} 普通預金 口座番号${L('jp_bank_account', r.digits(7))} 名義 ${PN(p.seiK + ' ' + p.meiK)}\n返金額：12,800円（税込）\n受付日時：2025-02-${r.int(10, 28)}T10:${r.int(10, 59)}:00+09:00`,
    () =>
      `チケット種別：本人確認\n${PN(nameJa(p, ' '))}様 運転免許証の画像を受領。\n免許証番号：${L('jp_drivers_license', r.pick(['30', '44', '62']) + r.digits(10))}\n有効期限：2028年${r.int(1, 12)}月${r.int(1, 28)}日まで\n生年月日：${DOB(dobIn(r, 2))}\n住所：${AD(a.addr)}\n確認者：${PN(r.pick(['村上', '永井']))}`,
  ];
  return doc(`ticket-${seed}`, 'support_ticket', r.pick(kinds)());
}

function meetingNote(seed: number): IndependentDoc {
  const r = rng(seed);
  const c1 = person(r);
  const c2 = person(r);
  const us = person(r);
  const notes = [
    () =>
      `■商談メモ（${r.int(1, 12)}/${r.int(1, 28)}）\n先方：${PN(nameJa(c1, ''))}部長、${PN(c2.sei)}課長　当方：${PN(us.sei)}\n・現行システムは導入から8年、保守切れが2026年3月。\n・${PN(c1.sei)}部長は決裁権あり。予算は年間1,200万円程度。\n・次回は${PN(c2.sei)}さんから要件一覧を送ってもらう。携帯 ${PH(phoneIn(r, 0, true))} に直接連絡してよいとのこと。\n・競合はＡ社、Ｂ社。`,
    () =>
      `打ち合わせ議事録\n日時：2025年5月${r.int(1, 28)}日 15:00-16:00\n出席：${PN(nameJa(c1, ' '))}氏、${PN(nameJa(c2, ' '))}氏、${PN(nameJa(us, ' '))}\n議題：ファイルサーバー移行\n決定事項：移行は6月第2週末。${PN(c1.sei)}氏が利用者アンケートを取りまとめる。\nToDo：${PN(us.sei)} → 見積更新（v2.3）`,
    () =>
      `訪問記録：${PN(nameJa(c1, ''))}様宅（${AD(r.pick(ADDRS).addr)}）\nご本人と奥様が同席。${SEN(r.pick(['ご本人は昨年脳梗塞を発症し、右半身に麻痺が残る', '奥様は認知症の診断を受けており要介護2', 'ご本人は人工透析のため週3回通院']))}とのこと。\nバリアフリー改修の見積を次回持参。連絡は長男の${PN(c2.mei)}さん（${PH(phoneIn(r, 0))}）へ。`,
  ];
  return doc(`note-${seed}`, 'meeting_notes_prose', r.pick(notes)());
}

function paymentDoc(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = person(r);
  const brands = [
    () => luhn(`4${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`), // Visa
    () => luhn(`5${r.int(1, 5)}${r.digits(2)}-${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`), // MC
    () => luhn(`${r.int(2221, 2720)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`), // MC 2-series
    () => luhn(`35${r.int(28, 89)}${r.digits(4)}${r.digits(4)}${r.digits(3)}`), // JCB no separators
    () => luhn(`3${r.pick(['4', '7'])}${r.digits(2)} ${r.digits(6)} ${r.digits(4)}`), // Amex 4-6-5
    () => luhn(`36${r.digits(2)} ${r.digits(6)} ${r.digits(3)}`), // Diners 14
    () => luhn(`6011 ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`), // Discover
    () => fw(luhn(`35${r.int(28, 89)}-${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`)), // JCB full-width
  ];
  const card = brands[seed % brands.length]();
  const expiry = `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`;
  const forms = [
    `お支払い情報の変更\nカード名義：${PN(`${p.meiR.toUpperCase()} ${p.seiR.toUpperCase()}`)}\nカード番号：${L('credit_card', card)}\n有効期限：${expiry}\nご注文番号：${r.digits(4)}-${r.digits(4)}`,
    `${PN(nameJa(p, ' '))}様の決済エラーについて。登録カード ${L('credit_card', card)}（期限 ${expiry}）でオーソリが通らないため、別カードでの再決済をご案内。`,
    `Card on file for ${PN(`${p.meiR} ${p.seiR}`)}: ${L('credit_card', card)} exp ${expiry}. Billing phone ${PH(phoneIn(r, 6))}.`,
  ];
  return doc(`pay-${seed}`, seed % 3 === 2 ? 'mixed_ja_en' : 'payment_form', forms[seed % 3]);
}


function jsonExport(seed: number): IndependentDoc {
  // API / JSON export copied from a dev tool or log
  const r = rng(seed);
  const items: string[] = [];
  const n = 2 + (seed % 3);
  for (let k = 0; k < n; k++) {
    const p = person(r);
    const a = r.pick(ADDRS);
    items.push(
      seed % 2 === 0
        ? `  {"id": ${r.int(1000, 9999)}, "name": "${PN(nameJa(p, ' '))}", "kana": "${PN(kanaJa(p, ' '))}", "tel": "${PH(phoneIn(r, r.pick([0, 1])))}", "email": "${EM(emailOf(r, p))}", "zip": "${ZIP(a.zip)}", "address": "${AD(a.addr)}", "birthday": "${DOB(dobIn(r, 3))}", "created_at": "2025-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:12:00Z"}`
        : `  {"customerId": "cus_${r.digits(8)}", "lastName": "${PN(p.sei)}", "firstName": "${PN(p.mei)}", "phoneNumber": "${PH(phoneIn(r, 6))}", "mail": "${EM(emailOf(r, p))}", "postalCode": "${ZIP(a.zip.replace('-', ''))}", "prefecture": "${a.addr.slice(0, a.addr.search(/[都道府県]/) + 1)}", "orderTotal": ${r.int(1000, 99999)}}`,
    );
  }
  return doc(`json-${seed}`, 'json_export', `[\n${items.join(',\n')}\n]`);
}

function vcard(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = person(r);
  const a = r.pick(ADDRS);
  const t = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${PN(p.sei)};${PN(p.mei)};;;`,
    `FN:${PN(nameJa(p, ' '))}`,
    `X-PHONETIC-LAST-NAME:${PN(p.seiK)}`,
    `ORG:${r.pick(['株式会社ノースブリッジ', '東和システム株式会社', '医療法人社団あおば会'])}`,
    `TEL;TYPE=CELL:${PH(phoneIn(r, r.pick([0, 1, 6])))}`,
    `EMAIL;TYPE=WORK:${EM(emailOf(r, p))}`,
    `ADR;TYPE=HOME:;;${AD(a.addr)};;;${ZIP(a.zip)};Japan`,
    `BDAY:${DOB(dobIn(r, 3))}`,
    'END:VCARD',
  ].join('\n');
  return doc(`vcard-${seed}`, 'vcard', t);
}

function meishiOcr(seed: number): IndependentDoc {
  // business card OCR: broken spacing, letter-spaced names, mixed line order
  const r = rng(seed);
  const p = person(r);
  const a = r.pick(ADDRS);
  const spaced = Array.from(p.sei).join(' ') + '　' + Array.from(p.mei).join(' ');
  const t = `${r.pick(['株式会社ハヤテ物流', 'サクラ精工株式会社', '一般社団法人 日本データ協会'])}\n${r.pick(['営業統括部 部長', 'Sales Manager', '代表取締役社長'])}\n${PN(spaced)}\n${PN(`${p.meiR} ${p.seiR}`)}\n〒${ZIP(a.zip)} ${AD(a.addr)}\nTel ${PH(phoneIn(r, 0, false))} Fax ${PH(phoneIn(r, 0, false))}\nMobile ${PH(phoneIn(r, r.pick([0, 7]), true))}\n${EM(emailOf(r, p))}\nhttps://www.example.co.jp`;
  return doc(`meishi-${seed}`, 'business_card_ocr', t);
}

function chatLine(seed: number): IndependentDoc {
  // LINE / chat between colleagues, casual
  const r = rng(seed);
  const c = person(r);
  const a = r.pick(ADDRS);
  const forms = [
    () => `${PN('さとみ')}: ${PN(c.sei)}さんの電話番号わかる？\n${PN('ゆうき')}: ${PH(phoneIn(r, 1))} だよ\n${PN('さとみ')}: ありがと！住所も送って〜\n${PN('ゆうき')}: ${AD(a.addr)}\n${PN('ゆうき')}: 〒${ZIP(a.zip)}`,
    () => `[営業チャット]\n${PN(r.pick(['小池', '大野']))}：明日訪問する${PN(nameJa(c, ''))}様、誕生日が${DOB(dobIn(r, 1))}なのでお祝いの品持っていきます\n${PN('青木')}：了解です。携帯は${PH(phoneIn(r, 0, true))}で合ってる？\n${PN(r.pick(['小池', '大野']))}：合ってます👍`,
    () => `${PN(c.sei)}さんから返信きた。「メアド変わりました、${EM(emailOf(r, c))}に送ってください」だって。CRM更新しておいて〜`,
  ];
  return doc(`chat-${seed}`, 'chat_casual', r.pick(forms)());
}

function idTemplates(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = person(r);
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const L2 = () => r.pick(Array.from(letters)) + r.pick(Array.from(letters));
  const forms = [
    () => `渡航者情報\n氏名（ローマ字）：${PN(`${p.seiR.toUpperCase()} ${p.meiR.toUpperCase()}`)}\nパスポート番号：${L('jp_passport', L2() + r.digits(7))}\n生年月日：${DOB(dobIn(r, 0))}\n渡航先：シンガポール`,
    () => `${PN(nameJa(p, ' '))}様の旅券（${L('jp_passport', 'T' + r.pick(Array.from('KRSZ')) + r.digits(7))}）は2027年に期限切れとなります。更新手続きのご案内をお送りください。`,
    () => `在留カード等番号：${L('jp_residence_card', `${L2()}${r.digits(8)}${L2()}`)}\n氏名：${PN(r.pick(['TRAN THI HOA', 'NGUYEN MINH DUC', 'SANTOS MARIA CLARA', 'WANG XIAOLING']))}\n在留資格：特定技能1号\n在留期間（満了日）：2026年${r.int(1, 12)}月${r.int(1, 28)}日`,
    () => `外国人雇用状況届出\n被保険者番号 ${L('jp_insurance_number', `${r.digits(4)}-${r.digits(6)}-${r.int(0, 9)}`)}\n在留カード番号 ${L('jp_residence_card', `${L2()} ${r.digits(8)} ${L2()}`)}\n氏名 ${PN('PHAM VAN LONG')}`,
    () => `請求書\n登録番号 T${L('corporate_number', corp(r.digits(12)))}\n株式会社ハヤテ物流 御中\n品名 倉庫保管料（3月分）\n金額 ¥${r.int(10, 99)},${r.digits(3)}`,
    () => `法人番号 ${L('corporate_number', corp(`${r.digits(4)} ${r.digits(2)} ${r.digits(6)}`.replace(/ /g, '')))}（国税庁法人番号公表サイトで確認済み）`,
    () => `Employee onboarding (US)\nLegal name: ${PN(r.pick(['Jonathan Price', 'Maria Gonzalez', 'Ethan Brooks', 'Hannah Patel']))}\nSocial Security Number: ${L('us_ssn', `${r.int(100, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`)}\nDate of birth: ${DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1960, 2000)}`)}\nW-4 received: yes`,
    () => `SSN ${L('us_ssn', `${r.int(100, 665)}${r.int(10, 99)}${r.int(1000, 9999)}`)} on file for ${PN(r.pick(['K. Dawson', 'Luis Ramirez']))}; please verify last four before discussing the claim.`,
    () => `Zahlungsdaten\nKontoinhaber: ${PN(r.pick(['Anna Schmidt', 'Jonas Weber']))}\nIBAN: ${L('iban', iban('DE', r.digits(18), r.next() < 0.5))}\nVerwendungszweck: Rechnung 2025-0412`,
    () => `海外送金先\n受取人：${PN(r.pick(['Lucas Martin', 'Chloé Dubois']))}\nIBAN：${L('iban', iban('FR', r.digits(10) + r.pick(['A', 'B']) + r.digits(10) + r.digits(2)))}\n送金額：EUR 3,200.00`,
    () => `運転免許証の番号を控えました：${L('jp_drivers_license', `${r.pick(['30', '45', '62', '50'])}${r.digits(10)}`)}（${PN(nameJa(p, ''))}様、優良）`,
    () => `マイナンバー確認\n${PN(nameJa(p, ' '))}さんの個人番号は ${L('my_number', mn(`${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`))} です。通知カードの写しで確認しました。`,
    () => `扶養控除等申告書\n源泉控除対象配偶者　${PN(nameJa(p, ' '))}　個人番号 ${L('my_number', mn(r.digits(11)))}　生年月日 ${DOB(dobIn(r, 2))}`,
    () => `健康保険証\n保険者番号 ${r.digits(8)}\n記号 ${L('jp_insurance_number', `${r.digits(5)}・${r.int(1, 999)}`)}\n被保険者氏名 ${PN(nameJa(p, ' '))}`,
    () => `年金の照会：${PN(nameJa(p, ''))}様（基礎年金番号 ${L('jp_pension_number', `${r.digits(4)} ${r.digits(6)}`)}）より受給見込額のお問い合わせ。`,
  ];
  return doc(`idt-${seed}`, 'id_documents', forms[seed % forms.length]());
}

function negTemplates(seed: number): IndependentDoc {
  const r = rng(seed);
  const forms = [
    () => `ご注文確認メール\n注文番号：${mn(r.digits(11))}\n注文日：2025年${r.int(1, 12)}月${r.int(1, 28)}日\n商品名：${r.pick(['電動歯ブラシ', 'コーヒーメーカー', '加湿器'])}\n金額：${r.int(2, 49)},${r.digits(3)}円（税込・送料無料）\nお届け予定：3〜5営業日`,
    () => `配送状況\nお問い合わせ番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\n${r.int(1, 12)}/${r.int(1, 28)} 14:22 荷物受付（${r.pick(['厚木', '羽田', '東大阪'])}ベース）\n${r.int(1, 12)}/${r.int(1, 28)} 08:10 配達完了`,
    () => `Invoice ${r.pick(['INV', 'BILL', 'SO'])}-${luhn(r.digits(15))}\nDate: 2025-0${r.int(1, 9)}-${r.int(10, 28)}\nAmount due: $${r.int(100, 9999)}.${r.digits(2)}\nPO number: ${r.digits(10)}\nPayment terms: Net 30`,
    () => `保守契約番号 ${corp(r.digits(12))}\n契約開始日 2025年4月1日\n対象機器 複合機 MX-${r.int(2000, 6999)} シリアル ${r.digits(9)}\n月額 ${r.int(5, 30)},000円`,
    () => `在庫引当表\n品番\t数量\t単価\n${r.digits(3)}-${r.digits(4)}\t${r.int(1, 90)}\t¥${r.int(100, 9999)}\n${r.digits(3)}-${r.digits(4)}\t${r.int(1, 90)}\t¥${r.int(100, 9999)}\nJAN ${r.digits(13)}`,
    () => `会議室予約\n予約ID ${r.digits(8)}\n日時 2025/${r.int(1, 12)}/${r.int(1, 28)} 10:00-11:00\n部屋 ${r.int(3, 18)}F-${r.pick(['A', 'B', 'C'])}\n人数 ${r.int(2, 12)}名`,
    () => `ポイント明細\n会員ランク ゴールド\n獲得ポイント ${r.int(100, 9000)}pt（2025/${r.int(1, 12)}/${r.int(1, 28)} 付与）\n有効期限 2026/${r.int(1, 12)}/${r.int(1, 28)}\nカードID ${luhn(r.digits(15))}（ポイントカード番号）`,
    () => `Build log\n[${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}] artifact app-${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}.tgz sha1=${r.digits(10)}${r.digits(10)}\n[${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}] uploaded ${r.int(100, 900)} files (${r.int(1, 90)}.${r.int(0, 9)} MB) build#${r.digits(6)}`,
  ];
  return doc(`neg-t${seed}`, 'hard_negative', forms[seed % forms.length]());
}

function enEmail(seed: number): IndependentDoc {
  const r = rng(seed);
  const first = r.pick(['James', 'Olivia', 'Daniel', 'Megan', 'Ryan', 'Laura', 'Kevin', 'Natalie', 'Samuel', 'Chloe']);
  const last = r.pick(['Harper', 'Collins', 'Nguyen', 'Robinson', 'Patel', 'Murphy', 'Fischer', 'Okafor', 'Reyes', 'Hughes']);
  const rep = r.pick(['Tom Becker', 'Aisha Khan', 'Peter Lund', 'Grace Ho']);
  const addr = r.pick(['221 Elm Street, Springfield, IL 62704', '90 Queen Street, Auckland 1010', '1600 Pine Ave, Apt 12, Denver, CO 80203', '8 Baker Lane, Leeds LS1 4DY']);
  const phone = r.pick([`(${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`, `+1 ${r.int(201, 989)} ${r.int(201, 989)} ${r.digits(4)}`, `${r.int(201, 989)}-${r.int(201, 989)}-${r.digits(4)}`]);
  const forms = [
    () => `Hi ${PN(first)},\n\nThanks for calling earlier. As discussed, I've updated your delivery address to ${AD(addr)} and your contact number to ${PH(phone)}. Your order (#${r.digits(3)}-${r.digits(7)}) will ship on Monday.\n\nKind regards,\n${PN(rep)}\nCustomer Care | ${PH(`+1 800 ${r.int(200, 999)} ${r.digits(4)}`)}`,
    () => `Subject: Account verification\n\nDear ${PN(`${first} ${last}`)},\n\nWe received a request to change the email on your account to ${EM(`${first}.${last}${r.int(1, 99)}@mailbox.org`.toLowerCase())}. If this wasn't you, call us at ${PH(phone)}.\n\n— The Security Team`,
    () => `Referral notes: ${PN(`${first} ${last}`)}, DOB ${DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1950, 1999)}`)}, referred by ${PN(`Dr. ${rep}`.replace('Dr. ', ''))} for ${SEN(r.pick(['major depressive disorder', 'epilepsy management', 'chemotherapy follow-up', 'opioid use disorder treatment']))}. Contact: ${PH(phone)}.`,
  ];
  return doc(`en-mail-${seed}`, 'english_email', forms[seed % forms.length]());
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-written documents

function handWritten(): IndependentDoc[] {
  const D: IndependentDoc[] = [];
  const add = (id: string, style: string, t: string) => D.push(doc(id, style, t));

  // --- full-width, dash variants, odd spacing
  add(
    'fw-1',
    'fullwidth_variants',
    `お名前：${PN('山田　花子')}\n電話番号：${PH('０９０－１２３４－５６７８')}\nメール：${EM('ｈａｎａｋｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ')}\n〒${ZIP('１０２－００８３')}　${AD('東京都千代田区麹町三丁目２番地　麹町ハイツ５０２号')}\n生年月日：${DOB('１９８８年１１月３日')}`,
  );
  add(
    'fw-2',
    'fullwidth_variants',
    `連絡先一覧\n${PN('加藤 誠')}　${PH('080ー4471ー2290')}\n${PN('中川 由美子')}　${PH('03─5412─7788')}\n${PN('野口 拓海')}　${PH('070−3318−6604')}\n${PN('石田 奈々')}　${PH('06‐6341‐9012')}\n${PN('大塚 亮介')}　${PH('０４５（６６２）３１０９')}`,
  );
  add(
    'fw-3',
    'fullwidth_variants',
    `会員証再発行申請\nﾌﾘｶﾞﾅ ${PN('ｻｸﾗｲ ﾏｻｶｽﾞ')}\n氏名 ${PN('櫻井 正和')}\nTEL ${PH('0742 27 3360')}\n誕生日 ${DOB('S47.8.19')}\n郵便番号 ${ZIP('630-8213')}\n住所 ${AD('奈良県奈良市登大路町３０')}`,
  );
  add(
    'fw-4',
    'fullwidth_variants',
    `個人番号　${L('my_number', fw(mn('4821 0937 561')))}\n氏名　${PN('永井　結衣')}\n（番号確認書類：マイナンバーカード）`,
  );
  add(
    'fw-5',
    'linebreak_split',
    `先ほどの件、携帯にご連絡ください。番号は${PH('090-8812-\n4471')}です。${PN('上田')}より`,
  );
  add(
    'fw-6',
    'linebreak_split',
    `カード番号（画面で折り返されています）：${L('credit_card', luhn('4539 1488 0343 \n643'))}\n名義 ${PN('TAKESHI MORI')}`,
  );
  add(
    'fw-7',
    'linebreak_split',
    `マイナンバー：${L('my_number', mn('7203\n5519 264'))}\n※本人確認済（${PN('堀 千尋')}）`,
  );
  add('fw-8', 'fullwidth_variants', `ご住所：${AD('北海道旭川市１条通８丁目１０８番地　フィール旭川７階')}\nお電話：${PH('0166 (22) 4115')}\nご担当：${PN('ﾀｶﾊｼ ｹﾝｲﾁ')}様`);
  add('fw-9', 'fullwidth_variants', `ＴＥＬ．${PH('０１２０－３３０－８８１')}（受付９：００～１８：００）\nＦＡＸ．${PH('０３－３５８１－２２１０')}\nＥ－ｍａｉｌ：${EM('ｓｕｐｐｏｒｔ＠ｋｉｔａｍｕｒａ－ｓｈｏｊｉ．ｊｐ')}`);
  add('fw-10', 'fullwidth_variants', `電話番号 ${PH('090 1122 3344')} / ${PH('090.5566.7788')} / ${PH('(090)2233-4455')} / ${PH('+81 90-6543-2109')} / ${PH('+81(0)3-6206-4411')}`);

  // --- names with honorifics and variants in running text
  add(
    'name-1',
    'honorific_names',
    `${PN('佐々木')}様、${PN('木下')}殿、${PN('森田')}さん、${PN('大西')}氏にはそれぞれ案内状を送付済みです。\n${PN('岡本 隆之')}様のみ住所不明で返送されました。`,
  );
  add(
    'name-2',
    'honorific_names',
    `宛名ラベル\n${AD('東京都豊島区南池袋1-28-1')}\n${PN('西村 千尋')} 様\n\n${AD('埼玉県川越市脇田町1-1')}\n${PN('上野 健一')} 様方　${PN('上野 さくら')} 様\n\n${AD('大阪府堺市堺区南瓦町3-1')}\n株式会社堺精機 総務部 御中`,
  );
  add('name-3', 'romanised_names', `Attendees: ${PN('Taro Yamada')} (Sales), ${PN('YAMADA Hanako')} (Legal), ${PN('Kenji Watanabe')}, Ms. ${PN('Aoi Fujita')}`);
  add(
    'name-4',
    'romanised_names',
    `Dear Mr. ${PN('Suzuki')},\n\nThank you for your order. Your account manager is ${PN('Yuki Nakamura')} (${EM('y.nakamura@pinegrove.jp')}). If you need anything urgently please call ${PN('Nakamura')}-san on ${PH('+81-3-4520-7788')}.\n\nBest,\n${PN('Emily Clarke')}`,
  );
  add(
    'name-5',
    'halfwidth_kana',
    `ｵｷｬｸｻﾏｺｰﾄﾞ 004471\nｼﾒｲ ${PN('ﾜﾀﾅﾍﾞ ﾕｳﾏ')}\nﾃﾞﾝﾜ ${PH('0466-27-1101')}\nｼﾞｭｳｼｮ ${AD('ｶﾅｶﾞﾜｹﾝ ﾌｼﾞｻﾜｼ ﾌｼﾞｻﾜ 1-1')}`,
  );
  add(
    'name-6',
    'halfwidth_kana',
    `振込明細\n日付 2025/03/10\n振込人 ${PN('ｺﾊﾞﾔｼ ｴﾐ')}\n金額 33,000\n摘要 ｾﾐﾅｰﾋ ﾀﾞｲ\n\n日付 2025/03/11\n振込人 ｶ)ﾔﾏﾀﾞｾｲｻｸｼﾖ\n金額 418,000\n摘要 3ｶﾞﾂﾌﾞﾝ`,
  );
  add(
    'name-7',
    'hiragana_names',
    `ふりがな：${PN('いがらし りん')}\n保護者名：${PN('五十嵐 真由')}\n園児名：${PN('五十嵐 凛')}（${DOB('令和2年6月14日')}生）\nアレルギー：${SEN('卵・小麦（医師の診断あり）')}`,
  );
  add(
    'name-8',
    'honorific_names',
    `【申し送り】\n夜勤帯、${PN('比嘉')}さん（302号室）が転倒。外傷なし。\n${PN('金城 ヨシ')}さんは${SEN('糖尿病のためインスリン注射')}、朝食前に実施済み。\n担当：${PN('宮里')}`,
  );
  add(
    'name-9',
    'romanised_names',
    `Passenger list\n1. ${PN('SATO/KENICHI')} MR  Seat 12A\n2. ${PN('SATO/YUMIKO')} MRS  Seat 12B\nBooking ref: QX7PLM  Flight NH0106  HND-LAX  2025-07-19`,
  );
  add(
    'name-10',
    'honorific_names',
    `社内通知\n人事異動（4月1日付）\n営業本部長　${PN('河合 浩伸')}（現 大阪支店長）\n大阪支店長　${PN('鬼頭 早恵')}（現 営業企画部長）\n以上`,
  );

  // --- identity documents
  add(
    'id-1',
    'id_documents',
    `本人確認記録\n確認書類：旅券\n旅券番号：${L('jp_passport', 'TK4471920')}\n氏名：${PN('YOSHIDA MIZUE')}\n生年月日：${DOB('14 MAR 1979')}\n有効期限：02 APR 2031`,
  );
  add(
    'id-2',
    'id_documents',
    `在留カード番号 ${L('jp_residence_card', 'AB12345678CD')}\n氏名 ${PN('NGUYEN VAN AN')}\n国籍・地域 ベトナム\n在留資格 技能実習　在留期間満了日 2026年10月31日\n生年月日 ${DOB('1998年02月17日')}`,
  );
  add(
    'id-3',
    'id_documents',
    `運転免許証\n氏名 ${PN('斎藤 大輔')}  ${DOB('昭和58年9月2日')}生\n住所 ${AD('静岡県静岡市葵区追手町9番6号')}\n交付 令和05年10月12日 12345\n番号 第 ${L('jp_drivers_license', '491702658830')} 号`,
  );
  add(
    'id-4',
    'id_documents',
    `健康保険被保険者証\n記号 ${L('jp_insurance_number', '1180 番号 37')}\n氏名 ${PN('清水 智子')}\n生年月日 ${DOB('平成3年1月28日')}\n事業所名称 東和システム株式会社\n保険者番号 06130017`,
  );
  add(
    'id-5',
    'id_documents',
    `年金手帳の写しを受領しました。\n基礎年金番号：${L('jp_pension_number', '1234-567890')}\n氏名：${PN('長谷川 義春')}様\n※マイナンバーの提出が難しい場合は基礎年金番号で手続き可能です。`,
  );
  add(
    'id-6',
    'id_documents',
    `Passport No. ${L('jp_passport', 'MZ0918273')} / Surname ${PN('ONODERA')} / Given names ${PN('AYANE')} / Date of birth ${DOB('03 JUL 1990')} / Nationality JAPAN`,
  );
  add(
    'id-7',
    'id_documents',
    `マイナンバー収集リスト（扶養家族含む）\n本人　${PN('石橋 幸宏')}　${L('my_number', mn('3108-4452-901'))}\n配偶者　${PN('石橋 陽子')}　${L('my_number', mn('5527-0163-448'))}\n長女　${PN('石橋 結衣')}　${L('my_number', mn('6690-1275-320'))}`,
  );
  add(
    'id-8',
    'id_documents',
    `法人番号：${L('corporate_number', corp('011001098993'))}\n商号：株式会社ミドリ電機\n本店所在地：${AD('東京都港区芝公園二丁目4番1号')}\n代表者：代表取締役 ${PN('緑川 修')}`,
  );
  add(
    'id-9',
    'id_documents',
    `取引先マスタ登録\n会社名　みなと商事株式会社\n法人番号　${L('corporate_number', corp('120001077461'))}\n適格請求書発行事業者登録番号　T${corp('120001077461')}\n振込先　三井住友銀行 本店営業部 当座 ${L('jp_bank_account', '0281744')}`.replace(
      `T${corp('120001077461')}`,
      `T${L('corporate_number', corp('120001077461'))}`,
    ),
  );
  add(
    'id-10',
    'id_documents',
    `雇用保険被保険者証\n被保険者番号 ${L('jp_insurance_number', '5012-384756-2')}\n氏名 ${PN('東海林 翔貴')}\n生年月日 ${DOB('2001/04/09')}\n資格取得年月日 2023/04/01`,
  );
  add('id-11', 'id_documents', `在留カード ${L('jp_residence_card', fw('EF98765432GH'))}（写し添付）\n氏名 ${PN('LI MEI')}　生年月日 ${DOB('1995年12月1日')}`);
  add('id-12', 'id_documents', `免許証番号:${L('jp_drivers_license', '6211 0392 4471')}（${PN('我妻 蓮')}）、有効期限 令和9年03月15日`);

  // --- business e-mails (hand-written)
  add(
    'mail-h1',
    'business_email_signature',
    `${PN('高田')}様\n\nお世話になっております。\n先日ご依頼いただいた口座振替の件、以下の内容で登録いたしました。\n\n金融機関：静岡銀行 清水支店（店番号 ${'412'}）\n預金種目：普通\n口座番号：${L('jp_bank_account', '1048823')}\n口座名義：${PN('タカダ ミキ')}\n\nご確認のほどよろしくお願いいたします。\n\n--\n${PN('浜野 早恵')}\nしずおかライフサービス株式会社 契約管理課\n${PH('054-251-3390')}`,
  );
  add(
    'mail-h2',
    'business_email_signature',
    `From: ${PN('Koji Moriyama')} <${EM('k-moriyama@tohwa-sys.co.jp')}>\nTo: ${EM('procurement@northbridge.example')}\nCc: ${PN('滝沢 由英')} <${EM('takizawa@tohwa-sys.co.jp')}>\nSubject: RE: 発注書 PO-20250311-0042\n\nご担当者様\n\n発注書受領いたしました。納期は4月18日（金）を予定しております。\n\n森山`.replace('森山', PN('森山')),
  );
  add(
    'mail-h3',
    'business_email_signature',
    `件名：採用面接のご案内\n\n${PN('菊池 煌太')} 様\n\nこのたびは弊社求人にご応募いただきありがとうございます。\n一次面接を下記の通り実施いたします。\n日時：6月3日（火）10:30〜\n場所：本社7階（${AD('大阪府大阪市中央区本町2-5-7 メットライフ本町スクエア')}）\n当日の連絡先：人事部 ${PN('町田')}（${PH('06-6125-4400')}）\n\n※ご提出いただいた履歴書に記載の${SEN('持病（クローン病）')}については、業務上の配慮事項として面接時に伺います。`,
  );
  add(
    'mail-h4',
    'business_email_signature',
    `${PN('片岡')}部長\n\nお疲れ様です。${PN('秋田')}です。\n${PN('西野')}さんの件、本日ご本人から${SEN('適応障害の診断書')}が提出され、来週から1か月の休職となります。\n業務の引継ぎは${PN('土井')}さんにお願いしました。\n取り急ぎご報告まで。`,
  );
  add(
    'mail-h5',
    'business_email_signature',
    `Hi ${PN('Jessica')},\n\nPlease update the vendor record:\nBank: Deutsche Bank, Berlin\nIBAN: ${L('iban', iban('DE', '370400440532013000'))}\nBIC: COBADEFFXXX\nContact: ${PN('Markus Vogel')}, ${PH('+49 30 2094 7710')}, ${EM('m.vogel@vogel-gmbh.de')}\n\nThanks,\n${PN('Tom')}`,
  );

  // --- English US / UK records
  add(
    'en-1',
    'english_us_record',
    `PATIENT INTAKE\nName: ${PN('Michael R. Thompson')}\nDOB: ${DOB('04/17/1972')}\nSSN: ${L('us_ssn', '536-22-8841')}\nAddress: ${AD('1824 Maple Ridge Dr, Columbus, OH 43215')}\nPhone: ${PH('(614) 555-0187')}\nHistory: ${SEN('hypertension, type 2 diabetes; prior MI in 2019')}\nInsurance ID: XJH448812077`,
  );
  add(
    'en-2',
    'english_us_record',
    `Employee: ${PN('Sarah Lee')} | SSN ${L('us_ssn', '412 77 9034')} | Hire date 2021-08-16 | Email ${EM('sarah.lee@brightpath.com')} | Cell ${PH('415.867.2291')}`,
  );
  add(
    'en-3',
    'english_us_record',
    `Background check result for ${PN('Daniel Ortiz')} (born ${DOB('September 3, 1986')}): ${SEN('misdemeanor conviction for DUI (2014)')}. No other records found. Requested by ${PN('Karen Whitfield')}, HR.`,
  );
  add(
    'en-4',
    'english_uk_record',
    `Customer: ${PN('Oliver Bennett')}\nAddress: ${AD('42 Kingsway, London WC2B 6EX')}\nTel: ${PH('020 7946 0321')}\nMobile: ${PH('+44 7700 900418')}\nDate of birth: ${DOB('12/05/1984')}\nIBAN: ${L('iban', iban('GB', 'NWBK60161331926819'))}\nNotes: prefers email ${EM('o.bennett@postbox.co.uk')}`,
  );
  add(
    'en-5',
    'english_us_record',
    `Hey ${PN('Chris')}, can you run this card again? ${L('credit_card', luhn('3782 822463 1000'))} exp 08/27, name on card ${PN('Amanda J. Foster')}, billing zip 98101. She says the Amex kept getting declined.`,
  );
  add(
    'en-6',
    'english_us_record',
    `Support chat transcript\n[10:02] Customer (${PN('Brian Walsh')}): hi my order hasn't shipped\n[10:03] Agent: Can you confirm the phone number on the account?\n[10:03] Customer: ${PH('312-555-0143')}\n[10:04] Agent: and your email?\n[10:04] Customer: ${EM('bwalsh1979@gmail.com')}\n[10:05] Agent: Thanks Brian. Order #114-3329781-0045122 is packed and ships today.`.replace(
      'Thanks Brian',
      `Thanks ${PN('Brian')}`,
    ),
  );
  add(
    'en-7',
    'english_uk_record',
    `Tenant reference\nApplicant: ${PN('Priya Sharma')}\nCurrent address: ${AD('Flat 3, 17 Gloucester Road, Bristol BS7 8AE')}\nEmployer: NHS Bristol\nSalary: £38,400\nGuarantor: ${PN('Raj Sharma')}, ${PH('07911 123456')}\nPayment: ${L('iban', iban('GB', 'BARC20035383691425'))}`,
  );
  add(
    'en-8',
    'english_us_record',
    `From the incident report: Officer noted that ${PN('Kevin Marsh')} ${SEN('was arrested on suspicion of burglary')} on 2023-11-02. Victim ${PN('Linda Cho')} (${PH('206-555-0199')}) ${SEN('was the victim of the burglary')} and declined medical attention.`,
  );
  add(
    'en-9',
    'english_us_record',
    `Loan application #LA-884213\nApplicant: ${PN('Robert Kim')}  SSN: ${L('us_ssn', '271-48-6620')}\nCo-applicant: ${PN('Grace Kim')}  SSN: ${L('us_ssn', '301-66-2175')}\nCurrent address: ${AD('77 Harbor View Ln, Apt 4B, San Diego, CA 92101')}\nMonthly income: $9,850.00`,
  );
  add(
    'en-10',
    'english_us_record',
    `Shipping label\nTO: ${PN('Jennifer Morales')}\n${AD('5500 Grand Ave, Suite 210, Oakland, CA 94610')}\n${PH('510-555-0162')}\nTRACKING 1Z 999 AA1 01 2345 6784\nWEIGHT 3.4 LB`,
  );
  add(
    'en-11',
    'english_us_record',
    `Visa ${L('credit_card', luhn('4916338506082' + '83'))} / Mastercard ${L('credit_card', luhn('2720 9934 1206 115'))} / Discover ${L('credit_card', luhn('6500 0012 4411 908'))} / Diners ${L('credit_card', luhn('3852 000023 237'))} — test cards used by ${PN('Alex Turner')} in the QA ticket were replaced by the above real ones by mistake.`,
  );
  add(
    'en-12',
    'english_uk_record',
    `Payroll change request\nEmployee: ${PN('Sophie Laurent')}\nNew account: ${L('iban', iban('FR', '20041010050500013M02606'))}\nPrevious: ${L('iban', iban('NL', 'ABNA0417164300'))}\nApproved by ${PN('H. Becker')}`,
  );

  // --- sensitive (要配慮個人情報) in varied writing
  add(
    'sen-1',
    'medical_record',
    `診療情報提供書\n患者氏名：${PN('小野寺 敏太郎')}　男　${DOB('昭和36年4月7日')}生（63歳）\n${SEN('傷病名：慢性腎不全（CKD stage4）、高血圧症')}\n紹介先：市立総合病院 腎臓内科`,
  );
  add(
    'sen-2',
    'medical_record',
    `問診票\nお名前 ${PN('今井 彩未')}\n生年月日 ${DOB('1992.10.30')}\n${SEN('既往歴　喘息（小児期）、うつ病（2020年〜通院中）')}\n${SEN('服用中の薬　レクサプロ10mg')}\n${SEN('妊娠の可能性　あり')}`,
  );
  add(
    'sen-3',
    'hr_record',
    `面談記録（人事部限り）\n対象者：${PN('松永 孝治')}（営業2課）\n内容：${SEN('パニック障害')}の症状が再発し、${SEN('心療内科に通院中')}。主治医の意見書では残業禁止。\n${SEN('障害者手帳は未取得')}。本人の希望により上長にのみ共有する。`,
  );
  add(
    'sen-4',
    'hr_record',
    `採用選考メモ：${PN('水野 隆之')}\n・前職を退職した理由について、${SEN('2018年に傷害罪で執行猶予付き有罪判決を受けた')}と本人から申告あり。\n・${SEN('前科')}の申告は任意であることを説明済み。`,
  );
  add(
    'sen-5',
    'meeting_notes_prose',
    `相談記録\n相談者：${PN('飯田 美由起')}さん\n${SEN('元交際相手からのDV被害')}について。警察には相談済み、${SEN('保護命令を申立て中')}。転居先の住所（${AD('神奈川県相模原市中央区中央2-11-15')}）は加害者に開示しないこと。`,
  );
  add('sen-6', 'hr_record', `社員名簿（抜粋）\n${PN('原 恵美')}　総務部　${SEN('障害者雇用枠（聴覚障害2級）')}\n${PN('白石 将平')}　経理部　—\n${PN('及川 健一')}　開発部　${SEN('本籍：鹿児島県奄美市')}`);
  add(
    'sen-7',
    'medical_record',
    `健康診断結果のお知らせ（個人票）\n受診者 ${PN('大平 律枝')} 様\n判定：${SEN('要精密検査（胸部X線：右上肺野に結節影）')}\n${SEN('血糖値 148 mg/dL（要医療）')}`,
  );
  add(
    'sen-8',
    'support_ticket',
    `問い合わせ：${PN('西川')}様より、${SEN('車椅子を利用している')}ため、来店時に段差のない入口を案内してほしいとのご要望。\n${SEN('視覚障害のある')}ご家族も同伴予定。`,
  );
  add('sen-9', 'meeting_notes_prose', `${PN('鈴木 一郎')}氏は${SEN('創価学会の熱心な信者')}であり、選挙時期は営業訪問を控えること（営業部内メモ）。`);
  add('sen-10', 'medical_record', `処方箋\n患者：${PN('田上 和治')}\n${SEN('Rp. ツルバダ配合錠 1錠 分1（HIV治療）')}\n調剤薬局：あおば薬局 駅前店`);

  // --- mixed JA/EN, chat
  add(
    'mix-1',
    'mixed_ja_en',
    `Slack #sales\n[14:22] ${PN('naoko.t')}: 例のお客さん、Mr. ${PN('Igarashi')}の直通って分かる？\n[14:23] ${PN('ryo')}: ${PH('03-6459-2210')} です。携帯は ${PH('080 3321 9048')}\n[14:23] ${PN('naoko.t')}: thx! mailは ${EM('igarashi@sunrise-hd.jp')} でOK?\n[14:24] ${PN('ryo')}: yes`,
  );
  add(
    'mix-2',
    'mixed_ja_en',
    `Customer: ${PN('Wagatsuma Yoshie')} (${PN('我妻 由英')})\nTier: Gold / since 2019\nPhone: ${PH('+81 80-2291-5530')}\nAddress: ${AD('3-12-8 Jingumae, Shibuya-ku, Tokyo 150-0001')}\nDOB: ${DOB('1967-02-25')}\nRemarks: 要望多め、返品率高い`,
  );
  add(
    'mix-3',
    'mixed_ja_en',
    `Hi team、来週のデモは ${PN('Kishimoto')}-san が担当します。お客様側の窓口は Ms. ${PN('Hamano')} (${EM('hamano.s@aoba-giken.co.jp')})。Zoom ID は 812 4471 0039、パスコード 551900 です。`,
  );
  add(
    'mix-4',
    'mixed_ja_en',
    `申込フォーム送信内容\nname: ${PN('渡辺 悠真')}\nname_kana: ${PN('ワタナベ ユウマ')}\nbirthday: ${DOB('2003-09-21')}\ntel: ${PH('09077152283')}\nzip: ${ZIP('2510052')}\naddress1: ${AD('神奈川県藤沢市藤沢')}\naddress2: 1-1-1 藤沢ハイム203`.replace(
      `${AD('神奈川県藤沢市藤沢')}\naddress2: 1-1-1 藤沢ハイム203`,
      `${AD('神奈川県藤沢市藤沢')}\naddress2: ${AD('1-1-1 藤沢ハイム203')}`,
    ),
  );

  // --- hard negatives (no gold at all)
  const neg = (id: string, style: string, t: string) => D.push(doc(`neg-${id}`, style, t));
  neg(
    'invoice-1',
    'hard_negative',
    `請求書\n請求書番号：INV-2025-000318\n発行日：2025年3月31日\nお支払期限：2025年4月30日\n株式会社山田製作所 御中\n品名：アルミフレーム A-2040（型番 AF-2040-1200）× 24本　単価 ¥3,480　小計 ¥83,520\n消費税（10%）¥8,352\n合計金額 ¥91,872\n注文番号：${mn('20250318004')}`,
  );
  neg(
    'invoice-2',
    'hard_negative',
    `ご注文ありがとうございます。\nご注文番号：${luhn('4000 1234 5678 901')}\nご注文日時：2025/02/14 21:33:05\n商品：ワイヤレスイヤホン（ブラック）JAN ${'4901234567894'}\n数量：1　価格：12,980円（税込）\nお届け予定日：2月17日（月）`,
  );
  neg(
    'tracking-1',
    'hard_negative',
    `出荷のお知らせ\nお問い合わせ伝票番号：${mn('48213390572')}\n配送会社：佐川急便\n出荷日：2025年1月20日\n荷物番号 3712-4460-9981 / 3712-4460-9992\n※ 時間帯指定：14時〜16時`,
  );
  neg(
    'release-1',
    'hard_negative',
    `Release notes v2.14.3 (2025-03-02)\n- Fixed crash when build 20250302.1147 loads plugin id 7f3c9a1e-4b2d-4e8f-9a11-0c5d3e7b2f64\n- Bumped openssl to 3.0.13\n- Ticket refs: JIRA-4471, JIRA-4480\n- Checksum sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`,
  );
  neg(
    'catalog-1',
    'hard_negative',
    `製品カタログ抜粋\n品番 TK1234567　ステンレスボルト M8×40　100本入\n品番 AB12345678CD　六角ナット（代替品）\n品番 123-4567　ワッシャー\n定価 ¥2,400〜\nISBN 978-4-06-521234-1（取扱説明書）\nお問い合わせはお近くの販売店まで。`,
  );
  neg(
    'company-1',
    'hard_negative',
    `取引先一覧\n株式会社山田製作所（新潟県燕市）\n佐藤工業株式会社\n鈴木商店合同会社\n本田技研工業株式会社\n有限会社田中屋\n松本市観光協会\n八王子ロジスティクスセンター\nJohnson & Johnson 日本法人\nMorgan Stanley MUFG証券`,
  );
  neg(
    'loanword-1',
    'hard_negative',
    `プロジェクトマネージャーは、サーバーのアップデートとデータベースのマイグレーションをスケジュールに沿ってレビューします。マーケティングチームはキャンペーンのクリエイティブをブラッシュアップし、セキュリティポリシーのドキュメントをアップロードしてください。`,
  );
  neg(
    'outage-1',
    'hard_negative',
    `【障害報告書】\n発生日時：2025-04-02 03:14 JST\n影響範囲：決済APIの一部（エラー率 12.4%）\n原因：ロードバランサーの設定誤り（障害番号 INC-000981）\n対応：障害対応チームが 04:02 に切り戻し。再発防止策として監視閾値を見直す。\n※ システム障害のため、お客様の個人情報への影響はありません。`,
  );
  neg(
    'health-notice-1',
    'hard_negative',
    `全社員各位\n2025年度の定期健康診断を下記日程で実施します。\n日時：6月10日〜6月12日 9:00〜11:30\n場所：本社3階 大会議室\n対象：全従業員（パート含む）\n問診票は事前にポータルから提出してください。`,
  );
  neg(
    'crime-notice-1',
    'hard_negative',
    `防犯のお知らせ\n最近、近隣で自転車の窃盗被害が増えています。駐輪時は必ず二重ロックをしてください。\n不審者を見かけたら110番通報を。\n${'丸の内警察署'} 生活安全課`,
  );
  neg(
    'dates-1',
    'hard_negative',
    `契約期間：2024年4月1日〜2027年3月31日\n更新通知期限：2026年12月31日\n前回訪問：2025/01/15\n次回点検予定：令和7年8月20日\n設立：昭和48年5月10日\n資本金：3,000万円`,
  );
  neg(
    'numbers-1',
    'hard_negative',
    `在庫CSV\nsku,jan,qty,price,updated_at\nSKU-000123,4901777123454,12,1980,20250301093015\nSKU-000124,4901777123461,0,2480,20250301093016\nSKU-000125,4512345678906,48,980,20250301093017\nLOT-${mn('73811029455')},,1,0,20250301093018`,
  );
  neg(
    'log-1',
    'hard_negative',
    `2025-03-14T09:12:44.102Z INFO  req_id=5b9e2c1d-77aa-4c1e-b0f3-2e1d9c8a7b65 status=200 latency_ms=143 bytes=18422\n2025-03-14T09:12:44.388Z WARN  retry=3 upstream=10.24.188.17:8443 session=${luhn('411111111111111')}\n2025-03-14T09:12:45.001Z INFO  job=nightly_export rows=120388 took=00:03:12`,
  );
  neg(
    'meeting-neg-1',
    'hard_negative',
    `第3四半期 事業計画会議\n・売上目標：前年比112%（48億円）\n・大阪工場の第2ライン稼働は10月から。\n・新製品「ハヤブサ」の発売日は11月21日に決定。\n・広報はプレスリリース案をv0.9からv1.0へ更新。\n・会議室予約番号 0312-4455（社内システム）`,
  );
  neg(
    'address-neg-1',
    'hard_negative',
    `出張報告\n大阪と京都の取引先を訪問。東京駅から新幹線で約2時間半。福岡営業所の開設は来年度を予定。北海道エリアは札幌の代理店経由で対応する。`,
  );
  neg(
    'ja-prose-1',
    'hard_negative',
    `新商品の開発ストーリー\n開発チームは3年の歳月をかけ、軽さと強度を両立したフレームを完成させた。試作は47回に及び、最終モデルの重量は1.28kg。価格は税込39,800円を予定している。`,
  );
  neg(
    'accounting-1',
    'hard_negative',
    `仕訳帳\n2025/03/01　売掛金　1,250,000 / 売上高　1,250,000　摘要：3月分 保守料（契約No.${luhn('5300 0000 0000 000').replace(/ /g, '')}）\n2025/03/05　支払手数料　660 / 普通預金　660\n2025/03/10　旅費交通費　28,340 / 未払金　28,340`,
  );
  neg(
    'en-neg-1',
    'hard_negative',
    `Q3 board summary\nRevenue: $48.2M (+12% YoY). Order backlog: 18,440 units. Part numbers 555-0142-A and 867-5309-B ship from the Austin plant. Firmware 4.18.2 released 2024-09-30. Next board meeting: March 12, 2025. Ticket ID 4532015112830366.`,
  );
  neg(
    'en-neg-2',
    'hard_negative',
    `Product spec sheet\nModel: HX-9000 Pro\nSerial: SN-2024-0098-7732\nUPC: 012345678905\nDimensions: 120 x 80 x 45 mm\nWarranty: 2 years from date of purchase (e.g., 06/15/2024)\nFCC ID: 2AB3C-HX9000`,
  );
  neg(
    'kana-company-1',
    'hard_negative',
    `協賛企業：トヨタ自動車、ソニーグループ、キヤノンマーケティングジャパン、ミズノ、タカラトミー、ヤマハ発動機、カシオ計算機\n会場：幕張メッセ（千葉市美浜区）`,
  );
  neg(
    'holiday-1',
    'hard_negative',
    `年末年始休業のお知らせ\n誠に勝手ながら、2024年12月28日（土）〜2025年1月5日（日）を休業とさせていただきます。\n休業期間中のお問い合わせは、1月6日（月）以降に順次対応いたします。`,
  );
  neg(
    'version-1',
    'hard_negative',
    `依存関係\nnode 22.11.0\ntypescript 5.6.3\nreact 18.3.1\nchrome 131.0.6778.86\nbuild 2025.03.14-1201\ncommit 3f9a2c4e8b1d7f60a5c3e2b1d4f7a8c9e0b1d2f3`,
  );
  neg(
    'medicine-catalog-1',
    'hard_negative',
    `医薬品カタログ（卸向け）\nアムロジピン錠5mg「サワイ」 100錠 薬価 10.1円\nメトホルミン塩酸塩錠250mg 100錠\n※ 本カタログは医療関係者向けです。糖尿病治療薬の適正使用ガイドは別冊をご覧ください。`,
  );
  neg(
    'orders-mn-1',
    'hard_negative',
    `受注一覧\n受注番号\t受注日\t金額\n${mn('10240517001')}\t2025/05/17\t¥12,000\n${mn('10240517002')}\t2025/05/17\t¥8,800\n${mn('10240517003')}\t2025/05/18\t¥33,000\n${corp('102405170044')}\t2025/05/18\t¥4,400`,
  );
  neg(
    'orders-luhn-1',
    'hard_negative',
    `Order IDs (Luhn-checked by the shop system):\n${luhn('352800000000000')}\n${luhn('510000000000042')}\n${luhn('222100000000001')}\nThese are internal order references, not payment cards.`,
  );
  neg(
    'postal-like-1',
    'hard_negative',
    `部品表\n部品番号 101-0047 ブラケット\n部品番号 530-0012 スペーサー\n図番 460-0008-A\n在庫ロケーション 12-34-56`,
  );
  neg(
    'phone-like-1',
    'hard_negative',
    `社内内線表\n総務 2201\n人事 2210\n情シス 3390\n会議室A 内線 4401\n※ 外線発信は 0 を押してから`,
  );
  neg(
    'place-names-1',
    'hard_negative',
    `ツアー行程\n1日目：羽田空港 → 函館（五稜郭、元町）\n2日目：大沼公園 → 洞爺湖温泉\n3日目：小樽運河 → 新千歳空港\n旅行代金：89,800円〜（2名1室）`,
  );

  // --- more hard negatives (second batch)
  neg(
    'stations-1',
    'hard_negative',
    `乗換案内\n高田馬場 8:12発 → 池袋 8:17着（山手線）\n池袋 8:25発 → 大宮 8:51着（湘南新宿ライン）\n運賃 IC 583円\n※ 中野、荻窪方面は快速が便利です。`,
  );
  neg(
    'brands-1',
    'hard_negative',
    `差し入れリスト\n・伊藤園 お〜いお茶 2L × 6\n・山崎製パン ランチパック × 20\n・吉野家 牛丼の具（冷凍）\n・森永乳業 ピノ\n・明治 ミルクチョコレート\n合計 12,340円（立替：総務）`,
  );
  neg(
    'law-training-1',
    'hard_negative',
    `コンプライアンス研修のご案内\nテーマ：障害者差別解消法と合理的配慮／個人情報保護法における要配慮個人情報の取扱い\n講師：外部弁護士\n対象：管理職全員\n※ 研修資料に個人の事例は含まれません。`,
  );
  neg(
    'form-template-1',
    'hard_negative',
    `【入力フォームの項目説明】\n氏名：全角で入力してください\nフリガナ：全角カタカナ\n生年月日：西暦で入力（YYYY/MM/DD）\n電話番号：ハイフンなし半角数字\nメールアドレス：携帯キャリアのアドレスは受信設定をご確認ください\nマイナンバー：入力不要です`,
  );
  neg(
    'mn-keyword-decoy-1',
    'hard_negative',
    `よくある質問\nQ. 申込番号 ${mn('60213877150')} の審査状況を知りたい。\nA. 審査には5営業日ほどかかります。なお、本サービスでは個人番号（マイナンバー）はお預かりしておりません。`,
  );
  neg(
    'card-keyword-decoy-1',
    'hard_negative',
    `ギフトカードのご案内\nカード番号：${luhn('6035 2200 1234 567')}（ギフトカード・残高照会用）\n残高：5,000円\n有効期限：2027年3月31日\n※ クレジットカードではありません。`,
  );
  neg(
    'isbn-1',
    'hard_negative',
    `参考文献\n1. 個人情報保護法の逐条解説（第7版）ISBN 978-4-641-22845-3\n2. Data Protection Law, 2nd ed. ISBN 0-306-40615-2\n3. 情報セキュリティ白書2024 ISBN 978-4-905318-87-9\n貸出期限：2025年6月30日`,
  );
  neg(
    'en-places-1',
    'hard_negative',
    `Venue options for the offsite: Lincoln Center (New York), the Jackson Hole lodge, or Washington Square Hotel. Ford Foundation offered its atrium. Budget cap $18,000; decision by Friday, June 6.`,
  );
  neg(
    'novel-review-1',
    'hard_negative',
    `書評：主人公は前科を持つ元刑事という設定で、犯罪の描写は抑えめ。後半の法廷シーンは圧巻だった。★★★★☆（星4つ）`,
  );
  neg(
    'katakana-products-1',
    'hard_negative',
    `新メニュー\nカルボナーラ　1,280円\nマルゲリータ　1,180円\nティラミス　580円\nアールグレイ　480円\nキャサリンのアップルパイ（季節限定）　620円`,
  );
  neg(
    'weather-1',
    'hard_negative',
    `週間天気\n6/2（月）晴れ 28℃/19℃ 降水確率10%\n6/3（火）曇り 25℃/18℃ 降水確率40%\n6/4（水）雨 21℃/17℃ 降水確率80%\n観測地点：東京都千代田区（気象庁）`,
  );
  neg(
    'bank-notice-1',
    'hard_negative',
    `システムメンテナンスのお知らせ\n2025年7月12日（土）21:00〜翌7:00、インターネットバンキングの振込・口座振替サービスを停止します。\n支店窓口の営業時間に変更はありません。\nお問い合わせ：各支店まで`,
  );
  neg(
    'spreadsheet-1',
    'hard_negative',
    `月次売上\t1月\t2月\t3月\n東日本\t12,480,000\t11,920,400\t13,004,120\n西日本\t9,880,300\t10,114,000\t10,902,880\n合計\t22,360,300\t22,034,400\t23,907,000\n前年比\t104.2%\t98.7%\t106.1%`,
  );
  neg(
    'coupon-1',
    'hard_negative',
    `クーポンコード：SPRING2025-7741\n割引：20%OFF（上限3,000円）\n対象期間：2025/4/1 0:00 〜 2025/4/30 23:59\n利用条件：税込5,000円以上\n管理番号：${luhn('3566 0020 2036 052')}`,
  );

  // --- more positives (second batch)
  add(
    'mn-prose-1',
    'id_documents',
    `先ほどお電話で伺った${PN('堀内')}様のマイナンバーですが、${L('my_number', mn('5102.3384.771'))}で間違いないでしょうか。番号確認のため通知カードのコピーをお送りください。`,
  );
  add(
    'card-prose-1',
    'payment_form',
    `電話注文メモ：${PN('北村 陽子')}様、JCBカード ${L('credit_card', luhn('3540-1234-5678-901'))}、有効期限 11/28、分割3回。セキュリティコードは聞き取りのみで記録していません。`,
  );
  add(
    'card-prose-2',
    'payment_form',
    `カード番号 ${L('credit_card', luhn('2223 0031 2200 300'))}（Mastercard）／名義 ${PN('KENTA OGAWA')}\nカード番号 ${L('credit_card', luhn('3056930902590'))}（Diners）\nカード番号 ${L('credit_card', luhn('3714 496353 9843'))}（AMEX）`,
  );
  add(
    'sen-11',
    'meeting_notes_prose',
    `ケース会議メモ\n利用者：${PN('安藤 フミ')}様（${DOB('昭和12年3月3日')}生）\n${SEN('要介護3、アルツハイマー型認知症')}。${SEN('生活保護受給中')}のため、自己負担の説明はケースワーカー経由で行う。\nキーパーソン：長女 ${PN('安藤 恵子')}様 ${PH('090-2215-7731')}`,
  );
  add(
    'sen-12',
    'support_ticket',
    `退会理由（自由記述）：\n${SEN('がんの治療（抗がん剤）')}に専念するため、しばらくジムに通えません。また再開できたら連絡します。\n会員名：${PN('宇佐美 奈々')}`,
  );
  add(
    'sen-13',
    'hr_record',
    `身元調査報告（取扱注意）\n対象：${PN('鬼頭 正和')}\n${SEN('2015年 窃盗罪で逮捕（不起訴）')}\n${SEN('出身地：被差別部落とされる地域')}との記載が前回報告にあったが、これは調査対象外のため削除すること。`,
  );
  add(
    'sen-14',
    'medical_record',
    `Lab result notification\nPatient: ${PN('Hiroshi Tanabe')}\nMRN 00448213\n${SEN('HbA1c 8.2% (diabetic range)')}\n${SEN('HIV-1/2 antibody: reactive')}\nOrdering physician: ${PN('Dr. Ellen Park')}`.replace(`${PN('Dr. Ellen Park')}`, `Dr. ${PN('Ellen Park')}`),
  );
  add(
    'name-11',
    'honorific_names',
    `お客様各位\n\nいつも当店をご利用いただきありがとうございます。店長の${PN('三浦')}です。\n先日ご来店の${PN('桜井 みどり')}さま、お忘れ物（日傘）をお預かりしております。\nまた、ご予約の${PN('高野')}殿（8名様）は6/14 18:00よりご案内いたします。`,
  );
  add(
    'name-12',
    'romanised_names',
    `Guest list (reception 6/21)\n- ${PN('Hiroshi Matsuda')} and ${PN('Keiko Matsuda')}\n- ${PN('Dr. Alan Reyes')}`.replace(`${PN('Dr. Alan Reyes')}`, `Dr. ${PN('Alan Reyes')}`) +
      `\n- ${PN('NAKAJIMA Ryo')} (+1)\n- ${PN('Sakura Ito')}\nTable assignments will be emailed to ${EM('events@lumen-hall.jp')}.`,
  );
  add(
    'addr-1',
    'address_variants',
    `送付先\n${AD('東京都千代田区丸の内一丁目9番2号　グラントウキョウサウスタワー　12F')}\n${PN('藤井 亮')} 様\n\n旧住所：${AD('大阪府吹田市千里山西４丁目３３－１８')}\n実家：${AD('鹿児島県鹿児島市山下町11番1号')}`,
  );
  add(
    'addr-2',
    'address_variants',
    `配送先変更のお願い\n新住所は ${AD('福岡市中央区天神２－８－３０　天神ビジネスセンター１４Ｆ')} です。\n旧：${AD('福岡県久留米市城南町15-3')}\n（${PN('荒木')}）`,
  );
  add(
    'addr-3',
    'address_variants',
    `ご住所　${AD('京都市左京区下鴨泉川町５９')}\nご住所（予備）　${AD('北海道虻田郡倶知安町字山田204-7')}\nご住所（勤務先）　${AD('愛知県豊田市トヨタ町1番地')}`,
  );
  add(
    'addr-4',
    'address_variants',
    `郵便番号：${ZIP('〒060-8588'.slice(1))}\n住所：${AD('札幌市中央区北3条西6丁目')}\n郵便番号：${ZIP('9000021')}\n住所：${AD('那覇市泉崎1-2-2')}`,
  );
  add(
    'phone-2',
    'fullwidth_variants',
    `折返し先（いずれか）\n自宅 ${PH('０３ー３４５６ー７８９０')}\n携帯 ${PH('090 - 4411 - 2093')}\n勤務先 ${PH('tel:0355551234'.slice(4))}\n${PN('増田')}`,
  );
  add(
    'dob-1',
    'dob_variants',
    `${PN('野村 千尋')}（${DOB('1990年4月1日')}生まれ、35歳）\n${PN('野村 大輔')}（${DOB('H3/7/22')}）\n${PN('野村 葵')}（生年月日：${DOB('令和元年5月1日')}）\n※ 契約日 2025年4月1日、更新日 2026年4月1日`,
  );
  add(
    'dob-2',
    'dob_variants',
    `Born: ${DOB('1979-11-02')} | Joined: 2012-04-01 | Last login: 2025-03-14 09:22\nName: ${PN('Kaori Fujimoto')}\nPlan renewal: 2026-11-02`,
  );

  neg(
    'placeholders-1',
    'hard_negative',
    `担当者割当表\n案件\t担当者\t期限\n基幹刷新\t（未定）\t6/30\nEC改修\t担当者未定\t7/15\n監査対応\tTBD\t8/1\n※ 氏名は確定後に記入`,
  );
  neg(
    'title-case-1',
    'hard_negative',
    `Please Review The Attached Quarterly Report Before Monday.\nBest regards,\nThe Customer Success Team\nGlobal Support Operations | Building 4, Floor 2`,
  );
  neg(
    'rooms-1',
    'hard_negative',
    `会議室一覧\n富士（12名）\n箱根（6名）\n熱海（4名）\n白樺（20名・プロジェクター有）\n予約はグループウェアから。`,
  );
  neg(
    'sightseeing-1',
    'hard_negative',
    `横浜散策コース：山下公園 → 中華街 → 元町 → 港の見える丘公園。所要 約3時間。昼食は中華街の聘珍樓（予約不要）。帰りはみなとみらい線 元町・中華街駅から。`,
  );
  neg(
    'en-sports-1',
    'hard_negative',
    `Match report: the Tigers beat the Hawks 3-1 on Saturday. Attendance was 41,228. The next home game is on 2025-06-14 at 18:00; tickets from $25.`,
  );

  return D;
}

function buildAll(): IndependentDoc[] {
  const out: IndependentDoc[] = [];
  for (let s = 1; s <= 12; s++) out.push(csvJa(3 + (s % 4), 100 + s));
  for (let s = 1; s <= 9; s++) out.push(csvEn(3 + (s % 3), 200 + s));
  for (let s = 1; s <= 12; s++) out.push(htmlTable(4 + (s % 3), 300 + s));
  for (let s = 1; s <= 14; s++) out.push(detailPage(400 + s));
  for (let s = 1; s <= 12; s++) out.push(hrRecord(500 + s));
  for (let s = 1; s <= 12; s++) out.push(signatureEmail(600 + s));
  for (let s = 1; s <= 12; s++) out.push(ticket(700 + s));
  for (let s = 1; s <= 12; s++) out.push(meetingNote(800 + s));
  for (let s = 1; s <= 14; s++) out.push(paymentDoc(900 + s));
  for (let s = 1; s <= 8; s++) out.push(jsonExport(1000 + s));
  for (let s = 1; s <= 6; s++) out.push(vcard(1100 + s));
  for (let s = 1; s <= 8; s++) out.push(meishiOcr(1200 + s));
  for (let s = 1; s <= 9; s++) out.push(chatLine(1300 + s));
  for (let s = 0; s < 30; s++) out.push(idTemplates(1400 + s));
  for (let s = 0; s < 16; s++) out.push(negTemplates(1500 + s));
  for (let s = 0; s < 12; s++) out.push(enEmail(1600 + s));
  out.push(...handWritten());
  return out;
}

export const INDEPENDENT: IndependentDoc[] = buildAll();
