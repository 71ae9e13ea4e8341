// Exception requests and grants for the popup and the options page: ask, see what is pending and active, apply a grant code.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/utils/i18n';
import { hourChoices, REQUEST_REASON_MIN } from '@/utils/exceptions/request';
import type { ExceptionState } from '@/utils/messages';
import { CHANNELS, type Channel, type Lang } from '@/utils/policy/types';
import { KEYS, type StoredRequest } from '@/utils/storage-keys';
import { send } from './runtime';

/** Channels a person is likely to need, first; the rest behind them. */
const COMMON: Channel[] = ['upload', 'copy', 'paste', 'download', 'print', 'submit'];

const chName = (lang: Lang, c: string) => t(lang, `channel_${c}` as MessageKey);
const chList = (lang: Lang, cs: string[]) => cs.map((c) => chName(lang, c)).join(lang === 'ja' ? '・' : ', ');
const when = (lang: Lang, ms: number) => new Date(ms).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');

export function useExceptionState(): [ExceptionState | null, () => void] {
  const [state, setState] = useState<ExceptionState | null>(null);
  const load = () => void send({ type: 'exception.state' }).then(setState, () => {});
  useEffect(() => {
    load();
    const l = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (KEYS.grants in changes || KEYS.requests in changes || KEYS.effective in changes)) load();
    };
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  }, []);
  return [state, load];
}

function CodeBox({ lang, code, testid }: { lang: Lang; code: string; testid: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <textarea readOnly rows={3} data-testid={testid} value={code} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard.writeText(code).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t(lang, 'exc_copied') : t(lang, 'exc_copy')}
      </button>
    </div>
  );
}

