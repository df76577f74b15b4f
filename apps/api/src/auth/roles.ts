import { IdSchema, RoleSchema } from "@praeventionskette/domain";
import { z } from "zod";

// The roles and their labels are the domain's; the API adds where each applies.
export { type Role, roleLabels, RoleSchema } from "@praeventionskette/domain";

/** One role of a person and where it applies. */
export const RoleAssignmentInputSchema = z
  .object({
    role: RoleSchema,
    territoryId: IdSchema.nullable(),
    organisationId: IdSchema.nullable(),
  })
  .superRefine((assignment, ctx) => {
    const needsTerritory = assignment.role === "coordinator" || assignment.role === "townEditor" || assignment.role === "viewer";
    if (needsTerritory && assignment.territoryId === null) {
      ctx.addIssue({ code: "custom", path: ["territoryId"], message: "Diese Rolle gilt für ein Gebiet: bitte ein Gebiet wählen." });
    }
    if (assignment.role === "providerEditor" && assignment.organisationId === null) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Die Anbieter-Redaktion gilt für eine Organisation: bitte eine wählen." });
    }
    if (assignment.role === "admin" && (assignment.territoryId !== null || assignment.organisationId !== null)) {
      ctx.addIssue({ code: "custom", path: ["role"], message: "Die Plattform-Administration gilt überall und hat kein Gebiet." });
    }
  });
export type RoleAssignment = z.infer<typeof RoleAssignmentInputSchema>;

/** The signed-in person as the API sees it. */
export interface Principal {
  userId: string;
  name: string;
  email: string;
  assignments: RoleAssignment[];
}
