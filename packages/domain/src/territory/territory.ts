import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import { TerritoryKindSchema } from "./territory-kind.js";

/** County AGS (Amtlicher Gemeindeschlüssel) prefix: Land (2), Regierungsbezirk (1), Kreis (2). */
const COUNTY_AGS = /^\d{5}$/;
/** Town AGS: the county's five digits plus three for the Gemeinde. */
const TOWN_AGS = /^\d{8}$/;

const territoryFields = z.object({
  /** Official name, e.g. „Dülmen“ or „Kreis Coesfeld“. */
  name: z.string().trim().min(1).max(200),
  /** Level: county, town or social area. */
  kind: TerritoryKindSchema,
  /** AGS key for counties and towns, a free local code (or none) for social areas. */
  code: z.string().trim().min(1).max(50).nullable(),
  /** The territory one level up; `null` only for a county. */
  parentId: IdSchema.nullable(),
  /** First day the territory (with these boundaries) exists. */
  validFrom: IsoDateSchema,
  /** Last day it exists (inclusive); `null` while current. */
  validTo: IsoDateSchema.nullable(),
  /** Inhabitants, if known; used for rates and funding tiers. */
  population: z.number().int().nonnegative().nullable(),
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
  if (t.kind === "county") {
    if (t.code === null || !COUNTY_AGS.test(t.code)) {
      ctx.addIssue({
        code: "custom",
        path: ["code"],
        message: "Ein Kreis braucht einen fünfstelligen Gemeindeschlüssel (AGS), z. B. 05558.",
      });
    }
    if (t.parentId !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["parentId"],
        message: "Ein Kreis ist die oberste Ebene und hat kein übergeordnetes Gebiet.",
      });
    }
    return;
  }
  if (t.kind === "town" && (t.code === null || !TOWN_AGS.test(t.code))) {
    ctx.addIssue({
      code: "custom",
      path: ["code"],
      message: "Eine Gemeinde braucht einen achtstelligen Gemeindeschlüssel (AGS), z. B. 05558016.",
    });
  }
  if (t.parentId === null) {
    ctx.addIssue({
      code: "custom",
      path: ["parentId"],
      message:
        t.kind === "town"
          ? "Eine Gemeinde muss einem Kreis zugeordnet sein."
          : "Ein Sozialraum muss einer Gemeinde zugeordnet sein.",
    });
  }
}

/**
 * Gebiet: a county, town or social area with its validity period, so that boundary changes
 * keep their history. Counties and towns carry their AGS key (5 and 8 digits); social areas
 * may carry a local code.
 *
 * @example
 * TerritoryInputSchema.parse({
 *   name: "Dülmen", kind: "town", code: "05558016", parentId: coesfeldId,
 *   validFrom: "1975-01-01", validTo: null, population: 47700,
 * });
 */
export const TerritoryInputSchema = territoryFields.superRefine(checkTerritory);
/** What a user submits to create or replace a territory. */
export type TerritoryInput = z.infer<typeof TerritoryInputSchema>;

/**
 * A stored territory (Gebiet) with its id.
 *
 * @example
 * TerritorySchema.parse({ id, name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: null,
 *   validFrom: "1975-01-01", validTo: null, population: 225000 });
 */
export const TerritorySchema = territoryFields.extend({
  /** Record identifier. */
  id: IdSchema,
}).superRefine(checkTerritory);
/** A stored territory. */
export type Territory = z.infer<typeof TerritorySchema>;
