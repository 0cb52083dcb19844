import { currencyCodeIn } from "../engine/parse/currencySymbol";
import type { ColumnFormat } from "../engine/report/table";

/**
 * The currency symbol amounts show when the input names none (by its amounts' symbols, `$1,234.50`,
 * or its amount column's header, as `Amount (USD)` or `金额（元）`: engine/ingest/amountCurrency.ts): the yuan, since the data is
 * Chinese customers' (issue 11: "¥ amounts with thousands separators"; tester10 #12: the Overview's
 * revenue read 40,639,124.01, with no currency anywhere). The sign Excel's zh-CN currency format
 * shows, U+00A5.
 */
export const DEFAULT_CURRENCY = "\u00A5";

/**
 * An amount's number format: the currency symbol before the figure (quoted, so no symbol is read
 * as a format code), thousands separators and cents; a return shows as -¥1,280.00.
 *
 * @example moneyFormat("¥") // "\"¥\"#,##0.00"
 */
export function moneyFormat(symbol: string = DEFAULT_CURRENCY): string {
  // No symbol: amounts in several currencies (ingest/amountCurrency.ts), shown as figures only.
  if (symbol === "") return "#,##0.00";
  return `"${symbol.replace(/"/g, "")}"#,##0.00`;
}

/**
 * The Excel number format of each report column format, shared by both adapters so a tab looks the
 * same written by Excel or to a file. Amounts in the run's currency: numberFormat.
 *
 * @example NUMBER_FORMATS.percent // "0.0%"
 */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: "@",
  integer: "#,##0",
  // A row number as Excel shows it in its row headings: no thousands separator (tester, stop 31:
  // the Data quality tab's 行号 read "1,564").
  rowNumber: "0",
  number: "#,##0.00",
  score: "#,##0.0",
  money: moneyFormat(),
  percent: "0.0%",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
};

/**
 * A column's number format, amounts in `currency` (ReportTable.currency: the symbol the input's
 * amounts carry, else what their header names; the yuan when neither says; "" none): the one place
 * both adapters take it from.
 *
 * @example numberFormat("money", "$") // "\"$\"#,##0.00"
 * @example numberFormat("percent") // "0.0%"
 */
export function numberFormat(format: ColumnFormat, currency?: string): string {
  return format === "money" ? moneyFormat(currency ?? DEFAULT_CURRENCY) : NUMBER_FORMATS[format];
}

/** Columns wide the currency symbol takes before an amount (CJK counted double). */
export function currencyWidth(currency?: string): number {
  let w = 0;
  for (const ch of currency ?? DEFAULT_CURRENCY) w += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * The currency a number format shows its numbers in, as a CURRENCY_SYMBOLS code (0: none): the
 * symbol among its literal text (quoted `"$"`, escaped `\$`, bare `$`/`¥`/`€`/`£`/`元`, or a
 * currency tag `[$$-409]`, `[$¥-804]`, `[$USD]`); a locale tag with no symbol (`[$-804]`), a
 * colour or a condition is none. Callers ask of formats that are not dates. What the input's amount cells'
 * own format says (tester52 M1: a US ledger's numbers formatted `"$"#,##0.00` were read as yuan).
 *
 * @example currencyOfFormat('"$"#,##0.00') // 2 ($)
 * @example currencyOfFormat("[$¥-804]#,##0.00") // 1 (¥)
 * @example currencyOfFormat("#,##0.00") // 0
 */
export function currencyOfFormat(format: string | undefined): number {
  if (!format || format === "General" || format === "@") return 0;
  let literal = "";
  const tags = /\[\$([^\]-]*)[^\]]*]|\[[^\]]*]|"([^"]*)"|\\(.)|([^"\\[]+)/g;
  for (let m = tags.exec(format); m !== null; m = tags.exec(format)) {
    if (m[1] !== undefined) literal += ` ${m[1]} `;
    else if (m[2] !== undefined) literal += ` ${m[2]} `;
    else if (m[3] !== undefined) literal += m[3];
    // Bare text: only the signs (a bare E is the exponent's, d/m/y a date's).
    else if (m[4] !== undefined) literal += m[4].replace(/[^$¥￥€£元]/g, " ");
  }
  return currencyCodeIn(literal);
}
