/** The demo hall: a county service centre with the kinds of items the seed regulations name. */
export const DEMO_HALL_NAME = "示范区政务服务中心";

export const DEMO_ZONES = [
  { key: "consult", kind: "consultation", name: "咨询辅导区", prefix: "Z" },
  { key: "general", kind: "acceptance_general", name: "综合受理区", prefix: "A" },
  { key: "estate", kind: "acceptance_specialty", name: "不动产登记专区", prefix: "B" },
  { key: "social", kind: "acceptance_specialty", name: "社保医保专区", prefix: "C" },
  { key: "police", kind: "acceptance_specialty", name: "公安户政专区", prefix: "D" },
  { key: "waiting", kind: "waiting", name: "办事等候区", prefix: "W" },
  { key: "backoffice", kind: "backoffice_approval", name: "后台审批区", prefix: "H" },
  { key: "self", kind: "self_service", name: "网办专区/7×24自助区", prefix: "S" },
  { key: "elderly", kind: "elderly", name: "为老服务区", prefix: "L" },
] as const;
export type DemoZoneKey = (typeof DEMO_ZONES)[number]["key"];

type M = [name: string, copies?: number, waivable?: boolean];
export interface DemoItem {
  code: string;
  name: string;
  department: string;
  zone: DemoZoneKey;
  promisedDays: number;
  instant?: boolean;
  theme?: string;
  legalBasis?: string;
  materials: M[];
}

