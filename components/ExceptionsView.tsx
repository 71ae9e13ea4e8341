// The options page's exceptions tab: this user's requests and grants, and the admin's signing desk.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { importPrivateKey, newId, signGrant } from '@/utils/exceptions/grant';
import { parseRequestCode, type ExceptionRequest } from '@/utils/exceptions/request';
import type { Lang } from '@/utils/policy/types';
import { ActiveGrants, GrantPaste, PendingRequests, RequestForm, useExceptionState } from './Exceptions';
import { send } from './runtime';

export function ExceptionsView({ lang }: { lang: Lang }) {
  const [state, reload] = useExceptionState();
  return (
    <section data-testid="exceptions-view">
      <h2>{t(lang, 'pendingRequests')}</h2>
      <PendingRequests lang={lang} state={state} onChange={reload} />
      <h2>{t(lang, 'exc_active')}</h2>
      <ActiveGrants lang={lang} state={state} />
      <GrantPaste lang={lang} onChange={reload} />
      <details>
        <summary>{t(lang, 'exc_title')}</summary>
        <RequestForm lang={lang} state={state} onChange={reload} />
      </details>
      <AdminSign lang={lang} />
    </section>
  );
}

/**
 * Signing happens here, in the page: the private key is a CryptoKey held in component state only —
 * never stored, never sent to the background — and is gone when the page closes.
 */
function AdminSign({ lang }: { lang: Lang }) {
  const [keyText, setKeyText] = useState('');
  const [key, setKey] = useState<CryptoKey | null>(null);
  const [keyMsg, setKeyMsg] = useState<{ ok: boolean; text: string; pub?: string } | null>(null);
  const [reqCode, setReqCode] = useState('');
  const [hours, setHours] = useState<number | null>(null);
  const [grant, setGrant] = useState('');
  const req: ExceptionRequest | null = reqCode.trim() ? parseRequestCode(reqCode.trim()) : null;

  const load = async () => {
    const r = await importPrivateKey(keyText);
    setKeyText(''); // the text leaves the form at once, whatever happened
    if (!r.ok) {
      setKey(null);
      return setKeyMsg({ ok: false, text: t(lang, `admin_keyErr_${r.problem}` as MessageKey) });
    }
    setKey(r.key);
    const pub = JSON.stringify(r.publicJwk);
    const { effective } = await send({ type: 'policy.get' });
    const listed = effective.policy.exceptions.adminKeys.some((k) => {
      try {
        const j = JSON.parse(k) as JsonWebKey;
        return j.x === r.publicJwk.x && j.y === r.publicJwk.y;
      } catch {
        return false;
      }
    });
    setKeyMsg(listed ? { ok: true, text: t(lang, 'admin_keyInPolicy') } : { ok: false, text: t(lang, 'admin_keyNotInPolicy'), pub });
  };

  const sign = async () => {
    if (!key || !req) return;
    const now = Date.now();
    const h = hours ?? req.hours;
    // A minute back so a user's clock slightly behind the admin's does not reject a fresh grant.
    const payload = { id: newId('g-'), requestId: req.id, user: req.user, channels: req.channels, hosts: req.hosts, notBefore: now - 60_000, expiresAt: now + h * 3_600_000, issuedAt: now };
    setGrant(await signGrant(payload, key));
  };

  return (
    <section data-testid="admin-sign" style="margin-top:24px;border-top:1px solid var(--line);padding-top:12px">
      <h2>{t(lang, 'admin_title')}</h2>
      <p class="muted small">{t(lang, 'admin_keyHelp')}</p>
      <textarea rows={4} data-testid="admin-key" autocomplete="off" spellcheck={false} value={keyText} onInput={(e) => setKeyText((e.currentTarget as HTMLTextAreaElement).value)} />
      <button type="button" data-testid="admin-load" disabled={!keyText.trim()} onClick={() => void load()}>
        {t(lang, 'admin_load')}
      </button>{' '}
      {key && (
        <button
          type="button"
          onClick={() => {
            setKey(null);
            setKeyMsg(null);
            setGrant('');
          }}
        >
          {t(lang, 'admin_forget')}
        </button>
      )}
      {keyMsg && (
        <div role="status" data-testid="admin-key-status" class={keyMsg.ok ? 'ok' : 'error'}>
          {keyMsg.text}
          {keyMsg.pub && <pre style="white-space:pre-wrap;word-break:break-all">{keyMsg.pub}</pre>}
        </div>
      )}
      <label for="admin-request" style="display:block;margin-top:8px">
        {t(lang, 'admin_request')}
      </label>
      <textarea id="admin-request" rows={3} data-testid="admin-request" value={reqCode} onInput={(e) => setReqCode((e.currentTarget as HTMLTextAreaElement).value)} />
      {reqCode.trim() && !req && <p class="error">{t(lang, 'admin_requestBad')}</p>}
      {req && (
        <p data-testid="admin-request-summary">
          {t(lang, 'admin_requestFrom', {
            user: req.user || '?',
            summary: t(lang, 'exc_summary', { channels: req.channels.map((c) => t(lang, `channel_${c}` as MessageKey)).join(', '), hosts: req.hosts.join(', '), hours: req.hours }),
            reason: req.reason,
          })}
        </p>
      )}
      <label style="display:block">
        {t(lang, 'admin_hours')}{' '}
        <input type="number" min="0.01" step="any" data-testid="admin-hours" value={hours ?? req?.hours ?? ''} onInput={(e) => setHours(Number((e.currentTarget as HTMLInputElement).value) || null)} />
      </label>
      <button type="button" data-testid="admin-sign-btn" disabled={!key || !req} onClick={() => void sign()}>
        {t(lang, 'admin_sign')}
      </button>
      {grant && (
        <>
          <p>{t(lang, 'admin_grantCode')}</p>
          <textarea readOnly rows={4} data-testid="admin-grant" value={grant} />
        </>
      )}
    </section>
  );
}
