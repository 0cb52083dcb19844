/**
 * newuser62 L4: an English studio's files have no consent column at all, and the console said "Not
 * scheduled: No marketing consent — 4" for the holiday greetings: a new user reads a data problem,
 * or customers who refused. With no such column the greetings are listed as no_consent_column
 * (greetings need a consent column; none given); with the column, a "No" is still
 * no_marketing_consent.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { UNSCHEDULED_REASONS, unscheduledText } from "../../../src/engine/followUp/labels";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { say } from "../../../src/engine/words/catalog";

const ids = ["C01", "C02", "C03", "C04"];

function sales(): Grid {
  const rows: Grid = [["Date", "Customer ID", "Amount"]];
  for (const id of ids)
    for (let m = 1; m <= 11; m++) rows.push([`2026-${String(m).padStart(2, "0")}-01`, id, "$120"]);
  return rows;
}

async function run(consent: boolean): Promise<Analysis> {
  const customers: Grid = [
    ["Customer ID", "Name", "Phone", ...(consent ? ["Marketing consent"] : [])],
    ...ids.map((id, k) => [id, `Member ${k}`, `555-010${k}`, ...(consent ? ["No"] : [])]),
  ];
  return analyzeWorkbook(memorySource({ Customers: customers, Transactions: sales() }), {
    rules: defaultRules(),
    asOf: parseIsoDate("2026-12-01"),
  });
}

const whys = (a: Analysis) =>
  new Set(Array.from(a.schedule.unscheduled.why, (w) => UNSCHEDULED_REASONS[w]));

test("no consent column: the greetings are listed as no consent column given, not as refused", async () => {
  const a = await run(false);
  // Before: no_marketing_consent, "No marketing consent".
  expect(whys(a)).toContain("no_consent_column");
  expect(whys(a)).not.toContain("no_marketing_consent");
});

test("a consent column saying No: still the customer's no marketing consent", async () => {
  const a = await run(true);
  expect(whys(a)).toContain("no_marketing_consent");
  expect(whys(a)).not.toContain("no_consent_column");
});

test("its words say what it is, in zh and en", () => {
  const why = UNSCHEDULED_REASONS.indexOf("no_consent_column");
  expect(say("en-US", "unscheduledLabels", "no_consent_column")).toBe("No consent column given");
  expect(say("zh-CN", "unscheduledLabels", "no_consent_column")).toBe("未提供同意营销联系列");
  expect(unscheduledText(why, "en-US")).toMatch(
    /^Marketing contact \(a holiday or birthday greeting\): greetings need the customer's consent, and the Customers sheet has no marketing-consent column/,
  );
  expect(unscheduledText(why, "zh-CN")).toMatch(
    /^营销类联系（节日或生日问候）：问候需客户同意营销联系，而客户表没有“同意营销联系”列/,
  );
});
