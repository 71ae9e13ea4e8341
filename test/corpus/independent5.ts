// Fifth independent labelled test set: a Japanese company with overseas subsidiaries (India, Ireland, Italy, Spain,
// Germany, France, Australia, Singapore, the US). About 55% Japanese documents (rental contracts and 重要事項説明,
// school registrations, clinic referral letters, life-insurance claims, HR forms, 履歴書, e-commerce admin screens,
// municipal forms, Excel pasted as TSV, PDF text with broken lines, business-card OCR, LINE/Teams messages, e-mail
// signatures) and 45% English/other (subsidiary HR exports, support tickets, CRM lead exports, invoices and shipping
// labels, JSON request bodies, log lines). Ids prefixed neg- are hard negatives (no gold).
//
// Written without reading the detector (utils/) or the synthetic generator (only its `rng` is imported), and never run
// against the detector while being written. Follows the LABELLING CONVENTIONS in the header of
// test/corpus/independent.ts (set #1) and reuses its helpers. Deterministic (fixed seed); values invented; My Number,
// corporate number, card and IBAN check digits computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases the set #1 conventions do not settle)
// - Non-Japanese street addresses (India, Ireland, Italy, Spain, Germany, France, Australia, Singapore, US) are
//   labelled jp_address, as set #1 does for US/UK ones: from the flat / house / building / plot number (or the street
//   when there is no number) through the city and postcode (PIN code, Eircode, CAP, PLZ, code postal, ZIP+4,
//   Singapore postal code are inside the span). A trailing country name ("India", "Ireland") is outside the span.
//   A postal address written over several lines (shipping labels, letter heads) is ONE span from its first address
//   line to its postcode line, line breaks included; the recipient name line and the country line are outside it.
// - A foreign postcode on its own (a separate "PIN code" / "ZIP" / "Eircode" field, or a bare city) is not labelled;
//   jp_postal_code is only the Japanese NNN-NNNN.
// - A Japanese address split over adjacent cells of one row (都道府県 | 市区町村 | 番地 | 建物名) is one span from its first
//   cell to its last, the tabs between them included. An English rendering of a Japanese address
//   ("2-3-5 Minatomirai, Nishi-ku, Yokohama") is jp_address too.
// - When a foreign address is split over labelled fields, each field that holds street-level or
//   city + state + postcode text is labelled separately (W-4: "Address" and "City or town, state, and ZIP code");
//   fields holding only a city, only a state or only a postcode (JSON "city" / "postal_code") are not.
// - Foreign national identifiers that have no type in the type set (Aadhaar, PAN, codice fiscale, DNI/NIE, PPSN,
//   TFN, NRIC, Steuer-ID, French social-security number, UAN, GSTIN, VAT / ABN / GST numbers) are NOT labelled.
//   They appear only in mixed documents, never in neg-.
// - jp_bank_account is the Japanese account number only; Indian (A/c + IFSC), Australian (BSB + account) and other
//   non-IBAN foreign account numbers are not labelled. IBANs are labelled iban wherever they appear.
// - Masked or partial numbers ("***-**-7948", "VISA 末尾5727", "Card ending 7319") are not labelled. Car number
//   plates, 事業所番号, 保険者番号, 証券番号, 社員番号, employee / ticket / order / AWB / tracking numbers are not labelled.
// - The My Number card's own expiry date, 交付日, contract / admission / leave dates are not date_of_birth.
// - Gift-card serials and invoice references that pass Luhn (neg-en-1, neg-en-19, neg-ja-1) are deliberately
//   card-shaped non-cards: they are hard negatives, not credit_card.
// - A phone extension ("ext. 204", "内線 3120") is outside the phone span. Toll-free business numbers (0120, 1-800,
//   1300, 1800) in contact position are phones. Numbers split across two cells / lines are one span (set #1 rule).
// - Sales owners, recruiters, doctors, teachers, case handlers, approvers and signatories are people and are
//   labelled. Chat display names that are real names are labelled each time they appear. Hospital, school, clinic
//   and company names containing a family name (佐藤整形外科, Mehta Textiles) are not.
// - Names inside an e-mail address are covered by the email span only; a name in a JSON value is labelled.
// - Parents' and children's names in school forms are both labelled; a child's birth date is date_of_birth.
// - 続柄, age, gender, blood type and nationality are not labelled. Sensitive covers health / disability / criminal /
//   religion / 本籍 / crime-victim facts about a person (set #1 rule), English too.
import { rng } from './generate';
import { AD, BA, CC, CORP, corp, DL, doc, DOB, EM, fw, hira, hwKana, IB, type IndependentDoc, iban, INS, L, luhn, MN, mn, PEN, type Person, PH, PN, PP, RC, SEN, SSN, ZIP } from './independent';


type R = ReturnType<typeof rng>;
type JP = Omit<Person, 'f'>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

const JA: JP[] = `桜井,健司,サクライ,ケンジ,Sakurai,Kenji
大塚,美穂,オオツカ,ミホ,Otsuka,Miho
青木,悠斗,アオキ,ユウト,Aoki,Yuto
藤井,紗希,フジイ,サキ,Fujii,Saki
岡田,信也,オカダ,シンヤ,Okada,Shinya
熊谷,明日香,クマガイ,アスカ,Kumagai,Asuka
野村,浩之,ノムラ,ヒロユキ,Nomura,Hiroyuki
新井,彩乃,アライ,アヤノ,Arai,Ayano
小松,直樹,コマツ,ナオキ,Komatsu,Naoki
坂本,瑠美,サカモト,ルミ,Sakamoto,Rumi
辻,孝明,ツジ,タカアキ,Tsuji,Takaaki
福田,莉子,フクダ,リコ,Fukuda,Riko
増田,賢治,マスダ,ケンジ,Masuda,Kenji
宮崎,花梨,ミヤザキ,カリン,Miyazaki,Karin
成田,光太郎,ナリタ,コウタロウ,Narita,Kotaro
柴田,結子,シバタ,ユウコ,Shibata,Yuko
星野,翼,ホシノ,ツバサ,Hoshino,Tsubasa
川口,陽菜,カワグチ,ヒナ,Kawaguchi,Hina
松井,秀樹,マツイ,ヒデキ,Matsui,Hideki
福島,千夏,フクシマ,チナツ,Fukushima,Chinatsu
岩田,剛,イワタ,ツヨシ,Iwata,Tsuyoshi
澤田,涼子,サワダ,リョウコ,Sawada,Ryoko
仲村,勇気,ナカムラ,ユウキ,Nakamura,Yuki
三浦,詩織,ミウラ,シオリ,Miura,Shiori
江口,大和,エグチ,ヤマト,Eguchi,Yamato
古川,真央,フルカワ,マオ,Furukawa,Mao
土屋,俊,ツチヤ,シュン,Tsuchiya,Shun
奥村,綾,オクムラ,アヤ,Okumura,Aya
島田,康平,シマダ,コウヘイ,Shimada,Kohei
神田,沙織,カンダ,サオリ,Kanda,Saori
玉城,清,タマキ,キヨシ,Tamaki,Kiyoshi
根本,いずみ,ネモト,イズミ,Nemoto,Izumi
久保,雄一,クボ,ユウイチ,Kubo,Yuichi
矢野,ひかり,ヤノ,ヒカリ,Yano,Hikari
小川,学,オガワ,マナブ,Ogawa,Manabu
早川,茜,ハヤカワ,アカネ,Hayakawa,Akane
工藤,達也,クドウ,タツヤ,Kudo,Tatsuya
吉村,美紀,ヨシムラ,ミキ,Yoshimura,Miki
堤,晴彦,ツツミ,ハルヒコ,Tsutsumi,Haruhiko
西田,結菜,ニシダ,ユイナ,Nishida,Yuina`
  .split('\n')
  .map((l) => {
    const [sei, mei, seiK, meiK, seiR, meiR] = l.split(',');
    return { sei, mei, seiK, meiK, seiR, meiR };
  });

const JADDR = `231-0023|神奈川県横浜市中区山下町1-1 シルクセンター3F
332-0012|埼玉県川口市本町4-1-8 川口センタービル1205
272-0034|千葉県市川市市川1丁目4番10号
183-0022|東京都府中市宮西町２－２４
173-0004|東京都板橋区板橋3丁目9番7号 グリーンコート板橋506
561-0872|大阪府豊中市寺内2-13-3
604-8471|京都府京都市中京区西ノ京東中合町4-2
663-8035|兵庫県西宮市北口町1番2号 アクタ西宮東館7階
448-0857|愛知県刈谷市大手町2-15
430-0933|静岡県浜松市中区鍛冶町100-1
920-0853|石川県金沢市本町2丁目15番1号
812-0044|福岡県福岡市博多区千代4丁目31-7
890-0053|鹿児島県鹿児島市中央町10番地 キャンセ6F
980-0811|宮城県仙台市青葉区一番町四丁目7番17号
003-0005|北海道札幌市白石区東札幌5条1丁目1-1
780-0870|高知県高知市本町5丁目6番
305-0031|茨城県つくば市吾妻1丁目10番1
901-2131|沖縄県浦添市牧港5-6-8
371-0022|群馬県前橋市千代田町2-5-1
950-0911|新潟県新潟市中央区笹口１丁目２番地 プラーカ２ ３階
206-0033|東京都多摩市落合1-35 ライオンズプラザ多摩センター411号室
252-0303|神奈川県相模原市南区相模大野3丁目8番1号
177-0041|東京都練馬区石神井町8丁目21-4 メゾン石神井102
660-0881|兵庫県尼崎市昭和通2丁目6-68`
  .split('\n')
  .map((l) => {
    const [zip, addr] = l.split('|');
    return { zip, addr };
  });

const IN_NAMES = ['Aarav Sharma', 'Priya Nair', 'Rohan Iyer', 'Sneha Kulkarni', 'Vikram Reddy', 'Ananya Banerjee', 'Karthik Subramanian', 'Meera Pillai', 'Arjun Mehta', 'Divya Chatterjee', 'Siddharth Rao', 'Kavya Menon'];
const IN_ADDR = [
  'No. 42, 3rd Cross, 5th Main, Indiranagar, Bengaluru, Karnataka 560038',
  'Flat 1204, Tower B, Lodha Amara, Kolshet Road, Thane West, Maharashtra 400607',
  'Plot 17, Sector 44, Gurugram, Haryana 122003',
  '14/2 Anna Salai, Teynampet, Chennai 600018',
  'H.No. 8-2-293/82, Road No. 10, Banjara Hills, Hyderabad 500034',
  'B-56, Lajpat Nagar II, New Delhi - 110024',
];
const IE_NAMES = ["Ciara O'Brien", 'Seán Murphy', 'Aoife Kelly', 'Darragh Byrne', 'Niamh Walsh', 'Conor Doyle'];
const IE_ADDR = ['12 Harcourt Street, Dublin 2, D02 X285', 'Apartment 7, The Maltings, Bow Street, Dublin 7, D07 KW29', '3 Oakpark Drive, Ballincollig, Co. Cork, P31 F6X2', '48 Dominick Street Lower, Galway, H91 E2T4'];
const IT_NAMES = ['Giulia Romano', 'Marco Bianchi', 'Francesca Esposito', 'Luca Ricci', 'Chiara Colombo'];
const IT_ADDR = ['Via Giuseppe Verdi 14, 20121 Milano MI', 'Corso Vittorio Emanuele II 221, 00186 Roma RM', 'Viale dei Mille 8, 50131 Firenze FI', 'Piazza Castello 3, 10123 Torino TO'];
const ES_NAMES = ['Lucía García', 'Javier Martínez', 'Carmen Fernández', 'Pablo Sánchez'];
const ES_ADDR = ['Calle de Alcalá 123, 3º B, 28009 Madrid', 'Carrer de Mallorca 245, 08008 Barcelona', 'Avenida de la Constitución 20, 41004 Sevilla'];
const DE_NAMES = ['Lukas Schneider', 'Lena Fischer', 'Maximilian Wagner', 'Sophie Becker', 'Jonas Hoffmann'];
const DE_ADDR = ['Friedrichstraße 68, 10117 Berlin', 'Maximilianstraße 12, 80539 München', 'Königsallee 33, 40212 Düsseldorf', 'Hauptstr. 5a, 69117 Heidelberg'];
const FR_NAMES = ['Camille Lefèvre', 'Antoine Girard', 'Manon Rousseau', 'Julien Moreau'];
const FR_ADDR = ['15 rue de Rivoli, 75004 Paris', '8 place Bellecour, 69002 Lyon', '42 boulevard de la Croisette, 06400 Cannes'];
const AU_NAMES = ['Jack Thompson', 'Chloe Nguyen', "Liam O'Connor", 'Isla Robertson', 'Harrison Clarke'];
const AU_ADDR = ['Level 12, 1 Martin Place, Sydney NSW 2000', 'Unit 5, 28 Smith Street, Fitzroy VIC 3065', '14 Marine Parade, Southport QLD 4215', '7/121 Adelaide Terrace, Perth WA 6004'];
const SG_NAMES = ['Tan Wei Ming', 'Lim Hui Min', 'Nur Aisyah binte Rahman', 'Rajesh s/o Kumar', 'Chua Jia Hui'];
const SG_ADDR = ['Blk 123 Ang Mo Kio Avenue 3, #05-1234, Singapore 560123', '1 Raffles Place, #20-61, Singapore 048616', '80 Robinson Road, #10-01A, Singapore 068898'];
const US_NAMES = ['Emily Carter', 'Jacob Miller', 'Ashley Robinson', 'Brandon Scott', 'Megan Hughes', 'Tyler Reed', 'Nicole Alvarez', 'Kevin Park'];
const US_ADDR = ['2201 N Central Expy, Suite 400, Dallas, TX 75204-1234', '455 Market St, Floor 9, San Francisco, CA 94105-2448', '88 Beacon St, Apt 3R, Boston, MA 02108-3604', '9 Lakeview Terrace, Evanston, IL 60201-4412', '3120 Peachtree Rd NE, Unit 1507, Atlanta, GA 30305'];

const COMP_JA = ['株式会社ミカゲ電子', '東邦リース株式会社', '株式会社さくら住宅販売', '大和田精機株式会社', '合同会社ソラノ', '株式会社青葉ライフサポート'];

// ---------------------------------------------------------------------------------------------------------------
// Value makers

