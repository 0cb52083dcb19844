// Is a previous run of the same data? A --previous from another data set with the same id range
// was compared without a word (a new-user trial: every name different, "150 worse, 119 better").
import { toHalfWidth } from "../parse/text";
import type { Snapshot } from "./snapshot";

/** Below this many customers matched by id with a name on both sides, names say too little. */
export const NAME_CHECK_MIN_MATCHED = 20;
/** A previous run is another data set's when fewer than this share of matched ids keep their name. */
export const NAME_CHECK_MIN_SAME_SHARE = 0.5;

export interface NameAgreement {
  /** Current customers matched to a previous one by id, with a name on both sides. */
  matched: number;
  /** Of them, those whose names agree (case, width and spaces aside). */
  same: number;
  /** The first matched customer whose name differs: its id and both names. */
  example: { id: string; previous: string; current: string } | null;
}

const fold = (name: string) => toHalfWidth(name).replace(/\s+/g, "").toLowerCase();

/**
 * How many of the customers matched by id carry the same name in both runs.
 *
 * @example nameAgreement(prev, cur, comparison.previousIndex) // { matched: 302, same: 0, example: … }
 */
export function nameAgreement(
  previous: Snapshot,
  current: Snapshot,
  previousIndex: Int32Array,
): NameAgreement {
  let matched = 0;
  let same = 0;
  let example: NameAgreement["example"] = null;
  for (let i = 0; i < current.count; i++) {
    const j = previousIndex[i];
    if (j < 0) continue;
    const a = previous.name[j] ?? "";
    const b = current.name[i] ?? "";
    if (a.trim() === "" || b.trim() === "") continue;
    matched++;
    if (a === b || fold(a) === fold(b)) same++;
    else example ??= { id: current.id[i], previous: a, current: b };
  }
  return { matched, same, example };
}

/**
 * True when the previous run looks like another data set's: at least NAME_CHECK_MIN_MATCHED ids
 * matched with names, and fewer than NAME_CHECK_MIN_SAME_SHARE of them keep their name. A renamed
 * customer here and there (a company's new legal name) stays far above half.
 *
 * @example isOtherDataSet({ matched: 302, same: 0, example: null }) // true
 */
export function isOtherDataSet(a: NameAgreement): boolean {
  return a.matched >= NAME_CHECK_MIN_MATCHED && a.same < NAME_CHECK_MIN_SAME_SHARE * a.matched;
}
