#!/usr/bin/env node
// Operator commands: create the first administrator, hand out a password-reset link without a
// mail server, bring the database schema up to date, fill an empty database with demo data or
// the state-scale data set for benchmarks, back up to one file and restore from it, export and
// import offers and indicator values. They open the same database as the server
// (the embedded one is locked while the server runs: stop it first, or use DATABASE_URL).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { systemAccess } from "./auth/access.js";
import { createAuth } from "./auth/auth.js";
import { PasswordSchema } from "./auth/password-policy.js";
import { resolveAuthSecret } from "./auth/secret.js";
import { openDatabase } from "./db/client.js";
import type { Database } from "./db/types.js";
import { migrateToLatest } from "./db/migrate.js";
import type { NrwGeodata } from "./demo/state-scale/index.js";
import { readEnv } from "./env.js";
import { createAccount } from "./repositories/account.js";
import { todayInBerlin } from "./trpc/context.js";

const usage = `Verwendung:
  praeventionskette create-admin --email E-MAIL --name NAME [--password-stdin]
  praeventionskette reset-link --email E-MAIL
  praeventionskette migrate
  praeventionskette seed [--scale demo|state|none]
  praeventionskette backup --file DATEI
  praeventionskette restore --file DATEI
  praeventionskette export-offers --format hsds|csv --file DATEI
  praeventionskette import-offers --file DATEI [--format csv|hsds] [--dry-run]
  praeventionskette export-observations --file DATEI
  praeventionskette import-observations --file DATEI [--dry-run]`;

const SCALES = ["demo", "state", "none"] as const;
type Scale = (typeof SCALES)[number];

const numbers = new Intl.NumberFormat("de-DE");

/** Progress on stderr, at most once a second per step and always when a step completes. */
function progressReporter(): (step: string, done: number, total: number) => void {
  let lastStep = "";
  let lastAt = 0;
  return (step, done, total) => {
    const now = Date.now();
    if (step === lastStep && now - lastAt < 1_000 && done < total) return;
    lastStep = step;
    lastAt = now;
    process.stderr.write(`${step} ${numbers.format(done)}${total > 0 ? ` / ${numbers.format(total)}` : ""}\n`);
  };
}

/** Fills an empty database: the Coesfeld demo, the NRW data set (with its geodata read beforehand), or nothing. */
async function seed(db: Kysely<Database>, scale: Scale, geodata: NrwGeodata | null): Promise<void> {
  const started = Date.now();
  if (scale === "none") {
    console.info("Es wurden keine Beispieldaten angelegt (--scale none); die Datenbank ist auf dem neuesten Stand.");
    return;
  }
  // The seed modules are large: loaded only here, so that the other commands start as fast as before.
  const { intoEmptyDatabase, seedStateScale } = await import("./demo/state-scale/index.js");
  const state = scale === "state" ? geodata : null;
  const summary = state
    ? await intoEmptyDatabase(db, (trx) => seedStateScale(trx, state, { onProgress: progressReporter() }))
    : await intoEmptyDatabase(db, async (trx) => (await import("./demo/index.js")).seedDemoData(trx));
  const seconds = ((Date.now() - started) / 1_000).toFixed(1).replace(".", ",");
  const counts = Object.entries(summary).map(([kind, count]) => `  ${kind}: ${numbers.format(count)}`);
  console.info(`${scale === "demo" ? "Demodaten (Kreis Coesfeld)" : "Landesdaten (NRW)"} in ${seconds} s angelegt:\n${counts.join("\n")}`);
}

