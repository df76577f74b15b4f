// Texts of this area: German is the source; English must have the same keys.
export const fundingDe = {
  nav: "Förderung",
  title: "Förderung",
};

export const fundingEn: typeof fundingDe = {
  nav: "Funding",
  title: "Funding",
};
