// Formats that exports and forms really use: CSV cells after a date, JSON keys, vCard, split name columns, English
// snake_case headers, names in capitals, TEL. prefixes — and the look-alikes that must stay quiet.
import { describe, expect, it } from 'vitest';
import { scan, type FindingType } from '../../utils/detect';

const found = (text: string, type: FindingType) => scan(text).findings.filter((f) => f.confidence >= 0.8 && f.type === type).map((f) => text.slice(f.start, f.end));

describe('a cell after a date cell', () => {
  it('a phone or a postal code right after "date," is not a thousands group of the date', () => {
    expect(found('山田 太郎,1976/04/05,092-620-9242,yamada@example.jp', 'phone')).toEqual(['092-620-9242']);
    expect(found('氏名,生年月日,郵便番号\n山田 太郎,1974-08-12,464-0850', 'jp_postal_code')).toEqual(['464-0850']);
    expect(found('氏名,生年月日,郵便番号\n山田 太郎,1974-08-12,464-0850', 'date_of_birth')).toEqual(['1974-08-12']);
  });
  it('real thousands separators still make no number', () => {
    expect(found('価格 1,234,567円', 'phone')).toEqual([]);
    expect(found('売上 2,345,678,901 円', 'phone')).toEqual([]);
  });
});

describe('phones as letterheads write them', () => {
  it('TEL. and ＦＡＸ． with a dot', () => {
    expect(found('TEL.03-3581-2210', 'phone')).toEqual(['03-3581-2210']);
    expect(found('ＴＥＬ．０１２０－３３０－８８１（受付９：００～）', 'phone')).toEqual(['０１２０－３３０－８８１']);
    expect(found('v1.2 build a.1234567', 'phone')).toEqual([]);
  });
  it('an amount\'s unit at the end of the line above (420万円) is no label for the number below', () => {
    expect(found('年収：420万円\n連帯保証人：樋口 瑞穂（父）　090-8169-6224', 'phone')).toEqual(['090-8169-6224']);
    expect(found('合計\n090-8169-6224', 'phone')).toEqual([]);
  });
  it('+81 with the trunk zero kept in brackets', () => {
    expect(found('+81(0)3-6206-4411', 'phone')).toEqual(['+81(0)3-6206-4411']);
    expect(found('Tel: +81 (0)3 6206 4411', 'phone')).toEqual(['+81 (0)3 6206 4411']);
  });
});

describe('exports: JSON, vCard, split and snake_case columns', () => {
  it('JSON keys label their values', () => {
    const j = '{"lastName": "大平", "firstName": "早恵", "postalCode": "7300011", "birthDate": "1980-10-09", "phoneNumber": "09012345678"}';
    expect(found(j, 'person_name')).toEqual(['大平', '早恵']);
    expect(found(j, 'jp_postal_code')).toEqual(['7300011']);
    expect(found(j, 'date_of_birth')).toEqual(['1980-10-09']);
    expect(found(j, 'phone')).toEqual(['09012345678']);
  });
  it('a quote alone is no separator: 氏名"東京都 is not a field', () => {
    expect(found('氏名"東京都', 'person_name')).toEqual([]);
  });
  it('vCard: BDAY, and the postal code after the address in ADR', () => {
    const v = 'BEGIN:VCARD\nN:田上;幸宏;;;\nADR;TYPE=HOME:;;熊本県熊本市中央区花畑町4番1号;;;860-0806;Japan\nBDAY:1974-11-06\nEND:VCARD';
    expect(found(v, 'date_of_birth')).toEqual(['1974-11-06']);
    expect(found(v, 'jp_postal_code')).toEqual(['860-0806']);
  });
  it('split name columns: 姓 名 セイ メイ', () => {
    const csv = 'No,姓,名,セイ,メイ,電話,誕生日\n1,大平,早恵,オオヒラ,サエ,090-1234-5678,1980/10/09\n2,片岡,翔貴,カタオカ,ショウキ,080-2222-3333,1991/02/03';
    expect(found(csv, 'person_name')).toEqual(['大平', '早恵', 'オオヒラ', 'サエ', '片岡', '翔貴', 'カタオカ', 'ショウキ']);
    expect(found(csv, 'date_of_birth')).toEqual(['1980/10/09', '1991/02/03']);
  });
  it('English snake_case and two-word headers', () => {
    const csv = 'customer_id,full_name,email,date_of_birth\n1001,Yuki Tanaka,yt@example.com,1980-10-09';
    expect(found(csv, 'person_name')).toEqual(['Yuki Tanaka']);
    expect(found(csv, 'date_of_birth')).toEqual(['1980-10-09']);
    expect(found('ID\tLast Name\tFirst Name\n1\tHasegawa\tTomoe\n2\tKondo\tYuma', 'person_name')).toEqual(['Hasegawa', 'Tomoe', 'Kondo', 'Yuma']);
  });
  it('a label in a name column ends the table: TEL is no name', () => {
    const t = 'お名前\t電話\n宮川　紗生\t080-2839-7694\n契約者名\t中西 未琉\nTEL\t03-6693-7456';
    expect(found(t, 'person_name')).not.toContain('TEL');
  });
});

describe('names in labelled fields', () => {
  it('names in capitals, as passports, cards and forms write them', () => {
    expect(found('氏名 NGUYEN VAN AN', 'person_name')).toEqual(['NGUYEN VAN AN']);
    expect(found('カード名義：RYOSUKE KISHIMOTO', 'person_name')).toEqual(['RYOSUKE KISHIMOTO']);
    expect(found('氏名（ローマ字）：OHIRA YUMI', 'person_name')).toEqual(['OHIRA YUMI']);
    expect(found('Name: TANAKA Taro', 'person_name')).toEqual(['TANAKA Taro']);
  });
  it('what a name field holds when it holds no name', () => {
    expect(found('Name: TBD', 'person_name')).toEqual([]);
    expect(found('Name: NASA project', 'person_name')).toEqual([]);
    expect(found('氏名：全角で入力してください\nフリガナ：全角カタカナ', 'person_name')).toEqual([]);
  });
  it('who handled, wrote or checked a record', () => {
    expect(found('対応者：小池\n確認者：村上', 'person_name')).toEqual(['小池', '村上']);
    expect(found('作成者: 中島 健', 'person_name')).toEqual(['中島 健']);
  });
  it('label words that are ordinary words need a separator, and English ones a colon', () => {
    expect(found('渡辺氏が利用者アンケートを取りまとめる。', 'person_name')).not.toContain('アンケートを取りまとめる');
    expect(found('Best regards,\nAisha Khan\nCustomer Care | +1 800 958 9730', 'person_name')).not.toContain('Care');
    expect(found('1. SATO/KENICHI MR  Seat 12A', 'person_name')).not.toContain('Seat');
    expect(found("It's under my partner's name Kevin Vajda", 'person_name')).toEqual(['Kevin Vajda']);
  });
});

describe('dates of birth', () => {
  it('in a passport: 14 MAR 1979', () => {
    expect(found('生年月日：14 MAR 1979\n有効期限：02 APR 2031', 'date_of_birth')).toEqual(['14 MAR 1979']);
  });
  it('with full-width slashes, on the line under its label', () => {
    expect(found('誕生日\n１９７０／８／４\n最終活動日\n2025/11/10', 'date_of_birth')).toEqual(['１９７０／８／４']);
  });
  it('written with 生 / 生まれ after it', () => {
    expect(found('氏名 斎藤 大輔  昭和58年9月2日生\n住所 静岡県', 'date_of_birth')).toEqual(['昭和58年9月2日']);
    expect(found('園児名：五十嵐 凛（令和2年6月14日生）', 'date_of_birth')).toEqual(['令和2年6月14日']);
    expect(found('山田さんは1990年4月1日生まれです。', 'date_of_birth')).toEqual(['1990年4月1日']);
  });
  it('other dates before 生 are not births', () => {
    expect(found('2024年4月1日生活相談窓口を開設', 'date_of_birth')).toEqual([]);
    expect(found('新入生 2024年4月1日入学', 'date_of_birth')).toEqual([]);
  });
});

describe('identity numbers as documents write them', () => {
  it('a residence card number with spaces between its parts', () => {
    expect(found('在留カード番号 ZT 89473444 NX', 'jp_residence_card')).toEqual(['ZT 89473444 NX']);
  });
  it('the invoice registration number: T and a corporate number', () => {
    expect(found('登録番号 T3174291663080', 'corporate_number')).toEqual(['3174291663080']);
    expect(found('請求書 T2120001077461 御中', 'corporate_number')).toEqual(['2120001077461']);
    expect(found('型番 XT2120001077461', 'corporate_number')).toEqual([]);
  });
  it('a list under a heading that names the numbers', () => {
    const list = 'マイナンバー収集リスト（扶養家族含む）\n本人　石橋 幸宏　3108-4452-9014\n配偶者　石橋 陽子　5527-0163-4481';
    expect(found(list, 'my_number')).toEqual(['3108-4452-9014', '5527-0163-4481']);
    expect(found('運転免許証\n氏名 斎藤 大輔\n番号 第 491702658830 号', 'jp_drivers_license')).toEqual(['491702658830']);
  });
  it('a heading does not reach past an order label, nor an address written with dots', () => {
    expect(found('マイナンバー対応のお知らせ\n注文番号 3108-4452-9014', 'my_number')).toEqual([]);
    expect(found('運転免許証の更新\nサーバー 192.168.197.188', 'jp_drivers_license')).toEqual([]);
  });
});

describe('要配慮個人情報 tied to a person', () => {
  it('conditions, disabilities and convictions named as people write them', () => {
    expect(found('氏名：原 恵美\n入社日：2025年4月1日　配属：経理部\n配慮事項：身体障害者手帳4級（下肢）', 'sensitive')).toEqual([expect.stringMatching(/^(身体障害|障害者手帳)$/)]);
    expect(found('配属：経理部\n配慮事項：身体障害者手帳4級（下肢）\n担当：原 恵美', 'sensitive')).toEqual([expect.stringMatching(/^(身体障害|障害者手帳)$/)]);
    expect(found('Referred by Peter Lund for chemotherapy follow-up. Contact: (836) 847-0969', 'sensitive')).toEqual(['chemotherapy']);
    expect(found('面談メモ：水野 隆之\n本人から、2018年に執行猶予付きの有罪判決を受けたと申告あり。', 'sensitive')).toEqual(['執行猶予付きの有罪判決']);
    expect(found('西川 花子様より、車椅子を利用しているため段差のない入口の案内をご希望。', 'sensitive')).toEqual(['車椅子']);
  });
  it('in English records too: the names the English pass finds count', () => {
    const t = 'Case review\nEmployee: Ethan Castillo\nManager: Sophie Lindqvist\nNotes: Employee disclosed a diagnosis of type 2 diabetes.';
    expect(found(t, 'sensitive').length).toBeGreaterThan(0);
    // one name found by both passes is one subject, not two
    expect(found('Patient: Hiroshi Tanabe\nMRN 00448213\nHIV-1/2 antibody: reactive', 'sensitive')).toEqual(['HIV']);
  });
  it('deeper in a field\'s value, in a form that names its person', () => {
    const t = '氏名：石田　恵\n生年月日：昭和50年1月2日\n緊急連絡先：山口 舞（母）090-1234-5678\n障害者区分：特別障害者（精神障害者保健福祉手帳2級）';
    expect(found(t, 'sensitive')).toEqual(['精神障害']);
    expect(found('被保険者：片山 伸也\n事故内容：ひったくりの被害に遭い、財布を盗まれた。', 'sensitive')).toEqual(['被害に遭い、財布を盗まれた']);
  });
  it('a field answered no states no condition', () => {
    const t = '氏名：山田 太郎\n生年月日：1980年1月2日\n通院：なし\n既往歴：高血圧\nアレルギー：特になし';
    expect(found(t, 'sensitive')).toEqual(['既往歴：高血圧']);
    expect(found('Patient: John Smith\nAllergies: none\nMedical history: asthma', 'sensitive')).toEqual(['Medical history: asthma']);
  });
  it('a referral letter: the subject in the Re: line, the condition a paragraph below', () => {
    const t = 'Re: Brodie Nicholls, DOB 13/08/1959\n\nDear Dr Thompson,\n\nThank you for seeing this 27-year-old woman who has a history of epilepsy.';
    expect(found(t, 'sensitive')).toEqual(['epilepsy']);
  });
  it('the same words in general text next to a customer list stay below the threshold', () => {
    const t = '平井 智嘉\tS55.9.5\t12\n糖尿病の予防には運動が大切です。\n逮捕された容疑者の報道。\n宗教と文化の関係について。';
    expect(found(t, 'sensitive')).toEqual([]);
    expect(found('健康診断のお知らせ\n日時：5月10日 9:00〜\n問い合わせ：総務部 03-1234-5678', 'sensitive')).toEqual([]);
  });
});

