import type { Dataset, RowTexts, SheetSource, Transactions } from "../model";
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
import { tellsLinesApart, textsOf } from "./paymentRows";
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
  // Pairs whose rows a line-identity column says are one line (the same attendee twice): copies.
  let same: number[] = [];
  if (source?.lineIds && tellsLinesApart(source.lineIds)) {
    same = pairLinesByIdentity(t, source.lineIds, copies);
    dropDistinct(t, source.lineIds, conflicts);
  }
  dropFilledCopies(t, source?.filledLines, copies);
  const paid = paidTwoWays(t, source, copies);
  const repeated = dropItemsOfOneOrder(t, copies);
  if (same.length > 0) mergePairs(copies, same);
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
    const code = repeated.code;
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
        extra: repeated.extra,
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
 * Re-pairs `copies` (pairs: row, earlier copy, in the order found) by a column telling alike rows
 * apart (SheetSource.lineIds: Attendee Name, 座位, 券码, a line number): a row is a copy only of an
 * earlier row of its line with the same text there, and one whose text no earlier row of its line
 * has is a line of its own, taken out (reviewer61: an order of three tickets is three rows alike
 * but for who each is for; 1,125 read as 540). Returns the pairs whose texts agree (the same
 * attendee twice): copies, whatever their order's other rows (taken out of `copies` too). A blank
 * text tells nothing: its pair stays in `copies`, for the order's rows to tell.
 */
function pairLinesByIdentity(t: Transactions, ids: RowTexts, copies: number[]): number[] {
  const same: number[] = [];
  if (copies.length === 0) return same;
  const rows: number[] = [];
  for (const r of copies) rows.push(t.sourceRow[r]);
  const text = textsOf(ids, rows);
  const of = (r: number) => text.get(t.sourceRow[r]) ?? "";
  // Per line (by its first row), the first row of each text seen.
  const seen = new Map<number, Map<string, number>>();
  let w = 0;
  for (let j = 0; j < copies.length; j += 2) {
    const [r, first] = [copies[j], copies[j + 1]];
    const mine = of(r);
    let line = seen.get(first);
    if (!line) seen.set(first, (line = new Map([[of(first), first]])));
    const earlier = mine === "" ? first : line.get(mine);
    if (earlier === undefined) {
      line.set(mine, r);
      continue;
    }
    if (mine === "") {
      copies[w++] = r;
      copies[w++] = earlier;
    } else same.push(r, earlier);
  }
  copies.length = w;
  return same;
}

/** Merges `more` (pairs) into `pairs`, both by their first row ascending, as one list so. */
function mergePairs(pairs: number[], more: readonly number[]): void {
  const all: number[] = [];
  let i = 0;
  let j = 0;
  while (i < pairs.length || j < more.length) {
    if (j >= more.length || (i < pairs.length && pairs[i] < more[j]))
      all.push(pairs[i++], pairs[i++]);
    else all.push(more[j++], more[j++]);
  }
  pairs.splice(0, pairs.length, ...all);
}

