import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = path.resolve(fileURLToPath(import.meta.url), "../cli.ts");
const dataDir = mkdtempSync(path.join(tmpdir(), "pk-cli-"));
const seedDir = mkdtempSync(path.join(tmpdir(), "pk-cli-seed-"));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(seedDir, { recursive: true, force: true });
});

function run(args: string[], stdin = "", env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    input: stdin,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", DEMO_DATA: "false", ...env },
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the operator command line", () => {
  it("creates the first administrator and refuses a weak password", () => {
    const weak = run(["create-admin", "--email", "chef@kreis.example", "--name", "Chefin", "--password-stdin"], "kurz\n");
    expect(weak.status).toBe(1);
    expect(weak.output).toContain("mindestens 12 Zeichen");

    const created = run(["create-admin", "--email", "chef@kreis.example", "--name", "Chefin", "--password-stdin"], "Sehr-geheimes-Passwort-2026\n");
    expect(created.output).toContain("Administrationskonto für chef@kreis.example angelegt");
    expect(created.status).toBe(0);

    const twice = run(["create-admin", "--email", "chef@kreis.example", "--name", "Chefin", "--password-stdin"], "Sehr-geheimes-Passwort-2026\n");
    expect(twice.status).toBe(1);
    expect(twice.output).toContain("gibt es bereits");
  });

  it("prints a one-time reset link for an existing account, and says so when there is none", () => {
    const link = run(["reset-link", "--email", "chef@kreis.example"]);
    expect(link.status).toBe(0);
    expect(link.output).toMatch(/Einmal-Link \(1 Stunde gültig\): http:\/\/127\.0\.0\.1:3000\/api\/auth\/reset-password\/\S+/);
    const none = run(["reset-link", "--email", "niemand@kreis.example"]);
    expect(none.output).toContain("kein Konto");
  });

  it("explains its usage when called wrongly", () => {
    const wrong = run(["frobnicate"]);
    expect(wrong.status).toBe(2);
    expect(wrong.output).toContain("Verwendung");
    const scale = run(["seed", "--scale", "galaxy"]);
    expect(scale.status).toBe(2);
    expect(scale.output).toContain("--scale demo, state oder none");
  });

  it("says where it looked for the geodata of the state-scale seed, and how to set it", () => {
    const missing = path.join(seedDir, "keine-geodaten");
    const result = run(["seed", "--scale", "state"], "", { DATA_DIR: seedDir, GEODATA_DIR: missing });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`nicht gefunden in ${missing}`);
    expect(result.output).toContain("GEODATA_DIR");
  });

  it("seeds the demo data into an empty database only", { timeout: 120_000 }, () => {
    const demo = run(["seed", "--scale", "demo"], "", { DATA_DIR: seedDir });
    expect(demo.output).toContain("Demodaten (Kreis Coesfeld)");
    expect(demo.status).toBe(0);
    const again = run(["seed"], "", { DATA_DIR: seedDir });
    expect(again.status).toBe(1);
    expect(again.output).toContain("enthält bereits Gebiete");
  });
});
