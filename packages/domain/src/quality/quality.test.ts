import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { QualityAssessmentInputSchema, type AssessmentItem, type QualityAssessmentInput } from "./assessment.js";
import { compareAssessments } from "./compare.js";
import { fulfilmentLabels, fulfilmentPoints, FulfilmentSchema, type Fulfilment } from "./fulfilment.js";
import { maturityLevelFor, maturityLevelLabels, MaturityLevelSchema, maturityScore } from "./maturity.js";
import { prerequisiteLabels, PrerequisiteSchema } from "./prerequisite.js";
import { qualityStationLabels, QualityStationSchema } from "./station.js";

const item = (fulfilment: Fulfilment, note = ""): AssessmentItem => ({ fulfilment, note });

const assessment2024: QualityAssessmentInput = {
  territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
  assessedOn: "2024-11-20",
  prerequisites: {
    a: item("fully"),
    b: item("fully", "Leitbild 2019 vom Kreistag beschlossen."),
    c: item("fully"),
    d: item("fully"),
    e: item("inPreparation", "Kennzahlenset auf Gemeindeebene, Sozialräume folgen."),
    f: item("inPreparation"),
    g: item("partly"),
  },
  stations: {
    leitbild: item("fully"),
    strategicSteering: item("partly"),
    implementation: item("partly"),
    reflection: item("inPreparation"),
  },
  assessedBy: "Planungsgruppe",
};

const assessment2023: QualityAssessmentInput = {
  ...assessment2024,
  assessedOn: "2023-11-15",
  prerequisites: { ...assessment2024.prerequisites, e: item("no"), g: item("fully") },
  stations: { ...assessment2024.stations, reflection: item("no") },
};

const allAt = (fulfilment: Fulfilment): QualityAssessmentInput => ({
  ...assessment2024,
  prerequisites: { a: item(fulfilment), b: item(fulfilment), c: item(fulfilment), d: item(fulfilment), e: item(fulfilment), f: item(fulfilment), g: item(fulfilment) },
  stations: { leitbild: item(fulfilment), strategicSteering: item(fulfilment), implementation: item(fulfilment), reflection: item(fulfilment) },
});

const fulfilment = fc.constantFrom(...FulfilmentSchema.options);
const arbitraryAssessment: fc.Arbitrary<QualityAssessmentInput> = fc
  .tuple(fc.array(fulfilment, { minLength: 7, maxLength: 7 }), fc.array(fulfilment, { minLength: 4, maxLength: 4 }))
  .map(([prerequisites, stations]) => ({
    ...assessment2024,
    prerequisites: Object.fromEntries(PrerequisiteSchema.options.map((key, i) => [key, item(prerequisites[i]!)])) as QualityAssessmentInput["prerequisites"],
    stations: Object.fromEntries(QualityStationSchema.options.map((key, i) => [key, item(stations[i]!)])) as QualityAssessmentInput["stations"],
  }));

describe("labels", () => {
  it("label every value in German and English", () => {
    const pairs = [
      [PrerequisiteSchema.options, prerequisiteLabels],
      [QualityStationSchema.options, qualityStationLabels],
      [FulfilmentSchema.options, fulfilmentLabels],
      [MaturityLevelSchema.options, maturityLevelLabels],
    ] as const;
    for (const [options, labels] of pairs) expect(Object.keys(labels).sort()).toEqual([...options].sort());
    expect(labelOf(prerequisiteLabels, "f")).toBe("Regelmäßige Befragungen von Familien (Adressat:innenbefragungen)");
    expect(labelOf(qualityStationLabels, "reflection", "en")).toBe("Reflection and realignment");
  });

  it("give each fulfilment one point more than the last", () => {
    expect(FulfilmentSchema.options.map((value) => fulfilmentPoints[value])).toEqual([0, 1, 2, 3]);
  });
});

