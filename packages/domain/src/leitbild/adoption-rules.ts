import type { DecisionOutcome } from "../governance/decision.js";
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
 * other version of its territory is. To adopt a new version, mark the one in force as
 * superseded first. `others` are the territory's other versions. Empty when all is well.
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
      message: `In diesem Gebiet ist bereits Fassung ${inForce.versionNumber} beschlossen. Es kann nur eine Fassung beschlossen sein: Setzen Sie Fassung ${inForce.versionNumber} zuerst auf „Abgelöst“.`,
    },
  ];
}
