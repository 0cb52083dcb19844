/**
 * Who makes each customer's contacts: the owner on the Customers sheet; customers without one, or
 * whose owner is marked absent, are assigned in rotation among the present owners (002 轮流接待).
 */
export interface OwnerAssignment {
  /** Present owners, in first-seen order: codes index into this list. */
  owners: string[];
  /** Owner code per customer; -1 when no owner is available. */
  ownerOf: Int32Array;
  /** True when the assignment came from rotation (no owner, or the owner is absent). */
  rotated: Uint8Array;
  /** False when the Customers sheet names no owner at all: contacts are then planned without a capacity. */
  hasOwners: boolean;
}

/**
 * Assigns an owner to every customer.
 *
 * @example
 * assignOwners(["王", "", "李", ""], ["李"]).ownerOf // Int32Array [0, 0, 0, 0]
 */
export function assignOwners(
  owner: readonly string[],
  absentOwners: readonly string[],
): OwnerAssignment {
  const n = owner.length;
  const absent = new Set(absentOwners.map((o) => o.trim()).filter((o) => o !== ""));
  const owners: string[] = [];
  const code = new Map<string, number>();
  let named = false;
  for (let c = 0; c < n; c++) {
    const o = (owner[c] ?? "").trim();
    if (o === "") continue;
    named = true;
    if (!absent.has(o) && !code.has(o)) {
      code.set(o, owners.length);
      owners.push(o);
    }
  }
  const ownerOf = new Int32Array(n).fill(-1);
  const rotated = new Uint8Array(n);
  let turn = 0;
  for (let c = 0; c < n; c++) {
    const own = code.get((owner[c] ?? "").trim());
    if (own !== undefined) {
      ownerOf[c] = own;
    } else if (owners.length > 0) {
      ownerOf[c] = turn;
      rotated[c] = 1;
      turn = turn + 1 === owners.length ? 0 : turn + 1;
    }
  }
  return { owners, ownerOf, rotated, hasOwners: named };
}
