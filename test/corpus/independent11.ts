// Eleventh independent labelled test set: where 要配慮個人情報 lives. Clinics and hospitals (電子カルテ SOAP notes,
// 診療情報提供書, 処方箋, お薬手帳, 看護記録, 入院診療計画書, レセプト, 予防接種 and 健診 results, 障害者手帳 / 自立支援医療
// applications, 精神保健 records, 妊娠 / 不妊治療 notes, 感染症 発生届), law offices, courts and police (法律相談票, 訴状 and
// 判決 excerpts, 示談書, 被害届, background checks with 前科 / 逮捕歴, 保護観察, 離婚調停 notes with DV, 少年事件), local
// government and welfare (住民票 and 戸籍 with 本籍, 生活保護 case records, 児童相談 records, 国保 and 介護保険, 課税証明,
// 外国人住民 records, a 同和 inquiry log), schools (保健室 logs, 指導要録, いじめ reports, 特別支援 plans, 奨学金 applications),
// religious and political bodies (宗教法人 member rolls, 檀家名簿, church prayer lists, a party membership list), and about
// 30% English (US clinic notes, Explanations of Benefits, UK GP referral letters with NHS numbers, court dockets, police
// reports, background-check reports, pharmacy labels, school nurse records, probation notes). Layouts: label: value
// forms, label and value on separate lines, | and tab tables, CSV, free-text notes, full-width digits and letters, every
// dash variant, half-width katakana, PDF text with broken lines. Ids prefixed neg- are hard negatives (no gold): drug
// package inserts, disease-awareness pages, 診療報酬 tariffs, anonymised statistics and case reports, court statistics,
// textbook hypotheticals with 甲 / 乙 / A / B, opening-hours pages, job postings mentioning 健康診断, IT 障害 reports,
// church and temple calendars.
//
// Written without reading the detector (utils/ except types.ts), its tests and benches, or the synthetic generator (only
// its `rng` is imported), and never run against the detector while being written. Follows the LABELLING CONVENTIONS in
// the header of test/corpus/independent.ts (set #1) and the decisions added in sets #3, #5, #6, #7, #8 and #9, and
// reuses set #1's helpers. Deterministic (fixed seed); values invented; My Number, corporate number, card and IBAN check
// digits computed with set #1's helpers.
//
// DECISIONS ADDED FOR THIS SET (cases sets #1, #3, #5–#9 do not settle)
// - Medicines imply the illness, and 調剤 is itself listed in APPI: in a 処方箋, お薬手帳, pharmacy label, discharge summary
//   or note, each prescribed medicine line about a patient (drug, strength, dose, days) is its own sensitive span
//   (medical), the label included when written label: value (「処方：…」). The pharmacy's name, 調剤日, 処方医 (a person),
//   保険薬局コード, 薬価 and 点数 are not sensitive. A drug named in a package insert or price list (no patient) is not.
// - SOAP notes: each S / O / A / P line that states a symptom, a finding, a value, a diagnosis or a treatment is one
//   sensitive span; the marker (S) / O: / 【A】) is outside the span, the text after it on that line is the span. A line
//   that only books the next visit is not labelled. Vital signs and lab values of a named patient are examination
//   results and are labelled even when normal, as part of the clinical record (unlike a 健診 「異常なし」 summary, set #6).
// - Vaccinations given to a named person (vaccine, lot, date on one line) are 診療 facts: each vaccine line is sensitive
//   (medical). A clinic's vaccine menu or the national schedule is not.
// - Pregnancy, fertility treatment (体外受精, 胚移植), miscarriage and 人工妊娠中絶 facts about a person are sensitive (medical).
//   The expected delivery date (分娩予定日) is not date_of_birth; a newborn's 出生日 in a record about the child IS.
// - 感染症 発生届 / HIV: the diagnosis and test results are sensitive (medical), each label: value its own span; the
//   reporting doctor is a person; 届出番号 is not labelled.
// - 障害者手帳 (身体 / 精神 / 療育) grade, 障害名, 自立支援医療 (精神通院) and 障害年金 等級 stated about a person are
//   sensitive (disability or medical). 手帳番号, 受給者番号, 公費負担者番号 and 保険者番号 have no type and are not labelled.
//   A 基礎年金番号 on a 障害年金 claim is jp_pension_number.
// - Criminal matters: arrest, 送致, 起訴, 公判, 判決 (罪名 and 主文), 保護観察, 少年審判, and a record of prior convictions
//   stated about a named person are sensitive (criminal_procedure / criminal_record); the victim's side of the same
//   offence (被害届, 示談書, DV, child abuse suffered) is crime_victim. When one sentence states both (「甲は乙に暴行を加え
//   加療2週間の傷害を負わせた」) it is ONE span. 事件番号 (令和6年(わ)第123号), 受理番号, docket and case numbers, booking
//   numbers and court names are not labelled. Judges, prosecutors, lawyers, clerks and police officers named in the
//   record are people (staff are labelled, set #5). 「犯歴なし」「No records found」 are not labelled.
// - Civil disputes (貸金返還, 離婚 itself, 養育費, 財産分与, debts) are not sensitive; DV, stalking and assault suffered by
//   a party are (crime_victim); a 保護命令 issued against a named person is criminal_procedure-like and labelled sensitive.
// - 住民票 / 戸籍: 本籍 is family_origin (set #7), label included; a 従前戸籍 (the 本籍 a person came from on marriage) is
//   family_origin too, its 筆頭者 a separate person_name. 筆頭者 and 世帯主 are person_name. 住民票コード (11 digits) has no
//   type and is not labelled; a 個人番号 on a 住民票 is my_number. 続柄, 住民となった日 and 届出日 are not labelled.
// - A 発生届 under the 感染症法 for HIV or 結核 carries no patient name, but the sex, age, diagnosis date, the reporting
//   doctor and the hospital single the patient out: the diagnosis items are labelled as about an identifiable person.
// - A 課税証明 whose 控除 line states 障害者控除 / 特別障害者 reveals a disability: that line is sensitive (disability);
//   income, tax and 扶養人数 are not.
// - A press hit in a background check (「…で逮捕との記事あり（同姓同名・同年齢）」) is labelled: it states an arrest about the
//   person checked, verified or not. A 示談書's 「刑事処罰を求めない」 adds no fact beyond the offence span and is not labelled.
// - Eponyms and historical or public figures in reference text (Dr. Burrill B. Crohn, 橋本策, the parties in R v Smith
//   [1959]) are not customer data and are not labelled (set #9 rule for public figures); such texts are neg- docs.
//   「支持政党：なし」 states no creed and is not labelled.
// - Race and ethnicity stated about a person (「アイヌ民族」, US intake "Race: Black or African American", "Ethnicity:
//   Hispanic or Latino") are sensitive (race), label included. Nationality, 在留資格 (also 特別永住者) and language needs
//   are not (set #6). 被差別部落 / 同和地区 origin asserted about a person is social_status; a question about a place with no
//   person, or a refusal to answer such a question, is not labelled. 生活保護 受給 is social_status (set #7).
// - Creed: membership of a religious body (a 宗教法人 member roll, a temple's 檀家名簿, a church prayer list) and of a
//   political party (a 党員名簿) is sensitive (creed). When the roll's title states the body, the title phrase naming the
//   body and the roll (「浄土真宗本願寺派 光明寺 門徒名簿」) is one span for the whole list; a per-row column stating the
//   faith or the party (「宗派：日蓮宗」) is labelled on each row. A church event calendar with no person is not.
// - Children's records: a pupil's symptoms and first aid in a 保健室 log (「頭痛・37.8℃」) are medical; 特別支援 needs,
//   発達障害 and 通級 stated about a pupil are disability; いじめ acts that are crimes when done by anyone (殴る, 蹴る, 金品を
//   取られる) suffered by a named pupil are crime_victim, the shortest phrase; 無視 and 悪口 alone are not labelled. 虐待
//   suffered by a child in a 児童相談 record is crime_victim. Grades, 出欠, 家庭の経済状況, ひとり親, 非課税 are not (set #7).
// - English: NHS numbers, MRNs, Medicare / Medicaid / member ids, claim numbers, NPI, DEA numbers, booking, docket and
//   case numbers, and US driver's licence numbers have no type and are not labelled (set #5). ICD-10 codes are inside
//   the diagnosis span they follow. An EOB's service lines naming a diagnosis or a procedure are sensitive; amounts and
//   plan names are not.
// - 介護保険 被保険者番号 is not labelled (set #7); 国民健康保険 / 後期高齢者医療 記号・番号 are jp_insurance_number, and when
//   the 枝番 is written on the same line after them it is inside that one span.
import { rng } from './generate';
import { AD, CC, CORP, corp, doc, DOB, EM, fw, hira, hwKana, IB, iban, type IndependentDoc, INS, L, luhn, MN, mn, PEN, PH, PN, RC, SEN, SSN, ZIP } from './independent';

type R = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------------------------
// Pools (written for this file)

/** [family, given, family kana, given kana, sex] */
const JN: [string, string, string, string, 'M' | 'F'][] = [
  ['佐々木', '美咲', 'ササキ', 'ミサキ', 'F'], ['髙橋', '健太郎', 'タカハシ', 'ケンタロウ', 'M'], ['渡邉', '陽菜', 'ワタナベ', 'ヒナ', 'F'],
  ['伊藤', '蒼', 'イトウ', 'アオイ', 'M'], ['山﨑', '翔', 'ヤマザキ', 'ショウ', 'M'], ['中村', '結衣', 'ナカムラ', 'ユイ', 'F'],
  ['小林', '大輝', 'コバヤシ', 'ダイキ', 'M'], ['加藤', '千尋', 'カトウ', 'チヒロ', 'F'], ['吉田', '和子', 'ヨシダ', 'カズコ', 'F'],
  ['山口', '昭二', 'ヤマグチ', 'ショウジ', 'M'], ['松本', '凛', 'マツモト', 'リン', 'F'], ['井上', '悠真', 'イノウエ', 'ユウマ', 'M'],
  ['木村', '芽依', 'キムラ', 'メイ', 'F'], ['林', '征四郎', 'ハヤシ', 'セイシロウ', 'M'], ['清水', '彩花', 'シミズ', 'アヤカ', 'F'],
  ['山田', '一二三', 'ヤマダ', 'ヒフミ', 'F'], ['森', '湊', 'モリ', 'ミナト', 'M'], ['池田', 'トメ', 'イケダ', 'トメ', 'F'],
  ['橋本', '心愛', 'ハシモト', 'ココア', 'F'], ['阿部', '颯太', 'アベ', 'ソウタ', 'M'], ['石川', '律子', 'イシカワ', 'リツコ', 'F'],
  ['前田', '光希', 'マエダ', 'ミツキ', 'M'], ['藤田', '義男', 'フジタ', 'ヨシオ', 'M'], ['後藤', '莉子', 'ゴトウ', 'リコ', 'F'],
  ['岡田', '陽翔', 'オカダ', 'ハルト', 'M'], ['長谷川', 'ひまり', 'ハセガワ', 'ヒマリ', 'F'], ['村上', '達也', 'ムラカミ', 'タツヤ', 'M'],
  ['近藤', '恵美子', 'コンドウ', 'エミコ', 'F'], ['坂本', '樹', 'サカモト', 'イツキ', 'M'], ['遠藤', '紬', 'エンドウ', 'ツムギ', 'F'],
  ['青木', '勝', 'アオキ', 'マサル', 'M'], ['藤井', '瑠璃', 'フジイ', 'ルリ', 'F'], ['西田', '匠', 'ニシダ', 'タクミ', 'M'],
  ['福田', 'さくら', 'フクダ', 'サクラ', 'F'], ['太田', '秀樹', 'オオタ', 'ヒデキ', 'M'], ['三浦', '朱莉', 'ミウラ', 'アカリ', 'F'],
  ['藤原', '玲央', 'フジワラ', 'レオ', 'M'], ['岡本', '節子', 'オカモト', 'セツコ', 'F'], ['松田', '煌', 'マツダ', 'コウ', 'M'],
  ['中川', '葵', 'ナカガワ', 'アオイ', 'F'], ['中野', '貴之', 'ナカノ', 'タカユキ', 'M'], ['原田', '久美', 'ハラダ', 'クミ', 'F'],
  ['小野', '奏太', 'オノ', 'カナタ', 'M'], ['田村', '美智子', 'タムラ', 'ミチコ', 'F'], ['竹内', '結翔', 'タケウチ', 'ユイト', 'M'],
  ['金子', '雅美', 'カネコ', 'マサミ', 'F'], ['和田', '大和', 'ワダ', 'ヤマト', 'M'], ['中山', '環奈', 'ナカヤマ', 'カンナ', 'F'],
  ['石井', '利夫', 'イシイ', 'トシオ', 'M'], ['上田', '咲良', 'ウエダ', 'サクラ', 'F'], ['勅使河原', '慎吾', 'テシガワラ', 'シンゴ', 'M'],
  ['五十嵐', '真央', 'イガラシ', 'マオ', 'F'], ['東海林', '隆', 'ショウジ', 'タカシ', 'M'], ['小鳥遊', '愛莉', 'タカナシ', 'アイリ', 'F'],
  ['比嘉', '盛勇', 'ヒガ', 'セイユウ', 'M'], ['金城', '美乃里', 'キンジョウ', 'ミノリ', 'F'], ['宇佐美', '嵐', 'ウサミ', 'アラシ', 'M'],
  ['一ノ瀬', '碧', 'イチノセ', 'アオ', 'F'], ['四十物', '実', 'アイモノ', 'ミノル', 'M'], ['猪股', '千代', 'イノマタ', 'チヨ', 'F'],
  ['釘宮', '晴臣', 'クギミヤ', 'ハルオミ', 'M'], ['百武', '伶奈', 'ヒャクタケ', 'レナ', 'F'], ['菅野', '大翔', 'カンノ', 'ヒロト', 'M'],
  ['安藤', '希空', 'アンドウ', 'ノア', 'F'], ['野口', '喜代子', 'ノグチ', 'キヨコ', 'F'], ['工藤', '快', 'クドウ', 'カイ', 'M'],
  ['千葉', '杏', 'チバ', 'アン', 'F'], ['新垣', '栄', 'アラカキ', 'サカエ', 'M'], ['土屋', '侑李', 'ツチヤ', 'ユウリ', 'F'],
  ['大久保', '徳次', 'オオクボ', 'トクジ', 'M'], ['桑原', '莉緒', 'クワバラ', 'リオ', 'F'], ['越智', '航', 'オチ', 'ワタル', 'M'],
  ['丸山', '冴子', 'マルヤマ', 'サエコ', 'F'], ['玉城', '大地', 'タマキ', 'ダイチ', 'M'], ['鬼塚', '彩芽', 'オニツカ', 'アヤメ', 'F'],
  ['梶原', '聖', 'カジワラ', 'ヒジリ', 'M'], ['佐野', '瑛太', 'サノ', 'エイタ', 'M'], ['向井', '紗良', 'ムカイ', 'サラ', 'F'],
  ['津田', '重雄', 'ツダ', 'シゲオ', 'M'], ['神谷', '花音', 'カミヤ', 'カノン', 'F'], ['澤井', '寛治', 'サワイ', 'カンジ', 'M'],
  ['日下部', '紗希', 'クサカベ', 'サキ', 'F'], ['我妻', '蓮', 'ワガツマ', 'レン', 'M'], ['及川', 'ゆかり', 'オイカワ', 'ユカリ', 'F'],
  ['古川', '陸斗', 'フルカワ', 'リクト', 'M'], ['宮城', '笑美', 'ミヤギ', 'エミ', 'F'], ['熊谷', '哲郎', 'クマガイ', 'テツロウ', 'M'],
];
/** Staff: doctors, nurses, lawyers, caseworkers, teachers, officers (a separate pool, so patients and staff differ). */
const STAFF: [string, string][] = [
  ['今井', '啓介'], ['大野', '真理'], ['北村', '修'], ['平野', '由香'], ['河野', '剛'], ['菊地', '泰子'], ['杉山', '研一'], ['市川', '奈緒'],
  ['服部', '浩'], ['永井', '亜希子'], ['荒木', '隆史'], ['堀', 'みどり'], ['望月', '慶太'], ['松井', '綾'], ['野村', '康弘'], ['大西', '晴香'],
  ['榎本', '智'], ['秋山', '礼子'], ['関', '雄一郎'], ['矢野', '舞'], ['浅野', '誠司'], ['水野', '晶'], ['片岡', '直人'], ['白石', '理恵'],
];
const JADDR: [string, string][] = [
  ['060-0061', '北海道札幌市中央区南一条西7丁目12-5 アーバンビル302'], ['038-0012', '青森県青森市柳川2丁目4-12'],
  ['020-0022', '岩手県盛岡市大通3丁目2-8'], ['980-0014', '宮城県仙台市青葉区本町2-15-1 ルナパーク本町805'],
  ['990-0039', '山形県山形市香澄町1丁目7-3'], ['963-8002', '福島県郡山市駅前2丁目11-1'], ['310-0015', '茨城県水戸市宮町1-3-40'],
  ['320-0033', '栃木県宇都宮市本町10-12'], ['371-0022', '群馬県前橋市千代田町2丁目5-1'], ['330-0063', '埼玉県さいたま市浦和区高砂3-14-2 浦和ハイツ201'],
  ['343-0845', '埼玉県越谷市南越谷1-21-8'], ['260-0013', '千葉県千葉市中央区中央2-5-1'], ['279-0004', '千葉県浦安市猫実4丁目18-22'],
  ['160-0022', '東京都新宿区新宿5丁目17-9 第2清和ビル4F'], ['173-0004', '東京都板橋区板橋2-61-14'], ['190-0012', '東京都立川市曙町2丁目8-18'],
  ['154-0024', '東京都世田谷区三軒茶屋1-37-6 パークハウス三茶1103号室'], ['120-0034', '東京都足立区千住3-92'], ['206-0033', '東京都多摩市落合1丁目46-1'],
  ['231-0062', '神奈川県横浜市中区桜木町1-101-1'], ['210-0007', '神奈川県川崎市川崎区駅前本町11-2'], ['251-0025', '神奈川県藤沢市鵠沼石上1-6-3'],
  ['950-0087', '新潟県新潟市中央区東大通1丁目2-23'], ['930-0003', '富山県富山市桜町1-1-36'], ['920-0962', '石川県金沢市広坂1丁目9-21'],
  ['400-0031', '山梨県甲府市丸の内1-16-20'], ['390-0811', '長野県松本市中央2丁目6-17'], ['420-0857', '静岡県静岡市葵区御幸町9-9'],
  ['430-0933', '静岡県浜松市中央区鍛冶町100-1'], ['460-0008', '愛知県名古屋市中区栄3丁目18-1'], ['444-0043', '愛知県岡崎市唐沢町5-8'],
  ['514-0009', '三重県津市羽所町700'], ['520-0044', '滋賀県大津市京町3丁目1-1'], ['604-8005', '京都府京都市中京区恵比須町534-40'],
  ['530-0012', '大阪府大阪市北区芝田1-4-14'], ['590-0028', '大阪府堺市堺区三国ヶ丘御幸通59'], ['650-0021', '兵庫県神戸市中央区三宮町1丁目9-1-1201'],
  ['630-8115', '奈良県奈良市大宮町3-4-29'], ['640-8331', '和歌山県和歌山市美園町5丁目3-6'], ['680-0833', '鳥取県鳥取市末広温泉町160'],
  ['700-0024', '岡山県岡山市北区駅元町15-1'], ['730-0011', '広島県広島市中区基町6-78'], ['753-0042', '山口県山口市惣太夫町2-1'],
  ['760-0023', '香川県高松市寿町1丁目2-5'], ['790-0003', '愛媛県松山市三番町4丁目7-2'], ['780-0870', '高知県高知市本町2-1-12'],
  ['812-0011', '福岡県福岡市博多区博多駅前3-19-5 博多石川ビル6F'], ['802-0001', '福岡県北九州市小倉北区浅野1丁目1-1'],
  ['850-0035', '長崎県長崎市元船町17-1'], ['860-0805', '熊本県熊本市中央区桜町3-10'], ['870-0035', '大分県大分市中央町2丁目5-28'],
  ['880-0805', '宮崎県宮崎市橘通東3丁目1-11'], ['890-0053', '鹿児島県鹿児島市中央町1-1'], ['900-0015', '沖縄県那覇市久茂地2丁目22-10'],
  ['904-2143', '沖縄県沖縄市知花5丁目20-8'], ['399-4431', '長野県伊那市西春近5080-3'], ['679-2204', '兵庫県神崎郡福崎町西田原1170'],
  ['028-7111', '岩手県八幡平市大更35-62'], ['949-6680', '新潟県南魚沼市六日町120-1'], ['869-1102', '熊本県菊池郡菊陽町原水3016'],
  ['095-0015', '北海道士別市東五条4丁目8'], ['519-0503', '三重県伊勢市小俣町明野1421-2'], ['781-1101', '高知県土佐市高岡町甲2017'],
];
const CLINIC = [
  '医療法人社団 さくら会 さくら内科クリニック', '医療法人 青葉会 青葉台こどもクリニック', '市立みなと総合病院', '医療法人 和光会 わこう心療内科',
  '県立中央病院', '医療法人社団 緑風会 みどりの丘病院', 'ひだまり整形外科', 'まつもと産婦人科レディースクリニック', '社会医療法人 誠心会 東和病院',
  '独立行政法人 国立病院機構 南海医療センター', '医療法人 いずみ会 泉ヶ丘メンタルクリニック', 'あさひ眼科・皮膚科', '大学病院 附属病院 消化器内科',
];
const PHARM = ['つばめ薬局 駅前店', 'みどり調剤薬局', 'アイン薬局 中央店', 'ひかり薬局', 'すずらん調剤薬局 本町店', 'クオール薬局 東口店'];
/** Given names of older generations and modern ones: people get a name that fits their birth year. */
const OLD = new Set(['トメ', '和子', '昭二', '征四郎', '義男', '節子', '美智子', '利夫', '千代', '喜代子', '徳次', '重雄', '勝', '律子', '寛治', '雅美', '恵美子', '久美', '秀樹', '隆', '実', '栄', '盛勇', '哲郎', '一二三', '貴之', '達也', 'ゆかり']);
const NEW = new Set(['心愛', '希空', '煌', '陽翔', '結翔', '碧', '紬', '蒼', '湊', 'ひまり', '嵐', '玲央', '杏', '莉子', '凛', '樹', '大翔', '花音', '葵', '颯太', '悠真', '瑛太', '侑李', '莉緒', '陸斗', '笑美', '蓮', '奏太', '朱莉', '芽依', '結衣', '陽菜', '翔', '大輝', '聖', '快', '環奈', '咲良', 'さくら', '紗良', '彩芽', '紗希', '大和', '航', '匠', '伶奈', '愛莉', '真央', '美乃里', '瑠璃', '光希']);
const DASH = ['-', '-', '-', '－', '‐', '−', 'ー', '―'];
const AREA = ['03', '06', '011', '022', '045', '052', '075', '078', '082', '092', '096', '098', '0263', '0544', '0852', '0898', '0155', '0277'];

