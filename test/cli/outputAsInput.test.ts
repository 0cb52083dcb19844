import { cli, scratchFolder } from "./harness";

// Stop-19 tester #7: the workbook a CSV run writes, given back to the CLI as its input, was refused
// as "no Customers sheet; sheets in the workbook: none" (English "none" inside a Chinese line).

const scratch = scratchFolder("ca-output-as-input-");

function csvInput(): string[] {
  const customers = "客户编号,客户名称\n" + [1, 2, 3, 4].map((i) => `C${i},客户${i}\n`).join("");
  const transactions =
    "客户编号,日期,金额\n" +
    [1, 2, 3, 4]
      .flatMap((i) => [`C${i},2025-0${i}-03,${100 * i}\n`, `C${i},2025-1${i % 3}-05,${50 * i}\n`])
      .join("");
  return [
    "--customers",
    scratch.write("客户.csv", customers),
    "--transactions",
    scratch.write("交易.csv", transactions),
  ];
}

describe("an analysis output given as the input", () => {
  test("says what the workbook is and what to run instead, in the language of its tabs", async () => {
    const out = scratch.path("c1.xlsx");
    const first = await cli("analyze", ...csvInput(), "--as-of", "2025-12-31", "-o", out);
    expect(first.code).toBe(0);

    const zh = await cli("analyze", out, "-o", scratch.path("again.xlsx"));
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(`“${out}”是客户分析的输出工作簿`);
    expect(zh.err).toContain("概览");
    expect(zh.err).toContain("--previous");
    expect(zh.err).not.toMatch(/none|CA_run_state|找不到“客户”工作表/);

    const en = await cli("analyze", out, "--lang", "en-US", "-o", scratch.path("again.xlsx"));
    expect(en.code).toBe(2);
    expect(en.err).toContain(`“${out}” is an analysis output workbook`);
    expect(en.err).not.toContain("none");

    // What the message advises works: the CSV files again, with the output as --previous.
    const advised = await cli(
      "analyze",
      ...csvInput(),
      "--as-of",
      "2026-01-31",
      "--previous",
      out,
      "-o",
      scratch.path("c2.xlsx"),
    );
    expect(advised.code).toBe(0);
  });
});
