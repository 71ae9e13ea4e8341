// Isolated side of the MAIN-world print/screen-share hooks: opens the private channel at
// document_start and hands each request to the guard that registered for it.
import { serveBridge, type BridgeAnswer, type BridgeRequest } from '@/components/page-bridge';
import { shared } from '@/components/shared';

type Handler = (req: BridgeRequest) => Promise<BridgeAnswer>;

// Shared by the core (which serves the channel) and the on-demand guards (which register handlers).
const state = () =>
  shared('pageHooks', () => {
    let markReady!: () => void;
    const ready = new Promise<void>((r) => (markReady = r));
    return { handlers: new Map<string, Handler>(), ready, markReady: () => markReady() };
  });

/** Must run synchronously at document_start, before page scripts exist. */
export function openPageHooks(load: () => Promise<void>): void {
  serveBridge('print', async (req) => {
    // A page may call print() before the policy is read, or before the guards are loaded: it waits for them.
    await load();
    await state().ready;
    const h = state().handlers.get(req.op);
    return h ? h(req) : { allow: false, reason: 'unknown request' };
  });
}

/** Called once every guard has started. */
export function pageHooksReady(): void {
  state().markReady();
}

export function onPageHook(op: string, h: Handler): void {
  state().handlers.set(op, h);
}
