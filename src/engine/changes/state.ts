import type { Cell } from "../cells";
import { parseDate } from "../parse/date";
import { isoDate } from "../parse/date";
import { exactCustomerKey } from "../parse/identifier";
import { cellText } from "../parse/text";
import { OUTPUT_TABS, tabName } from "../report/outputTabs";
import { filledRows, type ReportColumn, type ReportTable } from "../report/table";
import type { ChurnLevels } from "../churn/combine";
import { KeyIndex } from "./keyIndex";
import { DIMENSIONS, DIMENSION_CODES, type Snapshot } from "./snapshot";
import { blockStarts, codeListsText, packBlock, packedCell, type PackedCells } from "./statePacked";
import { PackedCellParser } from "./statePackedRead";
import type { WrittenRaw } from "../followUp/writtenCells";

/**
 * The run-state tab: a hidden tab every run writes, so the next refresh knows what this run said
 * whatever the language or layout of the visible tabs: per customer its id, name, owner, the five
 * classifications as stable codes, churn probability, spend, purchase days and last purchase.
 * Customer data lives in this sheet only, never in document settings or custom XML. Headers are
 * the stable keys (language-neutral); the analysis date and rule-set hash are in the first data row.
 * Since refresh8 (stop 33) each packed cell also holds the service signals the churn model read
 * (service.ts: a field appended, so layout 4 still; a state without it reads them as not known).
 *
 * Since calls13 (stop 37) the tab also keeps the run this run compared with, when that run is dated
 * earlier (`priorAnalysisDate`, `priorRuleSetHash`, `priorPackedCustomers`: the same packing, the
 * same code lists): a re-run of the same date compares with it again, so it reproduces the month's
 * Changes tab and wrong-way calls instead of comparing with itself (tester12 #1, stop 36: 96 calls
 * of priority high gone from the zh sample's call sheet). A reader without these columns ignores
 * them.
 *
 * Layout 4 (this one): the customers packed into the `packedCustomers` column, hundreds to a cell
 * (statePacked.ts), their classifications as indexes into the code lists of the first row's
 * `codeLists` cell: 100,000 customers were 1.2 million cells (42 MB of XML, 22% of the workbook's)
 * in layout 2, ~500 cells of 12.9 MB in layout 3 (`customers`: the codes as words) and are now
 * ~330 of 8.4 MB. Layouts 1-3 are still read; a reader that knows only earlier ones finds no
 * header of its own here and reads the segments tab (a reader of layout 3 would have read the
 * indexes as unknown codes: hence the new column).
 */

export const STATE_SHEET_NAME = tabName("runState", "en-US");

/** The registry's columns (outputTabs.ts runState: analysisDate, ruleSetHash, customers), headed by their keys. */
const COLUMNS: ReportColumn[] = OUTPUT_TABS.runState.columns.map((key) => ({
  key,
  header: key,
  format: "text",
}));

/** The column of the packed cells (fill's row[2]). */
const PACKED_COLUMN = OUTPUT_TABS.runState.columns.indexOf("packedCustomers");
/** The column of the schedule texts' hashes (WrittenTexts). */
const WRITTEN_COLUMN = OUTPUT_TABS.runState.columns.indexOf("scheduleWritten");
/** The columns of the reading versions of the run and of its prior (rules/readingVersion.ts). */
const READING_COLUMN = OUTPUT_TABS.runState.columns.indexOf("readingVersion");
const PRIOR_READING_COLUMN = OUTPUT_TABS.runState.columns.indexOf("priorReadingVersion");

const numberOf = (v: Cell): number =>
  typeof v === "number" ? v : v == null || v === "" ? NaN : Number(cellText(v));

/**
 * The run a state keeps beside its own (statePriorOf): the one it compared with when that run is
 * dated before it, else null (a first run; a re-run compared with a run of its own date).
 *
 * @example priorToKeep(dec31, { asOf: nov30, … }) // the Nov 30 snapshot
 */
export function priorToKeep(asOf: number, compared: Snapshot | null | undefined): Snapshot | null {
  return compared && Math.floor(compared.asOf) < Math.floor(asOf) ? compared : null;
}

/**
 * The state tab of a run's snapshot, rows made on demand; `prior`: the earlier run this run
 * compared with (priorToKeep), kept beside it for a re-run of the same date. `levels`: the run's
 * churn levels: its probabilities and spend kept as its JSON result gives them (packBlock).
 *
 * `packed`: the snapshot's cells packed elsewhere (packCells with these levels), asked as each row
 * is made: null or not yet there, or of other blocks, and the row's cell is packed here (the same
 * text either way).
 *
 * @example stateTable(snapshotOf(analysis), null, rules.churn.levels).hidden // true
 */
