import { type Disclosure, findDisclosures, type IndicatorInput, type PublicObservation } from "@praeventionskette/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { allRecords, type Stored } from "../repositories/aggregate.js";
import { indicatorAggregate } from "../repositories/indicator.js";
import { observationAggregate } from "../repositories/observation.js";
import type { ReportCell } from "../repositories/report.js";
import { territoryAggregate } from "../repositories/territory.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { seedDemoDataIfEmpty } from "./index.js";

// The differencing attack of public-output.test.ts, on what the report procedures publish:
// every number an anonymous reader gets from report.indicatorValues, report.needVsSupply and
// report.committeeBundle is the public series' own cell (so a report and the series together
// disclose nothing either alone does not), and the attack over all of it together with the
// public series finds no hidden count.

const TODAY = "2026-11-23";

/** A published cell as the attacker collects it: territory, counts and whether it says „gesperrt“. */
interface Collected {
  territoryId: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
}

describe.each(testDatabases)("public report output of the demo data on $name", (database) => {
  let handle: DatabaseHandle;
  let anonymous: ReturnType<typeof callerFor>;
  let parentOf: (id: string) => string | null;
  let kindOf: Map<string, string>;
  let indicators: Stored<IndicatorInput>[];
  let truth: Map<string, { numerator: number | null; denominator: number | null }>;
  /** The public series: per indicator its threshold and every cell, by `indicator|period|territory`. */
  const series = new Map<string, { threshold: number; cells: Map<string, PublicObservation> }>();
  /** Everything the report procedures published, by `indicator|period` and territory. */
  const published = new Map<string, Map<string, Collected>>();
  let areas: { id: string; name: string; kind: string }[];
  let phases: Record<string, string>;

  const key = (indicatorId: string, period: string, territoryId: string) => `${indicatorId}|${period}|${territoryId}`;

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoDataIfEmpty(handle.db);
    anonymous = callerFor(handle, { today: TODAY, access: anonymousAccess(TODAY) });
    const territories = await allRecords(handle.db, territoryAggregate);
    const parents = new Map(territories.map((t) => [t.id, t.parentId]));
    parentOf = (id) => parents.get(id) ?? null;
    kindOf = new Map(territories.map((t) => [t.id, t.kind]));
    indicators = (await allRecords(handle.db, indicatorAggregate)).filter((i) => i.visibility === "public");
    truth = new Map((await allRecords(handle.db, observationAggregate)).map((o) => [key(o.indicatorId, o.period, o.territoryId), o]));
    for (const indicator of indicators) {
      const { threshold, observations } = await anonymous.observation.publicSeries({ indicatorId: indicator.id });
      series.set(indicator.id, { threshold, cells: new Map(observations.map((o) => [key(o.indicatorId, o.period, o.territoryId), o])) });
    }
    // The Land (its counties), both counties (their towns) and every town with social areas.
    const withChildren = new Set(territories.map((t) => t.parentId));
    areas = territories.filter((t) => t.kind !== "socialArea" && withChildren.has(t.id)).map(({ id, name, kind }) => ({ id, name, kind }));
    const defaults = (await anonymous.lifePhase.list({ limit: 200, youthOfficeId: null })).items;
    phases = Object.fromEntries(defaults.map((p) => [p.code, p.id]));
  }, 600_000);
  afterAll(() => handle.close());

  /** Checks a reported cell against the public series and adds it to what the attacker holds. */
  function collect(indicatorId: string, period: string, cell: ReportCell): void {
    const expected = series.get(indicatorId)?.cells.get(key(indicatorId, period, cell.territory.id));
    if (cell.status === "noData") {
      expect(expected, `${cell.territory.name} ${period}: „keine Daten“, aber die Reihe hat einen Wert`).toBeUndefined();
      return;
    }
    expect(cell.status).not.toBe("withheld");
    expect(cell.view).toBe("public");
    expect({ suppressed: cell.status === "suppressed", numerator: cell.numerator, denominator: cell.denominator, value: cell.value }).toEqual({
      suppressed: expected?.suppressed,
      numerator: expected?.numerator,
      denominator: expected?.denominator,
      value: expected?.value,
    });
    if (cell.status === "suppressed") expect([cell.numerator, cell.denominator, cell.value]).toEqual([null, null, null]);
    const table = published.get(`${indicatorId}|${period}`) ?? new Map<string, Collected>();
    published.set(`${indicatorId}|${period}`, table);
    table.set(cell.territory.id, { territoryId: cell.territory.id, numerator: cell.numerator, denominator: cell.denominator, value: cell.value, suppressed: cell.status === "suppressed" });
  }

  /**
   * The attack over everything collected so far, each table joined with the public series' cells
   * of the same indicator and period: no hidden count is pinned, with every true denominator
   * known, nor confirmed by an attacker who assumes every hidden cell is small.
   */
  function attack(): { tables: number; hidden: number; hiddenKinds: Set<string> } {
    const found: (Disclosure & { table: string })[] = [];
    const confirmed: string[] = [];
    let hidden = 0;
    const hiddenKinds = new Set<string>();
    for (const [tableKey, reported] of published) {
      const [indicatorId, period] = tableKey.split("|") as [string, string];
      const indicator = indicators.find((i) => i.id === indicatorId)!;
      const { threshold, cells } = series.get(indicatorId)!;
      const union = new Map<string, Collected>();
      for (const o of cells.values()) if (o.period === period) union.set(o.territoryId, o);
      for (const [territoryId, cell] of reported) union.set(territoryId, cell);
      const table = [...union.values()];
      const denominators =
        indicator.factor === "percent"
          ? new Map(table.flatMap((c) => {
              const known = truth.get(key(indicatorId, period, c.territoryId))?.denominator;
              return known === null || known === undefined ? [] : [[c.territoryId, known] as const];
            }))
          : undefined;
      for (const d of findDisclosures(table, parentOf, threshold, { denominators })) found.push({ ...d, table: `${indicator.code} ${period}` });
      const pins = findDisclosures(table, parentOf, threshold, { suppressedAreSmall: true }).filter((d) => d.lower === d.upper);
      const groups = new Map<string, typeof pins>();
      for (const pin of pins) groups.set(parentOf(pin.territoryId) ?? "", [...(groups.get(parentOf(pin.territoryId) ?? "") ?? []), pin]);
      for (const [group, groupPins] of groups) {
        if (groupPins.every((pin) => pin.lower === truth.get(key(indicatorId, period, pin.territoryId))?.numerator)) confirmed.push(`${indicator.code} ${period} ${group}`);
      }
      for (const cell of reported.values()) {
        if (!cell.suppressed) continue;
        hidden += 1;
        hiddenKinds.add(kindOf.get(cell.territoryId) ?? "?");
      }
    }
    expect(found).toEqual([]);
    expect(confirmed).toEqual([]);
    return { tables: published.size, hidden, hiddenKinds };
  }

  /** The areas whose tables differ for an indicator: towns only where it has values per social area. */
  const areasFor = (indicator: Stored<IndicatorInput>) => (indicator.spatialLevels.includes("socialArea") ? areas : areas.filter((a) => a.kind !== "town"));

  const notFound = (error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  };

  it("publishes through report.indicatorValues only the public series' cells, and no hidden count can be pinned by subtraction", async () => {
    let calls = 0;
    for (const indicator of indicators) {
      const periods = new Set([...series.get(indicator.id)!.cells.values()].map((o) => o.period));
      for (const period of periods) {
        for (const area of areasFor(indicator)) {
          const table = await anonymous.report.indicatorValues({ indicatorId: indicator.id, territoryId: area.id, period }).catch(notFound);
          if (!table) continue;
          calls += 1;
          for (const cell of [table.territory, ...table.children, ...table.references]) collect(indicator.id, period, cell);
        }
      }
    }
    expect(calls).toBeGreaterThan(200);
    const { hidden, hiddenKinds } = attack();
    // The attack had something to attack, on the town and the social-area level.
    expect(hidden).toBeGreaterThan(20);
    expect(hiddenKinds).toEqual(new Set(["town", "socialArea"]));
  });

  it("publishes through report.needVsSupply only public need values and children counts of published cells", async () => {
    const before = published.size;
    let rows = 0;
    let withChildren = 0;
    const phaseIds = [phases["fruehe-kindheit"]!, phases["kita-alter"]!, phases["grundschulalter"]!];
    for (const indicator of indicators) {
      for (const area of areasFor(indicator)) {
        for (const lifePhaseId of phaseIds) {
          const report = await anonymous.report.needVsSupply({ territoryId: area.id, needIndicatorId: indicator.id, lifePhaseId }).catch(notFound);
          if (!report) continue;
          const source = report.childrenSource;
          for (const row of [report.territory, ...report.children]) {
            rows += 1;
            collect(indicator.id, report.need.period, row.need);
            if (!source.available) {
              expect([row.children, row.childrenStatus, row.offersPerThousandChildren]).toEqual([null, null, null]);
              continue;
            }
            // A children count is the denominator the public series shows; a hidden population cell gives none.
            const population = series.get(source.indicator.id)!.cells.get(key(source.indicator.id, source.period, row.territory.id));
            const expected = population && !population.suppressed ? population.denominator : null;
            expect(row.children).toBe(expected);
            expect(row.offersPerThousandChildren === null).toBe(expected === null);
            if (expected !== null) withChildren += 1;
          }
        }
      }
    }
    expect(rows).toBeGreaterThan(500);
    expect(withChildren).toBeGreaterThan(50);
    expect(published.size).toBeGreaterThanOrEqual(before);
    attack();
  });

  it("publishes through report.committeeBundle only public key-indicator values and goal series, and no funding", async () => {
    let bundles = 0;
    let goalValues = 0;
    for (const area of areas) {
      for (const year of [2019, 2021, 2023, 2024, 2025]) {
        const bundle = await anonymous.report.committeeBundle({ territoryId: area.id, year, indicatorIds: indicators.slice(0, 20).map((i) => i.id) });
        bundles += 1;
        expect(bundle.funding.visible).toBe(false);
        expect(bundle.withheldIndicators).toBe(0);
        for (const table of bundle.keyIndicators) {
          for (const cell of [table.territory, ...table.children, ...table.references]) collect(table.indicator.id, table.period, cell);
        }
        const cascade = await anonymous.report.committeeBundle({ territoryId: area.id, year });
        for (const goal of cascade.goals) {
          for (const point of goal.series) {
            const expected = series.get(goal.indicator!.id)!.cells.get(key(goal.indicator!.id, point.period, goal.territoryId))!;
            expect([point.suppressed, point.value]).toEqual([expected.suppressed, expected.value]);
            goalValues += 1;
          }
        }
      }
    }
    expect(bundles).toBe(areas.length * 5);
    expect(goalValues).toBeGreaterThan(50);
    attack();
  });
});
