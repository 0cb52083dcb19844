/**
 * Errors the simulated Excel throws, shaped like OfficeExtension.Error: a `code` from
 * Excel.ErrorCodes (or OfficeExtension.ErrorCodes) and `debugInfo`.
 */
export class SimError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/**
 * The error office.js throws when a property is read before it was loaded and synced.
 *
 * @example propertyNotLoaded("values", "Range").code // "PropertyNotLoaded"
 */
export function propertyNotLoaded(property: string, type: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the ` +
      `load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

/** ItemNotFound, as Excel throws for getItem of a missing item. @example notFound("Sheet9").code */
export function notFound(what: string): SimError {
  return new SimError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

/** InvalidArgument. @example invalidArgument("bad name").code // "InvalidArgument" */
export function invalidArgument(message: string, location?: string): SimError {
  return new SimError("InvalidArgument", message, location);
}
