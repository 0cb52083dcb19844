import { convertWithLibreOffice, hasOpenpyxl, hasSoffice, runPython } from "./otherReaders";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import type { Cell } from "../../../src/engine/cells";
import { layoutTable } from "../../../src/engine/report/serviceText";
import type { ChartSpec } from "../../../src/engine/report/table";
import {
  chartXml,
  CHART_TOP_OFFSET,
  CHART_TYPES,
  sheetDrawing,
} from "../../../src/workbook/file/chartParts";
import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";

/**
 * Native charts in the file adapter's workbook (issue 11): the Overview's ChartSpecs become
 * DrawingML chart parts; the package opens in openpyxl and LibreOffice (both installed by .ci/run).
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ca-charts-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A layout tab with four blocks, like the Overview: one chart of each type. */
function overviewLike() {
  const rows: Cell[][] = [["概览"]];
  const charts: ChartSpec[] = [];
  const block = (title: string, type: ChartSpec["type"], header: Cell[], items: Cell[][]) => {
    rows.push([]);
    const top = rows.length;
    rows.push(header, ...items);
    charts.push({ title, type, row: top, column: 0, rowCount: items.length + 1, columnCount: 2 });
  };
  block(
    "各价值层级收入占比",
    "pie",
    ["价值层级", "收入占比（%）"],
    [
      ["高价值", 80.2],
      ["中价值", 15.1],
      ["低价值", 4.7],
    ],
  );
  block(
    "各 RFM 分类客户数",
    "bar",
    ["RFM 分类", "客户数"],
    [
      ["冠军客户", 327],
      ["忠诚客户", 332],
      ["已流失 & <其他>", 570],
    ],
  );
  block(
    "各流失风险等级客户数",
    "column",
    ["流失风险", "客户数"],
    [
      ["高风险", 372],
      ["中风险", 372],
      ["低风险", 1136],
    ],
  );
  block(
    "各季度 NPS",
    "line",
    ["季度", "NPS"],
    [
      ["2025-Q1", -18.6],
      ["2025-Q2", 9.6],
      ["2025-Q3", null],
      ["2025-Q4", 8.8],
    ],
  );
  return layoutTable("overview", "概览", rows, charts, [24, 16]);
}

test("chartXml: each type with its series, categories and cached values", () => {
  const t = overviewLike();
  const xml = (k: number) => {
    const s = t.charts![k];
    return chartXml(s, t.rows(s.row, s.row + s.rowCount), "概览");
  };
  expect(xml(0)).toContain("<c:pieChart>");
  expect(xml(0)).toContain('<c:showPercent val="1"/>');
  expect(xml(0)).not.toContain("<c:catAx>"); // a pie has no axes
  expect(xml(1)).toContain('<c:barDir val="bar"/>');
  expect(xml(2)).toContain('<c:barDir val="col"/>');
  expect(xml(3)).toContain("<c:lineChart>");
  // Rows are 1-based in references: the pie's header is layout row 2 → sheet row 3.
  expect(xml(0)).toContain("<c:f>'概览'!$A$4:$A$6</c:f>");
  expect(xml(0)).toContain("<c:f>'概览'!$B$4:$B$6</c:f>");
  expect(xml(0)).toContain("<c:f>'概览'!$B$3</c:f>");
  expect(xml(0)).toContain('<c:pt idx="0"><c:v>80.2</c:v></c:pt>');
  // Text is escaped; a blank value is left out of the cache (a gap, not a zero).
  expect(xml(1)).toContain("已流失 &amp; &lt;其他&gt;");
  expect(xml(3)).toContain('<c:ptCount val="4"/>');
  expect(xml(3)).toContain(
    '<c:pt idx="1"><c:v>9.6</c:v></c:pt><c:pt idx="3"><c:v>8.8</c:v></c:pt></c:numCache>',
  );
});

test("sheetDrawing: one drawing, one chart part per spec, relationships relative to each part", () => {
  const names = new Map<string, number>();
  const free = (d: string, stem: string) => {
    const n = (names.get(d) ?? 0) + 1;
    names.set(d, n);
    return `${d}/${stem}${n}.xml`;
  };
  const d = sheetDrawing(overviewLike(), "概览", "xl/worksheets/sheet2.xml", free)!;
  expect(d.parts.map((p) => [p.name, p.contentType])).toEqual([
    ["xl/charts/chart1.xml", CHART_TYPES.chart],
    ["xl/charts/chart2.xml", CHART_TYPES.chart],
    ["xl/charts/chart3.xml", CHART_TYPES.chart],
    ["xl/charts/chart4.xml", CHART_TYPES.chart],
    ["xl/drawings/drawing1.xml", CHART_TYPES.drawing],
    ["xl/drawings/_rels/drawing1.xml.rels", undefined],
  ]);
  expect(d.rel.target).toBe("../drawings/drawing1.xml");
  expect(d.parts[5].xml).toContain('Target="../charts/chart4.xml"');
  // Beside the data (2 columns wide → from column C, index 2 + 1), 16 rows apart, like the add-in.
  expect(d.parts[4].xml).toContain("<xdr:from><xdr:col>3</xdr:col>");
  expect(d.parts[4].xml).toContain("<xdr:row>48</xdr:row>");
  expect(sheetDrawing(layoutTable("overview", "概览", [["x"]]), "概览", "x", free)).toBeNull();
});

