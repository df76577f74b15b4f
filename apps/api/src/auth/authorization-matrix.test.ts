import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/client.js";
import { createAccount, loadPrincipal } from "../repositories/account.js";
import { fieldsOf } from "../repositories/aggregate.js";
import {
  authorizationMatrix,
  knownDeviations,
  type MatrixRole,
  type MatrixScope,
  matrixRoles,
  matrixScopes,
  type Outcome,
} from "../test/authorization-matrix.js";
import { testDatabases } from "../test/databases.js";
import { createInnerContext } from "../trpc/context.js";
import { appRouter, createCaller } from "../trpc/router.js";
import { type Access, accessFor, anonymousAccess, systemAccess } from "./access.js";
import type { RoleAssignment } from "./roles.js";

// Holds the real router against the hand-written table in test/authorization-matrix.ts: every
// procedure × role × own/other territory, called through `createCaller` with the access a
// signed-in person of that role gets.

const today = "2026-11-23";
const config = { suppressionThreshold: 3 };
const procedures = Object.keys(appRouter._def.procedures).sort();

type Api = ReturnType<typeof createCaller>;
type Loose = (input?: unknown) => Promise<unknown>;
interface Rec {
  id: string;
  version: number;
}

/** The procedure at `path` ("offer.create") of a caller, without its input and output types. */
function procedureOf(api: Api, path: string): Loose {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as Loose;
}

let serial = 0;
const next = () => ++serial;
let year = 1000;

/** The records of one town that the matrix probes: "own" is town A, "other" town B (county 2's town C for the coordinator). */
interface Place {
  town: Rec;
  socialArea: Rec & { name: string };
  /** The youth office responsible for the town (county 1's for A and B, county 2's for C) and two of its own phases. */
  youthOffice: Rec;
  ownPhases: [Rec, Rec];
  boundary: Rec;
  actor: Rec;
  offerPublished: Rec;
  offerUnpublished: Rec;
  leitbildAdopted: Rec;
  leitbildDraft: Rec;
  goal: Rec;
  observationPublic: Rec;
  observationInternal: Rec;
  body: Rec;
  meeting: Rec;
  decision: Rec;
  /** The town's council, which adopts its Leitbild. */
  council: Rec;
  fundingApplication: Rec;
  qualityAssessment: Rec;
  proposal: Rec;
  /** An account with a viewer role in the town. */
  account: { id: string };
  /** An account with a provider editor role for the town's actor. */
  providerAccount: { id: string };
}

interface World {
  county1: Rec;
  county2: Rec;
  phaseA: Rec;
  phaseB: Rec;
  transition: Rec;
  field: Rec;
  programme: Rec;
  indicatorPublic: Rec;
  indicatorInternal: Rec;
  places: { A: Place; B: Place; C: Place };
}

/** How one case is called, and which record in its answer shows what the caller may see. */
interface Case {
  call: () => Promise<unknown>;
  probe?: {
    id: string;
    items: (result: unknown) => { id: string }[];
    /** Whether the record is shown only in its public view. */
    isPublicView?: (record: Record<string, unknown>) => boolean;
  };
}

/** Prepares one case of a procedure for a caller, a place and a probe variant. */
interface Driver {
  variants: string[];
  prepare: (api: Api, place: Place, variant: string) => Promise<Case>;
}

const item = { fulfilment: "partly", note: "" } as const;
const adoption = { body: "Kreistag", date: "2018-12-12", paperNumber: "SV-9-1217", decisionId: null };
const viewerOf = (territoryId: string): RoleAssignment => ({ role: "viewer", territoryId, organisationId: null });
const providerOf = (organisationId: string): RoleAssignment => ({ role: "providerEditor", territoryId: null, organisationId });

