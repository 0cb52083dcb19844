/**
 * Whole numbers (0 … 10^15) → customer index, in typed arrays (open addressing): what a
 * Map<number, number> does for CustomerIndex, without a Map of a million entries (its lookups cost
 * a cache miss or two and its growth a rehash of every entry; reading 1,000,000 customers spent
 * ~2 s in them). Keys are stored as doubles, so any number looks up exactly.
 *
 * @example const ids = new NumberIndex(); ids.set(1000001, 0); ids.get(1000001) // 0
 */
export class NumberIndex {
  /** Per slot, the key and customer + 1 (0: an empty slot) side by side: one cache miss a probe. */
  private slots = new Float64Array(2 * 1024);
  size = 0;

  get(n: number): number | undefined {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let at = slotOf(n, mask); slots[2 * at + 1] !== 0; at = (at + 1) & mask)
      if (slots[2 * at] === n) return slots[2 * at + 1] - 1;
    return undefined;
  }

  set(n: number, index: number): void {
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
    if (++this.size * 2 > slots.length >> 1) this.resize(slots.length);
  }

  /** The index n has, or (undefined) n is set to `index`: get and set with one probe. */
  getOrSet(n: number, index: number): number | undefined {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = slotOf(n, mask);
    for (; slots[2 * at + 1] !== 0; at = (at + 1) & mask)
      if (slots[2 * at] === n) return slots[2 * at + 1] - 1;
    slots[2 * at] = n;
    slots[2 * at + 1] = index + 1;
    if (++this.size * 2 > slots.length >> 1) this.resize(slots.length);
    return undefined;
  }

  /** Sizes the table for about `count` keys, so adding them moves none. */
  reserve(count: number): void {
    let length = this.slots.length >> 1;
    while (length < count * 2) length *= 2;
    if (length > this.slots.length >> 1) this.resize(length);
  }

  /** Calls `each(index, n)` for every key. */
  forEach(each: (index: number, n: number) => void): void {
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

/** A slot for n: its low and high 32 bits mixed (ids are often consecutive: spread them). */
function slotOf(n: number, mask: number): number {
  let h = (n >>> 0) ^ ((n / 4294967296) >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  return h & mask;
}
