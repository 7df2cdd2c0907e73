import { z } from "zod";

/** Configuration read from the environment once, validated so a typo fails at boot. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PUBLIC_URL: z.url().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** "1": session cookie is `__Host-` + Secure even when the request looks like plain http (ADR 008). */
  COOKIE_SECURE: z
    .enum(["0", "1", ""])
    .optional()
    .transform((v) => v === "1"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** The validated environment; throws a readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
