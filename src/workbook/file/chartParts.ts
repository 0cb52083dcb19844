import { posix } from "node:path";
import type { Cell } from "../../engine/cells";
import type { ChartSpec, ReportTable } from "../../engine/report/table";
import { columnLetters } from "../../engine/a1";
import { toExcelSerial } from "../../engine/parse/date";
import { escapeXml } from "./xmlText";
// Size and place of a chart, as the add-in sets them: 8 columns wide, 15 rows high, 16 apart,
// never across one of the tab's page breaks (chartTops).
import { CHART_COLUMNS, CHART_ROWS, chartTops } from "../../engine/report/layoutPages";

/**
 * Native charts for the file adapter (issue 11): the same ChartSpecs the add-in draws with
 * Office.js (office/charts.ts), written as DrawingML parts — one drawing per sheet
 * (xl/drawings/drawingN.xml, anchored beside the data like the add-in's), one chart part per spec
 * (xl/charts/chartN.xml). Each series points at its cells by formula and carries a cache of their
 * values, so a reader that does not recalculate (a viewer, LibreOffice's import) draws the same
 * picture. Written by hand: no maintained npm library writes chart parts into a package we build
 * ourselves (exceljs cannot write charts at all).
 *
 * Series are read as Excel's "Auto" reads a block (what the add-in asks for): the first row holds
 * the series names, the first column the categories, each further column one series.
 */

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Content types and relationship types of the parts (ECMA-376 Part 1, §15.2.3, §14.2.1, §12.3.2). */
export const CHART_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
export const CHART_REL_TYPES = {
  drawing: `${NS_R}/drawing`,
  chart: `${NS_R}/chart`,
};

/** Our charts are named like the add-in's (office/charts.ts CHART_NAME_PREFIX). */
const CHART_NAME_PREFIX = "CA chart ";
/** Office's default series colours (theme accents 1–6, then darker shades). */
const PALETTE = [
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "264478",
  "9E480E",
  "636363",
  "997300",
  "255E91",
  "43682B",
];

/** A part to add to the package; rels parts have no content type of their own. */
export interface NewPart {
  name: string;
  xml: string;
  contentType?: string;
}

/** What a sheet with charts needs: the parts, and the relationship from the sheet to its drawing. */
export interface SheetDrawing {
  parts: NewPart[];
  /** Target relative to the sheet part's folder. */
  rel: { type: string; target: string };
}

/**
 * The drawing and chart parts of a table's charts, or null when it has none to draw. `freePart`
 * names a new part in a folder (the writer's: it knows which names the package already uses).
 *
 * @example
 * const d = sheetDrawing(overview, "概览", "xl/worksheets/sheet3.xml", freePart);
 * d?.parts.map((p) => p.name) // ["xl/charts/chart1.xml", …, "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]
 */
