import type { Lang } from "../schema";
import { say } from "../words/catalog";

/**
 * The headers of a row as a header error lists them (`found`, `foundEn`), in each language's list
 * style; "—" when the row has none.
 *
 * @example headersFound(["客户编号", "", "交易时间点"]).found // "客户编号、交易时间点"
 */
export function headersFound(row: readonly string[]): { found: string; foundEn: string } {
  const names = row.map((h) => h.trim()).filter((h) => h !== "");
  const list = (lang: Lang) =>
    names.length ? names.join(say(lang, "ingest", "nameSeparator")) : "—";
  return { found: list("zh-CN"), foundEn: list("en-US") };
}
