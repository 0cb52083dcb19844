/**
 * Words of the file and workbook adapters (src/workbook/file, src/workbook/office): why an input
 * cannot be read or an output cannot be written, said as what to do. Placeholders: `{file}` the
 * path, `{detail}` the system's one-line reason.
 */

/**
 * An input with nothing in it at all, said once: the 0-byte workbook, --rules or --previous file
 * (emptyFile) and the empty sheet or CSV file ingest finds (quality.empty_sheet) end alike
 * (reviewer48 L2: two wordings of one thing).
 */
export const EMPTY_EN =
  "is empty (nothing in it at all); check that the export or copy is complete";
export const EMPTY_ZH = "是空的（没有任何内容），请检查导出或复制是否完整";

export const FILE_EN = {
  missing: "Cannot open “{file}”: the file does not exist.",
  folder: "Cannot open “{file}”: it is a folder, not a file.",
  denied: "Cannot open “{file}”: permission denied.",
  locked: "Cannot open “{file}”: it is locked by another program (close it in Excel first).",
  protectedOrXls:
    "“{file}” is password-protected or an old .xls workbook; save it as .xlsx without a password.",
  tooLarge: "“{file}” is too large to read safely: {detail}.",
  /** With what to do (tester49 L3: every other file error said it, this one did not). */
  notWorkbook:
    "“{file}” is not an Excel workbook (.xlsx). It may be damaged, or another kind of file renamed .xlsx: open it in Excel, save it as an Excel workbook (.xlsx) and run again.",
  /** A 0-byte file, in any input role (tester47 L5: an empty .xlsx was "not a workbook"). */
  emptyFile: `“{file}” ${EMPTY_EN}.`,
  csvNotWorkbook:
    "“{file}” is a CSV file, not an Excel workbook (.xlsx). Give CSV files by their role: analyze --customers customers.csv --transactions transactions.csv (see --help).",
  /** A CSV file saved under a workbook's name (.xlsx, .xls: {ext}), told by its content (fileErrors.ts textHead). */
  csvNamedXlsx:
    "“{file}” holds CSV text, not an Excel workbook, although its name ends in {ext}. Rename it to .csv and give CSV files by their role: analyze --customers customers.csv --transactions transactions.csv (see --help).",
  /** The other way round: a workbook given as a CSV file (--transactions book.xlsx). */
  workbookNotCsv:
    "“{file}” is an Excel workbook, not a CSV file. Give a workbook by itself: analyze {typed} (its Customers and Transactions sheets are read; see --help).",
  /**
   * A file given as a CSV file that is no text (fileErrors.ts binaryKind, tester50 M2): {kind} the
   * format its first bytes say (PNG, JPEG, GIF, PDF); binaryNotCsv when none is known (NUL bytes).
   */
  binaryKindNotCsv:
    "“{file}” is not a CSV text file: it is a {kind} file (binary content), perhaps renamed .csv. Export the data as CSV (in Excel: File > Save As > CSV UTF-8) and give that file.",
  /**
   * An input error about a CSV file whose bytes look like Big5 or Shift-JIS (fileErrors.ts
   * legacyCjkEncoding, tester50 M4): {message} the error, {encoding} the one it looks like.
   */
  legacyEncoding:
    "{message}. {file} looks like {encoding} text, which it was not read as: CSV files are read as UTF-8, GB18030 (GBK), Big5 (when the text tells it apart from GBK), UTF-16 or Windows-1252. Save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8) and run again.",
  binaryNotCsv:
    "“{file}” is not a CSV text file: it holds binary content (NUL bytes), not text. Export the data as CSV (in Excel: File > Save As > CSV UTF-8) and give that file.",
  damagedPartCrc: "“{file}” is damaged: its part {part} fails its checksum (CRC-32).",
  damagedPart: "“{file}” is damaged: its part {part} is not intact ({detail}).",
  damagedPartSize:
    "“{file}” is damaged: its part {part} is not intact (it unpacks to more than the {size|#} bytes the file records for it).",
  /** A part that unpacks to fewer bytes than recorded (a file cut short inside it). */
  damagedPartShort:
    "“{file}” is damaged: its part {part} is not intact (it unpacks to {bytes|#} bytes where the file records {size|#}).",
  /** A part whose compressed data does not inflate (zlib's error). */
  damagedPartData:
    "“{file}” is damaged: the compressed data of its part {part} is corrupt and cannot be unpacked.",
  /** No zip directory at the end of the file: cut short (a download or copy that did not finish). */
  truncated:
    "“{file}” is damaged or incomplete: the end of the file is missing (a download or copy that did not finish?). Export or copy it again.",
  quoteNotClosed:
    'Cannot read “{file}”: a cell in row {row} opens with a double quote (") that is never closed, so the rest of the file reads as part of that cell. Check row {row} for a stray or missing quote.',
  cannotReadCsv: "Cannot read “{file}”: {detail}.",
  /** A reading thread (the transactions aside thread, the .xlsx inflate worker) that ended before its file did. */
  readingStopped:
    "Cannot read “{file}”: the reading thread stopped before the end of the file (perhaps out of memory). Close other programs and run again.",
  damaged: "“{file}” is damaged and cannot be read as an Excel workbook ({detail}).",
  noSheet: "“{file}” has no sheet named “{sheet}”.",
  /** xl/sharedStrings.xml breaks off before its end (zip intact): cells past the cut would be empty. */
  sharedStringsCutShort:
    "“{file}” is damaged: its list of texts (xl/sharedStrings.xml) breaks off before its end, so cells whose text is past the break would read as empty. Open the workbook in Excel (it repairs what it can), check it, save it and run again.",
  /** A sheet's XML that stops before its rows close (zip intact, the part written short: tester52). */
  sheetCutShort:
    "“{file}” is damaged: the sheet “{sheet}” breaks off without closing its rows: the last row read is row {row}, which may be incomplete, and any rows after it are missing. Open the workbook in Excel (it repairs what it can), check the sheet, save it and run again.",
  /** sheetCutShort before any row was read (the part cut right after <sheetData>: reviewer52). */
  sheetCutShortNoRow:
    "“{file}” is damaged: the sheet “{sheet}” breaks off before its first row, so its rows are missing. Open the workbook in Excel (it repairs what it can), check the sheet, save it and run again.",
  noCsvFor: "No CSV file was given for “{sheet}”.",
  /**
   * An analysis output with only our tabs given as input (analyzeCommand.ts): two commands, each on
   * a line of its own so it can be copied whole (tester12 #7), the user's own first (a workbook:
   * the one this output was made from with --share, or that it refreshed), then from CSV files;
   * both keep the user's options ({options}: --as-of, --lang, --rules, --share, -o, --json;
   * tester13 #7: pasted without --as-of it ran as of today). {previous} and the file names are as a
   * shell takes them (cli/shellWord.ts).
   */
  /**
   * {ask}: outputAsInputAskPrevious (an -o of the user's), or outputAsInputAskInto (no -o).
   * {forms}: outputAsInputWorkbookFirst, or outputAsInputCsvFirst for an output made from CSV files (runInput.ts).
   */
  outputAsInput:
    "“{file}” is an analysis output workbook: it holds only this tool's tabs ({tabs}), no customer or transaction data. {ask} {forms}",
  outputAsInputAskPrevious:
    "Run on the original data and give this workbook as --previous to see what changed.",
  outputAsInputWorkbookFirst:
    "From the workbook it was made from:\n  {fromWorkbook}\nor from CSV files:\n  {fromCsv}",
  outputAsInputCsvFirst:
    "From the CSV files it was made from:\n  {fromCsv}\nor from a workbook:\n  {fromWorkbook}",
  /**
   * outputAsInput's ask when the user gave no -o: the advised runs refresh the report itself (-o
   * it, in {options}), compared with the run it holds (refreshIntoCommand).
   */
  outputAsInputAskInto:
    "Run on the original data with this workbook as -o: it is refreshed, and what changed since the run it holds is shown.",
  /** The refresh command outputAsInput's forms advise, from `input`. */
  refreshCommand: "npm run cli -- analyze {input}{options} --previous {previous}",
  /** outputAsInputAskInto's command: -o the report given ({out}), refreshed. */
  refreshIntoCommand: "npm run cli -- analyze {input}{options} -o {out}",
  /** The placeholders of outputAsInput's commands: the names a user replaces. */
  originalWorkbook: "original.xlsx",
  originalCustomers: "customers.csv",
  originalTransactions: "transactions.csv",
  /** Outputs (paths.ts, xlsxWriter.ts). */
  outputIsInput: "{out}: this is an input file; choose another output (inputs are never modified)",
  outputTwice: "{out}: named for two outputs; give each its own file",
  noFolder: "{out}: the folder {dir} does not exist",
  /** An output that is a symbolic link to a file in a missing folder (paths.ts checkOutputs). */
  linkNoFolder: "{out} links to {file}: the folder {dir} does not exist",
  notFolder: "{out}: {dir} is not a folder",
  /**
   * With the next step, also when the output was the default beside the input (tester50 L1:
   * REFERENCE says the advice names its option); {option} -o or --json.
   */
  cannotWriteFolder:
    "{out}: cannot write in the folder {dir}. Choose an output file in a folder you can write to with {option} and run again",
  notAFile: "{out}: exists and is not a file",
  /**
   * An output the system would not let us create or write (tempFiles.ts writeFailure): the reason
   * is one of the write… words below, by the system's error code; never its message (it names
   * our temp file).
   */
  cannotWriteHere: "{out}: cannot write the file here: {reason}",
  writeNoFolder: "the folder does not exist or does not take new files",
  writeDenied: "no permission to create files in this folder",
  writeReadOnly: "the drive is read-only",
  writeDiskFull: "the disk is full",
  writeQuota: "your disk quota is used up",
  writeTooBig: "the file is larger than this drive allows",
  writeNameTooLong: "the path is too long",
  writeBadName: "this drive does not allow that file name",
  writeDeviceError: "the drive reported an error",
  writeTooManyOpen: "too many files are open",
  /** A symbolic link that leads back to itself (ELOOP). */
  writeLinkLoop:
    "it is a symbolic link in a loop (it leads back to itself, ELOOP): fix or remove the link, or choose another output file",
  writeRefused: "the system refused it ({code})",
  /**
   * An existing output that cannot be replaced, found before the run (tempFiles.ts probeOutput) or
   * when the finished file is renamed over it (replaceTarget); {option} is -o or --json.
   */
  cannotReplace:
    "{out}: cannot replace this file: it is open in another program or read-only. Close it in Excel (or check its permissions), or choose another output file with {option}.",
  /**
   * An existing output whose permissions let no one write it (chmod 444), found before the run
   * (probeOutput); {mode} as `ls -l` and chmod show it: "r--r--r-- (444)".
   */
  readOnlyOutput:
    "{out}: cannot replace this file: it is read-only (its permissions, {mode}, let no one write it). Make it writable (chmod u+w) and run again, or choose another output file with {option}.",
  /**
   * An existing output that some may write but not you (a 644 file of another owner, a 464 file of
   * yours): {who} are the writers by its bits (writer… words joined by writersAnd), {you} which of
   * them you are (you… words), {advice} chmod for its owner, else ask the owner (tempFiles.ts).
   */
  othersOutput:
    "{out}: cannot replace this file: its permissions ({mode}) let only {who} write it, and {you}. {advice}, or choose another output file with {option}.",
  writerOwner: "its owner",
  writerGroup: "its group",
  writerOthers: "other users",
  writersAnd: " and ",
  youOwner: "you are its owner",
  youGroup: "you are in its group, not its owner",
  youOthers: "you are neither its owner nor in its group",
  othersAdviceOwner: "Make it writable for yourself (chmod u+w) and run again",
  othersAdviceAsk: "Ask its owner",
  /** An output Excel has open: its owner file ~$name is beside it (tempFiles.ts officeLock). */
  openInExcel:
    "{out}: Excel has this file open (its lock file {lock} is beside it), so it is not replaced. Close it in Excel and run again, or choose another output file with {option}. If Excel is not running, the lock file was left behind: delete {lock}.",
  /** An output LibreOffice has open: its lock file .~lock.name# is beside it (officeLock). */
  openInLibreOffice:
    "{out}: LibreOffice has this file open (its lock file {lock} is beside it), so it is not replaced. Close it in LibreOffice and run again, or choose another output file with {option}. If LibreOffice is not running, the lock file was left behind: delete {lock}.",
  macros: "{out}: the input workbook has macros (VBA); name the output .xlsm to keep them",
  outputIsInputWorkbook:
    "The output “{out}” is the input workbook; choose another output file (the input is never modified).",
  /**
   * Why a tab of ours was not given its usual sheet name (WrittenTab.renamedBecause), said the
   * same way by both writers (src/workbook/renamedBecause.ts): another tab of these results holds
   * it, or a sheet of the user's does.
   */
  renamedForOurTab:
    "Another tab of these results is already named “{wanted}”, so this one was written to “{used}”.",
  renamedForUsersSheet:
    "The workbook already has your own sheet “{wanted}”; to leave it untouched, the results were written to “{used}”.",
};

