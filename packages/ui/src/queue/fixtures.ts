import type { BoardView } from "./types.ts";

/** A board in the middle of a morning: A012 just called to window 01, older calls below. */
export const DEMO_BOARD: BoardView = {
  hallId: 1,
  waiting: 17,
  calls: [
    {
      number: "A012",
      windowNumber: "01",
      windowName: "综合受理1号窗",
      calledAt: "2026-11-23T09:41:10+08:00",
      recalls: 0,
    },
    {
      number: "B004",
      windowNumber: "07",
      windowName: "不动产登记7号窗",
      calledAt: "2026-11-23T09:40:02+08:00",
      recalls: 0,
    },
    {
      number: "A011",
      windowNumber: "03",
      windowName: "综合受理3号窗",
      calledAt: "2026-11-23T09:38:45+08:00",
      recalls: 1,
    },
    {
      number: "C002",
      windowNumber: "12",
      windowName: "社保医保12号窗",
      calledAt: "2026-11-23T09:36:30+08:00",
      recalls: 0,
    },
    {
      number: "A010",
      windowNumber: "02",
      windowName: "综合受理2号窗",
      calledAt: "2026-11-23T09:35:00+08:00",
      recalls: 0,
    },
  ],
};

export const EMPTY_BOARD: BoardView = { hallId: 1, waiting: 0, calls: [] };
