import { createHallApp, WelcomePage } from "@hall/app-kit";
import "./messages.ts";

const FEATURES = ["mentoring.feature1", "mentoring.feature2", "mentoring.feature3"];

export const App = createHallApp({
  key: "mentoring",
  routes: [{ index: true, element: <WelcomePage title="mentoring.title" features={FEATURES} /> }],
});
