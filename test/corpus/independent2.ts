// Independent labelled test set #2 for the detector: a second stand-in for the hidden labelled corpus.
//
// Written WITHOUT reading the detector (utils/detect/*, except types.ts), the synthetic generator (generate.ts) or
// the unit tests. It uses set #1's markup and check-digit helpers and EXACTLY set #1's labelling conventions (see the
// header of independent.ts): person names without honorifics, phone spans with +81/brackets but not labels, postal
// codes without 〒, addresses from the prefecture (or the city) through building / room on the same line, birth dates
// only, sensitive facts with their field label when written label: value, identity numbers without labels. Company
// addresses and switchboard numbers are labelled like any other address / phone (set #1 does so in signatures and
// 法人 records); bare prefectures or cities are not. Users of a CRM (owners, creators, agents) are people: labelled.
// Set #2 covers shapes set #1 does not: innerText of SaaS screens, request bodies, spreadsheet pastes, wiki /
// markdown, PDF text, Japanese business forms, international English records, and a larger hard-negative share.
// Deterministic: fixed seeds only. Values are invented; check digits are computed.
import { rng } from './generate';
import { AD, DOB, doc, EM, fw, hira, hwKana, iban, L, luhn, mn, corp, PH, PN, SEN, ZIP, type IndependentDoc, type Person } from './independent';

type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (new for set #2)

/** A person of the pools: the same shape as set #1's. */
type Per = Person;
const split3 = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((x) => x.split(':'));
const FAM2 = split3(`藤原:フジワラ:Fujiwara 岡田:オカダ:Okada 後藤:ゴトウ:Goto 坂本:サカモト:Sakamoto 遠藤:エンドウ:Endo 青山:アオヤマ:Aoyama
村田:ムラタ:Murata 中野:ナカノ:Nakano 川口:カワグチ:Kawaguchi 桑原:クワハラ:Kuwahara 小川:オガワ:Ogawa 野田:ノダ:Noda 杉山:スギヤマ:Sugiyama
平野:ヒラノ:Hirano 大久保:オオクボ:Okubo 宮崎:ミヤザキ:Miyazaki 内田:ウチダ:Uchida 酒井:サカイ:Sakai 菅原:スガワラ:Sugawara 三宅:ミヤケ:Miyake
福田:フクダ:Fukuda 上原:ウエハラ:Uehara 新垣:アラカキ:Arakaki 大和田:オオワダ:Owada 土屋:ツチヤ:Tsuchiya 望月:モチヅキ:Mochizuki 荻原:オギワラ:Ogiwara
丸山:マルヤマ:Maruyama 安達:アダチ:Adachi 浅野:アサノ:Asano 本間:ホンマ:Homma 西田:ニシダ:Nishida 河野:コウノ:Kono 角田:ツノダ:Tsunoda
神田:カンダ:Kanda 東:アズマ:Azuma 南:ミナミ:Minami 林:ハヤシ:Hayashi 奥村:オクムラ:Okumura 千葉:チバ:Chiba 熊谷:クマガイ:Kumagai 関:セキ:Seki
早乙女:サオトメ:Saotome 小鳥遊:タカナシ:Takanashi 四月一日:ワタヌキ:Watanuki 佐久間:サクマ:Sakuma 矢野:ヤノ:Yano 工藤:クドウ:Kudo 増井:マスイ:Masui`);
const GM2 = split3(`翔太:ショウタ:Shota 大翔:ヒロト:Hiroto 湊:ミナト:Minato 陸斗:リクト:Rikuto 直樹:ナオキ:Naoki 修:オサム:Osamu 剛:ツヨシ:Tsuyoshi
昌弘:マサヒロ:Masahiro 秀樹:ヒデキ:Hideki 康平:コウヘイ:Kohei 光太郎:コウタロウ:Kotaro 達也:タツヤ:Tatsuya 俊介:シュンスケ:Shunsuke
悟:サトル:Satoru 一樹:カズキ:Kazuki 智也:トモヤ:Tomoya 勝:マサル:Masaru 雄一:ユウイチ:Yuichi 圭:ケイ:Kei 航:ワタル:Wataru`);
const GF2 = split3(`美咲:ミサキ:Misaki 花音:カノン:Kanon 紗希:サキ:Saki 瑞穂:ミズホ:Mizuho 香織:カオリ:Kaori 典子:ノリコ:Noriko 恵子:ケイコ:Keiko
明美:アケミ:Akemi 優花:ユウカ:Yuka 陽菜:ヒナ:Hina ひなた:ヒナタ:Hinata 梨沙:リサ:Risa 綾乃:アヤノ:Ayano 沙織:サオリ:Saori 裕子:ユウコ:Yuko
真理子:マリコ:Mariko 久美子:クミコ:Kumiko 舞:マイ:Mai 遥:ハルカ:Haruka 千夏:チナツ:Chinatsu`);
function per(r: Rng): Per {
  const fa = r.pick(FAM2);
  const f = r.next() < 0.5;
  const g = r.pick(f ? GF2 : GM2);
  return { sei: fa[0], seiK: fa[1], seiR: fa[2], mei: g[0], meiK: g[1], meiR: g[2], f };
}
const jn = (p: Per, sep = ' ') => `${p.sei}${sep}${p.mei}`;
const jk = (p: Per, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;
const rn = (p: Per) => `${p.meiR} ${p.seiR}`;
const rnU = (p: Per) => `${p.seiR.toUpperCase()} ${p.meiR}`;

/** Japanese addresses: [zip, prefecture, rest up to block numbers, building or ''] */
const ADDR2: [string, string, string, string][] = [
  ['141-0022', '東京都', '品川区東五反田1-10-7', 'AIOS五反田 9階'],
  ['211-0063', '神奈川県', '川崎市中原区小杉町3丁目264番地3', ''],
  ['560-0082', '大阪府', '豊中市新千里東町1-4-2', '千里ライフサイエンスセンター 14F'],
  ['663-8152', '兵庫県', '西宮市甲子園町1-82', ''],
  ['802-0001', '福岡県', '北九州市小倉北区浅野2丁目14番1号', 'KMMビル 3階'],
  ['040-0065', '北海道', '函館市豊川町12-6', ''],
  ['986-0822', '宮城県', '石巻市中央2丁目9番7号', ''],
  ['430-7790', '静岡県', '浜松市中央区板屋町111-2', '浜松アクトタワー 22F'],
  ['444-0043', '愛知県', '岡崎市唐沢町8-2', 'メゾン唐沢 203'],
  ['611-0021', '京都府', '宇治市宇治琵琶45-13', ''],
  ['720-0065', '広島県', '福山市東桜町3-5', ''],
  ['857-0875', '長崎県', '佐世保市下京町8-1', 'サンライズ下京 801号室'],
  ['899-4332', '鹿児島県', '霧島市国分中央3丁目45番1号', ''],
  ['305-0032', '茨城県', 'つくば市竹園1-6-1', 'つくば三井ビル 7階'],
  ['500-8070', '岐阜県', '岐阜市司町40番地1', ''],
  ['920-0962', '石川県', '金沢市広坂1丁目1番1号', ''],
  ['930-0005', '富山県', '富山市新桜町7-38', ''],
  ['520-0047', '滋賀県', '大津市浜大津1-2-22', '大津びわ湖ハイツ 502'],
  ['031-0031', '青森県', '八戸市番町10-4', ''],
  ['997-0035', '山形県', '鶴岡市馬場町9-25', ''],
  ['963-8001', '福島県', '郡山市大町1丁目14-1', 'コーポ大町 102'],
  ['770-0856', '徳島県', '徳島市中洲町1-58', ''],
  ['780-0870', '高知県', '高知市本町5-1-45', ''],
  ['847-0017', '佐賀県', '唐津市坊主町431-2', ''],
  ['901-2213', '沖縄県', '宜野湾市志真志1-1-1', ''],
  ['332-0031', '埼玉県', '川口市青木2-1-1', 'グリーンハイツ青木 405号室'],
  ['277-0005', '千葉県', '柏市柏5-10-1', '柏ハイツ2-301'],
  ['176-0012', '東京都', '練馬区豊玉北6丁目12番1号', ''],
  ['194-0022', '東京都', '町田市森野2-2-22', '森野ガーデン 1108'],
  ['190-1221', '東京都', '西多摩郡瑞穂町大字箱根ケ崎2335', ''],
  ['389-0111', '長野県', '北佐久郡軽井沢町大字長倉2700-1', ''],
  ['071-1423', '北海道', '上川郡東川町東町1丁目16番1号', ''],
  ['104-0061', '東京都', '中央区銀座四丁目6番16号', '銀座三越ビル 11階'],
  ['651-0087', '兵庫県', '神戸市中央区御幸通8丁目1番6号', '神戸国際会館 17F'],
  ['810-0001', '福岡県', '福岡市中央区天神1-4-2', 'エルガーラ 8F'],
  ['231-0023', '神奈川県', '横浜市中区山下町22', ''],
  ['460-0003', '愛知県', '名古屋市中区錦2-3-4', '名古屋錦フロントタワー 12階'],
  ['542-0081', '大阪府', '大阪市中央区南船場3丁目12-9', '心斎橋プラザビル 本館5F'],
];
interface JAd {
  zip: string;
  pref: string;
  rest: string;
  bldg: string;
  full: string;
  line1: string;
}
function jad(r: Rng): JAd {
  const [zip, pref, rest, bldg] = r.pick(ADDR2);
  const line1 = pref + rest;
  return { zip, pref, rest, bldg, line1, full: bldg ? `${line1} ${bldg}` : line1 };
}

const MOB = ['090', '080', '070'];
const FIX = ['03', '06', '045', '052', '011', '092', '075', '022', '0466', '0285', '0554', '0138', '01456'];
/** Japanese phone. kind m = mobile, f = fixed. form: 0 hyphen, 1 none, 2 spaces, 3 brackets, 4 +81 hyphen, 5 +81 compact, 6 full-width, 7 +81 (0) */
function jtel(r: Rng, kind: 'm' | 'f' | 'x' = 'x', form = 0): string {
  const m = kind === 'm' || (kind === 'x' && r.next() < 0.5);
  const a = m ? r.pick(MOB) : r.pick(FIX);
  const localLen = m ? 8 : 10 - a.length;
  const local = String(r.int(m ? 1 : 2, 9)) + r.digits(localLen - 1);
  const mid = local.slice(0, localLen - 4);
  const last = local.slice(-4);
  switch (form) {
    case 1:
      return a + mid + last;
    case 2:
      return `${a} ${mid} ${last}`;
    case 3:
      return `${a}(${mid})${last}`;
    case 4:
      return `+81-${a.slice(1)}-${mid}-${last}`;
    case 5:
      return `+81${a.slice(1)}${mid}${last}`;
    case 6:
      return fw(`${a}-${mid}-${last}`);
    case 7:
      return `+81 (0)${a.slice(1)} ${mid} ${last}`;
    default:
      return `${a}-${mid}-${last}`;
  }
}
const p2 = (n: number) => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Birth date. 0 y/m/d, 1 年月日, 2 和暦, 3 ISO, 4 S55.3.4, 5 yyyymmdd, 6 mm/dd/yyyy, 7 d Mon yyyy, 8 Month d, yyyy, 9 dd/mm/yyyy */
function bd(r: Rng, form = 0, y0 = 1950, y1 = 2002): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const heisei = y >= 1989;
  const ey = heisei ? y - 1988 : y - 1925;
  switch (form) {
    case 1:
      return `${y}年${m}月${d}日`;
    case 2:
      return `${heisei ? '平成' : '昭和'}${ey === 1 ? '元' : ey}年${m}月${d}日`;
    case 3:
      return `${y}-${p2(m)}-${p2(d)}`;
    case 4:
      return `${heisei ? 'H' : 'S'}${ey}.${m}.${d}`;
    case 5:
      return `${y}${p2(m)}${p2(d)}`;
    case 6:
      return `${p2(m)}/${p2(d)}/${y}`;
    case 7:
      return `${d} ${MON[m - 1]} ${y}`;
    case 8:
      return `${MONTH[m - 1]} ${d}, ${y}`;
    case 9:
      return `${p2(d)}/${p2(m)}/${y}`;
    default:
      return `${y}/${m}/${d}`;
  }
}
const FREEMAIL = ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'au.com', 'softbank.ne.jp', 'outlook.com', 'hotmail.co.jp', 'ybb.ne.jp', 'biglobe.ne.jp'];
function mail(r: Rng, p: Per, dom?: string): string {
  const local = r.pick([
    `${p.seiR}.${p.meiR}`.toLowerCase(),
    `${p.meiR[0]}-${p.seiR}`.toLowerCase(),
    `${p.seiR}${r.int(1, 999)}`.toLowerCase(),
    `${p.meiR}${p.seiR[0]}_${r.int(70, 99)}`.toLowerCase(),
  ]);
  return `${local}@${dom ?? r.pick(FREEMAIL)}`;
}
const COMPANIES: [string, string][] = [
  ['株式会社コスモネット', 'cosmonet.co.jp'],
  ['北陸ロジテック株式会社', 'hokuriku-logitec.jp'],
  ['株式会社アルタイル商事', 'altair-shoji.co.jp'],
  ['合同会社ミナモ', 'minamo.llc'],
  ['株式会社ひまわり介護サービス', 'himawari-care.jp'],
  ['丸栄工業株式会社', 'maruei-kogyo.co.jp'],
  ['株式会社ブルーオーシャン不動産', 'blueocean-re.jp'],
  ['医療法人社団 清風会', 'seifukai.or.jp'],
];

