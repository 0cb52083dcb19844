import type { Cell } from "../cells";
import { exactCustomerKey } from "../parse/identifier";
import { say } from "../words/catalog";
import type { RowReader } from "./rowReader";

/**
 * Customers whose ids differ only by leading zeros (`001`, `1`, `0001`: zero twins). customerKey
 * drops leading zeros so that an id Excel stored as a number in one sheet (1) joins its text form in
 * another (`001`); but when the Customers sheet itself holds both, they are different customers.
 * The customer index keeps the shared customerKey for the first of them (the head); this map holds,
 * per head, each twin's exactCustomerKey → customer. A row of another sheet whose id finds a head
 * goes to the twin its id names exactly, and to none when it names none of them (`01`): its folded
 * id matches more than one customer, so folding is not safe there.
 *
 * @example twins.add(0, "001", 1, "1"); twins.pick(0, "1") // 1
 */
export class ZeroTwins {
  private readonly groups = new Map<number, Map<string, number>>();

  /** The twins of head customer `head` (exact key → customer), or undefined when it has none. */
  of(head: number): ReadonlyMap<string, number> | undefined {
    return this.groups.get(head);
  }

  /** Makes customer `twin` (exact key `exact`) a twin of `head` (exact key `headExact`). */
  add(head: number, headExact: string, twin: number, exact: string): void {
    let group = this.groups.get(head);
    if (group === undefined) this.groups.set(head, (group = new Map([[headExact, head]])));
    group.set(exact, twin);
  }

  /**
   * The customer among head's twins whose id the cell names exactly; `head` itself when it has no
   * twins; -1 (reported as ambiguous_customer_id) when the id names none of them.
   */
  pick(r: RowReader, head: number, cell: Cell): number {
    const group = this.groups.get(head);
    if (group === undefined) return head;
    const twin = group.get(exactCustomerKey(cell));
    if (twin !== undefined) return twin;
    const ids = (lang: "zh-CN" | "en-US") =>
      [...group.keys()]
        .slice(0, 5)
        .map((k) => `“${k}”`)
        .join(say(lang, "ingest", "nameSeparator")) + (group.size > 5 ? "…" : "");
    r.report("ambiguous_customer_id", "customerId", cell, {
      ids: ids("zh-CN"),
      idsEn: ids("en-US"),
      count: group.size,
    });
    return -1;
  }
}
