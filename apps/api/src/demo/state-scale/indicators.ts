import {
  completeObservation,
  defaultFieldsOfAction,
  defaultLifePhases,
  defaultTransitions,
  type FieldOfActionInput,
  type IndicatorInput,
  type LifePhaseInput,
  type ObservationInput,
  resolveTransitionTemplates,
  type TransitionInput,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Access } from "../../auth/access.js";
import type { Database } from "../../db/types.js";
import { type Aggregate, allRecords, fieldsOf } from "../../repositories/aggregate.js";
import { insertMany } from "../../repositories/bulk.js";
import { fieldOfActionAggregate } from "../../repositories/field-of-action.js";
import { lifePhaseAggregate, transitionAggregate } from "../../repositories/life-phase.js";
import { observationAggregate } from "../../repositories/observation.js";
import { jitter, seededRandom } from "../random.js";
import type { GeneratedTerritories, GeneratedTerritory } from "./territories.js";
import { BREAKDOWNS, INDICATOR_THEMES, type IndicatorTheme } from "./words.js";

/** The platform defaults by code: life phases, transitions and fields of action, with their ids. */
export interface Axes {
  lifePhases: Map<string, { id: string; input: LifePhaseInput }>;
  transitions: Map<string, { id: string; input: TransitionInput }>;
  fields: Map<string, { id: string; input: FieldOfActionInput }>;
}

/**
 * The domain's default life phases, transitions (Ü1–Ü4) and fields of action as platform
 * defaults (owner null). Defaults already there (same code, no owner) are reused, so the
 * generator also runs on a database that holds only configuration.
 *
 * @example
 * const axes = await ensurePlatformDefaults(trx, access);
 * axes.lifePhases.get("kita-alter")?.id;
 */
export async function ensurePlatformDefaults(db: Kysely<Database>, access: Access): Promise<Axes & { created: number }> {
  let created = 0;
  async function ensure<T extends { code: string; youthOfficeId: string | null }>(
    aggregate: Aggregate<T>,
    inputs: readonly T[],
  ): Promise<Map<string, { id: string; input: T }>> {
    const existing = (await allRecords(db, aggregate)).filter((record) => record.youthOfficeId === null && record.archivedAt === null);
    const byCode = new Map(existing.map((record) => [record.code, { id: record.id, input: fieldsOf(record) as T }] as const));
    const missing = inputs.filter((input) => !byCode.has(input.code));
    const ids = await insertMany(db, aggregate, missing, { access });
    for (const [i, input] of missing.entries()) byCode.set(input.code, { id: ids[i] as string, input });
    created += missing.length;
    return byCode;
  }
  const lifePhases = await ensure(lifePhaseAggregate, defaultLifePhases);
  const transitionInputs = resolveTransitionTemplates(defaultTransitions, [...lifePhases.values()].map(({ id, input }) => ({ id, code: input.code })));
  const transitions = await ensure(transitionAggregate, transitionInputs);
  const fields = await ensure(fieldOfActionAggregate, defaultFieldsOfAction);
  return { lifePhases, transitions, fields, created };
}

/** The theme and breakdown of indicator number `index` (0-based): the first twenty are the themes as a whole. */
function themeOf(index: number): { theme: IndicatorTheme; breakdown: (typeof BREAKDOWNS)[number] } {
  const theme = INDICATOR_THEMES[index % INDICATOR_THEMES.length] as IndicatorTheme;
  const breakdown = BREAKDOWNS[Math.floor(index / INDICATOR_THEMES.length) % BREAKDOWNS.length] as (typeof BREAKDOWNS)[number];
  return { theme, breakdown };
}

/**
 * The code of indicator number `index` (0-based).
 *
 * @example
 * indicatorCode(0); // "X001"
 */
export const indicatorCode = (index: number): string => `X${String(index + 1).padStart(3, "0")}`;

/**
 * The inputs of `count` platform-wide indicators X001 …: twenty themes of the small-area
 * monitoring, each as a whole and by sex and migration history (a hundred in all; beyond that
 * the themes repeat with a numbered name). Deterministic: the same axes give the same inputs.
 *
 * @example
 * indicatorInputs(5, axes).map((i) => i.code); // ["X001", "X002", "X003", "X004", "X005"]
 */
export function indicatorInputs(count: number, axes: Axes): IndicatorInput[] {
  return Array.from({ length: count }, (_, index) => {
    const { theme, breakdown } = themeOf(index);
    const round = Math.floor(index / (INDICATOR_THEMES.length * BREAKDOWNS.length));
    const numbered = round > 0 ? ` (${round + 1})` : "";
    const random = seededRandom(`indikator|${index}`);
    return {
      code: indicatorCode(index),
      name: { de: `${theme.name}${breakdown.suffix}${numbered}`, en: `${theme.en}${breakdown.en}${numbered}` },
      description: `Generierter Indikator des sozialräumlichen Präventionsmonitorings: ${theme.numerator}${breakdown.suffix} je ${theme.denominator}.`,
      numerator: `${theme.numerator}${breakdown.suffix}`,
      denominator: `${theme.denominator}${breakdown.suffix}`,
      factor: theme.factor,
      unit: theme.unit,
      polarity: theme.polarity,
      source: theme.source,
      spatialLevels: ["state", "county", "town", "socialArea"],
      periodType: "year",
      // Mostly public; about one in eight internal, so that both kinds are measured.
      visibility: random() < 0.125 ? "internal" : "public",
      lifePhaseIds: theme.phases.flatMap((code) => axes.lifePhases.get(code)?.id ?? []),
      fieldOfActionIds: theme.fields.flatMap((code) => axes.fields.get(code)?.id ?? []),
      suppressionThreshold: random() < 0.1 ? 5 : null,
      youthOfficeId: null,
    };
  });
}

