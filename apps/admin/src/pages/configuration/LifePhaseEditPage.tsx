import type { LifePhaseInput } from "@praeventionskette/domain";
import { TextField } from "@praeventionskette/ui";
import { useMutation } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useAreaTexts } from "../../lib/area-texts.js";
import { useTRPC } from "../../lib/trpc.js";
import type { LifePhase } from "./configuration-data.js";
import { ConfigurationRecordEditor, type DataOrErrors, namedDataOf, namedValuesOf, type NamedValues } from "./ConfigurationRecordEditor.js";
import { configurationDe, configurationEn } from "./texts.js";

/** The form's values: numbers stay text while typed, so that nothing typed is lost. */
interface PhaseValues extends NamedValues {
  minAgeMonths: string;
  maxAgeMonths: string;
  order: string;
}

const valuesOf = (phase: LifePhase): PhaseValues => ({
  ...namedValuesOf(phase),
  minAgeMonths: String(phase.minAgeMonths),
  maxAgeMonths: String(phase.maxAgeMonths),
  order: String(phase.order),
});

/** A whole number as typed (also with the typographic minus), or null. */
function wholeNumber(text: string): number | null {
  const normalised = text.trim().replace("−", "-");
  return /^-?\d+$/.test(normalised) ? Number(normalised) : null;
}

/** `/konfiguration/lebensphasen/:id`: a youth office adapts one of its life phases. */
export function LifePhaseEditPage() {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const { id } = useParams({ from: "/staff/konfiguration/lebensphasen/$id" });
  const update = useMutation(trpc.lifePhase.update.mutationOptions());

  /** The phase as the API gets it, or a message at each number that is not a whole number. */
  const dataOf = (values: PhaseValues, record: LifePhase): DataOrErrors<LifePhaseInput> => {
    const numbers = { minAgeMonths: wholeNumber(values.minAgeMonths), maxAgeMonths: wholeNumber(values.maxAgeMonths), order: wholeNumber(values.order) };
    const notNumbers = Object.entries(numbers).filter(([, value]) => value === null);
    if (notNumbers.length > 0) return { errors: Object.fromEntries(notNumbers.map(([field]) => [field, t("configuration.notANumber")])) };
    return { data: { ...namedDataOf(values, record), minAgeMonths: numbers.minAgeMonths ?? 0, maxAgeMonths: numbers.maxAgeMonths ?? 0, order: numbers.order ?? 0 } };
  };

  return (
    <ConfigurationRecordEditor
      title={t("configuration.editPhaseTitle")}
      query={trpc.lifePhase.get.queryOptions({ id })}
      queryKey={trpc.lifePhase.pathKey()}
      update={update.mutateAsync}
      valuesOf={valuesOf}
      dataOf={dataOf}
      moreFields={{
        paths: ["minAgeMonths", "maxAgeMonths", "order"],
        compared: [
          { label: t("configuration.minAge"), of: (v) => v.minAgeMonths },
          { label: t("configuration.maxAge"), of: (v) => v.maxAgeMonths },
          { label: t("configuration.order"), of: (v) => v.order },
        ],
        render: ({ values, errors, set }) => (
          <>
            <div className="field-row">
              <TextField
                label={t("configuration.minAge")}
                description={t("configuration.minAgeHint")}
                inputMode="numeric"
                isRequired validationBehavior="aria"
                value={values.minAgeMonths}
                onChange={(minAgeMonths) => set("minAgeMonths", minAgeMonths)}
                errorMessage={errors.minAgeMonths ?? null}
              />
              <TextField
                label={t("configuration.maxAge")}
                description={t("configuration.maxAgeHint")}
                inputMode="numeric"
                isRequired validationBehavior="aria"
                value={values.maxAgeMonths}
                onChange={(maxAgeMonths) => set("maxAgeMonths", maxAgeMonths)}
                errorMessage={errors.maxAgeMonths ?? null}
              />
            </div>
            <TextField label={t("configuration.order")} inputMode="numeric" value={values.order} onChange={(order) => set("order", order)} errorMessage={errors.order ?? null} />
          </>
        ),
      }}
    />
  );
}
