// Shoulder-surfing guard: blurs classified pages while the machine is idle (and, if the policy says so,
// when the window loses focus); one click or key brings the page back.
import { browser } from 'wxt/browser';
import { keepElement, type Kept } from '@/components/keeper';
import { shadowHost } from '@/components/overlay';
import { t } from '@/utils/i18n-page';
import { parsePush } from '@/utils/messages';
import type { Guard } from './context';
import { atLeast } from './page-decision';

export const PRIVACY_TAG = 'maruhi-privacy';

const STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: flex !important; ' +
  'align-items: center !important; justify-content: center !important; cursor: pointer !important; ' +
  'backdrop-filter: blur(18px) !important; -webkit-backdrop-filter: blur(18px) !important; background: rgba(240,240,240,.55) !important;';

export const privacyGuard: Guard = {
  name: 'privacy',
  init(gc) {
    let shield: HTMLElement | null = null;
    let kept: Kept | null = null;
    let active = false;

    const restore = () => {
      kept?.stop();
      kept = null;
      shield?.remove();
      shield = null;
      removeEventListener('keydown', onKey, true);
    };
    const onKey = (e: Event) => {
      // The key that wakes the page is not also typed into it.
      e.preventDefault();
      e.stopImmediatePropagation();
      restore();
    };
    const blur = (why: string) => {
      if (!active || shield) return;
      const { host, root } = shadowHost(PRIVACY_TAG);
      shield = host;
      const msg = document.createElement('div');
      msg.setAttribute('style', 'font: 600 16px/1.6 system-ui, "Noto Sans CJK JP", sans-serif; color: #222; background: #fff; padding: 14px 22px; border-radius: 10px; box-shadow: 0 4px 20px rgba(0,0,0,.25);');
      msg.textContent = t(gc.lang, 'privacyBlurred');
      root.append(msg);
      shield.addEventListener('pointerdown', (e) => {
        e.preventDefault();
        e.stopPropagation();
        restore();
      });
      kept = keepElement(shield, document.documentElement, { style: STYLE, 'data-maruhi': 'privacy', 'data-reason': why }, (what) =>
        gc.record({ kind: 'tamper', reason: `privacy blur ${what}`, detail: { target: 'privacy' } }),
      );
      addEventListener('keydown', onKey, true);
    };

    const onPush = (raw: unknown) => {
      const p = parsePush(raw);
      if (p?.type === 'idle.state' && p.state !== 'active') blur(p.state);
      return undefined;
    };
    const onWindowBlur = () => {
      // Focus moving into one of our own iframes is not the user leaving.
      setTimeout(() => !document.hasFocus() && blur('focus'), 0);
    };

    let listening = { idle: false, focus: false };
    const sync = () => {
      const p = gc.policy.privacy;
      active = atLeast(gc, p.minLabel);
      const idle = active && p.idleBlurSeconds > 0;
      const focus = active && p.blurOnFocusLoss && gc.isTop;
      if (idle !== listening.idle) idle ? browser.runtime.onMessage.addListener(onPush) : browser.runtime.onMessage.removeListener(onPush);
      if (focus !== listening.focus) (focus ? addEventListener : removeEventListener)('blur', onWindowBlur);
      listening = { idle, focus };
      if (!active) restore();
    };
    gc.onChange(sync);
    sync();
  },
};
