import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BodyMember } from "./body.js";
import type { DecisionSubject } from "./decision.js";
import type { MeetingStatus } from "./meeting.js";
import { bodiesMissingTownRepresentation, decisionsAbout, upcomingMeetings } from "./queries.js";

const id = (n: number): string => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
const leitbild = id(100);
const goal = id(200);

const decisions = [
  { title: "Kreistag", date: "2018-12-19", subjects: [{ type: "leitbildVersion" as const, id: leitbild }] },
  { title: "Bericht", date: "2018-06-12", subjects: [{ type: "other" as const, id: id(300) }] },
  {
    title: "Jugendhilfeausschuss",
    date: "2018-11-27",
    subjects: [
      { type: "goal" as const, id: goal },
      { type: "leitbildVersion" as const, id: leitbild },
    ],
  },
];

describe("decisionsAbout", () => {
  it("lists the decisions on a record, oldest first", () => {
    expect(decisionsAbout(decisions, "leitbildVersion", leitbild).map((d) => d.title)).toEqual([
      "Jugendhilfeausschuss",
      "Kreistag",
    ]);
    expect(decisionsAbout(decisions, "goal", goal).map((d) => d.title)).toEqual(["Jugendhilfeausschuss"]);
  });

  it("matches type and id together", () => {
    expect(decisionsAbout(decisions, "goal", leitbild)).toEqual([]);
  });

  it("returns exactly the matching decisions in date order (property)", () => {
    const subject = fc.record({
      type: fc.constantFrom<DecisionSubject["type"]>("goal", "offer", "leitbildVersion"),
      id: fc.integer({ min: 1, max: 4 }).map(id),
    });
    const decisionArb = fc.record({
      date: fc.integer({ min: 2015, max: 2030 }).map((y) => `${String(y)}-01-01`),
      subjects: fc.array(subject, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(decisionArb, { maxLength: 10 }), subject, (list, wanted) => {
        const found = decisionsAbout(list, wanted.type, wanted.id);
        const expected = list.filter((d) => d.subjects.some((s) => s.type === wanted.type && s.id === wanted.id));
        expect(new Set(found)).toEqual(new Set(expected));
        expect(found).toHaveLength(expected.length);
        for (let i = 1; i < found.length; i++) expect(found[i - 1]!.date <= found[i]!.date).toBe(true);
      }),
    );
  });
});

describe("upcomingMeetings", () => {
  const meetings = [
    { title: "Kreistag", date: "2018-12-19", status: "planned" as const },
    { title: "Bürgermeisterkonferenz", date: "2018-12-03", status: "planned" as const },
    { title: "JHA Juni", date: "2018-06-12", status: "held" as const },
    { title: "Planungsgruppe", date: "2018-11-30", status: "cancelled" as const },
    { title: "JHA November", date: "2018-11-27", status: "planned" as const },
  ];

  it("lists planned meetings from today on, soonest first", () => {
    expect(upcomingMeetings(meetings, "2018-11-27").map((m) => m.title)).toEqual([
      "JHA November",
      "Bürgermeisterkonferenz",
      "Kreistag",
    ]);
    expect(upcomingMeetings(meetings, "2019-01-01")).toEqual([]);
  });

  it("never returns past, held or cancelled meetings (property)", () => {
    const date = fc.integer({ min: 1, max: 28 }).map((d) => `2024-02-${d.toString().padStart(2, "0")}`);
    const meetingArb = fc.record({ date, status: fc.constantFrom<MeetingStatus>("planned", "held", "cancelled") });
    fc.assert(
      fc.property(fc.array(meetingArb, { maxLength: 10 }), date, (list, today) => {
        const upcoming = upcomingMeetings(list, today);
        expect(upcoming.every((m) => m.status === "planned" && m.date >= today)).toBe(true);
        expect(upcoming).toHaveLength(list.filter((m) => m.status === "planned" && m.date >= today).length);
      }),
    );
  });
});

describe("bodiesMissingTownRepresentation", () => {
  // Towns of the county youth office (Kreisjugendamt Coesfeld), a few of them.
  const [ascheberg, billerbeck, havixbeck, olfen] = [id(4), id(8), id(20), id(36)];
  const member = (name: string, town: string | null): BodyMember => ({
    name,
    role: "Vertretung",
    organisationId: null,
    representsTerritoryId: town,
  });
  const planningGroup = {
    members: [
      member("Kommunale Koordinierung", null),
      member("Gemeinde Ascheberg", ascheberg),
      member("Stadt Olfen", olfen),
      member("Stadt Olfen (Vertretung)", olfen),
    ],
  };

  it("lists the towns without a representative in the given order", () => {
    expect(bodiesMissingTownRepresentation(planningGroup, [ascheberg, billerbeck, havixbeck, olfen])).toEqual([
      billerbeck,
      havixbeck,
    ]);
    expect(bodiesMissingTownRepresentation(planningGroup, [billerbeck, billerbeck])).toEqual([billerbeck]);
    expect(bodiesMissingTownRepresentation({ members: [] }, [])).toEqual([]);
  });

  it("a town is missing exactly when no member represents it (property)", () => {
    const town = fc.integer({ min: 1, max: 11 }).map(id);
    fc.assert(
      fc.property(fc.array(fc.option(town, { nil: null }), { maxLength: 12 }), fc.array(town, { maxLength: 11 }), (reps, towns) => {
        const missing = bodiesMissingTownRepresentation({ members: reps.map((t) => member("M", t)) }, towns);
        for (const t of towns) expect(missing.includes(t)).toBe(!reps.includes(t));
        expect(new Set(missing).size).toBe(missing.length);
      }),
    );
  });
});
