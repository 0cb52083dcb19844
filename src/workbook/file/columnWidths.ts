import type { Cell } from "../../engine/cells";
import type { ColumnFormat, ReportTable, RowLooks } from "../../engine/report/table";
import { headingIndent } from "../../engine/report/layoutPages";
import * as textMeasure from "../../engine/report/textMeasure";
import { alone, lookFormat, tableHeaderAlignment } from "./layoutLook";
import { currencyWidth } from "../numberFormats";
import { ONE_PAGE_CHARS } from "./printSetup";
import { MAX_LINES } from "./rowHeights";

// Taken once: read per call as CommonJS (tsx, jest), an imported binding is a getter call (a
// tenth of fitting the 100,000-customer tabs' widths, stop 39: charWidth per character).
const {
  INDENT_CHARS,
  MAX_WIDTH,
  BadBreaks,
  widthAt: unitsAt,
  codeUnits,
  headingBreaksWell,
  headingFitWidth,
  headingWidth,
  labelsFitWidth,
  lineCount,
  numberWidth,
  RENDERERS,
  textLines,
  textRoom,
  textWidth,
  valueWidth,
  wholeNameWidth,
} = textMeasure;

/**
 * Column widths of our tabs, in characters as Excel counts them: fitted to the header and a
 * sample of the values, CJK counted double, capped; text past the cap wraps.
 */

// Widths in characters (text with CJK counted double, numbers as written) and the caps are the
// engine's (report/textMeasure.ts), whose page estimate (layoutPages.ts) counts them the same way.
export { textWidth, valueWidth };

/**
 * A column width for a header: CJK and other wide characters count double, plus padding (and room
 * for the filter button); at least wide enough for the column's dates.
 *
 * @example headerWidth("客户编号", "text") // 10
 */
export function headerWidth(header: string, format: ColumnFormat): number {
  const least = format === "datetime" ? 17 : format === "date" ? 12 : 8;
  return Math.min(MAX_WIDTH, Math.max(least, textWidth(header) + 2));
}

/**
 * The width of a text's longest word as it prints (column-width units, Calibri 11: widthAt),
 * where wrapped text may break as Excel breaks it (textMeasure.ts wrapLines): at spaces, after a
 * hyphen, on either side of a CJK character. Wrapped in a narrower column, the word is cut inside.
 *
 * @example longestWordWidth("Government") // about 10.75
 * @example longestWordWidth("北京市政府") // 2.1
 */
export function longestWordWidth(text: string): number {
  let widest = 0;
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      word = 0;
      continue;
    }
    const w = unitsAt(text, i);
    if (code >= 0x2e80) {
      // CJK breaks on either side (half a surrogate pair counts half).
      word = 0;
      if (w > widest) widest = w;
      continue;
    }
    word += w;
    if (word > widest) widest = word;
    if (code === 45) word = 0; // "-": a line may end after it
  }
  return widest;
}

/**
 * The width of a text's widest line (textWidth of each "\n"-separated line).
 *
 * @example widestLineWidth("邮箱：c77@ex.com\n最近购买：C") // 16
 */
export function widestLineWidth(text: string): number {
  let widest = 0;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", start)) {
    widest = Math.max(widest, textWidth(text.slice(start, i)));
    start = i + 1;
  }
  return Math.max(widest, textWidth(text.slice(start)));
}

/** Rows past the first ones a column fit samples that hold what a user typed (fitSample). */
const TYPED_SAMPLE = 2000;

/**
 * The rows a table's columns are fitted to (widths and wraps: fitWidths), by both adapters: its
 * first `count`, then its rows holding what a user typed past them (ReportTable.typedRows, at most
 * TYPED_SAMPLE), so a long typed status on a row far down is not left out (tester47 L2: kept rows
 * come after the planned ones, past 2,000 on the zh sample, and 已约下周二拜访 ran out of its column).
 *
 * @example fitSample(schedule, 2000).length // 2,000 and the typed rows after them
 */
