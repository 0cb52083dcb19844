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

  test("contact details stay hidden: full-width ones count as ASCII, others in a kept cell are masked", () => {
    // Reviewer stop 27 F1: a GBK row's full-width phone was the value, unmasked in a --share run.
    expect(decodedText("C4,张三,１３９１２３４５６７８,王芳\n")).toBe("张三 | 王芳");
    expect(decodedText("C5,李四,电话：13912345678,邮箱 zhang.san@qq.com")).toBe(
      "李四 | 电话：139****5678 | 邮箱 z***@qq.com",
    );
    expect(decodedText("C6,王五,手机 １３９ １２３４ ５６７８")).toBe("王五 | 手机 139****5678");
    expect(decodedText("C7,赵六,建档 2025-01-01")).toBe("赵六 | 建档 2025-01-01");
    expect(decodedText("C8,孙七,时间 2025-01-01 13:45:00")).toBe("孙七 | 时间 2025-01-01 13:45:00");
  });

  test("a long row is cut between characters, never inside one beyond U+FFFF", () => {
    const name = "中".repeat(78) + "𠀀" + "中".repeat(5);
    const text = decodedText(`C1,${name},王芳`);
    expect(text).toBe("中".repeat(78) + "𠀀…");
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(text)).toBe(false); // no lone high surrogate
  });
});
