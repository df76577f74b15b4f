import { describe, expect, it } from "vitest";
import { OfferCoordinatesSchema } from "./coordinates.js";
import { OfferLocationSchema } from "./parts.js";

const messages = (input: unknown): string[] => OfferCoordinatesSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

describe("OfferCoordinatesSchema", () => {
  it("accepts points in Germany with their source", () => {
    expect(OfferCoordinatesSchema.parse({ latitude: 51.8307, longitude: 7.2836, source: "map" })).toEqual({ latitude: 51.8307, longitude: 7.2836, source: "map" });
    expect(OfferCoordinatesSchema.safeParse({ latitude: 54.9, longitude: 8.3, source: "entered" }).success).toBe(true);
    expect(OfferCoordinatesSchema.safeParse({ latitude: 47.4, longitude: 10.98, source: "demo" }).success).toBe(true);
  });

  it("refuses numbers out of range, in German", () => {
    expect(messages({ latitude: 91, longitude: 7, source: "map" })).toContain("Die Breite liegt zwischen -90 und 90 Grad.");
    expect(messages({ latitude: 51, longitude: -181, source: "map" })).toContain("Die Länge liegt zwischen -180 und 180 Grad.");
    expect(messages({ latitude: "51,8", longitude: 7, source: "map" })).toEqual(["Die Breite muss eine Zahl in Grad sein, z. B. 51.83."]);
  });

  it("refuses places outside Germany and hints at swapped latitude and longitude", () => {
    const paris = messages({ latitude: 48.8566, longitude: 2.3522, source: "entered" });
    expect(paris).toHaveLength(1);
    expect(paris[0]).toMatch(/^Der Ort \(Breite 48,8566, Länge 2,3522\) liegt außerhalb Deutschlands/);
    expect(paris[0]).not.toContain("vertauscht");
    expect(messages({ latitude: 7.2836, longitude: 51.8307, source: "entered" })[0]).toContain("Sind Breite und Länge vertauscht?");
  });

  it("needs a known source", () => {
    expect(messages({ latitude: 51.8, longitude: 7.2, source: "gps" })[0]).toContain("Herkunft der Koordinaten");
    expect(messages({ latitude: 51.8, longitude: 7.2 })[0]).toContain("Herkunft der Koordinaten");
  });
});

describe("OfferLocationSchema coordinates", () => {
  const place = { name: "Familienzentrum", address: { street: "Markt 1", postalCode: "48653", city: "Coesfeld" }, accessibility: { wheelchairAccessible: true, description: null } };

  it("are optional in input and default to null", () => {
    expect(OfferLocationSchema.parse(place).coordinates).toBeNull();
    expect(OfferLocationSchema.parse({ ...place, coordinates: { latitude: 51.9458, longitude: 7.1675, source: "map" } }).coordinates?.source).toBe("map");
  });

  it("are checked where given, naming the field", () => {
    const result = OfferLocationSchema.safeParse({ ...place, coordinates: { latitude: 7.1675, longitude: 51.9458, source: "map" } });
    expect(result.error?.issues[0]?.path).toEqual(["coordinates", "latitude"]);
  });
});
