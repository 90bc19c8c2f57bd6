/**
 * Where a provincial real-name check (实名核验, e.g. the province's 统一身份认证 / 公安人口库 gateway) plugs in.
 *
 * Registration asks it whether the name and ID number given belong together. "match" marks the account's ID number
 * verified (so an elderly priority from it counts at once); "mismatch" refuses the registration on `idNumber`;
 * "unchecked" (no service, or the service is unreachable) registers the account unverified — its ID number then
 * counts for priority only after a clerk checks the card at the counter (`queue.verifyIdentity`).
 *
 * The default is `noRealNameCheck` (always "unchecked"). A deployment with a service implements this interface and
 * passes it to `buildServer({ realName })`; see docs/architecture.md, "Personal data".
 */
export interface RealNameVerifier {
  /** A name for logs and the audit trail, e.g. "henan-zwfw". */
  readonly name: string;
  /**
   * Called before the registration's transaction, never inside it. Must not throw for "no" or "cannot tell":
   * return "mismatch" or "unchecked". Should time out on its own (a few seconds): registration waits for it.
   */
  verify(person: { name: string; idNumber: string }): Promise<RealNameResult>;
}

export type RealNameResult =
  | { status: "match" /** The service's reference for the check, kept in the audit row. */; reference?: string }
  | { status: "mismatch" }
  | { status: "unchecked" };

/** No real-name service: every registration stays unverified until the counter checks the card. */
export const noRealNameCheck: RealNameVerifier = {
  name: "none",
  async verify() {
    return { status: "unchecked" };
  },
};
