import { posix } from "node:path";
import { runInputXml, type RunInput } from "./runInput";
import { sayBoth } from "../../engine/words/catalog";
import { InputError } from "../../engine/errors";
import type { ReportTable } from "../../engine/report/table";
import {
  leftoverParts,
  ownedKey,
  ownedNameKind,
  ownedTabName,
  ownedTabRef,
  partOf,
} from "../ownedTabs";
import type { TableSink, WrittenTab } from "../port";
import { renamedBecause } from "../renamedBecause";
import { fileError } from "./fileErrors";
import { ownedSheetParts, type OwnedSheet } from "./ownedSheets";
import {
  editAppXml,
  editContentTypes,
  editRels,
  editWorkbook,
  freeRelIds,
  placeSheets,
  REL_TYPES,
  TYPES,
} from "./packageXml";
import { userSheetSelected } from "./openOn";
import { sheetDrawing } from "./chartParts";
import { checkOutputs, sameFile } from "./paths";
import {
  reportSheetXml,
  soleColumnXf,
  tableHeaders,
  tablePartXml,
  type BesideAside,
  type RowsAside,
  type SheetResult,
} from "./reportSheet";
import { freeSheetName, sheetNameKey, validSheetName } from "../../engine/sheetNames";
import { SharedStringTable } from "./sharedStrings";
import { NEW_STYLES_XML, StyleBook } from "./styleBook";
import { relsPartOf, resolvePart } from "./workbookXml";
import { fromWriting, writeViaTemp } from "./tempFiles";
import { collectRelated, earlierRows } from "./earlierTab";
import { sheetTableName } from "./tablePart";
import { XlsxPackage } from "./xlsxPackage";
import { escapeXml } from "./xmlText";
import {
  breakJobs,
  FIT_ASIDE_MIN_ROWS,
  fitJob,
  fitsAside,
  fittedFrom,
  tabSample,
  type FitAnswer,
  type FitAside,
  type FittedAhead,
} from "./fitAside";
import { COMPRESSION_LEVEL, ZipWriter } from "./zipWriter";

export { headerWidth } from "./reportSheet";
export { COMPRESSION_LEVEL };

/**
 * Writes report tables to an .xlsx: the input package plus our parts. Every part of the user's
 * workbook (sheets, tables, pivot tables and caches, drawings, charts, comments, custom XML, VBA of
 * an .xlsm written to an .xlsm) is copied byte for byte, as stored; the styles part gets our cell
 * formats appended after the user's (indices unchanged; shared strings are not touched: our text is
 * written as inline strings; a package we write whole shares its repeated labels); only workbook.xml, its relationships, [Content_Types].xml and
 * docProps/app.xml are rewritten, and calcChain.xml is dropped so Excel rebuilds it, with a full
 * recalculation on open. Our earlier tabs (marked by CA_TAB_<tab> names, see ownedTabs.ts) are
 * replaced in place: same sheet name, position, sheet id, part and table name, so the user's
 * formulas, names and pivots pointing at them stay valid; the run log's earlier rows are kept.
 *
 * The file is written to a temp file beside the target and renamed over it at the end; the input
 * is only read. Without copyFrom (CSV input), or with ourTabsOnly, the workbook holds our tabs only.
 *
 * @example
 * const writer = new XlsxReportWriter("out.xlsx", { copyFrom: "in.xlsx", lang: "zh-CN" });
 * const written = await writer.writeTables(tables, (tab, rows) => console.log(tab, rows));
 */
export class XlsxReportWriter implements TableSink {
  private readonly blockRows: number;

  constructor(
    readonly outPath: string,
    private readonly options: XlsxWriterOptions,
  ) {
    this.blockRows = Math.max(1, Math.floor(options.blockRows ?? 10_000));
    if (!options.replacesInput) assertNotInput(outPath, options.copyFrom);
  }

