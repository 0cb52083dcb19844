import type { Lang } from "../schema";
import { say } from "../words/catalog";
import type { RunWarning } from "./warnings";
/**
 * Who makes each customer's contacts: the owner on the Customers sheet; customers without one, or
 * whose owner is marked absent (the rule set's absentOwners, or a name that says the person has
 * left: ownerHasLeft), are assigned in rotation among the present owners (002 轮流接待).
 */
export interface OwnerAssignment {
  /** Present owners, in name order (OWNER_ORDER): codes index into this list. */
  owners: string[];
  /** Owner code per customer; -1 when no owner is available. */
  ownerOf: Int32Array;
  /** True when the assignment came from rotation (no owner, or the owner is absent). */
  rotated: Uint8Array;
  /** False when the Customers sheet names no owner at all: contacts are then planned without a capacity. */
  hasOwners: boolean;
}

/**
 * The order of owners' names: the schedule's rows of one day, by owner.
 * Chinese names by pinyin (陈, 黄, 李, 刘, 王 …), Latin ones alphabetically after them; the same
 * whatever the run's language, so a report reads the same in both.
 */
export const OWNER_ORDER = new Intl.Collator("zh-CN");

/**
 * An owner's name that says the person has left (王芳（已离职）, 李娜(离职), Tom (left)): their
 * customers are covered in rotation like an absent owner's (tester54 T13: a customer 63 days
 * overdue got its urgent calls under 王芳（已离职）, a column of its own in the weekly table).
 */
const LEFT =
  /[（(]\s*(?:已?离职|已调走|已走|已退休|former|left|inactive|no longer here)\s*[)）]|^(?:已离职|离职)(?:\s*[-—:：]|\s+|$)/i;

/**
 * Whether an owner's name says the person has left.
 *
 * @example ownerHasLeft("王芳（已离职）") // true
 * @example ownerHasLeft("王芳") // false
 */
export function ownerHasLeft(name: string): boolean {
  return LEFT.test(name.trim());
}

/**
 * Assigns an owner to every customer.
 *
 * @example
 * assignOwners(["王", "", "李", ""], ["李"]).ownerOf // Int32Array [0, 0, 0, 0]
 * assignOwners(["王", "李"], []).owners // ["李", "王"]
 */
export function assignOwners(
  owner: readonly string[],
  absentOwners: readonly string[],
): OwnerAssignment {
  const n = owner.length;
  const absent = new Set(absentOwners.map((o) => o.trim()).filter((o) => o !== ""));
  // Owners marked as left are covered by the others; when nobody else is named (a one-person shop
  // whose only rep left), they keep their customers, and ownersLeftWarning says to name new ones
  // (reviewer55 R1: every owner marked left planned no contact at all).
  let othersNamed = false;
  for (let c = 0; c < n && !othersNamed; c++) {
    const o = (owner[c] ?? "").trim();
    if (o !== "" && !absent.has(o) && !ownerHasLeft(o)) othersNamed = true;
  }
  const owners: string[] = [];
  const code = new Map<string, number>();
  let named = false;
  // One look-up per customer: present owners get their code in first-seen order; the others are
  // marked (-1) and assigned in rotation once every present owner is known.
  const ownerOf = new Int32Array(n);
  let unassigned = 0;
  for (let c = 0; c < n; c++) {
    const o = (owner[c] ?? "").trim();
    let own = o === "" ? undefined : code.get(o);
    if (o !== "") {
      named = true;
      if (own === undefined && !absent.has(o) && (!othersNamed || !ownerHasLeft(o))) {
        own = owners.length;
        code.set(o, own);
        owners.push(o);
      }
    }
    if (own === undefined) {
      ownerOf[c] = -1;
      unassigned++;
    } else ownerOf[c] = own;
  }
  const rotated = new Uint8Array(n);
  if (unassigned > 0 && owners.length > 0) {
    let turn = 0;
    for (let c = 0; c < n; c++) {
      if (ownerOf[c] >= 0) continue;
      ownerOf[c] = turn;
      rotated[c] = 1;
      turn = turn + 1 === owners.length ? 0 : turn + 1;
    }
  }
  // Codes in name order, so the schedule's rows of a day (sorted by owner code) come in an order a
  // manager can find her own block by: pinyin for Chinese names, then Latin ones alphabetically
  // (tester50 L2: first-seen order, 王芳, 黄强, 陈静 …, was neither and said nowhere). After the
  // rotation, which goes round the owners in first-seen order as before: a refresh after an upgrade
  // gives no customer without an owner another one (reviewer50 M3: 110 of the sample's 1,448).
  if (owners.length > 1) {
    const byName = owners
      .map((_, k) => k)
      .sort((a, b) => OWNER_ORDER.compare(owners[a], owners[b]));
    const rank = new Int32Array(owners.length);
    byName.forEach((k, r) => (rank[k] = r));
    for (let c = 0; c < n; c++) if (ownerOf[c] >= 0) ownerOf[c] = rank[ownerOf[c]];
    const sorted = byName.map((k) => owners[k]);
    owners.length = 0;
    owners.push(...sorted);
  }
  return { owners, ownerOf, rotated, hasOwners: named };
}

/**
 * owners_left: owners whose name on the Customers sheet says they have left, with how many
 * customers each had: their contacts are planned in rotation among the others, and the manager
 * should name who takes them over; when every named owner has left, their contacts stay under
 * their names (assignOwners) and it says so. Null when none has left.
 *
 * @example ownersLeftWarning(["王芳（已离职）", "李娜"], "客户")?.code // "owners_left"
 */
export function ownersLeftWarning(
  owner: readonly string[],
  customersSheet: (lang: Lang) => string,
): RunWarning | null {
  const left = new Map<string, number>();
  let present = false;
  for (const raw of owner) {
    const o = (raw ?? "").trim();
    if (o === "") continue;
    if (ownerHasLeft(o)) left.set(o, (left.get(o) ?? 0) + 1);
    else present = true;
  }
  if (left.size === 0) return null;
  const customers = [...left.values()].reduce((a, b) => a + b, 0);
  const words = (lang: Lang) =>
    say(lang, "followUp", present ? "ownersLeft" : "ownersAllLeft", {
      names: [...left.keys()].join(say(lang, "ingest", "nameSeparator")),
      customers,
      sheet: customersSheet(lang),
      marker: say(lang, "followUpTab", "rotated"),
    });
  return { code: "owners_left", message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") } };
}