export const DEMO_ITEMS: DemoItem[] = [
  {
    code: "BDC-001",
    name: "不动产首次登记",
    department: "自然资源局",
    zone: "estate",
    promisedDays: 5,
    legalBasis: "《不动产登记暂行条例》",
    materials: [
      ["不动产登记申请书"],
      ["申请人身份证明"],
      ["土地权属来源材料"],
      ["建设工程符合规划的材料"],
      ["房屋已竣工的材料", 1, true],
    ],
  },
  {
    code: "BDC-002",
    name: "不动产转移登记（二手房买卖）",
    department: "自然资源局",
    zone: "estate",
    promisedDays: 3,
    theme: "二手房转移登记及水电气联动过户一件事",
    materials: [["不动产登记申请书"], ["买卖双方身份证明"], ["不动产权证书"], ["房屋买卖合同"], ["完税凭证"]],
  },
  {
    code: "BDC-003",
    name: "不动产抵押登记",
    department: "自然资源局",
    zone: "estate",
    promisedDays: 3,
    materials: [["不动产登记申请书"], ["主债权合同及抵押合同"], ["不动产权证书"], ["申请人身份证明"]],
  },
  {
    code: "BDC-004",
    name: "不动产登记资料查询",
    department: "自然资源局",
    zone: "estate",
    promisedDays: 0,
    instant: true,
    materials: [["查询申请书"], ["查询人身份证明"]],
  },
  {
    code: "SB-001",
    name: "城乡居民基本养老保险参保登记",
    department: "人力资源和社会保障局",
    zone: "social",
    promisedDays: 0,
    instant: true,
    materials: [["居民身份证或户口簿"], ["城乡居民基本养老保险参保登记表"]],
  },
  {
    code: "SB-002",
    name: "职工退休申请",
    department: "人力资源和社会保障局",
    zone: "social",
    promisedDays: 10,
    theme: "退休一件事",
    materials: [["居民身份证"], ["职工档案"], ["退休申请表"], ["近期一寸照片", 2]],
  },
  {
    code: "SB-003",
    name: "社会保障卡申领",
    department: "人力资源和社会保障局",
    zone: "social",
    promisedDays: 0,
    instant: true,
    materials: [["居民身份证"], ["近期一寸照片", 1, true]],
  },
  {
    code: "YB-001",
    name: "基本医疗保险参保信息变更",
    department: "医疗保障局",
    zone: "social",
    promisedDays: 0,
    instant: true,
    materials: [["居民身份证"], ["变更事项证明材料"]],
  },
  {
    code: "YB-002",
    name: "异地就医备案",
    department: "医疗保障局",
    zone: "social",
    promisedDays: 0,
    instant: true,
    materials: [["居民身份证"], ["异地就医备案表"]],
  },
  {
    code: "GA-001",
    name: "居民身份证换领",
    department: "公安局",
    zone: "police",
    promisedDays: 20,
    materials: [["原居民身份证"], ["户口簿"]],
  },
  {
    code: "GA-002",
    name: "户口迁移（市内）",
    department: "公安局",
    zone: "police",
    promisedDays: 5,
    materials: [["户口簿"], ["居民身份证"], ["房屋产权证明或租赁证明"]],
  },
  {
    code: "GA-003",
    name: "居住证办理",
    department: "公安局",
    zone: "police",
    promisedDays: 7,
    materials: [["居民身份证"], ["居住证明（租赁合同等）"], ["近期一寸照片", 1, true]],
  },
  {
    code: "SC-001",
    name: "企业设立登记",
    department: "市场监督管理局",
    zone: "general",
    promisedDays: 1,
    theme: "企业开办一件事",
    materials: [
      ["公司登记（备案）申请书"],
      ["公司章程"],
      ["股东主体资格证明"],
      ["法定代表人、董事、监事任职文件"],
      ["住所使用证明", 1, true],
    ],
  },
  {
    code: "SC-002",
    name: "个体工商户设立登记",
    department: "市场监督管理局",
    zone: "general",
    promisedDays: 0,
    instant: true,
    materials: [["个体工商户登记（备案）申请书"], ["经营者身份证明"], ["经营场所使用证明", 1, true]],
  },
  {
    code: "SC-003",
    name: "食品经营许可",
    department: "市场监督管理局",
    zone: "general",
    promisedDays: 10,
    materials: [
      ["食品经营许可申请书"],
      ["营业执照复印件"],
      ["与食品经营相适应的主要设备设施布局、操作流程等文件"],
      ["食品安全管理制度"],
    ],
  },
  {
    code: "SW-001",
    name: "新办纳税人套餐业务",
    department: "税务局",
    zone: "general",
    promisedDays: 0,
    instant: true,
    theme: "企业开办一件事",
    materials: [["营业执照"], ["法定代表人身份证明"], ["经办人身份证明"]],
  },
  {
    code: "GJJ-001",
    name: "住房公积金提取（购房）",
    department: "住房公积金管理中心",
    zone: "general",
    promisedDays: 3,
    materials: [["居民身份证"], ["购房合同或不动产权证书"], ["本人银行卡"]],
  },
  {
    code: "WJ-001",
    name: "出生医学证明及预防接种证办理",
    department: "卫生健康委员会",
    zone: "general",
    promisedDays: 1,
    theme: "新生儿出生一件事",
    materials: [["父母双方身份证"], ["结婚证", 1, true], ["医院出生记录"]],
  },
  {
    code: "MZ-001",
    name: "老年人优待证办理",
    department: "民政局",
    zone: "elderly",
    promisedDays: 0,
    instant: true,
    materials: [["居民身份证"], ["近期一寸照片", 1, true]],
  },
  {
    code: "MZ-002",
    name: "高龄津贴申请",
    department: "民政局",
    zone: "elderly",
    promisedDays: 15,
    materials: [["居民身份证"], ["户口簿"], ["本人银行卡"]],
  },
];

export const DEMO_GROUPS = ["综合受理一组", "综合受理二组", "专业受理组"];

