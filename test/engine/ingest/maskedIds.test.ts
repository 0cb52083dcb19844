// tester56 U29: a 抖店 export has no buyer ID; its 收件人手机号 is masked (138****5678). Used as the
// customer ID, buyers whose numbers share the digits shown were merged (30,000 buyers, 24,275 IDs),
// said nowhere. Now a run warning says so and what to use instead.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { isMaskedNumber, maskedIdsWarning } from "../../../src/engine/ingest/maskedIds";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 11, 30);

function shop(ids: readonly string[]): Record<string, Grid> {
  const orders: Grid = [["客户编号", "日期", "金额"]];
  ids.forEach((id, k) => orders.push([id, `2026-0${1 + (k % 9)}-10`, 59]));
  return { 客户: [["客户编号"], ...ids.map((id) => [id])], 订单: orders };
}

test("masked phone numbers as customer IDs are said, with what to use", async () => {
  const ids = ["138****5678", "139****0001", "186****2222", "C-1"];
  const a = await analyzeWorkbook(memorySource(shop(ids)), { rules: defaultRules(), asOf });
  const w = a.warnings.find((x) => x.code === "ids_masked")!;
  expect(w.message["zh-CN"]).toContain(
    "“客户”表的 4 个客户编号中有 3 个是打了码的号码（如 138****5678）",
  );
  expect(w.message["zh-CN"]).toContain("买家 ID");
  expect(w.message["en-US"]).toContain(
    "3 of the 4 customer IDs on the 客户 sheet are masked (such as 138****5678)",
  );
});

test("a few IDs with asterisks, or none, are not said", () => {
  const of = (id: string[]) => maskedIdsWarning({ customers: { id }, sources: {} });
  expect(of(["A**1", "B2", "C3"])).toBeNull();
  expect(of(["1001", "1002"])).toBeNull();
  expect(of(["A*1", "B*2"])).toBeNull(); // one asterisk is no mask
  expect(of(["t**8", "1002"])?.code).toBe("ids_masked");
});

// reviewer60 R4: "a masked number" had two rules (duplicateKeys.ts: one * ＊ • ● anywhere; here: two
// asterisks in a row). One now, here: two marks of the four in a row.
test("one rule for a masked number: marks • ● too, one mark none", () => {
  expect(isMaskedNumber("138•••• 4821")).toBe(true);
  expect(isMaskedNumber("138●●●●4821")).toBe(true);
  expect(isMaskedNumber("138＊＊＊＊4821")).toBe(true);
  expect(isMaskedNumber("010-12345678*801")).toBe(false);
  expect(isMaskedNumber("A*1")).toBe(false);
  const of = (id: string[]) => maskedIdsWarning({ customers: { id }, sources: {} });
  expect(of(["138•••• 4821", "139••••0000"])?.code).toBe("ids_masked");
});
