// A sales log kept one sheet per month or year (2024年6月 … 2026年11月; 交易 beside 2024-2025年收费)
// is read as one input (tester58 U60: 44 of 470 rows read, revenue 16,398 of 238,702). Each sheet
// is read as its own (its findings name it and its own rows); their tables are then joined into the
// input's one. In the joined table a row's part is told by a multiple of PART_ROWS added to its
// Excel row (sourceRow), so the steps after the read (duplicate lines, top-ups, returns) tell rows
// of two sheets apart; rowPlace gives the sheet and row back for their findings.
import type { RowTexts, SheetSource, Transactions } from "../model";
import {
  CORRECTED_SHEET_WORDS,
  JOBS_SHEET_WORDS,
  NOT_SALES_BY_COLUMNS_SHEET_WORDS,
  NOT_SALES_SHEET_WORDS,
  NOT_YET_CORRECTED,
  OLDER_SALES_SHEET_WORDS,
  PAYMENTS_SHEET_WORDS,
  STORE_SHEET_HOLDS,
} from "../headerWords";
import { ROW_KIND_WORDS, STORED_VALUE_PAYMENT_WORDS } from "../optionWords";
import { endsWithWord, saysWord } from "./cellWords";
import { returnsSheetName } from "./returnsSheet";
import { rowKindKey } from "./rowKinds";
import { rowOrder } from "./transactionsBuilder";
import type { NotUsedRow } from "./rowsNotUsed";

/** Above Excel's last row (1,048,576): part k's rows are k × PART_ROWS + their Excel row. */
export const PART_ROWS = 1 << 21;

/** The most sheets read as one input: Int32 rows hold 1,023 parts; three years of months is 36. */
export const PARTS_MAX = 60;

/**
 * The sheet and Excel row of a row of an input's table (sourceRow), for a finding. `sheet` is
 * undefined for the first part (the input's own sheet: the caller's name for it stands).
 *
 * @example rowPlace({ sheetName: "交易", parts: ["交易", "2024年6月"] }, PART_ROWS + 5) // { sheet: "2024年6月", row: 5 }
 */
export function rowPlace(
  source: Pick<SheetSource, "parts"> | undefined,
  row: number,
): { sheet: string | undefined; row: number } {
  if (row < PART_ROWS || !source?.parts) return { sheet: undefined, row };
  return { sheet: source.parts[Math.floor(row / PART_ROWS)], row: row % PART_ROWS };
}

