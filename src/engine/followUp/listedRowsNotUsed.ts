import type { CustomerAnalysis } from "../analysis";
import { amount } from "../churn/reasons";
import { namesList } from "../ingest/workbook";
import { inputPlace } from "../inputSheetName";
import type { CustomerRowNotUsed, NotUsedWhy } from "../ingest/rowsNotUsed";
import type { Dataset } from "../model";
import { fileName } from "../report/dataQualityTab";
import type { Lang } from "../schema";
import { say } from "../words/catalog";
import { sharePercent } from "../words/format";
import type { FollowUpSchedule } from "./schedule";
import { rowPlace } from "../ingest/sheetParts";
import type { RunWarning } from "./warnings";

/**
 * Transaction rows not used that are a listed customer's (Dataset.rowsNotUsed), said where the
 * customer is read: beside their churn reasons and in one run warning (tester56 U26: a student's
 * latest payment dated `9月1日` with no year was said on the Data quality tab only, while the
 * student was #1 at risk with an urgent win-back call).
 */

const WHY = {
  noYear: "notUsedNoYear",
  date: "notUsedDate",
  amount: "notUsedAmount",
  implausibleAmount: "notUsedImplausibleAmount",
  noId: "notUsedNoId",
} as const satisfies Record<NotUsedWhy, string>;

/**
 * A row's number for listedRowNotUsed: on a sheet read with others (kept per month), with its
 * sheet's name after it.
 */
function partRowWords(dataset: Pick<Dataset, "sources">, row: number, lang: Lang): string {
  const at = rowPlace(dataset.sources.transactions, row);
  if (!at.sheet) return String(at.row);
  return say(lang, "followUp", "rowOnSheet", { row: at.row, sheet: at.sheet });
}

/** Customers named one by one in the warning; the rest are counted. */
const NAMED = 5;

/**
 * Per customer with a row not used, the words said after their churn reasons (its first row),
 * in both languages; null when there is none (the reasons are then as before).
 *
 * @example rowNotUsedNotes(dataset)?.get(33)?.["zh-CN"] // "“缴费流水”表第 421 行的一笔交易未计入（日期没有年份）"
 */
export function rowNotUsedNotes(
  dataset: Pick<Dataset, "rowsNotUsed" | "sources" | "customers">,
): Map<number, Record<Lang, string>> | null {
  const rows = dataset.rowsNotUsed;
  if (!rows || rows.length === 0) return null;
  const out = new Map<number, Record<Lang, string>>();
  for (const u of rows) {
    if (out.has(u.customer)) continue;
    // A row of a sheet read with others (kept per month: sheetParts.ts) is named on its sheet.
    const at = rowPlace(dataset.sources.transactions, u.row);
    const words = (lang: Lang) =>
      say(lang, "followUp", "rowNotUsedReason", {
        where: at.sheet
          ? say(lang, "followUp", "misspeltInSheet", { sheet: at.sheet })
          : inputPlace(dataset, "transactions", lang),
        row: at.row,
        why: say(lang, "followUp", WHY[u.why]),
      });
    out.set(u.customer, { "zh-CN": words("zh-CN"), "en-US": words("en-US") });
  }
  return out;
}

/**
 * listed_rows_not_used: the rows not used of customers at high or medium risk or with a contact
 * planned, each named with its row and why (the first NAMED customers), or null when none.
 *
 * @example listedRowsNotUsedWarning(dataset, analysis, schedule, () => "数据质量")?.code // "listed_rows_not_used"
 */
export function listedRowsNotUsedWarning(
  dataset: Pick<Dataset, "rowsNotUsed" | "sources" | "customers">,
  analysis: Pick<CustomerAnalysis, "churnLevel">,
  schedule: Pick<FollowUpSchedule, "nextFollowUp">,
  qualityTab: (lang: Lang) => string,
): RunWarning | null {
  const rows = dataset.rowsNotUsed;
  if (!rows) return null;
  // High (0) or medium (1) risk: the at-risk list; or a contact planned.
  const listed = rows.filter(
    (u) => analysis.churnLevel[u.customer] <= 1 || !Number.isNaN(schedule.nextFollowUp[u.customer]),
  );
  if (listed.length === 0) return null;
  const byCustomer = new Map<number, CustomerRowNotUsed>();
  for (const u of listed) if (!byCustomer.has(u.customer)) byCustomer.set(u.customer, u);
  const first = [...byCustomer.values()];
  const source = dataset.sources.transactions;
  const where =
    source?.sheetIsFile && source.file ? fileName(source.file) : (source?.sheetName ?? "");
  const ids = first.map((u) => dataset.customers.id[u.customer]);
  const words = (lang: Lang) =>
    say(lang, "followUp", "listedRowsNotUsed", {
      where,
      count: listed.length,
      list: first
        .slice(0, NAMED)
        .map((u) =>
          say(lang, "followUp", "listedRowNotUsed", {
            id: dataset.customers.id[u.customer],
            row: partRowWords(dataset, u.row, lang),
            why: say(lang, "followUp", WHY[u.why]),
          }),
        )
        .join(say(lang, "ingest", "nameSeparator")),
      more:
        first.length > NAMED
          ? say(lang, "followUp", "listedRowsMore", { count: first.length - NAMED })
          : "",
      tab: qualityTab(lang),
    });
  return {
    code: "listed_rows_not_used",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    customers: ids,
  };
}

/**
 * rows_no_year: the sales rows left out for a date with no year (9月1日, 1.6 on a sheet whose
 * name and title give no year): how many, on which sheets, and how much money, beside all the sale
 * amounts, where a manager reads the revenue (fix65e's note on tester65 U201: 107 of 239 sale rows
 * and 53 % of the money were left out with only a line per customer listed). Rows of customers on
 * the list only (an unknown customer's row is said as such); null when none.
 *
 * @example noYearRowsWarning(dataset, () => "数据质量")?.code // "rows_no_year"
 */
export function noYearRowsWarning(
  dataset: Pick<Dataset, "rowsNotUsed" | "sources" | "transactions">,
  qualityTab: (lang: Lang) => string,
): RunWarning | null {
  const rows = (dataset.rowsNotUsed ?? []).filter((u) => u.why === "noYear");
  if (rows.length === 0) return null;
  const source = dataset.sources.transactions;
  const sheets = [
    ...new Set(rows.map((u) => rowPlace(source, u.row).sheet ?? source?.sheetName ?? "")),
  ];
  const left = rows.reduce((n, u) => n + (u.amount ?? 0), 0);
  let used = 0;
  const t = dataset.transactions;
  for (let i = 0; i < t.count; i++) used += t.amount[i];
  const share = sharePercent(left, left + used);
  const words = (lang: Lang) =>
    say(lang, "followUp", "noYearRowsNotUsed", {
      list: source?.sheetIsFile && source.file ? fileName(source.file) : namesList(sheets, lang),
      count: rows.length,
      amount: amount(left),
      share,
      tab: qualityTab(lang),
    });
  return { code: "rows_no_year", message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") } };
}

/**
 * Whether every transaction row not used is one noYearRowsWarning says: the input's rows_not_used
 * of many_unreadable says them again, with no money (three 注意 lines on the same rows), so is not
 * said.
 */
export function noYearRowsAll(dataset: Pick<Dataset, "rowsNotUsed" | "counts">): boolean {
  const rejected = dataset.counts.transactions?.rejected ?? 0;
  const noYear = (dataset.rowsNotUsed ?? []).filter((u) => u.why === "noYear").length;
  return noYear > 0 && noYear === rejected;
}
