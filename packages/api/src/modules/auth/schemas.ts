import { isValidMobile, ROLES } from "@hall/domain";
import { z } from "zod";
import { zId, zIdNumber, zName, zPassword, zPhone } from "../../shared/schemas.ts";

/** Hall accounts (staff, trainers, …). Citizens register themselves and are not managed here. */
const zStaffRole = z.enum(ROLES).refine((r) => r !== "citizen", "users.citizen_role");

export const ZListUsersInput = z.object({ hallId: zId });
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
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZRegisterCitizenInput = z.object({
  phone: zPhone,
  password: zPassword,
  name: zName,
  idNumber: zIdNumber,
});
export const ZLoginInput = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(128),
});
