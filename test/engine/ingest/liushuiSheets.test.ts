import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { inputSheets } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester66 U230 (洁净坊流水-r.xlsx, /work/notes/stop66/tester66/laundry/gen.js, cut to two members):
// a dry cleaner's sales kept as 2025年流水, 2026年流水 and 2026年12月. 流水 was only an "older sales"
// word, so no Transactions sheet was found ("找不到“交易”工作表 … 缺少必需列“客户编号”"), and the
// 卡号 column never read as the ID by its values (as from a CSV). 16,354 of 16,354 once found.

const members: Grid = [
  ["洁净坊洗衣 会员登记表"],
  ["会员卡号", "姓名", "手机"],
  ["8801", "王阿姨", "13911110001"],
  ["8803", "张女士", "13911110003"],
];
const log = (year: number, month: number, amount: number): Grid => [
  [`洁净坊洗衣 ${year}年流水（充值和消费都记这里）`],
  ["收衣日期", "单号", "卡号", "姓名", "类型", "衣物", "件数", "金额", "支付方式"],
  [
    `${year}/${month}/2`,
    `${year}0${month}02001`,
    "8801",
    "王阿姨",
    "消费",
    "衬衫",
    2,
    amount,
    "现金",
  ],
  [
    `${year}/${month}/9`,
    `${year}0${month}09001`,
    "8803",
    "张女士",
    "消费",
    "大衣",
    1,
    amount,
    "微信",
  ],
];

describe("sales sheets named …流水 (tester66 U230)", () => {
  test("2025年流水 is the Transactions sheet by its name", () => {
    // Before: null.
    expect(inputSheets(["会员", "2025年流水", "2026年流水"]).transactions.sheet).toBe("2025年流水");
    expect(inputSheets(["会员", "营业流水"]).transactions.sheet).toBe("营业流水");
    // Top-ups are other rows: 交易 is read, not 充值流水.
    expect(inputSheets(["会员", "充值流水", "交易"]).transactions.sheet).toBe("交易");
  });

  test("the year and month sheets are read as one, 卡号 by its values", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        会员: members,
        "2025年流水": log(2025, 3, 40),
        "2026年流水": log(2026, 5, 60),
        "2026年12月": log(2026, 12, 30).slice(0, 3),
      }),
      { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
    );
    expect(a.dataset.sources.transactions!.parts).toEqual([
      "2025年流水",
      "2026年流水",
      "2026年12月",
    ]);
    expect(a.dataset.sources.transactions!.columns.customerId).toBe("卡号");
    expect(a.dataset.counts.transactions!.used).toBe(5);
    expect(a.kpis.revenue).toBe(150);
  });
});
