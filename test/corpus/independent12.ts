// Twelfth independent labelled test set: IT, marketing and events, as staff copy them out of their tools. Helpdesk and
// IT-support tickets (password resets, device loans, account requests quoting a user's details), asset-management and
// Active Directory / LDAP exports (LDIF, Export-Csv), access, application and error logs carrying a customer payload,
// Git commit logs and code-review comments, config files and README contact sections, Jira / Backlog issues; seminar
// and webinar registration exports (Peatix, connpass, Eventbrite, Zoom), business-card exports (Sansan / Eight CSV),
// 名刺 OCR with noise, trade-show lead lists, survey responses with free text, newsletter lists, MA tool exports
// (Marketo, HubSpot, b→dash), seminar sign-in sheets, a customer-success QBR deck. About 60% Japanese, 40% English.
// Hard negatives (ids `neg-`, no gold): product docs, release notes, API references with placeholder values, system
// logs with ids / IPs / UUIDs / hashes only, agendas naming companies only, pricing pages, job postings, CSV templates
// with headers only or 山田太郎（記入例） rows.
//
// Written without reading the detector (utils/ except types.ts), its tests and benches, or the synthetic generator (only
// its `rng` is imported), and never run against the detector while being written. Follows the LABELLING CONVENTIONS in
// the header of test/corpus/independent.ts (set #1) and the decisions added in sets #3, #5–#11, and reuses set #1's
// helpers. Deterministic (seed 121212); values invented; My Number, corporate number, card and IBAN check digits
// computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases sets #1, #3, #5–#11 do not settle)
// - Directory exports (LDIF, AD CSV): each attribute holding a person's name (cn, displayName, givenName, sn, the CN=
//   part of a dn / manager dn, 表示名, フリガナ attributes) is its own person_name span, repeated values included; the
//   surname and given-name attributes are separate spans (split-field rule of set #5). mail / userPrincipalName holding
//   an address are email; telephoneNumber / mobile / facsimileTelephoneNumber are phone. sAMAccountName, uid, login ids
//   (t.sato, sato-t), employeeID / 社員番号, objectGUID, SIDs, OU / DC components, group names, hostnames, asset tags,
//   serial numbers, MAC and IP addresses are not labelled.
// - Handles and account ids (@ksato, GitHub / Backlog / Slack user ids, connpass / Peatix nicknames like "tk_dev") are
//   not names; a display name that is a real name ("Kenji Sato", "佐藤 健二") is labelled wherever a tool shows it, and an
//   @mention written as the person's real name (「@佐藤 健二」) is labelled without the @.
// - Git: an author / committer / Co-authored-by / Signed-off-by / Reviewed-by line gives a person_name and a separate
//   email span; commit hashes, branch names, PR and issue numbers are not labelled. Bot authors (dependabot[bot],
//   github-actions) and their noreply addresses are not personal and appear only in neg- docs.
// - Logs and error reports: a customer's data in a payload, query string, SQL, exception message or form dump is
//   labelled as usual, URL-encoded e-mails (taro%40example.jp) included as one email span over the encoded text; IP
//   addresses, user agents, session / trace / request ids, hashed or tokenised e-mails (sha256 values, HubSpot hashes)
//   are not (set #7).
// - Event registrations and surveys: a food allergy (「アレルギー：えび・かに」), a health condition, an accessibility
//   need that states a disability (「車椅子を使用」「聴覚障害のため字幕希望」), a religious practice or dietary rule given
//   for a religion (「ムスリムのため豚肉不可」), or a family member's illness or disability stated by the respondent is
//   sensitive, the label: value span when so written, else the shortest phrase. A diet without a reason (ベジタリアン,
//   グルテンフリー希望 with no illness named), 年代 / age bracket, job title, industry, company size, attendance status,
//   ticket type and NPS score are not labelled.
// - Business cards (Sansan / Eight / OCR): 会社名, 部署, 役職, URL and 名刺交換日 are not labelled; the company's 代表 / 直通
//   phone, FAX and address on the card are labelled (contact position, set #1), as are 携帯 and e-mail. An OCR misread
//   inside a value (l for 1, O for 0, stray spaces) leaves the value labelled over the whole misread text (set #6).
// - Marketing-tool fields (lead score, lifecycle stage, lead source, UTM parameters, campaign ids, consent flags,
//   unsubscribe timestamps) are not labelled. A lead's 法人番号 copied into a CRM field is corporate_number.
// - Speakers and moderators named in an internal event-operations sheet (with their contact details) are labelled; a
//   public agenda that names only companies and session titles is a neg- doc.
// - Seminar sign-in sheets with a 記入例 row: the example row (山田 太郎, 090-0000-0000) is not labelled; the attendees'
//   rows are.
// - Account-creation requests: a new hire's 生年月日 entered for identity verification is date_of_birth; 入社日,
//   利用開始日, 返却予定日 and the ticket's own dates are not.
// - Config files: role and system addresses (sre-oncall@, no-reply@) are email and a company's own SMS sender / 050
//   number is a phone (set #1: every address, every number). The key@host part of a Sentry DSN or any other URL's
//   user-info is a credential in a URL, not an e-mail address, and is not labelled.
// - Device identifiers (IMEI, serial numbers, MAC addresses, asset tags), 被害届 受理番号, 入館証 受付番号 and the
//   expiry date of an ID document are not labelled; the ID document's number is labelled by its type (set #10).
// - Placeholder values in templates and docs at reserved domains (example.com / .jp / .org / .net) and all-zero
//   numbers (090-0000-0000, 03-0000-0000) with 山田 太郎（記入例） rows are not personal data (sets #9, #10).
// - A health fact stated in a survey about the respondent's own family (「母が認知症」「息子が発達障害」「家族が難病で
//   入院中」) is sensitive: the relative is identifiable through the named respondent.
import { rng } from './generate';
import { AD, BA, CC, CORP, corp, DL, doc, DOB, EM, fw, hira, hwKana, IB, iban, type IndependentDoc, INS, luhn, MN, mn, PEN, PH, PN, PP, RC, SEN, SSN, ZIP } from './independent';

type R = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

const SEI = `佐々木:ササキ:Sasaki 高橋:タカハシ:Takahashi 渡部:ワタナベ:Watanabe 中野:ナカノ:Nakano 小林:コバヤシ:Kobayashi
加藤:カトウ:Kato 吉田:ヨシダ:Yoshida 山口:ヤマグチ:Yamaguchi 松本:マツモト:Matsumoto 井上:イノウエ:Inoue 木村:キムラ:Kimura
清水:シミズ:Shimizu 森田:モリタ:Morita 池田:イケダ:Ikeda 橋本:ハシモト:Hashimoto 石川:イシカワ:Ishikawa 前田:マエダ:Maeda
藤田:フジタ:Fujita 後藤:ゴトウ:Goto 岡本:オカモト:Okamoto 長谷川:ハセガワ:Hasegawa 村上:ムラカミ:Murakami 坂本:サカモト:Sakamoto
遠藤:エンドウ:Endo 青木:アオキ:Aoki 藤井:フジイ:Fujii 西田:ニシダ:Nishida 福田:フクダ:Fukuda 太田:オオタ:Ota 三浦:ミウラ:Miura
原田:ハラダ:Harada 中川:ナカガワ:Nakagawa 松井:マツイ:Matsui 竹内:タケウチ:Takeuchi 金子:カネコ:Kaneko 和田:ワダ:Wada
石田:イシダ:Ishida 上田:ウエダ:Ueda 平野:ヒラノ:Hirano 菅原:スガワラ:Sugawara 久保:クボ:Kubo 宇野:ウノ:Uno 東:アズマ:Azuma
眞鍋:マナベ:Manabe 髙木:タカギ:Takagi 五十嵐:イガラシ:Igarashi 栗山:クリヤマ:Kuriyama 野々村:ノノムラ:Nonomura 仲宗根:ナカソネ:Nakasone`
  .split(/\s+/)
  .map((s) => s.split(':'));
const MEI = `翔太:ショウタ:Shota:m 美咲:ミサキ:Misaki:f 健一:ケンイチ:Kenichi:m 由美:ユミ:Yumi:f 大輔:ダイスケ:Daisuke:m 彩花:アヤカ:Ayaka:f
直樹:ナオキ:Naoki:m 恵:メグミ:Megumi:f 拓也:タクヤ:Takuya:m 友美:トモミ:Tomomi:f 悠斗:ユウト:Yuto:m 結衣:ユイ:Yui:f 誠:マコト:Makoto:m
麻衣:マイ:Mai:f 亮介:リョウスケ:Ryosuke:m 香織:カオリ:Kaori:f 和也:カズヤ:Kazuya:m 千尋:チヒロ:Chihiro:f 陽菜:ヒナ:Hina:f 修:オサム:Osamu:m
奈々:ナナ:Nana:f 隆之:タカユキ:Takayuki:m 瑞穂:ミズホ:Mizuho:f 圭吾:ケイゴ:Keigo:m 沙織:サオリ:Saori:f 蓮:レン:Ren:m 佳奈子:カナコ:Kanako:f
秀樹:ヒデキ:Hideki:m 智子:トモコ:Tomoko:f 颯:ハヤテ:Hayate:m 紗希:サキ:Saki:f 康平:コウヘイ:Kohei:m 理恵:リエ:Rie:f 賢治:ケンジ:Kenji:m
真一:シンイチ:Shinichi:m 京子:キョウコ:Kyoko:f 篤史:アツシ:Atsushi:m 祐希:ユウキ:Yuki:f 光太郎:コウタロウ:Kotaro:m 芽衣:メイ:Mei:f
伸一郎:シンイチロウ:Shinichiro:m 綾乃:アヤノ:Ayano:f`
  .split(/\s+/)
  .map((s) => s.split(':'));

interface JP {
  sei: string;
  mei: string;
  seiK: string;
  meiK: string;
  seiR: string;
  meiR: string;
  f: boolean;
}

const JADDR: [string, string][] = [
  ['150-0002', '東京都渋谷区渋谷2-21-1 渋谷ヒカリエ18F'],
  ['164-0001', '東京都中野区中野4丁目10番2号 中野セントラルパークサウス5階'],
  ['135-0064', '東京都江東区青海2-7-4 theSOHO 1105'],
  ['181-0013', '東京都三鷹市下連雀3-38-4'],
  ['330-0854', '埼玉県さいたま市大宮区桜木町1-7-5 ソニックシティビル'],
  ['273-0005', '千葉県船橋市本町7丁目6-1'],
  ['220-8120', '神奈川県横浜市西区みなとみらい2-2-1 ランドマークタワー20F'],
  ['251-0055', '神奈川県藤沢市南藤沢2-1-3'],
  ['420-0857', '静岡県静岡市葵区御幸町3-21'],
  ['460-0008', '愛知県名古屋市中区栄3丁目18-1 ナディアパーク8F'],
  ['600-8216', '京都府京都市下京区烏丸通七条下ル東塩小路町721-1'],
  ['530-0011', '大阪府大阪市北区大深町3-1 グランフロント大阪タワーB 21階'],
  ['564-0063', '大阪府吹田市江坂町1丁目23-101'],
  ['650-0044', '兵庫県神戸市中央区東川崎町1-3-3'],
  ['730-0031', '広島県広島市中区紙屋町1-2-22'],
  ['760-0019', '香川県高松市サンポート2-1'],
  ['812-0011', '福岡県福岡市博多区博多駅前2-19-24'],
  ['860-0806', '熊本県熊本市中央区花畑町4-1'],
  ['900-0015', '沖縄県那覇市久茂地1-1-1'],
  ['060-0005', '北海道札幌市中央区北五条西2丁目5 JRタワー22F'],
  ['980-6120', '宮城県仙台市青葉区中央1-3-1 AER20階'],
  ['950-0087', '新潟県新潟市中央区東大通1-2-23'],
  ['920-0853', '石川県金沢市本町2丁目15-1'],
  ['370-0849', '群馬県高崎市八島町222'],
  ['310-0015', '茨城県水戸市宮町1-7-33'],
  ['176-0012', '東京都練馬区豊玉北5-17-12 グリーンハイツ203'],
  ['232-0024', '神奈川県横浜市南区浦舟町3-46-1'],
  ['662-0832', '兵庫県西宮市甲風園1丁目8-8-402'],
];

