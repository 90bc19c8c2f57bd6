import { hallViteConfig } from "@hall/vite-config";

export default hallViteConfig({ base: "/training/", port: 5175 });
