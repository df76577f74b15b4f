// Texts of this area: German is the source; English must have the same keys.
export const configurationDe = {
  nav: "Konfiguration",
  title: "Konfiguration",
};

export const configurationEn: typeof configurationDe = {
  nav: "Configuration",
  title: "Configuration",
};
