import type { Cell } from "../cells";
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
 * is none of the tab's headers in either language, numbers aside (the spend column names the
 * window's months). Only columns with something typed under them count.
 */

/** The tabs whose added columns are looked for: the two a manager types beside. */
export const TYPED_TABS = ["followUps", "atRisk"] as const;
export type TypedTab = (typeof TYPED_TABS)[number];

/** A column the user added: its header and how many rows hold something in it. */
export interface AddedColumn {
  header: string;
  rows: number;
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

/** The tab's own headers (either language) and its customer ID header, as compared. */
function headersOf(tab: TypedTab): { ours: Set<string>; id: Set<string> } {
  const ours = new Set<string>();
  const id = new Set<string>();
  for (const lang of LANGS) {
    const all = tab === "followUps" ? followUpHeaders(lang) : atRiskHeaders(lang);
    for (const h of all) ours.add(headerKey(h));
    id.add(headerKey(tab === "followUps" ? followUpHeader("customerId", lang) : all[0]));
  }
  return { ours, id };
}

/**
 * Counts what each part of a tab holds in the user's columns (push a part's rows, nextPart before
 * the next part's): each part starts with its own header row.
 */
class AddedReader {
  private at: { i: number; header: string }[] | null = null;
  private readonly counts = new Map<string, number>();
  rows = 0;

  constructor(private readonly headers: { ours: Set<string>; id: Set<string> }) {}

  nextPart(): void {
    this.at = null;
  }

  push(rows: Cell[][]): void {
    for (const row of rows) {
      if (this.at === null) {
        if (!row.some((v) => this.headers.id.has(headerKey(v)))) continue;
        this.at = [];
        row.forEach((v, i) => {
          const header = typeof v === "string" ? v.trim() : v == null ? "" : cellText(v);
          if (header === "" || this.headers.ours.has(headerKey(header))) return;
          this.at!.push({ i, header });
          if (!this.counts.has(header)) this.counts.set(header, 0);
        });
        continue;
      }
      let filled = false;
      for (const { i, header } of this.at) {
        const v = row[i];
        if (v === null || v === undefined || v === "") continue;
        this.counts.set(header, this.counts.get(header)! + 1);
        filled = true;
      }
      if (filled) this.rows++;
    }
  }

  /** Whether the header rows read so far name a column of the user's. */
  get any(): boolean {
    return this.counts.size > 0;
  }

  columns(): AddedColumn[] {
    return [...this.counts]
      .filter(([, rows]) => rows > 0)
      .map(([header, rows]) => ({ header, rows }));
  }
}

/**
 * The columns the user added to `tab` of the workbook `source` with something typed under them;
 * null when none (or no such tab). The header rows are read first, from the top of each part, so
 * a tab with none of the user's columns (nearly every refresh) costs no full read.
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
  for (let part = 1; ; part++) {
    const sheet = await source.ownedSheet(tab, part);
    if (!sheet || seen.has(sheet)) break;
    first ||= sheet;
    seen.add(sheet);
    top.nextPart();
    top.push(await readTopRows(source, sheet));
    if (top.any) break;
  }
  if (!top.any) return null;
  const all = new AddedReader(headers);
  await readParts(
    source,
    tab,
    (rows) => all.push(rows),
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

/**
 * The warning that columns the user added to the at-risk list were not carried (null: none), where
 * the run cannot refuse first (the add-in; a report written to another file). `sheet`: a tab's
 * name as written (a kept name).
 *
 * @example atRiskNotCarriedWarning(added)?.code // "at_risk_columns_not_kept"
 */
export function atRiskNotCarriedWarning(
  added: AddedToTab | null,
  sheet: (tab: TypedTab, lang: Lang) => string = (tab, lang) => tabName(tab, lang),
): RunWarning | null {
  if (!added || added.tab !== "atRisk") return null;
  const words = (lang: Lang) =>
    say(lang, "followUp", "atRiskColumnsNotKept", {
      columns: added.columns
        .map((c) => `“${c.header}”`)
        .join(say(lang, "followUp", "columnSeparator")),
      count: added.columns.length,
      rows: added.rows,
      tab: sheet("atRisk", lang),
      schedule: sheet("followUps", lang),
    });
  return {
    code: "at_risk_columns_not_kept",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
  };
}
