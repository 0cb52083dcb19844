import { jobsOfSales } from "../../../src/engine/ingest/sheetParts";
import { epochDay } from "../../../src/engine/parse/date";

// reviewer67 H1, M1: a sheet named as jobs beside the sales is the work they bill only when its rows
// are the sales' customers on the sales' days (a quarter either side).
const sales = {
  count: 3,
  customer: Int32Array.from([0, 1, 0]),
  day: Float64Array.from([epochDay(2026, 5, 1), epochDay(2026, 6, 1), epochDay(2026, 9, 1)]),
};
const rows = (customers: number[], days: number[]) => ({ customers, days });

describe("jobsOfSales", () => {
  test("a jobs sheet of the buyers on the sales' days, whatever date its name carries", () => {
    const jobs = rows([0, 1], [epochDay(2026, 4, 1), epochDay(2026, 5, 1)]);
    for (const name of ["Jobs", "Jobs 2026", "2026年派工单", "Jobs Nov", "Work orders"])
      expect(jobsOfSales(name, jobs, sales)).toBe(true);
  });

  test("not a name saying no jobs, nor jobs of other days or other customers", () => {
    const jobs = rows([0, 1], [epochDay(2026, 4, 1), epochDay(2026, 5, 1)]);
    expect(jobsOfSales("Projects", jobs, sales)).toBe(false);
    const before = rows([0, 1], [epochDay(2025, 1, 1), epochDay(2025, 2, 1)]);
    expect(jobsOfSales("Jobs", before, sales)).toBe(false);
    expect(jobsOfSales("Jobs", rows([-1, 5], jobs.days as number[]), sales)).toBe(false);
    expect(jobsOfSales("Jobs", rows([], []), sales)).toBe(false);
  });

  // reviewer69 M7: jobs after every invoice (a business moved from invoicing to a jobs sheet) were
  // taken for the invoices' work and dropped with "Nothing to do" (within a quarter after them).
  test("not jobs done after the sales' last day: no invoice there bills them", () => {
    const later = rows([0, 1], [epochDay(2026, 10, 1), epochDay(2026, 11, 1)]);
    expect(jobsOfSales("Jobs", later, sales)).toBe(false);
    const ahead = rows([0, 1], [epochDay(2026, 9, 10), epochDay(2026, 5, 1)]);
    expect(jobsOfSales("Jobs", ahead, sales)).toBe(true);
  });
});
