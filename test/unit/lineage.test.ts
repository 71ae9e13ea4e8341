// Lineage fingerprints: a paste is traced to a copy through light edits and reordering, never by coincidence.
import { describe, expect, it } from 'vitest';
import { addRecord, containment, fingerprint, matchLineage, MIN_CHARS, normalize, sample, type LineageRecord } from '@/utils/lineage';

const record = (text: string, label = 'confidential', host = 'crm.test'): LineageRecord => ({ ...fingerprint(text), label, host, time: 0 });

const NOTE =
  '2026年11月20日 山田花子様より電話。契約更新の件で、来週火曜日に東京都千代田区丸の内1-1-1の本社へ訪問予定。' +
  '連絡先は090-1234-5678、メールはhanako.yamada@example.co.jp。前回の見積書を再送してほしいとのこと。担当は営業部の佐藤。';
const ARTICLE =
  'The city council approved the new budget on Tuesday after a long debate about road repairs, library hours and the ' +
  'future of the central market, which has been losing vendors for several years.';

describe('fingerprint', () => {
  it('keeps hashes only, never the text', () => {
    const fp = fingerprint(NOTE);
    expect(fp.hashes.length).toBeGreaterThan(5);
    expect(fp.hashes.every((h) => Number.isInteger(h) && h >= 0 && h < 2 ** 32)).toBe(true);
    expect(JSON.stringify(fp)).not.toContain('山田');
  });

  it('ignores case, width, spacing and punctuation', () => {
    expect(normalize('ＡＢＣ　1-2 3，Ab')).toBe('abc123ab');
    expect(fingerprint('Hanako Yamada, 090-1234-5678, hanako@example.co.jp').hashes).toEqual(fingerprint('HANAKO YAMADA 09012345678 HANAKO@EXAMPLE.CO.JP').hashes);
  });

  it('gives short texts no lineage', () => {
    expect(fingerprint('山田花子 090-1234-5678').hashes).toEqual([]);
    expect(normalize('山田花子 090-1234-5678').length).toBeLessThan(MIN_CHARS);
    expect(matchLineage(fingerprint('090-1234-5678'), [record(NOTE)])).toBeNull();
  });

  it('caps large texts by an even sampling that stays comparable', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `顧客${i} 様の連絡先は 03-${String(1000 + i).padStart(4, '0')}-${String(i * 7).padStart(4, '0')} です。`).join('\n');
    const fp = fingerprint(big, 1024);
    expect(fp.hashes.length).toBeLessThanOrEqual(1024);
    expect(fp.mod).toBeGreaterThan(1);
    expect(fp.hashes.every((h) => h % fp.mod === 0)).toBe(true);
    // a few hundred lines out of the middle still trace back to the sampled copy
    const excerpt = big.split('\n').slice(1200, 1500).join('\n');
    expect(matchLineage(fingerprint(excerpt), [{ ...fp, label: 'confidential', host: 'crm.test', time: 0 }])?.label).toBe('confidential');
  });
});

describe('matchLineage', () => {
  it('finds the exact text and an excerpt of it', () => {
    expect(matchLineage(fingerprint(NOTE), [record(NOTE)])).toMatchObject({ label: 'confidential', host: 'crm.test', similarity: 1 });
    expect(matchLineage(fingerprint(NOTE.slice(30, 110)), [record(NOTE)])?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('survives light edits', () => {
    const edited = NOTE.replace('来週火曜日', '来週水曜日').replace('担当は営業部の佐藤。', '担当：佐藤（営業）').replace(/、/g, ' ');
    const m = matchLineage(fingerprint(edited), [record(NOTE)]);
    expect(m?.label).toBe('confidential');
    expect(m!.similarity).toBeLessThan(1);
  });

  it('survives reordering of sentences', () => {
    const parts = NOTE.split('。').filter(Boolean);
    const shuffled = [parts[3], parts[0], parts[2], parts[1]].join('。');
    expect(matchLineage(fingerprint(shuffled), [record(NOTE)])?.similarity).toBeGreaterThanOrEqual(0.7);
  });

  it('does not match unrelated text, or text that merely shares a few words', () => {
    expect(matchLineage(fingerprint(ARTICLE), [record(NOTE)])).toBeNull();
    const mixed = ARTICLE + ' 山田花子様より電話。';
    expect(matchLineage(fingerprint(mixed), [record(NOTE)])).toBeNull();
  });

  it('a heavily rewritten text falls below the threshold', () => {
    const rewritten = '佐藤が担当する山田さんから連絡があり、見積りの再送と、来週の本社訪問（丸の内）について相談された。電話とメールで調整する。';
    expect(matchLineage(fingerprint(rewritten), [record(NOTE)])).toBeNull();
  });

  it('picks the copy the paste most resembles', () => {
    const m = matchLineage(fingerprint(NOTE), [record(ARTICLE, 'internal', 'wiki.test'), record(NOTE, 'strictly_confidential')]);
    expect(m).toMatchObject({ label: 'strictly_confidential', host: 'crm.test' });
  });

  it('compares at the coarser sampling of the two sides', () => {
    const a = { hashes: [0, 2, 4, 6, 8], mod: 2 };
    const b = { hashes: [0, 4, 8, 12], mod: 4 };
    expect(containment(a, b)).toEqual({ similarity: 1, compared: 3 });
    expect(sample({ hashes: [1, 2, 3, 4, 5, 6, 7, 8], mod: 1 }, 2)).toEqual({ hashes: [4, 8], mod: 4 });
  });
});

describe('addRecord', () => {
  it('keeps the newest records within the caps and skips empty ones', () => {
    let rs: LineageRecord[] = [];
    for (let i = 0; i < 5; i++) rs = addRecord(rs, { hashes: [i, i + 100], mod: 1, label: 'x', host: `h${i}`, time: i }, 3);
    expect(rs.map((r) => r.host)).toEqual(['h2', 'h3', 'h4']);
    expect(addRecord(rs, { hashes: [], mod: 1, label: 'x', host: 'e', time: 9 })).toHaveLength(3);
    expect(addRecord(rs, { hashes: [1, 2, 3, 4], mod: 1, label: 'x', host: 'big', time: 9 }, 10, 5).map((r) => r.host)).toEqual(['big']);
  });
});
