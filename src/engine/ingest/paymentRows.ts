import type { Cell } from "../cells";
import type { RowTexts } from "../model";
import {
  LINE_IDENTITY_HEADERS,
  ROW_NUMBER_HEADERS,
  TRANSACTION_NOTE_HEADERS,
  DECLINE_REASON_HEADERS,
  INVOICE_BALANCE_HEADERS,
  INVOICE_DUE_DATE_HEADERS,
  INVOICE_TERMS_HEADERS,
  ORDER_TIME_HEADERS,
} from "../headerWords";
import { cellText, foldHeader } from "../parse/text";

/**
 * Each used row's text in one column as written, for the duplicate check: the payment method
 * (支付方式 微信 / 刷卡) and the note (备注 分两笔付). Two rows alike in every field read but paid two
 * ways are one bill split in two when a note says so (tester58 U67: a clinic's 种植二期 3,000 微信 +
 * 3,000 刷卡 on one 收费单号, 备注 分两笔付), else one line entered twice with the payment typed
 * again (reviewer59 M2: a school's 现金 / 微信); ingest/duplicateRows.ts.
 */
export class RowTextColumn {
  private readonly rows: number[] = [];
  private readonly texts: string[] = [];

  constructor(
    readonly column: number,
    readonly header: string,
  ) {}

  /** A used row, Excel row `row`: its cell's text, trimmed ("" when blank). */
  see(reader: { cellAt(column: number): Cell }, row: number): void {
    const cell = reader.cellAt(this.column);
    this.rows.push(row);
    this.texts.push(cell === null || cell === undefined ? "" : cellText(cell).trim());
  }

  /** What SheetSource.payments (or .notes) keeps, or undefined when no row was seen. */
  done(): RowTexts | undefined {
    if (this.rows.length === 0) return undefined;
    return { header: this.header, rows: this.rows, texts: this.texts };
  }
}

/**
 * The text of each Excel row in `rows` (those of a few repeated pairs), from a sheet's
 * SheetSource.payments or .notes; empty without.
 */
export function textsOf(column: RowTexts | undefined, rows: Iterable<number>): Map<number, string> {
  const out = new Map<number, string>();
  if (!column) return out;
  const wanted = new Set(rows);
  for (let i = 0; i < column.rows.length; i++)
    if (wanted.has(column.rows[i])) out.set(column.rows[i], column.texts[i]);
  return out;
}

/** A sheet's columns as the finders below read them. */
type Unread = { unmapped: readonly number[]; headers: readonly string[] };

/** The first of a sheet's columns not read whose header is one of `headers` (folded), or undefined. */
function unreadColumn(match: Unread, headers: ReadonlySet<string>): number | undefined {
  return match.unmapped.find((u) => headers.has(foldHeader(match.headers[u])));
}

const NOTE_HEADERS: ReadonlySet<string> = new Set(
  TRANSACTION_NOTE_HEADERS.map((w) => foldHeader(w)),
);

/**
 * A transactions sheet's note column (备注, Notes) among its columns not read, or undefined: read
 * for the owner's word of a split payment only (TRANSACTION_NOTE_HEADERS).
 */
export function noteColumn(match: Unread): number | undefined {
  return unreadColumn(match, NOTE_HEADERS);
}

const TIME_HEADERS: ReadonlySet<string> = new Set(ORDER_TIME_HEADERS.map((w) => foldHeader(w)));

/**
 * A transactions sheet's time-of-day column (Time, 交易时间: ORDER_TIME_HEADERS) among its columns
 * not read, or undefined: a line with its own time is no further line of the order above it.
 */
export function timeColumn(match: Unread): number | undefined {
  return unreadColumn(match, TIME_HEADERS);
}

const DECLINE_HEADERS: ReadonlySet<string> = new Set(
  DECLINE_REASON_HEADERS.map((w) => foldHeader(w)),
);

/**
 * A transactions sheet's column saying why a charge failed (Decline Reason, 失败原因:
 * DECLINE_REASON_HEADERS) among its columns not read, or undefined.
 */
export function declineColumn(match: Unread): number | undefined {
  return unreadColumn(match, DECLINE_HEADERS);
}

