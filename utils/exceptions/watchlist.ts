// Whether this browser's user is on the departing-employee watch list right now: one answer for every guard.
import type { Policy } from '../policy/types';

/** The entry for `policy.user.id` that is still in force at `now` (an `until` that does not parse counts as in force). */
export function watchEntry(p: Pick<Policy, 'user' | 'watchlist'>, now: number) {
  const u = p.user.id.trim().toLowerCase();
  if (!u) return undefined;
  return p.watchlist.find((w) => {
    if (w.user.trim().toLowerCase() !== u) return false;
    if (!w.until) return true;
    const end = Date.parse(w.until);
    // A typo in the end date must not quietly end the heightened care.
    return Number.isNaN(end) || end > now;
  });
}

export const isWatchlisted = (p: Pick<Policy, 'user' | 'watchlist'>, now: number): boolean => watchEntry(p, now) !== undefined;
