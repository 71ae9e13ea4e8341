// Thirteenth independent labelled test set: small Japanese businesses and local communities, as their paper and fax
// turns into text. FAX送付状 and faxed 注文書, 見積書 / 請求書 / 納品書 with 担当者 and 振込先, 工務店 / リフォーム 顧客台帳,
// 美容室 and 整骨院 カルテ, 学習塾 / 習い事 入会申込書, 自治会・町内会 名簿 and 回覧板, PTA 連絡網, 年賀状 住所録 exports (筆まめ /
// 筆ぐるめ CSV), 寺院の檀家名簿 and 神社の氏子名簿, 病院受付 問診票, 介護タクシー 予約, クリーニング店・酒屋 配達台帳, 中古車・質屋
// 本人確認記録 (古物台帳), and text as OCR reads paper: ロ for 口, ー for 一, O for 0, broken lines, letter-spaced names,
// full-width and half-width mixed, 〒 and TEL written many ways, 〃 ditto marks, kanji numerals in addresses. About 90%
// Japanese. Hard negatives (ids `neg-`): flyers and menus with prices, 回覧板 notices without names, 市報 / 広報 event
// articles, 営業時間・定休日 notices, catalogues with JAN and 型番, invoice templates with 記入例 placeholders, facility
// guides that give only directions, delivery slips whose numbers pass Luhn or the My Number check on purpose.
//
// Written without reading the detector (utils/ except types.ts), its tests and benches, or the synthetic generator (only
// its `rng` is imported), and never run against the detector while being written. Follows the LABELLING CONVENTIONS in
// the header of test/corpus/independent.ts (set #1) and the decisions added in sets #3, #5, #6, #7, #8, #9, #10 and
// #11, and reuses set #1's helpers. Deterministic (seed 131313); values invented; My Number, corporate number, card and
// IBAN check digits computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases the earlier sets do not settle)
// - Public facilities (公民館, 市役所 支所, 図書館, 体育館, 保健センター, 寺社 as a place): their street address and phone are
//   labelled jp_address / phone wherever they are written with block numbers or a number, consistent with set #1 (a
//   phone shape in contact position is a phone) and set #9 (a page showing a street address or phone is not a negative).
//   A guide that names the facility, the station, the bus stop and directions only (「○○駅から徒歩8分」「市役所の隣」) has
//   no address and is a neg- doc.
// - 町内会 / 自治会 rolls and 回覧順: an address written from the 町名 or 字 without the city (「本町三丁目4番5号」
//   「字中原112」) is jp_address, as it identifies a household within the roll; a 班 / 組 number alone is not labelled.
//   A 〃 ditto mark standing for the 町名 is inside the span when it starts the address cell (「〃 4-12」 → the whole cell).
// - Households named by family name alone (「3班 佐藤」「回覧順 田中→鈴木」「〇〇家」 without 家) are person_name (set #1
//   family-name rule); the 家 suffix and honorifics are outside the span. A death notice (訃報) labels the deceased's name
//   (set #7: deceased people are labelled); the death, 享年, 通夜 / 告別式 dates and the 斎場 are not.
// - Religious rolls: a temple's 檀家名簿 / 過去帳 and a shrine's 氏子名簿 / 崇敬者名簿 state membership of a religious body
//   (creed, set #11): the title phrase naming the body and the roll is one sensitive span per document. A 戒名 / 法名 in a
//   過去帳 is a person_name (a name that singles out the deceased, like the alias of set #6), a separate span from the 俗名.
//   Offering amounts (護持会費, 初穂料), 墓地の区画番号 and 命日 are not labelled. A shrine festival notice with no person
//   is a neg-.
// - Allergies and skin conditions of a salon customer (ジアミン / パーマ液 かぶれ, アトピー, 円形脱毛症), pregnancy and
//   breast-feeding noted on a salon card, injuries on an 整骨院 card (負傷名, 負傷原因 when it states an injury) are
//   sensitive (medical), label: value span when so written, else the shortest phrase. Hair type, preferred style,
//   「敏感肌」 without a diagnosis and 「アレルギー：なし」 are not labelled. A 交通事故 as the cause of an injury is not
//   crime_victim by itself.
// - 質屋 / 古物台帳: the 特徴 column the 質屋営業法 asks for (「眼鏡着用」「身長170cm位」), 職業 and 年齢 are not labelled.
//   本人確認書類 numbers are labelled by type (set #10). The My Number card: a business may not copy the 個人番号 when the
//   card is used only to confirm identity, so a record that says 「マイナンバーカード（個人番号は記録しない）」 carries no
//   my_number; when a clerk nevertheless wrote the 12 digits down, they are my_number (the data is there). The card's
//   有効期限, 交付日, 暗証番号 hints and the 4-digit セキュリティコード are not labelled.
// - インボイス 登録番号: T + a corporation's 法人番号 → the 13 digits are corporate_number (the T outside, set #4 / #10).
//   A sole proprietor's 登録番号 (T + 13 digits not derived from a corporate number) is not a 法人番号 and is not labelled;
//   it occurs only in mixed documents, next to the proprietor's labelled name and phone.
// - 屋号 (「ヘアサロン ミドリ」「山本工務店」「酒のたかはし」) are organisation names and are not labelled even when they hold a
//   family name or a given name; the proprietor named as a person (店主 山本 様) is.
// - Letter-spaced names from OCR (「田 中　一 郎」) and names with misread characters (「山ロ」 for 山口, 「ー郎」 for 一郎) are one
//   person_name span as written. Phones with O for 0 (「O90-...」) are labelled when a reader would dial them (set #6).
// - 年賀状 住所録 exports: 連名 (joint addressees, often a given name only) are person_name; 敬称 (様, 殿, 御中) cells,
//   喪中 flags and 出欠 marks are not labelled. 住所1 and 住所2 in adjacent cells are one span (set #5 rule), the quotes and
//   comma between them included.
// - Delivery and pickup ledgers (クリーニング, 酒屋, 米屋): the customer's name, address and phone are labelled; 預り番号,
//   タグ番号, 伝票番号 and 品目 are not. 「〇〇様方」 (c/o) — the person named is labelled without 様方.
// - A birthday written without a year on a salon or shop card (「誕生日：2月25日」) is date_of_birth: it is the person's
//   birth date, partial. Dates of visits, patch tests, deliveries, 負傷日 and 初検日 are not.
// - Generic field labels that do not name the fact (備考, 注意事項, メモ, 健康面で気をつけること) are outside a sensitive span;
//   labels that name it (アレルギー, 既往歴, 負傷名, 現在治療中の病気, 服用中の薬) are inside (set #1 label: value rule).
// - A 〃 in a phone column stands for the number above but repeats no digits: it is not a phone span. A 〃 in an
//   address column is inside the jp_address span (decision above). Symptoms a patient writes in a 問診票 (「本日の症状」
//   「どこが痛みますか」) are sensitive (medical), the answer only; 「特になし」「なし」 are not labelled.
// - 介護タクシー: 要介護度, 車椅子 / ストレッチャー use and the reason for the ride when it is a treatment (「人工透析」) are
//   sensitive (disability / medical, set #7); 乗降場所 named as a hospital without a condition is not.

import { rng } from './generate';
import { AD, BA, CC, CORP, corp, doc, DL, DOB, EM, fw, hira, hwKana, IB, iban, type IndependentDoc, INS, L, luhn, MN, mn, PEN, PH, PN, PP, RC, SEN, SSN, ZIP } from './independent';

type R = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

interface P {
  sei: string;
  seiK: string;
  mei: string;
  meiK: string;
  ro: string; // romaji family name for mail addresses
  f: boolean;
}
const FAM = `佐々木:ササキ:sasaki 工藤:クドウ:kudo 菅原:スガワラ:sugawara 千葉:チバ:chiba 阿部:アベ:abe 猪狩:イガリ:igari
目黒:メグロ:meguro 帯刀:タテワキ:tatewaki 二階堂:ニカイドウ:nikaido 九十九:ツクモ:tsukumo 五味:ゴミ:gomi 米澤:ヨネザワ:yonezawa
宍戸:シシド:shishido 纐纈:コウケツ:koketsu 釜谷:カマヤ:kamaya 砂川:スナガワ:sunagawa 仲宗根:ナカソネ:nakasone 島袋:シマブクロ:shimabukuro
知念:チネン:chinen 小鳥遊:タカナシ:takanashi 百目鬼:ドウメキ:domeki 御手洗:ミタライ:mitarai 四十物:アイモノ:aimono 瓜生:ウリュウ:uryu
鬼塚:オニヅカ:onizuka 雲雀:ヒバリ:hibari 田中:タナカ:tanaka 鈴木:スズキ:suzuki 山本:ヤマモト:yamamoto 加藤:カトウ:kato
小川:オガワ:ogawa 岡田:オカダ:okada 藤井:フジイ:fujii 後藤:ゴトウ:goto 村上:ムラカミ:murakami 遠藤:エンドウ:endo
青木:アオキ:aoki 坂本:サカモト:sakamoto 石井:イシイ:ishii 太田:オオタ:ota 藤原:フジワラ:fujiwara 原田:ハラダ:harada
野口:ノグチ:noguchi 関口:セキグチ:sekiguchi 川口:カワグチ:kawaguchi 樋口:ヒグチ:higuchi 溝口:ミゾグチ:mizoguchi 大久保:オオクボ:okubo
渡部:ワタナベ:watanabe 柳田:ヤナギダ:yanagida 落合:オチアイ:ochiai 笹川:ササガワ:sasagawa 堀内:ホリウチ:horiuchi 戸田:トダ:toda
鶴見:ツルミ:tsurumi 能登:ノト:noto 桑原:クワバラ:kuwabara 蛭田:ヒルタ:hiruta 神保:ジンボ:jinbo 乙部:オトベ:otobe`
  .split(/\s+/)
  .map((x) => x.split(':'));
