import { type BoundaryGeometry, interiorPoint, type OfferCoordinates, type OfferInput, type OfferLocation } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { allRecords, type Stored } from "../repositories/aggregate.js";
import { boundaryAggregate } from "../repositories/boundary.js";
import { offerAggregate } from "../repositories/offer.js";
import type { SeededActors } from "./actors.js";
import type { SeededGoals } from "./goals.js";
import { insert } from "./insert.js";
import type { SeededAxes } from "./life-phases.js";
import { FREE, OFFER_ROWS, type OfferRow, type PlaceRow } from "./offer-rows.js";
import { OFFER_TRANSLATIONS } from "./offer-translations.js";
import { type SeededTerritories, townRow } from "./territories.js";

/** A number in [0, 1) that depends only on the text (FNV-1a), so that demo points stay put between seeds. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash / 2 ** 32;
}

/**
 * Invented coordinates for a demo place: a point inside its town's official boundary (given
 * `outline`), the same for the same name and street every time, marked `demo` like the invented
 * addresses. `null` without an outline.
 */
export function demoCoordinates(place: PlaceRow, outline: BoundaryGeometry | undefined): OfferCoordinates | null {
  if (!outline) return null;
  const [longitude, latitude] = interiorPoint(outline, unitHash(`${place.name}|${place.street}`));
  return { latitude: Number(latitude.toFixed(6)), longitude: Number(longitude.toFixed(6)), source: "demo" };
}

/** A demo place as an offer location, with demo coordinates inside its town's outline if there is one. */
export function demoLocation(place: PlaceRow, outline: BoundaryGeometry | undefined): OfferLocation {
  const town = townRow(place.town);
  return {
    name: place.name,
    address: { street: place.street, postalCode: town.postalCode, city: town.name },
    accessibility: { wheelchairAccessible: place.wheelchair ?? null, description: place.accessibility ?? null },
    coordinates: demoCoordinates(place, outline),
  };
}

/** What the demo offers refer to. */
interface OfferContext {
  territories: SeededTerritories;
  axes: SeededAxes;
  actors: SeededActors;
  goals: SeededGoals;
}

/** Turns a table row into an offer input with ids; `outlines` are the towns' boundaries by territory id. */
function toInput(row: OfferRow, context: OfferContext, outlines: ReadonlyMap<string, BoundaryGeometry>): OfferInput {
  const { territories, axes, actors, goals } = context;
  return {
    title: row.title,
    shortTitle: row.shortTitle ?? null,
    description: row.description,
    providerId: actors[row.provider].id,
    territoryIds: row.where.map((key) => (key === "kreis" ? territories.county.id : territories.towns[key].id)),
    locations: (row.at ?? []).map((place) => demoLocation(place, outlines.get(territories.towns[place.town].id))),
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
    translations: OFFER_TRANSLATIONS[row.title] ?? {},
  };
}

/**
 * Stores the demo offers of the prevention chain, with translations, and with demo coordinates
 * inside the towns' official boundaries where those were seeded before (`seedBoundaries`).
 */
export async function seedOffers(db: Kysely<Database>, context: OfferContext): Promise<Stored<OfferInput>[]> {
  const outlines = new Map((await allRecords(db, boundaryAggregate)).filter((b) => !b.schematic && b.validTo === null).map((b) => [b.territoryId, b.geometry] as const));
  const offers: Stored<OfferInput>[] = [];
  for (const row of OFFER_ROWS) offers.push(await insert(db, offerAggregate, toInput(row, context, outlines)));
  return offers;
}
