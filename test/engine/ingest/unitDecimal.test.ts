/**
 * tester69 U515 (/work/notes/stop69/tester69/school/messy.py: 缴费记录 金额 typed `1.536万` beside
 * `15360元`): every `1.536万` row was an ambiguous_number finding ("可能是 15360000，也可能是 15360"),
 * 112 of the run's 859 需要核对, though with 万 the only reading is 15,360.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

test("1.536万 is read as 15,360 with no ambiguous_number finding", async () => {
  const a = await analyzeWorkbook(
    memorySource({
      学员信息: [
        ["学号", "学员姓名", "联系电话"],
        ["QH2501", "崔俊熙", "15587718841"],
        ["QH2502", "梁语桐", "15582201805"],
      ],
      缴费记录: [
        ["缴费日期", "学号", "课程", "实收金额"],
        ["2026-03-07", "QH2501", "少儿英语96课时", "1.536万"],
        ["2026-05-07", "QH2502", "少儿英语96课时", "1.536万"],
        ["2026-07-07", "QH2501", "少儿英语48课时", "8160元"],
        ["2026-09-07", "QH2502", "少儿英语96课时", "15360元"],
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-11-30") },
  );
  expect(Array.from(a.dataset.transactions.amount)).toEqual([15360, 15360, 8160, 15360]);
  expect(a.findings.filter((f) => f.code === "ambiguous_number")).toEqual([]);
});
