import { VISIT_KIND_EN } from "./visitKindWords";
import { AT_RISK_COLUMNS_EN, AT_RISK_TAB_EN, AT_RISK_WHY_EN } from "./atRiskWords";
import { CHANGES_EN } from "./changes";
import { PANE_EN, PROBLEM_NAMES_EN } from "./pane";
import { OVERVIEW_EN, VALIDATION_EN } from "./overviewTab";
import { COMPLAINTS_EN, DATA_QUALITY_EN, SATISFACTION_EN } from "./serviceTabs";
import { RULE_DOCS_EN } from "./ruleDocs";
import { ANALYZE_EN, ARGS_EN, BACKTEST_HELP_EN, SUMMARY_EN } from "./cliWords";
import { EMPTY_EN, FILE_EN, OFFICE_EN } from "./fileWords";
import { TYPED_DATE_EN } from "./typedDate";
import { INGEST_EN } from "./ingestWords";
import {
  ANALYSIS_NOTES_EN,
  LIMITS_EN,
  RETIRED_COLUMNS_EN,
  RUN_LOG_EN,
  SEGMENT_COLUMNS_EN,
  TAB_NAMES_EN,
} from "./reportWords";
import {
  CUSTOMER_TYPE_NAMES_EN,
  RISK_NAMES_EN,
  RISK_PHRASES_EN,
  SEGMENT_NAMES_EN,
  STAGE_NAMES_EN,
  STAGE_MEANINGS_EN,
  UNCLASSIFIED_EN,
  VALUE_CLASS_NAMES_EN,
  VALUE_TIER_NAMES_EN,
} from "./categories";
import { RULE_ERRORS_EN, RULE_MIGRATION_EN, RULE_SET_FILE_EN, RULE_TYPES_EN } from "./ruleSet";
import { FIELD_NAMES_EN, INPUT_NAMES_EN } from "./inputs";
import {
  FOLLOW_UP_REASONS_EN,
  UNSCHEDULED_REASONS_EN,
  PRIORITY_NAMES_EN,
  CHANNEL_NAMES_EN,
  FOLLOW_UP_COLUMNS_EN,
  FOLLOW_UP_TAB_EN,
  SCHEDULE_OVERVIEW_EN,
  UNSCHEDULED_LABELS_EN,
  TALKING_POINTS_EN,
} from "./followUpWords";

/**
 * Every user-facing text in English, by section and code. The engine and the front ends emit codes
 * and parameters; texts live here and in zh-CN.ts (same keys: the Catalog type and
 * test/engine/words/catalog.test.ts check). Placeholders: `{name}`; plurals: `{n|one|other}`.
 * English texts use ASCII punctuation and “ ” quotes, never full-width forms.
 */
