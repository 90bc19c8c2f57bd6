import { createTestDb, type DbHandle, insertOrgUnit, type Kysely, migrations, sql } from "@hall/db";
import { idNumberCheckDigit, manualClock } from "@hall/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../modules/auth/index.ts";
import { createCaller } from "../root.ts";
import { contextFor } from "../testing/harness.ts";
import { refusal } from "../testing/refusal.ts";
import { createPii, parsePiiKey } from "./pii.ts";
import { assertPiiKeyOpens, rotatePii, sealPlaintextPii } from "./pii-at-rest.ts";

// biome-ignore lint/suspicious/noExplicitAny: the plaintext columns are not in the Database type any more
type AnyDb = Kysely<any>;

const k1 = parsePiiKey("v1", Buffer.alloc(32, 7).toString("base64"));
const k2 = parsePiiKey("v2", Buffer.alloc(32, 8).toString("base64"));
const idOf = (first17: string) => first17 + idNumberCheckDigit(first17);

/** Every personal number the legacy rows hold in plaintext. */
const LEGACY = {
  citizenPhone: "13700000001",
  citizenId: idOf("41010219520101501"),
  twinPhone: "13700000002", // a second account with the same ID number (possible before this change)
  clerkPhone: "13700000003",
  staffPhone: "13700000004",
  staffId: idOf("41010219800101502"),
  complainantPhone: "13700000005",
};

/** Every row of every table of the schema, as JSON text. */
async function everyRowAsText(db: AnyDb): Promise<string> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  const parts: string[] = [];
  for (const t of tables.rows) {
    const rows = await sql<{ j: string }>`select row_to_json(x)::text as j from ${sql.table(t.name)} x`.execute(db);
    parts.push(...rows.rows.map((r) => `${t.name}: ${r.j}`));
  }
  expect(tables.rows.map((t) => t.name)).toEqual(expect.arrayContaining(["users", "staff", "complaints", "audit_log"]));
  return parts.join("\n");
}

