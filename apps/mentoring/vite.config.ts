import { hallViteConfig } from "@hall/vite-config";

export default hallViteConfig({ base: "/mentoring/", port: 5176 });
