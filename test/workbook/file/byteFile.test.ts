import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ByteFile, writeTextPieces } from "../../../src/workbook/file/byteFile";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "byte-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeTextPieces", () => {
  it("writes any pieces as their UTF-8 text, whatever their sizes", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), {
          maxLength: 30,
        }),
        async (pieces) => {
          const file = join(dir, `p${n++}.txt`);
          await writeTextPieces(file, pieces);
          expect(readFileSync(file).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes pieces past the block size in order (several flushes)", async () => {
    const file = join(dir, "big.txt");
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}:` + "客户".repeat(200) + "\n");
    await writeTextPieces(file, pieces);
    expect(readFileSync(file, "utf8")).toBe(pieces.join(""));
  });

  it("closes the file when the pieces fail, and passes the error on", async () => {
    function* failing(): Generator<string> {
      yield "start";
      throw new Error("bug in a generator");
    }
    await expect(writeTextPieces(join(dir, "fail.txt"), failing())).rejects.toThrow(
      "bug in a generator",
    );
  });
});

describe("ByteFile", () => {
  it("keeps what was encoded before a flush and after it", async () => {
    const path = join(dir, "bytes.txt");
    const file = await ByteFile.open(path);
    file.out.ascii("a,");
    file.out.number(12.5);
    await file.flush();
    file.out.utf8("，客户\r\n");
    await file.maybeFlush(); // below a block: nothing written yet, nothing lost
    await file.close();
    expect(readFileSync(path, "utf8")).toBe("a,12.5，客户\r\n");
  });
});
