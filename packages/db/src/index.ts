export { createDb, type DbConfig, type DbHandle, type DbKind } from "./create-db.ts";
export { isRetryableTxError, isUniqueViolation } from "./errors.ts";
export { migrateToLatest, migrations } from "./migrate.ts";
export { createTestDb } from "./testing.ts";
export * from "./schema.ts";
export { sql, type Kysely, type Transaction, type Selectable, type Insertable, type Updateable } from "kysely";
