/** 取号 and 签到: issuing tickets, for walk-ins and for checked-in bookings. */
import { isUniqueViolation, type Ticket } from "@hall/db";
import {
  assertCanCheckIn,
  assertCanIssueTicket,
  type BookingStatus,
  DomainError,
  formatTicketNumber,
  normalizeBookingCode,
  shanghaiDate,
  type TicketPrefix,
  ticketPriorityOf,
  walkInPriorityClaim,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { accountPriorityClaim } from "../../shared/personal-data.ts";
import { hallInScope } from "../../shared/scope.ts";
import { loadItem } from "../booking/index.ts";
import { queueRules } from "./hall-rules.ts";
import {
  activeZoneOrGeneral,
  type Db,
  idNumberOfUser,
  insertTicket,
  lockBooking,
  lockUserRow,
  markBookingCheckedIn,
  nextTicketSeq,
  notifyBoard,
  TICKET_IDEMPOTENCY_INDEX,
  ticketByIdempotencyKey,
  waitingTicketOfCitizen,
} from "./repository.ts";

/** The zone whose prefix an item's tickets carry: the item's zone, else the hall's general acceptance zone. */
async function zoneOfItem(
  db: Db,
  hallId: number,
  zoneId: number | null,
): Promise<{ id: number; name: string; prefix: string }> {
  const zone = await activeZoneOrGeneral(db, hallId, zoneId);
  if (!zone) throw new DomainError("NOT_FOUND", "zone.not_found", { field: "itemId" });
  return zone;
}

export interface IssuedTicket {
  ticketId: number;
  number: string;
  zone: string;
}

/**
 * Issues the next number of (hall, day, zone prefix) and the ticket in the caller's transaction. The counter row is
 * locked by the upsert until commit, so numbers are unique and, since a rolled-back ticket rolls its number back,
 * gap-free.
 */
async function issueTicket(
  tx: Db,
  values: {
    hallId: number;
    zone: { id: number; name: string; prefix: string };
    itemId: number;
    bookingId: number | null;
    citizenId: number | null;
    priority: Ticket["priority"];
    bookedStart: Date | null;
    now: Date;
    idempotencyKey?: string | null;
  },
): Promise<IssuedTicket> {
  const serviceDate = shanghaiDate(values.now);
  const seq = await nextTicketSeq(tx, values.hallId, serviceDate, values.zone.prefix);
  const number = formatTicketNumber(values.zone.prefix as TicketPrefix, seq);
  const ticketId = await insertTicket(tx, {
    hallId: values.hallId,
    zoneId: values.zone.id,
    itemId: values.itemId,
    bookingId: values.bookingId,
    citizenId: values.citizenId,
    serviceDate,
    prefix: values.zone.prefix,
    seq,
    number,
    priority: values.priority,
    bookedStart: values.bookedStart,
    issuedAt: values.now,
    idempotencyKey: values.idempotencyKey ?? null,
  });
  await notifyBoard(tx, values.hallId); // the display's waiting count
  return { ticketId, number, zone: values.zone.name };
}

export interface TakeTicketInput {
  itemId: number;
  /** Walk-in at the counter: the citizen's ID number (for the elderly priority) and the military flag. */
  idNumber?: string | undefined;
  military?: boolean | undefined;
  /** One per ticket asked for; a repeat with it gets the same ticket (docs/api.md, Retries). */
  idempotencyKey?: string | undefined;
}

/**
 * The ticket a repeated 取号 must get back instead of a second one (its first answer was lost): the ticket its
 * idempotency key got (a citizen's own only), else a citizen's ticket for the item today that is still waiting.
 */
async function ticketToRepeat(
  db: Db,
  hallId: number,
  itemId: number,
  citizenId: number | null,
  key: string | undefined,
  serviceDate: string,
): Promise<IssuedTicket | undefined> {
  const keyed = key ? await ticketByIdempotencyKey(db, hallId, key) : undefined;
  const t =
    keyed && (citizenId === null || keyed.citizen_id === citizenId)
      ? keyed
      : citizenId !== null
        ? await waitingTicketOfCitizen(db, citizenId, itemId, serviceDate)
        : undefined;
  return t ? { ticketId: t.id, number: t.number, zone: t.zoneName } : undefined;
}

/** 现场取号: a citizen for themselves, or hall staff for a walk-in. No tickets outside ticket hours. */
export async function takeTicket(ctx: Context, actor: SessionActor, input: TakeTicketInput): Promise<IssuedTicket> {
  const now = ctx.clock.now();
  const serviceDate = shanghaiDate(now);
  const item = await loadItem(ctx.db, input.itemId);
  if (!item.active) throw new DomainError("NOT_FOUND", "item.not_found", { field: "itemId" });
  const isCitizen = actor.roles.includes("citizen");
  if (!isCitizen) await hallInScope(ctx.db, actor, item.hallId, "queue.serve");
  const citizenId = isCitizen ? actor.userId : null;
  const repeat = (db: Db) => ticketToRepeat(db, item.hallId, item.id, citizenId, input.idempotencyKey, serviceDate);
  // A repeat is answered as the first call was, even if ticket hours ended in between.
  const repeated = await repeat(ctx.db);
  if (repeated) return repeated;
  const rules = await queueRules(ctx.db, item.hallId, now);
  assertCanIssueTicket(now, rules.openingHours, rules.calendar);
  // Priority from an ID number counts once the number is verified (domain ticketPriorityOf): an account's by the
  // counter or a real-name check; a walk-in's is entered by the clerk from the card.
  const claim = isCitizen
    ? accountPriorityClaim(ctx.pii, await idNumberOfUser(ctx.db, actor.userId))
    : walkInPriorityClaim(input);
  const { priority } = ticketPriorityOf(claim, serviceDate, rules.settings);
  const zone = await zoneOfItem(ctx.db, item.hallId, item.zoneId);
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      if (citizenId !== null) {
        // One person's 取号 one after another, so a repeat racing its original finds the original's ticket.
        await lockUserRow(tx, citizenId);
        const again = await repeat(tx);
        if (again) return again;
      }
      const issued = await issueTicket(tx, {
        hallId: item.hallId,
        zone,
        itemId: item.id,
        bookingId: null,
        citizenId,
        priority,
        bookedStart: null,
        now,
        idempotencyKey: input.idempotencyKey ?? null,
      });
      await audit(tx, ctx, {
        action: "queue.take",
        entity: "ticket",
        entityId: issued.ticketId,
        hallId: item.hallId,
        after: { number: issued.number, priority },
      });
      return issued;
    });
  } catch (err) {
    // A keyed repeat racing its original (counter staff): the unique key refused the second; it gets the first's.
    const first = input.idempotencyKey && isUniqueViolation(err, TICKET_IDEMPOTENCY_INDEX) && (await repeat(ctx.db));
    if (first) return first;
    throw err;
  }
}

