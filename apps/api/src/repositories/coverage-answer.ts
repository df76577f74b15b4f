import type { CoverageSummary } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Access } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { analyseCoverage, type CoverageAnalysis } from "./coverage.js";

/** Offers counted per territory: territory id → number of offers (0: a gap there). */
export type OffersIn = Record<string, number>;

/** One life phase × field of action of the offer map, over the reported territories. */
export interface CoverageAnswerCell {
  lifePhaseId: string;
  fieldOfActionId: string;
  /** Distinct offers in the cell over all reported territories: an offer serving several of them counts once. */
  offers: number;
  /** Offers in the cell per reported territory. */
  offersIn: OffersIn;
  /** Groups of likely duplicate offers sharing this life phase and field of action. */
  duplicates: number;
}

/**
 * The offer map of an area as the reporting app shows it: counts where the analysis lists offer
 * ids. At state scale a county's analysis with every cell's and duplicate group's ids was 690 KB
 * of JSON, sent for a table of numbers and a list of sentences.
 */
export interface CoverageAnswer {
  territories: CoverageAnalysis["territories"];
  lifePhases: (CoverageAnalysis["lifePhases"][number] & {
    /** Distinct offers of the life phase per reported territory, over all fields of action (a territory's profile). */
    offersIn: OffersIn;
  })[];
  fieldsOfAction: CoverageAnalysis["fieldsOfAction"];
  /** One per life phase × field of action, in the order of the axes. */
  cells: CoverageAnswerCell[];
  /**
   * Likely duplicate structures: the titles of their offers and the highest title similarity of
   * a pair (0–1), from which the app says in the reader's language why they were grouped (the
   * domain's German `reason`, without repeating its sentence for each of a county's hundreds of groups).
   */
  duplicates: { titles: string[]; similarity: number }[];
  summary: CoverageSummary;
}

/** The distinct number of offers in each group of cells, by the key each cell is grouped under. */
function distinctOffers(analysis: CoverageAnalysis, keyOf: (cell: CoverageAnalysis["cells"][number]) => string): Map<string, number> {
  const offers = new Map<string, Set<string>>();
  for (const cell of analysis.cells) {
    const key = keyOf(cell);
    let ids = offers.get(key);
    if (!ids) offers.set(key, (ids = new Set()));
    for (const id of cell.offerIds) ids.add(id);
  }
  return new Map([...offers].map(([key, ids]) => [key, ids.size]));
}

/**
 * Maps the analysis to the answer the apps read; see {@link CoverageAnswer}.
 *
 * @example
 * const answer = coverageAnswer(await analyseCoverage(db, { territoryId, today }, access));
 * answer.cells.map((cell) => [cell.lifePhaseId, cell.fieldOfActionId, cell.offers]);
 */
export function coverageAnswer(analysis: CoverageAnalysis): CoverageAnswer {
  const inCell = distinctOffers(analysis, (cell) => `${cell.lifePhaseId}|${cell.fieldOfActionId}`);
  const inPhase = distinctOffers(analysis, (cell) => `${cell.lifePhaseId}|${cell.territoryId}`);
  const countsIn = new Map<string, OffersIn>();
  for (const cell of analysis.cells) {
    const key = `${cell.lifePhaseId}|${cell.fieldOfActionId}`;
    let counts = countsIn.get(key);
    if (!counts) countsIn.set(key, (counts = {}));
    counts[cell.territoryId] = cell.count;
  }
  const cells = analysis.lifePhases.flatMap((phase) =>
    analysis.fieldsOfAction.map((field) => {
      const key = `${phase.id}|${field.id}`;
      return {
        lifePhaseId: phase.id,
        fieldOfActionId: field.id,
        offers: inCell.get(key) ?? 0,
        offersIn: countsIn.get(key) ?? {},
        duplicates: analysis.duplicates.filter((group) => group.lifePhaseIds.includes(phase.id) && group.fieldOfActionIds.includes(field.id)).length,
      };
    }),
  );
  return {
    territories: analysis.territories,
    lifePhases: analysis.lifePhases.map((phase) => ({
      ...phase,
      offersIn: Object.fromEntries(analysis.territories.map((territory) => [territory.id, inPhase.get(`${phase.id}|${territory.id}`) ?? 0])),
    })),
    fieldsOfAction: analysis.fieldsOfAction,
    cells,
    duplicates: analysis.duplicates.map((group) => ({ titles: group.titles, similarity: group.similarity })),
    summary: analysis.summary,
  };
}

// An analysis is kept and shared between readers while nothing it depends on changes
// (coverage.ts): its answer is mapped once per analysis and lives as long as the analysis does.
const answers = new WeakMap<CoverageAnalysis, CoverageAnswer>();

/**
 * The area's offer map as the apps read it ({@link CoverageAnswer}), from the kept analysis
 * (`analyseCoverage`); the answer is shared, so callers must not change it.
 */
export async function coverageOf(db: Kysely<Database>, args: { territoryId: string; today: string }, access: Access): Promise<CoverageAnswer> {
  const analysis = await analyseCoverage(db, args, access);
  let answer = answers.get(analysis);
  if (!answer) answers.set(analysis, (answer = coverageAnswer(analysis)));
  return answer;
}
