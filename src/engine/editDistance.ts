/**
 * Edit distance: letters added, dropped or changed, and two neighbours swapped ("amuont" for
 * "amount" is 1, as a typist makes it; optimal string alignment). For short words (option names,
 * rule-set fields, column headers) offered as "did you mean …?"; quadratic in the lengths, so not
 * for long texts.
 *
 * @example editDistance("--as-off", "--as-of") // 1
 * @example editDistance("Amuont", "Amount") // 1
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length];
}
