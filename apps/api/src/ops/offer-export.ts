import { type Actor, type HsdsService, type HsdsTaxonomyTerm, offerToHsdsService, publicView } from "@praeventionskette/domain";
import { stringify } from "csv-stringify/sync";
import type { Kysely } from "kysely";
import { anonymousAccess } from "../auth/access.js";
import type { Database } from "../db/types.js";
import { actorAggregate } from "../repositories/actor.js";
import { allRecords } from "../repositories/aggregate.js";
import { fieldOfActionAggregate } from "../repositories/field-of-action.js";
import { lifePhaseAggregate, transitionAggregate } from "../repositories/life-phase.js";
import { searchOffers } from "../repositories/offer.js";
import { territoryAggregate } from "../repositories/territory.js";

/** The offers a family may see today, as anonymous visitors see them (the open-data view). */
async function publishedOffers(db: Kysely<Database>, today: string) {
  return (await searchOffers(db, { publishedOn: today, limit: 1_000_000, offset: 0 }, anonymousAccess(today))).items;
}

/**
 * Every published offer as an Open Referral HSDS 3.0 service (compiled form), with its
 * provider in its public view and our taxonomy (life phases, transitions, fields of action).
 */
export async function exportOffersHsds(db: Kysely<Database>, today: string): Promise<HsdsService[]> {
  const [offers, actors, phases, transitions, fields] = await Promise.all([
    publishedOffers(db, today),
    allRecords(db, actorAggregate),
    allRecords(db, lifePhaseAggregate),
    allRecords(db, transitionAggregate),
    allRecords(db, fieldOfActionAggregate),
  ]);
  const terms = new Map<string, HsdsTaxonomyTerm>();
  for (const [taxonomy, records] of [["praeventionskette:lebensphase", phases], ["praeventionskette:uebergang", transitions], ["praeventionskette:handlungsfeld", fields]] as const) {
    for (const r of records) terms.set(r.id, { id: r.id, code: r.code, name: r.name.de, description: r.description, taxonomy });
  }
  const providers = new Map(actors.map((actor) => [actor.id, publicView(actor as Actor)]));
  return offers.flatMap((offer) => {
    const provider = providers.get(offer.providerId);
    return provider ? [offerToHsdsService(offer, provider, { taxonomyTerms: terms, lastModified: offer.updatedAt })] : [];
  });
}

/** Published offers as a CSV file for German spreadsheets (semicolons, UTF-8 with byte-order mark). */
export async function exportOffersCsv(db: Kysely<Database>, today: string): Promise<Buffer> {
  const [offers, actors, territories] = await Promise.all([publishedOffers(db, today), allRecords(db, actorAggregate), allRecords(db, territoryAggregate)]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const territoryName = new Map(territories.map((t) => [t.id, t.name]));
  const years = (months: number | null) => (months === null ? "" : String(Math.max(0, Math.floor(months / 12))));
  const rows = offers.map((o) => [
    o.id,
    o.title,
    actorName.get(o.providerId) ?? "",
    o.territoryIds.map((id) => territoryName.get(id) ?? id).join(", "),
    years(o.minAgeMonths),
    o.maxAgeMonths === null ? "" : years(o.maxAgeMonths - 1),
    o.cost.free ? "ja" : "nein",
    o.languages.join(", "),
    o.contact.email ?? "",
    o.contact.phone ?? "",
    o.updatedAt.slice(0, 10),
  ]);
  const header = ["ID", "Titel", "Anbieter", "Gebiete", "Alter von (Jahre)", "Alter bis (Jahre, einschließlich)", "Kostenfrei", "Sprachen", "E-Mail", "Telefon", "Geändert am"];
  return Buffer.concat([Buffer.from("\uFEFF"), Buffer.from(stringify([header, ...rows], { delimiter: ";" }))]);
}
