import { DIMENSIONS, DIMENSION_CODES } from "./snapshot";

/**
 * Reads a packed cell of the run state (layouts 3 and 4, statePacked.ts) field by field straight into
 * columns: ids, names and owners as texts, the codes as their indexes, the numbers into typed
 * arrays. JSON.parse of a cell built a JS array per field, boxed every number and internalized
 * every short text (ids, names, owners and five codes per customer): at a million customers the
 * read took 5.3 s where the row-per-customer layout 2 took 1.2.
 *
 * It reads the form the writer writes and any JSON of the same shape (whitespace, escapes,
 * numbers in any JSON spelling, null, true, false, fields appended). Anything else (a value that
 * is an array or an object, text that is not JSON) answers false, and the caller hands the cell
 * to JSON.parse, which then reads it or finds it broken: the values read are always JSON.parse's.
 *
 * @example const p = new PackedCellParser(); p.parse(cell) && p.ids.length // customers in the cell
 */
export class PackedCellParser {
  /** Field 0: each customer's id (a text or a number), null when it is neither. */
  readonly ids: (string | number | null)[] = [];
  idCount = 0;
  /** Fields 1 and 2: name and owner ("" when not a text). */
  readonly names: string[] = [];
  nameCount = 0;
  readonly owners: string[] = [];
  ownerCount = 0;
  /**
   * Fields 3-7, per dimension: the code's index, -1 when none or not a known code. Layout 3 holds
   * the codes as words; layout 4 as indexes into its code lists, read through `indexCodes`.
   */
  codes: Int8Array[] = DIMENSIONS.map(() => new Int8Array(1024));
  readonly codeCount = new Int32Array(DIMENSIONS.length);
  /**
   * Fields 8-13: churn probability, spend, frequency, last purchase day, service signals, purchase
   * rows' keys (NaN when not a number; the service signals appended in refresh8, the keys in stop
   * 64, absent from earlier states: count 0).
   */
  numbers: Float64Array[] = [0, 1, 2, 3, 4, 5].map(() => new Float64Array(1024));
  readonly numberCount = new Int32Array(6);

  /** Owners seen, by length (up to SEEN_OWNERS each). */
  private readonly seenOwners: string[][] = [];
  private text = "";
  private at = 0;
  private readonly codeLists = DIMENSIONS.map((d) => DIMENSION_CODES[d]);
  /** Layout 4: per dimension, the code each index names (state.ts indexCodes); null: layout 3. */
  private indexCodes: Int8Array[] | null = null;

  /**
   * Parses one cell's text; false when it is not in a form read here (see the class). `indexCodes`:
   * a layout-4 cell's (its codes are indexes: a word there is no code), null for layout 3.
   */
  parse(text: string, indexCodes: Int8Array[] | null = null): boolean {
    this.indexCodes = indexCodes;
    this.text = text;
    this.at = 0;
    this.idCount = this.nameCount = this.ownerCount = 0;
    this.codeCount.fill(0);
    this.numberCount.fill(0);
    this.space();
    if (!this.expect(91 /* [ */)) return false;
    this.space();
    if (text.charCodeAt(this.at) === 93 /* ] */) {
      this.at++;
    } else {
      for (let field = 0; ; field++) {
        if (!this.expect(91) || !this.field(field)) return false;
        this.space();
        const c = text.charCodeAt(this.at++);
        if (c === 93) break;
        if (c !== 44 /* , */) return false;
        this.space();
      }
    }
    this.space();
    return this.at === text.length;
  }

  /** One field's values, after its `[`, up to and past its `]`. */
  private field(field: number): boolean {
    const text = this.text;
    this.space();
    if (text.charCodeAt(this.at) === 93) {
      this.at++;
      return true;
    }
    const dims = DIMENSIONS.length;
    for (;;) {
      let ok: boolean;
      if (field === 0) ok = this.id();
      else if (field === 1) ok = this.textInto(this.names, this.nameCount++);
      else if (field === 2) ok = this.owner();
      else if (field < 3 + dims) ok = this.code(field - 3);
      else if (field < 9 + dims) ok = this.number(field - 3 - dims);
      else ok = this.skip();
      if (!ok) return false;
      this.space();
      const c = text.charCodeAt(this.at++);
      if (c === 93) return true;
      if (c !== 44) return false;
      this.space();
    }
  }

