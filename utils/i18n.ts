// UI strings in Japanese and English; one dictionary for popup, options and in-page UI.
import type { Lang, Policy, Text } from './policy/types';

const ja = {
  appName: 'maruhi',
  tagline: '顧客情報を守るブラウザガード',
  label: 'ラベル',
  why: '理由',
  source: '設定元',
  source_managed: '管理ポリシー',
  source_local: 'ローカル設定',
  source_default: '既定値',
  effectivePolicy: '適用中のポリシー',
  policyManaged: 'このブラウザは管理者のポリシーで管理されています。ローカルでの変更はできません。',
  policyUnmanaged: '管理ポリシーはありません。ポリシーを読み込んで設定できます。',
  importPolicy: 'ポリシーを読み込む',
  exportPolicy: 'ポリシーを書き出す',
  clearLocal: 'ローカル設定を消去',
  importOk: 'ポリシーを読み込みました。',
  importRefusedManaged: '管理ポリシーがあるため、ローカルのポリシーは読み込めません。管理者に連絡してください。',
  importInvalid: 'ポリシーに誤りがあるため読み込みませんでした。現在のポリシーがそのまま適用されます。',
  notJson: 'JSON として読めません',
  policyErrors: 'ポリシーの誤り（直前の正しいポリシーを適用中）',
  errorsFrom: '誤りのあるポリシー',
  section: '項目',
  language: '表示言語',
  lang_auto: 'ブラウザに合わせる',
  openOptions: '設定とログを開く',
  recentEvents: 'このタブの最近のイベント',
  noEvents: 'イベントはありません',
  pendingRequests: '申請中の例外',
  noLabel: 'このページにラベルはありません',
  notClassifiable: 'このページは対象外です',
  policyName: 'ポリシー名',
  updated: '更新',
  rule_default: '既定のラベル',
  rule_meta: 'サイトが指定したラベル',
  bannerTitle: 'このページは {label} です。取り扱いに注意してください。',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof ja;

const en: Record<MessageKey, string> = {
  appName: 'maruhi',
  tagline: 'Browser guard for customer information',
  label: 'Label',
  why: 'Why',
  source: 'Source',
  source_managed: 'Managed policy',
  source_local: 'Local setting',
  source_default: 'Built-in default',
  effectivePolicy: 'Effective policy',
  policyManaged: 'This browser is managed by your administrator’s policy. Local changes are locked.',
  policyUnmanaged: 'No managed policy. You can import a policy here.',
  importPolicy: 'Import policy',
  exportPolicy: 'Export policy',
  clearLocal: 'Clear local policy',
  importOk: 'Policy imported.',
  importRefusedManaged: 'A managed policy is in force, so a local policy cannot be imported. Ask your administrator.',
  importInvalid: 'The policy has errors and was not imported. The current policy stays in force.',
  notJson: 'not readable as JSON',
  policyErrors: 'Policy errors (the last good policy stays in force)',
  errorsFrom: 'Policy with errors',
  section: 'Section',
  language: 'Language',
  lang_auto: 'Same as browser',
  openOptions: 'Open settings and log',
  recentEvents: 'Recent events in this tab',
  noEvents: 'No events',
  pendingRequests: 'Pending exception requests',
  noLabel: 'This page has no label',
  notClassifiable: 'This page is not covered',
  policyName: 'Policy name',
  updated: 'Updated',
  rule_default: 'Default label',
  rule_meta: 'Label declared by the site',
  bannerTitle: 'This page is {label}. Handle with care.',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { ja, en };

/** Browser language → ja/en (Japanese first: anything Japanese is ja, everything else en). */
export function pickLang(setting: Policy['language'] | undefined, browserLang: string | undefined): Lang {
  if (setting === 'ja' || setting === 'en') return setting;
  return browserLang?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  let s = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

export const txt = (lang: Lang, text: Text | undefined): string => (text ? text[lang] || text.en || text.ja : '');
