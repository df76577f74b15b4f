import {
  type CoverageCell,
  type CoverageSummary,
  computeCoverage,
  configurationInForce,
  coverageSummary,
  type DuplicateGroup,
  findGaps,
  findLikelyDuplicates,
  youthOfficesFor,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { LRUCache } from "lru-cache";
import type { Access } from "../auth/access.js";
import { changesSeen } from "../db/changes-seen.js";
import type { Database } from "../db/types.js";
import { NotFoundError } from "../errors.js";
import { allRecords, type AnySelect, readable } from "./aggregate.js";
import { fieldOfActionAggregate } from "./field-of-action.js";
import { lifePhaseAggregate } from "./life-phase.js";
import { offerAggregate } from "./offer.js";
import { type KeptTerritories, type KeptTerritory, keptTerritories, readTerritories } from "./report-territories.js";

/** The offer map of an area, its gaps and likely duplicate structures. */
export interface CoverageAnalysis {
  territories: { id: string; name: string; kind: string }[];
  lifePhases: { id: string; code: string; name: { de: string; en: string } }[];
  fieldsOfAction: { id: string; code: string; name: { de: string; en: string } }[];
  cells: CoverageCell[];
  gaps: CoverageCell[];
  /** Likely duplicate structures, each with its offers' titles in the order of `offerIds`. */
  duplicates: (DuplicateGroup & { titles: string[] })[];
  summary: CoverageSummary;
}

/** The territory table as analyses see it, built once per table read. */
interface TerritorySnapshot {
  /** The change count or the table's fingerprint the table was read under (see {@link fingerprintOf}). */
  fingerprint: string;
  /** Every territory, archived ones included (offers may still list them). */
  table: KeptTerritories;
  /** Current (not archived) territories. */
  current: KeptTerritory[];
  tree: ReturnType<typeof territoryTree>;
}

/** Count, versions and last change of the territory table: every write bumps a version. */
const territoryFingerprint = sql<string>`(select concat_ws(':', count(*), sum(version), max(updated_at)) from territory)`;

// Every analysis needs the whole tree (8,000 territories at state scale): built once per table
// read (kept with the reports' table, see report-territories.ts, or read under a fingerprint).
let snapshot: TerritorySnapshot | null = null;

/** The analysis's tree over `table`; kept for the next analysis unless read inside a transaction. */
function snapshotOf(db: Kysely<Database>, table: KeptTerritories, fingerprint: string): TerritorySnapshot {
  if (snapshot?.table === table && snapshot.fingerprint === fingerprint) return snapshot;
  const current = [...table.byId.values()].filter((territory) => !territory.archived);
  const built: TerritorySnapshot = { fingerprint, table, current, tree: territoryTree(current) };
  if (!db.isTransaction) snapshot = built;
  return built;
}

/**
 * The area, everything above it and everything below it, archived territories included: the
 * territories an offer that can serve the area lists (as `relatedTerritoryIds`, from the snapshot).
 */
function relatedIds({ table }: TerritorySnapshot, areaId: string): string[] {
  if (!table.byId.has(areaId)) return [];
  const ids = new Set<string>([areaId]);
  for (let parentId = table.byId.get(areaId)?.parentId ?? null; parentId !== null && table.byId.has(parentId) && !ids.has(parentId); parentId = table.byId.get(parentId)?.parentId ?? null) {
    ids.add(parentId);
  }
  const below = new Set<string>([areaId]);
  const queue = [areaId];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const { id: child } of table.childrenOf.get(next) ?? []) {
      if (below.has(child)) continue;
      below.add(child);
      ids.add(child);
      queue.push(child);
    }
  }
  return [...ids];
}

/**
 * The domain's `descendantsOf` and `ancestorsOf` (same order: below level by level, above nearest
 * first) over maps built once: they build them on every call, which for the few hundred
 * territories an area's offers list, over 8,000 territories, took seconds.
 */
function territoryTree(territories: readonly KeptTerritory[]) {
  const byId = new Map(territories.map((t) => [t.id, t]));
  const children = new Map<string, KeptTerritory[]>();
  for (const t of territories) if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
  const below = (id: string): string[] => {
    const result: string[] = [];
    const seen = new Set([id]);
    const queue = [id];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const child of children.get(next) ?? []) {
        if (seen.has(child.id)) continue;
        seen.add(child.id);
        result.push(child.id);
        queue.push(child.id);
      }
    }
    return result;
  };
  const above = (id: string): string[] => {
    const result: string[] = [];
    const seen = new Set([id]);
    for (let parentId = byId.get(id)?.parentId ?? null; parentId !== null && !seen.has(parentId); parentId = byId.get(parentId)?.parentId ?? null) {
      if (!byId.has(parentId)) break;
      result.push(parentId);
      seen.add(parentId);
    }
    return result;
  };
  return { byId, children, below, above };
}