const GM = `清:キヨシ 文雄:フミオ 勝:マサル 正二:ショウジ 源三郎:ゲンザブロウ 義男:ヨシオ 茂:シゲル 昭一:ショウイチ 和夫:カズオ
陽翔:ハルト 蒼:アオイ 湊:ミナト 律:リツ 朔:サク 悠人:ユウト 大和:ヤマト 樹:イツキ 颯太:ソウタ 健太郎:ケンタロウ 秀樹:ヒデキ
直人:ナオト 哲也:テツヤ 一郎:イチロウ 伸二:シンジ 光太:コウタ 晴臣:ハルオミ 篤:アツシ 雄大:ユウダイ 孝之:タカユキ`
  .split(/\s+/)
  .map((x) => x.split(':'));
const GF = `ハル:ハル トメ:トメ 千代子:チヨコ 喜代子:キヨコ 久子:ヒサコ 節子:セツコ 和子:カズコ 文江:フミエ 君枝:キミエ
結菜:ユイナ 芽依:メイ 碧:アオイ 紬:ツムギ 陽葵:ヒマリ 琴音:コトネ 凪:ナギ 美咲:ミサキ 彩花:アヤカ 真理子:マリコ 恵子:ケイコ
裕美:ヒロミ 由香:ユカ 沙織:サオリ 麻美:アサミ 典子:ノリコ 順子:ジュンコ 朋美:トモミ 杏奈:アンナ 美穂:ミホ 菜摘:ナツミ`
  .split(/\s+/)
  .map((x) => x.split(':'));

interface A {
  zip: string;
  pref: string;
  city: string;
  rest: string; // town + block numbers (+ building)
  ac: string; // area code
}
const ADDR: A[] = [
  ['963-8001', '福島県', '郡山市', '大町二丁目14番3号', '024'],
  ['399-0651', '長野県', '塩尻市', '大字広丘吉田1032-7', '0263'],
  ['321-4305', '栃木県', '真岡市', '荒町三丁目45番地2', '0285'],
  ['916-0025', '福井県', '鯖江市', '旭町一丁目2-18', '0778'],
  ['679-4167', '兵庫県', 'たつの市', '龍野町富永305番地', '0791'],
  ['861-8035', '熊本県', '熊本市東区', '御領六丁目8-21', '096'],
  ['038-0003', '青森県', '青森市', '石江字江渡97-4', '017'],
  ['780-0870', '高知県', '高知市', '本町四丁目1番37号', '088'],
  ['299-4301', '千葉県', '長生郡一宮町', '一宮2815', '0475'],
  ['502-0812', '岐阜県', '岐阜市', '八代二丁目11-6', '058'],
  ['904-2143', '沖縄県', '沖縄市', '知花五丁目22番9号', '098'],
  ['441-8124', '愛知県', '豊橋市', '野依町字西川12-3', '0532'],
  ['014-0061', '秋田県', '大仙市', '大曲栄町6-18 コーポ栄102', '0187'],
  ['690-0842', '島根県', '松江市', '東本町三丁目4番5号', '0852'],
  ['880-0805', '宮崎県', '宮崎市', '橘通東一丁目7-4 橘ビル3F', '0985'],
  ['329-2711', '栃木県', '那須塩原市', '石林698-15', '0287'],
  ['421-0137', '静岡県', '静岡市駿河区', '寺田188-2', '054'],
  ['755-0031', '山口県', '宇部市', '常盤町一丁目6-30', '0836'],
  ['077-0032', '北海道', '留萌市', '宮園町4丁目51', '0164'],
  ['933-0014', '富山県', '高岡市', '野村1543番地', '0766'],
  ['649-6226', '和歌山県', '岩出市', '西国分624-8', '0736'],
  ['849-0921', '佐賀県', '佐賀市', '高木瀬西五丁目3-12', '0952'],
  ['761-8074', '香川県', '高松市', '太田上町481-3 メゾン太田201', '087'],
  ['252-0231', '神奈川県', '相模原市中央区', '相模原四丁目3-14', '042'],
  ['343-0845', '埼玉県', '越谷市', '南越谷一丁目21番4号 サンハイム越谷305', '048'],
  ['184-0004', '東京都', '小金井市', '本町五丁目11-2', '042'],
  ['573-0032', '大阪府', '枚方市', '岡東町12-3 ひらかたハイツ502', '072'],
  ['670-0012', '兵庫県', '姫路市', '本町68', '079'],
  ['990-0039', '山形県', '山形市', '香澄町二丁目9-21', '023'],
  ['374-0024', '群馬県', '館林市', '本町三丁目4番5号', '0276'],
  ['518-0873', '三重県', '伊賀市', '上野丸之内22-4', '0595'],
  ['797-0015', '愛媛県', '西予市', '宇和町卯之町四丁目170', '0894'],
  ['026-0025', '岩手県', '釜石市', '大渡町一丁目3-8', '0193'],
  ['957-0053', '新潟県', '新発田市', '中央町二丁目7番12号', '0254'],
  ['891-0114', '鹿児島県', '鹿児島市', '小松原一丁目40-3 コーポ小松原203', '099'],
  ['622-0041', '京都府', '南丹市', '園部町小山東町藤ノ木21', '0771'],
].map(([zip, pref, city, rest, ac]) => ({ zip, pref, city, rest, ac }));

const BANKS = ['北陸銀行', '十六銀行', '伊予銀行', '七十七銀行', '常陽銀行', '山陰合同銀行', '琉球銀行', '東邦銀行', '静岡銀行', '肥後銀行', 'しまなみ信用金庫', '城南信用金庫', 'JAバンク', 'ゆうちょ銀行'];
const BRANCH = ['本店営業部', '駅前支店', '中央支店', '東支店', '本町支店', '北口支店', '市役所出張所'];
const KANJI_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const p2 = (n: number) => String(n).padStart(2, '0');

