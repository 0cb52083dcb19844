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
import {
  DUE_AT_ONCE_TERMS_WORDS,
  MONTH_END_TERMS_WORDS,
  NET_TERMS_WORDS,
  NEXT_MONTH_TERMS_WORDS,
  ORDINAL_DAY_WORDS,
  TERMS_DAY_WORDS,
} from "../optionWords";
import { daysInMonth, epochDay, toJsDate, type EpochDay } from "../parse/date";
import { cellText, foldHeader, toHalfWidth } from "../parse/text";
import { invoiceSheet } from "./rowKinds";

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

/** A regular expression's alternation of `words`, longest first, each escaped. */
const anyOf = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s*"))
    .join("|");

const DUE_AT_ONCE: ReadonlySet<string> = new Set(DUE_AT_ONCE_TERMS_WORDS);
const MONTH_END = new RegExp(anyOf(MONTH_END_TERMS_WORDS));
const NET = anyOf(NET_TERMS_WORDS);
const DAYS = anyOf(TERMS_DAY_WORDS);
/**
 * Terms' days (their month-end word taken out): a discount for paying early first (2% 10, 2/10,)
 * only with a net word after it; the net word (Net, n/, net-, 账期); the days, a day word, a net
 * word after (30 days net). Group 1: the days, none with a net word alone (Net EOM).
 */
const NET_DAYS = new RegExp(
  `^(?:\\d+(?:\\.\\d+)?\\s*(?:%\\s*/?|/|\\s)\\s*\\d{1,3}\\s*(?:${DAYS})?\\s*[,;]?\\s*(?=${NET}))?` +
    `(?:(?:${NET})\\s*[-/:]?\\s*)?(?:(\\d{1,3})\\s*(?:${DAYS})?(?:\\s*(?:${NET}))?)?$`,
);

const NEXT = anyOf(NEXT_MONTH_TERMS_WORDS);
/**
 * A day of the next month (Net 10th, 10th of the following month, 次月10日): a net word, a next-month
 * word, the day, an ordinal ending or 日/号, a next-month word. Group 1: the day; group 2 the
 * ordinal ending, groups 3 and 4 the next-month words (one of the three says it).
 */
const NEXT_MONTH_DAY = new RegExp(
  `^(?:(?:${NET})\\s*[-/:]?\\s*)?(${NEXT})?\\s*(\\d{1,2})\\s*(${anyOf(ORDINAL_DAY_WORDS)})?\\s*(?:日|号)?\\s*(${NEXT})?$`,
);

/**
 * The day of the month after `day`'s that terms naming one give (Net 10th: the 10th of next month,
 * the month's last day past it), or NaN for other terms.
 *
 * @example nextMonthDay(epochDay(2026, 11, 6), "net 10th") // epochDay(2026, 12, 10)
 */
function nextMonthDay(day: EpochDay, t: string): EpochDay {
  const m = NEXT_MONTH_DAY.exec(t);
  if (!m || !(m[1] || m[3] || m[4])) return NaN;
  const n = Number(m[2]);
  if (!(n >= 1 && n <= 31)) return NaN;
  const d = toJsDate(Math.floor(day));
  const y = d.getUTCFullYear() + (d.getUTCMonth() === 11 ? 1 : 0);
  const mo = ((d.getUTCMonth() + 1) % 12) + 1;
  return epochDay(y, mo, Math.min(n, daysInMonth(y, mo)));
}

/**
 * The due date that payment terms give an invoice of epoch day `day`, or NaN where they say none:
 * its day plus the terms' days (Net 30, NET30, net-30, n/30, 2% 10 Net 30, 2/10, n/30, Net 30 Days,
 * 30 days, 30天, 30日, 账期30天), or plus none (Due on receipt, COD, 见票即付, 现结:
 * DUE_AT_ONCE_TERMS_WORDS); counted from the end of its month with a month-end word (EOM, Net 30
 * EOM, 月结, 月结30天, Due end of month: MONTH_END_TERMS_WORDS); a day of the next month (Net 10th,
 * 次月10日: NEXT_MONTH_TERMS_WORDS). Read whole, full-width folded, any case, a trailing
 * stop dropped: a judgment must not change with the spelling (reviewer66 M8, reviewer67 M2: "Net 30
 * Days", COD and 月结 were no terms, so Net 30).
 *
 * @example termsDue(epochDay(2026, 11, 6), "Net 30") // epochDay(2026, 12, 6)
 * @example termsDue(epochDay(2026, 11, 6), "月结30天") // epochDay(2026, 12, 30): 11-30 + 30
 * @example termsDue(epochDay(2026, 11, 6), "Due on receipt") // epochDay(2026, 11, 6)
 * @example termsDue(epochDay(2026, 11, 6), "Net 10th") // epochDay(2026, 12, 10)
 */
export function termsDue(day: EpochDay, text: string): EpochDay {
  const t = toHalfWidth(text)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[.。;；,，]+$/, "");
  if (DUE_AT_ONCE.has(t)) return day;
  const next = nextMonthDay(day, t);
  if (next === next) return next;
  const monthEnd = MONTH_END.exec(t);
  const rest = monthEnd
    ? (t.slice(0, monthEnd.index) + " " + t.slice(monthEnd.index + monthEnd[0].length)).trim()
    : t;
  const m = NET_DAYS.exec(rest);
  // Nothing but a month-end word (EOM, Net EOM, 月结) is the month's end itself.
  const days = m === null || (m[1] === undefined && !monthEnd) ? NaN : Number(m[1] ?? 0);
  if (!(days <= MAX_TERMS_DAYS)) return NaN;
  return (monthEnd ? monthEndOf(day) : day) + days;
}

/** The longest terms read: a year. */
const MAX_TERMS_DAYS = 366;

/** The epoch day of the last day of `day`'s month. */
function monthEndOf(day: EpochDay): EpochDay {
  const d = toJsDate(Math.floor(day));
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  return epochDay(y, mo, daysInMonth(y, mo));
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
 * The side columns a transactions sheet's run reads among those no field maps (`match.unmapped`):
 * a note, a decline reason, the time of day, a line's identity; on a sheet of invoices its due
 * date (else its terms) and open balance. One list for the reader (sheet.ts) and the pane's count
 * of columns used (reviewer69 L5: Time and Notes were named "Not read" beside a run reading both).
 *
 * @example sideColumns({ headers: ["Date", "Time", "Amount", "Notes"], unmapped: [1, 3] }) // { note: 3, time: 1 }
 */
export function sideColumns(match: Unread): {
  note?: number;
  decline?: number;
  time?: number;
  lineId?: number;
  due?: number;
  terms?: number;
  balance?: number;
} {
  const out = {
    note: noteColumn(match),
    decline: declineColumn(match),
    time: timeColumn(match),
    lineId: lineIdentityColumn(match),
  };
  if (!invoiceSheet(match.headers)) return out;
  const due = dueDateColumn(match);
  return {
    ...out,
    due,
    terms: due === undefined ? termsColumn(match) : undefined,
    balance: balanceColumn(match),
  };
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
