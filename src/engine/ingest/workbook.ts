import { reportReturnsWithoutPurchase } from "./returnsWithoutPurchase";
import { refundNotDone } from "./refundAmounts";
import { amountReading, readAmount } from "../parse/number";
import { reportAmountsFarAboveUsual } from "./amountFarAboveUsual";
import type { MergedArea } from "./mergedFill";
import { reportDuplicateRows } from "./duplicateRows";
import { pointAtErrorIds } from "./errorIdCustomers";
import { pointAtMaskedIds } from "./maskedIds";
import { pointAtNameIds, pointAtPhoneIds } from "./phoneIdCustomers";
import { customersIdAmongNamed, customersIdBySales } from "./idByValues";
import { unreadInputSheets } from "./unreadInputSheets";
import { textLanguage } from "../words/language";
import type { Cell, Grid } from "../cells";
import type { OutputTab } from "../report/table";
import { InputError } from "../errors";
import type {
  Complaints,
  Customers,
  Dataset,
  RowCounts,
  SheetSource,
  Transactions,
  Visits,
} from "../model";
import { isWalkInId } from "./walkInId";
import type { DecimalMark } from "../parse/decimalMark";
import { isoDate, parseDate } from "../parse/date";
import { foldHeader, foldLabel } from "../parse/text";
import { saysWord } from "./cellWords";
import {
  AFTER_SALES_SHEET_NAMES,
  APPOINTMENT_SHEET_NAMES,
  NOT_VISITS_SHEET_NAME,
  SUPPLIER_HEADERS,
  NOT_SALES_ALONE_SHEET_WORDS,
  NOT_YET_SHEET_NAME,
} from "../headerWords";
import { acceptedNames, QUALITY_CODES, qualityMessage, type Finding } from "../quality";
import { SHEET_KINDS, SHEETS, type Lang, type SheetKind, type SheetSpec } from "../schema";
import { CustomersBuilder, type CustomerIndex, type TableBuilder } from "./builders";
import {
  ComplaintsBuilder,
  ContactsBuilder,
  SurveysBuilder,
  VisitsBuilder,
} from "./datedRowsBuilders";
import { complaintsFromContacts } from "../complaints/fromContacts";
import { surveysFromContacts } from "../satisfaction/fromContacts";
import { TransactionsBuilder } from "./transactionsBuilder";
import { resolveRowsNotUsed } from "./rowsNotUsed";
import { joinFailedCharges } from "./paymentFailed";
import { SubscriptionsBuilder, subscriptionStatuses } from "./subscriptions";
import {
  HEADER_SEARCH_ROWS,
  findHeader,
  idCandidates,
  mapColumns,
  type ColumnOverrides,
} from "./header";
import { customerKey } from "../parse/identifier";
import { OUTPUT_TAB_KEYS, tabName } from "../report/outputTabs";
import type { SheetResult } from "./sheet";
import { ingestSheet } from "./sheetRead";
import { ASIDE_KINDS, asideMayHold, resolveAside, type AsideIngest, type AsideJob } from "./aside";
import { leaveOutLaterCustomers } from "./afterAsOf";
import { markStoredValueVisits, zeroTopUps } from "./storedValue";
import { returnsSheetName, unreadReturnsSheets } from "./returnsSheet";
import type { ColumnBlock } from "./columnBlock";
import { say } from "../words/catalog";
import {
  claimedColumns,
  lookalikeClaim,
  nearLookalikeClaim,
  otherSheetClaim,
  type IdPartner,
} from "./headersFound";
import { mostlyUnreadable, noUsableAdvice } from "./mostlyUnreadable";
import { optionalLookalikes } from "./optionalLookalikes";
import {
  headerSet,
  otherKeySheets,
  otherLayoutSheets,
  sameColumnSheets,
  sameHeaders,
  sheetsWithHeaders,
  topRowsOf,
} from "./sameColumnSheets";
import {
  keyByOther,
  keyValues,
  plateKeys,
  SHARED,
  type CustomerKeys,
  type KeyField,
  type KeyValues,
  KeyMisses,
} from "./keyByOther";
import {
  isPartName,
  saysPayments,
  isPeriodName,
  isStoreName,
  joinTransactions,
  oneStoreOf,
  saysOlderSales,
  saysCorrected,
  saysOtherRows,
  saysShopBuying,
  jobsOfSales,
  saysJobs,
  type JobRows,
  partRows,
  partTexts,
  PART_ROWS,
  PARTS_MAX,
  rowsHeldByCopy,
  rowsOutside,
  sourceWithout,
  type DaySpan,
} from "./sheetParts";

/**
 * What a source may tell ingest about a sheet beyond its cells (optional: the Office adapter has
 * nothing to say). The CSV reader uses it for its delimiter and for rows it had to decode apart.
 */
export interface SheetNotes {
  /** The decimal mark the file's format suggests (a `;`-separated CSV: a comma). */
  decimalMark(mark: DecimalMark): void;
  /**
   * A row, or a cell, whose bytes were decoded in another encoding than the file's, or were
   * invalid in the encoding they were read in (`encoding`).
   */
  encoding(
    row: number,
    code: "encoding_fallback" | "invalid_encoding",
    /**
     * `text`: the row's text as decoded (its first line), or the cell's, when the source kept it;
     * `column`: the cell's column (zero-based), when the finding is about a cell.
     */
    params: { encoding: string; fileEncoding: string; text?: string; column?: number },
  ): void;
  /**
   * The whole file was read in an encoding the reader chose from its bytes, with no mark to say so:
   * Windows-1252 (a CSV that is neither UTF-8 nor marked with a byte-order mark: what Western
   * Excel's "CSV (Comma delimited)" writes). The source records it (SheetSource.encoding) and the
   * run says it (csv_read_as_windows_1252), so a file meant as another encoding can be told.
   */
  fileEncoding?(encoding: "windows-1252"): void;
  /**
   * The whole file was read as Big5 (Traditional Chinese), told from its bytes alone (csvEncoding.ts
   * big5Text): `example` is its first cell with Chinese text (row as a spreadsheet numbers it,
   * column zero-based). Ingest says it (csv_read_as_big5), with that cell.
   */
  readAsBig5?(example: { row: number; column: number; text: string } | null): void;
  /**
   * A number in a date-formatted cell that no date has (a phone number 13800138000 formatted as a
   * date): the source hands it on as the number; ingest reports it. `column` is zero-based.
   */
  notADate?(row: number, column: number, value: number): void;
  /**
   * A number cell whose number format shows a currency (`"$"#,##0.00`, `[$¥-804]#,##0.00`): the
   * source hands it on as the number; ingest counts its currency as it counts a `$1,234.50` text's
   * (amountCurrency.ts). `code`: a CURRENCY_SYMBOLS code, or LOCALE_CURRENCY (Excel's built-in
   * currency formats); `column` zero-based.
   */
  currencyCell?(row: number, column: number, code: number, value: number): void;
  /**
   * A cell holding a formula with no saved result (a workbook written by a program that never
   * calculated it, e.g. openpyxl): the source hands it on as empty, told before its row; ingest
   * says why the value is missing. `column` is zero-based.
   */
  formulaWithoutResult?(row: number, column: number): void;
  /**
   * The rows the sheet has (the header and any rows above it included), as far as the source can
   * tell before reading them all: an .xlsx sheet's dimension, a CSV file's size over its bytes per
   * row so far (told again as the read goes on, exact at the end), the used range in Excel.
   * Progress says "n of N rows" with it, and ingest sizes its columns from it.
   */
  rowsExpected?(rows: number): void;
  /**
   * Set by ingest once it has found the header (a source may read it after each block): how each
   * column's raw cells may be read ahead (rawCells.ts's readAheadPlan and parseRaw), as a CSV
   * source does while it splits each block.
   */
  parse?: number[];
}

/**
 * Where ingest reads from: a workbook (Excel or a file) that lists its sheets and streams a sheet's
 * used range in row blocks. Both workbook adapters implement it.
 */
export interface GridSource {
  /** Sheet names (and Excel table names, where the host has tables). */
  sheetNames(): Promise<string[]>;
  /**
   * The worksheets alone, where sheetNames lists Excel tables too (the add-in): the names a tab of
   * ours can collide with, since a table's name is no sheet's (addin44: a user's table named 概览
   * made ours "概览 (2)" and was called a sheet). Like sheetNames, never our tabs. Optional: a
   * source whose sheetNames lists sheets only leaves it out.
   */
  worksheetNames?(): Promise<string[]>;
  /**
   * The input sheets hidden in the workbook (hidden or very hidden; a table on such a sheet by its
   * own name too), for the hidden-input warning (hiddenInputSheets.ts). Optional: a source that
   * cannot hide a sheet (CSV) leaves it out.
   */
  hiddenSheets?(): Promise<string[]>;
  /**
   * Streams a sheet's rows in blocks; `firstRow` is the Excel row number of `rows[0]`. `top`: only
   * the first rows are wanted (the reader stops early), so a source need not set up a long read
   * (an .xlsx sheet's worker thread). `peek`: with `top`, no full read of the sheet follows (a
   * sheet looked at for its header only), so none is started ahead.
   */
  readSheet(
    name: string,
    onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
    notes?: SheetNotes,
    options?: { top?: boolean; peek?: boolean },
  ): Promise<void>;
  /**
   * The columnar fast path (optional; file sources have it): streams the same rows as readSheet in
   * blocks held by column (numbers and date cells' epoch days in typed arrays, texts as strings),
   * so ingest makes no Cell[] per row nor a Date per date cell. Ingest uses it when present.
   */
  readColumns?(
    name: string,
    onBlock: (block: ColumnBlock, firstRow: number) => void | Promise<void>,
    notes?: SheetNotes,
  ): Promise<void>;
  /**
   * The sheet's merged cells (optional: an .xlsx file and Excel have them, CSV none): a vertical
   * merge's value is read on each of its rows (mergedFill.ts). Asked before the sheet's rows.
   */
  mergedAreas?(name: string): Promise<readonly MergedArea[]>;
  /**
   * A hint (optional: CSV files have it): the sheet will be read next (readColumns), so its read
   * may start now, beside the sheet being ingested (a CSV source detects its format ahead).
   */
  readAhead?(name: string): void;
  /**
   * The sheet an earlier run wrote for an output tab (never listed by sheetNames, never input), or
   * null; readSheet reads it. `part` (default 1) asks for a continuation part of a tab continued
   * past Excel's row limit ("客户分类 (2)" is part 2): null past the last part. Optional: sources
   * without output tabs (CSV) leave it out.
   */
  ownedSheet?(tab: OutputTab, part?: number): Promise<string | null>;
  /**
   * How many columns the sheet's used range spans (its last column's number), or null when the
   * source cannot tell cheaply. Optional: an .xlsx file has it (its <dimension>); a refresh uses
   * it to see a note typed beside a tab of ours under no header without reading the tab through.
   */
  usedColumns?(name: string): Promise<number | null>;
  /**
   * The name of the Excel table on the sheet ownedSheet finds (CA_segments, or a name the user
   * gave it in Excel: tableNamesKept), or null (no such sheet, or no table on it). Optional.
   */
  ownedTableName?(tab: OutputTab, part?: number): Promise<string | null>;
  /**
   * Starts ingesting a sheet that only joins to customers (ASIDE_KINDS) on another thread, with its
   * joins deferred (aside.ts), while Customers are ingested here; null when the source will not
   * (small files, no worker). Optional: CSV files have it.
   */
  ingestAside?(
    job: AsideJob,
    onProgress: (rowsDone: number, rowsTotal?: number) => void,
  ): AsideIngest | null;
  /** The file a sheet is read from, for findings (file sources: the workbook, or a CSV file). */
  fileOf?(sheet: string): string | undefined;
  /**
   * True when each "sheet" is a file of its own, named by its input's English label (CSV files):
   * messages then name the input in the user's language and the file, not a sheet.
   */
  sheetsAreFiles?: boolean;
}

export interface IngestOptions {
  asOf: number;
  /** Which sheet holds each input, when the user chose (otherwise found by name). */
  sheets?: Partial<Record<SheetKind, string>>;
  /** The user's corrections of the column mapping, per sheet. */
  columns?: Partial<Record<SheetKind, ColumnOverrides>>;
  /**
   * Called after each block of rows: which sheet, how many of its data rows so far and, when the
   * source can tell (SheetNotes.rowsExpected), how many it likely has in all (never below rowsDone).
   */
  onProgress?: (kind: SheetKind, rowsDone: number, rowsTotal?: number) => void;
  /**
   * The returns check (returnsWithoutPurchase.ts: it changes no row) is left to
   * IngestResult.checkReturns, which the caller runs before it reads the findings: the analysis
   * runs it once today's model job is sent to another core (issue 11: ~25-40 ms at 1M rows, with
   * the other core idle meanwhile).
   */
  returnsLater?: boolean;
}

export interface IngestResult {
  dataset: Dataset;
  findings: Finding[];
  /**
   * With IngestOptions.returnsLater: the returns check, its findings put where it would have put
   * them here (before any finding added since); once.
   */
  checkReturns?: () => void;
}

/** How a sheet's name matches one of an input's names: 0 none, then by kind of match. */
const enum NameMatch {
  None = 0,
  EndsWith = 1,
  StartsWith = 2,
  Exact = 3,
}

/**
 * What a match says of a sheet's input, by NameMatch: a name itself, then a name ending in it (the
 * head word), then one starting with it. (Within one input's sheets NameMatch's own order holds.)
 */
const SAYS_INPUT: Record<NameMatch, number> = [0, 2, 1, 3];

// A name's words saying money not received yet or a plan around an input's name (应收款, 收款计划).
const notYetBefore = (rest: string): boolean =>
  NOT_YET_SHEET_NAME.before.some((w) => rest.endsWith(w));
const notYetAfter = (rest: string): boolean =>
  NOT_YET_SHEET_NAME.after.some((w) => rest.startsWith(w));

/** The best match of a sheet's name among an input's names, and that name's length. */
function nameMatch(name: string, spec: SheetSpec): { how: NameMatch; length: number } {
  const folded = foldLabel(name);
  let how = NameMatch.None;
  let length = 0;
  for (const synonym of spec.names) {
    const s = foldLabel(synonym);
    const m =
      folded === s
        ? NameMatch.Exact
        : folded.endsWith(s) && !notYetBefore(folded.slice(0, -s.length))
          ? NameMatch.EndsWith
          : folded.startsWith(s) && !notYetAfter(folded.slice(s.length))
            ? NameMatch.StartsWith
            : NameMatch.None;
    // Ends with beats starts with here: the last word says what the sheet is (sheetInput).
    if (SAYS_INPUT[m] > SAYS_INPUT[how] || (m === how && m !== NameMatch.None && s.length > length))
      [how, length] = [m, s.length];
  }
  return { how, length };
}

// The visits' names that are no appointments' (签到, Check-ins), for saysAppointments.
const CHECK_IN_SPEC = {
  ...SHEETS.visits,
  names: SHEETS.visits.names.filter(
    (w) => !(APPOINTMENT_SHEET_NAMES as readonly string[]).includes(w),
  ),
};

/**
 * Whether a sheet's best name match (`how`, `length`: nameMatch's) is one of its input's lesser
 * names: no name of `plain` (the input's names without them) matches it as well.
 */
function saysLesserName(name: string, how: NameMatch, length: number, plain: SheetSpec): boolean {
  const m = nameMatch(name, plain);
  return m.how !== how || m.length !== length;
}

/**
 * Whether a visits sheet's best name match (`how`, `length`: nameMatch's) is an appointments
 * name (预约登记, Appointments), no check-in name matching it as well.
 */
function saysAppointments(name: string, how: NameMatch, length: number): boolean {
  return saysLesserName(name, how, length, CHECK_IN_SPEC);
}

// The complaints' names that are no after-sales' (投诉, Complaints), for afterSalesOrders.
const COMPLAINT_SPEC = {
  ...SHEETS.complaints,
  names: SHEETS.complaints.names.filter(
    (w) => !(AFTER_SALES_SHEET_NAMES as readonly string[]).includes(w),
  ),
};

// The sales' names but the bare 流水 (a dry cleaner's 2025年流水: tester66 U230), for inputSheets:
// a name found by it alone is the last choice, as the old log (历史流水, 总流水) beside 11月消费 is
// the month sheets' older rows or their copy (tester64 U180, reviewer64 H2), not the sheet to read.
const SALES_SPEC = {
  ...SHEETS.transactions,
  names: SHEETS.transactions.names.filter((w) => w !== "流水"),
};

