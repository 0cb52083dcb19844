import { isBlank, type Cell } from "../cells";
import { toCents } from "../cents";
import { REFUND_NOT_DONE_WORDS } from "../optionWords";
import { amountReading, readAmount } from "../parse/number";
import { cellText } from "../parse/text";

const NOT_DONE = REFUND_NOT_DONE_WORDS.map((w) => w.toLowerCase());

/** Whether a refund status cell says the refund did not happen (退款关闭, Refund declined). */
export function refundNotDone(cell: Cell): boolean {
  if (cell === null || cell === undefined || cell === "") return false;
  const t = cellText(cell).toLowerCase();
  return NOT_DONE.some((w) => t.includes(w));
}

/**
 * What a row's refund is against its amount: none, a part of it, or all of it (or more); or, of an
 * adjusted total above the amount, the order raised (a surcharge: the customer paid more).
 */
export type RefundShare = "none" | "part" | "whole" | "raised";

/**
 * A transactions column of the money refunded on each order beside the amount paid (淘宝 / 天猫
 * 订单报表 `退款金额` beside `买家实际支付金额`, Shopify's Refunded Amount): tester57 U58, the column
 * was not read and refunded orders counted in full. The rule: an order's purchase is what the
 * customer kept paying, the amount less its refund; a refund of all of it (or more) leaves no
 * purchase, the row not used. A part refund keeps the order whatever an after-sales status says of
 * it (抖店 售后状态 退款成功 on an order refunded in part dropped the whole order: reviewer57 L6).
 * Rows whose amount is not above 0 (a return written negative) are left as they are.
 *
 * An adjusted total (Etsy's Adjusted Order Total beside Order Total, `adjusted`) is what the
 * order came to after its refund, blank unless there was one: its refund is the amount less it
 * (reviewer66 M6: an order refunded in part counted at its first total); 0 left is a whole refund.
 * An adjusted total with no digit in it (-, —, N/A, 无: a sheet's "no adjustment") is none, not 0;
 * one above the amount (a surcharge, 补差价) is what the customer paid: the order's amount is raised
 * to it (reviewer67 M5).
 */
export class RefundAmounts {
  /** Used rows refunded in part: their table indices and refunds, in order. */
  private readonly indices: number[] = [];
  private readonly refunds: number[] = [];
  /** Rows refunded in part: how many, the first (Excel row), the refunds' sum. */
  readonly part = { count: 0, row: 0, total: 0 };
  /** Rows refunded whole, not used: how many, the first (Excel row). */
  readonly whole = { count: 0, row: 0 };
  /** Rows whose adjusted total is above the amount: how many, the first (Excel row), the sum added. */
  readonly raised = { count: 0, row: 0, total: 0 };
  private last = 0;
  private readonly scratch = amountReading();

  constructor(
    readonly column: number,
    readonly header: string,
    readonly adjusted = false,
  ) {}

  /**
   * The current row's refund against its amount (`amount` as read); none when the refund status
   * column (`statusColumn`) says the refund did not happen (REFUND_NOT_DONE_WORDS: 退款关闭).
   */
  shareOf(
    reader: { cellAt(column: number): Cell },
    amount: number,
    statusColumn?: number,
  ): RefundShare {
    if (!(amount > 0)) return "none";
    const refund = this.refundOf(reader.cellAt(this.column), amount);
    if (refund < 0 && this.adjusted) {
      this.last = refund;
      return "raised";
    }
    if (!(refund > 0)) return "none";
    // The status read only on the rows with a refund (most rows of an export have none).
    if (statusColumn !== undefined && refundNotDone(reader.cellAt(statusColumn))) return "none";
    this.last = refund;
    return refund < amount ? "part" : "whole";
  }

  /** The refund a cell of the column says against the row's `amount`; NaN for none. */
  private refundOf(cell: Cell, amount: number): number {
    // A refund written negative (WooCommerce's Order Refund Amount -10) is as much refunded.
    if (!this.adjusted) return Math.abs(readAmount(cell, this.scratch).value);
    // An adjusted total is blank on an order never adjusted (not 0: all of it refunded), or
    // written with no figure (-, N/A, 无).
    if (isBlank(cell) || (typeof cell === "string" && !/\d/.test(cell))) return NaN;
    return toCents(amount - readAmount(cell, this.scratch).value);
  }

  /** The current row, refunded in part, was used as table row `index` (Excel row `row`). */
  deducted(index: number, row: number): void {
    this.indices.push(index);
    this.refunds.push(this.last);
    if (this.part.count++ === 0) this.part.row = row;
    this.part.total += this.last;
  }

  /** The current row, its adjusted total above its amount, was used as table row `index`. */
  raisedRow(index: number, row: number): void {
    this.indices.push(index);
    this.refunds.push(this.last);
    if (this.raised.count++ === 0) this.raised.row = row;
    this.raised.total -= this.last;
  }

  /** The current row (Excel row `row`) was refunded whole: not used. */
  refunded(row: number): void {
    if (this.whole.count++ === 0) this.whole.row = row;
  }

  /** Takes each part refund off its row's amount (a raise, negative, adds), to the cent. */
  apply(amount: Float64Array): void {
    for (let k = 0; k < this.indices.length; k++) {
      const i = this.indices[k];
      amount[i] = toCents(amount[i] - this.refunds[k]);
    }
    this.part.total = toCents(this.part.total);
    this.raised.total = toCents(this.raised.total);
  }
}
