import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { fn } from "storybook/test";
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
