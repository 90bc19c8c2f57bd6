import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { createAdmin } from "../seed/create-admin.ts";
import { countRows, createTestEnv, type TestEnv } from "../testing/harness.ts";
import { refusal } from "../testing/refusal.ts";

type AnyCaller = Record<string, unknown>;
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);
/** Calls a procedure of a caller by its dotted path ("staff.groups.create"). */
function call(caller: AnyCaller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as AnyCaller)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

/** Everything a hall admin does that others must not: every mutation but sign-in, plus the admin-only reads. */
const ADMIN_PROCEDURES = procedures
  .filter(
    ([path, p]) =>
      (p._def.type === "mutation" && !path.startsWith("auth.")) || ["users.list", "audit.list"].includes(path),
  )
  .map(([path]) => path);
const READ_PROCEDURES = procedures
  .filter(([path, p]) => p._def.type === "query" && !path.startsWith("auth.") && !ADMIN_PROCEDURES.includes(path))
  .map(([path]) => path);

describe("authorization", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it("covers every procedure of the router", () => {
    expect(ADMIN_PROCEDURES.length).toBeGreaterThanOrEqual(15);
    expect(ADMIN_PROCEDURES).toContain("zones.create");
    expect(ADMIN_PROCEDURES).toContain("users.update");
    expect(READ_PROCEDURES).toContain("zones.list");
  });

  for (const who of ["13800000001", "staff01"]) {
    it(`refuses ${who === "staff01" ? "window staff" : "a citizen"} every admin procedure and writes nothing`, async () => {
      const caller = (await env.as(who)) as unknown as AnyCaller;
      const before = await countRows(env.h, "audit_log");
      for (const path of ADMIN_PROCEDURES) {
        // A plausible input: authorisation is checked before the input is even parsed.
        const e = await refusal(call(caller, path, { hallId: env.hallId, id: 1, windowId: 1, name: "x" }));
        expect(e.code, path).toBe("FORBIDDEN");
      }
      expect(await countRows(env.h, "audit_log")).toBe(before);
    });
  }

  it("refuses anonymous callers every procedure except sign-in", async () => {
    const anon = env.anon() as unknown as AnyCaller;
    for (const path of [...ADMIN_PROCEDURES, ...READ_PROCEDURES]) {
      const e = await refusal(call(anon, path, { hallId: env.hallId }));
      expect(e.code, path).toBe("UNAUTHORIZED");
    }
  });

  it("lets a citizen read no hall reference data", async () => {
    const citizen = (await env.as("13800000002")) as unknown as AnyCaller;
    for (const path of READ_PROCEDURES) {
      expect((await refusal(call(citizen, path, { hallId: env.hallId, year: 2026, id: env.hallId }))).code, path).toBe(
        "FORBIDDEN",
      );
    }
  });

  it("lets window staff read their hall's reference data", async () => {
    const staff = await env.as("staff01");
    expect((await staff.windows.list({ hallId: env.hallId })).length).toBeGreaterThan(0);
  });

  it("keeps an admin of another org out of the demo hall", async () => {
    await createAdmin(env.h.db, { login: "otheradmin", password: "abc12345", name: "外市管理员", orgName: "另一市" });
    const other = await env.as("otheradmin", "abc12345");
    const e = await refusal(other.zones.list({ hallId: env.hallId }));
    expect(e.code).toBe("FORBIDDEN");
    expect((e.cause as { key?: string }).key).toBe("auth.out_of_scope");
    const before = await countRows(env.h, "windows");
    await refusal(other.windows.create({ hallId: env.hallId, zoneId: 1, number: "99", name: "越权", type: "general" }));
    expect(await countRows(env.h, "windows")).toBe(before);
    expect(await other.halls.list()).toEqual([]);
  });
});
