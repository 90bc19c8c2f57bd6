import type { Insertable, Selectable, Updateable } from "kysely";
import type { AuthTables, UserTable } from "./auth.ts";
import type { BookingSlotTable, BookingTable, BookingTables } from "./booking.ts";
import type { FeedbackTables } from "./feedback.ts";
import type { QueueTables, TicketTable } from "./queue.ts";
import type {
  AuditLogTable,
  HallTable,
  OrgUnitTable,
  ReferenceTables,
  ServiceItemMaterialTable,
  ServiceItemTable,
  StaffGroupTable,
  StaffTable,
  WindowPostTable,
  WindowTable,
  ZoneTable,
} from "./reference.ts";

export * from "./auth.ts";
export * from "./booking.ts";
export * from "./common.ts";
export * from "./feedback.ts";
export * from "./queue.ts";
export * from "./reference.ts";

/** The whole database: the intersection of every module's tables (each module owns its own, in schema/<module>.ts). */
export interface Database extends ReferenceTables, AuthTables, BookingTables, QueueTables, FeedbackTables {}

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
