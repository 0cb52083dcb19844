import { readFileSync } from "node:fs";
import type { Cell } from "../../src/engine/cells";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder } from "./harness";

// Stop 32 tester #1: refreshed a month later, a corrected old amount (1000124's 6,033.70 → 603.37)
// was counted as the customer's own decline and got a "moved the wrong way" call; at the same date
// it was caught. Tester #5: the Changes tab said where the previous run came from by kind only.

const scratch = scratchFolder("ca-previous-history-");

const customers = "客户编号\nA\nB\nC\nD\n";
const rows = (aJune: number) =>
  [
    "客户编号,日期,金额",
    // A: an amount in June corrected between the runs (its last purchase unchanged).
    "A,2024-12-03,1000",
    `A,2025-06-01,${aJune}`,
    "A,2025-11-20,300",
    // B: its December 2024 purchase leaves the window a month later: its own decline.
    "B,2024-12-05,800",
    "B,2025-10-10,400",
    // C, D: nothing changed.
    "C,2025-03-01,200",
    "C,2025-11-25,100",
    "D,2025-08-08,900",
    "",
  ].join("\n");

async function changesRows(file: string): Promise<Cell[][]> {
  const source = await openXlsx(file);
  const out: Cell[][] = [];
  await source.readSheet("变化", (block) => void out.push(...block));
  return out;
}

test("a month later, an old amount corrected between the runs is 'data changed', and the tab names the previous file", async () => {
  const c = scratch.write("c.csv", customers);
  const t1 = scratch.write("t1.csv", rows(500));
  const t2 = scratch.write("t2.csv", rows(50));
  const run = (t: string, asOf: string, name: string, ...more: string[]) =>
    cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "--as-of",
      asOf,
      "-o",
      scratch.path(`${name}.xlsx`),
      "--json",
      scratch.path(`${name}.json`),
      "--quiet",
      "--lang",
      "zh-CN",
      ...more,
    );
  expect((await run(t1, "2025-11-30", "r1")).code).toBe(0);
  const later = await run(t2, "2025-12-31", "r2", "--previous", scratch.path("r1.json"));
  expect(later.code).toBe(0);
  const changes = JSON.parse(readFileSync(scratch.path("r2.json"), "utf8")).changes;
  const ids = (list: { customerId: string }[]) => list.map((m) => m.customerId);
  expect(ids(changes.dataChanged)).toEqual(["A"]);
  expect(changes.counts.dataChanged).toBe(1);
  expect(ids(changes.wrongWay)).not.toContain("A");
  expect(changes.dataChanged[0].reason).toMatch(
    /^自 2025-11-30 起，截至 2025-11-30 的交易与上次运行读取的数据不同/,
  );
  // The same data a month later: nobody's history changed (B's old purchase left the window).
  expect((await run(t1, "2025-12-31", "r3", "--previous", scratch.path("r1.json"))).code).toBe(0);
  const same = JSON.parse(readFileSync(scratch.path("r3.json"), "utf8")).changes;
  expect(same.counts.dataChanged).toBe(0);
  // The tab names the file compared with, then what of it was read.
  const fromRow = (await changesRows(scratch.path("r2.xlsx"))).find((r) => r[0] === "上次结果来自");
  expect(fromRow?.[1]).toBe("r1.json（上次的 JSON 结果）");
  expect((await run(t2, "2025-12-31", "r4", "--previous", scratch.path("r1.xlsx"))).code).toBe(0);
  const fromBook = (await changesRows(scratch.path("r4.xlsx"))).find(
    (r) => r[0] === "上次结果来自",
  );
  expect(fromBook?.[1]).toBe("r1.xlsx（工作簿中的运行状态表）");
});
