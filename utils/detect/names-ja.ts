// Japanese person names in running text (no 氏名: label, no table column): 山田太郎は…, 佐藤社長, ジョン・スミス氏.
//
// Rules, each needing a dictionary hit (names-data.ts, from IPADIC and gimei) and a word boundary:
//  1. A whole kanji run = family name (2–4 kanji, dictionary) + given name (dictionary, or the character model:
//     2–3 kanji that start and end as given names do, or one frequent one-kanji name), optionally + a role word
//     (社長, 選手, 氏, …). An ordinary word that happens to split so (南太平洋) is on the NOT_NAME list. After a
//     word for a person + の (作曲家の, 父の), a 2-kanji family name the list lacks is accepted too.
//     1c. A family name of JA_FAMILY_MORE (its first char starts many ordinary words: 有吉, 有賀) as a whole run with a
//     2–3 kanji given name, or before a role. 1d. A listed family + given name inside a longer run after a title or a
//     job (航空参謀吉岡忠一中佐, scan.ts's famIn). 1e. A given name after a kinship word (長女の恵美子, 父リチャード).
//     1f. A listed family name and a listed katakana given name together (土屋アンナ, アントニオ猪木). 1g. Names listed
//     next to a name found (山田太郎、佐竹晴雄、妹尾直哉ら; katakana across 、). A service or ministry may stand
//     between a name and its role (田中六助通産大臣).
//  2. A family name alone + a role word: 田中社長, 岡田監督.
//  3. Chinese / Korean names: a one-kanji family name from a short list + 1–2 name kanji (李承晩, 朴正熙).
//  4. Katakana joined by ・ or =: ジョン・スミス when the first part is a known given name, the last a known family
//     name, or a word for a person + の comes before (ピアニストのヨルマ・パヌラ); organisation words (…ホテル,
//     …財団) end it; also after a position code (FWルーカス・…) and before a role that follows people (副大統領).
//     A katakana word before 氏 / 様 / さん (ハリス氏), or before a post of state, army, church or nobility that ends
//     the kanji run (ギゾー首相, マヌエル帝) when it is no common loanword (not イギリス首相).
//  5. A family name found in a full name above, seen again alone near it (山田太郎は… 山田は…).
//  6. A learned span scorer (below, weights in names-ja-model-data.ts) for names the rules lack evidence for: kanji
//     runs (佐竹晴雄、 伏見は 李肇星外相 三女悦子, also those starting with a char that starts many IPADIC family
//     names but no listed one: 笹尾昌弘), katakana joined by ・ / = (ラウラ・ペトリーニが) and one katakana word before
//     は / が, a role or an honorific (ペトロフは). It also vetoes family + one-kanji 'names' it finds unlike a
//     name (南氷洋).
// Candidates come from scan.ts's first pass (familyAt; family names inside runs, kanji right after katakana and
// kinship words where it stops), from ・ / = / honorifics and from an indexOf of は and が: no pass of its own over
// every char of the text. No browser APIs; buildJaNames() makes only char flags (~1 ms in a
// cold page), the rest is looked up in the packed strings or built on first use.
import { inLoan } from './kata-bloom';
import { lowerBound } from './sorted';
import {
  JA_FAM_END,
  JA_FAM_START,
  JA_GATE_MIN,
  JA_GATE_W,
  JA_GIV_END,
  JA_GIV_START,
  JA_LOAN,
  JA_MODEL_HI,
  JA_MODEL_LEVELS,
  JA_MODEL_LO,
  JA_MODEL_START,
  JA_MODEL_W,
} from './names-ja-model-data';
import { FAMILY_NAMES, GIVEN_FIRST, GIVEN_LAST, GIVEN_ONE, JA_FAMILY, JA_FAMILY_MORE, JA_GIVEN, KATA_FAMILY, KATA_GIVEN, NOT_GIVEN, NOT_NAME } from './names-data';

// (with the compatibility ideographs that name people: 﨑 U+FA11, 德 U+FA26 … no normalisation folds them)
const isKanji = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005 || (c >= 0x3400 && c <= 0x4dbf) || c === 0x30f6 || (c >= 0xf900 && c <= 0xfaff);
const isKata = (c: number) => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Char flags.
const F_FIRST = 1; // starts a 2–3 kanji given name
const F_LAST = 2; // ends one
const F_ONE = 4; // a one-kanji given name
const F_CN = 8; // a one-kanji Chinese / Korean family name
const F_FAM0 = 16; // first char of some family name
const F_ROLE = 32; // last char of a role word
const F_GIMEI0 = 64; // first char of a gimei family name
/** starts many IPADIC family names but no listed one (笹, 牛, 有): a start of the span model's candidates only */
const F_MODEL0 = 256;
const F_ROLE0 = 512; // first char of a role word
/** Chinese and Korean family names that rarely start an ordinary word (not 高 or 金, which start too many). */
const CN_FAMILY = '李張劉陳楊趙黄呉徐孫胡朱郭梁宋鄭謝韓唐馮董蕭曹袁鄧許傅沈曾彭呂蘇盧蔣蔡賈魏薛閻潘戴鍾汪姜范姚譚廖鄒熊郝孔崔毛邱秦顧侯邵孟尹錢龔朴裵兪習';

/**
 * Words after a name that say it is a person (the name is reported without them). Also after katakana words not in
 * the dictionary, so only words that follow people, never companies or places (no 社長: トヨタ社長).
 */
const ROLE_TITLE = '氏|様|殿|夫人|夫妻|容疑者|被告|被告人';
const ROLE_ANY =
  '君|先生|総理大臣|内閣総理大臣|国務長官|官房長官|内相|蔵相|法相|文相|陸相|海相|国防相|親王|内親王|選手|投手|捕手|監督|教授|准教授|博士|大統領|副大統領|首相|総統|国家主席|主席|総書記|第一書記|名誉教授|客員教授|特任教授|参議|夫人|夫妻|容疑者|被告|議員|上院議員|下院議員|大臣|外相|国王|女王|皇帝|将軍|元帥|大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|艦長|弁護士|医師|記者|騎手|棋士|名人|判事|検事|党首|書記長|牧師|神父|司教|王子|王女|王妃|皇太子|外務大臣|報道官|監修|作曲|作詞|編曲|原作|主演|一家|一族|兄弟|姉妹|伯爵|侯爵|公爵|子爵|男爵|王配|教皇|法王|皇后|皇女|帝';
/** Roles that follow a name but also follow a company, a team or a place: only after a dictionary name. */
const ROLE_NAME =
  '社長|会長|副会長|副社長|部長|課長|係長|主任|専務|常務|理事長|院長|校長|学長|館長|委員長|総裁|幹事長|総理|知事|頭取|局長|所長|署長|隊長|団長|座長|組長|議長|副議長|コーチ|代表取締役|会計|司令官|司令|船長|講師|助教|准教|研究員|理事|社員|店長|園長|候補|代表';
/** Roles that follow a place as often as a family name (千葉市長): only after a full name. */
const ROLE_PLACE = '市長|町長|村長|区長|市議|県議|都議|府議|町議|村議';

/** Roles after which one katakana word (not a common loanword: イギリス首相) is a person: posts of state, army, church and
 * court, not jobs that follow a field (アニメーション監督, ピアノ教授, サッカー選手). */
const KATA_ROLE = new Set(
  '首相|大統領|副大統領|総統|将軍|元帥|大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|国王|女王|皇帝|王子|王女|王妃|皇太子|博士|外相|党首|上院議員|下院議員|司教|牧師|神父|夫人|夫妻|艦長|判事|伯爵|侯爵|公爵|子爵|男爵|王配|教皇|法王|皇后|皇女|帝|兄弟|姉妹|一家|一族'.split('|'),
);
/** Last katakana words of organisations and places: ナンシー・ロペス・ゴルフ is a company, not a name. */
const ORG_KATA = new Set(
  'ホテル|センター|クラブ|カンパニー|コーポレーション|システムズ|システム|グループ|ゴルフ|ショップ|ストア|ホール|パーク|スクエア|タワー|ビル|ビルディング|プラザ|エアライン|エアラインズ|レコード|レコーズ|ピクチャーズ|エンターテインメント|エンタテインメント|フィルム|フィルムズ|プロダクション|プロダクションズ|ブラザーズ|サービス|ジャパン|インターナショナル|テクノロジー|テクノロジーズ|ラボ|スタジオ|スタジオズ|ゲームス|ゲームズ|カレッジ|アカデミー|ユニバーシティ|スクール|シアター|ミュージアム|ギャラリー|ストリート|アベニュー|ロード|ステーション|ビーチ|アイランド|マウンテン|リバー|レイク|ベイ|シティ|タウン|ビレッジ|ヴィレッジ|カップ|トロフィー|ショー|フェスティバル|アワード|ライブラリー|ファンド|ファウンデーション|ホールディングス|ネットワーク|ネットワークス|メディア|ラジオ|テレビ|ニュース|タイムズ|ジャーナル|マガジン|フーズ|モーターズ|モーター|エレクトリック|ケミカル|ファーマ|バンク|キャピタル|パートナーズ|アソシエイツ|ユナイテッド|シティー|スタジアム|アリーナ|ドーム|ガーデン|ガーデンズ|ハウス|ホーム|ハイツ|マンション|レジデンス|モール|マート|マーケット|カフェ|レストラン|バー|ダイナー|ベーカリー|ブランド|コレクション|シリーズ|エディション|バージョン|モデル|プロジェクト|ミッション|オペレーション|キャンペーン|リーグ|カンファレンス|チャンピオンシップ|トーナメント|オープン|クラシック|グランプリ|レース|マラソン'.split('|').concat(
    // people's roles and trades that take さん at work (クライアントさん, ケアマネさん), beyond the loanword filter
    'クライアント|ベンダー|サプライヤー|ケアマネ|ケアマネージャー|ヘルパー|ドライバー|スタッフ|パート|バイト|アルバイト|オーナー|マネージャー|マネジャー|リーダー|メンバー|トレーナー|インストラクター|カウンセラー|セラピスト|デザイナー|エンジニア|プログラマー|ディレクター|プロデューサー|アシスタント|コンサル|コンサルタント|エージェント|ブローカー|ディーラー|メーカー|ユーザー|ゲスト|オペレーター|コーディネーター|アドバイザー|ナース|ドクター|ママ|パパ|マスター|シェフ|ボス|チーフ|キャスト|タレント|ホスト|ホステス|シッター|ワーカー|ケースワーカー|ケアワーカー|ヘルプデスク|サポート|カスタマー|スポンサー|ルームメイト|ホストファミリー|ファミマ|ローソン|コンビニ|ネットスーパー'.split('|'),
  ),
);
/** A katakana name is a name of something else when one of these kanji follows it (ジョン・カリー記念, カール・ゼーリヒ財団). */
const NOT_AFTER_NAME = new Set(
  '記財賞杯号型級式法則効症病線駅港湾橋空鉄通道路街州市町村区郡島山川湖海峡岬半原公園館寺院堂宮城劇場社会店局学校大教団隊軍党協連盟国語語族派系製産品酒版曲作集誌紙劇映番組'.split('').map((c) => c.charCodeAt(0)),
);

