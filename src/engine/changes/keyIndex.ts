/**
 * Customer key → slot, for a million keys read back from a sheet. A Map<string, number> hashes
 * every key, and the keys a sheet reader hands over are fresh strings whose hash nobody computed
 * yet: at a million customers building and probing it was the largest part of reading the run
 * state back (1.5 of ~3.5 CPU-s). Most ids are plain numbers (`1000001`): those live in an
 * open-addressing table keyed by their value (no string hashing, no garbage), the rest in a Map.
 * The two never mix: a key is numeric only when its digits are its canonical spelling (no leading
 * zero, at most 15 digits), so `001` and `1` stay two keys.
 */

/** Slots are kept at most half full. */
const MIN_CAPACITY = 1024;

/**
 * A key's value when it is a plain number written canonically (at most 15 digits, no leading
 * zero unless it is "0"), else -1.
 *
 * @example numericKey("1000001") // 1000001
 * @example numericKey("001") // -1
 */
export function numericKey(key: string): number {
  const n = key.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return n > 1 && key.charCodeAt(0) === 48 ? -1 : v;
}

/**
 * The key index: get, set (a new key or a new slot for one) and size, as a Map of the same keys.
 *
 * @example const k = new KeyIndex(); k.set("1001", 0); k.get("1001") // 0
 */
export class KeyIndex {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private shift: number;
  private numeric = 0;
  private readonly others = new Map<string, number>();

  constructor(expected = 0) {
    let capacity = MIN_CAPACITY;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  get size(): number {
    return this.numeric + this.others.size;
  }

  get(key: string): number | undefined {
    const v = numericKey(key);
    if (v < 0) return this.others.get(key);
    const keys = this.keys;
    const values = this.values;
    for (let s = slotOf(v, this.shift); ; s = (s + 1) & this.mask) {
      const at = values[s];
      if (at < 0) return undefined;
      if (keys[s] === v) return at;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * Adds a key with its slot unless it is there: its slot then (and nothing changes), else -1.
   *
   * @example k.add("1001", 0) // -1; k.add("1001", 5) // 0
   */
  add(key: string, value: number): number {
    const v = numericKey(key);
    if (v < 0) {
      const at = this.others.get(key);
      if (at !== undefined) return at;
      this.others.set(key, value);
      return -1;
    }
    if ((this.numeric + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    for (let s = slotOf(v, this.shift); ; s = (s + 1) & this.mask) {
      const at = values[s];
      if (at < 0) {
        keys[s] = v;
        values[s] = value;
        this.numeric++;
        return -1;
      }
      if (keys[s] === v) return at;
    }
  }

  /** Sets a key's slot (non-negative). */
  set(key: string, value: number): this {
    const v = numericKey(key);
    if (v < 0) {
      this.others.set(key, value);
      return this;
    }
    if ((this.numeric + 1) * 2 > this.keys.length) this.grow();
    this.put(v, value);
    return this;
  }

  private put(v: number, value: number): void {
    const keys = this.keys;
    const values = this.values;
    for (let s = slotOf(v, this.shift); ; s = (s + 1) & this.mask) {
      if (values[s] < 0) {
        keys[s] = v;
        values[s] = value;
        this.numeric++;
        return;
      }
      if (keys[s] === v) {
        values[s] = value;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    this.numeric = 0;
    for (let s = 0; s < keys.length; s++) if (values[s] >= 0) this.put(keys[s], values[s]);
  }
}

/** A slot for a whole number below 2^53: its low and high 32 bits mixed, the top bits kept. */
function slotOf(v: number, shift: number): number {
  const lo = v | 0;
  const hi = (v / 4294967296) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> shift;
}
