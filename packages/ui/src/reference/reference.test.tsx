import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ConfigProvider } from "antd";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { EntityFormModal, type FieldSpec } from "./entity-form-modal.tsx";
import { ReferenceTable } from "./reference-table.tsx";

const fields: FieldSpec[] = [
  { name: "name", label: "名称", kind: "text", required: true },
  { name: "zone", label: "功能区", kind: "select", required: true, options: [{ value: "A", label: "业务受理区" }] },
  { name: "openedOn", label: "启用日期", kind: "date" },
  { name: "instant", label: "即办件", kind: "switch" },
];

function renderModal(props: Partial<Parameters<typeof EntityFormModal>[0]> = {}) {
  const onSubmit = vi.fn();
  render(
    <I18nProvider>
      <EntityFormModal
        open
        title="新建窗口"
        fields={fields}
        submitting={false}
        error={null}
        onSubmit={onSubmit}
        onCancel={() => {}}
        {...props}
      />
    </I18nProvider>,
  );
  return { onSubmit };
}

const save = () => fireEvent.click(screen.getByRole("button", { name: /保\s*存/ }));

describe("EntityFormModal", () => {
  it("shows Chinese required messages and does not submit", async () => {
    const { onSubmit } = renderModal();
    save();
    expect(await screen.findByText("请输入名称")).toBeTruthy();
    expect(await screen.findByText("请选择功能区")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("submits values with dates as YYYY-MM-DD strings", async () => {
    const { onSubmit } = renderModal({
      initialValues: { name: "综合窗口", zone: "A", openedOn: "2025-03-01", instant: true },
    });
    expect((screen.getByLabelText("启用日期") as HTMLInputElement).value).toBe("2025-03-01");
    fireEvent.change(screen.getByLabelText("名称"), { target: { value: "综合窗口 1" } });
    save();
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ name: "综合窗口 1", zone: "A", openedOn: "2025-03-01", instant: true }),
    );
  });

  it("shows the new row's values when reopened for another row", async () => {
    const props = { title: "编辑", fields, submitting: false, error: null, onSubmit: () => {}, onCancel: () => {} };
    // No animations in happy-dom: let the closed modal unmount at once.
    const ui = (open: boolean, name: string) => (
      <I18nProvider>
        <ConfigProvider theme={{ token: { motion: false } }}>
          <EntityFormModal {...props} open={open} initialValues={{ name }} />
        </ConfigProvider>
      </I18nProvider>
    );
    const { rerender } = render(ui(true, "甲"));
    expect((screen.getByLabelText("名称") as HTMLInputElement).value).toBe("甲");
    rerender(ui(false, "甲"));
    await waitFor(() => expect(screen.queryByLabelText("名称")).toBeNull());
    rerender(ui(true, "乙"));
    expect(((await screen.findByLabelText("名称")) as HTMLInputElement).value).toBe("乙");
  });

  it("shows a server field error under the field and in the alert", async () => {
    renderModal({
      initialValues: { name: "综合窗口", zone: "A" },
      error: {
        message: "名称已被使用",
        data: { code: "CONFLICT", httpStatus: 409, field: "name" },
      },
    });
    expect(screen.getByRole("alert").textContent).toContain("名称：名称已被使用");
    await waitFor(() =>
      expect(
        screen.getByLabelText("名称").closest(".ant-form-item")?.querySelector(".ant-form-item-explain")?.textContent,
      ).toBe("名称已被使用"),
    );
  });
});

type Row = { id: number; name: string; code: string };
const rows: Row[] = [
  { id: 1, name: "业务受理区", code: "A" },
  { id: 2, name: "咨询辅导区", code: "B" },
];

describe("ReferenceTable", () => {
  it("filters by the search keys and calls onCreate / onEdit", () => {
    const onCreate = vi.fn();
    const onEdit = vi.fn();
    render(
      <I18nProvider>
        <ReferenceTable<Row>
          title="功能区"
          columns={[
            { title: "名称", dataIndex: "name" },
            { title: "代码", dataIndex: "code" },
          ]}
          dataSource={rows}
          searchKeys={["name", "code"]}
          onCreate={onCreate}
          onEdit={onEdit}
        />
      </I18nProvider>,
    );
    expect(screen.getByText("业务受理区")).toBeTruthy();
    expect(screen.getByText("咨询辅导区")).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText("输入关键字搜索"), { target: { value: "咨询" } });
    expect(screen.queryByText("业务受理区")).toBeNull();
    const row = screen.getByText("咨询辅导区").closest("tr") as HTMLElement;
    fireEvent.click(within(row).getByRole("button", { name: /编\s*辑/ }));
    expect(onEdit).toHaveBeenCalledWith(rows[1]);

    fireEvent.click(screen.getByRole("button", { name: /新\s*建/ }));
    expect(onCreate).toHaveBeenCalledOnce();
  });
});
