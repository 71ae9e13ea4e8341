// Sixth independent labelled test set: people with foreign roots living and working in Japan, and a Japanese
// company's day-to-day with them. 人材派遣 / 技能実習 / 特定技能 staffing records, 在留カード, 日本語学校 enrolment,
// 外国人向け賃貸 and guarantor companies, bank account openings, 健康診断 and 労災 reports, 障害者雇用, religious dietary /
// prayer-room requests, police and immigration matters, hospital interpreter notes, payroll / 年末調整 with dependants
// abroad, call-centre notes in mixed Japanese/English, LINE / Messenger chats in mixed languages, OCR of scanned forms
// (full-width digits, broken lines, stray spaces inside numbers, ー / − / ‐ / - dashes), e-mails with quoted replies and
// forwarded headers, CSV / TSV exports with Japanese headers, plus English documents. Names are Vietnamese, Chinese,
// Korean, Filipino, Nepali, Brazilian, Indonesian and Western (katakana, kanji, Latin letters, married names, middle
// names) next to ordinary Japanese names (kanji, kana, half-width kana). Ids prefixed neg- are hard negatives (no gold).
//
// Written without reading the detector (utils/) or the synthetic generator (only its `rng` is imported), and never run
// against the detector while being written. Follows the LABELLING CONVENTIONS in the header of
// test/corpus/independent.ts (set #1) and the decisions added in test/corpus/independent5.ts (set #5), and reuses set
// #1's helpers. Deterministic (fixed seed); values invented; My Number, corporate number, card and IBAN check digits
// computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases sets #1 and #5 do not settle)
// - 在留カード番号 and 特別永住者証明書番号 (two letters, eight digits, two letters: AB12345678CD) are jp_residence_card,
//   wherever they appear (forms, CSV columns, OCR with stray spaces, chat). The span is the number only. Masked ones
//   ("AB********CD") are not labelled.
// - Foreign passport numbers (Vietnamese, Philippine, Chinese, Nepali, Brazilian, Indonesian, Korean, US passports)
//   are foreign national identifiers with no type: NOT labelled (set #5 rule). A Japanese passport (旅券番号 of a
//   Japanese national, TK1234567 shape) is jp_passport.
// - A foreign name is ONE person_name span however it is written: passport order in capitals (NGUYEN VAN AN), title
//   case (Nguyen Van An), katakana with ・ / ＝ / space / no separator (グエン・ヴァン・アン, ダシルバ マリア), kanji (王 偉,
//   金 民俊), half-width katakana. Middle names and second family names are inside the span (Maria Clara Reyes Santos,
//   ナカムラ ペレイラ ジュリアナ). A given name or family name used alone to refer to the person (「アンさん」「Hoa」
//   「グルンさん」) is labelled like set #1's family-name-only references.
// - A name split over labelled fields ("Family name ZHAO  Given name LEI" on an immigration form) is one span per
//   field, as set #5 does for split address fields. Names in Hangul, simplified Chinese (김 영희, 张 丽) and hiragana
//   readings (ぱく じふん) are person_name. Chat display names that are names are labelled each time (set #5);
//   「엄마」 (Mum) as a display name is not a name.
// - Married names: 「田中 マリア（旧姓：ダシルバ）」 is two spans, the married name 「田中 マリア」 and the maiden name 「ダシルバ」; the
//   label 旧姓 and the brackets are outside. An alias / 通称名 is labelled as a second person_name.
// - 国籍, 在留資格, 在留期間, 在留期間満了日, 入国日, 上陸許可日, 実習期間, JLPT levels, 続柄, gender and age are not labelled.
//   Nationality alone is not race (it is not 要配慮個人情報 under the PPC guidelines), so 「ベトナム国籍」 is not sensitive.
// - Religion stated about a person (「ムスリムのため豚肉不可」「金曜昼に礼拝のため30分中抜け希望」「ヒンドゥー教徒」) is sensitive
//   (creed): the span is the phrase naming the religion or the religious practice, with its field label when written
//   as label: value. A diet stated without a religion (ベジタリアン, 辛い物が苦手) is not labelled. Company-wide notices
//   ("食堂でハラールメニューを提供します", "礼拝室を設置しました") are not about a person and are not labelled.
// - Police and immigration matters: an arrest, prosecution, sentence, fine or prior conviction stated about a person is
//   sensitive (criminal_record / criminal_procedure); a person being the victim of a crime (被害届, 盗難被害, 暴行を受けた)
//   is sensitive (crime_victim). The span is the shortest phrase stating the fact. Routine immigration procedure
//   (在留期間更新許可申請, 資格外活動許可) is not sensitive.
// - 健康診断 results: each abnormal or noted finding written as label: value is its own sensitive span
//   (「血圧：162/98 要精密検査」). Normal results (「異常なし」), the name of the examination and its date are not labelled.
//   Work-injury (労災) descriptions of the injury (「左手中指の挫創、全治3週間」) are sensitive (medical).
// - 障害者手帳 grade / disability statements about a person are sensitive (disability); the 手帳番号 itself has no type and
//   is not labelled.
// - Overseas addresses (Vietnam, Philippines, China, Brazil, Nepal, Indonesia, Korea, US) are labelled jp_address as in
//   set #5, from the house / lot / block number (or the first street / village part) to the postcode or the province;
//   the country name is outside. 「ベトナム・ハノイ市」 (a bare city) is not an address.
// - International phone numbers of family abroad (+84, +63, +86, +55, +977, +62, +82) are phones.
// - ゆうちょ銀行 記号 and 番号 written together (「記号 12345 番号 67890123」) are one jp_bank_account span from the first digit
//   to the last, as set #1 does for health-insurance 記号・番号. Brazilian IBANs are iban.
// - OCR text: a value broken by stray spaces, line breaks or mixed dash characters is one span covering all of it; a
//   value with a misread character (O for 0) is still labelled when a human reader would take it for the value.
// - Remittance purpose / overseas transfer amounts, 送金 reference numbers, 管理番号, 受付番号, 実習生番号, 登録番号,
//   社員番号 and 支援計画番号 are not labelled.
import { rng } from './generate';
import { AD, BA, CC, CORP, corp, DL, doc, DOB, EM, fw, hira, hwKana, IB, type IndependentDoc, iban, INS, luhn, MN, mn, PEN, type Person, PH, PN, PP, RC, SEN, SSN, ZIP } from './independent';

type R = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// People

interface FP {
  /** Passport order, capitals: NGUYEN VAN AN */
  lat: string;
  /** Katakana with the usual separator */
  kana: string;
  /** Kanji name (Chinese / Korean) or '' */
  kanji: string;
  /** Family name as colleagues use it (katakana) */
  call: string;
  /** Latin short (given or family) used in chat */
  callLat: string;
  nat: 'VN' | 'CN' | 'KR' | 'PH' | 'NP' | 'BR' | 'ID' | 'US';
  sex: 'M' | 'F';
}
const FPS: FP[] = `
NGUYEN VAN AN|グエン・ヴァン・アン||アン|An|VN|M
TRAN THI HOA|チャン・ティ・ホア||ホア|Hoa|VN|F
LE MINH TUAN|レ・ミン・トゥアン||トゥアン|Tuan|VN|M
PHAM THI LAN|ファム・ティ・ラン||ラン|Lan|VN|F
HOANG DUC THANG|ホアン・ドゥック・タン||タン|Thang|VN|M
VU THI MAI ANH|ヴー・ティ・マイ・アン||マイアン|Mai Anh|VN|F
DO QUANG HUY|ドー・クアン・フイ||フイ|Huy|VN|M
BUI THI THU TRANG|ブイ・ティ・トゥー・チャン||チャン|Trang|VN|F
WANG WEI|ワン・ウェイ|王 偉|王|Wang|CN|M
LI NA|リ・ナ|李 娜|李|Li|CN|F
ZHANG MIN|ジャン・ミン|張 敏|張|Zhang|CN|F
LIU YANG|リュウ・ヤン|劉 洋|劉|Liu|CN|M
CHEN JING|チェン・ジン|陳 静|陳|Chen|CN|F
ZHAO LEI|ジャオ・レイ|趙 磊|趙|Zhao|CN|M
KIM MINJUN|キム・ミンジュン|金 民俊|キム|Minjun|KR|M
LEE SOOHYUN|イ・スヒョン|李 秀賢|イ|Soohyun|KR|F
PARK JIHOON|パク・ジフン|朴 志勲|パク|Jihoon|KR|M
CHOI YUNA|チェ・ユナ|崔 由那|チェ|Yuna|KR|F
SANTOS MARIA CLARA REYES|サントス マリア クララ レジェス||サントス|Maria|PH|F
DELA CRUZ JOSE MIGUEL|デラクルス ホセ ミゲル||デラクルス|Jose|PH|M
BAUTISTA ANGELICA MAE|バウティスタ アンジェリカ メイ||バウティスタ|Angelica|PH|F
GARCIA RONALDO|ガルシア ロナルド||ガルシア|Ronaldo|PH|M
MENDOZA KRISTINE JOY|メンドーサ クリスティン ジョイ||メンドーサ|Kristine|PH|F
GURUNG BIKASH|グルン ビカシュ||グルン|Bikash|NP|M
SHRESTHA SUNITA|シュレスタ スニタ||シュレスタ|Sunita|NP|F
TAMANG RAJ KUMAR|タマン ラジ クマル||タマン|Raj|NP|M
THAPA MAGAR ANISH|タパマガル アニシュ||タパ|Anish|NP|M
DA SILVA MARIA APARECIDA|ダシルバ マリア アパレシーダ||ダシルバ|Maria|BR|F
OLIVEIRA LUCAS HENRIQUE|オリベイラ ルーカス エンリケ||オリベイラ|Lucas|BR|M
SOUZA FERNANDA|ソウザ フェルナンダ||ソウザ|Fernanda|BR|F
NAKAMURA PEREIRA JULIANA|ナカムラ ペレイラ ジュリアナ||ジュリアナ|Juliana|BR|F
HIGA RODRIGO KENJI|ヒガ ロドリゴ ケンジ|比嘉 ロドリゴ 健二|ヒガ|Rodrigo|BR|M
SITI NURHALIZA|シティ ヌルハリザ||シティ|Siti|ID|F
BUDI SANTOSO|ブディ サントソ||ブディ|Budi|ID|M
DEWI LESTARI|デウィ レスタリ||デウィ|Dewi|ID|F
AGUS SETIAWAN|アグス セティアワン||アグス|Agus|ID|M
PUTRI AYU WULANDARI|プトゥリ アユ ウランダリ||プトゥリ|Putri|ID|F
SMITH JOHN DAVID|スミス ジョン デイビッド||スミス|John|US|M
CLARKE EMILY ROSE|クラーク エミリー ローズ||クラーク|Emily|US|F
`
  .trim()
  .split('\n')
  .map((l) => {
    const [lat, kana, kanji, call, callLat, nat, sex] = l.split('|');
    return { lat, kana, kanji, call, callLat, nat, sex } as FP;
  });

const cap = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
/** Title case, passport order: Nguyen Van An */
const title = (p: FP) => p.lat.split(' ').map(cap).join(' ');
/** Western order for PH / BR / US / ID: Maria Clara Reyes Santos; VN / CN / KR keep family-first. */
function western(p: FP): string {
  const w = p.lat.split(' ').map(cap);
  if (p.nat === 'VN' || p.nat === 'CN' || p.nat === 'KR' || p.nat === 'ID') return w.join(' ');
  if (p.lat.startsWith('DELA CRUZ')) return `${w.slice(2).join(' ')} Dela Cruz`;
  if (p.lat.startsWith('DA SILVA')) return `${w.slice(2).join(' ')} da Silva`;
  if (p.lat.startsWith('NAKAMURA PEREIRA')) return `${w.slice(2).join(' ')} Nakamura Pereira`;
  if (p.lat.startsWith('THAPA MAGAR')) return `${w.slice(2).join(' ')} Thapa Magar`;
  if (p.lat.startsWith('SANTOS')) return 'Maria Clara Reyes Santos';
  return `${w.slice(1).join(' ')} ${w[0]}`;
}
const NAT_JA: Record<FP['nat'], string> = { VN: 'ベトナム', CN: '中国', KR: '韓国', PH: 'フィリピン', NP: 'ネパール', BR: 'ブラジル', ID: 'インドネシア', US: '米国' };
const LANG_JA: Record<FP['nat'], string> = { VN: 'ベトナム語', CN: '中国語', KR: '韓国語', PH: 'タガログ語', NP: 'ネパール語', BR: 'ポルトガル語', ID: 'インドネシア語', US: '英語' };
const NAT_EN: Record<FP['nat'], string> = { VN: 'Vietnam', CN: 'China', KR: 'Korea', PH: 'Philippines', NP: 'Nepal', BR: 'Brazil', ID: 'Indonesia', US: 'USA' };

function homePhone(r: R, nat: FP['nat']): string {
  switch (nat) {
    case 'VN':
      return `+84 ${r.pick(['90', '91', '98', '97', '36', '86'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`;
    case 'PH':
      return `+63 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`;
    case 'CN':
      return `+86 1${r.pick(['38', '39', '58', '86', '35'])} ${r.digits(4)} ${r.digits(4)}`;
    case 'KR':
      return `+82 10-${r.digits(4)}-${r.digits(4)}`;
    case 'BR':
      return `+55 ${r.pick(['11', '41', '43', '44'])} 9${r.digits(4)}-${r.digits(4)}`;
    case 'NP':
      return `+977 98${r.digits(1)}-${r.digits(7)}`;
    case 'ID':
      return `+62 81${r.digits(1)}-${r.digits(4)}-${r.digits(4)}`;
    default:
      return `+1 (${r.pick(['503', '312', '617'])}) ${r.int(200, 899)}-${r.digits(4)}`;
  }
}
const HOME_ADDR: Record<FP['nat'], string[]> = {
  VN: [
    'Số 12, Ngõ 45 Phố Trần Duy Hưng, Phường Trung Hòa, Quận Cầu Giấy, Hà Nội',
    'Thôn Đông Lộc, Xã Nghĩa Hưng, Huyện Nghĩa Đàn, Tỉnh Nghệ An',
    '27/3 Đường Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh',
    'Xóm 4, Xã Hải Phương, Huyện Hải Hậu, Tỉnh Nam Định',
  ],
  PH: ['Blk 7 Lot 12 Camella Homes, Brgy. San Isidro, Cabuyao City, Laguna 4025', '145 Rizal Street, Brgy. Poblacion, Tuguegarao City, Cagayan 3500'],
  CN: ['江苏省南通市崇川区青年中路88号3栋502室', '辽宁省大连市甘井子区华北路216号1单元1203'],
  KR: ['서울특별시 마포구 월드컵북로 21길 17, 302호', '부산광역시 해운대구 우동 1408-5'],
  BR: ['Rua das Acácias, 245, Jardim Paulista, São Paulo - SP, 01415-000', 'Avenida Brasil, 1820, apto 31, Maringá - PR, 87013-000'],
  NP: ['Ward No. 5, Lakeside-6, Pokhara Metropolitan City, Kaski 33700', 'House No. 214, Budhanilkantha-3, Kathmandu 44600'],
  ID: ['Jl. Melati No. 17, RT 03/RW 05, Kel. Sukamaju, Kec. Cilodong, Kota Depok, Jawa Barat 16415', 'Jl. Diponegoro No. 88, Kel. Citarum, Kec. Bandung Wetan, Kota Bandung 40115'],
  US: ['1427 SE Clinton Street, Portland, OR 97202', '88 Elm Street, Apt 4B, Somerville, MA 02144'],
};
/** Relative abroad (emergency contact) by nationality */
const KIN: Record<FP['nat'], string[]> = {
  VN: ['NGUYEN THI BINH', 'TRAN VAN DUNG', 'LE THI HUONG', 'PHAM VAN CUONG'],
  PH: ['REYES ROSALINDA', 'DELA CRUZ ERNESTO', 'BAUTISTA LOURDES'],
  CN: ['王 建国', '李 秀英', '张 丽'],
  KR: ['김 영희', '박 철수'],
  BR: ['DA SILVA JOSE CARLOS', 'OLIVEIRA ANA PAULA'],
  NP: ['GURUNG DHAN BAHADUR', 'SHRESTHA KAMALA'],
  ID: ['SUPARMAN', 'SRI WAHYUNI'],
  US: ['SMITH MARGARET', 'CLARKE ROBERT'],
};

