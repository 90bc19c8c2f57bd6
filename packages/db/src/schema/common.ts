import type { ColumnType } from "kysely";

/** timestamptz: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** date: read and written as "YYYY-MM-DD" (type parsers keep it a string). */
export type DateString = string;
/** jsonb column. */
export type Json<T> = ColumnType<T, string, string>;
