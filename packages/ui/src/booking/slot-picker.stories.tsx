import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { fn } from "storybook/test";
import { DayStrip, firstWorkingDay } from "./day-strip.tsx";
import { DEMO_DAYS, demoSlots, SLOTS_WITH_FULL_AND_CLOSED } from "./fixtures.ts";
import { SlotPicker, type SlotPickerProps } from "./slot-picker.tsx";

/** Keeps the chosen slot, so the story can be clicked through. */
function Interactive(args: SlotPickerProps) {
  const [value, setValue] = useState(args.value ?? null);
  return (
    <SlotPicker
      {...args}
      value={value}
      onChange={(start, slot) => {
        setValue(start);
        args.onChange?.(start, slot);
      }}
    />
  );
}

const phone = { viewport: { value: "phone390", isRotated: false } };

const meta = {
  title: "Booking/SlotPicker",
  component: SlotPicker,
  args: { slots: SLOTS_WITH_FULL_AND_CLOSED, onChange: fn() },
  render: (args) => <Interactive {...args} />,
} satisfies Meta<typeof SlotPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 09:00 is closed (already past), 09:30, 10:30 and 15:00 are full (已约满); neither can be chosen. */
export const WithFullAndClosedSlots: Story = {};

export const Selected: Story = { args: { value: "2026-11-24T11:30:00+08:00" } };

export const Phone: Story = { globals: phone };

export const PhoneEnglish: Story = { globals: { ...phone, locale: "en-US" } };

export const English: Story = { globals: { locale: "en-US" } };

/** Every slot of the day is taken. */
export const AllFull: Story = {
  args: {
    slots: demoSlots("2026-11-24", {}, 2).map((slot) => ({ ...slot, booked: 2, available: 0 })),
  },
};

export const NoSlots: Story = { args: { slots: [] } };

export const Loading: Story = { args: { loading: true } };

/** The day strip and the slot picker together, as on the booking page (phone). */
export const WithDayStrip: Story = {
  globals: phone,
  render: (args) => {
    function Both() {
      const [date, setDate] = useState(firstWorkingDay(DEMO_DAYS));
      return (
        <div style={{ display: "grid", gap: 16 }}>
          <DayStrip days={DEMO_DAYS} value={date} onChange={setDate} />
          <Interactive {...args} />
        </div>
      );
    }
    return <Both />;
  },
};
