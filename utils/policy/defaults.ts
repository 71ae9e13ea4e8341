// Built-in policy: protects a browser that has no admin at all.
import type { Policy } from './types';

/** Well-known CRM and SaaS hosts that hold customer data. */
export const KNOWN_CRM_HOSTS = [
  '*.salesforce.com',
  '*.force.com',
  '*.lightning.force.com',
  '*.cybozu.com', // kintone, Garoon
  '*.kintone.com',
  'app.hubspot.com',
  'app-eu1.hubspot.com',
  'crm.zoho.com',
  'crm.zoho.jp',
  'crm.zoho.eu',
  '*.crm.dynamics.com',
  '*.crm7.dynamics.com', // Japan region
  'ap.sansan.com',
  '*.sansan.com',
  'app.eight.jp',
  'app.pipedrive.com',
  '*.freshsales.io',
  '*.myfreshworks.com',
  'app.zendesk.com',
  '*.zendesk.com',
  '*.senses-crm.com', // Senses (Mazrica)
  '*.esm-crm.jp', // eセールスマネージャー
  'app.satori.marketing',
  '*.marketo.com',
  'secure.bizer.jp',
];

export const DEFAULT_POLICY: Policy = {
  name: 'maruhi built-in defaults',
  labels: [
    { id: 'public', name: { ja: '公開', en: 'Public' }, mark: { ja: '公開', en: 'Public' }, color: '#2e7d32', banner: false },
    { id: 'internal', name: { ja: '社外秘', en: 'Internal' }, mark: { ja: '社外秘', en: 'Internal' }, color: '#1565c0', banner: true },
    { id: 'confidential', name: { ja: '秘', en: 'Confidential' }, mark: { ja: '㊙ 秘', en: '㊙ Confidential' }, color: '#c62828', banner: true },
    {
      id: 'strictly_confidential',
      name: { ja: '極秘', en: 'Strictly confidential' },
      mark: { ja: '㊙ 極秘', en: '㊙ Strictly confidential' },
      color: '#6a1b9a',
      banner: true,
    },
  ],
  classification: {
    rules: [
      {
        id: 'known-crm',
        label: 'confidential',
        urls: KNOWN_CRM_HOSTS,
        reason: { ja: '顧客管理 (CRM) サービス', en: 'Customer relationship management (CRM) service' },
      },
    ],
    honorMeta: true,
    content: { enabled: true, minPeople: 10, proseNames: false, label: 'confidential', sensitiveLabel: 'confidential' },
    exclude: [],
    defaultLabel: 'public',
  },
  destinations: {
    approved: [],
    blocked: [],
    blockedCategories: ['cloud_storage', 'webmail', 'generative_ai', 'paste_site'],
    categories: {},
  },
  guards: [
    { id: 'copy-audit', channels: ['copy', 'cut', 'drag'], minLabel: 'internal', action: 'audit' },
    { id: 'copy-people-warn', channels: ['copy', 'cut', 'drag'], minLabel: 'confidential', minPeople: 1, action: 'warn' },
    { id: 'copy-bulk-block', channels: ['copy', 'cut', 'drag'], minLabel: 'confidential', minPeople: 50, action: 'block' },
    { id: 'paste-unapproved', channels: ['paste', 'drop'], destination: 'unapproved', minPeople: 1, action: 'warn' },
    { id: 'paste-lineage', channels: ['paste', 'drop'], destination: 'unapproved', lineage: true, action: 'warn' },
    { id: 'paste-blocked', channels: ['paste', 'drop', 'upload', 'submit'], destination: 'blocked', minPeople: 1, action: 'block' },
    { id: 'upload-unapproved', channels: ['upload', 'submit'], destination: 'unapproved', minPeople: 1, action: 'warn' },
    { id: 'upload-bulk', channels: ['upload', 'submit'], destination: 'unapproved', minPeople: 50, action: 'block' },
    { id: 'sensitive-out', channels: ['paste', 'drop', 'upload', 'submit'], destination: 'unapproved', sensitive: true, action: 'block' },
    { id: 'download-audit', channels: ['download'], minLabel: 'internal', action: 'audit' },
    { id: 'print-warn', channels: ['print'], minLabel: 'confidential', action: 'warn' },
    { id: 'capture-audit', channels: ['capture'], minLabel: 'internal', action: 'audit' },
    { id: 'share-warn', channels: ['screen_share'], minLabel: 'confidential', action: 'warn' },
    // Watch list (departing employees): stricter for listed users only. Ids and messages say nothing about the list.
    {
      id: 'customer-data-strict',
      channels: ['copy', 'cut', 'drag', 'paste', 'drop', 'upload', 'submit'],
      minPeople: 1,
      watchlistOnly: true,
      action: 'block',
      message: { ja: '顧客の個人情報は、この操作では持ち出せません。', en: 'Customer personal data cannot be moved this way.' },
    },
    { id: 'classified-print-strict', channels: ['print', 'screen_share'], minLabel: 'confidential', watchlistOnly: true, action: 'block' },
    { id: 'download-record-all', channels: ['download', 'capture'], watchlistOnly: true, action: 'audit' },
  ],
  // 32 MiB bounds how long an upload waits on inspection in the page (seconds today: test/bench/upload.ts); a bigger
  // upload is judged uninspectable, never passed unread.
  detection: { minConfidence: 0.8, maxChars: 2_000_000, maxFileBytes: 32 << 20, uninspectable: 'warn' },
  reporting: {
    url: '',
    format: 'maruhi',
    authHeader: '',
    batchSize: 200,
    intervalSeconds: 30,
    heartbeatMinutes: 60,
    includeContent: false,
  },
  retention: { days: 180, maxEvents: 200_000 },
  exceptions: { allowRequests: true, maxHours: 72, adminKeys: [], grants: [], revoked: [] },
  watchlist: [],
  pledge: {
    enabled: false,
    minLabel: 'confidential',
    text: {
      ja: '顧客情報は業務目的以外に利用せず、社外へ持ち出しません。',
      en: 'I will use customer information only for work and will not take it outside the company.',
    },
    renewDays: 180,
  },
  watermark: { enabled: false, minLabel: 'confidential', opacity: 0.08 },
  privacy: { idleBlurSeconds: 0, blurOnFocusLoss: false, minLabel: 'confidential' },
  downloads: { prefixLabel: true, prefixFormat: '【{mark}】' },
  user: { id: '', name: '', department: '' },
  language: 'auto',
};
