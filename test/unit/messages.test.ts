import { describe, expect, it } from 'vitest';
import { parsePush, parseRequest } from '@/utils/messages';

describe('message protocol', () => {
  it('accepts well-formed requests', () => {
    expect(parseRequest({ type: 'policy.get' })).toEqual({ type: 'policy.get' });
    expect(parseRequest({ type: 'frame.label', url: 'http://a/', label: 'internal', reasons: [{ kind: 'url', ref: 'r' }] })?.type).toBe('frame.label');
    expect(parseRequest({ type: 'event.record', event: { kind: 'guard', channel: 'copy', decision: 'warn' } })?.type).toBe('event.record');
  });
  it('refuses malformed or unknown requests', () => {
    for (const bad of [null, 1, 'x', [], {}, { type: 'nope' }, { type: 'tab.state', tabId: '1' }, { type: 'frame.label', url: 1 }, { type: 'event.record', event: { kind: 'guard', channel: 'teleport' } }, { type: 'event.record', event: { kind: 'guard', decision: 'maybe' } }, { type: 'event.record', event: { kind: 'evil' } }, { type: 'event.record', event: { kind: 'guard', reason: 'x'.repeat(70_000) } }])
      expect(parseRequest(bad)).toBeNull();
  });
  it('drops malformed reasons but keeps the label', () => {
    expect(parseRequest({ type: 'frame.label', url: 'u', label: 'x', reasons: [{ kind: 'url', ref: 'a' }, { nope: 1 }] })).toEqual({ type: 'frame.label', url: 'u', label: 'x', reasons: [{ kind: 'url', ref: 'a' }] });
  });
  it('pushes are checked too', () => {
    expect(parsePush({ type: 'banner.update', show: true, label: 'internal' })).not.toBeNull();
    expect(parsePush({ type: 'banner.update', show: 'yes', label: 'internal' })).toBeNull();
  });
});
