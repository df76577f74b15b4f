import { type GoalInput, type GoalLevel, type GoalStatus, roundRate, validateGoalCascade } from "@praeventionskette/domain";
import type { Kysely } from "kysely";
import type { Database } from "../db/types.js";
import type { Stored } from "../repositories/aggregate.js";
import { goalAggregate } from "../repositories/goal.js";
import type { ActorKey, SeededActors } from "./actors.js";
import type { IndicatorCode, SeededIndicators } from "./indicators.js";
import { insert } from "./insert.js";
import type { FieldCode, PhaseCode, SeededAxes } from "./life-phases.js";
import type { SeededTerritories } from "./territories.js";

/*
 * The goal cascade of Kreis Coesfeld: the guiding goal and the three strategic goals adopted
 * with paper SV-9-1217 (information and access for young families; linguistic, social and
 * emotional development; institutional transitions up to the end of primary school), then
 * SMART action goals measured by indicators of the monitoring, and the measures below them.
 * Baselines are the county's first demo value of the linked indicator.
 */

interface GoalRow {
  key: string;
  level: GoalLevel;
  parent: string | null;
  title: string;
  description: string;
  responsible: readonly ActorKey[];
  status: GoalStatus;
  phases: readonly PhaseCode[];
  fields: readonly FieldCode[];
  /** Action goals: the indicator, its target value and date; the baseline comes from the data. */
  measuredBy?: { indicator: IndicatorCode; target: number; targetDate: string };
}

const youthOffices = ["kreisJugendamt", "jugendamtCoesfeld", "jugendamtDuelmen"] as const;