/** A person of the pools: set #1's shape without its gender flag (as sets #4 and #5 write it). */
type JP = Omit<Person, 'f'>;
const JA: JP[] = `松井:健太:マツイ:ケンタ:Matsui:Kenta 吉岡:さやか:ヨシオカ:サヤカ:Yoshioka:Sayaka 大西:翔:オオニシ:ショウ:Onishi:Sho
森本:由美:モリモト:ユミ:Morimoto:Yumi 石川:大輔:イシカワ:ダイスケ:Ishikawa:Daisuke 野村:千尋:ノムラ:チヒロ:Nomura:Chihiro
岡田:誠:オカダ:マコト:Okada:Makoto 加藤:恵理子:カトウ:エリコ:Kato:Eriko 村上:拓也:ムラカミ:タクヤ:Murakami:Takuya
小島:麻衣:コジマ:マイ:Kojima:Mai 橋本:亮:ハシモト:リョウ:Hashimoto:Ryo 西田:陽子:ニシダ:ヨウコ:Nishida:Yoko
長谷川:修:ハセガワ:オサム:Hasegawa:Osamu 中川:彩:ナカガワ:アヤ:Nakagawa:Aya 藤田:浩二:フジタ:コウジ:Fujita:Koji
松本:直美:マツモト:ナオミ:Matsumoto:Naomi 坂口:隆:サカグチ:タカシ:Sakaguchi:Takashi 平野:美咲:ヒラノ:ミサキ:Hirano:Misaki
須藤:和也:スドウ:カズヤ:Sudo:Kazuya 今村:紀子:イマムラ:ノリコ:Imamura:Noriko 桑原:智史:クワバラ:サトシ:Kuwabara:Satoshi
北村:由香里:キタムラ:ユカリ:Kitamura:Yukari 荒木:健:アラキ:ケン:Araki:Ken 宮下:綾乃:ミヤシタ:アヤノ:Miyashita:Ayano`
  .split(/\s+/)
  .map((s) => {
    const [sei, mei, seiK, meiK, seiR, meiR] = s.split(':');
    return { sei, mei, seiK, meiK, seiR, meiR };
  });

/** Japanese addresses in areas with many foreign residents: [postal code, address]. */
const JADDR: [string, string][] = [
  ['372-0042', '群馬県伊勢崎市中央町14-3 コーポ中央203号室'],
  ['470-0344', '愛知県豊田市保見ヶ丘3-12-5'],
  ['432-8021', '静岡県浜松市中央区佐鳴台2-25-7 サンライズ佐鳴台402'],
  ['332-0033', '埼玉県川口市並木町2-18-4 ハイツ並木105'],
  ['169-0073', '東京都新宿区百人町1-21-9 グリーンハイム301'],
  ['544-0034', '大阪府大阪市生野区桃谷3-5-12'],
  ['303-0003', '茨城県常総市水海道橋本町3410-2'],
  ['505-0041', '岐阜県美濃加茂市太田町2581-4 レオパレス太田106'],
  ['273-0005', '千葉県船橋市本町5-14-8-702'],
  ['231-0011', '神奈川県横浜市中区太田町6-8-3 ベイサイド太田405'],
  ['510-0885', '三重県四日市市日永4-29-1'],
  ['812-0041', '福岡県福岡市博多区吉塚4-11-20 ヴィラ吉塚5F'],
  ['730-0805', '広島県広島市中区十日市町1-3-14'],
  ['134-0088', '東京都江戸川区西葛西6-22-7 西葛西パークサイド808'],
  ['171-0014', '東京都豊島区池袋2-47-5 池袋メゾン1102'],
  ['650-0022', '兵庫県神戸市中央区元町通4-3-8'],
  ['001-0024', '北海道札幌市北区北二十四条西5-2-10'],
  ['386-0012', '長野県上田市中央3-7-18 ハイム中央201'],
  ['360-0037', '埼玉県熊谷市筑波2-115'],
  ['444-0840', '愛知県岡崎市戸崎町字藤狭12-3 メゾン戸崎2B'],
];

// ---------------------------------------------------------------------------------------------------------------
// Values

const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ'.split('');
const rcNo = (r: R) => r.pick(UP) + r.pick(UP) + r.digits(8) + r.pick(UP) + r.pick(UP);
function myNo(r: R, sep = ' '): string {
  const x = mn(`${r.int(1, 9)}${r.digits(10)}`);
  return sep === '' ? x : `${x.slice(0, 4)}${sep}${x.slice(4, 8)}${sep}${x.slice(8)}`;
}
const pension = (r: R) => `${r.int(1000, 9999)}-${r.digits(6)}`;
const koyo = (r: R) => `${r.int(1000, 9999)}-${r.digits(6)}-${r.int(0, 9)}`;
const acct = (r: R) => String(r.int(1000000, 9999999));