/** Inputs that create one more valid record of each aggregate in a place (fresh codes and periods). */
function inputsFor(world: Omit<World, "places">) {
  // The configuration of the place's youth office, or with `platformDefault` the platform's.
  type Owner = Pick<Place, "youthOffice" | "ownPhases">;
  const ownerOf = (p: Owner, platformDefault: boolean) => ({ youthOfficeId: platformDefault ? null : p.youthOffice.id });
  const square = (x: number, y: number) => ({
    type: "Polygon",
    coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]],
  });
  let boundaryYear = 2100;
  const offer = (place: Pick<Place, "town" | "actor">, status: "active" | "inactive") => ({
    title: `Angebot ${next()}`,
    shortTitle: null,
    description: "Alltagsintegrierte Sprachbildung",
    providerId: place.actor.id,
    territoryIds: [place.town.id],
    locations: [],
    schedules: [],
    languages: ["de"],
    cost: { free: true, amountCents: null, description: null },
    minAgeMonths: 36,
    maxAgeMonths: 72,
    eligibility: "",
    contact: { name: null, email: "kontakt@anbieter.example", phone: null, url: null },
    status,
    visibleFrom: null,
    visibleTo: null,
    lifePhaseIds: [world.phaseA.id],
    transitionIds: [world.transition.id],
    fieldOfActionIds: [world.field.id],
    targetGroups: ["children"],
    preventionLevel: "universal",
    goalIds: [],
  });
  const observation = (town: Rec, indicator: Rec, counts = { numerator: 40, denominator: 50, value: 80 }, period = String(++year)) => ({
    indicatorId: indicator.id,
    territoryId: town.id,
    period,
    ...counts,
    source: "IT.NRW",
    asOf: "2025-06-30",
    isDemo: true,
    note: null,
  });
  type At = Pick<Place, "town" | "actor" | "body" | "meeting"> & Partial<Pick<Place, "youthOffice" | "ownPhases" | "socialArea">>;
  const owner = (p: At): Owner => {
    if (!p.youthOffice || !p.ownPhases) throw new Error("Matrix: Ort ohne Jugendamt");
    return { youthOffice: p.youthOffice, ownPhases: p.ownPhases };
  };
  const fresh: Record<string, (place: At, platformDefault?: boolean) => unknown> = {
    youthOffice: (p) => ({ name: `Jugendamt ${next()}`, territoryId: p.town.id, description: "" }),
    boundary: (p) => {
      const year = ++boundaryYear;
      return { territoryId: p.socialArea?.id ?? p.town.id, geometry: square(7.2, 51.8), validFrom: `${year}-01-01`, validTo: `${year}-12-31`, source: "Testdaten", schematic: true };
    },
    territory: (p) => ({ name: `Sozialraum ${next()}`, kind: "socialArea", code: null, parentId: p.town.id, validFrom: "2020-01-01", validTo: null, population: null }),
    lifePhase: (p, platformDefault = false) => {
      const n = next();
      return { code: `phase-${n}`, name: { de: `Phase ${n}`, en: `Phase ${n}` }, description: "", minAgeMonths: 0, maxAgeMonths: 12, order: 10 + n, ...ownerOf(owner(p), platformDefault) };
    },
    transition: (p, platformDefault = false) => {
      const n = next();
      const [from, to] = platformDefault ? [world.phaseA, world.phaseB] : owner(p).ownPhases;
      return { code: `T${n}`, name: { de: "Übergang", en: "Transition" }, description: "", fromLifePhaseId: from.id, toLifePhaseId: to.id, order: n, ...ownerOf(owner(p), platformDefault) };
    },
    fieldOfAction: (p, platformDefault = false) => {
      const n = next();
      return { code: `feld-${n}`, name: { de: `Feld ${n}`, en: `Field ${n}` }, description: "", ...ownerOf(owner(p), platformDefault) };
    },
    actor: (p) => ({ name: `Träger ${next()}`, shortName: null, kind: "association", description: "", territoryId: p.town.id, website: null, email: null, phone: null, address: null, contactPersons: [] }),
    offer: (p) => offer(p, "inactive"),
    leitbild: (p) => ({ territoryId: p.town.id, versionNumber: next(), title: "Präventionsleitbild", preamble: "", statements: [{ title: "Teilhabe ermöglichen", text: "" }], status: "draft", adoption: null }),
    goal: (p) => ({ territoryId: p.town.id, level: "guiding", parentId: null, title: `Leitziel ${next()}`, description: "", responsibleActorIds: [], indicatorIds: [], baseline: null, target: null, status: "planned", lifePhaseIds: [], fieldOfActionIds: [] }),
    indicator: (p, platformDefault = false) => {
      const n = next();
      return { code: `X${n}`, name: { de: `Indikator ${n}`, en: `Indicator ${n}` }, description: "", numerator: "Zähler", denominator: "Nenner", factor: "percent", unit: "%", polarity: "lowerIsBetter", source: "Jugendamt", spatialLevels: ["town"], periodType: "year", visibility: "internal", lifePhaseIds: [], fieldOfActionIds: [], suppressionThreshold: null, ...ownerOf(owner(p), platformDefault) };
    },
    observation: (p) => observation(p.town, world.indicatorInternal),
    body: (p) => ({ territoryId: p.town.id, name: `Gremium ${next()}`, kind: "planningGroup", description: "", members: [], parentBodyId: null }),
    meeting: (p) => ({ bodyId: p.body.id, title: `${next()}. Sitzung`, date: "2025-02-01", location: null, agenda: [], status: "planned" }),
    decision: (p) => ({ bodyId: p.body.id, meetingId: p.meeting.id, date: "2024-03-01", paperNumber: `SV-${next()}`, title: "Beschluss", text: "", outcome: "adopted", subjects: [] }),
    fundingProgramme: (p, platformDefault = false) => ({ name: `Programm ${next()}`, funder: "Land NRW", description: "", fundingRate: 0.5, maxGrantCents: null, applicationDeadline: null, financingType: "shareOfCosts", ...ownerOf(owner(p), platformDefault) }),
    fundingApplication: (p) => ({ programmeId: world.programme.id, territoryId: p.town.id, title: `Antrag ${next()}`, description: "", eligibleCostsCents: 4_375_000, requestedGrantCents: 3_500_000, status: "draft", submittedOn: null, approval: null, proofOfUse: null, goalIds: [] }),
    qualityAssessment: (p) => ({ territoryId: p.town.id, assessedOn: "2024-01-01", prerequisites: { a: item, b: item, c: item, d: item, e: item, f: item, g: item }, stations: { leitbild: item, strategicSteering: item, implementation: item, reflection: item }, assessedBy: "Planungsgruppe" }),
  };
  /** An upload with one feature for the place's social area, taking effect in a year of its own. */
  const boundaryUpload = (p: Pick<Place, "town" | "socialArea">) => ({
    parentId: p.town.id,
    collection: { type: "FeatureCollection", features: [{ type: "Feature", properties: { name: p.socialArea.name }, geometry: square(7.3, 51.9) }] },
    validFrom: `${++boundaryYear}-01-01`,
    source: "Testdaten",
  });
  return { fresh, offer, observation, boundaryUpload };
}

const crudAggregates = [
  "territory", "youthOffice", "boundary", "lifePhase", "transition", "fieldOfAction", "actor", "offer", "leitbild", "goal", "indicator",
  "observation", "body", "meeting", "decision", "fundingProgramme", "fundingApplication", "qualityAssessment",
] as const;
type CrudAggregate = (typeof crudAggregates)[number];
/** Aggregates whose records are configuration: a youth office's own, or the platform defaults. */
const configurationAggregates = new Set<CrudAggregate>(["lifePhase", "transition", "fieldOfAction", "indicator", "fundingProgramme"]);

