import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each test file opens its own PGlite instance (300–700 MB); two at a time fit any machine.
    maxWorkers: 2,
  },
});