export function stateTable(
  s: Snapshot,
  prior: Snapshot | null = null,
  levels?: ChurnLevels,
  scheduleWritten?: { cells(): string[]; maxCells: number; take?(): WrittenRaw },
  packed?: () => PackedCells | null,
): ReportTable {
  const asOf = isoDate(s.asOf);
  const starts = blockStarts(s);
  const blocks = starts.length - 1;
  const priorStarts = prior ? blockStarts(prior) : null;
  const priorBlocks = priorStarts ? priorStarts.length - 1 : 0;
  const codeLists = codeListsText();
  /** Row k's cells into `row` (every slot written): the writer reuses one array for all rows. */
  const fill = (k: number, row: Cell[]): void => {
    row[0] = k === 0 ? asOf : null;
    row[1] = k === 0 ? s.ruleSetHash : null;
    if (k < blocks) {
      const given = packed?.();
      row[2] =
        (given && packedCell(given, starts, k)) ?? packBlock(s, starts[k], starts[k + 1], levels);
    } else row[2] = null;
    row[3] = k === 0 ? codeLists : null;
    row[4] = k === 0 && prior ? isoDate(prior.asOf) : null;
    row[5] = k === 0 && prior ? prior.ruleSetHash : null;
    row[6] =
      prior && priorStarts && k < priorBlocks
        ? packBlock(prior, priorStarts[k], priorStarts[k + 1])
        : null;
    row[7] = k === 0 ? (s.judgmentVersion ?? 0) : null;
    row[8] = k === 0 && prior ? (prior.judgmentVersion ?? 0) : null;
    row[READING_COLUMN] = k === 0 ? (s.readingVersion ?? 0) : null;
    row[PRIOR_READING_COLUMN] = k === 0 && prior ? (prior.readingVersion ?? 0) : null;
    // Asked when the state is written, after the schedule tab (whose rows record them).
    row[WRITTEN_COLUMN] = scheduleWritten
      ? ((written ??= scheduleWritten.cells())[k] ?? null)
      : null;
  };
  let written: string[] | undefined;
  // At least one row, so the date and hash are kept even for an empty run.
  const rowCount = Math.max(1, blocks, priorBlocks, scheduleWritten?.maxCells ?? 0);
  // Past the first row, the prior run's cells and the schedule's, a row holds only its packed cell,
  // the one `packed` gives (the file adapter may write those rows ahead from the same cells).
  /** Whether `packed` gives this snapshot's cells, block for block. */
  const packedHere = (): boolean => {
    const given = packed?.();
    if (!given || given.count !== blocks || given.starts.length !== starts.length) return false;
    return given.starts.every((v, i) => v === starts[i]);
  };
  const soleFrom = (): number => {
    if (!packedHere()) return Infinity;
    written ??= scheduleWritten?.cells();
    return Math.max(1, priorBlocks, written?.length ?? 0);
  };
  // The schedule's cells made elsewhere (writtenCells, from take()) once the schedule is written:
  // past the first row and the prior run's, rows hold the packed cell and those alone.
  const take = scheduleWritten?.take;
  const beside = take && {
    column: WRITTEN_COLUMN,
    after: "followUps",
    from: () => (packedHere() ? Math.max(1, priorBlocks) : Infinity),
    take,
    use: (cells: string[]) => {
      written ??= cells;
    },
  };
  return {
    tab: "runState",
    sheetName: STATE_SHEET_NAME,
    columns: COLUMNS,
    rowCount,
    rows: filledRows(rowCount, COLUMNS.length, fill),
    fillRow: fill,
    style: "table",
    mode: "replace",
    hidden: true,
    soleColumn: { column: PACKED_COLUMN, from: soleFrom, ...(beside ? { beside } : {}) },
  };
}

/**
 * Reads the state tab back, block by block (push a part's rows, then finish; a tab continued past
 * Excel's row limit is read part after part, each with its header row). Columns are found by their
 * keys in the header row, so a column added later does not break an older reader.
 *
 * The tab is ours, so its cells are known: this reader decodes straight into columns (no record or
 * codes object per row). Layout 4 packs the customers into JSON cells with their codes as indexes
 * into the first row's `codeLists` (`packedCustomers`, statePacked.ts), layout 3 with the codes as
 * words (`customers`); layout 2 has a row per customer with the last purchase as an epoch-day
 * number (`lastPurchaseDay`), layout 1 as a date (`lastPurchase`): all four are read.
 *
 * @example const r = new StateReader(); r.push(rows); r.finish()?.count
 */
