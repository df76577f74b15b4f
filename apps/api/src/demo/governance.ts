import type {
  AgendaItem,
  BodyInput,
  BodyKind,
  BodyMember,
  DecisionInput,
  DecisionOutcome,
  DecisionSubject,
  FundingApplicationInput,
  LeitbildVersionInput,
  MeetingInput,
  MeetingStatus,
} from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { bodyAggregate, decisionAggregate, meetingAggregate } from "../repositories/governance.js";
import type { ActorKey, SeededActors } from "./actors.js";
import type { SeededGoals } from "./goals.js";
import { insert } from "./insert.js";
import { type SeededTerritories, TOWNS, type TownKey } from "./territories.js";

/*
 * Governance of the Kreis Coesfeld pattern (council papers SV-9-1082 and SV-9-1217): a steering
 * group chaired by the Landrat, a planning group with one representative per town led by the
 * Kommunale Koordinierung, the youth welfare committee with its planning sub-committee, the
 * Kreistag and the mayors' conference. Members are functions, never private persons. The
 * meetings and decisions of 2018 follow the papers; later ones are demo data.
 */

type BodyKey =
  | "steuerungsgruppe"
  | "planungsgruppe"
  | "koordinierung"
  | "jugendhilfeausschuss"
  | "unterausschuss"
  | "kreistag"
  | "buergermeisterkonferenz"
  | "entwicklungskonferenz";

interface MemberRow {
  name: string;
  role: string;
  organisation?: ActorKey;
  represents?: TownKey;
}

interface BodyRow {
  key: BodyKey;
  name: string;
  kind: BodyKind;
  description: string;
  parent?: BodyKey;
  members: readonly MemberRow[];
}

const KREISHAUS_SAAL = "Kreishaus Coesfeld, Großer Sitzungssaal";

function townRepresentatives(role: string, name: (town: string) => string): MemberRow[] {
  return TOWNS.map((t) => ({
    name: name(t.name),
    role,
    represents: t.key,
    ...(t.key === "coesfeld" ? { organisation: "jugendamtCoesfeld" as const } : {}),
    ...(t.key === "duelmen" ? { organisation: "jugendamtDuelmen" as const } : {}),
  }));
}

