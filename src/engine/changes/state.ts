import type { Cell } from "../cells";
import { parseDate } from "../parse/date";
import { isoDate } from "../parse/date";
import { cellText } from "../parse/text";
import { tabName } from "../report/outputTabs";
import type { ReportColumn, ReportTable } from "../report/table";
import {
  DIMENSIONS,
  DIMENSION_CODES,
  SnapshotBuilder,
  type Dimension,
  type Snapshot,
} from "./snapshot";

/**
 * The run-state tab: a compact, hidden tab every run writes (one row per customer: id, owner, the
 * five classifications as stable codes, churn probability, spend, purchase days, last purchase), so
 * the next refresh knows what this run said whatever the language or layout of the visible tabs.
 * Customer data lives in this sheet only, never in document settings or custom XML. Headers are the
 * stable keys (language-neutral); the analysis date and rule-set hash are in the first data row.
 */

export const STATE_SHEET_NAME = tabName("runState", "en-US");

const COLUMNS: ReportColumn[] = [
  { key: "id", header: "id", format: "text" },
  { key: "name", header: "name", format: "text" },
  { key: "owner", header: "owner", format: "text" },
  ...DIMENSIONS.map((d) => ({ key: d, header: d, format: "text" as const })),
  { key: "churnProbability", header: "churnProbability", format: "number" },
  { key: "spend", header: "spend", format: "number" },
  { key: "frequency", header: "frequency", format: "integer" },
  { key: "lastPurchase", header: "lastPurchase", format: "date" },
  { key: "analysisDate", header: "analysisDate", format: "text" },
  { key: "ruleSetHash", header: "ruleSetHash", format: "text" },
];

const num = (x: number): Cell => (Number.isFinite(x) ? x : null);
const numberOf = (v: Cell): number =>
  typeof v === "number" ? v : v == null || v === "" ? NaN : Number(cellText(v));

/**
 * The state tab of a run's snapshot, rows made on demand.
 *
 * @example stateTable(snapshotOf(analysis)).hidden // true
 */
export function stateTable(s: Snapshot): ReportTable {
  return {
    tab: "runState",
    sheetName: STATE_SHEET_NAME,
    columns: COLUMNS,
    // At least one row, so the date and hash are kept even for an empty run.
    rowCount: Math.max(1, s.count),
    rows(start, end) {
      const out: Cell[][] = [];
      const stop = Math.min(end, Math.max(1, s.count));
      for (let i = Math.max(0, start); i < stop; i++) {
        if (i >= s.count) {
          out.push([...COLUMNS.slice(0, -2).map(() => null), isoDate(s.asOf), s.ruleSetHash]);
          continue;
        }
        const row: Cell[] = [s.id[i], s.name[i], s.owner[i]];
        for (const d of DIMENSIONS) row.push(DIMENSION_CODES[d][s.codes[d][i]] ?? null);
        row.push(
          num(s.churnProbability[i]),
          num(s.spend[i]),
          num(s.frequency[i]),
          num(s.lastPurchase[i]),
          i === 0 ? isoDate(s.asOf) : null,
          i === 0 ? s.ruleSetHash : null,
        );
        out.push(row);
      }
      return out;
    },
    style: "table",
    mode: "replace",
    hidden: true,
  };
}

/**
 * Reads the state tab back, block by block (push the sheet's rows, then finish). Columns are found
 * by their keys in the header row, so a column added later does not break an older reader.
 *
 * @example const r = new StateReader(); r.push(rows); r.finish()?.count
 */
export class StateReader {
  private columns: Record<string, number> | null = null;
  private readonly builder = new SnapshotBuilder();
  private asOf = NaN;
  private hash = "";
  private at: {
    id: number;
    name: number;
    owner: number;
    codes: number[];
    churnProbability: number;
    spend: number;
    frequency: number;
    lastPurchase: number;
    analysisDate: number;
    ruleSetHash: number;
  } | null = null;

  push(rows: Cell[][]): void {
    for (const row of rows) {
      if (!this.columns) {
        const cols: Record<string, number> = {};
        row.forEach((c, k) => {
          const key = cellText(c);
          if (key && !(key in cols)) cols[key] = k;
        });
        if (!("id" in cols)) return; // not a state tab (or not yet its header row)
        this.columns = cols;
        // Column indexes once, not a key lookup per cell (a million rows at a refresh).
        const k = (key: string) => (key in cols ? cols[key] : -1);
        this.at = {
          id: k("id"),
          name: k("name"),
          owner: k("owner"),
          codes: DIMENSIONS.map(k),
          churnProbability: k("churnProbability"),
          spend: k("spend"),
          frequency: k("frequency"),
          lastPurchase: k("lastPurchase"),
          analysisDate: k("analysisDate"),
          ruleSetHash: k("ruleSetHash"),
        };
        continue;
      }
      const at = this.at!;
      const cell = (k: number): Cell => (k >= 0 ? row[k] : null);
      if (Number.isNaN(this.asOf)) {
        const d = parseDate(cell(at.analysisDate));
        if (Number.isFinite(d)) this.asOf = d;
        const h = cellText(cell(at.ruleSetHash));
        if (h) this.hash = h;
      }
      const id = cell(at.id);
      if (id === null || id === undefined || cellText(id) === "") continue;
      const codes: Partial<Record<Dimension, string | null>> = {};
      for (let d = 0; d < DIMENSIONS.length; d++) {
        const v = cell(at.codes[d]);
        codes[DIMENSIONS[d]] = typeof v === "string" ? v || null : cellText(v) || null;
      }
      this.builder.add({
        id: typeof id === "number" ? id : cellText(id),
        name: cellText(cell(at.name)),
        owner: cellText(cell(at.owner)),
        codes,
        churnProbability: numberOf(cell(at.churnProbability)),
        spend: numberOf(cell(at.spend)),
        frequency: numberOf(cell(at.frequency)),
        lastPurchase: parseDate(cell(at.lastPurchase)),
      });
    }
  }

  /** The snapshot, or null when no state tab header was found. */
  finish(): Snapshot | null {
    if (!this.columns) return null;
    return this.builder.finish(this.asOf, this.hash, "state");
  }
}