export class StateReader {
  private at: StateColumns | null = null;
  private headerSeen = false;
  private firstRow = true;
  private broken = false;
  private asOf = NaN;
  private hash = "";
  /** The judgment rules' version (rules/judgmentVersion.ts); 0: a state written before it. */
  private judgmentVersion = 0;
  /** The reading's version (rules/readingVersion.ts); 0: a state written before it. */
  private readingVersion = 0;
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
  /** The service signals (service.ts), -1 unknown; `serviceSeen`: some cell had the field. */
  private service = new Int32Array(this.room);
  private serviceSeen = false;
  /** The purchase rows' keys (Snapshot.purchaseRows), NaN unknown; `rowsSeen`: some cell had them. */
  private purchaseRows = new Float64Array(this.room);
  private rowsSeen = false;
  private readonly lookup = DIMENSIONS.map((d) => new CodeLookup(DIMENSION_CODES[d]));
  private parser: PackedCellParser | null = null;
  /** Layout 4: per dimension, the code each index of the tab's code lists names (-1 unknown). */
  private indexCodes: Int8Array[] | null = null;
  /** The prior run's date, hash and packed cells (read into a snapshot only when asked: priorOf). */
  private priorAsOf = NaN;
  private priorHash = "";
  private priorJudgmentVersion = 0;
  private priorReadingVersion = 0;
  private readonly priorCells: string[] = [];
  /** The schedule texts' hashes (`scheduleWritten`); null: a state written before them. */
  private written: string[] | null = null;

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
      // The run's date, rule-set hash and code lists are on the first data row of part 1.
      this.firstRow = false;
      const d = at.analysisDate >= 0 ? parseDate(row[at.analysisDate]) : NaN;
      if (Number.isFinite(d)) this.asOf = d;
      const h = at.ruleSetHash >= 0 ? cellText(row[at.ruleSetHash]) : "";
      if (h) this.hash = h;
      if (at.packed >= 0) {
        this.indexCodes = indexCodes(at.codeLists >= 0 ? row[at.codeLists] : null);
        if (!this.indexCodes) this.broken = true;
      }
      const p = at.priorAnalysisDate >= 0 ? parseDate(row[at.priorAnalysisDate]) : NaN;
      if (Number.isFinite(p)) this.priorAsOf = p;
      if (at.priorRuleSetHash >= 0) this.priorHash = cellText(row[at.priorRuleSetHash]);
      this.judgmentVersion = versionAt(row, at.judgmentVersion);
      this.priorJudgmentVersion = versionAt(row, at.priorJudgmentVersion);
      this.readingVersion = versionAt(row, at.readingVersion);
      this.priorReadingVersion = versionAt(row, at.priorReadingVersion);
    }
    if (at.priorPacked >= 0) {
      const cell = row[at.priorPacked];
      if (cell !== null && cell !== undefined && cell !== "")
        this.priorCells.push(typeof cell === "string" ? cell : cellText(cell));
    }
    if (at.scheduleWritten >= 0) {
      const cell = row[at.scheduleWritten];
      this.written ??= [];
      if (typeof cell === "string" && cell !== "") this.written.push(cell);
    }
    if (at.packed >= 0) {
      if (this.indexCodes) this.addPacked(row[at.packed], this.indexCodes);
      return;
    }
    if (at.customers >= 0) {
      this.addPacked(row[at.customers], null);
      return;
    }
    const i = this.slot(row[at.id]);
    if (i < 0) return;
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

  /**
   * A new customer's slot (its key and id recorded), or -1: a blank id is no customer, and a second
   * one with the same exact key is ignored (the first wins, as ingest keeps the first duplicate).
   * Ids that differ by leading zeros are two customers.
   */
  private slot(raw: Cell): number {
    let key: string;
    let id: string;
    if (typeof raw === "string") {
      key = exactCustomerKey(raw);
      id = key === raw ? raw : raw.trim();
    } else {
      if (raw === null || raw === undefined) return -1;
      key = exactCustomerKey(raw);
      id = cellText(raw).trim();
    }
    if (key === "" || this.index.add(key, this.n) >= 0) return -1;
    const i = this.n++;
    if (i === this.room) this.grow();
    this.key.push(key);
    this.id.push(id);
    return i;
  }

  /**
   * A cell of packed customers (statePacked.ts; layout 4 its codes as indexes into `indexCodes`,
   * layout 3 as words: null); text that is not one breaks the read.
   */
  private addPacked(cell: Cell, indexCodes: Int8Array[] | null): void {
    if (cell === null || cell === undefined || cell === "") return;
    const text = typeof cell === "string" ? cell : cellText(cell);
    const p = (this.parser ??= new PackedCellParser());
    if (!p.parse(text, indexCodes)) {
      this.addParsed(text, indexCodes);
      return;
    }
    const dims = DIMENSIONS.length;
    const [probability, spend, frequency, last, service, keys] = p.numbers;
    const [probabilities, spends, frequencies, lasts, services, keyCount] = p.numberCount;
    if (services > 0) this.serviceSeen = true;
    if (keyCount > 0) this.rowsSeen = true;
    for (let r = 0; r < p.idCount; r++) {
      const id = p.ids[r];
      const i = id === null ? -1 : this.slot(id);
      if (i < 0) continue;
      this.name.push(r < p.nameCount ? p.names[r] : "");
      this.owner.push(r < p.ownerCount ? p.owners[r] : "");
      for (let d = 0; d < dims; d++) this.codes[d][i] = r < p.codeCount[d] ? p.codes[d][r] : -1;
      this.churnProbability[i] = r < probabilities ? probability[r] : NaN;
      this.spend[i] = r < spends ? spend[r] : NaN;
      this.frequency[i] = r < frequencies ? frequency[r] : NaN;
      this.lastPurchase[i] = r < lasts ? last[r] : NaN;
      this.service[i] = r < services ? serviceCode(service[r]) : -1;
      this.purchaseRows[i] = r < keyCount ? rowsKey(keys[r]) : NaN;
    }
  }

  /**
   * A packed cell in a form the parser does not read (PackedCellParser: values that are arrays or
   * objects, or no JSON at all) through JSON.parse: read when it is an array of fields, else broken.
   */
  private addParsed(text: string, indexCodes: Int8Array[] | null): void {
    let fields: unknown;
    try {
      fields = JSON.parse(text);
    } catch {
      fields = null;
    }
    if (!Array.isArray(fields) || !fields.every(Array.isArray)) {
      this.broken = true;
      return;
    }
    const f = fields as unknown[][];
    const none: unknown[] = [];
    const [ids, names, owners] = [f[0] ?? none, f[1] ?? none, f[2] ?? none];
    const dims = DIMENSIONS.length;
    const codes = DIMENSIONS.map((_, d) => f[3 + d] ?? none);
    const [probability, spend, frequency, last, service, keys] = [0, 1, 2, 3, 4, 5].map(
      (k) => f[3 + dims + k] ?? none,
    );
    if (service.length > 0) this.serviceSeen = true;
    if (keys.length > 0) this.rowsSeen = true;
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r];
      const i = typeof id === "string" || typeof id === "number" ? this.slot(id) : -1;
      if (i < 0) continue;
      const name = names[r];
      const owner = owners[r];
      this.name.push(typeof name === "string" ? name : "");
      this.owner.push(typeof owner === "string" ? owner : "");
      for (let d = 0; d < dims; d++) {
        const v = codes[d][r];
        this.codes[d][i] =
          typeof v === "string"
            ? indexCodes
              ? -1
              : this.lookup[d].code(v)
            : typeof v === "number" && indexCodes
              ? (indexCodes[d][v] ?? -1)
              : -1;
      }
      this.churnProbability[i] = numberIn(probability[r]);
      this.spend[i] = numberIn(spend[r]);
      this.frequency[i] = numberIn(frequency[r]);
      this.lastPurchase[i] = numberIn(last[r]);
      this.service[i] = serviceCode(numberIn(service[r]));
      this.purchaseRows[i] = rowsKey(numberIn(keys[r]));
    }
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
    this.purchaseRows = f64(this.purchaseRows);
    const service = new Int32Array(room);
    service.set(this.service);
    this.service = service;
  }

  /**
   * The prior run the state keeps (stateTable's `prior`), read from its cells now; null when the
   * state keeps none (written before calls13, or by a run that compared with none earlier) or its
   * cells are not read (edited by hand).
   */
  private priorOf(): Snapshot | null {
    if (!Number.isFinite(this.priorAsOf) || !this.indexCodes) return null;
    const r = new StateReader();
    r.headerSeen = true;
    r.firstRow = false;
    r.asOf = this.priorAsOf;
    r.hash = this.priorHash;
    r.judgmentVersion = this.priorJudgmentVersion;
    r.readingVersion = this.priorReadingVersion;
    r.indexCodes = this.indexCodes;
    for (const cell of this.priorCells) r.addPacked(cell, this.indexCodes);
    return r.finish();
  }

  /**
   * The snapshot, or null when no state tab header was found or a packed cell was not one (edited
   * by hand: the caller then reads the previous segments tab). Its `prior` reads the earlier run
   * the state keeps, when it keeps one.
   */
  finish(): Snapshot | null {
    if (!this.headerSeen || this.broken) return null;
    const n = this.n;
    const codes = {} as Snapshot["codes"];
    DIMENSIONS.forEach((d, k) => (codes[d] = this.codes[k].slice(0, n)));
    return {
      asOf: this.asOf,
      ruleSetHash: this.hash,
      judgmentVersion: this.judgmentVersion,
      readingVersion: this.readingVersion,
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
      // A state written before the field (refresh8) has none: not known, as a JSON result's.
      ...(this.serviceSeen ? { service: this.service.slice(0, n) } : {}),
      // A state written before stop 64 keeps no rows' keys: the row a correction changed unnamed.
      ...(this.rowsSeen ? { purchaseRows: this.purchaseRows.slice(0, n) } : {}),
      index: this.index,
      ...(Number.isFinite(this.priorAsOf) ? { prior: () => this.priorOf() } : {}),
      ...(this.written ? { scheduleWritten: this.written } : {}),
    };
  }
}