const p2 = (n: number) => String(n).padStart(2, '0');
const jpMob = (r: R, sep = '-') => `0${r.pick(['90', '80', '70'])}${sep}${r.int(1, 9)}${r.digits(3)}${sep}${r.digits(4)}`;
const jpFix = (r: R) =>
  r.pick([`03-${r.int(3, 6)}${r.digits(3)}-${r.digits(4)}`, `06-${r.int(6, 7)}${r.digits(3)}-${r.digits(4)}`, `045-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `052-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `092-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `0463-${r.int(2, 9)}${r.digits(1)}-${r.digits(4)}`, `011-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`]);
const dobJa = (r: R) => `${r.int(1955, 2002)}年${r.int(1, 12)}月${r.int(1, 28)}日`;
const dobEra = (r: R) => {
  const y = r.int(1956, 2001);
  return y >= 1989 ? `平成${y - 1988 === 1 ? '元' : y - 1988}年${r.int(1, 12)}月${r.int(1, 28)}日` : `昭和${y - 1925}年${r.int(1, 12)}月${r.int(1, 28)}日`;
};
const dobSl = (r: R) => `${r.int(1955, 2002)}/${p2(r.int(1, 12))}/${p2(r.int(1, 28))}`;
const dobIso = (r: R) => `${r.int(1955, 2002)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`;
const dobDmy = (r: R) => `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(1960, 2001)}`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dobLong = (r: R) => `${r.int(1, 28)} ${r.pick(MON)} ${r.int(1960, 2001)}`;
const myNum = (r: R, sep = ' ') => {
  const d = mn(String(r.int(1, 9)) + r.digits(10));
  return sep === '' ? d : `${d.slice(0, 4)}${sep}${d.slice(4, 8)}${sep}${d.slice(8)}`;
};
const corpNo = (r: R) => corp(String(r.int(1, 9)) + r.digits(11));
const card = (r: R, kind: 'visa' | 'mc' | 'jcb' | 'amex', sep = ' ') => {
  const body = kind === 'visa' ? '4' + r.digits(14) : kind === 'mc' ? '5' + r.int(1, 5) + r.digits(13) : kind === 'jcb' ? '35' + r.int(28, 89) + r.digits(11) : '3' + r.pick(['4', '7']) + r.digits(12);
  const d = luhn(body);
  if (kind === 'amex') return `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}`;
  return `${d.slice(0, 4)}${sep}${d.slice(4, 8)}${sep}${d.slice(8, 12)}${sep}${d.slice(12)}`;
};
const ssn = (r: R, sep = '-') => `${r.int(101, 665)}${sep}${p2(r.int(1, 99))}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`;
const resCard = (r: R) => `${r.pick(['AB', 'CD', 'EF', 'KL', 'UV'])}${r.digits(8)}${r.pick(['CD', 'EF', 'GH', 'JK'])}`;
const passJa = (r: R) => `${r.pick(['TK', 'TR', 'TZ', 'MU', 'TS'])}${r.digits(7)}`;
const dlNo = (r: R) => `${r.pick(['30', '31', '44', '45', '50', '62', '70', '90'])}${r.digits(2)}${r.digits(6)}${r.int(0, 9)}${r.int(0, 2)}`;
const pension = (r: R) => `${r.int(1, 9)}${r.digits(3)}-${r.digits(6)}`;
const koyo = (r: R) => `${r.int(1, 9)}${r.digits(3)}-${r.digits(6)}-${r.int(0, 9)}`;
const inMob = (r: R) => `${r.pick(['98', '97', '99', '88', '70', '63'])}${r.digits(3)} ${r.digits(5)}`;
const ibanIT = (r: R, g = true) => iban('IT', r.pick(['X', 'K', 'M']) + r.digits(10) + r.digits(12), g);
const ibanES = (r: R, g = true) => iban('ES', r.digits(20), g);
const ibanDE = (r: R, g = true) => iban('DE', r.digits(18), g);
const ibanFR = (r: R, g = true) => iban('FR', r.digits(10) + r.digits(11) + r.digits(2), g);
const ibanIE = (r: R, g = true) => iban('IE', r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(6) + r.digits(8), g);
const mail = (local: string, dom: string) => `${local}@${dom}`;
const lc = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]/g, '');
const emailOfEn = (name: string, dom: string, style = 0) => {
  const parts = lc(name).split(' ').filter(Boolean);
  const f = parts[0];
  const l = parts[parts.length - 1];
  return mail(style === 0 ? `${f}.${l}` : style === 1 ? `${f[0]}${l}` : `${f}${l[0]}`, dom);
};
const first = (n: string) => n.split(' ')[0];
const last = (n: string) => n.split(' ').slice(-1)[0];

// ---------------------------------------------------------------------------------------------------------------
// Documents

export function buildIndependent5(): IndependentDoc[] {
  const r = rng(55055);
  const out: IndependentDoc[] = [];
  let pj = 0;
  let pa = 0;
  const nj = () => JA[pj++ % JA.length];
  const na = () => JADDR[pa++ % JADDR.length];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const full = (p: JP, sep = ' ') => `${p.sei}${sep}${p.mei}`;
  const kana = (p: JP, sep = ' ') => `${p.seiK}${sep}${p.meiK}`;
  const romaji = (p: JP) => `${p.meiR} ${p.seiR}`;

  // =============================================================================================================
  // JAPANESE
  // J1. Rental contracts and 重要事項説明, 6
  for (let k = 0; k < 6; k++) {
    const t = nj(), g = nj(), agent = nj();
    const a = na(), ta = na();
    const rent = `${r.int(6, 19)}${r.pick(['0', '5'])},000円`;
    if (k === 0)
      add(`rent-ja-${k}`, 'rental_ja', `建物賃貸借契約書\n\n貸主（甲）　${COMP_JA[1]}\n借主（乙）　${PN(full(t))}\n連帯保証人（丙）　${PN(full(g))}（乙の親族）\n\n第1条（物件の表示）\n　所在地　${AD(a.addr)}\n　賃料　月額${rent}　管理費　5,000円\n第2条（契約期間）　2025年12月1日から2027年11月30日までの2年間\n\n乙の現住所　〒${ZIP(ta.zip)} ${AD(ta.addr)}\n乙の連絡先　${PH(jpMob(r))}\n丙の連絡先　${PH(jpFix(r))}`);
    else if (k === 1)
      add(`rent-ja-${k}`, 'rental_ja', `重要事項説明書（賃貸）\n\n説明をする宅地建物取引士\n　氏名　${PN(full(agent))}\n　登録番号　（東京）第${r.digits(6)}号\n　業務に従事する事務所　${COMP_JA[2]} 渋谷店　電話 ${PH(jpFix(r))}\n\n借主　${PN(full(t, '　'))} 様\n物件　${AD(a.addr)}\n敷金 1ヶ月　礼金 なし　更新料 新賃料の1ヶ月分\n\n上記の説明を受けました。　2025年11月20日　署名 ${PN(full(t))}`);
    else if (k === 2)
      add(`rent-ja-${k}`, 'rental_ja', `入居申込書\nフリガナ　${PN(kana(t))}\n申込者氏名　${PN(full(t))}　生年月日　${DOB(dobEra(r))}${r.int(24, 50) ? '' : ''}\n現住所　〒${ZIP(ta.zip)}\n　　　　${AD(ta.addr)}\n携帯電話　${PH(jpMob(r, ''))}\n勤務先　${COMP_JA[3]}　勤続${r.int(2, 15)}年　年収 ${r.int(380, 900)}万円\n勤務先電話　${PH(jpFix(r))}\n緊急連絡先　${PN(full(g))}（${r.pick(['母', '兄', '姉'])}）　${PH(jpMob(r))}\n入居希望物件　${AD(a.addr)}`);
    else if (k === 3)
      add(`rent-ja-${k}`, 'rental_ja', `家賃保証委託契約　申込内容確認\n契約者：${PN(full(t))}（${PN(hwKana(kana(t)))}）\n生年月日：${DOB(dobSl(r))}\n口座振替：${r.pick(['ゆうちょ銀行', '三井住友銀行', '横浜銀行'])} ${r.pick(['渋谷支店', '本店営業部', '〇一八店'])} 普通 ${BA(r.digits(7))}\n口座名義：${PN(hwKana(kana(t)))}\n保証料：初回 賃料の50％（${rent}×50％）`);
    else if (k === 4)
      add(`rent-ja-${k}`, 'rental_ja', `【解約通知書】\n${COMP_JA[2]} 御中\n\n下記物件の賃貸借契約を解約したく通知いたします。\n物件所在地：${AD(a.addr)}\n契約者：${PN(full(t))}　印\n退去予定日：2026年1月31日\n敷金返還先：${r.pick(['みずほ銀行', 'りそな銀行'])} ${r.pick(['新宿西口支店', '池袋支店'])} 普通預金 ${BA(fw(r.digits(7)))}\n転居先住所：〒${ZIP(ta.zip)} ${AD(ta.addr)}\n連絡先：${PH(fw(jpMob(r)))}`);
    else
      add(`rent-ja-${k}`, 'rental_ja', `管理会社メモ（${a.addr.slice(0, 3)}物件）\n102号室 ${PN(t.sei)}様より、上階の騒音について再度苦情。\n${PN(g.sei)}様（202号室）に注意文を投函済み。\n${PN(t.sei)}様は${SEN('妊娠中で体調がすぐれない')}とのことで早期対応を希望。\n折返し先 ${PH(jpMob(r))}（平日18時以降）\n担当 ${PN(agent.sei)}`);
  }
  // J2. School / juku registrations, 6
  for (let k = 0; k < 6; k++) {
    const parent = nj();
    const childMei = r.pick(['陽翔', '結愛', '蒼', '芽依', '湊', '紬']);
    const childK = { 陽翔: 'ハルト', 結愛: 'ユア', 蒼: 'アオイ', 芽依: 'メイ', 湊: 'ミナト', 紬: 'ツムギ' }[childMei]!;
    const a = na();
    const cdob = `${r.int(2010, 2018)}年${r.int(1, 12)}月${r.int(1, 28)}日`;
    if (k === 0)
      add(`school-ja-${k}`, 'school_ja', `入塾申込書\n生徒氏名　${PN(`${parent.sei} ${childMei}`)}　（ふりがな　${PN(hira(`${parent.seiK} ${childK}`))}）\n生年月日　${DOB(cdob)}　学年　中学${r.int(1, 3)}年\n在籍校　市立第二中学校\n保護者氏名　${PN(full(parent))}\n住所　〒${ZIP(a.zip)}　${AD(a.addr)}\n保護者携帯　${PH(jpMob(r))}\nメール　${EM(mail(`${parent.seiR.toLowerCase()}.${parent.meiR.toLowerCase()}`, 'mail.example.ne.jp'))}`);
    else if (k === 1)
      add(`school-ja-${k}`, 'school_ja', `児童調査票（家庭環境）\n児童名：${PN(`${parent.sei}${childMei}`)}\n保護者：${PN(full(parent))}（${r.pick(['父', '母'])}）　勤務先：${COMP_JA[r.int(0, 5)]}\n緊急連絡先①：${PH(jpMob(r))}　②：${PH(jpFix(r))}\nアレルギー：${SEN('そば・落花生（エピペン所持）')}\n健康上の配慮：${SEN('喘息のため吸入薬を持参')}\n迎えに来る人：${((gp) => `${PN(`${parent.sei} ${gp}`)}（${gp === '和子' ? '祖母' : '祖父'}）`)(r.pick(['和子', '昭']))}${r.pick(['', ''])}`);
    else if (k === 2)
      add(`school-ja-${k}`, 'school_ja', `${PN(parent.sei)}様\n\nいつもお世話になっております。${r.pick(['ひまわり', 'あおぞら'])}学習教室の${PN(nj().sei)}です。\n${PN(childMei)}さんの今月の振替授業は12/6（土）10:00からとなります。\n月謝（14,300円）は27日に口座から引き落とされます。\nご不明点は教室（${PH(jpFix(r))}）までご連絡ください。`);
    else if (k === 3)
      add(`school-ja-${k}`, 'school_ja', `就学援助申請書\n申請者（保護者）氏名　${PN(full(parent))}\n申請者生年月日　${DOB(dobJa(r))}\n児童生徒氏名　${PN(`${parent.sei}　${childMei}`)}　${DOB(cdob)}生\n住所　${AD(a.addr)}\n申請理由　${SEN('父が身体障害者手帳1級で就労不可')}\n振込先　${r.pick(['七十七銀行', '北海道銀行', '静岡銀行'])} ${r.pick(['駅前支店', '本店'])} 普通 ${BA(r.digits(7))}`);
    else if (k === 4)
      add(`school-ja-${k}`, 'school_ja', `個人面談記録（${r.int(1, 6)}年${r.int(1, 4)}組）\n児童：${PN(`${parent.sei} ${childMei}`)}\n出席者：母 ${PN(full(parent))}、担任 ${PN(full(nj()))}\n内容：${SEN('ADHDの診断')}を受けており、授業中の離席が多い。スクールカウンセラーとの面談を提案。\n次回：2月`);
    else
      add(`school-ja-${k}`, 'school_ja', `卒業生名簿（PTA配布用）\n${PN(`${parent.sei} ${childMei}`)}\t${AD(a.addr)}\t${PH(jpFix(r))}\n${PN(full(nj()))}\t${AD(na().addr)}\t${PH(jpMob(r))}\n${PN(full(nj()))}\t${AD(na().addr)}\t${PH(jpFix(r))}\n※取扱注意：PTA役員以外への配布禁止`);
  }
  // J3. Clinic referral letters / 診療情報提供書, 6
  for (let k = 0; k < 6; k++) {
    const pt = nj(), dr = nj(), dr2 = nj();
    const a = na();
    const texts = [
      `診療情報提供書\n\n${r.pick(['市立総合病院', '県立中央病院'])} ${r.pick(['循環器内科', '消化器内科'])}\n${PN(full(dr2))} 先生 御侍史\n\n患者氏名　${PN(full(pt))} 様${r.pick(['', ''])}\n生年月日　${DOB(dobEra(r))}\n住所　${AD(a.addr)}\n電話　${PH(jpFix(r))}\n\n${SEN('傷病名　労作性狭心症の疑い')}\n紹介目的　精査加療のお願い\n${SEN('既往歴　2型糖尿病、脂質異常症')}\n${SEN('現在の処方　メトホルミン500mg 2錠分2')}\n\n${r.pick(['さくら内科クリニック', '青葉ファミリークリニック'])}　院長 ${PN(full(dr))}\nTEL ${PH(jpFix(r))}　FAX ${PH(jpFix(r))}`,
      `紹介状\n${PN(dr2.sei)}先生\n平素よりお世話になっております。\n${PN(full(pt))}様（${r.int(30, 80)}歳）、${SEN('うつ病')}にて当院通院中の方です。${SEN('希死念慮が強まって')}きており、入院加療の可否につきご高診をお願い申し上げます。\n\n${PN(full(dr))}\n${r.pick(['こころのクリニック', 'みなと心療内科'])}`,
      `診療情報提供書（返書）\n${PN(full(dr))}先生\nご紹介いただきました${PN(full(pt))}様（${DOB(dobSl(r))}生）について御報告いたします。\n${SEN('上部消化管内視鏡にて胃体部に2型進行胃癌を認めました')}。${SEN('生検結果 tub2')}。\n今後、当院外科にて手術予定です。\n${r.pick(['県立中央病院', '市立総合病院'])} 消化器内科 ${PN(full(dr2))}`,
      `患者紹介FAX送信票\n宛先：${r.pick(['佐藤整形外科', '田中眼科医院'])} 御中\nFAX：${PH(jpFix(r))}\n送信者：${PN(dr.sei)}（地域連携室）　直通 ${PH(jpFix(r))}\n患者：${PN(full(pt))}　ﾌﾘｶﾞﾅ ${PN(hwKana(kana(pt)))}\n生年月日：${DOB(dobEra(r))}\n保険証：記号 ${INS(`${r.digits(4)} 番号 ${r.digits(3)}`)}\n紹介理由：${SEN('右変形性膝関節症、人工関節置換術の適応評価')}`,
      `退院時サマリー（抜粋）\n氏名 ${PN(full(pt))}　ID ${r.digits(8)}\n入院日 2025/10/03　退院日 2025/10/29\n${SEN('診断名：脳梗塞（左中大脳動脈領域）')}\n${SEN('後遺症：右上下肢の軽度麻痺、構音障害')}\n退院先：自宅（${AD(a.addr)}）\nキーパーソン：長女 ${PN(`${pt.sei} ${r.pick(['聡美', '由香'])}`)}　${PH(jpMob(r))}\n主治医：${PN(full(dr))}`,
      `産業医意見書\n対象者：${PN(full(pt))}（社員番号 ${r.digits(6)}）\n${SEN('診断：適応障害')}\n就業上の措置：${SEN('時間外労働の禁止、出張の禁止（3か月）')}\n意見書作成日：2025年11月12日\n産業医：${PN(full(dr))}\n※本書は人事部長 ${PN(dr2.sei)} 以外の閲覧を禁止します。`,
    ];
    add(`referral-ja-${k}`, 'medical_referral_ja', texts[k]);
  }
  // J4. Life-insurance claims, 5
  for (let k = 0; k < 5; k++) {
    const ins = nj(), ben = nj();
    const a = na();
    if (k === 0)
      add(`claim-ja-${k}`, 'insurance_claim_ja', `入院給付金請求書\n証券番号　${r.digits(3)}-${r.digits(7)}\n被保険者　${PN(full(ins))}　生年月日 ${DOB(dobEra(r))}\n請求者　同上\n住所　〒${ZIP(a.zip)} ${AD(a.addr)}\n電話　${PH(jpMob(r))}\n入院期間　2025年9月8日〜2025年9月21日（14日間）\n${SEN('病名　急性虫垂炎（腹腔鏡下手術）')}\n受取口座　${r.pick(['三菱UFJ銀行', 'ゆうちょ銀行'])} ${r.pick(['梅田支店', '〇〇八店'])} 普通 ${BA(r.digits(7))}　名義 ${PN(kana(ins))}`);
    else if (k === 1)
      add(`claim-ja-${k}`, 'insurance_claim_ja', `死亡保険金請求　受付メモ\n被保険者：${PN(full(ins))}（${DOB(dobJa(r))}生）\n死亡日：2025年10月30日　${SEN('死因：肺がん')}\n受取人：${PN(full(ben))}（配偶者）\n受取人連絡先：${PH(jpFix(r))}\n受取人マイナンバー：${MN(myNum(r, '-'))}（支払調書作成用）\n必要書類：死亡診断書、戸籍謄本、受取人の本人確認書類`);
    else if (k === 2)
      add(`claim-ja-${k}`, 'insurance_claim_ja', `コールセンター応対履歴\n2025/11/18 14:22　受電\n契約者 ${PN(full(ins))} 様ご本人より。${SEN('乳がんの手術')}を受けたため、手術給付金とがん診断給付金を請求したいとのこと。\n請求書類一式を登録住所（${AD(a.addr)}）へ発送手配。\n本人確認：生年月日 ${DOB(dobSl(r))}、電話番号 ${PH(jpMob(r, ''))} で確認\n対応者：${PN(ben.sei)}`);
    else if (k === 3)
      add(`claim-ja-${k}`, 'insurance_claim_ja', `告知内容の確認（契約査定）\n被保険者：${PN(full(ins))}\n職業：${r.pick(['会社員（事務）', '自営業（飲食店）'])}\n${SEN('告知事項：高血圧で通院中、降圧剤服用')}\n${SEN('告知事項：2019年に椎間板ヘルニアで入院（10日）')}\n身長 ${r.int(150, 185)}cm　体重 ${r.int(45, 95)}kg\n査定担当：${PN(full(ben))}`);
    else
      add(`claim-ja-${k}`, 'insurance_claim_ja', `保険金支払通知書\n${PN(full(ins))} 様\n\nご請求いただきました保険金を下記のとおりお支払いいたしました。\n支払金額　${r.int(1, 9)}${r.pick(['0', '5'])}0,000円\n支払日　2025年11月25日\n振込先　${r.pick(['北洋銀行', '福岡銀行'])} ${r.pick(['大通支店', '天神支店'])}　普通　${BA(fw(r.digits(7)))}\n\nお問い合わせ　お客様サービスセンター　${PH('0120-' + r.digits(3) + '-' + r.digits(3))}`);
  }
  // J5. HR: 人事異動, 扶養控除申告書, 年末調整, 7
  {
    const a = nj(), b = nj(), c = nj(), d = nj();
    add('hr-ja-0', 'hr_ja', `人事異動のお知らせ（2025年12月1日付）\n\n${PN(full(a))}　営業本部 第一営業部長 → 執行役員 営業本部長\n${PN(full(b))}　経理部 課長 → シンガポール支社 財務マネージャー\n${PN(full(c))}　人事部 → 総務部（育児短時間勤務継続）\n\n以上　人事部長 ${PN(full(d))}`);
    const e = nj(), sp = nj(), a1 = na();
    add('hr-ja-1', 'hr_ja', `給与所得者の扶養控除等（異動）申告書\n氏名　${PN(full(e))}　フリガナ　${PN(kana(e))}\n個人番号　${MN(myNum(r, ' '))}\n生年月日　${DOB(dobEra(r))}\n住所　${AD(a1.addr)}\n源泉控除対象配偶者　${PN(`${e.sei} ${sp.mei}`)}　個人番号 ${MN(myNum(r, ''))}　生年月日 ${DOB(dobEra(r))}\n控除対象扶養親族（16歳以上）　${PN(`${e.sei} ${r.pick(['大地', '美羽'])}`)}　個人番号 ${MN(fw(myNum(r, '')))}\n${SEN('障害者控除　本人：一般の障害者（身体障害者手帳3級）')}`);
    const f = nj();
    add('hr-ja-2', 'hr_ja', `年末調整の提出状況（未提出者）\n社員番号\t氏名\t所属\t内線\n${r.digits(6)}\t${PN(full(f))}\t物流部\t${r.digits(4)}\n${r.digits(6)}\t${PN(full(nj()))}\t情報システム部\t${r.digits(4)}\n${r.digits(6)}\t${PN(full(nj()))}\t大阪支店\t${r.digits(4)}\n期限：12月5日（金）`);
    const g = nj(), a2 = na();
    add('hr-ja-3', 'hr_ja', `給与振込口座変更届\n所属　経理部\n氏名　${PN(full(g))}\n新口座　${r.pick(['楽天銀行', '住信SBIネット銀行'])} ${r.pick(['第一営業支店', 'ジャズ支店'])}（${r.digits(3)}）普通 ${BA(r.digits(7))}\n口座名義　${PN(kana(g))}\n住所変更　有（新住所：〒${ZIP(a2.zip)} ${AD(a2.addr)}）\n通勤経路　${r.pick(['JR京浜東北線', '東急田園都市線'])}`);
    const h = nj();
    add('hr-ja-4', 'hr_ja', `入社手続きチェックリスト\n入社者：${PN(full(h))}（2026年1月5日入社）\n☑ 雇用契約書\n☑ 基礎年金番号：${PEN(pension(r))}\n☑ 雇用保険被保険者番号：${INS(koyo(r))}\n☑ マイナンバー：${MN(myNum(r, '-'))}\n☐ 健康診断書\n☐ 通勤手当申請\n担当：${PN(nj().sei)}`);
    const i = nj();
    add('hr-ja-5', 'hr_ja', `休職・復職管理表\n${PN(full(i))}\t開発部\t休職開始 2025/08/01\t${SEN('理由：双極性障害（主治医診断書あり）')}\t復職予定 2026/02/01\n${PN(full(nj()))}\t営業部\t休職開始 2025/10/15\t${SEN('理由：がん治療（化学療法）')}\t復職予定 未定\n${PN(full(nj()))}\t総務部\t育児休業 2025/06/01〜2026/05/31\t—\t—`);
    const j = nj();
    add('hr-ja-6', 'hr_ja', `社宅入居者台帳（抜粋）\n入居者：${PN(full(j))}（家族3名）\n社宅：${AD(na().addr)}\n入居日：2024年4月1日\n家賃控除：月額32,000円\n緊急時連絡先：${PN(`${j.sei} ${r.pick(['恵子', '孝'])}`)}（実家）${PH(jpFix(r))}\n駐車場：1台（月額5,000円）`);
  }
  // J6. 履歴書 / 職務経歴書 text, 5
  for (let k = 0; k < 5; k++) {
    const p = nj();
    const a = na();
    if (k === 0)
      add(`resume-ja-${k}`, 'resume_ja', `履　歴　書\n2025年11月10日現在\nふりがな　${PN(hira(kana(p, '　')))}\n氏　　名　${PN(full(p, '　'))}\n生年月日　${DOB(dobEra(r))}生${r.int(22, 45) ? '' : ''}${r.pick(['', ''])}\n現住所　〒${ZIP(a.zip)}\n　　　　${AD(a.addr)}\n電話　${PH(jpMob(r))}\nE-mail　${EM(mail(`${p.meiR.toLowerCase()}${r.int(80, 99)}`, 'gmail.com'))}\n\n年　月　学歴・職歴\n2014　3　県立高等学校 卒業\n2018　3　${r.pick(['東北大学', '関西大学'])} 経済学部 卒業\n2018　4　${COMP_JA[r.int(0, 5)]} 入社`);
    else if (k === 1)
      add(`resume-ja-${k}`, 'resume_ja', `職務経歴書\n\n氏名：${PN(full(p))}\n\n■職務要約\n法人営業として8年間、製造業向けの生産管理システム提案に従事。年間売上目標を6期連続で達成。\n\n■職務経歴\n2017年4月〜現在　${COMP_JA[r.int(0, 5)]}（従業員数1,200名）\n・大手自動車部品メーカー担当（売上規模 年間3億円）\n・チームリーダーとして後輩${r.int(3, 6)}名を育成\n\n■資格\n普通自動車第一種運転免許（2012年取得）\nTOEIC 820点`);
    else if (k === 2)
      add(`resume-ja-${k}`, 'resume_ja', `応募者管理（${r.pick(['中途', '新卒'])}）\n応募者：${PN(full(p))}　${PN(kana(p))}\n応募職種：経理スタッフ\n連絡先：${PH(jpMob(r))} / ${EM(mail(`${p.seiR.toLowerCase()}_${p.meiR.toLowerCase()}`, 'yahoo.co.jp'))}\n書類選考：通過\n一次面接：11/28 14:00（面接官 ${PN(full(nj()))}）\n備考：${SEN('本人申告により聴覚障害あり、面接は筆談を併用')}`);
    else if (k === 3)
      add(`resume-ja-${k}`, 'resume_ja', `本人希望記入欄\n給料・職種・勤務時間・勤務地その他についての希望などがあれば記入\n\n${SEN('持病（1型糖尿病）のため、昼休み前後にインスリン注射の時間をいただきたく存じます')}。\n\n通勤時間　約45分\n扶養家族数（配偶者を除く）　1人\n配偶者　有\n氏名　${PN(full(p))}`);
    else
      add(`resume-ja-${k}`, 'resume_ja', `リファラル採用 推薦シート\n推薦者：${PN(full(nj()))}（開発部）\n候補者：${PN(full(p))}\n候補者の現職：${r.pick(['株式会社ノースゲート', '大和田精機株式会社'])} SREチーム\n候補者連絡先：${PH(jpMob(r))}\n関係：前職の同僚\n推薦理由：Kubernetes運用の経験が豊富。`);
  }
  // J7. E-commerce order admin screens, 6
  for (let k = 0; k < 6; k++) {
    const o = nj(), rcv = nj();
    const a = na(), b = na();
    const orderNo = `${r.int(2025, 2025)}${p2(r.int(10, 11))}${p2(r.int(1, 28))}-${r.digits(7)}`;
    if (k === 0)
      add(`ec-ja-${k}`, 'ec_admin_ja', `注文詳細　#${orderNo}\n\n【注文者情報】\n氏名：${PN(full(o))}（${PN(kana(o))}）\nメール：${EM(mail(`${o.seiR.toLowerCase()}${r.int(1, 999)}`, r.pick(['docomo.ne.jp', 'icloud.com'])))}\n電話：${PH(jpMob(r, ''))}\n\n【お届け先】\n〒${ZIP(b.zip)}\n${AD(b.addr)}\n${PN(full(rcv))} 様\n電話：${PH(jpFix(r))}\n\n【お支払い】クレジットカード（VISA 末尾${r.digits(4)}）\n${((t) => `小計 ¥${t}　送料 ¥0　合計 ¥${t}`)(`${r.int(2, 30)},${r.digits(3)}`)}${r.int(2, 30) && r.digits(3) ? '' : ''}`);
    else if (k === 1)
      add(`ec-ja-${k}`, 'ec_admin_ja', `受注一覧（未発送）\n受注番号\t注文日\t注文者\tお届け先\t金額\tステータス\n${orderNo}\t2025/11/20\t${PN(full(o))}\t${AD(a.addr)}\t¥12,980\t入金待ち\n${r.digits(8)}-${r.digits(7)}\t2025/11/20\t${PN(full(rcv))}\t${AD(b.addr)}\t¥3,300\t出荷準備中\n${r.digits(8)}-${r.digits(7)}\t2025/11/19\t${PN(full(nj()))}\t${AD(na().addr)}\t¥48,400\t出荷準備中`);
    else if (k === 2)
      add(`ec-ja-${k}`, 'ec_admin_ja', `ギフト注文\n購入者：${PN(full(o))} 様\nお届け先：${PN(full(rcv))} 様\n　〒${ZIP(b.zip)} ${AD(b.addr)}\n　TEL ${PH(jpFix(r))}\nのし：御歳暮（名入れ：${PN(o.sei)}）\nメッセージカード：「いつもありがとうございます。${PN(o.mei)}より」\nお届け希望日：12月15日　時間帯：午前中`);
    else if (k === 3)
      add(`ec-ja-${k}`, 'ec_admin_ja', `問い合わせ対応履歴\n注文番号：${orderNo}\nお客様：${PN(full(o))} 様\n内容：商品が届かない。配送状況を確認したところ、宛先不明で返送中。\n正しい住所：${AD(a.addr)}（旧：${AD(b.addr)}）\n再配送手配済み。追跡番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\n対応者：${PN(rcv.sei)}`);
    else if (k === 4)
      add(`ec-ja-${k}`, 'ec_admin_ja', `代金引換 支払い確認\n${PN(full(o))}様\nご住所：${AD(fw(a.addr))}\nお電話：${PH(fw(jpMob(r)))}\n代引金額：${r.int(3, 20)},${r.digits(3)}円（手数料330円込）\n配達員メモ：不在のため持ち戻り、再配達依頼あり`);
    else
      add(`ec-ja-${k}`, 'ec_admin_ja', `返金処理\n注文番号 ${orderNo}\n購入者 ${PN(full(o))}\n返金方法：銀行振込（カード決済が失効のため）\n振込先：${r.pick(['PayPay銀行', 'イオン銀行'])} ${r.pick(['ビジネス営業部', '本店'])} 普通 ${BA(r.digits(7))} ${PN(hwKana(kana(o)))}\n返金額：¥${r.int(1, 9)},${r.digits(3)}\n承認者：${PN(full(rcv))}`);
  }
  // J8. Municipal-style forms, 4
  {
    const p = nj(), s = nj(), a = na(), b = na();
    add('muni-ja-0', 'municipal_ja', `住民異動届（転入）\n届出日　令和7年11月21日\n新しい住所　${AD(a.addr)}\n前の住所　${AD(b.addr)}\n世帯主　${PN(full(p))}\n異動者\n　1　${PN(full(p))}　${DOB(dobEra(r))}　男　世帯主\n　2　${PN(`${p.sei} ${s.mei}`)}　${DOB(dobEra(r))}　女　妻\n届出人電話　${PH(jpMob(r))}`);
    const q = nj(), c = na();
    add('muni-ja-1', 'municipal_ja', `介護保険 要介護認定申請書\n被保険者番号　${r.digits(10)}\n被保険者氏名　${PN(full(q))}（${PN(hira(kana(q)))}）\n生年月日　${DOB(dobEra(r))}\n住所　〒${ZIP(c.zip)}　${AD(c.addr)}\n${SEN('主治医　市民病院 神経内科（アルツハイマー型認知症）')}\n申請代行者　居宅介護支援事業所 ${PN(full(nj()))}　${PH(jpFix(r))}`);
    const t = nj();
    add('muni-ja-2', 'municipal_ja', `印鑑登録証明書交付申請書\n登録者氏名　${PN(full(t))}\n住所　${AD(na().addr)}\n生年月日　${DOB(dobJa(r))}\n代理人　${PN(full(nj()))}（委任状あり）\n本人確認　運転免許証 ${DL(dlNo(r))}`);
    const u = nj();
    add('muni-ja-3', 'municipal_ja', `国民年金 保険料免除申請書\n基礎年金番号　${PEN(`${r.int(1, 9)}${r.digits(3)} ${r.digits(6)}`)}\n個人番号　${MN(myNum(r, ''))}\n氏名　${PN(full(u))}\n生年月日　${DOB(dobEra(r))}\n申請理由　${r.pick(['失業', '事業の廃止'])}\n配偶者　${PN(`${u.sei} ${nj().mei}`)}`);
  }
  // J9. Excel pasted as TSV with merged-cell gaps, 4
  {
    const rows0: string[] = ['部署\t氏名\t内線\t携帯\tメール'];
    let dept = '';
    for (let i = 0; i < 6; i++) {
      const p = nj();
      const d = i % 3 === 0 ? r.pick(['営業1課', '営業2課', '業務課']) : '';
      if (d) dept = d;
      rows0.push(`${d}\t${PN(full(p))}\t${r.digits(4)}\t${i % 2 ? '' : PH(jpMob(r))}\t${EM(mail(`${p.seiR.toLowerCase()}.${p.meiR[0].toLowerCase()}`, 'mikage-denshi.example.co.jp'))}`);
    }
    void dept;
    add('tsv-ja-0', 'excel_tsv_ja', `緊急連絡網（2025年度）\n${rows0.join('\n')}`);
    const rows1: string[] = ['No\t氏名\t\t郵便番号\t都道府県\t市区町村\t番地・建物\t電話'];
    for (let i = 0; i < 4; i++) {
      const p = nj();
      const a = na();
      const pref = a.addr.match(/^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)/)![0];
      const rest = a.addr.slice(pref.length);
      const m = rest.match(/^(.+?[市区町村郡])(.*)$/)!;
      rows1.push(`${i + 1}\t${PN(p.sei)}\t${PN(p.mei)}\t${ZIP(a.zip)}\t${AD(`${pref}\t${m[1]}\t${m[2]}`)}\t${PH(jpFix(r))}`);
    }
    add('tsv-ja-1', 'excel_tsv_ja', rows1.join('\n'));
    const p = nj(), q = nj();
    add('tsv-ja-2', 'excel_tsv_ja', `顧客カード\t\t\t\t\n顧客名\t${PN(full(p))}\t\t担当\t${PN(q.sei)}\n電話\t${PH(`${r.pick(['03', '06'])}-${r.int(3, 6)}${r.digits(3)}-\n${r.digits(4)}`)}\t\t\t\n生年月日\t${DOB(dobSl(r))}\t\t\t\n備考\t\t\t\t`);
    const rows3: string[] = ['取引先\t担当者\t役職\t電話\t\tメール'];
    for (let i = 0; i < 3; i++) {
      const p3 = nj();
      const ph = jpFix(r);
      const [a1, b1, c1] = ph.split('-');
      rows3.push(`${COMP_JA[i]}\t${PN(full(p3))}\t${r.pick(['部長', '課長', '主任'])}\t${PH(`${a1}-${b1}\t${c1}`)}\t\t${EM(mail(p3.seiR.toLowerCase(), r.pick(['mikage.example.co.jp', 'toho-lease.example.jp'])))}`);
    }
    add('tsv-ja-3', 'excel_tsv_ja', rows3.join('\n'));
  }
  // J10. PDF text with broken lines, 4
  {
    const p = nj(), a = na();
    const addrParts = [a.addr.slice(0, 7), a.addr.slice(7)];
    add('pdf-ja-0', 'pdf_text_ja', `賃 貸 借 契 約 書\n( 別 紙 ) 当 事 者 の 表 示\n借主 氏名 ${PN(full(p))}\n住所 ${AD(`${addrParts[0]}\n${addrParts[1]}`)}\n電話 ${PH(`${jpMob(r).slice(0, 8)}\n${r.digits(4)}`)}\n- 3 -`);
    const q = nj(), b = na();
    add('pdf-ja-1', 'pdf_text_ja', `ご契約内容のお知らせ\nご契約者様 ${PN(full(q))} 様\nご登録住所 〒${ZIP(b.zip)}\n${AD(b.addr)}\nご契約日 2023年4月1日 証券番号 ${r.digits(4)}-${r.digits(6)}\n保険料払込方法 口座振替\nお引落口座 ${r.pick(['常陽銀行', '千葉銀行'])} ${r.pick(['水戸支店', '柏支店'])}\n普通 ${BA(`${r.digits(3)}\n${r.digits(4)}`)}\n1 / 2`);
    const s = nj();
    const smn = myNum(r, '');
    add('pdf-ja-2', 'pdf_text_ja', `源泉徴収票（令和6年分）\n支払を受ける者\n住所 ${AD(na().addr)}\n氏名 (フリガナ) ${PN(kana(s))}\n${PN(full(s))}\n個人番号 ${MN(`${smn.slice(0, 7)}\n${smn.slice(7)}`)}\n支払金額 5,214,000 給与所得控除後の金額 3,656,000\n生年月日 ${DOB(dobEra(r))}`);
    const t = nj();
    add('pdf-ja-3', 'pdf_text_ja', `採 用 内 定 通 知 書\n${PN(full(t))} 殿\n貴殿を下記の条件にて採用することを内定いたしましたので通知します。\n入社日 2026年4月1日\n配属 大阪支店\n${COMP_JA[3]}\n代表取締役 ${PN(full(nj()))}\n〒${ZIP('541-0051')} ${AD('大阪府大阪市中央区備後町3丁目\n6番2号')}`);
  }
  // J11. Business-card OCR, 5
  for (let k = 0; k < 5; k++) {
    const p = nj(), a = na();
    const comp = COMP_JA[k % COMP_JA.length];
    const em = mail(`${p.seiR.toLowerCase()}${k % 2 ? '.' + p.meiR.toLowerCase() : ''}`, ['mikage-denshi.example.co.jp', 'toho-lease.example.jp', 'sakura-jutaku.example.jp', 'owada-seiki.example.co.jp', 'sorano.example.jp'][k]);
    const texts = [
      `${comp}\n海外事業部 部長\n${PN(full(p, '　'))}\n${PN(`${p.seiR.toUpperCase()} ${p.meiR}`)}\n〒${ZIP(a.zip)} ${AD(a.addr)}\nTEL ${PH(jpFix(r))} FAX ${PH(jpFix(r))}\nMobile ${PH(jpMob(r))}\n${EM(em)}`,
      `${comp.replace('株式会社', '株式会社 ')}\n営業推進課\n主任 ${PN(`${p.sei}  ${p.mei}`)}\nT E L : ${PH(jpFix(r).replace(/-/g, ' - '))}\nE-mail : ${EM(em.replace('@', ' @ '))}\n${AD(a.addr.replace(/(\d)/, '$1'))}`,
      `| ${comp} |\n|代表取締役社長|\n${PN(full(p))}\n${PN(hira(kana(p)))}\n${AD(a.addr)}\n☎ ${PH(jpFix(r))}\n✉ ${EM(em)}\nhttps://www.example.co.jp`,
      `${comp}\nSingapore Branch\n${PN(`${p.meiR} ${p.seiR.toUpperCase()}`)}\nGeneral Manager\n${AD(SG_ADDR[k % SG_ADDR.length])}\nT ${PH(`+65 6${r.digits(3)} ${r.digits(4)}`)}  M ${PH(`+65 9${r.digits(3)} ${r.digits(4)}`)}\n${EM(em)}`,
      `${comp}\nl\\/IKAGE\n総務部 ${PN(full(p))}\nTEL:${PH(fw(jpFix(r)))}\nＭａｉｌ：${EM(fw(em))}\n〒${ZIP(fw(a.zip))}　${AD(fw(a.addr))}`,
    ];
    add(`meishi-ja-${k}`, 'business_card_ocr', texts[k]);
  }
  // J12. LINE / Teams messages, 6
  {
    const a = nj(), b = nj(), c = nj();
    add('chat-ja-0', 'chat_ja', `[LINE] ${a.sei}（賃貸管理）\n${PN(a.sei)}：${PN(b.sei)}さん、301号室の入居者さんの緊急連絡先わかりますか？\n${PN(b.sei)}：保証人のお母様で ${PH(jpMob(r))} です\n${PN(a.sei)}：ありがとうございます！\n${PN(b.sei)}：あと契約者の${PN(full(c))}さんは${SEN('人工透析')}で火木土は日中不在です`.replace(`[LINE] ${a.sei}`, `[LINE] ${PN(a.sei)}`));
    const d = nj(), e = nj();
    add('chat-ja-1', 'chat_ja', `Microsoft Teams - 経理チャネル\n${PN(full(d))}  10:42\n${PN(e.sei)}さん、${COMP_JA[1]}の振込先変わったので更新お願いします\n三井住友銀行 ${r.pick(['丸の内支店', '神田支店'])} 当座 ${BA(r.digits(7))}\n法人番号 ${CORP(corpNo(r))}\n${PN(full(e))}  10:45\n了解です👍`);
    const f = nj(), g = nj();
    add('chat-ja-2', 'chat_ja', `${PN(f.mei)}\n明日の保護者会、${PN(g.sei)}さんの連絡先これ↓\n${PH(jpMob(r, ''))}\n${PN(g.mei)}\nありがと〜\n${PN(f.mei)}\nあと${PN(g.sei)}さんちの${PN(r.pick(['湊', '蒼']))}くんのお迎えは18時です`);
    const h = nj();
    add('chat-ja-3', 'chat_ja', `Teams会議チャット\n${PN(full(h))}: 先方の担当、シンガポールの${PN('Tan Wei Ming')}さんです\n${PN(full(h))}: ${EM('weiming.tan@sorano-sg.example.com')} / ${PH('+65 9' + r.digits(3) + ' ' + r.digits(4))}\n${PN(full(nj()))}: 了解、招待送ります`);
    const i = nj();
    add('chat-ja-4', 'chat_ja', `LINE WORKS 既読2\n${PN(i.sei)}（店長）\n本日来店の${PN(nj().sei)}様、ご住所変更ありました\n${AD(na().addr)}\n電話も変更 ${PH(jpMob(r).replace(/-/g, ''))}\n会員システムへの反映お願いします🙏`);
    const j = nj();
    add('chat-ja-5', 'chat_ja', `${PN(full(j))} 17:03\nごめんなさい、来週の面談ですが、${SEN('通院（心療内科）')}があるので水曜に変更できますか\n${PN(full(nj()))} 17:10\n大丈夫です。水曜15時で`);
  }
  // J13. E-mail signatures (in threads), 5
  for (let k = 0; k < 5; k++) {
    const s = nj(), to = nj();
    const comp = COMP_JA[(k + 2) % COMP_JA.length];
    const a = na();
    const sigs = [
      `━━━━━━━━━━━━━━━━\n${comp}\n不動産管理部　${PN(full(s))}\n〒${ZIP(a.zip)} ${AD(a.addr)}\nTEL：${PH(jpFix(r))}（内線 ${r.digits(3)}）\nMAIL：${EM(mail(s.seiR.toLowerCase(), 'sakura-jutaku.example.jp'))}\n━━━━━━━━━━━━━━━━`,
      `--\n${PN(`${s.seiR} ${s.meiR}`)} / ${PN(full(s))}\n${comp} India Pvt. Ltd.\n${AD(IN_ADDR[k % IN_ADDR.length])}, India\nMob: ${PH(`+91 ${inMob(r)}`)}`,
      `*******************************\n${comp}\n人事部 採用担当 ${PN(s.sei)}\n直通 ${PH(jpFix(r))}\n携帯 ${PH(jpMob(r))}\n*******************************`,
      `=====\n${PN(full(s))}（${PN(`${s.seiR.toUpperCase()} ${s.meiR}`)}）\nEuropean Sales, ${comp} GmbH\n${AD(DE_ADDR[k % DE_ADDR.length])}, Deutschland\nTel. ${PH(`+49 ${r.pick(['30', '89', '211'])} ${r.digits(4)} ${r.digits(3)}`)}\n=====`,
      `${comp}\n${PN(s.sei)}\n${EM(mail(`${s.seiR.toLowerCase()}-${s.meiR[0].toLowerCase()}`, 'sorano.example.jp'))}\n0120-${r.digits(3)}-${r.digits(3)}（お客様窓口）`.replace(/0120-(\d{3})-(\d{3})/, (m) => PH(m)),
    ];
    add(`sig-ja-${k}`, 'email_signature', `${PN(to.sei)}様\n\nお世話になっております。\n${['ご内見の日程につきまして、土曜日10時で承りました。', '先日の見積書を再送いたします。', '面接日程のご調整ありがとうございます。', 'Messe Düsseldorf のブース手配、完了しました。', 'ご注文の商品を本日発送しました。'][k]}\n\n${sigs[k]}`);
  }
  // J14. ID documents, 5
  {
    const p = nj();
    add('id-ja-0', 'id_doc_ja', `運転免許証（表面OCR）\n氏名 ${PN(full(p))} ${DOB(dobEra(r))}生\n住所 ${AD(na().addr)}\n交付 令和06年03月11日 ${r.digits(5)}\n2029年(令和11年)04月18日まで有効\n番号 第${DL(dlNo(r))}号`);
    const q = nj();
    add('id-ja-1', 'id_doc_ja', `出張者リスト（インド・ベンガルール）\n氏名(ローマ字)\t旅券番号\t生年月日\t旅券有効期限\n${PN(`${q.seiR.toUpperCase()} ${q.meiR.toUpperCase()}`)}\t${PP(passJa(r))}\t${DOB(dobLong(r).toUpperCase())}\t14 MAR 2030\n${PN(`${nj().seiR.toUpperCase()} ${nj().meiR.toUpperCase()}`)}\t${PP(passJa(r))}\t${DOB(dobLong(r).toUpperCase())}\t02 SEP 2028`);
    add('id-ja-2', 'id_doc_ja', `外国人従業員 在留期限管理\n${PN('NGUYEN THI LAN')}\t在留カード ${RC(resCard(r))}\t特定技能1号\t満了 2026/03/31\n${PN('RAMOS JOHN PAUL')}\t在留カード ${RC(resCard(r))}\t技術・人文知識・国際業務\t満了 2027/08/15\n${PN('KUMAR ANIL')}\t在留カード ${RC(fw(resCard(r)))}\t高度専門職1号ロ\t満了 2028/01/10`);
    const s = nj();
    add('id-ja-3', 'id_doc_ja', `資格確認書（健康保険）\n記号 ${INS(`${fw(r.digits(2))}　番号　${fw(r.digits(4))}`)}\n氏名　${PN(full(s))}\n生年月日　${DOB(dobEra(r))}\n保険者番号　${r.digits(8)}\n保険者名称　全国健康保険協会 東京支部`);
    const t = nj();
    add('id-ja-4', 'id_doc_ja', `本人確認書類の受付（口座開設）\n氏名：${PN(full(t))}\n確認書類：マイナンバーカード（表面のみ。個人番号は取得していません）\n生年月日：${DOB(dobSl(r))}\n住所：${AD(na().addr)}\n有効期限：2034年${r.int(1, 12)}月${r.int(1, 28)}日\n確認者：${PN(nj().sei)}`);
  }
  // J15. Misc Japanese: full-width, half-width kana, numbers split, 5
  {
    const p = nj();
    add('misc-ja-0', 'misc_ja', `ｵｷｬｸｻﾏ ｼﾒｲ: ${PN(hwKana(kana(p)))}\nﾃﾞﾝﾜﾊﾞﾝｺﾞｳ: ${PH(jpMob(r, ''))}\nｼﾞｭｳｼｮ: ${AD(na().addr)}\nｹﾞﾝｻﾞｲ ｶｰﾄﾞ ﾊ ｼﾖｳﾃｲｼﾁｭｳ`);
    const q = nj();
    add('misc-ja-1', 'misc_ja', `クレジットカード情報の変更（電話受付）\nお客様：${PN(full(q))}様\n新カード番号：${CC(fw(card(r, 'jcb', '－')))}\n有効期限：０８／２９\n※セキュリティコードは記録しない`);
    const s = nj();
    add('misc-ja-2', 'misc_ja', `FAX受信（手書き転記）\nお名前　${PN(full(s))}\n電話番号　${PH(`0${r.pick(['3', '6'])}（${r.int(3, 6)}${r.digits(3)}）${r.digits(4)}`)}\nカード番号　${CC(luhn('4' + r.digits(3) + '-' + r.digits(4) + '-' + r.digits(4) + '-' + r.digits(3)))}\n有効期限　2027年5月`);
    const t = nj();
    add('misc-ja-3', 'misc_ja', `お客様の声（アンケート自由記述）\n「${SEN('車椅子を使っている')}母のために、段差の少ない物件を探していました。担当の${PN(nj().sei)}さんがとても親身でした」\n回答者：${PN(full(t))}（${Math.floor(r.int(30, 60) / 10) * 10}代）\n連絡可否：可　${EM(mail(`${t.meiR.toLowerCase()}.${t.seiR.toLowerCase()}`, 'outlook.jp'))}`);
    const u = nj();
    add('misc-ja-4', 'misc_ja', `取引先登録\n会社名：${COMP_JA[5]}\n法人番号：${CORP(fw(corpNo(r)))}\n適格請求書発行事業者登録番号：T${CORP(corpNo(r))}\n代表者：${PN(full(u))}\n本店所在地：${AD(na().addr)}\n電話：${PH(jpFix(r))}`);
  }

  // J16. A few more with the rarer identifiers, 4
  {
    const p = nj(), a = na();
    add('extra-ja-0', 'hr_ja', `雇用保険被保険者資格取得届（控え）\n被保険者番号　${INS(koyo(r).replace(/-/g, ''))}\n氏名　${PN(full(p))}　フリガナ　${PN(kana(p))}\n生年月日　${DOB(dobEra(r))}\n基礎年金番号　${PEN(fw(pension(r)))}\n住所　〒${ZIP(a.zip)} ${AD(a.addr)}\n事業所番号　${r.digits(4)}-${r.digits(6)}-${r.int(0, 9)}`);
    const q = nj();
    add('extra-ja-1', 'rental_ja', `月極駐車場 使用契約申込\n申込者　${PN(full(q))}\n車両　トヨタ プリウス　品川 300 ${'さ'} ${r.digits(2)}-${r.digits(2)}\n運転免許証番号　${DL(`${dlNo(r).slice(0, 4)} ${r.digits(4)} ${r.digits(4)}`)}\n携帯　${PH(jpMob(r))}\n引落口座　${r.pick(['京都銀行', '滋賀銀行'])} ${r.pick(['四条支店', '草津支店'])} 普通 ${BA(r.digits(7))}`);
    const t = nj();
    add('extra-ja-2', 'travel_ja', `海外出張手配依頼（ダブリン）\n出張者　${PN(full(t))}（${PN(`${t.seiR.toUpperCase()} ${t.meiR.toUpperCase()}`)}）\n旅券番号　${PP(passJa(r))}\n生年月日　${DOB(dobSl(r))}\n法人カード　${CC(card(r, 'visa', ' '))}\n現地連絡先　${PN(IE_NAMES[5])} ${PH(`+353 1 ${r.digits(3)} ${r.digits(4)}`)}`);
    const u = nj();
    add('extra-ja-3', 'chat_ja', `${PN(u.sei)}です。年末調整の件、妻のマイナンバー送ります\n${MN(myNum(r, '-'))}\n生年月日は${DOB(dobEra(r))}です\n${PN(nj().sei)}（総務）：受け取りました。このメッセージは削除してください`);
  }

  // Japanese hard negatives, 22
  const jan = (body12: string) => {
    let s = 0;
    for (let k = 0; k < 12; k++) s += +body12[k] * (k % 2 ? 3 : 1);
    return body12 + String((10 - (s % 10)) % 10);
  };
  {
    const rows = Array.from({ length: 5 }, () => `${r.int(2025, 2025)}${p2(r.int(10, 11))}${p2(r.int(1, 28))}-${r.digits(7)}\t${r.pick(['出荷済', '配達完了', '入金待ち'])}\t¥${r.int(1, 40)},${r.digits(3)}\t追跡 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`);
    add('neg-ja-0', 'neg_ec_ja', `受注番号\tステータス\t金額\t配送\n${rows.join('\n')}`);
    add('neg-ja-1', 'neg_invoice_ja', `請求書番号 ${luhn('5' + r.digits(14))}\n請求日 2025年11月20日　お支払期限 2025年12月31日\n品目 クラウド利用料（11月分）　数量 12　単価 ¥4,800　金額 ¥57,600\n消費税（10%） ¥5,760\nご請求金額 ¥63,360\n管理番号 ${mn(r.digits(11))}`);
    add('neg-ja-2', 'neg_catalog_ja', `商品マスタ（食品）\nJAN\t商品名\t入数\t売価\n${jan('49' + r.digits(10))}\tさくら餅 6個入\t12\t¥540\n${jan('45' + r.digits(10))}\tひかり味噌 750g\t8\t¥398\n${jan('49' + r.digits(10))}\t吉田のうどん 乾麺\t20\t¥280\n${jan('45' + r.digits(10))}\t松本一本ねぎ 1束\t10\t¥198`);
    add('neg-ja-3', 'neg_property_ja', `物件一覧（賃貸）\nNo.\t物件名\t最寄駅\t間取り\t賃料\t築年\n1\tパークハイツ桜井\t西武新宿線 新井薬師前駅 徒歩7分\t1LDK\t98,000円\t2015年\n2\tメゾン吉田\t東急東横線 学芸大学駅 徒歩4分\t1K\t76,000円\t2008年\n3\tグランドール松本\t京王線 府中駅 徒歩10分\t2LDK\t132,000円\t2021年`);
    add('neg-ja-4', 'neg_company_ja', `主要取引先\n株式会社吉田工務店、野村證券株式会社、松井証券株式会社、鈴木自動車工業、株式会社小松製作所、岡田商事株式会社、佐藤製薬株式会社、豊田通商株式会社\n（五十音順ではありません）`);
    add('neg-ja-5', 'neg_blank_form_ja', `入居申込書（記入例なし）\nフリガナ\n氏名　　　　　　　　　　　　　印\n生年月日　昭和・平成　　年　　月　　日\n現住所　〒　　　－\n携帯電話　　　　－　　　　－\n勤務先名\n緊急連絡先氏名　　　　　　　続柄\n※太枠内をご記入ください`);
    add('neg-ja-6', 'neg_outage_ja', `【障害報告】会員サイト ログイン障害\n発生：2025/11/19 08:02　復旧：2025/11/19 09:47\n影響：約3,400件のログイン失敗\n原因：証明書の更新漏れ\n再発防止：有効期限の30日前アラートを追加\n報告者：システム運用チーム`);
    add('neg-ja-7', 'neg_health_notice_ja', `【全社通知】インフルエンザ予防接種・健康診断のご案内\n対象：全従業員\n予防接種：12月3日（水）13:00〜17:00　本社5F会議室\n定期健康診断：1月15日〜1月31日（提携クリニックにて）\nストレスチェック：1月中にWebで回答\n問合せ：総務部 健康管理担当（内線 2210）`);
    add('neg-ja-8', 'neg_stats_ja', `都道府県別 新規契約件数（10月）\n北海道\t128\t前月比 +4.1%\n宮城県\t86\t-2.3%\n東京都\t1,204\t+8.7%\n愛知県\t432\t+1.0%\n大阪府\t815\t+3.3%\n福岡県\t377\t-0.4%`);
    add('neg-ja-9', 'neg_code_ja', `' 顧客一覧を整形するマクロ\nSub FormatList()\n    Dim i As Long\n    For i = 2 To 5000\n        Cells(i, 3).Value = StrConv(Cells(i, 3).Value, vbNarrow) ' 氏名カナを半角に\n        Cells(i, 6).NumberFormat = "000-0000" ' 郵便番号\n        Cells(i, 7).NumberFormat = "0##-####-####" ' 電話番号\n    Next i\nEnd Sub`);
    add('neg-ja-10', 'neg_timetable_ja', `2学期 時間割（2年3組）\n\t月\t火\t水\t木\t金\n1\t国語\t数学\t英語\t理科\t社会\n2\t数学\t英語\t国語\t体育\t音楽\n3\t理科\t社会\t数学\t国語\t英語\n4\t体育\t美術\t技術\t数学\t学活\n給食 12:25〜13:10`);
    add('neg-ja-11', 'neg_clinic_hours_ja', `診療時間のご案内\n内科・小児科\n午前 9:00〜12:30（受付12:00まで）\n午後 15:00〜18:30（受付18:00まで）\n休診日：木曜午後・日曜・祝日\n※予約優先制です。初診の方は保険証（資格確認書）をお持ちください。`);
    add('neg-ja-12', 'neg_drug_catalog_ja', `薬価改定一覧（抜粋）\nロキソプロフェンNa錠60mg\t10.10円\nアムロジピン錠5mg\t10.40円\nメトホルミン塩酸塩錠250mg\t10.10円\nエスシタロプラム錠10mg\t35.60円\nインスリン グラルギン注 300単位\t1,208円`);
    add('neg-ja-13', 'neg_shipping_ja', `送料一覧（60サイズ）\n北海道 1,320円／東北 990円／関東・信越 880円／中部・北陸 880円／関西 990円／中国・四国 1,100円／九州 1,210円／沖縄 1,650円\n税込11,000円以上のご注文で送料無料。お届けまで2〜4営業日。`);
    add('neg-ja-14', 'neg_insurance_product_ja', `医療保険「あんしんプラス」の保障内容\n入院給付金　日額5,000円（1入院60日まで）\n手術給付金　入院給付金日額の10倍または20倍\nがん診断給付金　100万円（1回限り）\n先進医療特約　通算2,000万円まで\n保険料例：30歳男性 月額1,980円（2025年11月現在）`);
    add('neg-ja-15', 'neg_contract_clause_ja', `第12条（禁止又は制限される行為）\n1 乙は、甲の書面による承諾を得ることなく、本物件の全部又は一部につき、賃借権を譲渡し、又は転貸してはならない。\n2 乙は、本物件の使用にあたり、別表第1に掲げる行為を行ってはならない。\n第13条（契約期間中の修繕）甲は、乙が本物件を使用するために必要な修繕を行わなければならない。`);
    add('neg-ja-16', 'neg_log_ja', `2025-11-20 09:14:02.118 INFO  [order-api] 注文確定 order_id=${r.digits(10)} amount=12980 items=3\n2025-11-20 09:14:02.240 WARN  [stock] 在庫引当リトライ sku=SKU-${r.digits(6)} attempt=2\n2025-11-20 09:14:03.002 ERROR [payment] 与信エラー code=G12 trace=${r.digits(16)}\n2025-11-20 09:14:03.010 INFO  [order-api] ロールバック完了 (${r.digits(4)}ms)`);
    add('neg-ja-17', 'neg_receipt_ocr_ja', `領収書\nスーパーマーケット ひかり 府中店\n2025年11月19日(水) 18:42 レジ03 No.${r.digits(4)}\n牛乳 1000ml　　　¥238\nさくらんぼ　　　　¥698\n食パン 6枚　　　　¥178\n合計　　　　　　¥1,114\nお預り　　　　　¥2,000\nお釣り　　　　　　¥886\n取引番号 ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`);
    add('neg-ja-18', 'neg_bot_ja', `Jenkins Bot 02:14\nビルド #${r.digits(4)} 成功（main, コミット ${r.digits(7)}a${r.digits(4)}f）\nテスト 1,482件 成功 / 0件 失敗 / 12件 スキップ\n所要時間 7分32秒\nデプロイ先：stg-osaka-02`);
    add('neg-ja-19', 'neg_inventory_tsv_ja', `倉庫\t棚番\t品番\t在庫数\t引当\n東京第1\tA-01-03\tMK-${r.digits(5)}\t120\t30\n\tA-01-04\tMK-${r.digits(5)}\t88\t0\n\tB-12-01\tTL-${r.digits(5)}\t2,040\t500\n大阪南港\tC-03-02\tMK-${r.digits(5)}\t36\t36\n\t\tTL-${r.digits(5)}\t410\t12`);
    add('neg-ja-20', 'neg_train_names_ja', `出張の移動：新大阪 8:30発 のぞみ214号、名古屋で こだま に乗り換え。帰りは ひかり 655号（指定席 7号車）。長野方面は特急 あずさ と しなの が便利。青木ヶ原樹海のツアーは中止。`);
    add('neg-ja-21', 'neg_pdf_ja', `重 要 事 項 説 明 書 ( 記 載 要 領 )\n1 . 取 引 態 様 欄 に は 、 売 買 ・ 交 換 ・ 賃 貸 の 別 を 記 載 す る 。\n2 . 宅 地 建 物 取 引 士 の 登 録 番 号 は 、 都 道 府 県 名 と 番 号 を 記 載 す る 。\n- 1 2 -`);
  }

  // =============================================================================================================
  // ENGLISH / OTHER
  let ii = 0;
  const inN = () => IN_NAMES[ii++ % IN_NAMES.length];
  const pan = () => `${'ABCDEFGHJK'[r.int(0, 9)]}${'LMNPQRSTUV'[r.int(0, 9)]}${'WXYZA'[r.int(0, 4)]}P${'ABCDEFGHKLMN'[r.int(0, 11)]}${r.digits(4)}${'ABCDEFGH'[r.int(0, 7)]}`;
  // E1. India subsidiary, 8
  {
    const rows: string[] = ['emp_id,full_name,designation,mobile,personal_email,pan,city'];
    for (let i = 0; i < 5; i++) {
      const n = inN();
      const mob = [`+91 ${inMob(r)}`, `${inMob(r).replace(' ', '')}`, `+91-${inMob(r).replace(' ', '-')}`, `0${inMob(r).replace(' ', '')}`, `91${inMob(r).replace(' ', '')}`][i];
      rows.push(`MKI${r.digits(4)},${PN(n)},${r.pick(['Sr. Engineer', 'Analyst', 'Team Lead', 'HR Executive'])},${PH(mob)},${EM(emailOfEn(n, r.pick(['gmail.com', 'yahoo.co.in', 'rediffmail.com']), i % 3))},${pan()},${r.pick(['Bengaluru', 'Pune', 'Chennai', 'Gurugram'])}`);
    }
    add('in-0', 'hr_export_in', rows.join('\n'));
    const n1 = inN();
    add('in-1', 'letter_in', `OFFER OF EMPLOYMENT\n\nDate: 18 November 2025\n\nTo,\n${PN(`Mr. ${n1}`.replace('Mr. ', ''))}\n${AD(IN_ADDR[0].replace(', Karnataka', ',\nKarnataka'))}\nMobile: ${PH(`+91 ${inMob(r)}`)}\n\nDear ${PN(first(n1))},\n\nWe are pleased to offer you the position of Senior Software Engineer at Mikage Electronics India Pvt. Ltd. Your annual CTC will be INR 24,00,000.\nPlease bring your PAN card (${pan()}) and Aadhaar (${r.int(2, 9)}${r.digits(3)} ${r.digits(4)} ${r.digits(4)}) on the day of joining.\n\nRegards,\n${PN(inN())}\nHead – Human Resources`);
    const n2 = inN();
    add('in-2', 'ticket_in', `Ticket #IN-${r.digits(6)} | Priority: High\nCustomer: ${PN(n2)}\nPhone: ${PH(`0${r.pick(['80', '22', '44'])}-${r.digits(8)}`)} / ${PH(inMob(r).replace(' ', ''))}\nEmail: ${EM(emailOfEn(n2, 'gmail.com', 1))}\nAddress: ${AD(IN_ADDR[1])}\nIssue: Air purifier (model AP-450) stopped working within warranty. Invoice no. MKI/25-26/0${r.digits(4)} dated 02-10-2025.`);
    const n3 = inN();
    add('in-3', 'shipping_label_in', `DELIVER TO:\n${PN(n3.toUpperCase())}\n${AD(`${IN_ADDR[2].replace(', Gurugram', ',\nGurugram')}`)}\nINDIA\nPh: ${PH(`+91 ${inMob(r)}`)}\n\nAWB: ${r.digits(11)}   Wt: 2.4 kg   COD: NO\nFROM: Mikage Electronics India Pvt. Ltd., Manesar`);
    const n4 = inN(), n5 = inN();
    add('in-4', 'chat_in', `[WhatsApp] ${PN(n4)}: sir pls share the address for sample delivery\n[WhatsApp] ${PN(n5)}: ${AD(IN_ADDR[3])}\n[WhatsApp] ${PN(n5)}: call me on ${PH(`${inMob(r)}`)} before coming\n[WhatsApp] ${PN(n4)}: ok 👍`);
    const n6 = inN();
    add('in-5', 'payroll_in', `Salary account update – ${PN(n6)} (MKI${r.digits(4)})\nBank: HDFC Bank, Koramangala branch\nA/c no: 5010${r.digits(10)}\nIFSC: HDFC000${r.digits(4)}\nUAN: 10${r.digits(10)}\nEffective from: Dec 2025 payroll\nApproved: ${PN(inN())}`);
    const n7 = inN();
    add('in-6', 'medical_in', `Leave application – medical\nEmployee: ${PN(n7)}\nReason: ${SEN('dengue fever, hospitalised at Manipal Hospital')} from 10-11-2025 to 15-11-2025\nDOB: ${DOB(dobDmy(r))}\nEmergency contact: ${PN(inN())} (spouse), ${PH(`+91 ${inMob(r)}`)}`);
    const n8 = inN();
    add('in-7', 'visa_in', `Business visa invitation – Japan\nVisitor: ${PN(n8.toUpperCase())}\nPassport: copy attached (Republic of India)\nDate of birth: ${DOB(dobLong(r))}\nResidential address: ${AD(IN_ADDR[5])}\nInviting officer in Tokyo: ${PN(full(nj()))}, ${PH(`+81-3-${r.digits(4)}-${r.digits(4)}`)}`);
  }
  // E2. Ireland, 5
  {
    const [a, b, c, d, e] = IE_NAMES;
    add('ie-0', 'hr_ie', `New starter form – Dublin office\nName: ${PN(a)}\nAddress: ${AD(IE_ADDR[0])}\nMobile: ${PH(`087 ${r.digits(3)} ${r.digits(4)}`)}\nPPSN: ${r.digits(7)}${r.pick(['T', 'W', 'A'])}\nDate of birth: ${DOB(dobDmy(r))}\nBank: ${IB(ibanIE(r))}\nEmergency contact: ${PN(b)} ${PH(`+353 86 ${r.digits(3)} ${r.digits(4)}`)}`);
    add('ie-1', 'ticket_ie', `From: ${PN(c)} <${EM(emailOfEn(c, 'eircom.net'))}>\nSubject: Wrong delivery address\n\nHi,\nMy order went to my old flat. Please send it to ${AD(IE_ADDR[1])} instead. You can ring me on ${PH(`(01) ${r.digits(3)} ${r.digits(4)}`)} during the day.\nThanks,\n${PN(first(c))}`);
    add('ie-2', 'invoice_ie', `INVOICE IE-${r.digits(5)}\nBill to: ${PN(d)}, ${AD(IE_ADDR[2])}, Ireland\nVAT No. IE${r.digits(7)}${r.pick(['A', 'B', 'W'])}\nAmount due: €1,240.00\nPay to: Mikage Electronics Ireland Ltd\nIBAN ${IB(ibanIE(r))}\nBIC AIBKIE2D`);
    add('ie-3', 'crm_ie', `Lead: ${PN(e)}\nCompany: Atlantic Biotech Ltd\nPhone: ${PH(`+353 91 ${r.digits(3)} ${r.digits(3)}`)}\nMobile: ${PH(`+35385${r.digits(7)}`)}\nAddress: ${AD(IE_ADDR[3])}\nOwner: ${PN(a)}\nStatus: Qualified`);
    add('ie-4', 'medical_ie', `GP referral – Cork University Hospital\nPatient: ${PN(b)}  DOB ${DOB(dobDmy(r))}\n${SEN('Presenting complaint: recurrent chest pain, suspected angina')}\n${SEN('PMH: type 1 diabetes since age 12')}\nReferring GP: Dr ${PN(d)}, Ballincollig Medical Centre, ${PH(`021 ${r.digits(3)} ${r.digits(4)}`)}`);
  }
  // E3. Italy / Spain / Germany / France, 18
  {
    const [ia, ib, ic, id, ie] = IT_NAMES;
    add('it-0', 'hr_it', `Anagrafica dipendente\nNome e cognome: ${PN(ia)}\nCodice fiscale: RMNGLI${r.digits(2)}A${r.int(41, 70)}F205${'XYZ'[r.int(0, 2)]}\nData di nascita: ${DOB(dobDmy(r))}\nIndirizzo: ${AD(IT_ADDR[0])}\nCellulare: ${PH(`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`)}\nIBAN: ${IB(ibanIT(r, false))}`);
    add('it-1', 'ticket_it', `Customer: ${PN(ib)}\nTel. ${PH(`02 ${r.digits(4)} ${r.digits(4)}`)}\nCell. ${PH(`3${r.digits(2)}${r.digits(7)}`)}\nShip to: ${AD(IT_ADDR[1])}\nNote: citofono "${PN(last(ib).toUpperCase())}", 3° piano`);
    add('it-2', 'invoice_it', `Fattura n. ${r.int(100, 999)}/2025 del 14/11/2025\nCliente: ${PN(ic)} – ${AD(IT_ADDR[2])}\nP.IVA cliente: IT${r.digits(11)}\nTotale € 3.480,00 (IVA 22% inclusa)\nPagamento: bonifico su ${IB(ibanIT(r))}\nReferente: ${PN(id)} ${PH(`+39 055 ${r.digits(6)}`)}`);
    add('it-3', 'email_it', `Buongiorno ${PN(first(ie))},\nle confermo l'appuntamento di giovedì alle 10 presso la nostra sede di ${AD(IT_ADDR[3])}.\nPer qualsiasi cosa mi trova al ${PH(`011 ${r.digits(3)} ${r.digits(4)}`)}.\nCordiali saluti,\n${PN(ia)}\nMikage Electronics Italia S.r.l.`);
    const [sa, sb, sc, sd] = ES_NAMES;
    add('es-0', 'hr_es', `Alta de empleado\nNombre: ${PN(sa)}\nDNI: ${r.digits(8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[r.int(0, 22)]}\nFecha de nacimiento: ${DOB(dobDmy(r))}\nDomicilio: ${AD(ES_ADDR[0])}\nMóvil: ${PH(`${r.pick(['6', '7'])}${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`)}\nCuenta: ${IB(ibanES(r))}`);
    add('es-1', 'ticket_es', `Incidencia #ES-${r.digits(5)}\nCliente: ${PN(sb)} (${EM(emailOfEn(sb, 'telefonica.net'))})\nTeléfono: ${PH(`+34 9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}\nDirección de entrega: ${AD(ES_ADDR[1])}\nEl cliente indica que el paquete llegó dañado.`);
    add('es-2', 'crm_es', `Owner,Lead,Contact,Phone,Email\n${PN(sc)},Hoteles Costa Azul S.L.,${PN(sd)},${PH(`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)},${EM(emailOfEn(sd, 'costaazul.example.es', 1))}\n${PN(sc)},Clínica Dental Sonrisa,${PN(sb)},${PH(`95${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`)},${EM(emailOfEn(sb, 'sonrisa.example.es'))}`);
    add('es-3', 'sepa_es', `Mandato SEPA\nDeudor: ${PN(sd)}\nDirección: ${AD(ES_ADDR[2])}\nIBAN del deudor: ${IB(ibanES(r, false))}\nFecha de firma: 03/11/2025\nReferencia del mandato: MKE-${r.digits(8)}`);
    const [da, db, dc, dd, de] = DE_NAMES;
    add('de-0', 'hr_de', `Personalstammblatt\nName: ${PN(da)}\nGeburtsdatum: ${DOB(`${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.${r.int(1960, 2000)}`)}\nAnschrift: ${AD(DE_ADDR[0])}\nTelefon: ${PH(`030 ${r.digits(8)}`)}\nMobil: ${PH(`0${r.pick(['151', '160', '171', '176'])} ${r.digits(7)}`)}\nSteuer-ID: ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nIBAN: ${IB(ibanDE(r))}\n${SEN('Konfession: römisch-katholisch')}`);
    add('de-1', 'invoice_de', `Rechnung Nr. RE-2025-${r.digits(4)}\nRechnungsempfänger:\n${PN(db)}\n${AD(DE_ADDR[1].replace(', ', '\n'))}\n\nBitte überweisen Sie den Betrag von 1.190,00 € auf folgendes Konto:\nIBAN ${IB(ibanDE(r))}\nUSt-IdNr. DE${r.digits(9)}`);
    add('de-2', 'ticket_de', `Kundenanfrage\nVon: ${PN(dc)} <${EM(emailOfEn(dc, 'web.de', 2))}>\nTel.: ${PH(`+49 (0)211 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`)}\nBetreff: Reklamation Bestellung ${r.digits(9)}\nDas Gerät ist defekt angekommen. Bitte holen Sie es an der ${AD(DE_ADDR[2])} ab.`);
    add('de-3', 'signature_de', `Mit freundlichen Grüßen\n\n${PN(dd)}\nKey Account Manager\nMikage Electronics Europe GmbH\n${AD(DE_ADDR[3])}\nT ${PH(`+49 6221 ${r.digits(6)}`)}\nM ${PH(`+49 1${r.pick(['51', '71', '76'])} ${r.digits(8)}`)}\n${EM(emailOfEn(dd, 'mikage-europe.example.de'))}\nGeschäftsführer: ${PN(de)} · Amtsgericht Mannheim HRB ${r.digits(6)}`);
    add('de-4', 'medical_de', `Arbeitsunfähigkeitsbescheinigung (Kopie)\nVersicherte/r: ${PN(de)}, geb. ${DOB(`${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.${r.int(1965, 1999)}`)}\n${SEN('Diagnose: F32.1 mittelgradige depressive Episode')}\narbeitsunfähig seit 10.11.2025 voraussichtlich bis 28.11.2025`);
    const [fa, fb, fc, fd] = FR_NAMES;
    add('fr-0', 'hr_fr', `Fiche salarié\nNom : ${PN(fa)}\nNé(e) le : ${DOB(dobDmy(r))}\nAdresse : ${AD(FR_ADDR[0])}\nTél. : ${PH(`06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`)}\nRIB / IBAN : ${IB(ibanFR(r))}\nN° de sécurité sociale : ${r.pick(['1', '2'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`);
    add('fr-1', 'ticket_fr', `Réclamation client\nClient : ${PN(fb)}\nCourriel : ${EM(emailOfEn(fb, 'orange.fr'))}\nTéléphone : ${PH(`+33 (0)4 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`)}\nAdresse de livraison : ${AD(FR_ADDR[1])}\nLe client demande un remboursement.`);
    add('fr-2', 'crm_fr', `Contact: ${PN(fc)}\nSociété: Hôtel Belle Rive SARL\nFixe: ${PH(`04 93 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`)}\nPortable: ${PH(`+33 7 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`)}\nAdresse: ${AD(FR_ADDR[2])}\nCommercial: ${PN(fd)}`);
    add('fr-3', 'payment_fr', `Virement reçu\nDonneur d'ordre : ${PN(fd)}\nIBAN émetteur : ${IB(ibanFR(r, false))}\nMontant : 2 450,00 EUR\nLibellé : FACTURE ${r.digits(6)}\nDate de valeur : 17/11/2025`);
  }
  // E4. Australia / Singapore, 10
  {
    const [aa, ab, ac, ad, ae] = AU_NAMES;
    add('au-0', 'hr_au', `Employee details – Sydney\nName: ${PN(aa)}\nHome address: ${AD(AU_ADDR[1])}\nMobile: ${PH(`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}\nTFN: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nSuper fund: AustralianSuper, member no. ${r.digits(9)}\nBSB ${r.digits(3)}-${r.digits(3)} Account ${r.digits(8)}\nDOB: ${DOB(dobDmy(r))}`);
    add('au-1', 'ticket_au', `Case 00${r.digits(6)} – Warranty claim\nContact: ${PN(ab)}\nPhone: ${PH(`+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}\nEmail: ${EM(emailOfEn(ab, 'bigpond.com'))}\nPickup address: ${AD(AU_ADDR[2])}\nCourier booked for Tue. Ref ${r.digits(10)}.`);
    add('au-2', 'signature_au', `Cheers,\n${PN(ac)}\nState Manager QLD/NSW | Mikage Electronics Australia Pty Ltd\n${AD(AU_ADDR[0])}\nP ${PH(`(02) 9${r.digits(3)} ${r.digits(4)}`)} | M ${PH(`0${r.pick(['412', '433', '498'])} ${r.digits(3)} ${r.digits(3)}`)} | Sales ${PH(`1300 ${r.digits(3)} ${r.digits(3)}`)}\nABN ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`);
    add('au-3', 'medical_au', `Incident report – warehouse\nInjured worker: ${PN(ad)} (DOB ${DOB(dobDmy(r))})\n${SEN('Injury: fractured left wrist, treated at Fiona Stanley Hospital')}\nWitness: ${PN(ae)}, ${PH(`08 9${r.digits(3)} ${r.digits(4)}`)}\nSite: ${AD(AU_ADDR[3])}`);
    add('au-4', 'crm_au', `Owner\tLead\tContact\tPhone\n${PN(ac)}\tHarbourside Dental Group\t${PN(aa)}\t${PH(`+61 2 9${r.digits(3)} ${r.digits(4)}`)}\n${PN(ac)}\tSunshine Coast Realty\t${PN(ae)}\t${PH(`07 5${r.digits(3)} ${r.digits(4)}`)}\n${PN(ad)}\tPerth Mining Supplies\t${PN(ab)}\t${PH(`0${r.pick(['412', '433'])}${r.digits(6)}`)}`);
    const [ga, gb, gc, gd, ge] = SG_NAMES;
    add('sg-0', 'hr_sg', `Staff record – Singapore branch\nName: ${PN(ga)}\nNRIC: S${r.int(70, 99)}${r.digits(5)}${'ABCDEFGHIZJ'[r.int(0, 10)]}\nDate of birth: ${DOB(dobLong(r))}\nAddress: ${AD(SG_ADDR[0])}\nHP: ${PH(`9${r.digits(3)} ${r.digits(4)}`)}\nNext of kin: ${PN(gd)}, ${PH(`+65 8${r.digits(3)} ${r.digits(4)}`)}`);
    add('sg-1', 'ticket_sg', `Hi team, customer ${PN(gb)} (${EM(emailOfEn(gb, 'singnet.com.sg', 1))}) called from ${PH(`6${r.digits(3)} ${r.digits(4)}`)} about her aircon servicing. Unit at ${AD(SG_ADDR[1])}. Pls arrange technician Thu am. – ${PN(gc)}`);
    add('sg-2', 'invoice_sg', `TAX INVOICE SG-${r.digits(6)}\nBill to: ${PN(ge)}\n${AD(SG_ADDR[2].replace(', Singapore', '\nSingapore'))}\nGST Reg No. M9-${r.digits(7)}-${r.int(0, 9)}\nTotal SGD 1,308.00 (incl. 9% GST)\nContact: ${PN(gc)} ${PH(`+65 6${r.digits(3)} ${r.digits(4)}`)}`);
    add('sg-3', 'medical_sg', `MC / Hospitalisation leave\nStaff: ${PN(gd)}\n${SEN('Admitted to SGH for appendectomy')}, 5 days hospitalisation leave (12–16 Nov)\nSupervisor: ${PN(ga)}`);
    add('sg-4', 'chat_sg', `${PN(gc)} 9:41 AM\nboss the condo mgmt office number is ${PH(`6${r.digits(3)}${r.digits(4)}`)}, ask for ${PN('Mdm Siti')}`.replace(`${PN('Mdm Siti')}`, `Mdm ${PN('Siti')}`) + `\n${PN(ge)} 9:43 AM\nok thx`);
  }
  // E5. US subsidiary, 8
  {
    const [ua, ub, uc, ud, ue, uf, ug, uh] = US_NAMES;
    add('us-0', 'hr_us', `EMPLOYEE_ID,NAME,SSN,DOB,HOME_ADDRESS,PHONE\n${r.digits(6)},${PN(ua)},${SSN(ssn(r))},${DOB(`${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(1960, 2000)}`)},"${AD(US_ADDR[0])}",${PH(`(214) ${r.int(200, 989)}-${r.digits(4)}`)}\n${r.digits(6)},${PN(ub)},${SSN(ssn(r, ''))},${DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1960, 2000)}`)},"${AD(US_ADDR[1])}",${PH(`415-${r.int(200, 989)}-${r.digits(4)}`)}\n${r.digits(6)},${PN(uc)},${SSN(ssn(r, ' '))},${DOB(`${r.int(1960, 2000)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`)},"${AD(US_ADDR[2])}",${PH(`+1 617 ${r.int(200, 989)} ${r.digits(4)}`)}`);
    add('us-1', 'w4_us', `Form W-4 (2025) – data entry\nFirst name and middle initial: ${PN('Megan R.')}  Last name: ${PN('Hughes')}\nSocial security number: ${SSN(ssn(r))}\nAddress: ${AD('9 Lakeview Terrace')}\nCity or town, state, and ZIP code: ${AD('Evanston, IL 60201-4412')}\nFiling status: Single`);
    add('us-2', 'ticket_us', `Zendesk #${r.digits(6)}\nRequester: ${PN(ue)} <${EM(emailOfEn(ue, 'comcast.net'))}>\nPhone: ${PH(`1-${r.int(201, 989)}-${r.int(200, 989)}-${r.digits(4)}`)}\nHi, I was charged twice for order #${r.digits(3)}-${r.digits(7)}-${r.digits(7)}. Card ending ${r.digits(4)}. Please refund one of them.\n— ${PN(first(ue))}\n\nInternal note (${PN(uf)}): verified, refund issued.`);
    add('us-3', 'benefits_us', `Benefits enrollment – dependents\nEmployee: ${PN(ug)}  SSN ${SSN(ssn(r))}\nSpouse: ${PN('Daniel Alvarez')}  SSN ${SSN(ssn(r))}  DOB ${DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1970, 1995)}`)}\nChild: ${PN('Sofia Alvarez')}  DOB ${DOB(`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2012, 2020)}`)}\nPlan: PPO Family  Effective 01/01/2026`);
    add('us-4', 'shipping_label_us', `SHIP TO:\n${PN(uh.toUpperCase())}\n${AD(US_ADDR[4].toUpperCase().replace(', ATLANTA', '\nATLANTA'))}\nUSA\n${PH(`(404) ${r.int(200, 989)}-${r.digits(4)}`)}\n\nUSPS TRACKING # 9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}\nPKG 1 OF 1   WT 3 LBS`);
    add('us-5', 'medical_us', `Accommodation request (ADA)\nEmployee: ${PN(ud)}\n${SEN('Condition: multiple sclerosis')}\nRequested: remote work 3 days/week, ergonomic chair\nManager: ${PN(ua)}\nHR contact: ${PN(uf)}, ${PH(`(312) ${r.int(200, 989)}-${r.digits(4)}`)} ext. 204`);
    add('us-6', 'background_us', `Background screening summary\nCandidate: ${PN(uc)}\nSSN (last 4): ***-**-${r.digits(4)}\nDOB: ${DOB(`${p2(r.int(1, 12))}/${p2(r.int(1, 28))}/${r.int(1975, 2000)}`)}\nCriminal: ${SEN('felony conviction – possession of a controlled substance (2016)')}\nEmployment verification: complete`);
    add('us-7', 'payment_us', `Card on file updated for ${PN(ub)}\nCard: ${CC(card(r, 'amex'))}  Exp 09/28\nBilling address: ${AD(US_ADDR[1])}\nAlt card: ${CC(card(r, 'visa', '-'))}\nUpdated by ${PN(ug)}`);
  }
  // E6. Support tickets (global helpdesk), 5
  {
    const p = nj();
    add('tk-0', 'ticket_en', `[JIRA] HELP-${r.digits(4)}: Cannot log in to expense portal\nReporter: ${PN(romaji(p))} (${EM(mail(`${p.seiR.toLowerCase()}.${p.meiR.toLowerCase()}`, 'mikage-denshi.example.co.jp'))})\nAssignee: ${PN(IN_NAMES[6])}\nDescription: After the SSO migration I get error AADSTS50105. My desk phone is ${PH(`+81 3 ${r.digits(4)} ${r.digits(4)}`)}.\nEnvironment: Windows 11 23H2, Edge 131.0.2903.70`);
    add('tk-1', 'ticket_en', `Ticket 48${r.digits(4)} – Address change\nCustomer ${PN(US_NAMES[6])} moved. Old: ${AD(US_ADDR[3])}. New: ${AD('1180 Sherman Ave, Apt 2C, Evanston, IL 60202-1358')}. Phone unchanged (${PH(`847-${r.int(200, 989)}-${r.digits(4)}`)}).\nUpdated by ${PN(US_NAMES[7])}.`);
    add('tk-2', 'ticket_en', `Chat transcript\n${PN(first(AU_NAMES[3]))} (customer): hi my parcel says delivered but its not here\nAgent ${PN(first(SG_NAMES[4]))}: Sorry to hear that! Can I confirm your address?\n${PN(first(AU_NAMES[3]))} (customer): ${AD('22 Wattle Grove, Mount Lawley WA 6050')}\nAgent ${PN(first(SG_NAMES[4]))}: and a contact number?\n${PN(first(AU_NAMES[3]))} (customer): ${PH(`04${r.digits(2)}${r.digits(6)}`)}`);
    add('tk-3', 'ticket_en', `Escalation – data subject request (GDPR Art. 15)\nRequester: ${PN(DE_NAMES[2])}, ${EM(emailOfEn(DE_NAMES[2], 'gmx.de'))}\nIdentity verified via last invoice and phone ${PH(`+49 89 ${r.digits(4)} ${r.digits(4)}`)}.\nDeadline: 2025-12-18. Owner: ${PN(IE_NAMES[4])} (DPO office, Dublin).`);
    add('tk-4', 'ticket_en', `Freshdesk #${r.digits(5)}\nFrom: ${PN(IN_NAMES[9])}\nSubject: Payment failed\nI tried paying with ${CC(card(r, 'mc'))} and it was declined twice. Can you check? Call me at ${PH(`+91 ${inMob(r)}`)}.\nPriority: Medium | Group: Billing APAC`);
  }
  // E7. CRM lead exports, 4
  {
    const owners = ['Ravi Menon', 'Emily Carter', 'Seán Murphy', 'Lena Fischer'];
    const leadRows = (n: number, fmt: number) =>
      Array.from({ length: n }, (_, i) => {
        const c = [IT_NAMES[i % 5], ES_NAMES[i % 4], AU_NAMES[i % 5], SG_NAMES[i % 5], US_NAMES[(i + 2) % 8]][(i + fmt) % 5];
        const co = ['Verde Foods S.p.A.', 'Iberia Clinics S.L.', 'Coastal Freight Pty', 'Lion City Dental', 'Redwood Labs Inc.'][(i + fmt) % 5];
        const ph = [`+39 02 ${r.digits(4)} ${r.digits(4)}`, `+34 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+61 3 9${r.digits(3)} ${r.digits(4)}`, `+65 6${r.digits(3)} ${r.digits(4)}`, `(650) ${r.int(200, 989)}-${r.digits(4)}`][(i + fmt) % 5];
        const owner = owners[(i + fmt) % 4];
        if (fmt === 0) return `${PN(owner)},${co},${PN(c)},${PH(ph)},${EM(emailOfEn(c, 'example.com', i % 3))},Open`;
        if (fmt === 1) return `"${PN(c)}","${co}","${PN(owner)}","${PH(ph)}","Web form","2025-11-${r.int(10, 20)}"`;
        if (fmt === 2) return `${PN(c.split(' ').slice(0, -1).join(' '))}\t${PN(last(c))}\t${co}\t${EM(emailOfEn(c, 'example.net'))}\t${PN(owner)}`;
        return `${co} | ${PN(c)} | ${PH(ph.replace(/ /g, ''))} | owner: ${PN(owner)} | score ${r.int(10, 99)}`;
      });
    add('crm-0', 'crm_export', `Owner,Company,Lead Name,Phone,Email,Status\n${leadRows(5, 0).join('\n')}`);
    add('crm-1', 'crm_export', `"Contact","Account","Lead Owner","Phone","Lead Source","Created"\n${leadRows(4, 1).join('\n')}`);
    add('crm-2', 'crm_export', `First Name\tLast Name\tCompany\tEmail\tContact Owner\n${leadRows(4, 2).join('\n')}`);
    add('crm-3', 'crm_export', `Pipeline snapshot (APAC + EMEA)\n${leadRows(5, 3).join('\n')}`);
  }
  // E8. Invoices and shipping labels, 6
  {
    add('inv-0', 'invoice_en', `INVOICE #INV-2025-${r.digits(5)}\nFrom: Mikage Electronics Singapore Pte. Ltd.\nTo: ${PN(US_NAMES[5])}, Purchasing, Redwood Labs Inc.\n${AD(US_ADDR[0])}\nQty 40 × MK-7720 Sensor Module @ USD 38.50 = USD 1,540.00\nPayment due: Dec 31, 2025\nQuestions: ${EM('ar-apac@mikage-sg.example.com')} / ${PH(`+65 6${r.digits(3)} ${r.digits(4)}`)}`);
    add('inv-1', 'shipping_label_en', `FROM:\nMikage Electronics Europe GmbH\n${AD(DE_ADDR[3])}\n\nTO:\n${PN(IT_NAMES[3])}\n${AD(IT_ADDR[2].replace(', 50131', '\n50131'))}\nITALY\nTel ${PH(`+39 3${r.digits(2)} ${r.digits(7)}`)}\n\nDHL Express  WAYBILL ${r.digits(10)}  1/1  4.2 kg`);
    add('inv-2', 'shipping_label_en', `送り状（国際）\nShipper: ${COMP_JA[0]} / ${PN(full(nj()))}\n${AD('2-3-5 Minatomirai, Nishi-ku, Yokohama, Kanagawa')} ${ZIP('220-0012')} JAPAN\nTel ${PH(`+81-45-${r.digits(3)}-${r.digits(4)}`)}\nConsignee: ${PN(IE_NAMES[2])}\n${AD(IE_ADDR[3])}\nIRELAND\nTel ${PH(`+353 91 ${r.digits(3)} ${r.digits(3)}`)}\nContents: electronic parts (HS 8542.31)  Value USD 420`);
    add('inv-3', 'invoice_en', `Credit note CN-${r.digits(6)}\nCustomer: ${PN(FR_NAMES[1])}\nReason: returned goods (RMA ${r.digits(7)})\nRefund to IBAN ${IB(ibanFR(r))}\nAmount: EUR 312.40\nIssued by ${PN(IE_NAMES[1])}, Accounts Receivable`);
    add('inv-4', 'shipping_label_en', `Ship-to: ${PN(AU_NAMES[4])}, ${AD('Unit 3, 45 Chapel Street, Windsor VIC 3181')}, AUSTRALIA  Ph ${PH(`0${r.pick(['412', '433'])} ${r.digits(3)} ${r.digits(3)}`)}\nAusPost tracking ${r.pick(['33', '34'])}${r.pick(['ABC', 'XYZ'])}${r.digits(7)}${r.digits(2)}\nDeclared: 2 × LED panel  AUD 189.00`);
    add('inv-5', 'invoice_en', `PROFORMA INVOICE\nBuyer: ${PN(IN_NAMES[8])}, Mehta Textiles Pvt Ltd, ${AD('Survey No. 112, Sachin GIDC, Surat, Gujarat 394230')}\nGSTIN: 24AAB${'CDEFG'[r.int(0, 4)]}M${r.digits(4)}${'H'}1Z${r.int(1, 9)}\nPhone ${PH(`+91 261 ${r.digits(7)}`)}\nBank: State Bank of India, A/c ${r.digits(11)}, IFSC SBIN000${r.digits(4)}\nTotal INR 4,82,500.00`);
  }
  // E9. JSON API payloads / request bodies, 5
  {
    const p = nj(), a = na();
    add('json-0', 'json', `POST /api/v2/customers HTTP/1.1\nContent-Type: application/json\n\n{"name":"${PN(full(p))}","name_kana":"${PN(kana(p))}","zip":"${ZIP(a.zip)}","address":"${AD(a.addr)}","tel":"${PH(jpMob(r, ''))}","email":"${EM(mail(p.meiR.toLowerCase() + r.int(1, 99), 'icloud.com'))}","consent":true,"source":"lp-2025-winter"}`);
    add('json-1', 'json', `{\n  "order_id": "${r.digits(3)}-${r.digits(7)}-${r.digits(7)}",\n  "buyer": {\n    "full_name": "${PN(US_NAMES[1])}",\n    "email": "${EM(emailOfEn(US_NAMES[1], 'gmail.com', 1))}",\n    "phone": "${PH(`+1${r.int(201, 989)}${r.int(200, 989)}${r.digits(4)}`)}"\n  },\n  "shipping_address": {\n    "line1": "${AD('455 Market St, Floor 9')}",\n    "city": "San Francisco", "state": "CA", "postal_code": "94105-2448", "country": "US"\n  },\n  "total": {"amount": 12999, "currency": "USD"}\n}`);
    add('json-2', 'json', `{"event":"employee.updated","tenant":"mikage-in","data":{"employee_id":"MKI${r.digits(4)}","display_name":"${PN(IN_NAMES[10])}","mobile":"${PH(`+91${inMob(r).replace(' ', '')}`)}","work_email":"${EM(emailOfEn(IN_NAMES[10], 'mikage-in.example.com'))}","manager":"${PN(IN_NAMES[11])}","location":"Pune"},"ts":"2025-11-20T06:12:44Z","id":"${r.digits(8)}-4a1c-9f0e-${r.digits(12)}"}`);
    add('json-3', 'json', `{\n  "applicant": {\n    "given_name": "${PN(first(ES_NAMES[0]))}",\n    "family_name": "${PN(last(ES_NAMES[0]))}",\n    "date_of_birth": "${DOB(dobIso(r))}",\n    "iban": "${IB(ibanES(r, false))}",\n    "address": "${AD(ES_ADDR[0])}"\n  },\n  "loan_amount": 15000,\n  "term_months": 36\n}`);
    const q = nj();
    add('json-4', 'json', `curl -X POST https://api.example.com/v1/tickets \\\n  -H "Authorization: Bearer sk_test_${r.digits(8)}abc${r.digits(6)}" \\\n  -d '{"subject":"領収書の再発行","requester":{"name":"${PN(full(q))}","email":"${EM(mail(`${q.seiR.toLowerCase()}${r.int(10, 99)}`, 'yahoo.co.jp'))}","phone":"${PH(jpMob(r))}"}}'`);
  }
  // E10. Log lines, 5
  {
    const e1 = emailOfEn(DE_NAMES[4], 'gmx.de');
    add('log-0', 'log', `2025-11-20T03:12:09.441Z INFO  auth  login ok user=${EM(e1)} ip=10.21.4.17 ua="Mozilla/5.0"\n2025-11-20T03:12:44.002Z WARN  auth  mfa retry user=${EM(e1)} attempt=2\n2025-11-20T03:13:01.918Z INFO  auth  session created sid=${r.digits(8)}${r.digits(8)}`);
    add('log-1', 'log', `[2025-11-20 11:02:17] sms-gateway: queued message id=${r.digits(9)} to=${PH(`+91${inMob(r).replace(' ', '')}`)} template=OTP_LOGIN\n[2025-11-20 11:02:18] sms-gateway: delivered id=${r.digits(9)} to=${PH(`+353${r.pick(['85', '87', '83'])}${r.digits(7)}`)} latency=812ms\n[2025-11-20 11:02:19] sms-gateway: failed id=${r.digits(9)} to=${PH(`+6591${r.digits(6)}`)} err=UNREACHABLE`);
    const p = nj();
    add('log-2', 'log', `Nov 20 12:44:03 mail01 postfix/smtp[${r.digits(5)}]: ${r.digits(5).toUpperCase()}A${r.digits(4)}: to=<${EM(mail(`${p.seiR.toLowerCase()}.${p.meiR.toLowerCase()}`, 'mikage-denshi.example.co.jp'))}>, relay=mx.example.net[203.0.113.25]:25, delay=0.41, status=sent (250 2.0.0 OK)\nNov 20 12:44:05 mail01 postfix/smtp[${r.digits(5)}]: ${r.digits(5)}B${r.digits(4)}: to=<${EM(emailOfEn(FR_NAMES[2], 'laposte.net'))}>, status=bounced (550 5.1.1 user unknown)`);
    add('log-3', 'log', `ERROR 2025-11-20 14:01:55,912 [checkout-7] c.m.pay.CardService - authorization declined for customer_email=${EM(emailOfEn(AU_NAMES[1], 'outlook.com'))} amount=249.00 currency=AUD reason=DO_NOT_HONOR\njava.lang.IllegalStateException: declined\n\tat c.m.pay.CardService.authorize(CardService.java:212)\n\tat c.m.checkout.Flow.run(Flow.java:88)`);
    const q = nj();
    add('log-4', 'log', `2025/11/20 15:20:11 [audit] user=admin action=EXPORT target=customers rows=3 filter="name LIKE '${PN(q.sei)}%'"\n2025/11/20 15:20:12 [audit] exported: ${PN(full(q))} <${EM(mail(q.meiR.toLowerCase() + '.' + q.seiR.toLowerCase(), 'gmail.com'))}> ${PH(jpMob(r))}`);
  }

  // E11. A few more, 2
  {
    add('us-8', 'chat_us', `Live chat 14:02\nCustomer: hi its ${PN('Jordan Blake')}, need to update my tax info for the 1099\nAgent ${PN('Priscilla')}: Sure, please confirm your SSN\nCustomer: ${SSN(ssn(r, ' '))}\nCustomer: and my new address is ${AD('604 W Elm St, Unit B, Champaign, IL 61820-3711')}\nAgent ${PN('Priscilla')}: Thanks, updated.`);
    add('au-5', 'payment_au', `Direct debit form\nAccount holder: ${PN(AU_NAMES[3])}\nCard (if paying by card): ${CC(card(r, 'mc', ''))}  Expiry 11/27\nPostal address: ${AD('PO Box 2210, Fortitude Valley QLD 4006')}\nContact: ${PH(`0${r.pick(['412', '498'])}-${r.digits(3)}-${r.digits(3)}`)}`);
  }

  // English / other hard negatives, 20
  {
    const uuid = () => `${r.digits(8)}-${r.digits(4)}-4${r.digits(3)}-a${r.digits(3)}-${r.digits(12)}`;
    add('neg-en-0', 'neg_order_en', `Order #${r.digits(3)}-${r.digits(7)}-${r.digits(7)}\nPlaced: Nov 18, 2025  Shipped: Nov 19, 2025\nItems: 2 × USB-C hub (SKU MK-HUB-${r.digits(4)}) $39.99\nSubtotal $79.98  Tax $6.60  Total $86.58\nTracking: 1Z${r.digits(3)}E${r.digits(2)}0${r.digits(9)}`);
    add('neg-en-1', 'neg_invoice_en', `Invoice reference ${luhn('4' + r.digits(14))}\nPO 4500${r.digits(6)}\nNet 30 · Due 2025-12-20\nLine 10 · Part 7720-${r.digits(4)}-A · Qty 1,200 · Unit 0.84 · Amount 1,008.00\nBatch ${luhn(r.digits(15))}`);
    add('neg-en-2', 'neg_ids_en', `request_id=${uuid()}\ncorrelation_id=${uuid()}\nsha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\ncommit 3e5a${r.digits(6)}c1f0b2${r.digits(4)}d9e\nbuild 2025.11.20.${r.digits(4)}`);
    add('neg-en-3', 'neg_books_en', `Reading list – onboarding\n• Designing Data-Intensive Applications, ISBN 978-1-4493-7332-0\n• The Phoenix Project, ISBN 978-0-9882625-9-1\n• Accelerate, ISBN 978-1-942788-33-1\nCopies available at the Dublin and Pune offices.`);
    add('neg-en-4', 'neg_companies_en', `Key accounts FY25: Johnson Controls, Procter & Gamble, Ernst & Young, Dell Technologies, Tata Consultancy Services, Mahindra & Mahindra, Ferrero, Benetton Group, Siemens Healthineers, Louis Vuitton, Hewlett Packard Enterprise.`);
    add('neg-en-5', 'neg_code_en', `const config = {\n  region: 'ap-south-1',\n  retries: 3,\n  timeoutMs: 15000,\n  phoneRegex: /^\\+?[0-9 ()-]{7,20}$/,\n  emailDomainAllowList: ['example.com', 'example.org'],\n  defaultCountry: 'IN',\n};\nexport default config;`);
    add('neg-en-6', 'neg_stacktrace_en', `Traceback (most recent call last):\n  File "/srv/app/billing/tasks.py", line 212, in reconcile\n    total = sum(line.amount for line in invoice.lines)\n  File "/srv/app/billing/models.py", line 88, in amount\n    return Decimal(self.qty) * self.unit_price\ndecimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]\nTask id: ${uuid()}`);
    add('neg-en-7', 'neg_config_en', `[database]\nhost = db-prod-eu-1.internal\nport = 5432\nname = crm\npool_size = 20\n\n[smtp]\nhost = smtp.internal\nport = 587\nfrom = no-reply\n\n[feature_flags]\nnew_checkout = true  ; rollout 25%`);
    add('neg-en-8', 'neg_price_list_en', `Price list EU (EUR, excl. VAT)\nMK-7720 Sensor Module\t38,50\nMK-7721 Sensor Module Pro\t52,00\nLP-2040 LED Panel 40W\t74,90\nSupport plan 12 months\t1.200,00\nValid 01/12/2025 – 31/03/2026`);
    add('neg-en-9', 'neg_release_notes_en', `Release 5.14.2 (2025-11-19)\n- Fixed: IBAN field rejected lowercase country codes\n- Fixed: phone numbers with extensions were truncated\n- Added: Eircode validation for Irish addresses\n- Added: PIN code lookup for India (beta)\n- Deprecated: /v1/contacts endpoint (removal 2026-06-30)`);
    add('neg-en-10', 'neg_blank_form_en', `NEW CUSTOMER FORM\nFull name: ____________________\nDate of birth: __ / __ / ____\nAddress line 1: ____________________\nCity: __________  State: ____  ZIP: _____\nPhone: (___) ___-____\nEmail: ____________________\nSSN (last 4): ____`);
    add('neg-en-11', 'neg_places_en', `Regional offices: Bengaluru (Whitefield), Pune (Hinjewadi), Dublin (Grand Canal Dock), Milan (Porta Nuova), Madrid (Castellana), Düsseldorf (Medienhafen), Paris La Défense, Sydney (Barangaroo), Singapore (Marina Bay), Austin (Domain).\nTime zones: IST, GMT, CET, AEDT, SGT, CST.`);
    add('neg-en-12', 'neg_stats_en', `Q3 tickets by country\nIndia 4,812 (+6%)\nIreland 612 (-2%)\nItaly 1,024 (+11%)\nSpain 877 (+3%)\nGermany 1,933 (+1%)\nAustralia 740 (+9%)\nSingapore 455 (+4%)\nUS 6,201 (+7%)\nCSAT 4.42 / 5 · FCR 71.3%`);
    add('neg-en-13', 'neg_log_en', `2025-11-20T08:00:01Z cron[${r.digits(4)}]: job=nightly-export status=ok rows=128402 duration=00:04:12\n2025-11-20T08:00:03Z cron[${r.digits(4)}]: job=purge-sessions status=ok deleted=9120\n2025-11-20T08:00:05Z cron[${r.digits(4)}]: job=fx-rates status=ok EURJPY=162.84 USDJPY=155.12 INRJPY=1.838`);
    add('neg-en-14', 'neg_timetable_en', `Sales kickoff agenda – Singapore, 14 Jan 2026\n08:30 Registration\n09:00 FY26 strategy (CEO)\n10:30 APAC breakout\n12:30 Lunch\n14:00 Product roadmap 5.15–6.0\n17:00 Awards\nVenue: Marina Bay Sands Expo, Level 4`);
    add('neg-en-15', 'neg_brands_en', `Competitive notes: our thermostat competes with Honeywell, Dyson and Philips; for air purifiers, with Sharp, Blueair and Xiaomi. In India, Godrej and Bajaj dominate small appliances; in Italy, De'Longhi; in Germany, Bosch and Miele.`);
    add('neg-en-16', 'neg_shipping_rates_en', `Courier rate card (0.5 kg increments)\nZone A (Metro): INR 45 / 0.5 kg\nZone B (Regional): INR 62\nZone C (NE & J&K): INR 95\nCOD fee 2% (min INR 40)\nPIN code serviceability file updated 2025-11-15 (19,734 PIN codes)`);
    add('neg-en-17', 'neg_health_policy_en', `Wellbeing week (all staff)\nFlu vaccinations on-site Tuesday 10:00–15:00. Free mental-health webinar Thursday 12:30 (no registration needed). The Employee Assistance Programme is confidential and available 24/7 in all regions.`);
    add('neg-en-18', 'neg_sql_en', `UPDATE contacts SET phone = regexp_replace(phone, '[^0-9+]', '', 'g')\nWHERE country IN ('IN', 'IE', 'IT', 'ES', 'DE', 'FR', 'AU', 'SG', 'US')\n  AND updated_at < '2025-11-01';\n-- 48,211 rows affected`);
    add('neg-en-19', 'neg_luhn_en', `Gift card batch GC-2025-11\nSerials (internal, not payment cards):\n${Array.from({ length: 4 }, () => luhn('6' + r.digits(14))).join('\n')}\nActivation: 2025-12-01  Denomination: AUD 50`);
  }
  return out;
}

export const INDEPENDENT5: IndependentDoc[] = buildIndependent5();
