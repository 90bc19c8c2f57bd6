import { AB_POSITIONS, CERTIFICATE_LEVELS, EMPLOYMENT_TYPES, ORG_LEVELS, WINDOW_TYPES, ZONE_KINDS } from "@hall/domain";
import { z } from "zod";
import { zDate, zId, zIdNumber, zName, zOptionalText, zPhone } from "../../shared/schemas.ts";

/** Inputs of the reference module's procedures, named Z<Verb><Noun>Input. */

/** Any procedure that lists one hall's rows. */
export const ZListByHallInput = z.object({ hallId: zId });
/** Any procedure that reads one row by id. */
export const ZGetByIdInput = z.object({ id: zId });

// Org units
export const ZCreateOrgUnitInput = z.object({
  parentId: zId,
  level: z.enum(ORG_LEVELS),
  name: zName,
  code: z.string().trim().max(20).nullish(),
});
export const ZUpdateOrgUnitInput = z.object({
  id: zId,
  name: zName.optional(),
  code: z.string().trim().max(20).nullish(),
});

// Halls
export const ZCreateHallInput = z.object({
  orgUnitId: zId,
  name: zName,
  address: zOptionalText,
  phone: z.string().trim().max(30).nullish(),
});
export const ZUpdateHallInput = z.object({
  id: zId,
  name: zName.optional(),
  address: zOptionalText,
  phone: z.string().trim().max(30).nullish(),
});
const zHHmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const ZUpdateHallSettingsInput = z.object({
  hallId: zId,
  settings: z
    .object({
      openingHours: z
        .array(z.object({ start: zHHmm, end: zHHmm }))
        .min(1)
        .max(4),
      maxSpecialtyZones: z.number().int().min(1).max(6),
      booking: z
        .object({
          slotMinutes: z.number().int().min(5).max(240),
          minLeadMinutes: z.number().int().min(0).max(1440),
          maxDaysAhead: z.number().int().min(1).max(90),
          maxActivePerItemPerDay: z.number().int().min(1).max(10),
          maxActiveFuture: z.number().int().min(1).max(20),
          cancelDeadlineMinutes: z.number().int().min(0).max(1440),
          noShowGraceMinutes: z.number().int().min(0).max(240),
          noShowLimit: z.number().int().min(1).max(20),
          noShowWindowDays: z.number().int().min(1).max(365),
          suspensionDays: z.number().int().min(0).max(365),
          checkInEarlyMinutes: z.number().int().min(0).max(240),
        })
        .partial(),
    })
    .partial(),
});

// Zones
const zPrefix = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]$/);
export const ZCreateZoneInput = z.object({
  hallId: zId,
  kind: z.enum(ZONE_KINDS),
  name: zName,
  prefix: zPrefix,
  sort: z.number().int().min(0).max(999).optional(),
});
export const ZUpdateZoneInput = z.object({
  id: zId,
  kind: z.enum(ZONE_KINDS).optional(),
  name: zName.optional(),
  prefix: zPrefix.optional(),
  sort: z.number().int().min(0).max(999).optional(),
  active: z.boolean().optional(),
});

// Windows
const zWindowNumber = z.string().trim().min(1).max(10);
export const ZCreateWindowInput = z.object({
  hallId: zId,
  zoneId: zId,
  number: zWindowNumber,
  name: zName,
  type: z.enum(WINDOW_TYPES),
  itemId: zId.nullish(),
});
export const ZUpdateWindowInput = z.object({
  id: zId,
  zoneId: zId.optional(),
  number: zWindowNumber.optional(),
  name: zName.optional(),
  type: z.enum(WINDOW_TYPES).optional(),
  itemId: zId.nullish(),
  active: z.boolean().optional(),
});
export const ZSetWindowPostInput = z.object({ windowId: zId, position: z.enum(AB_POSITIONS), staffId: zId.nullable() });

// Staff and groups
export const staffFields = {
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
export type StaffFieldInput = Partial<z.infer<z.ZodObject<typeof staffFields>>>;
export const ZCreateGroupInput = z.object({ hallId: zId, name: zName, leaderStaffId: zId.nullish() });
export const ZUpdateGroupInput = z.object({ id: zId, name: zName.optional(), leaderStaffId: zId.nullish() });

// Service items
export const ZMaterialInput = z.object({
  name: z.string().trim().min(1).max(200),
  copies: z.number().int().min(1).max(20).default(1),
  originalRequired: z.boolean().default(false),
  waivable: z.boolean().default(false),
  note: z.string().trim().max(500).nullish(),
});
export type MaterialInput = z.infer<typeof ZMaterialInput>;
export const itemFields = {
  zoneId: zId.nullish(),
  code: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(200),
  department: zName,
  legalBasis: zOptionalText,
  conditions: zOptionalText,
  promisedDays: z.number().int().min(0).max(365),
  instant: z.boolean(),
  bookable: z.boolean(),
  online: z.boolean(),
  avgHandlingMinutes: z.number().int().min(1).max(480),
  theme: z.string().trim().max(100).nullish(),
  materials: z.array(ZMaterialInput).max(50),
};
export type ItemFieldInput = Partial<z.infer<z.ZodObject<typeof itemFields>>>;
export const ZCreateItemInput = z.object({
  hallId: zId,
  ...itemFields,
  instant: z.boolean().default(false),
  bookable: z.boolean().default(true),
  online: z.boolean().default(false),
  avgHandlingMinutes: z.number().int().min(1).max(480).default(15),
  materials: itemFields.materials.default([]),
});
export const ZUpdateItemInput = z.object({
  id: zId,
  active: z.boolean().optional(),
  ...z.object(itemFields).partial().shape,
});

// Calendar
const zYear = z.number().int().min(2000).max(2100);
export const ZListCalendarInput = z.object({ hallId: zId, year: zYear });
export const ZSetCalendarDayInput = z.object({
  hallId: zId,
  date: zDate,
  /** null removes the hall's override, falling back to the org layers and the national calendar. */
  kind: z.enum(["holiday", "workday"]).nullable(),
  name: z.string().trim().max(50).nullish(),
});

/** An org unit's calendar layer (next year's national schedule entered once for every hall below). */
const zCalendarKind = z.enum(["holiday", "workday"]);
const zCalendarName = z.string().trim().max(50).nullish();
/** No date twice in one request (one request sets each day once). */
const distinctDates = (dates: string[]) => new Set(dates).size === dates.length;
export const ZListOrgCalendarInput = z.object({ orgUnitId: zId, year: zYear });
export const ZSetOrgCalendarDaysInput = z.object({
  orgUnitId: zId,
  days: z
    .array(z.object({ date: zDate, kind: zCalendarKind, name: zCalendarName }))
    .min(1)
    .max(400)
    .refine((days) => distinctDates(days.map((d) => d.date)), "calendar.duplicate_date"),
});
export const ZRemoveOrgCalendarDaysInput = z.object({
  orgUnitId: zId,
  dates: z.array(zDate).min(1).max(400).refine(distinctDates, "calendar.duplicate_date"),
});
export const ZCalendarOverviewInput = z.object({ hallId: zId, year: zYear });

// Audit log
export const ZListAuditInput = z.object({ hallId: zId, limit: z.number().int().min(1).max(500).default(100) });
