/**
 * Sort orders for the schedule without a comparator per pair: a stable least-significant-digit radix
 * sort over the bits of each value (16 bits a pass, passes where every row has the same digit are
 * skipped) after a counting sort by a small key. A million rows sort in about 0.1 s this way; the
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
  /** A third order (the schedule's placement groups) and its small key. */
  c = new Int32Array(0);
  group = new Uint8Array(0);
  readonly count = new Int32Array(BUCKETS + 1);

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
    this.group = new Uint8Array(size);
  }
}

type Typed =
  | Float64Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>
  | Uint8Array<ArrayBuffer>;

/**
 * Working memory carved out of a buffer nobody needs any more (the schedule's candidate batch once
 * slotting is done), for the temporary arrays of building the lists. Why: at a million customers
 * every fresh typed array counts as external memory, and V8 starts marking the whole heap (the
 * workbook's millions of cell strings in a real run) every ~64 MB of it; reusing 30 MB that is
 * already there is one such mark less. The arrays are not zeroed; when the buffer is used up they
 * are fresh ones.
 *
 * @example const s = new Spare(new ArrayBuffer(64)); s.f64(4).length // 4
 */
export class Spare {
  private offset = 0;
  constructor(private readonly buffer: ArrayBuffer) {}

  /** Frees everything carved so far (the arrays handed out must not be used after). */
  reset(): void {
    this.offset = 0;
  }
  f64(m: number): Float64Array<ArrayBuffer> {
    return this.take(
      m,
      8,
      (b, o) => new Float64Array(b, o, m),
      () => new Float64Array(m),
    );
  }
  i32(m: number): Int32Array<ArrayBuffer> {
    return this.take(
      m,
      4,
      (b, o) => new Int32Array(b, o, m),
      () => new Int32Array(m),
    );
  }
  u32(m: number): Uint32Array<ArrayBuffer> {
    return this.take(
      m,
      4,
      (b, o) => new Uint32Array(b, o, m),
      () => new Uint32Array(m),
    );
  }
  u8(m: number): Uint8Array<ArrayBuffer> {
    return this.take(
      m,
      1,
      (b, o) => new Uint8Array(b, o, m),
      () => new Uint8Array(m),
    );
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

  private take<T extends Typed>(
    m: number,
    bytes: number,
    view: (b: ArrayBuffer, offset: number) => T,
    fresh: () => T,
  ): T {
    const at = Math.ceil(this.offset / 8) * 8;
    if (at + m * bytes > this.buffer.byteLength) return fresh();
    this.offset = at + m * bytes;
    return view(this.buffer, at);
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
  let keys = 1;
  if (key) for (let i = 0; i < m; i++) if (key[i] >= keys) keys = key[i] + 1;
  const into = scratch ? scratch.a.subarray(0, m) : new Int32Array(m);
  const order = key ? countingOrder(m, keys, key, null, into) : identity(into);
  // Descending sort keys: the IEEE-754 bits mapped so that unsigned order is ascending value order,
  // then inverted (hi: sign and exponent and the top of the mantissa, lo: the rest).
  const hi = scratch ? scratch.hi.subarray(0, m) : new Uint32Array(m);
  const lo = scratch ? scratch.lo.subarray(0, m) : new Uint32Array(m);
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
  if (m < SMALL) return smallSort(order, hi, lo);
  let from: Int32Array = order;
  let to: Int32Array = scratch ? scratch.b.subarray(0, m) : new Int32Array(m);
  const count = scratch ? scratch.count : new Int32Array(BUCKETS);
  for (const [word, shift] of [
    [lo, 0],
    [lo, DIGIT_BITS],
    [hi, 0],
    [hi, DIGIT_BITS],
  ] as const) {
    count.fill(0);
    for (let q = 0; q < m; q++) count[(word[from[q]] >>> shift) & MASK]++;
    if (count[(word[from[0]] >>> shift) & MASK] === m) continue; // one digit for all: nothing to do
    for (let b = 0, sum = 0; b < BUCKETS; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let q = 0; q < m; q++) {
      const i = from[q];
      to[count[(word[i] >>> shift) & MASK]++] = i;
    }
    const t = from;
    from = to;
    to = t;
  }
  return from;
}

/** A stable comparator sort of a short order by (hi, lo); ties keep their place. */
function smallSort(order: Int32Array, hi: Uint32Array, lo: Uint32Array): Int32Array {
  const m = order.length;
  const place = new Int32Array(m);
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
  for (let i = 0; i < m; i++) counts[key[i] + 1]++;
  for (let b = 1; b <= buckets; b++) counts[b] += counts[b - 1];
  for (let q = 0; q < m; q++) {
    const i = input ? input[q] : q;
    out[counts[key[i]]++] = i;
  }
  return out;
}
