// The Transactions sheet's builder: purchases joined to customers, order ids hashed to numbers.
import { Dictionary } from "../columns";
import { isBlank } from "../cells";
import type { Transactions } from "../model";
import { isoDate } from "../parse/date";
import { amountReading, readAmount, usesWritten } from "../parse/number";
import { EARLIEST_TRANSACTION_DAY, implausibleAmount, type Finding } from "../quality";
import { CustomerIndex, type TableBuilder, f64, i32, joinCustomer } from "./builders";
import type { RowReader } from "./rowReader";
import { rawHashAscii } from "./rawCells";
import { RawProducts, readRawRow, rawColumnsOf, type RawColumns } from "./transactionsRaw";
import { isReturn } from "../aggregate/purchase";
import { notUsedRow, type NotUsedRow } from "./rowsNotUsed";
import { withCardAmount } from "./storedValue";

/** FNV-1a, 32 bits: order ids become numbers so millions of them cost no strings. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * The order of a row with no order ID (a blank 订单号, or a sheet part with no such column joined
 * with one that has it: sheetParts.ts): its own, told by its row (the joined table's sourceRow).
 */
export function rowOrder(row: number): number {
  return hashText(`\u0000row${row}`);
}

/**
 * What the rows of an aside read (aside.ts) did that the read after Customers would not have done,
 * had their customer been unknown: there a row stops at the failed join, after its date and amount
 * (TransactionsBuilder.add). Indices into the sheet's findings as they were while rows were read.
 * Kept only when the builder is given the findings (an aside read): resolveAside takes the rows of
 * unknown customers out with it.
 */
export interface ProvisionalJournal {
  /**
   * Where each used row's findings start, as change points: [table index, findings length] pairs,
   * a pair when the length differs from the last pair's (a row with no pair has its predecessor's).
   */
  starts: number[];
  /** Used rows that made findings after their date and amount: [table index, from, to]. */
  extras: number[];
  /**
   * Rows not used after joining a provisional customer (a bad date or amount, a future date):
   * [customer id, row number, findings before the row, after its date and amount, after the row,
   * its index in `futureDays` or -1].
   */
  rejected: number[];
  /** The day of each future_date row, in the order of the sheet's afterAsOf.findings. */
  futureDays: number[];
  /** True when some row's quantity was ambiguous ("1,234": decided with its column's evidence). */
  quantityAmbiguous: boolean;
}

export class TransactionsBuilder implements TableBuilder<Transactions> {
  private readonly customer = i32();
  private readonly day = f64();
  private readonly amount = f64();
  private readonly order = i32();
  private readonly product = i32();
  private readonly products = new Dictionary();
  private readonly quantity = f64();
  private readonly sourceRow = i32();
  private hasOrderIds = false;
  /** The raw fast path's columns (for the reader they were found for), values and products. */
  private raw: RawColumns | null = null;
  private readonly rawRow = { customer: 0, day: 0, amount: 0, order: 0, quantity: NaN, points: 0 };
  private readonly reading = amountReading();
  private readonly rawProducts = new RawProducts();

  /** Kept when an aside read gives its findings (ProvisionalJournal); null in the usual read. */
  readonly journal: ProvisionalJournal | null;
  private lastStart = -1;
  /** Rows not used that say whose they are (rowsNotUsed.ts); null while there is none. */
  private notUsed: NotUsedRow[] | null = null;

  /** `findings`: the sheet's findings, given by an aside read to keep a ProvisionalJournal. */
  constructor(
    private readonly index: CustomerIndex,
    private readonly findings: readonly Finding[] | null = null,
  ) {
    this.journal =
      findings === null
        ? null
        : { starts: [], extras: [], rejected: [], futureDays: [], quantityAmbiguous: false };
  }

