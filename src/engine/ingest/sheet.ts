import { itemHeader, ItemRefunds, negateProducts } from "./itemRefunds";
import { NotSaleRows } from "./notSaleRows";
import { sideColumns, termsDue, RowTextColumn } from "./paymentRows";
import { approverColumn, UnapprovedRows } from "./unapprovedRows";
import {
  fulfillmentColumn,
  invoiceSheet,
  kindColumnByValues,
  KINDS_NOT_USED,
  notUsed,
  overdueWord,
  RowKinds,
  statusBesideKind,
} from "./rowKinds";
import { CardAmounts, StoredValue, storedValueColumnByValues, withCardAmount } from "./storedValue";
import { lastNameBesideFirst } from "./fullName";
import { petKindByValues } from "./petKind";
import { RefundAmounts, type RefundShare } from "./refundAmounts";
import { CurrencyColumn } from "./currencyColumn";
import { isBlank, type Cell, type Grid } from "../cells";
import type { RowCounts, SheetSource } from "../model";
import { parseDate, type EpochDay } from "../parse/date";
import { DECLINE_REASON_CHARS, failedChargeWord } from "./paymentFailed";
import type { DecimalMark } from "../parse/decimalMark";
import { amountUnitOf, scaleAmount } from "../parse/amountUnit";
import { amountReading, readAmount, usesWritten } from "../parse/number";
import { CURRENCY_SYMBOLS, currencyCodeIn } from "../parse/currencySymbol";
import { cellText, foldHeader } from "../parse/text";
import { columnLetters } from "../a1";
import {
  acceptedNames,
  QUALITY_CODES,
  qualityMessage,
  type Finding,
  type QualityCode,
} from "../quality";
import type { FieldSpec, Lang, SheetKind, SheetSpec } from "../schema";
import { say, sayBoth } from "../words/catalog";
import { sharePercent } from "../words/format";
import { decodedText } from "./decodedText";
import { idByValues } from "./idByValues";
import { sheetYear } from "./sheetYear";
import {
  keyByOther,
  keyWhat,
  tally,
  type CustomerKeys,
  type KeyChoice,
  type KeyField,
} from "./keyByOther";
import { UNREADABLE_ROWS_STOP, UNREADABLE_SHARE_STOP } from "./mostlyUnreadable";
import { customerKey } from "../parse/identifier";
import type { SheetNotes } from "./workbook";
import type { TableBuilder } from "./builders";
import { findHeader, HEADER_SEARCH_ROWS, type ColumnOverrides, type HeaderMatch } from "./header";
import { MergedFill, type MergedArea } from "./mergedFill";
import { ContinuationLines } from "./continuationLines";
import { OrderTotalLines } from "./orderTotalLines";
import { RepeatedOrderTotals } from "./repeatedOrderTotals";
import { isFootnoteLabel, isTotalsLabel } from "./options";
import { likelyOwnerColumn } from "./likelyOwner";
import {
  formulaCell,
  RowReader,
  type AfterAsOf,
  type NumberRevision,
  type OwnUnits,
  type RowPlace,
} from "./rowReader";
import { rejoinNumber } from "./rejoinNumber";
import { amountCurrency } from "./amountCurrency";
import { FormattedCurrency } from "./formattedCurrency";
import {
  didYouMean,
  headerRowHint,
  headersFound,
  likelyHeaderRow,
  otherSheetHint,
  unmappedHint,
  phoneIdHint,
  type IdPartner,
  forecastDateHint,
} from "./headersFound";
import { blockRow, cellOf, type ColumnBlock } from "./columnBlock";
import { blockRowBlank, readAheadPlan } from "./rawCells";

/**
 * Rows a sheet may hold back waiting for a date column to show its day/month order: beyond it the
 * order is assumed month/day (and reported). Day-first columns show their order within a few rows
 * (any day 13–31), so this bounds memory only for columns of days 1–12 alone.
 */
export const HELD_ROWS_MAX = 50_000;
/**
 * Payment rows held until the sheet ends (its sales per customer known): past this many, those held
 * and those after are decided by the sales read so far (a place is small; reviewer62 R13).
 */
export const PAYMENTS_HELD_MAX = 1_000_000;

export interface SheetResult<T> {
  table: T;
  source: SheetSource | null;
  counts: RowCounts;
  /** False when the sheet cannot be used at all (no header, a required column missing). */
  usable: boolean;
  /** Rows left out for a date after the analysis date (undefined when no header was found). */
  afterAsOf?: AfterAsOf;
  /** The header row's texts, in column order (empty when no header was found). */
  headers?: readonly string[];
  /** Required fields (keys) with no column, when that is why the sheet is unusable. */
  missing?: readonly string[];
  /**
   * Per amount column under a header naming a scale with cells read as written (`12000元`): their
   * Excel rows among the table's, and whether currency cells were weighed against the plain ones
   * (every row counts then): the aside read's unknown rows are taken out by them (aside.ts).
   */
  amountsAsWritten?: AmountsAsWritten[];
  /** Its dates with no year read in the sheet's year (RowReader.yearFromSheetRead), if any. */
  yearFromSheet?: { count: number; year: number; reading: string };
}

/** SheetResult.amountsAsWritten. */
export interface AmountsAsWritten {
  field: string;
  rows: number[];
  weighed: boolean;
}

/** Rows SheetIngest.pushSome reads a call. */
const ROWS_PER_CALL = 16;

/** The data rows under the header whose values an unrecognised column's hint is checked on. */
const HINT_VALUES = 50;

/**
 * Ingests one sheet streamed in row blocks of any size (the workbook adapters read in chunks): finds
 * the header among the first rows, then hands each data row to the sheet's table builder. Blank rows
 * between data and totals rows are skipped and reported; blank rows at the end are not rows at all.
 */
export class SheetIngest<T> {
  /** Rows before the header is found (with their block and index when they came by column). */
  private pending: { row: readonly Cell[]; n: number; block?: ColumnBlock; index?: number }[] = [];
  private reader: RowReader | null = null;
  private failed = false;
  /** The key column read by another customers field (keyFinding), for reportKeyMisses. */
  private keyed: {
    field: KeyField;
    headerRow: number;
    params: Record<string, string>;
    shared: number;
  } | null = null;
  /** Required fields with no column (set when that made the sheet unusable). */
  private missing: readonly string[] = [];
  private idColumn = -1;
  private blankRun: number[] = [];
  private source: SheetSource | null = null;
  readonly counts: RowCounts = { read: 0, used: 0, rejected: 0, skipped: 0 };
  /** The decimal mark the file suggests (a `;`-separated CSV), for columns that show none. */
  decimalHint: DecimalMark | undefined;
  /**
   * True when a row's fields must line up with the header's (a CSV file): a row with more fields
   * is rejoined (an unquoted "1,240.40") or reported and not used. In a sheet, a value right of the
   * header is a note in an unheaded column, not a shift.
   */
  fieldsMatchHeader = false;
  /** Header texts once the header row is found (for naming a column in a finding). */
  private headers: readonly string[] = [];
  /** SheetResult.amountsAsWritten, as applyAmountUnits decides them. */
  private readonly asWritten: AmountsAsWritten[] = [];
  /** Numbers in date-formatted cells, reported when the sheet ends (the header is known then). */
  private notDates: { row: number; column: number; value: number }[] = [];
  /** Unread transactions columns watched for 退货 / refunded / 作废 rows (returns_written_positive). */
  private notSale: NotSaleRows | null = null;
  /** The product column and unread item columns, watched for refunds in an item's name (正畸退费). */
  private itemRefunds: ItemRefunds | null = null;
  /** The product column's header when its refunds are read from the built table's product names. */
  private productRefunds: string | null = null;
  /** The transactions sheet's row-kind column (类型, Financial Status, Stage), when it has one. */
  private rowKinds: RowKinds | null = null;
  /** With no row-kind column, the item column's top-ups (项目 会员卡充值: tester63 U162). */
  private itemTopUps: RowKinds | null = null;
  /** The after-sales column's refund words (售后状态 退款成功), beside rowKinds'. */
  private refundKinds: RowKinds | null = null;
  /** The approver column's blanks among used rows (U8's 审核人; unapprovedRows.ts). */
  private unapproved: UnapprovedRows | null = null;
  /** Each used row's payment method (支付方式), for the duplicate check (paymentRows.ts). */
  private payments: RowTextColumn | null = null;
  /** Each used row's note (备注 分两笔付), for the duplicate check (paymentRows.ts). */
  private notes: RowTextColumn | null = null;
  /** Transactions: the column telling alike rows of one order apart (Attendee Name, 座位, 券码). */
  private lineIds: RowTextColumn | null = null;
  /** Why a charge failed (Decline Reason: paymentRows.ts declineColumn), -1 none. */
  private declineAt = -1;
  /** A transaction's time of day beside its date (paymentRows.ts timeColumn), -1 none. */
  private timeAt = -1;
  /** An invoice's due date on a sheet of invoices (paymentRows.ts dueDateColumn), -1 none. */
  private dueAt = -1;
  /** An invoice's payment terms where the sheet has no due date (paymentRows.ts termsColumn), -1 none. */
  private termsAt = -1;
  /** What is still to be paid of an invoice (paymentRows.ts balanceColumn), -1 none. */
  private balanceAt = -1;
  /** A status column's words of a row not used (单据状态 创建), beside a type column's. */
  private statusKinds: RowKinds | null = null;
  /** Top-ups and purchases paid from stored value (a payment column, or a top-up row met). */
  private storedValue: StoredValue | null = null;
  /** The money refunded on each order (退款金额), taken off its amount (refundAmounts.ts). */
  private refundAmounts: RefundAmounts | null = null;
  /** The card-amount column (卡扣金额) and the amount's headers, its rows read with an amount. */
  private cardAmounts: CardAmounts | null = null;
  /** Rows whose card part was taken off: the sheet's amount includes it (CardAmounts.apply). */
  private cardInPaid = 0;
  /** One reading reused for the amounts an order-status column's rows are judged by (commit). */
  private readonly amountScratch = amountReading();
  /** The transactions sheet's currency column (币种, Amount Currency), when it has one. */
  private currencyColumn: CurrencyColumn | null = null;
  /** Number cells formatted in a currency (SheetNotes.currencyCell), counted with the amounts'. */
  private readonly formatted = new FormattedCurrency();
  /** Cells holding a formula with no saved result (formulaWithoutResult), by formulaCell. */
  private readonly uncalculated = new Set<number>();
  /** The encoding the source read the whole file in, told from its bytes (SheetNotes.fileEncoding). */
  fileEncoding: SheetSource["encoding"];
  /** A file read as Big5: its first cell with Chinese text (SheetNotes.readAsBig5), else undefined. */
  big5: { row: number; column: number; text: string } | undefined;
  private encodings: {
    row: number;
    code: "encoding_fallback" | "invalid_encoding";
    params: Parameters<SheetNotes["encoding"]>[2];
  }[] = [];
  /**
   * Rows held back while a date column has met only values either way round (`03/04/2025`):
   * committed once a value shows the column's day/month order (usually within a few rows), or
   * at HELD_ROWS_MAX / the sheet's end with month/day assumed and reported.
   */
  private held: RowPlace[] = [];
  /**
   * Payment rows (ROW_KIND_WORDS.payment: QuickBooks' Payment, 收款单): held until the sheet ends,
   * then each is a payment of its customer's sales on the sheet (not used) or her purchase
   * (settlePayment), whatever order the sheet is sorted in (reviewer62 R13).
   */
  private heldPayments: RowPlace[] = [];
  /** True once PAYMENTS_HELD_MAX were held: each payment is decided as it is read. */
  private paymentsNow = false;
  /** Per customer ID: the money of her sale and billed rows on the sheet (settlePayment). */
  private readonly saleMoney = new Map<string, number>();
  /** The sheet's merged areas (GridSource.mergedAreas), set before its rows; null without. */
  mergedAreas: readonly MergedArea[] | null = null;
  private merged: MergedFill | null = null;
  /** Blank continuation lines of multi-line orders (transactions; continuationLines.ts). */
  private continuation: ContinuationLines | null | undefined = undefined;
  /** Further lines inside their order's total (transactions; orderTotalLines.ts). */
  private orderTotals: OrderTotalLines | null | undefined = undefined;
  /** Further lines repeating their order's total (transactions; repeatedOrderTotals.ts). */
  private repeatedTotals: RepeatedOrderTotals | null | undefined = undefined;
  /** Rows whose customer or order id a vertical merge filled (mergedFill). */
  private readonly filledLines: number[] = [];
  /** The last Cell[] row seen and its number: the line above a continuation line. */
  private lastRow: readonly Cell[] | null = null;
  private lastN = -1;
  /** The sheet's rows as the source expects them (SheetNotes.rowsExpected), or undefined. */
  private expected: number | undefined;
  /** The rows the builder was sized for. */
  private reserved = 0;
  /** Once the header is found: how the source may read raw columns ahead (SheetNotes.parse). */
  readAhead: number[] | undefined;
  /**
   * Called once the header is found with every required column, before any data row is read:
   * throws to stop the read there (a customers file that is plainly another file: workbook.ts).
   */
  onHeader: ((headers: readonly string[]) => void) | undefined;
  /**
   * Whether a cell is a customer's id, once the Customers are read: which of two columns named as
   * the customer ID to read (idByValues). Unset for Customers and for a read beside them.
   */
  knownId: ((cell: Cell) => boolean) | undefined;
  /**
   * The customers' e-mail addresses and names, once the Customers are read: a key column of
   * neither IDs may be one of them (keyByOther). Unset where knownId is.
   */
  customerKeys: CustomerKeys | undefined;
  /**
   * For Customers, the transactions sheets its customers are keyed with, once a first read found
   * no customer ID column: the advice names the column both share (phoneIdHint).
   */
  idPartner: IdPartner | undefined;

