import { withoutLeadingZeros } from "../parse/identifier";
import { KeyIndex } from "./keyIndex";
import type { Snapshot } from "./snapshot";

/**
 * Which previous customer each current customer is: the join of two runs' snapshots.
 *
 * By exact id first (snapshot keys keep leading zeros: `001`, `1` and `0001` are three customers,
 * as ingest keeps zero twins apart). Then, as ingest joins ids across sheets, an id whose leading
 * zeros changed between runs (`1001` in one export, `001001` in the next) is the same customer,
 * but only when it is alone in both runs among the ids that differ from it by leading zeros: a
 * twin is joined by its exact id only (before stop 24 the join was by the folded id, and on a refresh
 * of the same data customer 1 was matched to 001's row: "dropped" 100,000 → 500, stop 23 T3).
 */

export interface Match {
  /** Per current customer: its index in the previous snapshot, -1 for a new customer. */
  previousIndex: Int32Array;
  /** Per previous customer: 1 when a current customer was matched to it. */
  taken: Uint8Array;
}

/** What is joined: customers' exact keys (exactCustomerKey), optionally indexed (a Snapshot). */
export type KeyedCustomers = Pick<Snapshot, "count" | "index"> & { key: readonly string[] };

/**
 * Joins the current snapshot's customers to the previous one's (any keyed customers: the follow-up
 * tab's typed notes join the earlier tab's ids by it too, one rule: reviewer45 D4).
 *
 * @example matchCustomers(prev, cur).previousIndex // [3, -1, 0, …]
 */
export function matchCustomers(prev: KeyedCustomers, cur: KeyedCustomers): Match {
  let index = prev.index;
  if (!index) {
    const built = new KeyIndex(prev.count);
    for (let j = 0; j < prev.count; j++) built.set(prev.key[j], j);
    index = built;
  }
  const n = cur.count;
  const previousIndex = new Int32Array(n);
  const taken = new Uint8Array(prev.count);
  let matched = 0;
  let unmatched = 0;
  for (let i = 0; i < n; i++) {
    const j = index.get(cur.key[i]);
    // A key twice in the current run (never from ingest) is matched once; the second is new.
    if (j === undefined || taken[j]) {
      previousIndex[i] = -1;
      unmatched++;
    } else {
      previousIndex[i] = j;
      taken[j] = 1;
      matched++;
    }
  }
  if (unmatched > 0 && matched < prev.count) joinByFoldedId(prev, cur, previousIndex, taken);
  return { previousIndex, taken };
}

/**
 * The second pass: current customers not matched by exact id, joined by their id without leading
 * zeros when that folded id is one customer's in each run (and the previous one is not matched yet).
 */
function joinByFoldedId(
  prev: KeyedCustomers,
  cur: KeyedCustomers,
  previousIndex: Int32Array,
  taken: Uint8Array,
): void {
  // Folded id → the unmatched current customer with it (-2: more than one).
  const wanted = new Map<string, number>();
  for (let i = 0; i < cur.count; i++) {
    if (previousIndex[i] >= 0) continue;
    const folded = withoutLeadingZeros(cur.key[i]);
    wanted.set(folded, wanted.has(folded) ? -2 : i);
  }
  // How many customers of each run fold to a wanted id (matched ones included: twins), and the
  // previous one when there is one.
  const curCount = new Map<string, number>();
  for (let i = 0; i < cur.count; i++) {
    const folded = withoutLeadingZeros(cur.key[i]);
    if (wanted.has(folded)) curCount.set(folded, (curCount.get(folded) ?? 0) + 1);
  }
  const prevAt = new Map<string, number>();
  for (let j = 0; j < prev.count; j++) {
    const folded = withoutLeadingZeros(prev.key[j]);
    if (wanted.has(folded)) prevAt.set(folded, prevAt.has(folded) ? -2 : j);
  }
  for (const [folded, i] of wanted) {
    const j = prevAt.get(folded);
    if (i < 0 || j === undefined || j < 0 || taken[j] || curCount.get(folded) !== 1) continue;
    previousIndex[i] = j;
    taken[j] = 1;
  }
}
