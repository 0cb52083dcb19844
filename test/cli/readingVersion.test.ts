import { readFileSync } from "node:fs";
import path from "node:path";
import type { Cell } from "../../src/engine/cells";
import { READING_VERSION } from "../../src/engine/rules/readingVersion";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder } from "./harness";

// reviewer60 R17 (stop 60): a salon's unchanged workbook, refreshed after the release that counts a
// member's top-ups where the card uses are at ¥0 (3a16085b), said "2 位客户…的数据…与上次运行读取的
// 不同（被更正、补录或删除）…请核对数据": the program read the same file anew, nobody corrected it.

const scratch = scratchFolder("ca-reading-version-");
const FIXTURE = path.join(__dirname, "../fixtures/reading");

const analyse = (input: string[], name: string, ...more: string[]) =>
  cli(
    "analyze",
    ...input,
    "--as-of",
    "2026-11-30",
    "-o",
    scratch.path(`${name}.xlsx`),
    "--json",
    scratch.path(`${name}.json`),
    ...more,
  );
const changesOf = (name: string) =>
  JSON.parse(readFileSync(scratch.path(`${name}.json`), "utf8")).changes;
const ids = (list: { customerId: string }[]) => list.map((m) => m.customerId);

test("the same file read anew by a new reading is said as the program's reading, not data to check (reviewer60 R17)", async () => {
  const book = path.join(FIXTURE, "punch.xlsx");
  // 03cd51ba's run was under that release's default rule set; two defaults changed since (stop 61:
  // late_onboarding high, visitBusinessesOnly). Defaults then and now are not the user changing
  // rules (reviewer61 R16: "规则集已更改" and the reading's line gone): the program's update.
  const before = path.join(FIXTURE, "punch-03cd51ba.json");
  const zh = await analyse([book], "zh", "--lang", "zh-CN", "--previous", before);
  expect(zh.code).toBe(0);
  expect(zh.out).toContain(
    `\n  2 位客户截至 2026-11-30 的交易与上次运行读取的不同：程序读取数据的方式已更新（上次运行由更早的版本读取，本次为版本 ${READING_VERSION}），这些客户的金额按新的读法计算，未计入变差或变好（见“变化”表）\n`,
  );
  expect(zh.out).toContain("另有 7 位仅因分档门槛（5 位）或读取方式更新（2 位）而移动");
  expect(zh.out).not.toContain("请核对数据");
  expect(zh.out).not.toContain("数据更正");
  expect(zh.out).not.toContain("规则集已更改");
  expect(zh.out).toContain("；程序的默认规则已更新（58335a836c64 → ");
  const c = changesOf("zh");
  expect([c.rulesChanged, c.defaultRulesUpdated, c.judgmentChanged]).toEqual([false, true, true]);
  expect([c.previousReadingVersion, c.readingVersion, c.readingChanged]).toEqual([
    0,
    READING_VERSION,
    true,
  ]);
  expect(ids(c.dataChanged)).toEqual(["P1", "P2"]);
  expect(c.dataChanged[0].reason).toMatch(
    new RegExp(
      `^截至 2026-11-30 的交易按程序新的读法计算（上次运行由更早的版本读取，本次为版本 ${READING_VERSION}），与上次运行读取的不同，并非数据更正或新的购买；.*消费金额 0 → 6,000`,
    ),
  );
  // The Changes tab says it beside the judgment rules' row.
  const tab: Cell[][] = [];
  await (await openXlsx(scratch.path("zh.xlsx"))).readSheet("变化", (b) => void tab.push(...b));
  expect(tab.find((row) => row[0] === "规则集")?.[1]).toMatch(
    /^程序的默认规则已更新（58335a836c64 → /,
  );
  expect(tab.find((row) => row[0] === "程序读取数据的方式")?.[1]).toBe(
    `上次运行后已更新（上次运行由更早的版本读取，本次为版本 ${READING_VERSION}）：下列“数据有变”的客户中，交易不同的按新的读法计算，并非数据被更正`,
  );
  expect(JSON.parse(readFileSync(scratch.path("zh.json"), "utf8")).ruleSet.readingVersion).toBe(
    READING_VERSION,
  );

  const en = await analyse([book], "en", "--lang", "en-US", "--previous", before);
  expect(en.out).toContain(
    `\n  For 2 customers the purchases up to 2026-11-30 differ from what the previous run read: the program's way of reading the data was updated (the previous run was read by an earlier version; now version ${READING_VERSION}), and their amounts are counted the new way: not counted as wrong or right way (see the Changes tab)\n`,
  );
  expect(en.out).not.toContain("check the data");
  expect(en.out).not.toContain("the rule set changed");
  expect(en.out).toContain("; the program's default rules were updated (58335a836c64 → ");

  // Refreshed again against the run of this version, from its JSON and from its workbook's state:
  // nothing read otherwise, nothing said.
  for (const previous of [scratch.path("zh.json"), scratch.path("zh.xlsx")]) {
    const again = await analyse([book], "again", "--lang", "zh-CN", "--previous", previous);
    expect(again.out).not.toContain("程序读取数据的方式");
    const a = changesOf("again");
    expect([a.previousReadingVersion, a.readingChanged, a.counts.dataChanged]).toEqual([
      READING_VERSION,
      false,
      0,
    ]);
  }
});

test("a real correction under the same reading still asks to check the data", async () => {
  const customers = scratch.write("c.csv", "客户编号\nA\nB\n");
  const rows = (june: number) =>
    `客户编号,日期,金额\nA,2026-03-01,100\nA,2026-06-01,${june}\nB,2026-10-01,80\n`;
  const first = await analyse(
    ["--customers", customers, "--transactions", scratch.write("t1.csv", rows(500))],
    "first",
    "--lang",
    "zh-CN",
  );
  expect(first.code).toBe(0);
  const fixed = await analyse(
    ["--customers", customers, "--transactions", scratch.write("t2.csv", rows(50))],
    "fixed",
    "--lang",
    "zh-CN",
    "--previous",
    scratch.path("first.json"),
  );
  expect(fixed.out).toContain(
    "\n  1 位客户截至 2026-11-30 的数据（交易、满意度调查、投诉或跟进记录）与上次运行读取的不同（被更正、补录或删除），未计入变差或变好；请核对数据（见“变化”表）\n",
  );
  expect(fixed.out).not.toContain("程序读取数据的方式");
  const c = changesOf("fixed");
  expect(c.readingChanged).toBe(false);
  expect(c.dataChanged[0].reason).toMatch(
    /^截至 2026-11-30 的交易与上次运行读取的数据不同（被更正/,
  );
});