let CH = new Uint16Array(0);
// Dictionary words are looked up in the packed strings themselves, in the group of their first char (";山下中,田中,"),
// found by indexOf when a char is first looked up: start-up builds nothing per name (a Map of 5,000 strings, or a
// typed hash table filled name by name, cost 5–20 ms in a cold page).
/** first char → groupAt's answer in JA_FAMILY / JA_GIVEN / JA_FAMILY_MORE, + 2 (0: not looked up yet). Flat tables
 * made by buildJaNames, not Maps: the name rules ask several times a candidate. */
let FAM_AT = new Int32Array(0);
let GIV_AT = new Int32Array(0);
let MORE_AT = new Int32Array(0);
/** gimei family names (499): two-char ones as numbers (no string made per look-up), longer ones as strings */
const GIMEI2 = new Set<number>();
/** An exact key of a pair of CJK ideographs (U+4E00–U+9FFF), else -1: a small integer, so Set look-ups need no heap
 * number (c * 0x10000 + d did, for most kanji). gimei's names are all in that block. */
const pairKey = (a: number, b: number) => (a >= 0x4e00 && a < 0xa000 && b >= 0x4e00 && b < 0xa000 ? (a - 0x4e00) * 0x5200 + b - 0x4e00 : -1);
const F_GIMEI3 = 128; // first char of a 3+ char gimei family name
let GIMEI = new Set<string>();

/** A role word and its strength: 3 a title (after any katakana word), 2 after any name, 1 after a dictionary name,
 * 0 after a full name only. */
type Role = [string, number];
const ROLES: Role[] = [];
/** The role words by their first / last char, longest first. */
const ROLE_BY_FIRST = new Map<number, Role[]>();
const ROLE_BY_LAST = new Map<number, Role[]>();
let ready = false;
let FIRST_CHARS = '';

/**
 * The group of first char c in p, found once per char: (offset just after ";c", where its one-char rests start) *
 * 0x4000 + (offset of the ',' that ends them), or -1. (Both offsets are below 0x4000: the strings are shorter.)
 */
function groupAt(p: string, at: Int32Array, c: number): number {
  const v = at[c];
  if (v !== 0) return v - 2;
  let g = p.indexOf(';' + String.fromCharCode(c));
  if (g >= 0) g = (g + 2) * 0x4000 + p.indexOf(',', g + 2);
  at[c] = g + 2;
  return g;
}

/**
 * Is t[s, s+len) listed in the group gm (groupAt) of p (";山下中本,田中,")? A two-char word: binary search of the sorted
 * one-char rests; longer: the ','-ended rests after them, compared in place. No strings made, and cheap even while
 * V8 still interprets this code in a page's first scan.
 */
function inGroup(p: string, gm: number, t: string, s: number, len: number): boolean {
  const g = Math.floor(gm / 0x4000);
  const mid = gm % 0x4000;
  if (len === 2) {
    const x = t.charCodeAt(s + 1);
    let lo = g;
    let hi = mid;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      const y = p.charCodeAt(m);
      if (y === x) return true;
      if (y < x) lo = m + 1;
      else hi = m;
    }
    return false;
  }
  const m = len - 1;
  for (let j = mid + 1; j < p.length; ) {
    if (p.charCodeAt(j) === 59) return false; // ';' ends the group
    let k = 0;
    while (k < m && p.charCodeAt(j + k) === t.charCodeAt(s + 1 + k)) k++;
    const d = p.charCodeAt(j + k);
    if (k === m && d === 44) return true;
    if (k < m && d !== 44 && d > t.charCodeAt(s + 1 + k)) return false; // sorted: all later entries are greater
    while (j < p.length && p.charCodeAt(j) !== 44) j++;
    j++;
  }
  return false;
}

/** Could a dictionary family name start at s? (flags only) */
function maybeFamily(t: string, s: number): boolean {
  return (CH[t.charCodeAt(s)] & F_FAM0) !== 0;
}
/** Is t[s, s+len) a dictionary family name? */
function isFamily(t: string, s: number, len: number): boolean {
  const c = t.charCodeAt(s);
  const g = groupAt(JA_FAMILY, FAM_AT, c);
  if (g >= 0 && inGroup(JA_FAMILY, g, t, s, len)) return true;
  if (!(CH[c] & F_GIMEI0)) return false;
  if (len === 2) return GIMEI2.has(pairKey(c, t.charCodeAt(s + 1)));
  return (CH[c] & F_GIMEI3) !== 0 && GIMEI.has(t.substr(s, len));
}

/** A 30-bit hash of a katakana word, from its chars (k) or from the ASCII form of names-data.ts (k - 0x30a1 + 0x23). */
function kataHash(t: string, s: number, e: number, offset: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x1b873593;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i) + offset;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 ^ (h2 >>> 7)) & 0x3fffffff; // a small integer: Set look-ups stay fast (no heap number)
}
/** Katakana names as hashes, built on the first katakana look-up (no string made per look-up). */
let KATA_SETS: [Set<number>, Set<number>, Set<number>] | null = null;
function kataSets(): [Set<number>, Set<number>, Set<number>] {
  const fromAscii = (p: string) => {
    const out = new Set<number>();
    for (let i = 1, j = p.indexOf(' ', 1); j > 0; i = j + 1, j = p.indexOf(' ', i)) out.add(kataHash(p, i, j, 0x30a1 - 0x23));
    return out;
  };
  const org = new Set<number>();
  for (const w of ORG_KATA) org.add(kataHash(w, 0, w.length, 0));
  return [fromAscii(KATA_GIVEN), fromAscii(KATA_FAMILY), org];
}
/** Is t[s, e) (katakana) in list 0 given names, 1 family names, 2 organisation words? */
const inKata = (list: number, t: string, s: number, e: number) => {
  KATA_SETS ??= kataSets();
  for (let i = s; i < e; i++) if (!isKata(t.charCodeAt(i))) return false;
  return KATA_SETS[list].has(kataHash(t, s, e, 0));
};

/**
 * Two katakana words written apart before an honorific, t[a, b) and t[c, d): how sure a name (0.85 with a listed given
 * or family name, 0.8 when both are short (six chars at most), neither an organisation's word and at most one a loanword), else 0.
 */
export function jaKataPair(t: string, a: number, b: number, c: number, d: number): number {
  if (inKata(2, t, a, b) || inKata(2, t, c, d)) return 0;
  if (inKata(0, t, a, b) || inKata(1, t, a, b) || inKata(0, t, c, d) || inKata(1, t, c, d)) return 0.85;
  // (one of them may read as a word: ハラダ アイコ様, アイコ like an icon)
  return b - a <= 6 && d - c <= 6 && (!inLoan(JA_LOAN, t, a, b) || !inLoan(JA_LOAN, t, c, d)) ? 0.8 : 0;
}

/**
 * One katakana word before an honorific, t[s, e) (タンさん, グルンさん): how sure a name. 0.85 when it is a listed name;
 * 0.8 when it is no organisation's word and no common loanword (ドライバーさん, ヤマトさん); else 0.
 */
export function jaKataOne(t: string, s: number, e: number): number {
  if (inKata(2, t, s, e)) return 0;
  if (inKata(0, t, s, e) || inKata(1, t, s, e)) return 0.85;
  return e - s <= 6 && !inLoan(JA_LOAN, t, s, e) ? 0.8 : 0;
}

/** Given names as parents write them in hiragana (mostly women's), beyond the katakana list read in hiragana. */
const HIRA_GIVEN = new Set(
  ('さくら|ひかり|あかり|みどり|ゆい|あおい|こころ|ひまり|さやか|まゆみ|ゆかり|かおり|あや|ゆき|みき|ちひろ|なな|はな|もも|りこ|' +
    'ゆうき|あい|まい|えみ|めぐみ|ひとみ|のぞみ|あゆみ|いずみ|しおり|みなみ|あすか|さおり|ゆみ|なつみ|まなみ|ともみ|ひろみ|なおみ|' +
    'かずみ|ますみ|さとみ|あけみ|くみ|るみ|えり|まり|あき|ちか|りな|みほ|しほ|なほ|みゆ|ゆう|ゆり|かな|あさみ|ことね|ひなた|ひな|' +
    'ゆな|みお|みく|りん|さき|みさき|あやか|ゆうな|ほのか|はるか|ももか|ちなつ|まどか|かえで|すみれ|つばさ|ひびき|あきら|かおる|' +
    'しのぶ|つかさ|みつき|ゆづき|なぎさ|まこと|ちはる|こはる|はるな|はるひ|あさひ|いろは|かのん|しずか|すず|ちえ|ちさと|なつき|' +
    'まき|まな|みか|みさ|みちる|みのり|めい|ゆずは|よしこ|りさ|りょう|れい|わかな|あつこ|かよ|きよみ|さちこ|すみこ|とし|ふみ|' +
    'みちこ|みよ|ゆりこ|よしえ|ゆか|りか|ちなみ|なお|ありさ|えりか|まお|ゆいな|ゆずき|あみ|えま|さら|せな|のあ|ひより|みはる')
    .split('|'),
);
/** Is t[s, e) (hiragana) a given name: the list above, or one of the katakana list read in hiragana (まゆみ, りさ)? */
export function jaHiraGiven(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (t.charCodeAt(i) < 0x3041 || t.charCodeAt(i) > 0x3096) return false;
  if (HIRA_GIVEN.has(t.slice(s, e))) return true;
  KATA_SETS ??= kataSets();
  return KATA_SETS[0].has(kataHash(t, s, e, 0x60));
}

/** Sets flag `f` on every char of `s` in a char-indexed table. */
function flagAll(table: Uint8Array | Uint16Array, s: string, f: number): void {
  for (let i = 0; i < s.length; i++) table[s.charCodeAt(i)] |= f;
}

export function buildJaNames(): void {
  if (ready) return;
  ready = true;
  CH = new Uint16Array(0x10000);
  FAM_AT = new Int32Array(0x10000);
  GIV_AT = new Int32Array(0x10000);
  MORE_AT = new Int32Array(0x10000);
  const flagChars = (s: string, f: number) => flagAll(CH, s, f);
  flagChars(GIVEN_FIRST, F_FIRST);
  flagChars(GIVEN_LAST, F_LAST);
  flagChars(GIVEN_ONE, F_ONE);
  flagChars(CN_FAMILY, F_CN);
  // first chars of the groups (";山,…;川,…"): one native match, no loop over the names
  FIRST_CHARS = CN_FAMILY + (JA_FAMILY.match(/;./g) ?? []).join('').replace(/;/g, '');
  flagChars(FIRST_CHARS.slice(CN_FAMILY.length), F_FAM0);
  let extra = '';
  for (let k = 0; k < JA_MODEL_START.length; k++) {
    const c = JA_MODEL_START.charCodeAt(k);
    if (!(CH[c] & (F_FAM0 | F_CN))) {
      CH[c] |= F_MODEL0;
      extra += JA_MODEL_START[k];
    }
  }
  GIMEI = new Set(FAMILY_NAMES.split('|'));
  for (const w of GIMEI) {
    if (CH[w.charCodeAt(0)] & F_MODEL0) {
      CH[w.charCodeAt(0)] &= ~F_MODEL0;
      extra = extra.replace(w[0], '');
    }
    CH[w.charCodeAt(0)] |= F_FAM0 | F_GIMEI0;
    if (w.length === 2) GIMEI2.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)));
    else if (w.length >= 3) CH[w.charCodeAt(0)] |= F_GIMEI3;
  }
  FIRST_CHARS += extra;
  const roles = (list: string, strength: number) => {
    for (const w of list.split('|')) {
      ROLES.push([w, strength]);
      CH[w.charCodeAt(w.length - 1)] |= F_ROLE;
    }
  };
  roles(ROLE_TITLE, 3);
  roles(ROLE_ANY, 2);
  roles(ROLE_NAME, 1);
  roles(ROLE_PLACE, 0);
  ROLES.sort((a, b) => b[0].length - a[0].length);
  for (const r of ROLES) {
    const f = r[0].charCodeAt(0);
    const l = r[0].charCodeAt(r[0].length - 1);
    ROLE_BY_FIRST.set(f, [...(ROLE_BY_FIRST.get(f) ?? []), r]);
    CH[f] |= F_ROLE0;
    ROLE_BY_LAST.set(l, [...(ROLE_BY_LAST.get(l) ?? []), r]);
  }
}

