import { LOCALE_CURRENCY } from "../../engine/parse/currencySymbol";
import { currencyOfFormat } from "../numberFormats";
import { isDateFormat } from "./cellValue";
import type { CellStyles } from "./sheetScanner";
import { attr, decodeXml, tags } from "./xmlText";

/**
 * Built-in number formats that show dates or times: 14–22 and 45–47 (ECMA-376 Part 1, 18.8.30),
 * and the East Asian 27–36 and 50–58, which a Chinese Excel shows as 年/月/日 dates.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Built-in currency formats (ECMA-376 18.8.30: `$#,##0_);($#,##0)` …), in the locale's currency. */
const BUILT_IN_CURRENCY = new Set([5, 6, 7, 8, 42, 44]);

/**
 * The date-or-not and the currency of every cell format (cellXfs) of a styles part.
 *
 * @example readCellStyles('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>').isDate(1) // true
 */
export function readCellStyles(xml: string): CellStyles & { count: number } {
  const formats = numberFormats(xml);
  const flags: boolean[] = [];
  const currencies: number[] = [];
  const body = section(xml, "cellXfs");
  if (body) {
    for (const tag of tags(body, "xf")) {
      const id = Number(attr(tag, "numFmtId") ?? 0);
      const code = formats.get(id);
      const date = code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
      flags.push(date);
      currencies.push(
        date
          ? 0
          : code !== undefined
            ? currencyOfFormat(code)
            : BUILT_IN_CURRENCY.has(id)
              ? LOCALE_CURRENCY
              : 0,
      );
    }
  }
  return {
    isDate: (s) => flags[s] === true,
    currency: (s) => currencies[s] ?? 0,
    count: flags.length,
  };
}

/** Custom number formats of a styles part: id → format code. */
export function numberFormats(xml: string): Map<number, string> {
  const formats = new Map<number, string>();
  const body = section(xml, "numFmts");
  if (body) {
    for (const tag of tags(body, "numFmt")) {
      const id = Number(attr(tag, "numFmtId"));
      const code = attr(tag, "formatCode");
      if (Number.isFinite(id) && code !== undefined) formats.set(id, code);
    }
  }
  return formats;
}

/** The inner text of the first <name>…</name> element (any prefix), or null. */
export function section(xml: string, name: string): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!m || m[1] === "/") return null;
  const start = m.index + m[0].length;
  const end = new RegExp(`</(?:[\\w.-]+:)?${name}>`).exec(xml.slice(start));
  return end ? xml.slice(start, start + end.index) : null;
}

export { decodeXml };
