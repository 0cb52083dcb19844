/**
 * newuser62 L1: `analyze --help` named --visits, --subscriptions, --complaints, --contacts and
 * --surveys only in its usage lines: nothing said what each reads. Each input option has a line
 * of its own, in zh and en: what the file holds, and the sheet names a workbook's input is read
 * from. Those names are the header words' (headerWords.ts, their one owner): each one quoted must
 * be read as that input (sheetInput), so the help cannot name a sheet that is not read.
 */
import { helpText } from "../../src/cli/args";
import { sheetInput } from "../../src/engine/ingest/workbook";
import { SHEET_KINDS, type Lang } from "../../src/engine/schema";

/** Each input option's lines, up to the next option or a blank line. */
function optionLines(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  for (const line of text.split("\n")) {
    const m = /^ {2}--([a-z]+) /.exec(line);
    if (m) key = m[1];
    else if (!/^ {10,}\S/.test(line)) key = null;
    if (key) out.set(key, `${out.get(key) ?? ""} ${line.trim()}`);
  }
  return out;
}

describe.each<[Lang, RegExp]>([
  ["en-US", /\(([^()]*)\)$/],
  ["zh-CN", /（([^（）]*)）$/],
])("the %s help", (lang, names) => {
  const lines = optionLines(helpText(lang));

  test.each([...SHEET_KINDS])("--%s has its own line, naming sheets read as it", (kind) => {
    const line = lines.get(kind);
    expect(line).toBeDefined();
    const listed = names.exec(line!)?.[1].split(lang === "en-US" ? ", " : "、") ?? [];
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const name of listed) expect([name, sheetInput(name)]).toEqual([name, kind]);
  });
});

test("the visits and subscriptions lines say what they are read for", () => {
  const en = optionLines(helpText("en-US"));
  expect(en.get("visits")).toMatch(/check-ins: customer ID, date, status/);
  expect(en.get("visits")).toMatch(/whether a customer still comes, not for money/);
  expect(en.get("subscriptions")).toMatch(/Cancel At Period End/);
  const zh = optionLines(helpText("zh-CN"));
  expect(zh.get("visits")).toMatch(/用于判断客户是否 ?还在来，不计收入/);
  expect(zh.get("subscriptions")).toMatch(/到期取消/);
});