/** Is t[s, e) a given name (dictionary or character model)? */
function givenName(t: string, s: number, e: number): boolean {
  const g = e - s;
  if (g === 1) return (CH[t.charCodeAt(s)] & F_ONE) !== 0;
  if (g > 3) return false;
  if (CH[t.charCodeAt(s)] & F_FIRST && CH[t.charCodeAt(e - 1)] & F_LAST) return true;
  const a = groupAt(JA_GIVEN, GIV_AT, t.charCodeAt(s));
  return a >= 0 && inGroup(JA_GIVEN, a, t, s, g);
}

const KIN_WORD = /^(?:[長次三四五末][男女]|息子|[祖義叔伯実養]?[父母]|[長次]?[兄姉]|[弟妹娘孫夫妻嫁婿]|両親|夫婦|主人|家内)$/;
/** Could t[s, e) (1–3 kanji) be a given name where the layout already says "a person" (a chat's speaker): as
 * givenName, or 2–3 kanji ending as given names end whatever their first char (翔子, 陽菜 after the names IPADIC
 * knows), unless the word names a relative (長男, 息子: the kin word's last char) or a role (議長, 店長). */
export function jaSpeakerGiven(t: string, s: number, e: number): boolean {
  if (e <= s || e - s > 3 || KIN_WORD.test(t.slice(s, e))) return false;
  if (givenName(t, s, e)) return true;
  return e - s >= 2 && (CH[t.charCodeAt(e - 1)] & F_LAST) !== 0 && !(CH[t.charCodeAt(s)] & F_ROLE0);
}

/** Is t[s, e) (2–3 kanji) a given name, by the dictionary or the chars given names start and end with (瑞穂, 一樹)? */
export function jaGiven23(t: string, s: number, e: number): boolean {
  return e - s >= 2 && e - s <= 3 && givenName(t, s, e);
}

/** Could a 2–3 kanji dictionary given name end at e? (a group for its first char exists) */
function mayEndDictGiven(t: string, s: number, e: number): boolean {
  return (e - 2 > s && groupAt(JA_GIVEN, GIV_AT, t.charCodeAt(e - 2)) >= 0) || (e - 3 > s && groupAt(JA_GIVEN, GIV_AT, t.charCodeAt(e - 3)) >= 0);
}

/** Words between a name and its role: a service or a ministry (陸軍少将, 通産大臣), 女流 (女流棋士). */
const QUALIFIERS = ['陸軍', '海軍', '空軍', '女流', '通産', '外務', '文部', '厚生', '農林', '法務', '内務', '総務', '財務', '防衛', '国務', '運輸', '郵政', '建設'];
/** Length of a qualifier word starting at i (start) or ending at i (leaving 2+ chars after s), or 0. */
function qualifierAt(t: string, s: number, i: number, start: boolean): number {
  for (const w of QUALIFIERS) if (start ? t.startsWith(w, s) : i - w.length - s >= 2 && t.startsWith(w, i - w.length)) return w.length;
  return 0;
}

/** Role word ending at e (and starting after s), or null. */
function roleEndingAt(t: string, s: number, e: number): Role | null {
  if (!(CH[t.charCodeAt(e - 1)] & F_ROLE)) return null;
  const list = ROLE_BY_LAST.get(t.charCodeAt(e - 1));
  if (list)
    for (let k = 0; k < list.length; k++) {
      const w = list[k][0];
      if (e - w.length > s && t.startsWith(w, e - w.length)) return list[k];
    }
  return null;
}
/** Role word starting at s (a kanji run t[s, e) that follows a name), or null. */
function roleStartingAt(t: string, s: number, e: number): Role | null {
  const list = ROLE_BY_FIRST.get(t.charCodeAt(s));
  if (list)
    for (let k = 0; k < list.length; k++) {
      const w = list[k][0];
      if (s + w.length <= e && t.startsWith(w, s)) return list[k];
    }
  return null;
}
/** Hiragana honorific right after a name: さん, さま, くん, ちゃん. */
function honorificAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c === 0x3055) return t.charCodeAt(i + 1) === 0x3093 || t.charCodeAt(i + 1) === 0x307e; // さん さま
  if (c === 0x304f) return t.charCodeAt(i + 1) === 0x3093; // くん
  return c === 0x3061 && t.startsWith('ちゃん', i);
}

/** Reports a name at [s, e); a name that is another one seen again (山田 after 山田太郎) is keyed by that one's span [ks, ke). */
export type Emit = (s: number, e: number, confidence: number, ks?: number, ke?: number) => void;

/** Notes a full name [fs, fe) whose family name is [s, e), for rule 5. */
type Remember = (s: number, e: number, fs: number, fe: number) => void;

/** famL value for a kanji-run start that only this file's rules may use (see jaCandidateAt). */
export const JA_CANDIDATE = 8;

/** First chars of the roles of KATA_ROLE: scan.ts's first pass stops at them too, to note kanji after katakana. */
export function jaKataRoleFirstChars(): string {
  let out = '';
  for (const w of KATA_ROLE) if (!out.includes(w[0])) out += w[0];
  return out;
}

/** Chars that may start a name here and are not gimei family-name starts: scan.ts's first pass stops at them. */
export function jaFirstChars(): string {
  return FIRST_CHARS;
}

/** Calls back with the first two chars of each JA_FAMILY_MORE name (more: true) or JA_FAMILY name, for scan.ts's pair
 * table (their first chars stop the first pass already). */
export function jaFamilyPairs(more: boolean, add: (a: number, b: number) => void): void {
  const p = more ? JA_FAMILY_MORE : JA_FAMILY;
  for (let g = p.indexOf(';'); g >= 0; ) {
    const a = p.charCodeAt(g + 1);
    const next = p.indexOf(';', g + 1);
    const end = next < 0 ? p.length : next;
    let j = g + 2;
    while (j < end && p.charCodeAt(j) !== 44) add(a, p.charCodeAt(j++)); // one-char rests
    for (j++; j < end; j = p.indexOf(',', j) + 1) add(a, p.charCodeAt(j)); // longer rests, each ended by ','
    g = next;
  }
}

/**
 * scan.ts's familyAt hook, at a kanji-run start whose gimei look-up failed: JA_CANDIDATE when a rule here may find
 * a name in the run (a dictionary family name or a 李-style name may start it, and it has 2+ kanji: the span model
 * looks at 2-kanji runs too), else 0.
 */
export function jaCandidateAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  const f = CH[c];
  return f & (F_FAM0 | F_CN | F_MODEL0) && isKanji(t.charCodeAt(i + 1)) ? JA_CANDIDATE : 0;
}

/**
 * Finds Japanese names in running text and reports them through `emit` (the caller keys and resolves overlaps).
 * `t` is the folded text. No pass of its own over every char: kanji candidates are the starts of 3+ kanji runs that
 * scan.ts's first pass found (`starts`: gimei family names and jaCandidateAt), katakana names are found from their
 * ・ / = and from the honorifics after them (`honorifics`: positions of 様 さん 氏 … that follow katakana).
 */
export function scanJaNames(
  t: string,
  emit: Emit,
  starts: number[],
  honorifics: number[],
  inner?: Int32Array,
  nInner = 0,
  kataEnds?: Int32Array,
  nKataEnds = 0,
  kin?: Int32Array,
  nKin = 0,
  found: number[] = [],
): void {
  const n = t.length;
  // kanji names at high confidence (with scan.ts's: `found`), for the lists of rule 1g
  const emit0 = emit;
  emit = (s, e, c, ks, ke) => {
    // only names in a list: a separator next to them
    if (c >= 0.8 && (isListSep(t.charCodeAt(e)) || isListSep(t.charCodeAt(s - 1))))
      if ((isKanji(t.charCodeAt(s)) && isKanji(t.charCodeAt(e - 1))) || (isKata(t.charCodeAt(s)) && isKata(t.charCodeAt(e - 1)))) found.push(s, e);
    emit0(s, e, c, ks, ke);
  };
  runNo = 0;
  // family name → [where it starts, the full name's start, its end] for each full name found
  let surnames: Map<string, number[]> | null = null;
  const remember: Remember = (s, e, fs, fe) => {
    if (e - s < 2) return;
    surnames ??= new Map();
    const w = t.slice(s, e);
    const at = surnames.get(w);
    if (at) at.push(s, fs, fe);
    else surnames.set(w, [s, fs, fe]);
  };
  // each run's end (at most 12 kanji looked at), found once for these rules and for the model's (modelNames)
  const ends = new Int32Array(starts.length);
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    let e = s + 1;
    while (e < n && e - s < 12 && isKanji(t.charCodeAt(e))) e++;
    ends[k] = e;
    if (e - s > 11) e = s + 11; // (a run of 11+ kanji: none of the rules below)
    const c = t.charCodeAt(s);
    if (e - s <= 10 && (e - s >= 3 ? CH[c] & (F_FAM0 | F_CN | F_MODEL0) : e - s === 2 && CH[c] & F_CN)) kanjiRun(t, s, e, emit, remember);
    if ((e - s === 2 || e - s === 3) && isKata(t.charCodeAt(e)) && !isKanji(t.charCodeAt(s - 1))) mixedName(t, s, e, e, emit);
  }
  // a family name that rule 5 will report as the full name seen again (山田 after 山田太郎): not the model's
  // (a family name found many times, as a long file repeats them, is looked up in its starts sorted: a walk of all of
  // them for every candidate was quadratic. Each start remembered since the last look-up joins a StartSet, which
  // keeps them sorted in a few runs: a sort redone every 64 starts was quadratic too, on a file of a person per line
  // with every name in it again, and so was an insertion into one sorted array)
  const sortedStarts = new Map<number[], StartSet>();
  const again = (s: number, e: number) => {
    const at = surnames?.get(t.slice(s, e));
    if (!at) return false;
    if (at.length > 48) {
      let pos = sortedStarts.get(at);
      if (!pos) sortedStarts.set(at, (pos = new StartSet()));
      for (let k = 3 * pos.size; k < at.length; k += 3) pos.add(at[k]);
      return pos.anyWithin(s - NEAR, s + NEAR, s);
    }
    for (let j = 0; j < at.length; j += 3) if (at[j] !== s && Math.abs(at[j] - s) <= NEAR) return true;
    return false;
  };
  for (let k = 0; k < nInner; k++) innerName(t, inner![k], emit, remember);
  if (modelOn) modelNames(t, emit, starts, ends, remember, again);
  // katakana: from each ・ or = inside a katakana run, and from honorifics right after one
  let done = -1;
  const fromInside = (p: number) => {
    if (p <= done || !isKata(t.charCodeAt(p - 1))) return;
    let s = p - 1;
    for (;;) {
      while (s > 0 && isKata(t.charCodeAt(s - 1))) s--;
      // a middle initial (ウィリアム・L・マギニス) or another ・ before
      const b = t.charCodeAt(s - 1);
      if ((b === 0x30fb || b === 0x3d) && isKata(t.charCodeAt(s - 2))) s -= 2;
      else if (b === 0x30fb && t.charCodeAt(s - 2) >= 65 && t.charCodeAt(s - 2) <= 90 && t.charCodeAt(s - 3) === 0x30fb) s -= 3;
      else if (b === 0x30fb && t.charCodeAt(s - 2) === 46 && t.charCodeAt(s - 3) >= 65 && t.charCodeAt(s - 3) <= 90 && t.charCodeAt(s - 4) === 0x30fb) s -= 4;
      else break;
      if (!isKata(t.charCodeAt(s))) break;
    }
    done = kataRun(t, s, emit, remember);
  };
  for (let p = t.indexOf('・'); p > 0; p = t.indexOf('・', p + 1)) fromInside(p);
  done = -1;
  for (let p = t.indexOf('='); p > 0; p = t.indexOf('=', p + 1)) fromInside(p);
  done = -1;
  for (const p of honorifics) fromInside(p);
  // and from a role word right after one (ギゾー首相, ケリー博士): scan.ts's kanji after katakana (kataEnds)
  done = -1;
  for (let k = 0; k < nKataEnds; k++) {
    const p = kataEnds![k];
    if (CH[t.charCodeAt(p)] & F_ROLE0 && roleStartingAt(t, p, p + 6)) {
      // a role, not 大陸 or 社会; the rules only (the span model was not trained on these and costs 3% of a scan)
      rulesOnly = true;
      fromInside(p);
      rulesOnly = false;
    }
    if (CH[t.charCodeAt(p)] & F_FAM0) mixedName(t, p, p, p, emit);
  }
  // one katakana word as the subject (ゲイリーは, ボーマンが): the model's kind 2 (not before と: one in ten a name, and
  // a third of the cost)
  if (modelOn) for (let q = 0; q < PARTICLES.length; q++) kataBefore(t, PARTICLES[q], emit);
  for (let k = 0; k < nKin; k++) kinName(t, kin![k], emit);
  if (found.length) listNames(t, found, emit);
  if (surnames) sameTextSurnames(t, surnames, emit);
}

