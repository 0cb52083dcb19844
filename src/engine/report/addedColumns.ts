import type { Cell } from "../cells";
import { columnLetters } from "../a1";
import { readParts } from "../changes/previous";
import { readTopRows, type GridSource } from "../ingest/workbook";
import { cellText, foldLabel } from "../parse/text";
import type { Lang } from "../schema";
import type { RunWarning } from "../followUp/warnings";
import { say } from "../words/catalog";
import { tabName } from "./outputTabs";
import { atRiskHeaders } from "./atRiskTab";
import { followUpHeader, followUpHeaders } from "./followUpTab";

/**
 * Columns the user added to a tab of ours that a refresh rewrites (tester54 T8: a 跟进结果 column
 * typed into 回访计划, a 处理情况 column into 流失风险名单, lost on refresh, the latter with no word).
 * A column is the user's when its header (in the tab's header row: the row naming the customer ID)
 * is none of the tab's headers in that row's language (isOurs), or when it has none. Only columns
 * with something typed under them count.
 */

/** The tabs whose added columns are looked for: the two a manager types beside. */
export const TYPED_TABS = ["followUps", "atRisk"] as const;
export type TypedTab = (typeof TYPED_TABS)[number];

/**
 * A column the user added: its header and how many rows hold something in it. A note typed beside
 * the table under no header (reviewer55 R2: the commonest way to add one) has header "" and names
 * its column's letter and its first cell with something in it.
 */
export interface AddedColumn {
  header: string;
  rows: number;
  /** Under no header: the column's letter and the first cell typed in it ("U", "U2"). */
  letter?: string;
  cell?: string;
}

/** The columns added to one tab, and the rows holding something in any of them. */
export interface AddedToTab {
  tab: TypedTab;
  /** The sheet it is written on (its first part's: a kept name, "回访计划 (2)"). */
  sheet: string;
  columns: AddedColumn[];
  rows: number;
}

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** A header as compared: folded (foldLabel), its numbers as "#". */
function headerKey(v: Cell): string {
  return foldLabel(v).replace(/\d+/g, "#");
}

/** The tab's own headers in one language, as compared, with what opens their brackets. */
interface OurHeaders {
  keys: Set<string>;
  /** By key, a header of ours with brackets: their text's start (说明（排序：…）: "排序"). */
  bracketed: Map<string, string>;
}

/** The first characters of a header's bracketed text ("说明（我的）" → "我的"), "" when none. */
function bracketStart(v: string): string {
  const m = /[（(]([^）)]*)/.exec(v);
  return m ? m[1].replace(/\s+/g, "").toLowerCase().slice(0, 2) : "";
}

/**
 * The tab's own headers per language and its customer ID header (to its language), as compared.
 * A header row is in one language, the one its ID header is in: `Note` typed in a Chinese tab is
 * the user's (reviewer55 L4), though our English tab has a Note.
 */
function headersOf(tab: TypedTab): { ours: Map<Lang, OurHeaders>; id: Map<string, Lang> } {
  const ours = new Map<Lang, OurHeaders>();
  const id = new Map<string, Lang>();
  for (const lang of LANGS) {
    const all = tab === "followUps" ? followUpHeaders(lang) : atRiskHeaders(lang);
    const own: OurHeaders = { keys: new Set(), bracketed: new Map() };
    for (const h of all) {
      own.keys.add(headerKey(h));
      if (bracketStart(h) !== "") own.bracketed.set(headerKey(h), bracketStart(h));
    }
    ours.set(lang, own);
    id.set(headerKey(tab === "followUps" ? followUpHeader("customerId", lang) : all[0]), lang);
  }
  return { ours, id };
}

/**
 * Whether a header is one of ours: the same once folded (numbers aside: the spend column names
 * the window's months), and where it has brackets, bracketed text that opens as ours (an older
 * 说明（排序：…） is ours; 说明（我的）, a column the user added, folded to 说明 and was lost: L4).
 */
function isOurs(header: string, ours: OurHeaders): boolean {
  const key = headerKey(header);
  if (!ours.keys.has(key)) return false;
  const own = bracketStart(header);
  return own === "" || own === ours.bracketed.get(key);
}

const isBlank = (v: Cell | undefined) => v === null || v === undefined || v === "";

/**
 * Counts what each part of a tab holds in the user's columns (push a part's rows, nextPart before
 * the next part's): each part starts with its own header row. A column is the user's when its
 * header is none of ours, or when it has no header (beside the table, or a gap in its header row).
 */
class AddedReader {
  /** The header row's columns of the user's (by index), and which have a header at all. */
  private at: { i: number; header: string }[] | null = null;
  private headed: boolean[] = [];
  private readonly counts = new Map<string, number>();
  /** Header-less columns: by letter, the rows typed in it and the first cell. */
  private readonly unheaded = new Map<number, { rows: number; cell: string }>();
  /** Whether a header row named a column of the user's. */
  private named = false;
  rows = 0;

  constructor(private readonly headers: ReturnType<typeof headersOf>) {}

  nextPart(): void {
    this.at = null;
  }

