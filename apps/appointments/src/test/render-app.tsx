import { render } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import { App } from "../app.tsx";
import { routes } from "../routes.tsx";

/** The whole app (AppFrame, providers, routes) at `path`, talking to whatever `fakeApi` set up. */
export function renderApp(path = "/") {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App router={router} />);
  return { ...view, router };
}