/** What separates the names of a list: 、 ・ , ， */
const isListSep = (c: number) => c === 0x3001 || c === 0x30fb || c === 0x2c || c === 0xff0c;
/**
 * 1g. Names listed next to a kanji name found above (山田太郎、佐竹晴雄、…): a kanji run of 3–5 between list
 * separators or the list's ends that ends with a 2–3 kanji given name (no ordinary word: NOT_GIVEN) after 1–3 kanji,
 * no place or address in it; or a katakana word of 3+ next to a katakana name across 、 that is no common loanword or
 * organisation word (チュブコフ、フヴォストフら). Each one found may lead to the next.
 */
function listNames(t: string, found: number[], emit: Emit): void {
  const n = t.length;
  let seen: Set<number> | null = null;
  const edgeOk = (c: number) => !isKanji(c) && !isKata(c) && !isLetter(c) && !(c >= 48 && c <= 57);
  const tryRun = (s: number, e: number) => {
    const L = e - s;
    if (L < 3 || L > 5) return;
    seen ??= new Set();
    if (seen.has(s)) return;
    seen.add(s);
    for (let i = s; i < e; i++) if (PLACE_END.includes(t[i])) return;
    if (notName(t, s, e)) return;
    NOT_GIVEN_SET ??= new Set(NOT_GIVEN.split('|'));
    for (let g = Math.min(3, L - 1); g >= 2; g--) {
      if (!givenName(t, e - g, e) || NOT_GIVEN_SET.has(t.slice(e - g, e))) continue;
      emit(s, e, 0.8);
      return;
    }
  };
  const kataRun = (s: number, e: number) => {
    if (e - s < 3 || t.charCodeAt(s) === 0x30fc) return;
    seen ??= new Set();
    if (seen.has(s)) return;
    seen.add(s);
    if (inKata(2, t, s, e) || inLoan(JA_LOAN, t, s, e)) return;
    emit(s, e, 0.8);
  };
  for (let k = 0; k < found.length; k += 2) {
    const a = found[k];
    const b = found[k + 1];
    if (isKata(t.charCodeAt(a))) {
      // katakana: one katakana word after or before 、 that is no common loanword or organisation word
      const sb = t.charCodeAt(b);
      if (sb === 0x3001 && isKata(t.charCodeAt(b + 1))) {
        let e = b + 1;
        while (e < n && e - b <= 20 && isKata(t.charCodeAt(e))) e++;
        const c = e < n ? t.charCodeAt(e) : 0;
        if (!isKanji(c) && c !== 0x30fb && c !== 0x3d && !isLetter(c)) kataRun(b + 1, e);
      }
      const sa = a > 1 ? t.charCodeAt(a - 1) : 0;
      if (sa === 0x3001 && isKata(t.charCodeAt(a - 2))) {
        let s = a - 2;
        while (s > 0 && a - s <= 20 && isKata(t.charCodeAt(s - 1))) s--;
        const c = s > 0 ? t.charCodeAt(s - 1) : 0;
        if (!isKanji(c) && c !== 0x30fb && c !== 0x3d && !isLetter(c)) kataRun(s, a - 1);
      }
      continue;
    }
    if (isListSep(t.charCodeAt(b)) && isKanji(t.charCodeAt(b + 1))) {
      let e = b + 1;
      while (e < n && e - b <= 6 && isKanji(t.charCodeAt(e))) e++;
      if (edgeOk(e < n ? t.charCodeAt(e) : 0)) tryRun(b + 1, e);
    }
    if (a > 1 && isListSep(t.charCodeAt(a - 1)) && isKanji(t.charCodeAt(a - 2))) {
      let s = a - 2;
      while (s > 0 && a - s <= 6 && isKanji(t.charCodeAt(s - 1))) s--;
      if (edgeOk(s > 0 ? t.charCodeAt(s - 1) : 0)) tryRun(s, a - 1);
    }
  }
}

/** Last chars of the kinship words below: scan.ts notes where its first pass meets them. */
export const JA_KIN_LAST = '父母妻夫兄弟姉妹娘子男女孫';
// Kinship words a given name follows (長女の恵美子, 父・浩三郎, 弟俊介, 父リチャード): 息子, 長男 次男 三男 四男, 長女 次女
// 三女 四女, 父 母 妻 夫 兄 弟 姉 妹 娘 孫 (kinName tells them by their last char).
/** Kanji that make a kinship word of the one after them (祖父, 叔母, 義兄): the rest of a kanji run before it is none. */
const KIN_PREFIX = '祖叔伯義実養';
let NOT_GIVEN_SET: Set<string> | null = null;

/**
 * 1e. A given name right after a kinship word ending at i (+ の / ・): a 2–3 kanji one the given-name check takes and
 * that is no ordinary word (NOT_GIVEN: 英雄, 健康), or a katakana given name from the list, ending before no more
 * kanji or katakana.
 */
function kinName(t: string, i: number, emit: Emit): void {
  // what follows first (most of these chars end other words: 女子, 電子, 男性): の, ・, kanji or katakana, or a
  // space in a record's family line (家族 妻 碧（1987年生）、長男 達也（小4）, 夫 長嶺 智也、…)
  const c1 = t.charCodeAt(i + 1);
  if (c1 === 0x20 || c1 === 0x3000) {
    kinRecordName(t, i, emit);
    return;
  }
  if (!(c1 === 0x306e || c1 === 0x30fb || isKanji(c1) || isKata(c1))) return;
  const z = t.charCodeAt(i);
  const p = t.charCodeAt(i - 1);
  let len = 1;
  if (z === 0x5b50) {
    if (p !== 0x606f) return; // 子: only 息子
    len = 2;
  } else if (z === 0x7537 || z === 0x5973) {
    if (!(p === 0x9577 || p === 0x6b21 || p === 0x4e09 || p === 0x56db)) return; // 男 女: only 長 次 三 四 + it
    len = 2;
  }
  let b = i + 1 - len;
  if (len === 1 && KIN_PREFIX.includes(t[b - 1])) b--;
  if (isKanji(t.charCodeAt(b - 1))) return; // 神父, 漁夫, 電子
  let s = i + 1;
  const sep = t.charCodeAt(s);
  if (sep === 0x306e || sep === 0x30fb) s++; // の ・
  const c = t.charCodeAt(s);
  let e = s;
  if (isKata(c)) {
    while (e < t.length && isKata(t.charCodeAt(e))) e++;
    const a = t.charCodeAt(e);
    if (e - s < 2 || isKanji(a) || a === 0x30fb || a === 0x3d || isLetter(a) || c === 0x30fc) return;
    if (inKata(0, t, s, e)) emit(s, e, 0.8);
    return;
  }
  if (!isKanji(c)) return;
  while (e < t.length && e - s <= 4 && isKanji(t.charCodeAt(e))) e++;
  const a = t.charCodeAt(e);
  if (e - s < 2 || e - s > 3 || isKanji(a) || isKata(a) || isLetter(a) || !givenName(t, s, e)) return;
  NOT_GIVEN_SET ??= new Set(NOT_GIVEN.split('|'));
  if (!NOT_GIVEN_SET.has(t.slice(s, e)) && !notName(t, s, e)) emit(s, e, 0.8);
}

/** After a kin word at i and a space: a given name, or a family and a given name apart, closed by a bracket or a list
 * separator (妻 碧（…）, 長男 達也（小4）, 夫 長嶺 智也、…). */
function kinRecordName(t: string, i: number, emit: Emit): void {
  const z = t.charCodeAt(i);
  // (the kin word whole: 妻 夫 娘 孫 alone, 長男 次女 …, 息子)
  const two = t.charCodeAt(i - 1);
  const word = z === 0x7537 || z === 0x5973 ? two === 0x9577 || two === 0x6b21 || two === 0x4e09 || two === 0x56db : z === 0x5b50 ? two === 0x606f : !isKanji(two);
  if (!word) return;
  const s = i + 2;
  let e = s;
  while (e < t.length && e - s < 4 && isKanji(t.charCodeAt(e))) e++;
  if (e === s || e - s > 3) return;
  let end = e;
  const sp = t.charCodeAt(e);
  if (sp === 0x20 || sp === 0x3000) {
    let e2 = e + 1;
    while (e2 < t.length && e2 - e - 1 < 4 && isKanji(t.charCodeAt(e2))) e2++;
    if (e2 - e - 1 >= 1 && e2 - e - 1 <= 3) end = e2;
  }
  const a = t.charCodeAt(end);
  if (!(a === 0xff08 || a === 0x28 || a === 0x3001 || a === 0x2c || a === 0xff0c)) return;
  if (end === e && !(givenName(t, s, e) || (e - s >= 2 && CH[t.charCodeAt(e - 1)] & F_LAST))) return;
  NOT_GIVEN_SET ??= new Set(NOT_GIVEN.split('|'));
  if (!NOT_GIVEN_SET.has(t.slice(s, end)) && !notName(t, s, end)) emit(s, end, 0.85);
}