  async writeTables(
    tables: ReportTable[],
    onProgress?: (tab: string, rowsDone: number) => void,
  ): Promise<WrittenTab[]> {
    const { copyFrom, replacesInput } = this.options;
    if (!replacesInput) assertNotInput(this.outPath, copyFrom);
    checkOutputs([this.outPath], []);
    const input = copyFrom ? await XlsxPackage.open(copyFrom) : null;
    try {
      // The temp file's creation or a write to it failing (a folder that takes no new files, a
      // full disk) is said by writeViaTemp, naming the output as given (tempFiles.ts writeFailure).
      return await writeViaTemp(this.outPath, async (temp) => {
        const zip = await ZipWriter.create(temp);
        try {
          const written = await this.write(zip, input, tables, onProgress);
          await zip.finish();
          // Read in full: closed before the file is renamed over it (replacesInput).
          input?.close();
          return written;
        } catch (error) {
          await zip.abort();
          // A write's error is the output's (writeViaTemp), not a fault of the input read beside it.
          throw copyFrom && !fromWriting(temp, error) ? fileError(copyFrom, error) : error;
        }
      });
    } finally {
      input?.close();
    }
  }

  private async write(
    zip: ZipWriter,
    input: XlsxPackage | null,
    thisRun: ReportTable[],
    onProgress?: (tab: string, rowsDone: number) => void,
  ): Promise<WrittenTab[]> {
    const { lang } = this.options;
    const markOwned = this.options.markOwned !== false;
    const ownedParts = input ? ownedSheetParts(input) : new Map<string, OwnedSheet>();
    const owned = new Map([...ownedParts].map(([sheet, key]) => [sheet, key.tab]));
    // The package we add to: the user's, or none (CSV input, or "our tabs only").
    const base = input && !this.options.ourTabsOnly ? input : null;
    // Numbered parts of a tab that an earlier run needed and this one does not are emptied.
    const tables = base ? [...thisRun, ...leftoverParts(thisRun, ownedParts.values())] : thisRun;
    if (base && base.zip.has("xl/vbaProject.bin") && !/\.xlsm$/i.test(this.outPath)) {
      throw InputError.of(sayBoth("file", "macros", { out: this.outPath }));
    }
    const workbookPart = base?.workbookPart ?? "xl/workbook.xml";
    const workbookDir = posix.dirname(workbookPart);
    const workbookRelsPart = relsPartOf(workbookPart);
    const sheetEntries = base?.info.sheets ?? [];
    const parts = new Set(base ? base.zip.names() : []);
    const workbookRels = base ? await base.zip.readText(workbookRelsPart).catch(() => null) : null;
    const nextRel = freeRelIds(workbookRels);

    // Where each tab goes: in place of our earlier one, or appended.
    const ownedByTab = new Map<string, string>();
    if (base)
      for (const [sheet, key] of ownedParts) ownedByTab.set(ownedKey(key.tab, key.part), sheet);
    const users = new Set(
      (base?.sheets ?? []).filter((s) => !owned.has(s.name)).map((s) => sheetNameKey(s.name)),
    );
    const taken = new Set(sheetEntries.map((s) => sheetNameKey(s.name)));
    let maxSheetId = sheetEntries.reduce((m, s) => Math.max(m, s.sheetId), 0);
    const counters = new Map<string, number>();
    const freePart = (dir: string, stem: string): string => {
      for (;;) {
        const n = (counters.get(dir) ?? 0) + 1;
        counters.set(dir, n);
        const name = `${dir}/${stem}${n}.xml`;
        if (!parts.has(name)) {
          parts.add(name);
          return name;
        }
      }
    };
    interface Plan {
      table: ReportTable;
      sheetName: string;
      part: string;
      index: number;
      isNew: boolean;
      sheetId: number;
      relId: string;
      renamed: { renamedBecause?: string };
      /** A replaced tab's table name: kept (a name the user gave it is in their formulas). */
      tableName?: string;
      /** A new tab: placed after the existing sheet of this index (undefined: at the end). */
      after?: number;
    }
    const plans: Plan[] = [];
    const replaced = new Set<string>();
    for (const table of tables) {
      const old = ownedByTab.get(ownedKey(table.tab, partOf(table)));
      const sheet = old ? base!.sheet(old) : undefined;
      if (sheet && !replaced.has(sheet.part)) {
        replaced.add(sheet.part);
        plans.push({
          table,
          sheetName: sheet.name,
          part: sheet.part,
          index: sheetEntries.findIndex((s) => s.name === sheet.name),
          isNew: false,
          sheetId: sheet.sheetId,
          relId: sheet.relId,
          renamed: {},
          // Read before its parts are dropped; said by the run warning table_name_kept.
          tableName: (await sheetTableName(base!, sheet.part)) ?? undefined,
        });
        continue;
      }
      const wanted = validSheetName(table.sheetName);
      const sheetName = freeSheetName(wanted, taken);
      taken.add(sheetNameKey(sheetName));
      const renamed =
        sheetName === wanted
          ? {}
          : {
              renamedBecause: renamedBecause(
                wanted,
                sheetName,
                !users.has(sheetNameKey(wanted)),
                lang,
              ),
            };
      plans.push({
        table,
        sheetName,
        part: freePart(`${workbookDir}/worksheets`, "sheet"),
        index: -1,
        isNew: true,
        sheetId: ++maxSheetId,
        relId: nextRel(),
        renamed,
      });
    }
    // A new tab goes right after the tab before it in this run's order when that one is already in
    // the workbook (the Changes tab of a first refresh after the Overview, not after the run log);
    // else at the end. Indices are then those after placing (the Print_Titles names count them).
    let previousOld: number | undefined;
    const added: Plan[] = [];
    for (const plan of plans) {
      if (plan.isNew) {
        plan.after = previousOld;
        added.push(plan);
      } else previousOld = plan.index;
    }
    const oldIndices = new Set(plans.filter((p) => !p.isNew).map((p) => p.index));
    const placed = placeSheets(sheetEntries.length, added);
    for (const plan of plans) if (!plan.isNew) plan.index = placed.existing[plan.index];
    added.forEach((plan, k) => (plan.index = placed.added[k]));

    // The tab the report opens on: the Overview, unless the user's own active sheet is marked
    // selected (openOn.ts: opening elsewhere would group the two in Excel).
    const overview = plans.find((p) => p.table.tab === "overview" && !p.table.hidden);
    const openOn =
      overview && !(base && (await userSheetSelected(base, oldIndices))) ? overview : undefined;

    // Parts that go: the calculation chain, and everything our replaced tabs pointed to.
    const dropped = new Set<string>();
    for (const name of parts) if (/(^|\/)calcChain\.xml$/i.test(name)) dropped.add(name);
    if (base) {
      for (const part of replaced) await collectRelated(base, part, dropped);
    }

    // Table names and ids in use by the user's tables.
    const tableNames = new Set<string>();
    let maxTableId = 0;
    if (base) {
      for (const name of parts) {
        if (!/^xl\/tables\/[^/]+\.xml$/i.test(name) || dropped.has(name) || !base.zip.has(name))
          continue;
        const head = (await base.zip.readText(name)).slice(0, 2000);
        const id = /\bid="(\d+)"/.exec(head);
        const tn = /\bname="([^"]*)"/.exec(head);
        if (id) maxTableId = Math.max(maxTableId, Number(id[1]));
        if (tn) tableNames.add(tn[1].toLowerCase());
      }
    }

    // 1. The user's parts, byte for byte (each checked against its CRC first).
    const rewritten = new Set<string>([
      workbookPart,
      workbookRelsPart,
      "[Content_Types].xml",
      "docProps/app.xml",
      ...(base?.stylesPart ? [base.stylesPart] : []),
      ...replaced,
    ]);
    if (base) {
      for (const name of base.zip.names()) {
        if (rewritten.has(name) || dropped.has(name)) continue;
        await base.zip.verify(name);
        await zip.addRaw(name, base.zip.part(name)!, await base.zip.openRaw(name));
      }
    }

    // 2. Our tabs.
    const styles = new StyleBook(
      base?.stylesPart ? await base.zip.readText(base.stylesPart) : NEW_STYLES_XML,
    );
    const date1904 = base?.date1904 ?? false;
    // A report package we write whole gets shared strings for the repeated labels
    // (sharedStrings.ts); the generated samples (input data, markOwned false) stay inline.
    const shared = base || !markOwned ? undefined : new SharedStringTable();
    const written: WrittenTab[] = [];
    const contentTypes: Array<{ part: string; type: string }> = [];
    const names: string[] = [];
    // Each big table tab after a big tab has its sample taken a tab ahead and its widths fitted on
    // another thread while the tab before it is written (fitAside.ts), where the run gives one
    // (options.fitAside). After a small tab (the segments tab after the Overview) the widths would
    // not be back in time: fitted where it is written, as before.
    const fittedAhead = new Map<ReportTable, FittedAhead>();
    const fitAhead = (next: Plan | undefined): void => {
      const fit = this.options.fitAside;
      if (!fit || !next || fittedAhead.has(next.table) || !fitsAside(next.table)) return;
      const sample = tabSample(next.table);
      // Its breakLines columns' texts at hand go too, broken there at the widths (paragraphsAhead.ts).
      const breaks = breakJobs(next.table);
      let answer: () => FitAnswer | null = () => null;
      try {
        answer = fit(fitJob(next.table, sample, tableHeaders(next.table), breaks));
      } catch {
        // not sent (a value that cannot be copied): fitted where it is written
      }
      fittedAhead.set(next.table, fittedFrom(sample, answer, breaks));
    };
    // A hidden tab's rows that hold one column's text alone (the run state's packed cells) are
    // written and deflated on another thread (options.rowsAside) while the tabs before it are
    // written here: asked as soon as the format of that column is in the styles (soleColumnXf: a
    // tab before has used it), so that asking adds no format out of turn.
    const rowsAhead = new Map<ReportTable, ReturnType<RowsAside>>();
    const askAhead = (from: number): void => {
      const aside = this.options.rowsAside;
      if (!aside) return;
      for (let q = from + 1; q < plans.length; q++) {
        const later = plans[q].table;
        if (!later.soleColumn || rowsAhead.has(later)) continue;
        const xf = soleColumnXf(later, tableHeaders(later), markOwned, styles);
        if (xf === undefined) continue;
        try {
          rowsAhead.set(later, aside({ column: later.soleColumn.column, xf, lang }));
        } catch {
          rowsAhead.set(later, () => null); // not sent: written here
        }
      }
    };
    // Its rows before those, with the column beside (the state's schedule hashes: soleColumn
    // .beside), made there too: asked with the rows ahead (the thread then waits for them), sent
    // what that column's cells are made of once the tab they record is written.
    const besides = new Map<ReportTable, ReturnType<BesideAside>>();
    const askBeside = (from: number): void => {
      const aside = this.options.besideAside;
      if (!aside) return;
      for (let q = from + 1; q < plans.length; q++) {
        const later = plans[q].table;
        const sole = later.soleColumn;
        if (!sole?.beside || besides.has(later)) continue;
        const headers = tableHeaders(later);
        const xf = soleColumnXf(later, headers, markOwned, styles);
        const besideXf = soleColumnXf(later, headers, markOwned, styles, sole.beside.column);
        if (xf === undefined || besideXf === undefined) continue;
        try {
          const job = {
            column: sole.column,
            xf,
            beside: { column: sole.beside.column, xf: besideXf },
          };
          besides.set(later, aside({ ...job, lang }));
        } catch {
          besides.set(later, { give: () => undefined, get: () => null }); // written here
        }
      }
    };
    const giveBeside = (written: ReportTable): void => {
      for (const [later, ask] of besides) {
        const beside = later.soleColumn?.beside;
        if (beside?.after !== written.tab) continue;
        try {
          ask.give(beside.take());
        } catch {
          // not sent: made where the tab is written
        }
      }
    };
    for (let p = 0; p < plans.length; p++) {
      const plan = plans[p];
      const { table } = plan;
      askAhead(p);
      askBeside(p);
      // Waited for while the other thread makes them (not made twice).
      const ahead = (await rowsAhead.get(table)?.()) ?? undefined;
      const besideAhead = (await besides.get(table)?.get()) ?? undefined;
      if (table.rowCount >= FIT_ASIDE_MIN_ROWS) fitAhead(plans[p + 1]);
      const earlier =
        table.mode === "append" && input ? await earlierRows(input, owned, table.tab) : [];
      const isTable = table.style === "table";
      const headers = isTable ? tableHeaders(table) : [];
      const result: SheetResult = { rows: 0, cutCells: 0, rowsLeftOut: 0, ref: "A1" };
      const tableRelId = isTable && table.columns.length > 0 ? "rId1" : undefined;
      // Native charts (chartParts.ts): a drawing beside the data, as the add-in places them.
      const drawing = sheetDrawing(table, plan.sheetName, plan.part, freePart);
      const drawingRelId = drawing ? (tableRelId ? "rId2" : "rId1") : undefined;
      await zip.addPieces(
        plan.part,
        reportSheetXml(
          {
            table,
            earlier,
            styles,
            date1904,
            lang,
            protect: markOwned,
            selected: plan === openOn,
            tableRelId,
            drawingRelId,
            headers,
            blockRows: this.blockRows,
            shared,
            pieceBuffer: () => zip.pieceBuffer(),
            onProgress,
            fitted: fittedAhead.get(table),
            ahead,
            besideAhead,
          },
          result,
        ),
        undefined,
        (ahead?.runs.length ?? 0) + (besideAhead?.rows.runs.length ?? 0) > 0,
      );
      giveBeside(table);
      if (plan.isNew) contentTypes.push({ part: plan.part, type: TYPES.worksheet });
      const sheetRels: Array<{ id: string; type: string; target: string }> = [];
      if (drawing && drawingRelId) {
        for (const p of drawing.parts) {
          await zip.addBuffer(p.name, p.xml);
          if (p.contentType) contentTypes.push({ part: p.name, type: p.contentType });
        }
        sheetRels.push({ id: drawingRelId, ...drawing.rel });
      }
      if (tableRelId) {
        // A replaced tab keeps its table's name (CA_segments, or the one the user gave it: issue
        // 11, their formulas use it); its old part is dropped, so the name is free.
        let tableName =
          plan.tableName && !tableNames.has(plan.tableName.toLowerCase())
            ? plan.tableName
            : `CA_${table.tab}`;
        for (let n = 2; tableNames.has(tableName.toLowerCase()); n++)
          tableName = `CA_${table.tab}_${n}`;
        tableNames.add(tableName.toLowerCase());
        const tablePart = freePart("xl/tables", "table");
        await zip.addBuffer(tablePart, tablePartXml(++maxTableId, tableName, result.ref, headers));
        const target = posix.relative(posix.dirname(plan.part), tablePart);
        sheetRels.push({ id: tableRelId, type: REL_TYPES.table, target });
        contentTypes.push({ part: tablePart, type: TYPES.table });
        // Print the header row on every page (and the key columns, on a tab printed pages wide).
        const q = quoteSheet(plan.sheetName);
        const titles = result.printColumns
          ? `${q}!${result.printColumns},${q}!$1:$1`
          : `${q}!$1:$1`;
        names.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${plan.index}">${escapeXml(titles)}</definedName>`,
        );
      } else if (result.printTitleRows || result.printColumns) {
        // A layout's heading row on each page (the Changes tab's list: ReportTable.printTitleRow),
        // and its columns on the page beside (ReportTable.sideBySide.titleColumns).
        const q = quoteSheet(plan.sheetName);
        const titles = [result.printColumns, result.printTitleRows]
          .filter((t) => t !== undefined)
          .map((t) => `${q}!${t}`)
          .join(",");
        names.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${plan.index}">${escapeXml(titles)}</definedName>`,
        );
      }
      // A layout's list under an autoFilter (ReportTable.listRow): the range Excel names so.
      if (result.filterRef)
        names.push(
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${plan.index}" hidden="1">${escapeXml(`${quoteSheet(plan.sheetName)}!${result.filterRef}`)}</definedName>`,
        );
      // Only the columns that print (the schedule's call sheet: ReportTable.printColumns), or the
      // rows (the Changes tab's matrices: ReportTable.printRows).
      if (result.printArea)
        names.push(
          `<definedName name="_xlnm.Print_Area" localSheetId="${plan.index}">${escapeXml(`${quoteSheet(plan.sheetName)}!${result.printArea}`)}</definedName>`,
        );
      if (sheetRels.length > 0)
        await zip.addBuffer(
          relsPartOf(plan.part),
          editRels(null, () => false, sheetRels),
        );
      if (markOwned) {
        names.push(
          // Hidden, referring to the header row (ownedTabs.ts: how both adapters recognise our tabs).
          `<definedName name="${ownedTabName(table.tab, partOf(table))}" hidden="1">${escapeXml(ownedTabRef(plan.sheetName, table.style === "table" ? table.columns.length : 1))}</definedName>`,
        );
      }
      written.push({
        tab: table.tab,
        sheetName: plan.sheetName,
        rows: result.rows,
        ...plan.renamed,
        ...(result.cutCells ? { cutCells: result.cutCells } : {}),
        ...(result.rowsLeftOut ? { rowsLeftOut: result.rowsLeftOut } : {}),
      });
    }

    if (markOwned && this.options.runInput) names.push(runInputXml(this.options.runInput));

    // 3. The parts that list the others.
    const stylesPart = base?.stylesPart ?? "xl/styles.xml";
    await zip.addBuffer(stylesPart, styles.toXml());
    const workbookXml =
      base?.workbookXml ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView/></bookViews><sheets></sheets></workbook>';
    await zip.addBuffer(
      workbookPart,
      editWorkbook(workbookXml, {
        append: plans
          .filter((p) => p.isNew)
          .map((p) => ({
            name: p.sheetName,
            sheetId: p.sheetId,
            relId: p.relId,
            hidden: p.table.hidden,
            after: p.after,
          })),
        // Our tabs' markers and the run-input record are written anew (ownedTabs.ts
        // ownedNameKind); a name of ours this version does not know is kept, as the add-in keeps it.
        drop: (name, local) =>
          (local === undefined && ["tab", "runInput"].includes(ownedNameKind(name) ?? "")) ||
          (local !== undefined &&
            oldIndices.has(local) &&
            /^_xlnm\.(Print_Titles|Print_Area|_FilterDatabase)$/i.test(name)),
        names,
        ...(openOn ? { activeTab: openOn.index } : {}),
      }),
    );
    const relAdds = plans
      .filter((p) => p.isNew)
      .map((p) => ({
        id: p.relId,
        type: REL_TYPES.worksheet,
        target: posix.relative(workbookDir, p.part),
      }));
    if (shared && shared.size > 0) {
      const part = `${workbookDir}/sharedStrings.xml`;
      await zip.addBuffer(part, shared.toXml());
      relAdds.push({
        id: nextRel(),
        type: REL_TYPES.sharedStrings,
        target: posix.relative(workbookDir, part),
      });
      contentTypes.push({ part, type: TYPES.sharedStrings });
    }
    if (!base?.stylesPart) {
      relAdds.push({
        id: nextRel(),
        type: REL_TYPES.styles,
        target: posix.relative(workbookDir, stylesPart),
      });
      contentTypes.push({ part: stylesPart, type: TYPES.styles });
    }
    await zip.addBuffer(
      workbookRelsPart,
      editRels(
        workbookRels,
        (type, target) =>
          type.endsWith("/calcChain") || dropped.has(resolvePart(workbookDir, target)),
        relAdds,
      ),
    );
    // The worksheets in tab order (after placing).
    const allSheets = [
      ...(base?.sheets ?? []).map((s) => ({
        name: s.name,
        at: placed.existing[sheetEntries.findIndex((e) => e.name === s.name)] ?? Infinity,
      })),
      ...added.map((p) => ({ name: p.sheetName, at: p.index })),
    ]
      .sort((a, b) => a.at - b.at)
      .map((s) => s.name);
    const app =
      base && base.zip.has("docProps/app.xml") ? await base.zip.readText("docProps/app.xml") : null;
    await zip.addBuffer("docProps/app.xml", editAppXml(app, allSheets));
    if (!base) {
      contentTypes.push({ part: workbookPart, type: TYPES.workbook });
      contentTypes.push({ part: "docProps/app.xml", type: TYPES.app });
      await zip.addBuffer(
        "_rels/.rels",
        editRels(null, () => false, [
          { id: "rId1", type: REL_TYPES.officeDocument, target: workbookPart },
          { id: "rId2", type: REL_TYPES.app, target: "docProps/app.xml" },
        ]),
      );
    } else if (!base.zip.has("docProps/app.xml")) {
      contentTypes.push({ part: "docProps/app.xml", type: TYPES.app });
      // The root relationships were copied as they are: without an app part they do not point at
      // ours, which is harmless (Excel reads app.xml only through that relationship).
    }
    const types = base ? await base.zip.readText("[Content_Types].xml") : null;
    await zip.addBuffer(
      "[Content_Types].xml",
      editContentTypes(types, (part) => dropped.has(part), contentTypes),
    );
    return written;
  }
}

