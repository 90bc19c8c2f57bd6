import { isUniqueViolation } from "@hall/db";
import { assertValidIdNumber, DomainError, normalizeIdNumber, shanghaiDate } from "@hall/domain";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { citizenLoginOf, idNumberLookup, phoneLookup, sealIdNumber, sealPhone } from "../../shared/personal-data.ts";
import { findRegistrationConflicts, insertRoles, insertUser } from "./accounts.repository.ts";
import { hashPassword } from "./passwords.ts";

export interface RegisterCitizenInput {
  phone: string;
  password: string;
  name: string;
  idNumber: string;
}

const phoneTaken = () => new DomainError("CONFLICT", "auth.phone_taken", { field: "phone" });
const idNumberTaken = () => new DomainError("CONFLICT", "auth.id_number_taken", { field: "idNumber" });

/**
 * A citizen opens their own account: one per phone and one per ID number (unique indexes on the keyed hashes decide
 * a race; the checks before them only answer early). The cheap checks come first, then the real-name check (an
 * external call, outside any transaction), then scrypt. Numbers are stored sealed; the login is the phone's hash.
 * Without a real-name service the ID number stays unverified: an elderly priority from it waits for the counter.
 */
export async function registerCitizen(
  ctx: Context,
  input: RegisterCitizenInput,
): Promise<{ id: number; name: string }> {
  const phone = input.phone.trim();
  // The birth date in the number must be a past day of the hall's calendar.
  const idNumber = assertValidIdNumber(normalizeIdNumber(input.idNumber), "idNumber", shanghaiDate(ctx.clock.now()));
  const taken = await findRegistrationConflicts(
    ctx.db,
    phone,
    phoneLookup(ctx.pii, phone),
    idNumberLookup(ctx.pii, idNumber),
  );
  const phoneHashes = new Set(phoneLookup(ctx.pii, phone));
  if (taken.some((t) => t.login === phone || (t.phone_hash !== null && phoneHashes.has(t.phone_hash)))) {
    throw phoneTaken();
  }
  if (taken.length) throw idNumberTaken();

  const check = await ctx.realName.verify({ name: input.name, idNumber });
  if (check.status === "mismatch") {
    throw new DomainError("BAD_REQUEST", "identity.real_name_mismatch", { field: "idNumber" });
  }
  const verified = check.status === "match";
  const passwordHash = await hashPassword(input.password);
  const sealedPhone = sealPhone(ctx.pii, phone);
  const sealedId = sealIdNumber(ctx.pii, idNumber);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const u = await insertUser(tx, {
        login: citizenLoginOf(sealedPhone.hash),
        password_hash: passwordHash,
        name: input.name,
        phone_enc: sealedPhone.enc,
        phone_hash: sealedPhone.hash,
        phone_masked: sealedPhone.masked,
        id_number_enc: sealedId.enc,
        id_number_hash: sealedId.hash,
        id_number_masked: sealedId.masked,
        id_verification: verified ? "real_name_service" : null,
        id_verified_at: verified ? now : null,
      });
      await insertRoles(tx, u.id, ["citizen"]);
      await audit(
        tx,
        { ...ctx, actor: null },
        {
          action: "auth.register",
          entity: "user",
          entityId: u.id,
          after: {
            name: u.name,
            phone: sealedPhone.masked,
            idNumber: sealedId.masked,
            idVerification: verified ? "real_name_service" : null,
            realNameCheck: {
              service: ctx.realName.name,
              status: check.status,
              reference: verified ? (check.reference ?? null) : null,
            },
          },
        },
      );
      return { id: u.id, name: u.name };
    });
  } catch (err) {
    // Two registrations racing past the checks above: the unique indexes let exactly one through.
    if (isUniqueViolation(err, "users_id_number_hash_uq")) throw idNumberTaken();
    if (isUniqueViolation(err, "users_phone_hash_uq") || isUniqueViolation(err, "users_login_key")) throw phoneTaken();
    throw err;
  }
}
