// What the command line says about its inputs as files, beside the analysis: an input an office
// program has open, an input read from a hidden sheet (tester63 L findings). Run warnings: the
// console, the run log and the JSON say them.
import type { RunWarning } from "../engine/followUp/warnings";
import { SHEET_KINDS, SHEETS } from "../engine/schema";
import type { Dataset } from "../engine/model";
import { say, sayBoth } from "../engine/words/catalog";
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

/**
 * An input_sheet_hidden warning per input sheet read that is hidden in the workbook (`hidden`: the
 * names of its hidden and very hidden sheets), each naming its input.
 *
 * @example hiddenInputSheets(dataset, new Set(["交易"])) // [{ code: "input_sheet_hidden", … "工作表“交易”在 Excel 中是隐藏的，仍作为“交易”表读取…" }]
 */
export function hiddenInputSheets(dataset: Dataset, hidden: ReadonlySet<string>): RunWarning[] {
  const out: RunWarning[] = [];
  if (hidden.size === 0) return out;
  for (const kind of SHEET_KINDS) {
    const source = dataset.sources[kind];
    if (!source || source.sheetIsFile) continue;
    for (const sheet of source.parts ?? [source.sheetName])
      if (hidden.has(sheet))
        out.push({
          code: "input_sheet_hidden",
          message: {
            "zh-CN": say("zh-CN", "analyze", "inputSheetHidden", {
              sheet,
              input: SHEETS[kind].label["zh-CN"],
            }),
            "en-US": say("en-US", "analyze", "inputSheetHidden", {
              sheet,
              input: SHEETS[kind].label["en-US"],
            }),
          },
        });
  }
  return out;
}
