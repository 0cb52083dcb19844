import fc from "fast-check";
import { jsonBytes } from "../../../src/workbook/office/payloadSize";

// The adapter's size estimate, checked against JSON.stringify itself (the simulator measures
// requests independently; these keep the estimate exact).
describe("jsonBytes", () => {
  test("jsonBytes sizes decimals exactly", () => {
    for (const x of [
      0.5,
      -0.05,
      12.25,
      3716.99,
      3716.9,
      1234.5678,
      0.1 + 0.2,
      1e-7,
      123456789.12,
      -0.0001,
      1e21,
      2 ** 53 + 2,
    ]) {
      expect(jsonBytes(x)).toBe(JSON.stringify(x).length);
    }
  });

  test("jsonBytes equals the UTF-8 length of JSON.stringify", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.string(),
              fc.integer(),
              fc.double({ noNaN: true, noDefaultInfinity: true }),
              fc.boolean(),
              fc.constant(null),
            ),
          ),
        ),
        (grid) => {
          expect(jsonBytes(grid)).toBe(new TextEncoder().encode(JSON.stringify(grid)).length);
        },
      ),
    );
  });
});
