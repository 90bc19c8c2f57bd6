import { vitestPreset } from "@hall/vitest-config";

export default vitestPreset({}, { databases: true });
