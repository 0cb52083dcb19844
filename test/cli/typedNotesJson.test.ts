import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Cell } from "../../src/engine/cells";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder, userWorkbook } from "./harness";
import { typeInto } from "./typeInto";

// tester45 #11: the JSON result carried none of what the managers typed on the schedule (a team
// feeding it to a CRM lost their statuses). A refresh now writes each row's `typed` and the rows
// kept off the schedule (`keptTyped`); a run that read no schedule tab writes neither.

const scratch = scratchFolder("ca-typed-json-");
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(readFileSync(path.join(__dirname, "../../schema/result.schema.json"), "utf8")),
);

async function schedule(file: string): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  const source = await openXlsx(file);
  await source.readSheet((await source.ownedSheet!("followUps"))!, (b) => void rows.push(...b));
  return rows;
}

function result(file: string) {
  const json = JSON.parse(readFileSync(file, "utf8"));
  expect(validate(json) ? [] : validate.errors).toEqual([]);
  return json;
}

test("a refresh writes what was typed on the schedule into the JSON; a fresh run writes none", async () => {
  const ids = [1, 2, 3, 4, 5, 6].map((i) => `C${i}`);
  await userWorkbook(scratch.path("台账.xlsx"), {
    客户: [
      ["客户编号", "客户名称", "负责人", "电话"],
      ...ids.map((id, k) => [id, `客户${id}`, k % 2 ? "王芳" : "李娜", `1380000000${k}`]),
    ],
    交易: [
      ["客户编号", "日期", "金额"],
      ...ids.flatMap((id, k) => [
        [id, `2025-0${1 + k}-03`, String(1000 * (k + 1))],
        [id, `2025-0${2 + k}-15`, String(500 * (k + 1))],
      ]),
    ],
    // C1's call made on 12-05 (after the November report: read by December's run alone).
    跟进记录: [
      ["客户编号", "日期", "方式", "负责人"],
      ["C1", "2025-12-05", "电话", "李娜"],
    ],
  });
  const first = scratch.path("nov.json");
  const nov = await cli(
    "analyze",
    scratch.path("台账.xlsx"),
    "--as-of",
    "2025-11-30",
    "--json",
    first,
  );
  expect(nov.code).toBe(0);
  const report = scratch.path("台账.analysis.xlsx");
  const fresh = readFileSync(first, "utf8");
  expect(fresh).not.toContain('"typed"');
  expect(fresh).not.toContain('"keptTyped"');
  // Typed: C1's status (its call planned from another date, and a contact recorded since: the
  // call was made, so the status is kept off the schedule), C2's note (carried to its row).
  const rows = await schedule(report);
  const h = rows[0];
  const [id, status, from] = ["客户编号", "状态", "计划依据日期"].map((t) => h.indexOf(t));
  const note = h.findIndex((t) => String(t).startsWith("说明"));
  const c1 = rows.findIndex((r) => r[id] === "C1");
  const c2 = rows.findIndex((r) => r[id] === "C2");
  expect(Math.min(c1, c2)).toBeGreaterThan(0);
  await typeInto(report, "回访计划", [
    { row: c1 + 1, column: status, text: "已约下周二拜访" },
    // Planned from another date: December's call is another follow-up (typedNotes.test.ts
    // typeNotes); with the contact since, not the customer's open call either.
    { row: c1 + 1, column: from, text: "2020-01-01" },
    { row: c2 + 1, column: note, text: "客户换了新手机 13912345678" },
  ]);
  const dec = scratch.path("dec.json");
  expect((await cli("analyze", report, "--as-of", "2025-12-31", "--json", dec, "-q")).code).toBe(0);
  const json = result(dec);
  const typed = [...json.followUps, ...json.unscheduled].filter((r) => r.typed);
  expect(typed.map((r) => [r.customerId, r.typed])).toEqual([
    ["C2", { status: null, talkingPoint: null, note: "客户换了新手机 13912345678" }],
  ]);
  expect(json.keptTyped).toEqual([
    expect.objectContaining({
      customerId: "C1",
      name: "客户C1",
      status: "已约下周二拜访",
      talkingPoint: null,
      note: null,
      why: { code: "follow_up_not_scheduled" },
    }),
  ]);
  // The reason of the follow-up it was typed on, as the kept row's 原回访原因 names it (fixsched48).
  expect(json.keptTyped[0].originalReason).toEqual(expect.any(String));
  expect(json.keptTyped[0].originalReason).not.toBe("");
  // What the tab shows: the same rows.
  const tab = await schedule(report);
  expect(tab.filter((r) => r[status] === "已约下周二拜访").map((r) => r[id])).toEqual(["C1"]);
});
