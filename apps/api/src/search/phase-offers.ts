import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import { publishedOn } from "./indexed-search.js";
import { type CodeLists, listHas, type OfferIndex, offerIndexFor } from "./offer-index.js";

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
  const wanted = [...new Set(territoryIds.map((id) => index.codes.find(id)).filter((code) => code >= 0))];
  if (phase < 0 || wanted.length === 0) return [];
  const published = publishedOn(index, memo, day);
  const { start, values } = offersByTerritory(index, memo);
  // The offers listing any wanted territory, ascending and each once (an offer may list several).
  const listing: number[] = [];
  for (const code of wanted) for (let k = start[code]!; k < start[code + 1]!; k++) listing.push(values[k]!);
  const candidates = Int32Array.from(listing).sort();
  const offers: ListedOffer[] = [];
  for (let n = 0; n < candidates.length; n++) {
    const i = candidates[n]!;
    if ((n > 0 && candidates[n - 1] === i) || published[i] === 0 || !listHas(index.lifePhases, i, phase)) continue;
    const listed: string[] = [];
    for (let k = index.territories.start[i]!; k < index.territories.start[i + 1]!; k++) listed.push(index.codes.values[index.territories.values[k]!]!);
    offers.push({ id: index.ids[i]!, territory_ids: listed });
  }
  return offers;
}

/**
 * By territory code, the offers listing it, ascending (the index's territory lists turned
 * around): built once per index, so that a report looks at a county's few thousand offers
 * instead of all 50,000 of the Land.
 */
function offersByTerritory(index: OfferIndex, memo: Map<string, unknown>): CodeLists {
  let lists = memo.get("offers by territory") as CodeLists | undefined;
  if (!lists) {
    const { start: listedFrom, values: listed } = index.territories;
    const start = new Int32Array(index.codes.values.length + 1);
    for (const code of listed) start[code + 1]! += 1;
    for (let code = 0; code < index.codes.values.length; code++) start[code + 1]! += start[code]!;
    const next = start.slice(0, -1);
    const values = new Int32Array(listed.length);
    for (let i = 0; i < index.size; i++) for (let k = listedFrom[i]!; k < listedFrom[i + 1]!; k++) values[next[listed[k]!]!++] = i;
    lists = { start, values };
    memo.set("offers by territory", lists);
  }
  return lists;
}
