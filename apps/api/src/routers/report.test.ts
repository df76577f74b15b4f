import { type IndicatorInput, isOfferPubliclyVisible, type TerritoryInput } from "@praeventionskette/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Access, accessFor, anonymousAccess, systemAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { seedDemoDataIfEmpty } from "../demo/index.js";
import { loadPrincipal } from "../repositories/account.js";
import { allRecords, fieldsOf, type Stored } from "../repositories/aggregate.js";
import { insertMany } from "../repositories/bulk.js";
import { analyseCoverage } from "../repositories/coverage.js";
import { fundingApplicationAggregate } from "../repositories/funding.js";
import { indicatorAggregate } from "../repositories/indicator.js";
import { observationAggregate } from "../repositories/observation.js";
import { offerAggregate } from "../repositories/offer.js";
import { territoryAggregate } from "../repositories/territory.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";

// The report router on the demo data: what anonymous visitors and staff of different
// territories see, and clear German answers to bad input.

const TODAY = "2026-11-23";
type Api = ReturnType<typeof callerFor>;

const fieldsOfIndicator = (indicator: Stored<IndicatorInput>): IndicatorInput => fieldsOf(indicator);

/** The error code and message of a call, or "OK". */
async function outcome(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
    return { code: "OK", message: "" };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe.each(testDatabases)("report router on the demo data on $name", (database) => {
  let handle: DatabaseHandle;
  let territories: Stored<TerritoryInput>[];
  let indicators: Stored<IndicatorInput>[];
  const api: Record<"anonymous" | "coordinator" | "countyViewer" | "olfenEditor" | "provider" | "system", Api> = {} as never;

  const territory = (code: string) => territories.find((t) => t.code === code) as Stored<TerritoryInput>;
  const indicator = (code: string) => indicators.find((i) => i.code === code) as Stored<IndicatorInput>;
  const county = () => territory("05558");
  const olfen = () => territory("05558036");
  let phases: { u3: string; kita: string; school: string };

  async function accessOf(email: string): Promise<Access> {
    const user = await handle.db.selectFrom("user").select("id").where("email", "=", email).executeTakeFirstOrThrow();
    return accessFor(handle.db, (await loadPrincipal(handle.db, user.id))!, TODAY);
  }
  /** The stored counts of an indicator, period and territory (what staff see). */
  async function truth(indicatorId: string, period: string, territoryId: string) {
    const found = (await allRecords(handle.db, observationAggregate)).find((o) => o.indicatorId === indicatorId && o.period === period && o.territoryId === territoryId);
    return found ? { numerator: found.numerator, denominator: found.denominator, value: found.value } : null;
  }

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoDataIfEmpty(handle.db);
    territories = await allRecords(handle.db, territoryAggregate);
    indicators = await allRecords(handle.db, indicatorAggregate);
    api.anonymous = callerFor(handle, { today: TODAY, access: anonymousAccess(TODAY) });
    api.coordinator = callerFor(handle, { today: TODAY, access: await accessOf("koordinierung@demo.example") });
    api.countyViewer = callerFor(handle, { today: TODAY, access: await accessOf("lesen@demo.example") });
    api.olfenEditor = callerFor(handle, { today: TODAY, access: await accessOf("olfen@demo.example") });
    api.provider = callerFor(handle, { today: TODAY, access: await accessOf("awo@demo.example") });
    api.system = callerFor(handle, { today: TODAY, access: systemAccess(TODAY, "Testlauf") });
    const all = (await api.system.lifePhase.list({ limit: 200, youthOfficeId: null })).items;
    const phase = (code: string) => all.find((p) => p.code === code)!.id;
    phases = { u3: phase("fruehe-kindheit"), kita: phase("kita-alter"), school: phase("grundschulalter") };
  }, 600_000);
  afterAll(() => handle.close());

  describe("indicatorValues", () => {
    it("gives anonymous visitors the towns of the county in the latest period, with the Land's reference value and the indicator's metadata", async () => {
      const b6 = indicator("B6");
      const result = await api.anonymous.report.indicatorValues({ indicatorId: b6.id, territoryId: county().id });
      expect(result.period).toBe("2023/24");
      expect(result.periods).toEqual(["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]);
      expect(result.indicator).toMatchObject({
        code: "B6",
        name: { de: "Schulabgänge ohne Abschluss" },
        unit: "%",
        desiredDirection: "lowerIsBetter",
        source: "IT.NRW, Schulstatistik",
        suppressionThreshold: 3,
      });
      expect(result.asOf).toBe("2024-11-30");
      expect(result.territory).toMatchObject({ territory: { name: "Kreis Coesfeld" }, status: "shown", view: "public" });
      expect(result.children.map((c) => c.territory.name)).toEqual([
        "Ascheberg", "Billerbeck", "Coesfeld", "Dülmen", "Havixbeck", "Lüdinghausen", "Nordkirchen", "Nottuln", "Olfen", "Rosendahl", "Senden",
      ]);
      expect(result.references.map((r) => [r.territory.name, r.territory.kind])).toEqual([["Nordrhein-Westfalen", "state"]]);
      expect(result.references[0]!.value).toBeCloseTo(2.3, 1);
      // Exactly what the public series publishes, small cells and their protection suppressed.
      const series = await api.anonymous.observation.publicSeries({ indicatorId: b6.id });
      for (const cell of [result.territory, ...result.children, ...result.references]) {
        const published = series.observations.find((o) => o.territoryId === cell.territory.id && o.period === "2023/24")!;
        expect([cell.status === "suppressed", cell.numerator, cell.denominator, cell.value]).toEqual([published.suppressed, published.numerator, published.denominator, published.value]);
      }
      const hidden = result.children.filter((c) => c.status === "suppressed");
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      for (const cell of hidden) expect(cell).toMatchObject({ numerator: null, denominator: null, value: null, comparedToTerritory: "notComparable" });
    });

    it("reports a town's social areas with the county and the Land as references", async () => {
      const luedinghausen = territory("05558024");
      const result = await api.anonymous.report.indicatorValues({ indicatorId: indicator("S1").id, territoryId: luedinghausen.id, period: "2022" });
      expect(result.period).toBe("2022");
      expect(result.children.map((c) => c.territory.name)).toEqual(["Kernstadt", "Seppenrade"]);
      expect(result.references.map((r) => r.territory.name)).toEqual(["Kreis Coesfeld", "Nordrhein-Westfalen"]);
      expect(result.references.map((r) => r.territoryComparedToThis)).toEqual(["better", "better"]);
    });

    it("shows staff their own territories' counts unsuppressed and everything else as the public sees it", async () => {
      const b6 = indicator("B6");
      const asked = { indicatorId: b6.id, territoryId: county().id, period: "2023/24" };
      const [anonymous, coordinator, editor] = await Promise.all([
        api.anonymous.report.indicatorValues(asked),
        api.coordinator.report.indicatorValues(asked),
        api.olfenEditor.report.indicatorValues(asked),
      ]);
      for (const child of coordinator.children) {
        expect(child).toMatchObject({ status: "shown", view: "internal", ...(await truth(b6.id, "2023/24", child.territory.id)) });
      }
      expect(coordinator.references[0]!.view).toBe("public");
      for (const [index, child] of editor.children.entries()) {
        if (child.territory.id === olfen().id) expect(child).toMatchObject({ status: "shown", view: "internal", ...(await truth(b6.id, "2023/24", olfen().id)) });
        else expect(child).toEqual(anonymous.children[index]);
      }
      // The differences are real: some town is hidden from the public but not from the county's staff.
      expect(anonymous.children.some((c, i) => c.status === "suppressed" && coordinator.children[i]!.status === "shown")).toBe(true);
      // So are lists that mix the reader's own territories with others (the Land): own counts stay.
      const listed = await api.coordinator.observation.list({ indicatorId: b6.id, period: "2023/24", limit: 200 });
      const own = listed.items.filter((o) => o.territoryId !== coordinator.references[0]!.territory.id);
      expect(own).toHaveLength(12);
      expect(own.every((o) => o.numerator !== null && !("suppressed" in o))).toBe(true);
    });

    it("follows a changed value at once: the public view kept between requests is computed anew, never shown stale", async () => {
      const b6 = indicator("B6");
      const asked = { indicatorId: b6.id, territoryId: county().id, period: "2023/24" };
      const before = await api.anonymous.report.indicatorValues(asked);
      const town = before.children.find((c) => c.status === "shown" && (c.numerator ?? 0) >= 10)!;
      const stored = await api.system.observation.get({ id: town.observationId! });
      const changed = await api.system.observation.update({ id: stored.id, expectedVersion: stored.version, data: { ...fieldsOf(stored), numerator: 1, value: null } });
      try {
        const after = await api.anonymous.report.indicatorValues(asked);
        const cell = after.children.find((c) => c.territory.id === town.territory.id)!;
        expect(cell).toMatchObject({ status: "suppressed", numerator: null, denominator: null, value: null });
        // The same public view as the list of observations, which computes it afresh each time.
        const listed = (await api.anonymous.observation.list({ indicatorId: b6.id, period: "2023/24", limit: 200 })).items;
        for (const child of after.children) {
          const o = listed.find((item) => item.territoryId === child.territory.id) as (typeof listed)[number] & { suppressed?: boolean };
          expect({ status: child.status, numerator: child.numerator, value: child.value }).toEqual({ status: o.suppressed ? "suppressed" : "shown", numerator: o.numerator, value: o.value });
        }
      } finally {
        await api.system.observation.update({ id: changed.id, expectedVersion: changed.version, data: fieldsOf(stored) });
      }
      expect(await api.anonymous.report.indicatorValues(asked)).toEqual(before);
    });

    it("keeps internal indicators from the public and shows staff only their own territories' values", async () => {
      const internal = await api.system.indicator.create({
        code: "INT1", name: { de: "Interne Kennzahl", en: "Internal figure" }, description: "", numerator: "Fälle", denominator: "Kinder", factor: "perThousand",
        unit: "je 1.000", polarity: "lowerIsBetter", source: "Jugendamt", spatialLevels: ["county", "town"], periodType: "year", visibility: "internal",
        lifePhaseIds: [], fieldOfActionIds: [], suppressionThreshold: null,
      });
      for (const [code, numerator] of [["05558", 120], ["05558036", 2], ["05558016", 30]] as const) {
        await api.system.observation.create({ indicatorId: internal.id, territoryId: territory(code).id, period: "2024", numerator, denominator: 5000, value: null, source: "Jugendamt", asOf: "2025-03-01", isDemo: true, note: null });
      }
      const asked = { indicatorId: internal.id, territoryId: county().id };
      expect(await outcome(api.anonymous.report.indicatorValues(asked))).toMatchObject({ code: "UNAUTHORIZED" });
      expect(await outcome(api.provider.report.indicatorValues(asked))).toMatchObject({ code: "FORBIDDEN" });
      const editor = await api.olfenEditor.report.indicatorValues(asked);
      expect(editor.territory.status).toBe("withheld");
      expect(editor.children.find((c) => c.territory.id === olfen().id)).toMatchObject({ status: "shown", numerator: 2, view: "internal" });
      expect(editor.children.filter((c) => c.territory.id !== olfen().id).map((c) => c.status)).toEqual(Array(10).fill("withheld"));
      expect(editor.children.every((c) => c.status !== "withheld" || c.observationId === null)).toBe(true);
      expect(await outcome(api.olfenEditor.report.indicatorValues({ indicatorId: internal.id, territoryId: territory("05558016").id }))).toEqual({
        code: "FORBIDDEN",
        message: "Der Indikator „INT1 Interne Kennzahl“ ist intern: Ihre Rolle erlaubt keine Werte für Dülmen und seine Teilgebiete.",
      });
      const coordinator = await api.coordinator.report.indicatorValues(asked);
      expect(coordinator.territory).toMatchObject({ status: "shown", numerator: 120 });
      expect(coordinator.children.filter((c) => c.status === "shown").map((c) => c.territory.code).sort()).toEqual(["05558016", "05558036"]);
      expect(coordinator.children.filter((c) => c.status === "noData")).toHaveLength(9);
      // Not even whether the Land has a value is told outside one's own territories.
      expect(coordinator.references[0]!.status).toBe("withheld");
    });

    it("answers unknown ids, a period without values and malformed periods with clear German errors", async () => {
      const b6 = indicator("B6");
      const unknown = "00000000-0000-4000-8000-000000000001";
      expect(await outcome(api.anonymous.report.indicatorValues({ indicatorId: unknown, territoryId: county().id }))).toEqual({
        code: "NOT_FOUND",
        message: `Indikator mit der ID ${unknown} wurde nicht gefunden.`,
      });
      expect(await outcome(api.anonymous.report.indicatorValues({ indicatorId: b6.id, territoryId: unknown }))).toEqual({
        code: "NOT_FOUND",
        message: `Gebiet mit der ID ${unknown} wurde nicht gefunden.`,
      });
      const noData = await outcome(api.anonymous.report.indicatorValues({ indicatorId: b6.id, territoryId: county().id, period: "2010/11" }));
      expect(noData.code).toBe("NOT_FOUND");
      expect(noData.message).toBe(
        "Für den Indikator „B6 Schulabgänge ohne Abschluss“ gibt es im Zeitraum „2010/11“ keine Werte für Kreis Coesfeld und seine Teilgebiete. Vorhandene Zeiträume: 2019/20, 2020/21, 2021/22, 2022/23, 2023/24.",
      );
      const wrongType = await outcome(api.anonymous.report.indicatorValues({ indicatorId: b6.id, territoryId: county().id, period: "2023" }));
      expect(wrongType).toEqual({
        code: "BAD_REQUEST",
        message: "Der Zeitraum „2023“ passt nicht zum Indikator „B6 Schulabgänge ohne Abschluss“, der je Schuljahr berichtet wird (z. B. „2021/22“).",
      });
      const malformed = await outcome(api.anonymous.report.indicatorValues({ indicatorId: b6.id, territoryId: county().id, period: "letztes Jahr" }));
      expect(malformed.code).toBe("BAD_REQUEST");
      expect(malformed.message).toContain("Der Zeitraum ist ungültig");
      expect(await outcome(api.anonymous.report.indicatorValues({ indicatorId: "B6", territoryId: county().id }))).toMatchObject({ code: "BAD_REQUEST" });
      // A territory without values for the indicator at all.
      const unna = territory("05978");
      expect(await outcome(api.anonymous.report.indicatorValues({ indicatorId: b6.id, territoryId: unna.id }))).toEqual({
        code: "NOT_FOUND",
        message: "Für den Indikator „B6 Schulabgänge ohne Abschluss“ gibt es noch keine Werte für Kreis Unna und seine Teilgebiete.",
      });
    });
  });

  describe("needVsSupply", () => {
    it("sets each town's need beside the offers of the life phase serving it and the offers per 1,000 children under three", async () => {
      const s1 = indicator("S1");
      const b1 = indicator("B1");
      const result = await api.anonymous.report.needVsSupply({ territoryId: county().id, needIndicatorId: s1.id, lifePhaseId: phases.u3 });
      expect(result.need.period).toBe("2024");
      expect(result.lifePhase).toMatchObject({ code: "fruehe-kindheit", minAgeMonths: 0, maxAgeMonths: 36 });
      expect(result.childrenSource).toMatchObject({ available: true, period: "2024", what: "Kinder unter 3 Jahren (31.12. des Vorjahres)", indicator: { code: "B1" } });
      expect(result.offersPublishedOn).toBe(TODAY);
      expect(result.children).toHaveLength(11);
      for (const row of [result.territory, ...result.children]) {
        // The offers a family of the town finds for the phase: published, listed for the town, the county or the town's social areas.
        const found = await api.anonymous.offer.search({ lifePhaseId: phases.u3, territoryId: row.territory.id, limit: 1 });
        expect(row.offers).toBe(found.total);
        expect(row.localOffers).toBeLessThanOrEqual(row.offers);
        const population = await truth(b1.id, "2024", row.territory.id);
        expect(row.children).toBe(population!.denominator);
        expect(row.offersPerThousandChildren).toBeCloseTo((row.offers / row.children!) * 1000, 2);
        expect(row.need).toMatchObject({ status: "shown", ...(await truth(s1.id, "2024", row.territory.id)) });
      }
      // County-wide offers serve every town; a town's own offers only itself.
      const wide = result.children[0]!.offers - result.children[0]!.localOffers;
      expect(wide).toBeGreaterThan(0);
      expect(result.children.every((r) => r.offers - r.localOffers === wide)).toBe(true);
    });

    it("suppresses need values for the public and says when a life phase has no children count", async () => {
      const b6 = indicator("B6");
      const asked = { territoryId: county().id, needIndicatorId: b6.id, lifePhaseId: phases.school, period: "2023/24" };
      const anonymous = await api.anonymous.report.needVsSupply(asked);
      expect(anonymous.childrenSource).toEqual({
        available: false,
        reason: "Für die Lebensphase „Grundschulalter“ liegt keine Kinderzahl vor: Kein Indikator der Plattform zählt die Bevölkerung genau dieser Altersgruppe.",
      });
      expect(anonymous.children.every((r) => r.children === null && r.childrenStatus === null && r.offersPerThousandChildren === null)).toBe(true);
      const hidden = anonymous.children.filter((r) => r.need.status === "suppressed");
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      for (const row of hidden) expect(row.need).toMatchObject({ numerator: null, denominator: null, value: null });
      const coordinator = await api.coordinator.report.needVsSupply(asked);
      expect(coordinator.children.every((r) => r.need.status === "shown")).toBe(true);
      expect(coordinator.children.map((r) => r.offers)).toEqual(anonymous.children.map((r) => r.offers));
    });

    it("counts children per social area where the population indicator has them, and marks missing ones", async () => {
      const luedinghausen = territory("05558024");
      const u3 = await api.anonymous.report.needVsSupply({ territoryId: luedinghausen.id, needIndicatorId: indicator("G5").id, lifePhaseId: phases.u3 });
      expect(u3.children.map((r) => [r.territory.name, r.childrenStatus])).toEqual([["Kernstadt", "shown"], ["Seppenrade", "shown"]]);
      expect(u3.children.reduce((sum, r) => sum + (r.children ?? 0), 0)).toBe(u3.territory.children);
      // Ü3 children (B2) are counted per town only.
      const kita = await api.anonymous.report.needVsSupply({ territoryId: luedinghausen.id, needIndicatorId: indicator("G5").id, lifePhaseId: phases.kita });
      expect(kita.childrenSource).toMatchObject({ available: true, indicator: { code: "B2" } });
      expect(kita.territory.childrenStatus).toBe("shown");
      expect(kita.children.map((r) => [r.childrenStatus, r.children, r.offersPerThousandChildren])).toEqual([["noData", null, null], ["noData", null, null]]);
    });

    it("answers unknown ids and periods without values with clear German errors", async () => {
      const unknown = "00000000-0000-4000-8000-000000000002";
      const asked = { territoryId: county().id, needIndicatorId: indicator("S1").id, lifePhaseId: phases.u3 };
      expect(await outcome(api.anonymous.report.needVsSupply({ ...asked, lifePhaseId: unknown }))).toEqual({ code: "NOT_FOUND", message: `Lebensphase mit der ID ${unknown} wurde nicht gefunden.` });
      expect(await outcome(api.anonymous.report.needVsSupply({ ...asked, needIndicatorId: unknown }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await outcome(api.anonymous.report.needVsSupply({ ...asked, territoryId: unknown }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await outcome(api.anonymous.report.needVsSupply({ ...asked, period: "2019" }))).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("Vorhandene Zeiträume: 2020, 2021, 2022, 2023, 2024.") });
      expect(await outcome(api.anonymous.report.needVsSupply({ ...asked, period: "2024/25" }))).toMatchObject({ code: "BAD_REQUEST" });
    });
  });

  describe("committeeBundle", () => {
    it("gives the committee the Leitbild in force, the goal cascade, key indicators, coverage, meetings and decisions of the year", async () => {
      const bundle = await api.anonymous.report.committeeBundle({ territoryId: county().id, year: 2024 });
      expect(bundle.territory).toMatchObject({ name: "Kreis Coesfeld", kind: "county" });
      expect(bundle.leitbild).toMatchObject({ adoption: { paperNumber: "SV-9-1217" } });
      expect(Object.keys(bundle.leitbild ?? {}).sort()).toEqual(["adoption", "preamble", "statements", "title"]);
      const cascade = await api.anonymous.goal.cascadeProgress({ territoryId: county().id });
      // The demo's values end in 2024, so the cascade as it stood then is today's.
      expect(bundle.goals).toEqual(cascade);
      expect(bundle.keyIndicators.map((t) => [t.indicator.code, t.period])).toEqual([
        ["P1", "2024"], ["B1", "2024"], ["G1", "2023/24"], ["G5", "2023/24"], ["G3", "2023/24"], ["SP1", "2023/24"], ["B2", "2024"], ["B6", "2023/24"],
      ]);
      const b6 = bundle.keyIndicators.find((t) => t.indicator.code === "B6")!;
      expect(b6).toEqual(await api.anonymous.report.indicatorValues({ indicatorId: b6.indicator.id, territoryId: county().id, period: "2023/24" }));
      expect(bundle.keyIndicatorsWithoutData).toEqual([]);
      expect(bundle.coverage).toEqual(await api.anonymous.coverage.analyse({ territoryId: county().id }));
      expect(bundle.governance.meetings.map((m) => [m.date, m.title])).toEqual([["2024-11-20", "Sitzung der Planungsgruppe"]]);
      expect(bundle.governance.decisions).toEqual([]);
      expect(bundle.governance.bodies.map((b) => b.kind)).toContain("youthWelfareCommittee");
      expect(bundle.funding).toEqual({ visible: false, reason: "Förderanträge sind interne Daten; sie sehen nur Mitarbeitende dieses Gebiets." });
      expect(JSON.stringify(bundle)).not.toContain('"updatedBy":"');
    });

    it("reports a past year as it stood then: goals on the values up to that year, that year's meetings, decisions and funding", async () => {
      const in2021 = await api.coordinator.report.committeeBundle({ territoryId: county().id, year: 2021 });
      for (const goal of in2021.goals) expect(goal.series.every((p) => p.year <= 2021)).toBe(true);
      expect(in2021.goals.some((g) => g.series.length === 2)).toBe(true);
      expect(in2021.keyIndicators.find((t) => t.indicator.code === "B6")!.period).toBe("2020/21");
      expect(in2021.governance.decisions.map((d) => d.title)).toEqual(["Handlungsziele und Maßnahmen des Zielsystems"]);

      const in2018 = await api.coordinator.report.committeeBundle({ territoryId: county().id, year: 2018 });
      expect(in2018.leitbild?.adoption?.date).toMatch(/^2018-12-/);
      expect(in2018.goals.every((g) => g.assessment.status === "noData")).toBe(true);
      expect(in2018.keyIndicators).toEqual([]);
      expect(in2018.keyIndicatorsWithoutData.map((i) => i.code)).toEqual(["P1", "B1", "G1", "G5", "G3", "SP1", "B2", "B6"]);
      expect(in2018.governance.meetings).toHaveLength(6);
      expect(in2018.governance.decisions).toHaveLength(5);
      expect(in2018.funding).toEqual({
        visible: true,
        programmes: [
          expect.objectContaining({
            programme: expect.objectContaining({ name: "Kommunale Präventionsketten: Projektmittel zum Lückenschluss 2018" }),
            applied: { count: 1, cents: 3_500_000 },
            approved: { count: 1, cents: 3_500_000 },
            spent: { count: 0, cents: 0 },
          }),
        ],
      });
      // Before the Kreistag adopted it in December 2018 no Leitbild was in force.
      expect((await api.anonymous.report.committeeBundle({ territoryId: county().id, year: 2017 })).leitbild).toBeNull();
      expect((await api.countyViewer.report.committeeBundle({ territoryId: county().id, year: 2019 })).funding).toEqual({ visible: true, programmes: [] });
    });

    it("sums funding applied, approved and spent per programme by the year each happened", async () => {
      const [programme] = (await api.system.fundingProgramme.list({ limit: 1 })).items;
      // Written as an import would, in the state it reached: submitted 2021, approved 2022, proven 2023.
      await insertMany(handle.db, fundingApplicationAggregate, [{
        programmeId: programme!.id, territoryId: county().id, title: "Familienlotsinnen", description: "", eligibleCostsCents: 2_000_000, requestedGrantCents: 1_000_000,
        status: "proofSubmitted", submittedOn: "2021-11-02", approval: { noticeDate: "2022-02-01", grantCents: 900_000, noticeReference: null },
        proofOfUse: { submittedOn: "2023-03-31", spentCents: 850_000 }, goalIds: [],
      }, {
        // Running, with its expenditures recorded as they happened: counted in the year of each.
        programmeId: programme!.id, territoryId: county().id, title: "Elterncafés", description: "", eligibleCostsCents: 1_000_000, requestedGrantCents: 500_000,
        status: "inProgress", submittedOn: "2022-10-01", approval: { noticeDate: "2022-12-01", grantCents: 500_000, noticeReference: null }, proofOfUse: null, goalIds: [],
        spending: [{ spentOn: "2023-05-01", amountCents: 300_000, description: "Honorare" }, { spentOn: "2023-09-01", amountCents: 50_000, description: "Material" }, { spentOn: "2024-02-01", amountCents: 100_000, description: "Honorare" }],
      }], { access: systemAccess(TODAY, "Testlauf") });
      const sums = async (year: number) => {
        const { funding } = await api.coordinator.report.committeeBundle({ territoryId: county().id, year });
        if (!funding.visible) throw new Error("Förderung nicht sichtbar");
        return funding.programmes.map((p) => [p.applied, p.approved, p.spent]);
      };
      const none = { count: 0, cents: 0 };
      expect(await sums(2021)).toEqual([[{ count: 1, cents: 1_000_000 }, none, none]]);
      expect(await sums(2022)).toEqual([[{ count: 1, cents: 500_000 }, { count: 2, cents: 1_400_000 }, none]]);
      expect(await sums(2023)).toEqual([[none, none, { count: 2, cents: 1_200_000 }]]);
      expect(await sums(2024)).toEqual([[none, none, { count: 1, cents: 100_000 }]]);
    });

    it("differs by role: staff of the county see its funding and its towns' counts, a town's editor only its own", async () => {
      const asked = { territoryId: county().id, year: 2024 };
      const [anonymous, coordinator, editor] = await Promise.all([
        api.anonymous.report.committeeBundle(asked),
        api.coordinator.report.committeeBundle(asked),
        api.olfenEditor.report.committeeBundle(asked),
      ]);
      expect(coordinator.funding.visible).toBe(true);
      expect(editor.funding.visible).toBe(false);
      const suppressedFor = (bundle: typeof anonymous) => bundle.keyIndicators.flatMap((t) => t.children.filter((c) => c.status === "suppressed").map((c) => `${t.indicator.code} ${c.territory.name}`));
      expect(suppressedFor(anonymous).length).toBeGreaterThan(0);
      expect(suppressedFor(coordinator)).toEqual([]);
      expect(suppressedFor(editor)).toEqual(suppressedFor(anonymous).filter((cell) => !cell.endsWith(" Olfen")));
      // Goal progress is measured on the public series for everybody.
      expect(coordinator.goals).toEqual(anonymous.goals);
    });

    it("takes key indicators asked for, and refuses unknown or internal ones as other reads do", async () => {
      const bundle = await api.anonymous.report.committeeBundle({ territoryId: olfen().id, year: 2023, indicatorIds: [indicator("S1").id, indicator("H2").id] });
      expect(bundle.goals).toEqual([]);
      expect(bundle.keyIndicators.map((t) => [t.indicator.code, t.period, t.references.map((r) => r.territory.name)])).toEqual([
        ["S1", "2023", ["Kreis Coesfeld", "Nordrhein-Westfalen"]],
        ["H2", "2023", ["Kreis Coesfeld", "Nordrhein-Westfalen"]],
      ]);
      expect(bundle.keyIndicators[0]!.children.map((c) => c.territory.name)).toEqual(["Olfen (Kernort)", "Vinnum"]);
      const unknown = "00000000-0000-4000-8000-000000000003";
      expect(await outcome(api.anonymous.report.committeeBundle({ territoryId: olfen().id, year: 2023, indicatorIds: [unknown] }))).toMatchObject({ code: "NOT_FOUND" });
      const internal = await api.system.indicator.create({ ...fieldsOfIndicator(indicator("S1")), code: "INT2", visibility: "internal" });
      expect(await outcome(api.anonymous.report.committeeBundle({ territoryId: olfen().id, year: 2023, indicatorIds: [internal.id] }))).toMatchObject({ code: "UNAUTHORIZED" });
    });

    it("answers unknown territories and impossible years with clear German errors", async () => {
      const unknown = "00000000-0000-4000-8000-000000000004";
      expect(await outcome(api.anonymous.report.committeeBundle({ territoryId: unknown, year: 2024 }))).toEqual({ code: "NOT_FOUND", message: `Gebiet mit der ID ${unknown} wurde nicht gefunden.` });
      const early = await outcome(api.anonymous.report.committeeBundle({ territoryId: county().id, year: 1900 }));
      expect(early.code).toBe("BAD_REQUEST");
      expect(early.message).toMatch(/^Eingabe ungültig: year: /);
      expect(await outcome(api.anonymous.report.committeeBundle({ territoryId: county().id, year: 2024.5 }))).toMatchObject({ code: "BAD_REQUEST" });
    });
  });

  describe("coverage.analyse", () => {
    // The answer counts what the domain's analysis lists (`analyseCoverage`: computeCoverage,
    // findLikelyDuplicates, coverageSummary): recounted here from the analysis' offer ids.
    it.each([["the county by town", "05558"], ["a town by social area", "05558036"]])("counts %s as the domain's analysis does", async (_what, code) => {
      const area = territory(code);
      const analysis = await analyseCoverage(handle.db, { territoryId: area.id, today: TODAY }, anonymousAccess(TODAY));
      const answer = await api.anonymous.coverage.analyse({ territoryId: area.id });
      expect(answer.territories).toEqual(analysis.territories);
      expect(answer.summary).toEqual(analysis.summary);
      expect(answer.cells).toHaveLength(analysis.lifePhases.length * analysis.fieldsOfAction.length);
      const distinct = (cells: typeof analysis.cells) => new Set(cells.flatMap((cell) => cell.offerIds)).size;
      for (const cell of answer.cells) {
        const ofCell = analysis.cells.filter((c) => c.lifePhaseId === cell.lifePhaseId && c.fieldOfActionId === cell.fieldOfActionId);
        expect(cell.offers).toBe(distinct(ofCell));
        expect(cell.offersIn).toEqual(Object.fromEntries(ofCell.map((c) => [c.territoryId, c.count])));
        expect(cell.duplicates).toBe(analysis.duplicates.filter((g) => g.lifePhaseIds.includes(cell.lifePhaseId) && g.fieldOfActionIds.includes(cell.fieldOfActionId)).length);
      }
      for (const phase of answer.lifePhases) {
        for (const { id } of answer.territories) {
          expect(phase.offersIn[id]).toBe(distinct(analysis.cells.filter((c) => c.lifePhaseId === phase.id && c.territoryId === id)));
        }
      }
      expect(answer.duplicates).toEqual(analysis.duplicates.map((g) => ({ titles: g.titles, similarity: g.similarity })));
      // The titles are the ones the domain's reason names, in its order.
      for (const group of analysis.duplicates) expect(group.reason).toContain(`: ${group.titles.map((title) => `„${title}“`).join(", ")}.`);
      // Something to compare: offers in most cells, a gap and a likely duplicate somewhere.
      expect(answer.cells.filter((cell) => cell.offers > 0).length).toBeGreaterThan(answer.cells.length / 2);
      expect(answer.summary.gaps + answer.duplicates.length).toBeGreaterThan(0);
      // Counts, not lists: no offer's id is sent.
      const sent = JSON.stringify(answer);
      for (const id of new Set(analysis.cells.flatMap((cell) => cell.offerIds))) expect(sent).not.toContain(id);
    });

    it("counts only offers published today, for visitors and staff alike", async () => {
      const stored = new Map((await allRecords(handle.db, offerAggregate)).map((offer) => [offer.id, offer]));
      const analysis = await analyseCoverage(handle.db, { territoryId: county().id, today: TODAY }, anonymousAccess(TODAY));
      const counted = new Set(analysis.cells.flatMap((cell) => cell.offerIds));
      expect(counted.size).toBeGreaterThan(0);
      for (const id of counted) expect(isOfferPubliclyVisible(stored.get(id)!, TODAY), id).toBe(true);
      const unpublished = [...stored.values()].filter((offer) => !isOfferPubliclyVisible(offer, TODAY));
      expect(unpublished.length, "the demo has offers that are not published").toBeGreaterThan(0);
      const [anonymous, coordinator] = await Promise.all([api.anonymous, api.coordinator].map((caller) => caller.coverage.analyse({ territoryId: county().id })));
      expect(coordinator).toEqual(anonymous);
    });
  });

  describe("goal progress", () => {
    it("gives each goal's indicator with its unit, which baseline and target are given in", async () => {
      const cascade = await api.anonymous.goal.cascadeProgress({ territoryId: county().id });
      const measured = cascade.filter((goal) => goal.indicator !== null);
      expect(measured.length).toBeGreaterThan(0);
      for (const goal of measured) expect(goal.indicator?.unit).toBe(indicators.find((i) => i.id === goal.indicator?.id)?.unit);
      expect(new Set(measured.map((goal) => goal.indicator?.unit))).toContain("%");
      const one = measured[0]!;
      expect((await api.anonymous.goal.progress({ id: one.goalId })).indicator).toEqual(one.indicator);
    });
  });
});
