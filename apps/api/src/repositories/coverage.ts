import {
  type CoverageCell,
  type CoverageSummary,
  computeCoverage,
  configurationInForce,
  coverageSummary,
  type DuplicateGroup,
  findGaps,
  findLikelyDuplicates,
  type TerritoryKind,
  youthOfficesFor,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { NotFoundError } from "../errors.js";
import { allRecords, type AnySelect, readable } from "./aggregate.js";
import { fieldOfActionAggregate } from "./field-of-action.js";
import { lifePhaseAggregate } from "./life-phase.js";
import { offerAggregate } from "./offer.js";
import { sqlArray } from "./sql-values.js";
import { relatedTerritoryIds } from "./territory.js";

/** The offer map of an area, its gaps and likely duplicate structures. */
export interface CoverageAnalysis {
  territories: { id: string; name: string; kind: string }[];
  lifePhases: { id: string; code: string; name: { de: string; en: string } }[];
  fieldsOfAction: { id: string; code: string; name: { de: string; en: string } }[];
  cells: CoverageCell[];
  gaps: CoverageCell[];
  duplicates: DuplicateGroup[];
  summary: CoverageSummary;
}

/** A current territory as the analysis needs it: its place in the tree, its name and youth office. */
interface CoverageTerritory {
  id: string;
  name: string;
  kind: TerritoryKind;
  code: string | null;
  parentId: string | null;
  youthOfficeId: string | null;
}

/**
 * Every current territory, only the columns the analysis reads: at state scale (8,000
 * territories) whole records cost more to fetch and parse than the rest of the analysis.
 */
async function currentTerritories(db: Kysely<Database>): Promise<CoverageTerritory[]> {
  return (await db
    .selectFrom("territory")
    .select(["id", sql<string>`data->>'name'`.as("name"), "kind", "code", "parent_id as parentId", "youth_office_id as youthOfficeId"])
    .where("archived_at", "is", null)
    .execute()) as CoverageTerritory[];
}

/**
 * The domain's `descendantsOf` and `ancestorsOf` (same order: below level by level, above nearest
 * first) over maps built once: they build them on every call, which for the few hundred
 * territories an area's offers list, over 8,000 territories, took seconds.
 */
function territoryTree(territories: readonly CoverageTerritory[]) {
  const byId = new Map(territories.map((t) => [t.id, t]));
  const children = new Map<string, CoverageTerritory[]>();
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
  return { byId, below, above };
}

/** At most this many offers are analysed (more than any state holds). */
const MAX_OFFERS = 100_000;

/**
 * The offers published on `today` that the reader may list and that list the area, something
 * above it or below it, in creation order: only the fields coverage and duplicate detection
 * read, so that a county's thousands of offers are not fetched and parsed as whole records.
 */
async function publishedOffersAround(db: Kysely<Database>, areaId: string, today: string, access: Access) {
  const listed = await relatedTerritoryIds(db, areaId);
  const published = offerAggregate.publicRows?.(today) ?? sql<boolean>`true`;
  const query = readable(db.selectFrom("offer").where("archived_at", "is", null) as AnySelect, offerAggregate, access)
    .where(published)
    .where(sql<boolean>`territory_ids && ${sqlArray(listed, "uuid")}`)
    .select(["id", sql<string>`data->>'title'`.as("title"), "territory_ids", "life_phase_ids", "field_of_action_ids"])
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .limit(MAX_OFFERS);
  const rows = (await query.execute()) as { id: string; title: string; territory_ids: string[]; life_phase_ids: string[]; field_of_action_ids: string[] }[];
  return rows.map((row) => ({ id: row.id, title: row.title, territoryIds: row.territory_ids, lifePhaseIds: row.life_phase_ids, fieldOfActionIds: row.field_of_action_ids }));
}

/**
 * Coverage of published offers over life phase × field of action × the towns of an area (or
 * the social areas of a town), on the axes configured for the area's youth office. An offer serves the territories it lists, everything below them
 * (a county-wide offer serves every town) and the town of a listed social area.
 */
export async function analyseCoverage(
  db: Kysely<Database>,
  args: { territoryId: string; today: string },
  access: Access,
): Promise<CoverageAnalysis> {
  const territories = await currentTerritories(db);
  const area = territories.find((t) => t.id === args.territoryId);
  if (!area) throw new NotFoundError("Gebiet", args.territoryId);
  const axis = territories.filter((t) => t.parentId === area.id);
  const reported = axis.length > 0 ? axis : [area];

  const [lifePhases, fieldsOfAction, offers] = await Promise.all([
    allRecords(db, lifePhaseAggregate),
    allRecords(db, fieldOfActionAggregate),
    // Only offers listed for the area, something above it or below it can serve it.
    publishedOffersAround(db, area.id, args.today, access),
  ]);
  // Each listed territory's reach is worked out once: at state scale thousands of offers list
  // the same few hundred territories, and walking the tree per offer took minutes.
  const tree = territoryTree(territories);
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
  const offices = youthOfficesFor(territories, area.id);
  const activePhases = configurationInForce(lifePhases.filter((p) => p.archivedAt === null), offices, "replace").sort((a, b) => a.order - b.order);
  const activeFields = configurationInForce(fieldsOfAction.filter((f) => f.archivedAt === null), offices, "replace");
  const coverage = computeCoverage({ offers: served, lifePhases: activePhases, fieldsOfAction: activeFields, territories: reported });
  const reportedIds = new Set(reported.map((t) => t.id));
  return {
    territories: reported.map(({ id, name, kind }) => ({ id, name, kind })),
    lifePhases: activePhases.map(({ id, code, name }) => ({ id, code, name })),
    fieldsOfAction: activeFields.map(({ id, code, name }) => ({ id, code, name })),
    cells: coverage.cells,
    gaps: findGaps(coverage),
    duplicates: findLikelyDuplicates(served.filter((offer) => offer.territoryIds.some((id) => reportedIds.has(id)))),
    summary: coverageSummary(coverage),
  };
}
