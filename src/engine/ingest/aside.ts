// A dependent sheet (Transactions) ingested aside, on another thread, while the Customers sheet is
// ingested: its joins to customers deferred until Customers are in (issue 11: the two largest
// reads, ~1 s each at 100,000 customers, one after the other on the main thread).
import type { Finding } from "../quality";
import { customerKey } from "../parse/identifier";
import type { NotUsedRow } from "./rowsNotUsed";
import { countBelow } from "../sortedBelow";
import type { ColumnOverrides } from "./header";
import type { SheetKind } from "../schema";
import { CustomerIndex, plainNumber } from "./builders";
import type { SheetResult } from "./sheet";
import { TransactionsBuilder, type ProvisionalJournal } from "./transactionsBuilder";
import { ingestSheet } from "./sheetRead";
import type { IngestOptions, GridSource } from "./workbook";
import { columnIndex } from "../a1";
import type { Transactions } from "../model";
import { amountUnitOf } from "../parse/amountUnit";
import { isoDate } from "../parse/date";
import { qualityMessage } from "../quality";
import { SHEETS } from "../schema";
import {
  AFTER_AS_OF_LISTED,
  noRowsAfterAsOf,
  noteAfterAsOf,
  summariseAfterAsOf,
} from "./afterAsOf";
import { RowReader } from "./rowReader";
import { keepRepeats, repeatsOf, type RepeatsFound } from "./duplicateRows";

/** A sheet to ingest aside: which input, its sheet, and the run's options that apply to it. */
export interface AsideJob {
  kind: SheetKind;
  sheetName: string;
  asOf: number;
  columns?: ColumnOverrides;
}

/**
 * What an aside ingest found: the sheet's result with each row's customer its id (a provisional
 * customer, DeferredIndex), and its findings. `void`: a row's id would join by text (not a plain
 * number), which no provisional customer stands for: ingest the sheet again once Customers are in.
 */
export interface AsideOutcome {
  result: SheetResult<unknown>;
  findings: Finding[];
  void: boolean;
  /** What rows did that the read after Customers would not have, had their customer been unknown. */
  journal?: ProvisionalJournal;
  /** The analysis date the sheet was read with (AsideJob.asOf). */
  asOf?: number;
  /** Provisional customers that came through a text key (DeferredIndex.byText). */
  byText?: number[];
  /**
   * The duplicate-rows check's pairs (duplicateRows.ts findRepeats) over the table as read, its
   * customers the provisional ones: found here, on the thread that read it, while the main thread
   * reads the other inputs.
   */
  repeats?: RepeatsFound;
}

/**
 * A started aside ingest (GridSource.ingestAside): its outcome (null: none), or cancel it; and,
 * optionally, what it has told so far (AsideSoFar): a void guess is known before the outcome is in.
 */
export interface AsideIngest {
  outcome(): Promise<AsideOutcome | null>;
  cancel(): void;
  soFar?(): Promise<AsideSoFar>;
}

/**
 * What an aside ingest has told so far: whether its guess is void. (The customer ids it met were
 * sent too until stop 30, 1,000,000 of them at 100k, and never looked at: a customer id that is no
 * customer's does not void the guess, resolveAside takes its rows out.)
 */
export interface AsideSoFar {
  void: boolean;
}

/** The sheets that may be ingested aside: those that only join to customers. */
export const ASIDE_KINDS: readonly SheetKind[] = ["transactions"];

/**
 * The customer index of a sheet ingested before the customers are known: a customer id that joins
 * by number (joinCustomer's path for plain digits) stands for itself, a provisional customer put
 * in the table as is (resolveAside looks each up once Customers are in); a number beyond the
 * table's int32, or an id that would join by a text that is no plain number, voids the guess. No customer is ever missing
 * here: resolveAside finds which are, and takes their rows out as the usual order would have
 * read them (withoutUnknown).
 *
 * @example const ix = new DeferredIndex(); ix.numbered(1000007) // 1000007
 */
export class DeferredIndex extends CustomerIndex {
  void = false;

  override numbered(n: number): number {
    if (!(n >= 0 && n <= 0x7fffffff && Number.isInteger(n))) {
      this.void = true;
      return 0;
    }
    return n;
  }