// A period in a sheet's name: a year (2024, 2024-2025, FY26), a month (6月, 2024.06, Jan), a quarter
// or half (Q3, 第三季度, H1, 上半年). Digits alone are none (Sheet2, 表1).
const PERIOD_NAME =
  /(^|[^\d])(19|20)\d\d($|[^\d])|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|季度|半年|(^|[^a-z])(q[1-4]|h[12]|fy\s*\d{2,4})($|[^a-z])|(^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*($|[^a-z])/i;

/**
 * Whether a sheet's name says a period (a month, a year, a quarter): sheets of one input kept
 * per period are read as one; a sheet of the same columns under another name (a copy of the
 * customers kept as 已退会员: reviewer58 L1) is not one of them.
 *
 * @example isPeriodName("2024年6月") // true
 * @example isPeriodName("已退会员") // false
 */
export function isPeriodName(name: string): boolean {
  return PERIOD_NAME.test(name.normalize("NFKC"));
}

// A store in a sheet's name: 万达店, 大学城分店, 南山门店, 天猫旗舰店, 淘宝店铺; Downtown Store, Main St
// Shop, North Branch, Outlet 3. A Chinese store name may be followed by what the sheet holds, as
// shops name these sheets (tester63 U160: 城东店收费明细 / 高新店收费明细, one store of two read):
// 收费明细, 销售, 流水, 订单… (STORE_SHEET_HOLDS) and nothing else (店员名单 is no store).
const STORE_NAME = new RegExp(
  `(店|店铺)\\s*\\d*(\\s*[-_—–·:：()（）]?\\s*(${STORE_SHEET_HOLDS.join("|")}))?\\s*[)）]?$|(^|[^a-z])(store|shop|branch|outlet)($|[^a-z])`,
  "i",
);

// What a name says of stored value, not a store's sales (reviewer61 R1: 充值-万达店, Store Credit,
// Gift Shop Top-ups were read as stores, their top-ups added to the sales): the top-up row kind's
// words (充值, 储值, top up) and the stored-value payment words (store credit), an English one
// also as a plural (top-ups).
const STORED_VALUE_NAME = [...ROW_KIND_WORDS.topUp, ...STORED_VALUE_PAYMENT_WORDS].flatMap((w) =>
  /[a-z]$/.test(w) ? [w, `${w}s`] : [w],
);

/**
 * Whether a sheet's name says a store: a franchise's sales kept one sheet per store with the very
 * same columns (万达店, 大学城店, 火车站店) are one sales input, read as one (tester60 U102: one store
 * of three was read). A 会员充值 sheet beside 会员消费, or an archive copy (交易备份), says none; nor
 * does a name saying a store and another kind of rows: returns (returnsSheetName: Store Returns)
 * or stored value (充值-万达店, Store Credit; reviewer61 R1).
 *
 * @example isStoreName("大学城店") // true
 * @example isStoreName("会员充值") // false
 * @example isStoreName("Store Credit") // false
 */
export function isStoreName(name: string): boolean {
  const n = name.normalize("NFKC").trim();
  return STORE_NAME.test(n) && !returnsSheetName(n) && !saysStoredValue(n);
}

/**
 * Whether a sheet's name says stored value (储值卡流水, 会员充值, Store Credit): its rows are top-ups
 * and card deductions, never the sales (tester70 U600).
 *
 * @example saysStoredValue("储值卡流水") // true
 * @example saysStoredValue("维修单") // false
 */
export function saysStoredValue(name: string): boolean {
  return saysWord(rowKindKey(name.normalize("NFKC").trim()), STORED_VALUE_NAME);
}

const SHOP_BUYING = NOT_SALES_BY_COLUMNS_SHEET_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a sheet's name says the shop's own buying or spending (进货记录, 支出, Inventory:
 * NOT_SALES_BY_COLUMNS_SHEET_WORDS): never the sales by its columns, never to be added to them
 * (reviewer71 H6; newuser71: "请把它的行并到“流水”表中" for a 进货记录).
 *
 * @example saysShopBuying("进货记录") // true
 */
export function saysShopBuying(name: string): boolean {
  return saysWord(name.normalize("NFKC").trim().toLowerCase(), SHOP_BUYING);
}

/**
 * Whether a sheet's name says a part of one input: a period (isPeriodName) or a store (isStoreName).
 *
 * @example isPartName("2024年6月") && isPartName("万达店") // true
 */
export function isPartName(name: string): boolean {
  return isPeriodName(name) || isStoreName(name);
}

const NOT_SALES = NOT_SALES_SHEET_WORDS.map((w) => w.toLowerCase());
/** Excel's name for a copied sheet: 交易 (2). */
const EXCEL_COPY = /\(\d+\)\s*$/;

/**
 * Whether a sheet's name says its rows are no sales though its columns are the sales sheet's: a
 * backup or copy (交易备份, 交易 (2)), a template, voided or test rows (headerWords.ts
 * NOT_SALES_SHEET_WORDS), returns (returnsSheetName) or stored value (充值, Store Credit).
 *
 * @example saysOtherRows("交易备份") // true
 * @example saysOtherRows("历史流水") // false
 */
export function saysOtherRows(name: string): boolean {
  const n = name.normalize("NFKC").trim();
  const key = rowKindKey(n);
  return (
    EXCEL_COPY.test(n) || saysWord(key, NOT_SALES) || returnsSheetName(n) || saysStoredValue(n)
  );
}

const OLDER_SALES = OLDER_SALES_SHEET_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a sheet's name says it holds older sales (headerWords.ts OLDER_SALES_SHEET_WORDS) and no
 * other rows (saysOtherRows): with the sales sheet's very columns, it is read with them
 * (reviewer64 H1: 报价单, 预约, 欠款, Quotes beside 交易 were read as sales, 11,000 → 21,000).
 *
 * @example saysOlderSales("历史流水") // true
 * @example saysOlderSales("报价单") // false
 * @example saysOlderSales("旧账备份") // false
 */
export function saysOlderSales(name: string): boolean {
  const n = name.normalize("NFKC").trim();
  return saysWord(rowKindKey(n), OLDER_SALES) && !saysOtherRows(n);
}

const PAYMENTS = PAYMENTS_SHEET_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a sheet's name says it holds the payments of sales (headerWords.ts PAYMENTS_SHEET_WORDS,
 * matched inside the name): never read as another channel of the sales beside them (reviewer66 H6).
 *
 * @example saysPayments("收款记录") && saysPayments("Payments") // true
 * @example saysPayments("门店流水") // false
 */
