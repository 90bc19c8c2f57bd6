import type { Meta, StoryObj } from "@storybook/react-vite";
import { TicketCard } from "./ticket-card.tsx";

const meta = {
  title: "Queue/TicketCard",
  component: TicketCard,
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