export function sheetDrawing(
  table: ReportTable,
  sheetName: string,
  sheetPart: string,
  freePart: (dir: string, stem: string) => string,
): SheetDrawing | null {
  const specs = (table.charts ?? []).filter((s) => s.rowCount >= 1 && s.columnCount >= 1);
  if (specs.length === 0) return null;
  const parts: NewPart[] = [];
  const anchors: string[] = [];
  const rels: string[] = [];
  const dataWidth = table.columns.length;
  // Header row of a "table" tab: data row r is sheet row r + 1 (0-based); layout rows start at 0.
  const rowOffset = table.style === "table" ? 1 : 0;
  const drawingPart = freePart("xl/drawings", "drawing");
  const tops = chartTops(specs.length, table.pageBreaks);
  specs.forEach((spec, i) => {
    const chartPart = freePart("xl/charts", "chart");
    const block = table.rows(spec.row, spec.row + spec.rowCount);
    parts.push({
      name: chartPart,
      xml: chartXml(spec, block, sheetName, rowOffset),
      contentType: CHART_TYPES.chart,
    });
    const relId = `rId${i + 1}`;
    rels.push(
      `<Relationship Id="${relId}" Type="${CHART_REL_TYPES.chart}" Target="${escapeXml(posix.relative(posix.dirname(drawingPart), chartPart))}"/>`,
    );
    anchors.push(anchorXml(i, relId, spec.title, dataWidth + 1, tops[i]));
  });
  parts.push({
    name: drawingPart,
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`,
    contentType: CHART_TYPES.drawing,
  });
  parts.push({
    name: posix.join(posix.dirname(drawingPart), "_rels", `${posix.basename(drawingPart)}.rels`),
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  });
  return {
    parts,
    rel: {
      type: CHART_REL_TYPES.drawing,
      target: posix.relative(posix.dirname(sheetPart), drawingPart),
    },
  };
}

/**
 * EMU a chart starts below its row's top (3 pt): a chart starting at a page break (chartTops)
 * printed its top border at the foot of the page before in LibreOffice, a stray line under the
 * Overview's first page (paper15, both languages).
 */
export const CHART_TOP_OFFSET = 38_100;

/** A chart anchored to cells (moves and sizes with them), from column `col`, row `row` (0-based). */
function anchorXml(i: number, relId: string, title: string, col: number, row: number): string {
  const at = (tag: string, c: number, r: number, off: number) =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>${off}</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>${at("from", col, row, CHART_TOP_OFFSET)}${at("to", col + CHART_COLUMNS, row + CHART_ROWS, 0)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${CHART_NAME_PREFIX}${i + 1}" descr="${escapeXml(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** An absolute reference to cells of the sheet, e.g. '概览'!$B$6:$B$9. */
function ref(sheet: string, col: number, row0: number, row1: number): string {
  const c = `$${columnLetters(col)}$`;
  return `${quoteSheet(sheet)}!${c}${row0 + 1}${row1 > row0 ? `:${c}${row1 + 1}` : ""}`;
}

const text = (v: Cell): string =>
  v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
const num = (v: Cell): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : typeof v === "boolean" ? Number(v) : null;

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values
    .map((v, k) => `<c:pt idx="${k}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;
}

const DATE_FORMAT = "yyyy-mm-dd";

function numCache(values: (number | null)[], format = "General"): string {
  return `<c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, k) => (v === null ? "" : `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`))
    .join("")}</c:numCache>`;
}

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

/** The chart part of one spec over its block of cells (`block[0]` is the header row). */
export function chartXml(
  spec: ChartSpec,
  block: Cell[][],
  sheetName: string,
  rowOffset = 0,
): string {
  const top = spec.row + rowOffset;
  const first = top + 1;
  const last = top + spec.rowCount - 1;
  const cell = (r: number, k: number): Cell => block[r]?.[spec.column + k];
  const points = spec.rowCount - 1;
  const categories = Array.from({ length: points }, (_, r) => text(cell(r + 1, 0)));
  const catRef = escapeXml(ref(sheetName, spec.column, first, last));
  // Dates (epoch days in the cells) as dates: a number cache with a date format (1900 serials).
  const catXml = spec.dateCategories
    ? `<c:cat><c:numRef><c:f>${catRef}</c:f>${numCache(
        Array.from({ length: points }, (_, r) => {
          const v = num(cell(r + 1, 0));
          return v === null ? null : toExcelSerial(v); // the cache only: Excel reads the cells
        }),
        DATE_FORMAT,
      )}</c:numRef></c:cat>`
    : `<c:cat><c:strRef><c:f>${catRef}</c:f>${strCache(categories)}</c:strRef></c:cat>`;
  const valueColumns = spec.columnCount > 1 ? spec.columnCount - 1 : 1;
  const firstValue = spec.columnCount > 1 ? 1 : 0;
  const pie = spec.type === "pie";
  const series: string[] = [];
  // A pie shows one series (the first), as Excel does.
  for (let s = 0; s < (pie ? 1 : valueColumns); s++) {
    const k = firstValue + s;
    const col = spec.column + k;
    const name = text(cell(0, k));
    const values = Array.from({ length: points }, (_, r) => num(cell(r + 1, k)));
    const colour = PALETTE[s % PALETTE.length];
    const look =
      spec.type === "line"
        ? `<c:spPr><a:ln w="28575" cap="rnd">${solid(colour)}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solid(colour)}</c:spPr></c:marker>`
        : pie
          ? ""
          : `<c:spPr>${solid(colour)}</c:spPr><c:invertIfNegative val="0"/>`;
    const slices = pie
      ? values
          .map(
            (_, p) =>
              `<c:dPt><c:idx val="${p}"/><c:bubble3D val="0"/><c:spPr>${solid(PALETTE[p % PALETTE.length])}<a:ln w="12700">${solid("FFFFFF")}</a:ln></c:spPr></c:dPt>`,
          )
          .join("")
      : "";
    const labels = pie
      ? `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="bestFit"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>`
      : "";
    series.push(
      `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(ref(sheetName, col, top, top))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
        look +
        slices +
        labels +
        (spec.columnCount > 1 ? catXml : "") +
        `<c:val><c:numRef><c:f>${escapeXml(ref(sheetName, col, first, last))}</c:f>${numCache(values)}</c:numRef></c:val>` +
        (spec.type === "line" ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`,
    );
  }
  const axes = [100, 200];
  const axisIds = axes.map((a) => `<c:axId val="${a}"/>`).join("");
  let plot: string;
  if (pie) {
    plot = `<c:pieChart><c:varyColors val="1"/>${series.join("")}<c:firstSliceAng val="0"/></c:pieChart>`;
  } else if (spec.type === "line") {
    plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  } else {
    const dir = spec.type === "bar" ? "bar" : "col";
    plot = `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join("")}<c:gapWidth val="80"/>${axisIds}</c:barChart>`;
  }
  const horizontal = spec.type === "bar";
  // A fixed range where the automatic one misleads (ChartSpec.valueAxis: NPS −100…100).
  const axis = spec.valueAxis;
  const scale =
    (axis?.max !== undefined ? `<c:max val="${axis.max}"/>` : "") +
    (axis?.min !== undefined ? `<c:min val="${axis.min}"/>` : "");
  const valueFormat = axis?.format === "percent" ? "0%" : "#,##0";
  const grey = `<c:spPr><a:ln w="9525">${solid("D9D9D9")}</a:ln></c:spPr>`;
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${solid("595959")}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  const axesXml = pie
    ? ""
    : `<c:catAx><c:axId val="${axes[0]}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>${spec.dateCategories ? `<c:numFmt formatCode="${DATE_FORMAT}" sourceLinked="0"/>` : '<c:numFmt formatCode="General" sourceLinked="1"/>'}<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${grey}${axisText}<c:crossAx val="${axes[1]}"/><c:crosses val="autoZero"/><c:auto val="${spec.dateCategories ? 0 : 1}"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="${axes[1]}"/><c:scaling><c:orientation val="minMax"/>${scale}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines>${grey}</c:majorGridlines><c:numFmt formatCode="${valueFormat}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${axisText}<c:crossAx val="${axes[0]}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  // A legend only where it names something the axis does not: pie slices, or several series.
  const legend =
    pie || valueColumns > 1
      ? `<c:legend><c:legendPos val="${pie ? "r" : "b"}"/><c:overlay val="0"/>${axisText}</c:legend>`
      : "";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1">${solid("404040")}</a:rPr><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axesXml}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid("FFFFFF")}<a:ln w="9525">${solid("D9D9D9")}</a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
