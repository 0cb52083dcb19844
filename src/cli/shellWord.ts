/**
 * A file name as a shell takes it back in a command we advise (tester12 #7: the advice wrote
 * `--previous “analysis.xlsx”`, and a shell keeps curly quotes in the name): as it is when no
 * character in it means something to a shell, else quoted. A POSIX shell gets single quotes, inside
 * which nothing expands (double quotes let an interactive bash expand `!` as history, reviewer13
 * D8), with a ' written as '\''. On Windows double quotes (cmd has no single quotes), a backslash
 * is a folder separator and stays as it is, and only " is escaped; PowerShell still expands a `$`
 * in them (rare in a file name; not handled).
 *
 * @example shellWord("analysis.xlsx", "linux") // "analysis.xlsx"
 * @example shellWord("my report.xlsx", "linux") // "'my report.xlsx'"
 * @example shellWord("报表/十二月.xlsx") // "报表/十二月.xlsx"
 */
export function shellWord(name: string, platform: string = process.platform): string {
  const windows = platform === "win32";
  const plain = windows ? /^[\p{L}\p{N}._/\\:@%+=,~-]+$/u : /^[\p{L}\p{N}._/:@%+=,-]+$/u;
  if (plain.test(name)) return name;
  if (windows) return `"${name.replace(/"/g, '\\"')}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}
