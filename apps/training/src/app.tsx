import { createHallApp, WelcomePage } from "@hall/app-kit";
import "./messages.ts";

const FEATURES = ["training.feature1", "training.feature2", "training.feature3"];

export const App = createHallApp({
  key: "training",
  routes: [{ index: true, element: <WelcomePage title="training.title" features={FEATURES} /> }],
});
