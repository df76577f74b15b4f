import { z } from "zod";
import { type IsoDate, IsoDateSchema } from "../shared/date.js";
import type { FundingApplicationInput } from "./application.js";
import { type FundingApplicationStatus, canTransition, fundingApplicationStatusLabels } from "./application-status.js";
import { checkFundingApplicationAgainstProgramme, checkGrantByFinancingType, type FundingRuleIssue } from "./application-rules.js";
import { computeGrant } from "./grant.js";
import type { FundingProgrammeInput } from "./programme.js";

/*
 * The lifecycle of a funding application as explicit steps: submit → approval notice (or
 * rejection) → spending → proof of use → closing. Each step checks where the application
 * stands and the rules of that step, and returns the application as it is afterwards, or the
 * broken rules. The caller supplies today's date (no clock here).
 */

const centsSchema = z.number().int().nonnegative();

/**
 * Einreichen: the day the application went to the funder (default today).
 *
 * @example
 * FundingSubmissionSchema.parse({ submittedOn: "2018-04-12" });
 */
export const FundingSubmissionSchema = z.object({ submittedOn: IsoDateSchema.optional() });
/** What submitting an application needs. */
export type FundingSubmission = z.infer<typeof FundingSubmissionSchema>;

/**
 * Zuwendungsbescheid erfassen: the approval notice with its date, the granted amount, the
 * funder's reference, the deadline for the proof of use and, where the notice recognises less
 * than applied for, the recognised eligible costs.
 *
 * @example
 * FundingNoticeSchema.parse({ noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: "48.02-2018-117", proofOfUseDueOn: "2019-06-30" });
 */
export const FundingNoticeSchema = z.object({
  noticeDate: IsoDateSchema,
  grantCents: centsSchema,
  noticeReference: z.string().trim().min(1).max(100).nullable().default(null),
  proofOfUseDueOn: IsoDateSchema,
  recognisedCostsCents: centsSchema.nullable().default(null),
});
/** What recording an approval notice needs. */
export type FundingNotice = z.input<typeof FundingNoticeSchema>;

/**
 * Ablehnung erfassen: the date of the rejection notice and the funder's reason.
 *
 * @example
 * FundingRejectionNoticeSchema.parse({ noticeDate: "2018-05-14", reason: "Programmmittel ausgeschöpft." });
 */
export const FundingRejectionNoticeSchema = z.object({
  noticeDate: IsoDateSchema,
  reason: z.string().trim().max(2000).default(""),
});
/** What recording a rejection needs. */
export type FundingRejectionNotice = z.input<typeof FundingRejectionNoticeSchema>;

/**
 * Ausgabe erfassen: one expenditure of the running project.
 *
 * @example
 * FundingSpendingEntrySchema.parse({ spentOn: "2018-09-30", amountCents: 1_250_000, description: "Honorar 3. Quartal" });
 */
export const FundingSpendingEntrySchema = z.object({
  spentOn: IsoDateSchema,
  amountCents: z.number().int().positive({ message: "Eine Ausgabe ist ein Betrag über 0 €." }),
  description: z.string().trim().max(500).default(""),
});
/** What recording an expenditure needs. */
export type FundingSpendingEntry = z.input<typeof FundingSpendingEntrySchema>;

/**
 * Verwendungsnachweis einreichen: its date (default today) and the amount spent; without an
 * amount, the sum of the recorded expenditures.
 *
 * @example
 * ProofOfUseSubmissionSchema.parse({ submittedOn: "2019-03-31", spentCents: 3_412_950 });
 */
export const ProofOfUseSubmissionSchema = z.object({
  submittedOn: IsoDateSchema.optional(),
  spentCents: centsSchema.optional(),
});
/** What submitting the proof of use needs. */
export type ProofOfUseSubmission = z.infer<typeof ProofOfUseSubmissionSchema>;

/**
 * Abschließen: the day the proof of use was checked and the grant settled (default today).
 *
 * @example
 * FundingClosingSchema.parse({ closedOn: "2019-06-30" });
 */
export const FundingClosingSchema = z.object({ closedOn: IsoDateSchema.optional() });
/** What closing an application needs. */
export type FundingClosing = z.infer<typeof FundingClosingSchema>;

