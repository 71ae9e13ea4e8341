// Tenth independent labelled test set for the detector: a stand-in for a hidden labelled corpus.
//
// Written WITHOUT reading the detector (utils/detect/*, except types.ts), the synthetic generator (only its `rng` is
// imported), the benches or the detector's unit tests. Same LABELLING CONVENTIONS as set #1 (see the header of
// test/corpus/independent.ts) and the DECISIONS ADDED of sets #3, #5, #6, #7, #8 and #9; same markup helpers.
//
// Theme: retail, e-commerce, real estate, car dealers and the call centres behind them, as employees copy them out of
// their tools: EC order screens and CSV exports (注文者 / 配送先 / ギフトの送り主), returns, reviews, point cards, 送り状,
// コンビニ受取; 賃貸入居申込書, 重要事項説明, tenant ledgers and repair requests, 売買 customer cards; car dealers' 商談メモ,
// 車検 reminders and 自動車保険 quotes; speech-to-text call transcripts; web-form notification mails, quoted mail
// threads, address-book exports (vCard, Outlook / Google CSV), broken PDF text and LINE / Chatwork chats. About three
// quarters Japanese. Hard negatives (ids `neg-`): catalogues with JAN codes and 型番, price lists, store notices,
// 物件 listings without a person, VIN / 車台番号 lists, order statistics, tracking tables whose numbers pass Luhn or the
// My Number check on purpose, campaign mails with merge fields, company pages naming only cities.
//
// Deterministic: one seeded generator (seed 101010). Values invented; check digits computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases sets #1, #3, #5–#9 do not settle)
// - Speech-to-text transcripts: a value a listener would recognise is labelled even when spoken oddly. A phone read
//   with kana for some digits and 「の」 between groups (「ゼロキューゼロの1234の5678」「090の1234の5678」) is one phone
//   span from its first digit (or digit word) to its last digit, the の and fillers (「えー」「あの」) in between included.
//   The same for cards, postal codes, licence and account numbers split by fillers or pauses. Numbers spoken only in
//   part (「下4桁は5678」「末尾が12」) are not labelled. Numbers spoken wholly in words are not used in this set.
// - A name spelled out on the phone: the reading (「やまだ たろう」「いしばし みお」) is a person_name; the explanation of the
//   characters (「山に田んぼの田」「石の橋」) is not labelled. A name spelled letter by letter in English ("S-A-T-O") is one
//   person_name span over the letters and dashes.
// - 会員番号, ポイントカード番号, 注文番号 (also when Luhn-valid), 問い合わせ伝票番号 / 追跡番号, 受付番号, 物件番号, 契約番号,
//   証券番号, 車台番号 / VIN, ナンバープレート (「品川 330 さ 12-34」), 型式, 型番, JAN codes, 宅地建物取引士の登録番号 and
//   宅建業の免許番号 are not labelled.
// - ギフトの送り主 and the recipient are both people: names, addresses, phones of both are labelled. A コンビニ受取 store's
//   name is not labelled; the store's street address, when shown, is labelled jp_address (an address in a delivery
//   record), its store code is not.
// - Review handles and nicknames (「みかん大好き」「tk_2020」「ゆるキャン母さん」) are not names; a reviewer's real name, or a
//   customer named inside the review or in the shop's reply, is labelled.
// - Rental / sale applications: 勤務先 (company name), 業種, 勤続年数, 年収, 家賃, 預貯金, 続柄 and 同居人数 are not labelled;
//   the 勤務先's address and phone ARE labelled (contact position, set #1). 連帯保証人 and 緊急連絡先 are people (labelled).
//   保証会社の審査結果 (「承認」「否決」), 家賃滞納 and 延滞 are not sensitive (set #7).
// - Tenant screening and tenancy records: 生活保護受給 (social_status), a disability or an accommodation asked for because of
//   it (「車椅子を使用するため段差解消を希望」), an illness given as the reason for a late payment (「入院していて」) and a
//   criminal record (「前科あり」) are sensitive, the shortest phrase stating the fact (label: value when so written).
//   A neighbour complaint naming a person's religion or membership of a religious group about an identifiable resident
//   (「203号室の方が○○会の信者で勧誘に来る」) is sensitive (creed) for that phrase; a complaint about leaflets of a named
//   religious group with no person is not labelled.
// - Car dealers: the customer's 運転免許証番号 is jp_drivers_license; 免許の色, 有効期限, 等級, 年齢条件, 走行距離 are not. A
//   福祉車両 asked for because of a family member's disability is sensitive (disability), the phrase stating it.
//   A US driver's licence number has no type and is not labelled (set #5 foreign identifiers).
// - A vCard N: field (「N:山田;太郎;;;」) is split like labelled fields: family and given name are separate person_name spans;
//   FN: is one span. An ADR: field: the street component is labelled jp_address, and when it holds the whole Japanese
//   address (prefecture to building) it is one span; a component holding only a city or prefecture is not labelled; a
//   Japanese postcode component is jp_postal_code. Outlook CSV with adjacent 都道府県 / 市区町村 / 番地 columns follows set #5
//   (one span from the first cell to the last, commas included).
// - Broken PDF text: a value broken across lines is one span including the break (set #1); when two columns are
//   interleaved, each value stays on its own line and is labelled where it stands; a label far from its value does not
//   change the labelling of the value. Letter-spaced text (「注 文 者　　栗 花 落 晴」) gives one span over the letters and
//   the spaces between them.
// - Merge fields (「{{氏名}}様」「%%NAME%%」) and placeholder sample rows (「山田 太郎（記入例）」「090-0000-0000」) in a
//   form template are not personal data; they occur only in neg- docs.
// - 本人確認書類 numbers copied into an application are labelled by their type (運転免許証 → jp_drivers_license, 健康保険証
//   記号・番号 → one jp_insurance_number span, 年金証書の基礎年金番号 → jp_pension_number, Japanese 旅券番号 → jp_passport,
//   在留カード → jp_residence_card); a foreign applicant's passport number is not (set #6).
// - Shop / agency / dealer staff (担当, 受付, 店長, 宅建士 named in a 重要事項説明) are people and are labelled; shop, dealer
//   and management-company switchboards and addresses in letter heads and signatures are labelled (set #1).
import { rng } from './generate';
import { AD, CC, CORP, corp, DL, doc, DOB, EM, fw, hira, hwKana, IB, iban, type IndependentDoc, INS, L, luhn, MN, mn, PEN, PH, PN, PP, SEN, SSN, ZIP, BA } from './independent';

type R = ReturnType<typeof rng>;
const RC = (v: string) => L('jp_residence_card', v);

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

