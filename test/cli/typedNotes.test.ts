import { readFileSync } from "node:fs";
import { openXlsx } from "../../src/workbook/file";
import type { Cell } from "../../src/engine/cells";
import { cli, scratchFolder, userWorkbook } from "./harness";
import { typeInto } from "./typeInto";

// Tester #8 (stop 44): a manager typed "已约下周二拜访" on the 回访计划 tab, and the next refresh
// (the report refreshed in place, or compared with --previous) overwrote every typed cell
// without a word. Typed statuses, talking points and notes are now carried by customer ID; a
// typed row whose customer is gone is kept at the end of the tab and said.

const scratch = scratchFolder("ca-typed-notes-");

/** Eight customers with phones, two purchases each; `without` leaves customers out. */
async function book(
  name: string,
  without: string[] = [],
  extra: Record<string, string[][]> = {},
): Promise<string> {
  const ids = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `C${i}`).filter((id) => !without.includes(id));
  return userWorkbook(scratch.path(name), {
    客户: [
      ["客户编号", "客户名称", "负责人", "电话"],
      ...ids.map((id, k) => [id, `客户${id}`, k % 2 ? "王芳" : "李娜", `1380000000${k}`]),
    ],
    交易: [
      ["客户编号", "日期", "金额", "产品"],
      ...ids.flatMap((id, k) => [
        [id, `2025-0${1 + k}-03`, String(1000 * (k + 1)), "打印纸"],
        [id, `2025-0${2 + k}-15`, String(500 * (k + 1)), "显示器"],
      ]),
    ],
    ...extra,
  });
}

async function schedule(file: string): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  const source = await openXlsx(file);
  await source.readSheet((await source.ownedSheet!("followUps"))!, (b) => void rows.push(...b));
  return rows;
}

const analyse = (...argv: string[]) => cli("analyze", ...argv, "--quiet");

/** `book(name, …)` analysed as of 2025-11-30: the report's path, `<name>.analysis.xlsx`. */
async function firstReport(
  name: string,
  without: string[] = [],
  extra: Record<string, string[][]> = {},
): Promise<string> {
  await book(name, without, extra);
  expect((await analyse(scratch.path(name), "--as-of", "2025-11-30")).code).toBe(0);
  return scratch.path(name.replace(/\.xlsx$/, ".analysis.xlsx"));
}

/**
 * C1 called on 12-05, after the November report (read by later runs alone): the call its status
 * was typed on is over, so the status is not the customer's open call's (tester51 R1).
 */
const calledC1 = {
  跟进记录: [
    ["客户编号", "日期", "方式", "负责人"],
    ["C1", "2025-12-05", "电话", "李娜"],
  ],
};

/** Types a status on C1's first row and a line under C2's talking point; returns the two rows. */
async function typeNotes(report: string) {
  const rows = await schedule(report);
  const h = rows[0];
  const [id, status, point, from] = ["客户编号", "状态", "沟通要点", "计划依据日期"].map((t) =>
    h.indexOf(t),
  );
  const c1 = rows.findIndex((r) => r[id] === "C1");
  const c2 = rows.findIndex((r) => r[id] === "C2");
  expect(c1).toBeGreaterThan(0);
  expect(c2).toBeGreaterThan(0);
  await typeInto(report, "回访计划", [
    { row: c1 + 1, column: status, text: "已约下周二拜访" },
    // C1's call planned from another date: December's call is another follow-up (an open one of
    // the same reason and planned-from date keeps its status: tester49 M1); with a contact
    // recorded since (calledC1) it is not the customer's open call either, so the status goes off
    // the schedule.
    { row: c1 + 1, column: from, text: "2020-01-01" },
    { row: c2 + 1, column: point, text: `${String(rows[c2][point] ?? "")}\n客户要求先发报价单` },
  ]);
  return { id, status, point };
}

