import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { mayBeTopLevel, officialKeyFormat, territoryKindLabels, TerritoryKindSchema } from "./territory-kind.js";

const territoryFields = z.object({
  /** Official name, e.g. „Dülmen“ or „Kreis Coesfeld“. */
  name: z.string().trim().min(1).max(200),
  /** Level: Land, county, county-free city, town or social area. */
  kind: TerritoryKindSchema,
  /** Official key (AGS: 2, 5 or 8 digits) above the social area; a free local code (or none) for social areas. */
  code: z.string().trim().min(1).max(50).nullable(),
  /** The territory one level up; `null` only for the top level. */
  parentId: IdSchema.nullable(),
  /** First day the territory (with these boundaries) exists. */
  validFrom: IsoDateSchema,
  /** Last day it exists (inclusive); `null` while current. */
  validTo: IsoDateSchema.nullable(),
  /** Inhabitants, if known; used for rates and funding tiers. */
  population: z.number().int().nonnegative().nullable(),
  /**
   * The youth office (Jugendamt) that covers this territory; `null` where the parent's youth
   * office covers it (social areas, usually) or none is recorded (the Land).
   */
  youthOfficeId: IdSchema.nullable().default(null),
  /**
   * The territories this one replaced when territories were merged or split (a municipal
   * reform, a re-cut social area); their successors are the territories naming them here.
   */
  predecessorIds: z.array(IdSchema).max(50).default([]),
});

type TerritoryFields = z.infer<typeof territoryFields>;

function checkTerritory(t: TerritoryFields, ctx: z.RefinementCtx): void {
  if (t.validTo !== null && t.validTo < t.validFrom) {
    ctx.addIssue({
      code: "custom",
      path: ["validTo"],
      message: "Das Ende der Gültigkeit liegt vor ihrem Beginn.",
    });
  }
  const key = officialKeyFormat(t.kind);
  const label = territoryKindLabels[t.kind].de;
  if (key !== null && (t.code === null || !key.pattern.test(t.code))) {
    ctx.addIssue({
      code: "custom",
      path: ["code"],
      message: `${label}: braucht einen ${key.digits}-stelligen amtlichen Schlüssel (AGS), z. B. ${key.example}.`,
    });
  }
  if (t.parentId === null && !mayBeTopLevel(t.kind)) {
    ctx.addIssue({
      code: "custom",
      path: ["parentId"],
      message:
        t.kind === "town"
          ? "Eine Gemeinde muss einem Kreis zugeordnet sein."
          : "Ein Sozialraum muss einer Gemeinde oder kreisfreien Stadt zugeordnet sein.",
    });
  }
  if (t.parentId !== null && t.kind === "state") {
    ctx.addIssue({
      code: "custom",
      path: ["parentId"],
      message: "Ein Land ist die oberste Ebene und hat kein übergeordnetes Gebiet.",
    });
  }
  if (new Set(t.predecessorIds).size !== t.predecessorIds.length) {
    ctx.addIssue({ code: "custom", path: ["predecessorIds"], message: "Jedes Vorgängergebiet darf nur einmal genannt werden." });
  }
}

/**
 * Gebiet: a Land, county, county-free city, town or social area with its validity period, so
 * that boundary changes keep their history. Above the social area it carries its official key
 * (AGS: `05` NRW, `05558` Kreis Coesfeld, `05558016` Dülmen); it names the youth office that
 * covers it, and the territories it replaced.
 *
 * @example
 * TerritoryInputSchema.parse({
 *   name: "Dülmen", kind: "town", code: "05558016", parentId: coesfeldId,
 *   validFrom: "1975-01-01", validTo: null, population: 47700, youthOfficeId: duelmenYouthOfficeId,
 * });
 */
export const TerritoryInputSchema = territoryFields.superRefine(checkTerritory);
/** What a user submits to create or replace a territory. */
export type TerritoryInput = z.infer<typeof TerritoryInputSchema>;

/**
 * A stored territory (Gebiet) with its id.
 *
 * @example
 * TerritorySchema.parse({ id, name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: nrwId,
 *   validFrom: "1975-01-01", validTo: null, population: 225000, youthOfficeId, predecessorIds: [] });
 */
export const TerritorySchema = territoryFields.extend({
  /** Record identifier. */
  id: IdSchema,
}).superRefine(checkTerritory);
/** A stored territory. */
export type Territory = z.infer<typeof TerritorySchema>;
