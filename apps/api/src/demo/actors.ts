import type { ActorInput, ActorKind, ContactPerson } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { actorAggregate } from "../repositories/actor.js";
import { insert } from "./insert.js";
import { type SeededTerritories, type TownKey, townRow } from "./territories.js";

/*
 * Demo actors of the Verantwortungsgemeinschaft in Kreis Coesfeld. Names follow the usual
 * kinds of organisations; every address, e-mail and web address is invented and uses the
 * reserved top-level domain `.example`, so nothing reaches a real mailbox. Contact persons are
 * role mailboxes or obviously fictitious people (Musterfrau, Beispiel), most of them not public.
 */

interface ActorRow {
  key: string;
  name: string;
  shortName: string | null;
  kind: ActorKind;
  description: string;
  /** Home territory: the county or a town. */
  home: TownKey | "kreis";
  domain: string;
  mailbox: string;
  street: string;
  /** Town of the address; defaults to the home town (Coesfeld for the county). */
  addressTown?: TownKey;
  contactPersons?: readonly ContactPerson[];
}

const role = (name: string, email: string): ContactPerson => ({ name, role: name, email, phone: null, isPublic: true });

export const ACTORS = [
  {
    key: "kreisJugendamt",
    name: "Kreis Coesfeld – Jugendamt",
    shortName: "Kreisjugendamt",
    kind: "publicBody",
    description:
      "Jugendamt des Kreises für Ascheberg, Billerbeck, Havixbeck, Lüdinghausen, Nordkirchen, Nottuln, Olfen, Rosendahl und Senden: Frühe Hilfen, Kindertagesbetreuung, Allgemeiner Sozialer Dienst, Jugendarbeit und Jugendhilfeplanung.",
    home: "kreis",
    domain: "kreis-coesfeld.example",
    mailbox: "jugendamt",
    street: "Friedrich-Ebert-Straße 7",
    contactPersons: [
      role("Koordinationsstelle Frühe Hilfen", "fruehehilfen@kreis-coesfeld.example"),
      { name: "Erika Musterfrau (fiktiv)", role: "Jugendhilfeplanung", email: "jugendhilfeplanung@kreis-coesfeld.example", phone: null, isPublic: false },
    ],
  },
  {
    key: "koordinierung",
    name: "Kommunale Koordinierung Präventionskette Kreis Coesfeld",
    shortName: "Kommunale Koordinierung",
    kind: "publicBody",
    description:
      "Koordiniert den Auf- und Ausbau der Präventionskette, leitet die Planungsgruppe, führt die Geschäfte der Steuerungsgruppe und betreut das sozialräumliche Präventionsmonitoring.",
    home: "kreis",
    domain: "kreis-coesfeld.example",
    mailbox: "praeventionskette",
    street: "Friedrich-Ebert-Straße 7",
    contactPersons: [
      role("Kommunale Koordinierung", "praeventionskette@kreis-coesfeld.example"),
      { name: "Anna Beispiel (fiktiv)", role: "Koordinatorin Präventionskette", email: "praeventionskette@kreis-coesfeld.example", phone: null, isPublic: false },
    ],
  },
  {
    key: "jugendamtCoesfeld",
    name: "Stadt Coesfeld – Jugendamt",
    shortName: "Jugendamt Coesfeld",
    kind: "publicBody",
    description: "Eigenes Jugendamt der Stadt Coesfeld: Frühe Hilfen, Kita-Planung, Jugendförderung und Familienbüro.",
    home: "coesfeld",
    domain: "coesfeld.example",
    mailbox: "jugendamt",
    street: "Markt 8",
    contactPersons: [role("Familienbüro Coesfeld", "familienbuero@coesfeld.example")],
  },
  {
    key: "jugendamtDuelmen",
    name: "Stadt Dülmen – Jugendamt",
    shortName: "Jugendamt Dülmen",
    kind: "publicBody",
    description: "Eigenes Jugendamt der Stadt Dülmen mit Frühen Hilfen, Kindertagespflegebüro und Familiengrundschulzentren.",
    home: "duelmen",
    domain: "duelmen.example",
    mailbox: "jugendamt",
    street: "Markt 1",
    contactPersons: [role("Frühe Hilfen Dülmen", "fruehehilfen@duelmen.example")],
  },
  {
    key: "gesundheitsamt",
    name: "Kreis Coesfeld – Gesundheitsamt",
    shortName: "Gesundheitsamt",
    kind: "publicBody",
    description: "Kinder- und Jugendgesundheitsdienst: Schuleingangsuntersuchung, Zahnprophylaxe, Impfberatung und Gesundheitsberichterstattung.",
    home: "kreis",
    domain: "kreis-coesfeld.example",
    mailbox: "kjgd",
    street: "Schützenwall 18",
  },
  {
    key: "integrationszentrum",
    name: "Kommunales Integrationszentrum Kreis Coesfeld",
    shortName: "KI Kreis Coesfeld",
    kind: "publicBody",
    description: "Integration durch Bildung: Rucksack KiTa, Griffbereit, Seiteneinstiegsberatung, Sprach- und Kulturmittlung.",
    home: "kreis",
    domain: "kreis-coesfeld.example",
    mailbox: "ki",
    street: "Friedrich-Ebert-Straße 7",
  },
  {
    key: "jobcenter",
    name: "Jobcenter Kreis Coesfeld",
    shortName: "Jobcenter",
    kind: "publicBody",
    description: "Grundsicherung für Arbeitsuchende (SGB II), Leistungen für Bildung und Teilhabe, U25-Team.",
    home: "kreis",
    domain: "jobcenter-coesfeld.example",
    mailbox: "u25",
    street: "Borkener Straße 13",
  },
  {
    key: "schulamt",
    name: "Schulamt für den Kreis Coesfeld",
    shortName: "Schulamt",
    kind: "publicBody",
    description: "Untere Schulaufsicht für die Grundschulen; Schulpsychologische Beratungsstelle; Übergang Grundschule – weiterführende Schule.",
    home: "kreis",
    domain: "kreis-coesfeld.example",
    mailbox: "schulamt",
    street: "Friedrich-Ebert-Straße 7",
  },
  {
    key: "kaoa",
    name: "Kommunale Koordinierungsstelle Kein Abschluss ohne Anschluss (KAoA) Kreis Coesfeld",
    shortName: "KoKo KAoA",
    kind: "publicBody",
    description: "Koordiniert die Standardelemente der Berufs- und Studienorientierung ab Klasse 8 an allen weiterführenden Schulen.",
    home: "kreis",
    domain: "kreis-coesfeld.example",
    mailbox: "kaoa",
    street: "Friedrich-Ebert-Straße 7",
  },
  {
    key: "jugendberufsagentur",
    name: "Jugendberufsagentur Kreis Coesfeld",
    shortName: "JBA",
    kind: "network",
    description: "Bündnis von Agentur für Arbeit, Jobcenter, Jugendämtern und Schulen: Beratung für junge Menschen unter 25 unter einem Dach.",
    home: "kreis",
    domain: "jba-coesfeld.example",
    mailbox: "kontakt",
    street: "Borkener Straße 13",
  },
  {
    key: "awo",
    name: "Arbeiterwohlfahrt im Kreis Coesfeld",
    shortName: "AWO",
    kind: "freeProvider",
    description: "Freier Träger von Kitas, Familienzentren, Offenen Ganztagsschulen, Jugendtreffs und Beratungsangeboten.",
    home: "kreis",
    domain: "awo-coesfeld.example",
    mailbox: "familie",
    street: "Kapellenweg 4",
    addressTown: "duelmen",
  },
  {
    key: "caritasCoesfeld",
    name: "Caritasverband für den Kreis Coesfeld",
    shortName: "Caritas Coesfeld",
    kind: "freeProvider",
    description: "Erziehungs- und Familienberatung, Schwangerschaftsberatung, Schulsozialarbeit, Suchtprävention und Migrationsberatung.",
    home: "kreis",
    domain: "caritas-coesfeld.example",
    mailbox: "beratung",
    street: "Osterwicker Straße 12",
  },
  {
    key: "caritasDuelmen",
    name: "Caritasverband Dülmen",
    shortName: "Caritas Dülmen",
    kind: "freeProvider",
    description: "Familienberatung, offene Jugendarbeit und Elternangebote in Dülmen.",
    home: "duelmen",
    domain: "caritas-duelmen.example",
    mailbox: "familie",
    street: "Lüdinghauser Straße 9",
  },
  {
    key: "diakonie",
    name: "Diakonie im Kirchenkreis Coesfeld",
    shortName: "Diakonie",
    kind: "freeProvider",
    description: "Schwangerschafts(konflikt)beratung, Jugendmigrationsdienst, Beratung für Alleinerziehende, Familienzentren.",
    home: "kreis",
    domain: "diakonie-coesfeld.example",
    mailbox: "beratung",
    street: "Am Walkenbrückentor 3",
  },
  {
    key: "drk",
    name: "DRK-Kreisverband Coesfeld",
    shortName: "DRK",
    kind: "freeProvider",
    description: "Schwimmausbildung, Offene Ganztagsschulen, Jugendrotkreuz und Familienbildung.",
    home: "kreis",
    domain: "drk-coesfeld.example",
    mailbox: "familie",
    street: "Dülmener Straße 21",
  },
  {
    key: "johanniter",
    name: "Johanniter im Kreis Coesfeld",
    shortName: "Johanniter",
    kind: "freeProvider",
    description: "Offener Jugendtreff, Schulbegleitung und Erste-Hilfe-Kurse am Kind.",
    home: "luedinghausen",
    domain: "johanniter-coesfeld.example",
    mailbox: "jugend",
    street: "Seppenrader Straße 5",
  },
  {
    key: "fbsCoesfeld",
    name: "Familienbildungsstätte Coesfeld",
    shortName: "FBS Coesfeld",
    kind: "freeProvider",
    description: "Kurse rund um Geburt, Eltern-Kind-Gruppen, PEKiP, Babyschwimmen und Elternbildung.",
    home: "coesfeld",
    domain: "fbs-coesfeld.example",
    mailbox: "anmeldung",
    street: "Bahnhofstraße 20",
  },
  {
    key: "fbsDuelmen",
    name: "Familienbildungsstätte Dülmen",
    shortName: "FBS Dülmen",
    kind: "freeProvider",
    description: "Familienbildung im Süden des Kreises: Rückbildung, Krabbelgruppen, Elternkurse.",
    home: "duelmen",
    domain: "fbs-duelmen.example",
    mailbox: "anmeldung",
    street: "Overbergplatz 2",
  },
  {
    key: "hebammen",
    name: "Hebammen im Kreis Coesfeld (Kreisgruppe im Landesverband der Hebammen NRW)",
    shortName: "Hebammen-Kreisgruppe",
    kind: "association",
    description: "Zusammenschluss der freiberuflichen Hebammen im Kreis; vermittelt Hebammenhilfe und bietet offene Sprechstunden an.",
    home: "kreis",
    domain: "hebammen-coesfeld.example",
    mailbox: "vermittlung",
    street: "Letter Straße 30",
  },
  {
    key: "kinderaerzte",
    name: "Kinder- und Jugendärztinnen und -ärzte im Kreis Coesfeld",
    shortName: "Kinderärzte",
    kind: "healthcare",
    description: "Obleute der niedergelassenen Kinder- und Jugendarztpraxen; Partner für U-Untersuchungen und Impfungen.",
    home: "kreis",
    domain: "kinderaerzte-coesfeld.example",
    mailbox: "obleute",
    street: "Bernhard-von-Galen-Straße 10",
  },
  {
    key: "geburtsklinik",
    name: "Geburtsklinik Coesfeld",
    shortName: null,
    kind: "healthcare",
    description: "Geburtshilfliche Abteilung mit Babylotsinnen-Programm für den Kreis.",
    home: "coesfeld",
    domain: "geburtsklinik-coesfeld.example",
    mailbox: "babylotsin",
    street: "Südring 41",
  },
  {
    key: "fruehfoerderung",
    name: "Interdisziplinäre Frühförderstelle im Kreis Coesfeld",
    shortName: "Frühförderstelle",
    kind: "healthcare",
    description: "Heilpädagogische und therapeutische Förderung von Kindern mit Entwicklungsverzögerungen von der Geburt bis zur Einschulung.",
    home: "kreis",
    domain: "fruehfoerderung-coesfeld.example",
    mailbox: "anmeldung",
    street: "Mühlenstraße 15",
    addressTown: "luedinghausen",
  },
  {
    key: "netzwerkFrueheHilfen",
    name: "Netzwerk Frühe Hilfen Kreis Coesfeld",
    shortName: "Netzwerk Frühe Hilfen",
    kind: "network",
    description: "Netzwerk von Jugendhilfe, Gesundheitswesen, Hebammen, Beratungsstellen und Familienzentren nach dem Bundeskinderschutzgesetz.",
    home: "kreis",
    domain: "kreis-coesfeld.example",
    mailbox: "netzwerk-fruehe-hilfen",
    street: "Friedrich-Ebert-Straße 7",
  },
  {
    key: "kreissportbund",
    name: "Kreissportbund Coesfeld",
    shortName: "KSB",
    kind: "association",
    description: "Dachverband der Sportvereine: Bewegungskindergärten, Schwimmförderung, Sporthelfer-Ausbildung.",
    home: "kreis",
    domain: "ksb-coesfeld.example",
    mailbox: "sportjugend",
    street: "Holtwicker Straße 6",
  },
  {
    key: "sportDuelmen",
    name: "Sportgemeinschaft Dülmen-Nord (Demoverein)",
    shortName: "SG Dülmen-Nord",
    kind: "association",
    description: "Breitensportverein mit Schwimm-, Fußball- und Fitnessabteilung.",
    home: "duelmen",
    domain: "sg-duelmen.example",
    mailbox: "jugend",
    street: "Am Sportpark 1",
  },
  {
    key: "sportLuedinghausen",
    name: "Turn- und Sportverein Lüdinghausen (Demoverein)",
    shortName: "TuS Lüdinghausen",
    kind: "association",
    description: "Turnen, Handball und Leichtathletik für alle Altersgruppen.",
    home: "luedinghausen",
    domain: "tus-luedinghausen.example",
    mailbox: "jugend",
    street: "Tüllinghofer Straße 40",
  },
  {
    key: "sportBaumberge",
    name: "Sportfreunde Baumberge (Demoverein)",
    shortName: "SF Baumberge",
    kind: "association",
    description: "Kletter-, Lauf- und Turnangebote in Nottuln und Havixbeck.",
    home: "nottuln",
    domain: "sf-baumberge.example",
    mailbox: "info",
    street: "Stiftsplatz 3",
  },
  {
    key: "schwimmvereinOlfen",
    name: "Schwimmverein Olfen (Demoverein)",
    shortName: "SV Olfen",
    kind: "association",
    description: "Schwimmausbildung und Eltern-Kind-Turnen in Olfen.",
    home: "olfen",
    domain: "sv-olfen.example",
    mailbox: "info",
    street: "Zur Geest 2",
  },
  {
    key: "familienzentrumLamberti",
    name: "Familienzentrum St. Lamberti",
    shortName: null,
    kind: "freeProvider",
    description: "Katholisches Familienzentrum im Verbund dreier Kitas in der Coesfelder Innenstadt.",
    home: "coesfeld",
    domain: "fz-lamberti.example",
    mailbox: "leitung",
    street: "Lambertiplatz 5",
  },
  {
    key: "familienzentrumSenden",
    name: "Familienzentrum Kinderhaus Regenbogen",
    shortName: null,
    kind: "freeProvider",
    description: "Familienzentrum NRW in Senden mit Elterncafé und Beratungssprechstunden.",
    home: "senden",
    domain: "fz-regenbogen-senden.example",
    mailbox: "leitung",
    street: "Münsterstraße 28",
  },
  {
    key: "familienzentrumRosendahl",
    name: "Familienzentrum Osterwick",
    shortName: null,
    kind: "freeProvider",
    description: "Familienzentrum in Rosendahl-Osterwick für alle drei Ortsteile.",
    home: "rosendahl",
    domain: "fz-osterwick.example",
    mailbox: "leitung",
    street: "Fabianstraße 4",
  },
  {
    key: "familienpaten",
    name: "Familienpatenschaften Baumberge (Ehrenamtsinitiative)",
    shortName: "Familienpaten",
    kind: "volunteerInitiative",
    description: "Ehrenamtliche begleiten Familien mit kleinen Kindern und Grundschulkindern im Alltag.",
    home: "havixbeck",
    domain: "familienpaten-baumberge.example",
    mailbox: "kontakt",
    street: "Schulstraße 10",
  },
  {
    key: "stadtOlfen",
    name: "Stadt Olfen – Familienbüro",
    shortName: "Familienbüro Olfen",
    kind: "publicBody",
    description: "Anlaufstelle der Stadt für Familien; Träger des künftigen Familiengrundschulzentrums.",
    home: "olfen",
    domain: "olfen.example",
    mailbox: "familienbuero",
    street: "Kirchstraße 5",
  },
  {
    key: "gemeindeNordkirchen",
    name: "Gemeinde Nordkirchen – Jugend und Familie",
    shortName: "Gemeinde Nordkirchen",
    kind: "publicBody",
    description: "Jugendraum, Ferienprogramm und Familienangebote der Gemeinde.",
    home: "nordkirchen",
    domain: "nordkirchen.example",
    mailbox: "jugend",
    street: "Bohlenstraße 2",
  },
] as const satisfies readonly ActorRow[];

/** Key of a demo actor, e.g. `"kreisJugendamt"`. */
export type ActorKey = (typeof ACTORS)[number]["key"];

/** The actors as stored, by key. */
export type SeededActors = Record<ActorKey, Stored<ActorInput>>;

/** Stores the demo actors; each belongs to the county or to its town. */
export async function seedActors(db: Kysely<Database>, territories: SeededTerritories): Promise<SeededActors> {
  const actors = {} as SeededActors;
  for (const row of ACTORS as readonly ActorRow[]) {
    const home = row.home === "kreis" ? territories.county : territories.towns[row.home];
    const addressTown = townRow(row.addressTown ?? (row.home === "kreis" ? "coesfeld" : row.home));
    actors[row.key as ActorKey] = await insert(db, actorAggregate, {
      name: row.name,
      shortName: row.shortName,
      kind: row.kind,
      description: row.description,
      territoryId: home.id,
      website: `https://www.${row.domain}/`,
      email: `${row.mailbox}@${row.domain}`,
      phone: null,
      address: { street: row.street, postalCode: addressTown.postalCode, city: addressTown.name },
      contactPersons: [...(row.contactPersons ?? [])],
    });
  }
  return actors;
}
