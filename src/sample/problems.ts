import type { Cell } from "../engine/cells";
import { householdNames } from "../engine/ingest/duplicateKeys";
import { calendarDate } from "./calendar";
import { CustomerRows, restylePhone } from "./customers";
import { SALT, SamplePlan } from "./plan";
import { Random } from "./random";
import type { Patch, SampleKind } from "./sheet";
import type { SampleWords } from "./words";

/**
 * The deliberate data problems of a sample (a few each, at seeded random rows), and the forms the
 * engine must read without complaint (full-width digits, ¥ amounts, dates typed as text, ids stored
 * as numbers or with spaces). Each is a Patch on a sheet's generated rows; the test checks that
 * ingest reports exactly the problems, at the right sheet and row, and none of the tolerated forms.
 */

/** Base row counts of the five sheets, before any patch. */
export type BaseCounts = Record<SampleKind, number>;

/** Column index of each field in a sheet, for the patches. */
export type ColumnIndex = Record<SampleKind, Record<string, number>>;

/** Picks distinct base rows in [lo, hi), none of them already taken. */
class RowPicker {
  private readonly taken = new Set<number>();
  constructor(private readonly rng: Random) {}

  pick(lo: number, hi: number): number {
    if (hi - lo <= this.taken.size) throw new Error("too few rows for the sample's problems");
    for (;;) {
      const k = lo + this.rng.int(hi - lo);
      if (!this.taken.has(k)) {
        this.taken.add(k);
        return k;
      }
    }
  }
}

/** The smallest sizes for which every problem can be placed. */
export const MIN_ROWS_FOR_PROBLEMS = { customers: 20, transactions: 40 } as const;

/**
 * The patches per sheet. Customers: a repeated id, two likely duplicates (same phone written another
 * way; same name and region), a row without id, an impossible birthday, an unknown consent word,
 * and some ids stored as numbers. Transactions: blank and unreadable amounts and dates, an unknown
 * customer, a date after asOf, a zero amount, a blank row, a totals row at the bottom, and amounts
 * and dates in the forms people type (¥1,280.00, １２８０, 2025/3/7, 2025年3月7日, 20250307), ids
 * with stray spaces. Surveys: scores out of range and one not a number. Complaints: an unknown
 * cause (unknown_cause). Contacts: an unknown channel. `totals.sum` must hold the total of the
 * Transactions amounts above the totals row when that row is produced (the sheet keeps it as it
 * streams).
 *
 * @example
 * const patches = samplePatches(plan, ZH, customerRows, counts, columns, { sum: 0 });
 * patches.transactions.find((p) => p.code === "zero_amount")!.at; // a base row index
 */
