/**
 * Why an output tab did not get its usual name, in the user's words: both adapters say it the
 * same way.
 *
 * @example renamedBecause("客户分类", "客户分类 (2)", false, "zh-CN") // "工作簿中已有您自己的工作表…"
 */
export function renamedBecause(
  wanted: string,
  used: string,
  takenByOurOwnTab: boolean,
  lang: "zh-CN" | "en-US",
): string {
  if (lang === "zh-CN") {
    return takenByOurOwnTab
      ? `本次结果中已有名为“${wanted}”的工作表，因此写入了“${used}”。`
      : `工作簿中已有您自己的工作表“${wanted}”，为不覆盖它，结果写入了“${used}”。`;
  }
  return takenByOurOwnTab
    ? `Another tab of these results is already named “${wanted}”, so this one was written to “${used}”.`
    : `The workbook already has your own sheet “${wanted}”; to leave it untouched, the results were written to “${used}”.`;
}
