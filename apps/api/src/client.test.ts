import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The apps' view of the API, checked as an app sees it: from a package beside the apps,
// through the package's export map (the build in dist/ is what the export map points to).
const repoRoot = path.resolve(fileURLToPath(import.meta.url), "../../../..");
const consumer = mkdtempSync(path.join(repoRoot, "node_modules", ".pk-client-consumer-"));
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe("@praeventionskette/api/client", () => {
  it("gives an app the router's types", () => {
    mkdirSync(consumer, { recursive: true });
    writeFileSync(
      path.join(consumer, "app.ts"),
      [
        'import type { AppRouter, RouterInputs, RouterOutputs } from "@praeventionskette/api/client";',
        'export const search: RouterInputs["offer"]["search"] = { text: "Hebamme", limit: 20 };',
        'type Features = RouterOutputs["territory"]["boundaries"]["features"];',
        'export const first = (features: Features) => features[0]?.properties.code;',
        'export type Router = AppRouter;',
        "// @ts-expect-error: there is no such procedure",
        'export type Missing = RouterOutputs["offer"]["nothing"];',
        "",
      ].join("\n"),
    );
    writeFileSync(
      path.join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", noEmit: true, skipLibCheck: true, types: [] }, files: ["app.ts"] }),
    );
    const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", consumer], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("cannot be imported at run time, so no server code reaches an app", () => {
    const attempt = () =>
      execFileSync(process.execPath, ["--input-type=module", "-e", 'await import("@praeventionskette/api/client")'], { cwd: consumer, encoding: "utf8", stdio: "pipe" });
    expect(attempt).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED|No "exports" main defined|not defined by "exports"/);
  });
});
