import type { Cell } from "../cells";
import {
  lostByTimeCount,
  moveCounts,
  MOVES,
  NEITHER_WAY,
  readAnewCount,
  silentByTimeCounts,
} from "../changes/compare";
import type { RunChanges } from "../changes";
import { PROBABILITY_AGAINST } from "../changes/direction";
import { DIMENSIONS, DIMENSION_CODES, type Dimension } from "../changes/snapshot";
import {
  changesWords,
  codeLabel,
  DIMENSION_WORDS,
  MOVE_WORDS,
  moverReasons,
  probabilityFigures,
  type WithinRhythm,
  readingVersionsText,
} from "../changes/words";
import type { Analysis } from "../analyze";
import { isoDate } from "../parse/date";
import { SHEETS, type Lang, type SheetKind } from "../schema";
import { say, type Code } from "../words/catalog";
import { formatNumber, type WordParams } from "../words/format";
import { numberCell, rateCell, type RowLooks, type Words } from "./serviceText";
import { tabName } from "./outputTabs";
import { layoutWidths, linesPerPage, pageBreaksFor, rowLineEstimates } from "./layoutPages";
import type { LayoutLook, ReportColumn, ReportTable } from "./table";
import { sideBySide, widerPage } from "./printBeside";
import {
  INDENT_CHARS,
  ONE_LINE_MOST,
  oneLineWidth,
  textWidth,
  wholeNameWidth,
} from "./textMeasure";
import { DEFAULTS } from "../rules/defaults";

/**
 * The Changes tab (变化 / Changes), a layout: both analysis dates and where the previous run came
 * from, whether the rule set changed, a summary line, then per dimension a from → to matrix of
 * customers (rows: the previous run, columns: this run) with each row's previous revenue and the
 * share of it that moved, then one list of customers: wrong way (largest previous spend first),
 * right way, new, removed, each with owner, spend before and now and the reason in words.
 * The list rows are made on demand, so a million movers never sit in memory as rows.
 */

const REMOVED: Words = changesWords("removed");

const dateOr = (d: number, lang: Lang) =>
  Number.isFinite(d) ? isoDate(d) : say(lang, "changes", "unknownDate");

/**
 * The list section's header (stable order; the JSON movers carry the same fields). The spend is
 * the window's (上次 12 个月消费, as the At-risk tab's 12 个月消费): unlabelled, a customer who
 * bought nothing read as spending less (tester13 #13). "上次消费金额（近 12 个月）" printed
 * "（近" | "12 个月）": no width of a label breaks it before its bracket in every renderer.
 */
function listHeader(lang: Lang, windowMonths: number): string[] {
  return (
    [
      "col_list",
      "col_id",
      "col_name",
      "col_owner",
      "col_spendBefore",
      "col_spendNow",
      "col_churnBefore",
      "col_churnNow",
      "col_reason",
    ] as const
  ).map((code) => say(lang, "changes", code, { months: windowMonths }));
}

/**
 * The run's wrong-way movers with no call for time alone within their rhythm, for their rows' words
 * (the tab and the JSON say it alike); undefined on a run without a comparison.
 */
export function withinRhythmOf(a: Pick<Analysis, "schedule">): WithinRhythm | undefined {
  return a.schedule.movedWithinRhythm;
}

/**
 * The Changes tab of a run, or null when there was no previous run to compare with. `currency`:
 * the run's (ReportTable.currency), whose symbol widens its amounts' columns.
 *
 * @example changesTable(analysis.changes, "zh-CN")?.sheetName // "变化"
 */
