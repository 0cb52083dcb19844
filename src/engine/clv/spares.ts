/**
 * Columns a model fit has finished with, kept for the next fit in the same thread to fill: a run
 * fits three models of the same customers (today's, asOf − H and asOf − 2H: in the CLI all in its
 * worker), each of whose work columns was fresh memory, and a new page costs ~24 µs here (~6 ms a
 * MB: at 100,000 customers the inputs in time units alone were 2.4 MB a fit). Only columns nothing
 * reads any more are given back (customerModel.ts, group.ts); each taken one is filled first, so a
 * fit's figures are those of fresh columns. At most a few of each kind; dropSpareColumns empties
 * them (the end of a run: nothing is kept between runs).
 */

type Column = Float64Array | Int32Array | Uint8Array;

const MAX_EACH = 6;
const float64: Float64Array[] = [];
const int32: Int32Array[] = [];
const uint8: Uint8Array[] = [];

function take<T extends Column>(list: T[], length: number): T | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i];
    if (a.length !== length) continue;
    list[i] = list[list.length - 1];
    list.pop();
    return a;
  }
  return null;
}

/** A Float64Array of `length` values, each `value`. @example float64Column(3, NaN) // [NaN, NaN, NaN] */
export function float64Column(length: number, value: number): Float64Array {
  const a = take(float64, length);
  if (a) return a.fill(value);
  return value === 0 ? new Float64Array(length) : new Float64Array(length).fill(value);
}

/** An Int32Array of `length` values, each `value`. */
export function int32Column(length: number, value: number): Int32Array {
  const a = take(int32, length);
  if (a) return a.fill(value);
  return value === 0 ? new Int32Array(length) : new Int32Array(length).fill(value);
}

/** A Uint8Array of `length` zeros. */
export function uint8Column(length: number): Uint8Array {
  const a = take(uint8, length);
  return a ? a.fill(0) : new Uint8Array(length);
}

/**
 * Gives back columns nothing will read again (whole arrays, not views of a larger one), for the
 * next column of the same kind and length.
 */
export function spareColumns(...columns: Column[]): void {
  for (const a of columns) {
    if (a.length === 0 || a.byteOffset !== 0 || a.byteLength !== a.buffer.byteLength) continue;
    if (a instanceof Float64Array) keep(float64, a);
    else if (a instanceof Int32Array) keep(int32, a);
    else keep(uint8, a);
  }
}

function keep<T extends Column>(list: T[], a: T): void {
  if (list.length < MAX_EACH && !list.includes(a)) list.push(a);
}

/** Drops every spare column (the end of a run). */
export function dropSpareColumns(): void {
  float64.length = 0;
  int32.length = 0;
  uint8.length = 0;
}