  add(r: RowReader): boolean {
    // A card-amount column (卡扣金额) is read beside the amount: not on the raw path.
    const raw = r.currentBlock !== null && this.index.twins === null && !r.has("cardAmount");
    if (raw && this.addRaw(r)) return true;
    const f0 = this.findings === null ? 0 : this.findings.length;
    const customer = joinCustomer(r, this.index);
    const rawDay = r.date("date", true);
    // A blank amount beside a quantity and a unit price is their product (said once: lineAmount).
    const line = r.lineAmount();
    // A number of uses in the amount (1次: a 次卡's visit) is a visit at 0, said once for the sheet.
    const uses = usesWritten(r.cell("amount"));
    const amount = uses ? 0 : Number.isNaN(line) ? amountOf(r) : line;
    if (customer < 0) {
      this.index.keyMisses?.spent(amount, r.cell("customerId"), false);
      this.noteNotUsed(r, false, true);
      return false;
    }
    if (Number.isNaN(rawDay) || Number.isNaN(amount)) {
      if (this.findings !== null) this.rejectedRow(r, customer, f0, -1);
      this.noteNotUsed(r, true, !Number.isNaN(rawDay), false, amount);
      return false;
    }
    // A phone number or a 20-digit figure in 金额 is no purchase (quality.ts implausibleAmount).
    const implausible = implausibleAmount(amount);
    if (implausible !== null) {
      const words = implausible === "phone" ? "implausible_amount" : "implausible_amount_digits";
      r.report("implausible_amount", "amount", r.cell("amount"), {}, words);
      if (this.findings !== null) this.rejectedRow(r, customer, f0, -1);
      this.noteNotUsed(r, true, true, true);
      return false;
    }
    // A short date a Chinese ledger writes year first (26/11/30) is read so when its column is
    // (RowReader.date: one reading per column, reviewer64 M1; tester63 L).
    const day = Math.floor(rawDay);
    if (day > r.asOf) {
      const f1 = this.findings === null ? 0 : this.findings.length;
      r.report("future_date", "date", r.cell("date"), { value: isoDate(day) });
      if (this.journal !== null) {
        this.journal.futureDays.push(day);
        this.rejectedRow(r, customer, f0, f1);
      }
      return false;
    }
    if (day < EARLIEST_TRANSACTION_DAY) {
      // 1900-01-01 (an empty date in Excel) and the like: not used, as a row with no date is not
      // (quality.ts EARLIEST_TRANSACTION_DAY; tester11 #4).
      const f1 = this.findings === null ? 0 : this.findings.length;
      r.report("early_date", "date", r.cell("date"), {
        value: isoDate(day),
        earliest: isoDate(EARLIEST_TRANSACTION_DAY),
      });
      if (this.journal !== null) this.rejectedRow(r, customer, f0, f1, false);
      return false;
    }
    const f1 = this.findings === null ? 0 : this.findings.length;
    // A zero amount (a free item, a fully discounted order) is still a purchase: it counts as a
    // purchase event with no spend, with an info finding (issue 9: CDNOW has 8 such customers).
    // Written -0 (`-0.00`) it is a return of nothing, no purchase (aggregate/purchase.ts).
    // A further line inside its order's total (RowReader.inOrderTotal) is said once, not as 0.
    if (amount === 0 && !r.inOrderTotal && !uses)
      r.report(isReturn(amount) ? "zero_return" : "zero_amount", "amount", r.cell("amount"));
    this.index.keyMisses?.spent(amount, r.cell("customerId"), true);
    this.customer.push(customer);
    this.day.push(day);
    this.amount.push(amount);
    if (r.has("orderId")) {
      this.hasOrderIds = true;
      // A raw ASCII order id is hashed from its bytes (no text made; the same hash).
      const raw = r.rawIs("orderId", rawHashAscii, undefined);
      const orderText = raw === undefined ? r.text("orderId") : "";
      if (raw !== undefined) this.order.push(raw);
      else this.order.push(orderText === "" ? rowOrder(r.rowNumber) : hashText(orderText));
    } else this.order.push(0);
    this.product.push(r.has("product") ? this.products.code(r.text("product")) : -1);
    const before = r.hasUnsettled;
    const quantity = r.amount("quantity", false);
    this.quantity.push(quantity);
    this.sourceRow.push(r.rowNumber);
    if (this.journal !== null) {
      const t = this.customer.length - 1;
      this.started(t, f0);
      if (this.findings!.length > f1) this.journal.extras.push(t, f1, this.findings!.length);
      if (r.hasUnsettled && !Number.isNaN(quantity) && (!before || this.ambiguous(r, "quantity")))
        this.journal.quantityAmbiguous = true;
    }
    return true;
  }

  /** Keeps a row not used that says whose it is (rowsNotUsed.ts notUsedRow). */
  private noteNotUsed(
    r: RowReader,
    customerKnown: boolean,
    dayRead: boolean,
    implausible = false,
    amount = NaN,
  ): void {
    const u = notUsedRow(r, customerKnown, dayRead, implausible, amount);
    if (u !== null) (this.notUsed ??= []).push(u);
  }

