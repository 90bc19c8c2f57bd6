import type { RatingScore } from "@hall/domain";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "antd";
import { useState } from "react";
import { expect, fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { RatingPicker } from "./rating-picker.tsx";

const meta = {
  title: "Queue/RatingPicker",
  component: RatingPicker,
  parameters: {
    usage: {
      use: {
        zh: ["办事结束后的好差评：五颗星，每颗都有文字说明，可用方向键选择。"],
        en: ["Rating a service after it ends (好差评): five labelled stars, arrow keys work."],
      },
      avoid: {
        zh: ["不用于多维度的问卷（用表单）。", "提交后请设为 disabled，避免重复提交。"],
        en: ["Not for multi-question surveys (use a form).", "Disable it once sent so it is submitted only once."],
      },
    } satisfies Usage,
  },
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

/**
 * Test, as on the rating page: choose with a click and the arrow keys, send; the picker and the button are disabled
 * from the first click on 提交评价, so a double click sends the rating once.
 */
export const SubmitsOnce: Story = {
  args: { onSubmit: fn() } as object,
  render: (args) => {
    function RatePage() {
      const [value, setValue] = useState<RatingScore | null>(null);
      const [sent, setSent] = useState(false);
      const onSubmit = (args as { onSubmit?: (score: RatingScore) => void }).onSubmit;
      return (
        <div style={{ display: "grid", gap: 16, maxWidth: 360 }}>
          <RatingPicker value={value} onChange={setValue} disabled={sent} />
          <Button
            type="primary"
            disabled={value === null || sent}
            onClick={() => {
              if (value === null || sent) return;
              setSent(true);
              onSubmit?.(value);
            }}
          >
            提交评价
          </Button>
        </div>
      );
    }
    return <RatePage />;
  },
  play: async ({ canvas, args, userEvent }) => {
    const submit = canvas.getByRole("button", { name: "提交评价" });
    await expect(submit).toBeDisabled();
    await userEvent.click(canvas.getByRole("radio", { name: "3 星：基本满意" }));
    await userEvent.keyboard("{ArrowRight}");
    const four = canvas.getByRole("radio", { name: "4 星：满意" });
    await expect(four).toHaveAttribute("aria-checked", "true");
    await expect(canvas.getByTestId("rating-label")).toHaveTextContent("满意");

    await userEvent.dblClick(submit);
    await userEvent.click(submit);
    const onSubmit = (args as { onSubmit?: () => void }).onSubmit;
    await expect(onSubmit).toHaveBeenCalledTimes(1);
    await expect(onSubmit).toHaveBeenCalledWith(4);
    await expect(four).toBeDisabled();
    await expect(submit).toBeDisabled();
  },
};
