import type { IsoDate } from "../shared/date.js";
import type { Id } from "../shared/id.js";
import type { BodyInput } from "./body.js";
import type { DecisionInput, DecisionSubjectType } from "./decision.js";
import type { MeetingInput } from "./meeting.js";

/**
 * The decisions concerning one record (e.g. all decisions on a Leitbild version), oldest first,
 * so the history of a record reads in order.
 *
 * @example
 * decisionsAbout(decisions, "leitbildVersion", leitbildV1.id); // [Jugendhilfeausschuss …, Kreistag …]
 */
export function decisionsAbout<T extends Pick<DecisionInput, "date" | "subjects">>(
  decisions: readonly T[],
  subjectType: DecisionSubjectType,
  id: Id,
): T[] {
  return decisions
    .filter((d) => d.subjects.some((s) => s.type === subjectType && s.id === id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Planned meetings on or after `today`, soonest first. Held and cancelled meetings are left out.
 *
 * @example
 * upcomingMeetings(meetings, "2018-11-01"); // [Jugendhilfeausschuss 2018-11-27, Kreistag 2018-12-19]
 */
export function upcomingMeetings<T extends Pick<MeetingInput, "date" | "status">>(
  meetings: readonly T[],
  today: IsoDate,
): T[] {
  return meetings
    .filter((m) => m.status === "planned" && m.date >= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The towns (of `townIds`, in that order, without duplicates) that no member of the body
 * represents. The Coesfeld planning group is meant to have one representative per town of the
 * county, so a non-empty result shows whom to invite.
 *
 * @example
 * bodiesMissingTownRepresentation(planningGroup, [duelmenId, olfenId]); // [olfenId]
 */
export function bodiesMissingTownRepresentation(
  body: Pick<BodyInput, "members">,
  townIds: readonly Id[],
): Id[] {
  const represented = new Set(body.members.map((m) => m.representsTerritoryId));
  return [...new Set(townIds)].filter((town) => !represented.has(town));
}
