import { describe, expect, it } from 'vitest';
import { fold, mask, scan, scanTable, summarize, type Finding, type FindingType } from '../../utils/detect';
import { cardBrand, isCorporateNumber, isIban, isMyNumber, isSsn, luhn } from '../../utils/detect/checksums';

const HIGH = 0.8;
function high(text: string, type?: FindingType): Finding[] {
  return scan(text).findings.filter((f) => f.confidence >= HIGH && (!type || f.type === type));
}
function found(text: string, type: FindingType): string[] {
  return high(text, type).map((f) => text.slice(f.start, f.end));
}

describe('check digits', () => {
  it('My Number (weights 6..2,7..2 mod 11)', () => {
    expect(isMyNumber('123456789018')).toBe(true);
    expect(isMyNumber('123456789019')).toBe(false);
    expect(isMyNumber('12345678901')).toBe(false);
  });
  it('Corporate Number (check digit first, mod 9)', () => {
    expect(isCorporateNumber('4011001098993')).toBe(true);
    expect(isCorporateNumber('6010701027558')).toBe(true);
    expect(isCorporateNumber('5011001098993')).toBe(false);
  });
  it('Luhn and card brands incl. JCB 2131/1800 and Mastercard 2-series', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(cardBrand('3530111333300000')).toBe('jcb');
    expect(cardBrand('213176828496175')).toBe('jcb');
    expect(cardBrand('180016070420458')).toBe('jcb');
    expect(cardBrand('2223000048400011')).toBe('mastercard');
    expect(cardBrand('2721000048400011')).toBe('');
    expect(cardBrand('9111111111111111')).toBe('');
  });
  it('IBAN mod 97 and SSN rules', () => {
    expect(isIban('GB82WEST12345698765432')).toBe(true);
    expect(isIban('GB82WEST12345698765433')).toBe(false);
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(isSsn('123456789')).toBe(true);
    for (const bad of ['000456789', '666456789', '923456789', '123006789', '123450000']) expect(isSsn(bad)).toBe(false);
  });
});

describe('Japanese identity numbers need their label', () => {
  it('My Number with a label, in 4-4-4 with any separator', () => {
    expect(found('マイナンバー: 1234 5678 9018', 'my_number')).toEqual(['1234 5678 9018']);
    expect(found('個人番号 1234-5678-9018', 'my_number')).toEqual(['1234-5678-9018']);
    expect(found('個人番号：１２３４．５６７８．９０１８', 'my_number')).toEqual(['１２３４．５６７８．９０１８']);
  });
  it('a checksum-valid 12-digit number alone stays below the threshold', () => {
    expect(found('お問い合わせは 123456789018 まで', 'my_number')).toEqual([]);
    const low = scan('123456789018').findings.find((f) => f.type === 'my_number');
    expect(low && low.confidence).toBeLessThan(HIGH);
  });
  it('invalid check digit is not a My Number even with a label', () => {
    expect(found('マイナンバー 123456789019', 'my_number')).toEqual([]);
  });
  it('Corporate Number', () => {
    expect(found('法人番号 4011001098993', 'corporate_number')).toEqual(['4011001098993']);
    expect(found('法人番号：6010701027558', 'corporate_number')).toEqual(['6010701027558']);
    expect(found('法人番号 5011001098993', 'corporate_number')).toEqual([]);
  });
  it("driver's licence, passport, residence card, pension, insurance, bank account", () => {
    expect(found('運転免許証番号 123456789012', 'jp_drivers_license')).toEqual(['123456789012']);
    expect(found('旅券番号 TK1234567', 'jp_passport')).toEqual(['TK1234567']);
    expect(found('在留カード番号 AB12345678CD', 'jp_residence_card')).toEqual(['AB12345678CD']);
    expect(found('基礎年金番号 1234-567890', 'jp_pension_number')).toEqual(['1234-567890']);
    expect(found('雇用保険被保険者番号 1234-567890-1', 'jp_insurance_number')).toEqual(['1234-567890-1']);
    expect(found('三菱UFJ銀行 渋谷支店 普通 1234567', 'jp_bank_account')).toEqual(['1234567']);
    expect(found('商品コード 1234567', 'jp_bank_account')).toEqual([]);
  });
});