export function fitSample(table: ReportTable, count: number): Cell[][] {
  const first = Math.min(table.rowCount, count);
  const rows = table.rows(0, first);
  const typed = table.typedRows ?? [];
  let more = 0;
  for (let k = 0; k < typed.length && more < TYPED_SAMPLE; k++) {
    const r = typed[k];
    if (r < first || r >= table.rowCount) continue;
    rows.push(...table.rows(r, r + 1));
    more++;
  }
  return rows;
}

/** How many columns a tab spans: a table's columns, a layout's longest row. */
export function layoutWidth(table: ReportTable, sample: readonly (readonly Cell[])[]): number {
  if (table.style === "table") return table.columns.length;
  return sample.reduce((m, r) => Math.max(m, r.length), 1);
}

/**
 * Column widths from the header and a sample of values (with their looks, layout tabs); wrap
 * where text passes the cap, or, in a layout column the engine gave a width, passes that width.
 *
 * @example fitWidths(table, table.rows(0, 2000), tableHeaders(table), [])[0] // { width: 12, wrap: false }
 */
export function fitWidths(
  table: ReportTable,
  sample: readonly (readonly Cell[])[],
  headers: string[],
  looks: readonly (RowLooks | undefined)[],
): Array<{ width: number; wrap: boolean }> {
  const isTable = table.style === "table";
  const n = isTable ? table.columns.length : layoutWidth(table, sample);
  const out: Array<{ width: number; wrap: boolean }> = [];
  // An amount shows its currency symbol before the figure (numberFormats.ts moneyFormat).
  const symbol = currencyWidth(table.currency);
  let extra = 0;
  for (let i = 0; i < n; i++) {
    const format = isTable ? table.columns[i].format : "text";
    const asked = table.columns[i]?.width;
    // A printed column of a tab with a print area (the schedule's call sheet) keeps the width it
    // asks for, longer text wrapping and its header on two lines, so the call sheet stays one page
    // wide at a legible size (figures and dates still widen it: never ###).
    const printed = isTable && table.printColumns !== undefined && i < table.printColumns;
    const held = printed && asked !== undefined && format === "text";
    // A column on screen only: its header on one line, with room for the filter button. A printed
    // one: its values, its header over as many lines as it breaks well in (below); a width the
    // engine asks for is the least.
    let widest = !isTable || printed ? 6 : Math.min(MAX_WIDTH, headerWidth(headers[i], format) + 2);
    if (asked !== undefined && asked > widest) widest = asked;
    const fit = isTable
      ? fitTableColumn(
          sample,
          i,
          format,
          held ? asked! : -1,
          widest,
          !(table.inputTextColumns ?? []).includes(i),
          symbol,
        )
      : fitLayoutColumn(sample, i, looks, asked ?? -1, widest, table.labels, symbol);
    // A held column may ask for more than the cap (ReportColumn.uncapped: the at-risk reasons).
    const cap = held && table.columns[i].uncapped ? Math.max(MAX_WIDTH, asked!) : MAX_WIDTH;
    let width = Math.min(cap, Math.max(Math.abs(fit), 6));
    // A held column of few distinct texts (regions, owners, types) wraps them alike in Excel and
    // LibreOffice: else a row is as tall as Excel's lines and prints with a spare one.
    if (held && fit < 0) width = sameLinesWidth(sample, i, width);
    // Company names: no name's last character alone on a line (wholeNameWidth); the width taken
    // comes off the shared columns below.
    if (held && table.columns[i].wholeNames) {
      const names = wholeNameWidth(texts(sample, i), width);
      extra += names - width;
      width = names;
    }
    // The header breaks between words whatever the renderer (距上次购买天数 not 距上次购/买天数):
    // the column widened until it does, at most three lines (textMeasure.ts headingFitWidth: a
    // few hundred line layouts of the header, once per column, not per row). A printed column's
    // header so takes two or three lines where its values are narrow ("Days overdue" over a few
    // digits needs "overdue", not the whole header: a call sheet's columns add up to one page).
    if (isTable) width = headingFitWidth(headers[i], width, MAX_WIDTH, headerIndent(table, i));
    out.push({ width, wrap: fit < 0 });
  }
  if (isTable) {
    giveBack(table, out, extra);
    shareWidths(table, sample, headers, out);
    keepOnePage(table, out);
  }
  return out;
}