export function saysPayments(name: string): boolean {
  const n = name.normalize("NFKC").toLowerCase();
  return PAYMENTS.some((w) => n.includes(w));
}

const JOBS = JOBS_SHEET_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a sheet's name says it lists jobs or work orders (headerWords.ts JOBS_SHEET_WORDS, matched
 * inside the name): the work the invoices bill, when its rows are theirs (jobsOfSales; tester66 U241).
 *
 * @example saysJobs("Jobs") && saysJobs("派工单") // true
 * @example saysJobs("Invoices") // false
 */
export function saysJobs(name: string): boolean {
  const n = name.normalize("NFKC").toLowerCase();
  return JOBS.some((w) => n.includes(w));
}

/** A jobs sheet's rows as looked at: each row's customer (its number in the customers, or -1) and day (NaN: none read). */
export interface JobRows {
  customers: readonly number[];
  days: readonly number[];
}

/**
 * How long before the sales' first day a job may lie and still be billed by them: a job done before
 * its invoice (a weekly job started a month before the first invoice).
 */
const JOB_BILLED_WITHIN = 92;

/**
 * How long after the sales' last day a job may lie and still be billed by them: an invoice follows
 * the work it bills, or comes at most a fortnight ahead of it (a deposit). Jobs done later are no
 * work these invoices bill (reviewer69 M7: Jobs of Jan–Feb 2026 beside the Invoices of 2025, a
 * business moved from invoices to a jobs sheet, were dropped with "Nothing to do", 7,200 → 6,000).
 */
const JOB_BILLED_AHEAD = 14;

/**
 * Whether the sheet `name` whose rows are `jobs` lists the work the sales `sales` bill (Jobber's
 * Jobs beside Invoices): its name says jobs (saysJobs), at least half of its rows are customers'
 * who bought in the sales, and at least half of its days lie within the sales' days (from a
 * quarter before the first to a fortnight after the last: JOB_BILLED_AHEAD); the sales with their sheets of other periods (`family`: their top rows; fix68b's
 * left item 2, Jobs 2026 beside Invoices 2025 and Invoices 2026). Such a sheet is never added to
 * the sales, whatever period its name adds (reviewer67 H1: "Jobs 2026" beside Invoices was read as
 * a part of them, revenue 320 → 1,920), and is said as the same work (tester66 U241); a jobs sheet
 * of other customers or other days is not (reviewer67 M1: Jobs of 2025 beside the sales of 2026,
 * "Job Applicants").
 *
 * @example jobsOfSales("Jobs 2026", { customers: [0], days: [epochDay(2026, 4, 1)] }, invoices) // true: customer 0's invoices from 2026-05-01
 * @example jobsOfSales("Jobs", { customers: [0], days: [epochDay(2025, 1, 1)] }, invoices) // false: other days
 */
