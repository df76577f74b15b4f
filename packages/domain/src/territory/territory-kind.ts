import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Gebietsart: the level of a territory. A county (Kreis) contains towns (Gemeinden), a town
 * contains social areas (Sozialräume / Ortsteile), the level at which monitoring and planning
 * happen.
 *
 * @example
 * TerritoryKindSchema.parse("town");
 */
export const TerritoryKindSchema = z.enum(["county", "town", "socialArea"]);
/** A territory level: `county`, `town` or `socialArea`. */
export type TerritoryKind = z.infer<typeof TerritoryKindSchema>;

/** German and English labels of the territory levels. */
export const territoryKindLabels: EnumLabels<TerritoryKind> = {
  county: { de: "Kreis", en: "County" },
  town: { de: "Gemeinde", en: "Town" },
  socialArea: { de: "Sozialraum", en: "Social area" },
};

/**
 * The kind a territory's parent must have; `null` for the top level.
 *
 * @example
 * parentKindOf("socialArea"); // "town"
 */
export function parentKindOf(kind: TerritoryKind): TerritoryKind | null {
  switch (kind) {
    case "county":
      return null;
    case "town":
      return "county";
    case "socialArea":
      return "town";
  }
}