/** The least an uncapped printed column (the at-risk reasons) is narrowed to by keepOnePage. */
const UNCAPPED_LEAST = 40;

/**
 * A tab whose printed columns would pass one page (printSetup.ts pagesWide) stays one page wide
 * by narrowing its uncapped printed column (the at-risk reasons, 60) down to UNCAPPED_LEAST: with
 * e-mail addresses as customer IDs the ID column widens to its longest word (34 characters, an
 * address wraps only at a hyphen), and the at-risk tab printed two pages wide, its reasons on the
 * second of each pair (tester58 U77: 114 pages for 761 rows, 57 one page wide).
 */
function keepOnePage(table: ReportTable, out: Array<{ width: number; wrap: boolean }>): void {
  const printed = Math.min(table.printColumns ?? 0, out.length);
  let over = -ONE_PAGE_CHARS;
  for (let i = 0; i < printed; i++) over += out[i].width;
  const uncapped = table.columns.flatMap((c, i) => (c.uncapped && i < printed ? [i] : []));
  takeWidth(out, uncapped, over, UNCAPPED_LEAST);
}

/** The texts of column `i` of the sample, one per row (wholeNameWidth). */
function* texts(sample: readonly (readonly Cell[])[], i: number): Generator<string> {
  for (const row of sample) {
    const v = row[i];
    if (typeof v === "string") yield v;
  }
}

/**
 * Takes `extra` characters (what a column of names widened by: wholeNameWidth) off the tab's
 * shared columns (ReportColumn.sharesWidth), the widest first, each down to SHARED_LEAST: their
 * budget shrinks by as much, and the page (the call sheet, the at-risk tab) stays as wide.
 */
function giveBack(
  table: ReportTable,
  out: Array<{ width: number; wrap: boolean }>,
  extra: number,
): void {
  takeWidth(out, sharedColumns(table, out.length), extra, SHARED_LEAST);
}

/**
 * Takes `extra` characters off the columns `pool`, the widest first, each down to `least`
 * (giveBack's shared columns, keepOnePage's uncapped ones).
 */
function takeWidth(
  out: Array<{ width: number; wrap: boolean }>,
  pool: readonly number[],
  extra: number,
  least: number,
): void {
  while (extra > 0 && pool.length > 0) {
    const k = pool.reduce((a, b) => (out[b].width > out[a].width ? b : a));
    const take = Math.min(extra, out[k].width - least);
    if (take <= 0) return;
    out[k] = { ...out[k], width: out[k].width - take };
    extra -= take;
  }
}

/** The print area's text columns that share their width (shareWidths' pool). */
function sharedColumns(table: ReportTable, n: number): number[] {
  const printed = table.printColumns ?? 0;
  return table.columns.flatMap((c, i) =>
    c.sharesWidth && c.format === "text" && i < printed && i < n ? [i] : [],
  );
}

/**
 * The print area's text columns that share their width (ReportColumn.sharesWidth: the schedule's
 * reason and talking point), given widths from their content: their widths add up to the same
 * budget (the call sheet stays one page wide), split so that the sample's rows take the fewest
 * lines, each row as tall as its tallest wrapped cell (rowHeights.ts; the other wrapped printed
 * columns, a two-line name, count too), and among splits as good, the nearest to the asked one.
 * Each keeps at least its longest word and a width its header breaks well in. At 24 and 40 the en
 * reason "Retention call (signs of leaving); RFM segment dropped from Loyal to Can't lose them …"
 * took 9 or 10 lines beside a talking point of three words (stop 34 tester #8). Once per tab: the
 * lines of each distinct text at each width tried (half characters), pairs of columns in turn.
 *
 * @example shareWidths(followUps, sample, headers, out) // out[5].width 24 → 38, out[6].width 40 → 26
 */
