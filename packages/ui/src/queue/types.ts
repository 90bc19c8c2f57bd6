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
  calls: readonly BoardCallView[];
  waiting: number;
}
