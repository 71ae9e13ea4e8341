// Loads the whole event log for the options page straight from IndexedDB (bulk reads; the background only writes).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { openEventDb, readAll } from '@/entrypoints/background/event-db';
import type { LoggedEvent } from '@/utils/events/event';
import { buildIndex, type EventIndex } from '@/utils/events/filter';
import { send } from './runtime';

export interface EventData {
  ix: EventIndex | null;
  error: string | null;
  loadMs: number;
  reload(): Promise<void>;
}

export function useEventData(): EventData {
  const [ix, setIx] = useState<EventIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadMs, setLoadMs] = useState(0);
  const reload = useCallback(async () => {
    try {
      const t0 = performance.now();
      // Ask the background to finish pending writes first (log.status waits for nothing; events.list drains).
      await send({ type: 'events.list', limit: 1 }).catch(() => undefined);
      const events: LoggedEvent[] = await readAll(await openEventDb());
      setIx(buildIndex(events));
      setLoadMs(Math.round(performance.now() - t0));
      setError(null);
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return { ix, error, loadMs, reload };
}

/** Saves text as a file through a temporary link (no downloads permission prompt for the user). */
export function saveFile(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `yyyy-mm-ddThh:mm` in local time, for datetime-local inputs. */
export function localInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}