// English-language pools
const EN_NAMES = [
  'Danielle R. Whitfield', 'Marcus Okafor', 'Brittany Szymanski', 'Luis Alberto Medina', 'Keiko Tanabe-Ross', 'Terrence Boyd', 'Hannah Lindqvist',
  'DeShawn Carter', 'Priyanka Raman', 'Colleen Fitzgerald', 'Andre Dubois', 'Tamsin Hargreaves', 'Oluwaseun Adeyemi', 'Gareth Llewellyn',
  'Rosalind Pike', 'Jamal Haddad', 'Mei-Ling Chao', 'Cody Vanderhoff', 'Ashley Nguyen', 'Siobhan Quirke', 'Rajesh Pillai', 'Emily Forsythe',
  'Harold "Hal" Greeley', 'Yesenia Castillo', 'Winston Achterberg', 'Fiona MacLeod', 'Trevor Banks', 'Ngozi Eze', 'Bethany Coulter', 'Aidan Flores',
];
const US_ADDR = [
  '1432 Maple Grove Dr, Columbus, OH 43215', '77 Westbrook Ave Apt 12C, Hartford, CT 06106', '9810 Ridgeview Ct, Austin, TX 78748',
  '215 N Fifth St, Springfield, IL 62701', '4021 SE Division St, Portland, OR 97202', '58 Pell St Apt 4, New York, NY 10013',
  '3307 Kirkwood Hwy, Wilmington, DE 19808', '1190 Peachtree Battle Ave NW, Atlanta, GA 30327', '627 Elm Street, Burlington, VT 05401',
  '8800 Lakeshore Blvd, Madison, WI 53703',
];
const UK_ADDR = [
  '14 Cranbrook Road, Bristol BS6 7BN', 'Flat 3, 29 Mansfield Street, Nottingham NG5 2JE', '71 Glenview Crescent, Glasgow G41 3QA',
  '6 Rectory Lane, Harrogate HG1 4EW', '112 Cathedral Road, Cardiff CF11 9LL', 'Flat 9B, Latimer Court, 40 Kings Road, Reading RG1 3AA',
];

// ---------------------------------------------------------------------------------------------------------------
// Values

const p2 = (n: number) => String(n).padStart(2, '0');
const sub = (r: R, n: number) => String(r.int(2, 9)) + r.digits(n - 1);
interface Pe {
  fam: string;
  given: string;
  fk: string;
  gk: string;
  sex: 'M' | 'F';
  y: number;
  m: number;
  d: number;
  zip: string;
  addr: string;
}
const era = (y: number) => (y >= 2019 ? `令和${y - 2018 === 1 ? '元' : y - 2018}` : y >= 1989 ? `平成${y - 1988 === 1 ? '元' : y - 1988}` : `昭和${y - 1925}`);
const eraS = (y: number) => (y >= 2019 ? `R${y - 2018}` : y >= 1989 ? `H${y - 1988}` : `S${y - 1925}`);
/** A birth date in one of the forms Japanese records use. */
function jdate(r: R, p: { y: number; m: number; d: number }): string {
  switch (r.int(0, 7)) {
    case 0:
      return `${p.y}年${p.m}月${p.d}日`;
    case 1:
      return `${era(p.y)}年${p.m}月${p.d}日`;
    case 2:
      return `${p.y}/${p2(p.m)}/${p2(p.d)}`;
    case 3:
      return `${eraS(p.y)}.${p.m}.${p.d}`;
    case 4:
      return fw(`${p.y}/${p.m}/${p.d}`);
    case 5:
      return `${p.y}-${p2(p.m)}-${p2(p.d)}`;
    case 6:
      return `${era(p.y).slice(0, 2)}${fw(era(p.y).slice(2))}年${fw(String(p.m))}月${fw(String(p.d))}日`;
    default:
      return `${era(p.y)}年 ${p.m}月 ${p.d}日`;
  }
}
const age = (p: Pe) => 2026 - p.y - (p.m > 2 ? 1 : 0);

// ---------------------------------------------------------------------------------------------------------------
// Documents

