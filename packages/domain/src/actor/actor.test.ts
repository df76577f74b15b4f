import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelOf } from "../shared/label.js";
import { ActorInputSchema, ActorSchema, publicView } from "./actor.js";
import { actorKindLabels } from "./actor-kind.js";
import { ContactPersonSchema, PhoneSchema, PostalAddressSchema, WebUrlSchema } from "./contact.js";

const territoryId = "00000000-0000-4000-8000-000000000001";
const actor = {
  name: "AWO Unterbezirk Münsterland-Recklinghausen",
  shortName: "AWO",
  kind: "freeProvider" as const,
  description: "Familienbildung und Frühe Hilfen im Kreis Coesfeld.",
  territoryId,
  website: "https://www.awo-msl-re.de",
  email: "info@awo-msl-re.de",
  phone: "02361 / 4 85 20",
  address: { street: "Musterstraße 1", postalCode: "48653", city: "Coesfeld" },
  contactPersons: [
    { name: "Anna Beispiel", role: "Familienhebamme", email: "a.beispiel@example.org", phone: null, isPublic: true },
    { name: "Bernd Muster", role: "Leitung", email: null, phone: "+49 (2541) 18-0", isPublic: false },
  ],
};

describe("ActorInputSchema", () => {
  it("accepts a free provider with two contact persons", () => {
    const parsed = ActorInputSchema.parse(actor);
    expect(parsed.contactPersons).toHaveLength(2);
    expect(ActorSchema.parse({ ...actor, id: territoryId }).id).toBe(territoryId);
  });

  it("accepts an actor without optional contact data", () => {
    expect(
      ActorInputSchema.safeParse({ ...actor, shortName: null, website: null, email: null, phone: null, address: null, contactPersons: [] })
        .success,
    ).toBe(true);
  });

  it("rejects bad postal codes, unsafe URLs, invalid e-mails and too many contact persons", () => {
    expect(PostalAddressSchema.safeParse({ ...actor.address, postalCode: "4865" }).error?.issues[0]?.message).toBe(
      "Eine Postleitzahl hat fünf Ziffern.",
    );
    expect(WebUrlSchema.safeParse("javascript:alert(1)").success).toBe(false);
    expect(WebUrlSchema.safeParse("ftp://example.org").success).toBe(false);
    expect(ActorInputSchema.safeParse({ ...actor, email: "info(at)awo.de" }).success).toBe(false);
    const many = Array.from({ length: 51 }, () => actor.contactPersons[0]);
    expect(ActorInputSchema.safeParse({ ...actor, contactPersons: many }).success).toBe(false);
    expect(ActorInputSchema.safeParse({ ...actor, kind: "church" }).success).toBe(false);
  });
});

describe("PhoneSchema", () => {
  it("accepts common German notations", () => {
    for (const p of ["02541 18-0", "+49 2541 180", "(02541) 18 0", "02541/180"]) {
      expect(PhoneSchema.parse(p)).toBe(p);
    }
  });
  it("rejects letters and numbers with fewer than three digits", () => {
    expect(PhoneSchema.safeParse("0800-KINDER").success).toBe(false);
    expect(PhoneSchema.safeParse("+1").error?.issues[0]?.message).toBe("Eine Telefonnummer braucht mindestens drei Ziffern.");
  });
});

describe("publicView", () => {
  it("keeps only contact persons who agreed to be public", () => {
    const view = publicView(ActorInputSchema.parse(actor));
    expect(view.contactPersons.map((p) => p.name)).toEqual(["Anna Beispiel"]);
    expect(view.name).toBe(actor.name);
    expect(actor.contactPersons).toHaveLength(2); // the input is not mutated
  });

  it("never leaks a non-public person and keeps every public one", () => {
    const person = fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }),
      role: fc.string({ maxLength: 20 }),
      email: fc.constant(null),
      phone: fc.constant(null),
      isPublic: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 10 }), (contactPersons) => {
        const view = publicView({ ...actor, contactPersons });
        expect(view.contactPersons.every((p) => p.isPublic)).toBe(true);
        expect(view.contactPersons).toEqual(contactPersons.filter((p) => p.isPublic));
      }),
    );
  });

  it("requires an explicit isPublic flag", () => {
    expect(ContactPersonSchema.safeParse({ name: "X", role: "", email: null, phone: null }).success).toBe(false);
  });
});

describe("actorKindLabels", () => {
  it("names free providers and public bodies", () => {
    expect(labelOf(actorKindLabels, "freeProvider")).toBe("Freier Träger");
    expect(labelOf(actorKindLabels, "publicBody", "en")).toBe("Public body");
  });
});
