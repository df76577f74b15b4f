import type { ActorInput, ActorKind } from "@praeventionskette/domain";
import { orNull, textOf } from "../../forms/field-text.js";

/** A contact person as the form holds it. */
export interface ContactPersonValues {
  name: string;
  role: string;
  email: string;
  phone: string;
  isPublic: boolean;
}

/** The actor form's fields as people type them; the address is three fields, empty when unknown. */
export interface ActorFormValues {
  name: string;
  shortName: string;
  kind: ActorKind | "";
  description: string;
  territoryId: string;
  website: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  contactPersons: ContactPersonValues[];
}

/** A new, empty contact person (not public until the person agrees). */
export const NEW_CONTACT_PERSON: ContactPersonValues = { name: "", role: "", email: "", phone: "", isPublic: false };

/** The form's values for a stored actor, or an empty form. */
export function actorFormValues(actor: ActorInput | null): ActorFormValues {
  return {
    name: textOf(actor?.name),
    shortName: textOf(actor?.shortName),
    kind: actor?.kind ?? "",
    description: textOf(actor?.description),
    territoryId: textOf(actor?.territoryId),
    website: textOf(actor?.website),
    email: textOf(actor?.email),
    phone: textOf(actor?.phone),
    street: textOf(actor?.address?.street),
    postalCode: textOf(actor?.address?.postalCode),
    city: textOf(actor?.address?.city),
    contactPersons: (actor?.contactPersons ?? []).map((person) => ({ name: person.name, role: person.role, email: textOf(person.email), phone: textOf(person.phone), isPublic: person.isPublic })),
  };
}

/** What the form sends, for the domain's ActorInputSchema to check (the address only when any part is given). */
export function actorInputOf(values: ActorFormValues): unknown {
  const hasAddress = [values.street, values.postalCode, values.city].some((part) => part.trim() !== "");
  return {
    name: values.name,
    shortName: orNull(values.shortName),
    kind: values.kind === "" ? undefined : values.kind,
    description: values.description,
    territoryId: values.territoryId,
    website: orNull(values.website),
    email: orNull(values.email),
    phone: orNull(values.phone),
    address: hasAddress ? { street: values.street, postalCode: values.postalCode, city: values.city } : null,
    contactPersons: values.contactPersons.map((person) => ({ name: person.name, role: person.role, email: orNull(person.email), phone: orNull(person.phone), isPublic: person.isPublic })),
  };
}
