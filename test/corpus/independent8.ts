// Eighth independent labelled test set: a Japanese company's people and its customers on the move. HR and
// recruiting (履歴書 and 職務経歴書 pasted from PDF / Word, エントリーシート, 内定通知, 雇用契約書, 入社手続き with 扶養控除等申告書,
// 通勤経路 and 口座振込依頼, 給与明細, 源泉徴収票, 退職届, 健康診断 results, 休職・復職 面談記録, 人事評価, 辞令, 社員名簿, ATS exports,
// recruiter and scout mail), travel and hospitality (宿泊者名簿 with foreign guests, reservation confirmations, airline
// PNR / e-ticket text, 旅行申込書, travel insurance claims, 添乗員 notes, 忘れ物 reports, レンタカー契約), telecom and
// utilities (携帯電話の契約 and MNP, 光回線の工事日程, 督促, 電気・ガスの開始手続き, 故障受付, 解約), in the forms people really
// paste: PDF text with broken lines and letter spacing, CSV / TSV with 姓/名 and 都道府県/市区町村/番地 split columns, mail
// threads with quoted replies and signatures, Slack / Teams / LINE chat, web form submissions, HR SaaS JSON, full-width
// digits, every dash variant, half-width katakana, OCR noise. About 75% Japanese. Ids prefixed neg- are hard negatives.
//
// Written without reading the detector (utils/) or the synthetic generator (only its `rng` is imported), and never run
// against the detector while being written. Follows the LABELLING CONVENTIONS in the header of
// test/corpus/independent.ts (set #1) and the decisions added in test/corpus/independent5.ts, independent6.ts and
// independent7.ts, and reuses set #1's helpers. Deterministic (fixed seed); values invented; My Number, corporate
// number, card and IBAN check digits computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases sets #1, #5, #6 and #7 do not settle)
// - MNP予約番号 (10 digits), お客様番号 / 契約番号 / 回線契約ID of a telecom or utility, 供給地点特定番号 (22 digits), SIM の
//   ICCID / IMEI, 工事受付番号 and 請求書番号 are account or device identifiers with no type: NOT labelled. The customer's
//   own phone number (the line being ported, 連絡先) IS a phone.
// - Airline PNR locators (6 letters / digits), e-ticket numbers (13 digits, 3-digit airline prefix), flight numbers,
//   seat numbers, hotel 予約番号 / confirmation numbers, room numbers, loyalty (mileage) numbers and rental-car 契約番号
//   are not labelled. A passenger's name in PNR order (SATO/HARUKA MS) is one person_name span without the title
//   (MS / MR / MRS); a hotel guest's name is a person_name.
// - A Japanese national's passport number (旅券番号, TR1234567 shape) is jp_passport; a foreign guest's passport number
//   in a 宿泊者名簿 is not labelled (set #6 rule), though the guest's name, address abroad and phone are. 国籍 is not.
// - 運転免許証番号 (12 digits) of a renter is jp_drivers_license; the licence's colour, 有効期限 and 交付日 are not.
// - 社員番号, 応募者ID, 求人番号, 等級, 給与額, 評価 grades and 通勤経路 (stations, 定期代, route) are not labelled. The
//   employee's home address on a 通勤届 is jp_address. 雇用保険 被保険者番号 (4-6-1 digits) is jp_insurance_number;
//   基礎年金番号 is jp_pension_number; the employee's 給与振込口座 number is jp_bank_account.
// - 扶養家族 (dependants) are people: each dependant's name, reading, birth date and My Number are labelled; 続柄,
//   所得見積額 and 同居/別居 are not.
// - 健康診断 in an HR context: the 受診案内 (date, venue, fasting instructions) is not labelled; in a result each abnormal
//   finding written as label: value is its own sensitive span (set #6 rule), and a 就業判定 that states a restriction
//   because of a condition (「就業判定：要就業制限（高血圧のため夜勤不可）」, label included) is sensitive. 「異常なし」「A判定」 alone are not.
// - 休職・復職 records: the diagnosis and treatment facts (「適応障害」「抗うつ薬を服用中」) are sensitive (medical), each
//   stated fact its own span; 休職期間 and the return date are not. A 人事評価 comment is not sensitive unless it states
//   such a fact (then only that phrase).
// - Travel: a traveller's 持病 / allergy / wheelchair need stated about the person is sensitive (medical / disability);
//   a meal preference without a reason (窓側席希望, ベジタリアン) is not. A theft suffered on a trip (「スリに遭い財布を
//   盗まれた」) is sensitive (crime_victim), the shortest phrase; a lost item (忘れ物, 紛失) is not.
// - An 緊急連絡先 person's name and phone are labelled.
// - Names in company and hotel names (ホテル佐藤, 鈴木交通) are not labelled; hotel / airline / telecom switchboards in
//   contact position are phones; named front-desk, call-centre and HR staff are people.
import { rng } from './generate';
import { AD, BA, CC, CORP, corp, DL, doc, DOB, EM, fw, hira, hwKana, IB, type IndependentDoc, iban, INS, luhn, MN, mn, PEN, type Person, PH, PN, PP, SEN, SSN, ZIP } from './independent';

type R = ReturnType<typeof rng>;
type JP = Omit<Person, 'f'>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

const JA: JP[] = `小松:智也:コマツ:トモヤ:Komatsu:Tomoya 篠原:絵美:シノハラ:エミ:Shinohara:Emi 宮崎:隼人:ミヤザキ:ハヤト:Miyazaki:Hayato
岩田:直美:イワタ:ナオミ:Iwata:Naomi 北村:大樹:キタムラ:ダイキ:Kitamura:Daiki 平野:彩花:ヒラノ:アヤカ:Hirano:Ayaka
杉山:修:スギヤマ:オサム:Sugiyama:Osamu 野村:麻美:ノムラ:アサミ:Nomura:Asami 村上:翼:ムラカミ:ツバサ:Murakami:Tsubasa
大西:香織:オオニシ:カオリ:Onishi:Kaori 古川:洋平:フルカワ:ヨウヘイ:Furukawa:Yohei 工藤:美咲:クドウ:ミサキ:Kudo:Misaki
新井:拓也:アライ:タクヤ:Arai:Takuya 坂本:真理子:サカモト:マリコ:Sakamoto:Mariko 増田:龍之介:マスダ:リュウノスケ:Masuda:Ryunosuke
小山:千夏:コヤマ:チナツ:Koyama:Chinatsu 浜田:啓介:ハマダ:ケイスケ:Hamada:Keisuke 桑原:美帆:クワバラ:ミホ:Kuwabara:Miho
永井:俊:ナガイ:シュン:Nagai:Shun 松井:あかり:マツイ:アカリ:Matsui:Akari 三浦:裕二:ミウラ:ユウジ:Miura:Yuji
西田:里奈:ニシダ:リナ:Nishida:Rina 荒木:伸也:アラキ:シンヤ:Araki:Shinya 服部:綾乃:ハットリ:アヤノ:Hattori:Ayano
安藤:圭:アンドウ:ケイ:Ando:Kei 星野:奈緒:ホシノ:ナオ:Hoshino:Nao 須藤:功:スドウ:イサオ:Sudo:Isao 福田:梨花:フクダ:リカ:Fukuda:Rika
石原:航:イシハラ:ワタル:Ishihara:Wataru 辻:早紀:ツジ:サキ:Tsuji:Saki 竹内:慎吾:タケウチ:シンゴ:Takeuchi:Shingo
熊谷:由香里:クマガイ:ユカリ:Kumagai:Yukari 菅野:聡:カンノ:サトシ:Kanno:Satoshi 野田:舞:ノダ:マイ:Noda:Mai
藤原:和真:フジワラ:カズマ:Fujiwara:Kazuma 中野:加奈子:ナカノ:カナコ:Nakano:Kanako 古賀:賢治:コガ:ケンジ:Koga:Kenji
桜田:日向:サクラダ:ヒナタ:Sakurada:Hinata 小池:恭平:コイケ:キョウヘイ:Koike:Kyohei 大島:彩:オオシマ:アヤ:Oshima:Aya`
  .split(/\s+/)
  .map((s) => {
    const [sei, mei, seiK, meiK, seiR, meiR] = s.split(':');
    return { sei, mei, seiK, meiK, seiR, meiR };
  });
const KIDS: [string, string][] = [['陸斗', 'リクト'], ['結愛', 'ユア'], ['颯太', 'ソウタ'], ['莉子', 'リコ'], ['樹', 'イツキ'], ['杏', 'アン'], ['新', 'アラタ'], ['陽菜', 'ヒナ']];

const JADDR: [string, string][] = [
  ['113-0033', '東京都文京区本郷4-17-6 本郷グランハイツ507'],
  ['332-0012', '埼玉県川口市本町2丁目7番25号'],
  ['252-0303', '神奈川県相模原市南区相模大野3-8-1 ボーノ相模大野サウスモール6F'],
  ['581-0003', '大阪府八尾市本町5-6-13'],
  ['444-0044', '愛知県岡崎市康生通南2丁目31番地'],
  ['310-0015', '茨城県水戸市宮町1丁目2-4 マイム403号室'],
  ['371-0022', '群馬県前橋市千代田町2-9-1'],
  ['641-0036', '和歌山県和歌山市西浜1-4-30'],
  ['760-0050', '香川県高松市亀井町8番地11'],
  ['020-0874', '岩手県盛岡市南大通1丁目15-7 コーポ南大通202'],
  ['890-0053', '鹿児島県鹿児島市中央町19-40'],
  ['039-1166', '青森県八戸市根城8丁目3番12号'],
  ['918-8004', '福井県福井市西木田2-8-1'],
  ['176-0012', '東京都練馬区豊玉北5丁目18−10 サンライズ豊玉301'],
  ['651-2273', '兵庫県神戸市西区糀台5-3-2 西神ハイツ8-1204'],
  ['983-0852', '宮城県仙台市宮城野区榴岡4丁目12ー6'],
  ['400-0858', '山梨県甲府市相生1‐5‐22'],
  ['806-0021', '福岡県北九州市八幡西区黒崎3丁目9番1号'],
  ['503-0015', '岐阜県大垣市林町6丁目80番21'],
  ['271-0092', '千葉県松戸市松戸1181 ヴィラ松戸605'],
  ['064-0808', '北海道札幌市中央区南八条西4丁目422番地5'],
  ['730-0051', '広島県広島市中区大手町3丁目7-2 大手町ハイム1101'],
];
// (kanji address without block numbers cut short; 番地 kept within the span)
const EN: [string, string][] = [
  ['Caroline', 'Ashby'], ['Nathan', 'Brody'], ['Ingrid', 'Solberg'], ['Rahul', 'Menon'], ['Fiona', 'Dunleavy'], ['Victor', 'Hale'],
  ['Mei', 'Chen'], ['Lucas', 'Fontaine'], ['Hannah', 'Kowalski'], ['Diego', 'Marin'], ['Olivia', 'Pearce'], ['Jonas', 'Weber'],
];
const US_ADDR = ['5120 Birchwood Ave, Seattle, WA 98103', '88 Cedar Hollow Rd, Raleigh, NC 27606', '2201 N Lincoln St Apt 3B, Chicago, IL 60614', '415 Sunset Terrace, San Diego, CA 92103'];
const UK_ADDR = ['22 Orchard Close, Bath BA2 4QP', 'Flat 9, 61 Kingsway, Leeds LS6 2EH', '7 Station Parade, Reading RG1 1LG'];
const EU_ADDR: [string, string, string][] = [
  ['DE', 'Lindenstraße 14, 10969 Berlin', '+49 30 2754 8816'],
  ['FR', '18 rue des Carmes, 69002 Lyon', '+33 4 72 41 90 37'],
  ['NL', 'Prinsengracht 233-2, 1016 HT Amsterdam', '+31 20 624 1187'],
  ['ES', 'Calle de Toledo 41, 3º B, 28005 Madrid', '+34 913 65 28 40'],
];
const DOMAINS = ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'ezweb.ne.jp', 'docomo.ne.jp', 'softbank.ne.jp', 'nifty.com'];
const CO = ['株式会社ミナトリンク', '東和トラベルサービス株式会社', '株式会社アオバ通信', 'さくら電力株式会社', '株式会社ホテル北斗', '株式会社ネクストキャリア'];