// A chart starting at a page break (chartTops) printed its top border at the foot of the page
// before in LibreOffice: a stray line under the Overview's first page (paper15).
test("sheetDrawing: each chart starts a little below its row's top, and ends at its last row's", () => {
  const d = sheetDrawing(
    overviewLike(),
    "概览",
    "xl/worksheets/sheet2.xml",
    (dir, stem) => `${dir}/${stem}1.xml`,
  )!;
  const xml = d.parts.find((p) => p.name.startsWith("xl/drawings/drawing"))!.xml;
  const from = [...xml.matchAll(/<xdr:from>.*?<xdr:rowOff>(\d+)<\/xdr:rowOff><\/xdr:from>/g)];
  const to = [...xml.matchAll(/<xdr:to>.*?<xdr:rowOff>(\d+)<\/xdr:rowOff><\/xdr:to>/g)];
  expect(from.length).toBe(4);
  for (const m of from) expect(Number(m[1])).toBe(CHART_TOP_OFFSET);
  expect(CHART_TOP_OFFSET).toBeGreaterThan(0);
  for (const m of to) expect(Number(m[1])).toBe(0);
});

describe("a written workbook with charts", () => {
  let file: string;
  beforeAll(async () => {
    file = join(dir, "charts.xlsx");
    await new XlsxReportWriter(file, { lang: "zh-CN" }).writeTables([overviewLike()]);
  });

  test("the package lists the parts: content types, the sheet's drawing relationship", async () => {
    const pkg = await XlsxPackage.open(file);
    try {
      const types = await pkg.zip.readText("[Content_Types].xml");
      expect(types).toContain(
        `PartName="/xl/drawings/drawing1.xml" ContentType="${CHART_TYPES.drawing}"`,
      );
      for (let k = 1; k <= 4; k++)
        expect(types).toContain(
          `PartName="/xl/charts/chart${k}.xml" ContentType="${CHART_TYPES.chart}"`,
        );
      const sheet = pkg.sheets[0].part;
      const xml = await pkg.zip.readText(sheet);
      expect(xml).toMatch(
        /<pageSetup[^>]*\/><headerFooter>.*<\/headerFooter><drawing r:id="rId1"\/><\/worksheet>$/,
      );
      const rels = await pkg.zip.readText(
        sheet.replace("worksheets/", "worksheets/_rels/") + ".rels",
      );
      expect(rels).toContain('Target="../drawings/drawing1.xml"');
    } finally {
      pkg.close();
    }
  });

  (hasOpenpyxl ? test : test.skip)("openpyxl loads it and finds the four charts", () => {
    const script =
      "import sys, openpyxl\n" +
      "ws = openpyxl.load_workbook(sys.argv[1])['概览']\n" +
      "for c in ws._charts: print(type(c).__name__, getattr(c, 'type', '-'), c.anchor._from.col, c.anchor._from.row)\n";
    const r = runPython(script, file);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual([
      "PieChart - 3 0",
      "BarChart bar 3 16",
      "BarChart col 3 32",
      "LineChart - 3 48",
    ]);
  });

  (hasSoffice ? test : test.skip)(
    "LibreOffice opens it and prints the charts (their titles are in the PDF)",
    () => {
      const r = convertWithLibreOffice(file, dir, "pdf");
      expect(r.status).toBe(0);
      const pdf = join(dir, "charts.pdf");
      expect(existsSync(pdf)).toBe(true);
      const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
      if (text.status === 0) {
        for (const title of ["各价值层级收入占比", "各流失风险等级客户数", "各季度 NPS"])
          expect(text.stdout.replace(/\s+/g, " ")).toContain(title);
      }
    },
    300_000,
  );
});

test("chartXml: a fixed value axis where the automatic one misleads (NPS −100…100, rates as %)", () => {
  const t = overviewLike();
  const s = t.charts![3];
  const block = t.rows(s.row, s.row + s.rowCount);
  const auto = chartXml(s, block, "概览");
  expect(auto).toContain('<c:scaling><c:orientation val="minMax"/></c:scaling>');
  const nps = chartXml({ ...s, valueAxis: { min: -100, max: 100 } }, block, "概览");
  // CT_Scaling's order: orientation, max, min.
  expect(nps).toContain(
    '<c:valAx><c:axId val="200"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="-100"/></c:scaling>',
  );
  expect(nps).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/>');
  const rates = chartXml({ ...s, valueAxis: { format: "percent" } }, block, "概览");
  expect(rates).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
});