export function changesTable(
  changes: RunChanges | null | undefined,
  lang: Lang,
  windowMonths: number = DEFAULTS.window.months,
  currency?: string,
  withinRhythm?: WithinRhythm,
): ReportTable | null {
  if (!changes) return null;
  const { previous: prev, current: cur, comparison: c } = changes;
  const w = (code: Code<"changes">, params?: WordParams) => say(lang, "changes", code, params);
  const head: Cell[][] = [];
  // How each head row is shown (ReportTable.looks): numbers in their formats, headings aligned
  // like the numbers under them, long sentences as notes over the rest of the row.
  const headLooks: (RowLooks | undefined)[] = [];
  const push = (cells: Cell[], looks?: RowLooks) => {
    head.push(cells);
    headLooks.push(looks);
  };
  const day = (d: number): Cell => (Number.isFinite(d) ? d : w("unknownDate"));
  push([w("title")]);
  push(
    [w("previousDate"), day(c.previous.asOf), w("thisDate"), day(c.current.asOf)],
    [null, "date", null, "date"],
  );
  const from = w(`source_${c.previous.source}`);
  push(
    [
      w("previousFrom"),
      prev.file
        ? w(prev.replacedOutput ? "previousReplacedFile" : "previousFile", {
            file: prev.file,
            source: from,
          })
        : from,
    ],
    [null, "note"],
  );
  // A previous result without the service signals the churn model read (a JSON result, a
  // segments tab) cannot tell the model's refit at a later date from the customers' own moves
  // (reviewer43 D7: the en sample against nov.json 251 right way / 0 refit, against nov.xlsx 245 / 6):
  // said, so the reader knows where to look.
  if (prev.service === undefined && cur.service !== undefined && c.previous.asOf !== c.current.asOf)
    push([w("refitUntold"), w("refitUntoldNote")], [null, "note"]);
  push(
    [
      w("ruleSet"),
      c.rulesChanged || c.defaultsUpdated
        ? w(c.rulesChanged ? "rulesChanged" : "defaultRulesUpdated", {
            from: c.previous.ruleSetHash.slice(0, 12),
            to: c.current.ruleSetHash.slice(0, 12),
          })
        : c.previous.ruleSetHash
          ? w("rulesUnchanged")
          : w("rulesUnknown"),
    ],
    [null, "note"],
  );
  // The program's judgment rules, said as a changed rule set is, only when they changed (tester15 #7):
  // their version (the defaults' update is said on the rule set's row).
  if (c.previous.judgmentVersion !== c.current.judgmentVersion)
    push(
      [
        w("judgmentRules"),
        c.previous.judgmentVersion > 0
          ? w("judgmentChanged", {
              from: c.previous.judgmentVersion,
              to: c.current.judgmentVersion,
            })
          : w("judgmentChangedEarlier", { to: c.current.judgmentVersion }),
      ],
      [null, "note"],
    );
  // The program's reading of the data, when it changed and read some customer's purchases anew
  // (reviewer60 R17): their move reads "data changed", and is not the owner's correction.
  if (readAnewCount(c) > 0)
    push(
      [w("readingRules"), w("readingChanged", { versions: readingVersionsText(c, lang) })],
      [null, "note"],
    );
  // Input sheets the previous run read and this one did not move customers by that alone (stop 31
  // tester #5: 7 worse / 10 better against 3 / 2 with every sheet): said like a rule-set change.
  if (c.sheetsLeftOut.length > 0)
    push(
      [w("inputSheets"), w("sheetsLeftOut", { sheets: sheetsText(c.sheetsLeftOut, lang) })],
      [null, "note"],
    );
  if (c.sheetsAdded.length > 0)
    push(
      [
        c.sheetsLeftOut.length > 0 ? null : w("inputSheets"),
        w("sheetsAdded", { sheets: sheetsText(c.sheetsAdded, lang) }),
      ],
      [null, "note"],
    );
  const counts = moveCounts(c);
  push([]);
  // The counts start in column B, under headings of their own (column A is the matrices' labels).
  const countCells = [
    c.previous.count,
    c.current.count,
    ...MOVES.map((m) => counts[m]),
    c.removed.length,
  ];
  const integers = (n: number): LayoutLook[] => new Array<LayoutLook>(n).fill("integer");
  push(
    [
      null,
      w("customersBefore"),
      w("customersNow"),
      ...MOVES.map((m) => MOVE_WORDS[m][lang]),
      REMOVED[lang],
    ],
    [null, ...integers(countCells.length)],
  );
  push([null, ...countCells], [null, ...integers(countCells.length)]);

  for (const m of c.matrices) {
    const d = m.dimension;
    const rowSum = (f: number) => {
      let s = 0;
      for (let t = 0; t < m.size; t++) s += m.counts[f * m.size + t];
      return s;
    };
    const colSum = (t: number) => {
      let s = 0;
      for (let f = 0; f < m.size; f++) s += m.counts[f * m.size + t];
      return s;
    };
    // Only codes either run used, so an 11-segment matrix stays readable; totals still add up.
    const used: number[] = [];
    for (let k = 0; k < m.size; k++) if (rowSum(k) > 0 || colSum(k) > 0) used.push(k);
    push([]);
    push([w("matrixTitle", { dimension: DIMENSION_WORDS[d][lang] })]);
    // The moved count and share under the title, each label beside its figure.
    push([w("customersMoved"), m.moved], [null, "integer"]);
    push([w("movedRevenueShare"), rateCell(m.movedRevenueShare)], [null, "percent"]);
    const matrixLooks: RowLooks = [null, ...integers(used.length + 1), "money", "percent"];
    push(
      [
        w("beforeNow"),
        ...used.map((k) => codeLabel(d, k - 1, lang)),
        w("total"),
        w("revenueBefore"),
        w("revenueMoved"),
      ],
      ["heading", ...matrixLooks.slice(1)],
    );
    let total = 0;
    for (const f of used) {
      let rowRevenue = 0;
      let movedRevenue = 0;
      for (let t = 0; t < m.size; t++) {
        rowRevenue += m.revenue[f * m.size + t];
        if (t !== f) movedRevenue += m.revenue[f * m.size + t];
      }
      const n = rowSum(f);
      total += n;
      push(
        [
          codeLabel(d, f - 1, lang),
          ...used.map((t) => m.counts[f * m.size + t]),
          n,
          numberCell(rowRevenue),
          rateCell(rowRevenue > 0 ? movedRevenue / rowRevenue : NaN),
        ],
        matrixLooks,
      );
    }
    push([w("total"), ...used.map((t) => colSum(t)), total], matrixLooks);
  }
  // Each move counted neither way under its own heading (refresh8: refit moves are not cut-offs').
  const sections: { move: Words; list: Int32Array; previous: boolean }[] = [
    { move: MOVE_WORDS.worse, list: c.wrongWay, previous: false },
    { move: MOVE_WORDS.better, list: c.rightWay, previous: false },
    ...NEITHER_WAY.map((k) => ({ move: MOVE_WORDS[k.move], list: c[k.list], previous: false })),
    { move: MOVE_WORDS.new, list: c.added, previous: false },
    { move: REMOVED, list: c.removed, previous: true },
  ];
  const listRows = sections.reduce((n, s) => n + s.list.length, 0);
  // The list prints whole under the matrices (stop 31 tester #6: the list is what a manager wants
  // on paper). A print area of its first 250 rows printed a filtered list cut there without a word
  // (tester11 #7, stop 36: one owner's rows past row 250 left out): Excel prints the rows a filter
  // shows, so a long list says to filter it before printing part of it.
  if (listRows > LONG_LIST_ROWS) {
    push([]);
    push([w("listPrintWhole", { count: formatNumber(listRows, lang, 0) })], ["note"]);
  }
  push([]);
  push([w("customerList")]);
  // Which way a customer moved, as a rule the manager can read (direction.ts moveDirection): its
  // label in A, its two parts as notes on the two printed pages, each whole on its page (tester52
  // L2: one note over A:O was cut at the break, and A:C repeated beside showed a piece of it).
  const rule: Cell[] = new Array<Cell>(REASON_COLUMN + 1).fill(null);
  const ruleLooks = new Array<LayoutLook | null>(REASON_COLUMN + 1).fill(null);
  rule[0] = w("listRuleLabel");
  rule[NAME_COLUMN + 1] = w("listRule", {
    points: formatNumber(PROBABILITY_AGAINST * 100, lang, 0),
  });
  rule[REASON_COLUMN] = w("listRuleMore");
  ruleLooks[NAME_COLUMN + 1] = "note";
  ruleLooks[REASON_COLUMN] = "note";
  push(rule, ruleLooks);
  push(listHeader(lang, windowMonths), LIST_HEADING_LOOKS);
  // The list's heading row, repeated on each printed page of the list (ReportTable.printTitleRow).
  const listHeadingRow = head.length - 1;
  // The whole tab, set explicitly: the add-in reuses a sheet, whose earlier print area would stay.
  const printRows = head.length + listRows;
  // Probabilities as the JSON gives them (to a millionth, in their level): 0.4996 at low read
  // 0.5 at 3 decimals, where medium starts, for a filter on the cell (reviewer D2, stop 34).
  const probability = probabilityFigures(c, prev, cur);
  const reason = moverReasons(c, prev, cur, lang, withinRhythm);
  const removedReason = w("removedReason", { date: dateOr(c.previous.asOf, lang) });
  /** Row k of the list; `withReason` false: the reason left out (a sample for the widths). */
  const listRow = (k: number, withReason = true): Cell[] => {
    for (const s of sections) {
      if (k >= s.list.length) {
        k -= s.list.length;
        continue;
      }
      const i = s.list[k];
      if (s.previous) {
        return [
          s.move[lang],
          prev.id[i],
          prev.name[i],
          prev.owner[i],
          numberCell(prev.spend[i]),
          "",
          probability.previous(i) ?? "",
          "",
          removedReason,
        ];
      }
      const j = c.previousIndex[i];
      return [
        s.move[lang],
        cur.id[i],
        cur.name[i],
        cur.owner[i],
        j >= 0 ? numberCell(prev.spend[j]) : "",
        numberCell(cur.spend[i]),
        j >= 0 ? (probability.previous(j) ?? "") : "",
        probability.current(i) ?? "",
        !withReason ? "" : reason(i),
      ];
    }
    return [];
  };
  // The reason (a note from column I) spans at least seven columns, however narrow the matrices.
  const width = Math.max(...head.map((r) => r.length), listHeader(lang, windowMonths).length + 6);
  const pad = (r: Cell[]): Cell[] =>
    r.length < width ? [...r, ...new Array<Cell>(width - r.length).fill(null)] : r;
  // Widths as the writer fits them, from the rows it samples (the list's first rows widen the
  // money columns, which the matrices share): the print scale, so the lines a page holds.
  const sampled = Math.max(0, Math.min(listRows, SAMPLE_ROWS - head.length));
  const sample = head.concat(Array.from({ length: sampled }, (_, k) => listRow(k, false)));
  // The names' column as wide as keeps every name whole or with two characters or more on its
  // second line (12- and 13-character company names left one alone at 24: stop 35 tester #6).
  const names = wholeNameWidth(
    sample.slice(head.length).map((r) => String(r[NAME_COLUMN] ?? "")),
    LIST_WIDTHS[NAME_COLUMN],
  );
  // A matrix's headings on one line where a column a little wider holds them (模型重新 / 拟合 and
  // 重要发展 / 客户 printed on two: tester13 #10); longer ones wrap between words.
  const asked = Array.from({ length: width }, (_, k) =>
    k === NAME_COLUMN ? names : (LIST_WIDTHS[k] ?? 10),
  );
  head.forEach((r, i) => {
    const looks = headLooks[i];
    if (!looks || i === listHeadingRow) return;
    for (let k = 1; k < r.length; k++) {
      const v = r[k];
      const look = looks[k] ?? null;
      if (typeof v !== "string" || v === "" || look === null || look === "note") continue;
      const one = oneLineWidth(v, INDENT_CHARS);
      if (one <= ONE_LINE_MOST && one > asked[k]) asked[k] = one;
    }
  });
  // The list's reasons (column I, notes over I:O) are written broken where they wrap
  // (ReportColumn.breakLines): LibreOffice cut "最近购买 2025-" / "11-02" in 125 of 1,118 zh rows
  // and started lines with "：" (the zh December refresh of the samples).
  const columns: ReportColumn[] = Array.from({ length: width }, (_, k) => ({
    key: `c${k + 1}`,
    header: "",
    format: "text" as const,
    width: asked[k],
    ...(LIST_LOOKS[k] === "note" ? { breakLines: true } : {}),
  }));
  // Pages break between the matrices, never under a matrix's title (the refresh render split the
  // lifecycle matrix from its title at the foot of page 1).
  const widths = columns.map((c) => c.width);
  const blank = (r: readonly Cell[]) => !r.some((c) => c !== null && c !== undefined && c !== "");
  const starts = head.map((r, i) => i > 0 && blank(head[i - 1]) && !blank(r));
  const sampleLooks = headLooks.concat(new Array<RowLooks>(sampled).fill(LIST_LOOKS));
  // The matrices' category names over their columns are data labels: never broken with a line
  // feed (reviewer D4, stop 34: 76b112a wrote 未分类\n（无购买）, which find and MATCH miss).
  // The list's heading is its filter's header, read as a table's: written as its words, never
  // broken with a line feed, so its columns break alike (tester11 #11, stop 36: en wrote
  // "Churn\nprobability\nnow (%)" beside an unbroken "Churn probability before (%)").
  const labels = new Set([
    ...DIMENSIONS.flatMap((d) =>
      [-1, ...DIMENSION_CODES[d].map((_, k) => k)].map((k) => codeLabel(d, k, lang)),
    ),
    ...listHeader(lang, windowMonths),
  ]);
  // The amounts' symbol before them (ReportTable.currency, set on every tab by tabs.ts).
  const symbol = currency === undefined ? undefined : textWidth(currency);
  const all = layoutWidths(sample, sampleLooks, widths, width, labels, symbol);
  // Printed on two pages side by side, each at about 80% (one page wide, the whole tab printed at
  // about 52%, 6 pt: tester49 L4): the list's figures and the matrices' first columns, then the
  // reasons and the matrices' last columns beside them, A:C (the matrices' row labels; the list's
  // category, ID and name) repeated there. At these widths, which both adapters set.
  const print = sideBySide(all, REASON_COLUMN, [0, NAME_COLUMN]);
  const pageBreaks = pageBreaksFor(
    rowLineEstimates(
      head,
      headLooks,
      all,
      width,
      columns.map((c) => c.breakLines === true),
    ),
    starts,
    0,
    linesPerPage([print?.chars ?? widerPage(all, width, width)], 1, false),
  );
  return {
    tab: "changes",
    sheetName: tabName("changes", lang),
    columns,
    rowCount: head.length + listRows,
    rows(start, end) {
      const out: Cell[][] = [];
      const stop = Math.min(end, head.length + listRows);
      for (let r = Math.max(0, start); r < stop; r++) {
        out.push(pad(r < head.length ? head[r] : listRow(r - head.length)));
      }
      return out;
    },
    looks: { rows: headLooks, rest: LIST_LOOKS },
    printRows,
    printTitleRow: listHeadingRow,
    ...(print ? { sideBySide: print } : {}),
    listRow: listHeadingRow,
    listColumns: LIST_LOOKS.length,
    labels,
    pageBreaks,
    style: "layout",
    mode: "replace",
  };
}

