// Content classification's detector side: one warm detector for every frame, one running summary per frame.
import { scan, SummaryBuilder } from '@/utils/detect';
import { EMPTY_SUMMARY, type DetectionSummary } from '@/utils/detect/types';

interface FrameScan {
  builder: SummaryBuilder;
  scanned: number;
}

/** Page text is scanned here, not in the page: the service worker's detector stays JIT-compiled across pages. */
export function createContentScans() {
  const frames = new Map<string, FrameScan>();
  return {
    /** Adds a batch of a frame's text. `restart`: the running summary was lost (the worker stopped) — send the whole page again. */
    add(tabId: number, frameId: number, text: string, reset: boolean, minConfidence: number): { summary: DetectionSummary; restart?: true } {
      const key = `${tabId}:${frameId}`;
      let f = frames.get(key);
      // A later batch alone would understate the page (and could lower its label): ask for all of it instead.
      if (!f && !reset) return { summary: EMPTY_SUMMARY, restart: true };
      if (!f || reset) frames.set(key, (f = { builder: new SummaryBuilder(minConfidence), scanned: 0 }));
      scan(text, { minConfidence, into: f.builder });
      f.scanned += text.length;
      return { summary: f.builder.build(f.scanned, false) };
    },
    once(text: string, minConfidence: number): DetectionSummary {
      return scan(text, { minConfidence, maxChars: text.length }).summary;
    },
    forgetTab(tabId: number) {
      for (const k of frames.keys()) if (k.startsWith(`${tabId}:`)) frames.delete(k);
    },
  };
}