  constructor(
    private readonly spec: SheetSpec,
    private readonly sheetName: string,
    private readonly builder: TableBuilder<T>,
    private readonly findings: Finding[],
    private readonly asOf: EpochDay,
    private readonly overrides: ColumnOverrides = {},
  ) {}

  /**
   * True once the sheet cannot be used (no header row, a required column missing): no later row is
   * looked at, so its reader may stop (ingestSheet).
   */
  get stopped(): boolean {
    return this.failed;
  }

  /** Feeds a block of rows; `firstRow` is the Excel row number of `rows[0]`. */
  push(rows: Grid, firstRow: number): void {
    if (this.failed) return;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? [];
      if (this.reader) this.dataRow(row, firstRow + i);
      else {
        this.pending.push({ row, n: firstRow + i });
        if (this.pending.length >= HEADER_SEARCH_ROWS) this.locateHeader();
      }
      if (this.failed) return;
    }
  }

  /**
   * Feeds a block of rows by column (a file source's fast path): the same rows, findings and
   * table as `push` of the same cells, without a Cell[] per data row.
   */
  pushColumns(block: ColumnBlock, firstRow: number): void {
    for (let i = 0; i < block.rows && !this.failed;) i = this.pushSome(block, firstRow, i);
    // The block's last row, the line above the next block's first (a block may be reused).
    if ((this.continuation || this.orderTotals) && block.rows > 0) {
      this.lastRow = blockRow(block, block.rows - 1);
      this.lastN = firstRow + block.rows - 1;
    }
  }

  /**
   * Rows `from` … of a block, up to ROWS_PER_CALL of them; returns the row after the last. A call
   * per few rows, not one per block: a loop over a block's 5,000 rows in one call was compiled
   * twice per sheet (on-stack replacement during its first block, then as a function: 8 compiles
   * of pushColumns, ~42 ms of compile time in a 100k run, stop 50).
   */
  private pushSome(block: ColumnBlock, firstRow: number, from: number): number {
    const to = Math.min(block.rows, from + ROWS_PER_CALL);
    for (let i = from; i < to; i++) {
      if (this.reader) this.dataBlockRow(block, i, firstRow + i);
      else {
        this.pending.push({ row: blockRow(block, i), n: firstRow + i, block, index: i });
        if (this.pending.length >= HEADER_SEARCH_ROWS) this.locateHeader();
      }
      if (this.failed) return to;
    }
    return to;
  }

  /**
   * The rows the source expects the sheet to have (header included; may be told again as the
   * source learns more): the table's columns are sized for them, so they need not grow.
   */
  expectRows(rows: number): void {
    this.expected = rows;
    // 5% room: an estimate that creeps up as a CSV is read must not copy the columns each time.
    if (rows > this.reserved && this.builder.reserve) {
      this.reserved = Math.ceil(rows * 1.05);
      this.builder.reserve(this.reserved);
    }
  }

  /**
   * The data rows the sheet likely has in all (the expected rows below the header), never fewer
   * than read so far; undefined when the source cannot tell.
   */
  get rowsTotal(): number | undefined {
    if (this.expected === undefined) return undefined;
    const above = this.source?.headerRow ?? 1;
    return Math.max(this.counts.read, this.expected - above);
  }

  finish(): SheetResult<T> {
    if (!this.reader && !this.failed) this.locateHeader();
    if (this.reader) {
      this.reader.assumeDateOrders();
      this.commitHeld();
      this.settlePayments();
      this.reader.reportDateOrders();
      this.reader.reportTwoDigitYears();
      this.reader.reportYearFromSheet();
      this.reader.reportShortYears();
      this.reader.reportLineAmounts();
      this.reader.reportRescaled();
      this.reader.reportUnreadable(this.counts.read, this.counts.skipped);
      this.reader.summariseAfterAsOf();
      this.reportKeyMisses();
    }
    this.reportNotDates();
    this.reportMergedFill();
    this.reportContinuation();
    this.reportRepeatedTotals();
    this.reportEncodings();
    this.reportBig5();
    // Trailing blank rows are outside the data: neither read nor reported.
    this.blankRun = [];
    const table = this.builder.build();
    if (this.reader) {
      const numbers = (field: string) => {
        const c = (table as Record<string, unknown>)[field];
        return c instanceof Float64Array ? c : undefined;
      };
      reviseNumbers(table, this.reader.decideNumbers(this.decimalHint, numbers));
      // A card amount inside the amount, by the sheet's card-only rows (reviewer60 R14).
      const amount = (table as { amount?: unknown }).amount;
      if (this.cardAmounts && amount instanceof Float64Array)
        this.cardInPaid = this.cardAmounts.apply(amount);
      this.readRefundAmounts(table);
      // The currency first: a unit naming another currency than the amounts carry is not applied.
      this.applyAmountUnits(table, this.decideCurrency(table));
      this.readItemRefunds(table);
      this.reportNotSale(table);
      this.readRowKinds(table, this.rowKinds);
      this.readRowKinds(table, this.refundKinds);
      this.readRowKinds(table, this.statusKinds);
      this.readStoredValue();
      this.reportUsesWritten();
      this.readCurrencyColumn();
      this.reportUnapproved();
      if (this.payments && this.source) {
        const payments = this.payments.done();
        if (payments) this.source.payments = payments;
      }
      if (this.notes && this.source) {
        const notes = this.notes.done();
        if (notes) this.source.notes = notes;
      }
      if (this.lineIds && this.source) {
        const lineIds = this.lineIds.done();
        if (lineIds) this.source.lineIds = lineIds;
      }
    }
    if (this.source && this.fileEncoding) this.source.encoding = this.fileEncoding;
    return {
      table,
      source: this.source,
      counts: this.counts,
      usable: !this.failed,
      ...(this.missing.length > 0 && { missing: this.missing }),
      afterAsOf: this.reader?.afterAsOf,
      ...(this.reader?.yearFromSheetRead && { yearFromSheet: this.reader.yearFromSheetRead }),
      headers: this.headers,
      ...(this.asWritten.length > 0 && { amountsAsWritten: this.asWritten }),
    };
  }

  /**
   * The refunds of the refund-amount column (RefundAmounts): those of a part of an order taken off
   * its amount (refund_amount_deducted; of an adjusted total, adjusted_amount_lowered: a price
   * change, 改价, as much as a part refund), the orders refunded whole left out
   * (refund_amount_whole), those adjusted above it raised to their adjusted total
   * (adjusted_amount_raised).
   */
  private readRefundAmounts(table: unknown): void {
    const amount = (table as { amount?: unknown }).amount;
    const refunds = this.refundAmounts;
    if (!refunds || !(amount instanceof Float64Array)) return;
    refunds.apply(amount);
    const { part, whole, raised, header } = refunds;
    if (raised.count > 0)
      this.addFinding(
        "adjusted_amount_raised",
        raised.row,
        header,
        "",
        qualityMessage("adjusted_amount_raised", {
          column: header,
          count: raised.count,
          row: raised.row,
          total: raised.total,
        }),
      );
    const lowered = refunds.adjusted ? "adjusted_amount_lowered" : "refund_amount_deducted";
    if (part.count > 0)
      this.addFinding(
        lowered,
        part.row,
        header,
        "",
        qualityMessage(lowered, {
          column: header,
          count: part.count,
          row: part.row,
          total: part.total,
        }),
      );
    if (whole.count > 0)
      this.addFinding(
        "refund_amount_whole",
        whole.row,
        header,
        "",
        qualityMessage("refund_amount_whole", {
          column: header,
          count: whole.count,
          row: whole.row,
        }),
      );
  }

  /**
   * item_refund_positive: per item column, its refunds written positive (ItemRefunds), made
   * negative before the unread columns' returns_written_positive looks at the signs.
   */
  private readItemRefunds(table: unknown): void {
    const t = table as { amount?: unknown; product?: Int32Array; products?: string[] };
    const amount = t.amount;
    if (!(amount instanceof Float64Array)) return;
    const said = this.itemRefunds?.negate(amount) ?? [];
    const rows = (table as { sourceRow?: Int32Array }).sourceRow;
    if (this.productRefunds !== null && t.product && t.products && rows) {
      const c = negateProducts(amount, t.product, t.products, rows, this.productRefunds);
      if (c) said.unshift(c);
    }
    for (const c of said)
      this.addFinding(
        "item_refund_positive",
        c.row,
        c.header,
        c.values[0],
        qualityMessage("item_refund_positive", {
          column: c.header,
          count: c.count,
          row: c.row,
          values: c.values.join("”/“"),
        }),
      );
  }

  /**
   * returns_written_positive: per unread column saying 退货 / refunded / 作废 on rows with a positive
   * amount (NotSaleRows), one finding on its first such row: those rows were read as purchases.
   */
  private reportNotSale(table: unknown): void {
    const amount = (table as { amount?: unknown }).amount;
    if (!this.notSale || !(amount instanceof Float64Array)) return;
    for (const c of this.notSale.positive(amount))
      this.addFinding(
        "returns_written_positive",
        c.row,
        c.header,
        c.value,
        qualityMessage("returns_written_positive", {
          column: c.header,
          count: c.count,
          row: c.row,
          values: c.values.join("”/“"),
        }),
      );
  }

  /**
   * What the row-kind column said (RowKinds): returned rows' amounts made negative (said when some
   * were written positive), voided and gift rows left out (said per kind: rows_not_used's
   * warning names them), values we do not know named with their counts (kept as purchases). A
   * column none of whose values we know (a 包装类型 of packings) is said as before: not read.
   */
  private readRowKinds(table: unknown, kinds: RowKinds | null): void {
    const t = table as { amount?: unknown; sourceRow?: Int32Array };
    if (!kinds || !(t.amount instanceof Float64Array)) return;
    kinds.negate(t.amount, t.sourceRow);
    const { tallies, header } = kinds;
    const known =
      tallies.sale ??
      tallies.returned ??
      tallies.billed ??
      kinds.delivered ??
      kinds.placed ??
      tallies.payment ??
      KINDS_NOT_USED.map((k) => tallies[k]).find((k) => k);
    if (!known) {
      if (tallies.unknown)
        // No hint here (tester56 U31 read "ignored{hint}"): the header is a row-kind one.
        this.sheetFinding(
          "unmapped_column",
          header,
          { value: header, hint: "", hintEn: "" },
          this.source?.headerRow,
        );
      return;
    }
    const quoted = (values: { text: string }[]) => values.map((v) => v.text).join("”/“");
    const push = (
      code:
        | "row_kind_returned_positive"
        | "row_kind_refunded"
        | `row_kind_${(typeof KINDS_NOT_USED)[number]}`
        | "row_kind_billed"
        | "row_kind_delivered_unpaid"
        | "row_kind_placed_unpaid"
        | "row_kind_payment"
        | "row_kind_payment_counted"
        | "row_kind_unknown",
      row: number,
      count: number,
      value: string,
      params: Record<string, string | number>,
    ) =>
      this.addFinding(
        code,
        row,
        header,
        value,
        qualityMessage(code, { column: header, count, row, ...params }),
      );
    const returned = tallies.returned;
    if (returned && kinds.positive.count > 0)
      push("row_kind_returned_positive", kinds.positive.row, kinds.positive.count, "", {
        values: quoted(returned.values),
      });
    const billed = tallies.billed;
    if (billed)
      push("row_kind_billed", billed.row, billed.count, billed.values[0].text, {
        values: quoted(billed.values),
      });
    const delivered = kinds.delivered;
    if (delivered)
      push("row_kind_delivered_unpaid", delivered.row, delivered.count, delivered.values[0].text, {
        values: quoted(delivered.values),
        fulfillment: kinds.fulfilled!.header,
      });
    const placed = kinds.placed;
    if (placed)
      push("row_kind_placed_unpaid", placed.row, placed.count, placed.values[0].text, {
        values: quoted(placed.values),
        fulfillment: kinds.fulfilled!.header,
      });
    const payment = tallies.payment;
    if (payment)
      for (const [code, split] of [
        ["row_kind_payment", kinds.payments.notUsed],
        ["row_kind_payment_counted", kinds.payments.counted],
      ] as const)
        if (split.count > 0)
          push(code, split.row, split.count, payment.values[0].text, {
            values: quoted(payment.values),
          });
    for (const kind of KINDS_NOT_USED) {
      const k = tallies[kind];
      if (k)
        push(`row_kind_${kind}`, k.row, k.count, k.values[0].text, { values: quoted(k.values) });
    }
    const unknown = tallies.unknown;
    if (unknown) {
      const each = (lang: Lang) =>
        unknown.values
          .map((v) => say(lang, "ingest", "valueTimes", { value: v.text, count: v.count }))
          .join(say(lang, "ingest", "nameSeparator"));
      push("row_kind_unknown", unknown.row, unknown.count, unknown.values[0].text, {
        values: each("zh-CN"),
        valuesEn: each("en-US"),
      });
    }
  }

  /** Rows with no approver beside approved ones (UnapprovedRows): counted, said. */
  private reportUnapproved(): void {
    const u = this.unapproved;
    if (!u?.mixed) return;
    const params = { column: u.header, count: u.blank, row: u.row, filled: u.filled };
    this.addFinding(
      "unapproved_rows_counted",
      u.row,
      u.header,
      "",
      qualityMessage("unapproved_rows_counted", params),
    );
  }

  /** The current row's customer ID as written (StoredValue.see asks it of its rows only). */
  private readonly rowCustomer = (): string => cellText(this.reader!.cell("customerId")).trim();

  /**
   * The current row's amount as the stored value's rule weighs it (StoredValue.see): what was
   * collected, with what the visit used of the card (卡扣金额); NaN when both are blank.
   */
  private readonly rowAmount = (): number => {
    const reader = this.reader!;
    const paid = readAmount(reader.cell("amount"), this.amountScratch).value;
    if (!this.cardAmounts) return paid;
    const card = readAmount(reader.cell("cardAmount"), this.amountScratch).value;
    if (Number.isNaN(card) || card === 0) return paid;
    return withCardAmount(Number.isNaN(paid) ? 0 : paid, card);
  };

  /** Sees a used row's card amount (卡扣金额) beside its amount (CardAmounts), the last table row. */
  private seeCardAmount(reader: RowReader): void {
    const card = readAmount(reader.cell("cardAmount"), this.amountScratch).value;
    if (Number.isNaN(card) || card === 0) return;
    const paid = readAmount(reader.cell("amount"), this.amountScratch).value;
    this.cardAmounts!.see(paid, card, this.counts.used - 1, reader.rowNumber);
  }

  /**
   * Top-ups of stored value (StoredValue), per customer: read at 0 when the customer's purchases
   * here paid from stored value carry their amounts (storedValue.ts zeroTopUps, by
   * SheetSource.topUpRows; their 退卡 too, by cardRefundRows), else counted; said either way.
   */
  private readStoredValue(): void {
    const stored = this.storedValue;
    // An item column's top-ups are said as a row-kind column's; with none, nothing (as before).
    const kinds = this.rowKinds ?? (this.itemTopUps?.tallies.topUp ? this.itemTopUps : null);
    if (!stored || !kinds) return;
    // The consumption basis: what each visit used of the card read from its own column, said.
    const card = this.cardAmounts;
    // Its amount includes the card's part: said with the rows that show it and those it changed.
    const code = this.cardInPaid > 0 ? "card_amount_in_paid" : "card_amount_read";
    if (card && card.count > 0)
      this.addFinding(
        code,
        card.row,
        card.header,
        "",
        qualityMessage(code, {
          column: card.header,
          amount: card.amount,
          count: card.count,
          row: card.row,
          same: card.same,
          sameRow: card.sameRow,
          both: this.cardInPaid,
          bothRow: card.bothRow,
        }),
      );
    // A purchase paid from stored value at ¥0 is a visit of the member's rhythm (reviewer60 R9).
    const visits = stored.visitsAtZero;
    if (this.source && visits.length > 0) this.source.storedValueVisitRows = [...visits];
    if (stored.topUps.length === 0) return;
    const values = (kinds.tallies.topUp?.values ?? []).map((v) => v.text);
    const left = stored.leftOutTopUps;
    const counted = stored.countedTopUps;
    const refunds = stored.leftOutRefunds;
    const zero = stored.countedAtZero;
    if (this.source && left.length > 0) this.source.topUpRows = left;
    if (this.source && refunds.length > 0) this.source.cardRefundRows = refunds;
    const say = (code: QualityCode, rows: number[], id = "", shown = values) =>
      this.addFinding(
        code,
        rows[0],
        kinds.header,
        shown[0] ?? "",
        qualityMessage(code, {
          column: kinds.header,
          count: rows.length,
          row: rows[0],
          values: shown.join("”/“"),
          payment: stored.paidHeader,
          paid: stored.paid.count,
          paidRow: stored.paid.row,
          zero: zero.length,
          zeroRow: zero[0] ?? 0,
          id,
        }),
      );
    // Those of members who have not used their balance yet are said apart, by member and row.
    const notYet = stored.notUsedYet;
    const notYetRows = new Set(notYet.rows);
    if (this.source && notYet.rows.length > 0) this.source.heldTopUpRows = [...notYet.rows];
    const used = left.filter((r) => !notYetRows.has(r));
    if (used.length > 0) say("row_kind_top_up", used);
    if (notYet.rows.length > 0) say("row_kind_top_up_not_used_yet", notYet.rows, notYet.first);
    if (refunds.length > 0) say("row_kind_card_refund", refunds, "", stored.refundTexts);
    if (counted.length === 0) return;
    // Counted beside purchases from the balance at 0 (a 次卡 used at ¥0): the cash basis, said.
    say(zero.length > 0 ? "row_kind_top_up_uses_zero" : "row_kind_top_up_counted", counted);
  }

  /**
   * The currency column's say (CurrencyColumn): one currency throughout is the report's (the
   * sheet's SheetSource.currency), several are a warning naming each with its rows, and no symbol.
   */
  private readCurrencyColumn(): void {
    const decided = this.currencyColumn?.decided();
    if (!decided || !this.source) return;
    if (!decided.mixed) {
      if (decided.symbol !== null) this.source.currency = decided.symbol;
      return;
    }
    this.source.currency = "";
    const { tallies } = decided;
    // The first row in a currency other than the most used one (reviewer55 R7: EUR came first,
    // and "the first other" named a USD row of the 125).
    const most = tallies.reduce((a, b) => (b.count > a.count ? b : a));
    const second = tallies.filter((t) => t !== most).reduce((a, b) => (b.row < a.row ? b : a));
    const each = (lang: Lang) =>
      tallies
        .map((v) => say(lang, "ingest", "codeRows", { code: v.code, count: v.count }))
        .join(say(lang, "ingest", "nameSeparator"));
    const header = this.currencyColumn!.header;
    this.addFinding(
      "currency_column_mixed",
      second.row,
      header,
      second.code,
      qualityMessage("currency_column_mixed", {
        column: header,
        codes: each("zh-CN"),
        codesEn: each("en-US"),
        row: second.row,
      }),
    );
  }

  /**
   * Scales each amount column whose header names a unit ("金额（万元）" → × 10,000) and says so in a
   * note: the header states the unit, so the values are read as written rather than refused, and the
   * note lets the user check it (a new-user trial read 万元 as yuan: every amount 10⁴ too small).
   */
  private applyAmountUnits(table: unknown, unitNotApplied: ReadonlySet<string>): void {
    const reader = this.reader!;
    for (const fd of this.spec.fields) {
      if (fd.kind !== "amount" || !(fd.key in reader.columns)) continue;
      if (unitNotApplied.has(fd.key)) continue;
      const header = this.headers[reader.columns[fd.key]] ?? "";
      const unit = amountUnitOf(header);
      if (!unit || unit.factor === 1) continue;
      const column = (table as Record<string, unknown>)[fd.key];
      if (!(column instanceof Float64Array)) continue;
      const own = reader.ownUnits.get(fd.key);
      const rows = (table as { sourceRow?: Int32Array }).sourceRow;
      const decided = own && rows ? ownUnitCells(own, rows, column, unit.factor) : null;
      const kept = decided?.kept;
      const keptRows: number[] = [];
      let count = 0;
      let first = -1;
      for (let i = 0; i < column.length; i++)
        if (!kept?.has(rows![i])) column[i] = scaleAmount(column[i], unit.factor);
        else {
          count++;
          keptRows.push(rows![i]);
          if (first < 0 || rows![i] < rows![first]) first = i;
        }
      if (decided) this.asWritten.push({ field: fd.key, rows: keptRows, weighed: decided.weighed });
      const factor = unit.factor.toLocaleString("en-US");
      if (own && count > 0) {
        const row = rows![first];
        const symbol = CURRENCY_SYMBOLS[currencyCodeIn(own.firstSymbol?.text ?? "")];
        // A currency cell kept after a scaled one: quoted as read (only the first's text is kept).
        const text =
          [own.firstUnit, own.firstSymbol].find((f) => f?.row === row)?.text ??
          `${symbol}${column[first]}`;
        reader.rowNumber = row;
        // Cells naming only a currency are told to drop it, not "their unit" (reviewer53 H2).
        const words = own.unit.size === 0 ? "amount_unit_own_symbol" : "amount_unit_own";
        reader.report(
          "amount_unit_own",
          fd.key,
          text,
          { unit: unit.text, factor, count, row, symbol },
          words,
        );
      }
      this.addFinding(
        "amount_unit_applied",
        0,
        header,
        unit.text,
        qualityMessage("amount_unit_applied", {
          column: header,
          unit: unit.text,
          factor,
          count: column.length - count,
        }),
      );
    }
  }

  /**
   * The currency of the sheet's amount column (SheetSource.currency): what its values carry, else
   * what its header names (amountCurrency.ts), with a finding where they leave it in doubt. Returns
   * the amount fields whose header's unit is not applied (a unit of another currency).
   */
  private decideCurrency(table: unknown): Set<string> {
    const reader = this.reader!;
    const unitNotApplied = new Set<string>();
    for (const fd of this.spec.fields) {
      if (fd.kind !== "amount" || !(fd.key in reader.columns)) continue;
      const evidence = this.formatted.evidence(
        reader.columns[fd.key],
        reader.headers[reader.columns[fd.key]] ?? "",
        reader.currencies.get(fd.key),
      );
      // Every amount read, plain ones too (counted only where some carry a symbol).
      let amounts = 0;
      const column = (table as Record<string, unknown>)[fd.key];
      if (evidence && column instanceof Float64Array)
        for (let i = 0; i < column.length; i++) if (column[i] === column[i]) amounts++;
      const unit = amountUnitOf(reader.headers[reader.columns[fd.key]] ?? "");
      const decided = amountCurrency(reader, fd.key, evidence, amounts, unit);
      if (decided.currency !== null && this.source) this.source.currency = decided.currency;
      if (!decided.unitApplies) unitNotApplied.add(fd.key);
    }
    return unitNotApplied;
  }

  private locateHeader(): void {
    const rows = this.pending.map((p) => p.row);
    const found = findHeader(rows, this.spec, this.overrides);
    if (!found && !this.pending.some((p) => !allBlank(p.row))) {
      // Nothing at all (a 0-byte CSV, a blank sheet): "no header row" would send the user looking
      // for a header problem.
      this.sheetFinding("empty_sheet", "", {});
      this.failed = true;
      return;
    }
    if (!found) {
      // Each required field with its own accepted headers, and the texts of the first row that
      // has any, so the user sees what we looked for and what is there.
      const required = this.spec.fields.filter((fd) => fd.required);
      const first = this.pending.find((p) =>
        p.row.some((c) => c !== null && c !== undefined && String(c).trim() !== ""),
      );
      // The row the hint below names as the header row, when there is one: not a title above it.
      const likely = likelyHeaderRow(this.pending, this.spec, this.overrides);
      const found = (likely ?? first?.row ?? []).map(cellText);
      // In the sheet's language too when it is not the message's (acceptedNames).
      const each = (lang: Lang) =>
        required
          .map((fd) => {
            const names = acceptedNames(fd.synonyms, found)[half(lang)];
            const label = fd.label[lang];
            return names ? say(lang, "ingest", "fieldWithNames", { label, names }) : label;
          })
          .join(say(lang, "ingest", "fieldSeparator"));
      this.sheetFinding("header_not_found", "", {
        rows: HEADER_SEARCH_ROWS,
        field: required.map((fd) => fd.label["zh-CN"]).join("、"),
        fieldEn: required.map((fd) => fd.label["en-US"]).join(", "),
        synonyms: each("zh-CN"),
        synonymsEn: each("en-US"),
        ...headersFound(found),
        ...headerRowHint(this.pending, this.spec, this.overrides, this.idPartner),
      });
      this.failed = true;
      return;
    }
    // Two columns named as the customer ID: the one whose values are customers' (idByValues).
    let match = this.knownId
      ? idByValues(found, rows, this.spec, this.overrides, this.knownId, this.customerKeys)
      : found;
    // A key column of the customers' e-mail addresses or names, not their IDs (keyByOther).
    const byKey =
      this.knownId && this.customerKeys
        ? keyByOther(match, rows, this.overrides, this.knownId, this.customerKeys)
        : null;
    if (byKey) match = this.keyedBy(match, byKey);
    // A column no header names whose values are row kinds (a gym's 项目: 新办 / 续卡 / 退卡).
    // The product column too, when its values are row kinds rather than items (项目: tester60 U107).
    const named = match.columns.product;
    const byValues =
      this.spec.kind === "transactions" && !("rowKind" in match.columns)
        ? kindColumnByValues(
            named === undefined ? match.unmapped : [...match.unmapped, named],
            rows.slice(match.rowIndex + 1),
          )
        : -1;
    if (byValues >= 0) match = readAs(match, "rowKind", byValues);
    // A status column beside a type column (单据状态 beside 单据类型): read too.
    if (this.spec.kind === "transactions") match = statusBesideKind(match);
    // A column no header names how a row was paid, whose values say stored value (类别 卡内余额).
    const paidBy =
      this.spec.kind === "transactions" && !("payment" in match.columns)
        ? storedValueColumnByValues(match.unmapped, match.headers, rows.slice(match.rowIndex + 1))
        : -1;
    if (paidBy >= 0) match = readAs(match, "payment", paidBy);
    // A last name is read joined to a first name (Shopify's First Name, Last Name) only.
    if (this.spec.kind === "customers") match = lastNameBesideFirst(match);
    // A pet's name column of kinds (宠物: 猫 / 柯基) is the kind, not the name (fix67e).
    if (this.spec.kind === "customers") match = petKindByValues(match, rows);
    const headerRow = this.pending[match.rowIndex].n;
    this.formatted.headerRow = headerRow;
    this.headers = match.headers;
    this.source = {
      kind: this.spec.kind,
      sheetName: this.sheetName,
      headerRow,
      columns: Object.fromEntries(
        Object.entries(match.columns).map(([k, c]) => [k, match.headers[c]]),
      ),
      columnLetters: Object.fromEntries(
        Object.entries(match.columns).map(([k, c]) => [k, columnLetters(c)]),
      ),
      unmappedHeaders: match.unmapped.map((c) => match.headers[c]),
    };
    if (byValues >= 0) {
      const header = match.headers[byValues];
      this.sheetFinding("row_kind_by_values", header, { column: header }, headerRow);
    }
    if (byKey && this.keyFinding(match, byKey, headerRow)) return;
    const split = new Set(match.subColumns?.flatMap((p) => p.others) ?? []);
    for (const pick of match.subColumns ?? []) this.subColumnsFinding(match, pick, headerRow);
    const unread: { column: number; header: string }[] = [];
    // No owner column: an unread column of a handful of repeated names is said as the likely one
    // (tester60 U99: 专属美容师 小美 / 阿芳, every call under （未指定）, nothing said).
    const likelyOwner =
      this.spec.kind === "customers" && !("owner" in match.columns)
        ? likelyOwnerColumn(
            match.unmapped.map((c) => ({ column: c, header: match.headers[c] })),
            rows.slice(match.rowIndex + 1),
          )
        : null;
    for (const c of match.unmapped) {
      if (split.has(c)) continue; // said by the split column's finding
      // A header written again (a second 金额(元)): said as the duplicate it is, with both
      // columns and which was read, not as "not recognised" (tester44 #4).
      const twin = duplicateOf(match, c);
      if (twin) {
        this.duplicateFinding(match, twin, c, headerRow);
        continue;
      }
      unread.push({ column: c, header: match.headers[c] });
      // A near miss of a field with no column (负责任 for 负责人) leaves that field empty on every
      // row: asked to check, not a note (tester16 #2).
      const below = this.pending.slice(match.rowIndex + 1, match.rowIndex + 1 + HINT_VALUES);
      const near = unmappedHint(
        match,
        c,
        this.spec,
        below.map((p) => p.row[c]),
        this.knownId,
      );
      // A near miss (负责任 for 负责人) is said as that; else a column of a handful of names.
      if (!near.field && c === likelyOwner?.column) {
        const { names, rows: filled } = likelyOwner;
        this.sheetFinding(
          "owner_column_likely",
          match.headers[c],
          {
            value: match.headers[c],
            count: names.length,
            rows: filled,
            names: names.join("、"),
            namesEn: names.join(", "),
          },
          headerRow,
        );
        continue;
      }
      this.sheetFinding(
        near.field ? "unmapped_near_field" : "unmapped_column",
        match.headers[c],
        { value: match.headers[c], ...near },
        headerRow,
      );
    }
    // A transactions column not read may say which rows are returns or voided (类型 = 退货).
    if (this.spec.kind === "transactions" && unread.length > 0)
      this.notSale = new NotSaleRows(unread);
    // A column naming who approved each document (U8's 审核人): its blanks are said.
    const approver = this.spec.kind === "transactions" ? approverColumn(unread) : undefined;
    if (approver) this.unapproved = new UnapprovedRows(approver.column, approver.header);
    // The item bought (产品, 治疗项目) may name a refund of it: 正畸退费 written positive.
    // The product column's names are read once each from the built table (no cell per row, 1M at
    // 100k), unless a row-kind column may call a row a sale: then per row, beside the kind.
    const product = match.columns.product;
    const perRow = product !== undefined && match.columns.rowKind !== undefined;
    const items = [
      ...(perRow ? [{ column: product, header: match.headers[product] }] : []),
      ...unread.filter((u) => itemHeader(u.header)),
    ];
    if (this.spec.kind === "transactions" && items.length > 0)
      this.itemRefunds = new ItemRefunds(items);
    if (this.spec.kind === "transactions" && product !== undefined && !perRow)
      this.productRefunds = match.headers[product];
    if (match.missing.length > 0) this.missing = match.missing;
    if (match.missing.length === 1) {
      const fd = this.spec.fields.find((x) => x.key === match.missing[0])!;
      this.sheetFinding(
        "missing_column",
        "",
        {
          field: fd.label["zh-CN"],
          fieldEn: fd.label["en-US"],
          synonyms: acceptedNames(fd.synonyms, match.headers).zh,
          synonymsEn: acceptedNames(fd.synonyms, match.headers).en,
          ...headersFound(match.headers),
          ...hintOf(
            didYouMean(match, fd, this.knownId && ((c) => this.holdsIds(match, c))),
            otherSheetHint(match.headers, this.spec),
            fd,
            match.headers,
            this.spec.kind,
            this.idPartner,
          ),
        },
        headerRow,
      );
      this.failed = true;
      return;
    }
    if (match.missing.length > 1) {
      // Several required columns missing: one finding naming them all, with the headers found and
      // the other-sheet question said once (tester44 #8b: a swapped file's error repeated
      // "Headers found: … These columns look like the Customers sheet's …?" per column).
      this.missingColumns(match, headerRow);
      this.failed = true;
      return;
    }
    this.onHeader?.(match.headers);
    this.idColumn = match.columns.customerId ?? -1;
    this.readAhead = readAheadPlan(this.spec, match.columns);
    this.reader = new RowReader(
      this.spec,
      this.sheetName,
      match.columns,
      match.headers,
      this.findings,
      this.asOf,
    );
    this.reader.uncalculated = this.uncalculated;
    // Dates with no year on a month's sheet: the year its name or title gives (tester65 U201).
    if (this.spec.kind === "transactions")
      this.reader.sheetYear = sheetYear(
        this.sheetName,
        this.pending.slice(0, match.rowIndex).map((p) => p.row),
      );
    if (this.spec.kind === "transactions") {
      const at = (key: string) => match.columns[key];
      if (at("rowKind") !== undefined)
        this.rowKinds = new RowKinds(
          at("rowKind"),
          match.headers[at("rowKind")],
          "all",
          invoiceSheet(match.headers),
          fulfillmentColumn(match),
        );
      // No row-kind column: an item column's top-ups (项目 会员卡充值 among 洁牙, 补牙) are read as
      // such, and no purchase beside the card uses they paid for (tester63 U162: 7,700 for 2,700).
      else if (at("product") !== undefined)
        this.itemTopUps = new RowKinds(at("product"), match.headers[at("product")], "topUps");
      if (at("refundStatus") !== undefined)
        this.refundKinds = new RowKinds(
          at("refundStatus"),
          match.headers[at("refundStatus")],
          "refunds",
        );
      // On a sheet of invoices, the status beside the type (a QuickBooks Invoice List's Status
      // beside its Transaction Type) says an open invoice billed, as a status alone does (tester62
      // U140: Open / 未付款 voided there, revenue 400 for 700).
      if (at("rowStatus") !== undefined)
        this.statusKinds = new RowKinds(
          at("rowStatus"),
          match.headers[at("rowStatus")],
          "notUsed",
          invoiceSheet(match.headers),
        );
      if (at("currency") !== undefined)
        this.currencyColumn = new CurrencyColumn(at("currency"), match.headers[at("currency")]);
      if (at("cardAmount") !== undefined)
        this.cardAmounts = new CardAmounts(
          match.headers[at("cardAmount")],
          match.headers[at("amount")] ?? "",
        );
      // The refunds, or else the totals after them (Etsy's Adjusted Order Total): one, not both.
      if (at("refundAmount") !== undefined)
        this.refundAmounts = new RefundAmounts(
          at("refundAmount"),
          match.headers[at("refundAmount")],
        );
      else if (at("adjustedAmount") !== undefined)
        this.refundAmounts = new RefundAmounts(
          at("adjustedAmount"),
          match.headers[at("adjustedAmount")],
          true,
        );
      if (at("payment") !== undefined)
        this.payments = new RowTextColumn(at("payment"), match.headers[at("payment")]);
      // Paid from stored value: said by the payment column, or a sale word of the row type's
      // (类别 储值消费; tester59 U83).
      if (at("payment") !== undefined || at("rowKind") !== undefined)
        this.storedValue = new StoredValue(
          at("payment") ?? -1,
          at("payment") === undefined ? "" : match.headers[at("payment")],
          at("rowKind") ?? -1,
          at("rowKind") === undefined ? "" : match.headers[at("rowKind")],
          // No row-type column: the item column's 退卡退余额 refunds the balance (tester64 U183).
          at("rowKind") === undefined ? (at("product") ?? -1) : -1,
        );
      const { note, decline, time, lineId, due, terms, balance } = sideColumns(match);
      if (note !== undefined) this.notes = new RowTextColumn(note, match.headers[note]);
      this.declineAt = decline ?? -1;
      this.timeAt = time ?? -1;
      this.dueAt = due ?? -1;
      this.termsAt = terms ?? -1;
      this.balanceAt = balance ?? -1;
      if (lineId !== undefined) this.lineIds = new RowTextColumn(lineId, match.headers[lineId]);
    }
    const rest = this.pending.slice(match.rowIndex + 1);
    this.pending = [];
    for (const p of rest)
      if (p.block) {
        this.dataBlockRow(p.block, p.index!, p.n);
        // The line above the next row, whatever block that row is in (continuationLines.ts).
        this.lastRow = p.row;
        this.lastN = p.n;
      } else this.dataRow(p.row, p.n);
  }

  /**
   * The match with the customer read from `key`'s column: the column read as the customer ID
   * before, if another, becomes an order's ID when the sheet has none (a Shopify order's Id), else
   * a column not read.
   */
  private keyedBy(match: HeaderMatch, key: KeyChoice): HeaderMatch {
    const before = match.columns.customerId;
    const columns: Record<string, number> = { ...match.columns, customerId: key.column };
    let unmapped = match.unmapped.filter((c) => c !== key.column);
    const hasOrder = this.spec.fields.some((fd) => fd.key === "orderId");
    if (before !== undefined && before !== key.column) {
      if (hasOrder && columns.orderId === undefined) columns.orderId = before;
      else unmapped = [...unmapped, before].sort((a, b) => a - b);
    }
    const missing = match.missing.filter((f) => f !== "customerId");
    return { ...match, columns, unmapped, missing };
  }

  /**
   * Says how the rows are matched to customers (`key`): by the field's values (info), or, when two
   * customers have one of them, not at all (the sheet fails: true).
   */
  private keyFinding(match: HeaderMatch, key: KeyChoice, headerRow: number): boolean {
    const column = match.headers[key.column];
    const customers = this.customerKeys!;
    const params = {
      column,
      letter: columnLetters(key.column),
      customersColumn: customers.header(key.field),
      ...keyWhat(key.field),
    };
    // Values two customers share leave only their rows unmatched, each said (reportKeyMisses):
    // a nickname two members have dropped the whole 售后 sheet, a family's one phone stopped the
    // run, though no row named it (reviewer65 M2, M8).
    this.keyed = { field: key.field, headerRow, params, shared: key.shared };
    customers.adopt(key.field);
    this.sheetFinding("customer_key_by_other", column, params, headerRow);
    return false;
  }

  /**
   * Says the rows whose key joined no customer for a reason keyedBy knows (KeyMisses): those whose
   * value two customers or more share, and those whose plate is one character off one customer's,
   * one summary each with their counts and values (the rows said one by one too). When the shared
   * values are more than half the sheet's rows (UNREADABLE_SHARE_STOP, and UNREADABLE_ROWS_STOP
   * or more: the line a required column unreadable on most rows stops at), the sheet is not read:
   * what is left would say more of the key than of the customers.
   */
  private reportKeyMisses(): void {
    const keyed = this.keyed;
    if (!keyed || !this.customerKeys) return;
    const misses = this.customerKeys.misses(keyed.field);
    // This sheet's sales money, and the rows' a shared value left out (KeyMisses.spent).
    const money = misses.takeMoney();
    const rowsOf = (code: string) => {
      const rows = new Set<number>();
      const values = new Map<string, { value: string; rows: number; key: string }>();
      for (const f of this.findings) {
        if (f.sheet !== this.sheetName || f.code !== code || rows.has(f.row)) continue;
        rows.add(f.row);
        const key = customerKey(f.value);
        const v = values.get(key);
        if (v) v.rows++;
        else values.set(key, { value: f.value, rows: 1, key });
      }
      return { rows: rows.size, values: [...values.values()].sort((a, b) => b.rows - a.rows) };
    };
    const rows = this.counts.read - this.counts.skipped;
    const { params, headerRow } = keyed;
    const column = params.column;
    const examples = (
      values: { value: string; rows: number; key: string }[],
      each: (v: { value: string; rows: number; key: string }, lang: Lang) => string,
    ) => {
      const list = (lang: Lang) =>
        values
          .slice(0, KEY_MISS_EXAMPLES)
          .map((v) => each(v, lang))
          .join(say(lang, "ingest", "nameSeparator")) +
        (values.length > KEY_MISS_EXAMPLES ? say(lang, "ingest", "andMore") : "");
      return { examples: list("zh-CN"), examplesEn: list("en-US") };
    };
    const shared = rowsOf("customer_key_shared_row");
    if (shared.rows > rows * UNREADABLE_SHARE_STOP && shared.rows >= UNREADABLE_ROWS_STOP) {
      // Most rows name a value customers share: the sheet is not read (a required one stops).
      for (let i = this.findings.length - 1; i >= 0; i--) {
        const f = this.findings[i];
        if (f.sheet === this.sheetName && f.code === "customer_key_shared_row")
          this.findings.splice(i, 1);
      }
      this.sheetFinding(
        "customer_key_shared",
        column,
        {
          ...params,
          count: keyed.shared,
          // The value most of its rows name, not the first of the customer list's.
          value: shared.values[0].value,
          rows: shared.rows,
          read: rows,
        },
        headerRow,
      );
      this.failed = true;
      return;
    }
    // Per value: its rows and whose it is (the customers sharing it, the member a household's
    // phone is counted for, or the member it is one off).
    const summaries = [
      ["customer_key_shared_rows", shared, "keySharedExample"],
      ["customer_key_household_rows", rowsOf("customer_key_household_row"), "keyHouseholdExample"],
      ["customer_key_near_rows", rowsOf("customer_key_near"), "keyNearExample"],
    ] as const;
    // The money of the shared value's rows (left out, or a household's counted for its first
    // member), beside the sheet's: said with their rows, as the rows left for want of a year are
    // (rows_no_year; reviewer66 M7: 8 rows, 32 % of the money).
    const moneyOf = (amount: number, lang: Lang) =>
      amount > 0 && money.all > 0
        ? say(lang, "ingest", "keySharedMoney", {
            amount: Math.round(amount * 100) / 100,
            share: sharePercent(amount, money.all),
          })
        : "";
    const moneyOfRows = {
      customer_key_shared_rows: money.shared,
      customer_key_household_rows: money.household,
    } as Partial<Record<string, number>>;
    for (const [code, found, example] of summaries) {
      if (found.rows === 0) continue;
      const each = (v: { value: string; rows: number; key: string }, lang: Lang) => {
        const m = misses.miss(v.key, v.value)!.params;
        const h = half(lang);
        return say(lang, "ingest", example, {
          value: v.value,
          rows: v.rows,
          near: m.near ?? "",
          customers: { zh: m.customers, en: m.customersEn }[h] ?? "",
          customer: { zh: m.customer, en: m.customerEn }[h] ?? "",
        });
      };
      this.sheetFinding(
        code,
        column,
        {
          ...params,
          rows: found.rows,
          read: rows,
          value: found.values[0].value,
          ...examples(found.values, each),
          ...(moneyOfRows[code] !== undefined
            ? {
                money: moneyOf(moneyOfRows[code]!, "zh-CN"),
                moneyEn: moneyOf(moneyOfRows[code]!, "en-US"),
              }
            : {}),
        },
        headerRow,
      );
    }
  }

  /**
   * Whether column `c`'s first values under the header (HINT_VALUES) are half or more the
   * customers' IDs (knownId): a customer ID hint is asked only of such a column.
   */
  private holdsIds(match: HeaderMatch, c: number): boolean {
    const below = this.pending.slice(match.rowIndex + 1, match.rowIndex + 1 + HINT_VALUES);
    const { hits, filled } = tally(
      below.map((p) => p.row),
      c,
      this.knownId!,
    );
    return hits * 2 >= filled && hits > 0;
  }

  /** One missing_column finding for the required fields of `match.missing` (two or more). */
  private missingColumns(match: HeaderMatch, headerRow: number): void {
    const fields = match.missing.map((key) => this.spec.fields.find((x) => x.key === key)!);
    const names = (lang: Lang) => {
      const quoted = fields.map((fd) =>
        say(lang, "ingest", "quotedField", { label: fd.label[lang] }),
      );
      return say(lang, "ingest", "fieldsJoined", {
        first: quoted.slice(0, -1).join(say(lang, "ingest", "nameSeparator")),
        last: quoted[quoted.length - 1],
      });
    };
    const accepted = (lang: Lang) =>
      fields
        .map((fd) =>
          say(lang, "ingest", "fieldWithNames", {
            label: fd.label[lang],
            names: acceptedNames(fd.synonyms, match.headers)[half(lang)],
          }),
        )
        .join(say(lang, "ingest", "fieldSeparator"));
    // Each typo asked about once; else the other sheet's question, once. A hint opens with the
    // full stop of the sentence before it (". Did you mean", "。列…"): the later ones drop it.
    const isId = this.knownId && ((c: number) => this.holdsIds(match, c));
    const typos = fields.map((fd) => didYouMean(match, fd, isId)).filter((h) => h.hint !== "");
    const after = (text: string, i: number) => (i ? text.slice(1) : text);
    const hints = typos.length
      ? {
          hint: typos.map((h, i) => after(h.hint, i)).join(""),
          hintEn: typos.map((h, i) => after(h.hintEn, i)).join(""),
        }
      : otherSheetHint(match.headers, this.spec);
    this.addFinding(
      "missing_column",
      headerRow,
      "",
      "",
      sayBoth("quality", "missing_columns", {
        fields: names("zh-CN"),
        fieldsEn: names("en-US"),
        synonyms: accepted("zh-CN"),
        synonymsEn: accepted("en-US"),
        ...headersFound(match.headers),
        ...hints,
      }),
    );
  }

  /**
   * The finding for column `other`, a header that column `twin.column` (read as `twin.field`)
   * already has: both columns named, letters in a workbook and numbers in a CSV file, and on
   * Customers the name column that is then missing (客户名称 typed as a second 客户编号).
   */
  private duplicateFinding(
    match: HeaderMatch,
    twin: { field: string; column: number },
    other: number,
    headerRow: number,
  ): void {
    const fd = this.spec.fields.find((x) => x.key === twin.field)!;
    const at = (lang: Lang, c: number) =>
      this.fieldsMatchHeader
        ? say(lang, "ingest", "columnNumber", { n: c + 1 })
        : say(lang, "ingest", "columnLetter", { letter: columnLetters(c) });
    const name = this.spec.fields.find((x) => x.key === "name");
    const missing = (lang: Lang) =>
      this.spec.kind === "customers" && name && !("name" in match.columns)
        ? say(lang, "ingest", "duplicateMissing", { field: name.label[lang] })
        : "";
    const header = match.headers[other];
    this.addFinding(
      "duplicate_column",
      headerRow,
      header,
      header,
      qualityMessage("duplicate_column", {
        value: header,
        field: fd.label["zh-CN"],
        fieldEn: fd.label["en-US"],
        first: at("zh-CN", twin.column),
        firstEn: at("en-US", twin.column),
        second: at("zh-CN", other),
        secondEn: at("en-US", other),
        missing: missing("zh-CN"),
        missingEn: missing("en-US"),
      }),
    );
  }

  private dataRow(row: readonly Cell[], n: number): void {
    if (this.mergedAreas) row = this.mergedFill(row, n);
    this.reader!.at(row, n);
    this.current(n, allBlank(row));
    this.lastRow = row;
    this.lastN = n;
  }

  private dataBlockRow(block: ColumnBlock, i: number, n: number): void {
    this.reader!.atBlock(block, i, n);
    this.current(n, blockRowBlank(block, i));
  }

  /** The reader's current row (row number n), once its place is set. */
  private current(n: number, blank: boolean): void {
    if (blank) {
      this.blankRun.push(n);
      return;
    }
    // Blank rows followed by data are inside the table: count and report them. (No new array for
    // a row after none: one per row was 1.4M empty arrays of garbage at 100k.)
    if (this.blankRun.length > 0) {
      for (const b of this.blankRun) this.skip(b, "blank_row", "");
      this.blankRun = [];
    }
    const reader = this.reader!;
    const totalsLabel = this.totalsLabel(reader);
    if (totalsLabel !== null) {
      // The header again inside the data (exports pasted together, a paged report).
      const repeated = totalsLabel === this.headers[this.idColumn] && totalsLabel !== "";
      this.skip(n, repeated ? "repeated_header" : "totals_row", totalsLabel);
      return;
    }
    const footnote = this.footnoteLabel(reader);
    if (footnote !== null) {
      this.skip(n, "footer_row", footnote);
      return;
    }
    if (this.fieldsMatchHeader && !this.fieldsLineUp(reader, n)) return;
    // Asked once (null: not a transactions sheet with a product column; ??= would ask each row).
    if (this.continuation === undefined)
      this.continuation = ContinuationLines.of(this.spec, reader.columns, this.timeAt);
    if (this.continuation?.candidate(reader)) {
      const filled = this.continuation.fill(reader, n, this.above(reader, n));
      if (filled) reader.at(filled, n);
      else if (this.continuation.ownSales.at(-1) === n) (reader.ownSales ??= new Set()).add(n);
    }
    if (this.orderTotals === undefined)
      this.orderTotals = OrderTotalLines.of(this.spec, reader.columns);
    // A further line of an order whose first line holds the order's total (orderTotalLines.ts).
    const totals = this.orderTotals;
    const inTotal = totals?.candidate(reader)
      ? totals.inTotal(reader, n, this.above(reader, n))
      : null;
    if (inTotal) {
      reader.at(inTotal, n);
      (reader.orderTotalLines ??= new Set()).add(n);
    }
    if (this.repeatedTotals === undefined)
      this.repeatedTotals = RepeatedOrderTotals.of(this.spec, reader.columns, this.headers);
    // A further line repeating its order's total (repeatedOrderTotals.ts): its amount read as 0.
    const repeated = this.repeatedTotals?.repeated(reader, n) ?? null;
    if (repeated) {
      reader.at(repeated, n);
      (reader.orderTotalLines ??= new Set()).add(n);
    }
    const waiting = reader.observeDates();
    if (waiting && this.held.length < HELD_ROWS_MAX) {
      this.held.push(reader.place());
      return;
    }
    if (waiting) reader.assumeDateOrders();
    if (this.held.length > 0) {
      const here = reader.place();
      this.commitHeld();
      reader.moveTo(here);
    }
    this.commit();
  }

  /**
   * Checks a CSV row's field count against the header's. More fields than the header, the extra
   * ones not blank: when exactly one number column's value and the fields after it rejoin into a
   * number with thousands separators ("1" "240.40" → 1,240.40: an unquoted number, a common
   * hand-made or badly exported CSV), the row is read rejoined with a warning naming that column;
   * otherwise the row is reported and not used (its values are in the wrong columns). False when
   * the row is not to be used.
   */
  private fieldsLineUp(reader: RowReader, n: number): boolean {
    const headerFields = this.headers.length;
    const width = reader.width;
    let last = width - 1;
    while (last >= headerFields && isBlank(reader.cellAt(last))) last--;
    if (last < headerFields) return true;
    const fields = last + 1;
    const extra = fields - headerFields;
    const row: Cell[] = [];
    for (let c = 0; c < fields; c++) row.push(reader.cellAt(c));
    const rejoined = rejoinNumber(row, extra, this.spec, reader.columns);
    if (rejoined) {
      reader.at(rejoined.row, n);
      reader.report("row_number_rejoined", rejoined.field, rejoined.text, {
        fields,
        headerFields,
        number: rejoined.text.replace(/,/g, ""),
      });
      return true;
    }
    this.counts.read++;
    this.counts.rejected++;
    reader.report("too_many_fields", null, row.map((c) => cellText(c)).join(","), {
      fields,
      headerFields,
    });
    return false;
  }

  private commitHeld(): void {
    const held = this.held;
    this.held = [];
    const reader = this.reader!;
    for (const h of held) {
      reader.moveTo(h);
      this.commit();
    }
  }

  /**
   * Keeps a voided row whose status says its charge failed (FAILED_CHARGE_WORDS) with its customer
   * ID and day (SheetSource.failedCharges; ingest/paymentFailed.ts joins them to customers).
   */
  private noteFailedCharge(reader: RowReader, source: SheetSource): void {
    const said = [this.rowKinds, this.statusKinds].some(
      (k) => k !== null && failedChargeWord(cellText(reader.cellAt(k.column))),
    );
    if (!said) return;
    const id = cellText(reader.cell("customerId")).trim();
    const day = parseDate(reader.cell("date"), reader.dateOrder("date"));
    if (id === "" || Number.isNaN(day)) return;
    const f: NonNullable<SheetSource["failedCharges"]>[number] = {
      row: reader.rowNumber,
      id,
      day: Math.floor(day),
    };
    // Why it failed (Decline Reason: expired_card), quoted in the call about the card.
    const why = this.declineAt >= 0 ? cellText(reader.cellAt(this.declineAt)).trim() : "";
    if (why !== "") f.why = why.slice(0, DECLINE_REASON_CHARS);
    (source.failedCharges ??= []).push(f);
  }

  /**
   * Keeps an invoice awaiting payment (row kind billed) with its customer ID, day, amount and
   * whether its status says overdue (QuickBooks' Overdue), and its due date where the sheet has
   * one, else its terms give one (Stripe's open has no overdue word: paymentFailed.ts reads it
   * against the analysis date);
   * SheetSource.billedRows.
   */
  private noteBilled(reader: RowReader, source: SheetSource): void {
    const said = [this.rowKinds, this.statusKinds].some(
      (k) => k !== null && overdueWord(cellText(reader.cellAt(k.column))),
    );
    const id = this.rowCustomer();
    const day = Math.floor(parseDate(reader.cell("date"), reader.dateOrder("date")));
    // What is still to be paid where the sheet says (Open Balance), else the invoice's amount.
    const balance =
      this.balanceAt < 0
        ? NaN
        : readAmount(reader.cellAt(this.balanceAt), this.amountScratch).value;
    const amount =
      balance >= 0
        ? balance
        : Math.abs(readAmount(reader.cell("amount"), this.amountScratch).value);
    if (id === "" || Number.isNaN(day) || !(amount > 0)) return;
    // Its due date where the sheet has one, else its day plus its terms (Net 30: reviewer66 M8),
    // else the terms its way of paying names (Shopify's Payment Method `Net 30 (manual)`: tester69
    // U521), its bracketed aside dropped.
    const due =
      this.dueAt >= 0
        ? Math.floor(parseDate(reader.cellAt(this.dueAt), reader.dateOrder("date")))
        : this.termsAt >= 0
          ? termsDue(day, cellText(reader.cellAt(this.termsAt)))
          : termsDue(day, cellText(reader.cell("payment")).replace(/[(（][^)）]*[)）]\s*$/, ""));
    const billed = { row: reader.rowNumber, id, day, amount, overdue: said, due };
    // Keyed by the customers' e-mails (a Shopify orders export): joined now, while those join.
    const customer = this.keyed
      ? this.customerKeys?.customer(reader.cell("customerId"))
      : undefined;
    (source.billedRows ??= []).push(customer === undefined ? billed : { ...billed, customer });
  }

  /**
   * Keeps an order refunded whole (row kind refunded) with its customer ID (and its customer when
   * the sheet names them by e-mail: noteBilled), day and amount: SheetSource.refundedRows, the
   * refund reason's (churn/refunded.ts; tester69 U506). A further line of the order, its amount
   * blank, adds none.
   */
  private noteRefunded(reader: RowReader, source: SheetSource): void {
    const id = this.rowCustomer();
    const day = Math.floor(parseDate(reader.cell("date"), reader.dateOrder("date")));
    const amount = Math.abs(readAmount(reader.cell("amount"), this.amountScratch).value);
    if (id === "" || Number.isNaN(day) || !(amount > 0)) return;
    const refund = { row: reader.rowNumber, id, day, amount };
    const customer = this.keyed
      ? this.customerKeys?.customer(reader.cell("customerId"))
      : undefined;
    (source.refundedRows ??= []).push(customer === undefined ? refund : { ...refund, customer });
  }

  /** Decides the held payment rows (settlePayment), the reader left where it was. */
  private settlePayments(): void {
    const held = this.heldPayments;
    if (held.length === 0) return;
    this.heldPayments = [];
    const reader = this.reader!;
    const here = reader.place();
    for (const h of held) {
      reader.moveTo(h);
      this.settlePayment();
    }
    reader.moveTo(here);
  }

  /**
   * The reader's payment row: a payment of its customer's sales when her sale and billed rows on
   * the sheet come to its amount or more (QuickBooks' Payment of her Invoice, 收款单 of her
   * 销售出库单): no purchase, the same money again, not used (row_kind_payment). Else (a sheet of
   * payments alone, 收款记录 of 回款; a school's 收款 of tuition beside a textbook 销售 of 120,
   * reviewer62 R7) the payment is her purchase, committed (row_kind_payment_counted).
   */
  private settlePayment(): void {
    const reader = this.reader!;
    const sales = this.saleMoney.get(this.rowCustomer());
    const paid = Math.abs(readAmount(reader.cell("amount"), this.amountScratch).value);
    const split = this.rowKinds!.payments;
    if (sales !== undefined && !(paid > sales + 0.005)) {
      if (split.notUsed.count++ === 0) split.notUsed.row = reader.rowNumber;
      this.counts.rejected++;
      return;
    }
    if (split.counted.count++ === 0) split.counted.row = reader.rowNumber;
    this.commit(true);
  }

  /**
   * Hands the reader's current row to the table builder, its dates' column orders decided;
   * `payment`: a payment row held (heldPayments), read already, now committed as a purchase.
   */
  private commit(payment = false): void {
    if (!payment) this.counts.read++;
    const reader = this.reader!;
    // A voided order, a gift, a draft or a fee is no purchase: not used, said once per kind
    // (readRowKinds).
    const kinds = this.rowKinds;
    const negative = () => readAmount(reader.cell("amount"), this.amountScratch).value < 0;
    // The money refunded on the order (退款金额): a part of it keeps the order, whatever its status
    // says of the refund (refundAmounts.ts).
    const refundAmounts = this.refundAmounts;
    const share: RefundShare = refundAmounts
      ? refundAmounts.shareOf(
          reader,
          readAmount(reader.cell("amount"), this.amountScratch).value,
          this.refundKinds?.column,
        )
      : "none";
    const part = share === "part";
    let kind: ReturnType<RowKinds["kindOf"]> | undefined = payment
      ? "payment"
      : kinds
        ? kinds.kindOf(reader, reader.rowNumber, kinds.orderStatus && negative(), part)
        : this.itemTopUps?.kindOf(reader, reader.rowNumber);
    // A payment received (QuickBooks' Payment, 收款单) of its customer's sale on the sheet is no
    // purchase (tester62 U149): held until the sheet's sales are all read (settlePayment).
    if (kind === "payment" && !payment) {
      if (reader.hasUnsettled) reader.settleRow(-1);
      if (this.paymentsNow) this.settlePayment();
      else {
        this.heldPayments.push(reader.place());
        if (this.heldPayments.length >= PAYMENTS_HELD_MAX) {
          this.paymentsNow = true;
          this.settlePayments();
        }
      }
      return;
    }
    // A status beside the type (单据状态 创建 beside 单据类型 标准销售出库单): a draft is no sale.
    const status = this.statusKinds;
    // An invoice awaiting payment, said by the type or the status beside it (QuickBooks' Overdue).
    let billed = kind === "billed";
    if (status && !notUsed(kind)) {
      const said = status.kindOf(reader, reader.rowNumber, negative(), part);
      if (notUsed(said)) kind = said;
      else if (said === "billed") billed = true;
    }
    // An after-sales column's refund (售后状态 退款成功) of an order that otherwise stands.
    const refunds = this.refundKinds;
    if (refunds && !notUsed(kind)) {
      const refund = refunds.kindOf(reader, reader.rowNumber, negative(), part);
      if (refund === "refunded" || refund === "returned") kind = refund;
    }
    // All of it refunded, though no status says so: no purchase either.
    if (share === "whole" && !notUsed(kind) && kind !== "returned") {
      refundAmounts!.refunded(reader.rowNumber);
      kind = "refunded";
    }
    if (notUsed(kind)) {
      this.counts.rejected++;
      // A failed charge (Stripe's Failed): no sale, kept to say the card to update (tester61 U134).
      if (kind === "voided" && this.source) this.noteFailedCharge(reader, this.source);
      // An order refunded whole: kept, the refund reason's when nothing was bought since (U506).
      if (kind === "refunded" && this.source) this.noteRefunded(reader, this.source);
      if (reader.hasUnsettled) reader.settleRow(-1);
      return;
    }
    // A card use (划卡) with nothing written in its amount is a visit at 0 (tester60 U94).
    const stored = this.storedValue;
    reader.blankAmountIsZero = kind === "sale" && stored !== null && stored.cardUse(reader);
    // An order placed, awaiting payment and not sent: her order on its day, its money not yet.
    reader.amountIsZero = kind === "placed";
    const used = this.builder.add(reader);
    reader.blankAmountIsZero = false;
    reader.amountIsZero = false;
    if (used) this.counts.used++;
    else this.counts.rejected++;
    if (used && kind === "returned")
      (this.rowKinds ?? this.refundKinds)!.returnedRow(this.counts.used - 1);
    if (used && kind === "unknown") kinds!.counted(reader, reader.rowNumber);
    // An invoice awaiting payment: kept, to say the money owed (tester62 U148).
    if (used && billed && this.source) this.noteBilled(reader, this.source);
    if (used && (kind === "sale" || kind === "billed")) {
      const id = this.rowCustomer();
      const money = Math.abs(readAmount(reader.cell("amount"), this.amountScratch).value);
      if (!Number.isNaN(money)) this.saleMoney.set(id, (this.saleMoney.get(id) ?? 0) + money);
    }
    if (used && part) refundAmounts!.deducted(this.counts.used - 1, reader.rowNumber);
    if (used && share === "raised")
      refundAmounts!.raisedRow(this.counts.used - 1, reader.rowNumber);
    if (used && this.currencyColumn) this.currencyColumn.see(reader, reader.rowNumber);
    if (used && usesWritten(reader.cell("amount"))) {
      const u = (this.usesRows ??= { count: 0, row: reader.rowNumber, value: "" });
      if (u.count++ === 0) u.value = cellText(reader.cell("amount")).trim();
    }
    if (used && this.cardAmounts) this.seeCardAmount(reader);
    if (used && (kind === "topUp" || stored))
      (this.storedValue ??= new StoredValue(-1, "")).see(
        reader,
        reader.rowNumber,
        kind === "topUp",
        this.rowCustomer,
        this.rowAmount,
      );
    if (used && this.payments) this.payments.see(reader, reader.rowNumber);
    if (used && this.notes) this.notes.see(reader, reader.rowNumber);
    if (used && this.lineIds) this.lineIds.see(reader, reader.rowNumber);
    if (used && this.unapproved) this.unapproved.see(reader, reader.rowNumber);
    if (used && this.notSale) this.notSale.see(reader, this.counts.used - 1, reader.rowNumber);
    // A row its row-kind column calls a sale or a return is that, whatever its item's name.
    if (used && this.itemRefunds && kind !== "sale" && kind !== "returned")
      this.itemRefunds.see(reader, this.counts.used - 1, reader.rowNumber);
    // Each used row is one table row, so its index is the count of used rows before it.
    if (reader.hasUnsettled) reader.settleRow(used ? this.counts.used - 1 : -1);
  }

  /**
   * A row, or a cell, that the source decoded in another encoding than the file's, or whose bytes
   * were invalid (SheetNotes.encoding): reported when the sheet ends, when its header is known (a
   * small file's is found only then), a cell by its header and letters.
   */
  encodingNote(
    row: number,
    code: "encoding_fallback" | "invalid_encoding",
    params: Parameters<SheetNotes["encoding"]>[2],
  ): void {
    this.encodings.push({ row, code, params });
  }

  /** csv_read_as_big5, naming the file's first cell with Chinese text (SheetNotes.readAsBig5). */
  private reportBig5(): void {
    if (!this.big5) return;
    const { row, column, text } = this.big5;
    const letter = column < 0 ? "" : columnLetters(column);
    const header = column < 0 ? "" : this.headers[column] || letter;
    this.addFinding(
      "csv_read_as_big5",
      row,
      header,
      text,
      qualityMessage("csv_read_as_big5", {
        row,
        value: text,
        letter,
        field: header,
        fieldEn: header,
      }),
    );
    this.big5 = undefined;
  }

  private reportEncodings(): void {
    for (const { row, code, params } of this.encodings) {
      const at = params.column;
      const letter = at === undefined ? "" : columnLetters(at);
      const header = at === undefined ? "" : this.headers[at] || letter;
      const words = { ...params, field: header, fieldEn: header, letter };
      this.addFinding(
        code,
        row,
        header,
        decodedText(params.text ?? ""),
        at === undefined
          ? qualityMessage(code, words)
          : sayBoth(
              "quality",
              code === "invalid_encoding" ? "invalid_encoding_cell" : "encoding_fallback_cell",
              words,
            ),
      );
    }
    this.encodings = [];
  }

  /**
   * A number in a date-formatted cell that no date has (a phone number formatted as a date): the
   * source read it as the number; it is reported, with its cell, when the sheet ends.
   *
   * @example ingest.notADate(5, 2, 13800138000) // a warning for C5 at finish()
   */
  notADate(row: number, column: number, value: number): void {
    this.notDates.push({ row, column, value });
  }

  /** A number cell formatted in a currency (SheetNotes.currencyCell), column zero-based. */
  currencyCell(row: number, column: number, code: number, value: number): void {
    this.formatted.add(row, column, code, value);
  }

  /**
   * A cell holding a formula with no saved result, told before its row: a required value missing
   * there is reported as such (formula_without_result), not as an empty cell.
   */
  formulaWithoutResult(row: number, column: number): void {
    this.uncalculated.add(formulaCell(row, column));
  }

  private reportNotDates(): void {
    for (const { row, column, value } of this.notDates) {
      const cell = `${columnLetters(column)}${row}`;
      const text = String(value);
      this.addFinding(
        "number_in_date_cell",
        row,
        this.headers[column] || columnLetters(column),
        text,
        qualityMessage("number_in_date_cell", { cell, value: text }),
      );
    }
    this.notDates = [];
  }

  /**
   * The totals label of a 合计/总计/Total row, or null: checked in the id column and the first cells;
   * or the id column's header, on a row that repeats it there.
   */
  private totalsLabel(row: RowReader): string | null {
    if (this.idColumn >= 0 && row.rawDigitFirst(this.idColumn)) return null; // an id, not blank
    const id = this.idColumn >= 0 ? row.cellAt(this.idColumn) : null;
    if (this.idColumn >= 0 && isTotalsLabel(id)) return cellText(id);
    if (typeof id === "string" && id === this.headers[this.idColumn]) return id;
    const idBlank = this.idColumn < 0 || isBlank(id);
    if (!idBlank) return null;
    for (let c = 0; c < Math.min(row.width, 4); c++) {
      const cell = row.cellAt(c);
      if (isTotalsLabel(cell)) return cellText(cell);
    }
    return null;
  }

  /**
   * A footnote under the list (isFootnoteLabel: `共16位会员`, `备注：…`, `Note: …`), the only filled
   * cell of its row, or null: on the customer list in the id cell (tester60 U98: read as a
   * customer); on another sheet in any cell, as a row with one cell is none of its rows (tester61
   * U123: `注：金额单位为万元` under a 家装 firm's payments was a row with 3 errors).
   */
  private footnoteLabel(row: RowReader): string | null {
    const customers = this.spec.kind === "customers";
    if (customers && this.idColumn < 0) return null;
    let only = -1;
    // blankAt tells a raw cell from its bytes: cellAt made the text of two cells of every row of a
    // full sheet (1,000,000 transactions: ~0.25 CPU-s of decoding, stop 62).
    for (let c = 0; c < row.width; c++) {
      if (row.blankAt(c)) continue;
      if (only >= 0) return null;
      only = c;
    }
    if (only < 0 || (customers && only !== this.idColumn)) return null;
    const cell = row.cellAt(only);
    return isFootnoteLabel(cell) ? cellText(cell) : null;
  }

  private skip(
    n: number,
    code: "blank_row" | "totals_row" | "footer_row" | "repeated_header",
    value: string,
  ): void {
    this.counts.read++;
    this.counts.rejected++;
    this.counts.skipped++;
    // A footnote under a sheet of other rows than customers: not "not a customer".
    const words =
      code === "footer_row" && this.spec.kind !== "customers"
        ? sayBoth("quality", "footer_row_data", { value })
        : qualityMessage(code, { value });
    this.addFinding(code, n, "", value, words);
  }

  /**
   * A field's column split by a second header row (金额 over 含税 | 不含税: header.ts
   * withSubColumns): which column is read, by the rule (the first, under the merged header), the
   * others left out, and how to read another (tester52 L13).
   */
  private subColumnsFinding(
    match: HeaderMatch,
    pick: NonNullable<HeaderMatch["subColumns"]>[number],
    headerRow: number,
  ): void {
    // The read column keeps the merged header's text (金额: its unit and currency); its lower one.
    const name = (c: number) => (c === pick.read ? this.pendingSub(match, c) : match.headers[c]);
    const each = [pick.read, ...pick.others].map((c) => ({
      zh: `${columnLetters(c)} 列“${name(c)}”`,
      en: `column ${columnLetters(c)} “${name(c)}”`,
    }));
    this.sheetFinding(
      "header_split_column",
      pick.header,
      {
        value: pick.header,
        row: headerRow,
        header: pick.header,
        read: name(pick.read),
        column: columnLetters(pick.read),
        subs: each.map((e) => e.zh).join("、"),
        subsEn: each.map((e) => e.en).join(", "),
      },
      headerRow,
    );
  }

  /** The lower header row's text in column `c` (the row the match ends at). */
  private pendingSub(match: HeaderMatch, c: number): string {
    return cellText(this.pending[match.rowIndex]?.row[c] ?? null).trim();
  }

  /** Row n-1's cells by column, when at hand and below the header; null otherwise. */
  private above(reader: RowReader, n: number): ((c: number) => Cell) | null {
    if (n - 1 <= (this.source?.headerRow ?? 1)) return null;
    const block = reader.currentBlock;
    if (block !== null && reader.blockIndex > 0) {
      const i = reader.blockIndex - 1;
      return (c) => cellOf(block, c, i);
    }
    const row = this.lastRow;
    if (row === null || this.lastN !== n - 1) return null;
    return (c) => row[c] ?? null;
  }

  /** One warning when blank continuation lines were read with the line above's order fields. */
  private reportContinuation(): void {
    const carried = this.continuation?.result();
    // Lines whose order fields were filled (merges, continuation lines): no duplicates of the
    // line they were filled from (duplicateRows.ts; reviewer55 R8).
    // Further lines inside their order's total are filled from its first line too.
    const inTotals = this.reader?.orderTotalLines ?? [];
    const lines = [...this.filledLines, ...(carried?.lines ?? []), ...inTotals];
    if (lines.length > 0 && this.source) this.source.filledLines = lines.sort((a, b) => a - b);
    if (!carried) return;
    const named = (lang: Lang) =>
      carried.columns
        .map((c) => `“${this.headers[c] || columnLetters(c)}”`)
        .join(say(lang, "ingest", "nameSeparator"));
    const customer = this.reader!.columns.customerId;
    this.sheetFinding(
      "continuation_lines_filled",
      this.headers[customer] ?? "",
      {
        count: carried.rows,
        row: carried.first,
        fields: named("zh-CN"),
        fieldsEn: named("en-US"),
      },
      carried.first,
    );
  }

  /** One note when further order lines repeating their order's total were read as 0. */
  private reportRepeatedTotals(): void {
    const repeated = this.repeatedTotals;
    if (!repeated || repeated.count === 0) return;
    const columns = this.reader!.columns;
    this.sheetFinding(
      "order_total_repeated",
      this.headers[columns.amount] ?? "",
      {
        count: repeated.count,
        row: repeated.first,
        field: this.headers[columns.amount] ?? "",
        fieldEn: this.headers[columns.amount] ?? "",
        order: this.headers[columns.orderId] ?? "",
      },
      repeated.first,
    );
  }

  /** Row n with its vertical merges' values filled in (mergedFill.ts); blank rows stay blank. */
  private mergedFill(row: readonly Cell[], n: number): readonly Cell[] {
    if (!this.merged) {
      const once = new Set<number>();
      const columns = this.reader!.columns;
      for (const fd of this.spec.fields)
        if ((fd.kind === "amount" || fd.kind === "number") && fd.key in columns)
          once.add(columns[fd.key]);
      this.merged = new MergedFill(this.mergedAreas!, this.source?.headerRow ?? 1, once);
    }
    if (allBlank(row)) return row;
    const filled = this.merged.fill(row, n);
    // A line whose customer or order id came from a merge above is no typed copy of it (R8).
    const columns = this.reader!.columns;
    if (
      filled !== row &&
      (["customerId", "orderId"] as const).some(
        (k) => k in columns && isBlank(row[columns[k]] ?? null) && !isBlank(filled[columns[k]]),
      )
    )
      this.filledLines.push(n);
    return filled;
  }

  /** One note per column whose merged cells were filled: which, how many areas and rows. */
  private reportMergedFill(): void {
    for (const f of this.merged?.columns() ?? []) {
      const letter = columnLetters(f.column);
      this.sheetFinding("merged_cells_filled", this.headers[f.column] || letter, {
        letter,
        field: this.headers[f.column] ?? "",
        fieldEn: this.headers[f.column] ?? "",
        areas: f.areas,
        count: f.rows,
        range: `${letter}${f.first.top}:${columnLetters(f.first.right)}${f.first.bottom}`,
      });
    }
  }

  /**
   * Used rows whose amount writes a number of uses (1次: parse/number.ts usesWritten), read as
   * visits at 0: how many, the first's Excel row and its text. Null when none.
   */
  private usesRows: { count: number; row: number; value: string } | null = null;

  /** Says once the rows whose amount wrote a number of uses, read as visits at 0 (tester64 U187). */
  private reportUsesWritten(): void {
    const u = this.usesRows;
    if (!u || !this.reader) return;
    const column = this.reader.headers[this.reader.columns.amount] ?? "";
    this.addFinding(
      "amount_uses_written",
      u.row,
      column,
      u.value,
      qualityMessage("amount_uses_written", { column, count: u.count, row: u.row, value: u.value }),
    );
  }

  /**
   * Adds a finding about this sheet (its name and kind), with the severity its code has in
   * QUALITY_CODES, the one owner (sheetFinding said "error" for empty_sheet once).
   */
  private addFinding(
    code: QualityCode,
    row: number,
    column: string,
    value: string,
    message: Record<Lang, string>,
  ): void {
    this.findings.push({
      sheet: this.sheetName,
      kind: this.spec.kind,
      row,
      column,
      code,
      severity: QUALITY_CODES[code],
      value,
      message,
    });
  }

  private sheetFinding(
    code:
      | "header_split_column"
      | "header_not_found"
      | "missing_column"
      | "unmapped_column"
      | "unmapped_near_field"
      | "owner_column_likely"
      | "empty_sheet"
      | "merged_cells_filled"
      | "continuation_lines_filled"
      | "order_total_repeated"
      | "row_kind_by_values"
      | "customer_key_by_other"
      | "customer_key_shared"
      | "customer_key_shared_rows"
      | "customer_key_household_rows"
      | "customer_key_near_rows",
    column: string,
    params: Record<string, string | number>,
    row = 0,
  ): void {
    this.addFinding(code, row, column, String(params.value ?? ""), qualityMessage(code, params));
  }
}

