// Typed access to the background for content scripts, popup and options (the browser side of utils/messages).
import { browser } from 'wxt/browser';
import type { Request, ResponseOf } from '@/utils/messages';

export async function send<R extends Request>(msg: R): Promise<ResponseOf<R['type']>> {
  return (await browser.runtime.sendMessage(msg)) as ResponseOf<R['type']>;
}
