import type { callerFor } from "./caller.js";

type Api = ReturnType<typeof callerFor>;

const item = { fulfilment: "partly", note: "" } as const;

/**
 * A small, valid graph of one record per aggregate, created through the API in the order of
 * their references. `samples` holds, per router, an input that creates one more valid record
 * (unique codes varied by `n`), so generic tests can exercise every router alike.
 */
export async function createGraph(api: Api) {
  const county = await api.territory.create({ name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: null, validFrom: "1975-01-01", validTo: null, population: 225_000 });
  const town = await api.territory.create({ name: "Olfen", kind: "town", code: "05558036", parentId: county.id, validFrom: "1975-01-01", validTo: null, population: 12_900 });
  const phaseA = await api.lifePhase.create({ code: "kita-alter", name: { de: "Kita-Alter", en: "Nursery age" }, description: "", minAgeMonths: 36, maxAgeMonths: 72, order: 0 });
  const phaseB = await api.lifePhase.create({ code: "grundschulalter", name: { de: "Grundschulalter", en: "Primary school age" }, description: "", minAgeMonths: 72, maxAgeMonths: 120, order: 1 });
  const transition = await api.transition.create({ code: "UE2", name: { de: "Kita → Grundschule", en: "Nursery → primary school" }, description: "", fromLifePhaseId: phaseA.id, toLifePhaseId: phaseB.id, order: 0 });
  const field = await api.fieldOfAction.create({ code: "bildung", name: { de: "Bildung", en: "Education" }, description: "" });
  const actor = await api.actor.create({ name: "Familienzentrum Olfen", shortName: null, kind: "freeProvider", description: "", territoryId: town.id, website: null, email: "fz@olfen.example", phone: null, address: null, contactPersons: [] });
  const indicator = await api.indicator.create({ code: "B2", name: { de: "Betreuungsquote Ü3", en: "Childcare rate 3–6" }, description: "", numerator: "Kinder 3 bis unter 6 in Kita", denominator: "Kinder 3 bis unter 6", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "IT.NRW", spatialLevels: ["town"], periodType: "year", visibility: "public", lifePhaseIds: [phaseA.id], fieldOfActionIds: [field.id], suppressionThreshold: null });
  const guidingGoal = await api.goal.create({ territoryId: county.id, level: "guiding", parentId: null, title: "Gelingendes Aufwachsen", description: "", responsibleActorIds: [], indicatorIds: [], baseline: null, target: null, status: "inProgress", lifePhaseIds: [], fieldOfActionIds: [] });
  const body = await api.body.create({ territoryId: county.id, name: "Steuerungsgruppe", kind: "steeringGroup", description: "", members: [], parentBodyId: null });
  const meeting = await api.meeting.create({ bodyId: body.id, title: "1. Sitzung", date: "2024-03-01", location: null, agenda: [{ number: "1", title: "Begrüßung" }], status: "held" });
  const programme = await api.fundingProgramme.create({ name: "Lückenschluss", funder: "Land NRW", description: "", fundingRate: 0.8, maxGrantCents: 3_500_000, applicationDeadline: "2018-04-15", financingType: "fixedAmount" });

  const offer = (n: number) => ({
    title: `Sprachförderung in der Kita ${n}`, shortTitle: null, description: "Alltagsintegrierte Sprachbildung", providerId: actor.id,
    territoryIds: [town.id], locations: [], schedules: [], languages: ["de"], cost: { free: true, amountCents: null, description: null },
    minAgeMonths: 36, maxAgeMonths: 72, eligibility: "", contact: { name: null, email: "fz@olfen.example", phone: null, url: null },
    status: "active", visibleFrom: null, visibleTo: null, lifePhaseIds: [phaseA.id], transitionIds: [transition.id],
    fieldOfActionIds: [field.id], targetGroups: ["children"], preventionLevel: "universal", goalIds: [guidingGoal.id],
  }) as const;

  const square = { type: "Polygon", coordinates: [[[7.37, 51.7], [7.39, 51.7], [7.39, 51.72], [7.37, 51.72], [7.37, 51.7]]] } as const;
  const samples = {
    youthOffice: (n: number) => ({ name: `Jugendamt ${n}`, territoryId: town.id, description: "" }),
    // Each sample a boundary of its own year, so that their validity periods never overlap.
    boundary: (n: number) => ({ territoryId: town.id, geometry: square, validFrom: `${1900 + n}-01-01`, validTo: `${1900 + n}-12-31`, source: "Stadt Olfen", schematic: false }),
    territory: (n: number) => ({ name: `Sozialraum ${n}`, kind: "socialArea", code: null, parentId: town.id, validFrom: "2020-01-01", validTo: null, population: null }),
    lifePhase: (n: number) => ({ code: `phase-${n}`, name: { de: `Phase ${n}`, en: `Phase ${n}` }, description: "", minAgeMonths: 0, maxAgeMonths: 12, order: 10 + n }),
    transition: (n: number) => ({ code: `T${n}`, name: { de: "Übergang", en: "Transition" }, description: "", fromLifePhaseId: phaseA.id, toLifePhaseId: phaseB.id, order: n }),
    fieldOfAction: (n: number) => ({ code: `feld-${n}`, name: { de: `Feld ${n}`, en: `Field ${n}` }, description: "" }),
    actor: (n: number) => ({ name: `Träger ${n}`, shortName: null, kind: "association", description: "", territoryId: town.id, website: null, email: null, phone: null, address: null, contactPersons: [] }),
    offer,
    leitbild: (n: number) => ({ territoryId: county.id, versionNumber: n, title: "Präventionsleitbild", preamble: "", statements: [{ title: "Teilhabe ermöglichen", text: "" }], status: "draft", adoption: null }),
    goal: (n: number) => ({ territoryId: county.id, level: "strategic", parentId: guidingGoal.id, title: `Strategisches Ziel ${n}`, description: "", responsibleActorIds: [actor.id], indicatorIds: [indicator.id], baseline: null, target: null, status: "planned", lifePhaseIds: [], fieldOfActionIds: [] }),
    indicator: (n: number) => ({ code: `X${n}`, name: { de: `Indikator ${n}`, en: `Indicator ${n}` }, description: "", numerator: "Zähler", denominator: "Nenner", factor: "perThousand", unit: "‰", polarity: "lowerIsBetter", source: "Jugendamt", spatialLevels: ["county"], periodType: "year", visibility: "internal", lifePhaseIds: [], fieldOfActionIds: [], suppressionThreshold: 5 }),
    observation: (n: number) => ({ indicatorId: indicator.id, territoryId: town.id, period: String(2000 + n), numerator: 40, denominator: 50, value: 80, source: "IT.NRW", asOf: "2025-06-30", isDemo: true, note: null }),
    body: (n: number) => ({ territoryId: county.id, name: `Planungsgruppe ${n}`, kind: "planningGroup", description: "", members: [{ name: "Vertretung Olfen", role: "Mitglied", organisationId: actor.id, representsTerritoryId: town.id }], parentBodyId: body.id }),
    meeting: (n: number) => ({ bodyId: body.id, title: `${n}. Sitzung`, date: "2025-02-01", location: "Kreishaus", agenda: [], status: "planned" }),
    decision: (n: number) => ({ bodyId: body.id, meetingId: meeting.id, date: "2024-03-01", paperNumber: `SV-9-${1000 + n}`, title: "Beschluss", text: "", outcome: "adopted", subjects: [{ type: "goal", id: guidingGoal.id }] }),
    fundingProgramme: (n: number) => ({ name: `Programm ${n}`, funder: "Land NRW", description: "", fundingRate: 0.5, maxGrantCents: null, applicationDeadline: null, financingType: "shareOfCosts" }),
    fundingApplication: (n: number) => ({ programmeId: programme.id, territoryId: county.id, title: `Antrag ${n}`, description: "", eligibleCostsCents: 4_375_000, requestedGrantCents: 3_500_000, status: "draft", submittedOn: null, approval: null, proofOfUse: null, goalIds: [] }),
    qualityAssessment: (n: number) => ({ territoryId: county.id, assessedOn: `20${10 + n}-01-01`, prerequisites: { a: item, b: item, c: item, d: item, e: item, f: item, g: item }, stations: { leitbild: item, strategicSteering: item, implementation: item, reflection: item }, assessedBy: "Planungsgruppe" }),
  };
  return { county, town, phaseA, phaseB, transition, field, actor, indicator, guidingGoal, body, meeting, programme, samples };
}
