// Which key presses are screenshot shortcuts a page can see (the OS takes the picture; we can only notice).

export interface KeyLike {
  type: string;
  key: string;
  code: string;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The shortcut's name when `e` is a screenshot key, else null. PrintScreen counts on keyup: keydown rarely reaches pages. */
export function screenshotKey(e: KeyLike): string | null {
  if (e.key === 'PrintScreen' || e.code === 'PrintScreen') return e.type === 'keyup' ? 'PrintScreen' : null;
  if (e.type !== 'keydown' || !e.metaKey || !e.shiftKey) return null;
  const k = e.code.startsWith('Digit') ? e.code.slice(5) : e.key.toLowerCase();
  if (k === '3' || k === '4' || k === '5') return `Meta+Shift+${k}`; // macOS
  if (k === 's' || e.code === 'KeyS') return 'Win+Shift+S'; // Windows Snipping Tool
  return null;
}
