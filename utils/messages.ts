// The one message protocol between background, content scripts, popup and options.
// Every message is checked here before anyone acts on it.
import type { LabelReason } from './classify';
import type { DetectionSummary } from './detect/types';
import type { ChainHead, VerifyResult } from './events/chain';
import { EVENT_KINDS, type EventInput, type MaruhiEvent } from './events/event';
import type { ReporterStatus } from './events/reporting';
import type { WriterStatus } from './events/writer';
import type { PolicyError } from './policy/resolve';
import { MAX_HASHES, type Fingerprints, type LineageMatch } from './lineage';
import { CHANNELS, ACTIONS } from './policy/types';
import type { EffectivePolicy, PolicyStatus, StoredGrant, StoredRequest } from './storage-keys';
import type { GrantPayload, GrantProblem } from './exceptions/grant';
import type { RequestProblem } from './exceptions/request';
import type { Channel } from './policy/types';

/** Requests to the background. `from` says who may send it. */
export type Request =
  | { type: 'frame.label'; url: string; label: string; reasons: LabelReason[] }
  | { type: 'event.record'; event: EventInput }
  /** Page text for content classification; the background's warm detector scans it off the page's thread. */
  | { type: 'content.scan'; text: string; reset: boolean }
  /** One text judged by the background's warm detector (large copies), nothing kept. */
  | { type: 'text.scan'; text: string }
  /** Load the guards into the sending frame (they are not part of the always-on content script). */
  | { type: 'guards.load' }
  /** Fingerprints (never text) of something copied from a classified page, kept for the browser session. */
  | { type: 'lineage.add'; label: string; hashes: number[]; mod: number }
  /** Does this pasted text (as fingerprints) come from a classified page? */
  | { type: 'lineage.match'; hashes: number[]; mod: number }
  | { type: 'policy.get' }
  | { type: 'policy.import'; doc: unknown }
  | { type: 'policy.clearLocal' }
  | { type: 'tab.state'; tabId: number }
  | { type: 'events.list'; tabId?: number; limit?: number }
  | { type: 'log.status' }
  | { type: 'log.retry' }
  | { type: 'events.verify' }
  /** The strictest label of any open tab: screen sharing shows them all. */
  | { type: 'tabs.maxLabel' }
  /** Labels of files downloaded from classified pages, matched by name and size (uploads keep the source label). */
  | { type: 'download.lookup'; files: { name: string; size: number }[] }
  /** The guard judged an upload to a site not approved and let it go: the network audit skips it, and a blocked
   *  host lets this tab's next uploads there past the network backstop briefly. */
  | { type: 'upload.cleared'; url: string }
  /** The popup asks an admin for an exception. */
  | { type: 'exception.request'; channels: Channel[]; hosts: string[]; hours: number; reason: string }
  | { type: 'exception.withdraw'; id: string }
  /** Requests and grants for the popup and the options page. */
  | { type: 'exception.state' }
  /** A grant code pasted into the popup (or the options page). */
  | { type: 'grant.add'; code: string }
  /** The pledge interstitial was answered on this frame's site; `hash` names the text shown. */
  | { type: 'pledge.answer'; hash: string; accepted: boolean; label: string };

export interface TabState {
  label: string | null;
  reasons: LabelReason[];
  url: string;
  events: MaruhiEvent[];
}

export interface Responses {
  'frame.label': { showBanner: boolean };
  'event.record': { ok: true };
  /** `restart`: the background lost this frame's running summary (its worker stopped); the page sends all its text again. */
  'content.scan': { summary: DetectionSummary; restart?: true };
  'text.scan': { summary: DetectionSummary };
  'guards.load': { ok: boolean };
  'lineage.add': { ok: true };
  'lineage.match': { match: LineageMatch | null };
  'policy.get': { effective: EffectivePolicy; status: PolicyStatus; managedDoc: unknown; localDoc: unknown };
  'policy.import': { ok: true } | { ok: false; reason: 'managed' | 'invalid'; errors: PolicyError[] };
  'policy.clearLocal': { ok: true } | { ok: false; reason: 'managed' };
  'tab.state': TabState;
  'events.list': { events: MaruhiEvent[] };
  'log.status': LogStatus;
  'log.retry': { ok: true };
  'events.verify': VerifyResult & { head: ChainHead | null };
  'tabs.maxLabel': { label: string | null };
  'download.lookup': { labels: string[] };
  'upload.cleared': { ok: boolean };
  'exception.request': { ok: true; request: StoredRequest } | { ok: false; problem: RequestProblem };
  'exception.withdraw': { ok: boolean };
  'exception.state': ExceptionState;
  'grant.add': { ok: true; grant: GrantPayload } | { ok: false; problem: GrantProblem; grant?: GrantPayload };
  'pledge.answer': { ok: boolean };
}

