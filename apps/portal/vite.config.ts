import { hallViteConfig } from "@hall/vite-config";

export default hallViteConfig({ base: "/", port: 5173 });
