import { InputError } from "../../engine/errors";
import { ZipFormatError, ZipPartError } from "./zipReader";

/**
 * The one-line InputError for a file that cannot be read: missing, not a workbook, damaged.
 * File-system and zip errors are never shown raw (no stack trace, no errno noise).
 *
 * @example fileError("in.xlsx", Object.assign(new Error(), { code: "ENOENT" })).message
 * // "Cannot open “in.xlsx”: the file does not exist."
 */
export function fileError(file: string, error: unknown, kind: "xlsx" | "csv" = "xlsx"): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") {
    return new InputError(
      `Cannot open “${file}”: the file does not exist.`,
      `无法打开“${file}”：文件不存在。`,
    );
  }
  if (code === "EISDIR") {
    return new InputError(
      `Cannot open “${file}”: it is a folder, not a file.`,
      `无法打开“${file}”：这是文件夹，不是文件。`,
    );
  }
  if (code === "EACCES" || code === "EPERM") {
    return new InputError(
      `Cannot open “${file}”: permission denied.`,
      `无法打开“${file}”：没有读取权限。`,
    );
  }
  if (code === "EBUSY") {
    return new InputError(
      `Cannot open “${file}”: it is locked by another program (close it in Excel first).`,
      `无法打开“${file}”：文件被其他程序占用（请先在 Excel 中关闭）。`,
    );
  }
  if (error instanceof ZipFormatError) {
    if (error.reason === "ole") {
      return new InputError(
        `“${file}” is password-protected or an old .xls workbook; save it as .xlsx without a password.`,
        `“${file}”设有密码或是旧版 .xls 工作簿；请另存为不带密码的 .xlsx。`,
      );
    }
    if (error.reason === "too_large") {
      return new InputError(
        `“${file}” is too large to read safely: ${oneLine(error)}.`,
        `“${file}”过大，无法安全读取：${oneLine(error)}。`,
      );
    }
    if (error.reason === "not_zip") {
      return new InputError(
        `“${file}” is not an Excel workbook (.xlsx).`,
        `“${file}”不是 Excel 工作簿（.xlsx）。`,
      );
    }
  }
  if (error instanceof ZipPartError) {
    const part = error.part;
    if (error.reason === "too_large") {
      return new InputError(
        `“${file}” is too large to read safely: ${oneLine(error)}.`,
        `“${file}”过大，无法安全读取：${oneLine(error)}。`,
      );
    }
    return new InputError(
      `“${file}” is damaged: its part ${part} ${error.reason === "crc" ? "fails its checksum (CRC-32)" : "is not intact"} (${oneLine(error)}).`,
      `“${file}”已损坏：其中的部件 ${part} ${error.reason === "crc" ? "校验和（CRC-32）不符" : "不完整"}（${oneLine(error)}）。`,
    );
  }
  const detail = oneLine(error);
  if (kind === "csv") {
    return new InputError(`Cannot read “${file}”: ${detail}.`, `无法读取“${file}”：${detail}。`);
  }
  return new InputError(
    `“${file}” is damaged and cannot be read as an Excel workbook (${detail}).`,
    `“${file}”已损坏，无法作为 Excel 工作簿读取（${detail}）。`,
  );
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split(/\r?\n/)[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "unknown error";
}
