import type { Dataset } from "./model";
import { QUALITY_CODES, qualityMessage, type Finding } from "./quality";
import { SHEETS, type SheetKind } from "./schema";

/** The optional inputs: a header with no rows under it leaves their analysis empty. */
const OPTIONAL: readonly SheetKind[] = ["surveys", "complaints", "contacts", "subscriptions"];

/**
 * A `no_data_rows` finding for each optional input read with a header and no rows: the run would
 * otherwise be silent while the complaint or satisfaction analysis comes out empty (stop 21 tester
 * B4; an input with nothing in it at all already gets `empty_sheet` from ingest).
 *
 * @example emptyOptionalSheets(dataset, source)[0]?.code // "no_data_rows"
 */
export function emptyOptionalSheets(
  dataset: Dataset,
  source: { fileOf?(sheet: string): string | undefined; sheetsAreFiles?: boolean },
): Finding[] {
  const out: Finding[] = [];
  for (const kind of OPTIONAL) {
    const counts = dataset.counts[kind];
    const sheet = dataset.sources[kind]?.sheetName;
    if (!counts || sheet === undefined || counts.read > 0) continue;
    const file = source.fileOf?.(sheet);
    out.push({
      ...(file ? { file } : {}),
      ...(source.sheetsAreFiles ? { sheetIsFile: true } : {}),
      sheet,
      kind,
      row: 0,
      column: "",
      code: "no_data_rows",
      severity: QUALITY_CODES.no_data_rows,
      value: "",
      message: qualityMessage("no_data_rows", {
        sheet: SHEETS[kind].label["zh-CN"],
        sheetEn: SHEETS[kind].label["en-US"],
      }),
    });
  }
  return out;
}
