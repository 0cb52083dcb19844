import { reasonText } from "../../../src/engine/churn/reasons";
import {
  leftStatusText,
  leftStatusWord,
  saysLeft,
} from "../../../src/engine/ingest/contactOutcome";

// tester67 U305 (A.json, QY2023005, status 已退费): the reason customer_left said "客户表的状态写明（如
// 已搬离、已转诊、已转让、已注销）", other statuses' examples, not the one it read. It quotes it now.
const figures = (status: string) => [NaN, 0, 1 + leftStatusWord(status), 0];

test.each([
  ["已退费", "已退费"],
  ["学员已退费（家长要求）", "已退费"],
  ["Moved away", "moved away"],
  ["Deceased", "deceased"],
])("status %s is quoted as %s", (status, word) => {
  expect(leftStatusText(leftStatusWord(status))).toBe(word);
  expect(saysLeft(status)).toBe(true);
});

test("the reason quotes the status's word, zh-CN and en-US", () => {
  expect(reasonText("customer_left", figures("已退费"), "zh-CN")).toBe(
    "客户已离开：客户表的状态写明“已退费”，视为已流失，不计入有风险客户，不再安排联系",
  );
  expect(reasonText("customer_left", figures("Moved away"), "en-US")).toBe(
    "The customer has left: the Customers sheet's status says “moved away”; churned, not counted at risk, no contact planned",
  );
});

test.each(["未退费", "正常", "暂时关闭", ""])("status %s: no left word", (status) => {
  expect(leftStatusWord(status)).toBe(-1);
  expect(saysLeft(status)).toBe(false);
});
