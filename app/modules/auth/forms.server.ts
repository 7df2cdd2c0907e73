import { data } from "@remix-run/node";
import type { FieldErrors } from "~/lib/auth-forms";
import { DomainError } from "~/lib/errors";
import { ThrottledError } from "./accounts.server";

/** What a failed account form sends back: field errors (i18n keys) and the safe values to refill. */
export interface FormFailure {
  errors: FieldErrors;
  values: Record<string, string>;
  /** For a throttled sign-in: minutes to wait. */
  retryMinutes?: number;
}

/** Reads a submitted form as plain strings (files become empty), for the zod schemas. */
export async function readForm(request: Request): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [k, v] of await request.formData()) if (typeof v === "string") out[k] = v;
  return out;
}

/**
 * Turns an account module's `invalid`/throttled error into a 400/429 response with field
 * errors, refilling only the non-secret fields; anything else is rethrown.
 */
export function formFailure(err: unknown, values: Record<string, string>, keep: string[]) {
  if (!(err instanceof DomainError)) throw err;
  const kept = Object.fromEntries(keep.map((k) => [k, values[k] ?? ""]));
  if (err instanceof ThrottledError) {
    return data<FormFailure>(
      {
        errors: err.fields as FieldErrors,
        values: kept,
        retryMinutes: Math.ceil(err.retryAfterSeconds / 60),
      },
      { status: 429, headers: { "Retry-After": String(err.retryAfterSeconds) } },
    );
  }
  if (err.code !== "invalid") throw err;
  return data<FormFailure>(
    { errors: (err.fields ?? {}) as FieldErrors, values: kept },
    { status: 400 },
  );
}
