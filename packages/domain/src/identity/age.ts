import { parseIsoDate } from "../calendar/iso-date.ts";
import { DomainError } from "../errors/domain-error.ts";

/**
 * Age in full years on `onDate` (both YYYY-MM-DD). The birthday itself counts, the day before does not;
 * someone born on 29 February turns a year older on 1 March in non-leap years.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseIsoDate(birthDate);
  if (!birth) throw new DomainError("BAD_REQUEST", "calendar.invalid_date", { field: "birthDate" });
  const on = parseIsoDate(onDate);
  if (!on) throw new DomainError("BAD_REQUEST", "calendar.invalid_date", { field: "onDate" });
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}
