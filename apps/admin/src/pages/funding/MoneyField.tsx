import { TextField } from "@praeventionskette/ui";

/** A euro amount typed as people write it (43.750,00); the form converts it to cents on save. */
export function MoneyField({ label, value, onChange, errorMessage, description, isRequired }: { label: string; value: string; onChange: (text: string) => void; errorMessage: string | null; description?: string; isRequired?: boolean }) {
  return <TextField label={label} inputMode="decimal" value={value} onChange={onChange} errorMessage={errorMessage} description={description} isRequired={isRequired} />;
}
