import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { LoginForm } from "./login-form.tsx";

const meta = {
  title: "Auth/LoginForm",
  component: LoginForm,
  parameters: {
    usage: {
      use: {
        zh: ["门户的登录页：账号/手机号和密码，错误显示在对应字段下方。"],
        en: ["The portal's sign-in page: account/phone and password, errors under their fields."],
      },
      avoid: {
        zh: ["不用于注册或修改密码（字段和校验不同）。"],
        en: ["Not for registration or password change (other fields and rules)."],
      },
    } satisfies Usage,
    layout: "centered",
  },
  decorators: [
    (Story) => (
      <div style={{ width: "min(420px, 100vw - 32px)" }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: fn(), submitting: false, error: null },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithDemoHint: Story = {
  args: { demoHint: "演示账号：admin / hall-demo-2025（大厅管理员），13800000001 / demo123（办事群众）" },
};

export const WrongPassword: Story = {
  args: {
    error: {
      message: "账号或密码错误",
      data: { code: "UNAUTHORIZED", httpStatus: 401, key: "auth.invalidCredentials" },
    },
  },
};

export const Submitting: Story = {
  args: { submitting: true },
  // antd fades a loading button to 65 % (not clickable meanwhile), which axe reads as low contrast.
  parameters: { a11y: { config: { rules: [{ id: "color-contrast", enabled: false }] } } },
};

export const English: Story = {
  args: { demoHint: "Demo account: admin / hall-demo-2025 (hall administrator)" },
  globals: { locale: "en-US" },
};

export const WrongPasswordEnglish: Story = {
  args: { error: { message: "Wrong account or password", data: { code: "UNAUTHORIZED", httpStatus: 401 } } },
  globals: { locale: "en-US" },
};

export const Phone: Story = {
  globals: { viewport: { value: "phone390", isRotated: false } },
};

/**
 * Test: submitting empty shows each field's message under its field (not in an alert) and sends nothing; a blank
 * account stays an error; filled in, the account is sent trimmed.
 */
export const ShowsFieldErrors: Story = {
  play: async ({ canvas, canvasElement, args, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: /登\s*录/ }));
    await expect(
      await canvas.findByText("请输入账号或手机号", { selector: ".ant-form-item-explain-error" }),
    ).toBeInTheDocument();
    await expect(
      await canvas.findByText("请输入密码", { selector: ".ant-form-item-explain-error" }),
    ).toBeInTheDocument();
    await expect(canvasElement.querySelector(".ant-alert")).toBeNull();
    await expect(canvas.getByLabelText("账号/手机号")).toHaveAttribute("aria-invalid", "true");
    await expect(args.onSubmit).not.toHaveBeenCalled();

    await userEvent.type(canvas.getByLabelText("账号/手机号"), "   ");
    await userEvent.type(canvas.getByLabelText("密码"), "demo123");
    await userEvent.click(canvas.getByRole("button", { name: /登\s*录/ }));
    await expect(args.onSubmit).not.toHaveBeenCalled();

    await userEvent.clear(canvas.getByLabelText("账号/手机号"));
    await userEvent.type(canvas.getByLabelText("账号/手机号"), " 13800000001 ");
    await userEvent.click(canvas.getByRole("button", { name: /登\s*录/ }));
    await expect(args.onSubmit).toHaveBeenCalledWith({ login: "13800000001", password: "demo123" });
    // Let antd's help animations settle before the a11y check reads colours.
    await waitFor(() => expect(canvasElement.querySelector("[class*='ant-form-show-help-item-']")).toBeNull());
  },
};

/** Test: a refusal naming the password field shows under the password input, not above the form. */
export const WrongPasswordUnderTheField: Story = {
  args: {
    error: {
      message: "密码错误",
      data: { code: "UNAUTHORIZED", httpStatus: 401, key: "auth.invalidCredentials", field: "password" },
    },
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText("密码错误", { selector: ".ant-form-item-explain-error" })).toBeInTheDocument();
    await expect(canvas.getByLabelText("密码")).toHaveAttribute("aria-invalid", "true");
    await expect(canvasElement.querySelector(".ant-alert")).toBeNull();
    // Let antd's fade-in of the message finish before the a11y check reads its colour.
    await waitFor(() => expect(canvasElement.querySelector(".ant-form-show-help-item-appear")).toBeNull());
  },
};
