#!/usr/bin/env node
// Operator commands: create the first administrator, hand out a password-reset link without a
// mail server, bring the database schema up to date. They open the same database as the server
// (the embedded one is locked while the server runs: stop it first, or use DATABASE_URL).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { systemAccess } from "./auth/access.js";
import { createAuth } from "./auth/auth.js";
import { PasswordSchema } from "./auth/password-policy.js";
import { resolveAuthSecret } from "./auth/secret.js";
import { openDatabase } from "./db/client.js";
import { migrateToLatest } from "./db/migrate.js";
import { readEnv } from "./env.js";
import { createAccount } from "./repositories/account.js";
import { todayInBerlin } from "./trpc/context.js";

const usage = `Verwendung:
  praeventionskette create-admin --email E-MAIL --name NAME [--password-stdin]
  praeventionskette reset-link --email E-MAIL
  praeventionskette migrate`;

async function readPassword(fromStdin: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: !fromStdin && process.stdin.isTTY });
  const password = await rl.question(fromStdin ? "" : "Passwort (mindestens 12 Zeichen): ");
  rl.close();
  return password.trim();
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false } },
  });
  const command = positionals[0];
  const env = readEnv();
  const handle = await openDatabase(env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "embedded", dataDir: env.DATA_DIR });
  try {
    await migrateToLatest(handle.db);
    if (command === "migrate") {
      console.info("Die Datenbank ist auf dem neuesten Stand.");
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
