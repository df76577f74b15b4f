import type { FundingApplicationInput } from "./application.js";
import type { FundingApplicationStatus } from "./application-status.js";
import { fundingApplicationStatusLabels } from "./application-status.js";
import { computeGrant, isBeforeDeadline } from "./grant.js";
import type { FundingProgrammeInput } from "./programme.js";

/** A broken rule of a funding application, with the path of the field it concerns. */
export interface FundingRuleIssue {
  /** Dotted path of the field, e.g. `approval.grantCents`. */
  path: string;
  /** What is wrong, in German. */
  message: string;
}

/**
 * The statuses a funding application may be created with: a draft, or one submitted already.
 * Everything after that (notice, spending, proof of use, closing) is recorded by moving it on.
 */
export const initialFundingApplicationStatuses: readonly FundingApplicationStatus[] = ["draft", "submitted"];

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * Checks a new funding application: it starts as a draft or as submitted, never later in its
 * lifecycle (an approval notice, spending or a proof of use is recorded by moving it on, so
 * each step keeps its date and author). Empty when all is well.
 *
 * @example
 * checkNewFundingApplication({ status: "closed" });
 * // [{ path: "status", message: "Ein neuer Antrag beginnt als „Entwurf“ oder „Eingereicht“ …" }]
 */
export function checkNewFundingApplication(application: Pick<FundingApplicationInput, "status">): FundingRuleIssue[] {
  if (initialFundingApplicationStatuses.includes(application.status)) return [];
  return [
    {
      path: "status",
      message:
        `Ein neuer Antrag beginnt als „Entwurf“ oder „Eingereicht“, nicht als „${fundingApplicationStatusLabels[application.status].de}“. ` +
        "Legen Sie ihn an und führen Sie ihn dann Schritt für Schritt weiter (Bescheid, Umsetzung, Verwendungsnachweis).",
    },
  ];
}

/**
 * Checks a funding application against its programme, on creation and on every change: it was
 * submitted by the programme's deadline (the deadline day counts), and neither the requested
 * nor the granted amount exceeds what the programme pays for the eligible costs (funding rate,
 * rounded down to the cent, capped by the maximum grant; see {@link computeGrant}). Empty when
 * all is well.
 *
 * @example
 * checkFundingApplicationAgainstProgramme(
 *   { submittedOn: "2018-04-16", eligibleCostsCents: 4_375_000, requestedGrantCents: 3_600_000, approval: null },
 *   { name: "Lückenschluss 2018", applicationDeadline: "2018-04-15", fundingRate: 0.8, maxGrantCents: 3_500_000 },
 * ).map((issue) => issue.path); // ["submittedOn", "requestedGrantCents"]
 */
export function checkFundingApplicationAgainstProgramme(
  application: Pick<FundingApplicationInput, "submittedOn" | "eligibleCostsCents" | "requestedGrantCents" | "approval">,
  programme: Pick<FundingProgrammeInput, "name" | "applicationDeadline" | "fundingRate" | "maxGrantCents">,
): FundingRuleIssue[] {
  const issues: FundingRuleIssue[] = [];
  if (application.submittedOn !== null && !isBeforeDeadline(programme, application.submittedOn)) {
    issues.push({
      path: "submittedOn",
      message: `Der Antrag wurde am ${germanDate(application.submittedOn)} eingereicht, nach der Antragsfrist des Programms „${programme.name}“ (${germanDate(programme.applicationDeadline ?? "")}).`,
    });
  }
  const maximum = computeGrant({ eligibleCostsCents: application.eligibleCostsCents, fundingRate: programme.fundingRate, maxGrantCents: programme.maxGrantCents });
  const rule =
    `${String(Math.round(programme.fundingRate * 1000) / 10).replace(".", ",")} % der zuwendungsfähigen Ausgaben` +
    (programme.maxGrantCents === null ? "" : `, höchstens ${euro.format(programme.maxGrantCents / 100)}`);
  if (application.requestedGrantCents > maximum) {
    issues.push({
      path: "requestedGrantCents",
      message: `Die beantragte Zuwendung (${euro.format(application.requestedGrantCents / 100)}) übersteigt, was das Programm „${programme.name}“ gewährt: ${rule}, hier also ${euro.format(maximum / 100)}.`,
    });
  }
  if (application.approval !== null && application.approval.grantCents > maximum) {
    issues.push({
      path: "approval.grantCents",
      message: `Die bewilligte Zuwendung (${euro.format(application.approval.grantCents / 100)}) übersteigt, was das Programm „${programme.name}“ gewährt: ${rule}, hier also ${euro.format(maximum / 100)}.`,
    });
  }
  return issues;
}
