import type {
  ActorKind,
  IndicatorFactor,
  Polarity,
  PreventionLevel,
  TargetGroup,
} from "@praeventionskette/domain";

/*
 * The word lists the state-scale generator builds its records from: kinds of offers and
 * providers as they appear in NRW prevention chains, and indicator themes of the small-area
 * prevention monitoring. Kept small on purpose: at 50,000 offers the same words recur, which is
 * what full-text search and duplicate detection need to be measured on.
 */

/** Codes of the platform's default life phases, transitions and fields of action. */
type PhaseCode = "schwangerschaft" | "fruehe-kindheit" | "kita-alter" | "grundschulalter" | "sekundarstufe-1" | "uebergang-schule-beruf";
type TransitionCode = "UE1" | "UE2" | "UE3" | "UE4";
type FieldCode = "jugend" | "bildung" | "gesundheit" | "soziales" | "integration" | "sport";

/** A kind of offer: its title, what it says about itself, and whom it is for. */
export interface OfferKind {
  title: string;
  description: string;
  /** Age range in months, upper bound exclusive (`null` = open). */
  ages: readonly [number, number | null];
  fields: readonly FieldCode[];
  transitions?: readonly TransitionCode[];
  groups: readonly TargetGroup[];
  level: PreventionLevel;
  /** Which providers typically run it. */
  providers: readonly ActorKind[];
  /** Share of these offers that cost something (0 = always free). */
  paidShare: number;
}