export const EN = {
  /** The task pane (pane.ts, owned by the pane). */
  pane: PANE_EN,
  /** What changed since the last refresh (changes.ts, owned by helper "changes"). */
  changes: CHANGES_EN,
  problemNames: PROBLEM_NAMES_EN,
  /** The report tabs' own labels (overviewTab.ts, serviceTabs.ts). */
  /** The visits input's words by its kind (visitKindWords.ts; fix67e). */
  visitKind: VISIT_KIND_EN,
  overviewTab: OVERVIEW_EN,
  validationTab: VALIDATION_EN,
  satisfactionTab: SATISFACTION_EN,
  complaintsTab: COMPLAINTS_EN,
  dataQualityTab: DATA_QUALITY_EN,
  /** What each rule-set setting means (ruleDocs.ts; rules/docs.ts arranges them). */
  ruleDocs: RULE_DOCS_EN,
  /** The command line's summary after a run and its errors (cliWords.ts). */
  summary: SUMMARY_EN,
  args: ARGS_EN,
  /** Words of helper "house" (issue 13): file and Office adapters, report frames, analysis notes. */
  file: FILE_EN,
  office: OFFICE_EN,
  tabNames: TAB_NAMES_EN,
  segmentColumns: SEGMENT_COLUMNS_EN,
  /** Headers of columns taken off a tab, for the add-in to delete them (reportWords.ts). */
  retiredColumns: RETIRED_COLUMNS_EN,
  /** The At-risk customers tab's headers (atRiskWords.ts, report/atRiskTab.ts). */
  atRiskColumns: AT_RISK_COLUMNS_EN,
  /** The At-risk tab's texts for a row without a next contact (atRiskWords.ts). */
  atRiskTab: AT_RISK_TAB_EN,
  /** Why an at-risk row has no next contact, short (atRiskWords.ts). */
  atRiskWhy: AT_RISK_WHY_EN,
  runLog: RUN_LOG_EN,
  limits: LIMITS_EN,
  analysisNotes: ANALYSIS_NOTES_EN,
  ingest: INGEST_EN,
  analyze: ANALYZE_EN,
  /** Data-quality findings (quality.ts QUALITY_CODES). */
  quality: {
    missing_required: "Required value “{fieldEn}” (column {letter}) is empty; row not used",
    formula_without_result:
      "Required value “{fieldEn}” (column {letter}) is a formula with no saved result (the program that wrote this workbook did not calculate its formulas); row not used. Open the workbook in Excel (or LibreOffice) and save it once so its results are stored",
    unparseable_value:
      "“{fieldEn}” (column {letter}) value “{value}” is not a valid {expectedEn}; row not used: correct it and run again",
    // unparseable_value / unknown_customer (_optional: unparseable_optional) for an Excel error value.
    excel_error_cell:
      "“{fieldEn}” (column {letter}) holds the Excel error {value}: the formula that fills it failed (a deleted reference, a lookup that found nothing); row not used. Fix the formula in the source sheet, save, and run again",
    excel_error_cell_optional:
      "“{fieldEn}” (column {letter}) holds the Excel error {value}: the formula that fills it failed; treated as empty. Fix the formula in the source sheet",
    duplicate_customer_id:
      "Customer ID “{value}” appears again (first on row {firstRow}); row not used",
    // duplicate_customer_id when the two rows' names differ (builders.ts reportDuplicate).
    duplicate_customer_id_other_name:
      "Customer ID “{value}” appears again with another name: row {firstRow} is “{firstName}”, this row “{name}”. Row not used, so all transactions with this ID count for “{firstName}” (row {firstRow}); if these are two customers, give one of them its own ID",
    duplicate_customer_id_digits_lost:
      "Customer ID “{value}” repeats row {firstRow}'s: it is a number of more than 15 digits, and Excel keeps only 15 significant digits (the rest became 0), so IDs that differed may have become one. Row not used. Format the customer ID column as Text on every sheet, then type the full IDs again",
    unknown_customer:
      "Customer ID “{value}” is not on the Customers sheet; row not used: add the customer to the Customers sheet, or correct the ID",
    // A key two customers share, a plate one character off one customer's (ingest/keyByOther.ts KeyMisses).
    customer_key_shared_row:
      "“{value}” is the {whatEn} of {count|# customer|# customers} on the Customers sheet ({customersEn}): which one cannot be told, so the row is not matched to a customer and not used",
    customer_key_household_row:
      "“{value}”, among the customers' {whatEn}, is shared by {count|# customer|# customers} on the Customers sheet ({customersEn}), read as one household's: the row is counted as {customerEn}'s (the first on the Customers sheet with it)",
    customer_key_near:
      "The {whatEn} “{value}” is not on the Customers sheet; it is one character off {customerEn}'s “{near}”, likely a typo: row not used. Check and correct it",
    // unknown_customer when Customers ID cells hold Excel errors (errorIdCustomers.ts).
    unknown_customer_error_id:
      "Customer ID “{value}” is not on the Customers sheet; row not used. {rows|# row|# rows} of the Customers sheet {rows|has|have} an Excel error in the ID cell (the first: row {row}, column {letter} “{field}”, {error}): that may be this customer. Fix the formula on the Customers sheet, save, and run again",
    // unknown_customer when the ID is a masked number (maskedIds.ts pointAtMaskedIds; tester60 U95).
    unknown_customer_masked:
      "Customer ID “{value}” is a masked number (as delivery and shopping platforms export an order's phone) and cannot be matched to a customer on the Customers sheet; row not used. To count such rows, use the platform's member ID, user ID or full phone number as the customer ID",
    // unknown_customer when the ID is one customer's phone (phoneIdCustomers.ts).
    unknown_customer_phone:
      "Customer ID “{value}” is the phone number of customer “{id}” (the Customers column “{phoneColumn}”), not an ID; row not used: write “{id}” (the Customers column “{field}”) instead",
    unknown_customer_name:
      "Customer ID “{value}” is the name of customer “{id}” (the Customers column “{nameColumn}”), not an ID; row not used: write “{id}” (the Customers column “{field}”) instead",
    ambiguous_customer_id:
      "Customer ID “{value}” matches {idsEn} on the Customers sheet only up to leading zeros: which customer it means cannot be told; row not used. Write the ID exactly as on the Customers sheet",
    id_in_scientific_notation:
      "Customer ID “{value}” is in scientific notation: Excel shows long numeric IDs this way, and a CSV saved from it has lost their last digits, so different customers may now share one ID (see the duplicate IDs). Format the ID column as text in Excel and export again (only the first one in this sheet is noted)",
    customer_id_first_of_several:
      "Customer ID “{value}” holds several IDs: the row was counted to “{first}” (ID no. {nth} in the cell, the first on the Customers sheet), and not to the others. If it belongs to several customers, give each its own row",
    zero_twin_customer_id:
      "Customer ID “{value}” differs from “{firstId}” (row {firstRow}) only by leading zeros: read as two different customers (not a duplicate). In the other sheets, IDs like these join only when written exactly as on the Customers sheet",
    future_date:
      "Date {value} is after the analysis date {asOf}; row not used: correct the date, or choose a later analysis date",
    date_read_year_first:
      "{count} short transaction dates of the column read year/month/day (a two-digit year first): “{value}” is read as {reading}; read day/month/year it would be {other}, not between {earliest} and the analysis date. One column's dates are read in one order. If that is wrong, write the years with four digits and run again",
    date_number_ambiguous:
      "“{fieldEn}” (column {letter}) value {value} is a number: it may be month {month} day {day}, or day {day10} (Excel stores {typed} typed as {value}); row not used: write the full date (2026/{month}/{day10}, say) and run again",
    early_date:
      "Transaction date {value} is before {earliest}, not a plausible date (an empty date often shows as 1900-01-01 in Excel); row not used: please enter the actual date",
    implausible_amount:
      "“{fieldEn}” (column {letter}) value “{value}” is an 11-digit whole number starting with 1, the shape of a mobile phone number, not a purchase amount; row not used: please check it and enter the actual amount",
    implausible_amount_digits:
      "“{fieldEn}” (column {letter}) value “{value}” has more than 15 digits (Excel keeps only 15; the rest are lost), not a purchase amount; row not used: please check it and enter the actual amount",
    zero_amount: "Amount is 0: counted as a purchase with no spend",
    zero_return:
      "Amount is -0: read as a return of nothing, not as a purchase (the last purchase date stays as it was)",
    duplicate_row:
      "Same as {firstAt} in every field (customer, date, amount, order ID, product, quantity): the same order line twice, counted once, this row not used; check the export or a paste for repeated lines",
    orders_repeated:
      "{repeated|#} of the sheet's {orders|# order|# orders} have every line {times} times over (the first at rows {row}–{last}), as one export pasted {times} times, or exports that overlap, combined and sorted by order or date: each counted once, like items of one order on rows of their own (2 lattes) as many as in one copy; check the export for repeats",
    orders_repeated_counted:
      "{repeated|#} of the sheet's {orders|# order|# orders} list their lines again in the same order ({times} times over; the first at rows {row}–{last}), as two exports that overlap, combined and sorted: since the sheet also has like items of one order on rows of their own, all these rows are counted as items; if the exports overlap, delete the repeated orders and run again",
    like_items_counted:
      "{repeated|#} of the sheet's {orders|# order|# orders} have a line again on adjacent rows (the first at rows {row}–{last}), and neither another order shows a copy pasted in place nor a column tells the rows apart (Attendee, Seat, Ticket #, Line #): counted as like items of one order ({extra|# row|# rows} beyond one of each); if they are a copy, delete the repeated rows and run again",
    duplicate_row_kept:
      "Same as {firstAt} in every field (customer, date, amount, product, quantity); with no order ID column the two cannot be told apart, so both are counted; if the line was exported twice, delete one",
    unapproved_rows_counted:
      "Column “{column}” is blank on {count|# row|# rows} (the first is row {row}) and filled on the other {filled|#}: those documents may not be approved yet, and are counted as sales; if unapproved documents should not count, export the approved ones only and run again",
    duplicate_row_payment_differs:
      "Same as {firstAt} (customer, date, amount, order ID, product, quantity) but for “{column}” (“{firstPayment}” / “{payment}”), and no note says the bill was split: read as one payment entered twice, counted once, this row not used; if it was one bill paid two ways, write “split payment” (分两笔付) in the note and run again",
    duplicate_row_split_payment:
      "Same as {firstAt} (customer, date, amount, order ID, product, quantity) but for “{column}” (“{firstPayment}” / “{payment}”), and “{noteColumn}” says “{note}”: read as one bill paid two ways, both rows counted",
    duplicate_rows_kept:
      "{count|# row is|# rows are} the same as an earlier row in every field (customer, date, amount, product, quantity), the first at row {row} (as row {first}). With no order ID column, two equal purchases on one day cannot be told from one line exported twice, so all are counted; if lines were exported or pasted twice, delete the repeats",
    order_line_conflict:
      "Same order ID, product and quantity as {firstAt} (customer “{id}”, same date) but another amount ({value} here, {firstValue} on {firstAt}): both counted; check which one is wrong",
    return_without_purchase:
      "Return of {value} with no purchase: customer “{id}” has no transaction with a positive amount in the data. Counted as it is, so the customer's spend is negative; check whether the purchase is before the data starts or under another customer ID",
    return_exceeds_purchases:
      "Return of {value} is more than everything customer “{id}” bought in the data ({purchases} in all). Counted as it is: it lowers the customer's spend and the revenue of any period that holds its date, possibly below zero; check the amount for extra digits, or whether it belongs to another customer ID",
    amount_far_above_usual:
      "Amount {value} is about {times} times what customer “{id}” usually pays for “{item}” ({usual}). Counted as it is, so the customer's spend and value tier read higher; check the amount for an extra digit",
    returns_exceed_purchases:
      "Returns of customer “{id}” on {count|# row|# rows} ({rows}) add up to {total}, more than everything the customer bought in the data ({purchases} in all), though none does alone. Counted as they are: the customer's spend in the data is {net}, below zero, and the revenue of the periods that hold these returns is lower with it; check for a return keyed twice, an amount with extra digits, or returns that belong to another customer ID",
    blank_row: "Blank row, skipped",
    totals_row: "Totals row (“{value}”), skipped",
    footer_row: "A footnote under the list (“{value}”), not a customer, skipped",
    footer_row_data: "A footnote under the table (“{value}”), not a row of data, skipped",
    repeated_header: "The header row again inside the data (exports pasted together?), skipped",
    unparseable_optional:
      "“{fieldEn}” (column {letter}) value “{value}” is not a valid {expectedEn}; treated as empty",
    // unparseable_value / unparseable_optional for a typed date with a reason (typedDate section).
    unparseable_date: "“{fieldEn}” (column {letter}): {problem}; row not used",
    unparseable_date_optional: "“{fieldEn}” (column {letter}): {problem}; treated as empty",
    // What a user can do: write one of the causes counted (tester55 U3: 酒塞污染, 发票问题 → other).
    unknown_cause:
      "Complaint cause “{value}” not recognised; counted as “other”. Complaints are counted by these causes: {causesEn}; if it is one of them, write that cause instead and run again",
    out_of_range:
      "“{fieldEn}” (column {letter}) value {value} should be {rangeEn}; treated as empty",
    possible_duplicate_customer:
      "Possibly the same customer as row {otherRow} (ID “{otherId}”): same {reasonEn}; please review (not merged)",
    shared_contact:
      "Same {reasonEn} as row {otherRow} (ID “{otherId}”) but another name (“{otherName}”, “{name}”): probably one household (siblings reached through a parent), read as two customers; no need to merge",
    ambiguous_number:
      "“{fieldEn}” (column {letter}) value “{value}” could be {asGrouping} or {asDecimal}; read as {chosen} ({reasonEn}); please check",
    encoding_fallback:
      "This row is not in {fileEncoding} like the rest of the file; decoded as {encoding}, please check its text",
    invalid_encoding:
      "This row has bytes invalid in both UTF-8 and GB18030; replaced by “\uFFFD”, please check its text",
    // The two above about one cell (a CSV read cell by cell: csvByLine.ts).
    encoding_fallback_cell:
      "“{fieldEn}” (column {letter}) is not in {fileEncoding} like the rest of the file; decoded as {encoding}, please check its text",
    invalid_encoding_cell:
      "“{fieldEn}” (column {letter}) has bytes that are not valid {encoding} (the file is {fileEncoding}); they were replaced by “\uFFFD”, the row's other cells read as usual; please check this cell's text",
    text_too_long:
      "“{fieldEn}” (column {letter}) text has {length} characters, more than an Excel cell holds ({limit}); cut with a marker on the output tabs, kept whole in the JSON result",
    number_in_date_cell:
      "Cell {cell} is formatted as a date but holds {value}, which no date has (Excel shows it as ####); read as the number {value}",
    missing_column:
      "Required column “{fieldEn}” is missing (accepted headers: {synonymsEn}). Headers found: {foundEn}{hintEn}",
    missing_columns:
      "Required columns {fieldsEn} are missing (accepted headers: {synonymsEn}). Headers found: {foundEn}{hintEn}",
    missing_sheet: "No “{fieldEn}” sheet found (accepted names: {synonymsEn})",
    header_not_found:
      "No header row with the required columns “{fieldEn}” in the first {rows} rows. Accepted headers: {synonymsEn}. Headers found: {foundEn}{hintEn}",
    unmapped_column: "Column “{value}” not recognised; ignored{hintEn}",
    header_split_column:
      "Row {row} is the header's second row: “{header}” is split into {subsEn}. “{header}” is read from column {column} “{read}” (the first under the merged header); the others are not used. To read another, keep one header row, name the column to read “{header}”, and run again.",
    owner_column_likely:
      "No owner column found: column “{value}” holds only {count|# name|# names} over the first {rows|# row|# rows} read ({namesEn}), like each customer's owner, and was not read, so the follow-up plan is not split by person. If it is the owner, rename it “Owner” (or “负责人”) and run again",
    unmapped_near_field:
      "Column “{value}” not recognised; ignored: every row is read without “{fieldEn}”{hintEn}",
    duplicate_column:
      "The header “{value}” is repeated ({firstEn} and {secondEn}): {firstEn} was read, {secondEn} ignored{missingEn}. Check which column is “{fieldEn}”, correct the header and run again",
    date_order_assumed:
      "Dates in column {letter} “{fieldEn}” such as “{value}” (row {row}) could be month/day or day/month, and no value in the column shows which ({count|# date|# dates} like it); read as month/day ({value} = {reading}). If they are day/month, write them as yyyy-mm-dd ({alternative}) and run again",
    date_year_from_sheet:
      "{count|# date|# dates} in column {letter} “{fieldEn}” such as “{value}” (row {row}) {count|gives|give} no year: read in {year}, the year the sheet's name or title gives ({value} = {reading}). If any is of another year, write its year and run again",
    two_digit_year:
      "Dates in column {letter} “{fieldEn}” such as “{value}” (row {row}; {count|# date|# dates} like it) write the year with two digits: read as Excel does, 00–29 as 2000–2029 and 30–99 as 1930–1999 ({value} = {reading}). If any is meant otherwise, write its year with four digits and run again",
    date_order_mixed:
      "Column {letter} “{fieldEn}” mixes date orders: “{dayFirstValue}” (row {dayFirstRow}) can only be day/month, “{monthFirstValue}” (row {monthFirstRow}) only month/day; {count|# date|# dates} that could be either (such as “{value}”, row {row}) were read as {orderEn}, as the column's first clear date shows; please check",
    csv_read_as_big5:
      "Read as Big5 (Traditional Chinese): its text is not UTF-8, and its characters are Big5's common ones (such as “{value}” in column {letter} “{fieldEn}”, row {row}). If names or other text look wrong in the report, save the file as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8) and run again",
    sales_sheet_by_columns:
      "No sheet is named as the Transactions: sheet “{sheet}” has the Transactions sheet's columns ({columnsEn}) and was read as it. If it is not the Transactions, name the sheet that is “Transactions” (or choose it in the task pane) and run again",
    sibling_sheets_read:
      "Sheet “{sheet}” was read together with {count|# sheet|# sheets} of the same kind kept per year or month ({list}): {rows|# row|# rows} in all. A row's finding names the sheet it is on and its row there",
    same_column_sales_unread:
      "{count|Sheet|Sheets} {listEn} {count|has|have} the very columns of the Transactions sheet “{sheet}” but {count|was|were} not read: the name says {count|it holds|they hold} no sales (a backup, a copy, a template, voided or test rows, or top-ups). Any sale on {count|it|them} that “{sheet}” lacks is not in the report: put those rows on “{sheet}” (or rename the sheet) and run again",
    sibling_sheets_unread:
      "Sheet “{sheet}” was read; {count|# sheet|# sheets} of the same kind kept per year or month ({listEn}) {count|was|were} not: each input reads one sheet, so their rows are not in the report. To analyse them together, put their rows on one sheet (one header row) and run again",
    score_scale_ten:
      "Column {letter} “{fieldEn}” read as scored out of 10: {count|# answer|# answers} put on the 1–5 scale (1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5), so satisfaction (CSAT, the share of 4–5) is 7–10 out of 10",
    amount_from_quantity_price:
      "{count|# row|# rows} with “{fieldEn}” blank: computed as “{quantity}” × “{price}” (the first is row {row})",
    customer_key_by_other:
      "Column {letter} “{column}” holds the customers' {whatEn} (the Customers column “{customersColumn}”), not their IDs: each row is matched to the customer by it",
    customer_key_shared:
      "Column {letter} “{column}” holds the customers' {whatEn} (the Customers column “{customersColumn}”), not their IDs, and {count|# of them belongs|# of them belong} to more than one customer (such as “{value}”); {rows|# of the sheet's|# of the sheet's} {read|# row|# rows} (more than half) name such a value, so the rows cannot be matched to customers by it. Add a column of customer IDs (as on the Customers sheet) to this sheet, or make each customer's “{customersColumn}” its own, and run again",
    customer_key_shared_rows:
      "Column {letter} “{column}” matches rows to customers by their {whatEn}: {rows|# of|# of} {read|# row|# rows} name {whatEn} more than one customer has, so which one cannot be told; those rows are not matched and not used ({examplesEn}){moneyEn}; the others are. Add the customer ID on those rows, or make each customer's “{customersColumn}” its own",
    customer_key_household_rows:
      "Column {letter} “{column}” matches rows to customers by their {whatEn}: {rows|# of|# of} {read|# row|# rows} name {whatEn} a household shares ({examplesEn}){moneyEn}: those rows count in the revenue, as the purchases of the first customer on the Customers sheet with that number, not of the others who share it. To count them for each person, add the customer ID on those rows",
    customer_key_near_rows:
      "Column {letter} “{column}” matches rows to customers by their {whatEn}: {rows|# of|# of} {read|# row|# rows} have {whatEn} not on the Customers sheet but one character off one customer's, likely typos ({examplesEn}): those rows are not used. Check and correct them",
    row_kind_by_values:
      "Column “{column}” holds row types (such as new card, renewal, refund): read as the row type, so returns and refunds count negative, voided orders and gifts are not used, and other values count as purchases. If it is not a row type, rename or remove it and run again",
    order_lines_in_total:
      "{count|# row is a further line|# rows are further lines} of the order above with “{fieldEn}” blank: the order's “{fieldEn}” on its first line is the order's total and includes {count|it|them}, so {count|it was|they were} not counted again as “{quantity}” × “{price}” (the first is row {row})",
    order_total_repeated:
      "{count|# row is a further line|# rows are further lines} of the order above repeating the order's “{fieldEn}” (the whole order's total, not the line's amount): it was counted once per “{order}”, {count|this line|these lines} read as 0 (the first is row {row})",
    continuation_lines_filled:
      "{count|# row|# rows} with {fieldsEn} blank written below an order's line (further lines of a multi-line order; the first is row {row}): read with the line above's {fieldsEn}. If {count|it is|they are} not part of that order, fill those cells in and run again",
    merged_cells_filled:
      "Column {letter} “{fieldEn}” has {areas|# cell|# cells} merged down over several rows (such as {range}): each merged cell's value was read on every row it covers ({count|# row|# rows} filled in)",
    amount_unit_applied:
      "Column “{column}” states its unit as {unit}: {count|# amount|# amounts} multiplied by {factor} (if the unit is wrong, change the header and run again)",
    amount_uses_written:
      "Column “{column}” has {count|# row|# rows} that write a number of uses, such as “{value}” (the first at row {row}): card uses, not money, counted as visits at 0",
    amount_unit_own:
      "The header “{fieldEn}” (column {letter}) states its unit as {unit}, but {count|# amount names|# amounts name} its own unit or currency (the first at row {row}: “{value}”): read as written, not multiplied by {factor}. If they are in {unit} too, remove their unit and run again",
    /** amount_unit_own when the cells carry only a currency ($12,000), no unit (reviewer53 H2). */
    amount_unit_own_symbol:
      "The header “{fieldEn}” (column {letter}) states its unit as {unit}, but {count|# amount carries|# amounts carry} a currency symbol (the first at row {row}: “{value}”): read as written, not multiplied by {factor}. If they are in {unit} too, remove the {symbol} and run again",
    // An amount column's values in more than one currency (ingest/amountCurrency.ts): one
    // dominates and is shown; none does and no symbol is shown; they carry another than the header's.
    currency_mixed:
      "“{fieldEn}” (column {letter}) value “{value}” (row {row}) is in {other}: the first of {otherCount|# amount|# amounts} in another currency than the column's {count|# amount|# amounts} in {symbol}. Amounts are added as written, not converted, and shown in {symbol}: check the rows in another currency (convert them) and run again",
    currency_mixed_even:
      "“{fieldEn}” (column {letter}) mixes currencies: {count|# amount|# amounts} in {mostly}, {otherCount|# amount|# amounts} in another, the first at row {row} (“{value}”, in {other}). Amounts are added as written, not converted, so the report shows them with no currency symbol. Keep one currency in the column (convert the others) and run again",
    /** currency_mixed when an English header's plain amounts are read in the one symbol a fifth or more carry (tester53 N10, reviewer54 M1). */
    currency_plain_read_as:
      "“{fieldEn}” (column {letter}) names no currency: {marked|# amount|# amounts} of its {count|#} carry {symbol} (the first at row {row}: “{value}”) and the other {plain|#} none, so all are read in {symbol} and the report shows {symbol}. If the plain amounts are in yuan, name the currency in the header (e.g. “Amount (CNY)”) and run again",
    currency_header_differs:
      "The header “{fieldEn}” (column {letter}) names {header}, but the amounts carry {symbol} (“{value}”, row {row}, the first of {count|# amount|# amounts}); the report shows {symbol}, as the amounts do. If they are in {header}, correct the amounts or the header and run again",
    /** currency_header_differs when the header names a unit too (万元): not applied (reviewer51 F3). */
    currency_header_differs_unit:
      "The header “{fieldEn}” (column {letter}) names {header} in units of {unit}, but the amounts carry {symbol} (“{value}”, row {row}, the first of {count|# amount|# amounts}): they are read as written, in {symbol}, not multiplied by {factor}. If each amount counts {factor} {symbol}, name that currency in the header's unit (such as 金额(万美元) for ten thousand US dollars) and run again",
    after_analysis_date:
      "{count} {sheetEn} rows dated after the analysis date {asOf} ({from} to {to}, the first at row {row}): excluded by the analysis date, not used. To include them, choose a later analysis date (command line: --as-of)",
    row_number_rejoined:
      "This row has {fields} fields but the header {headerFields}: “{fieldEn}” (column {letter}) is an unquoted “{value}” (its comma was taken as a separator); read as {number}. Quote numbers that contain commas",
    too_many_fields:
      'This row has {fields} fields but the header {headerFields}; which value belongs to which column cannot be told, so the row is not used. Numbers or text with a comma must be quoted ("1,240.40")',
    empty_sheet: `The file or sheet ${EMPTY_EN}`,
    no_data_rows:
      "The {sheetEn} input has a header but no rows: its analysis is empty. If it should hold data, check that the export is complete (a filter left on?)",
    returns_written_positive:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} whose amount is positive (the first is row {row}): this tool tells purchases from returns by the amount's sign, so {count|it was|they were} counted as {count|a purchase|purchases}, in revenue, purchase counts and last-purchase dates. Write returns and refunds as negative amounts and leave voided or cancelled rows out, then run again",
    item_refund_positive:
      "Column “{column}” names a refund (“{values}”) on {count|#|#} {count|row|rows} whose amount is positive (the first is row {row}): counted as {count|a return|returns}, negative, off revenue and the customer's spend. If {count|it is a purchase|they are purchases}, rename the {count|item|items} and run again",
    row_kind_returned_positive:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} whose amount is positive (the first is row {row}): counted as {count|a return|returns}, negative",
    row_kind_refunded:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): {count|the order was|those orders were} refunded, no purchase; {count|it was|they were} not used",
    row_kind_voided:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): voided, cancelled, closed or open orders and lost deals are no purchases; {count|it was|they were} not used",
    row_kind_gift:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): a gift is no purchase by the customer; {count|it was|they were} not used (not in revenue, purchase counts or last-purchase dates)",
    row_kind_draft:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): a document not approved yet (created, saved, in review) is no sale yet; {count|it was|they were} not used, only approved documents count",
    row_kind_fee:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): a fee (for a card, a freeze, a transfer…) is no purchase by the customer; {count|it was|they were} not used (not in revenue, purchase counts or last-purchase dates)",
    refund_amount_deducted:
      "Column “{column}” has a part refund on {count|#|#} {count|row|rows} (the first is row {row}): the refunds, {total} in all, were taken off {count|the order's amount|those orders' amounts}, so only what the customer kept paying counts",
    refund_amount_whole:
      "Column “{column}” refunds all of the order's amount or more on {count|#|#} {count|row|rows} (the first is row {row}): {count|the order was|those orders were} refunded whole, no purchase; {count|it was|they were} not used",
    adjusted_amount_raised:
      "Column “{column}” is above the order's amount on {count|#|#} {count|row|rows} (the first is row {row}): {count|the order counts|those orders count} at the adjusted total, {total} more in all, what the customer paid",
    adjusted_amount_lowered:
      "Column “{column}” is below the order's amount on {count|#|#} {count|row|rows} (the first is row {row}): {count|the order counts|those orders count} at the adjusted total (a price change or a part refund), {total} less in all, what the customer paid",
    row_kind_uncollectible:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): an invoice written off as uncollectible (bad debt) was never paid, no purchase; {count|it was|they were} not used (not in revenue, purchase counts or last-purchase dates)",
    row_kind_billed:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}) of a sheet of invoices: an invoice billed and awaiting payment is an order delivered, so {count|it was|they were} counted as {count|a purchase|purchases} on {count|its|their} date, with the amount the amount column gives (what was paid so far, when it is the amount paid)",
    row_kind_delivered_unpaid:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}) whose “{fulfillment}” says the order was delivered: an order delivered and awaiting payment (net terms, an invoice, a manual payment) is a purchase owed, not a voided one, so {count|it was|they were} counted as {count|a purchase|purchases} on {count|its|their} date, and the money as owed (due 30 days after the order where the sheet gives no terms)",
    row_kind_placed_unpaid:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}) whose “{fulfillment}” says the order has not gone out yet: an order placed and awaiting payment (a bank transfer, a manual payment) is not a voided one and shows the customer still buying, so {count|it was|they were} counted as {count|an order|orders} on {count|its|their} date at 0 (the customer's latest order), {count|its|their} money once paid or sent",
    row_kind_payment:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): the sheet lists the sales too (invoices, sales receipts), and a payment received of one is no new purchase, the same money again; {count|it was|they were} not used (not in revenue, purchase counts or last-purchase dates)",
    row_kind_payment_counted:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): no sale of the same customer on the sheet comes to as much (the sheet lists payments only, or none of that customer's sales), so each payment was counted as a purchase on its date",
    row_kind_top_up:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): a top-up of stored value is no purchase, the purchases paid from it are (column “{payment}” says so on {paid|#|#} {paid|row|rows}, the first is row {paidRow}; counted), so {count|it was|they were} read as 0 (the day kept as a visit): the same money is not counted twice",
    row_kind_top_up_counted:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): top-ups of stored value were counted as purchases, as no purchase here says it was paid from stored value. If purchases paid from the balance are recorded here too, say “stored value” or “card balance” in their payment method (adding a payment method column if there is none), lest the same money count twice",
    row_kind_top_up_not_used_yet:
      "Column “{column}”: {count|#|#} {count|top-up|top-ups} (the first is row {row}, member “{id}”) by members with no purchase from stored value on the sheet yet: this sheet records the purchases paid from stored value with their amounts (column “{payment}” says so on {paid|#|#} {paid|row|rows}, the first is row {paidRow}), the consumption basis, so {count|it was|they were} read as 0 too (the day kept as a visit); the balance counts as it is used, as for the other members: the same money is not counted twice",
    row_kind_top_up_uses_zero:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): counted as received, as these members' purchases paid from stored value are all at 0 (column “{payment}” says so on {zero|#|#} {zero|row|rows} whose amount is 0 or blank, the first is row {zeroRow}): the top-ups are the revenue (the cash basis). If what each card use took from the balance is recorded, write it in a column “Stored value used” to count by consumption",
    row_kind_card_refund:
      "Column “{column}” says “{values}” on {count|#|#} {count|row|rows} (the first is row {row}): a refund of stored value is no return of a sale; the balance refunded was never counted, as these members' top-ups were read as 0 and their purchases from the balance counted, so {count|it was|they were} read as 0, not taken off their spend",
    card_amount_read:
      "Column “{column}” was read as what purchases used of stored value (the consumption basis): {count|#|#} {count|row|rows} (the first is row {row}) took {count|its|their} amount from it, where column “{amount}” is 0 or blank; where both carry amounts they were added (the same number written twice counted once)",
    card_amount_in_paid:
      "Column “{column}” was read as what purchases used of stored value (the consumption basis): {count|#|#} {count|row|rows} (the first is row {row}). On this sheet column “{amount}” already includes it: the purchases paid from the card alone write the same number in both ({same|#|#} {same|row|rows}, the first is row {sameRow}), so the {both|#|#} {both|row|rows} where the two differ (the first is row {bothRow}) {both|was|were} counted at column “{amount}”, the card's part not added again; where column “{amount}” is 0 or blank the card's amount is taken",
    row_kind_unknown:
      "Column “{column}”: {valuesEn} {count|is no row type|are no row types} we know (the first is row {row}): {count|it was|they were} counted as {count|a purchase|purchases}. If they are returns, voided orders or gifts, write “return”, “void” or “gift” and run again",
    currency_column_mixed:
      "Column “{column}” names several currencies: {codesEn} (the first row in a less used one: row {row}). Amounts are added as written, not converted, so the totals are in no one currency and the report shows no currency symbol. Analyse each currency apart, or convert them to one first",
    many_blank_required:
      "{rejected|#|#} of {read|#|#} rows of {sheetEn} ({share}) not used: the required column “{columnEn}” is blank in them, the first in row {row}{skippedNoteEn}. {blankAdviceEn}",
    many_unreadable:
      "{rejected|#|#} of {read|#|#} rows of {sheetEn} ({share}) not used: values such as “{value}” in column “{columnEn}” could not be read ({expectedEn} expected), the first in row {row}{skippedNoteEn}",
  },
  /** What a value should have been, in "is not a valid …" messages. */
  expected: {
    id: "ID",
    date: "date",
    datetime: "date and time",
    amount: "amount",
    number: "number",
    score5: "score from 1 to 5",
    score10: "score from 0 to 10",
    enum: "known option",
    flag: "yes/no",
    text: "text",
  },
  /** Input problems the engine and the command line report (InputError). */
  input: {
    sheetsInWorkbook: "sheets in the workbook: {names}",
    /** Where a row's earlier copy is: its row, and its sheet when another (reviewer59 M4). */
    rowHere: "row {row}",
    rowOfSheet: "row {row} of sheet “{sheet}”",
    noSheets: "none",
    /** A required sheet not found by name, and a sheet whose headers are that sheet's (tester45 #9). */
    sheetLooksLike:
      "sheet “{name}” has the columns of the {sheet} sheet ({columns}): if that is what it holds, rename it “{sheet}” and run again",
    /** Several sheets with the very same headers, each the sheet's (one per month: tester58 U60). */
    sheetsLookLike:
      "{count|# sheet has|# sheets have} the columns of the {sheet} sheet ({columns}): {list}. If they hold the {sheet} kept per month or year, put their rows on one sheet named “{sheet}” (one header row) and run again",
    /** A missing sheet: sheets that would be it but for a required column or two (tester60 U102: store sheets keyed by 手机号). */
    sheetsLookLikeButFor:
      "{count|# sheet has|# sheets have} columns of the {sheet} sheet ({columns}) but not its required {missing}: {list}. If they hold the {sheet}, add or rename the {missing} column on them (customers told apart by phone number: rename that column “Customer ID”, on the Customers sheet too), then run again",
    /** The same for a sheet another input took by its name (a customer list on a sheet named 交易: misc47). */
    sheetLooksLikeTaken:
      "sheet “{name}” is read as the {taken} sheet but has the columns of the {sheet} sheet ({columns}): if that is what it holds, rename it “{sheet}” and run again",
    /** An optional input found by no sheet's name beside a sheet with its columns (tester55 U3). */
    optionalSheetLooksLike: "No {sheet} read: the workbook has no sheet named “{sheet}”; {like}.",
    asOfBeforeAllTransactions:
      "The analysis date {asOf} is before the earliest transaction ({earliest}): all {rows} {rows|transaction is|transactions are} after it and none is used, so the report would be empty. Often the year of the analysis date (--as-of) is mistyped; correct it and run again",
    asOfBeforeSomeTransactions:
      "{after|#} of the {rows|# transaction row|# transaction rows} {after|is|are} dated after the analysis date {asOf} (the earliest {earliest}) and {refused|the other one cannot be used either|none of the other # can be used either}, so no transaction is used and the report would be empty. The first rows not used for another reason: {examples}. Often the year of the analysis date (--as-of) is mistyped; correct it, and those rows, then run again",
    /** Most other rows' customer IDs are not on the customer list: the sheets key customers by different columns (tester64 U195). */
    asOfBeforeSomeIdsDiffer:
      "{after|#} of the {rows|# transaction row|# transaction rows} {after|is|are} dated after the analysis date {asOf} (the earliest {earliest}) and {refused|the other one cannot be used either|none of the other # can be used either}, so no transaction is used and the report would be empty. The first rows not used for another reason: {examples}. {unknown|# of them has a customer ID|# of them have customer IDs} not on the customer list: the two sheets most likely name customers by different columns (a phone number on one, a nickname on the other). Use the same column as the customer ID on both, check the analysis date, then run again",
    noCustomers:
      "{where}: row {row} is the header and no data rows follow it: without customers there is nothing to analyse. Often the export was cut short or a filter was left on; check it and run again",
    /** A Customers sheet or file that is another sheet's rows: its ids repeat and its columns are that sheet's (misc45). */
    customersLookLikeOther:
      "{where}: {repeated|#} of its {rows|# row|# rows} repeat a customer ID of a row above, and its columns look like the {sheet} sheet's ({columns}). Was the wrong file or sheet given as the customers (for example two files the wrong way round)? Give the customer list, one row per customer, and run again",
    /** The same with no repeated ID: its columns are that sheet's and none is a customer's own (fixB's open point). */
    customersAreOther:
      "{where}: its columns look like the {sheet} sheet's ({columns}) and none is a customer's own (such as {fields}). Was the wrong file or sheet given as the customers (for example two files the wrong way round)? Give the customer list, one row per customer, and run again",
    /** customersAreOther for a CSV file: the options to give the files by (misc47). */
    customersAreOtherFile:
      "{where}: its columns look like the {sheet} file's ({columns}) and none is a customer's own (such as {fields}). Were the files given the wrong way round? If it is the {sheet} file, give it as --{option}; give the customer list, one row per customer, as --customers, and run again",
    /** customersLookLikeOther for a CSV file: the options to give the files by (misc47). */
    customersLookLikeOtherFile:
      "{where}: {repeated|#} of its {rows|# row|# rows} repeat a customer ID of a row above, and its columns look like the {sheet} file's ({columns}). Were the files given the wrong way round? If it is the {sheet} file, give it as --{option}; give the customer list, one row per customer, as --customers, and run again",
    // A dependent sheet whose customer ID column is its own Record ID (HubSpot; reviewer55 R4).
    recordIdNotCustomer:
      "{where}: “{column}” is this export's own record id (a HubSpot deals export's Record ID is the deal's own id), not a customer ID: none of its {rows|# row|# rows} matches a customer. Export the deals with the “Associated Company IDs” column and run again",
    noTransactions:
      "{where}: row {row} is the header and no data rows follow it: without purchases there is no value, stage or churn risk to compute. Often a filter was left on when exporting; check it and run again",
    noUsableTransactions:
      "{where}: none of its {rows|# row|# rows} can be used, so there is no value, stage or churn risk to compute. The first rows not used: {examples}. {advice}",
    /** noUsableTransactions' {advice} when its rows are refused for more than one column's values. */
    correctThem: "Correct them and run again",
    /** workbook.ts noUsable: every row an order its row kind says is not a sale (reviewer56 L7). */
    allVoided:
      "If these orders are sales that went through, export the delivered or invoiced documents instead (a sales or delivery note rather than a sales order), or rename the column “{column}” (such as “{column} (not read)”) so it is not read and every row counts as a purchase, then run again",
    noUsableFormulas:
      "{where}: none of its {rows|# row|# rows} can be used: their required values are formulas with no saved result ({examples}). The program that wrote this workbook did not calculate its formulas: open the workbook in Excel (or LibreOffice) and save it once so its results are stored, then run again",
    formulaCellExample: "row {row}, column {letter} “{field}”",
    /** noUsableTransactions when its rows' ids are no customer's because the Customers sheet's ids are uncalculated formulas (reviewer15 D5). */
    noUsableIdFormulas:
      "{where}: none of its {rows|# row|# rows} can be used: their customer IDs are on no row of the Customers sheet (the first rows not used: {examples}). The cause is on the Customers sheet: {cells|# customer ID is a formula|# customer IDs are formulas} with no saved result (the first: {example}). The program that wrote this workbook did not calculate its formulas: open the workbook in Excel (or LibreOffice) and save it once so its results are stored, then run again",
    /** After the formula cells noUsableFormulas names, when there are more (tester15 #10). */
    formulaCellsMore: "; and {more|# more cell|# more cells}",
    /** A required column unreadable on most of a required sheet's rows: bad input (tester51 C1). */
    mostlyUnreadable:
      "{where}: {rejected|#} of its {rows|# row|# rows} cannot be used because their “{column}” could not be read ({expected} expected; the first: {examples}), so the analysis would leave most of them out. {advice}",
    unreadableDates:
      "Write the dates as ISO dates (2023-01-01) or with four-digit years (01/01/2023), then run again",
    unreadableValues:
      "Correct that column (or, if another column holds these values, name that one instead) and run again",
    cellExample: "row {row} “{value}”",
    rowExample: "row {row}: {message}",
    rowExampleSeparator: "; ",
    whereFile: "{input} file {file}",
    whereSheet: "sheet “{sheet}”",
    fileProblem: "{input} file {file}: {problems}",
    sheetProblem: "sheet “{sheet}”: {problems}",
    headersFound: "headers found: {headers}",
    inFile: "{file}: {message}",
    cannotReadRules: "{file}: cannot read the rule set file",
    invalidRules: "{file}: invalid rule set: {problems}",
    cannotWriteJson: "{file}: cannot write the JSON result ({why})",
    /** The JSON worker ended before the file was written (jsonWorker.ts). */
    jsonWriterStopped:
      "{file}: cannot write the JSON result: the writing thread stopped (exit code {code}; perhaps out of memory). The workbook is written; run again for the JSON",
    inputMissing: "{file}: the input file does not exist",
    /** A relative path not found: where it was looked for (tester49 L1). */
    inputMissingAt: "{file}: the input file does not exist (looked for {path})",
    /**
     * A relative path not found in the folder npm runs the command in (the project's, `npm --prefix
     * … run cli`), but found in the folder npm was run from (INIT_CWD): tester49 L1.
     */
    inputInLaunchFolder:
      "{file}: not found in the project folder, where npm runs the command ({path}). It is in the folder you ran npm from: give its full path, {full}",
    /** A --rules or --previous file that does not exist: named by its option (tester11 #11). */
    optionFileMissing: "{file}: the {option} file does not exist",
    /**
     * One file given for two inputs (`--customers t.csv --transactions t.csv`, misc47): said before
     * it is read; {wants} is the two options' fileWants… words joined by list.
     */
    sameFileTwice:
      "{file}: the same file is given twice, as --{first} and as --{second}. Each option wants a file of its own: {wants}. Give each option its own file and run again",
    fileWantsCustomers: "--customers the customer list, one row per customer",
    fileWantsTransactions: "--transactions the purchases, one row per order line",
    fileWantsSurveys: "--surveys the satisfaction survey answers",
    fileWantsComplaints: "--complaints the complaints",
    fileWantsContacts: "--contacts the contact log (calls, visits)",
    fileWantsVisits: "--visits the lessons attended or check-ins",
    fileWantsSubscriptions: "--subscriptions the subscriptions (status, cancel at period end)",
    /**
     * A workbook given as a CSV file that lacks a required input's sheet, so `analyze book.xlsx`
     * (workbookNotCsv's advice) would fail too (tester47 L4): {missing} and {named} the sheets'
     * names (“Customers”), {count} how many; {input} and {option} the input it was given for.
     */
    workbookNotCsvLacks:
      "“{file}” is an Excel workbook, not a CSV file, and it has no {missing} sheet ({sheets}), so analyze {typed} would not run either. Save the {input} data as a CSV file (in Excel: File > Save As > CSV UTF-8) and give that as --{option}, or add {count|a sheet|sheets} named {named} to this workbook and run analyze {typed}",
    /**
     * A report of ours given as a CSV input (renamed .csv, tester51 C3: it was "sheets in the
     * workbook: none"): {tabs} its tabs, {input} and {option} the input it was given for.
     */
    outputNotCsv:
      "“{file}” is a report this tool wrote (its tabs: {tabs}), an Excel workbook although it is given as a CSV file, and it holds no customer or transaction data. Give the {input} data as --{option}: the CSV file the report was made from, or one exported from your system (in Excel: File > Save As > CSV UTF-8). To see what changed since this report, rename it to .xlsx and add --previous with it",
    missingOr: " or ",
    sheetsAnd: " and ",
    list: "; ",
  },
  /** The command line's own words. */
  cli: {
    rulesValid: "{file}: the rule set is valid",
    error: "error: {message}",
    /** A bug (exit 1): the error's own message, then what to do. */
    internalError:
      "internal error: {message}\nThis is a bug in Customer Analytics; please report it with the command you ran.",
    cancelled: "cancelled",
    /**
     * `npm run sample`: what it wrote, in the data's language (tester49 L5: "客户 506 … 20 problems
     * injected" mixed two): the file, its sheets' rows (sampleSheet, sampleSeparator between), the
     * problems injected, the time and peak memory, and a workbook's size (sampleSize).
     */
    sampleWritten:
      "{file}: {rows}; {problems|# data problem|# data problems} injected; {seconds} s, peak memory {mb} MB{size}",
    sampleSize: ", the workbook {mb} MB",
    sampleSheet: "{sheet} {rows|#}",
    sampleSeparator: ", ",
    outputWorkbook: "Output workbook: {file}",
    /** The output when it is the input report, refreshed in place (reviewer D5, stop 42). */
    refreshedInPlace:
      "Refreshed in place: {file} (the file was replaced; to keep it, give -o another name)",
    jsonResult: "JSON result: {file}",
    runLine:
      "Analysis date {date}, rule set v{version} ({hash}), analysed in {analysisSeconds} s, {seconds} s with writing",
    sheetUnused: " (not used: {why})",
    sheetNotUsed: "not used: {why}",
    rowsHeading: "Rows read / used / rejected:",
    /** The rows table's visits read from an appointments sheet (tester65 U215: said 上课签到). */
    appointmentsRows: "Appointments",
    /**
     * A sheet read as an input by a name that is not one of the input's own (Sales data as the
     * Transactions, found by its first word; tester48 L5): which sheet was read as what, once.
     */
    sheetsReadAs: "Input sheets: {list}",
    sheetReadAs: "{input} read from sheet “{sheet}”",
    /** The user's visible sheets no input was read from (tester52 H4: 客诉 not read, not said anywhere). */
    sheetsNotRead:
      "Not read: {sheets|sheet|sheets} {list} (not read as any input; each input reads the one sheet its name says best: {inputs})",
    /**
     * An unread sheet whose name says customers not to contact (STOP_LIST_SHEET_WORDS): how they are
     * held off, as the Customers status and note are read (tester63 U164).
     */
    sheetStopList:
      "“{sheet}” looks like a list of customers not to contact or supply any more; it is not read. For them to get no call, write on the Customers sheet, in their status column, “Do not contact” (or “Out of business”, “Moved away”), or in the note column why: the analysis reads those",
    sheetPassedOver:
      "“{sheet}” is also named as {input}, but {input} is read from one sheet: “{read}”, whose name says it better; to read “{sheet}” instead, rename “{read}” (the task pane lets you choose the sheet)",
    sheetPassedOverTie:
      "“{sheet}” is also named as {input}, but {input} is read from one sheet: both names say it equally, so the earlier sheet, “{read}”, is read; to read “{sheet}” instead, rename “{read}” (the task pane lets you choose the sheet)",
    /**
     * The findings that need a look (errors, warnings) counted apart from the notes (infos): 394
     * notes of unread columns made "395 findings" of a run with one real error (tester61 U124).
     */
    qualityLine:
      "Data quality: {problems|# finding needs|# findings need} a look{notes}, on {rows|# row|# rows} of the {tab} tab",
    /** qualityLine's notes, when there are any. */
    qualityNotes: ", and {count|# note|# notes}",
    qualityNotesOnly:
      "Data quality: nothing needs a look; {count|# note|# notes} on {rows|# row|# rows} of the {tab} tab",
    qualityNone: "Data quality: nothing to report, every row was read as it is",
    segmentsHeading: "RFM segments:",
    stagesHeading: "Lifecycle stages:",
    riskHeading: "Churn risk:",
  },
  /** Progress lines on stderr. */
  progress: {
    read: "reading",
    analyze: "analysing",
    write: "writing",
    rowsOf: ": {rows} of {total|# row|# rows}",
    rowsSoFar: ": {rows|# row|# rows} so far",
    // A sheet being read: its total is the source's estimate of the rows in it (a CSV file's, from
    // its size), not the rows the summary counts as used (stop-23 tester #12).
    rowsOfAbout: ": {rows} of about {total|# row|# rows}",
    rows: ": {rows|# row|# rows}",
    // An analysis step is a whole phrase, verb included (the line is "… {step}").
    summary: "summarising customers",
    segments: "analysing segments, lifecycle and churn risk",
    followUps: "planning the follow-up schedule",
    satisfaction: "analysing satisfaction and complaints",
    model: "fitting the repeat-purchase model and lifetime value",
    overview: "building the overview",
    churnRisk: "scoring churn risk",
    churnLearn: "learning churn risk from history",
    churnBacktest: "backtesting churn risk (validation)",
    changes: "comparing with the last run",
  },
  /** Where a run came from, in the run log. */
  /** The command line's --help. */
  help: {
    text: `Customer Analytics for Excel (客户分析) — command line

Usage:
  npm run cli -- analyze <workbook.xlsx> [options]
  npm run cli -- analyze --customers c.csv --transactions t.csv [--surveys s.csv]
                         [--complaints x.csv] [--contacts y.csv] [--visits v.csv]
                         [--subscriptions z.csv] [options]
  npm run cli -- rules --print            print the default rule set (JSON) to start from
  npm run cli -- rules --check rules.json check a rule set and say what is wrong

Reads the Customers and Transactions sheets (and Surveys, Complaints, Contacts, Visits, Subscriptions when
present; headers in Chinese or English), and writes a NEW workbook: the input sheets copied unchanged (for .xlsx input) plus
the analysis tabs. The input file is never modified, except a report of ours given as the input
(named <name>.analysis.xlsx, or named by -o): it is refreshed in place, replacing the file (to keep
it, give -o another name).

Input files (CSV; headers in Chinese or English). From a workbook, each is read from the sheet of
that name (such as those in brackets):
  --customers FILE      the customer list, one row per customer: customer ID, name, owner, phone,
                        marketing consent, status, note (客户, 学员, 会员, Customers, Clients)
  --transactions FILE   purchases and returns: customer ID, date, amount (negative: a return),
                        order ID, product, status (交易, 订单, 缴费记录, 收款记录, Orders, Payments)
  --surveys FILE        satisfaction surveys: customer ID, date, overall 1–5, recommend 0–10
                        (满意度调查, 评价, Surveys, Reviews)
  --complaints FILE     complaints: customer ID, received at, cause, status, resolved at
                        (投诉, 客诉, 售后, Complaints)
  --contacts FILE       the contact log: customer ID, date, channel, note, outcome (未接通, No
                        answer: not reached), next contact agreed (跟进记录, 回访记录, Contacts,
                        Call Log)
  --visits FILE         lessons attended or check-ins: customer ID, date, status (缺勤, No-show:
                        no visit; appointments too: kept is a visit, no-shows and cancellations
                        are churn reasons, no retention call before a booked day); read for
                        whether a customer still comes, not for money (消课记录, 签到, 考勤,
                        Check-ins, Attendance, 预约登记, Appointments)
  --subscriptions FILE  a subscriptions export (Stripe): customer ID, status, Cancel At Period End,
                        Current Period End, Canceled At (订阅, 会员订阅, Subscriptions)

Options:
  -o, --out FILE      output workbook (.xlsx); default: <input>.analysis.xlsx beside the input
                      (for CSV input: analysis.xlsx beside the customers file; a report of
                      ours, <name>.analysis.xlsx, given as the input is refreshed in
                      place; with --share it goes to <name>.share.xlsx beside the input,
                      share.xlsx for CSV input, never over a report)
  --json FILE         also write the whole result as JSON (schema: schema/result.schema.json)
  --share             a workbook to share: our tabs only (no copy of the input sheets), phone
                      numbers and e-mail addresses masked (138****8000)
  --as-of DATE        analysis date (default: today); later rows are reported, not used.
                      2025-12-31, 2025/12/31, 20251231 or 31 Dec 2025 (a date as the data
                      could hold it); 03/04/2025 is refused: day or month first?
  --lang zh-CN|en-US  language of the tabs and messages (default: the workbook's previous run,
                      else its headers, else Chinese in the files' names, else the system
                      locale; an error is said in the first of these known when it happens)
  --rules FILE        rule set JSON (start from "rules --print"); default: built-in defaults
  --previous FILE     compare with this earlier run (an .analysis.xlsx or a --json result) on the
                      Changes tab; default: the run the input workbook's own analysis tabs hold
  -q, --quiet         no progress or summary (errors still go to stderr, and so do warnings
                      that something you typed on the schedule is not kept)
  -h, --help          this text

Exit codes:
  0  success
  2  bad input: a missing file, sheet or required column, an invalid rule set or option;
     one line on stderr names the file, sheet and column
  1  a bug: please report it with the command you ran
`,
  },
  runSource: {
    cli: "command line",
    "add-in": "add-in",
  },
  /** The task pane's Validation card (issue 9 item 4; the figures are the Validation tab's). */
  validationCard: {
    title: "How good is churn risk? (backtest)",
    period:
      "Learned as of {learned}, scored {customers|# customer|# customers} as of {scored}, compared with purchases up to {outcome}",
    /**
     * The AUCs in a manager's words (stop 51 tester P3: "AUC 1 − P(alive)" was jargon): the share
     * of pairs ranked right, each way of ranking by its plain name; the precise AUC in its tooltip.
     */
    ranked:
      "Take one customer who then stopped buying and one who kept buying: how often each ranking puts the one who stopped first (a coin toss: 50%)",
    rankChurn: "Churn risk",
    rankAlive: "Repeat-purchase model",
    rankRecency: "Days since last purchase",
    rankHint: "Churn risk should beat days since last purchase alone, or sorting by that would do.",
    /** A tile's tooltip: the precise figure under its technical name. */
    aucTip: "{name} {auc}",
    aucChurn: "AUC churn risk",
    aucAlive: "AUC 1 − P(alive) (MBG/NBD)",
    aucRecency: "AUC recency alone",
    level: "Level",
    customers: "Customers",
    stated: "Stated",
    observed: "Observed",
    more: "AUC, deciles, purchases and stage changes: the {tab} tab",
  },
  /** `npm run backtest`'s printout (src/cli/validationText.ts, src/cli/backtest.ts). */
  backtest: {
    header:
      "Analysis date {asOf} ({seconds} s): churn risk learned from the customers as of {learned} and what they did up to {asOf} ({customers|# customer|# customers})",
    headerDefault:
      "Analysis date {asOf} ({seconds} s): churn risk from the default weights (history too short to learn)",
    period:
      "  backtest: a model learned as of {learned} scored the customers as of {scored}; outcome: purchases up to {outcome} ({days} days)",
    scored: "  customers scored (not in the churned stage): {customers}; did not buy: {rate}",
    auc: "  AUC  churn risk {churn}   1 − P(alive) {alive}   recency alone {recency}",
    caught: "  non-buyers caught in the top 10%: {top10}, top 20%: {top20}",
    brier: "  Brier score  churn risk {churn}   one rate for all {base}   (lower is better)",
    levelHead: "  level      customers  stated  observed",
    bandHead: "  band       customers  stated  observed",
    decileHead: "  decile  customers  mean p  observed",
    purchases:
      "  purchases in the horizon, {customers|# customer|# customers}{population}: predicted {predicted}, actual {actual}",
    /** After a block's count when it is not the scored customers (stop 19 new-user finding #12). */
    withChurned: " (churned stage included)",
    byEarlier:
      "    {repeat} earlier repeat {n|purchase|purchases}: {customers} {customers|customer|customers}, predicted {predicted}, actual {actual}",
    stages: "  stage changes: {changed} of {customers}{population} ({share}); most: {most}",
    noBacktest: "no backtest",
    /** Between the most common stage changes. */
    separator: ", ",
    /** `npm run backtest -- --help` (cliWords.ts). */
    help: BACKTEST_HELP_EN,
  },
  /** The follow-up schedule (helper "schedule"). */
  followUp: {
    churnedCampaign: "Win-back campaign (churned)",
    oneTimeBuyerCampaign: "One-time buyer campaign (bulk SMS or e-mail)",
    openComplaint: "Open complaint: {cause}, received {date} ({days|# day|# days} ago)",
    openComplaintSaid:
      "Open complaint: {cause}, received {date} ({days|# day|# days} ago): “{said}”",
    noteHeader: "Note (sorted by date, owner, priority, days overdue)",
    plannedNote:
      "See {tab}, by date, then owner, then priority (urgent first), then value at stake",
    /** The schedule's summary lines (followUp/summary.ts); counts come formatted. */
    summaryHeadline:
      "Follow-ups: {planned} planned ({overdue} overdue), {unscheduled} not scheduled",
    /** On a first run (FollowUpList.firstPlan; tester68 U407): contacts never planned before are due now. */
    summaryHeadlineFirst:
      "Follow-ups: {planned} planned (first analysis: {due} due now, never planned before, not overdue; {overdue} overdue), {unscheduled} not scheduled",
    summaryWeeks: "Contacts per week (from Monday): {weeks}",
    summaryNoOwner: "(none)",
    summaryMoreOwners: "and {count} more {count|owner|owners}",
    summaryUnscheduled: "Not scheduled: {why} — {count}",
    summaryUnscheduledWhere:
      "Why not, and what to do instead: the not-scheduled rows on the {tab} tab",
    summaryInstead:
      "Late welcome calls with no call slot left in the horizon, sent as an e-mail or message instead — {count}",
    summaryNoPhone:
      "Calls and messages to customers with no phone number, sent by e-mail instead — {count}",
    summaryNoEmail:
      "E-mails to customers with no e-mail address, sent as a message instead — {count}",
    summaryAskedChannel:
      "Contacts by the one channel the customer asked for instead of calls (such as “Do not call - email only”) — {count}",
    summaryChurnedNotListed:
      "Not on the win-back list: {count} more churned {count|customer|customers}, the smallest lost accounts (lifetime spend {value} in all): see {tab}, lifecycle stage {stage}",
    /** Run warnings (followUp/warnings.ts). */
    /** calendarEnds briefly, on the Overview and in the pane (tester55 U18: no rule-set field names). */
    briefCalendarEnds:
      "Our holiday calendar does not have {next}'s make-up days yet: the {past|# contact|# contacts} planned after {until} {past|avoids|avoid} the statutory holidays, not the bridged days off and weekend workdays; update the rule set once the State Council's notice is out.",
    calendarEnds:
      "The holiday calendar ends on {until}: {past|# contact|# contacts} of the horizon {past|is|are} planned after it. No contact is planned on the statutory holidays after it (New Year's Day, Spring Festival with its eve, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day), but {next}'s make-up arrangements (days off bridged to a weekend, weekend days worked) come with the State Council notice for {next}: add them to the rule set (followUp.extraHolidays, followUp.extraMakeUpWorkdays) once it is out: a year with days in followUp.extraMakeUpWorkdays counts as announced and ends this warning; see docs/DESIGN.md, \"Holidays\".",
    /** followUp/warnings.ts: the rule set's holiday list is empty, so no statutory day is kept free (sched53). */
    calendarNone:
      "The rule set's holiday list is empty (followUp.holidays): the {past|# contact|# contacts} of the horizon {past|avoids|avoid} weekends only; the statutory holidays (New Year's Day, Spring Festival with its eve, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day) and make-up arrangements are not taken into account. Restore the default followUp.holidays and followUp.makeUpWorkdays, or list the days off and the weekend days worked in followUp.extraHolidays and followUp.extraMakeUpWorkdays; see docs/DESIGN.md, \"Holidays\".",
    /** followUp/warnings.ts holiday_calendar: the calendar chosen by the amounts' currency (tester60 U103: a US distributor got China's). */
    calendarByCurrencyUs:
      "Holiday calendar: the amounts are in {currency}, so no contact is planned on the US federal holidays (observed dates: New Year's Day, Martin Luther King Jr. Day, Washington's Birthday, Memorial Day, Juneteenth, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving, Christmas), and China's holidays and make-up working days are not used. For China's calendar, or weekends only, set followUp.calendar to \"CN\" or \"none\" in the rule set (in the pane: Rules → Holiday calendar).",
    briefCalendarByCurrencyUs:
      "Amounts in {currency}: follow-ups avoid the US federal holidays (Thanksgiving, Christmas…), not China's; the rules can choose China's holidays or weekends only instead.",
    calendarByCurrencyNone:
      "Holiday calendar: the amounts are in {currency}, a currency whose country we have no holiday calendar for: follow-ups avoid weekends only, and China's holidays and make-up working days are not used. List your days off in the rule set's followUp.extraHolidays; for China's or the US's calendar, set followUp.calendar to \"CN\" or \"US\" (in the pane: Rules → Holiday calendar).",
    briefCalendarByCurrencyNone:
      "Amounts in {currency}, a currency we have no holiday calendar for: follow-ups avoid weekends only; add your days off or choose a calendar in the rules.",
    /** followUp/warnings.ts holiday_calendar: Chinese headers keep China's calendar whatever the currency (reviewer61 R5: an exporter invoicing in USD). */
    calendarByLanguage:
      "Holiday calendar: the amounts are in {currency}, but the sheets' headers are Chinese, so follow-ups still avoid China's holidays and keep its make-up working days (the staff's days off follow the workbook's language). For the US federal holidays, or weekends only, set followUp.calendar to \"US\" or \"none\" in the rule set (in the pane: Rules → Holiday calendar).",
    briefCalendarByLanguage:
      "Amounts in {currency}, but the headers are Chinese: follow-ups still avoid China's holidays; the rules can choose the US federal holidays or weekends only instead.",
    /** followUp/warnings.ts holiday_calendar: no currency, English headers and names: the US's (reviewer61, stop 61). */
    calendarByEnglish:
      "Holiday calendar: no currency is named, and the sheets' headers and the customers' names are in English, so no contact is planned on the US federal holidays (observed dates: New Year's Day, Martin Luther King Jr. Day, Washington's Birthday, Memorial Day, Juneteenth, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving, Christmas), and China's holidays and make-up working days are not used. For China's calendar, or weekends only, set followUp.calendar to \"CN\" or \"none\" in the rule set (in the pane: Rules → Holiday calendar); list other days off in followUp.extraHolidays.",
    briefCalendarByEnglish:
      "No currency named and the workbook is in English: follow-ups avoid the US federal holidays (Thanksgiving, Christmas…), not China's; the rules can choose China's holidays or weekends only instead.",
    noOwners:
      "The Customers sheet names no owner: the schedule is planned as one person's days, all under “{none}” (a working day's slots: calls {calls}, visits {visits}; followUp.dailyCapacity, followUp.channelCapacity). {planned} {planned|contact is|contacts are} planned over the horizon and {left} {left|is|are} not, for want of a slot (the not-scheduled rows on the {tab} tab). Fill in an owner for each customer (the Owner / 负责人 column) and run again: each owner's contacts are then planned with their own capacity.",
    noOwnersNoLimit: "no limit",
    ownersLeft:
      "Owners on the {sheet} sheet marked as having left: {names} ({customers} {customers|customer|customers}). Their customers' contacts are covered in rotation by the other owners (marked “{marker}” on the schedule). To name who takes them over, change the Owner column on the {sheet} sheet and run again.",
    /** followUp/doNotContact.ts doNotContactWarning: customers who asked not to be contacted (tester59 U80). */
    doNotContact:
      "{count} {count|customer asked|customers asked} not to be contacted ({customers} in the note or status on the Customers sheet, {contacts} in a note on the Contacts sheet, such as “{example}”): the schedule plans them no contact of any kind and lists each on the {tab} tab's not-scheduled rows with where they said so. Their churn figures stand: {atRisk} of them {atRisk|is|are} at risk; do not call them by hand. When a customer agrees to be contacted again, write so in a contact's note (OK to call again), or remove the note on the Customers sheet, and run again.",
    briefDoNotContact:
      "{count} {count|customer asked|customers asked} not to be contacted: no contact of any kind is planned for them ({atRisk} at risk); do not call them by hand.",
    ownersAllLeft:
      "Every owner on the {sheet} sheet is marked as having left: {names} ({customers} {customers|customer|customers}). With nobody else to cover them, contacts stay planned under these names. Write who takes them over in the Owner column on the {sheet} sheet and run again.",
    staleData:
      "The data may be stale: the analysis date {asOf} is {gap} {gap|day|days} after the newest {what} ({newest}). This run analysed as of {asOf}: {churned} of {customers} {customers|customer|customers} ({share}) {churned|has|have} not bought for over {churnedDays} days and count as churned; the others' stages and churn risk ({high} at high risk) are measured over the same gap, so they show that the data was not refreshed, not how the customers are. Refresh the data, or analyse as of its date, {newest} (command line: --as-of {newest}).",
    /** followUp/warnings.ts revenueWarning: the Overview's revenue not above zero (review 44). */
    /** followUp/warnings.ts inItsSheet: a sheet's finding as a run warning, with its sheet (returns written positive, currencies mixed, rows a row-kind column says are no purchases). */
    findingInSheet: "{where}: {message}.",
    /** followUp/warnings.ts rowKindsUnknownWarnings: one line for the sheets of one input read as one, their type column's unknown values (tester65 U213). */
    rowKindsUnknownSheets:
      "{sheets}: column “{column}” has values of no known transaction type on some rows (such as {values}); see the Data quality tab. Those rows are still counted as purchases; if they are returns, voided orders or gifts, write “return”, “void” or “gift” and run again.",
    /**
     * followUp/warnings.ts listedRowsNotUsedWarning: rows not used of customers on the at-risk list
     * or the schedule (tester56 U26); {list}: each listedRowNotUsed, joined by the name separator.
     */
    /** followUp/listedRowsNotUsed.ts noYearRowsWarning: the sale rows left out for a date with no year, and their money (fix65e's note on tester65 U201). */
    noYearRowsNotUsed:
      "{list}: {count|# sale row|# sale rows} {count|has|have} a date with no year and {count|was|were} left out of this report, {amount} in all ({share}% of all sale amounts): the revenue, segments, churn risk and contacts are worked out without {count|it|them}. Write the year (2026/1/8), or put it in the sheet's name or title (2026年1月), and run again (see the {tab} tab).",
    listedRowsNotUsed:
      "{where}: {count|# row|# rows} not used {count|belongs|belong} to customers on the at-risk list or the schedule: {list}{more}. Their risk and contacts are worked out without {count|it|them}; correct {count|it|them} and run again (see the {tab} tab).",
    listedRowNotUsed: "{id} (row {row}, {why})",
    /** listedRowNotUsed's row on a sheet read with others (kept per month: sheetParts.ts). */
    rowOnSheet: "{row} (“{sheet}”)",
    /** ingest/maskedIds.ts: customer IDs that are masked numbers (tester56 U29). */
    idsMasked:
      "{count|#} of the {total|#} customer IDs on the {sheet} sheet are masked (such as {example}): buyers whose numbers share the digits shown are one ID, so different buyers are merged into one customer, with their purchases, risk and calls. Use a column that tells buyers apart (a buyer ID, member ID or user ID from the shop's export) as the customer ID, on both sheets, and run again.",
    listedRowsMore: " and {count|# more|# more}",
    /** The reason a transaction row was not used (rowsNotUsed.ts NotUsedWhy). */
    notUsedNoYear: "its date has no year",
    notUsedDate: "its date could not be read",
    notUsedAmount: "its amount could not be read",
    notUsedImplausibleAmount: "its amount is no purchase's, such as a phone number",
    notUsedNoId: "no customer ID, the row names this customer",
    /** After a customer's churn reasons: a transaction of theirs not used (tester56 U26). */
    rowNotUsedReason: "A transaction on row {row} of {where} was not used ({why})",
    /** followUp/warnings.ts rowsNotUsedWarnings: an input's rows left out (tester53 N2). */
    rowsNotUsed:
      "{where}: {unused|#|#} of {read|#|#} rows are not in this report (values that could not be read or required values left blank, or totals and blank rows): its revenue, customer counts and other figures leave them out. See the {tab} tab.",
    /** followUp/warnings.ts unknownCustomersWarnings: rows whose customer ID is not on the customer list (tester60 U95). */
    unknownCustomersNotUsed:
      "{where}: {count|# of|# of} {read|# row|# rows} {count|has a customer ID|have customer IDs} not on the customer list and {count|is|are} not in this report (its revenue, customer counts and buying rhythms leave {count|it|them} out), the first at row {row} (“{id}”); see the {tab} tab. ",
    unknownCustomersMasked:
      "{count|# of them has a masked number|# of them have masked numbers} as the ID (such as {example}, as delivery and shopping platforms export an order's phone), which cannot be matched to a customer: those orders count for nobody. To count them, use the platform's member ID, user ID or full phone number as the customer ID and run again. ",
    unknownCustomersWalkIn:
      "{count|# of them is a walk-in sale|# of them are walk-in sales} (a customer ID such as “{example}”, no customer in particular): {count|it belongs|they belong} to no customer and {count|is|are} left out of the customer figures; there is no customer to add for {count|it|them}. ",
    unknownCustomersAdd:
      "If {count|it belongs to a customer|they belong to customers} missing from the customer list, add {count|that customer|them} there; if an ID is mistyped, correct it; then run again.",
    /** followUp/warnings.ts rowsNotUsedWarnings: duplicate_row rows left out (tester58 U67). */
    duplicatesNotUsed:
      "{where}: {count|# row is|# rows are} the same as an earlier row in every field (customer, date, amount, order ID, product, quantity): the same order line twice is counted once, so {count|it is|they are} not in this report, the first at row {row}. If {count|it is another purchase, correct its|they are other purchases, correct their} order ID and run again. See the {tab} tab.",
    /** The same for duplicate_row_payment_differs: a payment entered twice, paid two ways (reviewer59 M2). */
    paidTwiceNotUsed:
      "{where}: {count|# row repeats|# rows repeat} an earlier row but for the payment method, and no note says the bill was split: read as one payment entered twice, so {count|it is|they are} not in this report, the first at row {row}. If a bill was paid two ways, write “split payment” (分两笔付) in its note and run again. See the {tab} tab.",
    revenueNotPositive:
      "The revenue from {from} to {to} is {revenue}: not above zero, so it is no base for shares, and the shares of revenue by value tier and by RFM segment are left blank. Returns larger than the purchases (an amount with extra digits: see the {tab} tab) give this; check the returns and run again.",
    /**
     * followUp/warnings.ts csvEncodingWarning: CSV files read as Windows-1252, told from their
     * bytes alone (stop 44); {files}: each “name”, joined by csvFilesSeparator.
     */
    csvWindows1252:
      "Read as Windows-1252 (Western European, what Western Excel's “CSV (Comma delimited)” writes): {files}. {count|It is|They are} neither UTF-8 nor marked with a byte-order mark. If accented letters read wrong on the tabs (Müller as M黮ler or MÃ¼ller), save {count|it|them} in Excel as “CSV UTF-8 (Comma delimited)” and run again.",
    /** followUp/warnings.ts visits_read: the visits sheet read (tester61 U112). */
    visitsRead:
      "Visits read from {place}: {count|# visit|# visits} of {customers|# customer|# customers}. For a customer with visits and a purchase, whether they still come is read from their visits, not their payments: one who keeps coming on a prepaid package or a running subscription is not at risk; one whose visits stopped is, even while still charged. Revenue, spend and the RFM frequency and monetary scores stay from the transactions (a visit is no sale); the RFM recency score is the last visit's.",
    /**
     * followUp/warnings.ts visits_read: an appointments sheet's no-shows, cancellations and bookings
     * still to come, after the sentence before (tester63 U168; its leading space parts them).
     */
    /** followUp/warnings.ts visits_read: visits kept read from an appointments sheet (tester65 U215). */
    visitsReadAppointments:
      "Appointments read from {place}: {count|# visit|# visits} kept by {customers|# customer|# customers}. For a customer with visits and a purchase, whether they still come is read from their visits, not their payments: one who keeps coming on a prepaid course of treatment or a running plan is not at risk; one whose visits stopped is, even while still charged. Revenue, spend and the RFM frequency and monetary scores stay from the transactions (a visit is no sale); the RFM recency score is the last visit's.",
    visitsAppointments:
      " Also {missed|# no-show or cancellation|# no-shows or cancellations} (read in the churn reasons) and {booked|# booking|# bookings} still to come (one within {days|# day|# days}: no retention call before the booked day, one after it only if they did not come; one further off: called as usual).",
    /**
     * followUp/warnings.ts visits_read: the bookings still to come on the appointments sheet beside
     * the check-ins, after the sentence before (fix64l).
     */
    visitsBookingsBeside:
      " Also {booked|# booking|# bookings} still to come read from “{sheet}” (one within {days|# day|# days}: no retention call before the booked day, one after it only if they did not come; one further off: called as usual); who came is still read from the check-ins.",
    /**
     * followUp/warnings.ts visits_read: most past bookings still say booked, read as visits, after
     * the sentence before (reviewer64 H8; its leading space parts them).
     */
    visitsBookedAsVisits:
      " Of these, {count|# past booking still says|# past bookings still say} booked: most past bookings have no outcome written (the statuses look never updated), so they are read as kept.",
    /** followUp/warnings.ts visits_read: the visits sheet out of date, not used (reviewer62 R2). */
    visitsStale:
      "Visits read from {place} ({count|# visit|# visits} of {customers|# customer|# customers}), but its last row is {days|# day|# days} older than the latest transaction: it looks out of date and is not used; whether customers still come is read from their payments. Export the latest visits and run again.",
    /**
     * followUp/warnings.ts visits_read: every customer still coming stops in the same few days,
     * long before the date: a log not refreshed (newuser62 M4b).
     */
    visitsStopped:
      "Visits read from {place} ({count|# visit|# visits} of {customers|# customer|# customers}), but its last visit is on {end}, {days|# day|# days} before the analysis date, and all {regulars|# customer|# customers} still coming then stop between {from} and {end}. Customers leave one by one; all stopping at once looks like an export that was not refreshed (or a closure), not everyone leaving: visits are read as of {end} (each rhythm up to that day), payments and amounts as of the analysis date. Export the latest visits and run again.",
    /** A sheet not read whose columns are an input's (tester65 U222: WooCommerce's Notes). */
    inputSheetUnread:
      "Sheet “{name}” was not read, so nothing on it is in this report: it has columns of the {input} sheet ({columns}){read}. If it holds {input} too, put its rows {into} (under the same headers) and run again",
    inputSheetJobs:
      "Sheet “{name}” was not read: it apparently lists the jobs that the invoices on the “{sheet}” sheet bill, the same work, so its rows are not added to the sales (that would count the money twice). Nothing to do: the money is on “{sheet}”",
    /** A stored-value ledger not read, the sales read from another sheet (tester70 U600). */
    inputSheetStoredValue:
      "Sheet “{name}” was not read: its name says stored value (top-ups and card deductions), not sales, and a top-up is no purchase; the sales were read from sheet “{sheet}”. Nothing to do: do not add its rows to “{sheet}” (the purchases paid by card are there already, the money would count twice)",
    inputSheetUnreadFrom:
      ", and the {input} were read from sheet “{sheet}” (each input reads one sheet)",
    inputSheetUnreadInto: "on the “{sheet}” sheet",
    inputSheetUnreadNamed: "on a sheet named “{input}”",
    returnsSheetUnread:
      "{count|Sheet|Sheets} {list} apparently {count|holds|hold} returns and {count|was|were} not read: the revenue, purchase counts and last-purchase dates do not subtract {count|its|their} returns. To count them, put the return rows on the “{sales}” sheet with negative amounts (or a “Type” column saying “return”), then run again.",
    returnsSheetMoney: " Their refunds come to {amount} in all ({share}% of the revenue).",
    csvFile: "“{file}”",
    csvFilesSeparator: ", ",
    staleDataSiblings:
      " Only sheet “{sheet}” was read, not {list} of the same kind: if the newer transactions are there, put their rows on one sheet and run again, rather than moving the analysis date back.",
    /**
     * staleData's {what}: the newest row is a transaction, or a visit newer than every transaction
     * (a school paid per term whose lessons are signed in to: fix63c).
     */
    staleDataWhatSale: "transaction",
    staleDataWhatVisit: "visit",
    staleDataLater:
      " ({later|# transaction|# transactions} after {newest}, the latest {latest}: isolated dates, apparently mistyped or entered ahead, not taken as the data's date)",
    /** lifecycle/trendPeriod.ts trendPeriodWarning. */
    /** trendPeriod.ts; {advice}: trendPeriodAdvice, or trendPeriodAdviceCapped when the period advised stops at the churn threshold. */
    trendPeriodShort:
      "The rule set's trend period (lifecycle.trendPeriodDays) is {days} days, less than twice the customers' typical gap between purchases ({gap} {gap|day|days}): a customer buying at random at that average pace has no purchase in {days} days {share} of the time, and a repeat buyer with none in the period is in decline once their usual gap has passed (a customer who bought on only two days, whatever their gap). Of the {decline} {decline|customer|customers} in decline now, {byPeriod|# is|# are} there only because the period is that short: they bought within the last {least} days and have been silent for less than {factor} times their usual gap, so are not overdue{ids}. {advice}",
    /** trendPeriodShort's {ids}: the first customers it names (all of them in the JSON's warnings[].customers; the add-in and a run without --json write no JSON: reviewer16 D3). */
    trendPeriodIds: ": {ids}",
    trendPeriodIdsMore: ": {ids} and {more} more (the command line's --json result lists them all)",
    trendPeriodIdSeparator: ", ",
    trendPeriodAdvice:
      "Use {least} days or more (the default is {default}), or read the lifecycle stages with that in mind.",
    trendPeriodAdviceCapped:
      "Use up to {least} days, the churn threshold (churn.churnedAfterDays): a customer silent longer is churned whatever the period. Or read the lifecycle stages with that in mind.",
    /** followUp/warnings.ts unsettledFitWarning; {how}: unsettled*, {done}: unsettledDone*, what the run did. */
    modelFitUnsettled:
      "The repeat-purchase model could not pin down its parameters from {buyers|# customer|# customers} who bought{repeat}: {how}. {rough}: read expected purchases, next purchase dates and lifetime values as an order of customers rather than as counts; P(alive) (JSON) tends to read high. {done}",
    /** {rough} of modelFitUnsettled under SETTLED_BUYERS buyers: why its figures are rough. */
    unsettledRoughFew:
      "At this size its figures are rough (with fewer than about {stable} buyers the figures move a lot from one data set to the next)",
    /** {rough} of modelFitUnsettled at SETTLED_BUYERS buyers or more: no "at this size" (reviewer42 D19). */
    unsettledRoughMany: "Its figures are rough on this data",
    /** {repeat} of modelFitUnsettled: how many of the buyers bought on more than one day. */
    unsettledRepeatSome: " ({repeat} on more than one day)",
    unsettledRepeatAll: " (all on more than one day)",
    unsettledRanOff: "a parameter ran off to an extreme value",
    unsettledNotConverged: "the fit stopped before it settled",
    unsettledExtreme: "a parameter ended at an extreme value",
    unsettledDoneRefit:
      "This run refit it with a small penalty (model.penalty {penalty}), which steadies the figures, and uses that: a rule set's model.penalty 0 (the default) means no penalty unless the fit does not settle, then {penalty}; a value above 0 is used as set.",
    unsettledDoneKept:
      "A refit with a small penalty (model.penalty {penalty}) did not fit either: the run uses the fit as it is.",
    unsettledDonePenalty: "This is with the rule set's penalty (model.penalty {penalty}).",
    unsettledDoneUnsettled:
      "A refit with a small penalty (model.penalty {penalty}) did not settle either: the run uses the fit as it is.",
    unsettledDoneDeclined:
      "A refit with a small penalty (model.penalty {penalty}) would leave the customers who bought once without a lifetime value: the run uses the fit as it is.",
    /** followUp/warnings.ts spendFitUnsettledWarning; {how}: unsettled*, {done}: unsettledDone*. */
    spendFitUnsettled:
      "The spend model behind lifetime value could not pin down its parameters from {buyers|# repeat buyer|# repeat buyers}: {how}. Read lifetime values as an order of customers rather than as amounts. {done}",
    modelFiguresBlank:
      "Expected purchases ({days} days) or lifetime value ({months} months) could not be computed for {count|#} of {buyers|# customer|# customers} who bought: the model gave no finite value (on little data its fit can run to an extreme; a repeat buyer whose repeat purchases total 0 has no spend to go by). Those cells are left empty (modelNote not_computable in the JSON result). {advice}",
    /** {advice} of modelFiguresBlank: what the run did, or what to try (followUp/warnings.ts modelWarning). */
    modelFiguresBlankRefit:
      "This run has already refit the fit that did not settle with a small penalty (model.penalty {penalty}; see the warning on the model); a rule set (--rules) can set a larger model.penalty.",
    modelFiguresBlankTry:
      "A small penalty may steady the fit: model.penalty {penalty} in a rule set (--rules).",
    modelFiguresBlankLarger:
      "This is with the rule set's model.penalty {penalty}; a larger one may steady the fit.",
    oneTimeValueBlank:
      "Lifetime value ({months} months) is left empty for {count|#} of {buyers|# customer|# customers} who bought: those who bought only once. A one-time buyer's expected spend per purchase is the spend model's mean, {mean} here, which is above every repeat buyer's average (at most {largest}), so it is no estimate and is not used (modelNote not_computable in the JSON result). Their expected purchases, and repeat buyers' lifetime value, are given. The spend data are too heavy-tailed for the model to give a mean spend.",
    oneTimeValueBlankPenalty:
      "Lifetime value ({months} months) is left empty for {count|#} of {buyers|# customer|# customers} who bought: those who bought only once. A one-time buyer's expected spend per purchase is the spend model's mean, {mean} here, which is above every repeat buyer's average (at most {largest}), so it is no estimate and is not used (modelNote not_computable in the JSON result). Their expected purchases, and repeat buyers' lifetime value, are given. The rule set's penalty (model.penalty {penalty}) pulls the spend model there: try model.penalty 0 in a rule set (--rules).",
    modelNotFitted:
      "Expected purchases ({days} days), lifetime value ({months} months) and the expected next purchase are not given for the {buyers} {buyers|customer|customers} who bought: the repeat-purchase model could not be fitted to this data: {why}. The segments tab leaves those columns out and the JSON result has modelNote model_not_fitted. Segments, churn risk and the schedule do not need the model.",
    spendModelNotFitted:
      "Lifetime value ({months} months) is not given for the {buyers} {buyers|customer|customers} who bought: the spend model could not be fitted: {why}. The segments tab leaves the column out and the JSON result has modelNote spend_model_not_fitted.",
    /**
     * The model warnings for a manager (RunWarning.brief: the Overview and the pane, with a pointer
     * to the run log, which keeps the precise words above): what it means for the figures they see
     * and what to do (tester #9, stop 42).
     */
    briefModelFitUnsettled:
      "Expected purchases, expected next purchase dates and lifetime values are rough: {buyers|only # customer has|only # customers have} bought, too few for the repeat-purchase model to settle (it needs about {stable|#}). Use them to rank customers (who is likelier to buy again, who is worth more), not as exact counts, dates or amounts. {affected}",
    /** briefModelFitUnsettled when the buyers are not few (SETTLED_BUYERS or more): no "too few". */
    briefModelFitUnsettledMany:
      "Expected purchases, expected next purchase dates and lifetime values are rough: the repeat-purchase model could not settle on this data ({buyers|# customer|# customers} who bought). Use them to rank customers (who is likelier to buy again, who is worth more), not as exact counts, dates or amounts. {affected}",
    /** What an unsettled repeat-purchase fit does and does not move (its model is one input of churn risk). */
    briefModelFitAffected:
      "Segments and lifecycle stages are not affected; churn risk uses the model's figures in part.",
    briefSpendFitUnsettled:
      "Lifetime values are rough: the spend model could not settle on the spend of {buyers|# repeat buyer|# repeat buyers}. Use them to compare customers' value, not as exact amounts; revenue, value tiers and segments come from actual spend and are not affected.",
    briefModelFiguresBlank:
      "Expected purchases or lifetime value is empty (not zero) for {count|#} of {buyers|# customer|# customers} who bought: the model could not compute them on this data. Judge those customers by their spend and churn risk.",
    briefOneTimeValueBlank:
      "Lifetime value is empty (not zero) for {count|the one customer|the # customers} who bought only once: the model gives no credible average spend per purchase for them. Repeat buyers' lifetime value and everyone's expected purchases are given.",
    briefModelNotFitted:
      "This run gives no expected purchases, lifetime value or expected next purchase: {why}. Segments, churn risk and the follow-up schedule are given as usual.",
    briefSpendModelNotFitted:
      "This run gives no lifetime value: {why}. Expected purchases, segments, churn risk and the follow-up schedule are given as usual.",
    briefTrendPeriodShort:
      "The decline stage reads high: {byPeriod|# customer is|# customers are} in it (of {decline}) only because the rule set's trend period ({days} days) is short: no purchase in the last {days} days, yet still within their usual pace (customers typically buy every {gap} {gap|day|days} or so). {advice}",
    /**
     * followUp/warnings.ts misspeltColumnWarnings: a header near a field the sheet has no column
     * for (the finding unmapped_near_field); misspeltOwner when that field is the owner.
     */
    misspeltColumn:
      "Column “{column}” of {where} was not recognised and is ignored (did you mean “{suggestion}”?): {rows|the one row is|all # rows are} read without “{field}”. Check the column's name, correct it and run again.",
    misspeltOwner:
      "Column “{column}” of {where} was not recognised and is ignored (did you mean “{suggestion}”?): every customer is read without an owner, so {calls|# planned contact has|# planned contacts have} no owner (listed under {none}). Check the column's name, correct it and run again.",
    /** Where the column is: a workbook's sheet, or a CSV file by its name. */
    /** A typo'd phone, e-mail or consent header: what it costs (misspeltColumnWarnings). */
    misspeltPhone:
      "Column “{column}” of {where} was not recognised and is ignored (did you mean “{suggestion}”?): every customer is read without a phone number, so {count|# planned call has|# planned calls have} no number. Check the column's name, correct it and run again.",
    misspeltEmail:
      "Column “{column}” of {where} was not recognised and is ignored (did you mean “{suggestion}”?): every customer is read without an e-mail address, so {count|# planned e-mail has|# planned e-mails have} no address. Check the column's name, correct it and run again.",
    misspeltConsent:
      "Column “{column}” of {where} was not recognised and is ignored (did you mean “{suggestion}”?): every customer is read as not consenting to marketing, so {count|# marketing contact is|# marketing contacts are} left unplanned for lack of consent. Check the column's name, correct it and run again.",
    misspeltInSheet: "the {sheet} sheet",
    misspeltInFile: "the file “{file}”",
    /** An input read from a workbook's sheet, named with its file (newuser62 L2). */
    sheetOfFile: "the sheet “{sheet}” of “{file}”",
    /** inputPlace: an input a run of files has no file for (reviewer55 L7). */
    inputFileOption: "a {input} file (command line: --{kind})",
    /** misspeltOwner when no contact is planned (nothing to count). */
    misspeltOwnerNoCalls:
      "Column “{column}” of {where} was not recognised and is ignored (did you mean “{suggestion}”?): every customer is read without an owner. Check the column's name, correct it and run again.",
    /**
     * What was typed on the schedule tab that a refresh could not carry to a row of its customer
     * (followUp/typedNotes.ts): kept as a block of rows between the planned and unscheduled ones.
     */
    typedNotesOff:
      "{off|# row|# rows} of what you typed on {tab} (status, talking point, note) found no row of {off|its|their} customer in this refresh (the customer is no longer on the schedule, has fewer contacts on it, or the call a status was typed on is over, a contact or purchase being recorded since: a status, and a note typed beside it, stays with the customer's call still open): kept on {tab} after the planned contacts and before the unscheduled list, the reason starting “{label}”; {carried|# typed row was|# typed rows were} carried to {carried|its|their} customer's row.",
    /**
     * Kept statuses of follow-ups due over {days} days ago, dropped (typedNotes.ts KEPT_STATUS_DAYS).
     * {when}: typedDroppedDated, typedDroppedSince or typedDroppedBoth, by the rows' kind.
     */
    typedStatusesDropped:
      "{count|# status|# statuses} you typed on follow-ups no longer on {tab} (kept as “{label}” rows) {count|was|were} {when} more than {days} days before this analysis (kept at least once) and {count|is|are} no longer kept{ids}. Type {count|it|them} again on the customer's current row if still needed.",
    /** typedStatusesDropped when a dropped row holds a talking point or note (a customer gone: tester45 #10). */
    typedNotesDropped:
      "{count|# row|# rows} of what you typed (status, talking point, note) on follow-ups no longer on {tab} (kept as “{label}” rows) {count|was|were} {when} more than {days} days before this analysis (kept at least once) and {count|is|are} no longer kept{ids}. Type {count|it|them} again on the customer's current row, or on a sheet of your own, if still needed.",
    /** typedStatusesDropped's {when}: every dropped row dated by its due or planned date. */
    typedDroppedDated: "due and planned",
    /** {when}: every dropped row dated by when it was first kept (a win-back status: no due or planned date; sched47). */
    typedDroppedSince: "first kept",
    /** {when}: some rows of each kind. */
    typedDroppedBoth: "due and planned (a row with neither date: first kept)",
    /** typedStatusesDropped's {ids}: the first statuses dropped, {more} the rest (all customers in the JSON's warnings[].customers: tester45 #4). */
    typedStatusesDroppedIds: ": {ids}",
    typedStatusesDroppedIdsMore:
      ": {ids}; and {more} more (the command line's --json result lists every customer)",
    /** One dropped status: {who} the customer ID and name, {status} what was typed, {due} its due date. */
    typedStatusDropped: "{who}: {status} (due {due})",
    /** typedStatusDropped of a row with no due date: {date} the date its call was planned for. */
    typedStatusDroppedPlanned: "{who}: {status} (planned for {date})",
    /** typedStatusDropped of a row with neither date: {date} the date it was first kept (followUpTab offSince). */
    typedStatusDroppedSince: "{who}: {status} (kept since {date})",
    /** typedStatusDropped of a row with no date at all (before: "(due )"). */
    typedStatusDroppedUndated: "{who}: {status}",
    typedStatusDroppedSeparator: "; ",
    /**
     * typedStatusSaysDone's entry of a customer whose contact since is one that did not get
     * through (contacts56: 已联系 typed, 未接通 recorded): {date} that contact's.
     */
    typedStatusNotReached:
      "{entry} ({contacts} has a contact of {date} that did not get through: not counted)",
    typedStatusSaysDone:
      "{count|# status|# statuses} typed on the {tab} tab {count|says|say} the call was made{ids}. A status is kept with the schedule but is no contact record: the plan still counts from the last recorded contact and may call these customers again. Add a row per contact to {contacts} (customer ID, contact date) and the next analysis plans from it.",
    /**
     * Rows of the earlier schedule tab whose owner or date the user changed (tester45 #1): this run
     * writes its own. {owner} and {date}: the tab's headers; {ids} the first customers.
     */
    scheduleOwnerDateChanged:
      "{count|# row|# rows} of {tab} had {count|its|their} {owner} or {date} changed by you{ids}: a refresh plans the follow-ups anew from the customers' owners and the rules, so {count|the change is|the changes are} not kept: this run's owners and dates are shown. To reassign a customer for good, change its owner on the customers sheet; for a one-off change of caller or date, type it in the Note column (it is carried).",
    scheduleOwnerDateChangedIds: " ({ids})",
    scheduleOwnerDateChangedIdsMore:
      " ({ids}, and {more} more; the command line's --json result lists every customer)",
    scheduleOwnerDateChangedSeparator: ", ",
    /** The earlier schedule tab had no ID column: nothing on it read (reviewer44 D5). */
    typedNotesNotRead:
      "{tab} had {count|# row|# rows} but no “{column}” column (renamed or deleted?): nothing typed there (status, talking point, note) could be matched to a customer, and this refresh replaced the tab. Restore the header in an earlier copy of the report and refresh that to keep what was typed.",
    /**
     * The run state's record of what it wrote on the schedule tab was changed after it was
     * written (tester50 H1: a LibreOffice save): read by the words instead, said once.
     */
    scheduleStateChanged:
      "The hidden run state that records what this tool wrote on {tab} was changed after it was written (saved in LibreOffice, for example): what you typed there is told by its wording this time, and changed owners or dates are not checked. The next refresh records it anew.",
    // A column added beside a typed tab under no header (report/addedColumns.ts).
    addedColumnUnheaded: "column {letter} (no header, first cell {cell})",
    /**
     * Columns a user added to the schedule tab: not carried by a refresh (reviewer44 D5). Said after
     * the fact where the run cannot refuse first: the add-in, or a report written to another file
     * (the command line refuses to replace a report holding them: tester54 T8).
     */
    scheduleColumnsNotKept:
      "You added {count|a column|# columns} to {tab}, with {rows|# row|# rows} filled: {columns}. {count|It was|They were} not carried into the refreshed tab, as a refresh writes the tab anew. Type notes in the Status, Talking point or Note column (they are carried), or keep them on a sheet of your own.",
    /** As scheduleColumnsNotKept, for the at-risk list (tester54 T8: 处理情况 went with no word). */
    atRiskColumnsNotKept:
      "You added {count|a column|# columns} to {tab}, with {rows|# row|# rows} filled: {columns}. {count|It was|They were} not carried into the refreshed tab, as a refresh writes the tab anew. Keep them on a sheet of your own, or type notes in the Status, Talking point or Note column of {schedule} (they are carried).",
    /** More rows hold what was typed than the schedule tab shows (limits.worklistRows; reviewer44 D13). */
    typedNotesPastCap:
      "{lost|# row|# rows} holding what you typed on {tab} {lost|does|do} not fit on the tab ({kept} typed rows, the tab shows {cap}: limits.worklistRows): {lost|it is|they are} only in the complete list beside the workbook and the next refresh will not read {lost|it|them}. Raise limits.worklistRows or clear typed rows you no longer need.",
    /** A --share run leaves what was typed on the schedule tab out (reviewer44 D14). */
    /** shareMask.ts refuseContactIds (reviewer56 R1; e-mail: tester57 U46). */
    idsAreEmails:
      "No workbook to share was written (--share): the Customer ID of {emails|#} of {customers|# customer|# customers} is an e-mail address (such as {example}). Customer IDs name every row of every tab and cannot be masked (a refresh and the comparison find customers by them), so a share would carry those addresses. Give customers IDs that are not their e-mail addresses (numbered in order, say, with the address in an Email column, and the same IDs on the transactions sheet), then use --share.",
    idsArePhones:
      "No workbook to share was written (--share): the Customer ID of {phones|#} of {customers|# customer|# customers} is a phone number (such as {example}). Customer IDs name every row of every tab and cannot be masked (a refresh and the comparison find customers by them), so a share would carry those numbers. Give customers IDs that are not their phone numbers (numbered in order, say, with the phone in a Phone column, and the same IDs on the transactions sheet), then use --share.",
    typedNotesNotShared:
      "{count|# row|# rows} of what you typed on {tab} (status, talking point, note) {count|was|were} left out of this shared workbook (--share): what you type may hold a phone number or e-mail, which a share does not publish; the report itself is unchanged.",
  },
  /**
   * Why the repeat-purchase model or its spend model was not fitted, one sentence per reason
   * (clv/customerModel.ts NOT_FITTED_CODES; the JSON's model.notFitted.code): in the run's warning
   * ({why}, whose frame names the model) and the JSON's model.note.
   */
  modelWhy: {
    model_disabled: "the model is switched off in the rule set (model.enabled)",
    below_min_customers:
      "only {buyers} {buyers|customer has|customers have} bought; the model needs at least {min} (model.minCustomers)",
    too_few_customers: "fewer than 2 customers have a usable purchase history",
    no_repeat_buyers:
      "no customer bought on two different days, so how often customers buy and when they stop cannot be told apart",
    too_few_repeat_spenders:
      "it needs at least 2 customers whose repeat purchases have a positive amount",
    no_repeat_spend: "no repeat buyer's repeat purchases have a positive amount",
    invalid_input: "the rule set's model.penalty is not zero or a positive number",
    fit_failed:
      "the fit did not reach finite figures; a small penalty (model.penalty {penalty} in a rule set, --rules) may help",
  },
  /** Churn-risk reasons (churn/reasons.ts): figures come formatted; "all customers" marks a population figure. */
  churnReasons: {
    overdueOnce:
      "Bought only once, {since} {since|day|days} ago; overdue by {overdue} {overdue|day|days} against the usual gap between purchases ({gap} {gap|day|days}, all customers)",
    /** overdueOnce of an occasion order (aggregate/occasion.ts; tester67 U310: a wedding cake). */
    overdueOnceOccasion:
      "Bought only once, {since} {since|day|days} ago: an occasion order, many times a usual order (a wedding, an event), with no rhythm of its own; not counted overdue against the regulars' gap",
    overdueUneven:
      "Bought on 2 days of very different amounts (no rhythm of its own), the last {since} {since|day|days} ago; overdue by {overdue} {overdue|day|days} against the usual gap between purchases ({gap} {gap|day|days}, all customers)",
    /** overdueUneven against the customers who bought on two days of like size (tester64 U189). */
    overdueUnevenPairs:
      "Bought on 2 days of very different amounts (no rhythm of its own), the last {since} {since|day|days} ago; overdue by {overdue} {overdue|day|days} against the usual gap of customers who bought on 2 days ({gap} {gap|day|days})",
    boughtOnce:
      "Bought only once so far, {since} {since|day|days} ago (all customers typically buy about every {gap} {gap|day|days})",
    boughtOnceToday:
      "Bought only once so far, today (all customers typically buy about every {gap} {gap|day|days})",
    overdue:
      "Overdue by {overdue} {overdue|day|days} against own rhythm (buys about every {gap} {gap|day|days}; last purchase {since} {since|day|days} ago)",
    /** overdue read to the last paid-up purchase, the unpaid invoices set aside (churn/owedRecency.ts; tester70 U607). */
    overduePaidUp:
      "Overdue by {overdue} {overdue|day|days} against own rhythm (buys about every {gap} {gap|day|days}; last paid-up purchase {since} {since|day|days} ago)",
    fallingFrequency:
      "Purchase frequency down {share}%: {recent|# purchase day|# purchase days} in the last {period} days vs {before} in the {period} days before",
    fallingSpend:
      "Spend down {share}%: {recent} in the last {period} days vs {before} in the {period} days before",
    saidLeaving: "A contact note of {date} names a reason to leave: “{word}”",
    /** A status stage saying the customer left, while it buys on its rhythm (reviewer65 M4). */
    staleLeftStage:
      "The Customers sheet's status says “{word}”, but the customer bought {days|# day|# days} ago, on its own rhythm: the status may be out of date; ask before taking it as gone",
    paymentFailed:
      "Status “{status}”: the payment failed (a payment problem, not a sign of leaving); ask the customer to update the payment method",
    cancelScheduled: "Set to cancel at period end (ends {date})",
    cancelScheduledNoDate: "Set to cancel at period end",
    canceledMayReturn: "Canceled the subscription on {date}; the reason says they may come back",
    /** Tester63 U168: the appointments sheet's bookings since the last visit, missed or cancelled. */
    missedNoShows: "Missed the last {count|appointment|# appointments} (latest {date})",
    /** Tester69 U503, U506: most of the last purchase refunded, nothing bought since (churn/refunded.ts). */
    refundedAll:
      "Refunded {amount} of the last purchase ({bought}) on {date}; nothing bought since",
    refundedPart:
      "Refunded {amount} of the last purchase of {bought} on {date}; nothing bought since",
    /** Reviewer70 M1: a refund of an earlier purchase than the last (a course after a later book). */
    refundedEarlier:
      "Refunded {amount} of an earlier purchase of {bought} on {date}; nothing bought since",
    missedCancelled: "Cancelled the last {count|appointment|# appointments} (latest {date})",
    missedMixed:
      "Did not come to the last {count|appointment|# appointments}: {noShows|# no-show|# no-shows}, {cancelled|# cancelled} (latest {date})",
    chargesFailed:
      "{count} {count|charge|charges} failed since the last payment (the last on {date}): a payment problem, not a sign of leaving; ask the customer to update the payment method",
    moneyOwed:
      "Money owed: {count} unpaid {count|invoice|invoices}, {amount} in all, {since} (a payment problem, not a sign of leaving); ask for payment",
    /** moneyOwed's {since}: the day the oldest overdue invoice fell due (its due date, else Net 30). */
    overdueSince: "overdue since {date}",
    /** moneyOwed's {since} when the status alone says Overdue, before the day it falls due (fix69f). */
    markedOverdue: "marked overdue",
    /** moneyOwed with unpaid invoices not yet due beside the overdue ones (reviewer65 M3). */
    moneyOwedLater:
      "Money owed: {count} overdue {count|invoice|invoices}, {amount} in all, {since}; {later} more not yet due (a payment problem, not a sign of leaving); ask for payment",
    shrinkingOrders:
      "Orders shrinking: the last {count} orders {recent} on average (latest {last}), against about {usual} usually (down {share}%)",
    lowSatisfaction: "Low satisfaction: latest score {score}/{top} ({date})",
    npsDetractor: "NPS detractor: likelihood to recommend {score}/{top} ({date})",
    openComplaints:
      "{count} {count|open complaint|open complaints}, the oldest {days} {days|day|days} old",
    lateComplaints:
      "{count} {count|complaint|complaints} in the last {days} days answered or resolved late",
    noContact: "No contact on record",
    /** A try that did not get through is no contact, but a contact on record (newuser62 L3). */
    noContactReached: "{count|# call|# calls} not answered (no contact has got through)",
    noRecentContact: "No contact for {days} {days|day|days}",
    noRecentContactReached:
      "No contact has got through for {days} {days|day|days} ({count|# later call|# later calls} not answered)",
    longSincePurchase: "Last purchase {days} {days|day|days} ago",
    longSinceWithinRhythm:
      "Last purchase {days} {days|day|days} ago (though within its own rhythm: buys about every {gap} {gap|day|days})",
    // Tester67 U303: a customer read by her visits (lessons attended, check-ins).
    longSinceVisit: "Last {one} {days} {days|day|days} ago",
    longSinceVisitWithinRhythm:
      "Last {one} {days} {days|day|days} ago (though within her own rhythm: usually every {gap} {gap|day|days})",
    /** In a seasonal customer's off-season (tester66: Grace, pool May–Sep, not "every 243 days"). */
    longSinceOffSeason:
      "Last purchase {days} {days|day|days} ago (in its off-season: buys {from}–{to} each year)",
    fewPurchases:
      "Few purchases: {count} {count|purchase day|purchase days} (all customers typically about {typical})",
    // Tester61 U112: a customer read by her visits (lessons attended, check-ins).
    fewVisits:
      "Few visits: {one} on only {count} {count|day|days} (all customers typically about {typical})",
    manyVisits:
      "Lowers the risk: {one} on {count} {count|day|days} (all customers typically about {typical})",
    visitsStopped:
      "No {one} for {since} {since|day|days} (usually every {gap} {gap|day|days}): {overdue} {overdue|day|days} past own rhythm",
    visiting:
      "Lowers the risk: last {one} {days} {days|day|days} ago (usually every {gap} {gap|day|days})",
    /**
     * visiting for a customer read as of the visits log's end (aggregate/visits.ts
     * visitsStoppedTogether): her days from the analysis date, as the At-risk tab counts them, and
     * the log's end's (fix63b: "last check-in 0 days ago" as of 12-20 for a log ending 11-28).
     */
    visitingLogEnds:
      "Lowers the risk: last {one} {days} {days|day|days} ago (the {logSheet} ends {logDays} {logDays|day|days} ago and up to then she came on time; usually every {gap} {gap|day|days})",
    fallingVisits:
      "{ones} down {share}%: {recent|# day|# days} with one in the last {period} days vs {before} in the {period} days before",
    lowSpend: "Low spend: {spend} in the window (all customers typically about {typical})",
    // No article before the share: "a 87%" / "an 80%" depend on how the number is read aloud.
    modelNoPurchase:
      "Repeat-purchase model: {share}% chance of no purchase in {days} {days|day|days}",
    typicalLearned:
      "Like most customers: historically {share}% of customers did not buy again within {days} days",
    /** typicalLearned where the customers' share lies in another level than hers (tester67 U311). */
    typicalTogether:
      "Estimated {share}% chance of no purchase in {days} days from this workbook's history, by her figures taken together (none stands out on its own)",
    typicalDefault:
      "Estimated {share}% chance of no purchase in {days} days (default weights: history too short)",
    /**
     * A customer paused today past her rhythm (冻结, On hold, on leave: churn/pausedSilence.ts): her
     * silence adds no risk, said in place of overdue (stop 68's open item, tester67's gym B2).
     */
    pausedSilence:
      "Paused: no purchase for {since} {since|day|days} (usually every {gap} {gap|day|days}); no purchase while paused is no sign of leaving",
    /** pausedSilence of a customer read by her visits. */
    pausedSilenceVisits:
      "Paused: no {one} for {since} {since|day|days} (usually every {gap} {gap|day|days}); no {one} while paused is no sign of leaving",
    // Stop 52 (tester51 J1): a long silence the learned risk gives little weight, and what holds a
    // low level down ("Lowers the risk:" marks them in the "Why at risk" column).
    overdueNotWeighed:
      "Overdue by {overdue} {overdue|day|days} against own rhythm (buys about every {gap} {gap|day|days}; last purchase {since} {since|day|days} ago), yet in this workbook's history such silence said little: it weighs little in the churn risk",
    overdueNotWeighedPaidUp:
      "Overdue by {overdue} {overdue|day|days} against own rhythm (buys about every {gap} {gap|day|days}; last paid-up purchase {since} {since|day|days} ago), yet in this workbook's history such silence said little: it weighs little in the churn risk",
    manyPurchases:
      "Lowers the risk: {count|# purchase day|# purchase days} (all customers typically about {typical})",
    recentPurchase: "Lowers the risk: last purchase only {days} {days|day|days} ago",
    withinRhythm:
      "Lowers the risk: within its own rhythm (buys about every {gap} {gap|day|days}; last purchase {days} {days|day|days} ago)",
    withinOffSeason:
      "Lowers the risk: in its off-season (buys {from}–{to} each year; last purchase {days} {days|day|days} ago)",
    nearRhythm:
      "Lowers the risk: last purchase {days} {days|day|days} ago, within the usual spread of its own rhythm (buys about every {gap} {gap|day|days}, some gaps longer)",
    typicalLowers:
      "Lowers the risk: most of this workbook's customers buy again (a typical customer's estimated chance of no purchase in {days} days is about {share}%)",
    typicalLowersLearned:
      "Lowers the risk: most of this workbook's customers buy again (from its history, a typical customer's chance of no purchase in {days} days is about {share}%)",
    belowMediumLine:
      "Below the medium-risk line: the chance of no purchase in {days} days is under {line}%",
    modelLikelyToBuy:
      "Lowers the risk: the repeat-purchase model gives only {share}% chance of no purchase in {days} {days|day|days}",
    highSpend:
      "Lowers the risk: spend of {spend} in the window (all customers typically about {typical})",
    customerLeft:
      "The customer has left: the Customers sheet's status says so (such as moved away, referred elsewhere, transferred, closed); churned, not counted at risk, no contact planned",
    customerLeftStatus:
      "The customer has left: the Customers sheet's status says “{word}”; churned, not counted at risk, no contact planned",
    customerLeftNote:
      "The customer has left: the Customers sheet's note says so (such as moved to another city, emigrated, closed for good); churned, not counted at risk, no contact planned",
    customerLeftContact:
      "The customer has left: a contact note of {date} says “{word}”; churned, not counted at risk, no contact planned",
    petDiedContact:
      "The pet has died: a contact note of {date} says “{word}”; this record is churned, not counted at risk, no contact planned",
    customerCompleted:
      "Course completed: the Customers sheet's status says the customer finished the course or graduated, so this is no churn risk; churned (buys no more), not counted at risk, no retention contact planned",
    customerClosed:
      "The customer's account was closed on {date} (the Customers sheet's closed date); churned, not counted at risk, no contact planned",
    customerCanceledOn:
      "Subscription canceled on {date} (the Subscriptions sheet: none goes on); churned, not counted at risk, no contact planned",
    customerCanceled:
      "Subscription canceled (the Subscriptions sheet's status: none goes on); churned, not counted at risk, no contact planned",
    separator: "; ",
  },
  /** A date column's day/month order, in data-quality findings (parse/dateOrder.ts). */
  dateOrder: {
    monthFirst: "month/day",
    dayFirst: "day/month",
  },
  /** The names of the category codes (categories.ts; engine/labels.ts arranges them). */
  segmentNames: SEGMENT_NAMES_EN,
  valueClassNames: VALUE_CLASS_NAMES_EN,
  valueTierNames: VALUE_TIER_NAMES_EN,
  stageNames: STAGE_NAMES_EN,
  stageMeanings: STAGE_MEANINGS_EN,
  riskNames: RISK_NAMES_EN,
  riskPhrases: RISK_PHRASES_EN,
  customerTypeNames: CUSTOMER_TYPE_NAMES_EN,
  unclassified: UNCLASSIFIED_EN,
  /** The rule-set file's comment, errors, value types and migration notes (ruleSet.ts). */
  ruleSetFile: RULE_SET_FILE_EN,
  ruleErrors: RULE_ERRORS_EN,
  /** Why a typed date (--as-of, the rule set's asOf) is not a day (typedDate.ts). */
  typedDate: TYPED_DATE_EN,
  ruleTypes: RULE_TYPES_EN,
  ruleMigration: RULE_MIGRATION_EN,
  /** The input sheets' and columns' names (inputs.ts; schema.ts SHEETS carries them). */
  inputNames: INPUT_NAMES_EN,
  fieldNames: FIELD_NAMES_EN,
  /** The follow-up schedule's code names, tab, Overview blocks and talking points (followUpWords.ts). */
  followUpReasons: FOLLOW_UP_REASONS_EN,
  unscheduledReasons: UNSCHEDULED_REASONS_EN,
  priorityNames: PRIORITY_NAMES_EN,
  channelNames: CHANNEL_NAMES_EN,
  followUpColumns: FOLLOW_UP_COLUMNS_EN,
  followUpTab: FOLLOW_UP_TAB_EN,
  scheduleOverview: SCHEDULE_OVERVIEW_EN,
  /** The Overview's short label of each unscheduled reason (followUpWords.ts). */
  unscheduledLabels: UNSCHEDULED_LABELS_EN,
  talkingPoints: TALKING_POINTS_EN,
} as const;
