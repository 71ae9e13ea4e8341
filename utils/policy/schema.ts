// The one policy schema: Chrome's managed-storage schema subset, used both to generate
// public/managed_schema.json and to validate untrusted policy JSON with exact error paths.
import { FINDING_TYPES } from '../detect/types';
import { ACTIONS, CHANNELS, DESTINATION_CATEGORIES } from './types';

export interface SchemaNode {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  required?: string[];
}

const str = (description: string, extra: Partial<SchemaNode> = {}): SchemaNode => ({ type: 'string', description, ...extra });
const bool = (description: string): SchemaNode => ({ type: 'boolean', description });
const int = (description: string, minimum: number, maximum: number): SchemaNode => ({ type: 'integer', description, minimum, maximum });
const list = (description: string, items: SchemaNode): SchemaNode => ({ type: 'array', description, items });
const obj = (description: string, properties: Record<string, SchemaNode>, required?: string[]): SchemaNode => ({
  type: 'object',
  description,
  properties,
  ...(required ? { required } : {}),
});
const text = (description: string): SchemaNode =>
  obj(description, { ja: str('Japanese text'), en: str('English text') }, ['ja', 'en']);
const ID = '^[a-z][a-z0-9_-]{0,31}$';
const labelRef = (description: string) => str(description, { pattern: ID });
const action = (description: string) => str(description, { enum: [...ACTIONS] });
const hostList = (description: string) =>
  list(description, str('A host glob (`*.example.com`, `example.com`) or a match pattern (`https://*.example.com/*`)'));

export const POLICY_SCHEMA: SchemaNode = obj('maruhi policy: one document for labels, classification, destinations, guards, reporting and exceptions. Every section is optional; missing sections take the built-in defaults.', {
  name: str('A name for this policy version, shown on the options page'),
  labels: list(
    'Classification labels, ordered from least to most confidential. The first is the lowest.',
    obj(
      'A label',
      {
        id: labelRef('Identifier used by rules (lowercase, e.g. `confidential`)'),
        name: text('Full name'),
        mark: text('The mark shown on the banner, e.g. 社外秘 / Internal'),
        color: str('Banner colour (CSS hex, e.g. `#b71c1c`)', { pattern: '^#[0-9a-fA-F]{6}$' }),
        banner: bool('Show a banner on pages with this label'),
      },
      ['id', 'name', 'mark', 'color'],
    ),
  ),
  classification: obj('What classifies a page', {
    rules: list(
      'URL and page-signal rules; the highest matching label wins',
      obj(
        'A classification rule',
        {
          id: str('Rule identifier, shown as the reason'),
          label: labelRef('Label given by this rule'),
          urls: hostList('Pages this rule matches'),
          selectors: list('CSS selectors whose presence on the page signals the label', str('A CSS selector')),
          reason: text('Why this label applies, shown to the user'),
        },
        ['id', 'label'],
      ),
    ),
    honorMeta: bool('Honour <meta name="maruhi-label" content="LABEL_ID"> set by the site'),
    content: obj('Classification by detected customer data', {
      enabled: bool('Scan visible page text for customer data'),
      minPeople: int('Distinct people on a page that make it confidential', 1, 1000000),
      proseNames: bool('Count people named only in running text (articles, news, notes without contact details) toward minPeople'),
      label: labelRef('Label for pages with at least minPeople people'),
      sensitiveLabel: labelRef('Label for pages with sensitive personal information (要配慮個人情報)'),
    }),
    exclude: hostList('Pages never classified or scanned'),
    defaultLabel: labelRef('Label for every other page'),
  }),
  destinations: obj('Where data may go', {
    approved: hostList('Approved destinations'),
    blocked: hostList('Blocked destinations'),
    blockedCategories: list('Built-in destination categories treated as blocked', str('Category', { enum: [...DESTINATION_CATEGORIES] })),
    categories: obj(
      'Extra hosts per built-in category',
      Object.fromEntries(DESTINATION_CATEGORIES.map((c) => [c, hostList(`Extra ${c} hosts`)])),
    ),
  }),
  guards: list(
    'Guard rules. For each event every matching rule is considered and the strictest action wins.',
    obj(
      'A guard rule',
      {
        id: str('Rule identifier, shown in notices and events', { pattern: '^[A-Za-z0-9_.:-]{1,64}$' }),
        channels: list('Channels this rule covers', str('Channel', { enum: [...CHANNELS] })),
        minLabel: labelRef('Applies when the source page label is at least this'),
        destination: str('Applies to this kind of destination', { enum: ['any', 'same_site', 'approved', 'unapproved', 'blocked'] }),
        minPeople: int('Applies when the data concerns at least this many distinct people', 0, 100000000),
        sensitive: bool('Applies only when sensitive personal information is present'),
        payment: bool('Applies only when payment data is present'),
        types: list('Applies only when one of these data types is present', str('Finding type', { enum: [...FINDING_TYPES] })),
        lineage: bool('Applies only to text that came from a classified page'),
        watchlistOnly: bool('Applies only to users on the watch list'),
        action: action('What happens: allow, audit, warn (justification) or block'),
        message: text('Shown to the user when the rule fires'),
      },
      ['id', 'channels', 'action'],
    ),
  ),
  detection: obj('Detector settings', {
    minConfidence: { type: 'number', description: 'Findings below this confidence (0–1) are not counted', minimum: 0, maximum: 1 },
    maxChars: int('Largest text scanned in one piece (characters)', 1000, 100000000),
    maxFileBytes: int('Most bytes of one uploaded file or request body read for inspection; a larger one counts as uninspectable', 1048576, 1073741824),
    uninspectable: action('Decision for content that cannot be inspected'),
  }),
  reporting: obj('Reporting to the collector / SIEM', {
    url: str('Collector URL (https; http only for localhost). Empty: no reporting.'),
    format: str('Event format', { enum: ['maruhi', 'splunk_hec', 'ocsf', 'ecs'] }),
    authHeader: str('An HTTP header sent with every batch, e.g. `Authorization: Splunk <token>`'),
    batchSize: int('Events per batch', 1, 5000),
    intervalSeconds: int('Seconds between batches', 5, 86400),
    heartbeatMinutes: int('Minutes between heartbeats (0: off)', 0, 1440),
    includeContent: bool('Include raw matched values in events (off: types, counts and masked snippets only)'),
  }),
  retention: obj('How long the local event log keeps events', {
    days: int('Days to keep events', 1, 3650),
    maxEvents: int('Most events kept', 1000, 10000000),
  }),
  exceptions: obj('Exception requests and signed grants', {
    allowRequests: bool('Users may request exceptions from the popup'),
    maxHours: int('Longest exception a user may request (hours)', 1, 8760),
    adminKeys: list('Admin public keys that sign grants (JWK JSON)', str('A public key')),
    grants: list('Signed grants delivered by policy', str('A grant code')),
    revoked: list('Revoked grant ids', str('A grant id')),
  }),
  watchlist: list(
    'Users under heightened care (e.g. departing employees)',
    obj('A watch-list entry', { user: str('User id (as in `user.id`)'), until: str('End date (ISO 8601), optional'), note: str('Admin note (not shown to the user)') }, ['user']),
  ),
  pledge: obj('Acknowledgement (誓約書) required before using classified sites', {
    enabled: bool('Require the pledge'),
    minLabel: labelRef('Label at or above which the pledge is required'),
    text: text('The handling rules the user accepts'),
    renewDays: int('Ask again after this many days (0: never)', 0, 3650),
  }),
  watermark: obj('Watermark on classified pages', {
    enabled: bool('Show the watermark'),
    minLabel: labelRef('Label at or above which the watermark is shown'),
    opacity: { type: 'number', description: 'Opacity 0.02–0.5', minimum: 0.02, maximum: 0.5 },
  }),
  privacy: obj('Shoulder-surfing protection', {
    idleBlurSeconds: int('Blur classified pages after this many idle seconds (0: off)', 0, 86400),
    blurOnFocusLoss: bool('Blur classified pages when the window loses focus'),
    minLabel: labelRef('Label at or above which pages are blurred'),
  }),
  downloads: obj('Downloads from classified pages', {
    prefixLabel: bool('Prefix file names with the label mark'),
    prefixFormat: str('Prefix format; {mark} is replaced by the label mark, e.g. 【{mark}】'),
  }),
  user: obj('Who uses this browser (for events, watermark and grants)', {
    id: str('User id, e.g. e-mail address'),
    name: str('Display name'),
    department: str('Department'),
  }),
  language: str('UI language', { enum: ['auto', 'ja', 'en'] }),
});

