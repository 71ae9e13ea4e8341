// The options page: effective policy with sources, language; more sections join as features land.
import { t } from '@/utils/i18n';
import { useLang } from './lang';
import { PolicyView } from './PolicyView';

export function OptionsApp() {
  const [lang, choice, setChoice] = useLang();
  return (
    <>
      <header class="top">
        <span class="mark" aria-hidden="true">㊙</span>
        <h1>maruhi</h1>
        <span class="muted">{t(lang, 'tagline')}</span>
        <label style="margin-left:auto">
          {t(lang, 'language')}{' '}
          <select value={choice} data-testid="lang" onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as 'auto' | 'ja' | 'en')}>
            <option value="auto">{t(lang, 'lang_auto')}</option>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main>
        <PolicyView lang={lang} />
      </main>
    </>
  );
}