  /**
   * A key that CustomerIndex holds by number (a padded " 1449934 " folds to "1449934") stands for
   * its number, as `numbered` does; any other text voids. Three padded ids in the 1M-customer CSVs'
   * 10,000,000 transactions voided the whole guess: the file read again on the main thread.
   * Their number is kept in `byText`: if no customer has it, resolveAside cannot remake the
   * finding as the read in order words it (the cell's own text), and reads the sheet again.
   */
  override get(key: string): number | undefined {
    const n = plainNumber(key);
    if (n < 0) {
      this.void = true;
      return undefined;
    }
    this.byText.add(n);
    return this.numbered(n); // its range rule: past int32 voids
  }

  /** The provisional customers met through a text key (get), not a plain cell (numbered). */
  readonly byText = new Set<number>();
}

/** Thrown from a block's callback to stop an aside read once its guess is void. */
class Voided extends Error {}

/**
 * Ingests one dependent sheet of `source` with its joins deferred (DeferredIndex): what a worker
 * thread runs while the main thread ingests Customers. The same SheetIngest, builder and findings
 * as ingestWorkbook's, so a resolved outcome is the sheet's result as read after Customers. Stops
 * early once void.
 */
export async function ingestAside(
  source: GridSource,
  job: AsideJob,
  onProgress?: IngestOptions["onProgress"],
  /** Once the guess is void (then the read stops). */
  onVoid?: () => void,
): Promise<AsideOutcome> {
  const index = new DeferredIndex();
  const findings: Finding[] = [];
  const builder = new TransactionsBuilder(index, findings);
  try {
    const result = await ingestSheet(source, job.kind, job.sheetName, builder, findings, {
      asOf: job.asOf,
      columns: job.columns ? { [job.kind]: job.columns } : undefined,
      onProgress,
      stop: () => {
        if (!index.void) return;
        onVoid?.();
        throw new Voided();
      },
    });
    const journal = builder.journal ?? undefined;
    const byText = index.byText.size > 0 ? [...index.byText] : undefined;
    const outcome: AsideOutcome = {
      result,
      findings,
      void: index.void,
      journal,
      asOf: job.asOf,
      byText,
    };
    const table = result.usable && !index.void ? (result.table as Transactions) : null;
    if (table && table.count >= 2)
      outcome.repeats = repeatsOf(table, table.hasOrderIds && table.products.length > 0);
    return outcome;
  } catch (e) {
    if (!(e instanceof Voided)) throw e;
    return { result: undefined as never, findings: [], void: true };
  }
}

/**
 * False when what an aside ingest has met so far already shows its guess fails (an id that joins
 * by text, customers with zero twins): then it need not be waited for. A customer id that is no
 * customer's does not (resolveAside takes its rows out).
 */
export function asideMayHold(soFar: AsideSoFar, index: CustomerIndex): boolean {
  return !soFar.void && index.twins === null;
}

/**
 * Puts the real customers into an aside outcome's customer column, now Customers are in, and takes
 * out the rows of ids that are no customer's as the read after Customers leaves them
 * (withoutUnknown: an unknown_customer finding each, in row order): true when the outcome is then
 * what the sheet read after Customers gives; false when the sheet must be read again (ids that
 * join by text, twins to choose between, an unknown customer's row whose traces cannot be told
 * apart), the outcome then of no use.
 */
export function resolveAside(outcome: AsideOutcome, index: CustomerIndex): boolean {
  if (outcome.void || index.twins !== null || !outcome.result.usable) return false;
  // Rows not used of ids that are no customer's: the read in order stops them at the join.
  const table = outcome.result.table as { customer: Int32Array; notUsed?: NotUsedRow[] };
  if (table.notUsed) {
    table.notUsed = table.notUsed.filter((u) => u.why === "noId" || index.has(customerKey(u.id)));
    if (table.notUsed.length === 0) delete table.notUsed;
  }
  const column = table.customer;
  let gone: number[] | null = null;
  // The customer each provisional one stands for was stood for by no other (the pairs found aside
  // hold then): one customer under two numbers (two of its ids) would join rows they kept apart.
  const firstOf = outcome.repeats ? new Int32Array(index.size).fill(-1) : null;
  let distinct = firstOf !== null;
  for (let j = 0; j < column.length; j++) {
    const p = column[j];
    const i = index.numbered(p);
    if (i === undefined) {
      (gone ??= []).push(j);
      continue;
    }
    if (distinct) {
      const had = i < firstOf!.length ? firstOf![i] : -2;
      if (had === -1) firstOf![i] = p;
      else if (had !== p) distinct = false;
    }
    column[j] = i;
  }
  const journal = outcome.journal;
  let rejected: number[] | null = null;
  if (journal)
    for (let k = 0; k < journal.rejected.length; k += 6)
      if (index.numbered(journal.rejected[k]) === undefined) (rejected ??= []).push(k);
  if (gone === null && rejected === null) {
    if (distinct) keepRepeats(outcome.result.table as Transactions, outcome.repeats!);
    return true;
  }
  if (!journal || outcome.asOf === undefined) return false;
  // An unknown id that came as text (" 1449934 "): the read in order quotes its cell, which the
  // outcome did not keep.
  if (outcome.byText) {
    const byText = new Set(outcome.byText);
    if (gone?.some((t) => byText.has(column[t]))) return false;
    if (rejected?.some((k) => byText.has(journal.rejected[k]))) return false;
  }
  return withoutUnknown(outcome, journal, gone ?? [], rejected ?? []);
}

