import { isValidIsoDate, isValidMobile, validateIdNumber } from "@hall/domain";
import { z } from "zod";

/** Shared input pieces. Refinement messages are domain i18n keys; the error formatter translates them. */
export const zId = z.number().int().positive();
export const zName = z.string().trim().min(1).max(100);
export const zOptionalText = z.string().trim().max(2000).nullish();
export const zPhone = z.string().trim().refine(isValidMobile, "identity.invalid_phone");
export const zIdNumber = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((value, ctx) => {
    const r = validateIdNumber(value);
    if (!r.ok) ctx.addIssue({ code: "custom", message: `identity.id_${r.reason}` });
  });
export const zDate = z.string().refine(isValidIsoDate, "calendar.invalid_date");
export const zPassword = z
  .string()
  .min(8)
  .max(128)
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), "auth.weak_password");