/** 签到: a confirmed booking becomes a ticket, once, within its check-in window. */
export async function checkIn(
  ctx: Context,
  actor: SessionActor,
  input: { bookingId?: number; code?: string },
): Promise<IssuedTicket> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const booking = await lockBooking(
      tx,
      input.bookingId !== undefined ? { bookingId: input.bookingId } : { code: normalizeBookingCode(input.code ?? "") },
    );
    const field = input.bookingId !== undefined ? "bookingId" : "code";
    const isCitizen = actor.roles.includes("citizen");
    if (!booking || (isCitizen && booking.citizen_id !== actor.userId)) {
      throw new DomainError("NOT_FOUND", "booking.not_found", { field });
    }
    if (!isCitizen) await hallInScope(tx, actor, booking.hall_id, "queue.serve");
    const rules = await queueRules(tx, booking.hall_id, now);
    assertCanCheckIn(
      { status: booking.status as BookingStatus, start: booking.start_at, end: booking.end_at },
      now,
      rules.settings,
      rules,
    );
    const [item, account] = await Promise.all([loadItem(tx, booking.item_id), idNumberOfUser(tx, booking.citizen_id)]);
    const zone = await zoneOfItem(tx, booking.hall_id, item.zoneId);
    const { priority } = ticketPriorityOf(accountPriorityClaim(ctx.pii, account), shanghaiDate(now), rules.settings);
    await markBookingCheckedIn(tx, booking.id, now);
    const issued = await issueTicket(tx, {
      hallId: booking.hall_id,
      zone,
      itemId: item.id,
      bookingId: booking.id,
      citizenId: booking.citizen_id,
      priority,
      bookedStart: booking.start_at,
      now,
    });
    await audit(tx, ctx, {
      action: "queue.check_in",
      entity: "booking",
      entityId: booking.id,
      hallId: booking.hall_id,
      before: { status: booking.status },
      after: { status: "checked_in", ticket: issued.number },
    });
    return issued;
  });
}
