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
