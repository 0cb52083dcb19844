import { isBlank, type Cell } from "../cells";
import { plainNumber } from "../parse/number";
import type { SheetSpec } from "../schema";
import type { BlockCursor } from "./blockCursor";
import { sameOrderAs, withOrderFields } from "./continuationLines";

/** The order's fields that say two lines are of one order, those present. */
const ORDER_FIELDS = ["customerId", "date", "orderId"] as const;

/**
 * Further lines of an order whose amount on its first line is the order's total (tester57 U39: a
 * Shopify orders export writes one row per line item, the order's Total on its first line only,
 * and each line's Lineitem quantity and price; the further lines were counted again as quantity ×
 * price, +25 % revenue). Such a line (its amount blank, its order fields those of the line above
 * or blank: Shopify leaves the order's Id blank on further lines) is part of that total: read as 0
 * with the first line's order fields, so it is no order of its own, and said once
 * (RowReader.orderTotalLines); its blank status is the first line's too. Decided per order on
 * its first further line: the first line has a status (a row kind) the further line leaves blank,
 * or the first line's amount is nearer its own quantity × price plus this line's than its own alone. A ledger whose first line's amount is that line's own (tester54 T10:
 * 金额 = 数量 × 单价) keeps each line's quantity × price, as before.
 *
 * @example
 * // Total 95.45 on #1001's first line (1 × 38.00), a second line 3 × 17.00 with Total blank:
 * // |95.45 − 89| < |95.45 − 38|, so the second line is inside the total, read as 0.
 */
export class OrderTotalLines {
  /** The order fields of the current order's first line, when its total covers further lines. */
  private head: Cell[] | null = null;
  /** The last row read as inside its order's total. */
  private last = -1;

  private constructor(
    private readonly keys: readonly number[],
    private readonly amount: number,
    private readonly quantity: number,
    private readonly price: number,
    /** The row kind's column (Financial Status), or -1: an order's field, filled like the keys. */
    private readonly kind: number,
  ) {}

  /** For a transactions sheet with an amount, a quantity and a unit price; null otherwise. */
  static of(spec: SheetSpec, columns: Readonly<Record<string, number>>): OrderTotalLines | null {
    if (spec.kind !== "transactions") return null;
    if (!("amount" in columns && "quantity" in columns && "unitPrice" in columns)) return null;
    if (!("customerId" in columns)) return null;
    const keys = ORDER_FIELDS.filter((f) => f in columns).map((f) => columns[f]);
    const kind = "rowKind" in columns ? columns.rowKind : -1;
    return new OrderTotalLines(keys, columns.amount, columns.quantity, columns.unitPrice, kind);
  }

  /** True when the current row's amount is blank (the only rows this asks more of). */
  candidate(cur: BlockCursor): boolean {
    return cur.blankAt(this.amount);
  }

  /**
   * The current row (number n, its amount blank, continuation lines already filled) with its blank
   * order fields filled from its order's first line, when it is a further line inside that
   * order's total; null otherwise. `above`: row n-1's cells, or null when not at hand.
   */
  inTotal(cur: BlockCursor, n: number, above: ((c: number) => Cell) | null): Cell[] | null {
    if (this.last === n - 1 && this.head !== null) {
      const head = this.head;
      if (sameOrderAs(cur, this.keys, (i) => head[i])) return this.filled(cur, n);
    }
    if (above === null) return null;
    const total = plainNumber(above(this.amount));
    if (!Number.isFinite(total)) return null;
    if (!sameOrderAs(cur, this.keys, (i) => above(this.keys[i]))) return null;
    const first = plainNumber(above(this.quantity)) * plainNumber(above(this.price));
    const line = plainNumber(cur.cellAt(this.quantity)) * plainNumber(cur.cellAt(this.price));
    if (!Number.isFinite(first) || !Number.isFinite(line)) return null;
    // The order's status on its first line only (Shopify's Financial Status): the amount beside it
    // is the order's too, whatever a discount did to it (reviewer57 M1: at 30 % off the sum test
    // took 119 orders' Totals for their first lines'). Else the amount nearer the lines' sum.
    const orderStatus = this.kind >= 0 && !isBlank(above(this.kind)) && cur.blankAt(this.kind);
    if (!orderStatus && Math.abs(total - (first + line)) >= Math.abs(total - first)) return null;
    this.head = [...this.keys, ...(this.kind >= 0 ? [this.kind] : [])].map((k) => above(k));
    return this.filled(cur, n);
  }

  /** The current row's cells, its blank order fields the first line's. */
  private filled(cur: BlockCursor, n: number): Cell[] {
    this.last = n;
    // The order's fields, and its status: a further line of a refunded order is refunded too.
    const fields = this.kind >= 0 ? [...this.keys, this.kind] : this.keys;
    const head = this.head!;
    return withOrderFields(cur, fields, (i) => head[i]);
  }
}