describe('names in the forms business text puts them in', () => {
  it('a reading or a romanisation right after a name', () => {
    expect(found('氏名：原　義春（ハラ　ヨシハル）', 'person_name')).toEqual(['原　義春', 'ハラ　ヨシハル']);
    expect(found('購買課\n松永　大輔\nまつなが だいすけ\n電話 080-6165-4457', 'person_name')).toEqual(['松永　大輔', 'まつなが だいすけ']);
    expect(found('西川芳郎 / NISHIKAWA Yoshiro\n有限会社キタムラ', 'person_name')).toEqual(['西川芳郎', 'NISHIKAWA Yoshiro']);
  });
  it('a reading adds no person: the name beside it already counts', () => {
    expect(scan('氏名：原　義春（ハラ　ヨシハル）').summary.people).toBe(1);
  });
  it('a label on the next line is no reading, and a company under a Latin name is no romanisation', () => {
    expect(found('取引先責任者名\n町田 芳郎\nフリガナ\nマチダ ヨシロウ', 'person_name')).not.toContain('フリガナ');
    expect(found('Allan Björk\nScale Unlimited\nUnit 5022 Box 1225', 'person_name')).not.toContain('Scale Unlimited');
  });
  it('a self-introduction', () => {
    expect(found('いつもお世話になっております。東和システム株式会社の松永です。', 'person_name')).toEqual(['松永']);
    expect(found('店長の三浦と申します。', 'person_name')).toEqual(['三浦']);
    expect(found('東京の天気です。', 'person_name')).toEqual([]);
  });
  it('speakers of a chat or meeting transcript, when there are two or more lines of them', () => {
    expect(found('大野：明日訪問します\n青木：了解です\n小池：合ってます', 'person_name')).toEqual(['大野', '青木', '小池']);
    expect(found('石川：晴れ\n福井：雨\n長野：くもり', 'person_name')).not.toContain('福井');
  });
  it('after the time stamp of a chat log, full names too, and a one-kanji family name on stamped lines only', () => {
    expect(found('[10:02] 西川: 先方の担当は？\n[10:03] 堀: 確認します\n[10:04] 西川: お願いします', 'person_name')).toEqual(['西川', '堀', '西川']);
    expect(found('小島健太郎: 住所はこちらです\n安藤奈々: 合ってます', 'person_name')).toEqual(['小島健太郎', '安藤奈々']);
    expect(found('東：晴れ\n西：曇り\n南：雨', 'person_name')).toEqual([]);
    expect(found('[09:00] 開始: 挨拶\n[09:10] 議題: 予算', 'person_name')).toEqual([]);
  });
  it('a vCard N: and FN:', () => {
    expect(found('BEGIN:VCARD\nVERSION:3.0\nN:長岡;誠;;;\nFN:長岡 誠\nEND:VCARD', 'person_name')).toEqual(['長岡', '誠', '長岡 誠']);
  });
  it('the other side and ours in meeting notes, without their titles', () => {
    expect(found('先方：水野結衣部長、斎藤課長　当方：秋田', 'person_name')).toEqual(['水野結衣', '斎藤', '秋田']);
    expect(found('Approved by H. Becker', 'person_name')).toEqual(['H. Becker']);
  });
  it('half-width kana labels: ﾌﾘｶﾞﾅ, ｼﾒｲ, ﾃﾞﾝﾜ', () => {
    expect(found('ｼﾒｲ ﾜﾀﾅﾍﾞ ﾕｳﾏ\nﾃﾞﾝﾜ 0466-27-1101', 'person_name')).toEqual(['ﾜﾀﾅﾍﾞ ﾕｳﾏ']);
    expect(found('ﾌﾘｶﾞﾅ ｻｸﾗｲ ﾏｻｶｽﾞ\n氏名 櫻井 正和', 'person_name')).toEqual(['ｻｸﾗｲ ﾏｻｶｽﾞ', '櫻井 正和']);
  });
  it('a column headed "Name (Kana)" is a reading column', () => {
    expect(found('Name,Name (Kana),Mobile\nIIDA Haruki,イイダ ハルキ,070-8339-5245', 'person_name')).toEqual(['IIDA Haruki', 'イイダ ハルキ']);
  });
});

describe('honorifics as people write them', () => {
  it('a space before さん, a given name in hiragana, 様宅', () => {
    expect(found('事務長\n我妻 蓮 さん\n\nいつもお世話になっております。', 'person_name')).toEqual(['我妻 蓮']);
    expect(found('先日ご来店の桜井 みどりさま、お忘れ物がございました。', 'person_name')).toEqual(['桜井 みどり']);
    expect(found('訪問記録：森山正和様宅（岩手県盛岡市）', 'person_name')).toEqual(['森山正和']);
  });
  it('not words before them', () => {
    expect(found('ご様子をうかがう。みなさん、皆 さん', 'person_name')).toEqual([]);
  });
});

describe('addresses after an address label that the address patterns do not know', () => {
  it('romanised Japanese, British, and a second address line', () => {
    expect(found('Address: 3-12-8 Jingumae, Shibuya-ku, Tokyo 150-0001\nDOB: 1967-02-25', 'jp_address')).toEqual(['3-12-8 Jingumae, Shibuya-ku, Tokyo']);
    expect(found('Address: 42 Kingsway, London WC2B 6EX\nTel: 020 7946 0321', 'jp_address')).toEqual(['42 Kingsway, London WC2B 6EX']);
    expect(found('address1: 神奈川県藤沢市藤沢\naddress2: 1-1-1 藤沢ハイム203', 'jp_address')).toEqual(['神奈川県藤沢市藤沢', '1-1-1 藤沢ハイム203']);
  });
  it('CRM owners and payment names are people; teams, states and companies after the same labels are not', () => {
    expect(found('Name on card: MARCUS HOLLOWAY\nExp 09/28', 'person_name')).toEqual(['MARCUS HOLLOWAY']);
    expect(found('Bénéficiaire : Yasuhiro Chiba\nIBAN : FR76 3000 6000 0112 3456 7890 189', 'person_name')).toEqual(['Yasuhiro Chiba']);
    expect(found('Opportunity Name\tOwner\tStage\nRenewal FY26\tAshley Kowalski\tProposal', 'person_name')).toEqual(['Ashley Kowalski']);
    expect(found('"owner":{"name":"DeShawn Goldberg","email":"dg@example.com"}', 'person_name')).toEqual(['DeShawn Goldberg']);
    expect(found('Owner: Marketing Ops\nAssignee: Unassigned', 'person_name')).toEqual([]);
    expect(found('Beneficiary: Harborline Logistics Ltd.\nIBAN: GB04 NWBK 5395 7924 3493 95', 'person_name')).toEqual([]);
    expect(found('{"firstname":"Brodie","lastname":"Nicholls"}', 'person_name')).toEqual(['Brodie', 'Nicholls']);
    expect(found('Opportunity Name\tStage\nRenewal FY26\tProposal', 'person_name')).toEqual([]);
    expect(found('Last name\tNicholls', 'person_name')).toEqual(['Nicholls']);
  });
  it('Japanese names in business English: romanised given names, a family name in capitals before one', () => {
    expect(found('Naoto Fujiwara — SRE — 080-9455-2559', 'person_name')).toEqual(['Naoto Fujiwara']);
    expect(found('Contact: SATO Kenichi', 'person_name')).toEqual(['SATO Kenichi']);
    expect(found('Please ask Kenichi Sato about it.', 'person_name')).toEqual(['Kenichi Sato']);
    expect(found('CEO Kenichi Sato', 'person_name')).toEqual(['Kenichi Sato']);
  });
  it('a given name that is also a word, greeted and set off by a comma', () => {
    expect(found('Hi Grace,\n\nplease refund the deposit.', 'person_name')).toEqual(['Grace']);
    expect(found('Hi Mark, thanks for the call.', 'person_name')).toEqual(['Mark']);
    expect(found('Hi Team,\nHello World, this is a test.', 'person_name')).toEqual([]);
  });
  it('a role before a full name (Customer Rohan Menon called), not before two ordinary words', () => {
    expect(found('Customer Rohan Menon called again about the delivery.', 'person_name')).toEqual(['Rohan Menon']);
    expect(found('Summary: Employee Daniel Whitfield was arrested on Nov 3.', 'person_name')).toEqual(['Daniel Whitfield']);
    expect(found('LinkedIn InMail · Owner Ashley Kowalski', 'person_name')).toEqual(['Ashley Kowalski']);
    expect(found('Customer Service Team', 'person_name')).toEqual([]);
  });
  it('a name in capitals alone atop a CV or a label, above its contact data; not a heading', () => {
    expect(found('MATTEO FERRARI\nVia del Corso 104, 20124 Milano', 'person_name')).toEqual(['MATTEO FERRARI']);
    expect(found('POPPY LLEWELLYN\n153 Cheyne Walk, Liverpool L17 7AA', 'person_name')).toEqual(['POPPY LLEWELLYN']);
    expect(found('SHIPPING ADDRESS\n12 Baker Street, London NW1 6XE', 'person_name')).toEqual([]);
    expect(found('GRACE HILL CAFE\nTel: 020 7946 0321', 'person_name')).toEqual([]);
  });
  it('Indian and Irish addresses, read back from the PIN or the Eircode', () => {
    expect(found('Home address: Flat 539, Prestige Lakeside, Whitefield, Bengaluru 560066\nEmail: x@y.in', 'jp_address')).toEqual(['Flat 539, Prestige Lakeside, Whitefield, Bengaluru 560066']);
    expect(found('The parcel should go to Flat 108, Anna Salai, Teynampet, Chennai 600018, not to my old flat.', 'jp_address')).toEqual(['Flat 108, Anna Salai, Teynampet, Chennai 600018']);
    expect(found('B-28, Sector 62, Noida, Uttar Pradesh 201309', 'jp_address')).toEqual(['B-28, Sector 62, Noida, Uttar Pradesh 201309']);
    expect(found('Ship to: Apt 7, 86 Grand Parade, Cork T12 AB34', 'jp_address')).toEqual(['Apt 7, 86 Grand Parade, Cork T12 AB34']);
    expect(found("Flat 3, 14 O'Connell Street Upper, Dublin 1, D01 F5P2", 'jp_address')).toEqual(["Flat 3, 14 O'Connell Street Upper, Dublin 1, D01 F5P2"]);
    // a city and a code alone, a code in a sentence, a sales figure: no address
    expect(found('Bengaluru - 560 103', 'jp_address')).toEqual([]);
    expect(found('Ticket T12 AB34 closed', 'jp_address')).toEqual([]);
    expect(found('Revenue grew in Mumbai, 400001 units', 'jp_address')).toEqual([]);
  });
  it('numbered streets: an ordinal is the street\'s name, not a second number', () => {
    expect(found('Ship to: 410 W 42nd Street, New York, NY 10036', 'jp_address')).toEqual(['410 W 42nd Street, New York, NY 10036']);
    expect(found('350 5th Ave, New York, NY 10118', 'jp_address')).toEqual(['350 5th Ave, New York, NY 10118']);
    expect(found('on the 2nd of May we sold 12 1st class tickets', 'jp_address')).toEqual([]);
  });
  it('a place inside an address is no name', () => {
    expect(found('address1: 神奈川県藤沢市藤沢\naddress2: 1-1-1 藤沢ハイム203', 'person_name')).toEqual([]);
  });
  it('what else an address label may head', () => {
    expect(found('IP Address: 192.168.0.1', 'jp_address')).toEqual([]);
    expect(found('Address: see the attached map, page 2', 'jp_address')).toEqual([]);
  });
});

describe('card-shaped ids', () => {
  it('under a heading of orders or references, with no card named since, stay below the threshold', () => {
    const t = 'Internal order references (not payment cards)\nORD-A 4111 1111 1111 1111\nORD-B 5500 0000 0000 0004';
    expect(found(t, 'credit_card')).toEqual([]);
    expect(found(t, 'phone')).toEqual([]);
  });
  it('a card named after the heading still counts', () => {
    expect(found('注文一覧\n田中様 VISA 4111 1111 1111 1111', 'credit_card')).toEqual(['4111 1111 1111 1111']);
    expect(found('4111 1111 1111 1111', 'credit_card')).toEqual(['4111 1111 1111 1111']);
  });
  it('a bank account held by a company, written in kana with its (カ mark, is no person', () => {
    expect(found('口座名義 ﾄｳﾜﾌﾞｯｻﾝ(ｶ', 'person_name')).toEqual([]);
    expect(found('口座名義：ﾔﾏﾀﾞ ﾀﾛｳ', 'person_name')).toEqual(['ﾔﾏﾀﾞ ﾀﾛｳ']);
    expect(found('ご本人確認：氏名・生年月日で確認済', 'person_name')).toEqual([]);
  });
  it('a store\'s gift card is no payment card; a scheme\'s card bought as a gift still is', () => {
    expect(found('カード番号：6035 2200 1234 5674（ギフトカード・残高照会用）', 'credit_card')).toEqual([]);
    expect(found('Gift card applied: 6006 4912 3456 7890 (store credit)', 'credit_card')).toEqual([]);
    expect(found('Card: 4111 1111 1111 1111 (gift card purchase)', 'credit_card')).toEqual(['4111 1111 1111 1111']);
    expect(found('カード番号：6035 2200 1234 5674', 'credit_card')).toEqual(['6035 2200 1234 5674']);
  });
});

describe('offices, row numbers and companies are no people', () => {
  it('companies and makes named after people, and shops called by name, are no people', () => {
    expect(found('Johnson & Johnson and Morgan Stanley are reference customers.', 'person_name')).toEqual([]);
    expect(found('SKU-652088,4981322298916,Ford Ranger wiper blade,371', 'person_name')).toEqual([]);
    expect(found('Mr. Ford said hello', 'person_name')).toEqual(['Ford']);
    expect(found('今日の松坂屋さんの商談、高島屋様より', 'person_name')).toEqual([]);
    expect(found('土屋さんと古屋さんに電話', 'person_name')).toEqual(['土屋', '古屋']);
  });
  it('a model named in quotes before what it is is a product; a nickname before a verb is not', () => {
    expect(found('Spring range\n"Elena" linen sofa, 3-seater — £899\n"Lord Nelson" armchair in velvet — £829', 'person_name')).toEqual([]);
    expect(found('They call her "Maggie" says the note', 'person_name')).toEqual(['Maggie']);
  });
  it('a bank branch after a family name (梅田支店) is an office', () => {
    expect(found('給与振込口座：三井住友銀行 梅田支店（店番227） 普通 0589938', 'person_name')).toEqual([]);
    expect(found('金融機関：静岡銀行 清水支店（店番号 412）', 'person_name')).toEqual([]);
    expect(found('担当：梅田 健一（ウメダ ケンイチ）', 'person_name')).toEqual(['梅田 健一', 'ウメダ ケンイチ']);
  });
  it('a row number in its own cell is no house number', () => {
    const t = 'ID\tLast Name\tFirst Name\tPhone\tE-mail\n1\tHasegawa\tTomoe\t0466-89-9798\thasegawa-t@docomo.ne.jp';
    expect(found(t, 'jp_address')).toEqual([]);
    expect(found(t, 'person_name')).toEqual(['Hasegawa', 'Tomoe']);
    expect(found('Ship to: 1200 Main Street, Springfield, IL 62701', 'jp_address')).toEqual(['1200 Main Street, Springfield, IL 62701']);
  });
  it('a Latin name before a Japanese company word is a company', () => {
    expect(found('取引先一覧\nMorgan Stanley MUFG証券', 'person_name')).toEqual([]);
    expect(found('Goldman Sachs証券の資料', 'person_name')).toEqual([]);
    expect(found('担当：John Smith 日本法人代表', 'person_name')).toEqual(['John Smith']);
  });
  it('a postal code under 連絡先 is no phone', () => {
    expect(found('連絡先：100-0001 東京都千代田区千代田1-1', 'phone')).toEqual([]);
    expect(found('連絡先：100-0001 東京都千代田区千代田1-1', 'jp_postal_code')).toEqual(['100-0001']);
    expect(found('連絡先：555-1234', 'phone')).toEqual(['555-1234']);
  });
});

