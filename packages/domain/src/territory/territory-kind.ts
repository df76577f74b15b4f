import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";

/**
 * Gebietsart: the level of a territory, from the Land (federal state) down to the social area
 * (Sozialraum / Ortsteil), the level at which monitoring and planning happen. A county (Kreis)
 * contains towns (Gemeinden); a county-free city (kreisfreie Stadt) is county and town at once
 * and contains its social areas directly.
 *
 * @example
 * TerritoryKindSchema.parse("town");
 */
export const TerritoryKindSchema = z.enum(["state", "county", "countyFreeCity", "town", "socialArea"]);
/** A territory level: `state`, `county`, `countyFreeCity`, `town` or `socialArea`. */
export type TerritoryKind = z.infer<typeof TerritoryKindSchema>;

/** German and English labels of the territory levels. */
export const territoryKindLabels: EnumLabels<TerritoryKind> = {
  state: { de: "Land", en: "Federal state" },
  county: { de: "Kreis", en: "County" },
  countyFreeCity: { de: "Kreisfreie Stadt", en: "County-free city" },
  town: { de: "Gemeinde", en: "Town" },
  socialArea: { de: "Sozialraum", en: "Social area" },
};

const parentKinds: Record<TerritoryKind, readonly TerritoryKind[]> = {
  state: [],
  county: ["state"],
  countyFreeCity: ["state"],
  town: ["county"],
  socialArea: ["town", "countyFreeCity"],
};

/**
 * The kinds a territory's parent may have; empty for the Land.
 *
 * @example
 * allowedParentKinds("socialArea"); // ["town", "countyFreeCity"]
 */
export function allowedParentKinds(kind: TerritoryKind): readonly TerritoryKind[] {
  return parentKinds[kind];
}

/**
 * Whether a territory of this kind may stand without a parent: the Land, and a county or
 * county-free city on a platform that does not hold its Land.
 *
 * @example
 * mayBeTopLevel("county"); // true
 * mayBeTopLevel("town"); // false
 */
export function mayBeTopLevel(kind: TerritoryKind): boolean {
  return kind === "state" || kind === "county" || kind === "countyFreeCity";
}

const officialKeyPatterns: Partial<Record<TerritoryKind, { pattern: RegExp; digits: number; example: string }>> = {
  state: { pattern: /^\d{2}$/, digits: 2, example: "05" },
  county: { pattern: /^\d{5}$/, digits: 5, example: "05558" },
  countyFreeCity: { pattern: /^\d{5}$/, digits: 5, example: "05513" },
  town: { pattern: /^\d{8}$/, digits: 8, example: "05558016" },
};

/**
 * The official statistics key (Amtlicher Gemeindeschlüssel, AGS) a territory of this kind must
 * carry: 2 digits for a Land, 5 for a county or county-free city, 8 for a town; `null` for
 * social areas, whose codes the towns choose.
 *
 * @example
 * officialKeyFormat("town"); // { digits: 8, example: "05558016", pattern: /^\d{8}$/ }
 */
export function officialKeyFormat(kind: TerritoryKind): { pattern: RegExp; digits: number; example: string } | null {
  return officialKeyPatterns[kind] ?? null;
}
