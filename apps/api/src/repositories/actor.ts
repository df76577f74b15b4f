import { ActorKindSchema, type ActorInput, ActorInputSchema, IdSchema, publicView } from "@praeventionskette/domain";
import { readsInternally } from "../auth/access.js";
import { z } from "zod";
import type { Aggregate, ListFilter } from "./aggregate.js";

/** Akteure: public bodies, free providers, networks and other organisations. */
export const actorAggregate: Aggregate<ActorInput> = {
  table: "actor",
  label: "Akteur",
  input: ActorInputSchema,
  columns: (actor) => ({ kind: actor.kind, territory_id: actor.territoryId }),
  territoriesOf: async (_db, actor) => [actor.territoryId],
  // Contact persons are personal data: public only where marked so.
  present: async (_db, actors, access) =>
    actors.map((actor) =>
      readsInternally(access, [actor.territoryId]) || access.organisationIds.includes(actor.id) ? actor : publicView(actor),
    ),
  references: (actor) => [{ table: "territory", ids: [actor.territoryId], path: "territoryId", what: "Gebiet" }],
};

/** Filters for actor lists. */
export const actorFilter: ListFilter<{ kind?: string; territoryId?: string }> = {
  schema: z.object({ kind: ActorKindSchema.optional(), territoryId: IdSchema.optional() }),
  apply: (query, filter) => {
    let q = query;
    if (filter.kind) q = q.where("kind", "=", filter.kind);
    if (filter.territoryId) q = q.where("territory_id", "=", filter.territoryId);
    return q;
  },
};
