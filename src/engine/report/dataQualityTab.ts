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

/** Rows alike listed on one row of the tab at most; more go on over the next rows. */
export const ROWS_PER_LINE = 50;

/**
 * The data-quality tab (数据质量 / Data quality): one row per finding, in sheet and row order, so a
 * user can go to each cell. Findings alike (the same sheet, file, column, problem, value and
 * message: 27 transactions of an unknown customer id C007, tester11 #11) share a row, which lists
 * their rows ("第 5、8、12–14 行") and stands at the first of them; more than ROWS_PER_LINE go on
 * over the next rows, so every row is still named on the tab (and in its full list beside the
 * workbook), and the JSON's dataQuality keeps one entry per row. Row 0 (a finding about a whole
 * sheet) shows as blank. The problem's name in the user's language comes right after the cell;
 * the code is the last column, a stable key to filter on (layout 2: stop-20 tester W5 read the raw
 * code before the words).
 *
 * @example dataQualityTable(findings, "en-US").rows(0, 1) // [["Transactions", 7, "Date", "Date after the analysis date", …, "future_date"]]
 */
export function dataQualityTable(findings: readonly Finding[], lang: Lang): ReportTable {
  const sorted = [...findings].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0));
  const lines = findingLines(sorted);
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
    rowCount: lines.length,
    rows: (start, end) =>
      lines.slice(start, end).map((line): Cell[] => {
        const f = line.first;
        return [
          // A CSV file is named by its input, in the user's language (the File column has its path).
          f.sheetIsFile ? SHEETS[f.kind].label[lang] : f.sheet,
          f.row > 0 ? f.row : null,
          f.column,
          problemName(f.code, lang),
          severity(f.severity),
          f.value,
          lineMessage(line, lang),
          fileName(f.file),
          f.code,
        ];
      }),
    style: "table",
    highlight: {
      column: 4,
      fills: { [severity("error")]: "#F8CBAD", [severity("warning")]: "#FFE699" },
    },
    mode: "replace",
  };
}

/** One row of the tab: a finding, or findings alike (`rows` of `total`, the first is `first`). */
interface FindingLine {
  first: Finding;
  /** Their rows, in order; one row for a finding alone. */
  rows: number[];
  /** How many findings are alike in all (this line's rows and those of the lines after it). */
  total: number;
}

/**
 * The tab's rows: findings alike gathered, each line at its first finding's place, at most
 * ROWS_PER_LINE rows a line. A finding about a whole sheet (row 0) stays alone.
 */
function findingLines(sorted: readonly Finding[]): FindingLine[] {
  const lines: FindingLine[] = [];
  const open = new Map<string, FindingLine>();
  const totals = new Map<string, number>();
  const keyOf = (f: Finding) =>
    [
      f.kind,
      f.sheet,
      f.file ?? "",
      f.column,
      f.code,
      f.value,
      f.message["en-US"],
      f.message["zh-CN"],
    ].join("\u0001");
  for (const f of sorted) {
    if (f.row <= 0) {
      lines.push({ first: f, rows: [f.row], total: 1 });
      continue;
    }
    const key = keyOf(f);
    totals.set(key, (totals.get(key) ?? 0) + 1);
    const line = open.get(key);
    if (line && line.rows.length < ROWS_PER_LINE) {
      line.rows.push(f.row);
      continue;
    }
    const next: FindingLine = { first: f, rows: [f.row], total: 0 };
    open.set(key, next);
    lines.push(next);
  }
  for (const line of lines)
    if (line.first.row > 0) line.total = totals.get(keyOf(line.first)) ?? line.rows.length;
  return lines;
}

/** A line's message: the finding's, and for findings alike the rows it lists. */
function lineMessage(line: FindingLine, lang: Lang): string {
  const message = line.first.message[lang];
  if (line.total <= 1) return message;
  const rows = rowRanges(line.rows).join(say(lang, "dataQualityTab", "rowSeparator"));
  return line.rows.length === line.total
    ? say(lang, "dataQualityTab", "sameRows", { message, count: line.total, rows })
    : say(lang, "dataQualityTab", "sameRowsPart", {
        message,
        total: line.total,
        count: line.rows.length,
        rows,
      });
}

/**
 * Row numbers in order as ranges: runs of consecutive rows as "12–14".
 *
 * @example rowRanges([5, 8, 12, 13, 14]) // ["5", "8", "12–14"]
 */
export function rowRanges(rows: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j + 1;
  }
  return out;
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
