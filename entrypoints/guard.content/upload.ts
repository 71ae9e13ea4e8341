// Upload and form-submit guard (isolated world): judges what the MAIN-world hooks hold back, and files as they are
// chosen, dropped or pasted — by content, with the one detector and the one decision function.
import { askJustification } from '@/components/JustifyDialog';
import { showNotice } from '@/components/Notice';
import { onFirst } from '@/components/first-listeners';
import { send } from '@/components/runtime';
import { decide, type Decision } from '@/utils/decide';
import { destinationMatches, sameSite, type Destination } from '@/utils/destinations';
import type { DetectionSummary } from '@/utils/detect';
import type { Inspection } from '@/utils/files/inspect';
import { blobSource } from '@/utils/files/source';
import { t, txt, type PageMessageKey as MessageKey } from '@/utils/i18n-page';
import type { Channel } from '@/utils/policy/types';
import type { Guard, GuardContext } from './context';
import type { PageAnswer, UploadRequest } from '@/components/page-bridge';
import { onPageHook } from './page-hooks';
import { docUrl } from '@/components/doc-url';

type Part = UploadRequest['parts'][number];

/** Files a user justified in this page, by destination host, name and size. */
const justified = new Map<string, string>();
/** Blocked sends by files + destination + rule: a widget retrying the same refused file is told once, logged each time. */
const refused = new Map<string, { at: number; n: number }>();
const RETRY_WINDOW_MS = 60_000;

function destinationOf(gc: GuardContext, raw: string): Destination | undefined {
  try {
    const url = new URL(raw, document.baseURI);
    if (url.protocol === 'blob:' || url.protocol === 'data:') return undefined;
    // Policy lists are written for web hosts; a WebSocket goes to the same host.
    if (url.protocol === 'ws:' || url.protocol === 'wss:') url.protocol = url.protocol === 'ws:' ? 'http:' : 'https:';
    // The page's own host counts as approved only when the policy classifies the page (a company system).
    return gc.destinations(url, { classified: gc.classified && sameSite(url.hostname, docUrl().hostname) });
  } catch {
    return undefined;
  }
}

/** No rule for this channel could fire at this destination, and uninspectable content would not matter: skip reading. */
function nothingToCheck(gc: GuardContext, channel: Channel, dest: Destination | undefined): boolean {
  if (!dest) return false;
  const rules = gc.policy.guards.filter((r) => r.channels.includes(channel) && r.action !== 'allow');
  return !rules.some((r) => destinationMatches(r.destination, dest)) && !destinationMatches('unapproved', dest);
}

async function inspectParts(gc: GuardContext, parts: Part[]): Promise<Inspection & { stream: boolean }> {
  // File readers (zip, PDF and their inflate tables) load on the first upload, not on every page.
  const { ContentInspector, inspectLimits } = await import('@/utils/files/inspect');
  const ins = new ContentInspector(inspectLimits(gc.policy.detection));
  let stream = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.text !== undefined) {
      // A run of text fields is read as one form: decoded, labelled by field names, split numbers joined.
      let j = i + 1;
      while (j < parts.length && parts[j].text !== undefined) j++;
      ins.fields(parts.slice(i, j) as { name?: string; text: string }[]);
      i = j - 1;
    } else if (p.blob) await ins.file(blobSource(p.blob), p.name);
    else if (p.stream) stream = true;
  }
  const r = ins.end();
  return { ...r, stream, ...(stream && !r.uninspectable ? { uninspectable: 'unreadable' as const } : {}) };
}

/** Labels of files that were downloaded from classified pages (the background remembers them by name and size). */
async function fileLabels(parts: Part[]): Promise<string[]> {
  const files = parts.filter((p) => p.blob && p.name).map((p) => ({ name: p.name!, size: p.blob!.size }));
  if (!files.length) return [];
  try {
    return (await send({ type: 'download.lookup', files })).labels;
  } catch {
    return [];
  }
}

