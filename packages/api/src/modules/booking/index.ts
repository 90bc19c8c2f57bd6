/** The booking module: the public catalogue, slots, bookings, capacity overrides, no-shows. */
export { catalogRouter } from "./catalog.router.ts";
export { type ItemForBooking, loadItem } from "./hall-rules.ts";
export { markNoShows } from "./no-shows.service.ts";
export { resolveHallId, servingWindows } from "./repository.ts";
export { bookingRouter } from "./router.ts";
