import { waitFor } from "@testing-library/react";

/** The page's ErrorAlert (antd's message toast has role "alert" as well, so query by class). */
export function errorAlert(): Promise<HTMLElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>(".ant-alert-error");
    if (!el) throw new Error("no error alert on the page");
    return el;
  });
}
