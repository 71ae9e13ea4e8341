// Helpers of the detector core's fast paths, held to what they replace.
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES, scan, summarize, SummaryBuilder, type Finding, type FindingType } from '../../utils/detect';
import { maskFolded, maskSpan } from '../../utils/detect/mask';
import { fold } from '../../utils/detect/normalize';
import { groupsWithin, lowerKey } from '../../utils/detect/scan';

describe('name keys', () => {
  it('lowerKey is toLowerCase, with the call skipped only where nothing has a lower case', () => {
    for (let c = 0; c < 0x10000; c++) {
      const k = 'a' + String.fromCharCode(c) + '山';
      expect(lowerKey(k) === k.toLowerCase()).toBe(true);
    }
    expect(lowerKey('John Smith')).toBe('john smith');
    expect(lowerKey('ＡＢＣ')).toBe('ａｂｃ');
    expect(lowerKey('Ávalos')).toBe('ávalos');
    const ja = '山田太郎';
    expect(lowerKey(ja)).toBe(ja);
  });
});

describe('digit groups', () => {
  it('groupsWithin looks at the first gl lengths only, bounds included', () => {
    const g = Int32Array.from([4, 4, 4, 2, 9]);
    expect(groupsWithin(g, 3, 4, 4)).toBe(true);
    expect(groupsWithin(g, 4, 4, 4)).toBe(false);
    expect(groupsWithin(g, 4, 2, 4)).toBe(true);
    expect(groupsWithin(g, 5, 2, 4)).toBe(false);
    expect(groupsWithin(g, 5, 1, 0x7fffffff)).toBe(true);
    expect(groupsWithin(g, 0, 5, 5)).toBe(true);
  });
});

describe('fold', () => {
  // The definition fold() replaced: one global regex replace, each matched char folded on its own, except that a dash
  // that is also a prolonged sound mark or a box line (ー ｰ ─ ━) becomes '-' only between digits.
  const SPEC_RE =
    /(?<![0-9])[0-9\uff10-\uff19]+(?:[\u30fc\uff70\u2500\u2501][0-9\uff10-\uff19]+)+|[\u2010-\u2015\u2043\u2212\u23af\u23e4\ufe58\ufe63\uff0b\uff0d\uff0e\uff10-\uff19\uff20-\uff3a\uff3f\uff41-\uff5a\uff61-\uff9f]+/g;
  const digitDash = (c: number) => c === 0x30fc || c === 0xff70 || c === 0x2500 || c === 0x2501;
  const isDigit = (ch: string | undefined) => ch !== undefined && /^[0-9]$/.test(fold(ch));
  const specFold = (text: string) =>
    text.replace(SPEC_RE, (m: string, off: number) =>
      [...m]
        .map((ch, k) => {
          const c = ch.charCodeAt(0);
          if (!digitDash(c)) return fold(ch); // alone, a char folds on its own
          if (isDigit(text[off + k - 1]) && isDigit(text[off + k + 1])) return '-';
          return c === 0xff70 ? 'ー' : ch;
        })
        .join(''),
    );
  it('equals the regex replace it replaced, on random text made of what it folds', () => {
    let seed = 7;
    const rand = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % k;
    const alphabet = [...'0123456789０１２３４５６７８９ーｰ─━－-—‐−.．＋＿ａｚＡＺ＠ｶﾞﾟｱ 　\n山xA'];
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let i = rand(30) + 1; i > 0; i--) text += alphabet[rand(alphabet.length)];
      expect(fold(text)).toBe(specFold(text));
    }
  });
  it('cases the left-to-right order decides', () => {
    for (const s of ['ａ１ー２', 'a1ー2', '１2ー3', '1２ａ３ー４', '12３', '1２1２ー1', 'ｰ1ｰ', '1ｰ2', '１ｰｰ２', '12ー', 'ー12ー34', '４5６─7']) expect(fold(s)).toBe(specFold(s));
    expect(fold('ａ１ー２')).toBe('a1ー2'); // the foldable run takes １, so no digit run holds the dash
    expect(fold('x１ー２')).toBe('x1-2');
  });
  it('long runs (folded in chunks) and runs of alternating widths', () => {
    for (const s of ['1ー'.repeat(9000) + '2', 'ｰ1'.repeat(9000), '１'.repeat(20000), '1２'.repeat(300), 'x' + '1２'.repeat(300) + 'ー3'])
      expect(fold(s)).toBe(specFold(s));
    expect(fold('1２'.repeat(200_000)).length).toBe(400_000); // linear: the regex took minutes here
  });
});

describe('summary built while masking', () => {
  const texts = [
    '氏名\t電話番号\tメール\n山田 太郎\t090-1234-5678\ttaro@example.jp\n佐藤 花子\t090-1234-5679\thanako@example.jp\n',
    'カード番号 4111 1111 1111 1111 病歴: 糖尿病 氏名: 鈴木 一郎 住所: 東京都千代田区丸の内1-1-1',
    'Call John Smith on (555) 123-4567 or mail john@example.com; IBAN DE89 3704 0044 0532 0130 00',
    'マイナンバー 123456789018 の方と 123456789018 の方',
  ];
  it('scan() gives what summarize() gives on its findings, at any threshold', () => {
    for (const s of texts)
      for (const minConfidence of [0.3, 0.8, 0.95]) {
        const r = scan(s, { minConfidence });
        expect(r.summary).toEqual(summarize(r.findings, s.length, false, minConfidence));
        expect(Object.keys(r.summary.counts)).toEqual(Object.keys(summarize(r.findings, s.length, false, minConfidence).counts));
      }
  });
  it('SummaryBuilder.counts lists the types in the order first seen', () => {
    const b = new SummaryBuilder(0.5);
    const f = (type: FindingType, key?: string): Finding => ({ type, start: 0, end: 1, confidence: 0.9, masked: '*', key });
    for (const x of [f('phone', '1'), f('email', 'a'), f('phone', '2'), f('person_name', 'x'), f('phone', '1')]) b.add(x);
    expect(Object.entries(b.counts)).toEqual([['phone', 3], ['email', 1], ['person_name', 1]]);
    expect(b.distinct()).toEqual({ phone: 2, email: 1, name: 1 });
  });
});

describe('masks from spans', () => {
  it('maskSpan(type, t, s, e) is maskFolded(type, t.slice(s, e)) for every type, at any offset', () => {
    let seed = 11;
    const rand = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % k;
    const alphabet = [...'0123456789-@. \t\n　元年月日東京都千代田区市町丸の内ab@xyzJohnSmith・山田太郎'];
    for (let k = 0; k < 4000; k++) {
      let t = '';
      for (let i = rand(40) + 1; i > 0; i--) t += alphabet[rand(alphabet.length)];
      const s = rand(t.length);
      const e = s + rand(t.length - s + 1);
      for (const type of FINDING_TYPES) expect(maskSpan(type, t, s, e)).toBe(maskFolded(type, t.slice(s, e)));
    }
  });
});
