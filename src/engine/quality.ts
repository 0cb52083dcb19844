import type { Lang, SheetKind } from "./schema";
import { CATALOGS, sayBoth, type Catalog } from "./words/catalog";
import type { WordParams } from "./words/format";

/**
 * The data-quality report: every input row is either used or listed here with the sheet, the row
 * number as Excel shows it, the column, a stable code and a message in zh-CN and en-US.
 * Source: DOMAIN.md "What it computes" 1 (000 §2.2.1; 002 定期清理数据).
 */

/**
 * The earliest transaction date used, 1990-01-01 (epoch day 7305): a row dated before it is
 * reported as `early_date` and not used, like a row with no date. Such dates are what an empty
 * date cell becomes (1900-01-01 is Excel's serial 1 or 0 shown as 1900-01-00, 1904-01-01 a
 * Mac workbook's 0, 1970-01-01 a zero timestamp from a database export) or a mistyped year
 * (1925 for 2025); a customer ledger kept in a spreadsheet from before 1990 is rarer than all of
 * those. Used as it stood, such a row became the customer's first purchase a century back, its
 * tenure and lifecycle stage, and one customer 46,000 days "old" in the purchase model's fit
 * (tester11 #4). A fixed date, not one relative to the rest of the data: an 80-row sheet has no
 * 1st percentile to stand away from, and a placeholder is wrong whatever the other rows say.
 */
export const EARLIEST_TRANSACTION_DAY = 7305;

/**
 * How many rows of one kind a sheet's findings name one by one; more are one note with their
 * count and the first row (returns52: CDNOW's 255 repeated lines, real ones, buried the findings
 * that matter). One number for every such kind, so the reports summarise alike.
 * @example ROWS_NAMED_ONE_BY_ONE // 10
 */
export const ROWS_NAMED_ONE_BY_ONE = 10;

/**
 * Why a transaction amount cannot be one, or null: "digits" above 2^53 (more than the 15
 * significant digits Excel keeps: `12345678901234567890` read as 12,345,678,901,234,567,000, its
 * last digits lost), "phone" a whole number of a mainland mobile number's shape, 11 digits from
 * 13000000000 to 19999999999 (`13812345678` pasted into 金额). Used as they stood, one such cell
 * made the Overview's revenue ¥12,345,678,901,234,676,000 or ¥13,812,346,578 beside amounts of
 * 300, with no finding, and every tier and ranking meaningless (tester63 U173). Fixed bounds,
 * not ones relative to the sheet's other amounts, as EARLIEST_TRANSACTION_DAY: a B2B ledger of
 * 5,000–5,000,000 stays far below both, and a 3-row sheet has no median to stand away from.
 *
 * @example implausibleAmount(13812345678) // "phone"
 * @example implausibleAmount(5000000) // null
 */
export function implausibleAmount(amount: number): "digits" | "phone" | null {
  const a = Math.abs(amount);
  if (a > Number.MAX_SAFE_INTEGER) return "digits";
  if (a >= 13e9 && a < 2e10 && Number.isInteger(a)) return "phone";
  return null;
}

/**
 * A purchase at this many times or more what the same customer usually pays for the same item
 * (the median of her other purchases of it) is said as `amount_far_above_usual`, counted as it
 * is (ingest/amountFarAboveUsual.ts; tester65 U207: 8,800 typed for 880), when it is also about a
 * power of ten of it (tenfoldOfUsual: a digit too many). A B2B ledger's large orders, 8.6 and
 * 12.6 times the customer's usual, are no typo (the zh sample's 1000070 and 1001073). Relative to
 * the customer's own amounts, where implausibleAmount's bounds are fixed: the two are one concept,
 * an amount no purchase of hers is likely to be, kept here together.
 */
export const AMOUNT_FAR_ABOVE_USUAL = 8;

/**
 * Whether `amount` is within 2 % of 10, 100 or 1,000 times `usual` (a digit or two too many).
 *
 * @example tenfoldOfUsual(8800, 880) // true
 * @example tenfoldOfUsual(16435.22, 1918.01) // false: 8.6 times
 */
