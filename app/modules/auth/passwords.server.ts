import { readFileSync } from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";
import { projectRoot } from "#db/client";

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). `algorithm: 2` is
 * `Algorithm.Argon2id`; the package exports it as a const enum, which isolated modules
 * cannot import.
 */
export const ARGON2_OPTIONS = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** At most this many hashes or verifications run at once, so logins cannot starve the server. */
export const HASH_CONCURRENCY = 2;

/** A counting semaphore: `run(fn)` waits for a free slot, first come first served. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly limit: number) {}

  /** Runs `fn` once fewer than `limit` other calls are running. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  /** How many calls are running right now. */
  get running(): number {
    return this.active;
  }
}

const slots = new Semaphore(HASH_CONCURRENCY);

/** The shared hashing semaphore (exposed so a test can observe the cap). */
export const hashSlots = slots;

/** Hashes a password with argon2id; the result is a PHC string carrying its parameters. */
export function hashPassword(password: string): Promise<string> {
  return slots.run(() => hash(password, ARGON2_OPTIONS));
}

/** Checks a password against a stored argon2 hash; false for a malformed hash. */
export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return slots.run(() => verify(stored, password).catch(() => false));
}

// Verified when an account does not exist, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/** Spends a verification's worth of time for an unknown account. */
export async function verifyNothing(password: string): Promise<void> {
  dummyHash ??= hash("qingmiao-no-such-account", ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
}

let common: Set<string> | undefined;

/** Whether the password is on the shipped list of common passwords (data/common-passwords.txt). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(
    readFileSync(path.join(projectRoot, "data", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#")),
  );
  return common.has(password.toLowerCase());
}
