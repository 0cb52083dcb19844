import { readWritten, WrittenTexts } from "../../../src/engine/followUp/typedNotes";
import { writtenCells } from "../../../src/engine/followUp/writtenCells";

// The run state's schedule cells made from the recorded hashes alone (the command line makes them
// on its JSON thread: jsonWorker.ts besideAheadOf) are those WrittenTexts.cells makes.
const recorder = (rows: number): WrittenTexts => {
  const w = new WrittenTexts();
  for (let i = 0; i < rows; i++)
    w.addRow(
      `C${i}`,
      i % 3 ? "王芳" : "李雷",
      20454 + (i % 40),
      `逾期 ${i}\n最近购买：显示器`,
      "已安排",
      i % 7 ? "" : "回访",
    );
  return w;
};

test("writtenCells of take() is cells(), at one cell and at many", () => {
  for (const rows of [3, 12_000]) {
    const raw = recorder(rows).take();
    // As sent to another thread: a copy of the hashes alone.
    const made = writtenCells({ hashes: raw.hashes.slice(), longest: raw.longest });
    const here = recorder(rows).cells();
    expect(made).toEqual(here);
    if (rows > 3) expect(here.length).toBeGreaterThan(1);
    expect(readWritten(made).keyed).toBe(true);
  }
});

test("nothing is recorded once taken", () => {
  const w = recorder(2);
  const taken = w.take().hashes.length;
  w.addRow("C9", "王芳", 20454, "另一条", "已完成", "");
  expect(w.take().hashes.length).toBe(taken);
  expect(writtenCells({ hashes: Float64Array.of(40, 3), longest: 5 })).toEqual(["~FDlB"]);
});
