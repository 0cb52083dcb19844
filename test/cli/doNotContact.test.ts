import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Cell } from "../../src/engine/cells";
import { isoDate, parseIsoDate } from "../../src/engine/parse/date";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder, userWorkbook } from "./harness";

// tester59 U80, a pet-food shop with subscription boxes: two members 已退订. One left for a
// competitor (at risk: the shop should call); one's dog died and she wrote 别再发推销 in 备注. A third
// said 不要再联系 on a call. The schedule planned retention calls for all three. The report now
// calls the competitor-leaver only; the other two are listed once, not scheduled, with where
// they said so, on the schedule, the at-risk list, the JSON and the Overview.

const scratch = scratchFolder("ca-do-not-contact-");
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(readFileSync(path.join(__dirname, "../../schema/result.schema.json"), "utf8")),
);

/** Monthly boxes up to `last`, twelve of them. */
const boxes = (id: string, last: string): string[][] =>
  Array.from({ length: 12 }, (_, i) => [id, isoDate(parseIsoDate(last) - (11 - i) * 30), "199"]);

/** A cell as one line: the writer breaks long texts into lines where they wrap. */
const oneLine = (cell: Cell): string => String(cell).replace(/\n/g, "");

async function tab(file: string, key: "followUps" | "atRisk" | "overview"): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  const source = await openXlsx(file);
  await source.readSheet((await source.ownedSheet!(key))!, (b) => void rows.push(...b));
  return rows;
}

test("the pet shop: the competitor-leaver is called; who wrote 别再发推销 or said 不要再联系 is not", async () => {
  const book = await userWorkbook(scratch.path("宠物店会员.xlsx"), {
    客户: [
      ["客户编号", "会员名称", "负责人", "电话", "状态", "备注"],
      ["M01", "张女士", "小王", "13800000001", "已退订", "换了别家的猫粮"],
      ["M02", "李女士", "小王", "13800000002", "已退订", "狗狗去世了，别再发推销"],
      ["M03", "陈先生", "小王", "13800000003", "正常", ""],
      ["M04", "赵先生", "小王", "13800000004", "正常", ""],
    ],
    订单: [
      ["客户编号", "日期", "金额"],
      ...boxes("M01", "2026-08-20"),
      ...boxes("M02", "2026-08-20"),
      ...boxes("M03", "2026-08-20"),
      ...boxes("M04", "2026-11-20"),
    ],
    联系记录: [
      ["客户编号", "日期", "方式", "内容"],
      ["M03", "2026-09-10", "电话", "客户说不要再联系"],
    ],
  });
  const out = scratch.path("报告.xlsx");
  const json = scratch.path("报告.json");
  const run = await cli("analyze", book, "--as-of", "2026-11-30", "-o", out, "--json", json, "-q");
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  const r = JSON.parse(readFileSync(json, "utf8")) as {
    followUps: { customerId: string; reason: { code: string } }[];
    unscheduled: {
      customerId: string;
      reason: { code: string };
      unscheduledReason: { code: string; text?: string; source?: Record<string, unknown> };
    }[];
    warnings: { code: string }[];
  };
  // The new fields are the schema's.
  expect(validate(r) ? [] : validate.errors).toEqual([]);
  // The competitor-leaver gets the retention call.
  expect(r.followUps.filter((x) => x.customerId === "M01").map((x) => x.reason.code)).toContain(
    "win_back",
  );
  // The other two: no contact, one row each, with where they said so.
  for (const id of ["M02", "M03"])
    expect(r.followUps.filter((x) => x.customerId === id)).toEqual([]);
  const listed = (id: string) => r.unscheduled.filter((x) => x.customerId === id);
  expect(listed("M02").map((x) => x.unscheduledReason)).toEqual([
    {
      code: "do_not_contact",
      text: "客户要求勿联系（“客户”表第 3 行备注列：“狗狗去世了，别再发推销”）",
      source: {
        input: "customers",
        field: "note",
        sheet: "客户",
        row: 3,
        column: "备注",
        text: "狗狗去世了，别再发推销",
        phrase: "别再发推销",
      },
    },
  ]);
  expect(listed("M03").map((x) => x.unscheduledReason.text)).toEqual([
    "客户要求勿联系（“联系记录”表第 2 行内容列：“客户说不要再联系”）",
  ]);
  expect(r.warnings.map((w) => w.code)).toContain("do_not_contact");
  // The customers carry the flag too, as the schedule and the at-risk tab do (stop 61).
  const customers = r as unknown as { customers: { columns: string[]; data: unknown[][] } };
  const flag = customers.customers.columns.indexOf("doNotContact");
  expect(customers.customers.data.map((row) => [row[0], row[flag]])).toEqual([
    ["M01", false],
    ["M02", true],
    ["M03", true],
    ["M04", false],
  ]);

  // The schedule tab: the row's note says where; its call-sheet text says not to call.
  const schedule = await tab(out, "followUps");
  const m02 = schedule.find((row) => row[2] === "M02")!;
  expect(m02[0]).toBeNull();
  expect(oneLine(m02[6])).toContain("客户要求勿联系：请勿致电");
  expect(oneLine(m02[13])).toBe(
    "客户要求勿联系（“客户”表第 3 行备注列：“狗狗去世了，别再发推销”）",
  );
  // The at-risk list keeps them (the churn figures stand) and says it in the row.
  const atRisk = await tab(out, "atRisk");
  const m03 = atRisk.find((row) => row[0] === "M03")!;
  expect(oneLine(m03[12])).toBe(
    "挽留联系（有流失迹象）未安排：客户要求勿联系（“联系记录”表第 2 行内容列：“客户说不要再联系”）",
  );
  // The Overview's 注意 counts them.
  const overview = (await tab(out, "overview")).map((row) => row.join(" "));
  expect(overview.some((line) => line.includes("2 位客户要求勿联系"))).toBe(true);
});

test("from CSV files the refusal names the file, not a 'Customers表' (reviewer60 R3)", async () => {
  const customers = scratch.write(
    "customers.csv",
    "客户编号,姓名,备注\nA,甲,客户要求不要再联系\nB,乙,\n",
  );
  const sales = scratch.write(
    "t.csv",
    ["客户编号,日期,金额", ...boxes("A", "2026-08-20"), ...boxes("B", "2026-11-20")]
      .map((row) => (typeof row === "string" ? row : row.join(",")))
      .join("\n"),
  );
  const said = async (lang: string) => {
    const json = scratch.path(`csv-${lang}.json`);
    const run = await cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      sales,
      "--as-of",
      "2026-11-30",
      "-o",
      scratch.path(`csv-${lang}.xlsx`),
      "--json",
      json,
      "--lang",
      lang,
      "-q",
    );
    expect(run.code).toBe(0);
    const r = JSON.parse(readFileSync(json, "utf8"));
    expect(validate(r) ? [] : validate.errors).toEqual([]);
    return r.unscheduled.find((x: { customerId: string }) => x.customerId === "A")
      .unscheduledReason;
  };
  expect(await said("zh-CN")).toMatchObject({
    text: "客户要求勿联系（文件“customers.csv”第 2 行备注列：“客户要求不要再联系”）",
    // The JSON names the sheet as its sources do: a CSV's kind in the run's language.
    source: { input: "customers", sheet: "客户", row: 2 },
  });
  expect(await said("en-US")).toMatchObject({
    text: "Asked not to be contacted (the file “customers.csv”, row 2, 备注: “客户要求不要再联系”)",
    source: { sheet: "Customers" },
  });
});
