import type { OfferInput } from "@praeventionskette/domain";
import { describe, expect, it } from "vitest";
import { centsOf, formFieldOf, formValuesOf, validateOffer } from "./offer-form-values.js";
import { containsPoint, fitTown, type BoundaryGeometry } from "./town-map-projection.js";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const offer: OfferInput = {
  title: "Elterncafé Dülmen",
  shortTitle: null,
  description: "Offener Treff für Eltern mit Babys.",
  providerId: id(1),
  territoryIds: [id(2), id(3)],
  locations: [{ name: "Familienzentrum", address: { street: "Markt 1", postalCode: "48249", city: "Dülmen" }, accessibility: { wheelchairAccessible: true, description: null }, coordinates: { latitude: 51.8307, longitude: 7.2836, source: "map" } }],
  schedules: [{ freq: "WEEKLY", byDay: ["TU"], opensAt: "09:30", closesAt: "11:30", description: null }],
  languages: ["de", "tr"],
  cost: { free: false, amountCents: 1250, description: "pro Kurs" },
  minAgeMonths: 0,
  maxAgeMonths: 36,
  eligibility: "",
  contact: { name: "Frühe Hilfen", email: "cafe@example.org", phone: null, url: null },
  status: "active",
  visibleFrom: "2026-01-01",
  visibleTo: null,
  lifePhaseIds: [id(4)],
  transitionIds: [],
  fieldOfActionIds: [id(5)],
  targetGroups: ["parents", "families"],
  preventionLevel: "selective",
  goalIds: [id(6)],
  translations: { tr: { title: "Ebeveyn kafesi", shortTitle: null, description: "", eligibility: "" } },
};

describe("the offer form's values", () => {
  it("give back the offer they were made from, every field included", () => {
    const checked = validateOffer(formValuesOf(offer));
    expect(checked.errors).toBeNull();
    expect(checked.input).toEqual(offer);
  });

  it("show a translation's and a location's problems at their own field, in German", () => {
    const values = formValuesOf(offer);
    values.translations.ar = { title: "", shortTitle: "", description: "وصف", eligibility: "" };
    values.locations[0] = { ...values.locations[0]!, postalCode: "4824", latitude: "7,28", longitude: "51,83" };
    const { errors } = validateOffer(values);
    expect(errors).toMatchObject({
      "translations.ar.title": "Bitte füllen Sie dieses Feld aus.",
      "locations.0.postalCode": "Eine Postleitzahl hat fünf Ziffern.",
      "locations.0.latitude": expect.stringContaining("Sind Breite und Länge vertauscht?"),
    });
  });

  it("keep every territory and field of action in the order chosen, without empty rows or repeats", () => {
    const values = { ...formValuesOf(offer), territoryIds: [id(3), "", id(2), id(3)], fieldOfActionIds: ["", id(5), id(7)] };
    const checked = validateOffer(values);
    expect(checked.errors).toBeNull();
    expect(checked.input).toMatchObject({ territoryIds: [id(3), id(2)], fieldOfActionIds: [id(5), id(7)] });
    expect(validateOffer({ ...values, territoryIds: [""] }).errors).toHaveProperty("territoryIds");
  });

  it("read euros as people type them", () => {
    expect([centsOf("25"), centsOf("12,50"), centsOf("1.250,00 €"), centsOf("zwölf")]).toEqual([2500, 1250, 125000, Number.NaN]);
    const values = { ...formValuesOf(offer), costAmount: "zwölf" };
    expect(validateOffer(values).errors).toEqual({ costAmount: "Bitte geben Sie den Betrag in Euro an, z. B. 25 oder 12,50." });
  });

  it("name the field of any API issue path", () => {
    expect(["contact.name", "cost.amountCents", "schedules.1.closesAt", "locations.2.accessibility.description", "territoryIds", "unknown"].map(formFieldOf)).toEqual(["contactName", "costAmount", "schedules.1.closesAt", "locations.2.accessibilityDescription", "territoryIds", ""]);
  });
});

describe("the town map's projection", () => {
  const square: BoundaryGeometry = { type: "Polygon", coordinates: [[[7, 51], [7.2, 51], [7.2, 51.2], [7, 51.2], [7, 51]]] };
  it("turns a point into pixels and back", () => {
    const projection = fitTown(square, 400, 10);
    const { x, y } = projection.toScreen({ latitude: 51.05, longitude: 7.15 });
    const back = projection.toGeo(x, y);
    expect(back.latitude).toBeCloseTo(51.05, 9);
    expect(back.longitude).toBeCloseTo(7.15, 9);
    // North is up: the northern edge is at the top.
    expect(projection.toScreen({ latitude: 51.2, longitude: 7 }).y).toBeCloseTo(10, 6);
  });
  it("knows what lies inside the town", () => {
    expect(containsPoint(square, { latitude: 51.1, longitude: 7.1 })).toBe(true);
    expect(containsPoint(square, { latitude: 51.3, longitude: 7.1 })).toBe(false);
  });
});