describe('names as passenger lists, OCR and chats write them', () => {
  it('SURNAME/GIVEN with a title, or under a name label', () => {
    const t = 'Passenger list\n1. SATO/KENICHI MR  Seat 12A\n2. SATO/YUMIKO MRS  Seat 12B';
    expect(found(t, 'person_name')).toEqual(['SATO/KENICHI', 'SATO/YUMIKO']);
    expect(found('Passenger name: TANAKA/HANAKO', 'person_name')).toEqual(['TANAKA/HANAKO']);
    expect(found('Protocols: TCP/IP and HTTP/2\nInput: A/B test, I/O ports', 'person_name')).toEqual([]);
  });
  it('a business card name read letter by letter', () => {
    expect(found('サクラ精工株式会社\n代表取締役社長\n五 十 嵐　建 次 郎\nKenjiro Igarashi', 'person_name')).toContain('五 十 嵐　建 次 郎');
    expect(found('営業部\n及 川  由 成\n', 'person_name')).toEqual(['及 川  由 成']);
    expect(found('本 日 は　晴 天 な り', 'person_name')).toEqual([]);
    expect(found('会 議 室　使 用 中', 'person_name')).toEqual([]);
  });
  it('chat handles in hiragana, two speakers at least', () => {
    const chat = 'さとみ: 鬼頭さんの電話番号わかる？\nゆうき: 0338457515 だよ\nさとみ: ありがと！';
    expect(found(chat, 'person_name').filter((x) => x !== '鬼頭')).toEqual(['さとみ', 'ゆうき', 'さとみ']);
    expect(found('しつもん: なに？\nこたえ: りんご\nしつもん: いろは？\nこたえ: あか', 'person_name')).toEqual([]);
    expect(found('さとみ: はい\nさとみ: そうです\nさとみ: わかりました', 'person_name')).toEqual([]);
  });
});

describe('sensitive data in the record of one person', () => {
  it('counts below the name label or birth date that opens the record, in the same block', () => {
    const memo = 'ケース会議メモ\n利用者：安藤 フミ様（昭和12年3月3日生）\n要介護3、アルツハイマー型認知症。自己負担の説明はケースワーカー経由で行う。';
    expect(found(memo, 'sensitive').length).toBeGreaterThan(0);
    expect(found('処方箋\n患者：田上 和治\nRp. ツルバダ配合錠 1錠 分1（HIV治療）', 'sensitive').length).toBeGreaterThan(0);
  });
  it('not after a blank line, nor below a table of customers, nor above its subject', () => {
    expect(found('利用者：安藤 フミ様\n\nアルツハイマー型認知症の予防について', 'sensitive')).toEqual([]);
    expect(found('氏名\t生年月日\n平井 智嘉\t1980/05/05\nアルツハイマー型認知症の予防について', 'sensitive')).toEqual([]);
    expect(found('アルツハイマー型認知症の予防について\n講師：安藤 フミ', 'sensitive')).toEqual([]);
    // a list of applicants (several people), or one customer several lines above, makes no record of the sentence
    expect(found('申込者 横田 海衣、生年月日 1995-06-26\n申込者 比嘉　桂佳、生年月日 昭和45年8月24日\n人種差別に反対する声明。', 'sensitive')).toEqual([]);
    expect(found('Customer: Emma Davis, phone +44 20 1245 6477.\n注文番号: 733607775378\nJANコード 4969071365182。\n納期 2008年9月12日\n逮捕された容疑者の報道。', 'sensitive')).toEqual([]);
  });
});

describe('names as business mail and CRM screens write them', () => {
  it('a family name and a given name written in hiragana, with no cue', () => {
    expect(found('4. 宮本 さくら（株式会社アオバ精工）', 'person_name')).toEqual(['宮本 さくら']);
    expect(found('担当は松本さくらです', 'person_name')).toEqual(['松本さくら']);
    expect(found('1006,今井 まゆみ,いまい まゆみ,060-0042', 'person_name')).toContain('今井 まゆみ');
    expect(found('山田ゆうびん局', 'person_name').join()).not.toMatch(/ゆう/);
    expect(found('松本あきらかに', 'person_name')).toEqual([]);
  });
  it('a message signed with a family name and より; not a date or a prefecture', () => {
    expect(found('番号は090-8812-4471です。上田より', 'person_name')).toEqual(['上田']);
    expect(found('よろしくお願いします。\n松本より\n', 'person_name')).toEqual(['松本']);
    expect(found('本日より営業します。山口より発送。4月より\n', 'person_name')).toEqual([]);
  });
  it('a listed family name alone next in a list after a full name', () => {
    expect(found('■1on1メモ（上野 愛 × 飯田）', 'person_name')).toEqual(['上野 愛', '飯田']);
    expect(found('出席：上野 愛、飯田', 'person_name')).toEqual(['上野 愛', '飯田']);
    expect(found('担当：上野 愛、営業部\n上野 愛、東京', 'person_name')).toEqual(['上野 愛', '上野 愛']);
  });
  it('approval boxes, operators and payees: a title before the name, a listed family name after weak labels', () => {
    expect(found('承認欄：課長 宮崎　部長 ＿＿　役員 ＿＿', 'person_name')).toEqual(['宮崎']);
    expect(found('Operator: 西川', 'person_name')).toEqual(['西川']);
    expect(found('Operator: NTT Docomo', 'person_name')).toEqual([]);
    expect(found('受取人名：ウチダ リサ', 'person_name')).toEqual(['ウチダ リサ']);
    expect(found('承認：済', 'person_name')).toEqual([]);
    // an unlisted family name written apart from a given name after a weak label; not a department
    expect(found('担当医 早乙女 恵子', 'person_name')).toEqual(['早乙女 恵子']);
    expect(found('担当：営業 一課\n担当：東京 本社', 'person_name')).toEqual([]);
  });
  it('a family name alone after a department', () => {
    expect(found('当日の連絡先：人事部 町田（06-6125-4400）', 'person_name')).toEqual(['町田']);
    expect(found('以上、よろしくお願いいたします。\n営業部 田中より', 'person_name')).toEqual(['田中']);
    expect(found('経理部 大阪支店', 'person_name')).toEqual([]);
    expect(found('開発部 山本町の倉庫', 'person_name')).toEqual([]);
  });
  it("Salesforce's 取引先責任者名 heads a contact's name on the next line", () => {
    expect(found('取引先責任者名\n東海林 未喜\nフリガナ\nショウジ ミキ', 'person_name')).toEqual(['東海林 未喜', 'ショウジ ミキ']);
    // (the object's name in the navigation, or before 所有者, labels nothing)
    expect(found('ホーム\t取引先\t取引先責任者\t商談\tリード\n取引先責任者 所有者\n', 'person_name')).toEqual([]);
  });
});

describe("a health-insurance card's 記号 and 番号", () => {
  it('are one number of the insured person under the card heading; the insurer number is not', () => {
    expect(found('健康保険証\n保険者番号 34136516\n記号 79396・194\n被保険者氏名 原 智子', 'jp_insurance_number')).toEqual(['79396・194']);
    expect(found('健康保険被保険者証\n記号 1180 番号 37\n氏名 清水 智子', 'jp_insurance_number')).toEqual(['1180 番号 37']);
    expect(found('被保険者番号 12345678', 'jp_insurance_number')).toEqual(['12345678']);
  });
  it('保険証 right before 記号 names the card; a phone after an insurance word stays a phone', () => {
    expect(found('保険証：記号 1172 番号 887\n傷病名：2型糖尿病', 'jp_insurance_number')).toEqual(['1172 番号 887']);
    expect(found('健康保険証をお持ちください。お問い合わせ 03-1234-5678', 'phone')).toEqual(['03-1234-5678']);
    expect(found('雇用保険被保険者番号：3606-377381-6', 'jp_insurance_number')).toEqual(['3606-377381-6']);
    // a label does not reach past the end of its sentence
    expect(found('年金手帳をお持ちください。お問い合わせ 03-1234-5678', 'phone')).toEqual(['03-1234-5678']);
  });
  it('記号 elsewhere is a symbol', () => {
    expect(found('型番一覧\n記号 1234 品名 ネジ', 'jp_insurance_number')).toEqual([]);
    expect(found('記号 12・34 は元素の表を参照', 'jp_insurance_number')).toEqual([]);
    expect(found('健康保険 被保険者資格取得届\n事業所整理記号 04-ﾀﾁﾂ', 'jp_insurance_number')).toEqual([]);
  });
});

describe('family names in the old and variant forms records keep', () => {
  it('髙橋, 山﨑 (a compatibility ideograph), 渡邉, 齋藤 are family names as 高橋, 山崎, 渡辺, 斎藤 are', () => {
    expect(found('監督の髙橋秀雄が独立し', 'person_name')).toEqual(['髙橋秀雄']);
    expect(found('山﨑 太郎様', 'person_name')).toEqual(['山﨑 太郎']);
    expect(found('岡﨑さんに連絡', 'person_name')).toEqual(['岡﨑']);
    expect(found('渡邉 健一', 'person_name')).toEqual(['渡邉 健一']);
    expect(found('齋藤さん', 'person_name')).toEqual(['齋藤']);
  });
});

describe('what a name field holds when it holds no name', () => {
  it('a department, a total, a header cell, a UI word', () => {
    expect(found('担当者：営業部', 'person_name')).toEqual([]);
    expect(found('担当者：阿部', 'person_name')).toEqual(['阿部']);
    expect(found('氏名\t所属\t手帳・等級\n遠藤 大翔\t物流センター\t3級', 'person_name')).toEqual(['遠藤 大翔']);
    expect(found('氏名\t住所\n山田 太郎\t東京都港区芝公園4-2-8\n\t合計\t1件', 'person_name')).toEqual(['山田 太郎']);
  });
  it('a katakana UI label under a name is no reading of it; a reading is', () => {
    expect(found('担当者\n後藤 梨沙\nフォロワー\n—', 'person_name')).toEqual(['後藤 梨沙']);
    expect(found('担当者\n桑原 一樹\nステータス\n休眠', 'person_name')).toEqual(['桑原 一樹']);
    expect(found('氏名\n後藤 梨沙\nゴトウ リサ\n', 'person_name')).toEqual(['後藤 梨沙', 'ゴトウ リサ']);
  });
  it('a label qualified in brackets: フリガナ（姓）', () => {
    const t = '氏名\n三宅 香織\nフリガナ（姓）\nミヤケ\nフリガナ（名）\nカオリ\n携帯電話\n07099423161';
    expect(found(t, 'person_name')).toEqual(['三宅 香織', 'ミヤケ', 'カオリ']);
    expect(found('お客様（山田太郎）', 'person_name')).toEqual(['山田太郎']);
  });
  it('担当 heads a person when a listed family name follows, not a team', () => {
    expect(found('担当：坂本', 'person_name')).toEqual(['坂本']);
    expect(found('ご担当：小川 ひなた 様', 'person_name')).toEqual(['小川 ひなた']);
    expect(found('担当：営業', 'person_name')).toEqual([]);
    expect(found('No\t顧客名\t担当\t電話\n1\t白石亮介 様\tCS\t070-3136-1006\n2\t近藤智子 様\tCS\t052-840-2756', 'person_name')).toEqual(['白石亮介', '近藤智子']);
  });
});

describe('form bodies and URLs as they are sent, and CRM exports with many columns', () => {
  it('a URL-encoded form: %40 e-mails, tel= after its field name, Given+Family', () => {
    const body = 'name=Misaki+Azuma&email=misakia_81%40ybb.ne.jp&tel=070-8053-1505&company=Cosmonet';
    expect(found(body, 'email')).toEqual(['misakia_81%40ybb.ne.jp']);
    expect(found(body, 'phone')).toEqual(['070-8053-1505']);
    expect(found(body, 'person_name')).toEqual(['Misaki+Azuma']);
    expect(found('https://x.test/track?u=john.smith%40example.com&x=1', 'email')).toEqual(['john.smith%40example.com']);
    // the same person, written either way
    expect(scan('a@example.com a%40example.com').summary.people).toBe(1);
  });
  it('a number after = without a field name before it stays an id', () => {
    expect(found('https://x.test/item?id=09012345678&page=2', 'phone')).toEqual([]);
    expect(found('100%40 of them', 'email')).toEqual([]);
  });
  it('a header of many columns, most of them unknown words, is still a header', () => {
    const csv =
      '"Contact ID","First Name","Last Name","Title","Account Name","Mailing Street","Mailing City","Mailing State/Province","Mailing Zip/Postal Code","Phone","Email","Birthdate","Contact Owner"\n' +
      '"00373970000Ab8907","Aiden","Nakagawa","","Umbrella Health","2388 Spring Lane","Boston","MA","02110","(861) 555-0425","anakagawa@globex.com","10/23/1967","Tyler Rossi"';
    expect(found(csv, 'date_of_birth')).toEqual(['10/23/1967']);
    expect(found(csv, 'person_name')).toEqual(expect.arrayContaining(['Aiden', 'Nakagawa']));
    expect(found(csv, 'person_name')).not.toContain('Umbrella Health');
  });
});

