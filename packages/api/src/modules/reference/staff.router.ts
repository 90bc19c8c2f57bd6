import type { Staff, StaffGroup } from "@hall/db";
import { CERTIFICATE_LEVELS, EMPLOYMENT_TYPES, maskIdNumber, maskPhone } from "@hall/domain";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { zDate, zId, zIdNumber, zName, zPhone } from "../../shared/schemas.ts";
import { assertInHall, hallIdOf, hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";

const staffFields = {
  name: zName,
  employeeNo: z.string().trim().min(1).max(30),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  partyMember: z.boolean(),
  groupId: zId.nullish(),
  certificateLevel: z
    .number()
    .int()
    .refine((n) => (CERTIFICATE_LEVELS as readonly number[]).includes(n), "staff.invalid_certificate_level")
    .nullish(),
  certificateNo: z.string().trim().max(50).nullish(),
  certificateDate: zDate.nullish(),
  hiredOn: zDate.nullish(),
  phone: zPhone.nullish(),
  idNumber: zIdNumber.nullish(),
};
export const ZCreateStaffInput = z.object({ hallId: zId, ...staffFields, partyMember: z.boolean().default(false) });
export const ZUpdateStaffInput = z.object({
  id: zId,
  active: z.boolean().optional(),
  ...z.object(staffFields).partial().shape,
});
export const ZCreateGroupInput = z.object({ hallId: zId, name: zName, leaderStaffId: zId.nullish() });
export const ZUpdateGroupInput = z.object({ id: zId, name: zName.optional(), leaderStaffId: zId.nullish() });

/** Staff as other people see them: ID and phone numbers masked. */
export const staffDto = (s: Staff) => ({
  id: s.id,
  hallId: s.hall_id,
  userId: s.user_id,
  name: s.name,
  employeeNo: s.employee_no,
  employmentType: s.employment_type,
  partyMember: s.party_member,
  groupId: s.group_id,
  certificateLevel: s.certificate_level,
  certificateNo: s.certificate_no,
  certificateDate: s.certificate_date,
  hiredOn: s.hired_on,
  phoneMasked: s.phone ? maskPhone(s.phone) : null,
  idNumberMasked: s.id_number ? maskIdNumber(s.id_number) : null,
  active: s.active,
});
const groupDto = (g: StaffGroup) => ({ id: g.id, hallId: g.hall_id, name: g.name, leaderStaffId: g.leader_staff_id });

type StaffFieldInput = Partial<z.infer<z.ZodObject<typeof staffFields>>>;
function staffColumns(i: StaffFieldInput) {
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
    ["phone", "phone"],
    ["idNumber", "id_number"],
  ];
  for (const [k, col] of map) if (i[k] !== undefined) cols[col] = i[k] ?? null;
  return cols;
}

export const staffRouter = router({
  list: permittedProcedure("reference.read")
    .input(z.object({ hallId: zId }))
    .query(async ({ ctx, input }) => {
      await hallInScope(ctx.db, ctx.actor, input.hallId, "reference.read");
      const rows = await ctx.db
        .selectFrom("staff")
        .selectAll()
        .where("hall_id", "=", input.hallId)
        .orderBy("employee_no")
        .execute();
      return rows.map(staffDto);
    }),

  create: permittedProcedure("reference.write")
    .input(ZCreateStaffInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        await hallInScope(tx, ctx.actor, input.hallId, "reference.write");
        if (input.groupId)
          await assertInHall(tx, "staff_groups", input.groupId, input.hallId, "groupId", "group.not_found");
        const s = await tx
          .insertInto("staff")
          .values({ hall_id: input.hallId, ...staffColumns(input) } as never)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "staff.create",
          entity: "staff",
          entityId: s.id,
          hallId: s.hall_id,
          after: staffDto(s),
        });
        return staffDto(s);
      }),
    ),

  update: permittedProcedure("reference.write")
    .input(ZUpdateStaffInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const hallId = await hallIdOf(tx, "staff", input.id, "staff.not_found");
        await hallInScope(tx, ctx.actor, hallId, "reference.write");
        if (input.groupId) await assertInHall(tx, "staff_groups", input.groupId, hallId, "groupId", "group.not_found");
        const before = await tx
          .selectFrom("staff")
          .selectAll()
          .where("id", "=", input.id)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const cols = { ...staffColumns(input), ...(input.active !== undefined ? { active: input.active } : {}) };
        const after = Object.keys(cols).length
          ? await tx.updateTable("staff").set(cols).where("id", "=", input.id).returningAll().executeTakeFirstOrThrow()
          : before;
        await audit(tx, ctx, {
          action: "staff.update",
          entity: "staff",
          entityId: input.id,
          hallId,
          before: staffDto(before),
          after: staffDto(after),
        });
        return staffDto(after);
      }),
    ),

  groups: router({
    list: permittedProcedure("reference.read")
      .input(z.object({ hallId: zId }))
      .query(async ({ ctx, input }) => {
        await hallInScope(ctx.db, ctx.actor, input.hallId, "reference.read");
        const rows = await ctx.db
          .selectFrom("staff_groups")
          .selectAll()
          .where("hall_id", "=", input.hallId)
          .orderBy("id")
          .execute();
        return rows.map(groupDto);
      }),
    create: permittedProcedure("reference.write")
      .input(ZCreateGroupInput)
      .mutation(async ({ ctx, input }) =>
        ctx.db.transaction().execute(async (tx) => {
          await hallInScope(tx, ctx.actor, input.hallId, "reference.write");
          if (input.leaderStaffId)
            await assertInHall(tx, "staff", input.leaderStaffId, input.hallId, "leaderStaffId", "staff.not_found");
          const g = await tx
            .insertInto("staff_groups")
            .values({ hall_id: input.hallId, name: input.name, leader_staff_id: input.leaderStaffId ?? null })
            .returningAll()
            .executeTakeFirstOrThrow();
          await audit(tx, ctx, {
            action: "group.create",
            entity: "staff_group",
            entityId: g.id,
            hallId: g.hall_id,
            after: groupDto(g),
          });
          return groupDto(g);
        }),
      ),
    update: permittedProcedure("reference.write")
      .input(ZUpdateGroupInput)
      .mutation(async ({ ctx, input }) =>
        ctx.db.transaction().execute(async (tx) => {
          const hallId = await hallIdOf(tx, "staff_groups", input.id, "group.not_found");
          await hallInScope(tx, ctx.actor, hallId, "reference.write");
          if (input.leaderStaffId)
            await assertInHall(tx, "staff", input.leaderStaffId, hallId, "leaderStaffId", "staff.not_found");
          const before = await tx
            .selectFrom("staff_groups")
            .selectAll()
            .where("id", "=", input.id)
            .executeTakeFirstOrThrow();
          const after = await tx
            .updateTable("staff_groups")
            .set({
              ...(input.name !== undefined ? { name: input.name } : {}),
              ...(input.leaderStaffId !== undefined ? { leader_staff_id: input.leaderStaffId ?? null } : {}),
            })
            .where("id", "=", input.id)
            .returningAll()
            .executeTakeFirstOrThrow();
          await audit(tx, ctx, {
            action: "group.update",
            entity: "staff_group",
            entityId: input.id,
            hallId,
            before: groupDto(before),
            after: groupDto(after),
          });
          return groupDto(after);
        }),
      ),
  }),
});
