/** The queue module: tickets, check-in, calling, outcomes, refusals (办不成事), the calling display. */
export { refusalsRouter } from "./refusals.router.ts";
export { queueRouter } from "./router.ts";
export { boardOf, lockTicket, queueRules, windowOfStaffUser } from "./service.ts";
