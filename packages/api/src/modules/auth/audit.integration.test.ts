import { insertOrgUnit } from "@hall/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CookieJar } from "../../context.ts";
import { createCaller } from "../../root.ts";
import { contextFor, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal } from "../../testing/refusal.ts";
import { loadActor } from "./sessions.ts";

/** Sign-in, sign-out and failed sign-ins are audited with the client's address; org-level rows reach the org's admins. */
describe("audit of sign-ins and org-level changes", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  const from = (ip: string, jar?: CookieJar) =>
    createCaller({ ...contextFor(env.h, env.clock, "zh-CN", jar, env.wall), ip });
  const adminCaller = async () => {
    const u = await env.h.db.selectFrom("users").select("id").where("login", "=", "admin").executeTakeFirstOrThrow();
    const actor = await loadActor(env.h.db, u.id, "audit-test");
    return createCaller({ ...contextFor(env.h, env.clock, "zh-CN", undefined, env.wall), actor });
  };

  it("records a sign-in, a failed sign-in and a sign-out with the client address, never the password", async () => {
    const chief = await env.h.db
      .selectFrom("users")
      .select("id")
      .where("login", "=", "chief")
      .executeTakeFirstOrThrow();
    await refusal(from("198.51.100.31").auth.login({ login: "chief", password: "Secret-guess-42" }));
    await refusal(from("198.51.100.32").auth.login({ login: "no-such-login-Secret-43", password: "Secret-guess-43" }));
    await from("198.51.100.33").auth.login({ login: "chief", password: "demo1234" });
    const actor = await loadActor(env.h.db, chief.id, "s");
    await createCaller({
      ...contextFor(env.h, env.clock, "zh-CN", undefined, env.wall),
      ip: "198.51.100.34",
      actor,
    }).auth.logout();

    const log = await (await adminCaller()).audit.list({ hallId: env.hallId, limit: 50 });
    const mine = log.filter((r) => r.entity === "user" && r.entityId === String(chief.id));
    expect(mine.map((r) => [r.action, r.ip])).toEqual([
      ["auth.logout", "198.51.100.34"],
      ["auth.login", "198.51.100.33"],
      ["auth.login_failed", "198.51.100.31"],
    ]);
    const chiefName = (
      await env.h.db.selectFrom("users").select("name").where("id", "=", chief.id).executeTakeFirstOrThrow()
    ).name;
    expect(mine.map((r) => r.actorName)).toEqual([chiefName, chiefName, null]);
    expect(mine[2]?.after).toEqual({ reason: "wrong_password" });
    // The unknown login is recorded (with its address) but shown to no hall, and nothing typed is kept.
    const all = await env.h.db.selectFrom("audit_log").selectAll().where("action", "like", "auth.%").execute();
    const unknown = all.filter((r) => r.action === "auth.login_failed" && r.entity_id === null);
    expect(unknown.map((r) => r.ip)).toEqual(["198.51.100.32"]);
    expect(JSON.stringify(all)).not.toMatch(/Secret/);
  });

  it("shows org-level changes to the admins of that org, and not to another org's admins", async () => {
    const admin = await adminCaller();
    // The demo admin manages the county (the hall's org unit) and everything below it.
    const county = await env.h.db
      .selectFrom("org_units")
      .selectAll()
      .where("name", "=", "示范区")
      .executeTakeFirstOrThrow();
    const town = await admin.org.create({ parentId: county.id, level: "township", name: "新城街道" });
    const row = (await admin.audit.list({ hallId: env.hallId, limit: 20 })).find(
      (r) => r.action === "org.create" && r.entityId === String(town.id),
    );
    expect(row).toBeDefined();

    // An admin of a sibling county (its own hall) does not see it.
    const city = await env.h.db
      .selectFrom("org_units")
      .selectAll()
      .where("id", "=", county.parent_id!)
      .executeTakeFirstOrThrow();
    const other = await insertOrgUnit(env.h.db, { parent: city, level: "county", name: "邻区", code: "419902" });
    const hall = await env.h.db
      .insertInto("halls")
      .values({ org_unit_id: other.id, name: "邻区政务服务中心", address: null, phone: null, settings: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const u = await env.h.db
      .insertInto("users")
      .values({ login: "other-admin", name: "邻区管理员", password_hash: "x", org_unit_id: other.id, hall_id: hall.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await env.h.db.insertInto("user_roles").values({ user_id: u.id, role: "hall_admin" }).execute();
    const otherAdmin = createCaller({
      ...contextFor(env.h, env.clock, "zh-CN", undefined, env.wall),
      actor: await loadActor(env.h.db, u.id, "other"),
    });
    const theirs = await otherAdmin.audit.list({ hallId: hall.id, limit: 50 });
    expect(theirs.some((r) => r.action === "org.create" && r.entityId === String(town.id))).toBe(false);
    // Their own org-level change they do see; the demo admin does not.
    const theirTown = await otherAdmin.org.create({ parentId: other.id, level: "township", name: "邻区街道" });
    expect(
      (await otherAdmin.audit.list({ hallId: hall.id, limit: 50 })).some((r) => r.entityId === String(theirTown.id)),
    ).toBe(true);
    expect(
      (await admin.audit.list({ hallId: env.hallId, limit: 50 })).some(
        (r) => r.action === "org.create" && r.entityId === String(theirTown.id),
      ),
    ).toBe(false);
  });
});