/** Takes out of `pairs` (row, earlier row) those whose texts in `ids` differ, both written. */
function dropDistinct(t: Transactions, ids: RowTexts, pairs: number[]): void {
  if (pairs.length === 0) return;
  const text = textsOf(
    ids,
    pairs.map((r) => t.sourceRow[r]),
  );
  const of = (r: number) => text.get(t.sourceRow[r]) ?? "";
  let w = 0;
  for (let j = 0; j < pairs.length; j += 2) {
    const [a, b] = [of(pairs[j]), of(pairs[j + 1])];
    if (a !== "" && b !== "" && a !== b) continue;
    pairs[w++] = pairs[j];
    pairs[w++] = pairs[j + 1];
  }
  pairs.length = w;
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
 * reviewer56 R6): a copy. Inside one block, lines repeated are either like items, a row each (a
 * till's item export: tester59 U81, Square's two lattes of one Transaction ID on two rows), or the
 * order repeated in place. Each block with such lines is one of (OrderBlock.shape):
 *
 * - uneven: a line repeated beside a line of its order that is not (as often): items, surely;
 * - again: its lines listed again in the same order (纸, 笔, 纸, 笔; Latte, Latte, Muffin twice):
 *   the order repeated in place, or two people's like orders rung up one after the other;
 * - grouped: several lines, each like one on adjacent rows (Latte, Latte, Muffin, Muffin);
 * - single: one line, several times (two lattes alone; three tickets).
 *
 * Copies, each block keeping one listing (its first period), when no block is uneven and the again
 * blocks outnumber the grouped ones, the sheet's other orders not all repeated alike. The sheet is
 * its export k times over, combined and sorted by order or date (reviewer60 R18: K1 12 → 24), when
 * every order of the sheet (single rows included) has every line a multiple of k ≥ 2 times and
 * either the again blocks outnumber the grouped ones or no order has several lines and there are
 * SURE_ORDERS of them: each block keeps one listing when again, else 1 / k of each line (Latte ×4
 * alone → ×2). Else every line is an item, counted: said as orders listed again when a share are
 * (listedAgainInPlace), or, when no block is uneven, as like items counted that may be a copy
 * (reviewer61: 12 orders of 1–4 identical tickets, 1,125 read as 540; a café's orders of two
 * lattes on two rows, 78 read as 45: an order's like items are adjacent rows, and its other
 * orders' multiplicities mixed, where a pasted copy repeats whole orders with different items
 * too). Returns what is said of the sheet, or null.
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
      b = {
        first: span[0],
        rows: span[1] - span[0] + 1,
        lines: new Map(),
        times: 1,
        shape: "single",
        listings: 1,
      };
      blocks.set(span[0], b);
    }
    blockAt.push(b ?? null);
    if (b) b.lines.set(copies[j + 1], (b.lines.get(copies[j + 1]) ?? 1) + 1);
  }
  if (blocks.size === 0) return null;
  const firstOf = new Map<number, number>();
  for (let j = 0; j < copies.length; j += 2) firstOf.set(copies[j], copies[j + 1]);
  const line = (r: number) => firstOf.get(r) ?? r;
  // Every block's line counts alike (纸 ×2, 笔 ×2; Latte ×3 alone): the sheet read before R18.
  let pure = true;
  const shapes = { uneven: 0, again: 0, grouped: 0, single: 0 };
  for (const b of blocks.values()) {
    const times = [...b.lines.values()];
    const lineCount = b.rows - times.reduce((s, k) => s + k - 1, 0);
    // How many times over the block is one order: what every line's count is a multiple of.
    b.times = lineCount !== b.lines.size ? 1 : times.reduce(gcd);
    if (times.some((k) => k !== b.times)) pure = false;
    b.listings = b.times >= 2 && b.lines.size >= 2 ? listedAgain(b, line) : 1;
    b.shape =
      b.times === 1
        ? "uneven"
        : b.listings >= 2
          ? "again"
          : b.lines.size >= 2
            ? "grouped"
            : "single";
    shapes[b.shape]++;
  }
  let orders = t.count > 0 ? 1 : 0;
  for (let r = 1; r < t.count; r++) if (!sameOrder(r, r - 1)) orders++;
  if (blocks.size < LIKE_ITEMS_LEAST && shapes.uneven === 0) {
    // One or two orders so, nothing else on the sheet: a line entered twice (tester58 U67's 收费单,
    // reviewer59 M2), each said by its row; a sheet's export k times over when most orders are.
    if (pure) {
      keepListings(copies, blockAt, (b) => (b.shape === "again" ? b.listings : b.times));
      return null;
    }
    const most = repeatedOrders(blocks, orders);
    if (most) keepListings(copies, blockAt, (b) => (b.times % most.times === 0 ? most.times : 1));
    else keepListings(copies, blockAt, () => 1);
    return most;
  }
  const copiedInPlace = shapes.uneven === 0 && shapes.again > shapes.grouped;
  const over = overAll(blocks, orders);
  const doubled =
    over !== null &&
    (copiedInPlace || (shapes.again + shapes.grouped === 0 && orders >= SURE_ORDERS));
  // The copies in place of a sheet not read as its export k times over.
  if (copiedInPlace && !doubled) {
    keepListings(copies, blockAt, (b) => (b.shape === "again" ? b.listings : b.times));
    return null;
  }
  if (doubled) {
    const k = over.times;
    keepListings(copies, blockAt, () => k);
    return over;
  }
  // The whole export k times over, whatever the sort put side by side (reviewer62 R4).
  const whole = overWhole(t, copies);
  if (whole) return { ...saidOf([...blocks.values()], whole.orders, "orders_repeated"), ...whole };
  // Two exports that overlap, combined and sorted by order ID: on the overlap's days every order
  // is there twice (overlapWindow), each keeping half its lines; elsewhere items.
  const overlap = overlapWindow(t, sameOrder, blocks);
  if (overlap) {
    const inOverlap = new Set(overlap);
    keepListings(copies, blockAt, (b) => (inOverlap.has(b) ? 2 : 1));
    return saidOf(overlap, orders, "orders_repeated");
  }
  // Items: every repeat inside its block counted.
  let w = 0;
  for (let j = 0; j < copies.length; j += 2) {
    if (blockAt[j / 2]) continue;
    copies[w++] = copies[j];
    copies[w++] = copies[j + 1];
  }
  copies.length = w;
  return (
    listedAgainInPlace(blocks, orders) ??
    (shapes.uneven === 0 ? likeItemsCounted(blocks, orders) : null)
  );
}

