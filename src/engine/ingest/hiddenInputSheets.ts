// An input read from a sheet hidden in Excel: often old or draft rows (tester63 L findings). A run
// warning, said by the command line (console, run log, JSON) and the add-in's pane alike.
import type { RunWarning } from "../followUp/warnings";
import { SHEET_KINDS, SHEETS } from "../schema";
import type { Dataset } from "../model";
import { say } from "../words/catalog";

/**
 * An input_sheet_hidden warning per input sheet read that is hidden in the workbook (`hidden`: the
 * names of its hidden and very hidden sheets), each naming its input. The command line and the add-in
 * say it alike (GridSource.hiddenSheets; tester63 L, fix64e: a hidden 交易 read with no note).
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
