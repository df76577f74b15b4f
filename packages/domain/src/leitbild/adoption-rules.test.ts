import { describe, expect, it } from "vitest";
import { becomesAdopted, checkAdoptionDecision, checkNewLeitbildVersion, checkSingleAdoptedVersion } from "./adoption-rules.js";

const adoption = { body: "Kreistag Coesfeld", date: "2018-12-19", paperNumber: "SV-9-1217", decisionId: "5d4c3b2a-1f0e-4d9c-8b7a-6a5b4c3d2e1f" };

describe("Leitbild adoption rules", () => {
  it("knows when a write adopts a version", () => {
    expect(becomesAdopted(null, { status: "adopted" })).toBe(true);
    expect(becomesAdopted({ status: "draft" }, { status: "adopted" })).toBe(true);
    expect(becomesAdopted({ status: "adopted" }, { status: "adopted" })).toBe(false);
    expect(becomesAdopted(null, { status: "draft" })).toBe(false);
  });

  it("never creates a version as superseded", () => {
    expect(checkNewLeitbildVersion({ status: "draft" })).toEqual([]);
    expect(checkNewLeitbildVersion({ status: "adopted" })).toEqual([]);
    expect(checkNewLeitbildVersion({ status: "superseded" })[0]?.path).toBe("status");
  });

  it("needs an adopted council decision of the same date", () => {
    expect(checkAdoptionDecision({ adoption }, { outcome: "adopted", date: "2018-12-19" })).toEqual([]);
    expect(checkAdoptionDecision({ adoption: { ...adoption, decisionId: null } }, null)[0]?.path).toBe("adoption.decisionId");
    expect(checkAdoptionDecision({ adoption }, { outcome: "deferred", date: "2018-12-19" })[0]?.path).toBe("adoption.decisionId");
    expect(checkAdoptionDecision({ adoption }, { outcome: "adopted", date: "2018-12-12" })[0]?.path).toBe("adoption.date");
    expect(checkAdoptionDecision({ adoption: null }, null)[0]?.path).toBe("adoption");
  });

  it("allows one adopted version per territory", () => {
    expect(checkSingleAdoptedVersion({ status: "adopted", versionNumber: 2 }, [{ status: "superseded", versionNumber: 1 }])).toEqual([]);
    const [issue] = checkSingleAdoptedVersion({ status: "adopted", versionNumber: 2 }, [{ status: "adopted", versionNumber: 1 }]);
    expect(issue).toMatchObject({ path: "status", message: expect.stringContaining("Fassung 1") });
    expect(checkSingleAdoptedVersion({ status: "draft", versionNumber: 3 }, [{ status: "adopted", versionNumber: 1 }])).toEqual([]);
  });
});