/** 14 staff: staff01…staff12 at the windows, plus the window chief and the mentor. */
export const DEMO_STAFF = [
  {
    no: "S001",
    name: "王芳",
    login: "staff01",
    group: 0,
    type: "civil_servant",
    party: true,
    cert: 3,
    hired: "2016-03-01",
  },
  {
    no: "S002",
    name: "李娜",
    login: "staff02",
    group: 0,
    type: "dispatched",
    party: false,
    cert: 4,
    hired: "2019-07-15",
  },
  {
    no: "S003",
    name: "张伟",
    login: "staff03",
    group: 0,
    type: "dispatched",
    party: false,
    cert: 5,
    hired: "2023-02-20",
  },
  {
    no: "S004",
    name: "刘洋",
    login: "staff04",
    group: 0,
    type: "civil_servant",
    party: true,
    cert: null,
    hired: "2025-09-01",
  },
  { no: "S005", name: "陈静", login: "staff05", group: 1, type: "seconded", party: true, cert: 4, hired: "2018-05-10" },
  {
    no: "S006",
    name: "杨磊",
    login: "staff06",
    group: 1,
    type: "dispatched",
    party: false,
    cert: null,
    hired: "2026-06-01",
  },
  {
    no: "S007",
    name: "赵敏",
    login: "staff07",
    group: 1,
    type: "dispatched",
    party: false,
    cert: 5,
    hired: "2022-11-11",
  },
  {
    no: "S008",
    name: "黄丽",
    login: "staff08",
    group: 1,
    type: "civil_servant",
    party: true,
    cert: 3,
    hired: "2015-04-01",
  },
  {
    no: "S009",
    name: "周杰",
    login: "staff09",
    group: 2,
    type: "seconded",
    party: false,
    cert: 4,
    hired: "2020-08-18",
  },
  {
    no: "S010",
    name: "吴倩",
    login: "staff10",
    group: 2,
    type: "seconded",
    party: true,
    cert: null,
    hired: "2026-03-02",
  },
  {
    no: "S011",
    name: "徐超",
    login: "staff11",
    group: 2,
    type: "seconded",
    party: false,
    cert: 5,
    hired: "2021-01-04",
  },
  {
    no: "S012",
    name: "孙颖",
    login: "staff12",
    group: 2,
    type: "dispatched",
    party: false,
    cert: 4,
    hired: "2017-10-09",
  },
  {
    no: "S013",
    name: "马建国",
    login: "chief",
    group: null,
    type: "civil_servant",
    party: true,
    cert: 2,
    hired: "2008-09-01",
  },
  {
    no: "S014",
    name: "郭秀兰",
    login: "mentor",
    group: null,
    type: "civil_servant",
    party: true,
    cert: 2,
    hired: "2010-03-15",
  },
] as const;

/** Windows with their A and B posts (indexes into DEMO_STAFF). */
export const DEMO_WINDOWS = [
  { number: "01", name: "综合受理1号窗口", type: "general", zone: "general", a: 0, b: 1 },
  { number: "02", name: "综合受理2号窗口", type: "general", zone: "general", a: 1, b: 2 },
  { number: "03", name: "综合受理3号窗口", type: "general", zone: "general", a: 2, b: 3 },
  { number: "04", name: "一件事综合受理窗口", type: "one_thing", zone: "general", a: 4, b: 5 },
  { number: "05", name: "不动产登记窗口", type: "specialty", zone: "estate", a: 6, b: 7 },
  { number: "06", name: "社保医保窗口", type: "specialty", zone: "social", a: 7, b: 6 },
  { number: "07", name: "公安户政窗口", type: "specialty", zone: "police", a: 8, b: 9 },
  { number: "08", name: "统一发证窗口", type: "certificate", zone: "general", a: 9, b: 8 },
  { number: "09", name: "有诉即办窗口", type: "complaint", zone: "consult", a: 12, b: 10 },
  { number: "10", name: "老年人服务专窗", type: "elderly", zone: "elderly", a: 10, b: 11 },
  { number: "11", name: "军人依法优先窗口", type: "military_priority", zone: "general", a: 11, b: 3 },
  { number: "12", name: "帮办代办窗口", type: "assisted", zone: "consult", a: 5, b: 4 },
] as const;

export const DEMO_ACCOUNTS = [
  { login: "admin", name: "林海（大厅管理员）", roles: ["hall_admin"] },
  { login: "chief", name: "马建国", roles: ["window_chief"] },
  { login: "leader", name: "何志强", roles: ["duty_leader"] },
  { login: "trainer", name: "宋雅琴", roles: ["trainer"] },
  { login: "mentor", name: "郭秀兰", roles: ["mentor"] },
  { login: "inspector", name: "罗斌", roles: ["inspector"] },
] as const;

/**
 * Citizens: phone, name, the first 17 digits of an ID number (the check digit is computed), and whether a clerk has
 * already checked their ID card at the counter. Two are over 60: 赵建华's card was checked (called with elderly
 * priority), 孙立军's not yet (called as everyone else until a clerk verifies it with queue.verifyIdentity).
 */
export const DEMO_CITIZENS = [
  { phone: "13800000001", name: "赵建华", id17: "41010219650312001", cardChecked: true },
  { phone: "13800000002", name: "钱晓梅", id17: "41010219880724002", cardChecked: false },
  { phone: "13800000003", name: "孙立军", id17: "41010219540105003", cardChecked: false },
  { phone: "13800000004", name: "李思远", id17: "41010220000918004", cardChecked: false },
  { phone: "13800000005", name: "周晓燕", id17: "41010219921130006", cardChecked: false },
] as const;
