import { type Kysely, sql } from "kysely";
import type { Database } from "../db/types.js";

/*
 * Feedback from the portal (Rückmeldungen zur Barrierefreiheit and to the content). The table
 * stands outside the typed Database interface on purpose: it is no aggregate (no versions, no
 * audit trail, never edited), so it must not become one of the aggregate tables that code
 * iterates over.
 */

/** What a visitor reports: a barrier, a mistake in the content, or anything else. */
export type FeedbackKind = "barrier" | "content" | "other";

/** One piece of feedback as stored. */
export interface Feedback {
  id: string;
  receivedAt: string;
  kind: FeedbackKind;
  /** The portal page it is about, as the visitor gave it (a path or address), if any. */
  page: string | null;
  message: string;
  /** An address for an answer, only if the visitor gave one. */
  replyTo: string | null;
  /** The portal language the form was sent in (a BCP 47 tag). */
  language: string;
}

/**
 * Stores one piece of feedback; returns its id.
 *
 * @example
 * await storeFeedback(db, { kind: "barrier", page: "/angebote", message: "Der Filter ist per Tastatur nicht erreichbar.", replyTo: null, language: "de" });
 */
export async function storeFeedback(db: Kysely<Database>, feedback: Omit<Feedback, "id" | "receivedAt">): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into feedback (kind, page, message, reply_to, language)
    values (${feedback.kind}, ${feedback.page}, ${feedback.message}, ${feedback.replyTo}, ${feedback.language})
    returning id`.execute(db);
  return rows[0]!.id;
}

/** How many pieces of feedback arrived since this instant (for the platform-wide limit). */
export async function countFeedbackSince(db: Kysely<Database>, since: Date): Promise<number> {
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from feedback where received_at >= ${since.toISOString()}::timestamptz`.execute(db);
  return rows[0]?.count ?? 0;
}

/**
 * A page of feedback, newest first, and how much there is in all.
 *
 * @example
 * const { items, total } = await listFeedback(db, { limit: 50, offset: 0 });
 */
export async function listFeedback(db: Kysely<Database>, paging: { limit: number; offset: number }): Promise<{ items: Feedback[]; total: number }> {
  const [{ rows }, { rows: counted }] = await Promise.all([
    sql<{ id: string; received_at: Date | string; kind: FeedbackKind; page: string | null; message: string; reply_to: string | null; language: string }>`
      select id, received_at, kind, page, message, reply_to, language from feedback
      order by received_at desc, id limit ${paging.limit} offset ${paging.offset}`.execute(db),
    sql<{ total: number }>`select count(*)::int as total from feedback`.execute(db),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      receivedAt: new Date(row.received_at).toISOString(),
      kind: row.kind,
      page: row.page,
      message: row.message,
      replyTo: row.reply_to,
      language: row.language,
    })),
    total: counted[0]?.total ?? 0,
  };
}
