import type { Database, Insertable, Kysely, User, UserTable } from "@hall/db";

type Db = Kysely<Database>;

/** The accounts of a hall, by login. */
export function listHallUsers(db: Db, hallId: number): Promise<User[]> {
  return db.selectFrom("users").selectAll().where("hall_id", "=", hallId).orderBy("login").execute();
}

/** Role rows of these users. */
export async function rolesOfUsers(db: Db, userIds: number[]): Promise<{ user_id: number; role: string }[]> {
  if (!userIds.length) return [];
  return db.selectFrom("user_roles").select(["user_id", "role"]).where("user_id", "in", userIds).execute();
}

export async function loginExists(db: Db, login: string): Promise<boolean> {
  return Boolean(await db.selectFrom("users").select("id").where("login", "=", login).executeTakeFirst());
}

export async function phoneHashExists(db: Db, hashes: string[]): Promise<boolean> {
  if (!hashes.length) return false;
  return Boolean(await db.selectFrom("users").select("id").where("phone_hash", "in", hashes).executeTakeFirst());
}

/** Accounts that already hold this login, one of these phone hashes or one of these ID-number hashes. */
export function findRegistrationConflicts(db: Db, login: string, phoneHashes: string[], idNumberHashes: string[]) {
  return db
    .selectFrom("users")
    .select(["login", "phone_hash"])
    .where((eb) =>
      eb.or([
        ...(phoneHashes.length ? [eb("phone_hash", "in", phoneHashes)] : []),
        eb("login", "=", login),
        ...(idNumberHashes.length ? [eb("id_number_hash", "in", idNumberHashes)] : []),
      ]),
    )
    .execute();
}

export function insertUser(db: Db, values: Insertable<UserTable>): Promise<User> {
  return db.insertInto("users").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertRoles(db: Db, userId: number, roles: readonly string[]): Promise<void> {
  if (!roles.length) return;
  await db
    .insertInto("user_roles")
    .values(roles.map((role) => ({ user_id: userId, role })))
    .execute();
}

/** Links a staff record of the hall to an account; false when there is no such staff member in that hall. */
export async function linkStaffToUser(db: Db, staffId: number, hallId: number, userId: number): Promise<boolean> {
  const r = await db
    .updateTable("staff")
    .set({ user_id: userId })
    .where("id", "=", staffId)
    .where("hall_id", "=", hallId)
    .executeTakeFirst();
  return Boolean(r.numUpdatedRows);
}

export function lockUser(db: Db, id: number): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function roleNamesOf(db: Db, userId: number): Promise<string[]> {
  const rows = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
  return rows.map((r) => r.role);
}

export function updateUser(
  db: Db,
  id: number,
  cols: { name?: string; active?: boolean; password_hash?: string },
): Promise<User> {
  return db.updateTable("users").set(cols).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export async function replaceRoles(db: Db, userId: number, roles: readonly string[]): Promise<void> {
  await db.deleteFrom("user_roles").where("user_id", "=", userId).execute();
  await insertRoles(db, userId, roles);
}

/** Ends every open session of a person (disabled account, new password). */
export async function deleteSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