export function buildIndependent11(): IndependentDoc[] {
  const r = rng(111011);
  const out: IndependentDoc[] = [];
  const add = (id: string, style: string, text: string) => out.push(doc(id, style, text));
  const neg = (id: string, style: string, text: string) => out.push(doc(`neg-${id}`, style, text));
  const shuffle = <T,>(xs: readonly T[]): T[] => {
    const a = [...xs];
    for (let k = a.length - 1; k > 0; k--) {
      const j = r.int(0, k);
      [a[k], a[j]] = [a[j], a[k]];
    }
    return a;
  };
  const names = shuffle(JN);
  const addrs = shuffle(JADDR);
  let ni = 0;
  let ai = 0;
  /** The next person (name pool and address pool cycle separately), born between lo and hi. */
  const P = (lo = 1940, hi = 2000, want?: 'M' | 'F'): Pe => {
    // The next name in the cycle that fits the sex asked for and the birth years (no 心愛 born in 1941, no トメ in 2015).
    for (let t = 0; t < names.length; t++) {
      const k = (ni + t) % names.length;
      const [fam, given, fk, gk, sex] = names[k];
      if (want && sex !== want) continue;
      const a = OLD.has(given) ? lo : NEW.has(given) ? Math.max(lo, 1988) : lo;
      const b = OLD.has(given) ? Math.min(hi, 1978) : hi;
      if (a > b) continue;
      [names[k], names[ni % names.length]] = [names[ni % names.length], names[k]];
      ni++;
      const [zip, addr] = addrs[ai++ % addrs.length];
      return { fam, given, fk, gk, sex, y: r.int(a, b), m: r.int(1, 12), d: r.int(1, 28), zip, addr };
    }
    throw new Error('no name fits');
  };
  /** The city part of an address (for 「…付近」 in police and court text). */
  const cityOf = (p: Pe) => (p.addr.match(/^.+?[都道府県].+?[市区町村]/) ?? [p.addr.slice(0, 6)])[0];
  let si = 0;
  const staff = (sep = ' ') => {
    const [f, g] = STAFF[si++ % STAFF.length];
    return `${f}${sep}${g}`;
  };
  const staffFam = () => STAFF[si++ % STAFF.length][0];
  const nm = (p: Pe, sep = r.pick([' ', '　', ''])) => `${p.fam}${sep}${p.given}`;
  const kn = (p: Pe) => `${p.fk} ${p.gk}`;
  const dob = (p: Pe) => jdate(r, p);
  const dsh = () => r.pick(DASH);
  /** A Japanese phone: fixed or mobile, with a dash variant, brackets or full-width digits. */
  const jph = (mobile = r.chance(0.5)): string => {
    let parts: string[];
    if (mobile) parts = [r.pick(['090', '080', '070']), sub(r, 4), r.digits(4)];
    else {
      const a = r.pick(AREA);
      parts = a.length === 2 ? [a, sub(r, 4), r.digits(4)] : a.length === 3 ? [a, sub(r, 3), r.digits(4)] : [a, sub(r, 2), r.digits(4)];
    }
    const k = r.int(0, 9);
    if (k === 0) return `${parts[0]}(${parts[1]})${parts[2]}`;
    if (k === 1) return fw(parts.join('-'));
    if (k === 2) return parts.join('');
    const d = dsh();
    return parts.join(d);
  };
  const zipOf = (p: Pe) => (r.chance(0.15) ? fw(p.zip) : p.zip.replace('-', r.pick(['-', '-', '-', '－', '−'])));
  const adOf = (p: Pe) => (r.chance(0.15) ? fw(p.addr) : p.addr);
  const day26 = () => `2026/${p2(r.int(1, 10))}/${p2(r.int(1, 28))}`;
  const dayJ = () => `令和${r.int(6, 8)}年${r.int(1, 12)}月${r.int(1, 28)}日`;
  const mnum = () => {
    const b = `${r.int(1, 9)}${r.digits(10)}`;
    return mn(r.pick([b, `${b.slice(0, 4)} ${b.slice(4, 8)} ${b.slice(8)}`, `${b.slice(0, 4)}-${b.slice(4, 8)}-${b.slice(8)}`]));
  };
  /** 健康保険 記号・番号 as written on the card: [記号 and 番号 text with labels] */
  const insNo = () => {
    const k = r.int(0, 3);
    if (k === 0) return `記号 ${INS(`${r.digits(8)} 番号 ${r.int(1, 299)}`)}`;
    if (k === 1) return `記号・番号　${INS(`${r.digits(4)}・${r.digits(6)}`)}`;
    if (k === 2) return `被保険者証記号番号：${INS(`${fw(r.digits(5))}－${fw(String(r.int(100, 9999)))}`)}`;
    return `記号 ${INS(`${r.digits(6)}　番号 ${r.int(10, 999)}　枝番 0${r.int(0, 3)}`)}`;
  };

  const DX = [
    '2型糖尿病', '本態性高血圧症', '脂質異常症', '気管支喘息', 'うつ病', '双極性障害', '統合失調症', 'パニック障害', 'アルツハイマー型認知症',
    '関節リウマチ', '慢性腎臓病（CKD G3b）', 'C型慢性肝炎', '左乳がん（StageⅡA）術後', '心房細動', '労作性狭心症', '脳梗塞後遺症（右片麻痺）',
    'てんかん', '甲状腺機能低下症（橋本病）', '潰瘍性大腸炎', 'クローン病', '変形性膝関節症', '骨粗鬆症', '慢性閉塞性肺疾患', '適応障害',
    'アルコール使用障害', '逆流性食道炎', '子宮内膜症', '前立腺肥大症', '緑内障', 'パーキンソン病', '腰部脊柱管狭窄症', '不眠症',
  ];
  /** [medicine line, what it treats] */
  const RX: [string, string][] = [
    ['メトホルミン塩酸塩錠250mg 1回2錠 1日2回 朝夕食後 28日分', '2型糖尿病'], ['アムロジピン錠5mg 1回1錠 1日1回 朝食後 30日分', '高血圧症'],
    ['ロスバスタチン錠2.5mg 1日1回 夕食後 28日分', '脂質異常症'], ['シムビコートタービュヘイラー 1回2吸入 1日2回', '気管支喘息'],
    ['エスシタロプラム錠10mg 1日1回 夕食後 14日分', 'うつ病'], ['炭酸リチウム錠200mg 1回1錠 1日3回 毎食後', '双極性障害'],
    ['アリピプラゾール錠6mg 1日1回 朝食後 28日分', '統合失調症'], ['ドネペジル塩酸塩OD錠5mg 1日1回 朝食後', 'アルツハイマー型認知症'],
    ['メトトレキサートカプセル2mg 週1回 土曜朝 3カプセル', '関節リウマチ'], ['エリキュース錠5mg 1回1錠 1日2回 朝夕食後', '心房細動'],
    ['レベチラセタム錠500mg 1回1錠 1日2回', 'てんかん'], ['チラーヂンS錠50μg 1日1回 朝食前', '甲状腺機能低下症'],
    ['メサラジン腸溶錠400mg 1回3錠 1日3回 毎食後', '潰瘍性大腸炎'], ['ボノプラザン錠20mg 1日1回 朝食後 28日分', '逆流性食道炎'],
    ['タムスロシン塩酸塩OD錠0.2mg 1日1回 朝食後', '前立腺肥大症'], ['ラタノプロスト点眼液0.005% 1日1回 両眼 就寝前', '緑内障'],
    ['レボドパ・カルビドパ配合錠100mg 1回1錠 1日3回', 'パーキンソン病'], ['ゾルピデム酒石酸塩錠5mg 1回1錠 不眠時 14回分', '不眠症'],
    ['ビクタルビ配合錠 1日1回1錠 30日分', 'HIV感染症'], ['インスリン グラルギンBS注ミリオペン 1日1回 就寝前 12単位', '1型糖尿病'],
    ['セルトラリン錠25mg 1日1回 夕食後', 'パニック障害'], ['ロキソプロフェンNa錠60mg 1回1錠 疼痛時 10回分', '腰痛症'],
  ];
  const symptom = [
    '3日前から38℃台の発熱と咽頭痛、咳嗽あり', '2週間前から夜間の咳と息苦しさ。吸入は1日1回しかできていない', 'ここ1か月眠れない、朝起きられず出勤できない日が続く',
    '階段で右膝が痛む、正座ができない', '動悸が時々ある、階段で息切れ', '食後の胸やけと呑酸が続く', '手のこわばりが朝1時間以上続く',
    '物忘れが増えたと家族より。同じことを何度も聞く', '頭痛と吐き気、光がまぶしい', '下痢が1日6〜8回、血便あり',
  ];
  const SYM: Record<string, string> = {
    '2型糖尿病': '口渇・多尿、半年で体重4kg減少', 高血圧症: '家庭血圧が160台で推移、頭重感あり', 脂質異常症: '健診で高LDL血症を指摘された', 気管支喘息: '2週間前から夜間の咳と息苦しさ',
    うつ病: 'ここ1か月眠れない、朝起きられず出勤できない日が続く', 双極性障害: '気分の波が大きい、浪費と不眠', 統合失調症: '「悪口が聞こえる」と幻聴の訴え', アルツハイマー型認知症: '物忘れが増えたと家族より。同じことを何度も聞く',
    関節リウマチ: '手のこわばりが朝1時間以上続く、手指の腫脹', 心房細動: '動悸が時々ある、脈が飛ぶ', てんかん: '意識消失を伴うけいれん発作が月1回', 甲状腺機能低下症: '倦怠感とむくみ、寒がり',
    潰瘍性大腸炎: '下痢が1日6〜8回、血便あり', 逆流性食道炎: '食後の胸やけと呑酸が続く', 前立腺肥大症: '夜間頻尿3回、残尿感', 緑内障: '右眼の視野の欠けを自覚', パーキンソン病: '右手の震え、歩き始めのすくみ',
    不眠症: '入眠困難と中途覚醒', HIV感染症: '定期受診、自覚症状なし', '1型糖尿病': '夜間の低血糖発作', パニック障害: '電車内での動悸・過呼吸発作', 腰痛症: '腰痛と右下肢のしびれ',
  };
  const vitals = () => `BP ${r.int(110, 178)}/${r.int(62, 104)} mmHg, HR ${r.int(58, 104)}, BT ${r.int(360, 389) / 10}℃, SpO2 ${r.int(92, 99)}%`;
  const labs = () =>
    r.pick([`HbA1c ${r.int(62, 98) / 10}%、空腹時血糖 ${r.int(118, 240)}mg/dL`, `LDL-C ${r.int(140, 210)}、TG ${r.int(150, 420)}`, `eGFR ${r.int(25, 55)}、Cr ${r.int(12, 29) / 10}`, `CRP ${r.int(2, 90) / 10}、WBC ${r.int(90, 160)}00`, `AST ${r.int(40, 120)} ALT ${r.int(45, 160)} γ-GTP ${r.int(80, 400)}`]);

  // A. 電子カルテ SOAP notes, 6
  for (let k = 0; k < 6; k++) {
    const p = P(1938, 1975);
    const dr = staff();
    const [rx, dx] = RX[(k * 3 + 1) % RX.length];
    const sx = SYM[dx] ?? symptom[k % symptom.length];
    const cl = CLINIC[k % CLINIC.length];
    if (k % 3 === 0) {
      add(
        `soap-${k}`,
        'emr_soap_ja',
        `【外来診療録】${cl}
患者ID：${r.digits(8)}　氏名：${PN(nm(p))}（${PN(kn(p))}）　${p.sex === 'M' ? '男' : '女'}　${age(p)}歳
生年月日：${DOB(dob(p))}
受診日：${day26()}　担当医：${PN(dr)}
S）${SEN(sx)}
O）${SEN(vitals())}
A）${SEN(`${dx}の疑い`)}
P）${SEN(rx)}
次回：2週間後 再診予約済`,
      );
    } else if (k % 3 === 1) {
      add(
        `soap-${k}`,
        'emr_soap_ja',
        `#${r.digits(7)} ${PN(`${p.fk}　${p.gk}`)} 様 (${p.sex === 'M' ? 'M' : 'F'}/${age(p)})  DOB ${DOB(`${p.y}-${p2(p.m)}-${p2(p.d)}`)}
${day26()} 再診  Dr.${PN(staffFam())}
S: ${SEN(sx)}
O: ${SEN(labs())}
A: ${SEN(dx)}
P: ${SEN(`${rx}継続`)}
   採血は3か月毎
TEL ${PH(jph(true))}（本人携帯）`,
      );
    } else {
      add(
        `soap-${k}`,
        'emr_soap_ja',
        `経過記録　${day26()}
${PN(nm(p, ' '))}さん（${age(p)}）
【S】${SEN(sx)}
【O】${SEN(`${vitals()}　${labs()}`)}
【A】${SEN(`#1 ${dx}　#2 ${DX[(k * 7 + 11) % DX.length] === dx ? '脂質異常症' : DX[(k * 7 + 11) % DX.length]}`)}
【P】
次回受診は${r.int(1, 4)}週後
記載者：${PN(dr)}`,
      );
    }
  }

  // B. 診療情報提供書 (紹介状), 5 (two of them PDF text with broken lines)
  for (let k = 0; k < 5; k++) {
    const p = P(1935, 1995);
    const from = staff();
    const to = staff();
    const cl = CLINIC[(k + 4) % CLINIC.length];
    const [rx1, dx] = RX[(k * 5) % RX.length];
    const [rzip, raddr] = [['151-0053', '東京都渋谷区代々木2丁目10-4'], ['064-0804', '北海道札幌市中央区南四条西15丁目1-30'], ['862-0950', '熊本県熊本市中央区水前寺6丁目1-45']][k % 3];
    const rx2 = RX[(k * 5 + 2) % RX.length][0];
    if (k < 3) {
      add(
        `shokai-${k}`,
        'referral_ja',
        `診療情報提供書
${CLINIC[(k + 9) % CLINIC.length]}
${r.pick(['循環器内科', '精神科', '消化器内科', '整形外科', '脳神経内科'])}　${PN(to)} 先生　御侍史

紹介元：${cl}
　　　　〒${ZIP(rzip)} ${AD(raddr)}
　　　　TEL ${PH(jph(false))}　FAX ${PH(jph(false))}
　　　　医師 ${PN(from)}

患者氏名　${PN(nm(p))} 様（${p.sex === 'M' ? '男' : '女'}）
生年月日　${DOB(dob(p))}（${age(p)}歳）
住所　　　${AD(adOf(p))}
電話　　　${PH(jph())}

${SEN(`傷病名　${dx}`)}
紹介目的　精査加療のお願い
${SEN(`既往歴　${DX[(k + 20) % DX.length]}（${r.int(2005, 2022)}年〜）`)}
家族歴　特記事項なし
症状経過　${SEN(`${r.int(2023, 2025)}年頃より${SYM[dx] ?? '症状の増悪'}。当院にて${dx}として加療してまいりましたが、コントロール不良のため`)}貴院でのご高診をお願い申し上げます。
現在の処方
　${SEN(rx1)}
　${SEN(rx2)}
以上、よろしくお願い申し上げます。`,
      );
    } else {
      // PDF text: one label per line, values on the next, a name broken over lines
      add(
        `shokai-pdf-${k}`,
        'referral_pdf_ja',
        `診 療 情 報 提 供 書
令和${r.int(7, 8)}年 ${r.int(1, 12)}月 ${r.int(1, 28)}日
紹介先医療機関
${CLINIC[(k + 2) % CLINIC.length]}
${PN(to)}
先生
患者氏名
${PN(`${p.fam}
${p.given}`)}
生年月日
${DOB(dob(p))}
性別
${p.sex === 'M' ? '男' : '女'}
住所
〒${ZIP(zipOf(p))}
${AD(adOf(p))}
傷病名
${SEN(`${dx}
${DX[(k + 13) % DX.length]}`)}
紹介目的
手術適応のご判断
既往歴及び家族歴
${SEN(`${r.int(2010, 2020)}年 ${DX[(k + 17) % DX.length]}`)}
紹介元医療機関の所在地及び名称
${AD('大阪府豊中市本町3丁目1-57')} ${cl}
電話番号 ${PH(`06${dsh()}6${r.digits(3)}${dsh()}${r.digits(4)}`)}
医師氏名 ${PN(from)}`,
      );
    }
  }

  // C. 処方箋, 4
  for (let k = 0; k < 4; k++) {
    const p = P(1945, 2015);
    const dr = staff();
    const a = RX[(k * 4 + 2) % RX.length][0];
    const b = RX[(k * 4 + 5) % RX.length][0];
    const lines =
      k % 2 === 0
        ? `処 方 箋
（この処方箋は、どの保険薬局でも有効です。）
公費負担者番号 ${r.digits(8)}　保険者番号 ${r.pick(['06', '01', '31', '39'])}${r.digits(6)}
被保険者証・被保険者手帳の記号・番号　${INS(`${r.digits(4)}・${r.digits(5)}`)}（枝番）0${r.int(0, 2)}
氏名　${PN(nm(p))}
生年月日　${DOB(dob(p))}　${p.sex === 'M' ? '男' : '女'}
区分　被保険者
交付年月日　${dayJ()}
処方
${SEN(`Rp1 ${a}`)}
${SEN(`Rp2 ${b}`)}
以下余白
保険医療機関の所在地及び名称　${AD(`${p.addr.slice(0, p.addr.indexOf('市') + 1 || 6)}${r.pick(['中央', '本町', '栄町'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`)}　${CLINIC[k]}
電話番号　${PH(jph(false))}
保険医氏名　${PN(dr)}　㊞`
        : `院外処方せん\t${CLINIC[k + 6]}
患者\t${PN(hwKana(`${p.fk} ${p.gk}`))}\t${PN(nm(p, ' '))}
生年月日\t${DOB(`${p.y}.${p2(p.m)}.${p2(p.d)}`)}
保険\t${insNo()}
【般】
\t${SEN(a)}
\t${SEN(b)}
医師\t${PN(dr)}\t変更不可欄：なし`;
    add(`shohosen-${k}`, 'prescription_ja', lines);
  }

  // D. お薬手帳 (copied from an app or a sticker), 4
  for (let k = 0; k < 4; k++) {
    const p = P(1930, 1990);
    const ph = PHARM[k % PHARM.length];
    const items = [RX[(k * 2 + 7) % RX.length][0], RX[(k * 3 + 11) % RX.length][0], RX[(k + 16) % RX.length][0]];
    add(
      `okusuri-${k}`,
      'medicine_notebook_ja',
      k % 2 === 0
        ? `おくすり手帳（電子版）エクスポート
利用者：${PN(nm(p))}　生年月日：${DOB(dob(p))}
${SEN(`アレルギー歴：${r.pick(['ペニシリン系（発疹）', 'セフェム系', '造影剤（蕁麻疹）', '卵'])}`)}
${SEN(`副作用歴：${r.pick(['ACE阻害薬で空咳', 'NSAIDsで胃痛', 'なし']) === 'なし' ? 'スタチンで筋肉痛' : 'ACE阻害薬で空咳'}`)}
緊急連絡先：${PN(staffFam() + ' ' + r.pick(['和彦', '直子', '恭平']))}（長男）${PH(jph(true))}
---
${day26()}　${ph}　処方医：${CLINIC[(k + 3) % CLINIC.length]} ${PN(staff())}
${SEN(items[0])}
${SEN(items[1])}
---
${day26()}　${ph}
${SEN(items[2])}
薬剤師：${PN(staff())}`
        : `${ph}
TEL ${PH(jph(false))}
${PN(hwKana(`${p.fk} ${p.gk}`))} 様
調剤日 ${dayJ()}
① ${SEN(items[0])}
② ${SEN(items[1])}
※飲み忘れに注意してください。
次回 お薬手帳をご持参ください`,
    );
  }

  // E. 看護記録, 4
  for (let k = 0; k < 4; k++) {
    const p = P(1932, 1980);
    const ns = staff();
    add(
      `kango-${k}`,
      'nursing_record_ja',
      k % 2 === 0
        ? `看護記録（経時）　${r.pick(['5階東病棟', '3西病棟', '回復期リハ病棟', 'HCU'])}　${r.int(501, 560)}号室
患者：${PN(nm(p))}様　${age(p)}歳　主治医：${PN(staff())}
${r.int(0, 23)}:${p2(r.int(0, 59))}　${SEN(`${vitals()}。${r.pick(['術後1日目、創部ドレーンより淡血性排液30ml', '夜間せん妄あり、点滴自己抜去', '転倒あり、右大腿部に皮下出血', '疼痛NRS 6、レスキュー使用'])}`)}
${r.int(0, 23)}:${p2(r.int(0, 59))}　${SEN(`${r.pick(['インスリン 4単位 皮下注', 'アセトアミノフェン 500mg 内服', '酸素 2L/分 経鼻にて継続', '抑制帯使用開始（家族同意済）'])}`)}
${r.int(0, 23)}:${p2(r.int(0, 59))}　長女　${PN(`${p.fam}${r.pick(['', ' '])}${r.pick(['由美', '加奈子', '麻衣'])}`)}様面会。今後の方針について説明希望あり（TEL ${PH(jph(true))}）
記録者：${PN(ns)}`
        : `SOAP（看護）  ${day26()}
${PN(kn(p))}  (ID ${r.digits(9)})
#1 ${SEN(r.pick(['転倒転落リスク', '褥瘡（仙骨部 DESIGN-R d2）', '嚥下障害による誤嚥リスク', '不眠・不安']))}
S: ${SEN(r.pick(['「夜中に何度もトイレに行きたくなる」', '「傷が痛くて眠れない」', '「家に帰りたい、ここはどこ」', '「息が苦しい」']))}
O: ${SEN(`${vitals()}、${r.pick(['食事摂取量 主食3割', '尿量 900ml/日', '見当識障害あり', '喘鳴聴取'])}`)}
A: 継続観察必要
P: 2時間毎の巡視、体位変換
担当 ${PN(ns)}`,
    );
  }

  // F. 入院診療計画書, 3
  for (let k = 0; k < 3; k++) {
    const p = P(1940, 1998);
    add(
      `nyuin-${k}`,
      'admission_plan_ja',
      `入院診療計画書
（患者氏名）${PN(nm(p))} 殿　　　　${dayJ()}
病棟（病室）\t${r.int(3, 9)}階${r.pick(['東', '西', '南'])}病棟 ${r.int(301, 912)}号室
主治医以外の担当者名\t看護師 ${PN(staff())}、薬剤師 ${PN(staff())}
在宅復帰支援担当者名\t${PN(staff())}（MSW）
${SEN(`病名（他に考え得る病名）\t${DX[(k * 9 + 4) % DX.length]}（${r.pick(['肺炎', '心不全', '大腿骨頸部骨折'])}）`)}
${SEN(`症状\t${symptom[(k + 5) % symptom.length]}`)}
${SEN(`治療計画\t${r.pick(['点滴による抗菌薬治療（7日間）後、内服へ切り替え', '人工骨頭置換術を予定', 'カテーテルアブレーション施行', '化学療法 第2クール'])}`)}
推定される入院期間\t約${r.int(7, 30)}日
主治医氏名\t${PN(staff())}　印
（本人・家族）署名\t${PN(nm(p, ' '))}`,
    );
  }

  // G. レセプト excerpts, 3
  for (let k = 0; k < 3; k++) {
    const p = P(1936, 2010);
    add(
      `receipt-${k}`,
      'receipt_ja',
      k === 1
        ? `IR,1,13,1,${r.digits(10)},,${CLINIC[1]},${r.int(2026, 2026)}${p2(r.int(1, 9))},00
RE,1,1112,${r.int(202601, 202609)},${PN(nm(p, '　'))},${p.sex === 'M' ? 1 : 2},${DOB(`${p.y}${p2(p.m)}${p2(p.d)}`)},,,,
HO,${r.digits(8)},${INS(`${r.digits(4)},${r.digits(6)}`)},1,${r.int(300, 4000)},,
SY,${r.digits(7)},${SEN(`${DX[(k + 5) % DX.length]}`)},${r.int(2024, 2026)}${p2(r.int(1, 12))}01,1
SY,${r.digits(7)},${SEN(`${DX[(k + 22) % DX.length]}`)},${r.int(2020, 2025)}${p2(r.int(1, 12))}01,1
SI,13,1,112007410,,73,1`
        : `診療報酬明細書（医科入院外）　令和${r.int(7, 8)}年${r.int(1, 12)}月分
保険者番号 ${r.pick(['138', '067', '139'])}${r.digits(5)}　${insNo()}
氏名 ${PN(nm(p))}　${p.sex === 'M' ? '1男' : '2女'}　${DOB(`${eraS(p.y)}.${p.m}.${p.d}`)}生
${SEN(`傷病名 (1) ${DX[(k * 4 + 1) % DX.length]}
　　　 (2) ${DX[(k * 4 + 10) % DX.length]}`)}
診療開始日 (1) ${dayJ()}
11 初診　　　　291×1
21 内服　${SEN(RX[(k + 9) % RX.length][0].split(' ')[0])}　${r.int(10, 90)}×28
60 検査　HbA1c、生化学Ⅰ（10項目以上）
請求点数 ${r.int(800, 4800)}`,
    );
  }

  // H. 予防接種 records, 3
  for (let k = 0; k < 3; k++) {
    const child = P(2019, 2025);
    const par = P(1982, 1996);
    const vy = child.m > 10 ? child.y + 1 : child.y;
    const vm = child.m > 10 ? child.m - 10 : child.m + 2;
    add(
      `yobou-${k}`,
      'vaccination_ja',
      k === 0
        ? `予防接種済証（母子健康手帳 写し）
子の氏名　${PN(nm(child))}（${PN(`${hira(child.fk)} ${hira(child.gk)}`)}）
生年月日　${DOB(dob(child))}
保護者　${PN(`${child.fam} ${par.given}`)}
${SEN(`ヒブ 1回目　${vy}.${vm}.${r.int(1, 28)}　ロット ${r.pick(['AH', 'TF'])}${r.digits(3)}`)}
${SEN(`小児用肺炎球菌 1回目　同日　ロット ${r.digits(4)}B`)}
${SEN(`五種混合 1回目　同日　ロット M${r.digits(3)}`)}
接種医　${PN(staff())}（${CLINIC[1]}）`
        : `予防接種予診票（${k === 1 ? 'インフルエンザ' : '帯状疱疹'}）
住所 〒${ZIP(zipOf(par))} ${AD(adOf(par))}
電話 ${PH(jph())}
氏名 ${PN(nm(par))}　生年月日 ${DOB(dob(par))}　${age(par)}歳
今日体調が悪いところはありますか　いいえ
現在何かの病気で医師にかかっていますか　${SEN(`はい（病名：${DX[(k * 6) % DX.length]}）`)}
最近1か月以内に予防接種を受けましたか　いいえ
妊娠の可能性はありますか　いいえ
医師記入欄：接種可　医師名 ${PN(staff())}
${SEN(`${k === 1 ? 'インフルエンザHAワクチン 0.5mL 皮下' : '乾燥組換え帯状疱疹ワクチン 0.5mL 筋注'}　${day26()}　Lot.${r.pick(['HC', 'ST', 'KB'])}${r.digits(3)}`)}`,
    );
  }

  // I. 健康診断 / 人間ドック results, 5
  for (let k = 0; k < 5; k++) {
    const p = P(1960, 2001);
    const bp = `${r.int(142, 176)}/${r.int(90, 108)}`;
    if (k % 2 === 0) {
      add(
        `kenshin-${k}`,
        'checkup_ja',
        `${r.pick(['特定健康診査', '定期健康診断', '人間ドック'])} 結果通知表
受診者　${PN(nm(p))}　様　${DOB(dob(p))}生　${age(p)}歳
受診日　${day26()}
項目\t結果\t判定
身長\t${r.int(150, 182)}.${r.int(0, 9)}cm\t
${SEN(`BMI\t${r.int(26, 33)}.${r.int(0, 9)}\tC 要経過観察`)}
${SEN(`血圧\t${bp}\tD 要精密検査`)}
${SEN(`HbA1c\t${r.int(65, 84) / 10}%\tD 要治療`)}
LDL-C\t${r.int(80, 119)}\tA 異常なし
${SEN(`尿酸\t${r.int(78, 95) / 10}\tC`)}
胸部X線\t異常なし\tA
${SEN(`総合判定：D 要医療（糖尿病・高血圧の疑い）`)}
健診機関　公益財団法人 ${r.pick(['北陸予防医学協会', '東日本健康管理センター', '中国健診会'])}`,
      );
    } else {
      add(
        `kenshin-${k}`,
        'checkup_csv_ja',
        `社員番号,氏名,生年月日,血圧,肝機能,脂質,心電図,就業判定
${r.digits(6)},${PN(nm(p, ' '))},${DOB(`${p.y}/${p.m}/${p.d}`)},${SEN(`${bp} 要再検`)},異常なし,異常なし,異常なし,${SEN('要就業制限（高血圧のため夜勤不可）')}
${(() => {
  const q = P(1965, 2000);
  return `${r.digits(6)},${PN(nm(q, ' '))},${DOB(`${q.y}/${q.m}/${q.d}`)},異常なし,${SEN(`ALT ${r.int(60, 140)} 要精密`)},異常なし,${SEN('完全右脚ブロック 経過観察')},通常勤務`;
})()}
${(() => {
  const q = P(1965, 2000);
  return `${r.digits(6)},${PN(nm(q, ' '))},${DOB(`${q.y}/${q.m}/${q.d}`)},異常なし,異常なし,異常なし,異常なし,通常勤務`;
})()}`,
      );
    }
  }

  // J. 障害者手帳 / 自立支援医療 applications, 4
  for (let k = 0; k < 4; k++) {
    const p = P(1950, 2005);
    if (k % 2 === 0) {
      add(
        `jiritsu-${k}`,
        'welfare_application_ja',
        `自立支援医療（精神通院医療）支給認定申請書
${r.pick(['さいたま市長', '札幌市長', '那覇市長', '松本市長'])} 様
ふりがな　${PN(`${hira(p.fk)}　${hira(p.gk)}`)}
受診者氏名　${PN(nm(p))}
生年月日　${DOB(dob(p))}
個人番号　${MN(mnum())}
居住地　〒${ZIP(zipOf(p))}　${AD(adOf(p))}
電話番号　${PH(jph())}
${insNo()}
${SEN(`病名　${r.pick(['うつ病（F32）', '統合失調症（F20）', '双極性感情障害（F31）', 'てんかん（G40）', '注意欠如・多動症（F90）'])}`)}
指定自立支援医療機関　${CLINIC[10]}　${PN(staff())} 医師
${SEN(`精神障害者保健福祉手帳　${r.int(1, 3)}級 所持`)}（手帳番号 ${r.digits(7)}）
世帯の所得区分　${r.pick(['低所得2', '中間所得1', '一定所得以上'])}`,
      );
    } else {
      add(
        `techo-${k}`,
        'disability_card_ja',
        `身体障害者手帳 交付申請（窓口入力メモ）
氏名：${PN(nm(p, ' '))}（${PN(hwKana(`${p.fk} ${p.gk}`))}）
生年月日：${DOB(dob(p))}
住所：${AD(adOf(p))}
連絡先：${PH(jph())}
${SEN(`障害名：${r.pick(['両感音性難聴（聴覚障害）', '右上肢機能障害（脳出血後遺症）', '心臓機能障害（ペースメーカー植込み）', '腎臓機能障害（人工透析 週3回）', '視覚障害（網膜色素変性症）'])}`)}
${SEN(`等級：${r.int(1, 6)}級`)}
指定医：${PN(staff())}（${CLINIC[(k + 2) % CLINIC.length]}）
受付：${PN(staff())}　${dayJ()}`,
      );
    }
  }

  // K. 精神保健 records, 3
  for (let k = 0; k < 3; k++) {
    const p = P(1978, 2004);
    const fam = { ...P(1950, 1975), fam: p.fam };
    add(
      `seishin-${k}`,
      'mental_health_ja',
      k === 0
        ? `医療保護入院者の入院届
病院名　${CLINIC[5]}
入院者　氏名 ${PN(nm(p))}　生年月日 ${DOB(dob(p))}　${p.sex === 'M' ? '男' : '女'}
　　　　住所 ${AD(adOf(p))}
${SEN(`病名　主たる精神障害 ${r.pick(['統合失調症', '双極性感情障害、躁病エピソード', 'アルコール依存症'])}　従たる精神障害 なし`)}
${SEN(`入院を必要と認めた理由　幻聴に支配された行動があり、自傷のおそれ。病識なく任意入院に同意しない`)}
入院年月日　${dayJ()}
家族等の同意者　${PN(nm(fam))}（${fam.sex === 'M' ? '父' : '母'}）${PH(jph(true))}
指定医　${PN(staff())}`
        : k === 1
          ? `保健所 精神保健福祉相談記録（${day26()}）
相談者：${PN(nm(fam))}（${fam.sex === 'M' ? r.pick(['父', '兄']) : r.pick(['母', '姉'])}）　電話 ${PH(jph())}
対象者：${PN(nm(p))}（${age(p)}歳）${AD(adOf(p))}
内容：${SEN(`${r.pick(['半年前からひきこもり、「盗聴されている」と訴える', '夜間に大声を出し近隣とトラブル、治療中断中（統合失調症）', '飲酒量が増え、肝機能障害で通院中'])}`)}。受診につなげたいとの相談。
対応：保健師 ${PN(staff())} が訪問予定。`
          : `デイケア個別支援計画
利用者　${PN(kn(p))}（${PN(nm(p))}）
${SEN(`診断名：${r.pick(['うつ病', '統合失調症', '社交不安障害'])}`)}（主治医 ${PN(STAFF[(k + 7) % STAFF.length].join(''))}）
目標：週3日の通所、就労移行支援への移行
担当：${PN(staff())}`,
    );
  }

  // L. 妊娠 / 不妊治療, 3
  for (let k = 0; k < 3; k++) {
    const p = P(1986, 1998, 'F');
    const hus = P(1980, 1995, 'M');
    add(
      `ninshin-${k}`,
      'obstetrics_ja',
      k === 0
        ? `不妊治療 経過表　${CLINIC[7]}
妻：${PN(nm(p))}（${age(p)}）　夫：${PN(`${p.fam} ${hus.given}`)}（${age(hus)}）
${SEN(`${day26()} 採卵 ${r.int(4, 14)}個、ICSI施行`)}
${SEN(`${day26()} 凍結融解胚移植（胚盤胞 4AA）`)}
${SEN(`${day26()} 判定 hCG ${r.int(120, 480)} 陽性`)}
${SEN(`既往：${r.pick(['多嚢胞性卵巣症候群', '子宮内膜症', '流産2回（不育症検査済）'])}`)}
連絡先：${PH(jph(true))}　${EM(`${p.gk.length ? r.pick(['ayaka', 'mii', 'hana', 'yu']) : 'x'}${r.digits(3)}@${r.pick(['gmail.com', 'icloud.com', 'docomo.ne.jp'])}`)}`
        : k === 1
          ? `妊婦健康診査受診票
氏名　${PN(nm(p))}　　生年月日　${DOB(dob(p))}
住所　${AD(adOf(p))}
${SEN(`妊娠週数　${r.int(12, 36)}週${r.int(0, 6)}日`)}
分娩予定日　${r.int(2026, 2027)}年${r.int(1, 12)}月${r.int(1, 28)}日
${SEN(`血圧 ${r.int(132, 150)}/${r.int(86, 96)}　尿蛋白（＋）　浮腫（＋）`)}
${SEN(`所見：妊娠高血圧症候群の疑い、管理入院を検討`)}
担当　${PN(staff())}`
          : `LINE（${CLINIC[7]} 公式）
${PN(p.given)}：先週の健診で赤ちゃんの心拍が確認できなくて、${SEN('稽留流産と言われました')}。手術の日程を相談したいです
クリニック：ご連絡ありがとうございます。${PN(p.fam)}様、お辛いところ恐れ入ります。${SEN('子宮内容除去術')}は${r.int(1, 28)}日（${r.pick(['月', '火', '水', '木'])}）で承ります。診察券番号 ${r.digits(6)} をお知らせください。`,
    );
  }

  // M. 感染症 発生届, 3
  for (let k = 0; k < 3; k++) {
    const p = P(1960, 2003);
    const dis = ['後天性免疫不全症候群（HIV感染症を含む）', '結核', '梅毒'][k];
    add(
      `hasseitodoke-${k}`,
      'infection_report_ja',
      `${dis.replace(/（.*/, '')} 発生届
${r.pick(['新宿区保健所長', '大阪市保健所長', '福岡市東区保健福祉センター所長'])} 殿
感染症の予防及び感染症の患者に対する医療に関する法律第12条第1項の規定により、以下のとおり届け出る。
報告年月日　${dayJ()}
医師の氏名　${PN(staff())}
従事する病院・診療所の名称　${CLINIC[(k + 8) % CLINIC.length]}
電話番号　${PH(jph(false))}
(1) 診断（検案）した者の類型　患者（確定例）
(2) 性別 ${p.sex === 'M' ? '男' : '女'}　(3) 診断時の年齢 ${age(p)}歳
${k === 2 ? `(4) 氏名 ${PN(nm(p))}　(5) 住所 ${AD(adOf(p))}\n` : ''}${SEN(`(6) 病型　${['無症候性キャリア', '肺結核（喀痰塗抹陽性）', '早期顕症梅毒（Ⅱ期）'][k]}`)}
${SEN(`(7) 診断方法　${['HIV-1/2抗体 陽性、ウエスタンブロット法 陽性、HIV-1 RNA 4.2×10^4 copies/mL', '喀痰塗抹 2+、結核菌PCR 陽性', 'RPR 64倍、TPLA 陽性、バラ疹'][k]}`)}
${SEN(`(11) 推定される感染経路　${['性的接触（同性間）', '不明（家族内感染の可能性）', '性的接触（異性間）'][k]}`)}`,
    );
  }
  // (For HIV and 結核 the law's form has no name or address; the doctor and the clinic still identify where it came from,
  // and the doc is a positive because of the staff name and the phone. The 梅毒 form carries the patient's name.)

  // N. Clinic reservation mail / chat, 3
  for (let k = 0; k < 3; k++) {
    const p = P(1970, 2006);
    add(
      `clinic-msg-${k}`,
      'clinic_message_ja',
      k === 0
        ? `From: ${PN(nm(p, ' '))} <${EM(`${r.pick(['k.hayashi', 'mana_0414', 'shoji.t', 'rin.mtmt'])}${r.int(1, 99)}@${r.pick(['yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'])}`)}>
To: 予約受付 <${EM(`yoyaku@${r.pick(['sakura-naika', 'izumi-mental', 'hidamari-seikei'])}.jp`)}>
件名: 予約変更のお願い

いつもお世話になっております。${PN(nm(p, ''))}です。
${SEN(`${r.pick(['パニック障害', '不眠症', 'うつ病'])}で通院している`)}者ですが、来週${r.pick(['火', '木'])}曜の予約を金曜に変更できますでしょうか。
${SEN(`薬（${r.pick(['セルトラリン', 'レンボレキサント', 'エスシタロプラム'])}）があと3日分しかありません`)}。
携帯 ${PH(jph(true))}`
        : k === 1
          ? `【問診票（Web）】
お名前: ${PN(nm(p))}
フリガナ: ${PN(kn(p))}
生年月日: ${DOB(dob(p))}
電話: ${PH(jph(true))}
メール: ${EM(`${r.pick(['sora', 'yuuki', 'nanami'])}.${r.digits(4)}@${r.pick(['gmail.com', 'outlook.jp'])}`)}
今日はどうされましたか: ${SEN(`${symptom[(k + 6) % symptom.length]}`)}
${SEN(`現在治療中の病気: ${DX[(k + 2) % DX.length]}`)}
${SEN(`飲んでいる薬: ${RX[(k + 3) % RX.length][0].split(' ')[0]}`)}
${SEN(`アレルギー: ${r.pick(['花粉', 'そば', 'ペニシリン'])}`)}
妊娠中・授乳中: いいえ
喫煙: なし`
          : `Teams チャット（医事課）
${PN(staff())}  10:42
${PN(p.fam)}さん（ID ${r.digits(7)}）の限度額認定証、まだ届いてないです。${SEN(`来週から${r.pick(['化学療法', '透析導入', '放射線治療'])}で入院`)}なので急ぎで。
${PN(staff())}  10:45
了解です。ご家族の携帯 ${PH(jph(true))} に連絡してみます`,
    );
  }

  // O. 障害年金 claims, 2
  for (let k = 0; k < 2; k++) {
    const p = P(1965, 2000);
    const pen = `${r.int(1000, 9999)}${r.pick(['-', '－', ' ', ''])}${r.digits(6)}`;
    add(
      `shogai-nenkin-${k}`,
      'pension_claim_ja',
      `年金請求書（国民年金・厚生年金保険障害給付）記入内容確認
基礎年金番号　${PEN(k === 1 ? fw(pen) : pen)}
個人番号　${MN(mnum())}
氏名　${PN(nm(p))}（${PN(kn(p))}）
生年月日　${DOB(dob(p))}
住所　〒${ZIP(zipOf(p))}　${AD(adOf(p))}
${SEN(`傷病名　${r.pick(['統合失調症', '網膜色素変性症', '慢性腎不全（人工透析）', '脳梗塞による左片麻痺'])}`)}
初診日　${r.int(2012, 2023)}年${r.int(1, 12)}月${r.int(1, 28)}日（${CLINIC[(k + 4) % CLINIC.length]}）
${SEN(`障害の程度　${r.int(1, 2)}級相当（診断書による）`)}
受取口座　${r.pick(['ゆうちょ銀行', '北洋銀行 本店営業部', '肥後銀行 水前寺支店'])}　普通　${L('jp_bank_account', r.digits(7))}
社会保険労務士　${PN(staff())}　${PH(jph(false))}`,
    );
  }

  // ----- Law, courts and police (Japanese)
  const LAWFIRM = ['弁護士法人 みなと総合法律事務所', 'ひまわり法律事務所', '弁護士法人 北斗法律事務所', '青山通り法律事務所', 'あおぞら綜合法律事務所'];
  const lawCorp = () => corp(`${r.int(1, 9)}${r.digits(11)}`);

  // P. 法律相談票, 4
  for (let k = 0; k < 4; k++) {
    const p = k === 0 ? P(1975, 1995, 'F') : k === 1 ? P(1955, 1972) : P(1970, 2000);
    const other = k <= 1 ? { ...P(k === 1 ? 1995 : 1970, k === 1 ? 2004 : 1992, 'M'), fam: p.fam } : P(1960, 2000, 'M');
    const topics: [string, string][] = [
      ['離婚・DV', `${SEN(`夫から${r.int(3, 10)}年前から継続的に殴る蹴るの暴力を受けている`)}。昨年は${SEN('肋骨を骨折し')}、${CLINIC[6]}を受診。子2人を連れて別居を希望。`],
      ['刑事（被疑者家族）', `息子 ${PN(nm(other))}（${age(other)}歳）が${SEN(`${dayJ()}に${r.pick(['窃盗', '詐欺（受け子）', '傷害'])}の容疑で${r.pick(['中央', '北', '南'])}警察署に逮捕された`)}。接見と示談を依頼したい。`],
      ['労働・ハラスメント', `上司 ${PN(nm(other))} からのパワハラで${SEN(`適応障害と診断され休職中`)}。会社に対する損害賠償を検討。`],
      ['ストーカー', `元交際相手 ${PN(nm(other))} から${SEN('つきまといと脅迫のメッセージを受けている')}。警察に相談済み（${r.pick(['西', '東'])}警察署 生活安全課）。`],
    ];
    const [topic, body] = topics[k];
    add(
      `soudan-${k}`,
      'legal_consult_ja',
      `法律相談票　${LAWFIRM[k % LAWFIRM.length]}
受付日：${day26()}　担当弁護士：${PN(staff())}
相談者氏名：${PN(nm(p))}（${PN(kn(p))}）
生年月日：${DOB(dob(p))}
住所：〒${ZIP(zipOf(p))} ${AD(adOf(p))}
電話：${PH(jph())}　${r.chance(0.5) ? '※自宅への連絡不可' : ''}
相談分野：${topic}
相手方：${k === 1 ? 'なし' : PN(nm(other, ' '))}
相談内容：
${body}
利益相反チェック：済`,
    );
  }

  // Q. 訴状 / 判決 excerpts, 4
  for (let k = 0; k < 4; k++) {
    const a = P(1950, 2000);
    const b = P(1950, 2000);
    if (k % 2 === 0) {
      const crime = k === 0 ? '傷害' : '窃盗';
      const amount = `${r.int(3, 48)}万${r.int(1, 9)}000円`;
      add(
        `hanketsu-${k}`,
        'judgment_ja',
        `令和${r.int(6, 7)}年(わ)第${r.int(100, 2400)}号　${crime}被告事件
判　　決
${SEN(`本籍　${b.addr.replace(/\s.*$/, '').replace(/\d.*$/, '')}${r.int(1, 900)}番地`)}
住居　${AD(adOf(a))}
職業　${r.pick(['無職', '会社員', 'アルバイト', '自営業'])}
${PN(nm(a, ''))}
${DOB(dob(a))}生
上記の者に対する${SEN(`${crime}被告事件`)}について、当裁判所は、検察官${PN(staff(''))}並びに私選弁護人${PN(staff(''))}各出席の上審理し、次のとおり判決する。
主　　文
${SEN(`被告人を懲役${r.int(1, 4)}年${r.pick(['', '6月'])}に処する。
この裁判確定の日から${r.int(3, 5)}年間その刑の執行を猶予する。`)}
理　　由
（罪となるべき事実）
${
          crime === '傷害'
            ? `被告人は、${PN(nm(b, ''))}（当時${age(b)}歳）に対し、${dayJ()}午後${r.int(1, 11)}時頃、${cityOf(b)}内の路上において、${SEN(`その顔面を手拳で数回殴打する暴行を加え、よって同人に加療約${r.int(2, 6)}週間を要する鼻骨骨折の傷害を負わせた`)}ものである。`
            : `被告人は、${dayJ()}午後${r.int(1, 11)}時頃、${cityOf(b)}内の${PN(nm(b, ''))}方において、${SEN(`同人所有の現金${amount}及び腕時計1個（時価約${r.int(5, 30)}万円相当）を窃取した`)}ものである。`
        }
${r.pick(['東京', '大阪', '福岡', '仙台'])}地方裁判所刑事第${r.int(1, 18)}部
裁判官　${PN(staff('　'))}`,
      );
    } else {
      add(
        `sojo-${k}`,
        'complaint_ja',
        `訴　　状
${dayJ()}
${r.pick(['東京', '横浜', 'さいたま', '名古屋'])}地方裁判所 民事部 御中
原告訴訟代理人弁護士　${PN(staff('　'))}
〒${ZIP(zipOf(a))}　${AD(adOf(a))}
　　原　告　${PN(nm(a, '　'))}
〒${ZIP('105-0001')}　${AD('東京都港区虎ノ門1丁目2-8 虎ノ門琴平タワー9階')}　${LAWFIRM[k === 1 ? 2 : 0]}（送達場所）
　　電話 ${PH(jph(false))}　FAX ${PH(jph(false))}
　　法人番号 ${CORP(lawCorp())}
〒${ZIP(zipOf(b))}　${AD(adOf(b))}
　　被　告　${PN(nm(b, '　'))}
損害賠償請求事件
請求の趣旨
1 被告は、原告に対し、金${r.int(120, 900)}万円及びこれに対する${dayJ()}から支払済みまで年3分の割合による金員を支払え。
請求の原因
1 ${SEN(`被告は、${dayJ()}、原告の自宅前において原告に対し突き飛ばす等の暴行を加え、原告は腰椎圧迫骨折の傷害を負った`)}。
2 ${SEN(`被告は上記暴行について${r.pick(['罰金30万円の略式命令を受けている', '傷害罪で起訴され、現在公判中である'])}`)}。`,
      );
    }
  }

  // R. 示談書 (crime victims), 3
  for (let k = 0; k < 3; k++) {
    const v = P(1960, 2005);
    const o = P(1970, 2004);
    const off = [
      `乙が${dayJ()}、${cityOf(v)}内の駐車場において甲の顔面を殴打し、全治2週間の打撲傷を負わせた件`,
      `乙が${dayJ()}、走行中の電車内において甲の臀部を触った件（迷惑防止条例違反）`,
      `乙が${dayJ()}頃、甲方に侵入し現金${r.int(5, 60)}万円を窃取した件`,
    ][k];
    add(
      `jidan-${k}`,
      'settlement_ja',
      `示　談　書
被害者 ${PN(nm(v))}（以下「甲」という。）と加害者 ${PN(nm(o))}（以下「乙」という。）は、${SEN(off)}（以下「本件」という。）について、以下のとおり示談した。
第1条　乙は甲に対し、本件の示談金として金${r.int(10, 150)}万円の支払義務があることを認める。
第2条　乙は前条の金員を、${dayJ()}限り、下記口座に振り込んで支払う。
　　${r.pick(['三井住友銀行', 'みずほ銀行', '七十七銀行', '西日本シティ銀行'])} ${r.pick(['渋谷', '仙台', '博多', '梅田'])}支店　普通預金　口座番号 ${L('jp_bank_account', k === 2 ? fw(r.digits(7)) : r.digits(7))}　口座名義 ${PN(k === 1 ? hwKana(kn(v)) : kn(v))}
第3条　甲は乙を宥恕し、乙に対する刑事処罰を求めない。甲は本件に関する被害届を取り下げる。
（甲）住所 ${AD(adOf(v))}　氏名 ${PN(nm(v, ' '))}　㊞
（乙）住所 ${AD(adOf(o))}　氏名 ${PN(nm(o, ' '))}　㊞
乙代理人弁護士 ${PN(staff())}　${PH(jph(false))}`,
    );
  }

  // S. 被害届, 3
  for (let k = 0; k < 3; k++) {
    const v = P(1945, 2006);
    let loss = 0;
    add(
      `higaitodoke-${k}`,
      'police_report_ja',
      k < 2
        ? `被　害　届
${dayJ()}
${r.pick(['警視庁 世田谷', '大阪府 天満', '愛知県 中', '福岡県 博多'])}警察署長 殿
届出人住居　${AD(adOf(v))}
氏名　${PN(nm(v))}　（電話 ${PH(jph())}）
次のとおり${k === 0 ? '盗難' : '詐欺'}被害がありましたからお届けします。
被害者の住居、職業、氏名、年齢　同上　${r.pick(['会社員', '無職', 'パート', '学生'])}　${age(v)}歳
被害の年月日時　${dayJ()} 午後${r.int(1, 10)}時頃
被害の場所　${cityOf(v)}内（${k === 0 ? '駅前駐輪場' : '自宅'}）
${SEN(k === 0 ? `被害の模様　自転車置場に施錠して置いていた自転車（${r.pick(['ブリヂストン', 'パナソニック'])} 電動アシスト）を盗まれた` : `被害の模様　息子を名乗る男から電話があり、会社の金を紛失したと言われ、自宅に来た男に現金${(loss = r.int(100, 500))}万円を手渡した`)}
被害金品　${k === 0 ? `防犯登録番号 ${r.pick(['東京', '大阪'])}${r.digits(8)}` : `現金 ${loss}万円`}
受理者　${r.pick(['巡査部長', '警部補', '巡査'])} ${PN(staff())}　受理番号 第${r.int(100, 9999)}号`
        : `相談受理票（${r.pick(['生活安全課', '刑事課'])}）
相談者：${PN(nm(v))}（${age(v)}）${PH(jph(true))}
要旨：${SEN(`SNSで知り合った男性に自宅を特定され、郵便受けに脅迫文を入れられた`)}。身の危険を感じる。
対応：被害届受理。110番登録済。パトロール強化。
担当：${PN(staff())}`,
    );
  }

  // T. 保護観察 / 少年事件, 3
  for (let k = 0; k < 3; k++) {
    const y = P(k === 1 ? 2008 : 2009, 2010);
    const par = P(1972, 1988, 'F');
    add(
      `shonen-${k}`,
      'juvenile_ja',
      k === 0
        ? `少年調査票（抄）
少年　${PN(nm(y))}（${PN(hira(`${y.fk} ${y.gk}`))}）
生年月日　${DOB(dob(y))}（${age(y)}歳）
保護者　${PN(`${y.fam} ${par.given}`)}（母）　${PH(jph(true))}
住居　${AD(adOf(y))}
${SEN(`非行名　${r.pick(['窃盗（万引き）', '恐喝', '傷害', '大麻取締法違反'])}`)}
${SEN(`非行歴　${r.int(2023, 2025)}年 ${r.pick(['占有離脱物横領', '窃盗'])}で審判不開始`)}
${SEN(`観護措置　${dayJ()}から${r.pick(['東京', '横浜', '浪速'])}少年鑑別所に収容`)}
家庭裁判所調査官　${PN(staff())}`
        : k === 1
          ? `保護観察所 面接記録　${day26()}
対象者：${PN(nm(y, ' '))}（${age(y)}）
${SEN(`保護観察処分（${r.int(2024, 2026)}年 家庭裁判所決定、非行名 窃盗）`)}
担当保護司：${PN(staff())}　連絡先 ${PH(jph())}
状況：アルバイト（飲食店）継続。遵守事項違反なし。${SEN(`ADHDの通院継続（月1回）`)}。`
          : `${r.pick(['仮釈放', '保護観察'])}対象者 引受書
本人　${PN(nm(par))}　${DOB(dob(par))}生
${SEN(`${r.pick(['窃盗', '覚醒剤取締法違反', '詐欺'])}により懲役${r.int(1, 3)}年6月、${r.pick(['府中', '大阪', '福岡'])}刑務所に服役中`)}
引受人　${PN(`${par.fam} ${r.pick(['正', '弘美', '康夫'])}`)}（兄）
引受人住所　〒${ZIP(zipOf(y))} ${AD(adOf(y))}
電話　${PH(jph(false))}`,
    );
  }

  // U. 離婚調停 notes with DV, 3
  for (let k = 0; k < 3; k++) {
    const h = P(1970, 1994, 'M');
    const w0 = P(1975, 1996, 'F');
    const w = { ...w0, fam: h.fam, fk: h.fk };
    add(
      `chotei-${k}`,
      'mediation_note_ja',
      k === 2
        ? `Slack #家事チーム
${PN(staff())}：${PN(w.fam)}さん案件、${SEN('保護命令（接近禁止）が相手方に発令')}されました。期日は非開示住所で進めます
${PN(staff())}：了解。${PN(w.fam)}さんの現住所（${AD(adOf(w))}）は書面に出さないよう注意で`
        : `夫婦関係調整調停 期日メモ（${k === 0 ? '第1回' : '第3回'}）
申立人　${PN(nm(w))}（${age(w)}）　代理人 ${PN(staff())}
相手方　${PN(nm(h))}（${age(h)}）
・${SEN(`申立人は相手方から${r.pick(['平手打ち、物を投げつけられる等の身体的暴力', '長期間の暴言と、首を絞められる等の身体的暴力'])}を受けてきた`)}と主張。
・${SEN(`申立人は${r.pick(['PTSD', 'うつ病'])}の診断で通院中`)}（診断書提出済）。
・相手方は暴力を否認、面会交流を希望。
・子　${PN(`${h.fam} ${r.pick(['陽向', '結菜', '蒼空'])}`)}（${DOB(`${r.int(2015, 2021)}年${r.int(1, 12)}月${r.int(1, 28)}日`)}生）の親権は申立人希望。
・別室待機、時間差退出の配慮あり。`,
    );
  }

  // V. 身元調査 / 採用前チェック (Japanese), 2
  for (let k = 0; k < 2; k++) {
    const p = P(1968, 1999);
    add(
      `mimoto-${k}`,
      'background_check_ja',
      `採用前調査報告書（取扱厳重注意）
対象者：${PN(nm(p))}（${PN(kn(p))}）
生年月日：${DOB(dob(p))}
現住所：${AD(adOf(p))}
運転免許証番号：${L('jp_drivers_license', k === 0 ? `${r.pick(['30', '45', '62'])}${r.digits(10)}` : fw(`${r.pick(['12', '53'])}${r.digits(10)}`))}
旅券番号：${L('jp_passport', `${r.pick(['TK', 'TR', 'MZ', 'TZ'])}${r.digits(7)}`)}
学歴・職歴：申告内容と一致
${k === 0 ? SEN(`報道検索：${r.int(2015, 2021)}年 ${r.pick(['酒気帯び運転', '盗撮（県迷惑防止条例違反）', '業務上横領'])}で逮捕との地方紙記事あり（同姓同名・同年齢）`) : '報道検索：該当なし'}
反社チェック：該当なし
${k === 1 ? SEN(`備考：${r.pick(['前職退職理由は双極性障害による長期療養', 'うつ病で休職歴あり（本人申告）'])}`) : '備考：特になし'}
調査員：${PN(staff())}`,
    );
  }

  // ----- Local government and welfare
  // W. 住民票 / 戸籍, 4
  for (let k = 0; k < 4; k++) {
    const p = P(1950, 1990, 'M');
    const sp = P(p.y - 6, p.y + 4, 'F');
    const kid = P(Math.max(p.y + 25, 1985), Math.min(p.y + 40, 2020));
    const honseki = `${r.pick(['鹿児島県薩摩川内市神田町', '秋田県横手市前郷', '富山県高岡市伏木古国府', '愛媛県宇和島市丸之内', '北海道函館市元町', '京都府舞鶴市字浜'])}${r.int(1, 999)}番地${r.chance(0.5) ? '' : `${r.int(1, 9)}`}`;
    if (k < 2) {
      add(
        `juminhyo-${k}`,
        'resident_record_ja',
        `住　民　票　の　写　し
住所　${AD(adOf(p))}
世帯主　${PN(nm(p, '　'))}
${SEN(`本籍　${honseki}`)}
筆頭者　${PN(nm(p, '　'))}
─────────────
氏名　${PN(nm(p, '　'))}
生年月日　${DOB(`${era(p.y)}年${p.m}月${p.d}日`)}　性別 ${p.sex === 'M' ? '男' : '女'}　続柄 世帯主
住民となった日　${dayJ()}
個人番号　${MN(mnum())}
住民票コード　${r.digits(11)}
─────────────
氏名　${PN(`${p.fam}　${sp.given}`)}
生年月日　${DOB(`${era(sp.y)}年${sp.m}月${sp.d}日`)}　続柄 妻
住民票コード　${r.digits(11)}
この写しは、世帯全員の住民票の原本と相違ないことを証明する。
${dayJ()}　${r.pick(['杉並区長', '堺市長', '宇都宮市長'])}　${PN(staff('　'))}`,
      );
    } else {
      add(
        `koseki-${k}`,
        'family_register_ja',
        `全部事項証明
${SEN(`本　　籍　${honseki}`)}
氏　　名　${PN(nm(p, '　'))}
戸籍事項
　戸籍編製　【編製日】${dayJ()}
戸籍に記録されている者
　【名】${PN(p.given)}
　【生年月日】${DOB(`${era(p.y)}年${p.m}月${p.d}日`)}　【配偶者区分】夫
　【父】${PN(`${p.fam}${r.pick(['義一', '正雄', '勇'])}`)}　【母】${PN(`${p.fam}${r.pick(['キヨ', '節子', '和代'])}`)}
戸籍に記録されている者
　【名】${PN(sp.given)}
　【生年月日】${DOB(`${era(sp.y)}年${sp.m}月${sp.d}日`)}　【配偶者区分】妻
　身分事項　婚姻　【従前戸籍】${SEN(`${r.pick(['沖縄県宮古島市平良字西里', '長崎県五島市富江町'])}${r.int(1, 800)}番地`)}　${PN(`${sp.fam}${r.pick(['一郎', '武'])}`)}
戸籍に記録されている者
　【名】${PN(kid.given)}
　【生年月日】${DOB(`${era(kid.y)}年${kid.m}月${kid.d}日`)}　【父】${PN(nm(p, ''))}`,
      );
    }
  }

  // X. 生活保護 case records, 4
  for (let k = 0; k < 4; k++) {
    const p = P(1945, 1995);
    add(
      `seiho-${k}`,
      'welfare_case_ja',
      k % 2 === 0
        ? `ケース記録票　${r.pick(['福祉事務所 保護第一係', '生活福祉課'])}
ケース番号 ${r.digits(6)}　地区担当員 ${PN(staff())}
世帯主 ${PN(nm(p))}（${age(p)}）${AD(adOf(p))}
${SEN(`保護開始 ${dayJ()}（${r.pick(['傷病による失業', '年金のみで生活困難', '離婚による収入途絶'])}）`)}
${dayJ()} 訪問。${SEN(`${r.pick(['糖尿病性腎症で週3回透析', '統合失調症で月2回通院', 'アルコール依存症の治療中断、再入院を調整', '脳梗塞後遺症で車いす生活'])}`)}。
保護費の支給口座：${r.pick(['ゆうちょ銀行 〇一八店', '足利銀行 宇都宮支店', '百五銀行 津駅前支店'])} 普通 ${L('jp_bank_account', r.digits(7))}
長男（${r.pick(['横浜', '名古屋'])}在住）${PN(`${p.fam} ${r.pick(['隆司', '健二', '達彦'])}`)} に扶養照会済、援助困難との回答（${PH(jph(true))}）。`
        : `生活保護受給証明（依頼メモ）
氏名：${PN(nm(p, ' '))}
生年月日：${DOB(dob(p))}
${SEN(`受給状況：${dayJ()}から生活扶助・住宅扶助・医療扶助を受給中`)}
${SEN(`医療券：${CLINIC[(k + 2) % CLINIC.length]}（${DX[(k + 7) % DX.length]}）`)}
提出先：${r.pick(['市営住宅管理センター', '保育課', '日本年金機構'])}
担当：${PN(staff())}　内線 ${r.int(2000, 4999)}`,
    );
  }

  // Y. 児童相談 records, 3
  for (let k = 0; k < 3; k++) {
    const c = P(2012, 2022);
    const m = P(1982, 1996, 'F');
    add(
      `jiso-${k}`,
      'child_guidance_ja',
      `児童相談所 受理会議資料（${day26()}）
児童氏名：${PN(nm(c))}（${PN(kn(c))}）　生年月日：${DOB(dob(c))}　${age(c)}歳
保護者：${PN(`${c.fam} ${m.given}`)}（母、${age(m)}）　${PH(jph(true))}
住所：${AD(adOf(c))}
通告元：${r.pick(['小学校', '保育所', '近隣住民', '医療機関'])}
主訴：${SEN(r.pick(['身体的虐待（左頬と背中にあざ、「お父さんに叩かれた」と本人）', 'ネグレクト（数日間食事を与えられていない、入浴なし）', '心理的虐待（面前DV、夜間の怒鳴り声）', '性的虐待の疑い（内縁の男性から）']))}
${SEN(`所見：${r.pick(['左前腕骨折の既往（2025年、受診遅延）', '体重 3パーセンタイル未満、低栄養', '不眠・夜尿、PTSD症状の疑い'])}`)}
${k === 0 ? `${SEN(`母は${r.pick(['うつ病で精神科通院中', '知的障害（療育手帳B2）'])}`)}。` : ''}${SEN(`${k === 2 ? '世帯は生活保護受給中' : '母の内縁の夫に傷害の前歴あり'}`)}
方針：一時保護を検討。担当児童福祉司 ${PN(staff())}`,
    );
  }

  // Z. 国保 / 介護保険, 4
  for (let k = 0; k < 4; k++) {
    const p = P(k < 2 ? 1935 : 1960, k < 2 ? 1955 : 1995);
    add(
      `kaigo-${k}`,
      k < 2 ? 'care_insurance_ja' : 'kokuho_ja',
      k === 0
        ? `要介護認定 結果通知（窓口控）
被保険者番号　${r.digits(10)}
氏名　${PN(nm(p))}　${DOB(dob(p))}生
住所　${AD(adOf(p))}
${SEN(`要介護状態区分　要介護${r.int(1, 5)}`)}
認定有効期間　令和${r.int(7, 8)}年${r.int(1, 12)}月1日から12か月
${SEN(`主治医意見書：${r.pick(['アルツハイマー型認知症（中等度）、右大腿骨頸部骨折術後', '脳梗塞後遺症（左片麻痺）、嚥下障害', 'パーキンソン病（ヤール3度）'])}`)}
担当ケアマネジャー　${PN(staff())}（${PH(jph(false))}）`
        : k === 1
          ? `介護保険負担限度額認定申請\t${r.pick(['世田谷区', '金沢市', '鹿児島市'])}
申請者\t${PN(nm(p, ' '))}
フリガナ\t${PN(kn(p))}
生年月日\t${DOB(dob(p))}
${SEN(`入所施設\t特別養護老人ホーム ${r.pick(['やすらぎの里', 'すみれ苑', '陽光園'])}（${r.pick(['認知症', '重度の要介護'])}のため入所）`)}
配偶者\t${PN(`${p.fam} ${r.pick(['トミ', '清', '和夫'])}`)}
個人番号\t${MN(mnum())}
預貯金額\t${r.int(20, 650)}万円`
          : `国民健康保険 被保険者証 再交付申請（電子申請データ）
世帯主氏名：${PN(nm(p))}
住所：〒${ZIP(zipOf(p))} ${AD(adOf(p))}
電話番号：${PH(jph())}
${insNo()}
再交付理由：${k === 2 ? '紛失' : SEN(`盗難（${dayJ()} 車上荒らしにより財布ごと盗まれた）`)}
${k === 3 ? `警察届出：${r.pick(['中', '北'])}警察署 受理番号 ${r.digits(5)}` : '警察届出：なし'}
${SEN(`高額療養費の対象となる療養：${r.pick(['人工透析', '抗がん剤治療', '血友病'])}（特定疾病療養受療証 所持）`)}`,
    );
  }

  // AA. 課税証明, 2
  for (let k = 0; k < 2; k++) {
    const p = P(1960, 1998);
    let inc = 0;
    add(
      `kazei-${k}`,
      'tax_certificate_ja',
      `令和${r.int(7, 8)}年度　市県民税　所得・課税証明書
住所\t${AD(adOf(p))}
氏名\t${PN(nm(p))}
生年月日\t${DOB(dob(p))}
給与収入\t${(inc = r.int(2, 8))},${r.digits(3)},000 円
所得金額\t${inc - 1},${r.digits(3)},000 円
${SEN(`控除対象\t障害者控除（特別障害者）`)}
扶養人数\t${r.int(0, 3)}人
市県民税額\t${r.int(0, 480)},${r.digits(3)} 円
上記のとおり証明します。${dayJ()}　${r.pick(['浜松市長', '盛岡市長'])}`,
    );
  }

  // AB. 外国人住民 records, 3
  const FOREIGN: [string, string, string][] = [
    ['グエン・ティ・ホア', 'NGUYEN THI HOA', 'ベトナム'], ['金 成勲', 'KIM SUNGHOON', '韓国'], ['サントス ヒロシ マルセロ', 'SANTOS HIROSHI MARCELO', 'ブラジル'],
  ];
  for (let k = 0; k < 3; k++) {
    const p = P(k === 1 ? 1950 : 1996, k === 1 ? 1985 : 2004);
    const [kj, lat, nat] = FOREIGN[k];
    const rc = `${r.pick(['AB', 'UH', 'RC', 'EM'])}${r.digits(8)}${r.pick(['CD', 'FA', 'JP', 'KS'])}`;
    add(
      `gaikokujin-${k}`,
      'foreign_resident_ja',
      k === 0
        ? `外国人住民 異動届 受付メモ
氏名　${PN(kj)}（${PN(lat)}）
国籍・地域　${nat}
生年月日　${DOB(`${p.y}年${p.m}月${p.d}日`)}
在留カード番号　${RC(rc)}
在留資格　技能実習（2号）
新住所　${AD(adOf(p))}
連絡先　${PH(jph(true))}
備考　${SEN('妊娠中（母子健康手帳を交付）')}、ベトナム語通訳希望`
        : k === 1
          ? `特別永住者証明書 記載事項変更（受付）
氏名　${PN(kj)}　通称名　${PN(`${r.pick(['金田', '金本'])} ${r.pick(['成一', '茂'])}`)}
国籍　${nat}
生年月日　${DOB(dob(p))}
特別永住者証明書番号　${RC(rc)}
住居地　〒${ZIP(zipOf(p))} ${AD(adOf(p))}
窓口担当　${PN(staff())}`
          : `多文化共生センター 相談票
相談者　${PN(kj)}（${nat}、在留資格 定住者）
${PH(jph(true))}
相談　${SEN(`職場で「${r.pick(['ガイジン', '外人'])}は帰れ」と言われ殴られた`)}。労働基準監督署と警察への相談を案内。
${SEN('日系ブラジル人3世')}、日本語は日常会話程度
在留カード　${RC(`${rc.slice(0, 2)} ${rc.slice(2, 6)} ${rc.slice(6, 10)} ${rc.slice(10)}`)}
対応　${PN(staff())}`,
    );
  }

  // AC. 同和 / 人権 inquiry log, 2
  {
    const p = P(1975, 1995);
    const q = P(1945, 1970, 'M');
    add(
      'jinken-log-0',
      'inquiry_log_ja',
      `人権啓発課 電話相談記録
${day26()} 14:20　相談者：${PN(nm(p))}（${age(p)}）${PH(jph(true))}
内容：婚約者の父 ${PN(nm(q))} から「${SEN(`あなたの実家は${r.pick(['同和地区', '部落'])}の出身だ`)}」と言われ、興信所に身元調査をされたらしい。結婚に反対されている。
対応：身元調査は人権侵害にあたる旨説明。法務局人権相談（${PH('0570-003-110')}）を案内。
受付：${PN(staff())}`,
    );
    neg(
      'jinken-log-1',
      'inquiry_log_ja',
      `人権啓発課 電話相談記録（匿名）
${day26()} 10:05　匿名の男性
内容：「○○町の△△地区は同和地区か教えてほしい」との問い合わせ。
対応：特定の地域が同和地区かどうかの問い合わせには一切回答できない旨を伝え、差別につながる身元調査・土地調査をやめるよう説明した。
記録者：人権啓発課`,
    );
  }

  // ----- Schools
  // AD. 保健室 logs, 3
  for (let k = 0; k < 3; k++) {
    const a = P(2010, 2019);
    const b = P(2010, 2019);
    const c = P(2010, 2019, 'F');
    add(
      `hokenshitsu-${k}`,
      'school_nurse_ja',
      `保健室来室記録　${r.pick(['市立第三中学校', '町立ひばり小学校', '県立北高等学校'])}　${day26()}
時刻\t学年組\t氏名\t症状\t処置
${r.int(8, 9)}:${p2(r.int(0, 59))}\t${r.int(1, 3)}-${r.int(1, 5)}\t${PN(nm(a, ' '))}\t${SEN(`頭痛・${r.int(376, 389) / 10}℃`)}\t${SEN('早退（保護者迎え）')}
${r.int(10, 11)}:${p2(r.int(0, 59))}\t${r.int(1, 3)}-${r.int(1, 5)}\t${PN(nm(b, ' '))}\t${SEN('体育で右足首捻挫')}\t${SEN('冷却・固定、整形外科受診を勧める')}
${r.int(12, 14)}:${p2(r.int(0, 59))}\t${r.int(1, 3)}-${r.int(1, 5)}\t${PN(nm(c, ' '))}\t${SEN(r.pick(['腹痛（月経痛）', '過呼吸', 'エピペン所持者、給食後に口のかゆみ']))}\t${SEN(r.pick(['休養30分', '休養、SC面談につなぐ', 'エピペン使用せず経過観察、母に連絡']))}
記録者：養護教諭 ${PN(staff())}`,
    );
  }

  // AE. 指導要録 / 特別支援 plans, 3
  for (let k = 0; k < 3; k++) {
    const c = P(2012, 2019);
    add(
      `shien-${k}`,
      'special_support_ja',
      k < 2
        ? `個別の教育支援計画
児童生徒氏名：${PN(nm(c))}（${PN(hira(`${c.fk} ${c.gk}`))}）
生年月日：${DOB(dob(c))}
在籍：${r.pick(['通常学級（通級指導教室 週2時間）', '特別支援学級（自閉症・情緒）', '特別支援学級（知的）'])}
${SEN(`障害の状態：${r.pick(['自閉スペクトラム症（医療機関で診断）、聴覚過敏', '限局性学習症（読字障害）', 'ADHD（不注意優勢型）、服薬中（コンサータ）', '軽度知的障害（療育手帳B2）'])}`)}
合理的配慮：イヤーマフの使用可、テストの別室受験
保護者：${PN(`${c.fam} ${r.pick(['美穂', '智史', '恵'])}`)}　${PH(jph(true))}
担任：${PN(staff())}　特別支援コーディネーター：${PN(staff())}`
        : `児童指導要録（抜粋・写し）
氏名 ${PN(nm(c, '　'))}　${DOB(dob(c))}生
現住所 ${AD(adOf(c))}
各教科の学習の記録　国語3 社会3 算数2 理科3
行動の記録　責任感○
総合所見　友人関係に配慮を要する。${SEN('てんかんの持病があり、発作時の対応を職員間で共有')}。
出欠　欠席日数 ${r.int(0, 30)}`,
    );
  }

  // AF. いじめ reports, 2
  for (let k = 0; k < 2; k++) {
    const v = P(2010, 2016);
    const o1 = P(2010, 2016);
    const o2 = P(2010, 2016);
    add(
      `ijime-${k}`,
      'bullying_report_ja',
      `いじめ事案 報告書（第${k + 1}報）
被害児童生徒：${PN(nm(v))}（${r.int(1, 3)}年${r.int(1, 5)}組）
関係児童生徒：${PN(nm(o1))}、${PN(nm(o2))}
概要：${r.int(4, 7)}月頃から、${PN(v.fam)}さんはLINEグループで悪口を書かれ、無視されるようになった。${r.int(9, 11)}月${r.int(1, 28)}日、放課後に${PN(o1.fam)}さんらから${SEN(r.pick(['腹部を数回蹴られた', '現金5,000円を要求されて取られた']))}。
${PN(v.fam)}さんは${SEN(r.pick(['腹部打撲で受診', '不眠と腹痛を訴え心療内科を受診（適応障害）']))}した。
対応：学校いじめ対策組織で協議、保護者（${PH(jph())}）へ説明。
報告者：教頭 ${PN(staff())}`,
    );
  }

  // AG. 奨学金 applications, 2
  for (let k = 0; k < 2; k++) {
    const s = P(2006, 2008);
    const f = P(1965, 1982, 'F');
    add(
      `shogakukin-${k}`,
      'scholarship_ja',
      `給付奨学金 申請書（家計状況）
申請者氏名：${PN(nm(s))}　生年月日：${DOB(dob(s))}
住所：${AD(adOf(s))}
メール：${EM(`${r.pick(['hikaru', 'nanase', 'riku', 'mei'])}.${r.digits(4)}@${r.pick(['icloud.com', 'gmail.com'])}`)}
生計維持者：${PN(`${s.fam} ${f.given}`)}（母）
世帯収入：${r.int(120, 380)}万円（住民税非課税世帯）
家庭の事情：ひとり親世帯。${SEN(`母は${r.pick(['乳がんの治療中で就労が困難', '精神障害者保健福祉手帳2級、就労継続支援B型に通所'])}`)}。
在学校：${r.pick(['県立', '市立'])}${r.pick(['南', '東', '西'])}高等学校　担当教員 ${PN(staff())}`,
    );
  }

  // ----- Religion and creed
  {
    const rows = [P(1940, 1990), P(1940, 1990), P(1940, 1990), P(1940, 1990)];
    add(
      'danka-0',
      'temple_roll_ja',
      `${SEN('浄土真宗本願寺派 光明寺 門徒名簿')}（令和${r.int(7, 8)}年改訂）
番号,世帯主,フリガナ,住所,電話,年回忌
${rows
  .map((p, i) => `${i + 1},${PN(nm(p, ' '))},${PN(kn(p))},${AD(adOf(p))},${PH(jph(false))},${r.pick(['祖父 十三回忌', '父 七回忌', '母 三回忌', '-'])}`)
  .join('\n')}`,
    );
    const m = [P(1950, 2000), P(1950, 2000), P(1950, 2000)];
    add(
      'shukyo-0',
      'religious_roll_ja',
      `宗教法人 ${r.pick(['天道光明会', '真如和合教団'])}　信徒台帳（${r.pick(['中部', '九州'])}教区）
法人番号 ${CORP(corp(`${r.int(1, 9)}${r.digits(11)}`))}
氏名\t生年月日\t入信日\t住所\t所属
${m.map((p) => `${PN(nm(p))}\t${DOB(`${p.y}/${p2(p.m)}/${p2(p.d)}`)}\t${r.int(1995, 2024)}/${p2(r.int(1, 12))}/${p2(r.int(1, 28))}\t${AD(adOf(p))}\t${SEN(`${r.pick(['信徒', '教師補', '青年部'])}（${r.pick(['名古屋', '岐阜', '福岡'])}支部）`)}`).join('\n')}`,
    );
    const c = [P(1940, 1995), P(1940, 1995), P(1940, 1995)];
    add(
      'inori-0',
      'prayer_list_ja',
      `週報 お祈りの課題（会員限定）　${SEN('日本キリスト教団 さくら坂教会')}
・${PN(nm(c[0], ''))}${c[0].sex === 'M' ? '兄' : '姉'}　${SEN(`${r.pick(['肺がん', '大腸がん', '心臓弁膜症'])}の手術のため${r.pick(['県立中央病院', '市立みなと総合病院'])}に入院中`)}
・${PN(nm(c[1], ''))}${c[1].sex === 'M' ? '兄' : '姉'}　${SEN('うつ病で療養中')}。ご家族の支えのために
・${PN(nm(c[2], ''))}${c[2].sex === 'M' ? '兄　ご夫人' : '姉　ご主人'}の召天後、一人暮らし。${SEN('認知症の進行')}
・${PN(staff(''))}牧師　ご家族の健康のため`,
    );
    const q = [P(1950, 1998), P(1950, 1998), P(1950, 1998), P(1950, 1998)];
    add(
      'toin-0',
      'party_roll_ja',
      `${SEN('みどりの未来党 北信支部 党員名簿')}
党員番号\t氏名\t住所\t電話\tメール\t入党年
${q
  .map((p) => `${r.digits(6)}\t${PN(nm(p, ' '))}\t${AD(adOf(p))}\t${PH(jph())}\t${r.chance(0.5) ? EM(`${r.pick(['mirai', 'green', 'nagano', 'sora'])}${r.digits(3)}@${r.pick(['gmail.com', 'yahoo.co.jp'])}`) : '-'}\t${r.int(2009, 2025)}`)
  .join('\n')}`,
    );
    const v = [P(1950, 1998), P(1950, 1998)];
    add(
      'toin-1',
      'party_roll_ja',
      `後援会・支持者名簿（選挙事務所 入力用）
氏名,ふりがな,電話,支持政党,備考
${PN(nm(v[0], ''))},${PN(hira(`${v[0].fk} ${v[0].gk}`))},${PH(jph(true))},${SEN('くらし革新党（党員）')},ポスター掲示可
${PN(nm(v[1], ''))},${PN(hira(`${v[1].fk} ${v[1].gk}`))},${PH(jph(false))},なし,電話かけ不可`,
    );
  }

  // ----- English
  const enNames = shuffle(EN_NAMES);
  let ei = 0;
  const en = () => enNames[ei++ % enNames.length];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const enDob = (y = r.int(1945, 2005)) => {
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${d} ${MON[m - 1]} ${y}`, `${y}-${p2(m)}-${p2(d)}`, `${MON[m - 1]} ${d}, ${y}`]);
  };
  const ukDob = () => `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(1940, 2004)}`;
  const usPh = () => r.pick([`(${r.pick(['614', '860', '512', '217', '503', '212'])}) ${sub(r, 3)}-${r.digits(4)}`, `${r.pick(['404', '802', '608'])}-${sub(r, 3)}-${r.digits(4)}`, `+1 ${r.pick(['302', '614'])} ${sub(r, 3)} ${r.digits(4)}`]);
  const ukPh = () => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `0117 ${sub(r, 3)} ${r.digits(4)}`, `0115 ${sub(r, 3)} ${r.digits(4)}`, `029 20${r.digits(2)} ${r.digits(4)}`]);
  const ssn = () => {
    let a = r.int(1, 899);
    if (a === 666) a = 667;
    return `${String(a).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  };
  const nhs = () => `${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`;
  const usAd = () => r.pick(US_ADDR);
  const ukAd = () => r.pick(UK_ADDR);
  const mail = (n: string) => `${n.toLowerCase().replace(/[^a-z ]/g, '').trim().split(/\s+/).join(r.pick(['.', '_', '']))}${r.chance(0.5) ? r.int(1, 99) : ''}@${r.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}`;
  const EN_DX = [
    'Type 2 diabetes mellitus without complications (E11.9)', 'Essential hypertension (I10)', 'Major depressive disorder, single episode, moderate (F32.1)',
    'Generalized anxiety disorder (F41.1)', 'Chronic obstructive pulmonary disease (J44.9)', 'Opioid use disorder, moderate (F11.20)',
    'Asthma, mild persistent (J45.30)', 'Hypothyroidism (E03.9)', 'HIV disease (B20)', 'Chronic hepatitis C (B18.2)', 'Rheumatoid arthritis (M06.9)',
    'Bipolar I disorder (F31.9)', 'Atrial fibrillation (I48.91)', 'Lumbar radiculopathy (M54.16)', 'Crohn disease of small intestine (K50.00)',
  ];
  const EN_RX = ['metformin 500 mg PO BID', 'lisinopril 10 mg PO daily', 'sertraline 50 mg PO daily', 'buprenorphine/naloxone 8/2 mg SL daily', 'albuterol HFA 2 puffs q4-6h PRN', 'levothyroxine 75 mcg PO daily', 'Biktarvy 1 tab PO daily', 'apixaban 5 mg PO BID', 'quetiapine 100 mg PO qHS', 'adalimumab 40 mg SC q2wk'];
  const RACE = ['Black or African American', 'Asian', 'White', 'American Indian or Alaska Native', 'Native Hawaiian or Other Pacific Islander'];

  /** [chief complaint / HPI, diagnosis, medicine] that belong together */
  const EN_CASE: [string, string, string][] = [
    ['follow-up of blood sugars, increased thirst', EN_DX[0], EN_RX[0]], ['headaches, home BP readings 150s/90s', EN_DX[1], EN_RX[1]],
    ['worsening low mood and poor sleep for 6 weeks', EN_DX[2], EN_RX[2]], ['requesting medication-assisted treatment after relapse', EN_DX[5], EN_RX[3]],
    ['wheeze and night cough, using rescue inhaler daily', EN_DX[6], EN_RX[4]], ['fatigue and weight gain, TSH 9.8', EN_DX[7], EN_RX[5]],
    ['established HIV care, viral load undetectable', EN_DX[8], EN_RX[6]], ['palpitations, irregular pulse on exam', EN_DX[12], EN_RX[7]],
  ];
  // EA. US clinic notes, 5
  for (let k = 0; k < 5; k++) {
    const n = en();
    const [cc0, dx, rx0] = EN_CASE[(k * 3) % EN_CASE.length];
    add(
      `us-note-${k}`,
      'clinic_note_en',
      k % 2 === 0
        ? `${r.pick(['Riverside Family Medicine', 'Northside Community Health Center', 'Lakeview Internal Medicine Associates'])}
PROGRESS NOTE        Visit: ${r.int(1, 12)}/${r.int(1, 28)}/2026        Provider: ${PN(`${r.pick(['Sarah', 'Michael', 'Anita', 'Robert'])} ${r.pick(['Goldberg', 'Osei', 'Kowalski', 'Tran'])}`)}, MD
Patient: ${PN(n)}    DOB: ${DOB(enDob())}    MRN: ${r.digits(8)}
Address: ${AD(usAd())}    Phone: ${PH(usPh())}
${SEN(`Race: ${RACE[k % RACE.length]}`)}    ${SEN(`Ethnicity: ${k === 2 ? 'Hispanic or Latino' : 'Not Hispanic or Latino'}`)}
Insurance: ${r.pick(['Aetna PPO', 'Medicaid (CareSource)', 'Medicare Part B'])}  Member ID ${r.pick(['W', 'M', 'ZX'])}${r.digits(9)}

Chief complaint: ${SEN(cc0)}
Vitals: ${SEN(`BP ${r.int(128, 168)}/${r.int(78, 102)}, HR ${r.int(62, 108)}, BMI ${r.int(27, 39)}.${r.int(0, 9)}`)}
Assessment: ${SEN(dx)}
Plan: ${SEN(`start ${rx0}`)}; ${SEN(`${r.pick(['A1c and CMP', 'TSH and lipid panel', 'CBC and BMP'])} today`)}; return in 3 months.
Electronically signed`
        : `Telehealth visit summary – ${PN(n.split(' ')[0])} (${PN(n)}), DOB ${DOB(enDob())}
SSN on file: ${SSN(ssn())}
Email: ${EM(mail(n))}
HPI: ${SEN(cc0)}
Dx: ${SEN(dx)}
Rx: ${SEN(rx0)}
Pharmacy: ${r.pick(['CVS #4471', 'Walgreens #09821'])}, ${AD(usAd())}`,
    );
  }

  // EB. Explanation of Benefits, 4
  for (let k = 0; k < 4; k++) {
    const n = en();
    const dep = en();
    let bill = 0;
    let allow = 0;
    add(
      `eob-${k}`,
      'eob_en',
      `EXPLANATION OF BENEFITS — THIS IS NOT A BILL
${r.pick(['BlueCross BlueShield of Texas', 'UnitedHealthcare', 'Cigna Healthcare', 'Humana'])}
Member: ${PN(n)}    Member ID: ${r.pick(['XOF', 'UHC', 'H'])}${r.digits(9)}    Group: ${r.digits(6)}
${AD(usAd())}
Patient: ${PN(k % 2 === 0 ? n : dep)}    Claim #: ${r.digits(12)}    Provider: ${r.pick(['Austin Behavioral Health LLC', 'St. Luke’s Regional Medical Center', 'Planned Parenthood of Greater Ohio', 'Quest Diagnostics'])}
Date of service | Service | Billed | Allowed | You owe
${r.int(1, 12)}/${r.int(1, 28)}/2026 | ${SEN(r.pick(['Psychotherapy, 60 min (90837) — Dx F43.10 PTSD', 'Colonoscopy with biopsy (45380) — Dx K51.90 ulcerative colitis', 'HIV-1 viral load (87536)', 'Medication abortion (S0199)', 'Chemotherapy infusion (96413) — Dx C50.911 breast cancer']))} | $${(bill = r.int(900, 2900))}.00 | $${(allow = Math.round(bill * 0.55))}.00 | $${Math.round(allow * 0.2)}.00
${r.int(1, 12)}/${r.int(1, 28)}/2026 | Office visit, est. patient (99214) | $${r.int(240, 320)}.00 | $${r.int(110, 200)}.00 | $${r.int(20, 60)}.00
Questions? Call ${PH(`1-800-${sub(r, 3)}-${r.digits(4)}`)} (TTY 711)`,
    );
  }

  // EC. UK GP referral letters (NHS numbers: no type), 5
  const PRACTICE: [string, string][] = [['Clifton Road Surgery', '2 Clifton Road, Bristol BS8 1AA'], ['Meadowbank Medical Practice', '45 Meadowbank Lane, Nottingham NG3 5EX'], ['Riverside Health Centre', '10 Riverside Walk, Cardiff CF10 5BZ']];
  const UK_CASE: [string, string, string][] = [
    ['Thank you for seeing this 78-year-old with a 4-month history of progressive memory loss', 'T2DM, hypertension, previous TIA (2021)', 'metformin 1 g BD, ramipril 5 mg OD'],
    ['I would be grateful if you could assess this patient with recurrent depressive episodes and recent suicidal ideation', 'Anxiety, alcohol dependence (abstinent since 2023)', 'mirtazapine 30 mg ON'],
    ['Please see this patient with suspected inflammatory bowel disease; faecal calprotectin 840', 'Asthma, coeliac disease', 'omeprazole 20 mg OD, salbutamol PRN'],
    ['Referral for suspected cancer (2WW): 3 weeks of painless jaundice and weight loss', 'T2DM, gallstones (2019)', 'metformin 500 mg BD'],
  ];
  for (let k = 0; k < 5; k++) {
    const n = en();
    const gp = `${r.pick(['Helen', 'Rahul', 'Owen', 'Catriona'])} ${r.pick(['Marsh', 'Bhattacharya', 'Pritchard', 'Douglas'])}`;
    const [pr, pra] = PRACTICE[k % PRACTICE.length];
    const [why, pmh, meds] = UK_CASE[k % UK_CASE.length];
    add(
      `uk-referral-${k}`,
      'gp_referral_uk',
      `${pr}
${AD(pra)}
Tel: ${PH(ukPh())}

Dear ${r.pick(['Colleague', 'Dr Ashworth', 'Memory Clinic team', 'Community Mental Health Team'])},

Re: ${PN(r.pick([n, n.toUpperCase()]))}   DOB ${DOB(ukDob())}   NHS No. ${nhs()}
${AD(ukAd())}   Mob: ${PH(ukPh())}

${SEN(why)}.
${SEN(`PMH: ${pmh}`)}
${SEN(`Current medication: ${meds}`)}
${k === 1 ? `${SEN('The patient has disclosed domestic abuse by a former partner')} and is supported by the local IDVA service.\n` : ''}Yours sincerely,
Dr ${PN(gp)}`,
    );
  }

  // ED. Court dockets, 4
  for (let k = 0; k < 4; k++) {
    const d1 = en();
    const d2 = en();
    add(
      `docket-${k}`,
      'court_docket_en',
      k % 2 === 0
        ? `${r.pick(['Franklin County Municipal Court', 'Travis County Court at Law No. 3', 'Circuit Court of Cook County'])} — Criminal Docket ${r.int(1, 12)}/${r.int(1, 28)}/2026  Courtroom ${r.int(2, 16)}${r.pick(['A', 'B', ''])}
Case No.\tDefendant\tDOB\tCharge\tEvent
2026-CR-${r.digits(5)}\t${PN(d1.toUpperCase().replace(/^(\S+) (.*)$/, '$2, $1'))}\t${DOB(enDob(r.int(1970, 2004)))}\t${SEN(r.pick(['OVI 1st offense (4511.19)', 'Domestic violence (M1)', 'Theft, $1,000–$7,500 (F5)']))}\tArraignment
2026-CR-${r.digits(5)}\t${PN(d2.toUpperCase().replace(/^(\S+) (.*)$/, '$2, $1'))}\t${DOB(enDob(r.int(1970, 2004)))}\t${SEN(r.pick(['Possession of a controlled substance (F5)', 'Aggravated menacing (M1)', 'Assault (M1)']))}\t${SEN('Sentencing – plea of guilty entered 3/2')}
Judge: Hon. ${PN(`${r.pick(['Margaret', 'Luis', 'Dennis'])} ${r.pick(['Halvorsen', 'Arroyo', 'Whitcombe'])}`)}`
        : `IN THE ${k === 1 ? 'CROWN COURT AT NOTTINGHAM' : 'MAGISTRATES’ COURT SITTING AT CARDIFF'}
R v ${PN(d1)}
Date of birth: ${DOB(ukDob())}   Address: ${AD(ukAd())}
${SEN(`Offence: ${k === 1 ? 'Assault occasioning actual bodily harm, contrary to s.47 OAPA 1861' : 'Driving with excess alcohol'}`)}
${SEN(`Plea: Guilty. Sentence: ${k === 1 ? '12 months’ imprisonment suspended for 18 months, 120 hours unpaid work' : 'Fine £640 and 18-month driving ban'}`)}
${SEN(`Previous convictions: ${r.int(2, 7)} (latest 2021, theft)`)}
${k === 1 ? `Victim: ${PN(d2)} — ${SEN('fractured cheekbone')}; restraining order made.\nRecorder ${PN(`${r.pick(['Alison', 'Jonathan'])} Keane`)} KC` : `District Judge (Magistrates’ Courts) ${PN(`${r.pick(['Sian', 'Gareth'])} Morris`)}`}`,
    );
  }

  // EE. Police reports, 4
  for (let k = 0; k < 4; k++) {
    const v = en();
    const s = en();
    add(
      `police-${k}`,
      'police_report_en',
      `${r.pick(['SPRINGFIELD POLICE DEPARTMENT', 'PORTLAND POLICE BUREAU', 'HARTFORD POLICE DEPARTMENT'])} — INCIDENT REPORT #${r.int(24, 26)}-${r.digits(6)}
Reporting officer: Ofc. ${PN(`${r.pick(['K.', 'D.', 'M.'])} ${r.pick(['Albrecht', 'Moreno', 'Fitzpatrick'])}`)} #${r.int(100, 999)}
VICTIM: ${PN(v)}   DOB: ${DOB(enDob())}   Phone: ${PH(usPh())}
Address: ${AD(usAd())}
SUSPECT: ${PN(s)}   DOB: ${DOB(enDob())}   ${SEN(`Race: ${r.pick(['W', 'B', 'H', 'A'])}`)}   Sex: ${r.pick(['M', 'F'])}
NARRATIVE: ${SEN(
        [
          'Victim states suspect, her ex-boyfriend, pushed her down the stairs and struck her face',
          'Victim reports his vehicle was broken into overnight and a laptop and wallet were stolen',
          'Victim was approached at the bus stop and robbed of her phone at knifepoint',
          'Victim reports ongoing harassment and threats by text from the suspect',
        ][k],
      )}. ${[SEN('Suspect was arrested on scene and booked for assault 2nd degree'), 'No suspect identified; latent prints lifted from the driver door.', SEN('Suspect was arrested two blocks away and booked for robbery 1st degree'), 'Suspect not located; victim advised on protective order.'][k]}
${k === 0 ? SEN(`Victim transported to ${r.pick(['Mercy Hospital', 'OHSU ER'])} with a laceration to the left eyebrow`) : k === 2 ? SEN('Victim had a minor cut to the hand, treated on scene by EMS') : 'No injuries reported.'}`,
    );
  }

  // EF. Background-check reports, 5
  for (let k = 0; k < 5; k++) {
    const n = en();
    const hit = k !== 4;
    add(
      `bgcheck-${k}`,
      'background_check_en',
      `${r.pick(['Sterling', 'Checkr', 'HireRight', 'GoodHire'])} — Consumer Report
Candidate: ${PN(n)}    SSN: ${SSN(ssn())}    DOB: ${DOB(enDob(r.int(1968, 2002)))}
Current address: ${AD(usAd())}
Email: ${EM(mail(n))}    Phone: ${PH(usPh())}
County Criminal Search — ${r.pick(['Travis County, TX', 'Franklin County, OH', 'Multnomah County, OR'])}: ${hit ? 'RECORD FOUND' : 'CLEAR'}
${hit ? `${SEN(`Offense: ${r.pick(['Driving While Intoxicated – Class B misdemeanor', 'Possession of Marijuana < 2 oz', 'Theft of Property – felony (state jail)', 'Assault Causes Bodily Injury – Family Member'])}`)}
Offense date: ${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2009, 2022)}   Case #: ${r.digits(7)}
${SEN(`Disposition: ${r.pick(['Convicted; 2 yrs probation, $1,500 fine', 'Deferred adjudication, completed', 'Pled guilty; 180 days jail (suspended)'])}`)}
` : ''}Sex Offender Registry: CLEAR
Driving record: License ${r.pick(['TX', 'OH'])} ${r.digits(8)} — ${k === 1 ? SEN('1 DUI (2019)') : 'valid, no violations'}
Adjudication: ${hit ? 'Consider — pending individualized assessment' : 'Eligible'}   Analyst: ${PN(`${r.pick(['Jordan', 'Renee', 'Blake'])} ${r.pick(['Simms', 'Ortega', 'Yoon'])}`)}`,
    );
  }

  // EG. Church prayer lists, 2
  for (let k = 0; k < 2; k++) {
    const a = en();
    const b = en();
    const c = en();
    add(
      `prayer-${k}`,
      'prayer_list_en',
      `${SEN(`${['Grace Lutheran Church', 'St. Brigid’s Catholic Parish'][k]} – Members’ Prayer Chain`)} (please do not forward)
• ${PN(a)} — ${SEN(r.pick(['recovering from a double mastectomy', 'starting dialysis next week', 'in hospice care with ALS']))}
• ${PN(b)} and family — ${SEN(r.pick(['their son is in residential treatment for addiction', 'newly diagnosed with early-onset Alzheimer’s']))}
• ${PN(c)} — ${SEN(r.pick(['a family member is serving a prison sentence; pray for the family', 'recovering from heart bypass surgery']))}
Contact Pastor ${PN(`${r.pick(['Dan', 'Ruth'])} ${r.pick(['Eklund', 'Okoro'])}`)} at ${PH(usPh())} or ${EM(`prayer@${['gracelutheranmadison', 'stbrigidparish'][k]}.org`)}`,
    );
  }

  // EH. Pharmacy labels, 3
  for (let k = 0; k < 3; k++) {
    const n = en();
    add(
      `rx-label-${k}`,
      'pharmacy_label_en',
      `${k === 2 ? 'Boots' : `${['CVS Pharmacy', 'Walgreens'][k]} #${r.digits(5)}`}  ${PH(k === 2 ? ukPh() : usPh())}
Rx ${r.digits(7)}   ${PN(n.toUpperCase())}
${k === 2 ? AD(ukAd()) : AD(usAd())}
${SEN(r.pick(['SERTRALINE 100MG TAB — TAKE 1 TABLET BY MOUTH DAILY', 'TRUVADA 200-300MG TAB — TAKE 1 TABLET DAILY', 'NALTREXONE 50MG TAB — TAKE 1 TABLET DAILY', 'LITHIUM CARB 300MG CAP — TAKE 1 CAPSULE 3 TIMES DAILY']))}
QTY 30   REFILLS 2   Dr. ${PN(`${r.pick(['A.', 'J.', 'P.'])} ${r.pick(['Lindgren', 'Patel', 'Novak'])}`)}
DOB ${DOB(k === 2 ? ukDob() : enDob())}`,
    );
  }

  // EI. School nurse / IEP, 3
  for (let k = 0; k < 3; k++) {
    const c = en();
    const pa = en();
    add(
      `school-en-${k}`,
      'school_health_en',
      k < 2
        ? `${['Jefferson Elementary', 'Lincoln Middle School'][k]} — Health Office Log
Student: ${PN(c)}   Grade ${k === 0 ? 3 : 7}   DOB ${DOB(enDob(k === 0 ? 2017 : 2013))}
${SEN(`Conditions: ${['Type 1 diabetes (insulin pump)', 'Severe peanut allergy (EpiPen x2 in office)'][k]}`)}
${r.int(8, 14)}:${p2(r.int(0, 59))}  ${SEN(['BG 54 mg/dL, 15 g juice given, recheck 112', 'hives on arms after lunch, Benadryl per plan'][k])}
Parent contacted: ${PN(pa)} ${PH(usPh())}
Nurse: ${PN(`${r.pick(['Linda', 'Carmen'])} ${r.pick(['Haas', 'Delgado'])}`)}, RN`
        : `INDIVIDUALIZED EDUCATION PROGRAM (IEP) — excerpt
Student: ${PN(c)}   DOB: ${DOB(enDob(2015))}   ID ${r.digits(7)}
${SEN('Primary disability: Autism')}   ${SEN('Secondary: Speech or Language Impairment')}
Parent/Guardian: ${PN(pa)}, ${AD(usAd())}, ${PH(usPh())}
Accommodations: noise-cancelling headphones, extended time (1.5x), visual schedule
Case manager: ${PN(`${r.pick(['Tara', 'Greg'])} ${r.pick(['Whitlock', 'Oyelaran'])}`)}`,
    );
  }

  // EJ. Patient billing with a card, 3 (+1 Japanese clinic)
  for (let k = 0; k < 3; k++) {
    const n = en();
    const cc = k === 0 ? luhn(`4${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`) : k === 1 ? luhn(`5${r.int(1, 5)}${r.digits(2)}-${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`) : luhn(`37${r.digits(2)} ${r.digits(6)} ${r.digits(4)}`);
    add(
      `billing-${k}`,
      'patient_billing_en',
      `Patient payment form — ${['Bright Smiles Dental', 'Harbor Physical Therapy', 'Cascade Fertility Center'][k]}
Patient name: ${PN(n)}
Date of birth: ${DOB(enDob())}
Billing address: ${AD(usAd())}
Reason for balance: ${SEN(['Root canal and crown, tooth #19', 'PT for post-op ACL reconstruction, 12 visits', 'IVF cycle #2 — egg retrieval and ICSI'][k])}
Card number: ${CC(cc)}   Exp ${p2(r.int(1, 12))}/${r.int(27, 31)}   CVV ***
Cardholder: ${PN(n)}   Amount: $${r.int(200, 9800)}.00
Phone: ${PH(usPh())}`,
    );
  }
  {
    const p = P(1970, 2000);
    add(
      'billing-ja-0',
      'patient_billing_ja',
      `自費診療 お支払い控え（${CLINIC[7]}）
患者様：${PN(nm(p))}
${SEN('診療内容：体外受精（採卵・顕微授精）')}
お支払い：クレジットカード ${CC(luhn(fw(`35${r.digits(2)}-${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`)))}（一括）
金額：${r.int(30, 60)}万${r.digits(1)}千円
医療法人 法人番号：${CORP(corp(fw(`${r.int(1, 9)}${r.digits(11)}`)))}`,
    );
  }

  // EK. Hospital invoices paid from Europe (IBAN), 2
  {
    const n = en();
    add(
      'iban-0',
      'hospital_invoice_en',
      `Invoice — ${r.pick(['St Thomas’ Private Patients', 'The London Clinic'])}
Patient: ${PN(n)}   DOB ${DOB(ukDob())}   Hospital no. ${r.digits(8)}
${SEN('Episode: laparoscopic cholecystectomy, 2-night stay')}
Please remit to: Coutts & Co   IBAN ${IB(iban('GB', `NWBK${r.digits(6)}${r.digits(8)}`))}
Queries: ${EM('billing@privatepatients-example.co.uk'.replace('-example', 'unit'))}  ${PH(`020 7${r.digits(3)} ${r.digits(4)}`)}`,
    );
    const n2 = en();
    add(
      'iban-1',
      'reimbursement_en',
      `Reimbursement request — travel insurance (medical)
Insured: ${PN(n2)}   Policy ${r.pick(['TRV', 'AXA'])}-${r.digits(8)}
${SEN(`Treatment abroad: ${r.pick(['fractured right radius, cast applied, Hospital Universitario La Paz, Madrid', 'acute appendicitis, appendectomy at Charité Berlin'])}`)}
Refund to account: IBAN ${IB(iban('DE', `${r.digits(8)}${r.digits(10)}`, r.chance(0.5)))}   BIC ${r.pick(['COBADEFFXXX', 'DEUTDEDBBER'])}
Home address: ${AD(usAd())}`,
    );
  }

  // EL. Lab results (English), 3
  for (let k = 0; k < 3; k++) {
    const n = en();
    let mo = 0;
    let dd = 0;
    add(
      `lab-en-${k}`,
      'lab_result_en',
      `${r.pick(['LabCorp', 'Quest Diagnostics', 'ARUP Laboratories'])} — Final Report
Patient: ${PN(n.toUpperCase().replace(/^(\S+) (.*)$/, '$2, $1'))}   DOB: ${DOB(enDob())}
Ordering: ${PN(`${r.pick(['Dr. K.', 'Dr. S.'])} ${r.pick(['Ahmadi', 'Berglund'])}`.replace('Dr. ', ''))}
${SEN(r.pick(['HIV-1/2 Ag/Ab Combo: REACTIVE   HIV-1 RNA: 38,400 copies/mL', 'Hemoglobin A1c: 9.4 % (H)   Glucose, fasting: 212 mg/dL (H)', 'hCG, quantitative: 4,812 mIU/mL (pregnant range)', 'Hepatitis C Ab: POSITIVE   HCV RNA: 1.2 million IU/mL']))}
${SEN(r.pick(['TSH: 7.9 uIU/mL (H)', 'Creatinine: 2.1 mg/dL (H), eGFR 31', 'Chlamydia trachomatis NAA: DETECTED']))}
Sodium: 139 mmol/L
Collected ${(mo = r.int(1, 11))}/${(dd = r.int(1, 26))}/2026 08:${p2(r.int(0, 59))}   Reported ${mo}/${dd + 2}/2026`,
    );
  }

  // EM. Probation / parole notes, 2
  for (let k = 0; k < 2; k++) {
    const n = en();
    add(
      `probation-${k}`,
      'probation_en',
      `${k === 0 ? 'Adult Probation Department — Case Notes' : 'Probation Service — Contact Log'}
Client: ${PN(n)}   DOB: ${DOB(k === 0 ? enDob(r.int(1975, 2003)) : ukDob())}
${SEN(`Supervision: ${k === 0 ? '36 months felony probation (burglary, 2024)' : 'Community Order, 18 months (assault by beating)'}`)}
${r.int(1, 12)}/${r.int(1, 28)}/2026 — office visit. ${SEN(r.pick(['UA positive for methamphetamine', 'attending anger-management program, 6/12 sessions', 'missed last two appointments; warrant requested']))}. ${SEN(k === 0 ? 'Continues methadone at the county clinic' : 'Reports depression; referred to the community mental health team')}.
Residence verified: ${AD(k === 0 ? usAd() : ukAd())}   Phone ${PH(k === 0 ? usPh() : ukPh())}
Officer ${PN(`${r.pick(['T.', 'M.'])} ${r.pick(['Granger', 'Oduya'])}`)}`,
    );
  }

  // ----- Hard negatives (no person)
  const DRUGS: [string, string, string, string, string][] = [
    ['ドネペジル塩酸塩OD錠5mg「サワイ」', 'アルツハイマー型認知症及びレビー小体型認知症における認知症症状の進行抑制', '沢井製薬株式会社', '1190012F2', '失神、徐脈、心ブロック、QT延長、心筋梗塞、心不全'],
    ['メトホルミン塩酸塩錠250mgMT「トーワ」', '2型糖尿病', '東和薬品株式会社', '3962002F1', '乳酸アシドーシス、低血糖、肝機能障害、黄疸、横紋筋融解症'],
    ['レボチロキシンナトリウム錠50μg', '甲状腺機能低下症（原発性及び下垂体性）、橋本病に伴う甲状腺腫', 'あすか製薬株式会社', '2431004F2', 'ショック、狭心症、肝機能障害、黄疸、副腎クリーゼ'],
  ];
  DRUGS.forEach(([drug, ind, maker, yj, adr], k) => {
    neg(
      `tenpu-${k}`,
      'package_insert_ja',
      `${r.int(2024, 2026)}年${r.int(1, 12)}月改訂（第${r.int(2, 9)}版）
日本標準商品分類番号 ${r.digits(6)}
承認番号 ${r.int(22000, 30600)}AMX${r.digits(5)}　販売開始 ${r.int(2008, 2020)}年${r.int(1, 12)}月
薬価基準収載医薬品コード ${yj}${r.int(0, 9)}${r.digits(2)}
${drug}
4. 効能又は効果
${ind}
6. 用法及び用量
通常、成人には1日1回${r.pick(['5mg', '1錠', '250mg'])}を経口投与する。なお、年齢、症状により適宜増減する。
9. 特定の背景を有する患者に関する注意
9.2 腎機能障害患者　9.5 妊婦　9.8 高齢者
11. 副作用
11.1 重大な副作用　${adr}（いずれも頻度不明）
製造販売元　${maker}
文献請求先及び問い合わせ先　同社 くすり相談窓口`,
    );
  });
  neg(
    'fda-label-0',
    'drug_label_en',
    `HIGHLIGHTS OF PRESCRIBING INFORMATION
These highlights do not include all the information needed to use SERTRALINE HYDROCHLORIDE TABLETS safely and effectively.
WARNING: SUICIDAL THOUGHTS AND BEHAVIORS — Increased risk of suicidal thoughts and behaviors in pediatric and young adult patients taking antidepressants.
INDICATIONS AND USAGE: major depressive disorder (MDD), obsessive-compulsive disorder (OCD), panic disorder (PD), posttraumatic stress disorder (PTSD), social anxiety disorder (SAD), premenstrual dysphoric disorder (PMDD).
DOSAGE AND ADMINISTRATION: MDD and OCD: 50 mg once daily.
NDC ${r.digits(5)}-${r.digits(3)}-${r.digits(2)}   Revised: ${r.int(1, 12)}/2025`,
  );
  neg(
    'fda-label-1',
    'drug_label_en',
    `Drug Facts
Active ingredient (in each tablet): Loratadine 10 mg — Antihistamine
Uses: temporarily relieves these symptoms due to hay fever or other upper respiratory allergies: runny nose, sneezing, itchy, watery eyes
Warnings: Do not use if you have ever had an allergic reaction to this product. Ask a doctor before use if you have liver or kidney disease.
Directions: adults and children 6 years and over: 1 tablet daily; not more than 1 tablet in 24 hours
Lot ${r.pick(['K', 'L'])}${r.digits(5)}   EXP ${p2(r.int(1, 12))}/2028   UPC 3 ${r.digits(5)} ${r.digits(5)} ${r.digits(1)}`,
  );
  neg(
    'awareness-0',
    'health_page_ja',
    `糖尿病とは｜からだと健康のはなし
糖尿病は、インスリンの働きが不十分なために血糖値が高い状態が続く病気です。日本では「糖尿病が強く疑われる人」が約1,000万人と推計されています。
主な症状：のどが渇く、尿の回数が増える、体重が減る。初期には自覚症状がほとんどありません。
合併症：網膜症、腎症、神経障害（三大合併症）。
健康診断でHbA1c 6.5%以上、空腹時血糖126mg/dL以上の場合は、医療機関の受診をおすすめします。`,
  );
  neg(
    'awareness-1',
    'health_page_ja',
    `こころの不調に気づいたら
2週間以上、気分が落ち込む・眠れない・食欲がないといった状態が続く場合、うつ病の可能性があります。うつ病は誰でもかかる可能性のある病気で、治療によって回復が期待できます。
ひとりで抱え込まず、かかりつけ医や精神保健福祉センター、「こころの耳」などの相談窓口を利用してください。
※このページは一般的な情報提供を目的としています。`,
  );
  neg(
    'awareness-2',
    'health_page_ja',
    `HIV検査・相談のご案内
保健所では、HIV・梅毒・クラミジアの検査を無料・匿名で受けられます。
検査日：毎月第2・第4火曜日　13:30〜15:00（予約制）
結果は約1週間後、ご本人に直接お伝えします。電話での結果告知は行っていません。
HIV感染症は、早期に治療を始めればエイズの発症を防ぐことができます。名前や住所を伝える必要はありません。`,
  );
  neg(
    'awareness-en-0',
    'health_page_en',
    `About Crohn's Disease
Crohn's disease is a type of inflammatory bowel disease (IBD) that causes chronic inflammation of the digestive tract. It is named after Dr. Burrill B. Crohn, who described it in 1932. Symptoms include diarrhea, abdominal pain, weight loss and fatigue. There is no cure, but treatments such as aminosalicylates, corticosteroids and biologics can help. Talk to your healthcare provider if you have persistent symptoms.`,
  );
  neg(
    'tariff-0',
    'fee_schedule_ja',
    `診療報酬点数表（医科）抜粋
区分\t項目\t点数
A000\t初診料\t291
A001\t再診料\t75
B000\t特定疾患療養管理料（診療所）\t225
D005\t血液形態・機能検査 5 ヘモグロビンA1c（HbA1c）\t49
I002\t通院・在宅精神療法（30分以上）\t410
J038\t人工腎臓 1 慢性維持透析を行った場合1（4時間未満）\t1,876
レセプト電算処理システム用コード 11${r.digits(7)} / 11${r.digits(7)} / 16${r.digits(7)}`,
  );
  neg(
    'tariff-1',
    'fee_schedule_ja',
    `介護報酬 単位数表（訪問介護）
サービスコード,サービス内容,単位数
11${r.digits(4)},身体介護1（20分以上30分未満）,244
11${r.digits(4)},身体介護2（30分以上1時間未満）,387
12${r.digits(4)},生活援助2（20分以上45分未満）,179
13${r.digits(4)},通院等乗降介助,97
※1単位の単価は地域区分により10円〜11.40円`,
  );
  neg(
    'stats-0',
    'statistics_ja',
    `患者調査（傷病分類別 推計患者数、単位：千人）
傷病分類\t入院\t外来
高血圧性疾患\t${r.int(4, 9)}.${r.digits(1)}\t${r.int(550, 620)}.${r.digits(1)}
糖尿病\t${r.int(14, 20)}.${r.digits(1)}\t${r.int(210, 240)}.${r.digits(1)}
統合失調症、統合失調症型障害\t${r.int(120, 150)}.${r.digits(1)}\t${r.int(50, 70)}.${r.digits(1)}
気分［感情］障害（躁うつ病を含む）\t${r.int(25, 35)}.${r.digits(1)}\t${r.int(90, 120)}.${r.digits(1)}
アルツハイマー病\t${r.int(40, 55)}.${r.digits(1)}\t${r.int(60, 80)}.${r.digits(1)}
出典：厚生労働省「患者調査」を基に作成`,
  );
  neg(
    'stats-1',
    'statistics_ja',
    `刑法犯 認知件数の推移（罪種別）
年次,総数,窃盗犯,粗暴犯,凶悪犯,知能犯
2021,568104,381769,51009,4149,36663
2022,601331,407911,52701,4437,41308
2023,703351,483695,58474,5750,49313
2024,${r.int(730000, 760000)},${r.int(500000, 520000)},${r.int(58000, 62000)},${r.int(5800, 6400)},${r.int(50000, 56000)}
注：警察庁の統計による。再犯者率は${r.int(46, 49)}.${r.digits(1)}%。`,
  );
  neg(
    'stats-2',
    'statistics_ja',
    `被保護者調査（月次）概要
被保護実人員　${r.int(198, 202)}万${r.digits(4)}人（対前年同月 ${r.int(1, 3)}.${r.digits(1)}%減）
被保護世帯数　${r.int(164, 166)}万${r.digits(4)}世帯
世帯類型別：高齢者世帯 55.${r.digits(1)}%、障害者・傷病者世帯 24.${r.digits(1)}%、母子世帯 3.${r.digits(1)}%、その他 16.${r.digits(1)}%
保護開始世帯数 ${r.int(18, 22)},${r.digits(3)}世帯`,
  );
  neg(
    'case-abstract-0',
    'case_report_ja',
    `【症例報告】抗NMDA受容体脳炎の一例
症例は20歳代女性。発熱と頭痛に続き、幻覚・異常行動が出現し当院に搬送された。髄液検査で細胞数増多を認め、抗NMDA受容体抗体陽性。骨盤MRIで右卵巣奇形腫を認め、腫瘍摘出とステロイドパルス療法、IVIgを行い、第${r.int(40, 90)}病日に自宅退院した。
キーワード：自己免疫性脳炎、卵巣奇形腫、免疫療法
（個人が特定されないよう、日付等の一部を改変している）`,
  );
  neg(
    'case-abstract-1',
    'case_report_ja',
    `演題番号 P-${r.int(100, 480)}　高齢者の多剤併用（ポリファーマシー）に対する薬剤師介入の効果
【方法】${r.int(2023, 2024)}年4月〜翌3月に当院へ入院した75歳以上の患者${r.int(180, 420)}例を対象とし、入院時の内服薬数と退院時の変化を後方視的に調査した。
【結果】平均薬剤数は${r.int(8, 10)}.${r.digits(1)}剤から${r.int(5, 7)}.${r.digits(1)}剤へ減少した。睡眠薬・抗コリン薬の中止が多かった。
【結論】多職種による処方見直しは有用である。開示すべきCOIはない。`,
  );
  neg(
    'case-abstract-en-0',
    'case_report_en',
    `Case report: A 64-year-old man with a history of alcohol use disorder presented with confusion, ataxia and ophthalmoplegia. MRI showed symmetric signal change in the mammillary bodies. Intravenous thiamine led to rapid improvement of ophthalmoplegia within 48 hours. Wernicke encephalopathy should be considered in any patient with malnutrition. Patient consent was obtained; identifying details have been removed.`,
  );
  neg(
    'court-stats-0',
    'court_statistics_ja',
    `司法統計年報（家事編）抜粋
事件の種類\t新受\t既済\t未済
婚姻関係事件（夫婦関係調整調停）\t${r.int(36000, 42000)}\t${r.int(36000, 42000)}\t${r.int(18000, 22000)}
子の監護に関する処分（養育費）\t${r.int(16000, 19000)}\t${r.int(16000, 19000)}\t${r.int(8000, 10000)}
保護命令事件\t${r.int(1200, 1700)}\t${r.int(1200, 1700)}\t${r.int(80, 150)}
少年保護事件（一般）\t${r.int(28000, 34000)}\t${r.int(28000, 34000)}\t${r.int(3000, 5000)}`,
  );
  neg(
    'court-stats-en-0',
    'court_statistics_en',
    `Criminal court statistics, quarterly: October to December
Receipts in the magistrates' courts rose ${r.int(2, 6)}% on the same quarter last year to ${r.int(380, 420)},000 cases. The Crown Court outstanding caseload reached ${r.int(70, 78)},${r.digits(3)}, a new high. Median time from offence to completion was ${r.int(170, 230)} days. Custody rate for indictable offences: ${r.int(30, 36)}.${r.digits(1)}%.`,
  );
  neg(
    'hypo-0',
    'law_textbook_ja',
    `【設例】甲は、乙から借りた自転車を無断で丙に売却し、代金3万円を受け取った。その後、乙は丙に対し自転車の返還を求めた。
（1）甲の罪責を論ぜよ。（2）乙は丙に対して返還請求をすることができるか。丙が善意無過失であった場合はどうか。
【解説】甲の行為は委託物横領罪（刑法252条1項）に該当する。民法192条（即時取得）の要件を満たすときは、丙は所有権を取得する。`,
  );
  neg(
    'hypo-1',
    'law_textbook_ja',
    `事例演習　Aは、妻Bからの暴力を理由に離婚を求めて家庭裁判所に調停を申し立てた。Bは暴力を否認し、長男C（8歳）の親権を主張している。
問1　AはBに対し配偶者暴力防止法に基づく保護命令を申し立てることができるか。
問2　調停不成立の場合、Aがとるべき手続を説明せよ。`,
  );
  neg(
    'hypo-en-0',
    'law_textbook_en',
    `Problem question: A, angry at B for a debt, pushes B, who falls and strikes his head. B is taken to hospital where, owing to negligent treatment by Dr C, he dies. Discuss A's liability for homicide, with reference to R v Smith [1959] 2 QB 35 and R v Cheshire [1991] 1 WLR 844. Would your answer differ if B had refused a blood transfusion on religious grounds (R v Blaue [1975])?`,
  );
  neg(
    'hours-0',
    'clinic_page_ja',
    `診療時間のご案内
　　　　　月 火 水 木 金 土 日
9:00〜12:30　○ ○ ○ ○ ○ ○ ／
15:00〜18:30　○ ○ ／ ○ ○ ／ ／
休診日：水曜午後・土曜午後・日曜・祝日
※初診の方は受付終了30分前までにお越しください。
※マイナ保険証がご利用いただけます。
※発熱のある方は、来院前にWeb問診をお願いします。`,
  );
  neg(
    'hours-1',
    'clinic_page_ja',
    `外来担当医表（${r.int(2026, 2026)}年${r.int(4, 10)}月）
診療科\t月\t火\t水\t木\t金
内科\t院長\t副院長\t院長\t非常勤\t院長
循環器内科\t－\t第2・4\t－\t○\t－
もの忘れ外来\t予約制\t－\t－\t予約制\t－
※学会出張等により変更になる場合があります。`,
  );
  neg(
    'hours-en-0',
    'clinic_page_en',
    `Flu Shot Clinic — Walk-ins Welcome
Mon–Fri 9am–7pm, Sat 9am–5pm, Sun closed
Most insurance plans accepted, including Medicare Part B. No appointment needed.
COVID-19 boosters available the same visit. Ages 3 and up. Please bring your insurance card.`,
  );
  neg(
    'job-0',
    'job_posting_ja',
    `【求人】病棟看護師（正職員）
勤務地：本院（駅徒歩5分）
給与：月給${r.int(26, 32)}万円〜（夜勤手当別途）
福利厚生：社会保険完備、退職金制度、年2回の健康診断、予防接種（インフルエンザ）無料、院内保育所あり
応募資格：正看護師免許
選考：書類選考→面接→健康診断書の提出
※応募書類は採用目的以外に使用しません。`,
  );
  neg(
    'job-en-0',
    'job_posting_en',
    `Job posting: Medical Records Technician (RHIT)
Full-time, Day shift. Responsibilities: code diagnoses and procedures using ICD-10-CM/PCS and CPT; maintain HIPAA compliance; release of information to authorized requesters.
Requirements: RHIT credential, 2+ years of hospital coding. Pre-employment drug screen, background check and TB test required. Equal Opportunity Employer.`,
  );
  neg(
    'it-0',
    'it_incident_ja',
    `【障害報告】電子カルテ参照系の遅延について（第2報）
発生日時：${day26()} 08:42〜10:15
影響範囲：外来端末からのカルテ参照、処方オーダの送信
原因：DBサーバのディスクI/O飽和（夜間バッチの長時間化）
対応：バッチを停止しフェイルオーバー。09:58以降は正常。
再発防止：バッチのスケジュール変更、監視閾値の見直し
障害管理番号 INC-${r.digits(7)}`,
  );
  neg(
    'it-1',
    'it_incident_ja',
    `システム障害のお知らせ
オンライン資格確認システムにおいて、一部の医療機関で資格情報が取得できない障害が発生しています。障害発生時は、被保険者証等により資格確認を行ってください。復旧見込みは本日17時です。`,
  );
  neg(
    'it-en-0',
    'it_incident_en',
    `Incident postmortem: pharmacy dispensing queue outage
Impact: 47 minutes of delayed e-prescription routing across 12 stores. No patient data was exposed.
Root cause: expired TLS certificate on the HL7 interface engine (${r.pick(['mirth-prod-02', 'rhapsody-b'])}).
Action items: automate certificate rotation (owner: platform team), add expiry alerting at 30/7/1 days.`,
  );
  neg(
    'church-cal-0',
    'church_calendar_en',
    `Parish calendar — Advent
Sun 10:30 Family Mass & children's liturgy
Tue 19:00 Bible study (parish hall)
Thu 10:00 Knit & Natter
Sat 14:00 Christmas fair — cakes, tombola, Santa's grotto
Blood pressure checks by volunteer nurses after Sunday Mass. All welcome!`,
  );
  neg(
    'church-cal-1',
    'temple_calendar_ja',
    `寺院 年間行事予定
1月1日　修正会
3月20日　春季彼岸会（午後2時より法話）
8月13日〜15日　盂蘭盆会・施餓鬼法要
9月23日　秋季彼岸会
12月31日　除夜の鐘（どなたでもおつきいただけます）
※永代供養・墓地のご相談は寺務所まで`,
  );
  neg(
    'vaccine-schedule-0',
    'vaccine_schedule_ja',
    `定期予防接種スケジュール（乳幼児）
ワクチン\t接種時期\t回数
B型肝炎\t生後2か月〜\t3回
ロタウイルス\t生後2か月〜\t2回または3回
小児用肺炎球菌\t生後2か月〜\t4回
五種混合\t生後2か月〜\t4回
BCG\t生後5〜8か月未満\t1回
MR（麻しん風しん）\t1歳、年長\t2回
水痘\t1歳〜\t2回`,
  );
  neg(
    'dock-price-0',
    'price_list_ja',
    `人間ドック コース・料金（税込）
日帰りドック　${r.int(42, 49)},${r.digits(3)}円
脳ドック（MRI・MRA）　${r.int(28, 36)},${r.digits(3)}円
胃カメラ追加　${r.int(8, 12)},${r.digits(3)}円
乳がん検診（マンモグラフィ）　${r.int(5, 7)},${r.digits(3)}円
腫瘍マーカー（CEA・CA19-9・PSA）　各${r.int(2, 3)},${r.digits(3)}円
※健康保険組合の補助が利用できる場合があります。`,
  );
  neg(
    'hokendayori-0',
    'school_newsletter_ja',
    `ほけんだより 11月号
かぜやインフルエンザが流行する季節になりました。本校でも先週、1年生で学級閉鎖がありました。
◆手洗い・うがいをしっかりしましょう
◆睡眠時間を十分にとりましょう（小学生は9〜12時間が目安）
◆朝ごはんを食べてから登校しましょう
今月の保健室来室者数：のべ${r.int(180, 320)}人（けが ${r.int(40, 90)}、内科 ${r.int(90, 200)}）`,
  );
  neg(
    'police-notice-0',
    'police_notice_ja',
    `特殊詐欺にご注意ください！
管内で、市役所職員を名乗り「医療費の還付金がある」とATMに誘導する電話が多発しています。
・ATMで還付金は受け取れません
・「キャッシュカードを預かる」は詐欺です
・不審な電話はすぐに切り、家族や警察に相談してください
今年の管内被害件数：${r.int(20, 60)}件　被害総額 約${r.int(1, 4)}億${r.int(1, 9)}千万円`,
  );
  neg(
    'hanrei-0',
    'case_law_summary_ja',
    `最高裁判所第三小法廷 判決（平成${r.int(12, 30)}年(受)第${r.int(100, 2000)}号）
判示事項：医師が患者の宗教上の信念に基づく輸血拒否の意思を尊重すべき義務の有無
判決要旨：患者が、輸血を受けることは自己の宗教上の信念に反するとして、輸血を伴う医療行為を拒否するとの明確な意思を有している場合、このような意思決定をする権利は、人格権の一内容として尊重されなければならない。
参照法条：民法709条、710条`,
  );
  neg(
    'hipaa-0',
    'privacy_policy_en',
    `NOTICE OF PRIVACY PRACTICES
This notice describes how medical information about you may be used and disclosed and how you can get access to this information. Please review it carefully.
We may use and share your health information to treat you, to bill for your services, and to run our organization. We are required by law to maintain the privacy and security of your protected health information. You have the right to get an electronic or paper copy of your medical record, to ask us to correct it, and to file a complaint with the Office for Civil Rights.
Effective date: April 14, 2003; revised ${r.int(1, 12)}/${r.int(1, 28)}/2025`,
  );
  neg(
    'yakka-0',
    'drug_price_ja',
    `薬価基準収載品目リスト（抜粋）
薬価基準収載医薬品コード,成分名,品名,規格,薬価
2149039F1${r.digits(3)},アムロジピンベシル酸塩,アムロジピン錠5mg「明治」,5mg1錠,10.40
3962002F1${r.digits(3)},メトホルミン塩酸塩,メトグルコ錠250mg,250mg1錠,10.10
1179041F1${r.digits(3)},エスシタロプラムシュウ酸塩,レクサプロ錠10mg,10mg1錠,${r.int(90, 130)}.${r.digits(2)}
6250047F1${r.digits(3)},ビクテグラビル・エムトリシタビン・テノホビル,ビクタルビ配合錠,1錠,${r.int(6000, 7000)}.${r.digits(1)}0`,
  );
  neg(
    'bar-exam-0',
    'exam_question_ja',
    `〔第${r.int(10, 30)}問〕（配点：2）
次のアからオまでの各記述のうち、判例の趣旨に照らし正しいものを2個選びなさい。
ア．窃盗の被害者が犯人から盗品を取り戻す行為は、自救行為として常に違法性が阻却される。
イ．保護観察付執行猶予中の者が再び罪を犯した場合、刑の執行猶予は必ず取り消される。
ウ．少年法61条は、家庭裁判所の審判に付された少年の氏名等の推知報道を禁止している。
エ．前科は、名誉ないし信用に直接かかわる事項であり、みだりに公開されない法的利益がある。`,
  );
  neg(
    'sentencing-en-0',
    'sentencing_guideline_en',
    `Sentencing guideline: Assault occasioning actual bodily harm
Culpability A (high): significant degree of planning; use of a weapon; intention to cause fear of serious harm.
Harm category 1: serious physical injury or serious psychological harm.
Starting point (A1): 1 year 6 months' custody; category range 1–3 years' custody.
Aggravating factors: previous convictions, offence committed on bail, domestic context.`,
  );
  neg(
    'guideline-0',
    'guideline_ja',
    `障害を理由とする差別の解消の推進に関する対応指針（医療関係事業者向け）抜粋
不当な差別的取扱いの例：障害があることを理由に診療を拒否する。
合理的配慮の例：聴覚障害のある患者に筆談やタブレットで説明する、車いす利用者のために診察台の高さを調整する、知的障害のある患者にわかりやすい言葉やイラストで説明する。`,
  );
  neg(
    'app-release-0',
    'release_notes_ja',
    `おくすり手帳アプリ v${r.int(5, 7)}.${r.int(0, 9)}.${r.int(0, 9)} リリースノート
・QRコード読み取りで、処方内容（JAHIS形式 Ver.2.4）の取り込みに対応しました
・服薬アラームの通知が鳴らない不具合を修正しました
・家族の手帳を最大10人まで登録できるようになりました
・Android 9 以前のサポートを終了します`,
  );
  neg(
    'incident-anon-0',
    'safety_report_ja',
    `医療安全ニュース（院内向け）
【事例】病棟で、同姓の患者2名の内服薬を取り違えて配薬した。患者への影響はなかった（レベル1）。
【背景】同室に同姓の患者がいた。リストバンドの確認を省略した。
【対策】配薬時は「フルネーム＋生年月日」を患者本人に名乗ってもらう。同姓患者はベッドネームに注意喚起シールを貼る。`,
  );
  neg(
    'ijime-stats-0',
    'statistics_ja',
    `いじめの認知件数（学校種別）
学校種\t認知件数\t1,000人当たり\t重大事態
小学校\t${r.int(580000, 600000)}\t${r.int(88, 95)}.${r.digits(1)}\t${r.int(300, 400)}
中学校\t${r.int(120000, 130000)}\t${r.int(37, 41)}.${r.digits(1)}\t${r.int(450, 520)}
高等学校\t${r.int(16000, 18000)}\t${r.int(5, 6)}.${r.digits(1)}\t${r.int(80, 120)}
特別支援学校\t${r.int(3000, 3500)}\t${r.int(20, 24)}.${r.digits(1)}\t${r.int(3, 10)}`,
  );
  neg(
    'privacy-clinic-0',
    'privacy_policy_ja',
    `個人情報の取扱いについて（院内掲示）
当院では、患者さんの個人情報を診療、会計、保険請求、他の医療機関との連携（紹介状の作成等）に利用します。要配慮個人情報である病歴等は、法令に基づく場合を除き、ご本人の同意なく第三者に提供しません。
ご家族への病状説明を希望されない場合は、受付にお申し出ください。`,
  );
  neg(
    'form-blank-0',
    'blank_form_ja',
    `問診票（記入例は裏面）
お名前：＿＿＿＿＿＿＿＿
生年月日：昭和・平成・令和　　年　　月　　日
電話番号：（　　　）　　　－
現在治療中の病気：□なし　□あり（病名：　　　　）
アレルギー：□なし　□薬（　　）　□食物（　　）
妊娠中ですか：□はい　□いいえ`,
  );
  neg(
    'order-0',
    'supply_order_ja',
    `医薬品発注書（院内SPD）
発注番号 ${luhn(`${r.int(1, 9)}${r.digits(14)}`)}
受付番号 ${mn(`${r.int(1, 9)}${r.digits(10)}`)}
品目,JAN,数量
ヘパリンロック用シリンジ 10mL,49${r.digits(11)},${r.int(5, 40)}箱
滅菌ガーゼ 30cm×30cm,49${r.digits(11)},${r.int(5, 40)}袋
ニトリル手袋 M,49${r.digits(11)},${r.int(10, 80)}箱
納品予定日 ${day26()}`,
  );
  neg(
    'disease-names-0',
    'glossary_ja',
    `人名に由来する病名の例
パーキンソン病（ジェームズ・パーキンソン）、アルツハイマー病（アロイス・アルツハイマー）、橋本病（橋本策）、川崎病（川崎富作）、クローン病、ベーチェット病、バセドウ病、ハンチントン病、メニエール病。
いずれも発見・報告した医師の名にちなむ。現在は疾患の本態に基づく名称への変更が議論されているものもある。`,
  );
  neg(
    'religion-article-0',
    'encyclopedia_ja',
    `浄土真宗の年中行事
浄土真宗では、宗祖親鸞聖人の祥月命日に合わせて報恩講が営まれる。本願寺派では1月9日から16日まで、真宗大谷派では11月21日から28日までが一般的である。門徒は各寺院の報恩講に参詣し、お斎をいただく習わしがある。`,
  );
  neg(
    'kaigo-faq-0',
    'faq_ja',
    `介護保険Q&A
Q. 要介護認定の申請には何が必要ですか？
A. 申請書、介護保険被保険者証、（第2号被保険者の方は）医療保険の被保険者証が必要です。マイナンバーの記入が必要ですので、本人確認書類をお持ちください。
Q. 結果はいつ届きますか？
A. 原則として申請から30日以内に通知します。`,
  );
  return out;
}

export const INDEPENDENT11: IndependentDoc[] = buildIndependent11();
