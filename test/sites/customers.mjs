// Deterministic fake Japanese customers for the demo CRM, tests and benchmarks.
//
// Names and places come from the gimei word lists in /work/shared/corpora (MIT, willnet/gimei).
// If they are missing a small built-in list keeps everything working; the records then differ,
// so tests should not hard-code names, only shapes (see README.md).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const corporaDir = path.resolve(repoRoot, '..', 'shared', 'corpora');

/** mulberry32: tiny seeded PRNG, good enough for fake data and stable across Node versions. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Minimal reader for gimei's YAML: nested `key:` headers and `- ['kanji', 'hira', 'kata', 'Romaji']`
 * items. Returns { 'first_name.male': [[...], ...], 'addresses.city': [...], ... }.
 */
export function parseGimeiYaml(text) {
  const out = {};
  const stack = []; // [{ indent, key }]
  for (const line of text.split(/\r?\n/)) {
    const header = /^(\s*)([A-Za-z_]+):\s*$/.exec(line);
    if (header) {
      const indent = header[1].length;
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
      stack.push({ indent, key: header[2] });
      continue;
    }
    const item = /^\s*-\s*\[(.*)\]\s*$/.exec(line);
    if (item && stack.length) {
      const fields = [...item[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]);
      const key = stack.map((s) => s.key).join('.');
      (out[key] ||= []).push(fields);
    }
  }
  return out;
}

// Tiny fallback so the server runs without the corpora. [kanji, hiragana, katakana, romaji]
const FALLBACK = {
  last: [
    ['佐藤', 'さとう', 'サトウ', 'Satou'], ['鈴木', 'すずき', 'スズキ', 'Suzuki'],
    ['高橋', 'たかはし', 'タカハシ', 'Takahashi'], ['田中', 'たなか', 'タナカ', 'Tanaka'],
    ['伊藤', 'いとう', 'イトウ', 'Itou'], ['渡辺', 'わたなべ', 'ワタナベ', 'Watanabe'],
    ['山本', 'やまもと', 'ヤマモト', 'Yamamoto'], ['中村', 'なかむら', 'ナカムラ', 'Nakamura'],
    ['小林', 'こばやし', 'コバヤシ', 'Kobayashi'], ['加藤', 'かとう', 'カトウ', 'Katou'],
  ],
  male: [
    ['翔太', 'しょうた', 'ショウタ', 'Shouta'], ['健一', 'けんいち', 'ケンイチ', 'Kenichi'],
    ['大輔', 'だいすけ', 'ダイスケ', 'Daisuke'], ['拓也', 'たくや', 'タクヤ', 'Takuya'],
    ['誠', 'まこと', 'マコト', 'Makoto'], ['浩二', 'こうじ', 'コウジ', 'Kouji'],
  ],
  female: [
    ['陽子', 'ようこ', 'ヨウコ', 'Youko'], ['美咲', 'みさき', 'ミサキ', 'Misaki'],
    ['恵', 'めぐみ', 'メグミ', 'Megumi'], ['由美', 'ゆみ', 'ユミ', 'Yumi'],
    ['さくら', 'さくら', 'サクラ', 'Sakura'], ['直子', 'なおこ', 'ナオコ', 'Naoko'],
  ],
  cities: [
    ['東京都', '千代田区'], ['東京都', '世田谷区'], ['大阪府', '大阪市北区'], ['愛知県', '名古屋市中区'],
    ['神奈川県', '横浜市港北区'], ['福岡県', '福岡市博多区'], ['北海道', '札幌市中央区'], ['京都府', '京都市左京区'],
  ],
  prefectures: ['東京都', '大阪府', '愛知県', '神奈川県', '福岡県', '北海道', '京都府'],
  towns: ['本町', '栄町', '緑町', '中央', '旭町', '桜木町', '大手町', '宮前', '若葉', '東雲'],
};

let cachedCorpora;

/**
 * Word lists for generation. Cities are paired with their real prefecture using the
 * geolonia address list where it knows the city, so "沖縄県札幌市" never appears on screen.
 */