/** The outcome of a step: the application afterwards, or the rules the step would break. */
export type FundingStepResult<T> = { ok: true; application: T } | { ok: false; issues: FundingRuleIssue[] };

/** The programme fields the steps need. */
export type FundingStepProgramme = Pick<FundingProgrammeInput, "name" | "applicationDeadline" | "fundingRate" | "maxGrantCents" | "financingType">;

const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const label = (status: FundingApplicationStatus): string => `„${fundingApplicationStatusLabels[status].de}“`;

function statusIssue(from: FundingApplicationStatus, to: FundingApplicationStatus, step: string): FundingRuleIssue[] {
  if (canTransition(from, to)) return [];
  return [{ path: "status", message: `Ein Antrag im Status ${label(from)} kann nicht ${step}; dafür muss er ${label(stepOrigin[to])} sein.` }];
}

/** The status each target status is reached from, for the message when a step comes too early or too late. */
const stepOrigin: Record<FundingApplicationStatus, FundingApplicationStatus> = {
  draft: "draft",
  submitted: "draft",
  approved: "submitted",
  rejected: "submitted",
  inProgress: "approved",
  proofSubmitted: "inProgress",
  closed: "proofSubmitted",
};

function notAfterToday(path: string, date: IsoDate, today: IsoDate, what: string): FundingRuleIssue[] {
  return date > today ? [{ path, message: `${what} (${germanDate(date)}) liegt in der Zukunft; erfassen Sie den Schritt, wenn er geschehen ist.` }] : [];
}

function result<T>(application: T, issues: FundingRuleIssue[]): FundingStepResult<T> {
  return issues.length === 0 ? { ok: true, application } : { ok: false, issues };
}

/**
 * Submits a draft: status "submitted" with the submission date, which must not lie in the
 * future nor after the programme's deadline (the deadline day counts); the requested amount
 * must stay within rate and cap.
 *
 * @example
 * submitFundingApplication(draft, programme, { submittedOn: "2018-04-12" }, "2018-04-12").ok; // true
 * submitFundingApplication(draft, programme, { submittedOn: "2018-04-16" }, "2018-04-16").ok; // false: after 15.04.2018
 */
export function submitFundingApplication<T extends FundingApplicationInput>(
  application: T,
  programme: FundingStepProgramme,
  submission: FundingSubmission,
  today: IsoDate,
): FundingStepResult<T> {
  const submittedOn = submission.submittedOn ?? today;
  const next: T = { ...application, status: "submitted", submittedOn };
  return result(next, [
    ...statusIssue(application.status, "submitted", "eingereicht werden"),
    ...notAfterToday("submittedOn", submittedOn, today, "Das Einreichungsdatum"),
    ...checkFundingApplicationAgainstProgramme(next, programme),
  ]);
}

/**
 * Records the approval notice of a submitted application: status "approved" with the notice.
 * The notice is dated on or after the submission and not in the future, the proof of use is due
 * after it, recognised costs do not exceed the costs applied for, and the granted amount
 * follows the programme's financing type ({@link checkGrantByFinancingType}).
 *
 * @example
 * recordFundingNotice(submitted, programme, { noticeDate: "2018-05-14", grantCents: 3_500_000, proofOfUseDueOn: "2019-06-30" }, "2018-05-14").ok; // true
 */
