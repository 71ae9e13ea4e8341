// The guards this content script starts, one per channel. Each adds itself here.
import type { Guard } from './context';

export const GUARDS: Guard[] = [];
