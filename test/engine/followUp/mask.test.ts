import fc from "fast-check";
import { maskEmail, maskPhone } from "../../../src/engine/followUp/mask";

// --share masks contact details (README: 138****8000). A new-user trial saw +8613596868123 masked
// as "861****8123": the country code was taken for the number's first digits.
describe("maskPhone", () => {
  test.each([
    ["138 0013 8000", "138****8000"],
    ["13800138000", "138****8000"],
    ["+8613596868123", "+86 135****8123"],
    ["+86 137-3141-5926", "+86 137****5926"],
    ["0086 137 3141 5926", "+86 137****5926"],
    ["010-6552", "*****52"],
    ["8613596868123", "+86 135****8123"],
    ["", ""],
    ["n/a", "****"],
  ])("%s → %s", (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  test("never shows more than the last 4 digits and the first 3 of the local number", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?(86)?[ -]?1[3-9]\d{9}$/), (phone) => {
        const local = phone.replace(/\D/g, "").slice(-11);
        const masked = maskPhone(phone);
        expect(masked.endsWith(`${local.slice(0, 3)}****${local.slice(-4)}`)).toBe(true);
        expect(masked.replace(/\D/g, "").length).toBeLessThanOrEqual(9);
      }),
      { numRuns: 200 },
    );
  });
});

test("maskEmail keeps the first character and the domain", () => {
  expect(maskEmail("zhang.wei@example.com")).toBe("z***@example.com");
});
