// The detector's vocabulary: what it finds and the summary every decision reads.

/** Every kind of customer data the detector knows. Same words in policy, events and UI. */
export const FINDING_TYPES = [
  'my_number', // 個人番号 (12 digits, check digit)
  'corporate_number', // 法人番号 (13 digits, check digit)
  'jp_bank_account',
  'jp_drivers_license',
  'jp_passport',
  'jp_residence_card',
  'jp_pension_number', // 基礎年金番号
  'jp_insurance_number', // 健康保険 / 雇用保険 被保険者番号
  'phone',
  'jp_postal_code',
  'jp_address',
  'person_name',
  'date_of_birth',
  'sensitive', // 要配慮個人情報: the category is in Finding.category
  'email',
  'credit_card',
  'iban',
  'us_ssn',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

/** Categories of 要配慮個人情報 (APPI Art. 2(3)). */
export const SENSITIVE_CATEGORIES = [
  'medical', // 病歴, 診療, 調剤, 健康診断の結果, 保健指導
  'disability',
  'criminal_record',
  'crime_victim',
  'criminal_procedure',
  'race',
  'creed',
  'social_status',
  'family_origin', // 本籍, 門地
] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export interface Finding {
  type: FindingType;
  /** UTF-16 offsets into the ORIGINAL text. */
  start: number;
  end: number;
  /** 0..1. Checksum + context ≈ 0.95; pattern alone lower. */
  confidence: number;
  /** Never the raw value: e.g. `090-****-5678`, `t***@example.co.jp`. */
  masked: string;
  /** Normalised value used only in memory to count distinct people; never logged. */
  key?: string;
  category?: SensitiveCategory;
  /** A name found in running text, outside any label, table column or cell (an article, a note): see `peopleListed`. */
  prose?: true;
}

export interface DetectionSummary {
  /** Count of findings per type at or above the reporting confidence. */
  counts: Partial<Record<FindingType, number>>;
  /** Distinct people the data concerns (deduplicated by e-mail, phone, identity numbers, name + address). */
  people: number;
  /**
   * Distinct people without the names that only appear in running text: the people a record (a list, a table, a
   * form, contact details) concerns. An encyclopedia article naming twenty people has `people` 20, `peopleListed` 0.
   * Every scan sets it; a summary from elsewhere (an older event) may lack it.
   */
  peopleListed?: number;
  sensitive: boolean;
  sensitiveCategories: SensitiveCategory[];
  /** Card numbers or bank accounts present. */
  payment: boolean;
  /** APPI: ≥ 1,000 people, or any sensitive data, or payment data that could cause financial harm. */
  reportable: boolean;
  /** A few masked examples for events and notices. */
  samples: { type: FindingType; masked: string }[];
  /** Characters inspected. */
  scanned: number;
  /** True when the input was larger than the scan limit and only part was inspected. */
  truncated: boolean;
}

export const EMPTY_SUMMARY: DetectionSummary = Object.freeze({
  counts: {},
  people: 0,
  peopleListed: 0,
  sensitive: false,
  sensitiveCategories: [],
  payment: false,
  reportable: false,
  samples: [],
  scanned: 0,
  truncated: false,
}) as DetectionSummary;
