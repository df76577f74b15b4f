import { type ActorInput, defaultLifePhases, type OfferInput, type OfferSchedule, type Weekday } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Access } from "../../auth/access.js";
import type { Database } from "../../db/types.js";
import { actorAggregate } from "../../repositories/actor.js";
import { insertMany } from "../../repositories/bulk.js";
import { offerAggregate } from "../../repositories/offer.js";
import { type Random, seededRandom } from "../random.js";
import type { Axes } from "./indicators.js";
import type { GeneratedTown } from "./territories.js";
import { DESCRIPTION_ENDINGS, OFFER_KINDS, type OfferKind, OTHER_LANGUAGES, PROVIDER_KINDS, STREETS, TITLE_ADDITIONS } from "./words.js";

/** What the offer step needs to know. */
export interface OfferOptions {
  offers: number;
  /** Providers in all; at least two per town. */
  actors: number;
  access: Access;
  onProgress: (step: string, done: number, total: number) => void;
}

/** Offers per insertMany call: one transaction and one audit entry each. */
const OFFER_CHUNK = 5_000;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/**
 * A name as a domain label, for invented addresses under the reserved domain `.example`.
 *
 * @example
 * slug("AWO Ortsverein Dülmen"); // "awo-ortsverein-duelmen"
 */
export function slug(text: string): string {
  return text
    .toLocaleLowerCase("de")
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** An invented five-digit postal code in the range NRW uses (32… to 59…), fixed per town. */
function postalCode(town: GeneratedTown): string {
  return String(32_000 + Math.floor(seededRandom(`plz|${town.input.code}`)() * 27_999));
}

/**
 * Splits `total` over the towns roughly by inhabitants (dampened, so small towns get a few
 * more than their share), at least `minimum` each; exact by largest remainders.
 *
 * @example
 * allocate(towns, 50_000, 1).reduce((a, b) => a + b, 0); // 50000
 */
export function allocate(towns: readonly GeneratedTown[], total: number, minimum: number): number[] {
  const base = Math.min(minimum, Math.floor(total / Math.max(1, towns.length)));
  const rest = total - base * towns.length;
  const weights = towns.map((t) => Math.pow(Math.max(1, t.input.population ?? 1), 0.85));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = exact.map((e) => base + Math.floor(e));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (missing <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    missing -= 1;
  }
  return counts;
}

function actorFor(town: GeneratedTown, n: number): ActorInput {
  const random = seededRandom(`akteur|${town.input.code}|${n}`);
  const provider = PROVIDER_KINDS[n % PROVIDER_KINDS.length] ?? pick(random, PROVIDER_KINDS);
  const name = provider.name(town.shortName, (list) => pick(random, list));
  const domain = `${slug(name)}.example`;
  return {
    name,
    shortName: provider.shortName,
    kind: provider.kind,
    description: provider.description,
    territoryId: town.id,
    website: `https://www.${domain}/`,
    email: `kontakt@${domain}`,
    phone: `0${2000 + Math.floor(random() * 7999)} ${100000 + Math.floor(random() * 899999)}`,
    address: { street: `${pick(random, STREETS)} ${1 + Math.floor(random() * 120)}`, postalCode: postalCode(town), city: town.shortName },
    contactPersons: [],
  };
}

const WEEKDAYS: readonly Weekday[] = ["MO", "TU", "WE", "TH", "FR"];
const SLOTS: readonly [string, string][] = [["09:00", "11:00"], ["09:30", "11:30"], ["10:00", "12:00"], ["14:00", "16:00"], ["15:00", "17:00"], ["16:30", "18:00"], ["18:00", "20:00"]];

function schedules(random: Random): OfferSchedule[] {
  const count = Math.floor(random() * 3);
  const days = [...WEEKDAYS].sort(() => random() - 0.5).slice(0, count);
  return days.map((day) => {
    const [opensAt, closesAt] = pick(random, SLOTS);
    return { freq: "WEEKLY", byDay: [day], opensAt, closesAt, description: null };
  });
}

function languages(random: Random): string[] {
  const extra = random() < 0.45 ? Math.ceil(random() * 3) : 0;
  return ["de", ...[...OTHER_LANGUAGES].sort(() => random() - 0.5).slice(0, extra)];
}

/** The default life phases an age range overlaps (upper bounds exclusive). */
function phasesFor(kind: OfferKind, axes: Axes): string[] {
  const [min, max] = kind.ages;
  return defaultLifePhases
    .filter((phase) => phase.minAgeMonths < (max ?? Number.POSITIVE_INFINITY) && min < phase.maxAgeMonths)
    .flatMap((phase) => axes.lifePhases.get(phase.code)?.id ?? []);
}

interface Provider {
  id: string;
  input: ActorInput;
}

function offerFor(town: GeneratedTown, n: number, providers: readonly Provider[], axes: Axes): OfferInput {
  const random = seededRandom(`angebot|${town.input.code}|${n}`);
  const kind = pick(random, OFFER_KINDS);
  const fitting = providers.filter((p) => kind.providers.includes(p.input.kind));
  const provider = pick(random, fitting.length > 0 ? fitting : providers);
  // Most offers serve the whole town; some only one social area, named in the title.
  const area = town.socialAreas.length > 0 && random() < 0.2 ? pick(random, town.socialAreas) : null;
  const place = area ? area.input.name : town.shortName;
  const forParents = kind.groups.includes("parents") || kind.groups.includes("singleParents");
  const addition = pick(random, TITLE_ADDITIONS.filter((a) => forParents || !a.parentsOnly)).text;
  const paid = random() < kind.paidShare;
  const offerLanguages = languages(random);
  return {
    title: `${kind.title}${addition} in ${place}`,
    shortTitle: null,
    description:
      `${kind.description} Ein Angebot von ${provider.input.name} für Familien in ${place}. ` +
      `${offerLanguages.length > 1 ? "Beratung auch in weiteren Sprachen. " : ""}${pick(random, DESCRIPTION_ENDINGS)}`,
    providerId: provider.id,
    territoryIds: [area ? area.id : town.id],
    locations:
      random() < 0.9 && provider.input.address
        ? [{ name: provider.input.name, address: provider.input.address, accessibility: { wheelchairAccessible: random() < 0.7 ? random() < 0.75 : null, description: null }, coordinates: null }]
        : [],
    schedules: schedules(random),
    languages: offerLanguages,
    cost: paid
      ? { free: false, amountCents: random() < 0.8 ? pick(random, [300, 500, 1_000, 2_500, 4_500, 6_000, 8_500]) : null, description: "Ermäßigung mit Familienpass oder über Bildung und Teilhabe" }
      : { free: true, amountCents: null, description: null },
    minAgeMonths: kind.ages[0],
    maxAgeMonths: kind.ages[1],
    eligibility: kind.level === "selective" ? "Für Familien in besonderen Lebenslagen; eine Vermittlung ist nicht nötig." : "",
    contact: { name: provider.input.name, email: provider.input.email, phone: provider.input.phone, url: null },
    status: "active",
    visibleFrom: null,
    visibleTo: null,
    lifePhaseIds: phasesFor(kind, axes),
    transitionIds: (kind.transitions ?? []).flatMap((code) => axes.transitions.get(code)?.id ?? []),
    fieldOfActionIds: kind.fields.flatMap((code) => axes.fields.get(code)?.id ?? []),
    targetGroups: [...kind.groups],
    preventionLevel: kind.level,
    goalIds: [],
    translations: {},
  };
}

/**
 * Providers (actors) in every town, then `offers` offers spread over the towns roughly by
 * inhabitants, at least one per town: titles and descriptions from the word lists plus the town's
 * name, so that full-text search finds realistic hits ("Hebammensprechstunde in Dülmen").
 *
 * References are checked in bulk by `insertMany` (one query per referenced table and call).
 *
 * @example
 * const { offers } = await generateOffers(trx, territories.towns, axes, { offers: 50_000, actors: 3_333, access, onProgress });
 */
export async function generateOffers(
  db: Kysely<Database>,
  towns: readonly GeneratedTown[],
  axes: Axes,
  options: OfferOptions,
): Promise<{ actors: number; offers: number }> {
  const actorCounts = allocate(towns, Math.max(options.actors, towns.length * 2), 2);
  const actorInputs = towns.flatMap((town, t) => Array.from({ length: actorCounts[t] ?? 2 }, (_, n) => actorFor(town, n)));
  const actorIds = await insertMany(db, actorAggregate, actorInputs, {
    access: options.access,
    onProgress: (done, total) => options.onProgress("Akteure", done, total),
  });
  const providersByTown = new Map<string, Provider[]>();
  for (const [i, id] of actorIds.entries()) {
    const input = actorInputs[i] as ActorInput;
    const list = providersByTown.get(input.territoryId) ?? [];
    list.push({ id, input });
    providersByTown.set(input.territoryId, list);
  }

  const offerCounts = allocate(towns, options.offers, 1);
  let written = 0;
  let buffer: OfferInput[] = [];
  const flush = async () => {
    const rows = buffer;
    buffer = [];
    const before = written;
    await insertMany(db, offerAggregate, rows, {
      access: options.access,
      batchSize: 500,
      onProgress: (done) => options.onProgress("Angebote", before + done, options.offers),
    });
    written += rows.length;
  };
  for (const [t, town] of towns.entries()) {
    const providers = providersByTown.get(town.id) ?? [];
    for (let n = 0; n < (offerCounts[t] ?? 0); n += 1) buffer.push(offerFor(town, n, providers, axes));
    if (buffer.length >= OFFER_CHUNK) await flush();
  }
  if (buffer.length > 0) await flush();
  return { actors: actorIds.length, offers: written };
}
