import { z } from "zod";
import type { MessageKey } from "~/i18n";

/**
 * The account forms' schemas, shared by the actions and (later) the client. Error messages
 * are i18n keys. The common-password check needs the server's list, so it runs in the module.
 */

const PHONE = /^1[3-9]\d{9}$/;

/**
 * Normalises a sign-in identifier: a mainland mobile number (spaces, dashes, a +86/0086/86
 * prefix allowed) becomes "+86" + 11 digits; an email is trimmed and lower-cased. Returns
 * null for anything else.
 */
export function normalizeIdentifier(
  raw: string,
): { kind: "phone"; value: string } | { kind: "email"; value: string } | null {
  const text = raw.trim();
  if (text.includes("@")) {
    const email = text.toLowerCase();
    return z.email().max(254).safeParse(email).success ? { kind: "email", value: email } : null;
  }
  const digits = text.replace(/[\s-]/g, "").replace(/^(\+86|0086|86)(?=1\d{10}$)/, "");
  return PHONE.test(digits) ? { kind: "phone", value: `+86${digits}` } : null;
}

const key = (k: MessageKey) => k;

const identifier = z
  .string(key("auth.error.identifier"))
  .max(300, key("auth.error.identifier"))
  .transform((raw, ctx) => {
    const id = normalizeIdentifier(raw);
    if (!id) {
      ctx.addIssue({ code: "custom", message: key("auth.error.identifier") });
      return z.NEVER;
    }
    return id;
  });

const newPassword = z
  .string(key("auth.error.passwordShort"))
  .min(8, key("auth.error.passwordShort"))
  .max(128, key("auth.error.passwordLong"));

export const SignUpForm = z.object({
  displayName: z
    .string(key("auth.error.displayName"))
    .trim()
    .min(1, key("auth.error.displayName"))
    .max(40, key("auth.error.displayName")),
  identifier,
  password: newPassword,
});

export const SignInForm = z.object({
  identifier: z
    .string(key("auth.error.required"))
    .trim()
    .min(1, key("auth.error.required"))
    .max(300, key("auth.error.badCredentials")),
  // Long inputs are refused before hashing, so a megabyte "password" costs nothing.
  password: z
    .string(key("auth.error.required"))
    .min(1, key("auth.error.required"))
    .max(128, key("auth.error.badCredentials")),
});

export const ChangePasswordForm = z.object({
  currentPassword: z
    .string(key("auth.error.required"))
    .min(1, key("auth.error.required"))
    .max(128, key("auth.error.currentPassword")),
  newPassword,
});

/** Same-site paths only, so `redirectTo` cannot send someone to another site. */
export const RedirectTo = z
  .string()
  .max(2048)
  .regex(/^\/(?![/\\])/)
  .catch("/");

/** Field errors of an action: field name → i18n key. `form` is for errors not tied to one field. */
export type FieldErrors = Record<string, MessageKey>;

/** The first error per field of a failed parse, as i18n keys. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message as MessageKey;
  }
  return out;
}