/** Values a key-miss summary names (reportKeyMisses), the most rows first. */
const KEY_MISS_EXAMPLES = 3;

/** The match with `column` read as `field` (a column found by its values), no longer unmapped. */
function readAs(match: HeaderMatch, field: string, column: number): HeaderMatch {
  // No longer read as another field (a 项目 of row kinds named as the product: tester60 U107).
  const others = Object.entries(match.columns).filter(([, c]) => c !== column);
  return {
    ...match,
    columns: { ...Object.fromEntries(others), [field]: column },
    unmapped: match.unmapped.filter((c) => c !== column),
  };
}

/**
 * Puts the values decided with their column into the built table. The tables hold each number
 * field as a Float64Array under the field's key (Transactions.amount, .quantity).
 */
function reviseNumbers(table: unknown, revisions: readonly NumberRevision[]): void {
  for (const r of revisions) {
    const column = (table as Record<string, unknown>)[r.field];
    if (column instanceof Float64Array) column[r.tableIndex] = r.value;
    else throw new Error(`table has no number column ${r.field}`);
  }
}

function allBlank(row: readonly Cell[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** The half of acceptedNames() in a language. */
const half = (lang: Lang): "zh" | "en" => (lang === "zh-CN" ? "zh" : "en");

/**
 * The field whose column has the same header as column `c` (folded: 金额(元) and 金额（元）), when
 * `c` was left unread: `c` is that header written again.
 */
function duplicateOf(match: HeaderMatch, c: number): { field: string; column: number } | null {
  const header = foldHeader(match.headers[c]);
  if (header === "") return null;
  for (const [field, column] of Object.entries(match.columns))
    if (foldHeader(match.headers[column]) === header) return { field, column };
  return null;
}

/** A "did you mean" question, else the other-sheet one (the two never both apply in practice). */
function hintOf(
  near: { hint: string; hintEn: string },
  other: { hint: string; hintEn: string },
  fd: FieldSpec,
  headers: readonly string[] = [],
  kind?: SheetKind,
  partner?: IdPartner,
): { hint: string; hintEn: string } {
  if (near.hint) return near;
  // A CRM export with an expected close date and no won date (reviewer56 L9): why, and what to export.
  if (!other.hint && fd.key === "date" && kind === "transactions") {
    const forecast = forecastDateHint(headers);
    if (forecast["zh-CN"]) return { hint: forecast["zh-CN"], hintEn: forecast["en-US"] };
  }
  if (other.hint || fd.key !== "customerId") return other;
  // No id column but a phone one (有赞's 订单导出, 买家手机号): reviewer56 R2, the orders sheet's
  // header is found (date, amount), so headerRowHint's advice never came.
  const phone = phoneIdHint(headers, fd, partner);
  return { hint: phone["zh-CN"], hintEn: phone["en-US"] };
}

/**
 * The Excel rows of an amount column under a header naming a scale that are read as written, not
 * scaled (tester53 N25: `12000元` under 金额(万元) became 120,000,000): those naming their own unit
 * (`12000元`, `0.5万`, `5k`), and those naming only a currency (`¥3000`, `$12,000`) whose size says
 * so: at least factor/10 times the median of the column's plain amounts (¥3000 among 0.3 and 0.4 is
 * yuan; ¥1.5 among 3 and 4 is 万元, a column formatted ¥: reviewer51 F3). Decided per cell, so a
 * row's amount never depends on how many other rows there are (reviewer53 H2). With no plain
 * amounts to weigh against, the symbol cells are scaled when they are the most of the column.
 */
function ownUnitCells(
  own: OwnUnits,
  rows: Int32Array,
  column: Float64Array,
  factor: number,
): { kept: Set<number>; weighed: boolean } {
  if (own.symbol.size === 0) return { kept: own.unit, weighed: false };
  const plain: number[] = [];
  let symbols = 0;
  for (let i = 0; i < rows.length; i++) {
    if (own.symbol.has(rows[i])) symbols++;
    else if (!own.unit.has(rows[i]) && Number.isFinite(column[i])) plain.push(Math.abs(column[i]));
  }
  const kept = new Set(own.unit);
  if (plain.length === 0) {
    if (symbols <= rows.length - symbols) for (const r of own.symbol) kept.add(r);
    return { kept, weighed: true };
  }
  const least = (factor / 10) * median(plain);
  for (let i = 0; i < rows.length; i++)
    if (own.symbol.has(rows[i]) && Math.abs(column[i]) >= least) kept.add(rows[i]);
  return { kept, weighed: true };
}

/** The median of `values` (not empty); sorts them. */
function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const m = values.length >> 1;
  return values.length % 2 ? values[m] : (values[m - 1] + values[m]) / 2;
}
