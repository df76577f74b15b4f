import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";

const territory = { validFrom: "1975-01-01", validTo: null, population: null } as const;
const square = (x: number, y: number, size = 0.02) => ({
  type: "Polygon" as const,
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: "Feature" as const, properties, geometry });

describe.each(testDatabases)("territory boundaries on $name", (database) => {
  let handle: DatabaseHandle;
  let api: ReturnType<typeof callerFor>;
  let town: { id: string };
  const areas: Record<string, { id: string }> = {};
  const boundaryCount = async () => (await api.boundary.list({ limit: 200 })).total;
  const upload = (features: unknown[], extra: object = {}) =>
    ({ parentId: town.id, collection: { type: "FeatureCollection", features }, validFrom: "2024-01-01", source: "Stadt Olfen, Sozialraumplanung", ...extra }) as never;

  beforeAll(async () => {
    handle = await database.open();
    api = callerFor(handle);
    const county = await api.territory.create({ ...territory, name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: null });
    town = await api.territory.create({ ...territory, name: "Olfen", kind: "town", code: "05558036", parentId: county.id });
    for (const [name, code] of [["Olfen-Mitte", "SR-1"], ["Vinnum", "SR-2"]] as const) {
      areas[name] = await api.territory.create({ ...territory, name, kind: "socialArea", code, parentId: town.id });
    }
  });
  afterAll(() => handle.close());

  it("previews which features match which social areas, by key or name, without writing", async () => {
    const preview = await api.territory.previewBoundaryImport(
      upload([feature({ code: "SR-1" }, square(7.37, 51.7)), feature({ name: "vinnum" }, square(7.4, 51.7)), feature({ name: "Eversum" }, square(7.42, 51.7))]),
    );
    expect(preview.matches.map((m) => [m.territoryName, m.by])).toEqual([["Olfen-Mitte", "key"], ["Vinnum", "name"]]);
    expect(preview.misses.map((m) => m.label)).toEqual(["Objekt 3 („Eversum“)"]);
    expect(preview.invalid).toEqual([]);
    expect(await boundaryCount()).toBe(0);
  });

  it("refuses an upload with a broken ring or a coordinate out of range, naming the feature, and writes nothing", async () => {
    const open = { type: "Polygon", coordinates: [[[7.37, 51.7], [7.39, 51.7], [7.39, 51.72], [7.37, 51.72]]] };
    const farAway = square(2.35, 48.85);
    const outOfRange = square(7.37, 95);
    for (const [bad, expected] of [
      [open, /Objekt 1 \(„Olfen-Mitte“\).*nicht geschlossen/s],
      [farAway, /Objekt 1 \(„Olfen-Mitte“\).*Deutschland/s],
      [outOfRange, /Objekt 1 \(„Olfen-Mitte“\).*Breite/s],
    ] as const) {
      await expect(api.territory.importBoundaries(upload([feature({ name: "Olfen-Mitte" }, bad), feature({ name: "Vinnum" }, square(7.4, 51.7))]))).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(expected),
      });
    }
    await expect(api.territory.importBoundaries(upload([feature({ name: "Olfen-Mitte" }, square(7.37, 51.7)), feature({ name: "Eversum" }, square(7.4, 51.7))]))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Objekt 2 („Eversum“)"),
    });
    expect(await boundaryCount()).toBe(0);
  });

  it("refuses an upload above 5 MB with a clear message", async () => {
    const dense = { type: "Polygon", coordinates: [Array.from({ length: 300_000 }, (_, i) => [7.37 + (i % 1000) * 1e-5, 51.7 + Math.floor(i / 1000) * 1e-5])] };
    await expect(api.territory.previewBoundaryImport(upload([feature({ name: "Vinnum" }, dense)]))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("zu groß"),
    });
  });

  it("imports all matched boundaries at once, and a later import keeps the old shape for old dates", async () => {
    const first = await api.territory.importBoundaries(upload([feature({ code: "SR-1" }, square(7.37, 51.7)), feature({ code: "SR-2" }, square(7.4, 51.7))], { schematic: true }));
    expect(first.imported).toBe(2);
    const in2024 = await api.territory.boundaries({ parentId: town.id, date: "2024-06-30" });
    expect(in2024.features.map((f) => f.properties.name)).toEqual(["Olfen-Mitte", "Vinnum"]);
    expect(in2024.features[0]).toMatchObject({ type: "Feature", properties: { code: "SR-1", kind: "socialArea", schematic: true }, geometry: { type: "Polygon" } });
    expect(in2024.attribution).toEqual(["Stadt Olfen, Sozialraumplanung"]);

    // Re-cut in 2026: Olfen-Mitte gets a new shape; 2024 still shows the old one.
    await api.territory.importBoundaries(upload([feature({ code: "SR-1" }, square(7.36, 51.69, 0.04))], { validFrom: "2026-01-01" }));
    const before = await api.territory.boundaries({ parentId: town.id, date: "2025-12-31" });
    const after = await api.territory.boundaries({ parentId: town.id, date: "2026-06-30" });
    const mitte = (c: typeof before) => c.features.find((f) => f.properties.code === "SR-1")?.geometry as { coordinates: number[][][] };
    expect(mitte(before).coordinates[0]![1]).toEqual([7.39, 51.7]);
    expect(mitte(after).coordinates[0]![1]).toEqual([7.4, 51.69]);
    expect((await api.boundary.list({ territoryId: areas["Olfen-Mitte"]!.id })).items.map((b) => [b.validFrom, b.validTo])).toEqual([
      ["2024-01-01", "2025-12-31"],
      ["2026-01-01", null],
    ]);
    expect(await api.territory.boundaries({ parentId: town.id, date: "2020-01-01" })).toMatchObject({ features: [], withoutBoundary: [{ name: "Olfen-Mitte" }, { name: "Vinnum" }] });
  });

  it("refuses a second boundary for a period that already has one", async () => {
    await expect(
      api.boundary.create({ territoryId: areas["Vinnum"]!.id, geometry: square(7.4, 51.7), validFrom: "2025-01-01", validTo: null, source: "Test", schematic: false }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("schon eine Grenze") });
  });
});
