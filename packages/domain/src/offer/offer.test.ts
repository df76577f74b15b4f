import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { offerStatusLabels, preventionLevelLabels, targetGroupLabels } from "./enums.js";
import { OfferInputSchema, OfferSchema } from "./offer.js";
import { OfferContactSchema, OfferCostSchema, OfferScheduleSchema } from "./parts.js";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const elterncafe = {
  title: "Elterncafé im Familienzentrum",
  shortTitle: "Elterncafé",
  description: "Offener Treff für Eltern mit Kindern unter drei Jahren, mit Beratung durch eine Familienhebamme.",
  providerId: id(1),
  territoryIds: [id(2)],
  locations: [
    {
      name: "Familienzentrum St. Lamberti",
      address: { street: "Markt 1", postalCode: "48653", city: "Coesfeld" },
      accessibility: { wheelchairAccessible: true, description: null },
    },
  ],
  schedules: [{ freq: "WEEKLY" as const, byDay: ["TU" as const], opensAt: "09:30", closesAt: "11:30", description: null }],
  languages: ["de", "tr"],
  cost: { free: true, amountCents: null, description: null },
  minAgeMonths: 0,
  maxAgeMonths: 36,
  eligibility: "Alle Eltern aus Coesfeld.",
  contact: { name: null, email: "fz-lamberti@example.org", phone: null, url: null },
  status: "active" as const,
  visibleFrom: null,
  visibleTo: null,
  lifePhaseIds: [id(3)],
  transitionIds: [],
  fieldOfActionIds: [id(4)],
  targetGroups: ["parents" as const],
  preventionLevel: "universal" as const,
  goalIds: [],
};

function firstError(input: unknown): { path: PropertyKey[]; message: string } | undefined {
  const r = OfferInputSchema.safeParse(input);
  const issue = r.error?.issues[0];
  return issue && { path: issue.path, message: issue.message };
}

describe("OfferInputSchema", () => {
  it("accepts a realistic offer and an outreach offer without locations", () => {
    expect(OfferInputSchema.parse(elterncafe).title).toBe("Elterncafé im Familienzentrum");
    expect(OfferInputSchema.safeParse({ ...elterncafe, locations: [], schedules: [] }).success).toBe(true);
    expect(OfferSchema.parse({ ...elterncafe, id: id(9) }).id).toBe(id(9));
  });

  it("accepts pregnancy offers from −9 months and open-ended ages", () => {
    expect(OfferInputSchema.safeParse({ ...elterncafe, minAgeMonths: -9, maxAgeMonths: null }).success).toBe(true);
    expect(OfferInputSchema.safeParse({ ...elterncafe, minAgeMonths: -10 }).success).toBe(false);
  });

  it("rejects an age range that ends before it starts", () => {
    expect(firstError({ ...elterncafe, minAgeMonths: 36, maxAgeMonths: 36 })).toEqual({
      path: ["maxAgeMonths"],
      message: "Das Höchstalter (ausschließlich) muss über dem Mindestalter des Angebots liegen.",
    });
  });

  it("rejects a publication window that ends before it starts", () => {
    expect(firstError({ ...elterncafe, visibleFrom: "2025-05-01", visibleTo: "2025-04-30" })?.path).toEqual(["visibleTo"]);
  });

  it("requires a territory, a field of action, a target group and a language", () => {
    expect(firstError({ ...elterncafe, territoryIds: [] })?.message).toBe(
      "Wählen Sie mindestens ein Gebiet, in dem das Angebot gilt.",
    );
    expect(firstError({ ...elterncafe, fieldOfActionIds: [] })?.message).toBe("Wählen Sie mindestens ein Handlungsfeld.");
    expect(firstError({ ...elterncafe, targetGroups: [] })?.message).toBe("Wählen Sie mindestens eine Zielgruppe.");
    expect(firstError({ ...elterncafe, languages: [] })?.message).toBe("Geben Sie mindestens eine Sprache an.");
  });

  it("rejects non ISO 639-1 languages and duplicates", () => {
    expect(firstError({ ...elterncafe, languages: ["deu"] })?.path).toEqual(["languages", 0]);
    expect(firstError({ ...elterncafe, languages: ["DE"] })?.path).toEqual(["languages", 0]);
    expect(firstError({ ...elterncafe, languages: ["de", "de"] })?.message).toBe("Jede Sprache darf nur einmal vorkommen.");
    expect(firstError({ ...elterncafe, territoryIds: [id(2), id(2)] })?.message).toBe("Gebiete dürfen nur einmal vorkommen.");
  });

  it("limits titles, descriptions and locations", () => {
    expect(OfferInputSchema.safeParse({ ...elterncafe, title: "x".repeat(201) }).success).toBe(false);
    expect(OfferInputSchema.safeParse({ ...elterncafe, description: "x".repeat(5001) }).success).toBe(false);
    const locations = Array.from({ length: 21 }, () => elterncafe.locations[0]);
    expect(OfferInputSchema.safeParse({ ...elterncafe, locations }).success).toBe(false);
  });
});

describe("offer parts", () => {
  it("schedules: closing after opening, weekly needs a day, HH:MM times", () => {
    const s = elterncafe.schedules[0]!;
    expect(OfferScheduleSchema.safeParse({ ...s, closesAt: "09:30" }).error?.issues[0]?.message).toBe(
      "Das Ende muss nach dem Beginn liegen.",
    );
    expect(OfferScheduleSchema.safeParse({ ...s, byDay: [] }).success).toBe(false);
    expect(OfferScheduleSchema.safeParse({ ...s, freq: "MONTHLY", byDay: [] }).success).toBe(true);
    expect(OfferScheduleSchema.safeParse({ ...s, byDay: ["TU", "TU"] }).success).toBe(false);
    expect(OfferScheduleSchema.safeParse({ ...s, opensAt: "9:30" }).success).toBe(false);
    expect(OfferScheduleSchema.safeParse({ ...s, closesAt: "24:00" }).success).toBe(false);
    expect(OfferScheduleSchema.safeParse({ ...s, opensAt: null, closesAt: null }).success).toBe(true);
  });

  it("costs: free means no amount, paid may leave the amount open", () => {
    expect(OfferCostSchema.safeParse({ free: true, amountCents: 500, description: null }).success).toBe(false);
    expect(OfferCostSchema.safeParse({ free: false, amountCents: 2500, description: null }).success).toBe(true);
    expect(OfferCostSchema.safeParse({ free: false, amountCents: null, description: "einkommensabhängig" }).success).toBe(true);
    expect(OfferCostSchema.safeParse({ free: false, amountCents: 12.5, description: null }).success).toBe(false);
  });

  it("contact: at least one of e-mail, phone or web address", () => {
    const none = { name: "Jugendamt", email: null, phone: null, url: null };
    expect(OfferContactSchema.safeParse(none).error?.issues[0]?.message).toBe(
      "Geben Sie mindestens einen Kontaktweg an: E-Mail, Telefon oder Webadresse.",
    );
    expect(OfferContactSchema.safeParse({ ...none, phone: "02541 18-0" }).success).toBe(true);
    expect(OfferContactSchema.safeParse({ ...none, url: "https://www.kreis-coesfeld.de" }).success).toBe(true);
  });

  it("labels enumerations in German and English", () => {
    expect(labelOf(offerStatusLabels, "temporarilyClosed")).toBe("Vorübergehend geschlossen");
    expect(labelOf(preventionLevelLabels, "universal", "en")).toBe("Universal prevention");
    expect(labelOf(targetGroupLabels, "singleParents")).toBe("Alleinerziehende");
  });
});
