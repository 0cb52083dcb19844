import { CATALOGS, say } from "../../../src/engine/words/catalog";
import { STRINGS } from "../../../src/taskpane/i18n";

/**
 * English counts take the catalog's plural form (format.ts fill: `{n|# row|# rows}`, or
 * `{n} {n|row|rows}` where the caller formats the number), never a fixed plural noun after a
 * count that can be 1 (stop 44: "1 customers", "The rules have 1 problems", "1 more owners").
 */

/** Nouns a count of the data stands before ("{count} customers"). */
const NOUNS =
  /\{(\w+)\} (?:more )?(customers|rows|responses|complaints|contacts|owners|problems|transactions|days)\b/g;

/**
 * Texts whose count is never 1, or a setting, not a count of the data: said why, each.
 */
const NEVER_ONE = new Set([
  "changes.service_complaints", // used for 2 or more (1: service_complaint)
  "changes.service_returns", // used for 2 or more (1: service_return)
  "quality.after_analysis_date", // one note per sheet past 10 rows
  "quality.header_not_found", // {rows}: the rows searched, a setting
  "pane.headerNotFound", // the same setting (reviewer52 #12)
  "pane.runBlockedHeader", // the same setting
  "pane.previewBanner", // the bundled sample's customers
  "runLog.tabRows", // {tab}: a tab's name, "Changes rows"
]);

/** Every en-US text of the catalog and the pane, by code. */
function englishTexts(): [string, string][] {
  const out: [string, string][] = [];
  const en = CATALOGS["en-US"] as unknown as Record<string, Record<string, unknown>>;
  for (const [section, texts] of Object.entries(en))
    for (const [code, text] of Object.entries(texts))
      if (typeof text === "string") out.push([`${section}.${code}`, text]);
  for (const [key, text] of Object.entries(STRINGS["en-US"] as Record<string, unknown>))
    if (typeof text === "string") out.push([`pane.${key}`, text]);
  return out;
}

describe("English counts take the catalog's plural (stop 44)", () => {
  test("no count of the data before a fixed plural noun", () => {
    const wrong: string[] = [];
    for (const [code, text] of englishTexts()) {
      if (NEVER_ONE.has(code)) continue;
      for (const m of text.matchAll(NOUNS)) {
        // A count whose plural the text picks ("{n} {n|row|rows}") is not this.
        if (text.includes(`{${m[1]}|`)) continue;
        // Days the rule set sets (a horizon, a lookback, a period): not a count of the data.
        // Counted days of a customer: days overdue, since, between its purchases, without contact.
        const counted = ["overdue", "since", "gap"].includes(m[1]);
        if (m[2] === "days" && !counted && code !== "churnReasons.noRecentContact") continue;
        wrong.push(`${code}: ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("a count with words between it and its noun (reviewer44 D7)", () => {
    const en = (section: string, code: string, p: Record<string, string | number>) =>
      say("en-US", section as never, code as never, p as never);
    expect(
      en("followUp", "summaryChurnedNotListed", { count: "1", value: "5", tab: "T", stage: "S" }),
    ).toContain("1 more churned customer,");
    expect(
      en("followUp", "summaryChurnedNotListed", {
        count: "1,204",
        value: "5",
        tab: "T",
        stage: "S",
      }),
    ).toContain("1,204 more churned customers,");
    expect(en("overviewTab", "allResponses", { responses: 1 })).toBe("The 1 survey response");
    expect(en("overviewTab", "allResponses", { responses: 1097 })).toBe(
      "All 1,097 survey responses",
    );
    expect(
      en("analysisNotes", "littleNewData", {
        days: 1,
        since: 1,
        usual: 3,
        previous: "p",
        worse: "w",
        tab: "t",
      }),
    ).toContain("in 1 day.");
  });

  test("one reads singular, more plural, numbers as the caller formats them", () => {
    expect(say("en-US", "pane", "rulesInvalid", { count: 1 })).toBe(
      "The rules have 1 problem; fix it to run:",
    );
    expect(
      say("en-US", "summary", "satisfactionAll", { csat: "70%", nps: 0, responses: "1" }),
    ).toBe("CSAT 70%, NPS 0 (all time, 1 response)");
    expect(
      say("en-US", "summary", "satisfactionAll", { csat: "70%", nps: 0, responses: "1,097" }),
    ).toBe("CSAT 70%, NPS 0 (all time, 1,097 responses)");
    expect(say("en-US", "modelWhy", "below_min_customers", { buyers: 1, min: 50 })).toBe(
      "only 1 customer has bought; the model needs at least 50 (model.minCustomers)",
    );
    expect(say("en-US", "followUp", "summaryMoreOwners", { count: 1 })).toBe("and 1 more owner");
    expect(say("en-US", "churnReasons", "overdue", { overdue: "1", gap: "7", since: "8" })).toBe(
      "Overdue by 1 day against own rhythm (buys about every 7 days; last purchase 8 days ago)",
    );
    expect(say("en-US", "pane", "tabRows", { rows: "1" })).toBe("1 row");
    expect(say("en-US", "pane", "tabRows", { rows: "2,609" })).toBe("2,609 rows");
  });
});
