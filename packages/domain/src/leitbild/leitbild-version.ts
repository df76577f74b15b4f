import { z } from "zod";
import { IdSchema } from "../shared/id.js";
import { CouncilDecisionReferenceSchema } from "./council-decision.js";
import { LeitbildStatusSchema } from "./status.js";

/**
 * Leitsatz: one guiding statement of the Leitbild, e.g. "Teilhabe ermöglichen" with its
 * explanation.
 *
 * @example
 * LeitbildStatementSchema.parse({ title: "Vielfalt fördern", text: "Wir verstehen Vielfalt als Stärke." });
 */
export const LeitbildStatementSchema = z.object({
  title: z.string().trim().min(1, "Ein Leitsatz braucht eine Überschrift.").max(200),
  text: z.string().trim().max(2000),
});
/** One guiding statement (Leitsatz) of a Leitbild. */
export type LeitbildStatement = z.infer<typeof LeitbildStatementSchema>;

const leitbildVersionFields = z.object({
  territoryId: IdSchema,
  versionNumber: z.number().int().min(1),
  title: z.string().trim().min(1, "Bitte einen Titel für das Leitbild angeben.").max(200),
  preamble: z.string().trim().max(5000),
  statements: z
    .array(LeitbildStatementSchema)
    .min(1, "Ein Leitbild braucht mindestens einen Leitsatz."),
  status: LeitbildStatusSchema,
  adoption: CouncilDecisionReferenceSchema.nullable(),
});

type LeitbildVersionFields = z.infer<typeof leitbildVersionFields>;

// Adoption and status must agree, otherwise "in force" could not be decided from the record alone.
function checkLeitbildVersion(value: LeitbildVersionFields, ctx: z.RefinementCtx): void {
  if (value.status === "draft" && value.adoption !== null) {
    ctx.addIssue({
      code: "custom",
      path: ["adoption"],
      message:
        "Ein Entwurf hat noch keinen Beschluss. Bitte den Beschluss entfernen oder den Status auf „Beschlossen“ setzen.",
    });
  }
  if (value.status !== "draft" && value.adoption === null) {
    ctx.addIssue({
      code: "custom",
      path: ["adoption"],
      message:
        "Eine beschlossene oder abgelöste Fassung braucht den Ratsbeschluss (Gremium, Datum, Vorlagennummer).",
    });
  }
}

/**
 * Präventionsleitbild (one version): prevention as a cross-cutting task of the municipality, with
 * its guiding statements (Leitsätze). Every adopted version is tied to a council decision and
 * stays immutable; a new text is a new version. What a user submits (no id).
 *
 * @example
 * LeitbildVersionInputSchema.parse({
 *   territoryId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
 *   versionNumber: 1,
 *   title: "Präventionsleitbild des Kreises Coesfeld",
 *   preamble: "Prävention ist eine gesamtkommunale Querschnittsaufgabe.",
 *   statements: [{ title: "Teilhabe ermöglichen", text: "" }],
 *   status: "draft",
 *   adoption: null,
 * });
 */
export const LeitbildVersionInputSchema = leitbildVersionFields.superRefine(checkLeitbildVersion);
/** A Leitbild version as submitted (no id). */
export type LeitbildVersionInput = z.infer<typeof LeitbildVersionInputSchema>;

/**
 * A stored Leitbild version (Fassung des Präventionsleitbildes) with its id.
 *
 * @example
 * LeitbildVersionSchema.parse({ ...input, id: "5d4c3b2a-1f0e-4d9c-8b7a-6a5b4c3d2e1f" });
 */
export const LeitbildVersionSchema = leitbildVersionFields
  .extend({ id: IdSchema })
  .superRefine(checkLeitbildVersion);
/** A stored Leitbild version. */
export type LeitbildVersion = z.infer<typeof LeitbildVersionSchema>;
