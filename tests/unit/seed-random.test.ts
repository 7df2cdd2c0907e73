/**
 * The seeded PRNG and the pure demo generator: determinism and the ranges the demo relies on,
 * without a database.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REFERENCE_DATE } from "#db/seed/demo-data";
import { DEMO_PRODUCT_COUNT, generateDemoData } from "#db/seed/generate";
import { createRng, uuidV5 } from "#db/seed/random";

describe("seeded random", () => {
  it("repeats the same stream for the same seed and differs for another", () => {
    const draw = (seed: string) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw("a")).toEqual(draw("a"));
    expect(draw("a")).not.toEqual(draw("b"));
  });

  it("int(min, max) stays within bounds, inclusive, for any seed", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, min, span) => {
          const rng = createRng(seed);
          for (let i = 0; i < 20; i++) {
            const v = rng.int(min, min + span);
            if (!Number.isInteger(v) || v < min || v > min + span) return false;
          }
          return true;
        },
      ),
    );
    expect(() => createRng(1).int(3, 2)).toThrow(RangeError);
  });

  it("shuffle and sample keep the elements", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
        const rng = createRng(seed);
        const shuffled = rng.shuffle(items);
        expect([...shuffled].sort()).toEqual([...items].sort());
        const sample = rng.sample(items, 3);
        expect(sample.length).toBe(Math.min(3, items.length));
      }),
    );
  });

  it("fork gives independent, reproducible child streams", () => {
    const a = createRng("root").fork("x");
    const b = createRng("root").fork("x");
    const c = createRng("root").fork("y");
    const first = a.next();
    expect(b.next()).toBe(first);
    expect(c.next()).not.toBe(first);
  });

  it("uuid() is a well-formed version-4 UUID and uuidV5 matches RFC 4122 (Python's uuid5)", () => {
    expect(createRng(42).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    expect(uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
  });
});

describe("generateDemoData", () => {
  const data = generateDemoData();

  it("is identical for the same seed, down to the JSON bytes", () => {
    expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(data));
    expect(JSON.stringify(generateDemoData("another"))).not.toBe(JSON.stringify(data));
  });

  it("has the planned size with unique ids, handles and titles", () => {
    expect(data.categories).toHaveLength(10);
    expect(data.products).toHaveLength(DEMO_PRODUCT_COUNT);
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(data.products.map((p) => p.id))).toBe(true);
    expect(unique(data.products.map((p) => p.handle))).toBe(true);
    expect(unique(data.products.map((p) => p.title))).toBe(true);
    expect(unique(data.sellers.map((s) => s.handle))).toBe(true);
    expect(unique(data.sellers.map((s) => s.shopName))).toBe(true);
  });

  it("never dates anything after the fixed reference date", () => {
    const ref = REFERENCE_DATE.getTime();
    const dates = [
      ...data.sellers.flatMap((s) => [s.createdAt, s.updatedAt, s.verifiedAt]),
      ...data.products.flatMap((p) => [p.createdAt, p.updatedAt, p.publishedAt]),
    ].filter((d): d is Date => d !== null);
    expect(dates.every((d) => d.getTime() <= ref)).toBe(true);
  });

  it("publishes each product after its shop was verified", () => {
    const seller = new Map(data.sellers.map((s) => [s.id, s]));
    const early = data.products.filter((p) => {
      const v = seller.get(p.sellerId)?.verifiedAt;
      return v && p.publishedAt && p.publishedAt < v;
    });
    expect(early).toEqual([]);
  });
});
