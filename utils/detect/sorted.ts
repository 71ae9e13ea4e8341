// Binary searches over ascending positions: the detector's passes look up hits, cells, spans and runs this way.

/** Index of the first of xs[0..n) that is ≥ x (n when none). */
export function lowerBound(xs: ArrayLike<number>, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (xs[m] < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Index of the first of `spans` (ascending by start) that starts at or after x (spans.length when none). */
export function firstStartAtOrAfter(spans: readonly { start: number }[], x: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (spans[m].start < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Is p inside one of `pairs` ascending [start, end) spans stored flat as start, end, start, end …? */
export function inSpanPairs(a: ArrayLike<number>, pairs: number, p: number): boolean {
  let lo = 0;
  let hi = pairs;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (a[2 * m] <= p) lo = m + 1;
    else hi = m;
  }
  return lo > 0 && p < a[2 * (lo - 1) + 1];
}
