// Download guard (top frame only): when a download from this page needs a business reason, the background asks here,
// in the tab the user is looking at, and holds the download until the answer.
import { browser } from 'wxt/browser';
import { askJustification } from '@/components/JustifyDialog';
import { t, txt } from '@/utils/i18n-page';
import { parsePush, type DownloadAnswer } from '@/utils/messages';
import type { Guard } from './context';

export const downloadGuard: Guard = {
  name: 'download',
  init(gc) {
    if (!gc.isTop) return;
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      const p = parsePush(raw);
      if (p?.type !== 'download.ask' || sender.id !== browser.runtime.id) return undefined;
      const { lang } = gc;
      const label = txt(lang, gc.classifier.label(p.label)?.name) || p.label;
      const where = `${t(lang, 'guardFrom', { label })}${lang === 'ja' ? '：' : ': '}${p.name}`;
      return askJustification({
        lang,
        title: t(lang, 'guardWarnTitle', { channel: t(lang, 'channel_download') }),
        body: [p.message ?? '', where],
        rule: p.rule,
        law: [t(lang, 'lawUcpa')],
      }).then((reason): DownloadAnswer => ({ reason }));
    });
  },
};