describe.each(testDatabases)("authorization matrix on $name", (database) => {
  let handle: DatabaseHandle;
  let world: World;
  let drivers: Record<string, Driver>;
  const callers = new Map<MatrixRole, Api>();

  const callerWith = (access: Access): Api => createCaller(createInnerContext({ db: handle.db, config, access, today: () => today }));
  const accessOf = async (name: string, assignments: RoleAssignment[]): Promise<Access> => {
    const account = await createAccount(handle.db, { name, email: `${name.toLowerCase().replaceAll(" ", ".")}@matrix.example`, password: null, assignments }, systemAccess(today));
    const principal = await loadPrincipal(handle.db, account.id);
    if (!principal) throw new Error(`${name}: Konto fehlt`);
    return accessFor(handle.db, principal, today, config.suppressionThreshold);
  };

  beforeAll(async () => {
    handle = await database.open();
    const sys = callerWith(systemAccess(today, "Matrix-Aufbau"));
    const county = (name: string, code: string) => sys.territory.create({ name, kind: "county", code, parentId: null, validFrom: "1975-01-01", validTo: null, population: 200_000 });
    // Each county runs the youth office that covers its towns.
    const withYouthOffice = async (record: Awaited<ReturnType<typeof county>>) => {
      const office = await sys.youthOffice.create({ name: `Jugendamt ${record.name}`, territoryId: record.id });
      const { id, version } = record;
      const fields = fieldsOf(record);
      await sys.territory.update({ id, expectedVersion: version, data: { ...fields, youthOfficeId: office.id } });
      return { county: record, office };
    };
    const { county: county1, office: office1 } = await withYouthOffice(await county("Kreis Eins", "01001"));
    const { county: county2, office: office2 } = await withYouthOffice(await county("Kreis Zwei", "02002"));
    const town = (name: string, code: string, parentId: string) => sys.territory.create({ name, kind: "town", code, parentId, validFrom: "1975-01-01", validTo: null, population: 20_000 });
    const towns = { A: await town("Stadt A", "01001001", county1.id), B: await town("Stadt B", "01001002", county1.id), C: await town("Stadt C", "02002001", county2.id) };
    const phaseA = await sys.lifePhase.create({ code: "kita-alter", name: { de: "Kita-Alter", en: "Nursery age" }, description: "", minAgeMonths: 36, maxAgeMonths: 72, order: 0 });
    const phaseB = await sys.lifePhase.create({ code: "grundschulalter", name: { de: "Grundschulalter", en: "Primary school age" }, description: "", minAgeMonths: 72, maxAgeMonths: 120, order: 1 });
    const transition = await sys.transition.create({ code: "UE2", name: { de: "Kita → Grundschule", en: "Nursery → primary school" }, description: "", fromLifePhaseId: phaseA.id, toLifePhaseId: phaseB.id, order: 0 });
    const field = await sys.fieldOfAction.create({ code: "bildung", name: { de: "Bildung", en: "Education" }, description: "" });
    const programme = await sys.fundingProgramme.create({ name: "Lückenschluss", funder: "Land NRW", description: "", fundingRate: 0.8, maxGrantCents: 3_500_000, applicationDeadline: null, financingType: "fixedAmount" });
    const indicator = (code: string, visibility: "public" | "internal") =>
      sys.indicator.create({ code, name: { de: `Indikator ${code}`, en: `Indicator ${code}` }, description: "", numerator: "Kinder in Kita", denominator: "Kinder", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "IT.NRW", spatialLevels: ["town"], periodType: "year", visibility, lifePhaseIds: [], fieldOfActionIds: [], suppressionThreshold: null });
    const shared = { county1, county2, phaseA, phaseB, transition, field, programme, indicatorPublic: await indicator("PUB", "public"), indicatorInternal: await indicator("INT", "internal") };
    const inputs = inputsFor(shared);
    const create = (aggregate: CrudAggregate, input: unknown) => procedureOf(sys, `${aggregate}.create`)(input) as Promise<Rec>;

    // The actors first: a provider editor of all three proposes the fixtures' offers.
    const actors = {} as Record<"A" | "B" | "C", Rec>;
    for (const key of ["A", "B", "C"] as const) {
      actors[key] = await sys.actor.create({
        name: `Familienzentrum ${key}`, shortName: null, kind: "freeProvider", description: "", territoryId: towns[key].id, website: null, email: null, phone: null, address: null,
        contactPersons: [
          { name: "Petra Öffentlich", role: "Leitung", email: null, phone: null, isPublic: true },
          { name: "Ina Intern", role: "Verwaltung", email: null, phone: null, isPublic: false },
        ],
      });
    }
    const proposer = callerWith(
      await accessOf("Paul Vorschlag", (["A", "B", "C"] as const).map((key) => ({ role: "providerEditor", territoryId: null, organisationId: actors[key].id }))),
    );

    const place = async (key: "A" | "B" | "C"): Promise<Place> => {
      const youthOffice = key === "C" ? office2 : office1;
      const ownPhase = (n: number) =>
        sys.lifePhase.create({ code: `eigene-phase-${next()}`, name: { de: `Phase ${n}`, en: `Phase ${n}` }, description: "", minAgeMonths: 12 * n, maxAgeMonths: 12 * n + 12, order: n, youthOfficeId: youthOffice.id });
      const at = { town: towns[key], actor: actors[key], youthOffice, ownPhases: [await ownPhase(1), await ownPhase(2)] as [Rec, Rec] };
      const body = await create("body", inputs.fresh.body!(at as never));
      const meeting = await create("meeting", inputs.fresh.meeting!({ ...at, body } as never));
      const full = { ...at, body, meeting };
      const small = { numerator: 1, denominator: 50, value: 2 };
      const socialArea = (await create("territory", inputs.fresh.territory!(full))) as Rec & { name: string };
      // A Leitbild version is adopted with its council decision on record.
      const decision = (await create("decision", inputs.fresh.decision!(full))) as Rec & { date: string };
      const council = await create("body", { ...(inputs.fresh.body!(at as never) as object), kind: "townCouncil" });
      const adoptedWith = (await create("decision", { ...(inputs.fresh.decision!({ ...full, body: council }) as object), meetingId: null })) as Rec & { date: string };
      return {
        ...full,
        socialArea,
        boundary: await create("boundary", inputs.fresh.boundary!({ ...full, socialArea })),
        offerPublished: await create("offer", inputs.offer(at, "active")),
        offerUnpublished: await create("offer", inputs.offer(at, "inactive")),
        leitbildAdopted: await create("leitbild", { ...(inputs.fresh.leitbild!(full) as object), status: "adopted", adoption: { ...adoption, date: adoptedWith.date, decisionId: adoptedWith.id } }),
        leitbildDraft: await create("leitbild", inputs.fresh.leitbild!(full)),
        goal: await create("goal", inputs.fresh.goal!(full)),
        observationPublic: await create("observation", inputs.observation(towns[key], shared.indicatorPublic, small, "2024")),
        observationInternal: await create("observation", inputs.observation(towns[key], shared.indicatorInternal, small, "2024")),
        decision,
        council,
        fundingApplication: await create("fundingApplication", inputs.fresh.fundingApplication!(full)),
        qualityAssessment: await create("qualityAssessment", inputs.fresh.qualityAssessment!(full)),
        proposal: await proposer.offerProposal.create({ offerId: null, expectedVersion: null, data: inputs.offer(at, "active") as never }),
        account: await createAccount(handle.db, { name: `Leserin ${key}`, email: `leserin.${key.toLowerCase()}@matrix.example`, password: null, assignments: [viewerOf(towns[key].id)] }, systemAccess(today)),
        providerAccount: await createAccount(handle.db, { name: `Anbieterin ${key}`, email: `anbieterin.${key.toLowerCase()}@matrix.example`, password: null, assignments: [providerOf(actors[key].id)] }, systemAccess(today)),
      };
    };
    world = { ...shared, places: { A: await place("A"), B: await place("B"), C: await place("C") } };

    callers.set("anonymous", callerWith(anonymousAccess(today, config.suppressionThreshold)));
    callers.set("viewer", callerWith(await accessOf("Vera Viewer", [viewerOf(towns.A.id)])));
    callers.set("providerEditor", callerWith(await accessOf("Pia Provider", [{ role: "providerEditor", territoryId: null, organisationId: actors.A.id }])));
    callers.set("townEditor", callerWith(await accessOf("Tom Town", [{ role: "townEditor", territoryId: towns.A.id, organisationId: null }])));
    callers.set("coordinator", callerWith(await accessOf("Cora Coordinator", [{ role: "coordinator", territoryId: county1.id, organisationId: null }])));
    callers.set("admin", callerWith(await accessOf("Ada Admin", [{ role: "admin", territoryId: null, organisationId: null }])));

    drivers = buildDrivers(sys, proposer, inputs);
  });
  afterAll(() => handle.close());

  /** The probes of the aggregates' read procedures, per variant. */
  function readProbes(): Record<CrudAggregate, Record<string, (place: Place) => Rec>> {
    const shared = (record: Rec) => ({ record: () => record });
    return {
      territory: { record: (p) => p.socialArea },
      youthOffice: { record: (p) => p.youthOffice },
      boundary: { record: (p) => p.boundary },
      lifePhase: shared(world.phaseA),
      transition: shared(world.transition),
      fieldOfAction: shared(world.field),
      actor: { record: (p) => p.actor },
      offer: { published: (p) => p.offerPublished, unpublished: (p) => p.offerUnpublished },
      leitbild: { adopted: (p) => p.leitbildAdopted, draft: (p) => p.leitbildDraft },
      goal: { record: (p) => p.goal },
      indicator: { public: () => world.indicatorPublic, internal: () => world.indicatorInternal },
      observation: { public: (p) => p.observationPublic, internal: (p) => p.observationInternal },
      body: { record: (p) => p.body },
      meeting: { record: (p) => p.meeting },
      decision: { record: (p) => p.decision },
      fundingProgramme: shared(world.programme),
      fundingApplication: { record: (p) => p.fundingApplication },
      qualityAssessment: { record: (p) => p.qualityAssessment },
    };
  }

  /** List filters that keep the probe on the first page. */
  const listFilter: Partial<Record<CrudAggregate, (place: Place) => object>> = {
    territory: (p) => ({ parentId: p.town.id }),
    boundary: (p) => ({ territoryId: p.socialArea.id }),
    actor: (p) => ({ territoryId: p.town.id }),
    goal: (p) => ({ territoryId: p.town.id }),
    observation: (p) => ({ territoryId: p.town.id }),
    meeting: (p) => ({ bodyId: p.body.id }),
    decision: (p) => ({ bodyId: p.body.id }),
  };

  /** How a record looks in its public view: contact persons who did not agree are left out, small counts suppressed. */
  const isPublicView: Partial<Record<CrudAggregate, (record: Record<string, unknown>) => boolean>> = {
    actor: (record) => !(record.contactPersons as { isPublic: boolean }[]).some((person) => !person.isPublic),
    observation: (record) => record.numerator === null && record.value === null,
  };

  function buildDrivers(sys: Api, proposer: Api, inputs: ReturnType<typeof inputsFor>): Record<string, Driver> {
    const result: Record<string, Driver> = {};
    const probes = readProbes();
    const single = (prepare: (api: Api, place: Place) => Promise<Case>): Driver => ({ variants: ["record"], prepare: (api, place) => prepare(api, place) });
    const freshRecord = (aggregate: CrudAggregate, place: Place, variant = "record") => {
      const input = inputs.fresh[aggregate]!(place, variant === "platformDefault");
      return { input, created: procedureOf(sys, `${aggregate}.create`)(input) as Promise<Rec> };
    };
    const itemsOf = (result: unknown) => (result as { items: { id: string }[] }).items;

    for (const aggregate of crudAggregates) {
      const variants = Object.keys(probes[aggregate]);
      const call = (api: Api, name: string, input?: unknown) => () => procedureOf(api, `${aggregate}.${name}`)(input);
      result[`${aggregate}.list`] = {
        variants,
        prepare: async (api, place, variant) => ({
          call: call(api, "list", { limit: 200, ...listFilter[aggregate]?.(place) }),
          probe: { id: probes[aggregate][variant]!(place).id, items: itemsOf, isPublicView: isPublicView[aggregate] },
        }),
      };
      result[`${aggregate}.get`] = {
        variants,
        prepare: async (api, place, variant) => {
          const id = probes[aggregate][variant]!(place).id;
          return { call: call(api, "get", { id }), probe: { id, items: (r) => [r as { id: string }], isPublicView: isPublicView[aggregate] } };
        },
      };
      // Configuration is probed as a youth office's own and as a platform default.
      const writeVariants = configurationAggregates.has(aggregate) ? ["record", "platformDefault"] : ["record"];
      const write = (prepare: (api: Api, place: Place, variant: string) => Promise<Case>): Driver => ({ variants: writeVariants, prepare });
      result[`${aggregate}.create`] = write(async (api, place, variant) => ({
        call: call(api, "create", inputs.fresh[aggregate]!(place, variant === "platformDefault")),
      }));
      result[`${aggregate}.update`] = write(async (api, place, variant) => {
        const { input, created } = freshRecord(aggregate, place, variant);
        const { id } = await created;
        return { call: call(api, "update", { id, expectedVersion: 1, data: input }) };
      });
      result[`${aggregate}.archive`] = write(async (api, place, variant) => {
        const { id } = await freshRecord(aggregate, place, variant).created;
        return { call: call(api, "archive", { id, expectedVersion: 1 }) };
      });
      result[`${aggregate}.restore`] = write(async (api, place, variant) => {
        const { id } = await freshRecord(aggregate, place, variant).created;
        await procedureOf(sys, `${aggregate}.archive`)({ id, expectedVersion: 1 });
        return { call: call(api, "restore", { id, expectedVersion: 2 }) };
      });
      result[`${aggregate}.delete`] = write(async (api, place, variant) => {
        const { id } = await freshRecord(aggregate, place, variant).created;
        return { call: call(api, "delete", { id, expectedVersion: 1 }) };
      });
    }

    result["goal.progress"] = single(async (api, place) => ({ call: () => api.goal.progress({ id: place.goal.id }) }));
    result["goal.cascadeProgress"] = single(async (api, place) => ({ call: () => api.goal.cascadeProgress({ territoryId: place.town.id }) }));
    result["lifePhase.forAge"] = single(async (api) => ({ call: () => api.lifePhase.forAge({ ageMonths: 40 }) }));
    result["lifePhase.forBirthDate"] = single(async (api) => ({ call: () => api.lifePhase.forBirthDate({ birthDate: "2023-01-01" }) }));
    result["coverage.analyse"] = single(async (api, place) => ({ call: () => api.coverage.analyse({ territoryId: place.town.id }) }));
    result["offer.search"] = {
      variants: ["published", "unpublished"],
      prepare: async (api, place, variant) => ({
        call: () => api.offer.search({ providerId: place.actor.id, includeUnpublished: true, limit: 200 }),
        probe: { id: (variant === "published" ? place.offerPublished : place.offerUnpublished).id, items: itemsOf },
      }),
    };
    result["offer.searchCards"] = {
      variants: ["published", "unpublished"],
      prepare: async (api, place, variant) => ({
        call: () => api.offer.searchCards({ providerId: place.actor.id, includeUnpublished: true, limit: 200 }),
        probe: { id: (variant === "published" ? place.offerPublished : place.offerUnpublished).id, items: itemsOf },
      }),
    };
    result["observation.publicSeries"] = {
      variants: ["public"],
      prepare: async (api, place) => ({
        call: () => api.observation.publicSeries({ indicatorId: world.indicatorPublic.id, territoryIds: [place.town.id] }),
        probe: { id: place.observationPublic.id, items: (r) => (r as { observations: { id: string }[] }).observations, isPublicView: isPublicView.observation },
      }),
    };

    // Reports are probed by the town's own value (its observation) or, for a committee, by a
    // funding application of the town submitted in the year.
    const cellsOf = (result: unknown) => {
      const { territory, children, references } = result as Record<"territory", { observationId: string | null }> & Record<"children" | "references", { observationId: string | null }[]>;
      return [territory, ...children, ...references].flatMap((cell) => (cell.observationId ? [{ ...cell, id: cell.observationId }] : []));
    };
    const reported = (place: Place, variant: string) =>
      variant === "internal" ? { indicatorId: world.indicatorInternal.id, observation: place.observationInternal } : { indicatorId: world.indicatorPublic.id, observation: place.observationPublic };
    result["report.indicatorValues"] = {
      variants: ["public", "internal"],
      prepare: async (api, place, variant) => {
        const { indicatorId, observation } = reported(place, variant);
        return {
          call: () => api.report.indicatorValues({ indicatorId, territoryId: place.town.id, period: "2024" }),
          probe: { id: observation.id, items: cellsOf, isPublicView: isPublicView.observation },
        };
      },
    };
    result["report.needVsSupply"] = {
      variants: ["public", "internal"],
      prepare: async (api, place, variant) => {
        const { indicatorId, observation } = reported(place, variant);
        return {
          call: () => api.report.needVsSupply({ territoryId: place.town.id, needIndicatorId: indicatorId, lifePhaseId: world.phaseA.id, period: "2024" }),
          probe: {
            id: observation.id,
            items: (r) => cellsOf({ territory: (r as { territory: { need: object } }).territory.need, children: (r as { children: { need: object }[] }).children.map((row) => row.need), references: [] }),
            isPublicView: isPublicView.observation,
          },
        };
      },
    };
    result["report.committeeBundle"] = {
      variants: ["keyIndicator", "funding"],
      prepare: async (api, place, variant) => {
        if (variant === "keyIndicator") {
          return {
            call: () => api.report.committeeBundle({ territoryId: place.town.id, year: 2024, indicatorIds: [world.indicatorPublic.id] }),
            probe: { id: place.observationPublic.id, items: (r) => (r as { keyIndicators: unknown[] }).keyIndicators.flatMap(cellsOf), isPublicView: isPublicView.observation },
          };
        }
        const application = await sys.fundingApplication.create({ ...(inputs.fresh.fundingApplication!(place) as object), status: "submitted", submittedOn: "2024-03-01" } as never);
        return {
          call: () => api.report.committeeBundle({ territoryId: place.town.id, year: 2024 }),
          probe: {
            id: application.id,
            // The report gives sums per programme, not applications: the application counts for a
            // role when its programme's sums of the year count an application. Every application this
            // probe submits lies in the same town, programme and year, so a role reads all or none.
            items: (r) => {
              const funding = (r as { funding: { visible: boolean; programmes?: { programme: { id: string }; applied: { count: number } }[] } }).funding;
              const counted = funding.visible && (funding.programmes ?? []).some((entry) => entry.programme.id === application.programmeId && entry.applied.count > 0);
              return counted ? [{ id: application.id }] : [];
            },
          },
        };
      },
    };

    result["territory.boundaries"] = single(async (api, place) => ({ call: () => api.territory.boundaries({ parentId: place.town.id }) }));
    result["territory.previewBoundaryImport"] = single(async (api, place) => ({ call: () => api.territory.previewBoundaryImport(inputs.boundaryUpload(place) as never) }));
    result["territory.importBoundaries"] = single(async (api, place) => ({ call: () => api.territory.importBoundaries(inputs.boundaryUpload(place) as never) }));
    result["youthOffice.adoptDefaults"] = single(async (api, place) => ({ call: () => api.youthOffice.adoptDefaults({ id: place.youthOffice.id }) }));

    // Adopting a Leitbild: a fresh draft of the place and a fresh decision of its council.
    result["leitbild.adopt"] = single(async (api, place) => {
      const draft = await sys.leitbild.create(inputs.fresh.leitbild!(place) as never);
      const decision = await sys.decision.create({ ...(inputs.fresh.decision!({ ...place, body: place.council }) as object), meetingId: null } as never);
      return { call: () => api.leitbild.adopt({ id: draft.id, expectedVersion: draft.version, decisionId: decision.id }) };
    });
    // The funding lifecycle: each step on a fresh application of the place, brought to the step's starting point.
    const fundingStages = ["draft", "submitted", "approved", "inProgress", "proofSubmitted"] as const;
    const applicationAt = async (place: Place, stage: (typeof fundingStages)[number]): Promise<Rec> => {
      let application: Rec = await sys.fundingApplication.create(inputs.fresh.fundingApplication!(place) as never);
      const steps = [
        (a: Rec) => sys.fundingApplication.submit({ id: a.id, expectedVersion: a.version, submittedOn: "2024-01-10" }),
        (a: Rec) => sys.fundingApplication.recordNotice({ id: a.id, expectedVersion: a.version, noticeDate: "2024-03-01", grantCents: 3_500_000, proofOfUseDueOn: "2025-06-30" }),
        (a: Rec) => sys.fundingApplication.recordSpending({ id: a.id, expectedVersion: a.version, spentOn: "2024-06-01", amountCents: 100_000 }),
        (a: Rec) => sys.fundingApplication.submitProofOfUse({ id: a.id, expectedVersion: a.version, submittedOn: "2025-01-31" }),
      ];
      for (const step of steps.slice(0, fundingStages.indexOf(stage))) application = await step(application);
      return application;
    };
    const fundingStep = (stage: (typeof fundingStages)[number], call: (api: Api, a: Rec) => Promise<unknown>): Driver =>
      single(async (api, place) => {
        const application = await applicationAt(place, stage);
        return { call: () => call(api, application) };
      });
    result["fundingApplication.submit"] = fundingStep("draft", (api, a) => api.fundingApplication.submit({ id: a.id, expectedVersion: a.version, submittedOn: "2024-01-10" }));
    result["fundingApplication.recordNotice"] = fundingStep("submitted", (api, a) =>
      api.fundingApplication.recordNotice({ id: a.id, expectedVersion: a.version, noticeDate: "2024-03-01", grantCents: 3_500_000, proofOfUseDueOn: "2025-06-30" }),
    );
    result["fundingApplication.reject"] = fundingStep("submitted", (api, a) => api.fundingApplication.reject({ id: a.id, expectedVersion: a.version, noticeDate: "2024-03-01", reason: "Mittel ausgeschöpft" }));
    result["fundingApplication.recordSpending"] = fundingStep("approved", (api, a) => api.fundingApplication.recordSpending({ id: a.id, expectedVersion: a.version, spentOn: "2024-06-01", amountCents: 100_000 }));
    result["fundingApplication.submitProofOfUse"] = fundingStep("inProgress", (api, a) => api.fundingApplication.submitProofOfUse({ id: a.id, expectedVersion: a.version, submittedOn: "2025-01-31" }));
    result["fundingApplication.close"] = fundingStep("proofSubmitted", (api, a) => api.fundingApplication.close({ id: a.id, expectedVersion: a.version, closedOn: "2025-03-01" }));

    // Imports of the place's offers and indicator values: a file with one row for the place's
    // town. A successful call must also import cleanly, or the probe would pass on row problems.
    const offerFile = async (place: Place) => {
      const [town, actor] = await Promise.all([sys.territory.get({ id: place.town.id }), sys.actor.get({ id: place.actor.id })]);
      return ["Titel;Anbieter;Gebietsschlüssel;Alter von (Monate);Alter bis (Monate, ausschließlich);Kostenfrei;Sprachen;E-Mail;Handlungsfelder;Zielgruppen", `Importiertes Angebot ${next()};${actor.name};${town.code ?? ""};36;72;ja;de;import@matrix.example;bildung;Kinder`].join("\n");
    };
    const observationFile = async (place: Place) => {
      const town = await sys.territory.get({ id: place.town.id });
      return ["Indikator;Gebietsschlüssel;Zeitraum;Zähler;Nenner;Quelle;Stand", `INT;${town.code ?? ""};${++year};40;50;IT.NRW;2025-06-30`].join("\n");
    };
    const cleanly = async (imported: Promise<{ problems: unknown[] }>) => {
      const result = await imported;
      if (result.problems.length > 0) throw new Error(`Matrix: Import mit Problemen: ${JSON.stringify(result.problems)}`);
      return result;
    };
    result["exchange.previewOfferImport"] = single(async (api, place) => {
      const content = await offerFile(place);
      return { call: () => cleanly(api.exchange.previewOfferImport({ content, format: "csv" })) };
    });
    result["exchange.importOffers"] = single(async (api, place) => {
      const content = await offerFile(place);
      return { call: () => cleanly(api.exchange.importOffers({ content, format: "csv" })) };
    });
    result["exchange.previewObservationImport"] = single(async (api, place) => {
      const content = await observationFile(place);
      return { call: () => cleanly(api.exchange.previewObservationImport({ content })) };
    });
    result["exchange.importObservations"] = single(async (api, place) => {
      const content = await observationFile(place);
      return { call: () => cleanly(api.exchange.importObservations({ content })) };
    });

    result["audit.list"] = single(async (api) => ({ call: () => api.audit.list({ limit: 1 }) }));
    result["feedback.list"] = single(async (api) => ({ call: () => api.feedback.list({ limit: 1 }) }));
    result["dashboard.attention"] = single(async (api) => ({ call: () => api.dashboard.attention() }));

    const newPerson = (assignments: RoleAssignment[]) => {
      const n = next();
      return { name: `Person ${n}`, email: `person.${n}@matrix.example`, password: null, assignments };
    };
    result["account.me"] = single(async (api) => ({ call: () => api.account.me() }));
    // Roles of a place: a viewer of its town, or a provider editor of its actor.
    const roleIn = (place: Place, variant: string): RoleAssignment =>
      variant === "adminRole" ? { role: "admin", territoryId: null, organisationId: null } : variant === "providerRole" ? providerOf(place.actor.id) : viewerOf(place.town.id);
    const roleVariants = ["viewerRole", "providerRole"];
    result["account.list"] = {
      variants: roleVariants,
      prepare: async (api, place, variant) => ({
        call: () => api.account.list(),
        probe: { id: (variant === "providerRole" ? place.providerAccount : place.account).id, items: (r) => r as { id: string }[] },
      }),
    };
    result["account.create"] = {
      variants: [...roleVariants, "adminRole", "noRoles"],
      prepare: async (api, place, variant) => ({
        call: () => api.account.create(newPerson(variant === "noRoles" ? [] : [roleIn(place, variant)])),
      }),
    };
    result["account.assignRole"] = {
      variants: [...roleVariants, "adminRole"],
      prepare: async (api, place, variant) => {
        const person = await createAccount(handle.db, newPerson([]), systemAccess(today));
        return { call: () => api.account.assignRole({ userId: person.id, assignment: roleIn(place, variant) }) };
      },
    };
    result["account.revokeRole"] = {
      variants: roleVariants,
      prepare: async (api, place, variant) => {
        const person = await createAccount(handle.db, newPerson([roleIn(place, variant)]), systemAccess(today));
        return { call: () => api.account.revokeRole({ assignmentId: person.assignments[0]!.id }) };
      },
    };

    const freshProposal = (place: Place) => proposer.offerProposal.create({ offerId: null, expectedVersion: null, data: inputs.offer(place, "active") as never });
    result["offerProposal.create"] = single(async (api, place) => ({
      call: () => api.offerProposal.create({ offerId: null, expectedVersion: null, data: inputs.offer(place, "active") as never }),
    }));
    result["offerProposal.list"] = single(async (api, place) => ({
      call: () => api.offerProposal.list({ providerId: place.actor.id, limit: 200 }),
      probe: { id: place.proposal.id, items: itemsOf },
    }));
    result["offerProposal.get"] = single(async (api, place) => ({
      call: () => api.offerProposal.get({ id: place.proposal.id }),
      probe: { id: place.proposal.id, items: (r) => [r as { id: string }] },
    }));
    result["offerProposal.approve"] = single(async (api, place) => {
      const { id } = await freshProposal(place);
      return { call: () => api.offerProposal.approve({ id, expectedVersion: 1 }) };
    });
    result["offerProposal.reject"] = single(async (api, place) => {
      const { id } = await freshProposal(place);
      return { call: () => api.offerProposal.reject({ id, expectedVersion: 1, reason: "Passt nicht zum Bedarf." }) };
    });
    result["offerProposal.withdraw"] = single(async (api, place) => {
      const { id } = await freshProposal(place);
      return { call: () => api.offerProposal.withdraw({ id, expectedVersion: 1 }) };
    });
    return result;
  }

  /** "own" is town A (the provider editor's organisation); "other" town B, for the coordinator county 2's town C. */
  const placeFor = (role: MatrixRole, scope: MatrixScope): Place =>
    scope === "own" ? world.places.A : role === "coordinator" ? world.places.C : world.places.B;

  /** What the caller got: an outcome, the code of a refusal, or any other error in full. */
  async function observe(testCase: Case): Promise<string> {
    let result: unknown;
    try {
      result = await testCase.call();
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      return error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN" ? error.code : `${error.code} (${error.message})`;
    }
    const probe = testCase.probe;
    if (!probe) return "allow";
    const record = probe.items(result).find((entry) => entry.id === probe.id);
    if (!record) return "hidden";
    return probe.isPublicView?.(record as Record<string, unknown>) ? "public" : "allow";
  }

  const expected = (role: MatrixRole, outcome: Outcome): string => (outcome !== "deny" ? outcome : role === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");

  it("has an entry for every procedure of the router, and none for procedures that do not exist", () => {
    const missing = procedures.filter((path) => !(path in authorizationMatrix));
    const unknown = Object.keys(authorizationMatrix).filter((path) => !procedures.includes(path));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  it("knows how to call every procedure with each variant of the table", () => {
    const problems = procedures.flatMap((path) => {
      const driver = drivers[path];
      if (!driver) return [`${path}: keine Aufrufvorschrift im Test`];
      const variants = Object.keys(authorizationMatrix[path] ?? {});
      return variants.filter((variant) => !driver.variants.includes(variant)).map((variant) => `${path}: Variante „${variant}“ unbekannt`);
    });
    expect(problems).toEqual([]);
  });

  it("lists only known deviations that still point at the table", () => {
    const stale = knownDeviations.filter((deviation) => !authorizationMatrix[deviation.procedure]?.[deviation.variant]);
    expect(stale).toEqual([]);
  });

  it.each(procedures)("%s answers every role as the table says", async (path) => {
    const expectation = authorizationMatrix[path];
    const driver = drivers[path];
    if (!expectation || !driver) throw new Error(`${path}: kein Eintrag in der Matrix oder keine Aufrufvorschrift`);
    const mismatches: string[] = [];
    for (const [variant, outcomes] of Object.entries(expectation)) {
      for (const role of matrixRoles) {
        for (const scope of matrixScopes) {
          const testCase = await driver.prepare(callers.get(role)!, placeFor(role, scope), variant);
          const got = await observe(testCase);
          const deviation = knownDeviations.find(
            (d) => d.procedure === path && d.variant === variant && d.roles.includes(role) && d.scopes.includes(scope),
          );
          const want = deviation ? deviation.actual : expected(role, outcomes[role][scope]);
          if (got !== want) {
            const note = deviation ? ` (bekannte Abweichung, Regel: ${expected(role, outcomes[role][scope])})` : "";
            mismatches.push(`${path} [${variant}] ${role}/${scope}: erwartet ${want}${note}, erhalten ${got}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  describe("scope edges the own/other table does not show", () => {
    const codeOf = async (promise: Promise<unknown>) =>
      promise.then(
        () => "OK",
        (error: unknown) => (error instanceof TRPCError ? error.code : Promise.reject(error)),
      );
    const guiding = (territoryId: string) => ({ territoryId, level: "guiding" as const, parentId: null, title: `Leitziel ${next()}`, description: "", responsibleActorIds: [], indicatorIds: [], baseline: null, target: null, status: "planned" as const, lifePhaseIds: [], fieldOfActionIds: [] });
    let towns = 900;
    const newTown = (parentId: string) => ({ name: `Ort ${next()}`, kind: "town" as const, code: `01001${++towns}`, parentId, validFrom: "2020-01-01", validTo: null, population: null });
    const newCounty = () => ({ name: `Kreis ${next()}`, kind: "county" as const, code: "09999", parentId: null, validFrom: "2020-01-01", validTo: null, population: null });

    it("lets a town editor write in its town and social areas, not in its county nor create towns", async () => {
      const editor = callers.get("townEditor")!;
      expect(await codeOf(editor.goal.create(guiding(world.places.A.town.id)))).toBe("OK");
      expect(await codeOf(editor.goal.create(guiding(world.places.A.socialArea.id)))).toBe("OK");
      expect(await codeOf(editor.goal.create(guiding(world.county1.id)))).toBe("FORBIDDEN");
      expect(await codeOf(editor.territory.create(newTown(world.county1.id)))).toBe("FORBIDDEN");
    });

    it("lets a coordinator create towns in its county, but no county and nothing in another county", async () => {
      const coordinator = callers.get("coordinator")!;
      expect(await codeOf(coordinator.goal.create(guiding(world.county1.id)))).toBe("OK");
      expect(await codeOf(coordinator.goal.create(guiding(world.places.B.town.id)))).toBe("OK");
      expect(await codeOf(coordinator.territory.create(newTown(world.county1.id)))).toBe("OK");
      expect(await codeOf(coordinator.territory.create(newCounty()))).toBe("FORBIDDEN");
      expect(await codeOf(coordinator.goal.create(guiding(world.county2.id)))).toBe("FORBIDDEN");
    });

    it("keeps the county's internal data from a viewer of one of its towns", async () => {
      const sys = callerWith(systemAccess(today));
      const application = await sys.fundingApplication.create({
        programmeId: world.programme.id, territoryId: world.county1.id, title: "Kreisweiter Antrag", description: "", eligibleCostsCents: 100_000, requestedGrantCents: 50_000,
        status: "draft", submittedOn: null, approval: null, proofOfUse: null, goalIds: [],
      });
      expect(await codeOf(callers.get("viewer")!.fundingApplication.get({ id: application.id }))).toBe("FORBIDDEN");
      expect(await codeOf(callers.get("coordinator")!.fundingApplication.get({ id: application.id }))).toBe("OK");
    });
  });
});
