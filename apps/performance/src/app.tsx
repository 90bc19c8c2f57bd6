import { createHallApp, WelcomePage } from "@hall/app-kit";
import "./messages.ts";

const FEATURES = ["performance.feature1", "performance.feature2", "performance.feature3"];

export const App = createHallApp({
  key: "performance",
  routes: [{ index: true, element: <WelcomePage title="performance.title" features={FEATURES} /> }],
});
