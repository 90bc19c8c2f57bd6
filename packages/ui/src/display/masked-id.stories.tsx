import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Usage } from "../docs/usage.ts";
import { MaskedId } from "./masked-id.tsx";

const meta = {
  title: "Display/MaskedId",
  component: MaskedId,
  parameters: {
    usage: {
      use: {
        zh: ["显示身份证号、手机号等个人信息，默认脱敏；本人可点击查看完整号码（由服务器决定）。"],
        en: ["Showing an ID card or phone number, masked by default; the owner may reveal it (the server decides)."],
      },
      avoid: {
        zh: ["不要传入未脱敏的号码。", "不用于可编辑的输入框。"],
        en: ["Never pass an unmasked number.", "Not for editable inputs."],
      },
    } satisfies Usage,
  },
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
