import type { Cell } from "../cells";
import type { Finding } from "../quality";
import { SHEETS, type Lang } from "../schema";
import type { ReportTable } from "./table";
import { tabName } from "./outputTabs";
import { CATALOGS, say } from "../words/catalog";

const HEADERS = [
  "sheet",
  "row",
  "column",
  "problem",
  "outcome",
  "value",
  "message",
  "file",
  "code",
] as const;

/**
 * The data-quality tab (数据质量 / Data quality): one row per finding, in sheet and row order, so a
 * user can go to each cell. Row 0 (a finding about a whole sheet) shows as blank. The problem's
 * name in the user's language comes right after the cell; the code is the last column, a stable key
 * to filter on (layout 2: stop-20 tester W5 read the raw code before the words).
 *
 * @example dataQualityTable(findings, "en-US").rows(0, 1) // [["Transactions", 7, "Date", "Date after the analysis date", …, "future_date"]]
 */
export function dataQualityTable(findings: readonly Finding[], lang: Lang): ReportTable {
  const sorted = [...findings].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0));
  const h = HEADERS.map((code) => say(lang, "dataQualityTab", code));
  const severity = (s: Finding["severity"]) => say(lang, "dataQualityTab", s);
  return {
    tab: "dataQuality",
    sheetName: tabName("dataQuality", lang),
    columns: [
      { key: "sheet", header: h[0], format: "text", width: 14 },
      { key: "row", header: h[1], format: "rowNumber", width: 8 },
      { key: "column", header: h[2], format: "text", width: 14 },
      { key: "problem", header: h[3], format: "text", width: 28 },
      { key: "severity", header: h[4], format: "text", width: 10 },
      { key: "value", header: h[5], format: "text", width: 18 },
      { key: "message", header: h[6], format: "text", width: 70 },
      // The input file's name, when read from files (the command line); the JSON has its path.
      { key: "file", header: h[7], format: "text", width: 24 },
      { key: "code", header: h[8], format: "text", width: 26 },
    ],
    rowCount: sorted.length,
    rows: (start, end) =>
      sorted.slice(start, end).map((f): Cell[] => [
        // A CSV file is named by its input, in the user's language (the File column has its path).
        f.sheetIsFile ? SHEETS[f.kind].label[lang] : f.sheet,
        f.row > 0 ? f.row : null,
        f.column,
        problemName(f.code, lang),
        severity(f.severity),
        f.value,
        f.message[lang],
        fileName(f.file),
        f.code,
      ]),
    style: "table",
    highlight: {
      column: 4,
      fills: { [severity("error")]: "#F8CBAD", [severity("warning")]: "#FFE699" },
    },
    mode: "replace",
  };
}

/** A finding code's short name in the user's language (the code itself if the catalog lacks it). */
function problemName(code: string, lang: Lang): string {
  const names: Record<string, string> = CATALOGS[lang].problemNames;
  return names[code] ?? code;
}

/**
 * A file's name without its folder: the full path wrapped every row onto a second line (the Data
 * quality tab printed twice the pages) and named the user's folders (C:\Users\<name>\…) in a
 * workbook meant to be shared.
 *
 * @example fileName("/work/in/customers.csv") // "customers.csv"
 * @example fileName("C:\\Users\\li\\客户.xlsx") // "客户.xlsx"
 */
export function fileName(path: string | undefined): string {
  if (!path) return "";
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