describe('CRM screens, JSON bodies, PDF forms, bank and pension papers', () => {
  it('a postal code alone on the line after an address', () => {
    expect(found('住所\n長野県北佐久郡軽井沢町大字長倉2700-1\n389-0111\n日本', 'jp_postal_code')).toEqual(['389-0111']);
    expect(found('部品表\n389-0111\n日本', 'jp_postal_code')).toEqual([]);
  });
  it('JSON: family / given keys, a compact birth date', () => {
    const j = '{"name":{"family":"西田","given":"優花"},"kana":"ニシダ ユウカ","birth_date":"19910718"}';
    expect(found(j, 'person_name')).toEqual(['西田', '優花', 'ニシダ ユウカ']);
    expect(found(j, 'date_of_birth')).toEqual(['19910718']);
    expect(found('{"order_date":"19910718"}', 'date_of_birth')).toEqual([]);
  });
  it('a PDF form set letter by letter: 氏 名 佐 久 間 翔 太', () => {
    const t = '住 所 兵庫県西宮市甲子園町1-82\n氏 名 佐 久 間 翔 太\n生 年 月 日 昭和39年1月11日';
    expect(found(t, 'person_name')).toEqual(['佐 久 間 翔 太']);
    expect(found(t, 'date_of_birth')).toEqual(['昭和39年1月11日']);
    expect(found('氏名 本 日 休 業', 'person_name')).toEqual([]);
  });
  it('ゆうちょ 記号番号, pension numbers listed under their heading', () => {
    expect(found('ゆうちょ銀行\n記号番号 10180-43718291', 'jp_bank_account')).toEqual(['10180-43718291']);
    const p = '基礎年金番号が2つ見つかった件：\n・4821-073319（前職の厚生年金）\n・4903 118260（学生時代）';
    expect(found(p, 'jp_pension_number')).toEqual(['4821-073319', '4903 118260']);
    expect(found('注文番号一覧\n・4821-073319', 'jp_pension_number')).toEqual([]);
  });
  it('a lottery draw is no phone; a French phone in pairs is', () => {
    expect(found('本数字 03 12 18 27 35 41　ボーナス数字 22', 'phone')).toEqual([]);
    expect(found('Tel: 01 23 45 67 89', 'phone')).toEqual(['01 23 45 67 89']);
  });
  it('a document title is no field: 障害者雇用 状況報告', () => {
    const t = '障害者雇用 状況報告（社内）\n氏名\t所属\t手帳・等級\n遠藤 大翔\t物流センター\t身体障害者手帳3級';
    expect(found(t, 'sensitive')).toEqual(['障害者手帳']);
    expect(found('お名前 今井 彩未\n既往歴 喘息', 'sensitive')).toContain('既往歴 喘息');
  });
});

describe('sensitive facts as notes and forms state them', () => {
  it('a field label and its value are one finding', () => {
    expect(found('氏名：田中 一郎\n既往歴：高血圧（治療中）\n職業：会社員', 'sensitive')).toEqual(['既往歴：高血圧（治療中）']);
  });
  it('a note under the person it names with an honorific', () => {
    expect(found('顧客メモ（保 勝様）\n・電話口で「先月まで刑務所に服役していた」との発言あり。\n・生活保護を受給中のため、分割払いは不可。', 'sensitive')).toEqual(['服役', '生活保護']);
    expect(found('詐欺の被害にあった佐伯 光子さん（78）は「老後の資金だった」と話した。', 'sensitive')).toEqual(['被害にあった']);
  });
  it('not under a list of people, nor as a word of a menu', () => {
    expect(found('田中様\n鈴木様\n生活保護制度の改正について', 'sensitive')).toEqual([]);
    expect(found('アレルギー表示について：卵・小麦・乳を使用しています', 'sensitive')).toEqual([]);
  });
});

describe('English chats, greetings and British numbers', () => {
  it('the given name of a full name found, alone as a speaker or after a greeting, is the same person', () => {
    const chat = 'Chat transcript with Mason Lindqvist\nMason: hey, I cannot log in.\nEthan Okoye: could you confirm the number?\nMason: 0472 851 528';
    expect(found(chat, 'person_name')).toEqual(['Mason Lindqvist', 'Mason', 'Ethan Okoye', 'Mason']);
    expect(scan(chat).summary.people).toBe(2);
    expect(found('Dear Grace Fernandes,\nHi Grace, thanks.', 'person_name')).toEqual(['Grace Fernandes', 'Grace']);
    expect(found('Cape Verde and Sierra Leone signed. Sierra Jones called.', 'person_name')).toEqual(['Sierra Jones']);
  });
  it('British numbers as written at home: 07xxx xxxxxx, 020 xxxx xxxx, 0161 xxx xxxx', () => {
    expect(found('Contact: Aiden MacLeod (spouse) — 07255 228536', 'phone')).toEqual(['07255 228536']);
    expect(found('call 020 7946 0321', 'phone')).toEqual(['020 7946 0321']);
    expect(found('0161 496 0000', 'phone')).toEqual(['0161 496 0000']);
    expect(found('注文番号 01632 960001', 'phone')).toEqual([]);
  });
});

describe('a family name alone after the full name', () => {
  it('is the same person, not before a kanji (松本市) and not a second person', () => {
    const t = '出席：渡辺 芳郎氏、宇佐美 由美子氏、松本 義春\n議題：移行\nToDo：松本 → 見積更新\n松本市の倉庫';
    expect(found(t, 'person_name')).toContain('松本');
    expect(found(t, 'person_name').filter((x) => x === '松本')).toHaveLength(1);
    expect(found('担当者：遠藤 大翔\nコメント\n遠藤: 駐車場なし', 'person_name')).toEqual(['遠藤 大翔', '遠藤']);
    expect(scan('担当者：遠藤 大翔\nコメント\n遠藤: 駐車場なし').summary.people).toBe(1);
  });
});

describe('small label cases', () => {
  it('family / given label names only as JSON keys; a short sentence word is no name', () => {
    expect(found('Plan: PPO Family\nOn file (masked in portal): 123', 'person_name')).toEqual([]);
    expect(found('{"name":{"family":"西田","given":"優花"}}', 'person_name')).toEqual(['西田', '優花']);
  });
  it('card brands on a card list are no names', () => {
    expect(found('Primary Visa 4111 1111 1111 1111 exp 09/27\nBackup Amex 3411 111111 11111 exp 02/28', 'person_name')).toEqual([]);
  });
  it('a reading in brackets after the honorific', () => {
    expect(found('宿泊者名：矢野 典子 様（ヤノ ノリコ）', 'person_name')).toEqual(['矢野 典子', 'ヤノ ノリコ']);
  });
});

describe('look-alikes from code, products and forms', () => {
  it('codes and spans of years are no phones; JP numbers end in 4 digits (3 after 0120)', () => {
    expect(found('Parking validation code: 0364-0621-74; Wi-Fi', 'phone')).toEqual([]);
    expect(found('Tesla Inc. (2016–2021) — confirmed', 'phone')).toEqual([]);
    expect(found('0120-123-456', 'phone')).toEqual(['0120-123-456']);
    expect(found('Tel 01 23 45 67 89', 'phone')).toEqual(['01 23 45 67 89']);
  });
  it("a URL's user part is no e-mail; a constant in code is no name", () => {
    expect(found('"sentryDsn":"https://66813377abcdef@o678835.ingest.sentry.io/7568414"', 'email')).toEqual([]);
    expect(found('{ name: TIMEOUT_MS, value: "6889" }', 'person_name')).toEqual([]);
  });
  it('form words around a name label and a company form are no names', () => {
    expect(found('氏名（任意）,メール（任意）', 'person_name')).toEqual([]);
    expect(found('住所・氏名変更届（銀行お届け事項変更）', 'person_name')).toEqual([]);
    expect(found('取引態様：媒介', 'person_name')).toEqual([]);
    expect(found('Sender: Atelier Lumière SARL, Lyon', 'person_name')).toEqual([]);
    expect(found('氏名（任意）：山田 太郎', 'person_name')).toEqual(['山田 太郎']);
  });
  it('a benefit or a heading is no sensitive fact; the card and residence-card labels reach their values', () => {
    expect(found('氏名：山田 太郎\n請求内容：入院給付金', 'sensitive')).toEqual([]);
    expect(found('Patient: Ana Lee 555-0100\nMEDICAL HISTORY (check all that apply)', 'sensitive')).toEqual([]);
    expect(found('在留カード番号 Residence card no.: AB86351169FJ', 'jp_residence_card')).toEqual(['AB86351169FJ']);
    expect(found('健康保険証　記号・番号：8417 409', 'jp_insurance_number')).toEqual(['8417 409']);
  });
});

describe('call-centre records and chat exports', () => {
  it('the operator named in the record and in the greeting, with a half-width reading', () => {
    const t = '担当オペレーター：松尾（ﾏﾂｵ）\n\nオペレーター：お電話ありがとうございます、サンライズ通販カスタマーセンター松尾でございます。\n受付者印：古川';
    expect(found(t, 'person_name')).toEqual(['松尾', 'ﾏﾂｵ', '松尾', '古川']);
    expect(found('オペレーター：お電話ありがとうございます', 'person_name')).toEqual([]);
  });
  it("a chat export's message headers: a name, maybe a team, and the time alone on a line", () => {
    const chat = '麻衣(営業部) 15:10\n先方の件です\n\n安藤 22:49\nありがとうございます！\n\n麻衣(総務) 19:25\nはい。';
    expect(found(chat, 'person_name')).toEqual(['麻衣', '安藤', '麻衣']);
    expect(found('開始 10:00\n終了 11:00\n', 'person_name')).toEqual([]);
    expect(found('受付 9:00\nお越しください\n開場 18:00\nお待ちしております', 'person_name')).toEqual([]);
  });
});

describe('sensitive facts in English records', () => {
  it('a colon field anywhere on a line takes its value, up to the next field', () => {
    expect(found('Patient: Ana Lee\nBlood type: O+ | Allergies: penicillin allergy (anaphylaxis)', 'sensitive')).toEqual(['Allergies: penicillin allergy (anaphylaxis)']);
    expect(scan('氏名: 山田 太郎 病歴: 糖尿病 前科あり 本籍: 大阪府').summary.sensitiveCategories).toEqual(['medical', 'criminal_record', 'family_origin']);
  });
  it('a person spoken of in English: a man, the insured, a passenger', () => {
    const t = 'Re: Lena Park (DOB 03/14/1971)\nA 54-year-old woman with a history of asthma (moderate persistent).';
    expect(found(t, 'sensitive')).toEqual(['asthma']);
    expect(found('Asthma and the weather: a guide for everyone', 'sensitive')).toEqual([]);
  });
});

describe('a name the e-mail address beside it spells', () => {
  it('CHIARA FERRARI above chiara.ferrari@…; not a team or a hotel', () => {
    expect(found('CHIARA FERRARI\nCorso Buenos Aires 173, 20124 Milano\nchiara.ferrari@example.it', 'person_name')).toEqual(['CHIARA FERRARI']);
    expect(found('Customer Rohan Menon called again, mail rohan.menon@example.in', 'person_name')).toEqual(['Rohan Menon']);
    expect(found('Grand Hotel reservations: grand.hotel@example.com', 'person_name')).toEqual([]);
    expect(found('Sales Team sales.team@x.com', 'person_name')).toEqual([]);
  });
});

describe('sensitive facts in the record of one person (session 8)', () => {
  it('a section heading above the fact, and a label that goes on after the word', () => {
    const hr = '入社手続き（西川 美咲さん分）\n生年月日：平成5年10月20日\n\n■配慮事項\n療育手帳あり\n';
    expect(found(hr, 'sensitive')).toEqual(['療育手帳']);
    expect(found('お名前 今井 彩未\n生年月日 1992.10.30\n妊娠の可能性　あり', 'sensitive')).toEqual(['妊娠']);
    // a blank line between heading and word: no section value
    expect(found('■配慮事項\n\n療育手帳の案内はこちら\n電話 090-1234-5678', 'sensitive')).toEqual([]);
  });
  it("the document's title and a pharmacy are no fact; the prescription is", () => {
    expect(found('処方箋\n患者：田上 和治\nRp. ツルバダ配合錠 1錠 分1（HIV治療）\n調剤薬局：あおば薬局', 'sensitive')).toEqual(['HIV']);
  });
  it('the subject named with 様 above a memo, the honorific no part of the name', () => {
    const t = '顧客対応メモ：大久保 勝様\n・先月まで刑務所に服役していた。';
    expect(found(t, 'person_name')).toEqual(['大久保 勝']);
    expect(found(t, 'sensitive')).toEqual(['服役']);
  });
  it('a department before a name is no part of it; a family name ending in 部 is', () => {
    expect(found('本件は人事 武田さんのみ共有。', 'person_name')).toEqual(['武田']);
    expect(found('阿部 花子さんに連絡', 'person_name')).toEqual(['阿部 花子']);
  });
});