/**
 * Whether a complaints sheet `name` found by an after-sales name (售后, no complaint name matching
 * it as well) holds orders: an amount column among its headers (the sales' amount words), a log of
 * refunds or returns kept with the sales' columns, not the customers' problems (reviewer64 H1: a
 * 售后 sheet of the sales' very columns is said as sales not read). Not read as the complaints.
 */
function afterSalesOrders(name: string, read: SheetSource): boolean {
  if (!isAfterSalesName(name)) return false;
  const words = (key: string) =>
    new Set(
      SHEETS.transactions.fields.find((f) => f.key === key)!.synonyms.map((w) => foldHeader(w)),
    );
  orderWords ??= {
    amount: words("amount"),
    orderId: words("orderId"),
    refund: words("refundAmount"),
  };
  const has = (set: Set<string>) => read.unmappedHeaders.some((h) => set.has(foldHeader(h)));
  // An order ID beside a refund amount is a shop's refund export (订单编号, 退款金额, 退款原因, 退款状态:
  // 淘宝 / 快团团), one row per order refunded, no problem in it (reviewer65 H5).
  if (has(orderWords.orderId) && has(orderWords.refund)) return true;
  // An amount beside the problem (问题) or what was done about it (处理结果) is a problem log that
  // notes the money at stake, not sales (reviewer65 M1: 日期, 昵称, 问题, 金额, 处理结果 was dropped).
  return has(orderWords.amount) && !saysProblems(read);
}
let orderWords: Record<"amount" | "orderId" | "refund", Set<string>> | undefined;

/**
 * Whether an after-sales (售后) sheet read is a refund list: most of its rows read refunds for the
 * customer's own reason (七天无理由, 尺码不合适, 拍错了: Complaints.refunds), whatever its ID column,
 * no problem log (reviewer66 M5: 日期, 客户编号, 金额, 退款原因, 退款状态 made 2 urgent complaint calls).
 * Not read as the complaints, as a refund export is not (afterSalesOrders).
 */
function refundList(result: SheetResult<unknown>): boolean {
  const refunds = (result.table as Complaints | null)?.refunds ?? 0;
  return refunds > 0 && refunds * 2 >= result.counts.read;
}

/**
 * Whether a complaints sheet read names a problem column (a cause: 问题, 原因; her words: 投诉内容) or a status of what was
 * done (处理结果, 处理状态; a bare 状态 / Status may be an order's).
 */
function saysProblems(read: SheetSource): boolean {
  const status = read.columns.status;
  return (
    read.columns.cause !== undefined ||
    read.columns.problem !== undefined ||
    (status !== undefined && /处理|handl|resolution/i.test(status))
  );
}

/**
 * Whether a complaints sheet's name says after-sales (售后, After-sales), no complaint name (投诉,
 * Complaints) matching it as well: its status says what was done (ComplaintsBuilder), and a plain
 * complaints sheet beside it is read first (inputSheets; reviewer65 H6).
 */
export function isAfterSalesName(name: string): boolean {
  const { how, length } = nameMatch(name, SHEETS.complaints);
  return how !== NameMatch.None && saysLesserName(name, how, length, COMPLAINT_SPEC);
}

/** Whether a visits sheet's name says appointments (预约登记), no check-in name as well. */
function isAppointmentsName(name: string): boolean {
  const { how, length } = nameMatch(name, SHEETS.visits);
  return how !== NameMatch.None && saysAppointments(name, how, length);
}

/**
 * Whether a sheet's name says sign-ins that are no customer's visits: 活动签到, 员工考勤, Sales
 * Visits, Website Visits, 积分签到 (NOT_VISITS_SHEET_NAME; reviewer62 R2).
 */
function notVisits(name: string): boolean {
  const folded = foldLabel(name).toLowerCase();
  return NOT_VISITS_SHEET_NAME.some((w) => folded.includes(w));
}

/**
 * The input a sheet's name says, or null: one of an input's names itself (客户, Customers), else
 * the input whose name the sheet's name ends in (its head word: "Customer Complaints" and 客户投诉记录
 * are complaints, VIP客户 customers), else the input whose name it starts with (客户信息表,
 * Customers 2025); on a tie the longer name, then the earlier input. Tester52: "Customer
 * Complaints" was read as the Customers sheet by its first word.
 *
 * @example sheetInput("Customer Complaints") // "complaints"
 */
export function sheetInput(name: string): SheetKind | null {
  let best: SheetKind | null = null;
  let bestScore = 0;
  for (const kind of Object.keys(SHEETS) as SheetKind[]) {
    if (kind === "visits" && notVisits(name)) continue;
    const { how, length } = nameMatch(name, SHEETS[kind]);
    const score = SAYS_INPUT[how] * 1000 + length;
    if (how !== NameMatch.None && score > bestScore) [best, bestScore] = [kind, score];
  }
  return best;
}

/** Which sheet feeds one input, and whether the user chose it (else it was found by name). */
export interface InputSheet {
  sheet: string | null;
  chosen: boolean;
  /** True when no sheet is named as the input and this one's columns are its (onlySalesSheet). */
  byColumns?: boolean;
}

/**
 * The one place that decides which sheet feeds which input: the user's choice when that sheet
 * exists; else, among the sheets whose names say that input (sheetInput), its name itself first,
 * then a name starting with one of its names (the master list 客户信息表), then one ending in one
 * (a part of it: VIP客户, Top Customers; reviewer52 #1), the longer name and then the earlier sheet
 * on a tie. Ingest, the command line and the task pane's detection and progress all use this.
 *
 * @example inputSheets(["客户", "订单"], {}).transactions // { sheet: "订单", chosen: false }
 */
export function inputSheets(
  names: readonly string[],
  wanted: Partial<Record<SheetKind, string>> = {},
): Record<SheetKind, InputSheet> {
  const kinds = Object.keys(SHEETS) as SheetKind[];
  const taken = new Set<string>();
  const out = {} as Record<SheetKind, InputSheet>;
  for (const kind of kinds) {
    const choice = wanted[kind];
    const chosen = !!choice && names.includes(choice);
    if (chosen) taken.add(choice!);
    out[kind] = { sheet: chosen ? choice! : null, chosen };
  }
  const best = new Map<SheetKind, number>();
  for (const name of names) {
    const kind = taken.has(name) ? null : sheetInput(name);
    if (!kind || out[kind].chosen) continue;
    const { how, length } = nameMatch(name, SHEETS[kind]);
    // A sales sheet whose name says other rows (交易备份, 交易模板: saysOtherRows) is the last
    // choice: 11月消费 beside it is the sales' own (tester64 U180).
    // So is one whose name says sales by the bare 流水 only (历史流水 beside 11月消费: SALES_SPEC).
    const other =
      kind === "transactions" &&
      (saysOtherRows(name) || saysLesserName(name, how, length, SALES_SPEC));
    // An appointments sheet (预约登记) is the visits' last choice: a check-in sheet (签到) beside
    // it says who came, the bookings what was planned (reviewer64 H8: 预约登记's never-updated
    // 已预约 rows were read for 签到's 1,316 visits, and 0 of them used).
    const booking = kind === "visits" && saysAppointments(name, how, length);
    // An after-sales sheet (售后) is the complaints' last choice: 投诉 beside it holds the complaints
    // (reviewer65 H6: 售后's service log was read and 投诉's open complaint dropped).
    const afterSales = kind === "complaints" && saysLesserName(name, how, length, COMPLAINT_SPEC);
    const score = (other || booking || afterSales ? 0 : how * 1000) + length;
    if (score > (best.get(kind) ?? 0)) {
      best.set(kind, score);
      out[kind].sheet = name;
    }
  }
  return out;
}

/**
 * Whether the sales sheet `name` was found by a weak name only: the bare 流水 (储值卡流水, 历史流水:
 * SALES_SPEC) or one saying other rows (交易备份, 充值流水: saysOtherRows), its input's last choice.
 */
function weakSalesName(name: string): boolean {
  const { how, length } = nameMatch(name, SHEETS.transactions);
  return saysOtherRows(name) || saysLesserName(name, how, length, SALES_SPEC);
}

/** The most rows of a sheet counted to compare two sales sheets (salesSheetByColumns). */
const SALES_ROWS_COMPARED = 2000;

/**
 * The sales sheet chosen by its columns when the one found by name has a weak name only
 * (weakSalesName) and the user chose none: the first unread sheet (at most LOOKALIKE_SHEETS looked
 * at, none whose name says other rows) with every required sales column but perhaps the customer
 * ID (read by its values then, as when the sheet is named 交易), more of the sales' columns than the
 * sheet found, and at least as many rows (of the first SALES_ROWS_COMPARED). Tester70 U600: a
 * car-repair shop's 储值卡流水 (日期, 会员卡号, 业务类型, 金额: top-ups and card deductions) was read
 * as the sales for its name, beside 维修单 (工单号, 进厂日期, 维修项目, 实收金额, 支付方式, 1,892 work
 * orders) left unread: revenue −¥139,288. Ingest and the task pane's detection both use this, after
 * inputSheets. Else `sheetOf` as it is.
 *
 * @example (await salesSheetByColumns(book, names, inputSheets(names))).transactions.sheet // "维修单"
 */
export async function salesSheetByColumns(
  source: GridSource,
  names: readonly string[],
  sheetOf: Record<SheetKind, InputSheet>,
  columns: Partial<Record<SheetKind, ColumnOverrides>> = {},
): Promise<Record<SheetKind, InputSheet>> {
  const found = sheetOf.transactions;
  if (found.chosen) return sheetOf;
  const taken = takenSheets(sheetOf);
  const isSheet = await worksheetTest(source);
  const salesColumns = async (name: string) => {
    const rows = await readTopRows(source, name, SALES_ROWS_COMPARED);
    const header = findHeader(rows, SHEETS.transactions, columns.transactions);
    // A supplier's column says the shop's buying (reviewer71 H6).
    if (header && rows[header.rowIndex].some((c) => SUPPLIERS.has(foldHeader(String(c ?? "")))))
      return null;
    return header && header.missing.every((f) => f === "customerId")
      ? { count: Object.keys(header.columns).length, rows: rows.length - header.rowIndex - 1 }
      : null;
  };
  if (!found.sheet) return onlySalesSheet(sheetOf, names, taken, isSheet, salesColumns);
  if (!weakSalesName(found.sheet)) return sheetOf;
  const own = (await salesColumns(found.sheet)) ?? { count: 0, rows: 0 };
  let best: { name: string; count: number } | null = null;
  const others = names.filter(
    (n) => !taken.has(n) && isSheet(n) && !saysOtherRows(n) && !saysShopBuying(n),
  );
  for (const name of others.slice(0, LOOKALIKE_SHEETS)) {
    let sales: { count: number; rows: number } | null;
    try {
      sales = await salesColumns(name);
    } catch {
      continue; // a sheet that cannot be read is not the sales
    }
    if (!sales || sales.count <= (best ?? own).count || sales.rows < own.rows) continue;
    best = { name, count: sales.count };
  }
  return best ? { ...sheetOf, transactions: { sheet: best.name, chosen: false } } : sheetOf;
}

const SUPPLIERS: ReadonlySet<string> = new Set(SUPPLIER_HEADERS.map(foldHeader));

