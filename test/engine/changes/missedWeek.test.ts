/**
 * tester66 U234 follow-up: a weekly regular (WU, 92 weekly visits) who missed one week, low risk
 * since 15d784a2, was still listed in the Changes tab as moved the wrong way ("RFM segment
 * Hibernating → Lost; value class Important retention → Important win-back"): the purchase of a
 * year ago that left the window each week made her spend "fall", so the move was not read as the
 * calendar's (changes/compare.ts). Nothing of her own happened since: time alone, no call of its
 * own. The laundry ledger of test/engine/churn/missedVisit.test.ts, the previous run a week before.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { MOVES } from "../../../src/engine/changes/compare";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { changesTable, withinRhythmOf } from "../../../src/engine/report/changesTab";
import { defaultRules } from "../../../src/engine/rules";

const AS_OF = "2026-12-13";
const BEFORE = "2026-12-06";

/** Weekly regulars up to `asOf`: WU's last visit 13 days before AS_OF, the others' 1 to 6. */
function laundry(asOf: string) {
  const end = parseIsoDate(AS_OF);
  const rows: (string | number)[][] = [["Customer ID", "Date", "Amount"]];
  const ids: string[] = [];
  const buyer = (id: string, last: number, amount: number) => {
    ids.push(id);
    for (let day = end - last, k = 0; k < 92; day -= 7, k++)
      if (day <= parseIsoDate(asOf)) rows.push([id, isoDate(day), amount]);
  };
  for (let k = 0; k < 8; k++) buyer(`W${k}`, 1 + (k % 6), 40 + 5 * k);
  buyer("WU", 13, 300);
  return memorySource({
    Customers: [["Customer ID"], ...ids.map((id) => [id])],
    Transactions: rows,
  });
}

test("a weekly regular who missed one week moved by time alone, not the wrong way", async () => {
  const rules = defaultRules();
  const before = await analyzeWorkbook(laundry(BEFORE), { rules, asOf: parseIsoDate(BEFORE) });
  const now = await analyzeWorkbook(laundry(AS_OF), {
    rules,
    asOf: parseIsoDate(AS_OF),
    previous: before.snapshot!,
  });
  const changes = now.changes!;
  const i = changes.current.id.indexOf("WU");
  expect(MOVES[changes.comparison.move[i]]).toBe("byTime");
  expect(changes.comparison.wrongWay).not.toContain(i);
  for (const lang of ["en-US", "zh-CN"] as const) {
    const table = changesTable(changes, lang, 12, undefined, withinRhythmOf(now))!;
    const row = table.rows(0, table.rowCount).find((r) => r[1] === "WU")!;
    expect(row[0]).toBe(lang === "en-US" ? "Time alone" : "时间推移");
    expect(String(row[8])).toContain(
      lang === "en-US"
        ? "a move by time alone gets no call of its own"
        : "仅因时间推移的变化不单独安排回访",
    );
  }
  const calls = followUpsJson(now.schedule, now.dataset, "en-US").followUps;
  const hers = Array.from({ length: calls.count }, (_, k) => calls.item(k)).filter(
    (x) => x.customerId === "WU",
  );
  expect(hers.map((x) => x.reason.code)).not.toContain("moved_wrong_way");
}, 60_000);