/** A packed purchase rows' key (purchaseRows.ts): a whole number from 0, else not known (NaN). */
const rowsKey = (x: number): number => (Number.isInteger(x) && x >= 0 ? x : NaN);

/** A packed service code (service.ts): a whole number from 0, else not known (-1). */
const serviceCode = (x: number): number => (Number.isInteger(x) && x >= 0 && x < 2 ** 31 ? x : -1);

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
  /** Layout 3: the packed customers, codes as words; -1 in the other layouts. */
  customers: number;
  /** Layout 4: the packed customers, codes as indexes (statePacked.ts); -1 in earlier layouts. */
  packed: number;
  /** Layout 4: the code lists the indexes refer to (first data row). */
  codeLists: number;
  /** The prior run this run compared with (stateTable's `prior`): its date, hash, packed cells. */
  priorAnalysisDate: number;
  priorRuleSetHash: number;
  priorPacked: number;
  /** The judgment rules' version of the run and of its prior (stop 40; -1 in earlier states). */
  judgmentVersion: number;
  priorJudgmentVersion: number;
  scheduleWritten: number;
  /** The reading's version of the run and of its prior (stop 61; -1 in earlier states). */
  readingVersion: number;
  priorReadingVersion: number;
}

/** The state tab's columns from its header row, or null when the row is not one. */
function headerColumns(row: Cell[]): StateColumns | null {
  const cols = new Map<string, number>();
  row.forEach((c, k) => {
    const key = cellText(c);
    if (key && !cols.has(key)) cols.set(key, k);
  });
  if (!cols.has("id") && !cols.has("customers") && !cols.has("packedCustomers")) return null;
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
    customers: k("customers"),
    packed: k("packedCustomers"),
    codeLists: k("codeLists"),
    priorAnalysisDate: k("priorAnalysisDate"),
    priorRuleSetHash: k("priorRuleSetHash"),
    priorPacked: k("priorPackedCustomers"),
    judgmentVersion: k("judgmentVersion"),
    priorJudgmentVersion: k("priorJudgmentVersion"),
    scheduleWritten: k("scheduleWritten"),
    readingVersion: k("readingVersion"),
    priorReadingVersion: k("priorReadingVersion"),
  };
}

