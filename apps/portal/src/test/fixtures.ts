import type { Me, RouterOutputs } from "@hall/api-client";
import { DEFAULT_BOOKING_SETTINGS } from "@hall/domain";

export const adminMe: Me = {
  id: 1,
  login: "admin",
  name: "林海（大厅管理员）",
  roles: ["hall_admin"],
  roleLabels: ["大厅管理员"],
  hallId: 1,
  hallName: "示范区政务服务中心",
  windowId: null,
  orgUnitId: 2,
  orgUnitName: "示范区",
  phoneMasked: null,
  idNumberMasked: null,
  idVerification: null,
};

export const citizenMe: Me = {
  id: 40,
  login: "13800000001",
  name: "赵六",
  roles: ["citizen"],
  roleLabels: ["办事群众"],
  hallId: null,
  hallName: null,
  windowId: null,
  orgUnitId: null,
  orgUnitName: null,
  phoneMasked: "138****0001",
  idNumberMasked: "4101**********1234",
  idVerification: null,
};

export const demoHall: RouterOutputs["halls"]["list"][number] = {
  id: 1,
  orgUnitId: 2,
  orgUnitName: "示范区",
  name: "示范区政务服务中心",
  address: "示范区人民路88号",
  phone: "0371-12345678",
  settings: {
    openingHours: [
      { start: "09:00", end: "12:00" },
      { start: "13:30", end: "17:30" },
    ],
    maxSpecialtyZones: 6,
    loginMaxAttempts: 5,
    loginWindowMinutes: 15,
    booking: { ...DEFAULT_BOOKING_SETTINGS },
  },
};

/** A small hall with one of everything, for rendering the admin pages. */
export const demoData = {
  "org.list": () => [
    { id: 2, parentId: 1, level: "county", name: "示范区", code: "419901", path: "/1/2/" },
    { id: 3, parentId: 2, level: "township", name: "城关街道", code: "419901001", path: "/1/2/3/" },
    { id: 4, parentId: 3, level: "village", name: "幸福社区", code: null, path: "/1/2/3/4/" },
  ],
  "halls.get": () => demoHall,
  "zones.list": () => [
    { id: 3, hallId: 1, kind: "acceptance_general", name: "综合受理区", prefix: "A", sort: 1, active: true },
    { id: 4, hallId: 1, kind: "acceptance_specialty", name: "不动产登记专区", prefix: "B", sort: 2, active: true },
  ],
  "windows.list": () => [
    {
      id: 11,
      hallId: 1,
      zoneId: 3,
      number: "01",
      name: "综合受理1号窗口",
      type: "general",
      itemId: null,
      active: true,
      postA: { staffId: 21, name: "王芳" },
      postB: { staffId: 22, name: "李娜" },
    },
  ],
  "staff.list": () => [
    {
      id: 21,
      hallId: 1,
      userId: 5,
      name: "王芳",
      employeeNo: "S001",
      employmentType: "civil_servant",
      partyMember: true,
      groupId: 31,
      certificateLevel: 3,
      certificateNo: "ZS-001",
      certificateDate: "2020-05-01",
      hiredOn: "2016-03-01",
      phoneMasked: "138****5678",
      idNumberMasked: "4101**********1234",
      active: true,
    },
    {
      id: 22,
      hallId: 1,
      userId: null,
      name: "李娜",
      employeeNo: "S002",
      employmentType: "dispatched",
      partyMember: false,
      groupId: 31,
      certificateLevel: null,
      certificateNo: null,
      certificateDate: null,
      hiredOn: null,
      phoneMasked: null,
      idNumberMasked: null,
      active: true,
    },
  ],
  "staff.groups.list": () => [{ id: 31, hallId: 1, name: "第一小组", leaderStaffId: 21 }],
  "items.list": () => [
    {
      id: 41,
      hallId: 1,
      zoneId: 4,
      code: "BDC-001",
      name: "不动产转移登记",
      department: "自然资源局",
      legalBasis: "《不动产登记暂行条例》",
      conditions: null,
      promisedDays: 5,
      instant: false,
      bookable: true,
      online: false,
      avgHandlingMinutes: 20,
      theme: "二手房交易",
      active: true,
      materials: [
        { id: 1, name: "不动产权证书", copies: 1, originalRequired: true, waivable: false, note: null },
        { id: 2, name: "完税证明", copies: 1, originalRequired: false, waivable: true, note: "可后补" },
      ],
    },
  ],
  "calendar.list": () => [
    { date: "2026-10-01", kind: "holiday", name: "国庆节", source: "national", nationalKind: "holiday" },
    { date: "2026-10-10", kind: "workday", name: "国庆节", source: "national", nationalKind: "workday" },
    { date: "2026-10-15", kind: "holiday", name: "系统升级停办", source: "hall", nationalKind: null },
  ],
  "calendar.overview": (input: unknown) => calendarOverview((input as { year: number }).year),
  "calendar.orgList": (input: unknown) => ({
    orgUnitId: (input as { orgUnitId: number }).orgUnitId,
    orgName: "示范市",
    year: (input as { year: number }).year,
    source: "org:示范市",
    nationalAvailable: false,
    days: [{ date: "2027-01-01", kind: "holiday", name: "元旦", nationalKind: null }],
  }),
  "users.list": () => [
    {
      id: 1,
      login: "admin",
      name: "林海（大厅管理员）",
      hallId: 1,
      roles: ["hall_admin"],
      phoneMasked: null,
      active: true,
    },
    {
      id: 5,
      login: "staff01",
      name: "王芳",
      hallId: 1,
      roles: ["window_staff"],
      phoneMasked: "138****5678",
      active: true,
    },
  ],
  "audit.list": () => [
    {
      id: 7,
      at: "2026-11-20T02:00:00.000Z",
      action: "zone.update",
      entity: "zone",
      entityId: "4",
      actorName: "林海（大厅管理员）",
      before: { name: "不动产专区" },
      after: { name: "不动产登记专区" },
    },
  ],
};

/** calendar.overview of the demo hall: 2026 from the national package; 2027 only what the city (示范市) entered. */
export function calendarOverview(year: number) {
  const layers = (cityDays: number) => [
    { orgUnitId: 1, orgName: "示范市", source: "org:示范市", days: cityDays },
    { orgUnitId: 2, orgName: "示范区", source: "org:示范区", days: 0 },
  ];
  if (year === 2027) {
    return {
      hallId: 1,
      year,
      nationalAvailable: false,
      days: [{ date: "2027-01-01", kind: "holiday", name: "元旦", source: "org:示范市", nationalKind: null }],
      layers: layers(1),
      warnings: [],
    };
  }
  return {
    hallId: 1,
    year,
    nationalAvailable: true,
    days: [
      { date: "2026-10-01", kind: "holiday", name: "国庆节", source: "national", nationalKind: "holiday" },
      { date: "2026-10-10", kind: "workday", name: "国庆节", source: "national", nationalKind: "workday" },
      { date: "2026-10-15", kind: "holiday", name: "系统升级停办", source: "hall", nationalKind: null },
    ],
    layers: layers(0),
    warnings: [
      {
        code: "calendar.no_data_for_month",
        month: "2027-01",
        message:
          "2027-01 没有节假日安排：国家日历尚未发布，上级单位也未录入，节假日会被当作工作日。请在上级单位日历中录入。",
      },
    ],
  };
}
