import type { Cell } from "../cells";
import type { Finding } from "../quality";
import { SHEETS, type Lang } from "../schema";
import type { ReportTable } from "./table";
import { LEVEL_FILLS, WARNING_FILL } from "./serviceText";
import { tabName } from "./outputTabs";
import { textLines } from "./textMeasure";
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

/** The problem column's least width, and the most it widens to hold a name on one line. */
const PROBLEM_WIDTH = 28;
const PROBLEM_WIDTH_MOST = 50;

/** The Data quality tab's columns that print (ReportTable.printColumns): sheet to message. */
export const DATA_QUALITY_PRINTED = 7;

/**
 * The data-quality tab (数据质量 / Data quality): the findings in sheet and row order. Findings
 * alike (the same sheet, file, column, problem, value and message: 27 transactions of an unknown
 * customer id C007, tester11 #11) share a row, which lists their rows ("第 5、8、12–14 行") and
 * stands at the first of them: its Row column names that first row only, so a filter on row 8
 * finds it in the message, not in the Row column. More than ROWS_PER_LINE go on over the next
 * rows, so every row is still named on the tab (and in its full list beside the workbook), and the
 * JSON's dataQuality keeps one entry per row. Row 0 (a finding about a whole sheet) shows as blank.
 * The problem's name in the user's language comes right after the cell; the code is the last
 * column, a stable key to filter on (layout 2: stop-20 tester W5 read the raw code before the
 * words).
 *
 * @example dataQualityTable(findings, "en-US").rows(0, 1) // [["Transactions", 7, "Date", "Date after the analysis date", …, "future_date"]]
 */
export function dataQualityTable(findings: readonly Finding[], lang: Lang): ReportTable {
  const sorted = unreadColumnsTogether(
    [...findings].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0)),
  );
  const lines = findingLines(sorted);
  const h = HEADERS.map((code) => say(lang, "dataQualityTab", code));
  const severity = (s: Finding["severity"]) => say(lang, "dataQualityTab", s);
  // The problem's name on one line where it fits PROBLEM_WIDTH_MOST (the tab prints at its
  // engine widths): at 28 可选项无法识别（按空值处理） (29.4 units) printed its "）" alone.
  let problemWidth = PROBLEM_WIDTH;
  for (const f of sorted) {
    const name = problemName(f.code, lang);
    while (problemWidth < PROBLEM_WIDTH_MOST && textLines(name, problemWidth) > 1) problemWidth++;
  }
  return {
    tab: "dataQuality",
    sheetName: tabName("dataQuality", lang),
    columns: [
      { key: "sheet", header: h[0], format: "text", width: 14 },
      { key: "row", header: h[1], format: "rowNumber", width: 8 },
      { key: "column", header: h[2], format: "text", width: 14 },
      { key: "problem", header: h[3], format: "text", width: problemWidth },
      { key: "severity", header: h[4], format: "text", width: 10 },
      { key: "value", header: h[5], format: "text", width: 18 },
      // Written broken where it wraps (breakLines): a grouped row's list printed "…370、37" /
      // "3 行）" (tester13 #3).
      { key: "message", header: h[6], format: "text", width: 70, breakLines: true },
      // The input file's name, when read from files (the command line); the JSON has its path.
      { key: "file", header: h[7], format: "text", width: 24 },
      { key: "code", header: h[8], format: "text", width: 26 },
    ],
    // Prints sheet … message (the print area), one page wide: with the file and the code too it
    // printed two pages side by side (zh 209 characters), each row as tall as its message on the
    // other page. The file (one per input) and the code (a key to filter on) stay on screen.
    printColumns: DATA_QUALITY_PRINTED,
    rowCount: lines.count,
    rows: (start, end) => {
      const out: Cell[][] = [];
      for (let k = Math.max(0, start); k < Math.min(end, lines.count); k++) {
        const f = sorted[lines.first[k]];
        out.push([
          // A CSV file is named by its input, in the user's language (the File column has its path).
          f.sheetIsFile ? SHEETS[f.kind].label[lang] : f.sheet,
          f.row > 0 ? f.row : null,
          f.column,
          problemName(f.code, lang),
          severity(f.severity),
          // A line of several skipped totals rows has no one value (`1月小计`, `2月小计`, …).
          lines.total[k] > 1 && ANY_VALUE.has(f.code) ? "" : f.value,
          lineMessage(sorted, lines, k, lang),
          fileName(f.file),
          f.code,
        ]);
      }
      return out;
    },
    style: "table",
    highlight: {
      column: 4,
      fills: { [severity("error")]: LEVEL_FILLS.high, [severity("warning")]: WARNING_FILL },
    },
    mode: "replace",
  };
}

