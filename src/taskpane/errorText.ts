import { CancelledError, InputError } from "../engine/errors";
import type { Lang } from "../engine/schema";
import { errorCode } from "../workbook/office/run";
import { translator } from "./i18n";

export interface ErrorText {
  kind: "input" | "cancelled" | "excel" | "unexpected";
  text: string;
}

/**
 * What went wrong, in the UI language: an InputError's own message (Chinese or English), a
 * cancel, an Excel error with its code, or anything else as unexpected.
 *
 * @example describeError(new InputError("No sheet", "没有表"), "zh-CN").text // "没有表"
 */
export function describeError(error: unknown, lang: Lang): ErrorText {
  const t = translator(lang);
  if (error instanceof InputError) return { kind: "input", text: error.in(lang) };
  if (error instanceof CancelledError) return { kind: "cancelled", text: t("runCancelled") };
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  if (code) return { kind: "excel", text: t("excelError", { code, message }) };
  return { kind: "unexpected", text: t("unexpectedError", { message }) };
}

/**
 * A lead (无法读取工作簿： / Could not read the workbook:) and what it leads to: straight after a
 * full-width mark, which holds its own space (a space after it showed as a gap: 无法读取工作簿：
 * Excel…), else after a space.
 *
 * @example afterLead("无法读取工作簿：", "Excel 返回了错误") // "无法读取工作簿：Excel 返回了错误"
 * @example afterLead("Could not read the workbook:", "x") // "Could not read the workbook: x"
 */
export function afterLead(lead: string, text: string): string {
  return /[：，。；]$/.test(lead) ? lead + text : `${lead} ${text}`;
}
