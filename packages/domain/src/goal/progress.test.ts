import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import type { DesiredDirection, ProgressAssessmentInput, ProgressPoint } from "./progress.js";
import { assessProgress } from "./progress.js";
import type { ProgressStatus } from "./progress-status.js";
import { ProgressStatusSchema, progressStatusLabels } from "./progress-status.js";

const series = (...pairs: [number, number][]): ProgressPoint[] => pairs.map(([year, value]) => ({ year, value }));

describe("assessProgress with a target", () => {
  it("rates Betreuungsquote U3 39.3 → 41.0 % against 45 % in 2025 as acceleration needed", () => {
    const result = assessProgress({
      series: series([2019, 39.3], [2020, 40.1], [2022, 41]),
      desiredDirection: "increase",
      target: { year: 2025, value: 45 },
    });
    expect(result.status).toBe("accelerationNeeded");
    expect(result.method).toBe("cagr");
    expect(result.observedRate).toBeCloseTo(0.014216, 5);
    expect(result.requiredRate).toBeCloseTo(0.02283, 5);
    expect(result.ratio).toBeCloseTo(0.6227, 4);
  });

  it("rates a falling SGB-II-Quote unter 15 (6.5 → 6.0 %, target 5.5 % in 2024) as on track", () => {
    const result = assessProgress({
      series: series([2018, 6.5], [2021, 6]),
      desiredDirection: "decrease",
      target: { year: 2024, value: 5.5 },
    });
    expect(result.ratio).toBeCloseTo(0.9588, 4);
    expect(result.status).toBe("onTrack");
  });

  it("uses the thresholds 0.95 / 0.6 / 0 on the ratio", () => {
    // Base 100 in 2020, target 200 in 2030: required CAGR = 2^(1/10) − 1; latest value after 5 years.
    const required = Math.pow(2, 0.1) - 1;
    const statusFor = (r: number): ProgressStatus =>
      assessProgress({
        series: series([2020, 100], [2025, 100 * Math.pow(1 + r * required, 5)]),
        desiredDirection: "increase",
        target: { year: 2030, value: 200 },
      }).status;
    expect(statusFor(1.2)).toBe("onTrack");
    expect(statusFor(0.96)).toBe("onTrack");
    expect(statusFor(0.94)).toBe("accelerationNeeded");
    expect(statusFor(0.61)).toBe("accelerationNeeded");
    expect(statusFor(0.59)).toBe("limitedProgress");
    expect(statusFor(0)).toBe("limitedProgress");
    expect(statusFor(-0.1)).toBe("deterioration");
  });

  it("reports target achieved once the latest value meets the target", () => {
    const result = assessProgress({
      series: series([2019, 39.3], [2023, 45.2]),
      desiredDirection: "increase",
      target: { year: 2025, value: 45 },
    });
    expect(result).toMatchObject({ status: "targetAchieved" });
    expect(result.ratio).toBeUndefined();
  });

  it("rates a base that met the target but slipped back as deterioration", () => {
    const result = assessProgress({
      series: series([2019, 98], [2023, 94]),
      desiredDirection: "increase",
      target: { year: 2025, value: 95 },
    });
    expect(result.status).toBe("deterioration");
    expect(result.ratio).toBeUndefined();
  });

  it("falls back to the linear rate for negative and zero values", () => {
    // Net balance −10 → −6 (2020 → 2022), target 0 by 2025: 0.2 a year observed and required.
    const result = assessProgress({
      series: series([2020, -10], [2022, -6]),
      desiredDirection: "increase",
      target: { year: 2025, value: 0 },
    });
    expect(result.method).toBe("linear");
    expect(result.observedRate).toBeCloseTo(0.2, 10);
    expect(result.requiredRate).toBeCloseTo(0.2, 10);
    expect(result.status).toBe("onTrack");
  });

  it("rates without target when the target year is not after the base year", () => {
    const result = assessProgress({
      series: series([2020, 100], [2022, 104]),
      desiredDirection: "increase",
      target: { year: 2019, value: 120 },
    });
    expect(result.status).toBe("onTrack");
    expect(result.ratio).toBeUndefined();
  });
});

