// Seventh independent labelled test set: family and money life events as a Japanese bank, securities house, insurer
// and care company see them, plus the developer-facing text those businesses move around. Bank branch CRM records
// (住宅ローン / カードローン申込, 口座振替依頼書, 口座開設 with 本人確認書類, 相続手続き with 戸籍 and 法定相続情報一覧図, 成年後見,
// 贈与, 振込依頼, 与信メモ, 反社チェック結果, 延滞督促 call notes), securities and insurance (特定口座開設, 適合性確認, 保険金請求
// with 診断書 content, 告知書, 受取人変更, 契約者貸付), 介護 (ケアプラン, 要介護認定, 訪問介護記録, 主治医意見書, 施設入居申込,
// 生活保護), schools (入学願書, 保護者連絡網, 就学援助申請, アレルギー調査票, 指導要録抜粋), developer text (JSON request / response
// bodies pretty, minified and \uXXXX-escaped, server logs, SQL INSERT dumps, CSV exports, stack traces, webhook payloads,
// YAML), English KYC notes, mortgage applications, insurance claims, elder-care notes and school forms (US / UK /
// Australia), and the forms people really write: full-width digits, every dash, numbers split by spaces, dots, line
// breaks or cells, half-width kana, OCR noise, PDF text with broken lines, quoted mail replies, LINE / Teams chat,
// Excel pasted as TSV. About 65% Japanese. Ids prefixed neg- are hard negatives (no gold).
//
// Written without reading the detector (utils/) or the synthetic generator (only its `rng` is imported), and never run
// against the detector while being written. Follows the LABELLING CONVENTIONS in the header of
// test/corpus/independent.ts (set #1) and the decisions added in test/corpus/independent5.ts and independent6.ts, and
// reuses set #1's helpers. Deterministic (fixed seed); values invented; My Number, corporate number, card and IBAN
// check digits computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases sets #1, #5 and #6 do not settle)
// - Deceased people are labelled like the living: a 被相続人's name, birth date, last address (最後の住所) and 本籍 are
//   labelled (as set #3 does), because the bank's record still identifies the family. Each heir in a 法定相続情報一覧図
//   or 遺産分割協議書 is labelled (name, birth date, address); 続柄, 死亡日, 相続分 and amounts are not.
// - 本籍 (and 本籍地 / 筆頭者の本籍) is sensitive (family_origin) with its label, as sets #1–#6 do, also inside a 戸籍
//   extract. 筆頭者 is a person_name. The death date (死亡日) is not date_of_birth. A 死因 or 死亡診断書 diagnosis of a
//   deceased insured person is sensitive (medical), like a living person's diagnosis.
// - 生活保護 受給 stated about a person is sensitive (social_status), as sets #1 and #2 label it. 就学援助, 児童手当,
//   児童扶養手当, ひとり親, 非課税世帯, income, assets, debts, 延滞, 債務整理, 自己破産 and credit-bureau (信用情報) facts are
//   NOT sensitive (not in APPI Art. 2(3)) and not labelled.
// - 要介護度 / 要支援 stated about a person (「要介護3」) is sensitive (disability / medical), as set #2 does; so are
//   認知症 and other diagnoses in care records, 主治医意見書 items and ADL limitations stated as a condition
//   (「右片麻痺」). Service schedules, 単位数 and care-plan goals that state no condition are not labelled.
// - 反社チェック結果: 「該当なし」「照合済」 are not labelled. A hit stating an arrest, conviction or membership of an
//   organised-crime group about a person (「逮捕歴あり（2019年 詐欺）」「指定暴力団構成員と一致」) is sensitive
//   (criminal_record); the span is the phrase stating the fact, with its field label when written label: value.
// - 告知書 / 診断書: each disclosed condition, treatment, hospital stay or medication about a person is its own
//   sensitive span (label: value when so written; for yes/no questions the answer phrase that states the condition).
//   「いいえ」「該当なし」「異常なし」 are not labelled. Food allergies and 既往症 of a pupil are sensitive (medical); a
//   pupil's 発達障害 / 特別支援学級 placement is sensitive (disability). Grades, 出欠 and attendance are not labelled.
// - 介護保険 被保険者番号 (10 digits) is not labelled (set #5 leaves it unlabelled); 健康保険 / 国民健康保険 / 後期高齢者医療
//   記号・番号 are jp_insurance_number. 保険証券番号, 契約番号, 顧客番号, 証券口座番号 (支店コード-口座番号 of a securities
//   account), 受付番号, ローン番号, 取引番号 and 管理番号 are not labelled.
// - jp_bank_account: the 7-digit (8 for ゆうちょ with 記号) account number of a person's or a business's account, in forms,
//   JSON ("account_number":"1234567"), SQL and CSV alike; branch codes, bank codes and masked numbers (「****567」
//   「末尾567」) are not. A 口座名義 in katakana / half-width kana is person_name.
// - IP addresses, user agents, session ids, request ids and cookie values in logs are not labelled (no type). Personal
//   data inside log lines (e-mails, phones, names in query strings or JSON) is labelled.
// - JSON with \uXXXX escapes: an escaped person's name or address (\u5c71\u7530 ...) is ONE person_name / jp_address
//   span over the escape sequences as written, since whoever decodes the body reads the name. Escaped ASCII is not used.
// - A fraud attempt that the branch stopped (特殊詐欺 未然防止: no money lost) is not crime_victim and is not labelled;
//   a completed fraud or theft suffered by a person (「還付金詐欺の被害に遭い…」「財布ごと盗まれた」, English too) is
//   sensitive (crime_victim), the shortest phrase stating it.
// - Well-known test card numbers (4111 1111 1111 1111, 4242 4242 4242 4242, 5555 5555 5555 4444) in test fixtures and
//   developer configs are not a person's card and are not labelled; they appear only in neg- docs. A Luhn-valid
//   16-digit 注文番号 / 取引番号 is not labelled (set #5 rule). Masked cards are never labelled.
// - Public companies, fund names, 証券コード, ISIN, SWIFT/BIC, 金融機関コード and branch names are not labelled; a branch
//   address or switchboard in a letter head IS labelled (set #1: a phone shape in contact position is a phone).
// - Bank / insurer / care staff (担当者, 受付者, ケアマネジャー, 主治医, 担任) are people and are labelled.
import { rng } from './generate';
import { AD, BA, CC, CORP, corp, DL, doc, DOB, EM, fw, hira, hwKana, IB, type IndependentDoc, iban, INS, luhn, MN, mn, PEN, type Person, PH, PN, PP, SEN, SSN, ZIP } from './independent';

type R = ReturnType<typeof rng>;
type JP = Omit<Person, 'f'>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

const JA: JP[] = `桑田:昌平:クワタ:ショウヘイ:Kuwata:Shohei 杉浦:芳江:スギウラ:ヨシエ:Sugiura:Yoshie 丸岡:敏夫:マルオカ:トシオ:Maruoka:Toshio
矢野:千鶴:ヤノ:チヅル:Yano:Chizuru 上原:康介:ウエハラ:コウスケ:Uehara:Kosuke 根本:佳代子:ネモト:カヨコ:Nemoto:Kayoko
関口:正人:セキグチ:マサト:Sekiguchi:Masato 宮本:和夫:ミヤモト:カズオ:Miyamoto:Kazuo 安田:久美子:ヤスダ:クミコ:Yasuda:Kumiko
堀:雄一:ホリ:ユウイチ:Hori:Yuichi 菅原:さとみ:スガワラ:サトミ:Sugawara:Satomi 内田:光男:ウチダ:ミツオ:Uchida:Mitsuo
千葉:節子:チバ:セツコ:Chiba:Setsuko 大谷:翔子:オオタニ:ショウコ:Otani:Shoko 中島:勝也:ナカジマ:カツヤ:Nakajima:Katsuya
田辺:美智子:タナベ:ミチコ:Tanabe:Michiko 横山:稔:ヨコヤマ:ミノル:Yokoyama:Minoru 奥村:由紀:オクムラ:ユキ:Okumura:Yuki
川島:茂:カワシマ:シゲル:Kawashima:Shigeru 吉川:栞:ヨシカワ:シオリ:Yoshikawa:Shiori 浅野:哲也:アサノ:テツヤ:Asano:Tetsuya
土屋:瞳:ツチヤ:ヒトミ:Tsuchiya:Hitomi 平田:清:ヒラタ:キヨシ:Hirata:Kiyoshi 望月:春香:モチヅキ:ハルカ:Mochizuki:Haruka
高野:勲:タカノ:イサオ:Takano:Isao 松田:恵子:マツダ:ケイコ:Matsuda:Keiko 荻野:陽太:オギノ:ヨウタ:Ogino:Yota
河合:琴音:カワイ:コトネ:Kawai:Kotone 野口:英二:ノグチ:エイジ:Noguchi:Eiji 藤本:ハナ:フジモト:ハナ:Fujimoto:Hana
若林:正治:ワカバヤシ:マサハル:Wakabayashi:Masaharu 酒井:瑞穂:サカイ:ミズホ:Sakai:Mizuho 久保田:武:クボタ:タケシ:Kubota:Takeshi
原田:愛子:ハラダ:アイコ:Harada:Aiko 梅田:達彦:ウメダ:タツヒコ:Umeda:Tatsuhiko 本間:静香:ホンマ:シズカ:Honma:Shizuka`
  .split(/\s+/)
  .map((s) => {
    const [sei, mei, seiK, meiK, seiR, meiR] = s.split(':');
    return { sei, mei, seiK, meiK, seiR, meiR };
  });
/** Elderly given names for care records. */
const OLD_GIVEN: [string, string][] = [
  ['キヨ', 'キヨ'], ['シズ', 'シズ'], ['寅雄', 'トラオ'], ['ハツエ', 'ハツエ'], ['源一', 'ゲンイチ'], ['フミ子', 'フミコ'], ['正吉', 'ショウキチ'],
  ['トシ', 'トシ'], ['富士男', 'フジオ'], ['ヨシノ', 'ヨシノ'], ['喜代子', 'キヨコ'], ['勘助', 'カンスケ'],
];
/** Children's given names for school forms. */
const KID_GIVEN: [string, string][] = [
  ['陽翔', 'ハルト'], ['結菜', 'ユイナ'], ['蒼', 'アオイ'], ['芽依', 'メイ'], ['湊', 'ミナト'], ['紬', 'ツムギ'], ['大和', 'ヤマト'], ['凪', 'ナギ'],
  ['咲良', 'サクラ'], ['悠人', 'ユウト'], ['心春', 'コハル'], ['律', 'リツ'],
];

/** Japanese addresses: [postal code, address]. */
const JADDR: [string, string][] = [
  ['260-0045', '千葉県千葉市中央区弁天2-14-6 弁天コート305'],
  ['409-3866', '山梨県中巨摩郡昭和町西条4212-8'],
  ['468-0011', '愛知県名古屋市天白区平針3丁目1105番地'],
  ['616-8183', '京都府京都市右京区太秦東蜂岡町18-4'],
  ['880-0805', '宮崎県宮崎市橘通東3-6-21 橘ハイツ402'],
  ['038-0003', '青森県青森市石江岡部22-5'],
  ['319-1112', '茨城県那珂郡東海村村松2198-11'],
  ['547-0044', '大阪府大阪市平野区平野本町4-9-3'],
  ['285-0858', '千葉県佐倉市ユーカリが丘4-1-1 スカイプラザ1908'],
  ['420-0851', '静岡県静岡市葵区黒金町59-7'],
  ['963-8002', '福島県郡山市駅前2丁目11番1号'],
  ['192-0904', '東京都八王子市子安町1-31-4 サンハイツ子安202号室'],
  ['236-0042', '神奈川県横浜市金沢区釜利谷東5-3-12'],
  ['813-0044', '福岡県福岡市東区千早5丁目8-3'],
  ['780-0870', '高知県高知市本町4丁目2-40'],
  ['950-2023', '新潟県新潟市西区小新3-14-9'],
  ['520-0044', '滋賀県大津市京町1-3-25'],
  ['690-0003', '島根県松江市朝日町484-19'],
  ['379-2311', '群馬県みどり市笠懸町阿左美1510番地'],
  ['062-0931', '北海道札幌市豊平区平岸1条9丁目6-2 平岸グリーンハイツ3F'],
  ['167-0051', '東京都杉並区荻窪五丁目27番8号'],
  ['861-8001', '熊本県熊本市北区武蔵ケ丘2-142-7'],
];
const HONSEKI = ['新潟県長岡市大手通二丁目5番地', '鹿児島県薩摩川内市中郷町1284番地', '岩手県一関市大町4番地', '長崎県佐世保市島瀬町10番地', '富山県高岡市末広町13番地', '愛媛県今治市常盤町一丁目3番地'];

const US_ADDR = ['1847 Maple Ridge Dr, Columbus, OH 43215', '402 W 118th St Apt 5C, New York, NY 10027', '77 Harbor View Ln, Portland, ME 04101', '3310 Pecan Grove Rd, Austin, TX 78745', '9 Elm Court, Naperville, IL 60540'];
const UK_ADDR = ['Flat 4, 27 Harcourt Road, Sheffield S10 1DH', '14 Brook Lane, Harrogate HG1 2PQ', '3 Tannery Mews, Norwich NR3 1AB'];
const AU_ADDR = ['12/48 Wattle Street, Ultimo NSW 2007', '7 Jacaranda Ave, Toowong QLD 4066', '21 Banksia Cres, Fremantle WA 6160'];
const EN: [string, string][] = [
  ['Margaret', 'Holloway'], ['Derek', 'Pruitt'], ['Aisha', 'Okafor'], ['Thomas', 'Whitfield'], ['Linh', 'Tran'], ['Graham', 'McAllister'],
  ['Priya', 'Raman'], ['Eleanor', 'Voss'], ['Samuel', 'Adeyemi'], ['Harriet', 'Lindqvist'], ['Owen', 'Gallagher'], ['Rosa', 'Delgado'],
  ['Kenji', 'Mori'], ['Bethany', 'Crowe'], ['Marcus', 'Feld'], ['Yuki', 'Anderson'],
];

// ---------------------------------------------------------------------------------------------------------------
// Values

