import type { GridSource } from "../../src/engine/ingest/workbook";
import { workbookLooker } from "../../src/taskpane/look";
import type { PaneAction } from "../../src/taskpane/paneState";

/** A workbook whose sheet names come when `answer` is called (with names, or an error). */
function slowBook(): { source: GridSource; answer(names: string[] | Error): void } {
  let answer: (names: string[] | Error) => void = () => undefined;
  const names = new Promise<string[]>((resolve, reject) => {
    answer = (n) => (n instanceof Error ? reject(n) : resolve(n));
  });
  const source = {
    sheetNames: () => names,
    readSheet: async () => undefined,
  } as GridSource;
  return { source, answer: (n) => answer(n) };
}

const NO_CHOICES = { sheets: {}, columns: {} };

/** The actions said, by type, and the sheet names of each detection. */
function said(actions: PaneAction[]): string[] {
  return actions.map((a) =>
    a.type === "detected"
      ? `detected ${a.detection.names.join(",")}`
      : a.type === "dataFailed"
        ? `dataFailed ${(a.error as Error).message}`
        : a.type,
  );
}

describe("workbookLooker: the one look at the workbook", () => {
  test("says it is looking, then what was found", async () => {
    const actions: PaneAction[] = [];
    const book = slowBook();
    const done = workbookLooker((a) => actions.push(a)).look(book.source, NO_CHOICES);
    book.answer(["Sheet1"]);
    await done;
    expect(said(actions)).toEqual(["detecting", "detected Sheet1"]);
  });

  test("a failed look says what failed (which ends detecting): the first look's as any other's", async () => {
    const actions: PaneAction[] = [];
    const book = slowBook();
    const done = workbookLooker((a) => actions.push(a)).look(book.source, NO_CHOICES);
    book.answer(new Error("sheet renamed"));
    await done;
    expect(said(actions)).toEqual(["detecting", "dataFailed sheet renamed"]);
  });

  test("an earlier look that ends last does not put back what a later look found", async () => {
    const actions: PaneAction[] = [];
    const looker = workbookLooker((a) => actions.push(a));
    const [first, second] = [slowBook(), slowBook()];
    const looks = [looker.look(first.source, NO_CHOICES), looker.look(second.source, NO_CHOICES)];
    second.answer(["Renamed"]);
    await looks[1];
    first.answer(["Old"]);
    await looks[0];
    expect(said(actions)).toEqual(["detecting", "detecting", "detected Renamed"]);
  });

  test("nor does its failure, and a look the pane left says nothing", async () => {
    const actions: PaneAction[] = [];
    const looker = workbookLooker((a) => actions.push(a));
    const [first, second] = [slowBook(), slowBook()];
    const looks = [looker.look(first.source, NO_CHOICES), looker.look(second.source, NO_CHOICES)];
    second.answer(["Now"]);
    first.answer(new Error("gone"));
    await Promise.all(looks);
    let live = true;
    const third = slowBook();
    const left = looker.look(third.source, NO_CHOICES, () => live);
    live = false;
    third.answer(new Error("after the pane closed"));
    await left;
    expect(said(actions)).toEqual(["detecting", "detecting", "detected Now", "detecting"]);
  });
});
