import { type Role, roleLabels } from "@praeventionskette/domain";
import type { TFunction } from "i18next";
import type { useLabels } from "../../lib/labels.js";

/** "Redaktion Gemeinde – Dülmen": a role with the territory or organisation it applies to. */
export function roleText(
  t: TFunction,
  label: ReturnType<typeof useLabels>["label"],
  placeName: (id: string | null) => string | null,
  assignment: { role: Role; territoryId: string | null; organisationId: string | null },
): string {
  const place = placeName(assignment.organisationId ?? assignment.territoryId) ?? t("accounts.everywhere");
  return t("accounts.roleIn", { role: label(roleLabels, assignment.role), place });
}
