import type { IsoDate } from "../shared/date.js";
import type { FundingApplicationInput } from "./application.js";
import type { FundingProgrammeInput } from "./programme.js";

/**
 * What {@link computeGrant} needs: the application's eligible costs (zuwendungsfähige Ausgaben)
 * and the programme's funding rate and cap (Förderquote, Höchstbetrag).
 */
export type GrantBasis = Pick<FundingApplicationInput, "eligibleCostsCents"> &
  Pick<FundingProgrammeInput, "fundingRate" | "maxGrantCents">;

/**
 * The grant for eligible costs: the funding rate applied to the costs, rounded down to whole
 * cents (a funder never pays a fraction of a cent more than the rate allows), then capped.
 * Products that miss a whole cent only through binary floating point (0.29 × 100 cents) count
 * as that whole cent. Throws a `RangeError` on negative or fractional cents or a rate outside
 * (0, 1].
 *
 * @example
 * computeGrant({ eligibleCostsCents: 4_375_000, fundingRate: 0.8, maxGrantCents: 3_500_000 }); // 3_500_000
 * computeGrant({ eligibleCostsCents: 5_000_000, fundingRate: 0.8, maxGrantCents: 3_500_000 }); // 3_500_000
 * computeGrant({ eligibleCostsCents: 1_000_001, fundingRate: 0.5, maxGrantCents: null }); // 500_000
 */
export function computeGrant({ eligibleCostsCents, fundingRate, maxGrantCents }: GrantBasis): number {
  const isCents = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;
  if (!isCents(eligibleCostsCents)) {
    throw new RangeError(`Die zuwendungsfähigen Ausgaben müssen ganze, nicht negative Cent sein (erhalten: ${eligibleCostsCents}).`);
  }
  if (!(fundingRate > 0 && fundingRate <= 1)) {
    throw new RangeError(`Die Förderquote muss größer als 0 und höchstens 1 sein (erhalten: ${fundingRate}).`);
  }
  if (maxGrantCents !== null && !isCents(maxGrantCents)) {
    throw new RangeError(`Der Höchstbetrag muss ganze, nicht negative Cent sein (erhalten: ${maxGrantCents}).`);
  }
  const raw = eligibleCostsCents * fundingRate;
  const nearest = Math.round(raw);
  const share = Math.abs(raw - nearest) <= 4 * Number.EPSILON * raw ? nearest : Math.floor(raw);
  return maxGrantCents === null ? share : Math.min(share, maxGrantCents);
}

/**
 * Whether an application on the given date meets the programme's deadline. The deadline day
 * itself still counts ("bis zum 15.04.2018"); a programme without a deadline is always open.
 *
 * @example
 * isBeforeDeadline({ applicationDeadline: "2018-04-15" }, "2018-04-15"); // true
 * isBeforeDeadline({ applicationDeadline: "2018-04-15" }, "2018-04-16"); // false
 */
export function isBeforeDeadline(
  programme: Pick<FundingProgrammeInput, "applicationDeadline">,
  date: IsoDate,
): boolean {
  return programme.applicationDeadline === null || date <= programme.applicationDeadline;
}

/**
 * Restmittel: the granted amount not (yet) accounted for in the proof of use, in cents. Zero
 * without an approval; without a proof of use the whole grant remains. Negative when more was
 * spent than granted, i.e. the excess was paid from own funds.
 *
 * @example
 * remainingFunds(application); // 3_500_000 − 3_412_950 = 87_050
 */
export function remainingFunds(application: Pick<FundingApplicationInput, "approval" | "proofOfUse">): number {
  if (application.approval === null) return 0;
  return application.approval.grantCents - (application.proofOfUse?.spentCents ?? 0);
}
