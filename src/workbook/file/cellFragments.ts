import { isTrimmedSpace } from "../../engine/whiteSpace";
import { Fragment } from "./xmlBytes";

/**
 * The bytes of a worksheet cell around its value, made once per cell format and value type so a
 * writer copies bytes instead of building strings per cell.
 */

/** After a number's or boolean's value. */
export const VALUE_CLOSE = Fragment.of("</v></c>");
/** After an inline string's text. */
export const TEXT_CLOSE = Fragment.of("</t></is></c>");

/**
 * The bytes between a cell's reference and its value, per cell format and value type. `lead` is
 * what comes before ` s="…"`: the closing quote of the cell's `r="…"` (the default), or `<c` for a
 * cell written without a reference (it follows the row's previous cell: reportSheet.ts).
 *
 * @example new CellFragments().number(3).bytes.toString() // '" s="3"><v>'
 * new CellFragments("<c").number(3).bytes.toString() // '<c s="3"><v>'
 */
export class CellFragments {
  private readonly numbers: Fragment[] = [];
  private readonly booleans: Fragment[] = [];
  private readonly texts: Fragment[] = [];
  private readonly preserved: Fragment[] = [];
  private readonly shared: Fragment[] = [];

  constructor(private readonly lead = '"') {}

  number(s: number): Fragment {
    return (this.numbers[s] ??= Fragment.of(`${this.lead} s="${s}"><v>`));
  }

  boolean(s: number): Fragment {
    return (this.booleans[s] ??= Fragment.of(`${this.lead} s="${s}" t="b"><v>`));
  }

  /** A shared string: its index in the shared-strings part is the value. */
  sharedText(s: number): Fragment {
    return (this.shared[s] ??= Fragment.of(`${this.lead} s="${s}" t="s"><v>`));
  }

  /** Inline text; `preserve` when it starts or ends with white space (kept by xml:space). */
  text(s: number, preserve: boolean): Fragment {
    return preserve
      ? (this.preserved[s] ??= Fragment.of(
          `${this.lead} s="${s}" t="inlineStr"><is><t xml:space="preserve">`,
        ))
      : (this.texts[s] ??= Fragment.of(`${this.lead} s="${s}" t="inlineStr"><is><t>`));
  }
}

/**
 * White space as String.prototype.trim sees it at the ends of a text (the common ones): such a
 * text needs xml:space="preserve".
 *
 * @example isSpace(0x3000) // true (ideographic space)
 */
export const isSpace = isTrimmedSpace;
