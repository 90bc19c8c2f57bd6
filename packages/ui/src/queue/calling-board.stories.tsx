import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Usage } from "../docs/usage.ts";
import { CallingBoard } from "./calling-board.tsx";
import { DEMO_BOARD, EMPTY_BOARD } from "./fixtures.ts";

const meta = {
  title: "Queue/CallingBoard",
  component: CallingBoard,
  args: { board: DEMO_BOARD, hallName: "示范区政务服务中心", clock: "09:41:15" },
  parameters: {
    usage: {
      use: {
        zh: ["大厅电视叫号屏的主体：最新叫号特大字显示，最近叫号、等候人数和时钟。全屏、深色、高对比度。"],
        en: [
          "The body of the hall TV's calling display: the latest call very large, recent calls, waiting count and clock. Full screen, dark, high contrast.",
        ],
      },
      avoid: {
        zh: ["不用于工作人员的控制台或手机页面（字号按远距离阅读设计）。"],
        en: ["Not for the staff console or phone pages (the type is sized for reading across the hall)."],
      },
    } satisfies Usage,
    layout: "fullscreen",
  },
  decorators: [
    (Story) => (
      <div style={{ height: "100vh", minHeight: 540 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CallingBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The hall TV: the latest call big (flashing once when it is new), the recent calls, waiting count and clock. */
export const Calling: Story = {};

/** A ticket called again (第 2 次呼叫). */
export const Recalled: Story = {
  args: {
    board: { ...DEMO_BOARD, calls: [{ ...DEMO_BOARD.calls[2]!, recalls: 1 }, ...DEMO_BOARD.calls.slice(0, 2)] },
  },
};

/** Morning opening: nobody called yet. */
export const NoCalls: Story = { args: { board: EMPTY_BOARD } };

/** The SSE connection dropped; EventSource reconnects by itself. */
export const Offline: Story = { args: { offline: true } };

export const CallingEnglish: Story = { globals: { locale: "en-US" } };

export const NoCallsEnglish: Story = { args: { board: EMPTY_BOARD }, globals: { locale: "en-US" } };
