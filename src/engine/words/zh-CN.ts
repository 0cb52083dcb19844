import { VISIT_KIND_ZH } from "./visitKindWords";
import { AT_RISK_COLUMNS_ZH, AT_RISK_TAB_ZH, AT_RISK_WHY_ZH } from "./atRiskWords";
import { CHANGES_ZH } from "./changes";
import type { Catalog } from "./catalog";
import { PANE_ZH, PROBLEM_NAMES_ZH } from "./pane";
import { OVERVIEW_ZH, VALIDATION_ZH } from "./overviewTab";
import { COMPLAINTS_ZH, DATA_QUALITY_ZH, SATISFACTION_ZH } from "./serviceTabs";
import { RULE_DOCS_ZH } from "./ruleDocs";
import { ANALYZE_ZH, ARGS_ZH, BACKTEST_HELP_ZH, SUMMARY_ZH } from "./cliWords";
import { EMPTY_ZH, FILE_ZH, OFFICE_ZH } from "./fileWords";
import { TYPED_DATE_ZH } from "./typedDate";
import { INGEST_ZH } from "./ingestWords";
import {
  ANALYSIS_NOTES_ZH,
  LIMITS_ZH,
  RETIRED_COLUMNS_ZH,
  RUN_LOG_ZH,
  SEGMENT_COLUMNS_ZH,
  TAB_NAMES_ZH,
} from "./reportWords";
import {
  CUSTOMER_TYPE_NAMES_ZH,
  RISK_NAMES_ZH,
  RISK_PHRASES_ZH,
  SEGMENT_NAMES_ZH,
  STAGE_NAMES_ZH,
  STAGE_MEANINGS_ZH,
  UNCLASSIFIED_ZH,
  VALUE_CLASS_NAMES_ZH,
  VALUE_TIER_NAMES_ZH,
} from "./categories";
import { RULE_ERRORS_ZH, RULE_MIGRATION_ZH, RULE_SET_FILE_ZH, RULE_TYPES_ZH } from "./ruleSet";
import { FIELD_NAMES_ZH, INPUT_NAMES_ZH } from "./inputs";
import {
  FOLLOW_UP_REASONS_ZH,
  UNSCHEDULED_REASONS_ZH,
  PRIORITY_NAMES_ZH,
  CHANNEL_NAMES_ZH,
  FOLLOW_UP_COLUMNS_ZH,
  FOLLOW_UP_TAB_ZH,
  SCHEDULE_OVERVIEW_ZH,
  UNSCHEDULED_LABELS_ZH,
  TALKING_POINTS_ZH,
} from "./followUpWords";