test("a report refreshed in place keeps the status and talking-point line typed on its schedule", async () => {
  const report = await firstReport("台账.xlsx", [], calledC1);
  const { id, status, point } = await typeNotes(report);
  const refresh = await analyse(report, "--as-of", "2025-12-31");
  expect(refresh.code).toBe(0);
  const rows = await schedule(report);
  // C1's call is another one a month later (another due date): the status typed on November's
  // call is kept off the schedule with its due date, not put on December's (reviewer44 D3).
  // Its date cell blank (the printed call sheet), its reason saying it is off (reviewer44 D12).
  const offC1 = (grid: Cell[][]) =>
    grid
      .filter((r) => r[id] === "C1" && r[0] == null && String(r[5]).startsWith("已移出计划"))
      .map((r) => r[status]);
  // C1, called on 12-05 while late, is owed no retention call as of 12-31 (stop 54: listed as
  // contacted since late, 未安排); the typed status is on none of its rows but the kept one.
  expect(
    rows
      .filter((r) => r[id] === "C1" && !String(r[5]).startsWith("已移出计划"))
      .map((r) => r[status]),
  ).toEqual(["未安排"]);
  expect(offC1(rows)).toEqual(["已约下周二拜访"]);
  const c2 = String(rows.find((r) => r[id] === "C2")![point]);
  expect(c2.split("\n").at(-1)).toBe("客户要求先发报价单");
  expect(c2.match(/报价单/g)?.length).toBe(1);
  // Every other status is ours.
  expect(rows.slice(1).filter((r) => r[status] === "已约下周二拜访").length).toBe(1);
  // And once more: the talking-point line, once; the status of November's call, due over 30
  // days before, is no longer kept (they piled up, one more each month) and that is said.
  const jan = await cli("analyze", report, "--as-of", "2026-01-31");
  expect(jan.code).toBe(0);
  expect(jan.out).toContain("1 个你手填的状态所在的回访已不在计划中");
  const third = await schedule(report);
  expect(offC1(third)).toEqual([]);
  expect(String(third.find((r) => r[id] === "C2")![point]).match(/报价单/g)?.length).toBe(1);
});

test("--previous: a typed customer gone from the data is kept at the end of the tab and said", async () => {
  await book("十一月.xlsx");
  const report = scratch.path("十一月.analysis.xlsx");
  expect((await analyse(scratch.path("十一月.xlsx"), "--as-of", "2025-11-30")).code).toBe(0);
  const { id, status, point } = await typeNotes(report);
  // December's workbook no longer has C1.
  await book("十二月.xlsx", ["C1"]);
  const out = scratch.path("十二月.analysis.xlsx");
  const json = scratch.path("十二月.json");
  const run = await cli(
    "analyze",
    scratch.path("十二月.xlsx"),
    "--previous",
    report,
    "--as-of",
    "2025-12-31",
    "--json",
    json,
  );
  expect(run.code).toBe(0);
  expect(run.out).toContain(
    "回访计划中有 1 行你手填的内容（状态、沟通要点、说明）在本次刷新中找不到该客户的回访行",
  );
  const rows = await schedule(out);
  const kept = rows.filter((r) => String(r[5]).startsWith("已移出计划"));
  expect(kept.map((r) => [r[0], r[id], r[status]])).toEqual([[null, "C1", "已约下周二拜访"]]);
  expect(String(rows.find((r) => r[id] === "C2")![point])).toContain("客户要求先发报价单");
  const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as {
    code: string;
    customers?: string[];
  }[];
  expect(warnings.find((w) => w.code === "typed_notes_off_schedule")?.customers).toEqual(["C1"]);
});

test("the kept-rows warning names the schedule sheet written: 回访计划 (2) beside a user's 回访计划 (reviewer44 D6)", async () => {
  await book("一月.xlsx");
  const report = scratch.path("一月.analysis.xlsx");
  expect((await analyse(scratch.path("一月.xlsx"), "--as-of", "2025-11-30")).code).toBe(0);
  await typeNotes(report);
  // December's workbook no longer has C1, and has a sheet of the user's named 回访计划.
  const dec = await book("二月.xlsx", ["C1"], { 回访计划: [["我的计划"]] });
  const run = await cli("analyze", dec, "--previous", report, "--as-of", "2025-12-31");
  expect(run.code).toBe(0);
  const line = run.out.split("\n").find((l) => l.includes("行你手填的内容"));
  expect(line).toContain("回访计划 (2)");
});

test("--share: typed notes (a manager's phone or e-mail) are left out of the shared workbook and said", async () => {
  const report = await firstReport("共享.xlsx");
  const rows = await schedule(report);
  const [id, point] = ["客户编号", "沟通要点"].map((t) => rows[0].indexOf(t));
  const c1 = rows.findIndex((r) => r[id] === "C1");
  await typeInto(report, "回访计划", [
    { row: c1 + 1, column: point, text: "客户新手机 13912345678，邮箱 boss@kehu.cn" },
  ]);
  const json = scratch.path("共享.json");
  const run = await cli("analyze", report, "--as-of", "2025-12-31", "--share", "--json", json);
  expect(run.code).toBe(0);
  const shared = await schedule(scratch.path("共享.share.xlsx"));
  expect(JSON.stringify(shared)).not.toContain("13912345678");
  expect(JSON.stringify(shared)).not.toContain("boss@kehu.cn");
  const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as { code: string }[];
  expect(warnings.map((w) => w.code)).toContain("typed_notes_not_shared");
  expect(run.out).toContain("未带入这份共享工作簿");
});

