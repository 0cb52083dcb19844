import { RFM_SEGMENTS } from "../analysis";
import type { SegmentRule } from "../rules/schema";

/**
 * Named RFM segments: the rule set's table of score ranges, first match wins, turned into a lookup
 * of all 5×5×5 score combinations so classifying a million customers is one array read each.
 */
export type SegmentLookup = Int8Array;

/**
 * @example
 * const table = segmentLookup(defaultRules().segmentation.segments);
 * RFM_SEGMENTS[segmentOf(table, 5, 5, 5)] // "champions"
 */
export function segmentLookup(rules: readonly SegmentRule[]): SegmentLookup {
  const table = new Int8Array(6 * 6 * 6).fill(-1);
  for (let r = 1; r <= 5; r++)
    for (let f = 1; f <= 5; f++)
      for (let m = 1; m <= 5; m++) {
        const hit = rules.find(
          (s) =>
            s.r[0] <= r && r <= s.r[1] && s.f[0] <= f && f <= s.f[1] && s.m[0] <= m && m <= s.m[1],
        );
        if (hit) table[r * 36 + f * 6 + m] = RFM_SEGMENTS.indexOf(hit.segment);
      }
  return table;
}

/** Index into RFM_SEGMENTS of R/F/M scores (1–5 each); -1 when unscored or no rule covers them. */
export function segmentOf(table: SegmentLookup, r: number, f: number, m: number): number {
  if (r < 1 || f < 1 || m < 1) return -1;
  return table[r * 36 + f * 6 + m];
}
