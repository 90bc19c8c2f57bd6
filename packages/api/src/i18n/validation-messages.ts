import { type Locale, MESSAGES, translate } from "@hall/domain";
import { fieldLabel } from "./field-labels.ts";

/** The parts of a zod (standard-schema) issue this module reads. */
export interface SchemaIssue {
  code?: string;
  message: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  format?: string;
}

export function issuePath(issue: SchemaIssue): PropertyKey[] {
  return (issue.path ?? []).map((p) => (typeof p === "object" && p !== null ? p.key : p));
}

/** One localised sentence naming the field, e.g. "身份证号：为必填项". */
export function localiseIssue(issue: SchemaIssue, locale: Locale): string {
  const label = fieldLabel(issuePath(issue), locale);
  const zh = locale !== "en-US";
  const body = issueBody(issue, zh, locale);
  return zh ? `${label}：${body}` : `${label}: ${body}`;
}

function issueBody(i: SchemaIssue, zh: boolean, locale: Locale): string {
  // A refinement may carry a domain message key as its message.
  if (MESSAGES[i.message]) return translate(i.message, locale);
  const min = i.minimum !== undefined ? String(i.minimum) : "";
  const max = i.maximum !== undefined ? String(i.maximum) : "";
  switch (i.code) {
    case "invalid_type":
      if (/received undefined/.test(i.message)) return zh ? "为必填项" : "is required";
      return zh ? `类型不正确（应为${i.expected ?? ""}）` : `must be a ${i.expected ?? "valid value"}`;
    case "too_small":
      if (i.origin === "string")
        return min === "1"
          ? zh
            ? "不能为空"
            : "must not be empty"
          : zh
            ? `至少${min}个字符`
            : `needs at least ${min} characters`;
      if (i.origin === "array" || i.origin === "set") return zh ? `至少${min}项` : `needs at least ${min} entries`;
      return zh ? `不能小于${min}` : `must be at least ${min}`;
    case "too_big":
      if (i.origin === "string") return zh ? `最多${max}个字符` : `allows at most ${max} characters`;
      if (i.origin === "array" || i.origin === "set") return zh ? `最多${max}项` : `allows at most ${max} entries`;
      return zh ? `不能大于${max}` : `must be at most ${max}`;
    case "invalid_format":
      return zh ? "格式不正确" : "has an invalid format";
    case "invalid_value":
      return zh
        ? `取值无效，可选：${(i.values ?? []).join("、")}`
        : `is not allowed; choose one of ${(i.values ?? []).join(", ")}`;
    case "unrecognized_keys":
      return zh ? `包含不支持的字段：${(i.keys ?? []).join("、")}` : `has unknown fields: ${(i.keys ?? []).join(", ")}`;
    case "not_multiple_of":
      return zh ? "必须为整数" : "must be a whole number";
    default:
      return zh ? "无效" : "is invalid";
  }
}