export function recordFundingNotice<T extends FundingApplicationInput>(
  application: T,
  programme: FundingStepProgramme,
  notice: FundingNotice,
  today: IsoDate,
): FundingStepResult<T> {
  const parsed = FundingNoticeSchema.parse(notice);
  const approval = {
    noticeDate: parsed.noticeDate,
    grantCents: parsed.grantCents,
    noticeReference: parsed.noticeReference,
    proofOfUseDueOn: parsed.proofOfUseDueOn,
    recognisedCostsCents: parsed.recognisedCostsCents,
  };
  const next: T = { ...application, status: "approved", approval };
  const issues = [
    ...statusIssue(application.status, "approved", "bewilligt werden"),
    ...notAfterToday("noticeDate", parsed.noticeDate, today, "Das Datum des Bescheids"),
  ];
  if (application.submittedOn !== null && parsed.noticeDate < application.submittedOn) {
    issues.push({ path: "noticeDate", message: `Der Bescheid (${germanDate(parsed.noticeDate)}) kann nicht vor der Einreichung des Antrags (${germanDate(application.submittedOn)}) ergangen sein.` });
  }
  if (parsed.proofOfUseDueOn <= parsed.noticeDate) {
    issues.push({ path: "proofOfUseDueOn", message: "Die Frist für den Verwendungsnachweis muss nach dem Datum des Bescheids liegen." });
  }
  if (parsed.recognisedCostsCents !== null && parsed.recognisedCostsCents > application.eligibleCostsCents) {
    issues.push({ path: "recognisedCostsCents", message: "Der Bescheid kann nicht mehr zuwendungsfähige Ausgaben anerkennen, als beantragt wurden." });
  }
  const grantIssues = checkGrantByFinancingType(next, programme).map((issue) => ({ ...issue, path: "grantCents" }));
  return result(next, [...issues, ...grantIssues]);
}

/**
 * Records the rejection of a submitted application: status "rejected" (final) with the notice's
 * date (on or after the submission, not in the future) and reason.
 *
 * @example
 * rejectFundingApplication(submitted, { noticeDate: "2018-05-14", reason: "Mittel ausgeschöpft" }, "2018-06-01").ok; // true
 */
export function rejectFundingApplication<T extends FundingApplicationInput>(
  application: T,
  notice: FundingRejectionNotice,
  today: IsoDate,
): FundingStepResult<T> {
  const parsed = FundingRejectionNoticeSchema.parse(notice);
  const next: T = { ...application, status: "rejected", rejection: { noticeDate: parsed.noticeDate, reason: parsed.reason } };
  const issues = [
    ...statusIssue(application.status, "rejected", "abgelehnt werden"),
    ...notAfterToday("noticeDate", parsed.noticeDate, today, "Das Datum des Bescheids"),
  ];
  if (application.submittedOn !== null && parsed.noticeDate < application.submittedOn) {
    issues.push({ path: "noticeDate", message: `Der Bescheid (${germanDate(parsed.noticeDate)}) kann nicht vor der Einreichung des Antrags (${germanDate(application.submittedOn)}) ergangen sein.` });
  }
  return result(next, issues);
}

/**
 * Records one expenditure of an approved project; the first one moves the application to
 * "in progress". Expenditures are dated on or after the approval notice (earlier ones are not
 * eligible: vorzeitiger Maßnahmebeginn) and not in the future.
 *
 * @example
 * recordFundingSpending(approved, { spentOn: "2018-09-30", amountCents: 1_250_000 }, "2018-10-01").ok; // true
 */
export function recordFundingSpending<T extends FundingApplicationInput>(
  application: T,
  entry: FundingSpendingEntry,
  today: IsoDate,
): FundingStepResult<T> {
  const parsed = FundingSpendingEntrySchema.parse(entry);
  const spending = [...(application.spending ?? []), { spentOn: parsed.spentOn, amountCents: parsed.amountCents, description: parsed.description }];
  const next: T = { ...application, status: "inProgress", spending };
  const issues: FundingRuleIssue[] =
    application.status === "approved" || application.status === "inProgress"
      ? []
      : [{ path: "status", message: `Ausgaben werden für bewilligte Anträge in Umsetzung erfasst; dieser Antrag ist ${label(application.status)}.` }];
  issues.push(...notAfterToday("spentOn", parsed.spentOn, today, "Das Datum der Ausgabe"));
  const approval = application.approval;
  if (approval && parsed.spentOn < approval.noticeDate) {
    issues.push({
      path: "spentOn",
      message: `Die Ausgabe (${germanDate(parsed.spentOn)}) liegt vor dem Zuwendungsbescheid (${germanDate(approval.noticeDate)}); vor dem Bescheid begonnene Vorhaben sind nicht förderfähig (vorzeitiger Maßnahmebeginn).`,
    });
  }
  return result(next, issues);
}

/** The sum of the expenditures recorded for an application, in cents. */
export function totalSpending(application: Pick<FundingApplicationInput, "spending">): number {
  return (application.spending ?? []).reduce((sum, entry) => sum + entry.amountCents, 0);
}

