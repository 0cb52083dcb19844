// tester55 U7: a 有赞 export keyed by the buyer's mobile number (买家手机号 as 客户编号), with no phone
// or e-mail column: its low-value contacts were planned as e-mails (4,328 of them at 150,000
// orders; 42 of 486 in the 300-buyer file, /work/notes/stop55/tester55/s2/yz/c.csv, o.csv) to
// buyers with no address. The number is the id: a message to it reaches them.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { contactReach } from "../../../src/engine/followUp/reach";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { CONTACT_CHANNELS } from "../../../src/engine/model";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 11, 30);
// Three of the 有赞 buyers (客户列表.csv, 订单导出.csv), by their numbers.
const PHONES = ["15496842793", "17842719731", "15106110434"];

function shop(ids: readonly string[]): Record<string, Grid> {
  const orders: Grid = [["客户编号", "日期", "金额"]];
  ids.forEach((id, k) => {
    // A buyer each month, then silent: every one of them gets a contact planned.
    for (let m = 1; m <= 6; m++) orders.push([id, `2026-0${m}-${10 + k}`, 59 + 10 * k]);
  });
  return {
    客户: [["客户编号", "客户姓名"], ...ids.map((id, k) => [id, ["刘", "李", "张先生"][k]])],
    交易: orders,
  };
}

test("ids that are mobile numbers are the customers' phones", () => {
  expect(Array.from(contactReach(["", "", ""], ["", "", ""], 3, PHONES)!)).toEqual([1, 1, 1]);
  expect(contactReach(["", ""], ["", ""], 2, ["+86 138 0013 8000", "C2"])).toBeNull();
});

test("a shop keyed by phone plans no e-mail: messages to the number instead", async () => {
  const a = await analyzeWorkbook(memorySource(shop(PHONES)), { rules: defaultRules(), asOf });
  const f = a.schedule.followUps;
  expect(f.count).toBeGreaterThan(0);
  const channels = new Set(Array.from(f.channel.subarray(0, f.count), (c) => CONTACT_CHANNELS[c]));
  expect(channels.has("email")).toBe(false);
});
