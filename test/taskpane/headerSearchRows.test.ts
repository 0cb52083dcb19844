import type { Lang } from "../../src/engine/schema";
import { blockText } from "../../src/taskpane/inputFix";

// Reviewer52 #12: the pane wrote "前 30 行 / first 30 rows" itself, a second owner of how far the
// header is looked for. Moved here, the words follow the one constant (ingest/header.ts). The Data
// step's headerNotFound takes the same constant (DataStep.tsx; its panel opens in an effect,
// which a server render does not run: seen in test/e2e).
jest.mock("../../src/engine/ingest/header", () => ({
  ...jest.requireActual("../../src/engine/ingest/header"),
  HEADER_SEARCH_ROWS: 12,
}));

test.each([
  ["zh-CN", "前 12 行", "前 30 行"],
  ["en-US", "first 12 rows", "first 30 rows"],
] as const)(
  "%s: Run blocked by a header not found names the rows searched",
  (lang: Lang, says, not) => {
    const run = blockText({ kind: "transactions", sheet: "交易", fields: [] }, lang);
    expect(run).toContain(says);
    expect(run).not.toContain(not);
  },
);
