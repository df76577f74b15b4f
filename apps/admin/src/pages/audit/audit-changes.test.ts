import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-changes.js";

describe("auditChanges", () => {
  it("lists only the fields that differ, with their values before and after", () => {
    expect(auditChanges({ name: { de: "Kita" }, max: 72, code: "k" }, { name: { de: "Kita-Zeit" }, max: 72, code: "k" })).toEqual([
      { field: "name", before: '{"de":"Kita"}', after: '{"de":"Kita-Zeit"}' },
    ]);
  });

  it("lists every field of a creation and of a deletion, and reads stored JSON text", () => {
    expect(auditChanges(null, '{"role":"viewer"}')).toEqual([{ field: "role", before: "–", after: "viewer" }]);
    expect(auditChanges({ role: "viewer" }, null)).toEqual([{ field: "role", before: "viewer", after: "–" }]);
  });

  it("shortens long values so that a table row stays readable", () => {
    const [change] = auditChanges({}, { text: "x".repeat(500) });
    expect(change?.after.length).toBeLessThan(170);
    expect(change?.after.endsWith("…")).toBe(true);
  });
});