describe('contact data', () => {
  it('phones: mobile, fixed, 050, 0120, +81, every dash and full width', () => {
    expect(found('携帯 090-1234-5678', 'phone')).toEqual(['090-1234-5678']);
    expect(found('TEL:03-1234-5678', 'phone')).toEqual(['03-1234-5678']);
    expect(found('050-1234-5678 に', 'phone')).toEqual(['050-1234-5678']);
    expect(found('フリーダイヤル 0120-123-456', 'phone')).toEqual(['0120-123-456']);
    expect(found('call +81 90 1234 5678', 'phone')).toEqual(['+81 90 1234 5678']);
    for (const dash of '-－﹣−‐⁃‑‒–—﹘―⎯⏤ーｰ─━') {
      const s = `電話 ０９０${dash}１２３４${dash}５６７８ です`;
      expect(found(s, 'phone'), `dash U+${dash.charCodeAt(0).toString(16)}`).toEqual([`０９０${dash}１２３４${dash}５６７８`]);
    }
  });
  it('postal codes need 〒 or a label', () => {
    expect(found('〒100-0001 東京都千代田区千代田1-1', 'jp_postal_code')).toEqual(['100-0001']);
    expect(found('郵便番号 123-4567', 'jp_postal_code')).toEqual(['123-4567']);
    expect(found('品番 123-4567', 'jp_postal_code')).toEqual([]);
  });
  it('e-mail, including full-width', () => {
    expect(found('連絡先 taro.yamada+crm@example.co.jp まで', 'email')).toEqual(['taro.yamada+crm@example.co.jp']);
    expect(found('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'email')).toEqual(['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ']);
    expect(found('user@localhost and @@@ and a@b', 'email')).toEqual([]);
  });
  it('credit cards of every brand, grouped or not', () => {
    for (const c of ['4111 1111 1111 1111', '5555555555554444', '2223-0000-4840-0011', '3530 1113 3330 0000', '378282246310005', '6011111111111117', '213176828496175']) {
      expect(found(`カード番号 ${c}`, 'credit_card'), c).toEqual([c]);
    }
    expect(found('4111 1111 1111 1112', 'credit_card')).toEqual([]);
  });
  it('IBAN and US SSN', () => {
    expect(found('IBAN GB82 WEST 1234 5698 7654 32.', 'iban')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    expect(found('SSN: 123-45-6789', 'us_ssn')).toEqual(['123-45-6789']);
    expect(found('SSN: 666-45-6789', 'us_ssn')).toEqual([]);
  });
});

describe('addresses, names, dates of birth, sensitive data', () => {
  it('Japanese addresses with full-width digits and dash variants', () => {
    expect(found('住所：大阪府高槻市奈佐原２丁目１－２', 'jp_address')).toEqual(['大阪府高槻市奈佐原２丁目１－２']);
    expect(found('東京都中野区上鷺宮１丁目１ー６に住む', 'jp_address')).toEqual(['東京都中野区上鷺宮１丁目１ー６']);
    expect(found('横浜市中区山下町1-2-3', 'jp_address')).toEqual(['横浜市中区山下町1-2-3']);
    expect(found('東京都の人口は多い', 'jp_address')).toEqual([]);
  });
  it('names from labels, honorifics, family-name dictionary and column headers', () => {
    expect(found('氏名: 山田 太郎', 'person_name')).toEqual(['山田 太郎']);
    expect(found('佐藤花子様へのご案内', 'person_name')).toEqual(['佐藤花子']);
    expect(found('担当者：勅使河原 彩\n', 'person_name')).toEqual(['勅使河原 彩']);
    expect(found('お客様各位', 'person_name')).toEqual([]);
    expect(found('石川県の山田町', 'person_name')).toEqual([]);
    expect(found('Name: Jane Doe', 'person_name')).toEqual(['Jane Doe']);
  });
  it('dates of birth only next to their label, 和暦 too', () => {
    expect(found('生年月日: 昭和55年3月4日', 'date_of_birth')).toEqual(['昭和55年3月4日']);
    expect(found('生年月日 S55.3.4', 'date_of_birth')).toEqual(['S55.3.4']);
    expect(found('DOB: 1980-03-04', 'date_of_birth')).toEqual(['1980-03-04']);
    expect(found('納期 2024年3月4日', 'date_of_birth')).toEqual([]);
  });
  it('sensitive categories count near personal data, not in general text', () => {
    const r = scan('氏名: 山田 太郎 病歴: 糖尿病 前科あり 本籍: 大阪府');
    expect(r.summary.sensitive).toBe(true);
    expect(r.summary.sensitiveCategories).toEqual(['medical', 'criminal_record', 'family_origin']);
    expect(r.summary.reportable).toBe(true);
    expect(scan('糖尿病の予防には運動が大切です。').summary.sensitive).toBe(false);
  });
});

describe('original offsets survive folding', () => {
  it('fold keeps the length', () => {
    const s = 'ｶﾞｷﾞ０９０ー１２３４ー５６７８　ＡＢＣ＠ｘ．ｊｐ コーヒー';
    expect(fold(s).length).toBe(s.length);
    expect(fold('コーヒー')).toBe('コーヒー');
    expect(fold('１ー６')).toBe('1-6');
  });
  it('findings point at the original text after half-width kana and full-width digits', () => {
    const s = 'ｼﾞｮｳﾎｳ ｶﾞｲﾄﾞ　電話：０９０ー１２３４ー５６７８　ﾒｰﾙ：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ';
    const fs = high(s);
    expect(fs.map((f) => [f.type, s.slice(f.start, f.end)])).toEqual([
      ['phone', '０９０ー１２３４ー５６７８'],
      ['email', 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ]);
  });
  it('a number split by a line break or a table cell', () => {
    expect(found('カード番号\n4111 1111\n1111 1111', 'credit_card')).toEqual(['4111 1111\n1111 1111']);
    expect(found('マイナンバー 1234\t5678\t9018', 'my_number')).toEqual(['1234\t5678\t9018']);
  });
});

describe('hard negatives stay below the threshold', () => {
  const negatives = [
    '注文番号: 123456789018',
    'ご注文番号 4111111111111111',
    '追跡番号 1234-5678-9012',
    'お問い合わせ番号 4011001098993',
    '価格 ¥1,234,567 税込',
    '2024-03-04 に発送',
    'version 10.0.19041.1234',
    'id 550e8400-e29b-41d4-a716-446655440000',
    'ISBN978-4-06-519791-5',
    'ISBN 9784065197915',
    '品番 ABC-1234-5678',
    'INV-2024-000123',
    'https://example.com/orders/123456789018?id=4111111111111111',
    '合計 12345678円',
    'JAN 4901234567894',
    'IP 192.168.100.200',
  ];
  for (const s of negatives) it(s, () => expect(high(s)).toEqual([]));
});

describe('tables', () => {
  const tsv = '氏名\tフリガナ\t電話番号\tメール\t住所\t生年月日\n山田 太郎\tヤマダ タロウ\t03-1234-5678\ttaro@example.jp\t東京都港区高輪4丁目15-19\t1980/3/4\n佐藤花子\tサトウ ハナコ\t09011112222\thanako@example.jp\t大阪府吹田市寿町1丁目20-1\t1985/12/1';
  it('column headers label every cell', () => {
    const r = scan(tsv);
    expect(r.summary.counts.person_name).toBe(4);
    expect(r.summary.counts.phone).toBe(2);
    expect(r.summary.counts.jp_address).toBe(2);
    expect(r.summary.counts.date_of_birth).toBe(2);
    expect(r.summary.people).toBe(2);
  });
  it('scanTable gives the same as TSV text', () => {
    const rows = tsv.split('\n').map((l) => l.split('\t'));
    expect(scanTable(rows.slice(1), rows[0]).summary.counts).toEqual(scan(tsv).summary.counts);
  });
  it('CSV with quotes', () => {
    const csv = 'お名前,電話,住所\n"鈴木 一郎","090-1111-2222","神奈川県横浜市中区吉田町64-1"\n';
    const r = scan(csv);
    expect(found(csv, 'person_name')).toEqual(['鈴木 一郎']);
    expect(r.summary.counts.phone).toBe(1);
  });
});

describe('people and summary', () => {
  it('dedupes by identifiers and takes the strongest family', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `山田${'一二三四五六七八九十'[i % 10]}郎${i}\t03-0000-0000\tu${i}@example.jp`);
    const text = '氏名\t電話\tメール\n' + rows.join('\n');
    const r = scan(text);
    expect(r.summary.people).toBe(30); // one shared office phone does not pull the count down
    expect(scan('電話 090-1234-5678、再掲 090-1234-5678').summary.people).toBe(1);
  });
  it('reportable at 1000 people, with sensitive or payment data', () => {
    const fs: Finding[] = Array.from({ length: 1000 }, (_, i) => ({ type: 'email', start: 0, end: 1, confidence: 0.97, masked: 'x', key: `u${i}@x.jp` }));
    expect(summarize(fs, 10, false).reportable).toBe(true);
    expect(summarize(fs.slice(0, 999), 10, false).reportable).toBe(false);
    expect(scan('カード番号 4111 1111 1111 1111').summary.payment).toBe(true);
  });
  it('truncates beyond maxChars', () => {
    const r = scan('x'.repeat(100) + ' taro@example.com', { maxChars: 50 });
    expect(r.summary.truncated).toBe(true);
    expect(r.summary.scanned).toBe(50);
    expect(r.findings).toEqual([]);
  });
});

describe('mask never shows the value', () => {
  it('formats', () => {
    expect(mask('phone', '090-1234-5678')).toBe('090-****-5678');
    expect(mask('email', 'taro@example.co.jp')).toBe('t***@example.co.jp');
    expect(mask('credit_card', '4111 1111 1111 1234')).toBe('****-****-****-1234');
    expect(mask('person_name', '山田 太郎')).toBe('山田 *');
    expect(mask('my_number', '1234 5678 9018')).not.toContain('5678');
  });
  it('runs of hidden digits, short and longer than the shared star strings', () => {
    expect(mask('my_number', '1234 5678 9018')).toBe('**** **** 9018');
    expect(mask('jp_bank_account', '1234567890123456789')).toBe('***************6789');
    expect(mask('phone', '03\t1234\n5678')).toBe('03 1*** 5678');
    expect(mask('phone', '０９０ー１２３４ー５６７８')).toBe('090-****-5678');
    expect(mask('date_of_birth', '1990年01月02日')).toBe('****年**月**日');
    expect(mask('date_of_birth', '平成元年1月2日')).toBe('平成*年*月*日');
    expect(mask('date_of_birth', '12345678901/2')).toBe('***********/*');
  });
  it('every finding is masked', () => {
    const s = 'マイナンバー 123456789018 氏名 山田 太郎 090-1234-5678 taro@example.jp';
    for (const f of scan(s).findings) {
      const raw = s.slice(f.start, f.end);
      if (raw.length >= 6 && f.type !== 'sensitive') expect(f.masked).not.toBe(raw);
    }
  });
});

describe('Japanese names in running text (names-ja.ts)', () => {
  it('family + given from the dictionaries, with or without a role or particle after', () => {
    expect(found('熊田五郎は、日本の写真家。', 'person_name')).toEqual(['熊田五郎']);
    expect(found('小島毅は中国思想史の研究者である。', 'person_name')).toEqual(['小島毅']);
    expect(found('翌年、小泉純一郎首相が訪米した。', 'person_name')).toEqual(['小泉純一郎']);
  });
  it('a family name alone: with a role word after it, or as the subject (names-ja.test.ts has more)', () => {
    expect(found('岡田監督は試合後に語った。', 'person_name')).toEqual(['岡田']);
    expect(found('会議は試合後に開かれた。', 'person_name')).toEqual([]);
  });
  it('katakana names: a known given name before ・, or a title after', () => {
    expect(found('ジョン・スミスは来日した。', 'person_name')).toEqual(['ジョン・スミス']);
    expect(found('ウィリアム・L・マギニスは', 'person_name')).toEqual(['ウィリアム・L・マギニス']);
    expect(found('ハリス氏が会見した。', 'person_name')).toEqual(['ハリス']);
  });
  it('a ・-joined katakana name after a word for a person + の', () => {
    expect(found('ピアニストのヨルマ・パヌラは来日した。', 'person_name')).toEqual(['ヨルマ・パヌラ']);
    expect(found('自動車メーカーのルノー・サムスンは', 'person_name')).toEqual([]);
  });
  it('words ending in 様 are no name + 様', () => {
    expect(found('前回と同様に処理した。', 'person_name')).toEqual([]);
    expect(found('要求仕様に従う', 'person_name')).toEqual([]);
  });
  it('a family name seen again near its full name', () => {
    expect(found('小峰隆夫は日本の経済学者。小峰は2016年に退任した。', 'person_name')).toEqual(['小峰隆夫', '小峰']);
  });
  it('places, organisations and ordinary words are not names', () => {
    for (const t of [
      '横浜市の人口は増えている',
      '株式会社山田製作所',
      '田中工業株式会社',
      '江戸時代から続く老舗',
      '拓殖大学に進学した',
      '千葉市長が会見した',
      '日本代表選手に選ばれた',
      'サッカー選手として活躍',
      'ミャンマー大統領が来日',
      'ドン・キホーテで買った',
      'メルセデス・ベンツの車',
      'アル・アハリと対戦した',
      'ジョン・F・ケネディ国際空港に着いた',
      'カナダの首都',
      '彼の名前を挙げた',
      '東京都千代田区',
      '中村区役所',
      '大阪府の天気は晴れ',
      '長野県飯山市桜作709-44',
      '横浜市中区山下町1-2-3',
    ])
      expect(found(t, 'person_name'), t).toEqual([]);
  });
});

describe('titles after names, not after places', () => {
  it('殿 and 様 after a place or an office, or 殿 starting a word, make no person', () => {
    expect(found('沖縄県那覇市殿城2丁目17-4', 'person_name')).toEqual([]);
    expect(found('横浜市様 ご担当者各位', 'person_name')).toEqual([]);
    expect(found('山田太郎殿', 'person_name')).toEqual(['山田太郎']);
    expect(found('佐藤様より連絡あり', 'person_name')).toEqual(['佐藤']);
  });
  it('a customer row with such an address counts one person', () => {
    expect(scan('佐藤 奨之\t014-281-3740\tshouno.satou@example.jp\t沖縄県那覇市殿城2丁目17-4').summary.people).toBe(1);
  });
});

describe('English and European names', () => {
  it('given name + surname, middle initials, diacritics', () => {
    expect(found('Please call Jennifer Walsh tomorrow.', 'person_name')).toEqual(['Jennifer Walsh']);
    expect(found('verses from Faina D. Yefremova about', 'person_name')).toEqual(['Faina D. Yefremova']);
    expect(found('arranged by Ravil G Yefimov in 1977', 'person_name')).toEqual(['Ravil G Yefimov']);
    expect(found('Maybe it is under Júlia Gyarmathy', 'person_name')).toEqual(['Júlia Gyarmathy']);
    expect(found('Dyan van Gijn signed it', 'person_name')).toEqual(['Dyan van Gijn']);
  });
  it('cues before and after: my name is, Dear, named, lives on, speaker labels', () => {
    expect(found('My name is Rubija', 'person_name')).toEqual(['Rubija']);
    expect(found("What's your name? Sölvi Salómonsson", 'person_name')).toEqual(['Sölvi Salómonsson']);
    expect(found('She named him Frank', 'person_name')).toEqual(['Frank']);
    expect(found('Trivo lives on Grössgstötten 50 street.', 'person_name')).toEqual(['Trivo']);
    expect(found('Ubul: What a wife.\nNicole: Remember me?\nJohn: You saved my life!', 'person_name')).toEqual(['Ubul', 'Nicole', 'John']);
  });
  it('a name alone atop a record with contact data, and again later by surname', () => {
    const rec = 'Einojuhani Pyysalo\n\nBus driver\nPhone: 201-948-1927\nE-mail: EinojuhaniPyysalo@gustr.com';
    expect(found(rec, 'person_name')).toEqual(['Einojuhani Pyysalo']);
    expect(found('Songs by Emmie Ström. Nobody sings like early Ström.', 'person_name')).toEqual(['Emmie Ström', 'Ström']);
  });
  it('CRM fields and signatures', () => {
    expect(found('Owner: Marek Dvořák\nStage: Negotiation', 'person_name')).toEqual(['Marek Dvořák']);
    expect(found('Ticket assigned to Oona Varis yesterday', 'person_name')).toEqual(['Oona Varis']);
    expect(found('Best regards,\nHalldóra Þórsdóttir, Senior Consultant', 'person_name')).toEqual(['Halldóra Þórsdóttir']);
    expect(found('Quote prepared by Tuomas Kivelä, Account Manager', 'person_name')).toEqual(['Tuomas Kivelä']);
  });
  it('record field labels are not chat speakers', () => {
    expect(found('Account: Acme Corp\nStatus: Open\nStage: Negotiation\nOwner: Jane Doe\nLead Source: Web', 'person_name')).toEqual(['Jane Doe']);
  });
  it('lower-cased messages', () => {
    expect(found('follow up with patricia desrosiers in a couple of months.', 'person_name')).toEqual(['patricia desrosiers']);
    expect(found('my name is vitoria', 'person_name')).toEqual(['vitoria']);
  });
  it('streets, companies, places and titles are not people', () => {
    for (const s of [
      'Philip Bypass opened in 2010.',
      'We met at 1317 Kimberly Way, Laidlaw.',
      'Russell Investments is a design agency.',
      'The Princess Royal arrived this morning.',
      'Microbilt Corporation is based in New Zealand.',
      'Order 5403926876 shipped on 2024-03-04 via Google Drive.',
      'The quick brown fox jumps over the lazy dog. Our new product launches next month.',
      'Will you send the April report? May I ask for Grace period details?',
      'console.log("Hello World!"); Hello Dotenv',
      'edge cases that smaller alternatives miss. Chalk is mature, reliable',
      'if set to `true` FilePond will attempt to store the file',
      '## v0.10.2 (Mon, Jan 8 2018)',
      '- [Dev Deps] update `eslint`\n- [Deps] update `side-channel`',
      'Maximum age in ms.  Items are not pruned',
      'crates created by Mozilla and used by Firefox',
      'Props to the 3rd-Eden team; see VS_Code-VS_Code and Node.js docs',
    ])
      expect(found(s, 'person_name'), s).toEqual([]);
  });
});

describe('English and European street addresses', () => {
  it('house number, street type, unit, locality, postal code, country', () => {
    expect(found('Ship to 1737 Cheriton Dr, Apt. 724, Durban, South Africa 68793 please', 'jp_address')).toEqual(['1737 Cheriton Dr, Apt. 724, Durban, South Africa 68793']);
    expect(found('The address of Persint is 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677', 'jp_address')).toEqual([
      '6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677',
    ]);
    expect(found('Rua do Arenque 1634, Goiânia', 'jp_address')).toEqual(['Rua do Arenque 1634']);
    expect(found('It is at Strickstrasse 61 in Zuoz', 'jp_address')).toEqual(['Strickstrasse 61']);
    expect(found('Meet at 10 Downing Street, London SW1A 2AA.', 'jp_address')).toEqual(['10 Downing Street, London SW1A 2AA']);
  });
  it('post and military boxes, street corners', () => {
    expect(found('The office is at PSC 3294, Box 9168\nAPO AA 61487', 'jp_address')).toEqual(['PSC 3294, Box 9168\nAPO AA 61487']);
    expect(found('USNS Bergman\nFPO AP 93757', 'jp_address')).toEqual(['USNS Bergman\nFPO AP 93757']);
    expect(found('it is the corner of Kuusiku 7 and Alexander Flat', 'jp_address')).toEqual(['Kuusiku 7 and Alexander Flat']);
  });
  it('numbers next to capitalised words that are not addresses', () => {
    for (const s of [
      'Order 5403926876 shipped',
      'The 2017 Polish action-comedy film',
      'Our 3 founders: Kónya, Becker and Vasquez',
      'Buy 2 Google Drive 15 GB plans',
      'iPhone 15 Pro Max costs $1,199',
      'Chapter 11, Suite 5 of the book',
      'Model 3, 2019, 12345 miles',
      'Windows 10 Home Edition',
      'He scored 12 points in Game 7',
      'Version 2.3 Build 1234',
      'see page 12 Section Park View 45',
      'Highway 61 Revisited',
      'Sydney Office opens on May 3. Tesla Model 3 Long Range costs 45000.',
      'He arrived at 2017 Polish 3 times',
      'a MacBook Pro 2.5 GHz Intel Core i7, 16 GB 1600 MHz DDR3.',
    ])
      expect(found(s, 'jp_address'), s).toEqual([]);
  });
});

describe('international phones and unbranded cards', () => {
  it('phones with a label or a cue, extensions, 00 and +CC prefixes', () => {
    expect(found('Phone:\n467 3395', 'phone')).toEqual(['467 3395']);
    expect(found('Mobile: 0341 8387176', 'phone')).toEqual(['0341 8387176']);
    expect(found('Desk: 5403926876', 'phone')).toEqual(['5403926876']);
    expect(found('Fax: 345-899-3560x4587', 'phone')).toEqual(['345-899-3560x4587']);
    expect(found('Desk: +1-903-140-4508x769', 'phone')).toEqual(['+1-903-140-4508x769']);
    expect(found('Fax: +46 (0)8 928 571 38', 'phone')).toEqual(['+46 (0)8 928 571 38']);
    expect(found('Fax: 001-518-640-0854', 'phone')).toEqual(['001-518-640-0854']);
    expect(found('I would like to stop receiving messages to 699 956 915', 'phone')).toEqual(['699 956 915']);
    expect(found("They're not answering at 71-33-52-22", 'phone')).toEqual(['71-33-52-22']);
  });
  it('digit strings that are not phones', () => {
    for (const s of ['<Buffer 00 00 00 00 00>', 'Tel: 0000000000', 'Order 5403926876 shipped', 'The office is at 17031 2202 Rissik St', 'Total 12 345 678 EUR', 'on 2024-03-04 at 14:11:22', 'v1.2.3 build 4567 890'])
      expect(found(s, 'phone'), s).toEqual([]);
  });
  it('a Luhn-valid number where a card is named is a card, brand or not', () => {
    expect(found('What is the limit for card 501864667909?', 'credit_card')).toEqual(['501864667909']);
    expect(found('the last billed amount for cc 3509413199654323 on', 'credit_card')).toEqual(['3509413199654323']);
    expect(found('カード 6304 2737 3398', 'credit_card')).toEqual(['6304 2737 3398']);
    expect(found('What is the limit for card 501864667908?', 'credit_card')).toEqual([]); // Luhn fails
    expect(found('Order 501864667909 shipped', 'credit_card')).toEqual([]); // no card named: no brand, not a card
    expect(found('card order number 4111111111111111', 'credit_card')).toEqual([]);
  });
});

describe('Japanese addresses without a prefecture', () => {
  it("Hokkaido's grid blocks (北1条西2丁目), not a law's 第1条", () => {
    expect(found('札幌市中央区北1条西2丁目1-1', 'jp_address')).toEqual(['札幌市中央区北1条西2丁目1-1']);
    expect(found('住所：札幌市中央区南3条西4丁目', 'jp_address')).toEqual(['札幌市中央区南3条西4丁目']);
    expect(found('旭川市4条通8丁目', 'jp_address')).toEqual(['旭川市4条通8丁目']);
    expect(found('市町村条例第3条に基づく', 'jp_address')).toEqual([]);
    expect(found('札幌市の条例第12条', 'jp_address')).toEqual([]);
  });
  it('hiragana cities keep their name; a particle before a city does not join it', () => {
    expect(found('さいたま市大宮区桜木町1-7-5', 'jp_address')).toEqual(['さいたま市大宮区桜木町1-7-5']);
    expect(found('住所はさいたま市大宮区桜木町1-7-5です', 'jp_address')).toEqual(['さいたま市大宮区桜木町1-7-5']);
    expect(found('住所は横浜市中区山下町1-2-3', 'jp_address')).toEqual(['横浜市中区山下町1-2-3']);
    expect(found('本社のある大阪市北区梅田3丁目1番3号', 'jp_address')).toEqual(['大阪市北区梅田3丁目1番3号']);
  });
});

describe('headerless tables', () => {
  const rows = [
    ['山田 太郎', '090-1111-2222', 'taro@example.jp', '営業部'],
    ['佐藤 花子', '090-3333-4444', 'hanako@example.jp', '総務部'],
    ['鈴木 一郎', '090-5555-6666', 'ichiro@example.jp', '開発部'],
    ['吉田 連', '090-7777-8888', 'ren@example.jp', '営業部'],
    ['高橋 美咲', '080-1212-3434', 'misaki@example.jp', '人事部'],
    ['佐藤 いく子', '080-5656-7878', 'ikuko@example.jp', '経理部'],
  ];
  it("a column of mostly names makes its rarer cells names too; other columns stay as they are", () => {
    const text = rows.map((r) => r.join('\t')).join('\n');
    expect(found(text, 'person_name')).toEqual(rows.map((r) => r[0]));
  });
  it('too few rows, or a column with few names, infers nothing', () => {
    const few = rows.slice(2, 5).map((r) => r.join('\t')).join('\n');
    expect(found(few, 'person_name')).not.toContain('吉田 連');
    const depts = rows.map((r) => [r[3], r[1], r[2], '東京'].join('\t')).join('\n');
    expect(found(depts, 'person_name')).toEqual([]);
  });
});
