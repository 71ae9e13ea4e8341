// The effective policy, where each part came from, errors, and import/export when unmanaged.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, txt } from '@/utils/i18n';
import type { Lang, PolicySection } from '@/utils/policy/types';
import type { PolicyError } from '@/utils/policy/resolve';
import type { ResponseOf } from '@/utils/messages';
import { KEYS } from '@/utils/storage-keys';
import { send } from './runtime';

type State = ResponseOf<'policy.get'>;

export function PolicyView({ lang }: { lang: Lang }) {
  const [state, setState] = useState<State | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string; errors?: PolicyError[] } | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const load = async () => setState(await send({ type: 'policy.get' }));
  useEffect(() => {
    void load();
    const l = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (KEYS.effective in changes || KEYS.status in changes)) void load();
    };
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  }, []);

  if (!state) return <p>…</p>;
  const { effective, status } = state;
  const managed = effective.managed;

  const importText = async (text: string) => {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      setNotice({ ok: false, text: t(lang, 'importInvalid'), errors: [{ path: '/', message: `${t(lang, 'notJson')}: ${(e as Error).message}` }] });
      return;
    }
    const r = await send({ type: 'policy.import', doc });
    if (r.ok) setNotice({ ok: true, text: t(lang, 'importOk') });
    else if (r.reason === 'managed') setNotice({ ok: false, text: t(lang, 'importRefusedManaged') });
    else setNotice({ ok: false, text: t(lang, 'importInvalid'), errors: r.errors });
    await load();
  };

  const exportPolicy = () => {
    const blob = new Blob([JSON.stringify(effective.policy, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'maruhi-policy.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  const sections = Object.keys(effective.sources) as PolicySection[];
  return (
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">{t(lang, 'effectivePolicy')}</h2>
      <p class={managed ? 'managed' : 'unmanaged'} data-testid="managed-state">
        {managed ? '🔒 ' + t(lang, 'policyManaged') : t(lang, 'policyUnmanaged')}
      </p>
      <p>
        {t(lang, 'policyName')}: <strong data-testid="policy-name">{effective.policy.name}</strong> · hash <code>{effective.hash}</code> · {t(lang, 'updated')}{' '}
        {new Date(effective.updatedAt).toLocaleString(lang)}
      </p>

      {status.errors.length > 0 && (
        <div class="error" role="alert" data-testid="policy-errors">
          <strong>{t(lang, 'policyErrors')}</strong> ({t(lang, 'errorsFrom')}: {t(lang, `source_${status.errorSource ?? 'managed'}`)})
          <ErrorList errors={status.errors} />
        </div>
      )}

      <div class="actions">
        <button type="button" disabled={managed} onClick={() => file.current?.click()} data-testid="import">
          {t(lang, 'importPolicy')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={async (e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) await importText(await f.text());
            (e.currentTarget as HTMLInputElement).value = '';
          }}
        />
        <button type="button" onClick={exportPolicy}>
          {t(lang, 'exportPolicy')}
        </button>
        <button type="button" disabled={managed || !state.localDoc} onClick={async () => { await send({ type: 'policy.clearLocal' }); await load(); }}>
          {t(lang, 'clearLocal')}
        </button>
      </div>
      <details>
        <summary>JSON</summary>
        <textarea aria-label="policy JSON" data-testid="policy-text" rows={10} readOnly={managed} placeholder="{ … }" />
        <button type="button" disabled={managed} data-testid="import-text" onClick={(e) => {
          const ta = (e.currentTarget as HTMLElement).parentElement!.querySelector('textarea')!;
          void importText(ta.value);
        }}>
          {t(lang, 'importPolicy')}
        </button>
      </details>
      {notice && (
        <div class={notice.ok ? 'ok' : 'error'} role="status" data-testid="import-result">
          {notice.text}
          {notice.errors && <ErrorList errors={notice.errors} />}
        </div>
      )}

      <table class="sources" data-testid="sources">
        <thead>
          <tr>
            <th>{t(lang, 'section')}</th>
            <th>{t(lang, 'source')}</th>
            <th>JSON</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => (
            <tr key={s} data-section={s} data-source={effective.sources[s]}>
              <th scope="row">{s}</th>
              <td>
                <span class={`src src-${effective.sources[s]}`}>{t(lang, `source_${effective.sources[s]}`)}</span>
              </td>
              <td>
                <details>
                  <summary>{summary(effective.policy, s, lang)}</summary>
                  <pre>{JSON.stringify(effective.policy[s], null, 2)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ErrorList({ errors }: { errors: PolicyError[] }) {
  return (
    <ul>
      {errors.slice(0, 50).map((e) => (
        <li>
          <code>{e.path}</code> {e.message}
        </li>
      ))}
      {errors.length > 50 && <li>… +{errors.length - 50}</li>}
    </ul>
  );
}

function summary(p: State['effective']['policy'], s: PolicySection, lang: Lang): string {
  const v = p[s] as unknown;
  if (s === 'labels') return p.labels.map((l) => txt(lang, l.name)).join(' < ');
  if (s === 'classification') return `${p.classification.rules.length} rules · content ≥ ${p.classification.content.minPeople}`;
  if (Array.isArray(v)) return `${v.length}`;
  if (typeof v === 'object' && v) return Object.keys(v).slice(0, 4).join(', ') + '…';
  return String(v);
}