/** Fields of a ProvisionalJournal.rejected entry. */
const ID = 0;
const ROW = 1;
const BEFORE = 2;
const FROM = 3;
const TO = 4;
const FUTURE = 5;

/**
 * Makes an aside outcome what the read after Customers gives when some of its provisional customers
 * are no customer's: `gone` (table indices) and `rejected` (offsets of ProvisionalJournal.rejected
 * entries) are their rows. Such a row stops there at the failed join, after its date and amount, so
 * each gets an unknown_customer finding where its findings start, keeps its date's and amount's, and
 * loses the rest (a zero amount, a future date, its ambiguous numbers' notes, texts too long); a used
 * one leaves the table (counts, the product codes renumbered by first use) and the amount-unit notes'
 * counts. False, the outcome unchanged, when a trace cannot be told apart: an ambiguous quantity
 * somewhere while an unknown customer's row has a quantity (its evidence weighed in the column's
 * decimal mark), or the rows after the analysis date summarised as one note falling to 10 or fewer
 * (listed row by row, where the summary took them out).
 */
function withoutUnknown(
  outcome: AsideOutcome,
  journal: ProvisionalJournal,
  gone: readonly number[],
  rejected: readonly number[],
): boolean {
  const result = outcome.result as SheetResult<Transactions>;
  const table = result.table;
  const source = result.source;
  const after = result.afterAsOf;
  const rej = journal.rejected;
  if (!source || !after || after.findings.length !== journal.futureDays.length) return false;
  if (journal.quantityAmbiguous && gone.some((t) => !Number.isNaN(table.quantity[t]))) return false;
  const futureGone = new Set<number>();
  for (const k of rejected) if (rej[k + FUTURE] >= 0) futureGone.add(rej[k + FUTURE]);
  const summarised = after.rows > AFTER_AS_OF_LISTED;
  if (summarised && after.rows - futureGone.size <= AFTER_AS_OF_LISTED) return false;
  // Amounts read as written under a unit header: the rows gone must not be among them, nor weigh
  // in on them (their notes' counts and first row stand then; reviewer53 M1).
  const asWritten = result.amountsAsWritten ?? [];
  if (asWritten.some((a) => a.weighed) && gone.length > 0) return false;
  const goneSource = new Set(gone.map((t) => table.sourceRow[t]));
  if (asWritten.some((a) => a.rows.some((r) => goneSource.has(r)))) return false;

  // Positions in the findings as read; once summarised, the per-row future findings were taken out.
  const takenOut: number[] = [];
  if (summarised)
    for (let k = 0; k < rej.length; k += 6) if (rej[k + FUTURE] >= 0) takenOut.push(rej[k + FROM]);
  const at = (i: number): number => i - countBelow(takenOut, i);

  const places: { at: number; row: number; id: number }[] = [];
  const findings = outcome.findings;
  const drop = new Uint8Array(findings.length);
  const dropRange = (from: number, to: number) => drop.fill(1, at(from), at(to));
  const extras = new Map<number, number>();
  for (let k = 0; k < journal.extras.length; k += 3) extras.set(journal.extras[k], k);
  const goneRows = new Set<number>();
  let s = 0;
  let start = 0;
  for (const t of gone) {
    for (; s < journal.starts.length && journal.starts[s] <= t; s += 2)
      start = journal.starts[s + 1];
    places.push({ at: at(start), row: table.sourceRow[t], id: table.customer[t] });
    goneRows.add(table.sourceRow[t]);
    const e = extras.get(t);
    if (e !== undefined) dropRange(journal.extras[e + 1], journal.extras[e + 2]);
  }
  for (const k of rejected) {
    places.push({ at: at(rej[k + BEFORE]), row: rej[k + ROW], id: rej[k + ID] });
    dropRange(rej[k + FROM], rej[k + TO]);
  }
  for (let i = 0; i < findings.length; i++)
    if (findings[i].code === "ambiguous_number" && goneRows.has(findings[i].row)) drop[i] = 1;
  places.sort((a, b) => a.at - b.at || a.row - b.row);

  // The unknown_customer finding as joinCustomer reports it, by a reader of the same columns.
  const columns: Record<string, number> = {};
  const headers: string[] = [];
  for (const [field, letters] of Object.entries(source.columnLetters)) {
    columns[field] = columnIndex(letters);
    headers[columns[field]] = source.columns[field];
  }
  const made: Finding[] = [];
  const spec = SHEETS.transactions;
  const asOf = outcome.asOf!;
  const reader = new RowReader(spec, source.sheetName, columns, headers, made, asOf);
  const unknown = (p: { row: number; id: number }): Finding => {
    reader.rowNumber = p.row;
    reader.report("unknown_customer", "customerId", String(p.id));
    return made.pop()!;
  };
  const out: Finding[] = [];
  let q = 0;
  for (let i = 0; i < findings.length; i++) {
    while (q < places.length && places[q].at <= i) out.push(unknown(places[q++]));
    if (!drop[i]) out.push(findings[i]);
  }
  while (q < places.length) out.push(unknown(places[q++]));

  // The rows after the analysis date without the unknown customers' (their summary remade).
  const tally = noRowsAfterAsOf();
  for (let k = 0; k < after.findings.length; k++)
    if (!futureGone.has(k))
      noteAfterAsOf(tally, after.findings[k], isoDate(journal.futureDays[k]), after.column);
  if (summarised) {
    const remade: Finding[] = [];
    summariseAfterAsOf(tally, remade, {
      sheet: source.sheetName,
      kind: "transactions",
      sheetZh: spec.label["zh-CN"],
      sheetEn: spec.label["en-US"],
      asOf: isoDate(asOf),
    });
    const k = out.findIndex((f) => f.code === "after_analysis_date" && f.row === 0);
    if (k < 0) return false;
    out[k] = remade[remade.length - 1];
  }
  Object.assign(after, tally);

  const kept = table.count - gone.length;
  keepRows(table, gone);
  result.counts.used -= gone.length;
  result.counts.rejected += gone.length;
  for (const f of out)
    if (f.code === "amount_unit_applied") {
      const factor = amountUnitOf(f.column)?.factor ?? 1;
      const own = asWritten.find((a) => source.columns[a.field] === f.column);
      f.message = qualityMessage("amount_unit_applied", {
        column: f.column,
        unit: f.value,
        factor: factor.toLocaleString("en-US"),
        count: kept - (own?.rows.length ?? 0),
      });
    }
  findings.length = 0;
  for (const f of out) findings.push(f);
  return true;
}

