import { WALK_IN_IDS } from "../optionWords";

const WALK_IN: ReadonlySet<string> = new Set(WALK_IN_IDS.map((w) => w.toLowerCase()));

/**
 * Whether a customer ID is a till's word for a sale to nobody in particular (optionWords.ts
 * WALK_IN_IDS: 散客, 零售, Walk-in), the whole ID, case and spaces around ignored.
 *
 * @example isWalkInId(" 散客 ") // true
 * @example isWalkInId("M01") // false
 */
export function isWalkInId(id: string): boolean {
  return WALK_IN.has(id.trim().toLowerCase());
}
