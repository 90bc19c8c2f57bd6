import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "antd";
import { useState } from "react";
import { expect, fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { DEMO_MATERIALS, DEMO_MATERIALS_EN } from "./fixtures.ts";
import { MaterialsChecklist, type MaterialsChecklistProps } from "./materials-checklist.tsx";

function Interactive(args: MaterialsChecklistProps) {
  const [confirmed, setConfirmed] = useState(args.confirmed);
  return (
    <MaterialsChecklist
      {...args}
      confirmed={confirmed}
      onConfirmedChange={(value) => {
        setConfirmed(value);
        args.onConfirmedChange?.(value);
      }}
    />
  );
}

const meta = {
  title: "Booking/MaterialsChecklist",
  component: MaterialsChecklist,
  parameters: {
    usage: {
      use: {
        zh: [
          "一次性告知：预约前列出事项需要的全部材料，并要求群众勾选确认后才能进入下一步。",
          "确认页上用 readOnly 作为提醒。",
        ],
        en: [
          'One-time notice: list every material of a service item before booking, and gate "next" on the citizen\'s confirmation.',
          "On the confirm page, readOnly works as a reminder.",
        ],
      },
      avoid: {
        zh: [
          "不要用于工作人员核验材料（那是受理的操作，需记录每项材料的结果）。",
          "不要把确认勾选框拿掉后仍允许下一步。",
        ],
        en: [
          "Not for staff checking materials at the counter (that records a result per material).",
          'Don\'t let "next" through without the confirmation.',
        ],
      },
    } satisfies Usage,
  },
  args: { materials: DEMO_MATERIALS, confirmed: false, onConfirmedChange: fn() },
  render: (args) => <Interactive {...args} />,
} satisfies Meta<typeof MaterialsChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 一次性告知 with a 容缺 material (房屋已竣工的材料) and notes; the checkbox is not ticked yet. */
export const WithWaivableMaterials: Story = {};

export const Confirmed: Story = { args: { confirmed: true } };

export const Phone: Story = { globals: { viewport: { value: "phone390", isRotated: false } } };

export const English: Story = { args: { materials: DEMO_MATERIALS_EN }, globals: { locale: "en-US" } };

export const PhoneEnglish: Story = {
  args: { materials: DEMO_MATERIALS_EN },
  globals: { locale: "en-US", viewport: { value: "phone390", isRotated: false } },
};

export const NoMaterials: Story = { args: { materials: [] } };

/** The list as a reminder (confirm page): no checkbox. */
export const ReadOnly: Story = { args: { readOnly: true } };

/**
 * Test, as on the item page: 下一步 stays disabled until the citizen ticks “我已阅读并知晓需携带的全部材料”, and
 * unticking disables it again.
 */
export const GatesNext: Story = {
  args: { onNext: fn() } as object,
  render: (args) => {
    function WithNext() {
      const [confirmed, setConfirmed] = useState(args.confirmed);
      const onNext = (args as { onNext?: () => void }).onNext;
      return (
        <div style={{ display: "grid", gap: 16 }}>
          <MaterialsChecklist {...args} confirmed={confirmed} onConfirmedChange={setConfirmed} />
          <Button type="primary" disabled={!confirmed} onClick={() => onNext?.()}>
            下一步：选择时间
          </Button>
        </div>
      );
    }
    return <WithNext />;
  },
  play: async ({ canvas, args, userEvent }) => {
    const next = canvas.getByRole("button", { name: /下一步/ });
    const confirm = canvas.getByRole("checkbox", { name: "我已阅读并知晓需携带的全部材料" });
    await expect(next).toBeDisabled();
    await userEvent.click(next);
    const onNext = (args as { onNext?: () => void }).onNext;
    await expect(onNext).not.toHaveBeenCalled();

    await userEvent.click(confirm);
    await expect(confirm).toBeChecked();
    await expect(next).toBeEnabled();
    await userEvent.click(next);
    await expect(onNext).toHaveBeenCalledTimes(1);

    await userEvent.click(confirm);
    await expect(next).toBeDisabled();
  },
};
