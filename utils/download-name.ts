// The file name a download from a classified page gets: the label mark in front, so the mark travels with the file.
import { txt } from './i18n';
import type { Lang, Policy } from './policy/types';

/** Returns the new path, or null when the name stays as it is. */
export function labelledName(path: string, labelId: string, policy: Policy, lang: Lang): string | null {
  const def = policy.downloads.prefixLabel ? policy.labels.find((l) => l.id === labelId) : undefined;
  if (!def) return null;
  // Characters Windows refuses in file names are dropped from the prefix.
  const prefix = policy.downloads.prefixFormat.replaceAll('{mark}', txt(lang, def.mark)).replace(/[\\/:*?"<>|]/g, '');
  const base = path.split(/[\\/]/).pop() ?? path;
  if (!prefix || base.startsWith(prefix)) return null;
  return path.slice(0, path.length - base.length) + prefix + base;
}