describe("personal data at rest: sealing rows written before the migration, and key rotation", () => {
  let h: DbHandle;
  let db: AnyDb;
  const ids: Record<string, number> = {};
  const pii1 = createPii([k1]);
  const clock = manualClock(new Date("2026-12-02T01:00:00Z"));
  const signIn = (pii: typeof pii1, login: string) =>
    createCaller({ ...contextFor(h, clock), pii }).auth.login({ login, password: "abc12345" });

  beforeAll(async () => {
    h = await createTestDb();
    db = h.db as unknown as AnyDb;
    // Back to the schema before personal data was sealed, with rows as older versions wrote them.
    const step = migrations["2026-12-02-301-personal-data-at-rest"]!;
    await step.down!(db);
    const org = await insertOrgUnit(h.db, { parent: null, level: "city", name: "旧市", code: null });
    const hall = await db
      .insertInto("halls")
      .values({ org_unit_id: org.id, name: "旧大厅", settings: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const password_hash = await hashPassword("abc12345");
    const user = async (login: string, phone: string | null, id_number: string | null, role: string) => {
      const u = await db
        .insertInto("users")
        .values({ login, name: "某人", password_hash, phone, id_number, hall_id: role === "citizen" ? null : hall.id })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("user_roles").values({ user_id: u.id, role }).execute();
      return u.id;
    };
    ids.citizen = await user(LEGACY.citizenPhone, LEGACY.citizenPhone, LEGACY.citizenId, "citizen");
    ids.twin = await user(LEGACY.twinPhone, LEGACY.twinPhone, ` ${LEGACY.citizenId.toLowerCase()}`, "citizen");
    ids.clerk = await user("clerk", LEGACY.clerkPhone, null, "window_staff");
    const staff = await db
      .insertInto("staff")
      .values({
        hall_id: hall.id,
        name: "老员工",
        employee_no: "001",
        employment_type: "civil_servant",
        phone: LEGACY.staffPhone,
        id_number: LEGACY.staffId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.staff = staff.id;
    await db
      .insertInto("complaints")
      .values({
        hall_id: hall.id,
        source: "onsite",
        content: "排队太久",
        complainant_name: "某",
        complainant_phone: LEGACY.complainantPhone,
        status: "received",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    await step.up(db);
  });
  afterAll(() => h.close());

  it("refuses plaintext from the migration on, while the rows written before stay readable", async () => {
    const e = await db
      .insertInto("users")
      .values({ login: "new", name: "new", password_hash: "x", phone: "13700000009" })
      .execute()
      .catch((err: unknown) => err as { code?: string });
    expect((e as { code?: string }).code).toBe("23514"); // check_violation
    const old = await db.selectFrom("users").select("phone").where("id", "=", ids.citizen!).executeTakeFirstOrThrow();
    expect(old.phone).toBe(LEGACY.citizenPhone);
  });

  it("seals every plaintext number, clears it, and leaves none anywhere in the database", async () => {
    expect(await everyRowAsText(db)).toContain(LEGACY.citizenPhone); // the test can see plaintext when it is there
    const report = await sealPlaintextPii(h.db, pii1);
    expect(report).toEqual({ users: 3, staff: 1, complaints: 1, releasedDuplicateIdNumbers: 1 });
    const text = await everyRowAsText(db);
    for (const [what, value] of Object.entries(LEGACY)) expect(text, what).not.toContain(value);

    const citizen = await h.db.selectFrom("users").selectAll().where("id", "=", ids.citizen!).executeTakeFirstOrThrow();
    expect(pii1.decrypt("phone", citizen.phone_enc!)).toBe(LEGACY.citizenPhone);
    expect(pii1.decrypt("id_number", citizen.id_number_enc!)).toBe(LEGACY.citizenId);
    expect(citizen).toMatchObject({
      phone_masked: "137****0001",
      login: `tel:${pii1.hash("phone", LEGACY.citizenPhone)}`,
    });
    // The newer account with the same ID number gave it up (one account per ID number); the admins can see why.
    const twin = await h.db.selectFrom("users").selectAll().where("id", "=", ids.twin!).executeTakeFirstOrThrow();
    expect(twin).toMatchObject({ id_number_enc: null, id_number_hash: null, phone_masked: "137****0002" });
    const released = await h.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "pii.id_number_released")
      .executeTakeFirstOrThrow();
    expect(released.entity_id).toBe(String(ids.twin));
    // A hall account keeps its account name; its phone is sealed like everyone's.
    const clerk = await h.db.selectFrom("users").selectAll().where("id", "=", ids.clerk!).executeTakeFirstOrThrow();
    expect(clerk.login).toBe("clerk");
    const staff = await h.db.selectFrom("staff").selectAll().where("id", "=", ids.staff!).executeTakeFirstOrThrow();
    expect(staff).toMatchObject({
      phone_masked: "137****0004",
      id_number_masked: `4101**********${LEGACY.staffId.slice(-4)}`,
    });
    expect(pii1.decrypt("id_number", staff.id_number_enc!)).toBe(LEGACY.staffId);
    const complaint = await h.db.selectFrom("complaints").selectAll().executeTakeFirstOrThrow();
    expect(pii1.decrypt("phone", complaint.complainant_phone_enc!)).toBe(LEGACY.complainantPhone);

    // Idempotent: a second start seals nothing more.
    expect(await sealPlaintextPii(h.db, pii1)).toEqual({
      users: 0,
      staff: 0,
      complaints: 0,
      releasedDuplicateIdNumbers: 0,
    });
    // The citizen still signs in with their phone.
    await expect(signIn(pii1, LEGACY.citizenPhone)).resolves.toMatchObject({ id: ids.citizen });
    await assertPiiKeyOpens(h.db, pii1);
  });

  it("refuses to start with a key that cannot open what is stored", async () => {
    await expect(
      assertPiiKeyOpens(h.db, createPii([parsePiiKey("v1", Buffer.alloc(32, 9).toString("base64"))])),
    ).rejects.toThrow(/cannot open users.phone_enc/);
    await expect(assertPiiKeyOpens(h.db, createPii([k2]))).rejects.toThrow(/unknown key/);
  });

  it("rotates to a new key: re-seals and re-hashes every value, after which the old key can go", async () => {
    const rotating = createPii([k2, k1]);
    // While both keys are given, rows not yet rotated are still found.
    await expect(signIn(rotating, LEGACY.citizenPhone)).resolves.toMatchObject({ id: ids.citizen });
    const done = await rotatePii(h.db, rotating);
    expect(done).toEqual({
      "users.phone_enc": 3,
      "users.id_number_enc": 1,
      "staff.phone_enc": 1,
      "staff.id_number_enc": 1,
      "complaints.complainant_phone_enc": 1,
    });
    expect(Object.values(await rotatePii(h.db, rotating)).every((n) => n === 0)).toBe(true);
    const text = await everyRowAsText(db);
    expect(text).not.toMatch(/"v1:/);
    for (const value of Object.values(LEGACY)) expect(text).not.toContain(value);

    const onlyNew = createPii([k2]);
    await assertPiiKeyOpens(h.db, onlyNew);
    const citizen = await h.db.selectFrom("users").selectAll().where("id", "=", ids.citizen!).executeTakeFirstOrThrow();
    expect(onlyNew.decrypt("id_number", citizen.id_number_enc!)).toBe(LEGACY.citizenId);
    expect(citizen.id_number_hash).toBe(onlyNew.hash("id_number", LEGACY.citizenId));
    await expect(signIn(onlyNew, LEGACY.citizenPhone)).resolves.toMatchObject({ id: ids.citizen });
    // The old key alone no longer finds the account.
    expect((await refusal(signIn(pii1, LEGACY.citizenPhone))).code).toBe("UNAUTHORIZED");
  });
});
