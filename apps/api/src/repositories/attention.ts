import { type Label, periodEndYear } from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { goalAggregate } from "./goal.js";
import { listRecords } from "./aggregate.js";
import { meetingAggregate } from "./governance.js";
import { listProposals } from "./offer-proposal.js";
import { sqlArray } from "./sql-values.js";

/** How many entries each group of the start page lists; the rest is counted. */
const SHOWN = 5;
/** Upcoming meetings: the next 60 days. */
const MEETING_HORIZON_DAYS = 60;

/** One thing that needs attention, with what the start page links to. */
export interface AttentionItem {
  id: string;
  /** Offers, meetings and goals have German titles; indicators a name in German and English. */
  title: string | Label;
  /** The date that makes it urgent (last change, meeting day, target date), ISO. */
  date: string | null;
}

/** A group of the start page: the first few entries and how many there are. */
export interface AttentionGroup {
  items: AttentionItem[];
  total: number;
}

/** What needs the signed-in person's attention, within the territories they may change. */
export interface Attention {
  proposals: AttentionGroup;
  staleOffers: AttentionGroup;
  indicatorsWithoutLatestData: AttentionGroup & { expectedYear: number };
  upcomingMeetings: AttentionGroup;
  overdueGoals: AttentionGroup;
}

function group(items: AttentionItem[], total = items.length): AttentionGroup {
  return { items: items.slice(0, SHOWN), total };
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function staleOffers(db: Kysely<Database>, access: Access): Promise<AttentionGroup> {
  const yearAgo = addDays(access.today, -365);
  let query = db.selectFrom("offer").where("archived_at", "is", null).where("status", "=", "active").where(sql<boolean>`updated_at < ${yearAgo}::date`);
  if (!access.writable.all) query = query.where(sql<boolean>`territory_ids && ${sqlArray(access.writable.territoryIds, "uuid")}`);
  const [rows, count] = await Promise.all([
    query.select(["id", sql<string>`data->>'title'`.as("title"), "updated_at"]).orderBy("updated_at", "asc").limit(SHOWN).execute(),
    query.select(sql<string>`count(*)`.as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((row) => ({ id: row.id, title: row.title, date: new Date(row.updated_at).toISOString().slice(0, 10) })), total: Number(count.total) };
}

/**
 * Indicators whose newest value is older than last year: data for the year before the current
 * one is what a report of this year would show.
 */
async function indicatorsWithoutLatestData(db: Kysely<Database>, access: Access): Promise<Attention["indicatorsWithoutLatestData"]> {
  const expectedYear = Number(access.today.slice(0, 4)) - 1;
  let observations = db.selectFrom("observation").where("archived_at", "is", null);
  if (!access.readable.all) observations = observations.where("territory_id", "=", sql<string>`any(${sqlArray(access.readable.territoryIds, "uuid")})`);
  const latest = await observations.select(["indicator_id", sql<string[]>`array_agg(distinct period)`.as("periods")]).groupBy("indicator_id").execute();
  const latestYear = new Map(latest.map((row) => [row.indicator_id, Math.max(...row.periods.map(periodEndYear))]));
  const indicators = await db
    .selectFrom("indicator")
    .select(["id", sql<Label>`data->'name'`.as("name")])
    .where("archived_at", "is", null)
    .orderBy(sql`data->'name'->>'de'`)
    .execute();
  const lagging = indicators
    .filter((indicator) => (latestYear.get(indicator.id) ?? 0) < expectedYear)
    .map((indicator) => ({ id: indicator.id, title: indicator.name, date: latestYear.has(indicator.id) ? String(latestYear.get(indicator.id)) : null }));
  return { ...group(lagging), expectedYear };
}

async function upcomingMeetings(db: Kysely<Database>, access: Access): Promise<AttentionGroup> {
  const until = addDays(access.today, MEETING_HORIZON_DAYS);
  const page = await listRecords(db, meetingAggregate, { limit: 200, offset: 0, includeArchived: false }, access, (query) =>
    query.where(sql<boolean>`data->>'date' between ${access.today} and ${until}`).where(sql<boolean>`data->>'status' = 'planned'`),
  );
  const items = page.items.map((meeting) => ({ id: meeting.id, title: meeting.title, date: meeting.date })).sort((a, b) => a.date.localeCompare(b.date));
  return group(items, page.total);
}

async function overdueGoals(db: Kysely<Database>, access: Access): Promise<AttentionGroup> {
  const page = await listRecords(db, goalAggregate, { limit: 200, offset: 0, includeArchived: false }, access, (query) =>
    query.where(sql<boolean>`data->'target'->>'date' < ${access.today}`).where(sql<boolean>`data->>'status' in ('planned', 'inProgress')`),
  );
  const items = page.items.map((goal) => ({ id: goal.id, title: goal.title, date: goal.target?.date ?? null })).sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  return group(items, page.total);
}

/**
 * The start page of the admin app: proposals awaiting review, offers not updated for a year,
 * indicators without data for last year, meetings of the next 60 days and goals past their
 * target date; each group within what the person may read or change.
 */
export async function attentionFor(db: Kysely<Database>, access: Access): Promise<Attention> {
  const [proposals, offers, indicators, meetings, goals] = await Promise.all([
    listProposals(db, { status: "pending", limit: SHOWN, offset: 0 }, access),
    staleOffers(db, access),
    indicatorsWithoutLatestData(db, access),
    upcomingMeetings(db, access),
    overdueGoals(db, access),
  ]);
  return {
    proposals: { items: proposals.items.map((p) => ({ id: p.id, title: p.data.title, date: p.proposedAt.slice(0, 10) })), total: proposals.total },
    staleOffers: offers,
    indicatorsWithoutLatestData: indicators,
    upcomingMeetings: meetings,
    overdueGoals: goals,
  };
}
