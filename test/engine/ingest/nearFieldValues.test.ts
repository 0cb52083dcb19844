import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester57 U51: a gym's 收银流水 卡种 (月卡 / 季卡 / 年卡 / 次卡) was the run's first warning:
// "列“卡种”未识别，已忽略（是否应为“币种”？）：全部 938 行都按没有“币种”读取". A column of no
// currency codes is no misspelt currency column: not read, said as a note.

const asOf = epochDay(2026, 11, 30);
const members: Grid = [["会员卡号"], ["QZ001"], ["QZ002"]];

async function findingsOf(header: string, values: string[]) {
  const till: Grid = [["日期", "会员卡号", header, "金额"]];
  values.forEach((v, i) => till.push([`2026-0${1 + i}-01`, `QZ00${1 + (i % 2)}`, v, 399]));
  const { findings } = await ingestWorkbook(memorySource({ 会员资料: members, 收银流水: till }), {
    asOf,
  });
  return findings.filter((f) => f.column === header);
}

test("卡种 of card types: a column not read (info), not “是否应为“币种”？”", async () => {
  const found = await findingsOf("卡种", ["月卡", "季卡", "年卡", "次卡"]);
  expect(found.map((f) => [f.code, f.severity])).toEqual([["unmapped_column", "info"]]);
  expect(found[0].message["zh-CN"]).not.toContain("币种");
  expect(found[0].message["en-US"]).not.toContain("Currency");
});

test("a misspelt currency header over currency codes is still asked about", async () => {
  const found = await findingsOf("币钟", ["CNY", "CNY", "USD", "JPY"]);
  expect(found.map((f) => f.code)).toEqual(["unmapped_near_field"]);
  expect(found[0].message["zh-CN"]).toContain("是否应为“币种”？");
});
