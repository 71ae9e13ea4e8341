// The strings shown inside web pages (banner, notices, dialogs, pledge, watermark), in Japanese and English.
// Content scripts import only this part of the dictionary: it runs on every page, so it stays small.
import type { Lang, Policy, Text } from './policy/types';

const ja = {
  rule_default: '既定のラベル',
  rule_meta: 'サイトが指定したラベル',
  bannerTitle: 'このページは {label} です。取り扱いに注意してください。',
  // Event log, reporting, charts and the incident report (popup and options).
  printBlockedTitle: '印刷は禁止されています',
  printBlockedBody: 'このページ（{label}）は顧客情報を含むため、ポリシーにより印刷できません。印刷物や PDF には、この案内だけが出力されます。',
  printWarnTitle: '印刷する理由を入力してください',
  printWarnBody: 'このページ（{label}）は顧客情報を含みます。印刷は記録され、すべてのページにラベルと透かし（氏名・日時）が入ります。',
  printMenuNotice: 'このページ（{label}）の印刷には理由の入力が必要です。ページ上で Ctrl+P（Mac は ⌘P）を押し、理由を入力してから印刷してください。',
  printedBy: '{user} が {time} に印刷',
  shareBlockedTitle: '画面共有は禁止されています',
  shareBlockedBody: '機密ラベル（{label}）のページが開いているため、ポリシーにより画面共有できません。そのタブを閉じてからもう一度お試しください。',
  shareWarnTitle: '画面共有する理由を入力してください',
  shareWarnBody: '機密ラベル（{label}）のページが開いています。共有する画面に顧客情報が映る可能性があります。共有は記録されます。',
  captureTitle: 'スクリーンショットを記録しました',
  captureBody: 'このページ（{label}）でスクリーンショットの操作を検知し、記録しました。ブラウザは OS のスクリーンショットやカメラでの撮影を止められませんが、透かしで撮影者と日時がわかります。顧客情報の画像を社外に持ち出すことは禁止されています。',
  captureHidden: '顧客情報を一時的に隠しています',
  watermarkNoUser: 'ユーザー未設定',
  privacyBlurred: '離席中のため表示を隠しています。クリックまたはキー入力で戻ります。',
  // Guard notices and the justification dialog (copy, paste, drag and the channels that reuse them).
  channel_copy: 'コピー',
  channel_cut: '切り取り',
  channel_drag: 'ドラッグ',
  channel_paste: '貼り付け',
  channel_drop: 'ドロップ',
  channel_upload: 'アップロード',
  channel_download: 'ダウンロード',
  channel_print: '印刷',
  channel_capture: '画面キャプチャ',
  channel_screen_share: '画面共有',
  channel_submit: 'フォーム送信',
  guardBlockedTitle: '{channel}をブロックしました',
  guardWarnTitle: 'この{channel}には業務上の理由が必要です',
  guardRule: 'ルール: {rule}',
  guardWhatPeople: '{n} 人分の個人情報',
  guardWhatSensitive: '要配慮個人情報',
  guardWhatPayment: 'カード番号・口座番号',
  guardWhatLineage: '{label} のページからコピーした内容',
  guardFrom: '{label} のページから',
  guardTo: '承認されていない宛先 {host} へ',
  lawUcpa: '顧客情報は営業秘密として不正競争防止法で保護されています。不正な持ち出しは刑事罰（10年以下の拘禁刑・2,000万円以下の罰金）の対象です。',
  lawAppi: '個人データの漏えいは、個人情報保護法により個人情報保護委員会への報告と本人への通知が必要になることがあります。',
  guardException: '業務上どうしても必要な場合は、ツールバーの maruhi アイコンから例外を申請してください。',
  justifyPrompt: '業務上の理由（必須）',
  justifyPlaceholder: '例：〇〇社との契約更新の見積書作成のため',
  justifyMin: '{n} 文字以上で入力してください',
  justifyContinue: '続行',
  justifyCancel: 'キャンセル',
  justifyRecorded: '理由と操作は記録されます。',
  noticeClose: '閉じる',
  uploadUninspectable: 'ファイル「{name}」の中身を確認できませんでした（{reason}）。',
  uninspectable_encrypted: '暗号化またはパスワード保護',
  uninspectable_corrupt: 'ファイルが壊れています',
  uninspectable_too_large: '検査できる上限を超える大きさ',
  uninspectable_zip_bomb: '展開すると異常に大きくなる圧縮ファイル',
  uninspectable_unsupported_archive: '対応していない圧縮形式',
  uninspectable_unreadable: '読み取れない形式',
  clipboardBlocked: '[maruhi] 顧客情報のため{channel}はブロックされました（ルール: {rule}）',
  // Exceptions, grants and the pledge (issue 7).
  pledge_title: '情報の取扱いに関する誓約',
  pledge_intro: 'このサイト（{label}）を利用する前に、次の取扱いルールを読み、同意してください。',
  pledge_recorded: '回答は利用者名と日時とともに記録されます。',
  pledge_accept: '同意して利用する',
  pledge_decline: '同意しない',
  pledge_declined: '同意がないため、このページは利用できません。利用するには「同意して利用する」を押してください。',
} satisfies Record<string, string>;