export const OFFER_KINDS: readonly OfferKind[] = [
  {
    title: "Elterncafé",
    description: "Im Elterncafé treffen sich Mütter und Väter mit Babys und Kleinkindern zum Austausch bei Kaffee und Tee; eine Fachkraft der Frühen Hilfen ist dabei und beantwortet Fragen.",
    ages: [0, 36],
    fields: ["jugend", "soziales"],
    groups: ["parents", "families"],
    level: "universal",
    providers: ["freeProvider", "publicBody"],
    paidShare: 0,
  },
  {
    title: "Hebammensprechstunde",
    description: "Offene Hebammensprechstunde für Schwangere und Eltern mit Säuglingen: Fragen zu Stillen, Schlafen, Ernährung und Gewichtszunahme, ohne Termin.",
    ages: [-9, 12],
    fields: ["gesundheit"],
    groups: ["expectantParents", "parents"],
    level: "universal",
    providers: ["healthcare", "freeProvider"],
    paidShare: 0,
  },
  {
    title: "Willkommensbesuch für Neugeborene",
    description: "Fachkräfte besuchen Familien nach der Geburt zu Hause, bringen die Willkommensmappe mit und stellen Angebote vor Ort vor. Der Besuch ist freiwillig.",
    ages: [0, 6],
    fields: ["jugend"],
    groups: ["parents", "families"],
    level: "universal",
    providers: ["publicBody"],
    paidShare: 0,
  },
  {
    title: "Geburtsvorbereitungskurs",
    description: "Kurs zur Geburtsvorbereitung mit Atem- und Entspannungsübungen, Informationen zum Ablauf der Geburt und zur Zeit danach; Partnerinnen und Partner sind willkommen.",
    ages: [-9, 0],
    fields: ["gesundheit"],
    groups: ["expectantParents"],
    level: "universal",
    providers: ["healthcare", "freeProvider"],
    paidShare: 0.6,
  },
  {
    title: "Babyschwimmen",
    description: "Wassergewöhnung für Babys mit einem Elternteil im warmen Lehrschwimmbecken: spielerisch, in kleinen Gruppen.",
    ages: [4, 24],
    fields: ["sport", "gesundheit"],
    groups: ["parents", "children"],
    level: "universal",
    providers: ["association", "freeProvider"],
    paidShare: 0.8,
  },
  {
    title: "Krabbelgruppe",
    description: "Offene Krabbelgruppe für Eltern mit Kindern im ersten und zweiten Lebensjahr: Spielen, Singen und Austausch unter Eltern.",
    ages: [6, 30],
    fields: ["jugend", "bildung"],
    groups: ["parents", "children"],
    level: "universal",
    providers: ["freeProvider", "volunteerInitiative"],
    paidShare: 0.2,
  },
  {
    title: "Familienzentrum",
    description: "Das Familienzentrum verbindet Kita, Familienberatung und Familienbildung unter einem Dach: Sprechstunden der Erziehungsberatung, Elternkurse und Vermittlung in Kindertagespflege.",
    ages: [0, 72],
    fields: ["jugend", "bildung"],
    transitions: ["UE1"],
    groups: ["parents", "children", "families"],
    level: "universal",
    providers: ["freeProvider", "publicBody"],
    paidShare: 0,
  },
  {
    title: "Vermittlung in Kindertagespflege",
    description: "Beratung zur Betreuung unter drei Jahren und Vermittlung an qualifizierte Kindertagespflegepersonen; Eingewöhnung und Übergang in die Kita werden begleitet.",
    ages: [0, 36],
    fields: ["jugend", "bildung"],
    transitions: ["UE1"],
    groups: ["parents"],
    level: "universal",
    providers: ["publicBody", "freeProvider"],
    paidShare: 0,
  },
  {
    title: "Sprachförderung in der Kita",
    description: "Alltagsintegrierte Sprachförderung und Sprachstandsbeobachtung für Kinder im Kita-Alter, mit Elternabenden zur mehrsprachigen Erziehung.",
    ages: [36, 72],
    fields: ["bildung", "integration"],
    transitions: ["UE2"],
    groups: ["children", "familiesWithMigrationHistory"],
    level: "universal",
    providers: ["freeProvider", "publicBody"],
    paidShare: 0,
  },
  {
    title: "Rucksack-Elternprogramm",
    description: "Mütter und Väter stärken die Sprache ihrer Kinder in der Familiensprache und im Deutschen; Elternbegleiterinnen leiten die Gruppe in mehreren Sprachen an.",
    ages: [36, 120],
    fields: ["integration", "bildung"],
    groups: ["parents", "familiesWithMigrationHistory"],
    level: "selective",
    providers: ["publicBody", "freeProvider"],
    paidShare: 0,
  },
  {
    title: "Schwimmkurs Seepferdchen",
    description: "Schwimmkurs für Kinder ab fünf Jahren bis zum Seepferdchen-Abzeichen, in kleinen Gruppen mit ausgebildeten Übungsleitungen.",
    ages: [60, 120],
    fields: ["sport"],
    groups: ["children"],
    level: "universal",
    providers: ["association"],
    paidShare: 0.7,
  },
  {
    title: "Bewegungskita-Sportgruppe",
    description: "Bewegungsangebot für Kita-Kinder mit Turnen, Balancieren und Ballspielen, in Kooperation von Sportverein und Kita.",
    ages: [36, 72],
    fields: ["sport", "gesundheit"],
    groups: ["children"],
    level: "universal",
    providers: ["association"],
    paidShare: 0.4,
  },
  {
    title: "Schuleingangsberatung",
    description: "Beratung für Eltern vor der Einschulung: Schulfähigkeit, Schuleingangsuntersuchung, Offener Ganztag und Zusammenarbeit von Kita und Grundschule.",
    ages: [48, 84],
    fields: ["bildung", "gesundheit"],
    transitions: ["UE2"],
    groups: ["parents", "children"],
    level: "universal",
    providers: ["publicBody", "school"],
    paidShare: 0,
  },
  {
    title: "Hausaufgabenhilfe",
    description: "Ehrenamtliche und Studierende unterstützen Schülerinnen und Schüler bei den Hausaufgaben und beim Lernen für Klassenarbeiten.",
    ages: [72, 192],
    fields: ["bildung"],
    groups: ["children", "adolescents"],
    level: "universal",
    providers: ["volunteerInitiative", "freeProvider", "school"],
    paidShare: 0.1,
  },
  {
    title: "Lesepatenschaft",
    description: "Lesepatinnen und Lesepaten lesen wöchentlich mit Grundschulkindern und wecken die Freude an Büchern, in Zusammenarbeit mit der Stadtbücherei.",
    ages: [72, 120],
    fields: ["bildung"],
    groups: ["children"],
    level: "universal",
    providers: ["volunteerInitiative"],
    paidShare: 0,
  },
  {
    title: "Familiengrundschulzentrum",
    description: "Die Grundschule öffnet sich für Familien: Elterncafé, Beratung, Familienbildung und Sprechstunden direkt am Schulort.",
    ages: [72, 120],
    fields: ["bildung", "jugend"],
    transitions: ["UE2", "UE3"],
    groups: ["parents", "children", "families"],
    level: "universal",
    providers: ["school", "freeProvider"],
    paidShare: 0,
  },
  {
    title: "Offener Ganztag – Ferienbetreuung",
    description: "Ferienbetreuung im Offenen Ganztag mit Ausflügen, Bewegung und Kreativangeboten für Grundschulkinder berufstätiger Eltern.",
    ages: [72, 120],
    fields: ["bildung", "jugend"],
    groups: ["children", "parents"],
    level: "universal",
    providers: ["freeProvider", "school"],
    paidShare: 0.6,
  },
  {
    title: "Schulsozialarbeit",
    description: "Die Schulsozialarbeit berät Schülerinnen, Schüler und Eltern vertraulich bei Konflikten, Mobbing und familiären Sorgen und vermittelt Hilfen.",
    ages: [72, 216],
    fields: ["jugend", "bildung"],
    transitions: ["UE3"],
    groups: ["children", "adolescents", "parents"],
    level: "selective",
    providers: ["freeProvider", "publicBody"],
    paidShare: 0,
  },
  {
    title: "Offener Jugendtreff",
    description: "Jugendtreff mit Billard, Kicker, Musikraum und Beratung; offene Tür an mehreren Nachmittagen, Ferienfreizeiten im Sommer.",
    ages: [120, 252],
    fields: ["jugend"],
    groups: ["adolescents"],
    level: "universal",
    providers: ["freeProvider", "association"],
    paidShare: 0,
  },
  {
    title: "Berufsorientierung KAoA",
    description: "Berufsorientierung nach „Kein Abschluss ohne Anschluss“: Potenzialanalyse, Berufsfelderkundung und Praktikumsbörse ab Klasse 8.",
    ages: [156, 216],
    fields: ["bildung"],
    transitions: ["UE4"],
    groups: ["adolescents"],
    level: "universal",
    providers: ["publicBody", "school", "company"],
    paidShare: 0,
  },
  {
    title: "Bewerbungstraining",
    description: "Bewerbungstraining für Jugendliche: Lebenslauf, Anschreiben, Vorstellungsgespräch üben, mit Betrieben aus der Region.",
    ages: [168, 324],
    fields: ["bildung", "soziales"],
    transitions: ["UE4"],
    groups: ["adolescents", "youngAdults"],
    level: "universal",
    providers: ["freeProvider", "company", "publicBody"],
    paidShare: 0,
  },
  {
    title: "Jugendberufsagentur-Sprechstunde",
    description: "Jobcenter, Arbeitsagentur und Jugendhilfe beraten junge Menschen gemeinsam zu Ausbildung, Studium, Einstiegsqualifizierung und Lebensunterhalt.",
    ages: [180, 324],
    fields: ["soziales", "bildung"],
    transitions: ["UE4"],
    groups: ["adolescents", "youngAdults"],
    level: "universal",
    providers: ["publicBody"],
    paidShare: 0,
  },
  {
    title: "Erziehungsberatung",
    description: "Die Erziehungsberatungsstelle berät Eltern, Kinder und Jugendliche bei Erziehungsfragen, Trennung und Scheidung, kostenlos und vertraulich.",
    ages: [0, 324],
    fields: ["jugend"],
    groups: ["parents", "children", "adolescents", "singleParents"],
    level: "selective",
    providers: ["freeProvider", "publicBody"],
    paidShare: 0,
  },
  {
    title: "Treffpunkt für Alleinerziehende",
    description: "Offener Treff für Alleinerziehende mit Kinderbetreuung: Austausch, Beratung zu Unterhalt und Kinderzuschlag, gemeinsame Ausflüge.",
    ages: [0, 216],
    fields: ["soziales", "jugend"],
    groups: ["singleParents", "families"],
    level: "selective",
    providers: ["freeProvider", "volunteerInitiative"],
    paidShare: 0,
  },
  {
    title: "Elternkurs Starke Eltern – Starke Kinder",
    description: "Elternkurs des Kinderschutzbundes zu Erziehung ohne Gewalt, Grenzen setzen und Familienalltag, an acht Abenden.",
    ages: [0, 192],
    fields: ["jugend"],
    groups: ["parents"],
    level: "universal",
    providers: ["freeProvider", "association"],
    paidShare: 0.5,
  },
  {
    title: "Kinderturnen",
    description: "Kinderturnen im Sportverein: Geräteturnen, Bewegungslandschaften und kleine Spiele für Kinder im Kita- und Grundschulalter.",
    ages: [36, 120],
    fields: ["sport"],
    groups: ["children"],
    level: "universal",
    providers: ["association"],
    paidShare: 0.8,
  },
  {
    title: "Migrationsberatung für Familien",
    description: "Beratung für zugewanderte Familien zu Kita, Schule, Sprachkursen und Behördengängen, mit Sprach- und Kulturmittlung.",
    ages: [0, 324],
    fields: ["integration", "soziales"],
    groups: ["familiesWithMigrationHistory"],
    level: "selective",
    providers: ["freeProvider", "publicBody"],
    paidShare: 0,
  },
  {
    title: "Schuldner- und Sozialberatung für Familien",
    description: "Beratung zu Bürgergeld, Bildung und Teilhabe, Wohngeld und Schulden; Unterstützung bei Anträgen.",
    ages: [0, 324],
    fields: ["soziales"],
    groups: ["families", "parents"],
    level: "selective",
    providers: ["freeProvider"],
    paidShare: 0,
  },
  {
    title: "Kinderarzt-Sprechstunde im Quartier",
    description: "Kinderärztliche Sprechstunde im Stadtteil mit Impfberatung und Erinnerung an U-Untersuchungen, ohne lange Wege.",
    ages: [0, 216],
    fields: ["gesundheit"],
    groups: ["parents", "children"],
    level: "universal",
    providers: ["healthcare"],
    paidShare: 0,
  },
  {
    title: "Ferienfreizeit",
    description: "Ferienfreizeit mit Zeltlager, Spielen und Ausflügen für Kinder und Jugendliche; Zuschuss über Bildung und Teilhabe möglich.",
    ages: [96, 204],
    fields: ["jugend", "sport"],
    groups: ["children", "adolescents"],
    level: "universal",
    providers: ["association", "freeProvider"],
    paidShare: 0.9,
  },
];