  private id(): boolean {
    const c = this.text.charCodeAt(this.at);
    let v: string | number | null = null;
    if (c === 34) {
      const s = this.string();
      if (s === null) return false;
      v = s;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const x = this.numberValue();
      if (x === null) return false;
      v = x;
    } else if (!this.literal()) return false;
    this.ids[this.idCount++] = v;
    return true;
  }

  private textInto(out: string[], k: number): boolean {
    if (this.text.charCodeAt(this.at) === 34) {
      const s = this.string();
      if (s === null) return false;
      out[k] = s;
      return true;
    }
    out[k] = "";
    return this.nonText();
  }

  /**
   * An owner: a few dozen people own a million customers, so a short owner seen before is reused
   * (compared in place) rather than made again, a string fewer per customer kept alive.
   */
  private owner(): boolean {
    const k = this.ownerCount++;
    const text = this.text;
    if (text.charCodeAt(this.at) !== 34) return this.textInto(this.owners, k);
    const start = this.at + 1;
    const end = this.stringEnd();
    if (end < 0) return false;
    const n = end - start;
    if (end === 0 || n >= SLICE_MIN) {
      this.owners[k] = JSON.parse(text.slice(start - 1, this.at)) as string;
      return true;
    }
    const seen = (this.seenOwners[n] ??= []);
    for (let j = 0; j < seen.length; j++) {
      if (text.startsWith(seen[j], start)) {
        this.owners[k] = seen[j];
        return true;
      }
    }
    const owner = text.slice(start, end);
    if (seen.length < SEEN_OWNERS) seen.push(owner);
    this.owners[k] = owner;
    return true;
  }

  private code(d: number): boolean {
    const k = this.codeCount[d]++;
    if (k === this.codes[d].length) this.codes[d] = grown(this.codes[d]);
    const text = this.text;
    const c = text.charCodeAt(this.at);
    const indexes = this.indexCodes;
    if (indexes && c >= 48 && c <= 57) {
      const x = this.numberValue();
      if (x === null) return false;
      this.codes[d][k] = indexes[d][x] ?? -1;
      return true;
    }
    if (c !== 34 || indexes) {
      this.codes[d][k] = -1;
      return c === 34 ? this.stringEnd() !== -1 : this.nonText();
    }
    const start = this.at + 1;
    const end = this.stringEnd();
    if (end < 0) return false;
    const list = this.codeLists[d];
    let code = -1;
    if (end > 0) {
      // A code needs no escapes: compared in place, no text made.
      const n = end - start;
      for (let j = 0; j < list.length; j++) {
        if (list[j].length === n && text.startsWith(list[j], start)) {
          code = j;
          break;
        }
      }
    } else {
      code = list.indexOf(JSON.parse(text.slice(start - 1, this.at)) as string);
    }
    this.codes[d][k] = code;
    return true;
  }

  private number(f: number): boolean {
    const k = this.numberCount[f]++;
    if (k === this.numbers[f].length) this.numbers[f] = grown(this.numbers[f]);
    const c = this.text.charCodeAt(this.at);
    if (c === 45 || (c >= 48 && c <= 57)) {
      const x = this.numberValue();
      if (x === null) return false;
      this.numbers[f][k] = Number.isFinite(x) ? x : NaN;
      return true;
    }
    this.numbers[f][k] = NaN;
    if (c === 34) return this.stringEnd() !== -1;
    return this.literal();
  }

  /** A value of a field this reader does not know (appended later): stepped over. */
  private skip(): boolean {
    const c = this.text.charCodeAt(this.at);
    if (c === 34) return this.stringEnd() !== -1;
    if (c === 45 || (c >= 48 && c <= 57)) return this.numberValue() !== null;
    return this.literal();
  }

