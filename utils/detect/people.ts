// Counts distinct people and builds the DetectionSummary every decision reads.
//
// Heuristic (documented in README of utils/detect and tested): every finding that identifies one person carries a
// key (e-mail, phone, identity number, card, name, address). People = the largest number of distinct keys in any ONE
// identifier family. A customer list of 1,200 rows with names and phones gives 1,200 whether or not every row has
// every column; a page that repeats one customer's phone ten times gives 1; a shared office phone on every row does
// not pull the count down because names still count. This is a lower bound when rows miss their strongest identifier.
import type { DetectionSummary, Finding, FindingType, SensitiveCategory } from './types';
import { SENSITIVE_CATEGORIES } from './types';

/** Families whose distinct keys each stand for (at most) one person. */
const FAMILY: Partial<Record<FindingType, string>> = {
  email: 'email',
  phone: 'phone',
  my_number: 'my_number',
  jp_drivers_license: 'licence',
  jp_passport: 'passport',
  jp_residence_card: 'residence',
  jp_pension_number: 'pension',
  jp_insurance_number: 'insurance',
  us_ssn: 'ssn',
  credit_card: 'card',
  jp_bank_account: 'bank',
  iban: 'bank',
  person_name: 'name',
  jp_address: 'address',
};

/**
 * Exact distinct count up to `cap`, then a linear-counting estimate over a fixed bitmap (bounded memory). Values are
 * 32-bit hashes (hashKey): the exact phase keeps them in an open-addressing table of int32 (a Set of numbers boxed
 * every hash above 2^30 and was most of the summary's cost).
 */
