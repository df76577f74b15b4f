import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the platform's server under /reporting/, or from any static host (see README).
export default defineConfig({
  base: "/reporting/",
  plugins: [react()],
  build: { outDir: "dist", sourcemap: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { "/trpc": "http://127.0.0.1:3000", "/api": "http://127.0.0.1:3000" } },
});