/**
 * Whether every line of the sheet (customer, day, order, product, quantity, amount) is there a
 * multiple of k ≥ 2 times, in SURE_ORDERS orders or more, however the rows stand: the sheet is its
 * export k times over (k the smallest prime of their counts' gcd), and `copies` keeps only the rows
 * beyond 1 / k of each line; else null. A whole export pasted twice and sorted by two keys (Transaction
 * ID then Item; Date, Time, Item) sets each order's copies side by side line by line (Latte, Latte,
 * Muffin, Muffin), as like items stand (reviewer62 R4: fix60b's Square 2,000 orders, 21,143.40 counted
 * 42,286.80); like items are a share of a sheet's orders, a pasted export every one of them, single
 * lines too: a café where 3 orders in 5 are two lattes has all of 10 so about once in 170 sheets.
 */
function overWhole(
  t: Transactions,
  copies: number[],
): { times: number; repeated: number; orders: number } | null {
  const n = t.count;
  // Each line at least twice: at least half the rows are copies.
  if (copies.length < n) return null;
  const count = new Int32Array(n).fill(1);
  for (let j = 0; j < copies.length; j += 2) {
    count[copies[j]] = 0;
    count[copies[j + 1]]++;
  }
  let g = 0;
  for (let r = 0; r < n && g !== 1; r++) if (count[r] > 0) g = gcd(count[r], g);
  const k = primesOf(g)[0] ?? 1;
  if (k < 2) return null;
  const orders = new Set<string>();
  for (let r = 0; r < n; r++)
    if (count[r] > 0) orders.add(`${t.order[r]} ${t.customer[r]} ${t.day[r]}`);
  if (orders.size < SURE_ORDERS) return null;
  const kept = new Int32Array(n);
  let w = 0;
  for (let j = 0; j < copies.length; j += 2) {
    const first = copies[j + 1];
    if (kept[first] < count[first] / k - 1) {
      kept[first]++;
      continue;
    }
    copies[w++] = copies[j];
    copies[w++] = copies[j + 1];
  }
  copies.length = w;
  return { times: k, repeated: orders.size, orders: orders.size };
}

/**
 * Leaves in `copies` (pairs) only the rows beyond what each block keeps: of each line with copies
 * in block b, count / divisor(b) rows (its first among them); a pair outside any block stays.
 */
function keepListings(
  copies: number[],
  blockAt: readonly (OrderBlock | null)[],
  divisor: (b: OrderBlock) => number,
): void {
  // Per line (by its first), how many of its copies in the block are kept as items.
  const kept = new Map<number, number>();
  let w = 0;
  for (let j = 0; j < copies.length; j += 2) {
    const b = blockAt[j / 2];
    if (b) {
      const first = copies[j + 1];
      const items = kept.get(first) ?? 0;
      if (items < b.lines.get(first)! / divisor(b) - 1) {
        kept.set(first, items + 1);
        continue;
      }
    }
    copies[w++] = copies[j];
    copies[w++] = copies[j + 1];
  }
  copies.length = w;
}

