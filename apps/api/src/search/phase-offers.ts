import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { inAny, publishedOn } from "./indexed-search.js";
import { listHas, offerIndexFor } from "./offer-index.js";

/** An offer as a report counts it: its id and the territories it lists. */
export interface ListedOffer {
  id: string;
  territory_ids: string[];
}

/**
 * The offers published on `day` for a life phase that list any of the territories, from the
 * process's offer index: a pass over compact columns instead of a statement that costs
 * PostgreSQL several milliseconds per report (the need-vs-supply view asks it for every area).
 * Null while no index is at hand, so that SQL answers. Every reader gets the same published
 * offers, so the index serves staff here too.
 */
export async function indexedPhaseOffers(db: Kysely<Database>, lifePhaseId: string, territoryIds: readonly string[], day: string): Promise<ListedOffer[] | null> {
  const found = await offerIndexFor(db);
  if (!found) return null;
  const { index, memo } = found;
  const phase = index.codes.find(lifePhaseId);
  const wanted = new Set(territoryIds.map((id) => index.codes.find(id)).filter((code) => code >= 0));
  if (phase < 0 || wanted.size === 0) return [];
  const published = publishedOn(index, memo, day);
  const offers: ListedOffer[] = [];
  for (let i = 0; i < index.size; i++) {
    if (published[i] === 0 || !listHas(index.lifePhases, i, phase) || !inAny(index.territories, i, wanted)) continue;
    const listed: string[] = [];
    for (let k = index.territories.start[i]!; k < index.territories.start[i + 1]!; k++) listed.push(index.codes.values[index.territories.values[k]!]!);
    offers.push({ id: index.ids[i]!, territory_ids: listed });
  }
  return offers;
}