const PARTICLES = ['は', 'が'];
/** Kind-2 candidates: each katakana word (2–20 chars, not part of a ・-joined run or a Latin word) right before p. */
function kataBefore(t: string, p: string, emit: Emit): void {
  for (let q = t.indexOf(p, 1); q > 0; q = t.indexOf(p, q + 1)) {
    if (!isKata(t.charCodeAt(q - 1))) continue;
    let s = q - 1;
    while (s > 0 && q - s <= 20 && isKata(t.charCodeAt(s - 1))) s--;
    if (q - s < 2 || q - s > 20) continue;
    const b = s > 0 ? t.charCodeAt(s - 1) : 0;
    if (b === 0x30fb || b === 0x3d || isLetter(b) || t.charCodeAt(s) === 0x30fc) continue;
    kataModel(t, s, q, 2, emit);
  }
}

let modelOn = true;
/** For test/corpus/train-names-ja.ts: the rules alone (false: no rule 6, no veto by the model) or with the model. */
export function jaModelEnabled(on: boolean): void {
  modelOn = on;
}

/** Rules 1–3 on the kanji run t[s, e). */
function kanjiRun(t: string, s: number, e: number, emit: Emit, remember: Remember): void {
  if (s > 0 && isKanji(t.charCodeAt(s - 1))) return;
  const role = roleEndingAt(t, s, e);
  let ce = role ? e - role[0].length : e; // the name part
  if (role) ce -= qualifierAt(t, s, ce, false); // 田中六助通産大臣, 山田陸軍少将
  // every rule below ends the name with a given name (or is a family name + role): most runs stop here
  const endOk = CH[t.charCodeAt(s)] & F_CN ? F_FIRST | F_LAST | F_ONE : F_LAST | F_ONE; // 李-style names: any name kanji
  if (!role && !(CH[t.charCodeAt(ce - 1)] & endOk) && !mayEndDictGiven(t, s, ce)) return;
  const strength = role ? role[1] : -1;
  const honor = honorificAt(t, e);
  const nx = e < t.length ? t.charCodeAt(e) : 0;
  // a kanji name glued to a katakana or Latin word is part of a longer name (山田雄三ゼミナール)
  const glued = !role && !honor && (isKata(nx) || isLetter(nx));
  const L = ce - s;
  if (L < 2 || L > 7) return;
  if (maybeFamily(t, s)) {
    // cheap checks first: the given-name part (char flags), then the family name (a dictionary look-up)
    for (let f = Math.min(4, L); f >= 2 && L - f <= 3; f--) {
      const g = L - f;
      if (g === 0 ? strength < 1 : !givenName(t, s + f, ce)) continue;
      if (!isFamily(t, s, f)) continue;
      if (g === 0) {
        emit(s, ce, 0.85); // a family name alone with a role: 岡田監督
        return;
      }
      if (notName(t, s, ce)) return;
      let conf = g === 1 ? 0.8 : 0.85;
      if (role || honor) conf += 0.05;
      if (glued) conf -= 0.2;
      // a family name + one kanji that the span model finds unlike a name is a word ending so (南氷洋, 東洋一)
      if (g === 1 && !role && !honor && jaUnlikeName(t, s, ce)) conf = 0.6;
      emit(s, ce, conf);
      if (conf >= 0.8) remember(s, s + f, s, ce);
      return;
    }
  }
  // 1c. A family name of JA_FAMILY_MORE (its first char starts many ordinary words: 有吉, 円谷, 曽我) + a 2–3 kanji
  // given name, the whole run, with clean edges (or + a role / honorific, then a one-kanji given name too)
  if (!glued && (L >= 3 || role)) {
    const gm = groupAt(JA_FAMILY_MORE, MORE_AT, t.charCodeAt(s));
    if (gm >= 0)
      for (let f = Math.min(4, L); f >= 2; f--) {
        const g = L - f;
        if (g === 0 && strength >= 1 && inGroup(JA_FAMILY_MORE, gm, t, s, f)) {
          emit(s, ce, 0.85); // with a role: 有賀艦長
          return;
        }
        if (g > 3 || (g < 2 && !role && !honor) || !givenName(t, s + f, ce) || !inGroup(JA_FAMILY_MORE, gm, t, s, f)) continue;
        if (notName(t, s, ce)) return;
        emit(s, ce, role || honor ? 0.85 : 0.8);
        remember(s, s + f, s, ce);
        return;
      }
  }
  // 1b. After 俳優の / 父の …: a family name the lists lack (2 kanji) before a given name the model or list knows
  if (L >= 4 && L <= 5 && !glued && CH[t.charCodeAt(s)] & F_FAM0 && personBefore(t, s) && givenName(t, s + 2, ce)) {
    if (!notName(t, s, ce)) emit(s, ce, 0.8);
    return;
  }
  // 3. Chinese / Korean: 李 + 承晩
  if (CH[t.charCodeAt(s)] & F_CN && (L === 2 || L === 3)) {
    // any two kanji before a role that follows people only (陳水扁総統, not 韓国人選手); else name kanji only
    if (!(L === 3 && role && role[1] >= 2 && !'人国系軍党省州側'.includes(t[ce - 1]))) for (let k = s + 1; k < ce; k++) if (!(CH[t.charCodeAt(k)] & (F_FIRST | F_LAST | F_ONE))) return;
    if (L === 2 && !(CH[t.charCodeAt(s + 1)] & F_ONE)) return;
    emit(s, ce, glued ? 0.6 : role || honor ? 0.88 : 0.8);
  }
}

/** Last chars of places in an address (富山県, 柏崎市): a name after them is a town, and none starts its given name. */
const PLACE_END = '都道府県市区町村郡';

/** Is t[s, s+len) a listed (gimei or JA_FAMILY) family name? */
export const jaIsFamily = (t: string, s: number, len: number): boolean => (CH[t.charCodeAt(s)] & F_FAM0) !== 0 && isFamily(t, s, len);

/** Does a listed (gimei or JA_FAMILY) 2–3 kanji family name start at i? scan.ts's check for names inside a run. */
export function jaFamilyInside(t: string, i: number): boolean {
  return (CH[t.charCodeAt(i)] & F_FAM0) !== 0 && (isFamily(t, i, 2) || isFamily(t, i, 3));
}

/**
 * 1d. A listed family name inside a kanji run (scan.ts's famIn: 航空参謀吉岡忠一中佐, 柔道家木村政彦): with a 2–3 kanji
 * given name that ends the run or is followed by a role word, after 2+ kanji of something else (a title, a job).
 */
function innerName(t: string, i: number, emit: Emit, remember: Remember): void {
  const n = t.length;
  let rs = i;
  while (rs > 0 && i - rs < 8 && isKanji(t.charCodeAt(rs - 1))) rs--;
  if (i - rs < 2 || isKanji(t.charCodeAt(rs - 1)) || PLACE_END.includes(t[i - 1])) return; // not 富山県柏崎…
  let e = i + 1;
  while (e < n && e - i < 10 && isKanji(t.charCodeAt(e))) e++;
  if (isKanji(t.charCodeAt(e))) return;
  const nx = e < n ? t.charCodeAt(e) : 0;
  if (isKata(nx) || isLetter(nx)) return;
  for (let f = 3; f >= 2; f--) {
    if (!isFamily(t, i, f)) continue;
    for (let ge = Math.min(e, i + f + 3); ge >= i + f + 2; ge--) {
      // the given name ends the run, or a role word follows it
      if (ge < e) {
        const q = qualifierAt(t, ge, e, true);
        const role = roleStartingAt(t, ge + q, e);
        if (!role || ge + q + role[0].length !== e) continue;
      }
      if (!givenName(t, i + f, ge) || notName(t, i, ge) || PLACE_END.includes(t[i + f])) continue; // 柏崎市…
      if (modelOn && modelScore(t, i, ge) < JA_MODEL_LO[0]) return;
      emit(i, ge, 0.8);
      remember(i, i + f, i, ge);
      return;
    }
  }
}

/**
 * 1f. A listed family name and a listed katakana given name written together, the whole of a kanji run and a
 * katakana word: 土屋アンナ (family first: the kanji run [s, e)), アントニオ猪木 (given first: the kanji run starts at
 * p, right after the katakana). Both edges clean: no kanji, katakana, ・ or Latin letter next to it.
 */
function mixedName(t: string, s: number, e: number, p: number, emit: Emit): void {
  const n = t.length;
  if (s === p && e === p) {
    // given first: the kanji run from p (a family name, checked first: most runs after katakana are words), the
    // katakana word before p
    let ke = p;
    while (ke < n && ke - p < 4 && isKanji(t.charCodeAt(ke))) ke++;
    const a = ke < n ? t.charCodeAt(ke) : 0;
    if (ke - p < 2 || ke - p > 3 || isKanji(a) || isKata(a) || isLetter(a) || !isFamily(t, p, ke - p)) return;
    let ks = p;
    while (ks > 0 && p - ks < 12 && isKata(t.charCodeAt(ks - 1))) ks--;
    const b = ks > 0 ? t.charCodeAt(ks - 1) : 0;
    if (p - ks < 2 || isKata(b) || b === 0x30fb || b === 0x3d || isLetter(b)) return;
    if (inKata(0, t, ks, p)) emit(ks, ke, 0.8);
    return;
  }
  // family first: the kanji run [s, e), the katakana word after it
  let ke = e;
  while (ke < n && ke - e < 12 && isKata(t.charCodeAt(ke))) ke++;
  const a = ke < n ? t.charCodeAt(ke) : 0;
  if (ke - e < 2 || isKanji(a) || a === 0x30fb || a === 0x3d || isLetter(a) || t.charCodeAt(e) === 0x30fc) return;
  if (isFamily(t, s, e - s) && inKata(0, t, e, ke) && !inKata(2, t, e, ke)) emit(s, ke, 0.8); // not 田中ビル
}

/**
 * Words for people that introduce a name with の: 俳優のアラン・ドロン, 父のジョン・スミス. Only for ・-joined katakana
 * names, which are people or organisations: the word before tells which.
 */
const PERSON_NOUNS =
  '俳優|女優|歌手|作家|小説家|詩人|画家|作曲家|指揮者|演奏家|音楽家|政治家|大統領|首相|選手|監督|記者|医師|博士|教授|学者|研究者|哲学者|数学者|物理学者|化学者|経済学者|歴史家|建築家|写真家|漫画家|芸術家|彫刻家|実業家|経営者|創業者|皇帝|国王|将軍|司令官|騎手|牧師|司祭|宣教師|脚本家|映画監督|歌人|作詞家|編曲家|演出家|振付師|評論家|批評家|翻訳家|弁護士|判事|外交官|大使|探検家|発明家|技術者|技師|飛行士|宇宙飛行士|投手|捕手|内野手|外野手|主将|主人公|父|母|妻|夫|兄|弟|姉|妹|息子|娘|長男|次男|三男|長女|次女|祖父|祖母|叔父|叔母|伯父|伯母|孫|甥|姪|友人|恋人|婚約者|弟子|師匠|後継者|前任者|後任|ギタリスト|ベーシスト|ドラマー|ピアニスト|ヴァイオリニスト|バイオリニスト|ボーカリスト|ボーカル|ヴォーカル|ミュージシャン|シンガー|ソングライター|プロデューサー|ディレクター|デザイナー|アーティスト|タレント|モデル|コメディアン|アナウンサー|キャスター|ジャーナリスト|コラムニスト|エッセイスト|ライター|コーチ|マネージャー|オーナー|パートナー|キャプテン|レスラー|ボクサー|ドライバー|ライダー|エンジニア|プログラマー'.split(
    '|',
  );