/**
 * The list's looks and widths, which the matrices above share: the reason (column I) is a note
 * wrapped over the rest of its row (I to the widest matrix's last column), so column I is as
 * narrow as the matrices' figures and no wide column splits the RFM matrix (about 15 columns),
 * which still prints legibly one page wide.
 */
const LIST_LOOKS: RowLooks = [
  null,
  null,
  null,
  null,
  "money",
  "money",
  "percent",
  "percent",
  "note",
];
const LIST_HEADING_LOOKS: RowLooks = LIST_LOOKS.map((l) =>
  l === null || l === "note" ? "heading" : l,
);
// The name column (C) holds an 11-character company name on one line (测试客户49号有限公司 wrapped
// its last character alone at 20: tester10 #6, stop 34).
// At least: wider where names would leave a character alone on a line (wholeNameWidth).
// Column A (23) holds the matrices' label 变动客户上次收入占比 on one line in either renderer
// (tester12 #11: at 22 "变动客户的上次收入占 / 比（%）").
const LIST_WIDTHS = [23, 11, 24, 9, 12, 12, 9, 9, 10];
/** The list's column of names (C). */
const NAME_COLUMN = 2;
/** The list's reason (I), a note over the rest of its row: printed on the page beside. */
const REASON_COLUMN = 8;