const BODIES: readonly BodyRow[] = [
  {
    key: "steuerungsgruppe",
    name: "Steuerungsgruppe Kommunale Präventionskette",
    kind: "steeringGroup",
    description: "Gremium auf Leitungsebene: beschließt Ziele und Maßnahmen und steuert den Prozess. Vorsitz: der Landrat; Geschäftsführung: Kommunale Koordinierung.",
    members: [
      { name: "Landrat des Kreises Coesfeld", role: "Vorsitz" },
      { name: "Dezernat Jugend, Schule und Gesundheit", role: "Stellvertretender Vorsitz" },
      { name: "Leitung des Kreisjugendamts", role: "Mitglied", organisation: "kreisJugendamt" },
      { name: "Leitung des Jugendamts Coesfeld", role: "Mitglied", organisation: "jugendamtCoesfeld", represents: "coesfeld" },
      { name: "Leitung des Jugendamts Dülmen", role: "Mitglied", organisation: "jugendamtDuelmen", represents: "duelmen" },
      { name: "Leitung des Gesundheitsamts", role: "Mitglied", organisation: "gesundheitsamt" },
      { name: "Leitung des Kommunalen Integrationszentrums", role: "Mitglied", organisation: "integrationszentrum" },
      { name: "Geschäftsführung des Jobcenters", role: "Mitglied", organisation: "jobcenter" },
      { name: "Schulaufsicht Grundschulen", role: "Mitglied", organisation: "schulamt" },
      { name: "Sprecher der Arbeitsgemeinschaft der freien Wohlfahrtspflege", role: "Mitglied", organisation: "caritasCoesfeld" },
      { name: "Kommunale Koordinierung", role: "Geschäftsführung", organisation: "koordinierung" },
    ],
  },
  {
    key: "planungsgruppe",
    name: "Planungsgruppe Präventionskette",
    kind: "planningGroup",
    description: "Gremium auf Fachkräfteebene unter Leitung der Kommunalen Koordinierung; seit dem Beschluss zu SV-9-1217 mit je einer Vertretung aus jeder kreisangehörigen Kommune.",
    parent: "steuerungsgruppe",
    members: [
      { name: "Kommunale Koordinierung", role: "Leitung", organisation: "koordinierung" },
      ...townRepresentatives("Vertretung der Kommune", (town) => `Vertretung ${town}`),
      { name: "Fachplanung Gesundheit", role: "Mitglied", organisation: "gesundheitsamt" },
      { name: "Kommunales Integrationszentrum", role: "Mitglied", organisation: "integrationszentrum" },
      { name: "Kreisgruppe der Hebammen", role: "Mitglied", organisation: "hebammen" },
      { name: "Frühförderstelle", role: "Mitglied", organisation: "fruehfoerderung" },
      { name: "AWO", role: "Mitglied", organisation: "awo" },
      { name: "Caritas", role: "Mitglied", organisation: "caritasCoesfeld" },
      { name: "Diakonie", role: "Mitglied", organisation: "diakonie" },
    ],
  },
  {
    key: "koordinierung",
    name: "Kommunale Koordinierung Präventionskette",
    kind: "coordinationOffice",
    description: "Koordinierungsstelle im Kreisjugendamt; zu 50 % aus Landesmitteln gefördert.",
    parent: "steuerungsgruppe",
    members: [{ name: "Kommunale Koordinierung", role: "Koordination", organisation: "koordinierung" }],
  },
  {
    key: "jugendhilfeausschuss",
    name: "Jugendhilfeausschuss des Kreises Coesfeld",
    kind: "youthWelfareCommittee",
    description: "Ausschuss nach § 71 SGB VIII; entscheidet über die Jugendhilfeplanung und bereitet Beschlüsse des Kreistags vor.",
    members: [
      { name: "Vorsitz (Mitglied des Kreistags)", role: "Vorsitz" },
      { name: "Stimmberechtigte Mitglieder aus dem Kreistag", role: "Mitglieder" },
      { name: "Vertretungen der freien Träger der Jugendhilfe", role: "Stimmberechtigte Mitglieder" },
      { name: "Leitung des Kreisjugendamts", role: "Beratendes Mitglied", organisation: "kreisJugendamt" },
    ],
  },
  {
    key: "unterausschuss",
    name: "Unterausschuss Jugendhilfeplanung",
    kind: "youthWelfarePlanningSubcommittee",
    description: "Seit Juni 2018 mit der Beratung zu den Kommunalen Präventionsketten beauftragt.",
    parent: "jugendhilfeausschuss",
    members: [
      { name: "Vorsitz (Mitglied des Jugendhilfeausschusses)", role: "Vorsitz" },
      { name: "Jugendhilfeplanung des Kreises", role: "Geschäftsführung", organisation: "kreisJugendamt" },
    ],
  },
  {
    key: "kreistag",
    name: "Kreistag Coesfeld",
    kind: "countyCouncil",
    description: "Vertretung der Bürgerinnen und Bürger des Kreises; beschließt das Präventionsleitbild.",
    members: [{ name: "Landrat des Kreises Coesfeld", role: "Vorsitz" }],
  },
  {
    key: "buergermeisterkonferenz",
    name: "Bürgermeisterkonferenz Kreis Coesfeld",
    kind: "mayorsConference",
    description: "Regelmäßiger Austausch des Landrats mit den Verwaltungsleitungen der elf Städte und Gemeinden.",
    members: [
      { name: "Landrat des Kreises Coesfeld", role: "Vorsitz" },
      ...townRepresentatives("Verwaltungsleitung", (town) => `Bürgermeisteramt ${town}`),
    ],
  },
  {
    key: "entwicklungskonferenz",
    name: "Entwicklungskonferenz Prävention – Integration – Bildung",
    kind: "developmentConference",
    description: "Gemeinsame Konferenz von Präventionskette, Kommunalem Integrationszentrum und Kreissportbund für alle Akteure im Kreis.",
    parent: "steuerungsgruppe",
    members: [
      { name: "Kommunale Koordinierung", role: "Organisation", organisation: "koordinierung" },
      { name: "Kommunales Integrationszentrum", role: "Organisation", organisation: "integrationszentrum" },
      { name: "Kreissportbund", role: "Organisation", organisation: "kreissportbund" },
    ],
  },
];

