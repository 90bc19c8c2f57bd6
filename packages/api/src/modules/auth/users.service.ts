import type { User } from "@hall/db";
import { DomainError } from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { phoneLookup, sealPhone } from "../../shared/personal-data.ts";
import { hallInScope } from "../../shared/scope.ts";
import {
  deleteSessionsOfUser,
  insertRoles,
  insertUser,
  linkStaffToUser,
  listHallUsers,
  lockUser,
  loginExists,
  phoneHashExists,
  replaceRoles,
  roleNamesOf,
  rolesOfUsers,
  updateUser,
} from "./accounts.repository.ts";
import { hashPassword } from "./passwords.ts";
import type { TCreateUserInput, TUpdateUserInput } from "./schemas.ts";

export const userDto = (u: User, roles: string[]) => ({
  id: u.id,
  login: u.login,
  name: u.name,
  hallId: u.hall_id,
  roles,
  phoneMasked: u.phone_masked,
  active: u.active,
});

export async function listUsers(ctx: Context, actor: SessionActor, hallId: number) {
  await hallInScope(ctx.db, actor, hallId, "users.manage");
  const users = await listHallUsers(ctx.db, hallId);
  const roles = await rolesOfUsers(
    ctx.db,
    users.map((u) => u.id),
  );
  return users.map((u) =>
    userDto(
      u,
      roles.filter((r) => r.user_id === u.id).map((r) => r.role),
    ),
  );
}

/** A hall account (staff, trainers, …); citizens register themselves. */
export async function createUser(ctx: Context, actor: SessionActor, input: TCreateUserInput) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (tx) => {
    const hall = await hallInScope(tx, actor, input.hallId, "users.manage");
    if (await loginExists(tx, input.login)) throw new DomainError("CONFLICT", "auth.login_taken", { field: "login" });
    const phone = input.phone ? sealPhone(ctx.pii, input.phone) : null;
    if (input.phone && (await phoneHashExists(tx, phoneLookup(ctx.pii, input.phone)))) {
      throw new DomainError("CONFLICT", "auth.phone_taken", { field: "phone" });
    }
    const u = await insertUser(tx, {
      login: input.login,
      name: input.name,
      password_hash: passwordHash,
      phone_enc: phone?.enc ?? null,
      phone_hash: phone?.hash ?? null,
      phone_masked: phone?.masked ?? null,
      hall_id: hall.id,
      org_unit_id: hall.org_unit_id,
    });
    await insertRoles(tx, u.id, input.roles);
    if (input.staffId && !(await linkStaffToUser(tx, input.staffId, hall.id, u.id))) {
      throw new DomainError("BAD_REQUEST", "staff.not_found", { field: "staffId" });
    }
    const dto = userDto(u, input.roles);
    await audit(tx, ctx, { action: "user.create", entity: "user", entityId: u.id, hallId: hall.id, after: dto });
    return dto;
  });
}

export async function updateHallUser(ctx: Context, actor: SessionActor, input: TUpdateUserInput) {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.db.transaction().execute(async (tx) => {
    const before = await lockUser(tx, input.id);
    if (!before?.hall_id) throw new DomainError("NOT_FOUND", "user.not_found", { field: "id" });
    await hallInScope(tx, actor, before.hall_id, "users.manage");
    const beforeRoles = await roleNamesOf(tx, input.id);
    const cols = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(passwordHash ? { password_hash: passwordHash } : {}),
    };
    const after = Object.keys(cols).length ? await updateUser(tx, input.id, cols) : before;
    if (input.roles) await replaceRoles(tx, input.id, input.roles);
    // A disabled account or a new password ends every open session of that person.
    if (input.active === false || passwordHash) await deleteSessionsOfUser(tx, input.id);
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
}
