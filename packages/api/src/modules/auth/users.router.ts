import type { User } from "@hall/db";
import { DomainError, isValidMobile, ROLES } from "@hall/domain";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { phoneLookup, sealPhone } from "../../shared/personal-data.ts";
import { zId, zName, zPassword, zPhone } from "../../shared/schemas.ts";
import { hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";
import { hashPassword } from "./passwords.ts";

/** Hall accounts (staff, trainers, …). Citizens register themselves and are not managed here. */
const zStaffRole = z.enum(ROLES).refine((r) => r !== "citizen", "users.citizen_role");
export const ZCreateUserInput = z.object({
  hallId: zId,
  login: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,40}$/)
    // A mobile number signs a citizen in: an account name must never look like one.
    .refine((s) => !isValidMobile(s), "auth.login_is_phone"),
  name: zName,
  password: zPassword,
  roles: z.array(zStaffRole).min(1).max(ROLES.length),
  phone: zPhone.nullish(),
  staffId: zId.nullish(),
});
export const ZUpdateUserInput = z.object({
  id: zId,
  name: zName.optional(),
  roles: z.array(zStaffRole).min(1).max(ROLES.length).optional(),
  active: z.boolean().optional(),
  password: zPassword.optional(),
});

const userDto = (u: User, roles: string[]) => ({
  id: u.id,
  login: u.login,
  name: u.name,
  hallId: u.hall_id,
  roles,
  phoneMasked: u.phone_masked,
  active: u.active,
});

export const usersRouter = router({
  list: permittedProcedure("users.manage")
    .input(z.object({ hallId: zId }))
    .query(async ({ ctx, input }) => {
      await hallInScope(ctx.db, ctx.actor, input.hallId, "users.manage");
      const users = await ctx.db
        .selectFrom("users")
        .selectAll()
        .where("hall_id", "=", input.hallId)
        .orderBy("login")
        .execute();
      const roles = users.length
        ? await ctx.db
            .selectFrom("user_roles")
            .selectAll()
            .where(
              "user_id",
              "in",
              users.map((u) => u.id),
            )
            .execute()
        : [];
      return users.map((u) =>
        userDto(
          u,
          roles.filter((r) => r.user_id === u.id).map((r) => r.role),
        ),
      );
    }),

  create: permittedProcedure("users.manage")
    .input(ZCreateUserInput)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      return ctx.db.transaction().execute(async (tx) => {
        const hall = await hallInScope(tx, ctx.actor, input.hallId, "users.manage");
        const taken = await tx.selectFrom("users").select("id").where("login", "=", input.login).executeTakeFirst();
        if (taken) throw new DomainError("CONFLICT", "auth.login_taken", { field: "login" });
        const phone = input.phone ? sealPhone(ctx.pii, input.phone) : null;
        if (input.phone) {
          const phoneTaken = await tx
            .selectFrom("users")
            .select("id")
            .where("phone_hash", "in", phoneLookup(ctx.pii, input.phone))
            .executeTakeFirst();
          if (phoneTaken) throw new DomainError("CONFLICT", "auth.phone_taken", { field: "phone" });
        }
        const u = await tx
          .insertInto("users")
          .values({
            login: input.login,
            name: input.name,
            password_hash: passwordHash,
            phone_enc: phone?.enc ?? null,
            phone_hash: phone?.hash ?? null,
            phone_masked: phone?.masked ?? null,
            hall_id: hall.id,
            org_unit_id: hall.org_unit_id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await tx
          .insertInto("user_roles")
          .values(input.roles.map((role) => ({ user_id: u.id, role })))
          .execute();
        if (input.staffId) {
          const linked = await tx
            .updateTable("staff")
            .set({ user_id: u.id })
            .where("id", "=", input.staffId)
            .where("hall_id", "=", hall.id)
            .executeTakeFirst();
          if (!linked.numUpdatedRows) throw new DomainError("BAD_REQUEST", "staff.not_found", { field: "staffId" });
        }
        const dto = userDto(u, input.roles);
        await audit(tx, ctx, { action: "user.create", entity: "user", entityId: u.id, hallId: hall.id, after: dto });
        return dto;
      });
    }),

  update: permittedProcedure("users.manage")
    .input(ZUpdateUserInput)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = input.password ? await hashPassword(input.password) : undefined;
      return ctx.db.transaction().execute(async (tx) => {
        const before = await tx
          .selectFrom("users")
          .selectAll()
          .where("id", "=", input.id)
          .forUpdate()
          .executeTakeFirst();
        if (!before?.hall_id) throw new DomainError("NOT_FOUND", "user.not_found", { field: "id" });
        await hallInScope(tx, ctx.actor, before.hall_id, "users.manage");
        const beforeRoles = (
          await tx.selectFrom("user_roles").select("role").where("user_id", "=", input.id).execute()
        ).map((r) => r.role);
        const cols = {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(passwordHash ? { password_hash: passwordHash } : {}),
        };
        const after = Object.keys(cols).length
          ? await tx.updateTable("users").set(cols).where("id", "=", input.id).returningAll().executeTakeFirstOrThrow()
          : before;
        if (input.roles) {
          await tx.deleteFrom("user_roles").where("user_id", "=", input.id).execute();
          await tx
            .insertInto("user_roles")
            .values(input.roles.map((role) => ({ user_id: input.id, role })))
            .execute();
        }
        // A disabled account or a new password ends every open session of that person.
        if (input.active === false || passwordHash)
          await tx.deleteFrom("sessions").where("user_id", "=", input.id).execute();
        const dto = userDto(after, input.roles ?? beforeRoles);
        await audit(tx, ctx, {
          action: "user.update",
          entity: "user",
          entityId: input.id,
          hallId: before.hall_id,
          before: userDto(before, beforeRoles),
          after: { ...dto, passwordChanged: Boolean(passwordHash) },
        });
        return dto;
      });
    }),
});
