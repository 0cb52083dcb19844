/**
 * fix61e's leftover: a salon's stored-value findings (top-ups left out or counted, a card-amount
 * column read) print on the console and sit on the data-quality tab as info, but the JSON's
 * warnings, the Overview and the pane did not say them: whether the revenue is the cash taken or
 * the stored value used changes every member's spend. Now the run's warning stored_value, one per
 * finding, its words after the sheet. The till is tester57 U41's (test/engine/ingest/storedValue.test.ts).
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [["会员卡号"], ["QZ001"], ["QZ002"], ["QZ034"]];

function till(payment: string): Grid {
  return [
    ["日期", "会员卡号", "项目", "金额", "支付方式"],
    ["2025-01-05", "QZ001", "月卡", 399, "微信"],
    ["2025-03-01", "QZ034", "充值", 5000, "微信"],
    ["2025-03-02", "QZ002", "季卡", 1080, "支付宝"],
    ["2025-03-10", "QZ034", "年卡", 3280, payment],
    ["2025-09-10", "QZ034", "私教课", 1500, payment],
  ];
}

async function run(payment: string) {
  const a = await analyzeWorkbook(memorySource({ 会员资料: customers, 收银流水: till(payment) }), {
    rules: defaultRules(),
    asOf,
  });
  return a.warnings.filter((w) => w.code === "stored_value");
}

test("a top-up read as 0 (paid from stored value): the run's warning stored_value", async () => {
  const w = await run("储值卡");
  expect(w).toHaveLength(1);
  expect(w[0].message["zh-CN"]).toBe(
    "收银流水：列“项目”有 1 行写着“充值”（第一行为第 3 行）：储值充值不是购买，用储值支付的消费才是（列“支付方式”有 2 行写着用储值支付，第一行为第 5 行，已计入），所以这些充值行按 0 计入（只记下这一天的到店），同一笔钱不计两次。",
  );
  expect(w[0].message["en-US"]).toContain(
    "收银流水: Column “项目” says “充值” on 1 row (the first is row 3): a top-up of stored value is no purchase",
  );
});

test("top-ups counted (nothing paid from stored value): said too", async () => {
  const w = await run("现金");
  expect(w).toHaveLength(1);
  expect(w[0].message["zh-CN"]).toContain("储值充值已按购买计入");
  expect(w[0].message["en-US"]).toContain("top-ups of stored value were counted as purchases");
});