const AREAS = ['03', '06', '027', '048', '052', '053', '054', '0270', '0276', '0565', '0566'];
/** Subscriber digits: never start with 0 or 1. */
const sub = (r: R, n: number) => String(r.int(2, 9)) + r.digits(n - 1);
/** A fixed-line number, 10 digits with its area code. */
const jpMob = (r: R, sep = '-') => `${r.pick(['090', '080', '070'])}${sep}${sub(r, 4)}${sep}${r.digits(4)}`;
function fixed(r: R, sep = '-'): string {
  const a = r.pick(AREAS);
  return `${a}${sep}${sub(r, 6 - a.length)}${sep}${r.digits(4)}`;
}
const jpPass = (r: R) => r.pick(['TK', 'TR', 'TZ', 'MU', 'RE']) + r.digits(7);
const dl = (r: R) => `${r.pick(['30', '45', '50', '62'])}${r.digits(10)}`;
function cardNo(r: R, brand: 'V' | 'M' | 'J' = 'V'): string {
  const b = brand === 'V' ? `4${r.digits(14)}` : brand === 'M' ? `5${r.int(1, 5)}${r.digits(13)}` : `35${r.int(28, 89)}${r.digits(11)}`;
  return luhn(b).replace(/(\d{4})(?=\d)/g, '$1 ');
}
/** Foreign passport numbers: not labelled (see header). */
function forPass(r: R, nat: FP['nat']): string {
  switch (nat) {
    case 'VN':
      return `C${r.digits(7)}`;
    case 'PH':
      return `P${r.digits(7)}${r.pick(['A', 'B'])}`;
    case 'CN':
      return `E${r.digits(8)}`;
    case 'NP':
      return `PA${r.digits(7)}`;
    case 'BR':
      return `FV${r.digits(6)}`;
    case 'ID':
      return `X${r.digits(7)}`;
    case 'KR':
      return `M${r.digits(8)}`;
    default:
      return `5${r.digits(8)}`;
  }
}
interface D {
  y: number;
  m: number;
  d: number;
}
const dob = (r: R, lo = 1978, hi = 2005): D => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const p2 = (n: number) => String(n).padStart(2, '0');
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function fd(x: D, f: number): string {
  switch (f % 8) {
    case 0:
      return `${x.y}年${x.m}月${x.d}日`;
    case 1:
      return `${x.y}/${p2(x.m)}/${p2(x.d)}`;
    case 2:
      return `${x.y}年${p2(x.m)}月${p2(x.d)}日`;
    case 3:
      return x.y >= 1989 ? `平成${x.y - 1988 === 1 ? '元' : x.y - 1988}年${x.m}月${x.d}日` : `昭和${x.y - 1925}年${x.m}月${x.d}日`;
    case 4:
      return `${p2(x.d)} ${MON[x.m - 1]} ${x.y}`;
    case 5:
      return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 6:
      return `${p2(x.d)}/${p2(x.m)}/${x.y}`;
    default:
      return x.y >= 1989 ? `H${x.y - 1988}.${x.m}.${x.d}` : `S${x.y - 1925}.${x.m}.${x.d}`;
  }
}
const kanaSp = (p: FP) => p.kana.replace(/・/g, ' ');
const kanaJa = (p: JP, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;
const full = (p: JP, sep = ' ') => `${p.sei}${sep}${p.mei}`;
const lc = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const mail = (local: string, dom: string) => `${local}@${dom}`;

const STATUS = ['技能実習2号ロ', '特定技能1号', '技術・人文知識・国際業務', '留学', '定住者', '永住者', '日本人の配偶者等', '家族滞在', '技能実習1号ロ', '特定活動'];
const COMPANIES = ['株式会社東毛精機', '有限会社みなと食品', '株式会社サンライズ物流', '三河ダイカスト株式会社', '株式会社はままつ縫製', '北関東ケアサービス株式会社', '株式会社ミライ建設', '株式会社フレッシュデリカ'];

// ---------------------------------------------------------------------------------------------------------------
// Documents

export function buildIndependent6(): IndependentDoc[] {
  const r = rng(60606);
  const out: IndependentDoc[] = [];
  let pf = 0;
  let pj = 0;
  let pa = 0;
  const nf = () => FPS[(pf++ * 7) % FPS.length];
  const nfOf = (nat: FP['nat']) => {
    for (let k = 0; k < FPS.length; k++) {
      const p = FPS[(pf + k) % FPS.length];
      if (p.nat === nat) {
        pf += k + 1;
        return p;
      }
    }
    return nf();
  };
  const nj = () => JA[pj++ % JA.length];
  const na = () => JADDR[pa++ % JADDR.length];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const futureDate = () => `${r.int(2026, 2029)}年${r.int(1, 12)}月${r.int(1, 28)}日`;
  const kinOf = (p: FP) => r.pick(KIN[p.nat]);
  const homeOf = (p: FP) => r.pick(HOME_ADDR[p.nat]);

  // =============================================================================================================
  // A. Staffing: 技能実習 / 特定技能 / 派遣 rosters as CSV / TSV, 6
  for (let k = 0; k < 6; k++) {
    const rows: string[] = [];
    const n = 3 + (k % 3);
    for (let i = 0; i < n; i++) {
      const p = nf();
      const b = dob(r, 1990, 2005);
      const st = STATUS[(k + i) % 4 === 3 ? 8 : (k + i) % 2];
      if (k % 3 === 0)
        rows.push(`${k}${p2(i + 1)}${r.digits(3)},${PN(p.lat)},${PN(p.kana)},${NAT_JA[p.nat]},${p.sex === 'M' ? '男' : '女'},${DOB(fd(b, 1))},${st},${RC(rcNo(r))},${r.int(2026, 2028)}/${p2(r.int(1, 12))}/${p2(r.int(1, 28))},${PH(jpMob(r))}`);
      else if (k % 3 === 1)
        rows.push(`${PN(p.kana)}\t${PN(title(p))}\t${NAT_JA[p.nat]}\t${DOB(fd(b, 5))}\t${st}\t${RC(rcNo(r))}\t${PH(jpMob(r, ''))}\t${COMPANIES[(k + i) % COMPANIES.length]}`);
      else rows.push(`"${PN(p.lat)}","${DOB(fd(b, 0))}","${NAT_JA[p.nat]}","${st}","${RC(rcNo(r))}","${futureDate()}","${EM(mail(lc(p.callLat) + r.digits(2), r.pick(['gmail.com', 'yahoo.com.vn', 'outlook.com'])))}"`);
    }
    const head =
      k % 3 === 0
        ? '実習生番号,氏名（ローマ字）,フリガナ,国籍,性別,生年月日,在留資格,在留カード番号,在留期限,携帯電話'
        : k % 3 === 1
          ? 'カタカナ氏名\t氏名(英字)\t国籍\t生年月日\t在留資格\t在留カード番号\t携帯\t派遣先'
          : '"氏名","生年月日","国籍・地域","在留資格","在留カード番号","在留期間満了日","メール"';
    add(`staff-csv-${k}`, k % 3 === 1 ? 'tsv_ja_headers' : 'csv_ja_headers', `${head}\n${rows.join('\n')}`);
  }

  // A2. 特定技能 雇用条件書 / 支援計画 forms, 5
  for (let k = 0; k < 5; k++) {
    const p = nf();
    const b = dob(r, 1988, 2003);
    const [z, a] = na();
    const sup = nj();
    const co = COMPANIES[k % COMPANIES.length];
    add(
      `tokutei-${k}`,
      'form_ja',
      `1号特定技能外国人支援計画書（別紙）　支援計画番号 SP-2025-${r.digits(5)}
特定技能所属機関：${co}（法人番号 ${CORP(corp(r.digits(12)))}）
■ 特定技能外国人
氏名（ローマ字）：${PN(p.lat)}
氏名（カナ）：${PN(p.kana)}
性別：${p.sex === 'M' ? '男' : '女'}　国籍：${NAT_JA[p.nat]}
生年月日：${DOB(fd(b, 2))}
在留カード番号：${RC(rcNo(r))}
在留資格：特定技能1号（${r.pick(['飲食料品製造業', '介護', '素形材・産業機械・電気電子情報関連製造業', '建設', '外食業'])}）
住居：〒${ZIP(z)} ${AD(a)}
電話：${PH(jpMob(r))}
■ 支援責任者：${PN(full(sup))}（${PN(kanaJa(sup))}）　連絡先 ${PH(fixed(r))}
■ 母国の緊急連絡先：${PN(kinOf(p))}（${r.pick(['父', '母', '配偶者', '兄'])}）　${PH(homePhone(r, p.nat))}
  住所：${AD(homeOf(p))}, ${NAT_EN[p.nat]}
■ 対応言語：${LANG_JA[p.nat]}／やさしい日本語
■ 定期面談：3か月に1回（次回 ${futureDate()}）`,
    );
  }

  // A3. 派遣スタッフ登録票, 5
  for (let k = 0; k < 5; k++) {
    const p = nf();
    const b = dob(r, 1975, 2001);
    const [z, a] = na();
    const rec = nj();
    const married = k === 1 || k === 3;
    const mj = nj();
    const nameLine = married
      ? `氏名：${PN(`${mj.sei} ${p.kana.split(/[・ ]/).slice(1).join(' ') || p.call}`)}（旧姓：${PN(p.call)}）`
      : `氏名：${PN(kanaSp(p))}　（英字：${PN(p.lat)}）`;
    add(
      `haken-${k}`,
      'form_ja',
      `【派遣スタッフ登録票】登録番号 HS${r.digits(6)}　登録日 2025年${r.int(4, 11)}月${r.int(1, 28)}日
${nameLine}
生年月日：${DOB(fd(b, k))}　国籍：${NAT_JA[p.nat]}　在留資格：${STATUS[2 + (k % 6)]}
在留カード番号：${RC(rcNo(r))}（有効期限 ${futureDate()}）
現住所：〒${ZIP(z)}
　　　　${AD(a)}
携帯：${PH(jpMob(r))}　E-mail：${EM(mail(`${lc(p.callLat)}.${r.digits(4)}`, r.pick(['gmail.com', 'icloud.com', 'hotmail.com'])))}
日本語能力：${r.pick(['N2', 'N3', 'N4', '日常会話レベル'])}　フォークリフト免許：${r.pick(['有', '無'])}
希望職種：${r.pick(['製造ライン', '倉庫ピッキング', '食品加工', '清掃'])}　希望勤務地：${r.pick(['伊勢崎', '太田', '豊田', '浜松'])}周辺
${k === 2 ? `運転免許証番号：${DL(dl(r))}\n` : ''}担当コーディネーター：${PN(full(rec))}`,
    );
  }

  // =============================================================================================================
  // B. 在留カード OCR (scanned, noisy), 6
  for (let k = 0; k < 6; k++) {
    const p = nf();
    const b = dob(r, 1980, 2004);
    const [, a] = na();
    const no = rcNo(r);
    const noTxt = k % 3 === 0 ? `${no.slice(0, 2)} ${no.slice(2, 6)} ${no.slice(6, 10)} ${no.slice(10)}` : k % 3 === 1 ? fw(no) : no;
    const bTxt = k % 2 === 0 ? fw(`${b.y}年${p2(b.m)}月${p2(b.d)}日`) : `${b.y} 年 ${p2(b.m)} 月 ${p2(b.d)} 日`;
    const aTxt = k % 2 === 0 ? a.replace(/(\d)/g, (d) => fw(d)) : a;
    add(
      `rc-ocr-${k}`,
      'ocr_ja',
      `日 本 国 政 府　　在 留 カ ー ド　　番号 ${RC(noTxt)}
氏名 ${PN(k === 4 ? p.lat.replace(' ', '  ') : p.lat)}
生年月日 ${DOB(bTxt)} 性別 ${p.sex === 'M' ? '男 M.' : '女 F.'} 国籍・地域 ${NAT_JA[p.nat]}
住居地 ${AD(aTxt)}
在留資格 ${STATUS[k % STATUS.length]}
就労制限の有無 ${k % 2 ? '就労制限なし' : '在留資格に基づく就労活動のみ可'}
在留期間（満了日） ${r.int(1, 5)}年（${r.int(2026, 2030)}年${p2(r.int(1, 12))}月${p2(r.int(1, 28))}日）
許可の種類 ${r.pick(['在留期間更新許可', '在留資格変更許可', '上陸許可'])}（${r.pick(['東京', '名古屋', '大阪'])}出入国在留管理局長）
このカードは${r.int(2026, 2030)}年${p2(r.int(1, 12))}月${p2(r.int(1, 28))}日まで有効です。 法務大臣`,
    );
  }

  // =============================================================================================================
  // C. 日本語学校 入学願書 / 在籍記録, 6
  for (let k = 0; k < 6; k++) {
    const p = nfOf((['VN', 'NP', 'CN', 'ID', 'VN', 'NP'] as FP['nat'][])[k]);
    const b = dob(r, 1998, 2006);
    const sp = kinOf(p);
    const t = nj();
    if (k % 2 === 0)
      add(
        `school-${k}`,
        'form_ja',
        `${r.pick(['さくら国際日本語学院', '東京ミライ日本語学校', 'ひかり日本語アカデミー'])}　入学願書（2026年4月期）
申請者氏名 Name: ${PN(p.lat)}
カタカナ: ${PN(p.kana)}${p.kanji ? `\n漢字氏名: ${PN(p.kanji)}` : ''}
生年月日 Date of birth: ${DOB(fd(b, 4))}
旅券番号 Passport No.: ${forPass(r, p.nat)}
本国住所 Home address: ${AD(homeOf(p))}, ${NAT_EN[p.nat]}
本人電話 Tel: ${PH(homePhone(r, p.nat))}
学歴 Education: ${r.pick(['High School (2022)', 'College, 2 years', 'University (Bachelor of Economics)'])}
日本語学習歴: ${r.int(150, 600)}時間　JLPT ${r.pick(['N5', 'N4'])}
経費支弁者 Sponsor: ${PN(sp)}（${r.pick(['父 Father', '母 Mother', '叔父 Uncle'])}）
支弁者電話: ${PH(homePhone(r, p.nat))}　年収: ${r.int(8, 40) * 10000} USD相当
担当: 入学審査課 ${PN(t.sei)}`,
      );
    else
      add(
        `school-${k}`,
        'memo_ja',
        `【在籍記録】学籍番号 ${r.digits(2)}-${r.digits(4)}　クラス ${r.pick(['初級2', '中級1', '上級A'])}
学生：${PN(kanaSp(p))}（${PN(p.callLat)}）${p.kanji ? ` ${PN(p.kanji)}` : ''}
在留カード ${RC(rcNo(r))}　在留期限 ${futureDate()}　資格外活動許可 有（週28時間以内）
住所：${AD(na()[1])}　携帯 ${PH(jpMob(r))}
出席率：${r.int(62, 98)}.${r.int(0, 9)}%（${r.pick(['10月', '11月'])}）
面談メモ（担任 ${PN(full(t))}）：${PN(p.callLat)}さんはアルバイト先（コンビニ夜勤）が忙しく遅刻が増えている。${k === 3 ? `本人より「${SEN('先月から不眠で心療内科に通院している')}」との申告あり。` : '来月から勤務時間を減らすよう指導。'}
次回面談 ${futureDate()}`,
      );
  }
  // C2. School in English (guardian e-mail), 2
  for (let k = 0; k < 2; k++) {
    const p = nfOf(k ? 'PH' : 'NP');
    const t = nj();
    add(
      `school-en-${k}`,
      'email_en',
      `From: ${EM(mail(lc(p.callLat) + '.' + r.digits(3), 'gmail.com'))}
To: ${EM('admission@hikari-nihongo.jp')}
Subject: Re: Certificate of Eligibility - ${PN(western(p))}

Dear ${PN(t.seiR)} sensei,

Thank you. I sent the bank certificate of my sponsor (${PN(r.pick(KIN[p.nat]).split(' ').map(cap).join(' '))}, my uncle) by EMS yesterday.
My date of birth is ${DOB(fd(dob(r, 1999, 2005), 4))}, not the date written on the form, sorry.
You can call me on WhatsApp ${PH(homePhone(r, p.nat))}.

Best regards,
${PN(western(p))}

> On Mon, Nov 17, 2025 at 10:12 AM Hikari Admission <${EM('admission@hikari-nihongo.jp')}> wrote:
> Please send the sponsor documents by Nov 28. Our office: ${AD('東京都新宿区高田馬場3-12-8 ひかりビル4F')}, TEL ${PH('03-5937-2218')}
> ${PN(full(t))} / Admission Office`,
    );
  }

  // =============================================================================================================
  // D. 外国人向け賃貸: applications, guarantor company screening, emergency contacts abroad, 7
  for (let k = 0; k < 7; k++) {
    const p = nf();
    const b = dob(r, 1980, 2002);
    const [z, a] = na();
    const [cz, ca] = na();
    const ag = nj();
    const emp = COMPANIES[(k + 3) % COMPANIES.length];
    if (k % 2 === 0)
      add(
        `rent-${k}`,
        'form_ja',
        `入居申込書（外国籍の方用 / For foreign applicants）　物件：${r.pick(['メゾン桃谷', 'コーポ中央', 'ハイツ並木', 'グリーンハイム'])} ${r.int(1, 4)}0${r.int(1, 8)}号室
申込者 Applicant：${PN(k === 4 ? western(p) : p.lat)}　フリガナ ${PN(kanaSp(p))}
生年月日：${DOB(fd(b, k + 1))}　国籍：${NAT_JA[p.nat]}　在留資格：${STATUS[k % 8]}
在留カード番号：${RC(rcNo(r))}　在留期限：${futureDate()}
現住所：〒${ZIP(cz)} ${AD(ca)}
携帯：${PH(jpMob(r))}　メール：${EM(mail(`${lc(p.callLat)}${r.digits(3)}`, r.pick(['gmail.com', 'yahoo.co.jp', 'naver.com'])))}
勤務先：${emp}　勤続 ${r.int(1, 6)}年　年収 ${r.int(230, 420)}万円
緊急連絡先（日本国内）：${PN(full(nj()))}（勤務先上司）${PH(fixed(r))}
緊急連絡先（母国）：${PN(kinOf(p))}　${PH(homePhone(r, p.nat))}
保証会社：${r.pick(['グローバルトラストネットワークス', 'ジェイリース', '日本セーフティー'])}（外国籍プラン）
仲介担当：${PN(full(ag))}`,
      );
    else
      add(
        `rent-${k}`,
        'memo_ja',
        `[保証審査メモ] 受付 No.${r.digits(8)} / 物件 ${AD(a)}（〒${ZIP(z)}）
申込人 ${PN(p.kana)}（${PN(p.lat)}）様 ${NAT_JA[p.nat]}籍 ${STATUS[(k + 2) % 8]}
・在留カード ${RC(rcNo(r))} 原本確認済、期限 ${futureDate()}（更新予定と本人申告）
・本人携帯 ${PH(jpMob(r))} 通話確認OK（${r.pick(['やさしい日本語で可', '英語で対応', '通訳アプリ使用'])}）
・勤務先 ${emp} 人事 ${PN(nj().sei)}様に在籍確認済
・母国の連帯保証人不可のため緊急連絡先のみ：${PN(kinOf(p))} ${PH(homePhone(r, p.nat))}（${NAT_EN[p.nat]}）
・初回保証料 家賃総額の${r.int(50, 100)}%、月額保証料 1%
判定：${r.pick(['承認', '条件付承認（連帯保証人追加）', '保留'])}　審査担当 ${PN(full(ag))}`,
      );
  }
  // D2. Rental payment by card (guarantor company), 2
  for (let k = 0; k < 2; k++) {
    const p = nf();
    add(
      `rent-card-${k}`,
      'form_ja',
      `家賃クレジットカード支払申込書
契約者名（カード名義と同一）：${PN(p.lat)}
カード番号：${CC(cardNo(r, k ? 'J' : 'V'))}　有効期限 ${p2(r.int(1, 12))}/${r.int(27, 31)}
連絡先電話：${PH(jpMob(r))}
物件所在地：${AD(na()[1])}
※セキュリティコードは記入しないでください。`,
    );
  }

  // =============================================================================================================
  // E. Bank account opening (外国人の口座開設), 6
  for (let k = 0; k < 6; k++) {
    const p = nf();
    const b = dob(r, 1980, 2004);
    const [z, a] = na();
    const clerk = nj();
    if (k % 3 !== 2)
      add(
        `bank-${k}`,
        'form_ja',
        `${r.pick(['しずおか中央銀行', 'ぐんま第一銀行', '東海みらい銀行'])}　普通預金口座開設 受付票（外国人のお客さま）
お名前（在留カード記載のとおり）：${PN(p.lat)}
フリガナ：${PN(k % 2 ? hwKana(kanaSp(p)) : kanaSp(p))}
生年月日：${DOB(fd(b, k + 2))}
ご住所：〒${ZIP(z)} ${AD(a)}
電話番号：${PH(jpMob(r))}
本人確認書類：在留カード（番号 ${RC(rcNo(r))}、在留期間満了日 ${futureDate()}）
在留期間が6か月未満の方は口座開設できません（確認済）
勤務先：${COMPANIES[k % COMPANIES.length]}　給与振込用
開設店：${r.pick(['伊勢崎', '太田', '浜松駅前', '豊田'])}支店（店番 ${r.digits(3)}）　口座番号：${BA(acct(r))}
${k === 1 ? `マイナンバー：${MN(myNo(r))}（届出済）\n` : ''}受付者：${PN(clerk.sei)}　検印：${PN(nj().sei)}`,
      );
    else
      add(
        `bank-${k}`,
        'memo_ja',
        `ゆうちょ銀行 口座開設サポート記録（${COMPANIES[k % COMPANIES.length]} 総務）
対象：${PN(kanaSp(p))}さん（${NAT_JA[p.nat]}、${STATUS[0]}）
同行：総務 ${PN(full(clerk))}
通帳記号番号：記号 ${BA(`1${r.digits(4)} 番号 ${r.digits(8)}`)}
キャッシュカード到着予定：${r.int(1, 3)}週間後（寮の住所 ${AD(a)} 宛）
本人連絡先 ${PH(jpMob(r))}
※母国への送金は別途 送金サービス（${r.pick(['SBIレミット', 'Wise', 'セブン銀行海外送金'])}）で手続き予定`,
      );
  }
  // E2. Overseas remittance to Brazil with IBAN, 2
  for (let k = 0; k < 2; k++) {
    const p = nfOf('BR');
    const kin = r.pick(KIN.BR);
    const ib = iban('BR', `${r.digits(8)}${r.digits(5)}${r.digits(10)}C1`, k === 0);
    add(
      `remit-${k}`,
      'form_ja',
      `海外送金依頼書 / Formulário de remessa　受付番号 RM${r.digits(9)}
依頼人 Remetente：${PN(p.lat)}　（${PN(kanaSp(p))}）
依頼人住所：${AD(na()[1])}
依頼人電話：${PH(jpMob(r))}
受取人 Beneficiário：${PN(kin)}
受取人住所：${AD(r.pick(HOME_ADDR.BR))}, Brasil
受取人口座 IBAN：${IB(ib)}
送金額：JPY ${r.int(5, 30) * 10000}　送金目的：家族への生活費 / Manutenção familiar`,
    );
  }

  // =============================================================================================================
  // F. 健康診断 results, 6
  for (let k = 0; k < 6; k++) {
    const p = nf();
    const b = dob(r, 1975, 2002);
    const doc1 = nj();
    const finds = [
      `血圧：${r.int(150, 172)}/${r.int(92, 104)} mmHg　要精密検査`,
      `γ-GTP：${r.int(110, 240)} IU/L　要再検査`,
      `胸部X線：右上肺野に結節影　要精密検査`,
      `HbA1c：${r.int(65, 84) / 10}%　糖尿病の疑い`,
      `尿蛋白：（2+）　要再検査`,
      `心電図：完全右脚ブロック　経過観察`,
      `LDLコレステロール：${r.int(180, 230)} mg/dL　要受診`,
    ];
    const f1 = finds[k % finds.length];
    const f2 = finds[(k + 3) % finds.length];
    add(
      `kenshin-${k}`,
      k % 2 ? 'ocr_ja' : 'form_ja',
      `定期健康診断結果通知書　受診日 2025年${r.int(6, 10)}月${r.int(1, 28)}日　事業所：${COMPANIES[k % COMPANIES.length]}
氏名：${PN(k % 2 ? p.lat : p.kana)}　生年月日：${DOB(fd(b, k % 2 ? 1 : 0))}　性別：${p.sex === 'M' ? '男' : '女'}
社員番号：${r.digits(6)}　所属：製造${r.int(1, 3)}課
身長 ${r.int(150, 182)}.${r.int(0, 9)}cm　体重 ${r.int(45, 90)}.${r.int(0, 9)}kg
視力：異常なし　聴力：異常なし
${SEN(f1)}
${SEN(f2)}
総合判定：${r.pick(['C（要再検査）', 'D（要精密検査）'])}
医師：${PN(full(doc1))}　（${r.pick(['北関東健診センター', '浜松労働衛生クリニック'])}）
※${LANG_JA[p.nat]}の説明書を同封しています。`,
    );
  }

  // =============================================================================================================
  // G. 労災 (work injury) reports, 5
  for (let k = 0; k < 5; k++) {
    const p = nf();
    const b = dob(r, 1978, 2003);
    const boss = nj();
    const injuries = [
      '左手中指の挫創、全治3週間',
      'プレス機に右手を挟まれ、右手人差し指末節骨骨折',
      'フォークリフトと接触し右足関節捻挫',
      '熱中症による意識障害で救急搬送',
      '腰椎捻挫（ぎっくり腰）、休業5日',
    ];
    add(
      `rosai-${k}`,
      'form_ja',
      `労働者死傷病報告（休業4日以上）下書き　事業場：${COMPANIES[(k + 1) % COMPANIES.length]} ${r.pick(['第二工場', '物流センター', '本社工場'])}
被災労働者：${PN(k % 2 ? kanaSp(p) : p.lat)}　${k % 2 ? `（${PN(p.lat)}）` : ''}
生年月日：${DOB(fd(b, k + 3))}　国籍：${NAT_JA[p.nat]}　在留資格：${STATUS[k % 2]}
在留カード番号：${RC(rcNo(r))}
雇用保険被保険者番号：${INS(koyo(r))}
発生日時：2025年${r.int(5, 11)}月${r.int(1, 28)}日 ${r.int(8, 17)}時${p2(r.int(0, 59))}分
発生状況：${r.pick(['ライン清掃中に', '荷下ろし作業中に', '金型交換中に', '屋外作業中に'])}被災。
${SEN(`傷病名：${injuries[k]}`)}
受診：${r.pick(['伊勢崎市民病院', '豊田厚生病院', '浜松医療センター'])}（通訳として同僚の${PN(nf().call)}さんが同行）
報告者：${PN(full(boss))}（安全衛生管理者）　${PH(fixed(r))}`,
    );
  }

  // =============================================================================================================
  // H. 障害者雇用, 4
  for (let k = 0; k < 4; k++) {
    const p = k % 2 ? nf() : null;
    const j = nj();
    const hr = nj();
    const name = p ? PN(p.kana) : PN(full(j));
    const dis = [
      '身体障害者手帳 3級（下肢機能障害）',
      '精神障害者保健福祉手帳 2級（統合失調症）',
      '療育手帳 B2（軽度知的障害）',
      '身体障害者手帳 4級（聴覚障害）、手話通訳を希望',
    ][k];
    add(
      `shogai-${k}`,
      'memo_ja',
      `障害者雇用 合理的配慮面談記録　${r.int(2025, 2025)}/${r.int(9, 11)}/${p2(r.int(1, 28))}
対象者：${name}${p ? `（${PN(p.lat)}、${NAT_JA[p.nat]}）` : `（${PN(kanaJa(j))}）`}
${SEN(`障害の状況：${dis}`)}
手帳番号：第${r.digits(6)}号（有効期限なし）
配慮事項：${['通路の段差解消、立ち作業は1時間ごとに休憩', '通院日（月1回）の休暇取得、業務指示は文書で', '作業手順を写真付きマニュアルで提示', 'ミーティングはチャットで文字起こしを併用'][k]}
${p ? `母語：${LANG_JA[p.nat]}。通訳は派遣元の${PN(full(nj()))}さんが月1回同席。\n` : ''}記録：人事 ${PN(full(hr))}　内線 ${r.int(200, 499)}`,
    );
  }

  // =============================================================================================================
  // I. Religion: dietary / prayer-room requests about a person, 6
  {
    const a = nfOf('ID');
    const b = nfOf('ID');
    const c = nfOf('NP');
    const hr = nj();
    const cook = nj();
    add(
      'creed-0',
      'memo_ja',
      `社員食堂への個別対応依頼（総務 ${PN(full(hr))} → 食堂 ${PN(cook.sei)}さん）
・${PN(a.kana)}さん、${PN(b.call)}さん（インドネシア出身・特定技能）：${SEN('ムスリムのため豚肉・アルコール（みりん含む）不可')}
・${PN(c.kana)}さん：${SEN('ヒンドゥー教徒のため牛肉不可')}
・来年3月頃の${SEN('ラマダン期間中は日中断食')}するので昼食不要とのこと（${PN(a.call)}さん）
以上よろしくお願いします。`,
    );
    const d = nfOf('ID');
    add(
      'creed-1',
      'chat_ja',
      `[LINE] 製造2課グループ
${PN('Budi')}: 班長すみません、金曜日のお昼、${SEN('モスクにお祈りに行きたい')}です。30分早く休憩いいですか
${PN('荒木 健')}: いいよ、13時までに戻ってね
${PN('Budi')}: ありがとうございます🙏
${PN('荒木 健')}: ${PN(d.callLat)}さんも一緒？
${PN(d.callLat)}: はい一緒に行きます`,
    );
    const e = nfOf('PH');
    add(
      'creed-2',
      'email_en',
      `Subject: Prayer room / schedule request
From: ${PN(western(e))} <${EM(mail(lc(e.callLat) + '.' + lc(e.lat.split(' ')[0]), 'sunrise-logi.co.jp'))}>
To: HR Team <${EM('hr@sunrise-logi.co.jp')}>

Hi ${PN('Nishida')}-san,
As ${SEN('a practising Seventh-day Adventist')}, ${SEN('I keep the Sabbath from Friday sunset to Saturday sunset')}, so I would like to avoid Saturday shifts if possible.
Thank you for understanding.
${PN(e.callLat)}`,
    );
    const f = nfOf('ID');
    const g = nj();
    add(
      'creed-3',
      'form_ja',
      `合理的配慮・個別事情申出書
申出者：${PN(f.lat)}（${PN(f.kana)}）　所属：${COMPANIES[2]} 倉庫課
${SEN('宗教上の配慮：イスラム教。1日5回の礼拝（うち勤務時間内2回、各10分）')}
${SEN('食事：ハラール食のみ')}
${SEN('服装：ヒジャブ着用')}（作業帽の下に着用可）
確認者：${PN(full(g))}　${PH(jpMob(r))}`,
    );
    const h = nfOf('KR');
    add(
      'creed-4',
      'memo_ja',
      `面談メモ 11/14　対象：${PN(h.kanji)}（${PN(h.kana)}）
日曜出勤の件。本人は${SEN('キリスト教（長老派）の教会で毎週日曜に礼拝')}しているため日曜シフトは避けたいとのこと。土曜は問題なし。
対応：シフト表を${PN('須藤')}さんと調整。`,
    );
    const i = nfOf('VN');
    add(
      'creed-5',
      'chat_mixed',
      `Messenger
${PN(i.callLat)}: Chị ơi, thứ Bảy này em xin nghỉ được không ạ? Em đi chùa lễ Vu Lan
${PN('吉岡 さやか')}: ${PN(i.callLat)}さん、土曜お休みOKです。お寺の行事？
${PN(i.callLat)}: はい、${SEN('わたし仏教です')}、お母さんのために大事な日です
${PN('吉岡 さやか')}: わかりました、シフト変更しておきます`,
    );
  }

  // =============================================================================================================
  // J. Police / immigration matters, 6
  {
    const a = nf();
    const s1 = nj();
    add(
      'police-0',
      'memo_ja',
      `【社外秘】従業員の刑事事件に関する報告　${COMPANIES[1]} 人事部
対象：${PN(a.lat)}（${PN(kanaSp(a))}）　社員番号 ${r.digits(6)}
11月8日、${PN(a.call)}が${SEN('自転車の占有離脱物横領の疑いで伊勢崎警察署に逮捕')}された旨、警察より連絡。
その後${SEN('11月10日に釈放、在宅のまま書類送検')}の見込み。
在留資格への影響について行政書士 ${PN(full(s1))} 先生（${PH('027-325-8841')}）に相談済。
報告者：${PN(full(nj()))}`,
    );
    const b = nf();
    add(
      'police-1',
      'memo_ja',
      `相談記録（外国人相談窓口）　受付 2025-11-12 14:20　通訳言語：${LANG_JA[b.nat]}
相談者：${PN(kanaSp(b))}さん　連絡先 ${PH(jpMob(r))}
内容：${SEN('寮の部屋で現金8万円と在留カードを盗まれた')}。${SEN('太田警察署に被害届を提出済')}（受理番号は本人控えあり）。
在留カードの再交付申請を案内（14日以内）。紛失届出証明書は警察で発行済。
対応者：${PN(full(nj()))}`,
    );
    const c = nf();
    add(
      'police-2',
      'form_ja',
      `採用前確認シート（特定技能）
応募者：${PN(c.lat)}　生年月日 ${DOB(fd(dob(r, 1990, 2002), 1))}
${SEN(r.chance(0.5) ? '前科・前歴：2019年 本国にて交通事故で罰金刑（本人申告）' : '前科・前歴：2021年 道路交通法違反（無免許運転）で罰金30万円')}
過去の退去強制歴：なし
在留カード番号：${RC(rcNo(r))}
面接官：${PN(full(nj()))}`,
    );
    const d = nf();
    const e = nj();
    add(
      'police-3',
      'email_ja',
      `件名：Fw: 実習生の件（至急）
転送元：監理団体 ${PN(full(e))} <${EM(lc(e.seiR) + '@tomo-kanri.or.jp')}>
---------- Forwarded message ---------
From: ${PN(full(nj()))} <${EM('soudan@tomo-kanri.or.jp')}>
Date: 2025年11月18日(火) 9:41

実習生の${PN(kanaSp(d))}さんが、${SEN('実習先の先輩から暴行を受けた')}と訴えています。
顔にあざがあり、${SEN('昨夜から頭痛と吐き気')}があるため本日受診させます。
本人携帯：${PH(jpMob(r))}（母語のみ、日本語は片言）
外国人技能実習機構への報告も検討中です。`,
    );
    const f = FPS.find((x) => x.lat.startsWith('MENDOZA')) as FP;
    add(
      'police-4',
      'memo_en',
      `Case note — Foreign Residents Support Center (English line)
Caller: ${PN(western(f))}, ${NAT_EN[f.nat]}, Residence card ${RC(rcNo(r))}
Phone: ${PH(jpMob(r))}
Issue: ${SEN('her husband was arrested on 11/3 for assault')} and is detained at Toyota police station. ${SEN('She was also hit and has bruises on her arm')}.
She asked whether her "spouse visa" will be affected. Referred to Houterasu multilingual line.
Handled by: ${PN('Koji Fujita')}`,
    );
    const g = nf();
    add(
      'police-5',
      'memo_ja',
      `入管手続メモ（行政書士事務所）
依頼者：${PN(g.lat)}　在留カード ${RC(rcNo(r))}
案件：在留期間更新許可申請（${STATUS[g.nat === 'BR' ? 4 : 2]}）。提出先：東京出入国在留管理局。
必要書類：課税証明書・納税証明書（令和6年度）、在職証明書、パスポート（${forPass(r, g.nat)}）
本人電話 ${PH(jpMob(r))}　担当：${PN(full(nj()))}`,
    );
  }

  // =============================================================================================================
  // K. Hospital interpreter notes, 6
  for (let k = 0; k < 6; k++) {
    const p = nf();
    const itp = nj();
    const dr = nj();
    const b = dob(r, 1978, 2004);
    const dx = [
      ['妊娠12週、つわり強い', '切迫流産の既往あり'],
      ['急性虫垂炎の疑い', '腹腔鏡下手術の説明'],
      ['2型糖尿病', 'インスリン導入を検討'],
      ['結核の疑い（喀痰検査3回）', '職場の接触者健診を保健所が実施予定'],
      ['うつ病', '休職2か月の診断書を発行'],
      ['B型肝炎キャリア', '定期的な肝機能検査が必要'],
    ][k];
    add(
      `interp-${k}`,
      k % 2 ? 'memo_mixed' : 'memo_ja',
      `医療通訳記録　${r.pick(['浜松医療センター', '伊勢崎市民病院', '新宿ほほえみクリニック'])}　${['産婦人科', '外科', '内科', '呼吸器内科', '精神科', '消化器内科'][k]}
通訳者：${PN(full(itp))}（${LANG_JA[p.nat]}）
患者：${PN(k % 2 ? title(p) : p.kana)}　ID ${r.digits(8)}　生年月日 ${DOB(fd(b, k))}
保険：${k === 3 ? '国民健康保険' : '協会けんぽ'}　記号・番号 ${INS(`${r.digits(8)} ${r.int(1, 999)}`)}
医師：${PN(dr.sei)}医師
${SEN(`診断：${dx[0]}`)}
説明内容：${SEN(dx[1])}。${k % 2 ? `Patient asked in English: "Can I keep working?" → ${PN(dr.sei)}先生「来週の結果次第」` : '患者は内容を理解したと回答。'}
次回：${r.int(11, 12)}月${r.int(1, 28)}日 ${r.int(9, 15)}:00　連絡先 ${PH(jpMob(r))}`,
    );
  }

  // =============================================================================================================
  // L. Payroll / 年末調整 with My Number and dependants abroad, 8
  for (let k = 0; k < 6; k++) {
    const p = nf();
    const [z, a] = na();
    const kids = [r.pick(KIN[p.nat]), r.pick(KIN[p.nat])];
    const kd = [dob(r, 1950, 1970), dob(r, 2008, 2020)];
    add(
      `nencho-${k}`,
      k % 2 ? 'ocr_ja' : 'form_ja',
      `令和7年分 給与所得者の扶養控除等（異動）申告書　${COMPANIES[k % COMPANIES.length]}
あなたの氏名：${PN(k % 2 ? p.lat : kanaSp(p))}　フリガナ：${PN(k % 2 ? hwKana(kanaSp(p)) : kanaSp(p))}
あなたの個人番号：${MN(k % 2 ? fw(myNo(r, '')) : myNo(r))}
あなたの生年月日：${DOB(fd(dob(r, 1980, 2000), k % 2 ? 3 : 0))}
あなたの住所：〒${ZIP(z)} ${AD(a)}
源泉控除対象配偶者：なし
控除対象扶養親族（国外居住）：
 1. ${PN(kids[0])}　続柄：${r.pick(['父', '母'])}　生年月日：${DOB(fd(kd[0], 1))}　個人番号：（国外居住のため記載不要）
    住所：${AD(homeOf(p))}（${NAT_EN[p.nat]}）　送金額 年間 ${r.int(38, 120)}万円
 2. ${PN(kids[1])}　続柄：子　生年月日：${DOB(fd(kd[1], 1))}　16歳未満
添付：親族関係書類（出生証明書の和訳）、送金関係書類（${r.pick(['SBIレミット', 'Western Union'])}の明細）`,
    );
  }
  for (let k = 0; k < 3; k++) {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nf();
      rows.push(`${r.digits(5)}\t${PN(i % 2 ? p.lat : p.kana)}\t${MN(myNo(r, i % 2 ? '-' : ''))}\t${PEN(pension(r))}\t${INS(koyo(r))}\t${r.int(19, 32) * 10000}\t${r.int(0, 3)}`);
    }
    add(`payroll-tsv-${k}`, 'tsv_ja_headers', `社員番号\t氏名\t個人番号\t基礎年金番号\t雇用保険番号\t基本給\t扶養人数(国外)\n${rows.join('\n')}`);
  }
  {
    const p = nf();
    const j = nj();
    add(
      'payslip-0',
      'form_ja',
      `給与明細 2025年10月分 / Bảng lương tháng 10/2025
氏名 Họ tên：${PN(p.lat)}
支給額合計 ${r.int(210, 290)},${r.digits(3)}円　控除合計 ${r.int(40, 80)},${r.digits(3)}円
振込先：${r.pick(['ぐんま第一銀行', 'ゆうちょ銀行'])} ${r.pick(['伊勢崎', '〇一八'])}支店 普通 ${BA(acct(r))}
寮費 25,000円　水道光熱費 8,000円
問い合わせ：総務 ${PN(full(j))}（${PH(`0270-${sub(r, 2)}-${r.digits(4)}`)}）`,
    );
  }

  // =============================================================================================================
  // M. Call-centre notes, mixed Japanese / English, 8
  for (let k = 0; k < 8; k++) {
    const p = nf();
    const op = nj();
    const [z, a] = na();
    const variants = [
      `顧客：${PN(western(p))}様（英語対応）\nTEL ${PH(jpMob(r))}\n内容：Wi-Fiルーターの解約。Customer says "I'm moving back to ${NAT_EN[p.nat]} on Dec 15". 最終請求先住所 ${AD(a)}。\n本人確認：生年月日 ${DOB(fd(dob(r), 1))} 一致、在留カード番号 ${RC(rcNo(r))} の下4桁確認。`,
      `Caller: ${PN(p.lat)} / 折返し先 ${PH(jpMob(r))}\nspoke in Japanese + English. 住所変更 → 〒${ZIP(z)} ${AD(a)}\nDOB confirmed ${DOB(fd(dob(r), 5))}. email update: ${EM(mail(lc(p.callLat) + r.digits(2), 'gmail.com'))}`,
      `【入電】${PN(kanaSp(p))}様　携帯 ${PH(jpMob(r, ' '))}\n電気の開始手続き。日本語は少しだけ、English OK。\n使用開始住所：${AD(a)}\n支払方法：クレジットカード（${CC(cardNo(r, 'M'))}、有効期限は口頭で確認）\n→ 受付完了、契約番号 ${r.digits(10)}`,
      `INBOUND 14:32 agent=${PN(op.meiR + ' ' + op.seiR)}\ncust: ${PN(title(p))}, tel ${PH(`+81 ${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`)}\nissue: SIM card lost, wants to suspend line. verified w/ DOB ${DOB(fd(dob(r), 6))} + zip ${ZIP(z)}.\nnote: customer's friend ${PN(nf().callLat)} translated part of the call.`,
      `通話メモ：${PN(p.kana)}さん（${NAT_JA[p.nat]}）より。母国の家族（${PN(kinOf(p))}、${PH(homePhone(r, p.nat))}）に国際電話がつながらないとの問い合わせ。国際ローミング設定を案内。`,
      `受付：${PN(full(op))}\nお客様：${PN(p.lat)}（カナ ${PN(kanaSp(p))}）\n連絡先：${PH(`${r.pick(['03', '06'])}-${sub(r, 4)}-${r.digits(4)}`)}（自宅）/ ${PH(jpMob(r))}（携帯）\n内容：家賃の引落口座を変更したい。新口座：${r.pick(['三井住友', 'みずほ', 'りそな'])}銀行 普通 ${BA(acct(r))}`,
      `Ticket #${r.digits(6)}\nName: ${PN(western(p))}\nPhone: ${PH(jpMob(r))}\nEmail: ${EM(mail(`${lc(p.callLat)}.${lc(p.lat.split(' ')[0])}`, 'yahoo.com'))}\nSummary: asked for the application form in ${NAT_EN[p.nat] === 'Brazil' ? 'Portuguese' : 'English'}; sent PDF. 担当 ${PN(op.sei)}`,
      `[CS] 2025/11/19 ${PN(p.callLat)}様より再入電（前回担当 ${PN(op.sei)}）\n配送先 ${AD(a)} に不在票。再配達を希望、${PH(jpMob(r))} へSMS送付済。\n※お客様の日本語は「ひらがなならよめる」とのこと`,
    ];
    add(`callcentre-${k}`, 'memo_mixed', `${variants[k]}\n対応者 ${PN(full(op))}`);
  }

  // =============================================================================================================
  // N. LINE / Messenger / WhatsApp chats in mixed languages, 10
  {
    const a = nfOf('VN');
    const lead = nj();
    add(
      'chat-0',
      'chat_mixed',
      `${PN(full(lead))}: ${PN(a.callLat)}さん、明日の健康診断 8:30集合です
${PN(a.callLat)}: vâng ạ. はい わかりました
${PN(full(lead))}: 在留カードと保険証もってきてね
${PN(a.callLat)}: 保険証なくしました…
${PN(full(lead))}: え！じゃあ会社で再発行の手続きします。番号わかる？
${PN(a.callLat)}: 写真あります 記号 ${INS(`${r.digits(8)} 番号 ${r.int(10, 999)}`)}`,
    );
    const b = nfOf('PH');
    add(
      'chat-1',
      'chat_mixed',
      `WhatsApp
[11/20 21:14] ${PN(b.callLat)}: Ate, pls call me tmrw, my new number in Japan is ${PH(jpMob(r))}
[11/20 21:15] ${PN(r.pick(['Rosalinda', 'Lourdes']))}: ok anak. Ingat ka dyan
[11/20 21:17] ${PN(b.callLat)}: my address here ${AD(na()[1])} for the balikbayan box 🙏
[11/20 21:18] ${PN(b.callLat)}: zip ${ZIP(JADDR[(pa + 19) % JADDR.length][0])}`,
    );
    const c = nfOf('NP');
    const c2 = nfOf('NP');
    add(
      'chat-2',
      'chat_mixed',
      `[LINE] ネパール人スタッフ連絡用
${PN(c.callLat)}: dai, bholi kaam chha?
${PN(c2.callLat)}: chha, 6 baje. 
${PN('大西 翔')}: 明日は6時から！${PN(c.call)}さん、${PN(c2.call)}さん よろしく
${PN(c.callLat)}: OK 👍 あと私の電話かわりました ${PH(jpMob(r, ''))}`,
    );
    const d = nfOf('BR');
    add(
      'chat-3',
      'chat_mixed',
      `${PN(d.callLat)}: Oi ${PN('Juliana')}, vc sabe o telefone da escola do meu filho?
${PN('Juliana')}: sei sim, ${PH('0566-' + sub(r, 2) + '-' + r.digits(4))} (escola primária de Homigaoka)
${PN(d.callLat)}: obrigada! o professor é o ${PN('村上')} sensei né?
${PN('Juliana')}: isso, ${PN('Murakami')} sensei`,
    );
    const e = nfOf('CN');
    add(
      'chat-4',
      'chat_mixed',
      `微信
${PN(e.kanji)}：${PN('小島')}さん，明天的面试是几点？
${PN('小島 麻衣')}：10時からです。場所は ${AD('愛知県名古屋市中村区名駅4-10-25 名駅IMAIビル8F')} です
${PN(e.kanji)}：好的，谢谢！我的邮箱是 ${EM(mail(lc(e.callLat) + r.digits(4), '163.com'))}
${PN('小島 麻衣')}：履歴書のデータはそちらに送りますね`,
    );
    const f = nfOf('KR');
    add(
      'chat-5',
      'chat_mixed',
      `KakaoTalk
${PN(f.kanji)}: 엄마, 일본 주소 보낼게요
${PN(f.kanji)}: 〒${ZIP('169-0072')} ${AD('東京都新宿区大久保1-8-12 ソレイユ大久保502')}
${PN(f.kanji)}: 전화는 ${PH(jpMob(r))}
엄마: 알았어 ${PN(f.callLat)}아 밥 잘 챙겨 먹어`,
    );
    const g = nfOf('VN');
    const g2 = nfOf('VN');
    add(
      'chat-6',
      'chat_mixed',
      `[Zalo] Nhóm thực tập sinh Isesaki
${PN(g.callLat)}: Ai biết số điện thoại công ty quản lý không?
${PN(g2.callLat)}: ${PH('027-' + sub(r, 3) + '-' + r.digits(4))}, chị ${PN('Nishida')} nói tiếng Việt được
${PN(g.callLat)}: Cảm ơn em. Mai anh đi bệnh viện vì ${SEN('đau lưng nặng')}
${PN(g2.callLat)}: anh nhớ mang thẻ bảo hiểm nhé`,
    );
    const h = nfOf('ID');
    add(
      'chat-7',
      'chat_mixed',
      `${PN('北村 由香里')}: ${PN(h.call)}さん、寮の鍵の件どうなりましたか？
${PN(h.callLat)}: sudah ketemu! 見つかりました、すみません🙇
${PN('北村 由香里')}: よかった〜 あと来月から部屋番号かわります、新住所は ${AD('群馬県太田市東本町16-30 第二寮204')} です
${PN(h.callLat)}: はい、郵便局に転送届だします`,
    );
    add(
      'chat-8',
      'chat_en',
      `Slack #alt-teachers
${PN('John Smith')}: Hey, does anyone know the BOE contact for Ota city? My contract renewal form asks for a supervisor phone
${PN('Emily Clarke')}: It's ${PH('0276-47-' + r.digits(4))}, ask for ${PN('Kuwabara')}-san
${PN('John Smith')}: thanks! also my pension number (${PEN(pension(r))}) is needed for the lump-sum withdrawal, right?
${PN('Emily Clarke')}: yes, the nenkin techo number`,
    );
    const j = nf();
    add(
      'chat-9',
      'chat_mixed',
      `ｸﾞﾙｰﾌﾟ: 夜勤ﾁｰﾑ
${PN(hwKana('ハシモト'))}: 今日${PN(j.call)}さん休み？
${PN(hwKana('ミヤシタ アヤノ'))}: ${SEN('熱が38度あって病院行く')}って連絡ありました
${PN(hwKana('ハシモト'))}: 了解、代わりに${PN('坂口')}さん入れます`,
    );
  }

  // =============================================================================================================
  // O. E-mails with quoted replies / forwarded headers, 10
  for (let k = 0; k < 10; k++) {
    const p = nf();
    const s = nj();
    const t = nj();
    const sMail = mail(`${lc(s.seiR)}.${lc(s.meiR)}`, r.pick(['tomo-kanri.or.jp', 'sunrise-logi.co.jp', 'mirai-kensetsu.jp']));
    const tMail = mail(`${lc(t.seiR)}`, r.pick(['hamamatsu-hosei.co.jp', 'freshdelica.jp']));
    const [z, a] = na();
    const bodies = [
      `${PN(t.sei)}様\n\nお世話になっております。来月配属予定の実習生${PN(p.lat)}（${PN(p.kana)}）さんの在留カード番号は ${RC(rcNo(r))} です。\n入国日は12月3日、寮は ${AD(a)} を予定しています。`,
      `${PN(t.sei)}さん\n\n${PN(p.call)}さんの件、本日面談しました。${SEN('腰痛が悪化しており、医師から重量物の取扱いを控えるよう指示')}が出ています。\n配置転換をご検討ください。本人携帯：${PH(jpMob(r))}`,
      `${PN(t.sei)}様\n\n特定技能への移行予定者リストを送ります。\n・${PN(p.lat)}　生年月日 ${DOB(fd(dob(r, 1995, 2002), 1))}\n・${PN(nf().lat)}　生年月日 ${DOB(fd(dob(r, 1995, 2002), 1))}\n試験合格証の写しは別送します。`,
      `${PN(t.seiR)}-san,\n\nPlease find the onboarding details for ${PN(western(p))}:\nHome address (Japan): ${AD(a)}\nMobile: ${PH(jpMob(r))}\nBank: Japan Post Bank, ${BA(`1${r.digits(4)}-${r.digits(8)}`)}\nMy Number: ${MN(myNo(r, '-'))}`,
      `${PN(full(t))} 様\n\n${PN(kanaSp(p))}さんから、${SEN('妊娠がわかり、つわりがひどいため')}しばらく夜勤を外してほしいと相談がありました。\n母性健康管理指導事項連絡カードの提出を案内済みです。`,
      `${PN(t.sei)}様\n\n退職者（${PN(p.lat)}）の帰国後の連絡先です。\n${AD(homeOf(p))}, ${NAT_EN[p.nat]}\nTel ${PH(homePhone(r, p.nat))}\n脱退一時金の請求書類は本人が持ち帰りました。基礎年金番号 ${PEN(pension(r))}`,
      `${PN(t.sei)}さん\n\n寮の入居者名簿を更新しました（${PN(p.kana)}さん 退去、${PN(nf().kana)}さん 入居）。\n新入居者の緊急連絡先：${PN(nj().sei)}（監理団体）${PH('0270-' + sub(r, 2) + '-' + r.digits(4))}`,
      `${PN(t.seiR)}-san\n\nFYI — ${PN(western(p))} called in sick today (${SEN('food poisoning, saw a doctor at the clinic')}). She'll send the medical certificate by LINE.\nShe can be reached at ${PH(jpMob(r))}.`,
      `${PN(t.sei)}様\n\n通訳手配の件です。${PN(p.kana)}さんの${SEN('歯科治療（抜歯）')}に同行できる${LANG_JA[p.nat]}通訳を12月5日に1名お願いします。\n通訳料の請求先：${COMPANIES[k % COMPANIES.length]} 総務部（〒${ZIP(z)} ${AD(a)}）`,
      `${PN(t.sei)}様\n\n${PN(p.lat)}さんの奥様（${PN(r.pick(KIN[p.nat]))}）の家族滞在ビザの件、在留資格認定証明書が交付されました。\n本国への郵送先：${AD(homeOf(p))}`,
    ];
    const quoted = `> ${PN(t.sei)}です。\n> ${PN(p.call)}さんの書類、${k % 2 ? '明日までに' : '今週中に'}いただけますか。\n> ----\n> ${PN(full(t))}\n> ${PH(fixed(r))}\n> ${EM(tMail)}`;
    const fwd =
      k % 3 === 0
        ? `-------- Original Message --------\nSubject: 実習生書類\nDate: Tue, 18 Nov 2025 16:02:11 +0900\nFrom: ${PN(full(t))} <${EM(tMail)}>\nTo: ${PN(full(s))} <${EM(sMail)}>\n\n`
        : '';
    add(
      `mail-${k}`,
      k === 3 || k === 7 ? 'email_en' : 'email_ja',
      `From: ${PN(full(s))} <${EM(sMail)}>\nTo: ${EM(tMail)}\nSubject: Re: ${k % 2 ? '実習生の件' : 'お問い合わせ'}\n\n${bodies[k]}\n\n--\n${PN(full(s))}\n${PH(fixed(r))}\n\n${fwd}${k % 3 === 0 ? quoted.replace(/^> /gm, '') : `${new Date(Date.UTC(2025, 10, 10 + k)).toISOString().slice(0, 10)} ${PN(full(t))} <${EM(tMail)}> wrote:\n${quoted}`}`,
    );
  }

  // =============================================================================================================
  // P. CSV / TSV exports with Japanese headers, 6
  {
    const rows0: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = nf();
      const [z, a] = na();
      rows0.push(`${101 + i},${PN(p.kana)},${PN(p.lat)},${ZIP(z)},${AD(a)},${PH(jpMob(r))},${NAT_JA[p.nat]},${STATUS[(i * 3) % STATUS.length]}`);
    }
    add('export-0', 'csv_ja_headers', `部屋番号,入居者名（カナ）,入居者名（英字）,郵便番号,住所,携帯,国籍,在留資格\n${rows0.join('\n')}`);

    const rows1: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nf();
      rows1.push(`${PN(title(p))}\t${PN(p.kana)}\t${PN(kinOf(p))}\t${PH(homePhone(r, p.nat))}\t${r.pick(['父', '母', '配偶者', '姉'])}`);
    }
    add('export-1', 'tsv_ja_headers', `氏名\tカナ\t緊急連絡先氏名（母国）\t緊急連絡先電話\t続柄\n${rows1.join('\n')}`);

    const rows2: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nf();
      rows2.push(`"${r.digits(7)}","${PN(p.lat)}","${DOB(fd(dob(r, 1985, 2004), 5))}","${RC(rcNo(r))}","${r.int(2026, 2029)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}","${r.pick(['済', '未'])}"`);
    }
    add('export-2', 'csv_ja_headers', `"受付番号","申請者氏名","生年月日","在留カード番号","在留期間満了日","更新申請"\n${rows2.join('\n')}`);

    const rows3: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = nf();
      const j = nj();
      rows3.push(`${i + 1},${PN(p.kana)},${PN(full(j))},${r.pick(['N3', 'N4', 'N2'])},${r.int(60, 100)},${EM(mail(`${lc(p.callLat)}${r.digits(3)}`, 'gmail.com'))}`);
    }
    add('export-3', 'csv_ja_headers', `No,学生氏名,担任,JLPT目標,出席率,メール\n${rows3.join('\n')}`);

    const rows4: string[] = [];
    for (let i = 0; i < 4; i++) {
      const j = nj();
      const [z, a] = na();
      rows4.push(`${PN(full(j))}\t${PN(hwKana(kanaJa(j)))}\t${DOB(fd(dob(r, 1960, 1995), 1))}\t〒${ZIP(z)}\t${AD(a)}\t${PH(`${r.pick(['03', '06'])}-${sub(r, 4)}-${r.digits(4)}`)}`);
    }
    add('export-4', 'tsv_ja_headers', `登録支援機関 担当者一覧\n氏名\tｶﾅ\t生年月日\t郵便番号\t住所\t電話\n${rows4.join('\n')}`);

    const rows5: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = nf();
      rows5.push(`${r.digits(6)},${PN(p.lat)},${SEN(['高血圧（服薬中）', '喘息', '腰椎椎間板ヘルニア', '糖尿病（経過観察）'][i])},${r.pick(['就業可', '就業制限あり'])}`);
    }
    add('export-5', 'csv_ja_headers', `社員番号,氏名,既往歴,就業判定\n${rows5.join('\n')}`);
  }

  // =============================================================================================================
  // Q. OCR of scanned forms (full-width digits, broken lines, stray spaces, mixed dashes), 8
  {
    const p = nf();
    const [z, a] = na();
    const ph = jpMob(r);
    add(
      'ocr-0',
      'ocr_ja',
      `住 民 票 の 写 し
氏　　名　${PN(p.lat)}
通 称 名　${PN(`${nj().sei} ${p.call}`)}
生年月日　${DOB(fw(`${dob(r).y}年${r.int(1, 12)}月${r.int(1, 28)}日`))}
住　　所　${AD(a.replace(/-/g, 'ー'))}
国籍・地域　${NAT_JA[p.nat]}
第30条45規定区分　中長期在留者　在留カード等の番号　${RC(rcNo(r).replace(/(\d{4})(?=\d)/, '$1 '))}
電話（届出）　${PH(ph.replace(/-/g, '−'))}`,
    );
    const q = nf();
    const mnv = myNo(r, '');
    add(
      'ocr-1',
      'ocr_ja',
      `個人番号カード（裏面）スキャン
個人番号 ${MN(`${mnv.slice(0, 4)} ${mnv.slice(4, 7)} ${mnv.slice(7)}`)}
氏名 ${PN(q.lat)}
生年月日 ${DOB(`${dob(r).y}年 ${r.int(1, 12)}月 ${r.int(1, 28)}日`)}生`,
    );
    const s = nf();
    const ph2 = jpMob(r, '');
    add(
      'ocr-2',
      'ocr_ja',
      `雇 用 契 約 書（写）
労働者氏名 ${PN(s.kana.replace(/・/g, '・\n'))}
住所 〒${ZIP(fw(z))}
${AD(fw(a))}
携帯番号 ${PH(`${ph2.slice(0, 3)}‐${ph2.slice(3, 7)}‐\n${ph2.slice(7)}`)}
契約期間 2025年12月1日〜2026年11月30日　時給 1,${String(r.int(50, 250)).padStart(3, '0')}円`,
    );
    const t = nf();
    add(
      'ocr-3',
      'ocr_ja',
      `技能実習生 健康保険 資格取得届（控）
被保険者氏名 ${PN(t.lat.replace(/ /g, '  '))}
被保険者整理番号 ${r.digits(3)}
基礎年金番号 ${PEN(fw(pension(r)))}
生年月日 ${DOB(fw(fd(dob(r, 1995, 2004), 5)))}
個人番号 ${MN(fw(myNo(r, ' ')))}
資格取得年月日 令和7年1${r.int(0, 2)}月${r.int(1, 28)}日`,
    );
    const u = nf();
    add(
      'ocr-4',
      'ocr_ja',
      `口座振替依頼書
預金者名（カナ） ${PN(hwKana(kanaSp(u)))}
口座番号 ${BA(acct(r).split('').join(' '))}
お届け印 ／ 電話 ${PH(fixed(r, ' - '))}`,
    );
    const v = nf();
    const rcv = rcNo(r);
    add(
      'ocr-5',
      'ocr_ja',
      `在留期間更新許可申請書 (1/4) 　法務大臣殿
1 国籍・地域 ${NAT_JA[v.nat]}　2 生年月日 ${DOB(`${dob(r).y} 年 ${r.int(1, 12)} 月 ${r.int(1, 28)} 日`)}
3 氏名 Family name ${PN(v.lat.split(' ')[0])}  Given name ${PN(v.lat.split(' ').slice(1).join(' '))}
6 住居地 ${AD(na()[1])}
  電話番号 ${PH(`${r.pick(['03', '06'])}-${sub(r, 4)}-${r.digits(4)}`)} 携帯電話番号 ${PH(fw(jpMob(r)))}
7 旅券 (1)番号 ${forPass(r, v.nat)} (2)有効期限 2031年${r.int(1, 12)}月${r.int(1, 28)}日
9 在留カード番号 ${RC(`${rcv.slice(0, 6)}\n${rcv.slice(6)}`)}`,
    );
    const w = nf();
    add(
      'ocr-6',
      'ocr_ja',
      `ｽｷｬﾝ: 履歴書
ふりがな　${PN(hira(kanaSp(w).replace(/ヴ/g, 'ブ')))}
氏　　名　${PN(w.lat)}
${DOB(fw(`${dob(r, 1990, 2000).y}年${r.int(1, 12)}月${r.int(1, 28)}日`))}生（満${r.int(25, 35)}歳）
現住所　〒${ZIP(z.replace('-', 'ー'))}　${AD(a)}
電話　${PH(`O9O-${r.digits(4)}-${r.digits(4)}`)}
E-mail　${EM(fw(mail(lc(w.callLat) + r.digits(2), 'gmail.com')))}`,
    );
    const x = nf();
    add(
      'ocr-7',
      'ocr_ja',
      `外国人雇用状況届出書（雇入れ）
①外国人の氏名（ローマ字） ${PN(x.lat)}
②①の者の在留資格 ${STATUS[x.nat === 'BR' ? 4 : 1]}　③在留期間 ${fw(`${r.int(2026, 2028)}/${r.int(1, 12)}/${r.int(1, 28)}`)}まで
④生年月日 ${DOB(fw(`${dob(r).y}/${r.int(1, 12)}/${r.int(1, 28)}`))}　⑤性別 ${x.sex === 'M' ? '1 男' : '2 女'}
⑥国籍・地域 ${NAT_JA[x.nat]}
⑦在留カードの番号 ${RC(fw(rcNo(r)).replace(/^(..)/, '$1 '))}
雇用保険被保険者番号 ${INS(koyo(r).replace(/-/g, 'ー'))}
事業所名 ${COMPANIES[3]}　所在地 ${AD('愛知県豊田市梅坪町9-14-2')}　電話 ${PH('0565-' + sub(r, 2) + '-' + r.digits(4))}`,
    );
  }

  // =============================================================================================================
  // R. English documents (HR in English, expat life), 8
  {
    const p = nfOf('US');
    const [z, a] = na();
    add(
      'en-0',
      'form_en',
      `NEW HIRE FORM — English Teachers (ALT) / Ota City
Full name: ${PN(western(p))}
Katakana: ${PN(kanaSp(p))}
Date of birth: ${DOB(fd(dob(r, 1985, 1999), 4))}
Residence card no.: ${RC(rcNo(r))}
Address in Japan: ${AD(a.replace(/^群馬県/, '群馬県'))} (〒${ZIP(z)})
Mobile: ${PH(jpMob(r))}
US SSN (for US tax treaty form 8833): ${SSN(`${r.int(100, 665)}-${r.digits(2)}-${r.int(1000, 9999)}`)}
Emergency contact (US): ${PN(r.pick(KIN.US).split(' ').reverse().map(cap).join(' '))}, ${PH(homePhone(r, 'US'))}
Home of record: ${AD(r.pick(HOME_ADDR.US))}`,
    );
    const q = nfOf('PH');
    const hr = nj();
    add(
      'en-1',
      'memo_en',
      `Employee relations note — ${new Date(Date.UTC(2025, 10, 4)).toDateString()}
Employee: ${PN(western(q))} (caregiver, Specified Skilled Worker i)
Supervisor: ${PN(hr.meiR + ' ' + hr.seiR)}
${PN(q.callLat)} reported that ${SEN('she has been diagnosed with hypothyroidism')} and needs a monthly check-up on Wednesdays.
Agreed: Wednesday mornings off; doctor's note on file. Contact: ${PH(jpMob(r))}, ${EM(mail(lc(q.callLat) + '.' + r.digits(4), 'yahoo.com'))}`,
    );
    const s = nfOf('BR');
    add(
      'en-2',
      'json',
      `POST /api/v2/tenants HTTP/1.1
Content-Type: application/json

{"tenant":{"name":"${PN(s.lat)}","name_kana":"${PN(kanaSp(s))}","birth_date":"${DOB(fd(dob(r), 5))}","nationality":"BR","residence_card":"${RC(rcNo(r))}","phone":"${PH(jpMob(r, ''))}","email":"${EM(mail(lc(s.callLat) + '_' + r.digits(3), 'hotmail.com'))}","address":"${AD(na()[1])}","emergency":{"name":"${PN(r.pick(KIN.BR))}","phone":"${PH(homePhone(r, 'BR'))}"}}}`,
    );
    const t = nf();
    add(
      'en-3',
      'log',
      `2025-11-21T02:14:09Z INFO  onboarding.svc created worker id=w_${r.digits(6)} name="${PN(t.lat)}" status=TITP2
2025-11-21T02:14:09Z DEBUG onboarding.svc payload residenceCard=${RC(rcNo(r))} mobile=${PH(jpMob(r))}
2025-11-21T02:14:10Z WARN  onboarding.svc missing field bankAccount for w_${r.digits(6)}
2025-11-21T02:14:11Z INFO  mailer sent welcome to ${EM(mail(lc(t.callLat) + r.digits(3), 'gmail.com'))}`,
    );
    const u = nfOf('NP');
    const u2 = nj();
    add(
      'en-4',
      'email_en',
      `Subject: Fwd: Apartment damage claim
---------- Forwarded message ---------
From: Sakura Property Management <${EM('claims@sakura-pm.co.jp')}>
Date: Thu, Nov 13, 2025
To: ${PN(western(u))} <${EM(mail(lc(u.callLat) + '.' + lc(u.lat.split(' ')[0]), 'gmail.com'))}>

Dear ${PN(u.callLat)},
We inspected your former unit at ${AD('Kawaguchi Namiki 2-18-4, Haitsu Namiki 105, Kawaguchi-shi, Saitama')} ${ZIP('332-0034')} and found wall damage.
Please contact ${PN(u2.meiR + ' ' + u2.seiR)} at ${PH('+81 48-' + sub(r, 3) + '-' + r.digits(4))}.`,
    );
    const v = nfOf('VN');
    add(
      'en-5',
      'memo_en',
      `Incident report — warehouse B, 2025-10-30
Injured worker: ${PN(title(v))} (technical intern, ID ${r.digits(5)})
Injury: ${SEN('laceration to left forearm, 6 stitches at Isesaki Municipal Hospital')}
Witness: ${PN('Budi Santoso')}, ${PN('Kenta Matsui')}
Employment insurance no.: ${INS(koyo(r))}
Reported to Labour Standards Office: yes`,
    );
    const w = nf();
    add(
      'en-6',
      'form_en',
      `Japan Post Bank — Account Opening (English assistance sheet)
Name as on residence card: ${PN(w.lat)}
Date of birth (DD/MM/YYYY): ${DOB(fd(dob(r), 6))}
Residence card number: ${RC(rcNo(r))}
Phone: ${PH(jpMob(r))}
Account symbol/number: ${BA(`1${r.digits(4)}-${r.digits(8)}`)}
Passport: ${forPass(r, w.nat)} (not required)`,
    );
    const x = nfOf('PH');
    add(
      'en-7',
      'csv_en',
      `employee_id,full_name,dob,phone,visa_status,visa_expiry
${r.digits(5)},${PN(western(x))},${DOB(fd(dob(r), 5))},${PH(jpMob(r))},SSW-Nursing Care,2027-03-31
${r.digits(5)},${PN(western(nfOf('ID')))},${DOB(fd(dob(r), 5))},${PH(jpMob(r))},TITP-2,2026-08-14
${r.digits(5)},${PN(western(nfOf('NP')))},${DOB(fd(dob(r), 5))},${PH(jpMob(r))},Student,2026-09-30`,
    );
  }

  // =============================================================================================================
  // S. Misc: 履歴書, 社内報 (prose), 保険, visa / marriage, passports of Japanese staff, 10
  {
    const p = nfOf('BR');
    const j = nj();
    add(
      'misc-0',
      'prose_ja',
      `社内報 12月号「職場の仲間紹介」
今月は浜松工場の${PN(p.kana)}さん。2009年に来日し、日系3世として${PN('比嘉 ロドリゴ 健二')}さんと同じラインで働いて10年になります。趣味はフットサル。
「日本語は職場の${PN(full(j))}さんに教わりました」と笑う${PN(p.call)}さん。休日は子どもとブラジル食材店「メルカド・ブラジル」に通うそうです。`,
    );
    const q = nfOf('PH');
    const h = JA.find((x) => x.sei === '石川') as JP;
    add(
      'misc-1',
      'form_ja',
      `婚姻届 記載内容確認メモ（区役所 戸籍係）
夫：${PN(full(h))}（${PN(kanaJa(h))}）　生年月日 ${DOB(fd(dob(r, 1975, 1995), 3))}
  ${SEN(`本籍：${r.pick(['静岡県浜松市中区元城町', '愛知県岡崎市康生町'])}${r.int(100, 999)}番地`)}
妻：${PN(western(q))}（${PN(kanaSp(q))}）　国籍 フィリピン　生年月日 ${DOB(fd(dob(r, 1985, 1998), 1))}
  婚姻後の氏：${PN(`${h.sei} ${q.callLat === 'Maria' ? 'マリア' : kanaSp(q).split(' ')[1] ?? ''}`.trim())}
添付：婚姻要件具備証明書（フィリピン大使館）、出生証明書（PSA）
新住所：${AD(na()[1])}`,
    );
    const s = nf();
    add(
      'misc-2',
      'form_ja',
      `履 歴 書　2025年11月20日現在
ふりがな　${PN(hira(kanaSp(s)).replace(/ゔ/g, 'ぶ'))}
氏名　${PN(s.kanji || s.lat)}
生年月日　${DOB(fd(dob(r, 1995, 2003), 0))}生
現住所　${((x: [string, string]) => `〒${ZIP(x[0])}　${AD(x[1])}`)(na())}
電話　${PH(jpMob(r))}　メール　${EM(mail(`${lc(s.callLat)}.work`, 'gmail.com'))}
学歴　${NAT_JA[s.nat]}国内大学 卒業、${r.pick(['東京ミライ日本語学校', 'ひかり日本語アカデミー'])} 修了
免許・資格　日本語能力試験 N${r.int(1, 3)}、普通自動車第一種運転免許（外国免許切替）
本人希望　${s.nat === 'ID' ? SEN('礼拝の時間を確保させていただきたい') : '特になし'}`,
    );
    const t = nj();
    const t2 = nj();
    add(
      'misc-3',
      'form_ja',
      `海外出張者名簿（ベトナム・ホーチミン工場 立上げ支援）
1. ${PN(full(t))}　旅券番号 ${PP(jpPass(r))}　生年月日 ${DOB(fd(dob(r, 1970, 1990), 1))}　携帯 ${PH(jpMob(r))}
2. ${PN(full(t2))}　旅券番号 ${PP(jpPass(r))}　生年月日 ${DOB(fd(dob(r, 1970, 1990), 1))}　携帯 ${PH(jpMob(r))}
3. 通訳：${PN(title(nfOf('VN')))}（ベトナム国籍・当社社員）　旅券 ${forPass(r, 'VN')}
現地連絡先：${PH('+84 28 ' + r.digits(4) + ' ' + r.digits(4))}（工場事務所）`,
    );
    const u = nf();
    add(
      'misc-4',
      'memo_ja',
      `社会保険 資格取得手続きメモ
${PN(u.kana)}さん（${PN(u.lat)}）
健康保険証 記号 ${INS(`${r.digits(4)} 番号 ${r.int(100, 999)}`)} 発行済（協会けんぽ群馬支部）
基礎年金番号：${PEN(pension(r))}（初回登録）
マイナンバー：${MN(myNo(r))}
※ローマ字氏名と通称名の併記あり（通称：${PN(`${nj().sei} ${u.call}`)}）`,
    );
    const v = nfOf('CN');
    add(
      'misc-5',
      'prose_ja',
      `【地域ニュース】日本語ボランティア教室に感謝状
川口市の日本語教室「なみき」で10年間ボランティアを続ける${PN('今村 紀子')}さん（68）に市から感謝状が贈られた。教室に通う${PN(v.kanji)}さんは「${PN('今村')}先生のおかげで介護福祉士の試験に合格できた」と話す。`,
    );
    const w = nfOf('KR');
    add(
      'misc-6',
      'form_ja',
      `特別永住者証明書 写し（確認用）
氏名 ${PN(w.kanji)}　通称名 ${PN(`${r.pick(['金本', '新井', '松田'])} ${r.pick(['民夫', '秀子', '英樹'])}`)}
生年月日 ${DOB(fd(dob(r, 1955, 1980), 2))}
住居地 ${AD('大阪府大阪市生野区桃谷3-11-6')}
証明書番号 ${RC(rcNo(r))}
有効期間の満了日 2029年${r.int(1, 12)}月${r.int(1, 28)}日`,
    );
    const x = nf();
    const dr = nj();
    add(
      'misc-7',
      'form_ja',
      `診断書
患者氏名：${PN(x.lat)}（${PN(kanaSp(x))}）
生年月日：${DOB(fd(dob(r), 3))}
${SEN('病名：頸椎捻挫')}
付記：${SEN('令和7年11月2日の交通事故により受傷、約2週間の加療を要する')}
${r.pick(['伊勢崎', '豊田'])}整形外科クリニック　医師 ${PN(full(dr))}`,
    );
    const y = nf();
    add(
      'misc-8',
      'memo_ja',
      `寮の入退去チェック表（${COMPANIES[0]} 第一寮）
退去：${PN(y.kana)}　${r.int(2025, 2025)}/11/30　鍵返却済　転居先：${AD(homeOf(y))}（帰国）
入居：${PN(nf().kana)}　12/02　布団貸与、${PH(jpMob(r))}
入居：${PN(nf().kana)}　12/02　布団貸与、携帯未契約
点検者：${PN(hwKana('モリモト'))}`,
    );
    const z = nfOf('VN');
    add(
      'misc-9',
      'form_ja',
      `自動車運転者登録（社用車）
氏名：${PN(z.kana)}
免許証番号：${DL(dl(r))}（外国免許切替、${r.int(2026, 2028)}年${r.int(1, 12)}月${r.int(1, 28)}日まで有効）
生年月日：${DOB(fd(dob(r), 0))}
連絡先：${PH(jpMob(r))}
承認：車両管理 ${PN('藤田 浩二')}`,
    );
  }

  // =============================================================================================================
  // T. More positives: shipping labels, guarantor, 問診票, Chinese-language roster, Teams, DV consultation, 8
  {
    const p = nfOf('VN');
    const kin = r.pick(KIN.VN);
    add(
      'label-0',
      'label_mixed',
      `EMS 国際スピード郵便 / Express Mail Service
FROM: ${PN(p.lat)}
${AD(`${na()[1]}`)}
JAPAN  TEL ${PH(jpMob(r))}
TO: ${PN(kin)}
${AD('Số 8, Ngõ 120 Đường Hoàng Quốc Việt,\nPhường Nghĩa Đô, Quận Cầu Giấy,\nHà Nội 100000')}
VIETNAM  TEL ${PH(homePhone(r, 'VN'))}
内容品：衣類、菓子　EJ${r.digits(9)}JP`,
    );
    const h = JA.find((x) => x.sei === '岡田') as JP;
    const w = nfOf('PH');
    const [z, a] = na();
    add(
      'guarantor-0',
      'form_ja',
      `連帯保証人確約書
入居者：${PN(western(w))}（${PN(kanaSp(w))}）
連帯保証人：${PN(full(h))}（${PN(hira(kanaJa(h)))}）　続柄：夫
生年月日：${DOB(fd(dob(r, 1970, 1990), 3))}
住所：〒${ZIP(z)} ${AD(a)}
電話：${PH(fixed(r))}　携帯：${PH(jpMob(r))}
本人確認：運転免許証 ${DL(dl(r))}
勤務先：${COMPANIES[5]}（勤続12年）`,
    );
    const m = nfOf('NP');
    add(
      'monshin-0',
      'form_en',
      `Medical Questionnaire (英語/English) — Toyota Community Clinic
Name: ${PN(western(m))}   Date of birth: ${DOB(fd(dob(r), 4))}   Tel: ${PH(jpMob(r))}
Main complaint: cough for 3 weeks, night sweats
${SEN('Past medical history: tuberculosis, treated in Kathmandu 2019')}
Current medication: none
Allergies: none known
Interpreter needed: Nepali`,
    );
    const c1 = nfOf('CN');
    const c2 = nfOf('CN');
    add(
      'cn-roster-0',
      'tsv_zh',
      `劳务派遣人员名单（日本・爱知）
姓名\t拼音\t出生日期\t在留卡号\t日本手机
${PN(c1.kanji)}\t${PN(title(c1))}\t${DOB(`${dob(r, 1985, 2000).y}年${r.int(1, 12)}月${r.int(1, 28)}日`)}\t${RC(rcNo(r))}\t${PH(jpMob(r))}
${PN(c2.kanji)}\t${PN(title(c2))}\t${DOB(`${dob(r, 1985, 2000).y}年${r.int(1, 12)}月${r.int(1, 28)}日`)}\t${RC(rcNo(r))}\t${PH(jpMob(r))}
联系人：${PN('劉 洋')}（${PH('+86 139 ' + r.digits(4) + ' ' + r.digits(4))}）`,
    );
    const t1 = nf();
    const t2 = nj();
    add(
      'teams-0',
      'chat_mixed',
      `[Teams] HR-Onboarding
${PN(t2.meiR + ' ' + t2.seiR)} 10:02  ${PN(title(t1))}さんの入社書類、生年月日が ${DOB(fd(dob(r), 1))} になってますが合ってますか？
${PN(title(t1))} 10:05  Yes correct. パスポートも同じです
${PN(t2.meiR + ' ' + t2.seiR)} 10:06  OK！ マイナンバーの通知カード番号は ${MN(myNo(r, '-'))} で登録しました
${PN(title(t1))} 10:07  ありがとうございます 🙏`,
    );
    const v = nfOf('PH');
    add(
      'dv-0',
      'memo_ja',
      `女性相談センター 相談記録（英語・タガログ語通訳）
相談者：${PN(kanaSp(v))}（${PN(western(v))}）　携帯 ${PH(jpMob(r))}
主訴：${SEN('夫から継続的に暴力を受けている（DV被害）')}。在留資格「日本人の配偶者等」のため離婚後の在留に不安。
一時保護：${r.pick(['実施', '本人希望なし'])}。子1人（${r.int(3, 9)}歳）同伴。
担当：${PN(full(nj()))}　通訳：${PN('Lourdes Bautista')}`,
    );
    const f = FPS.find((x) => x.lat.startsWith('OLIVEIRA')) as FP;
    const jf = JA.find((x) => x.sei === '平野') as JP;
    add(
      'mail-fw-10',
      'email_ja',
      `件名：転送：ご家族の旅券申請について
---- 転送メッセージ ----
差出人: ${PN(full(jf))} <${EM(lc(jf.seiR) + '.' + lc(jf.meiR) + '@gmail.com')}>
宛先: 総務部 <${EM('somu@hamamatsu-hosei.co.jp')}>

夫の${PN(f.kana)}の扶養に入っている私（日本国籍）のパスポート番号は ${PP(jpPass(r))} です。
娘の${PN(`${jf.sei} エミリー`)}（${DOB(fd(dob(r, 2015, 2020), 0))}生、二重国籍）の日本旅券は申請中です。
連絡先 ${PH(jpMob(r))}`,
    );
    const k1 = nf();
    add(
      'visa-1',
      'memo_ja',
      `行政書士 受任メモ　在留資格変更（留学→技術・人文知識・国際業務）
申請人：${PN(k1.lat)}（${PN(kanaSp(k1))}）　生年月日 ${DOB(fd(dob(r, 1996, 2003), 2))}
在留カード番号 ${RC(rcNo(r))}　卒業見込：${r.pick(['東京IT専門学校', '名古屋ビジネス専門学校'])} 2026年3月
内定先：${COMPANIES[6]}（法人番号 ${CORP(corp(r.digits(12)))}）
本人メール ${EM(mail(lc(k1.callLat) + '.' + r.digits(2), 'outlook.jp'))}　電話 ${PH(jpMob(r))}
報酬：月額22万円（日本人同等以上を確認）`,
    );
  }

  // =============================================================================================================
  // HARD NEGATIVES (no gold), 40
  const ean13 = (d12: string) => {
    let s = 0;
    for (let k = 0; k < 12; k++) s += +d12[k] * (k % 2 ? 3 : 1);
    return d12 + String((10 - (s % 10)) % 10);
  };
  const isbn = () => {
    const x = ean13(`9784${r.digits(8)}`);
    return `${x.slice(0, 3)}-${x.slice(3, 4)}-${x.slice(4, 8)}-${x.slice(8, 12)}-${x.slice(12)}`;
  };
  const mnShaped = () => mn(`${r.int(1, 9)}${r.digits(10)}`);
  const luhnShaped = (n: number) => luhn(`${r.int(1, 9)}${r.digits(n - 2)}`);

  add(
    'neg-restaurant',
    'neg_ja',
    `ベトナム料理「グエン」新メニューのお知らせ
12月1日より、ランチセットに「フォー・ガー」「ブン・チャー」「バインセオ」が加わります。
ディナータイムは「コム・タム（ホーチミン風）」1,280円、「チェー・バー・マウ」480円。
ご予約は公式サイトの予約フォームから承ります。グエン本店・グエン2号店共通。`,
  );
  add(
    'neg-church',
    'neg_ja',
    `カトリック聖マリア教会　12月の外国語ミサ
・第1日曜 10:30 タガログ語ミサ（フィリピン共同体）
・第2日曜 14:00 ポルトガル語ミサ（ブラジル共同体）
・第3日曜 13:00 ベトナム語ミサ
・12月24日 19:00 クリスマス・イヴ多言語ミサ（日本語・英語・スペイン語）
聖ヨセフ会館で軽食を用意しています。どなたでもお越しください。`,
  );
  add(
    'neg-stats',
    'neg_ja',
    `在留外国人統計（2025年6月末・速報値、単位：人）
国籍・地域別：中国 873,286／ベトナム 660,483／韓国 409,238／フィリピン 341,518／ネパール 233,043／ブラジル 212,325／インドネシア 199,824
在留資格別：永住者 918,116／技能実習 456,595／技術・人文知識・国際業務 418,706／特定技能 336,196／留学 435,203
都道府県別の上位は東京都、愛知県、大阪府、神奈川県、埼玉県の順。群馬県では人口の6.1%が外国籍住民。`,
  );
  add(
    'neg-medical',
    'neg_ja',
    `【解説】外国出生者の結核について
日本の新規結核患者のうち外国出生者の割合は年々増えており、特に20歳代では約8割を占める。入国前結核スクリーニングが2025年から一部の国を対象に開始された。
結核は咳が2週間以上続く場合に疑われ、喀痰検査と胸部X線で診断される。治療は通常6か月間の多剤併用療法で、服薬を確実に続けることが重要である。
職場で患者が出た場合は保健所が接触者健診を行う。`,
  );
  add(
    'neg-jobad',
    'neg_ja',
    `【求人】特定技能（外食業）スタッフ募集　勤務地：伊勢崎市内の店舗
時給 1,150円〜（深夜割増あり）／週5日・1日8時間／寮あり（月2万円）
応募条件：特定技能1号（外食業）の在留資格をお持ちの方、または外食業技能測定試験合格者。日本語N4以上。
ベトナム語・ネパール語・インドネシア語で面接可能。応募は採用サイトのフォームから。`,
  );
  add(
    'neg-timetable',
    'neg_ja',
    `保見団地 → 豊田市駅（とよたおいでんバス 保見・猿投線）平日
保見団地 6:42 7:05 7:31 8:02 8:40 9:25 10:25 11:25
保見ヶ丘 6:45 7:08 7:34 8:05 8:43 9:28 10:28 11:28
豊田市駅 7:18 7:43 8:11 8:40 9:16 10:01 11:01 12:01
※土休日ダイヤは別表。運賃 200円（小学生 100円）。`,
  );
  const ordRows = Array.from({ length: 4 }, (_, i) => `${2025112000 + i * 17},${luhnShaped(16)},${r.int(1, 6)},${r.int(8, 95) * 100},発送済,EJ${r.digits(9)}JP`);
  add('neg-orders', 'neg_csv', `注文番号,決済トランザクションID,数量,金額,ステータス,追跡番号\n${ordRows.join('\n')}`);
  add(
    'neg-isbn',
    'neg_ja',
    `日本語学校 教材リスト（2026年度 初級クラス）
・初級日本語テキスト 第3版 本冊　ISBN ${isbn()}　2,750円
・同 翻訳・文法解説 ベトナム語版　ISBN ${isbn()}　2,200円
・同 翻訳・文法解説 ネパール語版　ISBN ${isbn()}　2,200円
・漢字練習帳 N5-N4　ISBN ${isbn()}　1,430円
・聴解タスク25 初級　ISBN ${isbn()}　1,980円`,
  );
  add(
    'neg-jan',
    'neg_ja',
    `ハラール認証食品 入荷リスト（社員売店）
${Array.from({ length: 6 }, (_, i) => `${ean13(`49${r.digits(10)}`)}\t${['インスタントミーゴレン', 'チキンカレー（ハラール）', 'ココナッツミルク 400ml', 'ビーフン 500g', 'ハラールチキンナゲット 1kg', 'サンバルソース'][i]}\t${r.int(1, 9) * 100 + 98}円`).join('\n')}`,
  );
  add(
    'neg-visa-policy',
    'neg_ja',
    `【解説】在留カードの見方
在留カードの番号は、英字2桁・数字8桁・英字2桁の12桁です（例：AB12345678CD）。カード表面の右上に記載されています。
在留期間の満了日が近づいたら、満了日の3か月前から更新の申請ができます。特定技能1号の在留期間は通算で上限5年です。
雇用主は「在留カード等読取アプリケーション」でICチップの情報を確認し、偽造カードでないことを確かめてください。
なお、永住者のカードの有効期間は7年で、16歳未満の方は16歳の誕生日までです。`,
  );
  add(
    'neg-code',
    'neg_code',
    `// residence-card.ts — format check only (no network)
export const RESIDENCE_CARD_RE = /^[A-Z]{2}\\d{8}[A-Z]{2}$/;
export function isResidenceCardShape(s: string): boolean {
  return RESIDENCE_CARD_RE.test(s.replace(/\\s/g, '').toUpperCase());
}
// tests
expect(isResidenceCardShape('')).toBe(false);
expect(isResidenceCardShape('A1234567')).toBe(false);
const VISA_STATUSES = ['永住者', '定住者', '特定技能1号', '技能実習2号ロ'] as const;`,
  );
  add(
    'neg-log',
    'neg_log',
    `2025-11-21T03:00:00Z INFO  batch.visa-expiry-reminder started run_id=5f1c2d7e-8a41-4b0b-9e2f-1d3c6a9b0e77
2025-11-21T03:00:02Z INFO  batch.visa-expiry-reminder candidates=214 notified=211 skipped=3 reason=no_channel
2025-11-21T03:00:02Z INFO  batch.visa-expiry-reminder lang_breakdown vi=92 ne=41 id=38 tl=22 pt=18
2025-11-21T03:00:03Z INFO  batch.visa-expiry-reminder finished duration_ms=2874 exit=0`,
  );
  add(
    'neg-places',
    'neg_ja',
    `社員旅行ならぬ「社員の故郷めぐり」企画（社内報コラム）
ホーチミンのベンタイン市場、ハノイのホアンキエム湖、マニラのイントラムロス、セブ島、カトマンズのダルバール広場、ポカラのフェワ湖、サンパウロのリベルダージ地区（東洋人街）、ジャカルタのコタ・トゥア、ソウルの明洞、大連の星海広場。
皆さんのおすすめスポットを募集しています。`,
  );
  add(
    'neg-brands',
    'neg_ja',
    `売店 取扱い商品（12月）
・マリアージュ フレール 紅茶 ティーバッグ
・ジョン・マスターズ・オーガニック シャンプー
・ルイボスティー「アンナ」ブレンド
・ブラジル産コーヒー「サントス No.2」
・インスタント麺「インドミー ミーゴレン」
・化粧品「ソフィーナ」「エリクシール」`,
  );
  add(
    'neg-menu-vn',
    'neg_vi',
    `Thực đơn căng tin tuần này (社員食堂 今週のメニュー)
Thứ Hai: cơm gà, canh chua
Thứ Ba: phở bò, gỏi cuốn
Thứ Tư: cà ri (không thịt heo)
Thứ Năm: bún chả Hà Nội
Thứ Sáu: cơm tấm Sài Gòn
Giá: 450 yên / suất. Có món chay mỗi ngày.`,
  );
  add(
    'neg-fx',
    'neg_ja',
    `本日の送金レート（2025/11/21 10:00 更新・参考値）
JPY→VND 1円 = 168.52ドン　JPY→PHP 1円 = 0.3781ペソ　JPY→BRL 1円 = 0.03512レアル
JPY→NPR 1円 = 0.8864ルピー　JPY→IDR 1円 = 107.31ルピア　JPY→CNY 1円 = 0.04612元
送金手数料：3万円まで 980円、10万円まで 1,480円。受取方法：口座入金／現金受取。`,
  );
  add(
    'neg-curriculum',
    'neg_ja',
    `技能実習生 入国後講習 カリキュラム（全176時間）
第1週 日本語（あいさつ・ひらがな）24h／生活一般（ごみの出し方・交通ルール）8h
第2週 日本語（カタカナ・職場のことば）24h／法的保護（入管法・労働基準法）8h
第3週 日本語（漢字100字）20h／生活一般（防災・119番・110番のかけ方）12h
第4週 日本語（N4模擬）16h／職場見学 16h
講習会場：監理団体 研修センター（3階 大会議室）`,
  );
  add(
    'neg-outage',
    'neg_ja',
    `【障害報告】多言語勤怠アプリ ログイン障害（第2報）
発生：2025/11/19 07:12　復旧：08:40
影響：ベトナム語・ネパール語UIの利用者がログイン不可（約1,200アカウント）
原因：翻訳リソースのキャッシュ不整合。障害対応として旧バージョン v3.8.1 へロールバック。
再発防止：リリース手順に多言語UIの結合試験を追加。`,
  );
  add(
    'neg-rental-guide',
    'neg_ja',
    `外国籍の方のお部屋探しガイド
1. 必要書類：在留カード、パスポート、収入証明（源泉徴収票や給与明細3か月分）
2. 保証会社：多くの物件で保証会社の利用が必須です。審査には1〜3営業日かかります。
3. 緊急連絡先：日本国内の方が望ましいですが、母国のご家族でも可の保証会社があります。
4. 初期費用の目安：家賃の4〜5か月分（敷金・礼金・仲介手数料・保証料）`,
  );
  add(
    'neg-holidays',
    'neg_ja',
    `2026年 主な宗教・民族行事カレンダー（シフト作成の参考）
・テト（旧正月）：2月17日前後（ベトナム・中国・韓国ソルラル）
・ラマダン：2月中旬〜3月中旬ごろ／イード・アル＝フィトル：3月20日ごろ
・ダサイン：10月ごろ（ネパール最大の祭り）／ティハール：11月ごろ
・聖週間：3月29日〜4月5日（フィリピン・ブラジル）
各行事の時期は年により変わります。希望休は早めに申請してください。`,
  );
  add(
    'neg-halal-notice',
    'neg_ja',
    `社員食堂からのお知らせ
12月より毎日1品、ハラール認証を受けた食材のみを使用したメニューを提供します。豚肉・アルコール由来の調味料は使用していません。
また、ベジタリアンメニューも週3回提供します。アレルギー表示は各メニューの札をご確認ください。`,
  );
  add(
    'neg-prayer-room',
    'neg_ja',
    `【総務】本社2階に礼拝室（祈祷室）を設置しました
どなたでも、宗教を問わず静かに祈る・休む目的で利用できます。利用時間 7:00〜20:00。
足洗い場は隣の多目的トイレ内にあります。キブラ（メッカの方角）の表示を床に設置しています。`,
  );
  add(
    'neg-kenshin-schedule',
    'neg_ja',
    `2025年度 定期健康診断 実施のお知らせ
日程：12月8日（月）〜10日（水）8:30〜11:30　場所：第二工場 食堂
項目：身長・体重・視力・聴力・血圧・尿検査・血液検査・胸部X線・心電図（35歳・40歳以上）
通訳：ベトナム語・インドネシア語・ポルトガル語の通訳が会場にいます。前日21時以降は絶食してください。`,
  );
  add(
    'neg-bouhan',
    'neg_ja',
    `防犯のお知らせ（寮・社宅にお住まいの皆さんへ）
最近、寮周辺で自転車盗難や空き巣の被害が増えています。自転車には必ず2つ鍵をかけてください。
在留カードやパスポートを盗まれた場合は、すぐに警察に届け出て、14日以内に出入国在留管理局で再交付を申請してください。
不審な人を見かけたら110番へ。`,
  );
  add(
    'neg-parts',
    'neg_ja',
    `部品表（BOM）抜粋　製品：電動工具 EX-3000
TZ4471023　ギアケース　数量 1
TK2089914　モーター組立　数量 1
MU5530081　スイッチ　数量 2
ロット番号 ${mnShaped()}／${mnShaped()}
検査基準 JIS C 9335-2-1`,
  );
  add(
    'neg-ems',
    'neg_ja',
    `国際郵便 発送記録（寮の共同購入）
EMS EJ${r.digits(9)}JP　ベトナム宛　2.4kg　3,900円　配達済
EMS EJ${r.digits(9)}JP　フィリピン宛　5.0kg　6,300円　通関中
国際小包 CP${r.digits(9)}JP　ネパール宛　9.8kg　11,250円　引受
※追跡は日本郵便のサイトで。`,
  );
  add(
    'neg-schema',
    'neg_code',
    `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "ForeignWorker",
  "type": "object",
  "required": ["nameRoman", "residenceCardNumber", "visaStatus", "visaExpiry"],
  "properties": {
    "nameRoman": { "type": "string", "maxLength": 80 },
    "nameKana": { "type": "string" },
    "residenceCardNumber": { "type": "string", "pattern": "^[A-Z]{2}[0-9]{8}[A-Z]{2}$" },
    "visaStatus": { "enum": ["TITP-1", "TITP-2", "SSW-1", "SSW-2", "ENG-HUM", "PR"] },
    "visaExpiry": { "type": "string", "format": "date" }
  }
}`,
  );
  add(
    'neg-sql',
    'neg_code',
    `CREATE TABLE tenants (
  id BIGSERIAL PRIMARY KEY,
  name_roman VARCHAR(80) NOT NULL,
  name_kana VARCHAR(80),
  nationality CHAR(2) NOT NULL,
  residence_card_no CHAR(12),
  emergency_phone VARCHAR(20),
  created_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_tenants_nat ON tenants (nationality);
SELECT nationality, count(*) FROM tenants GROUP BY 1 ORDER BY 2 DESC LIMIT 10;`,
  );
  add(
    'neg-csv-counts',
    'neg_csv',
    `事業所,ベトナム,フィリピン,インドネシア,ネパール,ブラジル,中国,合計
本社工場,42,8,15,6,3,4,78
第二工場,31,12,9,11,18,2,83
物流センター,17,5,22,14,0,1,59`,
  );
  add(
    'neg-en-article',
    'neg_en',
    `Japan to replace technical intern program with "Employment for Skill Development" in 2027
The new system will allow job changes within the same field after one to two years, a key difference from the current Technical Intern Training Program, which has been criticised for restricting workers to a single employer. The number of Specified Skilled Worker visa holders exceeded 330,000 this year, with Vietnam, Indonesia and the Philippines the largest source countries.`,
  );
  add(
    'neg-en-faq',
    'neg_en',
    `FAQ: Renewing your residence card
Q. When can I apply? A. From three months before the expiry date shown on your card.
Q. What do I need? A. Application form, photo (4cm x 3cm), passport, residence card, and documents for your status.
Q. How much is the fee? A. A revenue stamp of 6,000 yen when the permission is granted (online applications: 5,500 yen).
Q. Can I travel abroad while waiting? A. Yes, with a re-entry permit or special re-entry permit.`,
  );
  add(
    'neg-pt-guide',
    'neg_pt',
    `Guia do Seguro Nacional de Saúde (Kokumin Kenkō Hoken)
Quem mora no Japão por mais de 3 meses e não tem seguro da empresa deve se inscrever na prefeitura.
Com o seguro, você paga 30% das despesas médicas. O valor anual depende da renda do ano anterior.
Leve o cartão de residente (zairyū kādo) e o passaporte à seção de seguros da prefeitura.`,
  );
  add(
    'neg-vn-garbage',
    'neg_vi',
    `Hướng dẫn phân loại rác (khu ký túc xá)
Rác cháy được: thứ Hai và thứ Năm, trước 8 giờ sáng.
Chai nhựa PET: thứ Tư tuần 2 và tuần 4.
Lon, chai thủy tinh: thứ Sáu tuần 1.
Lưu ý: Không bỏ rác vào ban đêm. Đi dạo phố đi bộ Nguyễn Huệ ở Sài Gòn thì khác, ở Nhật phải đúng ngày!`,
  );
  add(
    'neg-anime',
    'neg_ja',
    `今月の多言語上映会（国際交流協会）
・アニメ映画『ロドリゴと星の船』ポルトガル語字幕
・アニメ『マリアさまの夏休み』第1〜3話 タガログ語字幕
・映画『ホアのランタン』ベトナム語字幕付き
上映：土曜 14:00〜 市民ホール小ホール　入場無料・申込不要`,
  );
  add(
    'neg-jlpt',
    'neg_ja',
    `日本語能力試験（JLPT）2026年第1回 日程
試験日：2026年7月5日（日）　申込期間：3月下旬〜4月中旬
受験料：7,500円（税込）　受験票発送：6月上旬
レベル別試験時間：N1 170分／N2 155分／N3 140分／N4 125分／N5 105分
受験番号は「26A」で始まる12桁です。合否結果は8月下旬にWebで公開。`,
  );
  add(
    'neg-changelog',
    'neg_en',
    `CHANGELOG
v4.2.0 (2025-11-18)
- Added Nepali (ne) and Indonesian (id) UI translations
- Residence card expiry reminders now sent 90/60/30 days before expiry
- Fixed: Katakana names with "・" were split into two fields on CSV import (#1842)
v4.1.3 (2025-10-02)
- Build 40213; minimum iOS 16; Android API 26`,
  );
  add(
    'neg-katakana',
    'neg_ja',
    `カタカナ語クイズ（日本語教室の宿題）
次の言葉の意味を母語で書きましょう。
マリオネット／アンナプルナ（山）／ロドリゴ・デ・フレイタス湖（リオの湖）／サンタクロース／ホセ・リサール通り（マニラの通り）／ジョン万次郎記念館（高知の博物館）／マリアナ海溝／グエン朝（ベトナムの王朝）`,
  );
  add(
    'neg-invoice',
    'neg_ja',
    `請求書　No. ${mnShaped()}
件名：技能実習生 監理費（2025年11月分）
監理費 30,000円 × 24名 = 720,000円
送り出し機関管理費 5,000円 × 24名 = 120,000円
消費税（10%）84,000円　合計 924,000円
お支払期限：2025年12月25日　お振込の際は請求書番号をご記入ください。`,
  );
  add(
    'neg-giftcard',
    'neg_ja',
    `プリペイドカード管理台帳（社内イベント景品）
${Array.from({ length: 4 }, () => `${luhnShaped(16).replace(/(\d{4})(?=\d)/g, '$1 ')}　5,000円分　未使用`).join('\n')}
有効期限は発行から6か月。景品番号順に配布予定。`,
  );
  add(
    'neg-safety',
    'neg_ja',
    `安全衛生委員会 議事要旨（11月）
・休業4日以上の労働災害：今年度 2件（前年同期 4件）
・ヒヤリハット報告：38件、うち外国人従業員からの報告 21件（多言語報告フォームの効果）
・熱中症対策：来年度はWBGT計を全ラインに設置
・次回：12月16日 15:00〜 会議室B`,
  );
  add(
    'neg-en-timetable',
    'neg_en',
    `Shuttle bus: Dormitory 2 -> Plant B (weekdays)
06:10 06:40 07:10 07:40 | night shift 18:10 18:40
Return: 15:20 15:50 16:20 | night shift 03:20 05:20
Bus no. 212 / 318. Capacity 28. Show your employee badge when boarding.`,
  );
  add(
    'neg-address-format',
    'neg_en',
    `How to write a Japanese address on a form
Order: postal code → prefecture → city → town → block numbers → building and room.
Example layout: 〒NNN-NNNN / [Prefecture][City][Town] N-N-N [Building] NNN
The postal code always has 7 digits; the block numbers are often written with hyphens (chome-ban-go).`,
  );
  add(
    'neg-lottery',
    'neg_ja',
    `忘年会 ビンゴ当選番号
1等（家電量販店ギフト）：${r.digits(6)}　2等：${r.digits(6)}・${r.digits(6)}
3等（ハラールスイーツ詰め合わせ）：${r.digits(4)}番台すべて
受付番号 ${r.digits(12)} の方は景品受け渡しカウンターへ。`,
  );

  return out;
}

export const INDEPENDENT6: IndependentDoc[] = buildIndependent6();
