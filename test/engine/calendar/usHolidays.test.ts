import { usFederalHolidays } from "../../../src/engine/calendar/usHolidays";

/**
 * The US federal holidays by rule, against OPM's published lists (opm.gov "Federal Holidays"),
 * observed dates: a Saturday's holiday on the Friday before, a Sunday's on the Monday after.
 */
test("2026 as OPM lists it (Independence Day on Saturday: observed Friday 3 July)", () => {
  expect(usFederalHolidays(2026)).toEqual([
    "2026-01-01",
    "2026-01-19",
    "2026-02-16",
    "2026-05-25",
    "2026-06-19",
    "2026-07-03",
    "2026-09-07",
    "2026-10-12",
    "2026-11-11",
    "2026-11-26",
    "2026-12-25",
  ]);
});

test("2027: Sunday's and Saturday's holidays moved, and New Year's Day 2028 observed on 31 December", () => {
  expect(usFederalHolidays(2027)).toEqual([
    "2027-01-01",
    "2027-01-18",
    "2027-02-15",
    "2027-05-31",
    "2027-06-18",
    "2027-07-05",
    "2027-09-06",
    "2027-10-11",
    "2027-11-11",
    "2027-11-25",
    "2027-12-24",
    "2027-12-31",
  ]);
  // 2028-01-01 is a Saturday: observed in 2027, so not again in 2028.
  expect(usFederalHolidays(2028)[0]).toBe("2028-01-17");
});

test("Juneteenth from 2021 only; 2021's New Year's Day 2022 on Friday 31 December", () => {
  expect(usFederalHolidays(2020)).not.toContain("2020-06-19");
  expect(usFederalHolidays(2021)).toContain("2021-06-18");
  expect(usFederalHolidays(2021)).toContain("2021-12-31");
  expect(usFederalHolidays(2025)).toEqual([
    "2025-01-01",
    "2025-01-20",
    "2025-02-17",
    "2025-05-26",
    "2025-06-19",
    "2025-07-04",
    "2025-09-01",
    "2025-10-13",
    "2025-11-11",
    "2025-11-27",
    "2025-12-25",
  ]);
});
