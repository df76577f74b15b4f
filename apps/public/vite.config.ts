import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Two builds: the browser's (hydration, enhanced search) into dist/client with a manifest the
// server reads, and the server's (rendering, standalone process) into dist/server.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  build: isSsrBuild
    ? { outDir: "dist/server", emptyOutDir: true, rollupOptions: { input: { "entry-server": "src/entry-server.tsx", standalone: "src/server/standalone.ts" } } }
    : { outDir: "dist/client", emptyOutDir: true, manifest: true, sourcemap: true, rollupOptions: { input: "src/entry-client.tsx" } },
}));
