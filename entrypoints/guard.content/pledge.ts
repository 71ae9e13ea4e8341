// Pledge guard: on classified sites, covers the page until this user accepts the policy's handling rules (once per site and text version).
import { browser } from 'wxt/browser';
import { showPledge, type PledgeHandle } from '@/components/Pledge';
import { send } from '@/components/runtime';
import { pledgeDue, pledgeHash, type PledgeRecords } from '@/utils/exceptions/pledge';
import { txt } from '@/utils/i18n-page';
import { KEYS } from '@/utils/storage-keys';
import type { Guard, GuardContext } from './context';
import { atLeast } from './page-decision';
import { docUrl } from '@/components/doc-url';

export const pledgeGuard: Guard = {
  name: 'pledge',
  init(gc) {
    // The top frame covers the whole tab; frames inside it are under the same cover.
    if (!gc.isTop) return;
    let shown: { handle: PledgeHandle; hash: string } | null = null;
    const acceptedHere = new Set<string>();
    let busy = false;
    let again = false;
    const check = async () => {
      if (busy) return void (again = true);
      busy = true;
      try {
        do {
          again = false;
          await update(gc);
        } while (again);
      } finally {
        busy = false;
      }
    };
    const update = async (gc: GuardContext) => {
      const p = gc.policy.pledge;
      // Most pages: nothing shown, nothing due — no hashing, no storage read.
      if (!shown && (!p.enabled || !atLeast(gc, p.minLabel))) return;
      const hash = p.enabled ? pledgeHash(p.text) : '';
      if (shown && (!p.enabled || shown.hash !== hash)) {
        // Switched off, or the text changed while shown: take it down (and show the new text below, if due).
        shown.handle.remove();
        shown = null;
      }
      if (!p.enabled || shown || acceptedHere.has(hash) || !atLeast(gc, p.minLabel)) return;
      const recs = ((await browser.storage.local.get(KEYS.pledges))[KEYS.pledges] as PledgeRecords | undefined) ?? {};
      if (!pledgeDue(p, recs[docUrl().hostname], hash, gc.policy.user.id, Date.now()) || shown) return;
      const label = gc.label.label;
      const def = gc.classifier.label(label);
      const answer = (accepted: boolean) => void send({ type: 'pledge.answer', hash, accepted, label }).catch(() => gc.record({ kind: 'log_error', reason: 'pledge answer not delivered' }));
      const handle = showPledge({
        lang: gc.lang,
        label: txt(gc.lang, def?.name) || label,
        text: txt(gc.lang, p.text),
        color: def?.color,
        onAccept: () => {
          shown = null;
          acceptedHere.add(hash);
          answer(true);
        },
        onDecline: () => answer(false),
        onTamper: (what) => gc.record({ kind: 'tamper', reason: `pledge cover ${what}`, label }),
      });
      shown = { handle, hash };
    };
    void check();
    gc.onChange(() => void check());
  },
};