export function tenfoldOfUsual(amount: number, usual: number): boolean {
  if (!(usual > 0) || !(amount >= AMOUNT_FAR_ABOVE_USUAL * usual)) return false;
  const q = amount / usual;
  const k = Math.round(Math.log10(q));
  return k >= 1 && k <= 3 && Math.abs(q / 10 ** k - 1) <= 0.02;
}

/** Stable codes: scripts rely on them. Severity says what happened to the row. */
export const QUALITY_CODES = {
  // The row is not used.
  missing_required: "error",
  // A required value whose cell holds a formula with no saved result (a workbook written by a
  // program that never calculated it, e.g. openpyxl): empty to us, and said so.
  formula_without_result: "error",
  unparseable_value: "error",
  duplicate_customer_id: "error",
  // An id that matches several customers whose ids differ only by leading zeros (001, 1), naming
  // none of them exactly: which one it means cannot be told.
  ambiguous_customer_id: "error",
  // A CSV row with more fields than the header that no rejoining explains.
  too_many_fields: "error",
  unknown_customer: "error",
  future_date: "error",
  // A transaction dated before EARLIEST_TRANSACTION_DAY (1990-01-01): what an empty date becomes
  // (1900-01-01 is Excel's serial 1, 1970-01-01 a zero timestamp) or a mistyped year (1925).
  early_date: "error",
  // The transaction date column's short dates read year first (26/11/30 → 2026-11-30, not day
  // first as 1930-11-26, an early date): every one of the column's, said once (RowReader
  // reportShortYears; tester63 L, reviewer64 M1).
  date_read_year_first: "warning",
  // A transaction amount no purchase can be: more digits than Excel keeps (above 2^53, its last
  // digits already lost) or a mainland mobile number's shape (13812345678 pasted into 金额):
  // not used (implausibleAmount; tester63 U173).
  implausible_amount: "error",
  blank_row: "info",
  totals_row: "info",
  // A footnote under the customer list (共16位会员, 备注：…): skipped (tester60 U98).
  footer_row: "info",
  // The header row again inside the data (exports pasted together, a paged report): skipped.
  repeated_header: "info",
  // The row is used; the finding asks for a look.
  unparseable_optional: "warning",
  unknown_cause: "warning",
  out_of_range: "warning",
  possible_duplicate_customer: "warning",
  // Same phone or e-mail, another name (siblings reached through a parent: tester61 U115): one
  // household, not a duplicate to merge.
  shared_contact: "info",
  // A customer whose id differs from an earlier customer's only by leading zeros (001 after 1): read
  // as a customer of its own, not a duplicate.
  // Several ids in one customer ID cell (HubSpot's Associated Company IDs "9000221732;9000000000"):
  // the row counted to the first, said (ingest/builders.ts joinCustomer; reviewer55 R4).
  customer_id_first_of_several: "warning",
  // A row whose key (a nickname, a phone, a plate: keyByOther) two customers or more have: not
  // matched to either, the rest of the sheet read (ingest/keyByOther.ts KeyMisses; reviewer65 M2).
  customer_key_shared_row: "error",
  // A sale whose phone two or three customers share (a family's): counted for the first of them on
  // the Customers sheet, the shop's money whoever bought (ingest/keyByOther.ts; reviewer66 M7).
  customer_key_household_row: "info",
  // A row whose plate is one character off exactly one customer's (粤B·S7809 for 粤B·S7890): a likely
  // typo, not used, said with that customer (reviewer65 M7).
  customer_key_near: "error",
  zero_twin_customer_id: "warning",
  // A customer id in the scientific notation Excel shows long numbers in (1.23457E+17): its last
  // digits are lost. Noted once per sheet.
  id_in_scientific_notation: "warning",
  ambiguous_number: "warning",
  encoding_fallback: "warning",
  invalid_encoding: "warning",
  text_too_long: "warning",
  number_in_date_cell: "warning",
  // A date column whose day/month order its values do not settle (parse/dateOrder.ts).
  date_order_assumed: "warning",
  date_order_mixed: "warning",
  // Dates written with two-digit years, read with Excel's window (parse/date.ts fullYear).
  two_digit_year: "info",
  date_year_from_sheet: "info",
  // An amount column whose values carry more than one currency symbol, or another than its header
  // names (ingest/amountCurrency.ts): added as written, the report's symbol said.
  currency_mixed: "warning",
  // A required column so often unreadable that the analysis misses a share of the sheet.
  many_unreadable: "warning",
  // …or so often blank (tester54 T10: order lines with a blank 客户编号, 45% of the revenue).
  many_blank_required: "warning",
  // A CSV row with more fields than the header whose extra fields rejoin into one number
  // (an unquoted "1,240.40"): read as that number.
  row_number_rejoined: "warning",
  // A return (negative amount) of a customer with no purchase in the data: counted as it is (the
  // customer's spend is below zero); its purchase is before the data starts or under another id.
  return_without_purchase: "warning",
  // A return larger than all the customer's purchases in the data (a typo'd amount, a credit
  // note of another customer): counted as it is, said with the purchases it exceeds.
  return_exceeds_purchases: "warning",
  // A purchase AMOUNT_FAR_ABOVE_USUAL times the customer's usual amount for the same item (a digit
  // too many: 8,800 for 880; tester65 U207): counted as it is, said with her usual amount.
  amount_far_above_usual: "warning",
  // Returns of one customer that together exceed all their purchases in the data, though none does
  // alone (a return keyed twice, credit notes of another customer): one finding per customer, on
  // the row where their returns pass their purchases, naming every return row of theirs.
  returns_exceed_purchases: "warning",
  // A transactions column not read (类型, Financial Status) saying 退货 / refunded / 作废 on rows whose
  // amount is positive: counted as purchases (ingest/notSaleRows.ts; tester54 T1). One per column.
  returns_written_positive: "warning",
  // A refund written in an item's name (正畸退费, Invisalign refund) on a positive amount: counted
  // negative, as a return (ingest/itemRefunds.ts; tester58 U61). One per column.
  item_refund_positive: "info",
  // A row-kind column (类型, 订单状态, Financial Status, Stage: ingest/rowKinds.ts; tester54 T1, T9,
  // T17), one finding per kind: returns written positive, counted negative; voided, cancelled,
  // lost or open orders and gifts, no purchases, not used (the run's rows_not_used warning says
  // so); values it does not know, kept as purchases and named with their rows.
  row_kind_returned_positive: "info",
  row_kind_refunded: "info",
  row_kind_voided: "info",
  row_kind_gift: "info",
  // A document not approved yet (单据状态 创建 / 审核中) and a card's fee (停卡手续费): no purchases,
  // not used (tester57 U50, U44).
  row_kind_draft: "info",
  row_kind_fee: "info",
  // A refund-amount column (淘宝 退款金额): refunds of a part of an order taken off its amount; orders
  // refunded whole, no purchases, not used (ingest/refundAmounts.ts; tester57 U58).
  refund_amount_deducted: "info",
  refund_amount_whole: "info",
  // An adjusted total above the order's (Etsy's Adjusted Order Total, a surcharge): the order raised
  // to it (reviewer67 M5).
  adjusted_amount_raised: "info",
  // One below it (a price change, 改价, or a part refund): the order counted at it (fix69f: a Chinese
  // shop's 调整后订单金额 on a 改价 was said a 部分退款).
  adjusted_amount_lowered: "info",
  // An invoice written off (uncollectible, 坏账): not paid, no purchase, not used; an invoice billed
  // and awaiting payment (open on a sheet of invoices): a purchase (tester60 U96, U97).
  row_kind_uncollectible: "info",
  row_kind_billed: "info",
  // An order awaiting payment (Shopify's pending) its fulfillment status says was delivered: a
  // purchase owed, counted, its money read as owed (ingest/rowKinds.ts; tester69 U521).
  row_kind_delivered_unpaid: "info",
  // One awaiting payment its fulfillment status says has not gone out: an order placed, read at 0
  // on its day (her latest order), its money not yet (ingest/rowKinds.ts; newuser70 N2).
  row_kind_placed_unpaid: "info",
  // A payment received (QuickBooks' Payment, 收款单) of a sale the sheet lists too: the same money
  // again, not used (the run's rows_not_used warning says so); on a sheet of payments alone, each
  // the purchase (ingest/sheet.ts commit; tester62 U149).
  row_kind_payment: "info",
  row_kind_payment_counted: "info",
  // Top-ups of stored value (充值): left out when purchases paid from it are on the sheet, else
  // counted (ingest/storedValue.ts; tester57 U41).
  row_kind_top_up: "info",
  row_kind_top_up_counted: "info",
  // Per customer (tester60 U94): counted when the purchases from the balance are at 0 (a 次卡's
  // 划卡 at ¥0), a 退卡 of a balance left out read at 0, and a card-amount column read (卡扣金额).
  row_kind_top_up_uses_zero: "info",
  row_kind_top_up_not_used_yet: "info",
  row_kind_card_refund: "info",
  card_amount_read: "info",
  card_amount_in_paid: "info",
  row_kind_unknown: "warning",
  // A currency column (币种, Amount Currency) naming several currencies: summed as written, no
  // symbol shown (ingest/currencyColumn.ts).
  currency_column_mixed: "warning",
  // About a sheet, not a row.
  missing_column: "error",
  missing_sheet: "error",
  header_not_found: "error",
  // Such a key column when two customers share one of those values: the sheet cannot be joined.
  customer_key_shared: "error",
  // Rows of customer_key_shared_row / customer_key_near, summed per sheet with their values (said on
  // the console as rows_not_used).
  customer_key_shared_rows: "warning",
  customer_key_household_rows: "info",
  customer_key_near_rows: "warning",
  // A sheet or file with nothing in it at all (a 0-byte CSV). A warning, as no_data_rows below: no
  // row is lost, and only an optional sheet's reaches a report (a required one stops the run).
  empty_sheet: "warning",
  // An optional sheet (surveys, complaints, contacts) with a header and no rows: its analysis is
  // empty, which a filter left on in the export also gives (stop 21 tester B4).
  no_data_rows: "warning",
  unmapped_column: "info",
  header_split_column: "warning",
  // An unrecognised column whose header is a near miss of a field the sheet has no column for
  // (负责任 for 负责人): the field reads as not given on every row, so the user is asked to check
  // (tester16 #2 / #10: a note only, while every call went to "(unassigned)").
  unmapped_near_field: "warning",
  // No owner column, and an unread customers column of a handful of repeated names: said as the
  // likely owner, not read (ingest/likelyOwner.ts; tester60 U99).
  owner_column_likely: "warning",
  // A header written twice (a second 金额(元), 客户名称 typed as a second 客户编号): the first column
  // is read, the other ignored, and which was read is said with both columns' letters (tester44
  // #4: a note "not recognised" without a letter, while every customer's name went empty).
  duplicate_column: "warning",
  // The row is used; the finding is a note.
  zero_amount: "info",
  // An amount written -0 (`-0.00`, `(0.00)`): a return of nothing, so no purchase (aggregate/
  // purchase.ts; tester52 M8: it counted as one and won a long-lost customer back).
  zero_return: "info",
  // The same order line twice (every field equal, order ids given): the later copy is not used
  // (ingest/duplicateRows.ts; tester52 M2).
  duplicate_row: "error",
  // Most orders of a sheet with order ids listed with every line k times over (an export pasted
  // twice and sorted by order or date): like items inside such an order counted once a copy, said
  // once for the sheet (ingest/duplicateRows.ts; reviewer60 R18).
  orders_repeated: "warning",
  // A share of them listing their lines again in the same order (Latte, Muffin, Latte, Muffin: two
  // exports that overlap, combined and sorted) on a sheet of like items: counted as they are, said.
  orders_repeated_counted: "warning",
  // Like lines of an order on adjacent rows, on a sheet where no order shows it lists items a row
  // each (tickets alike, two lattes on two rows): counted as items, said, as they may be a copy.
  like_items_counted: "warning",
  // Every field equal with no order ids to tell them apart: both used, the later named for review.
  duplicate_row_kept: "warning",
  // More than DUPLICATES_LISTED such rows in a sheet: one finding with their count and the first
  // (returns52: CDNOW's 255 repeated lines, real ones, buried the other findings).
  duplicate_rows_kept: "warning",
  // Alike in every field read but paid two ways (现金 then 微信) with no note saying the bill was
  // split: one payment entered twice, the later not used (reviewer59 M2).
  duplicate_row_payment_differs: "error",
  // The same with a note saying so (备注 分两笔付): a split payment, both used (tester58 U67).
  duplicate_row_split_payment: "info",
  // A column naming each document's approver (U8 审核人) blank on some rows, filled on others: the
  // blank ones, maybe not approved yet, are counted as sales, said (tester58 U74).
  unapproved_rows_counted: "warning",
  // An order line again (customer, date, order id, product) with another amount or quantity.
  order_line_conflict: "warning",
  // An amount column whose header names a unit (万元, thousands): its values were scaled to yuan.
  amount_unit_applied: "info",
  // Amounts written as a number of uses (1次: a 次卡's visit): read as visits at 0, said once for
  // the sheet (parse/number.ts usesWritten; tester64 U187: refused as 无法识别为金额).
  amount_uses_written: "info",
  // Under such a header, amounts that name their own unit or currency (`12000元`, `¥3000`, `0.5万`
  // under 金额(万元)): read as written, not scaled again (tester53 N25), and named for review.
  amount_unit_own: "warning",
  // Many rows dated after the analysis date (a back-dated run): one note per sheet instead of one
  // finding per row; the rows are not used (counted as rejected).
  after_analysis_date: "info",
  // A CSV file read as Big5, told from its bytes alone (csvEncoding.ts big5Text): said, so a file
  // meant as another encoding can be told (tester51 C2: a Big5 file read silently as GBK).
  csv_read_as_big5: "info",
  // A column's vertically merged cells (区域 merged A5:A18 per region): the merge's value was read
  // on each of its rows, as a person reading the sheet sees it (ingest/mergedFill.ts; tester53 N4).
  merged_cells_filled: "info",
  // Blank continuation lines of multi-line orders read with the line above's date, order and
  // customer (ingest/continuationLines.ts; tester54 T10): a guess the user should check.
  continuation_lines_filled: "warning",
  // Blank amounts read as quantity × unit price (RowReader.lineAmount; tester54 T10).
  amount_from_quantity_price: "info",
  // Further lines of an order whose Total is on its first line: part of it, not counted again
  // (ContinuationLines.inOrderTotal; tester57 U39, a Shopify export).
  order_lines_in_total: "info",
  // Further lines of an order repeating its total (WooCommerce's Order Total Amount on each line
  // item): counted once per order (ingest/repeatedOrderTotals.ts; tester58 U59).
  order_total_repeated: "info",
  // A column no header names read as the row kind by its values (项目: 新办 / 续卡 / 退卡; tester57 U40).
  row_kind_by_values: "info",
  // A key column of the customers' e-mail addresses or names, joined by them (ingest/keyByOther.ts;
  // tester57 U46 Shopify's Email, U48 金蝶's 客户).
  customer_key_by_other: "info",
  // A satisfaction column scored out of 10 (满意度(10分制)), put on 1–5 (parse/scoreScale.ts).
  score_scale_ten: "info",
  // Sheets of an input kept one per year or month beside the one read (2026销售 beside 2025销售):
  // unread, their rows not in the report (each input reads one sheet; tester53 N31).
  sibling_sheets_unread: "warning",
  // A sheet of the sales sheet's very columns left unread for a name saying other rows (交易备份,
  // 模板, 退货, 充值: ingest/sheetParts.ts saysOtherRows): said first, as an error, since any sale
  // on it is not in the report (tester64 U180: 990 of 1,001 rows on such a sheet, read as none).
  same_column_sales_unread: "error",
  // The same sheets of the transactions read together as one input (ingest/sheetParts.ts).
  sibling_sheets_read: "info",
  // No sheet named as the sales: the one sheet with their columns read as them (workbook.ts
  // onlySalesSheet; newuser70 N1).
  sales_sheet_by_columns: "info",
} as const;

