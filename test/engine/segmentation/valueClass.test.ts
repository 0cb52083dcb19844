import { VALUE_CLASSES } from "../../../src/engine/analysis";
import {
  valueClassOf,
  type ValueClassReference,
} from "../../../src/engine/segmentation/valueClass";
import { classify } from "../helpers/classify";
import { purchases } from "../helpers/dataset";

const ref: ValueClassReference = { basis: "mean", recencyDays: 30, frequency: 3, monetary: 1000 };

describe("the 8-class model", () => {
  // R good = FEWER days than the reference.
  const table: [string, number, number, number, string][] = [
    ["R good F high M high", 10, 5, 2000, "important_value"],
    ["R good F low  M high", 10, 1, 2000, "important_development"],
    ["R bad  F high M high", 90, 5, 2000, "important_retention"],
    ["R bad  F low  M high", 90, 1, 2000, "important_winback"],
    ["R good F high M low", 10, 5, 100, "general_value"],
    ["R good F low  M low", 10, 1, 100, "general_development"],
    ["R bad  F high M low", 90, 5, 100, "general_retention"],
    ["R bad  F low  M low", 90, 1, 100, "general_winback"],
  ];
  it.each(table)("%s → %s", (_name, r, f, m, expected) => {
    expect(VALUE_CLASSES[valueClassOf(r, f, m, ref)]).toBe(expected);
  });

  it("all eight combinations give eight different classes", () => {
    expect(new Set(table.map(([, r, f, m]) => valueClassOf(r, f, m, ref))).size).toBe(8);
  });

  it("at the reference is not 'better than average'", () => {
    expect(VALUE_CLASSES[valueClassOf(30, 3, 1000, ref)]).toBe("general_winback");
  });

  it("classifies against the buyers' mean, or the median when the rules say so", () => {
    // Spend 100, 100, 100, 100, 10000: the mean (2080) puts only the big spender high; so does the
    // median (100) with "strictly above". Frequency 1,1,1,1,4: mean 1.6, median 1.
    const spec = {
      asOf: "2025-06-30",
      customers: ["A", "B", "C", "D", "E"],
      transactions: [
        ...purchases("A", [5], 100),
        ...purchases("B", [5], 100),
        ...purchases("C", [200], 100),
        ...purchases("D", [200], 100),
        ...purchases("E", [5, 50, 100, 150], 2500),
      ],
    };
    const byMean = classify(spec);
    expect(byMean.averages).toMatchObject({
      basis: "mean",
      frequency: 1.6,
      monetary: 2080,
      recencyDays: 83,
    });
    const classes = Array.from(byMean.analysis.valueClass, (k) => VALUE_CLASSES[k]);
    expect(classes).toEqual([
      "general_development",
      "general_development",
      "general_winback",
      "general_winback",
      "important_value",
    ]);
    const byMedian = classify(spec, { segmentation: { valueClass: { basis: "median" } } });
    expect(byMedian.averages).toMatchObject({
      basis: "median",
      frequency: 1,
      monetary: 100,
      recencyDays: 5,
    });
    // Recency 5 is the median: A, B and E are not strictly more recent.
    expect(VALUE_CLASSES[byMedian.analysis.valueClass[4]]).toBe("important_retention");
  });
});
