import { renderApp as renderHallApp } from "@hall/app-kit/testing";
import { App } from "../app.tsx";

/** The whole app (AppFrame, providers, routes) at `path`, talking to whatever `fakeApi` set up. */
export function renderApp(path = "/") {
  return renderHallApp(App, path);
}
