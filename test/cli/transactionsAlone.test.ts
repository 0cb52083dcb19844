import { cli, scratchFolder } from "./harness";

/**
 * A transaction log alone (tester52 L14: a CDNOW-style CSV, no customers file): the message names
 * the file, says a one-column customers CSV is enough and how to make it, and the command to run.
 */

const scratch = scratchFolder("ca-txalone-");

test("--transactions alone: how to make the customers file, and the command", async () => {
  const t = scratch.write("t.csv", "Customer ID,Date,Amount\n1,1997-01-01,29.33\n");
  const en = await cli("analyze", "--transactions", t, "--lang", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain(`${t}: analyze needs a customers file besides the transactions`);
  expect(en.err).toContain("one column “Customer ID”");
  expect(en.err).toContain(`analyze --customers customers.csv --transactions ${t}`);
  const zh = await cli("analyze", "--transactions", t, "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain("只有一列“客户编号”");
  expect(zh.err).toContain(`--transactions ${t}`);
});
