import type { Cell } from "../cells";
import { toHalfWidth } from "./text";

// Currency signs and words users put around amounts; stripped before reading the number.
const CURRENCY = /[¥￥$€£]|rmb|cny|usd|元|人民币/gi;

/**
 * Reads an amount as users type it: `¥1,280.00`, `１２８０`, `1 280`, `(120)` or `-120` for a return,
 * `1,280元`, `12.5%` (as 0.125), `1.2万` (12,000). NaN when it is not a number.
 *
 * @example parseAmount("¥1,280.00") // 1280
 * @example parseAmount("(120)")     // -120
 */
export function parseAmount(value: Cell): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  let text = toHalfWidth(value).trim();
  if (text === "") return NaN;
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1; // accounting negative
    text = text.slice(1, -1);
  }
  text = text.replace(CURRENCY, "").replace(/[\s,\u00a0']/g, "");
  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1);
  } else if (text.endsWith("万")) {
    scale = 10_000;
    text = text.slice(0, -1);
  } else if (text.endsWith("亿")) {
    scale = 100_000_000;
    text = text.slice(0, -1);
  }
  if (text.startsWith("-") && text.length > 1 && !/^-\d/.test(text))
    text = "-" + text.slice(1).trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return NaN;
  const n = Number(text) * scale * sign;
  return Number.isFinite(n) ? n : NaN;
}

/**
 * Reads a score or count: like {@link parseAmount} but also accepts `4分`, `4星` and `4/5`.
 *
 * @example parseScore("4分") // 4
 */
export function parseScore(value: Cell): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  const text = toHalfWidth(value)
    .trim()
    .replace(/\s*(分|星|points?|pts?)$/i, "");
  const frac = /^(\d+(?:\.\d+)?)\s*\/\s*\d+$/.exec(text);
  return frac ? +frac[1] : parseAmount(text);
}
