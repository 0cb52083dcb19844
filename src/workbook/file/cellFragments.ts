/**
 * The bytes of a worksheet cell around its value, made once per cell format and value type so a
 * writer copies bytes instead of building strings per cell.
 */

/** After a number's or boolean's value. */
export const VALUE_CLOSE = Buffer.from("</v></c>", "latin1");
/** After an inline string's text. */
export const TEXT_CLOSE = Buffer.from("</t></is></c>", "latin1");

/**
 * The bytes between a cell's reference and its value, per cell format and value type. `lead` is
 * what comes before ` s="…"`: the closing quote of the cell's `r="…"` (the default), or `<c` for a
 * cell written without a reference (it follows the row's previous cell: reportSheet.ts).
 *
 * @example new CellFragments().number(3).toString() // '" s="3"><v>'
 * new CellFragments("<c").number(3).toString() // '<c s="3"><v>'
 */
export class CellFragments {
  private readonly numbers: Buffer[] = [];
  private readonly booleans: Buffer[] = [];
  private readonly texts: Buffer[] = [];
  private readonly preserved: Buffer[] = [];
  private readonly shared: Buffer[] = [];

  constructor(private readonly lead = '"') {}

  number(s: number): Buffer {
    return (this.numbers[s] ??= Buffer.from(`${this.lead} s="${s}"><v>`, "latin1"));
  }

  boolean(s: number): Buffer {
    return (this.booleans[s] ??= Buffer.from(`${this.lead} s="${s}" t="b"><v>`, "latin1"));
  }

  /** A shared string: its index in the shared-strings part is the value. */
  sharedText(s: number): Buffer {
    return (this.shared[s] ??= Buffer.from(`${this.lead} s="${s}" t="s"><v>`, "latin1"));
  }

  /** Inline text; `preserve` when it starts or ends with white space (kept by xml:space). */
  text(s: number, preserve: boolean): Buffer {
    return preserve
      ? (this.preserved[s] ??= Buffer.from(
          `${this.lead} s="${s}" t="inlineStr"><is><t xml:space="preserve">`,
          "latin1",
        ))
      : (this.texts[s] ??= Buffer.from(`${this.lead} s="${s}" t="inlineStr"><is><t>`, "latin1"));
  }
}

/**
 * White space as String.prototype.trim sees it at the ends of a text (the common ones): such a
 * text needs xml:space="preserve".
 *
 * @example isSpace(0x3000) // true (ideographic space)
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 11 ||
    code === 12 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x1680 ||
    code === 0x202f ||
    code === 0x205f
  );
}
