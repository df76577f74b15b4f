import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Packs the package as it would be published, installs the tarball into an empty folder and
// uses it from plain Node ESM and from type-checked TypeScript, the way a consumer would.
const packageDir = path.resolve(fileURLToPath(import.meta.url), "../..");
const tsc = path.resolve(packageDir, "../../node_modules/typescript/bin/tsc");
const consumer = mkdtempSync(path.join(tmpdir(), "domain-consumer-"));

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", consumer], packageDir)) as [
    { filename: string; files: { path: string }[] },
  ];
  writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", path.join(consumer, packed.filename)], consumer);
}, 180_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe("the packed domain package", () => {
  it("ships the build output with its source (so declaration maps resolve), no tests, zod as a peer", () => {
    const manifest = JSON.parse(
      readFileSync(path.join(consumer, "node_modules/@praeventionskette/domain/package.json"), "utf8"),
    ) as { dependencies?: Record<string, string>; peerDependencies: Record<string, string> };
    expect(manifest.dependencies).toBeUndefined();
    expect(Object.keys(manifest.peerDependencies)).toEqual(["zod"]);
    const files = run("npm", ["pack", "--dry-run", "--json"], packageDir);
    const paths = (JSON.parse(files) as [{ files: { path: string }[] }])[0].files.map((file) => file.path);
    expect(paths).toContain("dist/index.js");
    expect(paths).toContain("dist/index.d.ts");
    expect(paths).toContain("README.md");
    expect(paths).toContain("src/index.ts");
    expect(paths.some((file) => file.includes(".test."))).toBe(false);
    // Every declaration map points at a source file that is in the package.
    const maps = paths.filter((file) => file.endsWith(".d.ts.map"));
    expect(maps.length).toBeGreaterThan(10);
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(path.join(packageDir, map), "utf8")) as { sources: string[] };
      for (const source of sources) expect(paths).toContain(path.posix.join(path.posix.dirname(map), source));
    }
  });

  it("imports from plain Node ESM", () => {
    writeFileSync(
      path.join(consumer, "use.mjs"),
      `import { computeGrant, defaultLifePhases, lifePhasesForAge, OfferStatusSchema } from "@praeventionskette/domain";
const grant = computeGrant({ eligibleCostsCents: 4375000, fundingRate: 0.8, maxGrantCents: 3500000 });
const phases = defaultLifePhases.map((phase, index) => ({ ...phase, id: crypto.randomUUID(), order: index }));
console.log(JSON.stringify({ grant, phases: lifePhasesForAge(phases, 48).map((p) => p.code), status: OfferStatusSchema.safeParse("active").success }));
`,
    );
    const output = JSON.parse(run("node", ["use.mjs"], consumer)) as { grant: number; phases: string[]; status: boolean };
    expect(output.grant).toBe(3_500_000);
    expect(output.phases.length).toBeGreaterThan(0);
    expect(output.status).toBe(true);
  });

  it("runs the README's usage example as written", () => {
    const readme = readFileSync(path.join(packageDir, "README.md"), "utf8");
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(path.join(consumer, "readme.mjs"), example ?? "");
    const lines = run("node", ["readme.mjs"], consumer).trim().split("\n");
    expect(lines).toEqual([
      "[ 'Kita-Alter (Ü3)' ]",
      "3500000",
      expect.stringMatching(/^\[ 'title' \] .+/),
      "onTrack",
      "true",
    ]);
  });

  it("type-checks from TypeScript, and rejects misuse", () => {
    writeFileSync(
      path.join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false },
        files: ["use.ts"],
      }),
    );
    writeFileSync(
      path.join(consumer, "use.ts"),
      `import { computeGrant, OfferInputSchema, type Offer } from "@praeventionskette/domain";
const grant: number = computeGrant({ eligibleCostsCents: 100, fundingRate: 0.5, maxGrantCents: null });
const parsed = OfferInputSchema.safeParse({});
const title: string | undefined = parsed.success ? parsed.data.title : undefined;
// @ts-expect-error an offer's id is a string, not a number
const wrong: Offer["id"] = 42;
export { grant, title, wrong };
`,
    );
    expect(() => run("node", [tsc, "-p", "."], consumer)).not.toThrow();

    writeFileSync(path.join(consumer, "use.ts"), `import { computeGrant } from "@praeventionskette/domain";\ncomputeGrant("all of it");\n`);
    expect(() => run("node", [tsc, "-p", "."], consumer)).toThrow();
  });
});