/**
 * A list longer than this (about 25 rows a page: ten pages) says above it that it prints whole and
 * how to print part of it (a filter).
 */
export const LONG_LIST_ROWS = 250;

/**
 * The names of input sheets in the run's language, as a list: the tab, the console summary and
 * the pane say it alike.
 *
 * @example sheetsText(["surveys", "complaints"], "zh-CN") // "满意度调查、投诉"
 */
export function sheetsText(kinds: readonly SheetKind[], lang: Lang): string {
  return kinds.map((k) => SHEETS[k].label[lang]).join(say(lang, "changes", "sheetsSeparator"));
}

/** A summary line's code for each move counted neither way (words/cliWords.ts SUMMARY). */
const NEITHER_WAY_LINE = {
  mixed: "mixedLine",
  dataChanged: "dataChangedLine",
  cutOffs: "cutOffsLine",
  refit: "refitLine",
  program: "programLine",
  byTime: "byTimeLine",
  sideways: "sidewaysLine",
} as const satisfies Record<(typeof NEITHER_WAY)[number]["move"], Code<"summary">>;

/**
 * The lines under a refresh's changes line, as the console summary prints them and the pane shows
 * them (trimmed): each move counted neither way with its count (compare.ts NEITHER_WAY), then the
 * input sheets only one run read. `tab`: the Changes tab's sheet name. Lists a comparison does not
 * have count as empty.
 *
 * @example neitherWayLines(changes, "en-US", "Changes")[0].text // "  3 customers moved only because the cut-offs moved …"
 */
