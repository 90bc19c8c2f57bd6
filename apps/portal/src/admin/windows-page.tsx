import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { WINDOW_TYPE_LABELS, WINDOW_TYPES, type WindowType } from "@hall/domain";
import { EntityFormModal, ErrorAlert, errorMessage, type FieldSpec, PageHeader, ReferenceTable, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Select, Tag, Typography } from "antd";
import { useAdminHall } from "./hall-context.ts";
import { useLabel, useLabelOptions } from "./labels.ts";
import { ActiveTag } from "./status-tag.tsx";
import { useEditor } from "./use-editor.ts";

type WindowRow = RouterOutputs["windows"]["list"][number];
type Staff = RouterOutputs["staff"]["list"][number];
type WindowValues = {
  number: string;
  name: string;
  type: WindowType;
  zoneId: number;
  itemId?: number | null;
  active?: boolean;
};
type Position = "A" | "B";

/** The A岗 / B岗 picker of one window; the same person cannot hold both posts (the server checks too). */
function PostSelect({ row, position, staff }: { row: WindowRow; position: Position; staff: Staff[] }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const setPost = useMutation(
    trpc.windows.setPost.mutationOptions({
      onSuccess: async () => {
        message.success(t("portal.saved"));
        await queryClient.invalidateQueries({ queryKey: trpc.windows.list.queryKey() });
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
  const post = position === "A" ? row.postA : row.postB;
  const other = position === "A" ? row.postB : row.postA;
  const options = staff
    .filter((s) => s.active || s.id === post?.staffId)
    .map((s) => ({ value: s.id, label: s.name, disabled: s.id === other?.staffId }));
  if (post && !options.some((o) => o.value === post.staffId)) {
    options.push({ value: post.staffId, label: post.name, disabled: false });
  }
  return (
    <Select<number | null>
      size="small"
      aria-label={t("portal.windows.postOf", { number: row.number, position })}
      placeholder={t("portal.windows.unassigned")}
      value={post?.staffId ?? null}
      options={options}
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      loading={setPost.isPending}
      disabled={setPost.isPending}
      onChange={(staffId) => setPost.mutate({ windowId: row.id, position, staffId: staffId ?? null })}
      style={{ width: 120 }}
      popupMatchSelectWidth={false}
    />
  );
}

/** 窗口: number, name, type, zone, the item of an item-specific window, and its A岗 / B岗 staff. */
export function WindowsPage() {
  const t = useT();
  const trpc = useTRPC();
  const label = useLabel();
  const labelOptions = useLabelOptions();
  const hall = useAdminHall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const windows = useQuery(trpc.windows.list.queryOptions({ hallId: hall.id }));
  const zones = useQuery(trpc.zones.list.queryOptions({ hallId: hall.id }));
  const items = useQuery(trpc.items.list.queryOptions({ hallId: hall.id }));
  const staff = useQuery(trpc.staff.list.queryOptions({ hallId: hall.id }));
  const onSuccess = async () => {
    message.success(t("portal.saved"));
    editor.close();
    await queryClient.invalidateQueries({ queryKey: trpc.windows.list.queryKey() });
  };
  const create = useMutation(trpc.windows.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.windows.update.mutationOptions({ onSuccess }));
  const editor = useEditor<WindowRow>(() => {
    create.reset();
    update.reset();
  });
  const mutation = editor.row ? update : create;
  const formError = mutation.error;

  const zoneName = new Map((zones.data ?? []).map((z) => [z.id, z.name]));
  const itemName = new Map((items.data ?? []).map((i) => [i.id, i.name]));
  const staffList = staff.data ?? [];

  const fields: FieldSpec[] = [
    { name: "number", label: t("portal.windows.number"), kind: "text", required: true, max: 10 },
    { name: "name", label: t("portal.windows.name"), kind: "text", required: true, max: 100 },
    {
      name: "type",
      label: t("portal.windows.type"),
      kind: "select",
      required: true,
      options: labelOptions(WINDOW_TYPE_LABELS, WINDOW_TYPES),
    },
    {
      name: "zoneId",
      label: t("portal.windows.zone"),
      kind: "select",
      required: true,
      options: (zones.data ?? [])
        .filter((z) => z.active || z.id === editor.row?.zoneId)
        .map((z) => ({ value: z.id, label: z.name })),
    },
    {
      name: "itemId",
      label: t("portal.windows.item"),
      kind: "select",
      placeholder: t("portal.windows.itemPlaceholder"),
      // Only instant items (即办件) may have a window of their own; others are listed for reference.
      options: (items.data ?? [])
        .filter((i) => i.active || i.id === editor.row?.itemId)
        .map((i) => ({
          value: i.id,
          label: i.instant
            ? `${i.name}（${t("portal.items.instant")}）`
            : `${i.name}（${t("portal.windows.notInstant")}）`,
        })),
    },
    ...(editor.row ? [{ name: "active", label: t("portal.active"), kind: "switch" as const }] : []),
  ];

  return (
    <>
      <PageHeader title={t("portal.admin.menu.windows")} subtitle={t("portal.windows.subtitle")} />
      <ErrorAlert error={windows.error ?? staff.error} />
      <ReferenceTable<WindowRow>
        columns={[
          { title: t("portal.windows.number"), dataIndex: "number", width: 88 },
          { title: t("portal.windows.name"), dataIndex: "name" },
          {
            title: t("portal.windows.type"),
            dataIndex: "type",
            render: (type: WindowType) => <Tag>{label(WINDOW_TYPE_LABELS, type)}</Tag>,
          },
          { title: t("portal.windows.zone"), dataIndex: "zoneId", render: (id: number) => zoneName.get(id) ?? "—" },
          {
            title: t("portal.windows.item"),
            dataIndex: "itemId",
            render: (id: number | null) =>
              id === null ? <Typography.Text type="secondary">—</Typography.Text> : (itemName.get(id) ?? id),
          },
          {
            title: t("portal.windows.postA"),
            key: "postA",
            render: (_: unknown, row: WindowRow) => <PostSelect row={row} position="A" staff={staffList} />,
          },
          {
            title: t("portal.windows.postB"),
            key: "postB",
            render: (_: unknown, row: WindowRow) => <PostSelect row={row} position="B" staff={staffList} />,
          },
          {
            title: t("portal.status"),
            dataIndex: "active",
            render: (active: boolean) => <ActiveTag active={active} />,
          },
        ]}
        dataSource={windows.data ?? []}
        loading={windows.isLoading}
        searchKeys={["number", "name"]}
        onCreate={editor.create}
        onEdit={editor.edit}
      />
      <EntityFormModal<WindowValues>
        open={editor.open}
        title={editor.row ? t("portal.windows.editTitle") : t("portal.windows.createTitle")}
        fields={fields}
        initialValues={
          editor.row
            ? {
                number: editor.row.number,
                name: editor.row.name,
                type: editor.row.type as WindowType,
                zoneId: editor.row.zoneId,
                itemId: editor.row.itemId,
                active: editor.row.active,
              }
            : { type: "general" }
        }
        submitting={mutation.isPending}
        error={formError}
        onCancel={editor.close}
        onSubmit={(values) => {
          const input = {
            number: values.number.trim(),
            name: values.name.trim(),
            type: values.type,
            zoneId: values.zoneId,
            itemId: values.itemId ?? null,
          };
          if (editor.row) update.mutate({ id: editor.row.id, ...input, active: values.active ?? true });
          else create.mutate({ hallId: hall.id, ...input });
        }}
      />
    </>
  );
}
