import type { Meta, StoryObj } from "@storybook/react-vite";
import { Tag } from "antd";
import { fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { ReferenceTable } from "./reference-table.tsx";

type WindowRow = {
  id: number;
  code: string;
  name: string;
  type: string;
  zone: string;
  staffA: string;
  staffB: string;
  open: boolean;
};

const rows: WindowRow[] = [
  {
    id: 1,
    code: "A01",
    name: "综合受理 1 号窗",
    type: "无差别综合受理",
    zone: "业务受理区",
    staffA: "张三",
    staffB: "李四",
    open: true,
  },
  {
    id: 2,
    code: "A02",
    name: "综合受理 2 号窗",
    type: "无差别综合受理",
    zone: "业务受理区",
    staffA: "王五",
    staffB: "赵六",
    open: true,
  },
  {
    id: 3,
    code: "B01",
    name: "不动产登记",
    type: "专业综合受理",
    zone: "专业综合受理区",
    staffA: "钱七",
    staffB: "孙八",
    open: false,
  },
  {
    id: 4,
    code: "C01",
    name: "办不成事反映窗口",
    type: "有诉即办",
    zone: "咨询辅导区",
    staffA: "周九",
    staffB: "吴十",
    open: true,
  },
  {
    id: 5,
    code: "D01",
    name: "老年人服务专窗",
    type: "老年人服务专窗",
    zone: "为老服务区",
    staffA: "郑一",
    staffB: "冯二",
    open: true,
  },
];

const meta = {
  title: "Reference/ReferenceTable",
  component: ReferenceTable<WindowRow>,
  parameters: {
    usage: {
      use: {
        zh: ["管理端参考数据列表：搜索、新建和每行编辑，在手机上横向滚动。"],
        en: ["Admin lists of reference data: search, create and a per-row edit; scrolls sideways on phones."],
      },
      avoid: {
        zh: ["不用于群众端的列表（用卡片列表，如 BookingCard）。", "数据量很大时请使用服务端分页。"],
        en: [
          "Not for citizen-facing lists (use cards such as BookingCard).",
          "For very large data use server-side paging.",
        ],
      },
    } satisfies Usage,
  },
  args: {
    title: "窗口管理",
    dataSource: rows,
    searchKeys: ["code", "name", "type", "zone"],
    onCreate: fn(),
    onEdit: fn(),
    columns: [
      { title: "编号", dataIndex: "code", width: 80 },
      { title: "名称", dataIndex: "name" },
      { title: "类型", dataIndex: "type" },
      { title: "功能区", dataIndex: "zone" },
      { title: "A 岗", dataIndex: "staffA" },
      { title: "B 岗", dataIndex: "staffB" },
      {
        title: "状态",
        dataIndex: "open",
        render: (open: boolean) => <Tag color={open ? "green" : "default"}>{open ? "启用" : "停用"}</Tag>,
      },
    ],
  },
} satisfies Meta<typeof ReferenceTable<WindowRow>>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Loading: Story = { args: { loading: true, dataSource: [] } };

export const Empty: Story = { args: { dataSource: [] } };

export const English: Story = {
  args: {
    title: "Windows",
    dataSource: rows.map((r) => ({ ...r, name: `Window ${r.code}`, type: "Integrated", zone: "Acceptance area" })),
    columns: [
      { title: "Code", dataIndex: "code", width: 80 },
      { title: "Name", dataIndex: "name" },
      { title: "Type", dataIndex: "type" },
      { title: "Zone", dataIndex: "zone" },
      { title: "Post A", dataIndex: "staffA" },
      { title: "Post B", dataIndex: "staffB" },
    ],
  },
  globals: { locale: "en-US" },
};

export const Phone: Story = { globals: { viewport: { value: "phone390", isRotated: false } } };
