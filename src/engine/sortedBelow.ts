/**
 * How many of the ascending `sorted` are below `x` (a lower bound by binary search): the place `x`
 * would go. One owner for the worklist cap's kept rows (report/limits.ts) and the rows an aside
 * read leaves out (ingest/aside.ts).
 *
 * @example countBelow([1, 3, 3, 7], 3) // 1
 */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
