import {
  ancestorsOf,
  type CoverageCell,
  type CoverageSummary,
  computeCoverage,
  configurationInForce,
  coverageSummary,
  type DuplicateGroup,
  descendantsOf,
  findGaps,
  findLikelyDuplicates,
  youthOfficesFor,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { NotFoundError } from "../errors.js";
import { allRecords } from "./aggregate.js";
import { fieldOfActionAggregate } from "./field-of-action.js";
import { lifePhaseAggregate } from "./life-phase.js";
import { searchOffers } from "./offer.js";
import { territoryAggregate } from "./territory.js";

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
  const territories = (await allRecords(db, territoryAggregate)).filter((t) => t.archivedAt === null);
  const area = territories.find((t) => t.id === args.territoryId);
  if (!area) throw new NotFoundError("Gebiet", args.territoryId);
  const axis = territories.filter((t) => t.parentId === area.id);
  const reported = axis.length > 0 ? axis : [area];

  const [lifePhases, fieldsOfAction, offers] = await Promise.all([
    allRecords(db, lifePhaseAggregate),
    allRecords(db, fieldOfActionAggregate),
    // Only offers listed for the area, something above it or below it can serve it.
    searchOffers(db, { publishedOn: args.today, territoryId: area.id, limit: 100_000, offset: 0 }, access),
  ]);
  // Each listed territory's reach is worked out once: at state scale thousands of offers list
  // the same few hundred territories, and walking the tree per offer took minutes.
  const byId = new Map(territories.map((t) => [t.id, t]));
  const reach = new Map<string, string[]>();
  const reachOf = (id: string): string[] => {
    let ids = reach.get(id);
    if (!ids) {
      ids = [id, ...descendantsOf(territories, id).map((t) => t.id)];
      if (byId.get(id)?.kind === "socialArea") ids.push(...ancestorsOf(territories, id).map((t) => t.id));
      reach.set(id, ids);
    }
    return ids;
  };
  const served = offers.items.map((offer) => ({ ...offer, territoryIds: [...new Set(offer.territoryIds.flatMap(reachOf))] }));

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
