import { InputError } from "../../engine/errors";
import { sayBoth } from "../../engine/words/catalog";
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
    throw InputError.of(sayBoth("office", "readOnly"));
  }
  if (state.protectedStructure) {
    throw InputError.of(sayBoth("office", "protectedStructure"));
  }
}

/**
 * A batch Excel refused because the user is typing in a cell (InvalidOperationInCellEditMode),
 * said as what to do. Hosts from ExcelApi 1.11 wait instead (patientRun).
 */
export function cellEditError(): InputError {
  return InputError.of(sayBoth("office", "cellEdit"));
}
