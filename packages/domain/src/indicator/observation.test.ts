import { describe, expect, it } from "vitest";
import { checkObservation, completeObservation, type ObservationIndicator } from "./check-observation.js";
import { ObservationInputSchema, PublicObservationSchema, type ObservationInput } from "./observation.js";

const indicatorId = "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11";
const s1: ObservationIndicator = { id: indicatorId, code: "S1", factor: "percent", periodType: "year" };

// Kreis Coesfeld, SGB-II-Quote unter 15, 2021: 6.5 %.
const observation: ObservationInput = {
  indicatorId,
  territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c",
  period: "2021",
  numerator: 2_080,
  denominator: 32_000,
  value: 6.5,
  source: "Bundesagentur für Arbeit",
  asOf: "2022-03-31",
  isDemo: true,
  note: null,
};

describe("ObservationInputSchema", () => {
  it("accepts counts with a value, counts alone and a published rate alone", () => {
    expect(ObservationInputSchema.safeParse(observation).success).toBe(true);
    expect(ObservationInputSchema.safeParse({ ...observation, value: null }).success).toBe(true);
    expect(ObservationInputSchema.safeParse({ ...observation, numerator: null, denominator: null }).success).toBe(true);
  });

  it("needs counts or a value", () => {
    const result = ObservationInputSchema.safeParse({ ...observation, denominator: null, value: null });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Eine Beobachtung braucht Zähler und Nenner oder, wenn die Quelle nur eine Quote veröffentlicht, einen Wert.",
    ]);
  });

  it("rejects fractional or negative counts, a zero denominator and invalid periods", () => {
    for (const bad of [{ numerator: 2.5 }, { numerator: -1 }, { denominator: 0 }, { value: -1 }, { period: "2021/23" }]) {
      expect(ObservationInputSchema.safeParse({ ...observation, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("PublicObservationSchema", () => {
  it("forbids figures on a suppressed observation", () => {
    const stored = { ...observation, id: "9e3a1c2b-4d5e-4f60-8a7b-1c2d3e4f5a6b" };
    expect(PublicObservationSchema.safeParse({ ...stored, suppressed: false }).success).toBe(true);
    expect(PublicObservationSchema.safeParse({ ...stored, suppressed: true }).success).toBe(false);
    expect(
      PublicObservationSchema.safeParse({ ...stored, numerator: null, denominator: null, value: null, suppressed: true }).success,
    ).toBe(true);
  });
});

describe("checkObservation", () => {
  it("finds nothing wrong with a consistent observation", () => {
    expect(checkObservation(observation, s1)).toEqual([]);
    expect(checkObservation({ ...observation, value: 6.5 }, { ...s1, id: undefined })).toEqual([]);
  });

  it("flags a period that does not fit the period type", () => {
    expect(checkObservation({ ...observation, period: "2021/22" }, s1)).toEqual([
      "Der Zeitraum „2021/22“ passt nicht zum Indikator S1: erwartet wird Kalenderjahr (z. B. „2021“).",
    ]);
  });

  it("flags a value that contradicts the counts", () => {
    const [message] = checkObservation({ ...observation, value: 65 }, s1);
    expect(message).toContain("Der Wert 65 passt nicht zu Zähler 2.080 und Nenner 32.000: daraus ergeben sich 6,5.");
  });

  it("flags a share above 100 %", () => {
    expect(checkObservation({ ...observation, numerator: 32_000, denominator: 2_080, value: null }, s1)[0]).toContain(
      "Sind Zähler und Nenner vertauscht?",
    );
    expect(checkObservation({ ...observation, numerator: null, denominator: null, value: 101 }, s1)).toHaveLength(1);
    expect(
      checkObservation({ ...observation, numerator: 286, denominator: 100, value: null }, { ...s1, factor: "perTenThousand" }),
    ).toEqual([]);
  });

  it("flags another indicator and an as-of date before the period", () => {
    const messages = checkObservation(
      { ...observation, indicatorId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", asOf: "2020-12-31" },
      s1,
    );
    expect(messages).toEqual([
      "Die Beobachtung gehört nicht zum Indikator S1.",
      "Der Datenstand 2020-12-31 liegt vor dem Beginn des Zeitraums 2021; prüfen Sie Zeitraum und Datenstand.",
    ]);
  });
});

describe("completeObservation", () => {
  it("fills the value from the counts in full precision", () => {
    const h2 = { ...observation, numerator: 174, denominator: 38_000, value: null };
    expect(completeObservation(h2, { factor: "perThousand" }).value).toBeCloseTo(4.578947, 6);
  });

  it("replaces a typed-in value by the computed one", () => {
    expect(completeObservation({ ...observation, value: 65 }, s1).value).toBe(6.5);
  });

  it("leaves an observation without both counts unchanged", () => {
    const published = { ...observation, numerator: null, denominator: null };
    expect(completeObservation(published, s1)).toBe(published);
  });
});
