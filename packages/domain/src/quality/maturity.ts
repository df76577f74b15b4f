import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";
import type { QualityAssessmentInput } from "./assessment.js";
import { fulfilmentPoints } from "./fulfilment.js";
import { PrerequisiteSchema, type Prerequisite } from "./prerequisite.js";
import { QualityStationSchema } from "./station.js";

/**
 * Entwicklungsstand: the maturity of a municipality's prevention chain as derived from its
 * self-assessment score (see {@link maturityLevelFor} for the thresholds).
 *
 * @example
 * MaturityLevelSchema.parse("established");
 */
export const MaturityLevelSchema = z.enum(["starting", "developing", "established", "advanced"]);
/** The maturity level of a prevention chain. */
export type MaturityLevel = z.infer<typeof MaturityLevelSchema>;

/** German and English labels of the maturity levels. */
export const maturityLevelLabels: EnumLabels<MaturityLevel> = {
  starting: { de: "Am Anfang", en: "Starting" },
  developing: { de: "Im Aufbau", en: "Developing" },
  established: { de: "Etabliert", en: "Established" },
  advanced: { de: "Weit entwickelt", en: "Advanced" },
};

/**
 * The maturity level for a score of 0–100, in quarters: below 25 starting, 25–49 developing,
 * 50–74 established, 75 and above advanced.
 *
 * @example
 * maturityLevelFor(50); // "established"
 */
export function maturityLevelFor(score: number): MaturityLevel {
  if (score < 25) return "starting";
  if (score < 50) return "developing";
  if (score < 75) return "established";
  return "advanced";
}

/** The result of {@link maturityScore}. */
export type MaturityScore = {
  /** Overall score, an integer 0–100. */
  score: number;
  /** Maturity level derived from `score`. */
  level: MaturityLevel;
  /** Share of the prerequisites' possible points, an integer 0–100. */
  prerequisitesScore: number;
  /** Share of the stations' possible points, an integer 0–100. */
  stationsScore: number;
  /** Prerequisites not yet fully in place, in checklist order a–g. */
  openPrerequisites: Prerequisite[];
};

const maxPoints = fulfilmentPoints.fully;

/**
 * Scores a self-assessment. Each item earns 0–3 points (no, in preparation, partly, fully).
 * The overall score weights the prerequisites 60 % and the stations 40 %: the prerequisites are
 * structures that can be checked (a conference, a Leitbild, a monitoring exists or not), while
 * the stations judge how the quality cycle is lived and rest more on self-perception. Every
 * step up of any single item therefore raises the score by about 3 points.
 *
 * @example
 * maturityScore(assessment);
 * // { score: 72, level: "established", prerequisitesScore: 76, stationsScore: 67, openPrerequisites: ["e", "f", "g"] }
 */
export function maturityScore(assessment: QualityAssessmentInput): MaturityScore {
  const prerequisitePoints = PrerequisiteSchema.options.reduce(
    (sum, key) => sum + fulfilmentPoints[assessment.prerequisites[key].fulfilment],
    0,
  );
  const stationPoints = QualityStationSchema.options.reduce(
    (sum, key) => sum + fulfilmentPoints[assessment.stations[key].fulfilment],
    0,
  );
  const prerequisiteMax = PrerequisiteSchema.options.length * maxPoints;
  const stationMax = QualityStationSchema.options.length * maxPoints;
  const score = Math.round((60 * prerequisitePoints) / prerequisiteMax + (40 * stationPoints) / stationMax);
  return {
    score,
    level: maturityLevelFor(score),
    prerequisitesScore: Math.round((100 * prerequisitePoints) / prerequisiteMax),
    stationsScore: Math.round((100 * stationPoints) / stationMax),
    openPrerequisites: PrerequisiteSchema.options.filter(
      (key) => assessment.prerequisites[key].fulfilment !== "fully",
    ),
  };
}
