/**
 * How an account's ID number was confirmed to belong to its holder. Until then it is only what the holder typed
 * when registering, and nothing that depends on who the person is (the elderly priority) may rest on it.
 *
 * - "counter": a hall clerk (queue.serve) read the ID card and entered its number, which matched the account;
 * - "real_name_service": a provincial 实名核验 service confirmed that name and number belong together.
 */
export const ID_VERIFICATION_METHODS = ["counter", "real_name_service"] as const;
export type IdVerificationMethod = (typeof ID_VERIFICATION_METHODS)[number];

export function isIdVerificationMethod(value: unknown): value is IdVerificationMethod {
  return (ID_VERIFICATION_METHODS as readonly unknown[]).includes(value);
}

export const ID_VERIFICATION_LABELS: Record<IdVerificationMethod, { "zh-CN": string; "en-US": string }> = {
  counter: { "zh-CN": "窗口核验身份证", "en-US": "ID card checked at the counter" },
  real_name_service: { "zh-CN": "实名核验", "en-US": "Real-name check" },
};
