import {
  type BodyInput,
  BodyInputSchema,
  BodyKindSchema,
  type DecisionInput,
  DecisionInputSchema,
  IdSchema,
  type MeetingInput,
  MeetingInputSchema,
} from "@praeventionskette/domain";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { Database } from "../db/types.js";
import type { Aggregate, ListFilter, Reference } from "./aggregate.js";

/** Meetings and decisions belong to the territory of their body. */
async function territoryOfBody(db: Kysely<Database>, bodyId: string): Promise<string[]> {
  const body = await db.selectFrom("body").select(sql<string>`data->>'territoryId'`.as("territoryId")).where("id", "=", bodyId).executeTakeFirst();
  return body ? [body.territoryId] : [];
}

/** Gremien: steering group, planning group, committees, councils, networks. */
export const bodyAggregate: Aggregate<BodyInput> = {
  table: "body",
  label: "Gremium",
  input: BodyInputSchema,
  columns: (body) => ({ territory_id: body.territoryId, kind: body.kind }),
  territoriesOf: async (_db, body) => [body.territoryId],
  references: (body) => [
    { table: "territory", ids: [body.territoryId], path: "territoryId", what: "Gebiet" },
    { table: "body", ids: body.parentBodyId ? [body.parentBodyId] : [], path: "parentBodyId", what: "Übergeordnetes Gremium" },
    {
      table: "actor",
      ids: body.members.flatMap((member) => (member.organisationId ? [member.organisationId] : [])),
      path: "members",
      what: "Organisation",
    },
    {
      table: "territory",
      ids: body.members.flatMap((member) => (member.representsTerritoryId ? [member.representsTerritoryId] : [])),
      path: "members",
      what: "Vertretenes Gebiet",
    },
  ],
};

/** Sitzungen of a body. */
export const meetingAggregate: Aggregate<MeetingInput> = {
  table: "meeting",
  label: "Sitzung",
  input: MeetingInputSchema,
  columns: (meeting) => ({ body_id: meeting.bodyId, date: meeting.date }),
  territoriesOf: (db, meeting) => territoryOfBody(db, meeting.bodyId),
  references: (meeting) => [{ table: "body", ids: [meeting.bodyId], path: "bodyId", what: "Gremium" }],
};

const subjectTables = {
  leitbildVersion: "leitbild_version",
  goal: "goal",
  offer: "offer",
  fundingApplication: "funding_application",
  indicator: "indicator",
} as const;

/** Beschlüsse, linked to what they decided. */
export const decisionAggregate: Aggregate<DecisionInput> = {
  table: "decision",
  label: "Beschluss",
  input: DecisionInputSchema,
  columns: (decision) => ({ body_id: decision.bodyId, meeting_id: decision.meetingId, date: decision.date }),
  territoriesOf: (db, decision) => territoryOfBody(db, decision.bodyId),
  references: (decision) => [
    { table: "body", ids: [decision.bodyId], path: "bodyId", what: "Gremium" },
    { table: "meeting", ids: decision.meetingId ? [decision.meetingId] : [], path: "meetingId", what: "Sitzung" },
    ...decision.subjects.flatMap((subject, index): Reference[] =>
      subject.type in subjectTables
        ? [
            {
              table: subjectTables[subject.type as keyof typeof subjectTables],
              ids: [subject.id],
              path: `subjects.${index}.id`,
              what: "Beschlussgegenstand",
            },
          ]
        : [],
    ),
  ],
};

/** Filters for body lists. */
export const bodyFilter: ListFilter<{ territoryId?: string; kind?: string }> = {
  schema: z.object({ territoryId: IdSchema.optional(), kind: BodyKindSchema.optional() }),
  apply: (query, filter) => {
    let q = query;
    if (filter.territoryId) q = q.where("territory_id", "=", filter.territoryId);
    if (filter.kind) q = q.where("kind", "=", filter.kind);
    return q;
  },
};

/** Filters shared by meeting and decision lists. */
export const byBodyFilter: ListFilter<{ bodyId?: string }> = {
  schema: z.object({ bodyId: IdSchema.optional() }),
  apply: (query, filter) => (filter.bodyId ? query.where("body_id", "=", filter.bodyId) : query),
};