describe("QualityAssessmentInputSchema", () => {
  it("accepts a complete assessment", () => {
    expect(QualityAssessmentInputSchema.safeParse(assessment2024).success).toBe(true);
  });

  it("requires all seven prerequisites and all four stations", () => {
    const sixPrerequisites = { ...assessment2024.prerequisites, g: undefined };
    expect(QualityAssessmentInputSchema.safeParse({ ...assessment2024, prerequisites: sixPrerequisites }).success).toBe(false);
    const threeStations = { ...assessment2024.stations, reflection: undefined };
    expect(QualityAssessmentInputSchema.safeParse({ ...assessment2024, stations: threeStations }).success).toBe(false);
    const result = QualityAssessmentInputSchema.safeParse({ ...assessment2024, stations: threeStations });
    expect(result.error?.issues[0]?.path).toEqual(["stations", "reflection"]);
  });

  it("limits notes to 2000 characters", () => {
    const prerequisites = { ...assessment2024.prerequisites, a: item("fully", "x".repeat(2001)) };
    expect(QualityAssessmentInputSchema.safeParse({ ...assessment2024, prerequisites }).success).toBe(false);
  });
});

describe("maturityScore", () => {
  it("weights prerequisites 60 % and stations 40 %", () => {
    expect(maturityScore(assessment2024)).toEqual({
      score: 72,
      level: "established",
      prerequisitesScore: 76,
      stationsScore: 67,
      openPrerequisites: ["e", "f", "g"],
    });
  });

  it("spans 0 to 100", () => {
    expect(maturityScore(allAt("no"))).toMatchObject({ score: 0, level: "starting", openPrerequisites: PrerequisiteSchema.options });
    expect(maturityScore(allAt("fully"))).toMatchObject({ score: 100, level: "advanced", openPrerequisites: [] });
    expect(maturityScore(allAt("partly")).score).toBe(67);
  });

  it("maps scores to levels at 25, 50 and 75", () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map(maturityLevelFor)).toEqual([
      "starting", "starting", "developing", "developing", "established", "established", "advanced", "advanced",
    ]);
  });

  it("stays an integer within 0..100", () => {
    fc.assert(
      fc.property(arbitraryAssessment, (assessment) => {
        const { score, prerequisitesScore, stationsScore } = maturityScore(assessment);
        for (const value of [score, prerequisitesScore, stationsScore]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("rises whenever any single item improves", () => {
    const keys = [
      ...PrerequisiteSchema.options.map((key) => ["prerequisites", key] as const),
      ...QualityStationSchema.options.map((key) => ["stations", key] as const),
    ];
    fc.assert(
      fc.property(arbitraryAssessment, fc.constantFrom(...keys), (assessment, [group, key]) => {
        const items: Record<string, AssessmentItem> = assessment[group];
        const current = items[key]!.fulfilment;
        fc.pre(current !== "fully");
        const next = FulfilmentSchema.options[FulfilmentSchema.options.indexOf(current) + 1]!;
        const improved = { ...assessment, [group]: { ...items, [key]: item(next) } };
        expect(maturityScore(improved).score).toBeGreaterThan(maturityScore(assessment).score);
        expect(compareAssessments(assessment, improved).improved).toHaveLength(1);
      }),
    );
  });
});

describe("compareAssessments", () => {
  it("lists improved and worsened items between two years", () => {
    expect(compareAssessments(assessment2023, assessment2024)).toEqual({
      improved: [
        { kind: "prerequisite", item: "e", from: "no", to: "inPreparation" },
        { kind: "station", item: "reflection", from: "no", to: "inPreparation" },
      ],
      worsened: [{ kind: "prerequisite", item: "g", from: "fully", to: "partly" }],
      scoreChange: maturityScore(assessment2024).score - maturityScore(assessment2023).score,
    });
  });

  it("finds nothing between identical assessments", () => {
    expect(compareAssessments(assessment2024, assessment2024)).toEqual({ improved: [], worsened: [], scoreChange: 0 });
  });

  it("refuses swapped arguments", () => {
    expect(() => compareAssessments(assessment2024, assessment2023)).toThrow(RangeError);
  });
});
