import { scheduleSummaryLines, type ScheduleSummary } from "../../../src/engine/followUp/summary";
import { displayWidth } from "../../../src/engine/words/format";

describe("scheduleSummaryLines", () => {
  const summary: ScheduleSummary = {
    planned: 7,
    overdue: 0,
    unscheduled: 0,
    unscheduledByReason: [],
    weeks: [20454, 20461],
    perOwnerWeek: [
      { owner: "王芳", counts: [3, 1], total: 4 },
      { owner: "Alice", counts: [2, 1], total: 3 },
    ],
  };

  it("aligns the weekly counts of Chinese and Latin owner names (padded by display width)", () => {
    const lines = scheduleSummaryLines(summary, "zh-CN");
    const wang = lines.find((l) => l.includes("王芳"))!;
    const alice = lines.find((l) => l.includes("Alice"))!;
    // The first count starts at the same display column on both rows.
    const column = (line: string, name: string) =>
      displayWidth(line.slice(0, line.indexOf(name) + name.length)) +
      (line.slice(line.indexOf(name) + name.length).search(/\d/) ?? 0);
    expect(column(wang, "王芳")).toBe(column(alice, "Alice"));
    expect(displayWidth(wang)).toBe(displayWidth(alice));
  });

  it("puts each week's date over its count column, with long English names", () => {
    const wide: ScheduleSummary = {
      ...summary,
      weeks: [20454, 20461, 20468],
      perOwnerWeek: [
        { owner: "James Walker", counts: [54, 1063, 7], total: 1124 },
        { owner: "王芳", counts: [3, 1, 0], total: 4 },
        { owner: "Ava Lin", counts: [55, 57, 23], total: 135 },
      ],
    };
    for (const lang of ["zh-CN", "en-US"] as const) {
      const lines = scheduleSummaryLines(wide, lang);
      const header = lines.findIndex((l) => /\d\d-\d\d/.test(l));
      const table = lines.slice(header, header + 4);
      // The right edge (display column) of every cell: the same on the header and on each row.
      const edges = (line: string) => {
        const out: number[] = [];
        const re = /\S+/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(line)))
          if (/^[\d-]+$/.test(m[0])) out.push(displayWidth(line.slice(0, m.index)) + m[0].length);
        return out;
      };
      const head = edges(table[0]);
      expect(head).toHaveLength(3);
      for (const row of table.slice(1)) expect(edges(row)).toEqual(head);
      // No name runs into its first count.
      for (const row of table.slice(1)) expect(row).toMatch(/\S {2,}\d/);
    }
  });
});
