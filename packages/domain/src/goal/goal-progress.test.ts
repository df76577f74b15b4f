import { describe, expect, it } from "vitest";
import { periodEndYear } from "../indicator/period.js";
import { assessGoalProgress, goalDirection, goalValueYear } from "./goal-progress.js";
import { assessProgress } from "./progress.js";

describe("assessProgress from the goal's baseline", () => {
  // Baseline 39.3 % in 2019; the series only starts in 2020, already at 41 %.
  const series = [{ year: 2020, value: 41 }, { year: 2022, value: 41.5 }];
  const target = { year: 2025, value: 45 };

  it("measures from the baseline, not from the first value of the series", () => {
    const fromBaseline = assessProgress({ series, desiredDirection: "increase", target, baseline: { year: 2019, value: 39.3 } });
    expect(fromBaseline.observedRate).toBeCloseTo(Math.pow(41.5 / 39.3, 1 / 3) - 1, 10);
    expect(fromBaseline.requiredRate).toBeCloseTo(Math.pow(45 / 39.3, 1 / 6) - 1, 10);
    expect(fromBaseline.status).toBe("accelerationNeeded");
    expect(assessProgress({ series, desiredDirection: "increase", target }).status).toBe("limitedProgress");
  });

  it("ignores values of the baseline year and before, and needs one later value", () => {
    const early = [{ year: 2018, value: 30 }, { year: 2019, value: 35 }];
    expect(assessProgress({ series: early, desiredDirection: "increase", baseline: { year: 2019, value: 39.3 } }).status).toBe("noData");
    const result = assessProgress({ series: [...early, { year: 2021, value: 39.3 * 1.02 * 1.02 }], desiredDirection: "increase", baseline: { year: 2019, value: 39.3 } });
    expect(result.observedRate).toBeCloseTo(0.02, 10);
    expect(result.status).toBe("onTrack");
  });

  it("rates a baseline that already met the target but slipped back as deterioration", () => {
    expect(assessProgress({ series: [{ year: 2022, value: 6 }], desiredDirection: "decrease", baseline: { year: 2020, value: 5 }, target: { year: 2025, value: 5.5 } }).status).toBe("deterioration");
  });
});

describe("assessGoalProgress", () => {
  const goal = { baseline: { value: 39.3, date: "2019-07-31" }, target: { value: 45, date: "2025-07-31" } };

  it("counts a school year as the year it ends in and skips suppressed values", () => {
    expect(periodEndYear("2023/24")).toBe(2024);
    expect(periodEndYear("2024")).toBe(2024);
    expect(periodEndYear("2024-Q2")).toBe(2024);
    expect(goalValueYear(goal.baseline)).toBe(2019);
    const result = assessGoalProgress(goal, { polarity: "higherIsBetter", factor: "percent" }, [
      { period: "2018/19", value: 30 },
      { period: "2019/20", value: null },
      { period: "2021/22", value: 41.5 },
    ]);
    expect(result.observedRate).toBeCloseTo(Math.pow(41.5 / 39.3, 1 / 3) - 1, 10);
    expect(result.status).toBe("accelerationNeeded");
  });

  it("takes the direction from the target for a neutral indicator, and gives no data without one", () => {
    expect(goalDirection({ baseline: { value: 6.5, date: "2021-12-31" }, target: { value: 5.5, date: "2027-12-31" } }, { polarity: "neutral" })).toBe("decrease");
    expect(assessGoalProgress({ baseline: null, target: null }, { polarity: "neutral", factor: "perThousand" }, [{ period: "2020", value: 1 }, { period: "2021", value: 2 }]).status).toBe("noData");
  });
});
