import type { RouterOutputs } from "./trpc.js";

type Application = RouterOutputs["fundingApplication"]["list"]["items"][number];

/** Applied, approved and spent of one programme in one year, in cents. */
export interface FundingYear {
  programmeId: string;
  year: number;
  applied: number;
  approved: number;
  spent: number;
}

const yearOf = (date: string | null | undefined): number | null => (date ? Number(date.slice(0, 4)) : null);

/**
 * Funding per programme and year, by the rule of the committee report: applied in the year of
 * submission (the requested grant), approved in the year of the notice (the grant), spent in the
 * year of each recorded expenditure, or — without any — in the year of the proof of use.
 *
 * @example
 * fundingByYear(applications); // [{ programmeId, year: 2018, applied: 3_500_000, approved: 3_500_000, spent: 0 }, …]
 */
export function fundingByYear(applications: readonly Application[]): FundingYear[] {
  const rows = new Map<string, FundingYear>();
  const add = (programmeId: string, year: number | null, kind: "applied" | "approved" | "spent", cents: number) => {
    if (year === null) return;
    const key = `${programmeId}|${year}`;
    const row = rows.get(key) ?? { programmeId, year, applied: 0, approved: 0, spent: 0 };
    row[kind] += cents;
    rows.set(key, row);
  };
  for (const application of applications) {
    add(application.programmeId, yearOf(application.submittedOn), "applied", application.requestedGrantCents);
    if (application.approval) add(application.programmeId, yearOf(application.approval.noticeDate), "approved", application.approval.grantCents);
    const spending = application.spending ?? [];
    if (spending.length > 0) for (const entry of spending) add(application.programmeId, yearOf(entry.spentOn), "spent", entry.amountCents);
    else if (application.proofOfUse) add(application.programmeId, yearOf(application.proofOfUse.submittedOn), "spent", application.proofOfUse.spentCents);
  }
  return [...rows.values()].sort((a, b) => a.programmeId.localeCompare(b.programmeId) || a.year - b.year);
}