/** [name, domain, area code, head-office postcode, head-office address] */
const JCO: [string, string, string, string, string][] = [
  ['株式会社ミナトソリューションズ', 'minato-sol.co.jp', '03', '108-0075', '東京都港区港南2-15-3 品川インターシティC棟9F'],
  ['北辰システム開発株式会社', 'hokushin-sd.jp', '011', '060-0807', '北海道札幌市北区北七条西4-3-1 新北海道ビル6F'],
  ['株式会社アオバデジタル', 'aoba-digital.co.jp', '022', '980-0021', '宮城県仙台市青葉区中央2-9-27 プライムスクエア広瀬通8階'],
  ['なにわクラウド株式会社', 'naniwa-cloud.jp', '06', '541-0041', '大阪府大阪市中央区北浜2-6-18 淀屋橋スクエア11F'],
  ['株式会社中部精機', 'chubuseiki.co.jp', '052', '456-0002', '愛知県名古屋市熱田区金山町1-5-3 トーワ金山ビル4F'],
  ['博多ロジテック株式会社', 'hakata-logitech.co.jp', '092', '812-0013', '福岡県福岡市博多区博多駅東3-12-24'],
  ['株式会社ハマノ広告社', 'hamano-ad.co.jp', '045', '231-0062', '神奈川県横浜市中区桜木町1-101-1 クロスゲート7F'],
  ['京洛データ株式会社', 'kyoraku-data.com', '075', '604-8151', '京都府京都市中京区蛸薬師通烏丸西入橋弁慶町227'],
  ['株式会社せとうちメディカル', 'setouchi-med.jp', '082', '732-0822', '広島県広島市南区松原町5-1 BIG FRONTひろしま10F'],
  ['合同会社ルミナス企画', 'luminous-kikaku.jp', '03', '151-0051', '東京都渋谷区千駄ヶ谷5-27-5 リンクスクエア新宿16F'],
  ['株式会社みちのく食品', 'michinoku-foods.co.jp', '019', '020-0034', '岩手県盛岡市盛岡駅前通1-44'],
  ['株式会社ネクストフィールド', 'nextfield.co.jp', '03', '101-0047', '東京都千代田区内神田1-14-5 内神田ビルディング3F'],
  ['神戸マリン商事株式会社', 'kobe-marine.co.jp', '078', '650-0024', '兵庫県神戸市中央区海岸通5 商船三井ビル4F'],
  ['株式会社越後テクノ', 'echigo-techno.co.jp', '025', '950-0911', '新潟県新潟市中央区笹口1-2 プラーカ2 6F'],
  ['株式会社金沢プレシジョン', 'kanazawa-precision.jp', '076', '920-0031', '石川県金沢市広岡3-1-1 金沢パークビル5F'],
  ['株式会社ライフサポート九州', 'lifesupport-q.jp', '096', '860-0844', '熊本県熊本市中央区水道町8-6 朝日生命熊本ビル3F'],
];
const JPMAIL = ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'outlook.jp', 'nifty.com', 'softbank.ne.jp'];
const DEPT = ['情報システム部', 'マーケティング部', '営業企画部', 'DX推進室', '総務部', 'カスタマーサクセス部', '経営企画部', '広報部', '開発本部 第二開発部', '人事部'];
const TITLE = ['部長', '課長', '主任', 'マネージャー', 'リーダー', '担当', 'シニアエンジニア', '室長', '係長', ''];

const EFIRST = 'Emily Jacob Priya Marcus Hannah Diego Olivia Wei Fatima Connor Sofia Rajesh Grace Ethan Chloe Mateo Aisha Lucas Zoe Benjamin Nora Samuel Ingrid Kwame Leah Tomasz Yasmin Oliver Elena Declan Maya Arjun Freya Isaac'.split(' ');
const ELAST = "Thornton Castillo Patel Oyelaran Brennan Kowalski Lindqvist Zhang Mahmoud Fitzgerald Moreau Haddad Whitfield Okafor Rossi Bergstrom Delgado Sutherland Pemberton Novak Harrington Quinlan Vasquez Abernathy Chowdhury Reyes McKenzie Ferreira O'Donnell Yilmaz Nakashima-Ford".split(' ');
const EADDR = [
  '1450 Brickell Bay Dr Apt 2304, Miami, FL 33131',
  '77 Massachusetts Ave, Cambridge, MA 02139',
  '3120 Fremont Ave N, Seattle, WA 98103',
  '455 Market St Suite 1400, San Francisco, CA 94105',
  '908 Congress Ave, Austin, TX 78701',
  '14 Fitzroy Square, London W1T 6EP',
  'Flat 5, 28 Deansgate, Manchester M3 4LQ',
  '19 Leith Walk, Edinburgh EH6 8LN',
  '201 Bourke St, Melbourne VIC 3000',
  '65 Front St W, Toronto, ON M5J 1E6',
  '1 Raffles Place #20-61, Singapore 048616',
  '2500 Lakeview Pkwy, Rowlett, TX 75088',
];
const ECO: [string, string][] = [
  ['Northwind Analytics', 'northwind-analytics.com'], ['Bluefin Robotics', 'bluefinrobotics.io'], ['Castlerock Media', 'castlerockmedia.co.uk'],
  ['Helix Cloudworks', 'helixcloud.dev'], ['Juniper Learning', 'juniperlearning.org'], ['Oakridge Capital', 'oakridgecap.com'],
  ['Sapphire Health Systems', 'sapphirehs.com'], ['Tidewater Freight', 'tidewaterfreight.com'], ['Lumen & Vale', 'lumenvale.co'],
  ['Quarry Street Studios', 'quarrystreet.studio'], ['Redwood Fintech', 'redwoodfin.com'], ['Aurora Events Ltd', 'auroraevents.co.uk'],
];
const EMAILDOM = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.co.uk'];
const OUR = 'maruhi-tech.co.jp';

// ---------------------------------------------------------------------------------------------------------------
// Values

const p2 = (n: number) => String(n).padStart(2, '0');
const hex = (r: R, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
const uuid = (r: R) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const ip = (r: R) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.16.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `203.0.113.${r.int(1, 254)}`]);
const sub = (r: R, n: number) => String(r.int(2, 9)) + r.digits(n - 1);

function jmob(r: R, form = r.int(0, 7)): string {
  const a = r.pick(['090', '080', '070']);
  const b = sub(r, 4);
  const c = r.digits(4);
  switch (form) {
    case 0:
      return `${a}-${b}-${c}`;
    case 1:
      return `${a}${b}${c}`;
    case 2:
      return `${a} ${b} ${c}`;
    case 3:
      return `+81-${a.slice(1)}-${b}-${c}`;
    case 4:
      return fw(`${a}-${b}-${c}`);
    case 5:
      return `${a}ー${b}ー${c}`;
    case 6:
      return `(${a})${b}-${c}`;
    default:
      return `+81 ${a.slice(1)} ${b} ${c}`;
  }
}
function jfix(r: R, area: string, form = r.int(0, 4)): string {
  const rest = 10 - area.length;
  const mid = area.length === 2 ? 4 : area.length === 3 ? 3 : 2;
  const m = sub(r, mid);
  const e = r.digits(rest - mid);
  switch (form) {
    case 0:
    case 1:
      return `${area}-${m}-${e}`;
    case 2:
      return `${area}(${m})${e}`;
    case 3:
      return `+81-${area.slice(1)}-${m}-${e}`;
    default:
      return `${area}${m}${e}`;
  }
}
function dobJ(r: R, form = r.int(0, 6)): string {
  const y = r.int(1958, 2002);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  switch (form) {
    case 0:
      return `${y}/${p2(m)}/${p2(d)}`;
    case 1:
      return `${y}-${p2(m)}-${p2(d)}`;
    case 2:
      return `${y}年${m}月${d}日`;
    case 3:
      return y >= 1989 ? `平成${y - 1988}年${m}月${d}日` : `昭和${y - 1925}年${m}月${d}日`;
    case 4:
      return fw(`${y}/${m}/${d}`);
    case 5:
      return y >= 1989 ? `H${y - 1988}.${m}.${d}` : `S${y - 1925}.${m}.${d}`;
    default:
      return `${y}.${p2(m)}.${p2(d)}`;
  }
}
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
function dobE(r: R): string {
  const y = r.int(1960, 2001);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`, `${y}-${p2(m)}-${p2(d)}`]);
}
function usPhone(r: R): string {
  const a = r.pick(['212', '415', '617', '206', '512', '305', '312', '646']);
  return r.pick([`(${a}) ${sub(r, 3)}-${r.digits(4)}`, `+1 ${a} ${sub(r, 3)} ${r.digits(4)}`, `${a}-${sub(r, 3)}-${r.digits(4)}`, `${a}.${sub(r, 3)}.${r.digits(4)}`]);
}
function ukPhone(r: R): string {
  return r.pick([`+44 20 7${r.digits(3)} ${r.digits(4)}`, `07${r.int(700, 999)} ${r.digits(6)}`, `0161 ${sub(r, 3)} ${r.digits(4)}`]);
}
const cardGroups = (d: string, sep: string) => (d.length === 15 ? `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}` : d.replace(/(\d{4})(?=\d)/g, `$1${sep}`));
function card(r: R, brand = r.pick(['V', 'M', 'J', 'A']), sep = r.pick([' ', '-', ''])): string {
  const body = brand === 'V' ? `4${r.digits(14)}` : brand === 'M' ? `5${r.int(1, 5)}${r.digits(13)}` : brand === 'J' ? `35${r.int(28, 89)}${r.digits(11)}` : `3${r.pick(['4', '7'])}${r.digits(12)}`;
  return cardGroups(luhn(body), sep);
}
const ssn = (r: R) => `${r.int(101, 665)}-${p2(r.int(10, 99))}-${r.int(1000, 9999)}`;

// ---------------------------------------------------------------------------------------------------------------

export function buildIndependent12(): IndependentDoc[] {
  const r = rng(121212);
  const out: IndependentDoc[] = [];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const neg = (id: string, style: string, text: string) => out.push(doc(`neg-${id}`, style, text));

  // People: family and given names drawn without repeating a pair soon.
  let ji = 0;
  const jp = (): JP => {
    const s = SEI[(ji * 7 + r.int(0, 6)) % SEI.length];
    const g = MEI[(ji * 11 + r.int(0, 10)) % MEI.length];
    ji++;
    return { sei: s[0], mei: g[0], seiK: s[1], meiK: g[1], seiR: s[2], meiR: g[2], f: g[3] === 'f' };
  };
  const jn = (p: JP, sep = r.pick([' ', '　', ''])) => `${p.sei}${sep}${p.mei}`;
  const jk = (p: JP, sep = r.pick([' ', '　'])) => `${p.seiK}${sep}${p.meiK}`;
  const jr = (p: JP) => r.pick([`${p.meiR} ${p.seiR}`, `${p.seiR.toUpperCase()} ${p.meiR}`, `${p.seiR} ${p.meiR}`]);
  const jmail = (p: JP) => `${r.pick([`${p.meiR.toLowerCase()}.${p.seiR.toLowerCase()}`, `${p.seiR.toLowerCase()}${r.int(1, 99)}`, `${p.meiR.toLowerCase()[0]}${p.seiR.toLowerCase()}`, `${p.seiR.toLowerCase()}_${p.meiR.toLowerCase()}${r.int(70, 99)}`])}@${r.pick(JPMAIL)}`;
  const wmail = (p: JP, dom: string) => `${r.pick([`${p.seiR.toLowerCase()}.${p.meiR.toLowerCase()}`, `${p.meiR.toLowerCase()[0]}-${p.seiR.toLowerCase()}`, `${p.seiR.toLowerCase()}`])}@${dom}`;
  const omail = (p: JP) => `${p.seiR.toLowerCase()}.${p.meiR.toLowerCase()[0]}@${OUR}`;
  let ai = 0;
  const jaddr = () => JADDR[(ai++ * 5 + r.int(0, 4)) % JADDR.length];
  let ci = 0;
  const jco = () => JCO[(ci++ * 3 + r.int(0, 2)) % JCO.length];
  let ei = 0;
  const en = () => {
    const f = EFIRST[(ei * 5 + r.int(0, 4)) % EFIRST.length];
    const l = ELAST[(ei * 3 + r.int(0, 2)) % ELAST.length];
    ei++;
    return { f, l, n: `${f} ${l}` };
  };
  const low = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const emailE = (e: { f: string; l: string }, dom?: string) => `${r.pick([`${low(e.f)}.${low(e.l)}`, `${low(e.f)[0]}${low(e.l)}`, `${low(e.f)}${r.int(1, 99)}`])}@${dom ?? r.pick(EMAILDOM)}`;
  const zipv = (z: string) => r.pick([z, z, z, z.replace('-', ''), fw(z), z.replace('-', '−')]);
  const ts = () => `2026-0${r.int(1, 3)}-${p2(r.int(1, 28))} ${p2(r.int(8, 20))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}`;
  const iso = () => `2026-0${r.int(1, 3)}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}+09:00`;
  const tk = () => `INC${r.digits(7)}`;
  /** A clock that moves forward a few minutes at each call (chat timestamps in order). */
  const clock = (from: number, to: number) => {
    let t = r.int(from * 60, to * 60);
    return () => {
      t += r.int(1, 9);
      return `${p2(Math.floor(t / 60))}:${p2(t % 60)}`;
    };
  };

  // =============================================================================================================
  // Helpdesk: password resets (Japanese)
  for (let k = 0; k < 7; k++) {
    const u = jp();
    const a = jp();
    const v = k % 3;
    if (v === 0)
      add(
        `hd-pw-ja-${k}`,
        'helpdesk_ja',
        `【問い合わせ票】${tk()}