export function loadCorpora(dir = corporaDir) {
  if (cachedCorpora && dir === corporaDir) return cachedCorpora;
  let result;
  try {
    const names = parseGimeiYaml(fs.readFileSync(path.join(dir, 'gimei-names.yml'), 'utf8'));
    const addrs = parseGimeiYaml(fs.readFileSync(path.join(dir, 'gimei-addresses.yml'), 'utf8'));
    const prefectures = (addrs['addresses.prefecture'] || []).map((r) => r[0]);
    const gimeiCities = (addrs['addresses.city'] || []).map((r) => r[0]);
    const towns = (addrs['addresses.town'] || []).map((r) => r[0]);
    let cities = [];
    try {
      const csv = fs.readFileSync(path.join(dir, 'geolonia-addresses.csv'), 'utf8');
      const prefOf = new Map();
      for (const line of csv.split(/\r?\n/).slice(1)) {
        const cols = line.split(',');
        if (cols.length > 2 && cols[1] && cols[2] && !prefOf.has(cols[2])) prefOf.set(cols[2], cols[1]);
      }
      cities = gimeiCities.filter((c) => prefOf.has(c)).map((c) => [prefOf.get(c), c]);
    } catch { /* no geolonia list: prefectures are picked independently below */ }
    if (!cities.length) cities = gimeiCities.map((c) => [null, c]);
    result = {
      source: 'gimei',
      last: names['last_name'],
      male: names['first_name.male'],
      female: names['first_name.female'],
      cities, prefectures, towns,
    };
    if (!result.last?.length || !result.male?.length || !result.female?.length || !towns.length || !prefectures.length) {
      throw new Error('gimei lists are empty or in an unexpected shape');
    }
  } catch (err) {
    console.warn(`[sites] gimei corpora not usable in ${dir} (${err.message}); using the small built-in name list`);
    result = { source: 'fallback', ...FALLBACK };
  }
  if (dir === corporaDir) cachedCorpora = result;
  return result;
}

/** Luhn check digit for a string of digits (the payload without the check digit). */
export function luhnCheckDigit(payload) {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** My Number check digit over the first 11 digits (weights 6,5,4,3,2,7,6,5,4,3,2). */
export function myNumberCheckDigit(first11) {
  const w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (first11.charCodeAt(i) - 48) * w[i];
  const r = sum % 11;
  return String(r <= 1 ? 0 : 11 - r);
}

const COMPANY_STEMS = ['さくら', 'みどり', '東洋', '日本', '大和', '中央', '北辰', '青葉', '富士', '光陽',
  '三和', '千代田', '明星', '朝日', '若葉', '瑞穂', '浜松', '北斗', '白鷺', '葵'];
const COMPANY_KINDS = ['商事', '物産', '工業', '電機', 'システムズ', '食品', '建設', '不動産', 'ホールディングス',
  'サービス', '製作所', '運輸', '印刷', '薬品', 'ソリューションズ', '精機'];
const DEPARTMENTS = ['営業部', '総務部', '経理部', '情報システム部', '購買部', '人事部', '企画部', '経営企画室', '製造部'];
const TITLES = ['', '', '', '主任', '係長', '課長', '部長', '取締役'];
const RANKS = ['A', 'B', 'B', 'C', 'C', 'C'];
const STAFF = ['田村 恵子', '松本 健太', '井上 直樹', '木村 綾香'];
const SENSITIVE_NOTES = [
  '既往歴: 糖尿病（通院中）',
  '既往歴: 高血圧。健康診断で要再検査',
  '障害者手帳（2級）を所持。来店時は配慮',
  '本籍: 鹿児島県。家族構成について相談あり',
  '既往歴: うつ病で休職歴あり',
  '健康診断結果: 肝機能数値の異常を指摘',
];
const PLAIN_NOTES = ['年末に契約更新予定', '紹介キャンペーン対象', 'メルマガ配信停止希望', '請求書は郵送希望', ''];
const EMAIL_DOMAINS = ['example.co.jp', 'example.jp', 'example.ne.jp', 'example.com', 'example.or.jp'];
const AREA = { 東京都: '03', 大阪府: '06', 愛知県: '052', 北海道: '011', 福岡県: '092', 神奈川県: '045', 京都府: '075', 宮城県: '022', 広島県: '082' };
const CARD_PREFIX = [['VISA', '411111', 16], ['Mastercard', '555555', 16], ['JCB', '353011', 16], ['American Express', '378282', 15]];

/**
 * @param {number} seed
 * @param {number} n
 * @param {ReturnType<typeof loadCorpora>} [corpora]
 * @returns {Array<object>} customers with ids 1..n
 */
export function generateCustomers(seed = 20261122, n = 300, corpora = loadCorpora()) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  // Family names are listed by frequency: favour the common ones, like a real customer list.
  const pickCommon = (arr) => arr[Math.floor(arr.length * rnd() ** 3)];
  const digits = (k) => { let s = ''; for (let i = 0; i < k; i++) s += int(0, 9); return s; };
  const pad = (v, k = 2) => String(v).padStart(k, '0');
  const usedEmails = new Set();
  const customers = [];

  for (let id = 1; id <= n; id++) {
    const gender = rnd() < 0.5 ? 'male' : 'female';
    const last = pickCommon(corpora.last);
    const first = pick(corpora[gender]);
    const [cityPref, city] = pick(corpora.cities);
    const prefecture = cityPref || pick(corpora.prefectures);
    const town = pick(corpora.towns);
    const chome = `${int(1, 5)}丁目${int(1, 30)}-${int(1, 20)}`;
    const building = rnd() < 0.3 ? ` ${pick(['メゾン', 'コーポ', 'グランド', 'パーク'])}${pick(['桜', '若葉', '青山', '緑'])}${int(1, 12)}0${int(1, 9)}号室` : '';

    let local = `${first[3]}.${last[3]}`.toLowerCase();
    if (rnd() < 0.3) local = `${first[3][0]}${last[3]}`.toLowerCase();
    if (rnd() < 0.2) local += int(1, 99);
    const domain = pick(EMAIL_DOMAINS);
    while (usedEmails.has(`${local}@${domain}`)) local += int(0, 9);
    usedEmails.add(`${local}@${domain}`);

    let phone;
    const mobile = rnd() < 0.55;
    if (mobile) phone = `${pick(['090', '080', '070'])}-${digits(4)}-${digits(4)}`;
    else if (AREA[prefecture]?.length === 2) phone = `${AREA[prefecture]}-${digits(4)}-${digits(4)}`;
    else phone = `${AREA[prefecture] || '0' + int(1, 6) + int(1, 9)}-${int(1, 9)}${digits(2)}-${digits(4)}`;

    const byear = int(1950, 2003);
    const birthDate = `${byear}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const company = rnd() < 0.8
      ? `株式会社${pick(COMPANY_STEMS)}${pick(COMPANY_KINDS)}`
      : `${pick(COMPANY_STEMS)}${pick(COMPANY_KINDS)}${pick(['株式会社', '有限会社', '合同会社'])}`;

    // Customer 1 carries every sensitive field so single-page tests have something to find.
    const hasCard = id === 1 || rnd() < 0.2;
    const hasMyNumber = id === 1 || rnd() < 0.12;
    const hasSensitiveNote = id === 1 || rnd() < 0.08;

    let card = null;
    if (hasCard) {
      const [brand, prefix, len] = pick(CARD_PREFIX);
      const payload = prefix + digits(len - prefix.length - 1);
      card = { brand, number: payload + luhnCheckDigit(payload), expiry: `${pad(int(1, 12))}/${int(27, 31)}` };
    }
    let myNumber = null;
    if (hasMyNumber) {
      const first11 = String(int(1, 9)) + digits(10);
      myNumber = first11 + myNumberCheckDigit(first11);
    }
    const note = hasSensitiveNote ? pick(SENSITIVE_NOTES) : pick(PLAIN_NOTES);

    customers.push({
      id,
      name: `${last[0]} ${first[0]}`,
      nameKana: `${last[2]} ${first[2]}`,
      nameRomaji: `${first[3]} ${last[3]}`,
      lastName: last[0], firstName: first[0],
      gender: gender === 'male' ? '男性' : '女性',
      birthDate,
      company,
      department: pick(DEPARTMENTS),
      title: pick(TITLES),
      email: `${local}@${domain}`,
      phone,
      phoneType: mobile ? 'mobile' : 'landline',
      postalCode: `${int(0, 9)}${digits(2)}-${digits(4)}`,
      prefecture, city, town,
      street: chome + building,
      address: `${prefecture}${city}${town}${chome}${building}`,
      rank: pick(RANKS),
      owner: pick(STAFF),
      registeredAt: `${int(2015, 2025)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      lastContact: `2026-${pad(int(1, 11))}-${pad(int(1, 28))}`,
      note,
      sensitiveNote: hasSensitiveNote,
      card,
      myNumber,
    });
  }
  return customers;
}

