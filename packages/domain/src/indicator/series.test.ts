import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ObservationInput } from "./observation.js";
import { comparePeriods } from "./period.js";
import { PolaritySchema } from "./polarity.js";
import { compareToReference, latestObservation, seriesFor } from "./series.js";

const s1 = "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11";
const b1 = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const coesfeld = "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c";
const duelmen = "7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f";

const point = (indicatorId: string, territoryId: string, period: string, value: number, asOf = "2022-06-30"): ObservationInput => ({
  indicatorId,
  territoryId,
  period,
  numerator: null,
  denominator: null,
  value,
  source: "Bundesagentur für Arbeit",
  asOf,
  isDemo: true,
  note: null,
});

const observations = [
  point(s1, coesfeld, "2021", 6.5),
  point(s1, coesfeld, "2019", 6.9),
  point(s1, duelmen, "2021", 8.1),
  point(b1, coesfeld, "2020", 39.3),
  point(s1, coesfeld, "2020", 6.6, "2021-03-31"),
  point(s1, coesfeld, "2020", 6.7, "2021-09-30"),
];

describe("seriesFor", () => {
  it("selects one indicator and territory, ordered by period", () => {
    expect(seriesFor(observations, s1, coesfeld).map((o) => [o.period, o.value])).toEqual([
      ["2019", 6.9],
      ["2020", 6.7],
      ["2021", 6.5],
    ]);
  });

  it("keeps the latest revision of a period", () => {
    expect(seriesFor(observations, s1, coesfeld)[1]?.asOf).toBe("2021-09-30");
  });

  it("is always sorted and free of duplicate periods", () => {
    const periods = fc.constantFrom("2019", "2020", "2021", "2022", "2023");
    fc.assert(
      fc.property(fc.array(periods), (list) => {
        const series = seriesFor(list.map((p, i) => point(s1, coesfeld, p, i)), s1, coesfeld).map((o) => o.period);
        expect(series).toEqual([...new Set(list)].sort(comparePeriods));
      }),
    );
  });
});

describe("latestObservation", () => {
  it("returns the latest period or undefined", () => {
    expect(latestObservation(observations, s1, coesfeld)?.value).toBe(6.5);
    expect(latestObservation(observations, b1, duelmen)).toBeUndefined();
  });
});

describe("compareToReference", () => {
  it("judges by polarity", () => {
    expect(compareToReference(6.5, 40.0, "lowerIsBetter")).toBe("better");
    expect(compareToReference(7.8, 2.3, "lowerIsBetter")).toBe("worse");
    expect(compareToReference(39.3, 16.8, "higherIsBetter")).toBe("better");
    expect(compareToReference(16.8, 39.3, "higherIsBetter")).toBe("worse");
    expect(compareToReference(6.5, 6.5, "lowerIsBetter")).toBe("same");
  });

  it("handles tolerance, neutral indicators and missing values", () => {
    expect(compareToReference(6.52, 6.5, "lowerIsBetter", 0.05)).toBe("same");
    expect(compareToReference(6.5, 6.5, "neutral")).toBe("same");
    expect(compareToReference(7, 6.5, "neutral")).toBe("notComparable");
    expect(compareToReference(null, 6.5, "lowerIsBetter")).toBe("notComparable");
    expect(compareToReference(6.5, null, "higherIsBetter")).toBe("notComparable");
  });

  it("flips when value and reference swap", () => {
    const flip = { better: "worse", worse: "better", same: "same", notComparable: "notComparable" } as const;
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...PolaritySchema.options), (a, b, polarity) => {
        expect(compareToReference(b, a, polarity)).toBe(flip[compareToReference(a, b, polarity)]);
      }),
    );
  });
});
