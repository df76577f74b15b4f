import type { Translate } from "../../i18n/translate.js";
import type { PageHead } from "../../server/document.js";
import type { LegalRoute } from "./legal-route.js";

const titles = { accessibility: "legal.accessibility.title", feedback: "legal.feedback.title", imprint: "legal.imprint.title", privacy: "legal.privacy.title" } as const;
const descriptions = { accessibility: "legal.accessibility.status", feedback: "legal.feedback.lead", imprint: "legal.imprint.title", privacy: "legal.privacy.factsTitle" } as const;

/**
 * Title and description of a legal page. The feedback form's answers (sent, errors) are not
 * pages of their own for search engines, and a title starting with the error tells screen
 * reader users at once that the form came back.
 */
export function legalHead(legal: LegalRoute, t: Translate, site: string, path: string): PageHead {
  const title = `${t(titles[legal.kind])} – ${site}`;
  const description = t(descriptions[legal.kind], { operator: site });
  if (legal.kind !== "feedback") return { title, description, path };
  const answered = legal.sent || legal.errors.length > 0 || legal.tooMany;
  const prefix = legal.errors.length > 0 || legal.tooMany ? `${t("legal.feedback.errorSummary")} ` : legal.sent ? `${t("legal.feedback.sentTitle")} – ` : "";
  return { title: `${prefix}${title}`, description, path: answered ? path.split("?")[0]! : path, noIndex: answered };
}