/** Additions to an offer's title, so that offers of one kind in one town differ; some suit only offers for parents. */
export const TITLE_ADDITIONS: readonly { text: string; parentsOnly?: boolean }[] = [
  { text: "" },
  { text: "" },
  { text: " am Vormittag" },
  { text: " am Nachmittag" },
  { text: " für Väter", parentsOnly: true },
  { text: " mehrsprachig" },
  { text: " im Stadtteil" },
  { text: " im Familienzentrum" },
  { text: " in den Ferien" },
  { text: " für Alleinerziehende", parentsOnly: true },
];

/** Closing sentences of offer descriptions. */
export const DESCRIPTION_ENDINGS: readonly string[] = [
  "Eine Anmeldung ist nicht nötig.",
  "Bitte melden Sie sich vorher telefonisch oder per E-Mail an.",
  "Geschwisterkinder sind willkommen.",
  "Der Raum ist mit Kinderwagen gut erreichbar.",
  "Das Angebot wird aus Mitteln der Präventionskette gefördert.",
  "Auf Wunsch vermitteln wir Dolmetscherinnen und Dolmetscher.",
];

/** Kinds of providers, with the name they carry in a town. */
export interface ProviderKind {
  kind: ActorKind;
  name: (town: string, pick: (list: readonly string[]) => string) => string;
  shortName: string | null;
  description: string;
}