件名：${r.pick(['パスワードリセット依頼（ロックアウト）', 'アカウントロック解除のお願い', 'サインインできない（パスワード期限切れ）'])}
依頼者：${PN(jn(u))}（${r.pick(DEPT)}）
社員番号：E${r.digits(6)}
連絡先：内線${r.digits(4)} / 携帯 ${PH(jmob(r))}
メール：${EM(omail(u))}
内容：${r.pick(['本日朝からVPNに接続できず、Windowsのアカウントがロックされたようです。至急リセットをお願いします。', '在宅勤務中にパスワードを3回間違えてロックされました。午後の商談までに解除をお願いします。', '休職明けでパスワードの有効期限が切れていました。再発行をお願いします。'])}
対応者：${PN(jn(a))}
対応：${ts()} ADにてロック解除・一時パスワード発行。本人の携帯SMSに通知済み。`,
      );
    else if (v === 1) {
      const c = clock(8, 10);
      add(
        `hd-pw-ja-${k}`,
        'chat_ja',
        `[${c()}] ${PN(jn(u, ' '))}: すみません、M365のパスワードを忘れてしまいました…MFAの電話番号も機種変で変わってて
[${c()}] ${PN(jn(a, ' '))}: 承知しました。新しい携帯番号を教えてください
[${c()}] ${PN(jn(u, ' '))}: ${PH(jmob(r, r.pick([0, 1, 4])))} です
[${c()}] ${PN(jn(a, ' '))}: 登録しました。${PN(u.sei)}さんのサインインを一度確認してください`,
      );
    }
    else
      add(
        `hd-pw-ja-${k}`,
        'form_ja',
        `パスワード再発行申請フォーム 受信通知
■ 氏名　　　　：${PN(jn(u, '　'))}
■ フリガナ　　：${PN(jk(u))}
■ 所属　　　　：${r.pick(DEPT)}
■ 対象システム：${r.pick(['勤怠システム', 'SFA', '経費精算', 'Box', 'Salesforce'])}
■ 本人確認用メール：${EM(jmail(u))}
■ 生年月日（本人確認）：${DOB(dobJ(r))}
■ 備考：旧パスワードの有効期限切れ（2026/02/28）`,
      );
  }

  // Helpdesk: device loans (TSV / ledger)
  for (let k = 0; k < 4; k++) {
    const rows = Array.from({ length: r.int(3, 5) }, () => {
      const u = jp();
      return `PC-${r.digits(5)}\t${r.pick(['ThinkPad X1 Carbon', 'MacBook Air M3', 'Surface Pro 9', 'iPhone 15', 'Pocket WiFi'])}\t${PN(jn(u, ' '))}\t${EM(omail(u))}\t${k % 2 ? PH(jmob(r, 0)) : `内線${r.digits(4)}`}\t2026/0${r.int(1, 3)}/${p2(r.int(1, 28))}\t2026/0${r.int(4, 6)}/${p2(r.int(1, 28))}`;
    });
    add(`hd-loan-${k}`, 'tsv_ja', `資産番号\t機種\t貸出先\tメール\t連絡先\t貸出日\t返却予定日\n${rows.join('\n')}`);
  }

  // Helpdesk: account requests quoting the new user
  for (let k = 0; k < 5; k++) {
    // (k 1: a contractor from Vietnam, identified by a residence card)
    const u: JP = k === 1 ? { sei: 'グエン', mei: 'ホア', seiK: 'グエン', meiK: 'ホア', seiR: 'Nguyen', meiR: 'Hoa', f: true } : jp();
    const m = jp();
    const [z, a] = jaddr();
    add(
      `hd-acct-ja-${k}`,
      'ticket_ja',
      `Backlog 課題 IT-${r.int(100, 2000)}
種別：アカウント発行依頼　優先度：中　担当者：${PN(jn(m))}
入社予定者の情報です。初日までにPC・メール・Slackの準備をお願いします。

氏名：${PN(jn(u))}（${PN(r.chance(0.5) ? jk(u) : hwKana(jk(u, ' ')))}）
生年月日：${DOB(dobJ(r))}
入社日：2026年4月1日
配属：${r.pick(DEPT)}
個人連絡先：${PH(jmob(r))}
私用メール：${EM(jmail(u))}
PC送付先：〒${ZIP(zipv(z))} ${AD(a)}
${k === 1 ? `※在留カード番号（業務委託の本人確認用）：${RC(`${r.pick(['AB', 'KZ', 'PT', 'MN'])}${r.digits(8)}${r.pick(['CD', 'EF', 'JA', 'HQ'])}`)}\n` : ''}ログインID：${u.seiR.toLowerCase()}.${u.meiR.toLowerCase()[0]}（予定）`,
    );
  }

  // Helpdesk: English tickets
  for (let k = 0; k < 6; k++) {
    const u = en();
    const a = en();
    const v = k % 3;
    if (v === 0)
      add(
        `hd-en-${k}`,
        'ticket_en',
        `Ticket #${r.int(40000, 99999)} — Password reset / MFA re-enrolment
Requester: ${PN(u.n)} <${EM(emailE(u, 'maruhi-global.com'))}>
Assignee: ${PN(a.n)}
Status: Solved   Priority: High
---
${u.f} lost their phone at the airport. Verified identity by callback to the number on file, ${PH(usPhone(r))}, and reset MFA.
New authenticator registered on ${PH(usPhone(r))} (personal mobile).`,
      );
    else if (v === 1)
      add(
        `hd-en-${k}`,
        'ticket_en',
        `[ServiceNow] ${tk()} New starter laptop request
