import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { misspeltColumnWarnings } from "../../../src/engine/followUp/warnings";
import { CONTACT_CHANNELS } from "../../../src/engine/model";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);

/** 30 customers with an owner column headed `ownerHeader` (and a phone column headed `phone`). */
function book(ownerHeader: string, phone = "电话", count = 30, consent?: string) {
  const customers: Cell[][] = [
    ["客户编号", "客户名称", ownerHeader, phone, ...(consent ? [consent] : [])],
  ];
  const transactions: Cell[][] = [["客户编号", "日期", "金额"]];
  for (let c = 1; c <= count; c++) {
    customers.push([
      c,
      `客户${c}`,
      c % 2 ? "王芳" : "李娜",
      `1380013${String(c).padStart(4, "0")}`,
      ...(consent ? [c % 3 ? "是" : "否"] : []),
    ]);
    // Bought every 40 days until a quiet spell of c × 7 days: some are due a call.
    for (let back = c * 7; back < 600; back += 40)
      transactions.push([c, isoDate(asOf - back), 1000 + c]);
  }
  return memorySource({ 客户: customers, 交易: transactions });
}

// This book's key accounts (客户1…, no type) are visited as the channels say, as before the rule
// visitBusinessesOnly: its subject is the warnings (visits.test.ts has who is visited).
const rules = defaultRules();
rules.followUp = { ...rules.followUp, visitBusinessesOnly: false };
const run = (source: ReturnType<typeof book>) => analyzeWorkbook(source, { rules, asOf });
const overviewWarnings = (a: Awaited<ReturnType<typeof run>>, lang: "zh-CN" | "en-US") => {
  const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
    (x) => x.tab === "overview",
  )!;
  return t
    .rows(0, t.rowCount)
    .filter((r) => r[0] === (lang === "zh-CN" ? "注意" : "Warning"))
    .map((r) => r[1]);
};

