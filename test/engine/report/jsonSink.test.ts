import fc from "fast-check";
import { JsonText, jsonTextPieces, jsonValue, listRows } from "../../../src/engine/report/jsonSink";

describe("JsonText", () => {
  it("writes what JSON.stringify writes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.double(), (s, n) => {
        const out = new JsonText();
        out.raw("[");
        out.str(s);
        out.raw(",");
        out.num(n);
        out.raw("]");
        expect(out.take()).toBe(JSON.stringify([s, n]));
        expect(out.take()).toBe("");
      }),
    );
  });
});

describe("listRows and jsonTextPieces", () => {
  it("write a list's items one piece each, a line break before each, commas between", () => {
    const rows = listRows(3, (out, i) => out.num(i / 2));
    const pieces = [...jsonTextPieces(['{"x":[', rows, "\n]}"])];
    expect(pieces).toEqual(['{"x":[', "\n0", ",\n0.5", ",\n1", "\n]}"]);
    expect(JSON.parse(pieces.join(""))).toEqual({ x: [0, 0.5, 1] });
    expect([...jsonTextPieces(["[", listRows(0, () => undefined), "]"])]).toEqual(["[", "]"]);
  });

  it("jsonValue parses back what was written", () => {
    expect(
      jsonValue((out) => {
        out.raw('{"a":');
        out.str("客户");
        out.raw("}");
      }),
    ).toEqual({ a: "客户" });
  });
});
