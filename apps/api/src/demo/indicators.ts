import {
  checkObservation,
  computeRate,
  factorMultiplier,
  formatPeriod,
  type IndicatorInput,
  type ObservationInput,
  type PeriodType,
  type SpatialLevel,
  type TerritoryInput,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { indicatorAggregate } from "../repositories/indicator.js";
import { observationAggregate } from "../repositories/observation.js";
import { insert } from "./insert.js";
import type { FieldCode, PhaseCode, SeededAxes } from "./life-phases.js";
import { jitter, seededRandom } from "./random.js";
import { type SeededTerritories, TOWNS, type TownKey } from "./territories.js";

/*
 * The indicator set of the small-area prevention monitoring (SPM) from DOMAIN.md, with five
 * periods of invented but plausible values per town and for the county. Only the counts are
 * generated (deterministically, see random.ts); the value is computed from them by the
 * observation repository, as for real data. The county row is the sum of its towns.
 */

/** How strongly a town deviates from the county average (1 = average). */
const PROFILES = {
  /** Social burden: SGB II, educational support, language screening and the like. */
  social: {
    duelmen: 1.35, coesfeld: 1.25, luedinghausen: 1.05, senden: 0.85, nottuln: 0.7, ascheberg: 0.85,
    olfen: 0.9, havixbeck: 0.55, billerbeck: 0.8, rosendahl: 0.6, nordkirchen: 0.95,
  },
  /** Childcare places for under-threes. */
  care: {
    duelmen: 0.95, coesfeld: 1.08, luedinghausen: 1.02, senden: 1.05, nottuln: 1.0, ascheberg: 0.92,
    olfen: 0.9, havixbeck: 1.1, billerbeck: 0.97, rosendahl: 0.88, nordkirchen: 0.93,
  },
  /** No systematic difference between towns. */
  flat: {
    duelmen: 1, coesfeld: 1, luedinghausen: 1, senden: 1, nottuln: 1, ascheberg: 1,
    olfen: 1, havixbeck: 1, billerbeck: 1, rosendahl: 1, nordkirchen: 1,
  },
} satisfies Record<string, Record<TownKey, number>>;

interface ValueModel {
  /** Size of the denominator as a share of all inhabitants (e.g. 0.029 for children under 3). */
  denominatorShare: number;
  /** The county's rate in the indicator's unit for the five periods, oldest first. */
  countyRates: readonly [number, number, number, number, number];
  /** Which towns lie above or below the county rate. */
  profile: keyof typeof PROFILES;
  /**
   * For shares close to 100 %: the profile shapes the shortfall (100 − rate), so that a town
   * with a higher burden has a lower childcare or check-up rate.
   */
  complement?: boolean;
  /** The Land's rate for the five periods, as a reference value (NRW). */
  stateRates?: readonly [number, number, number, number, number];
  /** Also reported per social area (the town's counts split by the areas' population). */
  socialAreas?: boolean;
}

type IndicatorRow = Omit<IndicatorInput, "lifePhaseIds" | "fieldOfActionIds" | "spatialLevels" | "youthOfficeId"> & {
  spatialLevels: readonly SpatialLevel[];
  phases: readonly PhaseCode[];
  fields: readonly FieldCode[];
  model: ValueModel;
};

const TOWN_LEVELS = ["county", "town"] as const;
const YOUTH_OFFICE_LEVELS = ["county", "youthOfficeDistrict", "town"] as const;
const SEU = "Kreis Coesfeld, Gesundheitsamt: Schuleingangsuntersuchung";

export const INDICATORS = [
  {
    code: "S1",
    name: { de: "SGB-II-Quote unter 15 Jahren", en: "Children under 15 in SGB II households" },
    description: "Anteil der Kinder unter 15 Jahren, die in Bedarfsgemeinschaften nach dem SGB II leben („Kinderarmutsquote“).",
    numerator: "Personen unter 15 Jahren in SGB-II-Bedarfsgemeinschaften (Dezember)",
    denominator: "Bevölkerung unter 15 Jahren (31.12.)",
    factor: "percent",
    unit: "%",
    polarity: "lowerIsBetter",
    source: "Bundesagentur für Arbeit, Statistik der Grundsicherung für Arbeitsuchende",
    spatialLevels: TOWN_LEVELS,
    periodType: "year",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["fruehe-kindheit", "kita-alter", "grundschulalter", "sekundarstufe-1"],
    fields: ["soziales"],
    model: { denominatorShare: 0.145, countyRates: [6.8, 6.5, 6.9, 7.2, 7.0], profile: "social", stateRates: [17.9, 17.6, 17.8, 18.2, 18.4], socialAreas: true },
  },
  {
    code: "S3",
    name: { de: "SGB-II-Quote", en: "SGB II rate" },
    description: "Anteil der Personen in SGB-II-Bedarfsgemeinschaften an der Bevölkerung unter 65 Jahren.",
    numerator: "Personen in SGB-II-Bedarfsgemeinschaften (Dezember)",
    denominator: "Bevölkerung unter 65 Jahren (31.12.)",
    factor: "percent",
    unit: "%",
    polarity: "lowerIsBetter",
    source: "Bundesagentur für Arbeit, Statistik der Grundsicherung für Arbeitsuchende",
    spatialLevels: TOWN_LEVELS,
    periodType: "year",
    visibility: "public",
    suppressionThreshold: null,
    phases: [],
    fields: ["soziales"],
    model: { denominatorShare: 0.79, countyRates: [4.3, 4.1, 4.4, 4.6, 4.5], profile: "social", stateRates: [10.9, 10.6, 10.7, 11.0, 11.1] },
  },
  {
    code: "B1",
    name: { de: "Betreuungsquote U3", en: "Childcare rate under 3" },
    description: "Anteil der Kinder unter 3 Jahren in Kindertageseinrichtungen oder in öffentlich geförderter Kindertagespflege.",
    numerator: "Kinder unter 3 Jahren in Kita oder Kindertagespflege (Stichtag 1. März)",
    denominator: "Kinder unter 3 Jahren (31.12. des Vorjahres)",
    factor: "percent",
    unit: "%",
    polarity: "higherIsBetter",
    source: "IT.NRW, Statistik der Kinder- und Jugendhilfe",
    spatialLevels: TOWN_LEVELS,
    periodType: "year",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["fruehe-kindheit"],
    fields: ["bildung", "jugend"],
    model: { denominatorShare: 0.029, countyRates: [40.1, 40.8, 41.9, 42.6, 43.5], profile: "care", stateRates: [29.7, 30.4, 31.0, 31.6, 32.4], socialAreas: true },
  },
  {
    code: "B2",
    name: { de: "Betreuungsquote Ü3", en: "Childcare rate 3 to under 6" },
    description: "Anteil der Kinder von 3 bis unter 6 Jahren in Kindertageseinrichtungen oder Kindertagespflege.",
    numerator: "Kinder von 3 bis unter 6 Jahren in Kita oder Kindertagespflege (Stichtag 1. März)",
    denominator: "Kinder von 3 bis unter 6 Jahren (31.12. des Vorjahres)",
    factor: "percent",
    unit: "%",
    polarity: "higherIsBetter",
    source: "IT.NRW, Statistik der Kinder- und Jugendhilfe",
    spatialLevels: TOWN_LEVELS,
    periodType: "year",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["kita-alter"],
    fields: ["bildung", "jugend"],
    model: { denominatorShare: 0.03, countyRates: [97.9, 98.3, 98.8, 98.1, 98.4], profile: "social", complement: true, stateRates: [91.2, 91.0, 90.8, 90.9, 91.3] },
  },
  {
    code: "B6",
    name: { de: "Schulabgänge ohne Abschluss", en: "School leavers without a certificate" },
    description: "Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen ohne Hauptschulabschluss (nach Schulort).",
    numerator: "Abgängerinnen und Abgänger ohne Hauptschulabschluss",
    denominator: "Alle Abgängerinnen und Abgänger allgemeinbildender Schulen",
    factor: "percent",
    unit: "%",
    polarity: "lowerIsBetter",
    source: "IT.NRW, Schulstatistik",
    spatialLevels: TOWN_LEVELS,
    periodType: "schoolYear",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["sekundarstufe-1", "uebergang-schule-beruf"],
    fields: ["bildung"],
    model: { denominatorShare: 0.011, countyRates: [2.4, 2.7, 2.9, 2.8, 2.6], profile: "social", stateRates: [2.4, 2.3, 2.3, 2.2, 2.3] },
  },
  {
    code: "G1",
    name: { de: "Teilnahme an U8 und U9", en: "Attendance of check-ups U8 and U9" },
    description: "Anteil der Kinder mit dokumentierter Früherkennungsuntersuchung U8 und U9 bei der Schuleingangsuntersuchung.",
    numerator: "Kinder mit dokumentierter U8 und U9 im Vorsorgeheft",
    denominator: "Untersuchte Kinder mit vorgelegtem Vorsorgeheft",
    factor: "percent",
    unit: "%",
    polarity: "higherIsBetter",
    source: SEU,
    spatialLevels: TOWN_LEVELS,
    periodType: "schoolYear",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["kita-alter"],
    fields: ["gesundheit"],
    model: { denominatorShare: 0.0088, countyRates: [92.5, 91.0, 91.8, 92.9, 93.4], profile: "social", complement: true },
  },
  {
    code: "G2",
    name: { de: "Masern-Impfquote bei der Einschulung", en: "Measles vaccination at school entry" },
    description: "Anteil der Kinder mit zwei dokumentierten Masernimpfungen bei der Schuleingangsuntersuchung.",
    numerator: "Kinder mit zwei dokumentierten Masernimpfungen",
    denominator: "Untersuchte Kinder mit vorgelegtem Impfausweis",
    factor: "percent",
    unit: "%",
    polarity: "higherIsBetter",
    source: SEU,
    spatialLevels: TOWN_LEVELS,
    periodType: "schoolYear",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["kita-alter"],
    fields: ["gesundheit"],
    model: { denominatorShare: 0.009, countyRates: [94.1, 94.6, 95.0, 95.3, 95.6], profile: "flat", complement: true },
  },
  {
    code: "G3",
    name: { de: "Übergewicht bei der Einschulung", en: "Overweight at school entry" },
    description: "Anteil der Kinder mit Übergewicht oder Adipositas (BMI über dem 90. Perzentil) bei der Schuleingangsuntersuchung.",
    numerator: "Kinder mit einem BMI über dem 90. Perzentil (Referenz Kromeyer-Hauschild)",
    denominator: "Untersuchte Kinder mit Größe und Gewicht",
    factor: "percent",
    unit: "%",
    polarity: "lowerIsBetter",
    source: SEU,
    spatialLevels: TOWN_LEVELS,
    periodType: "schoolYear",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["kita-alter"],
    fields: ["gesundheit", "sport"],
    model: { denominatorShare: 0.0095, countyRates: [9.2, 10.1, 10.6, 10.2, 9.8], profile: "social" },
  },
  {
    code: "G5",
    name: { de: "Auffälliges Sprachscreening bei der Einschulung", en: "Abnormal language screening at school entry" },
    description: "Anteil der Kinder mit auffälligem Befund im Sprachscreening der Schuleingangsuntersuchung.",
    numerator: "Kinder mit auffälligem Befund im Sprachscreening",
    denominator: "Untersuchte Kinder",
    factor: "percent",
    unit: "%",
    polarity: "lowerIsBetter",
    source: SEU,
    spatialLevels: TOWN_LEVELS,
    periodType: "schoolYear",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["kita-alter"],
    fields: ["bildung", "gesundheit", "integration"],
    model: { denominatorShare: 0.0095, countyRates: [8.1, 9.0, 9.6, 9.9, 9.4], profile: "social", socialAreas: true },
  },
  {
    code: "H1",
    name: { de: "Inanspruchnahme von Hilfen zur Erziehung", en: "Use of educational support (HzE)" },
    description: "Hilfen zur Erziehung (§§ 27–35 SGB VIII) und Hilfen für junge Volljährige (§ 41) je 10.000 junge Menschen unter 21 Jahren; Kontextindikator ohne Bewertung.",
    numerator: "Hilfen zur Erziehung und Hilfen für junge Volljährige (Bestand am 31.12. und im Jahr beendet)",
    denominator: "Bevölkerung unter 21 Jahren (31.12.)",
    factor: "perTenThousand",
    unit: "je 10.000",
    polarity: "neutral",
    source: "IT.NRW, Statistik der Kinder- und Jugendhilfe",
    spatialLevels: YOUTH_OFFICE_LEVELS,
    periodType: "year",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["fruehe-kindheit", "kita-alter", "grundschulalter", "sekundarstufe-1", "uebergang-schule-beruf"],
    fields: ["jugend"],
    model: { denominatorShare: 0.205, countyRates: [232, 241, 248, 255, 262], profile: "social" },
  },
  {
    code: "H2",
    name: { de: "Gefährdungseinschätzungen nach § 8a SGB VIII", en: "Child endangerment assessments (§ 8a)" },
    description: "Verfahren zur Einschätzung der Gefährdung des Kindeswohls je 1.000 Minderjährige; Kontextindikator. Wegen der Sensibilität gilt eine höhere Sperrgrenze von 5 Fällen.",
    numerator: "Verfahren zur Gefährdungseinschätzung nach § 8a Abs. 1 SGB VIII",
    denominator: "Bevölkerung unter 18 Jahren (31.12.)",
    factor: "perThousand",
    unit: "je 1.000",
    polarity: "neutral",
    source: "IT.NRW, Statistik der Kinder- und Jugendhilfe (§ 8a-Verfahren)",
    spatialLevels: YOUTH_OFFICE_LEVELS,
    periodType: "year",
    visibility: "public",
    suppressionThreshold: 5,
    phases: ["fruehe-kindheit", "kita-alter", "grundschulalter", "sekundarstufe-1"],
    fields: ["jugend"],
    model: { denominatorShare: 0.172, countyRates: [4.6, 5.0, 5.3, 5.6, 5.4], profile: "social" },
  },
  {
    code: "P1",
    name: { de: "Reichweite der Willkommensbesuche", en: "Reach of welcome visits" },
    description: "Anteil der Familien mit Neugeborenen, die einen Willkommensbesuch der Frühen Hilfen erhalten haben.",
    numerator: "Durchgeführte Willkommensbesuche bei Familien mit Neugeborenen",
    denominator: "Lebendgeborene (Wohnort der Mutter)",
    factor: "percent",
    unit: "%",
    polarity: "higherIsBetter",
    source: "Jugendämter im Kreis Coesfeld, Dokumentation der Frühen Hilfen",
    spatialLevels: TOWN_LEVELS,
    periodType: "year",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["schwangerschaft", "fruehe-kindheit"],
    fields: ["jugend"],
    model: { denominatorShare: 0.0093, countyRates: [86.0, 82.5, 89.4, 91.2, 92.6], profile: "flat", complement: true },
  },
  {
    code: "SP1",
    name: { de: "Schwimmfähigkeit am Ende der Grundschule", en: "Swimming ability at the end of primary school" },
    description: "Anteil der Kinder in Klasse 4, die sicher schwimmen können (mindestens Deutsches Schwimmabzeichen Bronze).",
    numerator: "Kinder der Klasse 4 mit Schwimmabzeichen Bronze oder höher",
    denominator: "Kinder der Klasse 4 an den Grundschulen der Gemeinde",
    factor: "percent",
    unit: "%",
    polarity: "higherIsBetter",
    source: "Kreissportbund Coesfeld und Schulamt, Abfrage an den Grundschulen",
    spatialLevels: TOWN_LEVELS,
    periodType: "schoolYear",
    visibility: "public",
    suppressionThreshold: null,
    phases: ["grundschulalter"],
    fields: ["sport", "bildung"],
    model: { denominatorShare: 0.0095, countyRates: [72.0, 64.5, 61.2, 65.8, 69.4], profile: "social", complement: true },
  },
] as const satisfies readonly IndicatorRow[];

/** Code of a demo indicator, e.g. `"S1"`. */
export type IndicatorCode = (typeof INDICATORS)[number]["code"];

/** One value of the county series, for goal baselines. */
export interface CountyValue {
  period: string;
  /** Last day of the period as reported (31 December, or 31 July for a school year). */
  date: string;
  value: number;
}

/** The stored indicators and the county's series (the base for goal baselines). */
export interface SeededIndicators {
  indicators: Record<IndicatorCode, Stored<IndicatorInput>>;
  countySeries: Record<IndicatorCode, CountyValue[]>;
  observationCount: number;
}

/** First years of the five reporting periods: calendar years 2020–2024, school years 2019/20–2023/24. */
function periodsFor(type: PeriodType): { period: string; year: number; asOf: string; endDate: string }[] {
  const firstYear = type === "schoolYear" ? 2019 : 2020;
  return [0, 1, 2, 3, 4].map((i) => {
    const year = firstYear + i;
    if (type === "schoolYear") {
      return { period: formatPeriod({ type, year }), year: year + 1, asOf: `${year + 1}-11-30`, endDate: `${year + 1}-07-31` };
    }
    return { period: formatPeriod({ type: "year", year }), year, asOf: `${year + 1}-06-30`, endDate: `${year}-12-31` };
  });
}

/** Inhabitants of a town in a year: the table value for 2022, with slight growth. */
function populationIn(population: number, year: number): number {
  return population * (1 + 0.004 * (year - 2022));
}

/** Makes the population-weighted mean of a profile 1, so the county rate stays as specified. */
function normalisedProfile(profile: Record<TownKey, number>): Record<TownKey, number> {
  const total = TOWNS.reduce((sum, t) => sum + t.population, 0);
  const mean = TOWNS.reduce((sum, t) => sum + t.population * profile[t.key], 0) / total;
  const result = {} as Record<TownKey, number>;
  for (const t of TOWNS) result[t.key] = profile[t.key] / mean;
  return result;
}

interface Counts {
  numerator: number;
  denominator: number;
}

/** Invented counts of one indicator, town and period: denominator from the population, numerator from the rate. */
function generateCounts(row: IndicatorRow, town: (typeof TOWNS)[number], periodIndex: number, year: number): Counts {
  const { model } = row;
  const multiplier = factorMultiplier(row.factor);
  const townEffect = jitter(seededRandom(`${row.code}|${town.key}`), 0.1);
  const random = seededRandom(`${row.code}|${town.key}|${periodIndex}`);
  const denominator = Math.max(1, Math.round(populationIn(town.population, year) * model.denominatorShare * jitter(random, 0.03)));
  const countyRate = model.countyRates[periodIndex] ?? model.countyRates[0];
  const factor = normalisedProfile(PROFILES[model.profile])[town.key] * townEffect;
  const rate = model.complement
    ? multiplier - (multiplier - countyRate) * factor * jitter(random, 0.2)
    : countyRate * factor * jitter(random, 0.08);
  const numerator = Math.max(0, Math.min(row.factor === "percent" ? denominator : Infinity, Math.round((denominator * rate) / multiplier)));
  return { numerator, denominator };
}

/** Invented counts of the Land, from its rate and population. */
function stateCounts(row: IndicatorRow, rates: readonly number[], population: number, periodIndex: number, year: number): Counts {
  const random = seededRandom(`${row.code}|NRW|${periodIndex}`);
  const denominator = Math.round(populationIn(population, year) * row.model.denominatorShare * jitter(random, 0.01));
  const rate = rates[periodIndex] ?? rates[0] ?? 0;
  return { numerator: Math.round((denominator * rate) / factorMultiplier(row.factor)), denominator };
}

/**
 * Splits a town's counts over its social areas: denominators by population, numerators by
 * denominator with some variation (never above the denominator for a share), so that the
 * areas add up to the town exactly.
 */
function splitCounts(row: IndicatorRow, counts: Counts, areas: readonly Stored<TerritoryInput>[], periodIndex: number): Counts[] {
  const total = areas.reduce((sum, a) => sum + (a.population ?? 0), 0) || 1;
  const denominators = areas.map((a) => Math.floor((counts.denominator * (a.population ?? 0)) / total));
  denominators[denominators.length - 1] = counts.denominator - denominators.slice(0, -1).reduce((sum, d) => sum + d, 0);
  // Keyed by the area's official code, not its id: ids are new on every seed, codes are not.
  const weights = areas.map((a, i) => (denominators[i] ?? 0) * jitter(seededRandom(`${row.code}|${a.code}|${periodIndex}`), 0.35));
  const weightSum = weights.reduce((sum, w) => sum + w, 0) || 1;
  const cap = (i: number) => (row.factor === "percent" ? (denominators[i] ?? 0) : Infinity);
  const numerators = weights.map((w, i) => Math.min(cap(i), Math.floor((counts.numerator * w) / weightSum)));
  let left = counts.numerator - numerators.reduce((sum, n) => sum + n, 0);
  for (let i = 0; left > 0; i = (i + 1) % areas.length) {
    if ((numerators[i] ?? 0) < cap(i)) {
      numerators[i] = (numerators[i] ?? 0) + 1;
      left -= 1;
    }
  }
  return areas.map((_, i) => ({ numerator: numerators[i] ?? 0, denominator: denominators[i] ?? 0 }));
}

function observation(indicator: Stored<IndicatorInput>, territoryId: string, period: string, asOf: string, counts: Counts): ObservationInput {
  const input: ObservationInput = {
    indicatorId: indicator.id,
    territoryId,
    period,
    numerator: counts.numerator,
    denominator: counts.denominator,
    value: null,
    source: indicator.source,
    asOf,
    isDemo: true,
    note: "Demowert",
  };
  const problems = checkObservation(input, { ...indicator, id: indicator.id });
  if (problems.length > 0) throw new Error(`Demodaten: ${indicator.code} ${period}: ${problems.join(" ")}`);
  return input;
}

/** Stores the indicators and five periods of demo observations per town and for the county. */
export async function seedIndicators(
  db: Kysely<Database>,
  territories: SeededTerritories,
  axes: SeededAxes,
): Promise<SeededIndicators> {
  const indicators = {} as Record<IndicatorCode, Stored<IndicatorInput>>;
  const countySeries = {} as Record<IndicatorCode, CountyValue[]>;
  let observationCount = 0;
  for (const row of INDICATORS as readonly IndicatorRow[]) {
    const indicator = await insert(db, indicatorAggregate, {
      code: row.code,
      name: row.name,
      description: row.description,
      numerator: row.numerator,
      denominator: row.denominator,
      factor: row.factor,
      unit: row.unit,
      polarity: row.polarity,
      source: row.source,
      spatialLevels: [
        ...(row.model.stateRates ? (["state"] as const) : []),
        ...row.spatialLevels,
        ...(row.model.socialAreas ? (["socialArea"] as const) : []),
      ],
      periodType: row.periodType,
      visibility: row.visibility,
      lifePhaseIds: row.phases.map((code) => axes.lifePhases[code].id),
      fieldOfActionIds: row.fields.map((code) => axes.fields[code].id),
      suppressionThreshold: row.suppressionThreshold,
      // Swimming ability is the county youth office's own indicator; the others are the
      // statistics indicators every youth office shares.
      youthOfficeId: row.code === "SP1" ? territories.youthOffices.coesfeldCounty.id : null,
    });
    const code = row.code as IndicatorCode;
    indicators[code] = indicator;
    countySeries[code] = [];
    for (const [index, { period, year, asOf, endDate }] of periodsFor(row.periodType).entries()) {
      const county: Counts = { numerator: 0, denominator: 0 };
      for (const town of TOWNS) {
        const counts = generateCounts(row, town, index, year);
        county.numerator += counts.numerator;
        county.denominator += counts.denominator;
        const townId = territories.towns[town.key].id;
        await insert(db, observationAggregate, observation(indicator, townId, period, asOf, counts));
        observationCount += 1;
        const areas = territories.socialAreas.filter((a) => a.parentId === townId);
        if (!row.model.socialAreas || areas.length < 2) continue;
        for (const [i, areaCounts] of splitCounts(row, counts, areas, index).entries()) {
          await insert(db, observationAggregate, observation(indicator, (areas[i] as Stored<TerritoryInput>).id, period, asOf, areaCounts));
          observationCount += 1;
        }
      }
      if (row.model.stateRates) {
        const counts = stateCounts(row, row.model.stateRates, territories.state.population ?? 0, index, year);
        await insert(db, observationAggregate, observation(indicator, territories.state.id, period, asOf, counts));
        observationCount += 1;
      }
      await insert(db, observationAggregate, observation(indicator, territories.county.id, period, asOf, county));
      observationCount += 1;
      countySeries[code].push({ period, date: endDate, value: computeRate(county.numerator, county.denominator, row.factor) });
    }
  }
  return { indicators, countySeries, observationCount };
}
