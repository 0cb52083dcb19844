import { isBlank, type Cell } from "../cells";
import { ORDER_TOTAL_HEADERS } from "../headerWords";
import { plainNumber } from "../parse/number";
import { cellText, foldHeader } from "../parse/text";
import type { SheetSpec } from "../schema";
import type { BlockCursor } from "./blockCursor";

const ORDER_TOTAL = ORDER_TOTAL_HEADERS.map((w) => foldHeader(w));

/** A number written plainly, or with a decimal comma (16,90: a German shop's export). */
function looseNumber(value: Cell): number {
  const plain = plainNumber(value);
  if (!Number.isNaN(plain) || typeof value !== "string") return plain;
  return /^\s*[+-]?\d+,\d{1,2}\s*$/.test(value) ? Number(value.replace(",", ".")) : NaN;
}

/**
 * Further lines of an order that repeat the order's total (tester58 U59: a WooCommerce orders
 * export writes one row per line item and every order field, its Order Total Amount too, on each:
 * the total was added once per line, +86 % revenue). A line of the order above (the same order ID,
 * not blank, and customer) with the same amount is such a line when the amount's header says the
 * order's total (Order Total, 订单总额, 订单金额), or the line's quantity × unit price is not that
 * amount and the amount covers the order's lines so far (coversLines). Its amount is read as 0, so the total counts once per
 * order, and said once (sheet.ts, order_total_repeated). Lines whose amounts differ keep them (a
 * ledger's lines), as do two like lines whose quantity × price is their amount (two of one item).
 *
 * @example
 * // #10605 on two lines, Order Total Amount 16.90 on both: the second line's amount is read as 0.
 */
export class RepeatedOrderTotals {
  /** The current order's ID, customer and amount texts (from its first line). */
  private order = "";
  private customer = "";
  private total = "";
  /** The quantity × unit price of the current order's lines so far (NaN: a line without them). */
  private lines = 0;
  /** Rows read with their amount as 0, the first of them. */
  count = 0;
  first = 0;

  private constructor(
    private readonly orderId: number,
    private readonly customerId: number,
    private readonly amount: number,
    /** The quantity and unit price columns, or -1 each. */
    private readonly quantity: number,
    private readonly price: number,
    /** The amount's header says the order's total. */
    private readonly orderLevel: boolean,
  ) {}

  /** For a transactions sheet whose order totals may repeat; null for others (most: no cost). */
  static of(
    spec: SheetSpec,
    columns: Readonly<Record<string, number>>,
    headers: readonly string[],
  ): RepeatedOrderTotals | null {
    if (spec.kind !== "transactions") return null;
    if (!("amount" in columns && "orderId" in columns && "customerId" in columns)) return null;
    const header = foldHeader(headers[columns.amount] ?? "");
    const orderLevel = ORDER_TOTAL.some((w) => header.includes(w));
    const lines = "quantity" in columns && "unitPrice" in columns;
    if (!orderLevel && !lines) return null;
    const at = (f: string) => (lines ? columns[f] : -1);
    return new RepeatedOrderTotals(
      columns.orderId,
      columns.customerId,
      columns.amount,
      at("quantity"),
      at("unitPrice"),
      orderLevel,
    );
  }

  /**
   * The current row's cells with its amount 0 when it repeats its order's total (row number n);
   * null otherwise, the row then the first line of its order.
   */
  repeated(cur: BlockCursor, n: number): Cell[] | null {
    const order = cellText(cur.cellAt(this.orderId));
    const customer = cellText(cur.cellAt(this.customerId));
    const total = cellText(cur.cellAt(this.amount));
    const line = this.orderLevel
      ? NaN
      : looseNumber(cur.cellAt(this.quantity)) * looseNumber(cur.cellAt(this.price));
    if (
      order !== "" &&
      order === this.order &&
      customer === this.customer &&
      total === this.total
    ) {
      this.lines += line;
      if (this.orderLevel || this.coversLines(looseNumber(cur.cellAt(this.amount)), line))
        return this.zeroed(cur, n);
      return null;
    }
    this.order = order;
    this.customer = customer;
    this.total = total;
    this.lines = line;
    return null;
  }

  /**
   * Whether an amount repeated on a further line is the order's, not the line's own: it is not the
   * line's quantity × unit price, and it covers the order's lines so far (at least 80 % of their
   * quantity × price: a coupon aside). Two like lines each paid 89 for 1 × 99 after a discount are
   * two lines' own amounts (reviewer58 H1: the second was read as 0).
   */
  private coversLines(amount: number, line: number): boolean {
    if (!Number.isFinite(line) || Math.abs(line - amount) < 0.005) return false;
    return Number.isFinite(this.lines) && amount >= 0.8 * this.lines;
  }

  private zeroed(cur: BlockCursor, n: number): Cell[] | null {
    const amount = looseNumber(cur.cellAt(this.amount));
    if (isBlank(cur.cellAt(this.amount)) || !Number.isFinite(amount) || amount === 0) return null;
    if (this.count++ === 0) this.first = n;
    const row: Cell[] = [];
    for (let c = 0; c < cur.width; c++) row.push(cur.cellAt(c));
    row[this.amount] = 0;
    return row;
  }
}
