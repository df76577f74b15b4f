import { IdSchema } from "@praeventionskette/domain";
import { z } from "zod";

/**
 * What a person may do, always within a scope: the platform administrator everywhere, the
 * county coordinator in the county and all its towns, a town editor in the town and its social
 * areas, a provider editor for its own organisation's offers (as proposals), a viewer reads
 * internal data of its territory.
 */
export const RoleSchema = z.enum(["admin", "coordinator", "townEditor", "providerEditor", "viewer"]);
export type Role = z.infer<typeof RoleSchema>;

export const roleLabels: Record<Role, { de: string; en: string }> = {
  admin: { de: "Plattform-Administration", en: "Platform administrator" },
  coordinator: { de: "Kommunale Koordinierung (Kreis)", en: "County coordinator" },
  townEditor: { de: "Redaktion Gemeinde", en: "Town editor" },
  providerEditor: { de: "Redaktion Anbieter", en: "Provider editor" },
  viewer: { de: "Lesezugriff", en: "Viewer" },
};

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
