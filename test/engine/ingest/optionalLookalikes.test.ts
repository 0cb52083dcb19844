// tester55 U3: her complaints sheet is 客户反馈 (问题类别, 处理进度, 回复日期, 解决日期): it was not read,
// said in one console line only, and the complaints tab said "工作簿中没有投诉表。". A sales sheet
// under another name is refused with "rename it"; an optional one is now said the same way, as a
// run warning (console, Overview, JSON) and on its tab. Her causes 酒塞污染, 年份不符, 发票问题 were 其他.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { optionalLookalikes } from "../../../src/engine/ingest/optionalLookalikes";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { COMPLAINT_CAUSES } from "../../../src/engine/model";
import { epochDay } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { wineFeedback, wineWorkbook } from "../../fixtures/tester55wine/sheets";

const asOf = epochDay(2026, 11, 30);
const run = { at: asOf + 0.5, durationSeconds: 1, source: "test" };

const ZH =
  "没有读取投诉表：工作簿中没有名为“投诉”的工作表。“客户反馈”的列像是“投诉”表的列（日期、客户代码、问题类别、处理进度…）：如果它就是投诉表，请把它改名为“投诉”，然后重新分析。";
const EN =
  "No Complaints read: the workbook has no sheet named “Complaints”; sheet “客户反馈” has the columns of the Complaints sheet (日期, 客户代码, 问题类别, 处理进度…): if that is what it holds, rename it “Complaints” and run again.";

test("a complaints sheet under another name is found, not read", async () => {
  const { dataset } = await ingestWorkbook(memorySource(wineWorkbook()), { asOf });
  expect(dataset.complaints).toBeNull();
  expect(dataset.lookalikeSheets).toEqual({
    complaints: {
      name: "客户反馈",
      columns: ["日期", "客户代码", "问题类别", "处理进度", "回复日期", "解决日期"],
    },
  });
});

test("it is said as a run warning and on the complaints tab, both languages", async () => {
  const a = await analyzeWorkbook(memorySource(wineWorkbook()), { rules: defaultRules(), asOf });
  const said = a.warnings.filter((w) => w.code === "sheet_looks_like");
  expect(said.map((w) => w.message)).toEqual([{ "zh-CN": ZH, "en-US": EN }]);
  for (const [lang, text] of [
    ["zh-CN", ZH],
    ["en-US", EN],
  ] as const) {
    const tables = analysisTables(a, lang, run);
    const complaints = tables.find((t) => t.tab === "complaints")!;
    expect(complaints.rows(0, complaints.rowCount)[1][0]).toBe(text);
    // The Overview's warning rows carry it (注意 / Warning).
    const overview = tables.find((t) => t.tab === "overview")!;
    expect(overview.rows(0, overview.rowCount).some((r) => r[1] === text)).toBe(true);
  }
});

test("no warning when the sheet is named as the input, or no sheet looks like it", async () => {
  const { 客户反馈: feedback, ...rest } = wineWorkbook();
  const named = await analyzeWorkbook(memorySource({ ...rest, 投诉: feedback }), {
    rules: defaultRules(),
    asOf,
  });
  expect(named.warnings.map((w) => w.code)).not.toContain("sheet_looks_like");
  expect(named.dataset.complaints!.count).toBe(3);
  const none = await ingestWorkbook(memorySource({ ...rest, 说明: [["备注"], ["醇香酒业"]] }), {
    asOf,
  });
  expect(none.dataset.lookalikeSheets).toBeUndefined();
});

test("each unread sheet's top rows are read once, and none when no optional input is missing", async () => {
  const reads: string[] = [];
  const top = async (name: string) => {
    reads.push(name);
    return name === "客户反馈" ? wineFeedback : [["备注"]];
  };
  const found = await optionalLookalikes(["说明", "客户反馈"], ["surveys", "complaints"], top);
  expect(found.complaints?.name).toBe("客户反馈");
  expect(found.surveys).toBeUndefined();
  expect(reads).toEqual(["说明", "客户反馈"]);
  reads.length = 0;
  expect(await optionalLookalikes(["客户反馈"], [], top)).toEqual({});
  expect(await optionalLookalikes(["客户反馈"], ["transactions"], top)).toEqual({});
  expect(reads).toEqual([]);
});

test("her causes count as theirs; an unknown cause says which causes are counted", async () => {
  const { 客户反馈: feedback, ...rest } = wineWorkbook();
  const withOther = [...feedback, ["2026-11-25", "SH-R001", "口感不好", "", "处理中", "", ""]];
  const a = await ingestWorkbook(memorySource({ ...rest, 投诉: withOther }), { asOf });
  const causes = Array.from(a.dataset.complaints!.cause, (c) => COMPLAINT_CAUSES[c]);
  // 发票问题 is billing (a service process, not the price: reviewer56 L8), 年份不符 goods not as
  // ordered, 酒塞污染 the wine itself.
  expect(causes).toEqual(["service_process", "service_process", "product_quality", "other"]);
  const unknown = a.findings.filter((f) => f.code === "unknown_cause");
  expect(unknown.map((f) => f.message["zh-CN"])).toEqual([
    "投诉原因“口感不好”未识别，已归为“其他”。投诉原因按这几类统计：“产品质量”、“服务态度”、“服务流程”、“信息传递”、“价格”、“其他”；如属其中一类，请把原因改写为该类名称后重新运行",
  ]);
  expect(unknown[0].message["en-US"]).toBe(
    "Complaint cause “口感不好” not recognised; counted as “other”. Complaints are counted by these causes: “Product quality”, “Service attitude”, “Service process”, “Information”, “Price”, “Other”; if it is one of them, write that cause instead and run again",
  );
});
