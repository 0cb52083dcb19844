import { readFileSync } from "node:fs";
import { cli, scratchFolder } from "./harness";

// Stop 22 tester (privacy): `analyze … --share` left a raw phone in the Data quality findings and the
// JSON, and the input's full local path on every finding.

const scratch = scratchFolder("ca-share-findings-");

test("--share masks contact values and folders in the findings", async () => {
  const customers = scratch.write(
    "客户.csv",
    "客户编号,客户名称,电话,邮箱\nC1,甲,+86 159 0835 5354,zhang.wei@example.com\nC2,乙,+86 159 0835 5354,zhang.wei@example.com\n",
  );
  const transactions = scratch.write(
    "交易.csv",
    "客户编号,日期,金额\nC1,2025-03-01,100\nC2,2025-03-02,500\n",
  );
  const run = async (share: boolean) => {
    const json = scratch.path(`r${share}.json`);
    const r = await cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      transactions,
      "-o",
      scratch.path(`r${share}.xlsx`),
      "--json",
      json,
      "--as-of",
      "2025-03-31",
      "--quiet",
      ...(share ? ["--share"] : []),
    );
    expect(r.code).toBe(0);
    return JSON.stringify(JSON.parse(readFileSync(json, "utf8")).dataQuality);
  };
  const plain = await run(false);
  expect(plain).toContain("+86 159 0835 5354");
  expect(plain).toContain(scratch.dir);
  const shared = await run(true);
  expect(shared).not.toMatch(/0835|zhang\.wei/);
  expect(shared).not.toContain(scratch.dir);
  expect(shared).toContain("+86 159****5354");
  expect(shared).toContain('"file":"客户.csv"');
});
