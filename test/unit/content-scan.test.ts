// The background's running page summaries: a batch that arrives after the worker lost a frame's summary asks the
// page for all of its text again instead of judging the page by that batch alone.
import { describe, expect, it } from 'vitest';
import { createContentScans } from '@/entrypoints/background/content-scan';

const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `顧客${from + i}\tcustomer${from + i}@example.co.jp\t090-${String(1000 + from + i).padStart(4, '0')}-5678`).join('\n');

describe('content scans in the background', () => {
  it('adds batches of one frame into one summary', () => {
    const cs = createContentScans();
    expect(cs.add(1, 0, rows(0, 6), true, 0.5).summary.people).toBe(6);
    const r = cs.add(1, 0, rows(6, 6), false, 0.5);
    expect(r.restart).toBeUndefined();
    expect(r.summary.people).toBe(12);
    // Another frame and a reset start again.
    expect(cs.add(1, 1, rows(0, 2), true, 0.5).summary.people).toBe(2);
    expect(cs.add(1, 0, rows(0, 3), true, 0.5).summary.people).toBe(3);
  });

  it('a later batch for a frame it does not know (the worker restarted) asks for the whole page', () => {
    const cs = createContentScans();
    const r = cs.add(7, 0, rows(20, 2), false, 0.5);
    expect(r.restart).toBe(true);
    expect(r.summary.people).toBe(0);
    // The page's full resend is counted whole.
    expect(cs.add(7, 0, rows(0, 22), true, 0.5).summary.people).toBe(22);
    cs.forgetTab(7);
    expect(cs.add(7, 0, rows(0, 1), false, 0.5).restart).toBe(true);
  });
});
