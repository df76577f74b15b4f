import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 120_000,
    // Hooks pack, install and delete a consumer project; on a machine busy with other test
    // packages even deleting it took over vitest's default 10 s.
    hookTimeout: 120_000,
  },
});
