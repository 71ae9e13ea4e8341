// Short codes people copy between popup, mail and admin tools: base64url of JSON, no padding.

export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null for anything that is not base64url (codes arrive pasted from mail and chat). */
export function fromBase64Url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export const encodeCode = (v: unknown): string => toBase64Url(new TextEncoder().encode(JSON.stringify(v)));

/** The JSON inside a code, or null. Whitespace and line breaks that mail clients add are ignored. */
export function decodeCode(code: string): unknown {
  const bytes = fromBase64Url(code.replace(/\s+/g, ''));
  if (!bytes || bytes.length === 0 || bytes.length > 16_384) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

const HOST = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** A host name as the browser shows it (lower case, no port); IPv4 passes too. */
export const isHost = (h: unknown): h is string => typeof h === 'string' && HOST.test(h) && !h.startsWith('*');