type MeetingKey =
  | "jha2018Juni"
  | "entwicklungskonferenz2018"
  | "steuerung2018"
  | "jha2018November"
  | "bmk2018"
  | "kreistag2018"
  | "steuerung2021"
  | "planung2024"
  | "planung2026"
  | "steuerung2027";

interface MeetingRow {
  key: MeetingKey;
  body: BodyKey;
  title: string;
  date: string;
  location: string | null;
  status: MeetingStatus;
  agenda: readonly AgendaItem[];
}

const MEETINGS: readonly MeetingRow[] = [
  {
    key: "jha2018Juni",
    body: "jugendhilfeausschuss",
    title: "Sitzung des Jugendhilfeausschusses",
    date: "2018-06-12",
    location: KREISHAUS_SAAL,
    status: "held",
    agenda: [
      { number: "1", title: "Eröffnung und Feststellung der Beschlussfähigkeit" },
      { number: "4", title: "Sachstand „Kommunale Präventionsketten“ (SV-9-1082)" },
      { number: "4.1", title: "Fördermittel des Landes zum Lückenschluss der Präventionskette" },
      { number: "9", title: "Mitteilungen der Verwaltung" },
    ],
  },
  {
    key: "entwicklungskonferenz2018",
    body: "entwicklungskonferenz",
    title: "Entwicklungskonferenz „Prävention – Integration – Bildung: gemeinsam in Bewegung“",
    date: "2018-09-27",
    location: "Bürgerhalle Coesfeld",
    status: "held",
    agenda: [
      { number: "1", title: "Begrüßung durch den Landrat" },
      { number: "2", title: "Vorbericht: Unterstützungsangebote entlang der Lebensbiographie von der Geburt bis zum Berufseintritt" },
      { number: "3", title: "Werkstätten zu Werten, Haltung und Zusammenarbeit" },
      { number: "4", title: "Ergebnisse und nächste Schritte" },
    ],
  },
  {
    key: "steuerung2018",
    body: "steuerungsgruppe",
    title: "8. Sitzung der Steuerungsgruppe",
    date: "2018-10-16",
    location: "Kreishaus Coesfeld, Raum 104",
    status: "held",
    agenda: [
      { number: "1", title: "Präventionsleitbild: abschließende Fassung" },
      { number: "2", title: "Strategische Ziele und Zielsystem" },
      { number: "3", title: "Erweiterung der Planungsgruppe um je eine Vertretung der Kommunen" },
    ],
  },
  {
    key: "jha2018November",
    body: "jugendhilfeausschuss",
    title: "Sitzung des Jugendhilfeausschusses",
    date: "2018-11-27",
    location: KREISHAUS_SAAL,
    status: "held",
    agenda: [
      { number: "1", title: "Eröffnung und Feststellung der Beschlussfähigkeit" },
      { number: "5", title: "Kommunale Präventionsketten: Leitbild und strategische Ziele (SV-9-1217)" },
      { number: "6", title: "Bericht zum Gespräch im MKFFI am 26.11.2018 über die Fortführung der Landesinitiative" },
    ],
  },
  {
    key: "bmk2018",
    body: "buergermeisterkonferenz",
    title: "Bürgermeisterkonferenz",
    date: "2018-12-03",
    location: "Kreishaus Coesfeld, Landratsbüro",
    status: "held",
    agenda: [{ number: "3", title: "Präventionsleitbild: Verankerung in den Städten und Gemeinden und weiteres Verfahren" }],
  },
  {
    key: "kreistag2018",
    body: "kreistag",
    title: "Sitzung des Kreistags",
    date: "2018-12-19",
    location: KREISHAUS_SAAL,
    status: "held",
    agenda: [
      { number: "1", title: "Eröffnung der Sitzung" },
      { number: "7", title: "Kommunale Präventionsketten: Leitbild und strategische Ziele (SV-9-1217)" },
    ],
  },
  {
    key: "steuerung2021",
    body: "steuerungsgruppe",
    title: "Sitzung der Steuerungsgruppe",
    date: "2021-03-23",
    location: "Videokonferenz",
    status: "held",
    agenda: [
      { number: "1", title: "Handlungsziele und Maßnahmen des Zielsystems" },
      { number: "2", title: "Sozialräumliches Präventionsmonitoring: erster Kennzahlenbericht" },
    ],
  },
  {
    key: "planung2024",
    body: "planungsgruppe",
    title: "Sitzung der Planungsgruppe",
    date: "2024-11-20",
    location: "Kreishaus Coesfeld, Raum 104",
    status: "held",
    agenda: [
      { number: "1", title: "Selbstbewertung nach dem Qualitätsrahmen Kommunale Gesamtstrategie" },
      { number: "2", title: "Angebotslandkarte: Lücken und mögliche Doppelstrukturen" },
    ],
  },
  {
    key: "planung2026",
    body: "planungsgruppe",
    title: "Sitzung der Planungsgruppe",
    date: "2026-09-15",
    location: "Rathaus Lüdinghausen",
    status: "held",
    agenda: [
      { number: "1", title: "Entwurf Präventionsleitbild 2.0: Erweiterung bis zum Übergang in den Beruf" },
      { number: "2", title: "Sportangebote für junge Menschen in Rosendahl und Nordkirchen" },
    ],
  },
  {
    key: "steuerung2027",
    body: "steuerungsgruppe",
    title: "Sitzung der Steuerungsgruppe",
    date: "2027-02-16",
    location: "Kreishaus Coesfeld, Raum 104",
    status: "planned",
    agenda: [
      { number: "1", title: "Präventionsleitbild 2.0: Beratung des Entwurfs" },
      { number: "2", title: "Fortschreibung der Handlungsziele" },
    ],
  },
];

