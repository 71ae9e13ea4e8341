// Calls back on same-document navigation (pushState, replaceState, popstate, hash changes).
export function watchNavigation(onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  // The Navigation API sees pushState from page scripts even though they run in another world.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('navigatesuccess', check);
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  if (!nav) {
    // Firefox without the Navigation API: a cheap poll only while the tab is visible.
    setInterval(() => document.visibilityState === 'visible' && check(), 500);
  }
}