/**
 * The tab's rows as columns over the sorted findings (typed arrays: a million findings cost tens of
 * MB, not a key string and an object each, reviewer12 D2). Line k stands at finding `first[k]`; its
 * findings alike are a chain through `next` (−1 ends it), of which it lists `count[k]` of `total[k]`.
 */
interface FindingLines {
  count: number;
  /** The line's first finding (an index into the sorted findings). */
  first: Int32Array;
  /** How many rows the line lists (1 for a finding alone, at most ROWS_PER_LINE). */
  rows: Int32Array;
  /** How many findings are alike in all (this line's and those of the lines after it). */
  total: Int32Array;
  /** The next finding alike after each finding, in row order; −1 for the last. */
  next: Int32Array;
}

/**
 * Problems whose rows are one note on a sheet whatever their text: every 合计/小计/Subtotal row
 * (`1月小计` … `11月小计`) is the same skip, listed once with its rows, not once a month.
 */
const ANY_VALUE = new Set<string>(["totals_row"]);

function groupValue(f: Finding): string {
  return ANY_VALUE.has(f.code) ? "" : f.value;
}

/**
 * Findings alike: the same kind, sheet, file, column, problem, value and message (both languages).
 * Compared field by field, the cheap ones first; the messages only when the rest agree.
 */
function alike(a: Finding, b: Finding): boolean {
  return (
    a.code === b.code &&
    groupValue(a) === groupValue(b) &&
    a.column === b.column &&
    a.sheet === b.sheet &&
    a.kind === b.kind &&
    (a.file ?? "") === (b.file ?? "") &&
    // The message names the value: for ANY_VALUE the line says its own (lineMessage).
    (ANY_VALUE.has(a.code) ||
      (a.message["en-US"] === b.message["en-US"] && a.message["zh-CN"] === b.message["zh-CN"]))
  );
}

/** A 32-bit hash of a string, on from `h` (FNV-1a). */
function hashOf(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return Math.imul(h ^ 1, 16777619);
}

/**
 * The tab's rows: findings alike gathered, each line at its first finding's place, at most
 * ROWS_PER_LINE rows a line. A finding about a whole sheet (row 0) stays alone. Findings alike are
 * found through an open-addressing table of group numbers, hashed on the value, column, problem and
 * sheet; a hit is checked field by field (`alike`), so two groups that hash alike stay apart.
 */
