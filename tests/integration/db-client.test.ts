/**
 * Both database drivers (PGlite in-process, postgres.js against the server) must behave the
 * same through db/client.ts, because the app runs on either (ADR 002). This file runs once
 * per engine (QM_TEST_DB=pglite|postgres) and asserts the guarantees the rest of the code
 * leans on: constraints reject bad rows, failed transactions leave nothing behind,
 * conditional updates report what they changed, and raw queries return plain rows.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "#db/client";
import { categories, products, regions, sellers } from "#db/schema";
import { freshDb, testEngine, type TestDbHandle } from "../helpers/db";

let handle: TestDbHandle;
let productId: string;

/** The SQLSTATE of a database error, whichever driver raised it (drizzle wraps it in `cause`). */
function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error("expected the query to be rejected, but it succeeded");
}

beforeAll(async () => {
  handle = await freshDb();
  const { db } = handle;
  await db.insert(regions).values([
    { code: "52", name: "贵州省", level: "province", provinceCode: "52" },
    {
      code: "5226",
      name: "黔东南苗族侗族自治州",
      level: "prefecture",
      parentCode: "52",
      provinceCode: "52",
      prefectureCode: "5226",
    },
    {
      code: "522634",
      name: "雷山县",
      level: "county",
      parentCode: "5226",
      provinceCode: "52",
      prefectureCode: "5226",
      isPovertyCounty: true,
      exitYear: 2019,
      zone: "west",
    },
  ]);
  const [cat] = await db
    .insert(categories)
    .values({ handle: "tea", nameZh: "茶叶", nameEn: "Tea" })
    .returning({ id: categories.id });
  const [seller] = await db
    .insert(sellers)
    .values({
      handle: "leishan-tea",
      shopName: "雷山银球茶",
      ownerDisplayName: "阿妹",
      birthYear: 1998,
      countyCode: "522634",
      status: "verified",
    })
    .returning({ id: sellers.id });
  const [product] = await db
    .insert(products)
    .values({
      handle: "leishan-yinqiu-tea",
      sellerId: seller!.id,
      categoryId: cat!.id,
      originCountyCode: "522634",
      title: "雷山银球茶 100克",
      priceFen: 6800,
      stock: 3,
      status: "active",
    })
    .returning({ id: products.id });
  productId = product!.id;
});

afterAll(async () => {
  await handle?.close();
});

describe(`database client on ${testEngine()}`, () => {
  it("runs on the engine this run asked for, at the PostgreSQL major version we target", async () => {
    // A run meant for the server must not quietly fall back to PGlite (and vice versa).
    expect(handle.kind).toBe(testEngine());
    const [row] = await queryRows<{ server_version_num: string }>(
      handle.db,
      sql`show server_version_num`,
    );
    const major = Math.floor(Number(row!.server_version_num) / 10_000);
    // Production servers run PostgreSQL 15; PGlite 0.5 embeds PostgreSQL 18.
    expect(major).toBe(handle.kind === "pglite" ? 18 : 15);
  });

  it("queryRows returns plain row objects with the selected columns on both drivers", async () => {
    const rows = await queryRows<{ handle: string; price_fen: number; n: number }>(
      handle.db,
      sql`select handle, price_fen, count(*) over ()::int as n from products order by handle`,
    );
    expect(Array.isArray(rows)).toBe(true);
    expect(rows).toEqual([{ handle: "leishan-yinqiu-tea", price_fen: 6800, n: 1 }]);
    const none = await queryRows(handle.db, sql`select 1 from products where false`);
    expect(none).toEqual([]);
  });

  it("the stock >= 0 CHECK constraint rejects an oversell with SQLSTATE 23514", async () => {
    const err = await rejection(
      handle.db
        .update(products)
        .set({ stock: sql`${products.stock} - 5` })
        .where(eq(products.id, productId)),
    );
    expect(sqlState(err)).toBe("23514");
    expect(
      String((err as Error).message) + String((err as { cause?: Error }).cause?.message),
    ).toMatch(/products_stock_ck/);
    const [row] = await handle.db
      .select({ stock: products.stock })
      .from(products)
      .where(eq(products.id, productId));
    expect(row!.stock).toBe(3);
  });

  it("a conditional decrement reports zero rows when stock is short, and one when it is not", async () => {
    const take = (n: number) =>
      handle.db
        .update(products)
        .set({ stock: sql`${products.stock} - ${n}` })
        .where(sql`${products.id} = ${productId} and ${products.stock} >= ${n}`)
        .returning({ stock: products.stock });
    expect(await take(4)).toEqual([]);
    expect(await take(2)).toEqual([{ stock: 1 }]);
    await handle.db.update(products).set({ stock: 3 }).where(eq(products.id, productId));
  });

  it("a transaction that throws rolls back every write it made", async () => {
    const err = await rejection(
      handle.db.transaction(async (tx) => {
        await tx.insert(categories).values({ handle: "honey", nameZh: "蜂蜜", nameEn: "Honey" });
        await tx.update(products).set({ stock: 99 }).where(eq(products.id, productId));
        throw new Error("payment provider said no");
      }),
    );
    expect((err as Error).message).toBe("payment provider said no");
    const honey = await handle.db.select().from(categories).where(eq(categories.handle, "honey"));
    expect(honey).toEqual([]);
    const [row] = await handle.db
      .select({ stock: products.stock })
      .from(products)
      .where(eq(products.id, productId));
    expect(row!.stock).toBe(3);
  });

  it("a constraint failure inside a transaction rolls back the earlier inserts too", async () => {
    const err = await rejection(
      handle.db.transaction(async (tx) => {
        await tx.insert(categories).values({ handle: "nuts", nameZh: "坚果", nameEn: "Nuts" });
        // Duplicate handle: violates categories_handle_uq.
        await tx.insert(categories).values({ handle: "tea", nameZh: "茶叶", nameEn: "Tea" });
      }),
    );
    expect(sqlState(err)).toBe("23505");
    const rows = await queryRows<{ handle: string }>(
      handle.db,
      sql`select handle from categories order by handle`,
    );
    expect(rows.map((r) => r.handle)).toEqual(["tea"]);
    // The connection is usable again after the failed transaction.
    await handle.db.transaction(async (tx) => {
      await tx.insert(categories).values({ handle: "nuts", nameZh: "坚果", nameEn: "Nuts" });
    });
    const after = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from categories`,
    );
    expect(after[0]!.n).toBe(2);
  });

  it("exec runs several statements in one call", async () => {
    // A real table: with postgres.js the next query may run on another pooled connection.
    await handle.exec("create table exec_probe (x int); insert into exec_probe values (1), (2);");
    const rows = await queryRows<{ s: number }>(
      handle.db,
      sql`select sum(x)::int as s from exec_probe`,
    );
    expect(rows).toEqual([{ s: 3 }]);
  });
});
