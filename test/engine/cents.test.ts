import { toCents } from "../../src/engine/cents";

test("toCents rounds an amount to the cent", () => {
  expect(toCents(4708.22458662533)).toBe(4708.22);
  expect(toCents(-1200)).toBe(-1200);
  expect(toCents(0.005)).toBe(0.01);
});
