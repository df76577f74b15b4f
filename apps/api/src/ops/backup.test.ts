import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoData } from "../demo/index.js";
import { testDatabases } from "../test/databases.js";
import { backupToFile, restoreFromFile } from "./backup.js";

const dir = mkdtempSync(path.join(tmpdir(), "pk-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Row counts and an md5 over every table's rows in a stable order: equal means equal content. */
async function fingerprint(handle: DatabaseHandle): Promise<Record<string, string>> {
  const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely%' order by 1`.execute(handle.db);
  const result: Record<string, string> = {};
  for (const { name } of rows) {
    const { rows: [digest] } = await sql<{ n: string; md5: string | null }>`select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as md5 from ${sql.table(name)} t`.execute(handle.db);
    result[name] = `${digest?.n}:${digest?.md5 ?? "-"}`;
  }
  return result;
}

describe.each(testDatabases)("backup and restore on $name", (database) => {
  it("restores the demo data to an identical database, audit trail and accounts included", async () => {
    const source = await database.open();
    const target = await database.open();
    try {
      await seedDemoData(source.db);
      const file = path.join(dir, `${database.name}.backup.gz`);
      const written = await backupToFile(source.db, file);
      expect(written.offer).toBeGreaterThan(80);
      expect(written.audit_event).toBeGreaterThan(1000);
      const restored = await restoreFromFile(target.db, file);
      expect(restored).toEqual(Object.fromEntries(Object.entries(written).filter(([, n]) => n > 0)));
      expect(await fingerprint(target)).toEqual(await fingerprint(source));
      // The audit trail goes on after the restored entries, and full-text search works again.
      await sql`insert into audit_event (user_name, action, table_name, record_id) values ('Test', 'create', 'offer', 'x')`.execute(target.db);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from offer where search @@ plainto_tsquery('german', 'Hebammen')`.execute(target.db);
      expect(rows[0]?.n).toBeGreaterThan(0);

      // Not twice: a filled database is refused, and nothing changes.
      const before = await fingerprint(target);
      await expect(restoreFromFile(target.db, file)).rejects.toThrow("nicht leer");
      expect(await fingerprint(target)).toEqual(before);
    } finally {
      await source.close();
      await target.close();
    }
    // Seeds the demo, backs it up and restores it on two databases: a minute on a busy CI machine.
  }, 180_000);

  it("refuses a file that is no backup, and writes nothing", async () => {
    const target = await database.open();
    try {
      const file = path.join(dir, "kein-backup.gz");
      writeFileSync(file, "Hallo");
      await expect(restoreFromFile(target.db, file)).rejects.toThrow();
      expect((await target.db.selectFrom("territory").select("id").execute()).length).toBe(0);
    } finally {
      await target.close();
    }
  });
});