export interface ExceptionState {
  allowRequests: boolean;
  maxHours: number;
  user: string;
  collector: boolean;
  requests: StoredRequest[];
  /** Verified, not yet expired. */
  grants: StoredGrant[];
}

/** The event log's health and delivery, for the options page. */
export interface LogStatus {
  writer: WriterStatus & { head: ChainHead | null; dbError?: string };
  reporter: ReporterStatus;
}

export type ResponseOf<T extends Request['type']> = Responses[T];

/** Pushed from the background to a frame's content script. */
export type Push =
  | { type: 'banner.update'; show: boolean; label: string }
  | { type: 'idle.state'; state: IdleState }
  /** A download from this page needs a business reason; the tab answers with a DownloadAnswer. */
  | { type: 'download.ask'; name: string; label: string; rule: string; message?: string };
export interface DownloadAnswer {
  /** null: the user cancelled (or no dialog could be shown). */
  reason: string | null;
}
export type IdleState = 'active' | 'idle' | 'locked';

/** Message types only extension pages (popup, options) may send — never a content script. */
export const EXTENSION_PAGE_ONLY: ReadonlySet<Request['type']> = new Set(['policy.import', 'policy.clearLocal', 'tab.state', 'events.list', 'log.status', 'log.retry', 'events.verify', 'exception.request', 'exception.withdraw', 'exception.state', 'grant.add']);

/** Largest piece of page text sent at once for content classification. */
export const CONTENT_SCAN_MAX = 262_144;
/** Largest text judged at once for a copy (the policy's detection.maxChars is capped to this). */
export const TEXT_SCAN_MAX = 8_000_000;

const isStr = (v: unknown, max = 8192): v is string => typeof v === 'string' && v.length <= max;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);

