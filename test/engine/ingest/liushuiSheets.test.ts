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

  // tester66 U230, 洁净坊流水.xlsx as kept: 会员 heads the card bare 卡号 (no customer ID by its
  // header), and the run stopped (exit 2: "工作表“会员”…找不到含必需列“客户编号”的标题行").
  // Rebuilt: /work/notes/stop67/fix67b/gen_jjf.js.
  const cards: Grid = [members[0], ["卡号", "姓名", "手机", "办卡日期"], ...members.slice(2)];
  test("会员's 卡号 is the ID when the 流水 sheets' 卡号 are its values", async () => {
    const a = await analyzeWorkbook(
      memorySource({ 会员: cards, "2025年流水": log(2025, 3, 40), "2026年流水": log(2026, 5, 60) }),
      { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
    );
    expect(a.dataset.sources.customers!.columns.customerId).toBe("卡号");
    expect(a.dataset.sources.transactions!.columns.customerId).toBe("卡号");
    expect(a.dataset.counts.transactions!.used).toBe(4);
    // So with the sales' column named as the ID (会员卡号).
    const sales = log(2025, 3, 40);
    sales[1] = sales[1].map((h) => (h === "卡号" ? "会员卡号" : h));
    const b = await analyzeWorkbook(memorySource({ 会员: cards, 流水: sales }), {
      rules: defaultRules(),
      asOf: epochDay(2026, 12, 6),
    });
    expect(b.dataset.sources.customers!.columns.customerId).toBe("卡号");
    expect(b.dataset.counts.transactions!.used).toBe(2);
  });

  test("a 卡号 the sales do not share is no ID: the run stops as before", async () => {
    const bank: Grid = [
      ["卡号", "姓名", "开户行"],
      ["6222020000001", "王阿姨", "工商银行"],
    ];
    await expect(
      analyzeWorkbook(memorySource({ 会员: bank, "2025年流水": log(2025, 3, 40) }), {
        rules: defaultRules(),
        asOf: epochDay(2026, 12, 6),
      }),
    ).rejects.toThrow(/“会员”/);
  });
});

// reviewer67 M6 (r67card.test.ts): a referrer's card (推荐人卡号) before 卡号 was read as the IDs, the
// members' names and phones swapped; only a header that is the card number itself is taken.
test("推荐人卡号 before 卡号: 卡号 is the ID", async () => {
  const cards: Grid = [
    ["推荐人卡号", "卡号", "姓名", "手机"],
    ["8803", "8801", "王阿姨", "13911110001"],
    ["8801", "8803", "张女士", "13911110003"],
  ];
  const sales: Grid = [
    ["收衣日期", "单号", "卡号", "姓名", "金额"],
    ["2026/5/2", "1", "8801", "王阿姨", 40],
    ["2026/5/9", "2", "8803", "张女士", 60],
  ];
  const a = await analyzeWorkbook(memorySource({ 会员: cards, "2026年流水": sales }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });
  expect(a.dataset.sources.customers!.columns.customerId).toBe("卡号");
});