test("refreshed in place with --previous result.json: what was typed on the report is kept", async () => {
  // Reviewer44 D2: the report's own schedule (the one replaced) was not read when --previous
  // was given: every typed cell was lost and nothing said so.
  await book("在位.xlsx");
  const json = scratch.path("十一月在位.json");
  const first = await analyse(scratch.path("在位.xlsx"), "--as-of", "2025-11-30", "--json", json);
  expect(first.code).toBe(0);
  const report = scratch.path("在位.analysis.xlsx");
  const { id, status, point } = await typeNotes(report);
  const refresh = await analyse(report, "--as-of", "2025-12-31", "--previous", json);
  expect(refresh.code).toBe(0);
  const rows = await schedule(report);
  expect(
    String(rows.find((r) => r[id] === "C2")![point])
      .split("\n")
      .at(-1),
  ).toBe("客户要求先发报价单");
  expect(rows.filter((r) => r[id] === "C1").map((r) => r[status])).toContain("已约下周二拜访");
});

test("past the worklist cap (limits.worklistRows): rows holding what was typed stay on the tab, refresh after refresh", async () => {
  // Reviewer44 D13: with a cap, the kept rows (after every other row) and a carried note on a row
  // past the cap went to the CSV beside the workbook only, and the next refresh, which reads the
  // tab, lost them; the warning said they were kept on the tab.
  const ids = Array.from({ length: 40 }, (_, k) => `K${k + 1}`);
  await userWorkbook(scratch.path("上限.xlsx"), {
    客户: [
      ["客户编号", "客户名称", "负责人", "电话"],
      ...ids.map((id, k) => [id, `客户${id}`, k % 2 ? "王芳" : "李娜", `1390000${1000 + k}`]),
    ],
    交易: [
      ["客户编号", "日期", "金额", "产品"],
      ...ids.flatMap((id, k) => [
        [id, `2025-0${1 + (k % 8)}-0${1 + (k % 9)}`, String(100 * (k + 1)), "打印纸"],
        [
          id,
          `2025-${String(3 + (k % 7)).padStart(2, "0")}-2${k % 9}`,
          String(50 * (k + 1)),
          "显示器",
        ],
      ]),
    ],
    // Each called on 12-05 (see calledC1): the status's call is over.
    跟进记录: [
      ["客户编号", "日期", "方式", "负责人"],
      ...ids.map((id, k) => [id, "2025-12-05", "电话", k % 2 ? "王芳" : "李娜"]),
    ],
  });
  const rules = scratch.write("上限.rules.json", JSON.stringify({ limits: { worklistRows: 10 } }));
  const run = (asOf: string) =>
    cli("analyze", report, "--as-of", asOf, "--rules", rules, "--json", json, "--quiet");
  const report = scratch.path("上限.analysis.xlsx");
  const json = scratch.path("上限.json");
  expect(
    (await analyse(scratch.path("上限.xlsx"), "--as-of", "2025-11-30", "--rules", rules)).code,
  ).toBe(0);
  const rows = await schedule(report);
  expect(rows.length).toBe(12); // the header, 10 rows, the summary row
  const [id, status, note, from] = ["客户编号", "状态", "说明", "计划依据日期"].map((t) =>
    rows[0].findIndex((h) => String(h).startsWith(t)),
  );
  // A note on 8 of the rows shown, and a status on the first: 9 typed rows, a cap of 10.
  const typed = rows.slice(1, 9).map((r, k) => ({ id: String(r[id]), text: `手填备注${k}` }));
  await typeInto(report, "回访计划", [
    ...typed.map((t, k) => ({ row: k + 2, column: note, text: t.text })),
    { row: 2, column: status, text: "已约下周二拜访" },
    // Its call planned from another date: December's is another follow-up (see typeNotes).
    { row: 2, column: from, text: "2020-01-01" },
  ]);
  const onTab = async () => {
    const grid = await schedule(report);
    return {
      notes: typed.filter((t) => grid.some((r) => String(r[note] ?? "").includes(t.text))).length,
      status: grid.filter((r) => r[status] === "已约下周二拜访").length,
      rows: grid.length,
    };
  };
  // In January the status of November's call (due over 30 days before) is dropped and said.
  for (const [asOf, kept, code] of [
    ["2025-12-31", 1, "typed_notes_off_schedule"],
    ["2026-01-31", 0, "typed_statuses_dropped"],
  ] as const) {
    const refresh = await run(asOf);
    expect(refresh.code).toBe(0);
    expect(await onTab()).toEqual({ notes: 8, status: kept, rows: 12 });
    const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as { code: string }[];
    expect(warnings.map((w) => w.code)).toContain(code);
    expect(warnings.map((w) => w.code)).not.toContain("typed_notes_past_cap");
  }
});

