/**
 * A file name as a shell takes it back in a command we advise (tester12 #7: the advice wrote
 * `--previous “analysis.xlsx”`, and a shell keeps curly quotes in the name): as it is when no
 * character in it means something to a shell, else in straight double quotes, with what a POSIX
 * shell reads inside them (" $ ` \) escaped. On Windows a backslash is a folder separator and
 * stays as it is (cmd and PowerShell read it so), and only " is escaped.
 *
 * @example shellWord("analysis.xlsx") // "analysis.xlsx"
 * @example shellWord("my report.xlsx") // "\"my report.xlsx\""
 * @example shellWord("报表/十二月.xlsx") // "报表/十二月.xlsx"
 */
export function shellWord(name: string, platform: string = process.platform): string {
  const windows = platform === "win32";
  const plain = windows ? /^[\p{L}\p{N}._/\\:@%+=,~-]+$/u : /^[\p{L}\p{N}._/:@%+=,-]+$/u;
  if (plain.test(name)) return name;
  return `"${name.replace(windows ? /"/g : /["$`\\]/g, "\\$&")}"`;
}