describe("assessProgress without a target", () => {
  const rate = (from: number, to: number, direction: DesiredDirection = "increase", limit?: number) =>
    assessProgress({
      series: series([2020, from], [2021, to]),
      desiredDirection: direction,
      ...(limit === undefined ? {} : { limit }),
    });

  it("applies 1.5 % / 0.5 % / 0 to the observed rate", () => {
    expect(rate(100, 102).status).toBe("onTrack");
    expect(rate(100, 101.6).status).toBe("onTrack");
    expect(rate(100, 101).status).toBe("accelerationNeeded");
    expect(rate(100, 100.2).status).toBe("limitedProgress");
    expect(rate(100, 100).status).toBe("limitedProgress");
    expect(rate(100, 99).status).toBe("deterioration");
  });

  it("signs the rate by the desired direction", () => {
    expect(rate(6.5, 6.0, "decrease").status).toBe("onTrack");
    expect(rate(6.5, 7.0, "decrease").status).toBe("deterioration");
    expect(rate(6.5, 6.0, "decrease").observedRate).toBeCloseTo(-0.0769, 4);
  });

  it("scales the thresholds down near a natural maximum (reach of welcome visits 95 → 96 %)", () => {
    const visits = (limit?: number) =>
      assessProgress({
        series: series([2021, 95], [2023, 96]),
        desiredDirection: "increase",
        ...(limit === undefined ? {} : { limit }),
      });
    expect(visits().status).toBe("accelerationNeeded");
    const limited = visits(100);
    expect(limited.limitScaling).toBeCloseTo(0.20367, 4);
    expect(limited.status).toBe("onTrack");
  });

  it("scales near a natural minimum and rates a held limit as on track", () => {
    expect(rate(3, 2.98, "decrease", 2).limitScaling).toBeCloseTo(0.95393, 4);
    expect(rate(3, 2.98, "decrease", 0).limitScaling).toBe(1);
    expect(rate(100, 100, "increase", 100).status).toBe("onTrack");
    expect(rate(100, 99, "increase", 100).status).toBe("deterioration");
  });

  it("measures a start from zero against the largest value", () => {
    const result = rate(0, 2);
    expect(result.method).toBe("linear");
    expect(result.observedRate).toBe(1);
    expect(rate(0, 0).status).toBe("limitedProgress");
  });

  it("needs two distinct years", () => {
    expect(assessProgress({ series: [], desiredDirection: "increase" })).toEqual({ status: "noData", observedRate: null });
    expect(assessProgress({ series: series([2020, 5]), desiredDirection: "increase" }).status).toBe("noData");
    expect(assessProgress({ series: series([2020, 5], [2020, 6]), desiredDirection: "increase" }).status).toBe("noData");
    expect(assessProgress({ series: series([2020, 5], [2021, Number.NaN]), desiredDirection: "increase" }).status).toBe("noData");
  });

  it("has German and English labels", () => {
    expect(labelOf(progressStatusLabels, "accelerationNeeded")).toBe("Fortschritt, Beschleunigung nötig");
    expect(labelOf(progressStatusLabels, "noData", "en")).toBe("No data");
  });
});

