import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "./create-db.ts";
import { migrateToLatest, migrations } from "./migrate.ts";

describe("createDb (embedded PGlite)", () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createDb({ memory: true });
  });
  afterAll(() => h.close());

  it("migrates to latest once and is idempotent", async () => {
    const first = await migrateToLatest(h.db);
    // Every migration, in name order (ISO dates: the order they were written in), starting with the foundation.
    expect(first).toEqual(Object.keys(migrations).sort());
    expect(first[0]).toBe("2026-11-22-001-foundation");
    expect(first.length).toBeGreaterThanOrEqual(7);
    expect(await migrateToLatest(h.db)).toEqual([]);
  });

  it("keeps dates as YYYY-MM-DD strings and int8 as numbers", async () => {
    const r = await sql<{ d: string; n: number }>`select date '2026-10-01' as d, 9007199254740::int8 as n`.execute(
      h.db,
    );
    expect(r.rows[0]).toEqual({ d: "2026-10-01", n: 9007199254740 });
  });

  it("enforces the org level check constraint", async () => {
    await expect(
      sql`insert into org_units (level, name, path) values ('galaxy', 'x', '/x/')`.execute(h.db),
    ).rejects.toThrow();
  });

  it("delivers NOTIFY to listeners", async () => {
    const got: string[] = [];
    const stop = await h.listen("hall_test", (p) => got.push(p));
    await sql`select pg_notify('hall_test', 'hello')`.execute(h.db);
    await new Promise((r) => setTimeout(r, 50));
    await stop();
    expect(got).toEqual(["hello"]);
  });
});
