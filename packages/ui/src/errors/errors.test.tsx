import { act, render, screen, waitFor } from "@testing-library/react";
import { Form, type FormInstance, Input } from "antd";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { ErrorAlert } from "./error-alert.tsx";
import { applyServerErrors, errorMessage, type ServerErrorLike, toFieldErrors, toNamePath } from "./server-error.ts";

const badInput: ServerErrorLike = {
  message: "事项名称已存在",
  data: {
    code: "CONFLICT",
    httpStatus: 409,
    key: "item.nameTaken",
    field: "name",
    fieldErrors: { "materials.0.name": ["材料名称不能为空"], unknownField: ["其他错误"] },
  },
};

describe("toFieldErrors", () => {
  it("combines fieldErrors with the single field", () => {
    expect(toFieldErrors(badInput)).toEqual([
      { field: "materials.0.name", errors: ["材料名称不能为空"] },
      { field: "unknownField", errors: ["其他错误"] },
      { field: "name", errors: ["事项名称已存在"] },
    ]);
  });

  it("does not repeat the message of a field already listed", () => {
    const err = {
      message: "必填",
      data: { code: "BAD_REQUEST", httpStatus: 400, field: "a", fieldErrors: { a: ["必填"] } },
    };
    expect(toFieldErrors(err)).toEqual([{ field: "a", errors: ["必填"] }]);
  });

  it("is empty for errors without data", () => {
    expect(toFieldErrors(new Error("boom"))).toEqual([]);
    expect(toFieldErrors(null)).toEqual([]);
    expect(toFieldErrors({ message: "x", data: null })).toEqual([]);
  });
});

describe("toNamePath / errorMessage", () => {
  it("maps dotted paths to antd name paths", () => {
    expect(toNamePath("materials.0.name")).toEqual(["materials", 0, "name"]);
    expect(toNamePath("name")).toEqual(["name"]);
  });

  it("localises network failures", () => {
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe("网络连接失败，请检查网络后重试");
    expect(errorMessage(badInput)).toBe("事项名称已存在");
    expect(errorMessage(42)).toBe("发生未知错误，请稍后重试");
  });
});

describe("applyServerErrors", () => {
  it("puts server messages under the matching inputs, including list items", async () => {
    let form!: FormInstance;
    function TestForm() {
      const [f] = Form.useForm();
      form = f;
      return (
        <Form form={f} initialValues={{ materials: [{ name: "" }] }}>
          <Form.Item name="name" label="名称">
            <Input />
          </Form.Item>
          <Form.List name="materials">
            {(items) =>
              items.map((item) => (
                <Form.Item key={item.key} name={[item.name, "name"]} label="材料">
                  <Input />
                </Form.Item>
              ))
            }
          </Form.List>
        </Form>
      );
    }
    render(
      <I18nProvider>
        <TestForm />
      </I18nProvider>,
    );
    let unmatched: ReturnType<typeof applyServerErrors> = [];
    act(() => {
      unmatched = applyServerErrors(form, badInput);
    });
    expect(unmatched).toEqual([{ field: "unknownField", errors: ["其他错误"] }]);
    expect(form.getFieldError("name")).toEqual(["事项名称已存在"]);
    expect(form.getFieldError(["materials", 0, "name"])).toEqual(["材料名称不能为空"]);

    const explain = (label: string) =>
      screen.getByLabelText(label).closest(".ant-form-item")?.querySelector(".ant-form-item-explain")?.textContent;
    await waitFor(() => expect(explain("名称")).toBe("事项名称已存在"));
    await waitFor(() => expect(explain("材料")).toBe("材料名称不能为空"));
  });
});

describe("ErrorAlert", () => {
  it("shows the message and the field messages with labels", () => {
    render(
      <I18nProvider>
        <ErrorAlert error={badInput} fieldLabels={{ name: "事项名称" }} />
      </I18nProvider>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("事项名称已存在");
    expect(screen.getByText("事项名称：事项名称已存在")).toBeTruthy();
    expect(screen.getByText("材料名称不能为空")).toBeTruthy();
  });

  it("renders nothing without an error", () => {
    const { container } = render(
      <I18nProvider>
        <ErrorAlert error={null} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe("");
  });
});
