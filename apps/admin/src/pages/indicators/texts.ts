// Texts of this area: German is the source; English must have the same keys.
export const indicatorsDe = {
  nav: "Indikatoren",
  title: "Indikatoren",
};

export const indicatorsEn: typeof indicatorsDe = {
  nav: "Indicators",
  title: "Indicators",
};