export const FILE_ZH: Record<keyof typeof FILE_EN, string> = {
  missing: "无法打开“{file}”：文件不存在。",
  folder: "无法打开“{file}”：这是文件夹，不是文件。",
  denied: "无法打开“{file}”：没有读取权限。",
  locked: "无法打开“{file}”：文件被其他程序占用（请先在 Excel 中关闭）。",
  protectedOrXls: "“{file}”设有密码或是旧版 .xls 工作簿；请另存为不带密码的 .xlsx。",
  tooLarge: "“{file}”过大，无法安全读取：{detail}。",
  notWorkbook:
    "“{file}”不是 Excel 工作簿（.xlsx）。文件可能已损坏，或是改了扩展名的其他文件：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）后重新运行。",
  emptyFile: `“{file}”${EMPTY_ZH}。`,
  csvNotWorkbook:
    "“{file}”是 CSV 文件，不是 Excel 工作簿（.xlsx）。CSV 文件请按用途指定：analyze --customers 客户.csv --transactions 交易.csv（见 --help）。",
  csvNamedXlsx:
    "“{file}”虽以 {ext} 结尾，内容却是 CSV 文本，不是 Excel 工作簿。请改用 .csv 扩展名，并按用途指定 CSV 文件：analyze --customers 客户.csv --transactions 交易.csv（见 --help）。",
  workbookNotCsv:
    "“{file}”是 Excel 工作簿，不是 CSV 文件。工作簿请直接指定：analyze {typed}（读取其中的客户表和交易表；见 --help）。",
  binaryKindNotCsv:
    "“{file}”不是 CSV 文本文件：它是 {kind} 文件（二进制内容），可能是改了扩展名。请把数据导出为 CSV（Excel：文件 > 另存为 > CSV UTF-8），再给出该文件。",
  legacyEncoding:
    "{message}。{file} 似乎是 {encoding} 编码的文本，但未按此编码读取：CSV 文件只读取 UTF-8、GB18030（GBK）、Big5（文字能与 GBK 区分时）、UTF-16 或 Windows-1252。请另存为 CSV UTF-8（Excel：文件 > 另存为 > CSV UTF-8）后重新运行。",
  binaryNotCsv:
    "“{file}”不是 CSV 文本文件：其内容是二进制数据（含 NUL 字节），不是文本。请把数据导出为 CSV（Excel：文件 > 另存为 > CSV UTF-8），再给出该文件。",
  damagedPartCrc: "“{file}”已损坏：其中的部件 {part} 校验和（CRC-32）不符。",
  damagedPart: "“{file}”已损坏：其中的部件 {part} 不完整（{detail}）。",
  damagedPartSize:
    "“{file}”已损坏：其中的部件 {part} 不完整（解压后超过文件为它记录的 {size|#} 字节）。",
  damagedPartShort:
    "“{file}”已损坏：其中的部件 {part} 不完整（解压后只有 {bytes|#} 字节，文件为它记录的是 {size|#} 字节）。",
  damagedPartData: "“{file}”已损坏：其中的部件 {part} 的压缩数据有误，无法解压。",
  truncated:
    "“{file}”已损坏或不完整：文件末尾缺失（下载或复制没有完成？）。请重新导出或复制该文件。",
  quoteNotClosed:
    '无法读取“{file}”：第 {row} 行有一个以英文双引号（"）开头的单元格没有闭合，文件其余部分都被读成了这个单元格。请检查第 {row} 行多出或缺少的双引号。',
  cannotReadCsv: "无法读取“{file}”：{detail}。",
  readingStopped:
    "无法读取“{file}”：读取线程在读完文件之前意外停止（可能是内存不足）。请关闭其他程序后重新运行。",
  damaged: "“{file}”已损坏，无法作为 Excel 工作簿读取（{detail}）。",
  noSheet: "“{file}”中没有名为“{sheet}”的工作表。",
  sharedStringsCutShort:
    "“{file}”已损坏：其中的文本列表（xl/sharedStrings.xml）中途中断，文本在中断处之后的单元格会被读成空白。请在 Excel 中打开该工作簿（Excel 会尽量修复），核对后保存，再重新运行。",
  sheetCutShort:
    "“{file}”已损坏：工作表“{sheet}”的数据中途中断，没有正常结束：读到的最后一行是第 {row} 行，该行可能不完整，此后的行已缺失。请在 Excel 中打开该工作簿（Excel 会尽量修复），核对该表后保存，再重新运行。",
  sheetCutShortNoRow:
    "“{file}”已损坏：工作表“{sheet}”的数据在第一行之前就中断了，其中的行已缺失。请在 Excel 中打开该工作簿（Excel 会尽量修复），核对该表后保存，再重新运行。",
  noCsvFor: "没有为“{sheet}”指定 CSV 文件。",
  outputAsInput:
    "“{file}”是客户分析的输出工作簿：只含本工具的表（{tabs}），没有客户和交易数据。{ask}{forms}",
  outputAsInputAskPrevious: "请对原始数据运行，并用 --previous 指向这个工作簿以查看变化。",
  outputAsInputWorkbookFirst:
    "原始数据是工作簿时：\n  {fromWorkbook}\n是 CSV 文件时：\n  {fromCsv}",
  outputAsInputCsvFirst:
    "它由这些 CSV 文件生成：\n  {fromCsv}\n原始数据是工作簿时：\n  {fromWorkbook}",
  outputAsInputAskInto:
    "请对原始数据运行，并用 -o 指向这个工作簿：它会被刷新，并显示与其中那次分析相比的变化。",
  refreshCommand: "npm run cli -- analyze {input}{options} --previous {previous}",
  refreshIntoCommand: "npm run cli -- analyze {input}{options} -o {out}",
  originalWorkbook: "原工作簿.xlsx",
  originalCustomers: "客户.csv",
  originalTransactions: "交易.csv",
  outputIsInput: "{out}：这是输入文件；请另选输出文件（输入文件不会被修改）",
  outputTwice: "{out}：两个输出使用了同一个文件名",
  noFolder: "{out}：文件夹 {dir} 不存在",
  linkNoFolder: "{out} 指向 {file}：文件夹 {dir} 不存在",
  notFolder: "{out}：{dir} 不是文件夹",
  cannotWriteFolder:
    "{out}：无法写入文件夹 {dir}。请用 {option} 指定可写入的文件夹中的输出文件后重新运行",
  notAFile: "{out}：已存在且不是文件",
  cannotWriteHere: "{out}：无法在此写入文件：{reason}",
  writeNoFolder: "文件夹不存在或不能在其中新建文件",
  writeDenied: "没有在此文件夹中新建文件的权限",
  writeReadOnly: "磁盘为只读",
  writeDiskFull: "磁盘已满",
  writeQuota: "磁盘配额已用完",
  writeTooBig: "文件超出此磁盘允许的大小",
  writeNameTooLong: "路径过长",
  writeBadName: "此磁盘不允许这样的文件名",
  writeDeviceError: "磁盘报告了错误",
  writeTooManyOpen: "打开的文件过多",
  writeLinkLoop: "它是循环的符号链接（最终指回自身，ELOOP）：请修正或删除该链接，或另选输出文件",
  writeRefused: "系统拒绝写入（{code}）",
  cannotReplace:
    "{out}：无法替换此文件：它正被其他程序打开或为只读。请在 Excel 中关闭它（或检查文件权限），或用 {option} 另选输出文件。",
  readOnlyOutput:
    "{out}：无法替换此文件：它是只读文件（权限 {mode}，任何人都不能写入）。请将其改为可写（chmod u+w）后重新运行，或用 {option} 另选输出文件。",
  othersOutput:
    "{out}：无法替换此文件：它的权限（{mode}）只允许这些用户写入：{who}；{you}。{advice}，或用 {option} 另选输出文件。",
  writerOwner: "所有者",
  writerGroup: "所属组",
  writerOthers: "其他用户",
  writersAnd: "和",
  youOwner: "您是其所有者",
  youGroup: "您属于其所属组，但不是所有者",
  youOthers: "您既不是其所有者，也不属于其所属组",
  othersAdviceOwner: "请将其改为您可写（chmod u+w）后重新运行",
  othersAdviceAsk: "请联系其所有者",
  openInExcel:
    "{out}：Excel 正打开此文件（旁边有它的锁定文件 {lock}），因此未替换。请在 Excel 中关闭它后重新运行，或用 {option} 另选输出文件。如果 Excel 并未运行，这是遗留的锁定文件：请删除 {lock}。",
  openInLibreOffice:
    "{out}：LibreOffice 正打开此文件（旁边有它的锁定文件 {lock}），因此未替换。请在 LibreOffice 中关闭它后重新运行，或用 {option} 另选输出文件。如果 LibreOffice 并未运行，这是遗留的锁定文件：请删除 {lock}。",
  macros: "{out}：输入工作簿含宏（VBA）；请将输出文件命名为 .xlsm 以保留宏",
  outputIsInputWorkbook: "输出文件“{out}”就是输入工作簿；请另选输出文件（输入文件不会被修改）。",
  renamedForOurTab: "本次结果中已有名为“{wanted}”的工作表，因此写入了“{used}”。",
  renamedForUsersSheet: "工作簿中已有您自己的工作表“{wanted}”，为不覆盖它，结果写入了“{used}”。",
};

