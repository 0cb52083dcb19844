import type { Cell } from "../cells";
import { parseDate } from "../parse/date";
import { isoDate } from "../parse/date";
import { exactCustomerKey } from "../parse/identifier";
import { cellText } from "../parse/text";
import { tabName } from "../report/outputTabs";
import type { ReportColumn, ReportTable } from "../report/table";
import { KeyIndex } from "./keyIndex";
import { DIMENSIONS, DIMENSION_CODES, type Snapshot } from "./snapshot";

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
  // An epoch day (days since 1970-01-01), not a date cell: the tab is read back by us only, and
  // a number needs no date conversion either way (1 M cells at a refresh).
  { key: "lastPurchaseDay", header: "lastPurchaseDay", format: "integer" },
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
  const asOf = isoDate(s.asOf);
  const dims = DIMENSIONS.length;
  const codes = DIMENSIONS.map((d) => s.codes[d]);
  const words = DIMENSIONS.map((d) => DIMENSION_CODES[d]);
  /** Row i's cells into `row` (every slot written): the writer reuses one array for all rows. */
  const fill = (i: number, row: Cell[]): void => {
    if (i >= s.count) {
      for (let k = 0; k < COLUMNS.length - 2; k++) row[k] = null;
      row[COLUMNS.length - 2] = asOf;
      row[COLUMNS.length - 1] = s.ruleSetHash;
      return;
    }
    row[0] = s.id[i];
    row[1] = s.name[i];
    row[2] = s.owner[i];
    for (let d = 0; d < dims; d++) row[3 + d] = words[d][codes[d][i]] ?? null;
    row[3 + dims] = num(s.churnProbability[i]);
    row[4 + dims] = num(s.spend[i]);
    row[5 + dims] = num(s.frequency[i]);
    row[6 + dims] = num(s.lastPurchase[i]);
    row[7 + dims] = i === 0 ? asOf : null;
    row[8 + dims] = i === 0 ? s.ruleSetHash : null;
  };
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
        const row = new Array<Cell>(COLUMNS.length);
        fill(i, row);
        out.push(row);
      }
      return out;
    },
    fillRow: fill,
    style: "table",
    mode: "replace",
    hidden: true,
  };
}

/**
 * Reads the state tab back, block by block (push a part's rows, then finish; a tab continued past
 * Excel's row limit is read part after part, each with its header row). Columns are found by their
 * keys in the header row, so a column added later does not break an older reader.
 *
 * The tab is ours, so its cells are known: this reader decodes straight into columns (no record or
 * codes object per row, no date parsing per row: the last purchase is an epoch-day number since
 * the `lastPurchaseDay` column; a tab written before it has `lastPurchase` as a date, still read).
 * At a million customers reading the tab back is a refresh's largest cost after ingest.
 *
 * @example const r = new StateReader(); r.push(rows); r.finish()?.count
 */
export class StateReader {
  private at: StateColumns | null = null;
  private headerSeen = false;
  private firstRow = true;
  private asOf = NaN;
  private hash = "";
  private readonly index = new KeyIndex();
  // Columns with room for `room` customers, doubled when full (a typed array per number and code:
  // no per-row objects, and no array growth of boxed values).
  private n = 0;
  private room = 1024;
  // Text columns grow by push: a preset length makes V8 keep a large array as a slow dictionary.
  private readonly key: string[] = [];
  private readonly id: string[] = [];
  private readonly name: string[] = [];
  private readonly owner: string[] = [];
  private codes: Int8Array[] = DIMENSIONS.map(() => new Int8Array(this.room));
  private churnProbability = new Float64Array(this.room);
  private spend = new Float64Array(this.room);
  private frequency = new Float64Array(this.room);
  private lastPurchase = new Float64Array(this.room);
  private readonly lookup = DIMENSIONS.map((d) => new CodeLookup(DIMENSION_CODES[d]));

  /** The next rows are a continuation part's: its own header row comes first. */
  nextPart(): void {
    this.at = null;
  }

