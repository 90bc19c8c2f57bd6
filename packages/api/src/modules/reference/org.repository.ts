import type { Database, Kysely, OrgUnit } from "@hall/db";

type Db = Kysely<Database>;

/** The org units whose path starts with `pathPrefix` (a unit and everything below it), in tree order. */
export async function listOrgUnitsUnder(db: Db, pathPrefix: string): Promise<OrgUnit[]> {
  return db.selectFrom("org_units").selectAll().where("path", "like", `${pathPrefix}%`).orderBy("path").execute();
}

export async function updateOrgUnitRow(
  tx: Db,
  id: number,
  patch: { name?: string; code?: string | null },
): Promise<OrgUnit> {
  return tx.updateTable("org_units").set(patch).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}
