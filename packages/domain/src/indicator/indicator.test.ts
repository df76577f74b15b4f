import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { IndicatorFactorSchema, indicatorFactorLabels } from "./factor.js";
import { IndicatorInputSchema, IndicatorSchema, type IndicatorInput } from "./indicator.js";
import { periodTypeLabels, PeriodTypeSchema } from "./period.js";
import { polarityLabels, PolaritySchema } from "./polarity.js";
import { spatialLevelLabels, SpatialLevelSchema } from "./spatial-level.js";
import { indicatorVisibilityLabels, IndicatorVisibilitySchema } from "./visibility.js";

const s1: IndicatorInput = {
  code: "S1",
  name: { de: "SGB-II-Quote unter 15 Jahren", en: "Child poverty rate (SGB II, under 15)" },
  description: "Anteil der Kinder unter 15 Jahren, die in SGB-II-Bedarfsgemeinschaften leben.",
  numerator: "Personen unter 15 Jahren in SGB-II-Bedarfsgemeinschaften",
  denominator: "Bevölkerung unter 15 Jahren",
  factor: "percent",
  unit: "%",
  polarity: "lowerIsBetter",
  source: "Bundesagentur für Arbeit",
  spatialLevels: ["county", "town"],
  periodType: "year",
  visibility: "public",
  lifePhaseIds: [],
  fieldOfActionIds: [],
  suppressionThreshold: null,
  youthOfficeId: null,
};

const messagesOf = (value: unknown): string[] =>
  IndicatorInputSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("IndicatorInputSchema", () => {
  it("accepts S1 from the indicator table", () => {
    expect(IndicatorInputSchema.parse({ ...s1, code: " S1 " }).code).toBe("S1");
    expect(IndicatorInputSchema.parse({ ...s1, code: "KAoA.2_b-1", suppressionThreshold: 5 }).suppressionThreshold).toBe(5);
  });

  it("rejects malformed codes", () => {
    expect(messagesOf({ ...s1, code: "-S1" })[0]).toContain("Kürzel");
    expect(messagesOf({ ...s1, code: "S 1" })).toHaveLength(1);
    expect(messagesOf({ ...s1, code: "S".repeat(21) })).toHaveLength(1);
  });

  it("needs at least one spatial level, each only once", () => {
    expect(messagesOf({ ...s1, spatialLevels: [] })).toEqual(["Ein Indikator braucht mindestens eine Raumebene."]);
    expect(messagesOf({ ...s1, spatialLevels: ["town", "town"] })).toEqual(["Jede Raumebene darf nur einmal angegeben werden."]);
  });

  it("bounds the suppression threshold to whole numbers 1..20", () => {
    for (const bad of [0, 21, 2.5]) expect(messagesOf({ ...s1, suppressionThreshold: bad })).toHaveLength(1);
  });

  it("requires an id on the stored record", () => {
    expect(IndicatorSchema.safeParse(s1).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...s1, id: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11" }).success).toBe(true);
  });
});

describe("enumeration labels", () => {
  it("label every value in German and English", () => {
    const pairs = [
      [IndicatorFactorSchema.options, indicatorFactorLabels],
      [PolaritySchema.options, polarityLabels],
      [SpatialLevelSchema.options, spatialLevelLabels],
      [PeriodTypeSchema.options, periodTypeLabels],
      [IndicatorVisibilitySchema.options, indicatorVisibilityLabels],
    ] as const;
    for (const [options, labels] of pairs) {
      expect(Object.keys(labels).sort()).toEqual([...options].sort());
    }
    expect(labelOf(spatialLevelLabels, "county")).toBe("Kreis / kreisfreie Stadt");
    expect(labelOf(spatialLevelLabels, "youthOfficeDistrict", "de")).toBe("Jugendamtsbezirk");
    expect(labelOf(periodTypeLabels, "schoolYear", "en")).toBe("School year");
  });
});