export function shareWidths(
  table: ReportTable,
  sample: readonly (readonly Cell[])[],
  headers: readonly string[],
  out: Array<{ width: number; wrap: boolean }>,
): void {
  const printed = table.printColumns ?? 0;
  const pool = sharedColumns(table, out.length);
  const rows = sample.length;
  if (pool.length < 2 || rows === 0) return;
  // The row's other wrapped printed cells: it is at least that tall, whatever the split.
  const floor = new Uint8Array(rows).fill(1);
  out.forEach((w, j) => {
    if (!w.wrap || j >= printed || pool.includes(j)) return;
    for (let r = 0; r < rows; r++) {
      const v = sample[r][j];
      if (typeof v === "string" && v !== "")
        floor[r] = Math.max(floor[r], Math.min(MAX_LINES, textLines(v, w.width)));
    }
  });
  const asked = pool.map((i) => out[i].width);
  const total = asked.reduce((a, b) => a + b, 0);
  // Per column: its distinct texts, each row's, and the least width (its longest word).
  const columns = pool.map((i) => {
    const ids = new Int32Array(rows).fill(-1);
    const index = new Map<string, number>();
    const texts: string[] = [];
    const breaks: InstanceType<typeof BadBreaks>[] = [];
    let least = SHARED_LEAST;
    for (let r = 0; r < rows; r++) {
      const v = sample[r][i];
      if (typeof v !== "string" || v === "") continue;
      let id = index.get(v);
      if (id === undefined) {
        index.set(v, (id = texts.length));
        texts.push(v);
        breaks.push(new BadBreaks(codeUnits(v)));
        least = Math.max(least, Math.ceil(longestWordWidth(v) + 1));
      }
      ids[r] = id;
    }
    return { ids, texts, breaks, least: Math.min(least, asked[pool.indexOf(i)]) };
  });
  // Widths tried: half characters from each column's least to the budget less the others' least.
  const lowest = Math.min(...columns.map((c) => c.least));
  const steps = Math.max(0, Math.floor((total - lowest) * 2)) + 1;
  const widthAt = (s: number) => lowest + s / 2;
  const stepOf = (w: number) => Math.round((w - lowest) * 2);
  const leastSum = columns.reduce((a, c) => a + c.least, 0);
  const reach = columns.map((c) => [
    stepOf(c.least),
    Math.min(steps - 1, Math.max(stepOf(c.least), stepOf(total - (leastSum - c.least)))),
  ]);
  // Lines of a text at every step, filled between two steps with the same count (fewer lines as
  // the column widens): a short text takes a few layouts, not one per step.
  const lines = columns.map((c) => c.texts.map(() => null as Uint8Array | null));
  const linesOf = (k: number, id: number): Uint8Array => {
    let a = lines[k][id];
    if (a) return a;
    const text = columns[k].texts[id];
    a = new Uint8Array(steps);
    const at = (s: number) => (a![s] ||= Math.min(MAX_LINES, textLines(text, widthAt(s))));
    const fill = (lo: number, hi: number): void => {
      if (hi - lo < 2) return;
      if (at(lo) === at(hi)) {
        a!.fill(a![lo], lo + 1, hi);
        return;
      }
      const mid = (lo + hi) >> 1;
      at(mid);
      fill(lo, mid);
      fill(mid, hi);
    };
    // Only the widths this column can be given: from its least to the budget less the others'
    // least (a long reason's layouts at the other widths were a third of the work: reviewer11 D2).
    const [lo, hi] = reach[k];
    at(lo);
    at(hi);
    fill(lo, hi);
    lines[k][id] = a;
    return a;
  };
  const tables = columns.map((c, k) => c.texts.map((_, id) => linesOf(k, id)));
  const breaksWell = (k: number, width: number): boolean =>
    headingBreaksWell(headers[pool[k]], width, headerIndent(table, pool[k]));
  const cost = (w: Float64Array): number => {
    const at = Int32Array.from(w, stepOf);
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      let n = floor[r];
      for (let k = 0; k < columns.length; k++) {
        const id = columns[k].ids[r];
        if (id < 0) continue;
        const m = tables[k][id][at[k]];
        if (m > n) n = m;
      }
      sum += n;
    }
    return sum;
  };
  const distance = (w: Float64Array) => w.reduce((s, x, k) => s + Math.abs(x - asked[k]), 0);
  // A row that reads badly in a renderer (breaksBadly: a lone closing mark or character, a date
  // cut at its hyphen) costs half a line (BAD_ROW).
  // Per column and width asked: each distinct text's breaksBadly (1 or 0; 2 not asked yet).
  const bad = columns.map(() => new Map<number, Int8Array>());
  // Widths as a Float64Array: an array's elements were whole numbers in one call and halves in
  // the next (a new map each time), which deoptimized cost and badRows ("wrong map").
  const widths = Float64Array.from(asked);
  let best = cost(widths) + badRows(columns, bad, rows, widths, Infinity) * BAD_ROW;
  // Pairs in turn, each pair's sum split every way in half characters, until no split helps. Two
  // columns are one pair, whose sum stays as it was: a round after the first tries the same splits
  // against the best of them all and takes none (its best split leaves none fewer lines, and of
  // those as good it is the nearest to the asked), so one round (the schedule's and the At-risk
  // tab's second took 2 and 6 ms of their 40 and 47 at 100k, measured in the bundle).
  //
  // A pair's split is the least of (cost with bad rows, distance from the asked), the first on a
  // tie, the widths it starts from before all. Its bad rows are counted best-first: the splits in
  // order of their lines (fewest first, then in order), up to the first whose lines alone pass
  // the best cost found (bad rows only add), so only the few splits near the best are laid out
  // (in order of width, each split of fewer lines than the best so far was: 100,000 customers'
  // At-risk tab, its reasons laid out at most of its widths).
  const rounds = pool.length === 2 ? 1 : 4;
  for (let round = 0, better = true; better && round < rounds; round++) {
    better = false;
    for (let a = 0; a < pool.length; a++) {
      for (let b = a + 1; b < pool.length; b++) {
        const sum = widths[a] + widths[b];
        const splits: number[] = [];
        for (let wa = columns[a].least; wa <= sum - columns[b].least; wa += 0.5) splits.push(wa);
        const tried = widths.slice();
        const linesAt = splits.map((wa) => {
          tried[a] = wa;
          tried[b] = sum - wa;
          return cost(tried);
        });
        const order = splits.map((_, j) => j).sort((x, y) => linesAt[x] - linesAt[y] || x - y);
        let chosen = -1;
        let chosenDistance = distance(widths);
        const started = best;
        for (const j of order) {
          const lines = linesAt[j];
          if (lines > best) break;
          tried[a] = splits[j];
          tried[b] = sum - splits[j];
          const c = lines + badRows(columns, bad, rows, tried, (best - lines) / BAD_ROW) * BAD_ROW;
          if (c > best) continue;
          const d = distance(tried);
          if (c === best && (d > chosenDistance || (d === chosenDistance && j > chosen))) continue;
          if (!breaksWell(a, tried[a]) || !breaksWell(b, tried[b])) continue;
          best = c;
          chosen = j;
          chosenDistance = d;
        }
        if (chosen >= 0) {
          if (best < started) better = true;
          widths[a] = splits[chosen];
          widths[b] = sum - splits[chosen];
        }
      }
    }
  }
  pool.forEach((i, k) => {
    const at = stepOf(widths[k]);
    const wrap = tables[k].some((a) => a[at] > 1);
    out[i] = { width: widths[k], wrap: out[i].wrap || wrap };
  });
}

