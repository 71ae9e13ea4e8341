// The toolbar popup: this page's label and why, this tab's recent events, a way to the options page.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, txt } from '@/utils/i18n';
import type { ResponseOf } from '@/utils/messages';
import { KEYS, type EffectivePolicy } from '@/utils/storage-keys';
import { decisionText, eventTitle, timeText } from './event-text';
import { useLang } from './lang';
import { send } from './runtime';
import { ActiveGrants, GrantPaste, PendingRequests, RequestForm, useExceptionState } from './Exceptions';

export function PopupApp() {
  const [lang] = useLang();
  const [state, setState] = useState<ResponseOf<'tab.state'> | null>(null);
  const [policy, setPolicy] = useState<EffectivePolicy | null>(null);
  const [exc, reloadExc] = useExceptionState();
  const [tabUrl, setTabUrl] = useState<string | undefined>();

  useEffect(() => {
    void (async () => {
      const q = new URLSearchParams(location.search).get('tab');
      const tabId = q ? Number(q) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      setPolicy(((await browser.storage.local.get(KEYS.effective))[KEYS.effective] as EffectivePolicy) ?? null);
      if (tabId !== undefined) setState(await send({ type: 'tab.state', tabId }));
      // Unlabelled pages never report to the background; the tab itself says where it is.
      if (tabId !== undefined) setTabUrl(await browser.tabs.get(tabId).then((t) => t.url, () => undefined));
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
      <section aria-labelledby="popup-events-h">
        <h2 id="popup-events-h" style="font-size:13px;margin:12px 0 4px">{t(lang, 'recentEvents')}</h2>
        {state?.events.length ? (
          <ol data-testid="popup-events" class="popup-events" aria-describedby="popup-events-help">
            {state.events.map((e) => (
              <li key={e.id} data-kind={e.kind} data-decision={e.decision ?? ''}>
                <time dateTime={e.time}>{timeText(lang, e.time, false)}</time> <strong>{eventTitle(lang, e)}</strong>
                {e.decision && <span class={`chip chip-${e.decision}`}>{decisionText(lang, e.decision)}</span>}
                {e.destinationHost && <span class="muted"> → {e.destinationHost}</span>}
                {!!e.detection?.people && <span class="muted"> · {t(lang, 'ev_peopleN', { n: e.detection.people })}</span>}
                {(e.rule || e.reason) && <div class="muted small">{e.rule ?? e.reason}</div>}
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">{t(lang, 'noEvents')}</p>
        )}
        {!!state?.events.length && <p id="popup-events-help" class="muted small">{t(lang, 'popup_eventsHelp')}</p>}
      </section>
      <section aria-labelledby="popup-pending-h" data-testid="popup-pending">
        <h2 id="popup-pending-h" style="font-size:13px;margin:12px 0 4px">{t(lang, 'pendingRequests')}</h2>
        <PendingRequests lang={lang} state={exc} onChange={reloadExc} />
      </section>
      <section aria-labelledby="popup-grants-h" data-testid="popup-grants">
        <h2 id="popup-grants-h" style="font-size:13px;margin:12px 0 4px">{t(lang, 'exc_active')}</h2>
        <ActiveGrants lang={lang} state={exc} />
        <GrantPaste lang={lang} onChange={reloadExc} />
      </section>
      <details data-testid="popup-request">
        <summary style="font-size:13px;font-weight:600;margin:12px 0 4px">{t(lang, 'exc_title')}</summary>
        <RequestForm lang={lang} state={exc} site={siteOf(tabUrl || state?.url)} onChange={reloadExc} />
      </details>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, 'openOptions')}
      </button>
    </main>
  );
}

function siteOf(url: string | undefined): string | undefined {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}