/** Words for organisations and things that introduce their name with の: メーカーのルノー・サムスン (not 社 / チーム /
 * 国 + の: 同社のジョン・スミス社長 is a person). */
const ORG_NOUNS = 'メーカー|会社|企業|ブランド|レーベル|銀行|球団|子会社|艦|船|車|馬|曲|作品|番組|雑誌|新聞|映画|ゲーム|アルバム|シングル|ホテル|レストラン|店舗|施設|劇場|スタジアム|空港|駅'.split('|');
/** PERSON_NOUNS / ORG_NOUNS by last char, built on first use. */
let PERSON_BY_LAST: Map<number, string[]> | null = null;
let ORG_BY_LAST: Map<number, string[]> | null = null;
const byLast = (words: string[]) => {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(w.length - 1);
    m.set(c, [...(m.get(c) ?? []), w].sort((a, b) => b.length - a.length));
  }
  return m;
};
/** Does one of the words of m + の end right before s? */
function wordNoBefore(t: string, s: number, m: Map<number, string[]>): boolean {
  if (t.charCodeAt(s - 1) !== 0x306e) return false; // の
  const list = m.get(t.charCodeAt(s - 2));
  if (list) for (let k = 0; k < list.length; k++) if (t.startsWith(list[k], s - 1 - list[k].length)) return true;
  return false;
}
/** Is the name at s introduced by a word for a person + の? */
function personBefore(t: string, s: number): boolean {
  return t.charCodeAt(s - 1) === 0x306e && wordNoBefore(t, s, (PERSON_BY_LAST ??= byLast(PERSON_NOUNS)));
}
/** Is the word at s introduced by a word for an organisation or a thing + の (the span model's veto)? */
function orgBefore(t: string, s: number): boolean {
  return t.charCodeAt(s - 1) === 0x306e && wordNoBefore(t, s, (ORG_BY_LAST ??= byLast(ORG_NOUNS)));
}

/** 2–3 capital letters right before s, after no letter or digit: a code glued to a name (FW, GK, MF, Dr)? */
function codeBefore(t: string, s: number): boolean {
  let b = s;
  while (b > 0 && s - b < 4 && t.charCodeAt(b - 1) >= 65 && t.charCodeAt(b - 1) <= 90) b--;
  const c = b > 0 ? t.charCodeAt(b - 1) : 0;
  return s - b >= 2 && s - b <= 3 && !isLetter(c) && !(c >= 48 && c <= 57);
}

/** Rule 4 on the katakana run starting at s; returns where the run ends. */
function kataRun(t: string, s: number, emit: Emit, remember: Remember): number {
  const n = t.length;
  let i = s;
  let parts = 1;
  let firstEnd = -1;
  let lastStart = s;
  for (;;) {
    while (i < n && isKata(t.charCodeAt(i))) i++;
    const c = t.charCodeAt(i);
    if (!(c === 0x30fb || c === 0x3d) || i + 1 >= n) break;
    // ・ or = then katakana, or a middle initial: ・L・
    let k = i + 1;
    const d = t.charCodeAt(k);
    if (d >= 65 && d <= 90) {
      k++;
      if (t.charCodeAt(k) === 46) k++;
      if (t.charCodeAt(k) !== 0x30fb || !isKata(t.charCodeAt(k + 1))) break;
      if (firstEnd < 0) firstEnd = i;
      i = k + 1;
      parts++;
      lastStart = i;
      continue;
    }
    if (!isKata(d)) break;
    if (firstEnd < 0) firstEnd = i;
    i = k;
    parts++;
    lastStart = i;
  }
  const e = i;
  if (s > 0) {
    const p = t.charCodeAt(s - 1);
    // the tail of a longer name or word, but not after a position or title code glued before it (FWルーカス・…, GK…)
    if (p === 0x30fb || p === 0x3d || (isLetter(p) && !codeBefore(t, s))) return e;
  }
  const nx = e < n ? t.charCodeAt(e) : 0;
  let role: Role | null = null;
  if (isKanji(nx)) {
    let re = e + 1;
    while (re < n && isKanji(t.charCodeAt(re))) re++;
    role = roleStartingAt(t, e, re);
    if (role && t.charCodeAt(e) === 0x6c0f && t.charCodeAt(e + 1) === 0x540d) return e; // カタカナ氏名: a label, 氏 no title
    // 作 alone (リック・ニールセン作。) is who wrote it; before more kanji a work (…作品) or a name of something
    if (!role && NOT_AFTER_NAME.has(nx) && !(nx === 0x4f5c && parts >= 2 && (re === e + 1 || t.startsWith('作画', e)))) return e;
  }
  const honor = honorificAt(t, e);
  if (parts >= 2) {
    if (e - lastStart < 2 || inKata(2, t, lastStart, e)) return e;
    let conf = 0;
    if (inKata(0, t, s, firstEnd)) conf = 0.85;
    else if (firstEnd - s >= 2 && inKata(1, t, lastStart, e)) conf = 0.8;
    else if ((role && role[1] === 3) || personBefore(t, s)) conf = 0.8;
    // a role that follows people and places, not companies (首相, 将軍, 博士), after parts that are no common loanword
    else if (role && role[1] === 2 && !inLoan(JA_LOAN, t, lastStart, e) && !inLoan(JA_LOAN, t, s, firstEnd)) conf = 0.8;
    if (conf && (role || honor)) conf += 0.05;
    if (conf) {
      emit(s, e, conf);
      if (conf >= 0.8 && e - lastStart >= 3) remember(lastStart, e, s, e);
    }
    if ((!conf && !rulesOnly) || visit) kataModel(t, s, e, 1, emit, remember, lastStart);
    return e;
  }
  // one word: only before a role or an honorific
  if (e - s < 2 || !(role || honor)) return e;
  const known = inKata(0, t, s, e) || inKata(1, t, s, e);
  let ruled = true;
  if (known && (honor || role![1] >= 1)) emit(s, e, 0.85);
  else if (role && role[1] === 3 && e - s >= 3) emit(s, e, 0.8);
  // a post of state, army or church that ends the kanji run, after a word that is no common loanword or country
  else if (role && KATA_ROLE.has(role[0]) && e - s >= 3 && !isKanji(t.charCodeAt(e + role[0].length)) && !inLoan(JA_LOAN, t, s, e)) emit(s, e, 0.8);
  else ruled = false;
  if ((!ruled && !rulesOnly) || visit) kataModel(t, s, e, 2, emit);
  return e;
}
/** Set while kataRun looks at a word before a role found from scan.ts's kataEnds: no span model there. */
/**
 * Positions, sorted in runs whose sizes fall by half or more (merged as a binary counter carries: two runs of a size
 * make one of twice it), so that adding one is a few merges at most on average and a look-up is a binary search in
 * each of a few runs, whatever order the positions come in.
 */