export const GOALS = [
  {
    key: "leitziel",
    level: "guiding",
    parent: null,
    title: "Alle Kinder im Kreis Coesfeld wachsen gesund auf und haben faire Chancen auf Bildung und Teilhabe",
    description:
      "Alle Familien werden bereits in der Lebensphase rund um die Geburt und in den ersten Lebensjahren des Kindes sowie im Vorfeld krisenhafter Entwicklungen erreicht und unterstützt. Ressourcen werden gebündelt, Parallelstrukturen vermieden und Wirkungen nachgewiesen.",
    responsible: ["koordinierung", ...youthOffices],
    status: "inProgress",
    phases: ["schwangerschaft", "fruehe-kindheit", "kita-alter", "grundschulalter"],
    fields: [],
  },
  {
    key: "szZugaenge",
    level: "strategic",
    parent: "leitziel",
    title: "Zugänge verbessern: Familien mit kleinen Kindern kennen die Präventionsangebote und finden leicht hinein",
    description:
      "Informationen über Angebote werden systematisch weitergegeben, damit Familien mit Kindern in den ersten Lebensjahren frühzeitig und ohne Hürden Zugang zu präventiven Angeboten finden.",
    responsible: [...youthOffices, "netzwerkFrueheHilfen", "gesundheitsamt"],
    status: "inProgress",
    phases: ["schwangerschaft", "fruehe-kindheit"],
    fields: ["jugend", "gesundheit"],
  },
  {
    key: "szEntwicklung",
    level: "strategic",
    parent: "leitziel",
    title: "Entwicklung stärken: Die sprachliche, soziale und emotionale Persönlichkeitsentwicklung wird von Anfang an gefördert",
    description: "Kinder erhalten in Familie, Kindertagesbetreuung und Grundschule Anregungen für Sprache, Bewegung und soziales Miteinander.",
    responsible: ["integrationszentrum", "kreisJugendamt", "gesundheitsamt", "kreissportbund"],
    status: "inProgress",
    phases: ["fruehe-kindheit", "kita-alter", "grundschulalter"],
    fields: ["bildung", "gesundheit", "integration", "sport"],
  },
  {
    key: "szUebergaenge",
    level: "strategic",
    parent: "leitziel",
    title: "Übergänge gestalten: Institutionelle Übergänge bis zum Ende der Grundschulzeit gelingen",
    description:
      "Der Weg von der Familie in die Kindertagesbetreuung, von der Kita in die Grundschule und in die weiterführende Schule wird gemeinsam von abgebender und aufnehmender Stelle begleitet.",
    responsible: ["schulamt", ...youthOffices],
    status: "inProgress",
    phases: ["kita-alter", "grundschulalter", "sekundarstufe-1"],
    fields: ["bildung", "jugend"],
  },

  // Action goals (Handlungsziele) below "Zugänge verbessern"
  {
    key: "hzWillkommen",
    level: "action",
    parent: "szZugaenge",
    title: "Bis Ende 2026 erhalten mindestens 95 % der Familien mit Neugeborenen einen Willkommensbesuch",
    description: "Gemessen an der Reichweite der Willkommensbesuche (P1) in allen elf Städten und Gemeinden.",
    responsible: [...youthOffices],
    status: "inProgress",
    phases: ["schwangerschaft", "fruehe-kindheit"],
    fields: ["jugend"],
    measuredBy: { indicator: "P1", target: 95, targetDate: "2026-12-31" },
  },
  {
    key: "hzU3",
    level: "action",
    parent: "szZugaenge",
    title: "Die Betreuungsquote für Kinder unter drei Jahren steigt bis März 2027 auf 48 %",
    description: "Ausbau von Kita-Plätzen und Kindertagespflege, vor allem in den kleineren Gemeinden.",
    responsible: [...youthOffices],
    status: "inProgress",
    phases: ["fruehe-kindheit"],
    fields: ["bildung", "jugend"],
    measuredBy: { indicator: "B1", target: 48, targetDate: "2027-03-01" },
  },
  {
    key: "hzVorsorge",
    level: "action",
    parent: "szZugaenge",
    title: "Bis zum Schuljahr 2026/27 haben 95 % der Kinder bei der Einschulung die U8 und U9 wahrgenommen",
    description: "Früherkennung sichern: Erinnerung an die U-Untersuchungen über Kinderarztpraxen und Frühe Hilfen.",
    responsible: ["gesundheitsamt", "kinderaerzte"],
    status: "inProgress",
    phases: ["kita-alter"],
    fields: ["gesundheit"],
    measuredBy: { indicator: "G1", target: 95, targetDate: "2027-07-31" },
  },

  // Action goals below "Entwicklung stärken"
  {
    key: "hzSprache",
    level: "action",
    parent: "szEntwicklung",
    title: "Der Anteil auffälliger Sprachscreenings bei der Einschulung sinkt bis zum Schuljahr 2026/27 auf 7,5 %",
    description: "Sprachbildung im Alltag der Kita und Angebote für mehrsprachige Familien.",
    responsible: ["integrationszentrum", "kreisJugendamt", "familienzentrumLamberti", "familienzentrumSenden", "familienzentrumRosendahl"],
    status: "inProgress",
    phases: ["fruehe-kindheit", "kita-alter"],
    fields: ["bildung", "integration"],
    measuredBy: { indicator: "G5", target: 7.5, targetDate: "2027-07-31" },
  },
  {
    key: "hzBewegung",
    level: "action",
    parent: "szEntwicklung",
    title: "Der Anteil übergewichtiger Kinder bei der Einschulung sinkt bis zum Schuljahr 2027/28 auf 8 %",
    description: "Bewegungsförderung in Kitas und Sportvereinen, Ernährungsbildung in Familienzentren.",
    responsible: ["kreissportbund", "gesundheitsamt"],
    status: "inProgress",
    phases: ["kita-alter"],
    fields: ["gesundheit", "sport"],
    measuredBy: { indicator: "G3", target: 8, targetDate: "2028-07-31" },
  },
  {
    key: "hzSchwimmen",
    level: "action",
    parent: "szEntwicklung",
    title: "Bis zum Schuljahr 2027/28 können 80 % der Kinder am Ende der Grundschule sicher schwimmen",
    description: "Nach den pandemiebedingten Ausfällen werden Schwimmzeiten und Kurse ausgebaut.",
    responsible: ["kreissportbund", "drk", "schulamt"],
    status: "inProgress",
    phases: ["grundschulalter"],
    fields: ["sport", "bildung"],
    measuredBy: { indicator: "SP1", target: 80, targetDate: "2028-07-31" },
  },

  // Action goals below "Übergänge gestalten"
  {
    key: "hzUe3",
    level: "action",
    parent: "szUebergaenge",
    title: "Bis 2027 besuchen mindestens 99 % der Kinder ab drei Jahren eine Kita oder Kindertagespflege",
    description: "Familien, deren Kinder noch keine Kita besuchen, werden gezielt angesprochen und beim Übergang Ü1 begleitet.",
    responsible: [...youthOffices, "integrationszentrum"],
    status: "inProgress",
    phases: ["kita-alter"],
    fields: ["bildung", "jugend"],
    measuredBy: { indicator: "B2", target: 99, targetDate: "2027-03-01" },
  },
  {
    key: "hzAbschluss",
    level: "action",
    parent: "szUebergaenge",
    title: "Der Anteil der Schulabgänge ohne Abschluss sinkt bis zum Schuljahr 2027/28 auf 2 %",
    description: "Ausblick über die Grundschulzeit hinaus: Die Präventionskette wird bis zum Übergang in den Beruf fortgeführt (Entwurf Leitbild 2.0).",
    responsible: ["kaoa", "schulamt", "jugendberufsagentur"],
    status: "planned",
    phases: ["sekundarstufe-1", "uebergang-schule-beruf"],
    fields: ["bildung"],
    measuredBy: { indicator: "B6", target: 2, targetDate: "2028-07-31" },
  },

  // Measures (Maßnahmen)
  {
    key: "mWillkommen",
    level: "measure",
    parent: "hzWillkommen",
    title: "Willkommensbesuche in allen elf Kommunen nach gemeinsamem Qualitätsstandard",
    description: "Einheitliche Willkommensmappe, gemeinsame Schulung der Besuchsdienste, jährliche Auswertung.",
    responsible: [...youthOffices],
    status: "inProgress",
    phases: ["schwangerschaft", "fruehe-kindheit"],
    fields: ["jugend"],
  },
  {
    key: "mBabylotsin",
    level: "measure",
    parent: "hzWillkommen",
    title: "Babylotsin an der Geburtsklinik Coesfeld",
    description: "Aufbau 2018 aus Mitteln des Landesprogramms zum Lückenschluss; seitdem Regelangebot.",
    responsible: ["geburtsklinik", "netzwerkFrueheHilfen", "kreisJugendamt"],
    status: "achieved",
    phases: ["schwangerschaft"],
    fields: ["gesundheit", "jugend"],
  },
  {
    key: "mWillkommensmappe",
    level: "measure",
    parent: "hzWillkommen",
    title: "Mehrsprachige Willkommensmappe für Neugeborene",
    description: "Die Willkommensmappe erscheint auf Deutsch, Englisch, Türkisch, Arabisch, Russisch und Ukrainisch.",
    responsible: ["integrationszentrum", "kreisJugendamt"],
    status: "achieved",
    phases: ["schwangerschaft", "fruehe-kindheit"],
    fields: ["integration", "jugend"],
  },
  {
    key: "mTagespflege",
    level: "measure",
    parent: "hzU3",
    title: "Ausbau der Kindertagespflege in den kleineren Gemeinden",
    description: "Qualifizierung neuer Tagespflegepersonen und Großtagespflegestellen in Rosendahl, Nordkirchen und Olfen.",
    responsible: ["kreisJugendamt"],
    status: "inProgress",
    phases: ["fruehe-kindheit"],
    fields: ["bildung", "jugend"],
  },
  {
    key: "mKitaNavigator",
    level: "measure",
    parent: "hzU3",
    title: "Kita-Navigator: kreisweite Online-Vormerkung für Kita und Kindertagespflege",
    description: "Eine gemeinsame Vormerkung für alle drei Jugendämter ersetzt Mehrfachanmeldungen.",
    responsible: [...youthOffices],
    status: "achieved",
    phases: ["fruehe-kindheit", "kita-alter"],
    fields: ["jugend"],
  },
  {
    key: "mUErinnerung",
    level: "measure",
    parent: "hzVorsorge",
    title: "Erinnerung an U-Untersuchungen über Kinderarztpraxen und Willkommensbesuch",
    description: "Erinnerungskarte in der Willkommensmappe und Recall-System der Praxen.",
    responsible: ["kinderaerzte", "gesundheitsamt"],
    status: "inProgress",
    phases: ["fruehe-kindheit", "kita-alter"],
    fields: ["gesundheit"],
  },
  {
    key: "mSprachbildung",
    level: "measure",
    parent: "hzSprache",
    title: "Alltagsintegrierte Sprachbildung in allen Familienzentren",
    description: "Fortbildungsreihe für pädagogische Fachkräfte und Sprachfachberatung für Kitas.",
    responsible: ["kreisJugendamt", "familienzentrumLamberti", "familienzentrumSenden", "familienzentrumRosendahl"],
    status: "inProgress",
    phases: ["kita-alter"],
    fields: ["bildung"],
  },
  {
    key: "mGriffbereit",
    level: "measure",
    parent: "hzSprache",
    title: "Griffbereit und Rucksack KiTa in Dülmen, Coesfeld und Lüdinghausen",
    description: "Mehrsprachige Elternprogramme stärken die Familiensprache und den Erwerb des Deutschen.",
    responsible: ["integrationszentrum"],
    status: "inProgress",
    phases: ["fruehe-kindheit", "kita-alter"],
    fields: ["integration", "bildung"],
  },
  {
    key: "mBewegungskita",
    level: "measure",
    parent: "hzBewegung",
    title: "Anerkannte Bewegungskindergärten gemeinsam mit dem Kreissportbund",
    description: "Bis 2027 sollen 25 Kitas im Kreis als Bewegungskindergarten anerkannt sein.",
    responsible: ["kreissportbund", "gesundheitsamt"],
    status: "inProgress",
    phases: ["kita-alter"],
    fields: ["sport", "gesundheit"],
  },
  {
    key: "mSchwimmoffensive",
    level: "measure",
    parent: "hzSchwimmen",
    title: "Schwimmoffensive: zusätzliche Wasserzeiten und Ferienschwimmkurse",
    description: "Kommunale Bäder stellen zusätzliche Zeiten für Grundschulen bereit; Vereine bieten Ferienkurse an.",
    responsible: ["kreissportbund", "drk", "schulamt"],
    status: "inProgress",
    phases: ["grundschulalter"],
    fields: ["sport"],
  },
  {
    key: "mAnsprache",
    level: "measure",
    parent: "hzUe3",
    title: "Gezielte Ansprache von Familien ohne Kita-Platz",
    description: "Familienzentren und Integrationszentrum informieren Familien ohne Betreuungsplatz mehrsprachig über Kita und Kindertagespflege.",
    responsible: ["kreisJugendamt", "integrationszentrum"],
    status: "planned",
    phases: ["kita-alter"],
    fields: ["integration", "jugend"],
  },
  {
    key: "mBrueckenjahr",
    level: "measure",
    parent: "hzUe3",
    title: "Brückenjahr: Kooperationsvereinbarungen zwischen Kitas und Grundschulen",
    description: "In jeder Gemeinde eine Kooperationsvereinbarung mit gemeinsamen Hospitationen und Elternabenden.",
    responsible: ["schulamt", "kreisJugendamt"],
    status: "inProgress",
    phases: ["kita-alter", "grundschulalter"],
    fields: ["bildung"],
  },
  {
    key: "mKaoa",
    level: "measure",
    parent: "hzAbschluss",
    title: "KAoA-Standardelemente an allen weiterführenden Schulen",
    description: "Potenzialanalyse, Berufsfelderkundung und Praxisphasen für alle Schülerinnen und Schüler ab Klasse 8.",
    responsible: ["kaoa", "schulamt"],
    status: "inProgress",
    phases: ["sekundarstufe-1", "uebergang-schule-beruf"],
    fields: ["bildung"],
  },
  {
    key: "mJba",
    level: "measure",
    parent: "hzAbschluss",
    title: "Aufsuchende Beratung der Jugendberufsagentur bei drohendem Schulabbruch",
    description: "Schulsozialarbeit und Jugendberufsagentur vereinbaren ein gemeinsames Verfahren.",
    responsible: ["jugendberufsagentur", "jobcenter"],
    status: "planned",
    phases: ["uebergang-schule-beruf"],
    fields: ["bildung", "soziales"],
  },
] as const satisfies readonly GoalRow[];

