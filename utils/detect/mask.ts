// Masked snippets for events and notices: enough to recognise the kind of value, never the value itself.
import { fold, isJsSpace } from './normalize';
import type { FindingType } from './types';

function maskDigits(raw: string, keepHead: number, keepTail: number): string {
  let total = 0;
  for (let i = 0; i < raw.length; i++) if (isDigit(raw.charCodeAt(i))) total++;
  // Short numbers keep less, so that what is shown never identifies the value.
  keepHead = Math.min(keepHead, Math.floor(total * 0.3));
  keepTail = Math.min(keepTail, Math.floor(total * 0.4));
  let seen = 0;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) {
      out += seen < keepHead || seen >= total - keepTail ? raw[i] : '*';
      seen++;
    } else out += c <= 0x20 ? ' ' : c > 0x2000 && c < 0x2300 ? '-' : raw[i];
  }
  return out;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isCjk(c: number): boolean {
  return c >= 0x3000;
}

/** A masked snippet for a finding of `type` whose original text is `raw`. */
export function mask(type: FindingType, raw: string): string {
  const s = fold(raw).trim();
  switch (type) {
    case 'email': {
      const at = s.lastIndexOf('@');
      if (at < 1) return '***';
      return s[0] + '***' + s.slice(at);
    }
    case 'credit_card': {
      const d = s.replace(/\D/g, '');
      return '****-****-****-' + d.slice(-4);
    }
    case 'phone':
      return maskDigits(s, 3, 4);
    case 'jp_postal_code':
      return maskDigits(s, 3, 0);
    case 'date_of_birth':
      return s.replace(/[0-9]/g, '*').replace(/元/g, '*');
    case 'us_ssn':
      return '***-**-' + s.replace(/\D/g, '').slice(-4);
    case 'iban': {
      const t = s.replace(/\s/g, '').toUpperCase();
      return t.slice(0, 4) + '*'.repeat(Math.max(0, t.length - 8)) + t.slice(-4);
    }
    case 'jp_passport':
    case 'jp_residence_card': {
      const t = s.replace(/\s/g, '');
      return t.slice(0, 2) + '*'.repeat(Math.max(0, t.length - 4)) + t.slice(-2);
    }
    case 'sensitive':
      return '[要配慮]';
    case 'person_name': {
      let plain = true;
      for (let i = 0; i < s.length && plain; i++) if (isJsSpace(s.charCodeAt(i)) || s.charCodeAt(i) === 0x30fb) plain = false;
      const parts = plain ? (s ? [s] : []) : s.split(/[\s・]+/).filter(Boolean);
      if (parts.length === 0) return '*';
      const first = parts[0];
      if (isCjk(first.charCodeAt(0))) {
        if (parts.length > 1) return first + ' *';
        return first.slice(0, Math.min(2, first.length - 1) || 1) + ' *';
      }
      return parts.map((p) => p[0] + '*'.repeat(Math.min(5, p.length - 1))).join(' ');
    }
    case 'jp_address': {
      // Keep prefecture and municipality (as far as the first 市/区/町/村/郡), hide the rest.
      const m = /^(.{0,4}?[都道府県])?(.{1,8}?[市区町村郡])?/.exec(s);
      const keep = m ? m[0] : '';
      if (keep.length > 0) return keep + '****';
      const i = s.search(/\s/);
      return (i > 0 && i < 12 ? s.slice(0, i) : s.slice(0, Math.min(3, s.length - 1))) + ' ****';
    }
    default:
      // identity numbers and accounts: the last 4 digits at most, separators kept
      return maskDigits(s, 0, 4);
  }
}
