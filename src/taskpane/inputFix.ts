import type { InputAt } from "../engine/errors";
import { HEADER_SEARCH_ROWS } from "../engine/ingest/header";
import { SHEETS, type Lang } from "../engine/schema";
import { translator } from "./i18n";
import type { InputBlock } from "./paneState";

/**
 * Where a required input is fixed, in words: on Run before the run (an input the run cannot read
 * as detected) and under a run's error (the input it stopped at). Both point at the Data step's
 * dropdown for that input, by the input's name there (交易 / Transactions), the sheet named too
 * when it is called otherwise (stop 51 tester P2).
 */

/** The input's required fields, quoted and listed (“金额”、“日期” / “Amount”, “Date”). */
function fieldList(at: Pick<InputAt, "kind" | "fields">, lang: Lang): string {
  const t = translator(lang);
  const fields = SHEETS[at.kind].fields;
  return at.fields
    .map((key) =>
      t("quotedField", { field: fields.find((f) => f.key === key)?.label[lang] ?? key }),
    )
    .join(t("listSeparator"));
}

/**
 * Why Run is disabled and where to fix it.
 *
 * @example blockText({ kind: "transactions", sheet: "交易", fields: ["amount"] }, "zh-CN")
 * // "还不能运行：“交易”表缺少必需的列“金额”。请在“数据”页的“交易”下为它选择一列。"
 */
export function blockText(block: InputBlock, lang: Lang): string {
  const t = translator(lang);
  const input = SHEETS[block.kind].label[lang];
  if (!block.sheet) return t("runBlockedSheet", { input });
  const on = block.sheet === input ? "" : t("inputOnSheet", { sheet: block.sheet });
  return block.fields.length === 0
    ? t("runBlockedHeader", { input, on, rows: HEADER_SEARCH_ROWS })
    : t("runBlockedColumns", { input, on, fields: fieldList(block, lang) });
}

/**
 * The next step after a run stopped at an input (InputError.at): the column to choose, or the
 * sheet to check, under Data.
 *
 * @example nextStepText({ kind: "transactions", fields: ["amount"] }, "en-US")
 * // "Next step: under Data → Transactions, choose the column for “Amount”, then run again."
 */
export function nextStepText(at: InputAt, lang: Lang): string {
  const t = translator(lang);
  const input = SHEETS[at.kind].label[lang];
  return at.fields.length === 0
    ? t("nextStepSheet", { input })
    : t("nextStepColumns", { input, fields: fieldList(at, lang) });
}
