import { hallViteConfig } from "@hall/vite-config";

export default hallViteConfig({ base: "/appointments/", port: 5174 });