export interface XlsxWriterOptions {
  /** An input .xlsx whose parts are all kept, byte for byte, with our tabs added or replaced. */
  copyFrom?: string;
  /**
   * Our tabs only (the run log's earlier rows still come from copyFrom): a workbook to share
   * without the user's data. Default false.
   */
  ourTabsOnly?: boolean;
  /** The language of messages (WrittenTab.renamedBecause) and of the cut-text marker. */
  lang: "zh-CN" | "en-US";
  /** Rows pulled from a ReportTable at a time (default 10,000). */
  blockRows?: number;
  /**
   * Mark each written tab as the add-in's own (a CA_TAB_<tab> defined name), so the next run
   * replaces it, and protect it against accidental edits. Default true; false for workbooks that
   * are input data (the generated samples).
   */
  markOwned?: boolean;
  /** How the run was made (its inputs), recorded on the output when it is marked (runInput.ts). */
  runInput?: RunInput;
  /**
   * The output is `copyFrom` itself, a report of ours refreshed in place (the CLI's
   * refreshesInPlace): written beside it and renamed over it once whole. Without it an output
   * that is the input is refused (outputIsInputWorkbook).
   */
  replacesInput?: boolean;
  /**
   * Fits a big tab's columns on another thread (fitAside.ts): each such tab's sample is taken while
   * the tab before it is written, and its widths come back meanwhile. Absent: fitted as written.
   */
  fitAside?: FitAside;
  /**
   * Writes a hidden tab's sole-column rows (the run state's packed cells) on another thread while
   * the tabs before it are written here (reportSheet.ts RowsAside). Absent: written as the tab is.
   */
  rowsAside?: RowsAside;
  /**
   * Writes a hidden tab's rows with its sole column and the one beside it (the run state's
   * schedule hashes: ReportTable.soleColumn.beside) on another thread, with that column's cells.
   */
  besideAside?: BesideAside;
}

/** Throws InputError when the output is the input file itself (by resolved real path or inode). */
function assertNotInput(outPath: string, copyFrom: string | undefined): void {
  if (!copyFrom) return;
  if (sameFile(outPath, copyFrom)) {
    throw InputError.of(sayBoth("file", "outputIsInputWorkbook", { out: outPath }));
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
