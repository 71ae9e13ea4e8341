// The options page: effective policy with sources, language; more sections join as features land.
import { t } from '@/utils/i18n';
import { useEffect, useState } from 'preact/hooks';
import { Charts } from './Charts';
import { EventLog } from './EventLog';
import { IncidentReport } from './IncidentReport';
import { useLang } from './lang';
import { PolicyView } from './PolicyView';
import { ExceptionsView } from './ExceptionsView';

const TABS = ['policy', 'events', 'charts', 'incident', 'exceptions'] as const;
type Tab = (typeof TABS)[number];
const tabFromHash = (): Tab => (TABS as readonly string[]).includes(location.hash.slice(1)) ? (location.hash.slice(1) as Tab) : 'policy';

export function OptionsApp() {
  const [lang, choice, setChoice] = useLang();
  // The tab lives in the URL (#events …) so a link or a reload lands on the same view.
  const [tab, setTab] = useState<Tab>(tabFromHash);
  useEffect(() => {
    const f = () => setTab(tabFromHash());
    addEventListener('hashchange', f);
    return () => removeEventListener('hashchange', f);
  }, []);
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
        <nav class="tabs" role="tablist">
          {TABS.map((k) => (
            <button type="button" role="tab" aria-selected={tab === k} data-testid={`tab-${k}`} onClick={() => (location.hash = k)}>
              {t(lang, `tab_${k}`)}
            </button>
          ))}
        </nav>
        {tab === 'policy' && <PolicyView lang={lang} />}
        {tab === 'events' && <EventLog lang={lang} />}
        {tab === 'charts' && <Charts lang={lang} />}
        {tab === 'incident' && <IncidentReport lang={lang} />}
        {tab === 'exceptions' && <ExceptionsView lang={lang} />}
      </main>
    </>
  );
}
