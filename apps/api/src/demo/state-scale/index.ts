/**
 * A state-scale data set for benchmarks and reporting tests: every Kreis, kreisfreie Stadt and
 * Gemeinde of NRW with its official boundary (VG5000, © GeoBasis-DE / BKG 2021), 20 social areas
 * each, youth offices, 100 indicators with 15 years of values (about 1.2 million observations),
 * a few thousand providers and 50,000 offers. Invented content throughout (inhabitants, counts,
 * offers), deterministic from fixed seeds; only the ids differ between runs.
 *
 * The rows are written in bulk (`repositories/bulk.ts`): parsed by the domain schemas like any
 * input and shaped exactly as the repositories store them, but in multi-row INSERTs with one
 * audit entry per call, under the name "Generator Landesebene".
 */
import { type Kysely, sql } from "kysely";
import { systemAccess } from "../../auth/access.js";
import type { Database } from "../../db/types.js";
import { inTransaction } from "../../repositories/aggregate.js";
import { insertMany } from "../../repositories/bulk.js";
import { indicatorAggregate } from "../../repositories/indicator.js";
import { ensurePlatformDefaults, generateObservations, indicatorInputs } from "./indicators.js";
import { generateOffers } from "./offers.js";
import { generateTerritories, type NrwGeodata } from "./territories.js";

export { readNrwGeodata, type NrwGeodata } from "./territories.js";

/** How big the data set is; every field has the full state scale as default. */
export interface StateScaleOptions {
  /** 5-digit keys of the Kreise and kreisfreie Städte to generate (e.g. ["05558", "05512"]); all of NRW by default. */
  counties?: readonly string[] | null;
  /** Social areas below each town and county-free city (default 20). */
  socialAreasPerTown?: number;
  /** Schematic social-area boundaries (strips of the town's outline); default true. */
  schematicBoundaries?: boolean;
  /** Indicators X001 … (default 100). */
  indicators?: number;
  /** How many of them (the first ones) also have values per social area (default 5). */
  socialAreaIndicators?: number;
  /** Years of observations, ending with `lastYear` (default 15). */
  years?: number;
  /** The last year observed (default 2025). */
  lastYear?: number;
  /** Offers (default 50,000). */
  offers?: number;
  /** Providers (default: one per 15 offers, at least two per town). */
  actors?: number;
  /** Who writes, in `updated_by` and the audit trail (default "Generator Landesebene"). */
  editorName?: string;
  /** Reports progress, e.g. ("Angebote", 12_000, 50_000). */
  onProgress?: (step: string, done: number, total: number) => void;
}

/** How many records of each kind the generator wrote. */
export interface StateScaleSummary {
  territories: number;
  youthOffices: number;
  boundaries: number;
  lifePhases: number;
  transitions: number;
  fieldsOfAction: number;
  indicators: number;
  observations: number;
  actors: number;
  offers: number;
}

/**
 * Writes the state-scale data set in one transaction (joining the caller's): all or nothing.
 * Meant for an empty database; platform defaults (life phases, transitions, fields of action)
 * already present are reused.
 *
 * @example
 * const summary = await seedStateScale(db, readNrwGeodata(env.GEODATA_DIR), { onProgress: report });
 * summary.observations; // 1,236,000 at full scale
 */
export async function seedStateScale(db: Kysely<Database>, geodata: NrwGeodata, options: StateScaleOptions = {}): Promise<StateScaleSummary> {
  const access = systemAccess(new Date().toISOString().slice(0, 10), options.editorName ?? "Generator Landesebene");
  const onProgress = options.onProgress ?? (() => {});
  const socialAreasPerTown = options.socialAreasPerTown ?? 20;
  const offers = options.offers ?? 50_000;
  const lastYear = options.lastYear ?? 2025;
  const years = Array.from({ length: options.years ?? 15 }, (_, i) => lastYear - (options.years ?? 15) + 1 + i);

  return inTransaction(db, async (trx) => {
    const axes = await ensurePlatformDefaults(trx, access);
    const territories = await generateTerritories(trx, geodata, {
      counties: options.counties ?? null,
      socialAreasPerTown,
      schematicBoundaries: options.schematicBoundaries ?? true,
      access,
      onProgress,
    });

    const indicatorRecords = indicatorInputs(options.indicators ?? 100, axes);
    const indicatorIds = await insertMany(trx, indicatorAggregate, indicatorRecords, { access });
    const indicators = indicatorIds.map((id, i) => ({ id, input: indicatorRecords[i] as (typeof indicatorRecords)[number] }));
    onProgress("Indikatoren", indicators.length, indicators.length);
    const observations = await generateObservations(trx, territories, indicators, {
      years,
      socialAreaIndicators: options.socialAreaIndicators ?? 5,
      access,
      onProgress: (done, total) => onProgress("Beobachtungen", done, total),
    });

    const written = await generateOffers(trx, territories.towns, axes, {
      offers,
      actors: options.actors ?? Math.round(offers / 15),
      access,
      onProgress,
    });

    const socialAreas = territories.towns.reduce((sum, town) => sum + town.socialAreas.length, 0);
    const towns = territories.towns.filter((town) => town.countyId !== null).length;
    return {
      territories: 1 + territories.counties.length + towns + socialAreas,
      youthOffices: territories.youthOffices,
      boundaries: territories.boundaries,
      lifePhases: axes.lifePhases.size,
      transitions: axes.transitions.size,
      fieldsOfAction: axes.fields.size,
      indicators: indicators.length,
      observations,
      actors: written.actors,
      offers: written.offers,
    };
  });
}

/**
 * Runs a seed only on a database without territories: the check and the seed share one
 * transaction that locks the territory table, so two seeds at once cannot both write. Throws a
 * German message when there is data already.
 *
 * @example
 * await intoEmptyDatabase(db, (trx) => seedStateScale(trx, geodata));
 */
export async function intoEmptyDatabase<T>(db: Kysely<Database>, seed: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return inTransaction(db, async (trx) => {
    await sql`lock table territory in share row exclusive mode`.execute(trx);
    const existing = await trx.selectFrom("territory").select("id").limit(1).executeTakeFirst();
    if (existing) {
      throw new Error(
        "Die Datenbank enthält bereits Gebiete; Beispieldaten werden nur in eine leere Datenbank geschrieben. " +
          "Verwenden Sie ein neues Datenverzeichnis (DATA_DIR) oder eine leere PostgreSQL-Datenbank (DATABASE_URL).",
      );
    }
    return seed(trx);
  });
}
