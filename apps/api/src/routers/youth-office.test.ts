import { defaultFieldsOfAction, defaultLifePhases } from "@praeventionskette/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Access, accessFor } from "../auth/access.js";
import type { DatabaseHandle } from "../db/client.js";
import { createAccount, loadPrincipal } from "../repositories/account.js";
import { fieldsOf } from "../repositories/aggregate.js";
import { systemAccess } from "../auth/access.js";
import { callerFor } from "../test/caller.js";
import { testDatabases } from "../test/databases.js";

const TODAY = "2026-11-23";
const territory = { validFrom: "1975-01-01", validTo: null, population: null } as const;
const phase = (code: string, minAgeMonths: number, maxAgeMonths: number, order: number, youthOfficeId: string | null) =>
  ({ code, name: { de: code, en: code }, description: "", minAgeMonths, maxAgeMonths, order, youthOfficeId }) as const;

// Two youth offices side by side: Kreis Coesfeld's (covering Olfen) with the platform's phases,
// Kamen's own with phases 0 to 21; Dülmen runs its own youth office without configuration yet.
describe.each(testDatabases)("youth offices and their configuration on $name", (database) => {
  let handle: DatabaseHandle;
  let sys: ReturnType<typeof callerFor>;
  const ids = {} as Record<"nrw" | "coesfeld" | "olfen" | "olfenMitte" | "duelmen" | "unna" | "kamen" | "countyOffice" | "duelmenOffice" | "kamenOffice", string>;
  const as = async (name: string, role: "coordinator" | "townEditor", territoryId: string): Promise<ReturnType<typeof callerFor>> => {
    const account = await createAccount(handle.db, { name, email: `${name.toLowerCase()}@jugendamt.example`, password: null, assignments: [{ role, territoryId, organisationId: null }] }, systemAccess(TODAY));
    const principal = await loadPrincipal(handle.db, account.id);
    const access: Access = await accessFor(handle.db, principal!, TODAY);
    return callerFor(handle, { today: TODAY, access });
  };

  beforeAll(async () => {
    handle = await database.open();
    sys = callerFor(handle, { today: TODAY });
    ids.nrw = (await sys.territory.create({ ...territory, name: "Nordrhein-Westfalen", kind: "state", code: "05", parentId: null })).id;
    const withOffice = async (record: { id: string; version: number; name: string }, name: string) => {
      const office = await sys.youthOffice.create({ name, territoryId: record.id });
      const current = await sys.territory.get({ id: record.id });
      const { id, version } = current;
      const fields = fieldsOf(current);
      await sys.territory.update({ id, expectedVersion: version, data: { ...fields, youthOfficeId: office.id } });
      return office.id;
    };
    const coesfeld = await sys.territory.create({ ...territory, name: "Kreis Coesfeld", kind: "county", code: "05558", parentId: ids.nrw });
    ids.coesfeld = coesfeld.id;
    ids.countyOffice = await withOffice(coesfeld, "Jugendamt Kreis Coesfeld");
    ids.olfen = (await sys.territory.create({ ...territory, name: "Olfen", kind: "town", code: "05558036", parentId: ids.coesfeld })).id;
    ids.olfenMitte = (await sys.territory.create({ ...territory, name: "Olfen-Mitte", kind: "socialArea", code: null, parentId: ids.olfen })).id;
    const duelmen = await sys.territory.create({ ...territory, name: "Dülmen", kind: "town", code: "05558016", parentId: ids.coesfeld });
    ids.duelmen = duelmen.id;
    ids.duelmenOffice = await withOffice(duelmen, "Jugendamt Dülmen");
    ids.unna = (await sys.territory.create({ ...territory, name: "Kreis Unna", kind: "county", code: "05978", parentId: ids.nrw })).id;
    const kamen = await sys.territory.create({ ...territory, name: "Kamen", kind: "town", code: "05978020", parentId: ids.unna });
    ids.kamen = kamen.id;
    ids.kamenOffice = await withOffice(kamen, "Jugendamt Kamen");

    for (const [order, p] of defaultLifePhases.entries()) await sys.lifePhase.create({ ...p, order });
    for (const f of defaultFieldsOfAction) await sys.fieldOfAction.create(f);
    const kamenPhases = [[0, 36], [36, 72], [72, 120], [120, 192], [192, 252]] as const;
    for (const [order, [min, max]] of kamenPhases.entries()) await sys.lifePhase.create(phase(`kamen-${order}`, min, max, order, ids.kamenOffice));
  });
  afterAll(() => handle.close());

  const ages = async (territoryId: string) =>
    (await sys.lifePhase.list({ territoryId })).items.map((p) => [p.minAgeMonths, p.maxAgeMonths]);

  it("lists what is in force: Kamen its own phases 0 to 21, Olfen and its social area the county's (the platform's)", async () => {
    expect(await ages(ids.kamen)).toEqual([[0, 36], [36, 72], [72, 120], [120, 192], [192, 252]]);
    const defaults = defaultLifePhases.map((p) => [p.minAgeMonths, p.maxAgeMonths]);
    expect(await ages(ids.olfen)).toEqual(defaults);
    expect(await ages(ids.olfenMitte)).toEqual(defaults);
    expect((await sys.lifePhase.list({ youthOfficeId: null })).total).toBe(defaultLifePhases.length);
    expect((await sys.lifePhase.list({ youthOfficeId: ids.kamenOffice })).total).toBe(5);
    expect((await sys.lifePhase.forAge({ ageMonths: 230, territoryId: ids.kamen })).map((p) => p.code)).toEqual(["kamen-4"]);
  });

  it("lets a town whose own youth office has nothing configured yet work with its county's configuration", async () => {
    const countyPhase = await sys.lifePhase.create(phase("kreis-0-10", 0, 120, 0, ids.countyOffice));
    expect((await sys.lifePhase.list({ territoryId: ids.duelmen })).items.map((p) => p.code)).toEqual(["kreis-0-10"]);
    expect((await sys.lifePhase.list({ territoryId: ids.olfen })).items.map((p) => p.code)).toEqual(["kreis-0-10"]);
    await sys.lifePhase.archive({ id: countyPhase.id, expectedVersion: 1 });
    expect((await sys.lifePhase.list({ territoryId: ids.duelmen })).total).toBe(defaultLifePhases.length);
  });

  it("lets each coordinator change its own youth office's configuration only, and the platform defaults nobody but the administration", async () => {
    const kamenCoordinator = await as("Kamen", "coordinator", ids.kamen);
    const coesfeldCoordinator = await as("Coesfeld", "coordinator", ids.coesfeld);
    await expect(kamenCoordinator.lifePhase.create(phase("kamen-extra", 0, 12, 9, ids.kamenOffice))).resolves.toMatchObject({ youthOfficeId: ids.kamenOffice });
    await expect(coesfeldCoordinator.lifePhase.create(phase("fremd", 0, 12, 9, ids.kamenOffice))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("eigenen Jugendamts"),
    });
    await expect(kamenCoordinator.lifePhase.create(phase("voreinstellung", 0, 12, 9, null))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Plattform-Administration"),
    });
    const kamenPhase = (await sys.lifePhase.list({ youthOfficeId: ids.kamenOffice })).items[0]!;
    const { id, version } = kamenPhase;
      const fields = fieldsOf(kamenPhase);
    await expect(coesfeldCoordinator.lifePhase.update({ id, expectedVersion: version, data: { ...fields, youthOfficeId: ids.countyOffice } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await sys.lifePhase.get({ id })).youthOfficeId).toBe(ids.kamenOffice);
    // A town editor configures nothing, not even its own town's youth office.
    const editor = await as("Redaktion", "townEditor", ids.duelmen);
    await expect(editor.fieldOfAction.create({ code: "lokal", name: { de: "Lokal", en: "Local" }, description: "", youthOfficeId: ids.duelmenOffice })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps codes unique per owner: two youth offices may share a code, one owner may not use it twice", async () => {
    await sys.fieldOfAction.create({ code: "familie", name: { de: "Familie", en: "Family" }, description: "", youthOfficeId: ids.kamenOffice });
    await sys.fieldOfAction.create({ code: "familie", name: { de: "Familie", en: "Family" }, description: "", youthOfficeId: ids.duelmenOffice });
    await expect(sys.fieldOfAction.create({ code: "familie", name: { de: "Familie", en: "Family" }, description: "", youthOfficeId: ids.kamenOffice })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sys.fieldOfAction.create({ ...defaultFieldsOfAction[0]! })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a transition between phases of another owner", async () => {
    const [kamenA, kamenB] = (await sys.lifePhase.list({ youthOfficeId: ids.kamenOffice })).items;
    const transition = { code: "UE9", name: { de: "Ü", en: "T" }, description: "", fromLifePhaseId: kamenA!.id, toLifePhaseId: kamenB!.id, order: 1 };
    await expect(sys.transition.create({ ...transition, youthOfficeId: ids.kamenOffice })).resolves.toMatchObject({ youthOfficeId: ids.kamenOffice });
    await expect(sys.transition.create({ ...transition, youthOfficeId: ids.duelmenOffice })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("adopts the platform defaults into a youth office, to adapt them there, with their origin noted and all changes audited", async () => {
    const duelmenCoordinator = await as("Duelmen", "coordinator", ids.duelmen);
    const adopted = await duelmenCoordinator.youthOffice.adoptDefaults({ id: ids.duelmenOffice });
    expect(adopted).toMatchObject({ lifePhases: defaultLifePhases.length, fieldsOfAction: defaultFieldsOfAction.length });
    const own = (await sys.lifePhase.list({ territoryId: ids.duelmen })).items;
    expect(own.every((p) => p.youthOfficeId === ids.duelmenOffice && p.adoptedFromId !== null)).toBe(true);
    expect(own.map((p) => p.code)).toEqual(defaultLifePhases.map((p) => p.code));
    // Adopting again copies nothing twice; another youth office's coordinator may not adopt for Dülmen.
    expect(await duelmenCoordinator.youthOffice.adoptDefaults({ id: ids.duelmenOffice })).toEqual({ lifePhases: 0, transitions: 0, fieldsOfAction: 0 });
    await expect((await as("Kamen2", "coordinator", ids.kamen)).youthOffice.adoptDefaults({ id: ids.duelmenOffice })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Olfen (the county's youth office) still sees the platform's.
    expect((await sys.lifePhase.list({ territoryId: ids.olfen })).items.every((p) => p.youthOfficeId === null)).toBe(true);
  });

  it("finds the territories a youth office covers and a territory's successors", async () => {
    expect((await sys.territory.list({ youthOfficeId: ids.kamenOffice })).items.map((t) => t.name)).toEqual(["Kamen"]);
    const merged = await sys.territory.create({ ...territory, name: "Olfen-Nord", kind: "socialArea", code: null, parentId: ids.olfen, validFrom: "2026-01-01", predecessorIds: [ids.olfenMitte] });
    expect((await sys.territory.list({ predecessorId: ids.olfenMitte })).items.map((t) => t.id)).toEqual([merged.id]);
    await expect(sys.territory.update({ id: merged.id, expectedVersion: 1, data: { ...territory, name: "Olfen-Nord", kind: "socialArea", code: null, parentId: ids.olfen, predecessorIds: [merged.id] } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