/** Words of the Office.js adapter (src/workbook/office): what Excel refused and what to do. */
export const OFFICE_EN = {
  readOnly:
    "This workbook is open read-only (or in view mode), so the results cannot be written. Choose Edit Workbook (in Excel on the web: Editing), or save a copy and open that, then run again.",
  protectedStructure:
    "The workbook's structure is protected, so the result tabs cannot be added. Unprotect it (Review > Protect Workbook), then run again.",
  cellEdit:
    "Excel is busy while a cell is being edited. Press Enter or Esc to finish editing, then run again.",
  noSheetOrTable: "There is no sheet or table named “{sheet}” in the workbook.",
  /**
   * Our tab's Excel table could not take the name its sheet gives (=客户分类[列]): a table of the
   * user's holds it (plan.ts; the pane shows it under tableRenamedTitle).
   */
  tableNameTakenByTable:
    "The workbook already has a table of yours named “{wanted}”, so the table on the “{sheet}” tab is named “{used}”: in formulas, write {used}[column].",
  /** …or a defined name of the user's holds it. */
  tableNameTakenByName:
    "The workbook already has a name of yours “{wanted}” (Formulas > Name Manager), so the table on the “{sheet}” tab is named “{used}”: in formulas, write {used}[column].",
  /**
   * …or the table of a tab of ours an earlier run wrote whose layout the user changed: that tab
   * is left as it is (its marker moves to the new tab), its table keeps the name (misc45).
   */
  tableNameTakenByOldTab:
    "The “{other}” tab, written by an earlier run, has had its layout changed, so it is left as it is and no longer updated; its table keeps the name “{wanted}”, so the new table on the “{sheet}” tab is named “{used}”: in formulas, write {used}[column].",
  /** …or the table of another tab of these results. */
  tableNameTakenByOurTab:
    "The table on the “{other}” tab of these results is already named “{wanted}”, so the table on the “{sheet}” tab is named “{used}”: in formulas, write {used}[column].",
  /**
   * The table on a tab of ours was renamed in Excel (pane46): the refresh keeps the user's name, as
   * their formulas use it, and says so once (writer.ts).
   */
  tableNameKept:
    "The table on the “{sheet}” tab is named “{name}”, a name you gave it (the analysis named it “{ours}”): the refresh keeps your name, so formulas that use it still work. This is said once.",
};