async function readPassword(fromStdin: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: !fromStdin && process.stdin.isTTY });
  const password = await rl.question(fromStdin ? "" : "Passwort (mindestens 12 Zeichen): ");
  rl.close();
  return password.trim();
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      scale: { type: "string", default: "demo" },
      file: { type: "string" },
      format: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  const command = positionals[0];
  const scale = SCALES.find((s) => s === values.scale);
  if (command === "seed" && !scale) {
    console.error(`Unbekannte Größe „${values.scale}“: --scale demo, state oder none.\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const env = readEnv();
  // Read before the database is opened, so that missing files fail fast and touch nothing.
  const geodata = command === "seed" && scale === "state" ? (await import("./demo/state-scale/index.js")).readNrwGeodata(env.GEODATA_DIR) : null;
  const handle = await openDatabase(env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "embedded", dataDir: env.DATA_DIR });
  try {
    await migrateToLatest(handle.db);
    if (command === "migrate") {
      console.info("Die Datenbank ist auf dem neuesten Stand.");
    } else if (command === "seed" && scale) {
      await seed(handle.db, scale, geodata);
    } else if (command === "export-offers" && values.file && ["hsds", "csv"].includes(values.format ?? "hsds")) {
      const { exportOffersCsv, exportOffersHsds } = await import("./ops/offer-export.js");
      const today = todayInBerlin();
      if ((values.format ?? "hsds") === "hsds") {
        const services = await exportOffersHsds(handle.db, today);
        writeFileSync(values.file, `${JSON.stringify(services, null, 2)}\n`);
        console.info(`${numbers.format(services.length)} veröffentlichte Angebote als HSDS 3.0 geschrieben: ${values.file}`);
      } else {
        writeFileSync(values.file, await exportOffersCsv(handle.db, today));
        console.info(`Veröffentlichte Angebote als CSV geschrieben: ${values.file}`);
      }
    } else if (command === "import-offers" && values.file && (values.format === undefined || values.format === "csv" || values.format === "hsds")) {
      const { importOffers, offerFileFormat, offerFileText } = await import("./ops/offer-import.js");
      if (!existsSync(values.file)) throw new Error(`Die Datei ${values.file} gibt es nicht.`);
      const bytes = readFileSync(values.file);
      const format = values.format ?? offerFileFormat(bytes);
      const access = systemAccess(todayInBerlin(), "Kommandozeile (Import)");
      const result = await importOffers(handle.db, { format, text: offerFileText(bytes, format) }, access, { dryRun: values["dry-run"] ?? false });
      const where = format === "csv" ? "Zeile" : "Eintrag";
      for (const problem of result.problems) console.error(`${where} ${problem.line}${problem.column ? `, ${problem.column}` : ""}: ${problem.message}`);
      if (result.problems.length > 0) throw new Error(`${numbers.format(result.problems.length)} Probleme in ${numbers.format(result.rows)} Angeboten; es wurde nichts importiert.`);
      const verb = result.dryRun ? "würden" : "wurden";
      console.info(
        `${numbers.format(result.rows)} Angebote geprüft (${format === "csv" ? "CSV" : "HSDS 3.0"}): ${numbers.format(result.created)} ${verb} neu angelegt, ${numbers.format(result.updated)} ${verb} aktualisiert, ${numbers.format(result.unchanged)} unverändert${result.dryRun ? " (Probelauf, nichts geschrieben)" : ""}.`,
      );
    } else if (command === "export-observations" && values.file) {
      const { exportObservationsCsv } = await import("./ops/observation-csv.js");
      writeFileSync(values.file, await exportObservationsCsv(handle.db));
      console.info(`Kennzahlenwerte als CSV geschrieben (ungesperrt, nur für die Verwaltung): ${values.file}`);
    } else if (command === "import-observations" && values.file) {
      const { importObservationsCsv } = await import("./ops/observation-csv.js");
      if (!existsSync(values.file)) throw new Error(`Die Datei ${values.file} gibt es nicht.`);
      const result = await importObservationsCsv(handle.db, readFileSync(values.file), systemAccess(todayInBerlin(), "Kommandozeile (Import)"), { dryRun: values["dry-run"] ?? false });
      for (const problem of result.problems) console.error(`Zeile ${problem.line}${problem.column ? `, ${problem.column}` : ""}: ${problem.message}`);
      if (result.problems.length > 0) throw new Error(`${numbers.format(result.problems.length)} Probleme in ${numbers.format(result.rows)} Zeilen; es wurde nichts importiert.`);
      const verb = result.dryRun ? "würden" : "wurden";
      console.info(`${numbers.format(result.rows)} Zeilen geprüft: ${numbers.format(result.created)} Werte ${verb} neu angelegt, ${numbers.format(result.updated)} ${verb} aktualisiert${result.dryRun ? " (Probelauf, nichts geschrieben)" : ""}.`);
    } else if (command === "backup" && values.file) {
      const { backupToFile } = await import("./ops/backup.js");
      const counts = await backupToFile(handle.db, values.file, (table, rows) => process.stderr.write(`${table}: ${numbers.format(rows)} Zeilen\n`));
      const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
      console.info(`Sicherung geschrieben: ${values.file} (${numbers.format(total)} Zeilen aus ${Object.keys(counts).length} Tabellen).`);
    } else if (command === "restore" && values.file) {
      const { restoreFromFile } = await import("./ops/backup.js");
      if (!existsSync(values.file)) throw new Error(`Die Datei ${values.file} gibt es nicht.`);
      const counts = await restoreFromFile(handle.db, values.file, (table, rows) => process.stderr.write(`${table}: ${numbers.format(rows)} Zeilen\n`));
      const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
      console.info(`Sicherung zurückgespielt: ${numbers.format(total)} Zeilen in ${Object.keys(counts).length} Tabellen.`);
    } else if (command === "create-admin" && values.email && values.name) {
      const password = PasswordSchema.safeParse(await readPassword(values["password-stdin"] ?? false));
      if (!password.success) throw new Error(password.error.issues.map((issue) => issue.message).join(" "));
      const account = await createAccount(
        handle.db,
        { name: values.name, email: values.email, password: password.data, assignments: [{ role: "admin", territoryId: null, organisationId: null }] },
        systemAccess(todayInBerlin(), "Kommandozeile"),
      );
      console.info(`Administrationskonto für ${account.email} angelegt.`);
    } else if (command === "reset-link" && values.email) {
      const publicUrl = env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
      let link: string | null = null;
      const auth = createAuth({
        db: handle.db,
        baseURL: publicUrl,
        secret: resolveAuthSecret(env.AUTH_SECRET, env.DATABASE_URL ? null : env.DATA_DIR),
        oidc: null,
        rateLimit: false,
        deliverPasswordReset: async (_email, url) => {
          link = url;
        },
      });
      await auth.api.requestPasswordReset({ body: { email: values.email, redirectTo: "/" } });
      // Unknown addresses get no link, as on the sign-in page, but the operator is told.
      console.info(link ? `Einmal-Link (1 Stunde gültig): ${link}` : `Für ${values.email} gibt es kein Konto mit Passwort.`);
    } else {
      console.error(usage);
      process.exitCode = 2;
    }
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
