import { countDigits, digitStarts, placeByDigit } from "../radixDigits";

/**
 * Sort orders for the schedule without a comparator per pair: a stable least-significant-digit radix
 * sort over the top 32 bits of each value (16 bits a pass, passes where every row has the same digit
 * are skipped; the rare runs that share them are then ordered by the low 32 bits) after a counting
 * sort by a small key. A million rows sort in about 0.1 s this way; the
 * comparator sort of Int32Array took about 1 s, and ranking by binary search about as long.
 */

const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
/** Below this many rows a comparator sort is cheaper than four 65,536-bucket histograms. */
const SMALL = 4096;

/**
 * Working memory for repeated sorts (the schedule sorts a batch per round): grown as needed and
 * reused, so a million-row sort does not touch fresh memory every time. What a sort returns lives
 * in it until the next sort.
 *
 * @example const s = new SortScratch(); valueOrder(Float64Array.of(1, 2), undefined, s);
 */
export class SortScratch {
  a = new Int32Array(0);
  b = new Int32Array(0);
  hi = new Uint32Array(0);
  lo = new Uint32Array(0);
  values = new Float64Array(0);
  key = new Int32Array(0);
  /**
   * A third order (the schedule's placement groups) and its key: a group, or the days late of a
   * contact already late (schedule.ts placementKeys).
   */
  c = new Int32Array(0);
  group = new Int32Array(0);
  readonly count = new Int32Array(BUCKETS + 1);

  /** The memory of its arrays, for reuse once no more sorts are needed (Spare). */
  get buffers(): ArrayBuffer[] {
    return [this.a, this.b, this.hi, this.lo, this.values, this.key, this.c, this.group].map(
      (x) => x.buffer as ArrayBuffer,
    );
  }

  /** Room for m rows in every buffer. */
  reserve(m: number): void {
    if (this.a.length >= m) return;
    const size = Math.max(m, Math.floor(this.a.length * 1.5));
    this.a = new Int32Array(size);
    this.b = new Int32Array(size);
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.values = new Float64Array(size);
    this.key = new Int32Array(size);
    this.c = new Int32Array(size);
    this.group = new Int32Array(size);
  }
}

/**
 * Working memory carved out of buffers nobody needs any more (the schedule's candidate batches,
 * sort scratch and placement rows once slotting is done), for building the lists: their columns and
 * the temporary arrays of their sorts. Why: at a million customers every fresh typed array counts
 * as external memory, and V8 marks the whole heap (the workbook's millions of cell strings in a
 * real run) every ~64 MB of it; 56 MB more fresh arrays cost the schedule ~0.5 s of CPU in a
 * measurement (stop 22). The arrays are not zeroed (the caller writes every element); when the
 * buffers are used up they are fresh ones. `mark` and `release` free the temporary arrays while
 * keeping what was carved before the mark (a list's columns).
 *
 * @example const s = new Spare(new ArrayBuffer(64)); s.f64(4).length // 4
 */
export class Spare {
  private readonly buffers: ArrayBuffer[] = [];
  private readonly used: number[] = [];

  constructor(...buffers: ArrayBuffer[]) {
    for (const b of buffers) this.add(b);
  }

  /** Adds a buffer nobody needs any more (the same buffer twice is taken once). */
  add(buffer: ArrayBuffer): void {
    if (buffer.byteLength === 0 || this.buffers.includes(buffer)) return;
    this.buffers.push(buffer);
    this.used.push(0);
  }

  /** Where the carving stands, for `release`. */
  mark(): number[] {
    return this.used.slice();
  }

  /** Frees what was carved since `at` (the arrays handed out since then must not be used after). */
  release(at: number[]): void {
    for (let i = 0; i < this.used.length; i++) this.used[i] = i < at.length ? at[i] : 0;
  }

