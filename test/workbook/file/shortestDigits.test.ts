import { shortestDigits } from "../../../src/workbook/file/shortestDigits";

/** What shortestDigits writes for a, or null when it leaves a to String(n). */
function digits(a: number): string | null {
  const out = new Uint8Array(40);
  const end = shortestDigits(a, out, 3);
  return end < 0 ? null : Buffer.from(out.subarray(3, end)).toString("latin1");
}

describe("shortestDigits: String(n)'s digits by exact double arithmetic", () => {
  test("the same text as String(n) wherever it answers, and it answers almost everywhere", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    const values: number[] = [
      0.1 + 0.2,
      1e-6,
      0.5,
      1 / 3,
      2 / 3,
      123456.789,
      999999999.5,
      1e-6 * 3,
    ];
    for (let i = 0; i < 20_000; i++) {
      values.push(next()); // probabilities
      values.push(next() * 10 ** (Math.floor(next() * 16) - 6)); // 1e-6 … 1e9
      const power = 10 ** (Math.floor(next() * 15) - 6); // either side of a power of ten
      values.push(power * (1 + 2 ** -52), power * (1 - 2 ** -53), power);
      values.push((Math.round(next() * 1e9) / 100) * 0.37); // amounts times a rate
      words[0] = Math.floor(next() * 2 ** 32); // any bits with an exponent in range
      words[1] = (Math.floor(next() * 60 + 1003) << 20) | Math.floor(next() * 2 ** 20);
      values.push(bits[0]);
    }
    let answered = 0;
    let checked = 0;
    for (const a of values) {
      if (!(a >= 1e-6 && a < 1e9) || Number.isInteger(a)) continue;
      checked++;
      const text = digits(a);
      if (text === null) continue;
      answered++;
      if (text !== String(a)) expect([a, text]).toEqual([a, String(a)]);
    }
    expect(answered).toBeGreaterThan(checked * 0.99);
  });

  test("leaves out of range values and powers of two to String(n)", () => {
    expect(digits(1e-7)).toBeNull();
    expect(digits(2e9 + 0.5)).toBeNull();
    expect(digits(0.25)).toBeNull();
    expect(digits(Number.NaN)).toBeNull();
  });
});
