// Listeners that run before any page script's: the always-on core adds one window-capture listener per event type at
// document_start; the guards, injected later, put their handlers in it. (A guard that called addEventListener itself
// would run after every listener the page registered meanwhile — and a page that stops propagation would skip it.)
import { shared } from './shared';

export const FIRST_TYPES = ['copy', 'cut', 'paste', 'drop', 'dragstart', 'change', 'keydown', 'keyup'] as const;
/** Also heard last, in the window's bubble phase: what the page's own handlers did to the event by then. */
const LAST_TYPES = ['dragstart'] as const;
export type FirstType = (typeof FIRST_TYPES)[number];
export type LastType = (typeof LAST_TYPES)[number];
type Handler = (e: Event) => void;

const table = () => shared('firstListeners', () => ({ installed: false, handlers: new Map<string, Handler[]>() }));

/** Called once by the core at document_start, before the page's scripts. */
export function installFirstListeners(): void {
  const t = table();
  if (t.installed) return;
  t.installed = true;
  for (const type of FIRST_TYPES)
    addEventListener(
      type,
      (e) => {
        for (const h of t.handlers.get(type) ?? []) {
          h(e);
          // A handler that stopped the event stops the ones after it too, as separate listeners would.
          if (e.cancelBubble) break;
        }
      },
      true,
    );
  for (const type of LAST_TYPES) addEventListener(type, (e) => t.handlers.get(`${type}:last`)?.forEach((h) => h(e)));
}

/** Adds a handler that runs in the window's bubble phase, after the page's handlers on the target and its ancestors. */
export function onLast<E extends Event>(type: LastType, h: (e: E) => void): void {
  onFirst(`${type}:last` as FirstType, h);
}

/** Adds a handler that runs in the core's first listener for `type` (window, capture phase). */
export function onFirst<E extends Event>(type: FirstType, h: (e: E) => void): void {
  const t = table();
  const list = t.handlers.get(type) ?? [];
  if (!list.includes(h as Handler)) list.push(h as Handler);
  t.handlers.set(type, list);
}

export function offFirst<E extends Event>(type: FirstType, h: (e: E) => void): void {
  const list = table().handlers.get(type);
  const i = list?.indexOf(h as Handler) ?? -1;
  if (i >= 0) list!.splice(i, 1);
}
