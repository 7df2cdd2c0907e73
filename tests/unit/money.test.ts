import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, fen, formatFen } from "~/lib/money";

describe("money", () => {
  it("refuses non-integer fen", () => {
    expect(() => fen(12.5)).toThrow(/integer fen/);
    expect(() => fen(Number.NaN)).toThrow();
    expect(fen(1280)).toBe(1280);
  });

  it("formats fen as yuan for people in both languages", () => {
    expect(formatFen(1280, "zh-CN")).toBe("¥12.80");
    expect(formatFen(1280, "en")).toMatch(/^CN¥12\.80$/);
    expect(formatFen(-5, "zh-CN")).toBe("-¥0.05");
  });

  it("allocate: parts always sum exactly to the total and stay proportional within 1 fen", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it("allocate: a tie goes to the earlier share", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(1, [5000, 5000])).toEqual([1, 0]);
  });
});
