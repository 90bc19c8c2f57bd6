import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
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
  parameters: {
    // The tile's name "09:30–10:00, Full" is its two visible lines joined with a comma; axe's label-in-name check
    // does not see the line break as the comma.
    a11y: { config: { rules: [{ id: "label-content-name-mismatch", enabled: false }] } },
    usage: {
      use: {
        zh: ["选择某一天内的预约时段，显示剩余号源；约满和不可约的时段不能选。"],
        en: ["Choosing a time slot within one day, with the seats left; full and closed slots cannot be chosen."],
      },
      avoid: {
        zh: ["不用于选择任意时间（用 antd TimePicker）。", "不要在客户端计算号源：显示服务器给出的 available / open。"],
        en: [
          "Not for free time input (use antd TimePicker).",
          "Don't compute seats in the browser: show the server's available / open.",
        ],
      },
    } satisfies Usage,
  },
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

/**
 * Test: a full slot (已约满) and a closed one (不可约) are disabled and clicking them chooses nothing; a slot with
 * seats left is chosen (aria-pressed) and reported once.
 */
export const RefusesAFullSlot: Story = {
  play: async ({ canvas, args, userEvent }) => {
    const full = canvas.getByRole("button", { name: "09:30–10:00，已约满" });
    const closed = canvas.getByRole("button", { name: "09:00–09:30，不可约" });
    await expect(full).toBeDisabled();
    await expect(closed).toBeDisabled();
    await userEvent.click(full);
    await userEvent.click(closed);
    await expect(args.onChange).not.toHaveBeenCalled();
    await expect(full).toHaveAttribute("aria-pressed", "false");

    const lastSeat = canvas.getByRole("button", { name: "11:30–12:00，余 1 个" });
    await userEvent.click(lastSeat);
    await expect(args.onChange).toHaveBeenCalledTimes(1);
    await expect(args.onChange).toHaveBeenCalledWith(
      "2026-11-24T11:30:00+08:00",
      expect.objectContaining({ available: 1 }),
    );
    await expect(canvas.getByRole("button", { name: /^11:30–12:00/ })).toHaveAttribute("aria-pressed", "true");
  },
};
