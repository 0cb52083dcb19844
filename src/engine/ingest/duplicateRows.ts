import type { Dataset, SheetSource, Transactions } from "../model";
import {
  QUALITY_CODES,
  ROWS_NAMED_ONE_BY_ONE,
  qualityMessage,
  type Finding,
  type QualityCode,
} from "../quality";
import { SHEETS, type Lang } from "../schema";
import { say } from "../words/catalog";
import { isReturn } from "../aggregate/purchase";
import { DOUBLE_ENTRY_WORDS, SPLIT_DENIALS, SPLIT_PAYMENT_WORDS } from "../optionWords";
import { deniedBefore, saysWord } from "./cellWords";
import type { FindingPlace } from "./afterAsOf";
import { textsOf } from "./paymentRows";
import { placeAmongTransactionFindings } from "./returnsWithoutPurchase";
import { rowPlace } from "./sheetParts";

/**
 * Repeated rows of a sheet without order ids named one by one up to this many; more are one
 * `duplicate_rows_kept` finding with their count and the first. A few are each worth a look;
 * many are the data's way, or one paste, which the first row shows.
 */
export const DUPLICATES_LISTED = ROWS_NAMED_ONE_BY_ONE;

/** One step of a 32-bit multiplicative hash. */
function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x9e3779b1) ^ (h >>> 15);
}

