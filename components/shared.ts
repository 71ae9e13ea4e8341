// One object per frame's isolated world, shared by maruhi's two content-script bundles (the always-on
// core and the guards it loads on demand): each bundle has its own copy of a module, but not of this.
const ROOT = Symbol.for('maruhi.shared');

export function shared<T>(key: string, init: () => T): T {
  const g = globalThis as unknown as { [ROOT]?: Record<string, unknown> };
  const all = (g[ROOT] ??= {});
  return (all[key] ??= init()) as T;
}