// Tester45 #1: a reassigned 负责人 was put back without a word. Through the workbook as Excel
// holds it (the date cells as dates, the owner as text): a refresh untouched says nothing, one
// whose owner was changed on a row says so, naming the customer.
test("a reassigned owner on the schedule is said by the refresh, an untouched refresh says nothing", async () => {
  const report = await firstReport("改负责人.xlsx");
  const untouched = await cli("analyze", report, "--as-of", "2025-12-15");
  expect(untouched.code).toBe(0);
  expect(untouched.out).not.toContain("是你改过的");
  const rows = await schedule(report);
  const [id, owner] = ["客户编号", "负责人"].map((t) => rows[0].indexOf(t));
  const c3 = rows.findIndex((r) => r[id] === "C3");
  expect(c3).toBeGreaterThan(0);
  const other = rows[c3][owner] === "王芳" ? "李娜" : "王芳";
  await typeInto(report, "回访计划", [{ row: c3 + 1, column: owner, text: other }]);
  const refresh = await cli("analyze", report, "--as-of", "2025-12-31");
  expect(refresh.code).toBe(0);
  expect(refresh.out).toContain("1 行的负责人或回访日期是你改过的（C3 客户C3）");
});

// Tester47 M1: the writer broke a long typed line where it wraps ("最近购买：笔记本电脑（客户说
// 已转给同事）" came back as "最近购买：笔记本电脑" / "（客户说已转给同事）", read as our line and a
// remark). A typed line is written as typed, its cell wrapping it; refresh after refresh.
test("a long typed line comes back as typed, one line, not broken where it wraps", async () => {
  const report = await firstReport("长行.xlsx");
  const rows = await schedule(report);
  const [id, point] = ["客户编号", "沟通要点"].map((t) => rows[0].indexOf(t));
  const note = rows[0].findIndex((h) => String(h).startsWith("说明"));
  const c2 = rows.findIndex((r) => r[id] === "C2");
  const ours = String(rows[c2][point]).split("\n");
  expect(ours[0]).toMatch(/^最近购买：/);
  const edited = `${ours[0]}（客户说已转给同事，下次请直接联系采购部的张经理，别再打这个号码）`;
  const typedNote = "打了三次电话都没有人接，客户助理说张经理下周二之后才回办公室，到时再约";
  await typeInto(report, "回访计划", [
    { row: c2 + 1, column: point, text: [edited, ...ours.slice(1)].join("\n") },
    { row: c2 + 1, column: note, text: typedNote },
  ]);
  for (const asOf of ["2025-12-31", "2026-01-31"]) {
    expect((await analyse(report, "--as-of", asOf)).code).toBe(0);
    const after = await schedule(report);
    const lines = (k: number) =>
      after.filter((r) => r[id] === "C2").flatMap((r) => String(r[k] ?? "").split("\n"));
    expect(lines(point)).toContain(edited);
    expect(lines(note)).toContain(typedNote);
  }
});

// Tester46 L3: --quiet hid the warning that typed statuses were dropped, so a cron'd monthly
// refresh dropped them without a word on the console. Quiet still says what was typed and not
// kept, on stderr; nothing else.
test("--quiet: a typed status dropped is still said, on stderr; an untouched run says nothing", async () => {
  await book("静默.xlsx", [], calledC1);
  const first = await analyse(scratch.path("静默.xlsx"), "--as-of", "2025-11-30");
  expect([first.code, first.out, first.err]).toEqual([0, "", ""]);
  const report = scratch.path("静默.analysis.xlsx");
  await typeNotes(report);
  const dec = await analyse(report, "--as-of", "2025-12-31");
  // Kept off the schedule (shown once): not lost, so quiet.
  expect([dec.code, dec.out, dec.err]).toEqual([0, "", ""]);
  const jan = await analyse(report, "--as-of", "2026-01-31");
  expect([jan.code, jan.out]).toEqual([0, ""]);
  expect(jan.err).toMatch(/^警告：回访计划中有 1 个你手填的状态所在的回访已不在计划中/);
  expect(jan.err).toContain("C1 客户C1：已约下周二拜访");
  expect(jan.err.trim().split("\n")).toHaveLength(1);
});