describe("assessProgress properties", () => {
  const direction = fc.constantFrom<DesiredDirection>("increase", "decrease");
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const year = fc.integer({ min: 2000, max: 2040 });
  const point = fc.record({ year, value });
  const seriesArb = fc.array(point, { maxLength: 8 });
  const input = fc.record(
    { series: seriesArb, desiredDirection: direction, target: point, limit: value },
    { requiredKeys: ["series", "desiredDirection"] },
  );
  const rank: Record<ProgressStatus, number> = {
    deterioration: 0,
    limitedProgress: 1,
    accelerationNeeded: 2,
    onTrack: 3,
    targetAchieved: 4,
    noData: -1,
  };
  const negate = (p: ProgressPoint): ProgressPoint => ({ year: p.year, value: -p.value });
  const flip = (d: DesiredDirection): DesiredDirection => (d === "increase" ? "decrease" : "increase");

  it("always yields a valid status and finite numbers, even for extreme values", () => {
    const anyValue = fc.double({ noNaN: false });
    const wild = fc.record({ year, value: anyValue });
    fc.assert(
      fc.property(fc.array(wild, { maxLength: 6 }), direction, fc.option(wild, { nil: undefined }), fc.option(anyValue, { nil: undefined }), (s, d, target, limit) => {
        const result = assessProgress({
          series: s,
          desiredDirection: d,
          ...(target === undefined ? {} : { target }),
          ...(limit === undefined ? {} : { limit }),
        });
        expect(ProgressStatusSchema.safeParse(result.status).success).toBe(true);
        expect(result.observedRate === null).toBe(result.status === "noData");
        for (const x of [result.observedRate, result.requiredRate, result.ratio, result.limitScaling]) {
          if (x !== undefined && x !== null) expect(Number.isFinite(x)).toBe(true);
        }
      }),
    );
  });

  it("flipping the direction turns improvement into deterioration", () => {
    fc.assert(
      fc.property(seriesArb, (s) => {
        const up = assessProgress({ series: s, desiredDirection: "increase" }).status;
        const down = assessProgress({ series: s, desiredDirection: "decrease" }).status;
        if (up === "onTrack" || up === "accelerationNeeded") expect(down).toBe("deterioration");
        if (up === "deterioration") expect(down).not.toBe("deterioration");
        if (up === "noData") expect(down).toBe("noData");
      }),
    );
  });

  it("a mirrored series with the opposite direction keeps improvement, deterioration and target achievement", () => {
    fc.assert(
      fc.property(input, (i) => {
        const original = assessProgress(i);
        const mirrored = assessProgress({
          series: i.series.map(negate),
          desiredDirection: flip(i.desiredDirection),
          ...(i.target === undefined ? {} : { target: negate(i.target) }),
        });
        const originalNoLimit = assessProgress({ ...i, limit: undefined });
        expect(mirrored.status === "deterioration").toBe(originalNoLimit.status === "deterioration");
        expect(mirrored.status === "targetAchieved").toBe(original.status === "targetAchieved");
        expect(mirrored.status === "noData").toBe(original.status === "noData");
      }),
    );
  });

  it("does not depend on the unit (scaling all values by a power of two)", () => {
    // Subnormal numbers would lose digits when halved; multiplying normal numbers by 2^k is exact.
    const normal = value.filter((v) => v === 0 || Math.abs(v) > 1e-290);
    const normalPoint = fc.record({ year, value: normal });
    const normalInput = fc.record(
      { series: fc.array(normalPoint, { maxLength: 8 }), desiredDirection: direction, target: normalPoint, limit: normal },
      { requiredKeys: ["series", "desiredDirection"] },
    );
    fc.assert(
      fc.property(normalInput, fc.integer({ min: -20, max: 20 }), (i, k) => {
        const f = Math.pow(2, k);
        const scaled: ProgressAssessmentInput = {
          series: i.series.map((p) => ({ year: p.year, value: p.value * f })),
          desiredDirection: i.desiredDirection,
          ...(i.target === undefined ? {} : { target: { year: i.target.year, value: i.target.value * f } }),
          ...(i.limit === undefined ? {} : { limit: i.limit * f }),
        };
        expect(assessProgress(scaled).status).toBe(assessProgress(i).status);
      }),
    );
  });

  it("a better latest value never gives a worse status", () => {
    fc.assert(
      fc.property(value, value, value, direction, fc.option(point, { nil: undefined }), (y0, a, b, d, target) => {
        const [worse, better] = d === "increase" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const at = (latest: number) =>
          assessProgress({
            series: series([2015, y0], [2020, latest]),
            desiredDirection: d,
            ...(target === undefined ? {} : { target }),
          }).status;
        expect(rank[at(better)]).toBeGreaterThanOrEqual(rank[at(worse)]);
      }),
    );
  });

  it("reports target achieved exactly when the latest value meets the target", () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 6 }), direction, point, (s, d, target) => {
        const result = assessProgress({ series: s, desiredDirection: d, target });
        if (result.status === "noData") return;
        const byYear = new Map(s.map((p) => [p.year, p.value]));
        const latest = byYear.get(Math.max(...byYear.keys()))!;
        const meets = d === "increase" ? latest >= target.value : latest <= target.value;
        expect(result.status === "targetAchieved").toBe(meets);
      }),
    );
  });
});
