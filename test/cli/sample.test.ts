import { InputError } from "../../src/engine/errors";
import { epochDay } from "../../src/engine/parse/date";
import { BUNDLES, parseSampleArgs, writtenLine } from "../../src/cli/sample";

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

// Tester49 L5: `npm run sample` on zh data printed "客户: 506 rows … 20 problems injected", two
// languages in one line. It is said in the data's language (--lang).
describe("npm run sample says what it wrote in the data's language", () => {
  it("zh-CN: Chinese words only, beside the file and figures", () => {
    const line = writtenLine("zh-CN", "s.xlsx", { 客户: 507, 交易: 2957 }, 20, "0.6", 145, 0.16);
    expect(line).toBe(
      "s.xlsx：客户 507 行，交易 2,957 行；注入 20 处数据问题；用时 0.6 秒，峰值内存 145 MB，工作簿 0.16 MB",
    );
    expect(line).not.toMatch(/rows|problems|injected|peak/);
  });

  it("en-US: English words only", () => {
    const line = writtenLine("en-US", "csv", { Customers: 1, Transactions: 2957 }, 1, "0.4", 111);
    expect(line).toBe(
      "csv: Customers 1, Transactions 2,957; 1 data problem injected; 0.4 s, peak memory 111 MB",
    );
  });
});
