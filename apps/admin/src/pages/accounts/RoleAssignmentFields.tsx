import { type Role, roleLabels } from "@praeventionskette/domain";
import { ComboBox, Select } from "@praeventionskette/ui";
import { useLabels } from "../../lib/labels.js";
import type { useGrantablePlaces } from "./places.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { accountsDe, accountsEn } from "./texts.js";

/** A role as it is being chosen: the role and where it applies (a territory or an organisation). */
export interface AssignmentValues {
  role: Role | null;
  territoryId: string | null;
  organisationId: string | null;
}

export const EMPTY_ASSIGNMENT: AssignmentValues = { role: null, territoryId: null, organisationId: null };

const ROLES: Role[] = ["coordinator", "townEditor", "providerEditor", "viewer", "admin"];

/** The input the API takes: an administrator has no place; a provider editor an organisation; the others a territory. */
export function assignmentInput(values: AssignmentValues) {
  const role = values.role ?? "viewer";
  return {
    role,
    territoryId: role === "admin" || role === "providerEditor" ? null : values.territoryId,
    organisationId: role === "providerEditor" ? values.organisationId : null,
  };
}

/**
 * Choose a role and where it applies. `errors` are keyed like the API's issues below the
 * assignment (`role`, `territoryId`, `organisationId`).
 */
export function RoleAssignmentFields({
  values, onChange, places, errors, label,
}: {
  values: AssignmentValues;
  onChange: (values: AssignmentValues) => void;
  places: ReturnType<typeof useGrantablePlaces>;
  errors: Record<string, string | undefined>;
  label: string;
}) {
  const { t } = useAreaTexts("accounts", accountsDe, accountsEn);
  const { label: enumLabel } = useLabels();
  const roles = ROLES.filter((role) => places.isAdmin || role !== "admin");
  return (
    <div className="field-row">
      <Select
        label={label}
        isRequired
        options={roles.map((role) => ({ id: role, label: enumLabel(roleLabels, role) }))}
        value={values.role}
        onChange={(role) => onChange({ ...values, role: role as Role | null })}
        errorMessage={errors.role ?? null}
      />
      {/* A combobox takes its options once: remounted (key) when they arrive. */}
      {values.role === "providerEditor" ? (
        <ComboBox
          key={`organisation-${places.organisations.length}`}
          label={t("accounts.organisation")}
          isRequired
          options={places.organisations}
          value={values.organisationId}
          onChange={(organisationId) => onChange({ ...values, organisationId })}
          errorMessage={errors.organisationId ?? null}
        />
      ) : values.role === "admin" ? (
        <p className="muted accounts-no-place">{t("accounts.noPlaceNeeded")}</p>
      ) : (
        <ComboBox
          key={`territory-${places.territories.length}`}
          label={t("accounts.territory")}
          description={t("accounts.territoryHint")}
          isRequired
          options={places.territories}
          value={values.territoryId}
          onChange={(territoryId) => onChange({ ...values, territoryId })}
          errorMessage={errors.territoryId ?? null}
        />
      )}
    </div>
  );
}