describe('a name split over two fields (姓 / 名)', () => {
  it('inline, bracketed, on two lines, in readings and in Latin letters', () => {
    expect(found('姓：山田　名：太郎', 'person_name')).toEqual(['山田', '太郎']);
    expect(found('姓（漢字）山田　名（漢字）太郎', 'person_name')).toEqual(['山田', '太郎']);
    expect(found('氏名（姓）山田\n氏名（名）太郎', 'person_name')).toEqual(['山田', '太郎']);
    expect(found('セイ：ヤマダ　メイ：タロウ', 'person_name')).toEqual(['ヤマダ', 'タロウ']);
    expect(found('姓 KUMAGAI　名 SAORI\n', 'person_name')).toEqual(['KUMAGAI', 'SAORI']);
  });
  it('as the columns of a table', () => {
    expect(found('姓\t名\n山田\t太郎\n', 'person_name')).toEqual(['山田', '太郎']);
  });
  it('the pair is one person', () => {
    expect(scan('姓：山田　名：太郎').summary.people).toBe(1);
  });
  it('not 百姓, 同姓同名, an empty field, nor 在庫確認 with a place', () => {
    expect(found('百姓一揆の歴史', 'person_name')).toEqual([]);
    expect(found('同姓同名の方がいます', 'person_name')).toEqual([]);
    expect(found('姓：未記入　名：未記入', 'person_name')).toEqual([]);
    expect(found('在庫確認：中野倉庫', 'person_name')).toEqual([]);
    expect(found('[後処理] 住所変更済／SV確認：野口\n', 'person_name')).toEqual(['野口']);
  });
});

describe('names before an honorific, in a field and at a sign-off (session 8)', () => {
  it('katakana words written apart: a foreign or a kana-registered name', () => {
    expect(found('ｵｸﾞﾗ 様ではなく ｵｵﾉ ｺｳｼﾞ 様でした', 'person_name')).toContain('ｵｵﾉ ｺｳｼﾞ');
    expect(found('スミス ジョン様', 'person_name')).toEqual(['スミス ジョン']);
    expect(found('グエン ヴァン アン様', 'person_name')).toEqual(['グエン ヴァン アン']);
  });
  it('a name broken over two lines, as PDF text breaks it', () => {
    expect(found('Bill To:\n丸栄工業株式会社\n村田\n 達也 様\n', 'person_name')).toEqual(['村田\n 達也']);
    expect(found('東京都\n 港区様', 'person_name')).toEqual([]);
  });
  it('a one-kanji family name alone in a name field; not after a weak label', () => {
    expect(found('確認者：堀　2025/11/14', 'person_name')).toEqual(['堀']);
    expect(found('担当：林\n', 'person_name')).toEqual([]);
  });
  it('a mail signed with a family name alone on its last line', () => {
    expect(found('Zoom URLは追ってお送りします。\n\n大野\n', 'person_name')).toEqual(['大野']);
    expect(found('会場は下記の通りです。\n\n新宿', 'person_name')).toEqual([]);
  });
});

describe('sensitive vocabulary: health-check results, creed, police, injury (session 8)', () => {
  it("a health check's findings, not its schedule nor a normal result", () => {
    const t = '氏名：LEE SOOHYUN　生年月日：2001/12/17\nγ-GTP：126 IU/L　要再検査\n視力：異常なし';
    expect(found(t, 'sensitive')).toEqual(['要再検査']);
    expect(found('森本 由美: Anさん、明日の健康診断 8:30集合です', 'sensitive')).toEqual([]);
  });
  it("a person's religion and its practice", () => {
    const t = '・グルン ビカシュさん：ヒンドゥー教徒のため牛肉不可\n・シティさん：ラマダン期間中は日中断食';
    expect(found(t, 'sensitive')).toEqual(['ヒンドゥー教', 'ラマダン期間中は日中断食']);
  });
  it('an arrest and its aftermath, an injury in a report', () => {
    const t = '氏名：チャン ヴァン ナム　社員番号 972806\n11月10日に釈放、在宅のまま書類送検の見込み。';
    expect(found(t, 'sensitive')).toEqual(['釈放、在宅のまま書類送検']);
  });
  it('Allergies: none known states nothing', () => {
    expect(found('Patient: Ana Lee\nAllergies: none known', 'sensitive')).toEqual([]);
  });
});

describe('names of foreign residents on Japanese forms (session 8)', () => {
  it('a qualifier in brackets between label and colon; an English label after a Japanese one with a wide colon', () => {
    expect(found('お名前（在留カード記載のとおり）：WANG WEI\n', 'person_name')).toEqual(['WANG WEI']);
    expect(found('申込者 Applicant：PARK JIHOON\n', 'person_name')).toEqual(['PARK JIHOON']);
    expect(found('お客様（山田太郎）', 'person_name')).toEqual(['山田太郎']);
  });
  it('roles as labels, with a colon; katakana names of three words', () => {
    expect(found('被災労働者：タマン ラジ クマル　（TAMANG RAJ KUMAR）\n', 'person_name')).toEqual(['タマン ラジ クマル', 'TAMANG RAJ KUMAR']);
    expect(found('緊急連絡先（母国）：NGUYEN THI BINH　+84 986 881 761\n', 'person_name')).toEqual(['NGUYEN THI BINH']);
    expect(found('技能実習生 入国後講習 カリキュラム（全176時間）', 'person_name')).toEqual([]);
    expect(found('保証人：株式会社ジェイリース', 'person_name')).toEqual([]);
    expect(found('Operator: NTT Docomo', 'person_name')).toEqual([]);
  });
});

describe('names in capitals with their katakana, in lists and headers (session 8)', () => {
  it('a name in capitals beside its katakana reading, either way round', () => {
    expect(found('来月配属予定の実習生HOANG DUC THANG（ホアン・ドゥック・タン）さん', 'person_name')).toEqual(['HOANG DUC THANG', 'ホアン・ドゥック・タン']);
    expect(found('ブイ・ティ・トゥー・チャンさん（BUI THI THU TRANG）\n', 'person_name')).toEqual(['ブイ・ティ・トゥー・チャン', 'BUI THI THU TRANG']);
    expect(found('JR EAST（ジェイアール イースト）', 'person_name')).toEqual([]);
    expect(found('SUNRISE HOTEL（サンライズ ホテル）', 'person_name')).toEqual([]);
    expect(found('PARK JIHOON（パク ジフン）', 'person_name')).toEqual(['PARK JIHOON', 'パク ジフン']);
  });
  it('a list of people in capitals, each with a birth date or a relation', () => {
    expect(found(' 1. NGUYEN THI BINH　続柄：母　生年月日：1953/07/18', 'person_name')).toEqual(['NGUYEN THI BINH']);
    expect(found('・KIM MINJUN　生年月日 1996/09/07', 'person_name')).toEqual(['KIM MINJUN']);
  });
  it('a country in brackets after a katakana name is no reading', () => {
    expect(found('通話メモ：グエン・ヴァン・アンさん（ベトナム）より。', 'person_name')).toEqual(['グエン・ヴァン・アン']);
  });
  it('header cells that end in a name label or a qualifier (カタカナ氏名, 氏名(英字))', () => {
    const t = 'カタカナ氏名\t氏名(英字)\t国籍\nダシルバ マリア\tDa Silva Maria\tブラジル\n';
    expect(found(t, 'person_name')).toEqual(['ダシルバ マリア', 'Da Silva Maria']);
  });
});

describe('identity numbers as foreign residents\' papers write them (session 8)', () => {
  it('a residence card under a letter-spaced or JSON label, and grouped by spaces under its label', () => {
    expect(found('在 留 カ ー ド　　番号 FX12498135GM\n', 'jp_residence_card')).toEqual(['FX12498135GM']);
    expect(found('{"country":"BR","residence_card":"YJ95358844FF"}', 'jp_residence_card')).toEqual(['YJ95358844FF']);
    expect(found('在留カード等の番号　EJ1056 9971XK', 'jp_residence_card')).toEqual(['EJ1056 9971XK']);
    expect(found('在 留 カ ー ド　　番号 AX 2098 5450 NM\n', 'jp_residence_card')).toEqual(['AX 2098 5450 NM']);
    expect(found('型番 EJ1056 9971XK', 'jp_residence_card')).toEqual([]);
  });
  it('My Number after 通知カード番号, not taken for a payment card', () => {
    expect(found('マイナンバーの通知カード番号は 2218-3286-8511 で登録しました', 'my_number')).toEqual(['2218-3286-8511']);
  });
  it("an insurer's name heads a card's 記号・番号", () => {
    expect(found('保険：協会けんぽ　記号・番号 02092795 459\n', 'jp_insurance_number')).toEqual(['02092795 459']);
  });
});

describe('addresses abroad after an address label (session 8)', () => {
  it('as the country writes them, without the country after them', () => {
    expect(found('  住所：House No. 214, Budhanilkantha-3, Kathmandu 44600, Nepal\n', 'jp_address')).toEqual(['House No. 214, Budhanilkantha-3, Kathmandu 44600']);
    expect(found('本国住所 Home address: 27/3 Đường Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh, Vietnam\n', 'jp_address')).toEqual(['27/3 Đường Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh']);
    expect(found('受取人住所：Avenida Brasil, 1820, apto 31, Maringá - PR, 87013-000, Brasil\n', 'jp_address')).toEqual(['Avenida Brasil, 1820, apto 31, Maringá - PR, 87013-000']);
  });
  it('not a list of words, nor e-mail or IP addresses', () => {
    expect(found('Address: see above, or below, 2 pages', 'jp_address')).toEqual([]);
    expect(found('IP address: 10.0.0.1, 10.0.0.2, Tokyo Office, Osaka Office', 'jp_address')).toEqual([]);
  });
});

describe('labels of bilingual and scanned forms (session 8)', () => {
  it('Portuguese and letter-spaced labels, Katakana:, an English label qualified before its colon', () => {
    expect(found('受取人 Beneficiário：DA SILVA JOSE CARLOS\n', 'person_name')).toEqual(['DA SILVA JOSE CARLOS']);
    expect(found('氏　　名　CHOI YUNA\n通 称 名　今村 チェ\n', 'person_name')).toEqual(['CHOI YUNA', '今村 チェ']);
    expect(found('Katakana: スミス ジョン デイビッド\n', 'person_name')).toEqual(['スミス ジョン デイビッド']);
    expect(found('Full name as on residence card: BUI THI THU TRANG\n', 'person_name')).toEqual(['BUI THI THU TRANG']);
    expect(found('name it whatever you like: Foo Bar', 'person_name')).toEqual([]);
    expect(found('Beneficiary address: Oudegracht 150, 3012 BM Rotterdam\n', 'person_name')).toEqual([]);
  });
  it("a shipping label's sender and addressee in capitals, not a team", () => {
    expect(found('FROM: TRAN THI HOA\n埼玉県川口市並木町2-18-4\nTO: NGUYEN THI BINH\n', 'person_name')).toEqual(['TRAN THI HOA', 'NGUYEN THI BINH']);
    expect(found('TO: ALL STAFF\n', 'person_name')).toEqual([]);
  });
});

describe('products on order lines are no people (session 8)', () => {
  it('a quantity or a count after the words', () => {
    expect(found('Items: Casper Original Pillow × 1 — $126.92\n', 'person_name')).toEqual([]);
    expect(found('SKU-963025,4928744333900,Graham crackers 400g,200,81.17,', 'person_name')).toEqual([]);
    expect(found('Please call Mary Jones 3 times', 'person_name')).toEqual(['Mary Jones']);
  });
});

describe('whose fact: the writer, and a subject introduced with a reading (session 8)', () => {
  it('a fact in the first person, in a message its writer signs', () => {
    const t = 'Hi Nishida-san,\nAs a practising Seventh-day Adventist, I keep the Sabbath, so I would like to avoid Saturday shifts.\nBest regards,\nDaniel Okafor\nDOB 1990-04-12';
    expect(found(t, 'sensitive')).toEqual(['Adventist', 'Sabbath']);
  });
  it('the subject of a report named with the reading of the name', () => {
    const t = '対象：BUI THI THU TRANG（ブイ ティ トゥー チャン）　社員番号 972806\n11月8日、チャンが伊勢崎警察署に逮捕された旨、警察より連絡。';
    expect(found(t, 'sensitive')).toEqual(['逮捕']);
  });
});

describe('phones in CSV cells and after workplace labels (session 8)', () => {
  it('a phone cell after a cell that ends in three digits is no thousands group', () => {
    expect(found('102,ベイサイド太田405,070-9646-2952,ネパール', 'phone')).toEqual(['070-9646-2952']);
    expect(found('売上 1,234,567円', 'phone')).toEqual([]);
  });
  it('勤務先 and 自宅 label phones; a company after them is none', () => {
    expect(found('携帯 090-4411-2093\n勤務先 0355551234\n', 'phone')).toEqual(['090-4411-2093', '0355551234']);
    expect(found('勤務先 株式会社ABC', 'phone')).toEqual([]);
  });
});

describe('order and payment records (session 8)', () => {
  it("a Latin name's kanji in brackets, not an office", () => {
    expect(found('Customer: Wagatsuma Yoshie (我妻 由英)\nTier: Gold', 'person_name')).toEqual(['Wagatsuma Yoshie', '我妻 由英']);
    expect(found('Contact: John Smith (東京本社)', 'person_name')).toEqual(['John Smith']);
  });
  it('Ship to: labels an address; a kana account holder with (ｶ at the line end is a company', () => {
    expect(found('Ship to: 22 Deansgate, Manchester M3 1RH\nTotal: £84.98', 'jp_address')).toEqual(['22 Deansgate, Manchester M3 1RH']);
    expect(found('口座名義 ﾄｳﾜﾌﾞｯｻﾝ(ｶ\n\n株式会社ネクストリンク', 'person_name')).toEqual([]);
  });
});

describe('a landline in one run, answering a question about a phone (session 8)', () => {
  it('a phone word on the line above; an order number is none', () => {
    expect(found('さとみ: 電話番号わかる？\nゆうき: 0338457515 だよ', 'phone')).toEqual(['0338457515']);
    expect(found('注文番号 0338457515', 'phone')).toEqual([]);
  });
});

