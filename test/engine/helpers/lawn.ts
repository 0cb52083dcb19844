/**
 * tester66 U236's lawn and pool clients (/work/notes/stop66/tester66/repro/u236-transactions.csv,
 * notes left out): id, amount, the days bought (each month's last day). Grace pool May–Sep and
 * Karen mowing Apr–Nov in 2025 and 2026 (seasonal); Tom and Linda stopped mid-season in 2026.
 */
const ends = (y: number, months: number[]): string[] =>
  months.map((m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
const range = (a: number, b: number): number[] =>
  Array.from({ length: b - a + 1 }, (_, k) => a + k);

export const LAWN_ROWS: [string, number, string[]][] = [
  ["GRACE", 240, [...ends(2025, range(5, 9)), ...ends(2026, range(5, 9))]],
  ["KAREN", 180, [...ends(2025, range(4, 11)), ...ends(2026, range(4, 11))]],
  ["TOM", 260, [...ends(2025, range(5, 9)), ...ends(2026, range(5, 7))]],
  ["LINDA", 168, [...ends(2025, range(4, 11)), ...ends(2026, range(4, 6))]],
];
