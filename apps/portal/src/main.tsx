import { mountApp } from "@hall/app-kit";
import { App } from "./app.tsx";

mountApp(App);
