import { componentTestConfig } from "@hall/vite-config";
import { vitestPreset } from "@hall/vitest-config";

export default vitestPreset(componentTestConfig());
