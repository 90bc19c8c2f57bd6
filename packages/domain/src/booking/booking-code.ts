/**
 * Booking codes (预约码) citizens read out or type at check-in: 8 characters from digits and capital letters
 * without the look-alikes 0/O, 1/I and L, so a code copied by eye is copied right.
 */
export const BOOKING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export const BOOKING_CODE_LENGTH = 8;

const BOOKING_CODE = new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`);

/**
 * A new booking code. `random` returns numbers in [0, 1) like Math.random; pass a cryptographic source where
 * codes must be hard to guess. Uniqueness is the database's job (retry on a clash).
 */
export function generateBookingCode(random: () => number = Math.random): string {
  let code = "";
  for (let i = 0; i < BOOKING_CODE_LENGTH; i += 1) {
    const index = Math.min(Math.floor(random() * BOOKING_CODE_ALPHABET.length), BOOKING_CODE_ALPHABET.length - 1);
    code += BOOKING_CODE_ALPHABET.charAt(Math.max(index, 0));
  }
  return code;
}

/** A code as typed: spaces and dashes removed, upper case (so "ab3k-7mnp" finds "AB3K7MNP"). */
export function normalizeBookingCode(s: string): string {
  return s.replace(/[\s-]/g, "").toUpperCase();
}

/** True for exactly 8 characters of the booking-code alphabet (upper case; normalize typed input first). */
export function isBookingCodeFormat(s: string): boolean {
  return BOOKING_CODE.test(s);
}
