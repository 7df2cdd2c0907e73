import { z } from "zod";
import { badRequest } from "./errors";
import { sortKeys, type SortKey } from "./catalog-types";

const ListParams = z.object({
  page: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(10_000))
    .optional(),
  sort: z.enum(sortKeys).optional(),
});

/** Reads `page` and `sort` from a listing URL; anything malformed is a 400, never a 500. */
export function parseListParams(url: URL): { page: number; sort: SortKey } {
  const parsed = ListParams.safeParse({
    page: url.searchParams.get("page") ?? undefined,
    sort: url.searchParams.get("sort") ?? undefined,
  });
  if (!parsed.success) throw badRequest("invalid page or sort");
  return { page: parsed.data.page ?? 1, sort: parsed.data.sort ?? "newest" };
}

/** A URL handle: lowercase letters, digits and dashes. Anything else cannot exist: 404. */
export const Handle = z.string().regex(/^[a-z0-9][a-z0-9-]{0,95}$/);

/** A GB/T 2260 region code of 2, 4 or 6 digits. */
export const RegionCode = z.string().regex(/^\d{2}(\d{2}){0,2}$/);
