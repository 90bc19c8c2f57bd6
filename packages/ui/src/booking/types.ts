import type { BookingStatus } from "@hall/domain";

/** One bookable slot of an item on a day, as `booking.slots` answers (ISO instants with +08:00). */
export type SlotOption = {
  start: string;
  end: string;
  capacity: number;
  booked: number;
  /** Seats left; 0 = full (已约满). */
  available: number;
  /** False outside the booking window (past, too close to start, too far ahead). */
  open: boolean;
};

/** One day of the booking horizon (`catalog.days`). */
export type BookingDay = {
  date: string;
  working: boolean;
  /** Holiday name (国庆节) or adjusted working day (调休) label. */
  name?: string | null;
};

/** A required material of a service item (一次性告知). */
export type MaterialItem = {
  name: string;
  copies: number;
  /** True: bring the original (原件); false: a copy (复印件) is enough. */
  originalRequired: boolean;
  /** 容缺: the application can be accepted without it on a written promise to hand it in later. */
  waivable: boolean;
  note?: string | null;
};

/** A citizen's booking as `booking.mine` answers. */
export type BookingView = {
  id: number;
  status: BookingStatus;
  itemId: number;
  itemName: string;
  hallName: string;
  start: string;
  end: string;
  code: string;
  createdAt?: string;
  /** The server's verdict: confirmed and before the cancel deadline. */
  cancellable: boolean;
};
