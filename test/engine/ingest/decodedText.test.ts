import { decodedText } from "../../../src/engine/ingest/decodedText";

describe("decodedText (an encoding finding's value)", () => {
  test("the cells with non-ASCII text, unquoted; ids, phones and amounts left out", () => {
    expect(decodedText("7777777,广州测试公司,企业,陈静,13800000000\r\n")).toBe(
      "广州测试公司 | 企业 | 陈静",
    );
    expect(decodedText('C4;"张三, 李四";a@b.cn\n')).toBe("张三 | 李四");
    expect(decodedText("C1\t\uFFFD\uFFFD公司\t12.5")).toBe("\uFFFD\uFFFD公司");
  });

  test("nothing but ASCII: empty; a long row is cut with a marker", () => {
    expect(decodedText("1,2025-01-01,5\n")).toBe("");
    const long = decodedText(`1,${"很长的产品名称".repeat(30)}\n`);
    expect(long).toHaveLength(80);
    expect(long.endsWith("…")).toBe(true);
  });
});
