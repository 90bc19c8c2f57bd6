import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, TrpcFailure, unauthenticated } from "../test/fake-api.ts";
import { renderApp } from "../test/render-app.tsx";

const explainOf = (label: string) =>
  screen.getByLabelText(label).closest(".ant-form-item")?.querySelector(".ant-form-item-explain")?.textContent;

function fill(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
  fireEvent.click(screen.getByRole("button", { name: /注册并登录/ }));
}

const valid = {
  手机号: "13900000077",
  真实姓名: "钱七",
  身份证号: "11010519491231002x",
  密码: "abc12345",
  确认密码: "abc12345",
};

describe("citizen registration", () => {
  it("checks the ID number and the password before sending", async () => {
    const api = fakeApi({
      "auth.me": () => {
        throw unauthenticated();
      },
    });
    renderApp("/register");
    await screen.findByLabelText("身份证号");
    fill({ ...valid, 身份证号: "110105194912310021", 密码: "abcdefgh", 确认密码: "abcdefgx" });
    await waitFor(() => expect(explainOf("身份证号")).toBe("身份证号码无效：校验码不正确"));
    expect(explainOf("密码")).toBe("密码强度不足：至少8位，且须同时包含字母和数字");
    expect(explainOf("确认密码")).toBe("两次输入的密码不一致");
    expect(api.calls.some((c) => c.path === "auth.register")).toBe(false);
  });

  it("registers, then opens the launcher; a taken phone shows under 手机号", async () => {
    let taken = true;
    const api = fakeApi({
      "auth.me": () => {
        throw unauthenticated();
      },
      "auth.register": () => {
        if (taken) {
          taken = false;
          throw new TrpcFailure("CONFLICT", 409, "该手机号已注册", {
            key: "auth.phone_taken",
            field: "phone",
            fieldErrors: { phone: ["该手机号已注册"] },
          });
        }
        return { id: 50, name: "钱七" };
      },
    });
    const assign = vi.fn();
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, assign });
    renderApp("/register");
    await screen.findByLabelText("手机号");
    fill(valid);
    await waitFor(() => expect(explainOf("手机号")).toBe("该手机号已注册"));
    expect(screen.queryByRole("alert")).toBeNull();

    fill({ 手机号: "13900000078" });
    await waitFor(() => expect(assign).toHaveBeenCalledWith("/"));
    expect(api.calls.filter((c) => c.path === "auth.register").at(-1)?.input).toEqual({
      phone: "13900000078",
      name: "钱七",
      idNumber: "11010519491231002X",
      password: "abc12345",
    });
  });
});
