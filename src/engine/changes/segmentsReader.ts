import type { Cell } from "../cells";
import { labelsOf, NO_SEGMENT_LABEL, type LabelKind } from "../labels";
import { parseDate } from "../parse/date";
import { cellText, foldLabel } from "../parse/text";
import { segmentColumns } from "../report/segmentsTab";
import { runLogColumns } from "../report/runLogTab";
import { SHEET_KINDS, type Lang, type SheetKind } from "../schema";
import {
  DIMENSIONS,
  DIMENSION_CODES,
  SnapshotBuilder,
  type Dimension,
  type Snapshot,
} from "./snapshot";

/**
 * The fallback when a workbook has no run-state tab (written before it existed): the previous
 * Customer segments tab, in either language. Columns are found by their headers in zh-CN or en-US
 * (folded, so the window months in "消费金额（近 12 个月）" do not matter) and labels are turned back
 * into codes in both languages.
 */

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

const LABEL_KIND: Record<Dimension, LabelKind> = {
  rfmSegment: "segment",
  valueClass: "valueClass",
  valueTier: "valueTier",
  lifecycleStage: "stage",
  churnRiskLevel: "risk",
};

/** Folded header → column key, for both languages. */
function headerKeys(
  columns: (lang: Lang) => { key: string; header: string }[],
): Map<string, string> {
  const m = new Map<string, string>();
  for (const lang of LANGS) for (const c of columns(lang)) m.set(foldLabel(c.header), c.key);
  return m;
}

/** Label (folded, either language) → code, per dimension. */
function labelCodes(): Record<Dimension, Map<string, string | null>> {
  const out = {} as Record<Dimension, Map<string, string | null>>;
  for (const d of DIMENSIONS) {
    const m = new Map<string, string | null>();
    for (const lang of LANGS) {
      labelsOf(LABEL_KIND[d], lang).forEach((label, k) =>
        m.set(foldLabel(label), DIMENSION_CODES[d][k]),
      );
      if (d === "rfmSegment" || d === "valueClass") m.set(foldLabel(NO_SEGMENT_LABEL[lang]), null);
    }
    out[d] = m;
  }
  return out;
}

const SEGMENT_KEYS: Record<string, Dimension> = {
  rfmSegment: "rfmSegment",
  valueClass: "valueClass",
  valueTier: "valueTier",
  lifecycleStage: "lifecycleStage",
  churnRiskLevel: "churnRiskLevel",
};

/**
 * Reads a previous Customer segments tab block by block.
 *
 * @example const r = new SegmentsTabReader(); r.push(rows); r.finish(asOf, hash)?.count
 */
export class SegmentsTabReader {
  private columns: Record<string, number> | null = null;
  private readonly keys = headerKeys((lang) => segmentColumns(lang, 12));
  private readonly labels = labelCodes();
  private readonly builder = new SnapshotBuilder();
  private headerSeen = false;
  private afterHeader = false;

  /** The next rows are a continuation part's: its own header row comes first. */
  nextPart(): void {
    this.afterHeader = false;
  }

  push(rows: Cell[][]): void {
    for (const row of rows) {
      if (!this.afterHeader) {
        const cols: Record<string, number> = {};
        row.forEach((c, k) => {
          const key = this.keys.get(foldLabel(c));
          if (key && !(key in cols)) cols[key] = k;
        });
        if ("id" in cols && "valueTier" in cols) {
          this.columns = cols;
          this.headerSeen = this.afterHeader = true;
        }
        continue;
      }
      if (!this.columns) continue;
      const cols = this.columns;
      const at = (key: string): Cell => (key in cols ? row[cols[key]] : null);
      const id = at("id");
      if (cellText(id) === "") continue;
      const codes: Partial<Record<Dimension, string | null>> = {};
      for (const [key, d] of Object.entries(SEGMENT_KEYS)) {
        codes[d] = this.labels[d].get(foldLabel(at(key))) ?? null;
      }
      const n = (key: string) => {
        const v = at(key);
        return typeof v === "number" ? v : NaN;
      };
      this.builder.add({
        id: typeof id === "number" ? id : cellText(id),
        name: cellText(at("name")),
        owner: cellText(at("owner")),
        codes,
        spend: n("monetary"),
        frequency: n("frequency"),
        lastPurchase: parseDate(at("lastPurchase")),
      });
    }
  }

  finish(asOf: number, ruleSetHash: string): Snapshot | null {
    if (!this.headerSeen) return null;
    return this.builder.finish(asOf, ruleSetHash, "segments");
  }
}

/**
 * The analysis date and rule-set hash of the last row of a run log (either language): what the
 * segments-tab fallback knows of the run that wrote it; and per analysis date, the input sheets its
 * latest run read (a row's `…Read` count is blank for a sheet it did not read).
 *
 * @example const r = new RunLogReader(); r.push(rows); r.last // { asOf, ruleSetHash }
 */
export class RunLogReader {
  private columns: Record<string, number> | null = null;
  private readonly keys = headerKeys(runLogColumns);
  last: { asOf: number; ruleSetHash: string } = { asOf: NaN, ruleSetHash: "" };
  private lastAt = -Infinity;
  private readonly sheetsByDate = new Map<number, { at: number; sheets: SheetKind[] }>();

  push(rows: Cell[][]): void {
    for (const row of rows) {
      if (!this.columns) {
        const cols: Record<string, number> = {};
        row.forEach((c, k) => {
          const key = this.keys.get(foldLabel(c));
          if (key && !(key in cols)) cols[key] = k;
        });
        if ("analysisDate" in cols) this.columns = cols;
        continue;
      }
      const asOf = parseDate(row[this.columns.analysisDate]);
      if (!Number.isFinite(asOf)) continue;
      const h = "ruleSetHash" in this.columns ? cellText(row[this.columns.ruleSetHash]) : "";
      // The latest run by its time (a re-run for an earlier date may sit above a later row).
      const at = "at" in this.columns ? parseDate(row[this.columns.at]) : NaN;
      this.noteSheets(Math.floor(asOf), Number.isFinite(at) ? at : -Infinity, row);
      if (Number.isFinite(at) && at < this.lastAt) continue;
      if (Number.isFinite(at)) this.lastAt = at;
      this.last = { asOf, ruleSetHash: h };
    }
  }

  /** The sheets a row read, kept when it is its date's latest (a row without the counts: none). */
  private noteSheets(day: number, at: number, row: Cell[]): void {
    const cols = this.columns!;
    if (!SHEET_KINDS.some((k) => `${k}Read` in cols)) return;
    const had = this.sheetsByDate.get(day);
    if (had && had.at > at) return;
    const sheets = SHEET_KINDS.filter((k) => {
      const v = row[cols[`${k}Read`] ?? -1];
      return v !== null && v !== undefined && v !== "";
    });
    // No count at all: a row that does not say (every run reads its customers), as a row made from
    // an earlier JSON result's history was (tester44 #2, stop 44: read as a run that read no sheet,
    // a re-run said it had read five sheets the earlier run had not).
    if (sheets.length === 0) return;
    this.sheetsByDate.set(day, { at, sheets });
  }

  /**
   * The input sheets the latest run of an analysis date read; undefined when the log does not say.
   *
   * @example r.sheetsOf(epochDay(2025, 12, 31)) // ["customers", "transactions", "surveys"]
   */
  sheetsOf(asOf: number): SheetKind[] | undefined {
    return Number.isFinite(asOf) ? this.sheetsByDate.get(Math.floor(asOf))?.sheets : undefined;
  }
}
