import type { Cell, Grid } from "../engine/cells";
import { ColumnBlockBuilder } from "../engine/ingest/columnBlock";
import type { GridSource } from "../engine/ingest/workbook";
import { epochDay, toExcelSerial, toJsDate } from "../engine/parse/date";
import type { QualityCode } from "../engine/quality";
import type { ColumnFormat } from "../engine/report/table";
import type { Lang } from "../engine/schema";
import {
  COMPLAINT_KEYS,
  CONTACT_KEYS,
  SURVEY_KEYS,
  complaintRows,
  contactRows,
  surveyRows,
} from "./activity";
import { CUSTOMER_KEYS, CustomerRows } from "./customers";
import { SamplePlan } from "./plan";
import { samplePatches, type ColumnIndex } from "./problems";
import {
  SAMPLE_KINDS,
  numberPatches,
  patchedRows,
  type Patch,
  type SampleKind,
  type SampleSheet,
} from "./sheet";
import { TRANSACTION_KEYS, transactionRows } from "./transactions";
import { wordsFor } from "./words";

export interface SampleOptions {
  seed?: number;
  customers?: number;
  /** Target number of transaction rows (the total over all customers). */
  transactions?: number;
  lang?: Lang;
  /** The data's "today" as an epoch day; default 2025-12-31 so the bundled samples stay stable. */
  asOf?: number;
  /** Inject deliberate data problems (default true). */
  problems?: boolean;
  /** Years of transaction history before asOf (default 3). */
  years?: number;
  /** Rows per block handed to readSheet's callback (default 10,000). */
  blockRows?: number;
  /** Date cells as Date objects (as the file reader gives them, default) or Excel serials (as Excel does). */
  dateCells?: "date" | "serial";
}

/** A problem put into the data on purpose, and where the engine should report it. */
export interface InjectedProblem {
  code: QualityCode;
  sheet: string;
  kind: SampleKind;
  /** Excel row number. */
  row: number;
  /** The field whose cell carries it ("" for the whole row). */
  field: string;
}

/** A cell written in a form the engine must read without a finding (¥1,280.00, 2025年3月7日, …). */
export interface ToleratedForm {
  form: string;
  sheet: string;
  kind: SampleKind;
  row: number;
  field: string;
}

export interface Sample {
  source: GridSource;
  injected: InjectedProblem[];
  tolerated: ToleratedForm[];
  sheets: SampleSheet[];
  plan: SamplePlan;
  asOf: number;
}

/** 2025-12-31: the default "today" of the sample data. */
export const SAMPLE_AS_OF = epochDay(2025, 12, 31);

const FORMATS: Record<SampleKind, readonly ColumnFormat[]> = {
  customers: [
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "date",
    "date",
    "text",
    "text",
  ],
  transactions: ["text", "date", "money", "text", "text", "integer"],
  surveys: [
    "text",
    "date",
    "integer",
    "integer",
    "integer",
    "integer",
    "integer",
    "integer",
    "text",
  ],
  complaints: ["text", "datetime", "text", "text", "datetime", "datetime", "text"],
  contacts: ["text", "date", "text", "text"],
};

const KEYS: Record<SampleKind, readonly string[]> = {
  customers: CUSTOMER_KEYS,
  transactions: TRANSACTION_KEYS,
  surveys: SURVEY_KEYS,
  complaints: COMPLAINT_KEYS,
  contacts: CONTACT_KEYS,
};

/**
 * A seeded sample workbook as a GridSource: the five input sheets (Customers, Transactions, Surveys,
 * Complaints, Contacts; Chinese or English names and headers) generated on the fly, block by block,
 * from a per-customer plan held in typed arrays. With `problems` on, deliberate data problems are
 * injected and listed in `injected` (code, sheet, Excel row) and the forms the engine must accept
 * silently in `tolerated`. The same options always give the same cells.
 *
 * @example
 * const { source, injected } = sampleSource({ seed: 1, customers: 3000, transactions: 30000 });
 * const { findings } = await ingestWorkbook(source, { asOf: SAMPLE_AS_OF });
 */
