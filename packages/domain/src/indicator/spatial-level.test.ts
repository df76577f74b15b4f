import { describe, expect, it } from "vitest";
import { checkObservationTerritory, spatialLevelsOfTerritory } from "./spatial-level.js";

describe("spatial levels of territories", () => {
  it("counts a county-free city as county and town, and a youth office's seat for its district", () => {
    expect(spatialLevelsOfTerritory("countyFreeCity")).toEqual(["county", "town"]);
    expect(spatialLevelsOfTerritory("county", { seatOfYouthOffice: true })).toEqual(["county", "youthOfficeDistrict"]);
    expect(spatialLevelsOfTerritory("socialArea", { seatOfYouthOffice: true })).toEqual(["socialArea"]);
  });

  it("refuses an observation whose territory is on none of the indicator's levels, in German", () => {
    expect(checkObservationTerritory({ name: "Olfen", kind: "town" }, { code: "B6", spatialLevels: ["county", "town"] })).toBeNull();
    expect(checkObservationTerritory({ name: "Gelsenkirchen", kind: "countyFreeCity" }, { code: "X", spatialLevels: ["town"] })).toBeNull();
    expect(checkObservationTerritory({ name: "Vinnum", kind: "socialArea" }, { code: "B6", spatialLevels: ["county", "town"] })).toBe(
      "„Vinnum“ ist ein Sozialraum; der Indikator B6 wird nur auf den Ebenen Kreis / kreisfreie Stadt und Gemeinde berichtet. Wählen Sie ein Gebiet dieser Ebene oder ergänzen Sie die Raumebene beim Indikator.",
    );
    expect(checkObservationTerritory({ name: "Olfen", kind: "town" }, { code: "H2", spatialLevels: ["youthOfficeDistrict"] })).toContain("Jugendamtsbezirk");
    expect(checkObservationTerritory({ name: "Dülmen", kind: "town" }, { code: "H2", spatialLevels: ["youthOfficeDistrict"] }, { seatOfYouthOffice: true })).toBeNull();
  });
});
