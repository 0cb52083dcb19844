import fc from "fast-check";
import { jsonErrorOffset, placeOf } from "../../../src/engine/rules/jsonErrorAt";

describe("jsonErrorOffset", () => {
  it("finds where a text stops being JSON, even where JSON.parse names no position", () => {
    expect(jsonErrorOffset("{ window: 12 }")).toBe(2);
    expect(jsonErrorOffset('{"a":x}')).toBe(5);
    expect(jsonErrorOffset("[1,]")).toBe(3);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a":1}x')).toBe(7);
    expect(jsonErrorOffset('{"a":1')).toBe(6);
    expect(jsonErrorOffset("")).toBe(0);
    expect(jsonErrorOffset('"a\\q"')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset("[".repeat(100_000))).toBe(100_000);
  });

  it("property: valid JSON gives -1, and JSON.parse fails exactly when an offset is found", () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === -1));
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, cut) => {
        const k = at % (json.length + 1);
        const text = json.slice(0, k) + cut + json.slice(k + 1);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (jsonErrorOffset(text) === -1) === valid;
      }),
    );
  });
});

describe("placeOf", () => {
  it("counts lines and columns from 1", () => {
    expect(placeOf("{\n  x", 4)).toEqual({ line: 2, column: 3 });
    expect(placeOf("abc", 0)).toEqual({ line: 1, column: 1 });
  });
});
