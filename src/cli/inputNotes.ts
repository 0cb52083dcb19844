// What the command line says about its inputs as files, beside the analysis: an input an office
// program has open (tester63 L findings). Run warnings: the console, the run log and the JSON say
// them. An input read from a hidden sheet is the engine's (ingest/hiddenInputSheets.ts): the add-in
// says it too.
import type { RunWarning } from "../engine/followUp/warnings";
import { sayBoth } from "../engine/words/catalog";
import { officeLock } from "../workbook/file/tempFiles";
import path from "node:path";

/**
 * An input_open_elsewhere warning per input file Excel or LibreOffice has open (officeLock, the test
 * the output's refusal makes): its edits not yet saved are not read. Not a refusal: a lock file a
 * crash left behind is common, and the file as saved is read right.
 *
 * @example inputsOpenElsewhere(["台账.xlsx"]) // [{ code: "input_open_elsewhere", message: { "zh-CN": "台账.xlsx 似乎正在 Excel 中打开（有 ~$台账.xlsx）…" } }]
 */
export function inputsOpenElsewhere(files: readonly string[]): RunWarning[] {
  const out: RunWarning[] = [];
  for (const file of new Set(files)) {
    const open = officeLock(file);
    if (!open) continue;
    const words = open.words === "openInExcel" ? "inputOpenInExcel" : "inputOpenInLibreOffice";
    out.push({
      code: "input_open_elsewhere",
      message: sayBoth("analyze", words, { file, lock: path.basename(open.lock) }),
    });
  }
  return out;
}
