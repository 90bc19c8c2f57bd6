import { useTRPC } from "@hall/api-client";
import { LoginForm, useT } from "@hall/ui";
import { useMutation } from "@tanstack/react-query";
import { Typography } from "antd";
import { useSearchParams } from "react-router";
import { safeNextPath } from "../next-path.ts";
import { AuthSwitchLink } from "./auth-links.tsx";

const DEMO_STAFF = "staff01…staff12";
const DEMO_CITIZENS = "13800000001…13800000005";
const DEMO_PASSWORD = "demo1234";

function DemoHint() {
  const t = useT();
  const code = (text: string) => (
    <Typography.Text code key={text}>
      {text}
    </Typography.Text>
  );
  return (
    <span data-testid="demo-hint">
      {t("portal.signIn.demoTitle")}
      <br />
      {t("portal.signIn.demoStaff")}{" "}
      {["admin", "chief", "leader", "trainer", "mentor", "inspector", DEMO_STAFF].map(code)}
      <br />
      {t("portal.signIn.demoCitizens")} {code(DEMO_CITIZENS)}
      <br />
      {t("portal.signIn.demoPassword")} {code(DEMO_PASSWORD)}
    </span>
  );
}

/** `/` for visitors: account or phone + password, then back to `?next=` (same-origin paths only) or home. */
export function SignInPage() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: () => window.location.assign(safeNextPath(params.get("next")) ?? "/"),
    }),
  );
  return (
    <div style={{ maxWidth: 420, margin: "24px auto 0" }}>
      <LoginForm
        onSubmit={(values) => login.mutate(values)}
        // Stay busy while the browser navigates away.
        submitting={login.isPending || login.isSuccess}
        error={login.error}
        demoHint={<DemoHint />}
      />
      <AuthSwitchLink to="register" />
    </div>
  );
}