describe('a name split over 姓 and 名 counts one person (session 8)', () => {
  it('in columns and in fields, two people of one family two people', () => {
    expect(scan('姓,名\n山田,太郎\n佐藤,花子\n').summary.people).toBe(2);
    expect(scan('姓,名\n山田,太郎\n山田,花子\n').summary.people).toBe(2);
    expect(scan('姓：山田　名：太郎\n姓：山田　名：花子\n').summary.people).toBe(2);
    expect(scan('姓\t名\tセイ\tメイ\n山田\t太郎\tヤマダ\tタロウ\n').summary.people).toBe(1);
  });
});

describe('a birth date after a format in brackets (session 8)', () => {
  it('Date of birth (DD/MM/YYYY): …', () => {
    expect(found('Date of birth (DD/MM/YYYY): 09/03/2003\n', 'date_of_birth')).toEqual(['09/03/2003']);
    expect(found('Date of birth (see the attached copy of the card) and 09/03/2003', 'date_of_birth')).toEqual([]);
  });
});

describe('a passport number followed by a space and a word (session 8)', () => {
  it('パスポート番号は TZ4523211 です', () => {
    expect(found('私のパスポート番号は TZ4523211 です。', 'jp_passport')).toEqual(['TZ4523211']);
    expect(found('パスポート番号 TZ4523211 8', 'jp_passport')).toEqual([]);
  });
});

describe('one foreign katakana name before さん (session 9)', () => {
  it('グルンさん, タンさん are people; a loanword, a role or a shop before さん is none', () => {
    expect(found('明日は6時から！グルンさん、シュレスタさん よろしく', 'person_name')).toEqual(['グルン', 'シュレスタ']);
    expect(found('野村です。\nタンさんの書類、今週中にいただけますか。', 'person_name')).toEqual(['タン']);
    expect(found('クライアントさんの件、ケアマネさんとドライバーさんにも伝えます。ローソンさんで買った', 'person_name')).toEqual([]);
  });
});

describe('a chat whose speakers are unlisted names (session 9)', () => {
  it('Bikash and Sunita talk, in part in Japanese; a changelog by platform is no chat', () => {
    const chat = 'Bikash: dai, bholi kaam chha?\nSunita: chha, 6 baje.\nBikash: OK あと私の電話かわりました\n';
    expect(found(chat, 'person_name')).toEqual(['Bikash', 'Sunita', 'Bikash']);
    const log = 'Kintone: 3 records\nSalesforce: sync failed for the lead import today\nKintone: sync failed for the app import today\n';
    expect(found(log, 'person_name')).toEqual([]);
  });
});

describe('an address whose parts stand apart, spaced or in cells (session 9)', () => {
  it('東京都 渋谷区 神南1-12-16 and 都道府県 | 市区町村 | 番地 cells are one address; a statistics row is none', () => {
    expect(found('住所：東京都 渋谷区 神南1-12-16', 'jp_address')).toEqual(['東京都 渋谷区 神南1-12-16']);
    expect(found('郵便番号\t都道府県\t市区町村\t番地\n150-0041\t東京都\t渋谷区\t神南1-12-16\n', 'jp_address')).toEqual(['東京都\t渋谷区\t神南1-12-16']);
    expect(found('"150-0041","東京都","渋谷区","神南二丁目"', 'jp_address')).toEqual(['東京都","渋谷区","神南二丁目']);
    expect(found('都道府県\t市区町村\t備考\n東京都\t渋谷区\t会員数12\n東京都\t港区\t1,204\n東京都 港区 12件', 'jp_address')).toEqual([]);
  });
  it('a katakana given name after a family name in kanji is no name of its own', () => {
    expect(found('金城 ヨシさんは朝食前に実施済み。', 'person_name').filter((x) => x === 'ヨシ')).toEqual([]);
  });
});

describe('an address split over labelled fields (session 9)', () => {
  it('番地：, 建物名：, address1/2 and a JSON address\'s "line1"/"line2" values are addresses; other values are not', () => {
    expect(found('都道府県：東京都\n市区町村：渋谷区\n番地：神南1-12-16\n建物名：和光ビル5F', 'jp_address')).toEqual(['神南1-12-16', '和光ビル5F']);
    expect(found('address1: 本町2丁目15番1号\naddress2: 和光ビル 5F', 'jp_address')).toEqual(['本町2丁目15番1号', '和光ビル 5F']);
    expect(found('{"address":{"city":"渋谷区","line1":"神南1-12-16","line2":"和光ビル 5F","state":"東京都"}}', 'jp_address')).toEqual(['神南1-12-16', '和光ビル 5F']);
    expect(found('建物名：本社ビル\n番地：未定\n{"line1":"見積書の送付"}\nline1: 神南1-12-16', 'jp_address')).toEqual([]);
  });
});

describe('本籍 is a sensitive fact, its address no home address (session 9)', () => {
  it('本籍：…, 本籍　… and 本 籍 … are one sensitive finding with the value, and no jp_address', () => {
    for (const t of ['本籍：長崎県佐世保市島瀬町10番地', '本籍　鹿児島県薩摩川内市中郷町1284番地\n上記', '本 籍　長崎県佐世保市島瀬町10番地']) {
      expect(found(t, 'jp_address')).toEqual([]);
      expect(found(t, 'sensitive')).toEqual([t.split('\n')[0]]);
    }
    expect(found('住所：東京都渋谷区神南1-12-16\n本籍：同上', 'jp_address')).toEqual(['東京都渋谷区神南1-12-16']);
  });
});

describe('field names as APIs and exports spell them (session 9)', () => {
  it('my_number, dl_no, account_number, birth, 健保記号 label their values', () => {
    expect(found('{"name":"藤本 千鶴","my_number": "316433344127" }', 'my_number')).toEqual(['316433344127']);
    expect(found('{"dl_no":"306531661303"}', 'jp_drivers_license')).toEqual(['306531661303']);
    expect(found('"account_number": "9975619"', 'jp_bank_account')).toEqual(['9975619']);
    expect(found('"birth":"1966-01-14"', 'date_of_birth')).toEqual(['1966-01-14']);
    expect(found('健保記号\t健保番号\n06089719\t32', 'jp_insurance_number')).toEqual(['06089719']);
    expect(found('birth rate 1.26 in 2024-01-14; "order_number": "9975619"', 'date_of_birth').concat(found('"order_number": "9975619"', 'jp_bank_account'))).toEqual([]);
  });
});

describe('numbers in logs and dates in letters are no phones or streets (session 9)', () => {
  it('a phone label reaches no second number past its own; a day, month and year is no house and street', () => {
    expect(found('GET /search?tel=08083746649&branch=793 HTTP/1.1" 200 7149', 'phone')).toEqual(['08083746649']);
    expect(found('tel: 200 7149', 'phone')).toEqual(['200 7149']);
    expect(found('> On Tue, 10 Feb 2026, Claims Team wrote:\nWeek ending 13 February 2026: 4 claims', 'jp_address')).toEqual([]);
    expect(found('Address: 10 Downing Street, London', 'jp_address')).toEqual(['10 Downing Street']);
  });
});

describe('a disease named by how its name is made (session 9)', () => {
  it('変形性膝関節症, 骨粗鬆症, 虫垂炎 in one person\'s record are medical; 症状, 病院, 傷病手当金, 発病日, 看病 are not diseases', () => {
    expect(found('利用者：浅野 ハナ様\n状況：変形性膝関節症のため立ち上がりに介助必要。', 'sensitive')).toEqual(['変形性膝関節症']);
    expect(found('氏名：山田 太郎\n既往：骨粗鬆症、虫垂炎（2010年）', 'sensitive')).toEqual(['骨粗鬆症、虫垂炎']);
    expect(found('氏名：山田 太郎\n症状の説明のため病院へ同行。傷病手当金の申請書と発病日の記入欄を確認。母の看病で休み。', 'sensitive')).toEqual([]);
  });
});

describe('staff and heirs after the words of a bank\'s forms (session 9)', () => {
  it('受付, 起案, 照合済, 相続人 head names; a particle after the name is no part of it; 受付時間 and 受付：総務部 are none', () => {
    expect(found('キャッシュカード回収済。受付 大谷\n起案 久保田／承認 杉浦 芳江\n届出印 照合済 丸岡', 'person_name')).toEqual(['大谷', '久保田', '杉浦 芳江', '丸岡']);
    expect(found('1. 相続人河合 武は、東都信用金庫の預金全額を取得する。', 'person_name')).toEqual(['河合 武']);
    expect(found('受付時間 9:00-17:00\n受付：総務部\n起案 新商品の企画', 'person_name')).toEqual([]);
  });
  it('a disease-like word in an address is no disease', () => {
    expect(found('申込者 小川観歌、住所 秋田県鹿嶋市一乗寺病ダレ１‐１５‐１１。', 'sensitive')).toEqual([]);
  });
});

describe('two katakana words before an honorific, one of them like a word (session 9)', () => {
  it('ハラダ アイコ 様 is one name', () => {
    expect(found('普通預金 6613971（ハラダ アイコ 様）', 'person_name')).toEqual(['ハラダ アイコ']);
  });
});

describe('digits set one by one under a number\'s label (session 9)', () => {
  it('口座番号　７ ７ ３ ２ ２ ２ ８, 個人番号 and 電話 so written are found; three digits or a wrong check digit are not', () => {
    expect(found('預金種目　普通　口座番号　７ ７ ３ ２ ２ ２ ８\n受取人', 'jp_bank_account')).toEqual(['７ ７ ３ ２ ２ ２ ８']);
    expect(found('個人番号 3 1 6 4 3 3 3 4 4 1 2 7', 'my_number')).toEqual(['3 1 6 4 3 3 3 4 4 1 2 7']);
    expect(found('電話 0 9 0 1 2 3 4 5 6 7 8', 'phone')).toEqual(['0 9 0 1 2 3 4 5 6 7 8']);
    expect(found('口座番号 1 2 3\n個人番号 3 1 6 4 3 3 3 4 4 1 2 8', 'jp_bank_account').concat(found('個人番号 3 1 6 4 3 3 3 4 4 1 2 8', 'my_number'))).toEqual([]);
  });
});

describe('a column named with a script\'s suffix (session 9)', () => {
  it('name_roman, dob, name_kanji make a header: the birth date under dob is found', () => {
    expect(found('"name_roman","dob","name_kanji"\n"Kosuke Uehara","1976-02-15","上原 康介"\n', 'date_of_birth')).toEqual(['1976-02-15']);
  });
});

describe('a CRM record copied with its fields in columns (session 9)', () => {
  it('Contact owner  Jennifer Goldberg is a name; Owner: Sales and Owner  Marketing are teams', () => {
    expect(found('Contact owner  Jennifer Goldberg\nRecord ID  CUS-4963441', 'person_name')).toEqual(['Jennifer Goldberg']);
    expect(found('Owner: Sales\nOwner  Marketing\nAssignee: Support', 'person_name')).toEqual([]);
    expect(found('Name: Smith\nCustomer: Ellison', 'person_name')).toEqual(['Smith', 'Ellison']);
  });
});

describe('a LINE chat export names the other person on its first line (session 9)', () => {
  it('[LINE] 隆ちゃん🌸とのトーク履歴 is 隆; a group\'s export is none', () => {
    expect(found('[LINE] 隆ちゃん🌸とのトーク履歴\n保存日時：2025/6/1 10:00', 'person_name')).toEqual(['隆']);
    expect(found('[LINE] 家族グループのトーク履歴\n保存日時：2025/6/1 10:00', 'person_name')).toEqual([]);
  });
});

describe('the speakers of a LINE chat export (session 9)', () => {
  it('"10:02⇥隆⇥message" lines name who wrote, in an export; a timetable is none', () => {
    const chat = '[LINE] 隆とのトーク履歴\n保存日時：2025/06/01 12:00\n\n2025/06/01(日)\n10:02\t隆\tおはよう\n9:30\tみゆき\tまたね\n';
    expect(found(chat, 'person_name')).toEqual(['隆', '隆', 'みゆき']);
    expect(found('10:00\t朝礼\t全員\n11:00\t会議\t第1会議室\n', 'person_name')).toEqual([]);
  });
});

describe('one sensitive fact, one finding; field names with their values (session 9)', () => {
  it('手術名 and 健康状態 take their values; medicines in brackets join 服薬; a theft suffered is a crime victim\'s fact', () => {
    expect(found('氏名：原田 愛子\n入院期間 2025年11月2日～（9日間）\n手術名 経皮的冠動脈形成術（PCI）', 'sensitive')).toContain('手術名 経皮的冠動脈形成術（PCI）');
    expect(found('氏名：原田 愛子\n健康状態：軽度の難聴あり（補聴器使用）のため', 'sensitive')).toEqual(['健康状態：軽度の難聴あり（補聴器使用）のため']);
    expect(found('氏名：原田 愛子\n健康状態：良好', 'sensitive')).toEqual([]);
    expect(found('氏名：菅原 ハナ\n状況：服薬確認済（ドネペジル、アムロジピン）。', 'sensitive')).toEqual(['服薬確認済（ドネペジル、アムロジピン）']);
    expect(found('会員：原田 愛子 090-5279-9308\n状況：駅で財布ごと盗まれたとのこと。', 'sensitive')).toEqual(['盗まれた']);
  });
});

describe('a Brazilian name in katakana, three words before さん (session 9)', () => {
  it('ダシルバ マリア アパレシーダさん is one name', () => {
    expect(found('今月は浜松工場のダシルバ マリア アパレシーダさん。', 'person_name')).toEqual(['ダシルバ マリア アパレシーダ']);
  });
});

describe('roles, schemas and card numbers that are no people or phones (session 9)', () => {
  it('口座名義人様, name VARCHAR(100) and the last groups of a gift card number are none', () => {
    expect(found('1. 口座名義人様がお亡くなりになったことをご連絡ください', 'person_name')).toEqual([]);
    expect(found('CREATE TABLE c (\n  id BIGINT PRIMARY KEY,\n  name VARCHAR(100) NOT NULL\n);', 'person_name')).toEqual([]);
    expect(found('8397 0550 5313 7749　5,000円分　未使用', 'phone')).toEqual([]);
    expect(found('TEL 090 1234 5678', 'phone')).toEqual(['090 1234 5678']);
  });
});

