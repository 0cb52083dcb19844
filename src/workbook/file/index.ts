/** The file adapter of the workbook port (Node only): .xlsx and CSV in, .xlsx and CSV out. */
export { openXlsx, type XlsxSourceOptions } from "./xlsxSource";
export {
  openCsv,
  detectDelimiter,
  detectEncoding,
  type CsvSourceOptions,
  type CsvEncoding,
} from "./csvSource";

export {
  XlsxReportWriter,
  headerWidth,
  COMPRESSION_LEVEL,
  type XlsxWriterOptions,
} from "./xlsxWriter";
export { writeCsvTable, csvLine, csvText } from "./csvWriter";
export { freeSheetName, validSheetName } from "../../engine/sheetNames";
export { checkOutputs, sameFile } from "./paths";