/** The final avalanche (murmur3's fmix32): the table takes the low bits, which mix() leaves weak. */
function spread(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Each row's earlier copy and earlier same line, as pairs (row, earlier row) in `copies` and
 * `conflicts`. Open-addressing tables of row numbers keyed by the line (customer, day, order id,
 * product, quantity; hashed on whole numbers, compared exactly): an exact copy is the same line
 * with the same amount (0 and -0 apart), a conflict the same purchase line with another amount.
 * One table, not one per question: at a million rows its random reads are most of the cost.
 *
 * A sheet in date order (either way: repeatRuns) is taken a day at a time, with a table the size of
 * that day's rows, which stays in cache: at the 100k CSVs' 1,000,000 rows, called once in a fresh
 * process as a run does, median 127–137 → 66–70 ms (warm 94–124 → 15–22 ms; issue 11: the model's
 * job waits for this). The pairs are the same as one table's: a copy's
 * earlier row is the one row of its whole line in the table, and the rows of one line sit along
 * its probe sequence in the order they came, whatever the table's size.
 */
export function findRepeats(
  t: Transactions,
  compareLines: boolean,
  copies: number[],
  conflicts: number[],
): void {
  const { customer, day, amount, order, product, quantity } = t;
  const n = t.count;
  const runs = repeatRuns(day, n) ?? Int32Array.of(0, n);
  let most = 0;
  for (let j = 1; j < runs.length; j++) most = Math.max(most, runs[j] - runs[j - 1]);
  const table = new Int32Array(tableSize(most)).fill(-1);
  // One loop over the rows (not a call per run: a run's first rows would run unoptimised code).
  let mask = 0;
  for (let j = 0, r = 0; r < n; r++) {
    if (r === runs[j]) {
      // A new run: the slots of the last one emptied, the table as large as this one needs.
      table.fill(-1, 0, mask + 1);
      mask = tableSize(runs[j + 1] - r) - 1;
      j++;
    }
    const c = customer[r];
    const d = day[r];
    const o = order[r];
    const p = product[r];
    const q = quantity[r];
    const a = amount[r];
    let h = mix(mix(mix(mix(0x2545f491, c), o), p), d | 0);
    h = mix(h, (q * 1000) | 0);
    let k = spread(h) & mask;
    let copyOf = -1;
    let lineOf = -1;
    for (let s = table[k]; s !== -1; s = table[(k = (k + 1) & mask)]) {
      if (
        customer[s] !== c ||
        order[s] !== o ||
        product[s] !== p ||
        !Object.is(day[s], d) ||
        !Object.is(quantity[s], q)
      )
        continue;
      if (Object.is(amount[s], a)) {
        copyOf = s;
        break;
      }
      if (lineOf < 0 && !isReturn(amount[s])) lineOf = s;
    }
    if (copyOf >= 0) {
      copies.push(r, copyOf);
      continue;
    }
    table[k] = r;
    if (compareLines && lineOf >= 0 && !isReturn(a)) conflicts.push(r, lineOf);
  }
}

/**
 * findRepeats' pairs of a table, found before it came to the thread that reads them: the aside
 * thread finds them once it has ingested the transactions, while the main thread is still reading
 * the other inputs (issue 11: ~50 ms of the main thread before the model's job, with the aside
 * thread idle meanwhile). Its customers were then provisional ones (aside.ts DeferredIndex), which
 * give the same pairs when each stands for a customer of its own: the pairs are found by equality
 * of the fields, whatever their hash.
 */
export interface RepeatsFound {
  /** The table's rows when they were found: any row taken out since makes them another table's. */
  count: number;
  compareLines: boolean;
  copies: Int32Array;
  conflicts: Int32Array;
}

/** findRepeats over `t` as it is now, as a RepeatsFound. */
export function repeatsOf(t: Transactions, compareLines: boolean): RepeatsFound {
  const copies: number[] = [];
  const conflicts: number[] = [];
  findRepeats(t, compareLines, copies, conflicts);
  return {
    count: t.count,
    compareLines,
    copies: Int32Array.from(copies),
    conflicts: Int32Array.from(conflicts),
  };
}

/** Pairs found ahead, per table, until reportDuplicateRows takes them. */
const repeatsAhead = new WeakMap<Transactions, RepeatsFound>();

/**
 * Gives `t` the pairs found ahead for it: only when its rows are those they were found over, in
 * the same order, and its customers differ where theirs did (resolveAside checks both).
 */
export function keepRepeats(t: Transactions, found: RepeatsFound): void {
  repeatsAhead.set(t, found);
}

/** The pairs kept for `t` (once), when still its own: the same rows, the same question. */
function takeRepeats(t: Transactions, compareLines: boolean): RepeatsFound | null {
  const found = repeatsAhead.get(t);
  if (!found) return null;
  repeatsAhead.delete(t);
  return found.count === t.count && found.compareLines === compareLines ? found : null;
}

/** The table's slots for a run of `rows`: a power of two, at least twice the rows. */
function tableSize(rows: number): number {
  let size = 16;
  while (size < 2 * rows) size *= 2;
  return size;
}

/**
 * Where each run of one day starts, and n at the end, when every day's rows are together: the days
 * never fall (or never rise) down the sheet; else null (a NaN day too). Runs of equal days by
 * value: 0 and -0 share a run, and the line's own check keeps them apart as one table does.
 */
function repeatRuns(day: Float64Array, n: number): Int32Array | null {
  let up = true;
  let down = true;
  let count = n > 0 ? 1 : 0;
  for (let r = 1; r < n; r++) {
    const a = day[r - 1];
    const b = day[r];
    if (!(b >= a)) up = false;
    if (!(b <= a)) down = false;
    if (!up && !down) return null;
    if (b !== a) count++;
  }
  if (n > 0 && day[0] !== day[0]) return null;
  const runs = new Int32Array(count + 1);
  for (let r = 1, k = 1; r < n; r++) if (day[r] !== day[r - 1]) runs[k++] = r;
  runs[count] = n;
  return runs;
}

/**
 * Exact duplicate transaction rows and order lines that disagree (tester52 M2: the first 200 lines
 * pasted again at the end of the sheet, and a line again with its order id and ten times its
 * amount, passed with no finding and added 585,158 to 61 customers' spend).
 *
 * - `duplicate_row`: a row equal to an earlier one in customer, date, amount, order id, product
 *   and quantity, where the sheet has order ids: the same order line twice is the export (or a
 *   paste) repeating it, so the later copy is not used (counted as rejected) and the finding names
 *   both rows.
 * - `duplicate_row_kept`: the same without order ids: two equal purchases on one day can be real
 *   (two coffees), so both are used and the later is named for review; more than
 *   DUPLICATES_LISTED in the sheet are one `duplicate_rows_kept` finding.
 * - `order_line_conflict`: a purchase row with the customer, date, order id, product and quantity
 *   of an earlier purchase row but another amount, where the sheet has order ids and products:
 *   used, named for review with the earlier row (one of them is likely wrong). Returns are left
 *   out of it (a same-day return carries its order's id and product: 84 rows of the zh sample),
 *   and without a product column several lines of one order differ by right.
 *
 * One pass with an open-addressing table of row numbers keyed by a hash of the fields (no strings). Run after ingest, before the returns check (a duplicated
 * return is counted once there too). Returns how many rows it left out.
 *
 * @example reportDuplicateRows(dataset, findings, source) // 200 (the pasted copies)
 */
export function reportDuplicateRows(
  dataset: Dataset,
  findings: Finding[],
  place: FindingPlace = {},
): number {
  const t = dataset.transactions;
  if (!t || t.count < 2) return 0;
  const n = t.count;
  const orders = t.hasOrderIds;
  const compareLines = orders && t.products.length > 0;
  const ahead = takeRepeats(t, compareLines);
  const copies: number[] = ahead ? Array.from(ahead.copies) : [];
  const conflicts: number[] = ahead ? Array.from(ahead.conflicts) : [];
  if (!ahead) findRepeats(t, compareLines, copies, conflicts);
  const source = dataset.sources.transactions;
  dropFilledCopies(t, source?.filledLines, copies);
  const paid = paidTwoWays(t, source, copies);
  const repeated = dropItemsOfOneOrder(t, copies);
  if (!repeated && copies.length === 0 && conflicts.length === 0 && paid.length === 0) return 0;
  const sheet = source?.sheetName ?? SHEETS.transactions.label["en-US"];
  const column = source?.columns.amount ?? "";
  const file = place.fileOf?.(sheet);
  const out: Finding[] = [];
  const finding = (r: number, first: number, code: QualityCode, two?: PaidTwoWays): void => {
    const value = String(t.amount[r]);
    // A row of a sheet read with others (kept per month: sheetParts.ts) is said on its own sheet,
    // and its earlier copy with its sheet when that is another (reviewer59 M4).
    const at = rowPlace(source, t.sourceRow[r]);
    const was = rowPlace(source, t.sourceRow[first]);
    const words = (lang: Lang) =>
      say(lang, "quality", code, {
        value,
        firstAt: firstAt(lang, was.row, was.sheet ?? sheet, at.sheet ?? sheet),
        firstValue: String(t.amount[first]),
        id: dataset.customers.id[t.customer[r]],
        ...(two && {
          column: two.column,
          firstPayment: two.firstPayment,
          payment: two.payment,
          noteColumn: two.noteColumn,
          note: two.note,
        }),
      });
    const f: Finding = {
      sheet: at.sheet ?? sheet,
      kind: "transactions",
      row: at.row,
      column,
      code,
      severity: QUALITY_CODES[code],
      value,
      message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    };
    if (file) f.file = file;
    if (place.sheetsAreFiles) f.sheetIsFile = true;
    out.push(f);
  };
  if (repeated) {
    // Said once for the sheet, before its copies' rows: why like items are counted once a copy.
    const at = rowPlace(source, t.sourceRow[repeated.first]);
    const last = rowPlace(source, t.sourceRow[repeated.last]).row;
    const code = repeated.counted ? "orders_repeated_counted" : "orders_repeated";
    const f: Finding = {
      sheet: at.sheet ?? sheet,
      kind: "transactions",
      row: at.row,
      column: source?.columns.orderId ?? "",
      code,
      severity: QUALITY_CODES[code],
      value: String(repeated.repeated),
      message: qualityMessage(code, {
        times: repeated.times,
        repeated: repeated.repeated,
        orders: repeated.orders,
        row: at.row,
        last,
      }),
    };
    if (file) f.file = file;
    if (place.sheetsAreFiles) f.sheetIsFile = true;
    out.push(f);
  }
  let dropped = 0;
  let keep: Uint8Array | null = null;
  const leaveOut = (r: number) => {
    (keep ??= new Uint8Array(n).fill(1))[r] = 0;
    dropped++;
  };
  if (!orders && copies.length > 2 * DUPLICATES_LISTED) {
    // Many, with no order ids: a log that repeats lines (CDNOW: 255, real ones); one finding.
    const [r, first] = copies;
    const count = copies.length / 2;
    const f: Finding = {
      sheet,
      kind: "transactions",
      row: 0,
      column,
      code: "duplicate_rows_kept",
      severity: QUALITY_CODES.duplicate_rows_kept,
      value: String(count),
      message: qualityMessage("duplicate_rows_kept", {
        count,
        row: rowPlace(source, t.sourceRow[r]).row,
        first: rowPlace(source, t.sourceRow[first]).row,
      }),
    };
    if (file) f.file = file;
    if (place.sheetsAreFiles) f.sheetIsFile = true;
    out.push(f);
  } else if (copies.length > 0) {
    for (let j = 0; j < copies.length; j += 2) {
      finding(copies[j], copies[j + 1], orders ? "duplicate_row" : "duplicate_row_kept");
      if (orders) leaveOut(copies[j]);
    }
  }
  for (const p of paid) {
    if (p.note !== "") finding(p.row, p.first, "duplicate_row_split_payment", p);
    else {
      finding(p.row, p.first, "duplicate_row_payment_differs", p);
      leaveOut(p.row);
    }
  }
  for (let j = 0; j < conflicts.length; j += 2)
    finding(conflicts[j], conflicts[j + 1], "order_line_conflict");
  placeAmongTransactionFindings(findings, out);
  if (keep !== null && dropped > 0) {
    leaveOutRows(t, keep, n - dropped);
    const counts = dataset.counts.transactions;
    if (counts) {
      counts.used -= dropped;
      counts.rejected += dropped;
    }
  }
  return dropped;
}

/**
 * Leaves out of `copies` (pairs: row, earlier copy) the rows whose order fields ingest filled from
 * the line above (SheetSource.filledLines: continuation lines, merged cells): such a line repeats
 * its source's customer, date and order id by construction, and is the same line only when the
 * product, quantity and amount repeat too, which is how an order of two like items reads
 * (reviewer55 R8: D004's 茶 on two lines, six such lines, ¥6,000 of tester54's ¥55,000, dropped as
 * duplicates). A filled line is a copy still when its twin is in another order's block, above
 * the line its fields were filled from (reviewer56 R6: an order pasted twice had its head line
 * dropped and its continuation lines counted twice).
 */
function dropFilledCopies(
  t: Transactions,
  filled: readonly number[] | undefined,
  copies: number[],
): void {
  if (!filled || filled.length === 0 || copies.length === 0) return;
  const lines = new Set(filled);
  // The row a filled line's fields came from: the nearest row above it not filled.
  const head = (row: number): number => {
    let h = row;
    while (lines.has(h)) h--;
    return h;
  };
  let w = 0;
  for (let j = 0; j < copies.length; j += 2) {
    const row = t.sourceRow[copies[j]];
    if (lines.has(row) && t.sourceRow[copies[j + 1]] >= head(row)) continue;
    copies[w++] = copies[j];
    copies[w++] = copies[j + 1];
  }
  copies.length = w;
}

/**
 * An earlier copy's place in a finding's words: its row, and its sheet when that is not the
 * finding's own (a month sheet read with others: reviewer59 M4, "same as row 5" named no sheet).
 *
 * @example firstAt("en-US", 5, "2025-01", "2025-02") // "row 5 of sheet “2025-01”"
 */
function firstAt(lang: Lang, row: number, sheet: string, own: string): string {
  return sheet === own
    ? say(lang, "input", "rowHere", { row })
    : say(lang, "input", "rowOfSheet", { row, sheet });
}

/** A pair of rows alike in every field read but paid two ways (paidTwoWays). */
interface PaidTwoWays {
  row: number;
  first: number;
  column: string;
  payment: string;
  firstPayment: string;
  /** The note column's header and the note on either row that says the bill was split, or "". */
  noteColumn: string;
  note: string;
}

const SPLIT_WORDS = SPLIT_PAYMENT_WORDS.map((w) => w.toLowerCase());
const DOUBLE_ENTRY = DOUBLE_ENTRY_WORDS.map((w) => w.toLowerCase());
const SPLIT_DENIED = SPLIT_DENIALS.map((w) => w.toLowerCase());

/**
 * Whether a note says the bill was paid in parts (SPLIT_PAYMENT_WORDS): a Chinese word anywhere,
 * an English one between non-letters.
 *
 * @example saysSplit("分两笔付") // true
 * @example saysSplit("Split payment: part cash") // true
 */
export function saysSplit(note: string): boolean {
  const t = note.toLowerCase();
  // A double entry said (重复录入), not denied right before it (非重复录入: reviewer60 R19).
  if (saysWord(t, DOUBLE_ENTRY, (w, at) => !deniedBefore(t, at, SPLIT_DENIED))) return false;
  // A denial earlier in its clause (不是分两笔付, not a split payment) says the opposite.
  return saysWord(t, SPLIT_WORDS, (w, at) => !saysWord(clauseBefore(t, at), SPLIT_DENIED));
}

/** The text of the clause holding `at` in `t` before it (after the last punctuation or bracket). */
const clauseBefore = (t: string, at: number): string =>
  t
    .slice(0, at)
    .split(/[,，;；.。:：!！?？()（）]/)
    .pop() ?? "";

/**
 * Takes out of `copies` (pairs: row, earlier copy) the rows whose payment method, written on both,
 * differs from their copy's (SheetSource.payments). Such a pair is one of two shapes the fields
 * alone cannot tell apart: a bill paid 3,000 by 微信 and 3,000 by 刷卡, both money received
 * (tester58 U67, −6,000 when the second was dropped), or one payment entered twice with its
 * payment typed again (reviewer59 M2: a school's 现金 then 微信, +12,800 when both counted). A note
 * on either row saying the bill was split (SheetSource.notes, SPLIT_PAYMENT_WORDS: 分两笔付,
 * 组合支付, split payment) is the owner's word for the first: `note` says it; without one the pair
 * is read as the second (`note` ""), with or without order ids: a purchase typed twice and paid
 * two ways is the rarer reading, and the finding says how to keep both (write it in the note).
 */
function paidTwoWays(
  t: Transactions,
  source: SheetSource | undefined,
  copies: number[],
): PaidTwoWays[] {
  const payments = source?.payments;
  if (!payments || copies.length === 0) return [];
  const rowOf = (j: number) => t.sourceRow[copies[j]];
  const rows: number[] = [];
  for (let j = 0; j < copies.length; j++) rows.push(rowOf(j));
  const paid = textsOf(payments, rows);
  const notes = textsOf(source.notes, rows);
  const out: PaidTwoWays[] = [];
  let w = 0;
  for (let j = 0; j < copies.length; j += 2) {
    const payment = paid.get(rowOf(j)) ?? "";
    const firstPayment = paid.get(rowOf(j + 1)) ?? "";
    if (payment !== "" && firstPayment !== "" && payment !== firstPayment) {
      const note = [notes.get(rowOf(j)), notes.get(rowOf(j + 1))].find((x) => x && saysSplit(x));
      out.push({
        row: copies[j],
        first: copies[j + 1],
        column: payments.header,
        payment,
        firstPayment,
        noteColumn: source.notes?.header ?? "",
        note: note ?? "",
      });
      continue;
    }
    copies[w++] = copies[j];
    copies[w++] = copies[j + 1];
  }
  copies.length = w;
  return out;
}

/**
 * Takes out of `copies` (pairs: row, earlier copy) the lines that are another like item of their
 * order, where the sheet has order ids. An order's block is its run of rows down the sheet (one
 * order id, customer and day, no other order's row between). A copy in another block than its
 * first is the order pasted or exported again (tester52 M2: the first 200 lines pasted below;
 * reviewer56 R6): a copy. Inside one block, a line repeated while the block's other lines are not
 * (as often) is an item on a row of its own, which a till's item export writes for each item
 * added (tester59 U81: Square's item details, two lattes of one Transaction ID on two rows, one
 * dropped: 127,336.92 of 130,156.53); a block whose every line repeats as often (纸, 笔, 纸, 笔)
 * is the order twice. A sheet that shows the first anywhere lists items a row each, so there a
 * line repeated inside its block is an item even where the block repeats evenly (an order of two
 * lattes alone); elsewhere it stays a copy. But when most of the sheet's orders repeat every line
 * a multiple of k ≥ 2 times, the sheet is its export k times over, combined and sorted by order or
 * date (reviewer60 R18: Latte ×4, Muffin ×2 read as items made every order count twice, K1 12 →
 * 24, nothing said): each such block keeps 1 / k of each line (Latte ×2, Muffin ×1), the rest are
 * copies, and a block that is no multiple of k keeps its items. Returns the doubling, or a share of
 * orders listed again in place and counted (listedAgainInPlace), or null.
 */
function dropItemsOfOneOrder(t: Transactions, copies: number[]): RepeatedOrders | null {
  if (!t.hasOrderIds || copies.length === 0) return null;
  const { order, customer, day } = t;
  const sameOrder = (r: number, s: number) =>
    order[r] === order[s] && customer[r] === customer[s] && Object.is(day[r], day[s]);
  // The rows of the block of `r`, from its first to its last (a copy's first is above it).
  const blockOf = (first: number, r: number): [number, number] | null => {
    for (let s = first + 1; s < r; s++) if (!sameOrder(s, first)) return null;
    let lo = first;
    let hi = r;
    while (lo > 0 && sameOrder(lo - 1, first)) lo--;
    while (hi + 1 < t.count && sameOrder(hi + 1, first)) hi++;
    return [lo, hi];
  };
  // Per block holding pairs, how many times each line with a copy there is in it (by its first).
  const blocks = new Map<number, OrderBlock>();
  const blockAt: (OrderBlock | null)[] = [];
  for (let j = 0; j < copies.length; j += 2) {
    const span = blockOf(copies[j + 1], copies[j]);
    let b = span && blocks.get(span[0]);
    if (span && !b) {
      b = { first: span[0], rows: span[1] - span[0] + 1, lines: new Map(), times: 1 };
      blocks.set(span[0], b);
    }
    blockAt.push(b ?? null);
    if (b) b.lines.set(copies[j + 1], (b.lines.get(copies[j + 1]) ?? 1) + 1);
  }
  if (blocks.size === 0) return null;
  for (const b of blocks.values()) {
    const times = [...b.lines.values()];
    const lineCount = b.rows - times.reduce((s, k) => s + k - 1, 0);
    // How many times over the block is one order: what every line's count is a multiple of.
    b.times = lineCount !== b.lines.size ? 1 : times.reduce(gcd);
  }
  const uneven = [...blocks.values()].some(
    ({ lines, times }) => times === 1 || [...lines.values()].some((k) => k !== times),
  );
  if (!uneven) return null;
  let orders = t.count > 0 ? 1 : 0;
  for (let r = 1; r < t.count; r++) if (!sameOrder(r, r - 1)) orders++;
  const doubled = repeatedOrders(blocks, orders);
  const k = doubled?.times ?? 0;
  const said = doubled ?? listedAgainInPlace(blocks, copies, orders);
  // Per line (by its first), how many of its copies in the block are kept as items.
  const kept = new Map<number, number>();
  let w = 0;
  for (let j = 0; j < copies.length; j += 2) {
    const b = blockAt[j / 2];
    if (b) {
      if (k === 0 || b.times % k !== 0) continue;
      const line = copies[j + 1];
      const items = kept.get(line) ?? 0;
      if (items < b.lines.get(line)! / k - 1) {
        kept.set(line, items + 1);
        continue;
      }
    }
    copies[w++] = copies[j];
    copies[w++] = copies[j + 1];
  }
  copies.length = w;
  return said;
}

/** An order's rows together down the sheet, with copies of its lines inside it. */
interface OrderBlock {
  /** Its first row. */
  first: number;
  rows: number;
  /** Per line with a copy in the block (by its first row), how many times it is there. */
  lines: Map<number, number>;
  /** What every line's count is a multiple of (1: some line is there once). */
  times: number;
}

/**
 * A sheet whose orders are listed k times over (dropItemsOfOneOrder), as said in its finding: most
 * of its orders, counted once (`counted` false), or a share, counted as they are (true).
 */
interface RepeatedOrders {
  counted: boolean;
  /** k: how many times over. */
  times: number;
  /** Orders (blocks) repeated so, and all the sheet's. */
  repeated: number;
  orders: number;
  /** The first such block's first and last row. */
  first: number;
  last: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Whether most of the sheet's orders (its blocks, single rows included: an item export's orders
 * are mostly one line) repeat every line a multiple of k ≥ 2 times: then the greatest such k, how
 * many and the first; else null. A sheet of single-line orders with a few like items stays items.
 * k is told by the prime the most blocks' counts share (the fewest, the smallest): blocks of 2 and
 * 4 are a sheet twice over with an order of two lattes alone, not one four times over.
 */
function repeatedOrders(
  blocks: ReadonlyMap<number, OrderBlock>,
  orders: number,
): RepeatedOrders | null {
  const byPrime = new Map<number, number>();
  for (const b of blocks.values())
    for (const p of primesOf(b.times)) byPrime.set(p, (byPrime.get(p) ?? 0) + 1);
  let prime = 0;
  let most = 0;
  for (const [p, n] of byPrime) if (n > most || (n === most && p < prime)) [prime, most] = [p, n];
  if (most === 0 || 2 * most <= orders) return null;
  return saidOf(
    [...blocks.values()].filter((b) => b.times % prime === 0),
    orders,
    false,
  );
}

/** The blocks found (one at least) as said: their k, how many, and the first one's rows. */
function saidOf(found: OrderBlock[], orders: number, counted: boolean): RepeatedOrders {
  const first = found.reduce((a, b) => (b.first < a.first ? b : a));
  return {
    counted,
    times: found.map((b) => b.times).reduce(gcd),
    repeated: found.length,
    orders,
    first: first.first,
    last: first.first + first.rows - 1,
  };
}

/**
 * Orders of several lines that list them all again in the same order, k times over (Latte, Muffin,
 * Latte, Muffin), when they are a share of the sheet's orders: at least LISTED_AGAIN_LEAST and
 * 1 % of them. That is how two exports that overlap read once combined and sorted by order ID
 * (reviewer60 R18): on fix60b's Square repro (2,000 orders) 1 such order, and 285 with a fifth of
 * the orders in both. An item sheet's like items are more often rung up apart, so they are counted
 * as they are, and said (null when too few). Orders of one line twice (two lattes alone) are not
 * told apart from a copy, so not counted here.
 */
function listedAgainInPlace(
  blocks: ReadonlyMap<number, OrderBlock>,
  copies: readonly number[],
  orders: number,
): RepeatedOrders | null {
  const firstOf = new Map<number, number>();
  for (let j = 0; j < copies.length; j += 2) firstOf.set(copies[j], copies[j + 1]);
  const line = (r: number) => firstOf.get(r) ?? r;
  // Whether the block's rows are its first rows / k again and again, for some k dividing its times.
  const again = (b: OrderBlock): boolean => {
    for (let k = 2; k <= b.times; k++) {
      if (b.times % k !== 0) continue;
      const p = b.rows / k;
      let r = b.first + p;
      while (r < b.first + b.rows && line(r) === line(r - p)) r++;
      if (r === b.first + b.rows) return true;
    }
    return false;
  };
  const found = [...blocks.values()].filter((b) => b.lines.size >= 2 && b.times >= 2 && again(b));
  if (found.length < Math.max(LISTED_AGAIN_LEAST, orders / 100)) return null;
  return saidOf(found, orders, true);
}

/** The fewest orders listed again in place (listedAgainInPlace) that are said. */
const LISTED_AGAIN_LEAST = 3;

/** The distinct primes dividing n (none for 1). */
function primesOf(n: number): number[] {
  const out: number[] = [];
  for (let p = 2; p * p <= n; p++) {
    if (n % p !== 0) continue;
    out.push(p);
    while (n % p === 0) n /= p;
  }
  if (n > 1) out.push(n);
  return out;
}

/** Keeps the rows with keep[r] 1, in order, in every per-row column. */
function leaveOutRows(t: Transactions, keep: Uint8Array, kept: number): void {
  const n = t.count;
  const pick = <A extends Int32Array | Float64Array>(a: A, make: (k: number) => A): A => {
    const b = make(kept);
    for (let i = 0, w = 0; i < n; i++) if (keep[i]) b[w++] = a[i];
    return b;
  };
  t.customer = pick(t.customer, (k) => new Int32Array(k));
  t.day = pick(t.day, (k) => new Float64Array(k));
  t.amount = pick(t.amount, (k) => new Float64Array(k));
  t.order = pick(t.order, (k) => new Int32Array(k));
  t.product = pick(t.product, (k) => new Int32Array(k));
  t.quantity = pick(t.quantity, (k) => new Float64Array(k));
  t.sourceRow = pick(t.sourceRow, (k) => new Int32Array(k));
  t.count = kept;
}