interface P {
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
const FAM = split3(`佐藤:サトウ:Sato 鈴木:スズキ:Suzuki 田中:タナカ:Tanaka 渡部:ワタナベ:Watanabe 山本:ヤマモト:Yamamoto 加藤:カトウ:Kato
佐々木:ササキ:Sasaki 木村:キムラ:Kimura 林:ハヤシ:Hayashi 山崎:ヤマザキ:Yamazaki 池田:イケダ:Ikeda 橋本:ハシモト:Hashimoto 阿部:アベ:Abe
石川:イシカワ:Ishikawa 山下:ヤマシタ:Yamashita 中島:ナカジマ:Nakajima 石井:イシイ:Ishii 小川:オガワ:Ogawa 前田:マエダ:Maeda 岡田:オカダ:Okada
藤田:フジタ:Fujita 後藤:ゴトウ:Goto 村上:ムラカミ:Murakami 遠藤:エンドウ:Endo 青木:アオキ:Aoki 坂本:サカモト:Sakamoto 福田:フクダ:Fukuda
太田:オオタ:Ota 藤井:フジイ:Fujii 金子:カネコ:Kaneko 岡本:オカモト:Okamoto 藤原:フジワラ:Fujiwara 中野:ナカノ:Nakano 三浦:ミウラ:Miura
原田:ハラダ:Harada 中川:ナカガワ:Nakagawa 松田:マツダ:Matsuda 竹内:タケウチ:Takeuchi 小野:オノ:Ono 田村:タムラ:Tamura 中山:ナカヤマ:Nakayama
和田:ワダ:Wada 石田:イシダ:Ishida 森田:モリタ:Morita 上田:ウエダ:Ueda 柴田:シバタ:Shibata 酒井:サカイ:Sakai 工藤:クドウ:Kudo
横山:ヨコヤマ:Yokoyama 宮本:ミヤモト:Miyamoto 内田:ウチダ:Uchida 高木:タカギ:Takagi 安藤:アンドウ:Ando 谷口:タニグチ:Taniguchi
大野:オオノ:Ono 丸山:マルヤマ:Maruyama 河野:コウノ:Kono 藤本:フジモト:Fujimoto 村田:ムラタ:Murata 武田:タケダ:Takeda 上野:ウエノ:Ueno
杉山:スギヤマ:Sugiyama 増田:マスダ:Masuda 菅原:スガワラ:Sugawara 平野:ヒラノ:Hirano 千葉:チバ:Chiba 久保:クボ:Kubo 松井:マツイ:Matsui
桜井:サクライ:Sakurai 野口:ノグチ:Noguchi 松尾:マツオ:Matsuo 野村:ノムラ:Nomura 木下:キノシタ:Kinoshita 菊地:キクチ:Kikuchi
佐野:サノ:Sano 大西:オオニシ:Onishi 杉本:スギモト:Sugimoto 浜田:ハマダ:Hamada 菅野:カンノ:Kanno 市川:イチカワ:Ichikawa 荒木:アラキ:Araki
仲宗根:ナカソネ:Nakasone 喜屋武:キャン:Kyan 与那嶺:ヨナミネ:Yonamine 祖父江:ソブエ:Sobue 百目鬼:ドウメキ:Domeki 薬師寺:ヤクシジ:Yakushiji
五百旗頭:イオキベ:Iokibe 栗花落:ツユリ:Tsuyuri 猪狩:イガリ:Igari 鰐淵:ワニブチ:Wanibuchi 左右田:ソウダ:Soda 乙部:オトベ:Otobe
小鳥遊:タカナシ:Takanashi 四月一日:ワタヌキ:Watanuki 御手洗:ミタライ:Mitarai 神:ジン:Jin 東:アズマ:Azuma 辻:ツジ:Tsuji 関:セキ:Seki
綿貫:ワタヌキ:Watanuki 長嶺:ナガミネ:Nagamine 宍戸:シシド:Shishido 蓮見:ハスミ:Hasumi 舘野:タテノ:Tateno 稲垣:イナガキ:Inagaki`);
const GM = split3(`大翔:ヒロト:Hiroto 蒼:アオイ:Aoi 湊:ミナト:Minato 陽翔:ハルト:Haruto 樹:イツキ:Itsuki 悠人:ユウト:Yuto 颯太:ソウタ:Sota
律:リツ:Ritsu 碧:アオ:Ao 朝陽:アサヒ:Asahi 一郎:イチロウ:Ichiro 茂:シゲル:Shigeru 勝:マサル:Masaru 博:ヒロシ:Hiroshi 清:キヨシ:Kiyoshi
俊介:シュンスケ:Shunsuke 健太:ケンタ:Kenta 雄一:ユウイチ:Yuichi 直樹:ナオキ:Naoki 哲也:テツヤ:Tetsuya 剛:ツヨシ:Tsuyoshi 聡:サトシ:Satoshi
智也:トモヤ:Tomoya 光太郎:コウタロウ:Kotaro 慎之介:シンノスケ:Shinnosuke 譲二:ジョウジ:Joji 龍之介:リュウノスケ:Ryunosuke 栄作:エイサク:Eisaku
昇:ノボル:Noboru 修:オサム:Osamu 稔:ミノル:Minoru 匠:タクミ:Takumi 海斗:カイト:Kaito 隼人:ハヤト:Hayato 優希:ユウキ:Yuki 陸:リク:Riku
晴:ハル:Haru 善治:ゼンジ:Zenji 与四郎:ヨシロウ:Yoshiro 大和:ヤマト:Yamato 伊織:イオリ:Iori 琉生:ルイ:Rui 圭吾:ケイゴ:Keigo 康弘:ヤスヒロ:Yasuhiro
英樹:ヒデキ:Hideki 達也:タツヤ:Tatsuya 嘉男:ヨシオ:Yoshio 泰三:タイゾウ:Taizo`);
const GF = split3(`陽葵:ヒマリ:Himari 紬:ツムギ:Tsumugi 凛:リン:Rin 結菜:ユイナ:Yuina 芽依:メイ:Mei 澪:ミオ:Mio 心春:コハル:Koharu 杏:アン:An
美咲:ミサキ:Misaki 彩花:アヤカ:Ayaka 花子:ハナコ:Hanako 和子:カズコ:Kazuko 幸子:サチコ:Sachiko 久美子:クミコ:Kumiko 恵子:ケイコ:Keiko
裕子:ユウコ:Yuko 明美:アケミ:Akemi 真由美:マユミ:Mayumi 香織:カオリ:Kaori 愛:アイ:Ai 舞:マイ:Mai 綾乃:アヤノ:Ayano 沙織:サオリ:Saori
千晶:チアキ:Chiaki 瑞穂:ミズホ:Mizuho 静香:シズカ:Shizuka 琴音:コトネ:Kotone 絢子:アヤコ:Ayako 小百合:サユリ:Sayuri ちひろ:チヒロ:Chihiro
さやか:サヤカ:Sayaka ひなた:ヒナタ:Hinata 希空:ノア:Noa 心愛:ココア:Kokoa 月:ルナ:Runa トメ:トメ:Tome 佳代:カヨ:Kayo 早苗:サナエ:Sanae
朋美:トモミ:Tomomi 梓:アズサ:Azusa 詩織:シオリ:Shiori 由紀:ユキ:Yuki 光子:ミツコ:Mitsuko 美穂:ミホ:Miho 莉子:リコ:Riko 萌:モエ:Moe`);

interface A {
  zip: string;
  addr: string;
}
const ADDRS: A[] = `060-0807|北海道札幌市北区北七条西5丁目8-1 札幌北ハイツ605
047-0032|北海道小樽市稲穂2-15-3
030-0861|青森県青森市長島1丁目4-8 コーポ長島102
020-0866|岩手県盛岡市本宮3丁目21-7
980-0014|宮城県仙台市青葉区本町2-9-11 ライオンズマンション本町1203
990-0039|山形県山形市香澄町1-3-5
963-8002|福島県郡山市駅前2丁目11-1
310-0015|茨城県水戸市宮町3-6-20 グランドメゾン宮町410
320-0811|栃木県宇都宮市大通り4-1-18
371-0023|群馬県前橋市本町1丁目5番9号
336-0017|埼玉県さいたま市南区南浦和2-37-4 メゾン南浦和201
359-1124|埼玉県所沢市東住吉10-3
270-2253|千葉県松戸市日暮1丁目12番地の6
279-0011|千葉県浦安市美浜3-14-2-305
164-0001|東京都中野区中野5-52-15 中野ブロードウェイ804
177-0041|東京都練馬区石神井町3丁目28-10
133-0057|東京都江戸川区西小岩1-24-6 小岩パークハウス503号室
206-0033|東京都多摩市落合1丁目45番1号
113-0033|東京都文京区本郷6-17-9 本郷館301
141-0022|東京都品川区東五反田5丁目26-1
211-0063|神奈川県川崎市中原区小杉町3-264-3 パークシティ武蔵小杉2115
251-0025|神奈川県藤沢市鵠沼石上1-7-1
238-0008|神奈川県横須賀市大滝町2丁目6番地
950-0916|新潟県新潟市中央区米山2-5-8
930-0003|富山県富山市桜町1-2-14
920-0855|石川県金沢市武蔵町15-1
390-0811|長野県松本市中央2丁目1番25号
500-8856|岐阜県岐阜市橋本町1丁目10-23
420-0857|静岡県静岡市葵区御幸町6-10 ヴィラ御幸503
430-0933|静岡県浜松市中央区鍛冶町100-1
464-0075|愛知県名古屋市千種区内山3丁目8-15 ルミナス今池702
444-0043|愛知県岡崎市唐沢町1-1
520-0044|滋賀県大津市京町3-4-22
606-8203|京都府京都市左京区田中関田町22-3 ハイツ出町柳2F
553-0003|大阪府大阪市福島区福島7丁目15-26
569-0803|大阪府高槻市高槻町11-1
662-0832|兵庫県西宮市甲風園1丁目3-12 甲風園ハイツB-204
630-8226|奈良県奈良市小西町25
640-8331|和歌山県和歌山市美園町5-6-12
690-0003|島根県松江市朝日町484-13
700-0023|岡山県岡山市北区駅前町2-3-31
732-0822|広島県広島市南区松原町3-1-1
770-0831|徳島県徳島市寺島本町西1丁目5
780-0870|高知県高知市本町4丁目1-37 丸ノ内ハイツ9F
812-0016|福岡県福岡市博多区博多駅南4-2-10 ドミール博多南1004
802-0001|福岡県北九州市小倉北区浅野2-14-1
840-0801|佐賀県佐賀市駅前中央1丁目6-25
850-0057|長崎県長崎市大黒町3-1
880-0805|宮崎県宮崎市橘通東3-1-11
890-0053|鹿児島県鹿児島市中央町10番地
901-2223|沖縄県宜野湾市大山7丁目10-22 オーシャンヴィラ大山305
904-0004|沖縄県沖縄市中央2-28-1`
  .split('\n')
  .map((l) => {
    const [zip, addr] = l.split('|');
    return { zip, addr };
  });
/** Employers of applicants: [name, zip, address]. Organisation names are never labelled. */
const EMPLOYERS: [string, string, string][] = [
  ['株式会社ミナトロジテック', '108-0075', '東京都港区港南2-15-3 品川インターシティC棟12F'],
  ['東邦メディカルサービス株式会社', '530-0012', '大阪府大阪市北区芝田1丁目4-14'],
  ['有限会社山根工務店', '731-0102', '広島県広島市安佐南区川内5丁目3-8'],
  ['さくら信用金庫 本店', '330-0062', '埼玉県さいたま市浦和区仲町2-13-1'],
  ['医療法人社団青葉会 あおば内科クリニック', '981-3133', '宮城県仙台市泉区泉中央1-7-1'],
  ['株式会社フジタ精機', '399-0033', '長野県松本市大字笹賀5652-1'],
  ['日輪フーズ株式会社', '812-0013', '福岡県福岡市博多区博多駅東2-6-26'],
  ['合同会社ブルーポイント', '150-0043', '東京都渋谷区道玄坂1丁目10-8 渋谷道玄坂東急ビル2F'],
  ['札幌ネクスト運輸株式会社', '003-0030', '北海道札幌市白石区流通センター4丁目3-50'],
  ['市立千種中学校', '464-0841', '愛知県名古屋市千種区覚王山通8丁目'],
];
const SHOPS = ['北欧雑貨ミルッカ', 'こめや本舗 楽天市場店', 'ベビー用品ひだまり', 'アウトドアショップ山河', '器と暮らしの店 ことり堂', 'ペットフードのわんにゃん便', 'スニーカーラボ大阪', '信州りんご園 産直便'];
const SHOPDOM = ['milukka-shop.jp', 'komeya-honpo.co.jp', 'hidamari-baby.jp', 'sanga-outdoor.com', 'kotoridou.jp', 'wannyan-bin.jp', 'sneakerlab-osaka.jp', 'shinshu-ringo.jp'];
const ITEMS = [
  ['北欧柄ブランケット ネイビー', 4980], ['新米 コシヒカリ 5kg', 3480], ['抱っこ紐 メッシュ グレー', 12800], ['ソロテント 1P ベージュ', 21780],
  ['波佐見焼 マグカップ 2個セット', 3300], ['無添加ドッグフード 3kg', 5280], ['ランニングシューズ 26.5cm', 15400], ['サンふじ 家庭用 5kg', 4200],
  ['ステンレスボトル 500ml', 2640], ['リネンエプロン', 3850], ['ベビー肌着 5枚組', 2980], ['キャンプチェア ロー', 8800],
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Values

const p2 = (n: number) => String(n).padStart(2, '0');
function person(r: R): P {
  const fam = r.pick(FAM);
  const f = r.next() < 0.5;
  const g = r.pick(f ? GF : GM);
  return { sei: fam[0], seiK: fam[1], seiR: fam[2], mei: g[0], meiK: g[1], meiR: g[2], f };
}
const nm = (p: P, sep = ' ') => `${p.sei}${sep}${p.mei}`;
const kn = (p: P, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;
const ro = (p: P) => `${p.meiR} ${p.seiR}`;
const DASHES = ['-', '－', 'ー', '−', '‐', '–'];
/** An address with its dashes in one of several forms, sometimes full-width. */
function addrOf(r: R): A {
  const a = r.pick(ADDRS);
  const k = r.int(0, 9);
  // the town and its postcode are real; block, lot and room numbers are drawn afresh each time
  let addr = a.addr.replace(/\d+/g, (m) => String(+m <= 9 ? r.int(1, 9) : +m <= 99 ? r.int(1, 60) : r.int(101, 1208)));
  if (k <= 5) addr = addr.replace(/-/g, DASHES[k]);
  else if (k === 6) addr = fw(addr);
  return { zip: k === 6 ? fw(a.zip) : a.zip, addr };
}
const MOB = ['090', '080', '070'];
const FIX = ['03', '06', '011', '022', '045', '052', '075', '078', '082', '092', '098', '0466', '0263', '0748'];
function phone(r: R, form?: number, mobile?: boolean): string {
  const m = mobile ?? r.next() < 0.6;
  const a = m ? r.pick(MOB) : r.pick(FIX);
  const rest = String(r.int(m ? 1 : 2, 9)) + r.digits((m ? 11 : 10) - a.length - 1);
  const mid = rest.slice(0, rest.length - 4);
  const last = rest.slice(-4);
  switch (form ?? r.int(0, 11)) {
    case 0:
      return `${a}-${mid}-${last}`;
    case 1:
      return `${a}${mid}${last}`;
    case 2:
      return `${a}(${mid})${last}`;
    case 3:
      return fw(`${a}-${mid}-${last}`);
    case 4:
      return `${a} ${mid} ${last}`;
    case 5:
      return `${a}−${mid}−${last}`;
    case 6:
      return `+81 ${a.slice(1)}-${mid}-${last}`;
    case 7:
      return `${a}ー${mid}ー${last}`;
    case 8:
      return `(${a})${mid}-${last}`;
    case 9:
      return `${a}‐${mid}‐${last}`;
    case 10:
      return `${a}–${mid}–${last}`;
    default:
      return `${a}―${mid}―${last}`;
  }
}
const free = (r: R) => r.pick([`0120-${r.digits(3)}-${r.digits(3)}`, `0120-${r.digits(2)}-${r.digits(4)}`, `0800-${r.digits(3)}-${r.digits(4)}`, `0570-0${r.digits(2)}-${r.digits(3)}`]);
const ERAS: [string, string, number][] = [
  ['昭和', 'S', 1926],
  ['平成', 'H', 1989],
];
function dob(r: R, form?: number, lo = 1945, hi = 2004): string {
  const y = r.int(lo, hi);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const e = y >= 1989 ? ERAS[1] : ERAS[0];
  const ey = y - e[2] + 1;
  switch (form ?? r.int(0, 8)) {
    case 0:
      return `${y}/${p2(m)}/${p2(d)}`;
    case 1:
      return `${y}年${m}月${d}日`;
    case 2:
      return `${e[0]}${ey === 1 ? '元' : ey}年${m}月${d}日`;
    case 3:
      return `${y}-${p2(m)}-${p2(d)}`;
    case 4:
      return `${e[1]}${ey}.${m}.${d}`;
    case 5:
      return fw(`${y}/${m}/${d}`);
    case 6:
      return `${y}.${p2(m)}.${p2(d)}`;
    case 7:
      return `${e[0]}${ey === 1 ? '元' : ey}年${p2(m)}月${p2(d)}日`;
    default:
      return `${y}/${m}/${d}`;
  }
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dobEn = (r: R) => {
  const y = r.int(1950, 2002);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`]);
};
function email(r: R, p: P): string {
  const dom = r.pick(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'i.softbank.jp', 'icloud.com', 'outlook.jp', 'au.com', 'nifty.com', 'ybb.ne.jp']);
  const s = p.seiR.toLowerCase();
  const g = p.meiR.toLowerCase();
  return `${r.pick([`${g}.${s}`, `${s}${g[0]}${r.int(1, 99)}`, `${g}_${s}${r.int(70, 99)}`, `${s}-${g}`, `${g}${r.int(1000, 9999)}`, `${s}.${g}.${r.int(1, 9)}`])}@${dom}`;
}
const dl = (r: R) => `${r.pick(['30', '45', '62', '50', '11', '73', '80', '44', '54', '21', '96'])}${r.digits(10)}`;
const pp = (r: R) => `${r.pick(['TK', 'TR', 'TZ', 'MU', 'TS', 'MZ', 'TH'])}${r.digits(7)}`;
const UP = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const rc = (r: R) => `${r.pick(Array.from(UP))}${r.pick(Array.from(UP))}${r.digits(8)}${r.pick(Array.from(UP))}${r.pick(Array.from(UP))}`;
const pen = (r: R) => `${r.int(1000, 9999)}-${r.digits(6)}`;
const acct = (r: R) => `${r.int(1, 9)}${r.digits(6)}`;
const myno = (r: R, sep = ' ') => mn(`${r.int(1, 9)}${r.digits(3)}${sep}${r.digits(4)}${sep}${r.digits(3)}`);
const corpNo = (r: R) => corp(`${r.int(1, 9)}${r.digits(11)}`);
function card(r: R, sep = ' '): string {
  const t = r.int(0, 4);
  if (t === 3) {
    const n = luhn(`3${r.pick(['4', '7'])}${r.digits(12)}`);
    return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  }
  const n = t === 0 ? luhn(`4${r.digits(14)}`) : t === 1 ? luhn(`5${r.int(1, 5)}${r.digits(13)}`) : luhn(`35${r.int(28, 89)}${r.digits(11)}`);
  return n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}
const orderNo = (r: R) => `${r.digits(6)}-${r.int(2025, 2026)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}-${r.digits(10)}`;
const amazonNo = (r: R) => `${r.int(249, 503)}-${r.digits(7)}-${r.digits(7)}`;
const track = (r: R) => `${r.int(2, 9)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`;
const yen = (n: number) => n.toLocaleString('en-US');
const date26 = (r: R) => `2026/${p2(r.int(1, 3))}/${p2(r.int(1, 28))}`;
const VIN_JP = (r: R) => `${r.pick(['ZVW30', 'NHP10', 'ZRR80W', 'GP5', 'NRE210H', 'DBA-JF3', 'ZWR90W', 'MXPK11'])}-${r.digits(7)}`;
const plate = (r: R) => `${r.pick(['品川', '練馬', '横浜', '湘南', '名古屋', '大阪', '福岡', '札幌', '多摩', 'つくば'])} ${r.int(300, 599)} ${r.pick(['さ', 'せ', 'な', 'ね', 'ひ', 'め', 'ら', 'ろ'])} ${r.int(10, 99)}-${r.int(10, 99)}`;

// English pools
const EN_NAMES = ['Olivia|Harper', 'Marcus|Delgado', 'Priya|Raman', 'Ethan|Kowalski', 'Grace|Okafor', 'Liam|Gallagher', 'Sofia|Marchetti', 'Daniel|Nakamura', 'Hannah|Lindqvist', 'Jamal|Washington', 'Chloe|Beaumont', 'Noah|Fitzgerald', 'Ava|Petrovic', 'Lucas|Moreau', 'Emily|Tran', 'Owen|MacLeod', 'Zara|Hussain', 'Benjamin|Stahl', 'Isla|McKenzie', 'Mateo|Alvarez'];
const US_ADDR = ['1842 Willow Creek Dr, Plano, TX 75093', '406 N Maple Ave, Apt 12, Ann Arbor, MI 48104', '77 Harbor View Rd, Portland, ME 04101', '2915 SE Division St, Portland, OR 97202', '150 Peachtree Ln, Marietta, GA 30062', '9 Beacon Hill Ct, Naperville, IL 60540', '3380 Sunset Blvd #5, Los Angeles, CA 90026', '612 Elmwood Ave, Buffalo, NY 14222'];
const UK_ADDR = ['14 Heaton Road, Newcastle upon Tyne NE6 1SA', 'Flat 3, 22 Marchmont Crescent, Edinburgh EH9 1HG', '8 Church Lane, Harrogate HG1 2QT'];
const usPhone = (r: R) => r.pick([`(${r.pick(['214', '734', '207', '503', '404', '630', '323', '716'])}) ${r.int(201, 989)}-${r.digits(4)}`, `+1 ${r.int(201, 989)}-${r.int(201, 989)}-${r.digits(4)}`, `${r.int(201, 989)}.${r.int(201, 989)}.${r.digits(4)}`]);
const ssn = (r: R) => `${r.int(101, 665)}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;

// ---------------------------------------------------------------------------------------------------------------
// Build

export function buildIndependent10(): IndependentDoc[] {
  const r = rng(101010);
  const out: IndependentDoc[] = [];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const neg = (id: string, style: string, text: string) => out.push(doc(`neg-${id}`, style, text));
  const P_ = () => person(r);
  const A_ = () => addrOf(r);
  const item = () => r.pick(ITEMS);

  // ---- EC order-management screens -------------------------------------------------------------------------
  for (let k = 0; k < 14; k++) {
    const v = k % 7;
    const p = P_();
    const a = A_();
    const s = r.int(0, SHOPS.length - 1);
    const [it, price] = item();
    const q = r.int(1, 3);
    if (v === 0) {
      const same = r.next() < 0.5;
      const q2 = P_();
      const a2 = A_();
      add(
        `ec-rms-${k}`,
        'ec_order_ja',
        `受注番号 ${orderNo(r)}\n注文日時 ${date26(r)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}\nステータス 発送待ち\n\n【注文者情報】\n氏名：${PN(nm(p))}（${PN(kn(p))}）\n〒${ZIP(a.zip)}\n${AD(a.addr)}\nTEL：${PH(phone(r))}\nメールアドレス：${EM(email(r, p))}\n\n【送付先情報】\n${
          same ? '注文者と同じ' : `氏名：${PN(nm(q2))}（${PN(kn(q2))}）\n〒${ZIP(a2.zip)}\n${AD(a2.addr)}\nTEL：${PH(phone(r))}`
        }\n\n【決済】クレジットカード決済（${r.pick(['VISA', 'Mastercard', 'JCB'])} ****${r.digits(4)}）与信OK\n【商品】${it} ×${q}　${yen(price * q)}円\n【備考】${r.pick(['置き配希望', '午前中指定', '', '不在時は宅配ボックスへ'])}`,
      );
    } else if (v === 1) {
      const buyer = P_();
      add(
        `ec-amazon-${k}`,
        'ec_order_ja',
        `注文番号: ${amazonNo(r)}\n出荷予定日: ${date26(r)}\n配送サービス: 通常配送\n購入者名: ${PN(`${buyer.sei} ${buyer.mei}`)}\n\n配送先\n${PN(nm(p, ''))}\n${ZIP(a.zip)}\n${AD(a.addr)}\n電話番号: ${PH(phone(r, 1))}\n\n商品名: ${it}\nSKU: ${s}-${r.digits(5)}-JP\n数量: ${q}\n商品の小計: ￥${yen(price * q)}`,
      );
    } else if (v === 2) {
      add(
        `ec-shopify-ja-${k}`,
        'ec_order_ja',
        `注文 #${r.int(1001, 9999)}\n${date26(r)} ${p2(r.int(9, 22))}:${p2(r.int(0, 59))} オンラインストアより\n\nお客様\n${PN(`${p.sei} ${p.mei}`)}\n注文${r.int(1, 12)}件\n\n連絡先情報\n${EM(email(r, p))}\n${PH(phone(r, 6))}\n\n配送先住所\n${PN(`${p.sei} ${p.mei}`)}\n${ZIP(a.zip)}\n${AD(a.addr)}\n日本\n\n請求先住所\n配送先住所と同じ\n\n${it} × ${q}\n小計 ¥${yen(price * q)}\n配送料 ¥${r.pick([0, 550, 880])}`,
      );
    } else if (v === 3) {
      const g = P_();
      const ga = A_();
      add(
        `ec-gift-${k}`,
        'ec_order_ja',
        `■ギフト注文確認票　${SHOPS[s]}\n注文番号：${r.digits(8)}\n\n◆ご依頼主（ギフトの送り主）\n　お名前　${PN(nm(g, '　'))} 様\n　ご住所　〒${ZIP(ga.zip)}　${AD(ga.addr)}\n　お電話　${PH(phone(r))}\n\n◆お届け先\n　お名前　${PN(nm(p, '　'))} 様\n　ご住所　〒${ZIP(a.zip)}　${AD(a.addr)}\n　お電話　${PH(phone(r))}\n\n◆のし　${r.pick(['内祝', '御祝', '御歳暮', '御中元'])}（名入れ：${PN(g.sei)}）\n◆メッセージカード　「いつもありがとう。${PN(g.mei)}より」\n◆商品　${it}　${q}点`,
      );
    } else if (v === 4) {
      const store = r.pick(['ファミリーマート', 'ローソン', 'セブン-イレブン']);
      const sa = A_();
      add(
        `ec-cvs-${k}`,
        'ec_order_ja',
        `受注詳細\n注文者：${PN(nm(p))} 様\n注文者電話：${PH(phone(r, 0, true))}\nメール：${EM(email(r, p))}\n受取方法：コンビニ受取（${store}）\n受取店舗：${store} ${r.pick(['駅前', '本町二丁目', '中央通り', '南口', '市役所前'])}店\n店舗コード：${r.digits(6)}\n店舗住所：${AD(sa.addr.replace(/ .*$/, ''))}\n受取期限：${date26(r)}\n認証番号：${r.digits(10)}\n商品：${it} ×${q}`,
      );
    } else if (v === 5) {
      add(
        `ec-base-${k}`,
        'ec_order_ja',
        `Order ID\t${r.digits(4).toUpperCase()}${r.pick(['A', 'F', 'K'])}${r.digits(5)}\n購入日\t${date26(r)}\n購入者氏名\t${PN(nm(p, ''))}\n購入者氏名（カナ）\t${PN(hwKana(kn(p)))}\n郵便番号\t${ZIP(a.zip.replace('-', ''))}\n住所\t${AD(a.addr)}\n電話番号\t${PH(phone(r, 1))}\nメールアドレス\t${EM(email(r, p))}\n商品\t${it}\n数量\t${q}\n合計\t${yen(price * q + 600)}円`,
      );
    } else {
      const staff = P_();
      add(
        `ec-phoneorder-${k}`,
        'ec_order_ja',
        `【電話注文メモ】受付：${PN(staff.sei)}\n${date26(r)} ${p2(r.int(9, 17))}:${p2(r.int(0, 59))}\nお客様：${PN(nm(p))}様（${PN(hira(kn(p)))}）\n${PH(phone(r, 0))}\n〒${ZIP(a.zip)} ${AD(a.addr)}\nご注文：${it} ${q}点\nお支払い：カード一括\nカード番号 ${CC(card(r, r.pick([' ', '-'])))}　有効期限 ${p2(r.int(1, 12))}/${r.int(27, 31)}\n※決済後このメモはシュレッダー`,
      );
    }
  }

  // ---- EC CSV exports -------------------------------------------------------------------------------------
  for (let k = 0; k < 8; k++) {
    const v = k % 4;
    const rows: string[] = [];
    const n = r.int(3, 5);
    if (v === 0) rows.push('注文番号,注文日,注文者氏名,注文者カナ,注文者電話番号,注文者メール,送付先氏名,送付先郵便番号,送付先住所,商品名,金額');
    if (v === 1) rows.push('"受注ID"\t"氏名"\t"郵便番号"\t"都道府県"\t"住所1"\t"住所2"\t"電話"\t"購入回数"');
    if (v === 3) rows.push('order_id,created_at,billing_name,billing_phone,email,shipping_zip,shipping_address,total,points_used');
    for (let j = 0; j < n; j++) {
      const p = P_();
      const a = A_();
      if (v === 0) {
        const gift = r.next() < 0.3;
        const q = gift ? P_() : p;
        const qa = gift ? A_() : a;
        rows.push([orderNo(r), date26(r), PN(nm(p, '')), PN(kn(p, '')), PH(phone(r, r.pick([0, 1]))), EM(email(r, p)), PN(nm(q, '')), ZIP(qa.zip), AD(qa.addr), r.pick(ITEMS)[0], String(r.int(1000, 30000))].join(','));
      } else if (v === 1) {
        // prefecture | city+block | building: one span over the adjacent cells (set #5)
        const m = a.addr.match(/^(東京都|北海道|京都府|大阪府|.{2,3}?県)(.+?)(?: (.+))?$/) as RegExpMatchArray;
        const cells = m[3] ? `"${m[1]}"\t"${m[2]}"\t"${m[3]}"` : `"${m[1]}"\t"${m[2]}"\t""`;
        const inner = m[3] ? cells.slice(1, -1) : cells.slice(1, -4);
        rows.push([`"${r.digits(9)}"`, `"${PN(nm(p, '　'))}"`, `"${ZIP(a.zip)}"`, `"${AD(inner)}"${m[3] ? '' : '\t""'}`, `"${PH(phone(r, 0))}"`, `"${r.int(1, 30)}"`].join('\t'));
      } else if (v === 2) {
        // no header row
        rows.push([`R${r.digits(7)}`, PN(nm(p)), PH(phone(r, 1)), ZIP(a.zip), AD(a.addr), EM(email(r, p)), String(r.int(500, 20000))].join(','));
      } else {
        rows.push([`#${r.int(1001, 9999)}`, `2026-0${r.int(1, 3)}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:00+09:00`, PN(`${p.meiR} ${p.seiR}`), PH(phone(r, 6)), EM(email(r, p)), ZIP(a.zip), `"${AD(a.addr)}"`, String(r.int(1000, 40000)), String(r.int(0, 500))].join(','));
      }
    }
    add(`ec-csv-${k}`, v === 1 ? 'tsv_ja' : 'csv_ja', rows.join('\n'));
  }

  // ---- returns and exchanges -------------------------------------------------------------------------------
  const REASONS = [
    () => 'サイズが合わなかったため交換希望（26.0→26.5）',
    () => '届いた商品に傷があった',
    () => `${SEN('アトピー性皮膚炎があり')}、素材が肌に合わなかったため返品したい`,
    () => 'イメージと色が違った',
    () => `${SEN('妊娠中で')}使えなくなったので未開封のまま返品希望`,
    () => '注文を間違えた（色違いを希望）',
  ];
  for (let k = 0; k < 6; k++) {
    const p = P_();
    const a = A_();
    const staff = P_();
    const reason = REASONS[k]();
    if (k % 2 === 0)
      add(
        `ret-form-${k}`,
        'return_ja',
        `返品・交換受付票\n受付日：${date26(r)}　受付者：${PN(nm(staff))}\n注文番号：${r.digits(10)}\nお客様名：${PN(nm(p))}\nフリガナ：${PN(kn(p))}\n連絡先：${PH(phone(r))}\n返送元住所：〒${ZIP(a.zip)} ${AD(a.addr)}\n理由：${reason}\n${
          r.next() < 0.5 ? `返金方法：銀行振込\n返金口座：${r.pick(['三菱UFJ銀行', 'ゆうちょ銀行', '楽天銀行', '北洋銀行'])} ${r.pick(['本店', '第一営業支店', '中央支店'])} 普通 ${BA(acct(r))} 名義 ${PN(hwKana(kn(p)))}` : `返金方法：${r.pick(['カード返金（カード会社経由）', 'ポイント返還'])}`
        }`,
      );
    else
      add(
        `ret-mail-${k}`,
        'return_ja',
        `件名：返品のお願い（注文番号 ${r.digits(8)}）\n\n${SHOPS[k]} ご担当者様\n\n先日購入した${r.pick(ITEMS)[0]}ですが、${reason}。\n返送先を教えてください。\n\n${PN(nm(p))}\n${AD(a.addr)}\n${PH(phone(r, 0, true))}`,
      );
  }

  // ---- product reviews ------------------------------------------------------------------------------------
  {
    const p = P_();
    add('review-1', 'review_ja', `★★★★☆ みかん大好き さん（40代・女性）\n毎年こちらのりんごを頼んでいます。今年も甘くて美味しかったです。\n\n【ショップからの返信】\n${PN(p.sei)}様、いつもご購入ありがとうございます。来年もよろしくお願いいたします。店長 ${PN(nm(P_()))}`);
    const q = P_();
    add('review-2', 'review_ja', `レビュー投稿者：${PN(nm(q))}（${q.f ? '女性' : '男性'}／購入者）\n評価：★★☆☆☆\n配送が遅く、問い合わせても返事がなかった。${SEN('足が不自由で')}受け取りに何度も玄関まで出るのが大変なので、日時指定は守ってほしい。`);
    const w = P_();
    add('review-3', 'review_ja', `Q&A欄より転記\n質問者：tk_2020\n「このテントは雨に強いですか？」\n回答（スタッフ ${PN(w.sei)}）：フライシートの耐水圧は2000mmです。\n\n口コミ：\n「ゆるキャン母さん」：娘と使っています。設営が簡単！\n「${PN(`${q.seiR.toLowerCase()} ${q.meiR.toLowerCase()}`)}」さんの写真付きレビュー参照`);
    add('review-4', 'review_ja', `低評価レビュー対応（社内共有）\n投稿名：犬とくらす\n本人特定：注文履歴より ${PN(nm(p))} 様（${PH(phone(r, 0))}）と判明\n内容：「フードを変えてから下痢が続いた」\n対応：電話でお詫び、返金済み`);
    const e = EN_NAMES[3].split('|');
    add('review-en-1', 'review_en', `★★★★★ Verified purchase — ${PN(`${e[0]} ${e[1][0]}.`)}\n"Bought the linen apron for my mum. Shipping to the UK took 9 days."\n\nSeller reply: Thank you ${PN(e[0])}! — ${PN('Sayaka')} @ ${SHOPS[4]}`);
  }

  // ---- point cards / membership ---------------------------------------------------------------------------
  for (let k = 0; k < 6; k++) {
    const p = P_();
    const a = A_();
    const v = k % 3;
    if (v === 0)
      add(
        `member-${k}`,
        'member_ja',
        `会員情報照会\n会員番号　${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}\nランク　${r.pick(['ゴールド', 'シルバー', 'レギュラー'])}\n保有ポイント　${yen(r.int(100, 20000))}pt\n氏名　${PN(nm(p, '　'))}\nカナ　${PN(kn(p, '　'))}\n生年月日　${DOB(dob(r))}\n性別　${p.f ? '女' : '男'}\n電話　${PH(phone(r))}\n住所　〒${ZIP(a.zip)}　${AD(a.addr)}\nDM　希望しない`,
      );
    else if (v === 1)
      add(
        `member-app-${k}`,
        'member_ja',
        `ポイントカード入会申込書（店頭）\nお名前(ﾌﾘｶﾞﾅ) ${PN(hwKana(kn(p)))}\nお名前 ${PN(nm(p))}\nお誕生日 ${DOB(dob(r, r.pick([1, 2, 7])))}\nご住所 ${AD(a.addr)}\n電話番号 ${PH(phone(r, 3))}\nメール ${EM(email(r, p))}\nカード番号 ${luhn(`2${r.digits(12)}`)}（バーコード下の13桁）\n受付店舗 ${r.pick(['イオンモール', 'ららぽーと', 'アリオ'])}${r.pick(['幕張新都心', '富士見', '亀有', '橿原'])}店`,
      );
    else
      add(
        `member-merge-${k}`,
        'member_ja',
        `【会員統合依頼】\n統合元：会員番号 ${r.digits(10)}（${PN(nm(p))}／旧姓 ${PN(r.pick(FAM)[0])}）\n統合先：会員番号 ${r.digits(10)}（${PN(nm(p))}）\n本人確認：電話 ${PH(phone(r, 0))}、生年月日 ${DOB(dob(r, 0))} 一致\n依頼者：店舗 ${PN(nm(P_()))}`,
      );
  }

  // ---- shipping labels / 送り状 ----------------------------------------------------------------------------
  for (let k = 0; k < 7; k++) {
    const to = P_();
    const ta = A_();
    const fr = P_();
    const fa = A_();
    const shop = r.next() < 0.5;
    const sIdx = r.int(0, SHOPS.length - 1);
    const v = k % 3;
    if (v === 0)
      add(
        `label-${k}`,
        'shipping_label_ja',
        `宅急便　お届け先\n〒${ZIP(ta.zip)}\n${AD(ta.addr)}\n${PN(nm(to, '　'))}　様\nTEL ${PH(phone(r))}\n\nご依頼主\n${shop ? `〒${ZIP(fa.zip)} ${AD(fa.addr)}\n${SHOPS[sIdx]}\nTEL ${PH(phone(r, 0, false))}` : `〒${ZIP(fa.zip)} ${AD(fa.addr)}\n${PN(nm(fr))}\nTEL ${PH(phone(r))}`}\n\nお問い合わせ伝票番号 ${track(r)}\n品名 ${r.pick(['衣類', '食品', '雑貨', '生もの'])}　お届け予定日 ${date26(r)} 午前中`,
      );
    else if (v === 1)
      add(
        `label-csv-${k}`,
        'shipping_label_ja',
        `お届け先電話番号,お届け先郵便番号,お届け先住所,お届け先アパートマンション名,お届け先名,ご依頼主電話番号,ご依頼主名,品名,送り状種類\n${PH(phone(r, 1))},${ZIP(ta.zip.replace('-', ''))},${ta.addr.includes(' ') ? AD(ta.addr.replace(' ', ',')) : `${AD(ta.addr)},`},${PN(nm(to, ''))},${PH(phone(r, 1, false))},${SHOPS[sIdx]},${r.pick(ITEMS)[0]},0\n${PH(phone(r, 1))},${ZIP((fa.zip).replace('-', ''))},${AD(fa.addr.replace(/ .*$/, ''))},,${PN(nm(fr, ''))},${PH(phone(r, 1, false))},${SHOPS[sIdx]},${r.pick(ITEMS)[0]},0`,
      );
    else
      add(
        `label-ocr-${k}`,
        'shipping_label_ja',
        `ゆうパック　ラベル（スキャン）\nおところ ${ZIP(fw(ta.zip))}\n${AD(ta.addr)}\nおなまえ ${PN(nm(to))} 様\n電話 ${PH(phone(r, 3))}\n-------------\nご依頼主 ${PN(nm(fr))}\n${AD(fa.addr)}\n${PH(phone(r, 4))}\n問合せ番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`,
      );
  }

  // ---- real estate: 賃貸入居申込書 -----------------------------------------------------------------------------
  const FOREIGN: [string, string][] = [
    ['グエン・ティ・ラン', 'NGUYEN THI LAN'],
    ['ラマ・スニタ', 'RAMA SUNITA'],
    ['王 麗華', 'WANG LIHUA'],
    ['サントス・マリア・ルイザ', 'SANTOS MARIA LUISA'],
  ];
  const BUKKEN = ['レオパレス青葉台', 'グランシャリオ本町', 'ハイツさくら', 'メゾン・ド・ソレイユ', 'コーポ緑ヶ丘', 'パークアクシス天神', 'ルネ御幸', 'シティハイム北斗'];
  const NOTES = [
    () => `${SEN('生活保護受給中')}（住宅扶助 代理納付予定）`,
    () => `${SEN('車椅子を使用するため')}1階・段差の少ない部屋を希望`,
    () => '保証会社審査：承認',
    () => `保証会社より連絡：申込者は${SEN('前科あり（2019年 傷害罪で執行猶予）')}とのこと。オーナー判断待ち`,
    () => 'ペット可物件希望（猫1匹）',
    () => `${SEN('精神障害者保健福祉手帳2級')}所持。家賃は障害年金と就労収入から`,
    () => '保証会社審査：否決（家賃滞納歴あり）→別の保証会社で再申込',
    () => '法人契約に切替の可能性あり',
    () => `${SEN('人工透析のため週3回通院')}、病院まで近い物件を希望`,
    () => '',
  ];
  for (let k = 0; k < 10; k++) {
    const p = P_();
    const a = A_();
    const g = P_();
    const ga = A_();
    const em = P_();
    const emp = r.pick(EMPLOYERS);
    const gemp = r.pick(EMPLOYERS);
    const foreign = k === 3 || k === 8;
    const fn = FOREIGN[k === 3 ? 0 : 2];
    const idLine =
      foreign
        ? `在留カード番号：${RC(k === 8 ? fw(rc(r)) : rc(r))}\n在留期限：2028/${p2(r.int(1, 12))}/${p2(r.int(1, 28))}`
        : k === 1
          ? `本人確認書類：健康保険証　記号 ${INS(`${r.digits(4)}　番号 ${r.int(1, 999)}`)}`
          : k === 5
            ? `収入証明：年金証書（基礎年金番号 ${PEN(pen(r))}）`
            : k % 3 === 0
          ? `本人確認書類：パスポート（旅券番号 ${PP(pp(r))}）`
          : `本人確認書類：運転免許証　番号 ${DL(r.next() < 0.5 ? dl(r) : fw(dl(r)))}`;
    const name = foreign ? PN(fn[0]) : PN(nm(p, '　'));
    const kana = foreign ? PN(fn[1]) : PN(kn(p, '　'));
    const note = NOTES[k]();
    const bk = `${r.pick(BUKKEN)} ${r.int(1, 5)}0${r.int(1, 8)}号室`;
    if (k % 2 === 0)
      add(
        `rent-app-${k}`,
        'rental_application_ja',
        `賃貸住宅入居申込書\n申込日 ${date26(r)}　物件名 ${bk}　賃料 ${yen(r.int(52, 140) * 1000)}円\n\n【申込者】\n氏名 ${name}\nフリガナ ${kana}\n生年月日 ${DOB(dob(r, undefined, 1960, 2004))}\n現住所 〒${ZIP(a.zip)} ${AD(a.addr)}\n携帯電話 ${PH(phone(r, undefined, true))}\nE-mail ${EM(foreign ? `${fn[1].toLowerCase().replace(/ /g, '.')}${r.int(1, 99)}@gmail.com` : email(r, p))}\n勤務先 ${emp[0]}\n勤務先所在地 ${AD(emp[2])}\n勤務先電話 ${PH(phone(r, 0, false))}\n勤続年数 ${r.int(1, 25)}年　年収 ${r.int(240, 900)}万円\n${idLine}\n\n【連帯保証人】\n氏名 ${PN(nm(g))}（続柄：${r.pick(['父', '母', '兄', '姉', '叔父'])}）\n生年月日 ${DOB(dob(r, undefined, 1945, 1975))}\n住所 〒${ZIP(ga.zip)} ${AD(ga.addr)}\n電話 ${PH(phone(r))}\n勤務先 ${gemp[0]}　年収 ${r.int(200, 1200)}万円\n\n【緊急連絡先】${PN(nm(em))}　${PH(phone(r))}\n\n【備考】${note}`,
      );
    else
      add(
        `rent-app-tbl-${k}`,
        'rental_application_ja',
        `| 項目 | 申込者 | 連帯保証人 |\n|---|---|---|\n| 氏名 | ${name} | ${PN(nm(g))} |\n| フリガナ | ${kana} | ${PN(kn(g))} |\n| 生年月日 | ${DOB(dob(r, 0, 1965, 2004))} | ${DOB(dob(r, 0, 1945, 1972))} |\n| 住所 | ${AD(a.addr)} | ${AD(ga.addr)} |\n| 電話 | ${PH(phone(r, 0))} | ${PH(phone(r, 0))} |\n| 勤務先 | ${emp[0]} | ${gemp[0]} |\n| 年収 | ${r.int(240, 700)}万円 | ${r.int(200, 900)}万円 |\n\n物件：${bk}\n${idLine}\n緊急連絡先：${PN(nm(em))}（${r.pick(['母', '友人', '姉'])}）${PH(phone(r, 1))}\n備考：${note || 'なし'}\n担当：${PN(nm(P_()))}`,
      );
  }

  // ---- 重要事項説明 excerpts ------------------------------------------------------------------------------
  for (let k = 0; k < 3; k++) {
    const tenant = P_();
    const owner = P_();
    const oa = A_();
    const agent = P_();
    const ta = A_();
    add(
      `jusetsu-${k}`,
      'real_estate_ja',
      `重要事項説明書（建物の貸借）抜粋\n\n${k + 1}．取引態様　媒介\n宅地建物取引業者　商号：株式会社ハウスリンク不動産　免許証番号：${r.pick(['東京都知事', '国土交通大臣', '大阪府知事'])}（${r.int(2, 9)}）第${r.digits(5)}号\n主たる事務所：${AD(ta.addr)}　電話番号：${PH(phone(r, 0, false))}\n\n説明をする宅地建物取引士\n氏名：${PN(nm(agent, '　'))}　登録番号：（${r.pick(['東京', '神奈川', '大阪'])}）第${r.digits(6)}号\n\n貸主：${PN(nm(owner))}\n貸主住所：${AD(oa.addr)}\n\n借主：${PN(nm(tenant))} 殿\n\n上記の内容について説明を受け、重要事項説明書を受領しました。\n${date26(r)}　借主署名　${PN(nm(tenant, '　'))}`,
    );
  }

  {
    const p = P_();
    const a = A_();
    const sg = r.pick(GM);
    const son: P = { sei: p.sei, seiK: p.seiK, seiR: p.seiR, mei: sg[0], meiK: sg[1], meiR: sg[2], f: false };
    const staff = P_();
    add(
      'rent-senior',
      'rental_application_ja',
      `高齢者向け住宅 入居相談シート\n相談日 ${date26(r)}　担当 ${PN(nm(staff))}\nご本人 ${PN(nm(p))}（${PN(hwKana(kn(p)))}）　${DOB(dob(r, 2, 1935, 1950))}生\n現住所 ${AD(a.addr)}\n電話 ${PH(phone(r, 0, false))}\n収入 年金のみ（老齢基礎・厚生）　基礎年金番号 ${PEN(fw(pen(r)))}\n後期高齢者医療 被保険者番号 ${INS(String(r.int(10, 99)) + r.digits(6))}\n介護保険 被保険者番号 ${r.digits(10)}（${SEN('要支援2')}）\n${SEN('持病：糖尿病（インスリン使用）')}\n身元引受人 長男 ${PN(nm(son))}　${PH(phone(r, 0, true))}　${EM(email(r, son))}\n希望 エレベーター付・バス停近く`,
    );
  }

  // ---- tenant ledgers and repair requests ----------------------------------------------------------------
  const LEDGER_NOTES = [
    () => '',
    () => `2月分未入金。本人より「${SEN('脳梗塞で入院していて')}振込できなかった」と連絡あり、3/10入金約束`,
    () => `家賃は${SEN('生活保護')}の代理納付（区役所）`,
    () => '口座振替不能1回',
    () => `${SEN('がんの治療中で')}休職、3か月分の分割払いを相談中`,
    () => '更新済',
  ];
  for (let k = 0; k < 4; k++) {
    const rows: string[] = [];
    for (let j = 0; j < r.int(3, 5); j++) {
      const t = P_();
      const nidx = (k + j) % LEDGER_NOTES.length;
      rows.push(`${r.int(1, 4)}0${j + 1}\t${PN(nm(t, k % 2 ? '' : ' '))}\t${PH(phone(r, k % 2 ? 1 : 0))}\t${yen(r.int(48, 98) * 1000)}\t${r.pick(['入金済', '未入金', '一部入金'])}\t${LEDGER_NOTES[nidx]()}`);
    }
    add(`ledger-${k}`, 'tenant_ledger_ja', `${r.pick(BUKKEN)}　入居者台帳（${r.int(2025, 2026)}年${r.int(1, 12)}月）\n号室\t契約者\t電話\t賃料\t入金\t備考\n${rows.join('\n')}`);
  }
  {
    const t = P_();
    const mgr = P_();
    add('repair-1', 'repair_request_ja', `修繕依頼受付\n受付日時 ${date26(r)} 10:42\n物件 ${BUKKEN[1]} 302\n入居者 ${PN(nm(t))} 様　連絡先 ${PH(phone(r, 0, true))}\n内容 給湯器からエラー表示（E-111）、お湯が出ない\n立会い 希望（平日18時以降）\n手配先 ${r.pick(['リンナイ', 'ノーリツ'])}サービス　担当 ${PN(nm(mgr))}`);
    const t2 = P_();
    add('repair-2', 'repair_request_ja', `【修繕・設備変更の相談】\n${BUKKEN[4]} 105号室　${PN(nm(t2))}様より\n${SEN('ご主人が脳出血の後遺症で車椅子生活になった')}ため、玄関の段差にスロープ、浴室に手すりを付けたい。費用は自己負担、退去時の原状回復について確認したい。\n折返し：${PH(phone(r, 9))}（日中は奥様の携帯）\nオーナー確認中 ／ 管理担当 ${PN(mgr.sei)}`);
    const t3 = P_();
    const t4 = P_();
    add('repair-3', 'complaint_ja', `苦情受付記録\n申出者：${BUKKEN[6]} 201号室 ${PN(nm(t3))} 様（${PH(phone(r, 0))}）\n内容：${SEN('203号室の' + t4.sei + 'さんが○○会の信者')}で、夜に宗教の勧誘に来るのでやめさせてほしい。\n対応：${PN(t4.sei)}様に文書で注意喚起（勧誘の是非には触れない）`.replace(`${SEN('203号室の' + t4.sei + 'さんが○○会の信者')}`, `203号室の${PN(t4.sei)}さんが${SEN('○○会の信者')}`));
    add('repair-4', 'complaint_ja', `掲示用メモ（全戸配布）\n最近、集合ポストに宗教団体のチラシが投函されています。不要なチラシはポスト横の回収箱へお願いします。\n管理会社：みなと住宅管理株式会社　${PH('0120-48-3160')}`);
  }

  // ---- 売買 customer cards -------------------------------------------------------------------------------
  for (let k = 0; k < 4; k++) {
    const p = P_();
    const a = A_();
    const sp = { ...P_(), sei: p.sei, seiK: p.seiK, seiR: p.seiR };
    const emp = r.pick(EMPLOYERS);
    const staff = P_();
    if (k < 3)
      add(
        `sale-card-${k}`,
        'sales_customer_ja',
        `顧客カード（購入）　担当 ${PN(nm(staff))}\n来店日 ${date26(r)}　反響元 ${r.pick(['SUUMO', 'アットホーム', '現地看板', 'チラシ'])}\n氏名 ${PN(nm(p))}（${PN(kn(p))}）　${DOB(dob(r, 2, 1965, 1995))}生\n現住所 ${AD(a.addr)}（賃貸）\n電話 ${PH(phone(r, 0))}　メール ${EM(email(r, p))}\n勤務先 ${emp[0]}　勤続${r.int(2, 20)}年　年収 ${r.int(450, 1400)}万円\n家族 妻 ${PN(sp.mei)}（${DOB(dob(r, 1, 1970, 1998))}生）、長${r.pick(['男', '女'])} ${PN(r.pick(r.next() < 0.5 ? GM : GF)[0])}（小${r.int(1, 6)}）\n希望 ${r.pick(['3LDK', '4LDK', '土地50坪'])}・予算${r.int(35, 80)}00万円・${r.pick(['学区重視', '駅徒歩10分以内', '駐車場2台'])}\n自己資金 ${r.int(2, 15)}00万円　事前審査 ${r.pick(['住信SBI', 'フラット35', '地元信金'])}で承認`,
      );
    else {
      const corpBuyer = corpNo(r);
      add(
        `sale-mynumber-${k}`,
        'sales_customer_ja',
        `不動産の譲受けの対価の支払調書 作成用メモ\n支払を受ける者（売主）\n氏名 ${PN(nm(p))}\n住所 ${AD(a.addr)}\n個人番号 ${MN(myno(r))}\n物件 ${AD(A_().addr.replace(/ .*$/, ''))} 土地${r.int(90, 240)}㎡\n支払者（買主） 株式会社アーバンステージ　法人番号 ${CORP(corpBuyer)}\n支払金額 ${yen(r.int(20, 60) * 1000000)}円　契約日 ${date26(r)}`,
      );
    }
  }
  {
    const o = P_();
    const oa = A_();
    add(
      'owner-contract',
      'property_management_ja',
      `賃貸管理委託契約 オーナー登録\nオーナー ${PN(nm(o))}（${PN(kn(o))}）\n生年月日 ${DOB(dob(r, 2, 1940, 1965))}\n住所 〒${ZIP(oa.zip)} ${AD(oa.addr)}\n電話 ${PH(phone(r, 0, false))}／携帯 ${PH(phone(r, 0, true))}\n送金口座 ${r.pick(['みずほ銀行', '京都銀行', '静岡銀行'])} ${r.pick(['本店営業部', '駅前支店'])}（店番${r.digits(3)}）普通 ${BA(acct(r))}\n口座名義 ${PN(hwKana(kn(o)))}\n個人番号（支払調書用） ${MN(myno(r, '-'))}\n管理物件 ${BUKKEN[2]} 全8戸`,
    );
  }

  // 犯罪収益移転防止法の取引時確認 (real-estate sales must keep them)
  for (let k = 0; k < 3; k++) {
    const p = P_();
    const a = A_();
    const staff = P_();
    const c = corpNo(r);
    const idDoc =
      k === 0
        ? `旅券（番号 ${PP(pp(r))}、有効期限 ${r.int(2027, 2034)}年${r.int(1, 12)}月${r.int(1, 28)}日）＋補完書類：公共料金領収書`
        : k === 1
          ? `運転免許証（番号 ${DL(fw(dl(r)))}）`
          : `マイナンバーカード（表面のみ確認、個人番号は記録しない）`;
    add(
      `kyc-${k}`,
      'real_estate_ja',
      `取引時確認記録（特定取引：宅地建物の売買）\n確認日 ${date26(r)}　確認者 ${PN(nm(staff))}\n${
        k === 2
          ? `顧客 法人：株式会社${r.pick(['アーバンステージ', '湘南ホームズ', 'セントラル企画'])}　法人番号 ${CORP(c)}\n本店所在地 ${AD(a.addr)}\n取引担当者 ${PN(nm(p))}（${DOB(dob(r, 0, 1965, 1995))}生）\n担当者の本人確認書類 ${idDoc}`
          : `顧客 ${PN(nm(p))}（${PN(kn(p))}）\n生年月日 ${DOB(dob(r, r.pick([1, 2])))}\n住居 ${AD(a.addr)}\n職業 ${r.pick(['会社員', '自営業', '公務員', '年金生活'])}\n本人確認書類 ${idDoc}`
      }\n取引の目的 ${r.pick(['自己居住用', '投資用', '事業用'])}\n${k === 0 ? '外国PEPs 該当なし' : '実質的支配者 該当なし（個人）'}`,
    );
  }
  {
    const p = P_();
    const a = A_();
    const staff = P_();
    add(
      'thread-mynumber',
      'mail_thread_ja',
      `件名：Re: 支払調書作成のための個人番号のご提供について\n\n${PN(staff.sei)}様\n\nご連絡ありがとうございます。母の分も含めて以下の通りです。\n私：${PN(nm(p))}　個人番号 ${MN(fw(myno(r, ' ')))}\n母：${PN(`${p.sei} ${r.pick(GF)[0]}`)}　個人番号 ${MN(myno(r, ''))}\n住所はどちらも ${AD(a.addr)} です。\n\n${PN(nm(p))}\n${PH(phone(r, 0, true))}\n\n> ${PN(nm(p))} 様\n> 共有名義の土地売却に伴い、支払調書の作成に個人番号が必要となります。\n> 株式会社ハウスリンク不動産 売買課 ${PN(nm(staff))}\n> ${PH(phone(r, 0, false))}`,
    );
    const buyer = P_();
    const bc = corpNo(r);
    add(
      'ec-b2b',
      'ec_order_ja',
      `法人購入（請求書払い）審査依頼\n会社名 株式会社${r.pick(['ミライ設計', 'こだま保育サービス', '北斗ビルメンテ'])}\n法人番号 ${CORP(bc)}\n適格請求書発行事業者登録番号 T${CORP(bc)}\n所在地 〒${ZIP(a.zip)} ${AD(a.addr)}\nご担当者 ${PN(nm(buyer))}（総務部）\n電話 ${PH(phone(r, 0, false))}　メール ${EM(`${buyer.seiR.toLowerCase()}@${r.pick(['mirai-sekkei.co.jp', 'kodama-hoiku.jp', 'hokuto-bm.co.jp'])}`)}\n注文内容 ${r.pick(ITEMS)[0]} ×${r.int(10, 60)}\n審査結果 承認（与信枠 50万円）`,
    );
  }

  // ---- car dealers ----------------------------------------------------------------------------------------
  const DEALERS: [string, string, string][] = [
    ['オートプラザ湘南 藤沢店', '251-0861', '神奈川県藤沢市大庭5061-8'],
    ['カーズ北斗 株式会社 札幌東店', '003-0801', '北海道札幌市白石区菊水1条3丁目1-5'],
    ['みどり自動車販売 岡崎店', '444-0840', '愛知県岡崎市戸崎町字牧御堂18-1'],
    ['九州モータース 小倉南店', '800-0206', '福岡県北九州市小倉南区葛原東2丁目2-11'],
  ];
  const CARS = ['プリウス', 'N-BOX', 'フリード', 'ハリアー', 'ヤリスクロス', 'セレナ', 'ジムニー', 'アルファード', 'ノート', 'シエンタ'];
  for (let k = 0; k < 6; k++) {
    const p = P_();
    const a = A_();
    const staff = P_();
    const d = DEALERS[k % 4];
    const extra =
      k === 2
        ? `\n・${SEN('長男が脳性麻痺で車椅子')}のため、${r.pick(CARS)}の福祉車両（スロープ付）を検討`
        : k === 4
          ? `\n・奥様（${PN(r.pick(GF)[0])}さん）も同席、${SEN('奥様は妊娠8か月')}のため納車は出産前を希望`
          : '';
    add(
      `car-memo-${k}`,
      'car_dealer_ja',
      `商談メモ　${d[0]}　担当：${PN(nm(staff))}\n日時：${date26(r)} ${r.int(10, 18)}:00〜\nお客様：${PN(nm(p))} 様（${PN(kn(p))}）\n住所：${AD(a.addr)}\nTEL：${PH(phone(r, k % 2 ? 0 : 1, true))}\n希望車種：${r.pick(CARS)} ${r.pick(['ハイブリッド Z', 'G', 'e:HEV CROSSTAR', 'X'])}　色 ${r.pick(['パールホワイト', 'ブラック', 'シルバー'])}\n下取り車：${r.pick(CARS)}（${r.int(2012, 2020)}年式・走行 ${yen(r.int(30, 140) * 1000)}km）\n　車台番号 ${VIN_JP(r)}　登録番号 ${plate(r)}\n　査定額 ${r.int(10, 180)}万円\n支払：${r.pick(['残クレ60回', '現金一括', '銀行ローン'])}\n次回：${date26(r)} 見積再提示${extra}`,
    );
  }
  for (let k = 0; k < 5; k++) {
    const p = P_();
    const a = A_();
    const staff = P_();
    const d = DEALERS[(k + 1) % 4];
    if (k % 2 === 0)
      add(
        `shaken-${k}`,
        'car_dealer_ja',
        `〒${ZIP(a.zip)}\n${AD(a.addr)}\n${PN(nm(p, '　'))}　様\n\n車検満了日のお知らせ\nお客様のお車（${r.pick(CARS)}　${plate(r)}）は ${date26(r)} に車検満了日を迎えます。\nご予約はお早めに。代車無料・WEB予約で${r.int(1, 3)}000円割引。\n\n${d[0]}\n〒${ZIP(d[1])} ${AD(d[2])}\nTEL ${PH(phone(r, 0, false))}　サービス担当 ${PN(nm(staff))}`,
      );
    else
      add(
        `shaken-sms-${k}`,
        'car_dealer_ja',
        `送信先:${PH(phone(r, 1, true))}\n本文:${PN(p.sei)}様 ${d[0].split(' ')[0]}です。${r.pick(CARS)}(${plate(r)})の車検が${r.int(1, 3)}月に満了となります。ご予約は${PH(phone(r, 0, false))}まで。担当${PN(staff.sei)}`,
      );
  }
  for (let k = 0; k < 5; k++) {
    const p = P_();
    const a = A_();
    const sp = P_();
    const staff = P_();
    const two = k % 2 === 1;
    add(
      `car-ins-${k}`,
      'car_insurance_ja',
      `自動車保険 お見積り依頼内容（${r.pick(['東京海上', '損保ジャパン', 'あいおい', '三井住友海上'])}）\n記名被保険者：${PN(nm(p))}\nフリガナ：${PN(kn(p))}\n生年月日：${DOB(dob(r, r.pick([0, 2, 4]), 1955, 2003))}\n住所：${AD(a.addr)}\n運転免許証番号：${DL(k === 3 ? `${dl(r).replace(/(\d{4})(?=\d)/g, '$1 ')}` : dl(r))}　免許の色：${r.pick(['ゴールド', 'ブルー', 'グリーン'])}　有効期限：${r.int(2027, 2031)}年${r.int(1, 12)}月${r.int(1, 28)}日\n現在の等級：${r.int(6, 20)}等級　事故有係数適用期間：0年\n車両：${r.pick(CARS)}　型式 ${r.pick(['6AA-MXAA54', '5BA-GB7', 'DAA-ZWR80W'])}　車台番号 ${VIN_JP(r)}\n運転者限定：${two ? `本人・配偶者（配偶者 ${PN(nm(sp))}、${DOB(dob(r, 0, 1958, 2002))}生、免許番号 ${DL(dl(r))}）` : '本人限定'}\n年齢条件：${r.pick(['26歳以上', '35歳以上', '全年齢'])}補償\n担当：${PN(nm(staff))}（${PH(phone(r, 0, false))}）`,
    );
  }

  // ---- call-centre speech-to-text transcripts (ja) --------------------------------------------------------
  const KD = ['ゼロ', 'イチ', 'ニ', 'サン', 'ヨン', 'ゴ', 'ロク', 'ナナ', 'ハチ', 'キュウ'];
  const kanaHead = (a: string) => Array.from(a).map((c) => KD[+c]).join('');
  /** A mobile number as speech-to-text writes it. */
  const spokenPhone = (form: number) => {
    const a = r.pick(MOB);
    const mid = `${r.int(1, 9)}${r.digits(3)}`;
    const last = r.digits(4);
    return [`${kanaHead(a)}の${mid}の${last}`, `${a}の${mid}の${last}`, `${a} えー ${mid} の ${last}`, fw(`${a} ${mid} ${last}`), `${kanaHead(a)} ${mid} えっと ${last}`, `${a}${mid} ${last}`][form % 6];
  };
  const spell = (p: P) => `${hira(p.seiK)} ${hira(p.meiK)}`;
  const KANJI_HINT: Record<string, string> = { 山: '山', 田: '田んぼの田', 川: '三本川', 本: '本の本', 藤: '藤の花の藤', 井: '井戸の井', 木: '木曜日の木', 村: '村の村', 中: '中の中', 石: '石ころの石', 野: '野原の野', 原: '原っぱの原' };
  const hint = (p: P) => Array.from(p.sei).map((c) => KANJI_HINT[c] ?? `${c}の字`).join('に');
  for (let k = 0; k < 14; k++) {
    const p = P_();
    const a = A_();
    const op = P_();
    const v = k % 7;
    let sec = r.int(0, 20);
    const ts = () => {
      sec += r.int(4, 40);
      return `${p2(Math.floor(sec / 60))}:${p2(sec % 60)}`;
    };
    let t = '';
    if (v === 0)
      t = `[${ts()}] オペレーター：お電話ありがとうございます${SHOPS[k % SHOPS.length]}カスタマーセンター${PN(op.sei)}でございます\n[${ts()}] お客様：あのー先週注文した${r.pick(ITEMS)[0]}がまだ届かないんですけど\n[${ts()}] オペレーター：ご迷惑をおかけしております ご注文者様のお名前をフルネームでお願いできますか\n[${ts()}] お客様：${PN(spell(p))}です ${hint(p)}で\n[${ts()}] オペレーター：${PN(nm(p, ''))}様ですね ご登録のお電話番号をお願いします\n[${ts()}] お客様：${PH(spokenPhone(k))}です\n[${ts()}] オペレーター：ありがとうございます 注文番号 ${r.digits(8)} で確認できました 配送業者の追跡番号が ${track(r)} で現在${r.pick(['持ち戻り', '配達中', '保管中'])}となっております`;
    else if (v === 1) {
      const c = card(r, ' ').split(' ');
      const cardSpoken = c.length === 4 ? `${c[0]} ${c[1]} えー ${c[2]} ${c[3]}` : `${c[0]} えーと ${c[1]} ${c[2]}`;
      t = `オペレーター ではお支払いのカード番号をお願いいたします\nお客様 はい ${CC(cardSpoken)}\nオペレーター 復唱いたします ${CC(c.join(' '))} 有効期限をお願いします\nお客様 ${p2(r.int(1, 12))}の${r.int(27, 31)}です\nオペレーター 名義は\nお客様 ${PN(`${p.seiR.toUpperCase()} ${p.meiR.toUpperCase()}`)}\nオペレーター ありがとうございます 以上で${yen(r.int(3, 30) * 1000)}円のお支払いが完了しました 担当${PN(op.sei)}が承りました`;
    } else if (v === 2) {
      const bk = r.pick(BUKKEN);
      t = `管理会社 はい みなと住宅管理です\n入居者 あの ${bk}の${r.int(1, 4)}0${r.int(1, 6)}の${PN(p.sei)}ですけど\n管理会社 ${PN(p.sei)}様 いつもお世話になっております\n入居者 今月の家賃なんですけど ${SEN('先月から心臓の手術で入院してて')} 振込が遅れそうで\n管理会社 それは大変でしたね 何日頃のお振込みになりそうでしょうか\n入居者 えー 25日には\n管理会社 承知しました 念のため折り返しのお電話番号は\n入居者 ${PH(spokenPhone(k))}\n管理会社 ありがとうございます 担当の${PN(nm(op, ''))}が承りました`;
    } else if (v === 3) {
      const d = dl(r);
      t = `Op: 運転免許証の番号を左からお願いします\nCu: はい ${DL(`${d.slice(0, 4)} ${d.slice(4, 8)} えー ${d.slice(8)}`)}\nOp: ありがとうございます 生年月日をお願いします\nCu: ${DOB(r.next() < 0.5 ? `昭和${r.int(30, 63)}年の${r.int(1, 12)}月${r.int(1, 28)}日` : `平成${r.int(2, 14)}年${r.int(1, 12)}月の${r.int(1, 28)}日`)}です\nOp: お車は${r.pick(CARS)}で 車台番号が ${VIN_JP(r)} ですね\nCu: はい\nOp: 記名被保険者は${PN(nm(p, ''))}様ご本人で 配偶者の${PN(r.pick(p.f ? GM : GF)[0])}様も運転されると`;
    } else if (v === 4) {
      const z = a.zip;
      t = `オペレーター 住所変更ですね 新しいご住所を郵便番号からお願いします\nお客様 ${ZIP(r.next() < 0.5 ? z : z.replace('-', ''))}\nオペレーター はい\nお客様 ${AD(a.addr.replace(/(\d+)[-－ー−‐–](\d+)[-－ー−‐–](\d+)/, '$1の$2の$3'))}\nオペレーター 復唱します ${AD(a.addr)} でよろしいでしょうか\nお客様 はい あとメールも変わって ${EM(email(r, p))} です\nオペレーター 会員番号 ${r.digits(10)} の${PN(p.sei)}様 変更いたしました`;
    } else if (v === 5) {
      t = `お客様：あのお菓子の詰め合わせなんですけど 原材料に卵って書いてなかったのに ${SEN('うちの子卵アレルギーで')} 食べたら ${SEN('じんましんが出て病院に行った')}んです\nオペレーター：大変申し訳ございません お子様のお加減はいかがでしょうか\nお客様：もう落ち着きました\nオペレーター：恐れ入りますがお名前とご連絡先を\nお客様：${PN(nm(p, ''))}です 電話は ${PH(spokenPhone(k))}\nオペレーター：品質保証部の${PN(nm(op, ''))}から本日中にご連絡いたします ロット番号 ${r.pick(['L', 'A', 'K'])}${r.digits(6)} を控えました`;
    } else {
      const f = FOREIGN[k % 4];
      t = `Agent: 不動産のお問い合わせありがとうございます お名前をお願いします\nCaller: ${PN(f[1].split(' ')[0].split('').join('-'))} ${PN(f[0])}です\nAgent: ${PN(f[0])}様ですね 在留カードをお持ちですか 番号を\nCaller: ${RC(rc(r).replace(/^(..)(\d{4})(\d{4})(..)$/, '$1 $2 $3 $4'))}\nAgent: ありがとうございます 勤務先は\nCaller: ${r.pick(EMPLOYERS)[0]} です\nAgent: ご連絡先は\nCaller: ${PH(spokenPhone(k + 1))}`;
    }
    add(`call-ja-${k}`, 'call_transcript_ja', t);
  }

  // ---- web-form notification mails (ja) -------------------------------------------------------------------
  for (let k = 0; k < 8; k++) {
    const p = P_();
    const a = A_();
    const v = k % 4;
    if (v === 0)
      add(
        `webform-${k}`,
        'webform_mail_ja',
        `件名：【${r.pick(BUKKEN)}】物件お問い合わせがありました\n\nホームページのお問い合わせフォームから以下の内容で送信されました。\n\n【お名前】${PN(nm(p))}\n【フリガナ】${PN(kn(p))}\n【電話番号】${PH(phone(r))}\n【メールアドレス】${EM(email(r, p))}\n【ご希望の連絡方法】${r.pick(['電話', 'メール'])}\n【お問い合わせ内容】内見希望です。${r.pick(['土日', '平日夜'])}でお願いします。\n\n送信日時：${date26(r)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}\nIPアドレス：203.0.113.${r.int(1, 254)}`,
      );
    else if (v === 1)
      add(
        `webform-${k}`,
        'webform_mail_ja',
        `■ 試乗予約フォーム\n────────────────\nお名前　　　　：${PN(nm(p, '　'))}\nふりがな　　　：${PN(hira(kn(p, '　')))}\n郵便番号　　　：${ZIP(a.zip)}\nご住所　　　　：${AD(a.addr)}\n電話番号　　　：${PH(phone(r, 3))}\nメール　　　　：${EM(email(r, p))}\nご希望車種　　：${r.pick(CARS)}\nご希望日時　　：${date26(r)} ${r.int(10, 17)}:00\n下取り　　　　：あり（${r.pick(CARS)} ${plate(r)}）\n────────────────`,
      );
    else if (v === 2)
      add(
        `webform-${k}`,
        'webform_mail_ja',
        `差出人: no-reply@${r.pick(SHOPDOM)}\n件名: [お問い合わせ] 注文内容の変更\n\n■お問い合わせ種別\n注文内容の変更\n■ご注文番号\n${r.digits(6)}-${r.digits(8)}\n■お名前\n${PN(nm(p))}\n■メールアドレス\n${EM(email(r, p))}\n■電話番号\n${PH(phone(r, 1))}\n■内容\n配送先を実家に変更したいです。\n〒${ZIP(a.zip)} ${AD(a.addr)} ${PN(nm(P_()))}宛でお願いします。`,
      );
    else
      add(
        `webform-${k}`,
        'webform_mail_ja',
        `【査定依頼フォーム】\nお名前：${PN(nm(p))}\n生年月日：${DOB(dob(r, 1))}\n物件所在地：${AD(a.addr.replace(/ .*$/, ''))}\n物件種別：${r.pick(['マンション', '一戸建て', '土地'])}\n築年数：${r.int(3, 40)}年\nご連絡先：${PH(phone(r))}\nメール：${EM(email(r, p))}\n売却理由：${r.pick(['住み替え', '相続', `${SEN('親が認知症で施設に入所')}したため`])}\n希望時期：${r.pick(['3か月以内', '半年以内', '未定'])}`,
      );
  }

  // ---- mail threads with quoted replies (ja) -------------------------------------------------------------
  for (let k = 0; k < 6; k++) {
    const p = P_();
    const a = A_();
    const staff = P_();
    const s = k % SHOPS.length;
    const sdom = SHOPDOM[s];
    const sig = `━━━━━━━━━━━━\n${SHOPS[s]}\nカスタマーサポート ${PN(nm(staff))}\n〒${ZIP(a.zip)} ${AD(a.addr)}\nTEL ${PH(free(r))}（平日10-17時）\n${EM(`support@${sdom}`)}\n━━━━━━━━━━━━`;
    const custMail = email(r, p);
    add(
      `thread-ja-${k}`,
      'mail_thread_ja',
      `From: ${PN(nm(p))} <${EM(custMail)}>\nTo: ${EM(`support@${sdom}`)}\nSubject: Re: Re: 返品について\n\n${PN(staff.sei)}様\n\nお返事ありがとうございます。着払いで送りました。\n${r.pick(['佐川', 'ヤマト', '日本郵便'])}の伝票番号は ${track(r)} です。\n返金は下記口座にお願いします。\n${r.pick(['りそな銀行', '千葉銀行', 'PayPay銀行'])} ${r.pick(['新宿支店', 'ビジネス営業部', '柏支店'])} 普通 ${BA(acct(r))}\n\n${PN(nm(p))}\n\n> ${PN(nm(p))} 様\n>\n> お問い合わせありがとうございます。\n> 返品は着払いで下記までお送りください。\n> 〒${ZIP(a.zip)} ${AD(a.addr)} ${SHOPS[s]} 返品係\n>\n> ${sig.split('\n').join('\n> ')}\n>\n>> 先日届いた商品が${r.pick(['破損', '色違い', 'サイズ違い'])}でした。\n>> 携帯 ${PH(phone(r, 0, true))}`,
    );
  }

  // ---- address-book exports ------------------------------------------------------------------------------
  {
    const vc: string[] = [];
    for (let j = 0; j < 3; j++) {
      const p = P_();
      const a = A_();
      vc.push(`BEGIN:VCARD\nVERSION:3.0\nN:${PN(p.sei)};${PN(p.mei)};;;\nFN:${PN(nm(p))}\nX-PHONETIC-LAST-NAME:${PN(p.seiK)}\nX-PHONETIC-FIRST-NAME:${PN(p.meiK)}\nTEL;TYPE=CELL:${PH(phone(r, 0, true))}\nEMAIL;TYPE=HOME:${EM(email(r, p))}\nADR;TYPE=HOME:;;${AD(a.addr)};;;${ZIP(a.zip)};Japan\nBDAY:${DOB(dob(r, 3))}\nNOTE:${r.pick(['下取り客 2024', 'オーナー様', '紹介：既存客'])}\nEND:VCARD`);
    }
    add('vcard-1', 'vcard', vc.join('\n'));
    const v2: string[] = [];
    for (let j = 0; j < 2; j++) {
      const p = P_();
      const a = A_();
      const m = a.addr.match(/^(東京都|北海道|京都府|大阪府|.{2,3}?県)(.+?[市区町村])(.+)$/) as RegExpMatchArray;
      v2.push(`BEGIN:VCARD\nVERSION:4.0\nFN:${PN(nm(p))}\nN:${PN(p.sei)};${PN(p.mei)};;;\nORG:${r.pick(EMPLOYERS)[0]}\nTEL;TYPE=work,voice;VALUE=uri:tel:${PH(`+81-${phone(r, 0, false).slice(1)}`)}\nADR;TYPE=home:;;${AD(m[3])};${m[2]};${m[1]};${ZIP(a.zip)};日本\nEND:VCARD`);
    }
    add('vcard-2', 'vcard', v2.join('\n'));
    const rows: string[] = ['姓,名,姓 (ふりがな),名 (ふりがな),携帯電話,電子メール アドレス,自宅住所 郵便番号,自宅住所 都道府県,自宅住所 市区町村,自宅住所 番地,誕生日'];
    for (let j = 0; j < 4; j++) {
      const p = P_();
      const a = A_();
      const m = a.addr.match(/^(東京都|北海道|京都府|大阪府|.{2,3}?県)(.+?[市区町村])(.+)$/) as RegExpMatchArray;
      rows.push([PN(p.sei), PN(p.mei), PN(hira(p.seiK)), PN(hira(p.meiK)), PH(phone(r, 0, true)), EM(email(r, p)), ZIP(a.zip), AD(`${m[1]},${m[2]},${m[3]}`), DOB(dob(r, 7 - 7))].join(','));
    }
    add('outlook-csv', 'address_book_csv', rows.join('\n'));
    const g: string[] = ['Name,Given Name,Family Name,Yomi Name,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Formatted,Birthday,Group Membership'];
    for (let j = 0; j < 4; j++) {
      const p = P_();
      const a = A_();
      g.push([PN(nm(p)), PN(p.mei), PN(p.sei), PN(kn(p)), EM(email(r, p)), 'Mobile', PH(phone(r, 6, true)), `"〒${ZIP(a.zip)} ${AD(a.addr)}"`, DOB(dob(r, 3)), '* myContacts ::: 顧客'].join(','));
    }
    add('google-csv', 'address_book_csv', g.join('\n'));
    const p = P_();
    const a = A_();
    add('addrlabel', 'address_book_ja', `宛名印刷用データ（年賀状）\n${PN(nm(p, '　'))} 様　ご家族様\n〒${ZIP(a.zip)}\n${AD(a.addr)}\n\n※${r.pick(CARS)}納車 ${r.int(2019, 2024)}年 / 担当 ${PN(nm(P_()))}`);
  }

  // ---- text extracted from PDFs with broken layout --------------------------------------------------------
  {
    const p = P_();
    const a = A_();
    const prop = A_();
    const ph = phone(r, 0, true);
    add(
      'pdf-2col-1',
      'pdf_text_ja',
      `入 居 申 込 書                                      物 件 概 要\n申込者氏名   ${PN(nm(p, '　'))}                    物件所在地 ${AD(prop.addr.replace(/ .*$/, ''))}\n生年月日 ${DOB(dob(r, 2))}                  賃料 ${yen(r.int(60, 120) * 1000)}円　共益費 ${r.int(2, 8)}000円\n現住所 ${AD(a.addr)}\n                                                 敷金 1ヶ月　礼金 なし\n電話 ${PH(ph)}                     間取り ${r.pick(['1K', '1LDK', '2DK'])}　${r.int(20, 55)}.${r.int(10, 99)}㎡`,
    );
    const q = P_();
    const qa = A_();
    const mob = phone(r, 0, true);
    const cut = qa.addr.indexOf('町') > 0 ? qa.addr.indexOf('町') + 1 : 8;
    add(
      'pdf-wrap-1',
      'pdf_text_ja',
      `ご契約者様情報\nお名前：${PN(nm(q))}　様　　ご連絡先：${PH(`${mob.slice(0, 9)}\n${mob.slice(9)}`)}\nご住所：${AD(`${qa.addr.slice(0, cut)}\n${qa.addr.slice(cut)}`)}\nメール：${EM(email(r, q))}\n- 1 / 2 -`,
    );
    const w = P_();
    const wa = A_();
    const wdl = dl(r);
    add(
      'pdf-far-1',
      'pdf_text_ja',
      `自動車保険契約申込書\n記名被保険者\nフリガナ\n生年月日\n住所\n電話番号\n免許証番号\n証券番号\n\n${PN(nm(w))}\n${PN(kn(w))}\n${DOB(dob(r, 0))}\n${AD(wa.addr)}\n${PH(phone(r))}\n${DL(wdl)}\n${r.pick(['A', 'B', 'Z'])}${r.digits(9)}`,
    );
    const s = P_();
    const sa = A_();
    add(
      'pdf-spaced-1',
      'pdf_text_ja',
      `注 文 書（ 新 車 ）\n注 文 者　　${PN(Array.from(nm(s, '')).join(' '))}　　印\n住 所　　${AD(sa.addr)}\n電 話　　${PH(phone(r, 0))}\n車 名　　${r.pick(CARS)}　　型 式　　${r.pick(['6AA-MXPK11', '5BA-JF5', '6BA-GB7'])}\n車 台 番 号　　${VIN_JP(r)}\nお 支 払 総 額　　${yen(r.int(180, 520) * 10000)}円\n販 売 担 当　　${PN(nm(P_()))}`,
    );
    const t = P_();
    const ta = A_();
    add(
      'pdf-2col-2',
      'pdf_text_ja',
      `借主 ${PN(nm(t))}                     貸主 株式会社グローバルエステート\n住所 ${AD(ta.addr)}        代表取締役 ${PN(nm(P_()))}\n                                     法人番号 ${CORP(corpNo(r))}\n連帯保証人 ${PN(nm(P_()))}                   管理業者 みなと住宅管理株式会社\n電話 ${PH(phone(r, 0))}                       電話 ${PH(phone(r, 0, false))}`,
    );
  }

  // ---- LINE / Chatwork chats ------------------------------------------------------------------------------
  for (let k = 0; k < 7; k++) {
    const p = P_();
    const a = A_();
    const staff = P_();
    const v = k % 3;
    if (v === 0)
      add(
        `line-${k}`,
        'chat_line_ja',
        `[LINE] ${SHOPS[k % SHOPS.length]}とのトーク履歴\n保存日時：${date26(r)} ${p2(r.int(8, 22))}:${p2(r.int(0, 59))}\n\n${date26(r)}(${r.pick(['月', '火', '水', '木', '金'])})\n${p2(r.int(9, 12))}:${p2(r.int(0, 59))}\t${PN(`${hira(p.meiK)}`)}\t注文したのに確認メールが来ません\n${p2(r.int(12, 14))}:${p2(r.int(0, 59))}\t${SHOPS[k % SHOPS.length]}\tお手数ですがご注文者様のお名前とお電話番号をお送りください\n${p2(r.int(14, 16))}:${p2(r.int(0, 59))}\t${PN(hira(p.meiK))}\t${PN(nm(p, ''))}です\n${p2(r.int(16, 18))}:${p2(r.int(0, 59))}\t${PN(hira(p.meiK))}\t${PH(phone(r, 1, true))}\n${p2(r.int(18, 20))}:${p2(r.int(0, 59))}\t${SHOPS[k % SHOPS.length]}\t確認できました。メールアドレスが ${EM(email(r, p))} で登録されていました（1文字違い）`,
      );
    else if (v === 1)
      add(
        `chatwork-${k}`,
        'chat_chatwork_ja',
        `[info][title]${PN(nm(staff))}さんのメッセージ[/title]${r.pick(BUKKEN)}の申込、保証会社に回しました。\n申込者：${PN(nm(p))}（${DOB(dob(r, 0, 1970, 2003))}生）\n現住所：${AD(a.addr)}\n携帯：${PH(phone(r, 0, true))}\n${k === 4 ? `※${SEN('生活保護受給者')}なので代理納付の手続き要確認` : '※勤務先の在籍確認お願いします'}[/info]\n[返信 aid=${r.digits(7)} to=${r.digits(9)}-${r.digits(19)}]${PN(nm(P_()))}さん\n了解です、在籍確認は明日かけます。`,
      );
    else {
      const c2 = P_();
      add(
        `line-staff-${k}`,
        'chat_line_ja',
        `営業グループ（${r.int(5, 12)}）\n${PN(staff.sei)}：今日の来店、${PN(nm(p))}様 ${r.pick(CARS)}で成約しました！\n${PN(staff.sei)}：納車先は ${AD(a.addr)}\n${PN(c2.sei)}：おめでとう🎉 下取りの${plate(r)}は陸送手配しとく\n${PN(staff.sei)}：お客様携帯 ${PH(phone(r, r.pick([0, 1, 7])))} 、${k === 5 ? `${SEN('耳が聞こえにくい')}ので連絡はSMSで` : '平日夜のみ可'}`,
      );
    }
  }

  // ---- English ----------------------------------------------------------------------------------------------
  let en = 0;
  const E_ = () => {
    const [first, last] = EN_NAMES[en++ % EN_NAMES.length].split('|');
    return { first, last, full: `${first} ${last}` };
  };
  const enMail = (w: { first: string; last: string }) => `${r.pick([`${w.first}.${w.last}`, `${w.first[0]}${w.last}${r.int(1, 99)}`, `${w.last}_${w.first}`])}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk', 'proton.me'])}`.toLowerCase();
  for (let k = 0; k < 6; k++) {
    const w = E_();
    const uk = k % 3 === 2;
    const ad = uk ? r.pick(UK_ADDR) : r.pick(US_ADDR);
    const gift = k === 4 ? E_() : null;
    add(
      `shopify-en-${k}`,
      'ec_order_en',
      `[${SHOPS[k % SHOPS.length]}] Order #${r.int(1001, 4999)} placed by ${PN(w.full)}\n\nCustomer\n${PN(w.full)}\n${EM(enMail(w))}\n${PH(uk ? `+44 7${r.digits(3)} ${r.digits(6)}` : usPhone(r))}\n\nShipping address\n${PN(gift ? gift.full : w.full)}\n${AD(ad.replace(', ', '\n'))}\n${uk ? 'United Kingdom' : 'United States'}\n\nPayment: ${r.pick(['Visa', 'Mastercard', 'Amex'])} ending in ${r.digits(4)}\n${gift ? `Gift message: "Happy birthday ${PN(gift.first)}! Love, ${PN(w.first)}"\n` : ''}Items: ${r.pick(ITEMS)[0]} x${r.int(1, 3)}\nShipping: DHL Express, tracking ${r.digits(10)}`,
    );
  }
  for (let k = 0; k < 3; k++) {
    const w = E_();
    const agent = E_();
    add(
      `ret-en-${k}`,
      'return_en',
      `RMA request #${r.int(40000, 49999)}\nCustomer: ${PN(w.full)} <${EM(enMail(w))}>\nPhone: ${PH(usPhone(r))}\nReturn from: ${AD(r.pick(US_ADDR))}\nReason: ${k === 1 ? `${SEN('I was diagnosed with a latex allergy')} and the strap contains latex` : r.pick(['Wrong size', 'Arrived damaged', 'No longer needed'])}\nRefund to original payment (card ending ${r.digits(4)})\nApproved by ${PN(agent.full)}`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const w = E_();
    const ec = E_();
    const ll = E_();
    const emp = r.pick(['Lakeside Medical Group', 'Northwind Traders', 'Bluebird Logistics', 'City of Plano']);
    const note = [
      '',
      `Applicant requests a reasonable accommodation: ${SEN('emotional support animal (PTSD)')}.`,
      `Background check: ${SEN('misdemeanor conviction (2017, DUI)')} — reviewed, approved with additional deposit.`,
      'Pets: none. Smoker: no.',
    ][k];
    add(
      `rental-en-${k}`,
      'rental_application_en',
      `RENTAL APPLICATION — ${r.pick(['Maple Court Apartments', 'The Residences at Elm Park', 'Harbor Point Lofts'])} Unit ${r.int(101, 420)}\nApplicant: ${PN(w.full)}\nDate of birth: ${DOB(dobEn(r))}\nSSN: ${SSN(ssn(r))}\nDriver's license: ${r.pick(['TX', 'MI', 'OR'])} ${r.digits(8)}\nCurrent address: ${AD(r.pick(US_ADDR))}\nPhone: ${PH(usPhone(r))}  Email: ${EM(enMail(w))}\nEmployer: ${emp}  Monthly income: $${yen(r.int(32, 95) * 100)}\nCurrent landlord: ${PN(ll.full)}, ${PH(usPhone(r))}\nEmergency contact: ${PN(ec.full)} (sister) ${PH(usPhone(r))}\n${note}`.trim(),
    );
  }
  for (let k = 0; k < 3; k++) {
    const w = E_();
    const co = k === 1 ? E_() : null;
    const rep = E_();
    add(
      `carfinance-en-${k}`,
      'car_dealer_en',
      `CREDIT APPLICATION — ${r.pick(['Sunrise Toyota of Plano', 'Lakeview Honda', 'Metro Subaru'])}\nBuyer: ${PN(w.full)}   DOB ${DOB(dobEn(r))}   SSN ${SSN(ssn(r).replace(/-/g, k === 2 ? ' ' : '-'))}\nAddress: ${AD(r.pick(US_ADDR))}   Time at address: ${r.int(1, 9)} yrs\nCell: ${PH(usPhone(r))}\nEmployer: ${r.pick(['Texas Instruments', 'Kroger', 'State Farm'])}, work phone ${PH(usPhone(r))}\nGross monthly income: $${yen(r.int(38, 120) * 100)}\n${co ? `Co-buyer: ${PN(co.full)}   SSN ${SSN(ssn(r))}\n` : ''}Vehicle: 2024 ${r.pick(['RAV4 XLE', 'CR-V EX', 'Outback Premium'])} VIN ${r.pick(['2T3P1RFV', '7FARW2H5', '4S4BTAFC'])}${r.digits(9)}\nTrade-in: 2015 Civic, plate ${r.pick(['TX', 'IL'])} ${r.pick(['KLM', 'BX7', 'RTD'])}-${r.digits(4)}\nSales rep: ${PN(rep.full)}`,
    );
  }
  for (let k = 0; k < 5; k++) {
    const w = E_();
    const ag = E_();
    const d = `${r.int(201, 989)} ${r.int(201, 989)} ${r.digits(4)}`;
    const lines = [
      [`Agent: thank you for calling ${SHOPS[k]} this is ${PN(ag.first)} how can I help`, `Caller: hi yeah I ordered a tent like two weeks ago and it never showed up`, `Agent: sorry about that can I get the name on the order`, `Caller: sure it's ${PN(w.full)} last name ${PN(w.last.toUpperCase().split('').join('-'))}`, `Agent: and the phone number on the account`, `Caller: ${PH(d.replace(' ', ' uh '))}`, `Agent: perfect I see order ${r.digits(7)} it was returned to sender because the address was incomplete can you confirm your address`, `Caller: ${AD(r.pick(US_ADDR))}`],
      [`AGENT okay so to process the refund by card I need the full number`, `CALLER ok it's ${CC(card(r, ' ').replace(/ /, ' um '))}`, `AGENT and the name on the card`, `CALLER ${PN(w.full)}`, `AGENT thanks ${PN(w.first)} that's been refunded you'll see it in five to seven days`],
      [`Agent: leasing office this is ${PN(ag.full)}`, `Caller: hi this is ${PN(w.first)} in unit ${r.int(101, 420)} I'm calling because rent will be late this month`, `Caller: ${SEN("I've been in the hospital for my chemo")} and haven't been able to get to the bank`, `Agent: I'm so sorry I'll note that can you reach me at ${PH(usPhone(r))} when it's sent`],
      [`Agent: for the credit application I need your social`, `Caller: it's ${SSN(ssn(r).replace(/-/g, ' '))}`, `Agent: and date of birth`, `Caller: ${DOB(dobEn(r))}`, `Agent: thank you ${PN(w.first)} and a good callback number`, `Caller: ${PH(usPhone(r))}`],
      [`Caller: I'm calling from Tokyo about my order my name is ${PN(w.full)}`, `Agent: could you spell the last name`, `Caller: ${PN(w.last.toUpperCase().split('').join(' '))}`, `Agent: and your phone`, `Caller: ${PH(`${r.pick(MOB)} ${r.int(1, 9)}${r.digits(3)} ${r.digits(4)}`)}`, `Agent: the delivery address is ${AD(r.pick(ADDRS).addr)} right`, `Caller: yes`],
    ][k];
    add(`call-en-${k}`, 'call_transcript_en', lines.join('\n'));
  }
  for (let k = 0; k < 3; k++) {
    const w = E_();
    add(
      `webform-en-${k}`,
      'webform_mail_en',
      `New submission: ${['Schedule a viewing', 'Book a test drive', 'Contact us'][k]}\n\nName: ${PN(w.full)}\nEmail: ${EM(enMail(w))}\nPhone: ${PH(usPhone(r))}\n${k === 0 ? `Current address: ${AD(r.pick(US_ADDR))}\n` : ''}Message: ${['Interested in the 2BR on Elm, available Saturdays.', 'Would like to test drive the hybrid next week.', 'Please call me about my warranty claim.'][k]}\n\nSubmitted ${r.int(1, 28)} Feb 2026 via website`,
    );
  }
  for (let k = 0; k < 3; k++) {
    const w = E_();
    const st = E_();
    const sig = `${st.full}\nCustomer Care | ${SHOPS[k + 3]}\n${AD('1-9-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo')} ${ZIP('160-0023')}\n${PH(`+81 3-${r.int(5000, 6999)}-${r.digits(4)}`)} | ${EM(`care@${SHOPDOM[k + 3]}`)}`.replace(st.full, PN(st.full));
    add(
      `thread-en-${k}`,
      'mail_thread_en',
      `From: ${PN(w.full)} <${EM(enMail(w))}>\nSubject: Re: Exchange for size 27\n\nHi ${PN(st.first)},\nThanks — I've sent the shoes back with Royal Mail, ref ${r.pick(['RM', 'KN'])}${r.digits(9)}GB. Please ship the new pair to my work address:\n${AD(r.pick(UK_ADDR))}\nBest, ${PN(w.first)}\n\nOn ${r.int(1, 28)} Feb 2026, at 10:${p2(r.int(0, 59))}, ${PN(st.full)} <${EM(`care@${SHOPDOM[k + 3]}`)}> wrote:\n> Dear ${PN(w.full)},\n> We're happy to exchange. Please return the item to the address below.\n> ${sig.split('\n').join('\n> ')}`,
    );
  }
  {
    const w = E_();
    add('vcard-en', 'vcard', `BEGIN:VCARD\nVERSION:3.0\nN:${PN(w.last)};${PN(w.first)};;;\nFN:${PN(w.full)}\nORG:${r.pick(['Pinecrest Realty', 'Metro Subaru'])}\nTITLE:Sales Consultant\nTEL;TYPE=WORK:${PH(usPhone(r))}\nTEL;TYPE=CELL:${PH(usPhone(r))}\nEMAIL:${EM(enMail(w))}\nADR;TYPE=WORK:;;${AD('2300 Commerce St, Suite 110')};Dallas;TX;75201;USA\nEND:VCARD`);
  }
  {
    const de = 'Jörg|Lindemann'.split('|');
    const fr = 'Amélie|Rousseau'.split('|');
    const nl = 'Daan|Visser'.split('|');
    add('refund-iban-1', 'refund_en', `Refund request — Order ${orderNo(r)}\nCustomer: ${PN(de.join(' '))}, ${AD('Bergmannstraße 57, 10961 Berlin')}\nThe card used has expired, please refund by bank transfer.\nIBAN: ${IB(iban('DE', `${r.digits(8)}${r.digits(10)}`))}\nBIC: COBADEFFXXX\nAmount: EUR ${r.int(30, 300)}.${r.digits(2)}`);
    add('refund-iban-2', 'refund_en', `Hello, je m'appelle ${PN(fr.join(' '))}. Mon colis n'est jamais arrivé (suivi ${r.digits(13)}).\nMerci de me rembourser sur mon compte : ${IB(iban('FR', `${r.digits(10)}${r.digits(11)}${r.digits(2)}`, false))}\nTél. ${PH(`+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`)}\n${EM('amelie.rousseau@orange.fr')}`);
    add('refund-iban-3', 'refund_en', `Zendesk ticket — Refund via SEPA\nRequester: ${PN(nl.join(' '))} (${EM(`daan.visser${r.int(10, 99)}@ziggo.nl`)})\nAccount holder: ${PN(`D. ${nl[1]}`)}\nIBAN ${IB(iban('NL', `ABNA${r.digits(10)}`))}\nReason: returned duvet cover, received ${date26(r)}`);
  }
  for (let k = 0; k < 2; k++) {
    const a = A_();
    const f = FOREIGN[k + 1];
    add(
      `rental-en-jp-${k}`,
      'rental_application_en',
      `Application for Lease (English form) — ${r.pick(BUKKEN)}\nName (as on residence card): ${PN(f[1])}\nName (katakana): ${PN(f[0])}\nDate of birth: ${DOB(dobEn(r))}\nResidence card no.: ${RC(rc(r))}\nPassport no.: ${r.pick(['P', 'E', 'EA'])}${r.digits(7)}\nCurrent address in Japan: ${AD(a.addr)}\nMobile: ${PH(phone(r, 0, true))}\nEmployer: ${r.pick(EMPLOYERS)[0]}\nEmergency contact in Japan: ${PN(nm(P_()))} ${PH(phone(r, 0))}`,
    );
  }

  // ---- hard negatives (ja) ----------------------------------------------------------------------------------
  const jan = () => {
    const b = `49${r.digits(10)}`;
    let s = 0;
    for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1);
    return b + String((10 - (s % 10)) % 10);
  };
  const AREAS = ['東京都中野区', '神奈川県藤沢市', '大阪府吹田市', '福岡市中央区', '札幌市豊平区', '名古屋市昭和区', '京都市左京区', '埼玉県川口市', '仙台市若林区', '広島市西区'];
  const LINES = ['JR中央線「中野」', '小田急江ノ島線「藤沢本町」', '阪急千里線「南千里」', '地下鉄空港線「赤坂」', '地下鉄東豊線「学園前」', '地下鉄鶴舞線「川名」', '叡山電鉄「元田中」', 'JR京浜東北線「西川口」', '地下鉄東西線「連坊」', 'アストラムライン「中筋」'];
  for (let k = 0; k < 5; k++) {
    const rows: string[] = [];
    for (let j = 0; j < r.int(3, 5); j++) {
      const i = r.int(0, AREAS.length - 1);
      rows.push(k % 2 === 0 ? `${r.pick(BUKKEN)}\t${AREAS[i]}\t${LINES[i]}駅 徒歩${r.int(2, 18)}分\t${r.pick(['1K', '1LDK', '2LDK', '3DK'])}\t${r.int(18, 70)}.${r.digits(2)}㎡\t築${r.int(1, 45)}年\t${(r.int(45, 160) / 10).toFixed(1)}万円\t管理費${r.int(2, 12)}000円` : ((t) => `■${AREAS[i]}　${t}　${r.int(1980, 6980)}万円\n　交通：${LINES[i]}駅 徒歩${r.int(3, 20)}分　${t === '中古マンション' ? `築${r.int(3, 35)}年` : t === '土地' ? `土地${r.int(90, 250)}㎡` : '2026年3月完成予定'}　物件番号 ${r.digits(8)}`)(r.pick(['中古マンション', '新築戸建', '土地'])));
    }
    neg(`listing-${k}`, 'property_listing_ja', k % 2 === 0 ? `物件名\tエリア\t最寄り駅\t間取り\t専有面積\t築年数\t賃料\t管理費\n${rows.join('\n')}` : `今週の新着物件（${date26(r)}更新）\n${rows.join('\n')}\n※価格は税込。詳細は店頭またはお電話で。`);
  }
  for (let k = 0; k < 4; k++) {
    const rows: string[] = [];
    for (let j = 0; j < r.int(4, 6); j++) rows.push([`${r.pick(['MK', 'HB', 'SG', 'KT'])}-${r.digits(4)}${r.pick(['', '-BK', '-NV', '-L'])}`, r.pick(ITEMS)[0], jan(), k % 2 ? yen(r.int(8, 300) * 100) : String(r.int(8, 300) * 100), String(r.int(0, 240))].join(k % 2 ? '\t' : ','));
    neg(`catalogue-${k}`, 'catalogue_ja', `${k % 2 ? '品番\t商品名\tJANコード\t売価\t在庫' : '型番,商品名,JAN,税込価格,在庫数'}\n${rows.join('\n')}`);
  }
  neg('price-shaken', 'price_list_ja', `車検基本料金表（税込）\n軽自動車　　　${yen(r.int(20, 30) * 1000)}円\n小型乗用車　　${yen(r.int(30, 40) * 1000)}円\n中型乗用車　　${yen(r.int(40, 50) * 1000)}円\n大型乗用車　　${yen(r.int(50, 60) * 1000)}円\n※法定費用（重量税・自賠責・印紙代）別途\n※2026年3月末までのご予約で代車無料`);
  neg('price-chukai', 'price_list_ja', `仲介手数料の上限（宅地建物取引業法）\n売買価格200万円以下の部分：5.5%\n200万円超400万円以下の部分：4.4%\n400万円超の部分：3.3%\n賃貸：賃料の1.1か月分\n例）売買価格3,000万円の場合：1,056,000円（税込）`);
  neg('price-repair', 'price_list_ja', `原状回復費用の目安\n| 項目 | 単価 | 負担区分 |\n|---|---|---|\n| クロス張替 | 1,100円/㎡ | 経年劣化は貸主 |\n| ハウスクリーニング 1K | 33,000円 | 借主（特約） |\n| 鍵交換 | 22,000円 | 借主 |\n| 畳表替え | 5,500円/枚 | 協議 |`);
  neg('store-open-1', 'store_notice_ja', `【新店舗オープンのお知らせ】\n${SHOPS[1]}は${r.int(3, 5)}月${r.int(1, 28)}日（土）、静岡市葵区に実店舗をオープンします。\n営業時間 10:00〜19:00（水曜定休）\nオープン記念として先着100名様に新米2合をプレゼント。`);
  neg('store-open-2', 'store_notice_ja', `カーズ北斗は${date26(r)}、旭川市と帯広市に新たに認定中古車センターを開設いたします。展示台数は各店約120台、整備工場を併設します。`);
  neg('store-close', 'store_notice_ja', `閉店のお知らせ\n誠に勝手ながら、ハウスリンク不動産 八王子駅前店は${r.int(2026, 2026)}年${r.int(4, 6)}月末日をもって閉店し、立川店に統合いたします。`);
  for (let k = 0; k < 3; k++) {
    const rows: string[] = [];
    for (let j = 0; j < r.int(4, 6); j++) rows.push([VIN_JP(r), r.pick(CARS), `${r.int(2012, 2023)}年`, `${yen(r.int(5, 150) * 1000)}km`, plate(r), r.pick(['AA', 'USS', 'TAA']) + `会場 ${r.int(1000, 9999)}番`].join(k === 1 ? ' | ' : ','));
    neg(`vin-${k}`, 'vehicle_list_ja', `${k === 1 ? '車台番号 | 車名 | 年式 | 走行 | 登録番号 | 出品' : '車台番号,車名,年式,走行距離,登録番号,出品番号'}\n${rows.join('\n')}`);
  }
  for (let k = 0; k < 3; k++) {
    const rows = ['東京都', '大阪府', '神奈川県', '愛知県', '福岡県', '北海道'].map((x) => `${x}\t${r.int(200, 3000)}\t${yen(r.int(100, 9000) * 1000)}\t${(r.int(5, 40) / 10).toFixed(1)}%`);
    neg(`stats-${k}`, 'order_stats_ja', `${['1月', '2月', '3月'][k]}度 都道府県別受注実績\n都道府県\t件数\t売上（円）\t返品率\n${rows.join('\n')}\n合計 ${r.int(5000, 20000)}件`);
  }
  for (let k = 0; k < 4; k++) {
    const rows: string[] = [];
    for (let j = 0; j < r.int(4, 6); j++) {
      const tn = k % 2 === 0 ? mn(`${r.int(2, 9)}${r.digits(10)}`) : `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
      const on = luhn(`${r.int(1, 9)}${r.digits(14)}`);
      rows.push(`${on}\t${tn}\t${r.pick(['ヤマト運輸', '佐川急便', '日本郵便'])}\t${r.pick(['配達完了', '輸送中', '持戻り', '営業所保管'])}\t${date26(r)}`);
    }
    neg(`tracking-${k}`, 'tracking_table_ja', `受注番号\t問い合わせ番号\t配送業者\tステータス\t更新日\n${rows.join('\n')}`);
  }
  neg('campaign-1', 'campaign_mail_ja', `件名：{{last_name}}様へ 誕生月クーポンのお届け\n\n{{last_name}} {{first_name}} 様\n\nお誕生日おめでとうございます！\n{{birthday_month}}月中に使える500円OFFクーポンをお贈りします。\nクーポンコード：BD{{coupon_code}}\n\n配信停止はこちら：{{unsubscribe_url}}`);
  neg('campaign-2', 'campaign_mail_ja', `%%氏名%%様\n\nいつも${SHOPS[0]}をご利用いただきありがとうございます。\n会員番号：%%会員番号%%\nご登録住所：〒%%郵便番号%% %%住所%%\n現在のポイント：%%ポイント%%pt（${date26(r)}失効）`);
  neg('campaign-3', 'campaign_mail_ja', `【LINE配信テンプレート】\n${'{'}nickname${'}'}さん、こんにちは🍎\n今年のサンふじ予約受付を開始しました！早割は${date26(r)}まで。\n▼ご注文はこちら\nhttps://shinshu-ringo.jp/lp/2026?utm_source=line&uid={uid}`);
  neg('campaign-4', 'campaign_mail_ja', `車検案内DM 差し込み設定\n宛名：［顧客名］様\n車両：［車名］［登録番号］\n満了日：［車検満了日］\n担当：［担当者名］\n※差し込み項目はCSVの列名と一致させること`);
  neg('company-1', 'company_page_ja', `会社概要\n商号　株式会社ハウスリンク不動産\n設立　2004年4月\n資本金　5,000万円\n店舗　東京都内12店舗（八王子、立川、国分寺、町田 ほか）、神奈川県内5店舗（相模原、大和 ほか）\n事業内容　不動産の売買・賃貸仲介、賃貸管理\nお問い合わせはWebフォームから`);
  neg('company-2', 'company_page_ja', `About us — ${SHOPS[3]}\n長野県松本市で創業し、現在は松本・安曇野・上田の3店舗とオンラインストアを運営しています。キャンプ用品のレンタルも行っています。`);
  neg('form-template-1', 'form_template_ja', `入居申込書 記入例\n氏名：山田 太郎（記入例）\n生年月日：19XX年XX月XX日\n電話番号：090-0000-0000\n住所：〇〇県〇〇市〇〇町1-2-3\n※太枠内をご記入ください`);
  neg('form-template-2', 'form_template_ja', `返品伝票の書き方\n① ご依頼主欄に「ご注文者様のお名前・ご住所・お電話番号」をご記入ください\n② お届け先欄は当店返品センターの住所をご記入ください（同梱の宛名シールを貼付）\n③ 品名欄に「返品・注文番号」を記入`);
  neg('market-1', 'market_report_ja', `首都圏中古マンション市況（${r.int(2025, 2026)}年${r.int(1, 12)}月）\n成約件数 ${yen(r.int(2800, 3800))}件（前年同月比 +${r.int(1, 9)}.${r.int(0, 9)}%）\n成約㎡単価 ${r.int(75, 85)}.${r.int(0, 9)}万円\n平均築年数 ${r.int(23, 27)}.${r.int(0, 9)}年\n東京都区部 ${r.int(120, 140)}.${r.int(0, 9)}万円/㎡、多摩 ${r.int(50, 60)}.${r.int(0, 9)}万円/㎡、横浜・川崎 ${r.int(60, 70)}.${r.int(0, 9)}万円/㎡`);

  // ---- hard negatives (en) ----------------------------------------------------------------------------------
  neg('en-catalogue-1', 'catalogue_en', `SKU,Title,UPC,Price,Inventory\n${Array.from({ length: 5 }, () => `SL-${r.digits(4)},${r.pick(['Linen Apron - Natural', 'Stainless Bottle 500ml', 'Merino Beanie', 'Camp Mug 2-pack', 'Trail Runner 2 - Men 10', 'Baby Bodysuit 5-pack'])},0${r.digits(11)},${r.int(15, 220)}.99,${r.int(0, 400)}`).join('\n')}`);
  neg('en-catalogue-2', 'catalogue_en', `Spring lookbook — Outdoor\n• Solo Tent 1P (model ST-1P-BG) $189\n• Low Camp Chair (CC-L-01) $69\n• Stainless Bottle 500 ml (SB-500) $22\nFree shipping over $75 to the contiguous US.`);
  neg('en-listing-1', 'property_listing_en', `NEW LISTINGS — Plano / Frisco\n3 bd | 2 ba | 1,850 sqft | built 2006 | $2,450/mo | near Legacy West\n2 bd | 2 ba | 1,120 sqft | built 2015 | $1,780/mo | 5 min to DART Red Line\n4 bd | 3 ba | 2,640 sqft | built 1998 | $3,100/mo | Frisco ISD`);
  neg('en-listing-2', 'property_listing_en', `Open house this weekend in Ann Arbor: renovated 1920s craftsman, 3 bedrooms, walk to Kerrytown. MLS #${r.digits(8)}. List price $${yen(r.int(400, 700) * 1000)}.`);
  neg('en-tracking-1', 'tracking_table_en', `Order\tCarrier\tTracking\tStatus\n${Array.from({ length: 5 }, () => `${luhn(`${r.int(1, 9)}${r.digits(15)}`)}\t${r.pick(['UPS', 'FedEx', 'USPS'])}\t1Z${r.digits(4)}E${r.digits(11)}\t${r.pick(['Delivered', 'In transit', 'Label created'])}`).join('\n')}`);
  neg('en-tracking-2', 'tracking_table_en', `Gift card batch #${r.int(100, 999)} (activation pending)\n${Array.from({ length: 4 }, () => luhn(`6${r.digits(14)}`).replace(/(\d{4})(?=\d)/g, '$1 ')).join('\n')}\nValue: $50 each. Not valid until activated at POS.`);
  neg('en-campaign-1', 'campaign_mail_en', `Subject: {{first_name}}, your cart misses you\n\nHi {{first_name}},\nYou left {{cart.item_count}} items in your cart. Complete your order with code COMEBACK10.\nShip to: {{shipping_address.city}}, {{shipping_address.province_code}}\n{{unsubscribe_link}}`);
  neg('en-campaign-2', 'campaign_mail_en', `Dear *|FNAME|* *|LNAME|*,\nYour lease renewal for unit *|UNIT|* is coming up on *|RENEWAL_DATE|*. Reply to this email or call the leasing office.\n— The Residences at Elm Park`);
  neg('en-stats-1', 'order_stats_en', `Weekly KPIs (W07)\nOrders: ${yen(r.int(1000, 5000))}\nAOV: $${r.int(40, 90)}.${r.digits(2)}\nReturn rate: ${r.int(3, 9)}.${r.digits(1)}%\nTop states: TX 18%, CA 15%, NY 9%\nRepeat customers: ${r.int(20, 45)}%`);
  neg('en-vin-1', 'vehicle_list_en', `Used inventory export\nStock,VIN,Year,Make,Model,Miles,Price\n${Array.from({ length: 4 }, () => ((m) => `U${r.digits(5)},${m[0]}${r.pick(['X', 'J', 'K'])}${r.pick(['A', 'U', 'L'])}${r.digits(6)},${r.int(2016, 2023)},${m[1]},${m[2]},${r.int(10, 90) * 1000},${r.int(15, 40) * 1000}`)(r.pick([['1HGCV1F3', 'Honda', 'Accord'], ['4T1B11HK', 'Toyota', 'Camry'], ['JTMW1RFV', 'Toyota', 'RAV4'], ['5YJ3E1EA', 'Tesla', 'Model 3']]))).join('\n')}`);
  neg('en-company-1', 'company_page_en', `About Metro Subaru\nFamily-owned since 1987, with showrooms in Dallas, Fort Worth and Denton. Service center open Saturdays. Contact us through our website.`);
  neg('en-policy-1', 'policy_en', `Returns policy\nItems can be returned within 30 days of delivery. Refunds are issued to the original payment method within 5–7 business days. Final-sale items and gift cards cannot be returned.`);

  return out;
}

export const INDEPENDENT10: IndependentDoc[] = buildIndependent10();
