import { serviceSignals, serviceSignalsAt } from "../../../src/engine/churn/signals";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { defaultRules } from "../../../src/engine/rules";
import { sampleSource, SAMPLE_AS_OF } from "../../../src/sample/source";

describe("service signals at several dates in one pass", () => {
  it("equals serviceSignals at each date, value for value (NaN where it has NaN)", async () => {
    // The sample has Surveys, Complaints (open, late, with times of day) and Contacts.
    const { dataset } = await ingestWorkbook(
      sampleSource({ seed: 5, customers: 1500, lang: "en-US" }).source,
      { asOf: SAMPLE_AS_OF },
    );
    expect(dataset.surveys?.count).toBeGreaterThan(0);
    expect(dataset.complaints?.count).toBeGreaterThan(0);
    expect(dataset.contacts?.count).toBeGreaterThan(0);
    const rules = defaultRules();
    // Today, the churn steps' earlier dates, a date before most rows and one after all of them.
    const dates = [
      SAMPLE_AS_OF,
      SAMPLE_AS_OF - 90,
      SAMPLE_AS_OF - 180,
      SAMPLE_AS_OF - 900,
      SAMPLE_AS_OF + 30,
    ];
    const together = serviceSignalsAt(dataset, rules, dates);
    let nonEmpty = 0;
    dates.forEach((asOf, t) => {
      const alone = serviceSignals(dataset, rules, asOf);
      for (const [key, column] of Object.entries(alone)) {
        const other = together[t][key as keyof typeof alone];
        expect(other === null).toBe(column === null);
        if (column === null || other === null) continue;
        expect(Array.from(other).map(String)).toEqual(Array.from(column).map(String));
        if (Array.from(column).some((v) => v === v && v !== 0)) nonEmpty++;
      }
    });
    // Not vacuous: most signal columns hold values at most dates.
    expect(nonEmpty).toBeGreaterThan(25);
  });
});
