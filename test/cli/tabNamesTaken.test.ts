import { readFileSync } from "node:fs";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder, userWorkbook } from "./harness";

// tester43 #16: a workbook with sheets of the user's named 概览 and 回访计划 got ours as 概览 (2) and
// 回访计划 (2), said only on the console's per-tab lines, while our Overview's pointers
// ("见“回访计划”") named the user's one-cell sheet. Now a run warning (console, Overview, JSON)
// names both, once, and the pointers name ours (stop 44).

const scratch = scratchFolder("ca-tab-names-taken-");

/** The output beside a workbook of `stem`. */
const out = (stem: string) => scratch.path(`${stem}.analysis.xlsx`);

/** Every cell of a sheet as text (its notes unbroken: breakLines), one line per row. */
async function cellsOf(file: string, sheet: string): Promise<string> {
  const rows: unknown[][] = [];
  await (await openXlsx(file)).readSheet(sheet, (b) => void rows.push(...b));
  return rows.map((r) => r.map((c) => String(c ?? "").replace(/\n/g, "")).join("\t")).join("\n");
}

/** A one-sale workbook of the user's with `extra` sheets of theirs beside its data. */
function bookWith(file: string, extra: Record<string, string[][]>): Promise<string> {
  return userWorkbook(scratch.path(file), {
    客户: [
      ["客户编号", "客户名称"],
      ["C1", "客户1"],
    ],
    交易: [
      ["客户编号", "日期", "金额"],
      ["C1", "2025-01-03", "100"],
    ],
    ...extra,
  });
}

test("sheets of the user's named as our tabs: one warning naming them and the names ours are written as (tester43 #16)", async () => {
  const ids = [1, 2, 3, 4];
  const book = await userWorkbook(scratch.path("我的台账.xlsx"), {
    客户: [["客户编号", "客户名称"], ...ids.map((i) => [`C${i}`, `客户${i}`])],
    交易: [
      ["客户编号", "日期", "金额"],
      ...ids.map((i) => [`C${i}`, `2025-0${i}-03`, String(100 * i)]),
    ],
    概览: [["我的月度概览（手工）"]],
    回访计划: [["我的回访安排"]],
  });
  const json = scratch.path("r.json");
  const run = await cli("analyze", book, "--as-of", "2025-12-31", "--json", json);
  expect(run.code).toBe(0);
  const said =
    "工作簿中已有 2 个您自己的工作表名为“概览”、“回访计划”：本工具的同名表写为“概览 (2)”、“回访计划 (2)”，本工具各表中也以此名指向它们。如要本工具的表用原名，请给您的工作表改名";
  expect(run.out + run.err).toContain(said);
  // Once: not again on the per-tab line after the output's name.
  expect(run.out + run.err).not.toContain("为不覆盖它");
  const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as {
    code: string;
    message: string;
  }[];
  expect(warnings.find((w) => w.code === "tab_names_taken")?.message).toBe(said);
  // Our Overview's pointers send the reader to our schedule, not the user's one-cell sheet
  // (stop 44: "见“回访计划”…" named the plain tab); the warning is on it too.
  const overview = await cellsOf(out("我的台账"), "概览 (2)");
  expect(overview).toContain(
    "见“回访计划 (2)”，按日期 → 负责人 → 优先级（紧急在前）→ 涉及金额排序",
  );
  expect(overview).toContain(said);
  // Only the warning names the user's sheets.
  expect(overview.replace(said, "")).not.toMatch(/“(回访计划|概览)”/);
  // The refresh next month says it again, naming the numbered tab it replaces (reviewer43 D6).
  const again = await cli("analyze", book, "--as-of", "2025-12-31");
  expect(again.code).toBe(0);
  expect(again.out + again.err).toContain(said);
  // A user's 概览 (2) too: ours is 概览 (3), and the warning says so (reviewer43 D5).
  const three = await bookWith("three.xlsx", {
    概览: [["mine"]],
    "概览 (2)": [["mine too"]],
  });
  const threeRun = await cli("analyze", three, "--as-of", "2025-12-31");
  expect(threeRun.out + threeRun.err).toContain(
    "工作簿中已有 1 个您自己的工作表名为“概览”：本工具的同名表写为“概览 (3)”",
  );
  // en, one sheet: its plural forms.
  const en = await bookWith("book-en.xlsx", {
    Overview: [["my own overview"]],
  });
  const enRun = await cli("analyze", en, "--as-of", "2025-12-31", "--lang", "en-US");
  expect(enRun.out + enRun.err).toContain(
    "The workbook already has a sheet of yours named “Overview”: the tab of ours is written as “Overview (2)”, and our tabs point to it by that name. Rename your sheet to give ours its name",
  );
  // A sheet named as none of our tabs says nothing.
  const other = await bookWith("other.xlsx", {
    我的透视: [["x"]],
  });
  const plain = await cli("analyze", other, "--as-of", "2025-12-31");
  expect(plain.code).toBe(0);
  expect(plain.out + plain.err).not.toContain("您自己的工作表名为");
});
