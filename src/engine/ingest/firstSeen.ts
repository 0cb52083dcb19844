import { hashKey } from "./duplicateKeys";

export { hashKey } from "./duplicateKeys";

/**
 * The first customer seen with each key (a normalised phone, e-mail, name and region), for the
 * likely-duplicate flags, without keeping the keys: a table of 32-bit hashes of the keys (typed
 * arrays, open addressing) holds the first customer per hash, and a hit is checked against that
 * customer's key, made again by `keyOf` (a hit is a likely duplicate: rare). Keys whose hash an
 * earlier different key has (a collision) go to an exact Map. Keeping a Map of a million key
 * strings per kind was most of a 1,000,000-customer read's time (issue 11).
 *
 * @example
 * const seen = new FirstSeen((i) => emails[i]);
 * seen.check("a@x.cn", 0) // -1 (new: customer 0 recorded)
 * seen.check("a@x.cn", 7) // 0
 */
export class FirstSeen {
  /**
   * Per slot, customer + 1 (0: empty) and the hash of its key, side by side: a probe reads both
   * with one cache miss (the tables of a million customers are megabytes, met at random).
   */
  private slots = new Int32Array(2 * 1024);
  private count = 0;
  private collided: Map<string, number> | null = null;

  constructor(private readonly keyOf: (customer: number) => string) {}

  /** The customer first seen with `key`, or -1 when it is new (then `customer` is recorded) or "". */
  check(key: string, customer: number): number {
    return key === "" ? -1 : this.probe(hashKey(key), customer, key);
  }

  /**
   * check() of customer's key given by its hashKey (duplicateKeys.ts reads it from the texts): the
   * key is made (keyOf) only when an earlier customer's key has the same hash. -1 for NaN (no key).
   */
  checkHashed(hash: number, customer: number): number {
    return Number.isNaN(hash) ? -1 : this.probe(hash, customer, null);
  }

  private probe(h: number, customer: number, key: string | null): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = h & mask;
    for (let s = slots[2 * at]; s !== 0; s = slots[2 * at]) {
      if (slots[2 * at + 1] === h) {
        key ??= this.keyOf(customer);
        if (this.keyOf(s - 1) === key) return s - 1;
        const collided = (this.collided ??= new Map());
        const other = collided.get(key);
        if (other !== undefined) return other;
        collided.set(key, customer);
        return -1;
      }
      at = (at + 1) & mask;
    }
    slots[2 * at] = customer + 1;
    slots[2 * at + 1] = h;
    if (++this.count * 2 > slots.length >> 1) this.resize(slots.length);
    return -1;
  }

  /** Sizes the table for about `count` keys, so recording them moves none. */
  reserve(count: number): void {
    let length = this.slots.length >> 1;
    while (length < count * 2) length *= 2;
    if (length > this.slots.length >> 1) this.resize(length);
  }

  /** Moves the entries to a table of `length` slots. */
  private resize(length: number): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(2 * length));
    const mask = length - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === 0) continue;
      let at = old[k + 1] & mask;
      while (slots[2 * at] !== 0) at = (at + 1) & mask;
      slots[2 * at] = old[k];
      slots[2 * at + 1] = old[k + 1];
    }
  }
}
