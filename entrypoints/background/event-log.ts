// Event log: assigns ids and times, keeps recent events per tab for the popup.
import type { EventInput, MaruhiEvent } from '@/utils/events/event';

export interface EventContext {
  tabId?: number;
  user?: string;
  watchlist?: boolean;
}

export interface EventLog {
  record(e: EventInput, ctx?: EventContext): Promise<MaruhiEvent>;
  list(q: { tabId?: number; limit?: number }): Promise<MaruhiEvent[]>;
}

export function createEventLog(): EventLog {
  const recent: MaruhiEvent[] = [];
  return {
    async record(e, ctx = {}) {
      const ev: MaruhiEvent = { ...e, id: crypto.randomUUID(), time: new Date().toISOString(), ...ctx };
      recent.push(ev);
      if (recent.length > 1000) recent.splice(0, recent.length - 1000);
      return ev;
    },
    async list({ tabId, limit = 50 }) {
      const r = tabId === undefined ? recent : recent.filter((e) => e.tabId === tabId);
      return r.slice(-limit).reverse();
    },
  };
}
