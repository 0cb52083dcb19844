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

/**
 * The smaller run at least this many customers: below it a share of ids in common says too little
 * (a five-customer trial replaced whole is still compared: new and removed).
 */
export const ID_CHECK_MIN_CUSTOMERS = 20;
/**
 * A previous run is another data set's when fewer than this share of the smaller run's customer
 * ids are in both. A refresh of the same data keeps most of its ids (a month's new and removed
 * customers are a few percent; a run filtered to one region keeps all of its own); below a tenth
 * the Changes tab would be all new and removed, its movers a few ids that happen to match
 * (tester52 L7: CDNOW's 23,570 against a 40-customer ledger, 0 in common, "新增 40 位，数据中
 * 已没有 23,570 位", exit 0). Ids that collide across data sets (both numbered 1…n) are the name
 * check's (isOtherDataSet).
 */
export const ID_CHECK_MIN_COMMON_SHARE = 0.1;

/** How many customer ids the two runs share, and each run's count. */
export interface IdOverlap {
  previous: number;
  current: number;
  common: number;
}

/**
 * The customer ids both runs have (a current customer matched to a previous one by id).
 *
 * @example idOverlap(23570, Int32Array.of(-1, -1)) // { previous: 23570, current: 2, common: 0 }
 */
export function idOverlap(previousCount: number, previousIndex: Int32Array): IdOverlap {
  let common = 0;
  for (let i = 0; i < previousIndex.length; i++) if (previousIndex[i] >= 0) common++;
  return { previous: previousCount, current: previousIndex.length, common };
}

/**
 * True when the two runs share too few customer ids to be the same data: the smaller run has
 * ID_CHECK_MIN_CUSTOMERS or more, and fewer than ID_CHECK_MIN_COMMON_SHARE of them are in both.
 *
 * @example isOtherIdSet({ previous: 23570, current: 40, common: 0 }) // true
 */
export function isOtherIdSet(o: IdOverlap): boolean {
  const smaller = Math.min(o.previous, o.current);
  return smaller >= ID_CHECK_MIN_CUSTOMERS && o.common < ID_CHECK_MIN_COMMON_SHARE * smaller;
}