interface DecisionRow {
  key: string;
  body: BodyKey;
  meeting: MeetingKey;
  paperNumber: string | null;
  title: string;
  text: string;
  outcome: DecisionOutcome;
  subjects: (records: SubjectRecords) => DecisionSubject[];
}

interface SubjectRecords {
  leitbild: Stored<LeitbildVersionInput>;
  goals: SeededGoals;
  fundingApplication: Stored<FundingApplicationInput>;
}

const strategicGoals = ({ goals }: SubjectRecords): DecisionSubject[] =>
  [goals.leitziel, goals.szZugaenge, goals.szEntwicklung, goals.szUebergaenge].map((g) => ({ type: "goal", id: g.id }));

const DECISIONS: readonly DecisionRow[] = [
  {
    key: "sachstand",
    body: "jugendhilfeausschuss",
    meeting: "jha2018Juni",
    paperNumber: "SV-9-1082",
    title: "Sachstand „Kommunale Präventionsketten“",
    text: "Der Bericht der Verwaltung wird zur Kenntnis genommen, einschließlich des fristgerecht eingereichten und bewilligten Förderantrags zum Lückenschluss.",
    outcome: "noted",
    subjects: ({ fundingApplication }) => [{ type: "fundingApplication", id: fundingApplication.id }],
  },
  {
    key: "unterausschuss",
    body: "jugendhilfeausschuss",
    meeting: "jha2018Juni",
    paperNumber: "SV-9-1082",
    title: "Beauftragung des Unterausschusses Jugendhilfeplanung",
    text: "Der Unterausschuss Jugendhilfeplanung wird mit der Beratung zu den Kommunalen Präventionsketten beauftragt.",
    outcome: "adopted",
    subjects: () => [],
  },
  {
    key: "planungsgruppe",
    body: "steuerungsgruppe",
    meeting: "steuerung2018",
    paperNumber: null,
    title: "Erweiterung der Planungsgruppe",
    text: "Die Planungsgruppe wird unter Leitung der Kommunalen Koordinierung um je eine Vertretung aus jeder kreisangehörigen Kommune erweitert.",
    outcome: "adopted",
    subjects: () => [],
  },
  {
    key: "empfehlungJha",
    body: "jugendhilfeausschuss",
    meeting: "jha2018November",
    paperNumber: "SV-9-1217",
    title: "Kommunale Präventionsketten: Leitbild und strategische Ziele – Empfehlung an den Kreistag",
    text: "Der Jugendhilfeausschuss empfiehlt dem Kreistag, dem vorliegenden Präventionsleitbild und den strategischen Zielen zuzustimmen.",
    outcome: "adopted",
    subjects: (records) => [{ type: "leitbildVersion", id: records.leitbild.id }, ...strategicGoals(records)],
  },
  {
    key: "leitbildKreistag",
    body: "kreistag",
    meeting: "kreistag2018",
    paperNumber: "SV-9-1217",
    title: "Kommunale Präventionsketten: Leitbild und strategische Ziele",
    text:
      "1. Dem vorliegenden Präventionsleitbild und den strategischen Zielen wird zugestimmt.\n2. Die Kommunale Koordinierung wird beauftragt, die bisherigen Aktivitäten zum Auf- und Ausbau der Kommunalen Präventionskette im Kreis Coesfeld unter Einbezug der relevanten Abteilungen des Kreises (Jugend, Bildung, Gesundheit, Soziales und Integration) und der kreisangehörigen Kommunen fortzuführen und weiterzuentwickeln.",
    outcome: "adopted",
    subjects: (records) => [{ type: "leitbildVersion", id: records.leitbild.id }, ...strategicGoals(records)],
  },
  {
    key: "handlungsziele",
    body: "steuerungsgruppe",
    meeting: "steuerung2021",
    paperNumber: null,
    title: "Handlungsziele und Maßnahmen des Zielsystems",
    text: "Die Steuerungsgruppe beschließt die Handlungsziele mit Zielwerten und Kennzahlen sowie die zugeordneten Maßnahmen und Verantwortlichkeiten.",
    outcome: "adopted",
    subjects: ({ goals }) =>
      [goals.hzWillkommen, goals.hzU3, goals.hzVorsorge, goals.hzSprache, goals.hzBewegung, goals.hzSchwimmen, goals.hzUe3, goals.hzAbschluss].map(
        (g) => ({ type: "goal", id: g.id }),
      ),
  },
];

