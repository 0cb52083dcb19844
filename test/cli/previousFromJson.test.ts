import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeCommand } from "../../src/cli/analyzeCommand";
import type { AnalyzeArgs } from "../../src/cli/args";
import type { Cell } from "../../src/engine/cells";
import { parseIsoDate } from "../../src/engine/parse/date";
import { openXlsx } from "../../src/workbook/file";

/**
 * Stop 42 tester #4: last month's JSON kept the churn probability to 4 decimals (0.364994 as
 * 0.365), so a December run compared with it said "流失概率 37% → 56%" where the same run compared
 * with last month's workbook (its run state keeps the figure whole) said "36% → 56%", and the
 * November report had said 36%. The JSON now keeps a millionth: both give the same Changes tab.
 * Review 44: and the service signals the churn model read (schema 4, customers' serviceSignals), so
 * the refit is told apart from the JSON too: before, the JSON's tab counted 2 zh refit customers
 * (1002627, 1000030) as 变好 and read the two whose category the refit decides otherwise (494 / 390
 * / 0 refit against the workbook's 495 / 387 / 2; en 251 right way / 0 refit against 245 / 6).
 */

const sample = path.join(__dirname, "../../assets/sample-zh.xlsx");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ca-prevjson-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = (out: string, asOf: string, extra: Partial<AnalyzeArgs> = {}): AnalyzeArgs => ({
  command: "analyze",
  workbook: sample,
  csv: {},
  out: path.join(dir, `${out}.xlsx`),
  asOf: parseIsoDate(asOf),
  lang: "zh-CN",
  quiet: true,
  ...extra,
});

async function changesRows(file: string): Promise<Cell[][]> {
  const source = await openXlsx(file);
  const rows: Cell[][] = [];
  await source.readSheet("变化", (block) => void rows.push(...block));
  return rows;
}

