// MAIN world, every frame, before any page script: one small script that keeps pristine built-ins and
// holds what could carry data out (uploads, print, screen sharing) until the isolated guard has judged it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { connectBridge } from '@/components/page-bridge';
import { installPrintHooks } from './print';
import { installUploadHooks } from './upload';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // data:, blob: and filesystem: frames a page makes (a paste box in a data: iframe) get the guard of the page that made them.
  matchOriginAsFallback: true,
  world: 'MAIN',
  main() {
    const ask = connectBridge(); // one handshake, one private channel for every hook
    installUploadHooks(ask);
    installPrintHooks(ask);
  },
});