export const OFFICE_ZH: Record<keyof typeof OFFICE_EN, string> = {
  readOnly:
    "此工作簿以只读方式（或查看模式）打开，无法写入结果。请选择“编辑工作簿”（网页版：切换到“编辑”），或另存一份副本后打开，再运行。",
  protectedStructure:
    "工作簿结构受保护，无法添加结果工作表。请先取消保护（审阅 > 保护工作簿），再运行。",
  cellEdit: "正在编辑单元格时 Excel 无法执行操作。请按 Enter 或 Esc 结束编辑，再运行。",
  noSheetOrTable: "工作簿中没有名为“{sheet}”的工作表或表格。",
  tableNameTakenByTable:
    "工作簿中已有您自己的表格（Excel 表）名为“{wanted}”，因此“{sheet}”工作表中的表格名为“{used}”：公式中请写 {used}[列名]。",
  tableNameTakenByName:
    "工作簿中已有您定义的名称“{wanted}”（公式 > 名称管理器），因此“{sheet}”工作表中的表格名为“{used}”：公式中请写 {used}[列名]。",
  tableNameTakenByOldTab:
    "“{other}”工作表是本工具以前写的，其布局已被改动，因此保留原样、不再更新；其中的表格仍名为“{wanted}”，因此“{sheet}”工作表中的新表格名为“{used}”：公式中请写 {used}[列名]。",
  tableNameTakenByOurTab:
    "本次结果的“{other}”工作表中的表格已名为“{wanted}”，因此“{sheet}”工作表中的表格名为“{used}”：公式中请写 {used}[列名]。",
  tableNameKept:
    "“{sheet}”工作表中的表格名为“{name}”，是您改的名称（分析原先的名称是“{ours}”）：刷新保留您的名称，引用它的公式照常有效。此提示只显示一次。",
};
