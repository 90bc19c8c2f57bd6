import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { fn } from "storybook/test";
import { RatingPicker } from "./rating-picker.tsx";

const meta = {
  title: "Queue/RatingPicker",
  component: RatingPicker,
  args: { value: null, onChange: fn() },
} satisfies Meta<typeof RatingPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet. */
export const Empty: Story = {};

/** 4 stars: 满意. */
export const Satisfied: Story = { args: { value: 4 } };

/** 1 star: 非常不满意 (opens a rectification case on the server). */
export const VeryDissatisfied: Story = { args: { value: 1 } };

/** Sent: read-only. */
export const Disabled: Story = { args: { value: 5, disabled: true } };

/** Interactive: click or use the arrow keys. */
export const Interactive: Story = {
  render: (args) => {
    const [value, setValue] = useState(args.value);
    return (
      <RatingPicker
        {...args}
        value={value}
        onChange={(score) => {
          setValue(score);
          args.onChange?.(score);
        }}
      />
    );
  },
};

export const SatisfiedEnglish: Story = { args: { value: 4 }, globals: { locale: "en-US" } };

export const EmptyEnglish: Story = { globals: { locale: "en-US" } };
