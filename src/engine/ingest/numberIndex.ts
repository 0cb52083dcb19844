/**
 * Whole numbers (0 … 10^15) → customer index, in typed arrays (open addressing): what a
 * Map<number, number> does for CustomerIndex, without a Map of a million entries (its lookups cost
 * a cache miss or two and its growth a rehash of every entry; reading 1,000,000 customers spent
 * ~2 s in them). Keys are stored as doubles, so any number looks up exactly.
 *
 * Ids that come as one ascending run from the first (1000001 → 0, 1000002 → 1, …: each key the
 * last + 1 and each index the last + 1, how a customer list is usually numbered) are held as that
 * run, three numbers, not in the table: adding one is a comparison, looking one up a subtraction
 * (a probe of the table met at random was a cache miss per customer and per joined row). The first
 * key that does not continue the run moves the run into the table, and the table holds every key
 * from then on: the same answers either way.
 *
 * @example const ids = new NumberIndex(); ids.set(1000001, 0); ids.get(1000001) // 0
 */
export class NumberIndex {
  /** Per slot, the key and customer + 1 (0: an empty slot) side by side: one cache miss a probe. */
  private slots = new Float64Array(2 * 1024);
  /** Keys in the table (the run's are not). */
  private inTable = 0;
  /** The run: keys runLow … runLow + runLength − 1 → indices runFirst … (empty once moved). */
  private runLow = 0;
  private runFirst = 0;
  private runLength = 0;
  /** False once the run was moved into the table (every key goes there from then on). */
  private running = true;
  /** Keys the table is to be sized for when the run moves into it (reserve). */
  private reserved = 0;

  /** How many keys are held. */
  get size(): number {
    return this.inTable + this.runLength;
  }

  /** True while every key is in the run: get is then a subtraction, no table to probe. */
  get onlyRun(): boolean {
    return this.inTable === 0;
  }

  get(n: number): number | undefined {
    const k = n - this.runLow;
    if (k >= 0 && k < this.runLength && k === Math.floor(k)) return this.runFirst + k;
    if (this.inTable === 0) return undefined;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let at = slotOf(n, mask); slots[2 * at + 1] !== 0; at = (at + 1) & mask)
      if (slots[2 * at] === n) return slots[2 * at + 1] - 1;
    return undefined;
  }

  set(n: number, index: number): void {
    if (this.extendsRun(n, index)) return;
    const k = n - this.runLow;
    if (k >= 0 && k < this.runLength && k === Math.floor(k)) {
      if (this.runFirst + k === index) return; // already so
      this.spill(); // an overwrite: the table holds it
    }
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = slotOf(n, mask);
    for (; slots[2 * at + 1] !== 0; at = (at + 1) & mask)
      if (slots[2 * at] === n) {
        slots[2 * at + 1] = index + 1;
        return;
      }
    slots[2 * at] = n;
    slots[2 * at + 1] = index + 1;
    if (++this.inTable * 2 > slots.length >> 1) this.resize(slots.length);
  }

  /** The index n has, or (undefined) n is set to `index`: get and set with one probe. */
  getOrSet(n: number, index: number): number | undefined {
    if (this.extendsRun(n, index)) return undefined;
    const k = n - this.runLow;
    if (k >= 0 && k < this.runLength && k === Math.floor(k)) return this.runFirst + k;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = slotOf(n, mask);
    for (; slots[2 * at + 1] !== 0; at = (at + 1) & mask)
      if (slots[2 * at] === n) return slots[2 * at + 1] - 1;
    slots[2 * at] = n;
    slots[2 * at + 1] = index + 1;
    if (++this.inTable * 2 > slots.length >> 1) this.resize(slots.length);
    return undefined;
  }

  /**
   * True when n → index continues the run (then it is added to it); else the run, if any, is moved
   * into the table first, so that n goes there.
   */
  private extendsRun(n: number, index: number): boolean {
    if (!this.running) return false;
    if (this.runLength === 0) {
      if (n === Math.floor(n) && n >= 0 && n <= MAX_RUN_KEY && index === Math.floor(index)) {
        this.runLow = n;
        this.runFirst = index;
        this.runLength = 1;
        return true;
      }
    } else if (
      n === this.runLow + this.runLength &&
      index === this.runFirst + this.runLength &&
      n <= MAX_RUN_KEY
    ) {
      this.runLength++;
      return true;
    }
    // A key the run holds is not moved for: get and getOrSet answer it from the run.
    const k = n - this.runLow;
    if (k >= 0 && k < this.runLength && k === Math.floor(k)) return false;
    this.spill();
    return false;
  }

  /** Moves the run into the table; every key goes there from now on. */
  private spill(): void {
    if (!this.running) return;
    this.running = false;
    const { runLow, runFirst, runLength } = this;
    this.runLength = 0;
    this.runLow = 0;
    this.reserve(Math.max(this.reserved, runLength + 1));
    for (let k = 0; k < runLength; k++) this.set(runLow + k, runFirst + k);
  }

  /** Sizes the table for about `count` keys, so adding them moves none. */
  reserve(count: number): void {
    if (this.running) {
      // Keys in a run need no table: sized when the run moves into it.
      this.reserved = Math.max(this.reserved, count);
      return;
    }
    let length = this.slots.length >> 1;
    while (length < count * 2) length *= 2;
    if (length > this.slots.length >> 1) this.resize(length);
  }

  /** Calls `each(index, n)` for every key. */
  forEach(each: (index: number, n: number) => void): void {
    for (let k = 0; k < this.runLength; k++) each(this.runFirst + k, this.runLow + k);
    const slots = this.slots;
    for (let k = 0; k < slots.length; k += 2)
      if (slots[k + 1] !== 0) each(slots[k + 1] - 1, slots[k]);
  }

  /** Moves the entries to a table of `length` slots. */
  private resize(length: number): void {
    const old = this.slots;
    const slots = (this.slots = new Float64Array(2 * length));
    const mask = length - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let at = slotOf(old[k], mask);
      while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
      slots[2 * at] = old[k];
      slots[2 * at + 1] = old[k + 1];
    }
  }
}

/** The largest key a run holds (the keys' range: 0 … 10^15, all exact as doubles). */
const MAX_RUN_KEY = 1e15;

/** A slot for n: its low and high 32 bits mixed (ids are often consecutive: spread them). */
function slotOf(n: number, mask: number): number {
  let h = (n >>> 0) ^ ((n / 4294967296) >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  return h & mask;
}