/**
 * A version number in column k of the row (rules/judgmentVersion.ts, rules/readingVersion.ts); 0
 * when absent or not one.
 */
function versionAt(row: Cell[], k: number): number {
  const v = k >= 0 ? numberOf(row[k]) : NaN;
  return Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Layout 4's code lists (the first row's `codeLists` cell, statePacked.ts codeListsText): per
 * dimension, the code of this version each index names (-1: a code it does not know); null when the
 * cell is not a JSON object of lists of texts (the tab is then not read).
 *
 * @example indexCodes('{"valueTier":["low","high"]}')![2] // Int8Array [2, 0] (valueTier)
 */
export function indexCodes(cell: Cell): Int8Array[] | null {
  let lists: unknown;
  try {
    lists = typeof cell === "string" ? JSON.parse(cell) : null;
  } catch {
    return null;
  }
  if (lists === null || typeof lists !== "object" || Array.isArray(lists)) return null;
  const out: Int8Array[] = [];
  for (const d of DIMENSIONS) {
    const list = (lists as Record<string, unknown>)[d] ?? [];
    if (!Array.isArray(list) || list.length > 127) return null;
    const codes = DIMENSION_CODES[d] as readonly unknown[];
    out.push(Int8Array.from(list, (code) => codes.indexOf(code)));
  }
  return out;
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

/** A packed number (JSON: a number, or null for none). */
function numberIn(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : NaN;
}
