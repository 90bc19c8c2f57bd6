import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** timestamptz: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** date: read and written as "YYYY-MM-DD" (type parsers keep it a string). */
export type DateString = string;
/** jsonb column. */
export type Json<T> = ColumnType<T, string, string>;

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
  phone: string | null;
  id_number: string | null;
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

export interface UserTable {
  id: Generated<number>;
  login: string;
  password_hash: string;
  name: string;
  phone: string | null;
  id_number: string | null;
  /** Scope root for staff and admins; null for citizens. */
  org_unit_id: number | null;
  hall_id: number | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface CalendarOverrideTable {
  hall_id: number;
  date: DateString;
  kind: "holiday" | "workday";
  name: string | null;
}

export interface SessionTable {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  login: string;
  ip: string | null;
  at: Timestamp;
  success: boolean;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  hall_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
}

export interface BookingSlotTable {
  id: Generated<number>;
  hall_id: number;
  item_id: number;
  start_at: Timestamp;
  end_at: Timestamp;
  /** Seats of the slot; 0 ≤ booked ≤ capacity is a CHECK constraint. */
  capacity: number;
  booked: Generated<number>;
  /** Set by a hall admin; replaces the computed capacity. */
  capacity_override: number | null;
}

export type BookingStatusColumn = "confirmed" | "cancelled" | "checked_in" | "no_show" | "completed";

export interface BookingTable {
  id: Generated<number>;
  hall_id: number;
  item_id: number;
  slot_id: number;
  citizen_id: number;
  start_at: Timestamp;
  end_at: Timestamp;
  status: BookingStatusColumn;
  code: string;
  idempotency_key: string | null;
  materials_confirmed_at: Timestamp;
  created_at: Timestamp;
  cancelled_at: Timestamp | null;
  checked_in_at: Timestamp | null;
  no_show_at: Timestamp | null;
  completed_at: Timestamp | null;
}

export interface TicketCounterTable {
  hall_id: number;
  service_date: DateString;
  prefix: string;
  last_seq: number;
}

export interface TicketTable {
  id: Generated<number>;
  hall_id: number;
  zone_id: number;
  item_id: number | null;
  booking_id: number | null;
  citizen_id: number | null;
  service_date: DateString;
  prefix: string;
  seq: number;
  number: string;
  priority: "military" | "elderly" | "normal";
  booked_start: Timestamp | null;
  status: "waiting" | "called" | "serving" | "passed" | "transferred" | "done";
  window_id: number | null;
  target_window_id: number | null;
  transfer_zone_id: number | null;
  staff_id: number | null;
  recalls: Generated<number>;
  requeues: Generated<number>;
  issued_at: Timestamp;
  requeued_at: Timestamp | null;
  called_at: Timestamp | null;
  completed_at: Timestamp | null;
}

export interface ServiceRecordTable {
  id: Generated<number>;
  ticket_id: number;
  hall_id: number;
  item_id: number | null;
  window_id: number;
  staff_id: number | null;
  citizen_id: number | null;
  outcome: "done" | "accepted" | "accepted_pending_materials" | "notice_given" | "refused";
  missing_materials: Json<string[]> | null;
  notice_text: string | null;
  due_date: DateString | null;
  materials_deadline: DateString | null;
  issued_at: Timestamp;
  called_at: Timestamp | null;
  completed_at: Timestamp;
}

export interface RefusalRequestTable {
  id: Generated<number>;
  ticket_id: number;
  hall_id: number;
  requested_by: number;
  reason: string;
  status: "requested" | "approved" | "denied";
  decided_by: number | null;
  decision_reason: string | null;
  requested_at: Timestamp;
  decided_at: Timestamp | null;
}

export interface RatingTable {
  id: Generated<number>;
  ticket_id: number;
  hall_id: number;
  citizen_id: number;
  window_id: number | null;
  staff_id: number | null;
  score: number;
  comment: string | null;
  rated_at: Timestamp;
}

export interface RectificationCaseTable {
  id: Generated<number>;
  hall_id: number;
  rating_id: number;
  status: "open" | "followed_up" | "closed";
  due_date: DateString;
  assignee_user_id: number | null;
  follow_up_note: string | null;
  followed_up_at: Timestamp | null;
  closing_note: string | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ComplaintTable {
  id: Generated<number>;
  hall_id: number;
  source: "onsite" | "hotline_12345" | "find_fault_window";
  content: string;
  complainant_name: string | null;
  complainant_phone: string | null;
  staff_id: number | null;
  status: "received" | "handling" | "replied" | "filed";
  verified: Generated<boolean>;
  major: Generated<boolean>;
  notes: Json<{ at: string; by: number; status: string; note: string }[]>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnquiryTable {
  id: Generated<number>;
  hall_id: number;
  taken_by: number;
  topic: string;
  directed_to: string | null;
  window_id: number | null;
  created_at: Timestamp;
}

export interface Database {
  org_units: OrgUnitTable;
  halls: HallTable;
  zones: ZoneTable;
  staff_groups: StaffGroupTable;
  staff: StaffTable;
  service_items: ServiceItemTable;
  service_item_materials: ServiceItemMaterialTable;
  windows: WindowTable;
  window_posts: WindowPostTable;
  users: UserTable;
  user_roles: UserRoleTable;
  calendar_overrides: CalendarOverrideTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  booking_slots: BookingSlotTable;
  bookings: BookingTable;
  ticket_counters: TicketCounterTable;
  tickets: TicketTable;
  service_records: ServiceRecordTable;
  refusal_requests: RefusalRequestTable;
  ratings: RatingTable;
  rectification_cases: RectificationCaseTable;
  complaints: ComplaintTable;
  enquiries: EnquiryTable;
}

export type OrgUnit = Selectable<OrgUnitTable>;
export type Hall = Selectable<HallTable>;
export type Zone = Selectable<ZoneTable>;
export type StaffGroup = Selectable<StaffGroupTable>;
export type Staff = Selectable<StaffTable>;
export type NewStaff = Insertable<StaffTable>;
export type StaffUpdate = Updateable<StaffTable>;
export type ServiceItem = Selectable<ServiceItemTable>;
export type ServiceItemMaterial = Selectable<ServiceItemMaterialTable>;
export type Window = Selectable<WindowTable>;
export type WindowPost = Selectable<WindowPostTable>;
export type User = Selectable<UserTable>;
export type AuditLogEntry = Selectable<AuditLogTable>;
export type BookingSlot = Selectable<BookingSlotTable>;
export type Booking = Selectable<BookingTable>;
export type Ticket = Selectable<TicketTable>;
