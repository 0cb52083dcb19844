/**
 * The Excel JavaScript API version the add-in needs. manifest.xml declares the same version in
 * <Requirements> (scripts/validate-manifest.ts keeps the two in step).
 *
 * 1.9 is the highest set the code relies on:
 * - application.suspendScreenUpdatingUntilNextSync: 1.9
 * - getRangeByIndexes, worksheet.freezePanes: 1.7
 * - suspendApiCalculationUntilNextSync: 1.6
 * - custom XML parts: 1.5
 * - workbook.settings, *OrNullObject: 1.4
 * - getUsedRange(valuesOnly), autofit: 1.2
 * - tables, charts, worksheet.visibility: 1.1
 * ExcelApi 1.9 means Excel 2021 or later, Microsoft 365, Excel on the web, Mac or iPad
 * (Excel 2019 stops at 1.8).
 */
export const REQUIRED_EXCEL_API = "1.9";

/**
 * Returns a bilingual (zh-CN, then en-US) message when the running Excel lacks
 * REQUIRED_EXCEL_API, or null when it is supported. Call it after Office.onReady.
 *
 * Also null outside Office (office.js not loaded, e.g. the offline preview page or tests, or not
 * yet initialised): there is no host to check, and the caller decides what to run instead.
 */
export function missingRequirement(): string | null {
  if (typeof Office === "undefined" || !Office.context) return null;
  // Office 2013 and other hosts without requirement sets have no `requirements` object.
  const requirements = Office.context.requirements as Office.RequirementSetSupport | undefined;
  let supported = false;
  try {
    supported = !!requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API);
  } catch {
    supported = false;
  }
  if (supported) return null;
  return [
    `此加载项需要 Excel JavaScript API ${REQUIRED_EXCEL_API} 或更高版本，当前 Excel 不支持。` +
      "请使用 Excel 2021 或更高版本、Microsoft 365 版 Excel、Excel 网页版或 Mac 版 Excel，" +
      "或将 Excel 更新到最新版本。",
    `This add-in needs Excel JavaScript API ${REQUIRED_EXCEL_API} or later, which this Excel ` +
      "does not support. Use Excel 2021 or later, Excel for Microsoft 365, Excel on the web or " +
      "Excel for Mac, or update Excel to the latest version.",
  ].join("\n");
}
