import { readFileSync, renameSync } from "node:fs";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { ZipWriter } from "../../src/workbook/file/zipWriter";
import { cli, scratchFolder, sixCustomerBook } from "./harness";

// Tester54 T8: a column the manager added to the report's 回访计划 (跟进结果, 3 rows typed) was
// dropped by the refresh with a warning after the fact, one added to 流失风险名单 (处理情况) with no
// word at all. The run now refuses, like a sheet the report would lose (exit 2, nothing changed).

const scratch = scratchFolder("ca-added-columns-");
const analyse = (...argv: string[]) => cli("analyze", ...argv, "--quiet");

/** A column letter from its 1-based number. */
function letter(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based number of a column letter. */
function columnNumber(col: string): number {
  let n = 0;
  for (const ch of col) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * Types a column into `sheet` of `file` as Excel keeps it: the header right of row 1's last cell,
 * then `values` in rows 2, 3, … (inline strings; only that sheet's part changes).
 */
async function typeColumn(file: string, sheet: string, header: string, values: string[]) {
  const pkg = await XlsxPackage.open(file);
  const temp = `${file}.tmp`;
  try {
    const part = pkg.sheet(sheet)!.part;
    const zip = await ZipWriter.create(temp);
    for (const name of pkg.zip.names()) {
      let data = await pkg.zip.readBuffer(name);
      if (name === part) {
        let xml = data.toString("utf8");
        const row1 = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml)![1];
        const last = Math.max(
          ...[...row1.matchAll(/<c r="([A-Z]+)1"/g)].map((m) => columnNumber(m[1])),
        );
        const col = letter(last + 1);
        const cell = (r: number, text: string) =>
          `<c r="${col}${r}" t="inlineStr"><is><t>${text}</t></is></c>`;
        [header, ...values].forEach((text, k) => {
          const r = k + 1;
          const row = new RegExp(`(<row r="${r}"[^>]*>[\\s\\S]*?)(</row>)`);
          xml = row.test(xml)
            ? xml.replace(row, `$1${cell(r, text)}$2`)
            : xml.replace("</sheetData>", `<row r="${r}">${cell(r, text)}</row></sheetData>`);
        });
        data = Buffer.from(xml.replace(/<dimension ref="[^"]*"\/>/, ""));
      }
      await zip.addBuffer(name, data);
    }
    await zip.finish();
  } finally {
    pkg.close();
  }
  renameSync(temp, file);
}

test("a report with columns typed beside 回访计划 and 流失风险名单 is not refreshed (exit 2, the file unchanged), in either language", async () => {
  const book = await sixCustomerBook(scratch, "台账.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("台账.analysis.xlsx");
  await typeColumn(report, "回访计划", "跟进结果", ["已下单2万", "老板不在"]);
  await typeColumn(report, "流失风险名单", "处理情况", ["已上门，答应月底补货"]);
  const typed = readFileSync(report);
  const zh = await analyse(report, "--as-of", "2025-12-31");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain("你在本工具的表中添加了列");
  expect(zh.err).toContain(
    "“回访计划”中有 2 行内容的“跟进结果”、“流失风险名单”中有 1 行内容的“处理情况”",
  );
  expect(zh.err).toContain("文件未作任何改动");
  expect(readFileSync(report).equals(typed)).toBe(true);
  const en = await analyse(report, "--as-of", "2025-12-31", "--lang", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain(
    "“跟进结果” on 回访计划 (2 rows with entries), “处理情况” on 流失风险名单 (1 row with entries)",
  );
  expect(en.err).toContain("Nothing was changed");
  expect(readFileSync(report).equals(typed)).toBe(true);
  // The workbook run over the report (-o, the default output) would replace it too: refused.
  const over = await analyse(book, "--as-of", "2025-12-31");
  expect(over.code).toBe(2);
  expect(over.err).toContain("“流失风险名单”中有 1 行内容的“处理情况”");
  expect(readFileSync(report).equals(typed)).toBe(true);
  // Written to another file, the report keeps its columns: run, and each tab's are named.
  const json = scratch.path("新.json");
  const elsewhere = await analyse(
    report,
    "--as-of",
    "2025-12-31",
    "-o",
    scratch.path("新.xlsx"),
    "--json",
    json,
  );
  expect(elsewhere.code).toBe(0);
  // Said even under --quiet, as the schedule's (TYPED_NOT_KEPT_WARNINGS).
  expect(elsewhere.err).toContain("你在流失风险名单中添加了 1 列，有内容的共 1 行：“处理情况”");
  const warnings: { code: string; message: string }[] = JSON.parse(
    readFileSync(json, "utf8"),
  ).warnings;
  expect(warnings.map((w) => w.code)).toEqual(
    expect.arrayContaining(["schedule_columns_not_kept", "at_risk_columns_not_kept"]),
  );
  expect(warnings.find((w) => w.code === "at_risk_columns_not_kept")!.message).toContain(
    "你在流失风险名单中添加了 1 列，有内容的共 1 行：“处理情况”。所加的列没有带入刷新后的流失风险名单",
  );
});

test("an added column with nothing under it is no reason to refuse", async () => {
  const book = await sixCustomerBook(scratch, "空列.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("空列.analysis.xlsx");
  await typeColumn(report, "流失风险名单", "处理情况", []);
  expect((await analyse(report, "--as-of", "2025-12-31")).code).toBe(0);
});

// reviewer55 R2: 已下单2万 and 老板不在 typed in 回访计划 U2/U3 beside the table, under no header, were
// lost on refresh with no word (exit 0). Refused like a headed column, naming the column's cell.
test("notes typed beside 回访计划 under no header are refused like an added column", async () => {
  const book = await sixCustomerBook(scratch, "无标题.xlsx");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("无标题.analysis.xlsx");
  await typeColumn(report, "回访计划", "", ["已下单2万", "老板不在"]);
  const typed = readFileSync(report);
  const zh = await analyse(report, "--as-of", "2025-12-31");
  expect(zh.code).toBe(2);
  expect(zh.err).toMatch(/“回访计划”中有 2 行内容的无标题列 [A-Z]+（第一格 [A-Z]+2）/);
  expect(readFileSync(report).equals(typed)).toBe(true);
  const en = await analyse(report, "--as-of", "2025-12-31", "--lang", "en-US");
  expect(en.err).toMatch(
    /column [A-Z]+ \(no header, first cell [A-Z]+2\) on 回访计划 \(2 rows with entries\)/,
  ); // Written to another file, the run goes on and names the note, even under --quiet (reviewer56
  // R7: exit 0 and no word, the schedule's warning reading headed columns only).
  const elsewhere = await analyse(
    report,
    "--as-of",
    "2025-12-31",
    "-o",
    scratch.path("无标题-新.xlsx"),
  );
  expect(elsewhere.code).toBe(0);
  expect(elsewhere.err).toMatch(
    /你在回访计划中添加了 1 列，有内容的共 2 行：无标题列 [A-Z]+（第一格 [A-Z]+2）。所加的列没有带入刷新后的回访计划/,
  );
});
