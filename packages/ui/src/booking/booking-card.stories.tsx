import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { BookingCard } from "./booking-card.tsx";
import { DEMO_BOOKINGS } from "./fixtures.ts";

const meta = {
  title: "Booking/BookingCard",
  component: BookingCard,
  parameters: {
    usage: {
      use: {
        zh: ["群众查看自己的一条预约：事项、状态、时间、大厅和预约码，以及改约/取消。"],
        en: [
          "A citizen looking at one of their bookings: item, status, time, hall and booking code, with reschedule/cancel.",
        ],
      },
      avoid: {
        zh: [
          "不要在工作人员的列表里逐条使用（用 ReferenceTable 或表格）。",
          "不要自行判断能否取消：以服务器返回的 cancellable 为准。",
        ],
        en: [
          "Not for staff lists of many bookings (use ReferenceTable or a table).",
          "Don't decide cancellability in the UI: show the server's `cancellable`.",
        ],
      },
    } satisfies Usage,
  },
  args: {
    booking: DEMO_BOOKINGS.confirmed,
    onCancel: fn(() => new Promise((resolve) => setTimeout(resolve, 600))),
    onReschedule: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof BookingCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Confirmed and still cancellable: 改约 and 取消预约 (with a confirm dialog). */
export const Confirmed: Story = {};

/** Confirmed but less than 30 minutes before the start: both actions disabled, with the reason. */
export const PastCancelDeadline: Story = { args: { booking: DEMO_BOOKINGS.locked } };

export const CheckedIn: Story = { args: { booking: DEMO_BOOKINGS.checked_in } };

export const Completed: Story = { args: { booking: DEMO_BOOKINGS.completed } };

export const Cancelled: Story = { args: { booking: DEMO_BOOKINGS.cancelled } };

export const NoShow: Story = { args: { booking: DEMO_BOOKINGS.no_show } };

export const ConfirmedEnglish: Story = { globals: { locale: "en-US" } };

export const PastCancelDeadlineEnglish: Story = {
  args: { booking: DEMO_BOOKINGS.locked },
  globals: { locale: "en-US" },
};

/** Every status in a list, as on “我的预约” (phone). */
export const AllStatusesPhone: Story = {
  globals: { viewport: { value: "phone390", isRotated: false } },
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      {Object.values(DEMO_BOOKINGS).map((booking) => (
        <BookingCard key={booking.id} {...args} booking={booking} />
      ))}
    </div>
  ),
};

export const AllStatusesEnglish: Story = { ...AllStatusesPhone, globals: { locale: "en-US" } };