const DUE_DATE_HEADERS: ReadonlySet<string> = new Set(
  INVOICE_DUE_DATE_HEADERS.map((w) => foldHeader(w)),
);

/**
 * A sheet of invoices' due-date column (Due Date, 到期日: INVOICE_DUE_DATE_HEADERS) among its
 * columns not read, or undefined: an invoice awaiting payment past it is money owed (tester62 U148).
 */
export function dueDateColumn(match: Unread): number | undefined {
  return unreadColumn(match, DUE_DATE_HEADERS);
}

const TERMS_HEADERS: ReadonlySet<string> = new Set(INVOICE_TERMS_HEADERS.map((w) => foldHeader(w)));

/**
 * A sheet of invoices' payment-terms column (Terms, 付款条件, 账期: INVOICE_TERMS_HEADERS) among its
 * columns not read, or undefined: read where the sheet has no due date (reviewer66 M8).
 */
export function termsColumn(match: Unread): number | undefined {
  return unreadColumn(match, TERMS_HEADERS);
}

/**
 * The days to pay that payment terms give, or NaN where they say none: Net 30, 2% 10 Net 30, N30,
 * 30 days, 月结30天, 30天 → 30; Due on receipt, Upon receipt, 见票即付, 货到付款 → 0 (reviewer66 M8).
 *
 * @example termsDays("Net 30") // 30
 * @example termsDays("月结45天") // 45
 * @example termsDays("Due on receipt") // 0
 */
export function termsDays(text: string): number {
  const t = text.trim().toLowerCase();
  if (/^(due )?(up)?on receipt$|^见票即付$|^货到付款$|^即付$/.test(t)) return 0;
  // A discount for paying early first (2% 10 Net 30, 2/10 Net 30): the net days are the terms.
  const m =
    /(?:^|\s)net ?(\d{1,3})$/.exec(t) ??
    /^n?(\d{1,3})(?: ?days?| ?天)?$|^(?:月结|账期) ?(\d{1,3}) ?天$/.exec(t);
  const days = m ? Number(m[1] ?? m[2]) : NaN;
  return days <= 366 ? days : NaN;
}

const BALANCE_HEADERS: ReadonlySet<string> = new Set(
  INVOICE_BALANCE_HEADERS.map((w) => foldHeader(w)),
);

/**
 * A sheet of invoices' column of what is still to be paid (Open Balance, AmountDue, 未付金额:
 * INVOICE_BALANCE_HEADERS) among its columns not read, or undefined: the money owed (tester62 U148).
 */
export function balanceColumn(match: Unread): number | undefined {
  return unreadColumn(match, BALANCE_HEADERS);
}

const LINE_IDENTITY: ReadonlySet<string> = new Set(LINE_IDENTITY_HEADERS.map((w) => foldHeader(w)));
const ROW_NUMBER: ReadonlySet<string> = new Set(ROW_NUMBER_HEADERS.map((w) => foldHeader(w)));

/**
 * A transactions sheet's column telling apart an order's rows that are otherwise alike (Attendee
 * Name, 座位, 券码, 行号: LINE_IDENTITY_HEADERS) among its columns not read, or undefined.
 */
export function lineIdentityColumn(match: Unread): number | undefined {
  return unreadColumn(match, LINE_IDENTITY);
}

/**
 * Whether a line-identity column's texts tell rows apart: always, but for a row-number header
 * (序号, 行号, No) that counts the sheet's rows (each row's number the row above's plus one, for
 * nine in ten rows): a copy pasted and numbered anew differs there too. A line number restarting
 * in each order (1, 2, 1, 1, 2, 3) tells an order's like items apart.
 *
 * @example tellsLinesApart({ header: "序号", rows: [2, 3, 4], texts: ["1", "2", "3"] }) // false
 * @example tellsLinesApart({ header: "行号", rows: [2, 3, 4], texts: ["1", "2", "1"] }) // true
 */
export function tellsLinesApart(column: RowTexts): boolean {
  if (!ROW_NUMBER.has(foldHeader(column.header))) return true;
  const { texts } = column;
  let next = 0;
  for (let i = 1; i < texts.length; i++) if (Number(texts[i]) === Number(texts[i - 1]) + 1) next++;
  return next < 0.9 * (texts.length - 1);
}
