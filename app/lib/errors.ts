/**
 * Typed domain errors. Modules throw these; routes turn them into HTTP responses through
 * `toResponse`, the single place that maps a domain error to a status.
 */
export type DomainErrorCode = "not_found" | "not_allowed" | "conflict" | "invalid";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field-level messages (i18n keys) for `invalid`. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

const statusByCode: Record<DomainErrorCode, number> = {
  not_found: 404,
  not_allowed: 403,
  conflict: 409,
  invalid: 400,
};

/** HTTP status for a domain error code. */
export function statusFor(code: DomainErrorCode): number {
  return statusByCode[code];
}

/** Throws a Response (which Remix renders through the route's ErrorBoundary). */
export function toResponse(err: DomainError): Response {
  return new Response(err.message, { status: statusFor(err.code), statusText: err.code });
}

/** Shorthand used by loaders: `throw notFound()` renders the 404 page. */
export function notFound(what = "not found"): Response {
  return new Response(what, { status: 404, statusText: "not_found" });
}

/** Shorthand for a bad request (invalid URL parameters and the like). */
export function badRequest(what = "bad request"): Response {
  return new Response(what, { status: 400, statusText: "invalid" });
}
