// Texts of this area: German is the source; English must have the same keys.
export const bodiesDe = {
  nav: "Gremien",
  title: "Gremien",
};

export const bodiesEn: typeof bodiesDe = {
  nav: "Bodies",
  title: "Bodies",
};
