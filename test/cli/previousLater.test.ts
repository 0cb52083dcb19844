import { cli, scratchFolder } from "./harness";

// A new-user trial (stop 19, finding 11): --previous pointing at a LATER run was accepted and every
// movement was reversed in time. Refused with a message saying what to do; the same date is a re-run.

const scratch = scratchFolder("ca-previous-later-");

test("--previous later than --as-of exits 2 and says to swap them; the same date is allowed", async () => {
  const customers = scratch.write("c.csv", "客户编号\nA\nB\n");
  const transactions = scratch.write(
    "t.csv",
    "客户编号,日期,金额\nA,2025-06-01,10\nB,2025-11-01,20\nA,2025-12-20,30\n",
  );
  const run = (asOf: string, name: string, ...more: string[]) =>
    cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      transactions,
      "--as-of",
      asOf,
      "-o",
      scratch.path(`${name}.xlsx`),
      "--json",
      scratch.path(`${name}.json`),
      "--quiet",
      ...more,
    );
  expect((await run("2025-12-31", "late")).code).toBe(0);
  const back = await run(
    "2025-11-30",
    "early",
    "--previous",
    scratch.path("late.json"),
    "--lang",
    "en-US",
  );
  expect(back.code).toBe(2);
  expect(back.err).toContain(
    "--previous is the analysis as of 2025-12-31, later than this one (2025-11-30)",
  );
  const zh = await run(
    "2025-11-30",
    "early",
    "--previous",
    scratch.path("late.json"),
    "--lang",
    "zh-CN",
  );
  expect(zh.err).toContain("晚于本次分析日期 2025-11-30");
  const same = await run("2025-12-31", "again", "--previous", scratch.path("late.json"));
  expect(same.code).toBe(0);
});
