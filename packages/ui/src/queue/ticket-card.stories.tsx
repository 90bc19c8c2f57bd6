import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Usage } from "../docs/usage.ts";
import { TicketCard } from "./ticket-card.tsx";

const meta = {
  title: "Queue/TicketCard",
  component: TicketCard,
  parameters: {
    usage: {
      use: {
        zh: ["取号后显示的凭条：大号码、功能区、事项和取号时间。"],
        en: ["The ticket shown after taking a number: the number very large, zone, item and time."],
      },
      avoid: {
        zh: ["不用于叫号屏（用 CallingBoard）。"],
        en: ["Not for the calling display (use CallingBoard)."],
      },
    } satisfies Usage,
  },
  args: {
    number: "A012",
    zone: "综合受理区",
    itemName: "企业设立登记",
    issuedAt: "2026-11-23T09:31:00+08:00",
  },
} satisfies Meta<typeof TicketCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A walk-in ticket from the kiosk or a phone. */
export const WalkIn: Story = {};

/** A priority ticket (军人依法优先). */
export const Priority: Story = { args: { number: "B003", zone: "不动产登记专区", note: "军人依法优先" } };

/** Only the number and zone (as answered by 签到). */
export const CheckedIn: Story = { args: { number: "B004", zone: "不动产登记专区", itemName: null, issuedAt: null } };

/** On a phone. */
export const Phone: Story = { globals: { viewport: { value: "phone390", isRotated: false } } };

export const WalkInEnglish: Story = {
  args: { zone: "General acceptance", itemName: "Company registration" },
  globals: { locale: "en-US" },
};
