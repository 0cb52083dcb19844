import { tableOf } from "../../../src/engine/report/table";
import { textRoom } from "../../../src/engine/report/textMeasure";
import { fitWidths, longestWordWidth } from "../../../src/workbook/file/columnWidths";

/**
 * A printed column keeps the width its tab asks for and wraps longer text; a word wider than that
 * column was cut inside (stop 30's en render of the segments tab: "Government" in the Type column
 * of 10 printed as "Governmen/t"). The column now widens to its longest word, CJK and Latin alike.
 */
function printed(values: string[], width: number) {
  const t = {
    ...tableOf(
      "segments",
      "Customer segments",
      [
        { key: "id", header: "Customer ID", format: "text", width: 14 },
        { key: "type", header: "Type", format: "text", width },
      ],
      values.map((v, i) => [`C${i}`, v]),
    ),
    printColumns: 2,
  };
  return fitWidths(t, t.rows(0, t.rowCount), ["Customer ID", "Type"], [])[1];
}

test("a word wider than its printed column widens it: no word is cut inside", () => {
  const fit = printed(["Enterprise", "Government", "Individual"], 10);
  expect(fit.wrap).toBe(true);
  // Room for "Government" on one line as Excel counts it (5 px of padding).
  expect(textRoom(fit.width)).toBeGreaterThanOrEqual(longestWordWidth("Government"));
});

test("words that fit keep the asked width, and long text still wraps in it", () => {
  const fit = printed(["Central China - Hubei", "South China - Guangdong"], 12);
  expect(fit).toEqual({ width: 12, wrap: true });
});

test("CJK text breaks anywhere: a long Chinese value does not widen the column", () => {
  expect(printed(["东南亚区域重点客户服务中心"], 10)).toEqual({ width: 10, wrap: true });
  // A Latin run inside it does: an order number is not broken.
  const fit = printed(["订单号 SO-2025120312345678 已取消"], 10);
  expect(textRoom(fit.width)).toBeGreaterThanOrEqual(longestWordWidth("SO-2025120312345678"));
});

test("words break where Excel breaks them: spaces, after a hyphen, around CJK", () => {
  expect(longestWordWidth("Government")).toBeCloseTo(10.75, 2);
  expect(longestWordWidth("北京市政府")).toBeCloseTo(2.1, 2);
  expect(longestWordWidth("South China - Guangdong")).toBeCloseTo(longestWordWidth("Guangdong"), 5);
  expect(longestWordWidth("e-mail")).toBeCloseTo(longestWordWidth("mail"), 5);
});
