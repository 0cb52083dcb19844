// tester58 U70: an optional input (回访记录, 投诉登记) found but unread for its customer ID under
// another header was said on the console only; the Overview's 注意 and the JSON warnings said
// nothing, and her open complaints and agreed next dates went silently unused.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const customers: Grid = [["客户编号"], ["C1"], ["C2"]];
const sales: Grid = [
  ["客户编号", "日期", "金额"],
  ["C1", "2026-03-01", 100],
  ["C2", "2026-05-03", 200],
];

test("an optional input unread for a missing column is a run warning, in the finding's words", async () => {
  const a = await analyzeWorkbook(
    memorySource({
      客户: customers,
      交易: sales,
      投诉: [
        ["档号X", "投诉时间", "问题描述"],
        ["C1", "2026-06-01", "等太久"],
      ],
    }),
    { rules: defaultRules(), asOf: epochDay(2026, 7, 1) },
  );
  const f = a.findings.find((x) => x.code === "missing_column" && x.kind === "complaints")!;
  const w = a.warnings.find((x) => x.code === "missing_column")!;
  expect(w.message["zh-CN"]).toContain(f.message["zh-CN"]);
  expect(w.message["en-US"]).toContain(f.message["en-US"]);
  expect(w.message["zh-CN"]).toContain("客户编号");
});

test("no warning when the optional inputs are read or absent", async () => {
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: sales }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 7, 1),
  });
  expect(a.warnings.map((w) => w.code)).not.toContain("missing_column");
});
