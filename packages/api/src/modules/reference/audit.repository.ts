import type { Database, Kysely } from "@hall/db";

/**
 * A hall's audit rows and the org-level rows (no hall, an org unit) of the org units under `orgScope`, newest first,
 * with the actor's name.
 */
export async function listAuditRows(db: Kysely<Database>, hallId: number, orgScope: string | null, limit: number) {
  return db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_user_id")
    .leftJoin("org_units as o", "o.id", "a.org_unit_id")
    .select([
      "a.id",
      "a.at",
      "a.action",
      "a.entity",
      "a.entity_id",
      "a.before",
      "a.after",
      "a.ip",
      "u.name as actorName",
    ])
    .where((eb) =>
      orgScope
        ? eb.or([
            eb("a.hall_id", "=", hallId),
            eb.and([eb("a.hall_id", "is", null), eb("o.path", "like", `${orgScope}%`)]),
          ])
        : eb("a.hall_id", "=", hallId),
    )
    .orderBy("a.id", "desc")
    .limit(limit)
    .execute();
}