  /** `firstRow`: the Excel row number of rows[0]. */
  push(rows: Cell[][], firstRow: number): void {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (this.at === null) {
        const idCell = row.find((v) => this.headers.id.has(headerKey(v)));
        if (idCell === undefined) continue;
        const ours = this.headers.ours.get(this.headers.id.get(headerKey(idCell))!)!;
        this.at = [];
        this.headed = row.map((v) => !isBlank(v) && cellText(v).trim() !== "");
        row.forEach((v, i) => {
          const header = typeof v === "string" ? v.trim() : v == null ? "" : cellText(v);
          if (header === "" || isOurs(header, ours)) return;
          this.at!.push({ i, header });
          this.named = true;
          if (!this.counts.has(header)) this.counts.set(header, 0);
        });
        continue;
      }
      let filled = false;
      for (const { i, header } of this.at) {
        if (isBlank(row[i])) continue;
        this.counts.set(header, this.counts.get(header)! + 1);
        filled = true;
      }
      for (let i = 0; i < row.length; i++) {
        if (this.headed[i] || isBlank(row[i])) continue;
        if (typeof row[i] === "string" && (row[i] as string).trim() === "") continue;
        const had = this.unheaded.get(i);
        if (had) had.rows++;
        else this.unheaded.set(i, { rows: 1, cell: `${columnLetters(i)}${firstRow + r}` });
        filled = true;
      }
      if (filled) this.rows++;
    }
  }

  /** Whether the rows read so far name a column of the user's, or hold a note under no header. */
  get any(): boolean {
    return this.named || this.unheaded.size > 0;
  }

  /** How many columns the header row read last spans to its last header (0: none read). */
  get headerWidth(): number {
    return this.headed.lastIndexOf(true) + 1;
  }

  columns(): AddedColumn[] {
    const headed = [...this.counts]
      .filter(([, rows]) => rows > 0)
      .map(([header, rows]) => ({ header, rows }));
    const unheaded = [...this.unheaded]
      .sort(([a], [b]) => a - b)
      .map(([i, { rows, cell }]) => ({ header: "", rows, letter: columnLetters(i), cell }));
    return [...headed, ...unheaded];
  }
}

/**
 * A column the user added as a message names it: its header quoted, or, under no header, its
 * letter and first cell ("无标题列 U（第一格 U2）").
 *
 * @example addedColumnWords({ header: "跟进结果", rows: 2 }, "zh-CN") // "“跟进结果”"
 */
export function addedColumnWords(c: AddedColumn, lang: Lang): string {
  if (c.header !== "" || c.letter === undefined) return `“${c.header}”`;
  return say(lang, "followUp", "addedColumnUnheaded", { letter: c.letter, cell: c.cell ?? "" });
}

/**
 * The columns the user added to `tab` of the workbook `source` with something typed under them;
 * null when none (or no such tab). The header rows are read first, from the top of each part, so
 * a tab with none of the user's columns (nearly every refresh) costs no full read: a note further
 * down under no header is seen from the sheet's used range (GridSource.usedColumns) reaching past
 * the header row; a source that cannot tell is read through.
 *
 * @example (await readAddedColumns(source, "atRisk"))?.columns // [{ header: "处理情况", rows: 2 }]
 */
export async function readAddedColumns(
  source: GridSource,
  tab: TypedTab,
): Promise<AddedToTab | null> {
  if (!source.ownedSheet) return null;
  const headers = headersOf(tab);
  const top = new AddedReader(headers);
  const seen = new Set<string>();
  let first = "";
  let wider = false;
  for (let part = 1; ; part++) {
    const sheet = await source.ownedSheet(tab, part);
    if (!sheet || seen.has(sheet)) break;
    first ||= sheet;
    seen.add(sheet);
    top.nextPart();
    top.push(await readTopRows(source, sheet), 1);
    if (top.any) break;
    const used = source.usedColumns ? await source.usedColumns(sheet) : undefined;
    // No dimension in the file (null): read through. No way to tell (undefined): the top alone.
    if (used === null || (used !== undefined && used > top.headerWidth)) wider = true;
    if (wider) break;
  }
  if (!top.any && !wider) return null;
  const all = new AddedReader(headers);
  await readParts(
    source,
    tab,
    (rows, firstRow) => all.push(rows, firstRow),
    () => all.nextPart(),
  );
  const columns = all.columns();
  return columns.length > 0 ? { tab, sheet: first, columns, rows: all.rows } : null;
}

/**
 * The user's columns with entries in each of TYPED_TABS of `source` (addedColumns), in that order.
 *
 * @example (await addedColumnsInTabs(source)).map((a) => a.tab) // ["followUps"]
 */
export async function addedColumnsInTabs(source: GridSource): Promise<AddedToTab[]> {
  const out: AddedToTab[] = [];
  for (const tab of TYPED_TABS) {
    const added = await readAddedColumns(source, tab);
    if (added) out.push(added);
  }
  return out;
}

/** The warning code and words of each typed tab's added columns not carried. */
const NOT_CARRIED = {
  followUps: { code: "schedule_columns_not_kept", key: "scheduleColumnsNotKept" },
  atRisk: { code: "at_risk_columns_not_kept", key: "atRiskColumnsNotKept" },
} as const;

/**
 * The warning that columns the user added to a typed tab were not carried (null: none), where the
 * run cannot refuse first (the add-in; a report written to another file). One reader of the
 * user's columns for both this warning and the command line's refusal (reviewer56 R7: the
 * schedule's had its own, which missed a note under no header). `sheet`: a tab's name as written
 * (a kept name).
 *
 * @example addedNotCarriedWarning(added)?.code // "at_risk_columns_not_kept"
 */
export function addedNotCarriedWarning(
  added: AddedToTab | null,
  sheet: (tab: TypedTab, lang: Lang) => string = (tab, lang) => tabName(tab, lang),
): RunWarning | null {
  if (!added) return null;
  const { code, key } = NOT_CARRIED[added.tab];
  const words = (lang: Lang) =>
    say(lang, "followUp", key, {
      columns: added.columns
        .map((c) => addedColumnWords(c, lang))
        .join(say(lang, "ingest", "nameSeparator")),
      count: added.columns.length,
      rows: added.rows,
      tab: sheet(added.tab, lang),
      schedule: sheet("followUps", lang),
    });
  return { code, message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") } };
}
