// Signed grants, request codes, the watch list and the pledge: the pure core of exceptions.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../utils/exceptions/sha256';
import { decodeCode, encodeCode } from '../../utils/exceptions/codes';
import { activeGrant, generateAdminKeys, importPrivateKey, importPublicKey, signGrant, verifyGrant, type GrantPayload } from '../../utils/exceptions/grant';
import { pledgeDue, pledgeHash } from '../../utils/exceptions/pledge';
import { checkRequest, hourChoices, parseRequestCode, requestCode, type ExceptionRequest } from '../../utils/exceptions/request';
import { isWatchlisted } from '../../utils/exceptions/watchlist';
import { decide } from '../../utils/decide';
import { EMPTY_SUMMARY } from '../../utils/detect/types';
import { DEFAULT_POLICY } from '../../utils/policy/defaults';

const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);
const USER = 'taro.yamada@sakura.example';

async function keys() {
  const k = await generateAdminKeys();
  const priv = await importPrivateKey(k.privatePem);
  if (!priv.ok) throw new Error(priv.problem);
  return { ...k, key: priv.key };
}

const payload = (over: Partial<GrantPayload> = {}): GrantPayload => ({
  id: 'g-test0001',
  requestId: 'r-abcdef',
  user: USER,
  channels: ['upload'],
  hosts: ['share.test'],
  notBefore: NOW - 60_000,
  expiresAt: NOW + 3_600_000,
  issuedAt: NOW - 60_000,
  ...over,
});

