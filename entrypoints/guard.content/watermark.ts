// Watermark guard: user, time and label tiled over classified pages, kept there if a page script removes it.
import { createWatermark, type Watermark } from '@/components/watermark';
import { t } from '@/utils/i18n-page';
import type { Guard, GuardContext } from './context';
import { atLeast, labelMark, stamp, userLine } from './page-decision';
import { docUrl } from '@/components/doc-url';

/** A page script fighting the watermark in a loop must not flood the log: one event, then a count every 10 s. */
const TAMPER_EVERY_MS = 10_000;

export const watermarkGuard: Guard = {
  name: 'watermark',
  init(gc) {
    let wm: Watermark | null = null;
    let clock: ReturnType<typeof setInterval> | null = null;
    let lastSent = 0;
    let unsent = 0;
    let flush: ReturnType<typeof setTimeout> | null = null;

    const sendTamper = (what: string) => {
      gc.record({ kind: 'tamper', reason: `watermark ${what}`, detail: { target: 'watermark', count: unsent } });
      unsent = 0;
      lastSent = Date.now();
    };
    const onTamper = (what: string) => {
      unsent++;
      if (Date.now() - lastSent >= TAMPER_EVERY_MS) return sendTamper(what);
      flush ??= setTimeout(() => {
        flush = null;
        if (unsent) sendTamper(what);
      }, TAMPER_EVERY_MS);
    };

    const lines = (gc: GuardContext) => [userLine(gc, t(gc.lang, 'watermarkNoUser')), `${stamp()} · ${labelMark(gc, gc.label.label)} · ${docUrl().hostname}`];

    const sync = () => {
      const w = gc.policy.watermark;
      const on = w.enabled && atLeast(gc, w.minLabel);
      if (!on) {
        wm?.remove();
        wm = null;
        if (clock) clearInterval(clock);
        clock = null;
        return;
      }
      if (wm) wm.update(lines(gc), w.opacity);
      else wm = createWatermark(document, lines(gc), w.opacity, onTamper);
      // The time on the tile moves on by the minute: enough to date a photo, cheap for the page.
      clock ??= setInterval(() => wm?.update(lines(gc), gc.policy.watermark.opacity), 60_000);
    };
    gc.onChange(sync);
    sync();
  },
};
