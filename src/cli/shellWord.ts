/**
 * A file name as a shell takes it back in a command we advise (tester12 #7: the advice wrote
 * `--previous “analysis.xlsx”`, and a shell keeps curly quotes in the name): as it is when no
 * character in it means something to a shell, else quoted. A POSIX shell gets single quotes, inside
 * which nothing expands (double quotes let an interactive bash expand `!` as history, reviewer13
 * D8), with a ' written as '\''. On Windows a backslash is a folder separator and stays as it is;
 * a name is double-quoted, which both cmd and PowerShell read (cmd has no single quotes), unless it
 * holds a `$` or a backtick: PowerShell, the default terminal of Windows 10 and 11, expands `$name`
 * and escapes with ` inside double quotes, so such a name gets PowerShell's single quotes (nothing
 * expands in them; a ' is doubled). cmd would keep those quotes in the name, but a `$` there needs
 * no quoting, so the one form cannot serve both shells and the default one is chosen.
 *
 * @example shellWord("analysis.xlsx", "linux") // "analysis.xlsx"
 * @example shellWord("my report.xlsx", "linux") // "'my report.xlsx'"
 * @example shellWord("报表/十二月.xlsx") // "报表/十二月.xlsx"
 * @example shellWord("C:\\50% $off.xlsx", "win32") // "'C:\\50% $off.xlsx'"
 */
export function shellWord(name: string, platform: string = process.platform): string {
  const windows = platform === "win32";
  const plain = windows ? /^[\p{L}\p{N}._/\\:@%+=,~-]+$/u : /^[\p{L}\p{N}._/:@%+=,-]+$/u;
  if (plain.test(name)) return name;
  if (windows && /[$`]/.test(name)) return `'${name.replace(/'/g, "''")}'`;
  if (windows) return `"${name.replace(/"/g, '\\"')}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}
