import { describe, expect, test } from 'vitest';
import { parsePageRequest } from '@/components/page-bridge';

describe('parsePageRequest: what the page world may ask', () => {
  test('each op keeps only its own fields', () => {
    expect(parsePageRequest({ op: 'print', text: 'x' })).toEqual({ op: 'print' });
    expect(parsePageRequest({ op: 'screen_share' })).toEqual({ op: 'screen_share' });
    expect(parsePageRequest({ op: 'clipboard', via: 'writeText', text: '090-1234-5678' })).toEqual({ op: 'clipboard', via: 'writeText', text: '090-1234-5678' });
    expect(parsePageRequest({ op: 'clipboard_read', via: 'readText', text: 'x', extra: 1 })).toEqual({ op: 'clipboard_read', via: 'readText', text: 'x' });
    const blob = new Blob(['a,b']);
    const r = parsePageRequest({ op: 'upload', via: 'fetch', url: '/u', method: 'POST', parts: [{ name: 'f.csv', blob }, { text: 'hi' }, null, 3] });
    expect(r).toEqual({ op: 'upload', via: 'fetch', url: '/u', method: 'POST', parts: [{ name: 'f.csv', blob, text: undefined, stream: undefined }, { name: undefined, text: 'hi', blob: undefined, stream: undefined }] });
  });

  test('malformed or unknown requests are refused, labels are bounded', () => {
    for (const bad of [null, 'print', 7, {}, { op: 'eval' }, { op: 'clipboard' }, { op: 'upload', url: 1, parts: [] }, { op: 'submit', url: '/x' }])
      expect(parsePageRequest(bad)).toBeNull();
    const r = parsePageRequest({ op: 'submit', via: 'v'.repeat(100), url: '/x', method: 'POST'.repeat(10), parts: [{ name: 'n'.repeat(600), blob: 'not a blob', stream: 'yes' }] });
    expect(r).toMatchObject({ op: 'submit', via: 'v'.repeat(32), method: 'POST'.repeat(4) });
    expect(r && 'parts' in r && r.parts[0]).toEqual({ name: 'n'.repeat(512), text: undefined, blob: undefined, stream: undefined });
  });
});
