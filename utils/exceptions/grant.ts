// Signed grants: an admin's ECDSA P-256 signature over a canonical payload, checked against the policy before use.
import { canonicalJson } from '../canonical-json';
import type { ActiveGrant } from '../decide';
import { CHANNELS, type Channel } from '../policy/types';
import { decodeCode, encodeCode, fromBase64Url, isHost, toBase64Url } from './codes';

export interface GrantPayload {
  id: string;
  /** The request this grant answers, when there was one. */
  requestId?: string;
  /** policy.user.id of the one person it is for. */
  user: string;
  channels: Channel[];
  hosts: string[];
  /** ms since epoch. */
  notBefore: number;
  expiresAt: number;
  issuedAt: number;
}

export type GrantProblem = 'malformed' | 'no_keys' | 'bad_key' | 'signature' | 'user' | 'no_user' | 'revoked' | 'scope' | 'expired';

export type GrantCheck = { ok: true; grant: GrantPayload; keyIndex: number } | { ok: false; problem: GrantProblem; grant?: GrantPayload };

const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const subtle = () => globalThis.crypto.subtle;

const enc = (s: string) => new TextEncoder().encode(s);

function pemBody(pem: string, label: RegExp): Uint8Array<ArrayBuffer> | null {
  const m = pem.match(/-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/);
  if (!m || !label.test(m[1])) return null;
  const b64 = m[2].replace(/\s+/g, '');
  return fromBase64Url(b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
}

function parseJwk(s: string): JsonWebKey | null {
  try {
    const j = JSON.parse(s) as JsonWebKey;
    return j && typeof j === 'object' && j.kty === 'EC' && j.crv === 'P-256' && typeof j.x === 'string' && typeof j.y === 'string' ? j : null;
  } catch {
    return null;
  }
}

/** An admin public key from the policy: JWK JSON, PEM (SPKI) or bare base64 SPKI. Null when unusable. */
export async function importPublicKey(s: string): Promise<CryptoKey | null> {
  try {
    const t = s.trim();
    if (t.startsWith('{')) {
      const j = parseJwk(t);
      if (!j) return null;
      return await subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: j.x, y: j.y, ext: true }, ALG, true, ['verify']);
    }
    const der = t.startsWith('-----') ? pemBody(t, /^PUBLIC KEY$/) : fromBase64Url(t.replace(/\s+/g, '').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    return der ? await subtle().importKey('spki', der, ALG, true, ['verify']) : null;
  } catch {
    return null;
  }
}

export type PrivateKeyProblem = 'sec1' | 'unreadable' | 'public';