describe('grant signatures', () => {
  it('a grant signed by an admin key in the policy is accepted with its exact scope', async () => {
    const k = await keys();
    const code = await signGrant(payload(), k.key);
    const r = await verifyGrant(code, { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW });
    expect(r.ok).toBe(true);
    if (r.ok) expect(activeGrant(r.grant)).toEqual({ id: 'g-test0001', channels: ['upload'], hosts: ['share.test'], notBefore: NOW - 60_000, expiresAt: NOW + 3_600_000 });
  });

  it('rotation: any of several admin keys verifies, and the one that did is named', async () => {
    const [old, next] = [await keys(), await keys()];
    const code = await signGrant(payload(), next.key);
    const r = await verifyGrant(code, { adminKeys: [old.publicJwk, next.publicJwk], user: USER, revoked: [], now: NOW });
    expect(r.ok && r.keyIndex).toBe(1);
  });

  it('a grant signed by a key that is not in the policy is refused', async () => {
    const [admin, other] = [await keys(), await keys()];
    const code = await signGrant(payload(), other.key);
    expect(await verifyGrant(code, { adminKeys: [admin.publicJwk], user: USER, revoked: [], now: NOW })).toMatchObject({ ok: false, problem: 'signature' });
  });

  it('widening the scope after signing (another host, another channel, a later expiry) breaks the signature', async () => {
    const k = await keys();
    const code = await signGrant(payload(), k.key);
    const v = decodeCode(code) as { p: GrantPayload; s: string };
    for (const change of [{ hosts: ['share.test', 'ai.test'] }, { channels: ['upload', 'copy'] }, { expiresAt: NOW + 86_400_000 * 30 }, { user: 'someone@else' }] as Partial<GrantPayload>[]) {
      const forged = encodeCode({ ...v, p: { ...v.p, ...change } });
      expect(await verifyGrant(forged, { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW }), JSON.stringify(change)).toMatchObject({ ok: false, problem: 'signature' });
    }
  });

  it('an expired grant is refused, and decide() stops honouring a stored one at its expiry', async () => {
    const k = await keys();
    const code = await signGrant(payload({ expiresAt: NOW - 1 }), k.key);
    expect(await verifyGrant(code, { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW })).toMatchObject({ ok: false, problem: 'expired' });
    const g = activeGrant(payload());
    const ctx = { channel: 'upload' as const, sourceLabel: null, destination: { host: 'share.test', kind: 'blocked' as const }, summary: { ...EMPTY_SUMMARY, people: 80 }, watchlisted: false, grants: [g] };
    expect(decide(DEFAULT_POLICY, { ...ctx, now: NOW }).action).toBe('audit');
    expect(decide(DEFAULT_POLICY, { ...ctx, now: NOW }).grant).toBe('g-test0001');
    expect(decide(DEFAULT_POLICY, { ...ctx, now: g.expiresAt }).action).toBe('block');
    // Exactly its scope: another host or another channel is not covered.
    expect(decide(DEFAULT_POLICY, { ...ctx, destination: { host: 'other.test', kind: 'blocked' }, now: NOW }).action).toBe('block');
    expect(decide(DEFAULT_POLICY, { ...ctx, channel: 'paste', now: NOW }).action).toBe('block');
    // Not before its start.
    expect(decide(DEFAULT_POLICY, { ...ctx, grants: [{ ...g, notBefore: NOW + 1000 }], now: NOW }).action).toBe('block');
  });

  it('a grant for another user is refused, and so is any grant when the policy names no user', async () => {
    const k = await keys();
    const code = await signGrant(payload({ user: 'hanako@sakura.example' }), k.key);
    expect(await verifyGrant(code, { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW })).toMatchObject({ ok: false, problem: 'user' });
    expect(await verifyGrant(code, { adminKeys: [k.publicJwk], user: '', revoked: [], now: NOW })).toMatchObject({ ok: false, problem: 'no_user' });
  });

  it('a revoked grant is refused when replayed, though its signature is still good', async () => {
    const k = await keys();
    const code = await signGrant(payload(), k.key);
    expect((await verifyGrant(code, { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW })).ok).toBe(true);
    expect(await verifyGrant(code, { adminKeys: [k.publicJwk], user: USER, revoked: ['g-test0001'], now: NOW })).toMatchObject({ ok: false, problem: 'revoked' });
  });

  it('a signed grant with a scope that is not exact (no host, unknown channel, wildcard) is refused', async () => {
    const k = await keys();
    for (const bad of [{ hosts: [] }, { hosts: ['*.share.test'] }, { channels: ['teleport'] }, { channels: [] }] as unknown as Partial<GrantPayload>[]) {
      const code = await signGrant(payload(bad), k.key);
      expect(await verifyGrant(code, { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW }), JSON.stringify(bad)).toMatchObject({ ok: false, problem: 'scope' });
    }
  });

  it('malformed codes are refused without throwing', async () => {
    const k = await keys();
    const good = await signGrant(payload(), k.key);
    for (const code of ['', 'not a code!', 'AAAA', encodeCode({ t: 'maruhi.grant', v: 1, p: payload(), s: 'short' }), encodeCode({ t: 'maruhi.request', v: 1 }), good.slice(0, -10), encodeCode([1, 2, 3])]) {
      expect(await verifyGrant(code, { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW }), code.slice(0, 20)).toMatchObject({ ok: false, problem: 'malformed' });
    }
    // Line breaks added by a mail client do not matter.
    expect((await verifyGrant(good.replace(/(.{40})/g, '$1\n'), { adminKeys: [k.publicJwk], user: USER, revoked: [], now: NOW })).ok).toBe(true);
  });

  it('no usable admin key: the policy is told, not the user blamed', async () => {
    const k = await keys();
    const code = await signGrant(payload(), k.key);
    expect(await verifyGrant(code, { adminKeys: [], user: USER, revoked: [], now: NOW })).toMatchObject({ ok: false, problem: 'no_keys' });
    expect(await verifyGrant(code, { adminKeys: ['{"kty":"EC"}', 'garbage'], user: USER, revoked: [], now: NOW })).toMatchObject({ ok: false, problem: 'bad_key' });
  });

  it('private keys: PKCS#8 PEM and JWK import; SEC1 and public keys are named as such', async () => {
    const k = await keys();
    expect((await importPrivateKey(k.privateJwk)).ok).toBe(true);
    expect(await importPrivateKey('-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----')).toEqual({ ok: false, problem: 'sec1' });
    expect(await importPrivateKey(k.publicJwk)).toEqual({ ok: false, problem: 'public' });
    expect(await importPublicKey(k.publicJwk)).not.toBeNull();
  });
});