test("a previous run read from its JSON or from its workbook gives the same Changes tab, the churn model's refit included", async () => {
  await analyzeCommand(args("nov", "2025-11-30", { json: path.join(dir, "nov.json") }));
  const previous = (from: string) => ({ previous: path.join(dir, from) });
  await analyzeCommand(args("fromJson", "2025-12-31", previous("nov.json")));
  await analyzeCommand(args("fromWorkbook", "2025-12-31", previous("nov.xlsx")));
  const [json, workbook] = await Promise.all([
    changesRows(path.join(dir, "fromJson.xlsx")),
    changesRows(path.join(dir, "fromWorkbook.xlsx")),
  ]);
  // Each listed customer's previous probability (column G) and the words that quote it.
  const probabilities = (rows: Cell[][]) =>
    new Map(
      rows
        .filter((r) => typeof r[1] === "string" && /^\d{7}$/.test(r[1]) && r.length >= 9)
        .map((r) => [
          r[1] as string,
          // The figure ends at "，" or "；" (a time-alone row goes on "；此变化不安排回访…": U147).
          [r[6], /流失概率\s*(\S+ → \S+?)(，|；|$)/.exec(String(r.at(-1)).replace(/\n/g, ""))?.[1]],
        ]),
    );
  const a = probabilities(json);
  const b = probabilities(workbook);
  const both = [...a.keys()].filter((id) => b.has(id));
  expect(both.length).toBeGreaterThan(1000);
  const differ = both.filter((id) => JSON.stringify(a.get(id)) !== JSON.stringify(b.get(id)));
  // Before: 880 customers' G cells differed (0.365 against 0.364994), 8 of them in their words.
  expect(differ.map((id) => [id, a.get(id), b.get(id)])).toEqual([]);
  // And the whole tab otherwise (reviewer43 D7: c2ac86a compared only the probabilities, so any
  // other difference between the two sources passed): the one row of one that the other lacks is
  // where the previous run was read from. Before review 44 the JSON's also had its note that the
  // refit cannot be told (587684b) and the refit's customers and counts differed.
  const text = (rows: Cell[][]) => rows.map((r) => JSON.stringify(r));
  const only = (x: Cell[][], y: Cell[][]) => {
    const rest = new Map<string, number>();
    for (const t of text(y)) rest.set(t, (rest.get(t) ?? 0) + 1);
    return text(x).filter((t) => {
      const n = rest.get(t) ?? 0;
      if (n > 0) rest.set(t, n - 1);
      return n === 0;
    });
  };
  const key = (t: string) => {
    const r = JSON.parse(t) as Cell[];
    return typeof r[1] === "string" && /^\d{7}$/.test(r[1]) ? r[1] : String(r[0]);
  };
  const jsonOnly = only(json, workbook);
  const workbookOnly = only(workbook, json);
  expect(jsonOnly.map(key)).toEqual(["上次结果来自"]);
  expect(workbookOnly.map(key)).toEqual(["上次结果来自"]);
  // The counts: 变差 360, 变好 381, 模型重新拟合 1 from either (before: the JSON's tab counted the
  // refit's customers as 变好). 495 / 387 / 2 on the samples before stop 53 (regenerated: judge53);
  // 变差 518 and time alone 32 before stop 62, whose fix62d (d687a5e8, tester61 U129) counts a
  // wrong-way move of a customer who did nothing since as time alone: 518 → 360, 32 → 190.
  const counts = (rows: Cell[][]) => text(rows).find((t) => /^\[null,\d/.test(t));
  // fix63m (tester63 U170): a yearly buyer is churned from 430 days, not 365: 变差 360 → 362,
  // unchanged 1875 → 1873. 1000091 谭礼福 (two purchase days 333 days apart, 413 → 444 days silent)
  // moves decline → churned this month (before: at 365 days, in October); the other not traced (the
  // model scores the yearly buyers 1002414 and 1002837, 400–415 days silent, no longer churned).
  // fix65g (tester65 U211): an RFM segment or value class that rose a month later with nothing
  // bought since moved with the others' cut-offs, not the right way: 变好 381 → 370, 有升有降 28 →
  // 10, 门槛变动 9 → 38 (e.g. 潜在忠诚客户 → 忠诚客户, 6 → 37 days silent, 19 % → 25 %).
  // fix67c (ca7486f2, tester66 U234): a move whose only cause is purchases leaving the 12-month
  // window is time alone, not the wrong way: 变差 362 → 258, time alone 190 → 294 (fix67c's figures);
  // then fix67g (fded5835, the learned weights pulled toward the defaults) moves a few more: 变差 258
  // → 256, 有升有降 10 → 11, unchanged 1873 → 1871, 门槛变动 38 → 37, 模型重新拟合 1 → 2, time alone
  // 294 → 296. Stop 68's landings (main 9ede5758; the landing runs did not include this suite) move
  // one customer from 变差 to time alone: 256 → 255, 296 → 297 (not traced to one commit; fix68f's
  // 7dd379ce, a paused member's silence is time alone, is the one that reads these counts).
  // Stop 69 (tester68 U403): a complaint received since and open, nothing else moved, is 变差:
  // 1000943 (新投诉 2025-12-28), 变差 255 → 256, unchanged 1871 → 1870. A resolution since needs the
  // previous run's open complaints, which a JSON result does not keep: none here.
  expect(counts(json)).toBe("[null,2916,3002,256,370,11,73,1870,86,37,2,0,0,297,0]");
  expect(counts(workbook)).toBe(counts(json));
  // The customers whose words name the refit are the same from either: its one, and 1001553 and
  // 1002588 (变差, their level's fall the refit's); 1000030, 1002627 and 1002964 before stop 53.
  const refitRows = (rows: Cell[][]) =>
    text(rows)
      .filter((t) => t.includes("重新拟合所致"))
      .map(key)
      .sort();
  // fix67g (fded5835): the refit's fall names 1002023 and 1002964 too (模型重新拟合 1 → 2 above).
  expect(refitRows(json)).toEqual(["1000030", "1001553", "1002023", "1002588", "1002964"]);
  expect(refitRows(workbook)).toEqual(refitRows(json));
  // A figure that 4 decimals would round up: 36%, as the November report says (0.364957), not 37%
  // (the tester's customer until stop 53 was 1002370, 0.364994; until fix63m 1000993, 0.354996,
  // now 0.354577, which 4 decimals no longer round up: the yearly buyers no longer churned are
  // scored, and the model's figures move in the fourth decimal).
  // fix67g (fded5835) moved 1001751's November figure to 0.365374 (37 % by any rounding), and each
  // judgment change moves these figures in the fourth decimal: so the check takes every customer
  // whose November figure 4 decimals would round up to the next percent (x.495–x.4999 %), needs at
  // least one, and asks that each is quoted at its own figure, rounded down.
  const nearHalf = [...a.entries()].filter(([, [g, words]]) => {
    if (words === undefined) return false; // a row whose words do not quote the figure
    const pct = Number(g) * 100;
    return pct - Math.floor(pct) >= 0.495 && pct - Math.floor(pct) < 0.4999;
  });
  expect(nearHalf.length).toBeGreaterThan(0);
  const misquoted = nearHalf.filter(
    ([, [g, words]]) => !String(words).startsWith(`${Math.floor(Number(g) * 100)}%`),
  );
  expect(misquoted).toEqual([]);
  // Tester44 #2 (stop 44): each December report re-run in place at its own date reproduces its
  // month. Before, the one made from the JSON gave 494 / 390 / 0 refit and said "本次运行还读取了
  // 客户、交易、满意度调查、投诉、跟进记录，上次没有" (its run log's November row had no sheet counts).
  for (const made of ["fromJson", "fromWorkbook"]) {
    const file = path.join(dir, `${made}.again.xlsx`);
    copyFileSync(path.join(dir, `${made}.xlsx`), file);
    await analyzeCommand({ ...args(made, "2025-12-31"), workbook: file, out: file });
    const again = await changesRows(file);
    expect([made, counts(again)]).toEqual([made, counts(json)]);
    expect([made, text(again).filter((t) => t.includes("上次没有"))]).toEqual([made, []]);
    expect([made, refitRows(again)]).toEqual([made, refitRows(json)]);
  }
  // Five runs of the 3,000-customer sample: ~60 s alone, more on a shared, loaded machine.
}, 240_000);
