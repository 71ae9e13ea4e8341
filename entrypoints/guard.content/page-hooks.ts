// Isolated side of the MAIN-world print/screen-share hooks: opens the private channel at
// document_start and hands each request to the guard that registered for it.
import { serveBridge, type BridgeAnswer, type BridgeRequest } from '@/components/page-bridge';

type Handler = (req: BridgeRequest) => Promise<BridgeAnswer>;
const handlers = new Map<string, Handler>();
let markReady!: () => void;
const ready = new Promise<void>((r) => (markReady = r));

/** Must run synchronously at document_start, before page scripts exist. */
export function openPageHooks(): void {
  serveBridge('print', async (req) => {
    // A page may call print() before the policy is read; it waits for the guards instead of slipping past.
    await ready;
    const h = handlers.get(req.op);
    return h ? h(req) : { allow: false, reason: 'unknown request' };
  });
}

/** Called once every guard has started. */
export function pageHooksReady(): void {
  markReady();
}

export function onPageHook(op: string, h: Handler): void {
  handlers.set(op, h);
}
