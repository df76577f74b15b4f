import "./legal.css";
import { AccessibilityStatement } from "./AccessibilityStatement.js";
import { ConfiguredDocument } from "./ConfiguredDocument.js";
import { FeedbackForm } from "./FeedbackForm.js";
import type { LegalRoute } from "./legal-route.js";

/** One of the pages a public body's site must have: accessibility statement, feedback, imprint, privacy. */
export function LegalPage({ legal }: { legal: LegalRoute }) {
  switch (legal.kind) {
    case "accessibility":
      return <AccessibilityStatement />;
    case "feedback":
      return <FeedbackForm state={legal} />;
    case "imprint":
      return <ConfiguredDocument document="imprint" />;
    case "privacy":
      return <ConfiguredDocument document="privacy" />;
  }
}
