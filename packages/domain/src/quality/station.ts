import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Station des Qualitätskreislaufs: the four stations of the ISA quality cycle
 * ("Qualitätsrahmen Kommunale Gesamtstrategie"), in the order the cycle runs through them.
 *
 * @example
 * QualityStationSchema.parse("reflection");
 */
export const QualityStationSchema = z.enum(["leitbild", "strategicSteering", "implementation", "reflection"]);
/** A station of the quality cycle. */
export type QualityStation = z.infer<typeof QualityStationSchema>;

/** German and English labels of the quality cycle's stations. */
export const qualityStationLabels: EnumLabels<QualityStation> = {
  leitbild: { de: "Leitbild und Vision", en: "Mission statement and vision" },
  strategicSteering: {
    de: "Strategische Steuerung und Zielentwicklung",
    en: "Strategic steering and goal development",
  },
  implementation: {
    de: "Ziele konkretisieren und umsetzen",
    en: "Making goals concrete and implementing them",
  },
  reflection: { de: "Reflexion und Neuausrichtung", en: "Reflection and realignment" },
};