class StartSet {
  private runs: Int32Array<ArrayBuffer>[] = [];
  size = 0;
  add(x: number): void {
    let r = new Int32Array(1);
    r[0] = x;
    while (this.runs.length && this.runs[this.runs.length - 1].length <= r.length) r = mergeRuns(this.runs.pop()!, r);
    this.runs.push(r);
    this.size++;
  }
  /** A position in [lo, hi] other than `not`. */
  anyWithin(lo: number, hi: number, not: number): boolean {
    for (const r of this.runs) for (let k = lowerBound(r, r.length, lo); k < r.length && r[k] <= hi; k++) if (r[k] !== not) return true;
    return false;
  }
}
function mergeRuns(a: Int32Array, b: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

let rulesOnly = false;

/**
 * Rule 5: a family name from a full name found above, alone within NEAR chars of it (a paragraph or two). Bounded, so
 * a streaming window (which keeps 512 chars before it and reads 1024 past it) sees the same as a one-shot scan.
 */
const NEAR = 400;
function sameTextSurnames(t: string, surnames: Map<string, number[]>, emit: Emit): void {
  for (const [w, at] of surnames) {
    const kata = isKata(w.charCodeAt(0));
    let done = -1; // occurrences before this were looked at (windows overlap)
    for (let j = 0; j < at.length; j += 3) {
      const q = at[j];
      // search a slice, so a name that does not come again costs a window, not the rest of the text
      const from = Math.max(done + 1, q - NEAR);
      const win = t.slice(from, q + NEAR);
      for (let k = win.indexOf(w); k >= 0; k = win.indexOf(w, k + 1)) {
        const p = from + k;
        done = p;
        const b = p > 0 ? t.charCodeAt(p - 1) : 0;
        const a = p + w.length < t.length ? t.charCodeAt(p + w.length) : 0;
        if (kata ? isKata(b) || b === 0x30fb || b === 0x3d || isKata(a) || a === 0x30fb || a === 0x3d : isKanji(b) || isKata(a)) continue; // not 出川ガール
        if (isKanji(a)) {
          // 山田社長, but not 山田太郎 (the full name is reported already) nor 山田町, クレメント社
          let re = p + w.length + 1;
          while (re < t.length && isKanji(t.charCodeAt(re))) re++;
          if (!roleStartingAt(t, p + w.length, re)) continue;
        }
        // the same person as the full name it came from, not one more
        if (p !== q) emit(p, p + w.length, 0.85, at[j + 1], at[j + 2]);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 6. The span model: names the rules above lack a dictionary hit for (佐竹晴雄、, 伏見は, ゲイリーは, ケリー博士,
// 長女さつき…). Candidates are kanji runs (2–5 kanji, less a kinship word before or a role word after: 三女悦子,
// 李肇星外相) and katakana runs (ゲイリー, ヴァヒド・ハリルホジッチ). Each is scored by logistic regression over
// integer-hashed features that generalise — char classes, dictionary hits, its first / last chars and bigrams, its
// length, the chars and words around it — never the whole candidate (no name is memorised). The weights are trained
// on the stockmark tuning half by test/corpus/train-names-ja.ts into names-ja-model-data.ts; the best candidate of a
// run is reported when its score passes the trained thresholds.

export const JA_MODEL_BITS = 14;
const MASK = (1 << JA_MODEL_BITS) - 1;
/** Feature slots of one candidate (the trainer reads them too). */
const FEATS = new Int32Array(48);
/**
 * The weight in slot i of p (names-ja-model-data.ts: one char a weight, '!'… without ' (0x27) and \\ (0x5c), level =
 * index − JA_MODEL_LEVELS), read in place: nothing is decoded or built at start-up.
 */
function lv(p: string, i: number): number {
  const c = p.charCodeAt(i);
  return c - 0x21 - (c > 0x27 ? 1 : 0) - (c > 0x5c ? 1 : 0) - JA_MODEL_LEVELS;
}

/**
 * The gate: a second, tiny logistic regression over six cheap features (length, first and last char, the chars
 * either side, the char flags of its ends) in its own table of 2^GATE_BITS weights. Most candidates (ordinary words) stop here; only those
 * above JA_GATE_MIN get the full features. Its slots come from one multiply, so a candidate costs a few loads.
 */
export const JA_GATE_BITS = 12;
const gh = (tpl: number, v: number) => (Math.imul(v + tpl * 0x10001, 0x9e3779b1) ^ (tpl << 27)) >>> (32 - JA_GATE_BITS);
/** The gate's slots of the candidate t[s, e) of kind K into out (5), for the trainer and gateScore. */
export function gateSlots(t: string, s: number, e: number, K: number, out: Int32Array | number[]): void {
  out[0] = gh(K * 8 + 1, Math.min(e - s, 12));
  out[1] = gh(K * 8 + 2, t.charCodeAt(s));
  out[2] = gh(K * 8 + 3, t.charCodeAt(e - 1));
  out[3] = gh(K * 8 + 4, e < t.length ? t.charCodeAt(e) : 0);
  out[4] = gh(K * 8 + 5, s > 0 ? t.charCodeAt(s - 1) : 0);
  out[5] = gh(K * 8 + 6, CH[t.charCodeAt(s)] | (CH[t.charCodeAt(e - 1)] << 10));
}
/**
 * The weights of JA_MODEL_W and JA_GATE_W as levels (lv of each char), decoded on first use: a candidate reads up to
 * ~40 of them, each a typed-array load instead of a char load and three compares (20 KB, built once).
 */
let MODEL_LV: Int8Array | null = null;
let GATE_LV: Int8Array = new Int8Array(0);
function levels(p: string): Int8Array {
  const a = new Int8Array(p.length);
  for (let i = 0; i < p.length; i++) a[i] = lv(p, i);
  return a;
}
function modelLevels(): Int8Array {
  if (!MODEL_LV) {
    MODEL_LV = levels(JA_MODEL_W);
    GATE_LV = levels(JA_GATE_W);
  }
  return MODEL_LV;
}
function gateScore(t: string, s: number, e: number, K: number): number {
  if (!MODEL_LV) modelLevels();
  const g = GATE_LV;
  return (
    g[gh(K * 8 + 1, Math.min(e - s, 12))] +
    g[gh(K * 8 + 2, t.charCodeAt(s))] +
    g[gh(K * 8 + 3, t.charCodeAt(e - 1))] +
    g[gh(K * 8 + 4, e < t.length ? t.charCodeAt(e) : 0)] +
    g[gh(K * 8 + 5, s > 0 ? t.charCodeAt(s - 1) : 0)] +
    g[gh(K * 8 + 6, CH[t.charCodeAt(s)] | (CH[t.charCodeAt(e - 1)] << 10))]
  );
}

/** Kinship and title words before a name in one kanji run (三女悦子, 故山田太郎). */
const PREFIX_WORDS =
  '長女|次女|三女|四女|五女|長男|次男|三男|四男|五男|長子|嫡男|嫡子|庶子|養子|養女|妻|夫|父|母|兄|弟|姉|妹|息子|娘|子|孫|祖父|祖母|叔父|叔母|伯父|伯母|甥|姪|義父|義母|実父|実母|元|故|前|現|新|同|弟子|門下|主将|監督|社長|会長|首相|大統領|選手|投手|教授|博士|議員|外相|夫人|皇后|皇太子|王子|王女|国王|女王|皇帝|将軍|大将|中将|少将|大佐|中佐|少佐|司令官|董事長|総統|主席|総書記|同僚|友人|師|兄弟';
/** Words after a name in one kanji run besides the role words (佐藤勝正役, 伊藤家, 袁世凱死後); not 政権, 内閣, 派: the
 * corpus takes 斎藤内閣 for an organisation, not a person. */
const SUFFIX_WORDS = '役|家|一家|一族|一門|死後|没後|生前|門下|自身|本人|邸|宅|作画|脚本|演出|訳|著|画|時代|一人|夫人|夫妻|親子|父子|母子|姉妹|兄弟';
let AFFIX: [Map<number, string[]>, Map<number, string[]>] | null = null;
/**
 * Per char: starts a prefix word (1) or ends a suffix word (2) (most runs need no Map look-up); starts (4) or ends (8)
 * many IPADIC family names, starts (16) or ends (32) many given names (names-ja-model-data.ts).
 */
let AFF = new Uint8Array(0);
const A_FAM_START = 4;
const A_FAM_END = 8;
const A_GIV_START = 16;
const A_GIV_END = 32;
/** NOT_NAME as a set (built on first use): one look-up per candidate, no string built to search for */
let NOT_NAME_SET: Set<string> | null = null;
function notName(t: string, s: number, e: number): boolean {
  NOT_NAME_SET ??= new Set(NOT_NAME.split('|'));
  return NOT_NAME_SET.has(t.slice(s, e));
}
function affixes(): [Map<number, string[]>, Map<number, string[]>] {
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  AFF = new Uint8Array(0x10000);
  const flag = (chars: string, f: number) => flagAll(AFF, chars, f);
  flag(JA_FAM_START, A_FAM_START);
  flag(JA_FAM_END, A_FAM_END);
  flag(JA_GIV_START, A_GIV_START);
  flag(JA_GIV_END, A_GIV_END);
  const put = (m: Map<number, string[]>, c: number, w: string) => {
    AFF[c] |= m === byFirst ? 1 : 2;
    const l = m.get(c);
    if (!l) m.set(c, [w]);
    else if (!l.includes(w)) l.push(w);
  };
  for (const w of PREFIX_WORDS.split('|')) put(byFirst, w.charCodeAt(0), w);
  for (const w of SUFFIX_WORDS.split('|').concat(ROLES.map((r) => r[0]))) put(byLast, w.charCodeAt(w.length - 1), w);
  for (const m of [byFirst, byLast]) for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return [byFirst, byLast];
}
/** Length of the longest prefix word at s (leaving ≥ 2 kanji before e), or 0. */
function prefixLen(t: string, s: number, e: number): number {
  if (!(AFF[t.charCodeAt(s)] & 1)) return 0;
  const l = AFFIX![0].get(t.charCodeAt(s));
  if (l) for (let k = 0; k < l.length; k++) if (e - s - l[k].length >= 2 && t.startsWith(l[k], s)) return l[k].length;
  return 0;
}
/** Length of the longest suffix word ending at e (leaving ≥ 2 kanji after s), or 0. */
function suffixLen(t: string, s: number, e: number): number {
  if (!(AFF[t.charCodeAt(e - 1)] & 2)) return 0;
  const l = AFFIX![1].get(t.charCodeAt(e - 1));
  if (l) for (let k = 0; k < l.length; k++) if (e - s - l[k].length >= 2 && t.startsWith(l[k], e - l[k].length)) return l[k].length;
  return 0;
}

/** Feature slot of template `tpl` with values a, b (a 32-bit mix, masked). */
function fh(tpl: number, a: number, b: number): number {
  let h = Math.imul(tpl + 0x2545f491, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & MASK;
}
/** A small class of the char next to a candidate: 0 none, 1 hiragana, 2 katakana, 3 kanji, 4 digit, 5 Latin, 6 open
 * bracket, 7 close bracket, 8 、 or ,, 9 。, 10 ・, 11 space, 12 other. */
function ctxClass(c: number): number {
  if (c === 0) return 0;
  if (c >= 0x3041 && c <= 0x3096) return 1;
  if (isKata(c)) return 2;
  if (isKanji(c)) return 3;
  if (c >= 48 && c <= 57) return 4;
  if (isLetter(c)) return 5;
  if (c === 0x300c || c === 0x300e || c === 0x28 || c === 0xff08 || c === 0x201c || c === 0x3010) return 6;
  if (c === 0x300d || c === 0x300f || c === 0x29 || c === 0xff09 || c === 0x201d || c === 0x3011) return 7;
  if (c === 0x3001 || c === 0x2c || c === 0xff0c) return 8;
  if (c === 0x3002 || c === 0x2e) return 9;
  if (c === 0x30fb || c === 0x3d) return 10;
  if (c === 0x20 || c === 0x3000 || c === 10 || c === 13 || c === 9) return 11;
  return 12;
}
const wordHash = (t: string, s: number, e: number) => {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h;
};

/**
 * Features of the candidate t[s, e) (kind: 0 kanji, 1 katakana joined by ・ / =, 2 one katakana word; `pre` / `suf`
 * the lengths of the kinship / role words stripped from its kanji run, or minus those of words it starts / ends with)
 * into FEATS; returns their count.
 */
function features(t: string, s: number, e: number, kind: number, pre: number, suf: number): number {
  const n = t.length;
  const L = e - s;
  const K = kind;
  const c0 = t.charCodeAt(s);
  const cl = t.charCodeAt(e - 1);
  const r1 = e < n ? t.charCodeAt(e) : 0;
  const l1 = s > 0 ? t.charCodeAt(s - 1) : 0;
  let k = 0;
  const f = FEATS;
  f[k++] = fh(0, K, 0);
  f[k++] = fh(1, K, Math.min(L, 12));
  f[k++] = fh(2, K, c0);
  f[k++] = fh(3, K, cl);
  f[k++] = fh(8, K, r1);
  f[k++] = fh(6, K, l1);
  const r2 = e + 1 < n ? t.charCodeAt(e + 1) : 0;
  const l2 = s > 1 ? t.charCodeAt(s - 2) : 0;
  f[k++] = fh(7, K, l2 * 0x10000 + l1);
  f[k++] = fh(9, K, r1 * 0x10000 + r2);
  f[k++] = fh(10, K, (pre > 0 ? 1 : pre < 0 ? 4 : 0) + (suf > 0 ? 2 : suf < 0 ? 8 : 0));
  if (suf > 0) f[k++] = fh(11, K, wordHash(t, e, e + suf));
  else if (suf < 0) f[k++] = fh(33, K, wordHash(t, e + suf, e)); // a role word it could end with
  if (pre > 0) f[k++] = fh(12, K, wordHash(t, s - pre, s));
  else if (pre < 0) f[k++] = fh(34, K, wordHash(t, s, s - pre)); // a kinship word it could start with
  f[k++] = fh(19, K, ctxClass(l1) * 16 + ctxClass(r1));
  f[k++] = fh(22, K, cl * 16 + ctxClass(r1));
  f[k++] = fh(23, K, c0 * 16 + ctxClass(l1));
  if (L >= 3) {
    f[k++] = fh(4, K, t.charCodeAt(s + 1));
    f[k++] = fh(5, K, t.charCodeAt(e - 2));
  }
  if (K === 0) {
    f[k++] = fh(15, CH[c0] & (F_FAM0 | F_CN | F_GIMEI0 | F_MODEL0), CH[cl] & (F_FIRST | F_LAST | F_ONE));
    // family name + given name splits the dictionaries know
    const famChar = (CH[c0] & F_FAM0) !== 0;
    for (let a = Math.min(4, L); a >= 1; a--) {
      const fam = a >= 2 ? famChar && isFamily(t, s, a) : (CH[c0] & F_CN) !== 0;
      if (!fam) continue;
      const g = L - a;
      const giv = g === 0 ? 0 : givenName(t, s + a, e) ? 1 + (g === 1 ? 0 : 1) : 3;
      f[k++] = fh(13, a * 8 + g, giv);
    }
    if (L - 2 >= 1 && L - 2 <= 3) f[k++] = fh(14, L - 2, givenName(t, s + 2, e) ? 1 : 0); // 2 kanji + a given name
    // the shape of each family | given split by the IPADIC char flags (佐竹|晴雄: starts and ends as names do)
    const a0 = AFF[c0];
    const aL = AFF[cl];
    for (let a = 1; a < L && a <= 3; a++) {
      const bits = (a0 & A_FAM_START ? 1 : 0) | (AFF[t.charCodeAt(s + a - 1)] & A_FAM_END ? 2 : 0) | (AFF[t.charCodeAt(s + a)] & A_GIV_START ? 4 : 0) | (aL & A_GIV_END ? 8 : 0);
      f[k++] = fh(28, a * 8 + L - a, bits | (L - a === 1 && CH[cl] & F_ONE ? 16 : 0));
    }
    f[k++] = fh(29, L, (a0 & A_FAM_START ? 1 : 0) | (aL & A_FAM_END ? 2 : 0)); // the whole run a family name?
    if (L >= 3) {
      if (notName(t, s, e)) f[k++] = fh(16, 0, 0);
    }
  }
  if (K !== 0) {
    // katakana (1: parts joined by ・ / =, 2: one word): its first and last parts, the name lists, the organisation
    // words, the chars at the joins and edges, the three chars before (の, 作曲家の, 、)
    let fe = s;
    while (fe < e && isKata(t.charCodeAt(fe))) fe++;
    let ls = e;
    while (ls > s && isKata(t.charCodeAt(ls - 1))) ls--;
    f[k++] = fh(40, K, Math.min(fe - s, 8) * 16 + Math.min(e - ls, 8));
    if (fe < e) {
      let parts = 1;
      let latin = 0;
      for (let i = fe; i < ls; i++) {
        const c = t.charCodeAt(i);
        if (c === 0x30fb || c === 0x3d) parts++;
        else if (isLetter(c)) latin = 1;
      }
      f[k++] = fh(51, K, Math.min(parts, 5) * 2 + latin); // ジョン・F・ケネディ, ガブリエル・ガルシア・マルケス
    }
    // the parts are katakana only: one hash a part (one part when the candidate is one word) for the name lists
    KATA_SETS ??= kataSets();
    const [kg, kf, ko] = KATA_SETS;
    const hf = kataHash(t, s, fe, 0);
    const hl = fe === e ? hf : kataHash(t, ls, e, 0);
    f[k++] = fh(41, K, (kg.has(hf) ? 1 : 0) | (kf.has(hl) ? 2 : 0) | (kg.has(hl) ? 4 : 0) | (kf.has(hf) ? 8 : 0) | (ko.has(hl) ? 16 : 0));
    // its first / last part a common loanword, place or company (ポップ・ミュージック, ベルリン・フィル)
    const lf = inLoan(JA_LOAN, t, s, fe);
    f[k++] = fh(50, K, (lf ? 1 : 0) | ((fe === e ? lf : inLoan(JA_LOAN, t, ls, e)) ? 2 : 0));
    f[k++] = fh(42, K, t.charCodeAt(e - 2) * 0x10000 + cl);
    f[k++] = fh(43, K, c0 * 0x10000 + t.charCodeAt(s + 1));
    if (fe < e) {
      f[k++] = fh(44, K, t.charCodeAt(fe - 1));
      f[k++] = fh(45, K, t.charCodeAt(ls));
    }
    f[k++] = fh(46, K, wordHash(t, Math.max(0, s - 3), s));
    f[k++] = fh(47, K, r1 * 16 + ctxClass(r2));
  }
  // a role or honorific right after, a word for a person + の before
  if (isKanji(r1)) {
    let re = e + 1;
    while (re < n && re - e < 8 && isKanji(t.charCodeAt(re))) re++;
    const role = roleStartingAt(t, e, re);
    if (role) f[k++] = fh(18, K, role[1]);
  } else if (honorificAt(t, e)) f[k++] = fh(18, K, 9);
  if (personBefore(t, s)) f[k++] = fh(20, K, 0);
  return k;
}

type Cand = (t: string, s: number, e: number, kind: number, pre: number, suf: number, run: number) => void;
/** Where a candidate's score goes: the trainer's visitor, or null (the detector: gate, score, best of the run). */
let visit: Cand | null = null;
/** Candidate runs so far in this text (the trainer groups candidates by run). */
let runNo = 0;
/** The best candidate of the current run (the detector). */
let bestZ = 0;
let bestS = -1;
let bestE = 0;

/** , tab | ": what delimits cells of CSV / TSV text (the table rules of scan.ts read those; 黒川 in an address file's
 * town column is no person). */
const isCellEdge = (c: number) => c === 0x2c || c === 9 || c === 0x7c || c === 0x22;

/**
 * One candidate t[s, e) of kind (0 kanji, 1 katakana): to the trainer, or gated and scored, kept when it passes HI
 * and beats the run's best so far. pre / suf: the length of the kinship / role word stripped, or minus that of one
 * it could be stripped of (三女|悦子 vs 三女悦子).
 */
function consider(t: string, s: number, e: number, kind: number, pre: number, suf: number, run: number): void {
  if (visit) {
    visit(t, s, e, kind, pre, suf, run);
    return;
  }
  if (isCellEdge(t.charCodeAt(s - 1)) || isCellEdge(t.charCodeAt(e))) return; // a CSV / TSV cell is no running text
  if (kind === 0) for (let i = s; i < e; i++) if (t.charCodeAt(i) === 0x533a || t.charCodeAt(i) === 0x770c) return; // 区 県: an address
  if (gateScore(t, s, e, kind) < JA_GATE_MIN[kind]) return;
  const nf = features(t, s, e, kind, pre, suf);
  const w = modelLevels();
  let z = 0;
  for (let k = 0; k < nf; k++) z += w[FEATS[k]];
  z -= JA_MODEL_HI[kind];
  if (z >= 0 && (bestS < 0 || z > bestZ)) {
    bestZ = z;
    bestS = s;
    bestE = e;
  }
}

/**
 * Rule 6: the candidates of t, run by run (one name at most in a kanji run); the best of each run is reported when it
 * passes HI (at 0.8–0.9). Nothing is reported below: each finding costs the scan, and the rules report their weaker
 * guesses already. The runs are those scan.ts's first pass found starting with a char that starts a family name
 * (`starts`: no pass of its own). Katakana candidates are scored from kataRun and kataBefore (kataModel): a regex
 * scan for every katakana run cost a quarter of a stockmark scan, so only those next to ・ / = / a particle / a
 * role are looked at.
 */
function modelNames(t: string, emit: Emit, starts: number[], ends: Int32Array, remember: Remember, again: (s: number, e: number) => boolean): void {
  AFFIX ??= affixes();
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k];
    const e = ends[k]; // the kanji run from i, 12 at most
    const L = e - i;
    if (L < 2 || L > 11 || isKanji(t.charCodeAt(e))) continue;
    const run = ++runNo;
    bestS = -1;
    // a kinship / role word leaves ≥ 2 kanji: only in runs of 3+
    const p = L > 2 ? prefixLen(t, i, e) : 0;
    const q = L > 2 ? suffixLen(t, i, e) : 0;
    if (L <= 5) consider(t, i, e, 0, -p, -q, run);
    if (p && L - p <= 5) consider(t, i + p, e, 0, p, -q, run);
    if (q && L - q <= 5) consider(t, i, e - q, 0, -p, q, run);
    if (p && q && L - p - q >= 2 && L - p - q <= 5) consider(t, i + p, e - q, 0, p, q, run);
    // a role word inside the run, more kanji after it (小川淳司監督体制, 田中六助通産大臣)
    if (!q && L >= 4)
      for (let r = 2; r <= 5 && r <= L - 2; r++) {
        const role = CH[t.charCodeAt(i + r)] & F_ROLE0 ? roleStartingAt(t, i + r, e) : null;
        if (role && (!p || r > p)) consider(t, i + (p && r - p >= 2 ? p : 0), i + r, 0, p && r - p >= 2 ? p : -p, role[0].length, run);
      }
    if (bestS >= 0 && !again(bestS, bestE)) {
      emit(bestS, bestE, Math.min(0.9, 0.8 + bestZ * 0.004));
      // a full name of 4 kanji that starts and ends as family names do is mostly 2 + 2: its family name, seen alone
      // nearby, is one too (rule 5)
      if (bestE - bestS === 4 && AFF[t.charCodeAt(bestS)] & A_FAM_START && AFF[t.charCodeAt(bestS + 1)] & A_FAM_END) remember(bestS, bestS + 2, bestS, bestE);
    }
  }
}

/**
 * Rule 6 on a katakana candidate t[s, e) of kind 1 (parts joined by ・ / =) or 2 (one word before は / が, a role
 * or an honorific) that the rules found no name in: reported when the model's score passes that kind's HI.
 */
function kataModel(t: string, s: number, e: number, kind: number, emit: Emit, remember?: Remember, lastStart = s): void {
  if (!modelOn || (!visit && orgBefore(t, s))) return;
  AFFIX ??= affixes();
  bestS = -1;
  consider(t, s, e, kind, 0, 0, ++runNo);
  if (bestS < 0) return;
  emit(bestS, bestE, Math.min(0.9, 0.8 + bestZ * 0.004));
  // its family name, seen alone nearby, is the same person (rule 5), as for the ・ names of rule 4
  if (remember && e - lastStart >= 3) remember(lastStart, e, s, e);
}

export type JaCandidate = { s: number; e: number; kind: number; run: number; feats: number[]; gate: number[] };
/**
 * For test/corpus/train-names-ja.ts: every candidate the model would score (no gate) while `scanText` runs (a scan()
 * of one text), with its features and its gate's slots; nothing is scored or reported meanwhile.
 */
export function jaModelCandidates(scanText: () => void): JaCandidate[] {
  const out: JaCandidate[] = [];
  visit = (t, s, e, kind, pre, suf, run) => {
    const gate = [0, 0, 0, 0, 0, 0];
    gateSlots(t, s, e, kind, gate);
    const nf = features(t, s, e, kind, pre, suf);
    out.push({ s, e, kind, run, feats: Array.from(FEATS.subarray(0, nf)), gate });
  };
  try {
    scanText();
  } finally {
    visit = null;
  }
  return out;
}

/** The span model's score of the kanji candidate t[s, e) (a whole run). */
function modelScore(t: string, s: number, e: number): number {
  AFFIX ??= affixes();
  const nf = features(t, s, e, 0, 0, 0);
  const w = modelLevels();
  let z = 0;
  for (let k = 0; k < nf; k++) z += w[FEATS[k]];
  return z;
}

/**
 * For scan.ts's gimei family + given rule: is the 3-kanji run t[s, e) one the span model finds far from a name (a word
 * that happens to start with a family name: 南氷洋, 東洋一)?
 */
export function jaUnlikeName(t: string, s: number, e: number): boolean {
  return modelOn && modelScore(t, s, e) < JA_MODEL_LO[0];
}
