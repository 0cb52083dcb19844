import { InputError } from "../../engine/errors";
import { BELOW_DECLARED, type ApiSupport } from "./apiSupport";
import type { ExcelRun } from "./run";

/**
 * Before any work: can the add-in write its tabs at all? A workbook whose structure is protected
 * (Review > Protect Workbook) refuses new, renamed and deleted sheets, and a read-only workbook or
 * Excel on the web's view mode refuses every change; either way Excel answers with a generic error
 * part-way through. Read workbook.protection.protected (ExcelApi 1.7) and workbook.readOnly
 * (ExcelApi 1.8) first, and say what to do.
 */
export async function checkWritable(run: ExcelRun, supports: ApiSupport): Promise<void> {
  const state = await run(async (context) => {
    const book = context.workbook;
    const canProtection = supports(BELOW_DECLARED.workbookProtection);
    const canReadOnly = supports(BELOW_DECLARED.readOnly);
    if (canProtection) book.protection.load("protected");
    if (canReadOnly) book.load("readOnly");
    await context.sync();
    return {
      protectedStructure: canProtection && book.protection.protected,
      readOnly: canReadOnly && book.readOnly,
    };
  });
  if (state.readOnly) {
    throw new InputError(
      "This workbook is open read-only (or in view mode), so the results cannot be written. " +
        "Choose Edit Workbook (in Excel on the web: Editing), or save a copy and open that, then run again.",
      "此工作簿以只读方式（或查看模式）打开，无法写入结果。请选择“编辑工作簿”（网页版：切换到“编辑”），" +
        "或另存一份副本后打开，再运行。",
    );
  }
  if (state.protectedStructure) {
    throw new InputError(
      "The workbook's structure is protected, so the result tabs cannot be added. " +
        "Unprotect it (Review > Protect Workbook), then run again.",
      "工作簿结构受保护，无法添加结果工作表。请先取消保护（审阅 > 保护工作簿），再运行。",
    );
  }
}

/**
 * A batch Excel refused because the user is typing in a cell (InvalidOperationInCellEditMode),
 * said as what to do. Hosts from ExcelApi 1.11 wait instead (patientRun).
 */
export function cellEditError(): InputError {
  return new InputError(
    "Excel is busy while a cell is being edited. Press Enter or Esc to finish editing, then run again.",
    "正在编辑单元格时 Excel 无法执行操作。请按 Enter 或 Esc 结束编辑，再运行。",
  );
}
