// Isolated side of the MAIN-world hooks (uploads, form posts, print, screen sharing, the async Clipboard API):
// opens the one private channel at document_start and hands each request to the guard that registered for its op,
// loading the guards first when they are not there yet.
import { serveBridge, type PageAnswer, type PageOp, type PageRequest, type RequestOf } from '@/components/page-bridge';
import { shared } from '@/components/shared';
import type { Channel } from '@/utils/policy/types';

type Handler<O extends PageOp = PageOp> = (req: RequestOf<O>) => Promise<PageAnswer>;

// Shared by the core (which serves the channel) and the on-demand guards (which register handlers).
const state = () =>
  shared('pageHooks', () => {
    let markReady!: () => void;
    const ready = new Promise<void>((r) => (markReady = r));
    return { handlers: new Map<PageOp, Handler>(), ready, markReady: () => markReady() };
  });

/**
 * Must run synchronously at document_start, before page scripts exist. A request that arrives before the policy
 * is read or the guards are loaded waits for them. `onError` hears of a guard that failed or is missing: the
 * request is refused then, never let through.
 */
export function openPageHooks(load: () => Promise<void>, onError: (reason: string, req: PageRequest) => void): void {
  serveBridge(async (req) => {
    try {
      await load();
      await state().ready;
      const h = state().handlers.get(req.op);
      if (!h) throw new Error(`no guard for ${req.op}`);
      return await h(req);
    } catch (e) {
      onError(`${req.op} guard: ${(e as Error)?.message ?? e}`, req);
      throw e;
    }
  });
}

/** Called once every guard has started. */
export function pageHooksReady(): void {
  state().markReady();
}

export function onPageHook<O extends PageOp>(op: O, h: Handler<O>): void {
  state().handlers.set(op, h as unknown as Handler);
}

/** The policy channel a hook's request belongs to (a clipboard write is a copy, a clipboard read a paste). */
export const hookChannel = (op: PageOp): Channel => (op === 'clipboard' ? 'copy' : op === 'clipboard_read' ? 'paste' : op);