export function sampleSource(options: SampleOptions = {}): Sample {
  const lang = options.lang ?? "zh-CN";
  const words = wordsFor(lang);
  const asOf = options.asOf ?? SAMPLE_AS_OF;
  const customersWanted = Math.max(1, Math.floor(options.customers ?? 3000));
  const plan = new SamplePlan({
    seed: options.seed ?? 1,
    customers: customersWanted,
    transactions: Math.max(0, Math.floor(options.transactions ?? customersWanted * 10)),
    asOf,
    years: options.years ?? 3,
    owners: words.owners.length,
    regionWeights: words.regionWeights,
    industries: words.industries.length,
  });
  const customers = new CustomerRows(plan, words, lang);
  const col = Object.fromEntries(
    SAMPLE_KINDS.map((k) => [k, Object.fromEntries(KEYS[k].map((key, i) => [key, i]))]),
  ) as ColumnIndex;
  const counts: Record<SampleKind, number> = {
    customers: plan.count,
    transactions: plan.totalPurchases,
    surveys: plan.totalSurveys,
    complaints: plan.totalComplaints,
    contacts: plan.totalContacts,
  };
  const totals = { sum: 0 };
  const problems = options.problems ?? true;
  const patches: Record<SampleKind, Patch[]> = problems
    ? samplePatches(plan, words, customers, counts, col, totals)
    : { customers: [], transactions: [], surveys: [], complaints: [], contacts: [] };

  const base: Record<SampleKind, () => Iterator<Cell[]>> = {
    customers: () => customers.all(),
    transactions: () => transactionRows(plan, words),
    surveys: () => surveyRows(plan, words),
    complaints: () => complaintRows(plan, words),
    contacts: () => contactRows(plan, words),
  };
  const amount = col.transactions.amount;
  const sheets: SampleSheet[] = SAMPLE_KINDS.map((kind) => {
    const headers = words.headers[kind];
    const head: Cell[][] =
      kind === "customers" && patches.customers.length > 0
        ? [[words.title], [], [...headers]]
        : [[...headers]];
    const list = numberPatches(patches[kind], head.length + 1);
    const inserted = list.filter((p) => p.insert).length;
    const rows =
      kind === "transactions"
        ? function* (): Generator<Cell[]> {
            totals.sum = 0;
            for (const row of patchedRows(base.transactions(), list)) {
              const v = row[amount];
              if (typeof v === "number") totals.sum += v;
              yield row;
            }
          }
        : () => patchedRows(base[kind](), list);
    return {
      kind,
      name: words.sheetNames[kind],
      keys: KEYS[kind],
      headers,
      formats: FORMATS[kind],
      head,
      rowCount: counts[kind] + inserted,
      rows,
    };
  });

  const injected: InjectedProblem[] = [];
  const tolerated: ToleratedForm[] = [];
  for (const sheet of sheets) {
    for (const p of patches[sheet.kind]) {
      const at = { sheet: sheet.name, kind: sheet.kind, row: p.row, field: p.field };
      if (p.code === "ok") tolerated.push({ form: p.form ?? "", ...at });
      else injected.push({ code: p.code as QualityCode, ...at });
    }
  }
  const blockRows = Math.max(1, Math.floor(options.blockRows ?? 10_000));
  const serial = options.dateCells === "serial";
  const source: GridSource = {
    sheetNames: async () => sheets.map((s) => s.name),
    readSheet: async (name, onRows) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`the sample has no sheet named “${name}”`);
      const dateColumns = sheet.formats.flatMap((f, i) =>
        f === "date" || f === "datetime" ? [i] : [],
      );
      let block: Grid = sheet.head.map((r) => [...r]);
      let firstRow = 1;
      const it = sheet.rows();
      for (let next = it.next(); !next.done; next = it.next()) {
        const row = next.value;
        for (const c of dateColumns) {
          const v = row[c];
          if (typeof v === "number") row[c] = serial ? toExcelSerial(v) : toJsDate(v);
        }
        block.push(row);
        if (block.length >= blockRows) {
          await onRows(block, firstRow);
          firstRow += block.length;
          block = [];
        }
      }
      if (block.length > 0) await onRows(block, firstRow);
    },
    // The columnar path, as the file sources take it: date cells as epoch days (what a date-styled
    // .xlsx cell reads as; serials as numbers, as Excel gives them), the sheet's row count told
    // first so ingest sizes its columns once.
    readColumns: async (name, onBlock, notes) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`the sample has no sheet named “${name}”`);
      notes?.rowsExpected?.(sheet.head.length + sheet.rowCount);
      const isDate = sheet.formats.map((f) => f === "date" || f === "datetime");
      const builder = new ColumnBlockBuilder(blockRows);
      let firstRow = 1;
      let row = 1;
      const put = (cells: readonly Cell[]): void => {
        for (let c = 0; c < cells.length; c++) {
          const v = cells[c];
          if (typeof v !== "number" || !isDate[c]) builder.cell(c, v);
          else if (serial) builder.number(c, toExcelSerial(v));
          else builder.day(c, v);
        }
        builder.nextRow();
        row++;
      };
      const handOver = async (): Promise<void> => {
        await onBlock(builder.take(), firstRow);
        firstRow = row;
      };
      for (const r of sheet.head) {
        put(r);
        if (builder.full) await handOver();
      }
      const it = sheet.rows();
      for (let next = it.next(); !next.done; next = it.next()) {
        put(next.value);
        if (builder.full) await handOver();
      }
      if (builder.row > 0) await handOver();
    },
  };
  return { source, injected, tolerated, sheets, plan, asOf };
}
