import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Usage } from "../docs/usage.ts";
import { ROLE_CODES, RoleTags } from "./role-tags.tsx";

const meta = {
  title: "Display/RoleTags",
  component: RoleTags,
  parameters: {
    usage: {
      use: {
        zh: ["以彩色标签显示用户的角色（按当前语言显示名称）。"],
        en: ["A user's roles as coloured tags, labelled in the current language."],
      },
      avoid: {
        zh: ["不用于状态（预约状态用 BookingStatusTag）。"],
        en: ["Not for statuses (use BookingStatusTag for bookings)."],
      },
    } satisfies Usage,
  },
  args: { roles: [...ROLE_CODES] },
} satisfies Meta<typeof RoleTags>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllRoles: Story = {};

export const StaffMember: Story = { args: { roles: ["window_staff", "group_leader", "mentor"] } };

export const AllRolesEnglish: Story = { globals: { locale: "en-US" } };
