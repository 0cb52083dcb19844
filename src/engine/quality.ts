import type { Lang, SheetKind } from "./schema";

/**
 * The data-quality report: every input row is either used or listed here with the sheet, the row
 * number as Excel shows it, the column, a stable code and a message in zh-CN and en-US.
 * Source: DOMAIN.md "What it computes" 1 (000 §2.2.1; 002 定期清理数据).
 */

/** Stable codes: scripts rely on them. Severity says what happened to the row. */
export const QUALITY_CODES = {
  // The row is not used.
  missing_required: "error",
  unparseable_value: "error",
  duplicate_customer_id: "error",
  unknown_customer: "error",
  future_date: "error",
  blank_row: "info",
  totals_row: "info",
  // The row is used; the finding asks for a look.
  unparseable_optional: "warning",
  unknown_cause: "warning",
  out_of_range: "warning",
  possible_duplicate_customer: "warning",
  ambiguous_number: "warning",
  encoding_fallback: "warning",
  invalid_encoding: "warning",
  text_too_long: "warning",
  // About a sheet, not a row.
  missing_column: "error",
  missing_sheet: "error",
  header_not_found: "error",
  unmapped_column: "info",
  // The row is used; the finding is a note.
  zero_amount: "info",
} as const;

export type QualityCode = keyof typeof QUALITY_CODES;
export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** The sheet name as it is in the workbook. */
  sheet: string;
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

type Params = Record<string, string | number>;

const TEMPLATES: Record<QualityCode, Record<Lang, string>> = {
  missing_required: {
    "zh-CN": "必填项“{field}”为空，此行未使用",
    "en-US": "Required value “{fieldEn}” is empty; row not used",
  },
  unparseable_value: {
    "zh-CN": "“{field}”的值“{value}”无法识别为{expected}，此行未使用",
    "en-US": "“{fieldEn}” value “{value}” is not a valid {expectedEn}; row not used",
  },
  duplicate_customer_id: {
    "zh-CN": "客户编号“{value}”重复（首次出现在第 {firstRow} 行），此行未使用",
    "en-US": "Customer ID “{value}” appears again (first on row {firstRow}); row not used",
  },
  unknown_customer: {
    "zh-CN": "客户编号“{value}”不在客户表中，此行未使用",
    "en-US": "Customer ID “{value}” is not on the Customers sheet; row not used",
  },
  future_date: {
    "zh-CN": "日期 {value} 晚于分析日期 {asOf}，此行未使用",
    "en-US": "Date {value} is after the analysis date {asOf}; row not used",
  },
  zero_amount: {
    "zh-CN": "金额为 0：按一次购买计入（消费 0 元）",
    "en-US": "Amount is 0: counted as a purchase with no spend",
  },
  blank_row: {
    "zh-CN": "空行，已跳过",
    "en-US": "Blank row, skipped",
  },
  totals_row: {
    "zh-CN": "合计行（“{value}”），已跳过",
    "en-US": "Totals row (“{value}”), skipped",
  },
  unparseable_optional: {
    "zh-CN": "“{field}”的值“{value}”无法识别为{expected}，已按空值处理",
    "en-US": "“{fieldEn}” value “{value}” is not a valid {expectedEn}; treated as empty",
  },
  unknown_cause: {
    "zh-CN": "投诉原因“{value}”未识别，已归为“其他”",
    "en-US": "Complaint cause “{value}” not recognised; counted as “other”",
  },
  out_of_range: {
    "zh-CN": "“{field}”的值 {value} 超出 {range}，已按空值处理",
    "en-US": "“{fieldEn}” value {value} should be {rangeEn}; treated as empty",
  },
  possible_duplicate_customer: {
    "zh-CN":
      "可能与第 {otherRow} 行（客户编号“{otherId}”）为同一客户：{reason}相同，请核对（未合并）",
    "en-US":
      "Possibly the same customer as row {otherRow} (ID “{otherId}”): same {reasonEn}; please review (not merged)",
  },
  ambiguous_number: {
    "zh-CN":
      "“{field}”的值“{value}”可能是 {asGrouping}，也可能是 {asDecimal}；已按 {chosen} 读取（{reason}），请核对",
    "en-US":
      "“{fieldEn}” value “{value}” could be {asGrouping} or {asDecimal}; read as {chosen} ({reasonEn}); please check",
  },
  encoding_fallback: {
    "zh-CN": "此行不是 {fileEncoding} 编码（文件其余部分是），已按 {encoding} 解码，请核对文字",
    "en-US":
      "This row is not in {fileEncoding} like the rest of the file; decoded as {encoding}, please check its text",
  },
  invalid_encoding: {
    "zh-CN": "此行含有在 UTF-8 和 GB18030 中都无效的字节，已替换为 “\uFFFD”，请核对文字",
    "en-US":
      "This row has bytes invalid in both UTF-8 and GB18030; replaced by “\uFFFD”, please check its text",
  },
  text_too_long: {
    "zh-CN":
      "“{field}”的文字有 {length} 个字符，超过 Excel 单元格上限 {limit}；输出表中截断并注明，JSON 结果保留全文",
    "en-US":
      "“{fieldEn}” text has {length} characters, more than an Excel cell holds ({limit}); cut with a marker on the output tabs, kept whole in the JSON result",
  },
  missing_column: {
    "zh-CN": "缺少必需的列“{field}”（可用的列名：{synonyms}）",
    "en-US": "Required column “{fieldEn}” is missing (accepted headers: {synonymsEn})",
  },
  missing_sheet: {
    "zh-CN": "找不到“{field}”工作表（可用的表名：{synonyms}）",
    "en-US": "No “{fieldEn}” sheet found (accepted names: {synonymsEn})",
  },
  header_not_found: {
    "zh-CN": "在前 {rows} 行中找不到含必需列“{field}”的标题行（可用的列名：{synonyms}）",
    "en-US":
      "No header row with the required column “{fieldEn}” in the first {rows} rows (accepted headers: {synonymsEn})",
  },
  unmapped_column: {
    "zh-CN": "列“{value}”未识别，已忽略",
    "en-US": "Column “{value}” not recognised; ignored",
  },
};

