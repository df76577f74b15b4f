import type { OfferInput, OfferLocation } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { offerAggregate } from "../repositories/offer.js";
import type { SeededActors } from "./actors.js";
import type { SeededGoals } from "./goals.js";
import { insert } from "./insert.js";
import type { SeededAxes } from "./life-phases.js";
import { FREE, OFFER_ROWS, type OfferRow, type PlaceRow } from "./offer-rows.js";
import { type SeededTerritories, townRow } from "./territories.js";

function location(place: PlaceRow): OfferLocation {
  const town = townRow(place.town);
  return {
    name: place.name,
    address: { street: place.street, postalCode: town.postalCode, city: town.name },
    accessibility: { wheelchairAccessible: place.wheelchair ?? null, description: place.accessibility ?? null },
  };
}

/** Turns a table row into an offer input with ids. */
function toInput(
  row: OfferRow,
  context: { territories: SeededTerritories; axes: SeededAxes; actors: SeededActors; goals: SeededGoals },
): OfferInput {
  const { territories, axes, actors, goals } = context;
  return {
    title: row.title,
    shortTitle: row.shortTitle ?? null,
    description: row.description,
    providerId: actors[row.provider].id,
    territoryIds: row.where.map((key) => (key === "kreis" ? territories.county.id : territories.towns[key].id)),
    locations: (row.at ?? []).map(location),
    schedules: [...(row.when ?? [])],
    languages: [...(row.languages ?? ["de"])],
    cost: row.cost ?? FREE,
    minAgeMonths: row.ages[0],
    maxAgeMonths: row.ages[1],
    eligibility: row.eligibility ?? "",
    contact: row.contact,
    status: row.status ?? "active",
    visibleFrom: row.visibleFrom ?? null,
    visibleTo: row.visibleTo ?? null,
    lifePhaseIds: row.phases.map((code) => axes.lifePhases[code].id),
    transitionIds: (row.transitions ?? []).map((code) => axes.transitions[code].id),
    fieldOfActionIds: row.fields.map((code) => axes.fields[code].id),
    targetGroups: [...row.groups],
    preventionLevel: row.level,
    goalIds: (row.goals ?? []).map((key) => goals[key].id),
  };
}

/** Stores the demo offers of the prevention chain. */
export async function seedOffers(
  db: Kysely<Database>,
  context: { territories: SeededTerritories; axes: SeededAxes; actors: SeededActors; goals: SeededGoals },
): Promise<Stored<OfferInput>[]> {
  const offers: Stored<OfferInput>[] = [];
  for (const row of OFFER_ROWS) offers.push(await insert(db, offerAggregate, toInput(row, context)));
  return offers;
}