/**
 * The fewest orders of a sheet whose every order is one line, a multiple of k ≥ 2 times, for the
 * sheet to be read as its export k times over: with fewer, or with orders of several lines grouped
 * (Latte, Latte, Muffin, Muffin), the like items are counted and said. A café where three orders
 * in five are two lattes has all of 10 so about once in 170 sheets (0.6^10).
 */
export const SURE_ORDERS = 10;

/**
 * The fewest orders with like lines on adjacent rows, none beside a line that is not, for them to
 * be the sheet's way of listing like items (counted, said: like_items_counted) rather than a line
 * entered twice here and there (not used, each said: duplicate_row). Tickets of 1–4 an order:
 * 10 of 12 orders; a café's pairs of lattes: 6 of 10.
 */
export const LIKE_ITEMS_LEAST = 3;

/** An order's rows together down the sheet, with copies of its lines inside it. */
interface OrderBlock {
  /** Its first row. */
  first: number;
  rows: number;
  /** Per line with a copy in the block (by its first row), how many times it is there. */
  lines: Map<number, number>;
  /** What every line's count is a multiple of (1: some line is there once). */
  times: number;
  /** What its repeats look like (dropItemsOfOneOrder). */
  shape: "uneven" | "again" | "grouped" | "single";
  /** How many times its lines are listed again in the same order (again), else 1. */
  listings: number;
}

/**
 * What is said of a sheet's orders repeated inside their blocks (dropItemsOfOneOrder): listed k
 * times over and counted once (`orders_repeated`), a share listed again and counted
 * (`orders_repeated_counted`), or like items counted though they may be a copy
 * (`like_items_counted`).
 */
interface RepeatedOrders {
  code: "orders_repeated" | "orders_repeated_counted" | "like_items_counted";
  /** k: how many times over (the first block's count of its line, for like items). */
  times: number;
  /** Orders (blocks) repeated so, and all the sheet's. */
  repeated: number;
  orders: number;
  /** Rows counted that a copy would not have (like items). */
  extra: number;
  /** The first such block's first and last row. */
  first: number;
  last: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Whether most of the sheet's orders (its blocks, single rows included) repeat every line a
 * multiple of k ≥ 2 times: then the greatest such k, how many and the first; else null. Asked of a
 * sheet with one or two orders so (dropItemsOfOneOrder), as before reviewer61.
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
    "orders_repeated",
  );
}

/**
 * Whether every order of the sheet (its blocks, single rows included) repeats every line a
 * multiple of k ≥ 2 times: then k, how many and the first; else null. A sheet with any order once,
 * or with an order no multiple of k, is not its export k times over (reviewer61: tickets of 1–4 an
 * order, 9 of 12 orders even, were read as twice over when most orders were enough). k is how many
 * times the orders listed again are (their gcd: Latte, Muffin ×2), else the smallest prime every
 * order's count shares: the fewest rows left out where the orders could be like items alone (two
 * lattes ×2 and ×4 are twice over, not four times).
 */
function overAll(blocks: ReadonlyMap<number, OrderBlock>, orders: number): RepeatedOrders | null {
  if (blocks.size < orders) return null;
  const all = [...blocks.values()];
  const again = all.filter((b) => b.shape === "again").map((b) => b.listings);
  const k =
    again.length > 0 ? again.reduce(gcd) : (primesOf(all.map((b) => b.times).reduce(gcd))[0] ?? 1);
  if (k < 2 || all.some((b) => b.times % k !== 0)) return null;
  return { ...saidOf(all, orders, "orders_repeated"), times: k };
}

/** The blocks found (one at least) as said: their k, how many, and the first one's rows. */
function saidOf(
  found: OrderBlock[],
  orders: number,
  code: RepeatedOrders["code"],
  extra = 0,
): RepeatedOrders {
  const first = found.reduce((a, b) => (b.first < a.first ? b : a));
  return {
    code,
    times: found.map((b) => b.times).reduce(gcd),
    repeated: found.length,
    orders,
    extra,
    first: first.first,
    last: first.first + first.rows - 1,
  };
}