/** The stored governance records and the Kreistag decision that adopts the Leitbild. */
export interface SeededGovernance {
  bodies: Record<BodyKey, Stored<BodyInput>>;
  meetings: Record<MeetingKey, Stored<MeetingInput>>;
  decisions: Stored<DecisionInput>[];
  leitbildAdoption: Stored<DecisionInput>;
}

/** Stores bodies, meetings and decisions; decisions point to the Leitbild, goals and funding application they concern. */
export async function seedGovernance(
  db: Kysely<Database>,
  context: { territories: SeededTerritories; actors: SeededActors } & SubjectRecords,
): Promise<SeededGovernance> {
  const { territories, actors } = context;
  const bodies = {} as Record<BodyKey, Stored<BodyInput>>;
  for (const row of BODIES) {
    const members: BodyMember[] = row.members.map((m) => ({
      name: m.name,
      role: m.role,
      organisationId: m.organisation ? actors[m.organisation].id : null,
      representsTerritoryId: m.represents ? territories.towns[m.represents].id : null,
    }));
    bodies[row.key] = await insert(db, bodyAggregate, {
      territoryId: territories.county.id,
      name: row.name,
      kind: row.kind,
      description: row.description,
      members,
      parentBodyId: row.parent ? bodies[row.parent].id : null,
    });
  }

  const meetings = {} as Record<MeetingKey, Stored<MeetingInput>>;
  for (const row of MEETINGS) {
    meetings[row.key] = await insert(db, meetingAggregate, {
      bodyId: bodies[row.body].id,
      title: row.title,
      date: row.date,
      location: row.location,
      agenda: [...row.agenda],
      status: row.status,
    });
  }

  const decisions: Stored<DecisionInput>[] = [];
  let leitbildAdoption: Stored<DecisionInput> | undefined;
  for (const row of DECISIONS) {
    const meeting = meetings[row.meeting];
    const decision = await insert(db, decisionAggregate, {
      bodyId: bodies[row.body].id,
      meetingId: meeting.id,
      date: meeting.date,
      paperNumber: row.paperNumber,
      title: row.title,
      text: row.text,
      outcome: row.outcome,
      subjects: row.subjects(context),
    });
    decisions.push(decision);
    if (row.key === "leitbildKreistag") leitbildAdoption = decision;
  }
  if (!leitbildAdoption) throw new Error("Demodaten: Der Kreistagsbeschluss zum Leitbild fehlt.");
  return { bodies, meetings, decisions, leitbildAdoption };
}
