import type { Database, Kysely, Staff, StaffGroup } from "@hall/db";

type Db = Kysely<Database>;

export async function listStaffRows(db: Db, hallId: number): Promise<Staff[]> {
  return db.selectFrom("staff").selectAll().where("hall_id", "=", hallId).orderBy("employee_no").execute();
}

export async function insertStaff(tx: Db, values: Record<string, unknown> & { hall_id: number }): Promise<Staff> {
  return tx
    .insertInto("staff")
    .values(values as never)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateStaffRow(tx: Db, id: number, cols: Record<string, unknown>): Promise<Staff> {
  return tx.updateTable("staff").set(cols).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export async function listGroupRows(db: Db, hallId: number): Promise<StaffGroup[]> {
  return db.selectFrom("staff_groups").selectAll().where("hall_id", "=", hallId).orderBy("id").execute();
}

export async function insertGroup(
  tx: Db,
  values: { hallId: number; name: string; leaderStaffId: number | null },
): Promise<StaffGroup> {
  return tx
    .insertInto("staff_groups")
    .values({ hall_id: values.hallId, name: values.name, leader_staff_id: values.leaderStaffId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateGroupRow(
  tx: Db,
  id: number,
  patch: { name?: string; leader_staff_id?: number | null },
): Promise<StaffGroup> {
  return tx.updateTable("staff_groups").set(patch).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}