  push(rows: Cell[][]): void {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!this.at) {
        this.at = headerColumns(row);
        if (this.at) this.headerSeen = true;
        continue; // not a state tab (or not yet its header row)
      }
      this.add(row, this.at);
    }
  }

  private add(row: Cell[], at: StateColumns): void {
    if (this.firstRow) {
      // The run's date and rule-set hash are on the first data row of part 1.
      this.firstRow = false;
      const d = at.analysisDate >= 0 ? parseDate(row[at.analysisDate]) : NaN;
      if (Number.isFinite(d)) this.asOf = d;
      const h = at.ruleSetHash >= 0 ? cellText(row[at.ruleSetHash]) : "";
      if (h) this.hash = h;
    }
    const raw = row[at.id];
    let key: string;
    let id: string;
    if (typeof raw === "string") {
      key = exactCustomerKey(raw);
      id = key === raw ? raw : raw.trim();
    } else {
      if (raw === null || raw === undefined) return;
      key = exactCustomerKey(raw);
      id = cellText(raw).trim();
    }
    // A blank id is no customer; a second row with the same exact key is ignored (the first wins,
    // as ingest keeps the first duplicate). Ids that differ by leading zeros are two customers.
    if (key === "" || this.index.add(key, this.n) >= 0) return;
    const i = this.n++;
    if (i === this.room) this.grow();
    this.key.push(key);
    this.id.push(id);
    this.name.push(textAt(row, at.name));
    this.owner.push(textAt(row, at.owner));
    for (let d = 0; d < at.codes.length; d++) {
      const k = at.codes[d];
      const v = k >= 0 ? row[k] : null;
      // Unknown codes (a list that changed since) count as none.
      this.codes[d][i] =
        typeof v === "string"
          ? this.lookup[d].code(v)
          : v == null
            ? -1
            : this.lookup[d].code(cellText(v));
    }
    this.churnProbability[i] = numberAt(row, at.churnProbability);
    this.spend[i] = numberAt(row, at.spend);
    this.frequency[i] = numberAt(row, at.frequency);
    this.lastPurchase[i] =
      at.lastPurchaseDay >= 0
        ? numberAt(row, at.lastPurchaseDay)
        : at.lastPurchase >= 0
          ? parseDate(row[at.lastPurchase])
          : NaN;
  }

  private grow(): void {
    const room = (this.room *= 2);
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(room);
      b.set(a);
      return b;
    };
    this.codes = this.codes.map((a) => {
      const b = new Int8Array(room);
      b.set(a);
      return b;
    });
    this.churnProbability = f64(this.churnProbability);
    this.spend = f64(this.spend);
    this.frequency = f64(this.frequency);
    this.lastPurchase = f64(this.lastPurchase);
  }

  /** The snapshot, or null when no state tab header was found. */
  finish(): Snapshot | null {
    if (!this.headerSeen) return null;
    const n = this.n;
    const codes = {} as Snapshot["codes"];
    DIMENSIONS.forEach((d, k) => (codes[d] = this.codes[k].slice(0, n)));
    return {
      asOf: this.asOf,
      ruleSetHash: this.hash,
      source: "state",
      count: n,
      key: this.key,
      id: this.id,
      name: this.name,
      owner: this.owner,
      codes,
      churnProbability: this.churnProbability.slice(0, n),
      spend: this.spend.slice(0, n),
      frequency: this.frequency.slice(0, n),
      lastPurchase: this.lastPurchase.slice(0, n),
      index: this.index,
    };
  }
}

/**
 * A code's index in its list (-1: not in it), found among the codes of the same length: a sheet
 * reader hands each cell over as a new string, and a Map would hash every one of them (5 per row).
 *
 * @example new CodeLookup(["high", "medium", "low"]).code("low") // 2
 */
export class CodeLookup {
  private readonly byLength: [string, number][][] = [];

  constructor(codes: readonly string[]) {
    codes.forEach((code, k) => (this.byLength[code.length] ??= []).push([code, k]));
    for (let n = 0; n < this.byLength.length; n++) this.byLength[n] ??= [];
  }

  code(text: string): number {
    const same = this.byLength[text.length];
    if (same === undefined) return -1;
    for (let k = 0; k < same.length; k++) if (same[k][0] === text) return same[k][1];
    return -1;
  }
}

/** Where each field is on the state tab (-1: not there). */
interface StateColumns {
  id: number;
  name: number;
  owner: number;
  codes: number[];
  churnProbability: number;
  spend: number;
  frequency: number;
  lastPurchaseDay: number;
  lastPurchase: number;
  analysisDate: number;
  ruleSetHash: number;
}

/** The state tab's columns from its header row, or null when the row is not one. */
function headerColumns(row: Cell[]): StateColumns | null {
  const cols = new Map<string, number>();
  row.forEach((c, k) => {
    const key = cellText(c);
    if (key && !cols.has(key)) cols.set(key, k);
  });
  if (!cols.has("id")) return null;
  const k = (key: string) => cols.get(key) ?? -1;
  return {
    id: k("id"),
    name: k("name"),
    owner: k("owner"),
    codes: DIMENSIONS.map(k),
    churnProbability: k("churnProbability"),
    spend: k("spend"),
    frequency: k("frequency"),
    lastPurchaseDay: k("lastPurchaseDay"),
    lastPurchase: k("lastPurchase"),
    analysisDate: k("analysisDate"),
    ruleSetHash: k("ruleSetHash"),
  };
}

function textAt(row: Cell[], k: number): string {
  if (k < 0) return "";
  const v = row[k];
  return typeof v === "string" ? v : cellText(v);
}

function numberAt(row: Cell[], k: number): number {
  if (k < 0) return NaN;
  const v = row[k];
  if (typeof v === "number") return Number.isFinite(v) ? v : NaN;
  return numberOf(v);
}
