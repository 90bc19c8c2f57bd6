import type { Database, Kysely } from "@hall/db";

type Db = Kysely<Database>;

/** The account a sign-in names: an exact login wins over the other candidates (a citizen's phone → its hash). */
export async function findAccountForSignIn(db: Db, candidates: string[], typed: string) {
  return db
    .selectFrom("users")
    .select(["id", "name", "password_hash", "active", "hall_id", "org_unit_id"])
    .where("login", "in", candidates)
    .orderBy((eb) => eb("login", "=", typed), "desc")
    .executeTakeFirst();
}

/** Replaces a password hash only if it is still `current` (a password changed meanwhile wins). */
export async function replacePasswordHash(db: Db, userId: number, current: string, next: string): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: next })
    .where("id", "=", userId)
    .where("password_hash", "=", current)
    .execute();
}