export function neitherWayLines(
  changes: Pick<RunChanges, "previous" | "comparison">,
  lang: Lang,
  tab: string,
): { key: string; text: string }[] {
  const c = changes.comparison;
  const lines: { key: string; text: string }[] = [];
  const line = (key: string, code: Code<"summary">, params: WordParams) =>
    lines.push({ key, text: say(lang, "summary", code, params) });
  // Time alone has three causes, a line each: the two-day rule, customers already churned, and
  // wrong-way moves with nothing of the customer's since (tester61 U129: the headline alarmed).
  const lost = lostByTimeCount(c);
  const silent = silentByTimeCounts(c);
  // Purchases read anew by the program's updated reading: a line of their own, not "check the data".
  const readAnew = readAnewCount(c);
  for (const k of NEITHER_WAY) {
    let count = (c[k.list] as Int32Array | undefined)?.length ?? 0;
    if (k.move === "byTime") count -= lost + silent.count;
    if (k.move === "dataChanged" && readAnew > 0) {
      count -= readAnew;
      line("readAnew", "readAnewLine", {
        count: readAnew,
        date: isoDate(changes.previous.asOf),
        tab,
        versions: readingVersionsText(c, lang),
      });
    }
    if (count > 0)
      // The refit at a later date is a fall with nothing of the customer's lowering it (compare.ts).
      line(
        k.move,
        k.move === "refit" && c.sameDate === false
          ? c.defaultWeights
            ? "refitLaterDefaultLine"
            : "refitLaterLine"
          : NEITHER_WAY_LINE[k.move],
        {
          count,
          date: isoDate(changes.previous.asOf),
          tab,
          days: c.matureAfterDays ?? DEFAULTS.lifecycle.matureAfterDays,
        },
      );
    if (k.move === "byTime" && lost > 0) line("lostByTime", "lostByTimeLine", { count: lost });
    if (k.move === "byTime" && silent.count > 0)
      line("silentByTime", silent.riskRose > 0 ? "silentByTimeRiskLine" : "silentByTimeLine", {
        count: silent.count,
        rose: silent.riskRose,
        tab,
      });
  }
  if (c.sheetsLeftOut?.length)
    line("sheetsLeftOut", "sheetsLeftOutLine", { sheets: sheetsText(c.sheetsLeftOut, lang) });
  if (c.sheetsAdded?.length)
    line("sheetsAdded", "sheetsAddedLine", { sheets: sheetsText(c.sheetsAdded, lang) });
  return lines;
}

/** The causes whose words have a bracket: their count goes inside it. */
const COUNTED_INSIDE: Partial<Record<Code<"overviewTab">, Code<"overviewTab">>> = {
  changesCauseByTime: "changesCauseByTimeCounted",
  changesCauseLostByTime: "changesCauseLostByTimeCounted",
  changesCauseByTimeBoth: "changesCauseByTimeBoth",
  changesCauseSilentByTime: "changesCauseSilentByTimeCounted",
  changesCauseByTimeAll: "changesCauseByTimeAll",
};

/**
 * Time alone as the causes name it: the two-day rule and the already churned, or, when both moved
 * someone, one cause with both counts ("时间推移（2 位只在两天购买…；48 位已流失）": the same label
 * twice read as a duplicate, tester44 #8a).
 */
