import { type Database, insertOrgUnit, type Kysely } from "@hall/db";
import { DomainError, type OrgLevel } from "@hall/domain";
import { hashPassword } from "../modules/auth/index.ts";

export interface CreateAdminInput {
  login: string;
  password: string;
  name: string;
  /** Name of the org unit the admin is scoped to; created as a root unit when no org unit has that name. */
  orgName: string;
  orgLevel?: OrgLevel;
}

/** Makes the first real hall administrator of a fresh database (`pnpm create-admin`). */
export async function createAdmin(
  db: Kysely<Database>,
  input: CreateAdminInput,
  now: Date = new Date(),
): Promise<{ userId: number; orgUnitId: number }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom("users").select("id").where("login", "=", input.login).executeTakeFirst();
    if (taken) throw new DomainError("CONFLICT", "auth.login_taken", { field: "login" });
    let org = await tx
      .selectFrom("org_units")
      .select(["id", "path"])
      .where("name", "=", input.orgName)
      .executeTakeFirst();
    if (!org) {
      const created = await insertOrgUnit(tx, { parent: null, level: input.orgLevel ?? "city", name: input.orgName });
      org = { id: created.id, path: created.path };
    }
    const u = await tx
      .insertInto("users")
      .values({ login: input.login, name: input.name, password_hash: passwordHash, org_unit_id: org.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx.insertInto("user_roles").values({ user_id: u.id, role: "hall_admin" }).execute();
    await tx
      .insertInto("audit_log")
      .values({
        at: now,
        actor_user_id: null,
        hall_id: null,
        action: "user.create_admin",
        entity: "user",
        entity_id: String(u.id),
        before: null,
        after: JSON.stringify({ login: input.login, orgUnitId: org.id }),
        ip: null,
      })
      .execute();
    return { userId: u.id, orgUnitId: org.id };
  });
}
