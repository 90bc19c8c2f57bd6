export { type Insertable, type Kysely, type Selectable, sql, type Transaction, type Updateable } from "kysely";
export { isDatabaseUnavailable, pingDatabase } from "./availability.ts";
export { createDb, type DbConfig, type DbHandle, type DbKind, type ListenOptions } from "./create-db.ts";
export { classifyDbRefusal, type DbRefusal, isRetryableTxError, isUniqueViolation } from "./errors.ts";
export { migrateToLatest, migrations } from "./migrate.ts";
export { insertOrgUnit } from "./org-units.ts";
export * from "./schema/index.ts";
export { createTestDb } from "./testing.ts";
