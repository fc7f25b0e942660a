/**
 * Errors as Office.js raises them: an `OfficeExtension.Error` (its `name` is "RichApi.Error") with a
 * `code` from `OfficeExtension.ErrorCodes` and `debugInfo`. Code that tells errors apart by `code`
 * behaves the same against the simulator as against Word.
 */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  propertyNotLoaded: "PropertyNotLoaded",
} as const;

export class OfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation !== undefined ? { errorLocation } : {}) };
  }
}

/** The stand-in for the `OfficeExtension` namespace. */
export const OfficeExtension = { Error: OfficeError, ErrorCodes };

/** What Office.js throws when a property is read before `load` and `context.sync()`. */
export function propertyNotLoaded(type: string, property: string): OfficeError {
  return new OfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