  /** Frees everything carved so far. */
  reset(): void {
    this.release([]);
  }
  f64(m: number): Float64Array<ArrayBuffer> {
    const [b, o] = this.take(m, 8);
    return b ? new Float64Array(b, o, m) : new Float64Array(m);
  }
  i32(m: number): Int32Array<ArrayBuffer> {
    const [b, o] = this.take(m, 4);
    return b ? new Int32Array(b, o, m) : new Int32Array(m);
  }
  u32(m: number): Uint32Array<ArrayBuffer> {
    const [b, o] = this.take(m, 4);
    return b ? new Uint32Array(b, o, m) : new Uint32Array(m);
  }
  u8(m: number): Uint8Array<ArrayBuffer> {
    const [b, o] = this.take(m, 1);
    return b ? new Uint8Array(b, o, m) : new Uint8Array(m);
  }
  /** A SortScratch for sorts of up to m rows (valueOrder without a key) in this memory. */
  scratch(m: number): SortScratch {
    const s = new SortScratch();
    s.a = this.i32(m);
    s.b = this.i32(m);
    s.hi = this.u32(m);
    s.lo = this.u32(m);
    return s;
  }

  /** The first buffer with room for m elements of `bytes` each (aligned to 8), and the offset. */
  private take(m: number, bytes: number): [ArrayBuffer | null, number] {
    for (let i = 0; i < this.buffers.length; i++) {
      const at = Math.ceil(this.used[i] / 8) * 8;
      if (at + m * bytes <= this.buffers[i].byteLength) {
        this.used[i] = at + m * bytes;
        return [this.buffers[i], at];
      }
    }
    return [null, 0];
  }
}

/**
 * Indexes 0…m-1 ordered by value, largest first, then by `key` (a small non-negative integer,
 * smallest first), then by index. NaN and -Infinity come last, as equals. With `scratch`, the
 * result is a view into it (valid until its next use).
 *
 * @example Array.from(valueOrder(Float64Array.of(1, 5, 5), Int32Array.of(0, 2, 1))) // [2, 1, 0]
 */
export function valueOrder(
  values: Float64Array,
  key?: Int32Array,
  scratch?: SortScratch,
): Int32Array {
  const m = values.length;
  scratch?.reserve(m);
  const keys = key ? keyCount(key, m) : 1;
  const into = scratch ? scratch.a.subarray(0, m) : new Int32Array(m);
  const order = key ? countingOrder(m, keys, key, null, into) : identity(into);
  // Descending sort keys: the IEEE-754 bits mapped so that unsigned order is ascending value order,
  // then inverted (hi: sign and exponent and the top of the mantissa, lo: the rest).
  const hi = scratch ? scratch.hi.subarray(0, m) : new Uint32Array(m);
  const lo = scratch ? scratch.lo.subarray(0, m) : new Uint32Array(m);
  descendingKeys(values, hi, lo, m);
  if (m < SMALL) return smallSort(order, hi, lo);
  // Two passes over hi (sign, exponent, top 20 bits of the mantissa), not four over hi and lo:
  // values that share hi are rare but for exact ties (zeros, equal spends), so the runs of equal hi
  // are put in lo order afterwards, where lo differs at all (the same order, half the passes).
  let from: Int32Array = order;
  let to: Int32Array = scratch ? scratch.b.subarray(0, m) : new Int32Array(m);
  const count = scratch ? scratch.count : new Int32Array(BUCKETS);
  for (let shift = 0; shift <= DIGIT_BITS; shift += DIGIT_BITS) {
    if (!radixPass(from, to, hi, count, shift, m)) continue; // one digit for all: nothing to do
    const t = from;
    from = to;
    to = t;
  }
  sortRunsByLo(from, hi, lo);
  return from;
}

// valueOrder's loops, each a small function of its own: V8 optimizes each once with the feedback
// of its own loop, where one long function was compiled again mid-loop (OSR) for each loop it had
// not run yet and deoptimized at the next (4 TurboFan compiles, 8 deopts in a 100k run, stop 38).

/** One more than the largest of key[0…m-1], at least 1. */
function keyCount(key: Int32Array, m: number): number {
  let keys = 1;
  for (let i = 0; i < m; i++) if (key[i] >= keys) keys = key[i] + 1;
  return keys;
}

/** valueOrder's sort keys of values[0…m-1] into hi and lo (see there). */
function descendingKeys(values: Float64Array, hi: Uint32Array, lo: Uint32Array, m: number): void {
  const f = new Float64Array(1);
  const w = new Uint32Array(f.buffer);
  for (let i = 0; i < m; i++) {
    const v = values[i];
    f[0] = v === v ? (v === 0 ? 0 : v) : -Infinity; // NaN ties with -Infinity; -0 with 0
    const h = w[1];
    const negative = h >>> 31 === 1;
    hi[i] = ~(negative ? ~h : h | 0x80000000) >>> 0;
    lo[i] = ~(negative ? ~w[0] : w[0]) >>> 0;
  }
}