/**
 * The territories around an area as an array the planner cannot look into: given the few hundred
 * ids themselves it expects a tenth of all offers to list one and reads the whole offer table,
 * where the GIN index on `territory_ids` finds the county's offers in a fraction of the time.
 * One array literal rather than a parameter per id: planning a statement with hundreds of
 * parameters took longer than running it.
 */
const aroundArea = (listed: readonly string[]) => sql<string[]>`(select array_agg(id) from unnest(${`{${listed.join(",")}}`}::uuid[]) as listed(id))`;

/** At most this many offers are analysed (more than any state holds). */
const MAX_OFFERS = 100_000;

/**
 * The offers published on `today` that the reader may list and that list one of these
 * territories (the area, something above it or below it), in creation order: only the fields
 * coverage and duplicate detection read, so that a county's thousands of offers are not fetched
 * and parsed as whole records.
 */
async function publishedOffersListing(db: Kysely<Database>, listed: readonly string[], today: string, access: Access) {
  const published = offerAggregate.publicRows?.(today) ?? sql<boolean>`true`;
  const query = readable(db.selectFrom("offer").where("archived_at", "is", null) as AnySelect, offerAggregate, access)
    .where(published)
    .where(sql<boolean>`territory_ids && ${aroundArea(listed)}`)
    .select(["id", sql<string>`data->>'title'`.as("title"), "territory_ids", "life_phase_ids", "field_of_action_ids"])
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .limit(MAX_OFFERS);
  const rows = (await query.execute()) as { id: string; title: string; territory_ids: string[]; life_phase_ids: string[]; field_of_action_ids: string[] }[];
  return rows.map((row) => ({ id: row.id, title: row.title, territoryIds: row.territory_ids, lifePhaseIds: row.life_phase_ids, fieldOfActionIds: row.field_of_action_ids }));
}

// An area's analysis reads a county's thousands of offers and compares their titles, and is the
// same for every reader who sees the same offers, until an offer around the area, the territory
// tree or the axes change. So it is kept, bounded by the offer ids it holds, and checked on every
// use against the changes reported for the database, or where nothing reports them against a
// fingerprint of those inputs (as the public tables of report-public-tables.ts): a change by any
// process sharing the database shows as soon as it is reported.
const analyses = new LRUCache<string, { fingerprint: string; analysis: CoverageAnalysis }>({
  maxSize: 2_000_000,
  sizeCalculation: ({ analysis }) =>
    Math.max(1, analysis.cells.reduce((sum, cell) => sum + cell.count, 0) + analysis.duplicates.reduce((sum, group) => sum + group.offerIds.length, 0)),
});
// Readers arriving while an analysis is computed wait for it instead of starting their own.
const computing = new Map<string, Promise<CoverageAnalysis>>();

/**
 * What an area's analysis depends on: where the database's changes are reported, their count
 * (see changes-seen.ts); else, in one round trip, the territory table (tree, names, youth
 * offices), the life phases and fields of action (the axes), and every offer, archived or not,
 * that lists one of the territories around the area (how many, their ids, versions and last
 * change: every write bumps a version). Whether an offer is published is decided by its own
 * fields and the day, which is part of the key. The territories around the area come from the
 * snapshot: when the territory table changed meanwhile, the snapshot is read again and so is
 * the fingerprint.
 */
async function fingerprintOf(db: Kysely<Database>, areaId: string): Promise<{ fingerprint: string; territories: TerritorySnapshot; listed: string[] }> {
  const seen = changesSeen(db);
  const kept = keptTerritories(db);
  if (seen !== null && kept !== null) {
    const territories = snapshotOf(db, await kept, seen);
    return { fingerprint: seen, territories, listed: relatedIds(territories, areaId) };
  }
  for (let known = snapshot && !db.isTransaction ? snapshot : null; ; ) {
    const listed = known ? relatedIds(known, areaId) : [];
    const { rows } = await sql<{ territories: string; rest: string }>`
      select ${territoryFingerprint} as territories, concat_ws('|',
        (select concat_ws(':', count(*), sum(version), max(updated_at)) from life_phase),
        (select concat_ws(':', count(*), sum(version), max(updated_at)) from field_of_action),
        (select concat_ws(':', count(*), sum(version), sum(hashtext(id::text)), max(updated_at))
          from offer where territory_ids && ${aroundArea(listed)})
      ) as rest`.execute(db);
    const { territories = "", rest = "" } = rows[0] ?? {};
    if (known && known.fingerprint === territories) return { fingerprint: `${territories}|${rest}`, territories: known, listed };
    // Read after the fingerprint: the snapshot is never older than the fingerprint it is kept under.
    known = snapshotOf(db, await readTerritories(db), territories);
  }
}