export interface SchemaError {
  path: string;
  message: string;
}

/** Validates `value` against `node`, collecting every error with its JSON path. */
export function validateAgainst(node: SchemaNode, value: unknown, path = '', errors: SchemaError[] = []): SchemaError[] {
  const at = path || '/';
  const push = (message: string) => errors.push({ path: at, message });
  switch (node.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        push(`expected an object, got ${describe(value)}`);
        break;
      }
      const rec = value as Record<string, unknown>;
      for (const key of node.required ?? []) if (!(key in rec)) errors.push({ path: `${path}/${key}`, message: 'is required' });
      for (const [key, v] of Object.entries(rec)) {
        const child = node.properties?.[key] ?? node.additionalProperties;
        if (!child) errors.push({ path: `${path}/${key}`, message: 'is not a known setting' });
        else validateAgainst(child, v, `${path}/${key}`, errors);
      }
      break;
    }
    case 'array':
      if (!Array.isArray(value)) push(`expected a list, got ${describe(value)}`);
      else value.forEach((v, i) => validateAgainst(node.items!, v, `${path}/${i}`, errors));
      break;
    case 'string':
      if (typeof value !== 'string') push(`expected text, got ${describe(value)}`);
      else if (node.enum && !node.enum.includes(value)) push(`must be one of ${node.enum.join(', ')}; got "${value}"`);
      else if (node.pattern && !new RegExp(node.pattern).test(value)) push(`"${value}" does not match ${node.pattern}`);
      break;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) push(`expected a number, got ${describe(value)}`);
      else if (node.type === 'integer' && !Number.isInteger(value)) push(`expected a whole number, got ${value}`);
      else if (node.minimum !== undefined && value < node.minimum) push(`must be at least ${node.minimum}; got ${value}`);
      else if (node.maximum !== undefined && value > node.maximum) push(`must be at most ${node.maximum}; got ${value}`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') push(`expected true or false, got ${describe(value)}`);
      break;
  }
  return errors;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/** The schema as Chrome's `storage.managed_schema` file (public/managed_schema.json). */
export function managedSchemaJson(): string {
  return JSON.stringify(toChromeSchema(POLICY_SCHEMA), null, 2) + '\n';
}

/** Chrome refuses to load an extension whose schema puts minimum/maximum on a non-integer. */
function toChromeSchema(node: SchemaNode): SchemaNode {
  const out: SchemaNode = { ...node };
  if (node.type !== 'integer') {
    delete out.minimum;
    delete out.maximum;
  }
  if (node.properties) out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, toChromeSchema(v)]));
  if (node.items) out.items = toChromeSchema(node.items);
  if (node.additionalProperties) out.additionalProperties = toChromeSchema(node.additionalProperties);
  return out;
}
