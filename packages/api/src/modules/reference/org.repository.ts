import { type Database, insertOrgUnit, type Kysely, type OrgUnit } from "@hall/db";

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

/** Inserts an org unit one level below `parent` (the path follows from the parent's). */
export async function insertChildOrgUnit(
  tx: Db,
  parent: OrgUnit,
  unit: { level: string; name: string; code: string | null },
): Promise<OrgUnit> {
  return insertOrgUnit(tx, { parent, level: unit.level, name: unit.name, code: unit.code });
}
