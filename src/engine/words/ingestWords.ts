/**
 * Words ingest puts into data-quality findings (engine/ingest): a required field with its accepted
 * headers, and the ways two customer rows look alike.
 */
export const INGEST_EN = {
  fieldWithNames: "{label} ({names})",
  fieldSeparator: "; ",
  samePhone: "phone",
  sameEmail: "e-mail",
  sameName: "name and region",
  sameSeparator: " and ",
  /** What a key column holds instead of customer IDs (keyByOther.ts). */
  keyEmails: "e-mail addresses",
  keyPhones: "phone numbers",
  keyNames: "names",
  keyNicknames: "nicknames",
  keyPlates: "licence plates",
  /** A value two customers share, its rows and the customers (customer_key_shared_rows). */
  keySharedExample: "“{value}” ({rows|# row|# rows}: {customers})",
  /** A household's phone, its rows, who shares it and whom they count for (customer_key_household_rows). */
  keyHouseholdExample: "“{value}” ({rows|# row|# rows}: {customers}; counted as {customer}'s)",
  /** The money of those rows and its share of the sheet's (customer_key_shared_rows). */
  keySharedMoney: ", {amount|#} in all ({share}% of the sheet's amounts)",
  /** A plate one character off a customer's, its rows and that customer (customer_key_near_rows). */
  keyNearExample: "“{value}” ({rows|# row|# rows}; {customer}'s is “{near}”)",
  /** After the first few of a longer list. */
  andMore: " …",
  /** Between the user's own names listed in a message (headers found, sheets in the workbook). */
  nameSeparator: ", ",
  /** A long list of the user's sheet names, shortened: the first few, then the last (siblings). */
  namesShortened: "{first}, …, {last}: {count} in all",
  /**
   * sibling_sheets_unread's finding for sheets of the very columns of the one read whose names say
   * no period (a copy of the customers kept as 已退会员: reviewer58 L1).
   */
  sameColumnSheetsUnread:
    "Sheet “{sheet}” was read; {count|# other sheet|# other sheets} with the very same columns ({list}) {count|was|were} not: each input reads one sheet, so their rows are not in the report. If they belong to this input, put their rows on one sheet (one header row) and run again",
  /**
   * sibling_sheets_read's finding for sheets kept one per store (万达店, 大学城店: tester60 U102),
   * read with the one found as one sales input.
   */
  /**
   * sibling_sheets_read's finding for sheets of the very same columns whose names say neither a
   * period nor a store (历史流水 beside 11月消费 and 12月消费: tester64 U180), read as one input.
   */
  sameColumnSheetsRead:
    "Sheet “{sheet}” was read together with {count|# sheet|# sheets} of the very same columns ({list}) as one input: {rows|# row|# rows} in all (an old log beside a sheet per month, say). A row's finding names the sheet it is on and its row there",
  /**
   * same_column_sales_unread's finding for sheets of the very same columns whose rows are those
   * read again (a copy of the sheet kept under another name: tester64 U180's guard).
   */
  sameColumnCopiesUnread:
    "{count|Sheet|Sheets} {list} {count|has|have} the very columns of the Transactions sheet “{sheet}” but {count|was|were} not read: {count|its rows are|their rows are} those of the sheets read again (a copy). If {count|it holds|they hold} sales of {count|its|their} own, put those rows on “{sheet}” and run again",
  /**
   * same_column_sales_unread's finding for sheets of the very same columns whose names say neither
   * a period, a store nor older sales (报价单, 预约, 欠款, Quotes beside 交易: reviewer64 H1).
   */
  sameColumnNamesUnread:
    "{count|Sheet|Sheets} {list} {count|has|have} the very columns of the Transactions sheet “{sheet}” but {count|was|were} not read: the name says neither a month, a year, a store nor older sales (历史, 旧, Archive), so {count|it|they} may hold quotes, bookings, unpaid or cancelled orders. If {count|it holds|they hold} sales that “{sheet}” lacks, put those rows on “{sheet}” (or name the sheet by its period, e.g. 历史流水) and run again",
  /**
   * date_year_from_sheet said once for an input read from several sheets (readParts), each of whose
   * dates with no year took its sheet's year (fix65e's note: 22 notes, one per month sheet).
   */
  dateYearFromSheets:
    "{count|# date|# dates} on {sheets|# sheet|# sheets} {count|gives|give} no year: {list}. Each was read in the year its sheet's name or title gives ({years}; “{value}” on “{sheet}”, row {row}, as {reading}). If any is of another year, write its year and run again",
  /**
   * sibling_sheets_read's finding for sheets of the same customers' sales in columns of their own
   * (the shop's 门店流水 beside a 小程序 export 订单导出: tester66 U237), read with it as one input.
   */
  otherLayoutSheetsRead:
    "Transactions were read from {total|# sheet|# sheets}: “{sheet}”, {list}; {rows|# row|# rows} in all. {layoutCount|Sheet|Sheets} {layouts} {layoutCount|keeps|keep} sales of the same customers in {layoutCount|its|their} own columns (another channel, such as a shop's own log beside an online export): {layoutCount|it was|they were} read by {layoutCount|its|their} own headers. Rows that are those of another sheet again were not counted twice. A row's finding names the sheet it is on and its row there",
  /**
   * After sibling_sheets_read's finding: a live sheet's days read from its tidied snapshot instead
   * (the live 11月 beside 11月整理, tidied on the 20th; reviewer66 H2), its other days from it.
   */
  partReadBesideCopy:
    ". {rows|# row|# rows} of “{sheet}” from {from} to {to} {rows|was|were} not read: those days were read from its tidied copy “{copy}” instead; its rows of other days were read as usual",
  /** After partReadBesideCopy: the live sheet's rows of those days the copy lacks, read (reviewer69 M3). */
  partReadBesideCopyKept:
    "; {kept|# row|# rows} of “{sheet}” on those days {kept|is|are} not in “{copy}” (a walk-in's sale, one entered later, another service that day) and {kept|was|were} read from “{sheet}”",
  storeSheetsRead:
    "Sheet “{sheet}” was read together with {count|# sheet|# sheets} of the very same columns kept one per store ({list}): {rows|# row|# rows} in all, each sheet's rows a store's. A row's finding names the sheet it is on and its row there",
  /** After the many-unreadable warning: the rows read and skipped as totals or blank rows. */
  unreadableSkipped: "; {skipped|# more row|# more rows} skipped (a totals or blank row)",
  /** After the many-unreadable warning of a date column: what to do (tester51 C1). */
  unreadableAdvice: ". {advice}",
  /** After the many-blank warning: what to do. */
  blankAdvice: "Fill those cells in and run again",
  /**
   * Instead, when the blank column is a sale's customer and the sheet has order IDs: rows that are
   * no further line of the order above are sales to nobody known (Square's walk-ins paying by card:
   * tester59 U81), left out by right.
   */
  anonymousSales:
    "They are no further lines of the order above (their order IDs or times of day are their own, or they say walk-in): sales with no customer recorded (walk-ins, anonymous card payments), {money} in all, left out of the customers' figures. If some are a customer's, fill in the customer ID",
  /** After "Headers found: …" when a header found is a typo of an accepted one (headersFound.ts). */
  didYouMean: ". Did you mean “{suggestion}” for the column “{header}”?",
  /**
   * After "Headers found: …" when the headers are another sheet's (otherSheetHint, tester43 #11:
   * --customers and --transactions given the wrong way round).
   */
  otherSheet:
    ". These columns look like the {sheet} sheet's ({columns}): was the wrong file or sheet given (for example two files the wrong way round)?",
  /** The required columns a sheet lacks (quality.missing_columns): “Date” and “Amount”. */
  quotedField: "“{label}”",
  fieldsJoined: "{first} and {last}",
  /** A column in a message about the header: its letter in a workbook, its number in a CSV file. */
  columnLetter: "column {letter}",
  columnNumber: "column {n}",
  /** A value of a row-kind column we do not know, with its rows (quality.row_kind_unknown). */
  valueTimes: "“{value}” ({count|# row|# rows})",
  /** A currency code of a currency column, with its rows (quality.currency_column_mixed). */
  codeRows: "{code} ({count|# row|# rows})",
  /** After "The header … appears twice": the field no column was left for (客户名称 typed as 客户编号). */
  duplicateMissing: "; there is no “{field}” column, so every row is read without one",
  /** After "Column … not recognised; ignored" when its header is a typo of an optional column's. */
  unmappedNear: ". Did you mean “{suggestion}”?",
  /** After "Headers found: …" when no header row was found: the row most like one (headerRowHint). */
  headerRow: ". Row {row} may be the header row",
  /** …and the required columns it has no header for. */
  headerRowLacks: ", with no column for {fields}",
  /**
   * …when the missing column is the customer ID and the row has a phone column: shops keyed by
   * phone (有赞, 微店 exports) have no other key (tester55 U20).
   */
  phoneAsId:
    ". If your customers are told apart by phone number, rename “{header}” to “{field}” (on both the customers and the transactions sheet; a workbook to share (--share) is then refused, as the IDs cannot be masked)",
  /**
   * …when the transactions sheets ({sheets}) have no phone column but a column of the customer's
   * name ({partner}): a 档口's ledger keyed by shop name (tester63 U167: the phone advice could not be
   * followed). In the add-in the column is chosen in Data, with no rename.
   */
  nameAsId:
    ". The transactions sheet ({sheets}) has no phone column: if your customers are told apart by name, rename “{header}” here and “{partner}” on the transactions sheet to “{field}” (each customer's name must then be their own). In the add-in, no rename is needed: under Data, choose these two columns for “{field}”",
  /** …when the row has no phone column but an e-mail column (a WooCommerce customers export: tester58 U69). */
  emailAsId:
    ". If your customers are told apart by e-mail address, rename “{header}” to “{field}”, and the customer's e-mail column of the transactions sheet too (WooCommerce: Email (Billing))",
  /** …and the accepted headers its own are typos of, each a headerRowTypo. */
  headerRowTypos: ". Did you mean {typos}?",
  headerRowTypo: "“{suggestion}” for “{header}”",
  headerRowTypoSeparator: ", ",
  /** …or, when no row is near a header row, that the first row is data (headersFound.ts). */
  rowLooksLikeData:
    ". Row {row} looks like data ({values}): the header row may be missing. Add a row of column names above it, such as {fields}",
  /** A customer created after the analysis date, with no row on or before it (afterAsOf.ts). */
  createdAfterAsOf:
    "Created {value}, after the analysis date {asOf}, with no transaction or other row by then: not yet a customer on that date, left out of this analysis (not a prospect)",
  /**
   * After a blank customer ID's finding when another cell of the row is one customer's name
   * (rowsNotUsed.ts; tester55 U17): which customer, and to fill in the ID. Not counted.
   */
  /** After the missing date column's error: a forecast date passed over (headersFound.ts forecastDateHint). */
  forecastDate:
    ". “{header}” is a forecast, not the day of a sale, so it is not read as the date: export the day each deal was won (Pipedrive: Deal - Won time; accepted as Won Time, Won Date or Close Date) and run again",
  idFromName:
    ". The row names “{name}”: customer {id} has that name; fill in the customer ID to count it",
  createdAfterAsOfMany:
    "{count|# customer was|# customers were} created after the analysis date {asOf} ({from} to {to}, the first at row {row}) with no transaction or other row by then: not yet customers on that date, left out of this analysis (not prospects). A refresh at a later date counts them as new customers",
};