/** Returns the message when it is well-formed, otherwise null. */
export function parseRequest(raw: unknown): Request | null {
  if (!isObj(raw) || !isStr(raw.type, 64)) return null;
  switch (raw.type) {
    case 'frame.label':
      return isStr(raw.url) && isStr(raw.label, 64) && Array.isArray(raw.reasons) && raw.reasons.length <= 20
        ? { type: 'frame.label', url: raw.url, label: raw.label, reasons: raw.reasons.filter(isReason) }
        : null;
    case 'event.record':
      return isEventInput(raw.event) ? { type: 'event.record', event: raw.event } : null;
    case 'guards.load':
      return { type: 'guards.load' };
    case 'text.scan':
      return isStr(raw.text, TEXT_SCAN_MAX) ? { type: 'text.scan', text: raw.text } : null;
    case 'content.scan':
      return isStr(raw.text, CONTENT_SCAN_MAX) && typeof raw.reset === 'boolean' ? { type: 'content.scan', text: raw.text, reset: raw.reset } : null;
    case 'lineage.add':
      return isStr(raw.label, 64) && isFingerprints(raw) ? { type: 'lineage.add', label: raw.label, hashes: raw.hashes, mod: raw.mod } : null;
    case 'lineage.match':
      return isFingerprints(raw) ? { type: 'lineage.match', hashes: raw.hashes, mod: raw.mod } : null;
    case 'policy.get':
    case 'policy.clearLocal':
    case 'log.status':
    case 'log.retry':
    case 'events.verify':
      return { type: raw.type };
    case 'download.lookup':
      return Array.isArray(raw.files) && raw.files.length <= 100 && raw.files.every((f) => isObj(f) && isStr(f.name, 1024) && isInt(f.size))
        ? { type: 'download.lookup', files: (raw.files as { name: string; size: number }[]).map((f) => ({ name: f.name, size: f.size })) }
        : null;
    case 'upload.cleared':
      return isStr(raw.url) ? { type: 'upload.cleared', url: raw.url } : null;
    case 'tabs.maxLabel':
    case 'exception.state':
      return { type: raw.type };
    case 'exception.request':
      return Array.isArray(raw.channels) && raw.channels.length <= CHANNELS.length && raw.channels.every((c) => (CHANNELS as readonly unknown[]).includes(c)) &&
        Array.isArray(raw.hosts) && raw.hosts.length <= 10 && raw.hosts.every((h) => isStr(h, 253)) && typeof raw.hours === 'number' && Number.isFinite(raw.hours) && isStr(raw.reason, 2000)
        ? { type: 'exception.request', channels: raw.channels as Channel[], hosts: raw.hosts as string[], hours: raw.hours, reason: raw.reason }
        : null;
    case 'exception.withdraw':
      return isStr(raw.id, 80) ? { type: 'exception.withdraw', id: raw.id } : null;
    case 'grant.add':
      return isStr(raw.code, 16_384) ? { type: 'grant.add', code: raw.code } : null;
    case 'pledge.answer':
      return isStr(raw.hash, 64) && typeof raw.accepted === 'boolean' && isStr(raw.label, 64) ? { type: 'pledge.answer', hash: raw.hash, accepted: raw.accepted, label: raw.label } : null;
    case 'policy.import':
      return 'doc' in raw ? { type: 'policy.import', doc: raw.doc } : null;
    case 'tab.state':
      return isInt(raw.tabId) ? { type: 'tab.state', tabId: raw.tabId } : null;
    case 'events.list':
      return (raw.tabId === undefined || isInt(raw.tabId)) && (raw.limit === undefined || isInt(raw.limit))
        ? { type: 'events.list', tabId: raw.tabId as number | undefined, limit: raw.limit as number | undefined }
        : null;
    default:
      return null;
  }
}

function isFingerprints(v: Record<string, unknown>): v is Record<string, unknown> & Fingerprints {
  const { hashes, mod } = v;
  return (
    Array.isArray(hashes) && hashes.length <= MAX_HASHES && hashes.every((h) => isInt(h) && h >= 0 && h < 2 ** 32) &&
    isInt(mod) && mod >= 1 && mod <= 2 ** 31 && (mod & (mod - 1)) === 0
  );
}

function isReason(v: unknown): v is LabelReason {
  return isObj(v) && isStr(v.kind, 16) && isStr(v.ref, 512);
}

function isEventInput(v: unknown): v is EventInput {
  if (!isObj(v) || !(EVENT_KINDS as readonly unknown[]).includes(v.kind)) return false;
  if (v.channel !== undefined && !(CHANNELS as readonly unknown[]).includes(v.channel)) return false;
  if (v.decision !== undefined && !(ACTIONS as readonly unknown[]).includes(v.decision)) return false;
  for (const k of ['rule', 'reason', 'page', 'pageHost', 'label', 'destinationHost', 'destinationCategory', 'justification'] as const)
    if (v[k] !== undefined && !isStr(v[k], 4096)) return false;
  return JSON.stringify(v).length < 64_000;
}

export function parsePush(raw: unknown): Push | null {
  if (!isObj(raw)) return null;
  if (raw.type === 'banner.update' && typeof raw.show === 'boolean' && isStr(raw.label, 64)) return { type: 'banner.update', show: raw.show, label: raw.label };
  if (raw.type === 'idle.state' && (raw.state === 'active' || raw.state === 'idle' || raw.state === 'locked')) return { type: 'idle.state', state: raw.state };
  if (raw.type === 'download.ask' && isStr(raw.name, 1024) && isStr(raw.label, 64) && isStr(raw.rule, 256) && (raw.message === undefined || isStr(raw.message, 4096)))
    return { type: 'download.ask', name: raw.name, label: raw.label, rule: raw.rule, ...(raw.message !== undefined ? { message: raw.message } : {}) };
  return null;
}
