import {
  bodiesMissingTownRepresentation,
  checkObservation,
  computeRate,
  currentLeitbild,
  defaultLifePhases,
  DEFAULT_SUPPRESSION_THRESHOLD,
  suppressionThresholdFor,
  validateGoalCascade,
} from "@praeventionskette/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { allRecords, listRecords } from "../repositories/aggregate.js";
import { actorAggregate } from "../repositories/actor.js";
import { analyseCoverage } from "../repositories/coverage.js";
import { fieldOfActionAggregate } from "../repositories/field-of-action.js";
import { fundingApplicationAggregate, fundingProgrammeAggregate } from "../repositories/funding.js";
import { goalAggregate } from "../repositories/goal.js";
import { bodyAggregate, decisionAggregate, meetingAggregate } from "../repositories/governance.js";
import { indicatorAggregate } from "../repositories/indicator.js";
import { leitbildVersionAggregate } from "../repositories/leitbild.js";
import { lifePhaseAggregate, transitionAggregate } from "../repositories/life-phase.js";
import { observationAggregate } from "../repositories/observation.js";
import { offerAggregate, searchOffers } from "../repositories/offer.js";
import { qualityAssessmentAggregate } from "../repositories/quality.js";
import { territoryAggregate } from "../repositories/territory.js";
import { youthOfficeAggregate } from "../repositories/youth-office.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { seedDemoDataIfEmpty } from "./index.js";

const TODAY = "2026-11-23";

const EXPECTED_TOWNS: Record<string, string> = {
  Dülmen: "05558016",
  Coesfeld: "05558012",
  Lüdinghausen: "05558024",
  Senden: "05558044",
  Nottuln: "05558032",
  Ascheberg: "05558004",
  Olfen: "05558036",
  Havixbeck: "05558020",
  Billerbeck: "05558008",
  Rosendahl: "05558040",
  Nordkirchen: "05558028",
};