export class DistinctCounter {
  /** slots hold h | 0; 0 marks an empty slot, so the hash 0 is counted apart */
  private table: Int32Array | null = new Int32Array(64);
  private used = 0;
  private zero = false;
  private bits: Uint32Array | null = null;
  private static readonly M = 1 << 23; // bits: 1 MiB, good to a few million distinct keys
  constructor(private readonly cap = 100_000) {}
  add(hash: number): void {
    const h = hash | 0;
    if (!this.table) return this.mark(h);
    if (h === 0) this.zero = true;
    else {
      const tab = this.table;
      const mask = tab.length - 1;
      let i = h & mask;
      for (let v = tab[i]; v !== 0; v = tab[i]) {
        if (v === h) return;
        i = (i + 1) & mask;
      }
      tab[i] = h;
      if (++this.used * 2 > tab.length) this.grow();
    }
    if (this.exact() > this.cap) {
      const tab = this.table;
      this.bits = new Uint32Array(DistinctCounter.M >>> 5);
      for (let i = 0; i < tab.length; i++) if (tab[i] !== 0) this.mark(tab[i]);
      if (this.zero) this.mark(0);
      this.table = null;
    }
  }
  private exact(): number {
    return this.used + (this.zero ? 1 : 0);
  }
  private grow(): void {
    const old = this.table!;
    const tab = new Int32Array(old.length * 2);
    const mask = tab.length - 1;
    for (let j = 0; j < old.length; j++) {
      const h = old[j];
      if (h === 0) continue;
      let i = h & mask;
      while (tab[i] !== 0) i = (i + 1) & mask;
      tab[i] = h;
    }
    this.table = tab;
  }
  private mark(h: number): void {
    const b = (h >>> 0) & (DistinctCounter.M - 1);
    this.bits![b >>> 5] |= 1 << (b & 31);
  }
  get size(): number {
    if (this.table) return this.exact();
    let zeros = 0;
    for (const w of this.bits!) zeros += 32 - popcount(w);
    const m = DistinctCounter.M;
    return Math.round(zeros === 0 ? m * Math.log(m) : -m * Math.log(zeros / m));
  }
}
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** 32-bit FNV-1a mixed with the length: keys are hashed so the counters never hold raw values. */
export function hashKey(s: string): number {
  let h = 0x811c9dc5 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

const MAX_SAMPLES = 8;
const SAMPLES_PER_TYPE = 2;

/** Per finding type: how many, and the distinct counter of its family (looked up once per type, not per finding). */
interface TypeStat {
  n: number;
  counter: DistinctCounter | null;
}

/** Accumulates findings into a DetectionSummary (used by summarize() and by the streaming Scanner). */
export class SummaryBuilder {
  /** the types in the order first seen (the order of `counts`), and their stats: a linear search of a few interned
   * strings costs less than a Map look-up per finding */
  private readonly types: FindingType[] = [];
  private readonly stats: TypeStat[] = [];
  private readonly families = new Map<string, DistinctCounter>();
  private readonly cats = new Set<SensitiveCategory>();
  readonly samples: { type: FindingType; masked: string }[] = [];
  private payment = false;
  /** Distinct names found in a label, column or cell (not only in running text). */
  private listed: DistinctCounter | null = null;
  constructor(private readonly minConfidence = 0.8) {}

  /** Count of findings per type so far. */
  get counts(): Partial<Record<FindingType, number>> {
    const o: Partial<Record<FindingType, number>> = {};
    for (let k = 0; k < this.types.length; k++) o[this.types[k]] = this.stats[k].n;
    return o;
  }

  add(f: Finding): void {
    if (f.confidence < this.minConfidence) return;
    const type = f.type;
    // one look-up per finding (was a keyed store into counts, a keyed load of FAMILY and a Map lookup)
    const types = this.types;
    let k = 0;
    while (k < types.length && types[k] !== type) k++;
    if (k === types.length) {
      types.push(type);
      this.stats.push({ n: 0, counter: null });
    }
    const st = this.stats[k];
    st.n++;
    if (type === 'sensitive' && f.category) this.cats.add(f.category);
    if (type === 'credit_card' || type === 'jp_bank_account' || type === 'iban') this.payment = true;
    const key = f.key; // (read once: findings come in several shapes, each load a megamorphic one)
    if (key) {
      let c = st.counter;
      if (!c) {
        const fam = FAMILY[type];
        if (fam) {
          let fc = this.families.get(fam);
          if (!fc) this.families.set(fam, (fc = new DistinctCounter()));
          c = st.counter = fc;
        }
      }
      if (c) {
        const h = hashKey(key);
        c.add(h);
        if (type === 'person_name' && !f.prose) (this.listed ??= new DistinctCounter()).add(h);
      }
    }
    if (this.samples.length < MAX_SAMPLES) {
      const masked = f.masked;
      if (!masked) return;
      let same = 0;
      for (let i = 0; i < this.samples.length; i++) if (this.samples[i].type === type) same++;
      if (same < SAMPLES_PER_TYPE) this.samples.push({ type, masked });
    }
  }

  /** Distinct keys per identifier family (for tests and reports). */
  distinct(): Record<string, number> {
    const o: Record<string, number> = {};
    for (const [k, c] of this.families) o[k] = c.size;
    return o;
  }

  build(scanned: number, truncated: boolean): DetectionSummary {
    let people = 0;
    let peopleListed = this.listed?.size ?? 0;
    for (const [fam, c] of this.families) {
      people = Math.max(people, c.size);
      if (fam !== 'name') peopleListed = Math.max(peopleListed, c.size);
    }
    const sensitiveCategories = SENSITIVE_CATEGORIES.filter((c) => this.cats.has(c));
    const sensitive = sensitiveCategories.length > 0;
    return {
      counts: this.counts,
      people,
      peopleListed,
      sensitive,
      sensitiveCategories,
      payment: this.payment,
      reportable: people >= 1000 || sensitive || this.payment,
      samples: this.samples.slice(),
      scanned,
      truncated,
    };
  }
}

/** Summary of `findings` at or above `minConfidence` (default 0.8). */
export function summarize(findings: Finding[], scanned: number, truncated: boolean, minConfidence = 0.8): DetectionSummary {
  const b = new SummaryBuilder(minConfidence);
  for (let i = 0; i < findings.length; i++) b.add(findings[i]);
  return b.build(scanned, truncated);
}
