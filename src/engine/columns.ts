/**
 * Growable typed-array columns: ingest appends row by row without per-row objects, then freezes each
 * column to its exact length.
 */
type TypedArray = Float64Array | Int32Array | Uint8Array | Int8Array;
type TypedArrayCtor<T extends TypedArray> = { new (length: number): T };

export class GrowableColumn<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly ctor: TypedArrayCtor<T>,
    capacity = 1024,
    private readonly fill?: number,
  ) {
    this.data = new ctor(capacity);
    if (fill !== undefined) this.data.fill(fill);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i];
  }

  /** Overwrites value i (i < length). */
  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /**
   * Makes room for `capacity` values at once (a sheet's expected rows), so pushing up to that many
   * copies nothing; never shrinks.
   */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new this.ctor(Math.ceil(capacity));
    if (this.fill !== undefined) next.fill(this.fill);
    next.set(this.data.subarray(0, this.length) as never);
    this.data = next;
  }

  /** Removes the last value (a row that turned out to be rejected). */
  pop(): void {
    if (this.length > 0) this.length--;
  }

  /**
   * The values written so far. When they fill at least 7/8 of the storage (a column reserved for
   * the sheet's expected rows), the storage itself is handed over as a view of its first `length`
   * values: copying 10,000,000 rows' columns cost a few hundred MB of copies at the end of a read
   * (issue 11, 1M customers / 10M transactions). Otherwise an exactly sized copy. Call it once the
   * column is complete: a later `set` would show through a view.
   */
  toArray(): T {
    if (this.length * 8 >= this.data.length * 7) return this.data.subarray(0, this.length) as T;
    return this.data.slice(0, this.length) as T;
  }

  private grow(): void {
    const next = new this.ctor(Math.max(16, this.data.length * 2));
    if (this.fill !== undefined) next.fill(this.fill);
    next.set(this.data as never);
    this.data = next;
  }
}

/**
 * Text interned to small integers: a column of few distinct values (products, owners) is stored as
 * codes into a dictionary instead of millions of strings.
 */
export class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  /** The code of a value, adding it when new. "" is code -1 (missing). */
  code(value: string): number {
    if (value === "") return -1;
    let c = this.index.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.index.set(value, c);
    }
    return c;
  }
}
