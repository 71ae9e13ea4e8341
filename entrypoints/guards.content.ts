// The guards, loaded into a frame's isolated world on demand by the core content script (guard.content):
// when the page is classified, or when something is about to leave it (focus in a field, a drag, an upload).
// Pages where nothing happens never parse this code.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { shared } from '@/components/shared';
import type { Guard } from './guard.content/context';
import { GUARDS } from './guard.content/guards';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    shared<{ attach?: (g: Guard[]) => void }>('core', () => ({})).attach?.(GUARDS);
  },
});
