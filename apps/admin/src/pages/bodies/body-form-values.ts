import type { BodyInput, BodyKind } from "@praeventionskette/domain";
import { orNull, textOf } from "../../forms/field-text.js";

/** A member as the form holds it ("" for no organisation or territory). */
export interface MemberValues {
  name: string;
  role: string;
  organisationId: string;
  representsTerritoryId: string;
}

/** The body form's fields. */
export interface BodyFormValues {
  name: string;
  kind: BodyKind | "";
  territoryId: string;
  parentBodyId: string;
  description: string;
  members: MemberValues[];
}

export const NEW_MEMBER: MemberValues = { name: "", role: "", organisationId: "", representsTerritoryId: "" };

/** The form's values for a stored body, or an empty form. */
export function bodyFormValues(body: BodyInput | null): BodyFormValues {
  return {
    name: textOf(body?.name),
    kind: body?.kind ?? "",
    territoryId: textOf(body?.territoryId),
    parentBodyId: textOf(body?.parentBodyId),
    description: textOf(body?.description),
    members: (body?.members ?? []).map((member) => ({ name: member.name, role: member.role, organisationId: textOf(member.organisationId), representsTerritoryId: textOf(member.representsTerritoryId) })),
  };
}

/** What the form sends, for the domain's BodyInputSchema to check. */
export function bodyInputOf(values: BodyFormValues): unknown {
  return {
    name: values.name,
    kind: values.kind === "" ? undefined : values.kind,
    territoryId: values.territoryId,
    parentBodyId: orNull(values.parentBodyId),
    description: values.description,
    members: values.members.map((member) => ({ name: member.name, role: member.role, organisationId: orNull(member.organisationId), representsTerritoryId: orNull(member.representsTerritoryId) })),
  };
}
