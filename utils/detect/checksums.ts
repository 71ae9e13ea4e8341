// Check-digit algorithms for numbers that carry one. Inputs are ASCII digit strings of the right length.

/** 個人番号: weights 6,5,4,3,2,7,6,5,4,3,2 over the first 11 digits; r = Σ mod 11; check = r ≤ 1 ? 0 : 11 − r. */
export function isMyNumber(d: string): boolean {
  if (d.length !== 12) return false;
  let s = 0;
  for (let i = 0; i < 11; i++) s += (d.charCodeAt(i) - 48) * (i < 5 ? 6 - i : 12 - i);
  const r = s % 11;
  return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
}

/** 法人番号: check digit first; over the other 12 from the right, weights 1 (odd) and 2 (even); check = 9 − Σ mod 9. */
export function isCorporateNumber(d: string): boolean {
  if (d.length !== 13) return false;
  let s = 0;
  for (let k = 1; k <= 12; k++) s += (d.charCodeAt(13 - k) - 48) * (k % 2 === 1 ? 1 : 2);
  return 9 - (s % 9) === d.charCodeAt(0) - 48;
}

export function luhn(d: string): boolean {
  let s = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let v = d.charCodeAt(i) - 48;
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    s += v;
    dbl = !dbl;
  }
  return s % 10 === 0;
}

/** Card brand by prefix and length, or '' when no brand issues that number. */
export function cardBrand(d: string): string {
  const L = d.length;
  // the prefixes as numbers, from char codes (three slices and three number parses per candidate before)
  const c0 = d.charCodeAt(0) - 48;
  const c1 = d.charCodeAt(1) - 48;
  const c2 = d.charCodeAt(2) - 48;
  const c3 = d.charCodeAt(3) - 48;
  const digits4 = L >= 4 && c0 >= 0 && c0 <= 9 && c1 >= 0 && c1 <= 9 && c2 >= 0 && c2 <= 9 && c3 >= 0 && c3 <= 9;
  const p2 = digits4 ? c0 * 10 + c1 : +d.slice(0, 2);
  const p3 = digits4 ? p2 * 10 + c2 : +d.slice(0, 3);
  const p4 = digits4 ? p3 * 10 + c3 : +d.slice(0, 4);
  if (d[0] === '4') return L === 13 || L === 16 || L === 19 ? 'visa' : '';
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return L === 16 ? 'mastercard' : '';
  if (p2 === 34 || p2 === 37) return L === 15 ? 'amex' : '';
  if (p4 >= 3528 && p4 <= 3589) return L >= 16 && L <= 19 ? 'jcb' : '';
  if (p4 === 2131 || p4 === 1800) return L >= 15 && L <= 19 ? 'jcb' : '';
  if ((p3 >= 300 && p3 <= 305) || p3 === 309 || p2 === 36 || p2 === 38 || p2 === 39) return L >= 14 && L <= 19 ? 'diners' : '';
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return L >= 16 && L <= 19 ? 'discover' : '';
  if (p2 === 62) return L >= 16 && L <= 19 ? 'unionpay' : '';
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return L >= 12 && L <= 19 ? 'maestro' : '';
  return '';
}

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** IBAN: known country length, then mod 97 of the rearranged number equals 1. `s` is upper-case, no spaces. */
export function isIban(s: string): boolean {
  const want = IBAN_LENGTHS[s.slice(0, 2)];
  if (want === undefined || s.length !== want) return false;
  let r = 0;
  const t = s.slice(4) + s.slice(0, 4);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return false;
  }
  return r === 1;
}

/** US SSN structural rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function isSsn(d: string): boolean {
  if (d.length !== 9) return false;
  const a = d.slice(0, 3);
  if (a === '000' || a === '666' || a[0] === '9') return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  return true;
}
