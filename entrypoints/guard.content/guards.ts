// The guards this content script starts, one per channel. Each adds itself here.
import type { Guard } from './context';
import { copyGuard } from './copy';
import { dragGuard } from './drag';
import { pasteGuard } from './paste';
import { captureGuard } from './capture';
import { printGuard } from './print';
import { privacyGuard } from './privacy';
import { watermarkGuard } from './watermark';
import { uploadGuard } from './upload';
import { pledgeGuard } from './pledge';
import { downloadGuard } from './download';

// The pledge starts first: it covers the page before anything else is usable.
export const GUARDS: Guard[] = [pledgeGuard, copyGuard, pasteGuard, dragGuard, printGuard, captureGuard, watermarkGuard, privacyGuard, uploadGuard, downloadGuard];