// ---------------------------------------------------------------------------------------------------------------
// Values

const lc = (s: string) => s.toLowerCase();
const sub = (r: R, n: number) => String(r.int(2, 9)) + r.digits(n - 1);
const DASH = ['-', '－', 'ー', '−', '‐', '–', '—'];
function tel(r: R, mobile = r.next() < 0.6, dash?: string): string {
  const d = dash ?? DASH[r.int(0, DASH.length - 1)];
  if (mobile) return `${r.pick(['090', '080', '070'])}${d}${sub(r, 4)}${d}${r.digits(4)}`;
  const a = r.pick(['03', '06', '022', '045', '052', '082', '092', '0263', '0857']);
  const mid = a.length === 2 ? sub(r, 4) : a.length === 3 ? sub(r, 3) : sub(r, 2);
  return `${a}${d}${mid}${d}${r.digits(4)}`;
}
const myNo = (r: R, sep = ' ') => {
  const x = mn(`${r.int(1, 9)}${r.digits(10)}`);
  return sep === '' ? x : `${x.slice(0, 4)}${sep}${x.slice(4, 8)}${sep}${x.slice(8)}`;
};
const card = (r: R, pre: string) => {
  const x = luhn(`${pre}${r.digits(15 - pre.length)}`);
  return `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8, 12)} ${x.slice(12)}`;
};
const acct = (r: R) => String(r.int(1000000, 9999999));
const koyo = (r: R) => `${r.int(1000, 9999)}-${r.digits(6)}-${r.int(0, 9)}`;
const pension = (r: R) => `${r.int(1000, 9999)}-${r.digits(6)}`;
const license = (r: R) => `${r.pick(['30', '45', '62', '53', '23'])}${r.digits(10)}`;
const jpPass = (r: R) => `${r.pick(['TR', 'TK', 'MZ', 'TS', 'RE'])}${r.digits(7)}`;
const ymd = (r: R, y0 = 1965, y1 = 2003) => [r.int(y0, y1), r.int(1, 12), r.int(1, 28)] as const;
function dob(r: R, form: number, y0 = 1965, y1 = 2003): string {
  const [y, m, d] = ymd(r, y0, y1);
  const p = (n: number) => String(n).padStart(2, '0');
  switch (form % 6) {
    case 0:
      return `${y}年${m}月${d}日`;
    case 1:
      return y >= 1989 ? `平成${y - 1988 === 1 ? '元' : y - 1988}年${m}月${d}日` : `昭和${y - 1925}年${m}月${d}日`;
    case 2:
      return `${y}/${p(m)}/${p(d)}`;
    case 3:
      return fw(`${y}年${m}月${d}日`);
    case 4:
      return `${y}-${p(m)}-${p(d)}`;
    default:
      return y >= 1989 ? `H${y - 1988}.${m}.${d}` : `S${y - 1925}.${m}.${d}`;
  }
}
const enDob = (r: R) => {
  const [y, m, d] = ymd(r, 1958, 2000);
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}, ${y}`;
};
const spaced = (s: string) => Array.from(s).join(' ');
const pnr = (r: R) => Array.from({ length: 6 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[r.int(0, 31)]).join('');

export function buildIndependent8(): IndependentDoc[] {
  const r = rng(80808);
  const out: IndependentDoc[] = [];
  let pj = 0;
  let pa = 0;
  let pe = 0;
  const nj = () => JA[(pj++ * 7) % JA.length];
  const na = () => JADDR[pa++ % JADDR.length];
  const ne = () => EN[pe++ % EN.length];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const mail = (p: JP) => `${lc(p.meiR)}.${lc(p.seiR)}${r.int(1, 99)}@${r.pick(DOMAINS)}`;
  const n = (p: JP, sep = ' ') => `${p.sei}${sep}${p.mei}`;
  const k = (p: JP, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;

  // =============================================================================================================
  // HR and recruiting
  // A. 履歴書 pasted from PDF (letter-spaced names, broken lines)
  for (let i = 0; i < 6; i++) {
    const p = nj();
    const [z, a] = na();
    const sp = i % 2 === 0;
    add(
      `ja-rirekisho-${i}`,
      'pdf_text',
      `履 歴 書\n${2026 - (i % 2)}年 ${r.int(1, 12)}月 ${r.int(1, 28)}日現在\nふりがな　${PN(hira(k(p)))}\n氏　　名　${PN(sp ? spaced(n(p, '')) : n(p))}\n生年月日　${DOB(dob(r, i))}生（満 ${r.int(23, 45)} 歳）\n` +
        `現住所　〒${ZIP(z)}\n${AD(a)}\n電話　${PH(tel(r, true, '-'))}\nE-mail　${EM(mail(p))}\n` +
        `学　歴\n20${r.int(10, 18)} 3 ${r.pick(['県立', '市立'])}高等学校 卒業\n20${r.int(10, 20)} 4 ${r.pick(['関東', '中央', '西日本'])}大学 経済学部 入学\n職　歴\n${r.pick(CO)} 入社\n営業部に配属\n現在に至る\n免許・資格\n普通自動車第一種運転免許 取得\nTOEIC ${r.int(6, 9)}${r.int(0, 9)}0点\n本人希望記入欄\n貴社規定に従います。`,
    );
  }
  // B. 職務経歴書 (Word paste)
  for (let i = 0; i < 5; i++) {
    const p = nj();
    add(
      `ja-shokumu-${i}`,
      'word_text',
      `職務経歴書\n${2026}年${r.int(1, 11)}月${r.int(1, 28)}日現在\n氏名：${PN(n(p, i % 2 ? '　' : ''))}\n■職務要約\n法人営業として${r.int(4, 12)}年間、中堅製造業向けに基幹システムの提案を担当。直近は${r.int(3, 8)}名のチームリーダーとして年間売上${r.int(2, 9)}億円を達成。\n■職務経歴\n20${r.int(12, 18)}年4月～現在　${r.pick(CO)}（従業員数${r.int(120, 900)}名）\n・新規開拓（年間${r.int(20, 60)}社）\n・既存顧客のリプレース提案\n■活かせる経験・知識\n要件定義、プロジェクト管理、Excel VBA\n■連絡先\n${EM(mail(p))} / ${PH(tel(r, true))}`,
    );
  }
  // C. エントリーシート web form
  for (let i = 0; i < 6; i++) {
    const p = nj();
    const [z, a] = na();
    add(
      `ja-es-${i}`,
      'form_submission',
      `【新卒採用エントリー】フォームから送信されました\n応募コース: ${r.pick(['総合職', '技術職', 'ホテルサービス職'])}\n姓: ${PN(p.sei)}\n名: ${PN(p.mei)}\nセイ: ${PN(p.seiK)}\nメイ: ${PN(p.meiK)}\n生年月日: ${DOB(dob(r, i + 2, 2002, 2004))}\n郵便番号: ${ZIP(z.replace('-', i % 2 ? '' : '-'))}\n住所: ${AD(a)}\n携帯電話: ${PH(tel(r, true, ''))}\nメールアドレス: ${EM(mail(p))}\n大学名: ${r.pick(['東北', '早稲田', '同志社', '九州'])}大学\n学部: ${r.pick(['法学部', '理工学部', '観光学部'])}\n卒業予定: 2027年3月\n自己PR: 大学時代は旅館でのアルバイトを${r.int(2, 4)}年続け、外国人のお客様対応を任されました。\n送信日時: 2026/${r.int(3, 6)}/${r.int(1, 28)} ${r.int(9, 23)}:${r.int(10, 59)}`,
    );
  }
  // D. 内定通知
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const hr = nj();
    const [z, a] = na();
    const c = corp(`${r.int(1, 9)}${r.digits(11)}`);
    add(
      `ja-naitei-${i}`,
      'letter',
      `〒${ZIP(z)}\n${AD(a)}\n${PN(n(p))} 様\n\n2026年${r.int(6, 10)}月${r.int(1, 28)}日\n${CO[i % CO.length]}\n法人番号 ${CORP(c)}\n人事部長 ${PN(n(hr))}\n\n採用内定のご通知\n\n拝啓　時下ますますご清祥のこととお慶び申し上げます。\nさて、先般の選考の結果、貴殿を採用することに内定いたしましたのでご通知申し上げます。\n入社予定日：2027年4月1日\n同封の内定承諾書に署名・捺印のうえ、${r.int(10, 30)}日以内にご返送ください。\nご不明な点は人事部 採用担当 ${PN(nj().sei)}（${PH(tel(r, false, '-'))}）までお問い合わせください。\n敬具`,
    );
  }
  // E. 雇用契約書
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const boss = nj();
    const [, a] = na();
    add(
      `ja-keiyaku-${i}`,
      'contract',
      `雇用契約書\n${CO[(i + 2) % CO.length]}（以下「甲」という）と${PN(n(p))}（以下「乙」という）は、次のとおり雇用契約を締結する。\n第1条（契約期間）　2026年${r.int(4, 10)}月1日から期間の定めなし（試用期間3か月）\n第2条（就業場所）　本社および甲の指定する事業所\n第3条（業務内容）　${r.pick(['フロント業務', '法人営業', '経理事務', '旅行企画'])}\n第4条（賃金）　基本給 月額${r.int(22, 34)}${r.int(0, 9)},000円、通勤手当 実費（上限月5万円）\n第5条（始業・終業）　9:00～18:00（休憩60分）\n\n甲　代表取締役 ${PN(n(boss))}\n乙　住所 ${AD(a)}\n　　氏名 ${PN(n(p))}　㊞\n　　生年月日 ${DOB(dob(r, i + 1))}`,
    );
  }
  // F. 扶養控除等申告書 (dependants)
  for (let i = 0; i < 6; i++) {
    const p = nj();
    const sp = nj();
    const kid = KIDS[r.int(0, KIDS.length - 1)];
    const [z, a] = na();
    const fwd = i % 3 === 0;
    const m = (x: string) => (fwd ? fw(x) : x);
    add(
      `ja-fuyou-${i}`,
      'form_pdf',
      `令和8年分 給与所得者の扶養控除等（異動）申告書\n源泉控除対象配偶者・控除対象扶養親族の記入欄\nあなたの氏名（フリガナ）　${PN(n(p))}（${PN(k(p))}）\nあなたの個人番号　${MN(myNo(r, ' '))}\nあなたの生年月日　${DOB(dob(r, i))}\nあなたの住所　〒${ZIP(m(z))} ${AD(fwd ? fw(a) : a)}\n世帯主の氏名　${PN(n(p))}　続柄　本人\n\n源泉控除対象配偶者\n氏名　${PN(`${p.sei} ${sp.mei}`)}（${PN(`${p.seiK} ${sp.meiK}`)}）　個人番号　${MN(myNo(r, ''))}\n生年月日　${DOB(dob(r, i + 1))}　令和8年中の所得の見積額　${r.int(0, 95)}万円　同居\n\n控除対象扶養親族（16歳以上）\n${i % 2 ? 'なし' : '―'}\n16歳未満の扶養親族\n氏名　${PN(`${p.sei} ${kid[0]}`)}　続柄　子　生年月日　${DOB(dob(r, i + 2, 2012, 2020))}`,
    );
  }
  // G. 通勤届 + 給与振込口座
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const [z, a] = na();
    const bank = r.pick(['三井住友銀行', 'みずほ銀行', '楽天銀行', '住信SBIネット銀行', '横浜銀行']);
    add(
      `ja-tsukin-${i}`,
      'form_submission',
      `通勤経路届・給与振込口座届（入社手続き）\n社員番号: E${r.digits(6)}\n氏名: ${PN(n(p))}\n現住所: 〒${ZIP(z)} ${AD(a)}\n最寄駅: ${r.pick(['本郷三丁目', '川口', '相模大野', '八尾', '東岡崎'])}駅（徒歩${r.int(3, 15)}分）\n経路: ${r.pick(['JR京浜東北線', '東京メトロ丸ノ内線', '小田急線'])} → ${r.pick(['東京', '新宿', '大手町'])}駅 乗換 → 本社\n1か月定期代: ${r.int(8, 24)},${r.digits(3)}円\n振込先: ${bank} ${r.pick(['本店営業部', '新宿支店', '渋谷支店'])}（${r.digits(3)}）\n預金種目: 普通\n口座番号: ${BA(acct(r))}\n口座名義: ${PN(i % 2 ? hwKana(k(p)) : k(p))}\n緊急連絡先: ${PN(`${p.sei} ${nj().mei}`)}（${r.pick(['母', '父', '配偶者'])}） ${PH(tel(r))}`,
    );
  }
  // H. 給与明細 (PDF)
  for (let i = 0; i < 5; i++) {
    const p = nj();
    add(
      `ja-meisai-${i}`,
      'pdf_text',
      `給与明細書　2026年${r.int(1, 9)}月分\n${CO[i % CO.length]}\n所属 ${r.pick(['営業部', 'フロント課', '管理部'])}　社員番号 ${r.digits(5)}　氏名 ${PN(i % 2 ? spaced(n(p, '')) : n(p))} 様\n支給\n基本給 ${r.int(210, 390)},000\n時間外手当 ${r.int(5, 60)},${r.digits(3)}\n通勤手当 ${r.int(8, 20)},${r.digits(3)}\n控除\n健康保険 ${r.int(10, 20)},${r.digits(3)}\n厚生年金 ${r.int(18, 36)},${r.digits(3)}\n雇用保険 ${r.int(1, 2)},${r.digits(3)}\n所得税 ${r.int(4, 15)},${r.digits(3)}\n住民税 ${r.int(8, 25)},${r.digits(3)}\n差引支給額 ${r.int(200, 330)},${r.digits(3)}\n振込口座 ${r.pick(['ゆうちょ銀行', '三菱UFJ銀行'])} ****${r.digits(3)}`,
    );
  }
  // I. 源泉徴収票
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const dep = nj();
    const [, a] = na();
    const [, ca] = na();
    const c = corp(`${r.int(1, 9)}${r.digits(11)}`);
    add(
      `ja-gensen-${i}`,
      'pdf_text',
      `令和７年分　給与所得の源泉徴収票\n支払を受ける者\n住所又は居所　${AD(a)}\n(個人番号) ${MN(myNo(r, ''))}\n(フリガナ) ${PN(k(p))}\n氏名　${PN(n(p))}\n種別 給料・賞与　支払金額 ${r.int(3, 8)},${r.digits(3)},${r.digits(3)}　給与所得控除後の金額 ${r.int(2, 6)},${r.digits(3)},${r.digits(3)}\n源泉徴収税額 ${r.int(40, 400)},${r.digits(3)}\n控除対象扶養親族\n(フリガナ) ${PN(`${p.seiK} ${dep.meiK}`)}　区分 ${r.pick(['', '特定'])}\n氏名 ${PN(`${p.sei} ${dep.mei}`)}\n(個人番号) ${MN(myNo(r, ' '))}\n受給者生年月日　${DOB(dob(r, 1))}\n支払者\n個人番号又は法人番号 ${CORP(c)}\n住所(居所)又は所在地 ${AD(ca)}\n氏名又は名称 ${CO[(i + 1) % CO.length]}　(電話) ${PH(tel(r, false, '-'))}`,
    );
  }
  // J. 退職届
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const boss = nj();
    const med = i % 2 === 1;
    add(
      `ja-taishoku-${i}`,
      'letter',
      `退職届\n\n私儀\n${med ? `このたび、${SEN(r.pick(['持病の腰椎椎間板ヘルニアが悪化し', '乳がんの治療に専念するため', 'うつ病の療養に専念するため']))}、` : 'このたび、一身上の都合により、'}\n来たる2026年${r.int(5, 12)}月${r.pick(['15', '20', '31'])}日をもって退職いたします。\n\n2026年${r.int(3, 5)}月${r.int(1, 28)}日\n${r.pick(['営業部', '宿泊部', 'カスタマーサポート部'])}\n${PN(n(p))}　印\n\n${CO[(i + 3) % CO.length]}\n代表取締役社長　${PN(n(boss))}殿`,
    );
  }
  // K. 健康診断 結果 (HR forwards; abnormal findings sensitive)
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const nurse = nj();
    const f1 = r.pick([`血圧：${r.int(150, 178)}/${r.int(95, 110)} 要精密検査`, `空腹時血糖：${r.int(126, 180)} mg/dL 要医療`, `γ-GTP：${r.int(120, 260)} U/L 要再検査`]);
    const f2 = r.pick(['胸部X線：右上肺野 結節影 要精密検査', '心電図：完全右脚ブロック 経過観察', '尿潜血：（2+） 要再検査']);
    add(
      `ja-kenshin-${i}`,
      'mail',
      `件名: 【親展】定期健康診断 結果のお知らせ（要受診者）\n\n${PN(p.sei)}さん\n\n産業保健スタッフの${PN(nurse.sei)}です。今年度の定期健康診断の結果、以下の項目で所見がありました。\n\n氏名: ${PN(n(p))}（社員番号 ${r.digits(6)}）\n健康保険証 記号 ${INS(`${r.int(1000, 9999)} 番号 ${r.int(10, 999)}`)}\n受診日: 2026年${r.int(4, 7)}月${r.int(1, 28)}日\n${SEN(f1)}\n${SEN(f2)}\n視力・聴力：異常なし\n${i % 2 ? SEN('就業判定：要就業制限（高血圧のため夜勤不可）') : '就業判定：通常勤務可'}\n\n${r.int(1, 3)}か月以内に医療機関を受診し、受診報告書を提出してください。\n産業看護師 ${PN(n(nurse))}　内線 ${r.int(2000, 2999)}`,
    );
  }
  // L. 休職・復職 面談記録
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const mgr = nj();
    const doc1 = nj();
    add(
      `ja-fukushoku-${i}`,
      'memo',
      `復職面談記録（人事・産業医）\n対象者：${PN(n(p))}（${r.pick(['営業二課', 'コールセンター', '経理課'])}）\n面談日：2026/${r.int(1, 9)}/${r.int(1, 28)}\n出席：産業医 ${PN(doc1.sei)}医師、上長 ${PN(n(mgr))}、人事 ${PN(nj().sei)}\n経過：${SEN(r.pick(['適応障害', 'うつ病', '双極性障害II型']))}の診断により2026年${r.int(1, 4)}月から休職。主治医の診断書では「就労可能」。\n現在の状況：${SEN(r.pick(['抗うつ薬を服用中', '睡眠導入剤を服用中', '月2回の通院を継続中']))}。生活リズムは安定し、図書館通いを${r.int(3, 6)}週間継続。\n判断：${r.int(4, 6)}月1日より短時間勤務（6時間）で復職可。残業・出張は当面不可。\n次回面談：復職${r.int(2, 4)}週間後`,
    );
  }
  // M. 人事評価 comments (TSV)
  for (let i = 0; i < 4; i++) {
    const rows: string[] = ['社員番号\t氏名\t等級\t評価\t一次評価者\tコメント'];
    for (let j = 0; j < 4; j++) {
      const p = nj();
      const ev = nj();
      const cm = i === 1 && j === 2 ? `${SEN('持病の喘息')}で欠勤が続いたが、後半は目標を達成` : r.pick(['新規顧客開拓で目標比120%', '後輩指導に積極的。資料の精度に課題', 'クレーム対応の手際が良い', '期限遅れが2件あり改善を求める']);
      rows.push(`${r.digits(6)}\t${PN(n(p))}\t${r.pick(['G3', 'G4', 'M1'])}\t${r.pick(['S', 'A', 'B', 'C'])}\t${PN(n(ev))}\t${cm}`);
    }
    add(`ja-hyouka-${i}`, 'tsv', rows.join('\n'));
  }
  // N. 辞令
  for (let i = 0; i < 4; i++) {
    const p = nj();
    const pres = nj();
    add(
      `ja-jirei-${i}`,
      'notice',
      `辞　令\n\n${r.pick(['営業本部 第一営業部', '宿泊事業部 ホテル北斗札幌', '経営企画室'])}\n${PN(n(p))} 殿\n\n2026年${r.int(4, 10)}月1日付をもって\n${r.pick(['大阪支店 法人営業課長', '福岡支店 副支店長', '人事部 人事課'])}を命ずる\n\n${CO[i % CO.length]}\n代表取締役　${PN(n(pres))}`,
    );
  }
  // O. 社員名簿 CSV with split columns
  for (let i = 0; i < 4; i++) {
    const rows: string[] = ['社員番号,姓,名,セイ,メイ,生年月日,都道府県,市区町村,番地,建物名,携帯電話,入社日'];
    for (let j = 0; j < 5; j++) {
      const p = nj();
      const [, a] = na();
      const m = a.match(/^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)(.+?[市区町村])(.+?)(?: (.+))?$/);
      const pref = m ? m[1] : '';
      const city = m ? m[2] : '';
      const rest = m ? m[3] : a;
      const bld = m && m[4] ? m[4] : '';
      const addrCells = bld ? AD(`${pref},${city},${rest},${bld}`) : `${AD(`${pref},${city},${rest}`)},`;
      rows.push(`${r.digits(5)},${PN(p.sei)},${PN(p.mei)},${PN(i % 2 ? hwKana(p.seiK) : p.seiK)},${PN(i % 2 ? hwKana(p.meiK) : p.meiK)},${DOB(dob(r, i * 3 + 2))},${addrCells},${PH(tel(r, true))},20${r.int(10, 25)}/04/01`);
    }
    add(`ja-meibo-${i}`, 'csv_ja_headers', rows.join('\n'));
  }
  // P. ATS JSON export
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const rec = nj();
    const [z, a] = na();
    add(
      `ja-ats-${i}`,
      'json',
      `{"applicant_id":"APL-${r.digits(7)}","job_id":"REQ-${r.digits(4)}","stage":"${r.pick(['書類選考', '一次面接', '最終面接', 'オファー'])}",\n "candidate":{"last_name":"${PN(p.sei)}","first_name":"${PN(p.mei)}","last_name_kana":"${PN(p.seiK)}","first_name_kana":"${PN(p.meiK)}",\n  "birth_date":"${DOB(dob(r, 4))}","email":"${EM(mail(p))}","phone":"${PH(tel(r, true, '-'))}",\n  "address":{"postal_code":"${ZIP(z)}","full":"${AD(a)}"}},\n "recruiter":{"name":"${PN(n(rec))}","email":"${EM(`${lc(rec.seiR)}@nextcareer.co.jp`)}"},\n "source":"${r.pick(['リクナビ', 'doda', 'LinkedIn', '社員紹介'])}","expected_salary":${r.int(400, 900)}0000,"updated_at":"2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:${r.int(10, 59)}:00+09:00"}`,
    );
  }
  // Q. recruiter mail thread (JA) with quoted reply and signature
  for (let i = 0; i < 5; i++) {
    const c = nj();
    const rec = nj();
    add(
      `ja-recmail-${i}`,
      'mail_thread',
      `${PN(rec.sei)}様\n\nお世話になっております。${PN(n(c))}です。\n二次面接の日程、${r.int(6, 9)}月${r.int(1, 28)}日（${r.pick(['月', '火', '水'])}）14時でお願いいたします。\n当日は現職の都合で携帯（${PH(tel(r, true))}）にご連絡いただけますと幸いです。\n\n${PN(n(c))}\n\n> ${PN(n(c))}様\n> 株式会社ネクストキャリアの${PN(rec.sei)}です。\n> 一次面接の結果、ぜひ次のステップにお進みいただきたくご連絡しました。\n> 候補日：${r.int(6, 9)}/${r.int(1, 14)}、${r.int(6, 9)}/${r.int(15, 28)}\n> --\n> 株式会社ネクストキャリア　キャリアアドバイザー\n> ${PN(n(rec))}\n> TEL ${PH(tel(r, false, '-'))} / ${EM(`${lc(rec.meiR)}.${lc(rec.seiR)}@nextcareer.co.jp`)}`,
    );
  }
  // R. スカウトメール (EN/JA)
  for (let i = 0; i < 4; i++) {
    const c = nj();
    const [fn, ln] = ne();
    add(
      `en-scout-${i}`,
      'mail',
      `Subject: Senior Backend Engineer role in Tokyo — would you be open to a chat?\n\nHi ${PN(i % 2 ? c.meiR : `${c.meiR} ${c.seiR}`)},\n\nI came across your profile and your work on payment APIs at your current company. We're hiring a Senior Backend Engineer (Go, PostgreSQL) for a travel-tech client in Tokyo, salary range JPY 9–13M, hybrid.\n\nIf you're interested, reply here or book 20 minutes on my calendar.\n\nBest,\n${PN(`${fn} ${ln}`)}\nTalent Partner, Harbor Search KK\n${PH(`+81-3-${sub(r, 4)}-${r.digits(4)}`)} | ${EM(`${lc(fn)}.${lc(ln)}@harborsearch.jp`)}`,
    );
  }

  // =============================================================================================================
  // Travel and hospitality
  // S. 宿泊者名簿 (TSV, foreign and Japanese guests)
  const FG: [string, string, string, string][] = [
    ['SCHMIDT, Katharina', 'ドイツ', 'Friedrichstraße 102, 10117 Berlin', '49'],
    ['NGUYEN THI LAN', 'ベトナム', '25 Ngõ 12 Láng Hạ, Đống Đa, Hà Nội', '84'],
    ['OLIVEIRA Bruno', 'ブラジル', 'Rua Augusta 1508, São Paulo SP 01304-001', '55'],
    ['PARK JIHOON', '韓国', '서울특별시 마포구 양화로 45', '82'],
    ['WALSH Siobhan', 'アイルランド', '12 Griffith Avenue, Dublin 9, D09 X8P2', '353'],
    ['LIU YANG', '中国', '上海市徐汇区漕溪北路88号', '86'],
  ];
  for (let i = 0; i < 5; i++) {
    const rows = ['到着日\t部屋\t氏名\t住所\t電話\t国籍\t旅券番号'];
    for (let j = 0; j < 3; j++) {
      const g = FG[(i + j) % FG.length];
      rows.push(`2026/0${r.int(1, 9)}/${r.int(10, 28)}\t${r.int(2, 12)}0${r.int(1, 9)}\t${PN(g[0])}\t${AD(g[2])}\t${PH(`+${g[3]} ${sub(r, 3)} ${r.digits(3)} ${r.digits(4)}`)}\t${g[1]}\t${r.pick(['C', 'N', 'F', 'M'])}${r.digits(8)}`);
    }
    const p = nj();
    const [, a] = na();
    rows.push(`2026/0${r.int(1, 9)}/${r.int(10, 28)}\t${r.int(2, 12)}0${r.int(1, 9)}\t${PN(n(p))}\t${AD(a)}\t${PH(tel(r))}\t日本\t`);
    add(`ja-meibo-hotel-${i}`, 'tsv', `宿泊者名簿（${r.pick(['ホテル北斗 札幌', '湯の宿 かすみ荘', 'ホテル北斗 金沢'])}）\n${rows.join('\n')}`);
  }
  // T. reservation confirmation (EN)
  for (let i = 0; i < 6; i++) {
    const [fn, ln] = ne();
    const cc = card(r, r.pick(['4', '53', '55', '3562']));
    const masked = i % 2 === 0;
    add(
      `en-hotel-conf-${i}`,
      'mail',
      `Your reservation is confirmed — Hotel Hokuto Kyoto\nConfirmation no. ${r.digits(10)}\n\nDear ${PN(i % 3 === 0 ? fn : `${fn} ${ln}`)},\nThank you for choosing Hotel Hokuto Kyoto. Check-in ${r.int(1, 28)} ${r.pick(['April', 'May', 'October'])} 2026 from 15:00, ${r.int(2, 5)} nights, Superior Twin, non-smoking.\nGuest: ${PN(`${ln.toUpperCase()} ${fn}`)}\nPhone: ${PH(i % 2 ? `+1 (206) ${sub(r, 3)}-${r.digits(4)}` : `+44 7${r.digits(3)} ${r.digits(6)}`)}\nE-mail: ${EM(`${lc(fn)}${lc(ln[0])}@${r.pick(['gmail.com', 'outlook.com', 'proton.me'])}`)}\nGuarantee: ${masked ? `Visa ending ${r.digits(4)}` : CC(cc)}\nSpecial requests: ${i === 3 ? `wheelchair-accessible room (${SEN('guest uses a wheelchair')})` : r.pick(['high floor', 'late check-in around 22:00', 'extra pillow'])}\n\nHotel Hokuto Kyoto, Nakagyo-ku, Kyoto | ${PH('+81-75-211-' + r.digits(4))} | ${EM('stay@hotel-hokuto.jp')}`,
    );
  }
  // U. airline e-ticket / PNR (EN)
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const p2 = nj();
    add(
      `en-eticket-${i}`,
      'pdf_text',
      `ELECTRONIC TICKET ITINERARY / RECEIPT\nBOOKING REF: ${pnr(r)}\nPASSENGER 1: ${PN(`${p.seiR.toUpperCase()}/${p.meiR.toUpperCase()}`)} ${r.pick(['MR', 'MS'])}   TICKET ${r.pick(['131', '205', '180'])}-${r.digits(10)}\nPASSENGER 2: ${PN(`${p2.seiR.toUpperCase()}/${p2.meiR.toUpperCase()}`)} ${r.pick(['MR', 'MS'])}   TICKET ${r.pick(['131', '205'])}-${r.digits(10)}\nFLIGHT  DATE   FROM  TO   DEP   ARR   CLASS  BAG\nJL${r.int(30, 60)}   ${r.int(10, 28)}MAY  HND   ${r.pick(['LHR', 'CDG', 'SIN', 'SFO'])}  ${r.int(10, 12)}:${r.int(10, 59)} ${r.int(14, 18)}:${r.int(10, 59)}  Y      2PC\nFREQUENT FLYER: JL ${r.digits(9)}\nCONTACT: ${PH(`+81${tel(r, true, '').slice(1)}`)}  ${EM(mail(p))}\nFORM OF PAYMENT: CC VI XXXXXXXXXXXX${r.digits(4)}\nENDORSEMENTS: NON-REF/CHG FEE APPLIES`,
    );
  }
  // V. 旅行申込書 (Japanese travellers; passport, DOB, emergency contact)
  for (let i = 0; i < 6; i++) {
    const p = nj();
    const e = nj();
    const [z, a] = na();
    add(
      `ja-tour-app-${i}`,
      'form',
      `海外旅行申込書（東和トラベルサービス）\nツアー名: ${r.pick(['秋のイタリア周遊8日間', 'ハワイ・オアフ島6日間', '台湾・台北グルメ4日間'])}\n出発日: 2026年${r.int(6, 11)}月${r.int(1, 28)}日\n代表者氏名（漢字）: ${PN(n(p))}\n氏名（ローマ字・旅券と同一）: ${PN(`${p.seiR.toUpperCase()} ${p.meiR.toUpperCase()}`)}\n生年月日: ${DOB(dob(r, i + 3, 1950, 1995))}\n旅券番号: ${PP(i % 3 === 2 ? fw(jpPass(r)) : jpPass(r))}　有効期限: 20${r.int(28, 35)}/${r.int(1, 12)}/${r.int(1, 28)}\n住所: 〒${ZIP(z)} ${AD(a)}\n電話: ${PH(tel(r))}\nメール: ${EM(mail(p))}\n緊急連絡先（国内）: ${PN(n(e))}（${r.pick(['長男', '妹', '友人'])}） ${PH(tel(r, true))}\n${i % 2 ? SEN(`健康状態について: ${r.pick(['糖尿病でインスリン注射を携行', '心臓ペースメーカーを装着', '人工透析を週3回受けている'])}`) : '健康状態について: 特になし'}\n食事: ${r.pick(['特になし', '窓側席希望', 'ベジタリアン'])}`,
    );
  }
  // W. travel insurance claim (JA / EN)
  for (let i = 0; i < 6; i++) {
    if (i % 2 === 0) {
      const p = nj();
      const [z, a] = na();
      add(
        `ja-ins-claim-${i}`,
        'form',
        `海外旅行保険　保険金請求書\n証券番号: ${r.pick(['OT', 'TR'])}${r.digits(9)}\n被保険者氏名: ${PN(n(p))}（${PN(hwKana(k(p)))}）\n生年月日: ${DOB(dob(r, i))}\n住所: 〒${ZIP(z)} ${AD(a)}\n連絡先: ${PH(tel(r, true))}\n事故の内容: ${i === 2 ? `バルセロナの地下鉄車内で${SEN('スリに遭い財布を盗まれた')}。現地警察で盗難証明を取得。` : `${r.pick(['ハワイ', 'パリ'])}滞在中に${SEN(r.pick(['急性胃腸炎を発症し2日間入院', '転倒して右手首を骨折', '高熱が出て現地の病院で肺炎と診断']))}。`}\n請求額: ${r.int(5, 90)},${r.digits(3)}円\n保険金振込先: ${r.pick(['りそな銀行', '七十七銀行'])} ${r.pick(['本店', '仙台駅前支店'])} 普通 ${BA(acct(r))}`,
      );
    } else {
      const [fn, ln] = ne();
      const eu = EU_ADDR[i % EU_ADDR.length];
      const ib = iban(eu[0], eu[0] === 'DE' ? `${r.digits(8)}${r.digits(10)}` : eu[0] === 'NL' ? `ABNA${r.digits(10)}` : eu[0] === 'FR' ? `${r.digits(10)}${r.digits(11)}${r.digits(2)}` : `${r.digits(20)}`);
      add(
        `en-ins-claim-${i}`,
        'form',
        `Travel insurance claim form — inbound visitor policy\nPolicy no: IV-${r.digits(8)}\nClaimant: ${PN(`${fn} ${ln}`)}\nDate of birth: ${DOB(enDob(r))}\nHome address: ${AD(eu[1])}\nPhone: ${PH(eu[2])}\nEmail: ${EM(`${lc(fn)}.${lc(ln)}@${r.pick(['web.de', 'orange.fr', 'ziggo.nl', 'gmail.com'])}`)}\nWhat happened: ${SEN(r.pick(['Fractured left ankle while hiking on Mt Takao', 'Admitted to hospital in Osaka with acute appendicitis', 'Treated for a severe allergic reaction to shellfish']))}, ${r.int(1, 5)} days.\nAmount claimed: JPY ${r.int(80, 900)},${r.digits(3)}\nPay to IBAN: ${IB(ib)}`,
      );
    }
  }
  // X. 添乗員 notes (chat / memo)
  for (let i = 0; i < 4; i++) {
    const a = nj();
    const b = nj();
    const c = nj();
    add(
      `ja-tenjo-${i}`,
      'chat',
      `[Teams] 添乗報告_${r.pick(['北海道', '九州', 'イタリア'])}ツアー\n${PN(n(c))} 18:32\n本日の報告です。参加${r.int(18, 32)}名、全員ホテル着済み。\n${PN(a.sei)}様（${r.pick(['60', '70', '80'])}代）が${SEN(r.pick(['持病の腰痛で歩行がつらい', '軽い脳梗塞の後遺症で右足が不自由', '糖尿病で食事制限あり']))}とのことで、明日の散策はバス待機にします。\n${PN(b.sei)}様ご夫妻は${r.pick(['空港でスーツケースが遅れて到着', '夕食の席を窓側に変更希望'])}。対応済み。\n${PN(nj().sei)} 18:52\n了解です。${PN(a.sei)}様の件、保険会社にも念のため共有します。`,
    );
  }
  // Y. 忘れ物 report
  for (let i = 0; i < 4; i++) {
    const p = nj();
    const staff = nj();
    add(
      `ja-wasuremono-${i}`,
      'form',
      `忘れ物・遺失物 受付票\n受付番号: LF-${r.digits(6)}\n発見日時: 2026/0${r.int(1, 9)}/${r.int(10, 28)} ${r.int(10, 12)}:${r.int(10, 59)}\n発見場所: ${r.int(3, 11)}0${r.int(1, 9)}号室 ${r.pick(['クローゼット', 'ベッド脇', '浴室'])}\n品名: ${r.pick(['スマートフォン充電器（白）', '腕時計', '眼鏡ケース', '子ども用ぬいぐるみ'])}\n宿泊者: ${PN(i % 2 ? k(p) : n(p))} 様\n連絡先: ${PH(tel(r))}\n対応: お電話済み。${r.pick(['着払いで', 'レターパックで'])}ご自宅へ発送。\n送付先: ${AD(na()[1])}\n担当: フロント ${PN(staff.sei)}`,
    );
  }
  // Z. レンタカー契約
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const [z, a] = na();
    const lic = license(r);
    add(
      `ja-rentacar-${i}`,
      'form',
      `レンタカー貸渡契約書\n契約番号 RC${r.digits(8)}\n借受人氏名 ${PN(n(p))}\nフリガナ ${PN(i % 2 ? hwKana(k(p)) : k(p))}\n生年月日 ${DOB(dob(r, i + 5))}\n住所 〒${ZIP(z)} ${AD(a)}\n携帯電話 ${PH(tel(r, true))}\n運転免許証番号 ${DL(i % 3 === 1 ? fw(lic) : lic)}（${r.pick(['ゴールド', 'ブルー'])}／有効期限 20${r.int(27, 31)}年${r.int(1, 12)}月${r.int(1, 28)}日）\n車両 ${r.pick(['ヤリス', 'ノート', 'フリード'])}（${r.pick(['札幌', '那覇', '福岡'])}500 わ ${r.int(10, 99)}-${r.int(10, 99)}）\n貸渡 2026/${[4, 5, 6, 7, 8][i]}/${r.int(1, 14)} 10:00　返却予定 2026/${[4, 5, 6, 7, 8][i]}/${r.int(15, 28)} 18:00\n支払 ${i === 4 ? CC(card(r, '3566')) : '現地精算（クレジット）'}`,
    );
  }

  // =============================================================================================================
  // Telecom and utilities
  // AA. 携帯電話の契約 + MNP
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const [z, a] = na();
    const num = tel(r, true, i % 2 ? '-' : '');
    add(
      `ja-mobile-${i}`,
      'form',
      `携帯電話 新規契約申込書（のりかえ）\nお客様番号 ${r.digits(10)}\nご契約者　${PN(n(p))}（${PN(k(p))}）\n生年月日　${DOB(dob(r, i))}\nご住所　〒${ZIP(z)} ${AD(a)}\nMNP予約番号　${r.int(1, 9)}${r.digits(9)}（有効期限 2026/${r.int(4, 9)}/${r.int(1, 28)}）\nのりかえる電話番号　${PH(num)}\n連絡先電話番号　${PH(tel(r, false))}\n本人確認書類　${i % 2 ? `運転免許証（番号 ${DL(license(r))}）` : 'マイナンバーカード（番号は控えません）'}\n料金プラン　${r.pick(['ギガライト', 'スマホプラン20GB', 'かけ放題オプション付'])}\nSIM ICCID 8981${r.digits(15)}\n受付店舗　アオバショップ${r.pick(['川口', '八尾', '前橋'])}店　受付者 ${PN(nj().sei)}`,
    );
  }
  // AB. 光回線の工事日程 (LINE chat)
  for (let i = 0; i < 4; i++) {
    const p = nj();
    const [, a] = na();
    add(
      `ja-hikari-line-${i}`,
      'line_chat',
      `[LINE] アオバ光 サポートとのトーク履歴\n2026/0${r.int(4, 9)}/${r.int(10, 28)}(${r.pick(['月', '水', '金'])})\n10:17\tアオバ光 サポート\t工事日程の確認です。お名前と設置先ご住所をお送りください。\n10:24\t${PN(p.mei)}\t${PN(n(p))}です。${AD(a)}です\n10:31\t${PN(p.mei)}\t当日連絡がつく番号は${PH(tel(r, true))}です\n10:38\tアオバ光 サポート\tありがとうございます。工事受付番号 K${r.digits(9)} で、${r.int(4, 9)}月${r.int(1, 28)}日 午前（9:00〜12:00）で確定しました。\n10:45\t${PN(p.mei)}\tわかりました！`,
    );
  }
  // AC. 料金未払いの督促
  for (let i = 0; i < 4; i++) {
    const p = nj();
    const [z, a] = na();
    add(
      `ja-tokusoku-${i}`,
      'letter',
      `〒${ZIP(z)}\n${AD(a)}\n${PN(n(p))} 様\n\nお客様番号 ${r.digits(12)}\n\n携帯電話料金のお支払いについて（ご請求）\n\n${r.int(3, 6)}月ご利用分（${r.int(5, 18)},${r.digits(3)}円）のお支払いが確認できておりません。${r.int(7, 10)}月${r.int(10, 25)}日までに同封の払込票でお支払いください。期日までにお支払いがない場合、ご利用を停止させていただくことがあります。\nご利用回線 ${PH(tel(r, true))}\n\n株式会社アオバ通信 料金センター\n${PH(`0120-${r.int(100, 999)}-${r.digits(3)}`)}（9:00〜20:00）`,
    );
  }
  // AD. 電気・ガスの開始手続き (web form)
  for (let i = 0; i < 5; i++) {
    const p = nj();
    const [z, a] = na();
    add(
      `ja-denki-${i}`,
      'form_submission',
      `【さくら電力】お引越し 使用開始のお申込み\nお申込み種別: ${r.pick(['電気', '電気＋ガス'])}\nご契約者名: ${PN(n(p))}\nフリガナ: ${PN(k(p))}\n使用開始日: 2026年${r.int(3, 10)}月${r.int(1, 28)}日\n使用場所: 〒${ZIP(z)} ${AD(a)}\n供給地点特定番号: 03${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}\n電話番号: ${PH(tel(r))}\nメールアドレス: ${EM(mail(p))}\nお支払い方法: ${i % 2 ? `クレジットカード ${CC(card(r, '4'))}` : `口座振替（${r.pick(['ゆうちょ銀行', '群馬銀行'])} 普通 ${BA(acct(r))}）`}\n旧住所のお客様番号: ${r.digits(10)}`,
    );
  }
  // AE. 故障受付 call notes
  for (let i = 0; i < 4; i++) {
    const p = nj();
    const op = nj();
    add(
      `ja-koshou-${i}`,
      'call_note',
      `【故障受付】受付ID ${r.digits(8)}　受付者: ${PN(op.sei)}\n申告者: ${PN(p.sei)}様（契約者ご本人）\n回線: 光回線／ルーター型番 AR-${r.int(100, 900)}\n症状: ${r.pick(['夜間にネットが断続的に切れる', 'PPPランプが赤点灯', '電話（ひかり電話）が発信できない'])}\n切り分け: 再起動実施も改善せず。\n折返し先: ${PH(tel(r, true))}（${r.int(17, 20)}時以降希望）\n対応: 訪問修理 ${r.int(4, 9)}/${r.int(1, 28)} 午後\n備考: ${i === 2 ? `ご本人は${SEN('聴覚障害があり')}、連絡はSMS希望` : '特になし'}`,
    );
  }
  // AF. 解約 request (JA / EN)
  for (let i = 0; i < 4; i++) {
    if (i % 2 === 0) {
      const p = nj();
      add(
        `ja-kaiyaku-${i}`,
        'mail',
        `件名: 解約のお願い\n\nアオバ通信 ご担当者様\n\n${r.int(5, 9)}月末で光回線を解約したいです。\n契約者: ${PN(n(p))}\n契約ID: ${r.pick(['COP', 'AOB'])}${r.digits(8)}\n連絡先: ${PH(tel(r, true))}\n機器の返却方法を教えてください。\n\n${PN(p.sei)}`,
      );
    } else {
      const [fn, ln] = ne();
      add(
        `en-cancel-${i}`,
        'mail',
        `Subject: Cancel my SIM before I leave Japan\n\nHello,\nI'm leaving Japan on ${r.int(1, 28)} June and would like to cancel my data SIM.\nName on contract: ${PN(`${fn} ${ln}`)}\nPhone number on the SIM: ${PH(`080-${sub(r, 4)}-${r.digits(4)}`)}\nContract no. ${r.digits(9)}\nForwarding address: ${AD(i % 3 ? US_ADDR[i % US_ADDR.length] : UK_ADDR[i % UK_ADDR.length])}\nThanks,\n${PN(fn)}`,
      );
    }
  }

  // =============================================================================================================
  // Chat and English HR
  for (let i = 0; i < 4; i++) {
    const a = nj();
    const b = nj();
    const c = nj();
    add(
      `ja-slack-hr-${i}`,
      'slack_chat',
      `#hr-onboarding\n${PN(n(a))}  9:19\n来週入社の${PN(n(c))}さん、入社書類まだ届いてないです。個人番号カードのコピーも未提出\n${PN(b.sei)}  9:28\n本人に電話しました → ${PH(tel(r, true))}　金曜までに郵送とのこと\n${PN(b.sei)}  9:37\nあと雇用保険の被保険者番号は ${INS(koyo(r))} で前職の離職票から確認済み、基礎年金番号は ${PEN(pension(r))}\n${PN(n(a))}  9:46\n:ok_hand: ありがとうございます`,
    );
  }
  for (let i = 0; i < 5; i++) {
    const [fn, ln] = ne();
    const us = i % 2 === 0;
    const hrp = ne();
    add(
      `en-onboard-${i}`,
      'form',
      us
        ? `New hire onboarding — US subsidiary (Minato Link Inc.)\nLegal name: ${PN(`${fn} ${ln}`)}\nPreferred name: ${PN(fn)}\nDate of birth: ${DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1970, 2000)}`)}\nSSN: ${SSN(`${r.int(100, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`)}\nHome address: ${AD(US_ADDR[i % US_ADDR.length])}\nMobile: ${PH(`(${r.int(201, 989)}) ${sub(r, 3)}-${r.digits(4)}`)}\nPersonal email: ${EM(`${lc(fn)}${r.int(10, 99)}@gmail.com`)}\nStart date: ${r.int(1, 12)}/1/2026\nEmployee ID: ML-${r.digits(5)}\nHR contact: ${PN(`${hrp[0]} ${hrp[1]}`)}`
        : `Starter form — UK branch (Minato Link Ltd)\nFull name: ${PN(`${fn} ${ln}`)}\nDate of birth: ${DOB(enDob(r))}\nAddress: ${AD(UK_ADDR[i % UK_ADDR.length])}\nPhone: ${PH(`07${r.int(700, 999)} ${r.digits(6)}`)}\nSalary paid to IBAN: ${IB(iban('GB', `${r.pick(['NWBK', 'BARC', 'LOYD'])}${r.digits(6)}${r.digits(8)}`))}\nEmergency contact: ${PN(`${ne()[0]} ${ln}`)}, ${PH(`+44 7${r.digits(3)} ${r.digits(6)}`)}\nContract: permanent, 37.5 h/week, grade B2`,
    );
  }
  // OCR of a 在職証明 / business card etc. (OCR noise)
  for (let i = 0; i < 4; i++) {
    const p = nj();
    const [z, a] = na();
    const t = tel(r, false, '-');
    add(
      `ja-ocr-card-${i}`,
      'ocr',
      `${CO[(i + 4) % CO.length]}\n${r.pick(['宿泊営業部', '法人営業部', '人事部'])} ${r.pick(['課長', '主任', 'マネージャー'])}\n${PN(spaced(n(p, '')))}\n${PN(p.seiR.toUpperCase() + ' ' + p.meiR)}\n〒${ZIP(z)} ${AD(a)}\nTEL ${PH(t.replace(/-/, ' - '))}  FAX ${PH(tel(r, false, '-'))}\nMail ${EM(`${lc(p.seiR)}@${r.pick(['minatolink.co.jp', 'towa-travel.jp', 'hotel-hokuto.jp'])}`)}\nhttps://www.${r.pick(['minatolink', 'towa-travel'])}.co.jp`,
    );
  }

  // =============================================================================================================
  // More English: GDS PNR text, recruiter threads, employee directory, medical-leave notes, guest care, telecom chat
  const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  for (let i = 0; i < 4; i++) {
    const [fn, ln] = ne();
    const [fn2] = ne();
    const y = r.int(60, 99);
    const d1 = `${String(r.int(1, 28)).padStart(2, '0')}${MON[r.int(0, 11)]}${y}`;
    const d2 = `${String(r.int(1, 28)).padStart(2, '0')}${MON[r.int(0, 11)]}${y + r.int(-3, 0)}`;
    add(
      `en-pnr-${i}`,
      'gds_text',
      `RP/TYOJL28AA/TYOJL28AA            AA/SU  ${r.int(10, 28)}APR26/0${r.int(1, 9)}${r.int(10, 59)}Z   ${pnr(r)}\n  1.${PN(`${ln.toUpperCase()}/${fn.toUpperCase()}`)} MR   2.${PN(`${ln.toUpperCase()}/${fn2.toUpperCase()}`)} MRS\n  3  JL 043 Y ${r.int(10, 28)}MAY 4 HNDLHR HK2  1135 1625   *1A/E*\n  4  JL 044 Y ${r.int(10, 28)}JUN 1 LHRHND HK2  1910 1520+1 *1A/E*\n  5 AP TYO ${PH(`+81 3 ${sub(r, 4)} ${r.digits(4)}`)} - TOWA TRAVEL - A\n  6 APM ${PH(`+44 7${r.digits(3)} ${r.digits(6)}`)}/P1\n  7 APE ${EM(`${lc(fn)}.${lc(ln)}@${r.pick(['btinternet.com', 'gmail.com', 'outlook.com'])}`)}/P1\n  8 TK OK${r.int(10, 28)}APR/TYOJL28AA\n  9 SSR DOCS JL HK1 P/GBR/${r.int(100000000, 999999999)}/GBR/${DOB(d1)}/M/${r.int(10, 28)}AUG3${r.int(0, 4)}/${PN(`${ln.toUpperCase()}/${fn.toUpperCase()}`)}/P1\n 10 SSR DOCS JL HK1 P/GBR/${r.int(100000000, 999999999)}/GBR/${DOB(d2)}/F/${r.int(10, 28)}MAR3${r.int(0, 4)}/${PN(`${ln.toUpperCase()}/${fn2.toUpperCase()}`)}/P2\n 11 ${i === 1 ? `SSR WCHR JL NN1 ${SEN('PAX CANNOT WALK LONG DISTANCES AFTER HIP SURGERY')}/P1` : `SSR VGML JL NN1/P2`}\n 12 FA PAX 131-${r.digits(10)}/ETJL/JPY${r.int(180, 420)}${r.digits(3)}/${r.int(10, 28)}APR26/TYOJL28AA/P1`,
    );
  }
  for (let i = 0; i < 3; i++) {
    const [fn, ln] = ne();
    const rec = nj();
    add(
      `en-recruit-thread-${i}`,
      'mail_thread',
      `From: ${PN(`${fn} ${ln}`)} <${EM(`${lc(fn)}.${lc(ln)}@${r.pick(['gmail.com', 'hotmail.co.uk', 'icloud.com'])}`)}>\nTo: ${PN(`${rec.meiR} ${rec.seiR}`)}\nSubject: Re: Offer — Guest Relations Manager, Hotel Hokuto Kanazawa\n\nHi ${PN(rec.meiR)},\n\nThank you, I'm happy to accept. My visa documents are ready; you can reach me on ${PH(`+1 ${r.int(201, 989)} ${sub(r, 3)} ${r.digits(4)}`)} any time after 6pm PT.\n${i === 2 ? `One thing to flag: ${SEN("I'm being treated for type 1 diabetes")} and will need a short break for insulin during long shifts.\n` : ''}\nBest,\n${PN(fn)}\n\nOn ${r.int(2, 20)} Mar 2026, ${PN(`${rec.meiR} ${rec.seiR}`)} wrote:\n> Dear ${PN(fn)},\n> Please find attached your offer letter. Start date 1 July 2026, base salary JPY 6.8M.\n> Kind regards,\n> ${PN(`${rec.seiR.toUpperCase()} ${rec.meiR}`)} | Talent Acquisition, Hotel Hokuto Group\n> ${PH(`+81-76-${sub(r, 3)}-${r.digits(4)}`)}`,
    );
  }
  for (let i = 0; i < 2; i++) {
    const rows = ['employee_id,last_name,first_name,department,work_email,mobile,office'];
    for (let j = 0; j < 5; j++) {
      const p = nj();
      rows.push(`ML${r.digits(5)},${PN(p.seiR)},${PN(p.meiR)},${r.pick(['Sales', 'Finance', 'Ops', 'HR'])},${EM(`${lc(p.meiR[0])}${lc(p.seiR)}@minatolink.co.jp`)},${PH(`+81 ${r.pick(['90', '80', '70'])} ${sub(r, 4)} ${r.digits(4)}`)},${r.pick(['Tokyo HQ', 'Osaka', 'Fukuoka'])}`);
    }
    add(`en-directory-${i}`, 'csv_en', rows.join('\n'));
  }
  for (let i = 0; i < 3; i++) {
    const [fn, ln] = ne();
    const mgr = ne();
    add(
      `en-leave-${i}`,
      'memo',
      `CONFIDENTIAL — Leave of absence record (US HR)\nEmployee: ${PN(`${fn} ${ln}`)} (ID ML-${r.digits(5)})\nManager: ${PN(`${mgr[0]} ${mgr[1]}`)}\nLeave type: FMLA, continuous, ${r.int(6, 12)} weeks from ${r.int(1, 12)}/${r.int(1, 28)}/2026\nCertification: ${SEN(r.pick(['Major depressive disorder, under psychiatric care', 'Recovering from chemotherapy for breast cancer', 'Post-operative recovery after spinal fusion surgery']))}\nAccommodation on return: ${i === 1 ? SEN('no lifting over 10 lb due to back injury') : 'none requested'}\nBenefits continue; employee contribution billed to home address ${AD(US_ADDR[(i + 1) % US_ADDR.length])}.`,
    );
  }
  for (let i = 0; i < 2; i++) {
    const [fn, ln] = ne();
    const fd = nj();
    add(
      `en-guest-care-${i}`,
      'call_note',
      `Guest care log — Hotel Hokuto Sapporo\nRoom ${r.int(3, 12)}${r.int(10, 30)} | Guest ${PN(`${fn} ${ln}`)} | Nights ${r.int(2, 6)}\n${r.int(19, 23)}:${r.int(10, 59)} Guest called the front desk: ${i === 0 ? `${SEN('her handbag was stolen')} at Susukino station; we accompanied her to the koban and called the card company.` : `${SEN('severe asthma attack')}; ambulance called, taken to Sapporo City General Hospital.`}\nCallback number: ${PH(`+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}\nHandled by: ${PN(`${fd.meiR} ${fd.seiR}`)} (night manager)`,
    );
  }
  for (let i = 0; i < 2; i++) {
    const [fn, ln] = ne();
    add(
      `en-telco-chat-${i}`,
      'web_chat',
      `Aoba Mobile — live chat transcript\n[14:13] Agent: Hello! How can I help today?\n[14:16] ${PN(fn)}: My eSIM stopped working after I changed phones.\n[14:19] Agent: Sorry to hear that. Could you confirm the name on the contract and the phone number?\n[14:22] ${PN(fn)}: ${PN(`${fn} ${ln}`)}, ${PH(`070-${sub(r, 4)}-${r.digits(4)}`)}\n[14:25] Agent: Thanks. I've reissued the eSIM profile; a QR code has been sent to ${EM(`${lc(fn)}${r.int(10, 99)}@${r.pick(['gmail.com', 'yahoo.com'])}`)}.\n[14:28] Agent: Case number ${r.digits(9)}.`,
    );
  }

  // =============================================================================================================
  // Hard negatives
  const neg = (id: string, style: string, text: string) => add(`neg-${id}`, style, text);
  const luhnNo = (n: number) => luhn(`${r.int(1, 9)}${r.digits(n - 2)}`);
  neg('ja-job-posting', 'web_page', `【正社員】ホテルフロントスタッフ（札幌）\n給与：月給23万円〜32万円（経験・能力を考慮）\n勤務地：北海道札幌市中央区（大通駅徒歩3分）\n勤務時間：シフト制（7:00〜16:00／14:00〜23:00）\n応募資格：接客経験1年以上、英語日常会話レベル歓迎\n休日：月9日、年間休日108日\n応募方法：当社採用サイトのエントリーフォームからご応募ください。\n求人番号 ${r.digits(8)}`);
  neg('ja-job-posting-2', 'web_page', `職種：法人営業（通信回線・クラウドPBX）\n仕事内容：中小企業の経営者様へ光回線と電話環境の見直しを提案します。\n必須：普通自動車免許\n待遇：賞与年2回、通勤手当（月5万円まで）、社会保険完備、健康診断年1回、産業医面談あり\n選考：書類選考 → 面接2回 → 内定（最短2週間）`);
  neg('ja-salary-table', 'table', `等級別 月額基本給表（2026年度）\n等級\t下限\t中位\t上限\nG1\t210,000\t230,000\t250,000\nG2\t240,000\t265,000\t290,000\nG3\t280,000\t310,000\t340,000\nM1\t380,000\t420,000\t460,000\nM2\t450,000\t500,000\t550,000\n※時間外手当は別途。等級改定は毎年4月1日付。`);
  neg('ja-org-chart', 'text', `組織図（2026年4月1日現在）\n代表取締役社長\n├ 経営企画室（室長）\n├ 管理本部（本部長）\n│ ├ 人事部（部長・採用課長・労務課長）\n│ └ 経理部（部長）\n├ 宿泊事業本部（本部長）\n│ ├ 札幌・金沢・京都 各ホテル（総支配人）\n└ 通信事業本部（本部長・副本部長）`);
  neg('ja-kenshin-annai', 'notice', `【全社員】定期健康診断の受診案内\n日時：2026年6月${r.int(10, 20)}日（水）〜${r.int(21, 27)}日（火）9:00〜11:30\n会場：本社8階 大会議室（健診バス）\n注意事項：前日21時以降は絶食。水・お茶は可。検便容器は当日提出。\n受診できない方は人事部労務課へ内線${r.int(2000, 2999)}でご連絡ください。\n35歳・40歳以上は心電図・血液検査・胃部X線があります。`);
  neg('ja-form-blank', 'form', `扶養控除等（異動）申告書　記入例\nあなたの氏名：＿＿＿＿＿＿＿＿\nあなたの個人番号：□□□□ □□□□ □□□□\n生年月日：昭和・平成　　年　　月　　日\n住所：〒＿＿＿－＿＿＿＿\n配偶者の氏名：＿＿＿＿＿＿＿\n※個人番号は12桁を左詰めで記入してください。`);
  neg('ja-rirekisho-template', 'form', `履歴書（テンプレート）\nふりがな\n氏　名\n生年月日　　年　　月　　日生（満　　歳）\n現住所　〒\n電話\nE-mail\n学歴・職歴（各別にまとめて書く）\n年　月\n免許・資格\n志望の動機、特技、好きな学科、アピールポイントなど`);
  neg('ja-masked', 'log', `[2026-05-1${r.int(0, 9)} 10:${r.int(10, 59)}:${r.int(10, 59)}] 本人確認完了 顧客=****** 電話=090-****-${r.digits(4)} 個人番号=************ カード=**** **** **** ${r.digits(4)} 口座=*******\n[2026-05-1${r.int(0, 9)} 10:${r.int(10, 59)}:${r.int(10, 59)}] 免許証=************ 旅券=TR******* メール=k***@example.co.jp`);
  neg('ja-flight-schedule', 'table', `国内線 時刻表（羽田発 2026年夏ダイヤ）\n便名\t行先\t出発\t到着\t機材\nJL501\t新千歳\t07:30\t09:05\t773\nJL505\t新千歳\t08:30\t10:05\t350\nNH241\t福岡\t07:25\t09:20\t789\nNH993\t那覇\t06:15\t09:05\t763\nBC703\t神戸\t10:00\t11:15\t738`);
  neg('ja-room-rates', 'table', `ホテル北斗 京都　客室料金（1室あたり・税サ込）\n客室\t平日\t休前日\tGW・年末年始\nスタンダードダブル\t14,800円\t19,800円\t28,000円\nスーペリアツイン\t18,600円\t24,600円\t34,000円\nデラックス和洋室\t32,000円\t41,000円\t56,000円\n添い寝（小学生未満）無料。入湯税150円別途。`);
  neg('ja-tariff', 'table', `従量電灯B 料金単価（2026年4月1日以降）\n基本料金 10A 311円75銭 / 20A 623円50銭 / 30A 935円25銭\n電力量料金 最初の120kWhまで 29円80銭\n120kWh超300kWhまで 36円40銭\n300kWh超 40円49銭\n再生可能エネルギー発電促進賦課金 3円49銭/kWh`);
  neg('ja-timetable', 'table', `高速バス「北斗号」時刻表\n札幌駅前 7:00 8:30 10:00 13:30 17:00\n岩見沢 7:45 9:15 10:45 14:15 17:45\n滝川 8:35 10:05 11:35 15:05 18:35\n旭川駅前 9:25 10:55 12:25 15:55 19:25\n運賃 大人2,300円 小人1,150円 予約センター受付 7:00〜19:00`);
  neg('ja-corp-info', 'web_page', `会社概要\n商号　株式会社アオバ通信\n設立　2004年10月\n資本金　4億8,000万円\n従業員数　1,240名（2026年3月末）\n事業内容　移動体通信サービス、光回線サービス、法人向けネットワーク構築\n主要取引銀行　三井住友銀行、七十七銀行\n上場市場　東京証券取引所 スタンダード市場（証券コード ${r.int(3000, 9999)}）`);
  neg('ja-news-public', 'news', `観光庁は${r.int(1, 28)}日、2026年上半期の訪日外国人旅行者数が2,150万人となり、過去最高を更新したと発表した。国・地域別では韓国、中国、台湾の順。長官は記者会見で「地方への誘客をさらに進めたい」と述べた。航空各社は冬ダイヤで羽田・成田発の国際線を増便する。`);
  neg('ja-booking-refs', 'mail', `予約内容の変更を承りました。\n予約番号: ${r.digits(10)}\n確認番号: ${r.digits(4)}-${r.digits(4)}-${r.digits(3)}\nチェックイン: 2026年${r.int(4, 9)}月${r.int(1, 28)}日 15:00\n人数: 大人2名\nプラン: 朝食付き　お支払い: 現地決済\nキャンセル規定: 前日50%、当日100%\n※このメールは送信専用です。`);
  neg('ja-mnp-info', 'faq', `MNP予約番号とは？\n他社へのりかえる際に必要な10桁の番号です（例：${r.int(1, 9)}${r.digits(9)}）。発行日を含め15日間有効です。\nお客様番号（10桁）、ネットワーク暗証番号（4桁）とは異なります。\nご不明点はお近くのアオバショップへ。\n受付時間 10:00〜19:00`);
  neg('ja-supply-point', 'faq', `供給地点特定番号は、電気をお使いの場所ごとに割り振られた22桁の番号です。検針票（電気ご使用量のお知らせ）に記載されています。\n記載例：03-0000-0000-0000-0000-0000-00\nお引越しの際は新しい住所の番号を管理会社にお問い合わせください。`);
  neg('ja-order-luhn', 'log', `注文確定 注文番号 ${luhnNo(16)} 商品: SIMフリースマートフォン 128GB 数量1\n決済ID ${r.digits(12)}\n配送伝票 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\nJAN ${r.digits(13)} 型番 AQ-${r.int(100, 999)}X`);
  neg('ja-ticket-nos', 'text', `航空券番号 131-${r.digits(10)}（JAL）\n予約記録 ${pnr(r)}\n搭乗券 バーコードID ${r.digits(16)}\n座席 ${r.int(10, 48)}${r.pick(['A', 'C', 'K'])}　ゲート ${r.int(1, 150)}\n※マイル積算はご搭乗後約1週間で反映されます。`);
  neg('ja-product-codes', 'table', `品番\t品名\t単価\nTR1234567\t旅行用スーツケース M\t18,700\nMZ8805512\t圧縮ポーチ 3枚組\t1,980\nRE4471920\t変換プラグ Cタイプ\t880\nSIM-${r.digits(6)}\tプリペイドSIM 30日\t3,300`);
  neg('ja-ai-outage', 'incident', `【障害報告】予約システム 2026/0${r.int(1, 9)}/${r.int(10, 28)}\n発生 09:12 / 復旧 10:47\n影響：一部ホテルで予約確認メールが遅延（約1,800件）\n原因：メール配信サーバの証明書更新漏れ\n再発防止：証明書期限の監視を追加。個人情報の流出はありません。`);
  neg('ja-payroll-calendar', 'notice', `2026年度 給与支給日\n4月24日(金) 5月25日(月) 6月25日(木) 7月24日(金) 8月25日(火) 9月25日(金)\n賞与 7月10日(金) 12月10日(木)\n源泉徴収票の配布は1月下旬を予定しています。\n年末調整書類の提出期限：11月${r.int(10, 20)}日`);
  neg('ja-eval-guide', 'text', `人事評価の書き方ガイド\n・事実に基づいて書く（「遅刻が多い」ではなく「月3回の遅刻」）\n・健康状態や家族の事情など業務外の事柄は書かない\n・評価記号：S（期待を大きく上回る）A B C D\n・一次評価者は課長、二次評価者は部長`);
  neg('ja-station-guide', 'text', `通勤経路の申請ルール\n・最も経済的かつ合理的な経路で申請してください\n・新幹線通勤は事前承認が必要です\n・定期代の上限は月50,000円\n例）JR中央線 三鷹駅 → 東京駅（6か月定期 ${r.int(50, 80)},${r.digits(3)}円）`);
  neg('ja-insurance-brochure', 'brochure', `海外旅行保険 プラン比較\nプランA：治療費用 1,000万円、携行品損害 30万円、保険料 3,240円（7日間）\nプランB：治療費用 無制限、救援者費用 1,000万円、保険料 5,880円（7日間）\n※既往症の悪化は補償対象外です。妊娠中の方はご相談ください。`);
  neg('ja-hr-stats', 'report', `人事データサマリー（2026年3月末）\n従業員数 1,240名（男性 62% / 女性 38%）\n平均年齢 38.4歳　平均勤続年数 9.1年\n育児休業取得率 女性 100% / 男性 47%\n障害者雇用率 2.6%\n休職者数 14名（前年 11名）`);
  neg('ja-sim-spec', 'table', `SIMカード仕様\nICCID 8981100000${r.digits(9)}\nIMEI ${r.digits(15)}\nAPN aoba.ne.jp / ユーザー名 aoba / パスワード aoba\n対応バンド B1/B3/B8/B18/B19/B41`);
  neg('ja-line-timetable', 'line_chat', `[LINE] 部署旅行 幹事グループのトーク履歴\n10:02\t幹事\t集合は東京駅 丸の内北口 8:10です\n10:05\t幹事\tのぞみ${r.int(1, 99)}号 8:33発 → 新大阪 10:57着\n10:07\t幹事\tホテルは梅田、チェックイン15時\n10:09\t幹事\t懇親会 18:30〜 会費8,000円`);
  neg('ja-aggregate-absence', 'report', `部門別 有給休暇取得率（2025年度）\n営業本部 58%\n宿泊事業本部 71%\n通信事業本部 64%\n管理本部 82%\n全社平均 67%（目標 70%）`);
  neg('ja-ocr-receipt', 'ocr', `領 収 書\nホテル北斗 金沢\n2026年${r.int(1, 12)}月${r.int(1, 28)}日\n宿泊料 2名 1泊　¥ 2 8 , 6 0 0\n内消費税 ¥2,600\n但 宿泊代として`);
  neg('ja-tour-itinerary', 'text', `秋のイタリア周遊8日間 旅程表\n1日目 成田 12:25発 → ローマ 19:40着（ホテル泊）\n2日目 バチカン美術館・コロッセオ見学\n3日目 フィレンツェへ移動（高速鉄道 約1時間30分）\n4日目 ヴェネツィア ゴンドラ乗船\n最少催行人員 15名　添乗員同行`);
  neg('ja-rental-price', 'table', `レンタカー料金表（税込）\nクラス\t6時間\t24時間\t追加1日\nSクラス（ヤリス等）\t5,500円\t7,700円\t6,600円\nWクラス（フリード等）\t11,000円\t15,400円\t12,100円\n免責補償料 1,100円/日`);
  neg('ja-utility-notice', 'notice', `【お知らせ】検針日変更について\n2026年${r.int(4, 9)}月分より、検針日が毎月${r.int(5, 20)}日前後に変わります。\nお客様番号・供給地点特定番号に変更はありません。\nお問い合わせはWebサイトのお問い合わせフォームから。`);
  neg('en-job-posting', 'web_page', `Senior Revenue Manager — Hotel Hokuto Group (Tokyo)\nSalary: JPY 8–11M + bonus\nRequirements: 5+ years in revenue management, Opera PMS, IDeaS G3, business-level Japanese preferred.\nBenefits: commuting allowance, annual health check, 2 complimentary nights per year.\nApply via our careers page. Visa sponsorship available.`);
  neg('en-flight-status', 'web_page', `Flight status — NH${r.int(100, 999)} Tokyo (HND) to London (LHR)\nScheduled 11:35 / Estimated 12:20 (delayed 45 min)\nTerminal 3, Gate ${r.int(100, 150)}\nAircraft Boeing 777-300ER (JA${r.int(700, 799)}A)\nBaggage claim belt ${r.int(1, 12)}`);
  neg('en-rate-card', 'table', `Corporate rate card 2026 — Hotel Hokuto Group\nProperty\tStandard\tSuperior\tSuite\nSapporo\t¥13,500\t¥17,000\t¥42,000\nKanazawa\t¥12,800\t¥16,200\t¥39,000\nKyoto\t¥16,900\t¥21,500\t¥55,000\nRates per room per night, breakfast included, excl. accommodation tax.`);
  neg('en-ticket-numbers', 'text', `Your booking\nBooking reference: ${pnr(r)}\nE-ticket: 205-${r.digits(10)}\nLoyalty no.: ${r.digits(10)}\nVoucher code: ${luhnNo(16)}\nReference ${r.digits(3)}-${r.digits(3)}-${r.digits(4)}\nManage your booking online up to 24h before departure.`);
  neg('en-news-ceo', 'news', `Toyota Motor Corp. chairman Akio Toyoda said on Tuesday the company would keep its full-year forecast, while SoftBank Group founder Masayoshi Son told shareholders the group would invest further in AI data centres. Prime Minister's office officials declined to comment.`);
  neg('en-org-chart', 'text', `Organisation — Minato Link Inc. (US)\nCEO\n ├─ VP Sales\n │   ├─ Regional Manager West\n │   └─ Regional Manager East\n ├─ VP Operations\n └─ Head of People (HR Business Partner x2, Recruiter x3)`);
  neg('en-template-form', 'form', `Travel insurance claim form (blank)\nClaimant name: ____________\nDate of birth: __ / __ / ____\nPolicy no.: ____________\nIBAN: ____ ____ ____ ____ ____\nDescribe what happened: ______________________\nSignature: ______________  Date: ________`);
  neg('en-mnp-like', 'log', `2026-05-0${r.int(1, 9)}T10:${r.int(10, 59)}:11Z port-request accepted ref=${r.int(1, 9)}${r.digits(9)} line_id=LN${r.digits(8)} iccid=8981${r.digits(15)} status=queued\n2026-05-0${r.int(1, 9)}T10:${r.int(10, 59)}:12Z order ${luhnNo(16)} captured amount=3300 currency=JPY`);
  neg('en-salary-bands', 'table', `Salary bands FY2026 (USD)\nBand\tMin\tMid\tMax\nIC1\t62,000\t71,000\t80,000\nIC2\t78,000\t90,000\t102,000\nIC3\t98,000\t114,000\t130,000\nM1\t120,000\t140,000\t160,000`);
  neg('en-checkin-policy', 'notice', `Check-in policy\nAll guests staying in Japan who do not have an address in Japan must present a passport at check-in (Hotel Business Act). We keep a copy of the passport page. Check-in from 15:00, check-out by 11:00. Front desk open 24 hours.`);
  neg('en-pnr-training', 'gds_text', `GDS training sheet — reading a PNR\n  1.SURNAME/FIRSTNAME MR\n  2  XX 123 Y 01JAN 1 HNDLHR HK1 1135 1625\n  3 APM +00 0000 000000\n  4 SSR DOCS XX HK1 P/CCC/NUMBER/CCC/DDMMMYY/G/DDMMMYY/SURNAME/FIRST\nElements: AP (phone), APE (e-mail), TK (ticketing), FA (ticket number). Never paste a live PNR into chat.`);
  neg('en-roaming-tariff', 'table', `International roaming rates (per day)\nZone 1 (Korea, Taiwan, US) JPY 980\nZone 2 (EU, UK, Australia) JPY 1,280\nZone 3 (rest of world) JPY 2,480\nCalls to Japan: JPY 140/min. SMS: JPY 100 each. Customer service from abroad: use the app (chat, 24 h).`);
  neg('en-hotel-faq', 'faq', `FAQ — Hotel Hokuto Group\nQ. What time is check-in? A. 15:00 (suites 14:00).\nQ. Do you store luggage? A. Yes, up to 7 days after check-out.\nQ. Is there an accessible room? A. Each property has two universal-design rooms; please request at booking.\nQ. Airport shuttle? A. Every 30 minutes from 6:30 to 22:00, JPY 1,200 per adult.`);
  return out;
}

export const INDEPENDENT8: IndependentDoc[] = buildIndependent8();
