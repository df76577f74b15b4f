// Texts of this area: German is the source; English must have the same keys.
export const goalsDe = {
  nav: "Zielkaskade",
  title: "Zielkaskade",
};

export const goalsEn: typeof goalsDe = {
  nav: "Goal cascade",
  title: "Goal cascade",
};
