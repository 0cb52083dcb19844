import fc from "fast-check";
import { countBelow } from "../../src/engine/sortedBelow";

test("countBelow counts the ascending values below x, repeats and ends included", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -5, max: 5 })),
      fc.integer({ min: -7, max: 7 }),
      (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        expect(countBelow(sorted, x)).toBe(sorted.filter((v) => v < x).length);
      },
    ),
  );
  expect(countBelow(new Float64Array([1, 3, 3, 7]), 3)).toBe(1);
});
