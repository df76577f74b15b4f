import { z } from "zod";
import { IdSchema } from "../shared/id.js";
import { BodyKindSchema } from "./body-kind.js";

/**
 * Mitglied: a member of a body with the role held there. `representsTerritoryId` names the town
 * a member speaks for (the planning group has one representative per town); persons are
 * contact persons of institutions, not private individuals.
 *
 * @example
 * BodyMemberSchema.parse({
 *   name: "Kommunale Koordinierung Kreis Coesfeld",
 *   role: "Leitung",
 *   organisationId: null,
 *   representsTerritoryId: null,
 * });
 */
export const BodyMemberSchema = z.object({
  name: z.string().trim().min(1, "Bitte den Namen des Mitglieds angeben.").max(200),
  role: z.string().trim().max(200),
  organisationId: IdSchema.nullable(),
  representsTerritoryId: IdSchema.nullable(),
});
/** A member of a governance body. */
export type BodyMember = z.infer<typeof BodyMemberSchema>;

const bodyFields = z.object({
  territoryId: IdSchema,
  name: z.string().trim().min(1, "Bitte den Namen des Gremiums angeben.").max(200),
  kind: BodyKindSchema,
  description: z.string().trim().max(5000),
  members: z.array(BodyMemberSchema).max(300, "Ein Gremium kann höchstens 300 Mitglieder erfassen."),
  parentBodyId: IdSchema.nullable(),
});

function checkBody(body: z.infer<typeof bodyFields> & { id?: string }, ctx: z.RefinementCtx): void {
  if (body.id !== undefined && body.parentBodyId === body.id) {
    ctx.addIssue({
      code: "custom",
      path: ["parentBodyId"],
      message: "Ein Gremium kann nicht sich selbst zugeordnet sein.",
    });
  }
}

/**
 * Gremium: a body of the prevention chain's governance, e.g. the Steuerungsgruppe (chaired by
 * the Landrat) or the Planungsgruppe led by the Kommunale Koordinierung; `parentBodyId` links a
 * sub-committee or working group to the body it reports to. What a user submits (no id).
 *
 * @example
 * BodyInputSchema.parse({
 *   territoryId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
 *   name: "Steuerungsgruppe Präventionskette",
 *   kind: "steeringGroup",
 *   description: "",
 *   members: [{ name: "Landrat", role: "Vorsitz", organisationId: null, representsTerritoryId: null }],
 *   parentBodyId: null,
 * });
 */
export const BodyInputSchema = bodyFields.superRefine(checkBody);
/** A governance body as submitted (no id). */
export type BodyInput = z.infer<typeof BodyInputSchema>;

/**
 * A stored governance body (Gremium) with its id.
 *
 * @example
 * BodySchema.parse({ ...bodyInput, id: "6fa459ea-ee8a-4ca4-894e-db77e160355e" });
 */
export const BodySchema = bodyFields.extend({ id: IdSchema }).superRefine(checkBody);
/** A stored governance body. */
export type Body = z.infer<typeof BodySchema>;
