import { customerRecords } from "../../../src/engine/report/customerJson";
import { snapshotFromResultJson } from "../../../src/engine/changes/fromJson";

describe("customerRecords: the JSON result's customers from schema 3 ({columns, data}) or 2 (objects)", () => {
  const v2 = {
    asOf: "2025-12-31",
    customers: [
      { customerId: "C1", name: "张伟", churnRisk: { level: "low", probability: 0.1 } },
      { customerId: "C2", name: "王芳", churnRisk: { level: "churned", probability: null } },
    ],
  };
  const v3 = {
    asOf: "2025-12-31",
    customers: {
      columns: ["customerId", "name", "churnRisk"],
      data: [
        ["C1", "张伟", { level: "low", probability: 0.1 }],
        ["C2", "王芳", { level: "churned", probability: null }],
      ],
    },
  };

  test("the same objects either way", () => {
    expect(customerRecords(v3)).toEqual(v2.customers);
    expect(customerRecords(v2)).toBe(v2.customers);
  });

  test("no customers block: null", () => {
    expect(customerRecords({})).toBeNull();
    expect(customerRecords(null)).toBeNull();
    expect(customerRecords({ customers: { columns: ["customerId"] } })).toBeNull();
  });

  test("--previous reads a schema-3 result as it read a schema-2 one", () => {
    const a = snapshotFromResultJson(v2)!;
    const b = snapshotFromResultJson(v3)!;
    expect(b.count).toBe(2);
    expect(b).toEqual(a);
  });
});
