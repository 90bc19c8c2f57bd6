import { type Database, insertOrgUnit, type Kysely } from "@hall/db";
import { idNumberCheckDigit } from "@hall/domain";
import { hashPassword } from "../modules/auth/index.ts";
import { citizenLoginOf, sealIdNumber, sealPhone } from "../shared/personal-data.ts";
import type { Pii } from "../shared/pii.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_CITIZENS,
  DEMO_GROUPS,
  DEMO_HALL_NAME,
  DEMO_ITEMS,
  DEMO_STAFF,
  DEMO_WINDOWS,
  DEMO_ZONES,
} from "./demo-data.ts";

export const DEMO_PASSWORD = "demo1234";

export interface SeedResult {
  created: boolean;
  hallId: number;
}

/**
 * Loads the demo hall once (idempotent: a second call finds the hall and does nothing). Phone and ID numbers are
 * sealed with `pii`, the key the gateway will run with.
 */
export async function seedDemo(db: Kysely<Database>, pii: Pii, now: Date = new Date()): Promise<SeedResult> {
  const existing = await db.selectFrom("halls").select("id").where("name", "=", DEMO_HALL_NAME).executeTakeFirst();
  if (existing) return { created: false, hallId: existing.id };
  // Every demo account has the same, published password: one scrypt hash (≈0.5 s and 128 MiB at the current cost)
  // serves them all, instead of one per account. Real accounts always get their own salt.
  const demoHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (tx) => {
    const city = await insertOrgUnit(tx, { parent: null, level: "city", name: "示范市", code: "419900" });
    const county = await insertOrgUnit(tx, { parent: city, level: "county", name: "示范区", code: "419901" });
    const town = await insertOrgUnit(tx, { parent: county, level: "township", name: "城关街道", code: "419901001" });
    await insertOrgUnit(tx, { parent: town, level: "village", name: "幸福社区", code: "419901001001" });
    const hall = await tx
      .insertInto("halls")
      .values({
        org_unit_id: county.id,
        name: DEMO_HALL_NAME,
        address: "示范区人民路88号",
        phone: "0371-12345678",
        settings: "{}",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const hallId = hall.id;

    const zoneIds = new Map<string, number>();
    for (const [i, z] of DEMO_ZONES.entries()) {
      const row = await tx
        .insertInto("zones")
        .values({ hall_id: hallId, kind: z.kind, name: z.name, prefix: z.prefix, sort: i })
        .returning("id")
        .executeTakeFirstOrThrow();
      zoneIds.set(z.key, row.id);
    }

    for (const item of DEMO_ITEMS) {
      const row = await tx
        .insertInto("service_items")
        .values({
          hall_id: hallId,
          zone_id: zoneIds.get(item.zone) ?? null,
          code: item.code,
          name: item.name,
          department: item.department,
          legal_basis: item.legalBasis ?? null,
          conditions: null,
          promised_days: item.promisedDays,
          instant: item.instant ?? false,
          bookable: true,
          online: item.instant ?? false,
          theme: item.theme ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await tx
        .insertInto("service_item_materials")
        .values(
          item.materials.map(([name, copies, waivable], sort) => ({
            item_id: row.id,
            name,
            copies: copies ?? 1,
            waivable: waivable ?? false,
            original_required: sort === 0,
            sort,
          })),
        )
        .execute();
    }

    const accountIds = new Map<string, number>();
    const addUser = async (
      login: string,
      name: string,
      roles: readonly string[],
      extra: { phone?: string; idNumber?: string; cardChecked?: boolean },
    ) => {
      const isCitizen = roles.includes("citizen");
      const phone = extra.phone ? sealPhone(pii, extra.phone) : null;
      const id = extra.idNumber ? sealIdNumber(pii, extra.idNumber) : null;
      const u = await tx
        .insertInto("users")
        .values({
          // A citizen signs in with their phone; the login column holds its keyed hash, never the number.
          login: isCitizen && phone ? citizenLoginOf(phone.hash) : login,
          name,
          password_hash: demoHash,
          phone_enc: phone?.enc ?? null,
          phone_hash: phone?.hash ?? null,
          phone_masked: phone?.masked ?? null,
          id_number_enc: id?.enc ?? null,
          id_number_hash: id?.hash ?? null,
          id_number_masked: id?.masked ?? null,
          id_verification: id && extra.cardChecked ? "counter" : null,
          id_verified_at: id && extra.cardChecked ? now : null,
          org_unit_id: isCitizen ? null : county.id,
          hall_id: isCitizen ? null : hallId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await tx
        .insertInto("user_roles")
        .values(roles.map((role) => ({ user_id: u.id, role })))
        .execute();
      accountIds.set(login, u.id);
      return u.id;
    };
    for (const a of DEMO_ACCOUNTS) await addUser(a.login, a.name, a.roles, {});

    const groupIds: number[] = [];
    for (const name of DEMO_GROUPS) {
      const g = await tx
        .insertInto("staff_groups")
        .values({ hall_id: hallId, name })
        .returning("id")
        .executeTakeFirstOrThrow();
      groupIds.push(g.id);
    }
    const staffIds: number[] = [];
    for (const [i, s] of DEMO_STAFF.entries()) {
      const userId = accountIds.get(s.login) ?? (await addUser(s.login, s.name, ["window_staff"], {}));
      const row = await tx
        .insertInto("staff")
        .values({
          hall_id: hallId,
          user_id: userId,
          name: s.name,
          employee_no: s.no,
          employment_type: s.type,
          party_member: s.party,
          group_id: s.group === null ? null : groupIds[s.group]!,
          certificate_level: s.cert,
          certificate_no: s.cert ? `GZ2026${String(i + 1).padStart(6, "0")}` : null,
          certificate_date: s.cert ? "2025-12-20" : null,
          hired_on: s.hired,
          ...(() => {
            const p = sealPhone(pii, `1390000${String(i + 1).padStart(4, "0")}`);
            return { phone_enc: p.enc, phone_masked: p.masked };
          })(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      staffIds.push(row.id);
    }
    // Group leaders: the first member of each group (a 4–5 person group has one leader, XN ch.3 §1).
    for (const [g, groupId] of groupIds.entries()) {
      const first = DEMO_STAFF.findIndex((s) => s.group === g);
      await tx
        .updateTable("staff_groups")
        .set({ leader_staff_id: staffIds[first]! })
        .where("id", "=", groupId)
        .execute();
      const leaderUser = accountIds.get(DEMO_STAFF[first]!.login);
      if (leaderUser) await tx.insertInto("user_roles").values({ user_id: leaderUser, role: "group_leader" }).execute();
    }

    for (const w of DEMO_WINDOWS) {
      const row = await tx
        .insertInto("windows")
        .values({ hall_id: hallId, zone_id: zoneIds.get(w.zone)!, number: w.number, name: w.name, type: w.type })
        .returning("id")
        .executeTakeFirstOrThrow();
      await tx
        .insertInto("window_posts")
        .values([
          { window_id: row.id, position: "A", staff_id: staffIds[w.a]! },
          { window_id: row.id, position: "B", staff_id: staffIds[w.b]! },
        ])
        .execute();
    }

    for (const c of DEMO_CITIZENS) {
      const idNumber = c.id17 + idNumberCheckDigit(c.id17);
      await addUser(c.phone, c.name, ["citizen"], { phone: c.phone, idNumber, cardChecked: c.cardChecked });
    }

    await tx
      .insertInto("audit_log")
      .values({
        at: now,
        actor_user_id: null,
        hall_id: hallId,
        action: "seed.demo",
        entity: "hall",
        entity_id: String(hallId),
        before: null,
        after: JSON.stringify({ name: DEMO_HALL_NAME }),
        ip: null,
      })
      .execute();
    return { created: true, hallId };
  });
}
