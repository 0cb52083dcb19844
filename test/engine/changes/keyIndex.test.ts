import fc from "fast-check";
import { KeyIndex, numericKey } from "../../../src/engine/changes/keyIndex";

describe("KeyIndex (customer key → slot, a Map's answers without hashing plain numeric ids)", () => {
  const arbKey = fc.oneof(
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.integer({ min: 0, max: 3000 }).map((n) => `0${n}`),
    fc.constantFrom("", "A1", "C17", "1e3", "1.5", "-1", "999999999999999", "1000000000000000"),
    fc.bigInt({ min: 0n, max: 10n ** 16n }).map(String),
  );

  test("answers get, add, set and size as a Map does, whatever the keys", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("set", "add"), arbKey, fc.nat(1e6)), {
          maxLength: 3000,
        }),
        fc.array(arbKey, { maxLength: 50 }),
        (ops, probes) => {
          const index = new KeyIndex();
          const map = new Map<string, number>();
          for (const [op, key, value] of ops) {
            if (op === "set") {
              index.set(key, value);
              map.set(key, value);
            } else {
              expect(index.add(key, value)).toBe(map.get(key) ?? -1);
              if (!map.has(key)) map.set(key, value);
            }
          }
          expect(index.size).toBe(map.size);
          for (const [key, value] of map) expect(index.get(key)).toBe(value);
          for (const key of probes) expect(index.get(key)).toBe(map.get(key));
        },
      ),
    );
  });

  test("a million ids: every one found, none confused", () => {
    const index = new KeyIndex();
    for (let i = 0; i < 1_000_000; i++) index.set(String(1_000_001 + i), i);
    expect(index.size).toBe(1_000_000);
    expect(index.get("1000001")).toBe(0);
    expect(index.get("2000000")).toBe(999_999);
    expect(index.get("2000001")).toBeUndefined();
    expect(index.get("01000001")).toBeUndefined();
  });

  test("numeric keys are the canonical spellings only", () => {
    expect(numericKey("0")).toBe(0);
    expect(numericKey("1000001")).toBe(1000001);
    expect(numericKey("001")).toBe(-1);
    expect(numericKey("1.0")).toBe(-1);
    expect(numericKey("")).toBe(-1);
    expect(numericKey("1234567890123456")).toBe(-1);
  });
});
