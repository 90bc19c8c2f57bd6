import type { Database, Kysely } from "@hall/db";
import { maskIdNumber, maskPhone, normalizeIdNumber } from "@hall/domain";
import { CITIZEN_LOGIN_PREFIX, citizenLoginOf } from "./personal-data.ts";
import type { Pii, PiiKind } from "./pii.ts";

/**
 * Start-up and maintenance steps for personal data at rest (a migration cannot read the key):
 * - `sealPlaintextPii` seals the plaintext ID and phone numbers left by older versions and clears them;
 * - `rotatePii` re-seals and re-hashes everything not under the current key;
 * - `assertPiiKeyOpens` refuses to start with a key that cannot open what is stored.
 * All three are idempotent and work in batches, each batch one transaction, safe to run from several instances.
 */

// biome-ignore lint/suspicious/noExplicitAny: the plaintext columns are no longer in the Database type on purpose
type AnyDb = Kysely<any>;

const BATCH = 500;

export interface SealReport {
  users: number;
  staff: number;
  complaints: number;
  /** Accounts whose ID number another (older) account already holds: theirs was released (one account per ID). */
  releasedDuplicateIdNumbers: number;
}

/**
 * Seals every plaintext ID and phone number (users, staff, complaints) and clears the plaintext. A citizen whose
 * login was their phone gets the phone's login ("tel:" + hash). Older accounts keep an ID number first; a newer
 * account with the same ID number loses it (audited as `pii.id_number_released`) so that one ID has one account.
 */
export async function sealPlaintextPii(db: Kysely<Database>, pii: Pii): Promise<SealReport> {
  const any = db as unknown as AnyDb;
  const report: SealReport = { users: 0, staff: 0, complaints: 0, releasedDuplicateIdNumbers: 0 };

  for (;;) {
    const n = await any.transaction().execute(async (tx) => {
      const rows: { id: number; login: string; phone: string | null; id_number: string | null }[] = await tx
        .selectFrom("users")
        .select(["id", "login", "phone", "id_number"])
        .where((eb) => eb.or([eb("phone", "is not", null), eb("id_number", "is not", null)]))
        .orderBy("id")
        .limit(BATCH)
        .forUpdate()
        .execute();
      for (const r of rows) {
        const set: Record<string, unknown> = { phone: null, id_number: null };
        if (r.phone !== null) {
          const phone = r.phone.trim();
          const hash = pii.hash("phone", phone);
          Object.assign(set, {
            phone_enc: pii.encrypt("phone", phone),
            phone_hash: hash,
            phone_masked: maskPhone(phone),
          });
          if (r.login.trim() === phone) set.login = citizenLoginOf(hash);
        }
        if (r.id_number !== null) {
          const id = normalizeIdNumber(r.id_number);
          const hash = pii.hash("id_number", id);
          const holder = await tx
            .selectFrom("users")
            .select("id")
            .where("id_number_hash", "in", pii.lookupHashes("id_number", id))
            .executeTakeFirst();
          if (holder) {
            report.releasedDuplicateIdNumbers += 1;
            await tx
              .insertInto("audit_log")
              .values({
                at: new Date(),
                actor_user_id: null,
                hall_id: null,
                action: "pii.id_number_released",
                entity: "user",
                entity_id: String(r.id),
                before: JSON.stringify({ idNumber: maskIdNumber(id), heldBy: holder.id }),
                after: JSON.stringify({ idNumber: null }),
                ip: null,
              })
              .execute();
          } else {
            Object.assign(set, {
              id_number_enc: pii.encrypt("id_number", id),
              id_number_hash: hash,
              id_number_masked: maskIdNumber(id),
            });
          }
        }
        await tx.updateTable("users").set(set).where("id", "=", r.id).execute();
      }
      return rows.length;
    });
    report.users += n;
    if (n < BATCH) break;
  }

  for (;;) {
    const n = await any.transaction().execute(async (tx) => {
      const rows: { id: number; phone: string | null; id_number: string | null }[] = await tx
        .selectFrom("staff")
        .select(["id", "phone", "id_number"])
        .where((eb) => eb.or([eb("phone", "is not", null), eb("id_number", "is not", null)]))
        .orderBy("id")
        .limit(BATCH)
        .forUpdate()
        .execute();
      for (const r of rows) {
        const set: Record<string, unknown> = { phone: null, id_number: null };
        if (r.phone !== null)
          Object.assign(set, { phone_enc: pii.encrypt("phone", r.phone.trim()), phone_masked: maskPhone(r.phone) });
        if (r.id_number !== null) {
          const id = normalizeIdNumber(r.id_number);
          Object.assign(set, { id_number_enc: pii.encrypt("id_number", id), id_number_masked: maskIdNumber(id) });
        }
        await tx.updateTable("staff").set(set).where("id", "=", r.id).execute();
      }
      return rows.length;
    });
    report.staff += n;
    if (n < BATCH) break;
  }

  for (;;) {
    const n = await any.transaction().execute(async (tx) => {
      const rows: { id: number; complainant_phone: string }[] = await tx
        .selectFrom("complaints")
        .select(["id", "complainant_phone"])
        .where("complainant_phone", "is not", null)
        .orderBy("id")
        .limit(BATCH)
        .forUpdate()
        .execute();
      for (const r of rows) {
        const phone = r.complainant_phone.trim();
        await tx
          .updateTable("complaints")
          .set({
            complainant_phone: null,
            complainant_phone_enc: pii.encrypt("phone", phone),
            complainant_phone_masked: maskPhone(phone),
          })
          .where("id", "=", r.id)
          .execute();
      }
      return rows.length;
    });
    report.complaints += n;
    if (n < BATCH) break;
  }
  return report;
}