/**
 * Submits the proof of use of a project in progress: status "proofSubmitted". It is due by the
 * deadline of the approval notice, dated not before the notice or the last expenditure and
 * not in the future; the amount spent is the sum of the recorded expenditures (a different
 * amount is refused while expenditures are recorded).
 *
 * @example
 * submitProofOfUse(inProgress, { submittedOn: "2019-03-31" }, "2019-04-01").ok; // true if due by then
 */
export function submitProofOfUse<T extends FundingApplicationInput>(
  application: T,
  submission: ProofOfUseSubmission,
  today: IsoDate,
): FundingStepResult<T> {
  const submittedOn = submission.submittedOn ?? today;
  const recorded = totalSpending(application);
  const spentCents = submission.spentCents ?? recorded;
  const next: T = { ...application, status: "proofSubmitted", proofOfUse: { submittedOn, spentCents } };
  const issues = [
    ...statusIssue(application.status, "proofSubmitted", "den Verwendungsnachweis einreichen"),
    ...notAfterToday("submittedOn", submittedOn, today, "Das Einreichungsdatum"),
  ];
  const dueOn = application.approval?.proofOfUseDueOn;
  if (dueOn && submittedOn > dueOn) {
    issues.push({
      path: "submittedOn",
      message: `Der Verwendungsnachweis war bis zum ${germanDate(dueOn)} einzureichen (Frist laut Zuwendungsbescheid). Vereinbaren Sie mit dem Fördergeber eine Fristverlängerung, bevor Sie ihn verspätet erfassen.`,
    });
  }
  const noticeDate = application.approval?.noticeDate;
  if (noticeDate && submittedOn < noticeDate) {
    issues.push({ path: "submittedOn", message: `Der Verwendungsnachweis kann nicht vor dem Zuwendungsbescheid (${germanDate(noticeDate)}) eingereicht worden sein.` });
  }
  const lastSpending = (application.spending ?? []).reduce<string | null>((last, entry) => (last === null || entry.spentOn > last ? entry.spentOn : last), null);
  if (lastSpending && submittedOn < lastSpending) {
    issues.push({ path: "submittedOn", message: `Der Verwendungsnachweis kann nicht vor der letzten erfassten Ausgabe (${germanDate(lastSpending)}) eingereicht worden sein.` });
  }
  if (recorded > 0 && spentCents !== recorded) {
    const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
    issues.push({
      path: "spentCents",
      message: `Der Verwendungsnachweis nennt ${euro.format(spentCents / 100)}, erfasst sind Ausgaben von ${euro.format(recorded / 100)}. Erfassen Sie die fehlenden Ausgaben oder lassen Sie den Betrag leer.`,
    });
  }
  return result(next, issues);
}

/**
 * Rückforderung: what the grantee pays back once the proof of use is checked, by the
 * programme's financing type (VV zu §44 LHO):
 * - fixed amount: nothing, unless less was spent than granted (then the difference);
 * - share of costs: the grant falls to the rate of what was actually spent (capped);
 * - deficit: savings reduce the grant in full: the planned own share (eligible costs less
 *   grant) is spent first, the grant covers only what remains.
 * Zero without an approval or a proof of use.
 *
 * @example
 * fundingRepayment(
 *   { eligibleCostsCents: 4_375_000, approval: { noticeDate: "2018-05-14", grantCents: 3_500_000, noticeReference: null }, proofOfUse: { submittedOn: "2019-03-31", spentCents: 4_000_000 } },
 *   { fundingRate: 0.8, maxGrantCents: 3_500_000, financingType: "shareOfCosts" },
 * ); // 300_000: 80 % of 40,000 € is 32,000 €
 */
export function fundingRepayment(
  application: Pick<FundingApplicationInput, "eligibleCostsCents" | "approval" | "proofOfUse">,
  programme: Pick<FundingProgrammeInput, "fundingRate" | "maxGrantCents" | "financingType">,
): number {
  const { approval, proofOfUse } = application;
  if (approval === null || proofOfUse === null) return 0;
  const grant = approval.grantCents;
  const spent = proofOfUse.spentCents;
  switch (programme.financingType) {
    case "fixedAmount":
      return Math.max(0, grant - spent);
    case "shareOfCosts":
      return Math.max(0, grant - computeGrant({ eligibleCostsCents: spent, fundingRate: programme.fundingRate, maxGrantCents: programme.maxGrantCents }));
    case "deficit": {
      const ownShare = Math.max(0, (approval.recognisedCostsCents ?? application.eligibleCostsCents) - grant);
      return Math.max(0, grant - Math.max(0, spent - ownShare));
    }
  }
}