describe('invisible chars inside a value hide nothing (session 9)', () => {
  it('zero-width spaces, soft hyphens and word joiners are read through, at the offsets of the text as given', () => {
    const t = '電話 090\u200b1234\u200b5678\nマイナンバー 1234\u00ad5678\u00ad9018\nmail: taro\u200b@example.com\n\ufeff山田\u2060太郎様';
    expect(found(t, 'phone')).toEqual(['090\u200b1234\u200b5678']);
    expect(found(t, 'my_number')).toEqual(['1234\u00ad5678\u00ad9018']);
    expect(found(t, 'email')).toEqual(['taro\u200b@example.com']);
    expect(found(t, 'person_name')).toEqual(['山田\u2060太郎']);
  });
});

describe('an e-mail address written to slip past harvesters (session 9)', () => {
  it('taro(at)example.co.jp, info★example.co.jp and taro [at] example [dot] com are addresses; star ratings are not', () => {
    expect(found('連絡先：taro(at)example.co.jp', 'email')).toEqual(['taro(at)example.co.jp']);
    expect(found('お問い合わせ：info★example.co.jp（★を@に変えて）', 'email')).toEqual(['info★example.co.jp']);
    expect(found('mail me: taro [at] example [dot] com', 'email')).toEqual(['taro [at] example [dot] com']);
    expect(found('評価：★★★☆☆ 星★5つ, see (at) the top', 'email')).toEqual([]);
    expect(scan('taro(at)example.co.jp と taro@example.co.jp').summary.people).toBe(1);
  });
});

describe('calls, card payments by phone, conference bridges (session 9)', () => {
  it('a birth date answered on the next line after the question; a card keyed in for a phone order; a dial-in bridge is no one\'s phone', () => {
    expect(found('AGENT: Can I take your date of birth?\nCUSTOMER: 5 Aug 2001.\nAGENT: And the postcode', 'date_of_birth')).toEqual(['5 Aug 2001']);
    expect(found('AGENT: date of birth?\nCUSTOMER: Jun 17 1977.', 'person_name')).toEqual([]);
    expect(found('Manual card entry (phone order): 2551354851648626  CVC ***  05/27', 'credit_card')).toEqual(['2551354851648626']);
    expect(found('Order: 4111111111111111', 'credit_card')).toEqual([]);
    expect(found('Dial by your location  +1 646 931 3860 US (New York)  PIN 77764', 'phone')).toEqual([]);
  });
});

describe('a line of JSON is no table header (session 9)', () => {
  it('an API body wrapped over lines keeps its labelled values', () => {
    const t =
      '{"applicant_id":"APL-8832670","job_id":"REQ-2843","stage":"書類選考",\n "candidate":{"last_name":"福田","first_name":"梨花","last_name_kana":"フクダ",\n' +
      '  "birth_date":"1971-09-10","email":"rika.fukuda16@icloud.com","phone":"090-6875-3854",\n  "address":{"postal_code":"064-0808","full":"北海道札幌市中央区南八条西4丁目422番地5"}},\n' +
      ' "recruiter":{"name":"藤原 和真","email":"fujiwara@nextcareer.co.jp"}}';
    expect(found(t, 'person_name')).toEqual(['福田', '梨花', 'フクダ', '藤原 和真']);
    expect(found(t, 'date_of_birth')).toEqual(['1971-09-10']);
  });
});

describe('chat handles that are accounts or roles (session 9)', () => {
  it('アオバ光 サポート and 幹事 in a LINE export are no people', () => {
    const t = '[LINE] アオバ光 サポートとのトーク履歴\n2026/09/10(水)\n10:17\tアオバ光 サポート\t工事日程の確認です。\n10:20\t幹事\t集合は8:10です\n10:21\t山本 花子\tはい';
    expect(found(t, 'person_name')).toEqual(['山本 花子']);
  });
});

describe('one kanji under 姓 or 名 (session 9)', () => {
  it('a one-kanji given or family name in split columns is a name part', () => {
    expect(found('社員番号,姓,名,セイ,メイ\n97422,石原,航,ｲｼﾊﾗ,ﾜﾀﾙ\n', 'person_name')).toEqual(['石原', '航', 'ｲｼﾊﾗ', 'ﾜﾀﾙ']);
    expect(found('姓\t名\n林\t航\n', 'person_name')).toEqual(['林', '航']);
  });
});

describe('names as cards and résumés print them (session 9)', () => {
  it('a letter-spaced name alone on its line (with its romanisation below, or a given name of the dictionary); ますだ is a reading, not a sentence', () => {
    expect(found('宿泊営業部 マネージャー\n古 賀 賢 治\n〒113-0033', 'person_name')).toEqual(['古 賀 賢 治']);
    expect(found('法人営業部 課長\n古 川 洋 平\nFURUKAWA Yohei\n', 'person_name')).toEqual(['古 川 洋 平', 'FURUKAWA Yohei']);
    expect(found('履 歴 書\n本 日 休 業\n会 議 室\n', 'person_name')).toEqual([]);
    expect(found('ふりがな　ますだ りゅうのすけ\n氏名：入力します', 'person_name')).toEqual(['ますだ りゅうのすけ']);
  });
});

describe('names in lower case in sales notes (session 9)', () => {
  it('mtg w camille + javier, catch-up w giulia, call with ana beatriz; not with grace, may or the team', () => {
    expect(found('mtg w camille + javier @ their ofice\ncatch-up w giulia — budget approved\ncall with ana beatriz', 'person_name')).toEqual(['camille', 'javier', 'giulia', 'ana beatriz']);
    expect(found('Notes: went well with grace and may follow up; met with the team', 'person_name')).toEqual([]);
  });
});

describe('English records: who the record is about, and what it says of health (session 9)', () => {
  it('Employee:, Member: head names; surgery, hearing impairment, a medical note are medical facts about them', () => {
    expect(found('Employee: Dana Kowalczyk\nLeave reason: knee replacement surgery, FMLA 6 weeks', 'sensitive').length).toBe(1);
    expect(found('Employee: Dana Kowalczyk\nAccommodation: hearing impairment — captioned calls requested', 'sensitive')).toEqual(['hearing impairment']);
    expect(found('Member: MATHIEU LAVOIE     Member ID: XKJ716575', 'person_name')).toEqual(['MATHIEU LAVOIE']);
    expect(found('Foreign Employee Registration\nEmployee: 120 of 300 submitted\nClient: Acme Corp', 'person_name')).toEqual([]);
  });
});

describe('Japanese record subjects (session 9)', () => {
  it('社員：, 会員：, 受講者： head a name (foreign ones too); 会員：ゴールド, 学生：無料, 会員登録 are none', () => {
    expect(found('社員：グエン ヴァン アン\n会員：NGUYEN THI BINH\n受講者：キム ミンジュン', 'person_name')).toEqual(['グエン ヴァン アン', 'NGUYEN THI BINH', 'キム ミンジュン']);
    expect(found('会員：原田 愛子 090-5279-9308', 'person_name')).toEqual(['原田 愛子']);
    expect(found('会員：ゴールド\n学生：無料\n会員登録が完了しました', 'person_name')).toEqual([]);
  });
});

describe('published test card numbers in a sandbox\'s docs (session 9)', () => {
  it('4242 4242 4242 4242 where tests are spoken of is nobody\'s card; the same number keyed in for a customer is one', () => {
    expect(found('Stripe test mode: use 4242 4242 4242 4242 with any future date and any CVC.', 'credit_card')).toEqual([]);
    expect(found('テスト環境ではカード番号 4111111111111111 を使ってください', 'credit_card')).toEqual([]);
    expect(found('Hey Chris, can you run this card again? 3782 822463 10005 exp 08/27', 'credit_card')).toEqual(['3782 822463 10005']);
  });
});

describe('look-alike letters and digits from "fancy text" tools (session 9)', () => {
  it('𝟎𝟗𝟎-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖 and 𝐭𝐚𝐫𝐨@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦 are a phone and an address, at their offsets; circled list numbers stay as they are', () => {
    expect(found('電話 𝟎𝟗𝟎-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖', 'phone')).toEqual(['𝟎𝟗𝟎-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖']);
    expect(found('mail: 𝐭𝐚𝐫𝐨@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦', 'email')).toEqual(['𝐭𝐚𝐫𝐨@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦']);
    expect(found('生年月日：②3月5日に変更 ①', 'date_of_birth')).toEqual([]);
  });
});

describe('given names alone as chat speakers (session 10)', () => {
  it("a family LINE group's 翔子: / 茂: lines, and a chat widget customer beside a bracketed agent", () => {
    const family = '[LINE] 家族グループ「実家」\n翔子: お母さんの介護認定の結果きたよ\n翔子: 要介護2だって\n茂: そっか…デイサービス増やせるね\n翔子: 銀行の手続き、私の口座番号送っとく\n茂: 了解。';
    expect(found(family, 'person_name')).toEqual(['翔子', '翔子', '茂', '翔子', '茂']);
    const widget = '14:02 千夏：すみません、住所変更したいです\n14:03 吉岡（サポート）：承知しました。\n14:05 千夏：電話は 080-6240-3981\n14:05 千夏：よろしくお願いします\n14:06 吉岡（サポート）：変更いたしました。';
    expect(found(widget, 'person_name')).toEqual(['千夏', '吉岡', '千夏', '千夏', '吉岡']);
  });
  it('not relatives, roles or a form whose labels pass for given names', () => {
    expect(found('長男：こんにちは\n次男：こんばんは\n長男：そうだね\n次男：わかった', 'person_name')).toEqual([]);
    expect(found('議長：それでは始めます\n部長：はい、よろしくお願いします\n議長：まず報告から\n部長：承知しました', 'person_name')).toEqual([]);
    expect(found('理由：遅延\n大正：元年\n理由：なし\n大正：二年', 'person_name')).toEqual([]);
  });
});

describe("an airline booking (PNR): the passport element's traveller and the contacts' /Pn (session 10)", () => {
  it('SSR DOCS gives the birth date and SURNAME/GIVEN by field order, and a Japanese passport by its issuer', () => {
    const pnr = ' 9 SSR DOCS JL HK1 P/GBR/672981782/GBR/04MAR97/M/20AUG30/HALE/VICTOR/P1\n10 SSR DOCS YY HK1/P/JPN/TK1234567/JPN/12JUL80/F/01JAN30/SATO/HANAKO MS/P2';
    expect(found(pnr, 'date_of_birth')).toEqual(['04MAR97', '12JUL80']);
    expect(found(pnr, 'person_name')).toEqual(['HALE/VICTOR', 'SATO/HANAKO']);
    expect(found(pnr, 'jp_passport')).toEqual(['TK1234567']);
    expect(found('SSR DOCS JL HK1 P/GBR/672981782/GBR/04XYZ97/M/20AUG30/HALE/VICTOR/P1', 'date_of_birth')).toEqual([]);
  });
  it('a contact element "APM +44 7552 046040/P1" is a phone; digits before "/P1X" are not', () => {
    expect(found('  6 APM +44 7552 046040/P1\n  7 APE victor.hale@gmail.com/P1', 'phone')).toEqual(['+44 7552 046040']);
    expect(found('TEL 03-1234-5678/PX', 'phone')).toEqual([]);
  });
});

describe('conditions named without 症 or 病, and work restrictions from a health check (session 10)', () => {
  it('高血圧, ヘルニア, 要就業制限, 要医療, "treated for" are medical facts about the person on the record', () => {
    const rec = '氏名：島田 聡子\n健康情報：腰椎椎間板ヘルニアのため重量物の取扱い不可\n就業判定：要就業制限（高血圧のため夜勤不可）\n空腹時血糖：148 mg/dL 要医療';
    const got = found(rec, 'sensitive').join(' ');
    for (const w of ['ヘルニア', '要就業制限', '高血圧', '要医療']) expect(got).toContain(w);
    expect(found('Patient: Grace Fernandes. I was treated for a detached retina in January.', 'sensitive').length).toBeGreaterThan(0);
  });
});

describe('a family name alone after an office, a title or a company, apart from it (session 10)', () => {
  it('人事 藤原 at a list\'s end, 上長 三浦, 株式会社アオバ精工 吉岡 as a booking\'s name', () => {
    expect(found('出席：産業医 福田医師、上長 三浦 裕二、人事 藤原\n経過：面談', 'person_name')).toContain('藤原');
    expect(found('予約名：株式会社アオバ精工 吉岡\n当日連絡先：090-4426-5065', 'person_name')).toEqual(['吉岡']);
    expect(found('請求先：アオバ精工株式会社 吉岡\n', 'person_name')).toEqual(['吉岡']);
    expect(found('株式会社アオバ精工 本社\n', 'person_name')).toEqual([]);
  });
});

describe('a name label glued to the word after it is a compound word, not a field (session 10)', () => {
  it('契約者貸付, 共同相続人全員で… are no names; 氏名山田太郎 (OCR drops the gap) still is', () => {
    expect(found('上記被相続人の遺産について、共同相続人全員で協議した結果、次のとおり分割する。', 'person_name')).toEqual([]);
    expect(found('ご請求いただいた契約者貸付（証券番号 8951570131）のお手続きが完了しました。', 'person_name')).toEqual([]);
    expect(found('氏名山田太郎', 'person_name')).toEqual(['山田太郎']);
  });
});