/** Key of a demo goal, e.g. `"hzWillkommen"`. */
export type GoalKey = (typeof GOALS)[number]["key"];

/** The goals as stored, by key. */
export type SeededGoals = Record<GoalKey, Stored<GoalInput>>;

/** Stores the goal cascade top-down (parents first) for the county. */
export async function seedGoals(
  db: Kysely<Database>,
  context: { territories: SeededTerritories; axes: SeededAxes; actors: SeededActors; indicators: SeededIndicators },
): Promise<SeededGoals> {
  const { territories, axes, actors, indicators } = context;
  const goals = {} as SeededGoals;
  for (const row of GOALS as readonly GoalRow[]) {
    const parent = row.parent === null ? null : goals[row.parent as GoalKey];
    if (parent === undefined) throw new Error(`Demodaten: Das übergeordnete Ziel „${row.parent}“ fehlt.`);
    let measurement: Pick<GoalInput, "indicatorIds" | "baseline" | "target"> = { indicatorIds: [], baseline: null, target: null };
    if (row.measuredBy) {
      const { indicator, target, targetDate } = row.measuredBy;
      const first = indicators.countySeries[indicator][0];
      if (!first) throw new Error(`Demodaten: Für ${indicator} gibt es keinen Ausgangswert.`);
      measurement = {
        indicatorIds: [indicators.indicators[indicator].id],
        baseline: { value: roundRate(first.value, 1), date: first.date },
        target: { value: target, date: targetDate },
      };
    }
    goals[row.key as GoalKey] = await insert(db, goalAggregate, {
      territoryId: territories.county.id,
      level: row.level,
      parentId: parent?.id ?? null,
      title: row.title,
      description: row.description,
      responsibleActorIds: row.responsible.map((key) => actors[key].id),
      ...measurement,
      status: row.status,
      lifePhaseIds: row.phases.map((code) => axes.lifePhases[code].id),
      fieldOfActionIds: row.fields.map((code) => axes.fields[code].id),
    });
  }
  const issues = validateGoalCascade(Object.values(goals));
  if (issues.length > 0) throw new Error(`Demodaten: Die Zielkaskade ist nicht stimmig: ${issues.map((i) => i.message).join(" ")}`);
  return goals;
}
