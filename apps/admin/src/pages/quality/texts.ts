// Texts of this area: German is the source; English must have the same keys.
export const qualityDe = {
  nav: "Qualität",
  title: "Qualität",
};

export const qualityEn: typeof qualityDe = {
  nav: "Quality",
  title: "Quality",
};
