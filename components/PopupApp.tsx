// The toolbar popup: this page's label and why, this tab's recent events, a way to the options page.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, txt } from '@/utils/i18n';
import type { ResponseOf } from '@/utils/messages';
import { KEYS, type EffectivePolicy } from '@/utils/storage-keys';
import { useLang } from './lang';
import { send } from './runtime';

export function PopupApp() {
  const [lang] = useLang();
  const [state, setState] = useState<ResponseOf<'tab.state'> | null>(null);
  const [policy, setPolicy] = useState<EffectivePolicy | null>(null);

  useEffect(() => {
    void (async () => {
      const q = new URLSearchParams(location.search).get('tab');
      const tabId = q ? Number(q) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      setPolicy(((await browser.storage.local.get(KEYS.effective))[KEYS.effective] as EffectivePolicy) ?? null);
      if (tabId !== undefined) setState(await send({ type: 'tab.state', tabId }));
    })();
  }, []);

  const def = state?.label ? policy?.policy.labels.find((l) => l.id === state.label) : undefined;
  return (
    <main style="width:360px;padding:12px 14px">
      <h1 style="font-size:15px;margin:0 0 8px">㊙ maruhi</h1>
      <section aria-label={t(lang, 'label')} data-testid="popup-label">
        {def && def.banner ? (
          <>
            <span class="label-chip" style={`background:${def.color}`}>{txt(lang, def.mark)}</span>
            <ul>
              {state!.reasons.map((r) => (
                <li>{r.text ? txt(lang, r.text) : r.kind === 'meta' ? t(lang, 'rule_meta') : r.ref}</li>
              ))}
            </ul>
          </>
        ) : (
          <p class="muted">{state ? t(lang, 'noLabel') : t(lang, 'notClassifiable')}</p>
        )}
      </section>
      <section>
        <h2 style="font-size:13px">{t(lang, 'recentEvents')}</h2>
        {state?.events.length ? (
          <ul data-testid="popup-events">
            {state.events.map((e) => (
              <li key={e.id}>
                {new Date(e.time).toLocaleTimeString(lang)} {e.channel ?? e.kind} {e.decision ?? ''} {e.rule ?? ''}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t(lang, 'noEvents')}</p>
        )}
      </section>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, 'openOptions')}
      </button>
    </main>
  );
}
