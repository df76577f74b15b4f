import { describe, expect, it } from "vitest";
import {
  becomesAdopted,
  checkAdoptingBody,
  checkAdoptionDate,
  checkAdoptionDecision,
  checkDecisionForOneVersion,
  checkLeitbildEdit,
  checkNewLeitbildVersion,
  checkSingleAdoptedVersion,
} from "./adoption-rules.js";
import type { LeitbildVersionInput } from "./leitbild-version.js";

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

describe("adopting with the right decision", () => {
  const county = "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11";
  const town = "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c";

  it("needs a council or youth welfare committee of the version's own territory", () => {
    expect(checkAdoptingBody({ territoryId: county }, { name: "Kreistag Coesfeld", kind: "countyCouncil", territoryId: county })).toEqual([]);
    expect(checkAdoptingBody({ territoryId: county }, { name: "Jugendhilfeausschuss", kind: "youthWelfareCommittee", territoryId: county })).toEqual([]);
    const [steering] = checkAdoptingBody({ territoryId: county }, { name: "Steuerungsgruppe", kind: "steeringGroup", territoryId: county });
    expect(steering).toMatchObject({ path: "adoption.decisionId", message: expect.stringContaining("„Steuerungsgruppe“ (Steuerungsgruppe) bereitet Beschlüsse vor") });
    const [elsewhere] = checkAdoptingBody({ territoryId: county }, { name: "Rat der Stadt Olfen", kind: "townCouncil", territoryId: town });
    expect(elsewhere?.message).toContain("eines anderen Gebiets");
    expect(checkAdoptingBody({ territoryId: county }, null)).toHaveLength(1);
  });

  it("dates the adoption not in the future and not before the version it supersedes", () => {
    const inForce = { versionNumber: 1, adoption: { date: "2018-12-19" } };
    expect(checkAdoptionDate("2026-03-01", inForce, "2026-11-23")).toEqual([]);
    expect(checkAdoptionDate("2018-12-19", inForce, "2026-11-23")).toEqual([]);
    expect(checkAdoptionDate("2018-12-01", inForce, "2026-11-23")[0]?.message).toContain("geltenden Fassung 1 (19.12.2018)");
    expect(checkAdoptionDate("2026-12-01", null, "2026-11-23")[0]?.message).toContain("noch nicht gefasst");
  });

  it("uses each decision for one version only", () => {
    const decisionId = adoption.decisionId;
    const v1 = { id: "11111111-1111-4111-8111-111111111111", versionNumber: 1, adoption };
    expect(checkDecisionForOneVersion("22222222-2222-4222-8222-222222222222", decisionId, { subjects: [] }, [v1])[0]?.message).toContain("bereits Fassung 1");
    expect(checkDecisionForOneVersion(v1.id, decisionId, { subjects: [{ type: "leitbildVersion", id: v1.id }] }, [v1])).toEqual([]);
    expect(checkDecisionForOneVersion(null, decisionId, { subjects: [{ type: "leitbildVersion", id: v1.id }] }, [])[0]?.path).toBe("adoption.decisionId");
    expect(checkDecisionForOneVersion(null, decisionId, { subjects: [{ type: "goal", id: v1.id }] }, [])).toEqual([]);
  });
});

describe("checkLeitbildEdit", () => {
  const draft: LeitbildVersionInput = {
    territoryId: "0b7f4c1e-6a0a-4c8e-9a55-2f1d2f0c9e11",
    versionNumber: 2,
    title: "Präventionsleitbild",
    preamble: "",
    statements: [{ title: "Teilhabe ermöglichen", text: "" }],
    status: "draft",
    adoption: null,
  };
  const adopted: LeitbildVersionInput = { ...draft, status: "adopted", adoption };

  it("lets drafts change and stay drafts", () => {
    expect(checkLeitbildEdit(draft, { ...draft, title: "Neu" })).toBeNull();
    expect(checkLeitbildEdit(draft, { ...draft, status: "adopted", adoption })).toMatchObject({ path: "status", readOnly: false });
    expect(checkLeitbildEdit(draft, { ...draft, territoryId: "5d0c8a4e-1f3b-4b7e-8a61-3c2e4f5a6b7c" })).toMatchObject({ path: "territoryId" });
  });

  it("keeps adopted and superseded versions read-only, even unchanged or only superseded", () => {
    for (const next of [adopted, { ...adopted, status: "superseded" as const }, { ...adopted, title: "Neu" }]) {
      expect(checkLeitbildEdit(adopted, next)).toMatchObject({ readOnly: true, message: expect.stringContaining("Fassung 2 des Leitbildes ist beschlossen und damit schreibgeschützt") });
    }
    expect(checkLeitbildEdit({ ...adopted, status: "superseded" }, adopted)?.message).toContain("abgelöst und damit schreibgeschützt");
  });
});
