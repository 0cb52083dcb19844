import type { Cell } from "../cells";
import type { RowCounts } from "../model";
import { SHEET_KINDS, type Lang, type SheetKind } from "../schema";
import { tableOf, type OutputTab, type ReportColumn, type ReportTable } from "./table";
import type { Words } from "./serviceText";
import { loggedTabs, tabName } from "./outputTabs";
import { CATALOGS } from "../words/catalog";

/**
 * One run of the analysis, as the lead's pipeline fills it: the audit trail 002 系统功能模块 3/7
 * asks for. Times are epoch days with a time of day (wall clock).
 */
export interface RunLogEntry {
  /** When the run started. */
  at: number;
  ruleSetVersion: string;
  ruleSetHash: string;
  /** The analysis date. */
  asOf: number;
  /** Rows read / used / rejected per input sheet (Dataset.counts); absent sheets stay blank. */
  sheets: Partial<Record<SheetKind, RowCounts>>;
  /** Rows written per output tab. */
  outputs: Partial<Record<OutputTab, number>>;
  durationSeconds: number;
  /** Where it ran: "add-in" or "cli" (free text). */
  source?: string;
}

const SHEET_WORDS: Record<SheetKind, Words> = {
  customers: { "zh-CN": "客户", "en-US": "Customers" },
  transactions: { "zh-CN": "交易", "en-US": "Transactions" },
  surveys: { "zh-CN": "满意度调查", "en-US": "Surveys" },
  complaints: { "zh-CN": "投诉", "en-US": "Complaints" },
  contacts: { "zh-CN": "跟进记录", "en-US": "Contacts" },
};

const COUNT_WORDS = {
  read: { "zh-CN": "读取行数", "en-US": "rows read" },
  used: { "zh-CN": "使用行数", "en-US": "rows used" },
  rejected: { "zh-CN": "未用行数", "en-US": "rows rejected" },
} satisfies Record<string, Words>;

/**
 * The run-log columns: fixed for every run (all five input sheets and all output tabs), so rows
 * appended by different runs line up.
 *
 * @example runLogColumns("en-US")[0].header // "Run at"
 */
export function runLogColumns(lang: Lang): ReportColumn[] {
  const cols: ReportColumn[] = [
    { key: "at", header: lang === "zh-CN" ? "运行时间" : "Run at", format: "datetime" },
    { key: "source", header: lang === "zh-CN" ? "运行方式" : "Run from", format: "text" },
    {
      key: "ruleSetVersion",
      header: lang === "zh-CN" ? "规则版本" : "Rule-set version",
      format: "text",
    },
    { key: "ruleSetHash", header: lang === "zh-CN" ? "规则哈希" : "Rule-set hash", format: "text" },
    {
      key: "analysisDate",
      header: lang === "zh-CN" ? "分析日期" : "Analysis date",
      format: "date",
    },
  ];
  for (const kind of SHEET_KINDS) {
    for (const k of ["read", "used", "rejected"] as const) {
      const header =
        lang === "zh-CN"
          ? `${SHEET_WORDS[kind][lang]}${COUNT_WORDS[k][lang]}`
          : `${SHEET_WORDS[kind][lang]} ${COUNT_WORDS[k][lang]}`;
      cols.push({ key: `${kind}${k[0].toUpperCase()}${k.slice(1)}`, header, format: "integer" });
    }
  }
  for (const tab of loggedTabs()) {
    const name = tabName(tab, lang);
    const header = lang === "zh-CN" ? `${name}输出行数` : `${name} rows`;
    cols.push({ key: `${tab}Rows`, header, format: "integer" });
  }
  cols.push({
    key: "durationSeconds",
    header: lang === "zh-CN" ? "耗时（秒）" : "Duration (s)",
    format: "number",
  });
  return cols;
}

/**
 * The run log tab: one row for this run, appended below the earlier ones (mode "append").
 *
 * @example runLogTable({ at: 20453.4, ruleSetVersion: "1", ruleSetHash: "ab12", asOf: 20453, sheets: {}, outputs: {}, durationSeconds: 1.2 }, "zh-CN").mode // "append"
 */
export function runLogTable(entry: RunLogEntry, lang: Lang): ReportTable {
  const row: Cell[] = [
    entry.at,
    sourceWords(entry.source, lang),
    entry.ruleSetVersion,
    entry.ruleSetHash,
    Math.floor(entry.asOf),
  ];
  for (const kind of SHEET_KINDS) {
    const c = entry.sheets[kind];
    row.push(c ? c.read : null, c ? c.used : null, c ? c.rejected : null);
  }
  for (const tab of loggedTabs()) row.push(entry.outputs[tab] ?? null);
  row.push(Math.round(entry.durationSeconds * 100) / 100);
  return tableOf("runLog", tabName("runLog", lang), runLogColumns(lang), [row], { mode: "append" });
}

/** Where a run came from in the tab's language ("cli" → 命令行); free text stays as given. */
function sourceWords(source: string | undefined, lang: Lang): string {
  if (source === undefined) return "";
  const words = CATALOGS[lang].runSource as Record<string, string>;
  return words[source] ?? source;
}