  /** A value that is not a text where a text is expected: a number or a literal, stepped over. */
  private nonText(): boolean {
    const c = this.text.charCodeAt(this.at);
    if (c === 45 || (c >= 48 && c <= 57)) return this.numberValue() !== null;
    return this.literal();
  }

  /** null, true or false. */
  private literal(): boolean {
    const text = this.text;
    for (const word of LITERALS) {
      if (text.startsWith(word, this.at)) {
        this.at += word.length;
        return true;
      }
    }
    return false;
  }

  /** The text of a JSON string at `at` (its quote), or null when it is not one. */
  private string(): string | null {
    const start = this.at;
    const end = this.stringEnd();
    if (end < 0) return null;
    // A short text is copied out; a longer one (V8 would keep a slice of the whole cell alive) or
    // one with escapes is made by JSON.parse of its literal.
    if (end > 0 && end - start - 1 < SLICE_MIN) return this.text.slice(start + 1, end);
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  /**
   * Steps over the JSON string at `at` (its quote): the index of its closing quote, 0 when it has
   * escapes, -1 when it is not a string JSON reads (no closing quote, a control character).
   */
  private stringEnd(): number {
    const text = this.text;
    const n = text.length;
    let escaped = false;
    for (let i = this.at + 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.at = i + 1;
        return escaped ? 0 : i;
      }
      if (c === 92) {
        escaped = true;
        i++;
      } else if (c < 0x20) return -1;
    }
    return -1;
  }

  /**
   * The JSON number at `at`, as JSON.parse reads it, or null when it is not one. Up to 15 digits
   * and 22 decimals are computed (both exact doubles, so their quotient is correctly rounded, as
   * JSON.parse's); longer ones and exponents are read by Number, which rounds the same.
   */
  private numberValue(): number | null {
    const text = this.text;
    const start = this.at;
    let i = start;
    const negative = text.charCodeAt(i) === 45;
    if (negative) i++;
    let digits = 0;
    let m = 0;
    let c = text.charCodeAt(i);
    if (c === 48) {
      i++;
    } else if (c >= 49 && c <= 57) {
      for (; c >= 48 && c <= 57; c = text.charCodeAt(++i)) {
        m = m * 10 + (c - 48);
        digits++;
      }
    } else return null;
    let decimals = 0;
    c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      c = text.charCodeAt(++i);
      if (!(c >= 48 && c <= 57)) return null;
      for (; c >= 48 && c <= 57; c = text.charCodeAt(++i)) {
        m = m * 10 + (c - 48);
        decimals++;
      }
    }
    let simple = true;
    if (c === 101 || c === 69 /* e E */) {
      simple = false;
      c = text.charCodeAt(++i);
      if (c === 43 || c === 45) c = text.charCodeAt(++i);
      if (!(c >= 48 && c <= 57)) return null;
      while (c >= 48 && c <= 57) c = text.charCodeAt(++i);
    }
    this.at = i;
    // Digits after a leading 0 count too (0.000123: m = 123, yet 6 decimals): bounded by both.
    if (simple && digits + decimals <= 15 && decimals <= 22) {
      const x = decimals === 0 ? m : m / POWERS[decimals];
      return negative ? -x : x;
    }
    return Number(text.slice(start, i));
  }

  private expect(c: number): boolean {
    if (this.text.charCodeAt(this.at) !== c) return false;
    this.at++;
    return true;
  }

  /** JSON's whitespace. */
  private space(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.at);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
      this.at++;
    }
  }
}

const LITERALS = ["null", "true", "false"];
/** Owners of one length kept to be reused. */
const SEEN_OWNERS = 32;
/** V8 makes a substring this long or longer a slice that keeps its whole parent alive. */
const SLICE_MIN = 13;
/** 10^k for k 0-22: exact doubles. */
const POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

function grown<T extends Int8Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
