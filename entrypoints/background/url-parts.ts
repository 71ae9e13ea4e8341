// A page's address as events record it.

/** Host and path, no query or fragment: those can carry customer identifiers. */
export function pageOf(u: string): string | undefined {
  try {
    const x = new URL(u);
    return x.host + x.pathname;
  } catch {
    return undefined;
  }
}

export function hostOf(u: string | undefined): string | undefined {
  try {
    return u ? new URL(u).hostname : undefined;
  } catch {
    return undefined;
  }
}
