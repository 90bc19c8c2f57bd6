import { isValidIsoDate, isValidMobile, shanghaiDate, validateIdNumber } from "@hall/domain";
import { z } from "zod";

/** Shared input pieces. Refinement messages are domain i18n keys; the error formatter translates them. */
/** The largest value of a PostgreSQL `integer` column (ids are serial integers). */
export const MAX_DB_INT = 2_147_483_647;
/** A row id: a positive integer that fits the column (2^31 would overflow it). */
export const zId = z.number().int().positive().max(MAX_DB_INT);
export const zName = z.string().trim().min(1).max(100);
export const zOptionalText = z.string().trim().max(2000).nullish();
export const zPhone = z.string().trim().refine(isValidMobile, "identity.invalid_phone");
export const zIdNumber = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((value, ctx) => {
    // A birth date must lie in the past of the real calendar (not the hall clock: a person cannot be born tomorrow).
    const r = validateIdNumber(value, shanghaiDate(new Date()));
    if (!r.ok) ctx.addIssue({ code: "custom", message: `identity.id_${r.reason}` });
  });
export const zDate = z.string().refine(isValidIsoDate, "calendar.invalid_date");
export const zPassword = z
  .string()
  .min(8)
  .max(128)
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), "auth.weak_password");
