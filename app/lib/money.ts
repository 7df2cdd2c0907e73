/**
 * Money is integer fen (CNY minor units) everywhere (ADR 006). `Fen` is a branded number so
 * a float or a yuan amount cannot be passed where fen are expected without going through
 * the guard.
 */
declare const fenBrand: unique symbol;
export type Fen = number & { readonly [fenBrand]: true };

/** Returns `n` as Fen, or throws when it is not a safe integer. */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new TypeError(`money must be integer fen, got ${n}`);
  return n as Fen;
}

// Building an Intl.NumberFormat is far costlier than using one; a page formats dozens of prices.
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats fen for people: `¥12.80` (zh-CN) / `CN¥12.80` (en). Only for display and exports. */
export function formatFen(amount: number, locale: string): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency: "CNY" });
    formatters.set(locale, f);
  }
  return f.format(fen(amount) / 100);
}

/**
 * Splits `total` fen into parts proportional to `weights`, summing exactly to `total`.
 * Largest remainder method; ties go to the earlier weight (stable, documented in ADR 006).
 */
export function allocate(total: number, weights: readonly number[]): Fen[] {
  fen(total);
  if (weights.length === 0) throw new RangeError("allocate needs at least one weight");
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new RangeError("weights must be non-negative integers");
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new RangeError("weights must not all be zero");
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  // BigInt keeps abs * weight exact even for very large ledgers.
  const parts = weights.map((w) => {
    const num = BigInt(abs) * BigInt(w);
    return { floor: Number(num / BigInt(sum)), rem: Number(num % BigInt(sum)) };
  });
  let left = abs - parts.reduce((a, p) => a + p.floor, 0);
  const order = parts.map((p, i) => ({ i, rem: p.rem })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  const out = parts.map((p) => p.floor);
  for (const { i } of order) {
    if (left === 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out.map((v) => fen(v === 0 ? 0 : sign * v));
}