export function samplePatches(
  plan: SamplePlan,
  words: SampleWords,
  customers: CustomerRows,
  counts: BaseCounts,
  col: ColumnIndex,
  totals: { sum: number },
): Record<SampleKind, Patch[]> {
  const rng = new Random(plan.options.seed, SALT.problems);
  const out: Record<SampleKind, Patch[]> = {
    customers: [],
    transactions: [],
    surveys: [],
    complaints: [],
    contacts: [],
  };
  const asOf = plan.options.asOf;
  const [year] = calendarDate(asOf);
  const n = counts.customers;

  // --- Customers
  if (n >= MIN_ROWS_FOR_PROBLEMS.customers) {
    const pick = new RowPicker(rng);
    const c = col.customers;
    const add = (p: Omit<Patch, "row">) => out.customers.push({ ...p, row: 0 });
    const half = Math.floor(n / 2);
    const copied = pick.pick(0, half);
    add({
      at: pick.pick(half, n),
      insert: () => customers.row(copied),
      code: "duplicate_customer_id",
      field: "customerId",
    });

    let samePhone = pick.pick(0, half);
    for (let tries = 0; customers.row(samePhone)[c.phone] === null && tries < 50; tries++)
      samePhone = pick.pick(0, half);
    // Another customer's phone under its own name: one household where the names say so (tester61
    // U115), unless either is an organisation (ingest/builders.ts likelyDuplicates).
    const organisation = (row: Cell[]) =>
      row[c.type] === words.types[0] || row[c.type] === words.types[2];
    add({
      at: pick.pick(half, n),
      insert: () => {
        const row = customers.row(n);
        row[c.phone] = restylePhone(String(customers.row(samePhone)[c.phone]));
        return row;
      },
      code:
        organisation(customers.row(n)) ||
        organisation(customers.row(samePhone)) ||
        !householdNames(String(customers.row(n)[c.name]), String(customers.row(samePhone)[c.name]))
          ? "possible_duplicate_customer"
          : "shared_contact",
      field: "phone",
    });
    const sameName = pick.pick(0, half);
    add({
      at: pick.pick(half, n),
      insert: () => {
        const row = customers.row(n + 1);
        const source = customers.row(sameName);
        row[c.name] = source[c.name];
        row[c.region] = source[c.region];
        row[c.type] = source[c.type];
        return row;
      },
      code: "possible_duplicate_customer",
      field: "name",
    });
    add({
      at: pick.pick(1, n),
      insert: () => {
        const row = customers.row(n + 2);
        row[c.customerId] = null;
        return row;
      },
      code: "missing_required",
      field: "customerId",
    });
    add({
      at: pick.pick(0, n),
      mutate: (row) => (row[c.birthday] = `${year - 35}-02-30`),
      code: "unparseable_optional",
      field: "birthday",
    });
    add({
      at: pick.pick(0, n),
      mutate: (row) => (row[c.marketingConsent] = words.unknownConsent),
      code: "unparseable_optional",
      field: "marketingConsent",
    });
    for (let k = 0; k < 5; k++) {
      add({
        at: pick.pick(0, n),
        mutate: (row) => (row[c.customerId] = Number(row[c.customerId])),
        code: "ok",
        field: "customerId",
        form: "number",
      });
    }
  }

  // --- Transactions
  const t = counts.transactions;
  if (t >= MIN_ROWS_FOR_PROBLEMS.transactions && n >= MIN_ROWS_FOR_PROBLEMS.customers) {
    const pick = new RowPicker(rng);
    const c = col.transactions;
    const add = (p: Omit<Patch, "row">) => out.transactions.push({ ...p, row: 0 });
    const any = () => pick.pick(1, t - 1);
    add({
      at: any(),
      mutate: (row) => (row[c.amount] = null),
      code: "missing_required",
      field: "amount",
    });
    add({
      at: any(),
      mutate: (row) => (row[c.date] = null),
      code: "missing_required",
      field: "date",
    });
    add({
      at: any(),
      mutate: (row) => (row[c.date] = `${year}-13-45`),
      code: "unparseable_value",
      field: "date",
    });
    add({
      at: any(),
      mutate: (row) => (row[c.amount] = "abc"),
      code: "unparseable_value",
      field: "amount",
    });
    const unknownId = plan.id(n + 100);
    add({
      at: any(),
      mutate: (row) => (row[c.customerId] = unknownId),
      code: "unknown_customer",
      field: "customerId",
    });
    const ahead = 3 + rng.int(40);
    add({
      at: any(),
      mutate: (row) => (row[c.date] = asOf + ahead),
      code: "future_date",
      field: "date",
    });
    add({ at: any(), mutate: (row) => (row[c.amount] = 0), code: "zero_amount", field: "amount" });
    add({ at: any(), insert: () => new Array<Cell>(6).fill(null), code: "blank_row", field: "" });
    // Tolerated: money and dates as people type them, ids with stray spaces.
    const money = (v: number) =>
      Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const sign = (v: number) => (v < 0 ? "-" : "");
    const amountForms: [string, (v: number) => string][] = [
      ["¥1,280.00", (v) => `${sign(v)}¥${money(v)}`],
      ["¥1,280.00", (v) => `${sign(v)}￥${money(v)}`],
      ["1,280元", (v) => `${sign(v)}${money(v)}元`],
      ["１２８０", (v) => toFullWidth(String(v))],
      ["１２８０", (v) => toFullWidth(String(v))],
    ];
    for (const [form, write] of amountForms) {
      add({
        at: any(),
        mutate: (row) => (row[c.amount] = write(row[c.amount] as number)),
        code: "ok",
        field: "amount",
        form,
      });
    }
    const dateForms: [string, (y: number, m: number, d: number) => string][] = [
      ["2025/3/7", (y, m, d) => `${y}/${m}/${d}`],
      ["2025年3月7日", (y, m, d) => `${y}年${m}月${d}日`],
      ["20250307", (y, m, d) => `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`],
    ];
    for (const [form, write] of dateForms) {
      for (let k = 0; k < 2; k++) {
        add({
          at: any(),
          mutate: (row) => (row[c.date] = write(...calendarDate(row[c.date] as number))),
          code: "ok",
          field: "date",
          form,
        });
      }
    }
    for (let k = 0; k < 3; k++) {
      add({
        at: any(),
        mutate: (row) => (row[c.customerId] = ` ${row[c.customerId]} `),
        code: "ok",
        field: "customerId",
        form: "spaces",
      });
    }
    // A totals row under the data, as a SUM row would be: its amount is the running total the
    // sheet keeps of the amounts above it.
    add({
      at: t,
      insert: () => totalsRow(words.totals, Math.round(totals.sum * 100) / 100, c),
      code: "totals_row",
      field: "",
    });
  }

  // --- Surveys, complaints, contacts
  if (counts.surveys >= 4) {
    const pick = new RowPicker(rng);
    const c = col.surveys;
    const add = (p: Omit<Patch, "row">) => out.surveys.push({ ...p, row: 0 });
    const s = counts.surveys;
    add({
      at: pick.pick(0, s),
      mutate: (row) => (row[c.overall] = 7),
      code: "out_of_range",
      field: "overall",
    });
    add({
      at: pick.pick(0, s),
      mutate: (row) => (row[c.recommend] = 12),
      code: "out_of_range",
      field: "recommend",
    });
    add({
      at: pick.pick(0, s),
      mutate: (row) => (row[c.recommend] = words.unknownScore),
      code: "unparseable_optional",
      field: "recommend",
    });
  }
  if (counts.complaints >= 1) {
    const c = col.complaints;
    out.complaints.push({
      at: rng.int(counts.complaints),
      mutate: (row) => (row[c.cause] = words.unknownCause),
      code: "unknown_cause",
      field: "cause",
      row: 0,
    });
  }
  if (counts.contacts >= 1) {
    const c = col.contacts;
    out.contacts.push({
      at: rng.int(counts.contacts),
      mutate: (row) => (row[c.channel] = words.unknownChannel),
      code: "unparseable_optional",
      field: "channel",
      row: 0,
    });
  }
  return out;
}

function totalsRow(label: string, sum: number, c: Record<string, number>): Cell[] {
  const row: Cell[] = new Array<Cell>(6).fill(null);
  row[c.customerId] = label;
  row[c.amount] = sum;
  return row;
}

/** Full-width digits and signs, as Chinese input methods type them. @example toFullWidth("1280.5") // "１２８０．５" */
export function toFullWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : ch;
  }
  return out;
}