/**
 * One stable pass of valueOrder's radix sort: `from` into `to` by the 16 bits of hi at `shift`.
 * False, with `to` untouched, when all m rows have the same digit there.
 */
function radixPass(
  from: Int32Array,
  to: Int32Array,
  hi: Uint32Array,
  count: Int32Array,
  shift: number,
  m: number,
): boolean {
  countDigits(from, hi, shift, count, m);
  if (count[(hi[from[0]] >>> shift) & MASK] === m) return false;
  digitStarts(count);
  placeByDigit(from, to, hi, shift, count, m);
  return true;
}

/**
 * Puts each run of equal hi in `order` in lo order, stably (ties keep their place): the last digit
 * of valueOrder, done only where a run holds more than one lo.
 */
function sortRunsByLo(order: Int32Array, hi: Uint32Array, lo: Uint32Array): void {
  const m = order.length;
  for (let s = 0; s < m;) {
    const h = hi[order[s]];
    const l = lo[order[s]];
    let mixed = false;
    let e = s + 1;
    for (; e < m && hi[order[e]] === h; e++) if (lo[order[e]] !== l) mixed = true;
    if (mixed) {
      if (e - s <= 32) {
        // Insertion sort: stable, and runs are short.
        for (let q = s + 1; q < e; q++) {
          const i = order[q];
          let r = q - 1;
          while (r >= s && lo[order[r]] > lo[i]) {
            order[r + 1] = order[r];
            r--;
          }
          order[r + 1] = i;
        }
      } else smallSort(order.subarray(s, e), hi, lo);
    }
    s = e;
  }
}

/** A stable comparator sort of a short order by (hi, lo); ties keep their place. */
function smallSort(order: Int32Array, hi: Uint32Array, lo: Uint32Array): Int32Array {
  const m = order.length;
  const place = new Int32Array(hi.length); // indexed by row (order may be part of a longer order)
  for (let q = 0; q < m; q++) place[order[q]] = q;
  return order.sort((a, b) => hi[a] - hi[b] || lo[a] - lo[b] || place[a] - place[b]);
}

function identity(out: Int32Array): Int32Array {
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
}

/**
 * A stable counting sort of 0…m-1 (or of `input`) by an integer key (0…buckets-1) per row, into
 * `out` when given (it must not be `input`).
 *
 * @example Array.from(countingOrder(3, 2, Int32Array.of(1, 0, 1), null)) // [1, 0, 2]
 */
export function countingOrder(
  m: number,
  buckets: number,
  key: Int32Array | Uint8Array,
  input: Int32Array | null,
  out: Int32Array = new Int32Array(m),
): Int32Array {
  const counts = new Int32Array(buckets + 1);
  countKeys(key, m, counts);
  runningSums(counts, buckets);
  if (input) placeInputByKey(key, input, out, counts, m);
  else placeByKey(key, out, counts, m);
  return out;
}

// countingOrder's loops, each a function of its own, as radixDigits.ts's: in one function the first
// loop was compiled on the fly before the others had run and thrown away at the next (8
// deoptimizations of countingOrder in a 100k run, stop 62).

/** counts[k + 1] = the rows of key[0…m-1] equal to k. */
function countKeys(key: Int32Array | Uint8Array, m: number, counts: Int32Array): void {
  for (let i = 0; i < m; i++) counts[key[i] + 1]++;
}

/** counts[b] += counts[b − 1] for b = 1 … last: each key's first place. */
function runningSums(counts: Int32Array, last: number): void {
  for (let b = 1; b <= last; b++) counts[b] += counts[b - 1];
}

/** Rows 0…m-1 into out by key, stably, from runningSums' places. */
function placeByKey(
  key: Int32Array | Uint8Array,
  out: Int32Array,
  starts: Int32Array,
  m: number,
): void {
  for (let i = 0; i < m; i++) out[starts[key[i]]++] = i;
}

/** The rows of input[0…m-1] into out by key, stably, from runningSums' places. */
function placeInputByKey(
  key: Int32Array | Uint8Array,
  input: Int32Array,
  out: Int32Array,
  starts: Int32Array,
  m: number,
): void {
  for (let q = 0; q < m; q++) {
    const i = input[q];
    out[starts[key[i]]++] = i;
  }
}
