/** Texts of the edit forms' shared frame (German first; English for staff who prefer it). */
export const formsDe = {
  invalid: "Nicht gespeichert. Bitte prüfen Sie die markierten Angaben.",
};

export const formsEn: typeof formsDe = {
  invalid: "Not saved. Please check the marked entries.",
};