/** A sealed column: its table, the kind of number, and its hash column if it has one. */
interface SealedColumn {
  table: "users" | "staff" | "complaints";
  enc: string;
  kind: PiiKind;
  hash?: string;
}
const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: "users", enc: "phone_enc", kind: "phone", hash: "phone_hash" },
  { table: "users", enc: "id_number_enc", kind: "id_number", hash: "id_number_hash" },
  { table: "staff", enc: "phone_enc", kind: "phone" },
  { table: "staff", enc: "id_number_enc", kind: "id_number" },
  { table: "complaints", enc: "complainant_phone_enc", kind: "phone" },
];

/**
 * Re-seals (and re-hashes) every value not under the current key. Run it after making a new key current with the old
 * one still given as a previous key; when it reports 0 left, the old key can be removed (docs/operations.md).
 */
export async function rotatePii(db: Kysely<Database>, pii: Pii): Promise<Record<string, number>> {
  const any = db as unknown as AnyDb;
  const done: Record<string, number> = {};
  for (const c of SEALED_COLUMNS) {
    const label = `${c.table}.${c.enc}`;
    done[label] = 0;
    for (;;) {
      const n = await any.transaction().execute(async (tx) => {
        const rows = (await tx
          .selectFrom(c.table)
          .select(["id", `${c.enc} as sealed`, ...(c.table === "users" ? ["login"] : [])])
          .where(c.enc, "is not", null)
          .where(c.enc, "not like", `${pii.keyId}:%`)
          .orderBy("id")
          .limit(BATCH)
          .forUpdate()
          .execute()) as { id: number; sealed: string; login?: string }[];
        for (const r of rows) {
          const plain = pii.decrypt(c.kind, r.sealed);
          const set: Record<string, unknown> = { [c.enc]: pii.encrypt(c.kind, plain) };
          if (c.hash) set[c.hash] = pii.hash(c.kind, plain);
          if (c.kind === "phone" && r.login?.startsWith(CITIZEN_LOGIN_PREFIX))
            set.login = citizenLoginOf(pii.hash("phone", plain));
          await tx.updateTable(c.table).set(set).where("id", "=", r.id).execute();
        }
        return rows.length;
      });
      done[label] += n;
      if (n < BATCH) break;
    }
  }
  return done;
}

/**
 * Opens one stored value of each sealed column: a gateway started with the wrong PII_KEY (or a lost key file) stops
 * here instead of failing on the first sign-in — or, worse, sealing new rows under a key the old ones do not share.
 */
export async function assertPiiKeyOpens(db: Kysely<Database>, pii: Pii): Promise<void> {
  const any = db as unknown as AnyDb;
  for (const c of SEALED_COLUMNS) {
    const row: { sealed: string } | undefined = await any
      .selectFrom(c.table)
      .select(`${c.enc} as sealed`)
      .where(c.enc, "is not", null)
      .orderBy("id")
      .limit(1)
      .executeTakeFirst();
    if (!row) continue;
    try {
      pii.decrypt(c.kind, row.sealed);
    } catch (err) {
      throw new Error(
        `The personal-data key cannot open ${c.table}.${c.enc} (${(err as Error).message}). Start with the key the ` +
          "data was sealed with (PII_KEY, or pii.key in DATA_DIR); see docs/operations.md, Personal data key.",
      );
    }
  }
}
