import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BookingCard } from "./booking-card.tsx";
import { DEMO_BOOKINGS } from "./fixtures.ts";

const meta = {
  title: "Booking/BookingCard",
  component: BookingCard,
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