/**
 * Rows of shareWidths' columns that read badly at widths `w` (each distinct text's breaksBadly,
 * memoised per column and width in `bad`: 1 or 0, 2 not asked yet), counted until more than
 * `limit`. A function of the module, not a closure of each shareWidths call: a new closure a table
 * was compiled by TurboFan anew (5-6 compiles a 100k run).
 */
function badRows(
  columns: readonly { ids: Int32Array; breaks: readonly InstanceType<typeof BadBreaks>[] }[],
  bad: readonly Map<number, Int8Array>[],
  rows: number,
  w: Float64Array,
  limit: number,
): number {
  let sum = 0;
  for (let k = 0; k < columns.length && sum <= limit; k++) {
    const { ids, breaks } = columns[k];
    let memo = bad[k].get(w[k]);
    if (memo === undefined) bad[k].set(w[k], (memo = new Int8Array(breaks.length).fill(2)));
    for (let r = 0; r < rows; r++) {
      const id = ids[r];
      if (id < 0) continue;
      let b = memo[id];
      if (b === 2) memo[id] = b = breaks[id].at(w[k]) ? 1 : 0;
      if (b === 1 && ++sum > limit) return sum;
    }
  }
  return sum;
}

/**
 * What a row that reads badly (textMeasure.ts breaksBadly) costs in shareWidths, in lines: half a
 * line. The zh At-risk reasons at 36.5 took 26 lines fewer of 2,305 than at 35 and broke 160
 * of 761 rows badly against 35 (tester12 #12: "约 5.5 个 / ）", "2025-07- / 09"); on the call
 * sheet a whole line each moved the reason from 39 to 30.5, 106 lines more for 131 rows fewer.
 */
