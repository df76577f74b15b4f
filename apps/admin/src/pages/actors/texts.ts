// Texts of this area: German is the source; English must have the same keys.
export const actorsDe = {
  nav: "Akteure",
  title: "Akteure",
};

export const actorsEn: typeof actorsDe = {
  nav: "Actors",
  title: "Actors",
};