describe('exception requests', () => {
  const req: ExceptionRequest = { id: 'r-abcdef', user: USER, channels: ['upload'], hosts: ['share.test'], hours: 8, reason: '取引先へ見積書を送るため', time: NOW };

  it('round-trips through a short code and refuses damaged ones', () => {
    const code = requestCode(req);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseRequestCode(code)).toEqual(req);
    expect(parseRequestCode(code.slice(0, -5))).toBeNull();
    expect(parseRequestCode(encodeCode({ ...JSON.parse(JSON.stringify(req)), t: 'maruhi.request', v: 1, hosts: ['not a host'] }))).toBeNull();
  });

  it('asks for a reason, a real host, known channels, and no more hours than the policy allows', () => {
    expect(checkRequest(req, 72)).toBeNull();
    expect(checkRequest({ ...req, reason: '  short ' }, 72)).toBe('reason');
    expect(checkRequest({ ...req, hosts: [] }, 72)).toBe('hosts');
    expect(checkRequest({ ...req, channels: [] }, 72)).toBe('channels');
    expect(checkRequest({ ...req, hours: 100 }, 72)).toBe('hours');
    expect(hourChoices(72)).toEqual([1, 2, 4, 8, 24, 72]);
    expect(hourChoices(10)).toEqual([1, 2, 4, 8, 10]);
  });
});

describe('watch list', () => {
  const p = (watchlist: { user: string; until?: string }[]) => ({ user: { id: USER, name: '', department: '' }, watchlist });
  it('holds for the listed user until the end date, and a broken end date keeps it in force', () => {
    expect(isWatchlisted(p([{ user: USER }]), NOW)).toBe(true);
    expect(isWatchlisted(p([{ user: 'Taro.Yamada@sakura.example' }]), NOW)).toBe(true);
    expect(isWatchlisted(p([{ user: USER, until: '2026-12-31' }]), NOW)).toBe(true);
    expect(isWatchlisted(p([{ user: USER, until: '2026-01-01' }]), NOW)).toBe(false);
    expect(isWatchlisted(p([{ user: USER, until: 'end of month' }]), NOW)).toBe(true);
    expect(isWatchlisted(p([{ user: 'someone@else' }]), NOW)).toBe(false);
    expect(isWatchlisted({ ...p([{ user: '' }]), user: { id: '', name: '', department: '' } }, NOW)).toBe(false);
  });

  it('the default watch-list rules block a copy of one customer and record every download, only for listed users', () => {
    const base = { channel: 'copy' as const, sourceLabel: 'confidential', summary: { ...EMPTY_SUMMARY, people: 1 }, grants: [], now: NOW };
    expect(decide(DEFAULT_POLICY, { ...base, watchlisted: false }).action).toBe('warn');
    expect(decide(DEFAULT_POLICY, { ...base, watchlisted: true }).action).toBe('block');
    const dl = { channel: 'download' as const, sourceLabel: 'public', summary: EMPTY_SUMMARY, grants: [], now: NOW };
    expect(decide(DEFAULT_POLICY, { ...dl, watchlisted: false }).action).toBe('allow');
    expect(decide(DEFAULT_POLICY, { ...dl, watchlisted: true }).action).toBe('audit');
  });
});

describe('pledge', () => {
  it('hashes with SHA-256 exactly as Node does, for ASCII, Japanese and block-boundary lengths', () => {
    for (const s of ['', 'abc', '顧客情報は業務目的以外に利用しません。', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000)])
      expect(sha256Hex(s), s.slice(0, 10)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });

  const pledge = { ...DEFAULT_POLICY.pledge, enabled: true, renewDays: 30 };
  it('is due on first visit, after renewDays, for another user, and when the text changes', async () => {
    const h = pledgeHash(pledge.text);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(pledgeDue(pledge, undefined, h, USER, NOW)).toBe(true);
    const rec = { user: USER, time: NOW, hash: h };
    expect(pledgeDue(pledge, rec, h, USER, NOW + 86_400_000)).toBe(false);
    expect(pledgeDue(pledge, rec, h, USER, NOW + 30 * 86_400_000)).toBe(true);
    expect(pledgeDue(pledge, rec, h, 'other@x', NOW)).toBe(true);
    const h2 = pledgeHash({ ...pledge.text, en: pledge.text.en + ' Updated.' });
    expect(h2).not.toBe(h);
    expect(pledgeDue(pledge, rec, h2, USER, NOW)).toBe(true);
    expect(pledgeDue({ ...pledge, enabled: false }, undefined, h, USER, NOW)).toBe(false);
    expect(pledgeDue({ ...pledge, renewDays: 0 }, rec, h, USER, NOW + 3650 * 86_400_000)).toBe(false);
  });
});