const BAD_ROW = 0.5;

/** The least width a shared column is given (shareWidths): a few words a line. */
const SHARED_LEAST = 12;

/**
 * Characters a table header is indented from its column's edge: a figure's header is right-aligned
 * one indent in, as its figures (layoutLook.ts tableHeaderAlignment).
 *
 * @example headerIndent(segmentsTable, 8) // 1: 距上次购买天数 over whole numbers
 */
export function headerIndent(table: ReportTable, i: number): number {
  const c = table.columns[i];
  if (!c) return 0;
  return tableHeaderAlignment(c.format, table.highlight?.column === i).indent ? INDENT_CHARS : 0;
}

/**
 * The widest value of a table tab's column `i` in the sample, at least `widest`; negative when its
 * text wraps. `held`: the width a printed text column keeps (its longer text wraps), else -1.
 * `labels`: its texts are the engine's words, not the input's (ReportTable.inputTextColumns).
 * Arguments of one shape for every tab (numbers, a format, the sample's rows): V8 compiles the
 * loop once for the workbook (fitWidths, reading each tab's own kind of table object, was compiled
 * four or five times in one run).
 */
function fitTableColumn(
  sample: readonly (readonly Cell[])[],
  i: number,
  format: ColumnFormat,
  held: number,
  widest: number,
  labels: boolean,
  symbol: number,
): number {
  let wrap = false;
  for (let r = 0; r < sample.length; r++) {
    const v = sample[r][i];
    if (v === null || v === undefined) continue;
    let w: number;
    if (typeof v === "number") {
      w = format === "date" ? 11 : format === "datetime" ? 17 : numberWidth(v, format);
      if (format === "money") w += symbol;
    } else if (v instanceof Date) w = 11;
    else {
      const text = typeof v === "string" ? v : String(v);
      // A text with a line feed of its own (an e-mail contact's talking point: the address, then
      // the point) is as wide as its widest line, and its column wraps: without wrap, Excel draws
      // the text on one line and LibreOffice runs its second line over the next row, and only a
      // wrapped column's rows are sized to their lines (rowHeights.ts; stop 35 tester #1: 20 of 26
      // two-line talking points got a one-line row where the rest of the row was short).
      const feed = text.indexOf("\n") >= 0;
      w = feed ? widestLineWidth(text) + 2 : valueWidth(text);
      if (feed) wrap = true;
      if (held >= 0 && w > held) {
        wrap = true;
        // Wrapped text breaks between words (CJK anywhere): a word wider than the column is
        // cut inside it (en segments tab, "Government" in the Type column of 10: "Governmen/t"),
        // so the column is at least its longest word with Excel's padding (0.7 units).
        const word = Math.ceil(longestWordWidth(text) + 1);
        if (word > widest) widest = word;
        // A label (a level, a class: 无（未购买）) breaks as a header does, or not at all: at 8
        // it printed 无（未购 / 买）, its row twice as tall as its neighbours (stop 32 tester #4).
        if (labels && w <= LABEL_WIDTH) {
          const fit = labelWidth(text, widest);
          if (fit > widest) widest = fit;
        }
        continue;
      }
    }
    if (w > MAX_WIDTH) wrap = true;
    if (w > widest) widest = w;
  }
  return wrap ? -widest : widest;
}

