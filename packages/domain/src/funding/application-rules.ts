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

/**
 * What a programme grants on the eligible costs an approval notice recognises (the costs applied
 * for, unless the notice recognises less): the funding rate applied to them, capped by the
 * maximum grant ({@link computeGrant}).
 *
 * @example
 * grantForNotice({ eligibleCostsCents: 4_375_000, approval: { recognisedCostsCents: 4_000_000 } }, { fundingRate: 0.8, maxGrantCents: 3_500_000 });
 * // 3_200_000
 */
export function grantForNotice(
  application: Pick<FundingApplicationInput, "eligibleCostsCents"> & { approval: Pick<NonNullable<FundingApplicationInput["approval"]>, "recognisedCostsCents"> | null },
  programme: Pick<FundingProgrammeInput, "fundingRate" | "maxGrantCents">,
): number {
  const costs = application.approval?.recognisedCostsCents ?? application.eligibleCostsCents;
  return computeGrant({ eligibleCostsCents: costs, fundingRate: programme.fundingRate, maxGrantCents: programme.maxGrantCents });
}

/**
 * Checks the granted amount of an approval notice against the programme's financing type
 * (Finanzierungsart), on every write that carries a notice:
 * - share of costs (Anteilfinanzierung): the grant is exactly the funding rate of the
 *   recognised eligible costs, capped by the maximum grant;
 * - fixed amount (Festbetragsfinanzierung): a fixed sum of at most the programme's fixed amount
 *   and at most the rate of the recognised costs;
 * - deficit (Fehlbedarfsfinanzierung): at most the rate of the recognised costs and the cap;
 * and in every case more than 0 € (a refusal is recorded as a rejection). Empty when all is well
 * or when there is no notice.
 *
 * @example
 * checkGrantByFinancingType(
 *   { eligibleCostsCents: 1_000_000, approval: { noticeDate: "2018-05-14", grantCents: 700_000, noticeReference: null } },
 *   { name: "Anteil", fundingRate: 0.8, maxGrantCents: null, financingType: "shareOfCosts" },
 * )[0]?.path; // "approval.grantCents" (80 % of 10,000 € is 8,000 €)
 */
export function checkGrantByFinancingType(
  application: Pick<FundingApplicationInput, "eligibleCostsCents" | "approval">,
  programme: Pick<FundingProgrammeInput, "name" | "fundingRate" | "maxGrantCents" | "financingType">,
): FundingRuleIssue[] {
  const approval = application.approval;
  if (approval === null) return [];
  const path = "approval.grantCents";
  if (approval.grantCents === 0) {
    return [{ path, message: "Ein Bescheid über 0 € ist keine Bewilligung. Erfassen Sie stattdessen die Ablehnung." }];
  }
  const share = grantForNotice(application, programme);
  const costs = approval.recognisedCostsCents ?? application.eligibleCostsCents;
  const rate = `${String(Math.round(programme.fundingRate * 1000) / 10).replace(".", ",")} %`;
  const granted = euro.format(approval.grantCents / 100);
  if (programme.financingType === "shareOfCosts" && approval.grantCents !== share) {
    return [
      {
        path,
        message:
          `Bei einer Anteilfinanzierung beträgt die Zuwendung ${rate} der zuwendungsfähigen Ausgaben (${euro.format(costs / 100)})` +
          `${programme.maxGrantCents === null ? "" : `, höchstens ${euro.format(programme.maxGrantCents / 100)}`}, hier also ${euro.format(share / 100)}; erfasst sind ${granted}. ` +
          "Hat der Bescheid weniger Ausgaben anerkannt, tragen Sie die anerkannten Ausgaben ein.",
      },
    ];
  }
  if (programme.financingType === "fixedAmount" && approval.grantCents > share) {
    return [
      {
        path,
        message: `Bei der Festbetragsfinanzierung des Programms „${programme.name}“ ist die Zuwendung ein fester Betrag von höchstens ${euro.format(share / 100)} (Festbetrag des Programms, höchstens ${rate} der zuwendungsfähigen Ausgaben); erfasst sind ${granted}.`,
      },
    ];
  }
  if (approval.grantCents > share) {
    return [
      {
        path,
        message: `Bei einer Fehlbedarfsfinanzierung deckt die Zuwendung höchstens ${rate} der zuwendungsfähigen Ausgaben (${euro.format(costs / 100)})${programme.maxGrantCents === null ? "" : `, höchstens ${euro.format(programme.maxGrantCents / 100)}`}, hier also ${euro.format(share / 100)}; erfasst sind ${granted}.`,
      },
    ];
  }
  return [];
}
