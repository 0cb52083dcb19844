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
});
