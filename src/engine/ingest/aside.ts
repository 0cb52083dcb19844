// A dependent sheet (Transactions) ingested aside, on another thread, while the Customers sheet is
// ingested: its joins to customers deferred until Customers are in (issue 11: the two largest
// reads, ~1 s each at 100,000 customers, one after the other on the main thread).
import type { Finding } from "../quality";
import type { ColumnOverrides } from "./header";
import type { SheetKind } from "../schema";
import { CustomerIndex } from "./builders";
import type { SheetResult } from "./sheet";
import { TransactionsBuilder } from "./transactionsBuilder";
import { ingestSheet } from "./sheetRead";
import type { IngestOptions, GridSource } from "./workbook";

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
}

/**
 * A started aside ingest (GridSource.ingestAside): its outcome (null: none), or cancel it; and,
 * optionally, the customer ids it has met so far (AsideSoFar): when one of them is no customer,
 * the guess is known to fail before the outcome is in.
 */
export interface AsideIngest {
  outcome(): Promise<AsideOutcome | null>;
  cancel(): void;
  soFar?(): Promise<AsideSoFar>;
}

/** The customer ids (numbers) an aside ingest has met so far, and whether its guess is void. */
export interface AsideSoFar {
  ids: readonly Int32Array[];
  void: boolean;
}

/** The sheets that may be ingested aside: those that only join to customers. */
export const ASIDE_KINDS: readonly SheetKind[] = ["transactions"];

/**
 * The customer index of a sheet ingested before the customers are known: a customer id that joins
 * by number (joinCustomer's path for plain digits) stands for itself, a provisional customer put
 * in the table as is (resolveAside looks each up once Customers are in); a number beyond the
 * table's int32, or an id that would join by text, voids the guess. No customer is ever missing
 * here: resolveAside finds which are, and then the sheet is read again in the usual order.
 *
 * @example const ix = new DeferredIndex(); ix.numbered(1000007) // 1000007
 */
export class DeferredIndex extends CustomerIndex {
  /** The ids met since the last takeMet(). */
  private met = new Int32Array(1024);
  private metLength = 0;
  void = false;

  override numbered(n: number): number {
    if (!(n >= 0 && n <= 0x7fffffff && Number.isInteger(n))) {
      this.void = true;
      return 0;
    }
    if (this.metLength === this.met.length) {
      const more = new Int32Array(this.met.length * 2);
      more.set(this.met);
      this.met = more;
    }
    this.met[this.metLength++] = n;
    return n;
  }

  override get(_key: string): number | undefined {
    this.void = true;
    return undefined;
  }

  /** The ids met since the last call (a copy), for an early look (AsideSoFar). */
  takeMet(): Int32Array {
    const out = this.met.slice(0, this.metLength);
    this.metLength = 0;
    return out;
  }
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
  /** After each block: the customer ids met since the last call, and whether the guess is void. */
  onIds?: (ids: Int32Array, isVoid: boolean) => void,
): Promise<AsideOutcome> {
  const index = new DeferredIndex();
  const findings: Finding[] = [];
  const builder = new TransactionsBuilder(index);
  try {
    const result = await ingestSheet(source, job.kind, job.sheetName, builder, findings, {
      asOf: job.asOf,
      columns: job.columns ? { [job.kind]: job.columns } : undefined,
      onProgress,
      stop: () => {
        if (onIds) onIds(index.takeMet(), index.void);
        if (index.void) throw new Voided();
      },
    });
    return { result, findings, void: index.void };
  } catch (e) {
    if (!(e instanceof Voided)) throw e;
    return { result: undefined as never, findings: [], void: true };
  }
}

/**
 * False when what an aside ingest has met so far already shows its guess fails (a customer id
 * that is no customer's, an id that joins by text, customers with zero twins): then it need not
 * be waited for.
 */
export function asideMayHold(soFar: AsideSoFar, index: CustomerIndex): boolean {
  if (soFar.void || index.twins !== null) return false;
  for (const ids of soFar.ids)
    for (let j = 0; j < ids.length; j++) if (index.numbered(ids[j]) === undefined) return false;
  return true;
}

/**
 * Puts the real customers into an aside outcome's customer column, now Customers are in: true when
 * every provisional customer is one of them and none has zero twins (then the outcome is what the
 * sheet read after Customers gives); false when the sheet must be read again (a customer unknown,
 * ids that join by text, twins to choose between), the outcome then of no use.
 */
export function resolveAside(outcome: AsideOutcome, index: CustomerIndex): boolean {
  if (outcome.void || index.twins !== null || !outcome.result.usable) return false;
  const column = (outcome.result.table as { customer: Int32Array }).customer;
  for (let j = 0; j < column.length; j++) {
    const i = index.numbered(column[j]);
    if (i === undefined) return false;
    column[j] = i;
  }
  return true;
}
