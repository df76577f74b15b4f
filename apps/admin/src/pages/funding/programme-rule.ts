import { financingTypeLabels, type FundingProgrammeInput, labelOf, type Locale } from "@praeventionskette/domain";
import { formatEuro } from "../../forms/money.js";

/**
 * The programme's rule in one line, e.g. "80 % der zuwendungsfähigen Ausgaben, höchstens
 * 35.000,00 € (Festbetragsfinanzierung)".
 */
export function programmeRule(programme: Pick<FundingProgrammeInput, "fundingRate" | "maxGrantCents" | "financingType">, locale: Locale): string {
  const rate = new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { style: "percent", maximumFractionDigits: 1 }).format(programme.fundingRate);
  const cap = programme.maxGrantCents === null ? "" : locale === "de" ? `, höchstens ${formatEuro(programme.maxGrantCents, locale)}` : `, at most ${formatEuro(programme.maxGrantCents, locale)}`;
  const costs = locale === "de" ? "der zuwendungsfähigen Ausgaben" : "of eligible costs";
  return `${rate} ${costs}${cap} (${labelOf(financingTypeLabels, programme.financingType, locale)})`;
}
