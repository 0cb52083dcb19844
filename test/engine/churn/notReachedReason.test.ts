/**
 * newuser62 L3: zh S06's churn reasons said “没有任何联系记录” (no contact on record at all) while the
 * same row quoted “上次联系（未接通）：2026-11-10”. A call that did not get through is no contact (it
 * lowers no risk: tester55 U8), but it is a contact record: the reason says none got through.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const bought = (id: string) => ["2026-01-05", "2026-03-05", "2026-05-05"].map((d) => [d, id, 100]);

let a: Analysis;
beforeAll(async () => {
  a = await analyzeWorkbook(
    memorySource({
      客户: [["客户编号"], ["A"], ["B"], ["C"]],
      交易: [["日期", "客户编号", "金额"], ...bought("A"), ...bought("B"), ...bought("C")],
      // A: only a try that did not get through; B: one that did long ago, a try since; C: none.
      跟进记录: [
        ["日期", "客户编号", "内容"],
        ["2026-10-15", "A", "未接通"],
        ["2026-11-10", "A", "未接通"],
        ["2025-06-01", "B", "已沟通，下月再订"],
        ["2026-11-10", "B", "未接通"],
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-01") },
  );
});

const reasons = (id: string, lang: "zh-CN" | "en-US") =>
  churnReasonsText(a.classification.analysis, a.dataset.customers.id.indexOf(id), lang);

// tester63 U168: how many tries did not get through (王芳's two 未接通 calls), not only that none did
// (before: 没有接通过的联系（有联系记录，但均未接通） / No contact has got through (the contacts on
// record went unanswered)).
test("only tries that did not get through: how many, not 'no contact on record'", () => {
  // Before newuser62 L3: 没有任何联系记录 / No contact on record.
  expect(reasons("A", "zh-CN")).toContain("2 次联系未接通（没有接通过的联系）");
  expect(reasons("A", "zh-CN")).not.toContain("没有任何联系记录");
  expect(reasons("A", "en-US")).toContain("2 calls not answered (no contact has got through)");
});

test("a try since the last contact that got through is said so", () => {
  // Before: 已 548 天未联系 / No contact for 548 days.
  expect(reasons("B", "zh-CN")).toContain("已 548 天没有接通过的联系（此后 1 次联系未接通）");
  expect(reasons("B", "en-US")).toContain(
    "No contact has got through for 548 days (1 later call not answered)",
  );
});

test("a customer with no contact row still reads 'no contact on record'", () => {
  expect(reasons("C", "zh-CN")).toContain("没有任何联系记录");
  expect(reasons("C", "en-US")).toContain("No contact on record");
});