/** An admin's private key: JWK JSON (with `d`) or PKCS#8 PEM ("BEGIN PRIVATE KEY"). */
export async function importPrivateKey(s: string): Promise<{ ok: true; key: CryptoKey; publicJwk: JsonWebKey } | { ok: false; problem: PrivateKeyProblem }> {
  const t = s.trim();
  try {
    let key: CryptoKey;
    if (t.startsWith('{')) {
      const j = parseJwk(t);
      if (!j) return { ok: false, problem: 'unreadable' };
      if (typeof j.d !== 'string') return { ok: false, problem: 'public' };
      key = await subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: j.x, y: j.y, d: j.d, ext: true }, ALG, true, ['sign']);
    } else {
      if (/BEGIN EC PRIVATE KEY/.test(t)) return { ok: false, problem: 'sec1' };
      if (/BEGIN PUBLIC KEY/.test(t)) return { ok: false, problem: 'public' };
      const der = pemBody(t, /^PRIVATE KEY$/);
      if (!der) return { ok: false, problem: 'unreadable' };
      key = await subtle().importKey('pkcs8', der, ALG, true, ['sign']);
    }
    const jwk = await subtle().exportKey('jwk', key);
    return { ok: true, key, publicJwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

/** A fresh admin key pair: the public JWK goes into policy.exceptions.adminKeys, the PEM stays with the admin. */
export async function generateAdminKeys(): Promise<{ publicJwk: string; privatePem: string; privateJwk: string }> {
  const kp = (await subtle().generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pub = await subtle().exportKey('jwk', kp.publicKey);
  const priv = await subtle().exportKey('jwk', kp.privateKey);
  const der = new Uint8Array(await subtle().exportKey('pkcs8', kp.privateKey));
  const b64 = btoa(String.fromCharCode(...der)).replace(/(.{64})/g, '$1\n').trim();
  return {
    publicJwk: JSON.stringify({ kty: 'EC', crv: 'P-256', x: pub.x, y: pub.y }),
    privateJwk: JSON.stringify({ kty: 'EC', crv: 'P-256', x: priv.x, y: priv.y, d: priv.d }),
    privatePem: `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`,
  };
}

export async function signGrant(payload: GrantPayload, key: CryptoKey): Promise<string> {
  const sig = new Uint8Array(await subtle().sign(SIGN, key, enc(canonicalJson(payload))));
  return encodeCode({ t: 'maruhi.grant', v: 1, p: payload, s: toBase64Url(sig) });
}

function asPayload(v: unknown): GrantPayload | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const p = v as Record<string, unknown>;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (typeof p.id !== 'string' || !/^[A-Za-z0-9_.-]{4,80}$/.test(p.id)) return null;
  if (p.requestId !== undefined && (typeof p.requestId !== 'string' || p.requestId.length > 80)) return null;
  if (typeof p.user !== 'string' || p.user.length > 256) return null;
  if (!Array.isArray(p.channels) || !Array.isArray(p.hosts) || !num(p.notBefore) || !num(p.expiresAt) || !num(p.issuedAt)) return null;
  return p as unknown as GrantPayload;
}

/** What the grant may do: known channels, at least one exact host, a time window that makes sense. */
function scopeOk(g: GrantPayload): boolean {
  return (
    g.channels.length > 0 &&
    g.channels.length <= CHANNELS.length &&
    g.channels.every((c) => (CHANNELS as readonly string[]).includes(c)) &&
    g.hosts.length > 0 &&
    g.hosts.length <= 10 &&
    g.hosts.every(isHost) &&
    g.expiresAt > g.notBefore
  );
}

export interface VerifyOptions {
  adminKeys: string[];
  /** policy.user.id: grants are for one person. */
  user: string;
  revoked: string[];
  now: number;
}

/**
 * Reads a grant code and checks everything: signature by one of the admin keys, user, revocation, scope and expiry.
 * A grant that starts later is accepted and kept; decide() applies it only from notBefore.
 */
export async function verifyGrant(code: string, o: VerifyOptions): Promise<GrantCheck> {
  const v = decodeCode(code) as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || v.t !== 'maruhi.grant' || v.v !== 1 || typeof v.s !== 'string') return { ok: false, problem: 'malformed' };
  const grant = asPayload(v.p);
  const sig = fromBase64Url(v.s);
  if (!grant || !sig || sig.length !== 64) return { ok: false, problem: 'malformed' };
  if (o.adminKeys.length === 0) return { ok: false, problem: 'no_keys', grant };
  const data = enc(canonicalJson(v.p));
  let keyIndex = -1;
  let usable = 0;
  for (let i = 0; i < o.adminKeys.length && keyIndex < 0; i++) {
    const key = await importPublicKey(o.adminKeys[i]);
    if (!key) continue;
    usable++;
    if (await subtle().verify(SIGN, key, sig, data)) keyIndex = i;
  }
  if (keyIndex < 0) return { ok: false, problem: usable ? 'signature' : 'bad_key', grant };
  if (!o.user) return { ok: false, problem: 'no_user', grant };
  if (grant.user !== o.user) return { ok: false, problem: 'user', grant };
  if (o.revoked.includes(grant.id)) return { ok: false, problem: 'revoked', grant };
  if (!scopeOk(grant)) return { ok: false, problem: 'scope', grant };
  if (grant.expiresAt <= o.now) return { ok: false, problem: 'expired', grant };
  return { ok: true, grant, keyIndex };
}

/** The grant as the decision function uses it. */
export const activeGrant = (g: GrantPayload): ActiveGrant => ({ id: g.id, channels: [...g.channels], hosts: [...g.hosts], notBefore: g.notBefore, expiresAt: g.expiresAt });

/** A grant id people can read aloud on the phone: g- and 10 random base32 characters. */
export function newId(prefix: string): string {
  const a = globalThis.crypto.getRandomValues(new Uint8Array(10));
  return prefix + Array.from(a, (b) => 'abcdefghjkmnpqrstuvwxyz23456789'[b % 31]).join('');
}
