import { InputError } from "../../src/engine/errors";
import { epochDay } from "../../src/engine/parse/date";
import { BUNDLES, parseSampleArgs } from "../../src/cli/sample";

describe("npm run sample arguments", () => {
  it("defaults to a Chinese workbook of 3,000 customers with problems", () => {
    const { runs } = parseSampleArgs([], "/assets");
    expect(runs).toHaveLength(1);
    expect(runs[0].format).toBe("xlsx");
    expect(runs[0].out.endsWith("sample-zh.xlsx")).toBe(true);
    expect(runs[0].options).toMatchObject({
      customers: 3000,
      transactions: 30000,
      seed: 1,
      lang: "zh-CN",
      problems: true,
    });
  });

  it("reads sizes, seed, language, format, output, as-of and --no-problems", () => {
    const { runs } = parseSampleArgs(
      [
        "--customers",
        "1,000,000",
        "--transactions",
        "10000000",
        "--seed",
        "5",
        "--lang",
        "en",
        "--format",
        "csv",
        "--out",
        "/tmp/x",
        "--as-of",
        "2024-06-30",
        "--no-problems",
      ],
      "/assets",
    );
    expect(runs[0]).toMatchObject({ format: "csv", out: "/tmp/x" });
    expect(runs[0].options).toMatchObject({
      customers: 1_000_000,
      transactions: 10_000_000,
      seed: 5,
      lang: "en-US",
      problems: false,
      asOf: epochDay(2024, 6, 30),
    });
  });

  it("regenerates both bundled workbooks with --bundle", () => {
    const { runs } = parseSampleArgs(["--bundle"], "/assets");
    expect(runs.map((r) => r.out)).toEqual(["/assets/sample-zh.xlsx", "/assets/sample-en.xlsx"]);
    expect(runs.map((r) => r.options)).toEqual(BUNDLES.map((b) => b.options));
  });

  it("rejects wrong values with an InputError", () => {
    for (const argv of [
      ["--format", "pdf"],
      ["--lang", "fr"],
      ["--customers", "-3"],
      ["--as-of", "2025-13-01"],
      ["--bogus"],
    ]) {
      expect(() => parseSampleArgs(argv, "/assets")).toThrow(InputError);
    }
  });
});
