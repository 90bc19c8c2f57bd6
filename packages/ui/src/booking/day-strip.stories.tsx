import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { DayStrip, type DayStripProps } from "./day-strip.tsx";
import { DEMO_DAYS } from "./fixtures.ts";

function Interactive(args: DayStripProps) {
  const [value, setValue] = useState(args.value ?? null);
  return (
    <DayStrip
      {...args}
      value={value}
      onChange={(date) => {
        setValue(date);
        args.onChange?.(date);
      }}
    />
  );
}

const meta = {
  title: "Booking/DayStrip",
  component: DayStrip,
  parameters: {
    usage: {
      use: {
        zh: ["预约流程中选择日期：可预约的天数较少（一两周），需要显示节假日和调休。"],
        en: [
          "Choosing the day in the booking flow: a short horizon (one or two weeks) with holidays and adjusted working days shown.",
        ],
      },
      avoid: {
        zh: ["不用于任意日期输入（生日、报表区间）：用 antd DatePicker。"],
        en: ["Not for arbitrary dates (birthdays, report ranges): use antd DatePicker."],
      },
    } satisfies Usage,
  },
  args: { days: DEMO_DAYS, value: "2026-12-29", onChange: fn() },
  render: (args) => <Interactive {...args} />,
} satisfies Meta<typeof DayStrip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 15 days from today: weekends and 元旦 disabled, the 调休 Saturday (9 Jan) bookable. */
export const FifteenDays: Story = {};

export const Phone: Story = { globals: { viewport: { value: "phone390", isRotated: false } } };

export const English: Story = { globals: { locale: "en-US" } };