// tester48 M1: 已联系 typed as C1's status; the refresh planned C1 again from its last recorded
// contact with no word. It now says the status is no contact record and where to record one.
test("a status saying the call was made (已联系) is said on refresh, with where contacts are recorded", async () => {
  const report = await firstReport("已联系.xlsx");
  const rows = await schedule(report);
  const [id, status] = ["客户编号", "状态"].map((t) => rows[0].indexOf(t));
  const c1 = rows.findIndex((r) => r[id] === "C1");
  await typeInto(report, "回访计划", [{ row: c1 + 1, column: status, text: "已联系" }]);
  const json = scratch.path("已联系.json");
  const refresh = await cli("analyze", report, "--as-of", "2025-12-31", "--json", json);
  expect(refresh.code).toBe(0);
  expect(refresh.out).toContain("1 个手填的状态写着已经联系：C1 客户C1：已联系。");
  expect(refresh.out).toContain("请在“跟进记录”表为每次联系加一行");
  const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as {
    code: string;
    customers: string[];
  }[];
  expect(warnings.find((w) => w.code === "typed_status_says_done")?.customers).toEqual(["C1"]);
});

/**
 * A first report (as of 11-30) with 已联系 typed on C1's and C2's rows, and C1's call of 12-10
 * recorded on the Contacts sheet (its third row, C8's second contact before) after it.
 */
async function doneTypedThenContacted(name: string): Promise<string> {
  const contacts = [
    ["客户编号", "联系日期"],
    ["C8", "2025-01-05"],
    ["C8", "2025-01-06"],
  ];
  const report = await firstReport(name, [], { 跟进记录: contacts });
  const rows = await schedule(report);
  const [id, status] = ["客户编号", "状态"].map((t) => rows[0].indexOf(t));
  const c1 = rows.findIndex((r) => r[id] === "C1");
  const c2 = rows.findIndex((r) => r[id] === "C2");
  await typeInto(report, "回访计划", [
    { row: c1 + 1, column: status, text: "已联系" },
    { row: c2 + 1, column: status, text: "已联系" },
  ]);
  await typeInto(report, "跟进记录", [
    { row: 3, column: 0, text: "C1" },
    { row: 3, column: 1, text: "2025-12-10" },
  ]);
  return report;
}

// reviewer48 H1: the warning told the user to record a contact that was recorded (C1's contact of
// 12-10 on 跟进记录, typed after the 11-30 run): a customer contacted since is not named.
test("a status saying done is not said when the customer's contact is recorded since the earlier run", async () => {
  const report = await doneTypedThenContacted("已记录.xlsx");
  const json = scratch.path("已记录.json");
  const refresh = await cli("analyze", report, "--as-of", "2025-12-31", "--json", json);
  expect(refresh.code).toBe(0);
  const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as {
    code: string;
    customers: string[];
  }[];
  expect(warnings.find((w) => w.code === "typed_status_says_done")?.customers).toEqual(["C2"]);
});

// tester50 M1: a refresh repeated at the same date named C1's 已联系 (typed on the 11-30 tab, its
// contact of 12-10 recorded): the second refresh judged it by the 12-31 run's date, whose tab
// carried it. The date the status was typed on is recorded with the tab, so every refresh after
// says what the first one said.
test("a status saying done keeps the date it was typed on: a refresh repeated says what the first said", async () => {
  const report = await doneTypedThenContacted("再刷新.xlsx");
  const json = scratch.path("再刷新.json");
  const named = async (asOf: string) => {
    expect((await cli("analyze", report, "--as-of", asOf, "--json", json)).code).toBe(0);
    const warnings = JSON.parse(readFileSync(json, "utf8")).warnings as {
      code: string;
      customers: string[];
    }[];
    return warnings.find((w) => w.code === "typed_status_says_done")?.customers;
  };
  expect(await named("2025-12-31")).toEqual(["C2"]);
  expect(await named("2025-12-31")).toEqual(["C2"]);
  expect(await named("2025-12-31")).toEqual(["C2"]);
});