// English pools
const EN_FIRST = 'Emma Liam Noah Ava Ethan Mia Lucas Harper Mason Ella Logan Chloe Aiden Grace Caleb Zoe Owen Nora Isaac Ruby Connor Siobhan Priya Arjun Wei Mateo Fatima Tyler Brooke Declan'.split(' ');
const EN_LAST = 'Anderson Whitaker Donnelly Kowalski Fernandes Lindqvist Okoye Mercer Gallagher Chandra Dubois Hartley Nakagawa MacLeod Rossi Brennan Iyer Sullivan Park Castillo Novak Fitzgerald Tremblay Kaur Harrington'.split(' ');
const enName = (r: Rng) => `${r.pick(EN_FIRST)} ${r.pick(EN_LAST)}`;
const enMail = (name: string, dom: string) => `${name.toLowerCase().replace(' ', '.')}@${dom}`;
interface EnAd {
  cc: string;
  addr: string;
  phone: () => string;
}
function enAd(r: Rng, cc?: string): EnAd {
  const all: EnAd[] = [
    { cc: 'US', addr: `${r.int(100, 9899)} ${r.pick(['Oak', 'Cedar', 'Lakeview', 'Sunset', 'Franklin'])} ${r.pick(['St', 'Ave', 'Blvd', 'Dr'])}, ${r.pick(['Austin, TX 78701', 'Portland, OR 97205', 'Raleigh, NC 27601', 'Madison, WI 53703'])}`, phone: () => r.pick([`(${r.int(212, 989)}) 555-0${r.digits(3)}`, `+1 ${r.int(212, 989)}-555-0${r.digits(3)}`, `${r.int(212, 989)}.555.0${r.digits(3)}`]) },
    { cc: 'CA', addr: `${r.int(10, 980)} ${r.pick(['Yonge St', 'Rue Sainte-Catherine O', 'Granville St'])}, ${r.pick(['Suite 1800, Toronto, ON M5B 2L7', 'Montréal, QC H3B 1A7', 'Vancouver, BC V6C 1T2'])}`, phone: () => r.pick([`+1 416-555-0${r.digits(3)}`, `+1 (604) 555-0${r.digits(3)}`, `+15145550${r.digits(3)}`]) },
    { cc: 'AU', addr: `${r.pick(['Level 12, 1 Martin Place, Sydney NSW 2000', `${r.int(2, 90)} Collins St, Melbourne VIC 3000`, `Unit 4, ${r.int(2, 90)} Adelaide St, Brisbane QLD 4000`])}`, phone: () => r.pick([`+61 2 9${r.digits(3)} ${r.digits(4)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]) },
    { cc: 'IE', addr: r.pick([`${r.int(2, 40)} Merrion Square, Dublin 2, D02 VR66`, `Apt 7, ${r.int(2, 90)} Grand Parade, Cork T12 AB34`, `${r.int(2, 40)} Eyre Square, Galway H91 X2Y3`]), phone: () => r.pick([`+353 1 ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.int(3, 7)} ${r.digits(3)} ${r.digits(4)}`, `08${r.int(3, 7)} ${r.digits(3)} ${r.digits(4)}`]) },
    { cc: 'IN', addr: r.pick([`Flat 302, Sai Residency, Road No. 12, Banjara Hills, Hyderabad, Telangana 500034`, `${r.int(2, 90)}, 4th Cross, Indiranagar, Bengaluru, Karnataka 560038`, `B-${r.int(10, 99)}, Sector 62, Noida, Uttar Pradesh 201309`]), phone: () => r.pick([`+91 98${r.digits(3)} ${r.digits(5)}`, `+91-80-${r.digits(4)}-${r.digits(4)}`, `+9197${r.digits(8)}`]) },
    { cc: 'GB', addr: r.pick([`${r.int(2, 200)} Deansgate, Manchester M3 2BW`, `Flat ${r.int(1, 30)}, ${r.int(2, 90)} Leith Walk, Edinburgh EH6 5HB`, `${r.int(2, 90)} Park Row, Leeds LS1 5HD`]), phone: () => r.pick([`+44 161 ${r.digits(3)} ${r.digits(4)}`, `07${r.digits(3)} ${r.digits(6)}`, `+44 20 7${r.digits(3)} ${r.digits(4)}`]) },
  ];
  return cc ? all.find((a) => a.cc === cc)! : r.pick(all);
}
const BANKS = [
  ['三菱UFJ銀行', '0005'],
  ['みずほ銀行', '0001'],
  ['三井住友銀行', '0009'],
  ['りそな銀行', '0010'],
  ['ゆうちょ銀行', '9900'],
  ['静岡銀行', '0149'],
  ['福岡銀行', '0177'],
  ['城南信用金庫', '1344'],
  ['住信SBIネット銀行', '0038'],
  ['PayPay銀行', '0033'],
];
const BRANCHES = ['本店営業部', '新宿支店', '梅田支店', '名古屋駅前支店', '天神支店', '渋谷中央支店', '横浜駅前支店', 'イチゴ支店', '法人第一支店'];
const IBANS: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(10) + r.digits(11) + r.digits(2),
  GB: (r) => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14),
  ES: (r) => r.digits(20),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10),
  IT: (r) => r.pick(['X', 'K', 'A']) + r.digits(10) + r.digits(12),
  CH: (r) => r.digits(5) + r.digits(12),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  BE: (r) => r.digits(12),
};

// ---------------------------------------------------------------------------------------------------------------
// SaaS screens: document.body.innerText

function crmDetail(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const owner = per(r);
  const upd = per(r);
  const [co, dom] = r.pick(COMPANIES);
  const v = seed % 4;
  let t: string;
  if (v === 0) {
    // Salesforce Lightning, contact record
    t = [
      'Sales',
      'ホーム\t取引先\t取引先責任者\t商談\tリード\tレポート\tダッシュボード\tさらに表示',
      '取引先責任者',
      `${PN(jn(p))}`,
      '+ フォロー',
      '編集',
      '削除',
      '複製',
      '▼',
      `役職\n${r.pick(['総務部 課長', '情報システム部長', '購買担当', '代表取締役'])}`,
      `取引先名\n${co}`,
      `電話\n${PH(jtel(r, 'f', r.pick([0, 3])))}`,
      `メール\n${EM(mail(r, p, dom))}`,
      '詳細\n関連\nニュース',
      `取引先責任者 所有者\n${PN(jn(owner, ''))}`,
      `氏名\n${PN(jn(p))}`,
      `フリガナ（姓）\n${PN(p.seiK)}`,
      `フリガナ（名）\n${PN(p.meiK)}`,
      `携帯電話\n${PH(jtel(r, 'm', r.pick([0, 1])))}`,
      `郵送先住所\n${AD(a.full)}\n${ZIP(a.zip)}\n日本`,
      `誕生日\n${DOB(bd(r, 0))}`,
      `リードソース\n${r.pick(['Web', '展示会', '紹介'])}`,
      `作成者\n${PN(jn(owner, ''))}, 2024/${r.int(1, 12)}/${r.int(1, 28)} ${r.int(9, 18)}:${p2(r.int(0, 59))}`,
      `最終更新者\n${PN(jn(upd, ''))}, 2025/${r.int(1, 3)}/${r.int(1, 28)} ${r.int(9, 18)}:${p2(r.int(0, 59))}`,
      '活動\nメール\t新規ToDo\t新規行動\tログ',
      `今後 & 期限切れ\n見積書送付のフォロー\t${r.int(1, 12)}月${r.int(1, 28)}日\n${PN(owner.sei)}さんにはToDoがあります`,
      'すべてのアクティビティを表示',
    ].join('\n');
  } else if (v === 1) {
    // kintone, app record
    t = [
      `kintone\tポータル\tスペース\tアプリ\t${PN(owner.sei)} ▼`,
      `顧客管理（${r.pick(['東日本', '西日本', '全社'])}） › レコード一覧 › レコードの詳細`,
      '＜ 前のレコード\t次のレコード ＞',
      '✎ 編集\t⋯',
      `レコード番号\n${r.int(100, 9999)}`,
      `顧客名\n${PN(jn(p, '　'))}`,
      `顧客名（カナ）\n${PN(jk(p, '　'))}`,
      `生年月日\n${DOB(bd(r, 3))}`,
      `電話番号\n${PH(jtel(r, 'x', r.pick([0, 1])))}`,
      `メールアドレス\n${EM(mail(r, p))}`,
      `郵便番号\n${ZIP(a.zip)}`,
      `都道府県\n${a.pref}`,
      `市区町村・番地\n${AD(a.rest)}`,
      `建物名・部屋番号\n${a.bldg ? AD(a.bldg) : ''}`,
      `担当者\n${PN(jn(owner))}`,
      `ステータス\n${r.pick(['見込み', '商談中', '契約済み', '休眠'])}`,
      'コメント',
      `${PN(jn(upd))}\n2025-0${r.int(1, 9)}-${p2(r.int(1, 28))} ${r.int(9, 18)}:${p2(r.int(0, 59))}\n${PN(p.sei)}様へ折り返し済み。次回は来月上旬に訪問予定。\n返信\tいいね！ 2`,
      `作成者\t${PN(jn(owner))}\t作成日時\t2024-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} 09:${p2(r.int(0, 59))}`,
      `更新者\t${PN(jn(upd))}\t更新日時\t2025-${p2(r.int(1, 3))}-${p2(r.int(1, 28))} 17:${p2(r.int(0, 59))}`,
    ].join('\n');
  } else if (v === 2) {
    // HubSpot contact (English UI, Japanese customer)
    const ownerEn = enName(r);
    const em = mail(r, p, dom);
    t = [
      'Contacts\tCompanies\tDeals\tTickets\tMarketing\tReports',
      '< Contacts',
      'Actions ▼',
      `${PN(`${p.meiR} ${p.seiR}`)}`,
      `${r.pick(['Head of IT', 'Procurement Manager', 'CEO'])} at ${co}`,
      `${EM(em)}`,
      'Note\tEmail\tCall\tTask\tMeeting\tMore',
      'About this contact',
      `Email\n${EM(em)}`,
      `Phone number\n${PH(jtel(r, 'f', 4))}`,
      `Mobile phone number\n${PH(jtel(r, 'm', r.pick([4, 5])))}`,
      `Contact owner\n${PN(ownerEn)}`,
      `Last contacted\n0${r.int(1, 9)}/${p2(r.int(1, 28))}/2025 ${r.int(1, 12)}:${p2(r.int(0, 59))} PM`,
      'Lifecycle stage\nSales Qualified Lead',
      `Street address\n${AD(a.full)}`,
      `Postal code\n${ZIP(a.zip)}`,
      'Activity\tNotes\tEmails\tCalls\tTasks',
      `Call from ${PN(ownerEn)}\nLogged call with ${PN(p.meiR)}: asked for a revised quote (Q-${r.int(2024, 2025)}-${r.digits(4)}) before the board meeting.`,
      'Load more',
    ].join('\n');
  } else {
    // Zendesk (Japanese help desk)
    const agent = per(r);
    t = [
      'ホーム\tビュー\t顧客\t組織\tレポート\t管理',
      `#${r.int(10000, 99999)} 配送先住所の変更依頼`,
      `依頼者\n${PN(jn(p))}\n${EM(mail(r, p))}`,
      `担当者\n${PN(jn(agent))}`,
      'フォロワー\n—',
      'タグ\n住所変更 配送',
      'タイプ\t質問\t優先度\t普通',
      `${PN(jn(p))}\n${r.int(1, 12)}月${r.int(1, 28)}日 ${r.int(9, 21)}:${p2(r.int(0, 59))}`,
      `お世話になっております。引っ越しのため、次回の定期便から届け先を下記に変更してください。\n〒${ZIP(a.zip)}\n${AD(a.full)}\n日中の連絡先は ${PH(jtel(r, 'm', r.pick([0, 1, 2])))} です。\n注文番号は ${r.digits(3)}-${r.digits(7)} です。`,
      `${PN(jn(agent))}\n${r.int(1, 12)}月${r.int(1, 28)}日 ${r.int(9, 18)}:${p2(r.int(0, 59))}`,
      `${PN(p.sei)}様\nお問い合わせありがとうございます。次回出荷分より変更いたしました。`,
      '送信：未解決 ▼\tマクロを適用',
    ].join('\n');
  }
  return doc(`page-${seed}`, 'page_innertext', t);
}