/**
 * Closes an application whose proof of use was checked: status "closed" with the settlement
 * (date, and the repayment by {@link fundingRepayment}). The closing is dated on or after the
 * proof of use and not in the future.
 *
 * @example
 * closeFundingApplication(proofSubmitted, programme, { closedOn: "2019-06-30" }, "2019-07-01");
 */
export function closeFundingApplication<T extends FundingApplicationInput>(
  application: T,
  programme: FundingStepProgramme,
  closing: FundingClosing,
  today: IsoDate,
): FundingStepResult<T> {
  const closedOn = closing.closedOn ?? today;
  const next: T = { ...application, status: "closed", settlement: { closedOn, repaymentCents: fundingRepayment(application, programme) } };
  const issues = [
    ...statusIssue(application.status, "closed", "abgeschlossen werden"),
    ...notAfterToday("closedOn", closedOn, today, "Das Datum des Abschlusses"),
  ];
  const proofOn = application.proofOfUse?.submittedOn;
  if (proofOn && closedOn < proofOn) {
    issues.push({ path: "closedOn", message: `Ein Antrag kann nicht vor der Einreichung seines Verwendungsnachweises (${germanDate(proofOn)}) abgeschlossen werden.` });
  }
  return result(next, issues);
}

const workflowFields = ["status", "submittedOn", "approval", "rejection", "spending", "proofOfUse", "settlement"] as const;
const submittedFields = ["programmeId", "territoryId", "eligibleCostsCents", "requestedGrantCents"] as const;

/** Compares two JSON values regardless of key order; absent counts as null, and absent spending as none. */
function sameValue(a: unknown, b: unknown): boolean {
  const normal = (value: unknown): unknown => {
    if (value === undefined) return null;
    if (Array.isArray(value)) return value.map(normal);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined && v !== null)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([k, v]) => [k, normal(v)]),
      );
    }
    return value;
  };
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

/**
 * Checks an edit of a stored application outside the lifecycle steps: the status and what the
 * steps record (submission date, notice, rejection, expenditures, proof of use, settlement)
 * change only through the steps, and once submitted the programme, territory, eligible costs
 * and requested amount stay as submitted. Title, description and goals stay editable. Empty
 * when all is well.
 *
 * @example
 * checkFundingApplicationEdit(draft, { ...draft, status: "approved" })[0]?.path; // "status"
 */
export function checkFundingApplicationEdit(existing: FundingApplicationInput, next: FundingApplicationInput): FundingRuleIssue[] {
  const issues: FundingRuleIssue[] = [];
  const spendingOf = (a: FundingApplicationInput) => a.spending ?? [];
  for (const field of workflowFields) {
    const before = field === "spending" ? spendingOf(existing) : existing[field];
    const after = field === "spending" ? spendingOf(next) : next[field];
    if (sameValue(before, after)) continue;
    issues.push({
      path: field,
      message:
        field === "status"
          ? "Der Status eines Antrags ändert sich nur über seine Schritte: Einreichen, Bescheid erfassen, Ablehnung erfassen, Ausgabe erfassen, Verwendungsnachweis einreichen, Abschließen."
          : `Dieses Feld wird über den jeweiligen Schritt erfasst (Einreichen, Bescheid, Ablehnung, Ausgabe, Verwendungsnachweis, Abschluss) und kann nicht direkt geändert werden.`,
    });
  }
  if (existing.status !== "draft") {
    for (const field of submittedFields) {
      if (existing[field] === next[field]) continue;
      issues.push({
        path: field,
        message: "Nach der Einreichung bleiben Programm, Gebiet, zuwendungsfähige Ausgaben und beantragte Zuwendung wie eingereicht. Titel, Beschreibung und Ziele können Sie weiter ändern.",
      });
    }
  }
  return issues;
}
