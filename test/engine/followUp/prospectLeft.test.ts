/**
 * tester65 U205: a customer with no purchase whose Customers sheet says she left (备注 已移民加拿大，
 * 不会再来; 状态 已注销) got a regular message: followUp's hasLeft read the churn reason, which a
 * customer with no purchase never gets. Her leaving is now read from the same reader as a buyer's
 * (lifecycle/left.ts customersLeft): listed customer_left, not contacted. The control is messaged,
 * and a do-not-contact note stays one.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { scheduleOf } from "../helpers/scheduleOf";

test.each([false, true])(
  "a customer with no purchase who left is listed, not contacted (English headers: %s)",
  async (en) => {
    const customers: Grid = [
      en
        ? ["Customer ID", "Name", "Phone", "Notes", "Status"]
        : ["客户编号", "姓名", "电话", "备注", "状态"],
      ["X0", "买家", "13900000000", "", ""],
      [
        "P1",
        "何琳",
        "13911110012",
        en ? "Emigrated to Canada, not coming back" : "已移民加拿大，不会再来",
        "",
      ],
      ["P2", "对照", "13911110013", "", ""],
      ["P3", "张三", "13911110014", "", en ? "Closed" : "已注销"],
      ["P4", "李四", "13911110015", en ? "Do not call" : "不要打电话", ""],
    ];
    const sales: Grid = [
      en ? ["Customer ID", "Date", "Amount"] : ["客户编号", "日期", "金额"],
      ["X0", "2026-01-10", 300],
    ];
    const a = await analyzeWorkbook(
      memorySource(
        en ? { Customers: customers, Transactions: sales } : { 客户: customers, 交易: sales },
      ),
      { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
    );
    // Before: P1 and P3 each had a regular message on 12-07.
    for (const id of ["P1", "P3"])
      expect(scheduleOf(a, id)).toMatchObject({ planned: 0, listed: ["customer_left"] });
    expect(scheduleOf(a, "P2").planned).toBeGreaterThan(0);
    expect(scheduleOf(a, "P4")).toMatchObject({ planned: 0, listed: ["do_not_contact"] });
  },
);
