import { describe, expect, it } from "vitest";
import {
  BoundaryFeatureCollectionSchema,
  checkBoundaryFeatures,
  featureKey,
  featureLabel,
  featureName,
} from "./feature-collection.js";

const square = [
  [7.2, 51.8],
  [7.3, 51.8],
  [7.3, 51.9],
  [7.2, 51.9],
  [7.2, 51.8],
];
const feature = (properties: Record<string, unknown> | null, geometry: unknown = { type: "Polygon", coordinates: [square] }) => ({
  type: "Feature",
  properties,
  geometry,
});

function messages(input: unknown): string[] {
  const r = BoundaryFeatureCollectionSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("BoundaryFeatureCollectionSchema", () => {
  it("reads a FeatureCollection leniently", () => {
    const parsed = BoundaryFeatureCollectionSchema.parse({
      type: "FeatureCollection",
      name: "coesfeld",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
      features: [feature({ name: "Dülmen" }), { type: "Feature", geometry: { type: "Point", coordinates: [7, 51] } }, { type: "Feature" }],
    });
    expect(parsed.features).toHaveLength(3);
    expect(parsed.features[1]?.properties).toBeNull();
    expect(parsed.features[2]?.geometry).toBeUndefined();
    expect(parsed).not.toHaveProperty("crs");
  });

  it("explains in German when the file is not a FeatureCollection", () => {
    expect(messages({ type: "Feature", properties: {}, geometry: null })).toEqual([
      "Die Datei ist keine GeoJSON-FeatureCollection (type muss „FeatureCollection“ sein).",
      "Die FeatureCollection braucht eine Liste „features“.",
    ]);
    expect(messages({ type: "FeatureCollection", features: [{ type: "Polygon", coordinates: [] }] })).toEqual([
      "Jedes Objekt der Datei muss den Typ „Feature“ haben.",
    ]);
    expect(messages({ type: "FeatureCollection", features: [{ type: "Feature", properties: "Dülmen", geometry: null }] })).toEqual([
      "Die Eigenschaften (properties) eines Objekts müssen ein Objekt oder null sein.",
    ]);
  });
});

describe("featureName / featureKey / featureLabel", () => {
  it("reads name and key from the usual property names", () => {
    expect(featureName(feature({ name: " Dülmen " }))).toBe("Dülmen");
    expect(featureName(feature({ GEN: "Dülmen", BEZ: "Stadt" }))).toBe("Dülmen");
    expect(featureName(feature({ NAME: "Olfen" }))).toBe("Olfen");
    expect(featureKey(feature({ ags: "05558016" }))).toBe("05558016");
    expect(featureKey(feature({ AGS: "05558016", ARS: "055580016016" }))).toBe("05558016");
    expect(featureKey(feature({ code: "SR-03" }))).toBe("SR-03");
    expect(featureKey(feature({ schluessel: "05558" }))).toBe("05558");
    expect(featureKey(feature({ key: 17 }))).toBe("17");
  });

  it("skips empty values and falls back to the next property", () => {
    expect(featureName(feature({ name: "", GEN: "Dülmen" }))).toBe("Dülmen");
    expect(featureKey(feature({ ags: null, code: "SR-03" }))).toBe("SR-03");
    expect(featureName(feature({ name: 42 }))).toBe("42");
    expect(featureName(feature({ name: { de: "Dülmen" } }))).toBeNull();
    expect(featureName(feature(null))).toBeNull();
    expect(featureKey(feature({}))).toBeNull();
  });

  it("restores the leading zero that spreadsheets drop from an AGS", () => {
    expect(featureKey(feature({ AGS: 5558016 }))).toBe("05558016");
    expect(featureKey(feature({ ags: "5558" }))).toBe("05558");
    expect(featureKey(feature({ code: 5558016 }))).toBe("5558016"); // only AGS fields are known to have 8 or 5 digits
  });

  it("labels features by position, name and key", () => {
    expect(featureLabel(feature({ name: "Dülmen", ags: "05558016" }), 2)).toBe("Objekt 3 („Dülmen“, 05558016)");
    expect(featureLabel(feature({ name: "Dülmen" }), 0)).toBe("Objekt 1 („Dülmen“)");
    expect(featureLabel(feature({ ags: "05558016" }), 0)).toBe("Objekt 1 (05558016)");
    expect(featureLabel(feature(null), 9)).toBe("Objekt 10");
  });
});

describe("checkBoundaryFeatures", () => {
  it("names every feature with a missing, wrong or broken geometry and passes the good ones", () => {
    const collection = BoundaryFeatureCollectionSchema.parse({
      type: "FeatureCollection",
      features: [
        feature({ name: "Dülmen", ags: "05558016" }),
        feature({ name: "Olfen", ags: "05558036" }, null),
        feature({ name: "Rathaus" }, { type: "Point", coordinates: [7.26, 51.83] }),
        feature({ name: "Nottuln", ags: "05558032" }, { type: "Polygon", coordinates: [square.slice(0, 4)] }),
        feature({ name: "Billerbeck" }, { type: "MultiPolygon", coordinates: [[square], [[[7.2, 51.8], [7.3, "51.8"]]]] }),
        feature({ GEN: "Coesfeld" }, { type: "MultiPolygon", coordinates: [[square]] }),
        feature({ name: "Havixbeck" }, { coordinates: [square] }),
        feature({ name: "Senden" }, { type: "Polygon", coordinates: [square.map(([lon, lat]) => [lat, lon])] }),
      ],
    });
    const result = checkBoundaryFeatures(collection);
    expect(result.map((r) => r.index)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(result[0]).toEqual({ index: 1, label: "Objekt 2 („Olfen“, 05558036)", issues: ["Das Objekt hat keine Geometrie."] });
    expect(result[1]?.issues).toEqual([
      "Die Geometrie ist vom Typ „Point“; eine Grenze muss eine Fläche sein (Polygon oder MultiPolygon).",
    ]);
    expect(result[2]).toEqual({
      index: 3,
      label: "Objekt 4 („Nottuln“, 05558032)",
      issues: ["Ring 1: der Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein)."],
    });
    expect(result[3]?.issues).toEqual(["Polygon 2, Ring 1, Punkt 2: Eine Koordinate muss eine endliche Zahl sein."]);
    expect(result[4]?.issues).toEqual(["Die Geometrie hat keinen gültigen Typ; erwartet wird Polygon oder MultiPolygon."]);
    expect(result[5]?.label).toBe("Objekt 8 („Senden“)");
    expect(result[5]?.issues[0]).toContain("vertauscht");
  });

  it("finds nothing in an empty collection", () => {
    expect(checkBoundaryFeatures({ type: "FeatureCollection", features: [] })).toEqual([]);
  });
});
