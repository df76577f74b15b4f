/**
 * Demo data ("seed") for three youth offices of Kreis Coesfeld, Kamen's in Kreis Unna and the
 * Land NRW: territories with official boundaries (schematic social areas), life phases (Kamen's
 * own, 0 to 21), actors, offers, goal cascade, indicators with five years of values (towns,
 * social areas, the county and reference values of the Land), Leitbild, governance, funding
 * and a quality self-assessment. Everything is demo data: facts of the public council papers where they
 * exist, invented but plausible content elsewhere, invented contacts under `.example`
 * addresses, and indicator values marked `isDemo` with the note „Demowert“.
 *
 * Every record is parsed by its domain schema and stored through the same repository code the
 * API uses, so the seed also proves the schemas and rules against realistic data.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { inTransaction } from "../repositories/aggregate.js";
import { seedDemoAccounts } from "./accounts.js";
import { seedActors } from "./actors.js";
import { seedFunding } from "./funding.js";
import { seedGoals } from "./goals.js";
import { seedGovernance } from "./governance.js";
import { seedIndicators } from "./indicators.js";
import { adoptLeitbild, seedLeitbildDraft, seedLeitbildV2Draft } from "./leitbild.js";
import { seedAxes } from "./life-phases.js";
import { seedOffers } from "./offers.js";
import { seedQualityAssessment } from "./quality.js";
import { seedBoundaries } from "./boundaries.js";
import { readNrwGeodata } from "./geodata.js";
import { seedKamenConfiguration } from "./kamen.js";
import { seedTerritories } from "./territories.js";

/** How many records of each kind the seed wrote. */
export interface SeedSummary {
  territories: number;
  youthOffices: number;
  boundaries: number;
  lifePhases: number;
  transitions: number;
  fieldsOfAction: number;
  actors: number;
  indicators: number;
  observations: number;
  goals: number;
  offers: number;
  leitbildVersions: number;
  fundingProgrammes: number;
  fundingApplications: number;
  bodies: number;
  meetings: number;
  decisions: number;
  qualityAssessments: number;
}

/** Where the demo finds the official boundaries, and whom it tells when they are missing. */
export interface DemoOptions {
  /** The folder with the NRW GeoJSON files; default `../shared/geodata` beside the checkout. */
  geodataDir?: string;
  onWarning?: (message: string) => void;
}

/**
 * Writes the complete demo data set in one transaction (joining the caller's, if any). Meant
 * for an empty database: run on existing data it adds a second Kreis Coesfeld.
 */
export async function seedDemoData(db: Kysely<Database>, options: DemoOptions = {}): Promise<SeedSummary> {
  const geodata = readNrwGeodata(options.geodataDir);
  if (!geodata) options.onWarning?.("Demodaten: keine amtlichen Grenzen gefunden (GEODATA_DIR); die Gebiete bleiben ohne Karte.");
  return inTransaction(db, async (trx) => {
    const territories = await seedTerritories(trx);
    const boundaries = geodata ? await seedBoundaries(trx, territories, geodata) : 0;
    const axes = await seedAxes(trx);
    const kamenPhases = await seedKamenConfiguration(trx, territories.youthOffices.kamen.id);
    const actors = await seedActors(trx, territories);
    await seedDemoAccounts(trx, territories, actors);
    const indicators = await seedIndicators(trx, territories, axes);
    const goals = await seedGoals(trx, { territories, axes, actors, indicators });
    const offers = await seedOffers(trx, { territories, axes, actors, goals });
    const funding = await seedFunding(trx, { territories, goals });

    // The Leitbild exists as a draft until the Kreistag adopts it; the decision then links both ways.
    const leitbildDraft = await seedLeitbildDraft(trx, territories);
    const governance = await seedGovernance(trx, {
      territories,
      actors,
      leitbild: leitbildDraft,
      goals,
      fundingApplication: funding.application,
    });
    const adoption = governance.leitbildAdoption;
    await adoptLeitbild(trx, leitbildDraft, adoption.id);
    await seedLeitbildV2Draft(trx, territories);
    await seedQualityAssessment(trx, territories);

    return {
      territories:
        3 + Object.keys(territories.towns).length + territories.socialAreas.length + territories.unna.towns.length + territories.unna.kamenSocialAreas.length,
      youthOffices: Object.keys(territories.youthOffices).length,
      boundaries,
      lifePhases: Object.keys(axes.lifePhases).length + kamenPhases.length,
      transitions: Object.keys(axes.transitions).length + 4,
      fieldsOfAction: Object.keys(axes.fields).length,
      actors: Object.keys(actors).length,
      indicators: Object.keys(indicators.indicators).length,
      observations: indicators.observationCount,
      goals: Object.keys(goals).length,
      offers: offers.length,
      leitbildVersions: 2,
      fundingProgrammes: 1,
      fundingApplications: 1,
      bodies: Object.keys(governance.bodies).length,
      meetings: Object.keys(governance.meetings).length,
      decisions: governance.decisions.length,
      qualityAssessments: 1,
    };
  });
}

/**
 * Seeds the demo data when the database holds no territory yet; returns whether it did. The
 * check and the seed run in one transaction that locks the territory table, so two servers
 * starting at once on the same database cannot both seed.
 */
export async function seedDemoDataIfEmpty(db: Kysely<Database>, options: DemoOptions = {}): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    await sql`lock table territory in share row exclusive mode`.execute(trx);
    const existing = await trx.selectFrom("territory").select("id").limit(1).executeTakeFirst();
    if (existing) return false;
    await seedDemoData(trx, options);
    return true;
  });
}
