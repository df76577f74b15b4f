import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Fortschrittsstatus: the progress category of an indicator series towards a goal, following
 * the Open SDG / Statistics Canada method (see `assessProgress`).
 *
 * @example
 * ProgressStatusSchema.parse("accelerationNeeded");
 */
export const ProgressStatusSchema = z.enum([
  "targetAchieved",
  "onTrack",
  "accelerationNeeded",
  "limitedProgress",
  "deterioration",
  "noData",
]);
/** Progress category of an indicator series. */
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

/** German and English labels of the progress categories. */
export const progressStatusLabels: EnumLabels<ProgressStatus> = {
  targetAchieved: { de: "Ziel erreicht", en: "Target achieved" },
  onTrack: { de: "Auf Kurs", en: "On track" },
  accelerationNeeded: {
    de: "Fortschritt, Beschleunigung nötig",
    en: "Progress made, acceleration needed",
  },
  limitedProgress: { de: "Geringer Fortschritt", en: "Limited progress" },
  deterioration: { de: "Verschlechterung", en: "Deterioration" },
  noData: { de: "Keine Daten", en: "No data" },
};