/** What the observation step needs to know. */
export interface ObservationOptions {
  years: readonly number[];
  /** How many of the indicators (the first ones) also get values per social area. */
  socialAreaIndicators: number;
  access: Access;
  onProgress: (done: number, total: number) => void;
}

/** Counts for one territory and period. */
interface Counts {
  numerator: number;
  denominator: number;
}

/** Rows per insertMany call: one transaction and one audit entry each. */
const OBSERVATION_CHUNK = 25_000;

/**
 * How strongly a territory deviates from the typical rate (1 = typical): a social burden drawn
 * once per territory, so that one town is above average on all burden indicators alike.
 */
function burdenOf(territory: GeneratedTerritory): number {
  const base = territory.input.kind === "countyFreeCity" ? 1.25 : 1;
  return base * (0.55 + seededRandom(`belastung|${territory.input.code}`)() * 0.9);
}

function countsFor(theme: IndicatorTheme, breakdown: (typeof BREAKDOWNS)[number], territory: GeneratedTerritory, year: number, key: string): Counts {
  const random = seededRandom(key);
  const inhabitants = territory.input.population ?? 0;
  const denominator = Math.max(1, Math.round(inhabitants * theme.denominatorShare * breakdown.share * jitter(random, 0.04)));
  const deviation = 1 + (burdenOf(territory) - 1) * theme.spread * 2;
  const trend = (1 + theme.trend) ** (year - 2011);
  const percent = theme.factor === "percent";
  let rate: number;
  if (theme.polarity === "higherIsBetter" && percent) {
    // The shortfall to 100 % carries the burden, so a burdened town has the lower childcare rate.
    rate = 1 - Math.min(0.95, (1 - theme.rate) * breakdown.rate * deviation / trend);
  } else {
    rate = theme.rate * breakdown.rate * deviation * trend;
  }
  rate *= jitter(random, 0.06);
  const numerator = Math.round(denominator * (percent ? Math.min(0.99, Math.max(0, rate)) : Math.max(0, rate)));
  return { numerator: percent ? Math.min(numerator, denominator) : numerator, denominator };
}

const add = (a: Counts | undefined, b: Counts): Counts => ({
  numerator: (a?.numerator ?? 0) + b.numerator,
  denominator: (a?.denominator ?? 0) + b.denominator,
});

/**
 * Yearly observations of every indicator for the Land, every Kreis and kreisfreie Stadt and every
 * town, plus for the first `socialAreaIndicators` indicators every social area. Only the counts
 * are generated (deterministically per indicator, territory and year); the value follows from
 * them as the repository would compute it (`completeObservation`). Higher levels are the sums
 * of the levels below, as in real statistics; small towns and social areas give small counts.
 *
 * References are trusted here: the indicators and territories were created in this run.
 *
 * @example
 * const written = await generateObservations(trx, territories, indicators, { years: [2024, 2025], socialAreaIndicators: 5, access, onProgress });
 */
export async function generateObservations(
  db: Kysely<Database>,
  territories: GeneratedTerritories,
  indicators: readonly { id: string; input: IndicatorInput }[],
  options: ObservationOptions,
): Promise<number> {
  const places = territories.towns;
  const socialAreaCount = places.reduce((sum, town) => sum + town.socialAreas.length, 0);
  const perIndicator = 1 + territories.counties.length + places.filter((t) => t.countyId !== null).length;
  const total =
    indicators.length * options.years.length * perIndicator +
    Math.min(options.socialAreaIndicators, indicators.length) * options.years.length * socialAreaCount;
  let written = 0;
  let buffer: ObservationInput[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const rows = buffer;
    buffer = [];
    const before = written;
    await insertMany(db, observationAggregate, rows, {
      access: options.access,
      references: "trust",
      batchSize: 2_000,
      onProgress: (done) => options.onProgress(before + done, total),
    });
    written += rows.length;
  };

  for (const [index, indicator] of indicators.entries()) {
    const { theme, breakdown } = themeOf(index);
    const withSocialAreas = index < options.socialAreaIndicators;
    for (const year of options.years) {
      const period = String(year);
      const observe = (territory: GeneratedTerritory, counts: Counts) => {
        buffer.push(
          completeObservation(
            {
              indicatorId: indicator.id,
              territoryId: territory.id,
              period,
              numerator: counts.numerator,
              denominator: counts.denominator,
              value: null,
              source: indicator.input.source,
              asOf: `${year + 1}-06-30`,
              isDemo: true,
              note: "Generierter Wert",
            },
            indicator.input,
          ),
        );
      };
      const byCounty = new Map<string, Counts>();
      let stateCounts: Counts | undefined;
      for (const place of places) {
        let counts: Counts | undefined;
        if (withSocialAreas && place.socialAreas.length > 0) {
          for (const area of place.socialAreas) {
            const areaCounts = countsFor(theme, breakdown, area, year, `${indicator.input.code}|${area.input.code}|${year}`);
            observe(area, areaCounts);
            counts = add(counts, areaCounts);
          }
        }
        counts ??= countsFor(theme, breakdown, place, year, `${indicator.input.code}|${place.input.code}|${year}`);
        observe(place, counts);
        // A town adds to its Kreis; a county-free city is its own county level.
        if (place.countyId !== null) byCounty.set(place.countyId, add(byCounty.get(place.countyId), counts));
        stateCounts = add(stateCounts, counts);
      }
      for (const county of territories.counties) {
        const counts = byCounty.get(county.id);
        if (counts) observe(county, counts);
      }
      if (stateCounts) observe(territories.state, stateCounts);
      if (buffer.length >= OBSERVATION_CHUNK) await flush();
    }
  }
  await flush();
  return written;
}
