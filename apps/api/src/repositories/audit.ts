import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";

/** What happened to a record. */
export type AuditAction =
  | "create"
  | "update"
  | "archive"
  | "restore"
  | "delete"
  | "propose"
  | "approve"
  | "reject"
  | "withdraw"
  | "assignRole"
  | "revokeRole"
  | "createAccount"
  | "signIn"
  | "signOut";

/**
 * Appends one entry to the audit trail. Called inside the transaction of the write it
 * describes, so there is no write without its entry and no entry without its write.
 */
export async function recordAudit(
  db: Kysely<Database>,
  access: Access,
  event: { action: AuditAction; table: string; recordId: string; before: unknown; after: unknown },
): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      user_id: access.principal?.userId ?? null,
      user_name: access.editorName,
      action: event.action,
      table_name: event.table,
      record_id: event.recordId,
      before: event.before === null ? null : JSON.stringify(event.before),
      after: event.after === null ? null : JSON.stringify(event.after),
    })
    .execute();
}

/** Records a sign-in or sign-out, so that access to internal data is traceable too. */
export async function recordSessionEvent(db: Kysely<Database>, userId: string, action: "signIn" | "signOut"): Promise<void> {
  const user = await db.selectFrom("user").select("name").where("id", "=", userId).executeTakeFirst();
  await db
    .insertInto("audit_event")
    .values({ user_id: userId, user_name: user?.name ?? "Unbekannt", action, table_name: "session", record_id: userId, before: null, after: null })
    .execute();
}

/** Filters for reading the audit trail. */
export interface AuditQuery {
  table?: string;
  recordId?: string;
  userId?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** One entry of the audit trail as administrators read it. */
export interface AuditEntry {
  id: string;
  occurredAt: string;
  userId: string | null;
  userName: string;
  action: string;
  table: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

/** The audit trail, newest first, filtered. */
export async function listAudit(db: Kysely<Database>, query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom("audit_event");
  if (query.table) base = base.where("table_name", "=", query.table);
  if (query.recordId) base = base.where("record_id", "=", query.recordId);
  if (query.userId) base = base.where("user_id", "=", query.userId);
  if (query.action) base = base.where("action", "=", query.action);
  if (query.from) base = base.where("occurred_at", ">=", new Date(query.from));
  if (query.to) base = base.where("occurred_at", "<", sql<Date>`${query.to}::date + 1`);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("id", "desc").limit(query.limit).offset(query.offset).execute(),
    base.select(sql<string>`count(*)`.as("total")).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.total),
    items: rows.map((row) => ({
      id: String(row.id),
      occurredAt: new Date(row.occurred_at).toISOString(),
      userId: row.user_id,
      userName: row.user_name,
      action: row.action,
      table: row.table_name,
      recordId: row.record_id,
      before: row.before,
      after: row.after,
    })),
  };
}