/** The table without rows `gone` (ascending), its products coded again by first use. */
function keepRows(table: Transactions, gone: readonly number[]): void {
  const n = table.count;
  const kept = n - gone.length;
  const out = {
    customer: new Int32Array(kept),
    day: new Float64Array(kept),
    amount: new Float64Array(kept),
    order: new Int32Array(kept),
    product: new Int32Array(kept),
    quantity: new Float64Array(kept),
    sourceRow: new Int32Array(kept),
  };
  const code = new Int32Array(table.products.length).fill(-1);
  const products: string[] = [];
  let g = 0;
  let w = 0;
  for (let t = 0; t < n; t++) {
    if (g < gone.length && gone[g] === t) {
      g++;
      continue;
    }
    out.customer[w] = table.customer[t];
    out.day[w] = table.day[t];
    out.amount[w] = table.amount[t];
    out.order[w] = table.order[t];
    out.quantity[w] = table.quantity[t];
    out.sourceRow[w] = table.sourceRow[t];
    const p = table.product[t];
    if (p >= 0 && code[p] < 0) {
      code[p] = products.length;
      products.push(table.products[p]);
    }
    out.product[w++] = p < 0 ? p : code[p];
  }
  Object.assign(table, out, { count: kept, products, hasOrderIds: table.hasOrderIds && kept > 0 });
}
