import { describe, expect, it } from 'vitest';
import { scan, type FindingType } from '../../utils/detect';

const found = (text: string, type: FindingType) => scan(text).findings.filter((f) => f.confidence >= 0.8 && f.type === type).map((f) => text.slice(f.start, f.end));

describe('numbers split by a line break or by table cells', () => {
  it('a hyphen at the end of a line continues the number on the next', () => {
    expect(found('電話番号\n03-\n1234-5678', 'phone')).toEqual(['03-\n1234-5678']);
    expect(found('電話番号 090-1234-\n5678', 'phone')).toEqual(['090-1234-\n5678']);
    expect(found('お電話は03-1234-\r\n5678まで', 'phone')).toEqual(['03-1234-\r\n5678']);
    expect(found('マイナンバー 1234-5678-\n9018', 'my_number')).toEqual(['1234-5678-\n9018']);
  });
  it('a phone written one group per cell or per line, under a phone label', () => {
    expect(found('電話\t03\t1234\t5678', 'phone')).toEqual(['03\t1234\t5678']);
    expect(found('携帯\n090\n1234\n5678', 'phone')).toEqual(['090\n1234\n5678']);
    expect(found('TEL: 045\t123\t4567', 'phone')).toEqual(['045\t123\t4567']);
  });
  it('groups of numbers in cells without a phone label stay apart', () => {
    expect(found('数量\t03\t1234\t5678', 'phone')).toEqual([]);
    expect(found('在庫\n090\n1234\n5678\n', 'phone')).toEqual([]);
    expect(found('電話\t03\t1234\t5678\t9999', 'phone')).not.toContain('03\t1234\t5678\t9999');
  });
});

describe('cells joined by a comma without a space', () => {
  it('a phone right after another one is not a thousands group of it', () => {
    expect(found('090-5356-1646,090-6410-7197,043-516-6109', 'phone')).toEqual(['090-5356-1646', '090-6410-7197', '043-516-6109']);
    expect(found('電話: 03-1234-5678,080-8941-2309', 'phone')).toEqual(['03-1234-5678', '080-8941-2309']);
  });
  it('real thousands separators still make no phone', () => {
    expect(found('売上 12,345,678 円 / 在庫 1,234,567', 'phone')).toEqual([]);
    expect(found('合計 3,090,645,321円', 'phone')).toEqual([]);
  });
});

describe('people in a record and people in running text', () => {
  const names = ['佐藤 亮平', '大野 祐', '松崎 悠哉', '中村 萌柚', '清水 穏花', '横山 美岐', '木村 綾香', '林 恒生', '鈴木 龍太', '柴田 璃', '栗原 明日香', '田口 駿平'];
  const summary = (t: string) => scan(t).summary;
  it('names only in running text count as people but not as listed people', () => {
    const s = summary(names.map((n) => `${n.replace(' ', '')}は東京で生まれ、大学を卒業した。`).join(''));
    expect(s.people).toBeGreaterThanOrEqual(8);
    expect(s.peopleListed).toBe(0);
    const en = summary('Anna Smith met John Brown and Mary Jones in Paris. Later Peter Parker smiled at Susan Miller.');
    expect(en.people).toBeGreaterThanOrEqual(4);
    expect(en.peopleListed).toBe(0);
  });
  it('lists, labels, tables, honorifics and contact details are records', () => {
    expect(summary('氏名\n' + names.join('\n')).peopleListed).toBe(names.length);
    expect(summary(names.map((n) => `氏名: ${n}`).join('\n')).peopleListed).toBe(names.length);
    expect(summary('氏名\t電話\n' + names.map((n, i) => `${n}\t090-1234-${String(1000 + i)}`).join('\n')).peopleListed).toBe(names.length);
    expect(summary(names.map((n) => `${n}様よりお問い合わせ。`).join('')).peopleListed).toBe(names.length);
    // prose names with a phone each: the phones make them a record
    expect(summary(names.map((n, i) => `${n.replace(' ', '')}さん（090-2345-${String(1000 + i)}）から電話。`).join('')).peopleListed).toBe(names.length);
  });
});

describe('a running summary over several batches', () => {
  it('scan(…, { into }) adds each batch to one summary: the same person in two batches counts once', async () => {
    const { SummaryBuilder } = await import('../../utils/detect');
    const b = new SummaryBuilder(0.8);
    const one = '氏名: 山田 太郎\n電話: 090-1234-5678\nメール: t.yamada@example.co.jp';
    const two = 'メール: t.yamada@example.co.jp\n氏名: 佐藤 花子\n電話: 080-2345-6789';
    scan(one, { into: b });
    scan(two, { into: b });
    const running = b.build(one.length + two.length, false);
    expect(running.people).toBe(2);
    expect(running).toEqual({ ...scan(`${one}\n\n${two}`).summary, scanned: one.length + two.length });
  });
});

describe('a person named again by a surname is the same person', () => {
  it('山田太郎 … 山田 and John Smith … Smith count once each', () => {
    expect(scan('山田太郎は社長だ。山田は言った。山田の話では、').summary.people).toBe(1);
    expect(scan('佐竹晴雄は写真家。佐竹は1950年に入社した。').summary.people).toBe(1);
    expect(scan('John Smith met Mary. Smith said hi.').summary.people).toBe(2);
    // the surname alone is still found and masked, only not counted twice
    expect(found('山田太郎は社長だ。山田は言った。', 'person_name')).toEqual(['山田太郎', '山田']);
  });
  it('two people who share a family name stay two', () => {
    expect(scan('山田太郎と山田花子が来た。').summary.people).toBe(2);
  });
});
