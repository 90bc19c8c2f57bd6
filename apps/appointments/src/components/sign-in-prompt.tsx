import { useT } from "@hall/ui";
import { Button, Empty } from "antd";
import { signInHref } from "./page-title.tsx";

/** For pages that need a citizen account: a sign-in button that comes back here. */
export function SignInPrompt({ hint }: { hint?: string }) {
  const t = useT();
  return (
    <Empty description={hint ?? t("appointments.signInHint")} style={{ padding: "32px 0" }}>
      <Button type="primary" href={signInHref()}>
        {t("appointments.signIn")}
      </Button>
    </Empty>
  );
}
