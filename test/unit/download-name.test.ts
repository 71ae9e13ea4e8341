import { describe, expect, it } from 'vitest';
import { labelledName } from '../../utils/download-name';
import { DEFAULT_POLICY } from '../../utils/policy/defaults';

describe('download names carry the label', () => {
  it('prefixes the mark in the policy format', () => {
    expect(labelledName('customers.csv', 'internal', DEFAULT_POLICY, 'ja')).toBe('【社外秘】customers.csv');
    expect(labelledName('exports/customers.csv', 'confidential', DEFAULT_POLICY, 'en')).toBe('exports/【㊙ Confidential】customers.csv');
  });
  it('does not prefix twice, and respects prefixLabel=false', () => {
    expect(labelledName('【社外秘】customers.csv', 'internal', DEFAULT_POLICY, 'ja')).toBeNull();
    expect(labelledName('a.csv', 'internal', { ...DEFAULT_POLICY, downloads: { prefixLabel: false, prefixFormat: '【{mark}】' } }, 'ja')).toBeNull();
  });
  it('drops characters file systems refuse', () => {
    expect(labelledName('a.csv', 'internal', { ...DEFAULT_POLICY, downloads: { prefixLabel: true, prefixFormat: '[{mark}]: ' } }, 'ja')).toBe('[社外秘] a.csv');
  });
});

describe('the download.ask push', () => {
  it('is accepted whole and refuses malformed asks', async () => {
    const { parsePush } = await import('../../utils/messages');
    const ask = { type: 'download.ask', name: 'customers.csv', label: 'confidential', rule: 'export-reason', message: '理由が必要です' };
    expect(parsePush(ask)).toEqual(ask);
    expect(parsePush({ ...ask, message: undefined })).toEqual({ type: 'download.ask', name: 'customers.csv', label: 'confidential', rule: 'export-reason' });
    expect(parsePush({ ...ask, name: 7 })).toBeNull();
    expect(parsePush({ ...ask, label: 'x'.repeat(65) })).toBeNull();
    expect(parsePush({ ...ask, message: { ja: 'x' } })).toBeNull();
  });
});
