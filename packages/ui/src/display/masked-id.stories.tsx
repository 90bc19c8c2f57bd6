import type { Meta, StoryObj } from "@storybook/react-vite";
import { MaskedId } from "./masked-id.tsx";

const meta = {
  title: "Display/MaskedId",
  component: MaskedId,
  args: { value: "4101**********1234", kind: "id" },
} satisfies Meta<typeof MaskedId>;

export default meta;
type Story = StoryObj<typeof meta>;

export const IdNumber: Story = {};

export const Phone: Story = { args: { value: "138****5678", kind: "phone" } };

/** The owner may ask the server for the full number; the component never unmasks by itself. */
export const Revealable: Story = {
  args: {
    revealable: true,
    onReveal: () => new Promise<string>((resolve) => setTimeout(() => resolve("410102199001011234"), 400)),
  },
};

export const PhoneEnglish: Story = {
  args: { value: "138****5678", kind: "phone", revealable: true, onReveal: () => "13812345678" },
  globals: { locale: "en-US" },
};