export function jobsOfSales(
  name: string,
  jobs: JobRows,
  sales: Pick<Transactions, "count" | "customer" | "day">,
  family: readonly JobRows[] = [],
): boolean {
  if (!saysJobs(name) || sales.count === 0) return false;
  const buyers = new Set<number>();
  let first = Infinity;
  let last = -Infinity;
  const bought = (customer: number, day: number) => {
    if (customer >= 0) buyers.add(customer);
    if (Number.isNaN(day)) return;
    first = Math.min(first, day);
    last = Math.max(last, day);
  };
  for (let i = 0; i < sales.count; i++) bought(sales.customer[i], sales.day[i]);
  for (const sheet of family)
    sheet.customers.forEach((customer, i) => bought(customer, sheet.days[i]));
  const known = jobs.customers.filter((c) => c >= 0 && buyers.has(c)).length;
  const dated = jobs.days.filter((d) => !Number.isNaN(d));
  const within = dated.filter(
    (d) => d >= first - JOB_BILLED_WITHIN && d <= last + JOB_BILLED_AHEAD,
  ).length;
  return (
    jobs.customers.length > 0 &&
    known * 2 >= jobs.customers.length &&
    dated.length > 0 &&
    within * 2 >= dated.length
  );
}

const CORRECTED = CORRECTED_SHEET_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a sheet's name says its rows are the tidied or corrected ones (headerWords.ts
 * CORRECTED_SHEET_WORDS): of a sheet and its copy, the one to read (reviewer65 M5).
 *
 * @example saysCorrected("11月整理") // true
 * @example saysCorrected("11月") // false
 * @example saysCorrected("11月未整理") // false: not tidied yet (NOT_YET_CORRECTED)
 */
export function saysCorrected(name: string): boolean {
  const n = rowKindKey(name.normalize("NFKC").trim());
  return saysWord(
    n,
    CORRECTED,
    (w, at) =>
      !endsWithWord(n.slice(0, at), NOT_YET_CORRECTED.before) &&
      !NOT_YET_CORRECTED.after.some((a) => n.startsWith(a, at + w.length)),
  );
}

/**
 * The store a sheet's name says it holds alone, its period and what it holds set aside (万达店,
 * 万达店11月, 2026年11月万达店, 万达店流水 → 万达店; Downtown Store Nov → downtown store), or undefined
 * (全部门店, 11月, 交易): two sheets of two such stores are two stores' own sales, whose rows a fleet or
 * a regular shares (reviewer65 S7; reviewer66 M4: 国贸店11月 + 万达店11月, 1,120 read as 700); two of
 * one store are one's sheet and its copy or export.
 *
 * @example oneStoreOf("万达店11月") // "万达店"
 * @example oneStoreOf("全部门店") // undefined
 */
export function oneStoreOf(name: string): string | undefined {
  const n = name.normalize("NFKC").trim();
  if (ALL_STORES.test(n)) return undefined;
  const bare = n
    .replace(PERIOD_WORDS, " ")
    .replace(/^[\s\-_—–·:：()（）.\/]+|[\s\-_—–·:：()（）.\/]+$/g, "")
    .trim();
  if (bare === "" || !isStoreName(bare)) return undefined;
  const shop = /^.*?(店铺|店)/.exec(bare);
  return (shop ? shop[0] : bare).toLowerCase();
}