/** The note that the sales were read from `read`, the one sheet with their columns (onlySalesSheet). */
function salesByColumnsNote(read: SheetSource): Finding {
  // The required columns first (date, customer, amount), as the sheet heads them.
  const fields = SHEETS.transactions.fields;
  const order = [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
  const columns = read.columns as Record<string, string | undefined>;
  const headers = order.flatMap((f) => columns[f.key] ?? []);
  const shown = (lang: Lang) =>
    headers.slice(0, 4).join(say(lang, "ingest", "nameSeparator")) +
    (headers.length > 4 ? "…" : "");
  const params = { sheet: read.sheetName, columns: shown("zh-CN"), columnsEn: shown("en-US") };
  return {
    sheet: read.sheetName,
    kind: "transactions",
    row: 0,
    column: "",
    code: "sales_sheet_by_columns",
    severity: QUALITY_CODES.sales_sheet_by_columns,
    value: read.sheetName,
    message: {
      "zh-CN": say("zh-CN", "quality", "sales_sheet_by_columns", params),
      "en-US": say("en-US", "quality", "sales_sheet_by_columns", params),
    },
  };
}

/**
 * The sales sheet where no sheet is named as the sales and the customers' is: the one unread sheet
 * (at most LOOKALIKE_SHEETS looked at) with the sales' columns (`salesColumns`, as
 * salesSheetByColumns judges), none whose name says other rows or another kind of list
 * (saysOtherRows, NOT_SALES_ALONE_SHEET_WORDS: 报价单, 押金, Quotes), marked byColumns; else
 * `sheetOf` as it is (none, or several: sheets kept per month are read as one by lookalikeParts,
 * per salesperson refused). Newuser70 N1: a car-repair shop's 会员档案 + 维修单 was refused ("找不到
 * “交易”工作表 … 请把它改名为“交易”") while the same workbook with a 储值卡流水 beside was read from
 * 维修单: removing an unrelated sheet broke the run.
 */
async function onlySalesSheet(
  sheetOf: Record<SheetKind, InputSheet>,
  names: readonly string[],
  taken: ReadonlyMap<string, SheetKind>,
  isSheet: (name: string) => boolean,
  salesColumns: (name: string) => Promise<unknown>,
): Promise<Record<SheetKind, InputSheet>> {
  if (!sheetOf.customers.sheet) return sheetOf;
  const others = names.filter(
    (n) =>
      !taken.has(n) &&
      isSheet(n) &&
      !saysOtherRows(n) &&
      !saysNotSalesAlone(n) &&
      !saysShopBuying(n),
  );
  const fit: string[] = [];
  for (const name of others.slice(0, LOOKALIKE_SHEETS)) {
    try {
      if (await salesColumns(name)) fit.push(name);
    } catch {
      continue; // a sheet that cannot be read is not the sales
    }
    if (fit.length > 1) return sheetOf;
  }
  return fit.length === 1
    ? { ...sheetOf, transactions: { sheet: fit[0], chosen: false, byColumns: true } }
    : sheetOf;
}

const NOT_SALES_ALONE = NOT_SALES_ALONE_SHEET_WORDS.map((w) => w.toLowerCase());

/** Whether a sheet's name says a list of other rows than sales (NOT_SALES_ALONE_SHEET_WORDS). */
function saysNotSalesAlone(name: string): boolean {
  const n = name.normalize("NFKC").trim().toLowerCase();
  return NOT_SALES_ALONE.some((w) => n.includes(w));
}

// A year, month or quarter in a sheet's name (2025年, 1月, Q3, FY2026): what sets one sheet of a
// kind kept per period apart from the next.
const PERIOD_IN_NAME = /\d+|年|月|季度|q[1-4]|fy|h[12]/g;

/**
 * Per input read from a sheet found by its name, the other sheets of the same kind whose names
 * differ from it only by a period (`2026销售` beside `2025销售`, `2月销售` … `11月销售` beside `1月销售`):
 * one sheet per year or month, left unread (each input reads one sheet; tester53 N31).
 *
 * @example siblingSheets(["2025销售", "2026销售"], inputSheets(["2025销售", "2026销售"])).transactions // ["2026销售"]
 */
export function siblingSheets(
  names: readonly string[],
  sheetOf: Record<SheetKind, InputSheet>,
): Partial<Record<SheetKind, string[]>> {
  const out: Partial<Record<SheetKind, string[]>> = {};
  const periodless = (name: string) => foldLabel(name).replace(PERIOD_IN_NAME, "");
  for (const kind of Object.keys(sheetOf) as SheetKind[]) {
    const read = sheetOf[kind].sheet;
    if (!read || sheetOf[kind].chosen) continue;
    const key = periodless(read);
    if (key === foldLabel(read)) continue; // no period in its name
    const others = names.filter(
      (n) => n !== read && sheetInput(n) === kind && periodless(n) === key,
    );
    if (others.length > 0) out[kind] = others;
  }
  return out;
}

/** The most sheet names a list says in full; a longer one says the first few and the last. */
const NAMES_IN_FULL = 6;

/**
 * Sheet names quoted and joined in `lang`, shortened past NAMES_IN_FULL (30 months of sheets).
 *
 * @example namesList(["1月", "2月"], "zh-CN") // "“1月”、“2月”"
 */
export function namesList(names: readonly string[], lang: Lang): string {
  const quoted = names.map((n) => `“${n}”`);
  const sep = say(lang, "ingest", "nameSeparator");
  if (quoted.length <= NAMES_IN_FULL) return quoted.join(sep);
  return say(lang, "ingest", "namesShortened", {
    first: quoted.slice(0, 3).join(sep),
    last: quoted[quoted.length - 1]!,
    count: quoted.length,
  });
}

/**
 * Whether a name of sheetNames is a worksheet, not an Excel table (the add-in lists both; a table
 * repeats the columns of the sheet it sits on, so it is never a sheet kept per period beside it).
 * Every name is, for a source that lists sheets only.
 */
async function worksheetTest(source: GridSource): Promise<(name: string) => boolean> {
  if (!source.worksheetNames) return () => true;
  const sheets = new Set(await source.worksheetNames());
  return (name) => sheets.has(name);
}

/**
 * Adds to `siblings` the unread sheets with the very columns of an input's sheet (sameColumnSheets:
 * a sales log kept one sheet per month under names like 2024年6月, which siblingSheets cannot tell
 * by name; tester58 U60). The top rows of each unread sheet are read once, only peeked at.
 */
async function addSameColumnSheets(
  siblings: Partial<Record<SheetKind, string[]>>,
  dataset: Dataset,
  names: readonly string[],
  taken: ReadonlyMap<string, SheetKind>,
  source: GridSource,
  columns: Partial<Record<SheetKind, ColumnOverrides>> = {},
): Promise<void> {
  const claimed = new Set(Object.values(siblings).flat());
  // An input read from a table has its own sheet beside it, never a sibling.
  const isSheet = await worksheetTest(source);
  const unread = () => names.filter((n) => !taken.has(n) && !claimed.has(n) && isSheet(n));
  if (unread().length === 0) return;
  const tops = new Map<string, Promise<Grid>>();
  const top = (name: string) => {
    let rows = tops.get(name);
    if (!rows) tops.set(name, (rows = readTopRows(source, name, HEADER_SEARCH_ROWS, true)));
    return rows;
  };
  for (const kind of SHEET_KINDS) {
    const read = dataset.sources[kind];
    if (!read || read.sheetIsFile || !isSheet(read.sheetName)) continue;
    const more = await sameColumnSheets(unread(), read, top, columns[kind]);
    if (more.length === 0) continue;
    siblings[kind] = [...(siblings[kind] ?? []), ...more];
    for (const n of more) claimed.add(n);
  }
}

/** Says which sheets of an input were left unread beside the one read, and keeps them for warnings. */
function reportSiblingSheets(
  dataset: Dataset,
  findings: Finding[],
  siblings: Partial<Record<SheetKind, string[]>>,
  copies: ReadonlySet<string> = new Set(),
  channels: ReadonlySet<string> = new Set(),
  readInPart: ReadonlyMap<string, PartRead> = new Map(),
): void {
  for (const kind of SHEET_KINDS) {
    const read = dataset.sources[kind];
    const parts = read?.parts;
    if (!read || !parts) continue;
    const others = parts.slice(1);
    const rows = dataset.counts[kind]?.read ?? 0;
    // Sheets of another layout (a shop's own log beside an export: otherLayoutParts) said so.
    const layouts = others.filter((n) => channels.has(n));
    const params = (lang: Lang) => ({
      sheet: read.sheetName,
      list: namesList(others, lang),
      count: others.length,
      total: parts.length,
      rows,
      layouts: namesList(layouts, lang),
      layoutCount: layouts.length,
    });
    const layout = layouts.length > 0;
    // One sheet per store (万达店, 大学城店: tester60 U102) said as such, not "per year or month";
    // sheets of the same columns named neither (历史流水 beside 12月消费: tester64 U180) as such.
    const stores = others.every((n) => isStoreName(n) && !isPeriodName(n));
    const partNames = others.every(isPartName);
    // Which sheet was read for which days: a live sheet's days read from its tidied copy.
    const inPart = (lang: Lang) =>
      parts
        .flatMap((sheet) =>
          (readInPart.get(sheet) ?? []).map(
            (d) =>
              say(lang, "ingest", "partReadBesideCopy", {
                sheet,
                copy: d.copy,
                rows: d.rows,
                from: isoDate(d.from),
                to: isoDate(d.to),
              }) +
              (d.kept > 0
                ? say(lang, "ingest", "partReadBesideCopyKept", {
                    sheet,
                    copy: d.copy,
                    kept: d.kept,
                  })
                : ""),
          ),
        )
        .join("");
    const note: Finding = {
      sheet: read.sheetName,
      kind,
      row: 0,
      column: "",
      code: "sibling_sheets_read",
      severity: QUALITY_CODES.sibling_sheets_read,
      value: others.join(", "),
      message: layout
        ? {
            "zh-CN": say("zh-CN", "ingest", "otherLayoutSheetsRead", params("zh-CN")),
            "en-US": say("en-US", "ingest", "otherLayoutSheetsRead", params("en-US")),
          }
        : stores
          ? {
              "zh-CN": say("zh-CN", "ingest", "storeSheetsRead", params("zh-CN")),
              "en-US": say("en-US", "ingest", "storeSheetsRead", params("en-US")),
            }
          : !partNames
            ? {
                "zh-CN": say("zh-CN", "ingest", "sameColumnSheetsRead", params("zh-CN")),
                "en-US": say("en-US", "ingest", "sameColumnSheetsRead", params("en-US")),
              }
            : {
                "zh-CN": say("zh-CN", "quality", "sibling_sheets_read", params("zh-CN")),
                "en-US": say("en-US", "quality", "sibling_sheets_read", params("en-US")),
              },
    };
    for (const lang of ["zh-CN", "en-US"] as const) note.message[lang] += inPart(lang);
    findings.push(note);
  }
  for (const [kind, all] of Object.entries(siblings) as [SheetKind, string[]][]) {
    const read = dataset.sources[kind];
    if (!read) continue;
    (dataset.siblingSheets ??= {})[kind] = all;
    // The sales' sheets left unread for a name saying other rows (交易备份, 模板: saysOtherRows) are
    // said as an error, apart: any sale on them is not in the report (tester64 U180). A returns
    // sheet's own warning says what to do with it (returns_sheet_unread).
    // So are those left out as copies of the rows read (copiedParts), in their own words, and
    // those whose name says neither a period, a store nor older sales (报价单, 预约, 欠款, 汇总,
    // Quotes, Unpaid beside 交易: reviewer64 H1), in theirs.
    const unnamed = (n: string) =>
      !copies.has(n) && !saysOtherRows(n) && !returnsSheetName(n) && !samePartName(n);
    const otherRows =
      kind === "transactions"
        ? all.filter(
            (n) => (saysOtherRows(n) && !returnsSheetName(n)) || copies.has(n) || unnamed(n),
          )
        : [];
    const group = (n: string) => (copies.has(n) ? "copy" : unnamed(n) ? "unnamed" : "other");
    for (const which of ["other", "unnamed", "copy"] as const) {
      const these = otherRows.filter((n) => group(n) === which);
      if (these.length === 0) continue;
      const words = {
        sheet: read.sheetName,
        list: namesList(these, "zh-CN"),
        listEn: namesList(these, "en-US"),
        count: these.length,
      };
      findings.push({
        sheet: read.sheetName,
        kind,
        row: 0,
        column: "",
        code: "same_column_sales_unread",
        severity: QUALITY_CODES.same_column_sales_unread,
        value: these.join(", "),
        message:
          which === "other"
            ? qualityMessage("same_column_sales_unread", words)
            : {
                "zh-CN": say("zh-CN", "ingest", SAME_COLUMN_UNREAD[which], words),
                "en-US": say("en-US", "ingest", SAME_COLUMN_UNREAD[which], {
                  ...words,
                  list: words.listEn,
                }),
              },
      });
    }
    const others = all.filter((n) => !otherRows.includes(n));
    if (others.length === 0) continue;
    const list = namesList(others, "zh-CN");
    const listEn = namesList(others, "en-US");
    // A sheet of the same columns under a name of no period (a copy of the customers kept as
    // 已退会员: reviewer58 L1) is not said to be kept per year or month.
    const periods = others.every(isPeriodName);
    const words = { sheet: read.sheetName, list, listEn, count: others.length };
    findings.push({
      sheet: read.sheetName,
      kind,
      row: 0,
      column: "",
      code: "sibling_sheets_unread",
      severity: QUALITY_CODES.sibling_sheets_unread,
      value: others.join(", "),
      message: periods
        ? qualityMessage("sibling_sheets_unread", words)
        : {
            "zh-CN": say("zh-CN", "ingest", "sameColumnSheetsUnread", words),
            "en-US": say("en-US", "ingest", "sameColumnSheetsUnread", { ...words, list: listEn }),
          },
    });
  }
}

/** The words of same_column_sales_unread for sheets left out as copies, or for their names. */
const SAME_COLUMN_UNREAD = {
  copy: "sameColumnCopiesUnread",
  unnamed: "sameColumnNamesUnread",
} as const;

/**
 * Whether a sheet of the sales' very columns is read with them for its name: a period or a store
 * (isPartName) or older sales (saysOlderSales: 历史流水, 旧账, Archive; reviewer64 H1).
 */
/**
 * A sheet named as a part of an input kept by period or store (国贸店1月, 2025年), or as its older
 * sales: the names the run reads together.
 *
 * @example samePartName("万达店1月") // true
 */
export function samePartName(name: string): boolean {
  return isPartName(name) || saysOlderSales(name);
}

/**
 * Of the sheets `names`, the worksheets beside the sheet `read` the run may read with it: not it,
 * none `skip` passes over (an input's sheet, a part taken already), none whose name says other
 * rows (saysOtherRows: 备份, 模板, 退货, 充值), each whose name `fits` (samePartName: a period, a
 * store, older sales). The run's parts and the pane's (taskpane/inputs.ts) are picked from these.
 *
 * @example await sheetsBeside(book, ["国贸店1月", "万达店1月", "交易备份"], "国贸店1月", () => false) // ["万达店1月"]
 */
export async function sheetsBeside(
  source: GridSource,
  names: readonly string[],
  read: string,
  skip: (name: string) => boolean,
  fits: (name: string) => boolean = samePartName,
): Promise<string[]> {
  const isSheet = await worksheetTest(source);
  if (!isSheet(read)) return [];
  return names.filter((n) => n !== read && !skip(n) && isSheet(n) && !saysOtherRows(n) && fits(n));
}

/**
 * The sheets beside the sales read (`read`, `family` sheets read with it already) of its columns but
 * its customer key (otherKeySheets: 万达店N月 keyed by 顾客手机 beside 国贸店N月 keyed by 会员编号;
 * tester65 U200), named by a period or a store (sheetsBeside), at most PARTS_MAX with the family:
 * as the run reads them and the pane shows them (lead67: the pane said 国贸店1月 +11 where the
 * run read 23 sheets).
 *
 * @example await otherKeyParts(book, names, sources.transactions!, () => false, 12) // ["万达店1月", …]
 */
export async function otherKeyParts(
  source: GridSource,
  names: readonly string[],
  read: Pick<SheetSource, "kind" | "columns" | "unmappedHeaders" | "sheetName">,
  skip: (name: string) => boolean,
  family: number,
): Promise<string[]> {
  const unread = await sheetsBeside(source, names, read.sheetName, skip);
  if (unread.length === 0) return [];
  const top = (name: string) => readTopRows(source, name, HEADER_SEARCH_ROWS, true);
  const keyed = await otherKeySheets(unread, read, top);
  return keyed.slice(0, Math.max(0, PARTS_MAX - 1 - family));
}

/** The rows of a sheet beside the sales looked at to tell it lists the work they bill (jobsOfSales). */
const JOB_ROWS = 200;

/**
 * The rows below the header of a sheet's top rows `rows`, as jobsOfSales looks at them: each
 * row's customer (its number in `index`, or -1) and day (NaN: none); none when no header row maps
 * the sales' customer and date. The customer by her ID, or by another customers column (`keys`:
 * a phone, an e-mail) as the sales may be joined (keyByOther; fix68b's left item 3: Jobs keyed by
 * Phone beside Invoices keyed by Phone were given the advice to add their rows to the invoices).
 */
function jobRows(rows: Grid, index: CustomerIndex, keys?: CustomerKeys): JobRows {
  const header = findHeader(rows, SHEETS.transactions);
  const date = header?.columns.date;
  if (!header || date === undefined) return { customers: [], days: [] };
  const other = keys ? keyByOther(header, rows, {}, (cell) => isCustomer(index, cell), keys) : null;
  const id = other ? other.column : header.columns.customerId;
  if (id === undefined) return { customers: [], days: [] };
  const byKey = other ? keys!.values(other.field).byKey : index;
  const body = rows
    .slice(header.rowIndex + 1)
    .filter((r) => r.some((c) => c !== null && c !== undefined && c !== ""));
  return {
    customers: body.map((r) => {
      const key = customerKey(r[id]);
      const customer = key === "" ? undefined : byKey.get(key);
      return customer === undefined || customer === SHARED ? -1 : customer;
    }),
    days: body.map((r) => parseDate(r[date])),
  };
}

/**
 * The share of rows shared (customer, day, amount) between a sheet read for its name of older
 * sales and the other sheets that makes them hold the same rows: of its rows (a copy of the month's
 * sheet), or of another sheet's rows (an all-year ledger holding the month's sheet: reviewer64 H2).
 * Sheets of older sales and sheets of their own months share no row; a fifth is no chance.
 */
const COPY_SHARE = 0.2;

/**
 * The share for a sheet named by a period or a store (isPartName): two stores' or two months' own
 * sales share a customer's same amount on the same day only by chance, a copy (11月 and 11月整理)
 * or a sheet of all stores (全部门店 beside 万达店 and 大学城店) nearly all its rows (reviewer64
 * S, G: 22,000 and 12,000 vs 11,000).
 */
const PART_COPY_SHARE = 0.8;

/**
 * Of the parts of one input (`tables`, sheets `names`), those that may be copies (`share`: for each,
 * the share of its rows that makes it one; 0: never one, the sheet the user chose) whose rows
 * (customer, day, amount, and order id where the sheet has them; walk-ins' left out) are the other
 * parts' again, that share of their own rows or more, matched one to one: a copy of the sheet beside
 * it kept under another name (tester64 U180's guard), a month's sheet again (11月整理 beside 11月), a
 * sheet of all stores (全部门店 beside 万达店 and 大学城店: reviewer64 S, G), a month's sheet whose rows
 * an all-year ledger or a year's sheet holds (reviewer64 H2: 总流水 + 11月消费 counted November twice).
 * The largest first, so a sheet holding the others with no rows of its own is the one left out, and
 * one holding them beside rows of its own (2026年 beside 11月 and 12月) is kept, those it holds left
 * out: every row once (fix65d left the year's sheet out, its other months with it). A sheet named as
 * the corrected one (saysCorrected: 11月整理, 最终版) last, so that its copy is left out, not it,
 * whatever their places (reviewer65 M5); the later on a tie. A sheet of one store is a copy of
 * another store's only when they hold the same rows: a fleet's or a regular's washes at both stores
 * the same day are all in the bigger store's rows, no copy of them (reviewer65 S7). Indices
 * (`out`); and (`spans`) the parts read but on the days of their tidied copies, each copy read for
 * its own days: the live 11月 that kept getting rows after its snapshot 11月整理 was tidied
 * (reviewer66 H2: 7,000 read whole, its typo and double with it; truth 6,000).
 */
function copiedParts(
  tables: readonly Transactions[],
  names: readonly string[],
  share: readonly number[],
  walkIn: (customer: number) => boolean = () => false,
): { out: Set<number>; spans: Map<number, TidiedSpan[]> } {
  const out = new Set<number>();
  const spans = new Map<number, TidiedSpan[]>();
  if (!share.some((x) => x > 0)) return { out, spans };
  // The order id too where the sheet has them: two stores' rows of one customer, day and amount
  // are two orders (W-1, D-1), a copy's rows the same orders.
  // Not when a part has none (a shop's own log beside an export of order numbers: tester66 U237),
  // whose rows could then match no other part's.
  const orders = tables.every((t) => t.hasOrderIds);
  const keyOf = (t: Transactions, i: number) =>
    `${t.customer[i]},${t.day[i]},${t.amount[i]}` + (orders ? `,${t.order[i]}` : "");
  // Each part's rows counted per key, a walk-in's left out (reviewer65 H8): rows are matched one to
  // one (a store's 5 散客 washes of a day match at most the other store's 2, not all 5), and a till's
  // 散客 rows, alike in every store, are no evidence of a copy (a kiosk of walk-ins was dropped).
  const dayOf = new Map<string, number>();
  const firstDay = tables.map(() => Infinity);
  const lastDay = tables.map(() => -Infinity);
  const counts = tables.map((t, k) => {
    const m = new Map<string, number>();
    for (let i = 0; i < t.count; i++) {
      if (walkIn(t.customer[i])) continue;
      const key = keyOf(t, i);
      m.set(key, (m.get(key) ?? 0) + 1);
      dayOf.set(key, t.day[i]);
      firstDay[k] = Math.min(firstDay[k], t.day[i]);
      lastDay[k] = Math.max(lastDay[k], t.day[i]);
    }
    return m;
  });
  const rowsOf = (m: Map<string, number>) => {
    let n = 0;
    for (const v of m.values()) n += v;
    return n;
  };
  const own = counts.map(rowsOf);
  const corrected = names.map(saysCorrected);
  const store = names.map(oneStoreOf);
  const order = tables
    .map((_, k) => k)
    .sort(
      (a, b) =>
        Number(corrected[a]) - Number(corrected[b]) || tables[b].count - tables[a].count || b - a,
    );
  // The rows of part k that part j holds, matched one to one.
  const shared = (k: number, j: number) => {
    let n = 0;
    for (const [key, c] of counts[k]) n += Math.min(c, counts[j].get(key) ?? 0);
    return n;
  };
  for (const k of order) {
    const least = share[k];
    if (least <= 0 || own[k] === 0) continue;
    const kept = (j: number) => j !== k && !out.has(j);
    let found = 0;
    for (const [key, n] of counts[k]) {
      let there = 0;
      counts.forEach((m, j) => {
        if (kept(j)) there += m.get(key) ?? 0;
      });
      found += Math.min(n, there);
    }
    // Holding another part's rows (that share of them or more) beside rows of its own: a sheet of
    // its own period when most of those rows lie outside the days of the parts it holds (2026年
    // beside 11月 and 12月, 总流水 beside 11月消费, the live 万达店 to November beside its export
    // 万达店(旧) to September, the live 11月 beside 11月整理 tidied on the 25th: kept, they are left
    // out in their turn); else a sheet of them all again whose other rows are noise on their days
    // (全部门店, its walk-ins read as the members above them; 11月 with a typo beside 11月整理: left
    // out, reviewer64 S, reviewer65 M5). Its rows found in the others count for nothing here: the
    // holder is never the one left out for the rows it holds (reviewer66 H1: 66,800 → 54,600).
    const held = tables
      .map((_, j) => j)
      .filter((j) => kept(j) && own[j] > 0 && shared(j, k) >= least * own[j]);
    const isCopy = found >= least * own[k];
    if (!isCopy && held.length === 0) continue;
    if (held.length > 0) {
      const from = Math.min(...held.map((j) => firstDay[j]));
      const to = Math.max(...held.map((j) => lastDay[j]));
      let rest = 0;
      let within = 0;
      for (const [key, n] of counts[k]) {
        let there = 0;
        counts.forEach((m, j) => {
          if (kept(j)) there += m.get(key) ?? 0;
        });
        const left = n - Math.min(n, there);
        const day = dayOf.get(key)!;
        rest += left;
        if (day >= from && day <= to) within += left;
      }
      if (rest > 0 && within * 2 <= rest) {
        // Those it holds named as tidied (11月整理 beside the live 11月 or a year's live log, not
        // the export 万达店(旧) beside the live 万达店): each is read for its own days, this part
        // for the others; its rows on those days (the typo, the double the tidying took out) are
        // not, nor matched against the parts after it.
        if (!corrected[k]) {
          const tidied = held.filter((j) => corrected[j]);
          for (const j of tidied) {
            const span = { from: firstDay[j], to: lastDay[j], copy: j };
            // Only where it stands for the whole of those days (one store's or the members'
            // November beside the all-stores log does not: reviewer67 H5, 13,000 → 7,000): both
            // read as before, the copy left out.
            if (!wholeDays(tables[k], tables[j], span)) continue;
            spans.set(k, [...(spans.get(k) ?? []), span]);
            for (const [key] of counts[k]) {
              const day = dayOf.get(key)!;
              if (day >= span.from && day <= span.to) counts[k].delete(key);
            }
          }
          own[k] = rowsOf(counts[k]);
        }
        continue;
      }
    }
    // One store's sheet whose rows another store's sheet holds beside many of its own: the same
    // customers the same days at both stores, read (reviewer65 S7: 1,120 → 700), whatever period the
    // names add (国贸店11月 + 万达店11月: reviewer66 M4). Its rows spread over several sheets, the
    // other store's sheet the same rows again, or the same store's sheet, it is a copy.
    if (store[k] !== undefined) {
      const other = (j: number) => store[j] !== undefined && store[j] !== store[k];
      const inOne = tables.map((_, j) => (kept(j) && other(j) ? shared(k, j) : 0));
      const j = inOne.indexOf(Math.max(...inOne));
      if (inOne[j] >= least * own[k] && inOne[j] < least * own[j]) continue;
    }
    out.add(k);
  }
  return { out, spans };
}

/**
 * The share of a live part's rows on a tidied copy's days whose customer that day the copy has too,
 * that makes the copy stand for the whole of those days: the typo it corrected and the row it took
 * out as entered twice are rows of its customers those days (reviewer66 H2, C1: 21 of 21); a copy
 * of one store's or the members' rows beside the all-stores log is half of them (reviewer67 H5: 20
 * of 40, store B's 6,000 not in it).
 */
const TIDIED_WHOLE_SHARE = 0.9;

/**
 * Whether the tidied part `copy` stands for the whole of the live part's rows on the days of `span`
 * (TIDIED_WHOLE_SHARE of them a customer's the copy has that day, a walk-in's too), so that the
 * live part may be read but on those days.
 *
 * @example wholeDays(log, novOneStore, nov1to20) // false: the other store's rows are not in it
 */
function wholeDays(live: Transactions, copy: Transactions, span: DaySpan): boolean {
  const there = new Set<string>();
  for (let i = 0; i < copy.count; i++) there.add(`${copy.customer[i]},${copy.day[i]}`);
  let rows = 0;
  let held = 0;
  for (let i = 0; i < live.count; i++) {
    if (live.day[i] < span.from || live.day[i] > span.to) continue;
    rows++;
    if (there.has(`${live.customer[i]},${live.day[i]}`)) held++;
  }
  return held >= TIDIED_WHOLE_SHARE * rows;
}

/** Days of a part read from its tidied copy (`copy`, a part's index) instead: copiedParts. */
interface TidiedSpan extends DaySpan {
  copy: number;
}

/** A part's days read from its tidied copies instead (by the copy's name), and its rows left out. */
type PartRead = (DaySpan & { copy: string; rows: number; kept: number })[];

/**
 * The date_year_from_sheet notes of the sheets read as one input (`parts`, named `sheets`) as one,
 * on the first: how many dates in all, on which sheets, in which years (fix65e's note: one note per
 * month sheet, 22 for the salon's workbook, U213's noise). A lone sheet's stands.
 */
function yearNotesOnce(
  parts: readonly SheetResult<unknown>[],
  sheets: readonly string[],
  found: Finding[],
): void {
  const read = sheets.filter((_, k) => parts[k].yearFromSheet);
  if (read.length < 2) return;
  const notes = found.filter((f) => f.code === "date_year_from_sheet" && read.includes(f.sheet));
  if (notes.length < 2) return;
  const [note] = notes;
  const first = parts[sheets.indexOf(note.sheet)].yearFromSheet!;
  const years = [...new Set(parts.map((p) => p.yearFromSheet?.year).filter((y) => y))].sort();
  const words = (lang: Lang) =>
    say(lang, "ingest", "dateYearFromSheets", {
      count: parts.reduce((n, p) => n + (p.yearFromSheet?.count ?? 0), 0),
      sheets: read.length,
      list: namesList(read, lang),
      years: years.join(say(lang, "ingest", "nameSeparator")),
      sheet: note.sheet,
      row: note.row,
      value: note.value,
      reading: first.reading,
    });
  note.message = { "zh-CN": words("zh-CN"), "en-US": words("en-US") };
  const gone = new Set(notes.slice(1));
  for (let i = found.length - 1; i >= 0; i--) if (gone.has(found[i])) found.splice(i, 1);
}

/** Findings about a sheet's header, said once for sheets read as one (readParts). */
const HEADER_CODES: ReadonlySet<string> = new Set([
  "unmapped_column",
  "unmapped_near_field",
  "duplicate_column",
  // The parts keyed by the same other column (万达店N月's 顾客手机: otherKeyParts): said on the first.
  "customer_key_by_other",
]);

/**
 * Whether an input kept one sheet per period is read as one (its sheets joined: sheetParts.ts):
 * the transactions, whose rows each stand alone. A customer list kept per year would list a
 * customer on each sheet; such sheets are said, not read.
 */
function readsTogether(kind: SheetKind): boolean {
  return kind === "transactions";
}

/** Thrown inside readSheet's callback to stop reading once the top rows are in. */
class EnoughRows extends Error {}

/**
 * The money refunded on an after-sales sheet whose header (`header`, found in its top rows) maps a
 * refund amount: each row's 退款金额 below the header, but for a row whose 售后状态 says the refund
 * did not happen (refundAmounts.ts refundNotDone: 已拒绝, 退款关闭).
 *
 * @example await refundsOn(book, "售后", header) // 458
 */
async function refundsOn(
  source: GridSource,
  name: string,
  header: NonNullable<ReturnType<typeof findHeader>>,
): Promise<number> {
  const at = header.columns.refundAmount!;
  const status = header.columns.refundStatus;
  let seen = 0;
  let cents = 0;
  const reading = amountReading();
  await source.readSheet(name, (block) => {
    for (const row of block) {
      if (seen++ <= header.rowIndex) continue;
      if (status !== undefined && refundNotDone(row[status])) continue;
      const value = Math.abs(readAmount(row[at], reading).value);
      if (value > 0) cents += Math.round(value * 100);
    }
  });
  return cents / 100;
}

/**
 * The first rows of a sheet (as many as header detection looks at), stopping the read early.
 * `peek`: the sheet is looked at only (no full read follows: GridSource.readSheet).
 *
 * @example await readTopRows(book, "客户") // [["客户编号", …], …]
 */
export async function readTopRows(
  source: GridSource,
  name: string,
  limit = HEADER_SEARCH_ROWS,
  peek = false,
): Promise<Grid> {
  const rows: Grid = [];
  try {
    await source.readSheet(
      name,
      (block) => {
        for (const row of block) {
          if (rows.length >= limit) break;
          rows.push(row);
        }
        if (rows.length >= limit) throw new EnoughRows();
      },
      undefined,
      peek ? { top: true, peek } : { top: true },
    );
  } catch (error) {
    if (!(error instanceof EnoughRows)) throw error;
  }
  return rows;
}

/**
 * The language the workbook's last run wrote in, or null (no earlier run): the words of its Customer
 * segments tab's header row. Not the tabs' names: sheetNames never lists our tabs, and a refresh in
 * another language keeps their names (users' references survive), so an English-named tab may hold
 * Chinese words (stop-20 tester L1).
 *
 * @example await previousRunLanguage(book) // "en-US" after `analyze 客户.xlsx --lang en-US`
 */
export async function previousRunLanguage(source: GridSource): Promise<Lang | null> {
  const sheet = await source.ownedSheet?.("segments");
  if (!sheet) return null;
  const header = ((await readTopRows(source, sheet, 1))[0] ?? []).filter(
    (c): c is string => typeof c === "string" && c.trim() !== "",
  );
  return header.length > 0 ? textLanguage(header, "en-US") : null;
}

/**
 * The texts of an input sheet's top rows that say its language: its header row's cells when one is
 * found (findHeader), else, for an input, its first row of two or more texts (misnamed columns),
 * else every text there (a title, a note).
 * Tester #11 (stop 42): an English-headed CSV of Chinese customer names ran in Chinese, any Chinese
 * text of the top rows deciding; README says the headers do. A title row above the headers
 * (2025 客户名单 over Customer ID, Name) says nothing either.
 *
 * @example headerTexts([["Customer ID", "Name"], ["C1", "张伟"]], "customers") // ["Customer ID", "Name"]
 * @example headerTexts([["First Name", "Email"], ["陈老师", "a@b.cn"]], "customers") // ["First Name", "Email"]
 */
export function headerTexts(rows: Grid, kind: SheetKind | undefined): string[] {
  const header = kind ? findHeader(rows, SHEETS[kind]) : null;
  const texts = (cells: readonly unknown[]) =>
    cells.filter((c): c is string => typeof c === "string" && c.trim() !== "");
  if (header) return texts(header.headers);
  // An input whose header row has no column we know (a Shopify export: First Name, Email …) over
  // Chinese names: its first row of two or more texts is that header, and says the language of the
  // error (tester54 T18: the error came in Chinese). A lone title above it says nothing.
  if (kind) for (const row of rows) if (texts(row).length >= 2) return texts(row);
  return texts(rows.flat());
}

/** Sheets whose top rows workbookLanguage reads when none is named as an input. */
const LANGUAGE_SHEETS = 3;

/**
 * The language a workbook speaks, for a refresh with no language chosen: the language its last run
 * wrote in (previousRunLanguage), else that of sheets named as our tabs, else of the customers
 * sheet's headers (any Chinese header: zh-CN; its top rows' text when no header row is found:
 * headerTexts), else of the other input sheets', else, when no sheet
 * is named as an input, Chinese in the top rows of the first sheet that has text (of the first
 * three); else null (the caller falls back to the system's).
 *
 * @example await workbookLanguage(book) // "zh-CN" when its last run wrote Chinese
 */
export async function workbookLanguage(source: GridSource): Promise<Lang | null> {
  const previous = await previousRunLanguage(source);
  if (previous) return previous;
  const names = await source.sheetNames();
  // Sheets named as our tabs but not marked ours (a workbook written before tabs were marked).
  for (const lang of ["zh-CN", "en-US"] as const)
    if (OUTPUT_TAB_KEYS.some((t) => names.includes(tabName(t, lang)))) return lang;
  const inputs = inputSheets(names);
  const sheet = inputs.customers.sheet;
  // No customers sheet (the run will stop with an error): the names of the input sheets it did
  // find say the language of that error ("找不到“客户”工作表" for a book of 交易, 投诉 …).
  const topTexts = async (name: string, kind?: SheetKind) =>
    headerTexts(await readTopRows(source, name), kind);
  let texts = sheet
    ? await topTexts(sheet, "customers")
    : Object.values(inputs).flatMap((i) => (i.sheet ? [i.sheet] : []));
  // An empty customers file (the run will stop on it): the other inputs' headers say the language
  // of that error (a new-user trial: 交易.csv beside an empty 客户.csv answered in English).
  for (const [kind, other] of Object.entries(inputs) as [SheetKind, (typeof inputs)[SheetKind]][])
    if (texts.length === 0 && other.sheet && other.sheet !== sheet)
      texts = await topTexts(other.sheet, kind);
  if (texts.length > 0) return textLanguage(texts, "en-US");
  // No sheet named as an input (one "Sheet1" of 客户编号, 日期, 金额: the run will stop, finding no
  // customers sheet): the first sheet with text in its top rows says the language of that error,
  // the next ones only when it is empty (stop 38 tester: English on an English system for a
  // Chinese sheet). Chinese there says Chinese; other text (Sheet1's "ID") says too little to
  // overrule the system's language, nor can a later sheet's note in Chinese (reviewer15 D11: a
  // "Notes" sheet answered English headers on "Data" in Chinese).
  if (Object.values(inputs).some((i) => i.sheet)) return null;
  for (const name of names.slice(0, LANGUAGE_SHEETS)) {
    const found = await topTexts(name);
    if (found.length > 0) return textLanguage(found, null);
  }
  return null;
}

/**
 * Reads every input sheet of a workbook into typed tables and the data-quality findings. Customers
 * are read first so the other sheets can join to them. Throws InputError when a required sheet or
 * column is missing; an optional sheet with such a problem is left out with its findings.
 */
export async function ingestWorkbook(
  source: GridSource,
  options: IngestOptions,
): Promise<IngestResult> {
  const names = await source.sheetNames();
  const findings: Finding[] = [];
  const dataset: Dataset = {
    asOf: options.asOf,
    customers: undefined as unknown as Customers,
    transactions: undefined as unknown as Transactions,
    surveys: null,
    complaints: null,
    contacts: null,
    sources: {},
    counts: {},
  };
  const sheetOf = await salesSheetByColumns(
    source,
    names,
    inputSheets(names, options.sheets),
    options.columns,
  );
  const customersBuilder = new CustomersBuilder();
  const index: CustomerIndex = customersBuilder.index;
  const builders: Record<SheetKind, () => TableBuilder<unknown>> = {
    customers: () => customersBuilder,
    transactions: () => new TransactionsBuilder(index),
    surveys: () => new SurveysBuilder(index),
    complaints: () =>
      new ComplaintsBuilder(index, isAfterSalesName(sheetOf.complaints.sheet ?? "")),
    contacts: () => new ContactsBuilder(index),
    visits: () => new VisitsBuilder(index),
    subscriptions: () => new SubscriptionsBuilder(index),
  };

  // Transactions ingested beside Customers, on another thread, when the source can (aside.ts);
  // its progress is told once Customers are done.
  let asideProgress = false;
  let lastProgress: [number, number | undefined] | null = null;
  const asideKind = ASIDE_KINDS.find((n) => sheetOf[n].sheet);
  const started =
    sheetOf.customers.sheet && asideKind && source.ingestAside
      ? source.ingestAside(
          {
            kind: asideKind,
            sheetName: sheetOf[asideKind].sheet!,
            asOf: options.asOf,
            columns: options.columns?.[asideKind],
          },
          (done, total) => {
            if (asideProgress) options.onProgress?.(asideKind, done, total);
            else lastProgress = [done, total];
          },
        )
      : null;
  let aside = started ? { kind: asideKind!, started } : null;
  const kinds = Object.keys(SHEETS) as SheetKind[];
  // With one read aside: the other inputs first (they join to customers only), it last, while
  // its worker finishes. Findings and tables go into the dataset in the inputs' order below.
  const order = aside ? [...kinds.filter((n) => n !== asideKind), asideKind!] : kinds;
  const sheetFindings: Partial<Record<SheetKind, Finding[]>> = {};
  // Sheets read as part of an input kept per period (readParts): no sibling left unread.
  const readTogether = new Set<string>();
  // Sheets of the sales' very columns whose rows are the others' again (copiedParts): not read.
  const copies = new Set<string>();
  // Sheets of the sales in columns of their own read with them (otherLayoutParts).
  const channels = new Set<string>();
  // Sheets listing the work the sales bill (Jobs beside Invoices: jobsOfRead): never read with them.
  const jobs = new Set<string>();
  // Sheets read but on the days of their tidied copies (copiedParts' spans), by name.
  const readInPart = new Map<string, PartRead>();
  const results: Partial<Record<SheetKind, SheetResult<unknown>>> = {};
  try {
    for (let k = 0; k < order.length; k++) {
      try {
        await ingestInput(order[k], order.slice(k + 1));
      } catch (error) {
        // An input after the aside one in the inputs' order failed: the aside one's error, if
        // any, is the one to tell (as when read in order).
        if (aside && kinds.indexOf(order[k]) > kinds.indexOf(aside.kind))
          await ingestInput(aside.kind, []);
        throw error;
      }
    }
  } finally {
    started?.cancel();
  }
  for (const kind of kinds) {
    for (const f of sheetFindings[kind] ?? []) findings.push(f);
    const result = results[kind];
    if (!result) continue;
    dataset.sources[kind] = result.source!;
    dataset.counts[kind] = result.counts;
    (dataset as unknown as Record<SheetKind, unknown>)[kind] = result.table;
  }
  // No sheet named as the sales: the one with their columns read as them, said (newuser70 N1).
  const sales = dataset.sources.transactions;
  if (sheetOf.transactions.byColumns && sales) findings.push(salesByColumnsNote(sales));
  // Complaints flagged in the contact log (是否投诉 是) are complaints (tester60 U100); its scored
  // calls (满意度(1-5)) survey answers (tester70 U605).
  complaintsFromContacts(dataset);
  surveysFromContacts(dataset);
  // Visits read from an appointments sheet (预约登记): said as visits kept, not classes attended.
  const visitsRead = dataset.sources.visits;
  if (dataset.visits && visitsRead && isAppointmentsName(visitsRead.sheetName))
    dataset.visits.appointments = true;
  // An appointments sheet beside the check-ins read: its bookings to come (fix64l's note).
  const bookings = await bookingsBeside();
  const siblings = siblingSheets(names, sheetOf);
  for (const kind of Object.keys(siblings) as SheetKind[]) {
    const left = siblings[kind]!.filter((n) => !readTogether.has(n));
    if (left.length > 0) siblings[kind] = left;
    else delete siblings[kind];
  }
  await addSameColumnSheets(
    siblings,
    dataset,
    names,
    new Map([
      ...takenSheets(sheetOf),
      ...[...readTogether].map((n) => [n, "transactions"] as const),
      // The jobs the sales bill are said as such (input_sheet_unread), never as sales to add.
      ...[...jobs].map((n) => [n, "transactions"] as const),
      ...(bookings ? [[bookings, "visits"] as const] : []),
    ]),
    source,
    options.columns,
  );
  reportSiblingSheets(dataset, findings, siblings, copies, channels, readInPart);
  // Sales of a customer whose Customers ID cell is #N/A point at that row (reviewer55 R3).
  pointAtErrorIds(dataset, findings);
  // A customer's phone typed as the ID (tester57 U52): whose it is.
  pointAtPhoneIds(dataset, findings);
  // A customer's name typed as the ID (tester69 U514): whose it is.
  pointAtNameIds(dataset, findings);
  pointAtMaskedIds(findings);
  // Rows not used that are a customer's (a date with no year, a name and no ID): matched now the
  // customers are known, to be said where the customer is listed (tester56 U26, tester55 U17).
  const notUsed = dataset.transactions?.notUsed;
  if (notUsed) {
    delete dataset.transactions.notUsed;
    const matched = resolveRowsNotUsed(notUsed, dataset, index, findings);
    if (matched.length > 0) dataset.rowsNotUsed = matched;
  }
  // Failed charges (Stripe's Failed) joined to their customers: a card to update (tester61 U134).
  joinFailedCharges(dataset, index);
  // A live subscription's status (past_due, paused) where the Customers sheet gives none (U114).
  subscriptionStatuses(dataset);
  // An optional input with no sheet of its name beside a sheet with its columns (客户反馈 for the
  // complaints): kept, for the warning and the input's tab to say (tester55 U3).
  const taken = takenSheets(sheetOf);
  for (const n of readTogether) taken.set(n, "transactions");
  if (bookings) taken.set(bookings, "visits");
  // A returns sheet beside the sales one (销售退货单): not read, so said (tester57 U49).
  const returnsSheets = dataset.sources.transactions?.sheetIsFile
    ? []
    : unreadReturnsSheets(names, taken);
  // So is a 售后 refund export no input read (售后单号, 订单号, 退款金额, 售后状态 退款成功): its
  // refunds are in the revenue too, and nothing said so (tester66 U240: ¥1,658 of 一叶茶庄's).
  if (!dataset.sources.transactions?.sheetIsFile) {
    const afterSales = names.filter(
      (n) =>
        isAfterSalesName(n) &&
        !returnsSheets.includes(n) &&
        !readTogether.has(n) &&
        !Object.values(dataset.sources).some((s) => s?.sheetName === n),
    );
    const top = (n: string) => readTopRows(source, n, HEADER_SEARCH_ROWS, true);
    let refunds = 0;
    for await (const { name, rows } of topRowsOf(afterSales, top)) {
      const header = findHeader(rows, SHEETS.transactions);
      if (header?.columns.refundAmount === undefined) continue;
      returnsSheets.push(name);
      // Its refunds' money, said with the warning (tester66 U240: "say the money").
      refunds += await refundsOn(source, name, header);
    }
    if (refunds > 0) dataset.returnsSheetRefunds = refunds;
  }
  if (returnsSheets.length > 0) dataset.returnsSheets = returnsSheets;
  const like = await optionalLookalikes(
    names.filter((n) => !taken.has(n)),
    kinds.filter((k) => !sheetOf[k].sheet),
    (name) => readTopRows(source, name),
    options.columns,
  );
  if (Object.keys(like).length > 0) dataset.lookalikeSheets = like;
  // Any other sheet no input read whose columns are an input's: said with the figures (U222).
  if (!source.sheetsAreFiles) {
    const said = new Set<string>([
      ...copies,
      ...returnsSheets,
      ...Object.values(dataset.siblingSheets ?? {}).flat(),
      ...Object.values(like).map((l) => l.name),
      ...(source.hiddenSheets ? await source.hiddenSheets() : []),
    ]);
    const isSheet = await worksheetTest(source);
    const unread = await unreadInputSheets(
      names.filter((n) => !taken.has(n) && !said.has(n) && isSheet(n)),
      (name) => readTopRows(source, name),
      options.columns,
    );
    if (unread.length > 0) dataset.unreadInputSheets = unread;
  }
  if (jobs.size > 0) dataset.jobsSheets = names.filter((n) => jobs.has(n));
  // Customers created after the analysis date with no row by then were not customers yet.
  leaveOutLaterCustomers(dataset, findings, source);
  // Top-ups of stored value whose purchases are on the sheet too are no purchases (tester57 U41):
  // read at 0, their day kept (reviewer58 M2).
  zeroTopUps(dataset);
  // The same order line twice is counted once; lines that disagree are said (tester52 M2).
  reportDuplicateRows(dataset, findings, source);
  // A purchase paid from stored value at ¥0 (划卡) is a purchase of the member's rhythm.
  markStoredValueVisits(dataset);
  // A return of a customer with no purchase in the data: counted, and said (tester10 #9).
  // A purchase far above the customer's usual for the item (a digit too many): said (U207).
  reportAmountsFarAboveUsual(dataset, findings, source);
  if (!options.returnsLater) {
    reportReturnsWithoutPurchase(dataset, findings, source);
    return { dataset, findings };
  }
  const at = findings.length;
  let checked = false;
  const checkReturns = (): void => {
    if (checked) return;
    checked = true;
    const since = findings.splice(at);
    reportReturnsWithoutPurchase(dataset, findings, source);
    for (const f of since) findings.push(f);
  };
  return { dataset, findings, checkReturns };

  /**
   * With the visits read from a check-in sheet (签到), an appointments sheet beside it (预约登记,
   * passed over for the visits: reviewer64 H8) read for its bookings to come alone, joined to the
   * visits' (Visits.booked: a hold on the retention call, followUp/hold.ts): its name, or null. Its
   * visits, no-shows and findings are not read: 签到 says who came (fix64l's note: with both
   * sheets the bookings were lost).
   */
  async function bookingsBeside(): Promise<string | null> {
    const visits = dataset.visits;
    const read = dataset.sources.visits;
    if (!visits || !read || read.sheetIsFile || source.sheetsAreFiles) return null;
    if (isAppointmentsName(read.sheetName)) return null;
    const taken = takenSheets(sheetOf);
    const name = names.find(
      (n) => !taken.has(n) && sheetInput(n) === "visits" && isAppointmentsName(n),
    );
    if (name === undefined) return null;
    const result = await ingestSheet(source, "visits", name, new VisitsBuilder(index), [], {
      ...options,
      columns: undefined,
      knownId: (cell) => isCustomer(index, cell),
    });
    const booked = result.usable ? (result.table as Visits).booked : undefined;
    if (!booked) return null;
    const had = visits.booked;
    visits.booked = had
      ? {
          customer: Int32Array.from([...had.customer, ...booked.customer]),
          day: Float64Array.from([...had.day, ...booked.day]),
        }
      : booked;
    visits.bookingsFrom = name;
    return name;
  }

  /**
   * The unread sheets of an input's kind kept per period beside the sheet read (`read`): by name
   * (siblingSheets: 2026销售 beside 2025销售) or by its very columns (sameColumnSheets: 2024年6月
   * beside 交易), those whose names say a period or a store (isPartName: 大学城店 beside 交易, tester60
   * U102), at most PARTS_MAX; marked read.
   */
  async function periodSiblings(kind: SheetKind, read: SheetSource): Promise<string[]> {
    const taken = takenSheets(sheetOf);
    const byName = (siblingSheets(names, sheetOf)[kind] ?? []).filter((n) => !taken.has(n));
    const isSheet = await worksheetTest(source);
    if (!isSheet(read.sheetName)) return [];
    const unread = names.filter((n) => !taken.has(n) && !byName.includes(n) && isSheet(n));
    const top = (name: string) => readTopRows(source, name, HEADER_SEARCH_ROWS, true);
    // The customer ID read where no header names it (卡号, by its values: idByValues.ts
    // idColumnByValues) is the siblings' too.
    const id = read.columns.customerId;
    const alike =
      unread.length === 0
        ? []
        : await sameColumnSheets(unread, read, top, id === undefined ? {} : { customerId: id });
    // The input's own sheet may have no period in its name (交易 beside 2024-2025年收费). A sheet
    // of its very columns is one with it when its name says a period, a store or older sales
    // (历史流水 beside 11月消费, 12月消费: "the old log and one sheet per new month"; tester64 U180:
    // 14 of 1,001 rows read, revenue 1,028 of 21,227), not any other name (报价单, 预约, 欠款,
    // Quotes beside 交易 were read as sales: reviewer64 H1, 11,000 → 21,000) nor one saying other
    // rows (交易备份, 模板, 退货, 充值: saysOtherRows). Those are said as an error.
    const periods = new Set(
      [...byName.filter(isPartName), ...alike.filter(samePartName)].filter(
        (n) => !saysOtherRows(n),
      ),
    );
    return names.filter((n) => periods.has(n)).slice(0, PARTS_MAX - 1);
  }

  /** Whether the run passes over sheet `name` beside the sales read (`taken`: the parts so far). */
  function passedOver(taken: readonly string[]): (name: string) => boolean {
    const inputs = takenSheets(sheetOf);
    return (n) => inputs.has(n) || taken.includes(n) || readTogether.has(n) || jobs.has(n);
  }

  /**
   * The unread sheets beside the sales read (`read`, its own rows `sales`) that list the work they
   * bill (jobsOfSales: Jobs, Jobs 2026, 2026年派工单 beside Invoices, the same customers on the same
   * days), as their first JOB_ROWS rows show: never read with the sales, whatever period their names
   * add (reviewer67 H1: "Jobs 2026" was read as a part, 320 → 1,920), and said as the same work,
   * nothing to do (input_sheet_unread; reviewer67 M1: not a jobs sheet of other days or customers).
   */
  async function jobsOfRead(
    read: SheetSource,
    sales: Transactions,
    keys: CustomerKeys | undefined,
    siblings: readonly string[],
  ): Promise<string[]> {
    if (saysJobs(read.sheetName)) return [];
    const beside = await sheetsBeside(source, names, read.sheetName, passedOver([]), saysJobs);
    if (beside.length === 0) return [];
    const top = (name: string) => readTopRows(source, name, JOB_ROWS, true);
    // The sales' sheets of other periods (Invoices 2026 beside Invoices 2025), as their top rows
    // show: the jobs of their days are theirs too (fix68b's left item 2: Jobs 2026 beside them was
    // compared with 2025's invoices alone and read as sales, 320 → 1,920).
    const family: JobRows[] = [];
    for await (const { rows } of topRowsOf(
      siblings.filter((n) => !saysJobs(n)),
      top,
    ))
      family.push(jobRows(rows, index, keys));
    const out: string[] = [];
    for await (const { name, rows } of topRowsOf(beside, top))
      if (jobsOfSales(name, jobRows(rows, index, keys), sales, family)) out.push(name);
    return out;
  }

  /**
   * The unread sheets whose header maps the sales under headers of their own (otherLayoutSheets:
   * the shop's 门店流水 and 11月门店 beside the 小程序 export 订单导出; tester66 U237), none `taken`
   * (the family and otherKeyParts'), whose name says the sales (the input's own name: 门店流水, 销售;
   * or a store's or a period's: 11月门店), never by their columns alone (reviewer66 H6: 报价单, 押金,
   * 欠款, 赠送记录, Quotes, Deposits of 日期 / 客户编号 / 金额 were read as sales), nor the payments of
   * the sales read (PAYMENTS_SHEET_WORDS), returns or after-sales (售后: refunds); at most PARTS_MAX
   * with them.
   */
  async function otherLayoutParts(read: SheetSource, taken: readonly string[]): Promise<string[]> {
    if (taken.length >= PARTS_MAX - 1) return [];
    // Payments read (收款记录 taken over 订单 by its name): the orders beside are the same money.
    if (saysPayments(read.sheetName)) return [];
    const fits = (n: string) =>
      (sheetInput(n) === read.kind || (sheetInput(n) === null && isPartName(n))) &&
      !saysPayments(n) &&
      !returnsSheetName(n) &&
      !isAfterSalesName(n);
    const unread = await sheetsBeside(source, names, read.sheetName, passedOver(taken), fits);
    if (unread.length === 0) return [];
    const top = (name: string) => readTopRows(source, name, HEADER_SEARCH_ROWS, true);
    const sheets = await otherLayoutSheets(unread, read, top);
    return sheets.slice(0, PARTS_MAX - 1 - taken.length);
  }

  /**
   * The input's sheet `first` read with its sheets kept per period (`others`), each read as its own
   * (its findings name it), their tables joined into one (sheetParts.ts); marked read. The parts
   * keyed by another customers column (`keyed`: otherKeyParts) read their own key column, and one
   * that cannot be read stops the run with its error: never half the sales said as all (U200).
   */
  async function readParts(
    first: SheetResult<unknown>,
    others: readonly string[],
    readOne: (
      name: string,
      onProgress?: IngestOptions["onProgress"],
      sameAs?: ColumnOverrides,
    ) => Promise<SheetResult<unknown>>,
    found: Finding[],
    keyed: readonly string[] = [],
    layouts: readonly string[] = [],
  ): Promise<SheetResult<unknown>> {
    const parts: SheetResult<unknown>[] = [first];
    // One input, one mapping: each part reads the columns the first read (its header's texts),
    // where it has them, not a customer column of its own (tester63 U165: Orders Nov, 3 of its 4
    // e-mails known, under keyByOther's 80 %, read the order Id as the customer's and lost its
    // orders, 2,000 vs 2,150; a week later it read Email and the Changes tab said the data was
    // corrected). The first's, not one decided on all rows: it is the input's own sheet (named as
    // it, or the first of its family), read before its parts are known, and its mapping is the one
    // Check data shows and lets the user change. Not when it joined fewer than a fifth of its rows
    // to customers (fewJoined): a wrong key is not imposed on the parts, each decides for itself.
    const sameAs = fewJoined(first.counts) ? undefined : first.source!.columns;
    // A part keyed by another column: the first's columns but its customer ID.
    const { customerId: _key, ...sameButKey } = sameAs ?? {};
    const sheets = [first.source!.sheetName];
    // The columns not read are said once, on the first sheet: 30 months said each 7 times.
    const header = (f: Finding) => `${f.code}\u0000${f.column}`;
    const saidOnce = new Set(found.filter((f) => HEADER_CODES.has(f.code)).map(header));
    let before = first.counts.read;
    // Each part's findings, so a part left out as a copy takes its own away (copiedParts); the
    // first's are those found so far, but for its header's, said once for all.
    const partFindings: Finding[][] = [found.filter((f) => !HEADER_CODES.has(f.code))];
    const chosen = sheetOf[first.source!.kind].chosen;
    for (const name of others) {
      const done = before;
      const from = found.length;
      const otherKey = keyed.includes(name);
      const layout = layouts.includes(name);
      const part = await readOne(
        name,
        options.onProgress &&
          ((kind, rows, total) =>
            options.onProgress!(kind, done + rows, total === undefined ? undefined : done + total)),
        otherKey ? sameButKey : layout ? undefined : sameAs,
      );
      const own = found.splice(from);
      // A sheet of its own layout is the customers' sales when its rows are sales of customers
      // read as a first sheet's must be (fewJoined: 11月门店, 1 of 3 rows a customer's, 2 a second
      // phone's, told as such); else (a Jobs list beside Invoices, its totals blank: tester66
      // U241, the same work) it is not read, and said among the sheets not read, its findings not.
      if (
        layout &&
        !(part.usable && part.source && part.counts.used > 0 && !fewJoined(part.counts))
      )
        continue;
      const kept: Finding[] = [];
      for (const f of own)
        if (!(HEADER_CODES.has(f.code) && saidOnce.has(header(f)))) {
          found.push(f);
          kept.push(f);
          if (f.code === "customer_key_by_other") saidOnce.add(header(f));
        }
      if (otherKey && (!part.usable || !part.source)) {
        const error = sheetProblem(name, own, undefined);
        error.at = { kind: first.source!.kind, fields: part.missing ?? [], sheet: name };
        throw error;
      }
      if (!part.usable || !part.source) continue;
      parts.push(part);
      sheets.push(name);
      partFindings.push(kept);
      before += part.counts.read;
      readTogether.add(name);
      if (layout) channels.add(name);
    }
    // A sheet whose rows are the other sheets' again is a copy (交易 and 销售记录2 beside 缴费, the
    // same rows; 11月整理 beside 11月; 全部门店 beside 万达店 and 大学城店): left out, said.
    const ids = (results.customers?.table as Customers | undefined)?.id;
    // Any part may be the copy, the first too (it carries nothing the others need): not the sheet
    // the user chose; the input's own sheet (交易, or the first of its family) at a part's share.
    const { out: copied, spans } = copiedParts(
      parts.map((p) => p.table as Transactions),
      sheets,
      // A sheet of its own layout is a channel of its own: a copy is one in nearly all its rows.
      sheets.map((n, k) =>
        k === 0
          ? chosen
            ? 0
            : PART_COPY_SHARE
          : isPartName(n) || channels.has(n)
            ? PART_COPY_SHARE
            : COPY_SHARE,
      ),
      (c) => c < 0 || (ids !== undefined && c < ids.length && isWalkInId(ids[c])),
    );
    // A part read but on the days of its tidied copies (those read): its rows there and their
    // findings go.
    for (const [k, all] of spans) {
      const days = all.filter((d) => !copied.has(d.copy));
      const p = parts[k];
      const live = p.table as Transactions;
      // Only the rows the copy holds: those it lacks (a walk-in's, one entered later) are read.
      const held = new Set(
        days.flatMap((d) => [...rowsHeldByCopy(live, parts[d.copy].table as Transactions, d)]),
      );
      const { table, left } = rowsOutside(live, days, held);
      if (left.size === 0) continue;
      parts[k] = {
        ...p,
        table,
        source: sourceWithout(p.source!, left),
        counts: { ...p.counts, read: p.counts.read - left.size, used: p.counts.used - left.size },
      };
      const gone = new Set(partFindings[k].filter((f) => f.sheet === sheets[k] && left.has(f.row)));
      for (let i = found.length - 1; i >= 0; i--) if (gone.has(found[i])) found.splice(i, 1);
      const on = (d: DaySpan, i: number) => live.day[i] >= d.from && live.day[i] <= d.to;
      const count = (d: DaySpan, of: (i: number) => boolean) =>
        live.day.filter((_, i) => on(d, i) && of(i)).length;
      readInPart.set(
        sheets[k],
        days.map((d) => ({
          from: d.from,
          to: d.to,
          copy: sheets[d.copy],
          rows: count(d, (i) => held.has(i)),
          kept: count(d, (i) => !held.has(i)),
        })),
      );
    }
    for (let k = parts.length - 1; k >= 0; k--) {
      if (!copied.has(k)) continue;
      const gone = new Set(partFindings[k]);
      for (let i = found.length - 1; i >= 0; i--) if (gone.has(found[i])) found.splice(i, 1);
      readTogether.delete(sheets[k]);
      channels.delete(sheets[k]);
      copies.add(sheets[k]);
      parts.splice(k, 1);
      sheets.splice(k, 1);
    }
    // The first left out (11月 beside 11月整理, 11月 beside 2026年): the first kept is the input's
    // sheet now, its findings on the header said there, the one left out said as a copy.
    const base = parts[0];
    if (sheets[0] !== first.source!.sheetName) {
      sheetOf[first.source!.kind] = { sheet: sheets[0], chosen: false };
      readTogether.delete(sheets[0]);
      for (const f of found)
        if (HEADER_CODES.has(f.code) && f.sheet === first.source!.sheetName) f.sheet = sheets[0];
    }
    if (parts.length === 1) return base;
    yearNotesOnce(parts, sheets, found);
    const source: SheetSource = {
      ...base.source!,
      parts: sheets,
      partsRead: parts.map((p) => p.counts.read),
      filledLines: partRows(parts.map((p) => p.source!.filledLines)),
      topUpRows: partRows(parts.map((p) => p.source!.topUpRows)),
      cardRefundRows: partRows(parts.map((p) => p.source!.cardRefundRows)),
      heldTopUpRows: partRows(parts.map((p) => p.source!.heldTopUpRows)),
      failedCharges: parts.flatMap((p, k) =>
        (p.source!.failedCharges ?? []).map((f) => ({ ...f, row: k * PART_ROWS + f.row })),
      ),
      billedRows: parts.flatMap((p, k) =>
        (p.source!.billedRows ?? []).map((f) => ({ ...f, row: k * PART_ROWS + f.row })),
      ),
      refundedRows: parts.flatMap((p, k) =>
        (p.source!.refundedRows ?? []).map((f) => ({ ...f, row: k * PART_ROWS + f.row })),
      ),
      storedValueVisitRows: partRows(parts.map((p) => p.source!.storedValueVisitRows)),
    };
    // The payment and note of each row (a split payment is no duplicate), the rows as the joined
    // table's.
    const payments = partTexts(parts.map((p) => p.source!.payments));
    if (payments) source.payments = payments;
    const notes = partTexts(parts.map((p) => p.source!.notes));
    if (notes) source.notes = notes;
    const lineIds = partTexts(parts.map((p) => p.source!.lineIds));
    if (lineIds) source.lineIds = lineIds;
    if (!source.filledLines) delete source.filledLines;
    if (!source.topUpRows) delete source.topUpRows;
    if (!source.cardRefundRows) delete source.cardRefundRows;
    if (!source.heldTopUpRows) delete source.heldTopUpRows;
    if (source.failedCharges!.length === 0) delete source.failedCharges;
    if (source.billedRows!.length === 0) delete source.billedRows;
    if (source.refundedRows!.length === 0) delete source.refundedRows;
    if (!source.storedValueVisitRows) delete source.storedValueVisitRows;
    const counts = { read: 0, used: 0, rejected: 0, skipped: 0 };
    for (const p of parts)
      for (const k of Object.keys(counts) as (keyof RowCounts)[]) counts[k] += p.counts[k];
    const after = parts.map((p) => p.afterAsOf).filter((a) => a && a.rows > 0);
    return {
      ...base,
      table: joinTransactions(parts.map((p) => p.table as Transactions)),
      source,
      counts,
      afterAsOf:
        after.length === 0
          ? base.afterAsOf
          : {
              ...after[0]!,
              rows: after.reduce((n, a) => n + a!.rows, 0),
              from: after.map((a) => a!.from).sort()[0],
              to: after
                .map((a) => a!.to)
                .sort()
                .reverse()[0],
              findings: after.flatMap((a) => a!.findings),
            },
      amountsAsWritten: undefined,
    };
  }

  /** Reads one input into `results` (unless unusable and optional); `later`: the inputs after it. */
  async function ingestInput(kind: SheetKind, later: SheetKind[]): Promise<void> {
    const spec = SHEETS[kind];
    let sheetName = sheetOf[kind].sheet;
    // The next input's read starts now, beside this one's (ignored by sources without it).
    const next = later.find((n) => sheetOf[n].sheet && n !== aside?.kind);
    if (sheetName && next && source.readColumns) source.readAhead?.(sheetOf[next].sheet!);
    // The sales kept one sheet per month with none named 交易 (tester58 U60): read as one.
    let family: string[] | undefined;
    if (!sheetName) {
      if (!spec.required) return;
      const taken = takenSheets(sheetOf);
      const like = await lookalikeSheet(source, spec, names, taken, options.columns);
      const alike = lookalikeParts(kind, like);
      if (!alike) {
        // None like it: the sheets it would be but for a column are named (tester60 U102).
        const near = like ? null : await nearLookalikeSheets(source, spec, names, taken);
        const error = missingSheet(spec, names, like, near);
        error.at = { kind, fields: [] };
        throw error;
      }
      sheetName = alike[0];
      sheetOf[kind] = { sheet: sheetName, chosen: false };
      family = alike.slice(1);
    }
    const found: Finding[] = (sheetFindings[kind] = []);
    let result: SheetResult<unknown> | null = null;
    if (aside && aside.kind === kind) {
      const started = aside.started;
      aside = null;
      // Read beside Customers: its joins resolved now, or (null) read again here.
      asideProgress = true;
      if (lastProgress) options.onProgress?.(kind, ...lastProgress);
      // Ids met so far that are no customer's: read it again now, not once the worker is done.
      const soFar = await started.soFar?.();
      const mayHold = !soFar || asideMayHold(soFar, index);
      if (!mayHold) started.cancel();
      const outcome = mayHold ? await started.outcome().catch(() => null) : null;
      // Two columns named as the customer ID: read again here, where the ids tell (idByValues);
      // and a key column of few customers' IDs, where the customers' e-mails or names may (keyByOther).
      if (
        outcome &&
        resolveAside(outcome, index) &&
        !idsCompete(outcome.result.source, spec) &&
        !fewJoined(outcome.result.counts)
      ) {
        result = outcome.result;
        for (const f of outcome.findings) found.push(f);
      }
    }
    const file = source.fileOf?.(sheetName);
    const where = { sheetName, file: source.sheetsAreFiles ? file : undefined };
    // Whether the Customers' header is still to be looked at for two columns named as the ID.
    let byKeys =
      kind === "customers" &&
      options.columns?.customers?.customerId === undefined &&
      sheetOf.transactions.sheet !== null;
    // Another kind's file given as the customers stops at its header, before its rows are read:
    // a 1M-row transactions file as --customers was read whole first (10 CPU-s, 1 GB) to be told
    // so (misc46).
    const onHeader =
      kind === "customers"
        ? (headers: readonly string[]) => {
            const other = customersByHeaders(headers, where);
            if (other) throw other;
            // Stopped before its rows, read again by the sales' keys (customersIdOfNamed).
            if (byKeys && idCandidates(headers, SHEETS.customers).length > 1)
              throw new IdNamedTwice();
          }
        : undefined;
    // A household's phone on a sale is counted for its first member (KeyMisses; reviewer66 M7).
    const keys =
      kind === "customers"
        ? undefined
        : customerKeys(results.customers, index, kind === "transactions");
    const readOne = (name: string, onProgress = options.onProgress, sameAs?: ColumnOverrides) =>
      ingestSheet(source, kind, name, builders[kind](), found, {
        ...options,
        // A part of the input: the first part's columns (readParts), the user's choices first.
        columns: sameAs
          ? { ...options.columns, [kind]: { ...sameAs, ...options.columns?.[kind] } }
          : options.columns,
        onProgress,
        onHeader,
        knownId: kind === "customers" ? undefined : (cell) => isCustomer(index, cell),
        customerKeys: keys,
      });
    try {
      try {
        result ??= await readOne(sheetName);
      } catch (error) {
        // Two Customers columns named as the ID (Reference ID, Square Customer ID): read from the
        // one the sales' keys are in (reviewer70 H4).
        if (!(error instanceof IdNamedTwice)) throw error;
        found.length = 0;
        byKeys = false;
        const id = await customersIdOfNamed(
          source,
          sheetName,
          sheetOf.transactions.sheet,
          options.columns?.customers,
        );
        result = await readOne(sheetName, options.onProgress, id ? { customerId: id } : undefined);
      }
      // No customer ID column: one whose values the sales' card numbers are (卡号: tester66
      // U230), read as it; else read again (it stopped at its header) with the transactions
      // sheets' headers, for the advice to name the column both share (tester63 U167).
      const idFailed = () => found.some((f) => HEADER_FAILED.has(f.code));
      if (kind === "customers" && !result.usable && idFailed()) {
        const id = await customersIdOfSales(source, sheetName, sheetOf, options.columns);
        if (id !== null) {
          found.length = 0;
          result = await readOne(sheetName, options.onProgress, { customerId: id });
        }
      }
      if (kind === "customers" && !result.usable && idFailed()) {
        const idPartner = await idPartnerOf(source, names, sheetOf);
        if (idPartner) {
          found.length = 0;
          result = await ingestSheet(source, kind, sheetName, new CustomersBuilder(), found, {
            ...options,
            onHeader,
            idPartner,
          });
        }
      }
      if (result.usable && result.source && readsTogether(kind) && !source.sheetsAreFiles) {
        const sales = result.table as Transactions;
        const siblings = family ?? (await periodSiblings(kind, result.source));
        for (const n of await jobsOfRead(result.source, sales, keys, siblings)) jobs.add(n);
        family = siblings.filter((n) => !jobs.has(n));
        const keyed = keys
          ? await otherKeyParts(source, names, result.source, passedOver(family), family.length)
          : [];
        const layouts = keys ? await otherLayoutParts(result.source, [...family, ...keyed]) : [];
        const parts = [...family, ...keyed, ...layouts];
        if (parts.length > 0)
          result = await readParts(result, parts, readOne, found, keyed, layouts);
      }
    } finally {
      keys?.drop();
    }
    if (file) for (const f of found) f.file = file;
    if (source.sheetsAreFiles) for (const f of found) f.sheetIsFile = true;
    if (result.source) {
      if (file) result.source.file = file;
      if (source.sheetsAreFiles) result.source.sheetIsFile = true;
    }
    // Usable or not: a refund export with 申请时间 for a date is no complaints sheet missing its
    // date (reviewer65: "投诉 未使用：缺少必需的列" said of a sheet that holds no complaints).
    if (kind === "complaints" && result.source && !sheetOf[kind].chosen) {
      if (afterSalesOrders(sheetName, result.source) || refundList(result)) {
        // Not the complaints: left to the sheets not read, said there.
        sheetOf[kind] = { sheet: null, chosen: false };
        found.length = 0;
        return;
      }
    }
    if (!result.usable) {
      if (spec.required) {
        const error = sheetProblem(sheetName, found, source.sheetsAreFiles ? file : undefined);
        error.at = { kind, fields: result.missing ?? [], sheet: sheetName };
        throw error;
      }
      return;
    }
    // No data rows is almost always a wrong export (a filter left on), not a business without
    // sales: a report of 0 purchases would call every customer a prospect (a new-user trial).
    // Rows that are there but all rejected keep their findings (the Data quality tab says why).
    // The same for Customers: a header alone (a cut export) made an empty report and a finding per
    // transaction, exit 0 (tester, stop 31).
    if ((kind === "transactions" || kind === "customers") && result.counts.read === 0)
      throw noDataRows(kind, where, result.source?.headerRow ?? 1);
    // A HubSpot deals export without its company column: the deal's own Record ID was read as
    // the customer's, and each of its rows said "add the customer" (reviewer55 R4).
    const idHeader = result.source?.columns.customerId;
    if (
      kind !== "customers" &&
      result.counts.read > result.counts.skipped &&
      result.counts.used === 0 &&
      idHeader !== undefined &&
      foldLabel(idHeader) === foldLabel("Record ID")
    ) {
      const words = (lang: Lang) =>
        say(lang, "input", "recordIdNotCustomer", {
          where: whereWords(lang, kind, where),
          column: idHeader,
          rows: result!.counts.read - result!.counts.skipped,
        });
      throw new InputError(words("en-US"), words("zh-CN"));
    }
    // Another sheet's rows given as the customers (the transactions file as --customers, a
    // Transactions sheet mapped to Customers): its ids repeat row after row. Read, they made a
    // report of 30 customers out of 290 rows with 260 duplicate-id findings, exit 0 (misc45).
    if (kind === "customers") {
      const other = customersFromOtherSheet(result, found, where);
      if (other) throw other;
    }
    // Rows there but none usable (every date unreadable: stop 33 tester #2 had exit 0 and a report
    // of 202 prospects): stopped like no rows, naming the first rows not used and why.
    if (kind === "transactions" && result.counts.used === 0 && !result.afterAsOf?.rows)
      throw noUsableRows(
        kind,
        where,
        result.counts.read,
        found,
        result.source ?? undefined,
        idFormulaCells(sheetFindings.customers, results.customers?.source ?? undefined),
      );
    // Every transaction after the analysis date (a year typo in --as-of): a report of 0 purchases
    // would call every customer a prospect, with exit 0 (a new-user trial). With other rows refused
    // beside them, "all N transactions are after it" counted only the later rows: the message then
    // gives both counts and the first rows refused (edges10, stop 34).
    if (kind === "transactions" && result.counts.used === 0 && result.afterAsOf?.rows)
      throw beforeAllTransactions(
        options.asOf,
        result.afterAsOf,
        sheetName,
        source.sheetsAreFiles ? file : undefined,
        { rows: result.counts.read, found },
      );
    // A required column unreadable on most rows (two-digit years: tester51 C1): bad input, not a
    // report of the few rows left with exit 0.
    const unreadable = mostlyUnreadable(
      spec,
      result.counts,
      found,
      result.source?.columns ?? {},
      (lang) => whereWords(lang, kind, where),
    );
    if (unreadable) throw unreadable;
    results[kind] = result;
  }
}

/** Whether `cell` is the id of a customer in `index` (folded as a join folds it). */
function isCustomer(index: CustomerIndex, cell: Cell): boolean {
  const key = customerKey(cell);
  return key !== "" && index.has(key);
}

/**
 * True when fewer than a fifth of a sheet read's rows joined a customer: its key column may be
 * the customers' e-mail addresses or names (keyByOther), told only in a read after Customers.
 */
function fewJoined(counts: RowCounts): boolean {
  return counts.read > 0 && counts.used * 5 < counts.read;
}

/**
 * The customers' e-mail addresses and names for a dependent sheet's read (keyByOther), each
 * field's values gathered on first ask; `drop` takes out the joins `adopt` added once the sheet is
 * read, so each sheet decides for itself.
 */
function customerKeys(
  customers: SheetResult<unknown> | undefined,
  index: CustomerIndex,
  sales = false,
): (CustomerKeys & { drop(): void }) | undefined {
  if (!customers) return undefined;
  const table = customers.table as Customers;
  const gathered = new Map<KeyField, KeyValues>();
  // Phones from a column of their own: a list keyed by phone numbers (U190) has them as its IDs.
  // A nickname (微信昵称) beside the name, or the name where a customer has none (tester65 U208).
  const texts = (field: KeyField): readonly string[] | undefined =>
    field === "phone" && !customers.source?.columns.phone
      ? []
      : field === "nickname"
        ? table.nickname?.map((n, c) => (n.trim() === "" ? (table.name?.[c] ?? "") : n))
        : table[field];
  const values = (field: KeyField): KeyValues => {
    let v = gathered.get(field);
    if (!v)
      gathered.set(
        field,
        (v = keyValues(texts(field) ?? [], field === "plate" ? plateKeys : undefined)),
      );
    return v;
  };
  let added: string[] = [];
  const missesOf = new Map<KeyField, KeyMisses>();
  // A customer as a row's finding names it: its ID, and its name when the key is not the name.
  const who = (field: KeyField) => (c: number) => {
    const name = field === "name" ? "" : (table.name?.[c] ?? "").trim();
    return name === "" || name === table.id[c] ? table.id[c] : `${table.id[c]} ${name}`;
  };
  const misses = (field: KeyField): KeyMisses => {
    let m = missesOf.get(field);
    if (!m) {
      const named = who(field);
      missesOf.set(
        field,
        (m = new KeyMisses(values(field), field, texts(field) ?? [], named, sales)),
      );
    }
    return m;
  };
  return {
    values,
    misses,
    header: (field) => customers.source?.columns[field] ?? "",
    customer: (cell) => {
      const key = customerKey(cell);
      return key === "" ? undefined : index.get(key);
    },
    adopt: (field) => {
      for (const [key, customer] of values(field).byKey)
        if (customer !== SHARED && index.addAlias(key, customer)) added.push(key);
      // A value two customers share, or a plate one character off one's: said per row (joinCustomer).
      index.keyMisses = misses(field);
    },
    drop: () => {
      index.removeAliases(added);
      added = [];
      index.keyMisses = null;
    },
  };
}

/** True when a sheet read has more than one column whose header names the customer ID. */
function idsCompete(read: SheetSource | null | undefined, spec: SheetSpec): boolean {
  if (!read) return false;
  return idCandidates([...Object.values(read.columns), ...read.unmappedHeaders], spec).length > 1;
}

/**
 * Why an analysis date before every transaction cannot be analysed, in both languages, named by
 * the Transactions sheet or file (the CLI named the customers file first: tester, stop 31).
 */
function beforeAllTransactions(
  asOf: number,
  after: { from: string; rows: number },
  sheetName: string,
  file: string | undefined,
  read: { rows: number; found: readonly Finding[] },
): InputError {
  const params = {
    asOf: isoDate(asOf),
    earliest: after.from,
    rows: after.rows.toLocaleString("en-US"),
  };
  // Rows not used for another reason (an unreadable date or amount, a totals row): counted and
  // quoted, not folded into "all N transactions are after it".
  const refused = read.rows - after.rows;
  const others = refused > 0 ? exampleRows(read.found.filter((f) => !AFTER_CODES.has(f.code))) : [];
  // Most of the others with IDs the customer list lacks: the sheets name customers by different
  // columns, and the date is not the likely cause (tester64 U195: 158 of 163 orders keyed by a
  // nickname against a list keyed by phone were put down to a mistyped year).
  const unknownRows = new Set(
    read.found.filter((f) => f.code === "unknown_customer").map((f) => f.row),
  );
  const idsDiffer = refused > 0 && unknownRows.size * 2 > refused && unknownRows.size > after.rows;
  const words = (lang: Lang) => {
    const problems =
      refused > 0
        ? say(lang, "input", idsDiffer ? "asOfBeforeSomeIdsDiffer" : "asOfBeforeSomeTransactions", {
            asOf: params.asOf,
            earliest: after.from,
            after: after.rows,
            rows: read.rows,
            refused,
            unknown: unknownRows.size,
            examples: others
              .map((f) =>
                say(lang, "input", "rowExample", { row: f.row, message: f.message[lang] }),
              )
              .join(say(lang, "input", "rowExampleSeparator")),
          })
        : say(lang, "input", "asOfBeforeAllTransactions", params);
    return file
      ? say(lang, "input", "fileProblem", {
          input: SHEETS.transactions.label[lang],
          file,
          problems,
        })
      : say(lang, "input", "sheetProblem", { sheet: sheetName, problems });
  };
  return new InputError(words("en-US"), words("zh-CN"));
}

/** Where a sheet's rows are: its file (CSV input) or its sheet in the workbook, in `lang`. */
function whereWords(lang: Lang, kind: SheetKind, where: { sheetName: string; file?: string }) {
  return where.file
    ? say(lang, "input", "whereFile", { input: SHEETS[kind].label[lang], file: where.file })
    : say(lang, "input", "whereSheet", { sheet: where.sheetName });
}

/**
 * Why a Customers or Transactions sheet (or file) with a header and no data row cannot be
 * analysed, in both languages: the sheet named once, with its header row (stop 33 tester #12:
 * "客户（客户）只有标题").
 */
function noDataRows(
  kind: "customers" | "transactions",
  where: { sheetName: string; file?: string },
  headerRow: number,
): InputError {
  const words = (lang: Lang) =>
    say(lang, "input", kind === "customers" ? "noCustomers" : "noTransactions", {
      where: whereWords(lang, kind, where),
      row: headerRow,
    });
  return new InputError(words("en-US"), words("zh-CN"));
}

/**
 * Why a Customers sheet (or file) whose header row is plainly another sheet's cannot be analysed,
 * in both languages; null when it is not. Its headers must be another sheet kind's
 * (otherSheetClaim) and none of its columns a customer's own (customerColumns: no name, owner,
 * phone…): the file is that sheet's rows whatever its ids do, so it is said at its header, before
 * its rows are read. A file names the options to give it by (--transactions, --customers).
 */
function customersByHeaders(
  headers: readonly string[],
  where: { sheetName: string; file?: string },
): InputError | null {
  const claim = otherSheetClaim(headers, SHEETS.customers);
  if (!claim || customerColumns(headers, claim.kind).length > 0) return null;
  const words = (lang: Lang) =>
    say(lang, "input", where.file ? "customersAreOtherFile" : "customersAreOther", {
      where: whereWords(lang, "customers", where),
      sheet: claim.kind.label[lang],
      option: claim.kind.kind,
      columns: claimedColumns(claim, lang),
      fields: OWN_FIELDS.map((key) => fieldLabel(key, lang)).join(
        say(lang, "ingest", "nameSeparator"),
      ),
    });
  return new InputError(words("en-US"), words("zh-CN"));
}

/**
 * Why a Customers sheet (or file) whose rows are plainly another sheet's cannot be analysed, in
 * both languages; null when they are not. Its headers must be another sheet kind's
 * (otherSheetClaim; with no column of a customer's own it stopped at its header:
 * customersByHeaders), and more than half of its rows repeat a customer ID of a row above (one
 * customer a row is the Customers sheet's mark; a Transactions sheet has many rows per customer).
 * A missing required column with those headers already asks the same question (the
 * missing_column finding's otherSheetHint).
 */
function customersFromOtherSheet(
  result: SheetResult<unknown>,
  found: readonly Finding[],
  where: { sheetName: string; file?: string },
): InputError | null {
  const rows = result.counts.read;
  const repeated = found.filter((f) => f.row > 0 && f.code === "duplicate_customer_id").length;
  const claim = otherSheetClaim(result.headers ?? [], SHEETS.customers);
  // A column of a customer's own beside the other kind's (a transactions export with the
  // customer's name): more than half of its rows repeated.
  if (!claim || repeated * 2 <= rows) return null;
  const words = (lang: Lang) =>
    say(lang, "input", where.file ? "customersLookLikeOtherFile" : "customersLookLikeOther", {
      where: whereWords(lang, "customers", where),
      rows,
      repeated,
      sheet: claim.kind.label[lang],
      option: claim.kind.kind,
      columns: claimedColumns(claim, lang),
    });
  return new InputError(words("en-US"), words("zh-CN"));
}

/** The customer's own fields the customersAreOther message names as examples. */
const OWN_FIELDS = ["name", "owner", "phone"] as const;

function fieldLabel(key: string, lang: Lang): string {
  return SHEETS.customers.fields.find((f) => f.key === key)!.label[lang];
}

/**
 * The Customers fields `headers` map that are a customer's own: not the customer ID, not a date
 * (a transaction's or a contact's date is no customer's), and not read from a header `other` (the
 * kind the headers look like) maps too (a contacts file's 负责人 is the contact's owner).
 *
 * @example customerColumns(["客户编号", "日期", "方式", "负责人"], SHEETS.contacts) // []
 */
export function customerColumns(headers: readonly string[], other: SheetSpec): string[] {
  const theirs = new Set(Object.values(mapColumns(headers, other).columns));
  const kinds = new Map(SHEETS.customers.fields.map((f) => [f.key, f.kind]));
  return Object.entries(mapColumns(headers, SHEETS.customers).columns)
    .filter(([key]) => key !== "customerId" && kinds.get(key) !== "date")
    .filter(([, column]) => !theirs.has(column))
    .map(([key]) => key);
}

/** The findings of rows left out for a date after the analysis date (afterAsOf.ts). */
const AFTER_CODES: ReadonlySet<string> = new Set(["future_date", "after_analysis_date"]);

/** Rows a no-usable-rows message quotes. */
const EXAMPLE_ROWS = 3;

/**
 * Why a Transactions sheet (or file) whose rows are all unusable cannot be analysed, in both
 * languages: how many rows, and the first ones not used with their findings' words.
 */
function noUsableRows(
  kind: "transactions",
  where: { sheetName: string; file?: string },
  rows: number,
  found: readonly Finding[],
  source?: { columns: Record<string, string>; columnLetters: Record<string, string> },
  idFormulas: { cells: number; row: number; letter: string; field: string } | null = null,
): InputError {
  const first = exampleRows(found);
  // Formulas never calculated (openpyxl's): said once, with the cells, not as three rows' advice.
  if (first.length > 0 && first.every((f) => f.code === "formula_without_result")) {
    // The column's letters, from its header (the finding names the column by its header).
    const letter = (f: Finding) => {
      const key = Object.keys(source?.columns ?? {}).find((k) => source!.columns[k] === f.column);
      return key === undefined ? "?" : source!.columnLetters[key];
    };
    // The cells not named are counted: three of 15 read as if they were all (tester15 #10).
    const more =
      found.filter((f) => f.row > 0 && f.code === "formula_without_result").length - first.length;
    const formulas = (lang: Lang) =>
      say(lang, "input", "noUsableFormulas", {
        where: whereWords(lang, kind, where),
        rows,
        examples:
          first
            .map((f) =>
              say(lang, "input", "formulaCellExample", {
                row: f.row,
                letter: letter(f),
                field: f.column,
              }),
            )
            .join(say(lang, "input", "rowExampleSeparator")) +
          (more > 0 ? say(lang, "input", "formulaCellsMore", { more }) : ""),
      });
    return new InputError(formulas("en-US"), formulas("zh-CN"));
  }
  // Ids no customer has because the Customers sheet's ids are formulas never calculated: the
  // transactions are right, the cause is there (reviewer15 D5).
  const idCause =
    idFormulas !== null && first.length > 0 && first.every((f) => f.code === "unknown_customer");
  const advice = noUsableAdvice(SHEETS[kind], found, source?.columns ?? {}) ?? "correctThem";
  // Every row an order its row kind calls not a sale (an export of 销售订单 only): how to go on
  // (reviewer56 L7: "correct them" for orders that are right as written).
  const voided =
    first.length > 0 && first.every((f) => f.code === "row_kind_voided") ? first[0].column : null;
  const words = (lang: Lang) =>
    say(lang, "input", idCause ? "noUsableIdFormulas" : "noUsableTransactions", {
      where: whereWords(lang, kind, where),
      advice:
        voided === null
          ? say(lang, "input", advice)
          : say(lang, "input", "allVoided", { column: voided }),
      rows,
      examples: first
        .map((f) => say(lang, "input", "rowExample", { row: f.row, message: f.message[lang] }))
        .join(say(lang, "input", "rowExampleSeparator")),
      ...(idCause
        ? {
            cells: idFormulas!.cells,
            example: say(lang, "input", "formulaCellExample", idFormulas!),
          }
        : {}),
    });
  return new InputError(words("en-US"), words("zh-CN"));
}

/**
 * The Customers sheet's id cells that are formulas with no saved result: how many, and the first
 * (its row, letter and header); null when there are none.
 */
function idFormulaCells(
  found: readonly Finding[] | undefined,
  source: { columns: Record<string, string>; columnLetters: Record<string, string> } | undefined,
): { cells: number; row: number; letter: string; field: string } | null {
  const header = source?.columns.customerId;
  if (!found || header === undefined) return null;
  const cells = found.filter((f) => f.code === "formula_without_result" && f.column === header);
  if (cells.length === 0) return null;
  return {
    cells: cells.length,
    row: cells[0].row,
    letter: source!.columnLetters.customerId ?? "?",
    field: header,
  };
}

/**
 * The findings a no-usable-rows message quotes, one per row, in row order: the first rows refused
 * with an error, then, to make up EXAMPLE_ROWS, the first rows skipped without one (totals, blank
 * or repeated header rows: info). A sheet of 合计 lines only listed no row at all ("最先未使用的行：。").
 */
function exampleRows(found: readonly Finding[]): Finding[] {
  const byRow = new Map<number, Finding>();
  for (const f of found) {
    if (f.row <= 0) continue;
    const had = byRow.get(f.row);
    if (!had || (had.severity !== "error" && f.severity === "error")) byRow.set(f.row, f);
  }
  const rows = [...byRow.values()].sort((a, b) => a.row - b.row);
  const errors = rows.filter((f) => f.severity === "error").slice(0, EXAMPLE_ROWS);
  const others = rows.filter((f) => f.severity !== "error");
  return [...errors, ...others.slice(0, EXAMPLE_ROWS - errors.length)].sort(
    (a, b) => a.row - b.row,
  );
}

/** The most sheets a missing sheet's error reads the top rows of, looking for one like it. */
const LOOKALIKE_SHEETS = 10;

/** A sheet whose headers are a missing sheet's; `takenBy`: the input its name gave it to. */
export interface Lookalike {
  name: string;
  columns: string[];
  takenBy?: SheetKind;
  /**
   * Other unread sheets with its very headers (2024年7月 … beside 2024年6月: one sheet per month;
   * tester58 U60): the advice is then to put their rows on one sheet, not to rename one of them.
   */
  alike?: string[];
}

/**
 * The sheets the inputs took (`sheetOf`, inputSheets'), each with the input that took it.
 *
 * @example takenSheets(inputSheets(["交易"])) // Map { "交易" => "transactions" }
 */
export function takenSheets(
  sheetOf: Readonly<Record<SheetKind, { sheet: string | null }>>,
): Map<string, SheetKind> {
  const taken = new Map<string, SheetKind>();
  for (const kind of Object.keys(sheetOf) as SheetKind[]) {
    const sheet = sheetOf[kind].sheet;
    if (sheet !== null && !taken.has(sheet)) taken.set(sheet, kind);
  }
  return taken;
}

/**
 * The first sheet whose headers are `spec`'s (lookalikeClaim: the sheet kinds are told apart by
 * one test), with the headers that say so; null when none is. Tester45 #9: the customers on a
 * sheet named Sheet1 were refused as "no 客户 sheet" with no word that Sheet1's headers were
 * exactly the Customers sheet's. Sheets no input took are read first; then the ones another input
 * took (`taken`), with the input named (takenBy): a customer list on a sheet named 交易 is taken
 * by the transactions and would be refused there next, so leaving it out left "no 客户 sheet"
 * beside a list whose customers are plainly in it (misc46). A taken sheet holding every required
 * column of the input that took it (`columns`: the user's choices of them) is that input's own and
 * is never offered: a denormalised 交易 sheet with 名称, 负责人, 电话 beside 日期 and 金额 was
 * advised to be renamed 客户, which only moved the error to the Transactions (reviewer47 L1).
 * Reads the top rows of at most LOOKALIKE_SHEETS.
 */
export async function lookalikeSheet(
  source: GridSource,
  spec: SheetSpec,
  names: readonly string[],
  taken: ReadonlyMap<string, SheetKind>,
  columns: Partial<Record<SheetKind, ColumnOverrides>> = {},
): Promise<Lookalike | null> {
  const order = [...names.filter((n) => !taken.has(n)), ...names.filter((n) => taken.has(n))];
  for (const name of order.slice(0, LOOKALIKE_SHEETS)) {
    let rows: Grid;
    try {
      rows = await readTopRows(source, name);
    } catch {
      continue; // a sheet that cannot be read is no lookalike; the error is about the missing one
    }
    const header = findHeader(rows, spec);
    const claim = header && lookalikeClaim(header.headers, spec);
    if (!claim) continue;
    const takenBy = taken.get(name);
    // A visits log with the amounts paid (a salon's 到店记录 with 消费金额) is a sales log first
    // (reviewer62 R8): offered as the missing Transactions sheet.
    if (
      takenBy &&
      takenBy !== "visits" &&
      findHeader(rows, SHEETS[takenBy], columns[takenBy])?.missing.length === 0
    )
      continue; // its taker's own: renaming it would leave that input without its sheet
    if (takenBy) return { name, columns: claim.columns, takenBy };
    const isSheet = await worksheetTest(source);
    const alike = await sheetsWithHeaders(
      names.filter((n) => n !== name && !taken.has(n) && isSheet(n)),
      spec.kind,
      header.headers,
      (other) => readTopRows(source, other, HEADER_SEARCH_ROWS, true),
      columns[spec.kind],
    );
    return alike.length > 0
      ? { name, columns: claim.columns, alike }
      : { name, columns: claim.columns };
  }
  return null;
}

/**
 * The sheets read as one input with no sheet of its own name (the sales kept one sheet per month or
 * store, none named 交易: tester58 U60), the one read first; null when the lookalike is no such
 * family. One rule for the run (ingestWorkbook) and the pane's Data step (tester65 U212: the pane
 * said 交易 未找到 where the command line read the 12 国贸店 sheets). Sheets of its very columns,
 * one of them named by a period or a store, are one input whatever the others' names (Archive
 * beside Nov 2026: tester64 U180), but for those saying other rows (saysOtherRows: a backup, a
 * template, returns). Those named by a period or a store first: a sheet of older sales after them,
 * so that one holding their rows again is left out (copiedParts; reviewer64 H2: 汇总 before 万达店
 * and 大学城店 counted every row twice). Any other name is not read (samePartName).
 *
 * @example lookalikeParts("transactions", { name: "1月", columns: [], alike: ["2月"] }) // ["1月", "2月"]
 */
export function lookalikeParts(kind: SheetKind, like: Lookalike | null): string[] | null {
  const named =
    like?.alike && readsTogether(kind)
      ? [like.name, ...like.alike].filter((n) => samePartName(n) && !saysOtherRows(n))
      : [];
  const alike = [...named.filter(isPartName), ...named.filter((n) => !isPartName(n))];
  return alike.length < 2 || !alike.some(isPartName) ? null : alike;
}

/** Sheets that would be a missing sheet's but for a required column or two (nearLookalikeClaim). */
export interface NearLookalike {
  /** The sheets, in the workbook's order, with the very headers of the first. */
  names: string[];
  columns: string[];
  /** The required fields missing, by key. */
  missing: string[];
}

/**
 * The unread sheets (at most LOOKALIKE_SHEETS looked at) that would be `spec`'s but for one or
 * two required columns, those with the very headers of the first found (a franchise's store
 * sheets keyed by 手机号: tester60 U102); null when none.
 *
 * @example (await nearLookalikeSheets(book, SHEETS.transactions, ["客户", "万达店"], taken))?.names // ["万达店"]
 */
export async function nearLookalikeSheets(
  source: GridSource,
  spec: SheetSpec,
  names: readonly string[],
  taken: ReadonlyMap<string, SheetKind>,
): Promise<NearLookalike | null> {
  let near: NearLookalike | null = null;
  let first = new Set<string>();
  for (const name of names.filter((n) => !taken.has(n)).slice(0, LOOKALIKE_SHEETS)) {
    let rows: Grid;
    try {
      rows = await readTopRows(source, name);
    } catch {
      continue;
    }
    const header = findHeader(rows, spec);
    const claim = header && nearLookalikeClaim(header.headers, spec);
    if (!claim) continue;
    const key = headerSet(header.headers);
    if (!near) {
      near = { names: [name], ...claim };
      first = key;
    } else if (sameHeaders(key, first)) near.names.push(name);
  }
  return near;
}

/**
 * A required sheet not found, in both languages: the names it is found by, the workbook's sheets,
 * and last, when a sheet looks like it, what to do (rename it), or, when sheets would but for a
 * column (`near`), which and what they lack.
 */
function missingSheet(
  spec: SheetSpec,
  names: readonly string[],
  lookalike: Lookalike | null = null,
  near: NearLookalike | null = null,
): InputError {
  const params = {
    field: spec.label["zh-CN"],
    fieldEn: spec.label["en-US"],
    synonyms: acceptedNames(spec.names, names).zh,
    synonymsEn: acceptedNames(spec.names, names).en,
  };
  const m = qualityMessage("missing_sheet", params);
  const words = (lang: Lang) => {
    const found = names.length
      ? names.join(say(lang, "ingest", "nameSeparator"))
      : say(lang, "input", "noSheets");
    const missing = (near?.missing ?? [])
      .map((key) => `“${spec.fields.find((f) => f.key === key)?.label[lang] ?? key}”`)
      .join(say(lang, "ingest", "nameSeparator"));
    const like = !lookalike
      ? near
        ? say(lang, "input", "list") +
          say(lang, "input", "sheetsLookLikeButFor", {
            list: namesList(near.names, lang),
            count: near.names.length,
            sheet: spec.label[lang],
            columns: claimedColumns(near, lang),
            missing,
          })
        : ""
      : say(lang, "input", "list") +
        (lookalike.alike
          ? say(lang, "input", "sheetsLookLike", {
              list: namesList([lookalike.name, ...lookalike.alike], lang),
              count: 1 + lookalike.alike.length,
              sheet: spec.label[lang],
              columns: claimedColumns(lookalike, lang),
            })
          : say(lang, "input", lookalike.takenBy ? "sheetLooksLikeTaken" : "sheetLooksLike", {
              name: lookalike.name,
              sheet: spec.label[lang],
              taken: lookalike.takenBy ? SHEETS[lookalike.takenBy].label[lang] : "",
              columns: claimedColumns(lookalike, lang),
            }));
    return (
      m[lang] +
      say(lang, "input", "list") +
      say(lang, "input", "sheetsInWorkbook", { names: found }) +
      like
    );
  };
  return new InputError(words("en-US"), words("zh-CN"));
}

/** Thrown at the Customers' header row when two columns name the ID: read again (customersIdOfNamed). */
class IdNamedTwice extends Error {}

/** The findings of a sheet that stopped at its header row. */
const HEADER_FAILED: ReadonlySet<string> = new Set(["header_not_found", "missing_column"]);

/**
 * The transactions sheets found by name (the one read and those kept per period beside it) and
 * the header texts of the first: what a Customers sheet with no ID column shares with them
 * (phoneIdHint). Null when no sheet is named as the transactions.
 */
/**
 * The Customers sheet `name`'s header to read the customer ID from by the values of the
 * Transactions sheet's (idByValues.ts customersIdBySales), its top CUSTOMERS_BY_SALES_ROWS rows
 * against the sales' first; null when none, or when the user chose the column.
 */
async function customersIdOfSales(
  source: GridSource,
  name: string,
  sheetOf: Record<SheetKind, InputSheet>,
  columns: IngestOptions["columns"],
): Promise<string | null> {
  const sales = sheetOf.transactions.sheet;
  if (!sales || columns?.customers?.customerId !== undefined) return null;
  return customersIdBySales(
    await readTopRows(source, name, CUSTOMERS_BY_SALES_ROWS),
    await readTopRows(source, sales, SALES_BY_CUSTOMERS_ROWS),
  );
}

/**
 * The Customers sheet `name`'s header to read the customer ID from where two or more of its headers
 * name it, by the keys of the sales sheet `sales` (idByValues.ts customersIdAmongNamed); null when
 * its headers' choice stands, the user chose the column, or no sales sheet is found (`top`: its top
 * rows, when read already). The run reads the Customers by it and the task pane's Data step shows
 * it (taskpane/inputs.ts), one choice.
 *
 * @example await customersIdOfNamed(book, "Customers", "Sales", {}) // "Reference ID"
 */
export async function customersIdOfNamed(
  source: GridSource,
  name: string,
  sales: string | null,
  overrides: ColumnOverrides = {},
  top?: Grid,
): Promise<string | null> {
  if (!sales || overrides.customerId !== undefined) return null;
  const match = findHeader(top ?? (await readTopRows(source, name)), SHEETS.customers, overrides);
  if (!match || idCandidates(match.headers, SHEETS.customers).length < 2) return null;
  return customersIdAmongNamed(
    await readTopRows(source, name, CUSTOMERS_BY_SALES_ROWS),
    await readTopRows(source, sales, SALES_BY_CUSTOMERS_ROWS),
    overrides,
  );
}

/** The Customers rows whose IDs the sales' are looked up among (customersIdOfSales). */
const CUSTOMERS_BY_SALES_ROWS = 5000;
/** The sales rows looked up (customersIdOfSales). */
const SALES_BY_CUSTOMERS_ROWS = 200;

async function idPartnerOf(
  source: GridSource,
  names: readonly string[],
  sheetOf: Record<SheetKind, InputSheet>,
): Promise<IdPartner | null> {
  const sheet = sheetOf.transactions.sheet;
  if (!sheet) return null;
  const headers = headerTexts(await readTopRows(source, sheet), "transactions");
  const sheets = [sheet, ...(siblingSheets(names, sheetOf).transactions ?? [])];
  const named = (n: string) => (source.sheetsAreFiles ? (source.fileOf?.(n) ?? n) : n);
  return { sheets: sheets.map(named), headers };
}

/**
 * Why a required sheet cannot be used. A sheet that is a file (CSV) is named as the input it is
 * and its file ("交易文件 t.csv：…" / "Transactions file t.csv: …"), in the user's language.
 */
function sheetProblem(sheetName: string, findings: Finding[], file?: string): InputError {
  const fatal = findings.filter(
    (f) =>
      f.sheet === sheetName &&
      (f.code === "missing_column" ||
        f.code === "header_not_found" ||
        f.code === "empty_sheet" ||
        f.code === "customer_key_shared"),
  );
  const words = (lang: Lang) => {
    const problems = fatal.map((f) => f.message[lang]).join(say(lang, "input", "list"));
    const kind = fatal[0]?.kind;
    return file && kind
      ? say(lang, "input", "fileProblem", { input: SHEETS[kind].label[lang], file, problems })
      : say(lang, "input", "sheetProblem", { sheet: sheetName, problems });
  };
  return new InputError(words("en-US"), words("zh-CN"));
}