function myNo(r: R, sep = ' '): string {
  const x = mn(`${r.int(1, 9)}${r.digits(10)}`);
  return sep === '' ? x : `${x.slice(0, 4)}${sep}${x.slice(4, 8)}${sep}${x.slice(8)}`;
}
const acct = (r: R) => String(r.int(1000000, 9999999));
const pension = (r: R, sep = '-') => `${r.int(1000, 9999)}${sep}${r.digits(6)}`;
const sub = (r: R, n: number) => String(r.int(2, 9)) + r.digits(n - 1);
const jpMob = (r: R, sep = '-') => `${r.pick(['090', '080', '070'])}${sep}${sub(r, 4)}${sep}${r.digits(4)}`;
const AREAS = ['03', '06', '045', '052', '0263', '0276', '043', '054', '096', '011'];
function fixed(r: R, sep = '-'): string {
  const a = r.pick(AREAS);
  return `${a}${sep}${sub(r, 6 - a.length)}${sep}${r.digits(4)}`;
}
const jpPass = (r: R) => r.pick(['TK', 'TR', 'TZ', 'MZ', 'RK']) + r.digits(7);
const dlNo = (r: R) => `${r.pick(['30', '45', '50', '62', '71'])}${r.digits(10)}`;
const grp4 = (s: string, sep = ' ') => s.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
type Brand = 'V' | 'M' | 'M2' | 'J' | 'A' | 'D';
function cardRaw(r: R, b: Brand): string {
  switch (b) {
    case 'V':
      return luhn(`4${r.digits(14)}`);
    case 'M':
      return luhn(`5${r.int(1, 5)}${r.digits(13)}`);
    case 'M2':
      return luhn(`${r.int(2221, 2720)}${r.digits(11)}`);
    case 'J':
      return luhn(`35${r.int(28, 89)}${r.digits(11)}`);
    case 'A':
      return luhn(`3${r.pick(['4', '7'])}${r.digits(12)}`);
    default:
      return luhn(`6011${r.digits(11)}`);
  }
}
const amexFmt = (s: string, sep = ' ') => `${s.slice(0, 4)}${sep}${s.slice(4, 10)}${sep}${s.slice(10)}`;
function ssn(r: R, sep = '-'): string {
  const a = r.pick([r.int(1, 665), r.int(667, 899)]);
  return `${String(a).padStart(3, '0')}${sep}${String(r.int(1, 99)).padStart(2, '0')}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`;
}
interface D {
  y: number;
  m: number;
  d: number;
}
const dob = (r: R, lo = 1945, hi = 1995): D => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const p2 = (n: number) => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function era(x: D): string {
  if (x.y >= 2019) return `令和${x.y - 2018 === 1 ? '元' : x.y - 2018}年${x.m}月${x.d}日`;
  if (x.y >= 1989) return `平成${x.y - 1988 === 1 ? '元' : x.y - 1988}年${x.m}月${x.d}日`;
  return `昭和${x.y - 1925}年${x.m}月${x.d}日`;
}
function fd(x: D, f: number): string {
  switch (f % 9) {
    case 0:
      return `${x.y}年${x.m}月${x.d}日`;
    case 1:
      return `${x.y}/${p2(x.m)}/${p2(x.d)}`;
    case 2:
      return era(x);
    case 3:
      return fw(`${x.y}/${x.m}/${x.d}`);
    case 4:
      return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 5:
      return x.y >= 1989 ? `H${x.y - 1988}.${x.m}.${x.d}` : `S${x.y - 1925}.${p2(x.m)}.${p2(x.d)}`;
    case 6:
      return `${x.y}.${p2(x.m)}.${p2(x.d)}`;
    case 7:
      return era(x).replace(/\d+/g, (d) => fw(d));
    default:
      return `${x.y}年${p2(x.m)}月${p2(x.d)}日`;
  }
}
const usD = (x: D) => `${p2(x.m)}/${p2(x.d)}/${x.y}`;
const ukD = (x: D) => `${p2(x.d)}/${p2(x.m)}/${x.y}`;
const enD = (x: D) => `${x.d} ${MON[x.m - 1]} ${x.y}`;
const full = (p: JP, sep = ' ') => `${p.sei}${sep}${p.mei}`;
const kana = (p: JP, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;
const roma = (p: JP) => `${p.meiR} ${p.seiR}`;
const lc = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
/** \uXXXX escapes of a string (JSON as some servers write it). */
const esc = (s: string) => Array.from(s).map((c) => (c.charCodeAt(0) < 128 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('');
const yen = (n: number) => n.toLocaleString('en-US');
const DOMAINS = ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'outlook.jp', 'nifty.com'];
const BANKS = ['みどり銀行', '東都信用金庫', 'さくら台銀行', 'ひかり信託銀行', '北洋第一銀行', '瀬戸内銀行'];
const BRANCHES = ['本店営業部', '駅前支店', '中央支店', '北口支店', '桜ヶ丘支店', '港南支店', '西町出張所'];

// ---------------------------------------------------------------------------------------------------------------
// Documents

export function buildIndependent7(): IndependentDoc[] {
  const r = rng(70707);
  const out: IndependentDoc[] = [];
  let pj = 0;
  let pa = 0;
  let pe = 0;
  const nj = () => JA[(pj++ * 5) % JA.length];
  const na = () => JADDR[pa++ % JADDR.length];
  const ne = () => EN[pe++ % EN.length];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const mailOf = (p: JP) => `${lc(p.seiR)}.${lc(p.meiR)}${r.int(1, 99)}@${r.pick(DOMAINS)}`;
  const staff = () => {
    const s = nj();
    return s;
  };
  const old = (): JP => {
    const f = nj();
    const g = OLD_GIVEN[r.int(0, OLD_GIVEN.length - 1)];
    return { ...f, mei: g[0], meiK: g[1] };
  };
  const kid = (parent: JP): JP => {
    const g = KID_GIVEN[r.int(0, KID_GIVEN.length - 1)];
    return { ...parent, mei: g[0], meiK: g[1], meiR: g[1] };
  };
  const bank = () => r.pick(BANKS);
  const br = () => r.pick(BRANCHES);

  // =============================================================================================================
  // A. 住宅ローン 申込 (branch CRM screens, forms), 6
  for (let k = 0; k < 6; k++) {
    const p = nj();
    const sp = nj();
    const b = dob(r, 1972, 1995);
    const bs = dob(r, 1972, 1995);
    const [z, a] = na();
    const st = staff();
    const price = r.int(28, 68) * 1000000;
    if (k % 3 === 0)
      add(
        `loan-home-${k}`,
        'bank_crm_ja',
        `■住宅ローン事前審査申込（${br()}）　受付番号 HL-2026-${r.digits(6)}
【申込人】
お名前　${PN(full(p))}　フリガナ　${PN(kana(p))}
生年月日　${DOB(fd(b, k))}　年齢 ${2026 - b.y}歳
現住所　〒${ZIP(z)}　${AD(a)}
携帯電話　${PH(jpMob(r))}　自宅 ${PH(fixed(r))}
E-mail　${EM(mailOf(p))}
勤務先　株式会社ミナトエンジニアリング（勤続 ${r.int(3, 20)} 年）　年収 ${r.int(450, 980)} 万円
【連帯債務者】${PN(full(sp, '　'))}（配偶者）　生年月日 ${DOB(fd(bs, k + 1))}
物件価格 ${yen(price)} 円　借入希望額 ${yen(price - 5000000)} 円　期間 35年　変動金利 0.475%
担当：${PN(full(st))}`,
      );
    else if (k % 3 === 1)
      add(
        `loan-home-${k}`,
        'bank_crm_ja',
        `顧客詳細 ＞ 住宅ローン ＞ 本審査
顧客番号　${r.digits(9)}
氏名（漢字）	${PN(full(p))}
氏名（カナ）	${PN(hwKana(kana(p)))}
生年月日	${DOB(fd(b, 5))}
返済用口座	${bank()} ${br()} 普通 ${BA(acct(r))}
マイナンバー（団信・住宅ローン控除用）	${MN(myNo(r, '-'))}
運転免許証番号	${DL(dlNo(r))}
連絡先	${PH(jpMob(r, ''))}
審査メモ：団信告知「${SEN(k === 1 ? '高血圧症で内服治療中（アムロジピン5mg）' : '2年前に十二指腸潰瘍で入院（8日間）')}」のためワイド団信で再申込。
ステータス：保証会社回答待ち（${r.int(1, 5)}営業日）`,
      );
    else
      add(
        `loan-home-${k}`,
        'form_ja',
        `住宅ローン借入申込書（控）
借入申込人
　氏　名　${PN(full(p, '　'))}　　　　　　　　㊞
　ふりがな　${PN(hira(kana(p, '　')))}
　生年月日　${DOB(fd(b, 7))}
　住　所　〒${ZIP(fw(z))}
　　　　　${AD(fw(a))}
　電　話　${PH(fw(fixed(r)))}
物件所在地　千葉県船橋市（新築分譲マンション「ザ・テラス船橋」 ${r.int(3, 14)}階）
借入金額　金${fw(String(r.int(2500, 6200)))}万円
配偶者　${PN(full(sp))}　年収 ${r.int(120, 500)}万円`,
      );
  }

  // A2. カードローン 申込 and 与信メモ, 5
  for (let k = 0; k < 5; k++) {
    const p = nj();
    const b = dob(r, 1960, 2001);
    const [z, a] = na();
    const st = staff();
    if (k < 3)
      add(
        `cardloan-${k}`,
        k === 1 ? 'web_form_ja' : 'bank_crm_ja',
        `カードローン「みらいプラス」WEB申込データ
申込日時：2026/0${k + 3}/1${k} 21:${r.int(10, 59)}
氏名：${PN(full(p))}（${PN(kana(p))}）
生年月日：${DOB(fd(b, k + 3))}
自宅住所：${AD(a)}
携帯：${PH(jpMob(r, k === 2 ? ' ' : '-'))}
メール：${EM(mailOf(p))}
本人確認書類：${k === 0 ? `運転免許証（番号 ${DL(dlNo(r))}）` : k === 1 ? `パスポート（旅券番号 ${PP(jpPass(r))}）` : `マイナンバーカード（個人番号は取得しない／表面のみ）`}
希望限度額：${r.pick(['50', '100', '150', '300'])}万円　他社借入：${r.int(0, 3)}件 ${r.int(0, 120)}万円
振込先口座：${bank()} ${br()} 普通預金 口座番号 ${BA(acct(r))}`,
      );
    else
      add(
        `yoshin-${k}`,
        'note_ja',
        `与信メモ（${br()}・融資課）
対象：${PN(full(p))}様　${DOB(fd(b, 0))}生　会社員（勤続${r.int(1, 9)}年）
信用情報：CIC 異動なし、JICC 照会済み。年収${r.int(300, 700)}万円に対し既存借入${r.int(10, 200)}万円。
${k === 3 ? `健康面：申込時の聞き取りで${SEN('昨年うつ病で3か月休職')}との申告あり。勤務状況は現在通常。` : `反社チェック：該当なし（${r.int(2025, 2026)}/0${r.int(1, 9)}/1${r.int(0, 9)} 照合）`}
判断：限度額${r.int(30, 100)}万円で承認可。起案 ${PN(st.sei)}／承認 ${PN(full(staff()))}`,
      );
  }

  // A3. 口座振替依頼書, 5
  for (let k = 0; k < 5; k++) {
    const p = nj();
    const [z, a] = na();
    const yu = k === 2;
    add(
      `furikae-${k}`,
      k === 4 ? 'ocr_ja' : 'form_ja',
      k === 4
        ? `口座振替依頼書 兼 自動払込利用申込書
預金者 氏名 ${PN(`${p.sei} ${p.mei}`.split('').join(' '))}
フリ ガナ ${PN(hwKana(kana(p)))}
金融機関 ${bank()}　支店名 ${br()}　店番 ${r.digits(3)}
預金種目 1.普通 2.当座　口座 番号 ${BA(`${r.int(1, 9)}${r.digits(2)} ${r.digits(4)}`)}
住 所 ${AD(a)}
電話 ${PH(`${jpMob(r).replace(/-/g, ' - ')}`)}
収納企業：ひかり介護サービス株式会社　委託者番号 ${r.digits(8)}`
        : `口座振替依頼書（${['ガス料金', '学校納付金', '介護サービス利用料', '保険料', '家賃'][k]}）
お客様番号 ${r.digits(10)}
ご契約者名 ${PN(full(p))}
${yu ? `ゆうちょ銀行　記号番号 ${BA(`1${r.digits(4)}-${r.digits(8)}`)}` : `金融機関：${bank()}（${r.digits(4)}）　支店：${br()}（${r.digits(3)}）\n預金種目：普通　口座番号：${BA(k === 3 ? fw(acct(r)) : acct(r))}`}
口座名義（カナ）：${PN(k === 1 ? hwKana(kana(p)) : kana(p))}
ご住所：〒${ZIP(z)} ${AD(a)}
お電話：${PH(k === 3 ? jpMob(r, 'ー') : fixed(r))}
振替開始月：2026年${k + 4}月`,
    );
  }

  // A4. 口座開設 本人確認, 8
  for (let k = 0; k < 8; k++) {
    const p = nj();
    const b = dob(r, 1950, 2006);
    const [z, a] = na();
    const st = staff();
    const idDoc = k % 4;
    const idLine =
      idDoc === 0
        ? `本人確認書類：運転免許証　番号 ${DL(k === 4 ? fw(dlNo(r)) : dlNo(r))}　有効期限 2029年${r.int(1, 12)}月${r.int(1, 28)}日`
        : idDoc === 1
          ? `本人確認書類：マイナンバーカード\n個人番号：${MN(k === 5 ? fw(myNo(r, ' ')) : myNo(r, k === 1 ? '' : ' '))}（番号確認済・コピー廃棄）`
          : idDoc === 2
            ? `本人確認書類：日本国旅券　旅券番号 ${PP(jpPass(r))}＋住民票の写し（発行後${r.int(1, 5)}か月以内）`
            : `本人確認書類：健康保険資格確認書　記号 ${INS(`${r.digits(4)}　番号 ${r.int(1, 99)}`)}＋公共料金領収書`;
    add(
      `kaisetsu-${k}`,
      k % 2 === 0 ? 'bank_crm_ja' : 'form_ja',
      k % 2 === 0
        ? `【口座開設受付】${br()}　窓口${r.int(1, 6)}番
お名前：${PN(full(p))} 様（${PN(kana(p))}）
生年月日：${DOB(fd(b, k))}
住所：${AD(a)}
電話：${PH(jpMob(r))}
${idLine}
取引目的：給与受取・生活費決済　職業：${r.pick(['会社員', 'パート', '年金受給者', '学生', '自営業'])}
新規口座：普通預金 ${BA(acct(r))}（キャッシュカード郵送）
受付者：${PN(st.sei)}　検印：${PN(staff().sei)}`
        : `普通預金口座開設申込書
おなまえ　${PN(hira(kana(p)))}
お名前　　${PN(full(p, '　'))}
生年月日　${DOB(fd(b, k + 2))}
郵便番号　${ZIP(z)}
ご住所　　${AD(a)}
電話番号　${PH(fixed(r))}
メールアドレス　${EM(mailOf(p))}
${idLine}
外国PEPsに該当しない　☑　反社会的勢力でないことの表明・確約　☑`,
    );
  }

  // A5. 相続手続き, 8
  for (let k = 0; k < 8; k++) {
    const dec = old();
    const h1 = nj();
    const h2 = nj();
    const hs1 = { ...h1, sei: dec.sei, seiK: dec.seiK, seiR: dec.seiR };
    const h2s = { ...h2, sei: dec.sei, seiK: dec.seiK, seiR: dec.seiR };
    const bd = dob(r, 1928, 1950);
    const b1 = dob(r, 1955, 1975);
    const b2 = dob(r, 1957, 1980);
    const [z1, a1] = na();
    const [, a2] = na();
    const [, a3] = na();
    const st = staff();
    const hon = r.pick(HONSEKI);
    if (k % 4 === 0)
      add(
        `souzoku-${k}`,
        'bank_crm_ja',
        `相続手続受付票　${br()}　受付番号 SZ-${r.digits(7)}
被相続人：${PN(full(dec))}（${PN(kana(dec))}）
生年月日：${DOB(fd(bd, 2))}　死亡日：令和7年${r.int(1, 12)}月${r.int(1, 28)}日
最後の住所：${AD(a1)}
${SEN(`本籍：${hon}`)}
取引：普通預金 ${BA(acct(r))}、定期預金 ${BA(acct(r))}、投資信託（ひかり日本株インデックス）
相続人代表者：${PN(full(hs1))}（長男）　${DOB(fd(b1, 0))}生
　住所：〒${ZIP(z1)} ${AD(a2)}　電話：${PH(jpMob(r))}
提出書類：戸籍謄本（出生から死亡まで）、法定相続情報一覧図の写し、遺産分割協議書、印鑑証明書
受付：${PN(full(st))}`,
      );
    else if (k % 4 === 1)
      add(
        `souzoku-${k}`,
        'pdf_text_ja',
        `法定相続情報一覧図
被相続人 ${PN(full(dec))} 法定相続情報
最後の住所 ${AD(a1)}
${SEN(`最後の本籍 ${hon}`)}
出生 ${DOB(era(bd))}
死亡 令和7年${r.int(1, 12)}月${r.int(1, 28)}日
（被相続人）
${PN(full(dec))}
　　　　　　　　　住所 ${AD(a2)}
　　　　　　　　　出生 ${DOB(era(b1))}
　　　　　　　　　（子）
　　　　　　　　　${PN(full(hs1))}（申出人）
　　　　　　　　　住所 ${AD(a3)}
　　　　　　　　　出生 ${DOB(era(b2))}
　　　　　　　　　（子）
　　　　　　　　　${PN(full(h2s))}
以下余白
作成日：令和8年1月${r.int(5, 28)}日　作成者：${PN(full(st))}（司法書士）`,
      );
    else if (k % 4 === 2)
      add(
        `souzoku-${k}`,
        'contract_ja',
        `遺産分割協議書
被相続人　${PN(full(dec))}（${DOB(fd(bd, 0))}生、令和7年${r.int(1, 12)}月死亡）
${SEN(`本籍　${hon}`)}
上記被相続人の遺産について、共同相続人全員で協議した結果、次のとおり分割する。
1. 相続人${PN(full(hs1))}は、${bank()}${br()} 普通預金 口座番号${BA(acct(r))} の預金全額を取得する。
2. 相続人${PN(full(h2s))}は、東証上場株式（銘柄コード 7203 ほか）を取得する。
住所　${AD(a2)}　氏名　${PN(full(hs1))}　実印
住所　${AD(a3)}　氏名　${PN(full(h2s))}　実印`,
      );
    else
      add(
        `souzoku-${k}`,
        'call_note_ja',
        `【応対記録】相続 お問い合わせ（電話）
架電者：${PN(hs1.sei)}様（故${PN(full(dec))}様のご長男）　折返し先 ${PH(jpMob(r))}
内容：お父様の口座（${br()} 普通 ${BA(acct(r))}）が凍結されたので葬儀費用を引き出したい。
→ 仮払い制度（上限150万円）をご案内。必要書類：戸籍謄本、印鑑証明、相続人全員の同意は不要。
${PN(hs1.sei)}様より「父は最後は${SEN('肺がんで入院')}していて」とのお話あり（記録不要とのことだが参考として）。
対応者：${PN(st.sei)}　次回来店予定 1/${r.int(10, 28)}`,
      );
  }

  // A6. 成年後見・贈与・振込依頼, 7
  {
    const w = old();
    const g = nj();
    const bw = dob(r, 1932, 1945);
    const [, aw] = na();
    const [zg, ag] = na();
    add(
      'kouken-0',
      'bank_crm_ja',
      `成年後見人 届出受付（${br()}）
本人（成年被後見人）：${PN(full(w))}　${DOB(fd(bw, 2))}生
本人住所：${AD(aw)}（現在は施設入所中）
${SEN('後見開始の原因：アルツハイマー型認知症（中等度）')}
成年後見人：${PN(full(g))}（弁護士、東都第二法律事務所）
後見人連絡先：〒${ZIP(zg)} ${AD(ag)}　TEL ${PH(fixed(r))}
登記事項証明書 確認済（登記番号 第${r.int(2024, 2026)}-${r.digits(5)}号）
対象口座：普通 ${BA(acct(r))} → 名義を「${PN(kana(w))} 成年後見人 ${PN(kana(g))}」へ変更
キャッシュカード回収済。受付 ${PN(staff().sei)}`,
    );
    const w2 = old();
    const g2 = nj();
    add(
      'kouken-1',
      'email_ja',
      `件名：Re: 任意後見契約の発効について

${PN(g2.sei)}様

いつもお世話になっております。さくら台銀行 ${PN(full(staff()))}です。
お母様（${PN(full(w2))}様）の任意後見監督人が選任されたとのこと、承知しました。
監督人選任の審判書謄本と、${PN(g2.sei)}様のご本人確認書類をご持参ください。

> 母は先月の診断で${SEN('認知症が進んでいると言われ')}、家庭裁判所に申立てをしました。
> 連絡は私の携帯（${PH(jpMob(r))}）までお願いします。
> ${PN(full(g2))}`,
    );
    const gv = nj();
    const rc = { ...nj(), sei: gv.sei, seiK: gv.seiK, seiR: gv.seiR };
    const bc = dob(r, 1996, 2012);
    add(
      'zoyo-0',
      'contract_ja',
      `贈与契約書（暦年贈与）
贈与者 ${PN(full(gv))}（以下「甲」）は、受贈者 ${PN(full(rc))}（以下「乙」、${DOB(fd(bc, 0))}生）に対し、
金${yen(1100000)}円を贈与し、乙はこれを受諾した。
甲は令和8年3月末日までに、乙名義の下記口座に振り込む。
　${bank()} ${br()} 普通預金 ${BA(acct(r))} 口座名義 ${PN(kana(rc))}
甲　住所 ${AD(na()[1])}　氏名 ${PN(full(gv))}
乙　住所 ${AD(na()[1])}　氏名 ${PN(full(rc))}${bc.y > 2007 ? `（法定代理人 親権者 ${PN(full({ ...nj(), sei: gv.sei }))}）` : ''}`,
    );
    const gp = nj();
    add(
      'zoyo-1',
      'bank_crm_ja',
      `教育資金贈与信託 口座開設
受益者（孫）：${PN(`${gp.sei} ${KID_GIVEN[3][0]}`)}（${PN(`${gp.seiK} ${KID_GIVEN[3][1]}`)}）　生年月日 ${DOB(fd(dob(r, 2012, 2020), 1))}
委託者（祖父）：${PN(full(gp))}　電話 ${PH(fixed(r, ''))}
受益者マイナンバー：${MN(myNo(r, '-'))}（教育資金非課税申告書に記載）
拠出額：${yen(5000000)}円　払出口座：普通 ${BA(acct(r))}`,
    );
    for (let k = 0; k < 3; k++) {
      const s = nj();
      const t = nj();
      add(
        `furikomi-${k}`,
        k === 2 ? 'ocr_ja' : 'form_ja',
        `振込依頼書
お振込先　${bank()}　${br()}
預金種目　${k === 1 ? '当座' : '普通'}　口座番号　${BA(k === 2 ? fw(acct(r)).split('').join(' ') : acct(r))}
受取人（カナ）　${PN(k === 0 ? hwKana(kana(t)) : kana(t))}
金額　￥${yen(r.int(10, 900) * 1000)}-
ご依頼人　${PN(full(s))}　電話　${PH(k === 2 ? fw(jpMob(r)) : jpMob(r))}
ご依頼人住所　${AD(na()[1])}
※振込手数料 ${r.pick(['330', '440', '660'])}円`,
      );
    }
  }

  // A7. 反社チェック結果 and 延滞督促 call notes, 7
  for (let k = 0; k < 4; k++) {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nj();
      const b = dob(r, 1950, 1998);
      const hit = (k + i) % 5 === 2;
      const hit2 = (k + i) % 7 === 5;
      rows.push(
        `${r.digits(8)}\t${PN(full(p))}\t${PN(hwKana(kana(p)))}\t${DOB(fd(b, 4))}\t${hit ? SEN(k % 2 ? '該当：逮捕歴あり（2019年 特殊詐欺 受け子）' : '該当：指定暴力団構成員と一致') : hit2 ? SEN('該当：有罪判決（2021年 覚醒剤取締法違反）') : '該当なし'}`,
      );
    }
    add(`hansha-${k}`, 'tsv_ja', `反社・AML照合結果（${br()}、2026/0${k + 1}/2${k}バッチ）\n顧客番号\t氏名\tｶﾅ\t生年月日\t照合結果\n${rows.join('\n')}\n照合担当：${PN(full(staff()))}`);
  }
  for (let k = 0; k < 3; k++) {
    const p = nj();
    const st = staff();
    add(
      `tokusoku-${k}`,
      'call_note_ja',
      k === 0
        ? `延滞督促 架電記録
契約者：${PN(full(p))}（${PN(kana(p))}）　ローン番号 CL${r.digits(9)}
延滞：2か月（約定返済 ${yen(r.int(20, 60) * 1000)}円×2）
10:12 自宅 ${PH(fixed(r))} 不在、留守電。
10:15 携帯 ${PH(jpMob(r))} 本人応答。「${SEN('先月から心臓の手術で入院していた')}」とのこと。退院後に一括入金予定（2/${r.int(10, 28)}）。
督促担当：${PN(st.sei)}`
        : k === 1
          ? `【督促メモ】${PN(p.sei)}様 カードローン 延滞${r.int(15, 80)}日
本人携帯 ${PH(jpMob(r, ''))} → 電源OFF
勤務先（在籍確認済）には架電しない方針。ハガキ送付先：${AD(na()[1])}
次回：債務整理の受任通知が届く可能性あり（弁護士介入予定と本人談）。
担当 ${PN(full(st))}`
          : `督促状 発送リスト（抜粋）
${PN(full(p))}　〒${ZIP(na()[0])}　残高 ${yen(r.int(100, 900) * 1000)}円　${r.int(30, 90)}日
${PN(full(nj()))}　〒${ZIP(na()[0])}　残高 ${yen(r.int(100, 900) * 1000)}円　${r.int(30, 90)}日
${PN(full(nj()))}　〒${ZIP(na()[0])}　残高 ${yen(r.int(100, 900) * 1000)}円　${r.int(30, 90)}日
発送日：2026/02/0${r.int(1, 9)}　作成 ${PN(st.sei)}`,
    );
  }

  // =============================================================================================================
  // B. Securities: 特定口座開設, 適合性確認, 7
  for (let k = 0; k < 7; k++) {
    const p = nj();
    const b = dob(r, 1940, 2000);
    const [z, a] = na();
    if (k < 4)
      add(
        `sec-open-${k}`,
        k === 3 ? 'web_form_ja' : 'form_ja',
        `総合取引口座・特定口座 開設申込書（ひかり証券）
お名前　${PN(full(p))}　（${PN(k === 2 ? hwKana(kana(p)) : kana(p))}）
生年月日　${DOB(fd(b, k + 4))}
ご住所　〒${ZIP(k === 1 ? fw(z) : z)} ${AD(k === 1 ? fw(a) : a)}
電話番号　${PH(k === 3 ? `+81 ${jpMob(r, ' ').slice(1)}` : fixed(r))}
メール　${EM(mailOf(p))}
個人番号　${MN(myNo(r, k === 0 ? ' ' : ''))}
特定口座：源泉徴収あり　NISA：つみたて投資枠・成長投資枠
出金先口座：${bank()} ${br()} 普通 ${BA(acct(r))}
インサイダー登録：なし　勤務先：${r.pick(['上場会社ではない', '株式会社ミナトエンジニアリング'])}`,
      );
    else
      add(
        `tekigo-${k}`,
        'note_ja',
        `適合性確認シート（高齢顧客 面談記録）
顧客：${PN(full(p))}様（${2026 - b.y}歳）　顧客コード ${r.digits(3)}-${r.digits(6)}
年収：年金 ${r.int(150, 300)}万円　金融資産：${r.int(1, 9)}千万円　投資経験：株式${r.int(0, 40)}年、投信あり
投資目的：資産の安定運用　リスク許容度：低
${k === 4 ? `健康状態：${SEN('軽度の難聴あり（補聴器使用）')}のため、説明はゆっくり大きな声で実施。` : k === 5 ? `同席者：長女 ${PN(full({ ...nj(), sei: p.sei }))}様（${PH(jpMob(r))}）。${SEN('物忘れが増えている（本人談：MCIと診断）')}。` : '認知機能：会話・理解に問題なし。役席同席なしで可。'}
勧誘商品：国内債券ファンド（ファンドコード ${r.digits(8)}、ISIN JP90C000${r.digits(4)}）
面談者：${PN(full(staff()))}　確認：${PN(staff().sei)}`,
      );
  }

  // =============================================================================================================
  // C. Insurance: 保険金請求 with 診断書, 告知書, 受取人変更, 契約者貸付, 11
  const DIAG = [
    ['乳がん（左）', '乳房部分切除術', '14日'],
    ['急性心筋梗塞', '経皮的冠動脈形成術（PCI）', '9日'],
    ['脳梗塞', '血栓溶解療法、リハビリ', '32日'],
    ['大腸ポリープ', '内視鏡的粘膜切除術', '2日'],
    ['右大腿骨頸部骨折', '人工骨頭置換術', '28日'],
    ['虫垂炎', '腹腔鏡下虫垂切除術', '5日'],
  ];
  for (let k = 0; k < 6; k++) {
    const p = nj();
    const b = dob(r, 1950, 1990);
    const [z, a] = na();
    const dx = DIAG[k];
    const dr = nj();
    add(
      `claim-${k}`,
      k % 2 ? 'pdf_text_ja' : 'insurance_claim_ja',
      k % 2
        ? `入院・手術証明書（診断書）
患者氏名 ${PN(full(p))}　性別 ${r.pick(['男', '女'])}
生年月日 ${DOB(fd(b, 2))}
${SEN(`傷病名 ${dx[0]}`)}
発病日 2025年${r.int(1, 12)}月${r.int(1, 28)}日
入院期間 2025年11月${r.int(1, 9)}日～（${dx[2]}間）
${SEN(`手術名 ${dx[1]}`)}
上記のとおり証明します。
医療法人社団 緑風会 みどり総合病院
医師 ${PN(full(dr))}`
        : `保険金・給付金 請求受付（コールセンター入力）
証券番号 ${r.pick(['L', 'M'])}${r.digits(10)}　受付番号 ${r.digits(12)}
被保険者：${PN(full(p))}（${PN(kana(p))}）　${DOB(fd(b, k))}生
請求内容：入院給付金・手術給付金
${SEN(`病名：${dx[0]}`)}／${SEN(`手術：${dx[1]}`)}／入院 ${dx[2]}
受取口座：${bank()} ${br()} 普通 ${BA(acct(r))}
書類送付先：〒${ZIP(z)} ${AD(a)}
連絡先：${PH(jpMob(r))}　受付者 ${PN(staff().sei)}`,
    );
  }
  {
    const p = nj();
    const b = dob(r, 1970, 1998);
    add(
      'kokuchi-0',
      'form_ja',
      `告知書（医療保険）
被保険者氏名　${PN(full(p))}　生年月日　${DOB(fd(b, 0))}
1. 最近3か月以内に医師の診察・検査・治療・投薬を受けたことがありますか　はい → ${SEN('逆流性食道炎でタケキャブ服用中')}
2. 過去5年以内に病気やけがで7日以上の入院または手術をしたことがありますか　はい → ${SEN('2022年 子宮筋腫で腹腔鏡下手術（入院6日）')}
3. 過去2年以内に健康診断で異常を指摘されたことがありますか　いいえ
4. 身体に障害がありますか　いいえ
告知日　2026年2月${r.int(1, 28)}日　募集人　${PN(full(staff()))}`,
    );
    const q = nj();
    add(
      'kokuchi-1',
      'web_form_ja',
      `{"applicant":{"name":"${PN(full(q))}","kana":"${PN(kana(q))}","birth":"${DOB(`${dob(r, 1960, 1995).y}-0${r.int(1, 9)}-1${r.int(0, 9)}`)}"},"declaration":[{"q":"3か月以内の通院","a":true,"detail":"${SEN('2型糖尿病 メトホルミン内服、HbA1c 7.2')}"},{"q":"5年以内の入院・手術","a":false,"detail":""},{"q":"がん・心疾患の既往","a":false}],"agent_code":"A${r.digits(6)}"}`,
    );
    const c = nj();
    const nb = { ...nj(), sei: c.sei, seiK: c.seiK, seiR: c.seiR };
    add(
      'uketori-0',
      'form_ja',
      `死亡保険金受取人 変更請求書
証券番号　${r.digits(11)}
契約者　${PN(full(c))}　（${PN(hwKana(kana(c)))}）
変更前受取人　${PN(full({ ...nj(), sei: c.sei }))}（元配偶者）※離婚のため
変更後受取人　${PN(full(nb))}（子）　生年月日 ${DOB(fd(dob(r, 1995, 2008), 6))}
受取割合　100%
契約者電話　${PH(jpMob(r, '‐'))}
契約者住所　${AD(na()[1])}`,
    );
    const d = nj();
    add(
      'kashitsuke-0',
      'email_ja',
      `件名：契約者貸付のお手続き完了のお知らせ

${PN(full(d))} 様

ご請求いただいた契約者貸付（証券番号 ${r.digits(10)}）のお手続きが完了しました。
貸付金額：${yen(r.int(30, 200) * 10000)}円　貸付利率：年3.00%
お振込先：${bank()} ${br()} 普通預金 ${BA(acct(r))}（${PN(kana(d))} 様）

ご不明点は担当 ${PN(full(staff()))}（直通 ${PH(fixed(r))}）までお問い合わせください。
みどり生命保険株式会社 お客さまサービスセンター`,
    );
    const e = old();
    add(
      'claim-death-0',
      'insurance_claim_ja',
      `死亡保険金 請求書類チェックリスト
被保険者（故人）：${PN(full(e))}　${DOB(fd(dob(r, 1935, 1950), 2))}生
${SEN('死因：誤嚥性肺炎（死亡診断書より）')}
請求者：${PN(full({ ...nj(), sei: e.sei }))}（長女）　住所 ${AD(na()[1])}　電話 ${PH(fixed(r))}
□ 死亡診断書（原本）　☑ 請求者の戸籍抄本　☑ 請求者の印鑑証明書
${SEN(`本籍：${r.pick(HONSEKI)}`)}（戸籍抄本より転記）`,
    );
  }

  // =============================================================================================================
  // D. 介護: ケアプラン, 要介護認定, 訪問介護記録, 主治医意見書, 施設入居申込, 生活保護, 13
  const CARE_SEN = ['要介護2', '要介護3', '要支援2', '要介護4', '要介護1', '要介護5'];
  const CARE_DX = ['アルツハイマー型認知症', '脳梗塞後遺症（左片麻痺）', 'パーキンソン病', '慢性心不全', '変形性膝関節症', '糖尿病性腎症（人工透析 週3回）'];
  for (let k = 0; k < 6; k++) {
    const u = old();
    const fam = { ...nj(), sei: u.sei, seiK: u.seiK, seiR: u.seiR };
    const cm = nj();
    const b = dob(r, 1930, 1948);
    const [z, a] = na();
    if (k % 3 === 0)
      add(
        `care-plan-${k}`,
        'care_ja',
        `居宅サービス計画書（1）
利用者名　${PN(full(u))}　殿　　生年月日　${DOB(fd(b, 2))}
住所　${AD(a)}
介護保険被保険者番号　${r.digits(10)}
${SEN(`要介護状態区分　${CARE_SEN[k]}`)}
認定の有効期間　令和8年1月1日～令和9年12月31日
利用者及び家族の意向：本人「できるだけ自宅で暮らしたい」。長男の${PN(fam.mei)}さん「日中独りになるのが心配」。
${SEN(`主な疾患：${CARE_DX[k]}`)}
総合的な援助の方針：通所介護 週2回、訪問介護 週3回（入浴・買物）
居宅介護支援事業者：ひだまりケアプランセンター　介護支援専門員　${PN(full(cm))}　TEL ${PH(fixed(r))}`,
      );
    else if (k % 3 === 1)
      add(
        `care-visit-${k}`,
        'care_ja',
        `訪問介護 サービス提供記録　${2026}/02/${p2(r.int(1, 28))}
利用者：${PN(u.sei)}様（${PN(hwKana(kana(u)))}）
訪問時間 9:30～10:30　ヘルパー ${PN(full(cm))}
バイタル：体温36.5℃　${SEN(`血圧 ${r.int(150, 175)}/${r.int(88, 102)}（高め）`)}
状況：${SEN(`${CARE_DX[k]}のため`)}立ち上がりに介助必要。服薬確認済（${SEN('ドネペジル、アムロジピン')}）。
家族連絡：次女 ${PN(full(fam))}様 ${PH(jpMob(r))} に様子をLINEで報告。
特記：冷蔵庫に賞味期限切れの食品多数、処分の同意を得た。`,
      );
    else
      add(
        `care-intake-${k}`,
        'form_ja',
        `特別養護老人ホーム 入所申込書
申込者（本人）　${PN(full(u, '　'))}　（${PN(hira(kana(u)))}）
生年月日　${DOB(fd(b, 7))}
現住所　〒${ZIP(z)}　${AD(a)}
${SEN(`要介護度　${CARE_SEN[k]}`)}（認定日 令和7年${r.int(1, 12)}月）
${SEN('障害高齢者の日常生活自立度 B2、認知症高齢者の日常生活自立度 IIIa')}
健康保険　後期高齢者医療　被保険者番号 ${INS(r.digits(8))}
緊急連絡先①　${PN(full(fam))}（長男）　${PH(jpMob(r))}　${AD(na()[1])}
緊急連絡先②　${PN(full(nj()))}（姪）　${PH(fixed(r))}
${k === 5 ? `経済状況：${SEN('生活保護受給中')}（担当ケースワーカー：市福祉事務所 ${PN(nj().sei)}）` : '経済状況：年金収入のみ（月額 約14万円）'}`,
      );
  }
  {
    const u = old();
    const dr = nj();
    add(
      'care-iken-0',
      'pdf_text_ja',
      `主治医意見書
申請者 ${PN(full(u))}　（ふりがな ${PN(hira(kana(u)))}）
生年月日 ${DOB(fd(dob(r, 1930, 1945), 2))}
住所 ${AD(na()[1])}
1. 傷病に関する意見
(1) ${SEN('診断名 1. 血管性認知症　2. 高血圧症　3. 骨粗鬆症')}
(2) 症状としての安定性 不安定
(3) ${SEN(`生活機能低下の直接の原因となっている傷病の経過：
令和6年に脳梗塞を発症、その後、記銘力障害が進行`)}
2. 特別な医療 なし
医師氏名 ${PN(full(dr))}　医療機関名 たちばな内科クリニック　電話 ${PH(fixed(r))}`,
    );
    const v = old();
    const s = nj();
    add(
      'care-seiho-0',
      'memo_ja',
      `ケース記録（${r.pick(['南区', '西区', '中央区'])}福祉事務所 → 地域包括支援センター 共有）
対象者：${PN(full(v))}（${2026 - r.int(1935, 1945)}歳、独居）
${SEN('生活保護（生活扶助・住宅扶助）受給')}、${SEN('介護扶助により要介護1のサービス利用')}。
住所：${AD(na()[1])}（市営住宅）
電話は固定のみ ${PH(fixed(r))}。
本日訪問。室温12℃、暖房未使用。民生委員 ${PN(full(s))} さんと見守り強化を確認。`,
    );
    const w = old();
    const fam = { ...nj(), sei: w.sei };
    add(
      'care-line-0',
      'chat_ja',
      `[LINE] ${PN(fam.mei)}（長女）とデイサービス連絡帳
10:02 ひまわりデイ ${PN(nj().sei)}: 本日お母様、${SEN('微熱37.6℃')}がありましたので入浴は清拭に変更しました。
10:05 ${PN(fam.mei)}: ありがとうございます。${SEN('昨日から咳が出ていました')}
10:06 ${PN(fam.mei)}: 夕方迎えに行きます。かかりつけの${PN('高橋')}先生に電話してみます
10:30 ひまわりデイ ${PN(nj().sei)}: 承知しました。お迎えの際、お薬手帳もお返しします。`,
    );
    const o = old();
    add(
      'care-csv-0',
      'csv_ja',
      `利用者ID,氏名,フリガナ,生年月日,要介護度,緊急連絡先,電話
${Array.from({ length: 5 }, (_, i) => {
  const u2 = i === 0 ? o : old();
  const f2 = { ...nj(), sei: u2.sei };
  return `U${r.digits(5)},${PN(full(u2))},${PN(kana(u2))},${DOB(fd(dob(r, 1928, 1947), 1))},${SEN(CARE_SEN[i])},${PN(full(f2))},${PH(jpMob(r))}`;
}).join('\n')}`,
    );
  }

  // =============================================================================================================
  // E. Schools / 保護者, 9
  for (let k = 0; k < 3; k++) {
    const pa = nj();
    const c = kid(pa);
    const [z, a] = na();
    const b = dob(r, 2013, 2019);
    add(
      `school-gansho-${k}`,
      'school_ja',
      `令和9年度 入学願書（私立みなと学園小学校）
志願者氏名　${PN(full(c, '　'))}　　ふりがな　${PN(hira(kana(c, '　')))}
生年月日　${DOB(fd(b, k === 1 ? 7 : 0))}
現住所　〒${ZIP(z)}　${AD(a)}
保護者氏名　${PN(full(pa, '　'))}　続柄　${r.pick(['父', '母'])}
電話（自宅）${PH(fixed(r))}　（携帯）${PH(jpMob(r))}
保護者メール　${EM(mailOf(pa))}
在籍園　ひかり幼稚園（年長）
${k === 2 ? `健康状態：${SEN('気管支喘息（吸入薬使用、年1〜2回発作）')}` : '健康状態：特記事項なし'}`,
    );
  }
  {
    const rows: string[] = [];
    for (let i = 0; i < 6; i++) {
      const pa = nj();
      const c = kid(pa);
      rows.push(`${i + 1}\t${PN(full(c))}\t${PN(full(pa))}\t${PH(i % 2 ? jpMob(r) : jpMob(r, ''))}\t${i === 3 ? '緊急時のみ' : '可'}`);
    }
    add('school-renraku-0', 'excel_tsv_ja', `3年2組 保護者連絡網（取扱注意・クラス内のみ）\n出席番号\t児童名\t保護者名\t連絡先\t備考\n${rows.join('\n')}\n次の人へ回したら、最後の人は担任 ${PN(full(nj()))} まで折り返し連絡してください。`);
  }
  {
    const pa = nj();
    const c = kid(pa);
    const c2 = kid(pa);
    add(
      'school-shugaku-0',
      'form_ja',
      `就学援助費 受給申請書
申請者（保護者）氏名　${PN(full(pa))}　個人番号　${MN(myNo(r, ' '))}
住所　${AD(na()[1])}　電話　${PH(jpMob(r))}
児童生徒氏名　①${PN(full(c))}（${DOB(fd(dob(r, 2012, 2016), 1))}生、中央小4年）　②${PN(c2.mei)}（${DOB(fd(dob(r, 2016, 2019), 1))}生、中央小1年）
申請理由　□生活保護の停止・廃止　☑児童扶養手当受給　□市民税非課税
振込先　${bank()} ${br()} 普通 ${BA(acct(r))} 名義 ${PN(kana(pa))}`,
    );
    const pb = nj();
    const cb = kid(pb);
    add(
      'school-allergy-0',
      'survey_ja',
      `食物アレルギー・既往症 調査票（学校給食）
児童氏名：${PN(full(cb))}（${r.int(1, 6)}年${r.int(1, 4)}組）
${SEN('アレルギー：卵、乳（アナフィラキシー既往あり、エピペン所持）')}
${SEN('既往症：川崎病（5歳時、現在は経過観察のみ）')}
主治医：${PN(full(nj()))}（こども医療センター）
保護者：${PN(full(pb))}　緊急連絡先 ${PH(jpMob(r))}`,
    );
    const pc = nj();
    const cc = kid(pc);
    add(
      'school-yoroku-0',
      'school_ja',
      `指導要録（抄本）
氏名 ${PN(full(cc))}　性別 ${r.pick(['男', '女'])}　生年月日 ${DOB(era(dob(r, 2011, 2014)))}
現住所 ${AD(na()[1])}
保護者 ${PN(full(pc))}
学籍の記録：令和${r.int(2, 4)}年4月1日 第1学年入学
${SEN('特別支援学級（自閉症・情緒障害）在籍、通級による指導を週2時間')}
総合所見：図鑑を使った調べ学習に意欲的。学級担任 ${PN(full(nj()))}`,
    );
    const pd = nj();
    const cd = kid(pd);
    add(
      'school-mail-0',
      'email_ja',
      `件名：欠席連絡（${r.int(1, 6)}年${r.int(1, 3)}組 ${PN(full(cd))}）
差出人：${PN(full(pd))} <${EM(mailOf(pd))}>

担任の${PN(nj().sei)}先生
いつもお世話になっております。本日、${PN(cd.mei)}は${SEN('インフルエンザA型と診断された')}ため欠席します。
登校許可が出ましたらまたご連絡します。
${PN(full(pd))}`,
    );
  }

  // =============================================================================================================
  // F. Developer-facing: JSON bodies, logs, SQL, CSV, stack traces, webhooks, YAML, 22
  for (let k = 0; k < 4; k++) {
    const p = nj();
    const b = dob(r, 1955, 2000);
    const [z, a] = na();
    const pretty = k % 2 === 0;
    const escd = k === 1 || k === 2;
    const nm = escd ? esc(full(p)) : full(p);
    const kn = escd ? esc(kana(p)) : kana(p);
    const body = [
      `"customer_id": "C${r.digits(8)}"`,
      `"name": "${PN(nm)}"`,
      `"name_kana": "${PN(kn)}"`,
      `"birth_date": "${DOB(fd(b, 4))}"`,
      `"postal_code": "${ZIP(z)}"`,
      `"address": "${AD(escd ? esc(a) : a)}"`,
      `"tel": "${PH(jpMob(r, k === 3 ? '' : '-'))}"`,
      `"email": "${EM(mailOf(p))}"`,
      `"bank": {"bank_code": "0${r.digits(3)}", "branch_code": "${r.digits(3)}", "account_type": "ordinary", "account_number": "${BA(acct(r))}"}`,
      `"risk_score": 0.${r.digits(3)}`,
      `"created_at": "2026-02-${p2(r.int(1, 28))}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}+09:00"`,
    ];
    add(
      `api-json-${k}`,
      pretty ? 'json_pretty' : 'json_min',
      `${k < 2 ? 'POST /api/v2/onboarding/customers HTTP/1.1\nContent-Type: application/json\n\n' : 'HTTP/1.1 200 OK\ncontent-type: application/json; charset=utf-8\n\n'}${pretty ? `{\n  ${body.join(',\n  ')}\n}` : `{${body.join(',')}}`}`,
    );
  }
  {
    const p = nj();
    const q = nj();
    add(
      'api-json-4',
      'json_pretty',
      `// response of GET /internal/inheritance/cases/SZ-${r.digits(7)}
{
  "case_status": "documents_pending",
  "decedent": { "name": "${PN(full(p))}", "date_of_birth": "${DOB(fd(dob(r, 1930, 1948), 4))}", "date_of_death": "2025-12-${p2(r.int(1, 28))}", "domicile": "${SEN(r.pick(HONSEKI))}" },
  "heirs": [
    { "name": "${PN(full({ ...q, sei: p.sei }))}", "relation": "child", "phone": "${PH(`+81${jpMob(r, '').slice(1)}`)}", "my_number": "${MN(myNo(r, ''))}" },
    { "name": "${PN(full({ ...nj(), sei: p.sei }))}", "relation": "child", "phone": null, "my_number": null }
  ],
  "accounts": ["${BA(acct(r))}", "${BA(acct(r))}"]
}`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const lines: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = nj();
      const ip = `${r.pick(['10.12', '172.16', '192.168'])}.${r.int(0, 255)}.${r.int(1, 254)}`;
      const ts = `2026-02-1${k}T0${i}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`;
      if (k === 0) lines.push(`${ts} INFO  [auth] login ok user=${EM(mailOf(p))} ip=${ip} session=${r.digits(8)}abc${r.digits(4)}`);
      else if (k === 1) lines.push(`${ip} - - [1${k}/Feb/2026:0${i}:${r.int(10, 59)}:${r.int(10, 59)} +0900] "GET /api/customers/search?tel=${PH(jpMob(r, ''))}&branch=${r.digits(3)} HTTP/1.1" 200 ${r.int(300, 9000)}`);
      else if (k === 2) lines.push(`${ts} WARN  sms-gateway: delivery failed to=${PH(`+81${jpMob(r, '').slice(1)}`)} code=${r.pick(['E302', 'E110', 'E451'])} retry=${r.int(1, 3)}`);
      else lines.push(`{"level":"info","ts":"${ts}","msg":"kyc.verified","customer":{"name":"${PN(full(p))}","dl_no":"${DL(dlNo(r))}"},"ip":"${ip}","req_id":"${r.digits(6)}-${r.digits(4)}"}`);
    }
    add(`log-${k}`, 'server_log', lines.join('\n'));
  }
  {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nj();
      const [z, a] = na();
      rows.push(`(${1040 + i}, '${PN(full(p))}', '${PN(kana(p))}', '${DOB(fd(dob(r, 1950, 2000), 4))}', '${ZIP(z)}', '${AD(a)}', '${PH(fixed(r))}', '${BA(acct(r))}', NOW())`);
    }
    add('sql-0', 'sql_dump', `-- mysqldump 8.0.36  Host: db-branch-02  Database: crm_prod\nINSERT INTO \`customers\` (\`id\`, \`name\`, \`kana\`, \`birthday\`, \`zip\`, \`address\`, \`tel\`, \`account_no\`, \`updated_at\`) VALUES\n${rows.join(',\n')};`);
    const rows2: string[] = [];
    for (let i = 0; i < 3; i++) {
      const p = ne();
      rows2.push(`INSERT INTO applicants VALUES (${r.digits(5)}, '${PN(`${p[0]} ${p[1]}`)}', '${SSN(ssn(r))}', '${EM(`${lc(p[0])}.${lc(p[1])}@${r.pick(['gmail.com', 'outlook.com', 'proton.me'])}`)}', '${CC(cardRaw(r, (['V', 'M2', 'A'] as Brand[])[i]))}', '2026-01-${p2(r.int(1, 28))}');`);
    }
    add('sql-1', 'sql_dump', `BEGIN;\n${rows2.join('\n')}\nCOMMIT;\n-- restore from prod snapshot 2026-01-31 (DO NOT share)`);
  }
  for (let k = 0; k < 3; k++) {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nj();
      if (k === 0) rows.push(`${r.digits(9)},${PN(full(p))},${PN(kana(p))},${PH(jpMob(r))},${EM(mailOf(p))},${r.pick(['住宅ローン', 'NISA', '定期預金', '投資信託'])}`);
      else if (k === 1) rows.push(`"${PN(roma(p))}","${DOB(fd(dob(r, 1950, 2000), 4))}","${PN(full(p))}","${MN(myNo(r, ''))}","${r.pick(['NISA', 'iDeCo', 'specific'])}"`);
      else rows.push(`${PN(full(p))}\t${BA(acct(r))}\t${r.digits(3)}\t${PN(hwKana(kana(p)))}\t${yen(r.int(10, 500) * 1000)}`);
    }
    const head = k === 0 ? '顧客番号,氏名,カナ,携帯電話,メールアドレス,関心商品' : k === 1 ? '"name_roman","dob","name_kanji","individual_number","account_type"' : '受取人名\t口座番号\t支店番号\t受取人名カナ\t振込金額';
    add(`csv-${k}`, k === 2 ? 'tsv_ja' : 'csv_export', `${head}\n${rows.join('\n')}`);
  }
  {
    const p = nj();
    add(
      'trace-0',
      'stack_trace',
      `ERROR 2026-02-14 03:12:55 [batch-transfer] com.hikaribank.zengin.ZenginFormatException: invalid kana in beneficiary name
  record#: 118 value="${PN(hwKana(kana(p)))}" account="${BA(acct(r))}"
\tat com.hikaribank.zengin.RecordWriter.writeData(RecordWriter.java:214)
\tat com.hikaribank.zengin.BatchJob.run(BatchJob.java:88)
\tat java.base/java.lang.Thread.run(Thread.java:1583)
Caused by: java.lang.IllegalArgumentException: char 'ヴ' not allowed in 全銀 format`,
    );
    const q = nj();
    add(
      'trace-1',
      'stack_trace',
      `Traceback (most recent call last):
  File "/srv/app/claims/ocr_import.py", line 77, in parse_row
    dob = datetime.strptime(row["birth"], "%Y/%m/%d")
ValueError: time data '${DOB(fw(`${dob(r, 1950, 1990).y}/0${r.int(1, 9)}/1${r.int(0, 9)}`))}' does not match format '%Y/%m/%d'
row = {'insured': '${PN(full(q))}', 'birth': '…', 'diagnosis': '${SEN(r.pick(['胃潰瘍', '腰椎椎間板ヘルニア', '甲状腺機能亢進症']))}', 'tel': '${PH(fixed(r))}'}`,
    );
    const w = ne();
    add(
      'webhook-0',
      'webhook_json',
      `POST /webhooks/payments HTTP/1.1
X-Signature: t=${r.digits(10)},v1=${r.digits(16)}

{"type":"payment_intent.failed","data":{"object":{"amount":${r.int(1000, 90000)},"currency":"jpy","billing_details":{"name":"${PN(`${w[0]} ${w[1]}`)}","email":"${EM(`${lc(w[0])}${r.int(1, 99)}@${r.pick(['gmail.com', 'yahoo.com'])}`)}","phone":"${PH(`+1 ${r.int(201, 989)}-${r.int(201, 989)}-${r.digits(4)}`)}","address":{"line1":"${AD(US_ADDR[0].split(',')[0])}","city":"Columbus","postal_code":"43215"}},"payment_method_details":{"card":{"brand":"visa","last4":"${r.digits(4)}","exp_month":${r.int(1, 12)},"exp_year":2029}}}}}`,
    );
    const s = nj();
    add(
      'yaml-0',
      'yaml_config',
      `# staging seed data — copied from a real complaint ticket, please anonymise!
complaint:
  id: CMP-${r.digits(6)}
  customer:
    name: ${PN(full(s))}
    kana: ${PN(kana(s))}
    phone: "${PH(jpMob(r))}"
    email: ${EM(mailOf(s))}
  summary: ATMでカードが戻らなかった件
  assigned_to: ${PN(staff().sei)}
retry:
  max: 3
  backoff_ms: 1500`,
    );
    const t = nj();
    add(
      'api-form-0',
      'urlencoded',
      `POST /loan/simulate HTTP/1.1
Content-Type: application/x-www-form-urlencoded

amount=30000000&years=35&rate=0.475&name=${PN(`${t.meiR}+${t.seiR}`)}&email=${EM(mailOf(t).replace('@', '%40'))}&tel=${PH(jpMob(r, ''))}&agree=1`,
    );
  }

  // =============================================================================================================
  // G. English: KYC notes, mortgage applications, insurance claims, elder care, school forms, payments, 26
  for (let k = 0; k < 5; k++) {
    const p = ne();
    const b = dob(r, 1950, 2000);
    const nm = `${p[0]} ${p[1]}`;
    const addr = k < 3 ? US_ADDR[k] : UK_ADDR[k - 3];
    add(
      `en-kyc-${k}`,
      'kyc_note_en',
      k < 3
        ? `KYC review — new checking account (branch 0${r.int(10, 99)}, Ohio region)
Customer: ${PN(nm)}   DOB: ${DOB(usD(b))}
SSN: ${SSN(ssn(r, k === 1 ? ' ' : '-'))}   ID: state driver license (verified, exp 2030)
Residential address: ${AD(addr)}
Phone: ${PH(`(${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`)}   Email: ${EM(`${lc(p[0])}${lc(p[1])}@${r.pick(['gmail.com', 'aol.com', 'icloud.com'])}`)}
Source of funds: salary (nurse, ${r.pick(['OhioHealth', 'Mercy Hospital'])}); expected monthly deposits ~$${r.int(3, 9)},${r.digits(3)}
OFAC / sanctions screening: no match. PEP: no.
${k === 2 ? `Note: customer disclosed ${SEN('a prior conviction for check fraud (2014)')}; escalated to BSA officer per policy.` : 'Risk rating: low.'}
Reviewed by ${PN(`${ne()[0]} ${ne()[1]}`)}`
        : `Customer due diligence — UK current account
Name: ${PN(nm.toUpperCase())}
Date of birth: ${DOB(ukD(b))}
Address: ${AD(addr)}
Mobile: ${PH(`07${r.int(400, 999)} ${r.digits(6)}`)}
Previous account to be closed: ${IB(iban('GB', `${r.pick(['NWBK', 'BARC', 'LOYD'])}${r.digits(6)}${r.digits(8)}`))}
Vulnerability flag: ${k === 4 ? SEN('customer has dementia (diagnosed 2024); power of attorney held by daughter') : 'none recorded'}
Checked by ${PN(ne()[0])} (Leeds contact centre)`,
    );
  }
  for (let k = 0; k < 3; k++) {
    const p = ne();
    const q = ne();
    const b = dob(r, 1970, 1995);
    add(
      `en-mortgage-${k}`,
      'mortgage_en',
      `UNIFORM RESIDENTIAL LOAN APPLICATION (excerpt)
Section 1a. Personal Information
Name (First, Middle, Last): ${PN(`${p[0]} ${r.pick(['A.', 'J.', 'Lee'])} ${p[1]}`)}
Social Security Number: ${SSN(ssn(r, k === 2 ? '' : '-'))}
Date of Birth (mm/dd/yyyy): ${DOB(usD(b))}
Co-borrower: ${PN(`${q[0]} ${p[1]}`)}
Current Address: ${AD(US_ADDR[(k + 2) % US_ADDR.length])}
Home Phone: ${PH(`${r.int(201, 989)}.${r.int(201, 989)}.${r.digits(4)}`)}   Email: ${EM(`${lc(p[1])}.family@${r.pick(['gmail.com', 'comcast.net'])}`)}
Loan amount: $${r.int(250, 720)},000   Term: 30 yr fixed   Rate lock: 6.125%
Loan officer: ${PN(`${ne()[0]} ${ne()[1]}`)}  NMLS #${r.digits(6)}`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const p = ne();
    const b = dob(r, 1948, 1990);
    add(
      `en-claim-${k}`,
      'insurance_claim_en',
      k % 2 === 0
        ? `Claim intake — accident & health (AU)
Policyholder: ${PN(`${p[0]} ${p[1]}`)}   DOB ${DOB(enD(b))}
Address: ${AD(AU_ADDR[k % 3])}
Mobile: ${PH(`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}
Claim: ${SEN(k === 0 ? 'fractured left wrist, surgery (ORIF) at Royal Prince Alfred on 3 Feb 2026' : 'hospitalised 6 days with pneumonia; history of COPD')}
Payment to: BSB ${r.digits(3)}-${r.digits(3)} Acc ${r.digits(8)}
Handler: ${PN(ne()[0])}`
        : `From: ${PN(`${p[0]} ${p[1]}`)} <${EM(`${lc(p[0])}.${lc(p[1])}@${r.pick(['btinternet.com', 'gmail.com'])}`)}>
Subject: Re: Claim ${r.pick(['HC', 'TR'])}-${r.digits(7)} — missing documents

Hi ${PN(ne()[0])},

Attached is the consultant's letter. It confirms ${SEN('I was treated for a detached retina in my right eye')} in January.
Please pay the refund to ${IB(iban('GB', `MONZ${r.digits(6)}${r.digits(8)}`))}.

Thanks,
${PN(p[0])}

> On Tue, 10 Feb 2026, Claims Team wrote:
> We still need a medical report and your bank details to complete claim ${r.digits(7)}.`,
    );
  }
  for (let k = 0; k < 3; k++) {
    const p = ne();
    const s = ne();
    add(
      `en-care-${k}`,
      'care_en',
      `Home care visit note — ${r.pick(['Tuesday', 'Thursday', 'Saturday'])} ${r.int(1, 28)} Feb 2026
Client: ${PN(`${p[0]} ${p[1]}`)} (age ${r.int(78, 94)})
Address: ${AD(k === 0 ? UK_ADDR[2] : AU_ADDR[k])}
Carer: ${PN(`${s[0]} ${s[1]}`)}
${SEN(k === 1 ? 'Type 2 diabetes, insulin twice daily' : 'Post-stroke left-side weakness; uses a walking frame')}. Medication prompted and taken.
Mood: chatty, asked about her son ${PN(ne()[0])} (NOK, ${PH(k === 0 ? `07${r.int(400, 999)} ${r.digits(6)}` : `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}).
Next visit: 08:00 tomorrow.`,
    );
  }
  for (let k = 0; k < 2; k++) {
    const p = ne();
    const c = ne();
    add(
      `en-school-${k}`,
      'school_en',
      `${k === 0 ? 'Lincoln Elementary — Student Enrollment Form' : 'St Aidan\u2019s Primary — Medical & Emergency Contact Form'}
Student: ${PN(`${c[0]} ${p[1]}`)}   Date of birth: ${DOB(k === 0 ? usD(dob(r, 2014, 2020)) : ukD(dob(r, 2014, 2020)))}
Parent/guardian: ${PN(`${p[0]} ${p[1]}`)}   Cell: ${PH(k === 0 ? `(${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}` : `07${r.int(400, 999)} ${r.digits(6)}`)}
Email: ${EM(`${lc(p[0])}${lc(p[1])}${r.int(1, 99)}@${r.pick(['gmail.com', 'hotmail.com'])}`)}
Home address: ${AD(k === 0 ? US_ADDR[4] : UK_ADDR[1])}
Medical conditions / allergies: ${SEN(k === 0 ? 'peanut allergy (EpiPen in office)' : 'ADHD, takes methylphenidate at lunchtime')}
Doctor: Dr. ${PN(ne()[1])}`,
    );
  }
  for (let k = 0; k < 6; k++) {
    const p = ne();
    const brand = (['M2', 'J', 'A', 'D', 'V', 'M'] as Brand[])[k];
    const raw = cardRaw(r, brand);
    const shown = brand === 'A' ? amexFmt(raw) : k === 4 ? grp4(raw, '-') : k === 5 ? raw : grp4(raw);
    add(
      `en-pay-${k}`,
      k % 2 ? 'chat_en' : 'payment_en',
      k % 2
        ? `[Teams] ${PN(p[0])} ${p2(r.int(8, 18))}:${r.int(10, 59)}
can you update the premium card on file for policy ${r.digits(9)}? customer read it to me on the phone
${CC(shown)} exp ${p2(r.int(1, 12))}/${r.int(27, 31)}  name on card ${PN(`${ne()[0]} ${ne()[1]}`.toUpperCase())}
[Teams] ${PN(ne()[0])} ${p2(r.int(8, 18))}:${r.int(10, 59)}
please don't paste card numbers in chat, use the secure form. deleting in 5 min`
        : `Recurring payment mandate — elder care fees
Resident: ${PN(`${p[0]} ${p[1]}`)}
Payer: ${PN(`${ne()[0]} ${p[1]}`)}   Phone ${PH(`+44 7${r.int(400, 999)} ${r.digits(6)}`)}
Card number: ${CC(shown)}   Expiry ${p2(r.int(1, 12))}/${r.int(27, 31)}
Amount: £${r.int(900, 4200)}.00 monthly on the 1st. Previous card ending ${r.digits(4)} removed.`,
    );
  }
  {
    const p = ne();
    add(
      'en-iban-0',
      'payment_en',
      `SEPA transfer instruction (inheritance distribution)
Beneficiary: ${PN(`${p[0]} ${p[1]}`)}
IBAN: ${IB(iban('DE', `${r.digits(8)}${r.digits(10)}`))}
BIC: COBADEFFXXX
Beneficiary 2: ${PN(`${ne()[0]} ${p[1]}`)}
IBAN: ${IB(iban('FR', `${r.digits(10)}${r.pick(['A', 'B', 'C'])}${r.digits(10)}`, false))}
Reference: ESTATE ${r.digits(6)} / share 50%`,
    );
    const q = ne();
    add(
      'en-w9-0',
      'form_en',
      `Form W-9 (Rev. March 2024) — scanned
1 Name (as shown on your income tax return)
${PN(`${q[0]} ${q[1]}`.toUpperCase())}
5 Address (number, street, and apt. or suite no.)
${AD(US_ADDR[3].split(', ')[0])}
6 City, state, and ZIP code
${AD(US_ADDR[3].split(', ').slice(1).join(', '))}
Part I Taxpayer Identification Number
Social security number
${SSN(`${ssn(r, ' ').replace(/ /g, ' | ')}`)}`,
    );
  }

  // =============================================================================================================
  // H. Forms people really write: OCR, PDF text, quoted mail, LINE / Teams, Excel TSV, 22
  const DASHES = ['ー', '−', '‐', '‑', '–', '—', '―'];
  for (let k = 0; k < 7; k++) {
    const p = nj();
    const dsh = DASHES[k];
    const [z, a] = na();
    const m = jpMob(r, dsh);
    const split = k === 3;
    add(
      `ocr-${k}`,
      'ocr_ja',
      `${r.pick(['住所変更届', '届出事項変更届', '各種変更依頼書'])}（スキャン取込 ${p2(r.int(1, 28))}枚目）
お名前 ${PN(k % 2 ? `${p.sei}　${p.mei}` : `${p.sei}${p.mei}`)}　ﾌﾘｶﾞﾅ ${PN(hwKana(kana(p)))}
新住所 〒${ZIP(['ー', '−', '‐', '―'].includes(dsh) ? z.replace('-', dsh) : z)}
${AD(a.replace(/-/g, dsh))}
新電話番号 ${PH(split ? `${m.slice(0, 8)}\n${m.slice(8)}` : m)}
${k === 5 ? `口座番号 ${BA(`${acct(r).slice(0, 3)} ${r.digits(4)}`)}` : `旧住所 ${AD(na()[1])}`}
届出印 照合済 ${PN(staff().sei)}`,
    );
  }
  for (let k = 0; k < 3; k++) {
    const p = nj();
    const b = dob(r, 1950, 1990);
    const mnv = myNo(r, '');
    add(
      `pdf-${k}`,
      'pdf_text_ja',
      k === 0
        ? `令和7年分 給与所得者の扶養控除等（異動）申告書
主たる給与から控除を受ける
あなたの氏名 ${PN(full(p))} あなたの個人番号 ${MN(`${mnv.slice(0, 6)}\n${mnv.slice(6)}`)}
あなたの生年月日 ${DOB(fd(b, 2))}
あなたの住所 ${AD(na()[1])}
控除対象配偶者 ${PN(full({ ...nj(), sei: p.sei }))}
個人番号 ${MN(myNo(r, ' '))}
${SEN('障害者 □一般 ☑特別（身体障害者手帳1級）')}`
        : k === 1
          ? `年金振込通知書
基礎年金番号 ${PEN(pension(r))}
年金コード 1150
${PN(full(p))} 様
お振込先 ${bank()}
${br()} 普通 ${BA(acct(r))}
各支払期の支払額 ${yen(r.int(100, 300) * 1000)}円`
          : `ねんきん定期便（50歳以上）
照会番号 ${r.digits(4)}-${r.digits(6)}-${r.digits(3)}
${PN(full(p))} 様（${DOB(fd(b, 0))}生）
基礎年金番号 ${PEN(fw(pension(r)))}
〒${ZIP(na()[0])}
${AD(na()[1])}
老齢基礎年金 見込額 ${yen(r.int(600, 800) * 1000)}円`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const p = nj();
    const st = staff();
    add(
      `mail-${k}`,
      'email_ja',
      k % 2 === 0
        ? `件名：Re: Re: 住宅ローン 必要書類について
${PN(full(st))} 様

お世話になります。${PN(p.sei)}です。
源泉徴収票と運転免許証の画像を添付しました。免許証番号は ${DL(dlNo(r))} です。
妻の分（${PN(full({ ...nj(), sei: p.sei }))}）は明日送ります。

${PN(full(p))}
${PH(jpMob(r))}

-----Original Message-----
From: ${PN(full(st))} <${EM(`${lc(st.seiR)}.${lc(st.meiR)}@${r.pick(['midori-bank.co.jp', 'sakuradai-bk.jp'])}`)}>
> ${PN(p.sei)}様
> 本審査に必要な書類は以下のとおりです。
> ・源泉徴収票（直近2年分）　・本人確認書類　・健康保険証
> ${PN(full(st))}`
        : `件名：転送：【要対応】相続預金の払戻し
---------- Forwarded message ---------
From: ${EM(mailOf(p))}
Date: 2026年2月${r.int(1, 28)}日(${r.pick(['月', '火', '水'])}) 9:${r.int(10, 59)}
Subject: 相続預金の払戻し

${bank()} ご担当者様
亡くなった親 ${PN(full(old()))} の預金（普通 ${BA(acct(r))}）の払戻しを希望します。
相続人は私 ${PN(full(p))} と弟の ${PN(nj().mei)} の2名です。
私の口座：${bank()} ${br()} 普通 ${BA(acct(r))}
連絡先：${PH(fixed(r))}`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const a = nj();
    const b = nj();
    add(
      `chat-${k}`,
      'chat_ja',
      k % 2 === 0
        ? `[LINE] 家族グループ「実家🏠」
${PN(a.mei)}: お母さんの介護認定の結果きたよ
${PN(a.mei)}: ${SEN('要介護2')}だって
${PN(b.mei)}: そっか…デイサービス増やせるね
${PN(a.mei)}: 銀行の手続き、私の口座番号送っとく ${bank()} ${br()} ${BA(acct(r))}
${PN(b.mei)}: 了解。ケアマネさんの番号は ${PH(jpMob(r))} で合ってる？
${PN(a.mei)}: うん、${PN('岡部')}さん`
        : `[Teams] 融資部チャネル
${PN(full(a))} 14:0${k}
${PN(b.sei)}さん、${PN(full(nj()))}様の件、連帯保証人の住所これで合ってますか？
${AD(na()[1])}
${PN(full(b))} 14:1${k}
合ってます。電話は ${PH(fixed(r, ''))} です。${SEN('保証人の方は透析中')}なので来店は午前希望とのこと`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nj();
      const [z, a] = na();
      const pref = (a.match(/^(東京都|北海道|京都府|大阪府|.{2,3}?県)/) ?? [''])[0];
      const parts = [pref, a.slice(pref.length)];
      if (k === 0) rows.push(`${PN(p.sei)}\t${PN(p.mei)}\t${PN(p.seiK)}\t${PN(p.meiK)}\t${DOB(fd(dob(r, 1940, 1999), 1))}\t${PH(jpMob(r))}`);
      else if (k === 1) rows.push(`${PN(full(p))}\t${ZIP(z)}\t${AD(`${parts[0]}\t${parts.slice(1).join('')}`)}\t${PH(fixed(r))}`);
      else if (k === 2) rows.push(`${r.digits(6)}\t${PN(full(p))}\t${INS(`${r.digits(8)}\t${r.int(1, 99)}`)}\t${PEN(pension(r))}\t${MN(myNo(r, ''))}`);
      else rows.push(`${PN(full(p))}\t${PN(hwKana(kana(p)))}\t${bank()}\t${br()}\t普通\t${BA(acct(r))}\t${yen(r.int(50, 400) * 1000)}`);
    }
    const head =
      k === 0 ? '姓\t名\tセイ\tメイ\t生年月日\t携帯' : k === 1 ? '氏名\t郵便番号\t都道府県\t市区町村以下\t電話' : k === 2 ? '社員番号\t氏名\t健保記号\t健保番号\t基礎年金番号\t個人番号' : '受取人\t受取人カナ\t銀行\t支店\t種目\t口座番号\t金額';
    add(`tsv-${k}`, 'excel_tsv_ja', `${head}\n${rows.join('\n')}`);
  }

  // =============================================================================================================
  // I. More branch and back-office records, 20
  for (let k = 0; k < 3; k++) {
    const p = nj();
    const raw = cardRaw(r, (['J', 'V', 'M2'] as Brand[])[k]);
    add(
      `card-loss-${k}`,
      'call_note_ja',
      `クレジットカード 紛失・盗難受付（24時間デスク）
会員名：${PN(full(p))}（${PN(kana(p))}）
カード番号：${CC(k === 1 ? fw(grp4(raw, '-')) : k === 2 ? grp4(raw, ' ') : raw)}
有効期限：${p2(r.int(1, 12))}/${r.int(27, 31)}
連絡先：${PH(jpMob(r))}
状況：${k === 0 ? `${SEN('駅で財布ごと盗まれた')}とのこと。${r.pick(['新宿', '梅田', '天神'])}警察署に被害届提出済（受理番号 ${r.digits(5)}）` : '自宅で紛失に気づいた。不正利用の申告なし'}
処置：利用停止済、再発行手配（到着まで1〜2週間）　受付 ${PN(staff().sei)}`,
    );
  }
  for (let k = 0; k < 3; k++) {
    const rep = nj();
    const ubo = nj();
    const b = dob(r, 1955, 1985);
    const [z, a] = na();
    add(
      `houjin-${k}`,
      'bank_crm_ja',
      `法人口座開設 申込内容（${br()}）
法人名：${['株式会社やまびこ不動産', '合同会社ひだまり介護', '有限会社みどり薬局'][k]}
法人番号：${CORP(k === 1 ? fw(corp(r.digits(12))) : corp(r.digits(12)))}
本店所在地：${AD(na()[1])}
代表者：${PN(full(rep))}（${PN(kana(rep))}）　${DOB(fd(b, k + 1))}生
代表者自宅：〒${ZIP(z)} ${AD(a)}
実質的支配者：${PN(full(ubo))}（議決権 ${r.int(26, 100)}%）
代表電話：${PH(fixed(r))}
事業内容：${['不動産仲介・管理', '訪問介護・居宅介護支援', '調剤薬局'][k]}　年商 ${r.int(3, 90)}千万円
新規口座：当座 ${BA(acct(r))}`,
    );
  }
  for (let k = 0; k < 2; k++) {
    const v = nj();
    const fam = nj();
    add(
      `sagi-${k}`,
      'note_ja',
      k === 0
        ? `【特殊詐欺 未然防止】窓口声掛け記録
お客様：${PN(full(v))}様（${r.int(75, 88)}歳）
状況：定期預金 ${r.int(200, 500)}万円の中途解約を希望。「息子が会社の金を使い込んだ」と電話があったとのこと。
ご家族（${PN(full({ ...fam, sei: v.sei }))}様 ${PH(jpMob(r))}）に確認し、詐欺と判明。警察へ通報（${r.pick(['中央', '南', '東'])}署 生活安全課）。
対応：${PN(full(staff()))}、${PN(staff().sei)}`
        : `被害状況 聴取メモ（${br()}）
${PN(full(v))}様より、${SEN('還付金詐欺の被害に遭い、ATMから計98万円を振り込んだ')}との申告。
振込先：他行口座（組戻し依頼済）
${PN(v.sei)}様連絡先 ${PH(fixed(r))}
警察相談番号 #9110 に相談済、被害届は明日提出予定。`,
    );
  }
  {
    const p = nj();
    const h = nj();
    add(
      'zeirishi-0',
      'memo_ja',
      `相続税申告 資料受領メモ（たちばな税理士法人）
被相続人 ${PN(full(p))}
相続人① ${PN(full({ ...h, sei: p.sei }))}　個人番号 ${MN(myNo(r, '-'))}
相続人② ${PN(full({ ...nj(), sei: p.sei }))}　個人番号 ${MN(myNo(r, ' '))}
受領：残高証明書（${bank()}、ひかり証券）、固定資産評価証明書、生命保険金支払通知書
申告期限：2026年10月${r.int(1, 28)}日`,
    );
    const q = nj();
    add(
      'kogaku-0',
      'form_ja',
      `高額療養費支給申請書
被保険者証 記号 ${INS(`${r.digits(5)}　番号 ${r.int(1, 300)}`)}
被保険者氏名 ${PN(full(q))}　生年月日 ${DOB(fd(dob(r, 1950, 1990), 2))}
療養を受けた者 ${PN(full({ ...nj(), sei: q.sei }))}（妻）
${SEN('傷病名：子宮体がん（化学療法中）')}
医療機関：県立がんセンター　診療月：令和7年12月
振込先 ${bank()} ${br()} 普通 ${BA(acct(r))}`,
    );
    const s = nj();
    const [z, a] = na();
    add(
      'manki-0',
      'letter_ja',
      `〒${ZIP(z)}
${AD(a)}
${PN(full(s))} 様

定期預金 満期のご案内
拝啓　平素は格別のお引き立てを賜り厚く御礼申し上げます。
お預け入れの定期預金（口座番号 ${BA(acct(r))}）が令和8年3月${r.int(1, 28)}日に満期を迎えます。
自動継続の場合は、満期日時点の店頭金利（年0.${r.int(1, 4)}%）が適用されます。
敬具
さくら台銀行 ${br()}　担当 ${PN(full(staff()))}
〒${ZIP(na()[0])} ${AD(na()[1])}　電話 ${PH(fixed(r))}`,
    );
    const t = nj();
    add(
      'mynumber-0',
      'form_ja',
      `個人番号（マイナンバー）届出書（ひかり証券）
お客様コード ${r.digits(3)}-${r.digits(7)}
お名前 ${PN(full(t))}
個人番号 ${MN(fw(myNo(r, '－')))}
確認書類：通知カード＋運転免許証（${DL(fw(dlNo(r)))}）`,
    );
    const u = nj();
    add(
      'tsuchou-0',
      'web_form_ja',
      `通帳・キャッシュカード再発行 WEB受付
口座：${br()} 普通 ${BA(acct(r))}
お名前：${PN(kana(u, '　'))}
生年月日：${DOB(fd(dob(r, 1950, 2000), 3))}
ご連絡先：${PH(fw(jpMob(r, '')))}
再発行理由：破損
受付ID：R${r.digits(10)}`,
    );
    const w = nj();
    add(
      'shintaku-0',
      'note_ja',
      `遺言代用信託 面談メモ
委託者 ${PN(full(w))} 様（${DOB(fd(dob(r, 1940, 1955), 2))}生）
第一受益者：本人　第二受益者：長男 ${PN(full({ ...nj(), sei: w.sei }))} 様、長女 ${PN(full({ ...nj(), sei: w.sei }))} 様
信託金額 ${yen(r.int(5, 30) * 1000000)}円。${SEN('ご本人は昨年、前立腺がんの手術を受けられた')}とのことで、早めの手続きを希望。
次回：司法書士同席で意思確認。`,
    );
    const x = nj();
    add(
      'juminhyo-0',
      'ocr_ja',
      `住 民 票 の 写 し
氏 名　${PN(full(x, '　'))}
生年月日　${DOB(fd(dob(r, 1960, 1990), 2))}
住 所　${AD(na()[1])}
世帯主　${PN(full(x, '　'))}
${SEN(`本 籍　${r.pick(HONSEKI)}`)}
個人番号　${MN(myNo(r, ' '))}
住民となった年月日　令和3年4月1日`,
    );
    const y = ne();
    add(
      'en-fraud-0',
      'note_en',
      `Safeguarding referral — branch 214
Customer ${PN(`${y[0]} ${y[1]}`)} (82) tried to withdraw £9,000 in cash for a "HMRC tax debt".
${SEN('Customer was the victim of an impersonation scam last year')} (Action Fraud ref on file).
Daughter contacted on ${PH(`07${r.int(400, 999)} ${r.digits(6)}`)}; transaction declined. Staff: ${PN(ne()[0])}`,
    );
    const z2 = nj();
    add(
      'en-ja-mix-0',
      'email_en',
      `Subject: Customer address for FATCA self-certification
Hi team, the customer ${PN(roma(z2))} (${PN(full(z2))}) moved back from Seattle.
New address: ${AD(na()[1])}
US SSN on the W-9: ${SSN(ssn(r))}
Mobile: ${PH(`+81-${jpMob(r).slice(1)}`)}
Thanks — ${PN(ne()[0])}`,
    );
    const a2 = nj();
    add(
      'jutaku-kojo-0',
      'pdf_text_ja',
      `住宅取得資金に係る借入金の年末残高等証明書
住所又は居所 ${AD(na()[1])}
氏名 ${PN(full(a2))}
住宅借入金等の内訳 ①住宅のみ
年末残高 ${yen(r.int(1500, 4500) * 10000)}
償還期間 35年0月
証明者 ${bank()} 住宅ローンセンター
法人番号 ${CORP(corp(r.digits(12)))}`,
    );
  }

  // =============================================================================================================
  // J. More English: estates, retirement, hardship, support threads, exports, 18
  {
    const p = ne();
    const b = dob(r, 1975, 1992);
    add(
      'en-mortgage-uk-0',
      'mortgage_en',
      `Mortgage application — fact find (UK)
Applicant 1: ${PN(`${p[0]} ${p[1]}`)}   DOB ${DOB(ukD(b))}
National Insurance no.: QQ ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} C
Current address: ${AD(UK_ADDR[0])} (3 yrs 2 months)
Mobile ${PH(`07${r.int(400, 999)} ${r.digits(3)} ${r.digits(3)}`)}   Email ${EM(`${lc(p[0])}.${lc(p[1])}@${r.pick(['outlook.com', 'gmail.com'])}`)}
Employment: NHS band 6 physiotherapist, basic £${r.int(38, 48)},${r.digits(3)}
Dependants: 2. Health: ${SEN('Type 1 diabetes (for protection quote)')}
Adviser: ${PN(`${ne()[0]} ${ne()[1]}`)}`,
    );
    const d = ne();
    const ex = ne();
    add(
      'en-probate-0',
      'letter_en',
      `Re: The Estate of ${PN(`${d[0]} ${d[1]}`)} (deceased)
Date of death: 14 December 2025   Date of birth: ${DOB(enD(dob(r, 1930, 1945)))}
Last address: ${AD(UK_ADDR[2])}

Dear ${PN(`${ex[0]} ${ex[1]}`)},
Thank you for the grant of probate. The balance of the late ${PN(d[1])}'s accounts will be paid to the executor account
${IB(iban('GB', `${r.pick(['HBUK', 'NAIA'])}${r.digits(6)}${r.digits(8)}`))} within 10 working days.
Bereavement Support Team`,
    );
    const c = ne();
    const g = ne();
    add(
      'en-poa-0',
      'note_en',
      `Conservatorship set-up — checking ${r.digits(4)}
Account holder: ${PN(`${c[0]} ${c[1]}`)}, SSN ${SSN(ssn(r))}
Court order (Franklin County Probate) appoints ${PN(`${g[0]} ${g[1]}`)} as conservator; ${PN(c[1])}'s ${SEN('diagnosis of vascular dementia')} is cited in the order.
Conservator phone ${PH(`614-${r.int(201, 989)}-${r.digits(4)}`)}; mail statements to ${AD(US_ADDR[0])}.`,
    );
  }
  {
    const d = ne();
    const bn = ne();
    add(
      'en-life-claim-0',
      'insurance_claim_en',
      `LIFE CLAIM — CLAIMANT STATEMENT
Insured: ${PN(`${d[0]} ${d[1]}`)}   SSN: ${SSN(ssn(r))}   DOB: ${DOB(usD(dob(r, 1940, 1965)))}
Date of death: 01/22/2026   ${SEN('Cause of death: metastatic pancreatic cancer')}
Beneficiary: ${PN(`${bn[0]} ${d[1]}`)} (spouse)   Phone ${PH(`(${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`)}
Beneficiary address: ${AD(US_ADDR[1])}
Policy no. ${r.digits(10)}   Face amount $250,000`,
    );
    const o = ne();
    add(
      'en-beneficiary-0',
      'form_en',
      `Change of Beneficiary — IRA ${r.digits(8)}
Owner: ${PN(`${o[0]} ${o[1]}`)}  SSN ${SSN(ssn(r))}
Primary beneficiary: ${PN(`${ne()[0]} ${o[1]}`)}  Relationship: daughter  DOB ${DOB(usD(dob(r, 1985, 2000)))}  Share 50%
Primary beneficiary: ${PN(`${ne()[0]} ${o[1]}`)}  Relationship: son  DOB ${DOB(usD(dob(r, 1985, 2000)))}  Share 50%
Owner signature on file. Received 02/09/2026 by ${PN(ne()[0])}.`,
    );
    const q = ne();
    add(
      'en-rollover-0',
      'form_en',
      `401(k) rollover request
Participant: ${PN(`${q[0]} ${q[1]}`)}
SSN (last 4 only on this copy): ***-**-${r.digits(4)}
Full SSN for the receiving custodian: ${SSN(ssn(r))}
Address: ${AD(US_ADDR[2])}   Phone ${PH(`207-${r.int(201, 989)}-${r.digits(4)}`)}
Email ${EM(`${lc(q[1])}${r.int(10, 99)}@${r.pick(['gmail.com', 'yahoo.com'])}`)}
Amount: full balance (approx. $84,200). Plan ID 00${r.digits(4)}.`,
    );
  }
  {
    const p = ne();
    const s = ne();
    add(
      'en-acat-0',
      'care_en',
      `Aged care assessment summary (ACAT)
Client: ${PN(`${p[0]} ${p[1]}`)}   DOB ${DOB(enD(dob(r, 1930, 1945)))}
Address: ${AD(AU_ADDR[0])}
${SEN('Diagnoses: moderate Alzheimer\u2019s disease, osteoarthritis, macular degeneration')}
Approved: Home Care Package level 3; residential respite 63 days.
Carer: ${PN(`${s[0]} ${p[1]}`)} (daughter), ${PH(`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}, ${EM(`${lc(s[0])}.${lc(p[1])}@bigpond.com`)}
Assessor: ${PN(`${ne()[0]} ${ne()[1]}`)}`,
    );
    const k = ne();
    const par = ne();
    add(
      'en-school-au-0',
      'school_en',
      `Excursion consent — Year 5 Sovereign Hill camp
Student: ${PN(`${k[0]} ${par[1]}`)}   DOB ${DOB(ukD(dob(r, 2014, 2016)))}
Medical: ${SEN('asthma (Ventolin, spacer in bag); anaphylaxis to tree nuts')}
Medicare no.: ${r.digits(4)} ${r.digits(5)} ${r.int(1, 9)}
Parent: ${PN(`${par[0]} ${par[1]}`)}  ${PH(`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}
Signed 12/02/2026`,
    );
    const t = ne();
    const ag = ne();
    add(
      'en-support-0',
      'ticket_en',
      `Ticket #${r.digits(6)} — "Can't log in after moving"
${PN(`${t[0]} ${t[1]}`)} <${EM(`${lc(t[0])}${lc(t[1])}@${r.pick(['gmail.com', 'me.com'])}`)}> wrote:
> I moved to ${AD(US_ADDR[3])} and the app still shows my old address. My number is ${PH(`512-${r.int(201, 989)}-${r.digits(4)}`)}.

Agent ${PN(ag[0])}:
Hi ${PN(t[0])}, I've updated your mailing address. For security, please re-verify with the code we just sent by SMS.`,
    );
  }
  {
    const rows: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = ne();
      rows.push(`${PN(p[0])},${PN(p[1])},${DOB(`${dob(r, 1950, 2000).y}-0${r.int(1, 9)}-1${r.int(0, 9)}`)},${SSN(ssn(r))},${EM(`${lc(p[0])}.${lc(p[1])}${i}@${r.pick(['gmail.com', 'aol.com', 'yahoo.com'])}`)},${PH(`+1${r.int(201, 989)}${r.int(201, 989)}${r.digits(4)}`)}`);
    }
    add('en-csv-0', 'csv_export', `first_name,last_name,dob,ssn,email,phone\n${rows.join('\n')}`);
    const p = ne();
    add(
      'en-json-0',
      'json_pretty',
      `{
  "applicant": {
    "firstName": "${PN(p[0])}",
    "lastName": "${PN(p[1])}",
    "dateOfBirth": "${DOB(`${dob(r, 1960, 2000).y}-0${r.int(1, 9)}-2${r.int(0, 8)}`)}",
    "ssn": "${SSN(ssn(r, ''))}",
    "address": { "street": "${AD(US_ADDR[4].split(', ')[0])}", "city": "Naperville", "state": "IL", "zip": "60540" }
  },
  "funding": { "method": "card", "pan": "${CC(cardRaw(r, 'D'))}", "expiry": "0${r.int(1, 9)}/29" },
  "device": { "ip": "198.51.100.${r.int(2, 250)}", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" }
}`,
    );
    const lines: string[] = [];
    for (let i = 0; i < 4; i++) {
      const q = ne();
      lines.push(`[2026-02-18 1${i}:${r.int(10, 59)}:${r.int(10, 59)}] notify.INFO: statement e-mail queued {"to":"${EM(`${lc(q[0])}.${lc(q[1])}@${r.pick(['gmail.com', 'hotmail.com'])}`)}","sms":"${PH(`+44 7${r.int(400, 999)} ${r.digits(6)}`)}","template":"monthly_stmt_v3"}`);
    }
    add('en-log-0', 'server_log', lines.join('\n'));
    const s1 = ne();
    const s2 = ne();
    add(
      'en-slack-0',
      'chat_en',
      `#collections-ops
${PN(`${s1[0]} ${s1[1]}`)}  9:14 AM
customer ${PN(`${ne()[0]} ${ne()[1]}`)} wants to pay the arrears by card over the phone: ${CC(grp4(cardRaw(r, 'M'), '-'))}
${PN(`${s2[0]} ${s2[1]}`)}  9:16 AM
never in Slack please, use the IVR payment line. I've redacted it in the ticket.`,
    );
  }
  {
    const p = ne();
    const [z, a] = na();
    add(
      'en-letter-0',
      'letter_en',
      `Sakuradai Bank, Ltd. — International Customer Desk
${AD('1-8-3 Marunouchi, Chiyoda-ku, Tokyo')} ${ZIP('100-0005')}   Tel ${PH('+81-3-5219-8840')}

${PN(`${p[0]} ${p[1]}`)}
${AD(a)}
〒${ZIP(z)}

Notice of change to your foreign currency deposit terms
Dear ${PN(`${p[0]} ${p[1]}`)}, from 1 April 2026 the USD time deposit minimum will change to USD 1,000.`,
    );
    const h = ne();
    add(
      'en-hardship-0',
      'form_en',
      `Financial hardship application — credit card ${r.digits(4)}
Cardholder: ${PN(`${h[0]} ${h[1]}`)}   Phone ${PH(`(${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`)}
Reason for hardship: ${SEN('I am on unpaid leave while having chemotherapy for breast cancer')}
Household income now: $2,150/month   Requested: 6-month payment pause
Card number: ${CC(grp4(cardRaw(r, 'V')))}
Address: ${AD(US_ADDR[0])}`,
    );
    const j = nj();
    add(
      'en-kyc-jp-0',
      'kyc_note_en',
      `Onboarding note — non-resident account (Singapore branch)
Customer: ${PN(`${j.meiR} ${j.seiR}`.toUpperCase())} (${PN(full(j))})
Japanese passport: ${PP(jpPass(r))}, expiry 2031-06-30
Individual Number (My Number) for CRS: ${MN(myNo(r, '-'))}
Address in Japan: ${AD(`${r.int(1, 9)}-${r.int(1, 20)}-${r.int(1, 30)} Hiraoka-cho, Tenpaku-ku, Nagoya, Aichi`)} ${ZIP('468-0011')}
Mobile: ${PH(`+81 ${jpMob(r, ' ').slice(1)}`)}`,
    );
    const w = ne();
    add(
      'en-wire-0',
      'payment_en',
      `Outgoing wire — estate distribution batch ${r.digits(5)}
1) ${PN(`${w[0]} ${w[1]}`)} — ${IB(iban('NL', `ABNA${r.digits(10)}`))} — EUR 42,500.00
2) ${PN(`${ne()[0]} ${w[1]}`)} — ${IB(iban('ES', r.digits(20), false))} — EUR 42,500.00
Approved by ${PN(ne()[0])}; dual control ${PN(ne()[0])}.`,
    );
    const v = ne();
    const nph = ne();
    add(
      'en-aps-0',
      'note_en',
      `Adult Protective Services referral (financial exploitation)
Client: ${PN(`${v[0]} ${v[1]}`)}, 84, ${AD(US_ADDR[4])}
${SEN(`Client's nephew withdrew $37,800 from her savings without consent between Oct and Dec 2025`)}; police report filed.
Nephew: ${PN(`${nph[0]} ${v[1]}`)}. Client's phone ${PH(`630-${r.int(201, 989)}-${r.digits(4)}`)}.
Referring banker: ${PN(`${ne()[0]} ${ne()[1]}`)}`,
    );
  }

  // =============================================================================================================
  // N. Hard negatives (no gold), 52
  const neg = (id: string, style: string, text: string) => add(`neg-${id}`, style, text);
  const luhnNo = (n: number) => luhn(`${r.int(1, 9)}${r.digits(n - 2)}`);
  const mnShaped = () => mn(`${r.int(1, 9)}${r.digits(10)}`);
  neg(
    'branch-totals',
    'report_ja',
    `支店別 預金残高集計（2026年1月末、単位：百万円）
支店コード\t支店名\t普通預金\t定期預金\t前月比
${['101\t本店営業部', '214\t駅前支店', '233\t中央支店', '305\t北口支店', '412\t桜ヶ丘支店']
  .map((b) => `${b}\t${yen(r.int(8000, 90000))}\t${yen(r.int(5000, 60000))}\t${r.pick(['+', '-'])}${r.int(0, 9)}.${r.int(0, 9)}%`)
  .join('\n')}
合計\t${yen(r.int(200000, 300000))}\t${yen(r.int(100000, 200000))}`,
  );
  neg(
    'fund-list',
    'report_ja',
    `投資信託 取扱ファンド一覧（2026/02/13 基準）
ファンドコード\tファンド名\tISIN\t基準価額\t信託報酬
${['ひかり日本株インデックス', 'みどり先進国債券オープン', 'さくら台バランス（安定型）', 'グローバルREITファンド']
  .map((f) => `${r.digits(8)}\t${f}\tJP90C000${r.digits(4)}\t${yen(r.int(9000, 32000))}円\t0.${r.digits(3)}%`)
  .join('\n')}`,
  );
  neg(
    'stock-codes',
    'report_ja',
    `本日の値上がり率上位（東証プライム）
7203 トヨタ自動車 +3.2%　8306 三菱UFJフィナンシャル・グループ +2.8%　6758 ソニーグループ +2.5%
8604 野村ホールディングス +2.1%　9984 ソフトバンクグループ +1.9%　4502 武田薬品工業 +1.4%
売買代金 4兆${r.int(1000, 9999)}億円、値上がり銘柄数 ${r.int(900, 1400)}。`,
  );
  neg(
    'rates',
    'notice_ja',
    `【住宅ローン金利のお知らせ】2026年3月適用
変動金利型（全期間引下げ）　年0.475%〜
固定金利選択型 10年　年1.650%　20年　年2.100%
フラット35（借入期間21年以上）　年1.940%〜年3.510%
※審査結果により金利が上乗せとなる場合があります。保証料 一括前払い 元金1,000万円あたり206,110円（35年）`,
  );
  neg(
    'swift',
    'reference_ja',
    `海外送金 被仕向銀行情報（社内マニュアル抜粋）
当行 SWIFTコード：MIDRJPJTXXX　金融機関コード：0${r.digits(3)}
コルレス先：JPMorgan Chase Bank, N.A. (CHASUS33)、Citibank N.A. (CITIUS33)
ユーロ建：Deutsche Bank AG (DEUTDEFF)
送金手数料 4,000円　リフティングチャージ 0.05%（最低2,500円）
受付時限 14:30（当日扱い）`,
  );
  neg(
    'policy-batch',
    'batch_ja',
    `契約変更バッチ 処理結果 2026-02-14
証券番号\t処理区分\t結果
${Array.from({ length: 6 }, () => `${r.pick(['L', 'M', 'N'])}${r.digits(10)}\t${r.pick(['住所変更', '受取人変更', '払込方法変更', '減額'])}\t${r.pick(['正常', '正常', '保留（書類不備）'])}`).join('\n')}
処理件数 6 / 正常 ${r.int(3, 6)}`,
  );
  neg(
    'queue',
    'screen_ja',
    `窓口 順番待ち表示
ただいまの受付番号　A-${r.int(100, 199)}（預金・振込）　B-${r.int(200, 299)}（ローン・相続）　C-${r.int(300, 399)}（投資信託）
お待ちの人数　A: ${r.int(1, 9)}人　B: ${r.int(1, 5)}人　C: ${r.int(0, 3)}人
予想待ち時間 約${r.int(10, 40)}分`,
  );
  neg(
    'template-loan',
    'form_ja',
    `住宅ローン借入申込書（記入見本はありません）
お名前：＿＿＿＿＿＿＿＿＿　フリガナ：＿＿＿＿＿＿＿＿＿
生年月日：昭和・平成　　年　　月　　日
ご住所：〒　　　－
電話番号：（　　　）　　　－
勤務先名：＿＿＿＿＿＿＿＿　年収：　　　　万円
借入希望額：　　　　万円　借入期間：　　年`,
  );
  neg(
    'souzoku-guide',
    'notice_ja',
    `相続手続きのご案内（一般的な流れ）
1. 口座名義人様がお亡くなりになったことをご連絡ください（口座は一時お取引停止となります）。
2. 必要書類：被相続人の出生から死亡までの戸籍謄本、相続人全員の戸籍謄本・印鑑証明書、遺産分割協議書または法定相続情報一覧図の写し。
3. 書類ご提出から払戻しまで、通常2〜3週間かかります。
4. 預金の仮払い制度：1金融機関あたり150万円が上限です。`,
  );
  neg(
    'masked',
    'screen_ja',
    `顧客検索結果（マスク表示・権限：閲覧のみ）
顧客番号　氏名　電話　カード　口座
${Array.from({ length: 4 }, () => `${r.digits(9)}　＊＊ ＊＊様　090-****-${r.digits(4)}　****-****-****-${r.digits(4)}　普通 ****${r.digits(3)}`).join('\n')}
※ 詳細表示には役席承認が必要です。`,
  );
  neg(
    'order-luhn',
    'ec_admin_ja',
    `ポイント交換 受付一覧
注文番号\t交換商品\tポイント\t状態
${Array.from({ length: 4 }, () => `${luhnNo(16)}\t${r.pick(['Amazonギフト', '航空マイル', 'カタログギフト', '商品券'])}\t${yen(r.int(1, 30) * 1000)}\t${r.pick(['発送済', '処理中'])}`).join('\n')}`,
  );
  neg(
    'mn-shaped',
    'batch_ja',
    `口座振替 結果データ取込ログ
ファイル：FURIKAE_20260227.txt　レコード数 ${r.int(1000, 5000)}
受付番号 ${mnShaped()}　振替日 2026/02/27　結果コード 0（振替済）
受付番号 ${mnShaped()}　振替日 2026/02/27　結果コード 1（資金不足）
受付番号 ${mnShaped()}　振替日 2026/02/27　結果コード 3（預金取引なし）`,
  );
  neg(
    'uuid-log',
    'server_log',
    Array.from(
      { length: 6 },
      (_, i) =>
        `2026-02-14T02:${p2(i * 7)}:${p2(r.int(0, 59))}.${r.digits(3)}Z INFO request_id=${r.digits(8)}-${r.digits(4)}-4${r.digits(3)}-a${r.digits(3)}-${r.digits(12)} method=GET path=/api/v2/funds/${r.digits(8)}/nav status=200 latency_ms=${r.int(3, 400)} client_ip=10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    ).join('\n'),
  );
  neg(
    'test-cards',
    'yaml_config',
    `# payment-gateway sandbox settings (test environment only)
sandbox:
  endpoint: https://sandbox.pay.example/v1
  test_cards:
    visa_success: "4111 1111 1111 1111"
    visa_3ds: "4242424242424242"
    mastercard_decline: "5555 5555 5555 4444"
  api_key: sk_test_${r.digits(24)}
  timeout_ms: 8000`,
  );
  neg(
    'sql-schema',
    'sql_dump',
    `CREATE TABLE customers (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,        -- 氏名
  name_kana VARCHAR(100),            -- フリガナ
  birth_date DATE,                   -- 生年月日
  my_number_token CHAR(64),          -- 個人番号はトークン化して保存
  tel VARCHAR(20),
  email VARCHAR(255),
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_customers_kana ON customers (name_kana);`,
  );
  neg(
    'csv-aggregate',
    'csv_export',
    `年代,口座開設数,うちNISA,平均預入額(円)
20代,${r.int(300, 900)},${r.int(100, 300)},${yen(r.int(50, 300) * 1000)}
30代,${r.int(300, 900)},${r.int(100, 300)},${yen(r.int(50, 300) * 1000)}
40代,${r.int(300, 900)},${r.int(100, 300)},${yen(r.int(50, 300) * 1000)}
50代,${r.int(300, 900)},${r.int(100, 300)},${yen(r.int(50, 300) * 1000)}
60代以上,${r.int(300, 900)},${r.int(100, 300)},${yen(r.int(50, 300) * 1000)}`,
  );
  neg(
    'stack',
    'stack_trace',
    `org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_account_branch]
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)
\tat com.hikaribank.account.AccountService.open(AccountService.java:142)
\tat com.hikaribank.account.AccountController.create(AccountController.java:58)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_account_branch"
  Detail: Key (branch_code, seq)=(${r.digits(3)}, ${r.int(10, 99)}) already exists.`,
  );
  neg(
    'news',
    'news_ja',
    `日銀、政策金利を0.75%に引き上げ　大手行は普通預金金利を相次ぎ改定
日本銀行は${r.int(18, 24)}日の金融政策決定会合で、短期の政策金利を0.5%から0.75%へ引き上げることを賛成多数で決めた。
これを受け、三菱UFJ銀行、三井住友銀行、みずほ銀行の3メガバンクは普通預金金利を年0.2%から年0.3%に引き上げると発表。
住宅ローンの変動金利も4月から上昇する見通しで、野村證券のアナリストは「家計の利払い負担は年${r.int(2, 5)}万円程度増える」と試算する。`,
  );
  neg(
    'care-stats',
    'report_ja',
    `介護保険事業状況報告（月報）令和8年1月分
要介護（要支援）認定者数
要支援1 ${yen(r.int(1000, 3000))}人　要支援2 ${yen(r.int(1000, 3000))}人　要介護1 ${yen(r.int(2000, 4000))}人
要介護2 ${yen(r.int(1000, 3000))}人　要介護3 ${yen(r.int(1000, 2000))}人　要介護4 ${yen(r.int(800, 1500))}人　要介護5 ${yen(r.int(500, 1000))}人
第1号被保険者に占める認定率 ${r.int(17, 21)}.${r.int(0, 9)}%`,
  );
  neg(
    'day-program',
    'notice_ja',
    `デイサービス ひだまり 2月のレクリエーション予定
2/3 節分・豆まき　2/10 書道クラブ　2/14 バレンタインおやつ作り
2/17 音楽療法（季節の歌）　2/24 誕生日会（2月生まれの方）
※入浴は毎週月・水・金。送迎車両は ${r.int(2, 4)} 台で運行します。`,
  );
  neg(
    'school-calendar',
    'notice_ja',
    `令和8年度 年間行事予定（抜粋）
4月7日 始業式・入学式　4月21日〜 家庭訪問　5月24日 運動会（雨天順延 5月25日）
6月10日 プール開き　7月18日 終業式　9月1日 始業式　10月15日 修学旅行（6年）
11月3日 学習発表会　3月19日 卒業式　3月24日 修了式`,
  );
  neg(
    'kondate',
    'notice_ja',
    `3月の給食献立表（アレルゲン表示）
3/2 ごはん　さばの味噌煮　ごま和え（特定原材料：さば・ごま・大豆）
3/3 ひなちらし　すまし汁　ひなあられ（卵・乳・小麦）
3/4 カレーライス　フルーツポンチ（乳・小麦・豚肉・りんご）
※食物アレルギーのあるお子さまは、除去食申請書を担任経由で提出してください。`,
  );
  neg(
    'product',
    'brochure_ja',
    `医療保険「あんしんワイド」のご案内
入院給付金 日額5,000円〜　手術給付金 入院給付金日額の10倍・20倍・40倍
三大疾病（がん・急性心筋梗塞・脳卒中）一時金特約 100万円
精神疾患による入院も保障（支払限度 60日）
持病のある方向けの引受基準緩和型もご用意しています。月払保険料 例：40歳男性 ${yen(r.int(2000, 4000))}円`,
  );
  neg(
    'kokuchi-blank',
    'form_ja',
    `告知書（記入前）
1. 最近3か月以内に、医師の診察・検査・治療・投薬を受けたことがありますか。　□はい　□いいえ
2. 過去5年以内に、病気やけがで入院または手術をしたことがありますか。　□はい　□いいえ
3. 過去5年以内に、がん・心臓病・脳卒中・精神疾患で医師の診察を受けたことがありますか。　□はい　□いいえ
「はい」の場合は病名・期間・治療内容を詳しくご記入ください：＿＿＿＿＿＿＿＿＿`,
  );
  neg(
    'gensen',
    'form_ja',
    `源泉所得税 納付書（給与所得・退職所得等）
税務署番号 ${r.digits(5)}　整理番号 ${r.digits(8)}
年度 08　納期等の区分 080101-080630
俸給・給料等 人員 ${r.int(5, 40)}　支給額 ${yen(r.int(3, 30) * 1000000)}　税額 ${yen(r.int(100, 900) * 1000)}
合計額 ￥${yen(r.int(100, 900) * 1000)}`,
  );
  neg(
    'isbn',
    'list_ja',
    `行内研修 推薦図書
『はじめての相続実務』ISBN978-4-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)}
『高齢顧客対応ハンドブック』ISBN978-4-${r.digits(4)}-${r.digits(4)}-${r.int(0, 9)}
『マネロン・テロ資金供与対策の基本』ISBN978-4-${r.digits(2)}-${r.digits(6)}-${r.int(0, 9)}`,
  );
  neg(
    'tracking',
    'batch_ja',
    `本日発送 重要書類（簡易書留）
お問い合わせ番号\t種別\t発送元
${Array.from({ length: 5 }, () => `${r.digits(3)}-${r.digits(2)}-${r.digits(5)}-${r.int(0, 9)}\t${r.pick(['キャッシュカード', '暗証番号通知', '住宅ローン契約書', '残高証明書'])}\t事務センター`).join('\n')}`,
  );
  neg(
    'release',
    'release_notes',
    `ひかり銀行アプリ v4.12.0 リリースノート（2026/02/20）
- 振込予約の一覧表示を改善（最大100件）
- iOS 17.4 以降で生体認証が失敗する問題を修正（build 4120.3）
- Android 15 対応　minSdkVersion 26 → 28
- 既知の不具合：一部端末で通知が重複する（v4.12.1 で修正予定）`,
  );
  neg(
    'atm-fees',
    'notice_ja',
    `ATMご利用時間と手数料
平日 8:00〜21:00 無料（8:00〜8:45、18:00〜21:00 は 110円）
土日祝 9:00〜17:00 110円
コンビニATM 月3回まで無料、4回目以降 220円
1日あたりの引出限度額 50万円（変更は窓口またはアプリで）`,
  );
  neg(
    'fx',
    'report_ja',
    `外国為替相場（2026/02/20 10:00 公示）
USD/JPY TTS 153.${r.digits(2)} TTB 151.${r.digits(2)}
EUR/JPY TTS 161.${r.digits(2)} TTB 158.${r.digits(2)}
GBP/JPY TTS 193.${r.digits(2)} TTB 189.${r.digits(2)}
AUD/JPY TTS 100.${r.digits(2)} TTB 96.${r.digits(2)}`,
  );
  neg(
    'loan-sim',
    'screen_ja',
    `ローンシミュレーション結果
借入額 3,500万円　期間 35年　金利 0.475%（変動）
毎月返済額 90,385円　総返済額 37,961,700円　うち利息 2,961,700円
5年後に金利が1.0%上昇した場合の毎月返済額 約106,000円`,
  );
  neg(
    'hashes',
    'dev_ja',
    `デプロイ記録
commit 9f3c2a1e${r.digits(8)}b7d4e0c1a2${r.digits(8)}  振込画面のバリデーション修正
commit 1a7e55d0${r.digits(8)}c3f9a8b2e1${r.digits(8)}  依存ライブラリ更新
sha256(release.zip) = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
タグ v3.8.2 → 本番反映 2026-02-21 01:30 JST`,
  );
  neg(
    'branch-merge',
    'notice_ja',
    `店舗統合のお知らせ
2026年5月18日（月）をもちまして、八王子北口支店を八王子支店内へ移転し、ブランチインブランチ方式にて営業いたします。
店番号・口座番号の変更はございません。松本駅前出張所、高崎東口出張所も同日より土曜営業を休止します。`,
  );
  neg(
    'companies',
    'list_ja',
    `取引先（法人）格付一覧
株式会社鈴木工務店　格付 4　与信枠 8,000万円
山田商事株式会社　格付 3　与信枠 2億円
有限会社佐藤精肉店　格付 6　与信枠 1,500万円
本田運輸株式会社　格付 5　与信枠 5,000万円`,
  );
  neg(
    'part-numbers',
    'list_ja',
    `ATM保守部品 発注リスト
型番 TK2034561　紙幣搬送ユニット　数量 2
型番 MZ7719043　カードリーダーヘッド　数量 5
型番 RK5520187　レシートプリンタ　数量 1
保守契約番号 ${r.digits(10)}`,
  );
  neg(
    'statement',
    'report_ja',
    `入出金明細（法人・ATM現金残高 管理用）
2026/02/16 装填 +20,000,000
2026/02/16 払出 -3,410,000
2026/02/17 払出 -5,120,000
2026/02/17 回収 +1,030,000
残高 12,500,000`,
  );
  // English negatives
  neg(
    'en-cash-position',
    'report_en',
    `Branch cash position — week ending 13 Feb 2026
Branch 014 (Midtown): opening $2,418,300; closing $2,201,950; ATM replenishments 6
Branch 027 (Lakeside): opening $1,903,110; closing $1,877,420; ATM replenishments 4
Variance within tolerance (0.${r.int(1, 9)}%). No CTR filings this week.`,
  );
  neg(
    'en-rate-sheet',
    'report_en',
    `Rate sheet — effective 02/20/2026
30-yr fixed 6.125% (0.5 pts)   15-yr fixed 5.375%   7/6 ARM 5.875%
Jumbo (>$806,500) +0.250%   LTV > 80%: PMI required
Lock periods: 30 / 45 / 60 days (60-day +0.125%)`,
  );
  neg(
    'en-template',
    'form_en',
    `NEW ACCOUNT APPLICATION (blank)
Full name: ______________________  Date of birth: __/__/____
SSN: ___-__-____   Phone: (___) ___-____
Email: ______________________
Street address: ______________________  City/State/ZIP: ______________`,
  );
  neg(
    'en-masked',
    'statement_en',
    `Statement summary (masked for support)
Account ••••${r.digits(4)}   Card ending ${r.digits(4)}   SSN ***-**-${r.digits(4)}
Opening balance $3,120.44  Deposits $4,500.00  Withdrawals $2,981.16  Closing balance $4,639.28
Statement period 01/15/2026 – 02/14/2026`,
  );
  neg(
    'en-invoice-luhn',
    'invoice_en',
    `Vendor invoices awaiting approval
Invoice ${luhnNo(16)}   Iron Mountain records storage   $1,240.00
Invoice ${luhnNo(16)}   Brinks armored transport         $8,915.50
Invoice ${luhnNo(15)}   Diebold ATM maintenance          $3,300.00
PO numbers are validated with a mod-10 check digit.`,
  );
  neg(
    'en-access-log',
    'server_log',
    Array.from(
      { length: 5 },
      () =>
        `203.0.113.${r.int(2, 250)} - - [14/Feb/2026:09:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0000] "GET /static/js/app.${r.digits(6)}ab.js HTTP/2" 200 ${r.int(2000, 90000)} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15"`,
    ).join('\n'),
  );
  neg(
    'en-iban-format',
    'reference_en',
    `IBAN structure (ISO 13616)
GB: GBkk BBBB SSSS SSAA AAAA AA (22 characters)
DE: DEkk BBBB BBBB CCCC CCCC CC (22 characters)
kk = check digits (mod 97), B = bank code, S = sort code, A/C = account number.
Our validator rejects strings failing the mod-97 check before any API call.`,
  );
  neg(
    'en-itin',
    'reference_en',
    `Taxpayer ID types accepted on the W-8/W-9 intake screen
SSN (not starting with 000, 666 or 900-999), ITIN (starts with 9, fourth and fifth digits 50-65, 70-88, 90-92, 94-99), EIN (NN-NNNNNNN).
Example placeholders used in training: ITIN 9XX-7X-XXXX, EIN XX-XXXXXXX.`,
  );
  neg(
    'en-json-config',
    'json_pretty',
    `{
  "service": "kyc-orchestrator",
  "version": "2.14.3",
  "retry": { "max": 3, "backoff_ms": [200, 800, 3200] },
  "providers": ["document-ocr", "sanctions-screen", "pep-screen"],
  "thresholds": { "face_match": 0.82, "liveness": 0.9 },
  "trace_id": "${r.digits(8)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(12)}"
}`,
  );
  neg(
    'en-news',
    'news_en',
    `Japan's megabanks lift deposit rates after BOJ hike
Mitsubishi UFJ Financial Group, Sumitomo Mitsui Financial Group and Mizuho Financial Group said on Friday they would raise ordinary deposit rates to 0.3% from 0.2%, following the Bank of Japan's decision to lift its policy rate to 0.75%. Shares of Nomura Holdings rose 2.1% in Tokyo.`,
  );

  neg(
    'en-factsheet',
    'report_en',
    `Fund factsheet — Global Balanced Income (Class A)
ISIN LU${r.digits(10)}  Bloomberg GBIACLA LX  Ticker GBIAX
NAV 14.${r.digits(2)} USD   1y +6.${r.int(0, 9)}%   3y +11.${r.int(0, 9)}%   Ongoing charges 1.${r.digits(2)}%
Top holdings: US Treasury 4.25% 2034, Apple Inc., Microsoft Corp., Toyota Motor Corp.`,
  );
  neg(
    'en-migration',
    'sql_dump',
    `-- V42__add_kyc_status.sql
ALTER TABLE customers ADD COLUMN kyc_status VARCHAR(16) NOT NULL DEFAULT 'pending';
ALTER TABLE customers ADD COLUMN kyc_checked_at TIMESTAMPTZ;
UPDATE customers SET kyc_status = 'verified' WHERE id IN (SELECT customer_id FROM kyc_results WHERE score >= 0.82);
CREATE INDEX CONCURRENTLY idx_customers_kyc ON customers (kyc_status);`,
  );
  neg(
    'en-error-codes',
    'reference_en',
    `Payment API error codes
E1001 card_declined — issuer declined (do not retry)
E1002 expired_card — ask for a new expiry
E1010 incorrect_cvc — max 3 attempts per 24h
E2040 rate_limited — retry after the Retry-After header (seconds)
HTTP 409 idempotency_conflict — same Idempotency-Key with a different body`,
  );
  neg(
    'en-mt103',
    'reference_en',
    `MT103 field reference (template)
:20: Sender's reference (16x)
:32A: Value date / currency / amount  e.g. 260220JPY1500000,
:50K: Ordering customer (account + name and address)
:59: Beneficiary customer (/account, 4*35x)
:71A: Details of charges (OUR / SHA / BEN)`,
  );
  neg(
    'en-holidays',
    'notice_en',
    `Branch holiday schedule 2026
Closed: Jan 1, Jan 19 (MLK Day), Feb 16 (Presidents' Day), May 25, Jul 3 (observed), Sep 7, Nov 26, Dec 25.
Drive-through and ATMs remain available 24/7. Online transfers submitted after 5:00 PM ET post the next business day.`,
  );
  neg(
    'en-policy-summary',
    'brochure_en',
    `Long-term care insurance — policy summary (specimen)
Daily benefit: $150 | Benefit period: 3 years | Elimination period: 90 days
Covers: nursing home, assisted living, home health care, adult day care.
Benefit triggers: unable to perform 2 of 6 activities of daily living, or severe cognitive impairment.
Specimen only: no insured person is named in this document.`,
  );
  return out;
}

export const INDEPENDENT7: IndependentDoc[] = buildIndependent7();
