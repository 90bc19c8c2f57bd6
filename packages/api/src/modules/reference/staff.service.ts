import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { sealIdNumber, sealPhone } from "../../shared/personal-data.ts";
import { groupInScope, hallInScope, staffInScope } from "../../shared/scope.ts";
import { groupDto, staffDto } from "./dto.ts";
import type {
  StaffFieldInput,
  ZCreateGroupInput,
  ZCreateStaffInput,
  ZUpdateGroupInput,
  ZUpdateStaffInput,
} from "./schemas.ts";
import {
  insertGroup,
  insertStaff,
  listGroupRows,
  listStaffRows,
  updateGroupRow,
  updateStaffRow,
} from "./staff.repository.ts";

type Actor = NonNullable<Context["actor"]>;

/** The staff columns of an input; ID and phone numbers sealed (encrypted + masked), never stored in plaintext. */
function staffColumns(pii: Context["pii"], i: StaffFieldInput) {
  const cols: Record<string, unknown> = {};
  const map: [keyof StaffFieldInput, string][] = [
    ["name", "name"],
    ["employeeNo", "employee_no"],
    ["employmentType", "employment_type"],
    ["partyMember", "party_member"],
    ["groupId", "group_id"],
    ["certificateLevel", "certificate_level"],
    ["certificateNo", "certificate_no"],
    ["certificateDate", "certificate_date"],
    ["hiredOn", "hired_on"],
  ];
  for (const [k, col] of map) if (i[k] !== undefined) cols[col] = i[k] ?? null;
  if (i.phone !== undefined) {
    const sealed = i.phone ? sealPhone(pii, i.phone) : null;
    cols.phone_enc = sealed?.enc ?? null;
    cols.phone_masked = sealed?.masked ?? null;
  }
  if (i.idNumber !== undefined) {
    const sealed = i.idNumber ? sealIdNumber(pii, i.idNumber) : null;
    cols.id_number_enc = sealed?.enc ?? null;
    cols.id_number_masked = sealed?.masked ?? null;
  }
  return cols;
}

export async function listStaff(ctx: Context, actor: Actor, hallId: number) {
  await hallInScope(ctx.db, actor, hallId, "reference.read");
  return (await listStaffRows(ctx.db, hallId)).map(staffDto);
}

export async function createStaff(ctx: Context, actor: Actor, input: z.infer<typeof ZCreateStaffInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    await hallInScope(tx, actor, input.hallId, "reference.write");
    if (input.groupId)
      await groupInScope(tx, actor, input.groupId, "reference.write", { hallId: input.hallId, field: "groupId" });
    const s = await insertStaff(tx, { hall_id: input.hallId, ...staffColumns(ctx.pii, input) });
    await audit(tx, ctx, {
      action: "staff.create",
      entity: "staff",
      entityId: s.id,
      hallId: s.hall_id,
      after: staffDto(s),
    });
    return staffDto(s);
  });
}

export async function updateStaff(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateStaffInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await staffInScope(tx, actor, input.id, "reference.write", { forUpdate: true });
    const hallId = before.hall_id;
    if (input.groupId) await groupInScope(tx, actor, input.groupId, "reference.write", { hallId, field: "groupId" });
    const cols = { ...staffColumns(ctx.pii, input), ...(input.active !== undefined ? { active: input.active } : {}) };
    const after = Object.keys(cols).length ? await updateStaffRow(tx, input.id, cols) : before;
    await audit(tx, ctx, {
      action: "staff.update",
      entity: "staff",
      entityId: input.id,
      hallId,
      before: staffDto(before),
      after: staffDto(after),
    });
    return staffDto(after);
  });
}

export async function listGroups(ctx: Context, actor: Actor, hallId: number) {
  await hallInScope(ctx.db, actor, hallId, "reference.read");
  return (await listGroupRows(ctx.db, hallId)).map(groupDto);
}

export async function createGroup(ctx: Context, actor: Actor, input: z.infer<typeof ZCreateGroupInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    await hallInScope(tx, actor, input.hallId, "reference.write");
    if (input.leaderStaffId)
      await staffInScope(tx, actor, input.leaderStaffId, "reference.write", {
        hallId: input.hallId,
        field: "leaderStaffId",
      });
    const g = await insertGroup(tx, {
      hallId: input.hallId,
      name: input.name,
      leaderStaffId: input.leaderStaffId ?? null,
    });
    await audit(tx, ctx, {
      action: "group.create",
      entity: "staff_group",
      entityId: g.id,
      hallId: g.hall_id,
      after: groupDto(g),
    });
    return groupDto(g);
  });
}

export async function updateGroup(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateGroupInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await groupInScope(tx, actor, input.id, "reference.write", { forUpdate: true });
    const hallId = before.hall_id;
    if (input.leaderStaffId)
      await staffInScope(tx, actor, input.leaderStaffId, "reference.write", { hallId, field: "leaderStaffId" });
    const after = await updateGroupRow(tx, input.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.leaderStaffId !== undefined ? { leader_staff_id: input.leaderStaffId ?? null } : {}),
    });
    await audit(tx, ctx, {
      action: "group.update",
      entity: "staff_group",
      entityId: input.id,
      hallId,
      before: groupDto(before),
      after: groupDto(after),
    });
    return groupDto(after);
  });
}