async function judgeRequest(gc: GuardContext, req: UploadRequest): Promise<PageAnswer> {
  const dest = destinationOf(gc, req.url);
  if (nothingToCheck(gc, req.op, dest)) return { allow: true };
  const ok = await judge(gc, req.op, dest, req.parts, req.via);
  // The network backstop refuses every upload to a blocked host (and URLs holding contact data), and the network
  // audit records uploads no guard judged; this one was judged, so it may pass, once, unrecorded there.
  if (ok && dest && dest.kind !== 'approved' && dest.kind !== 'same_site') await send({ type: 'upload.cleared', url: new URL(req.url, document.baseURI).href }).catch(() => {});
  return { allow: ok };
}

/** Inspects, decides, talks to the user and records. Resolves true when the original upload may go. */
async function judge(gc: GuardContext, channel: Channel, dest: Destination | undefined, parts: Part[], via: string): Promise<boolean> {
  const inspection = await inspectParts(gc, parts);
  const labels = await fileLabels(parts);
  const pageLabel = gc.classified ? gc.label.label : null;
  const sourceLabel = [pageLabel, ...labels].reduce<string | null>((a, b) => (b && (a === null || gc.classifier.rank(b) > gc.classifier.rank(a)) ? b : a), null);
  const p = gc.policy;
  const decision = decide(p, {
    channel,
    sourceLabel,
    sourceHost: docUrl().hostname,
    destination: dest,
    summary: inspection.summary,
    uninspectable: !!inspection.uninspectable,
    watchlisted: gc.watchlisted,
    grants: gc.grants,
    now: Date.now(),
  });
  if (decision.action === 'allow') return true;
  const file = parts.find((x) => x.blob);
  const event = {
    kind: 'guard' as const,
    channel,
    decision: decision.action,
    rule: decision.rule,
    destinationHost: dest?.host,
    destinationCategory: dest?.category,
    detection: inspection.summary,
    file: file ? { name: file.name ?? '', size: file.blob!.size, type: file.blob!.type || undefined } : undefined,
    label: sourceLabel ?? undefined,
    detail: { via, parts: parts.length, ...(inspection.uninspectable ? { uninspectable: inspection.uninspectable } : {}), ...(decision.grant ? { grant: decision.grant, wouldBe: decision.wouldBe ?? null } : {}) },
  };
  if (decision.action === 'audit') {
    gc.record(event);
    return true;
  }
  const body = explain(gc, decision, inspection, dest, file?.name);
  const keys = parts.filter((x) => x.blob).map((x) => `${dest?.host}|${x.name}|${x.blob!.size}`);
  const earlier = keys.length ? justified.get(keys[0]) : undefined;
  if (decision.action === 'warn' && earlier && keys.every((k) => justified.has(k)) && (await nothingBesides(gc, parts))) {
    // Chosen and justified a moment ago (file input), now sent: one question per file, not two. (Fields sent with
    // it, such as an upload widget's chunk index, are fine when they carry no personal data of their own.)
    gc.record({ ...event, justification: earlier });
    return true;
  }
  if (decision.action === 'warn') {
    const reason = await askJustification({ lang: gc.lang, title: t(gc.lang, 'guardWarnTitle', { channel: t(gc.lang, `channel_${channel}` as MessageKey) }), body, rule: decision.rule, law: [t(gc.lang, 'lawUcpa')] });
    gc.record(reason === null ? { ...event, decision: 'block', detail: { ...event.detail, cancelled: true } } : { ...event, justification: reason });
    if (reason !== null) for (const k of keys) justified.set(k, reason);
    return reason !== null;
  }
  // The page's own retries of a refused file are recorded as retries; the user already has the notice.
  const again = keys.length ? `${via}|${keys.join('\n')}|${decision.rule}` : '';
  const prev = again ? refused.get(again) : undefined;
  const now = Date.now();
  if (again) refused.set(again, { at: now, n: prev && now - prev.at < RETRY_WINDOW_MS ? prev.n + 1 : 0 });
  if (prev && now - prev.at < RETRY_WINDOW_MS) {
    gc.record({ ...event, detail: { ...event.detail, retry: prev.n + 1 } });
    return false;
  }
  gc.record(event);
  showNotice({ lang: gc.lang, title: t(gc.lang, 'guardBlockedTitle', { channel: t(gc.lang, `channel_${channel}` as MessageKey) }), body, rule: decision.rule, law: [t(gc.lang, 'lawUcpa'), t(gc.lang, 'lawAppi')] });
  return false;
}

