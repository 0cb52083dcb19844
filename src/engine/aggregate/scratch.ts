/**
 * One customer's rows, copied out of the columns in day order, and reusable work space. Nothing
 * in the per-customer pass allocates: at 1M customers a Set of order ids cleared per customer
 * made ~1 GB of short-lived garbage (~950 young-generation collections, about half the step).
 */
export interface Scratch {
  day: Float64Array;
  amount: Float64Array;
  /**
   * 1 on a purchase paid from stored value at ¥0 (Transactions.storedValueVisit), copied only when
   * `visits` is true (the table has such rows).
   */
  visit: Uint8Array;
  visits: boolean;
  /**
   * 1 on a row whose order id was paid on an earlier day (a further payment of one order: 首期款,
   * 中期款, 尾款 of a renovation; tester61 U113), set by copyOrders only when `furthers` is true.
   */
  further: Uint8Array;
  furthers: boolean;
  order: Int32Array;
  /** The distinct order ids of one count (distinctOrders): an open-addressing table of ids … */
  orderIds: Int32Array;
  /** … whose slot is taken in the current count when its mark equals `mark`. */
  orderMarks: Int32Array;
  /** The first day each slot's order was seen on (copyOrders). */
  orderDays: Float64Array;
  mark: number;
  /** 32 − log2(table size): the multiplicative hash's shift. */
  orderShift: number;
}

const FIRST_ROWS = 256;

/** Scratch rows for FIRST_ROWS rows (grow makes room for more). */
export function newScratch(hasOrderIds: boolean): Scratch {
  const scratch: Scratch = {
    day: new Float64Array(0),
    amount: new Float64Array(0),
    visit: new Uint8Array(0),
    visits: false,
    further: new Uint8Array(0),
    furthers: false,
    order: new Int32Array(0),
    orderIds: new Int32Array(0),
    orderMarks: new Int32Array(0),
    orderDays: new Float64Array(0),
    mark: 0,
    orderShift: 32,
  };
  grow(scratch, FIRST_ROWS, hasOrderIds);
  return scratch;
}

/** Makes the scratch rows hold at least `count` rows. */
export function grow(scratch: Scratch, count: number, hasOrderIds: boolean): void {
  let size = Math.max(scratch.day.length, FIRST_ROWS);
  while (size < count) size *= 2;
  scratch.day = new Float64Array(size);
  scratch.amount = new Float64Array(size);
  scratch.visit = new Uint8Array(size);
  scratch.further = new Uint8Array(hasOrderIds ? size : 0);
  scratch.order = new Int32Array(hasOrderIds ? size : 0);
  // At most half full: twice as many slots as rows.
  const slots = hasOrderIds ? 2 * size : 0;
  scratch.orderIds = new Int32Array(slots);
  scratch.orderMarks = new Int32Array(slots);
  scratch.orderDays = new Float64Array(slots);
  scratch.mark = 0;
  scratch.orderShift = 32 - Math.log2(Math.max(1, slots));
}

/** Starts a new count of distinct order ids (every slot of the table is free again). */
export function newOrderCount(s: Scratch): number {
  if (s.mark >= 0x3fffffff) {
    s.orderMarks.fill(0);
    s.mark = 0;
  }
  return ++s.mark;
}

/** Adds an order id to the count marked `mark`: 1 when it is new in it, else 0. */
export function addOrder(s: Scratch, id: number, mark: number): number {
  return orderSlot(s, id, mark) < 0 ? 1 : 0;
}

/**
 * The slot of order id `id` in the count marked `mark`, or, when it is new there, −1 − the slot it
 * now takes.
 */
function orderSlot(s: Scratch, id: number, mark: number): number {
  const ids = s.orderIds;
  const marks = s.orderMarks;
  const mask = marks.length - 1;
  let slot = Math.imul(id, 0x9e3779b1) >>> s.orderShift;
  while (marks[slot] === mark) {
    if (ids[slot] === id) return slot;
    slot = (slot + 1) & mask;
  }
  marks[slot] = mark;
  ids[slot] = id;
  return -1 - slot;
}

/**
 * Copies customer rows `rows[from]…` (`count` of them, day order) of the table's order ids into
 * the scratch rows when it has them, and marks each row whose order was paid on an earlier day
 * (`further`): one order paid in installments (首期款 / 中期款 / 尾款) is one purchase, its later
 * payments no purchase of the customer's rhythm nor a return (tester61 U113). A row without an
 * order id is its own order (Transactions.order), so it is never one. `installments` false (the
 * sheet's IDs are recycled: recycledOrders.ts, reviewer61 R17) copies the ids and marks none.
 */
export function copyOrders(
  scratch: Scratch,
  txOrder: Int32Array,
  hasOrderIds: boolean,
  rows: Int32Array,
  from: number,
  count: number,
  installments: boolean,
): void {
  scratch.furthers = false;
  if (!hasOrderIds) return;
  const { order, further, day, orderDays } = scratch;
  if (!installments) {
    for (let j = 0; j < count; j++) order[j] = txOrder[rows[from + j]];
    return;
  }
  const mark = newOrderCount(scratch);
  let any = false;
  for (let j = 0; j < count; j++) {
    const id = txOrder[rows[from + j]];
    order[j] = id;
    const d = Math.floor(day[j]);
    const slot = orderSlot(scratch, id, mark);
    if (slot < 0) {
      orderDays[-1 - slot] = d;
      further[j] = 0;
    } else {
      const later = orderDays[slot] < d ? 1 : 0;
      further[j] = later;
      if (later === 1) any = true;
    }
  }
  scratch.furthers = any;
}

/**
 * Copies customer rows `rows[from]…` (`count` of them) of the table's storedValueVisit into the
 * scratch rows, when the table has it (`visits` says whether it does).
 */
export function copyVisits(
  scratch: Scratch,
  txVisit: Uint8Array | undefined,
  rows: Int32Array,
  from: number,
  count: number,
): void {
  scratch.visits = txVisit !== undefined;
  if (txVisit === undefined) return;
  const visit = scratch.visit;
  for (let j = 0; j < count; j++) visit[j] = txVisit[rows[from + j]];
}
