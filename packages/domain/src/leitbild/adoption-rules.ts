import type { BodyKind } from "../governance/body-kind.js";
import { bodyKindLabels } from "../governance/body-kind.js";
import type { DecisionOutcome, DecisionSubject } from "../governance/decision.js";
import type { IsoDate } from "../shared/date.js";
import type { LeitbildVersionInput } from "./leitbild-version.js";

/** A broken rule of a Leitbild version, with the path of the field it concerns. */
export interface LeitbildRuleIssue {
  /** Dotted path of the field, e.g. `adoption.decisionId`. */
  path: string;
  /** What is wrong, in German. */
  message: string;
}

/**
 * Whether writing `next` adopts the version: it is created as adopted, or a draft becomes
 * adopted. An adopted version that is only resubmitted or superseded is not adopted again.
 *
 * @example
 * becomesAdopted(null, { status: "adopted" }); // true
 * becomesAdopted({ status: "adopted" }, { status: "superseded" }); // false
 */
export function becomesAdopted(
  existing: Pick<LeitbildVersionInput, "status"> | null,
  next: Pick<LeitbildVersionInput, "status">,
): boolean {
  return next.status === "adopted" && (existing === null || existing.status === "draft");
}

/**
 * Checks a new Leitbild version: it is created as a draft, or as adopted (a version the council
 * adopted before it was recorded here), never as superseded: a version is superseded only by
 * the adoption of a later one. Empty when all is well.
 *
 * @example
 * checkNewLeitbildVersion({ status: "superseded" })[0]?.path; // "status"
 */
export function checkNewLeitbildVersion(version: Pick<LeitbildVersionInput, "status">): LeitbildRuleIssue[] {
  if (version.status !== "superseded") return [];
  return [
    {
      path: "status",
      message:
        "Eine neue Fassung kann nicht als „Abgelöst“ angelegt werden. Legen Sie sie als Entwurf oder beschlossene Fassung an; abgelöst wird sie, wenn eine spätere Fassung beschlossen ist.",
    },
  ];
}

/**
 * Checks the council decision of a version that is being adopted ({@link becomesAdopted}): the
 * decision must be on record in the platform (`adoption.decisionId`), have been adopted
 * (not rejected, deferred or only noted) and carry the date given for the adoption. Pass the
 * linked decision, or `null` when `decisionId` is empty or names no decision. Empty when all is
 * well.
 *
 * @example
 * checkAdoptionDecision({ adoption: { body: "Kreistag", date: "2018-12-19", paperNumber: "SV-9-1217", decisionId: null } }, null)[0]?.path;
 * // "adoption.decisionId"
 */
export function checkAdoptionDecision(
  version: Pick<LeitbildVersionInput, "adoption">,
  decision: { outcome: DecisionOutcome; date: string } | null,
): LeitbildRuleIssue[] {
  const adoption = version.adoption;
  if (adoption === null) {
    return [{ path: "adoption", message: "Eine beschlossene Fassung braucht den Ratsbeschluss (Gremium, Datum, Vorlagennummer)." }];
  }
  if (decision === null) {
    return [
      {
        path: "adoption.decisionId",
        message:
          "Eine Fassung wird mit ihrem Ratsbeschluss beschlossen: Erfassen Sie den Beschluss unter Gremien und Beschlüsse und verknüpfen Sie ihn hier (Beschluss).",
      },
    ];
  }
  const issues: LeitbildRuleIssue[] = [];
  if (decision.outcome !== "adopted") {
    issues.push({ path: "adoption.decisionId", message: "Der verknüpfte Beschluss wurde nicht gefasst (abgelehnt, vertagt oder nur zur Kenntnis genommen); damit ist die Fassung nicht beschlossen." });
  }
  if (decision.date !== adoption.date) {
    issues.push({ path: "adoption.date", message: `Das Beschlussdatum (${adoption.date}) stimmt nicht mit dem Datum des verknüpften Beschlusses (${decision.date}) überein.` });
  }
  return issues;
}

/**
 * Checks that a territory has at most one adopted version: `next` may be adopted only while no
 * other version of its territory is. A later version is adopted from a draft with
 * {@link adoptLeitbildVersion}, which supersedes the one in force in the same step. `others` are
 * the territory's other versions. Empty when all is well.
 *
 * @example
 * checkSingleAdoptedVersion({ status: "adopted", versionNumber: 2 }, [{ status: "adopted", versionNumber: 1 }])[0]?.path; // "status"
 */
export function checkSingleAdoptedVersion(
  next: Pick<LeitbildVersionInput, "status" | "versionNumber">,
  others: readonly Pick<LeitbildVersionInput, "status" | "versionNumber">[],
): LeitbildRuleIssue[] {
  if (next.status !== "adopted") return [];
  const inForce = others.find((v) => v.status === "adopted");
  if (!inForce) return [];
  return [
    {
      path: "status",
      message: `In diesem Gebiet ist bereits Fassung ${inForce.versionNumber} beschlossen, und es gilt immer nur eine Fassung. Legen Sie die neue Fassung als Entwurf an und beschließen Sie sie mit ihrem Ratsbeschluss; Fassung ${inForce.versionNumber} wird dabei abgelöst.`,
    },
  ];
}

/**
 * The bodies that adopt a Leitbild: the council (Kreistag, Rat) or the youth welfare committee
 * (Jugendhilfeausschuss, SGB VIII §71), not the working bodies that prepare it.
 */
export const leitbildAdoptingBodyKinds: readonly BodyKind[] = ["countyCouncil", "townCouncil", "youthWelfareCommittee"];

