/**
 * Excel.run's shape. The adapter takes a function of this type, so Excel.run (in Excel) and the
 * simulator's run (in tests and the preview page) are interchangeable.
 *
 * @example new OfficeWorkbook(Excel.run, { lang: "zh-CN" })
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The error code of an Office.js error (OfficeExtension.Error.code), or "" for other errors. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** Errors that mean "send less at once": the chunk is halved and sent again. */
export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  );
}
