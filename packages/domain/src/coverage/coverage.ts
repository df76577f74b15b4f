import type { Id } from "../shared/id.js";
import type { Offer } from "../offer/offer.js";
import type { LifePhase } from "../life-phase/life-phase.js";
import type { FieldOfAction } from "../field-of-action/field-of-action.js";
import type { Territory } from "../territory/territory.js";

/** The parts of an offer that coverage needs. */
export type CoverageOffer = Pick<Offer, "id" | "lifePhaseIds" | "fieldOfActionIds" | "territoryIds">;

/** What coverage is computed over; axes are given as records with ids, so stored records fit. */
export interface CoverageInput {
  /** The offers to count; filter them first (e.g. publicly visible ones) if that matters. */
  offers: readonly CoverageOffer[];
  /** First axis: life phases. */
  lifePhases: readonly Pick<LifePhase, "id">[];
  /** Second axis: fields of action. */
  fieldsOfAction: readonly Pick<FieldOfAction, "id">[];
  /** Third axis: the territories to report on; only these get cells. */
  territories: readonly Pick<Territory, "id">[];
}

/** One cell of the offer map: a life phase × field of action × territory and the offers in it. */
export interface CoverageCell {
  /** The life phase of the cell. */
  lifePhaseId: Id;
  /** The field of action of the cell. */
  fieldOfActionId: Id;
  /** The territory of the cell. */
  territoryId: Id;
  /** Offers that list this life phase, field of action and territory, in input order. */
  offerIds: Id[];
  /** Number of offers, `offerIds.length`. */
  count: number;
}

/** The offer map (Angebotslandkarte): every cell of the three axes. */
export interface Coverage {
  /** Cells ordered by life phase, then field of action, then territory, in input order. */
  cells: CoverageCell[];
}

/**
 * Computes the offer map: for every life phase × field of action × territory the offers that
 * explicitly list all three. Deliberately simple: territory matching uses only the ids on
 * the offer, so an offer for a whole town does not count for that town's social areas
 * (pass the ids an offer serves, or expand them with `descendantsOf` before calling).
 *
 * @example
 * computeCoverage({ offers, lifePhases, fieldsOfAction, territories }).cells.length; // 6 × 6 × 11 for Kreis Coesfeld's towns
 */
export function computeCoverage(input: CoverageInput): Coverage {
  const offersByKey = new Map<string, Id[]>();
  for (const offer of input.offers) {
    // Set: an offer with a repeated id in a list must count once
    for (const p of new Set(offer.lifePhaseIds)) {
      for (const f of new Set(offer.fieldOfActionIds)) {
        for (const t of new Set(offer.territoryIds)) {
          const key = cellKey(p, f, t);
          const list = offersByKey.get(key) ?? [];
          list.push(offer.id);
          offersByKey.set(key, list);
        }
      }
    }
  }
  const cells: CoverageCell[] = [];
  for (const { id: lifePhaseId } of input.lifePhases) {
    for (const { id: fieldOfActionId } of input.fieldsOfAction) {
      for (const { id: territoryId } of input.territories) {
        const offerIds = [...(offersByKey.get(cellKey(lifePhaseId, fieldOfActionId, territoryId)) ?? [])];
        cells.push({ lifePhaseId, fieldOfActionId, territoryId, offerIds, count: offerIds.length });
      }
    }
  }
  return { cells };
}

function cellKey(lifePhaseId: Id, fieldOfActionId: Id, territoryId: Id): string {
  return `${lifePhaseId}|${fieldOfActionId}|${territoryId}`;
}

/**
 * The gaps (Angebotslücken) of the offer map: cells without any offer.
 *
 * @example
 * findGaps(computeCoverage(input)).map((c) => [c.lifePhaseId, c.fieldOfActionId, c.territoryId]);
 */
export function findGaps(coverage: Coverage): CoverageCell[] {
  return coverage.cells.filter((c) => c.count === 0);
}

/** Key figures of an offer map. */
export interface CoverageSummary {
  /** Number of cells (life phases × fields of action × territories). */
  cells: number;
  /** Cells with at least one offer. */
  covered: number;
  /** Cells without an offer. */
  gaps: number;
  /** `covered / cells` between 0 and 1; 0 when there are no cells. */
  coverageRatio: number;
}

/**
 * Counts covered cells and gaps.
 *
 * @example
 * coverageSummary(coverage); // { cells: 36, covered: 27, gaps: 9, coverageRatio: 0.75 }
 */
export function coverageSummary(coverage: Coverage): CoverageSummary {
  const cells = coverage.cells.length;
  const gaps = findGaps(coverage).length;
  const covered = cells - gaps;
  return { cells, covered, gaps, coverageRatio: cells === 0 ? 0 : covered / cells };
}
