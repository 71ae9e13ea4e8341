// Event formats for collectors: maruhi's own JSON lines, Splunk HEC, OCSF Data Security Finding, Elastic ECS.
import type { ReportFormat } from '../policy/types';
import type { LoggedEvent } from './event';

export interface FormatMeta {
  /** Extension version. */
  version: string;
  /** Device or browser name for the collector's `host` field, when known. */
  host?: string;
}

export interface Batch {
  body: string;
  contentType: string;
}

const ms = (iso: string) => Date.parse(iso);

/** maruhi's schema is the logged event as it is: seq, prevHash and hash let the SIEM copy be verified. */
export function toMaruhi(e: LoggedEvent): LoggedEvent {
  return e;
}

/** Splunk HTTP Event Collector (`/services/collector/event`): one envelope per event, concatenated. */
export function toSplunkHec(e: LoggedEvent, meta: FormatMeta) {
  return {
    time: ms(e.time) / 1000,
    ...(meta.host ? { host: meta.host } : {}),
    source: 'maruhi',
    sourcetype: 'maruhi:event',
    event: e,
  };
}

const OCSF_SEVERITY_NAMES = ['Unknown', 'Informational', 'Low', 'Medium', 'High', 'Critical'];
const OCSF_SEVERITY = { allow: 1, audit: 2, warn: 3, block: 4 } as const;

/** OCSF 1.1 Data Security Finding (class 2006): what data, which rule, allowed or denied, who and where. */
export function toOcsf(e: LoggedEvent, meta: FormatMeta) {
  const d = e.detection;
  const base = e.decision ? OCSF_SEVERITY[e.decision] : e.kind === 'policy_error' || e.kind === 'tamper' || e.kind === 'log_error' || e.kind === 'dropped' ? 3 : 1;
  // Data the APPI says must be reported (≥1,000 people, sensitive, payment) raises the severity one step.
  const sevId = d?.reportable ? Math.min(5, base + 1) : base;
  const denied = e.decision === 'block';
  return {
    class_uid: 2006,
    class_name: 'Data Security Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: 1,
    activity_name: 'Create',
    type_uid: 200601,
    type_name: 'Data Security Finding: Create',
    time: ms(e.time),
    severity_id: sevId,
    severity: OCSF_SEVERITY_NAMES[sevId],
    status_id: 1,
    status: 'New',
    ...(e.decision ? { action_id: denied ? 2 : 1, action: denied ? 'Denied' : 'Allowed', disposition_id: denied ? 2 : 1, disposition: denied ? 'Blocked' : 'Allowed' } : {}),
    message: [e.kind, e.channel, e.decision, e.reason].filter(Boolean).join(' '),
    metadata: {
      version: '1.1.0',
      uid: e.id,
      sequence: e.seq,
      log_name: 'maruhi',
      product: { name: 'maruhi', vendor_name: 'maruhi', version: meta.version },
    },
    finding_info: {
      uid: e.id,
      title: e.channel ? `${e.channel}: ${e.decision ?? e.kind}` : e.kind,
      types: [e.kind, ...(e.channel ? [e.channel] : [])],
      created_time: ms(e.time),
      ...(e.rule ? { analytic: { uid: e.rule, name: e.rule, type_id: 1, type: 'Rule' } } : {}),
      ...(e.reason ? { desc: e.reason } : {}),
    },
    ...(d
      ? {
          data_security: {
            detection_system_id: 99,
            detection_system: 'maruhi',
            pattern_match: Object.keys(d.counts).join(','),
            ...(d.sensitive ? { data_classification: { classifier_details: { type: 'sensitive', name: d.sensitiveCategories.join(',') } } } : {}),
          },
        }
      : {}),
    ...(e.user ? { actor: { user: { uid: e.user, name: e.user } } } : {}),
    ...(e.pageHost ? { src_endpoint: { hostname: e.pageHost } } : {}),
    ...(e.destinationHost ? { dst_endpoint: { hostname: e.destinationHost } } : {}),
    ...(e.page || e.label ? { resources: [{ name: e.page ?? e.pageHost ?? '', labels: e.label ? [e.label] : [] }] } : {}),
    unmapped: { maruhi: e },
  };
}

/** Elastic Common Schema 8: `event.*` for what happened, the full maruhi event under `maruhi`. */
export function toEcs(e: LoggedEvent, meta: FormatMeta) {
  const type = e.decision === 'block' ? ['denied'] : e.decision ? ['allowed'] : e.kind === 'policy_applied' || e.kind === 'policy_error' ? ['change'] : ['info'];
  const category = e.kind === 'policy_applied' || e.kind === 'policy_error' ? ['configuration'] : e.kind === 'heartbeat' ? ['host'] : e.channel === 'upload' || e.channel === 'download' ? ['file', 'web'] : ['web'];
  return {
    '@timestamp': e.time,
    message: [e.kind, e.channel, e.decision, e.reason].filter(Boolean).join(' '),
    event: {
      id: e.id,
      kind: e.kind === 'heartbeat' ? 'state' : e.decision === 'block' || e.decision === 'warn' ? 'alert' : 'event',
      category,
      type,
      action: e.channel ?? e.kind,
      ...(e.decision ? { outcome: e.decision === 'block' ? 'failure' : 'success' } : {}),
      sequence: e.seq,
      hash: e.hash,
      module: 'maruhi',
      dataset: 'maruhi.events',
      created: e.time,
      ...(e.reason ? { reason: e.reason } : {}),
    },
    observer: { vendor: 'maruhi', product: 'maruhi', version: meta.version, type: 'browser-extension', ...(meta.host ? { hostname: meta.host } : {}) },
    ...(e.user ? { user: { id: e.user, name: e.user } } : {}),
    ...(e.pageHost ? { url: { domain: e.pageHost, ...(e.page ? { original: e.page } : {}) } } : {}),
    ...(e.destinationHost ? { destination: { domain: e.destinationHost } } : {}),
    ...(e.rule ? { rule: { id: e.rule, name: e.rule } } : {}),
    ...(e.file ? { file: { name: e.file.name, size: e.file.size, ...(e.file.type ? { mime_type: e.file.type } : {}) } } : {}),
    ...(e.label ? { labels: { maruhi_label: e.label } } : {}),
    maruhi: e,
  };
}

export function formatEvent(format: ReportFormat, e: LoggedEvent, meta: FormatMeta): object {
  switch (format) {
    case 'splunk_hec':
      return toSplunkHec(e, meta);
    case 'ocsf':
      return toOcsf(e, meta);
    case 'ecs':
      return toEcs(e, meta);
    default:
      return toMaruhi(e);
  }
}

/** One POST body. HEC takes concatenated objects; the others take JSON lines (NDJSON). */
export function formatBatch(format: ReportFormat, events: LoggedEvent[], meta: FormatMeta): Batch {
  const lines = events.map((e) => JSON.stringify(formatEvent(format, e, meta)));
  return format === 'splunk_hec' ? { body: lines.join('\n'), contentType: 'application/json' } : { body: lines.join('\n') + '\n', contentType: 'application/x-ndjson' };
}

/** The maruhi event id inside a formatted record: what a collector dedupes on. */
export function idOf(format: ReportFormat, rec: Record<string, any>): string | undefined {
  switch (format) {
    case 'splunk_hec':
      return rec.event?.id;
    case 'ocsf':
      return rec.metadata?.uid;
    case 'ecs':
      return rec.event?.id;
    default:
      return rec.id;
  }
}
