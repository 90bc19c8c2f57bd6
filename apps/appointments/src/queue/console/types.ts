import type { RouterOutputs } from "@hall/api-client";

/** A ticket at the window as the server sent it: with the actions and outcomes the rules allow now. */
export type Ticket = NonNullable<RouterOutputs["queue"]["callNext"]>;
export type CounterAction = Ticket["actions"][number];
export type Completed = RouterOutputs["queue"]["complete"] & { number: string };

/** Whether the server offers `action` on the ticket (the console offers exactly what the server computed). */
export const offers = (ticket: Ticket | null, action: CounterAction): boolean =>
  ticket?.actions.includes(action) ?? false;