function byTimeCauses(
  twoDays: number,
  lost: number,
  silent: number,
): [Code<"overviewTab">, number][] {
  // Nothing of the customer's since (tester61 U129): with another kind, one cause with each count.
  if (silent > 0)
    return twoDays + lost > 0
      ? [["changesCauseByTimeAll", twoDays + lost + silent]]
      : [["changesCauseSilentByTime", silent]];
  if (twoDays > 0 && lost > 0) return [["changesCauseByTimeBoth", twoDays + lost]];
  return [
    ["changesCauseByTime", twoDays],
    ["changesCauseLostByTime", lost],
  ];
}

/**
 * The causes of the movers counted neither way, as changesOthers names them: only those with
 * movers, each with its count when more than one cause has movers.
 *
 * @example othersCauses([["changesCauseCutOffs", 8], ["changesCauseRefit", 0], ["changesCauseData", 0]], "en-US") // "the cut-offs"
 */
function othersCauses(
  counts: [Code<"overviewTab">, number][],
  lang: Lang,
  params: WordParams = {},
): string {
  const present = counts.filter(([, n]) => n > 0);
  const names = present.map(([code, n]) => {
    if (present.length < 2) return say(lang, "overviewTab", code, params);
    // A cause with a bracket of its own takes its count inside it: "时间推移（48 位已流失）", not
    // "时间推移（已流失客户）（48 位）" (tester43 #12).
    const inside = COUNTED_INSIDE[code];
    if (inside) return say(lang, "overviewTab", inside, { ...params, count: n });
    return say(lang, "overviewTab", "changesCauseCount", {
      cause: say(lang, "overviewTab", code, params),
      count: n,
    });
  });
  if (names.length < 2) return names[0] ?? "";
  return say(lang, "overviewTab", "changesCauses2", {
    a: names.slice(0, -1).join(say(lang, "overviewTab", "changesCausesSeparator")),
    b: names[names.length - 1],
  });
}

/**
 * What a comparison counts, for the changes line: movers each way, mixed and sideways, new and
 * removed, whether it is a re-run of the same date, and the rule-set change suffix ("" when the
 * rules did not change).
 */
function changeCounts(
  c: Pick<RunChanges["comparison"], "wrongWay" | "rightWay" | "rulesChanged"> &
    Partial<
      Pick<RunChanges["comparison"], "judgmentChanged" | "defaultsUpdated" | "previous" | "current">
    > &
    Partial<
      Pick<
        RunChanges["comparison"],
        | "mixedMoves"
        | "sidewaysMoves"
        | "cutOffMoves"
        | "refitMoves"
        | "dataChangedList"
        | "dataChanged"
        | "readingChanged"
        | "programMoves"
        | "byTimeMoves"
        | "byTime"
        | "matureAfterDays"
        | "added"
        | "removed"
        | "defaultWeights"
      >
    >,
  previous: { asOf: number; ruleSetHash: string },
  now: { asOf: number; ruleSetHash: string },
  lang: Lang,
) {
  // A re-run of the same date, or a new rule set, moves customers without their buying anything
  // (a new-user trial: "145 worse, 0 better" from a threshold alone): the lines say which.
  const rules =
    c.rulesChanged || c.defaultsUpdated
      ? say(lang, "summary", c.rulesChanged ? "rulesChangedSuffix" : "defaultRulesUpdatedSuffix", {
          from: previous.ruleSetHash.slice(0, 12),
          to: now.ruleSetHash.slice(0, 12),
        })
      : "";
  // Time alone's three kinds (compare.ts byTime): the two-day rule, already churned, nothing since.
  const lost = lostByTimeCount(c);
  const silent = silentByTimeCounts(c).count;
  const twoDays = (c.byTimeMoves?.length ?? 0) - lost - silent;
  const was = c.previous?.judgmentVersion ?? 0;
  const is = c.current?.judgmentVersion ?? 0;
  // The version's change (the defaults' update is said as the rules' suffix above).
  const versionMoved = c.judgmentChanged && !(c.defaultsUpdated && was === is);
  const judgment = !versionMoved
    ? ""
    : was > 0
      ? say(lang, "summary", "judgmentChangedSuffix", { from: was, to: is })
      : say(lang, "summary", "judgmentChangedEarlierSuffix", { to: is });
  return {
    previous: isoDate(previous.asOf),
    sameDate: Math.floor(previous.asOf) === Math.floor(now.asOf),
    worse: c.wrongWay.length,
    better: c.rightWay.length,
    mixed: c.mixedMoves?.length ?? 0,
    sideways: c.sidewaysMoves?.length ?? 0,
    // The other moves counted neither way (cut-offs, refit, data changed, the program's update,
    // time alone): the sentence's counts add up to every mover (judge15: 8 zh customers moved
    // with the cut-offs were in none of them).
    others:
      (c.cutOffMoves?.length ?? 0) +
      (c.refitMoves?.length ?? 0) +
      (c.dataChangedList?.length ?? 0) +
      (c.programMoves?.length ?? 0) +
      (c.byTimeMoves?.length ?? 0),
    // Only the causes present, each with its count when more than one is (tester15 #11: "8 位仅因
    // 分档门槛、流失模型重新拟合或数据更正而移动" when all 8 moved with the cut-offs).
    causes: othersCauses(
      [
        ["changesCauseCutOffs", c.cutOffMoves?.length ?? 0],
        [
          c.defaultWeights && Math.floor(previous.asOf) !== Math.floor(now.asOf)
            ? "changesCauseOthersRisk"
            : "changesCauseRefit",
          c.refitMoves?.length ?? 0,
        ],
        ["changesCauseData", (c.dataChangedList?.length ?? 0) - readAnewCount(c)],
        ["changesCauseReading", readAnewCount(c)],
        ["changesCauseProgram", c.programMoves?.length ?? 0],
        ...byTimeCauses(twoDays, lost, silent),
      ],
      lang,
      {
        days: c.matureAfterDays ?? DEFAULTS.lifecycle.matureAfterDays,
        twoDays,
        lost,
        silent,
      },
    ),
    // New and deleted customers too (stop 25 trial: "43 worse, 40 better" while the tab listed
    // 2,700 deleted).
    added: c.added?.length ?? 0,
    removed: c.removed?.length ?? 0,
    rules: rules + judgment,
  };
}

