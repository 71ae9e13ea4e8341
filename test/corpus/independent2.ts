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
import { AD, DOB, doc, EM, fw, hira, hwKana, iban, L, luhn, mn, corp, PH, PN, SEN, ZIP, type IndependentDoc } from './independent';

type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (new for set #2)

interface Per {
  sei: string;
  mei: string;
  seiK: string;
  meiK: string;
  seiR: string;
  meiR: string;
  f: boolean;
}
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
      const t = jtel(r, 'x', 1);
      // Excel drops the leading zero of numbers typed without a dash
      const tel = r.next() < 0.5 ? t.slice(1) : `${t.slice(0, 3)}-${t.slice(3, 7)}-${t.slice(7)}`;
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
    const cut = a.line1.length - 3;
    t = `御 見 積 書\nNo. Q${r.digits(8)}\n${r.int(2025, 2025)}年${r.int(1, 12)}月${r.int(1, 28)}日\n${co} 御中\n${PN(jn(p))} 様\n下記の通りお見積り申し上げます。\n株式会社テクノフィールド\n〒${ZIP(a.zip)} ${AD(`${a.line1.slice(0, cut)}\n${a.line1.slice(cut)}`)}\nTEL ${PH(jtel(r, 'f', 0))}\n担当 ${PN(spaced)}\n品番\t品名\t数量\t単価\t金額\nTF-${r.digits(4)}\tセンサーユニット\t${r.int(1, 20)}\t${r.int(10, 90)},000\n- 1 -\nCONFIDENTIAL\n合計金額（税込） ¥${r.int(100, 999)},${r.digits(3)}`;
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
  const t = `入居申込書\n物件名 ${r.pick(['メゾン桜台', 'パークサイド杉並', 'グランドール北浜'])} ${r.int(101, 905)}号室\n申込者\nフリガナ ${PN(jk(p))}\n氏名 ${PN(jn(p))}\n生年月日 ${DOB(bd(r, r.pick([0, 1, 2]), 1970, 2003))}（${r.int(22, 55)}歳）\n現住所 ${AD(a.full)}\n携帯電話 ${PH(jtel(r, 'm', 0))}\nメール ${EM(mail(r, p))}\n勤務先 ${r.pick(COMPANIES)[0]}\n勤務先所在地 ${AD(wa.line1)}\n勤務先電話 ${PH(jtel(r, 'f', 0))}\n勤続年数 ${r.int(1, 20)}年　年収 ${r.int(300, 900)}万円\n緊急連絡先\n氏名 ${PN(jn(em))}（続柄：${r.pick(['父', '母', '兄', '姉'])}）\n電話 ${PH(jtel(r, 'x', 0))}\n本人確認書類 運転免許証（番号 ${L('jp_drivers_license', `${r.pick(['30', '45', '50', '62'])}${r.digits(10)}`)}）\n仲介 ${r.pick(['ハウスリンク', 'みどり不動産'])} 担当 ${PN(jn(per(r)))}`;
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
    t = `扶養家族の追加について（人事へのメール）\n\n人事部 ${PN(per(r).sei)}さん\n\n妻の${PN(p.f ? p.mei : jn(p))}を健康保険の扶養に入れたいです。\n妻の基礎年金番号は${L('jp_pension_number', `${r.digits(4)}${r.digits(6)}`)}、マイナンバーは${L('my_number', mn(`${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`))}です。\n私の保険証は 記号${L('jp_insurance_number', `${r.digits(4)} 番号 ${r.int(1, 99)}`)} です。\n生年月日は${DOB(bd(r, 1))}です。\nよろしくお願いします。`;
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
        [`003${r.digits(4)}0000${r.pick(['Ab', 'Xq', 'Lm'])}${r.digits(4)}`, PN(f), PN(l), r.pick(['VP Sales', 'Buyer', 'CFO', '']), r.pick(['Globex Corp', 'Initech', 'Umbrella Health']), AD(street), r.pick(['Denver', 'Boston', 'Phoenix', 'Tampa']), r.pick(['CO', 'MA', 'AZ', 'FL']), String(r.int(10000, 99999)), PH(`(${r.int(212, 989)}) 555-0${r.digits(3)}`), EM(`${f[0]}${l}@${r.pick(['globex.com', 'initech.com', 'umbrella-health.org'])}`.toLowerCase()), r.next() < 0.6 ? DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1955, 1999)}`) : '', PN(enName(r))]
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
    ['git_oneline', () => `${['fix(import): keep leading zeros in phone columns', 'feat: add postal code lookup cache', 'chore(deps): bump vitest to 3.2.4', 'refactor: split address parser', 'docs: update CHANGELOG for 2.8.0'].map(() => `${r.digits(4)}${r.pick(['a', 'f', 'c', 'e'])}${r.digits(2)} ${r.pick(['fix(import): keep leading zeros in phone columns', 'feat: add postal code lookup cache', 'chore(deps): bump vitest to 3.2.4', 'refactor: split address parser', 'docs: update CHANGELOG for 2.8.0'])}`).join('\n')}`],
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
  void add;
  void neg;
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
  for (let s = 0; s < 9; s++) out.push(enTicket(3700 + s));
  for (let s = 0; s < 12; s++) out.push(enIntl(3800 + s));
  for (let s = 0; s < 12; s++) out.push(enIban(3900 + s));
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