/**
 * How many times a block's rows are its first rows / k again and again, for the greatest k
 * dividing its times (Latte, Muffin, Latte, Muffin: 2); 1 when never. `line` gives each row's line
 * (its first copy's row).
 */
function listedAgain(b: OrderBlock, line: (r: number) => number): number {
  for (let k = b.times; k >= 2; k--) {
    if (b.times % k !== 0) continue;
    const p = b.rows / k;
    let r = b.first + p;
    while (r < b.first + b.rows && line(r) === line(r - p)) r++;
    if (r === b.first + b.rows) return k;
  }
  return 1;
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
  orders: number,
): RepeatedOrders | null {
  const found = [...blocks.values()].filter((b) => b.shape === "again");
  if (found.length < Math.max(LISTED_AGAIN_LEAST, orders / 100)) return null;
  return saidOf(found, orders, "orders_repeated_counted");
}

/**
 * Where the orders listed again in place (listedAgainInPlace: said, counted) sit in a run of days
 * on which every order is there twice over (each line a multiple of 2, single lines too: a latte
 * alone on two rows), the blocks of those days: the overlap of two exports combined and sorted by
 * order ID (fix61b: a fifth of fix60b's Square orders in both, 25,342.45 counted for 21,143.40).
 * Inside it an order of two like items would be there four times, so each keeps half its lines.
 * Only the longest such run, of at least 2 days and OVERLAP_LEAST orders holding
 * LISTED_AGAIN_LEAST orders of several lines, listed again or grouped (the overlap sorted by date,
 * time and item: reviewer62 R12, 23,263.55 for 21,143.40); a few doubled orders on their own (two people's 红茶,
 * 饼干, 红茶, 饼干) stay items, said. Null: none.
 */
function overlapWindow(
  t: Transactions,
  sameOrder: (r: number, s: number) => boolean,
  blocks: ReadonlyMap<number, OrderBlock>,
): OrderBlock[] | null {
  // Per day: its orders, and those there twice over.
  const byDay = new Map<number, { orders: number; twice: OrderBlock[] }>();
  for (let r = 0; r < t.count; r++) {
    if (r > 0 && sameOrder(r, r - 1)) continue;
    const d = Math.floor(t.day[r]);
    let e = byDay.get(d);
    if (!e) byDay.set(d, (e = { orders: 0, twice: [] }));
    e.orders++;
    const b = blocks.get(r);
    if (b && b.times % 2 === 0) e.twice.push(b);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const full = (d: number) => byDay.get(d)!.twice.length === byDay.get(d)!.orders;
  let best: [number, number] = [0, 0];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j < days.length && full(days[j])) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j + 1;
  }
  const run = days.slice(best[0], best[1]).flatMap((d) => byDay.get(d)!.twice);
  if (best[1] - best[0] < 2 || run.length < OVERLAP_LEAST) return null;
  // Orders of several lines there, listed again (Latte, Muffin, Latte, Muffin) or grouped (Latte,
  // Latte, Muffin, Muffin: the overlap sorted by date, time and item; reviewer62 R12).
  const several = run.filter((b) => b.shape === "again" || b.shape === "grouped");
  if (several.length < LISTED_AGAIN_LEAST) return null;
  return run;
}

/** The fewest orders on the days of an overlap (overlapWindow). */
const OVERLAP_LEAST = 10;

/** The fewest orders listed again in place (listedAgainInPlace) that are said. */
const LISTED_AGAIN_LEAST = 3;

/**
 * Orders whose like lines are counted as items on a sheet where no order shows it lists items a
 * row each (no uneven block): said, with how many orders, the rows a copy would not have, and the
 * first such order's rows (reviewer61: the owner can tell a pasted copy, the program cannot).
 */
function likeItemsCounted(blocks: ReadonlyMap<number, OrderBlock>, orders: number): RepeatedOrders {
  const found = [...blocks.values()];
  const extra = found.reduce((s, b) => s + b.rows - b.lines.size, 0);
  const said = saidOf(found, orders, "like_items_counted", extra);
  return said;
}

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
