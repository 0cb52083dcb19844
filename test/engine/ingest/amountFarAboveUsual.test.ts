// tester65 U207 (a beauty salon, 丽颜美容, /work/notes/stop65/tester65/beauty/gen.js, cut down): on
// 万达店11月 row 11, 8,800 where the VIP pays 880 for the same 项目 every 10 days. It passed with no
// word; her spend read 39,120 (truth 31,200). Now counted as it is and said: a warning naming the
// sheet, row and amount column, with her usual amount for the item.
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);

const sheets = (): Record<string, Grid> => ({
  客户: [
    ["会员号", "姓名"],
    ["MR006", "林晓"],
    ["MR007", "王丽"],
  ],
  交易: [
    ["会员号", "日期", "项目", "实收金额"],
    ["MR006", "2026-10-02", "眼部护理+精油开背", 880],
    ["MR006", "2026-10-12", "眼部护理+精油开背", 880],
    ["MR006", "2026-10-22", "眼部护理+精油开背", 880],
    ["MR006", "2026-11-01", "眼部护理+精油开背", 8800],
    ["MR006", "2026-11-11", "眼部护理+精油开背", 880],
    // Another item of hers: a card, larger, bought once: not judged against the treatment.
    ["MR006", "2026-11-12", "年卡", 12000],
    // Three of an item and a fourth 9 times as much: a larger order, not a digit too many (the zh
    // sample's B2B orders 8.6 and 12.6 times the customer's usual are no typo either).
    ["MR007", "2026-10-02", "面部护理", 300],
    ["MR007", "2026-10-12", "面部护理", 320],
    ["MR007", "2026-10-22", "面部护理", 300],
    ["MR007", "2026-11-01", "面部护理", 2700],
  ],
});

test("an amount 10 times the customer's usual for the same item is a warning; the row counts", async () => {
  const { dataset, findings } = await ingestWorkbook(memorySource(sheets()), { asOf });
  const far = findings.filter((f) => f.code === "amount_far_above_usual");
  // Before: none.
  expect(far).toHaveLength(1);
  expect(far[0]).toMatchObject({
    sheet: "交易",
    row: 5,
    column: "实收金额",
    severity: "warning",
    value: "8800",
  });
  expect(far[0].message["zh-CN"]).toBe(
    "金额 8,800 约是客户“MR006”购买“眼部护理+精油开背”通常金额（880）的 10 倍。按原样计入，该客户的消费金额和价值分档会因此偏高；请核对金额是否多写了一位",
  );
  expect(far[0].message["en-US"]).toBe(
    "Amount 8,800 is about 10 times what customer “MR006” usually pays for “眼部护理+精油开背” (880). Counted as it is, so the customer's spend and value tier read higher; check the amount for an extra digit",
  );
  // Counted as it is: only the user can tell a typo from a larger purchase.
  expect(Array.from(dataset.transactions.amount)).toContain(8800);
});
