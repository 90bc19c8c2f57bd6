/** One call on the calling display (`queue.board` → `calls[]`), most recent first. */
export interface BoardCallView {
  number: string;
  windowNumber: string;
  windowName: string;
  /** ISO instant of the (latest) call. */
  calledAt: string;
  recalls: number;
}

/** The calling display's data (`queue.board`). */
export interface BoardView {
  hallId: number;
  /** The hall's clock when the board was sent (ISO, +08:00); absent in older payloads. */
  now?: string;
  calls: readonly BoardCallView[];
  waiting: number;
}