const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * Checks the body of the decision that adopts a version: a body of the version's own territory
 * (a county's Leitbild is the Kreistag's, a town's its council's) and one that takes formal
 * decisions ({@link leitbildAdoptingBodyKinds}). Pass `null` when the body is not on record.
 * Empty when all is well.
 *
 * @example
 * checkAdoptingBody({ territoryId: county }, { name: "Steuerungsgruppe", kind: "steeringGroup", territoryId: county })[0]?.path;
 * // "adoption.decisionId"
 */
export function checkAdoptingBody(
  version: Pick<LeitbildVersionInput, "territoryId">,
  body: { name: string; kind: BodyKind; territoryId: string } | null,
): LeitbildRuleIssue[] {
  const path = "adoption.decisionId";
  if (body === null) return [{ path, message: "Das Gremium des Beschlusses ist nicht erfasst." }];
  const issues: LeitbildRuleIssue[] = [];
  if (body.territoryId !== version.territoryId) {
    issues.push({ path, message: `Der Beschluss stammt von „${body.name}“, einem Gremium eines anderen Gebiets. Das Leitbild beschließt ein Gremium des Gebiets, für das es gilt.` });
  }
  if (!leitbildAdoptingBodyKinds.includes(body.kind)) {
    issues.push({
      path,
      message: `„${body.name}“ (${bodyKindLabels[body.kind].de}) bereitet Beschlüsse vor, beschließt das Leitbild aber nicht. Verknüpfen Sie den Beschluss des Kreistags, des Rates oder des Jugendhilfeausschusses.`,
    });
  }
  return issues;
}

/**
 * Checks the date of an adoption: not in the future, and not before the adoption of the
 * version in force, which it supersedes. Empty when all is well.
 *
 * @example
 * checkAdoptionDate("2018-12-19", { versionNumber: 1, adoption: { date: "2019-01-10" } }, "2026-11-23")[0]?.path; // "adoption.date"
 */
export function checkAdoptionDate(
  date: IsoDate,
  inForce: { versionNumber: number; adoption: { date: IsoDate } | null } | null,
  today: IsoDate,
): LeitbildRuleIssue[] {
  const path = "adoption.date";
  if (date > today) return [{ path, message: `Der Beschluss ist auf den ${germanDate(date)} datiert und damit noch nicht gefasst.` }];
  if (inForce?.adoption && date < inForce.adoption.date) {
    return [
      {
        path,
        message: `Der Beschluss (${germanDate(date)}) liegt vor dem Beschluss der geltenden Fassung ${inForce.versionNumber} (${germanDate(inForce.adoption.date)}); eine ältere Entscheidung kann eine neuere nicht ablösen.`,
      },
    ];
  }
  return [];
}

/**
 * Checks that a decision adopts only this version: it names no other Leitbild version among its
 * subjects, and no other version of the territory was adopted with it. Empty when all is well.
 *
 * @example
 * checkDecisionForOneVersion(versionId, decisionId, { subjects: [{ type: "leitbildVersion", id: otherId }] }, [])[0]?.path; // "adoption.decisionId"
 */
export function checkDecisionForOneVersion(
  versionId: string | null,
  decisionId: string,
  decision: { subjects: readonly DecisionSubject[] },
  otherVersions: readonly (Pick<LeitbildVersionInput, "versionNumber" | "adoption"> & { id: string })[],
): LeitbildRuleIssue[] {
  const path = "adoption.decisionId";
  const used = otherVersions.find((v) => v.id !== versionId && v.adoption?.decisionId === decisionId);
  if (used) return [{ path, message: `Mit diesem Beschluss wurde bereits Fassung ${used.versionNumber} beschlossen; jede Fassung braucht ihren eigenen Beschluss.` }];
  if (decision.subjects.some((s) => s.type === "leitbildVersion" && s.id !== versionId)) {
    return [{ path, message: "Dieser Beschluss betrifft eine andere Fassung des Leitbildes. Verknüpfen Sie den Beschluss, der diese Fassung beschlossen hat." }];
  }
  return [];
}

/**
 * Checks an edit of a stored version outside the adoption: only drafts can be edited, and they
 * stay drafts, because a version is adopted with its council decision ({@link adoptLeitbildVersion})
 * and superseded only by the adoption of a later one. Returns `null` when the edit is allowed,
 * otherwise the issue; `readOnly` is set when the version is adopted or superseded.
 *
 * @example
 * checkLeitbildEdit(adopted, { ...adopted, title: "Neu" })?.readOnly; // true
 * checkLeitbildEdit(draft, { ...draft, status: "adopted" })?.path; // "status"
 */
export function checkLeitbildEdit(
  existing: LeitbildVersionInput,
  next: LeitbildVersionInput,
): (LeitbildRuleIssue & { readOnly: boolean }) | null {
  if (existing.status !== "draft") {
    const state = existing.status === "adopted" ? "beschlossen" : "abgelöst";
    return {
      path: "",
      readOnly: true,
      message: `Fassung ${existing.versionNumber} des Leitbildes ist ${state} und damit schreibgeschützt: Titel, Präambel, Leitsätze und Beschluss bleiben, wie sie beschlossen wurden. Für einen neuen Text legen Sie eine neue Fassung als Entwurf an; wird sie beschlossen, löst sie die geltende ab.`,
    };
  }
  if (next.status !== "draft") {
    return {
      path: "status",
      readOnly: false,
      message: "Ein Entwurf wird mit „Beschließen“ und seinem Ratsbeschluss beschlossen, nicht durch Bearbeiten; dabei wird die bisher geltende Fassung abgelöst.",
    };
  }
  if (existing.territoryId !== next.territoryId) {
    return { path: "territoryId", readOnly: false, message: "Eine Fassung des Leitbildes kann nicht einem anderen Gebiet zugeordnet werden. Bitte für das andere Gebiet eine eigene Fassung anlegen." };
  }
  return null;
}
