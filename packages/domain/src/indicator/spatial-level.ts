import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Raumebene: the spatial level an indicator is reported on, from the federal state down to the
 * social area (Sozialraum) of the small-area prevention monitoring.
 *
 * @example
 * SpatialLevelSchema.parse("socialArea");
 */
export const SpatialLevelSchema = z.enum([
  "state",
  "county",
  "youthOfficeDistrict",
  "town",
  "socialArea",
]);
/** A spatial level of reporting. */
export type SpatialLevel = z.infer<typeof SpatialLevelSchema>;

/** German and English labels of the spatial levels. */
export const spatialLevelLabels: EnumLabels<SpatialLevel> = {
  state: { de: "Land", en: "Federal state" },
  county: { de: "Kreis / kreisfreie Stadt", en: "County / county-free city" },
  youthOfficeDistrict: { de: "Jugendamtsbezirk", en: "Youth office district" },
  town: { de: "Gemeinde", en: "Municipality" },
  socialArea: { de: "Sozialraum", en: "Social area" },
};