Opened by: ${PN(a.n)}
New hire: ${PN(u.n)}
Start date: 2026-03-02
Ship to (home): ${AD(r.pick(EADDR))}
Mobile: ${PH(r.chance(0.5) ? usPhone(r) : ukPhone(r))}
Personal email for Day-1 instructions: ${EM(emailE(u))}
Hardware: MacBook Pro 14" / 32GB, asset tag to be assigned`,
      );
    else
      add(
        `hd-en-${k}`,
        'ticket_en',
        `Zendesk #${r.int(10000, 99999)} | Internal note by ${PN(a.n)}
Customer ${PN(u.n)} (${EM(emailE(u, r.pick(ECO)[1]))}) cannot log into the admin console; SSO assertion rejected.
Called them back on ${PH(usPhone(r))} — their IdP sends the NameID as ${EM(emailE(u, r.pick(ECO)[1]))} instead of the primary address.
Workaround: add alias in our tenant. Trace id ${uuid(r)}.`,
      );
  }

  // IT chat: device / VPN issues
  for (let k = 0; k < 3; k++) {
    const u = jp();
    const a = jp();
    const c = clock(9, 16);
    add(
      `it-chat-${k}`,
      'chat_ja',
      `#it-helpdesk
${PN(jn(a, ' '))}  ${c()}
@${PN(jn(u, ' '))} 貸与スマホの初期化が終わりました。受け取りは${r.pick(['7F', '12F', '3F'])}の窓口でお願いします
${PN(jn(u, ' '))}  ${c()}
ありがとうございます！番号は前と同じ ${PH(jmob(r, 0))} のままですか？
${PN(jn(a, ' '))}  ${c()}
はい、同じです。${k === 2 ? `あと、来週から${SEN('通院のため')}毎週水曜は在宅とのことなので、VPNトークンも一緒にお渡しします` : 'eSIMの再発行は不要でした'}`,
    );
  }

  // =============================================================================================================
  // Directory exports: LDIF
  for (let k = 0; k < 5; k++) {
    const blocks = Array.from({ length: r.int(2, 3) }, () => {
      const u = jp();
      const m = jp();
      const en1 = `${u.meiR} ${u.seiR}`;
      const ja = k % 2 === 0;
      return `dn: CN=${PN(en1)},OU=${r.pick(['Sales', 'Marketing', 'IT', 'HR', 'Dev'])},OU=Users,DC=corp,DC=maruhi,DC=local
objectClass: user
cn: ${PN(en1)}
sn: ${PN(u.seiR)}
givenName: ${PN(u.meiR)}
displayName: ${PN(ja ? jn(u, ' ') : en1)}
sAMAccountName: ${u.seiR.toLowerCase()}.${u.meiR.toLowerCase()[0]}
userPrincipalName: ${EM(omail(u))}
mail: ${EM(omail(u))}
telephoneNumber: ${PH(jfix(r, '03', 0))}
${r.chance(0.6) ? `mobile: ${PH(jmob(r, r.pick([0, 3, 7])))}\n` : ''}employeeID: ${r.digits(6)}
manager: CN=${PN(`${m.meiR} ${m.seiR}`)},OU=Managers,DC=corp,DC=maruhi,DC=local
objectGUID:: ${hex(r, 22)}==`;
    });
    add(`ldif-${k}`, 'ldif', `# extended LDIF\n# base <OU=Users,DC=corp,DC=maruhi,DC=local>\nversion: 1\n\n${blocks.join('\n\n')}`);
  }
  // AD CSV exports
  for (let k = 0; k < 3; k++) {
    const rows = Array.from({ length: r.int(3, 5) }, () => {
      const u = jp();
      return `"${u.seiR.toLowerCase()}${u.meiR.toLowerCase()[0]}","${PN(jn(u, ' '))}","${PN(u.sei)}","${PN(u.mei)}","${EM(omail(u))}","${r.pick(DEPT)}","${r.chance(0.5) ? PH(jfix(r, r.pick(['03', '06', '052']), 0)) : ''}","${r.chance(0.5) ? 'True' : 'False'}","${r.digits(5)}"`;
    });
    add(
      `ad-csv-${k}`,
      'csv',
      `#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser\n"SamAccountName","DisplayName","Surname","GivenName","EmailAddress","Department","OfficePhone","Enabled","EmployeeID"\n${rows.join('\n')}`,
    );
  }
  // Asset-management exports (English)
  for (let k = 0; k < 3; k++) {
    const rows = Array.from({ length: r.int(3, 4) }, () => {
      const u = en();
      return `| LT-${r.digits(5)} | ${r.pick(['Dell Latitude 7440', 'MacBook Pro 14', 'Lenovo T14s', 'iPad Air'])} | ${hex(r, 2).toUpperCase()}:${hex(r, 2).toUpperCase()}:${hex(r, 2).toUpperCase()}:${hex(r, 2).toUpperCase()}:${hex(r, 2).toUpperCase()}:${hex(r, 2).toUpperCase()} | ${PN(u.n)} | ${EM(emailE(u, 'maruhi-global.com'))} | ${r.pick(['In use', 'Repair', 'Retired'])} |`;
    });
    add(`asset-en-${k}`, 'table_en', `| Asset tag | Model | MAC | Assigned to | Email | State |\n|---|---|---|---|---|---|\n${rows.join('\n')}`);
  }

  // =============================================================================================================
  // Access / application / error logs with a customer payload
  for (let k = 0; k < 5; k++) {
    const u = jp();
    const [z, a] = jaddr();
    const mail = jmail(u);
    const enc = mail.replace('@', '%40');
    add(
      `log-access-${k}`,
      'log',
      `${ip(r)} - - [${p2(r.int(1, 28))}/Feb/2026:${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0900] "GET /api/v2/members/search?email=${EM(enc)}&tel=${PH(jmob(r, 1))} HTTP/1.1" 200 ${r.int(300, 4000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
${ip(r)} - - [${p2(r.int(1, 28))}/Feb/2026:${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0900] "POST /api/v2/members HTTP/1.1" 201 ${r.int(100, 900)} "-" "okhttp/4.12.0"
  body={"name":"${PN(jn(u, ' '))}","kana":"${PN(jk(u, ' '))}","zip":"${ZIP(z)}","address":"${AD(a)}","mail":"${EM(mail)}","agree":true}`,
    );
  }
  for (let k = 0; k < 5; k++) {
    const u = jp();
    const mail = jmail(u);
    const v = k % 3;
    if (v === 0)
      add(
        `log-err-${k}`,
        'stacktrace',
        `${ts()} ERROR [http-nio-8080-exec-${r.int(1, 20)}] c.m.crm.LeadImportService - Import failed at row ${r.int(2, 900)}
java.lang.IllegalArgumentException: Invalid phone format: '${PH(jmob(r, 5))}' (name=${PN(jn(u, ' '))}, email=${EM(jmail(u))})
	at com.maruhi.crm.lead.PhoneNormalizer.normalize(PhoneNormalizer.java:${r.int(40, 200)})
	at com.maruhi.crm.lead.LeadImportService.importRow(LeadImportService.java:${r.int(100, 400)})
	at java.base/java.util.ArrayList.forEach(ArrayList.java:1596)`,
      );
    else if (v === 1)
      add(
        `log-err-${k}`,
        'log',
        `[${iso()}] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${EM(mail)}' for key 'users_email_unique' (SQL: insert into \`users\` (\`name\`, \`email\`, \`tel\`, \`birthday\`) values (${PN(jn(u, ' '))}, ${EM(mail)}, ${PH(jmob(r, 0))}, ${DOB(dobJ(r, 1))})) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000)"}`,
      );
    else
      add(
        `log-err-${k}`,
        'log',
        `Traceback (most recent call last):
  File "/srv/app/forms/seminar.py", line ${r.int(20, 300)}, in submit
    send_confirmation(entry)
  File "/srv/app/mail.py", line ${r.int(20, 300)}, in send_confirmation
    raise SMTPRecipientsRefused({addr: (550, b"5.1.1 User unknown")})
smtplib.SMTPRecipientsRefused: {'${EM(jmail(u))}': (550, b'5.1.1 User unknown')}
entry = {'氏名': '${PN(jn(u, ' '))}', '会社名': '${jco()[0]}', '電話': '${PH(jfix(r, r.pick(['03', '06', '045']), 0))}', 'seminar_id': ${r.int(100, 999)}}`,
      );
  }
  // English log payloads
  for (let k = 0; k < 4; k++) {
    const u = en();
    add(
      `log-en-${k}`,
      'log',
      k % 2 === 0
        ? `${iso()} level=warn svc=checkout msg="address validation failed" trace_id=${hex(r, 32)} customer={"first_name":"${PN(u.f)}","last_name":"${PN(u.l)}","email":"${EM(emailE(u))}","phone":"${PH(usPhone(r))}","line1":"${AD(r.pick(EADDR))}"}`
        : `${iso()} WARN  webhook.eventbrite  order.placed attendee_profile={"name": "${PN(u.n)}", "email": "${EM(emailE(u))}", "cell_phone": "${PH(r.chance(0.5) ? usPhone(r) : ukPhone(r))}"} retry=${r.int(1, 5)} status=502 upstream=${ip(r)}`,
    );
  }

  // =============================================================================================================
  // Git logs and code review
  for (let k = 0; k < 4; k++) {
    const a = jp();
    const b = en();
    const c = jp();
    const cm = `${c.seiR.toLowerCase()}${r.int(1, 99)}@${r.pick(JPMAIL)}`;
    add(
      `git-log-${k}`,
      'git_log',
      `commit ${hex(r, 40)}
Author: ${PN(`${a.meiR} ${a.seiR}`)} <${EM(omail(a))}>
Date:   ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Feb ${r.int(1, 28)} ${p2(r.int(9, 22))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} 2026 +0900

    ${r.pick(['fix(export): escape commas in company names', 'feat(leads): dedupe by normalized e-mail', 'chore: bump hubspot client to 9.x', 'fix(zoom): handle registrants without phone', 'refactor(ldap): page results at 500'])} (#${r.int(100, 999)})

    Co-authored-by: ${PN(b.n)} <${EM(emailE(b, 'maruhi-global.com'))}>

commit ${hex(r, 40)}
Merge: ${hex(r, 7)} ${hex(r, 7)}
Author: ${PN(jn(c, ' '))} <${EM(cm)}>
Date:   ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Feb ${r.int(1, 28)} ${p2(r.int(9, 22))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} 2026 +0900

    Merge branch '${r.pick(['feature/lead-dedupe', 'fix/sansan-import', 'feature/peatix-webhook', 'hotfix/csv-bom'])}' into develop

    Signed-off-by: ${PN(jn(c, ' '))} <${EM(cm)}>`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const rev = jp();
    const u = jp();
    const e = en();
    if (k % 2 === 0)
      add(
        `review-ja-${k}`,
        'code_review_ja',
        `${PN(jn(rev, ' '))} commented on test/fixtures/leads.csv (line ${r.int(2, 40)})
> ${PN(jn(u, ''))},${PN(jk(u, ' '))},${PH(jmob(r, 0))},${EM(jmail(u))}
これ本番のリードデータそのままでは？フィクスチャには架空の値を使ってください。このコミットは履歴から消す必要があります（BFGで）。`,
      );
    else
      add(
        `review-en-${k}`,
        'code_review_en',
        `Review comment — ${PN(e.n)} on src/integrations/hubspot/mapper.test.ts
\`\`\`ts
const sample = { firstname: '${PN(u.meiR)}', lastname: '${PN(u.seiR)}', email: '${EM(wmail(u, jco()[1]))}', phone: '${PH(jfix(r, '03', 3))}' };
\`\`\`
Please don't paste real contacts from the portal into tests. Use faker or example.com. @${u.seiR.toLowerCase()}-dev can you rotate this?`,
      );
  }

  // Config files and README contact sections
  add(
    'cfg-yaml',
    'config',
    `# alertmanager.yml
route:
  receiver: oncall
receivers:
  - name: oncall
    email_configs:
      - to: '${EM('sre-oncall@maruhi-tech.co.jp')}'
        from: '${EM('alertmanager@maruhi-tech.co.jp')}'
        smarthost: smtp.${OUR}:587
    sms_configs:
      # ${(() => {
        const p = jp();
        return `${PN(jn(p, ' '))} (primary) ${PH(jmob(r, 0))}`;
      })()}
      - to: '${PH(`+8190${r.digits(8)}`)}'`,
  );
  {
    const p = jp();
    const q = jp();
    add(
      'cfg-readme-ja',
      'readme_ja',
      `## 問い合わせ先

| 役割 | 担当 | 連絡先 |
|---|---|---|
| プロダクトオーナー | ${PN(jn(p, ' '))} | ${EM(omail(p))} |
| 障害時エスカレーション | ${PN(jn(q, ' '))} | ${PH(jmob(r, 0))}（夜間のみ） |
| 全般 | 情シス | ${EM('it-support@maruhi-tech.co.jp')} / ${PH(jfix(r, '03', 0))} |

障害対応手順は docs/runbook.md を参照。`,
    );
  }
  {
    const e = en();
    add(
      'cfg-readme-en',
      'readme_en',
      `## Maintainers

- ${PN(e.n)} (@${low(e.f)}${low(e.l).slice(0, 3)}) — ${EM(emailE(e, 'maruhi-global.com'))}
- Platform team — ${EM('platform@maruhi-global.com')}

Security issues: please e-mail ${EM('security@maruhi-global.com')} rather than opening a public issue.`,
    );
  }
  {
    const p = jp();
    add(
      'cfg-env',
      'config',
      `# .env.production (DO NOT COMMIT)
APP_ENV=production
DB_HOST=10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}
MAIL_FROM_ADDRESS=${EM('no-reply@maruhi-tech.co.jp')}
ADMIN_NOTIFY=${EM(omail(p))}
TWILIO_FROM=${PH(`+8150${r.digits(8)}`)}
SENTRY_DSN=https://${hex(r, 32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}
# 担当: ${PN(jn(p, ' '))}`,
    );
  }

  // Jira / Backlog issues
  for (let k = 0; k < 6; k++) {
    const rep = jp();
    const asg = jp();
    const c = jp();
    const co = jco();
    const v = k % 3;
    if (v === 0)
      add(
        `jira-ja-${k}`,
        'issue_ja',
        `MKT-${r.int(100, 999)} 問い合わせフォームからの重複登録
報告者: ${PN(jn(rep, ' '))}　担当者: ${PN(jn(asg, ' '))}　ステータス: 対応中
再現手順：
1. 下記のお客様で2回送信すると、HubSpotにコンタクトが2件作られる
   ${co[0]} ${PN(jn(c))} 様 / ${EM(wmail(c, co[1]))} / ${PH(jfix(r, co[2]))}
2. メールアドレスの大文字小文字が違うだけで別人扱いになる
期待値：1件に統合されること`,
      );
    else if (v === 1)
      add(
        `backlog-ja-${k}`,
        'issue_ja',
        `[SUPPORT-${r.int(1000, 9999)}] 請求書の宛名変更依頼
登録者 ${PN(jn(rep, ' '))}　${ts()}
お客様（${co[0]} 経理ご担当 ${PN(c.sei)}様）より、請求書送付先の変更依頼がありました。
新送付先：${(() => {
          const [z, a] = jaddr();
          return `〒${ZIP(zipv(z))} ${AD(a)}`;
        })()}
ご担当者：${PN(jn(c, '　'))}　直通 ${PH(jfix(r, co[2], 0))}
法人番号：${CORP(corp(`${r.int(1, 9)}${r.digits(11)}`))}
→ ${PN(asg.sei)}さん、freee側の取引先マスタ更新をお願いします。`,
      );
    else {
      const e = en();
      const f = en();
      add(
        `jira-en-${k}`,
        'issue_en',
        `CS-${r.int(1000, 9999)}: GDPR erasure request
Reporter: ${PN(e.n)}   Assignee: ${PN(f.n)}   Labels: privacy, dsar
Data subject: ${(() => {
          const d = en();
          return `${PN(d.n)}, ${EM(emailE(d))}`;
        })()}
Systems to purge: Marketo, Zendesk, Snowflake (events table), Mixpanel.
Requested ${r.int(1, 28)} Feb 2026 — due within 30 days. Please confirm in comments when done.`,
      );
    }
  }

  // =============================================================================================================
  // Seminar / webinar registration exports (Peatix, connpass, Zoom, Eventbrite)
  for (let k = 0; k < 5; k++) {
    const rows = Array.from({ length: r.int(3, 5) }, (_, i) => {
      const u = jp();
      const co = jco();
      const note =
        k === 1 && i === 0
          ? SEN('アレルギー：そば・落花生')
          : k === 3 && i === 1
            ? SEN('車椅子を使用しています')
            : r.pick(['', '', '懇親会参加', 'オンライン参加']);
      return `${r.int(10000000, 99999999)},${ts().slice(0, 16)},${PN(jn(u, ' '))},${PN(jk(u, ' '))},${co[0]},${r.pick(DEPT)},${EM(wmail(u, co[1]))},${PH(jfix(r, co[2], r.pick([0, 4])))},${note}`;
    });
    add(`reg-peatix-${k}`, 'csv_ja', `チケットID,申込日時,氏名,フリガナ,会社名,部署,メールアドレス,電話番号,備考\n${rows.join('\n')}`);
  }
  for (let k = 0; k < 3; k++) {
    const rows = Array.from({ length: r.int(3, 5) }, () => {
      const u = jp();
      return `${r.pick(['一般参加', 'LT枠', 'ブログ枠'])}\t${r.pick(['tk_dev', 'nekonote', 'yamachan', 'km2', 'sho-t', 'ruby_love', 'd_kato'])}${r.int(1, 99)}\t${PN(jn(u, ' '))}\t${EM(jmail(u))}\t${r.pick(['参加', 'キャンセル', '補欠'])}`;
    });
    add(`reg-connpass-${k}`, 'tsv_ja', `参加枠名\tユーザー名\t表示名（本名）\tメールアドレス\t参加ステータス\n${rows.join('\n')}`);
  }
  for (let k = 0; k < 4; k++) {
    const rows = Array.from({ length: r.int(3, 4) }, (_, i) => {
      const u = en();
      const c = r.pick(ECO);
      return `${PN(u.f)},${PN(u.l)},${EM(emailE(u, c[1]))},${c[0]},${r.pick(['CTO', 'Marketing Manager', 'Data Engineer', 'VP Sales', 'Founder'])},${k === 2 && i === 0 ? SEN('Deaf - please enable live captions') : r.pick(['', 'N/A', 'Looking forward!'])},${r.pick(['Approved', 'Approved', 'Denied'])},${PH(r.chance(0.5) ? usPhone(r) : ukPhone(r))}`;
    });
    add(`reg-zoom-${k}`, 'csv_en', `Webinar ID,${r.digits(3)} ${r.digits(4)} ${r.digits(4)}\nTopic,Data Clean Rooms in 2026\nFirst Name,Last Name,Email,Organization,Job Title,Questions & Comments,Approval Status,Phone\n${rows.join('\n')}`);
  }
  for (let k = 0; k < 4; k++) {
    const rows = Array.from({ length: r.int(2, 4) }, (_, i) => {
      const u = en();
      return `${r.digits(10)},${r.pick(['General Admission', 'Early Bird', 'VIP'])},${PN(u.n)},${EM(emailE(u))},${PH(usPhone(r))},${k === 1 && i === 1 ? SEN('Dietary: halal (Muslim)') : r.pick(['Dietary: vegetarian', 'Dietary: none', ''])},${k === 3 && i === 0 ? SEN('Accessibility: uses a wheelchair, needs step-free access') : ''}`;
    });
    add(`reg-eventbrite-${k}`, 'csv_en', `Order #,Ticket Type,Attendee,Email,Cell Phone,Dietary,Accessibility\n${rows.join('\n')}`);
  }

  // Business-card exports (Sansan / Eight)
  for (let k = 0; k < 5; k++) {
    const rows = Array.from({ length: r.int(2, 4) }, () => {
      const u = jp();
      const co = jco();
      const [z, a] = r.chance(0.8) ? [co[3], co[4]] : jaddr();
      return `${co[0]},${r.pick(DEPT)},${r.pick(TITLE)},${PN(jn(u, ' '))},${PN(jk(u, ' '))},${ZIP(z)},${AD(a)},${PH(jfix(r, co[2], 0))},${r.chance(0.4) ? PH(jfix(r, co[2], 0)) : ''},${r.chance(0.6) ? PH(jmob(r, 0)) : ''},${EM(wmail(u, co[1]))},https://www.${co[1]}/,2026/0${r.int(1, 3)}/${p2(r.int(1, 28))}`;
    });
    add(`card-sansan-${k}`, 'csv_ja', `会社名,部署名,役職,氏名,氏名（カナ）,郵便番号,住所,TEL,FAX,携帯電話,E-mail,URL,名刺交換日\n${rows.join('\n')}`);
  }
  // Eight export without headers, full-width
  for (let k = 0; k < 2; k++) {
    const rows = Array.from({ length: 3 }, () => {
      const u = jp();
      const co = jco();
      return `"${PN(jn(u, '　'))}","${co[0]}","${r.pick(TITLE)}","${PH(fw(jfix(r, co[2], 0)))}","${PH(fw(jmob(r, 0)))}","${EM(wmail(u, co[1]))}"`;
    });
    add(`card-eight-${k}`, 'csv_ja', rows.join('\n'));
  }
  // 名刺 OCR with noise
  for (let k = 0; k < 5; k++) {
    const u = jp();
    const co = jco();
    const [z, a] = [co[3], co[4]];
    const mob = jmob(r, 0);
    const noisyMob = mob.replace(/1/, 'l').replace(/-/, ' - ');
    const mail = wmail(u, co[1]);
    add(
      `card-ocr-${k}`,
      'ocr_ja',
      `${co[0]}
${r.pick(DEPT)}　${r.pick(TITLE)}
${PN(`${u.sei.split('').join(' ')}　${u.mei.split('').join(' ')}`)}
${PN(`${u.seiR.toUpperCase()} ${u.meiR}`)}
〒${ZIP(z.replace('-', r.pick(['-', 'ー', '−'])))}
${AD(a.replace(/(\d)-(\d)/, '$1 - $2'))}
TEL ${PH(jfix(r, co[2], 0))}  FAX ${PH(jfix(r, co[2], 0))}
${k % 2 ? `Mobile ${PH(noisyMob)}` : `携帯 ${PH(mob)}`}
E-mail：${EM(k === 2 ? mail.replace('@', ' @ ') : mail)}
https:/ /www.${co[1]}`,
    );
  }
  // Trade-show lead lists
  for (let k = 0; k < 4; k++) {
    const rows = Array.from({ length: r.int(3, 5) }, () => {
      const u = jp();
      const co = jco();
      return `| ${r.pick(['A', 'B', 'C'])} | ${co[0]} | ${PN(jn(u, ' '))} | ${r.pick(TITLE) || '-'} | ${EM(wmail(u, co[1]))} | ${PH(jfix(r, co[2], r.pick([0, 1, 2])))} | ${r.pick(['年内導入検討', '情報収集', '見積希望', '競合比較中', 'デモ希望'])} |`;
    });
    add(`lead-expo-${k}`, 'table_ja', `Japan IT Week 春 ブース来場者リスト（バーコードスキャン）\n| ランク | 会社名 | 氏名 | 役職 | メール | 電話 | メモ |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}`);
  }
  for (let k = 0; k < 3; k++) {
    const rows = Array.from({ length: r.int(3, 4) }, () => {
      const u = en();
      const c = r.pick(ECO);
      return `${c[0]}\t${PN(u.n)}\t${EM(emailE(u, c[1]))}\t${PH(r.chance(0.5) ? usPhone(r) : ukPhone(r))}\t${r.pick(['Hot', 'Warm', 'Cold'])}\t${r.pick(['Wants pricing', 'Met at booth 4B', 'Partner intro', 'Scanned badge'])}`;
    });
    add(`lead-expo-en-${k}`, 'tsv_en', `Company\tName\tEmail\tPhone\tTemp\tNotes\n${rows.join('\n')}`);
  }

  // Survey responses with free text
  const SURVEY_SEN = [
    '持病の腰痛があるため',
    '母が認知症で自宅介護をしており',
    '妊娠中で体調が安定しないため',
    'ムスリムのため、懇親会はアルコールなしの席を希望します',
    'うつ病で休職していた時期があり',
    '聴覚障害があるため、字幕付きのアーカイブがありがたいです',
    '息子が発達障害（ADHD）の診断を受けており',
    'クリスチャンのため日曜午前のイベントには参加できません',
  ];
  for (let k = 0; k < 8; k++) {
    let u = jp();
    while (k === 2 && !u.f) u = jp(); // (the pregnancy answer)
    const s = SURVEY_SEN[k];
    const rest = ['、オンライン開催を続けてほしいです。', '、夕方以降の開催は厳しいです。', '、短時間の回を増やしてほしい。', '。', '、在宅で参加できて助かりました。', '。', '、平日昼の開催が助かります。', '。'][k];
    add(
      `survey-ja-${k}`,
      'survey_ja',
      `セミナー後アンケート回答 #${r.int(100, 999)}
回答日時：${ts()}
お名前：${PN(jn(u))}
メールアドレス：${EM(jmail(u))}
満足度：${r.int(1, 5)} / 5
今後取り上げてほしいテーマ：${r.pick(['生成AIのセキュリティ', 'ゼロトラスト', 'MAツールの運用', 'データ基盤'])}
ご意見・ご要望（自由記述）：${SEN(s)}${rest}`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const u = en();
    const texts = [
      `I ${SEN('have Crohn\u2019s disease')} so aisle seating near restrooms would help at the next summit.`,
      `Great content. My ${SEN('husband was recently diagnosed with Parkinson\u2019s')}, so I could only join the first hour.`,
      `Please avoid scheduling on Friday afternoons — ${SEN('I attend Jummah prayers')}.`,
      `Session 3 was too long. Slides would help.`,
    ];
    add(
      `survey-en-${k}`,
      'survey_en',
      `Response ${r.int(1000, 9999)} | Submitted ${iso()}
Name: ${PN(u.n)}
Email: ${EM(emailE(u))}
NPS: ${r.int(0, 10)}
Anything else we should know? ${texts[k]}`,
    );
  }

  // Newsletter lists
  for (let k = 0; k < 3; k++) {
    const rows = Array.from({ length: r.int(4, 6) }, () => {
      if (k === 2) {
        const u = en();
        return `${EM(emailE(u))},${PN(u.f)},${r.pick(['subscribed', 'subscribed', 'unsubscribed'])},${iso().slice(0, 10)}`;
      }
      const u = jp();
      return `${EM(jmail(u))},${PN(jn(u, ' '))},${r.pick(['配信中', '配信停止', 'バウンス'])},${iso().slice(0, 10)}`;
    });
    add(`newsletter-${k}`, 'csv', `${k === 2 ? 'email,first_name,status,updated' : 'メールアドレス,氏名,配信状態,更新日'}\n${rows.join('\n')}`);
  }

  // MA tool exports (Marketo / HubSpot / b→dash)
  for (let k = 0; k < 3; k++) {
    const rows = Array.from({ length: r.int(2, 4) }, () => {
      const u = en();
      const c = r.pick(ECO);
      return `${r.digits(7)},${PN(u.f)},${PN(u.l)},${EM(emailE(u, c[1]))},${c[0]},${PH(usPhone(r))},${r.int(0, 150)},${r.pick(['MQL', 'SQL', 'Nurture', 'Recycled'])},${r.pick(['Webinar', 'Paid Social', 'Organic', 'Trade Show'])},utm_campaign=q1_${r.pick(['cleanroom', 'abm', 'retarget'])}`;
    });
    add(`ma-marketo-${k}`, 'csv_en', `Id,First Name,Last Name,Email Address,Company Name,Phone Number,Lead Score,Lead Status,Lead Source,Original Referrer\n${rows.join('\n')}`);
  }
  for (let k = 0; k < 3; k++) {
    const recs = Array.from({ length: 2 }, () => {
      const u = jp();
      const co = jco();
      return `  {"vid": ${r.digits(9)}, "properties": {"lastname": "${PN(u.sei)}", "firstname": "${PN(u.mei)}", "email": "${EM(wmail(u, co[1]))}", "company": "${co[0]}", "phone": "${PH(jfix(r, co[2], k === 1 ? 3 : 0))}", "mobilephone": "${PH(jmob(r, 3))}", "hs_lead_status": "${r.pick(['NEW', 'OPEN', 'IN_PROGRESS'])}", "hs_analytics_source": "${r.pick(['ORGANIC_SEARCH', 'EMAIL_MARKETING', 'OFFLINE'])}"}}`;
    });
    add(`ma-hubspot-${k}`, 'json', `{"contacts": [\n${recs.join(',\n')}\n], "has-more": false, "vid-offset": ${r.digits(9)}}`);
  }
  for (let k = 0; k < 2; k++) {
    const rows = Array.from({ length: 3 }, () => {
      const u = jp();
      const [z, a] = jaddr();
      return `${hex(r, 12)}\t${PN(u.sei)}\t${PN(u.mei)}\t${PN(hwKana(u.seiK))}\t${PN(hwKana(u.meiK))}\t${DOB(dobJ(r, 0))}\t${ZIP(z.replace('-', ''))}\t${AD(a)}\t${PH(jmob(r, 1))}\t${EM(jmail(u))}\t${r.int(0, 30)}`;
    });
    add(`ma-bdash-${k}`, 'tsv_ja', `顧客ID\t姓\t名\t姓カナ\t名カナ\t生年月日\t郵便番号\t住所\t電話番号\tメールアドレス\t購買回数\n${rows.join('\n')}`);
  }

  // Seminar sign-in sheets (with a 記入例 row)
  for (let k = 0; k < 4; k++) {
    const rows = Array.from({ length: r.int(3, 5) }, (_, i) => {
      const u = jp();
      const co = jco();
      return `${i + 1}　｜${co[0]}｜${PN(jn(u, '　'))}｜${k % 2 ? PH(fw(jmob(r, 0))) : PH(jfix(r, co[2], 0))}｜${k === 2 && i === 2 ? '' : '名刺受領'}`;
    });
    add(
      `signin-${k}`,
      'signin_ja',
      `${r.pick(['DX推進セミナー', 'セキュリティ勉強会', '新製品説明会', 'ユーザー会'])}　受付名簿（${r.pick(['東京', '大阪', '名古屋', '福岡'])}会場）
No.｜会社名｜お名前｜ご連絡先｜備考
例　｜株式会社〇〇｜山田 太郎（記入例）｜090-0000-0000｜
${rows.join('\n')}`,
    );
  }

  // Event operations: speakers, honoraria, travel
  for (let k = 0; k < 3; k++) {
    const s = jp();
    const [z, a] = jaddr();
    add(
      `ops-speaker-${k}`,
      'ops_ja',
      `登壇者 謝礼・交通費 精算メモ
登壇者：${PN(jn(s))} 様（${jco()[0]}）
連絡先：${PH(jmob(r))} / ${EM(jmail(s))}
謝礼振込先：${r.pick(['三菱UFJ銀行', 'みずほ銀行', '三井住友銀行', 'りそな銀行'])} ${r.pick(['渋谷', '梅田', '栄', '天神'])}支店（${r.digits(3)}） 普通 ${BA(r.digits(7))}
口座名義：${PN(hwKana(`${s.seiK} ${s.meiK}`))}
源泉徴収のため個人番号をご提供いただきました：${MN(mn(`${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`))}
請求書送付先：〒${ZIP(z)} ${AD(a)}`,
    );
  }
  {
    const s = jp();
    add(
      'ops-travel-ja',
      'ops_ja',
      `【海外登壇 手配】シンガポール Tech Summit
出張者：${PN(jn(s))}（${PN(`${s.seiR.toUpperCase()}/${s.meiR.toUpperCase()}`)}）
旅券番号：${PP(`T${r.pick(['K', 'R', 'S'])}${r.digits(7)}`)}　有効期限：2031/08/19
生年月日：${DOB(dobJ(r, 0))}
緊急連絡先：${PN(jn(jp()))}（配偶者）${PH(jmob(r, 0))}
レンタカー用 運転免許証番号：${DL(`${r.pick(['30', '43', '62'])}${r.digits(10)}`)}`,
    );
  }
  {
    const e = en();
    add(
      'ops-payout-en',
      'ops_en',
      `Speaker honorarium — wire details (finance only)
Payee: ${PN(e.n)}
Address: ${AD('Kaiserstraße 41, 60329 Frankfurt am Main')}
IBAN: ${IB(iban('DE', `37040044${r.digits(10)}`))}
BIC: COBADEFFXXX
Email: ${EM(emailE(e))}`,
    );
  }
  {
    const e = en();
    add(
      'ops-payout-en-2',
      'ops_en',
      `Eventbrite payout method changed by ${PN(e.n)} (${EM(emailE(e, 'auroraevents.co.uk'))})
New account: ${IB(iban('GB', `NWBK60161${r.digits(9)}`))}
Organizer phone on file: ${PH(ukPhone(r))}`,
    );
  }
  // Event ticket refunds with card numbers
  for (let k = 0; k < 3; k++) {
    const u = k === 1 ? null : jp();
    const e = en();
    add(
      `refund-${k}`,
      k === 1 ? 'ticket_en' : 'ticket_ja',
      k === 1
        ? `Refund request — ${PN(e.n)}
"I was charged twice for the VIP pass. Card used: ${CC(card(r, 'V', ' '))}, exp 09/28. Please refund the duplicate." 
Reply-to: ${EM(emailE(e))} | ${PH(usPhone(r))}`
        : `チケット返金依頼（電話受付メモ）
お客様：${PN(jn(u!))} 様　${PH(jmob(r))}
「二重決済になっている。カード番号は ${CC(card(r, k === 0 ? 'J' : 'M', k === 0 ? '-' : ' '))} です」
※カード番号は本来聞き取らない運用。メモ削除予定。受付：${PN(jn(jp()))}`,
    );
  }
  // US HR sync error with SSN, pension / insurance in HR system migration tickets
  {
    const e = en();
    add(
      'hr-sync-ssn',
      'log',
      `${iso()} ERROR workday-sync worker=${r.int(1, 8)} employee_upsert failed: 409 conflict
payload={"worker_id":"W${r.digits(6)}","legal_name":"${PN(e.n)}","ssn":"${SSN(ssn(r))}","birth_date":"${DOB(`19${r.int(65, 99)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`)}","home_email":"${EM(emailE(e))}"}`,
    );
  }
  {
    const e = en();
    add(
      'hd-en-ssn',
      'ticket_en',
      `Ticket #${r.int(40000, 99999)} (US benefits portal) — ${PN(e.n)} cannot complete onboarding: "SSN already in use". Entered SSN ${SSN(ssn(r).replace(/-/g, ' '))}, DOB ${DOB(dobE(r))}. Escalated to HRIS.`,
    );
  }
  {
    const u = jp();
    add(
      'hd-hr-ja',
      'ticket_ja',
      `【問い合わせ】人事システム移行後に社保情報が表示されない
依頼者：${PN(jn(u))}
基礎年金番号：${PEN(`${r.digits(4)}-${r.digits(6)}`)}
健康保険証 記号・番号：${INS(`${r.digits(4)} ・ ${r.int(1, 999)}`)}
雇用保険被保険者番号：${INS(`${r.digits(4)}-${r.digits(6)}-${r.int(0, 9)}`)}
マイナンバー：${MN(mn(r.digits(11)))}
→ 画面に表示されるべき項目ですが、旧システムからのCSV取込で欠落しています。`,
    );
  }

  // QBR deck text
  for (let k = 0; k < 3; k++) {
    const co = jco();
    const a = jp();
    const b = jp();
    const cs = jp();
    if (k < 2)
      add(
        `qbr-ja-${k}`,
        'deck_ja',
        `${co[0]} 様　四半期ビジネスレビュー（2026 Q1）
—
ご出席者：${PN(jn(a))} 様（${r.pick(DEPT)} ${r.pick(TITLE)}）、${PN(jn(b))} 様
弊社：${PN(jn(cs))}（カスタマーサクセス）
—
利用状況：アクティブユーザー ${r.int(100, 900)} / 契約 ${r.int(500, 1000)}　ブロック件数 前期比 +${r.int(5, 40)}%
課題：${PN(a.sei)}様より、情シス窓口を ${EM(wmail(b, co[1]))} に一本化したいとのご要望
次回：6月、${PN(b.sei)}様の後任の方もご同席予定`,
      );
    else {
      const x = en();
      const y = en();
      add(
        `qbr-en-${k}`,
        'deck_en',
        `QBR — ${r.pick(ECO)[0]} | Q1 FY26
Executive sponsor: ${PN(x.n)} (${EM(emailE(x, r.pick(ECO)[1]))})
Champion: ${PN(y.n)} — ${PH(usPhone(r))}
Health: 🟡  Seats 412/500  Renewal 2026-09-30
Risks: champion leaving in May; ${PN(y.f)} to introduce successor.`,
      );
    }
  }

  // Mixed extra: mail signature in support reply; internal memo with bank account; 法人番号 lead CRM
  for (let k = 0; k < 3; k++) {
    const u = jp();
    const co = jco();
    const [z, a] = [co[3], co[4]];
    add(
      `sig-ja-${k}`,
      'mail_ja',
      `${PN(u.sei)}様

いつもお世話になっております。
ウェビナーのアーカイブURLをお送りします（視聴期限 3/31）。

--
${co[0]}
${r.pick(DEPT)}　${PN(jn(jp(), ' '))}
〒${ZIP(z)} ${AD(a)}
TEL：${PH(jfix(r, co[2], r.pick([0, 2])))}　FAX：${PH(jfix(r, co[2], 0))}
Mail：${EM(`seminar@${co[1]}`)}`,
    );
  }
  for (let k = 0; k < 2; k++) {
    const co = jco();
    const u = jp();
    add(
      `crm-corp-${k}`,
      'kv_ja',
      `account_name=${co[0]}
corporate_number=${CORP(corp(r.digits(12)))}
owner=${PN(jn(u, ' '))}
main_tel=${PH(jfix(r, co[2], 4))}
billing_contact_email=${EM(`keiri@${co[1]}`)}
industry=${r.pick(['製造', '情報通信', '小売', '医療'])}
employees=${r.int(50, 3000)}`,
    );
  }
  // Webinar chat log with Q&A
  for (let k = 0; k < 2; k++) {
    const a = jp();
    const b = en();
    const c = clock(10, 40);
    add(
      `zoom-chat-${k}`,
      'chat_log',
      `00:${c()} From ${PN(jn(a, ' '))} to Everyone:
	資料はどこからダウンロードできますか？
00:${c()} From ${PN(b.n)} to Everyone:
	Could someone from sales contact me? ${EM(emailE(b, r.pick(ECO)[1]))} / ${PH(usPhone(r))}
00:${c()} From Host to Everyone:
	アンケートにご回答ください https://forms.gle/${hex(r, 10)}`,
    );
  }

  // Lost / stolen device reports
  for (let k = 0; k < 3; k++) {
    const u = jp();
    const a = jp();
    add(
      `hd-lost-ja-${k}`,
      'ticket_ja',
      `【至急】貸与端末の${k === 1 ? '盗難' : '紛失'}報告
報告者：${PN(jn(u))}（${r.pick(DEPT)}）
発生日時：2026/0${r.int(1, 3)}/${p2(r.int(1, 28))} ${p2(r.int(7, 23))}:${p2(r.int(0, 59))}頃
端末：iPhone 14（資産番号 SP-${r.digits(5)}、IMEI ${r.digits(15)}）
状況：${k === 1 ? `${SEN('帰宅途中の電車内で鞄ごと盗まれた')}。${r.pick(['新宿', '梅田', '博多'])}警察署に被害届提出済み（受理番号 ${r.digits(6)}）` : '飲食店に置き忘れた可能性。店舗に問い合わせ中'}
当日の連絡先：${PH(jmob(r, r.pick([0, 2])))}（私物）
対応：${PN(jn(a))} がIntuneでリモートワイプ実行、M365セッション失効済み`,
    );
  }
  // kintone record dumps (key: value) of seminar follow-ups
  for (let k = 0; k < 3; k++) {
    const u = jp();
    const co = jco();
    const [z, a] = [co[3], co[4]];
    const s = jp();
    add(
      `kintone-ja-${k}`,
      'kv_ja',
      `レコード番号: ${r.int(1000, 9999)}
案件名: ${co[0]} / セミナーフォロー
ご担当者名: ${PN(jn(u))}
ふりがな: ${PN(hira(`${u.seiK} ${u.meiK}`))}
郵便番号: ${ZIP(z)}
住所: ${AD(a)}
電話番号: ${PH(jfix(r, co[2], r.pick([0, 2, 4])))}
メール: ${EM(wmail(u, co[1]))}
営業担当: ${PN(jn(s))}
次回アクション: 3月第2週に訪問デモ`,
    );
  }
  // LDIF with Japanese display attributes
  for (let k = 0; k < 2; k++) {
    const u = jp();
    const uid = `${u.seiR.toLowerCase()}${r.int(1, 9)}`;
    add(
      `ldif-ja-${k}`,
      'ldif',
      `dn: uid=${uid},ou=people,dc=maruhi,dc=jp
objectClass: inetOrgPerson
uid: ${uid}
cn: ${PN(`${u.seiR} ${u.meiR}`)}
cn;lang-ja: ${PN(jn(u, ' '))}
sn;lang-ja: ${PN(u.sei)}
givenName;lang-ja: ${PN(u.mei)}
sn;lang-ja;phonetic: ${PN(u.seiK)}
givenName;lang-ja;phonetic: ${PN(u.meiK)}
mail: ${EM(omail(u))}
telephoneNumber: ${PH(jfix(r, '06', 3))}
employeeNumber: ${r.digits(7)}
departmentNumber: ${r.int(100, 999)}`,
    );
  }
  // Document-request web-form notification mails
  for (let k = 0; k < 3; k++) {
    const u = jp();
    const co = jco();
    const [z, a] = jaddr();
    add(
      `webform-ja-${k}`,
      'mail_ja',
      `件名：[資料請求] 新しいお問い合わせがありました
────────────────
会社名　　　：${co[0]}
部署名　　　：${r.pick(DEPT)}
お名前　　　：${PN(jn(u, '　'))}
フリガナ　　：${PN(jk(u, '　'))}
電話番号　　：${PH(k === 2 ? fw(jfix(r, co[2], 0)) : jfix(r, co[2], 0))}
メール　　　：${EM(wmail(u, co[1]))}
ご住所　　　：〒${ZIP(zipv(z))}
　　　　　　　${AD(a)}
ご検討状況　：${r.pick(['情報収集中', '半年以内に導入予定', '予算確保済み'])}
送信元IP　　：${ip(r)}
────────────────`,
    );
  }
  // Slack IT channel (English)
  for (let k = 0; k < 2; k++) {
    const a = en();
    const b = en();
    const c = en();
    const t = clock(9, 10);
    add(
      `slack-en-${k}`,
      'chat_en',
      `${PN(a.n)}  ${t().replace(/^0/, '')} AM
hey, the booth tablet at the Austin expo is locked out. can someone reset it? I'm on ${PH(usPhone(r))}
${PN(b.n)}  ${t().replace(/^0/, '')} AM
on it. ${PN(a.f)}, what's the asset tag on the back?
${PN(a.n)}  ${t().replace(/^0/, '')} AM
TB-${r.digits(5)}. also the lead app synced a badge scan for ${PN(c.n)} (${EM(emailE(c, r.pick(ECO)[1]))}) twice`,
    );
  }
  // Sign-up lists without headers, full-width digits and line-broken values
  for (let k = 0; k < 2; k++) {
    const u = jp();
    const v = jp();
    const w = jp();
    const m = jmob(r, 0);
    add(
      `list-nohdr-ja-${k}`,
      'list_ja',
      `${PN(jn(u, ' '))}　${PH(fw(jmob(r, 0)))}　${EM(jmail(u))}
${PN(jn(v, ' '))}　${PH(`${m.slice(0, 8)}\n${m.slice(8)}`)}　${EM(jmail(v))}
${PN(jn(w, ' '))}　${PH(jfix(r, r.pick(['03', '06']), 0).replace(/-/g, '‐'))}　${EM(jmail(w))}`,
    );
  }

  // Mail to IT: forwarding for a leaver
  for (let k = 0; k < 2; k++) {
    const u = jp();
    const b = jp();
    add(
      `hd-mail-ja-${k}`,
      'mail_ja',
      `情報システム部 御中

${r.pick(DEPT)}の${PN(jn(b))}です。
${r.int(2, 3)}月末で退職する${PN(jn(u))}さんのメールについて、取引先からの連絡が続いているため、
退職後1か月間は本人の私用アドレス ${EM(jmail(u))} ではなく、私（${EM(omail(b))}）へ転送する設定をお願いします。
${PN(u.sei)}さんの社用携帯（${PH(jmob(r, 0))}）は${r.int(3, 4)}/1に回収予定です。

よろしくお願いします。`,
    );
  }
  // A business card shared over chat, address broken over two lines
  for (let k = 0; k < 2; k++) {
    const u = jp();
    const co = jco();
    const at = co[4].indexOf(' ');
    const a = at > 0 ? `${co[4].slice(0, at)}\n${co[4].slice(at + 1)}` : co[4];
    const me = jp();
    add(
      `meishi-chat-ja-${k}`,
      'chat_ja',
      `${PN(jn(me, ' '))}：昨日の展示会でもらった名刺、テキスト化したので共有します👇
${co[0]}
${r.pick(TITLE) || '担当'}　${PN(jn(u, '　'))}（${PN(hwKana(`${u.seiK} ${u.meiK}`))}）
〒${ZIP(co[3])}
${AD(a)}
直通 ${PH(jfix(r, co[2], 0))}／携帯 ${PH(jmob(r, r.pick([0, 2])))}
${EM(wmail(u, co[1]))}
${PN(jn(me, ' '))}：来週アポ取ります`,
    );
  }
  // Survey CSV exports with a free-text column
  for (let k = 0; k < 2; k++) {
    const notes = k === 0
      ? [SEN('家族が難病で入院中のため'), '', '事例紹介が良かった']
      : ['', SEN('糖尿病の治療中なので'), '資料がほしい'];
    const tails = k === 0 ? ['、夜の回は出られません', '', ''] : ['', '、お弁当ではなく軽食だとうれしいです', ''];
    const rows = notes.map((n, i) => {
      const u = jp();
      return `${iso().slice(0, 10)},${PN(jn(u, ' '))},${EM(jmail(u))},${r.int(1, 5)},"${n}${tails[i]}"`;
    });
    add(`survey-csv-ja-${k}`, 'csv_ja', `回答日,氏名,メール,満足度,自由記述\n${rows.join('\n')}`);
  }
  // Peatix order notification mails
  for (let k = 0; k < 2; k++) {
    const u = jp();
    add(
      `peatix-mail-ja-${k}`,
      'mail_ja',
      `件名：【Peatix】「${r.pick(['ゼロトラスト実践セミナー', 'MAツール活用ナイト', '生成AIガバナンス勉強会'])}」に新しい申込がありました
申込者：${PN(jn(u))} さん
メール：${EM(jmail(u))}
チケット：${r.pick(['一般', '懇親会付き', '学生'])}（${r.pick(['1,000円', '3,000円', '無料'])}）
主催者からの質問への回答
Q. 食物アレルギーなど、懇親会で配慮が必要なことはありますか？
A. ${k === 0 ? SEN('卵アレルギーがあります') : '特になし'}
Q. 当日の緊急連絡先
A. ${PH(jmob(r, r.pick([0, 1])))}`,
    );
  }

  // Building-access badge requests quoting ID documents
  for (let k = 0; k < 2; k++) {
    const u: JP = k === 1 ? { sei: '王', mei: '偉', seiK: 'ワン', meiK: 'ウェイ', seiR: 'Wang', meiR: 'Wei', f: false } : jp();
    const a = jp();
    add(
      `hd-badge-ja-${k}`,
      'ticket_ja',
      `入館証発行依頼（常駐委託先）　受付番号 ${r.digits(8)}
申請者：${PN(jn(a))}（${r.pick(DEPT)}）
入館者：${PN(jn(u, '　'))}　${PN(jk(u))}
所属：${jco()[0]}
本人確認書類：${k === 0 ? `運転免許証　番号 第${DL(fw(`${r.pick(['30', '43', '51'])}${r.digits(10)}`))}号` : `在留カード　番号 ${RC(`${r.pick(['EH', 'QL', 'TW'])}${r.digits(8)}${r.pick(['FA', 'RC', 'ZP'])}`)}`}
有効期限：2029年${r.int(1, 12)}月${r.int(1, 28)}日まで
入館期間：2026/04/01〜2026/09/30（平日 8:00-20:00）
緊急連絡先：${PH(jmob(r, r.pick([0, 4])))}`,
    );
  }
  {
    const u = jp();
    const e = en();
    add(
      'ops-travel-en',
      'ops_en',
      `Visa invitation letter request — Web Summit Lisbon
Traveller: ${PN(`${u.seiR.toUpperCase()} ${u.meiR.toUpperCase()}`)} (Japanese national)
Passport no.: ${PP(`T${r.pick(['Z', 'K', 'H'])}${r.digits(7)}`)}   Date of birth: ${DOB(dobE(r))}
Employer: Maruhi Tech Co., Ltd.
Requested by: ${PN(e.n)} <${EM(emailE(e, 'maruhi-global.com'))}>`,
    );
  }
  {
    const u = jp();
    const w = jp();
    add(
      'hd-nencho-ja',
      'ticket_ja',
      `【年末調整システム】配偶者の情報が保存できない
依頼者：${PN(jn(u))}　内線${r.digits(4)}
入力内容：配偶者 ${PN(`${u.sei} ${w.mei}`)}（${PN(`${u.seiK} ${w.meiK}`)}）　生年月日 ${DOB(dobJ(r, 3))}
基礎年金番号 ${PEN(`${r.digits(4)} ${r.digits(6)}`)} を入れると「形式が正しくありません」と表示される。
→ スペース区切りを許容していないのが原因。ハイフンなしで入力いただくよう案内済み。対応：${PN(jn(jp()))}`,
    );
  }

  // ============================================================================================================
  // Hard negatives
  neg(
    'relnote-ja',
    'release_notes_ja',
    `リリースノート v4.8.0（2026年3月3日）
・Marketo連携：リードスコアの差分同期に対応しました
・Sansan連携：名刺交換日の時刻が UTC で表示される不具合を修正
・管理画面：CSVエクスポートの最大件数を 50,000 件に拡大
・既知の不具合：Safari 17.3 で一部のボタンが表示されない（v4.8.1 で修正予定）`,
  );
  neg(
    'relnote-en',
    'release_notes_en',
    `v2.14.0 — 2026-02-20
Added: SCIM 2.0 provisioning for Okta and Entra ID
Fixed: LDAP sync skipped users whose displayName contained a comma (#${r.int(1000, 4000)})
Changed: default session timeout 30 → 15 minutes
Deprecated: /api/v1/leads will be removed on 2026-09-30`,
  );
  neg(
    'api-ref-en',
    'api_doc_en',
    `POST /v3/contacts
Creates a contact.

Request body
{
  "first_name": "Jane",
  "last_name": "Doe",
  "email": "jane.doe@example.com",
  "phone": "+1 555-0142",
  "company": "Acme Corp"
}

Responses: 201 Created, 409 Conflict (email already exists), 422 Unprocessable Entity`,
  );
  neg(
    'api-ref-ja',
    'api_doc_ja',
    `## 登録者取得API
GET /api/events/{event_id}/attendees?limit=100&cursor={cursor}

| パラメータ | 型 | 説明 |
|---|---|---|
| event_id | integer | イベントID |
| limit | integer | 最大件数（1〜500） |

レスポンス例：
{"attendees":[{"id":1,"name":"{{氏名}}","email":"user@example.com","tel":"{{電話番号}}"}],"next_cursor":null}`,
  );
  neg(
    'api-ref-ldap',
    'doc_en',
    `LDAP attribute mapping
| Directory attribute | Our field | Required |
|---|---|---|
| sAMAccountName | username | yes |
| displayName | display_name | yes |
| mail | email | yes |
| telephoneNumber | phone | no |
| employeeID | external_id | no |
Example: ldapsearch -H ldaps://dc01.corp.example.local -b "OU=Users,DC=corp,DC=example,DC=local" "(objectClass=user)" cn mail`,
  );
  for (let k = 0; k < 4; k++)
    neg(
      `syslog-${k}`,
      'log',
      Array.from(
        { length: 4 },
        () =>
          `${iso()} ${r.pick(['INFO', 'WARN', 'DEBUG', 'ERROR'])} ${r.pick(['auth', 'gateway', 'sync', 'scheduler'])}[${r.int(1000, 65000)}] ${r.pick([
            `session=${uuid(r)} user_id=${r.int(10000, 99999)} login ok src=${ip(r)}`,
            `request_id=${uuid(r)} GET /healthz 200 ${r.int(1, 20)}ms`,
            `job=lead-dedupe processed=${r.int(100, 9000)} duplicates=${r.int(0, 90)} sha256=${hex(r, 64)}`,
            `upstream ${ip(r)}:443 timeout after ${r.int(1000, 30000)}ms trace=${hex(r, 32)}`,
            `token refresh failed client_id=${hex(r, 24)} status=401`,
          ])}`,
      ).join('\n'),
    );
  neg(
    'git-bot',
    'git_log',
    `commit ${hex(r, 40)}
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Tue Feb 17 03:12:09 2026 +0000

    build(deps): bump axios from 1.7.4 to 1.7.9

commit ${hex(r, 40)}
Author: github-actions <41898282+github-actions[bot]@users.noreply.github.com>
Date:   Tue Feb 17 03:10:44 2026 +0000

    chore(release): v2.14.0 [skip ci]`,
  );
  neg(
    'agenda-ja',
    'agenda_ja',
    `マーケティングDXカンファレンス 2026　プログラム
10:00-10:40　基調講演「ファーストパーティデータ時代の顧客体験」（株式会社ミナトソリューションズ）
10:50-11:30　事例講演：北辰システム開発株式会社 × なにわクラウド株式会社
11:40-12:20　パネル「MAツール運用の現場から」（京洛データ株式会社ほか）
13:30-14:10　スポンサーセッション（株式会社ハマノ広告社）
会場：東京国際フォーラム ホールB7　参加費：無料（事前登録制）`,
  );
  neg(
    'agenda-en',
    'agenda_en',
    `Data Clean Room Summit — Agenda
09:00 Registration & coffee
09:30 Keynote: Privacy-first measurement (Northwind Analytics)
10:15 Panel: Retail media networks (Castlerock Media, Helix Cloudworks, Redwood Fintech)
11:30 Workshop: Building an identity graph without PII
12:30 Lunch (vegetarian, vegan and halal options available)
Venue: Hall C, Level 2. Wi-Fi: Summit2026 / password on badge.`,
  );
  neg(
    'pricing-ja',
    'pricing_ja',
    `料金プラン（税抜）
| プラン | 月額 | ユーザー数 | 主な機能 |
|---|---|---|---|
| Starter | 29,800円 | 〜50 | ブラウザDLP、ダッシュボード |
| Business | 98,000円 | 〜300 | ＋ポリシー例外、監査ログ90日 |
| Enterprise | 要見積 | 無制限 | ＋SSO/SCIM、監査ログ1年、専任CSM |
年額一括払いで2か月分割引。初期費用 100,000円。`,
  );
  neg(
    'pricing-en',
    'pricing_en',
    `Pricing
Free — $0 / up to 3 seats
Team — $12 per seat / month, billed annually ($15 monthly)
Scale — $29 per seat / month, includes SSO, audit log, 99.9% SLA
Add-on: Premium support $2,400 / year. All prices exclude tax. Need a quote? Use the contact form.`,
  );
  neg(
    'job-ja',
    'job_posting_ja',
    `【募集職種】社内SE（ヘルプデスク・IT資産管理）
仕事内容：PC・スマートフォンのキッティング、Active Directory／Entra IDのアカウント管理、問い合わせ対応
必須条件：Windows Server運用経験2年以上
歓迎条件：ITIL Foundation、CCNA
勤務地：東京都内（リモート週2日可）　年収：450万〜650万円
福利厚生：各種社会保険完備、定期健康診断、資格取得支援
応募方法：採用ページのエントリーフォームより`,
  );
  neg(
    'job-en',
    'job_posting_en',
    `We're hiring: Marketing Operations Manager (Hybrid, Tokyo or Singapore)
You will own our Marketo instance, lead routing, attribution reporting and event tooling (Zoom Webinars, Eventbrite).
Requirements: 4+ years in marketing ops; SQL; experience with HubSpot or Marketo.
Benefits: health insurance, 20 days PTO, learning budget. We are an equal-opportunity employer.
Apply via our careers page.`,
  );
  neg(
    'template-signin',
    'template_ja',
    `セミナー受付名簿（テンプレート）
No.,会社名,部署,お名前,電話番号,メールアドレス,名刺
例,株式会社〇〇,営業部,山田 太郎（記入例）,090-0000-0000,taro.yamada@example.com,□
1,,,,,,□
2,,,,,,□
3,,,,,,□`,
  );
  neg('template-csv', 'template_ja', `会社名,部署名,役職,氏名,氏名（カナ）,郵便番号,住所,TEL,FAX,携帯電話,E-mail,URL,名刺交換日\n`);
  neg('template-csv-en', 'template_en', `First Name,Last Name,Email,Company,Job Title,Phone,Country,Consent (Y/N)\n`);
  neg(
    'template-import',
    'template_ja',
    `# 取込用CSVの書式（記入例）
氏名,フリガナ,メールアドレス,電話番号,生年月日
山田 太郎,ヤマダ タロウ,yamada@example.jp,03-0000-0000,1990/01/01
# ※2行目は記入例です。削除してから取り込んでください。`,
  );
  neg(
    'doc-sso',
    'product_doc_ja',
    `SAML SSO の設定手順
1. IdP（Entra ID / Okta）で新しいエンタープライズアプリケーションを作成します。
2. エンティティID に https://console.maruhi.example/saml/metadata を入力します。
3. NameID 形式は emailAddress を選択し、属性 user.mail を割り当てます。
4. 証明書（Base64）をダウンロードし、管理画面 → 認証 → SAML にアップロードします。
注意：NameID が userPrincipalName と異なる場合、既存ユーザーと紐付きません。`,
  );
  neg(
    'doc-dlp',
    'product_doc_en',
    `How detection policies work
Each policy lists data types (e-mail addresses, phone numbers, card numbers, My Number, …), a threshold and an action (warn, block, log).
Example: block uploads to personal cloud storage when a file contains 10 or more e-mail addresses.
Exceptions can be scoped to a user group or a destination domain. Changes take effect within 5 minutes.`,
  );
  neg(
    'inventory-ja',
    'tsv_ja',
    `資産番号\t機種\tシリアル\tMACアドレス\t設置場所\t状態
${Array.from({ length: 5 }, () => `PC-${r.digits(5)}\t${r.pick(['ThinkPad X1 Carbon', 'Surface Laptop 5', 'OptiPlex 7010'])}\t${hex(r, 10).toUpperCase()}\t${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}\t${r.pick(['本社7F', '大阪支社', '倉庫', '会議室A'])}\t${r.pick(['在庫', '修理中', '廃棄予定'])}`).join('\n')}`,
  );
  neg(
    'ticket-stats',
    'report_ja',
    `ヘルプデスク月次レポート（2026年2月）
受付件数：${r.int(300, 900)}件（前月比 +${r.int(1, 20)}%）
カテゴリ別：パスワード ${r.int(80, 200)} / PC不具合 ${r.int(40, 120)} / アカウント申請 ${r.int(30, 90)} / その他 ${r.int(20, 80)}
平均初回応答時間：${r.int(5, 40)}分　SLA達成率：${r.int(90, 99)}.${r.int(0, 9)}%
主な障害：2/12 VPN装置の障害（約40分）、2/20 メール配信遅延`,
  );
  neg(
    'event-stats-en',
    'report_en',
    `Webinar performance — Q1
Registrations: ${r.int(800, 3000)} | Attendees: ${r.int(300, 1500)} | Attendance rate: ${r.int(30, 60)}%
Avg. watch time: ${r.int(20, 50)} min | Poll responses: ${r.int(100, 600)} | MQLs created: ${r.int(40, 200)}
Top sources: LinkedIn Ads (${r.int(20, 40)}%), newsletter (${r.int(15, 35)}%), partner co-marketing (${r.int(5, 20)}%)`,
  );
  neg(
    'config-k8s',
    'config',
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: lead-sync
  labels: { app: lead-sync, team: martech }
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: worker
          image: ghcr.io/maruhi/lead-sync:2.14.0@sha256:${hex(r, 64)}
          env:
            - { name: BATCH_SIZE, value: "500" }
            - { name: HUBSPOT_PORTAL_ID, value: "${r.digits(8)}" }`,
  );
  neg(
    'jira-noperson',
    'issue_en',
    `PLAT-${r.int(1000, 9999)} Flaky test: LeadImportServiceTest.importsUtf8Bom
Type: Bug | Priority: Low | Component: lead-sync | Fix version: 2.15.0
Fails ~1 in 20 runs on CI runner ubuntu-22.04 with "expected 500 rows, got 499".
Build: #${r.int(1000, 9999)} | Commit ${hex(r, 7)} | Run id ${r.digits(11)}`,
  );
  neg(
    'order-ids',
    'csv',
    `order_id,event_id,ticket_type,qty,amount,currency,created
${Array.from({ length: 4 }, () => `${luhn(`4${r.digits(14)}`)},${r.digits(12)},${r.pick(['GA', 'VIP', 'Student'])},${r.int(1, 4)},${r.int(10, 400)}.00,USD,${iso().slice(0, 10)}`).join('\n')}`,
  );
  neg(
    'mn-shaped',
    'report_ja',
    `キャンペーンコード一覧（抽選用・個人情報なし）
${Array.from({ length: 4 }, () => `${mn(r.digits(11))}　${r.pick(['当選', '落選', '補欠'])}`).join('\n')}
※コードは12桁の数字で、チェックディジットを含みます。`,
  );
  neg(
    'test-cards',
    'config',
    `# Stripe test cards for the ticketing sandbox
VISA_OK=4242 4242 4242 4242
MC_OK=5555 5555 5555 4444
DECLINE=4000 0000 0000 0002
THREE_DS=4000 0027 6000 3184`,
  );
  neg(
    'newsletter-tpl',
    'template_ja',
    `件名：【ご案内】{{event.name}} 開催のお知らせ
{{contact.company}}
{{contact.lastname}} 様
いつもお世話になっております。来月開催のウェビナーのご案内です。
▼お申し込みはこちら
https://example.jp/lp/{{event.slug}}?utm_source=newsletter&utm_medium=email
配信停止：{{unsubscribe_url}}`,
  );
  neg(
    'hash-list',
    'csv',
    `hashed_email,segment,first_seen
${Array.from({ length: 4 }, () => `${hex(r, 64)},${r.pick(['lookalike_a', 'retarget_30d', 'suppression'])},${iso().slice(0, 10)}`).join('\n')}`,
  );
  neg(
    'survey-agg',
    'report_ja',
    `アンケート集計（n=${r.int(80, 300)}）
満足度：5 ${r.int(20, 40)}% / 4 ${r.int(30, 45)}% / 3 ${r.int(10, 20)}% / 2以下 ${r.int(1, 8)}%
自由記述の主な傾向：「事例が具体的で良かった」「質疑の時間をもっと長く」「アーカイブ配信を希望」
※個人が特定される記述は除外して集計しています。`,
  );
  neg(
    'readme-generic',
    'readme_en',
    `# lead-sync
Synchronises leads between HubSpot and our warehouse.

## Setup
\`\`\`bash
cp .env.example .env
npm ci && npm run migrate
\`\`\`
## Contributing
Open a pull request against \`develop\`. Questions go to the #martech channel.`,
  );
  neg(
    'helpdesk-faq',
    'faq_ja',
    `よくある質問：パスワードを忘れた場合
Q. パスワードを忘れました。
A. サインイン画面の「パスワードをお忘れですか？」から、登録済みの携帯電話番号にSMSで確認コードを受け取ってリセットできます。
Q. 携帯電話番号を変更しました。
A. 社内ポータル → 申請 → 「MFA登録変更」から申請してください（本人確認のため上長承認が必要です）。`,
  );
  neg(
    'vendor-list',
    'table_ja',
    `出展社一覧（ホールA）
| 小間番号 | 出展社名 | 製品カテゴリ |
|---|---|---|
| A-12 | 株式会社アオバデジタル | MA・CRM |
| A-14 | 博多ロジテック株式会社 | 物流DX |
| A-21 | 株式会社金沢プレシジョン | 製造IoT |
| A-22 | 株式会社せとうちメディカル | 医療IT |`,
  );
  neg(
    'access-log-bot',
    'log',
    Array.from(
      { length: 4 },
      () => `${ip(r)} - - [${p2(r.int(1, 28))}/Feb/2026:${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0900] "GET /events/${r.int(100, 999)}?utm_source=${r.pick(['x', 'linkedin', 'newsletter'])}&session=${hex(r, 16)} HTTP/2.0" ${r.pick(['200', '304', '404'])} ${r.int(200, 90000)} "-" "${r.pick(['Googlebot/2.1', 'Mozilla/5.0 (Macintosh)', 'curl/8.5.0'])}"`,
    ).join('\n'),
  );
  neg(
    'cal-room',
    'calendar_en',
    `Room booking — TKY-12F-Sakura (10)
Mon 09:00–10:00  Weekly marketing sync
Mon 14:00–15:30  Webinar dry run (Zoom ${r.digits(3)} ${r.digits(4)} ${r.digits(4)}, passcode ${r.digits(6)})
Tue 11:00–12:00  Vendor demo
Dial-in: +81 3 4578 1488  PIN ${r.digits(9)}#`,
  );
  neg(
    'error-noperson',
    'stacktrace',
    `${ts()} ERROR [scheduler-3] c.m.mail.CampaignSender - Failed to send campaign ${r.int(1000, 9999)}
org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Could not connect to SMTP host: smtp.internal, port: 587
	at org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:448)
	at com.maruhi.mail.CampaignSender.run(CampaignSender.java:${r.int(40, 200)})`,
  );
  neg(
    'sql-schema',
    'sql',
    `CREATE TABLE attendees (
  id BIGSERIAL PRIMARY KEY,
  event_id BIGINT NOT NULL REFERENCES events(id),
  full_name TEXT NOT NULL,
  email CITEXT NOT NULL,
  phone TEXT,
  dietary TEXT,
  created_at TIMESTAMPTZ DEFAULT now(),
  UNIQUE (event_id, email)
);
CREATE INDEX attendees_email_idx ON attendees (email);`,
  );
  neg(
    'ldif-groups',
    'ldif',
    `dn: CN=GRP-Marketing-All,OU=Groups,DC=corp,DC=maruhi,DC=local
objectClass: group
cn: GRP-Marketing-All
description: マーケティング部 全員
member: CN=svc-hubspot,OU=Service Accounts,DC=corp,DC=maruhi,DC=local
member: CN=svc-marketo,OU=Service Accounts,DC=corp,DC=maruhi,DC=local
whenCreated: 20240401090000.0Z`,
  );
  neg(
    'press-ja',
    'press_ja',
    `【プレスリリース】マルヒテック、ブラウザDLPの新版を提供開始
株式会社マルヒテックは、生成AIサービスへの個人情報の貼り付けを検知・ブロックする新機能を3月3日より提供します。全国の自治体・医療機関向けに導入支援プログラムも開始します。
お問い合わせは当社Webサイトの問い合わせフォームより受け付けています。`,
  );
  neg(
    'utm-builder',
    'doc_en',
    `UTM naming convention
utm_source: linkedin | newsletter | partner_{partner_slug}
utm_medium: paid_social | email | referral
utm_campaign: {fy}{quarter}_{theme}, e.g. fy26q1_cleanroom
utm_content: creative id, e.g. cr_${r.digits(4)}
Never put e-mail addresses or names into UTM values.`,
  );
  neg(
    'badge-print',
    'template_en',
    `Badge print layout (Avery 5392)
Line 1: {{FirstName}} (24pt bold)
Line 2: {{LastName}} (18pt)
Line 3: {{Company}} (14pt)
QR: {{OrderId}}-{{TicketId}}
Sample: Jane Doe / Acme Corp`,
  );
  neg(
    'backlog-noperson',
    'issue_ja',
    `[WEB-${r.int(100, 999)}] セミナーLPのフォームで郵便番号の自動入力が動かない
種別：バグ　優先度：高　マイルストーン：3月リリース
再現環境：iOS 17 / Safari
郵便番号APIのレスポンスが 429（Too Many Requests）になっている。キャッシュ導入を検討。`,
  );
  neg(
    'qbr-template',
    'deck_ja',
    `QBRテンプレート
1. ご利用状況サマリー（アクティブ率、検知件数、ブロック件数）
2. 前回のアクション項目の振り返り
3. 新機能のご紹介（生成AI対策、例外ワークフロー）
4. 次四半期の目標と成功指標
5. ご要望・課題のヒアリング
※顧客名・出席者名は各自差し替えてください。`,
  );
  neg(
    'coupon-codes',
    'csv',
    `code,discount,valid_until
${Array.from({ length: 4 }, () => `${r.pick(['EARLY', 'VIP', 'PARTNER'])}-${hex(r, 6).toUpperCase()},${r.pick(['10%', '20%', '¥5,000'])},2026-0${r.int(4, 9)}-${p2(r.int(1, 28))}`).join('\n')}`,
  );
  neg(
    'license-keys',
    'kv_en',
    `# license.conf
product=maruhi-dlp-enterprise
seats=${r.int(100, 5000)}
key=${hex(r, 5).toUpperCase()}-${hex(r, 5).toUpperCase()}-${hex(r, 5).toUpperCase()}-${hex(r, 5).toUpperCase()}
issued=2026-01-15
expires=2027-01-14
support_plan=premium`,
  );

  neg(
    'connpass-page',
    'event_page_ja',
    `【オンライン】第${r.int(10, 60)}回 情シス勉強会 #${r.int(10, 99)}
開催日時：2026/04/${p2(r.int(1, 28))}（金）19:00〜21:00
会場：オンライン（Zoom）※参加者にのみURLをお知らせします
参加者：${r.int(30, 200)}/${r.int(200, 300)}人　補欠：${r.int(0, 30)}人
主催：情シス勉強会運営事務局　協賛：株式会社ネクストフィールド
LT枠は5分×6本。テーマ例：ゼロトラスト移行、Intune運用、ヘルプデスクの自動化`,
  );
  neg(
    'hd-template',
    'template_ja',
    `【問い合わせ票テンプレート】
件名：{{件名}}
依頼者：{{氏名}}（{{所属}}）
連絡先：内線{{内線番号}} / 携帯 {{携帯番号}}
内容：{{内容}}
---
記入例）依頼者：山田 太郎（総務部）　連絡先：内線0000 / 携帯 090-0000-0000`,
  );

  return out;
}

export const INDEPENDENT12: IndependentDoc[] = buildIndependent12();
