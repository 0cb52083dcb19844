/**
 * Area under the ROC curve of a score against a 0/1 outcome: the chance that a random positive
 * (outcome 1) scores above a random negative, ties counting half (the Mann–Whitney U statistic).
 * NaN scores are left out; NaN when either class is empty. O(n log n).
 *
 * @example areaUnderCurve(Float64Array.of(0.9, 0.8, 0.3, 0.1), Uint8Array.of(1, 0, 1, 0)) // 0.75
 */
export function areaUnderCurve(score: ArrayLike<number>, outcome: ArrayLike<number>): number {
  const idx: number[] = [];
  for (let i = 0; i < score.length; i++) if (score[i] === score[i]) idx.push(i);
  const order = Int32Array.from(idx).sort((a, b) => score[a] - score[b]);
  let positives = 0;
  let rankSum = 0;
  // Average ranks over ties.
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && score[order[j + 1]] === score[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++)
      if (outcome[order[k]] === 1) {
        positives++;
        rankSum += rank;
      }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
