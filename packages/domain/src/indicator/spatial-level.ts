import { z } from "zod";
import type { EnumLabels } from "../shared/label.js";
import { type TerritoryKind, territoryKindLabels } from "../territory/territory-kind.js";

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

const levelsOfKind: Record<TerritoryKind, readonly SpatialLevel[]> = {
  state: ["state"],
  county: ["county"],
  countyFreeCity: ["county", "town"],
  town: ["town"],
  socialArea: ["socialArea"],
};

/**
 * The spatial levels a territory's values are reported on: a Land on `state`, a county on
 * `county`, a county-free city on `county` and on `town` (it is both), a town on `town`, a
 * social area on `socialArea`. A territory that runs a youth office (`seatOfYouthOffice`) also
 * carries the values of its youth-office district (`youthOfficeDistrict`).
 *
 * @example
 * spatialLevelsOfTerritory("countyFreeCity"); // ["county", "town"]
 * spatialLevelsOfTerritory("town", { seatOfYouthOffice: true }); // ["town", "youthOfficeDistrict"]
 */
export function spatialLevelsOfTerritory(kind: TerritoryKind, options: { seatOfYouthOffice?: boolean } = {}): SpatialLevel[] {
  return [...levelsOfKind[kind], ...(options.seatOfYouthOffice && kind !== "socialArea" ? (["youthOfficeDistrict"] as const) : [])];
}

/**
 * Checks that an observation's territory lies on one of its indicator's spatial levels (see
 * {@link spatialLevelsOfTerritory}); returns a German message naming territory, indicator and
 * levels, or `null` when it fits.
 *
 * @example
 * checkObservationTerritory({ name: "Olfen", kind: "town" }, { code: "H9", spatialLevels: ["county"] });
 * // "„Olfen“ ist eine Gemeinde; der Indikator H9 wird nur auf der Ebene Kreis / kreisfreie Stadt berichtet. …"
 */
export function checkObservationTerritory(
  territory: { name: string; kind: TerritoryKind },
  indicator: { code: string; spatialLevels: readonly SpatialLevel[] },
  options: { seatOfYouthOffice?: boolean } = {},
): string | null {
  const levels = spatialLevelsOfTerritory(territory.kind, options);
  if (levels.some((level) => indicator.spatialLevels.includes(level))) return null;
  const names = indicator.spatialLevels.map((level) => spatialLevelLabels[level].de);
  const list = names.length === 1 ? `der Ebene ${names[0] ?? ""}` : `den Ebenen ${names.slice(0, -1).join(", ")} und ${names.at(-1) ?? ""}`;
  const kindName = territoryKindLabels[territory.kind].de;
  const article = territory.kind === "town" || territory.kind === "countyFreeCity" ? "eine" : "ein";
  return (
    `„${territory.name}“ ist ${article} ${kindName}; der Indikator ${indicator.code} wird nur auf ${list} berichtet. ` +
    "Wählen Sie ein Gebiet dieser Ebene oder ergänzen Sie die Raumebene beim Indikator."
  );
}
