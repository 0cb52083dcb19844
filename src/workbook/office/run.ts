/**
 * Excel.run's shape, batch first: `run(batch)` or `run(batch, { delayForCellEdit: true })`. The
 * adapter takes a function of this type, so Excel.run (wrapped by officeRun) and the simulator's
 * run (in tests and the preview page) are interchangeable.
 *
 * @example new OfficeWorkbook(officeRun(), { lang: "zh-CN" })
 */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: Excel.RunOptions,
) => Promise<T>;

/**
 * Excel.run as an ExcelRun (office.js takes the options first).
 *
 * @example const run = officeRun(); await run(batch, { delayForCellEdit: true });
 */
export function officeRun(): ExcelRun {
  return (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));
}

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

/**
 * Excel on the web may answer an oversized request with a bare GeneralException instead of the
 * payload codes ("Excel on the web has a payload size limit for requests and responses of 5MB …
 * RequestPayloadSizeLimitExceeded", resource-limits-and-performance; in practice some builds say
 * GeneralException). A chunk that gets one is halved once; a second one at the smaller size is a
 * real error and is reported.
 */
export function isGeneralException(error: unknown): boolean {
  return errorCode(error) === "GeneralException";
}

/**
 * Decides, for one chunk, whether an error means "too large": payload codes always; a
 * GeneralException only the first time (then the chunk is smaller and it is taken at its word),
 * or, given `couldBeTooLarge` (a read, whose answer's size is unknown until it comes), as long as
 * the chunk could still pass the limit: a sheet of long cells needs more than one halving.
 *
 * @example const tooLarge = tooLargeJudge(); tooLarge(generalException) // true, then false
 */
export function tooLargeJudge(couldBeTooLarge?: () => boolean): (error: unknown) => boolean {
  let generalSeen = false;
  return (error) => {
    if (isPayloadError(error)) return true;
    if (!isGeneralException(error)) return false;
    if (couldBeTooLarge) return couldBeTooLarge();
    if (generalSeen) return false;
    generalSeen = true;
    return true;
  };
}

/** Milliseconds from some fixed point (performance.now); tests pass a fake one. */
export type Clock = () => number;

/** performance.now where there is one (browsers, workers, Node), else Date.now. */
export const defaultClock: Clock =
  typeof performance !== "undefined" && typeof performance.now === "function"
    ? () => performance.now()
    : () => Date.now();
