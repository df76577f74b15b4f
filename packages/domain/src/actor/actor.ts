import { z } from "zod";
import { IdSchema } from "../shared/id.js";
import { ActorKindSchema } from "./actor-kind.js";
import {
  ContactPersonSchema,
  EmailSchema,
  PhoneSchema,
  PostalAddressSchema,
  WebUrlSchema,
} from "./contact.js";
import type { ContactPerson } from "./contact.js";

const actorFields = z.object({
  /** Full name of the organisation. */
  name: z.string().trim().min(1).max(200),
  /** Common short form, e.g. „AWO“. */
  shortName: z.string().trim().min(1).max(50).nullable(),
  /** What kind of organisation it is. */
  kind: ActorKindSchema,
  /** What the actor does in the prevention chain; may be empty. */
  description: z.string().trim().max(5000),
  /** Home territory: the county or town the actor belongs to. */
  territoryId: IdSchema,
  /** Web site (http or https). */
  website: WebUrlSchema.nullable(),
  /** General e-mail address. */
  email: EmailSchema.nullable(),
  /** General telephone number. */
  phone: PhoneSchema.nullable(),
  /** Postal address of the main office. */
  address: PostalAddressSchema.nullable(),
  /** Contact persons; only those marked public are shown publicly. */
  contactPersons: z.array(ContactPersonSchema).max(50),
});

/**
 * Akteur: an organisation of the responsibility community (Verantwortungsgemeinschaft), e.g.
 * the Jugendamt, a free provider such as the AWO, a school or a midwives' network. Actors
 * provide offers and take responsibility for goals and measures.
 *
 * @example
 * ActorInputSchema.parse({ name: "Kreis Coesfeld – Jugendamt", shortName: "Jugendamt", kind: "publicBody",
 *   description: "", territoryId, website: "https://www.kreis-coesfeld.de", email: null, phone: null,
 *   address: null, contactPersons: [] });
 */
export const ActorInputSchema = actorFields;
/** What a user submits to create or replace an actor. */
export type ActorInput = z.infer<typeof ActorInputSchema>;

/**
 * A stored actor (Akteur) with its id.
 *
 * @example
 * ActorSchema.parse({ ...input, id });
 */
export const ActorSchema = actorFields.extend({
  /** Record identifier. */
  id: IdSchema,
});
/** A stored actor. */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * The actor as the public may see it: contact persons who have not agreed to be published
 * are removed. Everything else about an organisation is public anyway.
 *
 * @example
 * publicView(actor).contactPersons.every((p) => p.isPublic); // true
 */
export function publicView<
  T extends {
    /** The contact persons to filter. */
    contactPersons: readonly ContactPerson[];
  },
>(actor: T): T {
  return { ...actor, contactPersons: actor.contactPersons.filter((p) => p.isPublic) };
}
