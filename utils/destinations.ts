// Where data goes: approved, blocked, or neither — by policy lists and built-in categories.
import { compileList, type UrlMatcher } from './policy/match';
import type { DestinationCategory, DestinationKind, Destinations } from './policy/types';

/** Built-in hosts per category; admins add their own in `destinations.categories`. */
export const BUILTIN_CATEGORIES: Record<DestinationCategory, string[]> = {
  cloud_storage: [
    'drive.google.com', 'docs.google.com', '*.dropbox.com', 'dropbox.com', '*.box.com', 'box.com', 'onedrive.live.com', '1drv.ms',
    '*.icloud.com', 'mega.nz', 'wetransfer.com', '*.wetransfer.com', 'firestorage.jp', '*.gigafile.nu', 'gigafile.nu', 'mediafire.com',
    '*.mediafire.com', 'pcloud.com', '*.pcloud.com', 'send-anywhere.com', 'xfile.jp', 'datadeliver.net',
  ],
  webmail: ['mail.google.com', 'outlook.live.com', 'mail.yahoo.co.jp', 'mail.yahoo.com', 'mail.proton.me', 'mail.aol.com', 'mail.zoho.com', 'www.icloud.com'],
  generative_ai: [
    'chat.openai.com', 'chatgpt.com', '*.chatgpt.com', 'claude.ai', 'gemini.google.com', 'bard.google.com', 'copilot.microsoft.com',
    'www.perplexity.ai', 'perplexity.ai', 'poe.com', 'chat.deepseek.com', 'chat.mistral.ai', 'huggingface.co', 'grok.com', 'you.com', 'character.ai',
  ],
  social: [
    '*.facebook.com', 'facebook.com', 'x.com', 'twitter.com', '*.instagram.com', '*.linkedin.com', 'line.me', '*.line.me', '*.tiktok.com',
    '*.reddit.com', 'note.com', 'mixi.jp', 'threads.net', 'www.threads.com', 'bsky.app',
  ],
  paste_site: ['pastebin.com', 'gist.github.com', 'paste.ee', 'hastebin.com', 'justpaste.it', 'controlc.com', 'dpaste.org', 'rentry.co', 'privatebin.net', 'ideone.com'],
};

export interface Destination {
  host: string;
  kind: Exclude<DestinationKind, 'any'>;
  category?: DestinationCategory;
}

export type DestinationClassifier = (url: URL, opts?: { sourceHost?: string; classified?: boolean }) => Destination;

export function compileDestinations(d: Destinations): DestinationClassifier {
  const approved = compileList(d.approved);
  const blocked = compileList(d.blocked);
  const cats = (Object.keys(BUILTIN_CATEGORIES) as DestinationCategory[]).map((c) => ({
    c,
    m: compileList([...BUILTIN_CATEGORIES[c], ...(d.categories[c] ?? [])]) as UrlMatcher,
    blocked: d.blockedCategories.includes(c),
  }));
  return (url, opts = {}) => {
    const host = url.hostname;
    const category = cats.find((x) => x.m(url));
    // Explicit lists first: blocked beats approved beats categories.
    if (blocked(url)) return { host, kind: 'blocked', category: category?.c };
    if (approved(url)) return { host, kind: 'approved', category: category?.c };
    if (category?.blocked) return { host, kind: 'blocked', category: category.c };
    if (opts.sourceHost && sameSite(opts.sourceHost, host)) return { host, kind: 'same_site', category: category?.c };
    // A page the policy itself classifies (a company system) is an approved place for company data.
    if (opts.classified) return { host, kind: 'approved', category: category?.c };
    return { host, kind: 'unapproved', category: category?.c };
  };
}

/** Same registrable domain, approximately: the last two labels, or three under a two-letter second-level domain (co.jp). */
export function siteOf(host: string): string {
  const parts = host.toLowerCase().split('.');
  if (parts.length <= 2 || /^\d+$/.test(parts[parts.length - 1])) return host.toLowerCase();
  const n = parts[parts.length - 2].length <= 3 && parts[parts.length - 1].length === 2 ? 3 : 2;
  return parts.slice(-n).join('.');
}

export const sameSite = (a: string, b: string) => siteOf(a) === siteOf(b);

/** Whether a rule's destination condition holds for this destination. */
export function destinationMatches(want: DestinationKind | undefined, d: Destination | undefined): boolean {
  if (!want || want === 'any') return true;
  if (!d) return false;
  switch (want) {
    case 'unapproved':
      return d.kind === 'unapproved' || d.kind === 'blocked';
    case 'blocked':
      return d.kind === 'blocked';
    case 'approved':
      return d.kind === 'approved' || d.kind === 'same_site';
    case 'same_site':
      return d.kind === 'same_site';
  }
}