const SAINTS = ["St. Marien", "St. Josef", "St. Lamberti", "St. Viktor", "St. Georg", "St. Ludgerus", "Liebfrauen", "St. Antonius"];
const KITA_NAMES = ["Sonnenschein", "Regenbogen", "Pusteblume", "Löwenzahn", "Arche Noah", "Kunterbunt", "Villa Kunterbunt", "Wirbelwind"];
const SURNAMES = ["Becker", "Schulte", "Hoffmann", "Wagner", "Kaya", "Nowak", "Schröder", "Yilmaz", "Meier", "Brinkmann", "Hermes", "Kowalski"];
const SCHOOL_NAMES = ["Ludgerischule", "Overbergschule", "Astrid-Lindgren-Schule", "Marienschule", "Lambertischule", "Gemeinschaftsgrundschule am Park"];

export const PROVIDER_KINDS: readonly ProviderKind[] = [
  { kind: "freeProvider", name: (town) => `AWO Ortsverein ${town}`, shortName: "AWO", description: "Arbeiterwohlfahrt: Familienbildung, Beratung und Offener Ganztag." },
  { kind: "freeProvider", name: (town) => `Caritasverband ${town}`, shortName: "Caritas", description: "Caritas: Erziehungsberatung, Frühe Hilfen, Migrationsdienst." },
  { kind: "freeProvider", name: (town) => `Diakonisches Werk ${town}`, shortName: "Diakonie", description: "Diakonie: Beratung für Familien, Schuldnerberatung, Jugendhilfe." },
  { kind: "freeProvider", name: (town) => `DRK-Ortsverein ${town}`, shortName: "DRK", description: "Deutsches Rotes Kreuz: Kitas, Familienbildung, Babyschwimmen." },
  { kind: "freeProvider", name: (town, pick) => `Familienzentrum ${pick(SAINTS)} ${town}`, shortName: null, description: "Familienzentrum NRW mit Kita, Beratung und Familienbildung." },
  { kind: "freeProvider", name: (town, pick) => `Kita ${pick(KITA_NAMES)} ${town}`, shortName: null, description: "Kindertageseinrichtung mit U3-Betreuung und Sprachförderung." },
  { kind: "freeProvider", name: (town) => `Familienbildungsstätte ${town}`, shortName: "FBS", description: "Kurse für Eltern und Kinder von der Geburtsvorbereitung bis zur Pubertät." },
  { kind: "freeProvider", name: (town) => `Kinderschutzbund Ortsverband ${town}`, shortName: "DKSB", description: "Elternkurse, Kinder- und Jugendtelefon, Begleiteter Umgang." },
  { kind: "healthcare", name: (town, pick) => `Hebammenpraxis ${pick(SURNAMES)} ${town}`, shortName: null, description: "Hebammenhilfe vor und nach der Geburt, Kurse und Sprechstunden." },
  { kind: "healthcare", name: (town, pick) => `Kinderarztpraxis Dr. ${pick(SURNAMES)} ${town}`, shortName: null, description: "Kinder- und Jugendmedizin, Vorsorgeuntersuchungen und Impfungen." },
  { kind: "association", name: (town) => `TuS ${town} 1898 e. V.`, shortName: "TuS", description: "Sportverein mit Kinderturnen, Schwimmabteilung und Jugendfußball." },
  { kind: "association", name: (town) => `Schwimmverein ${town} e. V.`, shortName: "SV", description: "Schwimmkurse für Kinder, Babyschwimmen und Wettkampfsport." },
  { kind: "association", name: (town) => `Förderverein Jugendzentrum ${town} e. V.`, shortName: null, description: "Trägerverein des offenen Jugendtreffs." },
  { kind: "school", name: (town, pick) => `${pick(SCHOOL_NAMES)} ${town}`, shortName: null, description: "Grundschule mit Offenem Ganztag." },
  { kind: "school", name: (town) => `Gesamtschule ${town}`, shortName: null, description: "Weiterführende Schule mit Berufsorientierung nach KAoA." },
  { kind: "volunteerInitiative", name: (town) => `Lesepaten ${town}`, shortName: null, description: "Ehrenamtliche lesen mit Kindern in Kitas und Grundschulen." },
  { kind: "volunteerInitiative", name: (town) => `Familienpatenschaften ${town}`, shortName: null, description: "Ehrenamtliche Familienpatinnen und -paten begleiten Familien im Alltag." },
  { kind: "publicBody", name: (town) => `Stadt ${town} – Familienbüro`, shortName: "Familienbüro", description: "Anlaufstelle der Kommune für Familien: Willkommensbesuche, Kita-Anmeldung, Familienpass." },
  { kind: "publicBody", name: (town) => `Kommunales Integrationszentrum – Büro ${town}`, shortName: "KI", description: "Sprachförderung, Rucksack-Programm und Sprach- und Kulturmittlung." },
  { kind: "company", name: (town) => `Ausbildungsverbund Handwerk ${town}`, shortName: null, description: "Betriebe der Region bieten Praktika und Ausbildungsplätze an." },
];