describe.each(testDatabases)("demo data on $name", (database) => {
  let handle: DatabaseHandle;
  let seeded: boolean;

  beforeAll(async () => {
    handle = await database.open();
    const started = performance.now();
    seeded = await seedDemoDataIfEmpty(handle.db);
    console.info(`Demodaten auf ${database.name} geladen in ${Math.round(performance.now() - started)} ms.`);
  });
  afterAll(() => handle.close());

  const territories = () => allRecords(handle.db, territoryAggregate);
  const county = async () => (await territories()).find((t) => t.kind === "county" && t.code === "05558")!;
  const town = async (name: string) => (await territories()).find((t) => t.kind === "town" && t.name === name)!;
  const coesfeldTowns = async () => (await territories()).filter((t) => t.kind === "town" && t.code?.startsWith("05558"));

  it("seeds an empty database once and leaves a filled one alone", async () => {
    expect(seeded).toBe(true);
    const offersBefore = (await allRecords(handle.db, offerAggregate)).length;
    expect(await seedDemoDataIfEmpty(handle.db)).toBe(false);
    expect((await allRecords(handle.db, offerAggregate)).length).toBe(offersBefore);
    expect((await territories()).filter((t) => t.kind === "county")).toHaveLength(2);
  });

  it("has the Land, Kreis Coesfeld with its eleven towns, their AGS keys and social areas, and Kreis Unna", async () => {
    const all = await territories();
    const [state] = all.filter((t) => t.kind === "state");
    expect(state).toMatchObject({ name: "Nordrhein-Westfalen", code: "05", parentId: null });
    const counties = all.filter((t) => t.kind === "county");
    expect(counties.map((t) => [t.name, t.code, t.parentId])).toEqual([["Kreis Coesfeld", "05558", state!.id], ["Kreis Unna", "05978", state!.id]]);
    expect(all.filter((t) => t.kind === "town" && t.parentId === counties[1]!.id)).toHaveLength(10);
    const towns = await coesfeldTowns();
    expect(Object.fromEntries(towns.map((t) => [t.name, t.code]))).toEqual(EXPECTED_TOWNS);
    expect(towns.every((t) => t.parentId === counties[0]!.id && t.validFrom === "1975-01-01")).toBe(true);
    const townIds = new Set(towns.map((t) => t.id));
    const socialAreas = all.filter((t) => t.kind === "socialArea");
    expect(socialAreas.map((t) => t.name)).toEqual(expect.arrayContaining(["Seppenrade", "Bösensell", "Appelhülsen", "Herbern", "Vinnum", "Hohenholte", "Darfeld"]));
    expect(socialAreas.filter((t) => t.parentId !== null && !townIds.has(t.parentId)).map((t) => t.name)).toEqual(["Kamen-Mitte", "Methler", "Heeren-Werve", "Südkamen"]);
  });

  it("has three youth offices in Kreis Coesfeld and Kamen's own in Kreis Unna, each covering its territories", async () => {
    const offices = await allRecords(handle.db, youthOfficeAggregate);
    expect(offices.map((o) => o.name).sort()).toEqual(["Jugendamt Coesfeld", "Jugendamt Dülmen", "Jugendamt Kamen", "Jugendamt Kreis Coesfeld", "Jugendamt Kreis Unna"]);
    const officeOf = async (name: string) => {
      const { youthOfficeId } = await town(name);
      return offices.find((o) => o.id === youthOfficeId)?.name;
    };
    expect(await officeOf("Dülmen")).toBe("Jugendamt Dülmen");
    expect(await officeOf("Coesfeld")).toBe("Jugendamt Coesfeld");
    expect(await officeOf("Olfen")).toBe("Jugendamt Kreis Coesfeld");
    expect(await officeOf("Kamen")).toBe("Jugendamt Kamen");
    expect(await officeOf("Bergkamen")).toBe("Jugendamt Kreis Unna");
  });

  it("gives Kamen its own life phases from 0 to 21 while Kreis Coesfeld works with the platform's", async () => {
    const caller = callerFor(handle, { today: TODAY, access: anonymousAccess(TODAY) });
    const kamen = await caller.lifePhase.list({ territoryId: (await town("Kamen")).id });
    expect(kamen.items.map((p) => [p.minAgeMonths, p.maxAgeMonths])).toEqual([[0, 36], [36, 72], [72, 120], [120, 192], [192, 252]]);
    const olfen = await caller.lifePhase.list({ territoryId: (await town("Olfen")).id });
    expect(olfen.items.map((p) => p.code)).toEqual(defaultLifePhases.map((p) => p.code));
    // Every phase: the platform's first, then Kamen's, each in its order along the child's life.
    const all = await caller.lifePhase.list({});
    expect(all.items.map((p) => p.code)).toEqual([...defaultLifePhases.map((p) => p.code), ...kamen.items.map((p) => p.code)]);
    expect((await caller.transition.list({ territoryId: (await town("Kamen")).id })).items.every((t) => kamen.items.some((p) => p.id === t.fromLifePhaseId))).toBe(true);
  });

  it("draws the real boundaries of Kreis Coesfeld's towns and schematic ones of their social areas", async () => {
    const caller = callerFor(handle, { today: TODAY, access: anonymousAccess(TODAY) });
    const towns = await caller.territory.boundaries({ parentId: (await county()).id, date: TODAY });
    expect(towns.features.map((f) => f.properties.code).sort()).toEqual(Object.values(EXPECTED_TOWNS).sort());
    expect(towns.attribution).toEqual(["© GeoBasis-DE / BKG 2021 (Daten verändert)"]);
    expect(Buffer.byteLength(JSON.stringify(towns))).toBeLessThan(50_000);
    const unna = (await territories()).find((t) => t.code === "05978")!;
    const unnaTowns = await caller.territory.boundaries({ parentId: unna.id, date: TODAY });
    expect(unnaTowns.features).toHaveLength(10);
    expect(unnaTowns.features.find((f) => f.properties.code === "05978020")?.properties.name).toBe("Kamen");
    const nrw = await caller.territory.boundaries({ parentId: (await territories()).find((t) => t.kind === "state")!.id, date: TODAY });
    expect(nrw.features.map((f) => f.properties.code)).toEqual(["05558", "05978"]);
    const areas = await caller.territory.boundaries({ parentId: (await town("Nottuln")).id, date: TODAY });
    expect(areas.features).toHaveLength(4);
    expect(areas.features.every((f) => f.properties.schematic)).toBe(true);
  });

  it("has the default life phases, transitions and fields of action", async () => {
    const defaults = <T extends { youthOfficeId: string | null }>(records: T[]) => records.filter((r) => r.youthOfficeId === null);
    expect(defaults(await allRecords(handle.db, lifePhaseAggregate)).map((p) => p.code)).toHaveLength(6);
    expect(defaults(await allRecords(handle.db, transitionAggregate)).map((t) => t.code).sort()).toEqual(["UE1", "UE2", "UE3", "UE4"]);
    expect((await allRecords(handle.db, fieldOfActionAggregate)).map((f) => f.code).sort()).toEqual(
      ["bildung", "gesundheit", "integration", "jugend", "soziales", "sport"],
    );
    const actors = await allRecords(handle.db, actorAggregate);
    expect(actors.length).toBeGreaterThanOrEqual(25);
    expect(actors.flatMap((a) => [a.email ?? "", ...a.contactPersons.map((p) => p.email ?? "")]).filter((e) => e !== "").every((e) => e.endsWith(".example"))).toBe(true);
  });

  it("has at least 80 offers covering every life phase, town and field of action", async () => {
    const offers = await allRecords(handle.db, offerAggregate);
    expect(offers.length).toBeGreaterThanOrEqual(80);
    const listed = (key: "lifePhaseIds" | "fieldOfActionIds" | "territoryIds") => new Set(offers.flatMap((o) => o[key]));
    for (const phase of (await allRecords(handle.db, lifePhaseAggregate)).filter((p) => p.youthOfficeId === null)) expect(listed("lifePhaseIds").has(phase.id), phase.code).toBe(true);
    for (const field of await allRecords(handle.db, fieldOfActionAggregate)) expect(listed("fieldOfActionIds").has(field.id), field.code).toBe(true);
    for (const name of Object.keys(EXPECTED_TOWNS)) expect(listed("territoryIds").has((await town(name)).id), name).toBe(true);
    expect(new Set(offers.flatMap((o) => o.languages)).size).toBeGreaterThanOrEqual(8);
    expect(offers.filter((o) => o.status !== "active" || o.visibleFrom !== null || o.visibleTo !== null).length).toBeGreaterThanOrEqual(2);
  });

  it("has at least twelve indicators with five periods of valid demo values per town and for the county", async () => {
    const indicators = await allRecords(handle.db, indicatorAggregate);
    expect(indicators.length).toBeGreaterThanOrEqual(12);
    expect(indicators.map((i) => i.code)).toEqual(expect.arrayContaining(["S1", "S3", "B1", "B2", "B6", "G1", "G3", "G5", "H1", "H2", "P1"]));
    const observations = await allRecords(handle.db, observationAggregate);
    const areas = [await county(), ...(await coesfeldTowns())];
    for (const indicator of indicators) {
      for (const area of areas) {
        const periods = new Set(observations.filter((o) => o.indicatorId === indicator.id && o.territoryId === area.id).map((o) => o.period));
        expect(periods.size, `${indicator.code} ${area.name}`).toBeGreaterThanOrEqual(5);
      }
    }
    const byId = new Map(indicators.map((i) => [i.id, i]));
    for (const o of observations) {
      const indicator = byId.get(o.indicatorId)!;
      expect(checkObservation(o, { ...indicator, id: indicator.id })).toEqual([]);
      expect(o).toMatchObject({ isDemo: true, note: "Demowert" });
      expect(o.value).toBe(computeRate(o.numerator!, o.denominator!, indicator.factor));
    }
    // Small cells exist, so small-cell suppression has something to do.
    const small = observations.filter((o) => {
      const threshold = suppressionThresholdFor(byId.get(o.indicatorId)!, DEFAULT_SUPPRESSION_THRESHOLD);
      return o.numerator !== null && o.numerator > 0 && o.numerator < threshold;
    });
    expect(small.length).toBeGreaterThan(0);
  });

  it("shows the deliberate gap: no sport offer for the school-to-work phase in Rosendahl and Nordkirchen", async () => {
    const coverage = await analyseCoverage(handle.db, { territoryId: (await county()).id, today: TODAY }, anonymousAccess(TODAY));
    const phase = coverage.lifePhases.find((p) => p.code === "uebergang-schule-beruf")!;
    const sport = coverage.fieldsOfAction.find((f) => f.code === "sport")!;
    const sportGaps = coverage.gaps.filter((c) => c.lifePhaseId === phase.id && c.fieldOfActionId === sport.id);
    const names = sportGaps.map((c) => coverage.territories.find((t) => t.id === c.territoryId)?.name).sort();
    expect(names).toEqual(["Nordkirchen", "Rosendahl"]);
    expect(coverage.summary.coverageRatio).toBeGreaterThan(0.8);
    expect(coverage.summary.gaps).toBeGreaterThan(0);
  });

  it("finds the deliberate likely duplicates, and only those", async () => {
    const coverage = await analyseCoverage(handle.db, { territoryId: (await county()).id, today: TODAY }, anonymousAccess(TODAY));
    const offers = new Map((await allRecords(handle.db, offerAggregate)).map((o) => [o.id, o]));
    const groups = coverage.duplicates.map((g) => g.offerIds.map((id) => offers.get(id)!.title).sort());
    expect(groups).toEqual(
      expect.arrayContaining([
        ["Elterncafé Dülmen", "Elterncafé Dülmen-Mitte"],
        ["Babyschwimmen Coesfeld", "Babyschwimmen im Hallenbad Coesfeld"],
      ]),
    );
    expect(groups).toHaveLength(2);
    const elterncafes = coverage.duplicates.find((g) => g.offerIds.some((id) => offers.get(id)!.title === "Elterncafé Dülmen"))!;
    expect(new Set(elterncafes.offerIds.map((id) => offers.get(id)!.providerId)).size).toBe(2);
    expect(elterncafes.territoryIds).toEqual([(await town("Dülmen")).id]);
  });

  it("counts large result sets only up to a limit, and says so", async () => {
    const page = await listRecords(handle.db, territoryAggregate, { limit: 5, offset: 0, includeArchived: false, countLimit: 10 }, anonymousAccess(TODAY));
    expect(page).toMatchObject({ total: 10, totalIsCapped: true });
    expect(page.items).toHaveLength(5);
    const exact = await listRecords(handle.db, territoryAggregate, { limit: 5, offset: 0, includeArchived: false, countLimit: 1_000 }, anonymousAccess(TODAY));
    expect(exact.total).toBe((await territories()).length);
    expect(exact.totalIsCapped).toBeUndefined();
  });

  it("finds offers about midwives when searching for „Hebammen“", async () => {
    const result = await searchOffers(handle.db, { text: "Hebammen", limit: 20, offset: 0 }, anonymousAccess(TODAY));
    expect(result.items.some((o) => /Hebamme/.test(o.title) || /Hebamme/.test(o.description))).toBe(true);
  });

  it("has the adopted Leitbild linked to the Kreistag decision and a draft of version 2", async () => {
    const versions = await allRecords(handle.db, leitbildVersionAggregate);
    expect(versions.map((v) => [v.versionNumber, v.status]).sort()).toEqual([[1, "adopted"], [2, "draft"]]);
    const v1 = versions.find((v) => v.versionNumber === 1)!;
    expect(v1.statements.map((s) => s.title)).toEqual(["Teilhabe ermöglichen", "An Stärken orientieren", "Chancengerechtigkeit sicherstellen", "Vielfalt fördern"]);
    expect(v1.adoption).toMatchObject({ paperNumber: "SV-9-1217", date: "2018-12-19" });
    expect(currentLeitbild(versions, TODAY)?.id).toBe(v1.id);
    const decisions = await allRecords(handle.db, decisionAggregate);
    const adoption = decisions.find((d) => d.id === v1.adoption!.decisionId)!;
    expect(adoption.subjects).toContainEqual({ type: "leitbildVersion", id: v1.id });
    expect(adoption.subjects.filter((s) => s.type === "goal").length).toBeGreaterThanOrEqual(3);
  });

  it("has a consistent goal cascade with measurable action goals and responsible actors", async () => {
    const goals = await allRecords(handle.db, goalAggregate);
    expect(validateGoalCascade(goals)).toEqual([]);
    const count = (level: string) => goals.filter((g) => g.level === level).length;
    expect([count("guiding"), count("strategic")]).toEqual([1, 3]);
    for (const strategic of goals.filter((g) => g.level === "strategic")) {
      const actions = goals.filter((g) => g.parentId === strategic.id);
      expect(actions.length).toBeGreaterThanOrEqual(2);
      for (const action of actions) {
        expect(action.target).not.toBeNull();
        expect(action.baseline).not.toBeNull();
        expect(action.indicatorIds.length).toBeGreaterThan(0);
        const measures = goals.filter((g) => g.parentId === action.id);
        expect(measures.length).toBeGreaterThanOrEqual(1);
        expect(measures.length).toBeLessThanOrEqual(3);
      }
    }
    expect(goals.every((g) => g.responsibleActorIds.length > 0)).toBe(true);
  });

  it("has governance bodies, meetings, funding and a quality self-assessment", async () => {
    const bodies = await allRecords(handle.db, bodyAggregate);
    const planning = bodies.find((b) => b.kind === "planningGroup")!;
    const towns = (await coesfeldTowns()).map((t) => t.id);
    expect(bodiesMissingTownRepresentation(planning, towns)).toEqual([]);
    expect(bodies.find((b) => b.kind === "steeringGroup")?.members[0]).toMatchObject({ role: "Vorsitz", name: expect.stringContaining("Landrat") });
    expect((await allRecords(handle.db, meetingAggregate)).length).toBeGreaterThanOrEqual(5);

    const [programme] = await allRecords(handle.db, fundingProgrammeAggregate);
    expect(programme).toMatchObject({ fundingRate: 0.8, maxGrantCents: 3_500_000, applicationDeadline: "2018-04-15", financingType: "fixedAmount" });
    const [application] = await allRecords(handle.db, fundingApplicationAggregate);
    expect(application).toMatchObject({
      eligibleCostsCents: 4_375_000,
      requestedGrantCents: 3_500_000,
      approval: { noticeDate: "2018-05-14", grantCents: 3_500_000 },
    });

    const assessments = await allRecords(handle.db, qualityAssessmentAggregate);
    expect(assessments.map((a) => a.territoryId)).toEqual([(await county()).id]);
  });
});