/** The parts of a reader's access that decide which offers the analysis counts (see `readable`). */
const offerViewOf = (access: Access) => JSON.stringify([access.readable.all, access.readable.territoryIds, access.organisationIds, access.today]);

/**
 * Coverage of published offers over life phase × field of action × the towns of an area (or
 * the social areas of a town), on the axes configured for the area's youth office. An offer serves the territories it lists, everything below them
 * (a county-wide offer serves every town) and the town of a listed social area.
 * Kept between requests while nothing it depends on changes ({@link fingerprintOf}); the answer
 * is shared, so callers must not change it.
 */
export async function analyseCoverage(
  db: Kysely<Database>,
  args: { territoryId: string; today: string },
  access: Access,
): Promise<CoverageAnalysis> {
  // Read before the analysis: a kept analysis is never older than the fingerprint it is kept under.
  const { fingerprint, territories, listed } = await fingerprintOf(db, args.territoryId);
  // Inside a transaction the offers may hold changes nobody else sees yet: computed for this caller only.
  if (db.isTransaction) return computeAnalysis(db, args, access, territories, listed);
  const key = `${args.territoryId}|${args.today}|${offerViewOf(access)}`;
  const kept = analyses.get(key);
  if (kept && kept.fingerprint === fingerprint) return kept.analysis;
  const flightKey = `${key}|${fingerprint}`;
  let pending = computing.get(flightKey);
  if (!pending) {
    pending = computeAnalysis(db, args, access, territories, listed).finally(() => computing.delete(flightKey));
    computing.set(flightKey, pending);
    analyses.set(key, { fingerprint, analysis: await pending });
  }
  return pending;
}

async function computeAnalysis(
  db: Kysely<Database>,
  args: { territoryId: string; today: string },
  access: Access,
  territories: TerritorySnapshot,
  listed: readonly string[],
): Promise<CoverageAnalysis> {
  const { tree } = territories;
  const area = tree.byId.get(args.territoryId);
  if (!area) throw new NotFoundError("Gebiet", args.territoryId);
  const axis = tree.children.get(area.id) ?? [];
  const reported = axis.length > 0 ? axis : [area];

  const [lifePhases, fieldsOfAction, offers] = await Promise.all([
    allRecords(db, lifePhaseAggregate),
    allRecords(db, fieldOfActionAggregate),
    // Only offers listed for the area, something above it or below it can serve it.
    publishedOffersListing(db, listed, args.today, access),
  ]);
  // Each listed territory's reach is worked out once: at state scale thousands of offers list
  // the same few hundred territories, and walking the tree per offer took minutes.
  const reach = new Map<string, string[]>();
  const reachOf = (id: string): string[] => {
    let ids = reach.get(id);
    if (!ids) {
      ids = [id, ...tree.below(id)];
      if (tree.byId.get(id)?.kind === "socialArea") ids.push(...tree.above(id));
      reach.set(id, ids);
    }
    return ids;
  };
  const served = offers.map((offer) => ({ ...offer, territoryIds: [...new Set(offer.territoryIds.flatMap(reachOf))] }));

  // The axes are the life phases and fields of action in force for the area's youth office.
  const offices = youthOfficesFor(territories.current, area.id);
  const activePhases = configurationInForce(lifePhases.filter((p) => p.archivedAt === null), offices, "replace").sort((a, b) => a.order - b.order);
  const activeFields = configurationInForce(fieldsOfAction.filter((f) => f.archivedAt === null), offices, "replace");
  const reportedIds = new Set(reported.map((t) => t.id));
  // Cells exist only for the reported territories: the rest of an offer's reach (a county-wide
  // offer reaches hundreds of social areas) would only be walked through and thrown away.
  const onTheAxis = served.map((offer) => ({ ...offer, territoryIds: offer.territoryIds.filter((id) => reportedIds.has(id)) }));
  const coverage = computeCoverage({ offers: onTheAxis, lifePhases: activePhases, fieldsOfAction: activeFields, territories: reported });
  const titleOf = new Map(offers.map((offer) => [offer.id, offer.title]));
  return {
    territories: reported.map(({ id, name, kind }) => ({ id, name, kind })),
    lifePhases: activePhases.map(({ id, code, name }) => ({ id, code, name })),
    fieldsOfAction: activeFields.map(({ id, code, name }) => ({ id, code, name })),
    cells: coverage.cells,
    gaps: findGaps(coverage),
    duplicates: findLikelyDuplicates(served.filter((offer) => offer.territoryIds.some((id) => reportedIds.has(id)))).map((group) => ({
      ...group,
      titles: group.offerIds.map((id) => titleOf.get(id) ?? ""),
    })),
    summary: coverageSummary(coverage),
  };
}