/**
 * The one sentence of what moved since the previous run, as the Overview and the console summary
 * both say it (one owner of the words, overviewTab changesLine; stop 38, reviewer13 D5: the two had
 * a sentence each and already differed): wrong way, right way, mixed and sideways, the other movers
 * (cut-offs, refit, data changed) when there are any, so that the counts add up to every mover, new, removed
 * when there are any, a rule-set change, and where to look. At the same analysis date it says it
 * is a re-run. `tab`: the Changes tab's sheet name.
 */
function changesSentence(
  c: Parameters<typeof changeCounts>[0],
  previous: { asOf: number; ruleSetHash: string },
  now: { asOf: number; ruleSetHash: string },
  lang: Lang,
  tab: string,
): string {
  const n = changeCounts(c, previous, now, lang);
  const w = (code: Code<"overviewTab">, params: WordParams) =>
    say(lang, "overviewTab", code, params);
  return (
    w("changesLine", {
      since: w(n.sameDate ? "changesSinceSameDate" : "changesSince", { previous: n.previous }),
      worse: n.worse,
      better: n.better,
      mixed: n.mixed,
      sideways: n.sideways,
    }) +
    (n.others > 0 ? w("changesOthers", { others: n.others, causes: n.causes }) : "") +
    w("changesAdded", { added: n.added }) +
    (n.removed > 0 ? w("changesRemoved", { removed: n.removed }) : "") +
    n.rules +
    w("changesSee", { tab })
  );
}

/**
 * The console summary's line of what moved since the previous run: the Overview's sentence
 * (changesSentence). The moves counted neither way follow on lines of their own (neitherWayLines),
 * which say why each was not counted. `now`: this run's analysis date and rule-set hash.
 *
 * @example changesLine(changes, { asOf, ruleSetHash }, "en-US", "Changes") // "Since 2025-11-30: 545 customers moved the wrong way, …"
 */
export function changesLine(
  changes: Pick<RunChanges, "previous" | "comparison">,
  now: { asOf: number; ruleSetHash: string },
  lang: Lang,
  tab: string,
): string {
  return changesSentence(changes.comparison, changes.previous, now, lang, tab);
}

/**
 * The Overview's line of what moved since the previous run (changesSentence): the Overview is the
 * page a manager forwards, and said nothing of the month's movements (tester12 #4, stop 36).
 *
 * @example overviewChangesLine(changes, "zh-CN", "变化") // "与 2025-11-30 相比：545 位变差、390 位变好、9 位有升有降、80 位平移；新增 86 位。详见“变化”表。"
 */
export function overviewChangesLine(
  changes: Pick<RunChanges, "comparison">,
  lang: Lang,
  tab: string,
): string {
  const c = changes.comparison;
  return changesSentence(c, c.previous, c.current, lang, tab);
}

/** Rows the writer fits column widths from (reportSheet.ts: the first 2,000). */
const SAMPLE_ROWS = 2000;

/** The codes of a dimension with none first, as the matrices' slots. */
const slotCodes = (d: Dimension) => [null, ...DIMENSION_CODES[d]];

/**
 * The `changes` JSON block, yielded piece by piece (movers can be many): the previous run's date,
 * source and rule-set hash, whether the rules changed, counts per move, the matrices (counts and
 * previous revenue, rows = before, columns = now, slot 0 = none) and the movers.
 *
 * @example JSON.parse([...changesJsonChunks(changes, "en-US")].join("")).rulesChanged
 */
