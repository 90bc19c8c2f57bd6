import { hallViteConfig } from "@hall/vite-config";

export default hallViteConfig({ base: "/performance/", port: 5177 });