describe("misspelt_column: a typo'd header that empties a field is said on the Overview (tester #10, stop 42)", () => {
  // The sheet is named as it is in the workbook (a CSV file by its input: 客户 / Customers).
  test("负责任 for 负责人: the Overview's 注意 line names it and the planned contacts left without an owner", async () => {
    const a = await run(book("负责任"));
    // The data-quality finding asks to check (c3c3a6e); the schedule has no owner at all.
    expect(a.findings.map((f) => f.code)).toContain("unmapped_near_field");
    const planned = a.schedule.followUps.count;
    expect(planned).toBeGreaterThan(0);
    expect(a.schedule.owners.filter((o) => o !== "")).toEqual([]);
    const w = a.warnings.filter((x) => x.code === "misspelt_column");
    expect(w).toHaveLength(1);
    expect(overviewWarnings(a, "zh-CN")).toContain(
      `“客户”表的列“负责任”未识别，已忽略（是否应为“负责人”？）：每位客户都按没有负责人读取，已安排的 ${planned} 个联系都没有负责人，记在（未指定）名下。请核对列名，改正后重新运行。`,
    );
    expect(overviewWarnings(a, "en-US")).toContain(
      `Column “负责任” of the 客户 sheet was not recognised and is ignored (did you mean “负责人”?): every customer is read without an owner, so ${planned} planned contacts have no owner (listed under (none)). Check the column's name, correct it and run again.`,
    );
  });

  test("电活 for 电话: the planned calls left without a number; a right header says nothing (tester #12)", async () => {
    const a = await run(book("负责人", "电活"));
    const phone = CONTACT_CHANNELS.indexOf("phone");
    const f = a.schedule.followUps;
    const calls = Array.from(f.channel.subarray(0, f.count)).filter((c) => c === phone).length;
    // 20 since 81c6b96c: the default churn weights standardised at the data's last purchase day
    // (the book's as-of is after it), more customers at risk, two more retention calls. 23 since
    // b2d3f221 (rhythm58, judgment version 6: regular buyers judged on their own rhythm): this
    // book's schedule plans three more phone calls (checked at b2d3f221^ 20, at 5f40ca8c 23). 22
    // since fix63f (followUp.cadenceRhythmShare): a customer buying less often than twice the
    // tier's interval has its second regular contact no sooner than half its own rhythm later.
    expect(calls).toBe(22);
    expect(a.warnings.filter((x) => x.code === "misspelt_column").map((x) => x.message)).toEqual([
      {
        "zh-CN":
          "“客户”表的列“电活”未识别，已忽略（是否应为“电话”？）：每位客户都按没有电话读取，已安排的 22 个电话联系都没有号码。请核对列名，改正后重新运行。",
        "en-US":
          "Column “电活” of the 客户 sheet was not recognised and is ignored (did you mean “电话”?): every customer is read without a phone number, so 22 planned calls have no number. Check the column's name, correct it and run again.",
      },
    ]);
    const right = await run(book("负责人"));
    expect(right.warnings.map((x) => x.code)).not.toContain("misspelt_column");
    expect(overviewWarnings(right, "zh-CN").join("")).not.toContain("未识别");
  });

  test("counts read in the language's plural (one row, one contact); no contact planned leaves the cost out (D1)", async () => {
    const one = await run(book("负责人", "电活", 1));
    expect(one.warnings.find((x) => x.code === "misspelt_column")?.message).toEqual({
      "zh-CN":
        "“客户”表的列“电活”未识别，已忽略（是否应为“电话”？）：全部 1 行都按没有“电话”读取。请核对列名，改正后重新运行。",
      "en-US":
        "Column “电活” of the 客户 sheet was not recognised and is ignored (did you mean “电话”?): the one row is read without “Phone”. Check the column's name, correct it and run again.",
    });
    // The planned contacts as the schedule gives them: one with no owner, then none at all.
    const typo = await run(book("负责任"));
    const planned = (count: number) =>
      misspeltColumnWarnings(typo.findings, typo.dataset, {
        owners: [""],
        followUps: { ...typo.schedule.followUps, count, owner: new Int32Array(count) },
        unscheduled: typo.schedule.unscheduled,
      })[0]?.message;
    expect(planned(1)?.["en-US"]).toContain(
      "every customer is read without an owner, so 1 planned contact has no owner (listed under (none)).",
    );
    expect(planned(0)).toEqual({
      "zh-CN":
        "“客户”表的列“负责任”未识别，已忽略（是否应为“负责人”？）：每位客户都按没有负责人读取。请核对列名，改正后重新运行。",
      "en-US":
        "Column “负责任” of the 客户 sheet was not recognised and is ignored (did you mean “负责人”?): every customer is read without an owner. Check the column's name, correct it and run again.",
    });
  });

  test("a CSV input is named by its file, not by a sheet the user does not have (D15, stop 42)", async () => {
    const source = book("负责任");
    const a = await run({
      ...source,
      sheetsAreFiles: true,
      fileOf: (name: string) => `/data/in/${name === "客户" ? "客户资料" : name}.csv`,
    });
    const w = a.warnings.find((x) => x.code === "misspelt_column")!.message;
    expect(w["zh-CN"]).toMatch(/^文件“客户资料\.csv”的列“负责任”未识别，已忽略/);
    expect(w["en-US"]).toMatch(/^Column “负责任” of the file “客户资料\.csv” was not recognised/);
  });

  test("同意营消联系 for 同意营销联系: the marketing contacts left unplanned for want of consent (tester #12)", async () => {
    const a = await run(book("负责人", "电话", 30, "同意营消联系"));
    // This book plans no marketing contact (one-time-buyer campaigns and the like): say the rows.
    expect(a.warnings.find((x) => x.code === "misspelt_column")?.message["zh-CN"]).toContain(
      "全部 30 行都按没有“同意营销联系”读取",
    );
    // Five marketing contacts refused for want of consent, as the schedule lists them: with the
    // column unread, as no consent column given (newuser62 L4), counted as the refused ones.
    const refused = UNSCHEDULED_REASONS.indexOf("no_marketing_consent");
    const none = UNSCHEDULED_REASONS.indexOf("no_consent_column");
    const why = Uint8Array.of(refused, none, none, refused, none);
    const message = misspeltColumnWarnings(a.findings, a.dataset, {
      ...a.schedule,
      unscheduled: { ...a.schedule.unscheduled, count: 5, why },
    })[0]?.message;
    expect(message).toEqual({
      "zh-CN":
        "“客户”表的列“同意营消联系”未识别，已忽略（是否应为“同意营销联系”？）：每位客户都按未同意营销联系读取，5 个营销类联系因此未安排。请核对列名，改正后重新运行。",
      "en-US":
        "Column “同意营消联系” of the 客户 sheet was not recognised and is ignored (did you mean “同意营销联系”?): every customer is read as not consenting to marketing, so 5 marketing contacts are left unplanned for lack of consent. Check the column's name, correct it and run again.",
    });
  });
});
