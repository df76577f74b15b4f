import { useLabels } from "../../lib/labels.js";
import { formatAge, percentOf, timelineTicks } from "./age.js";
import type { LifePhase, Transition } from "./configuration-data.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { configurationDe, configurationEn } from "./texts.js";

/**
 * The life phases as bars over the age, with the transitions marked where the next phase
 * begins. A list, so that screen readers read each phase with its ages; the bars are drawing.
 */
export function LifePhaseTimeline({ phases, transitions }: { phases: LifePhase[]; transitions: Transition[] }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const { name } = useLabels();
  if (phases.length === 0) return null;
  const start = Math.min(-9, ...phases.map((phase) => phase.minAgeMonths));
  const end = Math.max(...phases.map((phase) => phase.maxAgeMonths));
  const at = (months: number) => `${percentOf(months, start, end)}%`;
  const phaseById = new Map(phases.map((phase) => [phase.id, phase]));
  return (
    <figure className="timeline" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption">
        <strong>{t("configuration.timeline")}</strong>
        <span className="muted"> {t("configuration.timelineDescription")}</span>
      </figcaption>
      <ol className="timeline__phases">
        {phases.map((phase) => (
          <li key={phase.id} className="timeline__phase">
            <span className="timeline__label">
              {name(phase.name)}{" "}
              <span className="muted">{t("configuration.ageRange", { from: formatAge(t, phase.minAgeMonths), to: formatAge(t, phase.maxAgeMonths) })}</span>
            </span>
            <span className="timeline__track" aria-hidden="true">
              <span className="timeline__bar" style={{ left: at(phase.minAgeMonths), width: `${percentOf(phase.maxAgeMonths, start, end) - percentOf(phase.minAgeMonths, start, end)}%` }} />
            </span>
          </li>
        ))}
      </ol>
      {transitions.length > 0 && (
        <ul className="timeline__transitions">
          {transitions.map((transition) => {
            const entered = phaseById.get(transition.toLifePhaseId);
            return (
              <li key={transition.id} style={{ left: entered ? at(entered.minAgeMonths) : "0%" }}>
                <span className="timeline__diamond" aria-hidden="true" />
                <span className="timeline__code">{transition.code}</span>
                <span className="visually-hidden">: {name(transition.name)}{entered ? `, ${formatAge(t, entered.minAgeMonths)}` : ""}</span>
              </li>
            );
          })}
        </ul>
      )}
      <div className="timeline__axis" aria-hidden="true">
        {timelineTicks(start, end).map((month) => (
          <span key={month} style={{ left: at(month) }}>{month === 0 ? t("configuration.birth") : formatAge(t, month)}</span>
        ))}
      </div>
    </figure>
  );
}
