import type { Hall, OrgUnit, ServiceItem, ServiceItemMaterial, Staff, StaffGroup, Window, Zone } from "@hall/db";
import { hallSettingsOf } from "../../shared/settings.ts";

/** What the reference module's procedures return (camelCase, personal data masked). */

export const orgUnitDto = (o: Pick<OrgUnit, "id" | "parent_id" | "level" | "name" | "code" | "path">) => ({
  id: o.id,
  parentId: o.parent_id,
  level: o.level,
  name: o.name,
  code: o.code,
  path: o.path,
});

export const hallDto = (h: Hall & { orgPath?: string }) => ({
  id: h.id,
  orgUnitId: h.org_unit_id,
  name: h.name,
  address: h.address,
  phone: h.phone,
  settings: hallSettingsOf(h.settings),
});

export const zoneDto = (z: Zone) => ({
  id: z.id,
  hallId: z.hall_id,
  kind: z.kind,
  name: z.name,
  prefix: z.prefix,
  sort: z.sort,
  active: z.active,
});

export const windowDto = (w: Window) => ({
  id: w.id,
  hallId: w.hall_id,
  zoneId: w.zone_id,
  number: w.number,
  name: w.name,
  type: w.type,
  itemId: w.item_id,
  active: w.active,
});

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
  phoneMasked: s.phone_masked,
  idNumberMasked: s.id_number_masked,
  active: s.active,
});

export const groupDto = (g: StaffGroup) => ({
  id: g.id,
  hallId: g.hall_id,
  name: g.name,
  leaderStaffId: g.leader_staff_id,
});

const materialDto = (m: ServiceItemMaterial) => ({
  id: m.id,
  name: m.name,
  copies: m.copies,
  originalRequired: m.original_required,
  waivable: m.waivable,
  note: m.note,
});

export const itemDto = (i: ServiceItem, materials: ServiceItemMaterial[]) => ({
  id: i.id,
  hallId: i.hall_id,
  zoneId: i.zone_id,
  code: i.code,
  name: i.name,
  department: i.department,
  legalBasis: i.legal_basis,
  conditions: i.conditions,
  promisedDays: i.promised_days,
  instant: i.instant,
  bookable: i.bookable,
  online: i.online,
  avgHandlingMinutes: i.avg_handling_minutes,
  theme: i.theme,
  active: i.active,
  materials: materials.filter((m) => m.item_id === i.id).map(materialDto),
});