export function PendingRequests({ lang, state, onChange }: { lang: Lang; state: ExceptionState | null; onChange: () => void }) {
  if (!state?.requests.length) return <p class="muted">{t(lang, 'popup_noPending')}</p>;
  return (
    <ul class="plain">
      {state.requests.map((r: StoredRequest) => (
        <li key={r.id} data-testid="pending-request" data-request={r.id}>
          <div>
            <strong>{t(lang, 'exc_summary', { channels: chList(lang, r.channels), hosts: r.hosts.join(', '), hours: r.hours })}</strong>
          </div>
          <div class="muted small">
            {when(lang, r.time)} — {r.reason}
          </div>
          <p class="small">{t(lang, r.sent ? 'exc_sentCollector' : 'exc_giveCode')}</p>
          <CodeBox lang={lang} code={r.code} testid="request-code" />
          <button type="button" onClick={() => void send({ type: 'exception.withdraw', id: r.id }).then(onChange)}>
            {t(lang, 'exc_withdraw')}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ActiveGrants({ lang, state }: { lang: Lang; state: ExceptionState | null }) {
  if (!state?.grants.length) return <p class="muted">{t(lang, 'exc_noActive')}</p>;
  return (
    <ul class="plain">
      {state.grants.map((g) => (
        <li key={g.grant.id} data-testid="active-grant" data-grant={g.grant.id}>
          {chList(lang, g.grant.channels)} — {g.grant.hosts.join(', ')} <span class="muted small">{t(lang, 'exc_until', { time: when(lang, g.grant.expiresAt) })}</span>
        </li>
      ))}
    </ul>
  );
}

/** Paste a signed grant code; the background verifies it and says why when it refuses. */
export function GrantPaste({ lang, onChange }: { lang: Lang; onChange: () => void }) {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const apply = async () => {
    const r = await send({ type: 'grant.add', code: code.trim() });
    if (r.ok) {
      setResult({ ok: true, text: t(lang, 'exc_granted', { channels: chList(lang, r.grant.channels), hosts: r.grant.hosts.join(', '), time: when(lang, r.grant.expiresAt) }) });
      setCode('');
    } else setResult({ ok: false, text: t(lang, 'exc_refused', { why: t(lang, `grantErr_${r.problem}` as MessageKey) }) });
    onChange();
  };
  return (
    <div>
      <label for="grant-code" class="small">
        {t(lang, 'exc_paste')}
      </label>
      <textarea id="grant-code" rows={3} data-testid="grant-code" value={code} onInput={(e) => setCode((e.currentTarget as HTMLTextAreaElement).value)} />
      <button type="button" data-testid="grant-apply" disabled={!code.trim()} onClick={() => void apply()}>
        {t(lang, 'exc_pasteApply')}
      </button>
      {result && (
        <p role="status" data-testid="grant-result" data-ok={String(result.ok)} class={result.ok ? 'ok' : 'error'}>
          {result.text}
        </p>
      )}
    </div>
  );
}

/** The request form. `site` is the host of the tab the popup was opened for, when there is one. */
export function RequestForm({ lang, state, site, onChange }: { lang: Lang; state: ExceptionState | null; site?: string; onChange: () => void }) {
  const [channels, setChannels] = useState<Channel[]>([]);
  const [picked, setMode] = useState<'site' | 'other' | null>(null);
  const [other, setOther] = useState('');
  const [hours, setHours] = useState(0);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!state) return null;
  if (!state.allowRequests) return <p class="muted">{t(lang, 'exc_notAllowed')}</p>;
  // The tab's host arrives after the first render: until the user picks, this site is the default.
  const mode = picked ?? (site ? 'site' : 'other');
  const choices = hourChoices(state.maxHours);
  const h = hours || choices[0];
  const host = mode === 'site' && site ? site : other.trim().toLowerCase();
  const submit = async (e: Event) => {
    e.preventDefault();
    const r = await send({ type: 'exception.request', channels, hosts: host ? [host] : [], hours: h, reason });
    if (r.ok) {
      setProblem(null);
      setReason('');
      setChannels([]);
      onChange();
    } else setProblem(t(lang, `exc_problem_${r.problem}` as MessageKey, { max: state.maxHours, min: REQUEST_REASON_MIN }));
  };
  const order = [...COMMON, ...CHANNELS.filter((c) => !COMMON.includes(c))];
  return (
    <form noValidate onSubmit={(e) => void submit(e)} data-testid="request-form">
      <fieldset>
        <legend>{t(lang, 'exc_what')}</legend>
        {order.map((c) => (
          <label key={c} style="display:inline-block;margin-right:10px">
            <input
              type="checkbox"
              data-testid={`req-channel-${c}`}
              checked={channels.includes(c)}
              onChange={(e) => setChannels((cs) => ((e.currentTarget as HTMLInputElement).checked ? [...cs, c] : cs.filter((x) => x !== c)))}
            />{' '}
            {chName(lang, c)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'exc_where')}</legend>
        {site && (
          <label style="display:block">
            <input type="radio" name="where" data-testid="req-where-site" checked={mode === 'site'} onChange={() => setMode('site')} /> {t(lang, 'exc_thisSite', { host: site })}
          </label>
        )}
        <label style="display:block">
          <input type="radio" name="where" data-testid="req-where-other" checked={mode === 'other'} onChange={() => setMode('other')} /> {t(lang, 'exc_otherHost')}{' '}
          <input type="text" data-testid="req-host" value={other} placeholder="share.example.com" onFocus={() => setMode('other')} onInput={(e) => setOther((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </fieldset>
      <label style="display:block">
        {t(lang, 'exc_howLong')}{' '}
        <select data-testid="req-hours" value={String(h)} onChange={(e) => setHours(Number((e.currentTarget as HTMLSelectElement).value))}>
          {choices.map((n) => (
            <option key={n} value={String(n)}>
              {t(lang, 'exc_hoursN', { n })}
            </option>
          ))}
        </select>
      </label>
      <label for="req-reason" style="display:block;margin-top:6px">
        {t(lang, 'exc_why')}
      </label>
      <textarea id="req-reason" rows={3} required minLength={REQUEST_REASON_MIN} data-testid="req-reason" value={reason} onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
      {!state.user && <p class="error small">{t(lang, 'exc_noUser')}</p>}
      {problem && (
        <p role="alert" class="error" data-testid="req-problem">
          {problem}
        </p>
      )}
      <button type="submit" data-testid="req-submit">
        {t(lang, 'exc_submit')}
      </button>
    </form>
  );
}