/** Street names for invented addresses. */
export const STREETS: readonly string[] = [
  "Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Gartenstraße", "Marktplatz", "Lindenweg",
  "Am Rathaus", "Mühlenweg", "Dorfstraße", "Ringstraße", "Parkstraße", "Bergstraße", "Waldstraße", "Am Stadtpark",
];

/** Languages offered besides German (ISO 639-1), most often first. */
export const OTHER_LANGUAGES: readonly string[] = ["en", "tr", "ar", "uk", "ru", "pl", "fa", "ro", "ku", "fr"];

/** A theme of the small-area monitoring: one indicator per breakdown. */
export interface IndicatorTheme {
  name: string;
  en: string;
  /** What is counted, e.g. "Kinder unter 3 Jahren in Kindertagesbetreuung". */
  numerator: string;
  /** What it is counted against. */
  denominator: string;
  factor: IndicatorFactor;
  unit: string;
  polarity: Polarity;
  source: string;
  fields: readonly FieldCode[];
  phases: readonly PhaseCode[];
  /** Denominator as a share of all inhabitants. */
  denominatorShare: number;
  /** The typical rate (numerator / denominator) and how far territories spread around it. */
  rate: number;
  spread: number;
  /** Change of the rate per year, relative (0.01 = +1 % a year). */
  trend: number;
}

