import { progressStatusLabels, type ProgressStatus } from "@praeventionskette/domain";
import { useTranslation } from "react-i18next";
import { useLabels } from "../lib/labels.js";

// A symbol beside the word, so the status never depends on colour.
const SYMBOLS: Record<ProgressStatus, string> = {
  targetAchieved: "✔",
  onTrack: "↗",
  accelerationNeeded: "→",
  limitedProgress: "↘",
  deterioration: "✖",
  noData: "?",
};

/** A goal's progress status: symbol, label and the sentence that explains it in plain German. */
export function GoalStatus({ status, measured }: { status: ProgressStatus; measured: boolean }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  if (!measured) return <p className="goal-status goal-status--none">{t("goals.notMeasured")}</p>;
  return (
    <p className={`goal-status goal-status--${status}`}>
      <span className="goal-status__badge"><span aria-hidden="true">{SYMBOLS[status]} </span>{label(progressStatusLabels, status)}</span>{" "}
      <span className="goal-status__sentence">{t(`goals.sentence.${status}`)}</span>
    </p>
  );
}
