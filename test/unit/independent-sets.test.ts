// Checks the second to thirteenth independent labelled sets themselves (test/corpus/independent2-13.ts),
// not the detector: one set of checks for all.
import { describe, expect, it } from 'vitest';
import { corp, type IndependentDoc, luhnValid, mnValid } from '../corpus/independent';
import { buildIndependent2, INDEPENDENT2 } from '../corpus/independent2';
import { buildIndependent3, INDEPENDENT3 } from '../corpus/independent3';
import { buildIndependent4, INDEPENDENT4 } from '../corpus/independent4';
import { buildIndependent5, INDEPENDENT5 } from '../corpus/independent5';
import { buildIndependent6, INDEPENDENT6 } from '../corpus/independent6';
import { buildIndependent7, INDEPENDENT7 } from '../corpus/independent7';
import { buildIndependent8, INDEPENDENT8 } from '../corpus/independent8';
import { buildIndependent9, INDEPENDENT9 } from '../corpus/independent9';
import { buildIndependent10, INDEPENDENT10 } from '../corpus/independent10';
import { buildIndependent11, INDEPENDENT11 } from '../corpus/independent11';
import { buildIndependent12, INDEPENDENT12 } from '../corpus/independent12';
import { buildIndependent13, INDEPENDENT13 } from '../corpus/independent13';

const ascii = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const digits = (s: string) => ascii(s).replace(/\D/g, '');
const corpValid = (s: string) => {
  const d = digits(s);
  return d.length === 13 && corp(d.slice(1)) === d;
};
const ibanValid = (s: string) => {
  const raw = ascii(s).replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(raw)) return false;
  const num = (raw.slice(4) + raw.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of num) r = (r * 10 + +ch) % 97;
  return r === 1;
};
const TYPES = new Set(['my_number', 'corporate_number', 'jp_bank_account', 'jp_drivers_license', 'jp_passport', 'jp_residence_card', 'jp_pension_number', 'jp_insurance_number', 'phone', 'jp_postal_code', 'jp_address', 'person_name', 'date_of_birth', 'sensitive', 'email', 'credit_card', 'iban', 'us_ssn']);
const SETS: { no: number; docs: IndependentDoc[]; build: () => IndependentDoc[]; min: number; max: number }[] = [
  { no: 2, docs: INDEPENDENT2, build: buildIndependent2, min: 250, max: 320 },
  { no: 3, docs: INDEPENDENT3, build: buildIndependent3, min: 250, max: 320 },
  { no: 4, docs: INDEPENDENT4, build: buildIndependent4, min: 200, max: 240 },
  { no: 5, docs: INDEPENDENT5, build: buildIndependent5, min: 200, max: 240 },
  { no: 6, docs: INDEPENDENT6, build: buildIndependent6, min: 200, max: 240 },
  { no: 7, docs: INDEPENDENT7, build: buildIndependent7, min: 200, max: 240 },
  { no: 8, docs: INDEPENDENT8, build: buildIndependent8, min: 200, max: 240 },
  { no: 9, docs: INDEPENDENT9, build: buildIndependent9, min: 200, max: 240 },
  { no: 10, docs: INDEPENDENT10, build: buildIndependent10, min: 200, max: 240 },
  { no: 11, docs: INDEPENDENT11, build: buildIndependent11, min: 200, max: 240 },
  { no: 12, docs: INDEPENDENT12, build: buildIndependent12, min: 200, max: 240 },
  { no: 13, docs: INDEPENDENT13, build: buildIndependent13, min: 200, max: 240 },
];

describe.each(SETS)('independent set #$no', ({ docs, build, min, max }) => {
  const spans = docs.flatMap((d) => d.gold.map((g) => ({ d, g, v: d.text.slice(g.start, g.end) })));
  it('is deterministic: two builds are equal', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(docs));
  });

  it('has its size (set #2/#3: 250-320, set #4–#13: 200-240) with unique ids, about a fifth hard negatives', () => {
    expect(docs.length).toBeGreaterThanOrEqual(min);
    expect(docs.length).toBeLessThanOrEqual(max);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    const neg = docs.filter((d) => d.id.startsWith('neg-')).length / docs.length;
    expect(neg).toBeGreaterThan(0.15);
    expect(neg).toBeLessThan(0.3);
  });

  it('every gold span is a known type, inside the text, non-empty, trimmed and free of markup', () => {
    for (const { d, g, v } of spans) {
      expect(TYPES.has(g.type), `${d.id} ${g.type}`).toBe(true);
      expect(g.start >= 0 && g.end <= d.text.length && g.end > g.start, d.id).toBe(true);
      expect(v.trim(), `${d.id} "${v}"`).toBe(v);
      expect(/[\u0001-\u0003]/.test(v), d.id).toBe(false);
    }
    for (const d of docs) expect(/[\u0001-\u0003]/.test(d.text), d.id).toBe(false);
  });

  it('check digits are valid where the type has them', () => {
    const n = { my_number: 0, corporate_number: 0, credit_card: 0, iban: 0 };
    for (const { d, g, v } of spans) {
      if (g.type === 'my_number') expect(mnValid(v), `${d.id} ${v}`).toBe(true);
      if (g.type === 'corporate_number') expect(corpValid(v), `${d.id} ${v}`).toBe(true);
      if (g.type === 'credit_card') expect(luhnValid(v) && digits(v).length >= 14 && digits(v).length <= 19, `${d.id} ${v}`).toBe(true);
      if (g.type === 'iban') expect(ibanValid(v), `${d.id} ${v}`).toBe(true);
      if (g.type in n) n[g.type as keyof typeof n]++;
    }
    // (set #6, Japan-centred, holds two IBANs)
    for (const [k, c] of Object.entries(n)) expect(c, k).toBeGreaterThanOrEqual(2);
  });

  it('shapes of the other typed numbers are plausible', () => {
    for (const { d, g, v } of spans) {
      if (g.type === 'jp_postal_code') expect(/^\d{3}-?\d{4}$/.test(ascii(v).replace(/[－ー−‐―]/, '-')), `${d.id} ${v}`).toBe(true);
      if (g.type === 'us_ssn') {
        const s = digits(v);
        expect(s.length === 9 && !/^(000|666|9)/.test(s) && s.slice(3, 5) !== '00' && s.slice(5) !== '0000', `${d.id} ${v}`).toBe(true);
      }
      // (Singapore's numbers have 8 digits)
      if (g.type === 'phone') expect(digits(v).length, `${d.id} ${v}`).toBeGreaterThanOrEqual(8);
      if (g.type === 'email') expect(/@|%40|＠/.test(v), `${d.id} ${v}`).toBe(true);
    }
  });

  it('hard negatives (neg- ids) have no gold; every other document has some', () => {
    for (const d of docs) {
      if (d.id.startsWith('neg-')) expect(d.gold, d.id).toEqual([]);
      else expect(d.gold.length, d.id).toBeGreaterThan(0);
    }
  });

  it('gold spans do not overlap one another', () => {
    for (const d of docs) {
      const g = [...d.gold].sort((a, b) => a.start - b.start);
      for (let k = 1; k < g.length; k++) expect(g[k].start >= g[k - 1].end, `${d.id} ${g[k - 1].type}/${g[k].type}`).toBe(true);
    }
  });
});
