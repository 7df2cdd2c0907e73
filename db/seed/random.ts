/**
 * A small seeded PRNG and helpers for the demo data and test factories. Everything the seed
 * produces is derived from one seed string, so the same seed gives byte-identical data on
 * every machine (no Math.random, no Date.now).
 */
import { createHash } from "node:crypto";

/** A deterministic random source; every helper draws from the same stream. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `n` distinct elements, in random order (n is capped at the array length). */
  sample<T>(items: readonly T[], n: number): T[];
  /** A random version-4-shaped UUID built from the stream. */
  uuid(): string;
  /** An independent child stream, so adding draws in one place doesn't shift another. */
  fork(label: string): Rng;
}

/** Hashes a string to a 32-bit seed (FNV-1a then a murmur-style finaliser for avalanche). */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny, fast, and good enough for demo data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates a seeded random source from a string or number seed. */
export function createRng(seed: string | number): Rng {
  const label = String(seed);
  const next = mulberry32(typeof seed === "number" ? seed >>> 0 : hashSeed(label));
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`rng.int(${min}, ${max}): need integers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("rng.pick: empty array");
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const rng: Rng = {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      if (items.length === 0 || total <= 0)
        throw new RangeError("rng.weighted: no positive weights");
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return (items[items.length - 1] as readonly [T, number])[0];
    },
    shuffle,
    sample: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
    uuid: () => {
      const bytes = new Uint8Array(16);
      for (let i = 0; i < 16; i++) bytes[i] = Math.floor(next() * 256);
      return formatUuid(bytes, 4);
    },
    fork: (child) => createRng(`${label}/${child}`),
  };
  return rng;
}

/** Formats 16 bytes as a UUID string, stamping the version and RFC 4122 variant bits. */
function formatUuid(bytes: Uint8Array, version: 4 | 5): string {
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | (version << 4);
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Qingmiao's own UUID namespace for seeded ids (a fixed random v4). */
export const SEED_NAMESPACE = "6f1d2c4e-8a3b-4f5e-9c7d-2b1a0e9f8d7c";

/**
 * A name-based UUID (RFC 4122 version 5: SHA-1 of namespace + name). Seeded rows get their
 * ids from their seed and handle, so ids stay the same even if the generator's draw order
 * changes, and reseeding upserts the same rows.
 */
export function uuidV5(name: string, namespace: string = SEED_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  if (ns.length !== 16) throw new RangeError(`uuidV5: bad namespace ${namespace}`);
  const digest = createHash("sha1").update(ns).update(name, "utf8").digest();
  return formatUuid(new Uint8Array(digest.subarray(0, 16)), 5);
}