  /** Notes a row not used after a provisional join (ProvisionalJournal.rejected). */
  private rejectedRow(
    r: RowReader,
    customer: number,
    f0: number,
    f1: number,
    isFuture = f1 >= 0,
  ): void {
    const j = this.journal!;
    const end = this.findings!.length;
    const future = isFuture ? j.futureDays.length - 1 : -1;
    j.rejected.push(customer, r.rowNumber, f0, f1 < 0 ? end : f1, end, future);
  }

  /** Notes where used row `t`'s findings start (ProvisionalJournal.starts). */
  private started(t: number, at: number): void {
    if (at === this.lastStart) return;
    this.lastStart = at;
    this.journal!.starts.push(t, at);
  }

  /** True when the field's cell reads as an ambiguous number ("1,234"). */
  private ambiguous(r: RowReader, field: string): boolean {
    const cell = r.cell(field);
    return typeof cell === "string" && readAmount(cell, this.scratch).evidence === "ambiguous";
  }

  private readonly scratch = amountReading();

  /**
   * A CSV row of plain raw cells (a digits id that joins, a yyyy-mm-dd day not after the analysis
   * date, non-zero plain amounts, an ASCII order id) read straight from the block's bytes: what
   * `add` makes of it, with no finding to make (transactionsRaw.ts). False, having changed
   * nothing, for any other row: `add` reads it.
   */
  private addRaw(r: RowReader): boolean {
    let raw = this.raw;
    if (raw === null || raw.reader !== r) raw = this.raw = rawColumnsOf(r);
    const row = this.rawRow;
    if (!readRawRow(r, raw, this.reading, row) || implausibleAmount(row.amount) !== null)
      return false;
    const customer = this.index.numbered(row.customer);
    if (customer === undefined) return false;
    let product = -1;
    if (raw.product >= 0) {
      product = this.rawProducts.code(r, raw.product, this.products);
      if (product === -2) product = this.products.code(r.text("product"));
    }
    // RowReader.markEvidence's count, its evidence kept here rather than looked up by name each row.
    if (row.points & 1) (raw.amountMarks ??= r.markEvidence("amount")).point++;
    if (row.points & 2) (raw.quantityMarks ??= r.markEvidence("quantity")).point++;

    this.index.keyMisses?.spent(row.amount, null, true);
    this.customer.push(customer);
    this.day.push(row.day);
    this.amount.push(row.amount);
    if (raw.order >= 0) this.hasOrderIds = true;
    this.order.push(row.order);
    this.product.push(product);
    this.quantity.push(row.quantity);
    this.sourceRow.push(r.rowNumber);
    if (this.findings !== null) this.started(this.customer.length - 1, this.findings.length);
    return true;
  }

  reserve(rows: number): void {
    const columns = [this.customer, this.order, this.product, this.sourceRow];
    for (const c of columns) c.reserve(rows);
    for (const c of [this.day, this.amount, this.quantity]) c.reserve(rows);
  }

  build(): Transactions {
    return {
      count: this.customer.length,
      customer: this.customer.toArray(),
      day: this.day.toArray(),
      amount: this.amount.toArray(),
      order: this.order.toArray(),
      hasOrderIds: this.hasOrderIds,
      product: this.product.toArray(),
      products: this.products.values,
      quantity: this.quantity.toArray(),
      sourceRow: this.sourceRow.toArray(),
      ...(this.notUsed === null ? {} : { notUsed: this.notUsed }),
    };
  }
}

/**
 * The row's amount (实收金额), with what it used of the member's stored value when a card-amount
 * column (卡扣金额) says (storedValue.ts withCardAmount; tester60 U94). A card use's blank amount
 * with no card amount is 0 (RowReader.blankAmountIsZero); an order placed, not paid nor sent, is 0
 * (RowReader.amountIsZero).
 */
function amountOf(r: RowReader): number {
  if (r.amountIsZero) return 0;
  const card = r.has("cardAmount") ? r.amount("cardAmount", false) : NaN;
  const blank = isBlank(r.cell("amount"));
  if (Number.isNaN(card) || card === 0)
    return blank && r.blankAmountIsZero ? 0 : r.amount("amount", true);
  const paid = blank ? 0 : r.amount("amount", true);
  return Number.isNaN(paid) ? NaN : withCardAmount(paid, card);
}