export function buildIndependent13(): IndependentDoc[] {
  const r = rng(131313);
  const out: IndependentDoc[] = [];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const neg = (id: string, style: string, text: string) => out.push(doc(`neg-${id}`, style, text));

  let pi = 0;
  const who = (f?: boolean): P => {
    const fam = FAM[(pi * 7 + r.int(0, 3)) % FAM.length];
    pi++;
    const ff = f ?? r.chance(0.5);
    const g = r.pick(ff ? GF : GM);
    return { sei: fam[0], seiK: fam[1], ro: fam[2], mei: g[0], meiK: g[1], f: ff };
  };
  const kid = (parent: P, f?: boolean): P => {
    const ff = f ?? r.chance(0.5);
    const pool = (ff ? GF : GM).slice(9, 18).filter((x) => x[0] !== parent.mei);
    const g = r.pick(pool);
    return { ...parent, mei: g[0], meiK: g[1], f: ff };
  };
  const nm = (p: P, sep = ' ') => `${p.sei}${sep}${p.mei}`;
  const kn = (p: P, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;
  const ad = () => r.pick(ADDR);
  const full = (a: A, noPref = false) => `${noPref ? '' : a.pref}${a.city}${a.rest}`;
  /** Subscriber digits for a fixed line in area `ac`. */
  const fixed = (ac: string, sep = '-') => {
    const mid = String(r.int(2, 9)) + r.digits(5 - ac.length);
    return `${ac}${sep}${mid}${sep}${r.digits(4)}`;
  };
  const mob = (sep = '-') => `${r.pick(['090', '080', '070'])}${sep}${r.int(1, 9)}${r.digits(3)}${sep}${r.digits(4)}`;
  const mail = (p: P) => `${r.pick([p.ro, `${p.ro}.${r.int(1, 99)}`, `${p.ro[0]}-${p.ro}${r.int(60, 99)}`, `${p.ro}_home`])}@${r.pick(['docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'yahoo.co.jp', 'gmail.com', 'icloud.com', 'nifty.com', 'ybb.ne.jp'])}`;
  const dob = (lo: number, hi: number, form: number) => {
    const y = r.int(lo, hi);
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    const era = y >= 2019 ? ['令和', 2018, 'R'] : y >= 1989 ? ['平成', 1988, 'H'] : ['昭和', 1925, 'S'];
    const ey = y - (era[1] as number);
    switch (form) {
      case 0:
        return `${era[0]}${ey === 1 ? '元' : ey}年${m}月${d}日`;
      case 1:
        return `${era[2]}${ey}.${m}.${d}`;
      case 2:
        return `${y}/${p2(m)}/${p2(d)}`;
      case 3:
        return fw(`${y}年${m}月${d}日`);
      case 4:
        return `${y}年${m}月${d}日`;
      default:
        return `${era[0]}${fw(String(ey))}年${fw(String(m))}月${fw(String(d))}日`;
    }
  };
  const myNo = (sep = ' ') => {
    const v = mn(`${r.int(1, 9)}${r.digits(10)}`);
    return sep ? `${v.slice(0, 4)}${sep}${v.slice(4, 8)}${sep}${v.slice(8)}` : v;
  };
  const corpNo = () => corp(`${r.int(1, 9)}${r.digits(11)}`);
  const acct = () => r.digits(7);
  const dl = () => `${r.pick(['30', '45', '50', '62', '29', '12', '71', '83'])}${p2(r.int(0, 24))}${r.digits(6)}${r.int(0, 9)}${r.int(0, 2)}`;
  const kanjiBlock = () => `${KANJI_NUM[r.int(1, 9)]}丁目${KANJI_NUM[r.int(1, 9)]}番${KANJI_NUM[r.int(1, 9)]}号`;
  const dt26 = () => `2026年${r.int(1, 12)}月${r.int(1, 28)}日`;
  const yen = (n: number) => n.toLocaleString('en-US');

  // -------------------------------------------------------------------------------------------------------------
  // A. FAX送付状, 8
  for (let k = 0; k < 8; k++) {
    const to = who();
    const me = who();
    const a = ad();
    const shop = r.pick(['有限会社 丸八建材', '木下畳店', '株式会社 ひだまり設備', 'すずらん生花店', '北斗印刷所', '大黒屋酒店', 'マルヤマ電器', 'さくら調剤薬局']);
    const tel = fixed(a.ac);
    const fax = fixed(a.ac);
    const v = k % 4;
    const head =
      v === 0
        ? `ＦＡＸ送付状\n\n${PN(`${to.sei} ${to.mei}`)} 様\n（${r.pick(['株式会社 東和ハウス', '長谷川工務店', '有限会社 みどり園芸', '個人'])}）\nFAX番号：${PH(fixed(r.pick(ADDR).ac))}\n\n送信日：${dt26()}　送信枚数：${r.int(2, 5)}枚（本紙含む）`
        : v === 1
          ? `F A X\n宛先　${PN(to.sei)}様\nＦＡＸ　${PH(fw(fixed(r.pick(ADDR).ac)))}\n日付　${dt26()}\n枚数　${r.int(1, 4)}枚`
          : v === 2
            ? `ファックス送信のご案内\n送り先：${PN(`${to.sei} ${to.mei}`)}様\n送り先ＴＥＬ　${PH(mob())}\n件名：${r.pick(['お見積りの件', '納期のご連絡', '図面送付', '注文確認'])}\n送信日 ${dt26()}`
            : `至急　FAX\nTo: ${PN(`${to.sei}${to.mei}`)} 様\n(FAX) ${PH(fixed(r.pick(ADDR).ac, ''))}\n${dt26()}`;
    const fromBlock =
      k % 2
        ? `発信元\n${shop}\n〒${ZIP(a.zip)}　${AD(full(a))}\nTEL ${PH(tel)}　FAX ${PH(fax)}\n担当：${PN(nm(me))}`
        : `${shop}　担当 ${PN(nm(me, '　'))}\n${AD(full(a))}\nＴＥＬ．${PH(fw(tel))} ／ ＦＡＸ．${PH(fw(fax))}`;
    const body = r.pick(['いつもお世話になっております。下記の通りお送りいたします。ご確認の程よろしくお願いいたします。', '先日はありがとうございました。見積書を送付いたします。', '受信できない場合は下記までご連絡ください。', '□至急　□ご確認ください　■ご返信ください']);
    add(`fax-cover-${k}`, 'fax_cover', `${head}\n\n${body}\n\n${fromBlock}`);
  }

  // -------------------------------------------------------------------------------------------------------------
  // B. Faxed order sheets (注文書 / 注文用紙), 8 — some with a card number for 通販
  for (let k = 0; k < 8; k++) {
    const p = who();
    const a = ad();
    const items = [
      ['こしひかり 5kg', 2480],
      ['地酒 純米吟醸 720ml', 1980],
      ['干し椎茸 100g', 1200],
      ['ゆず胡椒 3本セット', 1500],
      ['手ぬぐい（藍染）', 880],
      ['梅干し 1kg樽', 3600],
    ];
    const lines = Array.from({ length: r.int(2, 4) }, () => {
      const it = r.pick(items);
      const q = r.int(1, 6);
      return `${it[0]}　${q}　${yen((it[1] as number) * q)}円`;
    }).join('\n');
    const pay =
      k === 2 || k === 6
        ? `お支払方法：クレジットカード\nカード番号 ${CC(k === 2 ? fmt4(luhn(`4${r.digits(14)}`)) : fw(fmt4(luhn(`35${r.digits(13)}`))))}　有効期限 ${p2(r.int(1, 12))}/${r.int(27, 31)}`
        : `お支払方法：${r.pick(['代金引換', '郵便振替（後払い）', 'コンビニ払い'])}`;
    const v = k % 3;
    const t =
      v === 0
        ? `ご注文用紙（FAX：0120-${r.int(100, 999)}-${r.digits(3)}）\nお名前　${PN(nm(p))}　　フリガナ　${PN(kn(p))}\nご住所　〒${ZIP(a.zip)}\n　　　　${AD(full(a))}\nお電話　${PH(fixed(a.ac))}\n日中のご連絡先　${PH(mob())}\n\n品名　数量　金額\n${lines}\n\n${pay}\nお届け希望日：${dt26()}`
        : v === 1
          ? `注 文 書\n\nご 注 文 者\n氏名：${PN(p.sei.split('').join(' ') + '　' + p.mei.split('').join(' '))}\n住所：〒${ZIP(fw(a.zip))} ${AD(fw(full(a)))}\nＴＥＬ：${PH(fw(fixed(a.ac)))}\n\n${lines}\n\n${pay}`
          : `注文書　No.${r.digits(6)}\n送り先　${PN(nm(p, '　'))} 様\n　〒${ZIP(a.zip)}\n　${AD(full(a))}\n　TEL ${PH(fixed(a.ac))}\n依頼主　同上\n\n${lines}\n\n${pay}\n通信欄：${r.pick(['のし紙（御中元）をお願いします', '不在時は置き配で', '領収書希望', ''])}`;
    add(`order-fax-${k}`, 'order_fax', t);
  }

  function fmt4(s: string) {
    return s.replace(/(\d{4})(?=\d)/g, '$1-');
  }

  // -------------------------------------------------------------------------------------------------------------
  // C. 見積書 / 請求書 / 納品書, 14
  for (let k = 0; k < 14; k++) {
    const cust = who();
    const staff = who();
    const a = ad();
    const ca = ad();
    const kind = ['御見積書', '請求書', '納品書'][k % 3];
    const corpSeller = k % 4 !== 3;
    const sellerPair = r.pick([
      ['株式会社 山並住建', 'ｶ)ﾔﾏﾅﾐｼﾞﾕｳｹﾝ'],
      ['有限会社 三光設備工業', 'ﾕ)ｻﾝｺｳｾﾂﾋﾞｺｳｷﾞﾖｳ'],
      ['株式会社 みなと電工', 'ｶ)ﾐﾅﾄﾃﾞﾝｺｳ'],
      ['合同会社 しおかぜ', 'ﾄﾞ)ｼｵｶｾﾞ'],
      ['株式会社 丸十ガス', 'ｶ)ﾏﾙｼﾞﾕｳｶﾞｽ'],
    ]);
    const seller = corpSeller ? sellerPair[0] : r.pick(['木村塗装', '畳の松田', 'いしかわ造園', 'ハウスクリーニング ひかり']);
    const regNo = corpSeller ? `T${CORP(corpNo())}` : `T${corp(`${r.int(1, 9)}${r.digits(11)}`)}`;
    const owner = who();
    const bank = r.pick(BANKS);
    const yucho = bank === 'ゆうちょ銀行';
    const acctTxt = yucho ? `1${r.digits(4)} 番号 ${r.digits(8)}` : acct();
    const items = ['外壁塗装（シリコン）', '足場架設', '高圧洗浄', 'ユニットバス交換', '給湯器 GT-2460SAWX', '畳表替え（6帖）', '庭木剪定', 'エアコンクリーニング'];
    const rows = Array.from({ length: r.int(2, 4) }, () => `${r.pick(items)}\t${r.int(1, 30)}\t${yen(r.int(3, 90) * 1000)}`).join('\n');
    const custLine = k % 2 ? `${PN(nm(cust))} 様` : `${PN(cust.sei)} 様邸`;
    const custAddr = k % 3 === 0 ? `\n工事場所：${AD(full(ca))}` : '';
    const sellerBlock = corpSeller
      ? `${seller}\n登録番号 ${regNo}\n〒${ZIP(a.zip)} ${AD(full(a))}\nTEL ${PH(fixed(a.ac))}　FAX ${PH(fixed(a.ac))}\n担当 ${PN(nm(staff))}`
      : `${seller}　代表 ${PN(nm(owner))}\n登録番号 ${regNo}\n${AD(full(a))}\n携帯 ${PH(mob())}`;
    const pay = `お振込先：${bank} ${yucho ? '' : r.pick(BRANCH) + ' '}${yucho ? '記号 ' : r.pick(['普通', '当座']) + ' '}${BA(acctTxt)}\n口座名義：${corpSeller ? sellerPair[1] : PN(hwKana(kn(owner)))}`;
    const t = `${kind}\n${kind === '請求書' ? `請求番号 ${r.digits(8)}　` : ''}発行日 ${dt26()}\n\n${custLine}${custAddr}\n\n件名：${r.pick(['外壁・屋根塗装工事', '浴室改修工事', '和室畳替え', '庭木手入れ', '給湯器交換'])}\n品名\t数量\t金額\n${rows}\n小計 ${yen(r.int(100, 1500) * 1000)}円（税込）\n\n${sellerBlock}\n${kind === '納品書' ? '受領印 ＿＿＿＿' : pay}`;
    add(`invoice-${k}`, kind === '御見積書' ? 'quote_ja' : kind === '請求書' ? 'invoice_ja' : 'delivery_note_ja', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // D. 工務店 / リフォーム 顧客台帳, 10
  for (let k = 0; k < 10; k++) {
    const v = k % 3;
    if (v === 0) {
      const rows = Array.from({ length: r.int(3, 5) }, (_, i) => {
        const p = who();
        const a = ad();
        return `${i + 1},${PN(nm(p))},${PN(kn(p))},${ZIP(a.zip)},${AD(full(a))},${PH(fixed(a.ac))},${PH(mob())},${r.pick(['2019年 屋根葺替', '2021年 キッチン', '2023年 外壁', '2024年 トイレ交換', ''])},${r.pick(['築35年', '築22年', '築48年 木造'])}`;
      });
      add(`koumuten-csv-${k}`, 'customer_ledger_csv', `No,施主名,フリガナ,郵便番号,物件住所,自宅TEL,携帯,施工履歴,メモ\n${rows.join('\n')}`);
    } else if (v === 1) {
      const p = who();
      const sp = who(!p.f);
      const a = ad();
      add(
        `koumuten-card-${k}`,
        'customer_card_ja',
        `【顧客カード】リフォーム相談\n受付日 ${dt26()}　受付者 ${PN(who().sei)}\nご主人 ${PN(nm(p.f ? sp : p))}（${DOB(dob(1950, 1975, r.int(0, 2)))}生）\n奥様　 ${PN(p.f ? p.mei : sp.mei)}\n現住所 ${AD(full(a))}\n電話　 ${PH(fixed(a.ac))}\n相談内容：${r.pick(['浴室の段差をなくしたい。', '和室を洋室に。', '外壁のひび割れ。'])}${k === 4 ? `${SEN('ご主人が脳梗塞の後遺症で左半身麻痺')}のため手すり設置希望（介護保険の住宅改修）` : ''}\n予算　${r.int(50, 400)}万円\n紹介者 ${PN(nm(who()))} 様（${r.pick(['OB施主', '近所'])}）`,
      );
    } else {
      const p = who();
      const a = ad();
      add(
        `reform-ocr-${k}`,
        'ocr_form_ja',
        `リフ才ーム工事 申込書\n\nお名前 ${PN(`${p.sei.replace('口', 'ロ')}　${p.mei.replace('一', 'ー')}`)}\n\nご住所 ${AD(`${a.pref}${a.city}${a.rest.replace(/一/g, 'ー')}`)}\n\n電話 ${PH(`O${fixed(a.ac).slice(1)}`)}\n\n工事内容　${r.pick(['キッチン入替', '屋根塗装', '雨どい修理'])}\n着工予定 ${dt26()}`,
      );
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // E. 美容室 カルテ, 9
  const salonSen = [
    () => `アレルギー：ジアミン（ヘアカラー）でかぶれ歴あり`,
    () => `妊娠中（${r.int(4, 8)}ヶ月）`,
    () => `頭皮：アトピー性皮膚炎あり`,
    () => `既往：円形脱毛症（治療中）`,
    () => `授乳中`,
    () => `抗がん剤治療後のため頭皮ケア希望`,
  ];
  for (let k = 0; k < 9; k++) {
    const p = who(k !== 3 && k !== 8);
    const a = ad();
    const stylist = who();
    const sen = salonSen[k % salonSen.length]();
    const senTxt = k === 1 || k === 4 ? `備考：${SEN(sen)}` : SEN(sen);
    const t =
      k % 3 === 0
        ? `お客様カルテ　No.${r.digits(4)}\nお名前 ${PN(nm(p))}（${PN(hira(kn(p)))}）\n生年月日 ${DOB(dob(1960, 2002, r.int(0, 3)))}\nTEL ${PH(mob())}\nご住所 ${AD(full(a, true))}\n担当 ${PN(stylist.sei)}\n${senTxt}\n髪質：${r.pick(['太い・多い', '細い・くせ毛', '普通'])}\n${dt26()} カット＋カラー（7/N）`
        : k % 3 === 1
          ? `カルテ｜${PN(nm(p))}様｜${PH(mob(''))}\n来店：${dt26()}　指名：${PN(nm(stylist))}\nメニュー：縮毛矯正\n${senTxt}\n次回：${r.int(2, 3)}ヶ月後`
          : `顧客台帳（ヘアサロン ミドリ）\n氏名：${PN(hwKana(kn(p)))}\n誕生日：${DOB(`${r.int(1, 12)}月${r.int(1, 28)}日`)}\n携帯：${PH(mob())}\nLINE登録：済\n注意事項：${senTxt}\nパッチテスト ${dt26()} 実施`;
    add(`salon-${k}`, 'salon_chart', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // F. 整骨院 カルテ, 8
  const injuries = ['右足関節捻挫', '頸部捻挫（むち打ち）', '左肩関節打撲', '腰部挫傷', '右手関節捻挫', '左膝関節捻挫'];
  for (let k = 0; k < 8; k++) {
    const p = who();
    const a = ad();
    const doc_ = who();
    const ins = k % 2 === 0 ? `保険証　記号 ${r.int(1, 99)}${r.digits(2)} 番号 ${r.int(1, 999)}` : `国保 番号 ${r.digits(8)}`;
    const insSpan = k % 2 === 0 ? `保険証　記号 ${INS(`${ins.split('記号 ')[1]}`)}` : `国保 番号 ${INS(ins.split('番号 ')[1])}`;
    const cause = k === 3 ? SEN('負傷原因：追突事故（自賠責）により首を痛めた') : `負傷原因：${r.pick(['階段を踏み外した', '草野球でスライディング', '重い荷物を持ち上げた'])}`;
    const t =
      k % 2
        ? `施術録\n受付番号 ${r.digits(5)}\n氏名 ${PN(nm(p, '　'))}　${p.f ? '女' : '男'}\n生年月日 ${DOB(dob(1945, 2008, r.int(0, 5)))}\n住所 ${AD(full(a))}\n電話 ${PH(fixed(a.ac))}\n${insSpan}\n${SEN(`負傷名：${injuries[k % injuries.length]}`)}\n負傷日 ${dt26()}　初検日 ${dt26()}\n${cause}\n施術者 ${PN(nm(doc_))}`
        : `問診票（${r.pick(['みどり整骨院', 'さくら接骨院', '駅前はりきゅう整骨院'])}）\nおなまえ：${PN(nm(p))}\nふりがな：${PN(hira(kn(p)))}\n生年月日：${DOB(dob(1945, 2008, r.int(0, 5)))}\nでんわ：${PH(mob())}\n${insSpan}\nどこが痛みますか：${SEN(r.pick(['腰が痛く前かがみになれない', '右肩が上がらない', '左膝が腫れている']))}\n${cause}\n${k === 4 ? SEN('既往歴：椎間板ヘルニア（2019年手術）') : '既往歴：特になし'}`;
    add(`seikotsu-${k}`, 'clinic_chart_small', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // G. 学習塾 / 習い事 入会申込書, 10
  const kidSen = ['アレルギー：卵・乳（エピペン所持）', 'アレルギー：そば', '喘息あり（吸入器持参）', '発達障害（ADHD）の診断あり、席は前列希望', '食物アレルギー：ピーナッツ', 'てんかん（服薬中）'];
  for (let k = 0; k < 10; k++) {
    const par = who();
    const c = kid(par);
    const a = ad();
    const rel = r.pick(['祖母', '祖父', '叔母', '叔父']);
    const em = who(rel === '祖母' || rel === '叔母');
    const school = r.pick(['個別指導 明光ゼミ', 'そろばん教室 珠算塾たかはし', 'スイミングスクール アクア', 'ピアノ教室 ドルチェ', '書道教室 墨友会', 'こども英会話 キッズガーデン']);
    const senLine = k % 5 === 4 ? 'アレルギー・持病：なし' : SEN(kidSen[k % kidSen.length]);
    const t =
      k % 2
        ? `${school} 入会申込書\n\n生徒氏名 ${PN(nm(c))}　（${PN(kn(c))}）\n生年月日 ${DOB(dob(2012, 2020, r.int(0, 5)))}　学年 小${r.int(1, 6)}\n学校名 ${r.pick(['市立東小学校', '第二小学校', '附属小学校'])}\n保護者氏名 ${PN(nm(par))}\n住所 〒${ZIP(a.zip)} ${AD(full(a))}\n電話（自宅） ${PH(fixed(a.ac))}\n携帯 ${PH(mob())}\nメール ${EM(mail(par))}\n緊急連絡先 ${PN(nm(em))}（${rel}） ${PH(mob())}\n${senLine}\n引落口座 ${r.pick(BANKS.slice(0, 13))} ${r.pick(BRANCH)} 普通 ${BA(acct())} 名義 ${PN(hwKana(kn(par)))}`
        : `入塾申込書（${school}）\n┌生徒┐\n　お名前：${PN(nm(c, '　'))}\n　生年月日：${DOB(dob(2010, 2019, r.int(0, 5)))}\n┌保護者┐\n　お名前：${PN(nm(par, '　'))}\n　ご住所：${AD(full(a))}\n　TEL：${PH(mob())}\n　E-mail：${EM(mail(par))}\n┌緊急時┐\n　${PN(em.sei)}（${PH(fixed(r.pick(ADDR).ac))}）\n健康面で気をつけること：${senLine}`;
    add(`juku-${k}`, 'enrolment_form_ja', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // H. 自治会 / 町内会 名簿, 8, and 回覧板 with names, 5
  for (let k = 0; k < 8; k++) {
    const town = r.pick(['本町', '栄町', '緑ヶ丘', '字中原', '新田', '旭町']);
    const blockNo = KANJI_NUM[r.int(1, 4)];
    const rows: string[] = [];
    const n = r.int(4, 6);
    for (let i = 0; i < n; i++) {
      const p = who();
      const addrCell = i > 0 && k % 2 === 0 ? `〃 ${r.int(1, 30)}-${r.int(1, 20)}` : town.startsWith('字') ? `${town}${r.int(100, 999)}` : `${town}${blockNo}丁目${r.int(1, 30)}番${r.int(1, 20)}号`;
      const note = k === 3 && i === 1 ? SEN('要介護2・車椅子') : k === 5 && i === 2 ? SEN('一人暮らし・認知症あり') : r.pick(['', '', '新規', '役員', '空家管理']);
      rows.push(
        k % 2
          ? `${i + 1}\t${PN(nm(p))}\t${AD(addrCell)}\t${PH(fixed(ADDR[k].ac))}\t${r.int(1, 5)}人\t${note}`
          : `${p2(i + 1)}｜${PN(p.sei)}｜${AD(addrCell)}｜${PH(fixed(ADDR[k].ac))}｜${note}`,
      );
    }
    const title = `${ADDR[k].city}${town.replace('字', '')}${k % 2 ? '自治会' : '町内会'} ${blockNo}班 会員名簿（${dt26()}現在）`;
    const head = k % 2 ? `No\t世帯主\t住所\t電話\t人数\t備考` : `No｜氏名｜住所｜電話｜備考`;
    add(`jichikai-${k}`, 'community_roll', `${title}\n※会員以外への配布厳禁\n${head}\n${rows.join('\n')}${k === 3 || k === 5 ? '\n（避難行動要支援者の欄は民生委員と共有）' : ''}`);
  }
  for (let k = 0; k < 5; k++) {
    const ps = Array.from({ length: r.int(4, 7) }, () => who());
    const dead = who();
    const chief = who();
    const t =
      k % 2
        ? `回　覧\n${r.pick(['お知らせ：側溝清掃について', '夏祭り役割分担', '資源ごみ当番表'])}\n回覧順：${ps.map((p) => PN(p.sei)).join(' → ')}\n見た人は印をお願いします\n班長 ${PN(nm(chief))}（${PH(mob())}）`
        : `訃報\n${r.pick(['栄町', '本町二丁目', '緑ヶ丘'])} ${PN(nm(dead))} 様（享年${r.int(72, 98)}）が${(() => {
              const m = r.int(1, 12);
              const d = r.int(1, 26);
              return `2026年${m}月${d}日にご逝去されました。\n通夜 2026年${m}月${d + 1}日`;
            })()} 18時　告別式 翌日11時\n会場 ${r.pick(['セレモニーホール平安', 'JA会館', '市営斎場'])}\n喪主 ${PN(nm({ ...dead, mei: r.pick(GM)[0] }))} 様\n町内会長 ${PN(nm(chief))}`;
    add(`kairanban-${k}`, 'kairanban', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // I. PTA 連絡網, 6
  for (let k = 0; k < 6; k++) {
    const n = r.int(4, 6);
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const par = who();
      const c = kid(par);
      lines.push(
        k % 2
          ? `${i + 1}. ${PN(nm(c))}（${PN(par.mei)}） ${PH(mob())} → ${i + 2 <= n ? i + 2 : '班長へ'}`
          : `${PN(nm(c))}｜保護者 ${PN(nm(par))}｜${PH(k === 2 ? mob(' ') : mob())}${i === 0 && k === 4 ? `｜${EM(mail(par))}` : ''}`,
      );
    }
    const sch = r.pick(['市立西小学校', '町立中央小学校', '第三中学校']);
    add(`pta-${k}`, 'pta_contact_tree', `${sch} ${r.int(1, sch.endsWith('中学校') ? 3 : 6)}年${r.int(1, 4)}組 緊急連絡網\n※取扱注意 個人情報です\n${lines.join('\n')}\n担任 ${PN(nm(who()))}　学校 ${PH(fixed(ADDR[k + 10].ac))}`);
  }

  // -------------------------------------------------------------------------------------------------------------
  // J. 年賀状 住所録 (筆まめ / 筆ぐるめ CSV), 8
  for (let k = 0; k < 8; k++) {
    const rows: string[] = [];
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const p = who();
      const a = ad();
      const sp = who(!p.f);
      const bldSplit = a.rest.includes(' ');
      const [r1, r2] = bldSplit ? [a.rest.split(' ')[0], a.rest.split(' ')[1]] : [a.rest, ''];
      if (k % 2 === 0) {
        const addrCells = r2 ? `"${AD(`${a.pref}${a.city}${r1}","${r2}`)}"` : `"${AD(`${a.pref}${a.city}${r1}`)}",""`;
        const ren = r.chance(0.6) ? `"${PN(sp.mei)}","様"` : `"",""`;
        rows.push(`"${PN(nm(p, '　'))}","${PN(kn(p))}","様",${ren},"${ZIP(a.zip)}",${addrCells},"${PH(fixed(a.ac))}","${r.chance(0.4) ? PH(mob()) : ''}",${r.chance(0.3) ? `"${EM(mail(p))}"` : '""'},"${r.pick(['', '喪中', '会社', '親戚'])}"`);
      } else {
        const addr = AD(`${a.pref},${a.city}${a.rest}`);
        rows.push(`${PN(p.sei)},${PN(p.mei)},${PN(hira(p.seiK))},${PN(hira(p.meiK))},${ZIP(a.zip.replace('-', ''))},${addr},${r.chance(0.5) ? PN(sp.mei) : ''},${r.pick(['○', '×', ''])},${r.chance(0.3) ? DOB(dob(1940, 1990, 2)) : ''}`);
      }
    }
    const head = k % 2 === 0 ? `"氏名","氏名フリガナ","敬称","連名1","連名1敬称","郵便番号","自宅住所1","自宅住所2","自宅電話","携帯電話","自宅E-mail","分類"` : `姓,名,姓かな,名かな,〒,都道府県,住所,連名,2026年賀,誕生日`;
    add(`nenga-${k}`, k % 2 === 0 ? 'address_book_fudemame' : 'address_book_fudegurume', `${head}\n${rows.join('\n')}`);
  }

  // -------------------------------------------------------------------------------------------------------------
  // K. 檀家 / 氏子 名簿, 6
  const rolls = ['曹洞宗 龍澤山 長福寺 檀家名簿', '浄土宗 光明寺 檀信徒名簿', '八幡神社 氏子名簿', '真言宗智山派 金剛院 檀家台帳', '稲荷神社 崇敬者名簿', '日蓮宗 妙法寺 過去帳'];
  for (let k = 0; k < 6; k++) {
    const rows: string[] = [];
    const nRows = r.int(3, 5);
    for (let i = 0; i < nRows; i++) {
      const p = who();
      const a = ad();
      if (k === 5) {
        const kaimyo = p.f
          ? `${r.pick(['妙音院', '慈光院', ''])}妙${r.pick(['香', '寿', '蓮'])}日${r.pick(['栄', '昌', '照'])}${r.pick(['大姉', '信女'])}`
          : `${r.pick(['法昌院', '清涼院', ''])}${r.pick(['法', '善', '信'])}${r.pick(['雄', '道', '寿'])}日${r.pick(['栄', '昌', '照'])}${r.pick(['居士', '信士'])}`;
        rows.push(`${r.int(1, 12)}月${r.int(1, 28)}日　${PN(kaimyo)}　俗名 ${PN(nm(p))}　施主 ${PN(nm({ ...p, mei: r.pick(GM)[0] }))}　${AD(full(a))}`);
      } else {
        rows.push(`${PN(nm(p))}\t${AD(k % 2 ? full(a) : full(a, true))}\t${PH(fixed(a.ac))}\t${k === 2 || k === 4 ? `初穂料 ${r.int(3, 10)}000円` : `護持会費 ${r.int(5, 20)}000円　墓地 ${r.pick(['A', 'B', 'C'])}-${r.int(1, 80)}`}`);
      }
    }
    add(`religious-roll-${k}`, 'religious_roll', `${SEN(rolls[k])}（${k === 5 ? '抜粋' : `令和${r.int(6, 8)}年度`}）\n${k === 5 ? '' : '氏名\t住所\t電話\t備考\n'}${rows.join('\n')}\n${k === 1 ? `責任役員 住職 ${PN(nm(who(false)))}` : ''}`.trim());
  }

  // -------------------------------------------------------------------------------------------------------------
  // L. 病院受付 問診票, 8
  const illness = ['糖尿病', '高血圧', '気管支喘息', 'うつ病', 'C型肝炎', '心房細動', '甲状腺機能低下症', '関節リウマチ'];
  const meds = ['アムロジピン5mg', 'メトホルミン500mg', 'ワーファリン1mg', 'レクサプロ10mg', 'チラーヂンS 50μg'];
  for (let k = 0; k < 8; k++) {
    const p = who(k % 3 === 0 ? true : undefined);
    const a = ad();
    const preg = p.f && k % 3 === 0;
    const bd = () => (preg ? dob(1988, 2000, r.int(0, 5)) : dob(1940, 2004, r.int(0, 5)));
    const t =
      k % 2
        ? `問 診 票（内科）\n受付 ${dt26()}\nお名前　${PN(nm(p))}　${p.f ? '女' : '男'}\nフリガナ　${PN(kn(p))}\n生年月日　${DOB(bd())}\nご住所　〒${ZIP(a.zip)} ${AD(full(a))}\n電話　${PH(mob())}\n本日の症状：${SEN(r.pick(['3日前から38度台の発熱と咳', '胃のあたりが痛む、食欲がない', '動悸と息切れ']))}\n${SEN(`現在治療中の病気：${illness[k % illness.length]}`)}\n${SEN(`服用中の薬：${meds[k % meds.length]}`)}\n${k === 3 ? SEN('薬のアレルギー：ペニシリンで発疹') : '薬のアレルギー：なし'}\n${preg ? SEN('妊娠の可能性：あり') : '妊娠の可能性：なし'}`
        : `初診受付票\n氏名 ${PN(nm(p, '　'))}（${PN(hwKana(kn(p)))}）\n生年月日 ${DOB(bd())}\n保険証 記号・番号 ${INS(`${r.digits(4)}・${r.digits(3)}`)}\n連絡先 ${PH(fixed(a.ac))}\n受診科 ${r.pick(['整形外科', '皮膚科', '耳鼻科'])}\n${SEN(`既往歴：${illness[(k + 3) % illness.length]}`)}\n${preg ? SEN('妊娠中（14週）') : '喫煙：なし'}\n紹介元 ${r.pick(['なし', 'かかりつけ医'])}`;
    add(`monshin-${k}`, 'clinic_intake_ja', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // M. 介護タクシー 予約, 6
  for (let k = 0; k < 6; k++) {
    const p = who();
    const famRel = r.pick(['長女', '長男', '妻', '次女']);
    const fam = who(famRel !== '長男');
    const a = ad();
    const why = [SEN('人工透析のため週3回（月水金）'), SEN('要介護4・リクライニング車椅子'), SEN('ストレッチャー使用（寝たきり）'), `${SEN('車椅子使用')}、付き添い1名`, SEN('認知症あり、ご家族同乗'), `通院（${r.pick(['眼科', '歯科'])}）`][k];
    const t =
      k % 2
        ? `介護タクシー予約受付\n${dt26()} ${r.int(8, 15)}:${r.pick(['00', '30'])} お迎え\nご利用者：${PN(nm(p))} 様\nお迎え先：${AD(full(a, true))}\n行先：${r.pick(['市民病院', '県立中央病院', 'さくらクリニック'])}\n${why}\nご予約者：${PN(nm(fam))}（${famRel}） ${PH(mob())}\nケアマネ：${PN(who().sei)}（${r.pick(['ほほえみ居宅', '社協'])}）`
        : `【予約】${PN(p.sei)}様 ${r.int(1, 12)}/${r.int(1, 28)} 往復\n迎え ${AD(a.city + a.rest)}\nTEL ${PH(fixed(a.ac))}\n${why}\n運転手 ${PN(who().sei)}`;
    add(`kaigo-taxi-${k}`, 'care_taxi', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // N. クリーニング店 / 酒屋 / 米屋 配達台帳, 8
  for (let k = 0; k < 8; k++) {
    const rows: string[] = [];
    const nRows = r.int(3, 5);
    for (let i = 0; i < nRows; i++) {
      const p = who();
      const a = ad();
      const addr = k % 2 ? `${a.city}${a.rest}` : a.rest;
      if (k < 4)
        rows.push(`${r.int(1, 12)}/${r.int(1, 28)}\tタグ${r.digits(4)}\t${r.chance(0.5) ? PN(`${p.sei}${p.mei}`) : PN(p.sei)}様\t${r.pick(['Yシャツ×5', '背広上下', '布団（洗い）', '着物 丸洗い'])}\t${PH(k % 2 ? fixed(a.ac) : mob())}\t${r.chance(0.5) ? `配達 ${AD(addr)}` : '店頭'}`);
      else rows.push(`${PN(nm(p))}　${AD(addr)}　${PH(fixed(a.ac, k % 2 ? '-' : ''))}　${r.pick(['ビール中瓶 1ケース', '日本酒 一升 2本', '米 10kg', '灯油 18L', '焼酎 4L'])}　${r.pick(['毎月5日', '隔週火曜', '電話あり次第'])}`);
    }
    add(`delivery-ledger-${k}`, k < 4 ? 'cleaning_ledger' : 'liquor_delivery_ledger', `${k < 4 ? 'クリーニング 預り・配達台帳' : r.pick(['酒のたかはし 配達先一覧', '米穀店 定期配達台帳'])}\n${rows.join('\n')}`);
  }

  // -------------------------------------------------------------------------------------------------------------
  // O. 中古車 / 質屋 / 古物 本人確認記録, 12
  const FOREIGN: P[] = [
    ['金', 'キム', '美玲', 'ミリョン', 'kim', true],
    ['グエン', 'グエン', 'ヴァン ナム', 'ヴァン ナム', 'nguyen', false],
    ['サントス', 'サントス', 'マリア', 'マリア', 'santos', true],
    ['王', 'ワン', '建国', 'ジェングオ', 'wang', false],
  ].map(([sei, seiK, mei, meiK, ro, f]) => ({ sei, seiK, mei, meiK, ro, f }) as P);
  for (let k = 0; k < 12; k++) {
    const idKind = k % 6;
    const p = idKind === 4 ? FOREIGN[k % FOREIGN.length] : who();
    const a = ad();
    const clerk = who();
    const idLine =
      idKind === 0
        ? `本人確認書類：運転免許証　番号 第${DL(dl())}号`
        : idKind === 1
          ? `本人確認書類：マイナンバーカード（個人番号は記録しない）`
          : idKind === 2
            ? `本人確認：個人番号カード\n個人番号 ${MN(myNo(k % 4 ? ' ' : ''))}（※控え）`
            : idKind === 3
              ? `確認書類：旅券　旅券番号 ${PP(`${r.pick(['TK', 'TR', 'TS', 'MZ'])}${r.digits(7)}`)}`
              : idKind === 4
                ? `確認書類：在留カード ${RC(`${r.pick(['AB', 'EF', 'KP', 'TR'])}${r.digits(8)}${r.pick(['CD', 'FA', 'ZB'])}`)}`
                : `確認書類：健康保険証 記号 ${INS(`${r.digits(3)} 番号 ${r.digits(4)}`)} ＋ 年金手帳 ${PEN(`${r.digits(4)}-${r.digits(6)}`)}`;
    const t =
      k % 2
        ? `古物台帳（買取）\n取引日 ${dt26()}\n品目 ${r.pick(['腕時計 SEIKO SBGA211', 'ブランドバッグ', '18金ネックレス 12.3g', 'ロードバイク'])}　買取額 ${yen(r.int(5, 300) * 1000)}円\n相手方 住所 ${AD(full(a))}\n　　　 氏名 ${PN(nm(p))}　年齢 ${r.int(20, 79)}歳　職業 ${r.pick(['会社員', '自営業', '無職', 'パート'])}\n${idLine}\n特徴 ${r.pick(['眼鏡着用', '身長170cm位、短髪', '右頬にほくろ'])}\n担当 ${PN(clerk.sei)}`
        : `中古車 買取・本人確認記録\n売主：${PN(nm(p, '　'))}（${PN(kn(p))}）\n生年月日：${DOB(dob(1950, 2000, r.int(0, 4)))}\n住所：〒${ZIP(a.zip)} ${AD(full(a))}\n連絡先：${PH(mob())}\n${idLine}\n車両：${r.pick(['N-BOX', 'プリウス', 'ハイエース', 'ジムニー'])}　車台番号 ${r.pick(['JF3', 'ZVW50', 'TRH200'])}-${r.digits(7)}\n査定：${yen(r.int(10, 200) * 10000)}円　入金口座 ${r.pick(BANKS.slice(0, 12))} ${r.pick(BRANCH)} 普通 ${BA(acct())}\n担当：${PN(nm(clerk))}`;
    add(`id-check-${k}`, k % 2 ? 'pawn_ledger' : 'used_car_kyc', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // P. OCR-noisy and odd layouts, 12
  for (let k = 0; k < 12; k++) {
    const p = who();
    const a = ad();
    const v = k % 6;
    let t = '';
    if (v === 0) {
      // broken lines in an address and a phone
      const fa = full(a);
      const cut = fa.indexOf(a.city) + a.city.length;
      const tel = fixed(a.ac);
      t = `申 込 書\n氏 名 ${PN(`${p.sei.split('').join(' ')}　${p.mei.split('').join(' ')}`)}\n住 所 ${AD(`${fa.slice(0, cut)}\n${fa.slice(cut)}`)}\n電 話 ${PH(`${tel.slice(0, 5)}\n${tel.slice(5)}`)}`;
    } else if (v === 1) {
      t = `〒${ZIP(fw(a.zip))}\n${AD(`${a.pref}${a.city}${r.pick(['本町', '栄町', '旭町', '中央', '緑町'])}${kanjiBlock()}`)}\n${PN(nm(p, '　'))}　様\n\n${r.pick(['ご注文ありがとうございました。', '領収書在中', '親展'])}`;
    } else if (v === 2) {
      t = `ＴＥＬ　${PH(`(${a.ac})${fixed(a.ac).slice(a.ac.length + 1)}`)}　/　携帯 ${PH(fw(mob()))}\n${PN(hwKana(kn(p)))}\n${AD(full(a))}\n〒 ${ZIP(a.zip.replace('-', 'ー'))}`;
    } else if (v === 3) {
      const q = who();
      t = `受付メモ（手書きスキャン）\n${dt26()}　${PN(p.sei)}さんより電話 ${PH(mob('ー'))}\n${r.pick(['網戸の張替え3枚', '雨漏りの点検', 'ガス漏れ警報器の交換'])}、${r.pick(['来週', '明後日'])}訪問\n紹介は${PN(nm(q))}さん\n住所→${AD(`${a.city}${a.rest}`)}`;
    } else if (v === 4) {
      const ps = Array.from({ length: 4 }, () => who());
      const town = r.pick(['新町', '東町', '上ノ原']);
      t = `配布先リスト\n${ps
        .map((x, i) => `${PN(nm(x))}　${AD(i === 0 ? `${a.city}${town}${r.int(1, 40)}-${r.int(1, 9)}` : `〃　〃${r.int(1, 40)}-${r.int(1, 9)}`)}　${i === 0 ? PH(fixed(a.ac)) : '〃'}`)
        .join('\n')}`;
      // phones after the first are ditto marks → no phone span
    } else {
      t = `ＦＡＸ受信\n宛：${PN(p.sei)}様\n差出人：${PN(nm(who()))}\nTel ${PH(fixed(a.ac).replace(/^0/, 'O'))}\n本文：${r.pick(['明日の件、了解しました。', '代金は月末に振込みます。', '荷物は玄関に置いてください。'])}`;
    }
    add(`ocr-${k}`, 'ocr_paper', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Q. Other Japanese small-business records, 16 (IBAN, corporate numbers, sole proprietor, public facility)
  {
    // Liquor shop paying an overseas winery
    for (let k = 0; k < 2; k++) {
      const p = who();
      const a = ad();
      const ib = k === 0 ? iban('FR', `2004101005${r.digits(11)}${p2(r.int(10, 99))}`) : iban('IT', `X0542811101${r.digits(12)}`);
      add(
        `liquor-remit-${k}`,
        'remittance_ja',
        `外国送金依頼書（控）\n依頼人：${r.pick(['酒のたかはし', '有限会社 丸正酒店'])}　代表 ${PN(nm(p))}\n住所：${AD(full(a))}　電話 ${PH(fixed(a.ac))}\n受取人：${k === 0 ? 'Domaine Lefèvre SARL' : 'Cantina Rossi S.r.l.'}\nIBAN：${IB(k === 0 ? ib : ib.replace(/ /g, ''))}\nSWIFT：${k === 0 ? 'BNPAFRPP' : 'BPMOIT22'}\n金額：EUR ${yen(r.int(2, 20) * 1000)}.00\n送金目的：ワイン輸入代金（請求書 ${r.digits(6)}）`,
      );
    }
    // Public facility with address and phone (labelled, see decisions)
    const fac = [
      ['中央公民館', '本町二丁目3番1号'],
      ['図書館 東分館', '旭町一丁目5-20'],
      ['保健センター', '栄町12番地'],
      ['町民体育館', '大字新田450'],
    ];
    for (let k = 0; k < 4; k++) {
      const a = ADDR[(k * 5 + 3) % ADDR.length];
      add(
        `public-facility-${k}`,
        'public_facility_guide',
        `${a.city.replace(/.*郡/, '')}${fac[k][0].replace('町民', k === 3 && !a.city.endsWith('町') ? '市民' : '町民')}のご案内\n所在地：〒${ZIP(a.zip)} ${AD(`${a.pref}${a.city}${fac[k][1]}`)}\n電話：${PH(fixed(a.ac))}${k % 2 ? `\nFAX：${PH(fixed(a.ac))}` : ''}\n開館時間：9:00〜21:00（${r.pick(['月曜', '火曜', '第3水曜'])}休館）\n駐車場：${r.int(20, 120)}台`,
      );
    }
    // Sole proprietor receipt with a T-number (the T-number is not labelled, see decisions)
    for (let k = 0; k < 2; k++) {
      const p = who();
      add(
        `sole-receipt-${k}`,
        'receipt_ja',
        `領収書\n${PN(who().sei)} 様\n金額 ¥${yen(r.int(3, 90) * 1000)}-\n${(() => {
          const sh = r.pick([
            ['飲食代として', '居酒屋 とりまる'],
            ['修理代として', '自転車の店 サイクル吉村'],
            ['着付け代として', '着付け教室 和'],
          ]);
          return `但し ${sh[0]}\n${dt26()}\n${sh[1]}`;
        })()}　店主 ${PN(nm(p))}\n登録番号 T${corp(`${r.int(1, 9)}${r.digits(11)}`)}\nTEL ${PH(mob())}`,
      );
    }
    // Corporation registry-style supplier card
    for (let k = 0; k < 2; k++) {
      const a = ad();
      const rep = who();
      add(
        `supplier-card-${k}`,
        'supplier_card_ja',
        `取引先カード\n商号：${r.pick(['株式会社 北辰木材', '有限会社 若葉建具店', '株式会社 高砂ガス'])}\n法人番号：${CORP(k ? fw(corpNo()) : corpNo())}\n本店：${AD(full(a))}\n代表者：${PN(nm(rep))}\n電話：${PH(fixed(a.ac))}\n支払条件：月末締め翌月末払い\n振込先：${r.pick(BANKS.slice(0, 12))} ${r.pick(BRANCH)} 当座 ${BA(acct())}`,
      );
    }
    // 町内会 会計: 会費 collection with bank account of the treasurer
    for (let k = 0; k < 2; k++) {
      const tr = who();
      add(
        `jichikai-fee-${k}`,
        'community_notice',
        `町内会費納入のお願い\n年額 ${r.pick(['3,600', '4,800', '6,000'])}円を下記口座へお振込みください。\n${r.pick(BANKS.slice(0, 13))} ${r.pick(BRANCH)} 普通 ${BA(acct())}\n口座名義 ${r.pick(['ｻｶｴﾁﾖｳﾅｲｶｲ', 'ﾎﾝﾏﾁｼﾞﾁｶｲ'])} 会計 ${PN(hwKana(kn(tr)))}\n問合せ 会計 ${PN(nm(tr))}（${PH(mob())}）`,
      );
    }
    // クリーニング / 便利屋 LINE chat
    for (let k = 0; k < 2; k++) {
      const p = who();
      const a = ad();
      add(
        `line-shop-${k}`,
        'chat_ja',
        `${PN(nm(p))}\n明日の配達は何時ごろになりますか？\n店\n午前中に伺います。住所は${AD(full(a, true))}でよろしいですか\n${PN(p.mei)}\nはい、不在なら${PH(mob())}に電話ください\n${k ? `${SEN('足が悪い')}ので玄関まで時間かかります` : '了解しました'}`,
      );
    }
    // Card payment by phone noted on a mail-order slip
    {
      const p = who();
      const a = ad();
      add(`phone-order-card-0`, 'order_memo', `電話注文メモ ${dt26()}\n${PN(nm(p))} 様　${PH(fixed(a.ac))}\n${AD(full(a))}\nりんご（ふじ）10kg ×2\nカード ${CC(`${luhn(`5${r.int(1, 5)}${r.digits(13)}`)}`)} ${p2(r.int(1, 12))}/${r.int(27, 30)}\n※お名前カナ ${PN(kn(p))}`);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // R. English documents, 20
  const EN = [
    ['Emily', 'Carter'],
    ['Daniel', 'Okafor'],
    ['Sophie', 'Lindqvist'],
    ['Marcus', 'Whitfield'],
    ['Priya', 'Natarajan'],
    ['Lucas', 'Moreau'],
    ['Hannah', 'Brennan'],
    ['Tomás', 'Ibáñez'],
    ['Grace', 'Yoon'],
    ['Oliver', 'Pemberton'],
  ];
  const ascii = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (let k = 0; k < 20; k++) {
    const [fn, ln] = EN[k % EN.length];
    const a = ad();
    const v = k % 7;
    let t = '';
    if (v === 0)
      t = `Kids English Club — Enrolment form\nChild: ${PN(`${r.pick(['Mia', 'Leo', 'Noah', 'Ella'])} ${ln}`)}   DOB: ${DOB(`${r.int(2013, 2020)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`)}\nParent/guardian: ${PN(`${fn} ${ln}`)}\nAddress: ${AD(`${a.rest.replace(/ .*/, '')}, ${a.city}, ${a.pref}`)}\nMobile: ${PH(`+81 ${mob(' ').slice(1)}`)}\nEmail: ${EM(`${ascii(fn)}.${ascii(ln)}@gmail.com`)}\nAllergies / medical: ${SEN(r.pick(['severe peanut allergy (EpiPen in bag)', 'asthma, uses inhaler', 'type 1 diabetes, insulin pump']))}\nEmergency contact: ${PN(`${r.pick(['Kenji', 'Yuko'])} ${ln}`)} ${PH(mob())}`;
    else if (v === 1)
      t = `Fax to: Yamanami Jyuken (reform dept.)\nFrom: ${PN(`${fn} ${ln}`)}\nRe: bathroom renovation quote\nHi ${PN(who().sei)}-san, thanks for the visit. Please send the revised quote to ${EM(`${ascii(ln)}.family@outlook.com`)} or call me on ${PH(mob())}. The house is at ${AD(`${a.pref}${a.city}${a.rest}`)}.`;
    else if (v === 2)
      t = `Clinic registration (English)\nName: ${PN(`${ln.toUpperCase()} ${fn}`)}\nDate of birth: ${DOB(`${r.int(1, 28)} ${r.pick(['March', 'July', 'October'])} ${r.int(1960, 2000)}`)}\nPassport no.: ${r.pick(['5', 'C', 'P'])}${r.digits(8)}\nHotel / address in Japan: ${AD(full(a))}\nPhone: ${PH(`+44 7${r.digits(3)} ${r.digits(6)}`)}\nSymptoms: ${SEN(r.pick(['fever and sore throat since yesterday', 'twisted left ankle while hiking', 'stomach pain and vomiting']))}\n${SEN(`Current medication: ${r.pick(['levothyroxine 75mcg', 'sertraline 50mg', 'none except the pill'])}`)}\nPregnant: no`;
    else if (v === 3) {
      const es = k % 2 === 1;
      t = `INVOICE ${r.digits(5)}\nBill to: Sake no Takahashi, attn. ${PN(nm(who()))}\n${AD(full(a))}\nFrom: ${es ? 'Bodega Ibáñez S.L.' : 'Weingut Brenner GmbH'}\nPlease remit to IBAN ${IB(es ? iban('ES', `2100${r.digits(4)}${r.digits(2)}${r.digits(10)}`) : iban('DE', `37040044${r.digits(10)}`))}\nContact: ${PN(`${fn} ${ln}`)} ${EM(`${ascii(fn)}@${es ? 'bodega-ibanez.es' : 'weingut-brenner.de'}`)}`;
    }
    else if (v === 4)
      t = `Tenant info sheet (for Japanese tax filing)\nOwner: ${PN(`${fn} ${ln}`)}\nUS address: ${AD(`${r.int(100, 9999)} ${r.pick(['Maple Ave', 'Cedar St', 'Lakeview Dr'])}, ${r.pick(['Portland, OR 97205', 'Madison, WI 53703', 'Austin, TX 78704'])}`)}\nSSN: ${SSN(`${r.int(100, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`)}\nRental property: ${AD(full(a))}\nAgent: ${PN(nm(who()))}, ${PH(fixed(a.ac))}`;
    else if (v === 5)
      t = `PTA class contact list (international families)\n${Array.from({ length: 3 }, () => {
        const [f2, l2] = r.pick(EN);
        return `${PN(`${f2} ${l2}`)} — ${PH(mob())} — ${EM(`${ascii(f2)}${r.int(1, 99)}@${r.pick(['gmail.com', 'yahoo.com', 'icloud.com'])}`)}`;
      }).join('\n')}\nClass rep: ${PN(nm(who()))}`;
    else
      t = `Used car purchase — customer record\nName: ${PN(`${fn} ${ln}`)}\nResidence card no.: ${RC(`${r.pick(['AB', 'UN', 'TR'])}${r.digits(8)}${r.pick(['CD', 'KE', 'JP'])}`)}\nAddress: ${AD(full(a))}\nPhone: ${PH(mob())}\nVehicle: Toyota Aqua (chassis NHP10-${r.digits(7)})\nPaid by card ${CC(luhn(`4${r.digits(14)}`).replace(/(\d{4})(?=\d)/g, '$1 '))}`;
    add(`en-${k}`, 'english_small_biz', t);
  }

  // -------------------------------------------------------------------------------------------------------------
  // NEGATIVES, 52
  const negs: [string, string, () => string][] = [
    ['flyer', 'flyer', () => `★☆ 秋の大感謝祭 ☆★\n${dt26()}〜3日間限り！\n新米こしひかり 5kg ${yen(r.int(20, 30) * 100)}円（税込）\n地元産たまご 10個 ${r.int(198, 298)}円\nお一人様2点限り\n※チラシ持参で5%OFF`],
    ['menu', 'menu', () => `お品書き\n日替わり定食　${r.int(8, 9)}80円\n焼き魚定食　${r.int(9, 11)}50円\n生姜焼き定食　980円\nかけそば　${r.int(4, 5)}50円\n大盛り +100円\n※ランチタイム 11:30〜14:00`],
    ['hours', 'store_notice', () => `${r.pick(['営業時間のご案内', '【営業時間変更のお知らせ】', '定休日のお知らせ'])}\n平日 ${r.int(8, 10)}:00〜${r.int(18, 20)}:00\n土曜 ${r.int(8, 10)}:00〜17:00\n定休日 ${r.pick(['日曜・祝日', '毎週水曜・第3木曜', '火曜日'])}\n${r.pick(['年末年始は12/29〜1/4までお休みをいただきます。', 'お盆期間（8/13〜8/16）は休業いたします。', '臨時休業の際は店頭に掲示します。'])}`],
    ['kairan-clean', 'kairanban_notice', () => `回覧\n側溝清掃のお知らせ\n日時：${dt26()} 午前8時〜\n集合：各班ごとに班長宅前\n持ち物：軍手、スコップ、ごみ袋\n雨天の場合は翌週に延期します。\n町内会`],
    ['kairan-gomi', 'kairanban_notice', () => `回覧板\n資源ごみの出し方が変わります\n・びん、缶：第${r.int(1, 2)}・第${r.int(3, 4)}${r.pick(['水曜', '木曜'])}\n・ペットボトル：毎週${r.pick(['金曜', '月曜'])}\n・古紙：第1${r.pick(['月曜', '火曜'])}\n収集時間は午前8時30分までです。\n（${r.pick(['環境衛生部', '町内会 美化係', '自治会'])}）`],
    ['shiho-event', 'municipal_news', () => `【広報】市民まつり開催\n${dt26()}、中央公園で市民まつりを開催します。よさこい踊りや地元高校の吹奏楽部による演奏、屋台など盛りだくさん。シャトルバスは駅前ロータリーから15分間隔で運行します。`],
    ['shiho-kenshin', 'municipal_news', () => `市報 ${r.int(1, 12)}月号\n特定健診のお知らせ\n対象：40歳〜74歳の国民健康保険加入者\n自己負担：${r.int(5, 10)}00円\n受診期間：6月1日〜11月30日\n受診券は5月下旬に発送します。`],
    ['catalogue', 'catalogue_ja', () => `商品カタログ（業務用）\n型番 | 品名 | JAN | 定価\nKT-${r.digits(4)} | ステンレス寸胴鍋 30cm | 49${r.digits(11)} | ${yen(r.int(8, 30) * 1000)}\nKT-${r.digits(4)} | アルミ雪平鍋 18cm | 45${r.digits(11)} | ${yen(r.int(2, 6) * 1000)}\nSG-${r.digits(3)}A | 業務用炊飯器 5升 | 49${r.digits(11)} | ${yen(r.int(60, 120) * 1000)}`],
    ['invoice-template', 'invoice_template', () => r.chance(0.5) ? `請求書（記入例）\n〇〇〇〇 様\n請求日 令和〇年〇月〇日\n品名 ××× 数量 1 単価 10,000\n振込先 〇〇銀行 〇〇支店 普通 0000000\n口座名義 ヤマダ タロウ（記入例）\n電話 000-0000-0000\n※太枠内をご記入ください` : `納品書 記入例\nお客様名：（例）山田 花子 様\nご住所：（例）〇〇県〇〇市〇〇町1-2-3\n電話：（例）0X0-XXXX-XXXX\n品番：（例）AB-${r.digits(4)}\n※例の部分を消してからご使用ください`],
    ['facility-directions', 'facility_directions', () => `${r.pick(['公民館', '地区センター', '市民プール', '図書館 分館'])}への行き方\n駅${r.pick(['北口', '南口', '東口'])}を出て市役所方面へ直進、${r.int(2, 4)}つ目の信号を${r.pick(['左折', '右折'])}。${r.pick(['郵便局の向かい', '消防署の隣', '小学校の裏手'])}です。\nバス：「${r.pick(['市民会館前', '本町三丁目', '中央公園'])}」下車 徒歩${r.int(2, 8)}分\n駐車場は台数に限りがあります。乗り合わせでお越しください。`],
    ['delivery-slip', 'delivery_slip', () => `配達伝票控え\n伝票番号 ${luhn(`${r.int(1, 9)}${r.digits(14)}`)}\n受付番号 ${mn(`${r.int(1, 9)}${r.digits(10)}`)}\n品名 ギフトセット\n個数 2\n重量 3.2kg\n運賃 ${r.int(9, 16)}00円`],
    ['price-list', 'price_list', () => `クリーニング料金表\nワイシャツ ${r.int(1, 2)}90円\n背広上下 1,${r.int(1, 4)}00円\nコート 1,${r.int(5, 9)}00円\n布団（羽毛） 5,500円\n仕上がり：翌々日（日曜を除く）`],
    ['festival', 'shrine_notice', () => `例大祭のご案内\n${dt26()} 宵宮 18:00〜\n本祭 翌日 10:00 神輿渡御\n露店は境内および参道に出店します。\n氏子各位のご協力をお願い申し上げます。`],
    ['temple-calendar', 'temple_calendar', () => `${r.pick(['年間行事', '令和八年 行事予定'])}\n1月 ${r.pick(['修正会', '新年祈祷会'])}\n3月 春季彼岸会（${r.int(17, 23)}日）\n8月 盂蘭盆会・施餓鬼（${r.int(13, 16)}日 ${r.int(9, 14)}時）\n9月 秋季彼岸会\n12月 除夜の鐘（どなたでもご参加いただけます）`],
    ['juku-ad', 'flyer', () => `春期講習 受付中！\n小学生 ${r.int(8, 15)},000円〜\n中学生 ${r.int(15, 25)},000円〜\n無料体験授業あり\n合格実績：県立高校 ${r.int(20, 60)}名`],
    ['reform-ad', 'flyer', () => `外壁塗装キャンペーン\n30坪 ${r.int(58, 88)}万円〜（足場込み）\n屋根塗装同時で10万円引き\n無料点検実施中／施工実績 ${r.int(800, 1500)}棟`],
    ['stock-sheet', 'stock_sheet', () => `在庫表 ${r.int(1, 12)}月末\n品番,品名,ロット,数量\nA-${r.digits(4)},純米酒 1.8L,L${r.digits(8)},${r.int(1, 40)}\nA-${r.digits(4)},本醸造 720ml,L${r.digits(8)},${r.int(1, 40)}\nB-${r.digits(4)},梅酒 500ml,L${r.digits(8)},${r.int(1, 40)}`],
    ['bus-timetable', 'timetable', () => {
      const base = [7, 8, 9, 11, 13, 15, 17].map((h) => [h, r.int(0, 50)]);
      const row = (off: number) => base.map(([h, m]) => `${h}:${p2(m + off)}`).join(' ');
      return `コミュニティバス時刻表（${r.pick(['平日', '土日祝'])}）\n${r.pick(['市役所前', '駅前'])} ${row(0)}\n${r.pick(['中央病院', '総合運動公園'])} ${row(r.int(5, 9))}\n運賃 一律${r.pick(['100', '150', '200'])}円`;
    }],
    ['receipt-anon', 'receipt', () => `レシート\n${dt26()} 14:${p2(r.int(0, 59))}\n牛乳 1L 218\n食パン 6枚 168\n小計 386\n(内消費税 28)\nお預り 1,000\nお釣り 614\nレジ${r.int(1, 4)} 取引No.${r.digits(6)}`],
    ['estimate-blank', 'quote_template', () => `御見積書（ひな形）\n{{お客様名}} 様\n件名：{{工事名}}\n有効期限：発行日より30日\n{{品名}} {{数量}} {{単価}}\n合計 {{合計金額}}円\n担当：{{担当者}}`],
    ['safety-notice', 'community_notice', () => `${r.pick(['防犯のお知らせ', '【注意】不審電話'])}\n最近、${r.pick(['市内', '町内', '近隣地区'])}で「${r.pick(['市役所の者です', '銀行協会の者です', '警察です'])}」と名乗る不審な電話が増えています。キャッシュカードや暗証番号を聞かれても絶対に教えないでください。`],
    ['pta-notice', 'school_notice', () => `PTA だより\n${r.int(1, 12)}月の行事\n・授業参観 ${dt26()}\n・ベルマーク集計\n・通学路の見守り当番表は各班で配布します。`],
    ['car-list', 'vehicle_list', () => `展示車一覧\n車名,年式,走行,価格\nN-BOX,2019,${r.int(1, 8)}.${r.int(0, 9)}万km,${r.int(80, 130)}万円\nアクア,2018,${r.int(2, 9)}.${r.int(0, 9)}万km,${r.int(60, 110)}万円\nハイエース,2016,${r.int(9, 18)}.${r.int(0, 9)}万km,${r.int(180, 260)}万円`],
    ['pawn-rates', 'price_list', () => `本日の金買取価格\nK24 ${yen(r.int(18, 22) * 1000)}円/g\nK18 ${yen(r.int(13, 16) * 1000)}円/g\nPt900 ${yen(r.int(5, 7) * 1000)}円/g\n※身分証明書をお持ちください`],
    ['salon-menu', 'menu', () => `MENU\nカット ¥${yen(r.int(38, 55) * 100)}\nカラー ¥${yen(r.int(50, 80) * 100)}〜\nパーマ ¥${yen(r.int(70, 90) * 100)}〜\nヘッドスパ ¥3,300\n※ジアミンフリーカラーもございます`],
  ];
  for (let k = 0; k < 52; k++) {
    const [id, style, f] = negs[k % negs.length];
    neg(`${id}-${Math.floor(k / negs.length)}`, style, f());
  }
  // English negatives
  neg('en-menu', 'menu_en', `Café Hinata — Menu\nHand-drip coffee ¥550\nMatcha latte ¥600\nCheesecake ¥480\nOpen 8:00–18:00, closed Wednesdays`);
  neg('en-hours', 'store_notice_en', `Holiday hours: we will be closed from Dec 29 to Jan 3. Orders placed online will ship from Jan 4. Thank you for your support this year!`);
  neg('en-flyer', 'flyer_en', `Community English Café — every 2nd Saturday, 14:00–16:00 at the community centre (second floor). Free entry, snacks ¥100. Beginners welcome!`);

  return out;
}

export const INDEPENDENT13: IndependentDoc[] = buildIndependent13();
