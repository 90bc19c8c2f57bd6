import type { Generated } from "kysely";
import type { DateString, Json, Timestamp } from "./common.ts";

export interface OrgUnitTable {
  id: Generated<number>;
  parent_id: number | null;
  level: string;
  name: string;
  code: string | null;
  /** Materialised path of ids from the root, "/1/4/9/". */
  path: string;
  created_at: Generated<Timestamp>;
}

export interface HallTable {
  id: Generated<number>;
  org_unit_id: number;
  name: string;
  address: string | null;
  phone: string | null;
  settings: Json<Record<string, unknown>>;
  created_at: Generated<Timestamp>;
}

export interface ZoneTable {
  id: Generated<number>;
  hall_id: number;
  kind: string;
  name: string;
  /** Ticket number prefix letter for this zone (A, B, ...). */
  prefix: string;
  sort: Generated<number>;
  active: Generated<boolean>;
}

export interface StaffGroupTable {
  id: Generated<number>;
  hall_id: number;
  name: string;
  leader_staff_id: number | null;
}

export interface StaffTable {
  id: Generated<number>;
  hall_id: number;
  user_id: number | null;
  name: string;
  employee_no: string;
  employment_type: string;
  party_member: Generated<boolean>;
  group_id: number | null;
  certificate_level: number | null;
  certificate_no: string | null;
  certificate_date: DateString | null;
  hired_on: DateString | null;
  /** Sealed (AES-256-GCM) and masked copies; the plaintext `phone`/`id_number` columns only ever hold null. */
  phone_enc: string | null;
  phone_masked: string | null;
  id_number_enc: string | null;
  id_number_masked: string | null;
  active: Generated<boolean>;
}

export interface ServiceItemTable {
  id: Generated<number>;
  hall_id: number;
  zone_id: number | null;
  code: string;
  name: string;
  department: string;
  legal_basis: string | null;
  conditions: string | null;
  promised_days: number;
  instant: Generated<boolean>;
  bookable: Generated<boolean>;
  online: Generated<boolean>;
  avg_handling_minutes: Generated<number>;
  /** "高效办成一件事" theme the item belongs to, if any. */
  theme: string | null;
  active: Generated<boolean>;
}

export interface ServiceItemMaterialTable {
  id: Generated<number>;
  item_id: number;
  name: string;
  copies: Generated<number>;
  original_required: Generated<boolean>;
  /** May be accepted on a written promise (容缺受理). */
  waivable: Generated<boolean>;
  note: string | null;
  sort: Generated<number>;
}

export interface WindowTable {
  id: Generated<number>;
  hall_id: number;
  zone_id: number;
  number: string;
  name: string;
  type: string;
  /** Set only for an item-specific window (allowed for instant items only). */
  item_id: number | null;
  active: Generated<boolean>;
}

export interface WindowPostTable {
  window_id: number;
  position: "A" | "B";
  staff_id: number;
}

export interface CalendarOverrideTable {
  hall_id: number;
  date: DateString;
  kind: "holiday" | "workday";
  name: string | null;
}

/** An org unit's calendar layer (e.g. next year's national schedule entered by a province); halls below inherit it. */
export interface OrgCalendarOverrideTable {
  org_unit_id: number;
  date: DateString;
  kind: "holiday" | "workday";
  name: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  hall_id: number | null;
  /** An org-level change (no hall): the org unit it concerns, so the admins of that org see it. */
  org_unit_id: Generated<number | null>;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
}

/** The tables the reference module owns. */
export interface ReferenceTables {
  org_units: OrgUnitTable;
  halls: HallTable;
  zones: ZoneTable;
  staff_groups: StaffGroupTable;
  staff: StaffTable;
  service_items: ServiceItemTable;
  service_item_materials: ServiceItemMaterialTable;
  windows: WindowTable;
  window_posts: WindowPostTable;
  calendar_overrides: CalendarOverrideTable;
  org_calendar_overrides: OrgCalendarOverrideTable;
  audit_log: AuditLogTable;
}
