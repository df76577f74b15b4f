import { displayLanguageLabels, languageDirection, type TranslationLanguage } from "@praeventionskette/domain";
import { Tabs } from "@praeventionskette/ui";
import { useId, useState } from "react";
import { useOfferTexts } from "./use-offer-texts.js";
import { useLabels } from "../../lib/labels.js";
import { TRANSLATION_LANGUAGES, type TranslationFormValues } from "./offer-form-values.js";

/**
 * A text field whose input is marked with its language and writing direction, so screen readers
 * pronounce Turkish as Turkish and Arabic runs right to left, while the label stays in the
 * interface language.
 */
function LanguageTextField({ label, value, onChange, language, multiline = false, errorMessage, isRequired }: { label: string; value: string; onChange: (value: string) => void; language: TranslationLanguage; multiline?: boolean; errorMessage: string | null; isRequired?: boolean }) {
  const id = useId();
  const props = {
    id,
    className: multiline ? "ui-textarea" : "ui-input",
    value,
    lang: language,
    dir: languageDirection(language),
    "aria-invalid": errorMessage ? true : undefined,
    "aria-describedby": errorMessage ? `${id}-error` : undefined,
    "aria-required": isRequired || undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="ui-field" data-invalid={errorMessage ? true : undefined}>
      <label htmlFor={id} className="ui-field__label">{label}</label>
      {multiline ? <textarea {...props} /> : <input {...props} />}
      {errorMessage && <p id={`${id}-error`} className="ui-field__error">{errorMessage}</p>}
    </div>
  );
}

/** The offer's title, short title, description and eligibility in each translation language, one tab per language. */
export function TranslationsEditor({ translations, onChange, errors }: { translations: Record<TranslationLanguage, TranslationFormValues>; onChange: (translations: Record<TranslationLanguage, TranslationFormValues>) => void; errors: Record<string, string> }) {
  const { t } = useOfferTexts();
  const { label } = useLabels();
  const [selected, setSelected] = useState<string>(TRANSLATION_LANGUAGES[0] ?? "en");
  const hasError = (language: TranslationLanguage) => Object.keys(errors).some((key) => key.startsWith(`translations.${language}.`));
  const isFilled = (language: TranslationLanguage) => Object.values(translations[language]).some((text) => text.trim() !== "");
  // Jump to the first language with an error, so the message is seen.
  const firstError = TRANSLATION_LANGUAGES.find(hasError);
  const [shownError, setShownError] = useState<string | undefined>(undefined);
  if (firstError !== shownError) {
    setShownError(firstError);
    if (firstError) setSelected(firstError);
  }

  return (
    <>
      <p className="muted">{t("offerArea.translationsHint")}</p>
      <Tabs
        label={t("offerArea.translationLanguages")}
        selectedId={selected}
        onSelectionChange={setSelected}
        items={TRANSLATION_LANGUAGES.map((language) => {
          const name = label(displayLanguageLabels, language);
          const update = (patch: Partial<TranslationFormValues>) => onChange({ ...translations, [language]: { ...translations[language], ...patch } });
          const error = (field: keyof TranslationFormValues) => errors[`translations.${language}.${field}`] ?? null;
          return {
            id: language,
            label: hasError(language) ? t("offerArea.translationError", { language: name }) : isFilled(language) ? t("offerArea.translationFilled", { language: name }) : name,
            content: (
              <div className="translation-panel">
                <LanguageTextField language={language} label={`${t("offerArea.translationTitle")} (${name})`} value={translations[language].title} onChange={(title) => update({ title })} errorMessage={error("title")} />
                <LanguageTextField language={language} label={`${t("offerArea.translationShortTitle")} (${name})`} value={translations[language].shortTitle} onChange={(shortTitle) => update({ shortTitle })} errorMessage={error("shortTitle")} />
                <LanguageTextField language={language} multiline label={`${t("offerArea.translationDescription")} (${name})`} value={translations[language].description} onChange={(description) => update({ description })} errorMessage={error("description")} />
                <LanguageTextField language={language} multiline label={`${t("offerArea.translationEligibility")} (${name})`} value={translations[language].eligibility} onChange={(eligibility) => update({ eligibility })} errorMessage={error("eligibility")} />
              </div>
            ),
          };
        })}
      />
    </>
  );
}