function crmList(seed: number): IndependentDoc {
  const r = rng(seed);
  const n = 4 + (seed % 4);
  const en = seed % 3 === 2;
  const rows: string[] = [];
  const total = n + r.int(30, 900);
  if (!en) {
    rows.push(`顧客一覧\t▼ すべての顧客\n新規\tインポート\tエクスポート\t一括編集\n1〜${n}件 / 全${total}件\t＜ 1 2 3 … ${Math.ceil(total / n)} ＞`);
    rows.push('☐\t顧客名\tフリガナ\t電話番号\tメール\t都道府県\t担当者\t最終活動日\tステータス');
    for (let k = 0; k < n; k++) {
      const p = per(r);
      const o = per(r);
      const a = jad(r);
      rows.push(
        ['☐', PN(jn(p)), PN(jk(p)), PH(jtel(r, 'x', r.pick([0, 0, 1]))), EM(mail(r, p)), a.pref, PN(jn(o, '')), `2025/0${r.int(1, 3)}/${p2(r.int(1, 28))}`, r.pick(['新規', '商談中', '受注', '失注'])].join('\t'),
      );
    }
    rows.push(`選択中 0 件\t表示件数 ${n} ▼`);
  } else {
    rows.push(`Contacts\nAll contacts ▼\tMy contacts\tUnassigned\n+ Create contact\tImport\tExport\nShowing 1-${n} of ${total} records`);
    rows.push('Name\tEmail\tPhone Number\tContact owner\tCompany\tCreate Date (JST)\tLead Status');
    for (let k = 0; k < n; k++) {
      const p = per(r);
      const e = r.next() < 0.5;
      const nm = e ? enName(r) : `${p.meiR} ${p.seiR}`;
      rows.push(
        [
          PN(nm),
          EM(e ? enMail(nm, r.pick(['gmail.com', 'acme.io', 'northwind.com'])) : mail(r, p)),
          PH(e ? enAd(r).phone() : jtel(r, 'x', 4)),
          PN(enName(r)),
          r.pick(['Cosmonet', 'Altair Trading', 'Blue Ocean Realty', '--']),
          `Mar ${r.int(1, 28)}, 2025 ${r.int(1, 12)}:${p2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`,
          r.pick(['New', 'Open', 'In progress', 'Unqualified']),
        ].join('\t'),
      );
    }
    rows.push('< Prev\t1\t2\t3\tNext >\t25 per page ▼');
  }
  return doc(`list-${seed}`, 'page_innertext_list', rows.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// Request bodies (what an upload / fetch carries)

function requestBody(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const v = seed % 7;
  let t: string;
  if (v === 0) {
    t = `{"event":"signup","form_id":"f_${r.digits(6)}","fields":{"last_name":"${PN(p.sei)}","first_name":"${PN(p.mei)}","last_name_kana":"${PN(p.seiK)}","first_name_kana":"${PN(p.meiK)}","email":"${EM(mail(r, p))}","tel":"${PH(jtel(r, 'm', 1))}","birthday":"${DOB(bd(r, 3))}","zip":"${ZIP(a.zip.replace('-', ''))}","pref":"${a.pref}","address1":"${AD(a.rest)}","address2":"${a.bldg ? AD(a.bldg) : ''}","agree":true},"utm_source":"google","ts":${1740000000 + r.int(0, 9999999)}}`;
  } else if (v === 1) {
    const em = mail(r, p);
    t = `_token=${r.digits(10)}abcf${r.digits(6)}&name=${PN(`${p.meiR}+${p.seiR}`)}&email=${EM(em.replace('@', '%40'))}&tel=${PH(jtel(r, 'x', 0))}&company=${r.pick(['Cosmonet', 'Minamo+LLC', ''])}&message=${r.pick(['Please+send+a+quote', 'Demo+request', 'Call+me+back'])}&consent=1`;
  } else if (v === 2) {
    const b = `----WebKitFormBoundary${r.digits(4)}Xy${r.digits(4)}Qz`;
    const part = (n: string, val: string) => `--${b}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${val}\r\n`;
    t =
      part('applicant_name', PN(jn(p))) +
      part('applicant_kana', PN(jk(p))) +
      part('dob', DOB(bd(r, 0))) +
      part('phone', PH(jtel(r, 'm', 0))) +
      part('postal', ZIP(a.zip)) +
      part('address', AD(a.full)) +
      `--${b}\r\nContent-Disposition: form-data; name="resume"; filename="rirekisho_${p.seiR.toLowerCase()}.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 [binary ${r.int(40, 900)} KB]\r\n--${b}--\r\n`;
  } else if (v === 3) {
    const ownerEn = enName(r);
    t = `{"operationName":"UpdateContact","variables":{"id":"${r.digits(8)}","input":{"firstName":"${PN(p.meiR)}","lastName":"${PN(p.seiR)}","phone":"${PH(jtel(r, 'x', 5))}","email":"${EM(mail(r, p))}","ownerName":"${PN(ownerEn)}","tags":["vip","2025Q1"]}},"query":"mutation UpdateContact($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id updatedAt } }"}`;
  } else if (v === 4) {
    const lines: string[] = [];
    for (let k = 0; k < 4; k++) {
      const q = per(r);
      const ip = `203.0.113.${r.int(2, 250)}`;
      const ts = `2025-03-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}Z`;
      lines.push(
        k % 2 === 0
          ? `{"ts":"${ts}","level":"info","msg":"user.login","user_id":${r.int(10000, 99999)},"email":"${EM(mail(r, q))}","ip":"${ip}","ua":"Mozilla/5.0"}`
          : `{"ts":"${ts}","level":"warn","msg":"profile.update","user_id":${r.int(10000, 99999)},"changes":{"phone":"${PH(jtel(r, 'm', 1))}","name":"${PN(jn(q, ''))}"},"request_id":"${r.digits(8)}-${r.digits(4)}"}`,
      );
    }
    t = lines.join('\n');
  } else if (v === 5) {
    const items: string[] = [];
    for (let k = 0; k < 3; k++) {
      const nm = enName(r);
      const ad = enAd(r);
      items.push(`    {"external_id": "C-${r.digits(6)}", "full_name": "${PN(nm)}", "email": "${EM(enMail(nm, r.pick(['example.com', 'mail.com', 'outlook.com'])))}", "phone": "${PH(ad.phone())}", "country": "${ad.cc}", "mailing_address": "${AD(ad.addr)}"}`);
    }
    t = `POST /api/v2/contacts/batch HTTP/1.1\nHost: api.crm.example\nContent-Type: application/json\nAuthorization: Bearer ****\n\n{\n  "upsert": true,\n  "contacts": [\n${items.join(',\n')}\n  ]\n}`;
  } else {
    t = `お名前=${PN(jn(p, '　'))}&フリガナ=${PN(jk(p, '　'))}&電話番号=${PH(jtel(r, 'x', 0))}&メールアドレス=${EM(mail(r, p))}&郵便番号=${ZIP(a.zip)}&ご住所=${AD(a.full)}&お問い合わせ種別=資料請求&送信=確認画面へ`;
  }
  return doc(`body-${seed}`, 'request_body', t);
}

// ---------------------------------------------------------------------------------------------------------------
// Spreadsheet pastes (Excel / Google Sheets clipboard TSV)

function sheetPaste(seed: number): IndependentDoc {
  const r = rng(seed);
  const v = seed % 4;
  const n = 3 + (seed % 4);
  const rows: string[] = [];
  if (v === 0) {
    rows.push(`顧客リスト\t\t\t\t\t\t作成日\t2025/3/${r.int(1, 28)}`);
    rows.push('');
    rows.push('No.\t顧客名\tTEL\tE-mail\t〒\t住所1\t住所2\t生年月日');
    for (let k = 0; k < n; k++) {
      const p = per(r);
      const a = jad(r);
      const t = jtel(r, 'x', 0);
      // Excel drops the leading zero of numbers typed without a dash
      const tel = r.next() < 0.5 ? t.replace(/-/g, '').slice(1) : t;
      rows.push([String(k + 1), PN(jn(p, r.pick([' ', '　', '']))), PH(tel), r.next() < 0.2 ? '' : EM(mail(r, p)), ZIP(r.next() < 0.5 ? a.zip : a.zip.replace('-', '')), AD(a.line1), a.bldg ? AD(a.bldg) : '', DOB(bd(r, 0))].join('\t'));
    }
    rows.push(`\t合計\t${n}件\t\t\t\t\t`);
  } else if (v === 1) {
    rows.push('\t\t2025年度 PTA役員名簿\t\t\t');
    rows.push('役職\t氏名\tふりがな\t児童名（学年）\t携帯\t備考');
    for (let k = 0; k < n; k++) {
      const p = per(r);
      const child = r.pick(p.f ? GM2 : GF2);
      rows.push([r.pick(['会長', '副会長', '書記', '会計', '広報']), PN(jn(p)), PN(hira(jk(p))), `${PN(`${p.sei} ${child[0]}`)}（${r.int(1, 6)}年）`, PH(jtel(r, 'm', r.pick([0, 1]))), r.pick(['', '', '平日夜のみ可', 'LINE可'])].join('\t'));
    }
    rows.push('\t\t\t\t\t');
    rows.push('※個人情報のため取扱注意\t\t\t\t\t');
  } else if (v === 2) {
    rows.push('Attendee list - Partner Summit 2025\t\t\t\t\t');
    rows.push('First Name\tLast Name\tCompany\tEmail\tPhone\tDietary');
    for (let k = 0; k < n; k++) {
      const e = r.next() < 0.6;
      const p = per(r);
      const f = e ? r.pick(EN_FIRST) : p.meiR;
      const l = e ? r.pick(EN_LAST) : p.seiR;
      const ad = enAd(r);
      rows.push([PN(f), PN(l), r.pick(['Northwind', 'Contoso KK', 'Fabrikam', 'Cosmonet']), EM(`${f[0]}${l}@${r.pick(['northwind.com', 'contoso.jp', 'fabrikam.io'])}`.toLowerCase()), PH(e ? ad.phone() : jtel(r, 'x', 4)), r.pick(['', 'Vegetarian', 'Halal', 'No shellfish'])].join('\t'));
    }
    rows.push(`\t\t\tTotal\t${n}\t`);
  } else {
    rows.push('社員番号\t氏名\tｼﾒｲ\t入社日\t生年月日\t所属\t内線\t携帯');
    for (let k = 0; k < n; k++) {
      const p = per(r);
      rows.push([String(r.int(10000, 29999)), PN(jn(p, '　')), PN(hwKana(jk(p, ' '))), `${r.int(2005, 2024)}/4/1`, DOB(bd(r, 0, 1965, 2001)), r.pick(['営業部', '総務部', '開発部', '物流センター']), String(r.int(2000, 4999)), r.next() < 0.3 ? '' : PH(jtel(r, 'm', 0))].join('\t'));
    }
  }
  return doc(`sheet-${seed}`, 'spreadsheet_paste', rows.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown / wiki

function wiki(seed: number): IndependentDoc {
  const r = rng(seed);
  const v = seed % 3;
  let t: string;
  if (v === 0) {
    const rows: string[] = [];
    for (let k = 0; k < 4; k++) {
      const p = per(r);
      rows.push(`| ${PN(jn(p))} | ${r.pick(['PM', '窓口', '技術', '経理'])} | ${EM(mail(r, p, r.pick(COMPANIES)[1]))} | ${PH(jtel(r, 'x', 0))} |`);
    }
    t = `# ${r.pick(['案件A', 'EC刷新', '基幹移行'])} 関係者一覧\n\n最終更新: 2025-03-${p2(r.int(1, 28))}\n\n| 氏名 | 役割 | メール | 電話 |\n|---|---|---|---|\n${rows.join('\n')}\n\n> 先方窓口の変更があれば Slack #proj で連絡すること。`;
  } else if (v === 1) {
    const a = per(r);
    const b = per(r);
    const c = enName(r);
    t = `## On-call rotation (April)\n\n- **Week 1**: ${PN(rn(a))} — ${PH(jtel(r, 'm', 4))}\n- **Week 2**: ${PN(c)} — ${PH(enAd(r).phone())}\n- **Week 3**: ${PN(rn(b))} — ${PH(jtel(r, 'm', 4))}\n- **Week 4**: _TBD_\n\nEscalation: page \`#sre-oncall\`, then call the duty manager.\nRunbook: https://wiki.example.com/sre/runbook-v3`;
  } else {
    const p = per(r);
    const me = per(r);
    const ad = jad(r);
    t = `[BLG-${r.int(100, 2000)}] お客様宅での設置作業\n\n詳細\n* 訪問先: ${PN(jn(p))} 様\n* 住所: ${AD(ad.full)}\n* 連絡先: ${PH(jtel(r, 'x', 0))}\n* 希望日: 4/${r.int(1, 28)}（午前）\n\n担当者 ${PN(jn(me))}\t状態 処理中\t優先度 中\t期限日 2025/04/${r.int(1, 28)}\n\nコメント\n${PN(me.sei)}: 駐車場なし、近隣のコインパーキングを利用。`;
  }
  return doc(`wiki-${seed}`, 'markdown_wiki', t);
}

// ---------------------------------------------------------------------------------------------------------------
// Text extracted from PDFs

function pdfText(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const [co] = r.pick(COMPANIES);
  const v = seed % 3;
  let t: string;
  const spaced = Array.from(jn(p, '')).join(' ');
  if (v === 0) {
    const rep = per(r);
    const cut = a.line1.length - 3;
    t = `御 見 積 書\nNo. Q${r.digits(8)}\n${r.int(2025, 2025)}年${r.int(1, 12)}月${r.int(1, 28)}日\n${co} 御中\n${PN(jn(p))} 様\n下記の通りお見積り申し上げます。\n株式会社テクノフィールド\n〒${ZIP(a.zip)} ${AD(`${a.line1.slice(0, cut)}\n${a.line1.slice(cut)}`)}\nTEL ${PH(jtel(r, 'f', 0))}\n担当 ${PN(Array.from(jn(rep, '')).join(' '))}\n品番\t品名\t数量\t単価\t金額\nTF-${r.digits(4)}\tセンサーユニット\t${r.int(1, 20)}\t${r.int(10, 90)},000\n- 1 -\nCONFIDENTIAL\n合計金額（税込） ¥${r.int(100, 999)},${r.digits(3)}`;
  } else if (v === 1) {
    t = `賃 貸 借 契 約 書\n\n賃借人（以下「乙」という）\n住 所 ${AD(a.full)}\n氏 名 ${PN(spaced)}\n生年月日 ${DOB(bd(r, 2))}\n\n第1条（目的）\n甲は乙に対し、本物件を住居として賃貸する。\n\n2 / 6\n${co}\n連帯保証人\n住 所 ${AD(jad(r).full)}\n氏 名 ${PN(jn(per(r)))}\n電話 ${PH(jtel(r, 'x', 0))}`;
  } else {
    const nm = jn(p);
    t = `Page 1 of 3\nInvoice / 請求書\nBill To:\n${co}\n${PN(`${nm.slice(0, 2)}\n${nm.slice(2)}`)} 様\nInvoice No: INV-${r.digits(6)}\nIssue Date: 2025-0${r.int(1, 9)}-${p2(r.int(1, 28))}\nDescription Qty Amount\nCloud plan (annual) 1 ¥${r.int(100, 900)},000\nPage 2 of 3\nRemit to: ${r.pick(BANKS)[0]} ${r.pick(BRANCHES)} 普通 ${L('jp_bank_account', r.digits(7))}\n口座名義 カ）テクノフィールド\nPage 3 of 3`;
  }
  return doc(`pdf-${seed}`, 'pdf_text', t);
}

// ---------------------------------------------------------------------------------------------------------------
// Japanese business forms (業務帳票)

function bankForm(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const [bank, code] = r.pick(BANKS);
  const acct = r.digits(7);
  const v = seed % 3;
  let t: string;
  if (v === 0) {
    t = `預金口座振替依頼書・自動払込利用申込書\n収納企業名 ${r.pick(COMPANIES)[0]}\nお客様番号 ${r.digits(10)}\n金融機関名 ${bank}（金融機関コード ${code}）\n支店名 ${r.pick(BRANCHES)}（支店コード ${r.digits(3)}）\n預金種目 1.普通 2.当座 → 1\n口座番号 ${L('jp_bank_account', acct)}\n口座名義（カナ） ${PN(hwKana(jk(p)))}\nおなまえ ${PN(jn(p))}\nご住所 〒${ZIP(a.zip)} ${AD(a.full)}\nお電話 ${PH(jtel(r, 'x', 0))}\n届出印 ㊞\n受付日 2025年${r.int(1, 12)}月${r.int(1, 28)}日`;
  } else if (v === 1) {
    const payee = per(r);
    t = `振込依頼書\n振込指定日：2025/0${r.int(1, 9)}/${p2(r.int(1, 28))}\nお受取人\n　銀行名：${bank}\n　支店名：${r.pick(BRANCHES)}\n　科目：普通預金\n　口座番号：${L('jp_bank_account', acct)}\n　受取人名：${PN(jk(payee))}\n金額：¥${r.int(10, 999)},${r.digits(3)}\n手数料：先方負担\nご依頼人：${PN(jn(p))}（${PH(jtel(r, 'm', 0))}）\n振込番号：${r.digits(12)}`;
  } else {
    const rows = [`給与振込口座届\n社員番号 ${r.int(10000, 99999)}\n氏名 ${PN(jn(p, '　'))}\n`];
    rows.push(`銀行名　${bank}\n支店名　${r.pick(BRANCHES)}（店番 ${r.digits(3)}）\n口座番号　${L('jp_bank_account', acct)}\n名義　${PN(jk(p, '　'))}`);
    rows.push('\n※ ゆうちょ銀行の場合は記号番号を記入\n記号 ―――― 番号 ――――――――');
    t = rows.join('\n');
  }
  return doc(`bank-${seed}`, 'bank_transfer_form', t);
}

function shippingSlip(seed: number): IndependentDoc {
  const r = rng(seed);
  const to = per(r);
  const from = per(r);
  const ta = jad(r);
  const fa = jad(r);
  const v = seed % 2;
  const track = `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
  const t =
    v === 0
      ? `宅急便\n伝票番号 ${track}\nお届け先\n〒${ZIP(ta.zip)}\n${AD(ta.full)}\n${PN(jn(to))} 様\nTEL ${PH(jtel(r, 'x', 0))}\nご依頼主\n〒${ZIP(fa.zip)}\n${AD(fa.full)}\n${PN(jn(from))}\nTEL ${PH(jtel(r, 'x', 0))}\n品名 書類・衣類\nお届け予定日 ${r.int(1, 12)}/${r.int(1, 28)}\n時間帯 14-16時\n個数 1\n発店コード ${r.digits(3)}-${r.digits(3)}`
      : `送り状（ゆうパック）\nお届け先 郵便番号 ${ZIP(ta.zip.replace('-', ''))}\nおところ ${AD(ta.full)}\nおなまえ ${PN(jn(to, ''))} 様\n電話 ${PH(jtel(r, 'm', 1))}\nご依頼主 郵便番号 ${ZIP(fa.zip)}\nおところ ${AD(fa.line1)}\nおなまえ ${r.pick(COMPANIES)[0]} 出荷係 ${PN(from.sei)}\n電話 ${PH(jtel(r, 'f', 0))}\nお問い合わせ番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(2)}-${r.digits(1)}\n重量 2kg　料金 1,270円　代引 なし`;
  return doc(`ship-${seed}`, 'delivery_slip', t);
}

function invoiceQuote(seed: number): IndependentDoc {
  const r = rng(seed);
  const me = per(r);
  const them = per(r);
  const a = jad(r);
  const cn = corp(r.digits(12));
  const t = `請求書\n請求番号 ${r.pick(['INV', 'S', '2025'])}-${r.digits(6)}\n請求日 2025年${r.int(1, 12)}月末日\n${r.pick(COMPANIES)[0]} 御中\nご担当：${PN(jn(them))} 様\n\n株式会社サンプル技研\n登録番号 T${L('corporate_number', cn)}\n〒${ZIP(a.zip)} ${AD(a.full)}\nTEL ${PH(jtel(r, 'f', 0))} / FAX ${PH(jtel(r, 'f', 0))}\n担当 ${PN(jn(me))}（${EM(`${me.seiR.toLowerCase()}@sample-giken.co.jp`)}）\n\n品目\t数量\t単価\t金額\n保守サポート（${r.int(1, 12)}月分）\t1\t${r.int(50, 300)},000\t\n作業費 型番 SG-${r.digits(4)}-${r.digits(3)}\t${r.int(1, 8)}\t12,000\t\n小計\t\t\t¥${r.int(100, 900)},000\n振込先 ${r.pick(BANKS)[0]} ${r.pick(BRANCHES)} 当座 ${L('jp_bank_account', r.digits(7))}\nお支払期限 2025年${r.int(1, 12)}月${r.int(1, 28)}日`;
  return doc(`invoice-${seed}`, 'invoice_quote', t);
}

function insuranceForm(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const b = per(r);
  const a = jad(r);
  const cond = r.pick([
    ['告知事項①　過去5年以内の入院・手術', 'あり（2021年 胆石症で腹腔鏡手術）'],
    ['告知事項②　現在通院中の病気', 'あり（高血圧症で月1回通院、降圧剤服用中）'],
    ['告知事項③　がんと診断されたこと', 'あり（2019年 乳がん、治療終了）'],
    ['告知事項④　精神疾患での通院歴', 'あり（2022年〜2023年 うつ病で心療内科通院）'],
  ]);
  const t = `生命保険契約申込書\n申込番号 ${r.digits(10)}\n被保険者\n　氏名 ${PN(jn(p))}（${PN(jk(p))}）\n　生年月日 ${DOB(bd(r, 2))}　性別 ${p.f ? '女' : '男'}\n　住所 〒${ZIP(a.zip)} ${AD(a.full)}\n　電話 ${PH(jtel(r, 'x', 0))}\n受取人 ${PN(jn(b))}（続柄：${r.pick(['配偶者', '子', '父', '母'])}）\n${SEN(`${cond[0]}：${cond[1]}`)}\n告知日 2025年${r.int(1, 12)}月${r.int(1, 28)}日\n募集人 ${PN(jn(per(r)))}（募集人登録番号 ${r.digits(10)}）`;
  return doc(`ins-${seed}`, 'insurance_form', t);
}

function rentalApp(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const em = per(r);
  const a = jad(r);
  const wa = jad(r);
  const t = `入居申込書\n物件名 ${r.pick(['メゾン桜台', 'パークサイド杉並', 'グランドール北浜'])} ${r.int(101, 905)}号室\n申込者\nフリガナ ${PN(jk(p))}\n氏名 ${PN(jn(p))}\n生年月日 ${DOB(bd(r, r.pick([0, 1, 2]), 1970, 2003))}\n現住所 ${AD(a.full)}\n携帯電話 ${PH(jtel(r, 'm', 0))}\nメール ${EM(mail(r, p))}\n勤務先 ${r.pick(COMPANIES)[0]}\n勤務先所在地 ${AD(wa.line1)}\n勤務先電話 ${PH(jtel(r, 'f', 0))}\n勤続年数 ${r.int(1, 20)}年　年収 ${r.int(300, 900)}万円\n緊急連絡先\n氏名 ${PN(jn(em))}（続柄：${em.f ? r.pick(['母', '姉']) : r.pick(['父', '兄'])}）\n電話 ${PH(jtel(r, 'x', 0))}\n本人確認書類 運転免許証（番号 ${L('jp_drivers_license', `${r.pick(['30', '45', '50', '62'])}${r.digits(10)}`)}）\n仲介 ${r.pick(['ハウスリンク', 'みどり不動産'])} 担当 ${PN(jn(per(r)))}`;
  return doc(`rent-${seed}`, 'rental_application', t);
}

function schoolRoster(seed: number): IndependentDoc {
  const r = rng(seed);
  const rows = [`${r.int(1, 6)}年${r.int(1, 4)}組 緊急連絡網（${r.pick(['令和7年度', '2025年度'])}）`, '出席番号\t児童氏名\tふりがな\t保護者氏名\t連絡先\t備考'];
  for (let k = 0; k < 5; k++) {
    const par = per(r);
    const kid = r.pick(r.next() < 0.5 ? GM2 : GF2);
    const note = r.pick(['', '', '', 'A']);
    rows.push(
      [
        String(k + 1),
        PN(`${par.sei} ${kid[0]}`),
        PN(hira(`${par.seiK} ${kid[1]}`)),
        PN(jn(par)),
        PH(jtel(r, r.next() < 0.7 ? 'm' : 'f', 0)),
        note === 'A' ? SEN(r.pick(['食物アレルギー（そば）エピペン所持', 'ADHDの診断あり、座席配慮', '喘息 吸入薬を保健室に預け'])) : '',
      ].join('\t'),
    );
  }
  rows.push('連絡は出席番号順に回してください。不在時は次の方へ。');
  return doc(`school-${seed}`, 'school_roster', rows.join('\n'));
}

function signupMail(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const v = seed % 2;
  const t =
    v === 0
      ? `件名：【${r.pick(['ハピネスモール', 'ecoストア', 'グッドライフ通販'])}】会員登録完了のお知らせ\n\n${PN(jn(p))} 様\n\nこのたびは会員登録いただきありがとうございます。\nご登録内容は以下の通りです。\n\n会員ID：${r.digits(9)}\nお名前：${PN(jn(p))}（${PN(jk(p))}）\nメールアドレス：${EM(mail(r, p))}\n電話番号：${PH(jtel(r, 'x', 1))}\n生年月日：${DOB(bd(r, 1))}\nご住所：〒${ZIP(a.zip)} ${AD(a.full)}\n\nパスワードはセキュリティのため表示しておりません。\n※本メールは送信専用です。\nお問い合わせ：${EM(`support@${r.pick(['happiness-mall.jp', 'eco-store.jp'])}`)} / ${PH(`0120-${r.digits(3)}-${r.digits(3)}`)}（平日10時〜17時）`
      : `Subject: Welcome to Lumen, ${PN(p.meiR)}!\n\nHi ${PN(p.meiR)},\n\nYour account is ready. Here is what we have on file:\nName: ${PN(rn(p))}\nEmail: ${EM(mail(r, p))}\nPhone: ${PH(jtel(r, 'm', 5))}\nMember since: March ${r.int(1, 28)}, 2025\n\nYour referral code is LUMEN-${r.digits(4)}-${r.pick(['KX', 'QB', 'TZ'])}.\nNeed help? Reply to this email or call ${PH('+81-3-' + r.digits(4) + '-' + r.digits(4))}.\n\nThe Lumen Team`;
  return doc(`signup-${seed}`, 'signup_confirmation', t);
}

function reservation(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const v = seed % 3;
  let t: string;
  if (v === 0)
    t = `【予約確定】${r.pick(['ホテルグランヴィア', '湯の宿 みはらし', 'リバーサイドイン'])}\n予約番号：${r.digits(10)}\n宿泊者名：${PN(jn(p))} 様（${PN(jk(p))}）\nチェックイン：2025年${r.int(1, 12)}月${r.int(1, 28)}日（15:00〜）\n泊数：${r.int(1, 3)}泊　人数：大人${r.int(1, 4)}名\nご連絡先：${PH(jtel(r, 'm', 0))}\nメール：${EM(mail(r, p))}\n合計料金：${r.int(10, 90)},${r.digits(3)}円（現地払い）\nキャンセル規定：前日50%、当日100%`;
  else if (v === 1) {
    const dr = per(r);
    t = `${r.pick(['さくら内科クリニック', 'みなと歯科', 'ひかり皮膚科'])} Web予約受付\n診察券番号 ${r.digits(6)}\n患者名 ${PN(jn(p))} 様\n生年月日 ${DOB(bd(r, 0))}\n予約日時 ${r.int(1, 12)}月${r.int(1, 28)}日 ${r.int(9, 17)}:${r.pick(['00', '15', '30', '45'])}\n担当医 ${PN(jn(dr))}\n${SEN(`受診理由：${r.pick(['糖尿病の定期受診（HbA1c確認）', '花粉症の薬の処方', '不眠の相談（睡眠薬の処方継続）', '虫歯の治療の続き'])}`)}\n電話 ${PH(jtel(r, 'x', 0))}\n※ 変更は前日までにお電話ください。`;
  } else {
    const nm = enName(r);
    t = `Booking confirmation\nConfirmation #: ${r.pick(['HX', 'BK'])}${r.digits(8)}\nGuest: ${PN(nm)}\nEmail: ${EM(enMail(nm, 'gmail.com'))}\nPhone: ${PH(enAd(r).phone())}\nCheck-in: Fri, ${MON[r.int(0, 11)]} ${r.int(1, 28)}, 2025\nRoom: Deluxe Twin, non-smoking\nCard guarantee: Visa ending ${r.digits(4)}\nTotal: JPY ${r.int(30, 150)},${r.digits(3)}`;
  }
  return doc(`resv-${seed}`, 'reservation_confirmation', t);
}

function payroll(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const v = seed % 2;
  const myn = mn(r.digits(11));
  let t: string;
  if (v === 0)
    t = `給与明細書　2025年${r.int(1, 12)}月分\n社員番号 ${r.int(1000, 9999)}　所属 ${r.pick(['営業部', '製造部', '管理部'])}\n氏名 ${PN(jn(p))} 殿\n支給\n基本給 ${r.int(200, 450)},000\n時間外手当 ${r.int(10, 80)},${r.digits(3)}\n通勤手当 ${r.int(5, 30)},000\n控除\n健康保険 ${r.int(10, 25)},${r.digits(3)}\n厚生年金 ${r.int(20, 45)},${r.digits(3)}\n雇用保険 ${r.int(1, 3)},${r.digits(3)}\n所得税 ${r.int(5, 20)},${r.digits(3)}\n差引支給額 ${r.int(200, 400)},${r.digits(3)}\n振込先 ${r.pick(BANKS)[0]} 普通 ${L('jp_bank_account', r.digits(7))}`;
  else
    t = `令和6年分 給与所得の源泉徴収票\n支払を受ける者\n住所又は居所 ${AD(a.full)}\n（個人番号）${L('my_number', myn)}\n（フリガナ）${PN(jk(p))}\n氏名 ${PN(jn(p))}\n種別 給料・賞与\n支払金額 ${r.int(3, 9)},${r.digits(3)},${r.digits(3)}\n源泉徴収税額 ${r.int(50, 400)},${r.digits(3)}\n生年月日 ${DOB(bd(r, 2))}\n支払者\n個人番号又は法人番号 ${L('corporate_number', corp(r.digits(12)))}\n住所 ${AD(jad(r).line1)}\n氏名又は名称 ${r.pick(COMPANIES)[0]}\n電話 ${PH(jtel(r, 'f', 0))}`;
  return doc(`payroll-${seed}`, 'payroll_doc', t);
}

function socialInsurance(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const v = seed % 3;
  let t: string;
  if (v === 0)
    t = `健康保険・厚生年金保険 被保険者資格取得届\n事業所整理記号 ${r.digits(2)}-${r.pick(['ｱｲｳ', 'ｶｷｸ', 'ﾀﾁﾂ'])}\n被保険者氏名 ${PN(jn(p))}（${PN(hwKana(jk(p)))}）\n生年月日 ${DOB(bd(r, 4))}\n個人番号 ${L('my_number', mn(`${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`))}\n基礎年金番号 ${L('jp_pension_number', `${r.digits(4)}-${r.digits(6)}`)}\n取得年月日 令和7年4月1日\n報酬月額 ${r.int(200, 500)},000円\n住所 ${AD(a.full)}`;
  else if (v === 1)
    t = `雇用保険被保険者資格喪失届（控）\n被保険者番号　${L('jp_insurance_number', `${r.digits(4)}-${r.digits(6)}-${r.int(0, 9)}`)}\n事業所番号　${r.digits(4)}-${r.digits(6)}-${r.int(0, 9)}\n氏名　${PN(jn(p, '　'))}\n離職年月日　2025年${r.int(1, 12)}月${r.int(1, 28)}日\n喪失原因　3（事業主の都合以外の離職）\n本人電話　${PH(jtel(r, 'm', 0))}`;
  else
    t = `扶養家族の追加について（人事へのメール）\n\n人事部 ${PN(per(r).sei)}さん\n\n妻の${PN(p.f ? p.mei : r.pick(GF2)[0])}を健康保険の扶養に入れたいです。\n妻の基礎年金番号は${L('jp_pension_number', `${r.digits(4)}${r.digits(6)}`)}、マイナンバーは${L('my_number', mn(`${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`))}です。\n私の保険証は 記号${L('jp_insurance_number', `${r.digits(4)} 番号 ${r.int(1, 99)}`)} です。\n生年月日は${DOB(bd(r, 1))}です。\nよろしくお願いします。`;
  return doc(`shaho-${seed}`, 'hr_social_insurance', t);
}

// ---------------------------------------------------------------------------------------------------------------
// English records

function enCrmExport(seed: number): IndependentDoc {
  const r = rng(seed);
  const v = seed % 2;
  const rows: string[] = [];
  if (v === 0) {
    rows.push('"Contact ID","First Name","Last Name","Title","Account Name","Mailing Street","Mailing City","Mailing State/Province","Mailing Zip/Postal Code","Phone","Email","Birthdate","Contact Owner"');
    for (let k = 0; k < 4; k++) {
      const f = r.pick(EN_FIRST);
      const l = r.pick(EN_LAST);
      const street = `${r.int(10, 9800)} ${r.pick(['Maple', 'Harbor', 'Willow', 'Main', 'Spring'])} ${r.pick(['St', 'Ave', 'Road', 'Lane'])}${r.next() < 0.3 ? `, Apt ${r.int(1, 40)}` : ''}`;
      rows.push(
        [`003${r.digits(4)}0000${r.pick(['Ab', 'Xq', 'Lm'])}${r.digits(4)}`, PN(f), PN(l), r.pick(['VP Sales', 'Buyer', 'CFO', '']), r.pick(['Globex Corp', 'Initech', 'Umbrella Health']), AD(street), ...r.pick([['Denver', 'CO', '80202'], ['Boston', 'MA', '02110'], ['Phoenix', 'AZ', '85004'], ['Tampa', 'FL', '33602']]), PH(`(${r.int(212, 989)}) 555-0${r.digits(3)}`), EM(`${f[0]}${l}@${r.pick(['globex.com', 'initech.com', 'umbrella-health.org'])}`.toLowerCase()), r.next() < 0.6 ? DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1955, 1999)}`) : '', PN(enName(r))]
          .map((x) => `"${x}"`)
          .join(','),
      );
    }
  } else {
    rows.push('Record ID,First name,Last name,Email,Phone number,Country/Region,Street Address,Lifecycle Stage,Create Date');
    for (let k = 0; k < 4; k++) {
      const nm = enName(r);
      const ad = enAd(r);
      const [f, l] = nm.split(' ');
      rows.push([String(r.int(1000000, 9999999)), PN(f), PN(l), EM(enMail(nm, r.pick(['hotmail.com', 'proton.me', 'yahoo.com']))), PH(ad.phone()), ad.cc, `"${AD(ad.addr)}"`, r.pick(['lead', 'customer', 'opportunity']), `2025-0${r.int(1, 9)}-${p2(r.int(1, 28))} 0${r.int(0, 9)}:${p2(r.int(0, 59))}`].join(','));
    }
  }
  return doc(`en-crm-${seed}`, 'en_crm_export', rows.join('\n'));
}

function enTicket(seed: number): IndependentDoc {
  const r = rng(seed);
  const nm = enName(r);
  const agent = enName(r);
  const ad = enAd(r);
  const v = seed % 3;
  let t: string;
  if (v === 0)
    t = `Ticket #${r.int(100000, 999999)} — Change of address\nRequester: ${PN(nm)} <${EM(enMail(nm, 'gmail.com'))}>\nAssignee: ${PN(agent)}\nStatus: Pending · Priority: Normal · Channel: Web form\n\n${PN(nm)} · ${MON[r.int(0, 11)]} ${r.int(1, 28)}, 2025 09:${p2(r.int(0, 59))}\nHello, I moved last week. Please send future invoices to ${AD(ad.addr)}. You can reach me on ${PH(ad.phone())}.\nAccount number: ACC-${r.digits(8)}\n\n${PN(agent)} · internal note\nVerified via callback. Updated in billing.`;
  else if (v === 1)
    t = `Chargeback dispute — case CB-${r.digits(7)}\nCardholder: ${PN(nm)}\nCard: ${L('credit_card', luhn(r.pick([`4${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`, `5${r.int(1, 5)}${r.digits(2)}-${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`, `2${r.int(221, 720)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`])))}\nTransaction: ${r.digits(12)} on 2025-0${r.int(1, 9)}-${p2(r.int(1, 28))}, USD ${r.int(20, 900)}.${r.digits(2)}\nReason code: 13.1 (merchandise not received)\nCustomer phone: ${PH(ad.phone())}\nHandled by ${PN(agent)}`;
  else
    t = `[Intercom] Conversation with ${PN(nm)}\n${PN(nm.split(' ')[0])}: hey, I can't log in. my email is ${EM(enMail(nm, 'icloud.com'))}\nBot: I can help with that! What's the phone number on your account?\n${PN(nm.split(' ')[0])}: ${PH(ad.phone())}\n${PN(agent)}: Thanks! I've sent a reset link. Ref ${r.pick(['INT', 'CX'])}-${r.digits(6)}.`;
  return doc(`en-ticket-${seed}`, 'en_support_ticket', t);
}

function enIntl(seed: number): IndependentDoc {
  const r = rng(seed);
  const cc = ['CA', 'AU', 'IE', 'IN', 'GB', 'US'][seed % 6];
  const ad = enAd(r, cc);
  const nm = enName(r);
  const other = enName(r);
  const dob = bd(r, cc === 'US' ? 6 : r.pick([9, 7, 3]));
  const t = r.pick([
    `Customer profile\nName: ${PN(nm)}\nAddress: ${AD(ad.addr)}\nMobile: ${PH(ad.phone())}\nWork: ${PH(ad.phone())}\nDate of birth: ${DOB(dob)}\nEmail: ${EM(enMail(nm, 'outlook.com'))}\nPreferred contact: SMS`,
    `Dear ${PN(nm.split(' ')[0])},\n\nYour replacement device will be shipped to:\n${PN(nm)}\n${AD(ad.addr)}\n\nOur courier may call you on ${PH(ad.phone())} before delivery. Order ${r.pick(['AU', 'IE', 'CA', 'IN'])}-${r.digits(7)}, estimated 3–5 business days.\n\nWarm regards,\n${PN(other)}\nCustomer Operations`,
    `Emergency contact form\nEmployee: ${PN(nm)} (DOB ${DOB(dob)})\nHome address: ${AD(ad.addr)}\nEmergency contact: ${PN(other)} (spouse) — ${PH(ad.phone())}\nBlood type: O+ | Allergies: ${SEN('penicillin allergy (anaphylaxis)')}`,
  ]);
  return doc(`en-intl-${seed}`, 'en_intl_contacts', t);
}

function enIban(seed: number): IndependentDoc {
  const r = rng(seed);
  const ccs = Object.keys(IBANS);
  const cc = ccs[seed % ccs.length];
  const ib = iban(cc, IBANS[cc](r), r.next() < 0.6);
  const nm = enName(r);
  const cl = enName(r);
  const v = seed % 3;
  const t =
    v === 0
      ? `Vendor bank details update\nSupplier: ${r.pick(['Alpine Tools GmbH', 'Atelier Lumière SARL', 'Canal Systems BV', 'Ferro Italia S.r.l.', 'Norte Logística S.L.'])}\nAccount holder: ${PN(nm)}\nIBAN: ${L('iban', ib)}\nBIC/SWIFT: ${r.pick(['DEUTDEFF', 'BNPAFRPP', 'ABNANL2A', 'BCITITMM', 'CAIXESBB', 'UBSWCHZH80A'])}\nRequested by: ${PN(cl)} (${EM(enMail(cl, 'acme-procure.com'))})\nNote: call-back verification done on ${PH(enAd(r, 'GB').phone())}`
      : v === 1
        ? `Hi ${PN(nm.split(' ')[0])},\n\nplease refund the deposit to my account ${L('iban', ib)} (holder ${PN(nm)}). Thanks!\n\nBooking ref: ${r.pick(['ABX', 'KLM'])}${r.digits(6)}`
        : `SEPA Direct Debit Mandate\nMandate reference: MD-${r.digits(9)}\nCreditor ID: DE98ZZZ0${r.digits(10)}\nDebtor name: ${PN(nm)}\nDebtor address: ${AD(enAd(r, 'IE').addr)}\nDebtor IBAN: ${L('iban', ib)}\nSigned: ${MON[r.int(0, 11)]} ${r.int(1, 28)}, 2025`;
  return doc(`en-iban-${seed}`, 'en_iban', t);
}

function enSsn(seed: number): IndependentDoc {
  const r = rng(seed);
  const nm = enName(r);
  const a = r.int(100, 665);
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const forms = [`${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`, `${a}.${g}.${s}`];
  const ssn = forms[seed % forms.length];
  const ad = enAd(r, 'US');
  const t = r.pick([
    `Form W-9 (copy)\nName: ${PN(nm)}\nAddress: ${AD(ad.addr)}\nTaxpayer Identification Number — Social security number: ${L('us_ssn', ssn)}\nSignature date: 02/${p2(r.int(1, 28))}/2025`,
    `Benefits enrollment\nEmployee ${PN(nm)}, SSN ${L('us_ssn', ssn)}, DOB ${DOB(bd(r, 6))}\nDependent: ${PN(enName(r))}, SSN ${L('us_ssn', `${r.int(100, 665)}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`)}\nPlan: PPO Family\nOn file (masked in portal): ***-**-${s}`,
    `Called the IRS line for ${PN(nm)}. They asked for the social (${L('us_ssn', ssn)}) and the address on the last return (${AD(ad.addr)}). Employer EIN 12-${r.digits(7)} is not an SSN.`,
  ]);
  return doc(`en-ssn-${seed}`, 'en_ssn', t);
}

function enCards(seed: number): IndependentDoc {
  const r = rng(seed);
  const nm = enName(r);
  const brands = [
    () => luhn(`37${r.digits(2)} ${r.digits(6)} ${r.digits(4)}`), // Amex 15
    () => luhn(`34${r.digits(2)}-${r.digits(6)}-${r.digits(4)}`),
    () => luhn(`35${r.int(28, 89)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`), // JCB
    () => luhn(`2${r.int(221, 720)}-${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`), // MC 2-series
    () => luhn(`4${r.digits(14)}`), // Visa compact
    () => luhn(`5${r.int(1, 5)}${r.digits(2)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`),
  ];
  const card = brands[seed % brands.length]();
  const exp = `${p2(r.int(1, 12))}/${r.int(26, 30)}`;
  const t = r.pick([
    `Order notes (phone order)\nCustomer: ${PN(nm)}\nCard: ${L('credit_card', card)}  Exp: ${exp}  CVV: (not stored)\nShip to: ${AD(enAd(r).addr)}\nOrder #${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
    `hey can you update the card on ${PN(nm)}'s subscription? new one is ${L('credit_card', card)} exp ${exp}. old card ending ${r.digits(4)} was cancelled`,
    `Payment method\nCardholder name\n${PN(nm.toUpperCase())}\nCard number\n${L('credit_card', card)}\nExpiry\n${exp}\nBilling email\n${EM(enMail(nm, 'gmail.com'))}\nSave card for future purchases ☑`,
  ]);
  return doc(`en-card-${seed}`, 'en_cards', t);
}

// ---------------------------------------------------------------------------------------------------------------
// Mixed: real data next to look-alike numbers

function orderMixed(seed: number): IndependentDoc {
  const r = rng(seed);
  const p = per(r);
  const a = jad(r);
  const orderNo = seed % 2 ? mn(r.digits(11)) : luhn(r.digits(15));
  const t = r.pick([
    `【ご注文確認】\n${PN(jn(p))} 様\nご注文番号：${orderNo}\nご注文日：2025/${r.int(1, 12)}/${r.int(1, 28)}\nお届け先：〒${ZIP(a.zip)} ${AD(a.full)}\nお電話番号：${PH(jtel(r, 'x', 0))}\n商品：${r.pick(['ロボット掃除機 RC-770', '電気ケトル KT-120', 'ゲーミングチェア GX-3'])}（JAN ${r.digits(13)}）\n配送伝票番号：${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\n合計：${r.int(3, 90)},${r.digits(3)}円`,
    `出荷指示\n受注No ${orderNo}\n出荷日 ${r.int(1, 12)}/${r.int(1, 28)}\n届け先 ${PN(jn(p, ''))}\n${AD(a.line1)}\nTEL ${PH(jtel(r, 'x', 1))}\n品番 ${r.digits(3)}-${r.digits(4)} ×${r.int(1, 9)}\nロット ${r.digits(12)}\n倉庫 ${r.pick(['厚木', '柏', '茨木'])}DC 棚 ${r.pick(['A', 'B'])}-${r.int(1, 40)}-${r.int(1, 9)}`,
    `返品受付 RMA-${r.digits(8)}\nお客様：${PN(jn(p))}（会員番号 ${r.digits(10)}）\n連絡先：${EM(mail(r, p))}\n返品理由：サイズ違い\n元注文番号：${orderNo}\n返金方法：ご購入時のクレジットカード（末尾 ${r.digits(4)}）\n担当：${PN(per(r).sei)}`,
  ]);
  return doc(`order-${seed}`, 'order_mixed', t);
}

// ---------------------------------------------------------------------------------------------------------------
// Hard negatives (no gold at all)

function negGen(seed: number): IndependentDoc {
  const r = rng(seed);
  const jan = () => {
    const b = '49' + r.digits(10);
    let s = 0;
    for (let k = 0; k < 12; k++) s += +b[k] * (k % 2 ? 3 : 1);
    return b + ((10 - (s % 10)) % 10);
  };
  const forms: [string, () => string][] = [
    ['product_catalog', () => `商品マスタ\n品番\tJANコード\t商品名\t入数\t定価\n${['KT', 'RC', 'GX'].map((x) => `${x}-${r.digits(4)}-${r.pick(['BK', 'WH'])}\t${jan()}\t${r.pick(['電気ケトル', 'ロボット掃除機', 'デスクライト', 'USB充電器'])}\t${r.int(1, 24)}\t¥${r.int(1, 30)},${r.digits(3)}`).join('\n')}\n※ 価格は税抜です。`],
    ['stock_quotes', () => `東証プライム 終値（2025/${r.int(1, 12)}/${r.int(1, 28)}）\n7203 トヨタ自動車 ${r.int(2500, 3200)}.${r.int(0, 9)} +${r.int(1, 60)}\n6758 ソニーグループ ${r.int(2800, 3800)} -${r.int(1, 60)}\n9984 ソフトバンクグループ ${r.int(7000, 9900)} +${r.int(1, 200)}\n8306 三菱UFJフィナンシャル・グループ ${r.int(1400, 1900)}.5 -${r.int(1, 30)}\n日経平均 ${r.int(36000, 41000)}.${r.digits(2)}`],
    ['statistics', () => `都道府県別 人口（推計, 千人）\n北海道\t${r.int(5000, 5200)}\n宮城県\t${r.int(2200, 2300)}\n東京都\t${r.int(14000, 14200)}\n愛知県\t${r.int(7400, 7500)}\n大阪府\t${r.int(8700, 8800)}\n福岡県\t${r.int(5000, 5100)}\n出典：総務省統計局（${r.int(2023, 2024)}年10月1日現在）`],
    ['stack_trace', () => `Error: Cannot read properties of undefined (reading 'phone')\n    at normalizeContact (/srv/app/dist/contacts.js:${r.int(10, 900)}:${r.int(5, 60)})\n    at Array.map (<anonymous>)\n    at importBatch (/srv/app/dist/import.js:${r.int(10, 400)}:${r.int(5, 60)})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\nrequestId=${r.digits(8)}-${r.digits(4)}-4${r.digits(3)}-a${r.digits(3)}-${r.digits(12)} batch=${r.digits(13)}`],
    ['git_oneline', () => ['fix(import): keep leading zeros in phone columns', 'feat: add postal code lookup cache', 'chore(deps): bump vitest to 3.2.4', 'refactor: split address parser', 'docs: update CHANGELOG for 2.8.0'].map((m) => `${r.pick(['a', 'f', 'c', 'e', '0'])}${r.digits(3)}${r.pick(['b', 'd', '9'])}${r.digits(2)} ${m}`).join('\n')],
    ['server_log', () => `${r.int(10, 250)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [${r.int(10, 28)}/Mar/2025:${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0900] "GET /api/v1/orders/${r.digits(12)} HTTP/1.1" 200 ${r.int(200, 9000)} "-" "Mozilla/5.0"\n${r.int(10, 250)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [${r.int(10, 28)}/Mar/2025:${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0900] "POST /api/v1/cart/${r.digits(8)}/items HTTP/1.1" 201 ${r.int(50, 900)} "-" "okhttp/4.12.0"\n2001:db8:${r.int(10, 99)}::${r.int(1, 9)} - - "GET /healthz HTTP/2" 204 0`],
    ['swift_list', () => `Correspondent banks (SWIFT/BIC)\nMUFG Bank, Ltd. — BOTKJPJT\nMizuho Bank, Ltd. — MHCBJPJT\nSumitomo Mitsui Banking Corp. — SMBCJPJT\nDeutsche Bank AG — DEUTDEFF\nHSBC UK — HBUKGB4B\nRouting number (ABA) 0${r.digits(8)} for USD clearing`],
    ['timetable', () => `のぞみ${r.int(1, 99)}号 東京 ${r.int(6, 9)}:${p2(r.int(0, 59))}発 → 新大阪 ${r.int(8, 11)}:${p2(r.int(0, 59))}着\nひかり${r.int(500, 699)}号 東京 ${r.int(6, 9)}:${p2(r.int(0, 59))}発 → 名古屋 ${r.int(8, 10)}:${p2(r.int(0, 59))}着\n${r.int(1, 16)}号車 ${r.int(1, 20)}番${r.pick(['A', 'B', 'C', 'D', 'E'])}席\n乗車券 ${r.int(8, 14)},${r.digits(3)}円 / 特急券 ${r.int(4, 6)},${r.digits(3)}円`],
    ['sports', () => `J1リーグ 第${r.int(1, 38)}節\n川崎フロンターレ ${r.int(0, 4)}-${r.int(0, 4)} 横浜F・マリノス（等々力 観衆 ${r.int(10, 25)},${r.digits(3)}人）\n鹿島アントラーズ ${r.int(0, 4)}-${r.int(0, 4)} 浦和レッズ\nガンバ大阪 ${r.int(0, 4)}-${r.int(0, 4)} セレッソ大阪\n次節：${r.int(1, 12)}月${r.int(1, 28)}日（土）${r.int(13, 19)}:00キックオフ`],
    ['tracking', () => `配達状況のお知らせ\nお問い合わせ番号：${r.digits(12)}\n${r.int(1, 12)}/${r.int(1, 28)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))} 引受（${r.pick(['新東京郵便局', '羽田クロノゲート', '関西ゲートウェイ'])}）\n${r.int(1, 12)}/${r.int(1, 28)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))} 到着（${r.pick(['札幌', '那覇', '仙台'])}営業所）\n${r.int(1, 12)}/${r.int(1, 28)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))} 配達完了\n返品コード ${luhn(r.digits(15))}`],
    ['invoice_ids', () => `Accounts receivable aging\nInvoice\tIssued\tDue\tAmount\n${[0, 1, 2, 3].map(() => `INV-${mn(r.digits(11))}\t2025-0${r.int(1, 9)}-${p2(r.int(1, 28))}\t2025-${p2(r.int(4, 12))}-${p2(r.int(1, 28))}\t$${r.int(100, 99999)}.${r.digits(2)}`).join('\n')}\nTotal outstanding: $${r.int(100, 900)},${r.digits(3)}.00`],
    ['isbn_list', () => `新刊案内\n『データ分析の教科書』ISBN978-4-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)} 定価2,970円\n『はじめての統計学』ISBN978-4-${r.digits(4)}-${r.digits(4)}-${r.int(0, 9)} 定価1,980円\n『Web API 設計入門』ISBN978-4-${r.digits(2)}-${r.digits(6)}-${r.int(0, 9)}\n発売日 2025年${r.int(1, 12)}月${r.int(1, 28)}日`],
    ['versions', () => `$ npm ls --depth=0\napp@${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 30)}\n├── react@18.3.1\n├── next@14.${r.int(0, 2)}.${r.int(0, 20)}\n├── zod@3.23.8\n└── typescript@5.${r.int(0, 9)}.${r.int(0, 5)}\nnode v${r.int(18, 22)}.${r.int(0, 20)}.${r.int(0, 9)}, build 2025${p2(r.int(1, 12))}${p2(r.int(1, 28))}.${r.digits(4)}`],
    ['coordinates', () => `観測点一覧\n地点A 北緯35.${r.digits(6)} 東経139.${r.digits(6)} 標高 ${r.int(1, 900)}m\n地点B 北緯34.${r.digits(6)} 東経135.${r.digits(6)}\n地点C 43.0${r.digits(5)}, 141.3${r.digits(5)}\nメッシュコード ${r.digits(8)}`],
    ['numbers_12_13', () => `バーコード検証ログ\n${[0, 1, 2].map(() => `${r.digits(13)}\tOK`).join('\n')}\n${mn(r.digits(11))}\tOK（12桁：社内管理番号）\n${corp(r.digits(12))}\tOK（13桁：ロットID）\n処理件数 ${r.int(1000, 9000)} 件`],
    ['imei_inventory', () => `端末棚卸表\n資産番号\tIMEI\tモデル\tOS\n${[0, 1, 2].map(() => `PC-${r.digits(5)}\t${luhn('35' + r.digits(12))}\tiPhone ${r.int(12, 15)}\tiOS 17.${r.int(0, 6)}`).join('\n')}\n貸与先は資産管理システムを参照`],
    ['katakana_loanwords', () => `${r.pick(['マーケティングオートメーション', 'カスタマーサクセス', 'サブスクリプション'])}の導入により、リードナーチャリングとアップセルのオペレーションがシームレスになりました。ダッシュボードでKPIをモニタリングし、ボトルネックをアジャイルに改善します。`],
    ['anon_statistics', () => `令和${r.int(4, 6)}年 患者調査（抜粋）\n傷病分類\t推計患者数（千人）\n高血圧性疾患\t${r.int(8000, 9000)}\n糖尿病\t${r.int(3000, 4000)}\nうつ病・気分障害\t${r.int(1000, 2000)}\n悪性新生物\t${r.int(3000, 4000)}\n※ 個人を特定する情報は含まれません。`],
    ['medicine_catalog', () => `処方薬DB（薬剤マスタ）\nYJコード\t販売名\t薬効\n${r.digits(4)}${r.digits(3)}F${r.int(1, 9)}${r.digits(3)}\tアムロジピン錠5mg\t高血圧症・狭心症\n${r.digits(4)}${r.digits(3)}F${r.int(1, 9)}${r.digits(3)}\tメトホルミン錠500mg\t2型糖尿病\n${r.digits(4)}${r.digits(3)}F${r.int(1, 9)}${r.digits(3)}\tエスシタロプラム錠10mg\tうつ病・社会不安障害`],
    ['system_outage', () => `【障害報告】${r.int(1, 12)}月${r.int(1, 28)}日 ${r.int(0, 23)}時頃 ログイン障害\n影響：全ユーザーの約${r.int(5, 40)}%\n原因：認証サーバーの証明書期限切れ\n障害レベル：S${r.int(1, 3)}\n再発防止：期限監視アラートを追加\n問い合わせ番号 INC${r.digits(7)}`],
  ];
  const [style, f] = forms[seed % forms.length];
  return doc(`neg-${style}-${seed}`, 'hard_negative', f());
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-written documents

function handWritten2(): IndependentDoc[] {
  const D: IndependentDoc[] = [];
  const add = (id: string, style: string, t: string) => D.push(doc(id, style, t));
  const neg = (id: string, t: string) => D.push(doc(`neg-${id}`, 'hard_negative', t));

  // --- SaaS screens (innerText), hand-written
  add(
    'page-h1',
    'page_innertext',
    `Zendesk\tViews\tCustomers\tOrganizations\tReporting\nSearch…\n#90211 Refund for damaged item\nOpen\nRequester\n${PN('Hannah Cole')}\nhannah… ▼\nAssignee\nSupport / ${PN('Marco Bianchi')}\nTags\nrefund damaged\n${PN('Hannah Cole')}\nMar 11, 2025, 3:42 PM\nHi, the lamp arrived with a cracked base (order 112-4470291-3318820). Photos attached. Please call me at ${PH('+1 (503) 555-0134')} or email ${EM('hcole.pdx@gmail.com')} — I'm home after 5.\nShipping address: ${AD('2210 NE Alberta St, Portland, OR 97211')}\n${PN('Marco Bianchi')}\nMar 11, 2025, 4:05 PM\nInternal note: approved full refund, RMA 5512-0098. Tracking 1Z9A8W470312235568.\nUser\nEmail\n${EM('hcole.pdx@gmail.com')}\nPhone\n${PH('+15035550134')}\nLocal time\n01:42 PDT\nLanguage\nEnglish (United States)\nSubmit as Open ▼`,
  );
  add(
    'page-h2',
    'page_innertext',
    `アプリ：案件管理\n一覧：今月の訪問予定 ▼\t🔍\t＋\t⚙\n1 - 6 (6件中)\n\t案件名\t顧客名\t訪問日\t担当者\t確度\t見込金額\n✎ 🗑\tオフィス移転に伴うLAN工事\t${PN('土屋 光太郎')}\t4/8\t${PN('小川 舞')}\tA\t1,200,000\n✎ 🗑\t複合機リース更新\t${PN('奥村 恵子')}\t4/9\t${PN('小川 舞')}\tB\t480,000\n✎ 🗑\t防犯カメラ増設\t株式会社丸山工務店\t4/11\t${PN('関 航')}\tC\t320,000\n✎ 🗑\t電話設備入替\t${PN('早乙女 悟')}\t4/15\t${PN('関 航')}\tA\t2,750,000\n✎ 🗑\tWi-Fi調査\t千葉県立中央図書館\t4/17\t${PN('杉山 陽菜')}\tB\t90,000\n✎ 🗑\tサーバー保守\t合同会社ミナモ\t4/22\t${PN('杉山 陽菜')}\tA\t600,000\n＜\t1\t＞`,
  );
  add(
    'page-h3',
    'page_innertext',
    `受信トレイ\n1–50 / 1,284 件\n☐ ☆ ${PN('岡田 直樹')}\tお見積りの件 - ${PN('藤原')}様 お世話になります。明日の打合せの件、急ぎの場合は ${PH('090-3318-2204')} までご連絡…\t10:42\n☐ ☆ Amazon.co.jp\tご注文の発送：ワイヤレスマウス… - 注文番号 249-1183375-0921466 お届け予定 4月3日\t9:15\n☐ ☆ ${PN('Sophie Laurent')}\tRe: invoice 2025-0318 - Thanks! Our new IBAN is ${L('iban', iban('FR', '30004000031234567890143'))}, please use…\t昨日\n☐ ☆ ${PN('新垣 綾乃')}\t退職のご挨拶 - 私事ですが3月末で退職いたします。今後は ${EM('ayano.arakaki@gmail.com')} までご連絡ください…\t3月28日\n☐ ☆ Google Workspace\tお支払いの受領確認 - 請求書番号 4561237780 ¥13,600\t3月27日`,
  );
  add(
    'page-h4',
    'page_innertext',
    `Chatwork\nマイチャット\n【案件】EC移行 (5)\n${PN('浅野 陽菜')}\n2025年4月2日 11:08\n[To:${'3418877'}]${PN('望月')}さん\n本日の立会いは先方の${PN('角田')}部長です。携帯は ${PH('080-4419-2760')} とのこと。\n${PN('望月 雄一')}\n2025年4月2日 11:15\n了解です！ビル入口は ${AD('東京都港区六本木６丁目１０番１号 六本木ヒルズ森タワー４２階')} の受付でよいですか？\n${PN('浅野 陽菜')}\n2025年4月2日 11:16\nはい、42階受付です。入館証は角田部長の名前で申請済み。\nリアクション 👍 2\nメッセージ内容を入力 (Shift + Enterキーで送信)`.replace('角田部長の名前', `${PN('角田')}部長の名前`),
  );
  add(
    'page-h5',
    'page_innertext',
    `HubSpot\nDeals ▼\tBoard view\nRenewal 2025 – Altair Trading\nAmount: ¥4,800,000\nClose date: 06/30/2025\nDeal owner: ${PN('Yuichi Okumura')}\nDeal stage: Contract sent\nContacts (2)\n${PN('Chinatsu Kanda')}\nCFO\n${EM('c.kanda@altair-shoji.co.jp')}\n${PH('+81 3-5219-8870')}\n${PN('Kei Saotome')}\nProcurement\n${EM('k.saotome@altair-shoji.co.jp')}\nCompanies (1)\nAltair Trading (altair-shoji.co.jp)\nTickets (0)\nAttachments\nContract_v3.pdf\nActivity\nEmail from ${PN('Chinatsu Kanda')} – "Re: Renewal" – Apr 2\nTask assigned to ${PN('Yuichi Okumura')} – Follow up on signature – Due Apr 9`,
  );

  // --- request bodies, hand-written
  add(
    'body-h1',
    'request_body',
    `------geckoformboundary7c1e9d3a\r\nContent-Disposition: form-data; name="list_name"\r\n\r\n2025春 展示会来場者\r\n------geckoformboundary7c1e9d3a\r\nContent-Disposition: form-data; name="file"; filename="visitors.csv"\r\nContent-Type: text/csv\r\n\r\n会社名,氏名,役職,メール,電話\r\n北陸ロジテック株式会社,${PN('熊谷 修')},部長,${EM('o.kumagai@hokuriku-logitec.jp')},${PH('076-441-2290')}\r\n株式会社コスモネット,${PN('佐久間 花音')},主任,${EM('sakuma@cosmonet.co.jp')},${PH('03-5447-1180')}\r\n丸栄工業株式会社,${PN('工藤 剛')},,${EM('kudo.t@maruei-kogyo.co.jp')},${PH('0566-21-4471')}\r\n\r\n------geckoformboundary7c1e9d3a--\r\n`,
  );
  add(
    'body-h2',
    'request_body',
    `{"customer":{"name":{"family":"${PN('西田')}","given":"${PN('優花')}"},"kana":"${PN('ニシダ ユウカ')}","birth_date":"${DOB('19910718')}","contact":{"mobile":"${PH('080-2231-7765')}","email":"${EM('yuka.nishida@au.com')}"},"address":{"postal_code":"${ZIP('1500041')}","prefecture":"東京都","city":"渋谷区","line1":"${AD('神南1-12-16')}","line2":"${AD('和光ビル 5F')}"}},"cart_id":"c_8f1e0a3b92","items":[{"sku":"4901301345678","qty":2}]}`,
  );
  add(
    'body-h3',
    'request_body',
    `{"id":"evt_3PqR8sLkd0Zx","type":"charge.succeeded","data":{"object":{"amount":12800,"currency":"jpy","billing_details":{"address":{"city":"Yokohama","country":"JP","line1":"${AD('2-3-5 Minatomirai, Nishi-ku')}","postal_code":"${ZIP('220-0012')}","state":"Kanagawa"},"email":"${EM('t.arakaki@icloud.com')}","name":"${PN('Tomoya Arakaki')}","phone":"${PH('+819055103322')}"},"payment_method_details":{"card":{"brand":"visa","last4":"4242","exp_month":8,"exp_year":2028,"fingerprint":"Xt5EWLLDS7FJjR1c"}},"receipt_number":"1873-4420"}}}`,
  );
  add(
    'body-h4',
    'request_body',
    `POST /wp-admin/admin-ajax.php HTTP/1.1\nContent-Type: application/x-www-form-urlencoded; charset=UTF-8\n\naction=cf7_submit&your-name=${PN('大和田 遥')}&your-email=${EM('haruka.owada%40yahoo.co.jp')}&your-tel=${PH('045-662-8810')}&your-subject=%E8%B3%87%E6%96%99%E8%AB%8B%E6%B1%82&your-message=%E3%82%88%E3%82%8D%E3%81%97%E3%81%8F&_wpcf7=1204&_wpnonce=9b1f3c77ad`,
  );

  // --- spreadsheet pastes, hand-written
  add(
    'sheet-h1',
    'spreadsheet_paste',
    `\t基本情報\t\t連絡先\t\t\t\t管理\t\n顧客CD\t顧客名\tフリガナ\tTEL\tE-mail\t〒\t住所\t登録日\tランク\nA0012\t${PN('丸山 秀樹')}\t${PN('マルヤマ ヒデキ')}\t${PH('9038812204')}\t${EM('h.maruyama@gmail.com')}\t${ZIP('4600003')}\t${AD('愛知県名古屋市中区錦2-3-4')}\t45017\tA\nA0013\t${PN('河野 沙織')}\t${PN('コウノ サオリ')}\t${PH('355320071')}\t\t${ZIP('104-0061')}\t${AD('東京都中央区銀座4-6-16')}\t45021\tB\nA0014\t(株)ミナモ\t\t${PH('0138-22-4410')}\tinfo@minamo.llc\t\t\t45030\tA\n\t\t\t\t\t\t合計\t3\t`.replace('info@minamo.llc', EM('info@minamo.llc')),
  );
  add(
    'sheet-h2',
    'spreadsheet_paste',
    `年末調整 扶養親族一覧（2025）\t\t\t\t\n社員番号\t氏名\t続柄\t個人番号\t生年月日\t所得見積額\n10231\t${PN('安達 康平')}\t本人\t${L('my_number', mn('40912255781'))}\t${DOB('1984/4/3')}\t\n10231\t${PN('安達 香織')}\t妻\t${L('my_number', mn('62270413399'))}\t${DOB('1986/11/20')}\t0\n10231\t${PN('安達 湊')}\t長男\t${L('my_number', mn('83341290065'))}\t${DOB('2015/6/9')}\t0\n10488\t${PN('本間 典子')}\t本人\t${L('my_number', mn('19903374012'))}\t${DOB('1979/1/30')}\t\n\t\t\t\t件数\t4`,
  );

  // --- wiki / markdown, hand-written
  add(
    'wiki-h1',
    'markdown_wiki',
    `顧客訪問ログ（Confluence）\n作成者: ${PN('酒井 大翔')} 最終更新: 2025年4月3日\n\n* 4/1 ${PN('上原 久美子')} 様（${AD('沖縄県宜野湾市志真志1-1-1')}）\n** ${SEN('聴覚障害があるため筆談で対応')}。次回はタブレットを持参。\n** 連絡はメール（${EM('kumiko.uehara@biglobe.ne.jp')}）のみ希望。\n* 4/2 株式会社丸山工務店\n** 担当の${PN('丸山')}専務と面談。見積 Q-2025-0418 を提示。\n\n関連ページ: 訪問ルール / 個人情報の取扱い`,
  );
  add(
    'wiki-h2',
    'markdown_wiki',
    `| Name | Role | Location | Start | Mobile |\n| --- | --- | --- | --- | --- |\n| ${PN('Declan Brennan')} | Account Exec | Dublin | 2025-02-03 | ${PH('+353 87 412 9930')} |\n| ${PN('Siobhan Gallagher')} | CSM | Cork | 2025-03-10 | ${PH('+353 86 220 4418')} |\n| ${PN('Arjun Iyer')} | SE | Bengaluru | 2025-03-17 | ${PH('+91 99001 23456')} |\n| (open) | SDR | Sydney | TBD | — |\n\n_Onboarding buddy list — do not share outside the team._`,
  );

  // --- PDF text, hand-written
  add(
    'pdf-h1',
    'pdf_text',
    `履 歴 書\n2025年 4月 1日現在\nふりがな ${PN('ふじわら しゅんすけ')}\n氏 名 ${PN('藤 原 俊 介')}\n${DOB('昭和 63 年 5 月 14 日')}生 （満 36 歳） 男\nふりがな とうきょうと ねりまく\n現住所 〒${ZIP('176-0012')}\n${AD('東京都練馬区豊玉北6丁目12番1号\nレジデンス豊玉 304')}\n電話 ${PH('03 - 5912 - 4471')}\n携帯 ${PH('080 - 6623 - 1180')}\nE-mail ${EM('s.fujiwara88@gmail.com')}\n年 月 学 歴 ・ 職 歴\n2007 3 都立豊島高等学校 卒業\n- 1 -`,
  );
  add(
    'pdf-h2',
    'pdf_text',
    `診 断 書\n住所 ${AD('神奈川県川崎市中原区小杉町3丁目264番地3')}\n氏名 ${PN('荻原 梨沙')}\n${DOB('平成4年10月2日')}生\n${SEN('病名 適応障害')}\n${SEN('上記の疾病により、令和7年4月7日から同年5月6日まで自宅療養を要する。')}\n令和7年4月5日\n医療法人社団 清風会 こすぎメンタルクリニック\n医師 ${PN('平野 修')} 印\nPage 1/1`,
  );
  add(
    'pdf-h3',
    'pdf_text',
    `STATEMENT OF ACCOUNT                                  Page 1 of 2\nMs ${PN('Aoife Donnelly')}\n${AD('Apt 4, 22 Harcourt Street, Dublin 2, D02 XR65')}\nIBAN ${L('iban', iban('IE', 'AIBK93115212345678'))}    BIC AIBKIE2D\nStatement date 31 Mar 2025\nDate        Details                         Debit     Credit\n03 Mar      SEPA DD Electric Ireland        84.20\n10 Mar      Salary ACME LTD                           3,412.55\nBank of Example p.l.c. is regulated by the Central Bank of Ireland.\nSTATEMENT OF ACCOUNT                                  Page 2 of 2\n${PN('Aoife Donnelly')}    ${L('iban', iban('IE', 'AIBK93115212345678'))}\n28 Mar      Card 4921 ****  TESCO STORES         63.18`,
  );
  add(
    'pdf-h4',
    'pdf_text',
    `個人番号カード（裏面）の写し\n個人番号\n${L('my_number', mn('2718 2818 284'))}\n氏名 ${PN('東 美咲')}\n${DOB('平成7年 2月 9日')}生\n※写しの保管期限：扶養控除等申告書の保存期間終了後、速やかに廃棄\n- 個人番号関係事務 -`,
  );

  // --- business forms, hand-written
  add(
    'form-h1',
    'bank_transfer_form',
    `自動払込利用申込書（ゆうちょ銀行）\n加入者名 ひまわり介護サービス\n記号番号 ${L('jp_bank_account', '10180-43718291')}\n通帳名義 ${PN('サカイ ケイコ')}\nお名前 ${PN('酒井 恵子')}\nご住所 ${AD('福岡県北九州市小倉北区浅野2丁目14番1号')}\n利用者番号 00418-772`,
  );
  add(
    'form-h2',
    'insurance_form',
    `保険金・給付金請求書\n証券番号 7731-004412\n被保険者 ${PN('宮崎 剛')}（${DOB('1969/08/30')}生）\n${SEN('傷病名：右大腿骨頸部骨折')}\n${SEN('入院期間：2025年2月3日〜2月24日（熊本中央病院 整形外科）')}\n${SEN('通院歴：退院後 週2回リハビリ通院')}\n受取口座 肥後銀行 水前寺支店 普通 ${L('jp_bank_account', '3028814')}\n口座名義 ${PN('ミヤザキ ツヨシ')}\n連絡先 ${PH('096-382-4410')}`,
  );
  add(
    'form-h3',
    'invoice_quote',
    `見積書\n見積番号：MT-20250402-07\n有効期限：発行日より30日\n${PN('神田 昌弘')} 様\n件名：外壁塗装工事\n工事場所：${AD('千葉県柏市柏5-10-1')}\n合計金額 ¥1,386,000（税込）\n\n株式会社ブルーオーシャン不動産 リフォーム事業部\n法人番号 ${L('corporate_number', corp('040001098231'))}\n${AD('千葉県柏市旭町1丁目1番5号 浜島ビル3F')}\nTEL ${PH('04-7144-2290')}\n担当：${PN('菅原 悟')}`,
  );
  add(
    'form-h4',
    'delivery_slip',
    `FedEx International Priority — Commercial Invoice\nAWB 7749 1183 0026\nShipper: Cosmonet KK, ${PN('Kohei Fukuda')}\n${AD('1-10-7 Higashi-Gotanda, Shinagawa-ku, Tokyo')} ${ZIP('141-0022')}, Japan\nTel ${PH('+81 3 6417 5520')}\nConsignee: ${PN('Liam Anderson')}\n${AD('410 Cedar Ave, Madison, WI 53703')}, USA\nTel ${PH('+1 608-555-0173')}\nHS code 8471.30  Qty 2  Value USD 1,480.00\nTerms: DAP  Reason: Sale`,
  );
  add(
    'form-h5',
    'rental_application',
    `保証会社 審査申込書（抜粋）\n申込者氏名：${PN('Nguyen Thi Lan')}（${PN('グエン ティ ラン')}）\n国籍：ベトナム\n在留カード番号：${L('jp_residence_card', 'UH48120937AB')}\nパスポート番号：${L('jp_passport', 'C8812944')}\n生年月日：${DOB('1999年3月12日')}\n勤務先：北陸ロジテック株式会社（${AD('富山県富山市新桜町7-38')}）\n年収：280万円\n緊急連絡先：${PN('熊谷 修')}（勤務先上司）${PH('076-441-2290')}`,
  );
  add(
    'form-h6',
    'school_roster',
    `入学願書\n志願者\nふりがな ${PN('ほんま ひなた')}\n氏名 ${PN('本間 ひなた')}\n生年月日 ${DOB('平成22年7月7日')}\n保護者氏名 ${PN('本間 雄一')}\n住所 〒${ZIP('997-0035')} ${AD('山形県鶴岡市馬場町9-25')}\n電話 ${PH('0235-22-4418')}\n${SEN('配慮を要する事項：1型糖尿病のため、昼食前に血糖測定とインスリン注射が必要')}\n出身校 鶴岡市立朝暘第一小学校`,
  );

  // --- HR and sensitive in realistic places
  add(
    'sen-h1',
    'hr_record',
    `産業医面談記録（本人同意済・人事限り）\n社員：${PN('杉山 翔太')}（開発部、社員番号 20417）\n${SEN('健康診断結果：肝機能 γ-GTP 182（要再検査）、血圧 162/98（要治療）')}\n就業上の措置：時間外労働を月20時間以内に制限\n面談者：産業医 ${PN('林 典子')}\n次回：3か月後`,
  );
  add(
    'sen-h2',
    'hr_record',
    `障害者雇用 状況報告（社内）\n氏名\t所属\t手帳・等級\t配慮事項\n${PN('遠藤 大翔')}\t物流センター\t${SEN('身体障害者手帳 3級（内部障害）')}\t重量物の運搬なし\n${PN('野田 陽菜')}\t総務部\t${SEN('療育手帳 B2')}\t作業手順を図示\n${PN('福田 航')}\t経理部\t${SEN('精神障害者保健福祉手帳 3級')}\t第2水曜午後休`,
  );
  add(
    'sen-h3',
    'english_us_record',
    `Background screening report — CONFIDENTIAL\nCandidate: ${PN('Tyler Mercer')}\nDOB: ${DOB('07/22/1991')}\nSSN (last 4): ***-**-4471\nCounty criminal search (Travis County, TX): ${SEN('Record found — 2016 misdemeanor theft, deferred adjudication completed')}\nFederal search: clear\nEmployment verification: confirmed (2019–2024, Globex Corp)\nPrepared by: ${PN('Nora Castillo')}, ${EM('ncastillo@screenright.com')}`,
  );
  add(
    'sen-h4',
    'crm_notes',
    `顧客メモ（${PN('角田 瑞穂')} 様）\n・手術前の説明時に確認：${SEN('エホバの証人の信者のため輸血を希望しない')}。同意書は別紙。\n・家族への連絡は長男 ${PN('角田 剛')} 様（${PH('090-7731-0482')}）経由。\n・次回来院 5/12 10:00`,
  );
  add(
    'sen-h5',
    'crm_notes',
    `戸籍謄本 取得依頼メモ\n依頼人：${PN('千葉 康平')}\n${SEN('本籍：福岡県福岡市博多区千代四丁目1番')}\n筆頭者：${PN('千葉 修')}\n請求理由：相続手続のため\n郵送先：〒${ZIP('810-0001')} ${AD('福岡県福岡市中央区天神1-4-2 エルガーラ 8F')}`,
  );
  add(
    'sen-h6',
    'news_article',
    `【社会】架空の投資話で現金をだまし取ったとして、県警は3日、${PN('山中 一郎')}容疑者（45）を${SEN('詐欺の疑いで逮捕した')}。調べに対し「借りただけだ」と容疑を否認しているという。${SEN('被害にあった')}${PN('佐伯 光子')}さん（78）は「老後の資金だった」と話した。県警は余罪を調べている。`,
  );
  add(
    'sen-h7',
    'english_us_record',
    `Progress note — ${PN('Emma Whitaker')} (MRN 7720415, DOB ${DOB('03/02/1988')})\nS: Reports low mood for 6 weeks, poor sleep.\nA: ${SEN('Major depressive disorder, recurrent, moderate (F33.1)')}\nP: ${SEN('Start sertraline 50 mg daily')}; CBT referral; follow-up 4 weeks.\nSigned: ${PN('Caleb Harrington')}, MD`,
  );

  // --- press release, news, git log (people and companies)
  add(
    'press-h1',
    'press_release',
    `報道関係者各位\n2025年4月8日\n株式会社コスモネット（東証スタンダード：3917）\n\nコスモネット、北陸に新データセンターを開設\n株式会社コスモネット（本社：東京都品川区、代表取締役社長：${PN('青山 直樹')}）は、2025年7月に富山市で新データセンターの稼働を開始します。投資額は約48億円、ラック数は1,200を予定しています。\n\n【本件に関するお問い合わせ先】\n株式会社コスモネット 広報部 ${PN('小川 綾乃')}\n〒${ZIP('141-0022')} ${AD('東京都品川区東五反田1-10-7 AIOS五反田 9階')}\nTEL：${PH('03-6417-5500')}　E-mail：${EM('pr@cosmonet.co.jp')}`,
  );
  add(
    'git-h1',
    'dev_artifact',
    `commit 8c41f0a9e27d5b3361c0e4f7a2b19d88e0f3c2a1\nAuthor: ${PN('Naoki Goto')} <${EM('naoki.goto@cosmonet.co.jp')}>\nDate:   Tue Apr 1 18:22:05 2025 +0900\n\n    fix(import): keep leading zeros in TEL column\n\ncommit 2f9d7c1be4a08e6d5c3a91f02b7e48c6d1a5f930\nAuthor: ${PN('Priya Chandra')} <${EM('priya.chandra@users.noreply.github.com')}>\nDate:   Mon Mar 31 11:02:47 2025 +0530\n\n    feat: postal code lookup (JP 7 digits)\n\ncommit 77aa01c3d95e2b84f6a0c7e1d3b92f4a58e6c0b7\nMerge: 8c41f0a 2f9d7c1\nAuthor: ${PN('Naoki Goto')} <${EM('naoki.goto@cosmonet.co.jp')}>`,
  );
  add(
    'git-h2',
    'dev_artifact',
    `// fixtures/customers.seed.ts — copied from production by mistake\nexport const seed = [\n  { id: 1041, name: '${PN('大久保 瑞穂')}', tel: '${PH('090-4478-1209')}', mail: '${EM('mizuho.okubo@gmail.com')}', birthday: '${DOB('1993-05-21')}' },\n  { id: 1042, name: '${PN('Kazuki Nakano')}', tel: '${PH('+81-80-3312-0098')}', mail: '${EM('k.nakano@outlook.com')}', birthday: '${DOB('1987-12-01')}' },\n];\n// TODO: replace with faker data (JIRA-2231)`,
  );

  // --- English misc, hand-written
  add(
    'en-h1',
    'en_support_ticket',
    `Teams chat — #cs-escalations\n${PN('Grace Park')}  9:14 AM\n@${PN('Owen')} customer ${PN('Fatima Okoye')} called again about the double charge. Her number is ${PH('+44 7700 912 440')}, card ${L('credit_card', luhn('5204 7300 1122 845'))} was charged twice on 3/28.\n${PN('Owen Sullivan')}  9:20 AM\nRefund issued, ref RF-0098812. I'll email her at ${EM('f.okoye@btinternet.com')}.\n${PN('Grace Park')}  9:21 AM\n👍`,
  );
  add(
    'en-h2',
    'order_mixed',
    `Your order has shipped!\nHi ${PN('Brooke')},\nOrder #113-8842017-5520934 (placed Mar 30, 2025)\nShipped to: ${PN('Brooke Tremblay')}, ${AD('88 Rue Sainte-Catherine O, Montréal, QC H3B 1A7')}\nCarrier: Canada Post  Tracking: 7023 1455 0091 2288\nPhone on order: ${PH('+1 514-555-0192')}\nGift card balance used: 6035 2210 0045 8812 (remaining $12.40)\nQuestions? ${EM('help@northwind-store.com')}`,
  );
  add(
    'en-h3',
    'en_cards',
    `Card details for the hotel deposit (please delete after use):\nName: ${PN('Kanon Sugiyama')}\nJCB ${L('credit_card', luhn('3566 0020 2036 051'))} exp 09/27\nBackup Amex ${L('credit_card', luhn('3411 111111 1111'))} exp 02/29\nBilling phone ${PH('+81 90-6620-1834')}`,
  );
  add(
    'en-h4',
    'en_ssn',
    `I-9 / payroll setup checklist for ${PN('Isaac Fernandes')}\n[x] SSN card seen — SSN ${L('us_ssn', '519 22 0476')}\n[x] Direct deposit form (routing 021000021, account on file)\n[ ] State withholding (CA DE-4)\nHome: ${AD('1450 Sunset Blvd, Apt 9, Los Angeles, CA 90026')}  Cell ${PH('(323) 555-0148')}\nDOB ${DOB('1996-09-14')}`,
  );
  add(
    'en-h5',
    'en_intl_contacts',
    `Delegates — APAC partner day (Sydney)\n1. ${PN('Wei Lindqvist')} — ${PH('+61 412 778 301')} — ${EM('wei.l@southcross.com.au')}\n2. ${PN('Ruby Harrington')} — ${PH('+64 21 448 9920')} — ${EM('ruby@kiwisoft.co.nz')}\n3. ${PN('Arjun Kaur')} — ${PH('+65 9123 4471')} — ${EM('arjun.kaur@lionbridge.sg')}\nVenue: ${AD('Level 12, 1 Martin Place, Sydney NSW 2000')}\nDress code: business casual`,
  );
  add(
    'mixed-h1',
    'order_mixed',
    `【定期便】お届け内容のご確認\n${PN('熊谷 紗希')} 様\nご契約番号：${mn('31220458903')}\n次回お届け日：2025年5月10日\nお届け先：${AD('宮城県石巻市中央2丁目9番7号')}\nお支払い方法：クレジットカード（VISA 末尾 1881）\nお問い合わせ番号：4419-2280-3374\n商品コード：4901301345678（青汁 30包）\n※マイナンバー等の個人番号はお預かりしておりません。`,
  );
  add(
    'addr-h1',
    'address_variants',
    `発送先リスト（手書き伝票から転記）\n1. ${AD('京都府京都市下京区烏丸通七条下る東塩小路町721-1')} ${PN('奥村 航')}様\n2. ${AD('愛知県知多郡武豊町字長尾山2番地')} ${PN('佐久間 典子')}様\n3. ${AD('北海道札幌市中央区北五条西2丁目5番地 JRタワーオフィスプラザさっぽろ 17階')} ${PN('林 剛')}様\n4. ${AD('大阪市北区大深町4-20 グランフロント大阪 タワーA 21F')} ${PN('工藤 遥')}様\n5. ${AD('鹿児島県大島郡瀬戸内町古仁屋1283番地の17')} ${PN('福田 勝')}様`,
  );

  // --- Japanese identity documents and sensitive data in new shapes
  add(
    'id-h1',
    'id_documents',
    `外国籍社員 在留管理表（人事部）\n社員番号\t氏名\t国籍\t在留カード番号\t在留資格\t満了日\t旅券番号\n30112\t${PN('TRAN VAN HUNG')}\tベトナム\t${L('jp_residence_card', 'QR72615048ST')}\t技術・人文知識・国際業務\t2026/08/31\t${L('jp_passport', 'P1187265')}\n30127\t${PN('SANTOS, MARIA LUISA')}\tフィリピン\t${L('jp_residence_card', 'LM03948216KN')}\t特定技能1号\t2025/12/15\t${L('jp_passport', 'P7729103A')}\n30140\t${PN('ZHANG WEI')}\t中国\t${L('jp_residence_card', 'AB55102938XY')}\t永住者\t—\t${L('jp_passport', 'EJ4412870')}`,
  );
  add(
    'id-h2',
    'id_documents',
    `運転免許証（OCR読み取り結果）\n氏名 ${PN('大和田 修')} ${DOB('昭和52年 8月 30日')}生\n住所 ${AD('埼玉県川口市青木2-1-1 グリーンハイツ青木 405号室')}\n交付 令和04年09月12日 34567\n2027年(令和09年)10月30日まで有効\n優良\n免許の条件等 眼鏡等\n番号 第${L('jp_drivers_license', '301908447720')}号\n二・小・原 他 ─ 普通 ─\n埼玉県公安委員会`,
  );
  add(
    'id-h3',
    'id_documents',
    `海外旅行申込書\n代表者氏名（ローマ字・パスポート記載通り）\n姓 ${PN('KUMAGAI')}　名 ${PN('SAORI')}\n旅券番号 ${L('jp_passport', 'TR8830172')}　有効期限 2031/05/18\n生年月日 ${DOB('1990/03/27')}\n同行者 ${PN('KUMAGAI KAZUKI')}（旅券番号 ${L('jp_passport', 'TS1047736')}）\n携帯 ${PH('090-2280-4117')}\nツアーコード EU-25-0712-PAR　出発日 2025/07/12`,
  );
  add(
    'id-h4',
    'id_documents',
    `健康保険 資格確認書（写し）\n保険者名称 全国健康保険協会 東京支部\n保険者番号 01130012\n記号 ${L('jp_insurance_number', '51020341 番号 118')}\n氏名 ${PN('新垣 翔太')}\n生年月日 ${DOB('平成8年1月14日')}\n資格取得年月日 令和6年4月1日\n事業所名称 株式会社コスモネット`,
  );
  add(
    'id-h5',
    'hr_social_insurance',
    `年金事務所への照会メモ\n${PN('上原 秀樹')}さん（入社予定 5/1）の基礎年金番号が2つ見つかった件：\n・${L('jp_pension_number', '4821-073319')}（前職の厚生年金）\n・${L('jp_pension_number', '4903 118260')}（学生時代の国民年金）\n年金事務所（${PH('03-5401-3211')}）に統合を依頼済み。雇用保険番号 ${L('jp_insurance_number', '1302-551847-3')} は前職から引継ぎ。`,
  );
  add(
    'sen-h8',
    'medical_record',
    `介護記録（訪問介護）\n利用者：${PN('桑原 トミ')} 様（${DOB('昭和9年4月1日')}生）\n${SEN('要介護度：要介護4')}\n${SEN('主病名：パーキンソン病、糖尿病（インスリン使用）')}\n4/3 10:00-11:00 入浴介助、更衣介助。血圧 138/82。\n申し送り：${SEN('褥瘡（仙骨部）の処置を訪問看護に依頼')}。\n記録者：${PN('矢野 千夏')}`,
  );
  add(
    'sen-h9',
    'meeting_notes_prose',
    `支援センター相談記録（非公開）\n相談日：2025年3月18日\n相談者：${PN('内田 梨沙')}さん（30代）\n内容：${SEN('職場の上司からのストーカー被害')}。${SEN('警察に被害届を提出済み')}。加害者との接触を避けるため、勤務先への在籍確認は本人同意の上で行う。\n対応者：${PN('西田 恵子')}`,
  );
  add(
    'sen-h10',
    'hr_record',
    `保健指導 実施報告\n対象者 ${PN('平野 雄一')}（営業本部）\n${SEN('特定保健指導（積極的支援）対象：腹囲 94cm、HbA1c 6.1%、LDL 168')}\n初回面接 2025/02/10　担当保健師 ${PN('福田 陽菜')}\n目標：体重 -3kg（6か月）`,
  );
  add(
    'sen-h11',
    'crm_notes',
    `顧客対応メモ：${PN('大久保 勝')}様（会員 No.004471）\n・電話口で「${SEN('先月まで刑務所に服役していた')}」との発言あり。与信審査は通常どおり。\n・${SEN('生活保護を受給中')}のため、分割払いは不可と回答。\n・連絡先 ${PH('080-1144-2093')}`,
  );
  add(
    'sen-h12',
    'hr_record',
    `全社メール：健康診断のお知らせと再検査のお願い\n\n各位\n2025年度の定期健康診断は5/20〜5/22に実施します（本社3F）。\nなお、昨年度の結果で再検査対象となった方には個別に連絡済みです。\n\n（以下、人事部内のみ）\n再検査未受診者：${PN('工藤 達也')}（${SEN('心電図 要精密検査')}）、${PN('浅野 優花')}（${SEN('便潜血 陽性')}）`,
  );
  add(
    'mixed-h2',
    'order_mixed',
    `【楽天市場】注文内容ご確認（自動配信メール）\n[受注番号] 284411-20250403-0011829373\n[日時] 2025-04-03 21:14:55\n[注文者] ${PN('桑原 昌弘')} 様\n〒${ZIP('663-8152')} ${AD('兵庫県西宮市甲子園町1-82')}\n(TEL) ${PH('0798-41-2230')}\n[支払方法] クレジットカード 一括払い\n[送付先] ${PN('桑原 明美')} 様\n〒${ZIP('901-2213')} ${AD('沖縄県宜野湾市志真志1-1-1')}\n(TEL) ${PH('098-892-4417')}\n[商品] 母の日ギフト 花束（JAN:4580123456781） 5,980円\n[お届け日指定] 2025-05-10`,
  );
  add(
    'mixed-h3',
    'support_ticket_ja',
    `【問い合わせフォーム】\n受付番号：INQ-20250402-0187\n受付日時：2025/04/02 13:41\nお名前：${PN('ﾌｸﾀﾞ ｱｹﾐ')}\nご連絡先：${PH('0120-555-019')}（勤務先代表）/ ${PH('070-3318-9920')}（携帯）\nお問い合わせ内容：\n先月の請求書（請求番号 ${luhn('4561 2612 1234 510').replace(/ /g, '')}）の金額が契約と違います。契約者は父の${PN('福田 勝')}で、口座は 福岡銀行 天神支店 普通 ${L('jp_bank_account', '1773028')} です。確認をお願いします。`,
  );

  // --- news, press, reports (third batch)
  add(
    'news-h2',
    'news_article',
    `AUSTIN, Texas — Northwind Robotics named ${PN('Jane Holloway')} as chief executive on Tuesday, replacing co-founder ${PN('Marcus Reid')}, who will remain chairman. ${PN('Holloway')}, 52, previously ran operations at Globex. Shares rose 4.1% to $38.20 in after-hours trading. "We are building for the next decade," she said in a statement.`,
  );
  add(
    'news-h3',
    'news_article',
    `人事異動（4月1日）\n◇コスモネット\n取締役CTO（執行役員）${PN('平野 康平')}▽執行役員営業本部長（営業本部副本部長）${PN('杉山 剛')}▽経営企画部長（経営企画部次長）${PN('小鳥遊 美咲')}\n◇丸栄工業\n常務（取締役）${PN('本間 勝')}`,
  );
  add(
    'press-h2',
    'press_release',
    `FOR IMMEDIATE RELEASE\nAltair Trading Opens Sydney Office\nSYDNEY, April 8, 2025 — Altair Trading Co., Ltd. (TSE: 8xx1) today opened its first Australian office at ${AD('Level 20, 60 Martin Place, Sydney NSW 2000')}. The office will be led by ${PN('Connor Fitzgerald')}, Managing Director, Australia.\n\nMedia contact:\n${PN('Ruby Chandra')}, Communications\n${PH('+61 2 8072 4410')} | ${EM('media@altair-trading.com.au')}`.replace('TSE: 8xx1', 'TSE: 8031'),
  );
  add(
    'page-h6',
    'page_innertext',
    `Reports\nOpportunities by Owner (FY2025 Q1)\nEdit\tExport\tSubscribe\nTotal Records 7\tTotal Amount ¥38,400,000\nOpportunity Owner ↑\tOpportunity Name\tStage\tAmount\tClose Date\n${PN('Hiroto Kanda')} (3)\nCloud migration – Minamo\tProposal\t¥4,200,000\t3/28/2025\nLAN refresh – Hokuriku Logitec\tNegotiation\t¥2,800,000\t3/31/2025\nSupport renewal\tClosed Won\t¥1,100,000\t2/14/2025\n${PN('Mai Sugawara')} (4)\nERP phase 2 – Maruei\tQualification\t¥18,000,000\t6/30/2025\nSecurity audit\tClosed Lost\t¥3,300,000\t1/20/2025\nSubtotal ¥38,400,000\nRow Counts\tDetail Rows\tSubtotals\tGrand Total`,
  );
  add(
    'pdf-h5',
    'pdf_text',
    `給与所得者の扶養控除等（異動）申告書\n令和7年分\n（フ リ ガ ナ）${PN('ア ダ チ ハ ル カ')}\nあなたの氏名 ${PN('安 達 遥')}\nあなたの個人番号 ${L('my_number', Array.from(mn('55180247736')).join(' '))}\nあなたの生年月日 ${DOB('平 成 2 年 6 月 1 8 日')}\nあなたの住所又は居所 〒${ZIP('520-0047')}\n${AD('滋賀県大津市浜大津1-2-22\n大津びわ湖ハイツ 502')}\n所轄税務署長 大津 税務署長\n- 1 / 2 -`,
  );
  add(
    'body-h5',
    'request_body',
    `{"event":"purchase","user_id":"u_81273","email_sha256":"5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8","properties":{"value":5980,"currency":"JPY","coupon":"SPRING25"},"context":{"ip":"198.51.100.23","locale":"ja-JP","traits":{"phone":"${PH('+81 90-2281-4470')}","first_name":"${PN('Saori')}"}},"timestamp":"2025-04-02T12:01:44.120Z"}`,
  );
  add(
    'note-h1',
    'meeting_notes_prose',
    `4/3 定例（EC刷新）議事メモ\n参加：先方 ${PN('奥村')}課長、${PN('千葉')}さん／当方 ${PN('関 航')}、${PN('早乙女')}\n1. 会員データ移行：旧システムの顧客 41,200件のうち、電話番号の桁落ち（先頭0欠落）が約3%。${PN('千葉')}さんが補正ルールを作成。\n2. テスト用に本番データを使わないこと（${PN('奥村')}課長より強く要望）。\n3. 次回 4/10 14:00、連絡は${PN('千葉')}さんの携帯 ${PH('080-5521-0937')} へ。`,
  );
  add(
    'addr-h2',
    'address_variants',
    `住所変更届\n旧住所　${AD('東京都町田市森野２－２－２２　森野ガーデン１１０８')}\n新住所　${AD('神奈川県相模原市南区相模大野３丁目８番１号　ボーノ相模大野サウスモール５階')}\n（住民票の住所：${AD('静岡県浜松市中央区板屋町111番地の2')}）\n届出人　${PN('佐久間 修')}\n変更日　令和7年3月30日`,
  );
  neg('press-en-1', `Northwind Robotics Reports Fourth Quarter Results\nRevenue of $412.8 million, up 18% year over year\nGAAP EPS of $0.41; non-GAAP EPS of $0.57\nFiscal 2026 guidance: revenue of $1.86–1.90 billion\nConference call today at 5:00 p.m. ET; webcast at investors.northwind.example\nForward-looking statements are subject to risks described in our Form 10-K.`);
  neg('ndjson-1', `{"ts":"2025-04-02T12:00:01.004Z","event":"page_view","anon_id":"a9c1f2e8-77d0-4b1e-9f3a-2c5e8d1b0a64","path":"/pricing","ref":"google","vp":"1440x900"}\n{"ts":"2025-04-02T12:00:07.551Z","event":"click","anon_id":"a9c1f2e8-77d0-4b1e-9f3a-2c5e8d1b0a64","target":"#plan-pro","x":812,"y":433}\n{"ts":"2025-04-02T12:00:09.210Z","event":"experiment","anon_id":"a9c1f2e8-77d0-4b1e-9f3a-2c5e8d1b0a64","exp":"price_test_2","variant":"B"}`);

  // --- hard negatives, hand-written
  neg('press-1', `ニュースリリース\n2025年4月10日\n丸栄工業株式会社（証券コード 6412）\n\n2025年3月期 通期業績予想の修正に関するお知らせ\n当社は、最近の業績動向を踏まえ、2024年5月14日に公表した通期業績予想を修正いたしました。\n売上高 48,200百万円（前回予想比 +3.2%）\n営業利益 3,120百万円（同 +8.7%）\n1株当たり当期純利益 142.35円\n詳細は当社IRサイトをご覧ください。`);
  neg('code-1', `export function normalizePhone(input: string): string | null {\n  const d = input.replace(/[^0-9]/g, '');\n  if (!/^0\\d{9,10}$/.test(d)) return null; // e.g. 10 or 11 digits\n  return d.length === 11 ? \`\${d.slice(0, 3)}-\${d.slice(3, 7)}-\${d.slice(7)}\` : d;\n}\n\ndescribe('normalizePhone', () => {\n  it('rejects short input', () => expect(normalizePhone('12345')).toBeNull());\n});`);
  neg('ddl-1', `CREATE TABLE customers (\n  id            BIGSERIAL PRIMARY KEY,\n  family_name   VARCHAR(50)  NOT NULL,\n  given_name    VARCHAR(50)  NOT NULL,\n  kana          VARCHAR(100),\n  phone         VARCHAR(20),\n  email         VARCHAR(254) UNIQUE,\n  postal_code   CHAR(7),\n  address       TEXT,\n  birth_date    DATE,\n  my_number_enc BYTEA,       -- encrypted, see KMS key alias/pii-2025\n  created_at    TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX idx_customers_phone ON customers (phone);`);
  neg('openapi-1', `components:\n  schemas:\n    Contact:\n      type: object\n      required: [name, email]\n      properties:\n        name: { type: string, maxLength: 100 }\n        email: { type: string, format: email }\n        tel: { type: string, pattern: '^0\\\\d{1,4}-\\\\d{1,4}-\\\\d{4}$' }\n        zip: { type: string, pattern: '^\\\\d{3}-\\\\d{4}$' }\n        birthday: { type: string, format: date }`);
  neg('java-trace-1', `2025-04-02 03:17:55.412 ERROR 28841 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception\njava.lang.NullPointerException: Cannot invoke "com.example.crm.Address.getPostalCode()" because "addr" is null\n\tat com.example.crm.ContactService.format(ContactService.java:214)\n\tat com.example.crm.ContactController.show(ContactController.java:88)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)\n\t... 48 common frames omitted\ntraceId=6f1c2a9e8d7b4c30 spanId=0a4471c2e9b3d518`);
  neg('k8s-log-1', `NAMESPACE   NAME                              READY   STATUS    RESTARTS   AGE   IP             NODE\ncrm         api-7d9f8c6b5-x2lqp               1/1     Running   0          3d    10.42.1.187    ip-10-0-3-41\ncrm         worker-5b6c7d8e9-4kzr8            1/1     Running   2          3d    10.42.2.15     ip-10-0-4-102\ncrm         postgres-0                        1/1     Running   0          12d   10.42.0.33     ip-10-0-3-41\nkube-system coredns-76f75df574-9wq2m          1/1     Running   0          40d   10.42.0.2      ip-10-0-3-41`);
  neg('fx-1', `外国為替相場（仲値）2025/04/01\nUSD/JPY 149.87\nEUR/JPY 161.92\nGBP/JPY 193.44\nAUD/JPY 93.81\nコルレス先 SWIFT: BOTKJPJT / CHASUS33 / DEUTDEFF\n※ 上記は参考値です。`);
  neg('en-catalog-1', `SPARE PARTS LIST — Model HX-9000\nItem  Part No.          Description                 UPC\n1     06-2210-4471      Drive belt (rear)           0 12345 67890 5\n2     03-5521-0098      Idler pulley                0 12345 67891 2\n3     090-1183-22       Motor brush set             0 12345 67892 9\nPrices valid until 2025-12-31. Dealer hotline on the back cover.`);
  neg('incident-en-1', `Postmortem: checkout outage (SEV-2)\nDate: 2025-03-27, 14:02–14:49 UTC\nImpact: 11.4% of payment requests failed with HTTP 502.\nRoot cause: connection pool exhaustion after deploy 2025.03.27-1355 (commit 4be1a90).\nDetection: PagerDuty alert #88213 at 14:05.\nAction items: raise pool size to 200; add canary for payment-api; review runbook RB-114.`);
  neg('branch-list-1', `店舗・ATMのご案内\n店番\t支店名\t営業時間\n101\t本店営業部\t9:00-15:00\n214\t駅前支店\t9:00-15:00\n330\t西支店（ATMのみ）\t8:00-21:00\n全銀協 金融機関コード 0177\nSWIFT FKBKJPJT`);
  neg('law-1', `個人情報の保護に関する法律 第2条第3項\nこの法律において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして政令で定める記述等が含まれる個人情報をいう。`);
  neg('recipe-1', `肉じゃが（4人分）\nじゃがいも 3個（約450g）\n牛こま切れ肉 200g\n玉ねぎ 1個\nしょうゆ 大さじ3、みりん 大さじ2、砂糖 大さじ1\n調理時間 30分 / 1人分 412kcal\n※ 本レシピは料理研究家監修のものです。`);
  neg('pension-news-1', `年金額の改定について\n令和7年度の年金額は、前年度から1.9%の引き上げとなります。国民年金（老齢基礎年金・満額）は月額69,308円、厚生年金（夫婦2人分の標準的な年金額）は月額232,784円です。詳しくは日本年金機構のホームページをご覧ください。`);
  neg('mnc-notice-1', `マイナンバーカード交付のお知らせ\n受付番号：${mn('20250401118')}\n交付予定日：2025年4月22日以降\n交付場所：市民課 3番窓口\n持ち物：交付通知書、本人確認書類\n※ 受付番号は個人番号ではありません。`);
  neg('crypto-1', `Wallet audit\nBTC bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh  balance 0.48213 BTC\nETH 0x71C7656EC7ab88b098defB751B7401B5f6d8976F  balance 12.004 ETH\nsha256 of export: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b`);
  neg('loto-1', `第1987回 ロト6 抽せん結果（2025年4月3日）\n本数字 03 12 18 27 35 41　ボーナス数字 22\n1等 2口 200,000,000円\n2等 9口 11,236,400円\nキャリーオーバー 0円`);
  neg('privacy-policy-en-1', `Privacy Notice (excerpt)\nWe collect identifiers such as your name, email address, phone number, date of birth and, where required by law, your Social Security number. Payment card numbers are processed by our PCI-DSS certified provider and are never stored on our servers. Contact our Data Protection Officer via the web form.`);
  neg('blank-form-en-1', `NEW PATIENT REGISTRATION (please print)\nLast name: ____________  First name: ____________\nDate of birth: ___/___/_____\nPhone: (____) ____-______\nEmail: ______________________\nInsurance ID: ______________\nEmergency contact: ______________________`);
  neg('shift-1', `4月 シフト表（早番/遅番）\n\t月\t火\t水\t木\t金\nA班\t早\t早\t遅\t休\t遅\nB班\t遅\t休\t早\t早\t早\nC班\t休\t遅\t遅\t遅\t休\n※ 交代の申請は前週金曜までにポータルから。`);
  neg('tourism-1', `金沢・能登 周遊プラン\n1日目：兼六園 → ひがし茶屋街 → 近江町市場\n2日目：和倉温泉 → 輪島朝市 → 千里浜なぎさドライブウェイ\n3日目：白川郷（岐阜県大野郡白川村）\n料金 大人 48,000円〜`);
  neg('en-sports-2', `NBA results — April 2\nCeltics 118, Heat 104\nNuggets 109, Suns 111 (OT)\nWarriors 97, Lakers 101\nAttendance at Crypto.com Arena: 18,997. Next: Lakers at Kings, April 4, 7:00 PM PT.`);
  neg('katakana-2', `ラインナップ\nエアリズムTシャツ / ヒートテックインナー / ウルトラライトダウン / スマートアンクルパンツ\nカラー：オフホワイト、ネイビー、オリーブ\nサイズ：XS〜XXL\nセール期間：4/5〜4/11`);
  neg('med-stats-en-1', `County health dashboard (weekly)\nInfluenza-like illness: 4.2% of ED visits (↑0.6)\nCOVID-19 hospitalizations: 31 (↓5)\nNew HIV diagnoses YTD: 14\nOverdose ED visits: 22\nData are aggregated; counts under 5 are suppressed.`);
  neg('numbers-2', `検査成績書\nロット番号 240331118204\n製造番号 1234567890128\n試験日 2025/03/31\n引張強さ 412 MPa（規格 400以上）\n判定 合格\n検査責任者印 ㊞`);
  neg('timetable-en-1', `Dublin Connolly → Belfast Lanyon Place (Enterprise)\n07:35 → 09:45  Platform 4\n09:35 → 11:45  Platform 4\n11:35 → 13:45  Platform 3\nAdult single €27.99, return €42.50. Booking ref format: 8 characters (e.g. TKX94Q2M).`);
  neg('uuid-ids-1', `Export manifest\njob_id: 3f2a9c1e-5b7d-4e10-8a2f-9c6b1d3e7f40\nrecords: 12,448\nfile: contacts_2025-04-02T0312Z.csv.gz (4.1 MB)\nchecksum: md5 9e107d9d372bb6826bd81d3542a419d6\nencrypted with key id kms-7731-aa02; download link expires in 24h`);

  return D;
}

export function buildIndependent2(): IndependentDoc[] {
  const out: IndependentDoc[] = [];
  for (let s = 0; s < 16; s++) out.push(crmDetail(2000 + s));
  for (let s = 0; s < 9; s++) out.push(crmList(2100 + s));
  for (let s = 0; s < 14; s++) out.push(requestBody(2200 + s));
  for (let s = 0; s < 12; s++) out.push(sheetPaste(2300 + s));
  for (let s = 0; s < 9; s++) out.push(wiki(2400 + s));
  for (let s = 0; s < 9; s++) out.push(pdfText(2500 + s));
  for (let s = 0; s < 6; s++) out.push(bankForm(2600 + s));
  for (let s = 0; s < 6; s++) out.push(shippingSlip(2700 + s));
  for (let s = 0; s < 5; s++) out.push(invoiceQuote(2800 + s));
  for (let s = 0; s < 5; s++) out.push(insuranceForm(2900 + s));
  for (let s = 0; s < 5; s++) out.push(rentalApp(3000 + s));
  for (let s = 0; s < 3; s++) out.push(schoolRoster(3100 + s));
  for (let s = 0; s < 6; s++) out.push(signupMail(3200 + s));
  for (let s = 0; s < 6; s++) out.push(reservation(3300 + s));
  for (let s = 0; s < 6; s++) out.push(payroll(3400 + s));
  for (let s = 0; s < 6; s++) out.push(socialInsurance(3500 + s));
  for (let s = 0; s < 6; s++) out.push(enCrmExport(3600 + s));
  for (let s = 0; s < 7; s++) out.push(enTicket(3700 + s));
  for (let s = 0; s < 9; s++) out.push(enIntl(3800 + s));
  for (let s = 0; s < 10; s++) out.push(enIban(3900 + s));
  for (let s = 0; s < 8; s++) out.push(enSsn(4000 + s));
  for (let s = 0; s < 8; s++) out.push(enCards(4100 + s));
  for (let s = 0; s < 8; s++) out.push(orderMixed(4200 + s));
  for (let s = 0; s < 40; s++) out.push(negGen(4300 + s));
  out.push(...handWritten2());
  // Interleave so that every style lands in both halves (even = tuning, odd = held out): a fixed shuffle
  const r = rng(20251122);
  for (let k = out.length - 1; k > 0; k--) {
    const j = r.int(0, k);
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}

export const INDEPENDENT2: IndependentDoc[] = buildIndependent2();
