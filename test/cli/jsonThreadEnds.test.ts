import { threadEnds } from "../../src/cli/jsonWorker";

describe("threadEnds: when the JSON's thread is ended", () => {
  const at = { over: true, waiting: 0, held: false, released: false };

  it("not before its JSON is written, even when released", () => {
    expect(threadEnds({ ...at, over: false })).toBe(false);
    expect(threadEnds({ ...at, over: false, released: true })).toBe(false);
  });

  it("once the JSON is written and nothing is asked or to be asked", () => {
    expect(threadEnds(at)).toBe(true);
  });

  it("not while an answer is awaited, unless the workbook is written", () => {
    expect(threadEnds({ ...at, waiting: 1 })).toBe(false);
    expect(threadEnds({ ...at, waiting: 1, released: true })).toBe(true);
  });

  // A JSON written before the schedule tab starts: the state's rows are still to be asked.
  it("kept while the state's rows are still to be asked, until the workbook is written", () => {
    expect(threadEnds({ ...at, held: true })).toBe(false);
    expect(threadEnds({ ...at, held: true, released: true })).toBe(true);
  });
});
