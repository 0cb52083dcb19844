// A dependent sheet (Transactions) ingested aside, on another thread, while the Customers sheet is
// ingested: its joins to customers deferred until Customers are in (issue 11: the two largest
// reads, ~1 s each at 100,000 customers, one after the other on the main thread).
import type { Finding } from "../quality";
import type { ColumnOverrides } from "./header";
import type { SheetKind } from "../schema";
import { CustomerIndex } from "./builders";
import { NumberIndex } from "./numberIndex";
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
 * What an aside ingest found: the sheet's result with each row's customer a provisional code,
 * `numbers[code]` the customer id it stands for, and its findings. `void`: a row's id would join
 * by text (not a plain number), which the provisional codes cannot stand for: ingest the sheet
 * again once Customers are in.
 */
export interface AsideOutcome {
  result: SheetResult<unknown>;
  findings: Finding[];
  numbers: number[];
  void: boolean;
}

/** A started aside ingest (GridSource.ingestAside): its outcome (null: none), or cancel it. */
export interface AsideIngest {
  outcome(): Promise<AsideOutcome | null>;
  cancel(): void;
}

/** The sheets that may be ingested aside: those that only join to customers. */
export const ASIDE_KINDS: readonly SheetKind[] = ["transactions"];

/**
 * The customer index of a sheet ingested before the customers are known: each customer id that
 * joins by number (joinCustomer's path for plain digits) gets a provisional customer, a code per
 * distinct number; an id that would join by text voids the guess. No customer is ever missing
 * here: resolveAside finds which are, and then the sheet is read again in the usual order.
 *
 * @example const ix = new DeferredIndex(); ix.numbered(1000007) // 0; ix.numbers // [1000007]
 */
export class DeferredIndex extends CustomerIndex {
  private readonly codes = new NumberIndex();
  readonly numbers: number[] = [];
  void = false;

  override numbered(n: number): number {
    let code = this.codes.get(n);
    if (code === undefined) {
      code = this.numbers.length;
      this.codes.set(n, code);
      this.numbers.push(n);
    }
    return code;
  }

  override get(_key: string): number | undefined {
    this.void = true;
    return undefined;
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
        if (index.void) throw new Voided();
      },
    });
    return { result, findings, numbers: index.numbers, void: index.void };
  } catch (e) {
    if (!(e instanceof Voided)) throw e;
    return { result: undefined as never, findings: [], numbers: [], void: true };
  }
}

/**
 * Puts the real customers into an aside outcome's customer column, now Customers are in: true when
 * every provisional customer is one of them and none has zero twins (then the outcome is what the
 * sheet read after Customers gives); false when the sheet must be read again (a customer unknown,
 * ids that join by text, twins to choose between), with the column left as it was.
 */
export function resolveAside(outcome: AsideOutcome, index: CustomerIndex): boolean {
  if (outcome.void || index.twins !== null || !outcome.result.usable) return false;
  const numbers = outcome.numbers;
  const real = new Int32Array(numbers.length);
  for (let k = 0; k < numbers.length; k++) {
    const i = index.numbered(numbers[k]);
    if (i === undefined) return false;
    real[k] = i;
  }
  const column = (outcome.result.table as { customer: Int32Array }).customer;
  for (let j = 0; j < column.length; j++) column[j] = real[column[j]];
  return true;
}