export const formatCard = (num) => (num.length === 15
  ? `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}`
  : num.replace(/(\d{4})(?=\d)/g, '$1-'));
export const formatMyNumber = (d) => `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;

const CSV_COLUMNS = [
  ['ID', (c) => c.id], ['氏名', (c) => c.name], ['フリガナ', (c) => c.nameKana], ['性別', (c) => c.gender],
  ['生年月日', (c) => c.birthDate], ['会社名', (c) => c.company], ['部署', (c) => c.department],
  ['メールアドレス', (c) => c.email], ['電話番号', (c) => c.phone], ['郵便番号', (c) => c.postalCode],
  ['住所', (c) => c.address], ['ランク', (c) => c.rank], ['担当者', (c) => c.owner],
  ['クレジットカード', (c) => (c.card ? formatCard(c.card.number) : '')],
  ['マイナンバー', (c) => (c.myNumber ? c.myNumber : '')], ['備考', (c) => c.note],
];

/** RFC 4180 CSV (CRLF, quoted where needed), without a BOM: the server adds one for Excel. */
export function customersCsv(customers) {
  const q = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [CSV_COLUMNS.map(([h]) => q(h)).join(',')];
  for (const c of customers) lines.push(CSV_COLUMNS.map(([, f]) => q(f(c))).join(','));
  return lines.join('\r\n') + '\r\n';
}