// A period's words within a sheet's name (PERIOD_NAME's), to set them aside.
const PERIOD_WORDS =
  /(19|20)\d\d\s*年?|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,2}月份?|第?[一二三四1-4]季度|[上下]半年|\b(q[1-4]|h[12]|fy\s*\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/gi;

/** A name of all stores together: 全部门店, 所有门店, 各门店, 门店汇总, All stores. */
const ALL_STORES = /全部|所有|各门店|各店|汇总|合计|总店?表|(^|[^a-z])(all|total)($|[^a-z])/i;

/**
 * The transactions of several sheets as one table, in the sheets' order: product codes joined,
 * each part's rows told apart by PART_ROWS (rowPlace), its rows not used too.
 */
export function joinTransactions(parts: readonly Transactions[]): Transactions {
  if (parts.length === 1) return parts[0];
  const count = parts.reduce((n, t) => n + t.count, 0);
  const out: Transactions = {
    count,
    customer: new Int32Array(count),
    day: new Float64Array(count),
    amount: new Float64Array(count),
    order: new Int32Array(count),
    hasOrderIds: parts.some((t) => t.hasOrderIds),
    product: new Int32Array(count),
    products: [],
    quantity: new Float64Array(count),
    sourceRow: new Int32Array(count),
  };
  const codes = new Map<string, number>();
  const notUsed: NotUsedRow[] = [];
  let w = 0;
  parts.forEach((t, k) => {
    const code = t.products.map((p) => {
      let c = codes.get(p);
      if (c === undefined) codes.set(p, (c = out.products.push(p) - 1));
      return c;
    });
    out.customer.set(t.customer, w);
    out.day.set(t.day, w);
    out.amount.set(t.amount, w);
    out.order.set(t.order, w);
    out.quantity.set(t.quantity, w);
    for (let i = 0; i < t.count; i++) {
      const p = t.product[i];
      out.product[w + i] = p < 0 ? p : code[p];
      const row = k * PART_ROWS + t.sourceRow[i];
      out.sourceRow[w + i] = row;
      // A row with no order ID is its own order (rowOrder), by its row in the joined table: a part
      // with no order-ID column (all 0) beside one with IDs, or a blank ID of part k > 0 (hashed by
      // its row in its own sheet, which part 0's row of that number shares). fix61m: 2025's twelve
      // monthly rows were one order "0", its later days installments of the first.
      if (
        out.hasOrderIds &&
        (t.hasOrderIds ? k > 0 && t.order[i] === rowOrder(t.sourceRow[i]) : true)
      )
        out.order[w + i] = rowOrder(row);
    }
    for (const u of t.notUsed ?? []) notUsed.push({ ...u, row: k * PART_ROWS + u.row });
    w += t.count;
  });
  if (notUsed.length > 0) out.notUsed = notUsed;
  return out;
}

/** Days (epoch days, both ends in) a part is not read for, another part read for them instead. */
export interface DaySpan {
  from: number;
  to: number;
}

/**
 * A part's table without its rows on the days of `spans` (the live 11月 beside its tidied snapshot
 * 11月整理: the snapshot read for its days, the live sheet for the others; reviewer66 H2), those
 * of them `held` only when given (rows by index: rowsHeldByCopy), and the Excel rows left out.
 *
 * @example rowsOutside(t, [{ from: nov1, to: nov20 }]).left // the Excel rows of Nov 1–20
 */
export function rowsOutside(
  t: Transactions,
  spans: readonly DaySpan[],
  held?: ReadonlySet<number>,
): { table: Transactions; left: Set<number> } {
  const keep: number[] = [];
  const left = new Set<number>();
  for (let i = 0; i < t.count; i++) {
    const d = t.day[i];
    if (spans.some((s) => d >= s.from && d <= s.to) && (held?.has(i) ?? true))
      left.add(t.sourceRow[i]);
    else keep.push(i);
  }
  if (left.size === 0) return { table: t, left };
  const ints = (a: Int32Array) => Int32Array.from(keep, (i) => a[i]);
  const reals = (a: Float64Array) => Float64Array.from(keep, (i) => a[i]);
  const table: Transactions = {
    ...t,
    count: keep.length,
    customer: ints(t.customer),
    day: reals(t.day),
    amount: reals(t.amount),
    order: ints(t.order),
    product: ints(t.product),
    quantity: reals(t.quantity),
    sourceRow: ints(t.sourceRow),
  };
  if (t.storedValueVisit)
    table.storedValueVisit = Uint8Array.from(keep, (i) => t.storedValueVisit![i]);
  if (t.heldByRow) {
    const held = new Map([...t.heldByRow].filter(([row]) => !left.has(row)));
    if (held.size > 0) table.heldByRow = held;
    else delete table.heldByRow;
  }
  return { table, left };
}

/**
 * The rows (indices) of the live part `live` on the days of `span` that its tidied copy `copy` holds,
 * as the tidying left them: per customer and day, a row of the copy's amount (one to one), a row
 * of another amount where the copy has a row of hers that day unmatched (a typo corrected), and a
 * row again of an amount matched (entered twice). The rest are not the copy's: a walk-in's where the
 * copy has none, a sale entered after the tidying (back-dated), a second service of another amount
 * that day; read from the live part (reviewer69 M3: 6,400 / 6,900 / 6,900 read as 6,000).
 *
 * @example rowsHeldByCopy(till, snapshot, nov1to20) // all but the 散客 rows of Nov 3 and 6
 */
export function rowsHeldByCopy(live: Transactions, copy: Transactions, span: DaySpan): Set<number> {
  const within = (d: number) => d >= span.from && d <= span.to;
  const copied = new Map<string, number[]>();
  for (let i = 0; i < copy.count; i++) {
    if (!within(copy.day[i])) continue;
    const key = `${copy.customer[i]},${copy.day[i]}`;
    copied.set(key, [...(copied.get(key) ?? []), copy.amount[i]]);
  }
  const rows = new Map<string, number[]>();
  for (let i = 0; i < live.count; i++) {
    if (!within(live.day[i])) continue;
    const key = `${live.customer[i]},${live.day[i]}`;
    rows.set(key, [...(rows.get(key) ?? []), i]);
  }
  const held = new Set<number>();
  for (const [key, lines] of rows) {
    const open = [...(copied.get(key) ?? [])];
    const matched = new Set<number>();
    const rest: number[] = [];
    for (const i of lines) {
      const at = open.indexOf(live.amount[i]);
      if (at < 0) {
        rest.push(i);
        continue;
      }
      open.splice(at, 1);
      matched.add(live.amount[i]);
      held.add(i);
    }
    for (const i of rest) {
      if (open.length > 0) open.shift();
      else if (!matched.has(live.amount[i])) continue;
      held.add(i);
    }
  }
  return held;
}

/** A part's source without the rows `left` (rowsOutside) in the rows it lists. */
export function sourceWithout(source: SheetSource, left: ReadonlySet<number>): SheetSource {
  const rows = (list: number[] | undefined) => list?.filter((r) => !left.has(r));
  const texts = (t: RowTexts | undefined): RowTexts | undefined => {
    if (!t) return t;
    const at = t.rows.flatMap((r, i) => (left.has(r) ? [] : [i]));
    return { ...t, rows: at.map((i) => t.rows[i]), texts: at.map((i) => t.texts[i]) };
  };
  return {
    ...source,
    filledLines: rows(source.filledLines),
    topUpRows: rows(source.topUpRows),
    cardRefundRows: rows(source.cardRefundRows),
    heldTopUpRows: rows(source.heldTopUpRows),
    storedValueVisitRows: rows(source.storedValueVisitRows),
    failedCharges: source.failedCharges?.filter((f) => !left.has(f.row)),
    billedRows: source.billedRows?.filter((f) => !left.has(f.row)),
    refundedRows: source.refundedRows?.filter((f) => !left.has(f.row)),
    payments: texts(source.payments),
    notes: texts(source.notes),
    lineIds: texts(source.lineIds),
  };
}

/**
 * The rows a part's source lists (filled lines, top-ups), as the joined table numbers them.
 *
 * @example partRows([[3], [3, 4]]) // [3, PART_ROWS + 3, PART_ROWS + 4]
 */
export function partRows(lists: readonly (readonly number[] | undefined)[]): number[] | undefined {
  const out: number[] = [];
  lists.forEach((rows, k) => {
    for (const r of rows ?? []) out.push(k * PART_ROWS + r);
  });
  return out.length > 0 ? out : undefined;
}

/**
 * A column's texts of each part (payments, notes), as the joined table numbers the rows; the first
 * part's header that has the column.
 */
export function partTexts(lists: readonly (RowTexts | undefined)[]): RowTexts | undefined {
  const first = lists.find((l) => l);
  if (!first) return undefined;
  return {
    header: first.header,
    rows: partRows(lists.map((l) => l?.rows)) ?? [],
    texts: lists.flatMap((l) => l?.texts ?? []),
  };
}