/** Every user-facing text in Chinese, by section and code (the same keys as en-US.ts). */
export const ZH: Catalog = {
  pane: PANE_ZH,
  /** What changed since the last refresh (changes.ts, owned by helper "changes"). */
  changes: CHANGES_ZH,
  problemNames: PROBLEM_NAMES_ZH,
  /** The report tabs' own labels (overviewTab.ts, serviceTabs.ts). */
  /** The visits input's words by its kind (visitKindWords.ts; fix67e). */
  visitKind: VISIT_KIND_ZH,
  overviewTab: OVERVIEW_ZH,
  validationTab: VALIDATION_ZH,
  satisfactionTab: SATISFACTION_ZH,
  complaintsTab: COMPLAINTS_ZH,
  dataQualityTab: DATA_QUALITY_ZH,
  /** What each rule-set setting means (ruleDocs.ts; rules/docs.ts arranges them). */
  ruleDocs: RULE_DOCS_ZH,
  /** The command line's summary after a run and its errors (cliWords.ts). */
  summary: SUMMARY_ZH,
  args: ARGS_ZH,
  /** Words of helper "house" (issue 13): file and Office adapters, report frames, analysis notes. */
  file: FILE_ZH,
  office: OFFICE_ZH,
  tabNames: TAB_NAMES_ZH,
  segmentColumns: SEGMENT_COLUMNS_ZH,
  /** Headers of columns taken off a tab, for the add-in to delete them (reportWords.ts). */
  retiredColumns: RETIRED_COLUMNS_ZH,
  /** The At-risk customers tab's headers (atRiskWords.ts, report/atRiskTab.ts). */
  atRiskColumns: AT_RISK_COLUMNS_ZH,
  /** The At-risk tab's texts for a row without a next contact (atRiskWords.ts). */
  atRiskTab: AT_RISK_TAB_ZH,
  /** Why an at-risk row has no next contact, short (atRiskWords.ts). */
  atRiskWhy: AT_RISK_WHY_ZH,
  runLog: RUN_LOG_ZH,
  limits: LIMITS_ZH,
  analysisNotes: ANALYSIS_NOTES_ZH,
  ingest: INGEST_ZH,
  analyze: ANALYZE_ZH,
  quality: {
    missing_required: "必填项 {letter} 列“{field}”为空，此行未使用",
    formula_without_result:
      "必填项 {letter} 列“{field}”是公式，文件中没有保存它的计算结果（写出此工作簿的程序没有计算公式），此行未使用。请用 Excel（或 LibreOffice）打开此工作簿并保存一次，计算结果就会保存下来",
    unparseable_value:
      "{letter} 列“{field}”的值“{value}”无法识别为{expected}，此行未使用；请改正后重新运行",
    excel_error_cell:
      "{letter} 列“{field}”的单元格是 Excel 错误值 {value}：填它的公式出错了（如引用的行或表已删除、查找没有找到），此行未使用。请在原表中改正该公式，保存后重新运行",
    excel_error_cell_optional:
      "{letter} 列“{field}”的单元格是 Excel 错误值 {value}：填它的公式出错了，已按空值处理。请在原表中改正该公式",
    duplicate_customer_id: "客户编号“{value}”重复（首次出现在第 {firstRow} 行），此行未使用",
    duplicate_customer_id_other_name:
      "客户编号“{value}”重复且名称不同：第 {firstRow} 行为“{firstName}”，此行为“{name}”。此行未使用，该编号的交易都计入第 {firstRow} 行的“{firstName}”；如是两位不同的客户，请给其中一位另编编号",
    duplicate_customer_id_digits_lost:
      "客户编号“{value}”与第 {firstRow} 行重复：这是超过 15 位的数字，Excel 只保留 15 位有效数字，后面的数字已变成 0，原本不同的编号可能因此变成同一个。此行未使用。请把各表的客户编号列设为“文本”格式，再重新输入完整编号",
    unknown_customer:
      "客户编号“{value}”不在客户表中，此行未使用；请在客户表中补上该客户，或改正编号",
    // A key two customers share, a plate one character off one customer's (ingest/keyByOther.ts KeyMisses).
    customer_key_shared_row:
      "“{value}”是客户表中 {count|#} 位客户的{what}（{customers}），无法确定是哪一位：此行未对应到客户，未使用",
    customer_key_household_row:
      "{what}“{value}”是客户表中 {count|#} 位客户共用的（{customers}），按一家人读取：此行计入{customer}（客户表中第一位用这个{what}的客户）",
    customer_key_near:
      "{what}“{value}”不在客户表中；它与{customer}的{what}“{near}”只差一个字符，可能输错了：此行未使用。请核对后改正",
    // unknown_customer when Customers ID cells hold Excel errors (errorIdCustomers.ts).
    unknown_customer_error_id:
      "客户编号“{value}”不在客户表中，此行未使用。客户表有 {rows|#} 行的编号是 Excel 错误值（第一行为第 {row} 行，{letter} 列“{field}”是 {error}），可能就是这位客户：请改正客户表中的公式，保存后重新运行",
    // unknown_customer when the ID is a masked number (maskedIds.ts pointAtMaskedIds; tester60 U95).
    unknown_customer_masked:
      "客户编号“{value}”是打了码的号码（外卖、电商平台的订单常这样导出），无法对应到客户表中的客户，此行未使用。如要计入，请用平台导出的会员 ID、用户 ID 或完整手机号作为客户编号",
    // unknown_customer when the ID is one customer's phone (phoneIdCustomers.ts).
    unknown_customer_phone:
      "客户编号“{value}”是客户“{id}”的电话（客户表的列“{phoneColumn}”），不是客户编号；此行未使用：请改填为“{id}”（客户表的列“{field}”）",
    unknown_customer_name:
      "客户编号“{value}”是客户“{id}”的姓名（客户表的列“{nameColumn}”），不是客户编号；此行未使用：请改填为“{id}”（客户表的列“{field}”）",
    ambiguous_customer_id:
      "客户编号“{value}”与客户表中的 {ids} 只差前导零，无法确定是哪一位客户，此行未使用；请把编号写成与客户表完全相同",
    id_in_scientific_notation:
      "客户编号“{value}”是科学计数法：Excel 把较长的数字编号显示成这样，从中另存的 CSV 已丢失编号的后几位，不同的客户可能变成同一个编号（见“客户编号重复”）。请在 Excel 中把编号列设为文本格式后重新导出（本表只提示第一个）",
    customer_id_first_of_several:
      "客户编号“{value}”一格中有多个编号：此行按其中第 {nth} 个“{first}”（第一个在客户表中的编号）计入该客户，其余的未计入。如这笔交易属于多位客户，请拆成每位客户一行",
    zero_twin_customer_id:
      "客户编号“{value}”与第 {firstRow} 行的“{firstId}”只差前导零：按两位不同的客户读取（未当作重复）。其他表中这类编号须与客户表完全相同才能对上",
    future_date: "日期 {value} 晚于分析日期 {asOf}，此行未使用；请改正日期，或选用更晚的分析日期",
    date_read_year_first:
      "交易日期列的 {count} 个短日期按年/月/日读取（两位年份在前）：“{value}”读作 {reading}，按日/月/年读是 {other}，不在 {earliest} 到分析日期之间；同一列的日期只按一种顺序读。如不对，请把年份写成四位后重新分析",
    date_number_ambiguous:
      "{letter} 列“{field}”的值 {value} 是数字，可能是 {month} 月 {day} 日，也可能是 {month} 月 {day10} 日（Excel 会把输入的 {typed} 存成 {value}），此行未使用；请写上完整日期（如 2026/{month}/{day10}）后重新分析",
    early_date:
      "交易日期 {value} 早于 {earliest}，不像真实日期（空日期在 Excel 中常显示为 1900-01-01），此行未使用；请补上实际日期",
    implausible_amount:
      "{letter} 列“{field}”的值“{value}”是 11 位、以 1 开头的整数，像是手机号码，不是一笔消费金额，此行未使用；请核对并填写实际金额",
    implausible_amount_digits:
      "{letter} 列“{field}”的值“{value}”超过 15 位数字（Excel 只能准确保存 15 位，后面的数字已丢失），不是一笔消费金额，此行未使用；请核对并填写实际金额",
    zero_amount: "金额为 0：按一次购买计入（消费 0 元）",
    zero_return: "金额为 -0：按退货计（退 0 元），不算一次购买，不改变最近购买日期",
    duplicate_row:
      "与{firstAt}完全相同（客户、日期、金额、订单号、产品、数量）：同一订单行出现两次，只计一次，此行未使用；请核对导出或粘贴是否重复",
    orders_repeated:
      "表中 {orders|#} 个订单有 {repeated|#} 个的每一行都出现了 {times} 遍（第一处是第 {row}–{last} 行），像是同一份导出粘贴了 {times} 遍、或有重叠的几份导出合在一起后按订单号或日期排了序：这些订单各只计一份，同一订单中各占一行的同款商品（如 2 杯拿铁）按一份中的件数计入；请核对导出是否重复",
    orders_repeated_counted:
      "表中 {orders|#} 个订单有 {repeated|#} 个的几行按同样的顺序又列了一遍（共 {times} 遍，第一处是第 {row}–{last} 行），像是两份有重叠的导出合在一起后排了序。因为表中也有同款商品各占一行的订单，这些行都已按商品计入；如确是导出重叠，请删去重复的订单后重新运行",
    like_items_counted:
      "表中 {orders|#} 个订单有 {repeated|#} 个的同一行在订单内相邻重复出现（第一处是第 {row}–{last} 行），表中没有别的订单显示是整单重复粘贴，也没有区分各行的列（如参会人、座位号、券码、行号）：按同一订单的多件同款商品计入（比每样只计一行多 {extra|#} 行）；如是重复粘贴，请删去多余的行后重新运行",
    duplicate_row_kept:
      "与{firstAt}完全相同（客户、日期、金额、产品、数量），表中没有订单号无法区分：两行都计入；如为重复导出，请删除其中一行",
    unapproved_rows_counted:
      "列“{column}”有 {count|#} 行为空（第一行为第 {row} 行），其余 {filled|#} 行写有审核人：这些单据可能尚未审核，仍按销售计入；如未审核的单据不应计入，请只导出已审核的单据后重新运行",
    duplicate_row_payment_differs:
      "与{firstAt}相同（客户、日期、金额、订单号、产品、数量），只有“{column}”不同（“{firstPayment}”/“{payment}”），备注中没有写明分笔付款：按同一笔重复录入读取，只计一次，此行未使用；如确是一笔分两种方式付款，请在备注中写明“分两笔付”后重新运行",
    duplicate_row_split_payment:
      "与{firstAt}相同（客户、日期、金额、订单号、产品、数量），只有“{column}”不同（“{firstPayment}”/“{payment}”），“{noteColumn}”写明“{note}”：按一笔分两种方式付款读取，两行都计入",
    duplicate_rows_kept:
      "有 {count|#} 行与前面某一行完全相同（客户、日期、金额、产品、数量），第一处是第 {row} 行（同第 {first} 行）。表中没有订单号，无法区分同一天两笔相同的购买和重复导出的同一行，因此都已计入；如果有行被重复导出或粘贴，请删除重复的行",
    order_line_conflict:
      "订单号、产品和数量与{firstAt}相同（客户“{id}”，同一天），金额却不同（此行 {value}，{firstAt} {firstValue}）：两行都计入，请核对哪一行有误",
    return_without_purchase:
      "退货 {value} 没有对应的购买：客户“{id}”在数据中没有金额为正的交易。按原样计入，该客户的消费金额为负；请核对原购买是否在数据起始日之前或记在别的客户编号下",
    return_exceeds_purchases:
      "退货 {value} 超过客户“{id}”在数据中的全部购买（共 {purchases}）。按原样计入，该客户在其日期所在期间的消费金额与收入合计都会因此减少（可能为负）；请核对金额是否多写了位数，或是否记在了别的客户编号下",
    amount_far_above_usual:
      "金额 {value} 约是客户“{id}”购买“{item}”通常金额（{usual}）的 {times} 倍。按原样计入，该客户的消费金额和价值分档会因此偏高；请核对金额是否多写了一位",
    returns_exceed_purchases:
      "客户“{id}”的 {count} 笔退货（第 {rowsZh} 行）合计 {total}，超过其在数据中的全部购买（共 {purchases}），虽然每一笔单独都不超过。按原样计入，该客户的消费合计为 {net}，收入合计也因此减少；请核对是否有退货重复录入、金额多写了位数，或记在了别的客户编号下",
    blank_row: "空行，已跳过",
    totals_row: "合计行（“{value}”），已跳过",
    footer_row: "表格下方的注脚（“{value}”），不是客户，已跳过",
    footer_row_data: "表格下方的注脚（“{value}”），不是一行数据，已跳过",
    repeated_header: "标题行在数据中重复出现（如多份导出拼在一起），已跳过",
    unparseable_optional: "{letter} 列“{field}”的值“{value}”无法识别为{expected}，已按空值处理",
    unparseable_date: "{letter} 列“{field}”：{problem}，此行未使用",
    unparseable_date_optional: "{letter} 列“{field}”：{problem}，已按空值处理",
    // What a user can do: write one of the causes counted (tester55 U3: 酒塞污染, 发票问题 → 其他).
    unknown_cause:
      "投诉原因“{value}”未识别，已归为“其他”。投诉原因按这几类统计：{causes}；如属其中一类，请把原因改写为该类名称后重新运行",
    out_of_range: "{letter} 列“{field}”的值 {value} 超出 {range}，已按空值处理",
    possible_duplicate_customer:
      "可能与第 {otherRow} 行（客户编号“{otherId}”）为同一客户：{reason}相同，请核对（未合并）",
    shared_contact:
      "与第 {otherRow} 行（客户编号“{otherId}”）{reason}相同，但姓名不同（“{otherName}”、“{name}”）：可能是同一家庭的成员（如兄弟姐妹由家长联系），按不同客户读取，无需合并",
    ambiguous_number:
      "{letter} 列“{field}”的值“{value}”可能是 {asGrouping}，也可能是 {asDecimal}；已按 {chosen} 读取（{reason}），请核对",
    encoding_fallback:
      "此行不是 {fileEncoding} 编码（文件其余部分是），已按 {encoding} 解码，请核对文字",
    invalid_encoding: "此行含有在 UTF-8 和 GB18030 中都无效的字节，已替换为 “\uFFFD”，请核对文字",
    encoding_fallback_cell:
      "{letter} 列“{field}”不是 {fileEncoding} 编码（文件其余部分是），已按 {encoding} 解码，请核对文字",
    invalid_encoding_cell:
      "{letter} 列“{field}”含有不是有效 {encoding} 的字节（文件为 {fileEncoding} 编码），已替换为 “\uFFFD”，此行其他单元格照常读取；请核对这一格的文字",
    text_too_long:
      "{letter} 列“{field}”的文字有 {length} 个字符，超过 Excel 单元格上限 {limit}；输出表中截断并注明，JSON 结果保留全文",
    number_in_date_cell:
      "单元格 {cell} 设为日期格式，但其值 {value} 不是任何日期（Excel 显示为 ####）；按数字 {value} 读取",
    missing_column: "缺少必需的列“{field}”（可用的列名：{synonyms}）。找到的列名：{found}{hint}",
    missing_columns: "缺少必需的列{fields}（可用的列名：{synonyms}）。找到的列名：{found}{hint}",
    missing_sheet: "找不到“{field}”工作表（可用的名称：{synonyms}）",
    header_not_found:
      "在前 {rows} 行中找不到含必需列“{field}”的标题行。可用的列名：{synonyms}。找到的列名：{found}{hint}",
    unmapped_column: "列“{value}”未识别，已忽略{hint}",
    header_split_column:
      "第 {row} 行是表头的第二行：“{header}”分为 {subs}。“{header}”按 {column} 列“{read}”读取（合并表头下的第一列），其余列未使用。如要改用另一列，请只保留一行表头，把要读取的列命名为“{header}”，再重新运行。",
    unmapped_near_field: "列“{value}”未识别，已忽略：每一行都按没有“{field}”读取{hint}",
    owner_column_likely:
      "没有找到负责人列：列“{value}”在前 {rows} 行中只有 {count} 个名字（{names}），像是每位客户的负责人，但未读取，回访计划因此没有按人分配。如果是，请把列名改为“负责人”再运行",
    duplicate_column:
      "列名“{value}”重复（{first}、{second}）：{first}已读取，{second}已忽略{missing}。请核对哪一列是“{field}”，改正列名后重新运行",
    date_order_assumed:
      "{letter} 列“{field}”的日期（如第 {row} 行的“{value}”，共 {count|#} 个）既可读作月/日，也可读作日/月，列中没有能说明顺序的值；已按月/日读取（{value} = {reading}）。如果是日/月，请把日期写成 yyyy-mm-dd（{alternative}）后重新分析",
    date_year_from_sheet:
      "{letter} 列“{field}”有 {count|#} 个日期没有写年份（如第 {row} 行的“{value}”）：已按本工作表名称或标题中的年份 {year} 年读取（{value} = {reading}）。如有不是这一年的，请把年份写上后重新分析",
    two_digit_year:
      "{letter} 列“{field}”的日期（如第 {row} 行的“{value}”，共 {count|#} 个）年份只写了两位：已按 Excel 的方式读取，00–29 为 2000–2029 年，30–99 为 1930–1999 年（{value} = {reading}）。如有不是这样的，请把年份写成四位后重新分析",
    date_order_mixed:
      "{letter} 列“{field}”的日期顺序不一致：“{dayFirstValue}”（第 {dayFirstRow} 行）只能是日/月，“{monthFirstValue}”（第 {monthFirstRow} 行）只能是月/日；{count|#} 个两可的日期（如第 {row} 行的“{value}”）已按此列最先出现的明确日期读作{order}，请核对",
    csv_read_as_big5:
      "已按 Big5（繁体中文）编码读取：文件不是 UTF-8 编码，其中的字符是 Big5 的常用字（如 {letter} 列“{field}”第 {row} 行的“{value}”）。如报告中的名称等文字显示不对，请把文件另存为 CSV UTF-8（Excel：文件 > 另存为 > CSV UTF-8）后重新分析",
    sales_sheet_by_columns:
      "没有名为“交易”的工作表：工作表“{sheet}”的列是交易表的列（{columns}），已作为交易表读取。如果它不是交易表，请把交易表改名为“交易”（或在任务窗格中选择工作表）后重新分析",
    sibling_sheets_read:
      "工作表“{sheet}”与同类的工作表（按年或按月分开）一起读取：{list}，共 {rows|#} 行。各行的问题写明它所在的工作表和行号",
    same_column_sales_unread:
      "与交易表“{sheet}”列完全相同的工作表未读取：{list}。名称表明其中不是销售（备份、副本、模板、作废、测试或充值）。如其中有“{sheet}”表中没有的销售，这些销售不在报告中：请把这些行并到“{sheet}”表（或把工作表改名）后重新分析",
    sibling_sheets_unread:
      "读取了工作表“{sheet}”；同类的工作表（按年或按月分开）未读取：{list}。每项输入只读取一个工作表，这些表中的行不在报告中。如需一起分析，请把它们的行并到一个工作表（只留一个标题行）后重新分析",
    score_scale_ten:
      "{letter} 列“{field}”按 10 分制读取：{count|#} 个分数已换算为 5 分制（1–2 分为 1，3–4 为 2，5–6 为 3，7–8 为 4，9–10 为 5），满意度（CSAT，4–5 分的占比）即 10 分制的 7–10 分",
    amount_from_quantity_price:
      "{count|#} 行的“{field}”为空，已按“{quantity}”×“{price}”计算（第一行为第 {row} 行）",
    customer_key_by_other:
      "{letter} 列“{column}”是客户的{what}（客户表的列“{customersColumn}”），不是客户编号：各行已按{what}对应到客户",
    customer_key_shared:
      "{letter} 列“{column}”是客户的{what}（客户表的列“{customersColumn}”），不是客户编号；客户表中有 {count|#} 个{what}不止一个客户在用（如“{value}”），本表 {read|#} 行中有 {rows|#} 行（过半）用的是这样的{what}，无法按{what}对应到客户。请在本表加一列客户编号（与客户表相同），或让客户表中每个客户的“{customersColumn}”各不相同后重新分析",
    customer_key_shared_rows:
      "{letter} 列“{column}”按{what}对应客户：{read|#} 行中有 {rows|#} 行的{what}不止一位客户在用，无法确定是哪一位，这些行未对应到客户、未使用（{examples}）{money}；其余行已对应。请在这些行补上客户编号，或让客户表中每个客户的“{customersColumn}”各不相同",
    customer_key_household_rows:
      "{letter} 列“{column}”按{what}对应客户：{read|#} 行中有 {rows|#} 行的{what}是一家人共用的（{examples}）{money}：这些行计入营业额，记在客户表中第一位用这个{what}的客户名下，共用它的其他客户不计这些购买。如需分别记到各人名下，请在这些行补上客户编号",
    customer_key_near_rows:
      "{letter} 列“{column}”按{what}对应客户：{read|#} 行中有 {rows|#} 行的{what}不在客户表中，但与某一位客户的只差一个字符，可能输错了（{examples}）：这些行未使用。请核对后改正",
    row_kind_by_values:
      "列“{column}”的值是交易类型（如新办、续卡、退卡），已按交易类型读取：退货（退款）记为负数，作废的订单和赠送不计入，其他值按购买计入。如这一列不是交易类型，请把它改名或删去后重新分析",
    order_lines_in_total:
      "{count|#} 行是上面订单的后续商品行，“{field}”为空：订单的“{field}”写在第一行（合计），已包含这些商品，未再按“{quantity}”×“{price}”重复计入（第一行为第 {row} 行）",
    order_total_repeated:
      "{count|#} 行是上面订单的后续商品行，重复写着订单的“{field}”（整单的合计，不是这一行的金额）：每个“{order}”只计一次，这些行按 0 读取（第一行为第 {row} 行）",
    continuation_lines_filled:
      "{count|#} 行的{fields}为空，写在上一行订单的下面（一单多品的后续行，第一行为第 {row} 行）：已按上一行的{fields}读取。如这些行不属于上一行的订单，请补上这些格后重新运行",
    merged_cells_filled:
      "{letter} 列“{field}”有 {areas|#} 处上下合并的单元格（如 {range}）：合并单元格的值已用于其中的每一行（共补上 {count|#} 行）",
    amount_unit_applied:
      "“{column}”列的标题写明单位为{unit}：{count|#} 个金额已乘以 {factor} 换算为元（如单位不对，请改标题后重新分析）",
    amount_uses_written:
      "“{column}”列有 {count|#} 行写的是次数，如“{value}”（第一行为第 {row} 行）：这是次卡用掉的次数，不是金额，按 0 元的到店计入",
    amount_unit_own:
      "{letter} 列“{field}”的标题写明单位为{unit}，但有 {count|#} 个金额自带单位或货币（第一个在第 {row} 行：“{value}”）：这些按所写读取，未再乘以 {factor}。如果它们其实也以{unit}计，请去掉其中的单位后重新分析",
    /** amount_unit_own when the cells carry only a currency (¥3000), no unit (reviewer53 H2). */
    amount_unit_own_symbol:
      "{letter} 列“{field}”的标题写明单位为{unit}，但有 {count|#} 个金额带货币符号（第一个在第 {row} 行：“{value}”）：这些按所写读取，未再乘以 {factor}。如果它们其实也以{unit}计，请去掉其中的 {symbol} 后重新分析",
    currency_mixed:
      "{letter} 列“{field}”第 {row} 行的值“{value}”以 {other} 计，而此列 {count|#} 个金额以 {symbol} 计，另有 {otherCount|#} 个以其他货币计，这是第一个。金额按所写数字相加，未换算，报告以 {symbol} 显示：请核对以其他货币计的行，换算后重新分析",
    currency_mixed_even:
      "{letter} 列“{field}”的金额混有多种货币：{count|#} 个以 {mostly} 计，{otherCount|#} 个以其他货币计，第一个在第 {row} 行（“{value}”，以 {other} 计）。金额按所写数字相加，未换算，因此报告中的金额不显示货币符号。请把此列统一为一种货币（换算其余的）后重新分析",
    /** currency_mixed when an English header's plain amounts are read in the one symbol a fifth or more carry (tester53 N10, reviewer54 M1). */
    currency_plain_read_as:
      "{letter} 列“{field}”的标题没有写货币：{count|#} 个金额中 {marked|#} 个带 {symbol}（第一个在第 {row} 行：“{value}”），其余 {plain|#} 个没有货币符号，已都按 {symbol} 读取，报告以 {symbol} 显示。如果没有符号的金额是人民币，请在标题中写明货币（如“Amount (CNY)”）后重新分析",
    currency_header_differs:
      "{letter} 列的标题“{field}”写的是 {header}，但金额带的是 {symbol}（第 {row} 行“{value}”，{count|#} 个金额中的第一个）；报告按金额所带的 {symbol} 显示。如果金额是以 {header} 计，请改正金额或标题后重新分析",
    currency_header_differs_unit:
      "{letter} 列的标题“{field}”写的单位是 {header} 的{unit}，但金额带的是 {symbol}（第 {row} 行“{value}”，{count|#} 个金额中的第一个）：已按所写数字以 {symbol} 读取，未乘以 {factor}。如果每个金额代表 {factor} {symbol}，请在标题的单位中写明该货币（如“金额(万美元)”表示万美元）后重新分析",
    after_analysis_date:
      "{sheet}中有 {count} 行的日期晚于分析日期 {asOf}（{from} 至 {to}，第一行为第 {row} 行）：按分析日期排除，未使用。如要包括这些行，请选更晚的分析日期（命令行：--as-of）",
    row_number_rejoined:
      "此行有 {fields} 个字段，标题只有 {headerFields} 列：{letter} 列“{field}”的值是未加引号的“{value}”（逗号被当成了分隔符），已按 {number} 读取；含逗号的数字请加引号",
    too_many_fields:
      '此行有 {fields} 个字段，标题只有 {headerFields} 列，无法判断各值属于哪一列，此行未使用；含逗号的数字或文字须加引号（如 "1,240.40"）',
    empty_sheet: `文件或工作表${EMPTY_ZH}`,
    no_data_rows:
      "{sheet}表只有标题行，没有数据：相应的分析为空。如应有数据，请检查导出是否完整（是否留有筛选）",
    returns_written_positive:
      "列“{column}”有 {count|#} 行写着“{values}”，金额却是正数（第一行为第 {row} 行）：本工具按金额的正负区分购买和退货，这些行都已按购买计入收入、消费次数和最近购买日期。请把退货、退款的金额写成负数，作废、取消的行删去，然后重新运行",
    item_refund_positive:
      "列“{column}”有 {count|#} 行的项目名称写着退费（“{values}”），金额却是正数（第一行为第 {row} 行）：已按退货计为负数，从收入和该客户的消费中减去。如果它们其实是购买，请改写这些项目名称后重新分析",
    row_kind_returned_positive:
      "列“{column}”有 {count|#} 行写着“{values}”，金额却是正数（第一行为第 {row} 行）：已按退货计为负数",
    row_kind_refunded:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：这些订单已退款，不是购买，未使用",
    row_kind_voided:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：作废、取消、关闭或未成交的订单不是购买，这些行未使用",
    row_kind_gift:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：赠品不是客户的购买，这些行未使用（不计入收入、消费次数和最近购买日期）",
    row_kind_draft:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：尚未审核的单据（创建、暂存、审核中）还不是销售，这些行未使用，只计已审核的单据",
    row_kind_fee:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：停卡、转卡等手续费不是客户的购买，这些行未使用（不计入收入、消费次数和最近购买日期）",
    refund_amount_deducted:
      "列“{column}”有 {count|#} 行部分退款（第一行为第 {row} 行）：退款共 {total} 已从这些订单的金额中减去，只计客户实际付出的部分",
    refund_amount_whole:
      "列“{column}”有 {count|#} 行的退款不少于订单金额（第一行为第 {row} 行）：这些订单已全额退款，不是购买，未使用",
    adjusted_amount_raised:
      "列“{column}”有 {count|#} 行高于订单金额（第一行为第 {row} 行）：这些订单按调整后的金额计入（共多 {total}），即客户实际付出的金额",
    adjusted_amount_lowered:
      "列“{column}”有 {count|#} 行低于订单金额（第一行为第 {row} 行）：这些订单按调整后的金额计入（改价或部分退款，共少 {total}），即客户实际付出的金额",
    row_kind_uncollectible:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：已核销为坏账、无法收回的发票从未付款，不是购买，这些行未使用（不计入收入、消费次数和最近购买日期）",
    row_kind_billed:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行），这是一张发票表：已开票、待付款的发票是已交付的订单，按购买计入当天，金额按金额列所写（金额列是已付金额时，为目前已付的部分）",
    row_kind_delivered_unpaid:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行），而“{fulfillment}”写着已发货：已发货、待付款的订单（账期、开票、线下付款）是客户欠款的购买，不是作废订单，按购买计入当天，金额记为欠款（表中没有账期时，按下单后 30 天到期）",
    row_kind_placed_unpaid:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行），而“{fulfillment}”写着未发货：已下单、待付款的订单（银行转账、线下付款）不是作废订单，说明客户仍在购买，所以按 0 计入下单当天的购买（算作她最近的一次订单），金额在付款或发货后才计入",
    row_kind_payment:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：这张表也列出了销售（发票、出库单），收款是对这些销售的付款，不是新的购买，同一笔钱不计两次，所以这些行未使用（不计入收入、购买次数和最近购买日期）",
    row_kind_payment_counted:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：表中没有同一客户金额不低于该笔收款的销售（这张表只有收款，或没有列出这位客户的销售），所以每笔收款按购买计入当天",
    row_kind_top_up:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：储值充值不是购买，用储值支付的消费才是（列“{payment}”有 {paid|#} 行写着用储值支付，第一行为第 {paidRow} 行，已计入），所以这些充值行按 0 计入（只记下这一天的到店），同一笔钱不计两次",
    row_kind_top_up_counted:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：储值充值已按购买计入，因为没有一行消费写明用储值支付。如果用储值支付的消费也记在这张表里，请在这些消费的支付方式中写明“储值卡”或“余额”（没有支付方式一列时加一列“支付方式”），以免同一笔钱计两次",
    row_kind_top_up_not_used_yet:
      "列“{column}”有 {count|#} 行充值的会员在表中还没有用储值的消费（第一行为第 {row} 行，会员“{id}”）：这张表用储值的消费记有金额（列“{payment}”有 {paid|#} 行写着用储值支付，第一行为第 {paidRow} 行），按消费计，所以这些充值也按 0 计（只记下这一天的到店），余额用掉时随每次消费计入，与其他会员相同；同一笔钱不计两次",
    row_kind_top_up_uses_zero:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：已按收款计入，因为这些会员用储值的消费都按 0 记（列“{payment}”有 {zero|#} 行用储值支付而金额为 0 或空白，第一行为第 {zeroRow} 行），收到的充值就是收入（按收款计）。如果每次划卡用了多少另有记录，请写在“卡扣金额”列，即按消费计",
    row_kind_card_refund:
      "列“{column}”有 {count|#} 行写着“{values}”（第一行为第 {row} 行）：储值退款不是退货，退回的是没用完的储值余额，而这些会员的充值按 0 计、用储值的消费已计入，所以退卡按 0 计，不从消费中减去",
    card_amount_read:
      "列“{column}”读作用储值消费的金额（按消费计）：{count|#} 行（第一行为第 {row} 行）的消费金额取自此列，列“{amount}”为 0 或空白时取此列，两列都有金额时相加（同一数字写两次时只计一次）",
    card_amount_in_paid:
      "列“{column}”读作用储值消费的金额（按消费计）：{count|#} 行（第一行为第 {row} 行）。这张表的“{amount}”已含卡扣：只用卡扣的消费两列写同一个数（{same|#} 行，第一行为第 {sameRow} 行），所以两列金额不同的 {both|#} 行（第一行为第 {bothRow} 行）按“{amount}”计，不再加上卡扣；“{amount}”为 0 或空白时取卡扣金额",
    row_kind_unknown:
      "列“{column}”有 {count|#} 行的值不是已知的交易类型：{values}（第一行为第 {row} 行）。这些行仍按购买计入；如果是退货、作废或赠品，请写成“退货”“作废”“赠品”后重新运行",
    currency_column_mixed:
      "列“{column}”写着多种货币：{codes}（较少的货币最先出现在第 {row} 行）。金额按写的数字相加，没有换算，合计不属于任何一种货币，所以报表金额不显示货币符号。请把各货币分开分析，或先换算成同一种货币",
    many_blank_required:
      "{sheet}表 {read|#} 行中有 {rejected|#} 行（{share}）未使用：必填的“{column}”列为空，第一行为第 {row} 行{skippedNote}。{blankAdvice}",
    many_unreadable:
      "{sheet}表 {read|#} 行中有 {rejected|#} 行（{share}）未使用：“{column}”列中“{value}”这样的值无法识别为{expected}，第一行为第 {row} 行{skippedNote}",
  },
  expected: {
    id: "编号",
    date: "日期",
    datetime: "日期时间",
    amount: "金额",
    number: "数字",
    // A word first: "无法识别为评分（0–10 分）", not "无法识别为0–10 分" (stop-20 tester W5).
    score5: "评分（1–5 分）",
    score10: "评分（0–10 分）",
    // "无法识别为可识别的选项" said the same thing twice.
    enum: "列表中的选项",
    flag: "是/否",
    text: "文本",
  },
  input: {
    sheetsInWorkbook: "工作簿中的工作表：{names}",
    rowHere: "第 {row} 行",
    rowOfSheet: "“{sheet}”表第 {row} 行",
    noSheets: "无",
    sheetLooksLike:
      "“{name}”的列像是“{sheet}”表的列（{columns}）：如果它就是{sheet}表，请把它改名为“{sheet}”，然后重新分析",
    sheetsLookLike:
      "{count|# 个|# 个}工作表的列都像是“{sheet}”表的列（{columns}）：{list}。如果它们是按月或按年分开的{sheet}表，请把它们的行并到一个名为“{sheet}”的工作表（只留一个标题行），然后重新分析",
    /** 找不到的表：有工作表只缺一两个必需列（tester60 U102：各门店的订单表用“手机号”，没有“客户编号”）。 */
    sheetsLookLikeButFor:
      "{count|# 个|# 个}工作表有“{sheet}”表的列（{columns}），但缺少必需列{missing}：{list}。如果它们就是{sheet}表，请在这些表中补上或改名出{missing}列（例如按手机号区分客户时，把“手机号”列改名为“客户编号”，客户表中也用手机号作客户编号），然后重新分析",
    sheetLooksLikeTaken:
      "“{name}”被当作“{taken}”表，但它的列像是“{sheet}”表的列（{columns}）：如果它就是{sheet}表，请把它改名为“{sheet}”，然后重新分析",
    /** An optional input found by no sheet's name beside a sheet with its columns (tester55 U3). */
    optionalSheetLooksLike: "没有读取{sheet}表：工作簿中没有名为“{sheet}”的工作表。{like}。",
    asOfBeforeAllTransactions:
      "分析日期 {asOf} 早于最早的交易（{earliest}）：所有交易（{rows} 笔）都晚于分析日期，都未使用，报告将是空的。常见原因是分析日期（--as-of）的年份写错；请改正后重新分析",
    asOfBeforeSomeTransactions:
      "交易共 {rows|#} 行：其中 {after|#} 行晚于分析日期 {asOf}（最早 {earliest}），其余 {refused|#} 行也无法使用，没有可用的交易，报告将是空的。因其他原因未使用的行，最先几行：{examples}。常见原因是分析日期（--as-of）的年份写错；请改正分析日期和这些行后重新分析",
    /** 大多数其余行的客户编号不在客户表中：两张表用不同的列区分客户，原因多半不是日期（tester64 U195）。 */
    asOfBeforeSomeIdsDiffer:
      "交易共 {rows|#} 行：其中 {after|#} 行晚于分析日期 {asOf}（最早 {earliest}），其余 {refused|#} 行也无法使用，没有可用的交易，报告将是空的。因其他原因未使用的行，最先几行：{examples}。其中 {unknown|#} 行的客户编号不在客户表中：交易表和客户表多半用不同的列区分客户（例如一张用手机号，一张用昵称）。请让两张表用同一列作客户编号，并核对分析日期，然后重新分析",
    noCustomers:
      "{where}第 {row} 行是标题，其下没有数据行：没有客户就无从分析。常见原因是导出不完整或筛选未清除；请检查后重新分析",
    customersLookLikeOther:
      "{where}的 {rows|#} 行数据中有 {repeated|#} 行的客户编号与上方某行重复，且这些列像是“{sheet}”表的列（{columns}）：是否把别的文件或工作表当作客户表给了（例如把两个文件填反了）？请提供每个客户一行的客户名单，然后重新分析",
    customersAreOther:
      "{where}的列像是“{sheet}”表的列（{columns}），没有一列是客户自己的（如{fields}）：是否把别的文件或工作表当作客户表给了（例如把两个文件填反了）？请提供每个客户一行的客户名单，然后重新分析",
    customersAreOtherFile:
      "{where}的列像是“{sheet}”文件的列（{columns}），没有一列是客户自己的（如{fields}）：是否把文件填反了？如果它是{sheet}文件，请用 --{option} 给出；客户名单（每个客户一行）请用 --customers 给出，然后重新分析",
    customersLookLikeOtherFile:
      "{where}的 {rows|#} 行数据中有 {repeated|#} 行的客户编号与上方某行重复，且这些列像是“{sheet}”文件的列（{columns}）：是否把文件填反了？如果它是{sheet}文件，请用 --{option} 给出；客户名单（每个客户一行）请用 --customers 给出，然后重新分析",
    // A dependent sheet whose customer ID column is its own Record ID (HubSpot; reviewer55 R4).
    recordIdNotCustomer:
      "{where}的“{column}”列是这份导出自己的记录编号（HubSpot 交易导出的 Record ID 是交易本身的编号），不是客户编号：{rows|#} 行都对不上客户表。请在 HubSpot 导出交易时加上“Associated Company IDs”（关联的公司）列，然后重新分析",
    noTransactions:
      "{where}第 {row} 行是标题，其下没有数据行：没有交易就无法计算价值、阶段和流失风险。常见原因是导出时筛选未清除；请检查后重新分析",
    noUsableTransactions:
      "{where}的 {rows|#} 行数据都无法使用：没有交易就无法计算价值、阶段和流失风险。最先未使用的行：{examples}。{advice}",
    correctThem: "请改正后重新分析",
    allVoided:
      "如果这些订单已经成交、应计为销售，请导出已出库或已开票的单据（如销售单、销售出库单），或把列“{column}”改名（如“{column}（不读）”），本工具就不再读取此列、把各行都计为购买，然后重新分析",
    noUsableFormulas:
      "{where}的 {rows|#} 行数据都无法使用：必填项是公式，文件中没有保存它们的计算结果（{examples}）。写出此工作簿的程序没有计算公式：请用 Excel（或 LibreOffice）打开此工作簿并保存一次，计算结果就会保存下来，然后重新分析",
    formulaCellExample: "第 {row} 行 {letter} 列“{field}”",
    noUsableIdFormulas:
      "{where}的 {rows|#} 行数据都无法使用：其客户编号不在客户表中（最先未使用的行：{examples}）。原因在客户表：{cells|#} 个客户编号是公式，文件中没有保存其计算结果（第一个：{example}）。写出此工作簿的程序没有计算公式：请用 Excel（或 LibreOffice）打开此工作簿并保存一次，计算结果就会保存下来，然后重新分析",
    formulaCellsMore: "；另有 {more|#} 个单元格",
    mostlyUnreadable:
      "{where}的 {rows|#} 行数据中有 {rejected|#} 行无法使用：其“{column}”无法识别为{expected}（最先几行：{examples}），分析将遗漏其中大部分。{advice}",
    unreadableDates: "请把日期写成 ISO 日期（2023-01-01）或带四位年份（01/01/2023），然后重新分析",
    unreadableValues: "请改正该列（如果这些值在另一列，请改用那一列），然后重新分析",
    cellExample: "第 {row} 行“{value}”",
    rowExample: "第 {row} 行：{message}",
    rowExampleSeparator: "；",
    whereFile: "{input}文件 {file} ",
    whereSheet: "工作表“{sheet}”",
    fileProblem: "{input}文件 {file}：{problems}",
    sheetProblem: "工作表“{sheet}”：{problems}",
    headersFound: "找到的列名：{headers}",
    inFile: "{file}：{message}",
    cannotReadRules: "{file}：无法读取规则文件",
    invalidRules: "{file}：规则集无效：{problems}",
    cannotWriteJson: "{file}：无法写入 JSON 结果（{why}）",
    jsonWriterStopped:
      "{file}：无法写入 JSON 结果：写入线程意外停止（退出代码 {code}，可能是内存不足）。工作簿已写入；如需 JSON，请重新运行",
    inputMissing: "{file}：输入文件不存在",
    inputMissingAt: "{file}：输入文件不存在（查找位置：{path}）",
    inputInLaunchFolder:
      "{file}：npm 在项目文件夹中运行命令，那里没有这个文件（{path}）。它在你运行 npm 的文件夹中：请给出完整路径 {full}",
    optionFileMissing: "{file}：{option} 指定的文件不存在",
    sameFileTwice:
      "{file}：同一个文件给了两次，分别用 --{first} 和 --{second} 给出。这两个选项要的是各自的文件：{wants}。请为每个选项给出它自己的文件，然后重新分析",
    fileWantsCustomers: "--customers 要客户名单（每个客户一行）",
    fileWantsTransactions: "--transactions 要交易记录（每笔订单一行）",
    fileWantsSurveys: "--surveys 要满意度调查的答卷",
    fileWantsComplaints: "--complaints 要投诉记录",
    fileWantsContacts: "--contacts 要跟进记录（电话、拜访）",
    fileWantsVisits: "--visits 要上课或签到记录（消课记录、签到）",
    fileWantsSubscriptions: "--subscriptions 要订阅记录（状态、到期取消）",
    workbookNotCsvLacks:
      "“{file}”是 Excel 工作簿，不是 CSV 文件；它也没有{missing}工作表（{sheets}），所以直接分析它（analyze {typed}）也不行。请把{input}数据存为 CSV 文件（Excel：文件 > 另存为 > CSV UTF-8），用 --{option} 给出；或者在此工作簿中加入名为{named}的{count|工作表}，然后运行 analyze {typed}",
    outputNotCsv:
      "“{file}”是本工具生成的报告（其中的工作表：{tabs}），是 Excel 工作簿，虽然作为 CSV 文件给出；它不含客户或交易数据。请用 --{option} 给出{input}数据：生成这份报告所用的 CSV 文件，或从业务系统导出的 CSV 文件（Excel：文件 > 另存为 > CSV UTF-8）。如要查看与这份报告相比的变化，请把它改名为 .xlsx，再用 --previous 给出",
    missingOr: "和",
    sheetsAnd: "和",
    list: "；",
  },
  cli: {
    rulesValid: "{file}：规则集有效",
    error: "错误：{message}",
    internalError: "内部错误：{message}\n这是客户分析程序的缺陷；请连同您运行的命令一起报告。",
    cancelled: "已取消",
    sampleWritten:
      "{file}：{rows}；注入 {problems|#} 处数据问题；用时 {seconds} 秒，峰值内存 {mb} MB{size}",
    sampleSize: "，工作簿 {mb} MB",
    sampleSheet: "{sheet} {rows|#} 行",
    sampleSeparator: "，",
    outputWorkbook: "输出工作簿：{file}",
    refreshedInPlace: "已就地刷新 {file}（替换了原文件；要保留原文件，请用 -o 另取文件名）",
    jsonResult: "JSON 结果：{file}",
    runLine:
      "分析日期 {date}，规则集 v{version}（{hash}），分析用时 {analysisSeconds} 秒，含写入共 {seconds} 秒",
    sheetUnused: "（未使用：{why}）",
    sheetNotUsed: "未使用：{why}",
    rowsHeading: "行数（读取 / 使用 / 未用）：",
    /** 行数表中从预约登记读取的到诊（tester65 U215：原称“上课签到”）。 */
    appointmentsRows: "预约就诊",
    sheetsReadAs: "输入工作表：{list}",
    sheetReadAs: "{input}读自工作表“{sheet}”",
    sheetsNotRead:
      "未读取的工作表（{sheets|# 个|# 个}）：{list}（未作为任何输入读取；每项输入只读取名称最相符的一个工作表：{inputs}）",
    sheetStopList:
      "“{sheet}”像是不再联系或停止供货的客户名单，未读取。要让这些客户不被安排联系，请在客户表中为他们的“客户状态”列写“停止供货”或“不要联系”（或“已关门”“已搬走”），或在“备注”列写明原因：分析会读取这些",
    sheetPassedOver:
      "“{sheet}”的名称也表示{input}，但{input}只读取一个工作表：读取的是名称更相符的“{read}”；要改读“{sheet}”，请把“{read}”改名（任务窗格中也可直接选择工作表）",
    sheetPassedOverTie:
      "“{sheet}”的名称也表示{input}，但{input}只读取一个工作表：两个名称同样相符，读取的是排在前面的“{read}”；要改读“{sheet}”，请把“{read}”改名（任务窗格中也可直接选择工作表）",
    qualityLine: "数据质量：{problems|# 项|# 项}需要核对{notes}（“{tab}”表 {rows|# 行|# 行}）",
    qualityNotes: "，另有 {count|# 项|# 项}提示",
    qualityNotesOnly:
      "数据质量：没有需要核对的问题，{count|# 项|# 项}提示（“{tab}”表 {rows|# 行|# 行}）",
    qualityNone: "数据质量：没有需要说明的问题，每一行都按原样读取",
    segmentsHeading: "RFM 分群：",
    stagesHeading: "生命周期阶段：",
    riskHeading: "流失风险：",
  },
  progress: {
    read: "读取",
    analyze: "分析",
    write: "写入",
    rowsOf: "：{rows} / {total|#} 行",
    rowsSoFar: "：已处理 {rows|#} 行",
    rowsOfAbout: "：{rows} / 约 {total|#} 行",
    rows: "：{rows|# 行|# 行}",
    summary: "汇总客户",
    segments: "分析分群、生命周期与流失风险",
    followUps: "制定回访计划",
    satisfaction: "分析满意度与投诉",
    model: "拟合复购模型与客户终身价值",
    overview: "生成概览",
    churnRisk: "计算流失风险",
    churnLearn: "从历史学习流失风险",
    churnBacktest: "回测流失风险（模型验证）",
    changes: "对比上次运行的变化",
  },
  /** The command line's --help. */
  help: {
    text: `客户分析（Customer Analytics for Excel）命令行

用法：
  npm run cli -- analyze <工作簿.xlsx> [选项]
  npm run cli -- analyze --customers 客户.csv --transactions 交易.csv [--surveys 调查.csv]
                         [--complaints 投诉.csv] [--contacts 跟进.csv] [--visits 签到.csv]
                         [--subscriptions 订阅.csv] [选项]
  npm run cli -- rules --print            输出默认规则集（JSON），可在此基础上修改
  npm run cli -- rules --check rules.json 检查规则集并说明哪里有误

读取客户表和交易表（有满意度调查、投诉、跟进记录、上课签到、订阅表时一并读取；列名可为中文或英文），
写出一个新的工作簿：原输入表原样复制（.xlsx 输入时），再加上各分析表。
输入文件不会被修改；但输入本身是本工具的报告（名为 <名称>.analysis.xlsx，或由 -o 指定）时，
会就地刷新、替换原文件（要保留原文件，请用 -o 另取文件名）。

输入文件（CSV；列名可为中文或英文）。工作簿输入时，按工作表名称读取（如括号中的名称）：
  --customers 文件      客户名单，每位客户一行：客户编号、名称、负责人、电话、同意营销联系、状态、备注
                        （客户、学员、会员、Customers、Clients）
  --transactions 文件   购买和退货：客户编号、日期、金额（负数为退货）、订单号、产品、状态
                        （交易、订单、缴费记录、收款记录、Orders、Payments）
  --surveys 文件        满意度调查：客户编号、日期、总体满意度 1–5、推荐意愿 0–10
                        （满意度调查、评价、Surveys、Reviews）
  --complaints 文件     投诉：客户编号、接收时间、原因、状态、解决时间（投诉、客诉、售后、Complaints）
  --contacts 文件       跟进记录：客户编号、日期、方式、内容、结果（未接通、无人接听：未联系上）、
                        下次跟进（跟进记录、回访记录、Contacts、Call Log）
  --visits 文件         上课签到或预约：客户编号、日期、状态（缺勤、请假：不算上课；已到诊算来店，
                        爽约、取消写入流失原因，已预约的客户预约日之前不安排挽留联系）；
                        用于判断客户是否还在来，不计收入（消课记录、签到、考勤、Check-ins、
                        Attendance、预约登记、Appointments）
  --subscriptions 文件  订阅导出（Stripe 等）：客户编号、状态、到期取消、本期到期日、取消日期
                        （订阅、会员订阅、Subscriptions）

选项：
  -o, --out 文件       输出工作簿（.xlsx）；默认：输入文件旁的 <输入>.analysis.xlsx
                       （CSV 输入时：客户文件旁的 analysis.xlsx；输入本身是本工具的报告时，
                       即 <名称>.analysis.xlsx，就地刷新该报告；加 --share 时输出到输入旁的
                       <名称>.share.xlsx，CSV 输入时为 share.xlsx，绝不覆盖报告）
  --json 文件          另写出完整结果 JSON（结构见 schema/result.schema.json）
  --share              用于分享的工作簿：只含分析表（不复制输入表），电话和电子邮件地址打码（138****8000）
  --as-of 日期         分析日期（默认：今天）；晚于此日期的行会列出但不使用。
                       可写作 2025-12-31、2025/12/31、20251231、2025年12月31日 或 31 Dec 2025
                       （数据中的日期写法均可）；03/04/2025 无法确定日月顺序，不接受
  --lang zh-CN|en-US   分析表和提示的语言（默认：工作簿上次分析所用语言，否则按列名，否则看文件名
                       是否含中文，否则按系统语言；出错时按当时已知的第一项）
  --rules 文件         规则集 JSON（可从 "rules --print" 开始）；默认：内置规则
  --previous 文件      与这次较早的运行比较（.analysis.xlsx 或 --json 结果），写入“变化”表；
                       默认：输入工作簿中上次分析的结果
  -q, --quiet          不显示进度和摘要（错误，以及你在回访计划中手填的内容未能保留的警告，
                       仍输出到 stderr）
  -h, --help           显示本说明

退出码：
  0  成功
  2  输入有误：缺少文件、工作表或必需的列，规则集或选项无效；
     stderr 上的一行说明是哪个文件、工作表和列
  1  程序缺陷：请连同所运行的命令一起报告
`,
  },
  runSource: {
    cli: "命令行",
    "add-in": "加载项",
  },
  validationCard: {
    title: "流失风险准不准？（回测）",
    period:
      "{learned} 学习的模型为 {scored} 的 {customers|#} 位客户打分，与截至 {outcome} 的实际购买比较",
    ranked:
      "任取一位之后没再购买的客户和一位仍在购买的客户，各方法把前者排在前面的比例（抛硬币为 50%）",
    rankChurn: "流失风险",
    rankAlive: "复购模型",
    rankRecency: "只看多久没买",
    rankHint: "流失风险应高于“只看多久没买”，否则直接按多久没买排序就够了。",
    aucTip: "{name} {auc}",
    aucChurn: "AUC 流失风险",
    aucAlive: "AUC 1 − 存活概率（MBG/NBD）",
    aucRecency: "AUC 仅按距上次购买",
    level: "等级",
    customers: "客户数",
    stated: "预测",
    observed: "实际",
    more: "AUC、十分位、购买次数与阶段变化：见“{tab}”表",
  },
  backtest: {
    header:
      "分析日期 {asOf}（{seconds} 秒）：流失风险由 {learned} 时的客户及其到 {asOf} 的购买学习得到（{customers|#} 位客户）",
    headerDefault: "分析日期 {asOf}（{seconds} 秒）：流失风险采用默认权重（历史太短，无法学习）",
    period:
      "  回测：以 {learned} 学到的模型为 {scored} 时的客户打分；结果：到 {outcome} 为止的购买（{days} 天）",
    scored: "  打分客户（不含流失期客户）：{customers}；未再购买：{rate}",
    auc: "  AUC  流失风险 {churn}   1 − 存活概率 {alive}   仅按距上次购买天数 {recency}",
    caught: "  风险最高的 10% 中抓到的未购买者：{top10}，前 20%：{top20}",
    brier: "  Brier 分数  流失风险 {churn}   所有人用同一比例 {base}   （越低越好）",
    levelHead: "  等级        客户数    预测      实际",
    bandHead: "  概率区间    客户数    预测      实际",
    decileHead: "  十分位  客户数    平均概率  实际",
    purchases:
      "  期内购买次数（{customers|#} 位客户{population}）：预测 {predicted}，实际 {actual}",
    withChurned: "，含流失期客户",
    byEarlier:
      "    此前重复购买 {repeat} {n|次}：{customers} 位客户，预测 {predicted}，实际 {actual}",
    stages: "  阶段变化：{customers} 位中 {changed} 位（{share}{population}）；最多：{most}",
    noBacktest: "无回测",
    /** Between the most common stage changes. */
    separator: "，",
    /** `npm run backtest -- --help` (cliWords.ts). */
    help: BACKTEST_HELP_ZH,
  },
  /** The follow-up schedule (helper "schedule"). */
  followUp: {
    churnedCampaign: "挽回活动（已流失）",
    oneTimeBuyerCampaign: "一次性购买客户关怀活动（批量短信或邮件）",
    openComplaint: "未解决的投诉：{cause}，{date} 收到（已 {days} 天）",
    openComplaintSaid: "未解决的投诉：{cause}，{date} 收到（已 {days} 天）：“{said}”",
    noteHeader: "说明（排序：日期、负责人、优先级、逾期天数）",
    plannedNote: "见“{tab}”，按日期 → 负责人 → 优先级（紧急在前）→ 涉及金额排序",
    summaryHeadline:
      "回访计划：已安排 {planned} 个（其中逾期 {overdue} 个），未安排 {unscheduled} 个",
    summaryHeadlineFirst:
      "回访计划：已安排 {planned} 个（首次分析：其中 {due} 个此前未安排、现在到期，不算逾期；逾期 {overdue} 个），未安排 {unscheduled} 个",
    summaryWeeks: "每周联系数（周一起）：{weeks}",
    summaryNoOwner: "（未指定）",
    summaryMoreOwners: "另有 {count} 位负责人",
    summaryUnscheduled: "未安排：{why} {count}",
    summaryUnscheduledWhere: "未安排的原因和建议做法：见“{tab}”表的未安排名单",
    summaryInstead: "计划期内电话名额已满、改为邮件或短信的逾期新客户回访 {count}",
    summaryNoPhone: "客户无电话号码、改为邮件的电话或消息联系 {count}",
    summaryNoEmail: "客户无邮箱地址、改为在线消息的邮件联系 {count}",
    summaryAskedChannel:
      "客户要求不打电话、只用某一渠道（如“不要打电话，发微信”），改用该渠道的联系 {count}",
    summaryChurnedNotListed:
      "另有 {count} 位已流失客户未列入挽回名单（累计消费合计 {value}，流失价值中最小的一部分）：见“{tab}”，生命周期阶段“{stage}”",
    calendarEnds:
      "节假日日历只到 {until}：计划期内 {past|#} 个联系排在此后。此后的法定节假日（元旦、除夕和春节、清明、劳动节、端午、中秋、国庆）已不排联系，但 {next} 年的调休（与周末连休的放假日、补班的周末）要等国务院办公厅的放假通知：通知发布后，在规则集 followUp.extraHolidays 和 followUp.extraMakeUpWorkdays 中补充；followUp.extraMakeUpWorkdays 中有日期的年份即视为已公布，本提示不再出现（见 docs/DESIGN.md 的“Holidays”一节）。",
    /** calendarEnds 的简短说法，在概览和任务窗格中（tester55 U18：规则集字段名不给店主看）。 */
    briefCalendarEnds:
      "本工具的节假日日历还没有 {next} 年的调休安排：排在 {until} 之后的 {past|#} 个联系已避开法定节假日，调休（放假和补班）未计入；国务院办公厅的通知发布后请更新规则集。",
    /** followUp/warnings.ts：规则集的节假日日历为空，法定节假日也未避开（sched53）。 */
    calendarNone:
      "规则集的节假日日历为空（followUp.holidays）：计划期内 {past|#} 个联系只避开了周末，法定节假日（元旦、除夕和春节、清明、劳动节、端午、中秋、国庆）和调休都没有考虑。请恢复默认的 followUp.holidays 和 followUp.makeUpWorkdays，或在 followUp.extraHolidays 和 followUp.extraMakeUpWorkdays 中填写放假和补班的日期（见 docs/DESIGN.md 的“Holidays”一节）。",
    /** followUp/warnings.ts holiday_calendar：日历按金额的币种选定（tester60 U103：美国的经销商用了中国的日历）。 */
    calendarByCurrencyUs:
      '节假日日历：金额的币种是 {currency}，回访不排在美国联邦假日（按实际放假日：元旦、马丁·路德·金纪念日、总统日、阵亡将士纪念日、六月节、独立日、劳动节、哥伦布日、退伍军人节、感恩节、圣诞节），不用中国的节假日和调休。要用中国的法定节假日和调休，或只避开周末，请在规则集 followUp.calendar 中填写 "CN" 或 "none"（任务窗格：规则 → 节假日日历）。',
    briefCalendarByCurrencyUs:
      "金额以 {currency} 计：回访避开美国联邦假日（感恩节、圣诞节等），不用中国的节假日；可在规则中改用中国的节假日或只避开周末。",
    calendarByCurrencyNone:
      '节假日日历：金额的币种是 {currency}，本工具没有这个币种所在地的节假日日历：回访只避开周末，不用中国的节假日和调休。请在规则集 followUp.extraHolidays 中填写放假日期；要用中国或美国的日历，在 followUp.calendar 中填写 "CN" 或 "US"（任务窗格：规则 → 节假日日历）。',
    briefCalendarByCurrencyNone:
      "金额以 {currency} 计，本工具没有对应的节假日日历：回访只避开周末；可在规则中填写放假日期或选择日历。",
    /** followUp/warnings.ts holiday_calendar：表头是中文，币种虽非人民币仍用中国的日历（reviewer61 R5：外贸公司以美元记账）。 */
    calendarByLanguage:
      '节假日日历：金额的币种是 {currency}，但表格的表头是中文，回访仍按中国的法定节假日和调休安排（员工按中国的假期休息）。要用美国联邦假日或只避开周末，请在规则集 followUp.calendar 中填写 "US" 或 "none"（任务窗格：规则 → 节假日日历）。',
    briefCalendarByLanguage:
      "金额以 {currency} 计，但表头是中文：回访仍避开中国的节假日和调休；可在规则中改用美国联邦假日或只避开周末。",
    /** followUp/warnings.ts holiday_calendar：没有币种，表头和客户名称都是英文，用美国联邦假日（reviewer61）。 */
    calendarByEnglish:
      '节假日日历：没有注明币种，表格的表头和客户名称都是英文，回访不排在美国联邦假日（按实际放假日：元旦、马丁·路德·金纪念日、总统日、阵亡将士纪念日、六月节、独立日、劳动节、哥伦布日、退伍军人节、感恩节、圣诞节），不用中国的节假日和调休。要用中国的法定节假日和调休，或只避开周末，请在规则集 followUp.calendar 中填写 "CN" 或 "none"（任务窗格：规则 → 节假日日历）；其他放假日期填在 followUp.extraHolidays 中。',
    briefCalendarByEnglish:
      "没有注明币种，表格是英文的：回访避开美国联邦假日（感恩节、圣诞节等），不用中国的节假日；可在规则中改用中国的节假日或只避开周末。",
    noOwners:
      "客户表没有填写负责人：回访计划按一个人的名额安排，都记在“{none}”名下（每个工作日的名额：电话 {calls}，拜访 {visits}；见规则集 followUp.dailyCapacity 和 followUp.channelCapacity）。计划期内排了 {planned} 个联系，{left} 个因名额已满未安排（见“{tab}”表的未安排名单）。请在客户表的“负责人”列为客户填写负责人后重新运行：每位负责人的联系会按各自的名额安排。",
    noOwnersNoLimit: "不限",
    ownersLeft:
      "“{sheet}”表的负责人中写着已离职：{names}，共 {customers} 位客户。这些客户的回访已由其他负责人轮流跟进（计划中注明“{marker}”）。如要指定接手人，请在“{sheet}”表的“负责人”列改写后重新运行。",
    doNotContact:
      "{count} 位客户要求勿联系（客户表备注或状态 {customers} 位，跟进记录备注 {contacts} 位，如“{example}”）：回访计划不为他们安排任何联系，只列在“{tab}”表的未安排名单中并注明出处。流失风险照常计算：其中 {atRisk} 位有流失风险，请勿人工致电。客户同意再联系后，在跟进记录中写明（如“可以再联系”），或删去客户表中的相关备注，然后重新运行。",
    briefDoNotContact:
      "{count} 位客户要求勿联系：回访计划不安排任何联系（其中 {atRisk} 位有流失风险），请勿人工致电。",
    ownersAllLeft:
      "“{sheet}”表的负责人都写着已离职：{names}，共 {customers} 位客户。没有其他负责人可以跟进，回访仍按原负责人安排。请在“{sheet}”表的“负责人”列写上接手人后重新运行。",
    staleData:
      "数据可能已过期：分析日期 {asOf} 比最新{what}（{newest}）晚 {gap} 天。本次按 {asOf} 分析：{customers} 位客户中 {churned} 位（{share}）已超过 {churnedDays} 天未购买，计为已流失；其余客户的阶段和流失风险（高风险 {high} 位）也按这段空白计算，反映的是数据没有更新，不是客户的现状。请更新数据，或按数据日期 {newest} 分析（命令行：--as-of {newest}）。",
    /** followUp/warnings.ts revenueWarning：概览的收入不大于 0（review 44）。 */
    /** followUp/warnings.ts inItsSheet：某表的问题作为运行警告，带表名（退货写成正数、币种混用、类型列说不是购买的行）。 */
    findingInSheet: "{where}：{message}。",
    /** followUp/warnings.ts rowKindsUnknownWarnings：一项输入按期间分表读取时，多个表同一类型列的未知值合为一行（tester65 U213）。 */
    rowKindsUnknownSheets:
      "{sheets}：列“{column}”有的行的值不是已知的交易类型（例如：{values}），详见“数据质量”表。这些行仍按购买计入；如果是退货、作废或赠品，请写成“退货”“作废”“赠品”后重新运行。",
    /** followUp/listedRowsNotUsed.ts noYearRowsWarning：日期没有年份而未计入的交易行数和金额（fix65e 对 tester65 U201 的记录）。 */
    noYearRowsNotUsed:
      "{list}：{count|#} 行交易的日期没有写年份，未计入本报告，金额共 {amount}（占全部交易金额的 {share}%）：收入、客户分类、流失风险和回访都按缺了这些交易的数据得出。请把年份写上（如 2026/1/8），或在工作表名称或标题中写明年份（如“2026年1月”）后重新分析（详见“{tab}”表）。",
    listedRowsNotUsed:
      "{where}：有 {count|#} 行未计入的交易属于流失风险名单或回访计划上的客户：{list}{more}。这些客户的风险和回访按缺了这些交易的数据得出；请改正后重新分析（详见“{tab}”表）。",
    listedRowNotUsed: "{id}（第 {row} 行，{why}）",
    rowOnSheet: "{row}（“{sheet}”）",
    idsMasked:
      "“{sheet}”表的 {total|#} 个客户编号中有 {count|#} 个是打了码的号码（如 {example}）：露出的数字相同的买家是同一个编号，不同的买家因此被合并成一位客户，购买、风险和回访都算在一起。请改用能区分买家的列（店铺导出中的买家 ID、会员 ID 或用户 ID）作为客户编号（两张表都要改），然后重新分析。",
    listedRowsMore: "，另有 {count|#} 位",
    notUsedNoYear: "日期没有年份",
    notUsedDate: "日期无法识别",
    notUsedAmount: "金额无法识别",
    notUsedImplausibleAmount: "金额不可能是一笔消费，如手机号码",
    notUsedNoId: "没有客户编号，此行写着该客户的名称",
    rowNotUsedReason: "{where}第 {row} 行的一笔交易未计入（{why}）",
    rowsNotUsed:
      "{where}：{read|#} 行中有 {unused|#} 行未计入本报告（值无法识别或必填项为空，或为合计行、空行），报告中的收入、客户数等数字不含这些行。详见“{tab}”表。",
    /** followUp/warnings.ts unknownCustomersWarnings：客户编号不在客户表中的行（tester60 U95）。 */
    unknownCustomersNotUsed:
      "{where}：{read|#} 行中有 {count|#} 行的客户编号不在客户表中，未计入本报告（收入、客户数、购买节奏等都不含这些行），第一处是第 {row} 行（“{id}”），详见“{tab}”表。",
    unknownCustomersMasked:
      "其中 {count|#} 行的客户编号是打了码的号码（如 {example}，外卖、电商平台的订单常这样导出），无法对应到客户表中的客户：这些订单不计入任何客户。如要计入，请用平台导出的会员 ID、用户 ID 或完整手机号作为客户编号，然后重新运行。",
    unknownCustomersWalkIn:
      "其中 {count|#} 行的客户编号是“{example}”这类散客记法（没有登记的顾客）：这些销售不属于任何客户，不计入客户的各项数字，不必补进客户表。",
    unknownCustomersAdd:
      "如这 {count|#} 行是客户表漏登的客户，请在客户表中补上；如是编号写错，请改正后重新运行。",
    duplicatesNotUsed:
      "{where}：有 {count|#} 行与前面某一行完全相同（客户、日期、金额、订单号、产品、数量），同一订单行只计一次，这些行未计入本报告，第一处是第 {row} 行。如确是另一笔交易，请改正其订单号后重新运行。详见“{tab}”表。",
    paidTwiceNotUsed:
      "{where}：有 {count|#} 行与前面某一行只有支付方式不同，备注中也没有写明分笔付款：按同一笔重复录入读取，这些行未计入本报告，第一处是第 {row} 行。如确是一笔分两种方式付款，请在备注中写明“分两笔付”后重新运行。详见“{tab}”表。",
    revenueNotPositive:
      "{from} 至 {to} 的收入合计为 {revenue}，不大于 0，不能作为占比的基数：按价值层级和 RFM 分群的收入占比已留空。退货超过购买（金额多写了位数等，见“{tab}”表）会如此；请核对退货后重新运行。",
    csvWindows1252:
      "以下 CSV 文件按 Windows-1252（西欧字符编码，西文版 Excel“CSV（逗号分隔）”的保存格式）读取：{files}。上述 {count} 个文件不是 UTF-8，也没有字节顺序标记（BOM）。如各表中的带重音字母显示不对（Müller 显示为 M黮ler 或 MÃ¼ller），请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新运行。",
    /** followUp/warnings.ts visits_read：读取了上课签到表（tester61 U112）。 */
    visitsRead:
      "已从{place}读取上课签到：{customers|#} 位客户的 {count|#} 次上课/签到。有上课签到又有购买的客户，是否还在来按上课签到判断，不按缴费：预付课时、储值或仍在扣费的会员一直在来，不算有流失风险；不再来的，即使仍在扣费也算有风险。收入、消费金额和 RFM 的频次（F）、金额（M）评分仍只按交易计算（上课签到不是销售）；RFM 的最近一次（R）按最近一次上课/签到评分。",
    /** followUp/warnings.ts visits_read：从预约表读取的到诊（诊所、宠物医院的预约登记；tester65 U215）。 */
    visitsReadAppointments:
      "已从{place}读取预约就诊：{customers|#} 位客户的 {count|#} 次到诊。有到诊又有购买的客户，是否还在来按到诊判断，不按缴费：预付疗程、储值或仍在扣费的客户一直在来，不算有流失风险；不再来的，即使仍在扣费也算有风险。收入、消费金额和 RFM 的频次（F）、金额（M）评分仍只按交易计算（到诊不是销售）；RFM 的最近一次（R）按最近一次到诊评分。",
    /** followUp/warnings.ts visits_read：预约表的爽约、取消和待到诊的预约，接在上句之后（tester63 U168）。 */
    visitsAppointments:
      "另有 {missed|#} 次爽约或取消（写入流失原因），{booked|#} 个待到诊的预约（{days|#} 天内的预约：预约日之前不安排挽留联系，预约日之后仍未到诊再联系；更远的预约照常联系）。",
    /** followUp/warnings.ts visits_read：签到表旁预约表中待到诊的预约，接在上句之后（fix64l）。 */
    visitsBookingsBeside:
      "另从“{sheet}”读取 {booked|#} 个待到诊的预约（{days|#} 天内的预约：预约日之前不安排挽留联系，预约日之后仍未到诊再联系；更远的预约照常联系）；是否到诊仍按上课签到判断。",
    /** followUp/warnings.ts visits_read：过去的预约多数仍为“已预约”，按到诊计入，接在上句之后（reviewer64 H8）。 */
    visitsBookedAsVisits:
      "其中 {count|#} 条过去的预约状态仍为“已预约”：过去的预约多数没有登记到诊结果，看来状态从未更新，按已到诊计入。",
    /** followUp/warnings.ts visits_read：上课签到表已过期，未用于判断（reviewer62 R2）。 */
    visitsStale:
      "已从{place}读取上课签到（{customers|#} 位客户的 {count|#} 次上课/签到），但其最后一条记录比最新交易早 {days|#} 天，看来已过期：未用于判断，客户是否还在来仍按缴费判断。请导出最新的上课签到记录后重新运行。",
    /** followUp/warnings.ts visits_read：仍在来的学员都在几天内同时停止，看来签到表没有导出到最新（newuser62 M4b）。 */
    visitsStopped:
      "已从{place}读取上课签到（{customers|#} 位客户的 {count|#} 次上课/签到），但其中最后一次上课/签到在 {end}，比分析日期早 {days|#} 天：当时仍在来的 {regulars|#} 位客户都停在 {from} 至 {end} 这几天。客户是一个个流失的，所有人同时停止更像是签到记录没有导出到最新（或停课放假），不能看作大家都不来了：上课签到按 {end} 判断（各人节奏截至当天），缴费和金额仍按分析日期。请导出最新的上课签到记录后重新运行。",
    /** 没有读取的工作表，列像是某项输入的（tester65 U222：WooCommerce 的 Notes、门店按手机号记的流水）。 */
    inputSheetUnread:
      "工作表“{name}”没有读取，其中的数据不在本报告中：它有“{input}”表的列（{columns}）{read}。如果它也是{input}：{into}（列名相同），然后重新运行",
    inputSheetJobs:
      "工作表“{name}”没有读取：它看来是“{sheet}”表中发票所开的工单，是同一批工作，所以不把它的行加进交易（加进去同一笔钱会算两次）。无需处理：金额以“{sheet}”表为准",
    /** 没有读取的储值卡流水（充值和刷卡扣款），交易读自别的表（tester70 U600）。 */
    inputSheetStoredValue:
      "工作表“{name}”没有读取：它的名称说的是储值（充值和刷卡扣款），不是销售，充值也不是购买；交易读自工作表“{sheet}”。无需处理，不要把它的行并到“{sheet}”表中（刷卡消费已在那里，会把同一笔钱算两次）",
    inputSheetUnreadFrom: "，而“{input}”读自工作表“{sheet}”（每项输入只读取一个工作表）",
    inputSheetUnreadInto: "请把它的行并到“{sheet}”表中",
    inputSheetUnreadNamed: "请把它的行并到名为“{input}”的工作表中",
    returnsSheetUnread:
      "以下 {count} 个工作表看来记录的是退货，没有读取：{list}。收入、购买次数和最近购买日期都没有减去其中的退货。要计入，请把退货行并到“{sales}”表中，金额写成负数（或加一列“类型”写“退货”），然后重新运行。",
    returnsSheetMoney: "其中退款共 {amount}，相当于收入的 {share}%。",
    csvFile: "“{file}”",
    csvFilesSeparator: "、",
    staleDataSiblings:
      "另外，只读取了工作表“{sheet}”，同类的工作表未读取：{list}。较新的交易如在那里，请把它们的行并到一个工作表后重新分析，而不是改分析日期。",
    staleDataWhatSale: "交易",
    staleDataWhatVisit: "上课签到",
    staleDataLater:
      "（另有 {later} 笔交易晚于 {newest}，最晚 {latest}：个别日期，看来是录错或预填，未作为数据日期）",
    trendPeriodShort:
      "规则集的趋势期（lifecycle.trendPeriodDays）为 {days} 天，不到客户通常购买间隔（{gap} 天）的两倍：按此平均节奏随机购买的客户，有 {share} 的时候在 {days} 天内没有购买；复购客户在趋势期内没有购买、且距上次购买已超过自身通常间隔的，即判为衰退期（只在两天购买过的，不看间隔）。目前 {decline} 位衰退期客户中，有 {byPeriod} 位只因趋势期这么短才列入：他们在最近 {least} 天内有购买，未购买的天数不到自身通常间隔的 {factor} 倍，不算逾期{ids}。{advice}",
    trendPeriodIds: "：{ids}",
    trendPeriodIdsMore: "：{ids}，另有 {more} 位（命令行的 --json 结果中列出全部）",
    trendPeriodIdSeparator: "、",
    trendPeriodAdvice:
      "请设为 {least} 天或以上（默认 {default} 天），或在解读生命周期阶段时考虑这一点。",
    trendPeriodAdviceCapped:
      "趋势期最长可设到流失天数（churn.churnedAfterDays）{least} 天：超过这么久未购买的客户无论趋势期多长都算已流失。或在解读生命周期阶段时考虑这一点。",
    modelFitUnsettled:
      "复购模型无法从 {buyers|#} 位已购买客户{repeat}确定其参数：{how}。{rough}：预期购买次数、预计下次购买日期和客户终身价值宜看作客户之间的先后，而非次数或金额本身；存活概率（JSON）往往偏高。{done}",
    unsettledRepeatSome: "（其中 {repeat} 位在两天或以上购买）",
    unsettledRoughFew:
      "这样的数据量下模型的数字较粗（购买客户少于约 {stable} 位时，换一批数据，这些数字就会有较大变化）",
    unsettledRoughMany: "用这份数据，模型的数字较粗",
    unsettledRepeatAll: "（都在两天或以上购买）",
    unsettledRanOff: "一个参数跑到了极端值",
    unsettledNotConverged: "拟合在收敛前停止",
    unsettledExtreme: "一个参数停在极端值",
    unsettledDoneRefit:
      "本次运行已用小的惩罚项（model.penalty {penalty}）重新拟合并采用其结果，数字因此更稳定：规则集的 model.penalty 为 0（默认）时不用惩罚项，除非拟合不稳定，此时改用 {penalty}；设为大于 0 的值则按所设值。",
    unsettledDoneKept:
      "用小的惩罚项（model.penalty {penalty}）重新拟合也未成功，本次运行采用原拟合。",
    unsettledDonePenalty: "这是在规则集已设惩罚项（model.penalty {penalty}）下的结果。",
    unsettledDoneUnsettled:
      "用小的惩罚项（model.penalty {penalty}）重新拟合也不稳定，本次运行采用原拟合。",
    unsettledDoneDeclined:
      "用小的惩罚项（model.penalty {penalty}）重新拟合会使只购买过一次的客户没有终身价值，本次运行采用原拟合。",
    spendFitUnsettled:
      "客户终身价值所用的消费金额模型无法从 {buyers|#} 位复购客户确定其参数：{how}。客户终身价值宜看作客户之间的先后，而非金额本身。{done}",
    modelFiguresBlank:
      "{buyers|#} 位已购买客户中有 {count|#} 位的预期购买次数（{days} 天）或客户终身价值（{months} 个月）无法计算：模型没有给出有限值（数据少时拟合参数可能走到极端值；复购金额合计为 0 的客户没有消费可依据）。这些单元格留空（JSON 结果中 modelNote 为 not_computable）。{advice}",
    modelFiguresBlankRefit:
      "本次运行已用小的惩罚项（model.penalty {penalty}）重新拟合不稳定的拟合（见关于模型的警告）；可在规则集中设更大的 model.penalty（--rules）后重试。",
    modelFiguresBlankTry:
      "小的惩罚项可能使拟合稳定：在规则集中设 model.penalty {penalty}（--rules）后重试。",
    modelFiguresBlankLarger:
      "这是在规则集的 model.penalty {penalty} 下的结果；设更大的惩罚项可能使拟合稳定。",
    oneTimeValueBlank:
      "{buyers|#} 位已购买客户中只购买过一次的 {count|#} 位，客户终身价值（{months} 个月）留空：只购买过一次的客户按消费金额模型的平均每次消费计算，本次为 {mean}，高于所有复购客户的平均消费（最高 {largest}），不能作为估计，未采用（JSON 结果中 modelNote 为 not_computable）。他们的预期购买次数，以及复购客户的客户终身价值，照常给出。消费数据的尾部太重，模型给不出平均消费。",
    oneTimeValueBlankPenalty:
      "{buyers|#} 位已购买客户中只购买过一次的 {count|#} 位，客户终身价值（{months} 个月）留空：只购买过一次的客户按消费金额模型的平均每次消费计算，本次为 {mean}，高于所有复购客户的平均消费（最高 {largest}），不能作为估计，未采用（JSON 结果中 modelNote 为 not_computable）。他们的预期购买次数，以及复购客户的客户终身价值，照常给出。规则集的惩罚项（model.penalty {penalty}）把消费金额模型推到了这一步：可在规则集中设 model.penalty 0（--rules）后重试。",
    modelNotFitted:
      "{buyers} 位已购买客户的预期购买次数（{days} 天）、客户终身价值（{months} 个月）和预计下次购买日没有给出：复购模型无法用这份数据拟合：{why}。客户分类表不含这几列，JSON 结果中 modelNote 为 model_not_fitted。客户分类、流失风险和回访计划不依赖该模型。",
    spendModelNotFitted:
      "{buyers} 位已购买客户的客户终身价值（{months} 个月）没有给出：消费金额模型无法拟合：{why}。客户分类表不含该列，JSON 结果中 modelNote 为 spend_model_not_fitted。",
    briefModelFitUnsettled:
      "预期购买次数、预计下次购买日和客户终身价值只是粗略估计：已购买客户只有 {buyers|#} 位，复购模型算不稳（约需 {stable|#} 位）。可用来给客户排先后（谁更可能再买、谁价值更高），不宜当作准确数字。{affected}",
    briefModelFitUnsettledMany:
      "预期购买次数、预计下次购买日和客户终身价值只是粗略估计：复购模型用这份数据算不稳（已购买客户 {buyers|#} 位）。可用来给客户排先后（谁更可能再买、谁价值更高），不宜当作准确数字。{affected}",
    briefModelFitAffected: "客户分类和生命周期阶段不受影响；流失风险部分依据这个模型的数字。",
    briefSpendFitUnsettled:
      "客户终身价值只是粗略估计：消费金额模型从 {buyers|#} 位复购客户的消费中算不稳。可用来比较客户价值的高低，不宜当作准确金额；收入、价值层级和客户分类按实际消费计算，不受影响。",
    briefModelFiguresBlank:
      "{buyers|#} 位已购买客户中有 {count|#} 位的预期购买次数或客户终身价值为空（不是 0）：模型用这份数据算不出。这些客户请按消费金额和流失风险判断。",
    briefOneTimeValueBlank:
      "只购买过一次的 {count|#} 位客户没有客户终身价值（为空，不是 0）：模型给不出可信的平均每次消费。复购客户的终身价值和所有客户的预期购买次数照常给出。",
    briefModelNotFitted:
      "本次没有预期购买次数、客户终身价值和预计下次购买日：{why}。客户分类、流失风险和回访计划照常给出。",
    briefSpendModelNotFitted:
      "本次没有客户终身价值：{why}。预期购买次数、客户分类、流失风险和回访计划照常给出。",
    briefTrendPeriodShort:
      "衰退期人数偏多：{decline} 位衰退期客户中有 {byPeriod} 位只因规则集的趋势期（{days} 天）太短而列入：他们最近 {days} 天没有购买，但仍在自己通常的购买节奏内（客户通常约每 {gap} 天购买一次）。{advice}",
    misspeltColumn:
      "{where}的列“{column}”未识别，已忽略（是否应为“{suggestion}”？）：全部 {rows|#} 行都按没有“{field}”读取。请核对列名，改正后重新运行。",
    misspeltOwner:
      "{where}的列“{column}”未识别，已忽略（是否应为“{suggestion}”？）：每位客户都按没有负责人读取，已安排的 {calls|#} 个联系都没有负责人，记在{none}名下。请核对列名，改正后重新运行。",
    misspeltPhone:
      "{where}的列“{column}”未识别，已忽略（是否应为“{suggestion}”？）：每位客户都按没有电话读取，已安排的 {count|#} 个电话联系都没有号码。请核对列名，改正后重新运行。",
    misspeltEmail:
      "{where}的列“{column}”未识别，已忽略（是否应为“{suggestion}”？）：每位客户都按没有邮箱读取，已安排的 {count|#} 个邮件联系都没有邮箱地址。请核对列名，改正后重新运行。",
    misspeltConsent:
      "{where}的列“{column}”未识别，已忽略（是否应为“{suggestion}”？）：每位客户都按未同意营销联系读取，{count|#} 个营销类联系因此未安排。请核对列名，改正后重新运行。",
    misspeltInSheet: "“{sheet}”表",
    misspeltInFile: "文件“{file}”",
    sheetOfFile: "“{file}”的“{sheet}”表",
    /** inputPlace: an input a run of files has no file for (reviewer55 L7). */
    inputFileOption: "{input}文件（命令行：--{kind}）",
    misspeltOwnerNoCalls:
      "{where}的列“{column}”未识别，已忽略（是否应为“{suggestion}”？）：每位客户都按没有负责人读取。请核对列名，改正后重新运行。",
    typedNotesOff:
      "{tab}中有 {off} 行你手填的内容（状态、沟通要点、说明）在本次刷新中找不到该客户的回访行（客户已不在计划中、回访次数减少，或手填状态的那次回访已结束，即之后有跟进或购买记录：状态及同一行的说明只随该客户仍未完成的那次回访）：已保留在{tab}中已安排的回访之后、未安排名单之前，回访原因以“{label}”开头；另有 {carried} 行已带入该客户的回访行。",
    typedNotesNotRead:
      "{tab}有 {count} 行，但找不到“{column}”列（列名被改或被删除？）：其中手填的内容（状态、沟通要点、说明）无法对应到客户，本次刷新已重写该表。如需保留，请在报告的旧副本中恢复列名后再刷新。",
    scheduleStateChanged:
      "工作簿中记录本工具在{tab}所写内容的隐藏运行状态在写入后被改动（例如在 LibreOffice 中保存过）：本次按文字判断哪些是你手填的，负责人和回访日期的改动不作核对。下次刷新会重新记录。",
    // A column added beside a typed tab under no header (report/addedColumns.ts).
    addedColumnUnheaded: "无标题列 {letter}（第一格 {cell}）",
    scheduleColumnsNotKept:
      "你在{tab}中添加了 {count} 列，有内容的共 {rows} 行：{columns}。所加的列没有带入刷新后的{tab}，因为刷新会重写该表。请把备注写在状态、沟通要点或说明列中（会被带入），或写在你自己的工作表中。",
    atRiskColumnsNotKept:
      "你在{tab}中添加了 {count} 列，有内容的共 {rows} 行：{columns}。所加的列没有带入刷新后的{tab}，因为刷新会重写该表。请把这些内容写在你自己的工作表中，或写在{schedule}的状态、沟通要点或说明列中（会被带入）。",
    typedStatusesDropped:
      "{tab}中有 {count} 个你手填的状态所在的回访已不在计划中（保留为“{label}”行），{when}早于本次分析日期 {days} 天以上（至少已保留过一次），本次不再保留{ids}。如仍需要，请在该客户当前的回访行重新填写。",
    typedNotesDropped:
      "{tab}中有 {count} 行你手填的内容（状态、沟通要点、说明）所在的回访已不在计划中（保留为“{label}”行），{when}早于本次分析日期 {days} 天以上（至少已保留过一次），本次不再保留{ids}。如仍需要，请重新填写在该客户当前的回访行或你自己的工作表中。",
    typedDroppedDated: "其应回访日期和原定回访日期都",
    typedDroppedSince: "其首次保留的日期",
    typedDroppedBoth: "其应回访日期和原定回访日期（两者都没有的行：首次保留的日期）都",
    typedStatusesDroppedIds: "：{ids}",
    typedStatusesDroppedIdsMore: "：{ids}；另有 {more} 个（命令行的 --json 结果中列出全部客户）",
    typedStatusDropped: "{who}：{status}（应回访日期 {due}）",
    typedStatusDroppedPlanned: "{who}：{status}（原定回访日期 {date}）",
    typedStatusDroppedSince: "{who}：{status}（保留自 {date}）",
    typedStatusDroppedUndated: "{who}：{status}",
    typedStatusDroppedSeparator: "；",
    typedStatusNotReached: "{entry}（{contacts}：{date} 的联系未接通，不算联系）",
    typedStatusSaysDone:
      "{tab}中有 {count} 个手填的状态写着已经联系{ids}。状态会随回访计划保留，但不算联系记录：回访仍按最后一次记录的联系安排，这些客户可能再次被安排回访。请在{contacts}为每次联系加一行（客户编号、联系日期），下次分析就会据此安排。",
    scheduleOwnerDateChanged:
      "{tab}中有 {count} 行的{owner}或{date}是你改过的{ids}：刷新按客户表的负责人和回访规则重新安排回访，这些改动没有保留，已改回本次安排的。要长期换人，请在客户表中修改该客户的负责人；临时换人或改期，请写在说明列（会被带入）。",
    scheduleOwnerDateChangedIds: "（{ids}）",
    scheduleOwnerDateChangedIdsMore:
      "（{ids}，另有 {more} 行；命令行的 --json 结果中列出全部客户）",
    scheduleOwnerDateChangedSeparator: "、",
    typedNotesPastCap:
      "{tab}中有 {lost} 行你手填的内容超出该表的行数上限（手填行 {kept} 行，该表最多列出 {cap} 行：limits.worklistRows），只在工作簿旁的完整名单中，下次刷新不会再读到。请提高 limits.worklistRows，或清除不再需要的手填行。",
    /** shareMask.ts refuseContactIds（reviewer56 R1；邮箱：tester57 U46）。 */
    idsAreEmails:
      "无法生成共享工作簿（--share）：{customers|#} 位客户中有 {emails|#} 位的客户编号是邮箱地址（例如 {example}）。客户编号出现在每张表的每一行，不能打码（刷新和比较靠它识别客户），共享出去就会带上这些地址。请改用不含邮箱的客户编号（例如按顺序编号，邮箱另放一列“邮箱”，交易表中改用同一编号），再用 --share。",
    idsArePhones:
      "无法生成共享工作簿（--share）：{customers|#} 位客户中有 {phones|#} 位的客户编号是手机号（例如 {example}）。客户编号出现在每张表的每一行，不能打码（刷新和比较靠它识别客户），共享出去就会带上这些号码。请改用不含手机号的客户编号（例如按顺序编号，手机号另放一列“电话”，交易表中改用同一编号），再用 --share。",
    typedNotesNotShared:
      "{tab}中有 {count} 行你手填的内容（状态、沟通要点、说明）未带入这份共享工作簿（--share）：手填内容可能含有电话或邮箱，共享时不公开；原报告中的内容不变。",
  },
  modelWhy: {
    model_disabled: "规则集中关闭了该模型（model.enabled）",
    below_min_customers: "只有 {buyers} 位客户购买过，模型至少需要 {min} 位（model.minCustomers）",
    too_few_customers: "有可用购买记录的客户不足 2 位",
    no_repeat_buyers: "没有客户在两个不同的日子购买过，无法区分购买频率和流失",
    too_few_repeat_spenders: "至少需要 2 位复购金额为正的客户",
    no_repeat_spend: "没有复购金额为正的复购客户",
    invalid_input: "规则集的 model.penalty 不是 0 或正数",
    fit_failed:
      "拟合没有得到有限的结果；可在规则集中设小的惩罚项 model.penalty {penalty}（--rules）后重试",
  },
  /** Churn-risk reasons (churn/reasons.ts): figures come formatted; "所有客户" marks a population figure. */
  churnReasons: {
    overdueOnce:
      "仅购买过一次，已 {since} 天未再购买，超出所有客户通常的购买间隔（{gap} 天）{overdue} 天",
    overdueOnceOccasion:
      "仅购买过一次（{since} 天前）：一笔远高于一般订单的场合订单（如婚宴、活动），没有自身的购买周期，不按常客的购买间隔算逾期",
    overdueUneven:
      "仅两天有购买且金额相差很大（不构成自身的购买周期），已 {since} 天未再购买，超出所有客户通常的购买间隔（{gap} 天）{overdue} 天",
    overdueUnevenPairs:
      "仅两天有购买且金额相差很大（不构成自身的购买周期），已 {since} 天未再购买，超出同样只有两天购买的客户通常的间隔（{gap} 天）{overdue} 天",
    boughtOnce: "仅购买过一次（{since} 天前），所有客户通常每 {gap} 天购买一次",
    boughtOnceToday: "仅购买过一次（今天），所有客户通常每 {gap} 天购买一次",
    overdue: "超出自身购买周期 {overdue} 天（通常约每 {gap} 天购买一次，已 {since} 天未购买）",
    overduePaidUp:
      "超出自身购买周期 {overdue} 天（通常约每 {gap} 天购买一次，上次已付清的购买在 {since} 天前）",
    fallingFrequency:
      "购买次数下降 {share}%：近 {period} 天 {recent} 次，之前 {period} 天 {before} 次",
    fallingSpend: "消费金额下降 {share}%：近 {period} 天 {recent}，之前 {period} 天 {before}",
    saidLeaving: "{date} 的联系记录提到了离开的原因：“{word}”",
    staleLeftStage:
      "客户表的状态写着“{word}”，但客户 {days} 天前还按自己的周期购买过：状态可能没有更新，先联系确认，再当作已流失",
    paymentFailed: "状态为“{status}”：扣款失败（付款问题，不是要离开的迹象），请客户更新付款方式",
    cancelScheduled: "已设置到期取消（{date} 到期）",
    cancelScheduledNoDate: "已设置到期取消",
    canceledMayReturn: "{date} 取消了订阅，取消原因表示以后可能回来",
    // Tester63 U168: the appointments sheet's bookings since her last visit, missed or cancelled.
    missedNoShows: "最近 {count|#} 次预约爽约（最近一次 {date}）",
    // Tester69 U503, U506: most of the last purchase refunded, nothing bought since.
    refundedAll: "退费 {amount}（{date}，上次购买 {bought} 全部退回），此后未再购买",
    refundedPart: "退费 {amount}（{date}，上次购买 {bought}），此后未再购买",
    refundedEarlier: "退费 {amount}（{date}，此前一笔 {bought} 的购买），此后未再购买",
    missedCancelled: "最近 {count|#} 次预约均已取消（最近一次 {date}）",
    missedMixed:
      "最近 {count|#} 次预约未到诊：爽约 {noShows|#} 次，取消 {cancelled|#} 次（最近一次 {date}）",
    chargesFailed:
      "上次付款后 {count} 次扣款失败（最近一次 {date}）：付款问题，不是要离开的迹象，请客户更新付款方式",
    moneyOwed:
      "欠款：{count} 张发票未付，共 {amount}，{since}（付款问题，不是流失迹象）；请客户付款",
    overdueSince: "最早逾期自 {date}",
    markedOverdue: "已标为逾期",
    moneyOwedLater:
      "欠款：{count} 张发票逾期未付，共 {amount}，{since}；另有 {later} 张未到期（付款问题，不是流失迹象）；请客户付款",
    shrinkingOrders:
      "订单金额在缩小：最近 {count} 单平均 {recent}（最近一单 {last}），平时约 {usual}（下降 {share}%）",
    lowSatisfaction: "满意度低：最近一次评分 {score}/{top}（{date}）",
    npsDetractor: "推荐意愿低（贬损者）：{score}/{top}（{date}）",
    openComplaints: "{count} 个投诉未解决，最久已 {days} 天",
    lateComplaints: "近 {days} 天有 {count} 个投诉超时响应或解决",
    noContact: "没有任何联系记录",
    // A try that did not get through (未接通) is no contact, but a contact record (newuser62 L3).
    noContactReached: "{count|#} 次联系未接通（没有接通过的联系）",
    noRecentContact: "已 {days} 天未联系",
    noRecentContactReached: "已 {days} 天没有接通过的联系（此后 {count|#} 次联系未接通）",
    longSincePurchase: "上次购买已是 {days} 天前",
    // The risk first, the own rhythm as a concession: a 中 row led by "仍在自身购买周期内" read as
    // on rhythm (reviewer58 R1).
    longSinceWithinRhythm:
      "上次购买已是 {days} 天前（虽仍在自身购买周期内，通常约每 {gap} 天购买一次）",
    // Tester67 U303: a customer read by her visits (消课记录, 签到): her last lesson, not her package.
    longSinceVisit: "上次{one}已是 {days} 天前",
    longSinceVisitWithinRhythm:
      "上次{one}已是 {days} 天前（虽仍在自身节奏内，通常约每 {gap} 天一次）",
    longSinceOffSeason: "上次购买已是 {days} 天前（正值淡季：每年{from}–{to}购买）",
    fewPurchases: "购买次数少：{count} 个购买日（所有客户通常约 {typical} 个）",
    // Tester61 U112: a customer read by her visits (消课记录, 签到): her rhythm of coming.
    // {one}, {log}: the visits' words by their kind (words/visitKind.ts: 上课/签到, 到诊; fix67e).
    fewVisits: "{one}次数少：{count} 个{one}日（所有客户通常约 {typical} 个）",
    manyVisits: "降低风险：{count} 个{one}日（所有客户通常约 {typical} 个）",
    visitsStopped: "已 {since} 天未{one}（通常约每 {gap} 天一次），超出自身节奏 {overdue} 天",
    visiting: "降低风险：上次{one}在 {days} 天前（通常约每 {gap} 天一次）",
    visitingLogEnds:
      "降低风险：上次{one}在 {days} 天前（{logSheet}只记到 {logDays} 天前，截至那天仍按时来；通常约每 {gap} 天一次）",
    fallingVisits:
      "{ones}次数下降 {share}%：近 {period} 天 {recent} 次，之前 {period} 天 {before} 次",
    lowSpend: "消费金额低：统计期内 {spend}（所有客户通常约 {typical}）",
    modelNoPurchase: "按购买规律模型，{days} 天内不再购买的概率为 {share}%",
    typicalLearned: "与多数客户相同：历史上 {share}% 的客户在 {days} 天内没有再购买",
    typicalTogether:
      "按本表历史，综合其各项数据估计 {days} 天内不再购买的概率为 {share}%（没有单独突出的一项）",
    typicalDefault: "{days} 天内不再购买的估计概率为 {share}%（默认权重，历史不足）",
    pausedSilence:
      "暂停中：已 {since} 天未购买（通常约每 {gap} 天购买一次），暂停期间没有购买不算流失迹象",
    pausedSilenceVisits:
      "暂停中：已 {since} 天未{one}（通常约每 {gap} 天一次），暂停期间没有{one}不算流失迹象",
    overdueNotWeighed:
      "超出自身购买周期 {overdue} 天（通常约每 {gap} 天购买一次，已 {since} 天未购买），但按本工作簿的历史，这样的沉默说明不了多少，对流失概率影响很小",
    overdueNotWeighedPaidUp:
      "超出自身购买周期 {overdue} 天（通常约每 {gap} 天购买一次，上次已付清的购买在 {since} 天前），但按本工作簿的历史，这样的沉默说明不了多少，对流失概率影响很小",
    manyPurchases: "降低风险：{count} 个购买日（所有客户通常约 {typical} 个）",
    recentPurchase: "降低风险：上次购买仅在 {days} 天前",
    withinRhythm:
      "降低风险：仍在自身购买周期内（通常约每 {gap} 天购买一次，上次购买在 {days} 天前）",
    withinOffSeason: "降低风险：正值淡季（每年{from}–{to}购买，上次购买在 {days} 天前）",
    nearRhythm:
      "降低风险：上次购买在 {days} 天前，在自身购买周期的正常波动内（通常约每 {gap} 天购买一次，间隔有长有短）",
    typicalLowers:
      "降低风险：本工作簿的多数客户会再次购买（一般客户 {days} 天内不再购买的估计概率约 {share}%）",
    typicalLowersLearned:
      "降低风险：本工作簿的多数客户会再次购买（按历史，一般客户 {days} 天内不再购买的概率约 {share}%）",
    belowMediumLine: "低于中风险起点：{days} 天内不再购买的概率未到 {line}%",
    modelLikelyToBuy: "降低风险：按购买规律模型，{days} 天内不再购买的概率仅 {share}%",
    highSpend: "降低风险：统计期内消费 {spend}（所有客户通常约 {typical}）",
    customerLeft:
      "客户已离开：客户表的状态写明（如已搬离、已转诊、已转让、已注销），视为已流失，不计入有风险客户，不再安排联系",
    customerLeftStatus:
      "客户已离开：客户表的状态写明“{word}”，视为已流失，不计入有风险客户，不再安排联系",
    customerLeftNote:
      "客户已离开：客户表的备注写明（如已搬去外地、已移民、已倒闭），视为已流失，不计入有风险客户，不再安排联系",
    customerLeftContact:
      "客户已离开：{date} 的跟进记录写明“{word}”，视为已流失，不计入有风险客户，不再安排联系",
    petDiedContact:
      "宠物已去世：{date} 的跟进记录写明“{word}”，本病历视为已流失，不计入有风险客户，不再安排联系",
    customerCompleted:
      "课程已结束：客户表的状态写明结课或毕业，客户已学完所购课程，不是流失风险；视为已流失（不再购买），不计入有风险客户，不安排挽留联系",
    customerClosed:
      "客户已于 {date} 停用（客户表的停用日期），视为已流失，不计入有风险客户，不再安排联系",
    customerCanceledOn:
      "订阅已于 {date} 取消（订阅表：没有仍在续订的订阅），视为已流失，不计入有风险客户，不再安排联系",
    customerCanceled:
      "订阅已取消（订阅表的状态：没有仍在续订的订阅），视为已流失，不计入有风险客户，不再安排联系",
    separator: "；",
  },
  /** A date column's day/month order, in data-quality findings (parse/dateOrder.ts). */
  dateOrder: {
    monthFirst: "月/日",
    dayFirst: "日/月",
  },
  /** The names of the category codes (categories.ts; engine/labels.ts arranges them). */
  segmentNames: SEGMENT_NAMES_ZH,
  valueClassNames: VALUE_CLASS_NAMES_ZH,
  valueTierNames: VALUE_TIER_NAMES_ZH,
  stageNames: STAGE_NAMES_ZH,
  stageMeanings: STAGE_MEANINGS_ZH,
  riskNames: RISK_NAMES_ZH,
  riskPhrases: RISK_PHRASES_ZH,
  customerTypeNames: CUSTOMER_TYPE_NAMES_ZH,
  unclassified: UNCLASSIFIED_ZH,
  /** The rule-set file's comment, errors, value types and migration notes (ruleSet.ts). */
  ruleSetFile: RULE_SET_FILE_ZH,
  ruleErrors: RULE_ERRORS_ZH,
  typedDate: TYPED_DATE_ZH,
  ruleTypes: RULE_TYPES_ZH,
  ruleMigration: RULE_MIGRATION_ZH,
  /** The input sheets' and columns' names (inputs.ts; schema.ts SHEETS carries them). */
  inputNames: INPUT_NAMES_ZH,
  fieldNames: FIELD_NAMES_ZH,
  followUpReasons: FOLLOW_UP_REASONS_ZH,
  unscheduledReasons: UNSCHEDULED_REASONS_ZH,
  priorityNames: PRIORITY_NAMES_ZH,
  channelNames: CHANNEL_NAMES_ZH,
  followUpColumns: FOLLOW_UP_COLUMNS_ZH,
  followUpTab: FOLLOW_UP_TAB_ZH,
  scheduleOverview: SCHEDULE_OVERVIEW_ZH,
  /** The Overview's short label of each unscheduled reason (followUpWords.ts). */
  unscheduledLabels: UNSCHEDULED_LABELS_ZH,
  talkingPoints: TALKING_POINTS_ZH,
};
