import type { PageTexts } from "../page-texts.js";

const de = {
  title: "Selbstbewertung",
  lead: "Der Entwicklungsstand der Präventionsketten nach dem Qualitätsrahmen: die vier Stationen des Qualitätskreislaufs und die Checkliste a–g, je Jugendamt nebeneinander.",
  internal: "Selbstbewertungen sind interne Arbeitsstände: Sie sehen sie nach der Anmeldung als Mitarbeitende.",
  none: "Es gibt keine Selbstbewertungen, die Sie sehen dürfen.",
  caption: "Selbstbewertungen nebeneinander: {{names}}",
  item: "Merkmal",
  assessed: "Bewertet am {{date}} von {{by}}",
  maturity: "Entwicklungsstand",
  score: "{{level}} ({{score}} von 100 Punkten)",
  prerequisitesScore: "Voraussetzungen (a–g)",
  stationsScore: "Stationen des Qualitätskreislaufs",
  percent: "{{value}} %",
  stationsGroup: "Stationen des Qualitätskreislaufs",
  prerequisitesGroup: "Checkliste: Voraussetzungen a–g",
  changeHeading: "Veränderung zur vorigen Bewertung",
  change: "Veränderung seit {{date}}",
  changeText: "{{sign}}{{points}} Punkte; besser: {{improved}}; schlechter: {{worsened}}",
  nothing: "nichts",
  method: "Punkte je Merkmal: nicht vorhanden 0, in Vorbereitung 1, teilweise 2, vollständig 3. Der Gesamtwert gewichtet die Voraussetzungen mit 60 % und die Stationen mit 40 %.",
};

const en: typeof de = {
  title: "Self-assessment",
  lead: "The maturity of the prevention chains by the quality framework: the four stations of the quality cycle and the checklist a–g, per youth office side by side.",
  internal: "Self-assessments are internal working papers: staff see them after signing in.",
  none: "There are no self-assessments you may see.",
  caption: "Self-assessments side by side: {{names}}",
  item: "Item",
  assessed: "Assessed on {{date}} by {{by}}",
  maturity: "Maturity",
  score: "{{level}} ({{score}} of 100 points)",
  prerequisitesScore: "Prerequisites (a–g)",
  stationsScore: "Stations of the quality cycle",
  percent: "{{value}} %",
  stationsGroup: "Stations of the quality cycle",
  prerequisitesGroup: "Checklist: prerequisites a–g",
  changeHeading: "Change since the previous assessment",
  change: "Change since {{date}}",
  changeText: "{{sign}}{{points}} points; better: {{improved}}; worse: {{worsened}}",
  nothing: "nothing",
  method: "Points per item: not in place 0, in preparation 1, partly 2, fully 3. The total weights the prerequisites 60 % and the stations 40 %.",
};

export const selfAssessmentTexts: PageTexts<typeof de> = { de, en };