export const INGEST_ZH: Record<keyof typeof INGEST_EN, string> = {
  fieldWithNames: "{label}（{names}）",
  fieldSeparator: "；",
  samePhone: "电话",
  sameEmail: "邮箱",
  sameName: "名称和地区",
  sameSeparator: "、",
  keyEmails: "邮箱",
  keyPhones: "手机号",
  keyNames: "名称",
  keyNicknames: "昵称",
  keyPlates: "车牌号",
  keySharedExample: "“{value}”（{rows|#} 行：{customers}）",
  keyHouseholdExample: "“{value}”（{rows|#} 行：{customers}，计入{customer}）",
  keySharedMoney: "，金额共 {amount|#}（占本表金额的 {share}%）",
  keyNearExample: "“{value}”（{rows|#} 行；{customer}的是“{near}”）",
  andMore: "…",
  nameSeparator: "、",
  namesShortened: "{first}、…、{last}（共 {count|# 个|# 个}）",
  sameColumnSheetsUnread:
    "读取了工作表“{sheet}”；列完全相同的其他 {count|#} 个工作表未读取：{list}。每项输入只读取一个工作表，这些表中的行不在报告中。如它们属于这项输入，请把它们的行并到一个工作表（只留一个标题行）后重新分析",
  sameColumnSheetsRead:
    "工作表“{sheet}”与列完全相同的 {count|#} 个工作表一起读取，作为同一项输入：{list}，共 {rows|#} 行（如旧账表加每月一个表）。各行的问题写明它所在的工作表和行号",
  sameColumnCopiesUnread:
    "与交易表“{sheet}”列完全相同的 {count|#} 个工作表未读取：{list}。其中的行与已读取的工作表重复（副本）。如其中有自己的销售，请把这些行并到“{sheet}”表后重新分析",
  sameColumnNamesUnread:
    "与交易表“{sheet}”列完全相同的 {count|#} 个工作表未读取：{list}。名称既不是月份、年份或门店，也不表明是以前的销售（历史、旧账、Archive），其中可能是报价、预约、欠款或已取消的订单。如其中有“{sheet}”表中没有的销售，请把这些行并到“{sheet}”表（或按期间改名，如“历史流水”）后重新分析",
  dateYearFromSheets:
    "{sheets|#} 个工作表共有 {count|#} 个日期没有写年份：{list}。已按各工作表名称或标题中的年份读取（{years} 年；如“{sheet}”第 {row} 行的“{value}”读作 {reading}）。如有不是这一年的，请把年份写上后重新分析",
  otherLayoutSheetsRead:
    "交易读自 {total|#} 个工作表：“{sheet}”、{list}，共 {rows|#} 行。其中 {layoutCount|#} 个工作表是同一批客户在另一渠道的销售（如门店手工登记与网店导出），列不同，按各自的标题读取：{layouts}；与其他工作表重复的行不重复计算。各行的问题写明它所在的工作表和行号",
  partReadBesideCopy:
    "。工作表“{sheet}”中 {from} 至 {to} 的 {rows|#} 行未读取：这些天读自它整理过的副本“{copy}”；“{sheet}”其他日子的行照常读取",
  partReadBesideCopyKept:
    "；这些天中另有 {kept|#} 行不在“{copy}”中（散客的销售、后来补录的、当天的另一项服务），从“{sheet}”读取",
  storeSheetsRead:
    "工作表“{sheet}”与列完全相同的 {count|#} 个门店工作表（每店一个）一起读取：{list}，共 {rows|#} 行，每个工作表的行即该门店的销售。各行的问题写明它所在的工作表和行号",
  unreadableSkipped: "；另有 {skipped|#} 行为合计行或空行，已跳过",
  unreadableAdvice: "。{advice}",
  blankAdvice: "请补上这些格后重新运行",
  anonymousSales:
    "这些行各有自己的订单号或时间（或写明散客），不是上一单的后续行：是没有登记客户的销售（散客、匿名刷卡），共 {money}，不计入客户的各项数字。如其中有客户的购买，请补上客户编号",
  didYouMean: "。列“{header}”是否应为“{suggestion}”？",
  otherSheet:
    "。这些列像是“{sheet}”表的列（{columns}）：是否给错了文件或工作表（例如把两个文件填反了）？",
  quotedField: "“{label}”",
  fieldsJoined: "{first}、{last}",
  columnLetter: "{letter} 列",
  columnNumber: "第 {n} 列",
  valueTimes: "“{value}”（{count|#} 行）",
  codeRows: "{code}（{count|#} 行）",
  duplicateMissing: "；没有“{field}”列，每一行都按没有“{field}”读取",
  unmappedNear: "。是否应为“{suggestion}”？",
  headerRow: "。第 {row} 行可能是标题行",
  headerRowLacks: "，但缺少列：{fields}",
  phoneAsId:
    "。如果客户是按手机号区分的，请把“{header}”列改名为“{field}”（客户表和交易表都要改；这样的客户编号不能打码，不能再用 --share 生成共享工作簿）",
  nameAsId:
    "。交易表（{sheets}）没有电话列：如果客户是按名称区分的，请把本表的“{header}”列和交易表的“{partner}”列都改名为“{field}”（每位客户的名称须各不相同）；在 Excel 加载项中不必改名，在“数据”页为“{field}”选择这两列即可",
  emailAsId:
    "。如果客户是按邮箱区分的，请把“{header}”列改名为“{field}”，交易表中客户的邮箱列也要改（WooCommerce：Email (Billing)）",
  headerRowTypos: "。{typos}？",
  headerRowTypo: "列“{header}”是否应为“{suggestion}”",
  headerRowTypoSeparator: "？",
  rowLooksLikeData:
    "。第 {row} 行看起来是数据（{values}）：可能缺少标题行。请在其上方加一行列名，例如：{fields}",
  createdAfterAsOf:
    "建档日期 {value} 晚于分析日期 {asOf}，且此前没有交易或其他记录：该日尚未成为客户，不计入本次分析（也不算潜在客户）",
  forecastDate:
    "。列“{header}”是预计日期，不是成交的日子，所以不作为日期读取：请导出每笔交易的成交日期（Pipedrive：Deal - Won time；列名可为 Won Time、Won Date、Close Date 或成交日期）后重新分析",
  idFromName: "；此行写着“{name}”，是客户 {id} 的名称：填上客户编号后即可计入",
  createdAfterAsOfMany:
    "{count|#} 位客户的建档日期晚于分析日期 {asOf}（{from} 至 {to}，第一位在第 {row} 行），且此前没有交易或其他记录：该日尚未成为客户，不计入本次分析（也不算潜在客户）。按更晚的日期刷新时，他们计为新客户",
};