/** The text fields of a request carry no personal data (the files in it are judged apart). */
async function nothingBesides(gc: GuardContext, parts: Part[]): Promise<boolean> {
  const texts = parts.filter((x) => !x.blob);
  if (!texts.length) return true;
  const s = (await inspectParts(gc, texts)).summary;
  return s.people === 0 && !s.sensitive && !s.payment;
}

function explain(gc: GuardContext, d: Decision, ins: Inspection, dest: Destination | undefined, fileName?: string): string[] {
  const s: DetectionSummary = ins.summary;
  const lang = gc.lang;
  const what: string[] = [];
  if (s.people > 0) what.push(t(lang, 'guardWhatPeople', { n: s.people }));
  if (s.sensitive) what.push(t(lang, 'guardWhatSensitive'));
  if (s.payment) what.push(t(lang, 'guardWhatPayment'));
  const out = [what.join('・')];
  if (ins.uninspectable) out.push(t(lang, 'uploadUninspectable', { name: fileName ?? '', reason: t(lang, `uninspectable_${ins.uninspectable}` as MessageKey) }));
  if (dest) out.push(t(lang, 'guardTo', { host: dest.host }));
  if (d.message) out.push(txt(lang, d.message));
  out.push(t(lang, 'guardException'));
  return out.filter(Boolean);
}

// --- files as they are chosen, dropped or pasted: judged for the page they land on, before the page sees them ---

const passing = new WeakSet<Event>();

function filesOf(list: FileList | null | undefined): File[] {
  return list ? Array.from(list) : [];
}

async function judgeFiles(gc: GuardContext, files: File[], via: string): Promise<boolean> {
  const dest = destinationOf(gc, docUrl().href);
  if (nothingToCheck(gc, 'upload', dest)) return true;
  return judge(gc, 'upload', dest, files.map((f) => ({ name: f.name, blob: f })), via);
}

export const uploadGuard: Guard = {
  name: 'upload',
  init(gc) {
    onPageHook('upload', (req) => judgeRequest(gc, req));
    onPageHook('submit', (req) => judgeRequest(gc, req));
    // The core's first listener runs before any page listener on the input or drop target.
    onFirst(
      'change',
      (e) => {
        const input = e.target;
        if (passing.has(e) || !(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
        e.stopImmediatePropagation();
        void judgeFiles(gc, filesOf(input.files), 'file-input').then((ok) => {
          if (!ok) input.value = '';
          const again = new Event('change', { bubbles: true });
          passing.add(again);
          input.dispatchEvent(again);
        });
      },
    );
    const holdTransfer = (type: 'drop' | 'paste') => (e: Event) => {
      if (passing.has(e)) return;
      const dt = type === 'drop' ? (e as DragEvent).dataTransfer : (e as ClipboardEvent).clipboardData;
      const files = filesOf(dt?.files);
      if (!files.length) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const target = e.target as EventTarget;
      void judgeFiles(gc, files, type).then((ok) => {
        if (!ok) return;
        // The page gets the same files in a fresh event once they are cleared.
        const copy = new DataTransfer();
        for (const f of files) copy.items.add(f);
        const again =
          type === 'drop'
            ? new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: copy, clientX: (e as DragEvent).clientX, clientY: (e as DragEvent).clientY })
            : new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: copy });
        passing.add(again);
        target.dispatchEvent(again);
      });
    };
    onFirst('drop', holdTransfer('drop'));
    onFirst('paste', holdTransfer('paste'));
  },
};