/**
 * The narrowest width from `least` up to 4 characters more, in half characters, in which every
 * distinct text of column `i` (at most 200 in the sample, else `least`) wraps in as many lines in
 * Excel's room as in LibreOffice's, 5 % wider (textMeasure.ts RENDERERS): row heights count Excel's
 * lines, and the en segments tab's "Central China - Hubei" (3 lines in Excel at 12, 2 in
 * LibreOffice) printed its rows a line taller than their neighbours (stop 32 tester #4). Once per
 * column: distinct texts × at most 9 widths × 2 layouts.
 *
 * @example sameLinesWidth(sample, 4, 12) // 13 for the en regions
 */
export function sameLinesWidth(
  sample: readonly (readonly Cell[])[],
  i: number,
  least: number,
): number {
  const texts = new Set<string>();
  for (const row of sample) {
    const v = row[i];
    if (typeof v !== "string" || v === "") continue;
    texts.add(v);
    if (texts.size > 200) return least;
  }
  const codes = Array.from(texts, codeUnits);
  const wide = RENDERERS[RENDERERS.length - 2][0];
  for (let w = least; w <= Math.min(MAX_WIDTH, least + 4); w += 0.5) {
    const room = textRoom(w);
    let same = true;
    for (const t of codes) {
      if (lineCount(t, room) !== lineCount(t, room * wide)) {
        same = false;
        break;
      }
    }
    if (same) return w;
  }
  return least;
}

/** Text this wide or narrower (CJK counted double, with padding) is a label: it breaks as a header. */
const LABEL_WIDTH = 18;
const labelMemo = new Map<string, number>();

/**
 * The width (at least `least`) in which a label wraps well (textMeasure.ts headingFitWidth: between
 * words, no lone bracket or character), memoised: a column's labels are few and repeat.
 *
 * @example labelWidth("无（未购买）", 8) // 13.5: one line
 */
function labelWidth(text: string, least: number): number {
  const key = `${least}\u0000${text}`;
  let w = labelMemo.get(key);
  if (w === undefined) {
    w = headingFitWidth(text, least, MAX_WIDTH, 0);
    if (labelMemo.size > 10_000) labelMemo.clear();
    labelMemo.set(key, w);
  }
  return w;
}

/**
 * The widest value of a layout tab's column `i` (its first row, the title, left out), at least
 * `widest`; negative when its text wraps. `asked`: the width the engine gave the column, else -1
 * (its longer text wraps).
 */
function fitLayoutColumn(
  sample: readonly (readonly Cell[])[],
  i: number,
  looks: readonly (RowLooks | undefined)[],
  asked: number,
  widest: number,
  labels: ReadonlySet<string> | undefined,
  symbol: number,
): number {
  let wrap = false;
  // Data labels under a look (ReportTable.labels): fitted last, never written with line feeds.
  const labelled: { text: string; indent: number }[] = [];
  for (let r = 1; r < sample.length; r++) {
    const v = sample[r][i];
    if (v === null || v === undefined) continue;
    const look = looks[r]?.[i] ?? null;
    // A note wraps over the rest of its row; a lone text in a row (a block title) spills right.
    if (look === "note" || (typeof v === "string" && alone(sample[r], i))) continue;
    const f = lookFormat(look) ?? "text";
    let w: number;
    if (typeof v === "number") {
      w = f === "date" ? 11 : f === "datetime" ? 17 : numberWidth(v, f);
      if (f === "money") w += symbol;
    } else if (v instanceof Date) w = 11;
    else if (look !== null && typeof v === "string" && labels?.has(v)) {
      labelled.push({ text: v, indent: headingIndent(sample[r], looks[r], i) });
      continue;
    } else if (look !== null) w = headingWidth(String(v), headingIndent(sample[r], looks[r], i));
    else {
      w = valueWidth(String(v));
      // A layout column the engine gave a width keeps it: longer text wraps in it (numbers
      // still widen it, never shown as ###).
      if (asked >= 0 && w > asked) {
        wrap = true;
        const word = Math.ceil(longestWordWidth(String(v)) + 1);
        if (word > widest) widest = word;
        continue;
      }
    }
    if (w > MAX_WIDTH) wrap = true;
    if (w > widest) widest = w;
  }
  widest = labelsFitWidth(labelled, widest);
  return wrap ? -widest : widest;
}
