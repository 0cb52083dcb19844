// The data-quality findings said beside the run's warnings: those that change what the analysis
// sees, not one row (a third of the transactions dropped, dates read the wrong way round, sheets
// read together, a refund deducted). One list for the command line's summary and the task pane's
// warnings (tester63 L: the pane showed 3 of the wine club's 5, its partial refund and sibling
// sheets missing).
import type { Analysis } from "../analyze";
import type { Finding, QualityCode } from "../quality";
import type { Lang } from "../schema";
import { say } from "../words/catalog";
import { fileName } from "./dataQualityTab";
import { STORED_VALUE_CODES } from "../followUp/warnings";

/** Data-quality codes said in full (the rest are counted: the summary's quality line). */
export const TOLD_FINDINGS: ReadonlySet<QualityCode> = new Set<QualityCode>([
  "many_unreadable",
  "many_blank_required",
  // Blank order lines read with the line above's date and customer (continuationLines.ts).
  "continuation_lines_filled",
  "amount_from_quantity_price",
  "score_scale_ten",
  // Returns written positive in a column we do not read (类型 = 退货): counted as purchases.
  "returns_written_positive",
  // A row-kind column's rows: returns written positive, voided orders and gifts left out.
  "row_kind_returned_positive",
  "row_kind_refunded",
  "row_kind_voided",
  "row_kind_gift",
  "row_kind_draft",
  "row_kind_fee",
  "refund_amount_deducted",
  "refund_amount_whole",
  "adjusted_amount_raised",
  "adjusted_amount_lowered",
  "row_kind_uncollectible",
  "row_kind_billed",
  "row_kind_delivered_unpaid",
  "row_kind_placed_unpaid",
  "row_kind_payment",
  "row_kind_payment_counted",
  // How stored value was counted (the run's warning stored_value too).
  ...STORED_VALUE_CODES,
  "date_order_assumed",
  "date_order_mixed",
  "two_digit_year",
  "date_year_from_sheet",
  "amount_unit_applied",
  "amount_unit_own",
  "csv_read_as_big5",
  "currency_mixed",
  // A row-kind column's values not known (kept as purchases); a currency column naming several.
  "row_kind_unknown",
  "currency_column_mixed",
  "after_analysis_date",
  // Many repeated lines with no order ids: one finding per sheet (ingest/duplicateRows.ts).
  "duplicate_rows_kept",
  // Most orders listed k times over (an export pasted twice and sorted): counted once (reviewer60 R18).
  "orders_repeated",
  "orders_repeated_counted",
  // Like lines of an order on adjacent rows, counted as items though they may be a copy (reviewer61).
  "like_items_counted",
  // An optional sheet that is there but holds nothing (stop 21 tester B4): said once on the console.
  "empty_sheet",
  "no_data_rows",
  // A near miss of a field's header (负责任 for 负责人): the field is empty on every row.
  "unmapped_near_field",
  // A header written twice: which column was read (tester44 #4: a second 客户编号 emptied every name).
  "duplicate_column",
  // Sheets kept one per year or month beside the one read: their rows are not in the report.
  "sibling_sheets_unread",
  // The transactions' sheets kept per year or month, read together: which ones.
  "sibling_sheets_read",
  "sales_sheet_by_columns",
  // A column's merged cells read on every row they cover (区域 merged down per region).
  "merged_cells_filled",
  // Rows whose nickname, phone or plate several customers share, or a plate one character off
  // one customer's: not matched, the rest of the sheet read (reviewer65 M2, M7).
  "customer_key_shared_rows",
  "customer_key_near_rows",
  // A household's phone on sales: counted for its first member, with their money (reviewer66 M7).
  "customer_key_household_rows",
]);

/**
 * Row findings said once beside them (the first row, and how many rows like it: the summary's
 * rowWarning), all of them in the pane's data check.
 */
export const TOLD_ROW_FINDINGS: readonly QualityCode[] = [
  "too_many_fields",
  "row_number_rejoined",
  // Repeated or disagreeing transaction lines (tester52 M2: 200 pasted copies passed unsaid).
  "duplicate_row",
  "duplicate_row_kept",
  "duplicate_row_payment_differs",
  "order_line_conflict",
];

/** Told findings that are notes (what the run did, nothing wrong), not warnings. */
const NOTE_FINDINGS: ReadonlySet<QualityCode> = new Set<QualityCode>([
  "after_analysis_date",
  "two_digit_year",
  "date_year_from_sheet",
  "csv_read_as_big5",
  "customer_key_household_rows",
]);

/**
 * The findings said beside the run's warnings, in the findings' order: TOLD_FINDINGS, less a typo'd
 * header a run warning says already (it names the file and what it costs: stop 42 tester #5a).
 *
 * @example toldFindings(analysis).map((f) => f.code) // ["sibling_sheets_read", "refund_amount_deducted"]
 */
export function toldFindings(a: Pick<Analysis, "findings" | "warnings">): Finding[] {
  const saidByWarning = (f: Finding) =>
    a.warnings.some((w) => w.column?.kind === f.kind && w.column.column === f.column);
  return a.findings.filter((f) => TOLD_FINDINGS.has(f.code) && !saidByWarning(f));
}

/**
 * The told findings no run warning already says in its words (stored_value, amounts_scaled,
 * sibling_sheets_unread… carry their finding's words: a list of both would say it twice), as the
 * pane lists them beside the warnings.
 *
 * @example toldBeyondWarnings(analysis) // the sibling sheets read, not the 万元 unit the warnings say
 */
export function toldBeyondWarnings(a: Pick<Analysis, "findings" | "warnings">): Finding[] {
  return toldFindings(a).filter(
    (f) => !a.warnings.some((w) => w.message["en-US"].includes(f.message["en-US"])),
  );
}

/**
 * A told finding in words: a note or a warning, named by its sheet, or its file's name for a CSV
 * file (stop-23 tester #11: "the file or sheet is empty" named neither), unless its words name it.
 * `sheet` is undefined when its message says where.
 *
 * @example toldFinding(f, "zh-CN") // { note: false, sheet: "2026年销售", message: "列“类型”…" }
 */
export function toldFinding(
  f: Finding,
  lang: Lang,
): { note: boolean; sheet: string | undefined; message: string } {
  const where = f.sheetIsFile && f.file ? fileName(f.file) : f.sheet;
  const message = f.message[lang];
  // duplicate_column's words never name the sheet, though they may hold its name (客户编号, 客户).
  const named = f.code !== "duplicate_column" && message.includes(where);
  return { note: NOTE_FINDINGS.has(f.code), sheet: !where || named ? undefined : where, message };
}

/**
 * A told finding's line as the pane shows it, without the console's "警告：" (its bar says so).
 *
 * @example toldFindingText(f, "en-US") // "2026 sales: 3 rows of column “Type” say …"
 */
export function toldFindingText(f: Finding, lang: Lang): string {
  const t = toldFinding(f, lang);
  return t.sheet === undefined
    ? t.message
    : say(lang, "summary", "sheetMessage", { sheet: t.sheet, message: t.message });
}