export const INDICATOR_THEMES: readonly IndicatorTheme[] = [
  { name: "SGB-II-Quote unter 15 Jahren", en: "Children under 15 in SGB II households", numerator: "Personen unter 15 Jahren in SGB-II-Bedarfsgemeinschaften", denominator: "Bevölkerung unter 15 Jahren", factor: "percent", unit: "%", polarity: "lowerIsBetter", source: "Bundesagentur für Arbeit", fields: ["soziales"], phases: ["fruehe-kindheit", "kita-alter", "grundschulalter"], denominatorShare: 0.135, rate: 0.15, spread: 0.6, trend: -0.01 },
  { name: "Schulabgänge ohne Abschluss", en: "School leavers without a certificate", numerator: "Schulabgängerinnen und -abgänger ohne Hauptschulabschluss", denominator: "Schulabgängerinnen und -abgänger insgesamt", factor: "percent", unit: "%", polarity: "lowerIsBetter", source: "IT.NRW, Schulstatistik", fields: ["bildung"], phases: ["sekundarstufe-1", "uebergang-schule-beruf"], denominatorShare: 0.011, rate: 0.05, spread: 0.6, trend: -0.005 },
  { name: "Betreuungsquote unter 3 Jahren", en: "Childcare rate under 3", numerator: "Kinder unter 3 Jahren in Kita oder Kindertagespflege", denominator: "Bevölkerung unter 3 Jahren", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "IT.NRW, Kinder- und Jugendhilfestatistik", fields: ["bildung", "jugend"], phases: ["fruehe-kindheit"], denominatorShare: 0.029, rate: 0.3, spread: 0.3, trend: 0.03 },
  { name: "Auffälliges Sprachscreening bei der Einschulung", en: "Abnormal language screening at school entry", numerator: "Untersuchte Kinder mit auffälligem Sprachscreening", denominator: "Untersuchte Kinder (Schuleingangsuntersuchung)", factor: "percent", unit: "%", polarity: "lowerIsBetter", source: "Gesundheitsamt: Schuleingangsuntersuchung", fields: ["gesundheit", "bildung"], phases: ["kita-alter"], denominatorShare: 0.0095, rate: 0.12, spread: 0.5, trend: 0.01 },
  { name: "Hilfen zur Erziehung je 10.000 unter 21 Jahren", en: "Educational support per 10,000 under 21", numerator: "Begonnene und laufende Hilfen zur Erziehung", denominator: "Bevölkerung unter 21 Jahren", factor: "perTenThousand", unit: "je 10.000", polarity: "neutral", source: "IT.NRW, Kinder- und Jugendhilfestatistik", fields: ["jugend"], phases: ["grundschulalter", "sekundarstufe-1"], denominatorShare: 0.2, rate: 0.0286, spread: 0.4, trend: 0.015 },
  { name: "Teilnahme an der U9", en: "Attendance of the U9 check-up", numerator: "Untersuchte Kinder mit dokumentierter U9", denominator: "Untersuchte Kinder (Schuleingangsuntersuchung)", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "Gesundheitsamt: Schuleingangsuntersuchung", fields: ["gesundheit"], phases: ["kita-alter"], denominatorShare: 0.0095, rate: 0.9, spread: 0.5, trend: 0.002 },
  { name: "Übergewicht bei der Einschulung", en: "Overweight at school entry", numerator: "Untersuchte Kinder mit BMI über dem 90. Perzentil", denominator: "Untersuchte Kinder (Schuleingangsuntersuchung)", factor: "percent", unit: "%", polarity: "lowerIsBetter", source: "Gesundheitsamt: Schuleingangsuntersuchung", fields: ["gesundheit", "sport"], phases: ["kita-alter"], denominatorShare: 0.0095, rate: 0.1, spread: 0.4, trend: 0.005 },
  { name: "Gefährdungseinschätzungen je 1.000 unter 18 Jahren", en: "Child protection assessments per 1,000 under 18", numerator: "Gefährdungseinschätzungen nach § 8a SGB VIII", denominator: "Bevölkerung unter 18 Jahren", factor: "perThousand", unit: "je 1.000", polarity: "neutral", source: "IT.NRW, Kinder- und Jugendhilfestatistik", fields: ["jugend"], phases: ["fruehe-kindheit", "grundschulalter"], denominatorShare: 0.17, rate: 0.006, spread: 0.5, trend: 0.03 },
  { name: "Reichweite der Willkommensbesuche", en: "Reach of welcome visits", numerator: "Familien mit Willkommensbesuch", denominator: "Geburten", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "Jugendamt, Frühe Hilfen", fields: ["jugend"], phases: ["schwangerschaft", "fruehe-kindheit"], denominatorShare: 0.0093, rate: 0.85, spread: 0.6, trend: 0.01 },
  { name: "Schwimmfähigkeit am Ende der Grundschule", en: "Swimming ability at the end of primary school", numerator: "Kinder der 4. Klasse mit Freischwimmer", denominator: "Kinder der 4. Klasse", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "Schulamt", fields: ["sport", "bildung"], phases: ["grundschulalter"], denominatorShare: 0.0095, rate: 0.7, spread: 0.5, trend: -0.01 },
  { name: "Teilnahme am Offenen Ganztag", en: "Attendance of all-day primary school", numerator: "Grundschulkinder im Offenen Ganztag", denominator: "Grundschulkinder", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "Schulamt", fields: ["bildung"], phases: ["grundschulalter"], denominatorShare: 0.038, rate: 0.5, spread: 0.3, trend: 0.03 },
  { name: "Übergänge auf das Gymnasium", en: "Transitions to grammar school", numerator: "Übergänge von der Grundschule auf das Gymnasium", denominator: "Übergänge auf weiterführende Schulen", factor: "percent", unit: "%", polarity: "neutral", source: "IT.NRW, Schulstatistik", fields: ["bildung"], phases: ["grundschulalter", "sekundarstufe-1"], denominatorShare: 0.0095, rate: 0.4, spread: 0.3, trend: 0.005 },
  { name: "Kinder mit Einwanderungsgeschichte in Kitas", en: "Children with a migration background in day care", numerator: "Kita-Kinder mit mindestens einem Elternteil ausländischer Herkunft", denominator: "Kita-Kinder", factor: "percent", unit: "%", polarity: "neutral", source: "IT.NRW, Kinder- und Jugendhilfestatistik", fields: ["integration"], phases: ["kita-alter"], denominatorShare: 0.04, rate: 0.3, spread: 0.6, trend: 0.02 },
  { name: "Mitgliedschaft im Sportverein (6 bis 14 Jahre)", en: "Sports club membership (6 to 14)", numerator: "Mitglieder im Alter von 6 bis 14 Jahren", denominator: "Bevölkerung von 6 bis 14 Jahren", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "Landessportbund NRW, Bestandserhebung", fields: ["sport"], phases: ["grundschulalter", "sekundarstufe-1"], denominatorShare: 0.08, rate: 0.55, spread: 0.3, trend: -0.005 },
  { name: "Jugendarbeitslosigkeit (15 bis 24 Jahre)", en: "Youth unemployment (15 to 24)", numerator: "Arbeitslose von 15 bis 24 Jahren", denominator: "Bevölkerung von 15 bis 24 Jahren", factor: "percent", unit: "%", polarity: "lowerIsBetter", source: "Bundesagentur für Arbeit", fields: ["soziales", "bildung"], phases: ["uebergang-schule-beruf"], denominatorShare: 0.1, rate: 0.05, spread: 0.5, trend: -0.01 },
  { name: "Alleinerziehendenhaushalte", en: "Single-parent households", numerator: "Haushalte von Alleinerziehenden mit Kindern unter 18 Jahren", denominator: "Haushalte mit Kindern unter 18 Jahren", factor: "percent", unit: "%", polarity: "neutral", source: "IT.NRW, Mikrozensus", fields: ["soziales"], phases: ["fruehe-kindheit", "grundschulalter"], denominatorShare: 0.1, rate: 0.2, spread: 0.3, trend: 0.005 },
  { name: "Inanspruchnahme Früher Hilfen", en: "Use of early childhood intervention", numerator: "Familien mit Kindern unter 3 Jahren in Angeboten der Frühen Hilfen", denominator: "Familien mit Kindern unter 3 Jahren", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "Jugendamt, Frühe Hilfen", fields: ["jugend", "gesundheit"], phases: ["fruehe-kindheit"], denominatorShare: 0.025, rate: 0.15, spread: 0.6, trend: 0.03 },
  { name: "Zahngesundheit bei der Einschulung", en: "Dental health at school entry", numerator: "Untersuchte Kinder mit behandlungsbedürftigen Zähnen", denominator: "Untersuchte Kinder (zahnärztlicher Dienst)", factor: "percent", unit: "%", polarity: "lowerIsBetter", source: "Gesundheitsamt: Zahnärztlicher Dienst", fields: ["gesundheit"], phases: ["kita-alter"], denominatorShare: 0.0095, rate: 0.18, spread: 0.5, trend: -0.01 },
  { name: "Ausbildungsbeginn nach der Schule", en: "Apprenticeships started after school", numerator: "Schulabgängerinnen und -abgänger mit Ausbildungsvertrag", denominator: "Schulabgängerinnen und -abgänger der Sekundarstufe I", factor: "percent", unit: "%", polarity: "higherIsBetter", source: "Bundesagentur für Arbeit, Ausbildungsmarktstatistik", fields: ["bildung", "soziales"], phases: ["uebergang-schule-beruf"], denominatorShare: 0.006, rate: 0.45, spread: 0.3, trend: -0.01 },
  { name: "Geburten je 1.000 Einwohnerinnen und Einwohner", en: "Births per 1,000 inhabitants", numerator: "Lebendgeborene", denominator: "Bevölkerung insgesamt", factor: "perThousand", unit: "je 1.000", polarity: "neutral", source: "IT.NRW, Bevölkerungsstatistik", fields: ["gesundheit"], phases: ["schwangerschaft"], denominatorShare: 1, rate: 0.0093, spread: 0.15, trend: -0.005 },
];

/** Breakdowns of every theme: the whole group first, then by sex and migration history. */
export const BREAKDOWNS: readonly { suffix: string; en: string; share: number; rate: number }[] = [
  { suffix: "", en: "", share: 1, rate: 1 },
  { suffix: " – Mädchen", en: " – girls", share: 0.49, rate: 0.95 },
  { suffix: " – Jungen", en: " – boys", share: 0.51, rate: 1.05 },
  { suffix: " – mit Einwanderungsgeschichte", en: " – with a migration background", share: 0.38, rate: 1.35 },
  { suffix: " – ohne Einwanderungsgeschichte", en: " – without a migration background", share: 0.62, rate: 0.8 },
];
