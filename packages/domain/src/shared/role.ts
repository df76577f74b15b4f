import { z } from "zod";
import type { EnumLabels } from "./label.js";

/**
 * Rolle: what a person may do on the platform, always within a scope: the platform
 * administration everywhere, the county coordinator in the county and its towns, a town editor
 * in the town and its social areas, a provider editor for its own organisation's offers (as
 * proposals), a viewer reads internal data of its territory.
 *
 * @example
 * RoleSchema.parse("townEditor");
 */
export const RoleSchema = z.enum(["admin", "coordinator", "townEditor", "providerEditor", "viewer"]);
/** A role of a person on the platform. */
export type Role = z.infer<typeof RoleSchema>;

/** German and English names of the roles. */
export const roleLabels: EnumLabels<Role> = {
  admin: { de: "Plattform-Administration", en: "Platform administrator" },
  coordinator: { de: "Kommunale Koordinierung (Kreis)", en: "County coordinator" },
  townEditor: { de: "Redaktion Gemeinde", en: "Town editor" },
  providerEditor: { de: "Redaktion Anbieter", en: "Provider editor" },
  viewer: { de: "Lesezugriff", en: "Viewer" },
};
