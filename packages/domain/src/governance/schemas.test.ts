import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { BodyInputSchema, BodySchema } from "./body.js";
import { BodyKindSchema, bodyKindLabels } from "./body-kind.js";
import { DecisionInputSchema, decisionOutcomeLabels, decisionSubjectTypeLabels } from "./decision.js";
import { MeetingInputSchema, meetingStatusLabels } from "./meeting.js";

const coesfeld = "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11";
const bodyId = "6fa459ea-ee8a-4ca4-894e-db77e160355e";
const leitbildId = "5d4c3b2a-1f0e-4d9c-8b7a-6a5b4c3d2e1f";

const steeringGroup = {
  territoryId: coesfeld,
  name: "Steuerungsgruppe Kommunale Präventionskette",
  kind: "steeringGroup" as const,
  description: "Leitungsebene, Geschäftsführung durch die Kommunale Koordinierung.",
  members: [{ name: "Landrat des Kreises Coesfeld", role: "Vorsitz", organisationId: null, representsTerritoryId: null }],
  parentBodyId: null,
};

const meeting = {
  bodyId,
  title: "Sitzung des Jugendhilfeausschusses",
  date: "2018-11-27",
  location: "Kreishaus Coesfeld",
  agenda: [
    { number: "3", title: "Kommunale Präventionsketten" },
    { number: "3.1", title: "Leitbild und strategische Ziele (SV-9-1217)" },
  ],
  status: "held" as const,
};

const decision = {
  bodyId,
  meetingId: null,
  date: "2018-12-19",
  paperNumber: "SV-9-1217",
  title: "Kommunale Präventionsketten: Leitbild und strategische Ziele",
  text: "1. Dem vorliegenden Präventionsleitbild und den strategischen Zielen wird zugestimmt.",
  outcome: "adopted" as const,
  subjects: [{ type: "leitbildVersion" as const, id: leitbildId }],
};

describe("BodyInputSchema", () => {
  it("accepts the Coesfeld steering group chaired by the Landrat", () => {
    expect(BodyInputSchema.parse(steeringGroup).members[0]?.role).toBe("Vorsitz");
  });

  it("limits members to 300", () => {
    const member = steeringGroup.members[0]!;
    expect(BodyInputSchema.safeParse({ ...steeringGroup, members: Array(300).fill(member) }).success).toBe(true);
    const result = BodyInputSchema.safeParse({ ...steeringGroup, members: Array(301).fill(member) });
    expect(result.error?.issues[0]?.message).toBe("Ein Gremium kann höchstens 300 Mitglieder erfassen.");
  });

  it("refuses a body that is its own parent", () => {
    const result = BodySchema.safeParse({ ...steeringGroup, id: bodyId, parentBodyId: bodyId });
    expect(result.error?.issues[0]?.message).toBe("Ein Gremium kann nicht sich selbst zugeordnet sein.");
  });

  it("labels all eleven kinds", () => {
    expect(BodyKindSchema.options).toHaveLength(11);
    expect(labelOf(bodyKindLabels, "coordinationOffice")).toBe("Kommunale Koordinierung");
    expect(labelOf(bodyKindLabels, "youthWelfarePlanningSubcommittee")).toBe("Unterausschuss Jugendhilfeplanung");
    expect(labelOf(bodyKindLabels, "townCouncil", "en")).toBe("Town council");
  });
});

describe("MeetingInputSchema", () => {
  it("accepts an agenda with numbered items", () => {
    expect(MeetingInputSchema.parse(meeting).agenda.map((a) => a.number)).toEqual(["3", "3.1"]);
    expect(MeetingInputSchema.safeParse({ ...meeting, agenda: [{ number: "4a", title: "Verschiedenes" }] }).success).toBe(true);
  });

  it("rejects malformed and repeated agenda numbers", () => {
    const malformed = MeetingInputSchema.safeParse({ ...meeting, agenda: [{ number: "TOP drei", title: "x" }] });
    expect(malformed.error?.issues[0]?.message).toMatch(/„3.1“/);
    const repeated = MeetingInputSchema.safeParse({ ...meeting, agenda: [...meeting.agenda, { number: "3.1", title: "x" }] });
    expect(repeated.error?.issues[0]?.message).toBe("Der Tagesordnungspunkt 3.1 kommt mehrfach vor.");
    expect(repeated.error?.issues[0]?.path).toEqual(["agenda", 2, "number"]);
  });

  it("labels the statuses", () => {
    expect(labelOf(meetingStatusLabels, "cancelled")).toBe("Abgesagt");
  });
});

describe("DecisionInputSchema", () => {
  it("accepts the Kreistag decision on SV-9-1217", () => {
    expect(DecisionInputSchema.parse(decision).paperNumber).toBe("SV-9-1217");
    expect(DecisionInputSchema.safeParse({ ...decision, paperNumber: null }).success).toBe(true);
  });

  it("limits the text and rejects a subject listed twice", () => {
    expect(DecisionInputSchema.safeParse({ ...decision, text: "x".repeat(10001) }).success).toBe(false);
    expect(DecisionInputSchema.safeParse({ ...decision, paperNumber: "S".repeat(51) }).success).toBe(false);
    const twice = DecisionInputSchema.safeParse({ ...decision, subjects: [...decision.subjects, ...decision.subjects] });
    expect(twice.error?.issues[0]?.message).toBe("Dieser Gegenstand ist dem Beschluss bereits zugeordnet.");
  });

  it("labels outcomes and subject types", () => {
    expect(labelOf(decisionOutcomeLabels, "noted")).toBe("Zur Kenntnis genommen");
    expect(labelOf(decisionSubjectTypeLabels, "fundingApplication")).toBe("Förderantrag");
  });
});
