import { type Disclosure, findDisclosures, type PublishedCell, suppressSmallCells } from "@praeventionskette/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Access, accessFor, anonymousAccess } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { loadPrincipal } from "../repositories/account.js";
import { allRecords } from "../repositories/aggregate.js";
import { indicatorAggregate } from "../repositories/indicator.js";
import { observationAggregate } from "../repositories/observation.js";
import { territoryAggregate } from "../repositories/territory.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";
import { seedDemoDataIfEmpty } from "./index.js";

// What the public gets from the demo data: the differencing attack over every public indicator
// and period finds no hidden count, "gesperrt" is marked as such, and no answer names staff.

const TODAY = "2026-11-23";

describe.each(testDatabases)("public output of the demo data on $name", (database) => {
  let handle: DatabaseHandle;
  let anonymous: ReturnType<typeof callerFor>;
  let parentOf: (id: string) => string | null;
  let kindOf: Map<string, string>;

  beforeAll(async () => {
    handle = await database.open();
    await seedDemoDataIfEmpty(handle.db);
    anonymous = callerFor(handle, { today: TODAY, access: anonymousAccess(TODAY) });
    const territories = await allRecords(handle.db, territoryAggregate);
    const parents = new Map(territories.map((t) => [t.id, t.parentId]));
    parentOf = (id) => parents.get(id) ?? null;
    kindOf = new Map(territories.map((t) => [t.id, t.kind]));
  }, 600_000);
  afterAll(() => handle.close());

  /** The attacker's background knowledge in the worst case: every true denominator (population) of a share. */
  async function denominatorsOf(indicatorId: string, period: string): Promise<Map<string, number>> {
    const truth = (await allRecords(handle.db, observationAggregate)).filter((o) => o.indicatorId === indicatorId && o.period === period && o.archivedAt === null);
    return new Map(truth.flatMap((o) => (o.denominator === null ? [] : [[o.territoryId, o.denominator] as const])));
  }

  interface Table {
    code: string;
    period: string;
    cells: (PublishedCell & { denominator: number | null; value: number | null })[];
    threshold: number;
    percent: boolean;
  }

  async function publicTables(): Promise<Table[]> {
    const indicators = (await anonymous.indicator.list({ limit: 200 })).items;
    const tables: Table[] = [];
    for (const indicator of indicators) {
      const series = await anonymous.observation.publicSeries({ indicatorId: indicator.id });
      for (const period of new Set(series.observations.map((o) => o.period))) {
        tables.push({
          code: indicator.code,
          period,
          cells: series.observations.filter((o) => o.period === period),
          threshold: series.threshold,
          percent: indicator.factor === "percent",
        });
      }
    }
    return tables;
  }

  it("lets no differencing attack pin down a hidden count, in any public indicator and period (Land, county, town, social area)", async () => {
    const tables = await publicTables();
    const indicators = await allRecords(handle.db, indicatorAggregate);
    expect(new Set(tables.map((t) => t.code))).toEqual(new Set(indicators.filter((i) => i.visibility === "public").map((i) => i.code)));
    const found: (Disclosure & { table: string })[] = [];
    const hiddenKinds = new Set<string>();
    let hidden = 0;
    for (const table of tables) {
      const denominators = table.percent ? await denominatorsOf(indicators.find((i) => i.code === table.code)!.id, table.period) : undefined;
      for (const d of findDisclosures(table.cells, parentOf, table.threshold, { denominators })) found.push({ ...d, table: `${table.code} ${table.period}` });
      for (const cell of table.cells.filter((c) => c.suppressed)) {
        hidden += 1;
        hiddenKinds.add(kindOf.get(cell.territoryId) ?? "?");
        // "gesperrt" is said, and nothing of the count is left to recompute it.
        expect([cell.numerator, cell.denominator, cell.value]).toEqual([null, null, null]);
      }
    }
    expect(found).toEqual([]);
    // Nor does the attacker who assumes every hidden cell is small (true before secondary
    // suppression) pin the towns or areas of a group: where the assumption is false for some of
    // them, the solution is wrong and the attacker cannot tell which part is right.
    const truth = new Map((await allRecords(handle.db, observationAggregate)).map((o) => [`${o.indicatorId}|${o.period}|${o.territoryId}`, o.numerator]));
    const idOf = new Map(indicators.map((i) => [i.code, i.id]));
    const confirmed: string[] = [];
    for (const table of tables) {
      const pins = findDisclosures(table.cells, parentOf, table.threshold, { suppressedAreSmall: true }).filter((d) => d.lower === d.upper);
      const groups = new Map<string, typeof pins>();
      for (const pin of pins) groups.set(parentOf(pin.territoryId) ?? "", [...(groups.get(parentOf(pin.territoryId) ?? "") ?? []), pin]);
      for (const [group, groupPins] of groups) {
        if (groupPins.every((pin) => pin.lower === truth.get(`${idOf.get(table.code)}|${table.period}|${pin.territoryId}`))) confirmed.push(`${table.code} ${table.period} ${group}`);
      }
    }
    expect(confirmed).toEqual([]);
    // The attack had something to attack, on the town and the social-area level, with Land values present.
    expect(hidden).toBeGreaterThan(20);
    expect(hiddenKinds).toEqual(new Set(["town", "socialArea"]));
    expect(tables.some((t) => t.cells.some((c) => kindOf.get(c.territoryId) === "state"))).toBe(true);
  });

  it("would have found the hidden B6 towns under primary suppression alone (the defect this guards against)", async () => {
    const b6 = (await allRecords(handle.db, indicatorAggregate)).find((i) => i.code === "B6")!;
    const truth = (await allRecords(handle.db, observationAggregate)).filter((o) => o.indicatorId === b6.id);
    const pinned: string[] = [];
    for (const period of new Set(truth.map((o) => o.period))) {
      const cells = truth.filter((o) => o.period === period).map((o) => {
        const shown = suppressSmallCells(o, 3);
        return { territoryId: o.territoryId, numerator: shown.numerator, suppressed: shown.suppressed };
      });
      // The attacker of the issue: every hidden town is small, so two towns with 4 in all have 2 each.
      pinned.push(...findDisclosures(cells, parentOf, 3, { suppressedAreSmall: true }).map((d) => `${period} ${d.territoryId}`));
    }
    expect(pinned.length).toBeGreaterThan(0);
  });

  it("gives lists and single observations the same public view as the series", async () => {
    const tables = await publicTables();
    const series = new Map(tables.flatMap((t) => t.cells.map((c) => [`${c.territoryId}|${t.code}|${t.period}`, c] as const)));
    const indicators = (await anonymous.indicator.list({ limit: 200 })).items;
    let compared = 0;
    for (const indicator of indicators) {
      for (let offset = 0; ; offset += 200) {
        const page = await anonymous.observation.list({ indicatorId: indicator.id, limit: 200, offset });
        for (const o of page.items) {
          const expected = series.get(`${o.territoryId}|${indicator.code}|${o.period}`)!;
          const shown = o as typeof o & { suppressed?: boolean };
          expect([shown.suppressed, o.numerator, o.value]).toEqual([expected.suppressed, expected.numerator, expected.value]);
          compared += 1;
        }
        if (offset + 200 >= page.total) break;
      }
    }
    expect(compared).toBe(series.size);
    const hiddenCell = tables.flatMap((t) => t.cells).find((c) => c.suppressed)!;
    const single = await anonymous.observation.get({ id: (hiddenCell as unknown as { id: string }).id });
    expect(single).toMatchObject({ suppressed: true, numerator: null, denominator: null, value: null });
  });

  /** Every public read, as the given reader; `updatedBy` of every record found. */
  async function readEverything(access: Access): Promise<{ updatedBy: unknown[]; text: string }> {
    const api = callerFor(handle, { today: TODAY, access });
    const answers: unknown[] = [];
    const routers = [
      "territory", "youthOffice", "boundary", "lifePhase", "transition", "fieldOfAction", "actor", "offer", "leitbild", "goal",
      "indicator", "observation", "body", "meeting", "decision", "fundingProgramme", "fundingApplication", "qualityAssessment",
    ] as const;
    for (const name of routers) {
      const router = api[name] as unknown as { list: (i: object) => Promise<{ items: { id: string }[] }>; get: (i: object) => Promise<unknown> };
      const page = await router.list({ limit: 200 });
      answers.push(page);
      for (const item of page.items.slice(0, 5)) answers.push(await router.get({ id: item.id }));
    }
    const county = (await allRecords(handle.db, territoryAggregate)).find((t) => t.code === "05558")!;
    answers.push(await api.offer.search({ text: "Familie", limit: 200 }));
    answers.push(await api.coverage.analyse({ territoryId: county.id }));
    answers.push(await api.lifePhase.forAge({ ageMonths: 40 }));
    answers.push(await api.goal.cascadeProgress({ territoryId: county.id }));
    const text = JSON.stringify(answers);
    const updatedBy: unknown[] = [];
    JSON.parse(text, (key, value: unknown) => {
      if (key === "updatedBy") updatedBy.push(value);
      return value;
    });
    return { updatedBy, text };
  }

  async function accessOf(email: string): Promise<Access> {
    const user = await handle.db.selectFrom("user").select("id").where("email", "=", email).executeTakeFirstOrThrow();
    return accessFor(handle.db, (await loadPrincipal(handle.db, user.id))!, TODAY);
  }

  it("names no staff in any answer to anonymous visitors or provider editors", async () => {
    for (const access of [anonymousAccess(TODAY), await accessOf("awo@demo.example")]) {
      const { updatedBy, text } = await readEverything(access);
      expect(updatedBy.length).toBeGreaterThan(100);
      expect(updatedBy.filter((name) => name !== null)).toEqual([]);
      expect(text).not.toContain('"updatedBy":"');
    }
  });

  it("still tells staff of the territory who changed a record", async () => {
    const { updatedBy } = await readEverything(await accessOf("koordinierung@demo.example"));
    expect(updatedBy).toContain("Demodaten");
  });
});
