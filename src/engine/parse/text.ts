import type { Cell } from "../cells";
import { TRADITIONAL_PAIRS } from "../headerWords";

/**
 * Folds full-width ASCII (Ｕ+FF01–FF5E) and the ideographic space to their half-width forms, so that
 * `１２８０` reads as `1280` and `ＡＢＣ` as `ABC`. Chinese input methods produce these often.
 *
 * @example toHalfWidth("１２８０") // "1280"
 */
export function toHalfWidth(text: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}

/**
 * A cell as trimmed text ("" for blank). Numbers print without float noise; dates as YYYY-MM-DD.
 *
 * @example cellText("  Zhang San ") // "Zhang San"
 */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : String(+value.toPrecision(15));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2)
  SIMPLIFIED.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join("")}]`, "g");

/**
 * The simplified form of the traditional characters the header words use (headerWords.ts
 * TRADITIONAL_PAIRS); other text as it is.
 *
 * @example toSimplified("客戶編號") // "客户编号"
 */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => SIMPLIFIED.get(c)!);
}

/**
 * A header or label folded for matching: half-width, simplified (客戶編號: toSimplified), lower
 * case, without spaces, punctuation and bracketed units, so `金额（元）`, `金额(元)`, `金額` and
 * ` Amount ` match their synonyms.
 *
 * @example foldLabel("金额（元）") // "金额"
 */
export function foldLabel(value: Cell): string {
  return toSimplified(toHalfWidth(cellText(value)))
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "")
    .replace(/[\s\u200b-\u200d\u2060_\-./:：*#'"’]+/g, "");
}

const NUMBER_SIGN = /[#№＃]/;
const NUMBER_SIGNS = /[#№＃]/g;

/**
 * A column header folded for matching the header words: foldLabel, with a number sign read as
 * "No" (`Account #` → accountno, as `Account No`; `#` alone → no, as `No.`). foldLabel drops the
 * sign, so `Account #` was read as `Account` and `Invoice #` as `Invoice` (tester53 N11, N21).
 *
 * @example foldHeader("Account #") // "accountno"
 */
export function foldHeader(value: Cell): string {
  const text = cellText(value);
  return foldLabel(NUMBER_SIGN.test(text) ? text.replace(NUMBER_SIGNS, " no ") : text);
}
