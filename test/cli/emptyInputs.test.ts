import { readFileSync } from "node:fs";
import { cli, scratchFolder } from "./harness";

// Stop 21 tester B4: an empty 投诉 input gave no word in the run; its analysis was simply empty.

const scratch = scratchFolder("ca-empty-inputs-");

describe("an optional input with a header and no rows", () => {
  test("is a no_data_rows warning naming the input and its file, in both languages", async () => {
    const json = scratch.path("r.json");
    const complaints = scratch.write("投诉.csv", "客户编号,投诉日期,投诉类型,状态\r\n");
    const r = await cli(
      "analyze",
      "--customers",
      scratch.write("客户.csv", "客户编号,客户名称\nC1,甲\nC2,乙\n"),
      "--transactions",
      scratch.write("交易.csv", "客户编号,日期,金额\nC1,2025-03-01,100\nC2,2025-03-02,500\n"),
      "--complaints",
      complaints,
      "-o",
      scratch.path("r.xlsx"),
      "--json",
      json,
      "--as-of",
      "2025-03-31",
      "--quiet",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const found = JSON.parse(readFileSync(json, "utf8")).dataQuality.filter(
      (f: { code: string }) => f.code === "no_data_rows",
    );
    expect(found).toEqual([
      expect.objectContaining({
        file: complaints,
        severity: "warning",
        message: expect.stringMatching(/^投诉表只有标题行，没有数据/),
      }),
    ]);
  });
});