function findingLines(sorted: readonly Finding[]): FindingLines {
  const n = sorted.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1); // group numbers
  const slotHash = new Int32Array(size); // their hashes: most probes end here, not at a finding
  const groupFirst = new Int32Array(n); // a group's first finding
  const groupLast = new Int32Array(n); // its last so far, then how many of it are placed
  const groupSize = new Int32Array(n);
  const groupOf = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  let groups = 0;
  let lineCount = 0;
  // The sheet, problem and column change seldom from one finding to the next: hashed once a run.
  let sheet = "";
  let code = "";
  let column = "";
  let where = 0;
  for (let i = 0; i < n; i++) {
    const f = sorted[i];
    let g = -1;
    if (f.row > 0) {
      if (i === 0 || f.sheet !== sheet || f.code !== code || f.column !== column) {
        ({ sheet, code, column } = f);
        where = hashOf(sheet, hashOf(code, hashOf(column, 0x811c9dc5)));
      }
      const hash = hashOf(groupValue(f), where);
      let slot = hash & mask;
      for (; slots[slot] >= 0; slot = (slot + 1) & mask)
        if (slotHash[slot] === hash && alike(sorted[groupFirst[slots[slot]]], f)) {
          g = slots[slot];
          break;
        }
      if (g < 0) {
        slots[slot] = groups;
        slotHash[slot] = hash;
      }
    }
    if (g < 0) {
      g = groups++;
      groupFirst[g] = i;
    } else next[groupLast[g]] = i;
    groupLast[g] = i;
    if (groupSize[g]++ % ROWS_PER_LINE === 0) lineCount++;
    groupOf[i] = g;
  }
  const first = new Int32Array(lineCount);
  const rows = new Int32Array(lineCount);
  const total = new Int32Array(lineCount);
  const placed = groupLast.fill(0);
  for (let i = 0, k = 0; i < n; i++) {
    const g = groupOf[i];
    const before = placed[g]++;
    if (before % ROWS_PER_LINE !== 0) continue;
    first[k] = i;
    rows[k] = Math.min(ROWS_PER_LINE, groupSize[g] - before);
    total[k++] = groupSize[g];
  }
  return { count: lineCount, first, rows, total, next };
}

/**
 * The findings in tab order with each sheet's columns not recognised (unmapped_column) on one line
 * (ROWS_PER_LINE columns a line at most), at the first one's place: a 200-column sheet gave 197
 * lines of one note each, and the one real error was lost among them (tester61 U124). A lone such
 * column keeps its own words. The JSON's dataQuality keeps one entry per column.
 *
 * @example unreadColumnsTogether(findings).filter((f) => f.code === "unmapped_column").length // 1 a sheet
 */
function unreadColumnsTogether(sorted: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.kind}\u0000${f.sheet}\u0000${f.file ?? ""}`;
  const groups = new Map<string, Finding[]>();
  for (const f of sorted)
    if (f.code === "unmapped_column") {
      const group = groups.get(key(f));
      if (group) group.push(f);
      else groups.set(key(f), [f]);
    }
  if ([...groups.values()].every((g) => g.length < 2)) return sorted;
  const out: Finding[] = [];
  for (const f of sorted) {
    const group = f.code === "unmapped_column" ? groups.get(key(f)) : undefined;
    if (!group || group.length < 2) out.push(f);
    else if (group[0] === f)
      for (let start = 0; start < group.length; start += ROWS_PER_LINE) {
        const part = group.slice(start, start + ROWS_PER_LINE);
        const words = (lang: Lang) => {
          const params = {
            count: part.length,
            total: group.length,
            list: part
              .map((c) => `“${c.column}”`)
              .join(say(lang, "dataQualityTab", "columnSeparator")),
          };
          return part.length === group.length
            ? say(lang, "dataQualityTab", "unreadColumns", params)
            : say(lang, "dataQualityTab", "unreadColumnsPart", params);
        };
        out.push({
          ...f,
          column: "",
          value: "",
          message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
        });
      }
  }
  return out;
}

/** A line's message: the finding's, and for findings alike the rows it lists. */
function lineMessage(
  sorted: readonly Finding[],
  lines: FindingLines,
  k: number,
  lang: Lang,
): string {
  const first = sorted[lines.first[k]];
  const total = lines.total[k];
  if (total <= 1) return first.message[lang];
  const message = ANY_VALUE.has(first.code)
    ? say(lang, "dataQualityTab", "totalsRows")
    : first.message[lang];
  const count = lines.rows[k];
  const rowNumbers: number[] = [];
  for (let i = lines.first[k]; rowNumbers.length < count; i = lines.next[i])
    rowNumbers.push(sorted[i].row);
  const rows = rowRanges(rowNumbers).join(say(lang, "dataQualityTab", "rowSeparator"));
  return count === total
    ? say(lang, "dataQualityTab", "sameRows", { message, count: total, rows })
    : say(lang, "dataQualityTab", "sameRowsPart", { message, total, count, rows });
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
