// The policy document: everything an admin decides, as TypeScript types.
import type { FindingType } from '../detect/types';

export type Lang = 'ja' | 'en';
export type Text = { ja: string; en: string };

export const CHANNELS = [
  'copy',
  'cut',
  'drag',
  'paste',
  'drop',
  'upload',
  'download',
  'print',
  'capture',
  'screen_share',
  'submit',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const ACTIONS = ['allow', 'audit', 'warn', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

export const DESTINATION_CATEGORIES = ['cloud_storage', 'webmail', 'generative_ai', 'social', 'paste_site'] as const;
export type DestinationCategory = (typeof DESTINATION_CATEGORIES)[number];

export interface LabelDef {
  id: string;
  name: Text;
  /** The mark shown on the banner, e.g. 社外秘 / Internal. */
  mark: Text;
  color: string;
  /** Show the banner for this label (the lowest label usually does not). */
  banner: boolean;
}

export interface ClassificationRule {
  id: string;
  label: string;
  /** Match patterns (`*://*.salesforce.com/*`) or host globs (`*.kintone.com`). */
  urls?: string[];
  /** CSS selectors whose presence signals the label (e.g. `meta[name=crm]`). */
  selectors?: string[];
  reason?: Text;
}

export interface ContentClassification {
  enabled: boolean;
  /** Pages whose visible content concerns at least this many distinct people get `label`. */
  minPeople: number;
  /**
   * Whether people named only in running text count toward minPeople. Off by default: an article naming a dozen
   * people is about them, not a record of customers. People in lists, tables, forms, or with contact or identity
   * data always count (DetectionSummary.peopleListed).
   */
  proseNames: boolean;
  label: string;
  /** Any sensitive personal information (要配慮個人情報) gets `sensitiveLabel`. */
  sensitiveLabel: string;
}

export interface Classification {
  rules: ClassificationRule[];
  /** Honour `<meta name="maruhi-label" content="<label id>">` set by the site itself. */
  honorMeta: boolean;
  content: ContentClassification;
  /** Never classified or scanned (match patterns / host globs). */
  exclude: string[];
  /** Label for everything else. */
  defaultLabel: string;
}

export interface Destinations {
  /** Hosts where customer data may go (host globs or match patterns). */
  approved: string[];
  /** Hosts that are always treated as blocked destinations. */
  blocked: string[];
  /** Built-in destination categories whose hosts count as blocked. */
  blockedCategories: DestinationCategory[];
  /** Extra hosts per category, added to the built-in lists. */
  categories: Partial<Record<DestinationCategory, string[]>>;
}

export type DestinationKind = 'any' | 'same_site' | 'approved' | 'unapproved' | 'blocked';

export interface GuardRule {
  id: string;
  channels: Channel[];
  /** Source label at or above which the rule applies (by label order). Omitted: any label. */
  minLabel?: string;
  /** Where the data goes. Omitted: any. */
  destination?: DestinationKind;
  /** Conditions on what is being moved; all given must hold. */
  minPeople?: number;
  sensitive?: boolean;
  payment?: boolean;
  types?: FindingType[];
  /** The moved text came from a classified page (paste/drop lineage). */
  lineage?: boolean;
  /** Applies only to users on the watch list. */
  watchlistOnly?: boolean;
  action: Action;
  message?: Text;
}

export interface Detection {
  /** Findings below this confidence are not counted. */
  minConfidence: number;
  /** Largest text (characters) scanned in one piece; beyond it the rest is streamed or judged by `oversize`. */
  maxChars: number;
  /** Most bytes of one uploaded file or body read for inspection; a larger one is uninspectable (`uninspectable` decides). */
  maxFileBytes: number;
  /** What to do with content that cannot be inspected (encrypted, corrupt, too large). */
  uninspectable: Action;
}

export type ReportFormat = 'maruhi' | 'splunk_hec' | 'ocsf' | 'ecs';
export interface Reporting {
  url: string;
  format: ReportFormat;
  /** e.g. `Authorization: Splunk <token>`; sent as given. */
  authHeader: string;
  batchSize: number;
  intervalSeconds: number;
  heartbeatMinutes: number;
  /** Include raw matched values in events (off by default: privacy). */
  includeContent: boolean;
}

export interface Retention {
  days: number;
  maxEvents: number;
}

export interface Grant {
  /** Base64url of the signed grant token (see utils/exceptions). */
  token: string;
}

export interface Exceptions {
  allowRequests: boolean;
  maxHours: number;
  /** Admin public keys (JWK JSON strings or base64 SPKI), ECDSA P-256. */
  adminKeys: string[];
  grants: string[];
  revoked: string[];
}

export interface WatchEntry {
  user: string;
  until?: string;
  note?: string;
}

export interface Pledge {
  enabled: boolean;
  minLabel: string;
  text: Text;
  renewDays: number;
}

export interface Watermark {
  enabled: boolean;
  minLabel: string;
  opacity: number;
}

export interface Privacy {
  /** Blur classified pages after this many seconds idle (0: off). */
  idleBlurSeconds: number;
  blurOnFocusLoss: boolean;
  minLabel: string;
}

export interface Downloads {
  /** Prefix file names from classified pages with the label mark, e.g. 【社外秘】. */
  prefixLabel: boolean;
  prefixFormat: string;
}

export interface UserIdentity {
  id: string;
  name: string;
  department: string;
}

export interface Policy {
  /** Shown on the options page; lets admins tell policy versions apart. */
  name: string;
  labels: LabelDef[];
  classification: Classification;
  destinations: Destinations;
  guards: GuardRule[];
  detection: Detection;
  reporting: Reporting;
  retention: Retention;
  exceptions: Exceptions;
  watchlist: WatchEntry[];
  pledge: Pledge;
  watermark: Watermark;
  privacy: Privacy;
  downloads: Downloads;
  user: UserIdentity;
  language: 'auto' | Lang;
}

export type PolicySection = keyof Policy;
export type PolicySource = 'managed' | 'local' | 'default';

/** A policy as an admin writes it: every section optional. */
export type PolicyInput = Partial<Policy>;