/** The message of a finding in both languages, with its parameters filled in. */
export function qualityMessage(code: QualityCode, params: Params): Record<Lang, string> {
  const t = TEMPLATES[code];
  return { "zh-CN": fill(t["zh-CN"], params), "en-US": fill(t["en-US"], params) };
}

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) =>
    k in params ? String(params[k]) : `{${k}}`,
  );
}

/** Words for a field kind, used in "is not a valid …" messages. */
export const EXPECTED_WORDS: Record<string, Record<Lang, string>> = {
  id: { "zh-CN": "编号", "en-US": "ID" },
  date: { "zh-CN": "日期", "en-US": "date" },
  datetime: { "zh-CN": "日期时间", "en-US": "date and time" },
  amount: { "zh-CN": "金额", "en-US": "amount" },
  number: { "zh-CN": "数字", "en-US": "number" },
  score5: { "zh-CN": "1–5 分", "en-US": "score from 1 to 5" },
  score10: { "zh-CN": "0–10 分", "en-US": "score from 0 to 10" },
  enum: { "zh-CN": "可识别的选项", "en-US": "known option" },
  flag: { "zh-CN": "是/否", "en-US": "yes/no" },
  text: { "zh-CN": "文本", "en-US": "text" },
};

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A few accepted names (of a column or sheet) for a message, in each language: Chinese names for
 * the Chinese message, the others for the English one.
 *
 * @example acceptedNames(["客户编号", "客户ID", "Customer ID"]) // { zh: "客户编号 / 客户ID", en: "Customer ID" }
 */
export function acceptedNames(names: readonly string[], count = 6): { zh: string; en: string } {
  const cjk = (n: string) => /[\u4e00-\u9fff]/.test(n);
  return {
    zh: names.filter(cjk).slice(0, count).join(" / "),
    en: names
      .filter((n) => !cjk(n))
      .slice(0, count)
      .join(" / "),
  };
}