export type PageMessageKey = keyof typeof ja;

const en: Record<PageMessageKey, string> = {
  rule_default: 'Default label',
  rule_meta: 'Label declared by the site',
  bannerTitle: 'This page is {label}. Handle with care.',
  // Event log, reporting, charts and the incident report (popup and options).
  printBlockedTitle: 'Printing is not allowed',
  printBlockedBody: 'This page ({label}) holds customer data, so the policy does not allow printing it. Printouts and PDFs carry only this notice.',
  printWarnTitle: 'Give a reason to print',
  printWarnBody: 'This page ({label}) holds customer data. Printing is recorded, and every printed page carries the label and a watermark with your name and the time.',
  printMenuNotice: 'Printing this page ({label}) needs a reason. Press Ctrl+P (⌘P on a Mac) on the page and give a reason, then print.',
  printedBy: 'printed by {user} at {time}',
  shareBlockedTitle: 'Screen sharing is not allowed',
  shareBlockedBody: 'A page labelled {label} is open, so the policy does not allow screen sharing. Close that tab and try again.',
  shareWarnTitle: 'Give a reason to share your screen',
  shareWarnBody: 'A page labelled {label} is open. Customer data may be visible on the screen you share. Sharing is recorded.',
  captureTitle: 'Screenshot recorded',
  captureBody: 'A screenshot shortcut was used on this page ({label}) and has been recorded. A browser cannot stop operating-system screenshots or cameras, but the watermark shows who took it and when. Taking images of customer data outside the company is not allowed.',
  captureHidden: 'Customer data hidden for a moment',
  watermarkNoUser: 'unknown user',
  privacyBlurred: 'Hidden while you were away. Click or press any key to show the page.',
  channel_copy: 'copy',
  channel_cut: 'cut',
  channel_drag: 'drag',
  channel_paste: 'paste',
  channel_drop: 'drop',
  channel_upload: 'upload',
  channel_download: 'download',
  channel_print: 'print',
  channel_capture: 'screen capture',
  channel_screen_share: 'screen sharing',
  channel_submit: 'form submission',
  guardBlockedTitle: 'This {channel} was blocked',
  guardWarnTitle: 'This {channel} needs a business reason',
  guardRule: 'Rule: {rule}',
  guardWhatPeople: 'personal data of {n} people',
  guardWhatSensitive: 'sensitive personal information',
  guardWhatPayment: 'card or bank account numbers',
  guardWhatLineage: 'content copied from a {label} page',
  guardFrom: 'from a {label} page',
  guardTo: 'to {host}, which is not an approved destination',
  lawUcpa: 'Customer information is a trade secret protected by the Unfair Competition Prevention Act; taking it without authorisation is a crime (up to 10 years’ imprisonment and ¥20M in fines).',
  lawAppi: 'Under the Act on the Protection of Personal Information, a leak of personal data may have to be reported to the Personal Information Protection Commission and to the people concerned.',
  guardException: 'If your work really needs this, request an exception from the maruhi icon in the toolbar.',
  justifyPrompt: 'Business reason (required)',
  justifyPlaceholder: 'e.g. preparing the renewal quote for ACME',
  justifyMin: 'Enter at least {n} characters',
  justifyContinue: 'Continue',
  justifyCancel: 'Cancel',
  justifyRecorded: 'Your reason and this action are recorded.',
  noticeClose: 'Close',
  uploadUninspectable: 'The content of “{name}” could not be inspected ({reason}).',
  uninspectable_encrypted: 'encrypted or password-protected',
  uninspectable_corrupt: 'the file is damaged',
  uninspectable_too_large: 'larger than the inspection limit',
  uninspectable_zip_bomb: 'an archive that expands to an abnormal size',
  uninspectable_unsupported_archive: 'an unsupported archive format',
  uninspectable_unreadable: 'an unreadable format',
  clipboardBlocked: '[maruhi] {channel} blocked: customer information (rule: {rule})',
  // Exceptions, grants and the pledge (issue 7).
  pledge_title: 'Pledge on handling information',
  pledge_intro: 'Before using this site ({label}), read and accept the following handling rules.',
  pledge_recorded: 'Your answer is recorded with your name and the time.',
  pledge_accept: 'I accept',
  pledge_decline: 'I do not accept',
  pledge_declined: 'Without your acceptance this page cannot be used. To use it, choose “I accept”.',
};

export const PAGE_MESSAGES: Record<Lang, Record<PageMessageKey, string>> = { ja, en };

/** Browser language → ja/en (Japanese first: anything Japanese is ja, everything else en). */
export function pickLang(setting: Policy['language'] | undefined, browserLang: string | undefined): Lang {
  if (setting === 'ja' || setting === 'en') return setting;
  return browserLang?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function format(s: string, params?: Record<string, string | number>): string {
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

export function t(lang: Lang, key: PageMessageKey, params?: Record<string, string | number>): string {
  return format(PAGE_MESSAGES[lang][key] ?? PAGE_MESSAGES.en[key] ?? key, params);
}

export const txt = (lang: Lang, text: Text | undefined): string => (text ? text[lang] || text.en || text.ja : '');