export type QualityCode = keyof typeof QUALITY_CODES;
export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** The input file the sheet came from, when the source is files (GridSource.fileOf). */
  file?: string;
  /** The sheet name as it is in the workbook. */
  sheet: string;
  /** True when the "sheet" is a file of its own (CSV): the tabs name its input, not a sheet. */
  sheetIsFile?: boolean;
  kind: SheetKind;
  /** Excel row number (1-based); 0 for a finding about the whole sheet. */
  row: number;
  /** Column header as written in the sheet ("" when about the row or the sheet). */
  column: string;
  code: QualityCode;
  severity: Severity;
  /** The cell's text, when it helps (the value that did not parse, the duplicate id). */
  value: string;
  message: Record<Lang, string>;
}

/**
 * The message of a finding in both languages, with its parameters filled in (texts: the
 * catalog's "quality" section, src/engine/words).
 *
 * @example qualityMessage("blank_row", {})["en-US"] // "Blank row, skipped"
 */
export function qualityMessage(code: QualityCode, params: WordParams): Record<Lang, string> {
  return sayBoth("quality", code, params);
}

/**
 * Words for a field kind, used in "is not a valid …" messages (the catalog's "expected" section).
 *
 * @example EXPECTED_WORDS.date["zh-CN"] // "日期"
 */