describe("a Japanese header cell is what its last word says (session 10)", () => {
  it('お届け先電話番号 is a phone column, お届け先郵便番号 a postal one, お届け先名 the recipient (not an address)', () => {
    const csv = 'お届け先電話番号,お届け先郵便番号,お届け先住所,お届け先名,品名\n07010248988,1130033,東京都文京区本郷9-22-1,橋本碧,いす\n09079431356,8400801,佐賀県佐賀市駅前中央8丁目8-43,薬師寺久美子,りんご';
    expect(found(csv, 'phone')).toEqual(['07010248988', '09079431356']);
    expect(found(csv, 'jp_postal_code')).toEqual(['1130033', '8400801']);
    expect(found(csv, 'jp_address')).toEqual(['東京都文京区本郷9-22-1', '佐賀県佐賀市駅前中央8丁目8-43']);
    expect(found(csv, 'person_name')).toEqual(['橋本碧', '薬師寺久美子']);
  });
});

describe('a prescribed medicine, its dose and how often it is taken, is a medical fact about the patient (session 10)', () => {
  it('お薬手帳 and SOAP lines in Japanese, a plan in English; a catalogue or a leaflet without a patient is not', () => {
    const note = '患者：岡本 節子\nP）アムロジピン錠5mg 1回1錠 1日1回 朝食後 30日分\n② タムスロシン塩酸塩OD錠0.2mg 1日1回 朝食後';
    expect(found(note, 'sensitive')).toEqual(['アムロジピン錠5mg 1回1錠 1日1回 朝食後 30日分', 'タムスロシン塩酸塩OD錠0.2mg 1日1回 朝食後']);
    expect(found('Patient: Grace Fernandes\nPlan: start metformin 500 mg PO BID', 'sensitive')).toEqual(['metformin 500 mg PO BID']);
    expect(found('ビタミンC 1000mg 60粒 ¥1,980\nお届け先：山田 太郎 様', 'sensitive')).toEqual([]);
    expect(found('通常、成人にはアムロジピンとして2.5～5mgを1日1回経口投与する。', 'sensitive')).toEqual([]);
  });
});

describe('health-insurance card numbers as prescriptions and claims write them; eponymous diseases (session 10)', () => {
  it("保険⇥記号 … 番号 …, after the insurer's 保険者番号, and with a 枝番", () => {
    expect(found('患者\t我妻 蓮\n保険\t記号 22133213 番号 231\n', 'jp_insurance_number')).toEqual(['22133213 番号 231']);
    expect(found('保険者番号 06784518　記号 55604737 番号 4\n氏名 小鳥遊 愛莉', 'jp_insurance_number')).toEqual(['55604737 番号 4']);
    expect(found('保険者番号 13845052　記号 617091　番号 270　枝番 02\n', 'jp_insurance_number')).toEqual(['617091　番号 270　枝番 02']);
    expect(found('事業所整理記号 12345 番号 67', 'jp_insurance_number')).toEqual([]);
  });
  it('橋本病 and 川崎病 are diseases, not a family name and a given name', () => {
    expect(found('人名に由来する病名：橋本病（橋本策）、川崎病（川崎富作）', 'person_name')).not.toContain('橋本病');
    expect(found('人名に由来する病名：橋本病（橋本策）、川崎病（川崎富作）', 'person_name')).not.toContain('川崎病');
  });
});

describe("a clinical note's sections state the patient's health, line by line (session 10)", () => {
  it('SOAP lines (S） O） A） P）) and a visit note (Chief complaint / Vitals / Assessment / Plan) under a patient', () => {
    const soap = '患者：岡本 節子（78）\nS）家庭血圧が160台で推移、頭重感あり\nO）BP 117/73 mmHg, HR 104, BT 37.6℃\nA）高血圧症の疑い\nP）減塩指導\n次回：2週間後';
    expect(found(soap, 'sensitive')).toEqual(['家庭血圧が160台で推移、頭重感あり', 'BP 117/73 mmHg, HR 104, BT 37.6℃', '高血圧症の疑い', '減塩指導']);
    const visit = 'Patient: Ram Gurung   DOB 1990-01-02\nChief complaint: wheeze and night cough\nVitals: BP 157/94, HR 83\nAssessment: Asthma, mild persistent\nAllergies: none known';
    expect(found(visit, 'sensitive')).toEqual(['wheeze and night cough', 'BP 157/94, HR 83', 'Asthma, mild persistent']);
  });
  it("not a Q&A's A: and P: lines, nor a project's 経過 / 所見 / 診断 without a patient", () => {
    expect(found('顧客：山田 太郎\nQ: いつ届きますか\nA: 明日です\nP: 了解しました\nS: ありがとう', 'sensitive')).toEqual([]);
    expect(found('プロジェクト計画\n経過：順調\n所見：特になし\n診断：不要\n', 'sensitive')).toEqual([]);
  });
});

describe('what welfare, courts, schools and religious rolls write about a person (session 10)', () => {
  const rec = (line: string) => `氏名：田村 美智子\n生年月日：1971/05/15\n${line}`;
  it('生活扶助, 障害名, 障害者控除, 信徒, 本　　籍, 殴られ, 脅迫, 暴行を加え, 結核, 胚移植', () => {
    for (const [line, word] of [
      ['受給状況：令和7年5月17日から生活扶助・住宅扶助', '生活扶助'],
      ['障害名：心臓機能障害（ペースメーカー植込み）', '障害名'],
      ['控除対象\t障害者控除', '障害者控除'],
      ['所属：信徒（名古屋支部）', '信徒'],
      ['本　　籍　京都府舞鶴市字浜391番地5', '本　　籍'],
      ['相談：職場で殴られた。', '殴られ'],
      ['元交際相手から脅迫のメッセージを受けている', '脅迫'],
      ['被告は、原告に暴行を加え、原告は負傷した。', '暴行を加え'],
      ['病型　肺結核（喀痰塗抹陽性）', '結核'],
      ['2026/08/12 凍結融解胚移植', '胚移植'],
    ]) expect(found(rec(line), 'sensitive').join(' '), line).toContain(word);
  });
  it('a docket and a referral in English: offenses, sentencing, PMH', () => {
    const docket = 'Defendant: Gareth Llewellyn   DOB 16 Apr 1991\nCharge: OVI 1st offense\nEvent: Sentencing – plea of guilty entered 3/2';
    expect(found(docket, 'sensitive').length).toBeGreaterThanOrEqual(2);
    expect(found('Re: Trevor Banks   DOB 08/03/1980\nPMH: Anxiety, alcohol dependence', 'sensitive').join(' ')).toContain('PMH');
  });
});

describe('a name column of a CSV without a header, and a compound header ending in 氏名 (session 10)', () => {
  it('rare names in the column where most cells are names found, in commas as in tabs', () => {
    const csv = 'R6835457,神 康弘,09085579638,904-0004\nR1122361,久保 優希,08019890765,320-0811\nR7543291,石川 樹,0752727656,060-0807\nR6397347,三浦 智也,09073114150,279-0011';
    expect(found(csv, 'person_name')).toEqual(['神 康弘', '久保 優希', '石川 樹', '三浦 智也']);
    // (a header row above holds no digit: its cells are labels, not names)
    expect(found('社員番号\t氏名\t等級\n382896\t大西 香織\tG4\n277266\t篠原 絵美\tM1\n151741\t北村 大樹\tG3', 'person_name')).not.toContain('氏名');
  });
  it('送付先氏名 is a name column even though 送付先 alone heads addresses', () => {
    expect(found('注文番号,送付先氏名,送付先郵便番号\n1,綿貫梓,802-0001\n2,薬師寺大和,133-0057', 'person_name')).toEqual(['綿貫梓', '薬師寺大和']);
  });
});

describe('roles, stations and answers spoken are no names; a name ends where its sentence goes on (session 10)', () => {
  it('ご注文者様, オーナー様, 「南千里」駅, a shop\'s LINE account, お客様：もう落ち着きました, お客様：ゼロハチゼロの…', () => {
    expect(found('ご注文者様のお名前をフルネームでお願いできますか', 'person_name')).toEqual([]);
    expect(found('BEGIN:VCARD\nFN:長岡 誠\nNOTE:オーナー様\nEND:VCARD', 'person_name')).not.toContain('オーナー');
    expect(found('阪急千里線「南千里」駅 徒歩9分', 'person_name')).toEqual([]);
    expect(found('[LINE] 北欧雑貨ミルッカとのトーク履歴\n保存日時：2026/02/18 10:00', 'person_name')).toEqual([]);
    expect(found('お客様：もう落ち着きました\nオペレーター：よかったです', 'person_name')).toEqual([]);
    expect(found('[03:37] お客様：ゼロハチゼロの7476の0512です', 'person_name')).toEqual([]);
  });
  it('担当松尾が承りました is 松尾; 担当：山田はるか keeps its hiragana given name', () => {
    expect(found('お手続き完了です。担当松尾が承りました。', 'person_name')).toEqual(['松尾']);
    expect(found('担当：山田はるか', 'person_name')).toEqual(['山田はるか']);
  });
});

describe('numbers read out on a call, as speech-to-text writes them (session 10)', () => {
  it('phones joined by の or a filler, digits said in katakana, a card and a licence asked for a line above', () => {
    expect(found('[03:37] お客様：ゼロハチゼロの7476の0512です', 'phone')).toEqual(['ゼロハチゼロの7476の0512']);
    expect(found('入居者 080 えー 3074 の 7811\n管理会社 ありがとうございます', 'phone')).toEqual(['080 えー 3074 の 7811']);
    expect(found('Caller: 090の1403の4541', 'phone')).toEqual(['090の1403の4541']);
    expect(found('カード番号をお願いいたします\nお客様 はい 3709 えーと 155153 87497', 'credit_card')).toEqual(['3709 えーと 155153 87497']);
    expect(found("CALLER ok it's 3533 um 5586 6864 2579", 'credit_card')).toEqual(['3533 um 5586 6864 2579']);
    expect(found('運転免許証の番号を左からお願いします\nCu: はい 2161 7089 えー 7744', 'jp_drivers_license')).toEqual(['2161 7089 えー 7744']);
  });
  it('not dates, addresses or words with の between numbers', () => {
    for (const t of ['2024年の3月の10日の会議', '1の2の3番地', 'ゼロから始める', '第3の0120の件']) {
      expect(found(t, 'phone'), t).toEqual([]);
      expect(found(t, 'credit_card'), t).toEqual([]);
    }
  });
});

describe('people in dockets, reports and lab orders (session 10)', () => {
  it('Analyst:, Ordering:, Defendant: label a name; LLEWELLYN, GARETH is one name; Hon. is no name', () => {
    expect(found('Analyst: Jordan Ortega\n', 'person_name')).toEqual(['Jordan Ortega']);
    expect(found('Ordering: S. Ahmadi\n', 'person_name')).toEqual(['S. Ahmadi']);
    expect(found('Defendant: LLEWELLYN, GARETH\n', 'person_name')).toEqual(['LLEWELLYN, GARETH']);
    expect(found('Judge: Hon. Margaret Whitcombe', 'person_name')).toEqual(['Margaret Whitcombe']);
  });
});

describe('a family register and a pleading (session 10)', () => {
  it('【名】航, 【父】越智正雄, 【母】越智キヨ are names; 原　告 and 被　告 are parties, not names', () => {
    const koseki = '戸籍に記録されている者\n　【名】航\n　【生年月日】平成2年8月17日　【配偶者区分】夫\n　【父】越智正雄　【母】越智キヨ\n　【続柄】長男';
    expect(found(koseki, 'person_name')).toEqual(['航', '越智正雄', '越智キヨ']);
    expect(found('　　原　告　遠藤　紬\n　　被　告　青木　勝', 'person_name')).toEqual(['遠藤　紬', '青木　勝']);
  });
});

describe('a street type before the name is capitalised in English (session 10)', () => {
  it('"1 Feb 2026 via website" and "3 bd | 2 ba" are no addresses; 45 Bd Haussmann, 18 rue de Rivoli and 772 ul. Narewska 94 are', () => {
    expect(found('Submitted 1 Feb 2026 via website', 'jp_address')).toEqual([]);
    expect(found('3 bd | 2 ba | 1,850 sqft', 'jp_address')).toEqual([]);
    expect(found('45 Bd Haussmann, Paris', 'jp_address').length).toBe(1);
    expect(found('delivered to C. Rousseau at 18 rue de Rivoli, 75001 Paris', 'jp_address').length).toBe(1);
    expect(found('ship to 772 ul. Narewska 94, Warszawa', 'jp_address').join()).toContain('772');
  });
});

describe("an address block's addressee, on the line above its postal code or address (session 10)", () => {
  it('a rare name alone above 〒 or the address is the addressee; a shop or an office is not', () => {
    expect(found('配送先\n鰐淵香織\n569-0803\n大阪府高槻市高槻町59-3', 'person_name')).toEqual(['鰐淵香織']);
    expect(found('配送先住所\n神 博\n〒662-0832\n兵庫県西宮市甲風園2丁目5-4', 'person_name')).toEqual(['神 博']);
    expect(found('アオバ商店\n569-0803\n大阪府高槻市高槻町59-3', 'person_name')).toEqual([]);
    expect(found('本社\n〒100-0001\n東京都千代田区千代田1-1', 'person_name')).toEqual([]);
  });
});

describe("a record's family line: a kin word, a space, the name (session 10)", () => {
  it('家族 妻 碧（…）、長男 達也（小4）; 夫 長嶺 智也、…', () => {
    expect(found('家族 妻 碧（1987年9月19日生）、長男 達也（小4）', 'person_name')).toEqual(['碧', '達也']);
    expect(found('夫 長嶺 智也、1981/12/18生', 'person_name')).toEqual(['長嶺 智也']);
    expect(found('父 不明（記載なし）', 'person_name')).toEqual([]);
  });
});

describe("a document's title names a kind of record, not a fact (session 10)", () => {
  it('人間ドック 結果通知表 and 不妊治療 経過表 are titles', () => {
    expect(found('人間ドック 結果通知表\n受診者　村上 達也　様　1967-01-02', 'sensitive')).toEqual([]);
    expect(found('不妊治療 経過表　まつもと産婦人科\n妻：中川 葵（29）', 'sensitive')).toEqual([]);
  });
});