export function* changesJsonChunks(
  changes: RunChanges | null | undefined,
  lang: Lang,
  withinRhythm?: WithinRhythm,
): Generator<string> {
  if (!changes) {
    yield "null";
    return;
  }
  const { previous: prev, current: cur, comparison: c } = changes;
  const counts = moveCounts(c);
  const reason = moverReasons(c, prev, cur, lang, withinRhythm);
  const head = {
    previousAnalysisDate: Number.isFinite(c.previous.asOf) ? isoDate(c.previous.asOf) : null,
    previousRuleSetHash: c.previous.ruleSetHash || null,
    previousSource: c.previous.source,
    // The file the previous run was read from, as the tab's row names it (refresh7b, stop 32).
    previousFile: prev.file ?? null,
    analysisDate: isoDate(c.current.asOf),
    ruleSetHash: c.current.ruleSetHash,
    rulesChanged: c.rulesChanged,
    previousJudgmentVersion: c.previous.judgmentVersion,
    judgmentVersion: c.current.judgmentVersion,
    judgmentChanged: c.judgmentChanged,
    // An earlier release's default rule set then, today's now (rules/defaultsHistory.ts; reviewer61 R16).
    defaultRulesUpdated: c.defaultsUpdated,
    // The program's reading of the data (rules/readingVersion.ts; reviewer60 R17).
    previousReadingVersion: c.previous.readingVersion,
    readingVersion: c.current.readingVersion,
    readingChanged: c.readingChanged,
    previousCustomers: c.previous.count,
    customers: c.current.count,
    counts: { ...counts, removed: c.removed.length },
    // Input sheets read by one run and not the other: movements partly theirs (users7, stop 32).
    sheetsLeftOut: c.sheetsLeftOut,
    sheetsAdded: c.sheetsAdded,
    matrices: c.matrices.map((m) => ({
      dimension: m.dimension,
      codes: slotCodes(m.dimension),
      counts: Array.from({ length: m.size }, (_, f) =>
        Array.from(m.counts.subarray(f * m.size, (f + 1) * m.size)),
      ),
      revenue: Array.from({ length: m.size }, (_, f) =>
        Array.from(
          m.revenue.subarray(f * m.size, (f + 1) * m.size),
          (x) => Math.round(x * 100) / 100,
        ),
      ),
      moved: m.moved,
      movedRevenueShare: Number.isFinite(m.movedRevenueShare) ? m.movedRevenueShare : null,
    })),
  };
  const text = JSON.stringify(head);
  yield text.slice(0, -1); // the object, still open
  const num = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null);
  // Probabilities to a millionth, as the reason quotes them at most (words.ts MAX_PERCENT_DECIMALS):
  // at 4 decimals 0.49999 → 0.50003 across a threshold read 0.5 → 0.5 (reviewer D6, stop 33); and
  // kept in their level as the reason keeps them: 0.4999996 at low is 0.499999, not 0.5 where
  // medium starts (reviewer D2, stop 34).
  const probability = probabilityFigures(c, prev, cur);
  const mover = (i: number) => {
    const j = c.previousIndex[i];
    const moves: Record<string, { from: string | null; to: string | null }> = {};
    DIMENSIONS.forEach((d, b) => {
      if (j >= 0 && c.changed[i] & (1 << b)) {
        moves[d] = {
          from: DIMENSION_CODES[d][prev.codes[d][j]] ?? null,
          to: DIMENSION_CODES[d][cur.codes[d][i]] ?? null,
        };
      }
    });
    return {
      customerId: cur.id[i],
      name: cur.name[i] || null,
      owner: cur.owner[i] || null,
      previousSpend: j >= 0 ? num(prev.spend[j]) : null,
      spend: num(cur.spend[i]),
      previousChurnProbability: j >= 0 ? probability.previous(j) : null,
      churnProbability: probability.current(i),
      changes: moves,
      reason: j >= 0 ? reason(i) : null,
    };
  };
  // Added and removed customers carry the tab's reason too (refresh8: the JSON gave none).
  const removedReason = say(lang, "changes", "removedReason", {
    date: dateOr(c.previous.asOf, lang),
  });
  const removed = (j: number) => ({
    customerId: prev.id[j],
    name: prev.name[j] || null,
    owner: prev.owner[j] || null,
    previousSpend: num(prev.spend[j]),
    reason: removedReason,
  });
  function* list(name: string, ids: Int32Array, item: (i: number) => unknown, last = false) {
    yield `,${JSON.stringify(name)}:[`;
    let block = "";
    for (let k = 0; k < ids.length; k++) {
      block += (k ? ",\n" : "\n") + JSON.stringify(item(ids[k]));
      if (block.length > 1 << 16) {
        yield block;
        block = "";
      }
    }
    yield `${block}]${last ? "}" : ""}`;
  }
  yield* list("wrongWay", c.wrongWay, mover);
  yield* list("rightWay", c.rightWay, mover);
  // The moves counted neither way (compare.ts NEITHER_WAY), each with its reason as on the tab.
  for (const k of NEITHER_WAY) yield* list(k.json, c[k.list], mover);
  yield* list("added", c.added, (i) => ({
    customerId: cur.id[i],
    name: cur.name[i] || null,
    owner: cur.owner[i] || null,
    spend: num(cur.spend[i]),
    // The tab's reason: added, with its returns, surveys, complaints and contacts since (stop 44).
    reason: reason(i),
  }));
  yield* list("removed", c.removed, removed, true);
}
