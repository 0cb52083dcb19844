import { DecimalMarkEvidence, resolvedValue } from "../../../src/engine/parse/decimalMark";
import { amountReading, readAmount } from "../../../src/engine/parse/number";

function column(texts: string[]) {
  const evidence = new DecimalMarkEvidence();
  const r = amountReading();
  const pending = texts.map((t, i) => evidence.add(readAmount(t, r), i + 2, t));
  return { evidence, pending: pending.filter((p) => p !== null) };
}

describe("DecimalMarkEvidence", () => {
  test("a column that shows a decimal comma reads its 1.234 as 1234, without doubt", () => {
    const { evidence, pending } = column(["1.234", "12,50", "1.234,56"]);
    const d = evidence.decide(undefined);
    expect(d).toEqual({ mark: ",", certain: true, reason: "column" });
    expect(resolvedValue(pending[0], d.mark)).toBe(1234);
  });

  test("a column that shows a decimal point reads its 1,234 as 1234", () => {
    const { evidence, pending } = column(["1,234", "99.90"]);
    const d = evidence.decide(",");
    expect(d.certain).toBe(true);
    expect(resolvedValue(pending[0], d.mark)).toBe(1234);
  });

  test("a column that shows nothing is uncertain; the file's hint decides the value", () => {
    const { evidence, pending } = column(["1,234", "580"]);
    expect(evidence.decide(undefined)).toEqual({ mark: ".", certain: false, reason: "default" });
    const d = evidence.decide(",");
    expect(d).toEqual({ mark: ",", certain: false, reason: "delimiter" });
    expect(resolvedValue(pending[0], d.mark)).toBe(1.234);
  });

  test("a column showing both marks goes by the majority, uncertain", () => {
    const { evidence } = column(["12,50", "1,5", "3.25"]);
    expect(evidence.decide(undefined)).toEqual({ mark: ",", certain: false, reason: "mixed" });
  });
});