export const EXPECTED_WORDS: Record<string, Record<Lang, string>> = Object.fromEntries(
  (Object.keys(CATALOGS["en-US"].expected) as (keyof Catalog["expected"])[]).map((k) => [
    k,
    { "zh-CN": CATALOGS["zh-CN"].expected[k], "en-US": CATALOGS["en-US"].expected[k] },
  ]),
);

/**
 * A few accepted names (of a column or sheet) for a message, in each language: Chinese names for
 * the Chinese message, the others for the English one. When what the sheet holds (`found`: its
 * headers, or the workbook's sheet names) is in the other language's script, that language's
 * names follow: a zh-CN message about an English sheet lists "Customer ID" too (tester, stop 31:
 * `--lang zh-CN` on an English sheet listed only 客户编号 / 客户ID / …).
 *
 * @example acceptedNames(["客户编号", "客户ID", "Customer ID"]) // { zh: "客户编号 / 客户ID", en: "Customer ID" }
 * @example acceptedNames(["客户编号", "Customer ID"], ["Kunde", "Name"]).zh // "客户编号 / Customer ID"
 */
export function acceptedNames(
  names: readonly string[],
  found: readonly string[] = [],
  count = 6,
): { zh: string; en: string } {
  const zh = names.filter(hasCjk).slice(0, count);
  const en = names.filter((n) => !hasCjk(n)).slice(0, count);
  const texts = found.filter((f) => f.trim() !== "");
  const foundCjk = texts.some(hasCjk);
  const foundLatin = texts.some((f) => !hasCjk(f) && /[A-Za-z]/.test(f));
  return {
    zh: (foundLatin && !foundCjk ? [...zh, ...en] : zh).join(" / "),
    en: (foundCjk ? [...en, ...zh] : en).join(" / "),
  };
}

function hasCjk(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}
